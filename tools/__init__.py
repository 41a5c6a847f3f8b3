"""Command-line tools that use Rasa itself: quiet Rasa CLI, evaluations, reports."""
