"""Extraction speed, end to end (file -> JSON document), as ``transfer-atlas extract --json`` runs it.

Prints, as medians of several runs:
- MB/s for one large notice per language (about 2 MB each), each timed in a fresh process (as
  one ``extract`` run reads it; a long-running process that read other notices first is a few
  per cent slower), and the CPU time per MB (process time: on a shared, busy machine the wall
  time grows with the load, the CPU time much less, so compare runs by it);
- seconds for 1,000 notices on one process and on two worker processes, with the CPU seconds they
  used, for two sets of notices:
  - 1,000 notices of typical length made from the test fixtures: each is cut at the first paragraph
    boundary after ``TYPICAL_BYTES`` (18.5 kB, the median text size of the 25 real notices of the
    shared corpus on 2026-12-07; their mean is 24.6 kB), so the size stays fixed when fixtures are
    added (it used to be one pass over every fixture body of a language, 15 kB when written and
    25.2 kB on 2026-12-07);
  - 1,000 real notices: the notices of the real corpus (see below) as they are (html, md, txt,
    read from their files), in turn until there are 1,000. A real notice comes back 40 times, so
    the per-process caches of words and names (as in one long ``extract`` run) hit more often
    than on 1,000 different notices;
- the sizes used.

The large notices are made two ways, and the figures of both are printed:
- from real notices, the shared corpus (../shared/corpus/notices, beside the repository) where
  it is present, or the notices in DIR given with ``--notices DIR``;
- from the project's own test fixtures (tests/fixtures/notices). They are denser than real
  notices (every paragraph is a test case: a recipient, a transfer, a negation, a controller
  heading), so their figures are on the heavy side.
A large notice is one notice of a language whole, then the bodies of the notices of that language
(without title, date and the controller's identity and contact blocks, which a notice states once)
in a shuffled order, up to the wanted size. Repeating a few kB of text would make the vocabulary
unrealistically small, so in each copy about one in twelve longer lower-case words that no lexicon
term starts with gets a suffix of its own (thousands of distinct words in a large notice). The
1,000 notices of typical length are made from the fixtures.

Usage: python benchmarks/bench_extract.py [RUNS] [--notices DIR] [--no-large]. The one-process
figures run pinned to one core (on Linux); the two-process figures use two cores and include
starting the workers. ``--no-large`` times only the 1,000 notices.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import cache
from multiprocessing import get_context
from pathlib import Path

from importers.documents import read_document
from importers.notices import NoticeExtraction, parse_text
from importers.notices.lexicon import LANGUAGES, lexicon
from importers.notices.serialise import document, extraction_to_dict
from importers.notices.textnorm import fold

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "notices"
TYPICAL_COUNT = 1000
# the median size of the text of the 25 real notices in ../shared/corpus/notices on 2026-12-07
# (18,517 bytes; mean 24,616, smallest 1,703, largest 77,752)
TYPICAL_BYTES = 18_500
LARGE_BYTES = 2_000_000
_WORD = re.compile(r"\b[a-zà-ÿ]{6,}\b")
_ONCE = re.compile(r"©|copyright|stand:|last updated|bijgewerkt|mise à jour|effective from|version \d", re.I)


def fixture_texts(folder: Path = FIXTURES) -> dict[str, list[tuple[str, str]]]:
    """(whole text, body) of every notice in ``folder``, by language; see ``_body``."""
    texts: Texts = defaultdict(list)
    for path in sorted(folder.iterdir()):
        if path.suffix in (".txt", ".md", ".html", ".docx", ".pdf"):
            text = read_document(path).text
            extraction = parse_text(text)
            texts[extraction.language].append((text, _body(text, extraction)))
    return dict(texts)


def _body(text: str, extraction: NoticeExtraction) -> str:
    """The notice without what a notice says once: its title and date, and the blocks naming the
    controller (its identity, address, contact and copyright lines)."""
    own = [s.quote for s in extraction.controller.evidence] if extraction.controller else []
    if extraction.controller:
        own.append(extraction.controller.name)
    blocks = text.split("\n\n")[1:]
    return "\n\n".join(b for b in blocks if not any(q in b for q in own) and not _ONCE.search(b))


def _varied(text: str, language: str, copy: int, rng: random.Random) -> str:
    """``text`` with about one in twelve long words that no lexicon term uses given a suffix of
    this copy."""
    terms = _term_words(language)

    def vary(match: re.Match[str]) -> str:
        word = match.group()
        folded = fold(word)
        if rng.random() > 1 / 12 or any(folded[:k] in terms for k in range(4, len(folded) + 1)):
            return word
        return f"{word}{_suffix(copy * 7919 + match.start())}"

    return _WORD.sub(vary, text)


@cache
def _term_words(language: str) -> frozenset[str]:
    """Every word of the language's lexicon terms (a word starting with one is left alone, so
    inflected and compound forms of term words stay too)."""
    lex = lexicon(language)
    terms = [t for items in [*lex.raw["terms"].values(), *lex.shared["terms"].values()] for t in items]
    return frozenset(w.strip("*!?") for t in terms for w in re.split(r"[\s|~']+", fold(t)) if w)


def _suffix(number: int) -> str:
    letters = "bcdfghklmnprstvz"
    out = ""
    for _ in range(3):
        number, digit = divmod(number, len(letters))
        out += letters[digit]
    return out


def notice_text(texts: list[tuple[str, str]], language: str, size: int, seed: int) -> str:
    """A notice of about ``size`` bytes made of the fixtures of one language: one of them whole,
    then the bodies of all of them, in a shuffled order, until the size is reached."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = copy = 0
    while total < size:
        order = texts[:]
        rng.shuffle(order)
        for whole, body in order:
            part = _varied(body if parts else whole, language, seed * 1000 + copy, rng)
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


def _timed_cpu(job: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process and of the children it waited for) of ``job``."""
    start, cpu = time.perf_counter(), _cpu_seconds()
    job()
    return time.perf_counter() - start, _cpu_seconds() - cpu


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _medians(job: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall seconds and median CPU seconds of ``runs`` runs of ``job``."""
    times = [_timed_cpu(job) for _ in range(runs)]
    return statistics.median(t for t, _ in times), statistics.median(c for _, c in times)


Texts = dict[str, list[tuple[str, str]]]  # language -> (whole text, body) of each notice


def _large_figures(folder: Path, texts: Texts, runs: int) -> list[tuple[str, float, float, float]]:
    """(language, MB, median MB/s, median CPU seconds per MB) for one large notice per language,
    each timed in a fresh process (as one ``transfer-atlas extract`` run reads it), so no figure
    depends on what was measured before it."""
    figures = []
    for language in LANGUAGES:
        if language not in texts:
            continue
        path = folder / f"large_{language}.md"
        path.write_text(notice_text(texts[language], language, LARGE_BYTES, 1), encoding="utf-8")
        with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
            seconds, cpu = pool.submit(_median_seconds, path, runs).result()
        size = path.stat().st_size / 1_000_000
        figures.append((language, size, size / seconds, cpu / size))
    return figures


def _median_seconds(path: Path, runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of extracting ``path``, after one run that loads the lexicon
    and the reference data."""
    extract_files([path])
    return _medians(lambda: extract_files([path]), runs)


def _typical_corpus(folder: Path, texts: Texts) -> list[Path]:
    """1,000 notices of ``TYPICAL_BYTES`` (to the paragraph), the four languages in turn."""
    languages = sorted(texts)
    paths = []
    for i in range(TYPICAL_COUNT):
        language = languages[i % len(languages)]
        path = folder / f"notice_{i:04d}_{language}.md"
        text = notice_text(texts[language], language, TYPICAL_BYTES, 100 + i)
        path.write_text(cut(text, TYPICAL_BYTES), encoding="utf-8")
        paths.append(path)
    return paths


def cut(text: str, size: int) -> str:
    """``text`` up to the first paragraph boundary at or after ``size`` bytes."""
    kept, total = [], 0
    for paragraph in text.split("\n\n"):
        if total >= size:
            break
        kept.append(paragraph)
        total += len(paragraph.encode()) + 2
    return "\n\n".join(kept)


def _real_corpus(folder: Path) -> list[Path]:
    """1,000 notices: the notice files in ``folder`` as they are, in turn."""
    notices = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md", ".html", ".docx", ".pdf"))
    return [notices[i % len(notices)] for i in range(TYPICAL_COUNT)]


@contextmanager
def _one_core() -> Iterator[None]:
    """Run the block on one core (where the system lets a process choose), then on all again."""
    if not hasattr(os, "sched_setaffinity"):
        yield
        return
    cores = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cores)})
    try:
        yield
    finally:
        os.sched_setaffinity(0, cores)


def _two_processes(halves: list[list[Path]]) -> None:
    """Both halves at once in two fresh worker processes (start-up and lexicon loading included)."""
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(extract_files, halves))


def _print_thousand(label: str, corpus: list[Path], runs: int) -> None:
    """Time 1,000 notices on one core and on two processes, and print the figures."""
    with _one_core():
        serial, serial_cpu = _medians(lambda: extract_files(corpus), max(1, runs // 2))
    halves = [corpus[0::2], corpus[1::2]]
    parallel, parallel_cpu = _medians(lambda: _two_processes(halves), max(1, runs // 2))
    sizes = {p: len(read_document(p).text.encode()) for p in set(corpus)}
    total_mb = sum(sizes[p] for p in corpus) / 1_000_000
    print(
        f"{len(corpus)} {label}, {total_mb:.1f} MB of text "
        f"({total_mb * 1000 / len(corpus):.1f} kB on average): "
        f"{serial:.2f} s on one core (CPU {serial_cpu:.2f} s), "
        f"{parallel:.2f} s on two processes (floor 30 s; CPU {parallel_cpu:.2f} s, start-up included)"
    )


SHARED_NOTICES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "notices"


def main(runs: int = 5, notices: Path | None = None, large: bool = True) -> None:
    """Generate the notices, time them and print the figures (without the large notices' when not
    ``large``)."""
    real = notices or (SHARED_NOTICES if SHARED_NOTICES.is_dir() else None)
    fixtures = fixture_texts(FIXTURES)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with _one_core():
            sources = [(f"real notices in {real}", fixture_texts(real))] if real else []
            for label, texts in [*sources, ("the test fixtures (dense)", fixtures)] if large else []:
                print(f"large notices made from {label} ({', '.join(sorted(texts))})")
                for language, size, rate, cpu in _large_figures(folder, texts, runs):
                    print(
                        f"  [{language}] {size:.2f} MB: {rate:.2f} MB/s on one core (floor 2 MB/s); "
                        f"CPU {cpu:.2f} s/MB ({1 / cpu:.2f} MB per CPU second)"
                    )
        sets = [("notices of typical length made from the test fixtures", _typical_corpus(folder, fixtures))]
        if real:
            sets.append((f"real notices of {real} as they are", _real_corpus(real)))
        for label, corpus in sets:
            _print_thousand(label, corpus, runs)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average when done: {load} ({os.cpu_count()} cores)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("runs", nargs="?", type=int, default=5, help="runs per figure (median)")
    parser.add_argument(
        "--notices", type=Path, help="real notices to make large notices from (default: the shared corpus)"
    )
    parser.add_argument("--no-large", action="store_true", help="time only the 1,000 notices")
    args = parser.parse_args()
    main(args.runs, args.notices, not args.no_large)
