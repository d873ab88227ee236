"""The import's bulk validation (service.volunteers.usecases._validate_many: one list validator built from
VolunteerCreate's field schemas, a typed dict's) accepts and refuses each record as VolunteerCreate itself does,
with the same field values, and gives the model's own error for a refused one."""

from __future__ import annotations

import random

from pydantic import ValidationError

from schemas.models import VolunteerCreate
from service.errors import DomainError
from service.volunteers.usecases import _validate_many

VALUES = [
    None, "", " ", "  山田  ", "x" * 200, "x" * 2000, 0, 1, -1, 2, 31, 100, 1.0, 1.5, "3", True, False, [], ["a"],
    ["a", "a"], ["書道", "書道", "スマホ"], ["skill_bank"], ["digital", "skill_bank", "digital"], ["mon-am"],
    ["fri-pm", "xxx"], ["ja", "en"], ["ja", 1], {}, {"email": "a@b.jp"}, {"email": "bad"},
    {"phone": "090-1234-5678"}, {"phone": "12"}, {"email": None, "phone": None}, "town_motomachi", "nowhere",
    "SV1", "\u3000", "\x00", {"privacy": True}, {"contact_share": False}, "\ud800", ["\ud800"], 10**30,
]  # fmt: skip
KEYS = [
    "display_name", "rosters", "skills", "bio", "area", "availability", "languages", "max_per_month",
    "external_id", "kana", "active", "contact", "consents", "extra", "name_kana", "status", "id",
]  # fmt: skip
BASE = {
    "external_id": "SV0000000", "display_name": "ボランティア 0", "rosters": ["skill_bank"],
    "skills": ["ほーむぺーじ作成", "力仕事"], "bio": "茶道が得意です。", "area": "town_motomachi",
    "availability": ["fri-am"], "languages": ["ja"], "max_per_month": 2, "active": True,
}  # fmt: skip


def _records(seed: int, n: int) -> list[dict]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        rec = dict(rnd.choice([BASE, {}, {"display_name": "山田"}]))
        for _ in range(rnd.randint(0, 4)):
            key = rnd.choice(KEYS)
            if rnd.random() < 0.2:
                rec.pop(key, None)
            else:
                rec[key] = rnd.choice(VALUES)
        out.append(rec)
    return out


def _said(exc: ValidationError) -> list[tuple]:
    return [(e["type"], e["loc"], e["msg"]) for e in exc.errors(include_url=False)]


def test_bulk_validation_is_the_models_record_by_record():
    records = _records(11, 3000)
    unreadable = DomainError("読めません", "unreadable")
    given = [(n, rec) for n, rec in enumerate(records, start=1)] + [(len(records) + 1, unreadable)]
    checked = _validate_many(given)  # type: ignore[arg-type]
    assert [n for n, _, _ in checked] == [n for n, _ in given]
    accepted = 0
    for (n, rec, data), source in zip(checked[:-1], records, strict=True):
        try:
            model = VolunteerCreate.model_validate(source)
        except ValidationError as exc:
            assert isinstance(data, ValidationError), (n, source, data)
            assert _said(data) == _said(exc), (n, source)
            continue
        accepted += 1
        assert rec is source
        assert isinstance(data, dict), (n, source, data)
        assert list(data) == list(model.__dict__), (n, source)  # the same fields, in the same order
        assert data == model.__dict__, (n, source)
        assert [type(v) for v in data.values()] == [type(v) for v in model.__dict__.values()], (n, source)
    assert checked[-1][2] is unreadable
    assert 300 < accepted < 2700  # both kinds, many of each


def test_a_file_of_good_records_is_validated_in_one_pass():
    records = [{**BASE, "external_id": f"G{k}", "skills": ["書道", "書道"]} for k in range(50)]
    checked = _validate_many(list(enumerate(records, start=1)))  # type: ignore[arg-type]
    assert [data for _, _, data in checked] == [VolunteerCreate.model_validate(r).__dict__ for r in records]
    assert checked[0][2]["skills"] == ["書道"]  # the repeat taken out, as the model's validator does
