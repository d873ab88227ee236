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
from typing import Any

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


def build(s: Any, prefix: str) -> tuple[list[dict], list[dict], list[tuple[str, str, int]], dict]:
    """Returns a set's (volunteers, requests, qrels, concepts) — the same every run — from its module's data `s`
    (CONCEPTS, REQUESTS, RELATED, CLOSE, FOREIGN, … and SEED), with ids `prefix`Q001 / `prefix`V0001. Two rules are
    a set's own: ENGLISH_LETTER_WRITERS (fresh4: a writer of English letters reads English, and takes a Japanese
    name) and HOME_LANG (fresh5: a foreign name introduces itself in its home language, else in the last foreign
    language it speaks). It grades through s.grade (freshset's, as the set imports it; a test swaps in a faulty one)."""
    rng = random.Random(s.SEED)
    english_letters = getattr(s, "ENGLISH_LETTER_WRITERS", False)
    home = getattr(s, "HOME_LANG", None)
    nb = load_areas()
    area_ids = sorted(nb)
    related, close = set(s.RELATED), set(s.CLOSE)

    # ---- requests
    requests, needs, decoys_of = [], {}, {}
    for i, q in enumerate(s.REQUESTS, 1):
        rid = f"{prefix}Q{i:03d}"
        area = q["area"]
        if area == "R":
            area = rng.choice(area_ids) if rng.random() > 0.08 else None
        slots = q["slots"]
        if slots == "R":
            slots = (
                []
                if rng.random() < 0.4
                else sorted(rng.sample(s.SLOTS, rng.randint(1, 4)), key=s.SLOTS.index)
            )
        tags = []
        if rng.random() < 0.08:  # sometimes staff typed a tag on the form
            tags = [variant(rng.choice(s.CONCEPTS[q["need"][0]]["tags"]), rng).strip()]
        requests.append(
            {
                "external_id": rid,
                "requester_kind": q["kind"],
                "requester_name": q["name"],
                "title": q["title"],
                "description": q["desc"],
                "skills": tags,
                "area": area,
                "slots": slots,
                "languages": q["langs"],
                "remote_ok": q["remote"],
                "helpers_needed": q["helpers"],
            }
        )
        needs[rid] = q["need"]
        decoys_of[rid] = q["decoy"]

    # ---- volunteers
    names = list(s.CONCEPTS)
    vols: list[dict] = []
    have: dict[str, list[str]] = {}

    def new_vol(concepts, area="R", avail=None, langs=None, active=None):
        vid = f"{prefix}V{len(vols) + 1:04d}"
        fname = None
        if langs is None:
            if "interp" in concepts:
                langs = ["ja", rng.choice(s.FOREIGN_LANGS)]
            elif rng.random() < 0.08:
                fname, langs = rng.choice(s.FOREIGN)
            else:
                langs = ["ja"] + (["en"] if rng.random() < 0.1 else [])
        letters = english_letters and "letter_en" in concepts
        if letters and "en" not in langs:
            langs = [*langs, "en"]  # an English-letter writer reads and writes English
        foreign_name = fname is not None
        if fname is None:
            if "ja" not in langs or (len(langs) > 1 and not letters and rng.random() < 0.5):
                fname = rng.choice([n for n, ls in s.FOREIGN if set(langs) & (set(ls) - {"ja"})])
                foreign_name = True
            else:
                fname = f"{rng.choice(s.FAMILY)} {rng.choice(s.GIVEN)}"
        if area == "R":
            area = rng.choice(area_ids) if rng.random() > 0.08 else None
        if avail is None:
            avail = (
                []
                if rng.random() < 0.1
                else sorted(rng.sample(s.SLOTS, rng.randint(1, 7)), key=s.SLOTS.index)
            )
        if active is None:
            active = rng.random() > 0.07
        foreign = [x for x in langs if x != "ja"]
        intro = (
            s.FOREIGN_INTROS[home[fname] if home else foreign[-1]]
            if foreign and foreign_name
            else rng.choice(s.INTROS)
        )
        skills, bio = [], [intro]
        for c in concepts:
            pool = s.CONCEPTS[c]["tags"]
            if c == "interp":
                pool = pool + [t for x in langs if x in s.INTERP_TAGS for t in s.INTERP_TAGS[x]]
            if rng.random() < 0.65:
                for t in rng.sample(pool, rng.choice([1, 1, 2])):
                    skills.append(variant(t, rng).strip())
                if rng.random() < 0.25:
                    bio.append(rng.choice(s.CONCEPTS[c]["bio"]))
            else:
                bio.append(rng.choice(s.CONCEPTS[c]["bio"]))  # the skill only in the bio
        if rng.random() < 0.22:
            filler = rng.choice(sorted(s.TRAP_FILLERS))
            if not s.TRAP_FILLERS[filler] & set(concepts):
                bio.insert(rng.randint(1, len(bio)), filler)
        bio.append(rng.choice(s.CLOSINGS))
        rosters = set()
        if set(concepts) & s.DIGITAL:
            rosters.add("digital")
        if set(concepts) - s.DIGITAL or rng.random() < 0.2:
            rosters.add("skill_bank")
        n = len(vols) + 1
        vols.append(
            {
                "external_id": vid,
                "display_name": fname,
                "rosters": sorted(rosters),
                "skills": list(dict.fromkeys(skills)),
                "bio": "".join(b for b in bio if b),
                "area": area,
                "availability": avail,
                "languages": langs,
                "max_per_month": rng.choice([1, 2, 3, 4, 6]),
                "active": active,
                "contact": {"email": f"{vid.lower()}@example.jp", "phone": f"070-2000-{n:04d}"},
            }
        )
        have[vid] = list(concepts)
        return vid

    def g(r, vid):
        v = vols[int(vid[3:]) - 1]
        return s.grade(r, needs[r["external_id"]], v, set(have[vid]), nb, related, close)

    for _ in range(s.N_RANDOM_VOLUNTEERS):
        k = rng.choices([1, 2, 3], [0.5, 0.35, 0.15])[0]
        new_vol(rng.sample(names, k))
    # pure-trap volunteers: a trap sentence first, and a concept the sentence does not deny
    for filler in sorted(s.TRAP_FILLERS):
        safe = [c for c in names if c not in s.TRAP_FILLERS[filler]]
        new_vol([rng.choice(safe)])
        vols[-1]["bio"] = filler + vols[-1]["bio"]

    def fitting(r, same_town=True):
        """(area, availability, languages) that pass the request's hard constraints and place."""
        area = r["area"] or rng.choice(area_ids)
        if r["area"] and not same_town:
            area = rng.choice(sorted(nb[r["area"]]))
        avail = sorted(set(r["slots"][:1]) | set(rng.sample(s.SLOTS, 2)), key=s.SLOTS.index)
        langs = sorted(set(r["languages"]) | {"ja"})
        return area, avail, langs

    # decoys: the skill the text names but does not ask for, in the request's town, free at its time
    decoy_vids: dict[str, list[str]] = {}
    for r in requests:
        rid = r["external_id"]
        for d in decoys_of[rid]:
            area, avail, langs = fitting(r)
            decoy_vids.setdefault(rid, []).append(
                new_vol([d], area=area, avail=avail, langs=langs, active=True)
            )

    # constraint traps on every third request: the asked skill in the right town, but a hard constraint fails
    for j, r in enumerate(requests):
        if j % 3:
            continue
        rid = r["external_id"]
        area, avail, langs = fitting(r)
        kinds = ["inactive"]
        if any(x != "ja" for x in r["languages"]):
            kinds.append("language")
        if r["slots"]:
            kinds.append("slots")
        kind = kinds[(j // 3) % len(kinds)]
        if kind == "inactive":
            new_vol(list(needs[rid]), area=area, avail=avail, langs=langs, active=False)
        elif kind == "language":
            new_vol(list(needs[rid]), area=area, avail=avail, langs=["ja"], active=True)
        else:
            other = [s for s in s.SLOTS if s not in r["slots"]]
            new_vol(list(needs[rid]), area=area, avail=sorted(rng.sample(other, 3), key=s.SLOTS.index),
                    langs=langs, active=True)  # fmt: skip

    # plant: every request gets at least two grade >= 2 volunteers (registrants who really fit), one of them
    # of grade 3
    for r in requests:
        rid = r["external_id"]
        while True:
            grades = [g(r, v["external_id"]) for v in vols]
            top = 3 in grades or not (r["area"] or r["remote_ok"])  # no town given: 2 is the best there is
            if top and sum(x >= 2 for x in grades) >= 2:
                break
            area, avail, langs = fitting(r, same_town=not top or rng.random() < 0.5)
            if rng.random() < 0.2:
                langs = list(r["languages"])
            extra = [rng.choice(names)] if rng.random() < 0.3 else []
            concepts = list(dict.fromkeys(needs[rid] + extra))
            new_vol(concepts, area=area, avail=avail, langs=langs, active=True)

    qrels = []
    for r in requests:
        for v in vols:
            x = g(r, v["external_id"])
            if x > 0:
                qrels.append((r["external_id"], v["external_id"], x))
    concepts = {
        "note": "ground-truth labels, for diagnosis only: a matcher must never read this file nor qrels.tsv",
        "concepts": names,
        "close": [list(p) for p in s.CLOSE],
        "related": [list(p) for p in s.RELATED],
        "requests": needs,
        "request_decoys": {rid: ds for rid, ds in decoys_of.items() if ds},
        "decoy_volunteers": decoy_vids,
        "volunteers": have,
    }
    return vols, requests, qrels, concepts


def build_renamed(
    s: Any, prefix: str, build_prefix: str = "FX"
) -> tuple[list[dict], list[dict], list[tuple[str, str, int]], dict]:
    """Returns build(s, build_prefix) with every id (and the volunteers' contact addresses made from them) renamed to
    `prefix`: build finds a volunteer by the digits after its id's third character (F9V0001), which fits a two-character
    prefix only, so a set with a longer one (F10, F11, F12) is built under `build_prefix` and renamed."""
    vols, requests, qrels, concepts = build(s, build_prefix)
    n = len(build_prefix)

    def ren(x: str) -> str:
        assert x.startswith(build_prefix) and x[n] in "QV", x
        return prefix + x[n:]

    for v in vols:
        old = v["external_id"]
        v["external_id"] = ren(old)
        v["contact"] = {
            **v["contact"],
            "email": v["contact"]["email"].replace(old.lower(), v["external_id"].lower()),
        }
    for r in requests:
        r["external_id"] = ren(r["external_id"])
    qrels = [(ren(r), ren(v), g) for r, v, g in qrels]
    concepts = {
        **concepts,
        "requests": {ren(k): x for k, x in concepts["requests"].items()},
        "request_decoys": {ren(k): x for k, x in concepts["request_decoys"].items()},
        "decoy_volunteers": {ren(k): [ren(v) for v in x] for k, x in concepts["decoy_volunteers"].items()},
        "volunteers": {ren(k): x for k, x in concepts["volunteers"].items()},
    }
    return vols, requests, qrels, concepts


def check_promises(s: Any, out: Path, areas_file: Path, prefix: str) -> None:
    """Raises AssertionError when a set's files break the format or a grade differs from the rules (check_files,
    with the set's `prefix` ids), and when the set's own data breaks its promises (a decoy CLOSE to its request's
    ask, a pair both CLOSE and RELATED, a concept no request asks for, a trap pair declared CLOSE or RELATED, a
    foreign language no name speaks, a request without a grade-3 volunteer although it names a town or is remote):
    the self_check of fresh11 and fresh12, whose data hold the same promises."""
    check_files(out, areas_file, prefix)
    close, rel = set(s.CLOSE), set(s.RELATED)
    assert not close & rel, "a pair is both CLOSE and RELATED"
    asked = {c for q in s.REQUESTS for c in q["need"]}
    assert asked == set(s.CONCEPTS), f"concepts no request asks for: {set(s.CONCEPTS) - asked}"
    for q in s.REQUESTS:
        for d in q["decoy"]:
            assert d in s.CONCEPTS and d not in q["need"], (q["title"], d)
            assert all(tuple(sorted((n, d))) not in close for n in q["need"]), (q["title"], d)
    for p in s.TRAPS:
        assert tuple(sorted(p)) not in close | rel, p
    spoken = {x for _, ls in s.FOREIGN for x in ls}
    assert set(s.FOREIGN_LANGS) <= spoken and set(s.FOREIGN_INTROS) >= set(s.HOME_LANG.values())
    assert {x for q in s.REQUESTS for x in q["langs"]} <= spoken | {"ja"}
    reqs = [json.loads(x) for x in (out / "requests.jsonl").read_text(encoding="utf-8").splitlines()]
    top = {line.split("\t")[0] for line in (out / "qrels.tsv").read_text(encoding="utf-8").splitlines()[1:]
           if line.endswith("\t3")}  # fmt: skip
    for r in reqs:  # no town and not remote: grade 2 is the best there is (the set's few no-match-at-3 cases)
        assert r["external_id"] in top or not (r["area"] or r["remote_ok"]), r["external_id"]


def tag_is(s: Any, concept: str, typed: str) -> bool:
    """Whether a typed tag came from the concept's tag list (through variant()'s noise); statistics only."""
    tags = s.CONCEPTS[concept]["tags"] + (sum(s.INTERP_TAGS.values(), []) if concept == "interp" else [])
    return any(noisy(t, typed) for t in tags)


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
