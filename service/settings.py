"""Settings read from the environment, with working defaults for the embedded mode."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from matching import DEFAULT_AREAS_PATH, DEFAULT_TAXONOMY_PATH


def _var_dir(env: Mapping[str, str]) -> Path:
    """Returns where Skillbank writes its state (SQLite file, secret key, beat schedule): SKILLBANK_VAR_DIR,
    else the per-user data directory. Never a path next to the code, which is site-packages when installed
    (the checkout's ./run exports SKILLBANK_VAR_DIR=$PWD/var)."""
    explicit = env.get("SKILLBANK_VAR_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = env.get("XDG_DATA_HOME")
    home = Path(env["HOME"]) if env.get("HOME") else Path.home()
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / "skillbank"


def _default_var_dir() -> Path:
    return _var_dir(os.environ)


MISSING_SECRET_KEY = (
    "SKILLBANK_SECRET_KEY が設定されていません。本番環境(SKILLBANK_ENV=production)では、"
    "すべてのプロセスに同じ秘密鍵を SKILLBANK_SECRET_KEY で渡してください(例: openssl rand -hex 32)。\n"
    "SKILLBANK_SECRET_KEY is not set. In production (SKILLBANK_ENV=production) every process needs the same "
    "secret key in SKILLBANK_SECRET_KEY (e.g. openssl rand -hex 32); refusing to start."
)


class MissingSecretKey(RuntimeError):
    """Production without SKILLBANK_SECRET_KEY: a key generated on one machine would differ on the next."""

    def __init__(self) -> None:
        super().__init__(MISSING_SECRET_KEY)


def _secret_key(var_dir: Path, env: Mapping[str, str]) -> str:
    """Returns SKILLBANK_SECRET_KEY, or a key generated once and kept in the var dir for the embedded mode.

    In production nothing is generated: the key is "" and `require_secret_key` refuses to start."""
    key = env.get("SKILLBANK_SECRET_KEY")
    if key:
        return key
    if env.get("SKILLBANK_ENV", "development") == "production":
        return ""
    path = var_dir / "secret_key"
    if not path.exists():
        var_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


@dataclass(frozen=True)
class Settings:
    database_url: str
    redis_url: str | None  # None: embedded mode, the matcher runs in a thread of the web process
    secret_key: str
    env: str = "development"  # "production" hides the schema from the public and marks cookies Secure
    org_id: str = "kiyose"
    areas_path: Path = DEFAULT_AREAS_PATH
    taxonomy_path: Path = DEFAULT_TAXONOMY_PATH
    top_n: int = 10
    job_lease_seconds: int = 60
    sweep_interval_seconds: float = 5.0
    stale_dispatch_seconds: float = 15.0
    # A job that raised is run again by the worker after retry_seconds, then 2x, 4x, … (capped at a minute)
    job_retry_seconds: float = 2.0
    session_idle_minutes: int = 60
    session_absolute_hours: int = 12
    task_queue: str = "skillbank"
    embedded_worker: bool = True  # run the matcher thread inside `serve` when no Redis is configured
    var_dir: Path = field(default_factory=_default_var_dir)
    # Keep volunteers' analysed text in the var dir (profiles-<org>.bin) so restarts and workers skip reading it
    persist_profiles: bool = True
    # A Celery worker builds the matcher before forking its children, which then share it copy-on-write
    prebuild_matcher: bool = True
    # glibc malloc arenas of a server or worker process (SKILLBANK_MALLOC_ARENAS; 0 = glibc's default, 8 per core)
    malloc_arenas: int = 2
    # Addresses/CIDRs of reverse proxies whose X-Forwarded-For is believed (SKILLBANK_TRUSTED_PROXIES, comma-separated)
    trusted_proxies: tuple[str, ...] = ()
    # Anonymous public submissions per client address and hour (SKILLBANK_PUBLIC_SUBMISSIONS_PER_HOUR; 0 = off)
    public_submissions_per_hour: int = 20
    # Every link in a message or on a page is built from this, never from the request's Host header
    public_url: str = "http://127.0.0.1:8000"
    # smtp://[user:password@]host[:port] or smtps://…; None: every message becomes a 連絡 task for staff
    smtp_url: str | None = None
    mail_from: str = "skillbank@localhost"
    mail_retry_seconds: float = (
        5.0  # a failed send is tried again after this, then 2x, 4x… (capped at 10 min)
    )
    mail_poll_seconds: float = 2.0  # how often the sender looks for due messages
    answer_days: int = (
        3  # no answer to an ask within this many days: one reminder; after as many more: flagged
    )
    # an accepted volunteer is reminded this many days before each date of their assignment (0 = never)
    reminder_days_before: int = 1
    mail_max_attempts: int = 10  # a message refused this often (SMTP 4xx) is marked failed for staff
    # Shown where a lost person lands (home, error page, forged/expired private link); empty phone: no phone line
    council_name: str = "清瀬市社会福祉協議会"
    council_phone: str = ""

    @property
    def production(self) -> bool:
        return self.env == "production"

    def require_secret_key(self) -> None:
        """Raises MissingSecretKey in production without SKILLBANK_SECRET_KEY (serve, worker and beat call it)."""
        if self.production and not self.secret_key:
            raise MissingSecretKey()

    @property
    def embedded(self) -> bool:
        return not self.redis_url

    @property
    def bulk_queue(self) -> str:
        """The Celery queue of re-scoring and imports: workers take fresh requests from `task_queue` first."""
        return f"{self.task_queue}.bulk"

    def with_(self, **changes: object) -> Settings:
        """Returns a copy with some settings changed."""
        return replace(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        """Returns settings from SKILLBANK_* / DATABASE_URL / REDIS_URL variables."""
        e = os.environ if env is None else env
        var_dir = _var_dir(e)
        database_url = e.get("DATABASE_URL") or f"sqlite:///{var_dir / 'skillbank.db'}"
        return cls(
            database_url=database_url,
            redis_url=e.get("REDIS_URL") or None,
            secret_key=_secret_key(var_dir, e),
            env=e.get("SKILLBANK_ENV", "development"),
            org_id=e.get("SKILLBANK_ORG", "kiyose"),
            areas_path=Path(e.get("SKILLBANK_AREAS", DEFAULT_AREAS_PATH)),
            taxonomy_path=Path(e.get("SKILLBANK_TAXONOMY", DEFAULT_TAXONOMY_PATH)),
            task_queue=e.get("SKILLBANK_TASK_QUEUE", "skillbank"),
            job_lease_seconds=int(e.get("SKILLBANK_JOB_LEASE_SECONDS", 60)),
            sweep_interval_seconds=float(e.get("SKILLBANK_SWEEP_SECONDS", 5.0)),
            stale_dispatch_seconds=float(e.get("SKILLBANK_STALE_SECONDS", 15.0)),
            job_retry_seconds=float(e.get("SKILLBANK_JOB_RETRY_SECONDS", 2.0)),
            var_dir=var_dir,
            public_submissions_per_hour=int(e.get("SKILLBANK_PUBLIC_SUBMISSIONS_PER_HOUR", 20)),
            public_url=(e.get("SKILLBANK_PUBLIC_URL") or "http://127.0.0.1:8000").rstrip("/"),
            smtp_url=e.get("SKILLBANK_SMTP_URL") or None,
            mail_from=e.get("SKILLBANK_MAIL_FROM") or "skillbank@localhost",
            mail_retry_seconds=float(e.get("SKILLBANK_MAIL_RETRY_SECONDS", 5.0)),
            answer_days=int(e.get("SKILLBANK_ANSWER_DAYS", 3)),
            reminder_days_before=int(e.get("SKILLBANK_REMINDER_DAYS_BEFORE", 1)),
            mail_poll_seconds=float(e.get("SKILLBANK_MAIL_POLL_SECONDS", 2.0)),
            council_name=e.get("SKILLBANK_COUNCIL_NAME") or "清瀬市社会福祉協議会",
            council_phone=e.get("SKILLBANK_COUNCIL_PHONE", "").strip(),
            trusted_proxies=tuple(
                p.strip() for p in e.get("SKILLBANK_TRUSTED_PROXIES", "").split(",") if p.strip()
            ),
            # "0" turns them off (measurements, a read-only var dir)
            persist_profiles=e.get("SKILLBANK_PERSIST_PROFILES", "1") != "0",
            prebuild_matcher=e.get("SKILLBANK_PREBUILD_MATCHER", "1") != "0",
            malloc_arenas=int(e.get("SKILLBANK_MALLOC_ARENAS", 2)),
        )
