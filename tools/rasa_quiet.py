"""Rasa's own command line, without the wall of library deprecation warnings.

Sanic turns DeprecationWarning back on when imported (filterwarnings "once"), overriding
PYTHONWARNINGS; we import it first and silence deprecations again, then hand over to Rasa.
Real warnings and errors still show.  Usage: python -m tools.rasa_quiet <rasa arguments>
"""
import os
import sys
import warnings

# Quiet, private and offline: no TensorFlow banner, no telemetry calls home.
QUIET_ENV = {"TF_CPP_MIN_LOG_LEVEL": "3", "TF_ENABLE_ONEDNN_OPTS": "0",
             "SQLALCHEMY_SILENCE_UBER_WARNING": "1", "RASA_TELEMETRY_ENABLED": "false",
             "LOG_LEVEL_LIBRARIES": "ERROR", "PYTHONWARNINGS": "ignore"}


def silence() -> None:
    """Call before importing Rasa: quiet environment, then Sanic, then our warning filters."""
    for key, value in QUIET_ENV.items():
        os.environ.setdefault(key, value)
    import sanic  # noqa: F401  (it re-enables DeprecationWarning; the filters below must follow)
    for category in (DeprecationWarning, PendingDeprecationWarning):
        warnings.filterwarnings("ignore", category=category)


if __name__ == "__main__":
    silence()
    from rasa.__main__ import main
    sys.argv[0] = "rasa"
    sys.exit(main())
