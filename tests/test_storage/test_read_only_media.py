"""A forum on a medium Samsyn cannot write to: opened read-only, or one clear refusal.

WAL mode needs a ``-shm`` file beside the forum, which cannot be made on a
write-protected stick or share. The sandbox runs as root, where chmod is
ignored, so "cannot write here" is the system's answer patched (os.access),
and "cannot make the -shm file" is a link to a folder that does not exist.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import sha256

from app.merging import merge_files
from app.messages import describe
from storage import errors
from storage.database import ForumDatabase
from storage.files import NOT_WRITABLE_HERE, READ_ONLY_DISK
from storage.opening import connect_verified


@pytest.fixture
def unwritable_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    real_access = os.access

    def access(path: object, mode: int, **kwargs: object) -> bool:
        if mode & os.W_OK and str(path).startswith(str(folder)):
            return False
        return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    return folder


def _left_unclean(path: Path) -> None:
    """An edit committed to the -wal by a process that then died: no checkpoint."""
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "c.execute(\"UPDATE forum SET name = 'Ändrat före avbrottet'\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)
    assert os.path.getsize(f"{path}-wal") > 0


def _no_shm_can_be_made(path: Path, *suffixes: str) -> None:
    """As on a write-protected stick: links to a folder that does not exist."""
    for suffix in ("-shm", *suffixes):
        Path(f"{path}{suffix}").symlink_to(path.parent / "no such folder" / f"x{suffix}")


def test_a_clean_forum_opens_read_only_without_making_any_file(
    unwritable_folder: Path, demo_path: Path
) -> None:
    path = unwritable_folder / "forum.samsyn"
    shutil.copyfile(demo_path, path)
    _no_shm_can_be_made(path, "-wal")
    before = sha256(path)

    verified = connect_verified(path)
    try:
        assert verified.read_only
        assert verified.conn.execute("SELECT count(*) FROM meeting").fetchone()[0] == 4
    finally:
        verified.conn.close()

    # Read as immutable: no -shm or -wal was needed, so none was made.
    assert sorted(p.name for p in unwritable_folder.iterdir()) == [
        "forum.samsyn",
        "forum.samsyn-shm",
        "forum.samsyn-wal",
    ]
    assert not any(Path(f"{path}{s}").exists() for s in ("-shm", "-wal"))  # still links
    assert sha256(path) == before


def test_a_forum_someone_else_is_editing_is_read_live_not_as_immutable(
    unwritable_folder: Path, demo_path: Path
) -> None:
    """A colleague with write permission has it open: their -wal is still
    empty, but each edit they make must be read, not a stale or torn file."""
    path = unwritable_folder / "forum.samsyn"
    shutil.copyfile(demo_path, path)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("SELECT count(*) FROM forum").fetchone()  # open: its -shm exists

    verified = connect_verified(path)
    try:
        writer.execute("UPDATE forum SET name = 'Ändrat av kollegan'")
        writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert verified.conn.execute("SELECT name FROM forum").fetchone()[0] == (
            "Ändrat av kollegan"
        )
    finally:
        verified.conn.close()
        writer.close()


def test_unsaved_edits_in_a_wal_are_read_when_its_shm_is_there(
    unwritable_folder: Path, demo_path: Path
) -> None:
    path = unwritable_folder / "forum.samsyn"
    shutil.copyfile(demo_path, path)
    _left_unclean(path)  # leaves -wal and -shm beside it

    verified = connect_verified(path)
    try:
        assert verified.read_only and verified.unclean
        name = verified.conn.execute("SELECT name FROM forum").fetchone()[0]
        assert name == "Ändrat före avbrottet"  # the edit in the -wal, not the old name
    finally:
        verified.conn.close()


def test_unsaved_edits_that_cannot_be_read_there_ask_for_a_copy(
    unwritable_folder: Path, demo_path: Path
) -> None:
    path = unwritable_folder / "forum.samsyn"
    shutil.copyfile(demo_path, path)
    _left_unclean(path)
    shm = Path(f"{path}-shm")
    shm.unlink()
    _no_shm_can_be_made(path)
    files = {p.name: sha256(p) for p in unwritable_folder.iterdir() if p.is_file()}

    with pytest.raises(errors.UncleanWhereReadOnly) as refused:
        connect_verified(path)

    text = describe(refused.value)
    assert "forum.samsyn-wal" in text and "Kopiera båda filerna" in text
    assert {p.name: sha256(p) for p in unwritable_folder.iterdir() if p.is_file()} == files


def test_a_new_forum_on_a_read_only_disk_says_so_and_leaves_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    real_open, real_remove = os.open, os.remove

    def read_only_disk(name: object) -> OSError:
        return OSError(errno.EROFS, "Read-only file system", str(name))

    def open_(name: str, flags: int, *args: int, **kwargs: object) -> int:
        if str(name).startswith(str(folder)) and flags & (os.O_WRONLY | os.O_RDWR):
            raise read_only_disk(name)
        return real_open(name, flags, *args, **kwargs)  # type: ignore[arg-type]

    def remove(name: str, **kwargs: object) -> None:
        if str(name).startswith(str(folder)):
            raise read_only_disk(name)  # even for a name that is not there
        real_remove(name, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "remove", remove)

    with pytest.raises(errors.WriteFailed) as refused:
        ForumDatabase.create(folder / "nytt.samsyn")

    assert refused.value.detail == READ_ONLY_DISK
    assert describe(refused.value) == (
        "Det gick inte att skriva nytt.samsyn: disken är skrivskyddad. "
        "Välj en annan plats och försök igen."
    )
    assert list(folder.iterdir()) == []


def test_merging_into_a_forum_that_cannot_be_written_there_says_what_to_do(
    unwritable_folder: Path, demo_path: Path, tmp_path: Path
) -> None:
    path = unwritable_folder / "forum.samsyn"
    shutil.copyfile(demo_path, path)
    before = sha256(path)

    with pytest.raises(errors.WriteFailed) as refused:
        merge_files(path, [demo_path], backups_root=tmp_path / "backups")

    assert refused.value.detail == NOT_WRITABLE_HERE
    assert "Kopiera filen till en mapp där du kan skriva" in describe(refused.value)
    assert sha256(path) == before
