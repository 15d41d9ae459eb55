"""The first blocks of a TIA sheet: is this a transfer at all, and who exactly exports and imports.

The qualification follows the three criteria of EDPB Guidelines 05/2021 on the interplay between
Art. 3 and Chapter V GDPR, then asks whether the data could be anonymised or pseudonymised instead
and whether an adequacy decision already covers the importer (then no TIA is needed).
"""

from __future__ import annotations

from exports.cells import Formula
from exports.links import PARTIES, Ref
from exports.register import covers_text, party_text
from exports.report import TransferRow
from exports.sheets import formula_text
from exports.tia_form import YES_NO, Form
from model.parties import Party

GUIDELINES_URL = (
    "https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/"
    "guidelines-052021-interplay-between-application-article-3_en"
)
CRITERIA = ("qualify.criterion1", "qualify.criterion2", "qualify.criterion3")


def qualification(form: Form, row: TransferRow) -> None:
    """Pre-TIA questions: the three criteria of a transfer, the alternatives, adequacy."""
    w = form.words
    yes, no, _ = (formula_text(c) for c in w.choices(YES_NO))
    form.section(w("qualify.title"))
    form.note(w("qualify.guidelines", url=GUIDELINES_URL))
    answers = [form.ask(w(key), choices=YES_NO, prompt=w("qualify.prompt")) for key in CRITERIA]
    any_no = "OR(" + ",".join(f'{a}="{no}"' for a in answers) + ")"
    all_yes = "AND(" + ",".join(f'{a}="{yes}"' for a in answers) + ")"
    outcome = {k: formula_text(w(f"qualify.{k}")) for k in ("transfer", "not_transfer", "incomplete")}
    form.fact(
        w("qualify.is_transfer"),
        Formula(
            f'=IF({all_yes},"{outcome["transfer"]}",IF({any_no},'
            f'"{outcome["not_transfer"]}","{outcome["incomplete"]}"))'
        ),
        "result",
    )
    form.ask(w("qualify.anonymise"), choices=YES_NO, prompt=w("qualify.anonymise_prompt"))
    form.ask(w("qualify.pseudonymise"), choices=YES_NO, prompt=w("qualify.pseudonymise_prompt"))
    form.fact(w("column.adequacy_covers"), covers_text(row, w))


def party_details(form: Form, label: str, party: Party) -> None:
    """Who the party is (linked to its row on Parties) and the Annex I.A details to fill in."""
    w = form.words
    form.fact(label, Ref(f"{party_text(party)}, {w.label(party.role)}", PARTIES, party.id))
    form.ask(w("party.address", party=label))
    form.ask(w("party.contact", party=label))
    form.ask(w("party.activities", party=label))
