"""Audit trail: who did what, when — hash-chained so that tampering shows."""

import hashlib
import json

from flask import has_request_context, request
from flask_login import current_user
from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite

from models import AuditEvent, AuditHead, db, utcnow

GENESIS = "0" * 64


def event_digest(event: AuditEvent) -> str:
    """SHA-256 over the event's content and the previous link."""
    payload = {
        "id": event.id,
        "at": event.created_at.isoformat(timespec="microseconds"),
        "actor": event.actor_id,
        "role": event.actor_role,
        "action": event.action,
        "type": event.object_type,
        "object": event.object_id,
        "details": event.details,
        "prev": event.prev_hash,
    }
    raw = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode()).hexdigest()


def _current_actor() -> tuple[int | None, str]:
    if has_request_context() and current_user and current_user.is_authenticated:
        return current_user.id, current_user.role.value
    return None, "system"


def _create_head() -> None:
    """Create the head row once; when writers race, the loser waits and keeps the winner's row."""
    dialect = postgresql if db.session.get_bind().dialect.name == "postgresql" else sqlite
    db.session.execute(
        dialect.insert(AuditHead).values(id=1, seq=0, last_hash=GENESIS).on_conflict_do_nothing()
    )


def record(action: str, obj=None, *, actor=None, **details) -> AuditEvent:
    """Append an event to the chain inside the caller's transaction (the service commits).

    Details must never hold personal data values — only ids and field names.
    """
    actor_id, role = (actor.id, actor.role.value) if actor is not None else _current_actor()
    bump = update(AuditHead).where(AuditHead.id == 1).values(seq=AuditHead.seq + 1)
    if db.session.execute(bump).rowcount == 0:
        _create_head()
        db.session.execute(bump)
    head = db.session.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one()
    db.session.refresh(head)
    if has_request_context():
        details.setdefault("ip", request.remote_addr or "")
    event = AuditEvent(
        id=head.seq,
        created_at=utcnow(),
        actor_id=actor_id,
        actor_role=role,
        action=action,
        object_type=type(obj).__name__.lower() if obj is not None else "",
        object_id=str(getattr(obj, "id", "") or "") if obj is not None else "",
        details=details,
        prev_hash=head.last_hash,
    )
    event.hash = event_digest(event)
    head.last_hash = event.hash
    db.session.add(event)
    return event


def verify() -> int | None:
    """Walk the chain; return the id of the first broken event, or None when intact."""
    prev = GENESIS
    rows = db.session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()
    for event in rows:
        if event.prev_hash != prev or event_digest(event) != event.hash:
            return event.id
        prev = event.hash
    return None
