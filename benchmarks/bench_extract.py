"""Extraction speed, end to end (file -> JSON document), as ``transfer-atlas extract --json`` runs it.

Prints, as medians of several runs:
- MB/s for one large notice per language (about 2 MB each) on one process;
- seconds for 1,000 notices of typical length (about 15 kB, the size of real notices) on one
  process and on two worker processes;
- the sizes used.

The notices are generated from the project's own test fixtures (tests/fixtures/notices), never
from the shared corpus: the fixtures of one language are concatenated (in a shuffled order per
notice) up to the wanted size. Repeating a few kB of text would make the vocabulary unrealistically
small (every word cached after the first copy), so in each copy about one in twelve longer
lower-case words that is not a lexicon term gets a suffix of its own, which gives a large notice
tens of thousands of distinct words, like a real one.

Usage: python benchmarks/bench_extract.py [RUNS]   (pin to one core with ``taskset -c 0`` for the
single-process figures; the two-process figure needs two cores and includes starting the workers).
"""

from __future__ import annotations

import json
import random
import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from importers.documents import read_document
from importers.notices import parse_text
from importers.notices.lexicon import LANGUAGES, lexicon
from importers.notices.serialise import document, extraction_to_dict

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "notices"
TYPICAL_COUNT = 1000
TYPICAL_BYTES = 15_000
LARGE_BYTES = 2_000_000
_WORD = re.compile(r"\b[a-zà-ÿ]{6,}\b")


def fixture_texts() -> dict[str, list[str]]:
    """The extracted text of every fixture notice, by language."""
    texts: dict[str, list[str]] = defaultdict(list)
    for path in sorted(FIXTURES.iterdir()):
        if path.suffix in (".txt", ".md", ".html", ".docx", ".pdf"):
            extraction = parse_text(read_document(path).text)
            texts[extraction.language].append(read_document(path).text)
    return dict(texts)


def _varied(text: str, language: str, copy: int, rng: random.Random) -> str:
    """``text`` with about one in twelve long non-lexicon words given a suffix of this copy."""
    matcher = lexicon(language).matcher

    def vary(match: re.Match[str]) -> str:
        word = match.group()
        if rng.random() > 1 / 12 or matcher.find([word]):
            return word
        return f"{word}{_suffix(copy * 7919 + match.start())}"

    return _WORD.sub(vary, text)


def _suffix(number: int) -> str:
    letters = "bcdfghklmnprstvz"
    out = ""
    for _ in range(3):
        number, digit = divmod(number, len(letters))
        out += letters[digit]
    return out


def notice_text(texts: list[str], language: str, size: int, seed: int) -> str:
    """A notice of about ``size`` bytes made of the fixture ``texts`` of one language."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = copy = 0
    while total < size:
        order = texts[:]
        rng.shuffle(order)
        for text in order:
            part = _varied(text, language, seed * 1000 + copy, rng)
            parts.append(part)
            total += len(part.encode()) + 2
            copy += 1
    return "\n\n".join(parts)


def extract_files(paths: list[Path]) -> str:
    """File -> JSON, as ``transfer-atlas extract --json`` does."""
    entries = []
    for path in paths:
        text = read_document(path)
        entries.append(extraction_to_dict(parse_text(text.text, source=str(path), sha256=text.sha256)))
    return json.dumps(document(entries), ensure_ascii=False)


def _timed(job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def _large_figures(folder: Path, texts: dict[str, list[str]], runs: int) -> list[tuple[str, float, float]]:
    """(language, MB, median MB/s) for one large notice per language."""
    figures = []
    for language in LANGUAGES:
        if language not in texts:
            continue
        path = folder / f"large_{language}.md"
        path.write_text(notice_text(texts[language], language, LARGE_BYTES, 1), encoding="utf-8")
        size = path.stat().st_size / 1_000_000
        extract_files([path])  # load the lexicon and the reference data first
        seconds = statistics.median(_timed(lambda p=path: extract_files([p])) for _ in range(runs))
        figures.append((language, size, size / seconds))
    return figures


def _typical_corpus(folder: Path, texts: dict[str, list[str]]) -> list[Path]:
    """1,000 notices of about 15 kB, the four languages in turn."""
    languages = sorted(texts)
    paths = []
    for i in range(TYPICAL_COUNT):
        language = languages[i % len(languages)]
        path = folder / f"notice_{i:04d}_{language}.md"
        path.write_text(notice_text(texts[language], language, TYPICAL_BYTES, 100 + i), encoding="utf-8")
        paths.append(path)
    return paths


def _two_processes(halves: list[list[Path]]) -> None:
    """Both halves at once in two fresh worker processes (start-up and lexicon loading included)."""
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(extract_files, halves))


def main(runs: int = 5) -> None:
    """Generate the notices, time them and print the figures."""
    texts = fixture_texts()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for language, size, rate in _large_figures(folder, texts, runs):
            print(f"large notice [{language}] {size:.2f} MB: {rate:.2f} MB/s on one process (floor 2 MB/s)")
        corpus = _typical_corpus(folder, texts)
        total_mb = sum(p.stat().st_size for p in corpus) / 1_000_000
        halves = [corpus[0::2], corpus[1::2]]
        serial = statistics.median(_timed(lambda: extract_files(corpus)) for _ in range(max(1, runs // 2)))
        parallel = statistics.median(_timed(lambda: _two_processes(halves)) for _ in range(max(1, runs // 2)))
    print(
        f"{len(corpus)} notices, {total_mb:.1f} MB ({total_mb * 1000 / len(corpus):.1f} kB on average): "
        f"{serial:.2f} s on one process, {parallel:.2f} s on two processes (floor 30 s)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
