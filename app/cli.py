"""The command line: the same program as the window, without one.

Exit status: 0 success; 1 a refusal or bad input (one line on stderr that
starts with ``samsyn:``); 2 a usage error.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from app.forum_lock import ForumLock
    from app.mail_draft import SkippedRecipient
    from storage.opening import OpenAhead

OK, REFUSED, USAGE = 0, 1, 2
# As app.cli_args lists them (not imported here: it loads argparse).
COMMANDS = ("new", "demo", "import", "dump", "export", "email", "check", "merge")


def _out(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _require_suffix(path: Path | None, suffix: str) -> None:
    """Refuse a name with another ending than ``suffix`` for a file the command
    writes: a file whose name hides what it is opens in the wrong program, or none.

    The window adds the ending itself; a command line says what it will write.
    An empty --out is left to the command, which asks for one.
    """
    if path is None or path.suffix.lower() == suffix or str(path) in ("", "."):
        return
    from app.errors import RuleViolation
    from storage.header import starts_as_sqlite

    try:
        if path.is_dir() or starts_as_sqlite(path):
            return  # a folder or a forum file: the command's own refusal says so
    except OSError:
        return  # a name the system refuses: the write says why

    name = path.name.rstrip(".") or path.name
    stem, ending = Path(name).stem, Path(name).suffix[1:]
    if stem.lower().endswith(suffix):  # "forum.samsyn.bak": the name it had
        suggested = stem
    elif ending.isalpha():  # "m.txt": another kind of file's ending
        suggested = stem + suffix
    else:  # "m.2026" or "m": no ending of a kind
        suggested = name + suffix
    raise RuleViolation("suffix_" + suffix[1:], suggested)


def _require_name(path: Path | None, rule: str = "no_file_name") -> None:
    """An empty file name (argparse makes it ".") is asked for, not taken for
    the current folder; ``rule`` says which name is missing."""
    if path is not None and str(path) in ("", "."):
        from app.errors import RuleViolation

        raise RuleViolation(rule)


def _require_forum(path: Path) -> None:
    """The forum a command reads is there and is one, said before anything about
    the file it would write: the input is the first thing to put right."""
    from storage.checks import check_file

    _require_name(path)
    check_file(path)


def _cmd_new(args: argparse.Namespace) -> int:
    from app.forum_file import ForumFile

    _require_name(args.file)
    _require_suffix(args.file, ".samsyn")
    with ForumFile.create(args.file, args.forum):
        pass
    _out(f"{args.file}\n")
    return OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import create_demo

    _require_name(args.file)
    _require_suffix(args.file, ".samsyn")
    with create_demo(args.file):
        pass
    _out(f"{args.file}\n")
    return OK


def _cmd_import(args: argparse.Namespace) -> int:
    from app.exchange.files import import_into_new_file, load_exchange_file
    from storage.errors import FileAlreadyExists, IsFolder

    _require_name(args.file)
    _require_suffix(args.file, ".samsyn")
    if args.file.is_dir():
        raise IsFolder(args.file)
    if args.file.exists():
        raise FileAlreadyExists(args.file)
    rows = load_exchange_file(args.json)
    with import_into_new_file(rows, args.file):
        pass
    _out(f"{args.file}\n")
    return OK


def _cmd_dump(args: argparse.Namespace) -> int:
    from app.exchange.files import dump_text, write_dump
    from storage.database import ForumDatabase

    _require_forum(args.file)
    _require_name(args.out, "no_output_name")
    _require_suffix(args.out, ".json")
    with ForumDatabase.open(args.file, read_only=True) as db:
        if args.out is not None:
            write_dump(db, args.out)
        else:
            sys.stdout.buffer.write(dump_text(db).encode("utf-8"))
            sys.stdout.flush()
    return OK


def _cmd_export(args: argparse.Namespace) -> int:
    from app.minutes_out import export_meeting_minutes

    _require_forum(args.file)
    _require_suffix(args.out, ".docx")
    export_meeting_minutes(
        args.file, args.out, args.meeting, args.lang, allow_sensitive=args.allow_sensitive
    )
    _out(f"{args.out}\n")
    return OK


def _cmd_email(args: argparse.Namespace) -> int:
    from app.minutes_out import write_meeting_email

    _require_forum(args.file)
    _require_suffix(args.out, ".eml")
    message, skipped = write_meeting_email(
        args.file, args.out, args.meeting, args.lang, allow_sensitive=args.allow_sensitive
    )
    _out(f"{args.out}\n")
    note = _unreached_note(bool(message.get("To")), skipped)
    if note:
        # Still a useful draft (addresses can be added in the mail client), so
        # written, and exit 0; but said, as the window's send dialog says it.
        sys.stderr.write(f"samsyn: {note}\n")
    return OK


def _unreached_note(has_recipients: bool, skipped: Sequence[SkippedRecipient]) -> str:
    """Who on the attendance list the draft does not reach, and why; "" for nobody."""
    from app.i18n import translate

    if has_recipients and not skipped:
        return ""
    people = "; ".join(f"{one.name} ({one.reason_text()})" for one in skipped)
    if not has_recipients:
        if not skipped:
            return translate(
                "Cli",
                "Obs: utkastet har inga mottagare, eftersom träffen inte har några deltagare. "
                "Lägg till adresserna i e-postprogrammet.",
            )
        return translate(
            "Cli",
            "Obs: utkastet har inga mottagare. Ingen av deltagarna kan nås: {people}. Lägg "
            "till adresserna i e-postprogrammet, eller rätta dem i Samsyn och skriv utkastet "
            "igen.",
        ).format(people=people)
    return translate(
        "Cli",
        "Obs: utkastet går inte till {people}. Lägg till dem i e-postprogrammet, eller "
        "rätta adresserna i Samsyn och skriv utkastet igen.",
    ).format(people=people)


def _cmd_check(args: argparse.Namespace) -> int:
    from app.checks import check_forum_file

    _require_name(args.file)
    findings, summary = check_forum_file(args.file)
    if not findings:
        _out(f"{summary}\n")
        return OK
    for line in findings:  # the list the refusal line refers to
        _out(f"{line}\n")
    sys.stderr.write(f"samsyn: {summary}\n")
    return REFUSED


def _cmd_merge(args: argparse.Namespace) -> int:
    from app.merging import merge_files
    from app.merging.report import summary

    for result in merge_files(args.file, args.sources):
        _out(f"{summary(result)}\n")
    return OK


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": _cmd_new,
    "demo": _cmd_demo,
    "import": _cmd_import,
    "dump": _cmd_dump,
    "export": _cmd_export,
    "email": _cmd_email,
    "check": _cmd_check,
    "merge": _cmd_merge,
}


def _refusal(exc: BaseException, source: Path | None) -> int:
    from app.errors import SensitiveText
    from app.messages import describe

    if isinstance(exc, SensitiveText):
        for line in exc.findings:  # the list the refusal refers to
            _out(f"{line}\n")
    sys.stderr.write(f"samsyn: {describe(exc, source)}\n")
    return REFUSED


def _internal_error(exc: BaseException) -> int:
    """Never a traceback on the user's screen: it goes to a log file instead."""
    import tempfile  # only here: every import of this module is paid at start-up
    import traceback

    with tempfile.NamedTemporaryFile(
        "w", prefix="samsyn-error-", suffix=".log", delete=False, encoding="utf-8"
    ) as log:
        traceback.print_exception(exc, file=log)
    from app.i18n import translate

    text = translate(
        "Messages",
        "Ett oväntat fel inträffade ({error}). Inget har skrivits; detaljer finns i {log}.",
    )
    sys.stderr.write("samsyn: " + text.format(error=type(exc).__name__, log=log.name) + "\n")
    return REFUSED


def _run_command(argv: Sequence[str]) -> int:
    from app.cli_args import command_parser
    from app.errors import SamsynError
    from app.paths import name_application
    from storage.errors import StorageError

    args = command_parser().parse_args(argv)
    name_application()
    try:
        return _HANDLERS[args.command](args)
    except (SamsynError, StorageError) as exc:
        return _refusal(exc, getattr(args, "json", None))
    except BrokenPipeError:
        return OK


def _window_arguments(argv: Sequence[str]) -> tuple[Path | None, bool]:
    """FILE and --smoke, as the window parser reads them.

    The usual forms ([FILE] [--smoke], in either order) are read without
    building the parser: argparse costs start-up time (issue 6).
    """
    files = [arg for arg in argv if arg != "--smoke"]
    smoke = len(argv) - len(files)
    if len(files) <= 1 and smoke <= 1 and all(arg and not arg.startswith("-") for arg in files):
        return (Path(files[0]) if files else None), smoke == 1
    from app.cli_args import window_parser

    args = window_parser().parse_args(argv)
    return args.file, args.smoke


def _check_ahead(file: Path) -> tuple[OpenAhead | None, ForumLock | None]:
    """Lock ``file``, then start its checks on a worker thread (issue 6).

    They run while the window's modules load: SQLite leaves the GIL while it
    checks. The lock comes first, as in every open: nothing touches a file
    another Samsyn edits. When it cannot be taken the window's own open says
    why, and offers what it can.
    """
    from app.forum_lock import ForumLock
    from storage.errors import StorageError
    from storage.opening import OpenAhead

    lock = ForumLock(file)
    try:
        lock.acquire()
    except StorageError:
        return None, None
    return OpenAhead(file), lock


def _run_window(argv: Sequence[str]) -> int:
    first = next((arg for arg in argv if arg and not arg.startswith("-")), None)
    if first is not None and not Path(first).exists() and Path(first).suffix != ".samsyn":
        # Most likely a mistyped command ("samsyn open FILE"); a new forum file
        # is only made for *.samsyn.
        from app.cli_args import window_parser
        from app.i18n import translate

        window_parser().error(
            translate(
                "Cli",
                "{file}: inget sådant kommando och ingen sådan fil (kommandon: {commands}; "
                "en forumfil öppnas med samsyn FIL; nya forumfiler slutar på .samsyn)",
            ).format(file=first, commands=", ".join(COMMANDS))
        )
    file, smoke = _window_arguments(argv)
    # The start-up allocates many long-lived objects (modules, Qt types, the
    # forum's rows) that the cyclic collector would scan again and again; it
    # waits until the window has painted (issue 6).
    gc.disable()
    try:
        from app.qt_import import load_qt_core

        load_qt_core()
        ahead, lock = _check_ahead(file) if file is not None and file.is_file() else (None, None)
        from ui.application import run_window

        return run_window(file, smoke=smoke, ahead=ahead, lock=lock)
    finally:
        gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    try:
        from app.i18n import install_language, system_language

        install_language(system_language())
        if argv and argv[0] in COMMANDS:
            return _run_command(argv)
        return _run_window(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        return _internal_error(exc)
