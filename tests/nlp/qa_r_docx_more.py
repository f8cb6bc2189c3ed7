"""QA pass R, files 5-8: inline marks, a two-column section, notes and a reviewer's comment,
lists inside table cells (see ``qa_r_docx``). People, phones and e-mails are invented."""

from tests.nlp.docx_xml import NAMESPACES, NUMBERING, docx, item, p, r, tbl, tc, tr

NBSP = "\u00a0"


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


def r08_ru_lists_in_cells() -> bytes:
    """A "Личный листок" label | value table whose value cells hold numbered lists (two
    diplomas, two jobs) and a bulleted list of languages."""
    sheet = tbl(
        tr("Фамилия, имя, отчество", "Омаров Тимур Бекович"),
        tr("Телефон", "+7 701 640 28 15"),
        tr(
            "Образование",
            tc(
                item("2005–2009 — Карагандинский университет им. Е.А. Букетова, бакалавр", 3),
                item("2009–2011 — Университет «Туран», магистр экономики", 3),
            ),
        ),
        tr(
            "Трудовая деятельность",
            tc(
                item(
                    "11.2016 – по настоящее время — Главный специалист, Управление экономики и "
                    "бюджетного планирования Карагандинской области",
                    2,
                ),
                item("09.2011 – 10.2016 — Экономист, ТОО «Караганда Энергоцентр»", 2),
            ),
        ),
        tr(
            "Владение языками",
            tc(
                item("казахский — свободно", 1),
                item("русский — родной", 1),
                item("английский — A2", 1),
            ),
        ),
        columns=2,
    )
    return docx(p("ЛИЧНЫЙ ЛИСТОК") + sheet, {"numbering": NUMBERING})
