"""Check that a change to the notice extraction leaves its output byte for byte the same.

``save DIR`` writes, for every notice below, the ``transfer-atlas extract --json`` entry and the
``--explain`` text into DIR; ``compare DIR`` extracts them again with the current code and lists
every file whose output differs (exit 1 when one does). The notices:
- the shared corpus (../shared/corpus/notices beside the repository) where present;
- every notice file under tests/ and samples/;
- the large benchmark notices (about 2 MB a language, made as ``bench_extract.py`` makes them
  from the corpus and from the fixtures). Their text is saved in DIR by ``save`` and read back by
  ``compare``, since making them uses the extraction (a notice's body leaves out the controller's
  blocks).

Usage: python benchmarks/same_output.py save DIR | compare DIR. Speed changes must compare equal;
rule changes do not, so make the baseline again from the code a change starts from.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench_extract import FIXTURES, LARGE_BYTES, SHARED_NOTICES, fixture_texts, notice_text

from importers.base import ImportFailure
from importers.notices.reading import read_notice
from importers.notices.serialise import explanation, extraction_to_dict, failure_to_dict

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")


def notice_files() -> list[Path]:
    """The corpus notices, the notices under tests/ and samples/."""
    folders = [SHARED_NOTICES, ROOT / "tests", ROOT / "samples"]
    return sorted(
        p for folder in folders if folder.is_dir() for p in folder.rglob("*") if p.suffix in SUFFIXES
    )


def make_large(folder: Path) -> list[Path]:
    """The large benchmark notices of every language, written into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = [("corpus", SHARED_NOTICES)] if SHARED_NOTICES.is_dir() else []
    paths = []
    for label, source in [*sources, ("fixtures", FIXTURES)]:
        for language, texts in sorted(fixture_texts(source).items()):
            path = folder / f"large_{label}_{language}.md"
            path.write_text(notice_text(texts, language, LARGE_BYTES, 1), encoding="utf-8")
            paths.append(path)
    return paths


def output(path: Path) -> str:
    """The JSON entry and the explanation of one notice, as ``extract`` prints them."""
    try:
        extraction = read_notice(path, source=str(path)).extraction
    except ImportFailure as failure:
        return json.dumps(failure_to_dict(str(path), str(failure)), ensure_ascii=False, indent=1)
    entry = json.dumps(extraction_to_dict(extraction), ensure_ascii=False, indent=1)
    return f"{entry}\n{explanation(extraction)}\n"


def key(path: Path) -> str:
    """A file name for ``path``'s output in the baseline folder."""
    return str(path).replace("/", "__") + ".out"


def main() -> int:
    """Save or compare."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("action", choices=["save", "compare"])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    large_dir = args.folder / "large"
    large = make_large(large_dir) if args.action == "save" else sorted(large_dir.glob("*.md"))
    paths = [*notice_files(), *large]
    differ = []
    for path in paths:
        saved = args.folder / key(path)
        text = output(path)
        if args.action == "save":
            saved.write_text(text, encoding="utf-8")
        elif not saved.is_file() or saved.read_text(encoding="utf-8") != text:
            differ.append(path)
    if args.action == "save":
        print(f"saved the output of {len(paths)} notices ({len(large)} large) in {args.folder}")
        return 0
    for path in differ:
        print(f"differs: {path}")
    print(f"{len(paths) - len(differ)} of {len(paths)} notices ({len(large)} large) give the same output")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
