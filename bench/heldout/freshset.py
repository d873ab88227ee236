"""The generator and grader code shared word for word by the synthetic held-out sets fresh4.py and fresh5.py: the
request helper Rq, the areas file and the place / skill grades (grade(), shared/data/README.md's rules with CLOSE
substitutes), the surface noise of a typed tag (variant, noisy), the writing of a built set (write_set) and the
independent check of the written files (check_files, a second, table-style statement of the rules). Each set's
module keeps its data (CONCEPTS, CLOSE, RELATED, REQUESTS, …), its build() (how its volunteers are drawn, which
differs between the sets) and its id prefix. Nothing here reads or runs the matcher; the only shared input is the
areas file (towns and their neighbours)."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

AREAS_FILE = Path(__file__).resolve().parent.parent.parent / "matching" / "data" / "areas-kiyose.json"


def Rq(need, kind, name, title, desc, slots="R", langs=("ja",), remote=False, helpers=1, area="R", decoy=()):
    """One hand-written request of a set's REQUESTS (the set's module says what the fields mean)."""
    return dict(need=list(need), kind=kind, name=name, title=title, desc=desc,
                slots=slots if slots == "R" else list(slots), langs=list(langs), remote=remote,
                helpers=helpers, area=area, decoy=list(decoy))  # fmt: skip


def load_areas(path: Path = AREAS_FILE) -> dict[str, set[str]]:
    a = json.loads(path.read_text(encoding="utf-8"))
    return {x["id"]: set(x["neighbours"]) for x in a["areas"]}


def place_grade(r: dict, v: dict, nb: dict[str, set[str]]) -> int:
    if r["remote_ok"]:
        return 3
    if r["area"] and v["area"] and r["area"] == v["area"]:
        return 3
    if r["area"] is None or v["area"] is None or v["area"] in nb[r["area"]]:
        return 2
    return 1


def grade(
    r: dict, need: list[str], v: dict, have: set[str], nb: dict[str, set[str]], related: set, close: set
) -> int:
    """shared/data/README.md's rules from concept labels (fresh3's grade()), plus CLOSE substitutes (fresh4's
    addition)."""
    if not v["active"]:
        return 0
    if set(r["languages"]) - set(v["languages"]):
        return 0
    if r["slots"] and v["availability"] and not set(r["slots"]) & set(v["availability"]):
        return 0
    got = set(need) & have
    if got:
        g = place_grade(r, v, nb)
        if not v["availability"]:
            g = min(g, 1)  # availability unknown
    elif any(tuple(sorted((n, h))) in close for n in need for h in have):
        g = place_grade(r, v, nb) - 1  # a close substitute: one grade below the skill itself
        if not v["availability"]:
            g = min(g, 1)
    else:
        rel = any(tuple(sorted((n, h))) in related for n in need for h in have)
        nearby = r["remote_ok"] or (
            r["area"] and v["area"] and (r["area"] == v["area"] or v["area"] in nb[r["area"]])
        )
        g = 1 if rel and nearby else 0
    if len(need) > 1 and len(got) < len(need):
        g -= 1  # a second skill asked for and missing
    return max(g, 0)


HW = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def variant(tag: str, rng: random.Random) -> str:
    """Surface noise a volunteer introduces when typing a tag."""
    x = rng.random()
    if x < 0.07 and tag.isascii():
        return tag.translate(HW)  # full-width ASCII
    if x < 0.12 and len(tag) >= 4:
        i = rng.randrange(1, len(tag) - 1)
        return tag[:i] + tag[i + 1 :]  # a dropped character
    if x < 0.18 and any("\u30a1" <= c <= "\u30f6" for c in tag):
        return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in tag)  # kata -> hira
    if x < 0.20 and len(tag) >= 3:
        i = rng.randrange(1, len(tag))
        return tag[:i] + " " + tag[i:]  # a stray space
    return tag


def write_set(
    out: Path,
    built: tuple[list[dict], list[dict], list[tuple[str, str, int]], dict],
    self_check: Callable[[Path], None],
    tag_is: Callable[[str, str], bool],
) -> None:
    """Writes a set's build() result under out, runs the set's self_check on the files and prints their counts
    (tag_is(concept, typed): whether a typed tag came from the concept's tags, for the bio-only count)."""
    vols, requests, qrels, concepts = built
    out.mkdir(parents=True, exist_ok=True)
    (out / "volunteers.jsonl").write_text(
        "".join(json.dumps(v, ensure_ascii=False) + "\n" for v in vols), encoding="utf-8"
    )
    (out / "requests.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in requests), encoding="utf-8"
    )
    (out / "qrels.tsv").write_text(
        "request\tvolunteer\tgrade\n" + "".join(f"{r}\t{v}\t{g}\n" for r, v, g in qrels), encoding="utf-8"
    )
    (out / "concepts.json").write_text(
        json.dumps(concepts, ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
    self_check(out)
    bio_only = sum(
        1
        for v in vols
        for c in concepts["volunteers"][v["external_id"]]
        if not any(tag_is(c, t) for t in v["skills"])
    )
    pairs = sum(len(c) for c in concepts["volunteers"].values())
    by = {k: sum(1 for q in qrels if q[2] == k) for k in (1, 2, 3)}
    print(
        f"wrote {out}: {len(vols)} volunteers, {len(requests)} requests, {len(qrels)} graded pairs "
        f"(grade 3: {by[3]}, 2: {by[2]}, 1: {by[1]}); skill only in the bio for {bio_only}/{pairs} "
        f"(volunteer, skill) pairs"
    )


def noisy(tag: str, typed: str) -> bool:
    """Whether typed is tag as variant() may have changed it."""
    if typed in (tag, tag.translate(HW), tag.replace(" ", "")) or typed.replace(" ", "") == tag:
        return True
    hira = "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in tag)
    if typed == hira:
        return True
    return len(typed) == len(tag) - 1 and any(tag[:i] + tag[i + 1 :] == typed for i in range(len(tag)))


# --------------------------------------------------------------------------------------------------
# Self-check: reads the written files only, validates them against the interchange format and the areas file,
# and recomputes every (request, volunteer) grade with a second, table-style statement of the rules.
# --------------------------------------------------------------------------------------------------
_SLOT = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)-(am|pm|eve)$")
_LANG = re.compile(r"^[a-z]{2}$")
_VOL_KEYS = {"external_id", "display_name", "rosters", "skills", "bio", "area", "availability", "languages",
             "max_per_month", "active", "contact"}  # fmt: skip
_REQ_KEYS = {"external_id", "requester_kind", "requester_name", "title", "description", "skills", "area", "slots",
             "languages", "remote_ok", "helpers_needed"}  # fmt: skip


def _check_grade(
    r: dict, need: list[str], v: dict, have: list[str], nb: dict[str, set[str]], rel: set, close: set
) -> int:
    # 1. hard constraints
    if v["active"] is not True:
        return 0
    for lang in r["languages"]:
        if lang not in v["languages"]:
            return 0
    both = len(r["slots"]) > 0 and len(v["availability"]) > 0
    if both and not [s for s in r["slots"] if s in v["availability"]]:
        return 0
    # 2. where
    if r["remote_ok"] or (r["area"] is not None and v["area"] == r["area"]):
        where = "same"
    elif r["area"] is None or v["area"] is None:
        where = "unknown"
    elif v["area"] in nb[r["area"]]:
        where = "near"
    else:
        where = "far"
    # 3. skill
    matched = [n for n in need if n in have]
    substitutes = [(n, h) for n in need for h in have if frozenset((n, h)) in close]
    if matched:
        base = {"same": 3, "near": 2, "unknown": 2, "far": 1}[where]
        if len(v["availability"]) == 0:
            base = min(base, 1)
    elif substitutes:
        base = {"same": 2, "near": 1, "unknown": 1, "far": 0}[where]
        if len(v["availability"]) == 0:
            base = min(base, 1)
    else:
        weak = [(n, h) for n in need for h in have if frozenset((n, h)) in rel]
        base = 1 if weak and where in ("same", "near") else 0
    missing = len(need) - len(matched)
    if len(need) >= 2 and missing >= 1:
        base = base - 1
    return base if base > 0 else 0


def check_files(out: Path, areas_file: Path, prefix: str) -> None:
    """Raises AssertionError when a file under `out` breaks the format or a grade differs from the rules; prefix is
    the set's id prefix (F4: volunteers F4V0001…, requests F4Q001…)."""
    nb = load_areas(areas_file)
    vols = [json.loads(x) for x in (out / "volunteers.jsonl").read_text(encoding="utf-8").splitlines()]
    reqs = [json.loads(x) for x in (out / "requests.jsonl").read_text(encoding="utf-8").splitlines()]
    lines = (out / "qrels.tsv").read_text(encoding="utf-8").splitlines()
    labels = json.loads((out / "concepts.json").read_text(encoding="utf-8"))
    known = set(labels["concepts"])
    rel = {frozenset(p) for p in labels["related"]}
    close = {frozenset(p) for p in labels["close"]}
    assert all(len(p) == 2 and set(p) <= known for p in labels["related"] + labels["close"])
    assert not rel & close, "a pair is both CLOSE and RELATED"

    vids = [v["external_id"] for v in vols]
    rids = [r["external_id"] for r in reqs]
    assert len(vids) == len(set(vids)) and len(rids) == len(set(rids)), "duplicate ids"
    for v in vols:
        assert set(v) == _VOL_KEYS, v["external_id"]
        assert re.fullmatch(rf"{prefix}V\d{{4}}", v["external_id"]) and 1 <= len(v["display_name"]) <= 100
        assert v["rosters"] and set(v["rosters"]) <= {"skill_bank", "digital"}
        assert len(v["skills"]) <= 30 and all(
            isinstance(s, str) and 1 <= len(s.strip()) <= 60 for s in v["skills"]
        )
        assert len(v["skills"]) == len(set(v["skills"])) and len(v["bio"]) <= 2000
        assert v["area"] is None or v["area"] in nb, f"{v['external_id']}: unknown area {v['area']}"
        assert all(_SLOT.match(s) for s in v["availability"]) and len(set(v["availability"])) == len(
            v["availability"]
        )
        assert v["languages"] and all(_LANG.match(x) for x in v["languages"])
        assert isinstance(v["max_per_month"], int) and 1 <= v["max_per_month"] <= 31
        assert isinstance(v["active"], bool)
        assert set(labels["volunteers"][v["external_id"]]) <= known
    assert set(labels["volunteers"]) == set(vids)
    for r in reqs:
        assert set(r) == _REQ_KEYS, r["external_id"]
        assert re.fullmatch(rf"{prefix}Q\d{{3}}", r["external_id"])
        assert r["requester_kind"] in ("resident", "group")
        assert (
            1 <= len(r["requester_name"]) <= 100
            and len(r["title"]) <= 200
            and 1 <= len(r["description"]) <= 4000
        )
        assert r["area"] is None or r["area"] in nb, f"{r['external_id']}: unknown area {r['area']}"
        assert all(_SLOT.match(s) for s in r["slots"]) and len(set(r["slots"])) == len(r["slots"])
        assert all(_LANG.match(x) for x in r["languages"]) and isinstance(r["remote_ok"], bool)
        assert isinstance(r["helpers_needed"], int) and 1 <= r["helpers_needed"] <= 20
        need = labels["requests"][r["external_id"]]
        assert 1 <= len(need) <= 2 and set(need) <= known and len(set(need)) == len(need)
        assert not set(labels["request_decoys"].get(r["external_id"], [])) & set(need)
    assert set(labels["requests"]) == set(rids)

    assert lines[0] == "request\tvolunteer\tgrade"
    written: dict[tuple[str, str], int] = {}
    for line in lines[1:]:
        rid, vid, g = line.split("\t")
        assert rid in labels["requests"] and vid in labels["volunteers"] and g in ("1", "2", "3"), line
        assert (rid, vid) not in written, line
        written[(rid, vid)] = int(g)
    for r in reqs:
        rid = r["external_id"]
        good = 0
        for v in vols:
            vid = v["external_id"]
            g = _check_grade(r, labels["requests"][rid], v, labels["volunteers"][vid], nb, rel, close)
            assert written.get((rid, vid), 0) == g, (
                f"{rid} {vid}: written {written.get((rid, vid), 0)}, rules {g}"
            )
            if g:  # a graded volunteer never breaks a constraint score.py counts as a violation
                assert v["active"] and set(r["languages"]) <= set(v["languages"])
                assert not (r["slots"] and v["availability"] and not set(r["slots"]) & set(v["availability"]))
            good += g >= 2
        assert good >= 2, f"{rid} has {good} volunteers of grade >= 2"
    for rid, dvids in labels["decoy_volunteers"].items():  # a decoy never fits: 0, or 1 when RELATED
        for vid in dvids:
            assert written.get((rid, vid), 0) <= 1, (rid, vid)
