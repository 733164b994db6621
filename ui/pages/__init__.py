"""The pages of the window: eight workshop phases and three sidebar pages."""
