"""Checks run ahead (storage.opening.OpenAhead): used once, only for the same file.

The window starts the checks of the file named on the command line on a
worker thread while its modules load (issue 6). Whatever happens in between,
the open that follows must behave exactly as if it had checked the file itself.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import sha256

import storage.database
import storage.opening
from storage import errors
from storage.database import ForumDatabase
from storage.opening import OpenAhead, Verified


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, list[Verified]]]:
    """Records each connect_verified: the ones run ahead, and the open's own."""
    made: dict[str, list[Verified]] = {"ahead": [], "open": []}
    real = storage.opening.connect_verified

    def recorder(key: str):  # type: ignore[no-untyped-def]
        def connect_verified(path: Path, **options: object) -> Verified:
            verified = real(path, **options)  # type: ignore[arg-type]
            made[key].append(verified)
            return verified

        return connect_verified

    monkeypatch.setattr(storage.opening, "connect_verified", recorder("ahead"))
    monkeypatch.setattr(storage.database, "connect_verified", recorder("open"))
    yield made


def _closed(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False


def test_the_open_takes_the_connection_checked_ahead(
    demo_path: Path, checks: dict[str, list[Verified]]
) -> None:
    ahead = OpenAhead(demo_path)
    with ForumDatabase.open(demo_path, ahead=ahead) as db:
        assert len(checks["ahead"]) == 1 and checks["open"] == []
        assert db.query_one("SELECT count(*) FROM meeting")[0] > 0
        assert db.query_one("PRAGMA journal_mode")[0] == "wal"  # write pragmas set on take
    assert _closed(checks["ahead"][0].conn)


def test_it_is_taken_once(demo_path: Path, checks: dict[str, list[Verified]]) -> None:
    ahead = OpenAhead(demo_path)
    with ForumDatabase.open(demo_path, ahead=ahead):
        pass
    with ForumDatabase.open(demo_path, ahead=ahead):
        pass
    assert len(checks["ahead"]) == 1 and len(checks["open"]) == 1


def test_another_mode_checks_again_and_closes_the_early_connection(
    demo_path: Path, checks: dict[str, list[Verified]]
) -> None:
    ahead = OpenAhead(demo_path)
    with ForumDatabase.open(demo_path, read_only=True, ahead=ahead) as db:
        assert db.read_only
        assert len(checks["open"]) == 1
        assert _closed(checks["ahead"][0].conn)


def test_a_file_replaced_meanwhile_is_checked_again(
    demo_path: Path, tmp_path: Path, checks: dict[str, list[Verified]]
) -> None:
    other = tmp_path / "annan.samsyn"
    shutil.copyfile(demo_path, other)
    ahead = OpenAhead(demo_path)
    ahead._thread.join()  # the check is over before the file changes
    other.replace(demo_path)
    with ForumDatabase.open(demo_path, ahead=ahead):
        pass
    assert len(checks["open"]) == 1
    assert _closed(checks["ahead"][-1].conn)


def test_a_refusal_ahead_is_raised_by_the_open_and_changes_nothing(
    tmp_path: Path, checks: dict[str, list[Verified]]
) -> None:
    path = tmp_path / "text.samsyn"
    path.write_text("Minnesanteckningar\n", encoding="utf-8")
    before = sha256(path)
    ahead = OpenAhead(path)
    with pytest.raises(errors.NotSqliteFile):
        ForumDatabase.open(path, ahead=ahead)
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["text.samsyn"]


def test_discard_closes_what_nobody_took(
    demo_path: Path, checks: dict[str, list[Verified]]
) -> None:
    ahead = OpenAhead(demo_path)
    ahead.discard()
    assert _closed(checks["ahead"][0].conn)
    assert ahead.take(demo_path, read_only=False, migrations=storage.opening.MIGRATIONS) is None


def test_a_file_replaced_while_it_is_checked_is_not_offered(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "annan.samsyn"
    shutil.copyfile(demo_path, other)
    made: list[Verified] = []
    real = storage.opening.connect_verified

    def replaced_meanwhile(path: Path, **options: object) -> Verified:
        verified = real(path, **options)  # type: ignore[arg-type]
        made.append(verified)
        other.replace(path)  # a sync client or another restore renames over it
        return verified

    monkeypatch.setattr(storage.opening, "connect_verified", replaced_meanwhile)
    ahead = OpenAhead(demo_path)
    assert ahead.take(demo_path, read_only=False, migrations=storage.opening.MIGRATIONS) is None
    assert _closed(made[0].conn)
