"""QA pass R: seven CVs as the DOCX structures Word, LibreOffice and HR templates really write
(merged cells, nested tables, automatic lists, content controls, inline marks, a two-column
section, notes and a reviewer's comment), built from raw WordprocessingML by ``docx_xml``.
People, phones, e-mails and IINs are invented."""

from tests.nlp.docx_xml import NAMESPACES, NUMBERING, docx, item, p, r, sdt, tbl, tc, tr

NBSP = "\u00a0"
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


def _sym(code: str, font: str = "Symbol") -> str:
    """Return a run holding one character inserted from a symbol font."""
    return f'<w:r><w:sym w:font="{font}" w:char="{code}"/></w:r>'


def r05_ru_inline_marks() -> bytes:
    """Hyperlinks, a smart tag, a mail-merge field, soft and no-break hyphens, tabs around a
    dash between dates, a post broken by Shift+Enter, Symbol-font bullets and non-breaking
    spaces."""
    nbh = "<w:r><w:noBreakHyphen/></w:r>"
    link = (
        '<w:hyperlink r:id="rIdMail" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
        "</w:rPr><w:t>n.kenzhebaev@mail.kz</w:t></w:r></w:hyperlink>"
    )
    anchor = '<w:hyperlink w:anchor="exp"><w:r><w:t>опыт работы</w:t></w:r></w:hyperlink>'
    city = (
        '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="City">'
        f"{r('Нур')}{nbh}{r('Султан')}</w:smartTag>"
    )
    merged = (
        '<w:fldSimple w:instr=" MERGEFIELD Должность "><w:r><w:t>Главный специалист</w:t></w:r>'
        "</w:fldSimple>"
    )
    soft = (
        "<w:r><w:t>Государ</w:t><w:softHyphen/><w:t>ственное учреждение «Аппарат акима города "
        "Нур</w:t><w:noBreakHyphen/><w:t>Султан»</w:t></w:r>"
    )
    title = "<w:r><w:t>Ведущий специалист</w:t><w:br/><w:t>отдела кадровой работы</w:t></w:r>"
    body = (
        p("Кенжебаев Нурлан Асқарұлы")
        + p("E-mail: ", link, "; см. ", anchor)
        + p("Город: ", city)
        + p("Опыт работы")
        + p("01.06.2019\t–\tпо настоящее время")
        + p(merged, " отдела государственных закупок")
        + p(soft)
        + p("01.09.2015\t–\t31.05.2019")
        + p(title)
        + p("ТОО «Астана Газ Сервис»")
        + p("Образование")
        + p(
            f"2011{NBSP}–{NBSP}2015 Казахский агротехнический университет им.{NBSP}С.{NBSP}"
            "Сейфуллина, бакалавр, «Государственное и местное управление»"
        )
        + p("Навыки")
        + p(_sym("F0B7"), "\tЕСЭДО")
        + p(_sym("F0B7"), "\tПортал государственных закупок")
        + p(_sym("F0A7", "Wingdings"), "\tMS Excel")
        + p(f"Языки: казахский{NBSP}— родной, русский{NBSP}— свободно, английский{NBSP}— A2")
    )
    return docx(body)


def r06_kk_two_column_section() -> bytes:
    """A one-column heading section, then a two-column section (jobs in the left column, a
    column break, education and languages in the right), then a one-column closing section."""
    continuous = '<w:type w:val="continuous"/>'
    body = (
        p("Сапарова Жанар Төлеуқызы")
        + p(
            "Тел.: +7 778 402 19 85",
            props=f'<w:sectPr>{continuous}<w:cols w:space="708"/></w:sectPr>',
        )
        + p("Жұмыс тәжірибесі")
        + p("2019 ж. наурыз – қазіргі уақыт")
        + p("Бас маман, Алматы облысы әкімдігінің білім басқармасы")
        + p("2014 ж. қыркүйек – 2019 ж. ақпан")
        + p("Бухгалтер, «Самұрық-Энерго» АҚ")
        + p('<w:r><w:br w:type="column"/></w:r>', "Білімі")
        + p("2010–2014 Абай атындағы ҚазҰПУ, бакалавр, «Есеп және аудит»")
        + p("Тілдер")
        + p("Қазақ тілі — ана тілі")
        + p("Орыс тілі — еркін")
        + p(
            "Ағылшын тілі — A2",
            props=f'<w:sectPr>{continuous}<w:cols w:num="2" w:space="708"/></w:sectPr>',
        )
        + p("<w:r><w:lastRenderedPageBreak/><w:t>Дағдылары: 1С:Бухгалтерия, ЭҚАБЖ</w:t></w:r>")
    )
    return docx(body, section='<w:cols w:space="708"/>')


def _note(kind: str, number: int, text: str) -> str:
    """Return a footnote or endnote."""
    return (
        f'<w:{kind} w:id="{number}"><w:p><w:r><w:{kind}Ref/></w:r>{r(" " + text)}</w:p></w:{kind}>'
    )


def r07_ru_notes_and_comments() -> bytes:
    """A footnote and an endnote written by the candidate, a reviewer's comment on the dates,
    and a glossary of template building blocks: the notes are the candidate's text, the
    comment and the glossary are not."""
    separators = "".join(
        f'<w:{{k}} w:type="{kind}" w:id="{number}"><w:p><w:r><w:{kind}/></w:r></w:p></w:{{k}}>'
        for number, kind in ((-1, "separator"), (0, "continuationSeparator"))
    )

    def notes(kind: str, text: str) -> str:
        return (
            f"<w:{kind}s {NAMESPACES}>{separators.format(k=kind)}{_note(kind, 1, text)}</w:{kind}s>"
        )

    comment = (
        f'<w:comments {NAMESPACES}><w:comment w:id="0" w:author="Ержанова А." w:initials="ЕА">'
        "<w:p><w:r><w:annotationRef/></w:r>"
        + r("Проверить даты: стаж завышен, с 2010 по 2012 работал в ТОО «Рога и копыта», не брать")
        + "</w:p></w:comment></w:comments>"
    )
    glossary = (
        f"<w:glossaryDocument {NAMESPACES}><w:docParts><w:docPart><w:docPartBody>"
        + p("Введите должность и наименование государственного органа")
        + "</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>"
    )
    body = (
        p("Тулегенов Арман Болатович")
        + p("Тел.: +7 747 305 66 12")
        + p("Опыт работы")
        + p(
            '<w:commentRangeStart w:id="0"/>',
            "01.2013 – по настоящее время",
            '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
        )
        + p(
            "Главный специалист, Аппарат маслихата Костанайской области",
            '<w:r><w:footnoteReference w:id="1"/></w:r>',
        )
        + p("09.2010 – 12.2012")
        + p("Инженер, ТОО «КостанайСтройПроект»", '<w:r><w:endnoteReference w:id="1"/></w:r>')
        + p("Образование")
        + p(
            "2006–2010 Костанайский государственный университет им. А. Байтурсынова, "
            "бакалавр, «Строительство»"
        )
        + p("Языки: казахский — свободно, русский — родной")
    )
    return docx(
        body,
        {
            "footnotes": notes(
                "footnote", "Стаж государственной службы подтверждён послужным списком."
            ),
            "endnotes": notes("endnote", "Проектирование объектов социальной сферы."),
            "comments": comment,
            "glossaryDocument": glossary,
        },
    )


FILES = {
    "r01_ru_merged_cells.docx": r01_ru_merged_cells,
    "r02_kk_nested_tables.docx": r02_kk_nested_tables,
    "r03_ru_numbered_lists.docx": r03_ru_numbered_lists,
    "r04_ru_content_controls.docx": r04_ru_content_controls,
    "r05_ru_inline_marks.docx": r05_ru_inline_marks,
    "r06_kk_two_column_section.docx": r06_kk_two_column_section,
    "r07_ru_notes_and_comments.docx": r07_ru_notes_and_comments,
}
