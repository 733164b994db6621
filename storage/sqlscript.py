"""Running a multi-statement script inside an open transaction.

``sqlite3.Connection.executescript`` commits first, which would break the
one-transaction-per-migration rule, so scripts are split here instead.
"""

from __future__ import annotations

import sqlite3


def split_statements(script: str) -> list[str]:
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip() and not current.strip().startswith("--"):
        statements.append(current.strip())
    return statements


def run_script(conn: sqlite3.Connection, script: str) -> None:
    for statement in split_statements(script):
        conn.execute(statement)
