"""A job's post and its employer named on one line, in either order.

The two stand apart by a comma, a dash or a table row's cell border, or where an organisation's
name starts; the title is the part whose position word comes before any organisation name, or
last, as in Kazakh ("Қаржы министрлігі, қаржы бөлімінің бас маманы"). A name after a title's
last comma is its employer even without an organisation word ("Consultant, Advisory, KPMG
Kazakhstan", "Главный специалист, Минфин"). The head of a body named with it, with no employer
apart ("Председатель Комитета по статистике Министерства …", "Аким … района"), holds a post of
that body: the whole line is the post, unless a company's legal form names the employer
("Председатель правления АО «Казпочта»").

The official Kazakh wording names the body in the genitive before the post it holds ("Қаржы
министрлігінің бас маманы", as e-Qyzmet prints it). The whole wording stays the title, as the
form gives it and with any unit between the two ("…министрлігінің бюджет департаментінің бас
маманы"), and the body in the nominative is the employer ("Қаржы министрлігі"), so that it
reaches the civil-service check.
"""

import re

from nlp.components.organization_words import LEGAL_FORMS
from nlp.components.organizations import is_unit, organization_start
from nlp.components.patterns import lazy
from nlp.components.title_words import looks_like_title

_SEPARATOR = lazy(r",\s|\s[–—-]\s")
_DASH = lazy(r"\s[–—-]\s")
# A second role after a dash ("Marketing Specialist – Hardware Programs Lead"), not an employer.
_LEAD = lazy(r"\b(?:lead|leader|owner|founder)\b", re.IGNORECASE)
_UNIT_WORDS = 4  # the most words of a part of a post named before a dash and its employer
_TITLE_REACH = 300  # characters: the longest post a line may name before its employer
_CELL = lazy(r"\s*[|\t]\s*")
# A head of a body named with the body it heads, in the nominative, with no employer apart
# ("Председатель Комитета по статистике Министерства …", "Аким Бухар-Жырауского района"):
# the whole line is the post, and the body in it is the post's.
_HEAD_OF_BODY = lazy(r"(?:председатель|аким|вице-министр|министр)\s", re.IGNORECASE)
_DANGLING = lazy(r"\s+(?:at|в|во|@|в компании)$", re.IGNORECASE)
_STRIP = " \t,;:|–—-•*·▪●"
# The genitive ending of a body's name before its post: "-ның/-нің" after the possessive
# vowel ("министрлігінің", "мәслихатының"), "-дың/-тың" after a consonant ("Парламенттің").
_GENITIVE = lazy(
    r"(?:(?<=[аәеиоөұүыіуюя])(?:ның|нің)|(?<=[^\W\d_])(?:дың|дің|тың|тің)"
    r"|(?<=[aäáeiıoöóuüúūyý])n[yı](?:ñ|ń|ng)|(?<=[^\W\d_])[dt][yı](?:ñ|ń|ng))(?=\s)",
    re.IGNORECASE,
)
# How a post is held, in brackets after it ("Senior Lecturer (part-time) — Astana IT
# University"): part of the title, never where the employer begins.
_MODE_NOTE = lazy(
    r"[ \t]*\((?:part[- ]time|full[- ]time|remote|contract|freelance|по[ \t]+совместительству"
    r"|внештатн\w*|удал[её]нн\w*|жарты\s+ставка\w*|пол\s*ставки|\d[,.]\d+\s+ставк\w*|неполн\w*"
    r"|толық\s+емес)[^()\n]*\)",
    re.IGNORECASE,
)
# A full stop that ends a title or an employer as a sentence ("юрист.", "(по совместительству).",
# "РГУ «Департамент юстиции …»."), not one that ends an abbreviation ("г.", "им.", "Ltd.").
_FULL_STOP = lazy(r"(?:(?<=[^\W\d_]{4})|(?<=[)»]))\.$")
# A sentence of duties after a quoted employer, on its line when a table cell's paragraphs
# are read as one ("ГУ «Управление финансов …» Подготовка бюджетных заявок."): two words or
# more from a capital to a full stop, after the name's closing quote and any legal form.
_DUTIES = lazy(r"[ \t]+[^\W\d_][^«»()\n]*?[^\W\d_]{4}\.[ \t]*$")
# The same in a justified paragraph: the employer's full stop, then the first word of the
# duties' sentence, which goes on to lines of its own ("… маслихата». Подготовка").
_SENTENCE_OPENS = lazy(r"\.[ \t]+[^\W\d_]")


def without_duties(text: str) -> str:
    """A title without the duties listed after its colon in lower case ("Аналитик-социолог:
    обработка анкет в SPSS, …"); a unit or an employer there stays ("Эксперт: отдел кадров")."""
    head, colon, tail = text.partition(": ")
    tail = tail.lstrip()
    duties = colon and tail[:1].islower() and organization_start(tail) is None
    return head if duties and reads_as_title(head) else text


def clean(text: str) -> str | None:
    """A title or organisation without list marks and separators; None when nothing is left."""
    text = text.strip(_STRIP)
    if text.endswith((".", ".\n")):  # where a full stop can end it: its pattern is slow to scan
        text = _FULL_STOP.sub("", text)
    text = _DANGLING.sub("", text).strip(_STRIP)
    if text.endswith("(") or (text.endswith(")") and "(" not in text):
        text = text[:-1].strip(_STRIP)
    if text.startswith("(") and ")" not in text:
        text = text[1:].strip(_STRIP)
    return text if len(text) > 1 else None


def reads_as_title(text: str) -> bool:
    """True when ``text`` names a position rather than an employer: its title word comes before
    any organisation name ("Главный специалист отдела кадров"), or last, as in Kazakh ("қаржы
    бөлімінің бас маманы")."""
    if not looks_like_title(text):
        return False
    return organization_start(text) != 0 or looks_like_title(text.split()[-1])


def _split_cells(cells: list[str]) -> tuple[str | None, str | None]:
    """(title, organisation) of a table row's cells: one cell holding both ("Должность с
    указанием организации") when no other cell names an employer (a place is in the next
    one, "г. Павлодар"), else the cell that names a position and a cell that names an
    employer: beside "Ministry of Foreign Affairs" the unit after the post's comma ("Chief
    Expert, International Cooperation Department") is part of the post.

    A table may give the unit a column of its own (dates | department | post | workplace):
    the employer is then the cell naming more than a unit ("Отдел бюджета" beside "ГУ
    «Управление финансов …»"), and the post the title nearest before it ("бухгалтер" after
    "Бухгалтерия")."""
    employers = [organization_start(cell) is not None for cell in cells]
    named = sum(employers)
    for cell, employer in zip(cells, employers, strict=True):
        both = (None, None) if named - employer else split_line(cell)
        if all(both):
            return both
    titles = [at for at, cell in enumerate(cells) if reads_as_title(cell)]
    title = titles[0] if titles else 0
    orgs = [at for at, employer in enumerate(employers) if employer and at != title]
    org = next((at for at in orgs if at not in titles and not is_unit(cells[at])), None)
    if org is not None:
        title = max((at for at in titles if at < org), default=title)
    else:
        org = orgs[0] if orgs else 1 if title == 0 else 0
    return (clean(cells[title]), clean(cells[org]))


def split_line(line: str) -> tuple[str | None, str | None]:
    """Split one line into (title, organisation), in either order, or a table row's cells."""
    note = _MODE_NOTE.search(line)
    if note and note.start() > 0:
        title, org = split_line(line[: note.start()] + line[note.end() :])
        if title is not None and org is not None:
            return clean(f"{title} {note.group().strip()}"), org
    cells = [cell for cell in _CELL.split(line) if clean(cell)]
    if len(cells) > 1:
        return _split_cells(cells)
    kept = _without_duties(line)
    if _post_after_employer(kept, line[len(kept) :]):
        return clean(line[len(kept) :]), clean(kept)
    line = kept.strip(_STRIP)
    if _HEAD_OF_BODY.match(line) and not _SEPARATOR.search(line):
        form = LEGAL_FORMS.search(line)  # a company's chairman: "… правления АО «Казпочта»"
        at = form.start() if form else len(line)
        return clean(line[:at]), clean(line[at:])
    start = organization_start(line)
    if start is None:
        return _name_after_title(line)
    if start == 0 or not looks_like_title(line[:start]):
        found = {sep.start(): sep for sep in _SEPARATOR.finditer(line)}
        seps = [found[at] for at in _outside_brackets(line, list(found))]
        if seps:
            head, tail = line[: seps[-1].start()], line[seps[-1].end() :]
            if reads_as_title(tail):
                return (clean(tail), clean(head))
        for sep in seps if start == 0 else ():  # a quoted unit first: "«IT» бөлімінің бас маманы"
            if sep.start() > _TITLE_REACH:  # no post is longer: a hostile line is not read on
                break
            head, tail = line[: sep.start()], line[sep.end() :]
            if reads_as_title(head) and organization_start(tail) is not None:
                return (clean(head), clean(tail))
    if start == 0:
        return _genitive_body(line) or (None, clean(line))
    return _unit_before_dash(line[:start], line[start:])


def _post_after_employer(employer: str, rest: str) -> bool:
    """Whether what _without_duties cut off an employer that opens the line is its post, with
    a full stop like a sentence: "ТОО «Kaspi Bank» Главный специалист отдела продаж."."""
    post = rest.strip(_STRIP)
    opens = organization_start(employer.strip(_STRIP)) == 0
    return bool(post) and opens and not rest.lstrip().startswith(".") and reads_as_title(post)


def _without_duties(line: str) -> str:
    """The line without a sentence of duties after its quoted employer (see _DUTIES and
    _SENTENCE_OPENS); an employer's place after the name ("ГУ «Аппарат акима» Карагандинской
    области") has no full stop and stays."""
    quote = line.rfind("»")
    if quote < 0:
        return line
    after = quote + 1
    form = LEGAL_FORMS.match(line, after + len(line[after:]) - len(line[after:].lstrip()))
    after = form.end() if form else after
    opening = _SENTENCE_OPENS.match(line, after)
    if opening and opening.group()[-1].isupper():
        return line[:after]  # a paragraph's next sentence, its line cut by the page's width
    if not line.rstrip().endswith("."):
        return line
    duties = _DUTIES.match(line, after)
    sentence = duties and len(duties.group().split()) > 1 and duties.group().lstrip()[0].isupper()
    return line[:after] if sentence else line


def _outside_brackets(line: str, positions: list[int]) -> list[int]:
    """The ``positions`` (ascending) of ``line`` that lie outside brackets ("бариста (жарты
    ставка, …)": its comma is the note's), in one pass over the line."""
    kept, depth, at = [], 0, 0
    for position in positions:
        chunk = line[at:position]
        depth = max(0, depth + chunk.count("(") - chunk.count(")"))
        at = position
        if depth == 0:
            kept.append(position)
    return kept


def _unit_before_dash(title: str, org: str) -> tuple[str | None, str | None]:
    """(title, employer), with a part of the post before a dash in the employer moved to the
    title: "Team Lead, " + "Backend — EPAM Kazakhstan LLP" is the post "Team Lead, Backend"."""
    dash = _DASH.search(org)
    part = org[: dash.start()] if dash else ""
    if dash and len(part.split()) <= _UNIT_WORDS and organization_start(part) is None:
        if organization_start(org[dash.end() :]) is not None:
            return clean(title + part), clean(org[dash.end() :])
    return (clean(title), clean(org))


def _genitive_body(line: str) -> tuple[str | None, str | None] | None:
    """(title, employer) of the official Kazakh wording "Қаржы министрлігінің бас маманы":
    the whole wording and the body it names first, in the nominative; the wording alone when
    it names only a unit ("қаржы бөлімінің бас маманы"); None for another line."""
    titled = None
    for match in _GENITIVE.finditer(line):
        body, post = line[: match.start()], line[match.end() :]
        if looks_like_title(body) or not looks_like_title(post):
            break
        if organization_start(body) == 0 and not is_unit(body):
            return (clean(line), clean(body))
        titled = titled or (clean(line), None)
    return titled


def _name_after_title(line: str) -> tuple[str | None, str | None]:
    """(title, employer) of a title followed by a name after its last comma, with no
    organisation word ("Consultant, Advisory, KPMG Kazakhstan") or after a dash ("Director of
    Analytics — Astana Hub, Astana"); the line alone as the title when it does not read so."""
    dash = _DASH.search(line)
    if dash and reads_as_title(line[: dash.start()]):
        tail = line[dash.end() :]
        if not looks_like_title(tail) and not _LEAD.search(tail):
            return (clean(line[: dash.start()]), clean(tail))
    commas = _outside_brackets(line, [match.start() for match in re.finditer(", ", line)])
    head, tail = (line[: commas[-1]], line[commas[-1] + 2 :]) if commas else ("", line)
    tail = tail.strip(_STRIP)
    named = tail[:1].isupper() and len(tail.split()) <= 4 and not looks_like_title(tail)
    if head and named and reads_as_title(head):
        return (clean(head), clean(tail))
    if head.startswith("«") and reads_as_title(tail) and not looks_like_title(head):
        return (clean(tail), clean(head))  # a quoted name first: "«Жасыл Ел» …, жұмысшы"
    return (clean(without_duties(line)), None)
