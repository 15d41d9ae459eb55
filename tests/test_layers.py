"""The core packages never load Qt: importing them in a fresh interpreter leaves PySide6 out."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE = ("model", "importers", "exports")


@pytest.mark.parametrize("package", CORE)
def test_core_package_imports_without_qt(package: str) -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({package!r})\n"
        "for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    if not info.name.endswith('__main__'):\n"
        "        importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'desktop')))\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "", f"{package} pulled in: {done.stdout.strip()}"


def test_cli_check_runs_without_qt(tmp_path) -> None:
    code = (
        "import sys\n"
        "from desktop.cli import main\n"
        "try:\n"
        "    main(['check', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('QT=' + ','.join(sorted(m for m in sys.modules if m.startswith('PySide6'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "QT="
