"""Argon2id password hashing and the password policy."""

from functools import cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from flask_babel import lazy_gettext as _l

MIN_LENGTH = 10
COMMON_PASSWORDS = Path(__file__).with_name("common_passwords.txt")


@cache
def _hasher(time_cost: int, memory_cost: int) -> PasswordHasher:
    return PasswordHasher(time_cost=time_cost, memory_cost=memory_cost)


def hasher() -> PasswordHasher:
    """The configured hasher (tests use cheaper parameters than production)."""
    cfg = current_app.config
    return _hasher(cfg.get("ARGON2_TIME_COST", 3), cfg.get("ARGON2_MEMORY_COST", 65536))


def hash_password(password: str) -> str:
    return hasher().hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """True when the password matches; never raises on a bad or foreign hash."""
    try:
        return hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return hasher().check_needs_rehash(password_hash)


@cache
def _common() -> frozenset[str]:
    return frozenset(
        line.strip().lower() for line in COMMON_PASSWORDS.read_text().splitlines() if line.strip()
    )


def password_problems(password: str, email: str = "") -> list[str]:
    """Messages for every way the password breaks the policy (empty when it is fine)."""
    problems = []
    if len(password) < MIN_LENGTH:
        message = _l("The password must be at least %(n)d characters long.", n=MIN_LENGTH)
        problems.append(str(message))
    lowered = password.lower()
    local = email.split("@")[0].lower()
    if lowered in _common() or (local and len(local) > 3 and local in lowered):
        message = _l("This password is too common or too easy to guess; choose another.")
        problems.append(str(message))
    return problems
