"""Services: every edit of a forum file, one transaction each."""
