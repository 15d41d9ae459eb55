"""The app's remembered settings: one typed object with defaults in code, over a QSettings passed in."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

MAX_RECENT = 10
SETTINGS_ENV = "TRANSFER_ATLAS_SETTINGS"  # an .ini path; tests and the crash test use their own


@dataclass(slots=True)
class AppSettings:
    """Everything the app remembers between runs."""

    geometry: QByteArray = field(default_factory=QByteArray)
    window_state: QByteArray = field(default_factory=QByteArray)
    recent_files: list[str] = field(default_factory=list)
    last_open_dir: str = ""
    last_import_dir: str = ""
    last_export_dir: str = ""
    autosave_seconds: float = 60.0
    recovery_dir: str = ""
    language: str = ""  # "" follows the system locale; else en, nl, de or fr
    team_register_url: str = ""  # the last team register connected to (never with a password)

    @classmethod
    def load(cls, store: QSettings) -> AppSettings:
        """Read the settings, falling back to the defaults for anything missing or malformed."""
        settings = cls()
        for f in fields(cls):
            default = getattr(settings, f.name)
            value = store.value(f.name, default)
            setattr(settings, f.name, _coerce(value, default))
        settings.recent_files = [p for p in settings.recent_files if p][:MAX_RECENT]
        return settings

    def save(self, store: QSettings) -> None:
        """Write every setting and flush."""
        for f in fields(self):
            store.setValue(f.name, getattr(self, f.name))
        store.sync()

    def remember_file(self, path: str | Path) -> None:
        """Put ``path`` first in the recent files."""
        text = str(Path(path).resolve())
        self.recent_files = [text, *(p for p in self.recent_files if p != text)][:MAX_RECENT]

    def forget_file(self, path: str) -> None:
        """Drop ``path`` from the recent files (it could not be opened)."""
        self.recent_files = [p for p in self.recent_files if p != path]

    def recovery_folder(self) -> Path:
        """Where autosaved work waits to be recovered after a crash."""
        if self.recovery_dir:
            return Path(self.recovery_dir)
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
        return Path(base or Path.home() / ".transfer-atlas") / "recovery"


def _coerce(value: object, default: object) -> object:
    """QSettings returns strings from ini files; turn them back into the default's type."""
    if isinstance(default, list):
        if value is None or value == "":
            return []
        return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]
    if isinstance(default, bool):
        return value in (True, "true", "1", 1)
    if isinstance(default, int | float):
        try:
            return type(default)(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default
    if isinstance(default, QByteArray):
        return value if isinstance(value, QByteArray) else default
    return str(value) if value is not None else default


def open_store() -> QSettings:
    """The settings store: the user's, or the ini file named by $TRANSFER_ATLAS_SETTINGS."""
    path = os.environ.get(SETTINGS_ENV)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings("Transfer Atlas", "Transfer Atlas")
