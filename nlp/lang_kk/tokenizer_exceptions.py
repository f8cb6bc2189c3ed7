"""Kazakh abbreviations that keep their period: "ж." (year), "т.б." (etc.), "қ." (city)..."""

from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
from spacy.symbols import NORM, ORTH
from spacy.util import update_exc

_exc = {}

_dotted = [
    ("ж.", "жыл"),
    ("жж.", "жылдар"),
    ("ғ.", "ғасыр"),
    ("ғғ.", "ғасырлар"),
    ("т.б.", "тағы басқа"),
    ("т.с.с.", "тағы сол сияқты"),
    ("б.з.б.", "біздің заманымызға дейін"),
    ("б.з.", "біздің заманымыз"),
    ("қ.", "қаласы"),
    ("обл.", "облысы"),
    ("ауд.", "ауданы"),
    ("көш.", "көшесі"),
    ("ш.а.", "шағын аудан"),
    ("мыс.", "мысалы"),
    ("тел.", "телефон"),
    ("қаң.", "қаңтар"),
    ("ақп.", "ақпан"),
    ("нау.", "наурыз"),
    ("сәу.", "сәуір"),
    ("мам.", "мамыр"),
    ("мау.", "маусым"),
    ("шіл.", "шілде"),
    ("там.", "тамыз"),
    ("қыр.", "қыркүйек"),
    ("қаз.", "қазан"),
    ("қар.", "қараша"),
    ("жел.", "желтоқсан"),
    ("млн.", "миллион"),
    ("млрд.", "миллиард"),
]

for orth, norm in _dotted:
    for form in {orth, orth.capitalize()}:
        _exc[form] = [{ORTH: form, NORM: norm}]

for orth, norm in [
    ("к-сі", "көшесі"),
    ("т-ы", "тұрғыны"),
    ("млн", "миллион"),
    ("млрд", "миллиард"),
]:
    _exc[orth] = [{ORTH: orth, NORM: norm}]

TOKENIZER_EXCEPTIONS = update_exc(BASE_EXCEPTIONS, _exc)
