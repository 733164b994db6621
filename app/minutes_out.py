"""Minutes leaving Samsyn: the privacy check first, then the Word document or
the e-mail draft. Shared by the command line and the window."""

from __future__ import annotations

import os
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING

from app import model
from app.errors import RuleViolation, SensitiveText
from app.forum_file import ForumFile

if TYPE_CHECKING:
    from app.mail_draft import SkippedRecipient
    from app.privacy.findings import Finding


def chosen_meeting(forum: ForumFile, which: str | None) -> model.Meeting:
    """``which`` is a meeting id, ``latest`` or None (latest)."""
    from app.minutes import resolve_meeting

    if which is not None and not which.strip():
        raise RuleViolation("no_meeting_given")
    if which not in (None, "latest") and forum.meetings.find(which) is None:
        raise RuleViolation("unknown_meeting", which)
    return resolve_meeting(forum, which)


def meeting_findings(
    forum: ForumFile, meeting_id: str, *, for_email: bool = False
) -> list[Finding]:
    """The privacy gate, the same for the window and the command line: each
    identity number in what the meeting's minutes show; with ``for_email``
    also in the e-mail draft's recipients (names and addresses)."""
    from app.privacy import scan_forum

    return scan_forum(forum, meeting_id, for_email=for_email)


def privacy_lines(forum: ForumFile, meeting_id: str, *, for_email: bool = False) -> tuple[str, ...]:
    """One line per finding of ``meeting_findings`` (the command line's refusal)."""
    findings = meeting_findings(forum, meeting_id, for_email=for_email)
    return tuple(finding.line() for finding in findings)


def _check_target(source: Path, target: Path) -> None:
    # An empty --out arrives as Path("") == Path("."): a name is missing, not a file.
    if str(target) in ("", "."):
        raise RuleViolation("no_output_name")
    _refuse_output_over_input(source, target)


def is_forum_file(source: Path, target: Path) -> bool:
    """Would writing ``target`` overwrite the forum file ``source`` (its path, or a link to it)?"""
    try:
        if Path(os.path.abspath(target)) == Path(os.path.abspath(source)):
            return True
        return target.exists() and source.exists() and os.path.samefile(source, target)
    except OSError:
        return False


def _refuse_output_over_input(source: Path, target: Path) -> None:
    # Writing the minutes over the forum file would destroy the forum.
    if is_forum_file(source, target):
        raise RuleViolation("output_is_forum", target.name)


def _checked_meeting(
    forum: ForumFile, which: str | None, *, allow_sensitive: bool, for_email: bool
) -> model.Meeting:
    """The chosen meeting, once the privacy check has nothing to say (or may be ignored)."""
    meeting = chosen_meeting(forum, which)
    findings = privacy_lines(forum, meeting.id, for_email=for_email)
    if findings and not allow_sensitive:
        raise SensitiveText(findings)
    return meeting


def export_meeting_minutes(
    source: Path, target: Path, which: str | None, language: str, *, allow_sensitive: bool
) -> None:
    from app.minutes import export_minutes

    _check_target(source, target)
    with ForumFile.open(source, read_only=True) as forum:
        meeting = _checked_meeting(forum, which, allow_sensitive=allow_sensitive, for_email=False)
        export_minutes(forum, meeting.id, target, language)


def meeting_email(forum: ForumFile, meeting_id: str, language: str) -> EmailMessage:
    """The draft to the meeting's participants, with the minutes attached."""
    from app import minutes
    from app.mail_draft import build_draft, cover_text, meeting_recipients

    meeting = forum.meetings.get(meeting_id)
    shown: list[minutes.ShownText] = []
    content = minutes.gather(forum, meeting_id, language, shown=shown)
    body = cover_text(
        forum_name=forum.forum.get().name,
        meeting_date=meeting.date,
        actions=minutes.cover_actions(content),
        sender=minutes.author(forum, meeting),
        language=language,
    )
    return build_draft(
        subject=minutes.minutes_subject(forum, meeting, language),
        recipients=meeting_recipients(forum, meeting_id),
        body=body,
        # the content gathered once serves body and document
        attachment=minutes.document_of(content, shown),
        attachment_name=minutes.minutes_file_name(forum, meeting, language),
    )


def write_meeting_email(
    source: Path, target: Path, which: str | None, language: str, *, allow_sensitive: bool
) -> tuple[EmailMessage, tuple[SkippedRecipient, ...]]:
    """The draft written to ``target``, and the participants it does not reach."""
    from app.atomic import write_bytes_atomic
    from app.mail_draft import recipient_list

    _check_target(source, target)
    with ForumFile.open(source, read_only=True) as forum:
        meeting = _checked_meeting(forum, which, allow_sensitive=allow_sensitive, for_email=True)
        message = meeting_email(forum, meeting.id, language)
        skipped = recipient_list(forum, meeting.id).skipped
    write_bytes_atomic(target, message.as_bytes())
    return message, skipped
