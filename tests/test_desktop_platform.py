"""Before Qt starts: a machine that cannot open a window gets told why, not Qt's plugin abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.platform_check import XCB_LIBRARIES, display_problem, missing_libraries, needs_xcb

ROOT = Path(__file__).resolve().parents[1]


def test_only_the_x11_platform_on_linux_is_checked() -> None:
    assert needs_xcb({}, "linux")
    assert needs_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not needs_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not needs_xcb({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux")
    assert not needs_xcb({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not needs_xcb({}, "darwin") and not needs_xcb({}, "win32")


def test_missing_libraries_are_named_with_the_packages_to_install() -> None:
    absent = {"libxcb-cursor.so.0", "libxcb-icccm.so.4"}
    message = display_problem({"DISPLAY": ":0"}, loads=lambda soname: soname not in absent)
    assert message is not None
    assert "libxcb-cursor.so.0" in message and "libxcb-icccm.so.4" in message
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in message
    assert "sudo dnf install xcb-util-cursor xcb-util-wm" in message
    assert [lib.soname for lib in missing_libraries(lambda s: s not in absent)] == [
        lib.soname for lib in XCB_LIBRARIES if lib.soname in absent
    ]


def test_no_display_is_explained() -> None:
    message = display_problem({}, loads=lambda soname: True)
    assert message is not None and "DISPLAY" in message
    assert display_problem({"DISPLAY": ":0"}, loads=lambda soname: True) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, loads=lambda soname: False) is None


def test_the_gui_command_exits_with_the_explanation() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "gui"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("transfer-atlas: ")
    assert "not installed" in result.stderr or "no display" in result.stderr
    assert "Qt platform plugin" not in result.stderr
