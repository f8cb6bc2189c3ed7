"""Corps "A" posts may require years in managerial posts: read from the titles of the CV."""

import pytest

from nlp.eligibility import check
from nlp.eligibility.experience import managerial_years
from nlp.eligibility.managerial import is_managerial
from nlp.profile import read_cv
from nlp.vacancy import ExperienceRule, parse_vacancy
from tests.nlp.test_eligibility import assert_three_languages, rule, vacancy

CORPS_A = vacancy(title="Руководитель управления", experience=(ExperienceRule(5, "managerial"),))

RU_HEAD = """ОПЫТ РАБОТЫ
01.2012 – 12.2015 Главный специалист, Министерство финансов Республики Казахстан
01.2016 – 12.2018 Руководитель отдела, Министерство финансов Республики Казахстан
01.2019 – 12.2022 Заместитель руководителя управления, Акимат города Астаны
"""
KK_HEAD = """ЕҢБЕК ЖОЛЫ
2012 ж. қаңтар – 2015 ж. желтоқсан Бас маман, Қаржы министрлігі
2016 ж. қаңтар – 2018 ж. желтоқсан Бөлім басшысы, Қаржы министрлігі
2019 ж. қаңтар – 2022 ж. желтоқсан Басқарма басшысының орынбасары, Астана қаласының әкімдігі
"""
EN_HEAD = """WORK EXPERIENCE
Jan 2012 – Dec 2015 Chief Expert, Ministry of Finance
Jan 2016 – Dec 2018 Head of Division, Ministry of Finance
Jan 2019 – Dec 2022 Deputy Director, Astana City Akimat
"""
RU_EXPERT = """ОПЫТ РАБОТЫ
01.2012 – 12.2015 Главный специалист, Министерство финансов Республики Казахстан
01.2016 – 12.2022 Главный эксперт, Министерство финансов Республики Казахстан
"""
RU_MANAGER = """ОПЫТ РАБОТЫ
01.2015 – 12.2022 Менеджер проектов, ТОО «Альфа Консалтинг»
"""
RU_JUNIOR = """ОПЫТ РАБОТЫ
01.2020 – 12.2022 Руководитель сектора, Акимат Бурабайского района
"""


@pytest.mark.parametrize("text", [RU_HEAD, KK_HEAD, EN_HEAD], ids=["ru", "kk", "en"])
def test_seven_years_as_head_and_deputy_meet_five_managerial_years(text):
    profile = read_cv(text)
    assert managerial_years(profile) == 7.0
    found = rule(check(profile, CORPS_A), "experience")
    assert found.outcome == "pass"
    assert "Стаж на руководящих должностях — 7 лет, требуется 5 лет" in found.reason["ru"]
    assert "experience in managerial posts of 7 years meets the required 5 years" in (
        found.reason["en"].lower()
    )
    assert "Басшы лауазымдардағы өтілі 7 жыл" in found.reason["kk"]
    assert_three_languages(found.reason)


def test_years_as_chief_expert_are_no_managerial_years_but_a_person_weighs_them():
    profile = read_cv(RU_EXPERT)
    assert profile.experience_years == 11.0 and managerial_years(profile) == 0.0
    found = rule(check(profile, CORPS_A), "experience")
    assert found.outcome == "needs_review"
    assert "0 лет на должностях, прочитанных как руководящие" in found.reason["ru"]
    assert "общий трудовой стаж — 11 лет" in found.reason["ru"]
    assert "whether the other posts were managerial must be checked" in found.reason["en"]
    assert_three_languages(found.reason)


def test_a_project_manager_is_left_to_a_person_not_counted_as_a_head():
    profile = read_cv(RU_MANAGER)
    assert managerial_years(profile) == 0.0
    assert rule(check(profile, CORPS_A), "experience").outcome == "needs_review"


def test_too_few_years_of_any_work_fail_with_both_figures():
    result = check(read_cv(RU_JUNIOR), CORPS_A)
    found = rule(result, "experience")
    assert found.outcome == "fail" and result.outcome == "fail"
    assert "Стаж на руководящих должностях — 3 года, требуется 5 лет" in found.reason["ru"]
    assert "No alternative is satisfied" in found.reason["en"]
    assert_three_languages(found.reason)


def test_public_service_alternative_still_passes_beside_a_managerial_one():
    both = vacancy(
        experience=(ExperienceRule(5, "managerial"), ExperienceRule(3, "public_service"))
    )
    found = rule(check(read_cv(RU_EXPERT), both), "experience")
    assert found.outcome == "pass"
    assert "Опыт государственной службы — 11 лет" in found.reason["ru"]


@pytest.mark.parametrize(
    "title",
    [
        "Руководитель управления цифровизации",
        "и.о. начальника отдела",
        "Заместитель акима района",
        "Заведующий сектором",
        "Ответственный секретарь министерства",
        "сектор меңгерушісі",
        "аудан әкімі",
        "Acting Head of Unit",
        "Department Director",
        "Chairman of the Board",
        "HR-директор",
        "Вице-министр юстиции Республики Казахстан",
        # QA pass Q: a Kazakh acting head
        "Егіншілік департаменті директорының міндетін атқарушы",
        "Басқарма басшысының міндетін уақытша атқарушы",
        "Бөлім басшысының м.а.",
    ],
)
def test_heads_and_deputies_are_managerial(title):
    assert is_managerial(title)


@pytest.mark.parametrize(
    "title",
    [
        "Главный специалист акимата",
        "Помощник руководителя",
        "Ведущий специалист аппарата акима",
        "әкім аппаратының бас маманы",
        "басшы орынбасарының көмекшісі",
        "Assistant to the Director",
        "Chief Expert",
        "Project Manager",
        "Team Lead",
        # QA pass Q: the minister's or director's adviser or assistant, in Kazakh
        "Министрдің кеңесшісі",
        "Директордың көмекшісі",
        "",
    ],
)
def test_experts_assistants_and_managers_are_not(title):
    assert not is_managerial(title)


def test_a_vacancy_document_may_state_managerial_years():
    doc = {
        "title": "Руководитель управления",
        "requirements": {"experience": [{"years": 5, "kind": "managerial"}]},
    }
    assert parse_vacancy(doc).experience == (ExperienceRule(5.0, "managerial"),)
