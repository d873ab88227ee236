"""The warm matcher of a worker process: built once, refreshed incrementally from committed rows."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, Integer, and_, func, type_coerce
from sqlalchemy.types import NullType
from sqlmodel import Session, col, select

import matching
from matching import variants
from matching.types import DELTA_MAX  # not matching.matcher: the web process starts without numpy, sklearn
from schemas.enums import (
    TAKEN_PROPOSAL_STATUSES,
    JobKind,
    ProposalStatus,
    VolunteerStatus,
)
from schemas.models import HelpRequest, MatchingJob, Proposal, SkillSynonym, Volunteer, utcnow
from service.db import row_id, unit_of_work
from service.learning.usecases import current_algorithm
from service.settings import Settings

log = logging.getLogger("skillbank.matcher")

# What the matcher reads of a volunteer row (and the refresh's stamp).
_MATCHER_COLUMNS = (
    "id",
    "skills",
    "bio",
    "area",
    "availability",
    "languages",
    "rosters",
    "max_per_month",
    "status",
    "updated_at",
)

# Volunteers changed within this window before the last refresh are read again: a transaction that
# committed late with an earlier updated_at is still picked up.
REFRESH_OVERLAP = timedelta(seconds=30)

# Within the overlap a refresh first asks how many rows (and which ids, summed) carry each stamp: an import's
# rows share one, so 100k rows come back as a few lines, and only the rows of a stamp whose count or id sum
# differs from what the matcher holds are read one by one. Past this many distinct stamps in the overlap (many
# single edits) it reads every row's stamp as before.
GROUPED_STAMPS_MAX = 200


FULL_LOAD_REFRESH = timedelta(minutes=5)

# More changed volunteers than this in one refresh: read everyone again instead of upserting. Up to it, an
# import's rows are upserted: only their texts are read, and past the matcher's DELTA_MAX the delta is folded into
# the main segment from the analyses it holds, a fraction of a rebuild, so a request posted after an import waits
# little.
REBUILD_OVER = 10 * DELTA_MAX


# Proposals younger than this do not damp a volunteer yet: otherwise, within a burst of requests (an import,
# a busy morning), the order in which workers happen to pick jobs would change who is proposed where.
BURST_WINDOW = timedelta(hours=1)


_INTERNED: dict[object, object] = {}  # equal small values (slot sets, languages, rosters, tags, loads) shared
_INTERN_MAX = 200_000
_T = TypeVar("_T")


def _intern(x: _T) -> _T:
    """Returns the one shared copy of an immutable value (a 100k-volunteer index holds few distinct ones)."""
    got = _INTERNED.get(x)
    if got is None:
        if len(_INTERNED) >= _INTERN_MAX:
            _INTERNED.clear()
        _INTERNED[x] = got = x
    return got  # type: ignore[return-value]


def to_matching_volunteer(v: Volunteer | Any, load: matching.Load) -> matching.Volunteer:
    """Returns the matcher's view of a stored volunteer (a row or a row of the same columns)."""
    return matching.Volunteer(
        id=str(v.id),
        skills=_intern(tuple(_intern(t) for t in v.skills)),
        bio=v.bio,
        area=_intern(v.area),
        # the slot names inside too: 100k volunteers hold ~50k distinct sets of them (8 MB of copies at 100k)
        availability=_intern(frozenset(_intern(s) for s in v.availability)),
        languages=_intern(frozenset(v.languages)),
        rosters=_intern(frozenset(v.rosters)),
        max_per_month=v.max_per_month,
        active=v.status == VolunteerStatus.active,
        load=_intern(load),
    )


def to_matching_request(r: HelpRequest, excluded: set[int]) -> matching.HelpRequest:
    """Returns the matcher's view of a stored request."""
    return matching.HelpRequest(
        id=str(r.id),
        title=r.title,
        description=r.description,
        skills=tuple(r.skills),
        area=r.area,
        slots=frozenset(r.slots),
        languages=frozenset(r.languages),
        remote_ok=r.remote_ok,
        helpers_needed=r.helpers_needed,
        excluded=frozenset(str(i) for i in excluded),
    )


def volunteer_loads(session: Session, volunteer_ids: list[int] | None = None) -> dict[int, matching.Load]:
    """Returns the recent workload of every volunteer with a proposal in the last 30 days (or ever matched)."""
    now = utcnow()
    recent = now - timedelta(days=30)
    month = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    taken = col(Proposal.status).in_(TAKEN_PROPOSAL_STATUSES)
    # sqlmodel's select() has typed overloads for up to four columns; this one selects five.
    q = select(  # type: ignore[call-overload]
        col(Proposal.volunteer_id),
        func.sum(
            func.cast(
                and_(
                    col(Proposal.created_at) >= recent,
                    col(Proposal.created_at) < now - BURST_WINDOW,
                    col(Proposal.status) != ProposalStatus.rejected,
                ),
                Integer(),
            )
        ),
        func.sum(func.cast(and_(taken, col(Proposal.decided_at) >= recent), Integer())),
        func.sum(func.cast(and_(taken, col(Proposal.decided_at) >= month), Integer())),
        func.sum(func.cast(taken, Integer())),
    ).group_by(Proposal.volunteer_id)
    if volunteer_ids is not None:
        q = q.where(col(Proposal.volunteer_id).in_(volunteer_ids))
    return {
        vid: matching.Load(
            recent_proposals=int(p or 0),
            recent_approvals=int(a or 0),
            month_accepted=int(m or 0),
            ever_matched=bool(e),
        )
        for vid, p, a, m, e in session.exec(q).all()
    }


def release_freed_heap() -> None:
    """Hands the heap a full build freed (its temporaries: rows, texts, sparse matrices) back to the system:
    glibc keeps freed memory below the top of the heap otherwise, ~1.5 KB per volunteer at 100k (Linux/glibc
    only; elsewhere nothing happens). The dictionary's pages the build read are unmapped too (~80 MB of RSS,
    file-backed: the page cache keeps them for the next text)."""
    variants.release_pages()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


M_ARENA_MAX = -8  # glibc's mallopt parameter


def limit_malloc_arenas(n: int) -> bool:
    """Caps glibc's malloc arenas at n for this process and any it forks; call it before threads start. glibc
    gives each new thread its own arena, up to 8 per core, and freed memory stays in the arena that held it: the
    server's event loop, matcher thread and thread pool kept ~24 MB more at 100k volunteers than with 2 arenas
    (bench.rss, 2026-12-05). Returns whether the cap was set (n <= 0, or not glibc: nothing is done)."""
    if n <= 0:
        return False
    try:
        return bool(ctypes.CDLL("libc.so.6").mallopt(M_ARENA_MAX, n))
    except (OSError, AttributeError):
        return False


class _ByRowId(Mapping[int, matching.Volunteer]):
    """The matcher's volunteers by row id, read from the matcher's own table (keyed by str(id)): the cache kept a
    second dict of every volunteer (5 MB at 100k)."""

    def __init__(self, matcher: matching.Matcher | None) -> None:
        self._matcher = matcher

    def __getitem__(self, vid: int) -> matching.Volunteer:
        v = self._matcher.get(str(vid)) if self._matcher is not None else None
        if v is None:
            raise KeyError(vid)
        return v

    def __iter__(self) -> Iterator[int]:  # a snapshot: the caller may write to the matcher meanwhile
        return iter([int(k) for k in self._matcher.ids()] if self._matcher is not None else [])

    def __len__(self) -> int:
        return len(self._matcher) if self._matcher is not None else 0


@dataclass
class _Built:
    """A matcher built from committed rows, with what the cache keeps beside it."""

    matcher: matching.Matcher
    stamps: dict[int, datetime]
    imports_seen: set[int]
    started: datetime


class MatcherCache:
    """A warm matcher per process: built once, then refreshed incrementally from the database."""

    def __init__(self, settings: Settings, *, background_rebuilds: bool = False) -> None:
        self.settings = settings
        # With background rebuilds, a refresh that finds more changes than REBUILD_OVER (a bulk import) keeps
        # ranking with the matcher it has while a thread builds the next one, instead of making every job wait
        # for all the new texts to be read; the new matcher is swapped in by the first job after it is ready,
        # and a re-scoring of every open request is queued then (requests ranked meanwhile did not see the new
        # volunteers).
        self.background_rebuilds = background_rebuilds
        # the engine warm() was given: a background rebuild reads through it
        self._engine: Engine | None = None
        self._building: threading.Thread | None = None
        self._built: _Built | None = None
        self.lock_row = threading.Lock()
        self._matcher: matching.Matcher | None = None
        self._watermark: datetime | None = None
        self._loads_at = datetime.min.replace(tzinfo=UTC)
        self._synonyms_key: tuple[int, int] | None = None
        self._extra: dict[str, list[str]] = {}
        self._imports_seen: set[int] = set()  # import jobs whose rows a rebuild has read
        self._stamps: dict[int, datetime] = {}  # updated_at of each volunteer row as last read
        self._by_stamp: dict[datetime, tuple[int, int]] = {}  # stamp -> (rows held at it, sum of their ids)
        self.areas = matching.load_areas(settings.areas_path)

    @property
    def volunteers(self) -> Mapping[int, matching.Volunteer]:
        """Returns the volunteers the matcher holds, by row id."""
        return _ByRowId(self._matcher)

    def warm(self, engine: Engine) -> None:
        """Builds or refreshes the matcher in a read-only transaction (no write lock held while it works).

        A job calls it before its write transaction, whose own refresh then has only seconds of changes to read;
        the embedded worker calls it at start-up in the background, so the first job does not build the index
        while holding the database's write lock.
        """
        self._engine = engine
        with unit_of_work(engine, write=False) as session:
            # nbytes() reads the delta segment: one an import's upserts left stale is built here, not in the
            # job's write transaction.
            self.matcher(session).nbytes()

    def _synonyms(self, session: Session) -> tuple[tuple[int, int], dict[str, list[str]]]:
        rows = session.exec(select(SkillSynonym).where(SkillSynonym.org_id == self.settings.org_id)).all()
        extra: dict[str, list[str]] = {}
        for row in rows:
            extra.setdefault(row.skill_id, []).append(row.word)
        return (len(rows), max((r.id or 0 for r in rows), default=0)), extra

    def matcher(self, session: Session) -> matching.Matcher:
        """Returns a matcher reflecting every committed volunteer change and workload."""
        with self.lock_row:
            if self._built is not None:  # a background rebuild is ready: from now on, rank with it
                self._swap_in(self._built)
                self._built = None
            key, extra = self._synonyms(session)
            self._extra = extra
            if self._matcher is None or key != self._synonyms_key:
                self._rebuild(session, extra)
                self._synonyms_key = key
            else:
                self._refresh(session)
            assert self._matcher is not None
            # The weights an admin adopted (or rolled back to) rank from the next job on; the algorithm's name,
            # stored on every proposal, says which (skill-v4.2+w3).
            algorithm = current_algorithm(session, self.settings.org_id)
            if self._matcher.algorithm.name != algorithm.name:
                self._matcher.algorithm = algorithm
            return self._matcher

    def _recent_imports(self, session: Session, since: datetime) -> set[int]:
        rows = session.exec(
            select(MatchingJob.id).where(
                MatchingJob.kind == JobKind.volunteers_imported, col(MatchingJob.created_at) >= since
            )
        ).all()
        return {i for i in rows if i is not None}

    def _rebuild(self, session: Session, extra: dict[str, list[str]]) -> None:
        self._swap_in(self._build(session, extra))

    def _swap_in(self, built: _Built) -> None:
        self._matcher, self._stamps = built.matcher, built.stamps
        by_stamp: dict[datetime, tuple[int, int]] = {}
        for vid, at in built.stamps.items():
            n, total = by_stamp.get(at, (0, 0))
            by_stamp[at] = (n + 1, total + vid)
        self._by_stamp = by_stamp
        self._imports_seen = built.imports_seen
        self._watermark = self._loads_at = built.started

    @property
    def rebuilding(self) -> bool:
        """Whether a background rebuild is under way or waits to be swapped in (jobs rank with the old matcher)."""
        return self._building is not None or self._built is not None

    def _rebuild_in_background(self, engine: Engine) -> None:
        """Starts a thread that builds the next matcher from committed rows, unless one is under way."""
        if self._building is not None:
            return
        extra = self._extra

        def build() -> None:
            try:
                with unit_of_work(engine, write=False) as session:
                    built = self._build(session, extra)
                with self.lock_row:
                    self._built = built
                # Requests ranked meanwhile did not see the new volunteers: the sweep dispatches this job.
                with unit_of_work(engine) as session:
                    session.add(MatchingJob(kind=JobKind.volunteers_imported))
                log.info("matcher rebuilt in the background: %d volunteers", len(built.matcher))
            except Exception:  # the next refresh finds the changes again and starts another rebuild
                log.exception("background rebuild of the matcher failed")
            finally:
                self._building = None

        self._building = threading.Thread(target=build, name="skillbank-rebuild", daemon=True)
        self._building.start()

    def _build(self, session: Session, extra: dict[str, list[str]]) -> _Built:
        started = utcnow()
        # read first: every import committed by now is in the rows read below
        imports_seen = self._recent_imports(session, started - REFRESH_OVERLAP)
        taxonomy = matching.load_taxonomy(self.settings.taxonomy_path, extra_synonyms=extra)
        matcher = matching.Matcher(areas=self.areas, taxonomy=taxonomy)
        loads = volunteer_loads(session)
        # Columns, streamed: 100k ORM objects at once cost a gigabyte at the peak, and the heap kept it.
        rows = session.connection().execute(
            select(*(getattr(Volunteer, c) for c in _MATCHER_COLUMNS))
            .where(Volunteer.org_id == self.settings.org_id, Volunteer.status != VolunteerStatus.withdrawn)
            .execution_options(yield_per=5_000)
        )
        volunteers: dict[int, matching.Volunteer] = {}
        stamps: dict[int, datetime] = {}
        one_stamp: dict[datetime, datetime] = {}  # an import's rows share a stamp: one object for them all
        for v in rows:
            volunteers[v.id] = to_matching_volunteer(v, loads.get(v.id, matching.Load()))
            stamps[v.id] = one_stamp.setdefault(v.updated_at, v.updated_at)
        del one_stamp
        # The built volunteers share their values already; the table of them (5 MB at 100k) would only serve the
        # few volunteers later refreshes read.
        _INTERNED.clear()
        # Analysed text persisted next to the database: a restart, or another worker process, reads again only
        # the volunteers whose text changed (or everything, after a taxonomy or synonym change).
        path = self.profiles_path()
        store = matching.ProfileStore.load(path, taxonomy) if path else None
        matcher.index(volunteers.values(), store)
        del volunteers  # the matcher holds them (by str(id)); the cache reads them from it
        if store is not None and path is not None and store.changed:
            try:
                store.save(path)
            except OSError as e:  # a read-only var dir: the next start reads the text again
                log.warning("could not save analysed profiles to %s: %s", path, e)
        if (
            path is not None
        ):  # after the save, which reads them: the kept term ids go to the page cache (45 MB)
            matcher.spill_to(path.parent)
        release_freed_heap()
        return _Built(matcher, stamps, imports_seen, started)

    def _forget_deleted(self, session: Session) -> None:
        """Drops volunteers whose row was deleted (a person's erasure: no stamp ever says so) from the matcher
        and from the saved profiles; run with the periodic full workload read, so within FULL_LOAD_REFRESH."""
        assert self._matcher is not None
        existing = set(
            session.exec(select(Volunteer.id).where(Volunteer.org_id == self.settings.org_id)).all()
        )
        gone = [vid for vid in self.volunteers if vid not in existing]
        for vid in gone:
            self._unstamp(vid)
            self._matcher.remove(str(vid))
        stamped_gone = [vid for vid in self._stamps if vid not in existing]
        for vid in stamped_gone:  # withdrawn before, deleted now
            self._unstamp(vid)
        path = self.profiles_path()
        if (gone or stamped_gone) and path is not None and path.exists():
            store = matching.ProfileStore.load(path, self._matcher.taxonomy)
            try:
                store.without({str(v) for v in (*gone, *stamped_gone)}).save(path)
            except OSError as e:
                log.warning("could not rewrite %s without deleted volunteers: %s", path, e)

    def _unstamp(self, vid: int) -> None:
        at = self._stamps.pop(vid, None)
        if at is not None:
            n, total = self._by_stamp[at]
            if n == 1:
                del self._by_stamp[at]
            else:
                self._by_stamp[at] = (n - 1, total - vid)

    def _stamp(self, vid: int, at: datetime) -> None:
        self._unstamp(vid)
        self._stamps[vid] = at
        n, total = self._by_stamp.get(at, (0, 0))
        self._by_stamp[at] = (n + 1, total + vid)

    def _moved_stamps(self, session: Session, since: datetime) -> list[datetime] | None:
        """Returns the stamps since `since` whose rows differ from those the matcher holds at them (a count or an
        id sum differs: a row moved to or from the stamp, or came in with it), or None when there are more than
        GROUPED_STAMPS_MAX distinct stamps (reading every row's stamp is then as cheap)."""
        groups = session.exec(
            select(Volunteer.updated_at, func.count(), func.sum(Volunteer.id))
            .where(Volunteer.org_id == self.settings.org_id, col(Volunteer.updated_at) >= since)
            .group_by(col(Volunteer.updated_at))
            .limit(GROUPED_STAMPS_MAX + 1)
        ).all()
        if len(groups) > GROUPED_STAMPS_MAX:
            return None
        return [at for at, n, total in groups if self._by_stamp.get(at) != (int(n), int(total or 0))]

    def profiles_path(self) -> Path | None:
        """Returns the file of this organisation's analysed volunteer profiles (in the var dir)."""
        if not self.settings.persist_profiles:
            return None
        return Path(self.settings.var_dir) / f"profiles-{self.settings.org_id}.bin"

    def _refresh(self, session: Session) -> None:
        assert self._matcher is not None and self._watermark is not None
        started = utcnow()
        since = self._watermark - REFRESH_OVERLAP
        # An import's rows carry the time they were written, which may be long before the import committed
        # (beyond the overlap): the import's job row, written just before its commit, says to compare every row's
        # stamp (read first: every import committed by now is in the stamps read below).
        imports = self._recent_imports(session, since) - self._imports_seen
        # Within the overlap the same rows come back on every refresh (all of an import's, for a while): read
        # their stamps, and whole rows only for those not yet seen at that stamp.
        # The stamps are read as the driver returns them (SQLite: text) and compared with the stored form of the
        # stamps held, converted once per distinct value (an import's rows share one): converting 20k stamps back
        # to datetimes took 6x the read itself, on every refresh for 30 s after an import.
        stamp_col = Volunteer.__table__.c.updated_at  # type: ignore[attr-defined]
        stamps_q = select(Volunteer.id, type_coerce(stamp_col, NullType())).where(
            Volunteer.org_id == self.settings.org_id
        )
        moved = None if imports else self._moved_stamps(session, since)
        if moved is not None:  # only the rows of the stamps whose rows moved (none, mostly)
            stamps_q = stamps_q.where(col(Volunteer.updated_at).in_(moved))
        elif not imports:
            stamps_q = stamps_q.where(col(Volunteer.updated_at) >= since)
        stamps = session.connection().execute(stamps_q).all() if moved != [] else []
        self._imports_seen |= imports
        dialect = session.get_bind().dialect
        stored = stamp_col.type.dialect_impl(dialect).bind_processor(dialect) or (lambda at: at)
        as_stored: dict[datetime, Any] = {}

        def seen(vid: int, raw: Any) -> bool:
            held = self._stamps.get(vid)
            if held is None:
                return False
            if isinstance(raw, datetime):  # a driver that returns datetimes (PostgreSQL: aware, timestamptz)
                return held == (raw if raw.utcoffset() is not None else raw.replace(tzinfo=UTC))
            if held not in as_stored:
                as_stored[held] = stored(held)
            return bool(as_stored[held] == raw)

        fresh = sorted(vid for vid, raw in stamps if vid is not None and not seen(vid, raw))
        if len(fresh) > REBUILD_OVER and self.background_rebuilds and self._engine is not None:
            # Rank with the matcher as it is until the next one is built: workloads and other changes wait (the
            # new matcher reads them all, and the refreshes after it what committed meanwhile); who paused or
            # withdrew meanwhile is still never proposed (the writer keeps only volunteers active at commit).
            self._rebuild_in_background(self._engine)
            return
        if len(fresh) > REBUILD_OVER:
            self._rebuild(session, self._extra)
            return
        changed = [
            v
            for start in range(0, len(fresh), 5_000)
            for v in session.exec(
                select(Volunteer).where(col(Volunteer.id).in_(fresh[start : start + 5_000]))
            )
        ]
        for v in changed:
            self._stamp(row_id(v), v.updated_at)
        if len(changed) > REBUILD_OVER:
            self._rebuild(session, self._extra)
            return
        # Workloads change with proposals, not volunteers: re-read only those whose proposals moved, and
        # everyone now and then (the 30-day window slides; a deleted pending proposal leaves no row).
        if started - self._loads_at >= FULL_LOAD_REFRESH:
            targets: set[int] | None = None
            self._loads_at = started
            self._forget_deleted(session)
        else:
            # A pending proposal's upsert by a matching job moves updated_at but never a workload (one younger
            # than BURST_WINDOW is not counted, and the upsert keeps created_at): only decided ones are read.
            targets = set(
                session.exec(
                    select(Proposal.volunteer_id)
                    # no DISTINCT: SQLite would walk ix_proposal_volunteer_id (every proposal) to avoid a sort
                    .where(col(Proposal.updated_at) >= since, col(Proposal.status) != ProposalStatus.pending)
                ).all()
            ) | {row_id(v) for v in changed}
        loads = (
            volunteer_loads(session, sorted(targets))
            if targets
            else ({} if targets is not None else volunteer_loads(session))
        )
        for v in changed:
            if v.status == VolunteerStatus.withdrawn:
                if self._matcher.get(str(v.id)) is not None:
                    self._matcher.remove(str(v.id))
                continue
            mv = to_matching_volunteer(v, loads.get(row_id(v), matching.Load()))
            if self._matcher.get(mv.id) != mv:
                self._matcher.upsert(mv)
        for vid in self.volunteers if targets is None else targets:
            cached = self._matcher.get(str(vid))
            load = loads.get(vid, matching.Load())
            if cached is not None and cached.load != load:
                self._matcher.upsert(replace(cached, load=load))
        self._watermark = started
