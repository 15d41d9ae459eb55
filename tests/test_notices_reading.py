"""One way to read a notice: every caller refuses a file the same way, naming it, never with a
traceback; and the document reader and the extractor agree on how long a notice may be."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from importers.base import ImportFailure
from importers.batch import import_paths
from importers.documents import limits
from importers.notices import read_notice
from importers.notices.__main__ import main as module_main
from model.project import Project


@pytest.fixture(scope="module")
def huge_notice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A text notice a little longer than the limit (the 21.7 MB notice that once crashed `extract`)."""
    path = tmp_path_factory.mktemp("big") / "huge.txt"
    line = "We share your data with our processors. " * 25 + "\n"
    path.write_text(line * (limits.MAX_TEXT_CHARS // len(line) + 10), encoding="utf-8")
    return path


def test_extract_refuses_a_too_long_notice_with_json_and_no_traceback(huge_notice, capsys) -> None:
    code = main(["extract", str(huge_notice), "--json"])
    out, err = capsys.readouterr()
    assert code == 1
    entry = json.loads(out)["notices"][0]
    assert entry["error"] and str(huge_notice) in entry["error"] and "characters" in entry["error"]
    assert "Traceback" not in err


def test_every_caller_gives_the_same_reason(huge_notice, capsys) -> None:
    with pytest.raises(ImportFailure) as raised:
        read_notice(huge_notice)
    reason = raised.value.reason
    assert module_main([str(huge_notice)]) == 1
    assert json.loads(capsys.readouterr().out)["notices"][0]["error"].endswith(reason)
    result = import_paths([str(huge_notice)], Project())
    assert [f.reason for f in result.failures] == [reason]
    assert "ExtractionError" not in str(result.failures[0])
    assert main(["diff", str(huge_notice), str(huge_notice)]) == 2
    assert reason in capsys.readouterr().err


def test_a_notice_the_reader_accepts_is_extracted(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 400)
    path = tmp_path / "short.md"
    path.write_text("# Privacy\n\nWe share your data with our processors.\n" * 6, encoding="utf-8")
    notice = read_notice(path)
    assert len(notice.document.text) <= 400
    assert notice.extraction.recipients
