"""Extraction speed: MB of notice text per second end to end (file -> JSON), and 1,000 notices.

The corpus is generated from the project's own test fixtures (tests/fixtures/notices), never from
the shared corpus. Prints the median of several runs. Usage: python benchmarks/bench_extract.py [RUNS]
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from importers.documents import read_document
from importers.notices import parse_text
from importers.notices.serialise import document, extraction_to_dict

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "notices"
TYPICAL = 1000


def _sources() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md", ".html"))


def _make_corpus(folder: Path, count: int) -> list[Path]:
    """``count`` notice files cycling through the fixtures (each made unique by a numbered line)."""
    sources = [(p.suffix, p.read_text(encoding="utf-8")) for p in _sources()]
    files = []
    for i in range(count):
        suffix, text = sources[i % len(sources)]
        path = folder / f"notice_{i:05d}{suffix}"
        extra = f"\n\nVersion {i}.\n" if suffix != ".html" else f"<p>Version {i}.</p>"
        path.write_text(text + extra, encoding="utf-8")
        files.append(path)
    return files


def _large(folder: Path, megabytes: float) -> Path:
    """One big Markdown notice of about ``megabytes`` MB made of the fixture texts."""
    parts = [read_document(p).text for p in _sources()]
    body = "\n\n".join(parts)
    path = folder / "large.md"
    path.write_text(
        (body + "\n\n") * max(1, int(megabytes * 1_000_000 / len(body.encode()))), encoding="utf-8"
    )
    return path


def extract_files(paths: list[Path]) -> str:
    """File -> JSON, as ``transfer-atlas extract --json`` does."""
    entries = []
    for path in paths:
        text = read_document(path)
        entries.append(extraction_to_dict(parse_text(text.text, source=str(path), sha256=text.sha256)))
    return json.dumps(document(entries), ensure_ascii=False)


def _chunks(paths: list[Path], n: int) -> list[list[Path]]:
    return [paths[i::n] for i in range(n)]


def main(runs: int = 5) -> None:
    """Print MB/s on one core and the time for 1,000 typical notices on one and on two processes."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        big = _large(folder, 2.0)
        size_mb = big.stat().st_size / 1_000_000
        extract_files([big])  # warm the lexicon caches
        single = [_timed(lambda: extract_files([big])) for _ in range(runs)]
        corpus = _make_corpus(folder, TYPICAL)
        mean_kb = sum(p.stat().st_size for p in corpus) / len(corpus) / 1000
        serial = [_timed(lambda: extract_files(corpus)) for _ in range(max(1, runs // 2))]
        with ProcessPoolExecutor(2) as pool:
            list(pool.map(extract_files, _chunks(corpus[:20], 2)))  # start the workers
            parallel = [
                _timed(lambda: list(pool.map(extract_files, _chunks(corpus, 2))))
                for _ in range(max(1, runs // 2))
            ]
    print(
        f"one notice of {size_mb:.1f} MB: median {statistics.median(single):.2f} s "
        f"= {size_mb / statistics.median(single):.2f} MB/s on one core (floor 2 MB/s)"
    )
    print(
        f"{TYPICAL} notices of {mean_kb:.1f} kB on average: median {statistics.median(serial):.2f} s on one core, "
        f"{statistics.median(parallel):.2f} s on two processes (floor 30 s)"
    )


def _timed(job) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
