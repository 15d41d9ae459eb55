"""``python -m importers.notices FILE...``: print the extraction of each notice as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from importers.base import ImportFailure
from importers.notices.reading import read_notice
from importers.notices.serialise import document, extraction_to_dict, failure_to_dict


def main(argv: list[str]) -> int:
    """Extract every file named in ``argv``; exit status 1 when some could not be read."""
    if not argv:
        print("usage: python -m importers.notices FILE...", file=sys.stderr)
        return 2
    entries = []
    for path in argv:
        try:
            extraction = read_notice(Path(path), source=path).extraction
        except ImportFailure as failure:
            entries.append(failure_to_dict(path, str(failure)))
            continue
        entries.append(extraction_to_dict(extraction))
    print(json.dumps(document(entries), ensure_ascii=False, indent=1))
    return 1 if any(e["error"] for e in entries) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
