"""Production stores: two Rasa servers share one conversation through PostgreSQL and Redis.

Uses deploy/endpoints.production.yml unchanged, against the PostgreSQL (127.0.0.1:5432, trust
auth) and Redis (127.0.0.1:6379) that run on this machine kind; `.ci/run` starts them if down.
"""
import os
import uuid

import pytest

from bot import PROJECT_ROOT
from tests.e2e.conftest import Client, start_assistant, stop_assistant

psycopg2 = pytest.importorskip("psycopg2")
redis = pytest.importorskip("redis")
pytestmark = pytest.mark.e2e

PG = {"host": "127.0.0.1", "port": 5432, "user": os.environ.get("PGUSER", "postgres")}


def services_up():
    try:
        psycopg2.connect(dbname="postgres", connect_timeout=3, **PG).close()
        return redis.Redis(host="127.0.0.1", port=6379, socket_timeout=3).ping()
    except Exception:  # noqa: BLE001 - any failure means "not available here"
        return False


@pytest.fixture
def database():
    if not services_up():
        pytest.skip("PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379 are needed (CI starts them)")
    name = f"kineret_e2e_{uuid.uuid4().hex[:8]}"
    admin = psycopg2.connect(dbname="postgres", **PG)
    admin.autocommit = True
    admin.cursor().execute(f"CREATE DATABASE {name}")
    yield name
    admin.cursor().execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.close()


def test_two_servers_share_one_conversation(tmp_path, database):
    def env(action_port):
        return {"RASA_ENDPOINTS": str(PROJECT_ROOT / "deploy/endpoints.production.yml"),
                "ACTION_SERVER_URL": f"http://127.0.0.1:{action_port}/webhook",
                "DB_HOST": "127.0.0.1", "DB_PORT": "5432", "DB_NAME": database, "DB_USER": PG["user"],
                "DB_PASSWORD": "", "REDIS_HOST": "127.0.0.1", "REDIS_PORT": "6379", "REDIS_PASSWORD": "",
                "REDIS_DB": "0"}
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = start_assistant(tmp_path / "a", 5111, 5161, env(5161))
    second = start_assistant(tmp_path / "b", 5112, 5162, env(5162))
    try:
        a, b = Client("http://127.0.0.1:5111"), Client("http://127.0.0.1:5112")
        commands = redis.Redis(host="127.0.0.1", port=6379).info("stats")["total_commands_processed"]
        sender = f"prod-{uuid.uuid4().hex[:8]}"
        hello = a.say(sender, "hello")
        answer = b.say(sender, "can i get the flu shot")          # the other server continues it
        assert any("not medical advice" in r.get("text", "") for r in hello)
        assert not any("not medical advice" in r.get("text", "") for r in answer)   # same session
        events = a.request("GET", f"/conversations/{sender}/tracker")[1]
        assert [e["text"] for e in events["events"] if e["event"] == "user"] == ["hello", "can i get the flu shot"]
        assert events["slots"]["escalation"] == "doctor"
        assert redis.Redis(host="127.0.0.1", port=6379).info("stats")["total_commands_processed"] > commands
        with psycopg2.connect(dbname=database, **PG) as conn, conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM events WHERE sender_id = %s", (sender,))
            assert cur.fetchone()[0] > 0
    finally:
        assert stop_assistant(first) == 0
        assert stop_assistant(second) == 0
