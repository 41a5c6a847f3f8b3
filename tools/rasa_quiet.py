"""Rasa's own command line, without the wall of library deprecation warnings.

Sanic turns DeprecationWarning back on when imported (filterwarnings "once"), overriding
PYTHONWARNINGS; we import it first and silence deprecations again, then hand over to Rasa.
Real warnings and errors still show.  Usage: python -m tools.rasa_quiet <rasa arguments>
"""
import os
import sys
import warnings

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

import sanic  # noqa: E402,F401  (must come before the filters below)

for category in (DeprecationWarning, PendingDeprecationWarning):
    warnings.filterwarnings("ignore", category=category)

from rasa.__main__ import main  # noqa: E402

if __name__ == "__main__":
    sys.argv[0] = "rasa"
    sys.exit(main())
