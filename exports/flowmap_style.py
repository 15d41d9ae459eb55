"""How the map looks: jurisdiction colours, the few role groups and their shapes, the map's words.

Red is kept for risk (findings), so no jurisdiction colour is red. The words come from the labels
table (group ``map_text``), so the map speaks the user's language like the tables do.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from exports.flowmap_layout import Band
from model.flows import Flow, ToolFamily, ToolKind
from model.labels import group_labels, label
from model.parties import Role

FLAG_RED = "#c62828"
EDGE_GREY = "#9aa5b1"
COUNTRY_MARKER = "p"  # a pentagon: a country standing for the parties in it
BAND_COLOURS: dict[Band, str] = {
    Band.EEA: "#1f5fa8",
    Band.ADEQUATE: "#2e7d4f",
    Band.PARTIAL: "#b7791f",
    Band.THIRD: "#6a3d9a",
    Band.UNKNOWN: "#757575",
}
BAND_SHADES: dict[Band, str] = {
    Band.EEA: "#e8f1fb",
    Band.ADEQUATE: "#eaf6ec",
    Band.PARTIAL: "#fdf6e3",
    Band.THIRD: "#f3ecf8",
    Band.UNKNOWN: "#f0f0f0",
}


@dataclass(frozen=True, slots=True)
class RoleGroup:
    """A few roles drawn with one shape; ``key`` names its legend entry in the map's words."""

    key: str
    marker: str
    roles: frozenset[Role]


ROLE_GROUPS: tuple[RoleGroup, ...] = (
    RoleGroup(
        "group_controllers",
        "H",
        frozenset({Role.CONTROLLER, Role.INDEPENDENT_CONTROLLER, Role.JOINT_CONTROLLER, Role.GROUP_COMPANY}),
    ),
    RoleGroup(
        "group_processors",
        "o",
        frozenset(
            {Role.PROCESSOR, Role.SUB_PROCESSOR, Role.IT_HOSTING, Role.SURVEY_BUREAU, Role.MARKETING_PARTNER}
        ),
    ),
    RoleGroup(
        "group_financial",
        "s",
        frozenset(
            {
                Role.INSURER,
                Role.REINSURER,
                Role.BANK_PAYMENT,
                Role.CREDIT_BUREAU,
                Role.FRAUD_REGISTER,
                Role.DEBT_COLLECTOR,
            }
        ),
    ),
    RoleGroup("group_public", "^", frozenset({Role.REGULATOR, Role.TAX_AUTHORITY, Role.LAW_ENFORCEMENT})),
    RoleGroup(
        "group_other",
        "D",
        frozenset(
            {
                Role.EMPLOYER,
                Role.INTERMEDIARY,
                Role.HEALTHCARE_PROVIDER,
                Role.AUDITOR_ADVISOR,
                Role.OTHER_THIRD_PARTY,
            }
        ),
    ),
)
_GROUP_OF = {role: group for group in ROLE_GROUPS for role in group.roles}


def role_group(role: Role) -> RoleGroup:
    """The group (and so the shape) a role is drawn with."""
    return _GROUP_OF[role]


def map_words(lang: str = "en") -> dict[str, str]:
    """The map's own words (band headings, legend, header) in ``lang``."""
    return group_labels("map_text", lang)


_SHORT_TOOL = {
    ToolKind.DPF: "DPF",
    ToolKind.SCC: "SCC",
    ToolKind.SCC_MODULE_1: "SCC 1",
    ToolKind.SCC_MODULE_2: "SCC 2",
    ToolKind.SCC_MODULE_3: "SCC 3",
    ToolKind.SCC_MODULE_4: "SCC 4",
    ToolKind.BCR: "BCR",
    ToolKind.BCR_CONTROLLER: "BCR",
    ToolKind.BCR_PROCESSOR: "BCR",
}


def flow_tag(flows: Iterable[Flow], lang: str = "en", categories: int = 2) -> str:
    """A short tag for a line: its transfer tools and first data categories ("SCC 2 · claims, health")."""
    flows = list(flows)
    tools = dict.fromkeys(_short(t.kind, lang) for f in flows for t in f.tools)
    data = dict.fromkeys(
        [
            *(c for f in flows for c in f.data_categories),
            *(label(c, lang) for f in flows for c in f.special_categories),
        ]
    )
    shown = list(data)[:categories] + (["…"] if len(data) > categories else [])
    tool_text = ", ".join(tools) or map_words(lang)["no_tool"]
    return f"{tool_text} · {', '.join(shown)}" if shown else tool_text


def _short(kind: ToolKind, lang: str) -> str:
    if kind in _SHORT_TOOL:
        return _SHORT_TOOL[kind]
    if kind.info.family is ToolFamily.ART49:
        return "Art. 49"
    return label(kind, lang)
