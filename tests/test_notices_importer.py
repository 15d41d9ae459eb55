"""The notice importer (model objects, stable ids) and the extract / text / check commands."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.cli import main
from importers.notices import NoticeImporter
from importers.notices.importer import PLACEHOLDER_NAME
from importers.registry import importer_for
from model.flows import ToolKind
from model.parties import PartyKind, ReviewStatus, Role

FIXTURES = Path(__file__).parent / "fixtures" / "notices"
UNSPECIFIED = "\n\n".join(
    [
        "Privacyverklaring Noordlicht Zorgverzekeringen N.V.",
        "Noordlicht Zorgverzekeringen N.V. is de verwerkingsverantwoordelijke. "
        "Ons adres is Stationsplein 1, 9711 AA Groningen, Nederland.",
        "Wij delen uw gegevens met onze groepsmaatschappijen en met derden die namens ons optreden.",
        "Wij (of derden die namens ons optreden) kunnen gegevens opslaan in landen buiten de Europese "
        "Economische Ruimte. Wij leggen de ontvanger daarbij contractuele verplichtingen op.",
        "Wij verwerken gegevens over uw gezondheid.\n",
    ]
)


@pytest.fixture()
def unspecified_notice(tmp_path: Path) -> Path:
    path = tmp_path / "noordlicht.txt"
    path.write_text(UNSPECIFIED, encoding="utf-8")
    return path


def test_registry_routes_documents_to_the_notice_importer(tmp_path: Path) -> None:
    for name in ("a.txt", "a.md", "a.html", "a.pdf", "a.docx"):
        assert isinstance(importer_for(tmp_path / name), NoticeImporter)


def test_contribution_has_controller_recipients_and_placeholder(unspecified_notice: Path) -> None:
    c = NoticeImporter().read(unspecified_notice)
    (doc,) = c.documents
    controller = next(p for p in c.parties if p.role is Role.CONTROLLER)
    assert (controller.name, controller.country) == ("Noordlicht Zorgverzekeringen N.V.", "NL")
    assert doc.controller == controller.id and doc.language == "nl" and doc.text == UNSPECIFIED
    placeholder = next(p for p in c.parties if p.placeholder)
    assert placeholder.name == PLACEHOLDER_NAME and placeholder.country is None
    flow = next(f for f in c.flows if f.importer == placeholder.id)
    assert flow.leaves_eea and [t.kind for t in flow.tools] == [ToolKind.CONTRACTUAL_UNSPECIFIED]
    assert all(f.exporter == controller.id and f.special_categories for f in c.flows)
    described = [p for p in c.parties if p.kind is PartyKind.DESCRIBED and not p.placeholder]
    assert {p.role for p in described} >= {Role.GROUP_COMPANY, Role.PROCESSOR}
    assert all(p.review is ReviewStatus.SUGGESTED for p in c.parties)
    for e in (e for f in c.flows for e in f.evidence):
        assert UNSPECIFIED[e.start : e.end] == e.quote


def test_described_recipients_are_named_in_the_notice_s_language(
    unspecified_notice: Path, tmp_path: Path
) -> None:
    """A Dutch notice's "onze groepsmaatschappijen" becomes a party a Dutch reader recognises; a
    notice in a language the labels lack reads English."""
    dutch = {p.role: p.name for p in NoticeImporter().read(unspecified_notice).parties}
    assert dutch[Role.GROUP_COMPANY] == "Groepsmaatschappijen"
    assert dutch[Role.PROCESSOR] == "Verwerkers (dienstverleners)"
    english = tmp_path / "english.txt"
    english.write_text(
        "Privacy notice of Harbour Lights Ltd\n\nHarbour Lights Ltd is the controller.\n\n"
        "We share your data with our group companies and with a debt collection agency.\n",
        encoding="utf-8",
    )
    named = {p.role: p.name for p in NoticeImporter().read(english).parties}
    assert named[Role.GROUP_COMPANY] == "Group companies"
    assert named[Role.DEBT_COLLECTOR] == "Debt collection agency"


def test_reimport_gives_the_same_ids(unspecified_notice: Path) -> None:
    first, second = NoticeImporter().read(unspecified_notice), NoticeImporter().read(unspecified_notice)
    assert [p.id for p in first.parties] == [p.id for p in second.parties]
    assert [f.id for f in first.flows] == [f.id for f in second.flows]


def test_named_recipient_outside_the_eea_gets_its_country_and_tools() -> None:
    c = NoticeImporter().read(
        FIXTURES.parent.parent.parent / "samples" / "notices" / "harbourline_privacy_notice_en.md"
    )
    party = next(p for p in c.parties if p.name == "Northgate Claims Inc.")
    flow = next(f for f in c.flows if f.importer == party.id)
    assert party.country == "US" and flow.leaves_eea
    assert {t.kind for t in flow.tools} == {ToolKind.SCC, ToolKind.DPF}


def test_extract_json_document_and_exit_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notice = tmp_path / "n.md"
    shutil.copy(FIXTURES / "en_no_transfer.md", notice)
    assert main(["extract", "--json", str(notice), str(tmp_path / "missing.txt")]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "transfer-atlas/extraction/v1"
    good, bad = doc["notices"]
    assert good["source"] == str(notice) and good["error"] is None and good["language"] == "en"
    assert bad["error"] and "missing.txt" in bad["error"]
    assert main(["extract", "--json", str(notice)]) == 0


def test_extract_summary_and_text_command(
    unspecified_notice: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(unspecified_notice)]) == 0
    out = " ".join(capsys.readouterr().out.split())  # lines wrap at the terminal's width
    assert "controller: Noordlicht Zorgverzekeringen N.V. (NL)" in out
    assert "Contractual obligations (tool not named)" in out and "contractual_unspecified" not in out
    assert main(["text", str(unspecified_notice)]) == 0
    assert capsys.readouterr().out.rstrip("\n") == UNSPECIFIED.rstrip("\n")


def test_extract_explain_says_why_each_party_and_role(capsys: pytest.CaptureFixture[str]) -> None:
    notice = FIXTURES / "en_lantern_owned_by.md"
    assert main(["extract", "--explain", str(notice)]) == 0
    out = capsys.readouterr().out
    assert "controller: Harbour Press Limited (GB)" in out
    assert 'why: named in 2 controller statement(s); the notice calls it "we"' in out
    block = out.split("recipient: Tollbridge Payments Ltd — bank_payment", 1)[1]
    assert block.splitlines()[1] == "  why this role: the role word 'payment provider' stands beside the name"
    assert "  « Tollbridge Payments Ltd, our payment provider »" in block
    assert "transfer outside the EEA: Helpdeskly Inc. -> US; scc" in out
    with pytest.raises(SystemExit):
        main(["extract", "--explain", "--json", str(notice)])


def test_check_reports_unknown_destination_and_unspecified_safeguard(
    unspecified_notice: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", "--json", "--fail-on", "never", str(unspecified_notice)])
    rules = {f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert {"unknown-destination", "unspecified-safeguard"} <= rules
