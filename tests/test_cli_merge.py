"""``samsyn merge FILE SOURCE...`` as a facilitator runs it, in a real process."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import run_python, sha256

from app.forum_file import ForumFile


def _group_copy(demo_path: Path, name: str) -> Path:
    copy = demo_path.with_name(name)
    shutil.copyfile(demo_path, copy)
    return copy


def test_merge_reports_each_group_and_backs_up_where_the_window_looks(
    demo_path: Path, tmp_path: Path
) -> None:
    group = _group_copy(demo_path, "grupp1.samsyn")
    with ForumFile.open(group) as forum:
        meeting = forum.meetings.list()[0]
        gap = forum.gaps.create(meeting_id=meeting.id, title="Ingen tar emot på lördagar")
        forum.causes.create(gap_id=gap.id, text="Bemanningen räcker inte")
        forum.causes.create(gap_id=gap.id, text="Ingen rutin för helger")
    unchanged = _group_copy(demo_path, "grupp2.samsyn")

    done = run_python(["-m", "app", "merge", str(demo_path), str(group), str(unchanged)], tmp_path)

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Från grupp1.samsyn: 1 glapp och 2 orsaker tillkom.",
        "Från grupp2.samsyn: inget nytt.",
    ]
    with ForumFile.open(demo_path, read_only=True) as merged:
        assert any(g.title == "Ingen tar emot på lördagar" for g in merged.gaps.list())
    (backup,) = (tmp_path / "data").rglob("*-before-merge.samsyn")
    assert backup.parent.parent.parent == tmp_path / "data" / "Samsyn" / "Samsyn"


def test_merge_refusals_are_one_line_and_change_nothing(demo_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "annat.samsyn"
    ForumFile.create(other, "Ett annat forum").close()
    before = sha256(demo_path)

    refused = run_python(["-m", "app", "merge", str(demo_path), str(other)], tmp_path)

    assert refused.returncode == 1
    assert refused.stderr.startswith("samsyn: Inget slogs samman: annat.samsyn hör till")
    assert len(refused.stderr.splitlines()) == 1 and "Traceback" not in refused.stderr
    assert sha256(demo_path) == before
    usage = run_python(["-m", "app", "merge", str(demo_path)], tmp_path)
    assert usage.returncode == 2
