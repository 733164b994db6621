"""FlowLayout: one row when there is room, wrapping when there is not."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton, QSizePolicy, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.flow_layout import FlowLayout, labelled


def _flow(qtbot: QtBot) -> tuple[QWidget, QWidget, FlowLayout, list[QWidget]]:
    """The window (the caller keeps it: qtbot holds only a weak reference), the
    flow's widget, the flow and its items."""
    window = QWidget()  # the flow's widget is a child: sized by hand, as a layout would
    window.resize(1200, 400)
    qtbot.addWidget(window)
    host = QWidget(window)
    flow = FlowLayout(host, spacing=6, row_spacing=4)
    search = QLineEdit(host)
    search.setMinimumWidth(150)
    search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    items: list[QWidget] = [labelled("&Sök", search, host)]
    items += [QPushButton(f"Knapp nummer {n}", host) for n in range(4)]
    for item in items:
        flow.addWidget(item)
    window.show()
    return window, host, flow, items


def _rows(items: list[QWidget]) -> int:
    return len({item.y() for item in items if item.isVisible()})


def test_one_row_when_it_fits_and_the_search_takes_what_is_left(qtbot: QtBot) -> None:
    _window, host, flow, items = _flow(qtbot)
    wide = flow.sizeHint().width() + 200
    host.resize(wide, flow.heightForWidth(wide))
    qtbot.waitUntil(lambda: items[-1].geometry().right() == wide - 1)
    assert _rows(items) == 1
    assert items[0].width() == items[0].sizeHint().width() + 200  # the spare width
    assert all(b.width() == b.sizeHint().width() for b in items[1:])


def test_wraps_rather_than_cutting_anything_short(qtbot: QtBot) -> None:
    _window, host, flow, items = _flow(qtbot)
    one_row = flow.heightForWidth(flow.sizeHint().width())
    narrow = items[0].sizeHint().width() + items[1].sizeHint().width() + 6 + 10
    height = flow.heightForWidth(narrow)
    assert height > 2 * one_row
    host.resize(narrow, height)
    qtbot.waitUntil(lambda: _rows(items) > 2)
    for item in items:
        assert item.width() >= item.sizeHint().width()
        assert item.geometry().right() < narrow
        assert item.geometry().bottom() < height
    assert items[0].y() == items[1].y()  # the first two share the first row
    assert flow.minimumSize().width() == max(i.minimumSizeHint().width() for i in items)


def test_a_hidden_item_takes_no_room(qtbot: QtBot) -> None:
    _window, host, flow, items = _flow(qtbot)
    before = flow.sizeHint().width()
    items[2].hide()
    assert flow.sizeHint().width() == before - items[2].sizeHint().width() - 6
    assert flow.count() == len(items)
    assert flow.takeAt(99) is None and flow.itemAt(-1) is None
