"""Time proposing merges among 10,000 party names (target: under 10 s).

Usage: python benchmarks/bench_matching.py [--names N] [--runs N]
The names are generated the way a large project collects them: organisations named in notices,
registers and sub-processor lists, with legal forms, added words ("Group", "Europe") and typos.
Prints the median of several runs of ``propose_matches`` and how many proposals it made.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from model.ids import PartyId
from model.matching import propose_matches
from model.parties import Party, Role

CONSONANTS, VOWELS = "bcdfghjklmnprstvwz", "aeiou"
SUFFIXES = ("B.V.", "N.V.", "GmbH", "AG", "Ltd", "Inc.", "SAS", "S.A.", "LLC", "", "", "")
EXTRAS = ("Europe", "Group", "Services", "Nederland", "Deutschland", "Holding", "International", "Cloud")


def names(count: int, seed: int = 5) -> list[str]:
    """``count`` organisation names, about one in five a variant of an earlier one."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < count:
        if out and rng.random() < 0.2:
            out.append(_variant(rng.choice(out), rng))
        else:
            syllables = (rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(rng.randint(2, 4)))
            word = "".join(syllables).capitalize()
            extra = f" {rng.choice(EXTRAS)}" if rng.random() < 0.3 else ""
            out.append(f"{word}{extra} {rng.choice(SUFFIXES)}".strip())
    return out


def _variant(name: str, rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        return f"{name.split()[0]} {rng.choice(SUFFIXES)}".strip()
    if kind == 1:
        return f"{name} {rng.choice(EXTRAS)}"
    i = rng.randrange(1, max(2, len(name) - 1))
    return name[:i] + name[i + 1 :]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--names", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    parties = [Party(PartyId(f"p{i}"), n, Role.PROCESSOR) for i, n in enumerate(names(args.names))]
    times, found = [], 0
    for _ in range(args.runs):
        start = time.perf_counter()
        found = len(propose_matches(parties))
        times.append(time.perf_counter() - start)
    print(
        f"propose_matches on {args.names} names: median {statistics.median(times):.2f} s "
        f"(min {min(times):.2f}, max {max(times):.2f}; {found} proposals; target < 10 s)"
    )


if __name__ == "__main__":
    main()
