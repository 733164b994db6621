"""What the window asks and tells when a forum cannot simply be opened.

Another Samsyn has the file (open it read-only, or take over a lock another
computer left?), the file is refused (restore its newest good backup?), a
backup was restored (where the old file went).
Every box goes through ``run_box`` so tests can answer it.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSysInfo
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from app.forum_lock import LockHolder
from app.i18n import QT_TRANSLATE_NOOP, counted, translate
from storage.backups import BackupCounts, BackupInfo
from storage.errors import Locked
from storage.restore import RestoreResult
from ui.dates import long_date

if TYPE_CHECKING:
    from app.merging import MergeResult


def run_box(box: QMessageBox) -> QAbstractButton | None:
    """Show ``box`` modally; the button that was clicked (None: closed)."""
    box.exec()
    return box.clickedButton()


def may_write(parent: QWidget, title: str, chosen: Path, target: Path) -> bool:
    """False when the user would not replace an existing ``target``.

    The save dialog asked about the name as typed (``chosen``); a name the
    export changed (a suffix added) needs asking too.
    """
    if target == chosen:
        return True
    try:
        exists = target.exists()
    except OSError:  # a name the system refuses (too long): the write says why
        return True
    if not exists:
        return True
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(
        translate("SessionDialogs", "{name} finns redan. Vill du ersätta den?").format(
            name=target.name
        )
    )
    replace = box.addButton(
        translate("SessionDialogs", "Ersätt"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return run_box(box) is replace


def tell(parent: QWidget | None, text: str, *, warning: bool = True) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle("Samsyn")
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setText(text)
    box.addButton(QMessageBox.StandardButton.Ok)
    run_box(box)


def may_create(path: Path) -> bool:
    """A forum named on the command line that does not exist: made only when
    the user says so (a mistyped name would otherwise open an empty forum)."""
    text = translate("SessionDialogs", "Det finns ingen fil som heter {name} i mappen {folder}.")
    return _confirm(
        None,
        "createMissingBox",
        translate("SessionDialogs", "Ingen sådan fil"),
        text.format(name=path.name, folder=path.absolute().parent),
        translate(
            "SessionDialogs",
            "Vill du skapa ett nytt, tomt forum med det namnet? "
            "Om namnet är felskrivet: välj Avbryt och starta Samsyn med rätt namn.",
        ),
        translate("SessionDialogs", "Skapa nytt forum"),
        safe_default=True,  # a mistyped name is the likelier case
    )


def _confirm(
    parent: QWidget | None,
    name: str,
    title: str,
    text: str,
    informative: str,
    accept: str,
    *,
    safe_default: bool,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> bool:
    """A question with ``accept`` and Avbryt: True when ``accept`` is clicked.
    ``safe_default``: Enter means Avbryt."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setWindowTitle(title)
    box.setIcon(icon)
    box.setText(text)
    box.setInformativeText(informative)
    accepted = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(translate("SessionDialogs", "Avbryt"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel if safe_default else accepted)
    box.setEscapeButton(cancel)
    return run_box(box) is accepted


# -- words for times, backups and lock holders --------------------------------


def clock(moment: datetime) -> str:
    return translate("SessionDialogs", "kl. {hour:02d}.{minute:02d}").format(
        hour=moment.hour, minute=moment.minute
    )


def when_text(moment: datetime) -> str:
    """'12 mars 2026 kl. 14.05' in the computer's local time."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return translate("SessionDialogs", "{date} {clock}").format(
        date=long_date(local.date().isoformat()), clock=clock(local)
    )


def since_text(since: datetime | None, today: date | None = None) -> str:
    """'sedan kl. 09.14' today, 'sedan 12 mars 2026 kl. 09.14' another day, '' unknown."""
    if since is None:
        return ""
    if since.date() == (today or date.today()):
        return translate("SessionDialogs", "sedan {clock}").format(clock=clock(since))
    return translate("SessionDialogs", "sedan {when}").format(when=when_text(since))


# What a backup holds, in the order contents_text lists it.
_CONTENTS = (
    (
        QT_TRANSLATE_NOOP("SessionDialogs", "en träff"),
        QT_TRANSLATE_NOOP("SessionDialogs", "{n} träffar"),
    ),
    (
        QT_TRANSLATE_NOOP("SessionDialogs", "ett glapp"),
        QT_TRANSLATE_NOOP("SessionDialogs", "{n} glapp"),
    ),
    (
        QT_TRANSLATE_NOOP("SessionDialogs", "en åtgärd"),
        QT_TRANSLATE_NOOP("SessionDialogs", "{n} åtgärder"),
    ),
)


def contents_text(counts: BackupCounts | None) -> str:
    """'4 träffar, 12 glapp, 18 åtgärder' (one of a kind is written as a word)."""
    if counts is None:
        return translate("SessionDialogs", "innehållet kan inte läsas")
    numbers = (counts.meetings, counts.gaps, counts.actions)
    return ", ".join(
        counted("SessionDialogs", n, one, several)
        for n, (one, several) in zip(numbers, _CONTENTS, strict=True)
    )


def backup_summary(info: BackupInfo) -> str:
    """'12 mars 2026 kl. 14.05 — 4 träffar, 12 glapp, 18 åtgärder'."""
    return f"{when_text(info.taken_at)} — {contents_text(info.counts)}"


def reason_text(reason: str) -> str:
    """Why a backup was taken, in words."""
    words = {
        "open": translate("SessionDialogs", "när filen öppnades"),
        "auto": translate("SessionDialogs", "automatisk under arbetet"),
        "before-migration": translate("SessionDialogs", "före uppgradering till ny version"),
        "before-import": translate("SessionDialogs", "före import"),
        "before-restore": translate("SessionDialogs", "före återställning"),
        "before-merge": translate("SessionDialogs", "före sammanslagning"),
    }
    return words.get(reason, reason)


def holder_text(holder: LockHolder | Locked) -> str:
    """'på datorn lap-12, process 4242, sedan kl. 09.14' (who has the file open)."""
    if isinstance(holder, Locked):
        holder = LockHolder(holder.host, holder.pid, holder.app_name, holder.since)
    parts = []
    if holder.host:
        parts.append(translate("SessionDialogs", "på datorn {host}").format(host=holder.host))
    if holder.pid:
        parts.append(translate("SessionDialogs", "process {pid}").format(pid=holder.pid))
    since = since_text(holder.since)
    if since:
        parts.append(since)
    return ", ".join(parts)


# -- the boxes ------------------------------------------------------------------


# What the user chose in the locked box.
READ_ONLY = "read-only"
TAKE_OVER = "take-over"


def from_another_computer(locked: Locked) -> bool:
    """The lock names another computer: Qt cannot tell whether its Samsyn still runs."""
    return bool(locked.host) and locked.host != QSysInfo.machineHostName()


def ask_about_lock(parent: QWidget | None, locked: Locked) -> str | None:
    """Another Samsyn edits the file: READ_ONLY, TAKE_OVER or None (cancelled).

    Taking over is offered only for a lock from another computer: one from this
    computer whose process is gone is taken over without asking, a live one never.
    """
    box = QMessageBox(parent)
    box.setObjectName("lockedBox")
    box.setWindowTitle(translate("SessionDialogs", "Filen är redan öppen"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(
        translate(
            "SessionDialogs", "{name} är redan öppen för redigering i en annan Samsyn ({holder})."
        ).format(name=locked.path.name, holder=holder_text(locked))
    )
    informative = translate(
        "SessionDialogs",
        "Bara en i taget kan ändra i forumet. Du kan öppna det skrivskyddat för att läsa, "
        "exportera och spara en kopia, eller stänga det i den andra Samsyn först.",
    )
    other_computer = from_another_computer(locked)
    if other_computer:
        informative += " " + translate(
            "SessionDialogs",
            "Om den andra datorn inte längre använder filen (till exempel om batteriet tog "
            "slut eller filen flyttades hit på ett USB-minne) kan du ta över låset. Gör det "
            "bara om du är säker på att ingen har filen öppen på den datorn: annars kan "
            "ändringar skrivas över.",
        )
    box.setInformativeText(informative)
    read_only = box.addButton(
        translate("SessionDialogs", "Öppna skrivskyddat"), QMessageBox.ButtonRole.AcceptRole
    )
    take_over = None
    if other_computer:
        take_over = box.addButton(
            translate("SessionDialogs", "Ta över låset"), QMessageBox.ButtonRole.DestructiveRole
        )
    cancel = box.addButton(translate("SessionDialogs", "Avbryt"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)  # breaking a lock is never the quick default
    box.setEscapeButton(cancel)
    clicked = run_box(box)
    if clicked is read_only:
        return READ_ONLY
    if take_over is not None and clicked is take_over:
        return TAKE_OVER
    return None


def offer_restore(parent: QWidget | None, problem: str, backup: BackupInfo) -> bool:
    """A refused file with a good backup: True when the user restores it."""
    return _confirm(
        parent,
        "restoreOfferBox",
        translate("SessionDialogs", "Filen kan inte öppnas"),
        problem,
        translate(
            "SessionDialogs",
            "Det finns en säkerhetskopia från {summary}. Vill du återställa den? "
            "Filen som inte kunde öppnas tas inte bort; den sparas undan i samma mapp.",
        ).format(summary=backup_summary(backup)),
        translate("SessionDialogs", "Återställ säkerhetskopian"),
        safe_default=False,
        icon=QMessageBox.Icon.Warning,
    )


def confirm_restore(parent: QWidget | None, name: str, backup: BackupInfo) -> bool:
    """Restoring over the open forum: True when the user confirms."""
    return _confirm(
        parent,
        "confirmRestoreBox",
        translate("SessionDialogs", "Återställ från säkerhetskopia"),
        translate(
            "SessionDialogs", "Återställa forumet till säkerhetskopian från {summary}?"
        ).format(summary=backup_summary(backup)),
        translate(
            "SessionDialogs",
            "Filen {name} som den ser ut nu tas inte bort: den sparas undan i samma mapp "
            "med ”.damaged-” och datum i namnet, och det som ändrats sedan säkerhetskopian "
            "finns kvar i den.",
        ).format(name=name),
        translate("SessionDialogs", "Återställ"),
        safe_default=True,  # replacing the open forum is never the quick default
    )


def merged_message(results: list[MergeResult]) -> str:
    """What the message bar says after a merge: each file's part, and the way back."""
    from app.merging.report import summary

    parts = [summary(result) for result in results]
    parts.append(
        translate(
            "SessionDialogs",
            "Säkerhetskopian från före sammanslagningen finns under Arkiv → "
            "Återställ från säkerhetskopia.",
        )
    )
    return " ".join(parts)


def restored_message(backup: BackupInfo, result: RestoreResult) -> str:
    """What the message bar says after a restore: from when, and where the old file is."""
    text = translate("SessionDialogs", "Säkerhetskopian från {when} är återställd.").format(
        when=when_text(backup.taken_at)
    )
    if result.set_aside:
        aside = result.set_aside[0]
        text += " " + translate(
            "SessionDialogs", "Den tidigare filen finns kvar som {name} i mappen {folder}."
        ).format(name=aside.name, folder=aside.parent)
    return text
