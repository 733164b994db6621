"""A forum named on the command line that does not exist is made only when the
user says so: a mistyped name must not open a new, empty forum."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, run_python

# Answers the question with the button named in argv[2], records what it asked,
# and quits as soon as the window's event loop runs.
ANSWERING = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui import session_dialogs
from ui.application import run_window

def answer(box):
    print("asked:" + box.text(), flush=True)
    print("buttons:" + "|".join(b.text() for b in box.buttons()), flush=True)
    wanted = [b for b in box.buttons() if b.text() == sys.argv[2]]
    return wanted[0] if wanted else None

session_dialogs.run_box = answer
QTimer.singleShot(0, QApplication.quit)
sys.exit(run_window(Path(sys.argv[1])))
"""


@pytest.mark.parametrize("argv", [["--smoke", "{path}"], ["{path}", "--smoke"]])
def test_smoke_on_a_missing_forum_refuses_and_makes_nothing(
    tmp_path: Path, argv: list[str]
) -> None:
    missing = tmp_path / "forumm.samsyn"
    done = run_python(["-m", "app", *(a.format(path=missing) for a in argv)], tmp_path)
    assert done.returncode == 1
    assert (
        done.stderr.strip()
        == "samsyn: Filen forumm.samsyn finns inte. Kontrollera namnet och mappen."
    )
    assert not missing.exists()


def test_cancel_leaves_no_file_and_says_why(tmp_path: Path) -> None:
    missing = tmp_path / "forumm.samsyn"
    done = run_python(["-c", ANSWERING, str(missing), "Avbryt"], tmp_path)
    assert done.returncode == 1
    assert f"asked:Det finns ingen fil som heter forumm.samsyn i mappen {tmp_path}." in done.stdout
    assert "buttons:Skapa nytt forum|Avbryt" in done.stdout
    assert "finns inte" in done.stderr and "Traceback" not in done.stderr
    assert not missing.exists()


def test_create_makes_an_empty_forum_named_after_the_file(tmp_path: Path) -> None:
    wanted = tmp_path / "Samverkan Norrby.samsyn"
    done = run_python(["-c", ANSWERING, str(wanted), "Skapa nytt forum"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "asked:" in done.stdout
    from app.forum_file import ForumFile

    with ForumFile.open(wanted) as forum:
        assert forum.forum.get().name == "Samverkan Norrby"
        assert forum.meetings.list() == []


def test_an_existing_forum_opens_without_a_question(tmp_path: Path, demo_path: Path) -> None:
    done = run_python(["-c", ANSWERING, str(demo_path), "Avbryt"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "asked:" not in done.stdout


def test_a_relative_name_is_shown_in_its_whole_folder(tmp_path: Path) -> None:
    done = run_python(["-c", ANSWERING, "forumm.samsyn", "Avbryt"], tmp_path)
    assert done.returncode == 1
    assert f"i mappen {REPO}." in done.stdout  # not "i mappen ."
    assert not (REPO / "forumm.samsyn").exists()
