"""The connection owner: pragmas, transactions, migrations, backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storage import errors
from storage.database import ForumDatabase
from storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, MigrationContext


def _pragma(db: ForumDatabase, name: str) -> object:
    row = db.query_one(f"PRAGMA {name}")
    assert row is not None
    return row[0]


def test_new_file_settings(tmp_path: Path) -> None:
    with ForumDatabase.create(tmp_path / "f.samsyn") as db:
        assert _pragma(db, "application_id") == APPLICATION_ID
        assert _pragma(db, "user_version") == SCHEMA_VERSION
        assert _pragma(db, "journal_mode") == "wal"
        assert _pragma(db, "synchronous") == 2  # FULL
        assert _pragma(db, "foreign_keys") == 1
        assert _pragma(db, "secure_delete") == 1
        assert db.integrity_problems(full=True) == []
    # Closed cleanly: nothing left beside the file.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.samsyn"]


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    with ForumDatabase.create(tmp_path / "f.samsyn") as db:
        with pytest.raises(RuntimeError), db.transaction():
            db.execute(
                "INSERT INTO organisation (id, name, updated_at) VALUES ('a', 'Kommun', 'x')"
            )
            raise RuntimeError("interrupted")
        assert db.query("SELECT * FROM organisation") == []


def test_nested_transactions_commit_once(tmp_path: Path) -> None:
    with ForumDatabase.create(tmp_path / "f.samsyn") as db:
        with pytest.raises(RuntimeError), db.transaction():
            with db.transaction():
                db.execute("INSERT INTO organisation (id, name, updated_at) VALUES ('a', 'K', 'x')")
            raise RuntimeError("outer fails after inner finished")
        assert db.query("SELECT * FROM organisation") == []


def test_writes_outside_a_transaction_are_a_bug(tmp_path: Path) -> None:
    with ForumDatabase.create(tmp_path / "f.samsyn") as db, pytest.raises(RuntimeError):
        db.execute("DELETE FROM organisation")


def test_read_only_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "f.samsyn"
    ForumDatabase.create(path).close()
    with ForumDatabase.open(path, read_only=True) as db:
        assert db.read_only
        with pytest.raises(errors.ReadOnly):
            db.transaction().__enter__()


def _add_note_table(ctx: MigrationContext) -> None:
    ctx.execute_script(
        "CREATE TABLE extra_note (id TEXT PRIMARY KEY, text TEXT NOT NULL) STRICT;\n"
        "INSERT INTO extra_note VALUES ('n1', 'migrerad');"
    )


def _broken_step(ctx: MigrationContext) -> None:
    ctx.execute_script("CREATE TABLE half_done (id TEXT);\nSELECT no_such_function();")


def test_migration_backs_up_then_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "f.samsyn"
    ForumDatabase.create(path).close()
    backups = tmp_path / "backups"
    with ForumDatabase.open(
        path, backup_dir=backups, migrations=(*MIGRATIONS, _add_note_table)
    ) as db:
        assert db.schema_version() == SCHEMA_VERSION + 1
        assert [r["text"] for r in db.query("SELECT text FROM extra_note")] == ["migrerad"]
    (backup,) = backups.iterdir()
    with ForumDatabase.open(backup, read_only=True) as old:
        assert old.schema_version() == SCHEMA_VERSION
    # The current program now sees a newer file and refuses it.
    with pytest.raises(errors.NewerSchema):
        ForumDatabase.open(path)


def test_failed_migration_leaves_file_wholly_old(tmp_path: Path) -> None:
    path = tmp_path / "f.samsyn"
    ForumDatabase.create(path).close()
    with pytest.raises(errors.StorageError):
        ForumDatabase.open(path, backup_dir=tmp_path / "b", migrations=(*MIGRATIONS, _broken_step))
    with ForumDatabase.open(path) as db:
        assert db.schema_version() == SCHEMA_VERSION
        tables = {r[0] for r in db.query("SELECT name FROM sqlite_schema WHERE type='table'")}
        assert "half_done" not in tables
    assert len(list((tmp_path / "b").iterdir())) == 1


def test_backup_is_a_verified_copy(tmp_path: Path, demo_path: Path) -> None:
    target = tmp_path / "copies" / "kopia.samsyn"
    with ForumDatabase.open(demo_path) as db:
        db.backup_to(target)
        count = db.query_one("SELECT count(*) FROM gap")
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM gap").fetchone()[0] == count[0]  # type: ignore[index]
    conn.close()
    with ForumDatabase.open(target, read_only=True):
        pass


def test_tombstones_follow_cascades_and_clear_on_reinsert(tmp_path: Path) -> None:
    with ForumDatabase.create(tmp_path / "f.samsyn") as db:
        with db.transaction():
            db.execute(
                "INSERT INTO meeting (id, title, date, updated_at) VALUES ('m', 'T', "
                "'2026-01-01', 'x')"
            )
            db.execute(
                "INSERT INTO gap (id, meeting_id, title, updated_at) VALUES ('g', 'm', 'G', 'x')"
            )
            db.execute(
                "INSERT INTO cause (id, gap_id, text, updated_at) VALUES ('c', 'g', 'C', 'x')"
            )
        with db.transaction():
            db.execute("DELETE FROM meeting WHERE id = 'm'")
        stones = {(r["id"], r["entity"]) for r in db.query("SELECT * FROM tombstone")}
        assert stones == {("m", "meeting"), ("g", "gap"), ("c", "cause")}
        assert all(
            set(dict(r)) == {"id", "entity", "deleted_at"}
            for r in db.query("SELECT * FROM tombstone")
        )
        with db.transaction():
            db.execute(
                "INSERT INTO meeting (id, title, date, updated_at) VALUES ('m', 'T', "
                "'2026-01-01', 'y')"
            )
        assert {r["id"] for r in db.query("SELECT id FROM tombstone")} == {"g", "c"}
