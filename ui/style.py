"""The window's few style rules, in one place (readable on a projector).

Each rule set is applied to the widget it styles, not to the whole window:
a window-wide style sheet routes every paint through the (slow) style-sheet
style, which showed up in the capture latency. The sidebar's list is
transparent, so its scroll bar is styled whole: left to the style-sheet style,
its groove was painted black.
"""

ACCENT = "#1f5f99"

SIDEBAR_STYLE = f"""
#sidebar {{ background: #e9edf2; }}
#sidebar QPushButton {{ text-align: left; padding: 7px 10px; border: none; border-radius: 4px; }}
#sidebar QPushButton:hover {{ background: #dde3ea; }}
#sidebar QPushButton:checked {{ background: {ACCENT}; color: white; }}
#sidebar QPushButton#newMeeting {{ border: 1px solid #b8c2cc; background: white; }}
#sidebar QListView {{ border: none; background: transparent; }}
#sidebar QListView::item {{ padding: 6px 6px; border-radius: 4px; }}
#sidebar QListView::item:selected {{ background: {ACCENT}; color: white; }}
#sidebar QScrollBar:vertical {{ background: #e9edf2; width: 10px; margin: 0; }}
#sidebar QScrollBar::handle:vertical {{ background: #b8c2cc; border-radius: 4px;
    min-height: 32px; margin: 0 2px; }}
#sidebar QScrollBar::handle:vertical:hover {{ background: #98a4b0; }}
#sidebar QScrollBar::add-line:vertical, #sidebar QScrollBar::sub-line:vertical {{ height: 0; }}
#sidebar QScrollBar::add-page:vertical, #sidebar QScrollBar::sub-page:vertical {{
    background: none; }}
"""

# Narrow side padding: the step bar adds the rest when the row has room for it
# (step_bar.COMFORT), so eight phases still fit one row in a 1100 px window.
STEP_BAR_STYLE = f"""
QToolButton {{ padding: 5px 4px; border: 1px solid #c9d1da;
    border-radius: 4px; background: #f6f8fa; }}
QToolButton:checked {{ background: {ACCENT}; color: white;
    border-color: {ACCENT}; font-weight: bold; }}
"""
