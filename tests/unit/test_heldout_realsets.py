"""What every blind set of real public wording from real7 on (bench/heldout/realN.py, texts in realN_data.py) must
hold, whatever its concepts: it passes its own check and its files are byte for byte what the generator writes, every
request has two good volunteers, its request ids split into odd and even halves, the generator does not import the
matcher, it uses no page and no query of an earlier set, and its self_check catches a wrong grade and a page of an
earlier set; its files load in the interchange format with its own record counts, and its self_check catches a related
pair added between two of its precision-trap concepts (both in SHAPE); siblings checked against each other when written
share no page. Its precision traps are in test_heldout_realN.py (real18 … real35: test_heldout_mixes.py).

These tests read the files and the generators only: they never run the matcher on a set."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from schemas.models import HelpRequestBase, VolunteerBase
from tests.unit.heldout_files import HELDOUT, jsonl, load_generator, qrels

FILES = ("volunteers.jsonl", "requests.jsonl", "qrels.tsv", "concepts.json", "sources.json")
# every real-wording set in the order written; each one's pages must be new to all before it
REAL = (
    "real",
    "real2",
    "real3",
    "real4",
    "real5",
    "real6",
    "real7",
    "real8",
    "real9",
    "real10",
    "real11",
    "real12",
    "real13",
    "real14",
    "real15",
    "real16",
    "real17",
    "real18",
    "real19",
    "real20",
    "real21",
    "real22",
    "real23",
    "real24",
    "real25",
    "real26",
    "real27",
    "real28",
    "real29",
    "real30",
    "real31",
    "real32",
    "real33",
    "real34",
    "real35",
)
SETS = REAL[REAL.index("real7") :]  # the sets this file checks: real7 on
FIRST_WITH_QUERIES = "real3"  # real and real2 keep no QUERIES list
# each set's own shape: at least so many requests, volunteers and residents' own asks (and 5 asks needing another
# language), and two of its precision-trap concepts its self_check must refuse to see declared related
SHAPE = {
    "real7": (50, 110, 5, ("music", "sado_kado")),  # 茶道~演奏
    "real8": (50, 100, 8, ("kitsuke", "sewing")),  # 着付け~裁縫
    "real9": (50, 100, 8, ("niwa", "shuzen")),  # 庭~修繕
    "real10": (50, 100, 8, ("gomi", "bika")),  # ごみ出し~清掃
    "real11": (45, 140, 12, ("shuwa", "tenyaku")),  # 手話~点訳
    "real12": (50, 135, 15, ("guide", "roudoku")),  # ガイドヘルプ~朗読
    "real13": (50, 105, 15, ("shodo", "kaiga")),  # 書道~絵画
    "real14": (50, 110, 15, ("toy", "mokkou")),  # おもちゃ病院~木工
    "real15": (50, 110, 15, ("kirie", "oshibana")),  # 切り絵~押し花
    "real16": (55, 110, 15, ("warai", "taikyoku")),  # 笑いヨガ~太極拳
    "real17": (55, 110, 20, ("nordic", "gg")),  # ノルディック~グラウンド・ゴルフ
    "real18": (55, 110, 20, ("molkky", "curling")),  # モルック~カローリング
    "real19": (55, 115, 20, ("herbarium", "nurie")),  # ハーバリウム~大人の塗り絵
    "real20": (50, 115, 20, ("darts", "billiards")),  # ダーツ~ビリヤード
    "real21": (55, 115, 20, ("koucha", "sado")),  # 紅茶~茶道
    "real22": (55, 120, 20, ("hula", "shakou")),  # フラダンス~社交ダンス
    "real23": (55, 115, 20, ("konnyaku", "sakana")),  # こんにゃく~魚のさばき方
    "real24": (55, 115, 20, ("hoshigaki", "ikkanbari")),  # 干し柿~一閑張り
    "real25": (55, 115, 20, ("meiso", "exercise")),  # 瞑想・坐禅~体操
    "real26": (52, 111, 21, ("sakiori", "shugei")),  # 裂き織り~手芸
    "real27": (48, 87, 22, ("igo_shogi", "bridge")),  # 囲碁・将棋~コントラクトブリッジ
    "real28": (44, 84, 19, ("shuffle", "xiangqi")),  # シャッフルボード~シャンチー
    # 25 residents' own: real29.py's prose says twenty-eight, but the asks it lists one by one are 25, as the file has
    "real29": (48, 84, 25, ("tapdance", "doubledutch")),  # タップダンス~ダブルダッチ
    "real30": (44, 78, 22, ("musasabi", "guide")),  # ムササビ観察~まち歩きガイド
    "real31": (44, 80, 27, ("toy", "byoin")),  # おもちゃ病院~病院ボランティア
    "real32": (34, 62, 10, ("tanpopo", "konchu")),  # タンポポ調査~昆虫標本
    "real33": (40, 78, 14, ("daihitsu", "kikigaki")),  # 代読・代筆~聞き書き
    "real34": (43, 78, 13, ("kanwa", "kaishoku")),  # 緩和ケア~会食会
    "real35": (44, 84, 12, ("ryokou", "shokuji")),  # 旅行・外出行事の付き添い~食事の手伝い
}


# sets written at the same time by different hands, neither before the other: real21's writer could not check
# real20's pages, and two of them are a page of both; real22 and real23 were checked against each other by hand and
# share none, nor do real24 and real25, nor real26 and real27 (real26's writer, finishing later, checked real27's pages
# by program and replaced or dropped the five records it shared; bench/heldout/README.md), nor real28 and real29
# (real28's writer found nine pages of real29's, deleted those records and replaced some; real28.py). real30 has no
# sibling (real30.py): it is checked against every set before it, real29 included, and is in neither table; nor
# has real31 (real31.py), checked against every set before it, real30 included, nor real32 (real32.py), checked
# against every set before it, real31 included, nor real33 (real33.py), checked against every set before it, real32
# included, nor real34 (real34.py), checked against every set before it, real33 included, nor real35 (real35.py),
# checked against every set before it, real34 included
SIBLINGS = {
    "real21": ("real20",),
    "real23": ("real22",),
    "real25": ("real24",),
    "real27": ("real26",),
    "real29": ("real28",),
}
# siblings (keyed as in SIBLINGS) checked against each other
SHARE_NONE = ("real23", "real25", "real27", "real29")
# sets with fewer asks needing another language than the three of real19 on: real32 has two, both in English (its
# writer ran short of fresh pages, real32.py; its two ルーマニア語 asks are Japanese learners' own, written in Japanese:
# Romanian is the skill they ask for, not a language the request needs)
FEWER_LANGUAGE_ASKS = {"real32": 2}


def _earlier(name: str) -> tuple[str, ...]:
    return tuple(s for s in REAL[: REAL.index(name)] if s not in SIBLINGS.get(name, ()))


def _earlier_with_queries(name: str) -> tuple[str, ...]:
    return REAL[REAL.index(FIRST_WITH_QUERIES) : REAL.index(name)]


@pytest.fixture(scope="module", params=SETS)
def gen(request: pytest.FixtureRequest) -> ModuleType:
    return load_generator(request.param, "tsets")


def test_self_check_passes_and_the_files_are_what_the_generator_writes(
    gen: ModuleType, tmp_path: Path
) -> None:
    gen.self_check(gen.OUT)
    gen.write(tmp_path)
    for f in FILES:
        assert (tmp_path / f).read_bytes() == (gen.OUT / f).read_bytes(), f


def test_files_load_as_interchange_records(gen: ModuleType) -> None:
    n_reqs, n_vols, residents, _pair = SHAPE[gen.OUT.name]
    vols = jsonl(gen.OUT / "volunteers.jsonl")
    reqs = jsonl(gen.OUT / "requests.jsonl")
    assert len(reqs) >= n_reqs and len(vols) >= n_vols
    for v in vols:
        VolunteerBase.model_validate(v)  # the API's own field rules (slots, languages, lengths)
    for r in reqs:
        HelpRequestBase.model_validate(r)
    assert sum(r["requester_kind"] == "resident" for r in reqs) >= residents
    # five asks needing another language; real19 and real21 … real26 have three only (English), real27 three (two in
    # English, one needing Hindi), real28 four (two in English, two needing Swahili), real29 three (two in English, one
    # needing Turkish), real30 three (two in English, one needing Finnish), real31 three (two in English,
    # one needing Hungarian), real32 two only (both in English; FEWER_LANGUAGE_ASKS), real33 three (all in English:
    # its デンマーク語 asks, like real32's ルーマニア語 ones, are Japanese learners' own, in Japanese), real34 three (all
    # in English: its アイスランド語 asks are Japanese learners' own, in Japanese), real35 three (all in English: its
    # エストニア語 asks are in Japanese)
    few = gen.OUT.name in set(REAL[REAL.index("real19") :]) - {"real20"}  # real19 on, but real20
    need = FEWER_LANGUAGE_ASKS.get(gen.OUT.name, 3 if few else 5)
    assert sum(r["languages"] not in ([], ["ja"]) for r in reqs) >= need


def test_self_check_catches_a_related_pair_added_between_two_precision_traps(
    gen: ModuleType, tmp_path: Path
) -> None:
    out = tmp_path / gen.OUT.name
    shutil.copytree(gen.OUT, out)
    labels = json.loads((out / "concepts.json").read_text(encoding="utf-8"))
    labels["related"].append(list(SHAPE[gen.OUT.name][3]))
    (out / "concepts.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    with pytest.raises(AssertionError):
        gen.self_check(out)


def test_every_set_has_its_shape() -> None:
    assert set(SHAPE) == set(SETS)


def test_every_request_has_two_good_volunteers(gen: ModuleType) -> None:
    good: dict[str, int] = {}
    for (r, _v), g in qrels(gen.OUT).items():
        good[r] = good.get(r, 0) + (g >= 2)
    assert all(good.get(r["external_id"], 0) >= 2 for r in jsonl(gen.OUT / "requests.jsonl"))


def test_request_ids_split_into_odd_and_even_halves(gen: ModuleType) -> None:
    nums = [int(r["external_id"][-3:]) for r in jsonl(gen.OUT / "requests.jsonl")]
    assert nums == list(range(1, len(nums) + 1))
    assert abs(sum(n % 2 for n in nums) - sum(1 - n % 2 for n in nums)) <= 1


@pytest.mark.parametrize("name", SETS)
def test_generator_does_not_import_the_matcher(name: str) -> None:
    for file in (f"{name}.py", f"{name}_data.py"):
        source = (HELDOUT / file).read_text(encoding="utf-8")
        assert "import matching" not in source and "from matching" not in source, file


def test_uses_no_page_and_no_query_of_an_earlier_set(gen: ModuleType) -> None:
    pages: set[str] = set()
    for d in _earlier(gen.OUT.name):
        data = json.loads((HELDOUT / d / "sources.json").read_text(encoding="utf-8"))
        pages |= set(data["requests"].values()) | set(data["volunteers"].values())
    mine = json.loads((gen.OUT / "sources.json").read_text(encoding="utf-8"))
    used = list(mine["requests"].values()) + list(mine["volunteers"].values())
    assert not set(used) & pages
    assert len(set(used)) == len(used)  # no page is used twice
    queries: set[str] = set()
    for d in _earlier_with_queries(gen.OUT.name):
        queries |= set(load_generator(d, "tsets").QUERIES)
    assert gen.QUERIES and not set(gen.QUERIES) & queries
    assert len(set(gen.QUERIES)) == len(gen.QUERIES)


@pytest.mark.parametrize("name", SHARE_NONE)
def test_siblings_checked_against_each_other_share_no_page(name: str) -> None:
    def pages(d: str) -> set[str]:
        data = json.loads((HELDOUT / d / "sources.json").read_text(encoding="utf-8"))
        return set(data["requests"].values()) | set(data["volunteers"].values())

    (sibling,) = SIBLINGS[name]
    assert pages(name) and pages(sibling) and not pages(name) & pages(sibling)


def test_self_check_catches_a_wrong_grade(gen: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / gen.OUT.name
    shutil.copytree(gen.OUT, out)
    qrels_file = out / "qrels.tsv"
    lines = qrels_file.read_text(encoding="utf-8").splitlines()
    r, v, g = lines[1].split("\t")
    lines[1] = f"{r}\t{v}\t{1 if g != '1' else 2}"
    qrels_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(AssertionError):
        gen.self_check(out)


def test_self_check_catches_a_page_of_an_earlier_set(gen: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / gen.OUT.name
    shutil.copytree(gen.OUT, out)
    previous = _earlier(gen.OUT.name)[-1]
    earlier = json.loads((HELDOUT / previous / "sources.json").read_text(encoding="utf-8"))
    sources = json.loads((out / "sources.json").read_text(encoding="utf-8"))
    first = next(iter(sources["requests"]))
    sources["requests"][first] = next(iter(earlier["requests"].values()))
    (out / "sources.json").write_text(
        json.dumps(sources, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    with pytest.raises(AssertionError):
        gen.self_check(out)
