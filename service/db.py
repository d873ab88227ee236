"""Engine and sessions shared by the web app, the workers and the CLI (no web or queue code here)."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import Enum
from json.encoder import encode_basestring_ascii
from pathlib import Path
from typing import Any, Protocol, TypeVar

from sqlalchemy import JSON, Column, Connection, DateTime, Dialect, Engine, Table, create_engine, event
from sqlalchemy.engine import make_url
from sqlmodel import Session, select

import service.search  # noqa: F401  (its mapper events keep the search keys on every volunteer and request write)

# Execution option naming a read-only transaction (see make_engine and read_only).
READ_ONLY = "skillbank_read_only"


def normalise_url(url: str) -> str:
    """Returns the URL with the psycopg 3 driver named for plain postgresql:// URLs."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


_WRITE_LOCKS: dict[str, threading.Lock] = {}
_WRITE_LOCKS_GUARD = threading.Lock()


def _write_lock(db_path: str) -> threading.Lock:
    """Returns this process's write lock of a SQLite file (one per file, shared by every engine on it)."""
    key = os.path.abspath(db_path) if db_path != ":memory:" else db_path
    with _WRITE_LOCKS_GUARD:
        return _WRITE_LOCKS.setdefault(key, threading.Lock())


class _SQLiteConnection(sqlite3.Connection):
    """A SQLite connection whose writing transactions also take the process's write lock of the file.

    SQLite makes a writer that finds the database locked sleep and poll (1, 2, 5, 10, … ms, up to the busy
    timeout), so within one process a submission waiting behind a matching job woke up long after the job had
    committed. Writers of one process queue on a Python lock instead and start the moment the previous one
    commits; writers of other processes (the CLI, Celery children) still meet on SQLite's busy timeout.
    """

    write_lock: threading.Lock | None = None
    _holding = False
    _query_only = False

    def begin(self, *, immediate: bool) -> None:
        """Opens a transaction: BEGIN IMMEDIATE behind the process's other writers, or BEGIN DEFERRED (a read).

        A read is also made query-only, as PostgreSQL's READ ONLY: a write inside it fails at once and every
        time, where it would otherwise try to upgrade to the write lock and fail only when a writer held it
        ("database is locked" — an export's audit row in a GET that did not declare it writes).

        The connection stays query-only after a read, until a writing transaction begins on it: setting the
        pragma expires every statement SQLite has prepared on the connection, so switching it on and off around
        each read made every read compile its statements again (two thirds of the SQLite time of the polled
        staff proposal list). Every transaction opens here, so each one still sets the mode it needs first.
        """
        if immediate and self.write_lock is not None and not self._holding:
            # past the busy timeout, go on anyway: SQLite's own wait then decides, as without this lock
            self._holding = self.write_lock.acquire(timeout=WRITE_LOCK_TIMEOUT)
        try:
            # a read on a writable connection, or a write on a query-only one
            if self._query_only == immediate:
                self.execute("PRAGMA query_only=0" if immediate else "PRAGMA query_only=1")
                self._query_only = not immediate
            self.execute("BEGIN IMMEDIATE" if immediate else "BEGIN DEFERRED")
        except BaseException:
            self._release()
            raise

    def _release(self) -> None:
        if self._holding:
            self._holding = False
            assert self.write_lock is not None
            self.write_lock.release()

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            if not self.in_transaction:
                self._release()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            self._release()

    def close(self) -> None:
        self._query_only = False  # a closed connection takes no more statements
        try:
            super().close()
        finally:
            self._release()


# Seconds a writer waits for the process's other writers before leaving the wait to SQLite (its busy timeout).
WRITE_LOCK_TIMEOUT = 30.0


def make_engine(url: str) -> Engine:
    """Returns an engine; SQLite gets WAL, a busy timeout and BEGIN IMMEDIATE for every writing transaction."""
    url = normalise_url(url)
    if url.startswith("sqlite"):
        db_path = make_url(url).database
        if db_path and db_path != ":memory:":
            Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        # A pool as large as the web app's worker threads use at once: an overflow connection is opened, set up
        # (the pragmas below) and closed again for each request beyond the pool, which cost /health a third of
        # its time under 16 concurrent callers.
        engine = create_engine(
            url,
            connect_args={
                "check_same_thread": False,
                "timeout": 30,
                "factory": _SQLiteConnection,
            },
            pool_size=20,
            max_overflow=20,
        )
        write_lock = _write_lock(db_path or ":memory:")

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):
            # Let SQLAlchemy, not the driver, open transactions, so that every one can be IMMEDIATE:
            # writers queue on the busy timeout instead of failing with "database is locked" on upgrade.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
            dbapi_conn.write_lock = write_lock

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            # Writers take the lock up front and queue on the busy timeout; readers (a read-only unit of work)
            # open a deferred transaction and never wait for, nor block, a writer under WAL.
            read_only = conn.get_execution_options().get(READ_ONLY, False)
            # straight to the driver: exec_driver_sql's statement machinery cost a fifth of a one-row read
            conn.connection.driver_connection.begin(immediate=not read_only)  # type: ignore[union-attr]

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20, pool_timeout=10)


def read_only(engine: Engine) -> Engine:
    """Returns the engine for read-only transactions: deferred on SQLite, READ ONLY on PostgreSQL.

    Made once per engine and kept on it: a fresh option engine per read cost a small GET a fifth of its read (its
    event dispatch is joined anew each time)."""
    cached: Engine | None = getattr(engine, "_skillbank_read_only", None)
    if cached is None:
        if engine.dialect.name == "postgresql":
            cached = engine.execution_options(**{READ_ONLY: True}, postgresql_readonly=True)
        else:
            cached = engine.execution_options(**{READ_ONLY: True})
        engine._skillbank_read_only = cached  # type: ignore[attr-defined]
    return cached


@contextmanager
def unit_of_work(engine: Engine, *, write: bool = True) -> Iterator[Session]:
    """Yields a session that commits once at the end, or rolls back on error (for the CLI, workers and tests)."""
    with Session(engine if write else read_only(engine), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def analyze(engine: Engine) -> None:
    """Refreshes the query planner's statistics (after migrations and bulk loads)."""
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")


# SQLSTATEs of a transaction that lost a race and may simply be run again: deadlock_detected, serialization_failure.
RETRYABLE_SQLSTATES = frozenset({"40P01", "40001"})

# How many times a transaction that lost a deadlock or serialisation race is run in all.
TRANSACTION_ATTEMPTS = 5


def is_retryable(exc: BaseException) -> bool:
    """Returns True when the database aborted the transaction only because it lost a race with another one."""
    orig = getattr(exc, "orig", None)
    return getattr(orig, "sqlstate", None) in RETRYABLE_SQLSTATES


def retry_backoff(attempt: int) -> float:
    """Returns a short, jittered pause before running a transaction again (the other side finishes first)."""
    import random

    return random.uniform(0.01, 0.05) * 2**attempt


class _HasId(Protocol):
    """A table model with an integer primary key named id (None until the row is flushed)."""

    id: int | None


_Row = TypeVar("_Row", bound=_HasId)


def row_id(row: _HasId) -> int:
    """Returns the primary key of a row loaded from, or flushed to, the database; raises if it has none yet."""
    if row.id is None:
        raise ValueError(f"{type(row).__name__} has no id yet: add and flush it first")
    return row.id


def lock_row(session: Session, model: type[_Row], ident: int) -> _Row:
    """Returns the row locked against other writers (PostgreSQL's FOR NO KEY UPDATE, which lets rows pointing at
    it be written meanwhile: a job or an audit row referencing a request need not wait); SQLite's BEGIN IMMEDIATE
    already serialises writers."""
    return session.exec(select(model).where(model.id == ident).with_for_update(key_share=True)).one()


def dialect_insert(dialect: str) -> Any:
    """Returns the dialect's INSERT construct (the one with ON CONFLICT) for "postgresql" or "sqlite". The dialect
    modules are imported on first use: an embedded (SQLite) process never imports PostgreSQL's, which cost every
    start about 40 ms of CPU before the first answer."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Inserts rows (each with the same columns) with the driver's executemany (COPY on PostgreSQL), the values
    converted exactly as SQLAlchemy converts them (each column type's bind processor: JSON, timestamps), but
    each distinct list or timestamp converted once: a roster repeats its rosters, languages and skill sets, and
    an import stamps every row with one time. SQLAlchemy's own executemany spent more time building each
    row's parameters than the database spent storing it.
    """
    if rows:
        insert_columns(session, table, {name: [row[name] for row in rows] for name in rows[0]})


def insert_columns(session: Session, table: Table, given: dict[str, list[Any]]) -> None:
    """insert_rows of rows given column by column ({column name: its values, one per row}; the lists are not
    changed)."""
    names = list(given)
    if not names or not given[names[0]]:
        return
    conn = session.connection()
    dialect = conn.dialect
    columns = [table.c[name] for name in names]
    convert = [_converter(c, dialect) for c in columns]
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
        f"VALUES ({', '.join([mark] * len(columns))})"
    )
    # column by column: a column whose rows all hold one object (the import's timestamp) is converted once, a
    # column of lists of strings into SQLite's JSON text in one comprehension, anything else value by value
    values = [given[name] for name in names]  # a converted column is a new list
    for i, conv in enumerate(convert):
        if conv is None:
            continue
        column = values[i]
        first = column[0]
        if len(set(map(id, column))) == 1:
            values[i] = [conv(first)] * len(column)
        elif (encode := _strings_encoder(conn, conv)) is not None and _all_string_lists(column):
            values[i] = _string_list_texts(column, encode)
        else:
            values[i] = [conv(v) for v in column]
    if dialect.name == "postgresql":
        # COPY: the rows in one stream instead of a statement each; the same values, dumped by the same psycopg
        # dumpers as the executemany's parameters (JSON wrappers, enums, timestamptz with its offset)
        driver = conn.connection.driver_connection
        assert driver is not None
        with driver.cursor() as cur:
            for i, column in enumerate(values):
                if convert[i] is not None:  # only a converted column (a new list) is changed in place
                    _pre_dump_json(cur, column)
            data = _copy_text(cur, values)
            with cur.copy(
                f"COPY {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) FROM STDIN"
            ) as copy:
                if data is not None:
                    copy.write(data)
                else:  # psycopg row by row: the value it cannot send raises its own error
                    for row in zip(*values, strict=True):
                        copy.write_row(row)
        return
    conn.exec_driver_sql(sql, list(zip(*values, strict=True)))


def _pre_dump_json(cur: Any, column: list[Any]) -> bool:
    """Replaces, in place, psycopg JSON wrappers by the text psycopg's own dumper makes of them, dumped once per
    wrapper (insert_rows' converter gives one wrapper per distinct list: a roster repeats its lists); returns
    whether it did. COPY's text format sends a str as its UTF-8 bytes, which is what the dumper returns, so the
    stream is the same bytes; json.dumps of every row's lists was an eighth of a PostgreSQL import."""
    from psycopg.adapt import PyFormat
    from psycopg.types.json import Json, Jsonb

    kinds = set(map(type, column))
    if not kinds or not kinds <= {Json, Jsonb, type(None)} or cur.connection.info.encoding != "utf-8":
        return False
    dumpers = {kind: cur.adapters.get_dumper(kind, PyFormat.TEXT)(kind, cur) for kind in kinds - {type(None)}}
    done: dict[int, tuple[Any, str]] = {}  # id → (the wrapper, kept alive so its id is not reused; its text)
    for k, value in enumerate(column):
        if value is None:
            continue
        seen = done.get(id(value))
        if seen is None:
            seen = done[id(value)] = (value, bytes(dumpers[type(value)].dump(value)).decode())
        column[k] = seen[1]
    return True


def _strings_encoder(conn: Connection, conv: Callable[[Any], Any]) -> Callable[[str], str] | None:
    """Returns json's C string encoder when a column converted by conv stores a list of strings as the text
    "[" + ", ".join(encoded items) + "]": SQLite's JSON columns (json.dumps with its defaults), and PostgreSQL's
    when psycopg's dumper of the processor's JSON wrapper writes that same text (the probes of
    _string_list_encoder, dumped as COPY would dump them). None otherwise."""
    strings = getattr(conv, "strings", None)
    if (
        strings is not None
        or conn.dialect.name != "postgresql"
        or (process := getattr(conv, "process", None)) is None
    ):
        return strings
    from psycopg.adapt import PyFormat, Transformer

    driver = conn.connection.driver_connection
    tx = Transformer.from_context(driver)
    try:
        for p in _STRING_LIST_PROBES:
            wrapped = process(p)
            raw = tx.get_dumper(wrapped, PyFormat.TEXT).dump(wrapped)
            if raw is None or bytes(raw) != _list_text(p).encode():
                return None
    except Exception:
        return None
    return _encode_string


def _copy_text(cur: Any, values: list[list[Any]]) -> bytes | None:
    """Returns the COPY text stream of the rows given column by column: the bytes psycopg's write_row writes
    for each row (each value by the dumper psycopg picks for it, text format, NULL as \\N, the same escapes),
    built a column at a time (each column joined once and escaped by one regular expression, each distinct
    non-string value dumped once) instead of a dumper call and an escape per value. None when a value needs
    psycopg's own handling (a NUL or an unencodable character in a text, whose error psycopg raises, or a
    connection not in UTF-8): the caller then writes row by row.
    """
    from psycopg.adapt import PyFormat, Transformer

    if cur.connection.info.encoding != "utf-8":
        return None
    tx = Transformer.from_context(cur)

    def dump(value: Any) -> str | None:
        if value is None:
            return None
        raw = tx.get_dumper(value, PyFormat.TEXT).dump(value)
        return None if raw is None else bytes(raw).decode()

    texts: list[list[str]] = []
    for column in values:
        kinds = set(map(type, column))
        dumped: list[str | None]
        if kinds <= {str, type(None)}:
            dumped = column
        elif len(set(map(id, column))) == 1:  # one object in every row (the import's timestamp)
            dumped = [dump(column[0])] * len(column)
        elif len(kinds - {type(None)}) == 1 and all(k in _BY_VALUE or issubclass(k, Enum) for k in kinds):
            # one type whose equal values are written alike (not so for datetimes in two time zones)
            done = {v: dump(v) for v in set(column)}
            dumped = list(map(done.__getitem__, column))
        else:
            by_id: dict[int, str | None] = {}  # the column holds every object: ids are not reused meanwhile
            dumped = []
            for value in column:
                if type(value) is str:
                    dumped.append(value)
                    continue
                out = by_id.get(id(value), _NOTHING)
                if out is _NOTHING:
                    out = by_id[id(value)] = dump(value)
                dumped.append(out)  # type: ignore[arg-type]
        joined = "\x00".join(["" if v is None else v for v in dumped])
        if joined.count("\x00") != len(dumped) - 1:
            return None  # a NUL in a text: psycopg's dumper refuses it
        if "\\" in joined:
            joined = joined.replace("\\", "\\\\")  # first: the escapes below add backslashes
        for char, escaped in _COPY_ESCAPES:
            if char in joined:  # a character search in C, quicker than a regular expression's class
                joined = joined.replace(char, escaped)
        parts = joined.split("\x00")
        if None in dumped:
            parts = ["\\N" if v is None else p for v, p in zip(dumped, parts, strict=True)]
        texts.append(parts)
    try:
        return ("\n".join(map("\t".join, zip(*texts, strict=True))) + "\n").encode()
    except UnicodeEncodeError:
        return None  # a lone surrogate: psycopg's dumper raises its error


# Types whose equal values psycopg writes alike (None included), Enum members aside.
_BY_VALUE = (int, bool, type(None))

# COPY's text format escapes, as psycopg writes them (psycopg/_copy_base.py: _dump_re, _dump_repl); the
# backslash is doubled before these.
_COPY_ESCAPES = (("\b", "\\b"), ("\t", "\\t"), ("\n", "\\n"), ("\v", "\\v"), ("\f", "\\f"), ("\r", "\\r"))


def _all_string_lists(column: list[Any]) -> bool:
    """Whether every value is a list and every item of them a string (or a str enum)."""
    from itertools import chain

    if set(map(type, column)) != {list}:
        return False
    return all(issubclass(kind, str) for kind in set(map(type, chain.from_iterable(column))))


def _string_list_texts(column: list[list[str]], encode: Callable[[str], str]) -> list[str]:
    """Returns ["[" + ", ".join(map(encode, v)) + "]" for v in column], each distinct list of items encoded once
    (a roster repeats its rosters, languages and sets of slots and skills). Lists are told apart by their items:
    a str enum member and its value are equal, and encode writes a str subclass as its string value."""
    keys = list(map(tuple, column))
    texts = {key: "[" + ", ".join(map(encode, key)) + "]" for key in dict.fromkeys(keys)}
    return list(map(texts.__getitem__, keys))


_NOTHING = object()
_encode_string: Callable[[str], str] = encode_basestring_ascii  # json.dumps's own, in C


def _converter(column: Column[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """Returns the column type's bind processor (None when values go to the driver as they are), remembering
    its result per distinct list or timestamp."""
    process = column.type._cached_bind_processor(dialect)
    if process is None:
        return None
    if not isinstance(getattr(column.type, "impl_instance", column.type), JSON | DateTime):
        return process
    done: dict[Any, Any] = {}
    last: list[Any] = [_NOTHING, None]  # the previous value and its result: every row's stamp is one object
    strings = _string_list_encoder(process)

    def convert(value: Any) -> Any:
        if value is last[0]:
            return last[1]
        if type(value) is list:
            # a list of strings (or str enums) by its items and their types; nothing else is remembered
            key = (tuple(value), tuple(map(type, value)))
            try:
                out = done.get(key, _NOTHING)
            except TypeError:  # unhashable items
                return process(value)
            if out is _NOTHING:
                if all(issubclass(kind, str) for kind in key[1]):
                    done[key] = out = process(value) if strings is None else strings(value)
                else:
                    out = process(value)
            return out
        out = process(value)
        last[:] = [value, out]
        return out

    # json's C string encoder when the processor is json.dumps with its defaults (insert_rows: whole columns)
    convert.strings = None if strings is None else _encode_string  # type: ignore[attr-defined]
    convert.process = process  # type: ignore[attr-defined]
    return convert


def _string_list_encoder(process: Callable[[Any], Any]) -> Callable[[list[str]], str] | None:
    """Returns a quicker equivalent of `process` for lists of strings when `process` is json.dumps with its
    defaults (SQLite's JSON columns): the same text, each string encoded by json's own C function, without
    the encoder object json.dumps goes through for every call. None when the processor is anything else (a
    driver's JSON wrapper, a custom serialiser), which the probe below tells."""

    try:
        same = all(process(p) == _list_text(p) for p in _STRING_LIST_PROBES)
    except Exception:
        return None
    return _list_text if same else None


def _list_text(value: list[str]) -> str:
    return "[" + ", ".join(map(_encode_string, value)) + "]"


_STRING_LIST_PROBES: list[list[str]] = [[], ["a"], ["書道", 'q"uo\\te', "\n\u2028", "x y"], ["\ud800"]]
