"""Time loading the catalogue of organisations and matching 10,000 names (target: under 1 s together).

Usage: python benchmarks/bench_catalogue.py [--names N] [--runs N]
The names are what registers and notices give: catalogue names, aliases and products written in
upper or lower case, with or without a legal form, some with a typo, and one in four an organisation
the catalogue does not know. Each run loads the file afresh (no cache), then matches every name; the
figures are the median of the runs, in elapsed time and in this process's processor time (which
other programs on the machine disturb less). Also times building the sentence index and finding
mentions in 2,000 sentences, as the notice extractor does.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time

from model.catalogue import BUNDLED_CATALOGUE, Catalogue, load_catalogue

FORMS = ("B.V.", "GmbH", "Ltd", "Inc.", "SAS", "S.A.", "AG", "")
SENTENCE = "We share your data with {} and {} for {} purposes, as described in section {}."


def names(catalogue: Catalogue, count: int, seed: int = 7) -> list[str]:
    """``count`` names: three in four from the catalogue (varied), one in four unknown."""
    rng = random.Random(seed)
    known = [key.form for key in catalogue.forms()]
    out: list[str] = []
    while len(out) < count:
        if rng.random() < 0.25:
            word = "".join(
                rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(3, 5))
            )
            out.append(f"{word.capitalize()} {rng.choice(FORMS)}".strip())
            continue
        name = rng.choice(known)
        roll = rng.random()
        if roll < 0.2:
            name = name.upper()
        elif roll < 0.4:
            name = f"{name} {rng.choice(FORMS)}".strip()
        elif roll < 0.5 and len(name) > 8:
            i = rng.randrange(2, len(name) - 1)
            name = name[:i] + name[i + 1 :]  # a letter dropped
        out.append(name)
    return out


def sentences(catalogue: Catalogue, count: int, seed: int = 11) -> list[str]:
    """``count`` sentences naming two organisations each (one known, one not)."""
    rng = random.Random(seed)
    known = [o.name for o in catalogue.organisations]
    return [
        SENTENCE.format(rng.choice(known), f"Vendor {i}", rng.choice(["analytics", "billing"]), i)
        for i in range(count)
    ]


def main() -> None:
    """Print load, match and text-search times (median of the runs)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sample = names(load_catalogue(BUNDLED_CATALOGUE), args.names)
    loads, matches, cpu, found = [], [], [], 0
    for _ in range(args.runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        catalogue = load_catalogue(BUNDLED_CATALOGUE)
        loaded = time.perf_counter()
        found = sum(1 for name in sample if catalogue.match(name) is not None)
        loads.append(loaded - start)
        matches.append(time.perf_counter() - loaded)
        cpu.append(time.process_time() - start_cpu)
    load, match = statistics.median(loads), statistics.median(matches)
    print(f"catalogue: {len(catalogue.organisations)} organisations, version {catalogue.version}")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (figures scale with it)")
    print(f"load: {load:.3f} s   match {len(sample)} names: {match:.3f} s   together: {load + match:.3f} s")
    print(f"processor time of load and match: {statistics.median(cpu):.3f} s (less sensitive to load)")
    print(f"matched {found} of {len(sample)} names ({found / len(sample):.0%}; about 75% are known)")
    text = sentences(catalogue, 2000)
    start = time.perf_counter()
    catalogue.find_in_text("index build")
    built = time.perf_counter()
    hits = sum(len(catalogue.find_in_text(s)) for s in text)
    done = time.perf_counter()
    print(
        f"sentence index: {built - start:.3f} s to build; {len(text)} sentences searched in "
        f"{done - built:.3f} s ({(done - built) / len(text) * 1e6:.0f} µs each, {hits} mentions)"
    )


if __name__ == "__main__":
    main()
