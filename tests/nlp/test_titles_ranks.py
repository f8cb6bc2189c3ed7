"""Posts named by a rank of law enforcement or teaching ("Старший прокурор", "Следователь",
"Доцент кафедры") and a post that changed at the same employer ("Эксперт, затем главный
эксперт …"): the post is the title and the body or university is the employer."""

import pytest

from nlp.profile import read_cv

# (one experience line, title, organisation, civil service)
LINES = [
    ("04.2019 – 12.2021 Старший прокурор отдела надзора за законностью судебных актов, "
     "Прокуратура г. Алматы",
     "Старший прокурор отдела надзора за законностью судебных актов", "Прокуратура г. Алматы",
     True),
    ("07.2012 – 06.2015 Следователь следственного отдела УП Алмалинского района ДП г. Алматы "
     "МВД РК",
     "Следователь следственного отдела", "УП Алмалинского района ДП г. Алматы МВД РК", True),
    ("09.2016 – по настоящее время Доцент кафедры государственного и местного управления, "
     "Евразийский национальный университет им. Л.Н. Гумилева",
     "Доцент кафедры государственного и местного управления",
     "Евразийский национальный университет им. Л.Н. Гумилева", False),
    ("09.2016 – 10.2022 Эксперт, затем главный эксперт Департамента государственной политики "
     "в области связи, Министерство информации и коммуникаций Республики Казахстан",
     "Эксперт, затем главный эксперт Департамента государственной политики в области связи",
     "Министерство информации и коммуникаций Республики Казахстан", True),
]  # fmt: skip


@pytest.mark.parametrize("line, title, organization, public", LINES)
def test_the_post_is_the_title_and_the_body_the_employer(line, title, organization, public):
    (job,) = read_cv(f"Опыт работы\n{line}\n", "ru").experience
    assert (job.title, job.organization, job.public_service) == (title, organization, public)


def test_an_assistant_to_a_prosecutor_still_serves_in_a_state_body():
    (job,) = read_cv("Опыт работы\n2015 – 2018 Помощник прокурора Медеуского района\n").experience
    assert job.public_service
