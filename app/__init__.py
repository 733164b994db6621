"""Samsyn's domain: objects, services, exchange format and command line.

Headless: imports storage/ and QtCore at most, never Qt widgets.
"""

__version__ = "0.1.0"
