"""Qt widgets, view models and undo commands. Talks to app/ services only."""
