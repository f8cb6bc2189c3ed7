"""QA pass R: eight CVs as the DOCX structures Word, LibreOffice and HR templates really write
(merged cells, nested tables, automatic lists, content controls here; inline marks, a
two-column section, notes and a reviewer's comment, lists inside cells in ``qa_r_docx_more``),
built from raw WordprocessingML by ``docx_xml``. People, phones, e-mails and IINs are
invented."""

from tests.nlp.docx_xml import NUMBERING, docx, item, p, r, sdt, tbl, tc, tr
from tests.nlp.qa_r_docx_more import (
    r05_ru_inline_marks,
    r06_kk_two_column_section,
    r07_ru_notes_and_comments,
    r08_ru_lists_in_cells,
)

# A post typed over two lines with Shift+Enter in a narrow cell.
BROKEN_TITLE = (
    "<w:r><w:t>Главный специалист</w:t><w:br/><w:t>отдела бюджетного планирования</w:t></w:r>"
)


def r01_ru_merged_cells() -> bytes:
    """Jobs table: a date and an employer cell merged over two posts, section rows spanning the
    table; an education table with a two-column header cell over "с" / "по"."""
    jobs = tbl(
        tr("Период работы", "Должность", "Организация"),
        tr(tc("Государственная служба", span=3)),
        tr(
            tc("01.09.2019 – по настоящее время", merge="restart"),
            tc(p(BROKEN_TITLE)),
            tc("ГУ «Управление финансов города Астаны»", merge="restart"),
        ),
        tr(
            tc(merge="continue"),
            "Руководитель отдела бюджетного планирования",
            tc(merge="continue"),
        ),
        tr(
            "01.02.2015 – 31.08.2019",
            "Ведущий специалист",
            "Департамент государственных доходов по городу Астане Комитета государственных "
            "доходов Министерства финансов Республики Казахстан",
        ),
        tr(tc("Квазигосударственный сектор", span=3)),
        tr("01.07.2012 – 31.01.2015", "Экономист", "АО «Казпочта»"),
    )
    education = tbl(
        tr(
            tc("Годы обучения", span=2),
            tc("Учебное заведение", merge="restart"),
            tc("Специальность", merge="restart"),
        ),
        tr("с", "по", tc(merge="continue"), tc(merge="continue")),
        tr(
            "2008",
            "2012",
            "Евразийский национальный университет им. Л.Н. Гумилева",
            "«Финансы», бакалавр",
        ),
        columns=4,
    )
    return docx(
        p("Сейткали Айдана Маратовна")
        + p("Тел.: +7 702 314 55 20, e-mail: a.seitkali@mail.kz")
        + p("Опыт работы")
        + jobs
        + p("Образование")
        + education
        + p("Языки: казахский — родной, русский — свободно, английский — B1")
    )


def r02_kk_nested_tables() -> bytes:
    """A Word CV template: an outer table of section label | content, jobs and education as
    tables nested in the content cells."""
    jobs = tbl(
        tr("Кезең", "Лауазымы", "Ұйым"),
        tr(
            "01.2021 – қазіргі уақыт",
            "Бас маман",
            "Қазақстан Республикасы Қаржы министрлігінің Мемлекеттік кірістер комитеті",
        ),
        tr("09.2017 – 12.2020", "Есепші", "«ҚазМұнайГаз» ҰК АҚ"),
        tr("08.2014 – 08.2017", "Математика пәнінің мұғалімі", "№12 мектеп-гимназиясы КММ"),
    )
    education = tbl(
        tr("2010–2014", "Л.Н. Гумилев атындағы Еуразия ұлттық университеті", "бакалавр"),
        tr("2014–2016", "Қазақ экономика, қаржы және халықаралық сауда университеті", "магистр"),
    )
    outer = tbl(
        tr(tc("Жұмыс тәжірибесі"), tc(jobs)),
        tr(tc("Білімі"), tc(education)),
        tr(tc("Тілдер"), tc("Қазақ тілі — ана тілі", "Орыс тілі — еркін", "Ағылшын тілі — B2")),
        columns=2,
    )
    return docx(
        p("Нұрланова Әсел Серікқызы")
        + p("Тел.: +7 705 118 42 67, e-mail: asel.nurlanova@mail.kz")
        + outer
    )


def r03_ru_numbered_lists() -> bytes:
    """Jobs as a numbered list with bulleted duties, education as a numbered list, languages
    as bullets, and a jobs table whose duties cell is a list of six bullets."""
    body = (
        p("Ахметова Дана Ерлановна")
        + p("Тел.: +7 701 552 10 33")
        + p("Опыт работы")
        + item(
            "03.2018 – по настоящее время — Главный эксперт, Департамент юридической службы "
            "Министерства юстиции Республики Казахстан",
            2,
        )
        + item("Подготовка заключений по проектам нормативных правовых актов", 1)
        + item("Ведение документооборота в ЕСЭДО", 1)
        + item("06.2013 – 02.2018 — Юрист, ТОО «KazLegal Partners»", 2)
        + item("Договорная работа", 1)
        + item("Представление интересов в судах", 1)
        + tbl(
            tr("Период", "Должность, организация", "Обязанности"),
            tr(
                "09.2011 – 05.2013",
                "Помощник юриста, ТОО «Алматы Консалт»",
                tc(
                    item("Подготовка исков", 1),
                    item("Ведение архива", 1),
                    item("Проверка договоров", 1),
                    item("Переписка с контрагентами", 1),
                    item("Регистрация входящих писем", 1),
                    item("Подготовка доверенностей", 1),
                ),
            ),
        )
        + p("Образование")
        + item("2007–2011 — КазНУ им. аль-Фараби, бакалавр юриспруденции", 3)
        + item("2013–2015 — Университет КАЗГЮУ, магистр права", 3)
        + p("Языки")
        + item("казахский — свободно", 1)
        + item("русский — родной", 1)
        + item("английский — B2", 1)
    )
    return docx(body, {"numbering": NUMBERING})


def r04_ru_content_controls() -> bytes:
    """An HR template filled through content controls: block controls around paragraphs and
    around table rows (a repeating section), inline controls inside paragraphs and cells, a
    drop-down for a language level and one row left unfilled (its placeholders showing)."""
    hint = "Щелкните или коснитесь здесь, чтобы ввести текст."
    placeholder = "<w:showingPlcHdr/>"
    date = '<w:date w:fullDate="1990-04-12T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/></w:date>'

    def job(dates: str, post: str, place: str) -> str:
        cells = tr(
            tc(p(sdt(r(dates), "Период"))),
            tc(p(sdt(r(post), "Должность"))),
            sdt(tc(place), "Организация"),
        )
        return sdt(cells, kind="<w15:repeatingSectionItem/>")

    unfilled = tr(
        *(tc(p(sdt(r(hint), name, placeholder))) for name in ("Период", "Должность", "Организация"))
    )
    rows = job(
        "10.2020 – по настоящее время",
        "Главный специалист",
        "Управление образования Павлодарской области",
    )
    rows += job(
        "08.2016 – 09.2020", "Учитель информатики", "КГУ «Средняя школа № 5 города Павлодара»"
    )
    rows += sdt(unfilled, kind="<w15:repeatingSectionItem/>")
    jobs = tbl(
        tr("Период", "Должность", "Организация"), sdt(rows, "Опыт", "<w15:repeatingSection/>")
    )
    level = '<w:dropDownList><w:listItem w:displayText="свободно" w:value="2"/></w:dropDownList>'
    body = (
        sdt(p("Ермекова Гульнар Бахытовна"), "ФИО")
        + p("Дата рождения: ", sdt(r("12.04.1990"), "Дата", date))
        + p("ИИН: ", sdt(r("900412450231"), "ИИН"))
        + p("Телефон: ", sdt(r(hint), "Телефон", placeholder))
        + sdt(
            p("Образование")
            + p(
                "2008–2012 Павлодарский государственный университет им. С. Торайгырова, "
                "бакалавр, «Информатика»"
            ),
            "Образование",
        )
        + p("Опыт работы")
        + jobs
        + p(
            "Языки: казахский — родной, русский — ",
            sdt(r("свободно"), "Уровень", level),
            ", английский — A2",
        )
    )
    return docx(body)


FILES = {
    "r01_ru_merged_cells.docx": r01_ru_merged_cells,
    "r02_kk_nested_tables.docx": r02_kk_nested_tables,
    "r03_ru_numbered_lists.docx": r03_ru_numbered_lists,
    "r04_ru_content_controls.docx": r04_ru_content_controls,
    "r05_ru_inline_marks.docx": r05_ru_inline_marks,
    "r06_kk_two_column_section.docx": r06_kk_two_column_section,
    "r07_ru_notes_and_comments.docx": r07_ru_notes_and_comments,
    "r08_ru_lists_in_cells.docx": r08_ru_lists_in_cells,
}
