"""Job title, employer and civil-service years in LinkedIn "Save to PDF" and Europass exports."""

from datetime import date

import pytest

from nlp.components.periods import total_years
from nlp.profile import read_cv
from tests.nlp.test_titles import _jobs

# LinkedIn "Save to PDF": company, post, dates with the length in brackets, location; a second
# post with the same company goes on under the first.
LINKEDIN_EN = """Contact
madina.zhaksylykova@gmail.com
www.linkedin.com/in/madinazhaksylykova (LinkedIn)
Top Skills
Public Policy
Digital Transformation
Project Management
Languages
Kazakh (Native or Bilingual)
Russian (Native or Bilingual)
English (Full Professional)
Certifications
Project Management Professional
(PMP)
Google Data Analytics
Honors-Awards
Certificate of Honour of the
Minister of Digital Development
Madina Zhaksylykova
Deputy Director, Department of Digitalization at Ministry of
Digital Development, Innovations and Aerospace Industry of
the Republic of Kazakhstan
Astana, Astana, Kazakhstan
Summary
Public servant with 9 years in central and local government of Kazakhstan.
Digital government services, e-government (eGov.kz), data-driven policy.
Led the launch of proactive public services for families and pensioners,
and the migration of regional akimats to the unified document
management system. Interested in open data, GovTech and the digital
transformation of public administration in Central Asia. Alumna of the
Bolashak scholarship programme. Speaker at Digital Almaty and Astana
International Forum. Mentor for young civil servants in the Presidential
Youth Personnel Reserve.
Experience
Ministry of Digital Development, Innovations and
Aerospace Industry of the Republic of Kazakhstan
7 years 3 months
Deputy Director, Department of Digitalization
January 2023 - Present (3 years 11 months)
Astana, Kazakhstan
Coordination of digitalization projects of state bodies; eGov.kz services.
Chief Expert
September 2019 - December 2022 (3 years 4 months)
Astana, Kazakhstan
Kazakhtelecom JSC
Project Manager
March 2018 - August 2019 (1 year 6 months)
Astana, Kazakhstan
Managed B2G broadband projects for regional akimats.
Nazarbayev University
Research Assistant
September 2016 - February 2018 (1 year 6 months)
Astana, Kazakhstan
Akimat of Astana
Specialist, Department of Economy and Budget Planning
August 2014 - July 2016 (2 years)
Astana, Kazakhstan
Page 1 of 2

Education
Nazarbayev University
Master of Public Administration, Public Policy · (2016 - 2018)
L.N. Gumilyov Eurasian National University
Bachelor's degree, International Relations · (2010 - 2014)
Page 2 of 2
"""

LINKEDIN_RU_NAMES = """Experience
АО «ФНБ «Самрук-Қазына»
Senior Manager, Investment Department
May 2022 - Present (4 years 7 months)
Astana, Kazakhstan
Министерство финансов Республики Казахстан
Главный эксперт Департамента бюджетного
планирования
June 2019 - April 2022 (2 years 11 months)
Astana, Kazakhstan
Подготовка республиканского бюджета, бюджетные заявки
администраторов.
Комитет казначейства Министерства финансов
Республики Казахстан
Эксперт
October 2017 - May 2019 (1 year 8 months)
Astana, Kazakhstan
ТОО «Делойт»
Audit Assistant
September 2015 - September 2017 (2 years 1 month)
Almaty, Kazakhstan
РГП на ПХВ «Информационно-учетный центр»
Intern
June 2015 - August 2015 (3 months)
Astana, Kazakhstan
Education
KIMEP University
Master of Business Administration - MBA, Finance · (2013 - 2015)
Казахский экономический университет им. Т.
Рыскулова
Бакалавр, Финансы · (2009 - 2013)
Page 1 of 1
"""


def test_linkedin_posts_are_read_above_their_dates_and_count_as_civil_service():
    ministry = (
        "Ministry of Digital Development, Innovations and Aerospace Industry of the Republic"
        " of Kazakhstan"
    )
    profile = read_cv(LINKEDIN_EN)
    assert _jobs(LINKEDIN_EN) == [
        ("Deputy Director, Department of Digitalization", ministry, True),
        ("Chief Expert", ministry, True),
        ("Project Manager", "Kazakhtelecom JSC", False),
        ("Research Assistant", "Nazarbayev University", False),
        ("Specialist, Department of Economy and Budget Planning", "Akimat of Astana", True),
    ]
    public = total_years(profile.experience, public_only=True, today=date(2026, 11, 30))
    assert public == pytest.approx(9.25, abs=0.1)


def test_linkedin_posts_and_companies_wrapped_over_lines_are_read_whole():
    assert _jobs(LINKEDIN_RU_NAMES) == [
        ("Senior Manager, Investment Department", "АО «ФНБ «Самрук-Қазына»", False),
        (
            "Главный эксперт Департамента бюджетного планирования",
            "Министерство финансов Республики Казахстан",
            True,
        ),
        ("Эксперт", "Комитет казначейства Министерства финансов Республики Казахстан", True),
        ("Audit Assistant", "ТОО «Делойт»", False),
        ("Intern", "РГП на ПХВ «Информационно-учетный центр»", False),
    ]


# Europass (PDF export): the dates, then the town and country on the same line, then
# "TITLE – EMPLOYER" in capitals, sometimes the employer's unit, then duties.
EUROPASS = """WORK EXPERIENCE
01/09/2019 – CURRENT Astana, Kazakhstan
CHIEF EXPERT – MINISTRY OF FINANCE OF THE REPUBLIC OF KAZAKHSTAN
Budget Policy Department
• Preparation of the republican budget draft and its justification
• Monitoring of budget programmes of central state bodies
01/10/2018 – 31/08/2019 Astana, Kazakhstan
LEADING ECONOMIST – HALYK BANK OF KAZAKHSTAN JSC
• Credit risk analysis of corporate borrowers
• Financial modelling in Excel
01/07/2016 – 31/08/2017 Almaty, Kazakhstan
SPECIALIST – DEPARTMENT OF ECONOMY AND BUDGET PLANNING OF ALMATY CITY
• Analysis of budget requests of district akimats
01/02/2016 – 31/05/2016 Almaty, Kazakhstan
INTERN – NATIONAL COMPANY KAZMUNAYGAS JSC
• Economic planning department, internship
EDUCATION AND TRAINING
"""


def test_europass_posts_are_read_below_the_place_on_the_date_line():
    profile = read_cv(EUROPASS)
    assert _jobs(EUROPASS) == [
        ("CHIEF EXPERT", "MINISTRY OF FINANCE OF THE REPUBLIC OF KAZAKHSTAN", True),
        ("LEADING ECONOMIST", "HALYK BANK OF KAZAKHSTAN JSC", False),
        ("SPECIALIST", "DEPARTMENT OF ECONOMY AND BUDGET PLANNING OF ALMATY CITY", True),
        ("INTERN", "NATIONAL COMPANY KAZMUNAYGAS JSC", False),
    ]
    public = total_years(profile.experience, public_only=True, today=date(2026, 11, 30))
    assert public == pytest.approx(8.4)


def test_a_note_in_brackets_after_the_dates_keeps_each_job_its_employer():
    # QA pass H: "(Chief Expert until Aug 2021)" after the dates was read as that job's post,
    # and every job below took the employer of the job above it.
    text = (
        "Experience\n"
        "Head of Division, Department of Digitalization of Public Services\n"
        "Ministry of Digital Development of the Republic of Kazakhstan\n"
        "Feb 2020 – Mar 2024 (Chief Expert until Aug 2021)\n"
        "- Monitored 700+ public services on eGov.kz.\n\n"
        "Digital Governance Consultant — UNDP Kazakhstan\n"
        "Mar 2019 – Dec 2019\n"
        "- Open-data assessment for akimats.\n"
    )
    jobs = read_cv(text, "en").experience
    assert [(job.start, job.public_service) for job in jobs] == [
        ("2020-02", True),
        ("2019-03", False),
    ]
    assert jobs[0].organization == "Ministry of Digital Development of the Republic of Kazakhstan"


# A LinkedIn export in its newer layout: the post, then the company with the employment type
# after a dot, then the dates with the duration after a dot, then the place.
LINKEDIN_DOTS = """Experience
Head of Data Analytics Department
АО «Национальные информационные технологии» · Full-time
Jan 2019 - Present · 7 yrs 11 mos
Astana, Kazakhstan
Главный специалист управления методологии
Комитет по статистике Министерства национальной экономики РК · Полная занятость
Sep 2015 - Dec 2018 · 3 лет 4 мес.
Астана, Казахстан
Бас маман
Қаржы министрлігі · Part-time
Jan 2014 - Aug 2015 · 1 жыл 8 ай
Астана, Қазақстан
Стажёр
Министерство финансов Республики Казахстан · Internship
Jun 2012 - Aug 2012 · 3 mos
Астана, Казахстан
"""


def test_linkedin_duration_after_a_dot_is_no_post_and_the_employment_type_no_name():
    # QA pass K: the duration after "·" on the date line ("7 yrs 11 mos") was read as every
    # job's post and no job had an employer, so the civil-service job was missed.
    assert _jobs(LINKEDIN_DOTS) == [
        ("Head of Data Analytics Department", "АО «Национальные информационные технологии»", False),
        (
            "Главный специалист управления методологии",
            "Комитет по статистике Министерства национальной экономики РК",
            True,
        ),
        ("Бас маман", "Қаржы министрлігі", True),
        ("Стажёр", "Министерство финансов Республики Казахстан", False),
    ]
