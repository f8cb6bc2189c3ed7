"""The words that name organisations in CVs, in Kazakh (Cyrillic and Latin), Russian and
English: legal forms, the quasi-public sector, state bodies and posts, units, institutions,
territorial words and other organisations, and the marks that part a title from its employer.
``organizations`` reads them.
"""

import re

from nlp.components.kazakh_spelling import kazakh_latin
from nlp.components.patterns import guarded, lazy

# Legal-form abbreviations are matched case-sensitively: "АО" is a company, "ао" is not.
LEGAL_FORMS = guarded(
    lazy(
        r"(?<!\w)(?:АО|ТОО|ИП|РГП|ГКП|КГП|НАО|РГКП|ГККП|КГКП|ПХВ|АҚ|ЖШС|РМК|МКК|КМК|ҚМК|КМҚК|МКҚК|РМҚК"
        r"|КеАҚ|ШЖҚ|ҰК|ЖК|AQ|KeAQ|J(?:Ş|Sh|SH)S|RMK|MKK|KMK|QMK|KMQK|MKQK|RMQK|(?:Ş|Sh|SH)JQ|ŪK|JK"
        r"|JSC|LLP|LLC|Ltd|Inc|PLC|GmbH|NJSC|RSE|SCE)(?!\w)"
    )
)
QUASI_WORDS = guarded(
    lazy(
        r"национальн\w*\s+компани\w*|ұлттық\s+компания\w*|national\s+company|нац\.?\s*компани\w*"
        r"|государственн\w*\s+предприяти\w*|мемлекеттік\s+кәсіпорын\w*|state(?:-owned)?\s+enterprise"
        r"|акционерн\w*\s+обществ\w*|товариществ\w*|акционерлік\s+қоғам\w*|серіктестіг\w*"
        r"|holding|холдинг\w*|samruk|самрук\w*|самұрық\w*|kazakhtelecom|казахтелеком\w*"
        r"|қазақтелеком\w*|baiterek|байтерек\w*|бәйтерек\w*|kazmunaygas|казмунайгаз\w*|kazpost"
        r"|казпочта\w*|қазпошта\w*|фонд\w*\s+национального\s+благосостояния|(?<!\w)банк\w*"
        r"|(?<!\w)bank(?!\w)|компани\w*|company|corporation|корпораци\w*|фирм[аы]|"
        + kazakh_latin(
            r"ūlttyq\s+kompani\w*|memlekettık\s+käsıporyn\w*|aktsionerlık\s+qoğam\w*"
            r"|serıktestı[gk]\w*|samūryq\w*|qazaqtelekom\w*|bäiterek\w*|qazmūnaiğaz\w*"
            r"|qazpoşta\w*|ūlttyq\s+äl-auqat\s+qor\w*|(?<!\w)bankı(?!\w)|kompani\w*"
            r"|korporatsi\w*|(?<!\w)firma\w*"
        ),
        re.IGNORECASE,
    )
)
STATE_BODY = guarded(
    lazy(
        r"министерств\w*|министрлі\w*|ministry|(?-i:МВД|ІІМ|МЧС|ТЖМ|КНБ|ҰҚК)(?!\w)|комитет\w*"
        r"|committee|аппарат\w*\s+(?:акима|акимата|маслихата)(?!\w)|акимат\w*|(?<!\w)аким\w*|әкімді[гк]\w*|әкімшілі[гк]\w*|әкім\w*\s+аппарат\w*"
        r"|(?:округ|ауыл|қала|аудан|облыс)\w*\s+әкімі(?!\w)"
        r"|akimat|akim'?s\s+office|маслихат\w*|мәслихат\w*|maslikhat|администраци\w*\s+президента"
        r"|президент\w*\s+әкімшілігі|administration\s+of\s+the\s+president|presidential\s+"
        r"administration|парламент\w*|parliament|мажилис\w*|мәжіліс\w*|mazhilis|сенат\w*|senate"
        r"|(?<!\w)суд(?:а|ов|ы|е|у|ебн\w*)?(?!\w)|(?<!\w)сот(?:ы|тар\w*|тың|ының)?(?!\w)|court"
        r"|прокуратур\w*|прокурор\w+|prosecutor\w*|инспекци(?:я|и|ю|ей)(?!\w)|инспекциясы\w*"
        r"|антикоррупционн\w*\s+служб\w*|служб\w*\s+(?:центральных\s+коммуникаций"
        r"|государственной\s+охраны)|пограничн\w*\s+служб\w*|избирательн\w*\s+комисси\w*"
        r"|сайлау\s+комиссия\w*|(?<!\w)полици(?:я|и|ю|ей)\w*|внутренних\s+дел|ішкі\s+істер"
        r"|(?:департамент|управлени|отдел)\w*\s+(?:юстиции|по\s+чрезвычайным\s+ситуациям)"
        r"|(?:әділет|төтенше\s+жағдайлар)\s+(?:департамент|басқарма|бөлім)\w*"
        r"|бюро\s+национальной\s+статистики|ұлттық\s+статистика\s+бюросы|(?<!\w)police(?!\w)"
        r"|department\s+of\s+justice|justice\s+department|emergency\s+situations|inspectorate"
        r"|bureau\s+of\s+national\s+statistics|national\s+statistics\s+bureau"
        r"|election\s+commission|аппарат\w*\s+правительств\w*|правительств\w*"
        r"|үкімет\w*|government\s+of|канцеляри\w*\s+премьер|office\s+of\s+the\s+prime\s+minister"
        r"|аудиторск\w*\s+палат\w*|аудиторлық\s+палата\w*|audit\s+chamber|ревизионн\w*\s+комисси\w*"
        r"|тексеру\s+комиссия\w*|audit\s+commission|(?<!\w)мин(?:фин|юст|здрав|эконом|труд|обр|просвещ"
        r"|цифр|энерго|сельхоз|культ|оборон|транс|индустр|иностран)\w*|"
        + kazakh_latin(
            r"ministrl[ıi]\w*|komitet\w*|äkımat\w*|äkımdı[gk]\w*|äkımşılı[gk]\w*"
            r"|äkım\w*\s+apparat\w*|mäslihat\w*|parlament\w*|mäjılıs\w*|senat\w*"
            r"|(?<!\w)sot(?:y|tar\w*|tyñ|ynyñ)?(?!\w)|prokuratur\w*|prokuror\w*|ükımet\w*"
            r"|audıtorlyq\s+palata\w*|tekseru\s+komissi\w*"
        ),
        re.IGNORECASE,
    )
)
# A post that names its state body by itself: a minister, an akim of a region.
STATE_POST = guarded(
    lazy(
        r"(?<!\w)(?:вице-)?министр(?:а|у|ом|е|і\w*)?(?!\w)|(?<!\w)(?:vice-|deputy\s+)?minister"
        r"(?!\w)|(?:округ|ауыл|қала|аудан|облыс)\w*\s+әкімі\w*",
        re.IGNORECASE,
    )
)
UNIT = guarded(
    lazy(
        r"департамент\w*|department|управлени\w*|басқарма\w*|отдел\w*|бөлім\w*|division|"
        + kazakh_latin(r"departament\w*|basqarma\w*|bölım\w*"),
        re.IGNORECASE,
    )
)
# Institutions, not bodies: in the singular, so that a body's "отдел по работе со школами",
# "дошкольного образования" or "мектепке дейінгі" (pre-school) is not taken for one.
INSTITUTIONS = guarded(
    lazy(
        r"(?<!\w)(?:школ(?:а|ы|е|у|ой)(?!\w)|гимнази[яиюе]\w*|лице[йяюе]\w*|университет(?!ск)\w*"
        # A university's chair or faculty, whatever its subject ("кафедра «Государственное и
        # местное управление»" is no управление of an akimat).
        r"|кафедр\w*|факультет\w*"
        r"|институт(?:а|е|у|ом|ы)?(?!\w)|академи(?:я|и|ю|ей)(?!\w)|колледж\w*|училищ\w*"
        r"|детск\w*\s+сад\w*|ясли\w*|больниц\w*|поликлиник\w*|клиник\w*|госпитал\w*"
        r"|диспансер\w*|библиотек\w*|музе[йяюе]\w*|театр\w*|филармони\w*|мекте[пб](?!ке\s+дейін)\w*"
        r"|балабақша\w*|бөбекжай\w*|аурухана\w*|емхана\w*|кітапхана\w*|мұражай\w*|(?:school"
        r"|gymnasium|lyceum|college|institute|academy|kindergarten|hospital|(?:poly)?clinic"
        r"|museum|theat(?:re|er)|philharmonic)s?(?!\w)|universit(?:y|ies)(?!\w)|librar(?:y|ies)(?!\w)"
        # State institutions of social services and archives: their staff are civil employees,
        # not civil servants, though an akimat runs them ("КГУ «Центр занятости населения»
        # акимата г. Караганды", "Жұмыспен қамту орталығы", "Государственный архив").
        r"|центр\w*\s+(?:занятости|оказания|социальн\w*|обслуживания|поддержки|адаптации"
        r"|реабилитации)|(?:жұмыспен\s+қамту|әлеуметтік\s+\w+)\s+орталығ\w*"
        r"|employment\s+cent(?:re|er)s?(?!\w)|(?:государственн|областн|городск|национальн"
        r"|центральн)\w*\s+(?:\w+\s+)?архив\w*|мемлекеттік\s+(?:\w+\s+)?мұрағат\w*"
        r"|state\s+archives?(?!\w)|"
        + kazakh_latin(
            r"mekte[pb](?!ke\s+deiın)\w*|gimnazi\w*|litsei\w*|universitet\w*|kolledj\w*"
            r"|balabaqşa\w*|böbekjai\w*|auruhana\w*|emhana\w*|klinika\w*|kıtaphana\w*"
            r"|mūrajai\w*|muzei\w*|teatr\w*"
        )
        + ")",
        re.IGNORECASE,
    )
)
TERRITORIAL = guarded(
    lazy(
        r"государственн\w*|мемлекеттік|област\w*|облыс\w*|город\w*|(?<!\w)г\.|қала\w*|район\w*"
        r"|аудан\w*|region\w*|city|district|(?<!\w)по\s+(?:г|\w+\s+област)|state\s+revenue|"
        + kazakh_latin(r"memlekettık|oblys\w*|qala\w*|audan\w*"),
        re.IGNORECASE,
    )
)
OTHER_ORG = guarded(
    lazy(
        r"университет\w*|институт\w*|академи\w*|колледж\w*"
        r"|школ\w*|мекте[пб]\w*|гимнази\w*|лице[йя]\w*|центр\w*|орталығ\w*"
        r"|фонд\w*|ассоциаци\w*|больниц\w*|поликлиник\w*|клиник\w*"
        r"|аурухана\w*|емхана\w*"
        r"|организаци\w*|ұйым\w*|учреждени\w*|мекеме\w*|групп\w*"
        # English words whole, so that "Office" is not read in "Procurement Officer".
        r"|(?:universit(?:y|ies)|institutes?|academ(?:y|ies)|colleges?|schools?|cent(?:re|er)s?"
        r"|funds?|associations?|hospitals?|organi[sz]ations?|offices?|groups?)(?!\w)|"
        + kazakh_latin(
            r"universitet\w*|institut\w*|akademi\w*|kolledj\w*|mekte[pb]\w*|gimnazi\w*|litsei\w*"
            r"|ortalyğ\w*|ortalyq|tsentr\w*|assotsiatsi\w*|auruhana\w*|emhana\w*|ūiym\w*"
            r"|mekeme\w*"
        ),
        re.IGNORECASE,
    )
)
# Where an employer plainly begins after a title that names its own unit: an opening quote,
# a state institution's abbreviation, a police body's ("УП …", "ДП …": управление, департамент
# полиции) or a body's name in the nominative (case-sensitive).
# The abbreviations of a state institution's form ("КГУ «…»", "«…» ММ").
STATE_FORMS = "ГУ|РГУ|КГУ|ММ|РММ|КММ|RMM|KMM"
OPENER = guarded(
    lazy(
        rf"«|(?<!\w)(?:{STATE_FORMS}|MM|Министерство|Акимат|Управление|Департамент"
        r"|Комитет|Агентство|Аппарат|Прокуратура|УП|ДП|УВД|ДВД|ГУВД)(?!\w)"
    )
)

CUTS = (",", ";", "|", "(", " – ", " — ", " - ", " at ", " в ", " @ ", " в компании ")
CUT = lazy("|".join(re.escape(mark) for mark in sorted(CUTS, key=len, reverse=True)))
