"""Text made safe for WordprocessingML, at export only (the forum file keeps the original).

XML 1.0 cannot hold most C0 control characters, U+FFFE, U+FFFF or lone
surrogates; lxml refuses them ("All strings must be XML compatible"). Word's
own Shift+Enter arrives as U+000B, so that one becomes a line break.
"""

from __future__ import annotations

import re

# After U+000B has become "\n": the C0 controls other than tab and line feed,
# lone surrogates and the two non-characters XML forbids.
_UNSAFE = re.compile("[\x00-\x08\x0c-\x1f\ud800-\udfff\ufffe\uffff]")


def sanitise(text: str) -> str:
    """``text`` as the minutes print it: "\\n" is a line break, "\\t" a tab."""
    return _UNSAFE.sub("", text.replace("\x0b", "\n"))
