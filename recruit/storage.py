"""CV and document files behind a small storage interface (a local directory by default).

A file is written under a temporary name, fsynced, then renamed into place; only then does
the service commit the row that points to it. ``cleanup`` removes what no row points to.
"""

import hashlib
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from flask import current_app


@dataclass(frozen=True)
class StoredFile:
    key: str
    sha256: str
    size: int


class LocalStorage:
    """Files in one directory, named by random keys (never by the uploaded name)."""

    def __init__(self, root: str | Path):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)

    def _path(self, key: str) -> Path:
        if not key or "/" in key or key.startswith("."):
            raise ValueError("invalid storage key")
        return self.root / key

    def save(self, data: bytes) -> StoredFile:
        """Write durably: temp file, fsync, rename, fsync the directory."""
        key = secrets.token_hex(20)
        tmp = self.root / f".tmp-{key}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, self._path(key))
        dir_fd = os.open(self.root, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        return StoredFile(key=key, sha256=hashlib.sha256(data).hexdigest(), size=len(data))

    def read(self, key: str) -> bytes:
        return self._path(key).read_bytes()

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def keys(self) -> set[str]:
        return {p.name for p in self.root.iterdir() if not p.name.startswith(".")}

    def remove_orphans(
        self, known: set[str], tmp_age_seconds: int = 3600, min_age_seconds: int = 600
    ) -> int:
        """Delete files no row points to and temp files left by a crash; return the count.

        Files younger than ``min_age_seconds`` stay: their row may not be committed yet.
        """
        removed, now = 0, time.time()
        for key in self.keys() - known:
            try:
                if now - self._path(key).stat().st_mtime < min_age_seconds:
                    continue
            except FileNotFoundError:
                continue
            self.delete(key)
            removed += 1
        for tmp in self.root.glob(".tmp-*"):
            try:
                if now - tmp.stat().st_mtime > tmp_age_seconds:
                    tmp.unlink(missing_ok=True)
                    removed += 1
            except FileNotFoundError:
                continue
        return removed


def get_storage() -> LocalStorage:
    """The storage configured for this app (``UPLOAD_FOLDER``)."""
    app = current_app
    storage = app.extensions.get("recruit_storage")
    if storage is None:
        root = app.config.get("UPLOAD_FOLDER") or Path(app.instance_path, "uploads")
        storage = LocalStorage(root)
        app.extensions["recruit_storage"] = storage
    return storage
