"""A real file of every released schema opens (migrating if needed) with its content.

When a schema version is released, add ``vN.samsyn`` and ``vN.expected.json``
(its dump at release) to tests/fixtures/schema; never change old ones.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.exchange.files import dump_text
from storage.database import ForumDatabase
from storage.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schema"
RELEASED = sorted(FIXTURES.glob("v*.samsyn"))


def test_there_is_a_fixture_for_the_current_schema() -> None:
    assert FIXTURES / f"v{SCHEMA_VERSION}.samsyn" in RELEASED


@pytest.mark.parametrize("fixture", RELEASED, ids=[p.stem for p in RELEASED])
def test_released_file_opens_with_its_content(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    with ForumDatabase.open(path, backup_dir=tmp_path / "backups") as db:
        assert db.schema_version() == SCHEMA_VERSION
        assert db.integrity_problems(full=True) == []
        dumped = json.loads(dump_text(db))
    expected = json.loads(fixture.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert dumped == expected
