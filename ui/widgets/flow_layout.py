"""A layout that wraps: items left to right, on as many rows as the width needs.

For rows of buttons and filters that fit one line in a wide window but not in
the smallest one (960 px): they wrap instead of being cut short or squeezed.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items at their preferred width, wrapping to a new row when the next one
    would not fit. In each row, horizontally expanding items (a search field)
    share the width left over; items are centred vertically in their row.

    Its height follows its width (heightForWidth), so the layout above gives it
    room for every row it needs.
    """

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6, row_spacing: int = 6):
        super().__init__(parent)
        # Qt's own layouts delete their items when destroyed; a Python subclass
        # cannot hook that, so these few small items outlive a destroyed page
        # (a forum switch). Accepted: a few hundred bytes per switch.
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._row_spacing = row_spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- the items -----------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def _visible(self) -> list[QLayoutItem]:
        """Shown widgets and spacers (a spacer counts as empty, but it takes room)."""
        return [i for i in self._items if not i.isEmpty() or i.spacerItem() is not None]

    # -- sizes ---------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Everything on one row."""
        items = self._visible()
        width = sum(item.sizeHint().width() for item in items)
        width += self._spacing * max(0, len(items) - 1)
        height = max((item.sizeHint().height() for item in items), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """One item per row: as wide as the widest item needs at least."""
        size = QSize(0, 0)
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return self._with_margins(size)

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing -------------------------------------------------------------------

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def _rows(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        """The visible items row by row, each with its width in that row."""
        rows: list[list[tuple[QLayoutItem, int]]] = []
        used = 0
        for item in self._visible():
            wanted = max(item.sizeHint().width(), item.minimumSize().width())
            item_width = min(wanted, width)
            if rows and used + self._spacing + item_width <= width:
                rows[-1].append((item, item_width))
                used += self._spacing + item_width
            else:
                rows.append([(item, item_width)])
                used = item_width
        for row in rows:
            self._share_spare_width(row, width)
        return rows

    def _share_spare_width(self, row: list[tuple[QLayoutItem, int]], width: int) -> None:
        spare = width - sum(w for _, w in row) - self._spacing * (len(row) - 1)
        growing = [
            i
            for i, (item, _) in enumerate(row)
            if item.expandingDirections() & Qt.Orientation.Horizontal
        ]
        for position, index in enumerate(growing):
            item, item_width = row[index]
            share = spare // (len(growing) - position)
            grown = min(item_width + share, max(item_width, item.maximumSize().width()))
            spare -= grown - item_width
            row[index] = (item, grown)

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Place the items in ``rect`` (when ``place``); the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for number, row in enumerate(self._rows(max(1, area.width()))):
            if number:
                y += self._row_spacing
            height = max(item.sizeHint().height() for item, _ in row)
            x = area.x()
            for item, width in row:
                wanted = max(item.sizeHint().height(), item.minimumSize().height())
                item_height = min(height, wanted)
                if place:
                    top = y + (height - item_height) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, item_height)))
                x += width + self._spacing
            y += height
        return y - rect.y() + margins.bottom()


def labelled(text: str, field: QWidget, parent: QWidget) -> QWidget:
    """``text`` as the label (and Alt+letter buddy) of ``field``: one item of a
    flow, so the two never land on different rows."""
    pair = QWidget(parent)
    layout = QHBoxLayout(pair)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    label = QLabel(text, pair)
    label.setBuddy(field)
    layout.addWidget(label)
    layout.addWidget(field)  # no stretch: it would make every pair expand, not only fields
    return pair


def right_aligned(widgets: list[QWidget], parent: QWidget) -> QWidget:
    """``widgets`` side by side as one item of a flow, at the right of its row
    (they take the row's spare width), and so of the row they wrap to."""
    group = QWidget(parent)
    layout = QHBoxLayout(group)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addStretch(1)
    for widget in widgets:
        layout.addWidget(widget)
    return group
