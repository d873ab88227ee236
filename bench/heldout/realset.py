"""The generator and the independent check shared by the real-wording held-out sets (real4.py, real5.py): each set's
module holds its data (CONCEPTS, CLOSE, RELATED, VOLUNTEERS, REQUESTS, QUERIES, OUT, AREAS, EARLIER_SOURCES) and the
docstring with its grade rule; `s` below is that data. Grades follow from the hand-set concept labels alone:
3 holds a main ask, 2 a secondary ask or a CLOSE variant of a main ask, 1 a concept RELATED to any ask, 0 otherwise or
when a language the request needs is missing."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

HERE = Path(__file__).resolve().parent
# the areas file of the shared data (next to the checkout: ../shared/data); a worktree looks further up
AREAS = next(
    (
        p / "shared" / "data" / "areas-kiyose.json"
        for p in HERE.parents
        if (p / "shared" / "data" / "areas-kiyose.json").exists()
    ),
    Path("/nonexistent"),
)


def earlier_sources(name: str) -> list[Path]:
    """Returns the sources files of the real-wording sets before `name` (real, real2, … realN-1): no page of theirs
    may be a source of it."""
    n = int(name.removeprefix("real"))
    return [HERE / ("real" if k == 1 else f"real{k}") / "sources.json" for k in range(1, n)]


def grade(
    s: Any, need: list[str], also: list[str], langs: list[str], have: list[str], vlangs: list[str]
) -> int:
    """Returns the skill-fit grade of a volunteer for a request (the rule in the module docstring): 3 holds a main
    ask, 2 a secondary ask or a s.CLOSE variant of a main ask, 1 a concept s.RELATED to any ask, 0 otherwise or when a
    language the request needs is missing (a hard constraint)."""
    if not set(langs) <= set(vlangs):
        return 0
    if set(need) & set(have):
        return 3
    if set(also) & set(have) or any(frozenset((n, h)) in s.CLOSE for n in need for h in have):
        return 2
    if any(frozenset((a, h)) in s.RELATED for a in need + also for h in have):
        return 1
    return 0


def build(s: Any) -> tuple[list[dict], list[dict], list[tuple[str, str, int]]]:
    """Returns the volunteer records, the request records and the graded pairs (grade ≥ 1)."""
    vols = [
        {
            "external_id": vid,
            "display_name": f"登録者 {vid[3:]}",
            "rosters": ["skill_bank"],
            "skills": skills,
            "bio": bio,
            "area": None,
            "availability": [],
            "languages": langs,
            "max_per_month": 4,
            "active": True,
        }
        for vid, _c, skills, bio, langs, _s in s.VOLUNTEERS
    ]
    reqs = [
        {
            "external_id": rid,
            "requester_kind": kind,
            "requester_name": name,
            "title": title,
            "description": desc,
            "skills": [],
            "area": None,
            "slots": [],
            "languages": langs,
            "remote_ok": remote,
            "helpers_needed": 1,
        }
        for rid, _n, _a, kind, name, title, desc, langs, remote, _s in s.REQUESTS
    ]
    qrels = []
    for rid, need, also, _k, _nm, _t, _d, langs, _r, _s in s.REQUESTS:
        for vid, have, _sk, _b, vlangs, _s2 in s.VOLUNTEERS:
            g = grade(s, need, also, langs, have, vlangs)
            if g:
                qrels.append((rid, vid, g))
    return vols, reqs, qrels


def write(s: Any, out: Path) -> None:
    """Writes the five files of the set into `out`."""
    vols, reqs, qrels = build(s)
    out.mkdir(exist_ok=True)
    with open(out / "volunteers.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(json.dumps(v, ensure_ascii=False) + "\n" for v in vols)
    with open(out / "requests.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in reqs)
    with open(out / "qrels.tsv", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("request\tvolunteer\tgrade\n")
        fh.writelines(f"{r}\t{v}\t{g}\n" for r, v, g in qrels)
    concepts = {
        "concepts": s.CONCEPTS,
        "close": sorted(sorted(p) for p in s.CLOSE),
        "related": sorted(sorted(p) for p in s.RELATED),
        "requests": {r[0]: {"need": r[1], "also": r[2]} for r in s.REQUESTS},
        "volunteers": {v[0]: v[1] for v in s.VOLUNTEERS},
    }
    with open(out / "concepts.json", "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(concepts, ensure_ascii=False, indent=1) + "\n")
    sources = {
        "queries": s.QUERIES,
        "requests": {r[0]: r[-1] for r in s.REQUESTS},
        "volunteers": {v[0]: v[-1] for v in s.VOLUNTEERS},
    }
    with open(out / "sources.json", "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(sources, ensure_ascii=False, indent=1) + "\n")


def main(s: Any) -> None:
    """Writes the set, then checks it."""
    write(s, s.OUT)
    self_check(s, s.OUT)
    _vols, _reqs, qrels = build(s)
    pages = {r[-1] for r in s.REQUESTS} | {v[-1] for v in s.VOLUNTEERS}
    print(
        f"{len(s.VOLUNTEERS)} volunteers, {len(s.REQUESTS)} requests, {len(qrels)} graded pairs "
        f"({sum(g >= 2 for *_x, g in qrels)} ≥ 2), {len(pages)} source pages, {len(s.CONCEPTS)} concepts"
    )


def expose(ns: dict[str, Any]) -> None:
    """Gives a set's module (its `globals()`, holding its data) the functions its tests and its command line use:
    grade(need, also, langs, have, vlangs), build(), write(out=OUT), main() and self_check(out=OUT), each reading
    the module's data as it stands when called."""

    def data() -> SimpleNamespace:
        return SimpleNamespace(**ns)

    def set_grade(
        need: list[str], also: list[str], langs: list[str], have: list[str], vlangs: list[str]
    ) -> int:
        return grade(data(), need, also, langs, have, vlangs)

    def set_build() -> tuple[list[dict], list[dict], list[tuple[str, str, int]]]:
        return build(data())

    def set_write(out: Path | None = None) -> None:
        write(data(), ns["OUT"] if out is None else out)

    def set_main() -> None:
        main(data())

    def set_self_check(out: Path | None = None) -> None:
        self_check(data(), ns["OUT"] if out is None else out)

    ns.update(grade=set_grade, build=set_build, write=set_write, main=set_main, self_check=set_self_check)


def run(ns: dict[str, Any]) -> None:
    """A set's command line: writes and checks the set, or with --check only checks the files written."""
    if sys.argv[1:] == ["--check"]:
        self_check(SimpleNamespace(**ns), ns["OUT"])
        print(f"{ns['OUT'].name}: self_check passed")
    else:
        main(SimpleNamespace(**ns))


# ---------------------------------------------------------------------------------------------------------------
# self_check: reads the written files back and validates them on its own terms (not through build(s)/grade()).

SLOT_RE = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)-(am|pm|eve)$")
LANG_RE = re.compile(r"^[a-z]{2}$")
PHONE_RE = re.compile(r"\d{2,4}[-‐ー－(（]\d{2,4}[-‐ー－)）]\d{3,4}")
VOL_KEYS = {"external_id", "display_name", "rosters", "skills", "bio", "area", "availability", "languages",
            "max_per_month", "active"}  # fmt: skip
REQ_KEYS = {"external_id", "requester_kind", "requester_name", "title", "description", "skills", "area", "slots",
            "languages", "remote_ok", "helpers_needed"}  # fmt: skip

# The grade rule written a second time, as a table: (holds a main ask, holds a secondary ask or a close variant,
# holds a related concept) → grade.
_TABLE = {
    (True, True, True): 3, (True, True, False): 3, (True, False, True): 3, (True, False, False): 3,
    (False, True, True): 2, (False, True, False): 2,
    (False, False, True): 1,
    (False, False, False): 0,
}  # fmt: skip


def _expected_grade(
    need: list[str],
    also: list[str],
    rlangs: list[str],
    have: list[str],
    vlangs: list[str],
    close: list[list[str]],
    related: list[list[str]],
) -> int:
    if any(lang not in vlangs for lang in rlangs):
        return 0
    pairs_close = [set(p) for p in close]
    pairs_related = [set(p) for p in related]
    main_hit = any(c in have for c in need)
    second = any(c in have for c in also) or any({n, h} in pairs_close for n in need for h in have)
    near = any({a, h} in pairs_related for a in need + also for h in have)
    return _TABLE[(main_hit, second, near)]


def self_check(s: Any, out: Path) -> None:
    """Validates the written files: interchange format, ids, areas, slots, languages, concept labels, sources (none
    from the earlier real sets), no phone numbers in the texts, qrels (every pair recomputed from the labels), and
    at least two grade ≥ 2 volunteers per request."""
    areas = (
        {a["id"] for a in json.loads(s.AREAS.read_text(encoding="utf-8"))["areas"]}
        if s.AREAS.exists()
        else None
    )
    vols = [json.loads(line) for line in (out / "volunteers.jsonl").read_text(encoding="utf-8").splitlines()]
    reqs = [json.loads(line) for line in (out / "requests.jsonl").read_text(encoding="utf-8").splitlines()]
    labels = json.loads((out / "concepts.json").read_text(encoding="utf-8"))
    sources = json.loads((out / "sources.json").read_text(encoding="utf-8"))
    lines = (out / "qrels.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "request\tvolunteer\tgrade", lines[0]
    qrels: dict[tuple[str, str], int] = {}
    for line in lines[1:]:
        r, v, g = line.split("\t")
        assert (r, v) not in qrels, f"duplicate pair {r} {v}"
        qrels[(r, v)] = int(g)
        assert qrels[(r, v)] in (1, 2, 3), line

    vids = [v["external_id"] for v in vols]
    rids = [r["external_id"] for r in reqs]
    assert len(vids) == len(set(vids)) and len(rids) == len(set(rids)), "ids must be unique"
    assert not set(vids) & set(rids)
    known = set(labels["concepts"])
    for key in ("close", "related"):
        assert all(len(p) == 2 and set(p) <= known for p in labels[key]), key
    assert not {frozenset(p) for p in labels["close"]} & {frozenset(p) for p in labels["related"]}
    earlier: set[str] = set()
    for path in s.EARLIER_SOURCES:
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            for part in ("requests", "volunteers"):
                earlier |= set(data.get(part, {}).values())
    for v in vols:
        assert set(v) == VOL_KEYS, v["external_id"]
        assert isinstance(v["display_name"], str) and v["display_name"].strip()
        assert v["rosters"] and set(v["rosters"]) <= {"skill_bank", "digital"}
        assert all(isinstance(s, str) and s.strip() and len(s) <= 60 for s in v["skills"])
        assert isinstance(v["bio"], str) and len(v["bio"]) <= 2000
        assert v["skills"] or v["bio"].strip(), f"{v['external_id']} says nothing"
        assert not PHONE_RE.search(v["bio"]), f"{v['external_id']} has a phone number"
        assert v["area"] is None or (areas is not None and v["area"] in areas)
        assert all(SLOT_RE.match(s) for s in v["availability"])
        assert v["languages"] and all(LANG_RE.match(x) for x in v["languages"])
        assert isinstance(v["max_per_month"], int) and 1 <= v["max_per_month"] <= 31 and v["active"] is True
        have = labels["volunteers"][v["external_id"]]
        assert have and set(have) <= known, v["external_id"]
        src = sources["volunteers"][v["external_id"]]
        assert src.startswith(("http://", "https://")) and src not in earlier, (v["external_id"], src)
    for r in reqs:
        assert set(r) == REQ_KEYS, r["external_id"]
        assert r["requester_kind"] in ("resident", "group") and r["requester_name"].strip()
        assert r["description"].strip() and len(r["description"]) <= 4000 and len(r["title"]) <= 200
        assert not PHONE_RE.search(r["title"] + r["description"]), f"{r['external_id']} has a phone number"
        assert r["area"] is None or (areas is not None and r["area"] in areas)
        assert all(SLOT_RE.match(s) for s in r["slots"]) and all(LANG_RE.match(x) for x in r["languages"])
        assert isinstance(r["remote_ok"], bool) and r["helpers_needed"] == 1
        lab = labels["requests"][r["external_id"]]
        assert lab["need"] and set(lab["need"]) | set(lab["also"]) <= known
        assert not set(lab["need"]) & set(lab["also"])
        src = sources["requests"][r["external_id"]]
        assert src.startswith(("http://", "https://")) and src not in earlier, (r["external_id"], src)
    assert set(labels["volunteers"]) == set(vids) and set(labels["requests"]) == set(rids)
    assert set(sources["volunteers"]) == set(vids) and set(sources["requests"]) == set(rids)

    vmap = {v["external_id"]: v for v in vols}
    for r in reqs:
        lab = labels["requests"][r["external_id"]]
        good = 0
        for vid in vids:
            want = _expected_grade(
                lab["need"],
                lab["also"],
                r["languages"],
                labels["volunteers"][vid],
                vmap[vid]["languages"],
                labels["close"],  # the tables as written to concepts.json, not the module's sets
                labels["related"],
            )
            got = qrels.get((r["external_id"], vid), 0)
            assert got == want, (r["external_id"], vid, got, want)
            if got:  # a graded volunteer never breaks a hard constraint score.py counts
                assert set(r["languages"]) <= set(vmap[vid]["languages"]) and vmap[vid]["active"]
            good += got >= 2
        assert good >= 2, f"{r['external_id']} has fewer than two volunteers of grade ≥ 2"
    assert {r for r, _v in qrels} <= set(rids) and {v for _r, v in qrels} <= set(vids)
