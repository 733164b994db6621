import pytest

from ui.entry_formats import normalise_date, normalise_time


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13", "13:00"),
        ("9", "09:00"),
        ("9.30", "09:30"),
        ("9:30", "09:30"),
        ("0930", "09:30"),
        ("930", "09:30"),
        (" 16.00 ", "16:00"),
        ("23:59", "23:59"),
        ("24:00", "24:00"),  # left for the service to refuse, with its message
        ("kvart över", "kvart över"),
    ],
)
def test_times(typed: str, stored: str) -> None:
    assert normalise_time(typed) == stored


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("20270115", "2027-01-15"), ("2027-01-15", "2027-01-15"), ("15/1", "15/1")],
)
def test_dates(typed: str, stored: str) -> None:
    assert normalise_date(typed) == stored
