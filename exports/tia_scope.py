"""The first blocks of a TIA sheet: is this a transfer at all, and who exactly exports and imports.

The qualification follows the three criteria of EDPB Guidelines 05/2021 on the interplay between
Art. 3 and Chapter V GDPR, then asks whether the data could be anonymised or pseudonymised instead
and whether an adequacy decision already covers the importer (then no TIA is needed).
"""

from __future__ import annotations

from exports.cells import Formula
from exports.links import PARTIES, Ref
from exports.register import adequacy_covers, party_text
from exports.report import TransferRow
from exports.tia_form import YES_NO, Form
from model.parties import Party

GUIDELINES = (
    "EDPB Guidelines 05/2021 on the interplay between Art. 3 and Chapter V GDPR: "
    "https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/"
    "guidelines-052021-interplay-between-application-article-3_en"
)
CRITERIA = (
    "1. Is the exporter subject to the GDPR for this processing (Art. 3)?",
    "2. Does the exporter disclose the data to the importer or make it available (remote access counts)?",
    "3. Is the importer in a third country (even if the GDPR applies to it under Art. 3(2))?",
)


def qualification(form: Form, row: TransferRow) -> None:
    """Pre-TIA questions: the three criteria of a transfer, the alternatives, adequacy."""
    form.section("Before the assessment: is this a transfer, and is a TIA needed?")
    form.note(GUIDELINES)
    answers = [
        form.ask(text, choices=YES_NO, prompt="yes, no or unknown (unknown keeps the TIA open).")
        for text in CRITERIA
    ]
    any_no = "OR(" + ",".join(f'{a}="no"' for a in answers) + ")"
    all_yes = "AND(" + ",".join(f'{a}="yes"' for a in answers) + ")"
    form.fact(
        "A transfer under Chapter V?",
        Formula(
            f'=IF({all_yes},"yes: Chapter V applies",IF({any_no},'
            f'"no: not a transfer under Guidelines 05/2021; record why and keep this sheet",'
            f'"incomplete: answer the three questions"))'
        ),
        "result",
    )
    form.ask(
        "Could the purpose be met with anonymised data (then no personal data leaves)?",
        choices=YES_NO,
        prompt="If yes, anonymise instead of transferring.",
    )
    form.ask(
        "Could the data be pseudonymised before export, the key staying in the EEA?",
        choices=YES_NO,
        prompt="A strong supplementary measure (EDPB Recommendations 01/2020, use case 2).",
    )
    form.fact("An adequacy decision covers this importer", adequacy_covers(row))


def party_details(form: Form, label: str, party: Party) -> None:
    """Who the party is (linked to its row on Parties) and the Annex I.A details to fill in."""
    form.fact(label, Ref(f"{party_text(party)}, {party.role.value}", PARTIES, party.id))
    form.ask(f"{label}: address")
    form.ask(f"{label}: contact person (name, position, e-mail)")
    form.ask(f"{label}: activities relevant to the transfer")
