"""Sending the minutes: the e-mail draft, its recipients and the mail program."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from minutes_support import (
    Calls,
    closing_page,
    open_window,
    patch_system_services,
)
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import ui.minutes_actions as minutes_actions
from app.forum_file import ForumFile
from ui.file_actions import data_folder
from ui.minutes_dialogs import DraftDialog, address_list, show_in_folder


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Calls:
    return patch_system_services(monkeypatch, tmp_path)


def test_send_writes_and_opens_the_draft(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls
) -> None:
    with ForumFile.open(demo_path) as ff:
        window = open_window(qtbot, ff)
        meeting_id = window.meeting_view.meeting_id
        people = {p.id: p for p in ff.people.list()}
        expected = {
            people[a.person_id].email
            for a in ff.attendance.list(meeting_id=meeting_id)
            if people[a.person_id].email
        }
        closing_page(window).minutes_bar.send_button.click()
        window.close()
    drafts = tmp_path / "data" / "Utkast"
    (draft,) = drafts.iterdir()
    assert draft.suffix == ".eml" and draft.stem.startswith("Minnesanteckningar")
    message = email.message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert {a.addr_spec for a in message["To"].addresses} == expected
    assert len(expected) >= 10
    attachment = next(message.iter_attachments())
    assert attachment.get_filename().endswith(".docx")
    assert calls.paths() == [draft]

    (dialog,) = calls.dialogs
    assert isinstance(dialog, DraftDialog)
    assert f"till {len(expected)} deltagare" in dialog.message.text()
    assert dialog.list.count() == len(expected)
    dialog.copy_button.click()
    pasted = QApplication.clipboard().text()
    assert all(address in pasted for address in expected)
    assert pasted.count(";") == len(expected) - 1
    dialog.folder_button.click()
    assert calls.paths()[-1] == drafts


def test_send_without_addresses_or_mail_program(
    qtbot: QtBot, forum: ForumFile, tmp_path: Path, calls: Calls
) -> None:
    meeting = forum.meetings.create(title="Träff 1", date="2026-11-22")
    person = forum.people.create(name="Test Testsson")
    forum.attendance.create(meeting_id=meeting.id, person_id=person.id)
    calls.open_result = False
    window = open_window(qtbot, forum)
    draft = window.minutes.send(meeting.id)
    window.close()
    assert draft is not None and draft.is_file()
    (dialog,) = calls.dialogs
    text = dialog.message.text()
    assert "Inget e-postprogram svarade" in text and str(draft) in text
    assert "Ingen av deltagarna har en e-postadress" in text
    assert not dialog.copy_button.isEnabled()


def test_drafts_live_in_the_data_folder() -> None:
    import importlib

    fresh = importlib.reload(minutes_actions)
    assert fresh.drafts_folder() == data_folder() / "Utkast"


def test_address_list_and_show_in_folder(calls: Calls, tmp_path: Path) -> None:
    from app.mail_draft import Recipient

    text = address_list(
        [Recipient("Anna Exempel", "anna@example.se"), Recipient("Berg, Bo", "bo@example.se")]
    )
    assert text == 'Anna Exempel <anna@example.se>; "Berg, Bo" <bo@example.se>'
    path = tmp_path / "Minnesanteckningar.docx"
    assert show_in_folder(path, platform="win32")
    assert calls.processes[-1] == ("explorer.exe", ["/select,", str(path)])
    assert show_in_folder(path, platform="darwin")
    assert calls.processes[-1] == ("open", ["-R", str(path)])


def test_attendees_the_draft_does_not_reach_are_named(
    qtbot: QtBot, forum: ForumFile, calls: Calls
) -> None:
    meeting = forum.meetings.create(title="Träff 1", date="2026-11-22")
    for name, address in (
        ("Anna Exempel", "anna@example.se"),
        ("Bo Utanadress", ""),
        ("Åsa Öberg", "åsa.öberg@example.se"),
    ):
        person = forum.people.create(name=name, email=address)
        forum.attendance.create(meeting_id=meeting.id, person_id=person.id)
    window = open_window(qtbot, forum)
    assert window.minutes.send(meeting.id) is not None
    window.close()
    (dialog,) = calls.dialogs
    assert dialog.list.count() == 1
    text = dialog.skipped.text()
    assert "Bo Utanadress (ingen e-postadress)" in text
    assert "Åsa Öberg (" in text
