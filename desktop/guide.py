"""Help › Guide: a short guide to the map and the rules, opened in the app (no browser, no network).

The rules' table is built from the rule registry (``model.findings.RULES``), so the guide lists
exactly the rules the app runs, with their titles in the window's language.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.i18n import article, label, language
from model.findings import RULES
from model.labels import rule_when

MAP_GUIDE = QT_TRANSLATE_NOOP(
    "Guide",
    """
<h2>Reading the map</h2>
<p>Parties stand in <b>jurisdiction bands</b>, left to right: your organisation and the EEA, countries
with an adequacy decision, countries whose decision covers only some importers, third countries, and
parties whose country nobody has stated yet. A node's <b>fill</b> is its band's colour; its
<b>shape</b> is its role group (controllers and group companies, processors and IT, finance and
insurance, public authorities, other recipients). <b>Hollow</b> nodes are categories a notice only
describes ("debt collection agencies"); several of one role are drawn once, with a count.</p>
<p><b>Red</b> means risk: a red line is a flow with a finding, thicker when more severe; a red ring is
a party with findings. An orange <b>?</b> beside a node (and after its country code) means only the
catalogue of organisations, a legal form or a web domain places it: where it processes the data is
unconfirmed. Hover over a node or a line for its details (a line shows its transfer tool,
data categories and purposes); click to select it and edit it in the Inspector. <i>Label flows</i>
writes each line's tool and data on it. Above 120 nodes, and whenever <i>Countries</i> is ticked,
the parties of each country are drawn as one node: double-click it to see its parties.</p>
<p>Names are always written whole. When the map is larger than the window it opens at a size you can
read: drag with the pan tool, or use the zoom tool; Home returns to the first view.</p>
<h2>Working with a project</h2>
<p>Import notices, registers and sub-processor lists (File › Import, or drop them on the window);
every party and flow keeps the sentence it came from. Confirm or reject what was suggested, add the
transfer tools and TIA status, and set the as-of date and a scenario in the toolbar: the findings are
recomputed on every change. Every edit can be undone with Ctrl+Z, also while typing in a field.
File › Export writes the TIA workbook or the map, with the date and scenario on it.</p>
""",
)
translate = QCoreApplication.translate


def guide_html() -> str:
    """The guide as HTML: the map, the working steps, and one row per rule the app runs."""
    rows = "".join(
        f"<tr><td><b>{escape(label(rule))}</b><br><code>{escape(rule.value)}</code></td>"
        f"<td>{escape(label(info.severity))}</td><td>{escape(article(info.article))}</td>"
        f"<td>{escape(rule_when(rule, language()))}</td></tr>"
        for rule, info in RULES.items()
    )
    headings = (
        translate("Guide", "Rule"),
        translate("Guide", "Severity"),
        translate("Guide", "Article"),
        translate("Guide", "When it fires"),
    )
    rules = (
        "<h2>"
        + translate("Guide", "The rules")
        + "</h2><p>"
        + translate(
            "Guide",
            "Each finding names its rule, the GDPR article, the facts it decided on and the sentences "
            "they came from. A value nobody stated counts as unknown, never as compliant.",
        )
        + "</p><table border='1' cellspacing='0' cellpadding='4'><tr>"
        + "".join(f"<th>{h}</th>" for h in headings)
        + f"</tr>{rows}</table>"
    )
    title = translate("Guide", "Transfer Atlas guide")
    return f"<h1>{title}</h1>{translate('Guide', MAP_GUIDE)}{rules}"


class GuideDialog(QDialog):
    """The guide in a resizable window beside the main one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer Atlas guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(900, int(screen.width() * 0.7)), min(800, int(screen.height() * 0.8)))
