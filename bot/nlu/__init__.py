"""Rasa NLU components of our own, one module each (these adapt Rasa, so they import it)."""
