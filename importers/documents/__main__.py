"""``python -m importers.documents FILE...`` prints the extracted text of each file."""

from __future__ import annotations

import sys
from pathlib import Path

from importers.base import ImportFailure
from importers.documents import read_document


def main(argv: list[str] | None = None) -> int:
    """Print each file's text (with a header when there are several); 1 when any could not be read."""
    paths = sys.argv[1:] if argv is None else argv
    if not paths:
        print("usage: python -m importers.documents FILE...", file=sys.stderr)
        return 2
    status = 0
    for path in paths:
        try:
            document = read_document(Path(path))
        except ImportFailure as failure:
            print(f"error: {failure}", file=sys.stderr)
            status = 1
            continue
        if len(paths) > 1:
            print(f"==> {path} ({document.format}, {document.encoding or 'binary'}) <==")
        sys.stdout.write(document.text + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
