"""A Russian CV with an education and a work section, shared by the period tests."""

from nlp.types import Section

CV_RU = """Иванов Иван Иванович
Образование
2010 – 2014 Евразийский национальный университет, бакалавр
Опыт работы
09.2015 – 06.2019  Главный специалист, Министерство цифрового развития, инноваций и аэрокосмической промышленности РК
07.2019 – н.в.
Ведущий аналитик
АО «Казахтелеком»
"""  # noqa: E501


def cv_sections(text: str) -> tuple[Section, ...]:
    """Sections of CV_RU-like texts, split at their two headings."""
    edu, work = text.index("Образование"), text.index("Опыт работы")
    return (
        Section("personal", 0, edu),
        Section("education", edu, work),
        Section("experience", work, len(text)),
    )
