"""Notifications: a row in the app, and an e-mail outbox sent by SMTP or written to the log."""

import logging
import smtplib
from email.message import EmailMessage

from flask import current_app
from sqlalchemy import select

from models import Notification, User, db, utcnow

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5


def notify(user: User, subject: str, body: str) -> Notification:
    """Queue a notification for ``user`` in the caller's transaction."""
    note = Notification(user_id=user.id, subject=subject, body=body)
    db.session.add(note)
    return note


def _send(note: Notification) -> None:
    cfg = current_app.config
    msg = EmailMessage()
    msg["From"] = cfg.get("MAIL_FROM", "noreply@recruit.gov.kz")
    msg["To"] = note.user.email
    msg["Subject"] = note.subject
    msg.set_content(note.body)
    with smtplib.SMTP(cfg["SMTP_HOST"], cfg.get("SMTP_PORT", 587), timeout=10) as smtp:
        if cfg.get("SMTP_STARTTLS", True):
            smtp.starttls()
        if cfg.get("SMTP_USER"):
            smtp.login(cfg["SMTP_USER"], cfg["SMTP_PASSWORD"])
        smtp.send_message(msg)


def send_outbox(limit: int = 100) -> int:
    """Send queued e-mails; without SMTP configured, log that one was sent (no content)."""
    pending = db.session.execute(
        select(Notification)
        .where(Notification.emailed_at.is_(None), Notification.email_attempts < MAX_ATTEMPTS)
        .order_by(Notification.id)
        .limit(limit)
    ).scalars()
    sent = 0
    for note in pending:
        note.email_attempts += 1
        try:
            if current_app.config.get("SMTP_HOST"):
                _send(note)
            else:
                log.info(
                    "outbox: notification %s for user %s (SMTP not configured)",
                    note.id,
                    note.user_id,
                )
            note.emailed_at = utcnow()
            sent += 1
        except (OSError, smtplib.SMTPException) as e:
            log.warning("outbox: notification %s not sent: %s", note.id, type(e).__name__)
        db.session.commit()
    return sent
