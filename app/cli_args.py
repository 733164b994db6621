"""The command line's grammar, help and usage errors, in the user's language.

argparse writes its own words ("usage:", "options", its error messages)
through gettext in English; ``argparse._`` is that gettext hook, and here it
returns them in Samsyn's language, so a help page or a usage error is never
half Swedish, half English. Imported only when a command or an unusual
window argument is given: argparse costs start-up time (issue 6).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import __version__
from app.i18n import QT_TRANSLATE_NOOP, translate

USAGE = 2
# Each command and what it does, in the order the help lists them.
_COMMAND_TEXTS = {
    "new": QT_TRANSLATE_NOOP("Cli", "skapa en tom forumfil"),
    "demo": QT_TRANSLATE_NOOP("Cli", "skapa en forumfil med exempelinnehåll"),
    "import": QT_TRANSLATE_NOOP("Cli", "skapa en forumfil från en utbytesfil (JSON)"),
    "dump": QT_TRANSLATE_NOOP("Cli", "skriv forumet som utbytesfil (JSON)"),
    "export": QT_TRANSLATE_NOOP("Cli", "skriv en träffs minnesanteckningar (Word)"),
    "email": QT_TRANSLATE_NOOP("Cli", "skriv ett e-postutkast till deltagarna med anteckningarna"),
    "check": QT_TRANSLATE_NOOP("Cli", "kontrollera att filen är hel och sök personnummer"),
    "merge": QT_TRANSLATE_NOOP(
        "Cli", "för in andra gruppers forumfiler eller utbytesfiler i forumfilen"
    ),
}
COMMANDS = tuple(_COMMAND_TEXTS)

_C = "Cli"
# argparse's own words that a Samsyn user can meet, by their English msgid.
_ARGPARSE_WORDS = {
    "usage: ": QT_TRANSLATE_NOOP("Argparse", "användning: "),
    "positional arguments": QT_TRANSLATE_NOOP("Argparse", "argument"),
    "options": QT_TRANSLATE_NOOP("Argparse", "flaggor"),
    "show this help message and exit": QT_TRANSLATE_NOOP("Argparse", "visa den här hjälpen"),
    "the following arguments are required: %s": QT_TRANSLATE_NOOP("Argparse", "%s måste anges"),
    "invalid choice: %(value)r (choose from %(choices)s)": QT_TRANSLATE_NOOP(
        "Argparse", "%(value)r går inte att välja (välj bland %(choices)s)"
    ),
    "unrecognized arguments: %s": QT_TRANSLATE_NOOP("Argparse", "okända argument: %s"),
    "expected one argument": QT_TRANSLATE_NOOP("Argparse", "ett värde behövs efter flaggan"),
    "expected at least one argument": QT_TRANSLATE_NOOP("Argparse", "minst ett värde behövs"),
    "argument %(argument_name)s: %(message)s": QT_TRANSLATE_NOOP(
        "Argparse", "%(argument_name)s: %(message)s"
    ),
    "ambiguous option: %(option)s could match %(matches)s": QT_TRANSLATE_NOOP(
        "Argparse", "%(option)s kan betyda flera flaggor: %(matches)s"
    ),
    "ignored explicit argument %r": QT_TRANSLATE_NOOP("Argparse", "%r hör inte till flaggan"),
    "invalid %(type)s value: %(value)r": QT_TRANSLATE_NOOP("Argparse", "ogiltigt värde: %(value)r"),
    "not allowed with argument %s": QT_TRANSLATE_NOOP("Argparse", "går inte ihop med %s"),
}


def _argparse_words(message: str) -> str:
    swedish = _ARGPARSE_WORDS.get(message)
    return message if swedish is None else translate("Argparse", swedish)


argparse._ = _argparse_words  # type: ignore[attr-defined] # argparse's gettext hook


class _Parser(argparse.ArgumentParser):
    """Exits with status 2 and a ``samsyn:`` line that points to the help."""

    def __init__(self, **options: object) -> None:
        super().__init__(add_help=False, **options)  # type: ignore[arg-type]
        self.add_argument(
            "-h", "--help", action="help", help=translate("Cli", "visa den här hjälpen")
        )

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        hint = translate("Cli", "Se {prog} --help.").format(prog=self.prog)
        sys.stderr.write(f"samsyn: {message}. {hint}\n")
        raise SystemExit(USAGE)


def _file_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", type=Path, metavar=translate("Cli", "FIL"), help=translate("Cli", "forumfilen")
    )


def _output_parsers(sub: argparse._SubParsersAction[_Parser]) -> None:
    for name, suffix in (("export", "DOCX"), ("email", "EML")):
        output = _command(sub, name)
        _file_argument(output)
        output.add_argument(
            "--out",
            type=Path,
            required=True,
            metavar=suffix,
            help=translate("Cli", "filen att skriva"),
        )
        output.add_argument(
            "--meeting",
            default="latest",
            metavar="ID|latest",
            help=translate(
                "Cli",
                "träffen (standard: latest, den senaste träffen till och med i dag; "
                "finns ingen ännu, den första som kommer)",
            ),
        )
        output.add_argument(
            "--lang", choices=("sv", "en"), default="sv", help=translate("Cli", "dokumentets språk")
        )
        output.add_argument(
            "--allow-sensitive",
            action="store_true",
            help=translate("Cli", "skriv även om integritetskontrollen hittar personnummer"),
        )


def _command(sub: argparse._SubParsersAction[_Parser], name: str) -> _Parser:
    text = translate(_C, _COMMAND_TEXTS[name])
    return sub.add_parser(name, help=text, description=f"{text[0].upper()}{text[1:]}.")


def command_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="samsyn", description=translate("Cli", "Samsyn utan fönster."))
    sub = parser.add_subparsers(
        dest="command", required=True, parser_class=_Parser, metavar=translate("Cli", "KOMMANDO")
    )
    new = _command(sub, "new")
    _file_argument(new)
    new.add_argument(
        "--forum",
        required=True,
        metavar=translate("Cli", "NAMN"),
        help=translate("Cli", "forumets namn"),
    )
    _file_argument(_command(sub, "demo"))
    imp = _command(sub, "import")
    imp.add_argument("json", type=Path, metavar="JSON", help=translate("Cli", "utbytesfilen"))
    _file_argument(imp)
    dump = _command(sub, "dump")
    _file_argument(dump)
    dump.add_argument(
        "--out",
        type=Path,
        metavar="JSON",
        help=translate("Cli", "filen att skriva (annars stdout)"),
    )
    _output_parsers(sub)
    _file_argument(_command(sub, "check"))
    merge = _command(sub, "merge")
    _file_argument(merge)
    merge.add_argument(
        "sources",
        type=Path,
        nargs="+",
        metavar=translate("Cli", "KÄLLA"),
        help=translate("Cli", "forumfiler (.samsyn) eller utbytesfiler (.json) att föra in"),
    )
    return parser


def window_parser() -> argparse.ArgumentParser:
    width = max(map(len, COMMANDS)) + 2
    listed = "\n".join(
        f"  {name:<{width}}{translate(_C, text)}" for name, text in _COMMAND_TEXTS.items()
    )
    parser = _Parser(
        prog="samsyn",
        usage="samsyn [{file}] | samsyn --smoke {file} | samsyn {command} ...".format(
            file=translate("Cli", "FIL"), command=translate("Cli", "KOMMANDO")
        ),
        description=translate("Cli", "Öppnar Samsyns fönster på forumfilen."),
        epilog=translate("Cli", "Kommandon utan fönster (samsyn KOMMANDO --help visar mer):")
        + "\n"
        + listed,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"samsyn {__version__}",
        help=translate("Cli", "visa versionen"),
    )
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar=translate("Cli", "FIL"),
        help=translate("Cli", "forumfilen (annars den senaste, eller en ny i datamappen)"),
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=translate("Cli", "öppna fönstret, vänta på första ritningen och avsluta"),
    )
    return parser
