"""The candidate's in-app notifications: the list, the unread count, marking as read."""

from flask import abort
from sqlalchemy import select, update

from models import Notification, User, db, utcnow


def notifications_page(user: User, page: int, per_page: int):
    """The user's own notifications, newest first."""
    stmt = (
        select(Notification)
        .where(Notification.user_id == user.id)
        .order_by(Notification.created_at.desc(), Notification.id.desc())
    )
    return db.paginate(stmt, page=page, per_page=per_page, error_out=False)


def unread_count(user: User) -> int:
    """How many of the user's notifications are not read yet."""
    stmt = select(db.func.count(Notification.id)).where(
        Notification.user_id == user.id, Notification.read_at.is_(None)
    )
    return db.session.execute(stmt).scalar_one()


def mark_read(user: User, notification_id: int | None) -> int:
    """Mark one own notification (404 when it is not the user's) or all of them as read."""
    stmt = update(Notification).where(
        Notification.user_id == user.id, Notification.read_at.is_(None)
    )
    if notification_id is not None:
        note = db.session.get(Notification, notification_id)
        if note is None or note.user_id != user.id:
            abort(404)
        stmt = stmt.where(Notification.id == notification_id)
    count = db.session.execute(stmt.values(read_at=utcnow())).rowcount
    db.session.commit()
    return count
