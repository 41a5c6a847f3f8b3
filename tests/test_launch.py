"""The launcher refuses unsafe or broken starts with one clear sentence."""
import os
import subprocess
import sys

from bot import PROJECT_ROOT
from bot.launch import api_binding_problem, rasa_server_command
from bot.settings import load_settings


def launch(env):
    return subprocess.run([sys.executable, "-m", "bot.launch"], cwd=PROJECT_ROOT, capture_output=True,
                          text=True, timeout=60, env={**os.environ, **env})


def test_api_beyond_localhost_needs_a_token():
    assert api_binding_problem("127.0.0.1", "") is None
    assert api_binding_problem("0.0.0.0", "s3cret") is None
    assert "RASA_API_TOKEN" in api_binding_problem("0.0.0.0", "")


def test_start_on_all_interfaces_without_token_is_refused():
    result = launch({"RASA_HOST": "0.0.0.0", "RASA_API_TOKEN": ""})
    assert result.returncode == 1
    assert "Refusing to start" in result.stderr and "RASA_API_TOKEN" in result.stderr


def test_start_with_an_invalid_knowledge_file_is_refused(tmp_path):
    bad = tmp_path / "kineret.yml"
    bad.write_text("sources: {}\nentries: []\n")
    result = launch({"KINERET_KNOWLEDGE": str(bad)})
    assert result.returncode == 1
    assert "Refusing to start" in result.stderr and "sources" in result.stderr


def test_token_is_passed_to_rasa_and_api_is_local_by_default():
    cmd = rasa_server_command(load_settings({}))
    assert cmd[cmd.index("--interface") + 1] == "127.0.0.1" and "--enable-api" in cmd
    assert "--auth-token" not in cmd
    cmd = rasa_server_command(load_settings({"RASA_HOST": "0.0.0.0", "RASA_API_TOKEN": "t0ken"}))
    assert cmd[cmd.index("--auth-token") + 1] == "t0ken"


def test_terminal_chat_stays_on_this_machine():
    from bot.launch import shell_command
    cmd = shell_command(load_settings({}))
    assert cmd[cmd.index("--interface") + 1] == "127.0.0.1"
