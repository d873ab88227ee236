"""Skillbank installs and runs anywhere, not only in its checkout.

Builds the wheel from the packages alone, installs it into a fresh venv and runs `skillbank rank`, `serve` and
`beat` from there, with the working directory and HOME in temp dirs: the taxonomy must come from the package,
state must go to the per-user data dir, nothing may be written into site-packages.

Installing the locked dependencies into the fresh venv takes well over a minute even with pip's cache warm, so
by default the venv sees them through a .pth file naming the dev venv's site-packages: a plain path entry, so
the .pth files in there (among them the project's own editable install) are NOT processed and `matching`,
`service`… can only come from the fresh venv. SKILLBANK_INSTALL_TEST_DEPS=lock installs requirements.lock
into the fresh venv instead (the full check: about 4 minutes rather than 1).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REDIS_HOST, REDIS_PORT, ROOT, need, port_open, wait_for

pytestmark = pytest.mark.slow

PACKAGES = ("matching", "service", "workers", "schemas")


@dataclass(frozen=True)
class Installed:
    venv: Path
    site_packages: Path

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def skillbank(self) -> Path:
        return self.venv / "bin" / "skillbank"


def _run(argv: list[object], **kwargs: object) -> subprocess.CompletedProcess:
    out = subprocess.run([str(a) for a in argv], capture_output=True, text=True, timeout=600, **kwargs)
    assert out.returncode == 0, f"{argv}\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}"
    return out


def _files(directory: Path) -> set[str]:
    """Every file under directory except bytecode caches."""
    return {
        str(p.relative_to(directory))
        for p in directory.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    work = tmp_path_factory.mktemp("install")
    # Build from a copy holding only what the wheel is made of: nothing beside the packages can sneak in, and no
    # stale build/ directory of the checkout ends up in the wheel.
    src = work / "src"
    src.mkdir()
    shutil.copy(ROOT / "pyproject.toml", src)
    for package in PACKAGES:
        shutil.copytree(ROOT / package, src / package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    started = time.monotonic()
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", work / "dist", src])
    (wheel,) = (work / "dist").glob("skillbank-*.whl")
    venv = work / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv])
    vpy = venv / "bin" / "python"
    site_packages = Path(
        _run([vpy, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip()
    )
    pip = [sys.executable, "-m", "pip", "--python", vpy, "install", "--quiet"]
    if os.environ.get("SKILLBANK_INSTALL_TEST_DEPS") == "lock":
        _run([*pip, "--require-hashes", "-r", ROOT / "requirements.lock"])
    else:
        dev = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
        (site_packages / "_skillbank_test_deps.pth").write_text("".join(f"{p}\n" for p in sorted(dev)))
    _run([*pip, "--no-deps", wheel])
    print(f"\nwheel built and installed in {time.monotonic() - started:.1f}s", file=sys.stderr)
    return Installed(venv=venv, site_packages=site_packages)


@pytest.fixture
def sandbox(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A working directory outside the checkout and an environment whose HOME is a fresh temp dir."""
    cwd, home = tmp_path / "cwd", tmp_path / "home"
    cwd.mkdir()
    home.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("SKILLBANK_")
        and k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "XDG_DATA_HOME", "DATABASE_URL", "REDIS_URL")
    }
    env.update(HOME=str(home), PYTHONDONTWRITEBYTECODE="1")
    return cwd, env


def test_the_packages_are_imported_from_the_fresh_venv(installed, sandbox):
    cwd, env = sandbox
    code = "import matching, service, workers, schemas; print(*(m.__file__ for m in (matching, service, workers, schemas)))"
    files = _run([installed.python, "-c", code], cwd=cwd, env=env).stdout.split()
    assert len(files) == 4
    for f in files:
        assert Path(f).is_relative_to(installed.site_packages), f
    data = _run(
        [installed.python, "-c", "import matching; print(matching.DEFAULT_TAXONOMY_PATH)"], cwd=cwd, env=env
    ).stdout.strip()
    assert Path(data).is_relative_to(installed.site_packages) and Path(data).is_file()


def test_rank_uses_the_installed_taxonomy(installed, sandbox):
    cwd, env = sandbox
    volunteer = {
        "rosters": ["digital"],
        "bio": "",
        "area": "town_nakazato",
        "availability": ["sat-am"],
        "languages": ["ja"],
        "max_per_month": 3,
        "active": True,
    }
    volunteers = [
        {**volunteer, "external_id": "V-excel", "display_name": "A", "skills": ["エクセル"]},
        {**volunteer, "external_id": "V-shodo", "display_name": "B", "skills": ["書道"]},
    ]
    request = {
        "external_id": "R1",
        "requester_kind": "resident",
        "requester_name": "X",
        "title": "表計算を教えてほしい",  # shares no character with エクセル: only the taxonomy's synonyms link them
        "description": "町内会の名簿を表計算でまとめたいです。",
        "skills": [],
        "area": "town_nakazato",
        "slots": ["sat-am"],
        "languages": ["ja"],
        "remote_ok": False,
        "helpers_needed": 1,
    }
    (cwd / "v.jsonl").write_text("".join(json.dumps(v, ensure_ascii=False) + "\n" for v in volunteers))
    (cwd / "r.jsonl").write_text(json.dumps(request, ensure_ascii=False) + "\n")
    before = _files(installed.site_packages)
    out = _run(
        [installed.skillbank, "rank", "--volunteers", "v.jsonl", "--requests", "r.jsonl"], cwd=cwd, env=env
    )
    (line,) = [json.loads(x) for x in out.stdout.splitlines()]
    assert line["request"] == "R1"
    assert [c["volunteer"] for c in line["ranking"]] == ["V-excel"], line
    assert any("表計算(Excel)" in reason for reason in line["ranking"][0]["reasons"]), line
    assert _files(installed.site_packages) == before


def test_serve_keeps_its_state_in_the_per_user_data_dir(installed, sandbox):
    cwd, env = sandbox
    port = _free_port()
    before = _files(installed.site_packages)
    proc = subprocess.Popen(
        [installed.skillbank, "serve", "--port", str(port)],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:

        def healthy() -> bool:
            assert proc.poll() is None, f"skillbank serve exited with {proc.returncode}"
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
                    return r.status == 200
            except OSError:
                return False

        wait_for(healthy, timeout=60, interval=0.2)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            output, _ = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            output, _ = proc.communicate()
    var_dir = Path(env["HOME"]) / ".local" / "share" / "skillbank"
    assert (var_dir / "skillbank.db").is_file(), output
    assert (var_dir / "secret_key").is_file()
    assert not list(cwd.iterdir()), "serve wrote into its working directory"
    assert _files(installed.site_packages) == before


def test_beat_creates_its_schedule_dir_and_keeps_running(installed, sandbox):
    cwd, env = sandbox
    need(f"Redis ({REDIS_HOST}:{REDIS_PORT})", port_open(REDIS_HOST, REDIS_PORT))
    queue = f"install-test-{uuid.uuid4().hex[:8]}"
    env = {
        **env,
        "REDIS_URL": f"redis://{REDIS_HOST}:{REDIS_PORT}/0",
        # Set, so that nothing but beat itself creates the var dir (as in compose, where the key comes from .env).
        "SKILLBANK_SECRET_KEY": "install-test-secret",
        "SKILLBANK_TASK_QUEUE": queue,
        "SKILLBANK_SWEEP_SECONDS": "3600",  # no sweep message is sent while the test runs
    }
    var_dir = Path(env["HOME"]) / ".local" / "share" / "skillbank"
    assert not var_dir.exists()
    before = _files(installed.site_packages)
    proc = subprocess.Popen(
        [installed.skillbank, "beat", "--loglevel", "info"],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_for(lambda: proc.poll() is not None or list(var_dir.glob("celerybeat-schedule*")), timeout=60)
        time.sleep(2)
        assert proc.poll() is None, f"skillbank beat exited with {proc.returncode}"
    finally:
        proc.terminate()
        try:
            output, _ = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            output, _ = proc.communicate()
    assert list(var_dir.glob("celerybeat-schedule*")), output
    assert "beat: Starting" in output, output
    assert not list(cwd.iterdir()), "beat wrote into its working directory"
    assert _files(installed.site_packages) == before
