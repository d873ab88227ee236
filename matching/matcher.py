"""The Matcher: keeps a warm index of volunteers and ranks them for help requests, with reasons."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from . import features as ft
from . import nearest, pool, vectors, wording
from .algorithm import DEFAULT, WORDING, Algorithm
from .areas import Areas
from .grams import fit_idf
from .index import LangCodes, Segment, SegmentView
from .literal import literal_rows
from .nearest import Scored
from .offers import volunteer_profile
from .profiles import Analysed, ProfileStore, analyse, concat, empty, spill, spill_terms, text_digest
from .reasons import availability_summary, lang_ja
from .taxonomy import Taxonomy
from .types import DELTA_MAX, Candidate, HelpRequest, RankResult, Volunteer

VIEW_CACHE_ROWS = 4_000_000  # rows held by cached candidate views (~30 B each) before the cache is dropped
PROFILE_CACHE = (
    20_000  # request profiles kept (FIFO); a request is immutable, so its profile never goes stale
)


class Matcher:
    """Ranks volunteers for help requests; index() once, upsert()/remove() incrementally, rank() many times."""

    def __init__(self, *, areas: Areas, taxonomy: Taxonomy, algorithm: Algorithm = DEFAULT) -> None:
        self.areas = areas
        self.taxonomy = taxonomy
        self.algorithm = algorithm
        self._lock = threading.RLock()
        self._area_ids = sorted(areas.names)
        self._area_index = {a: i for i, a in enumerate(self._area_ids)}
        k = len(self._area_ids)
        self._neighbours = np.zeros((max(k, 1), max(k, 1)), dtype=bool)
        for a, ns in areas.neighbours.items():
            for b in ns:
                if a in self._area_index and b in self._area_index:
                    self._neighbours[self._area_index[a], self._area_index[b]] = True
        self._config = ft.Config(taxonomy=taxonomy, areas=areas, neighbours=self._neighbours)
        self._langs = LangCodes()
        self._profiles: dict[HelpRequest, ft.RequestProfile] = {}
        self._views: dict[tuple[object, ...], SegmentView] = {}
        self._dead: list[int] = []  # main-segment rows tombstoned since the build, in order (see _tombstone)
        self._idf: np.ndarray | None = None
        self._fb_idf: np.ndarray | None = None
        self._volunteers: dict[str, Volunteer] = {}
        self._main = self._segment([])
        self._delta_vols: dict[str, Volunteer] = {}
        # each delta volunteer's analysed text, so a delta rebuild reads only the text that changed
        self._delta_an: dict[str, Analysed] = {}
        self._main_an: Analysed = empty()  # the main segment's analysed text, row by row
        self.last_analysed = 0  # volunteers whose text the last index() read (the others came from the store)
        self._delta = self._segment([])
        self._delta_stale = False  # upserts since the delta segment was built: rebuilt once, at the next read
        # where the main segment's fallback term ids and postings are moved out of private memory after each build
        # (see _spill); None keeps them in memory
        self.spill_dir: Path | None = None

    @property
    def name(self) -> str:
        """Returns the algorithm's version name."""
        return self.algorithm.name

    def _segment(
        self, vols: Sequence[Volunteer], *, refit: bool = False, analysed: Analysed | None = None
    ) -> Segment:
        """Returns a segment of vols scored with the main segment's fallback idf, or fitting its own (refit: a
        new main segment, so that a fold ranks as a fresh index of the same volunteers)."""
        return Segment(
            vols,
            taxonomy=self.taxonomy,
            areas=self.areas,
            area_index=self._area_index,
            langs=self._langs,
            idf=self._idf,
            fb_idf=None if refit else self._fb_idf,
            analysed=analysed,
        )

    # -- writes ---------------------------------------------------------------------------------

    def index(self, volunteers: Iterable[Volunteer], profiles: ProfileStore | None = None) -> None:
        """Rebuilds the whole index from volunteers (the last record for an id wins).

        With a profile store (`ProfileStore.load` of a previous build's `save`), only the volunteers whose text
        changed are read again; the store is left holding this build's analysis, ready to be saved.
        """
        vols = {v.id: v for v in volunteers}
        ordered = [vols[k] for k in sorted(vols)]
        if profiles is not None:
            analysed, self.last_analysed = profiles.analyse(ordered, self.taxonomy)
        else:
            analysed, self.last_analysed = analyse(ordered, self.taxonomy), len(ordered)
        self._install(vols, ordered, analysed)

    def _compact(self) -> None:
        """Folds the delta segment into a new main one, reusing every analysis held (no text is read again):
        the main segment's rows still alive and the delta's, in id order (hold the lock)."""
        delta = self._current_delta()
        rows = np.flatnonzero(self._main.alive)
        ids = [self._main.ids[r] for r in rows.tolist()] + delta.ids
        analysed = (
            concat([self._main_an.take(rows), delta.analysed]) if len(delta) else self._main_an.take(rows)
        )
        perm = sorted(range(len(ids)), key=ids.__getitem__)
        vols = dict(self._volunteers)
        self._install(vols, [vols[ids[i]] for i in perm], analysed.take(np.asarray(perm, dtype=np.intp)))
        self.last_analysed = 0

    def _install(self, vols: dict[str, Volunteer], ordered: list[Volunteer], analysed: Analysed) -> None:
        """Makes `ordered` (with its analysis, row for row) the main segment and empties the delta."""
        idf = fit_idf([r for r in analysed.residual if r])
        with self._lock:
            self._idf = idf
            main = self._segment(ordered, refit=bool(ordered), analysed=analysed)
            if ordered:
                self._fb_idf = main.fb_idf  # delta segments score with the main segment's idf
            self._volunteers = vols
            self._views = {}
            self._dead = []
            self._main = main
            self._main_an = analysed
            self._delta_vols = {}
            self._delta_an = {}
            self._delta = self._segment([])
            self._delta_stale = False
        if self.spill_dir is not None:  # the segment is built: its arrays no longer read them
            self._spill(main, analysed, self.spill_dir)

    @staticmethod
    def _spill(main: Segment, analysed: Analysed, directory: Path) -> None:
        """Moves what the main segment reads rarely out of private memory (profiles.spill): the fallback's term ids
        (read again only when the index folds) and its inverted postings (read only by a request no concept
        matched: 24 MB at 100k, of which such a request maps the few pages of its own terms)."""
        spill_terms(analysed, directory)
        if main.fb_indices is not None:
            main.fb_indices = spill(main.fb_indices, directory)

    def spill_to(self, directory: Path) -> None:
        """Moves the main segment's fallback term ids out of private memory now and after every later build
        (profiles.spill_terms)."""
        self.spill_dir = directory
        self._spill(self._main, self._main_an, directory)

    def upsert(self, volunteer: Volunteer) -> None:
        """Adds or replaces one volunteer; the next rank() sees the new state (pause → never proposed).

        O(1): the delta segment is rebuilt once, by the next read, whatever the number of upserts before it.
        """
        with self._lock:
            self._volunteers[volunteer.id] = volunteer
            self._tombstone(volunteer.id)
            self._delta_vols[volunteer.id] = volunteer
            self._refresh_delta()

    def remove(self, volunteer_id: str) -> None:
        """Removes a volunteer (withdrawal); the next rank() no longer sees them."""
        with self._lock:
            self._volunteers.pop(volunteer_id, None)
            self._tombstone(volunteer_id)
            self._delta_an.pop(volunteer_id, None)
            if self._delta_vols.pop(volunteer_id, None) is not None:
                self._refresh_delta()

    def _tombstone(self, vid: str) -> None:
        """Marks a volunteer's main-segment row dead (their new state lives in the delta).

        Cached views of the main segment stay: its rows never change after the build but for `alive`, and a view
        that gathered a copy of it is patched from the log of dead rows when it is next served (its memoised
        skill scores read only the rows' skills). Dropping every view here made each rank after a write gather
        and score its candidates afresh."""
        r = self._main.row.get(vid)
        if r is not None and self._main.alive[r]:  # once dead a row stays dead until the next build
            self._main.alive[r] = False
            self._dead.append(r)

    def _refresh_delta(self) -> None:
        self._delta_stale = True
        if len(self._delta_vols) > DELTA_MAX:
            self._compact()

    def _current_delta(self) -> Segment:
        """Returns the delta segment, built from the upserted volunteers if any arrived since (hold the lock)."""
        if self._delta_stale:
            vols = [self._delta_vols[k] for k in sorted(self._delta_vols)]
            stale = []
            for v in vols:
                d = text_digest(v)
                a = self._delta_an.get(v.id)
                if a is not None and a.digest[0] == d:
                    continue
                r = self._main.row.get(v.id)  # text unchanged since the main build: its analysis holds
                if r is not None and self._main_an.digest[r] == d:
                    self._delta_an[v.id] = self._main_an.take(np.array([r], dtype=np.intp))
                else:
                    stale.append(v)
            if stale:
                read = analyse(stale, self.taxonomy)
                for i, v in enumerate(stale):
                    self._delta_an[v.id] = read.take(np.array([i], dtype=np.intp))
            analysed = concat([self._delta_an[v.id] for v in vols]) if vols else None
            self._delta = self._segment(vols, analysed=analysed)
            self._delta_stale = False
            self._views = {
                k: v for k, v in self._views.items() if v.parent is self._main
            }  # the old delta's go
        return self._delta

    # -- reads ----------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._volunteers)

    def ids(self) -> list[str]:
        """Returns the ids of the indexed volunteers (a snapshot)."""
        with self._lock:
            return list(self._volunteers)

    def get(self, volunteer_id: str) -> Volunteer | None:
        """Returns the indexed state of a volunteer."""
        return self._volunteers.get(volunteer_id)

    def nbytes(self) -> int:
        """Returns bytes held by the numeric index arrays."""
        with self._lock:
            return self._main.nbytes() + self._current_delta().nbytes()

    def profile(self, request: HelpRequest) -> ft.RequestProfile:
        """Returns the request's extracted concepts and masks (cached: open requests are re-scored often)."""
        rq = self._profiles.get(request)
        if rq is None:
            rq = ft.request_profile(
                request,
                taxonomy=self.taxonomy,
                areas=self.areas,
                area_index=self._area_index,
                langs=self._langs,
            )
            with self._lock:
                if len(self._profiles) >= PROFILE_CACHE:
                    self._profiles.pop(next(iter(self._profiles)))
                self._profiles[request] = rq
        return rq

    def _candidate_view(
        self, rq: ft.RequestProfile, seg: Segment, text_rows: np.ndarray, related: bool
    ) -> SegmentView:
        """Returns the view over the rows that could reach the fit gate: holders of an asked or close skill and
        text matches, plus (with related) holders of a related or same-group skill. Views depend only on the
        skills asked, so requests asking the same share one (gathered arrays and skill scores are memoised in
        it) until the next write."""
        key = (id(seg), tuple(rq.asked), tuple(rq.primary), rq.close_exempt, related, text_rows.tobytes())
        view = self._views.get(key)
        if view is not None:
            self._patch(view)
            return view
        mask = np.zeros(len(seg), dtype=bool)
        for sid, _w, _x in rq.asked:
            r = seg.skill_row[sid]
            mask[seg.skill_posting[r]] = True
            for rr in (*seg.close_rows[r], *seg.similar_rows[r]):
                mask[seg.skill_posting[rr]] = True
            if related:
                mask[seg.group_posting[seg.skill_group[r]]] = True
                for rr in seg.related_rows[r]:
                    mask[seg.skill_posting[rr]] = True
        mask[text_rows] = True
        view = seg.view(np.flatnonzero(mask))
        view.dead_seen = len(self._dead)  # gathered later from the parent, whose `alive` has these already
        with self._lock:
            if sum(len(v) for v in self._views.values()) + len(view) > VIEW_CACHE_ROWS:
                self._views = {}
            self._views[key] = view
        return view

    def _patch(self, view: SegmentView) -> None:
        """Marks dead, in a cached view's copy of `alive`, the main rows tombstoned since it last looked."""
        n = len(self._dead)
        if view.dead_seen >= n:
            return
        if view.parent is self._main and "alive" in view.__dict__ and len(view.idx):
            rows = np.asarray(self._dead[view.dead_seen : n], dtype=np.intp)
            pos = np.minimum(np.searchsorted(view.idx, rows), len(view.idx) - 1)
            view.alive[pos[view.idx[pos] == rows]] = False
        view.dead_seen = n

    def _score(
        self,
        rq: ft.RequestProfile,
        seg: Segment,
        algorithm: Algorithm,
        prefilter: bool = True,
        top: int = 10,
        literal: tuple[np.ndarray, dict[int, str]] | None = None,
        title_topic: bool = False,
        in_title: bool = True,
        want: int = 0,
    ) -> Scored:
        """Returns the scores of a segment's candidates for a request; with want (the candidates the ranking keeps),
        those of the main segment are remembered (matching/pool.py) and the next ranking scores only the rows
        within reach of its top, when they prove enough."""
        text = any(f.kind == "alt" and f.weight for f in algorithm.features)
        key: tuple[object, ...] | None = None
        if want and prefilter and seg is self._main:
            held = None if literal is None else frozenset(literal[1].items())
            key = (algorithm, top, want, title_topic, in_title, held)
            got = rq.pools.get(key)
            if got is not None and got.seg is seg:
                self._patch(got.view)
                bare = ft.context(
                    rq,
                    seg,
                    text=text,
                    literal=literal,
                    title_topic=title_topic,
                    literal_in_title=in_title,
                    coverage=False,
                )
                kept = self._score_rows(pool.context(got, bare), got.view, algorithm)
                if pool.reuse(got, kept, top, want):
                    return kept
        ctx = ft.context(
            rq, seg, text=text, literal=literal, title_topic=title_topic, literal_in_title=in_title
        )
        text_rows = np.zeros(0, dtype=np.intp) if ctx.text_cov is None else np.flatnonzero(ctx.text_cov > 0)
        sc: Scored | None = None
        if prefilter:
            # Volunteers with only a related skill score at most RELATED_CREDIT (skill and coverage are both
            # capped by it, place and fairness only scale down), so when the exact holders already fill the
            # top with better scores, the related ones cannot enter it: skip scoring them (lossless).
            sc = self._score_rows(ctx, self._candidate_view(rq, seg, text_rows, False), algorithm)
            if np.count_nonzero(sc.total[sc.candidate] > ft.RELATED_CREDIT) < top:
                sc = None
        prefiltered = sc is not None
        if sc is None:
            sc = self._score_rows(ctx, self._candidate_view(rq, seg, text_rows, True), algorithm)
        if key is not None:
            if len(rq.pools) >= pool.POOLS_PER_REQUEST:
                rq.pools.clear()
            rq.pools[key] = pool.remember(sc, ctx, seg, want, prefiltered)
        return sc

    def _score_rows(self, ctx: ft.Context, view: SegmentView, algorithm: Algorithm) -> Scored:
        return Scored(view, algorithm.score(ctx, view, self._config), ctx.fallback)

    def rank(self, request: HelpRequest, top: int = 10, *, algorithm: Algorithm | None = None) -> RankResult:
        """Returns the top candidates for a request (hard constraints never violated), or why there are none."""
        algo = algorithm or self.algorithm
        with self._lock:
            segs = (self._main, self._current_delta())
            vols = self._volunteers
        rq = self.profile(request)
        # a title's topic the dictionary lacks: its holders, judged over both segments (literal.py)
        held = self._literal_held(rq, segs, rq.literal) if rq.literal else [None] * len(segs)
        in_title = True
        if rq.desc_literal and not any(h is not None for h in held):
            # no registrant lists a word of the title: a word the description repeats may be the topic
            held, in_title = self._literal_held(rq, segs, rq.desc_literal), False
        # the title's own topic leads the description's concepts; a word the description repeats stands beside them
        topic = in_title and any(h is not None for h in held)
        want = max(top, algo.wording_pool) if algo.wording else top
        scored = [
            self._score(rq, seg, algo, top=top, literal=lit, title_topic=topic, in_title=in_title, want=want)
            for seg, lit in zip(segs, held, strict=True)
            if len(seg)
        ]
        picks = nearest.picks(scored, want, rq)
        if (
            not picks
            and not self._held(rq, segs)
            and any(f.kind == "alt" and f.weight for f in algo.features)
        ):
            # No concept recognised, or nobody holds one: rank by whole-text similarity (tags + bio vs title +
            # description). When holders exist but fail a constraint, the explanation says why instead.
            picks = nearest.picks(nearest.fallback(rq, segs, algo, self._config), want, rq)
        picks.sort(key=wording.list_order)
        listed = wording.reword(picks[:want], rq, algo)
        if 0 < len(listed) < top and any(f.kind == "alt" and f.weight for f in algo.features):
            listed += nearest.fill(rq, segs, algo, self._config, listed, top - len(listed))
        chosen = [
            (score, vid, sc, r, {**factors, WORDING: lex})
            for (score, _wording, vid, sc, r, lex), factors in zip(
                listed[:top], _card_factors(listed[:top]), strict=True
            )
        ]
        shown = {k: [c[4][k] for c in chosen] for k in chosen[0][4]} if chosen else {}
        keep = algo.shown_factors(shown)
        # A score shows at most 1: the request's words can lift a full fit past it, and such candidates keep their
        # order (the list's rank) with 言葉の近さ on their cards to say why.
        cands = [
            Candidate(vid, min(score, 1.0), {k: x for k, x in factors.items() if k in keep}, reasons)
            for (score, vid, _sc, _r, factors), reasons in zip(
                chosen, self._reasons(rq, algo, chosen, shown), strict=True
            )
        ]
        if not cands:
            scored = [
                self._score(rq, seg, algo, prefilter=False, literal=lit, title_topic=topic, in_title=in_title)
                for seg, lit in zip(segs, held, strict=True)
                if len(seg)
            ]
        explanation = () if cands else self._explain(rq, scored, vols)
        return RankResult(request.id, algo.name + vectors.SUFFIX(), tuple(cands), explanation)

    def _literal_held(
        self, rq: ft.RequestProfile, segs: tuple[Segment, ...], words: tuple[tuple[str, str], ...]
    ) -> list[tuple[np.ndarray, dict[int, str]] | None]:
        """literal_rows, remembered on the request's profile for as long as the segments are the same objects (a
        write makes a new delta): re-scoring open requests reads the registrants' words once, not on every pass.
        Kept sparse (the holders' rows and evidence), so a cached profile holds no array as long as a segment."""
        Sparse = list[tuple[np.ndarray, np.ndarray, dict[int, str]] | None]
        memo: dict[tuple[tuple[str, str], ...], tuple[tuple[Segment, ...], Sparse]]
        memo = rq.__dict__.setdefault("_literal_held", {})
        got = memo.get(words)
        if (
            got is None
            or len(got[0]) != len(segs)
            or any(a is not b for a, b in zip(got[0], segs, strict=True))
        ):
            dense = literal_rows(segs, words, self.taxonomy)
            sparse: Sparse = [
                None if h is None else (np.flatnonzero(h[0]), h[0][h[0] > 0], h[1]) for h in dense
            ]
            memo[words] = got = (segs, sparse)
        out: list[tuple[np.ndarray, dict[int, str]] | None] = []
        for seg, h in zip(segs, got[1], strict=True):
            if h is None:
                out.append(None)
                continue
            ev = np.zeros(len(seg), dtype=np.float32)
            ev[h[0]] = h[1]
            out.append((ev, h[2]))
        return out

    @staticmethod
    def _reasons(
        rq: ft.RequestProfile,
        algo: Algorithm,
        chosen: list[tuple[float, str, Scored, int, dict[str, float]]],
        shown: dict[str, list[float]],
    ) -> list[tuple[str, ...]]:
        """Returns each chosen candidate's reasons, remembered on the request's profile by all they are read from
        besides the request: the algorithm, whether the whole-text fallback scored them, the volunteer record (its
        text, area, slots, languages and load), the rounded factors and every listed candidate's factors (what
        a card folds away)."""
        memo = rq.reasons
        # factor names are the algorithm's, in its order: values alone key them (few objects kept per card)
        listed = tuple(tuple(v) for v in shown.values())
        out = []
        for _score, _vid, sc, r, factors in chosen:
            key = (algo, sc.fallback, sc.seg.volunteer(r), tuple(factors.values()), listed)
            got = memo.get(key)
            if got is None:
                got = algo.reasons(sc.scores, r, factors, shown)
                said = wording.reason(rq, sc, r, factors.get(WORDING, 0.0), shown.get(WORDING, ()))
                if said:
                    got = (*got, said)
                if len(memo) >= ft.REASON_MEMO:
                    memo.clear()
                memo[key] = got
            out.append(got)
        return out

    @staticmethod
    def _held(rq: ft.RequestProfile, segs: Sequence[Segment]) -> bool:
        """Returns whether any registered volunteer (whatever their constraints) holds an asked or close skill."""
        for seg in segs:
            for sid, _w, _x in rq.asked:
                r = seg.skill_row[sid]
                for rr in (r, *seg.close_rows[r], *seg.similar_rows[r]):
                    if seg.alive[seg.skill_posting[rr]].any():
                        return True
        return False

    def rank_many(
        self, requests: Iterable[HelpRequest], top: int = 10, *, workers: int | None = None
    ) -> list[RankResult]:
        """Returns rank() for each request, in order (spread over threads: reads are thread-safe)."""
        reqs = list(requests)
        workers = workers or 1  # threads contend on the GIL here: measured slower on 2 cores
        if workers <= 1 or len(reqs) < 64:
            return [self.rank(r, top) for r in reqs]
        with ThreadPoolExecutor(max_workers=workers) as threads:
            return list(threads.map(lambda r: self.rank(r, top), reqs, chunksize=16))

    def affects(self, volunteer: Volunteer, request: HelpRequest) -> bool:
        """Returns whether this volunteer could appear for this request (cheap, conservative)."""
        if not volunteer.active or volunteer.load.month_accepted >= volunteer.max_per_month:
            return False
        if volunteer.id in request.excluded:
            return False
        if not set(request.languages) <= set(volunteer.languages):
            return False
        if request.slots and volunteer.availability and not (request.slots & volunteer.availability):
            return False
        rq = self.profile(request)
        if not rq.asked:
            return True  # no concept asked: the whole-text fallback may propose anyone
        prof = volunteer_profile(volunteer, self.taxonomy)
        if prof.residual:
            return True  # the text fallback may match; stay conservative
        groups = {self.taxonomy.group_of(s) for s, _w, _s in rq.asked}
        return any(self.taxonomy.group_of(s) in groups for s in prof.hits)

    def taxonomy_concepts(self, text: str) -> list[tuple[str, str, str]]:
        """Returns (skill_id, label_ja, matched word) for skill mentions in text (UI highlighting)."""
        return self.taxonomy.taxonomy_concepts(text)

    # -- explanations ---------------------------------------------------------------------------

    def _explain(
        self, rq: ft.RequestProfile, scored: list[Scored], vols: dict[str, Volunteer]
    ) -> tuple[str, ...]:
        tax = self.taxonomy
        req = rq.request
        labels = "・".join(tax.skills[s].label_ja for s, _w, _s in rq.asked) or "(読み取れず)"
        if not rq.asked:
            return (
                "依頼文からスキルを読み取れませんでした。スキル辞書に言い換えを追加すると候補が出る場合があります",
            )
        matched: list[Volunteer] = []
        for sc in scored:
            rel = sc.factors.get("skill", np.zeros(len(sc.seg))) >= self.algorithm.min_skill
            for r in np.flatnonzero(rel & sc.seg.alive):
                matched.append(sc.seg.parent.volunteers[sc.rows[r]])
        if not matched:
            return (f"スキル「{labels}」の登録者がいません(関連スキルも含む)",)
        lines = [f"スキル一致{len(matched)}名(「{labels}」)はいずれも条件を満たしません"]
        inactive = [v for v in matched if not v.active]
        full = [v for v in matched if v.active and v.load.month_accepted >= v.max_per_month]
        rest = [v for v in matched if v.active and v.load.month_accepted < v.max_per_month]
        if inactive:
            lines.append(f"スキル一致{len(inactive)}名は休止中")
        if full:
            lines.append(f"スキル一致{len(full)}名は今月の上限に達しています")
        no_lang = [v for v in rest if not req.languages <= v.languages]
        if no_lang:
            need = "・".join(lang_ja(x) for x in sorted(req.languages))
            lines.append(f"スキル一致{len(no_lang)}名は{need}に対応できません")
        rest = [v for v in rest if req.languages <= v.languages]
        no_time = [v for v in rest if req.slots and v.availability and not (req.slots & v.availability)]
        if no_time:
            lines.append(
                f"スキル一致{len(no_time)}名は{availability_summary([v.availability for v in no_time])}"
            )
        excluded = [v for v in rest if v.id in req.excluded]
        if excluded:
            lines.append(f"スキル一致{len(excluded)}名は職員が除外済み")
        return tuple(lines)


def _card_factors(picked: Sequence[wording.Pick]) -> list[dict[str, float]]:
    """Returns each pick's factors rounded as a card shows them, read from its scoring's arrays in one gather per
    scoring (numpy scalars one by one were a tenth of a re-score)."""
    rows: dict[int, tuple[Scored, list[int]]] = {}
    for *_, sc, r, _lex in picked:
        rows.setdefault(id(sc), (sc, []))[1].append(r)
    cols = {k: {k2: a[rs].tolist() for k2, a in sc.factors.items()} for k, (sc, rs) in rows.items()}
    seen: dict[int, int] = {}
    out = []
    for *_, sc, _r, _lex in picked:
        j = seen[id(sc)] = seen.get(id(sc), -1) + 1
        out.append({k: round(v[j], 4) for k, v in cols[id(sc)].items()})
    return out
