"""Rasa input channels and their extras, one module each (these adapt Rasa, so they import it)."""
