"""Starts the real action server and Rasa server once per test session, via bot.launch.

They run on their own ports with a throwaway SQLite tracker store, so a developer's own
`make run` can stay up while the tests run.
"""
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid

import pytest

from bot import PROJECT_ROOT

RASA_PORT, ACTION_PORT = 5105, 5155


def endpoints_file(folder, action_port):
    path = folder / "endpoints.yml"
    path.write_text(f"action_endpoint:\n  url: http://127.0.0.1:{action_port}/webhook\n"
                    f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {folder}/tracker.db\n"
                    "lock_store:\n  type: in_memory\n")
    return path


def start_assistant(folder, rasa_port, action_port, extra_env=None):
    env = {**os.environ, "RASA_PORT": str(rasa_port), "ACTION_PORT": str(action_port),
           "RASA_ENDPOINTS": str(endpoints_file(folder, action_port)), **(extra_env or {})}
    log = open(folder / "assistant.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "bot.launch"], cwd=PROJECT_ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"assistant exited early:\n{(folder / 'assistant.log').read_text()[-3000:]}")
        if "ready in" in (folder / "assistant.log").read_text():
            return proc
        time.sleep(1)
    proc.kill()
    raise RuntimeError("assistant did not start in 300 s")


def stop_assistant(proc):
    os.killpg(proc.pid, signal.SIGINT)
    return proc.wait(timeout=60)


class Client:
    def __init__(self, base):
        self.base = base

    def request(self, method, path, body=None, raw=None, headers=None):
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json", **(headers or {})})
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return resp.status, json.loads(resp.read() or b"null")
        except urllib.error.HTTPError as err:
            return err.code, err.read().decode(errors="replace")

    def say(self, sender, text):
        status, replies = self.request("POST", "/webhooks/rest/webhook", {"sender": sender, "message": text})
        assert status == 200, (status, replies)
        return replies

    def slots(self, sender):
        status, tracker = self.request("GET", f"/conversations/{sender}/tracker")
        assert status == 200
        return tracker["slots"]

    def turn(self, text):
        """One message in a fresh conversation: (replies, slots)."""
        sender = uuid.uuid4().hex
        replies = self.say(sender, text)
        return replies, self.slots(sender)


@pytest.fixture(scope="session")
def assistant_server(tmp_path_factory):
    proc = start_assistant(tmp_path_factory.mktemp("assistant"), RASA_PORT, ACTION_PORT)
    yield Client(f"http://127.0.0.1:{RASA_PORT}")
    stop_assistant(proc)
