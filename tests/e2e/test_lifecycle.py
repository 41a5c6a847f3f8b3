"""Starting and stopping: Ctrl-C leaves nothing behind; a bad knowledge file stops the action server."""
import os
import subprocess
import sys
import urllib.request

import pytest

from bot import PROJECT_ROOT
from tests.e2e.conftest import Client, start_assistant, stop_assistant

pytestmark = pytest.mark.e2e


def listening(port):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
        return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False


def test_ctrl_c_stops_both_servers_and_leaves_no_process(tmp_path):
    proc = start_assistant(tmp_path, 5106, 5156)
    assert listening(5106) and listening(5156)
    assert stop_assistant(proc) == 0
    assert not listening(5106) and not listening(5156)
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert "--port 5106" not in ps and "--port 5156" not in ps


def test_action_server_refuses_an_invalid_knowledge_file(tmp_path):
    bad = tmp_path / "kineret.yml"
    bad.write_text("sources: {}\nentries:\n  - id: x\n")
    result = subprocess.run([sys.executable, "-m", "tools.rasa_quiet", "run", "actions", "--actions", "actions",
                             "--port", "5157"], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "KINERET_KNOWLEDGE": str(bad)})
    output = result.stdout + result.stderr
    assert "invalid knowledge file" in output and "missing field 'title'" in output
    assert not listening(5157)


def test_api_beyond_localhost_demands_the_token(tmp_path):
    proc = start_assistant(tmp_path, 5108, 5158, {"RASA_HOST": "0.0.0.0", "RASA_API_TOKEN": "e2e-secret-token"})
    try:
        api = Client("http://127.0.0.1:5108")
        assert api.request("GET", "/conversations/someone/tracker")[0] == 401
        assert api.request("GET", "/conversations/someone/tracker?token=e2e-secret-token")[0] == 200
        assert api.say("someone", "hello")                     # the chat channel itself stays open
    finally:
        assert stop_assistant(proc) == 0
