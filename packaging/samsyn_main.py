"""Entry point of the frozen program: the same as ``python -m app``.

A script of its own, outside app/, because PyInstaller puts the entry
script's folder on the module path and app/'s modules must not become
top-level modules of the bundle.
"""

import os
import sys

# A windowed Windows executable starts without stdout and stderr; the command
# line and the window both write a line there on refusal, so give them a sink.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from app.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
