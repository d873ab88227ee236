"""Production refuses to start without SKILLBANK_SECRET_KEY (serve, worker, beat), in Japanese and English."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from service import cli
from service.settings import MissingSecretKey, Settings
from tests.conftest import ROOT


@pytest.mark.parametrize("command", [["serve"], ["worker"], ["beat"]])
def test_production_without_a_secret_key_refuses_to_start(command, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("SKILLBANK_ENV", "production")
    monkeypatch.delenv("SKILLBANK_SECRET_KEY", raising=False)
    monkeypatch.setenv("SKILLBANK_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'x.db'}")
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")
    assert cli.main(command) != 0
    err = capsys.readouterr().err
    assert "SKILLBANK_SECRET_KEY" in err and "設定されていません" in err and "refusing to start" in err
    assert not (tmp_path / "var" / "secret_key").exists()  # nothing generated on this one machine
    assert not (tmp_path / "x.db").exists()  # refused before touching the database


def test_the_installed_command_exits_non_zero(tmp_path):
    env = {
        **{
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("SKILLBANK_", "DATABASE_URL", "REDIS_URL"))
        },
        "SKILLBANK_ENV": "production",
        "SKILLBANK_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}",
    }
    r = subprocess.run(
        [sys.executable, "-m", "service.cli", "serve", "--port", "0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 2 and "SKILLBANK_SECRET_KEY" in r.stderr and "秘密鍵" in r.stderr


def test_the_app_itself_refuses_and_development_still_generates(tmp_path):
    from service.app import create_app

    settings = Settings.from_env({"SKILLBANK_ENV": "production", "SKILLBANK_VAR_DIR": str(tmp_path)})
    assert settings.secret_key == ""
    with pytest.raises(MissingSecretKey):
        create_app(settings, start_dispatcher=False)
    dev = Settings.from_env({"SKILLBANK_VAR_DIR": str(tmp_path)})
    assert len(dev.secret_key) > 30 and (tmp_path / "secret_key").exists()
    prod = Settings.from_env(
        {"SKILLBANK_ENV": "production", "SKILLBANK_SECRET_KEY": "k" * 40, "SKILLBANK_VAR_DIR": str(tmp_path)}
    )
    prod.require_secret_key()
