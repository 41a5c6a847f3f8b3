"""Shared fixtures: the real knowledge file, routing and safety rules, loaded once."""
import os

import pytest

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from bot.knowledge import load_knowledge  # noqa: E402
from bot.routing import load_routing  # noqa: E402
from bot.settings import load_settings  # noqa: E402


@pytest.fixture(scope="session")
def knowledge():
    return load_knowledge(load_settings({}).knowledge_path)


@pytest.fixture(scope="session")
def routing():
    return load_routing()


@pytest.fixture(scope="session")
def settings():
    return load_settings({})
