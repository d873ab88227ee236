"""JSON API for the words staff add to the skill taxonomy."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.di import NamedDependency
from sqlalchemy import Engine
from sqlmodel import select

from schemas.models import (
    SkillSynonym,
    SkillSynonymCreate,
    StaffUser,
)
from service.audit import audit
from service.db import unit_of_work
from service.errors import InputError
from service.settings import Settings
from service.web.params import STAFF


class TaxonomyController(Controller):
    path = "/api/taxonomy"
    tags = ["taxonomy"]

    @get("/synonyms", sync_to_thread=True, **STAFF)
    def synonyms(
        self, engine: NamedDependency[Engine], settings: NamedDependency[Settings]
    ) -> list[SkillSynonymCreate]:
        """Lists the synonyms staff added to the skill taxonomy."""
        with unit_of_work(engine) as session:
            rows = session.exec(select(SkillSynonym).where(SkillSynonym.org_id == settings.org_id)).all()
            return [SkillSynonymCreate(skill_id=r.skill_id, word=r.word) for r in rows]

    @post("/synonyms", sync_to_thread=True, **STAFF)
    def add_synonym(
        self,
        data: SkillSynonymCreate,
        engine: NamedDependency[Engine],
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
        with unit_of_work(engine) as session:
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
