"""Building a what-if scenario from preset names and country codes."""

from __future__ import annotations

from collections.abc import Iterable

from model.findings import MessageCode, Scenario
from model.labels import message_text
from model.reference import DestinationStatus, ReferenceData


class ScenarioError(ValueError):
    """A scenario names a preset or decision the reference data does not know."""


def build_scenario(
    reference: ReferenceData, presets: Iterable[str] = (), withdraw: Iterable[str] = ()
) -> Scenario:
    """The scenario of the named presets plus the adequacy decisions of ``withdraw`` (country codes)."""
    codes: list[str] = []
    labels: list[str] = []
    for name in presets:
        preset = reference.scenarios.get(name)
        if preset is None:
            known = ", ".join(sorted(reference.scenarios))
            raise ScenarioError(f"unknown scenario {name!r} (known: {known})")
        codes.extend(preset.withdraw)
        labels.append(preset.label)
    for raw in withdraw:
        code = raw.strip().upper()
        j = reference.jurisdictions.get(code)
        if j is None or j.status is DestinationStatus.EEA:
            raise ScenarioError(f"{raw!r} has no adequacy decision to withdraw")
        codes.append(code)
        # English, as the JSON output keeps it; ``model.labels.scenario_words`` says it in a language
        said = message_text(MessageCode.WORD_WITHDRAWN_DECISION, [("country", j.name), ("code", code)])
        labels.append(said)
    return Scenario(frozenset(codes), tuple(dict.fromkeys(labels)))
