#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter (Rasa 3.6 needs 3.8-3.10; we pin 3.10).
# Looks on PATH first, then under pyenv. Exits 1 with one clear sentence if there is none.
set -u
is_310() { "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' >/dev/null 2>&1; }

for cand in python3.10 python3 python; do
  path=$(command -v "$cand" 2>/dev/null) || continue
  if is_310 "$path"; then echo "$path"; exit 0; fi
done

pyenv_root=${PYENV_ROOT:-$HOME/.pyenv}
if command -v pyenv >/dev/null 2>&1; then pyenv_root=$(pyenv root); fi
for path in $(ls -d "$pyenv_root"/versions/3.10*/bin/python3 2>/dev/null | sort -rV); do
  if is_310 "$path"; then echo "$path"; exit 0; fi
done

echo "No Python 3.10 found on PATH or under pyenv: install Python 3.10 (for example 'pyenv install 3.10.13') and run the command again." >&2
exit 1
