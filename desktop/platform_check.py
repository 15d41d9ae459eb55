"""Before Qt starts on Linux: can the xcb platform open a window? If not, say what to install.

Qt 6's xcb plugin aborts with "could not load the Qt platform plugin" when a system library is
missing, which tells a user nothing useful. We try to load each library the plugin links against
and name the packages (Debian/Ubuntu and Fedora) that provide the missing ones.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SystemLibrary:
    """A shared library the xcb platform plugin needs, and the packages that provide it."""

    soname: str
    debian: str
    fedora: str


XCB_LIBRARIES = (
    SystemLibrary("libxcb.so.1", "libxcb1", "libxcb"),
    SystemLibrary("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    SystemLibrary("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    SystemLibrary("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    SystemLibrary("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    SystemLibrary("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    SystemLibrary("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    SystemLibrary("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    SystemLibrary("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    SystemLibrary("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    SystemLibrary("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    SystemLibrary("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    SystemLibrary("libEGL.so.1", "libegl1", "libglvnd-egl"),
    SystemLibrary("libGL.so.1", "libgl1", "libglvnd-glx"),
    SystemLibrary("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    SystemLibrary("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
)

_NO_WINDOW_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "wayland")


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def needs_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will use the xcb plugin: Linux, no other platform asked for, no Wayland session."""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "").split(";")[0].strip().lower()
    if asked:
        return asked == "xcb" or not asked.startswith(_NO_WINDOW_PLATFORMS)
    return not environ.get("WAYLAND_DISPLAY")


def missing_libraries(loads: Callable[[str], bool] = _loads) -> list[SystemLibrary]:
    """The xcb plugin's libraries that cannot be loaded on this machine."""
    return [lib for lib in XCB_LIBRARIES if not loads(lib.soname)]


def display_problem(
    environ: Mapping[str, str] | None = None, loads: Callable[[str], bool] = _loads
) -> str | None:
    """A message saying why Qt cannot open a window here and how to fix it, or None when it can."""
    environ = os.environ if environ is None else environ
    if not needs_xcb(environ):
        return None
    missing = missing_libraries(loads)
    if missing:
        return _missing_message(missing)
    if not environ.get("DISPLAY"):
        return (
            "transfer-atlas: no display to open a window on (DISPLAY is not set).\n"
            "Run it in a desktop session, or use the command line (transfer-atlas check / export)."
        )
    return None


def _missing_message(missing: list[SystemLibrary]) -> str:
    debian = " ".join(dict.fromkeys(lib.debian for lib in missing))
    fedora = " ".join(dict.fromkeys(lib.fedora for lib in missing))
    names = ", ".join(lib.soname for lib in missing)
    return (
        "transfer-atlas: cannot open a window: Qt's X11 (xcb) platform needs system libraries that are "
        f"not installed: {names}.\n"
        f"  Debian/Ubuntu: sudo apt install {debian}\n"
        f"  Fedora:        sudo dnf install {fedora}\n"
        "The command line (transfer-atlas check / export) works without them."
    )
