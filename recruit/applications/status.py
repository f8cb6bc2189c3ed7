"""The application status machine: every change is timestamped, audited and notified."""

from models import Application, ApplicationStatus, StatusChange, utcnow
from recruit import audit
from recruit.errors import NotAllowed
from recruit.notifications import notify

S = ApplicationStatus
TRANSITIONS: dict[ApplicationStatus, frozenset[ApplicationStatus]] = {
    S.DRAFT: frozenset({S.SUBMITTED, S.WITHDRAWN}),
    S.SUBMITTED: frozenset({S.ELIGIBLE, S.NOT_ELIGIBLE, S.WITHDRAWN}),
    S.ELIGIBLE: frozenset({S.NOT_ELIGIBLE, S.SHORTLISTED, S.NOT_SHORTLISTED, S.WITHDRAWN}),
    S.NOT_ELIGIBLE: frozenset({S.ELIGIBLE, S.WITHDRAWN}),
    S.SHORTLISTED: frozenset(
        {S.NOT_SHORTLISTED, S.IN_ASSESSMENT, S.SELECTED, S.RESERVE, S.NOT_SELECTED, S.WITHDRAWN}
    ),
    S.NOT_SHORTLISTED: frozenset({S.SHORTLISTED}),
    S.IN_ASSESSMENT: frozenset({S.SELECTED, S.RESERVE, S.NOT_SELECTED, S.WITHDRAWN}),
    S.SELECTED: frozenset(),
    S.RESERVE: frozenset({S.SELECTED}),
    S.NOT_SELECTED: frozenset(),
    S.WITHDRAWN: frozenset(),
}

STATUS_NAMES: dict[ApplicationStatus, dict[str, str]] = {
    S.DRAFT: {"kk": "Жоба", "ru": "Черновик", "en": "Draft"},
    S.SUBMITTED: {"kk": "Жіберілді", "ru": "Подано", "en": "Submitted"},
    S.ELIGIBLE: {"kk": "Талаптарға сай", "ru": "Соответствует требованиям", "en": "Eligible"},
    S.NOT_ELIGIBLE: {
        "kk": "Талаптарға сай емес",
        "ru": "Не соответствует требованиям",
        "en": "Not eligible",
    },
    S.SHORTLISTED: {"kk": "Қысқа тізімде", "ru": "В коротком списке", "en": "Shortlisted"},
    S.NOT_SHORTLISTED: {
        "kk": "Қысқа тізімге енгізілмеді",
        "ru": "Не включён в короткий список",
        "en": "Not shortlisted",
    },
    S.IN_ASSESSMENT: {"kk": "Бағалау кезеңінде", "ru": "На этапе оценки", "en": "In assessment"},
    S.SELECTED: {"kk": "Іріктелді", "ru": "Отобран", "en": "Selected"},
    S.RESERVE: {"kk": "Резервке енгізілді", "ru": "Включён в резерв", "en": "In the reserve"},
    S.NOT_SELECTED: {"kk": "Іріктелмеді", "ru": "Не отобран", "en": "Not selected"},
    S.WITHDRAWN: {"kk": "Кері қайтарылды", "ru": "Отозвано", "en": "Withdrawn"},
}


def change_status(
    application: Application, to: ApplicationStatus, reason: dict[str, str], actor=None
) -> StatusChange:
    """Move ``application`` to ``to`` in the caller's transaction; refuse illegal moves."""
    current = application.status
    if to not in TRANSITIONS[current]:
        raise NotAllowed(f"{current.value} -> {to.value}")
    change = StatusChange(
        from_status=current.value,
        to_status=to.value,
        reason=reason,
        actor_id=getattr(actor, "id", None),
        created_at=utcnow(),
    )
    application.history.append(change)
    application.status = to
    audit.record(
        "application.status", application, actor=actor, **{"from": current.value, "to": to.value}
    )
    if application.candidate is not None and to != S.DRAFT:
        names = STATUS_NAMES[to]
        subject = f"{names['kk']} / {names['ru']} / {names['en']}"
        body = "\n\n".join(
            f"{names[lang]}: {application.vacancy.title}\n{reason.get(lang, '')}".strip()
            for lang in ("kk", "ru", "en")
        )
        notify(application.candidate, subject, body)
    return change
