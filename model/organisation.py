"""The organisation a project is about: its name and country, and which parties are its own.

A project starts without either. Importing a notice gives them (the notice's controller and the
country its address or statement names), the command line sets them with ``--name`` and
``--country``, and the app edits them. The organisation's own controller parties take its country,
so a DPO is not asked to confirm where their own organisation is.
"""

from __future__ import annotations

from dataclasses import replace

from model.countries import normalise
from model.parties import Party, Role
from model.project import DEFAULT_NAME, Project, with_party


def own_parties(project: Project) -> tuple[Party, ...]:
    """The organisation's own controller parties.

    Controllers whose name or an alias is the organisation's name; when the project has no name of
    its own yet, or none matches, its only named controller (if it has exactly one).
    """
    controllers = [p for p in project.active_parties() if p.role is Role.CONTROLLER and not p.placeholder]
    if project.name != DEFAULT_NAME:
        wanted = normalise(project.name)
        mine = [p for p in controllers if wanted in {normalise(n) for n in (p.name, *p.aliases)}]
        if mine:
            return tuple(mine)
    return tuple(controllers) if len(controllers) == 1 else ()


def with_organisation(project: Project, *, name: str | None = None, country: str | None = None) -> Project:
    """The project with the organisation's name and/or country set (None leaves one as it is).

    The organisation's own controller parties without a country take the organisation's, as a
    country the user stated.
    """
    if name is not None and name.strip():
        project = replace(project, name=" ".join(name.split()))
    if country is not None:
        project = replace(project, country=country)
    return _place_own_parties(project)


def adopt_organisation(project: Project) -> Project:
    """A project without a name of its own takes its only controller's name and country.

    That controller is the organisation whose notice was imported; its country comes from the
    notice (a stated country or an address). A project already named keeps its name.
    """
    if project.name == DEFAULT_NAME:
        own = own_parties(project)
        if len(own) == 1:
            project = replace(project, name=own[0].name, country=project.country or own[0].country)
    elif project.country is None:
        known = {p.country for p in own_parties(project) if p.country}
        if len(known) == 1:
            project = replace(project, country=known.pop())
    return _place_own_parties(project)


def _place_own_parties(project: Project) -> Project:
    if project.country is None:
        return project
    for party in own_parties(project):
        if party.country is None:
            project = with_party(project, replace(party, country=project.country, country_confirmed=True))
    return project
