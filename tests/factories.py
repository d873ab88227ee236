"""Realistic records for tests (interchange shape)."""

from __future__ import annotations

from typing import Any


def volunteer(**overrides: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "display_name": "山田 花子",
        "rosters": ["digital"],
        "skills": ["スマホの使い方", "LINE"],
        "bio": "元小学校教員です。スマホの操作をゆっくり教えます。",
        "area": "town_nakazato",
        "availability": ["sat-am", "mon-pm"],
        "languages": ["ja"],
        "max_per_month": 4,
        "active": True,
        "contact": {"email": "hanako@example.jp", "phone": "090-0000-0001"},
    }
    rec.update(overrides)
    return rec


def help_request(**overrides: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "requester_kind": "resident",
        "requester_name": "佐藤 一郎",
        "title": "LINEを使えるようになりたい",
        "description": "母がLINEで孫と話したいと言っています。土曜の午前に来ていただける方を探しています。",
        "skills": [],
        "area": "town_nakazato",
        "slots": ["sat-am"],
        "languages": ["ja"],
        "remote_ok": False,
        "helpers_needed": 1,
    }
    rec.update(overrides)
    return rec
