"""Messages in Kazakh, Russian and English for every reason a CV file is not read.

Messages are fixed sentences: they never quote file content, so showing one to a candidate or
writing it to a log cannot leak what the file contained.
"""

from __future__ import annotations

from types import MappingProxyType

from nlp.types import Extraction, Reason

_MESSAGES: dict[str, dict[str, str]] = {
    "empty": {
        "kk": "Файл бос. Түйіндемеңізді мәтіні бар PDF, DOCX немесе TXT файлы ретінде жүктеңіз.",
        "ru": "Файл пуст. Загрузите резюме в виде PDF, DOCX или TXT с текстом.",
        "en": "The file is empty. Upload your CV as a PDF, DOCX or TXT file that contains text.",
    },
    "too_large": {
        "kk": "Файл тым үлкен. Ең үлкен көлемі — 5 МБ. Суреттерді кішірейтіп, қайта жүктеңіз.",
        "ru": "Файл слишком большой. Максимальный размер — 5 МБ. Уменьшите изображения и "
        "загрузите файл снова.",
        "en": "The file is too large. The maximum size is 5 MB. Reduce the images and upload "
        "it again.",
    },
    "too_long": {
        "kk": "Файлдағы мәтін тым ұзын. Түйіндемені қысқартып, қайта жүктеңіз.",
        "ru": "Текст в файле слишком длинный. Сократите резюме и загрузите его снова.",
        "en": "The text in the file is too long. Shorten the CV and upload it again.",
    },
    "unsupported_type": {
        "kk": "Бұл файл түрі қабылданбайды. Түйіндемені PDF, DOCX немесе TXT форматында жүктеңіз.",
        "ru": "Этот тип файла не принимается. Загрузите резюме в формате PDF, DOCX или TXT.",
        "en": "This type of file is not accepted. Upload your CV as a PDF, DOCX or TXT file.",
    },
    "opendocument": {
        "kk": "Бұл OpenDocument файлы (мысалы, LibreOffice бағдарламасынан). Оны DOCX немесе PDF "
        "форматында сақтап, қайта жүктеңіз.",
        "ru": "Это файл OpenDocument (например, из LibreOffice). Сохраните его в формате DOCX "
        "или PDF и загрузите снова.",
        "en": "This is an OpenDocument file (for example, from LibreOffice). Save it as DOCX or "
        "PDF and upload it again.",
    },
    "legacy_word": {
        "kk": "Бұл ескі Word форматындағы құжат (.doc). Оны DOCX немесе PDF форматында сақтап, "
        "қайта жүктеңіз.",
        "ru": "Это документ в старом формате Word (.doc). Сохраните его в формате DOCX или PDF "
        "и загрузите снова.",
        "en": "This is a document in the old Word format (.doc). Save it as DOCX or PDF and "
        "upload it again.",
    },
    "encrypted": {
        "kk": "Файл құпиясөзбен немесе шифрлаумен қорғалған. Қорғаусыз нұсқасын жүктеңіз.",
        "ru": "Файл защищён паролем или шифрованием. Загрузите незащищённую версию.",
        "en": "The file is protected by a password or encryption. Upload an unprotected copy.",
    },
    "too_many_pages": {
        "kk": "Құжатта беттер тым көп. Түйіндеме 20 беттен аспауы керек.",
        "ru": "В документе слишком много страниц. Резюме должно быть не длиннее 20 страниц.",
        "en": "The document has too many pages. A CV may have at most 20 pages.",
    },
    "malformed": {
        "kk": "Файл бүлінген немесе толық емес, оны оқу мүмкін болмады. Файлды қайта сақтап, "
        "жүктеңіз.",
        "ru": "Файл повреждён или неполон, прочитать его не удалось. Сохраните файл заново и "
        "загрузите его.",
        "en": "The file is damaged or incomplete and could not be read. Save it again and "
        "upload it.",
    },
    "zip_bomb": {
        "kk": "Файлдың ішіндегі деректер шамадан тыс қысылған. Мұндай файлды қауіпсіз оқу мүмкін "
        "емес.",
        "ru": "Данные внутри файла сжаты сверх допустимого. Такой файл нельзя безопасно прочитать.",
        "en": "The data inside the file is compressed beyond the allowed limit. Such a file "
        "cannot be read safely.",
    },
    "too_many_entries": {
        "kk": "DOCX файлында ішкі бөліктер тым көп. Құжатты Word бағдарламасында қайта сақтаңыз.",
        "ru": "В файле DOCX слишком много внутренних частей. Пересохраните документ в Word.",
        "en": "The DOCX file has too many internal parts. Save the document again in Word.",
    },
    "macro": {
        "kk": "Құжатта макростар бар. Макростары жоқ DOCX немесе PDF файлын жүктеңіз.",
        "ru": "Документ содержит макросы. Загрузите файл DOCX или PDF без макросов.",
        "en": "The document contains macros. Upload a DOCX or PDF file without macros.",
    },
    "dtd_forbidden": {
        "kk": "Құжатта рұқсат етілмеген XML құрылымы (DTD немесе сыртқы сілтеме) бар. Құжатты "
        "Word бағдарламасында қайта сақтаңыз.",
        "ru": "Документ содержит запрещённую XML-конструкцию (DTD или внешнюю ссылку). "
        "Пересохраните документ в Word.",
        "en": "The document contains a forbidden XML construct (a DTD or an external "
        "reference). Save the document again in Word.",
    },
    "too_complex": {
        "kk": "Файл тым күрделі: оны оқу үшін рұқсат етілгеннен көп жад немесе уақыт қажет. "
        "Қарапайым PDF немесе DOCX нұсқасын жүктеңіз.",
        "ru": "Файл слишком сложный: для его чтения нужно больше памяти или времени, чем "
        "разрешено. Загрузите более простую версию в PDF или DOCX.",
        "en": "The file is too complex: reading it needs more memory or time than allowed. "
        "Upload a simpler PDF or DOCX version.",
    },
    "timeout": {
        "kk": "Файлды оқу уақыт шегінен асып кетті. Қарапайым PDF немесе DOCX нұсқасын жүктеңіз.",
        "ru": "Чтение файла превысило лимит времени. Загрузите более простую версию в PDF "
        "или DOCX.",
        "en": "Reading the file took longer than allowed. Upload a simpler PDF or DOCX version.",
    },
    "worker_crashed": {
        "kk": "Файлды оқу кезінде қате пайда болды. Файлды қайта сақтап, жүктеңіз немесе басқа "
        "форматты таңдаңыз.",
        "ru": "При чтении файла произошёл сбой. Сохраните файл заново и загрузите его или "
        "выберите другой формат.",
        "en": "Reading the file failed. Save it again and upload it, or choose another format.",
    },
    "busy": {
        "kk": "Жүйе қазір басқа файлдарды оқумен бос емес. Бір минуттан кейін қайталап көріңіз.",
        "ru": "Система сейчас занята чтением других файлов. Повторите попытку через минуту.",
        "en": "The system is busy reading other files. Please try again in a minute.",
    },
    "binary_text": {
        "kk": "Файл мәтіндік файл емес. Түйіндемені PDF, DOCX немесе TXT форматында жүктеңіз.",
        "ru": "Файл не является текстовым. Загрузите резюме в формате PDF, DOCX или TXT.",
        "en": "The file is not a text file. Upload your CV as a PDF, DOCX or TXT file.",
    },
    "no_text": {
        "kk": "Файлда оқылатын мәтін табылмады (мысалы, сканерленген құжат). Оны қызметкер "
        "қолмен қарайды.",
        "ru": "В файле не найден текст (например, это скан). Его проверит сотрудник вручную.",
        "en": "No readable text was found in the file (for example, it is a scan). A person "
        "will review it.",
    },
    "unreadable_text": {
        "kk": "Файлдағы мәтінді оқу мүмкін болмады (қаріптерінде таңбалар картасы жоқ). Оны "
        "қызметкер қолмен қарайды.",
        "ru": "Текст в файле не удалось прочитать (в его шрифтах нет карты символов). Его "
        "проверит сотрудник вручную.",
        "en": "The text in the file could not be read (its fonts have no character map). A "
        "person will review it.",
    },
    "read_timeout": {
        "kk": "Түйіндемені автоматты түрде оқу рұқсат етілген уақыттан асып кетті, оны адам "
        "қарайды.",
        "ru": "Автоматическое чтение резюме заняло больше времени, чем разрешено, его проверит "
        "человек.",
        "en": "Reading the CV automatically took longer than allowed; a person will review it.",
    },
    "too_many_items": {
        "kk": "Түйіндемеде бір түйіндемеге сыятыннан көп жазба бар (жұмыс кезеңдері, білім, "
        "тілдер немесе сертификаттар), оны адам қарайды.",
        "ru": "В резюме больше записей (периодов работы, образования, языков или сертификатов), "
        "чем бывает в резюме, его проверит человек.",
        "en": "The CV lists more entries (periods of work, education, languages or "
        "certificates) than a CV holds; a person will review it.",
    },
    "internal_error": {
        "kk": "Түйіндемені автоматты түрде оқу сәтсіз аяқталды, оны адам қарайды.",
        "ru": "Резюме не удалось прочитать автоматически, его проверит человек.",
        "en": "The CV could not be read automatically; a person will review it.",
    },
}

MESSAGES = MappingProxyType(_MESSAGES)
CODES: frozenset[str] = frozenset(_MESSAGES)


def reason(code: str) -> Reason:
    """Return the Reason for ``code`` with its kk/ru/en message (KeyError for unknown codes)."""
    return Reason(code=code, message=dict(_MESSAGES[code]))


def rejected(code: str, kind: str | None = None, pages: int = 0) -> Extraction:
    """Return a ``rejected`` Extraction with the message for ``code``."""
    return Extraction(status="rejected", reason=reason(code), kind=kind, pages=pages)


def needs_review(code: str, kind: str | None = None, pages: int = 0) -> Extraction:
    """Return a ``needs_review`` Extraction: the file goes to a person, never a score of 0."""
    return Extraction(status="needs_review", reason=reason(code), kind=kind, pages=pages)
