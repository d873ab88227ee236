"""compose.yaml parses, and every service's command is a real `skillbank` subcommand."""

from __future__ import annotations

import shlex

import yaml

from service.cli import build_parser
from tests.conftest import ROOT


def _subcommands() -> set[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return set(action.choices)


def test_compose_services_use_existing_cli_commands():
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    assert {"postgres", "redis", "migrate", "web", "worker", "beat"} <= set(services)
    known = _subcommands()
    for name in ("migrate", "web", "worker", "beat"):
        command = services[name]["command"]
        argv = command if isinstance(command, list) else shlex.split(command)
        assert argv[0] == "skillbank", (name, argv)
        assert argv[1] in known, (name, argv)
        build_parser().parse_args(argv[1:])  # the options parse too
    for name in ("postgres", "redis", "web"):
        assert "healthcheck" in services[name], name
    env = services["web"]["environment"]
    assert any("DATABASE_URL" in str(k) for k in (env if isinstance(env, list) else env.keys()))


def test_dockerfile_runs_the_cli():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "skillbank" in dockerfile and "HEALTHCHECK" in dockerfile
