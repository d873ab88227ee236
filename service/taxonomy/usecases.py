"""Words staff add to the skill taxonomy: stored per organisation, picked up by the matcher on its next job."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, select

import matching
from schemas.models import SkillSynonym, SkillSynonymCreate
from service.audit import audit
from service.errors import InputError


def list_synonyms(session: Session, org_id: str) -> list[SkillSynonymCreate]:
    """Returns the synonyms staff added to the skill taxonomy."""
    rows = session.exec(select(SkillSynonym).where(SkillSynonym.org_id == org_id)).all()
    return [SkillSynonymCreate(skill_id=r.skill_id, word=r.word) for r in rows]


def add_synonym(
    session: Session, data: SkillSynonymCreate, *, org_id: str, taxonomy_path: Path, actor: str
) -> None:
    """Adds a word to a known taxonomy skill, with its audit row."""
    if data.skill_id not in set(matching.load_taxonomy(taxonomy_path).skill_ids):
        raise InputError(
            f"スキルID「{data.skill_id}」はありません。",
            f"Unknown skill id {data.skill_id!r}.",
            field="skill_id",
        )
    session.add(SkillSynonym(org_id=org_id, skill_id=data.skill_id, word=data.word, created_by=actor))
    audit(
        session,
        actor=actor,
        action="add_synonym",
        entity="skill_synonym",
        entity_id=None,
        skill_id=data.skill_id,
        word=data.word,
    )
