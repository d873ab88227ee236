"""The server and the workers cap glibc's malloc arenas (SKILLBANK_MALLOC_ARENAS, default 2) before their threads
start: each new thread otherwise gets an arena of its own, up to 8 per core, and memory freed there stays there."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from service import cli
from service.matching_jobs import cache
from service.settings import Settings

# Starts 16 threads that each malloc at once (a barrier keeps them all alive), then prints glibc's malloc_stats,
# one "Arena N:" line per arena, on stderr.
ARENAS = """
import ctypes, sys, threading
from service.matching_jobs.cache import limit_malloc_arenas
print(limit_malloc_arenas(int(sys.argv[1])))
libc = ctypes.CDLL("libc.so.6")
libc.malloc.restype = ctypes.c_void_p
barrier = threading.Barrier(16)
def work():
    p = libc.malloc(4096)
    barrier.wait()
    libc.free(ctypes.c_void_p(p))
threads = [threading.Thread(target=work) for _ in range(16)]
for t in threads: t.start()
for t in threads: t.join()
sys.stdout.flush()
libc.malloc_stats()
"""


def _arenas(n: int) -> tuple[str, int]:
    out = subprocess.run([sys.executable, "-c", ARENAS, str(n)], capture_output=True, text=True, check=True)
    return out.stdout.strip(), sum(1 for line in out.stderr.splitlines() if line.startswith("Arena "))


def test_settings_default_to_two_arenas_and_zero_leaves_glibcs_default() -> None:
    assert Settings.from_env({"SKILLBANK_SECRET_KEY": "k"}).malloc_arenas == 2
    env = {"SKILLBANK_SECRET_KEY": "k", "SKILLBANK_MALLOC_ARENAS": "0"}
    assert Settings.from_env(env).malloc_arenas == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_the_cap_holds_for_threads_started_after_it() -> None:
    said, capped = _arenas(2)
    assert said == "True" and 1 <= capped <= 2
    said, free = _arenas(0)  # the same threads without the cap: glibc gave them more arenas
    assert said == "False" and free > 2


def test_serve_caps_the_arenas_before_building_the_app(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[str, int]] = []
    monkeypatch.setattr(cache, "limit_malloc_arenas", lambda n: calls.append(("cap", n)) or True)
    monkeypatch.setattr("service.app.create_app", lambda *a, **k: calls.append(("app", 0)) or "app")
    monkeypatch.setenv("SKILLBANK_SECRET_KEY", "k" * 32)
    monkeypatch.setenv("SKILLBANK_MALLOC_ARENAS", "3")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'a.db'}")
    monkeypatch.delenv("REDIS_URL", raising=False)
    assert cli._serve_app(argparse.Namespace(no_worker=True, demo=False)) == "app"
    assert calls == [("cap", 3), ("app", 0)]
