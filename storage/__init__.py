"""The forum file: SQLite schema, migrations and the connection owner.

Headless and Qt-free: nothing here imports PySide6.
"""
