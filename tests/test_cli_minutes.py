"""`samsyn export`, `samsyn email` and the privacy part of `samsyn check`."""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from conftest import VOUCHED, docx_footer, docx_text, sha256

from app.cli import main
from app.forum_file import ForumFile

# A published test number (personnummer/meta test vectors), valid date and check digit.
TEST_NUMBER = "19090527+1474"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _one_refusal(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("samsyn: ")
    return lines[0]


def _latest(path: Path) -> tuple[str, str]:
    from app.minutes import resolve_meeting

    with ForumFile.open(path, read_only=True) as forum:
        meeting = resolve_meeting(forum, "latest")
        return meeting.id, forum.forum.get().name


def _put_number_in_a_gap(path: Path, meeting_id: str) -> str:
    with ForumFile.open(path) as forum:
        gap = forum.gaps.list(meeting_id=meeting_id)[0]
        forum.gaps.update(gap.id, description=f"Brukaren ({TEST_NUMBER}) skrevs ut för tidigt.")
        return gap.title


def test_a_number_hidden_by_an_unprintable_character_is_refused(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Pasted from a case record system: a control character inside the number.
    # The minutes print it without that character, so it is refused as any number.
    meeting_id, _ = _latest(demo_path)
    with ForumFile.open(demo_path) as forum:
        gap = forum.gaps.list(meeting_id=meeting_id)[0]
        forum.gaps.update(gap.id, description="Brukaren 19090527\x01+1474 skrevs ut.")
    out = tmp_path / "minnen.docx"
    code, stdout, err = _run(["export", str(demo_path), "--out", str(out)], capsys)
    assert code == 1 and "samordningsnummer" in _one_refusal(err)
    assert TEST_NUMBER in stdout and "\x01" not in stdout
    code, _, err = _run(["export", str(demo_path), "--out", str(out), "--allow-sensitive"], capsys)
    assert (code, err) == (0, "")
    assert TEST_NUMBER in docx_text(out)
    assert VOUCHED not in docx_footer(out)


def test_export_latest_meeting(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    out = tmp_path / "minnen.docx"
    before = sha256(demo_path)
    code, stdout, err = _run(["export", str(demo_path), "--out", str(out)], capsys)
    assert (code, err) == (0, "")
    assert stdout.strip() == str(out)
    _, forum_name = _latest(demo_path)
    text = docx_text(out)
    assert forum_name in text and "Minnesanteckningar" in text
    assert sha256(demo_path) == before  # export only reads the forum
    code, _, _ = _run(["export", str(demo_path), "--out", str(out), "--lang", "en"], capsys)
    assert code == 0
    assert "Minutes" in docx_text(out)


def test_export_refuses_identity_numbers_unless_allowed(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting_id, _ = _latest(demo_path)
    _put_number_in_a_gap(demo_path, meeting_id)
    out = tmp_path / "minnen.docx"
    out.write_bytes(b"the previous minutes")
    for command, target in (("export", out), ("email", tmp_path / "utkast.eml")):
        code, stdout, err = _run([command, str(demo_path), "--out", str(target)], capsys)
        assert code == 1
        assert "samordningsnummer" in _one_refusal(err)
        assert TEST_NUMBER in stdout  # the findings are listed
        assert "Glapp" in stdout
    assert out.read_bytes() == b"the previous minutes"
    assert not (tmp_path / "utkast.eml").exists()
    code, _, err = _run(["export", str(demo_path), "--out", str(out), "--allow-sensitive"], capsys)
    assert (code, err) == (0, "")
    assert TEST_NUMBER in docx_text(out)
    assert VOUCHED not in docx_footer(out)  # it went out anyway: no promise of privacy
    draft = tmp_path / "utkast.eml"
    code, _, err = _run(["email", str(demo_path), "--out", str(draft), "--allow-sensitive"], capsys)
    assert code == 0 and "samordningsnummer" not in err  # only who the draft misses
    (attachment,) = email.message_from_bytes(
        draft.read_bytes(), policy=policy.default
    ).iter_attachments()
    assert attachment.get_content() == out.read_bytes()  # the attached copy equals the export


def test_check_lists_identity_numbers(demo_path: Path, capsys: pytest.CaptureFixture[str]):
    code, out, _ = _run(["check", str(demo_path)], capsys)
    assert code == 0, out
    assert "Inga person- eller samordningsnummer i texten." in out
    meeting_id, _ = _latest(demo_path)
    _put_number_in_a_gap(demo_path, meeting_id)
    code, out, err = _run(["check", str(demo_path)], capsys)
    assert code == 1
    (line,) = out.strip().splitlines()  # the findings, one a line
    assert TEST_NUMBER in line and "Beskrivning" in line
    assert "ett person- eller samordningsnummer finns i texten; ta bort det" in _one_refusal(err)


def test_export_refusals_leave_nothing(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sha256(demo_path)
    code, _, err = _run(["export", str(demo_path), "--out", str(demo_path)], capsys)
    assert code == 1 and "forumfilen" in _one_refusal(err)
    assert sha256(demo_path) == before
    missing = tmp_path / "finns-inte" / "minnen.docx"
    code, _, err = _run(["export", str(demo_path), "--out", str(missing)], capsys)
    assert code == 1 and "mappen finns inte" in _one_refusal(err)
    assert not missing.parent.exists()
    code, _, err = _run(
        ["export", str(demo_path), "--out", str(tmp_path / "x.docx"), "--meeting", "nej"], capsys
    )
    assert code == 1 and "nej" in _one_refusal(err)
    empty = tmp_path / "tomt.samsyn"
    ForumFile.create(empty, "Tomt forum").close()
    code, _, err = _run(["email", str(empty), "--out", str(tmp_path / "x.eml")], capsys)
    assert code == 1 and "inga träffar" in _one_refusal(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.samsyn", "tomt.samsyn"]
    code, _, err = _run(
        ["export", str(demo_path), "--out", str(tmp_path / "x.docx"), "--lang", "fi"], capsys
    )
    assert code == 2


def test_email_draft_carries_the_exported_minutes(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting_id, forum_name = _latest(demo_path)
    minutes = tmp_path / "minnen.docx"
    draft = tmp_path / "utkast.eml"
    assert _run(["export", str(demo_path), "--out", str(minutes)], capsys)[0] == 0
    code, stdout, err = _run(["email", str(demo_path), "--out", str(draft)], capsys)
    assert (code, stdout.strip()) == (0, str(draft))
    parsed = email.message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    assert parsed["X-Unsent"] == "1"
    assert parsed["Subject"].startswith(f"Minnesanteckningar – {forum_name} – ")
    with ForumFile.open(demo_path, read_only=True) as forum:
        expected, missing = [], []
        for row in forum.attendance.list(meeting_id=meeting_id):
            person = forum.people.get(row.person_id)
            if person.email:
                expected.append(person.email)
            else:
                missing.append(person.name)
    assert expected, "the demo meeting should have participants with addresses"
    assert [a.addr_spec for a in parsed["To"].addresses] == expected
    assert all(name in _one_refusal(err) for name in missing)  # those without, by name
    body = parsed.get_body(("plain",))
    assert body is not None and forum_name in body.get_content()
    (attachment,) = list(parsed.iter_attachments())
    assert attachment.get_filename().endswith(".docx")
    assert attachment.get_content() == minutes.read_bytes()
    assert VOUCHED in docx_footer(minutes)  # nothing found: the footer vouches for them


def _email_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], participants: list[tuple[str, str]]
) -> tuple[str, EmailMessage]:
    """``samsyn email`` of a one-meeting forum with these (name, address)
    participants: what it said on stderr, and the draft it wrote (exit 0)."""
    forum_path = tmp_path / "forum.samsyn"
    with ForumFile.create(forum_path, "Nytt forum") as forum:
        meeting = forum.meetings.create(title="Första träffen", date="2026-11-20")
        for name, address in participants:
            person = forum.people.create(name=name, email=address)
            forum.attendance.create(meeting_id=meeting.id, person_id=person.id, status="present")
    draft = tmp_path / "utkast.eml"
    code, stdout, err = _run(["email", str(forum_path), "--out", str(draft)], capsys)
    assert (code, stdout.strip()) == (0, str(draft))
    parsed = email.message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return err, parsed


def test_an_email_draft_without_recipients_is_written_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err, parsed = _email_to(tmp_path, capsys, [("Utan Adress", "")])
    assert "inga mottagare. Ingen av deltagarna kan nås: Utan Adress (ingen e-postadress)." in (
        _one_refusal(err)
    )
    assert parsed["To"] is None and parsed["X-Unsent"] == "1"


def test_an_email_draft_names_the_participants_it_does_not_reach(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err, parsed = _email_to(
        tmp_path,
        capsys,
        [
            ("Anna Adress", "anna.adress@example.se"),
            ("Utan Adress", ""),
            ("Fel Adress", "fel.adress(at)example.se"),
        ],
    )
    assert _one_refusal(err) == (
        "samsyn: Obs: utkastet går inte till Utan Adress (ingen e-postadress); Fel Adress "
        "(e-postadressen går inte att använda). Lägg till dem i e-postprogrammet, eller "
        "rätta adresserna i Samsyn och skriv utkastet igen."
    )
    assert parsed["To"] == "Anna Adress <anna.adress@example.se>"


def test_empty_values_and_odd_targets_get_a_clear_sentence(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command, suffix in (("export", ".docx"), ("email", ".eml")):
        code, _, err = _run([command, str(demo_path), "--out", ""], capsys)
        assert (code, _one_refusal(err)) == (1, "samsyn: Ange ett filnamn efter --out.")
        code, _, err = _run(
            [command, str(demo_path), "--out", str(tmp_path / f"x{suffix}"), "--meeting", ""],
            capsys,
        )
        assert (code, _one_refusal(err)) == (
            1,
            "samsyn: Ange ett träff-id eller latest efter --meeting.",
        )
    code, _, err = _run(["export", str(demo_path), "--out", str(tmp_path)], capsys)
    refusal = _one_refusal(err)
    assert code == 1 and "det är en mapp. Ange ett filnamn" in refusal
    assert "Stäng programmet" not in refusal
    missing = tmp_path / "saknas" / "x.docx"
    code, _, err = _run(["export", str(demo_path), "--out", str(missing)], capsys)
    assert "mappen finns inte. Välj en mapp som finns" in _one_refusal(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.samsyn"]


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_a_folder_that_takes_no_files(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["export", str(demo_path), "--out", "/proc/x.docx"], capsys)
    refusal = _one_refusal(err)
    assert code == 1 and "det går inte att skapa filer i den mappen" in refusal
    assert "mappen finns inte" not in refusal


def test_new_forum_in_a_missing_folder_is_all_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "saknas" / "a.samsyn"
    code, _, err = _run(["new", str(target), "--forum", "Forum"], capsys)
    assert (code, _one_refusal(err)) == (
        1,
        "samsyn: Det gick inte att skriva a.samsyn: mappen finns inte. Välj en mapp som finns "
        "och försök igen.",
    )


def test_an_address_counts_for_the_e_mail_only(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting_id, _ = _latest(demo_path)
    with ForumFile.open(demo_path) as forum:
        row = forum.attendance.list(meeting_id=meeting_id)[0]
        forum.people.update(row.person_id, email=f"{TEST_NUMBER}@example.se")
        # Nobody's phone number is in the minutes or the e-mail.
        forum.people.create(name="Utan Träff", phone=TEST_NUMBER)
    code, _, err = _run(["export", str(demo_path), "--out", str(tmp_path / "m.docx")], capsys)
    assert (code, err) == (0, "")
    code, stdout, err = _run(["email", str(demo_path), "--out", str(tmp_path / "m.eml")], capsys)
    assert code == 1 and "--allow-sensitive" in _one_refusal(err)
    assert TEST_NUMBER in stdout and "E-post" in stdout
    assert not (tmp_path / "m.eml").exists()
