#!/usr/bin/env python3
"""Per-request view of a ranking on the held-out set: nDCG@5, what was proposed (with our concept labels and
grades) and what should have been.  usage: python bench/heldout/diagnose.py RANKING.jsonl [N worst]"""

import json
import math
import sys
from pathlib import Path

D = Path(__file__).resolve().parent / "data"


def dcg(g):
    return sum((2**x - 1) / math.log2(i + 2) for i, x in enumerate(g))


def main():
    reqs = {
        json.loads(row)["external_id"]: json.loads(row)
        for row in open(D / "requests.jsonl", encoding="utf-8")
    }
    vols = {
        json.loads(row)["external_id"]: json.loads(row)
        for row in open(D / "volunteers.jsonl", encoding="utf-8")
    }
    lab = json.load(open(D / "concepts.json", encoding="utf-8"))
    q = {}
    for line in list(open(D / "qrels.tsv"))[1:]:
        r, v, g = line.split()
        q.setdefault(r, {})[v] = int(g)
    ranks = {}
    for line in open(sys.argv[1], encoding="utf-8"):
        if line.strip():
            o = json.loads(line)
            ranks[o["request"]] = o["ranking"]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    rows = []
    for rid in reqs:
        rk = ranks.get(rid, [])
        gains = [q.get(rid, {}).get(x["volunteer"], 0) for x in rk[:5]]
        ideal = sorted(q.get(rid, {}).values(), reverse=True)[:5]
        rows.append((dcg(gains) / dcg(ideal), rid))
    rows.sort()
    for s, rid in rows[:n]:
        r = reqs[rid]
        print(
            f"== {rid} nDCG@5={s:.2f} need={lab['requests'][rid]} {r['title']} | tags={r['skills']} "
            f"area={r['area']} slots={r['slots']} langs={r['languages']} remote={r['remote_ok']}"
        )
        for x in ranks.get(rid, [])[:5]:
            v = vols[x["volunteer"]]
            print(
                f"   got {x['volunteer']} g={q.get(rid, {}).get(x['volunteer'], 0)} {lab['volunteers'][x['volunteer']]}"
                f" tags={v['skills']} reasons={x.get('reasons')}"
            )
        best = sorted(q.get(rid, {}).items(), key=lambda t: -t[1])[:3]
        for vid, g in best:
            v = vols[vid]
            print(f"   want {vid} g={g} tags={v['skills']} bio={v['bio'][:60]}")


if __name__ == "__main__":
    main()
