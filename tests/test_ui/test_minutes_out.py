"""Minutes out of the window: export (.docx) and the e-mail draft, with the
privacy check before both."""

from __future__ import annotations

import email
from collections.abc import Callable
from email import policy
from pathlib import Path

import pytest
from conftest import docx_text, sha256, show_active
from PySide6.QtCore import QProcess, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

import ui.minutes_actions as minutes_actions
from app.forum_file import ForumFile
from app.model import NoteKind
from ui.file_actions import FileActions, data_folder
from ui.main_window import PAGE_MEETING, PAGE_PEOPLE, MainWindow
from ui.minutes_dialogs import DraftDialog, ExportedDialog, address_list, show_in_folder
from ui.privacy_dialog import CANCEL, GO_ON, PrivacyDialog

TEST_NUMBER = "19090527+1474"  # Skatteverket's published test numbers
CLOSING = 7
IGNORE_POPUP = pytest.mark.qt_log_ignore("This plugin does not support")


class Calls:
    """What the patched system services were asked to do."""

    def __init__(self) -> None:
        self.urls: list[QUrl] = []
        self.warnings: list[str] = []
        self.processes: list[tuple[str, list[str]]] = []
        self.dialogs: list[QDialog] = []
        self.open_result = True

    def paths(self) -> list[Path]:
        return [Path(url.toLocalFile()) for url in self.urls]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Calls:
    seen = Calls()

    def open_url(url: QUrl) -> bool:
        seen.urls.append(url)
        return seen.open_result

    def warning(_parent: object, _title: str, text: str, *_args: object) -> object:
        seen.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def start_detached(program: str, arguments: list[str], *_args: object) -> tuple[bool, int]:
        seen.processes.append((program, list(arguments)))
        return True, 4711

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QProcess, "startDetached", start_detached)
    monkeypatch.setattr(minutes_actions, "drafts_folder", lambda: tmp_path / "data" / "Utkast")
    # Result dialogs are only recorded; tests press their buttons afterwards.
    for cls in (ExportedDialog, DraftDialog):
        monkeypatch.setattr(cls, "exec", lambda self: seen.dialogs.append(self) or 0)
    # Dialogs are deleted later; keep them alive while the test reads them.
    monkeypatch.setattr(minutes_actions.MinutesActions, "_run", _run_and_keep)
    return seen


def _run_and_keep(_self: object, dialog: QDialog) -> None:
    dialog.exec()


def _save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """QFileDialog answers ``target``; returns the suggested paths it was given."""
    suggested: list[str] = []

    def ask(_parent: object, _title: str, path: str, _filter: str = "", *_a: object) -> tuple:
        suggested.append(path)
        return str(target), "Word (*.docx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return suggested


def _privacy(monkeypatch: pytest.MonkeyPatch, choose: Callable[[PrivacyDialog], None]) -> list:
    shown: list[PrivacyDialog] = []

    def run(dialog: PrivacyDialog) -> int:
        shown.append(dialog)
        choose(dialog)
        return dialog.result()

    monkeypatch.setattr(PrivacyDialog, "exec", run)
    return shown


def _window(qtbot: QtBot, forum: ForumFile) -> MainWindow:
    window = show_active(qtbot, MainWindow(forum))
    window.meeting_view.show_phase(CLOSING)
    return window  # type: ignore[no-any-return]


def _closing(window: MainWindow):  # type: ignore[no-untyped-def]
    return window.meeting_view.pages[CLOSING]


def _gap_with_number(forum: ForumFile, meeting_id: str) -> str:
    gap = forum.gaps.list(meeting_id=meeting_id)[1]
    forum.gaps.update(gap.id, description=f"Gäller brukare {TEST_NUMBER} enligt anteckning.")
    return gap.id


# -- export -------------------------------------------------------------------------


def test_export_from_the_closing_strip(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ut" / "Minnesanteckningar"  # no suffix: .docx is added
    target.parent.mkdir()
    suggested = _save_as(monkeypatch, target)
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        forum_name = ff.forum.get().name
        meeting = ff.meetings.list()[-1]
        closing = _closing(window)
        assert closing.minutes_bar.isVisible()
        qtbot.mouseClick(closing.minutes_bar.export_button, Qt.MouseButton.LeftButton)

        written = target.with_name("Minnesanteckningar.docx")
        assert written.is_file()
        assert forum_name in docx_text(written)
        assert sorted(p.name for p in written.parent.iterdir()) == [written.name]
        # The suggested name came from the minutes module, in Documents the first time.
        assert Path(suggested[0]).name.endswith(f"{meeting.date}.docx")
        assert QSettings().value("minutes/folder") == str(written.parent)

        (dialog,) = calls.dialogs
        assert isinstance(dialog, ExportedDialog)
        assert written.name in dialog.message.text()
        assert dialog.open_button.isVisibleTo(dialog) and dialog.folder_button.isVisibleTo(dialog)
        dialog.open_button.click()
        assert calls.paths() == [written]
        assert dialog.result() == QDialog.DialogCode.Accepted
        dialog.folder_button.click()  # not Windows or macOS here: the folder opens
        assert calls.paths()[-1] == written.parent

        # The next export suggests the folder used last time.
        _save_as(monkeypatch, written)
        window.minutes.export(meeting.id)
        window.close()


def test_export_in_english_from_a_read_only_file(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.minutes

    # The English words come from the translations; here only the choice is checked.
    languages: list[str] = []
    real_export = app.minutes.export_minutes

    def export(forum: ForumFile, meeting_id: str, target: Path, language: str = "sv") -> None:
        languages.append(language)
        real_export(forum, meeting_id, target, language)

    monkeypatch.setattr(app.minutes, "export_minutes", export)
    _save_as(monkeypatch, tmp_path / "minutes.docx")
    before = sha256(demo_path)
    with ForumFile.open(demo_path, read_only=True) as ff:
        window = _window(qtbot, ff)
        bar = _closing(window).minutes_bar
        bar.language.setCurrentIndex(bar.language.findData("en"))
        assert QSettings().value("minutes/language") == "en"
        bar.export_button.click()
        window.close()
        forum_name = ff.forum.get().name
    assert languages == ["en"]
    assert forum_name in docx_text(tmp_path / "minutes.docx")
    assert calls.warnings == []
    assert sha256(demo_path) == before

    # The choice is remembered for the next window.
    with ForumFile.open(demo_path, read_only=True) as ff:
        window = _window(qtbot, ff)
        assert _closing(window).minutes_bar.chosen_language() == "en"
        window.close()


def test_export_into_a_missing_folder_says_one_sentence(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "saknas" / "protokoll.docx"
    _save_as(monkeypatch, target)
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        assert window.minutes.export(window.meeting_view.meeting_id) is None
        window.close()
    (message,) = calls.warnings
    assert "protokoll.docx" in message and "mappen finns inte" in message
    assert "\n" not in message and "Traceback" not in message
    assert not target.parent.exists()
    assert calls.dialogs == []


def test_export_never_writes_over_the_forum_file(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    odd = tmp_path / "forum.docx"  # a forum file with a .docx name
    odd.write_bytes(demo_path.read_bytes())
    _save_as(monkeypatch, odd)
    with ForumFile.open(odd) as ff:
        window = _window(qtbot, ff)
        _closing(window).minutes_bar.export_button.click()
        window.close()
    (message,) = calls.warnings
    assert "forum.docx" in message and "skrivs inte över" in message
    assert odd.read_bytes().startswith(b"SQLite format 3\x00")  # still the forum, not a .docx
    with ForumFile.open(odd, read_only=True) as reopened:
        assert len(reopened.meetings.list()) == 4


# -- the privacy check ------------------------------------------------------------------


def test_findings_are_listed_and_cancel_writes_nothing(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ut.docx"
    asked = _save_as(monkeypatch, target)
    shown = _privacy(monkeypatch, lambda dialog: dialog.cancel_button.click())
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        _gap_with_number(ff, window.meeting_view.meeting_id)
        _closing(window).minutes_bar.export_button.click()
        (dialog,) = shown
        assert dialog.list.count() == 1
        line = dialog.list.item(0).text()
        assert TEST_NUMBER in line and "Glapp" in line and "Beskrivning" in line
        assert "allmän handling" in dialog.summary.text()
        assert dialog.choice == CANCEL
        assert dialog.cancel_button.isDefault()
        assert not dialog.go_on_button.isEnabled()
        window.close()
    assert not target.exists()
    assert asked == []  # cancelled before the file was even asked for


def test_go_to_shows_the_gap_and_cancels(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ut.docx"
    _save_as(monkeypatch, target)
    _privacy(monkeypatch, lambda dialog: dialog.go_to_button.click())
    with ForumFile.open(demo_path) as ff:
        meetings = ff.meetings.list()
        earlier = meetings[1].id  # not the meeting shown: the window must switch
        gap_id = _gap_with_number(ff, earlier)
        window = _window(qtbot, ff)
        assert window.meeting_view.meeting_id == meetings[-1].id
        window.minutes.export(earlier)
        assert window.pages.currentIndex() == PAGE_MEETING
        assert window.meeting_view.meeting_id == earlier
        assert window.meeting_view.phase == 3  # Glapp
        gaps_page = window.meeting_view.pages[3]
        assert gaps_page.model.item(gaps_page.current_row()).gap.id == gap_id
        assert gaps_page.details.description.hasFocus()  # the field with the number
        assert window.sidebar.meeting_list.currentIndex().row() == window.sidebar.meetings.row_of(
            earlier
        )
        window.close()
    assert not target.exists()


def test_the_checkbox_lets_the_export_go_on(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ut.docx"
    _save_as(monkeypatch, target)

    def go_on(dialog: PrivacyDialog) -> None:
        dialog.go_on_button.click()  # disabled: nothing happens
        assert dialog.choice == CANCEL and dialog.result() != QDialog.DialogCode.Accepted
        dialog.confirm.setChecked(True)
        assert dialog.go_on_button.isEnabled()
        assert dialog.go_on_button.text() == "Exportera ändå"
        dialog.go_on_button.click()

    shown = _privacy(monkeypatch, go_on)
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        _gap_with_number(ff, window.meeting_view.meeting_id)
        window.minutes.export_action.trigger()  # the File menu's entry
        window.close()
    assert shown[0].choice == GO_ON
    assert target.is_file()
    assert TEST_NUMBER in docx_text(target)


@IGNORE_POPUP
def test_privacy_dialog_keys_and_double_click(qtbot: QtBot, demo_path: Path) -> None:
    from app.privacy import scan_forum

    with ForumFile.open(demo_path) as ff:
        meeting_id = ff.meetings.list()[-1].id
        _gap_with_number(ff, meeting_id)
        note = ff.notes.list(meeting_id=meeting_id, kind=NoteKind.DECISION)[0]
        ff.notes.update(note.id, text=f"Beslut om {TEST_NUMBER} och 8112189876")
        findings = scan_forum(ff, meeting_id)
    assert len(findings) == 3

    dialog = PrivacyDialog(findings, sending=True)
    show_active(qtbot, dialog)
    assert "3 person- eller samordningsnummer" in dialog.summary.text()
    assert dialog.go_on_button.text() == "Skicka ändå"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter is Avbryt, never "go on"
    assert dialog.choice == CANCEL and not dialog.isVisible()

    dialog = PrivacyDialog(findings, sending=False)
    show_active(qtbot, dialog)
    dialog.confirm.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice == CANCEL

    dialog = PrivacyDialog(findings, sending=False)
    show_active(qtbot, dialog)
    item = dialog.list.item(2)
    rect = dialog.list.visualItemRect(item)
    # A press first: the view double-clicks only the item it saw pressed.
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.target is findings[2]
    assert not dialog.isVisible()


def test_go_to_a_person_opens_the_people_page(
    qtbot: QtBot, demo_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    _privacy(monkeypatch, lambda dialog: dialog.go_to_button.click())
    with ForumFile.open(demo_path) as ff:
        # Someone present at the meeting shown: the minutes list their title.
        meeting_id = ff.meetings.list()[-1].id
        present = [a for a in ff.attendance.list(meeting_id=meeting_id) if a.status == "present"]
        person = ff.people.get(present[1].person_id)
        ff.people.update(person.id, title=f"Handläggare {TEST_NUMBER}")
        window = _window(qtbot, ff)
        assert window.minutes.send(window.meeting_view.meeting_id) is None
        assert window.pages.currentIndex() == PAGE_PEOPLE
        current = window.people_page.people_view.currentIndex()
        assert window.people_page.people.item(current.row()).person.id == person.id
        assert not window.minutes.export_action.isEnabled()  # no meeting shown now
        window.close()
    assert calls.urls == []


# -- send -----------------------------------------------------------------------------


def test_send_writes_and_opens_the_draft(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls
) -> None:
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        meeting_id = window.meeting_view.meeting_id
        people = {p.id: p for p in ff.people.list()}
        expected = {
            people[a.person_id].email
            for a in ff.attendance.list(meeting_id=meeting_id)
            if people[a.person_id].email
        }
        _closing(window).minutes_bar.send_button.click()
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
    window = _window(qtbot, forum)
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


# -- the File menu ---------------------------------------------------------------------


def test_file_menu_entries_follow_the_meeting_shown(
    qtbot: QtBot, forum: ForumFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = show_active(qtbot, MainWindow(forum, FileActions(lambda _path: True)))
    menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in menu.actions()]
    copy = texts.index("Spara en &kopia…")
    assert texts[copy + 1 : copy + 3] == [
        "&Exportera minnesanteckningar…",
        "Skicka &till deltagare…",
    ]
    export, send = menu.actions()[copy + 1 : copy + 3]
    assert export.shortcut().toString() == "Ctrl+E"
    assert not export.isEnabled() and not send.isEnabled()
    window.sidebar.add_meeting()
    assert window.pages.currentIndex() == PAGE_MEETING
    assert export.isEnabled() and send.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(window.minutes, "export", asked.append)
    qtbot.keyClick(window.meeting_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == [window.meeting_view.meeting_id]
    window.controller.stack.undo()  # the meeting is gone again
    assert not export.isEnabled() and not send.isEnabled()
    window.close()


def test_after_export_when_nothing_opens_the_document(calls: Calls, tmp_path: Path) -> None:
    calls.open_result = False
    path = tmp_path / "Minnesanteckningar.docx"
    dialog = ExportedDialog(path)
    dialog.open_button.click()
    assert calls.paths() == [path]
    assert dialog.problem.isVisibleTo(dialog) and "Inget program" in dialog.problem.text()
    assert dialog.result() != QDialog.DialogCode.Accepted  # still open, to show the folder
    dialog.folder_button.click()
    assert "Mappen kunde inte visas" in dialog.problem.text()
    assert str(tmp_path) in dialog.problem.text()


def test_go_to_every_kind_of_place(qtbot: QtBot, demo_path: Path) -> None:
    from app.privacy import scan_forum
    from ui.finding_place import go_to_finding
    from ui.main_window import PAGE_FORUM

    number = f" {TEST_NUMBER}"
    with ForumFile.open(demo_path) as ff:
        meeting_id = ff.meetings.list()[-1].id
        gap = ff.gaps.list(meeting_id=meeting_id)[0]
        cause = ff.causes.list(gap_id=gap.id)[-1]
        ff.causes.update(cause.id, text=cause.text + number)
        action = ff.actions.list(meeting_id=meeting_id)[-1]
        ff.actions.update(action.id, description=number)
        note = ff.notes.list(meeting_id=meeting_id, kind=NoteKind.PARKED)[0]
        ff.notes.update(note.id, text=note.text + number)
        agenda_item = ff.agenda.list(meeting_id=meeting_id)[-1]
        ff.agenda.update(agenda_item.id, notes=number)
        followup = ff.followups.list(meeting_id=meeting_id)[0]
        ff.followups.update((followup.meeting_id, followup.action_id), note=number)
        ff.meetings.update(meeting_id, purpose=number, next_notes=number)
        ff.forum.update(goal=number)
        category = ff.categories.list()[0]
        ff.categories.update(category.id, name=category.name + number)
        organisation = ff.organisations.list()[0]
        ff.organisations.update(organisation.id, unit=number)
        # The whole-forum scan (as `samsyn check`): forum goal and units are not in the minutes.
        findings = {(f.site.table, f.site.field): f.site for f in scan_forum(ff)}

        window = _window(qtbot, ff)
        view = window.meeting_view
        expected_phase = {
            ("cause", "text"): 5,
            ("action", "description"): 6,
            ("meeting_note", "text"): 7,
            ("agenda_item", "notes"): 0,
            ("followup", "note"): 2,
            ("meeting", "purpose"): 0,
            ("meeting", "next_notes"): 7,
        }
        for place, phase in expected_phase.items():
            go_to_finding(window, findings[place])
            assert (window.pages.currentIndex(), view.phase) == (PAGE_MEETING, phase), place
        assert view.pages[5].tree_model.cause_at(view.pages[5].tree.currentIndex()).id == cause.id
        actions_page = view.pages[6]
        assert actions_page.current_row().action.id == action.id
        closing = view.pages[7]
        assert closing.next_notes.hasFocus()
        parked_view = closing.editors[NoteKind.PARKED].view
        assert closing.models[NoteKind.PARKED].item(parked_view.currentIndex().row()).id == note.id
        go_to_finding(window, findings[("action", "description")])
        assert actions_page.panel.description.hasFocus()

        go_to_finding(window, findings[("forum", "goal")])
        assert window.pages.currentIndex() == PAGE_FORUM
        assert window.forum_page.goal.hasFocus()
        go_to_finding(window, findings[("cause_category", "name")])
        category_view = window.forum_page.category_editor.view
        assert category_view.currentIndex().row() == window.forum_page.categories.row_of(
            category.id
        )
        go_to_finding(window, findings[("organisation", "unit")])
        assert window.pages.currentIndex() == PAGE_PEOPLE
        current = window.people_page.organisations_view.currentIndex()
        assert window.people_page.organisations.item(current.row()).id == organisation.id
        window.close()


# -- review fixes ---------------------------------------------------------------------


def test_choosing_a_finding_shows_its_place_behind_the_dialog(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ut.docx"
    _save_as(monkeypatch, target)
    seen: list[tuple[str | None, int]] = []

    def look_then_cancel(dialog: PrivacyDialog) -> None:
        window = dialog.parent()
        for row in range(dialog.list.count()):
            dialog.list.setCurrentRow(row)
            seen.append((window.meeting_view.meeting_id, window.meeting_view.phase))
            assert dialog.choice == CANCEL and dialog.target is None  # looking is not choosing
        dialog.cancel_button.click()

    _privacy(monkeypatch, look_then_cancel)
    with ForumFile.open(demo_path) as ff:
        meetings = ff.meetings.list()
        shown = meetings[-1].id
        _gap_with_number(ff, shown)
        action = ff.actions.list(meeting_id=shown)[0]
        ff.actions.update(action.id, description=f"Gäller {TEST_NUMBER}.")
        window = _window(qtbot, ff)
        window.minutes.export(shown)
        window.close()
    assert seen == [(shown, 3), (shown, 6)]  # Glapp, then Åtgärder
    assert not target.exists()


def test_an_added_suffix_does_not_replace_a_file_without_asking(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "Anteckningar.docx"
    existing.write_bytes(b"last month's minutes")
    _save_as(monkeypatch, tmp_path / "Anteckningar")  # typed without .docx
    answers: list[str] = []

    def answer(box: QMessageBox) -> object:
        answers.append(box.text())
        return None  # closed: not replaced

    monkeypatch.setattr("ui.session_dialogs.run_box", answer)
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        assert window.minutes.export(window.meeting_view.meeting_id) is None
        window.close()
    assert answers == ["Anteckningar.docx finns redan. Vill du ersätta den?"]
    assert existing.read_bytes() == b"last month's minutes"
    assert minutes_actions.docx_path(str(tmp_path / "gamla.doc")) == tmp_path / "gamla.docx"


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
    window = _window(qtbot, forum)
    assert window.minutes.send(meeting.id) is not None
    window.close()
    (dialog,) = calls.dialogs
    assert dialog.list.count() == 1
    text = dialog.skipped.text()
    assert "Bo Utanadress (ingen e-postadress)" in text
    assert "Åsa Öberg (" in text


def test_the_window_and_the_command_line_share_one_privacy_gate(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.minutes_out as minutes_out
    from app.privacy import scan_forum

    asked: list[tuple[str, bool]] = []
    real_gate = minutes_out.meeting_findings

    def gate(forum: ForumFile, meeting_id: str, *, for_email: bool = False) -> list:
        asked.append((meeting_id, for_email))
        return real_gate(forum, meeting_id, for_email=for_email)

    monkeypatch.setattr(minutes_out, "meeting_findings", gate)
    _save_as(monkeypatch, tmp_path / "ut.docx")
    shown = _privacy(monkeypatch, lambda dialog: dialog.cancel_button.click())
    with ForumFile.open(demo_path) as ff:
        window = _window(qtbot, ff)
        meeting_id = window.meeting_view.meeting_id
        _gap_with_number(ff, meeting_id)
        _closing(window).minutes_bar.export_button.click()
        _closing(window).minutes_bar.send_button.click()
        assert asked == [(meeting_id, False), (meeting_id, True)]
        assert len(shown) == 2 and shown[0].list.count() == 1
        # The command line's refusal lists the same findings, line for line.
        expected = scan_forum(ff, meeting_id, for_email=True)
        assert minutes_out.privacy_lines(ff, meeting_id, for_email=True) == tuple(
            finding.line() for finding in expected
        )
        assert asked[-1] == (meeting_id, True)
        window.close()
    assert not (tmp_path / "ut.docx").exists()
