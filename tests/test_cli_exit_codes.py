"""Exit codes that mean what they say, and no tracebacks: unusable input exits 2 naming the file and
the field, an internal error exits 3 naming a log file that holds the traceback, and a file name
cannot forge a line on stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from model.store import load_project
from tests.factories import insurer_with_three_recipients, write_project_json

ROOT = Path(__file__).resolve().parent.parent
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names, pipes and limits")
NOTICE = (
    "Privacy notice of Harbour Insurance B.V.\n\n"
    "We share your personal data with our IT provider Cloudly Inc. in the United States.\n"
)


def cli(
    *args: str | bytes | Path, env: dict[str, str] | None = None, **options: object
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={**os.environ, **(env or {})},
        **options,  # type: ignore[call-overload]
    )


def no_traceback(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout


def project_document(tmp_path: Path) -> dict[str, object]:
    path = write_project_json(tmp_path, insurer_with_three_recipients())
    document: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return document


def write_json(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- project JSON that cannot be used -----------------------------------------------------------


def test_a_lone_surrogate_in_a_project_name_is_refused_naming_the_field(tmp_path: Path) -> None:
    document = project_document(tmp_path)
    text = json.dumps(document).replace('"name": "', '"name": "\\ud800', 1)
    path = write_json(tmp_path, "surrogate.json", text)
    for command in (["import", str(path), "--into", str(tmp_path / "p.atlas")], ["check", str(path)]):
        done = cli(*command)
        assert done.returncode == 2, done.stderr
        assert f"{path}: project.name: contains an invalid character (U+D800" in done.stderr
        no_traceback(done)
    assert not (tmp_path / "p.atlas").exists()


def test_a_five_thousand_digit_number_is_refused(tmp_path: Path) -> None:
    text = json.dumps(project_document(tmp_path)).replace('"schema"', '"size": ' + "9" * 5000 + ', "schema"')
    path = write_json(tmp_path, "huge-number.json", text)
    done = cli("import", path, "--into", tmp_path / "p.atlas")
    assert done.returncode == 2
    assert f"{path}: not a JSON document (a number in it has more than 4,300 digits)" in done.stderr
    no_traceback(done)


@pytest.mark.parametrize("key", ["flows", "documents", "parties"])
def test_duplicate_ids_are_refused_naming_both_places(tmp_path: Path, key: str) -> None:
    document = project_document(tmp_path)
    if key == "documents":
        document["documents"] = [{"id": "doc-1", "path": "a.txt", "sha256": "0" * 64, "kind": "notice"}] * 2
    else:
        items = document[key]
        assert isinstance(items, list)
        items.append(items[-1])
    path = write_json(tmp_path, f"duplicate-{key}.json", json.dumps(document))
    done = cli("import", path, "--into", tmp_path / "p.atlas")
    assert done.returncode == 2, done.stderr
    assert f"{path}: project.{key}[" in done.stderr and "is used twice (also project." in done.stderr
    assert "UNIQUE" not in done.stderr
    no_traceback(done)


# -- file names ---------------------------------------------------------------------------------


@posix_only
def test_file_names_that_are_not_utf8_are_imported_and_exported(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    notice = folder + b"/caf\xe9 notice.txt"
    with open(notice, "wb") as handle:
        handle.write(NOTICE.encode())
    into = folder + b"/proj\xe9t.atlas"
    command = [sys.executable, "-m", "desktop.cli", "import", notice, "--into", into]
    done = subprocess.run(command, capture_output=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    project = load_project(Path(os.fsdecode(into)))
    assert [d.path for d in project.documents] == [str(tmp_path / "caf\ufffd notice.txt")]
    csv = folder + b"/r\xe9gister.csv"
    book = folder + b"/w\xe9.xlsx"
    command = [sys.executable, "-m", "desktop.cli", "export", into, "--csv", csv, "--xlsx", book]
    done = subprocess.run(command, capture_output=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    with open(csv, "rb") as written:
        assert b"Cloudly Inc." in written.read()
    assert not [n for n in os.listdir(folder) if n.endswith(b".tmp")]


def test_a_name_with_a_line_break_cannot_forge_a_line_on_stderr(tmp_path: Path) -> None:
    forged = tmp_path / "a\ntransfer-atlas: everything is fine.txt"
    forged.write_bytes(b"")
    missing = tmp_path / "b\rc\x1b[2K.txt"
    done = cli("check", forged, missing, write_json(tmp_path, "n.txt", NOTICE), "--fail-on", "never")
    assert done.returncode == 0
    lines = done.stderr.splitlines()
    assert len(lines) == 2 and all(line.startswith("transfer-atlas: ") for line in lines)
    assert "a\\ntransfer-atlas: everything is fine.txt: empty file" in lines[0]
    assert "b\\rc\\x1b[2K.txt: no such file or folder" in lines[1]


@posix_only
def test_a_project_name_argument_that_is_not_text_is_refused(tmp_path: Path) -> None:
    notice = write_json(tmp_path, "n.txt", NOTICE)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "import",
            str(notice),
            "--into",
            str(tmp_path / "p.atlas"),
            "--name",
            b"Caf\xe9",
        ],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 2 and b"not text" in done.stderr and b"Traceback" not in done.stderr
    assert not (tmp_path / "p.atlas").exists()


# -- dates and disks ----------------------------------------------------------------------------


@pytest.mark.parametrize("as_of", ["9999-12-31", "0001-01-01"])
def test_extreme_as_of_dates_export(tmp_path: Path, as_of: str) -> None:
    notice = write_json(tmp_path, "n.txt", NOTICE)
    target = tmp_path / "tia.xlsx"
    assert main(["export", str(notice), "--as-of", as_of, "--xlsx", str(target)]) == 0
    assert "Summary" in load_workbook(target).sheetnames


@posix_only
@pytest.mark.parametrize("kilobytes", [16, 40])
def test_a_file_size_limit_during_export_is_refused_cleanly(tmp_path: Path, kilobytes: int) -> None:
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (kilobytes * 1024, kilobytes * 1024))

    notice = write_json(tmp_path, "n.txt", NOTICE)
    target = tmp_path / "tia.xlsx"
    done = cli(
        "export",
        notice,
        "--xlsx",
        target,
        "--json",
        tmp_path / "r.json",
        preexec_fn=limit,
        env={"TMPDIR": str(tmp_path)},
    )
    assert done.returncode == 2, done.stderr
    assert f"{target}: " in done.stderr and "larger than this disk or system allows" in done.stderr
    assert "r.json: written" in done.stderr
    no_traceback(done)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.txt", "r.json"]


# -- special files ------------------------------------------------------------------------------


@posix_only
@pytest.mark.parametrize("role", ["project", "json", "into", "reference"])
@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_special_files_are_refused_at_once(tmp_path: Path, role: str, special: str) -> None:
    suffix = {"project": ".atlas", "json": ".json", "into": ".atlas", "reference": ".json"}[role]
    if special == "fifo":
        path = tmp_path / f"pipe{suffix}"
        os.mkfifo(path)
    else:
        path = tmp_path / f"zero{suffix}"
        path.symlink_to("/dev/zero")
    notice = write_json(tmp_path, "n.txt", NOTICE)
    command = {
        "project": ["check", path],
        "json": ["import", path, "--into", tmp_path / "p.atlas"],
        "into": ["import", notice, "--into", path],
        "reference": ["check", notice, "--reference", path],
    }[role]
    done = cli(*command)
    assert done.returncode == 2, done.stderr
    assert "not a regular file" in done.stderr and str(path) in done.stderr
    no_traceback(done)


# -- internal errors ----------------------------------------------------------------------------


def test_an_internal_error_exits_3_and_names_its_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import desktop.commands.check as check

    def broken(*args: object, **kwargs: object) -> object:
        raise KeyError("a bug")

    monkeypatch.setattr(check, "build_graph", broken)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    notice = write_json(tmp_path, "n.txt", NOTICE)
    assert main(["check", str(notice)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error (KeyError)" in err and "Traceback" not in err
    logs = list((tmp_path / "state" / "transfer-atlas").glob("crash-*.log"))
    assert len(logs) == 1 and str(logs[0]) in err
    log = logs[0].read_text(encoding="utf-8")
    assert "Traceback" in log and "KeyError: 'a bug'" in log and "build_graph" in log
