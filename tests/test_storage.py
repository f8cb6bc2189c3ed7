"""File storage: durable writes under random names, and ``flask recruit cleanup``."""

import hashlib
import os
import stat
import time
from pathlib import Path

import pytest

from models import Document, db
from recruit.storage import LocalStorage, get_storage


def _age(path: Path, seconds: int) -> None:
    past = time.time() - seconds
    os.utime(path, (past, past))


def test_save_writes_privately_under_a_random_name(tmp_path):
    storage = LocalStorage(tmp_path / "files")
    first, second = storage.save(b"CV text"), storage.save(b"CV text")
    assert first.key != second.key and len(first.key) == 40
    assert first.sha256 == hashlib.sha256(b"CV text").hexdigest() and first.size == 7
    assert storage.read(first.key) == b"CV text"
    path = tmp_path / "files" / first.key
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list((tmp_path / "files").glob(".tmp-*"))
    storage.delete(first.key)
    storage.delete(first.key)
    assert storage.keys() == {second.key}


@pytest.mark.parametrize("key", ["", "../etc/passwd", "a/b", ".tmp-x", ".."])
def test_keys_cannot_leave_the_folder(tmp_path, key):
    with pytest.raises(ValueError):
        LocalStorage(tmp_path).read(key)


def test_remove_orphans_spares_recent_and_known_files(tmp_path):
    storage = LocalStorage(tmp_path)
    known, old, fresh = storage.save(b"1"), storage.save(b"2"), storage.save(b"3")
    stale_tmp, new_tmp = tmp_path / ".tmp-stale", tmp_path / ".tmp-new"
    stale_tmp.write_bytes(b"x")
    new_tmp.write_bytes(b"y")
    for path in (tmp_path / known.key, tmp_path / old.key, stale_tmp):
        _age(path, 7200)
    assert storage.remove_orphans({known.key}) == 2
    assert storage.keys() == {known.key, fresh.key} and new_tmp.exists()
    assert storage.remove_orphans({known.key}, min_age_seconds=0) == 1


def _document(key: str) -> None:
    db.session.add(
        Document(kind="cv", storage_key=key, sha256="0" * 64, size=1, content_type="text/plain")
    )
    db.session.commit()


def test_cleanup_command_removes_what_no_document_points_to(app, runner):
    with app.app_context():
        storage = get_storage()
        kept, orphan, recent = storage.save(b"kept"), storage.save(b"orphan"), storage.save(b"r")
        _document(kept.key)
    folder = Path(app.config["UPLOAD_FOLDER"])
    for key in (kept.key, orphan.key):
        _age(folder / key, 3600)
    result = runner.invoke(args=["recruit", "cleanup"])
    assert result.exit_code == 0 and "Removed 1 orphaned file(s)." in result.output
    assert {p.name for p in folder.iterdir()} >= {kept.key, recent.key}
    assert not (folder / orphan.key).exists()
    result = runner.invoke(args=["recruit", "cleanup", "--min-age", "0"])
    assert "Removed 1 orphaned file(s)." in result.output
    assert (folder / kept.key).exists() and not (folder / recent.key).exists()
