"""Golden tests: each notice under tests/fixtures/notices, and each bundled sample notice under
samples/notices, against its .expected.json in tests/fixtures/notices.

Regenerate deliberately with ``TA_REGENERATE=1 pytest tests/test_notices_golden.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from importers.notices.reading import read_notice
from importers.notices.serialise import extraction_to_dict

FIXTURES = Path(__file__).parent / "fixtures" / "notices"
SAMPLES = Path(__file__).parent.parent / "samples" / "notices"
SUFFIXES = (".txt", ".md", ".html", ".pdf", ".docx")
NOTICES = sorted(
    (p for folder in (FIXTURES, SAMPLES) for p in folder.iterdir() if p.suffix in SUFFIXES),
    key=lambda p: p.name,
)


def _extract(path: Path) -> dict:
    notice = read_notice(path, source=path.name)
    entry = extraction_to_dict(notice.extraction)
    for span_owner in [
        entry["controller"] or {},
        *entry["recipients"],
        *entry["special_categories"],
        *entry["transfers"],
    ]:
        for span in span_owner.get("evidence", []):
            assert notice.document.text[span["start"] : span["end"]] == span["quote"]
    return entry


@pytest.mark.parametrize("path", NOTICES, ids=[p.name for p in NOTICES])
def test_notice_matches_golden(path: Path) -> None:
    expected_path = FIXTURES / (path.name + ".expected.json")
    actual = _extract(path)
    if os.environ.get("TA_REGENERATE") == "1":
        expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert expected_path.exists(), f"no golden file; run with TA_REGENERATE=1 and review {expected_path.name}"
    assert actual == json.loads(expected_path.read_text(encoding="utf-8"))


def test_every_language_and_role_is_covered_by_the_fixtures() -> None:
    entries = [_extract(p) for p in NOTICES]
    assert {e["language"] for e in entries} >= {"nl", "en", "de", "fr"}
    roles = {r["role"] for e in entries for r in e["recipients"]}
    assert len(roles) >= 15
    assert any(not e["transfers"] for e in entries)  # a notice that keeps data in the EEA
    assert any(t["safeguards"] == [] for e in entries for t in e["transfers"])  # a transfer without safeguard
