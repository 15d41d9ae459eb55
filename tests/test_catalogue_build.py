"""The bundled catalogue is what the build script makes of its sources: an edit made to
model/data/organisations.json by hand (and lost at the next build) fails here; make it in
tools/catalogue/*.txt or words.json and rebuild."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared/reference/organisations")


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared CC0 source material is not on this machine")
def test_the_build_reproduces_the_bundled_catalogue() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_organisations", ROOT / "tools/catalogue/build_organisations.py"
    )
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    bundled = (ROOT / "model" / "data" / "organisations.json").read_text(encoding="utf-8")
    document = build.build(SHARED, json.loads(bundled)["as_of"])
    assert json.dumps(document, ensure_ascii=False, indent=1) + "\n" == bundled
