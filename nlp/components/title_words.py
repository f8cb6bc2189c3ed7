"""Words that name a position in a CV.

A post is told from its employer by a position word: "Главный специалист", "бас маман",
"Data analyst", and ranks of law enforcement and teaching that name the post by themselves
("Следователь", "Старший прокурор", "Доцент кафедры"). A prosecutor's word names a post only in
the nominative: "помощник прокурора района" names the body the post belongs to, which
``organizations`` reads as a state body.

Kazakh is matched in Cyrillic and in the Latin alphabet (``kazakh_spelling``). A word that
also makes a surname ("Солдатов", "Продавцова", "Министрова") stops before the surname's
"-ов": such a name at the top of a CV is the candidate's, not a post.
"""

import functools
import re

from nlp.components.kazakh_spelling import kazakh_latin
from nlp.components.patterns import guarded, lazy

_TITLE = guarded(
    lazy(
        r"специалист\w*|маман\w*|specialist|эксперт\w*|сарапшы\w*|expert|руководител\w*|басшы\w*"
        r"|head(?!\w)|manager|менеджер\w*|директор\w*|director|начальник\w*|бастығы|consultant"
        r"|консультант\w*|кеңесші\w*|советник\w*|инженер\w*|engineer|analyst|аналитик\w*"
        r"|developer|разработчик\w*|программист\w*|бағдарламашы|главн\w*|ведущ\w*|заместител\w*"
        # "Support Executive", "Sales Associate": not the executive bodies, a firm's "Associates"
        r"|executive(?![ \t]+(?:bod|branch|power|office|committee|order))|associate(?!s)"
        r"|programmer|tester|trainer|representative"
        r"|орынбасар\w*|(?<!\w)бас(?!\w)|жетекші\w*|officer|assistant|помощник\w*|көмекші\w*"
        r"|секретар\w*|хатшы\w*|teacher|преподавател\w*|оқытушы\w*|мұғалім\w*|учител\w*"
        r"|бухгалтер\w*|accountant|юрист\w*|заңгер\w*|lawyer|ассистент\w*|заведующ\w*"
        r"|меңгеруші\w*"
        r"|intern(?:s|ships?)?(?!\w)|стаж[её]р\w*"
        r"|администратор\w*|administrator|оператор\w*|operator|coordinator|координатор\w*"
        r"|инспектор\w*|inspector(?!ate)|economist|экономис\w*|лаборант\w*|architect(?!ur)"
        r"|архитектор\w*"
        r"|талдаушы\w*|юрисконсульт\w*|операционист\w*|deputy|secretary|advis[eo]r|auditor"
        r"|trainee|lecturer|researcher|translator|interpreter|supervisor|clerk|врач\w*"
        r"|doctor(?!al|ate)"
        r"|дәрігер\w*|медсестр\w*|медбике\w*|мейірбике\w*|nurse(?!ry)|прокурор(?!\w)|следовател\w*"
        r"|тергеуші\w*|investigator|доцент\w*|профессор\w*|professor|есепші\w*|зертханашы\w*"
        r"|тәрбиеші\w*|воспитател\w*|іс\s+жүргізуші\w*|делопроизводител\w*|статистик(?!\w)"
        r"|statistician|председател\w*|төраға\w*|министр(?!л|ов)\w*|minister(?!\w)"
        r"|chair(?:man|woman|person)(?!\w)|(?:team|tech|technical|project|group)\s+lead(?:er)?(?!\w)"
        r"|тимлид\w*|бариста|barista|официант\w*|даяшы\w*|waiter|waitress|кассир(?!ов)\w*|cashier"
        r"|продав[еця](?!ов)\w*|сатушы\w*|курьер(?!ов)\w*|courier|водител\w*|driver|жұмысшы\w*|worker"
        r"|жауынгер\w*|рядов(?:ой|ого)(?!\w)|солдат(?!ов)\w*|сержант(?!ов)\w*|военнослужащ\w*|"
        + kazakh_latin(
            r"maman\w*|sarapşy\w*|ekspert\w*|basşy\w*|menedjer\w*|direktor\w*|bastyğy"
            r"|konsultant\w*|keñesşı\w*|injener\w*|analitik\w*|programmist\w*|bağdarlamaşy"
            r"|orynbasar\w*|(?<!\w)bas(?!\w)|jetekşı\w*|kömekşı\w*|hatşy\w*|oqytuşy\w*|mūğalım\w*"
            r"|buhgalter\w*|iurist\w*|zañger\w*|assistent\w*|meñgeruşı\w*|stajer\w*"
            r"|koordinator\w*|inspektor\w*|ekonomis\w*"
            r"|laborant\w*|arhitektor\w*|taldauşy\w*|iuriskonsult\w*|operatsionist\w*|tergeuşı\w*"
            r"|esepşı\w*|zerthanaşy\w*|tärbieşı\w*|ıs\s+jürgızuşı\w*"
        ),
        re.IGNORECASE,
    )
)


@functools.lru_cache(maxsize=8192)
def looks_like_title(text: str) -> bool:
    """True when ``text`` names a position ("Главный специалист", "бас маман", "Data analyst")."""
    return bool(_TITLE.search(text))


def title_word_ends(text: str, stop: int) -> list[int]:
    """Where each position word in ``text`` before ``stop`` ends."""
    return [match.end() for match in _TITLE.finditer(text, 0, stop)]
