"""The minutes leave Samsyn from the window: export as .docx, or an e-mail
draft to the participants. Both run the privacy check first.

Every refusal or failure ends in one sentence (app.messages.describe) in a
message box; nothing half-written is left behind (the writers are atomic).
The privacy check is app.minutes_out's, the one the command line uses. The
dialogs, the privacy scan and the writers are imported when first used:
the window only needs the two menu actions to start, and Qt's dialog classes
cost start-up time too (issue 6).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from app.errors import RuleViolation, SamsynError
from app.messages import describe
from storage.errors import StorageError
from ui.file_actions import data_folder

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

FOLDER_KEY = "minutes/folder"
DRAFTS_FOLDER = "Utkast"

_FAILURES = (SamsynError, StorageError, OSError)


def drafts_folder() -> Path:
    """Where e-mail drafts are written: the user's data folder, not the forum's."""
    return data_folder() / DRAFTS_FOLDER


def documents_folder() -> Path:
    location = QStandardPaths.StandardLocation.DocumentsLocation
    return Path(QStandardPaths.writableLocation(location) or Path.home())


def export_folder(key: str = FOLDER_KEY) -> Path:
    """The folder remembered under ``key``, else Documents."""
    last = QSettings().value(key)
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def docx_path(chosen: str) -> Path:
    """The chosen name as a .docx ("Anteckningar" and "Anteckningar.doc" both
    become "Anteckningar.docx")."""
    path = Path(chosen)
    if path.suffix.lower() == ".docx":
        return path
    if path.suffix.lower() == ".doc":
        return path.with_suffix(".docx")
    return path.with_name(path.name + ".docx")


class MinutesActions(QObject):
    """The File menu's two entries and the flows behind them and the Avslutning strip."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.forum = window.forum
        self.export_action = QAction(self.tr("&Exportera minnesanteckningar…"), window)
        self.export_action.setObjectName("exportMinutesAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.send_action = QAction(self.tr("Skicka &till deltagare…"), window)
        self.send_action.setObjectName("sendMinutesAction")
        self.export_action.triggered.connect(lambda _=False: self._for_shown(self.export))
        self.send_action.triggered.connect(lambda _=False: self._for_shown(self.send))

    def update_actions(self, *_args: object) -> None:
        enabled = self.window.shown_meeting_id() is not None
        self.export_action.setEnabled(enabled)
        self.send_action.setEnabled(enabled)

    def _for_shown(self, flow: Any) -> None:
        meeting_id = self.window.shown_meeting_id()
        if meeting_id is not None:
            flow(meeting_id)

    # -- export ----------------------------------------------------------------------

    def export(self, meeting_id: str) -> Path | None:
        """Export the minutes of ``meeting_id``; the path written, or None."""
        from PySide6.QtWidgets import QFileDialog

        from app.minutes import export_minutes, minutes_file_name
        from app.minutes_out import is_forum_file
        from ui.minutes_dialogs import ExportedDialog

        with _TypingStored():
            chosen_meeting = self._checked_meeting(meeting_id, sending=False)
            if chosen_meeting is None:
                return None
            language, meeting = chosen_meeting
            suggested = export_folder() / minutes_file_name(self.forum, meeting, language)
            chosen, _filter = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Exportera minnesanteckningar"),
                str(suggested),
                self.tr("Word-dokument (*.docx)"),
            )
            if not chosen:
                return None
            target = docx_path(chosen)
            if not self._may_write(Path(chosen), target):
                return None
            if target.parent.is_dir():
                QSettings().setValue(FOLDER_KEY, str(target.parent))
            if is_forum_file(Path(self.forum.path), target):
                self._report(RuleViolation("output_is_forum", target.name), target)
                return None
            if not self._attempt(
                target, lambda: export_minutes(self.forum, meeting_id, target, language)
            ):
                return None
            self.window.statusBar().showMessage(
                self.tr("Minnesanteckningarna sparades i {path}.").format(path=target), 8000
            )
            self._run(ExportedDialog(target, self.window))
            return target

    def _may_write(self, chosen: Path, target: Path) -> bool:
        from ui.session_dialogs import may_write

        return may_write(self.window, self.tr("Exportera minnesanteckningar"), chosen, target)

    # -- send ------------------------------------------------------------------------

    def send(self, meeting_id: str) -> Path | None:
        """Write the e-mail draft and hand it to the mail program; the draft's path."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from app.mail_draft import RecipientList, recipient_list
        from app.minutes import minutes_file_name
        from app.minutes_out import meeting_email
        from ui.minutes_dialogs import DraftDialog

        with _TypingStored():
            chosen_meeting = self._checked_meeting(meeting_id, sending=True)
            if chosen_meeting is None:
                return None
            language, meeting = chosen_meeting
            folder = drafts_folder()
            target = folder / (Path(minutes_file_name(self.forum, meeting, language)).stem + ".eml")

            found: list[RecipientList] = []

            def write_draft() -> None:
                message = meeting_email(self.forum, meeting_id, language)
                found.append(recipient_list(self.forum, meeting_id))
                folder.mkdir(parents=True, exist_ok=True)
                _write(target, message.as_bytes())

            if not self._attempt(target, write_draft):
                return None
            (recipients,) = found
            # The mail client opens an X-Unsent .eml as a draft to review and send.
            opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
            self._run(
                DraftDialog(
                    target,
                    recipients.recipients,
                    opened,
                    self.window,
                    skipped=recipients.skipped,
                )
            )
            return target

    # -- shared ----------------------------------------------------------------------

    def _checked_meeting(self, meeting_id: str, *, sending: bool) -> tuple[str, Any] | None:
        """The document's language and the meeting, once the privacy check lets it go."""
        from ui.widgets.minutes_bar import minutes_language

        language = minutes_language()
        if not self._privacy_ok(meeting_id, sending=sending):
            return None
        meeting = self.forum.meetings.find(meeting_id)
        return None if meeting is None else (language, meeting)

    def _attempt(self, target: Path, work: Callable[[], object]) -> bool:
        """Run ``work`` under a wait cursor; a failure is told in one sentence."""
        with _WaitCursor():
            try:
                work()
            except _FAILURES as exc:
                failure: BaseException = exc
            else:
                return True
        self._report(failure, target)
        return False

    def _privacy_ok(self, meeting_id: str, *, sending: bool) -> bool:
        """True when nothing was found, or the facilitator chose to go on anyway."""
        from app.minutes_out import meeting_findings
        from ui.finding_place import go_to_finding, return_to_meeting, shown_meeting_place
        from ui.privacy_dialog import GO_ON, GO_TO, PrivacyDialog

        try:
            findings = meeting_findings(self.forum, meeting_id, for_email=sending)
        except (SamsynError, StorageError) as exc:
            self._report(exc, None)
            return False
        if not findings:
            return True
        place = shown_meeting_place(self.window)
        dialog = PrivacyDialog(
            findings,
            sending,
            self.window,
            # Choosing a finding shows its place in the window behind the dialog,
            # without storing it as where the meeting was left.
            on_select=lambda finding: go_to_finding(self.window, finding.site, remember=False),
        )
        self._run(dialog)
        if dialog.choice == GO_TO and dialog.target is not None:
            go_to_finding(self.window, dialog.target.site)
            return False
        if place is not None:  # going on or cancelling: back to where the facilitator was
            return_to_meeting(self.window, place)
            moved = QApplication.focusWidget()  # the shown page's first field
            if moved is not None:
                moved.clearFocus()  # so _TypingStored gives the keyboard back where it was
        return dialog.choice == GO_ON

    def _run(self, dialog: QDialog) -> None:
        dialog.exec()
        dialog.deleteLater()

    def _report(self, exc: BaseException, path: Path | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.window, self.tr("Samsyn"), sentence(exc, path))


def sentence(exc: BaseException, path: Path | None) -> str:
    """One sentence for any failure of these flows (OSError has no message of its own)."""
    from app.atomic import output_error

    if isinstance(exc, OSError):
        exc = output_error(path or exc.filename or "", exc)
    return describe(exc)


def _write(target: Path, data: bytes) -> None:
    from app.atomic import write_bytes_atomic

    write_bytes_atomic(target, data)


class _WaitCursor:
    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QApplication.restoreOverrideCursor()


class _TypingStored:
    """Text still being typed is stored first (leaving a field stores it), and the
    keyboard goes back there afterwards: the minutes include what is on screen."""

    def __enter__(self) -> None:
        self.widget: QWidget | None = QApplication.focusWidget()
        if self.widget is not None:
            self.widget.clearFocus()

    def __exit__(self, *_exc: object) -> None:
        widget = self.widget
        if widget is None or not isValid(widget) or not widget.isVisible():
            return
        # A "Gå till" has put the keyboard somewhere on purpose; leave it there.
        if QApplication.focusWidget() is None and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
