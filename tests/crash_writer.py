"""Child process for tests/test_storage/test_crash_kill.py: captures until killed.

    python tests/crash_writer.py FORUM SEED [BACKUPS_ROOT]

Opens FORUM as the window does, through app.forum_session.open_session (the
lock, taken over from a killed predecessor; the "open" backup on its worker
thread; backups in BACKUPS_ROOT, default ``backups`` beside FORUM), prints
``opened <0|1>`` (1: the last session did not end cleanly), then stores an
endless stream of edits through the real service calls: a gap, a cause under
it, an action for it, and a vote on the gap. Between edits it calls
``session.tick()`` with a 20 ms automatic interval, so a background backup
is nearly always running alongside the captures. Each edit is printed
(``gap ID``, ``cause ID``, ``action ID``, ``votes ID N``) only after its
service call has returned, that is after its commit, and flushed at once:
what the parent reads is what "the UI" was told is stored. The parent
kills this process with SIGKILL.
"""

from __future__ import annotations

import random
import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.backup_policy import AutoBackup  # noqa: E402
from app.forum_session import open_session  # noqa: E402

WORDS = [
    "hemgång",
    "läkemedelslista",
    "samordnad",
    "vårdplanering",
    "överrapportering",
    "helg",
    "natt",
]


def _text(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))) or "text"


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    root = Path(sys.argv[3]) if len(sys.argv) > 3 else path.parent / "backups"
    rng = random.Random(seed)
    out = sys.stdout
    session = open_session(path, backups_root=root)
    session.auto = AutoBackup(timedelta(milliseconds=20))
    forum = session.forum
    out.write(f"opened {int(session.recovered_from_crash)}\n")
    out.flush()
    meeting = forum.meetings.list()[0]
    number = 0
    while True:
        number += 1
        session.tick()
        gap = forum.gaps.create(
            meeting_id=meeting.id,
            title=f"Glapp {seed}-{number}",
            description=_text(rng, 0, 400),  # up to a few kB: edits of one page or several
        )
        out.write(f"gap {gap.id}\n")
        out.flush()
        cause = forum.causes.create(gap_id=gap.id, text=_text(rng, 1, 30))
        out.write(f"cause {cause.id}\n")
        out.flush()
        action = forum.actions.create(
            meeting_id=meeting.id, gap_id=gap.id, cause_id=cause.id, title=_text(rng, 1, 8)
        )
        out.write(f"action {action.id}\n")
        out.flush()
        votes = rng.randint(1, 9)
        forum.gaps.update(gap.id, votes=votes)
        out.write(f"votes {gap.id} {votes}\n")
        out.flush()


if __name__ == "__main__":
    main()
