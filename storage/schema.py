"""Schema of the forum file.

Every table with an ``id`` column holds a UUID that never changes; link tables
(attendance, facilitators, gap organisations, follow-ups) are identified by
their pair of UUIDs. Every row has ``updated_at`` (UTC, ISO 8601) so that files
captured on several laptops can be merged later; a delete leaves a
content-free tombstone (see ``TOMBSTONE_TRIGGERS``).
"""

from __future__ import annotations

from collections.abc import Callable

from storage.records import record

# "SmSy": marks a SQLite file as a Samsyn forum file (PRAGMA application_id).
APPLICATION_ID = 0x536D5379

# The SQL expression for "now" used by triggers; services pass the same
# format from Python (storage.clock.now_iso).
NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

ACTION_STATUSES = ("not_started", "ongoing", "done", "delayed", "cancelled")
GAP_STATUSES = ("open", "in_progress", "resolved", "parked")
ATTENDANCE_STATUSES = ("invited", "present", "excused", "absent")
ORGANISATION_KINDS = ("municipality", "region", "private", "association", "other")
ACTION_KINDS = ("development", "competence", "information", "routine", "escalation", "other")
NOTE_KINDS = ("decision", "parked", "other")


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


_DATE = "CHECK ({col} IS NULL OR {col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')"
_TIME = "CHECK ({col} IS NULL OR {col} GLOB '[0-2][0-9]:[0-5][0-9]')"


def _date(col: str) -> str:
    return _DATE.format(col=col)


def _time(col: str) -> str:
    return _TIME.format(col=col)


SCHEMA_V1 = f"""
CREATE TABLE forum (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL CHECK (trim(name) <> ''),
    area        TEXT NOT NULL DEFAULT '',
    goal        TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE cause_category (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
    position   INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE organisation (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL CHECK (trim(name) <> ''),
    kind       TEXT CHECK (kind IS NULL OR kind IN {_in(ORGANISATION_KINDS)}),
    unit       TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE person (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL CHECK (trim(name) <> ''),
    title           TEXT NOT NULL DEFAULT '',
    organisation_id TEXT REFERENCES organisation(id) ON DELETE SET NULL,
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    position        INTEGER NOT NULL DEFAULT 0,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX person_organisation ON person(organisation_id);

CREATE TABLE meeting (
    id             TEXT PRIMARY KEY,
    title          TEXT NOT NULL CHECK (trim(title) <> ''),
    date           TEXT NOT NULL {_date("date")},
    start          TEXT {_time("start")},
    "end"          TEXT {_time('"end"')},
    location       TEXT NOT NULL DEFAULT '',
    purpose        TEXT NOT NULL DEFAULT '',
    notes_taker_id TEXT REFERENCES person(id) ON DELETE SET NULL,
    phase          INTEGER NOT NULL DEFAULT 0 CHECK (phase BETWEEN 0 AND 8),
    next_date      TEXT {_date("next_date")},
    next_start     TEXT {_time("next_start")},
    next_location  TEXT NOT NULL DEFAULT '',
    next_notes     TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX meeting_date ON meeting(date, start);
CREATE INDEX meeting_notes_taker ON meeting(notes_taker_id);

CREATE TABLE meeting_facilitator (
    meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    person_id  TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (meeting_id, person_id)
) STRICT;
CREATE INDEX meeting_facilitator_person ON meeting_facilitator(person_id);

CREATE TABLE attendance (
    meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    person_id  TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    status     TEXT NOT NULL DEFAULT 'invited' CHECK (status IN {_in(ATTENDANCE_STATUSES)}),
    position   INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (meeting_id, person_id)
) STRICT;
CREATE INDEX attendance_person ON attendance(person_id);

CREATE TABLE agenda_item (
    id         TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    title      TEXT NOT NULL CHECK (trim(title) <> ''),
    minutes    INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 0 AND 1440),
    notes      TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);

CREATE TABLE gap (
    id           TEXT PRIMARY KEY,
    meeting_id   TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    title        TEXT NOT NULL CHECK (trim(title) <> ''),
    description  TEXT NOT NULL DEFAULT '',
    transition   TEXT NOT NULL DEFAULT '',
    target_group TEXT NOT NULL DEFAULT '',
    votes        INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN {_in(GAP_STATUSES)}),
    position     INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX gap_meeting ON gap(meeting_id, position);

CREATE TABLE gap_organisation (
    gap_id          TEXT NOT NULL REFERENCES gap(id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (gap_id, organisation_id)
) STRICT;
CREATE INDEX gap_organisation_organisation ON gap_organisation(organisation_id);

CREATE TABLE cause (
    id          TEXT PRIMARY KEY,
    gap_id      TEXT NOT NULL REFERENCES gap(id) ON DELETE CASCADE,
    parent_id   TEXT REFERENCES cause(id) ON DELETE CASCADE,
    category_id TEXT REFERENCES cause_category(id) ON DELETE SET NULL,
    text        TEXT NOT NULL CHECK (trim(text) <> ''),
    votes       INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    position    INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
CREATE INDEX cause_gap ON cause(gap_id, position);
CREATE INDEX cause_parent ON cause(parent_id);
CREATE INDEX cause_category_ref ON cause(category_id);

-- A "why?" child always belongs to the same gap as the cause it deepens.
CREATE TRIGGER cause_parent_same_gap_insert BEFORE INSERT ON cause
WHEN new.parent_id IS NOT NULL
     AND (SELECT gap_id FROM cause WHERE id = new.parent_id) IS NOT new.gap_id
     AND EXISTS (SELECT 1 FROM cause WHERE id = new.parent_id)
BEGIN
    SELECT RAISE(ABORT, 'cause parent belongs to another gap');
END;
CREATE TRIGGER cause_parent_same_gap_update BEFORE UPDATE OF parent_id, gap_id ON cause
WHEN new.parent_id IS NOT NULL
     AND (SELECT gap_id FROM cause WHERE id = new.parent_id) IS NOT new.gap_id
BEGIN
    SELECT RAISE(ABORT, 'cause parent belongs to another gap');
END;

CREATE TABLE action (
    id              TEXT PRIMARY KEY,
    meeting_id      TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    gap_id          TEXT REFERENCES gap(id) ON DELETE SET NULL,
    cause_id        TEXT REFERENCES cause(id) ON DELETE SET NULL,
    owner_id        TEXT REFERENCES person(id) ON DELETE SET NULL,
    organisation_id TEXT REFERENCES organisation(id) ON DELETE SET NULL,
    title           TEXT NOT NULL CHECK (trim(title) <> ''),
    description     TEXT NOT NULL DEFAULT '',
    due             TEXT {_date("due")},
    status          TEXT NOT NULL DEFAULT 'not_started'
                    CHECK (status IN {_in(ACTION_STATUSES)}),
    kind            TEXT CHECK (kind IS NULL OR kind IN {_in(ACTION_KINDS)}),
    success_measure TEXT NOT NULL DEFAULT '',
    position        INTEGER NOT NULL DEFAULT 0,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX action_meeting ON action(meeting_id);
CREATE INDEX action_gap ON action(gap_id);
CREATE INDEX action_cause ON action(cause_id);
CREATE INDEX action_owner ON action(owner_id);
CREATE INDEX action_organisation ON action(organisation_id);
CREATE INDEX action_position ON action(position);

CREATE TABLE followup (
    meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    action_id  TEXT NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    status     TEXT NOT NULL CHECK (status IN {_in(ACTION_STATUSES)}),
    note       TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (meeting_id, action_id)
) STRICT;
CREATE INDEX followup_action ON followup(action_id);

CREATE TABLE meeting_note (
    id         TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN {_in(NOTE_KINDS)}),
    text       TEXT NOT NULL CHECK (trim(text) <> ''),
    position   INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX meeting_note_meeting ON meeting_note(meeting_id, kind, position);

CREATE TABLE tombstone (
    id         TEXT PRIMARY KEY,
    entity     TEXT NOT NULL,
    deleted_at TEXT NOT NULL
) STRICT;
"""


@record
class TableKey:
    """How a table's rows are identified: one UUID column or a pair of them."""

    table: str
    columns: tuple[str, ...]

    def tombstone_id(self, prefix: str) -> str:
        return " || '/' || ".join(f"{prefix}.{c}" for c in self.columns)


TABLE_KEYS: tuple[TableKey, ...] = (
    TableKey("forum", ("id",)),
    TableKey("cause_category", ("id",)),
    TableKey("organisation", ("id",)),
    TableKey("person", ("id",)),
    TableKey("meeting", ("id",)),
    TableKey("meeting_facilitator", ("meeting_id", "person_id")),
    TableKey("attendance", ("meeting_id", "person_id")),
    TableKey("agenda_item", ("id",)),
    TableKey("gap", ("id",)),
    TableKey("gap_organisation", ("gap_id", "organisation_id")),
    TableKey("cause", ("id",)),
    TableKey("action", ("id",)),
    TableKey("followup", ("meeting_id", "action_id")),
    TableKey("meeting_note", ("id",)),
)


def _tombstone_triggers() -> str:
    """A delete leaves (id, table, time); re-inserting the same id (undo) clears it.

    Triggers rather than service code, so no delete path (cascades included)
    can forget its tombstone.
    """
    parts = []
    for key in TABLE_KEYS:
        parts.append(
            f"CREATE TRIGGER {key.table}_tombstone AFTER DELETE ON {key.table} BEGIN "
            f"INSERT OR REPLACE INTO tombstone(id, entity, deleted_at) "
            f"VALUES ({key.tombstone_id('old')}, '{key.table}', {NOW_SQL}); END;"
        )
        parts.append(
            f"CREATE TRIGGER {key.table}_untombstone AFTER INSERT ON {key.table} BEGIN "
            f"DELETE FROM tombstone WHERE id = {key.tombstone_id('new')}; END;"
        )
    return "\n".join(parts)


TOMBSTONE_TRIGGERS = _tombstone_triggers()

# The tables a valid file of each version must have (checked on open).
EXPECTED_TABLES: dict[int, frozenset[str]] = {
    1: frozenset(k.table for k in TABLE_KEYS) | {"tombstone"},
}

Migration = Callable[["MigrationContext"], None]


class MigrationContext:
    """What a migration step may use: plain SQL on the open transaction."""

    def __init__(self, execute_script: Callable[[str], None]) -> None:
        self.execute_script = execute_script


def _create_v1(ctx: MigrationContext) -> None:
    ctx.execute_script(SCHEMA_V1)
    ctx.execute_script(TOMBSTONE_TRIGGERS)


# Ordered steps: MIGRATIONS[n] takes a file from user_version n to n + 1.
MIGRATIONS: tuple[Migration, ...] = (_create_v1,)
SCHEMA_VERSION = len(MIGRATIONS)
