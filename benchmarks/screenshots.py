"""Screenshots of the app under a real X server, at 1366x768 and 1920x1080, and what they show.

For each screen size this starts Xvfb, opens the app on the bundled sample notices and on a
300-vendor register it writes, waits until the import and the map are done, saves a screenshot of
the whole screen, and checks: the window and its docks lie on the screen, the Inspector's form is
not cut, and every name the map writes is a whole party name (or a group's count). It prints one
line per screenshot and exits 1 when a check fails.

Run: ``.venv/bin/python benchmarks/screenshots.py [OUTPUT_DIR] [--language nl|de|fr|en]`` (needs
``Xvfb``: ``apt-get install xvfb``; default output ``screenshots/``; the language is set in the app's
settings, as a user would choose it).
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = ((1366, 768), (1920, 1080))
CASES = ("samples", "register300")
COUNTRIES = (
    "Netherlands",
    "Germany",
    "France",
    "Belgium",
    "Ireland",
    "United States",
    "India",
    "United Kingdom",
    "Switzerland",
    "Japan",
    "Brazil",
    "Canada",
    "Philippines",
    "",
)
ROLES = (
    "Processor",
    "Sub-processor",
    "Hosting provider",
    "Survey bureau",
    "Debt collector",
    "Payment provider",
    "Marketing partner",
    "Reinsurer",
)
MECHANISMS = (
    "Standard contractual clauses",
    "EU-US Data Privacy Framework",
    "Binding corporate rules",
    "Adequacy decision",
    "",
)
STEMS = (
    "Alder",
    "Brisk",
    "Cobalt",
    "Dune",
    "Ember",
    "Fjord",
    "Granite",
    "Harbour",
    "Iris",
    "Juniper",
    "Kestrel",
    "Lumen",
    "Marlin",
    "Nimbus",
    "Orchid",
    "Pinnacle",
    "Quartz",
    "Rivet",
    "Sable",
    "Tundra",
)
TRADES = (
    "Cloud Services",
    "Data Systems",
    "Claims Support",
    "Collections",
    "Analytics",
    "Payments",
    "Research",
    "Hosting",
    "Contact Centre",
    "Software",
)
FORMS = ("B.V.", "GmbH", "SAS", "Ltd", "Inc.", "Pvt. Ltd.", "S.A.", "LLC")


def write_register(path: Path, rows: int = 300, seed: int = 3) -> None:
    """A made-up vendor register of ``rows`` vendors with countries, roles and mechanisms."""
    rnd = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(
            ["Vendor name", "Country", "Role", "DPA signed", "Transfer mechanism", "Data categories"]
        )
        for i in range(rows):
            name = f"{rnd.choice(STEMS)} {rnd.choice(TRADES)} {i} {rnd.choice(FORMS)}"
            out.writerow(
                [
                    name,
                    rnd.choice(COUNTRIES),
                    rnd.choice(ROLES),
                    rnd.choice(("Yes", "No", "")),
                    rnd.choice(MECHANISMS),
                    "name, e-mail",
                ]
            )


def main(argv: list[str]) -> int:
    """Take every screenshot (each in its own X server and process) and report the checks."""
    language = ""
    if "--language" in argv:
        at = argv.index("--language")
        language, argv = argv[at + 1], argv[:at] + argv[at + 2 :]
    out = Path(argv[0] if argv else "screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    if shutil.which("Xvfb") is None:
        print("screenshots: Xvfb is not installed (apt-get install xvfb)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        register = Path(tmp) / "vendors_300.csv"
        write_register(register)
        inputs = {"samples": [str(ROOT / "samples" / "notices")], "register300": [str(register)]}
        failed = False
        for display, (width, height) in enumerate(SIZES, start=91):
            for case in CASES:
                target = out / f"{case}_{width}x{height}{'_' + language if language else ''}.png"
                report = _shoot(display, width, height, inputs[case], target, tmp, language)
                failed |= not report.get("ok", False)
                print(json.dumps({"case": case, "screen": f"{width}x{height}", **report}, ensure_ascii=False))
    return 1 if failed else 0


def _shoot(
    display: int, width: int, height: int, inputs: list[str], target: Path, tmp: str, language: str = ""
) -> dict[str, object]:
    server = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        settings = Path(tmp) / f"settings-{target.stem}.ini"  # a fresh user: no remembered geometry
        settings.write_text(
            f"[General]\nrecovery_dir={Path(tmp) / 'recovery'}\nlanguage={language}\n", encoding="utf-8"
        )
        env = {
            **os.environ,
            "DISPLAY": f":{display}",
            "QT_QPA_PLATFORM": "xcb",
            "TRANSFER_ATLAS_SETTINGS": str(settings),
        }
        child = subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "screenshot_window.py"), str(target), *inputs],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if child.returncode not in (0, 1):
            return {"ok": False, "error": child.stderr.strip()[-800:]}
        return dict(json.loads(child.stdout.strip().splitlines()[-1]))
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
