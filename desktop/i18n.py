"""The language the desktop speaks: chosen in the settings or taken from the system locale.

Codes become words through the one labels table (``model.labels``); the interface's own sentences
go through Qt's translation system: ``translations/transfer_atlas_LANG.ts`` (edited with Qt
Linguist, refreshed by ``make translations``) compiled to ``.qm`` files that a ``QTranslator``
loads, beside Qt's own ``qtbase_LANG.qm`` for its standard buttons and dialogs.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

from model.findings import Finding
from model.labels import DEFAULT_LANGUAGE, language_of
from model.labels import article_text as _article_text
from model.labels import fact_text as _fact_text
from model.labels import label as _label

TRANSLATIONS_DIR = Path(__file__).with_name("translations")
CATALOGUE = "transfer_atlas"  # transfer_atlas_nl.ts / .qm
TRANSLATED = ("nl", "de", "fr")  # English is the source language (its .qm holds only plural forms)

_state: dict[str, Any] = {"language": DEFAULT_LANGUAGE, "translators": []}


def set_language(choice: str) -> str:
    """Speak ``choice`` (a language or locale name; "" follows the system locale); returns the language.

    The interface's translations are installed on the running QApplication, so windows built
    afterwards speak the language.
    """
    if not choice:
        from PySide6.QtCore import QLocale

        choice = QLocale.system().name()
    _state["language"] = language_of(choice)
    _install_translators(_state["language"])
    return _state["language"]


def language() -> str:
    """The language the window shows ("en", "nl", "de" or "fr")."""
    return str(_state["language"])


def label(value: StrEnum | str) -> str:
    """The words for a code in the window's language."""
    return _label(value, _state["language"])


def article(citation: str) -> str:
    """A GDPR citation ("Art. 46 GDPR") in the window's language ("Art. 46 AVG")."""
    return _article_text(citation, _state["language"])


def fact_lines(finding: Finding) -> str:
    """The facts a finding decided on, one per line, in the window's language."""
    return "\n".join(_fact_text(name, value, _state["language"]) for name, value in finding.facts)


def finding_text(finding: Finding) -> str:
    """What a finding says, in the window's language."""
    return finding.text(_state["language"])


def catalogue_file(lang: str) -> Path:
    """The compiled translations of the interface for ``lang``."""
    return TRANSLATIONS_DIR / f"{CATALOGUE}_{lang}.qm"


def _install_translators(lang: str) -> None:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    app = QCoreApplication.instance()
    if app is None:
        return
    for old in _state["translators"]:
        app.removeTranslator(old)
    _state["translators"] = []
    # Qt's own formats (the calendar's month names) follow too; a system locale of the same language
    # is kept, so English users keep their own date and number conventions.
    system = QLocale.system()
    QLocale.setDefault(system if language_of(system.name()) == lang else QLocale(lang))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_" + lang, qt_dir), (f"{CATALOGUE}_{lang}", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            _state["translators"].append(translator)
