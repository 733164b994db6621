"""The side panel of Glapp: everything about the selected gap.

Each field is stored when the facilitator leaves it (the description also
after a short pause in typing, so a flat battery loses at most a sentence).
A refused edit leaves the typed text in the field. When the stored gap
changes underneath (undo, another view) the fields follow, except one the
facilitator is in the middle of changing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.services.changes import Change
from storage.errors import StorageError
from ui.models.gaps import OrganisationCheckModel
from ui.pages.base import PageContext
from ui.widgets.one_line import OneLineEdit
from ui.widgets.refused_mark import mark_refused, unmark_refused

_CONTEXT = "GapDetails"
TRANSITIONS = (
    QT_TRANSLATE_NOOP("GapDetails", "slutenvård → hemmet"),
    QT_TRANSLATE_NOOP("GapDetails", "slutenvård → särskilt boende"),
    QT_TRANSLATE_NOOP("GapDetails", "slutenvård → korttidsboende"),
    QT_TRANSLATE_NOOP("GapDetails", "akutmottagning → hemmet"),
    QT_TRANSLATE_NOOP("GapDetails", "hemmet → slutenvård"),
    QT_TRANSLATE_NOOP("GapDetails", "primärvård ↔ hemsjukvård"),
    QT_TRANSLATE_NOOP("GapDetails", "psykiatri → kommunen"),
    QT_TRANSLATE_NOOP("GapDetails", "psykiatrisk öppenvård ↔ hemmet"),
    QT_TRANSLATE_NOOP("GapDetails", "barn- och ungdomspsykiatri ↔ skola och socialtjänst"),
    QT_TRANSLATE_NOOP("GapDetails", "hemsjukvård → ASiH"),
)
TARGET_GROUPS = (
    QT_TRANSLATE_NOOP("GapDetails", "Äldre multisjuka"),
    QT_TRANSLATE_NOOP("GapDetails", "Demens"),
    QT_TRANSLATE_NOOP("GapDetails", "Psykisk ohälsa"),
    QT_TRANSLATE_NOOP("GapDetails", "LSS"),
    QT_TRANSLATE_NOOP("GapDetails", "Barn och unga"),
    QT_TRANSLATE_NOOP("GapDetails", "Palliativ vård"),
    QT_TRANSLATE_NOOP("GapDetails", "Missbruk och beroende"),
)
_SAVE_PAUSE_MS = 1500


class GapDetails(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.gap_id: str | None = None
        self._shown: dict[str, str] = {}  # what each field showed when last loaded
        self._loading = False

        self.title = OneLineEdit(self)
        self.title.setObjectName("gapTitle")
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("gapDescription")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(
            self.tr("Beskriv ett verkligt fall utan namn, personnummer eller adress.")
        )
        self.reminder = QLabel(
            self.tr(
                "Avidentifierat fall: ingen får kunna kännas igen. Skriv ålder i "
                "intervall (t.ex. 80-årsåldern), inga namn, personnummer eller adresser."
            ),
            self,
        )
        self.reminder.setObjectName("privacyReminder")
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet(
            "#privacyReminder { background: #fff6d6; border: 1px solid #ecd58a;"
            " border-radius: 4px; padding: 5px 8px; color: #5c4700; }"
        )
        self.transition = self._suggestion_box("gapTransition")
        self.target_group = self._suggestion_box("gapTargetGroup")
        self.organisations = OrganisationCheckModel(ctx, self)
        self.organisation_list = QListView(self)
        self.organisation_list.setObjectName("gapOrganisations")
        self.organisation_list.setModel(self.organisations)
        self.organisation_list.setMinimumHeight(120)
        self.organisation_list.setMaximumHeight(320)
        self.description.setMaximumHeight(260)
        self.organisation_list.setStyleSheet("#gapOrganisations::item { padding: 2px 4px; }")

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("&Titel"), self.title)
        form.addRow(self.tr("&Beskrivning"), self.description)
        form.addRow("", self.reminder)
        form.addRow(self.tr("&Vårdövergång"), self.transition)
        form.addRow(self.tr("&Målgrupp"), self.target_group)
        form.addRow(self.tr("&Organisationer"), self.organisation_list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("gapDetailsHeading")
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addStretch(1)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(_SAVE_PAUSE_MS)
        self._save_timer.timeout.connect(self._save_description)
        self.title.editingFinished.connect(lambda: self._save("title", self.title.text()))
        self.description.textChanged.connect(self._description_typed)
        self.description.installEventFilter(self)
        for box, name in ((self.transition, "transition"), (self.target_group, "target_group")):
            self._connect_box(box, name)
        ctx.signals.changed.connect(self._on_change)
        self.show_gap(None)

    def _suggestion_box(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.setMaxVisibleItems(14)
        return box

    def _connect_box(self, box: QComboBox, name: str) -> None:
        def save(*_args: object) -> None:
            self._save(name, box.currentText())

        box.activated.connect(save)
        line = box.lineEdit()
        assert line is not None
        line.editingFinished.connect(save)

    # -- which gap ------------------------------------------------------------

    def show_gap(self, gap_id: str | None) -> None:
        """Show ``gap_id`` (None: nothing selected), storing what is pending first."""
        if self.gap_id is not None and gap_id != self.gap_id:
            self.save_pending()
        self.gap_id = gap_id
        self.organisations.set_gap(gap_id)
        gap = self.ctx.forum.gaps.find(gap_id) if gap_id else None
        for widget in self._fields():
            widget.setEnabled(gap is not None)
        self.organisation_list.setEnabled(gap is not None)
        self._shown = {}
        self._refill_suggestions()
        self._load(force=True)

    def _fields(self) -> list[QWidget]:
        return [self.title, self.description, self.transition, self.target_group]

    def _refill_suggestions(self) -> None:
        """The usual values plus those this forum has already used."""
        used_transitions, used_groups = set(), set()
        for gap in self.ctx.forum.gaps.list():
            used_transitions.add(gap.transition)
            used_groups.add(gap.target_group)
        for box, defaults, used in (
            (self.transition, TRANSITIONS, used_transitions),
            (self.target_group, TARGET_GROUPS, used_groups),
        ):
            names = [self._translate(d) for d in defaults]
            names += sorted(u for u in used if u and u not in names)
            text = box.currentText()
            self._loading = True
            box.clear()
            box.addItems(names)
            box.setCurrentText(text)
            self._loading = False

    @staticmethod
    def _translate(text: str) -> str:
        return QCoreApplication.translate(_CONTEXT, text)

    # -- loading --------------------------------------------------------------

    def _current_texts(self) -> dict[str, str]:
        return {
            "title": self.title.text(),
            "description": self.description.toPlainText(),
            "transition": self.transition.currentText(),
            "target_group": self.target_group.currentText(),
        }

    def _setters(self) -> dict[str, Callable[[str], None]]:
        return {
            "title": self.title.setText,
            "description": self.description.setPlainText,
            "transition": self.transition.setCurrentText,
            "target_group": self.target_group.setCurrentText,
        }

    def _load(self, *, force: bool = False) -> None:
        """Show the stored values; keep a field the facilitator has changed."""
        gap = self.ctx.forum.gaps.find(self.gap_id) if self.gap_id else None
        if gap is None:
            self.heading.setText(self.tr("Markera ett glapp i listan för att beskriva det."))
        else:
            number = [g.id for g in self.ctx.forum.gaps.list(meeting_id=gap.meeting_id)]
            self.heading.setText(self.tr("Glapp {n}").format(n=number.index(gap.id) + 1))
        current = self._current_texts()
        setters = self._setters()
        self._loading = True
        try:
            for name, setter in setters.items():
                stored = "" if gap is None else str(getattr(gap, name))
                pending = not force and current[name] != self._shown.get(name, current[name])
                if not pending and current[name] != stored:
                    setter(stored)
                    if name == "title":
                        self.title.setCursorPosition(0)  # show the start of a long title
                if not pending:
                    self._shown[name] = stored
        finally:
            self._loading = False

    def _on_change(self, change: Change) -> None:
        if change.kind in ("insert", "update") and change.keys and self.gap_id not in change.keys:
            return  # another gap was added at the end or edited: nothing shown here changed
        if change.table == "gap" and self.gap_id is not None:
            if self.ctx.forum.gaps.find(self.gap_id) is None:
                self.gap_id = None
                self.show_gap(None)
            else:
                self._load()

    # -- storing --------------------------------------------------------------

    def _save(self, name: str, value: str) -> bool:
        if self._loading or self.gap_id is None:
            return False
        try:
            gap = self.ctx.forum.gaps.find(self.gap_id)
        except StorageError:
            return False  # the file has gone away; the controller has said so already
        if gap is None:
            return False
        if getattr(gap, name) == value:
            self._shown[name] = value
            return True
        texts = {
            "title": self.tr("Ändra glappets titel"),
            "description": self.tr("Ändra beskrivning av fallet"),
            "transition": self.tr("Ändra vårdövergång"),
            "target_group": self.tr("Ändra målgrupp"),
        }
        # Remember the value first: the store publishes a change that reloads
        # the fields, and this one is no longer pending once it is stored.
        previous = self._shown.get(name)
        self._shown[name] = value
        if self.ctx.controller.update(self.ctx.forum.gaps, gap.id, texts[name], **{name: value}):
            unmark_refused(self._field(name))
            return True
        if previous is not None:
            self._shown[name] = previous  # refused: the typed text stays, still pending
        mark_refused(self._field(name), self.ctx.controller.last_refusal)
        return False

    def _field(self, name: str) -> QWidget:
        return {
            "title": self.title,
            "description": self.description,
            "transition": self.transition,
            "target_group": self.target_group,
        }[name]

    def _description_typed(self) -> None:
        if not self._loading:
            self._save_timer.start()

    def _save_description(self) -> None:
        self._save_timer.stop()
        self._save("description", self.description.toPlainText())

    def save_pending(self) -> None:
        """Store every field that differs from what was loaded (leaving the gap)."""
        if self._save_timer.isActive():
            self._save_description()
        for name, text in self._current_texts().items():
            if text != self._shown.get(name, text):
                self._save(name, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.description and event.type() == QEvent.Type.FocusOut:
            self._save_description()
        return False

    def hideEvent(self, event) -> None:
        self.save_pending()
        super().hideEvent(event)
