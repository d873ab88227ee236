"""JSON API for the words staff add to the skill taxonomy."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.di import NamedDependency

from schemas.models import (
    SkillSynonymCreate,
    StaffUser,
)
from service.settings import Settings
from service.taxonomy.usecases import add_synonym, list_synonyms
from service.uow import UnitOfWork
from service.web.deps import staff_guard


class TaxonomyController(Controller):
    path = "/api/taxonomy"
    tags = ["taxonomy"]
    guards = [staff_guard]  # every route here needs a staff login

    @get("/synonyms", sync_to_thread=True)
    def synonyms(
        self, uow: NamedDependency[UnitOfWork], settings: NamedDependency[Settings]
    ) -> list[SkillSynonymCreate]:
        """Lists the synonyms staff added to the skill taxonomy."""
        return list_synonyms(uow.session, settings.org_id)

    @post("/synonyms", sync_to_thread=True)
    def add(
        self,
        data: SkillSynonymCreate,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> SkillSynonymCreate:
        """Adds a word to a taxonomy skill; the matcher picks it up on its next job, no code change."""
        add_synonym(
            uow.session,
            data,
            org_id=settings.org_id,
            taxonomy_path=settings.taxonomy_path,
            actor=staff.username,
        )
        return data


ROUTES = [
    TaxonomyController,
]
