"""Where the settings put Skillbank's writable state and data files."""

from __future__ import annotations

from pathlib import Path

import matching
from service.settings import Settings


def _settings(tmp_path: Path, **env: str) -> Settings:
    return Settings.from_env({"SKILLBANK_SECRET_KEY": "k", **env})


def test_var_dir_from_the_environment(tmp_path):
    settings = _settings(tmp_path, SKILLBANK_VAR_DIR=str(tmp_path / "state"), HOME=str(tmp_path))
    assert settings.var_dir == tmp_path / "state"
    assert settings.database_url == f"sqlite:///{tmp_path / 'state' / 'skillbank.db'}"


def test_var_dir_defaults_to_the_per_user_data_dir_never_beside_the_code(tmp_path):
    assert _settings(tmp_path, HOME=str(tmp_path)).var_dir == tmp_path / ".local" / "share" / "skillbank"
    xdg = _settings(tmp_path, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "xdg"))
    assert xdg.var_dir == tmp_path / "xdg" / "skillbank"
    code = Path(matching.__file__).resolve().parent.parent
    assert code not in _settings(tmp_path, HOME=str(tmp_path)).var_dir.parents


def test_generated_secret_key_is_kept_in_the_var_dir(tmp_path):
    env = {"SKILLBANK_VAR_DIR": str(tmp_path / "v"), "HOME": str(tmp_path)}
    first = Settings.from_env(env).secret_key
    assert (tmp_path / "v" / "secret_key").read_text().strip() == first
    assert Settings.from_env(env).secret_key == first


def test_data_files_are_package_resources_and_overridable(tmp_path):
    default = _settings(tmp_path, HOME=str(tmp_path))
    assert default.taxonomy_path.is_file() and default.areas_path.is_file()
    assert default.taxonomy_path.parent == Path(matching.__file__).resolve().parent / "data"
    other = tmp_path / "areas.json"
    custom = _settings(
        tmp_path, HOME=str(tmp_path), SKILLBANK_AREAS=str(other), SKILLBANK_TAXONOMY=str(other)
    )
    assert custom.areas_path == other and custom.taxonomy_path == other
