"""Every exit status of the command line, with real files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import run_python, sha256

from app import __version__
from app.cli import main


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _assert_refusal(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("samsyn: ")
    assert "Traceback" not in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["--version"], capsys)
    assert (code, out.strip()) == (0, f"samsyn {__version__}")


def test_new_then_refuse_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "forum.samsyn"
    assert _run(["new", str(path), "--forum", "Samverkan Norrby"], capsys)[0] == 0
    before = sha256(path)
    code, _, err = _run(["new", str(path), "--forum", "Annat"], capsys)
    assert code == 1
    _assert_refusal(err)
    assert "finns redan" in err
    assert sha256(path) == before


def test_new_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["new", str(tmp_path / "f.samsyn")], capsys)  # --forum missing
    assert code == 2
    assert "samsyn:" in err
    assert not (tmp_path / "f.samsyn").exists()
    assert _run(["new", str(tmp_path / "f.samsyn"), "--forum", "  "], capsys)[0] == 1
    assert not (tmp_path / "f.samsyn").exists()


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["exprot", "x"], capsys)
    assert code == 2
    assert "samsyn: exprot: inget sådant kommando och ingen sådan fil" in err


def test_open_is_no_command_and_says_how_a_file_is_opened(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Not "unknown arguments: FILE", which blamed the one right word.
    code, _, err = _run(["open", str(demo_path)], capsys)
    assert code == 2
    assert "samsyn: open: inget sådant kommando" in err
    assert "en forumfil öppnas med samsyn FIL" in err
    assert "Traceback" not in err


def test_demo_import_dump_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = tmp_path / "demo.samsyn"
    assert _run(["demo", str(demo)], capsys)[0] == 0
    code, dumped, _ = _run(["dump", str(demo)], capsys)
    assert code == 0
    exchange = tmp_path / "forum.json"
    assert _run(["dump", str(demo), "--out", str(exchange)], capsys)[0] == 0
    assert exchange.read_text("utf-8") == dumped
    copy = tmp_path / "kopia.samsyn"
    assert _run(["import", str(exchange), str(copy)], capsys)[0] == 0
    assert _run(["dump", str(copy)], capsys)[1] == dumped
    assert json.loads(dumped)["forum"]["name"].startswith("Samverkansforum")
    # Dump and check leave nothing beside the file they read.
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "demo.samsyn",
        "forum.json",
        "kopia.samsyn",
    ]


def test_demo_refuses_existing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.samsyn"
    path.write_text("min egen fil", encoding="utf-8")
    code, _, err = _run(["demo", str(path)], capsys)
    assert code == 1
    _assert_refusal(err)
    assert path.read_text(encoding="utf-8") == "min egen fil"


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("{inte json", "inte giltig JSON"),
        ('{"format": "samsyn-exchange", "version": 1}', "fältet ”forum” saknas"),
        ('{"format": "samsyn-exchange", "version": 2, "forum": {}}', "fältet ”version” ska vara 1"),
    ],
)
def test_import_refuses_bad_json_without_leaving_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, needle: str
) -> None:
    source = tmp_path / "in.json"
    source.write_text(content, encoding="utf-8")
    target = tmp_path / "ut.samsyn"
    code, _, err = _run(["import", str(source), str(target)], capsys)
    assert code == 1
    _assert_refusal(err)
    assert needle in err
    assert "in.json" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]


def test_import_missing_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(
        ["import", str(tmp_path / "saknas.json"), str(tmp_path / "f.samsyn")], capsys
    )
    assert code == 1
    _assert_refusal(err)
    assert not (tmp_path / "f.samsyn").exists()


def test_import_refuses_existing_target(
    tmp_path: Path, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exchange = tmp_path / "f.json"
    assert _run(["dump", str(demo_path), "--out", str(exchange)], capsys)[0] == 0
    before = sha256(demo_path)
    code, _, err = _run(["import", str(exchange), str(demo_path)], capsys)
    assert code == 1
    _assert_refusal(err)
    assert sha256(demo_path) == before


def test_dump_refused_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "trasig.samsyn"
    path.write_bytes(os.urandom(4096))
    before = sha256(path)
    code, out, err = _run(["dump", str(path)], capsys)
    assert (code, out) == (1, "")
    _assert_refusal(err)
    assert "ingen Samsyn-fil" in err
    assert sha256(path) == before


def test_dump_to_unwritable_place_keeps_old_output(
    tmp_path: Path, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(["dump", str(demo_path), "--out", str(tmp_path / "nej" / "f.json")], capsys)
    assert code == 1
    _assert_refusal(err)
    out_dir = tmp_path / "ut"
    out_dir.mkdir()
    code, _, err = _run(["dump", str(demo_path), "--out", str(out_dir)], capsys)
    assert code == 1
    _assert_refusal(err)


def test_check_healthy_and_damaged(
    tmp_path: Path, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(["check", str(demo_path)], capsys)
    assert code == 0
    assert "filen är hel" in out and "4 träffar" in out
    newer = tmp_path / "nyare.samsyn"
    newer.write_bytes(demo_path.read_bytes())
    import sqlite3

    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = sha256(newer)
    code, _, err = _run(["check", str(newer)], capsys)
    assert code == 1
    _assert_refusal(err)
    assert "nyare version" in err
    assert sha256(newer) == before


def test_check_reports_broken_references(
    tmp_path: Path, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    conn = sqlite3.connect(demo_path)  # foreign_keys off: this is how damage sneaks in
    conn.execute("UPDATE action SET owner_id = '00000000-0000-4000-8000-000000000000'")
    conn.commit()
    conn.close()
    code, out, err = _run(["check", str(demo_path)], capsys)
    assert code == 1
    assert "Trasig hänvisning" in out
    _assert_refusal(err)
    assert "fel hittades" in err


def test_real_process_smoke_and_refusal(tmp_path: Path, demo_path: Path) -> None:
    smoke = run_python(["-m", "app", "--smoke", str(demo_path)], tmp_path)
    assert smoke.returncode == 0, smoke.stderr
    empty = tmp_path / "tom.samsyn"
    empty.write_bytes(b"")
    refused = run_python(["-m", "app", "--smoke", str(empty)], tmp_path)
    assert refused.returncode == 1
    _assert_refusal(refused.stderr)
    assert "tom (0 byte)" in refused.stderr
    assert empty.read_bytes() == b""


GC_PROBE = """
import gc, sys
from PySide6.QtWidgets import QApplication
from app.cli import main

seen = []
quit_after_paint = QApplication.quit

def quit_and_look():  # --smoke quits right after the first paint
    seen.append(gc.isenabled())
    quit_after_paint()

QApplication.quit = quit_and_look
code = main(["--smoke", sys.argv[1]])
print(seen == [True], gc.get_freeze_count() > 0, flush=True)
sys.exit(code)
"""


def test_window_start_pauses_the_collector_and_freezes_what_it_built(
    tmp_path: Path, demo_path: Path
) -> None:
    # The cyclic collector waits while the window is built, then what start-up
    # built is frozen out of its way (issue 6); it must run again afterwards.
    done = run_python(["-c", GC_PROBE, str(demo_path)], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"]


def test_checks_ahead_wait_for_the_lock(demo_path: Path) -> None:
    # Another Samsyn edits the file (its lock held, its -wal not yet checkpointed):
    # no early check may open it, since closing that connection could checkpoint.
    import sqlite3

    from app.cli import _check_ahead
    from app.forum_lock import ForumLock

    holder = ForumLock(demo_path)
    holder.acquire()
    editor = sqlite3.connect(demo_path)
    editor.execute("PRAGMA wal_autocheckpoint = 0")
    editor.execute("UPDATE forum SET name = 'Ändrat av den andra'")
    editor.commit()
    wal = Path(f"{demo_path}-wal")
    before = sha256(demo_path), wal.read_bytes()
    try:
        assert _check_ahead(demo_path) == (None, None)
        assert (sha256(demo_path), wal.read_bytes()) == before
    finally:
        editor.close()
        holder.release()


def test_checks_ahead_hold_the_lock(demo_path: Path) -> None:
    from app.cli import _check_ahead

    ahead, lock = _check_ahead(demo_path)
    assert ahead is not None and lock is not None and lock.held
    ahead.discard()
    lock.release()


@pytest.mark.parametrize(
    ("command", "target"),
    [
        ("dump", "itself"),
        ("dump", "another forum"),
        ("export", "another forum"),
        ("email", "another forum"),
    ],
)
def test_no_output_is_written_over_a_forum_file(
    tmp_path: Path,
    demo_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    target: str,
) -> None:
    out = demo_path if target == "itself" else tmp_path / "annat forum.samsyn"
    if target != "itself":
        out.write_bytes(demo_path.read_bytes())
    before = sha256(out)
    argv = [command, str(demo_path), "--out", str(out)]
    if command != "dump":
        argv.append("--allow-sensitive")

    code, _, err = _run(argv, capsys)

    assert code == 1
    _assert_refusal(err)
    assert f"{out.name} är en forumfil och skrivs inte över" in err
    assert sha256(out) == before


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("missing", "samsyn: Filen saknas.json finns inte. Kontrollera namnet och mappen."),
        (
            "empty",
            "samsyn: tom.json: filen är tom; välj en utbytesfil som samsyn dump har skrivit.",
        ),
        (
            "forum",
            "samsyn: forum.samsyn: det är en forumfil, inte en utbytesfil (JSON); öppna den i "
            "Samsyn, eller skriv en utbytesfil av den med samsyn dump.",
        ),
        (
            "broken",
            "samsyn: trasig.json: filen är inte giltig JSON (fel på rad 1, tecken 12); rätta "
            "den eller skriv den på nytt med samsyn dump.",
        ),
    ],
)
def test_import_of_what_is_not_an_exchange_file_says_what_it_is(
    tmp_path: Path,
    demo_path: Path,
    capsys: pytest.CaptureFixture[str],
    given: str,
    said: str,
) -> None:
    source = {
        "missing": tmp_path / "saknas.json",
        "empty": tmp_path / "tom.json",
        "forum": tmp_path / "forum.samsyn",
        "broken": tmp_path / "trasig.json",
    }[given]
    if given == "empty":
        source.write_bytes(b"\n")
    elif given == "forum":
        source.write_bytes(demo_path.read_bytes())
    elif given == "broken":
        source.write_text('{"format": ', encoding="utf-8")
    target = tmp_path / "ny.samsyn"

    code, _, err = _run(["import", str(source), str(target)], capsys)

    assert code == 1
    _assert_refusal(err)
    assert err.strip() == said
    assert not target.exists()


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["new", "x.docx", "--forum", "A"], "namn ska sluta på .samsyn, till exempel x.samsyn."),
        (["new", "forum", "--forum", "A"], "till exempel forum.samsyn."),
        (["demo", "demo.txt"], "till exempel demo.samsyn."),
        (["import", "IN", "x.txt"], "till exempel x.samsyn."),
        (["dump", "DEMO", "--out", "d.txt"], "ska sluta på .json, till exempel d.json."),
        (["export", "DEMO", "--out", "m.txt"], "ska sluta på .docx, till exempel m.docx."),
        (["export", "DEMO", "--out", "m.2026"], "till exempel m.2026.docx."),
        (["email", "DEMO", "--out", "m.docx"], "ska sluta på .eml, till exempel m.eml."),
    ],
)
def test_a_file_is_named_for_what_it_is(
    tmp_path: Path,
    demo_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    said: str,
) -> None:
    err = _refused_leaving_nothing(tmp_path, demo_path, capsys, monkeypatch, argv)
    assert said in err


@pytest.mark.parametrize("command", ["dump", "export", "email"])
def test_a_missing_forum_is_said_before_a_wrong_ending(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    out = tmp_path / "ut.txt"
    code, _, err = _run([command, str(tmp_path / "saknas.samsyn"), "--out", str(out)], capsys)
    assert code == 1
    _assert_refusal(err)
    assert "saknas.samsyn finns inte" in err and ".txt" not in err
    assert not out.exists()


def test_endings_are_not_case_sensitive(
    tmp_path: Path, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "Protokoll.DOCX"
    assert _run(["export", str(demo_path), "--out", str(out)], capsys)[0] == 0
    assert out.is_file()


@pytest.mark.parametrize("command", ["new", "demo", "dump", "import", "check", "merge"])
def test_a_folder_is_said_to_be_a_folder(
    tmp_path: Path, demo_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    folder = tmp_path / "mapp"
    folder.mkdir()
    exchange = tmp_path / "in.json"
    _run(["dump", str(demo_path), "--out", str(exchange)], capsys)
    argv = {
        "new": ["new", str(folder), "--forum", "A"],
        "import": ["import", str(exchange), str(folder)],
        "merge": ["merge", str(demo_path), str(folder)],  # a source: a forum or JSON file
    }.get(command, [command, str(folder)])
    code, _, err = _run(argv, capsys)
    assert code == 1
    _assert_refusal(err)
    assert "samsyn: mapp är en mapp, inte en fil. Ange namnet på en fil i mappen" in err
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["new", "", "--forum", "A"],
        ["demo", ""],
        ["import", "IN", ""],
        ["dump", ""],
        ["check", ""],
        ["dump", "DEMO", "--out", ""],
    ],
)
def test_an_empty_file_name_is_asked_for(
    tmp_path: Path,
    demo_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    err = _refused_leaving_nothing(tmp_path, demo_path, capsys, monkeypatch, argv)
    assert "är en mapp" not in err and ("Filnamnet är tomt" in err or "Ange ett filnamn" in err)


@pytest.mark.parametrize(
    ("given", "suggested"),
    [("x.", "x.samsyn"), ("forum.samsyn.bak", "forum.samsyn"), ("Forum 2026", "Forum 2026.samsyn")],
)
def test_the_suggested_name_is_a_sensible_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], given: str, suggested: str
) -> None:
    code, _, err = _run(["demo", str(tmp_path / given)], capsys)
    assert code == 1
    assert err.strip().endswith(f"till exempel {suggested}.")


def _refused_leaving_nothing(
    tmp_path: Path,
    demo_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> str:
    """Run ``argv`` in ``tmp_path`` (DEMO: the demo forum, IN: an exchange file of
    it); it must refuse in one line and leave the folder as it was."""
    monkeypatch.chdir(tmp_path)
    _run(["dump", str(demo_path), "--out", "in.json"], capsys)
    before = sorted(p.name for p in tmp_path.iterdir())
    names = {"DEMO": str(demo_path), "IN": "in.json"}
    code, out, err = _run([names.get(arg, arg) for arg in argv], capsys)
    assert (code, out) == (1, "")
    _assert_refusal(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    return err
