"""The privacy check before minutes leave the window: the dialog and going to a finding."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import VOUCHED, docx_footer, docx_text, show_active
from minutes_support import (
    CLOSING,
    IGNORE_POPUP,
    TEST_NUMBER,
    Calls,
    closing_page,
    gap_with_number,
    open_window,
    patch_system_services,
    privacy_dialog_does,
    save_as,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.forum_file import ForumFile
from app.model import NoteKind
from ui.main_window import PAGE_MEETING, PAGE_PEOPLE
from ui.privacy_dialog import CANCEL, GO_ON, PrivacyDialog


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Calls:
    return patch_system_services(monkeypatch, tmp_path)


def test_findings_are_listed_and_cancel_writes_nothing(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ut.docx"
    asked = save_as(monkeypatch, target)
    shown = privacy_dialog_does(monkeypatch, lambda dialog: dialog.cancel_button.click())
    with ForumFile.open(demo_path) as ff:
        window = open_window(qtbot, ff)
        gap_with_number(ff, window.meeting_view.meeting_id)
        closing_page(window).minutes_bar.export_button.click()
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
    save_as(monkeypatch, target)
    privacy_dialog_does(monkeypatch, lambda dialog: dialog.go_to_button.click())
    with ForumFile.open(demo_path) as ff:
        meetings = ff.meetings.list()
        earlier = meetings[1].id  # not the meeting shown: the window must switch
        gap_id = gap_with_number(ff, earlier)
        window = open_window(qtbot, ff)
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
    save_as(monkeypatch, target)

    def go_on(dialog: PrivacyDialog) -> None:
        dialog.go_on_button.click()  # disabled: nothing happens
        assert dialog.choice == CANCEL and dialog.result() != QDialog.DialogCode.Accepted
        dialog.confirm.setChecked(True)
        assert dialog.go_on_button.isEnabled()
        assert dialog.go_on_button.text() == "Exportera ändå"
        dialog.go_on_button.click()

    shown = privacy_dialog_does(monkeypatch, go_on)
    with ForumFile.open(demo_path) as ff:
        window = open_window(qtbot, ff)
        gap_with_number(ff, window.meeting_view.meeting_id)
        window.minutes.export_action.trigger()  # the File menu's entry
        window.close()
    assert shown[0].choice == GO_ON
    assert target.is_file()
    assert TEST_NUMBER in docx_text(target)
    # Exported anyway: the footer no longer says the minutes hold no client data.
    footer = docx_footer(target)
    assert "kan bli allmän handling." in footer and VOUCHED not in footer


@IGNORE_POPUP
def test_privacy_dialog_keys_and_double_click(qtbot: QtBot, demo_path: Path) -> None:
    from app.privacy import scan_forum

    with ForumFile.open(demo_path) as ff:
        meeting_id = ff.meetings.list()[-1].id
        gap_with_number(ff, meeting_id)
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
    privacy_dialog_does(monkeypatch, lambda dialog: dialog.go_to_button.click())
    with ForumFile.open(demo_path) as ff:
        # Someone present at the meeting shown: the minutes list their title.
        meeting_id = ff.meetings.list()[-1].id
        present = [a for a in ff.attendance.list(meeting_id=meeting_id) if a.status == "present"]
        person = ff.people.get(present[1].person_id)
        ff.people.update(person.id, title=f"Handläggare {TEST_NUMBER}")
        window = open_window(qtbot, ff)
        assert window.minutes.send(window.meeting_view.meeting_id) is None
        assert window.pages.currentIndex() == PAGE_PEOPLE
        current = window.people_page.people_view.currentIndex()
        assert window.people_page.people.item(current.row()).person.id == person.id
        assert not window.minutes.export_action.isEnabled()  # no meeting shown now
        window.close()
    assert calls.urls == []


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

        window = open_window(qtbot, ff)
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


def test_choosing_a_finding_shows_its_place_behind_the_dialog(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ut.docx"
    save_as(monkeypatch, target)
    seen: list[tuple[str | None, int]] = []

    def look_then_cancel(dialog: PrivacyDialog) -> None:
        window = dialog.parent()
        for row in range(dialog.list.count()):
            dialog.list.setCurrentRow(row)
            seen.append((window.meeting_view.meeting_id, window.meeting_view.phase))
            assert dialog.choice == CANCEL and dialog.target is None  # looking is not choosing
        dialog.cancel_button.click()

    privacy_dialog_does(monkeypatch, look_then_cancel)
    with ForumFile.open(demo_path) as ff:
        meetings = ff.meetings.list()
        shown = meetings[-1].id
        gap_with_number(ff, shown)
        action = ff.actions.list(meeting_id=shown)[0]
        ff.actions.update(action.id, description=f"Gäller {TEST_NUMBER}.")
        window = open_window(qtbot, ff)
        window.open_meeting(shown)
        window.meeting_view.show_phase(CLOSING)
        window.minutes.export(shown)
        # Looking moved the window; cancelling brings it back, and the file
        # still says the meeting was left on Avslutning.
        assert (window.meeting_view.meeting_id, window.meeting_view.phase) == (shown, CLOSING)
        assert ff.meetings.get(shown).phase == CLOSING
        window.close()
    assert seen == [(shown, 3), (shown, 6)]  # Glapp, then Åtgärder
    assert not target.exists()


def test_exporting_anyway_returns_to_where_the_export_began(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ut.docx"
    save_as(monkeypatch, target)

    def look_then_go_on(dialog: PrivacyDialog) -> None:
        dialog.list.setCurrentRow(0)  # shows the gap on Glapp behind the dialog
        assert dialog.parent().meeting_view.phase == 3
        dialog.confirm.setChecked(True)
        dialog.go_on_button.click()

    privacy_dialog_does(monkeypatch, look_then_go_on)
    with ForumFile.open(demo_path) as ff:
        window = open_window(qtbot, ff)
        shown = window.meeting_view.meeting_id
        gap_with_number(ff, shown)
        window.meeting_view.show_phase(CLOSING)
        closing_page(window).minutes_bar.export_button.click()
        assert target.is_file()
        assert window.meeting_view.phase == CLOSING
        assert ff.meetings.get(shown).phase == CLOSING
        window.close()


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
    save_as(monkeypatch, tmp_path / "ut.docx")
    shown = privacy_dialog_does(monkeypatch, lambda dialog: dialog.cancel_button.click())
    with ForumFile.open(demo_path) as ff:
        window = open_window(qtbot, ff)
        meeting_id = window.meeting_view.meeting_id
        gap_with_number(ff, meeting_id)
        closing_page(window).minutes_bar.export_button.click()
        closing_page(window).minutes_bar.send_button.click()
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


def test_cancelling_gives_the_keyboard_back_to_the_field(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_as(monkeypatch, tmp_path / "ut.docx")
    privacy_dialog_does(monkeypatch, lambda dialog: dialog.reject())
    with ForumFile.open(demo_path) as ff:
        window = open_window(qtbot, ff)
        gap_with_number(ff, window.meeting_view.meeting_id)
        window.meeting_view.show_phase(0)
        prep = window.meeting_view.pages[0]
        prep.location_edit.setFocus()
        qtbot.waitUntil(prep.location_edit.hasFocus)
        window.minutes.export_action.trigger()  # Ctrl+E while typing the place
        assert window.meeting_view.phase == 0
        qtbot.waitUntil(prep.location_edit.hasFocus)
        window.close()
