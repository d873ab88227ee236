"""The web process starts without the ranking machinery: numpy, scikit-learn and scipy cost seconds of imports
before /health could answer (issue 11); the embedded matcher thread imports them in the background."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("numpy", "sklearn", "scipy")


def test_building_the_app_imports_no_numpy_sklearn_or_scipy(tmp_path):
    code = f"""
import sys
from service.settings import Settings
from service.db import make_engine
from service.migrate import upgrade
from service.app import create_app
import service.cli
settings = Settings.from_env().with_(database_url="sqlite:///{tmp_path / "start.db"}")
engine = make_engine(settings.database_url)
upgrade(engine)
create_app(settings, engine=engine, start_dispatcher=False)
print(",".join(m for m in {HEAVY!r} if m in sys.modules))
"""
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"SKILLBANK_VAR_DIR": str(tmp_path), "REDIS_URL": "", "PATH": ""},
    )
    assert out.stdout.strip() == "", f"imported on the start path: {out.stdout.strip()}"
    # and the matcher still loads them when it is used
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, matching; matching.Matcher; print('sklearn' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == "True"
