"""Realistic two-page CVs (Kazakh, Russian, English) as TXT, PDF and DOCX for the benchmark.

The texts are assembled from a seeded random choice of names, posts, bodies, periods and
digital skills, so every file differs but a run is reproducible. PDF pages are drawn with
fpdf2 and the DejaVu font (a development dependency); DOCX files are real zips of
WordprocessingML parts.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
KINDS: tuple[str, ...] = ("pdf", "docx", "txt")

SKILLS = (
    "Python, SQL, PostgreSQL, Power BI, Excel, Word, PowerPoint, 1С:Предприятие, ЕСЭДО, "
    "eGov, Git, Docker, Linux, QGIS, ArcGIS, Tableau, Jira, Confluence, SAP, MS Project, "
    "Outlook, Google Sheets, Java, JavaScript, HTML, CSS, Kubernetes, Cisco, Zoom, Figma"
).split(", ")

_VOCAB = {
    "ru": {
        "names": ["Айгерим Сапарова", "Ерлан Жумабеков", "Ирина Ковалёва", "Данияр Ахметов"],
        "posts": ["Главный специалист", "Ведущий специалист", "Эксперт", "Руководитель отдела"],
        "bodies": [
            "Министерство цифрового развития, инноваций и аэрокосмической промышленности РК",
            "Акимат города Астаны",
            "Комитет государственных доходов МФ РК",
            "ТОО «Казахтелеком»",
        ],
        "headers": [
            "Личные данные",
            "О себе",
            "Опыт работы",
            "Образование",
            "Навыки",
            "Знание языков",
            "Сертификаты",
            "Курсы повышения квалификации",
        ],
        "duty": "Отвечал за {s} и подготовку аналитических отчётов для руководства, "
        "вёл электронный документооборот, внедрял автоматизацию процессов с использованием {t}.",
        "degree": "Бакалавр, специальность «Информационные системы», "
        "Евразийский национальный университет им. Л.Н. Гумилёва, {y}",
        "langs": "Казахский — свободно; русский — родной; английский — B2",
        "about": "Ответственный и инициативный специалист с опытом работы в государственном "
        "секторе, ориентированный на цифровую трансформацию и качество услуг.",
        "now": "по настоящее время",
    },
    "kk": {
        "names": ["Айгерім Сапарова", "Ерлан Жұмабеков", "Нұрлан Қасымов", "Әсел Төлеуова"],
        "posts": ["Бас маман", "Жетекші маман", "Сарапшы", "Бөлім басшысы"],
        "bodies": [
            "Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі "
            "министрлігі",
            "Астана қаласының әкімдігі",
            "Қаржы министрлігінің Мемлекеттік кірістер комитеті",
            "«Қазақтелеком» АҚ",
        ],
        "headers": [
            "Жеке мәліметтер",
            "Өзім туралы",
            "Еңбек тәжірибесі",
            "Білімі",
            "Дағдылар",
            "Тілдерді білу",
            "Сертификаттар",
            "Біліктілікті арттыру",
        ],
        "duty": "{s} бойынша жұмысқа жауап бердім, басшылыққа талдамалық есептер дайындадым, "
        "электрондық құжат айналымын жүргіздім, {t} арқылы процестерді автоматтандырдым.",
        "degree": "Бакалавр, «Ақпараттық жүйелер» мамандығы, Л.Н. Гумилев атындағы Еуразия "
        "ұлттық университеті, {y} ж.",
        "langs": "Қазақ тілі — ана тілі; орыс тілі — еркін; ағылшын тілі — B2",
        "about": "Мемлекеттік секторда жұмыс тәжірибесі бар, цифрлық трансформацияға және "
        "қызмет сапасына бағытталған жауапты әрі бастамашыл маман.",
        "now": "қазіргі уақытқа дейін",
    },
    "en": {
        "names": ["Aigerim Saparova", "Yerlan Zhumabekov", "Irina Kovaleva", "Daniyar Akhmetov"],
        "posts": ["Chief Specialist", "Leading Specialist", "Data Analyst", "Head of Unit"],
        "bodies": [
            "Ministry of Digital Development, Innovation and Aerospace Industry",
            "Akimat of Astana",
            "State Revenue Committee of the Ministry of Finance",
            "Kazakhtelecom JSC",
        ],
        "headers": [
            "Personal information",
            "Summary",
            "Work experience",
            "Education",
            "Skills",
            "Languages",
            "Certifications",
            "Trainings",
        ],
        "duty": "Responsible for {s} and analytical reports for the management, ran the "
        "electronic document workflow and automated processes with {t}.",
        "degree": "Bachelor of Information Systems, L.N. Gumilyov Eurasian National "
        "University, {y}",
        "langs": "Kazakh - fluent; Russian - native; English - C1",
        "about": "Responsible, proactive specialist with public-sector experience, focused on "
        "digital transformation and the quality of public services.",
        "now": "present",
    },
}


def cv_text(lang: str, rng: random.Random) -> str:
    """One CV of about two pages in ``lang`` ("kk", "ru" or "en")."""
    v = _VOCAB[lang]
    h = v["headers"]
    phone = f"+7 701 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    lines = [
        rng.choice(v["names"]),
        "",
        h[0],
        f"Email: user{rng.randint(1, 999)}@mail.kz",
        f"Tel: {phone}",
        "",
        h[1],
        v["about"],
        "",
        h[2],
    ]
    year = 2024
    for _ in range(6):
        start = year - rng.randint(1, 3)
        end = v["now"] if year == 2024 else f"{rng.randint(1, 12):02d}.{year}"
        lines.append(f"{rng.randint(1, 12):02d}.{start} – {end}")
        lines.append(f"{rng.choice(v['posts'])}, {rng.choice(v['bodies'])}")
        for _ in range(3):
            picked = rng.sample(SKILLS, 2)
            lines.append("• " + v["duty"].format(s=picked[0], t=picked[1]))
        lines.append("")
        year = start
    lines += [h[3], v["degree"].format(y=year - 1), "", h[4], ", ".join(rng.sample(SKILLS, 12))]
    lines += ["", h[5], v["langs"], "", h[6]]
    lines += [f"{name} ({rng.randint(2018, 2024)})" for name in ("CCNA", "ITIL Foundation")]
    lines += ["", h[7]]
    lines += [f"{rng.choice(SKILLS)}, {rng.randint(2019, 2024)}" for _ in range(4)]
    return "\n".join(lines) + "\n"


def to_pdf(text: str) -> bytes:
    """Draw ``text`` on A4 pages with the DejaVu font."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    for line in text.splitlines():
        pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


_DOCX_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
}
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def to_docx(text: str) -> bytes:
    """A real DOCX (zip of WordprocessingML parts) with one paragraph per line."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        for line in text.splitlines()
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, part in {**_DOCX_PARTS, "word/document.xml": document}.items():
            archive.writestr(name, part)
    return buffer.getvalue()


def corpus(n: int, seed: int = 5) -> dict[str, list[bytes]]:
    """``n`` files of each kind, languages in turn kk, ru, en; every file has its own text.

    Distinct texts per kind keep the tokenizer caches from favouring the kinds timed last.
    """
    rng = random.Random(seed)
    render = {"pdf": to_pdf, "docx": to_docx, "txt": lambda text: text.encode("utf-8")}
    return {
        kind: [render[kind](cv_text(("kk", "ru", "en")[i % 3], rng)) for i in range(n)]
        for kind in KINDS
    }
