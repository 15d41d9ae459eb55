"""The interface in Dutch, German and French: every string of desktop/ is in the translation files.

lupdate (the same command as ``make translations``) is run on the code into copies of the committed
.ts files: a string the code shows that the files lack, or leave unfinished, fails here. The window is
then opened in Dutch and its menus, actions, tabs, docks, headers and filters are read back.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from desktop_helpers import desktop_settings, sample_project

from desktop.i18n import CATALOGUE, TRANSLATED, TRANSLATIONS_DIR, catalogue_file

ROOT = Path(__file__).resolve().parents[1]
TOOLS = Path(sys.executable).parent
LUPDATE = [
    str(TOOLS / "pyside6-lupdate"),
    "-silent",
    "-locations",
    "none",
    "-no-obsolete",
    "-extensions",
    "py",
]
PLACEHOLDER = re.compile(r"\{\w*\}|%n")


def _messages(ts: Path) -> dict[tuple[str, str], list[str | None]]:
    """(context, source) -> the translations (one per plural form; None when unfinished)."""
    found: dict[tuple[str, str], list[str | None]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            done = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
            found[(name, message.findtext("source") or "")] = [f if done and f else None for f in forms]
    return found


def _refreshed(tmp_path: Path, lang: str) -> Path:
    """A copy of the committed .ts file after lupdate read the code again."""
    copy = tmp_path / f"{CATALOGUE}_{lang}.ts"
    shutil.copy(TRANSLATIONS_DIR / copy.name, copy)
    extra = ["-pluralonly"] if lang == "en" else []
    subprocess.run(
        [*LUPDATE, *extra, str(ROOT / "desktop"), "-ts", str(copy)], check=True, capture_output=True
    )
    return copy


@pytest.mark.parametrize("lang", [*TRANSLATED, "en"])
def test_every_string_of_the_interface_is_translated(tmp_path: Path, lang: str) -> None:
    committed = _messages(TRANSLATIONS_DIR / f"{CATALOGUE}_{lang}.ts")
    current = _messages(_refreshed(tmp_path, lang))
    missing = sorted(key for key in current if key not in committed)
    unfinished = sorted(key for key, forms in current.items() if None in forms)
    stale = sorted(key for key in committed if key not in current)
    hint = "run `make translations` and translate the new strings (pyside6-linguist)"
    assert not missing, f"{lang}: strings of the code missing from the .ts file ({hint}): {missing}"
    assert not unfinished, f"{lang}: untranslated strings ({hint}): {unfinished}"
    assert not stale, f"{lang}: strings no longer in the code ({hint}): {stale}"
    if lang != "en":
        assert len(current) > 400, "the interface's strings were not found: is every file scanned?"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_keep_the_placeholders(lang: str) -> None:
    for (context, source), forms in _messages(TRANSLATIONS_DIR / f"{CATALOGUE}_{lang}.ts").items():
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            assert sorted(set(PLACEHOLDER.findall(form or ""))) == wanted, (lang, context, source, form)


@pytest.mark.parametrize("lang", [*TRANSLATED, "en"])
def test_the_compiled_translations_match_their_sources(lang: str) -> None:
    """The committed .qm file (what the app loads) says what the .ts file says, message by message
    (read back through QTranslator, so another lrelease version's byte layout does not matter)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(catalogue_file(lang))), f"cannot load {catalogue_file(lang)}"
    stale = []
    for (context, source), forms in _messages(TRANSLATIONS_DIR / f"{CATALOGUE}_{lang}.ts").items():
        if "%n" in source and len(forms) == 2:  # singular for 1, plural for 2 in all four languages
            got = [translator.translate(context, source, None, n) for n in (1, 2)]
            wanted = forms  # QTranslator gives the form; QCoreApplication.translate fills in %n
        else:
            got, wanted = [translator.translate(context, source)], forms
        if got != wanted:
            stale.append((context, source))
    assert not stale, f"{lang}: the .qm file lags its .ts file (run `make translations`): {stale[:5]}"


def _texts(window) -> set[str]:  # noqa: ANN001 - a MainWindow
    """Every text the window shows a person: menus, actions, tabs, docks, headers, filters, tips."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QTableView, QWidget

    from desktop.widgets import CountryCombo

    texts: set[str] = {window.tabs.tabText(i) for i in range(window.tabs.count())}
    texts |= {window.tabs.tabToolTip(i) for i in range(window.tabs.count())}
    for action in window.findChildren(QAction):
        texts |= {action.text(), action.toolTip(), action.statusTip(), action.iconText()}
    for widget in window.findChildren(QWidget):
        texts |= {widget.toolTip(), widget.windowTitle()}
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QComboBox) and not isinstance(widget, CountryCombo):  # CLDR's names
            texts |= {widget.itemText(i) for i in range(min(widget.count(), 12))}
        if isinstance(widget, QTableView):
            model = widget.model()
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    texts.add(str(model.headerData(column, Qt.Orientation.Horizontal, role) or ""))
    return {t.strip() for t in texts if re.search(r"[A-Za-z]{2}", t)}


def _window_texts(qtbot, tmp_path: Path, lang: str) -> set[str]:  # noqa: ANN001
    from desktop.window import MainWindow

    store = desktop_settings(tmp_path / lang)
    store.setValue("language", lang)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.session.reset(sample_project())
    window.session.select(parties=(window.session.project.parties[1].id,))
    texts = _texts(window)
    window.session.undo_stack.setClean()
    window.close()
    return texts


# Texts that read the same in English and Dutch: names, abbreviations and words both languages share.
SAME_IN_DUTCH = {"Transfer Atlas", "TIA", "In", "Scenario", "Help", "&Help", "Inspector"}


def _same_in_dutch(text: str, names: set[str]) -> bool:
    """Whether ``text`` may read the same in both languages: a name, a path, a legal citation, or a
    country whose Dutch name (CLDR) is its English one (Canada, Japan)."""
    from model.countries import country_name

    if text in SAME_IN_DUTCH or "/" in text or "CELEX" in text or any(n in text for n in names):
        return True
    country = re.fullmatch(r"(.+) \(([A-Z]{2})\)", text)
    return bool(country) and country_name(country[2], "nl") == country[1]


@pytest.mark.gui
def test_the_window_speaks_dutch(qtbot, tmp_path: Path) -> None:
    from desktop.i18n import set_language

    (tmp_path / "en").mkdir()
    (tmp_path / "nl").mkdir()
    try:
        english = _window_texts(qtbot, tmp_path, "en")
        dutch = _window_texts(qtbot, tmp_path, "nl")
    finally:
        set_language("en")
    project = sample_project()
    names = {p.name for p in project.parties} | {project.name}
    untranslated = {t for t in english & dutch if not _same_in_dutch(t, names)}
    assert not untranslated, f"English left in the Dutch window: {sorted(untranslated)}"
    assert {"&Bestand", "Be&werken", "&Partijen", "Bevindingen", "Verwerkingsverantwoordelijke"} <= dutch


def test_every_country_source_has_words_to_translate() -> None:
    from desktop.party_editor import COUNTRY_SOURCES
    from model.parties import CountrySource

    assert {s.label for s in CountrySource} == set(COUNTRY_SOURCES)


@pytest.mark.gui
@pytest.mark.parametrize(
    ("lang", "save", "cancel"), [("nl", "Opslaan", "Annuleren"), ("de", "Speichern", "Abbrechen")]
)
def test_qt_s_own_buttons_follow_the_language(qtbot, lang: str, save: str, cancel: str) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.i18n import set_language

    buttons = QDialogButtonBox.StandardButton
    try:
        set_language(lang)
        box = QDialogButtonBox(buttons.Save | buttons.Cancel)
        qtbot.addWidget(box)
        assert {b.text().replace("&", "") for b in box.buttons()} == {save, cancel}
    finally:
        set_language("en")


def _column_texts(panel, header: str, role=None) -> list[str]:  # noqa: ANN001 - a TablePanel, a role
    """What the view shows in the column whose header (in the window's language) is ``header``."""
    from PySide6.QtCore import Qt

    model = panel.view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index(header)
    role = role or Qt.ItemDataRole.DisplayRole
    return [str(model.index(row, column).data(role)) for row in range(model.rowCount())]


@pytest.mark.gui
@pytest.mark.parametrize(("lang", "header"), [("nl", "Bevinding"), ("de", "Feststellung"), ("fr", "Constat")])
def test_the_findings_table_and_the_inspector_say_findings_in_the_window_s_language(
    qtbot, tmp_path: Path, lang: str, header: str
) -> None:
    from PySide6.QtCore import Qt

    from desktop.i18n import set_language
    from desktop.window import MainWindow
    from model.labels import fact_text, scenario_words
    from model.reference import bundled_reference
    from model.scenarios import build_scenario

    store = desktop_settings(tmp_path)
    store.setValue("language", lang)
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.session.reset(sample_project())
        findings = window.session.findings
        shown = _column_texts(window.tables.findings, header)
        assert findings and sorted(shown) == sorted(f.text(lang) for f in findings)
        assert not {f.message for f in findings} & set(shown)  # no English sentence left
        tips = _column_texts(window.tables.findings, header, Qt.ItemDataRole.ToolTipRole)
        with_facts = [(f, t) for f in findings for t in tips if t.startswith(f.text(lang)) and f.facts]
        assert with_facts and all(
            fact_text(k, v, lang) in tip for f, tip in with_facts for k, v in f.facts
        )  # the facts as the workbook says them, in the window's language
        assert not any("destination status: " in tip for tip in tips)
        party = next(f.importer for f in findings if f.importer)
        window.session.select(parties=(party,))
        listed = [window.inspector.findings.item(i).text() for i in range(window.inspector.findings.count())]
        about = [f for f in findings if f.importer == party]
        assert about and all(any(f.text(lang) in item for item in listed) for f in about)
        window.session.set_scenario(build_scenario(bundled_reference(), ["dpf-invalidated"], ["CH"]))
        said = scenario_words(window.session.scenario.labels, lang)
        assert "; ".join(said) in window.status.text() and "withdrawn" not in window.status.text()
        window.session.undo_stack.setClean()
        window.close()
    finally:
        set_language("en")
