"""Files that cannot be written: a Swedish reason and advice that fits it, never the
system's English; and temporary names short enough for long file names (issue 4)."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest

from app.atomic import write_bytes_atomic
from app.errors import OutputError
from app.forum_file import ForumFile
from app.messages import describe
from storage import errors
from storage.backups import BackupStore
from storage.database import ForumDatabase
from storage.files import os_error_reason, sibling_temp_path

# English words that must never reach a Swedish sentence.
ENGLISH = re.compile(r"\b(folder|does|not|exist|denied|error|file|the)\b", re.IGNORECASE)

ADVICE = {
    "no_folder": ("mappen finns inte", "Välj en mapp som finns"),
    "is_folder": ("det är en mapp", "Ange ett filnamn"),
    "locked": ("låst av ett annat program", "Stäng programmet som har filen öppen"),
    "no_permission": ("du har inte skrivrätt där", "Välj en annan mapp"),
    "read_only_disk": ("disken är skrivskyddad", "Välj en annan plats"),
    "disk_full": ("disken är full", "Frigör utrymme eller välj en annan disk"),
    "name_too_long": ("namnet är för långt", "Välj ett kortare namn"),
    "bad_name": ("tecken som inte är tillåtna", "Välj ett annat namn"),
    "cannot_create": ("det går inte att skapa filer i den mappen", "Välj en annan mapp"),
    "system_error": ("fel i systemet", "Välj en annan plats"),
}


@pytest.mark.parametrize("reason", sorted(ADVICE))
def test_each_reason_has_its_own_advice(reason: str) -> None:
    for exc in (
        OutputError("/tmp/minnen.docx", reason),
        errors.WriteFailed(Path("/a/f.samsyn"), reason),
    ):
        message = describe(exc)
        what, advice = ADVICE[reason]
        assert what in message and advice in message, message
        assert message.startswith("Det gick inte att skriva ")
        # Closing a program only helps when a program holds the file.
        assert ("Stäng programmet" in message) == (reason == "locked")
        assert not ENGLISH.search(message), message


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOENT, "no_folder"),
        (errno.EACCES, "locked"),
        (errno.ENOSPC, "disk_full"),
        (errno.EIO, "system_error"),
        (errno.EXDEV, "system_error"),
        (errno.EISDIR, "is_folder"),
        (errno.EINVAL, "bad_name"),
    ],
)
def test_system_errors_become_codes(code: int, reason: str) -> None:
    assert os_error_reason(OSError(code, os.strerror(code))) == reason


@pytest.mark.parametrize("refuses", ["folder", "file"])
def test_refused_for_want_of_permission_is_not_called_locked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refuses: str
) -> None:
    target = tmp_path / "minnen.docx"
    target.write_bytes(b"previous")
    refused = tmp_path if refuses == "folder" else target
    real_access = os.access
    # As root every access is granted: the system's answer is stood in for.
    monkeypatch.setattr(
        os, "access", lambda path, mode: Path(path) != refused and real_access(path, mode)
    )
    denied = PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    assert os_error_reason(denied, target) == "no_permission"
    assert os_error_reason(denied, tmp_path / "ny.docx") == (
        "no_permission" if refuses == "folder" else "locked"
    )


def test_refused_where_writing_is_allowed_is_another_program(tmp_path: Path) -> None:
    # Windows: Word holds the file open; permissions would let it be written.
    denied = PermissionError(errno.EACCES, os.strerror(errno.EACCES))
    assert os_error_reason(denied, tmp_path / "minnen.docx") == "locked"


def test_an_unmapped_system_error_is_still_swedish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(src: object, dst: object) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OutputError) as caught:
        write_bytes_atomic(tmp_path / "minnen.docx", b"x")
    message = describe(caught.value)
    assert message == (
        "Det gick inte att skriva minnen.docx på grund av ett fel i systemet. "
        "Välj en annan plats och försök igen."
    )


def test_a_folder_that_takes_no_files_is_not_called_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Linux's /proc: the folder is there, yet creating a file says ENOENT.
    def fail(src: object, dst: object) -> None:
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT))

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OutputError) as caught:
        write_bytes_atomic(tmp_path / "x.docx", b"x")
    assert caught.value.reason == "cannot_create"
    assert "mappen finns inte" not in describe(caught.value)


def test_a_new_forum_in_a_missing_folder_says_so_in_swedish(tmp_path: Path) -> None:
    target = tmp_path / "saknas" / "a.samsyn"
    with pytest.raises(errors.WriteFailed) as caught:
        ForumFile.create(target, "Forum")
    assert caught.value.detail == "no_folder"
    assert describe(caught.value) == (
        "Det gick inte att skriva a.samsyn: mappen finns inte. Välj en mapp som finns och "
        "försök igen."
    )


def test_a_restore_into_a_missing_folder_says_so_in_swedish(
    forum: ForumFile, tmp_path: Path
) -> None:
    store = BackupStore(tmp_path / "backups")
    backup = store.take(forum.db, "open")
    with pytest.raises(errors.WriteFailed) as caught:
        store.restore(backup, tmp_path / "saknas" / "forum.samsyn")
    assert caught.value.detail == "no_folder"
    assert "mappen finns inte" in describe(caught.value)


@pytest.mark.parametrize(
    "exc",
    [
        errors.WriteFailed(Path("/a/forum.samsyn"), "disk I/O error"),
        errors.WriteFailed(Path("/a/forum.samsyn"), "folder does not exist"),
        errors.FileUnreadable(Path("/a/forum.samsyn"), "Permission denied"),
        errors.ConstraintViolation(Path("/a/forum.samsyn"), "UNIQUE constraint failed: gap.id"),
    ],
)
def test_english_details_stay_out_of_the_sentence(exc: errors.StorageError) -> None:
    message = describe(exc)
    assert exc.detail not in message
    assert not ENGLISH.search(message), message


# -- short temporary names (item 10) -------------------------------------------------


def test_temporary_name_is_short_and_hidden(tmp_path: Path) -> None:
    target = tmp_path / ("x" * 240 + ".docx")
    temp = sibling_temp_path(target)
    assert temp.parent == tmp_path
    assert re.fullmatch(r"\.~[0-9a-f]{8}\.tmp", temp.name)
    assert sibling_temp_path(target) != temp


def test_a_name_of_240_characters_can_be_written(tmp_path: Path) -> None:
    name = "Minnesanteckningar " + "a" * 216 + ".docx"  # 240 bytes: most systems allow 255
    assert len(name) == 240
    write_bytes_atomic(tmp_path / name, b"minutes")
    assert (tmp_path / name).read_bytes() == b"minutes"
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_a_name_longer_than_the_system_allows_is_one_sentence(tmp_path: Path) -> None:
    target = tmp_path / ("å" * 200 + ".docx")  # 405 bytes
    with pytest.raises(OutputError) as caught:
        write_bytes_atomic(target, b"x")
    assert caught.value.reason == "name_too_long"
    assert list(tmp_path.iterdir()) == []


def test_a_forum_and_its_backup_with_a_240_character_name(tmp_path: Path) -> None:
    path = tmp_path / ("f" * 233 + ".samsyn")
    assert len(path.name) == 240
    with ForumFile.create(path, "Forum") as forum:
        forum.meetings.create(title="Träff 1", date="2026-11-22")
        store = BackupStore(tmp_path / "backups")
        backup = store.take(forum.db, "open")
    restored = tmp_path / ("r" * 233 + ".samsyn")
    store.restore(backup, restored)
    with ForumDatabase.open(restored, read_only=True) as db:
        assert db.path == restored
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
