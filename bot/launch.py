"""Starts the action server and the Rasa server together, and stops both cleanly on Ctrl-C.

    python -m bot.launch            # what `make run` does
    python -m bot.launch --shell    # chat in the terminal (what `make shell` does)

Refuses to start on an invalid knowledge file, or with the HTTP API bound beyond this machine
and no RASA_API_TOKEN set.
"""
import os
import signal
import subprocess
import sys
import time
import urllib.request
from typing import List, Optional

from bot import PROJECT_ROOT
from bot.knowledge import KnowledgeError, load_knowledge
from bot.settings import Settings, load_settings

MODEL = PROJECT_ROOT / "models/kineret.tar.gz"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def api_binding_problem(host: str, token: str) -> Optional[str]:
    """The HTTP API can change conversations: beyond localhost it must need a token."""
    if host in LOCAL_HOSTS or token:
        return None
    return (f"Refusing to start: RASA_HOST={host} exposes the Rasa HTTP API beyond this machine, "
            "so set RASA_API_TOKEN to a long random secret (or use RASA_HOST=127.0.0.1).")


def _rasa() -> List[str]:
    """Every Rasa process goes through tools.rasa_quiet, which sets the quiet environment."""
    return [sys.executable, "-m", "tools.rasa_quiet"]


def action_server_command(s: Settings) -> List[str]:
    return [*_rasa(), "run", "actions", "--actions", "actions", "--port", str(s.action_port)]


def rasa_server_command(s: Settings) -> List[str]:
    cmd = [*_rasa(), "run", "--enable-api", "--interface", s.rasa_host, "--port", str(s.rasa_port),
           "--model", str(MODEL), "--endpoints", os.environ.get("RASA_ENDPOINTS", "endpoints.yml"),
           "--credentials", os.environ.get("RASA_CREDENTIALS", "credentials.yml"),
           "--cors", *s.cors_origins]
    if s.rasa_api_token:
        cmd += ["--auth-token", s.rasa_api_token]
    return cmd


def shell_command(s: Settings) -> List[str]:
    return [*_rasa(), "shell", "--model", str(MODEL), "--endpoints", "endpoints.yml",
            "--interface", "127.0.0.1", "--port", str(s.rasa_port)]


def wait_for(url: str, proc: subprocess.Popen, seconds: float = 180) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except OSError:
            time.sleep(0.5)
    return False


def stop(procs: List[subprocess.Popen]) -> None:
    """Ends each server's whole process group, politely first."""
    for proc in procs:
        if proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    for proc in procs:
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def main(argv: List[str]) -> int:
    os.chdir(PROJECT_ROOT)
    settings = load_settings()
    try:
        knowledge = load_knowledge(settings.knowledge_path)
    except KnowledgeError as exc:
        print(f"Refusing to start: {exc}", file=sys.stderr)
        return 1
    problem = api_binding_problem(settings.rasa_host, settings.rasa_api_token)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    if not MODEL.exists():
        print("No trained model: run `make train` first.", file=sys.stderr)
        return 1
    (PROJECT_ROOT / "var").mkdir(exist_ok=True)

    procs: List[subprocess.Popen] = []
    # Ctrl-C reaches our process group only; we stop the servers' own groups ourselves.
    # Install both handlers explicitly: a parent may have left SIGINT ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        started = time.monotonic()
        # rasa_sdk binds the address in SANIC_HOST; keep it on this machine unless told otherwise.
        env = {**os.environ, "SANIC_HOST": os.environ.get("ACTION_HOST", "127.0.0.1")}
        actions = subprocess.Popen(action_server_command(settings), start_new_session=True, env=env)
        procs.append(actions)
        if not wait_for(f"http://127.0.0.1:{settings.action_port}/health", actions):
            print("The action server did not start (see the messages above).", file=sys.stderr)
            return 1
        if "--shell" in argv:
            return subprocess.call(shell_command(settings))
        server = subprocess.Popen(rasa_server_command(settings), start_new_session=True)
        procs.append(server)
        host = "127.0.0.1" if settings.rasa_host in ("0.0.0.0", "::") else settings.rasa_host
        base = f"http://{host}:{settings.rasa_port}"
        if not wait_for(f"{base}/", server):
            print("The Rasa server did not start (see the messages above).", file=sys.stderr)
            return 1
        print(f"\nKineret assistant ready in {time.monotonic() - started:.0f} s "
              f"({len(knowledge.entries)} knowledge entries). Press Ctrl-C to stop.\n"
              f"  Chat over HTTP:\n"
              f"    curl -s {base}/webhooks/rest/webhook -H 'Content-Type: application/json' "
              f"-d '{{\"sender\": \"me\", \"message\": \"can I get the flu shot?\"}}'\n"
              f"  Turn outcome: {base}/conversations/me/tracker\n"
              f"  Web widget demo page: {base}/widget/demo\n", flush=True)
        while all(p.poll() is None for p in procs):
            time.sleep(0.5)
        print("A server stopped unexpectedly; stopping the other.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nStopping the assistant...", flush=True)
        return 0
    finally:
        stop(procs)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
