"""The identity-number detector: shared vectors, edge cases, generated numbers, speed."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.privacy import (
    PERSONNUMMER,
    SAMORDNINGSNUMMER,
    NumberMatch,
    find_identity_numbers,
)
from app.privacy.numbers import luhn_check_digit

VECTORS = Path(__file__).resolve().parents[3] / "shared" / "data" / "personnummer-list.json"
FORMS = ("long_format", "short_format", "separated_format", "separated_long")
SENTENCE = "Brukaren med personnummer {x} skrevs ut i går."


def _vector_cases() -> list[Any]:
    if not VECTORS.exists():
        return [pytest.param(None, None, marks=pytest.mark.skip(reason=f"{VECTORS} saknas"))]
    rows = json.loads(VECTORS.read_text(encoding="utf-8"))
    return [
        pytest.param(row[form], row["valid"], id=f"{row['separated_long']}-{form}")
        for row in rows
        for form in FORMS
    ]


@pytest.mark.parametrize(("number", "valid"), _vector_cases())
def test_shared_vectors_in_a_sentence(number: str, valid: bool) -> None:
    text = SENTENCE.format(x=number)
    found = find_identity_numbers(text)
    if valid:
        start = text.index(number)
        assert [(m.start, m.end, m.text) for m in found] == [(start, start + len(number), number)]
    else:
        assert found == []


def test_shared_vectors_cover_both_answers() -> None:
    if not VECTORS.exists():
        pytest.skip(f"{VECTORS} saknas")
    rows = json.loads(VECTORS.read_text(encoding="utf-8"))
    assert {row["valid"] for row in rows} == {True, False}


def _texts(text: str) -> list[str]:
    return [m.text for m in find_identity_numbers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "(19090527-1474)",
        "nr:190905271474",
        "nr 190905271474.",
        "”090527+1474”",
        '"0905271474",',
        "pnr: 20000229-2399; och sedan",
        "[19570428-9999]",
        "<5704289999>",
        "Se 19460823-9986!",
        "_19460823-9986_",
        "rad ett\n460823-9986\nrad tre",
    ],
)
def test_prose_around_a_number_is_normal(text: str) -> None:
    assert len(find_identity_numbers(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "pnr19090527-1474",  # glued to letters
        "19090527-1474a",
        "ärende19090527-1474",
        "12190905271474",  # inside a 14-digit account number
        "19090527147412",
        "1190905271474",  # 13 digits
        "90905271474",  # 11 digits
        "119090527-1474",  # 9 digits before the separator
        "19090527-14745",
        "1909052-71474",  # separator in the wrong place
        "19090527 1474",  # a space is no separator (shared vectors)
        "090527 1474",
        "19090527--1474",
    ],
)
def test_number_must_stand_alone(text: str) -> None:
    assert find_identity_numbers(text) == []


def test_kind_and_span() -> None:
    text = "Två nummer: 19730288-9931 och 460823-9986."
    assert find_identity_numbers(text) == [
        NumberMatch(12, 25, "19730288-9931", SAMORDNINGSNUMMER),
        NumberMatch(30, 41, "460823-9986", PERSONNUMMER),
    ]


def test_skatteverkets_coordination_number_example() -> None:
    assert find_identity_numbers("701063-2391") == [
        NumberMatch(0, 11, "701063-2391", SAMORDNINGSNUMMER)
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("20000229-2399", True),  # 2000 is a leap year
        ("000229-2399", True),  # 2000-02-29
        ("0002292399", True),
        ("000229+2399", False),  # 100+ years: 1900 and 1800 are not leap years
        ("19000229-2399", False),
        ("18000229-2399", False),
        ("17090527-1474", False),  # no 18th-century numbers
        ("21090527-1474", False),
        ("090527+1474", True),  # 1909
        ("090527-1474", True),  # 2009 (or 1909 with the wrong separator: still found)
        ("19090527+1474", True),
        ("20150916-0006", False),  # birth number 000 is never issued
    ],
)
def test_centuries_and_leap_years(text: str, found: bool) -> None:
    assert bool(find_identity_numbers(text)) is found


def test_unicode_hyphens_are_separators() -> None:
    for dash in "\u2010\u2011\u2013\u2212":
        assert _texts(f"nr 19090527{dash}1474") == [f"19090527{dash}1474"]


@pytest.mark.parametrize(
    "unseen", ["\x01", "\x1f", "\x7f", "\x85", "\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad"]
)
def test_a_number_is_read_as_the_minutes_show_it(unseen: str) -> None:
    # The minutes drop what cannot print and show nothing for zero-width
    # characters, so the reader sees the number whole: so must the check.
    text = f"Brukaren 1909{unseen}0527-14{unseen}74 skrevs ut."
    (match,) = find_identity_numbers(text)
    assert match.text == "19090527-1474"  # as read: safe to show on a terminal
    assert (match.start, match.end) == (9, 9 + len("19090527-1474") + 2)
    assert text[match.start : match.end].replace(unseen, "") == "19090527-1474"


@pytest.mark.parametrize("between", ["X", "0", "=", "*", "/", ",", "."])
def test_only_a_hyphen_or_plus_separates_date_and_serial(between: str) -> None:
    # 19121212-1212 is valid; with anything else between its parts it is not a number.
    assert find_identity_numbers(f"ärende 19121212{between}1212 i texten") == []
    assert _texts("ärende 19121212+1212") == ["19121212+1212"]


def test_a_visible_break_inside_a_number_splits_it() -> None:
    for shown in ("\n", "\x0b", "\t", " "):  # a line break, Word's line break, tab, space
        assert find_identity_numbers(f"19090527{shown}-1474") == []


def test_full_width_digits_are_read_as_digits() -> None:
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in "19090527-1474")  # \uff11 for "1" …
    (match,) = find_identity_numbers(f"nr {full_width}.")
    assert (match.text, match.start, match.end) == ("19090527-1474", 3, 16)


def test_other_unicode_digits_are_not_numbers() -> None:
    # Arabic-Indic digits glued on make it part of a longer number.
    assert find_identity_numbers("\u0661190905271474") == []


PHONE_NUMBERS = [
    "070-123 45 67",
    "+46 70 123 45 67",
    "08-123 456 78",
    "0701234567",
    "031-123 45 67",
    "+46701234567",
    "0046701234567",
    "070-1234567",
    "08-12345678",
    "0812345678",
    "0761234567",
    "073-123 45 67",
    "0910-12 34 56",
    "+46 (0)70-123 45 67",
]


@pytest.mark.parametrize("phone", PHONE_NUMBERS)
def test_phone_numbers_are_not_reported(phone: str) -> None:
    assert find_identity_numbers(f"Ring mig på {phone} efter lunch.") == []


def test_a_phone_number_that_is_also_a_valid_number_is_reported() -> None:
    """Decision: 0701234569 is, as text, the personnummer of someone born
    2007-01-23 (date real, check digit right). The scanner cannot tell them
    apart and errs on the side of finding; the facilitator dismisses it."""
    assert find_identity_numbers("Mobil 0701234569") == [
        NumberMatch(6, 16, "0701234569", PERSONNUMMER)
    ]
    # Written the way phone numbers usually are, it is not reported.
    assert find_identity_numbers("Mobil 070-123 45 69") == []


def test_luhn_check_digit_matches_known_numbers() -> None:
    assert luhn_check_digit("090527147") == 4
    assert luhn_check_digit("811218987") == 6  # Skatteverket's example 811218-9876


# -- generated numbers -------------------------------------------------------

PROSE_CHARS = st.sampled_from(list("abcåäö ABC ,.;:!?()[]”\"'-+/\n\t") + ["  ", " och "])
PROSE = st.lists(PROSE_CHARS, max_size=30).map("".join)


def _number(day: date, serial: int, form: str, *, coordination: bool, wrong: int = 0) -> str:
    dd = day.day + (60 if coordination else 0)
    short = f"{day:%y%m}{dd:02d}{serial:03d}"
    return _assemble(short, f"{day.year // 100:02d}", form, wrong)


def _assemble(nine: str, century: str, form: str, wrong: int = 0) -> str:
    ten = nine + str((luhn_check_digit(nine) + wrong) % 10)
    return {
        "YYYYMMDDNNNN": century + ten,
        "YYYYMMDD-NNNN": f"{century}{ten[:6]}-{ten[6:]}",
        "YYYYMMDD+NNNN": f"{century}{ten[:6]}+{ten[6:]}",
        "YYMMDDNNNN": ten,
        "YYMMDD-NNNN": f"{ten[:6]}-{ten[6:]}",
        "YYMMDD+NNNN": f"{ten[:6]}+{ten[6:]}",
    }[form]


LONG_FORMS = ("YYYYMMDDNNNN", "YYYYMMDD-NNNN", "YYYYMMDD+NNNN")
SHORT_FORMS = ("YYMMDDNNNN", "YYMMDD-NNNN")
ALL_FORMS = (*LONG_FORMS, *SHORT_FORMS, "YYMMDD+NNNN")
SERIALS = st.integers(1, 999)
BIRTH_DAYS = st.dates(date(1800, 1, 1), date(2099, 12, 31))


@st.composite
def valid_numbers(draw: st.DrawFn) -> tuple[str, str]:
    form = draw(st.sampled_from(ALL_FORMS))
    if form == "YYMMDD+NNNN":
        day = draw(st.dates(date(1800, 1, 1), date(1999, 12, 31)))  # 100+ years old
    else:
        day = draw(BIRTH_DAYS)
    coordination = draw(st.booleans())
    number = _number(day, draw(SERIALS), form, coordination=coordination)
    return number, SAMORDNINGSNUMMER if coordination else PERSONNUMMER


@given(valid_numbers(), PROSE, PROSE)
def test_generated_valid_numbers_are_found(
    number_kind: tuple[str, str], before: str, after: str
) -> None:
    number, kind = number_kind
    text = f"{before} {number} {after}"
    start = len(before) + 1
    assert find_identity_numbers(text) == [NumberMatch(start, start + len(number), number, kind)]


@given(
    BIRTH_DAYS,
    SERIALS,
    st.sampled_from(ALL_FORMS),
    st.booleans(),
    st.integers(1, 9),
    PROSE,
    PROSE,
)
def test_wrong_check_digit_is_not_found(
    day: date, serial: int, form: str, coordination: bool, wrong: int, before: str, after: str
) -> None:
    number = _number(day, serial, form, coordination=coordination, wrong=wrong)
    assert find_identity_numbers(f"{before} {number} {after}") == []


IMPOSSIBLE_DATES = st.sampled_from(
    [
        "0230",  # 30 February
        "0231",
        "0290",  # coordination number of 30 February
        "1301",  # month 13
        "0001",  # month 0
        "0100",  # day 0
        "0132",
        "0160",  # day 60 is neither a day nor a coordination day
        "0192",  # day 92
        "1299",
        "0431",  # 31 April
        "0491",
    ]
)


@given(
    st.integers(0, 99),
    IMPOSSIBLE_DATES,
    SERIALS,
    st.sampled_from(ALL_FORMS),
    st.sampled_from(["18", "19", "20"]),
    PROSE,
    PROSE,
)
def test_impossible_dates_are_not_found(
    yy: int, mmdd: str, serial: int, form: str, century: str, before: str, after: str
) -> None:
    number = _assemble(f"{yy:02d}{mmdd}{serial:03d}", century, form)
    assert find_identity_numbers(f"{before} {number} {after}") == []


@given(st.integers(0, 99).filter(lambda yy: yy % 4 != 0), SERIALS, PROSE)
def test_29_february_of_a_common_year_is_not_found(yy: int, serial: int, after: str) -> None:
    # yy not divisible by 4: 29 February is in no century's calendar.
    for form in ALL_FORMS:
        number = _assemble(f"{yy:02d}0229{serial:03d}", "19", form)
        assert find_identity_numbers(f"nr {number} {after}") == []


def _digits(n: int) -> st.SearchStrategy[str]:
    return st.text("0123456789", min_size=n, max_size=n)


PHONE_SHAPES = st.one_of(
    st.builds("07{}-{} {} {}".format, _digits(1), _digits(3), _digits(2), _digits(2)),
    st.builds("+46 7{} {} {} {}".format, _digits(1), _digits(3), _digits(2), _digits(2)),
    st.builds("+467{}".format, _digits(8)),
    st.builds("08-{} {} {}".format, _digits(3), _digits(3), _digits(2)),
    st.builds("08-{}".format, _digits(7)),
    st.builds("0{}-{} {} {}".format, _digits(2), _digits(3), _digits(2), _digits(2)),
    st.builds("0{}-{} {} {}".format, _digits(3), _digits(2), _digits(2), _digits(2)),
    st.builds("0{}-{}".format, _digits(2), _digits(7)),
    st.builds("+46 {}".format, _digits(9)),
    # Mobile series 072, 073, 076, 079 written without spaces: month 2x-9x.
    st.builds("07{}{}".format, st.sampled_from("2369"), _digits(7)),
)


@given(PHONE_SHAPES, PROSE, PROSE)
def test_phone_number_shapes_are_not_found(phone: str, before: str, after: str) -> None:
    assert find_identity_numbers(f"{before} {phone} {after}") == []


# -- speed -------------------------------------------------------------------


def test_a_megabyte_of_text_is_scanned_in_linear_time() -> None:
    paragraph = (
        "Träffen 2026-11-22 kl. 13.00 i Norrby: ring 070-123 45 67 eller 08-123 456 78. "
        "Ärende 2026/1234, konto 1234-5678901234 och 12345678901234567890. "
        "Brukaren 19090527-1474 skrevs ut. "
    )
    prose = paragraph * (1_000_000 // len(paragraph))
    adversarial = [
        "1" * 1_000_000,
        "123456-" * 150_000,
        "12345678+123" * 90_000,
        "1-" * 500_000,
    ]
    started = time.perf_counter()
    found = find_identity_numbers(prose)
    for text in adversarial:
        assert find_identity_numbers(text) == []
    elapsed = time.perf_counter() - started
    assert len(found) == prose.count("19090527-1474")
    assert elapsed < 60  # a generous bound: a backtracking scan would take hours
