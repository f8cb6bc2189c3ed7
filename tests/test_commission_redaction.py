"""The commission's CV view: personal data replaced, evidence marked, HTML escaped, audited."""

import pytest

from models import AuditEvent, db
from nlp.components.personal_data import extract_personal_data
from recruit.commission.redaction import evidence_spans, identity_spans, render
from tests.commission_seed import seed


@pytest.fixture(autouse=True)
def english(client):
    """Assertions read the English interface."""
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"


TEXT = "Ivan Petrov <b>ivan@mail.kz</b> +7 701 000 00 00. Power BI & SQL expert."


def _span(text, part, kind=None):
    start = text.index(part)
    return (
        {"kind": kind, "start": start, "end": start + len(part)}
        if kind
        else (start, start + len(part))
    )


def test_personal_data_is_replaced_and_html_escaped(app):
    with app.test_request_context(headers={"Accept-Language": "en"}):
        html = str(
            render(
                TEXT,
                [_span(TEXT, "ivan@mail.kz", "email"), _span(TEXT, "+7 701 000 00 00", "phone")],
                [],
            )
        )
    assert "ivan@mail.kz" not in html and "701" not in html
    assert "[redacted: e-mail]" in html and "[redacted: phone]" in html
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert "Power BI &amp; SQL" in html


def test_evidence_is_marked_in_one_pass_with_redactions(app):
    with app.test_request_context(headers={"Accept-Language": "en"}):
        html = str(
            render(
                TEXT,
                [_span(TEXT, "Ivan Petrov", "name")],
                [_span(TEXT, "Power BI"), _span(TEXT, "SQL")],
            )
        )
    assert html.startswith('<span class="redacted">[redacted: name]</span>')
    assert "<mark>Power BI</mark> &amp; <mark>SQL</mark> expert." in html


def test_evidence_never_shows_personal_data_it_overlaps(app):
    text = "Contact Aigerim at aigerim@mail.kz"
    email = _span(text, "aigerim@mail.kz", "email")
    with app.test_request_context(headers={"Accept-Language": "en"}):
        html = str(render(text, [email], [(text.index("at"), len(text))]))
    assert "aigerim@mail.kz" not in html and "<mark>at </mark>" in html


def test_overlapping_and_invalid_spans(app):
    text = "Name: Saule Tulegenova, born 01.02.1990"
    spans = [
        {"kind": "name", "start": 6, "end": 22},
        {"kind": "name", "start": 12, "end": 22},
        {"kind": "birth_date", "start": 29, "end": 39},
        {"kind": "iin", "start": 50, "end": 70},
    ]
    with app.test_request_context(headers={"Accept-Language": "en"}):
        html = str(render(text, spans, [(-1, 3), (5, 2)]))
    assert html.count("[redacted: name]") == 1 and "[redacted: birth date]" in html
    assert "Saule" not in html and "1990" not in html


def test_sex_age_and_profile_address_found_by_the_engine_are_hidden(app):
    text = (
        "Нурланов Ерлан Маратович\nМужчина, 37 лет, родился 14 мая 1989\n"
        "www.linkedin.com/in/erlan-nurlanov (LinkedIn)\nОпыт работы: 15 лет"
    )
    spans = [{"kind": p.kind, "start": p.start, "end": p.end} for p in extract_personal_data(text)]
    with app.test_request_context(headers={"Accept-Language": "en"}):
        html = str(render(text, spans, []))
    for shown in ("Мужчина", "37 лет", "родился", "1989", "linkedin.com", "Нурланов"):
        assert shown not in html
    assert "[redacted: sex]" in html and "[redacted: profile link]" in html
    assert "Опыт работы: 15 лет" in html


def test_the_account_name_and_email_are_redacted_even_when_the_engine_missed_them():
    text = "SAULE Tulegenova — saule@mail.kz; Saulet is another word"
    spans = identity_spans(text, "Saule Tulegenova", "saule@mail.kz")
    covered = {text[s["start"] : s["end"]] for s in spans}
    assert {"SAULE", "Tulegenova", "saule@mail.kz"} <= covered
    assert not any(s["start"] == text.index("Saulet") for s in spans)


def test_evidence_spans_skip_mentions_that_no_longer_match():
    text = "Power BI dashboards"
    explanation = {
        "skills": {
            "matched_essential": [{"mentions": [{"start": 0, "end": 8, "text": "Power BI"}]}],
            "matched_asset": [{"mentions": [{"start": 9, "end": 19, "text": "something"}]}],
        }
    }
    assert evidence_spans(explanation, text) == [(0, 8)]
    assert evidence_spans(None, text) == []


def test_viewing_a_cv_is_audited_and_shows_no_identity(app, client, auth):
    with app.app_context():
        s = seed(n=2)
        vid, aid, email = s.vacancy.id, s.applications[0].id, s.users[1].email
    auth.login(email)
    page = client.get(f"/commission/competitions/{vid}/candidates/{aid}").get_data(as_text=True)
    assert "<mark>Power BI</mark>" in page and "[redacted: phone]" in page
    assert s.names[0] not in page and s.emails[0] not in page and "555 12 34" not in page
    assert "Seitkali" not in page
    with app.app_context():
        event = db.session.execute(
            db.select(AuditEvent).where(AuditEvent.action == "personal_data.view")
        ).scalar_one()
        assert event.object_id == str(aid) and event.details["redacted"] is True


def test_no_evidence_is_marked_when_ranking_is_off(app, client, auth):
    from models import Setting

    with app.app_context():
        s = seed(n=2)
        db.session.add(Setting(key="ranking_enabled", value={"enabled": False}))
        db.session.commit()
        vid, aid, email = s.vacancy.id, s.applications[0].id, s.users[1].email
    auth.login(email)
    page = client.get(f"/commission/competitions/{vid}/candidates/{aid}").get_data(as_text=True)
    assert "<mark>" not in page and "Automated ranking is switched off" in page
    shortlist = client.get(f"/commission/competitions/{vid}").get_data(as_text=True)
    assert "candidates are listed by code" in shortlist
    assert shortlist.index("K-001") < shortlist.index("K-002")


def test_shortlist_follows_the_latest_ranking(app, client, auth):
    with app.app_context():
        s = seed(n=3)
        vid, email = s.vacancy.id, s.users[0].email
    auth.login(email)
    page = client.get(f"/commission/competitions/{vid}").get_data(as_text=True)
    assert page.index("K-003") < page.index("K-002") < page.index("K-001")
    assert "Best qualified" in page and "Power BI (experience)" in page


def test_iin_and_email_lookalikes_are_caught_by_the_safety_net(app):
    text = "IIN 900101300123, write to boss@gov.kz; order 12345 of 2020"
    with app.test_request_context(headers={"Accept-Language": "en"}):
        html = str(render(text, identity_spans(text, "", ""), []))
    assert "900101300123" not in html and "boss@gov.kz" not in html
    assert "[redacted: IIN]" in html and "order 12345 of 2020" in html


def test_a_cv_the_engine_did_not_read_is_not_shown_to_the_commission(app, client, auth):
    """Without the engine's personal-data spans the text cannot be shown name-blind."""
    from models import Application, CVStatus

    with app.app_context():
        s = seed(n=2)
        vid, aid, email = s.vacancy.id, s.applications[0].id, s.users[1].email
        application = db.session.get(Application, aid)
        application.cv_status, application.cv_profile = CVStatus.NEEDS_REVIEW, {}
        db.session.commit()
    auth.login(email)
    page = client.get(f"/commission/competitions/{vid}/candidates/{aid}").get_data(as_text=True)
    cv = page.split('<section class="card cv"')[1].split("</section>")[0]
    assert "could not be read automatically" in cv
    assert "Power BI" not in cv and "redacted:" not in cv


@pytest.mark.parametrize(
    ("text", "shown", "label"),
    [
        (
            "Удостоверение личности № 041234567\nОпыт работы: 5 лет",
            "041234567",
            "identity document",
        ),
        ("Семейное положение: замужем\nОпыт работы: 5 лет", "замужем", "marital status"),
        ("Ұлты: қазақ\nОпыт работы: 5 лет", "қазақ", "nationality"),
    ],
)
def test_new_kinds_of_personal_data_are_hidden_with_their_label(app, text, shown, label):
    spans = [{"kind": p.kind, "start": p.start, "end": p.end} for p in extract_personal_data(text)]
    with app.test_request_context(headers={"Accept-Language": "en"}):
        html = str(render(text, spans, []))
    assert shown not in html and f"[redacted: {label}]" in html
    assert "Опыт работы: 5 лет" in html
