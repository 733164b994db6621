"""Refused files, backups and restoring them from the window (RELIABILITY.md
faults 2, 3 and 8, the window's part): one sentence, the newest good backup
offered with its time and contents, the refused file kept aside; the File
menu's "Återställ från säkerhetskopia…" and "Kontrollera filen"."""

from __future__ import annotations

import io
import os
import re
import sqlite3
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import sha256
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from reliability_support import (  # noqa: F401
    Answers,
    answers,
    finish_backup,
    manager,
    menu_action,
    open_ready,
    open_with_new_gap,
)

from app.forum_file import ForumFile
from app.forum_lock import ForumLock, lock_path
from app.messages import describe
from storage import errors
from storage.backups import BackupCounts, BackupInfo
from storage.database import ForumDatabase
from storage.schema import SCHEMA_VERSION
from ui import application, backup_dialog
from ui.application import WindowManager
from ui.backup_dialog import BackupListModel
from ui.session_dialogs import backup_summary

ASIDE = re.compile(r"^demo\.samsyn\.damaged-\d{8}-\d{6}$")


def _docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def _spoil(path: Path, kind: str) -> bytes:
    """Do to the forum file what a failing stick, a wrong program or a newer Samsyn does."""
    data = path.read_bytes()
    if kind == "zero_bytes":
        path.write_bytes(b"")
    elif kind == "random_bytes":
        path.write_bytes(os.urandom(8192))
    elif kind == "docx_renamed":
        path.write_bytes(_docx_bytes())
    elif kind == "truncated_half":
        path.write_bytes(data[: len(data) // 2])
    elif kind == "other_application":
        path.unlink()
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA application_id = 1179402567")
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.commit()
        conn.close()
    elif kind == "newer_schema":
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.commit()
        conn.close()
    else:  # pragma: no cover - a typo in the parameter list
        raise AssertionError(kind)
    return path.read_bytes()


def _refusal(path: Path) -> str:
    with pytest.raises(errors.StorageError) as refused:
        ForumDatabase.open(path, read_only=True)
    return describe(refused.value)


def _open_once(manager: WindowManager, path: Path) -> None:  # noqa: F811
    """Work on the forum once, so that it has a backup (the one taken on open)."""
    assert manager.open_path(path)
    assert manager.window is not None and manager.window.session is not None
    finish_backup(manager.window.session)
    manager.window.close()


KINDS = [
    "zero_bytes",
    "random_bytes",
    "docx_renamed",
    "truncated_half",
    "other_application",
    "newer_schema",
]


@pytest.mark.parametrize("kind", KINDS)
def test_refused_file_offers_its_newest_backup_and_keeps_itself_aside(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
    kind: str,
) -> None:
    _open_once(manager, demo_path)
    spoiled = _spoil(demo_path, kind)
    sentence = _refusal(demo_path)

    answers.clicks = ["Återställ säkerhetskopian"]
    assert manager.open_path(demo_path)
    (box,) = answers.shown
    assert box.name == "restoreOfferBox" and box.text == sentence
    assert box.buttons == ["Återställ säkerhetskopian", "Avbryt"]
    assert re.search(
        r"Det finns en säkerhetskopia från \d{1,2} \w+ \d{4} kl\. \d\d\.\d\d — "
        r"4 träffar, \d+ glapp, \d+ åtgärder\. Vill du återställa den\?",
        box.informative,
    ), box.informative

    window = manager.window
    assert window is not None and not window.forum.read_only
    assert len(window.forum.meetings.list()) == 4
    (aside,) = [p for p in demo_path.parent.iterdir() if ".damaged-" in p.name]
    assert ASIDE.match(aside.name), aside.name
    assert aside.read_bytes() == spoiled  # kept, byte for byte
    news = window.message_bar.text()
    assert news.startswith("Säkerhetskopian från ") and "är återställd" in news
    assert f"Den tidigare filen finns kvar som {aside.name} i mappen {aside.parent}." in news


def test_refused_file_without_a_backup_gets_the_sentence_only(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    _spoil(demo_path, "truncated_half")
    before = sha256(demo_path)
    assert not manager.open_path(demo_path)
    (box,) = answers.shown
    assert box.text == _refusal(demo_path)
    assert box.text.startswith("Filen demo.samsyn är skadad och kan inte öppnas.")
    assert box.informative == "" and box.buttons == ["OK"]
    assert manager.window is None
    assert sha256(demo_path) == before
    assert [p.name for p in demo_path.parent.iterdir() if p.name.startswith("demo")] == [
        "demo.samsyn"
    ]


def test_declining_the_backup_leaves_the_file_untouched(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    _open_once(manager, demo_path)
    _spoil(demo_path, "zero_bytes")
    answers.clicks = ["Avbryt"]
    assert not manager.open_path(demo_path)
    assert demo_path.read_bytes() == b""
    assert not [p for p in demo_path.parent.iterdir() if ".damaged-" in p.name]


def test_restore_from_the_file_menu(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, made = open_with_new_gap(manager, demo_path, "Skrivet efter kopian")
    listed: list[list[BackupInfo]] = []

    def choose(_parent: object, backups: list[BackupInfo]) -> BackupInfo:
        listed.append(backups)
        return backups[0]

    monkeypatch.setattr(backup_dialog, "choose_backup", choose)

    answers.clicks = ["Avbryt"]  # first the user thinks better of it
    menu_action(window, "Återställ från säkerhetskopia…").trigger()
    assert manager.window is window and window.forum.gaps.find(made) is not None
    (confirm,) = answers.shown
    assert confirm.name == "confirmRestoreBox"
    assert confirm.text == (
        f"Återställa forumet till säkerhetskopian från {backup_summary(listed[0][0])}?"
    )
    assert "sparas undan i samma mapp" in confirm.informative

    answers.clicks = ["Återställ"]
    menu_action(window, "Återställ från säkerhetskopia…").trigger()
    assert [b.reason for b in listed[-1]] == ["open"]
    restored = manager.window
    assert restored is not None and restored is not window and not window.isVisible()
    assert restored.forum.gaps.find(made) is None  # back as it was
    assert restored.session is not None and restored.session.lock.held
    (aside,) = [p for p in demo_path.parent.iterdir() if ASIDE.match(p.name)]
    with ForumFile.open(aside, read_only=True) as kept:  # the later work is kept there
        assert kept.gaps.get(made).title == "Skrivet efter kopian"
    assert aside.name in restored.message_bar.text()
    assert restored.session.backups is not None
    reasons = {b.reason for b in restored.session.backups.list()}
    assert {"open", "before-restore"} <= reasons


def test_restore_is_offered_only_to_the_writer(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
) -> None:
    assert manager.open_path(demo_path, read_only=True)
    assert manager.window is not None
    assert not menu_action(manager.window, "Återställ från säkerhetskopia…").isEnabled()
    assert menu_action(manager.window, "Kontrollera filen").isEnabled()


def test_backup_list_newest_first_with_reason_and_contents(qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    older = BackupInfo(
        Path("a"),
        datetime(2026, 3, 12, 13, 5, tzinfo=UTC),
        "auto",
        10,
        counts=BackupCounts(4, 12, 20, 18, 30),
    )
    newer = BackupInfo(Path("b"), datetime(2026, 3, 13, 8, 0, tzinfo=UTC), "open", 10)
    single = BackupInfo(
        Path("c"),
        datetime(2026, 1, 2, 8, 0, tzinfo=UTC),
        "before-migration",
        10,
        counts=BackupCounts(1, 1, 0, 1, 0),
    )
    model = BackupListModel([older, newer, single])
    qtmodeltester.check(model)
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    local = older.taken_at.astimezone()
    assert rows[1] == [
        f"12 mars 2026 kl. {local.hour:02d}.{local.minute:02d}",
        "automatisk under arbetet",
        "4 träffar, 12 glapp, 18 åtgärder",
    ]
    assert rows[0][1:] == ["när filen öppnades", "innehållet kan inte läsas"]
    assert rows[2][1:] == ["före uppgradering till ny version", "en träff, ett glapp, en åtgärd"]
    assert model.index(0, 0).data(backup_dialog.BackupRole) is newer


def test_check_the_file_says_whole_or_what_is_wrong(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert manager.open_path(demo_path)
    window = manager.window
    assert window is not None
    menu_action(window, "Kontrollera filen").trigger()
    assert [b.text for b in answers.shown] == ["Filen är hel."]

    cursors: list[object] = []

    def damaged(*, full: bool = False) -> list[str]:
        override = QApplication.overrideCursor()
        cursors.append(override.shape() if override is not None else None)
        assert full  # the full integrity_check, not the quick one
        return ["*** in database main ***", "Page 5: never used"]

    monkeypatch.setattr(window.forum.db, "integrity_problems", damaged)
    menu_action(window, "Kontrollera filen").trigger()
    assert cursors == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None
    text = answers.shown[-1].text
    # How many, in Swedish: SQLite's English lines stay out of the sentence.
    assert text.startswith("Filen demo.samsyn är skadad: kontrollen hittade 1 fel. ")
    assert "Återställ från säkerhetskopia…" in text
    assert "Page" not in text and "***" not in text

    monkeypatch.setattr(window.forum.db, "foreign_key_problems", lambda: ["a", "b"])
    menu_action(window, "Kontrollera filen").trigger()
    assert "kontrollen hittade 3 fel." in answers.shown[-1].text

    many = ["*** in database main ***"] + [f"Page {n}: never used" for n in range(19)]
    monkeypatch.setattr(window.forum.db, "integrity_problems", lambda *, full=False: many)
    menu_action(window, "Kontrollera filen").trigger()
    assert "kontrollen hittade minst 21 fel." in answers.shown[-1].text  # SQLite stopped at 20


def test_check_the_file_reports_a_read_error_in_one_sentence(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert manager.open_path(demo_path)
    window = manager.window
    assert window is not None

    def disk_error() -> list[str]:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(window.forum.db, "foreign_key_problems", disk_error)
    menu_action(window, "Kontrollera filen").trigger()  # no traceback: one sentence
    (box,) = answers.shown
    assert box.text == describe(errors.WriteFailed(demo_path, "disk I/O error"))
    assert "disk I/O" not in box.text
    assert QApplication.overrideCursor() is None

    def unreadable(*, full: bool = False) -> list[str]:
        raise errors.FileUnreadable(demo_path, "gone")

    monkeypatch.setattr(window.forum.db, "integrity_problems", unreadable)
    menu_action(window, "Kontrollera filen").trigger()
    assert answers.shown[-1].text == describe(errors.FileUnreadable(demo_path, "gone"))


def test_a_failed_restore_that_cannot_reopen_closes_the_window(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_ready(manager, demo_path)
    monkeypatch.setattr(backup_dialog, "choose_backup", lambda _parent, backups: backups[0])
    restore_failed = errors.DiskFull(demo_path, "full")
    reopen_failed = errors.FileGone(demo_path)

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise restore_failed

    def gone(*_args: object, **_kwargs: object) -> object:
        raise reopen_failed

    monkeypatch.setattr(application, "restore_and_open", refuse)
    monkeypatch.setattr(application, "open_session", gone)
    answers.clicks = ["Återställ"]
    menu_action(window, "Återställ från säkerhetskopia…").trigger()
    assert [b.text for b in answers.shown[1:]] == [
        describe(restore_failed),
        describe(reopen_failed),
    ]
    # Nothing is left attached to the closed forum, and its lock is free.
    assert not window.isVisible()
    assert manager.session is None
    assert not lock_path(demo_path).exists()
    free = ForumLock(demo_path)
    free.acquire()
    free.release()
