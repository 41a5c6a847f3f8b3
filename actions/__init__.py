"""rasa_sdk actions: thin adapters that read the tracker, ask bot/ what to say, and dispatch."""
