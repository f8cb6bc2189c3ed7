"""Configuration: defaults here, secrets and deployment choices from the environment."""

import os
import secrets
from datetime import timedelta
from pathlib import Path


def _load_or_create_secret(instance: Path) -> str:
    """Read ``instance/secret_key``, creating it once with a random value (``make run``)."""
    path = instance / "secret_key"
    if not path.exists():
        instance.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
    return path.read_text().strip()


class Config:
    """Production defaults; everything secret comes from the environment or ``instance/``."""

    SECRET_KEY: str | None = None
    SQLALCHEMY_DATABASE_URI: str | None = None
    # A database error's message would quote the statement's values (names, e-mails, CV
    # text) into the log of the unhandled error: the values are kept out of it.
    SQLALCHEMY_ENGINE_OPTIONS: dict = {"pool_pre_ping": True, "hide_parameters": True}
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAX_CONTENT_LENGTH = 12 * 1024 * 1024
    MAX_FORM_MEMORY_SIZE = 1024 * 1024
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False  # switched on per request when served over HTTPS
    SESSION_COOKIE_NAME = "recruit_session"
    PERMANENT_SESSION_LIFETIME = timedelta(hours=8)
    REMEMBER_COOKIE_HTTPONLY = True
    WTF_CSRF_ENABLED = True
    WTF_CSRF_TIME_LIMIT = 8 * 3600
    BABEL_DEFAULT_LOCALE = "ru"
    BABEL_DEFAULT_TIMEZONE = "Asia/Almaty"
    LANGUAGES = ("kk", "ru", "en")
    RATELIMIT_STORAGE_URI = "memory://"
    RATELIMIT_HEADERS_ENABLED = True
    LOGIN_RATE_LIMIT = "10 per minute;50 per hour"
    UPLOAD_RATE_LIMIT = "10 per minute;100 per hour"  # per account, CV and documents apart
    REDIS_URL: str | None = None
    PER_PAGE = 20
    PUBLIC_CACHE_SECONDS = 5  # the public list's results are the same for everyone
    UPLOAD_FOLDER: str | None = None  # default: instance/uploads
    RETENTION_MONTHS = 12
    LEGISLATION_TEST_VALID_DAYS = 365
    SMTP_HOST: str | None = None  # without it, the outbox only logs that a mail was due
    SMTP_PORT = 587
    MAIL_FROM = "noreply@recruit.gov.kz"
    TRUST_PROXY = False


class TestConfig(Config):
    TESTING = True
    SECRET_KEY = "test-only-secret"  # noqa: S105 - tests never run in production
    WTF_CSRF_ENABLED = False
    RATELIMIT_ENABLED = False
    BABEL_DEFAULT_LOCALE = "en"  # tests read the source strings unless they switch language
    PUBLIC_CACHE_SECONDS = 0  # every request of a test sees the database as it is
    DATA_KEY = "dGVzdC1vbmx5LWRhdGEta2V5LTMyLWJ5dGVzLWxvbmc="  # test-only, 32 bytes
    # Still argon2id, but cheap: 1 MiB hashes in 1.5 ms here, 8 MiB took 7 ms, and the web
    # tests hash several passwords each (production: time cost 3, 64 MiB).
    ARGON2_TIME_COST = 1
    ARGON2_MEMORY_COST = 1024


# Plain settings an operator may set as RECRUIT_<NAME> in the environment, with their type.
ENV_SETTINGS: dict[str, type] = {
    "UPLOAD_FOLDER": str,
    "SMTP_HOST": str,
    "SMTP_PORT": int,
    "SMTP_USER": str,
    "SMTP_PASSWORD": str,
    "MAIL_FROM": str,
    "RETENTION_MONTHS": int,
    "LEGISLATION_TEST_VALID_DAYS": int,
    "UPLOAD_RATE_LIMIT": str,
}


def from_environment(config: dict, instance_path: str) -> None:
    """Fill secrets and URLs from the environment; generate the key in debug/``make run``."""
    instance = Path(instance_path)
    if url := os.environ.get("DATABASE_URL"):
        config["SQLALCHEMY_DATABASE_URI"] = url
    elif not config.get("SQLALCHEMY_DATABASE_URI"):
        instance.mkdir(parents=True, exist_ok=True)
        config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{instance / 'recruit.db'}"
    if key := os.environ.get("SECRET_KEY"):
        config["SECRET_KEY"] = key
    elif not config.get("SECRET_KEY"):
        if (instance / "secret_key").exists() or config.get("DEBUG"):
            config["SECRET_KEY"] = _load_or_create_secret(instance)
    if data_key := os.environ.get("RECRUIT_DATA_KEY"):
        config["DATA_KEY"] = data_key
    elif not config.get("DATA_KEY") and (instance / "data_key").exists():
        config["DATA_KEY"] = (instance / "data_key").read_text().strip()
    if redis_url := os.environ.get("REDIS_URL"):
        config["REDIS_URL"] = redis_url
        config["RATELIMIT_STORAGE_URI"] = redis_url
    for name, kind in ENV_SETTINGS.items():
        if (value := os.environ.get(f"RECRUIT_{name}")) is not None:
            config[name] = kind(value)
    if os.environ.get("RECRUIT_TRUST_PROXY") == "1":
        config["TRUST_PROXY"] = True
    if not config.get("SECRET_KEY"):
        raise RuntimeError(
            "SECRET_KEY is not set: export SECRET_KEY or run `make run`, which creates "
            "instance/secret_key on first start."
        )
