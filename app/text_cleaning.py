"""Text made safe for WordprocessingML and for one-line places, where it is
shown or exported (the forum file keeps the original). Outside the minutes
package so that using it does not load the minutes (the window's close does).

XML 1.0 cannot hold most C0 control characters, U+FFFE, U+FFFF or lone
surrogates; lxml refuses them ("All strings must be XML compatible"). C1
controls and DEL are allowed there but show as boxes, so they go too. Word's
own Shift+Enter arrives as U+000B, so that one becomes a line break.

``one_line`` is the one cleaning for texts that must stay on one line: e-mail
headers, file names, the footer and document properties.
"""

from __future__ import annotations

import re

# After U+000B has become "\n": the C0 controls other than tab and line feed,
# DEL and the C1 controls, lone surrogates and the two non-characters XML forbids.
_UNSAFE_CHARS = "\x00-\x08\x0c-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
# Characters that show nothing: a text made only of these (and spaces) is empty.
_INVISIBLE_CHARS = "\u200b-\u200d\u2060\ufeff"
_UNSAFE = re.compile(f"[{_UNSAFE_CHARS}]")
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
# What a reader does not see between two characters: both of the above, and the
# soft hyphen (it shows only where a line breaks).
_UNSEEN = re.compile(f"[{_UNSAFE_CHARS}{_INVISIBLE_CHARS}\u00ad]")
ELLIPSIS = "\u2026"


def sanitise(text: str) -> str:
    """``text`` as the minutes print it: "\\n" is a line break, "\\t" a tab."""
    return _UNSAFE.sub("", text.replace("\x0b", "\n"))


def as_read(text: str) -> tuple[str, list[int] | None]:
    """``text`` as a reader of the minutes sees it, for searching what they show.

    What prints as nothing is left out, so "1909\\u200b0527" reads "19090527". The
    second value maps each character kept to its index in ``text``; None when
    nothing was left out (the usual case, then the indexes are the same).
    """
    if not _UNSEEN.search(text):
        return text, None
    kept = [index for index, char in enumerate(text) if not _UNSEEN.match(char)]
    return "".join(text[index] for index in kept), kept


def is_blank(text: str | None) -> bool:
    """True when ``text`` would print as nothing: empty, spaces, controls, zero-width."""
    if not text:
        return True
    if text[0].isalnum():  # the usual case, decided without a pass over a long text
        return False
    return not _INVISIBLE.sub("", sanitise(text)).strip()


def one_line(text: str, limit: int | None = None) -> str:
    """``text`` on one line: sanitised, every run of white space (line breaks,
    tabs) one space, trimmed, and cut to ``limit`` characters with "…" if longer."""
    line = " ".join(sanitise(text).split())
    return shorten(line, limit) if limit is not None else line


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending in "…" when cut."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + ELLIPSIS
