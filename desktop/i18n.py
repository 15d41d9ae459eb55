"""The language the desktop speaks: chosen in the settings or taken from the system locale.

Codes become words through the one labels table (``model.labels``); this module only remembers
which of its languages the window shows.
"""

from __future__ import annotations

from enum import StrEnum

from model.labels import DEFAULT_LANGUAGE, language_of
from model.labels import label as _label

_state = {"language": DEFAULT_LANGUAGE}


def set_language(choice: str) -> str:
    """Speak ``choice`` (a language or locale name; "" follows the system locale); returns the language."""
    if not choice:
        from PySide6.QtCore import QLocale

        choice = QLocale.system().name()
    _state["language"] = language_of(choice)
    return _state["language"]


def language() -> str:
    """The language the window shows ("en", "nl", "de" or "fr")."""
    return _state["language"]


def label(value: StrEnum | str) -> str:
    """The words for a code in the window's language."""
    return _label(value, _state["language"])
