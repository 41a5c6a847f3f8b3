"""The Kineret patient assistant's pure core: knowledge, safety rules, replies, settings.

Nothing in this package imports Rasa or rasa_sdk, so it is fast to test and easy to read.
"""
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
