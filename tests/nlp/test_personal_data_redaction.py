"""Name-blind redaction of whole CVs (QA pass D): a name hidden in every chunk, script and
spelling; IIN, birth date, phone, address, messenger, ID document, age, marital status and
nationality forms; and the employers, schools and headings that must stay readable."""

import pytest

from nlp.profile import read_cv
from tests.nlp.test_personal_data import _found


def _shown(text: str, lang: str = "auto") -> str:
    """The text as a name-blind reader sees it: every personal-data span replaced by "█"."""
    chars = list(text)
    for span in read_cv(text, lang).personal_data:
        chars[span.start : span.end] = "█" * (span.end - span.start)
    return "".join(chars)


def test_a_mixed_cv_hides_the_name_in_the_kazakh_signature_after_a_russian_top():
    text = (
        "Жаксылыкова Мадина Ерлановна\nТелефон: +7 701 555 12 34\n\nОПЫТ РАБОТЫ\n"
        "2019 – н.в. Министерство финансов РК, главный эксперт\n\nБІЛІМІ\n"
        "2006–2010 Л.Н. Гумилев атындағы Еуразия ұлттық университеті, бакалавр\n\n"
        "Құрметпен, Мадина Жаксылыкова"
    )
    shown = _shown(text)
    assert "Мадина" not in shown and "Жаксылыкова" not in shown
    assert "Министерство финансов РК" in shown


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "ZHAKSYLYKOVA Madina\nExperience\n2019 – present Chief Expert\n"
            "С уважением, Мадина Жаксылыкова",
            "en",
        ),
        (
            "Жақсылықова Мадина\nТәжірибе\n2019 – қазір бас сарапшы\nҚұрметпен, Мадина Жаксылыкова",
            "kk",
        ),
        (
            "Жаксылыкова Мадина\nОпыт работы\n2019 – н.в. эксперт\nSincerely, Madina Zhaksylykova",
            "ru",
        ),
        ("Серікбаев Арман\nОпыт работы\n2019 – н.в. эксперт\nС уважением, Serikbayev Arman", "ru"),
    ],
)
def test_the_name_is_hidden_in_its_other_script_and_spelling(text, lang):
    signature = text.rsplit("\n", 1)[1]
    assert _shown(text, lang).rsplit("\n", 1)[1].split(",")[1].strip("█ ") == ""
    assert signature.split(",")[0] in _shown(text, lang)


@pytest.mark.parametrize(
    "sentence",
    [
        "Меня зовут Мадина Жаксылыкова, мне 36 лет.",
        "Менің атым Мадина Жақсылықова.",
        "My name is Madina Zhaksylykova.",
        "My name\tis Madina Zhaksylykova.",  # a tab pasted from a form (was left shown)
    ],
)
def test_a_name_introduced_in_running_text(sentence):
    text = f"Главный специалист\nОпыт работы\n2019 – н.в. Акимат г. Астана\n{sentence}"
    assert "Мадина" not in _shown(text) and "Madina" not in _shown(text)


@pytest.mark.parametrize(
    ("line", "iin"),
    [
        ("ID number (IIN): 880412 400 123", "880412 400 123"),
        ("ИИН (ЖСН): 880412 400 127", "880412 400 127"),
        ("Индивидуальный идентификационный номер: 880412 400 123", "880412 400 123"),
        ("Жеке сәйкестендіру нөмірі: 880412 400 123", "880412 400 123"),
        ("Удостоверение № 045678912, 880412 400 127", "880412 400 127"),
        ("Документы: 880412400123", "880412400123"),
    ],
)
def test_iin_forms(line, iin):
    assert ("iin", iin) in _found(line)


def test_spaced_digits_that_cannot_start_an_iin_are_no_iin():
    assert "iin" not in {kind for kind, _ in _found("Бюджет: 123456 789 012 тенге")}


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("12.04.1988 г.р.", "birth_date", "12.04.1988"),
        ("1988 г.р.", "birth_date", "1988"),
        ("12.04.1988 ж.т.", "birth_date", "12.04.1988"),
        ("Тел.: 7 701 555 12 34", "phone", "7 701 555 12 34"),
        ("Тел.: 701 555 12 34", "phone", "701 555 12 34"),
        ("Тел.: (747) 555-12-34", "phone", "(747) 555-12-34"),
        ("WhatsApp: wa.me/77015551234", "link", "wa.me/77015551234"),
        ("Astana, Kabanbay Batyr Ave 53", "address", "Astana, Kabanbay Batyr Ave 53"),
        ("Almaty, Abay St 10 | +7 701 555 12 34", "address", "Almaty, Abay St 10"),
        ("Адрес\tг. Астана, Мангилик Ел 55/20", "address", "г. Астана, Мангилик Ел 55/20"),
        ("Мекенжайы\tАлматы қ., Абай даңғылы 10", "address", "Алматы қ., Абай даңғылы 10"),
        ("Telegram: @madina_zh", "link", "@madina_zh"),
        ("Skype: madina.zh88", "link", "madina.zh88"),
        ("Удостоверение личности № 041234567", "id_document", "041234567"),
        ("Жеке куәлік № 045678912", "id_document", "045678912"),
        ("Паспорт N12345678", "id_document", "N12345678"),
        ("Возраст 36 лет", "birth_date", "36 лет"),
        ("Age 36", "birth_date", "36"),
        ("36 жаста", "birth_date", "36 жаста"),
        ("Семейное положение: замужем", "marital_status", "замужем"),
        ("Отбасылық жағдайы: тұрмыста", "marital_status", "тұрмыста"),
        ("Отбасы жағдайы: үйленген", "marital_status", "үйленген"),
        ("Marital status: married", "marital_status", "married"),
        ("Семейное положение\tженат", "marital_status", "женат"),
        ("Национальность: казашка", "nationality", "казашка"),
        ("Ұлты: қазақ", "nationality", "қазақ"),
        ("Nationality: Kazakh", "nationality", "Kazakh"),
    ],
)
def test_personal_data_forms(line, kind, value):
    assert (kind, value) in _found(line)


@pytest.mark.parametrize("word", ["замужем", "женат", "тұрмыста", "үйленген"])
def test_a_bare_marital_word_in_the_personal_block(word):
    text = f"Жаксылыкова Мадина\nПол: женский, {word}\nОпыт работы\n2019 – н.в. эксперт\n"
    assert word not in _shown(text)


def test_family_status_among_other_facts_is_hidden():
    # QA pass H: "Қосымша мәлімет" (additional facts) below the awards, no heading of its own.
    text = (
        "Жаксылыкова Мадина\nЕңбек жолы:\n2019 – қазіргі уақытқа дейін сарапшы\n"
        "Марапаттары:\nАлғыс хат (2015 ж.)\nҚосымша мәлімет:\nОтбасылы, екі баласы бар.\n"
    )
    shown = _shown(text)
    assert "Отбасылы" not in shown
    assert "екі баласы бар" not in shown


def test_family_reasons_for_a_gap_are_no_marital_row():
    text = (
        "Жаксылыкова Мадина\nЕңбек жолы:\n2016 ж. маусым – 2017 ж. тамыз\n"
        "Жұмыс істемеген (отбасылық жағдайларға байланысты)\n"
    )
    assert "байланысты" in _shown(text)


def test_a_marital_word_outside_the_personal_block_stays_readable():
    text = (
        "Жаксылыкова Мадина\nОпыт работы\n2019 – н.в. эксперт\n"
        "Навыки\nтұрмыста қолданылатын бағдарламалар\n"
    )
    assert "тұрмыста" in _shown(text)


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Тулегенов Арман\nОпыт работы\n2019 – н.в. директор\nС уважением, А.Б. Тулегенов", "А.Б."),
        ("Жаксылыкова Мадина\nОпыт работы\n2019 – н.в. эксперт\nПодпись: Жаксылыкова М.Е.", "М.Е."),
    ],
)
def test_initials_beside_a_found_surname(text, initials):
    assert initials not in _shown(text)


def test_a_relatives_row_is_hidden():
    text = (
        "Серікбаев Арман Нұрланұлы\nӘкесі: Нұрлан Серікбаев\nЖұмыс тәжірибесі\n2019 – қазір маман"
    )
    assert _shown(text).split("\n")[1].split(":")[1].strip("█ ") == ""


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("2019 – н.в. ТОО «Проспект Девелопмент», главный специалист", "ru"),
        ("2015 – 2019 Минфин РК, эксперт; запуск ИС во 2 кв. 2018 г.", "ru"),
        ("MS Word, MS Excel, 1С и пр. — опыт 10 лет", "ru"),
        ("2006 St. Petersburg State University, bachelor, 2010", "en"),
        ("2015 – 2019 Analyst, Wall Street Advisors LLP, 12 projects", "en"),
    ],
)
def test_a_street_word_without_a_house_number_is_no_address(line, lang):
    text = f"Жаксылыкова Мадина\nОпыт работы\n{line}\n"
    assert line in _shown(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (
            "ТРУДОВАЯ ДЕЯТЕЛЬНОСТЬ\n2019 – н.в. Трудовая инспекция г. Астана",
            "ru",
            "Трудовая инспекция",
        ),
        (
            "ЖҰМЫС ТӘЖІРИБЕСІ\n2019 – қазір «Қазпошта» АҚ\nҚоғамдық жұмыс: волонтер",
            "kk",
            "Қоғамдық жұмыс",
        ),
        ("ЗНАНИЕ ЯЗЫКОВ\nКазахский — родной\nЗнание 1С", "ru", "Знание 1С"),
    ],
)
def test_a_heading_is_no_name(text, lang, kept):
    assert kept in _shown(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (
            "Абай Серікұлы Жұмабеков\nБілімі\n2006–2010 Абай атындағы ҚазҰПУ",
            "kk",
            "Абай атындағы ҚазҰПУ",
        ),
        (
            "Абай Серікұлы Жұмабеков\nЖұмыс тәжірибесі\n2019 – қазір Абай облысы әкімдігі",
            "kk",
            "Абай облысы әкімдігі",
        ),
        (
            "Satbayev Arman\nEducation\n2006–2010 Satbayev University, bachelor",
            "en",
            "Satbayev University",
        ),
    ],
)
def test_a_name_word_inside_an_institution_name_stays_readable(text, lang, kept):
    assert kept in _shown(text, lang)
