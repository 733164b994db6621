"""Files that are not healthy forum files are refused and never written to."""

from __future__ import annotations

import io
import os
import sqlite3
import zipfile
from pathlib import Path

import pytest
from conftest import sha256

from storage import errors
from storage.database import ForumDatabase
from storage.schema import APPLICATION_ID, SCHEMA_VERSION


def _docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def _make_refused(kind: str, folder: Path, demo: Path) -> Path:
    path = folder / f"{kind}.samsyn"
    if kind == "zero_bytes":
        path.write_bytes(b"")
    elif kind == "random_bytes":
        path.write_bytes(os.urandom(8192))
    elif kind == "docx_renamed":
        path.write_bytes(_docx_bytes())
    elif kind == "text_file":
        path.write_text("Minnesanteckningar\n", encoding="utf-8")
    elif kind == "truncated_half":
        data = demo.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "truncated_header":
        path.write_bytes(demo.read_bytes()[:60])
    elif kind == "truncated_odd":
        data = demo.read_bytes()
        path.write_bytes(data[: len(data) - 100])
    elif kind in ("other_application", "plain_sqlite"):
        conn = sqlite3.connect(path)
        if kind == "other_application":
            conn.execute("PRAGMA application_id = 1179402567")  # another program's id
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO notes (text) VALUES ('inte Samsyn')")
        conn.commit()
        conn.close()
    elif kind == "newer_schema":
        path.write_bytes(demo.read_bytes())
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.commit()
        conn.close()
    elif kind == "damaged_pages":
        data = bytearray(demo.read_bytes())
        page = 4096
        for offset in range(page * 2, len(data) - page, page * 3):
            data[offset : offset + 200] = os.urandom(200)
        path.write_bytes(bytes(data))
    elif kind == "ours_without_tables":
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 1")
        conn.execute("CREATE TABLE forum (id TEXT)")
        conn.commit()
        conn.close()
    else:  # pragma: no cover - a typo in the parameter list
        raise AssertionError(kind)
    return path


REFUSALS = {
    "zero_bytes": errors.EmptyFile,
    "random_bytes": errors.NotSqliteFile,
    "docx_renamed": errors.NotSqliteFile,
    "text_file": errors.NotSqliteFile,
    "truncated_half": errors.DamagedFile,
    "truncated_header": errors.DamagedFile,
    "truncated_odd": errors.DamagedFile,
    "other_application": errors.ForeignDatabase,
    "plain_sqlite": errors.ForeignDatabase,
    "newer_schema": errors.NewerSchema,
    "damaged_pages": errors.DamagedFile,
    "ours_without_tables": errors.DamagedFile,
}


@pytest.mark.parametrize("kind", sorted(REFUSALS))
@pytest.mark.parametrize("read_only", [False, True])
def test_refused_and_unchanged(kind: str, read_only: bool, tmp_path: Path, demo_path: Path) -> None:
    path = _make_refused(kind, tmp_path, demo_path)
    before = sha256(path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(REFUSALS[kind]):
        ForumDatabase.open(path, read_only=read_only)
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no -wal, -shm, journal


def test_missing_file_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "saknas.samsyn"
    with pytest.raises(errors.FileMissing):
        ForumDatabase.open(path)
    assert not path.exists()


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(errors.FileUnreadable):
        ForumDatabase.open(tmp_path)


def test_create_refuses_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "finns.samsyn"
    path.write_bytes("viktigt innehåll".encode())
    with pytest.raises(errors.FileAlreadyExists):
        ForumDatabase.create(path)
    assert path.read_bytes() == "viktigt innehåll".encode()


def test_create_in_missing_folder_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(errors.WriteFailed):
        ForumDatabase.create(tmp_path / "saknas" / "ny.samsyn")
    assert list(tmp_path.iterdir()) == []


def test_failed_create_leaves_no_file(tmp_path: Path) -> None:
    def populate(db: ForumDatabase) -> None:
        with db.transaction():
            db.execute("INSERT INTO forum (id, name, updated_at) VALUES ('x', '', 'now')")

    with pytest.raises(errors.ConstraintViolation):
        ForumDatabase.create(tmp_path / "ny.samsyn", populate)
    assert list(tmp_path.iterdir()) == []
