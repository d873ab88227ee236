"""JSON API for the words staff add to the skill taxonomy."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.di import NamedDependency
from sqlmodel import select

from schemas.models import (
    SkillSynonym,
    SkillSynonymCreate,
    StaffUser,
)
from service.audit import audit
from service.errors import InputError
from service.settings import Settings
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
        session = uow.session
        rows = session.exec(select(SkillSynonym).where(SkillSynonym.org_id == settings.org_id)).all()
        return [SkillSynonymCreate(skill_id=r.skill_id, word=r.word) for r in rows]

    @post("/synonyms", sync_to_thread=True)
    def add_synonym(
        self,
        data: SkillSynonymCreate,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> SkillSynonymCreate:
        """Adds a word to a taxonomy skill; the matcher picks it up on its next job, no code change."""
        import matching

        known = set(matching.load_taxonomy(settings.taxonomy_path).skill_ids)
        if data.skill_id not in known:
            raise InputError(
                f"スキルID「{data.skill_id}」はありません。",
                f"Unknown skill id {data.skill_id!r}.",
                field="skill_id",
            )
        session = uow.session
        session.add(
            SkillSynonym(
                org_id=settings.org_id, skill_id=data.skill_id, word=data.word, created_by=staff.username
            )
        )
        audit(
            session,
            actor=staff.username,
            action="add_synonym",
            entity="skill_synonym",
            entity_id=None,
            skill_id=data.skill_id,
            word=data.word,
        )
        return data


ROUTES = [
    TaxonomyController,
]
