"""The presentation view (F5): the phase the facilitator is in, for the room."""
