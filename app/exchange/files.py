"""Reading exchange files, importing them into new forum files, writing dumps."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.atomic import write_bytes_atomic
from app.errors import ExchangeError
from app.exchange.reader import ForumRows, read_document
from app.exchange.schema_check import check_schema, object_pairs
from app.exchange.writer import dump_document
from app.forum_file import ForumFile
from storage import errors as storage_errors
from storage import header as sqlite_header
from storage.database import ForumDatabase

MAX_BYTES = 256 * 1024 * 1024


class _Constant(ValueError):
    """NaN or Infinity: Python's json reads them, JSON has no such thing."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is not allowed in JSON")
        self.name = name


def _refuse_constant(name: str) -> Any:
    raise _Constant(name)


def parse_json(data: bytes) -> Any:
    """The document in ``data``; ExchangeError says where JSON parsing failed."""
    if len(data) > MAX_BYTES:
        raise ExchangeError("$", "too_large", limit_mb=MAX_BYTES // (1024 * 1024))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeError("$", "not_utf8", offset=exc.start) from None
    try:
        return json.loads(text, object_pairs_hook=object_pairs, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        # Where, not json's English reason: the line and column are what help.
        raise ExchangeError("$", "not_json", line=exc.lineno, column=exc.colno) from None
    except _Constant as exc:
        raise ExchangeError("$", "not_json_constant", reason=exc.name) from None
    except ValueError:  # an integer of thousands of digits (int's safety limit)
        raise ExchangeError("$", "not_json_number") from None
    except RecursionError:
        raise ExchangeError("$", "too_deep") from None


def read_exchange(data: bytes) -> ForumRows:
    """Parse and check a whole document; nothing is written."""
    document = parse_json(data)
    check_schema(document)
    return read_document(document)


def load_exchange_file(path: Path) -> ForumRows:
    """The checked rows of the exchange file at ``path``; nothing is written."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise storage_errors.FileMissing(path) from None
    except IsADirectoryError:
        raise ExchangeError("$", "is_folder") from None
    except OSError:
        raise storage_errors.FileUnreadable(path) from None
    if not data.strip():
        raise ExchangeError("$", "empty_file")
    if data.startswith(sqlite_header.MAGIC):
        raise ExchangeError("$", "is_forum_file")
    return read_exchange(data)


def insert_rows(db: ForumDatabase, rows: ForumRows) -> None:
    with db.transaction():
        # References were all checked by the reader; let rows arrive in any order.
        db.execute("PRAGMA defer_foreign_keys = ON")
        for table, table_rows in rows.tables.items():
            if not table_rows:
                continue
            columns = list(table_rows[0])
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            db.executemany(
                f"INSERT INTO {table} ({names}) VALUES ({marks})",
                ([row[c] for c in columns] for row in table_rows),
            )


def import_into_new_file(rows: ForumRows, target: Path) -> ForumFile:
    """Create ``target`` holding ``rows``; whole or not at all."""
    return ForumFile(ForumDatabase.create(Path(target), lambda db: insert_rows(db, rows)))


def dump_text(db: ForumDatabase) -> str:
    return json.dumps(dump_document(db), ensure_ascii=False, indent=2) + "\n"


def write_dump(db: ForumDatabase, out: Path) -> None:
    write_bytes_atomic(out, dump_text(db).encode("utf-8"))
