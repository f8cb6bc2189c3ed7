"""What the profile form accepts and offers: every input error explained, rows, countries,
the certificate's validity and prefill from the CV."""

from datetime import timedelta

import pytest

from models import Role
from recruit.candidates import services
from tests.factories import make_user
from tests.test_profile import (  # noqa: F401 - english is an autouse fixture
    IIN,
    _profile,
    english,
    make_users,
    profile_form,
    url,
)


@pytest.fixture
def users(app):
    """One account of every role; the candidate is the one whose profile is tested."""
    make_users(app)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"iin": IIN[:-1] + str((int(IIN[-1]) + 1) % 10)}, "This IIN is not valid"),
        ({"iin": "12345"}, "The IIN has exactly 12 digits."),
        ({"last_name": ""}, "Enter your last name."),
        ({"first_name": "Erlan"}, "Use Cyrillic letters only"),
        ({"name_latin": "Ерлан"}, "Use Latin letters only"),
        ({"phone": "12"}, "Enter the phone number with the country code"),
        ({"contact_email": "erlan@"}, "Enter a valid e-mail address"),
        ({"citizenship": "XX"}, "Not a valid choice"),
        ({"education-0-level": ""}, "Choose the level of this education."),
        ({"education-0-year": "1800"}, "Enter a year of graduation from 1940 to 2040."),
        ({"experience-0-start": "09.2019"}, "Enter the month as YYYY-MM"),
        ({"experience-0-end": "2018-01"}, "The end month cannot be before the start month."),
        ({"experience-0-start": "2099-01"}, "A period of work cannot be in the future."),
        (
            {"experience-0-title": "", "experience-0-organization": ""},
            "Enter the position or the organization.",
        ),
        ({"languages-1-code": "kk"}, "List each language only once."),
        ({"languages-1-level": ""}, "Choose your level in this language."),
        ({"test_certificate_date": ""}, "Enter the date the certificate was issued."),
        ({"test_certificate_date": "2999-01-01"}, "The date of issue cannot be in the future."),
    ],
)
def test_bad_input_is_explained_and_loses_nothing(app, client, auth, users, overrides, message):
    auth.login("candidate@example.kz")
    client.post(url(app, "candidates.profile"), data=profile_form())
    response = client.post(
        url(app, "candidates.profile"), data=profile_form(patronymic="Болатұлы", **overrides)
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert message in page
    assert 'value="Болатұлы"' in page
    saved = _profile(app)
    assert saved.patronymic == "Қайратұлы" and saved.iin_last4 == IIN[-4:]
    assert len(saved.experience) == 1


def test_blank_rows_are_ignored_and_more_are_offered(app, client, auth, users):
    auth.login("candidate@example.kz")
    form = profile_form(
        **{
            f"languages-{i}-{f}": v
            for i, (c, lv) in enumerate([("kk", "native"), ("ru", "C1"), ("en", "B2")])
            for f, v in (("code", c), ("level", lv))
        }
    )
    client.post(url(app, "candidates.profile"), data=form)
    assert [r["code"] for r in _profile(app).languages] == ["kk", "ru", "en"]
    page = client.get(url(app, "candidates.profile")).get_data(as_text=True)
    assert 'name="languages-4-code"' in page


@pytest.mark.parametrize(
    ("age_days", "valid_days", "shown"),
    [
        (30, 365, "Valid today"),
        (400, 365, "Expired"),
        (400, 730, "Valid today"),
    ],
)
def test_certificate_validity_is_shown(app, client, auth, users, age_days, valid_days, shown):
    app.config["LEGISLATION_TEST_VALID_DAYS"] = valid_days
    auth.login("candidate@example.kz")
    with app.app_context():
        issued = services.local_today() - timedelta(days=age_days)
    client.post(
        url(app, "candidates.profile"), data=profile_form(test_certificate_date=issued.isoformat())
    )
    page = client.get(url(app, "candidates.profile")).get_data(as_text=True)
    assert shown in page
    until = issued + timedelta(days=valid_days)
    assert until.strftime("%d.%m.%Y") in page


CV = {
    "education": [
        {
            "level": "bachelor",
            "field": "Economics",
            "institution": "KazNU",
            "year": 2012,
            "start": 0,
            "end": 10,
        },
        {"level": None, "field": None, "institution": None, "year": None, "start": 0, "end": 1},
    ],
    "experience": [
        {
            "title": "Analyst",
            "organization": "Akimat",
            "start": "2015-03",
            "end": "2020-12",
            "public_service": True,
            "span": [1, 2],
        },
        {
            "title": "Broken",
            "organization": "",
            "start": "2015",
            "end": None,
            "public_service": False,
            "span": [3, 4],
        },
    ],
    "languages": [
        {"code": "kk", "level": "fluent", "start": 0, "end": 1},
        {"code": "kk", "level": "basic", "start": 2, "end": 3},
        {"code": "en", "level": "good", "start": 4, "end": 5},
    ],
}


def test_prefill_fills_only_empty_fields(app, users):
    with app.app_context():
        user = make_user(Role.CANDIDATE, email="cv@example.kz")
        profile = services.profile_for(user)
        profile.languages = [{"code": "ru", "level": "native"}]
        assert services.prefill_from_cv(profile, CV) == ["education", "experience"]
        assert profile.education == [
            {"level": "bachelor", "field": "Economics", "institution": "KazNU", "year": 2012}
        ]
        assert profile.experience == [
            {
                "title": "Analyst",
                "organization": "Akimat",
                "start": "2015-03",
                "end": "2020-12",
                "public_service": True,
            }
        ]
        assert profile.languages == [{"code": "ru", "level": "native"}]
        assert services.prefill_from_cv(profile, CV) == []
        other = services.profile_for(make_user(Role.CANDIDATE, email="cv2@example.kz"))
        assert services.prefill_from_cv(other, {"languages": CV["languages"]}) == ["languages"]
        assert other.languages == [{"code": "kk", "level": "fluent"}, {"code": "en", "level": ""}]


def test_every_problem_is_shown_in_one_round(app, client, auth, users):
    auth.login("candidate@example.kz")
    bad = profile_form(
        last_name="",
        iin=IIN[:-1] + str((int(IIN[-1]) + 1) % 10),
        phone="12",
        contact_email="erlan@",
        **{"experience-0-end": "2018-01"},
    )
    page = client.post(url(app, "candidates.profile"), data=bad).get_data(as_text=True)
    for message in (
        "Enter your last name.",
        "This IIN is not valid",
        "Enter the phone number with the country code",
        "Enter a valid e-mail address",
        "The end month cannot be before the start month.",
    ):
        assert message in page


def test_countries_are_listed_kazakhstan_first_in_the_interface_language(app, client, auth, users):
    auth.login("candidate@example.kz")
    page = client.get(url(app, "candidates.profile")).get_data(as_text=True)
    assert '<option selected value="KZ">Kazakhstan</option>' in page
    assert page.index(">Afghanistan<") < page.index(">Åland Islands<") < page.index(">Albania<")
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "kk"
    page = client.get(url(app, "candidates.profile")).get_data(as_text=True)
    assert '<option selected value="KZ">Қазақстан</option>' in page
