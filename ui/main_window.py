"""The main window: a thin shell that assembles the sidebar and the pages.

Only what the first paint shows is built before it: the forum, register and
people pages are built when first shown or asked for (``forum_page`` …), and
so are the phase pages of the meeting view (issue 6, start-up time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.forum_file import ForumFile
from app.forum_lock import ForumLock
from app.forum_session import ForumSession
from app.services.changes import Change
from ui.backup_timer import BackupTimer
from ui.edit_place import step_there, window_place
from ui.icons import icon
from ui.lazy_slot import LazySlot
from ui.meeting_view import PHASES, MeetingView, phase_name
from ui.message_bar import MessageBar
from ui.minutes_actions import MinutesActions
from ui.pages.base import PageContext
from ui.presentation.room import RoomActions
from ui.qt_changes import ChangeSignals
from ui.removals import MeetingRemoval
from ui.sidebar import NAV_FORUM, NAV_PEOPLE, NAV_REGISTER, Sidebar
from ui.undo import EditController

if TYPE_CHECKING:
    from app.search import SearchHit
    from ui.pages.forum_info import ForumPage
    from ui.pages.people import PeoplePage
    from ui.pages.register import RegisterPage
    from ui.presentation.timer import MeetingTimer
    from ui.read_only import ReadOnlyBanner, ReadOnlyGuard
    from ui.search_panel import SearchPanel

# The meeting view comes first: a stack shows its first page, and the window
# usually starts on a meeting, so no page switch is paid before the first paint.
PAGE_MEETING, PAGE_FORUM, PAGE_REGISTER, PAGE_PEOPLE = range(4)
PAGE_OF_NAV = {NAV_FORUM: PAGE_FORUM, NAV_REGISTER: PAGE_REGISTER, NAV_PEOPLE: PAGE_PEOPLE}
NAV_OF_PAGE = {page: nav for nav, page in PAGE_OF_NAV.items()}


class MainWindow(QMainWindow):
    """``session``: the open forum with its lock and backups (the window closes it).

    Without one (tests, benches) the window shows ``forum`` and leaves closing
    it to the caller. ``read_only_reason`` says why a read-only forum is so.
    """

    def __init__(
        self,
        forum: ForumFile,
        file_actions: object | None = None,
        *,
        session: ForumSession | None = None,
        read_only_reason: str | None = None,
        timer: MeetingTimer | None = None,
    ) -> None:
        super().__init__()
        self.forum = forum
        self.session = session
        self._session_open = session is not None
        self.signals = ChangeSignals(forum, self)
        self.controller = EditController(forum, self)
        self.controller.where = lambda: window_place(self)
        self.ctx = PageContext(forum, self.controller, self.signals)
        self.guard: ReadOnlyGuard | None = None  # set below for a read-only forum
        self._search_panel: SearchPanel | None = None  # made at the first Ctrl+F
        self.setMinimumSize(960, 600)

        # Built top-down, each widget with its final parent: moving a widget with
        # a style sheet to another parent polishes it all over again (start-up).
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setObjectName("mainSplitter")
        self.sidebar = Sidebar(self.ctx, self.splitter)
        right = QWidget(self.splitter)
        self.pages = QStackedWidget(right)
        self.meeting_view = MeetingView(self.ctx, self.pages)
        self._forum_slot = LazySlot(self._build_forum_page, self.pages)
        self._register_slot = LazySlot(self._build_register_page, self.pages)
        self._people_slot = LazySlot(self._build_people_page, self.pages)
        for page in (self.meeting_view, self._forum_slot, self._register_slot, self._people_slot):
            self.pages.addWidget(page)
        for slot in (self._forum_slot, self._register_slot, self._people_slot):
            slot.built.connect(self._page_built)
        self.meeting_view.page_built.connect(self._phase_page_built)

        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.pages, 1)
        self.message_bar = MessageBar(right)  # floats over the pages, in no layout

        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 1000])
        self.banner: ReadOnlyBanner | None = None
        if forum.read_only:
            from ui.read_only import ReadOnlyBanner
            from ui.read_only import read_only_reason as default_read_only_reason

            self.banner = ReadOnlyBanner(
                read_only_reason or default_read_only_reason(forum.path), central
            )
            central_layout.addWidget(self.banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.sidebar.navigate.connect(self._navigate)
        self.sidebar.may_leave_meeting = self.may_leave_meeting  # before "Ny träff"
        self.sidebar.meeting_selected.connect(self.open_meeting)
        self.controller.failed.connect(self.show_refusal)
        self.controller.noted.connect(self.show_passing_news)
        # A refusal stays until the facilitator moves on: an edit stored, undone
        # or typed back to the stored value, another phase, page or meeting
        # (open_meeting).
        dismiss = self.message_bar.dismiss_transient
        self.controller.stack.indexChanged.connect(dismiss)
        self.controller.kept.connect(dismiss)
        self.meeting_view.phase_changed.connect(dismiss)
        self.pages.currentChanged.connect(dismiss)
        self.signals.changed.connect(self._on_change)
        self.signals.restored.connect(self._show_restored)

        # Export and send act on the meeting shown, from the menu or the Avslutning
        # strip (connected when that page is built).
        self.minutes = MinutesActions(self)
        self.removal = MeetingRemoval(self)
        for update in (self.minutes.update_actions, self.removal.update_action):
            self.pages.currentChanged.connect(update)
            self.meeting_view.phase_changed.connect(update)
        self.removal.offer_on(self.sidebar.meeting_list)
        self.room = RoomActions(self, timer)  # F5 and the timer

        self._build_menus(file_actions)
        self._show_title()
        self._restore_state()
        self._open_start_page()
        self.minutes.update_actions()
        self.removal.update_action()
        self.backup_timer: BackupTimer | None = None
        if session is not None:
            self.backup_timer = BackupTimer(session, self)
            self.backup_timer.failed.connect(self.show_failure)
            if session.recovered_from_crash:
                self.show_news(
                    self.tr(
                        "Samsyn avslutades inte som vanligt förra gången. Filen har "
                        "kontrollerats och är hel."
                    )
                )
        if forum.read_only:
            self._lock_editing(file_actions)

    # -- pages built on first use ------------------------------------------------

    @property
    def forum_page(self) -> ForumPage:
        return cast("ForumPage", self._forum_slot.content())

    @property
    def register_page(self) -> RegisterPage:
        return cast("RegisterPage", self._register_slot.content())

    @property
    def people_page(self) -> PeoplePage:
        return cast("PeoplePage", self._people_slot.content())

    def _build_forum_page(self, parent: QWidget) -> QWidget:
        from ui.pages.forum_info import ForumPage

        return ForumPage(self.ctx, parent)

    def _build_register_page(self, parent: QWidget) -> QWidget:
        from ui.pages.register import RegisterPage

        page = RegisterPage(self.ctx, parent)
        page.open_meeting.connect(self.sidebar.select_meeting)
        return page

    def _build_people_page(self, parent: QWidget) -> QWidget:
        from ui.pages.people import PeoplePage

        return PeoplePage(self.ctx, parent)

    def _phase_page_built(self, index: int) -> None:
        page = self.meeting_view.pages[index]
        if index == len(PHASES) - 1:
            page.export_minutes.connect(self.minutes.export)  # type: ignore[attr-defined]
            page.send_minutes.connect(self.minutes.send)  # type: ignore[attr-defined]
        self._page_built(page)

    def _page_built(self, page: QWidget) -> None:
        """A page built after the window: its splitters as left, locked if read-only."""
        self._restore_splitters(page)
        self._relock()

    # -- menus -----------------------------------------------------------------

    def _build_menus(self, file_actions: object | None) -> None:
        menu_file = self.menuBar().addMenu(self.tr("&Arkiv"))
        build = getattr(file_actions, "populate_menu", None)
        if build is not None:
            build(menu_file, self)
        else:
            menu_file.addAction(self.minutes.export_action)
            menu_file.addAction(self.minutes.send_action)
            menu_file.addSeparator()
            quit_action = menu_file.addAction(self.tr("&Avsluta"))
            quit_action.triggered.connect(self.close)

        menu_edit = self.menuBar().addMenu(self.tr("&Redigera"))
        stack = self.controller.stack
        self.undo_action = stack.createUndoAction(self, self.tr("Ångra"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("Gör om"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(icon("redo"))
        # What is being typed is stored first, so Ångra takes back the latest step
        # (that typing) and no field stores itself in the middle of an undo; and
        # the window shows where a step was made before it is taken back or redone.
        for action, undo in ((self.undo_action, True), (self.redo_action, False)):
            action.triggered.disconnect()
            action.triggered.connect(lambda _=False, undo=undo: step_there(self, undo=undo))
        menu_edit.addAction(self.undo_action)
        menu_edit.addAction(self.redo_action)
        menu_edit.addSeparator()
        self.search_action = QAction(icon("search"), self.tr("Sök i alla träffar…"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.search)
        menu_edit.addAction(self.search_action)

        menu_meeting = self.menuBar().addMenu(self.tr("&Träff"))
        new_meeting = QAction(icon("new-meeting"), self.tr("Ny träff"), self)
        new_meeting.setShortcut(QKeySequence("Ctrl+Shift+N"))
        new_meeting.triggered.connect(self.sidebar.add_meeting)
        menu_meeting.addAction(new_meeting)
        self.new_meeting_action = new_meeting
        menu_meeting.addAction(self.removal.action)
        menu_meeting.addSeparator()
        for index in range(len(PHASES)):
            # The key itself belongs to the MeetingView's shortcut; the menu only
            # shows it (a second binding would make the key ambiguous).
            action = QAction(f"{index + 1}  {phase_name(index)}\tCtrl+{index + 1}", self)
            action.triggered.connect(lambda _=False, i=index: self.meeting_view.show_phase(i))
            menu_meeting.addAction(action)
        menu_meeting.addSeparator()
        menu_meeting.addActions(self.room.actions)

        menu_help = self.menuBar().addMenu(self.tr("&Hjälp"))
        shortcuts = QAction(icon("shortcuts"), self.tr("Kortkommandon"), self)
        shortcuts.setShortcut(QKeySequence("F1"))
        shortcuts.triggered.connect(self.show_shortcuts)
        menu_help.addAction(shortcuts)
        self.addAction(shortcuts)

    # -- navigation ------------------------------------------------------------

    def _show_restored(self, change: Change) -> None:
        if change.table == "meeting":
            self.sidebar.select_meeting(change.keys[0])  # a deleted meeting is back: show it

    def _navigate_to(self, nav: int) -> None:
        self.sidebar.show_nav(nav)
        self._navigate(nav)

    def _navigate(self, nav: int) -> None:
        self.pages.setCurrentIndex(PAGE_OF_NAV[nav])

    def search(self) -> None:
        """Ctrl+F: the search panel, with the words of last time."""
        if self._search_panel is None:  # it keeps working on a read-only forum (mark_safe)
            from ui.search_panel import SearchPanel

            self._search_panel = SearchPanel(self.forum, self.signals, self.reveal, self)
        self._search_panel.open_again()

    def reveal(self, hit: SearchHit) -> None:
        """Open the meeting of a search hit on its phase, the item selected."""
        self.activateWindow()
        gone = self.tr("Det som hittades finns inte längre (borttaget sedan sökningen).")
        if self.forum.meetings.find(hit.meeting_id) is None:
            self.show_refusal(gone)
            return
        if not self.show_meeting(hit.meeting_id):
            return  # back to what was typed in the meeting shown
        self.meeting_view.show_phase(int(hit.phase))
        if not self.meeting_view.pages[int(hit.phase)].reveal(hit.item_id, hit.gap_id):
            self.show_refusal(gone)

    def shown_meeting_id(self) -> str | None:
        """The meeting the window shows, or None on another page (or no meeting)."""
        if self.pages.currentIndex() != PAGE_MEETING:
            return None
        return self.meeting_view.meeting_id

    def show_meeting(self, meeting_id: str, *, ask: bool = True) -> bool:
        """Show ``meeting_id``, chosen in the sidebar too. False when the user went
        back to what was typed in the meeting shown (open_meeting). ``ask=False``:
        a look only (the privacy dialog's preview), typed lines wait as they are."""
        if self.shown_meeting_id() == meeting_id:
            return True
        if not ask:
            self._select_quietly(meeting_id)
            self._present_meeting(meeting_id, focus=True)
        elif self.sidebar.current_meeting_id() != meeting_id:
            self.sidebar.select_meeting(meeting_id)  # the sidebar opens it
        else:
            self.open_meeting(meeting_id)  # already current in a hidden sidebar list
        return self.shown_meeting_id() == meeting_id

    @property
    def _forum_closed(self) -> bool:
        """The session was closed (a window without one leaves that to its caller)."""
        return self.session is not None and not self._session_open

    def may_leave_meeting(self) -> bool:
        """What was typed in the meeting shown is settled (ui.drafts): True, or the
        user went back to it."""
        leaving = self.meeting_view.meeting_id
        if leaving is None or self._forum_closed:
            return True  # at start-up too: ui.drafts waits until something could be typed
        from ui.drafts import settle_meeting_drafts, typed_lines

        if self.forum.meetings.find(leaving) is None:
            # Removed (or its creation undone): what was typed went with it, and
            # must not be entered into the meeting shown next.
            for line in typed_lines(self.meeting_view):
                line.clear()
            return True
        return settle_meeting_drafts(self)

    def open_meeting(self, meeting_id: str) -> None:
        """Show ``meeting_id`` (the sidebar's choice), once what was typed in the
        meeting shown is settled; else the sidebar goes back to that one."""
        leaving = self.meeting_view.meeting_id
        # Chosen in the meeting list (arrow keys, a click): the keyboard stays
        # there, so the next key chooses the next meeting.
        browsing = self.sidebar.meeting_list.hasFocus()
        if leaving not in (None, meeting_id):
            if not self.may_leave_meeting():
                self._select_quietly(leaving)  # back to it and what was typed in it
                self.pages.setCurrentIndex(PAGE_MEETING)
                return
            # The question's own event loop may have let the forum go, or the meeting.
            if self._forum_closed or self.forum.meetings.find(meeting_id) is None:
                return
        self._present_meeting(meeting_id, focus=not browsing)

    def _present_meeting(self, meeting_id: str, *, focus: bool) -> None:
        self.message_bar.dismiss_transient()  # a refusal in the meeting left says nothing now
        self.meeting_view.set_meeting(meeting_id, focus=focus)
        self.pages.setCurrentIndex(PAGE_MEETING)
        settings, key = QSettings(), self._settings_key("meeting")
        if settings.value(key) != meeting_id:  # each write is a synced file: only changes
            settings.setValue(key, meeting_id)

    def _select_quietly(self, meeting_id: str) -> None:
        """``meeting_id`` chosen in the sidebar without the sidebar opening it."""
        was_blocked = self.sidebar.blockSignals(True)
        try:
            self.sidebar.select_meeting(meeting_id)
        finally:
            self.sidebar.blockSignals(was_blocked)

    def _open_start_page(self) -> None:
        last = QSettings().value(self._settings_key("meeting"))
        meetings = self.forum.meetings.list()
        ids = {m.id for m in meetings}
        if isinstance(last, str) and last in ids:
            self.sidebar.select_meeting(last)
        elif meetings:
            self.sidebar.select_meeting(meetings[-1].id)
        else:
            self._navigate_to(NAV_FORUM)

    def _settings_key(self, name: str) -> str:
        return f"forums/{self.forum.forum.get().id}/{name}"

    # -- feedback ------------------------------------------------------------------

    def show_failure(self, message: str) -> None:
        """A problem that stays on screen until closed (a failed backup)."""
        self.message_bar.show_message(message)

    def show_refusal(self, message: str) -> None:
        """An edit refused (what was typed stays in its field): until the next
        edit is stored or the facilitator moves elsewhere."""
        self.message_bar.show_message(message, transient=True)

    def show_news(self, message: str) -> None:
        self.message_bar.show_message(message, news=True)

    def show_passing_news(self, message: str) -> None:
        """What an edit did besides (a delete's side effects, a namesake): until
        the next edit, undo or move elsewhere."""
        self.message_bar.show_message(message, news=True, transient=True)

    # -- read-only -------------------------------------------------------------------

    def _lock_editing(self, file_actions: object | None) -> None:
        """Every editing control off; reading, moving around and export stay."""
        from ui.read_only import ReadOnlyGuard

        self.guard = ReadOnlyGuard(self)
        for action in (
            self.undo_action,
            self.redo_action,
            self.new_meeting_action,
            self.removal.action,
        ):
            action.setEnabled(False)  # nothing is ever stored, so Ångra stays off
        self.guard.apply(self)
        # Pages build some controls when first shown: lock those as they appear.
        self.pages.currentChanged.connect(self._relock)
        self.meeting_view.phase_changed.connect(self._relock)
        reopen = getattr(file_actions, "reopen", None)
        if self.banner is not None:
            if reopen is not None:
                self.banner.reopen_requested.connect(reopen)
            else:
                self.banner.reopen.hide()

    def _relock(self, *_args: object) -> None:
        if self.guard is not None:
            self.guard.apply(self)

    def show_shortcuts(self) -> None:
        from ui.help_overlay import HelpOverlay

        HelpOverlay(self).show_over(self)

    def _show_title(self) -> None:
        name = self.forum.forum.get().name
        suffix = self.tr(" (skrivskyddad)") if self.forum.read_only else ""
        self.setWindowTitle(self.tr("{forum} – Samsyn").format(forum=name) + suffix)

    def _on_change(self, change: Change) -> None:
        if change.table == "forum":
            self._show_title()
        elif change.table == "meeting":
            if self.pages.currentIndex() == PAGE_MEETING and not self.forum.meetings.count():
                self._navigate_to(NAV_FORUM)  # the last meeting is gone: no empty page
            self.minutes.update_actions()  # the meeting shown may be gone
            self.removal.update_action()

    # -- window state --------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        self._restore_splitters(self)

    def _restore_splitters(self, root: QWidget) -> None:
        settings = QSettings()
        for splitter in self._named_splitters(root):
            state = settings.value(f"window/splitters/{splitter.objectName()}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def _named_splitters(self, root: QWidget | None = None) -> list[QSplitter]:
        """Every splitter of the window and its built pages that has a name to store under.

        A page never built keeps what was stored for it last time.
        """
        root = self if root is None else root
        found = [s for s in root.findChildren(QSplitter) if s.objectName()]
        if isinstance(root, QSplitter) and root.objectName():
            found.append(root)
        return found

    def closeEvent(self, event: QCloseEvent) -> None:
        from ui.drafts import settle_drafts

        if not settle_drafts(self):
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        for splitter in self._named_splitters():
            settings.setValue(f"window/splitters/{splitter.objectName()}", splitter.saveState())
        self.close_session()
        super().closeEvent(event)

    def flush_edits(self) -> None:
        """Store what is being typed (fields store when they lose the keyboard)."""
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()

    def show_stored_values(self) -> None:
        """Every field shows what the file holds (refused values are let go)."""
        self.meeting_view.set_meeting(self.meeting_view.meeting_id)
        if self._forum_slot.is_built:
            self.forum_page.show_info()

    def close_session(self, *, keep_lock: bool = False) -> ForumLock | None:
        """Stop following the file and close the session (releasing its lock).

        ``keep_lock=True`` keeps the lock held and returns it, to reopen or
        restore the same file. Without a session only the signals detach.
        """
        self.signals.detach()
        if self.backup_timer is not None:
            self.backup_timer.stop()
        self.meeting_view.halt()
        self.room.halt()
        if self._search_panel is not None:
            self._search_panel.close()
        if self.session is None or not self._session_open:
            return None
        self._session_open = False
        return self.session.close(keep_lock=keep_lock)
