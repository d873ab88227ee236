"""A second, small held-out set: 16 requests written for skill-v4's classes of miss (who asks vs what is asked,
whom it is for, needs named by their effect, two asks, traps of the new vocabulary), against the held-out
volunteers (bench/heldout/data) and graded with make.py's own rules from concept labels set here.

The requests and their labels were written and graded before the matcher was run on them (see README.md): a
check of the skill-v4 work on words it was not tuned on. The author knew the taxonomy, so the set is not as
blind as data/ was when it was made.

usage: python bench/heldout/fresh.py   (writes bench/heldout/fresh/: requests, qrels, volunteers, concepts)
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh"
_spec = importlib.util.spec_from_file_location("heldout_make", HERE / "make.py")
assert _spec and _spec.loader
make = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make)

# (id, need concepts, requester kind, requester name, title, description, area, slots, languages)
REQUESTS = [
    ("F01", ["line"], "group", "絵手紙サークル", "絵手紙サークルからのご相談",
     "会員同士の連絡をLINEでまとめたいのですが、グループの作り方がわかりません。教えてくださる方いませんか。",
     "town_nakazato", [], ["ja"]),
    ("F02", ["sns"], "resident", "森 由美", "ヨガ教室を主宰しています",
     "生徒さんへのお知らせをインスタで発信したいので、投稿のコツを教えてほしいです。", "town_umezono", [], ["ja"]),
    ("F03", ["smartphone"], "resident", "高田 健", "耳の遠い父のスマホ",
     "耳の遠い父に、スマホの音量や文字の大きさを調整してあげたいのですが、やり方がわかりません。",
     "town_asahigaoka", [], ["ja"]),
    ("F04", ["pcdoc"], "group", "ふれあい食事会", "料理好きな高齢者の集まりです",
     "料理好きな高齢者が集まる会です。会計の帳簿をパソコンでつけたいので、エクセルを教えてくれる方を募集します。",
     "town_shitajuku", [], ["ja"]),
    ("F05", ["garden"], "resident", "川村 トシ", "庭の雑草が膝まで",
     "夏の間に放っておいたら、庭が草だらけになってしまいました。抜くのを手伝っていただけませんか。",
     "town_matsuyama", [], ["ja"]),
    ("F06", ["bike"], "resident", "佐野 恵", "自転車のブレーキがきかない",
     "買い物用の自転車のブレーキが甘くて怖いです。見てもらえる方いませんか。", "town_nakakiyoto", [], ["ja"]),
    ("F07", ["driving", "shopping"], "resident", "今井 正", "病院への送り迎えと薬局での買い物",
     "月に一度の通院に車を出していただき、帰りに薬局で日用品を買うのも手伝ってほしいです。",
     "town_shimokiyoto", [], ["ja"]),
    ("F08", ["japanese"], "group", "ベトナム出身のママの会", "ベトナム出身のママたちの集まり",
     "ベトナム出身のお母さんたちが集まる会です。子どもの学校の書類が読めるよう、日本語を教えてくださる方を探しています。",
     "town_kamikiyoto", [], ["ja"]),
    ("F09", ["sewing"], "resident", "石井 フミ", "ボタンが取れた制服",
     "孫の制服のボタンが取れてしまい、目が悪くて針に糸が通せません。繕っていただけると助かります。",
     "town_nakazato", [], ["ja"]),
    ("F10", ["photo"], "group", "中央公民館", "市民講座の記録係",
     "公民館の市民講座の様子を撮影して、後で報告書に使える写真を残してくださる方をお願いします。",
     "town_umezono", [], ["ja"]),
    ("F11", ["magic"], "group", "南町子ども会", "夏祭りの出し物",
     "子ども会の夏祭りで、子どもたちが喜ぶ出し物をしてくださる方を探しています。", "town_asahigaoka", [], ["ja"]),
    ("F12", ["interp"], "resident", "王 芳", "窓口でのやりとりが不安",
     "中国から来たばかりの夫婦です。市役所の手続きに一緒に行って、中国語で説明を手伝ってくれる方がいると心強いです。",
     "town_shitajuku", [], ["zh"]),
    ("F13", ["haircut"], "resident", "岡 美和", "母の髪が伸びて困っています",
     "施設に入っている母の髪が伸び放題です。施設まで来て切っていただける方はいませんか。", "town_matsuyama", [], ["ja"]),
    ("F14", ["cooking"], "group", "みんなの食堂", "子ども食堂のお手伝い",
     "子ども食堂を運営しています。毎週、カレーなどの調理を一緒にしてくださる方を募集します。",
     "town_nakakiyoto", [], ["ja"]),
    ("F15", ["videocall"], "resident", "原田 信子", "孫と顔を見ながら話したい",
     "遠くに住む孫の顔を見ながら話したいです。タブレットはあるのですが、つなぎ方がわかりません。",
     "town_shimokiyoto", [], ["ja"]),
    ("F16", ["lifting"], "resident", "野口 一郎", "重い本棚を動かしたい",
     "一人暮らしの高齢者です。模様替えで本棚を別の部屋に移したいのですが、一人では無理です。力のある方にお願いしたいです。",
     "town_kamikiyoto", [], ["ja"]),
]  # fmt: skip


def write(requests: list[tuple], out: Path) -> None:
    """Writes a graded set: the requests, the held-out volunteers and the grades from make.py's rules.

    Each request is (id, need concepts, kind, name, title, description, area, slots, languages[, remote_ok]).
    """
    data = HERE / "data"
    out.mkdir(exist_ok=True)
    shutil.copyfile(data / "volunteers.jsonl", out / "volunteers.jsonl")
    vols = [json.loads(x) for x in (data / "volunteers.jsonl").read_text(encoding="utf-8").splitlines() if x]
    have = json.loads((data / "concepts.json").read_text(encoding="utf-8"))["volunteers"]
    nb = make.load_areas()
    reqs, lines, needs = [], ["request\tvolunteer\tgrade"], {}
    for rid, need, kind, name, title, desc, area, slots, langs, *remote in requests:
        r = {
            "external_id": rid,
            "requester_kind": kind,
            "requester_name": name,
            "title": title,
            "description": desc,
            "skills": [],
            "area": area,
            "slots": slots,
            "languages": langs,
            "remote_ok": bool(remote and remote[0]),
            "helpers_needed": 1,
        }
        reqs.append(r)
        needs[rid] = need
        for v in vols:
            g = make.grade(r, need, v, set(have.get(v["external_id"], [])), nb)
            if g:
                lines.append(f"{rid}\t{v['external_id']}\t{g}")
        if not any(ln.startswith(f"{rid}\t") and ln.endswith(("\t2", "\t3")) for ln in lines):
            raise SystemExit(f"{rid}: no volunteer of grade 2 or 3")
    (out / "requests.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in reqs), encoding="utf-8"
    )
    (out / "qrels.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "concepts.json").write_text(
        json.dumps({"requests": needs}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"wrote {out}: {len(reqs)} requests, {len(lines) - 1} graded pairs")


def main() -> None:
    """Writes the fresh set."""
    write(REQUESTS, OUT)


if __name__ == "__main__":
    main()
