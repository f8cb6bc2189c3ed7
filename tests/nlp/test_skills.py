"""The skill matcher: taxonomy skills found with exact offsets, ambiguous names only in context,
and (English) tools outside the taxonomy found by the learned tagger where tools are listed."""

import copy
import functools

import pytest
import spacy
from spacy.tokens import Span

import nlp.components.lemmatizer  # noqa: F401  (registers recruit_lemmatizer)
import nlp.components.sections  # noqa: F401  (registers recruit_sections)
import nlp.components.skills  # noqa: F401  (registers recruit_skills)
import nlp.lang_kk  # noqa: F401  (registers spacy.blank("kk"))
from nlp import taxonomy
from nlp.components.skill_spans import decode, load_tagger
from nlp.components.skill_text import Pieces
from nlp.components.skills import tool_id
from nlp.types import SkillMatch


@functools.cache
def _pipeline(lang: str, *, sections: bool = False, tagger: bool = True):
    """A blank pipeline with the lemmatizer and the skill matcher (and sections if asked);
    ``tagger=False`` keeps English on the taxonomy rules, as Russian and Kazakh are."""
    pipeline = spacy.blank(lang)
    pipeline.add_pipe("recruit_lemmatizer")
    if sections:
        pipeline.add_pipe("recruit_sections")
    pipeline.add_pipe("recruit_skills", config={"use_model": tagger})
    return pipeline


def skills(text: str, lang: str = "en", *, tagger: bool = True) -> dict[str, SkillMatch]:
    """The skills found in ``text``, by id, after checking every mention's evidence."""
    doc = _pipeline(lang, tagger=tagger)(text)
    for match in doc._.skills:
        for mention in match.mentions:
            assert mention.text == text[mention.start : mention.end]
    return {match.id: match for match in doc._.skills}


def spans(found: dict[str, SkillMatch], skill_id: str) -> list[str]:
    return [m.text for m in found[skill_id].mentions]


def test_exact_surfaces_with_offsets():
    text = "Tools: C++, C#, .NET, Node.js, Power BI"
    found = skills(text)
    for skill_id, surface in [
        ("cpp", "C++"),
        ("csharp", "C#"),
        ("dotnet", ".NET"),
        ("node-js", "Node.js"),
        ("power-bi", "Power BI"),
    ]:
        mention = found[skill_id].mentions[0]
        assert (mention.start, mention.text) == (text.index(surface), surface)


def test_ambiguous_office_names_count_in_a_skills_list():
    found = skills("Skills: Word, Excel, Access")
    assert {"ms-word", "ms-excel", "ms-access"} <= set(found)
    assert found["ms-excel"].label == "Microsoft Excel"
    assert found["ms-excel"].area == "office"


@pytest.mark.parametrize(
    "text",
    [
        "I worked in Word Bank office for two years.",
        "I excel at negotiation and go to every meeting.",
        "We met at the Oracle office in spring.",
    ],
)
def test_ambiguous_names_are_not_skills_outside_skill_context(text):
    found = skills(text)
    assert not found.keys() & {"ms-word", "ms-excel", "ms-office", "go-lang", "oracle-db", "spring"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Programming languages: C, Go, R and Python", "en"),
        ("Языки программирования: C, Go, R и Python", "ru"),
    ],
)
def test_the_rules_count_short_names_in_a_labelled_list(text, lang):
    found = skills(text, lang, tagger=False)
    assert {"c-lang", "go-lang", "r-lang", "python"} <= set(found)


def test_the_tagger_finds_short_names_in_a_labelled_list_but_not_in_prose():
    assert {"c-lang", "go-lang", "python"} <= set(skills("Programming languages: C, Go, Python"))
    assert skills("We go to C block of the office, R wing.") == {}


def test_glued_tool_names_are_split():
    found = skills("Languages: node.js/Javascript, C++/Qt, C#(2 years), Power  Point")
    assert spans(found, "node-js") == ["node.js"]
    assert spans(found, "javascript") == ["Javascript"]
    assert spans(found, "qt") == ["Qt"]
    assert spans(found, "ms-powerpoint") == ["Power  Point"]


def test_every_mention_of_a_skill_is_grouped_under_one_match():
    found = skills("Skills: Python, SQL\nProjects: ETL in Python, reports in SQL, Python, Excel")
    assert len(found["python"].mentions) >= 2
    assert len({m.start for m in found["python"].mentions}) == len(found["python"].mentions)


def test_russian_skills_and_cues():
    text = (
        "Навыки: 1С:Предприятие, ЕСЭДО, анализ данных, MS Excel. Знание языка программирования Go."
    )
    found = skills(text, "ru")
    assert {"1c-enterprise", "esedo", "data-analysis", "ms-excel", "go-lang"} <= set(found)
    assert spans(found, "1c-enterprise") == ["1С:Предприятие"]
    assert found["data-analysis"].label == "Анализ данных"


def test_russian_ambiguous_name_in_prose_is_ignored():
    found = skills("Работал в компании Oracle Bank менеджером по продажам.", "ru")
    assert "oracle-db" not in found


def test_kazakh_inflected_aliases_are_found():
    text = "Деректерді талдауға және бағдарламалауды білемін. ЭҚАБЖ, е-Өтініш жүйелерімен жұмыс."
    found = skills(text, "kk")
    assert spans(found, "data-analysis") == ["Деректерді талдауға"]
    assert spans(found, "programming") == ["бағдарламалауды"]
    assert spans(found, "esedo") == ["ЭҚАБЖ"]
    assert found["esedo"].label == "ЭҚАБЖ"
    assert "e-otinish" in found


def test_sections_from_the_pipeline_are_used():
    pipeline = _pipeline("en", sections=True, tagger=False)
    doc = pipeline("Summary\nI like to go hiking.\n\nSkills\nGo\nPython\n")
    found = {m.id: m for m in doc._.skills}
    assert [m.text for m in found["go-lang"].mentions] == ["Go"]
    assert "python" in found


def test_a_skills_section_span_gates_an_ambiguous_name():
    pipeline = _pipeline("en")
    matcher = pipeline.get_pipe("recruit_skills")
    doc = pipeline.make_doc("Experience\nWord\nSkills\nWord\n")
    doc.spans["sections"] = [Span(doc, 4, len(doc), label="skills")]
    mentions = [m.start for match in matcher(doc)._.skills for m in match.mentions]
    assert mentions == [doc.text.rindex("Word")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Навыки\nPython  SQL  Oracle  Go\n", "ru"),
        ("Дағдылар\nPython\tSQL\tOracle\tGo\n", "kk"),
        ("SKILLS\nPython  SQL  Oracle  Go\n", "en"),
    ],
)
def test_tags_apart_by_blanks_in_a_skills_section_are_list_items(text, lang):
    """hh.kz tags and PDF tag clouds keep items apart by runs of blanks or tabs, not commas."""
    assert {"python", "sql", "oracle-db", "go-lang"} <= set(skills(text, lang))
    assert "go-lang" not in skills("Experience\nWe go  to the regions every month.\n", lang)


def test_no_skills_gives_an_empty_tuple():
    assert _pipeline("en")("Born in Almaty.")._.skills == ()


def test_an_edited_taxonomy_is_matched_without_code_changes():
    data = copy.deepcopy(taxonomy.read_data())
    data["version"] = "2099.1.1"
    data["skills"].append(
        {
            "id": "smart-astana",
            "area": "egov",
            "label": {"en": "Smart Astana", "ru": "Smart Astana", "kk": "Smart Astana"},
            "aliases": {"ru": ["смарт астана"]},
        }
    )
    edited = taxonomy.from_data(data)
    spacy.registry.misc.register("test.edited_taxonomy.v1", func=lambda: lambda: edited)
    pipeline = spacy.blank("ru")
    pipeline.add_pipe("recruit_lemmatizer")
    pipeline.add_pipe("recruit_skills", config={"taxonomy": {"@misc": "test.edited_taxonomy.v1"}})
    doc = pipeline("Навыки: Смарт Астана, Excel")
    assert {m.id for m in doc._.skills} == {"smart-astana", "ms-excel"}


def test_unknown_tools_in_a_tools_list_get_a_generic_id():
    found = skills("Environment: WebLogic, JBoss, Quarkus, Vert.x, Struts")
    assert {"weblogic", "jboss", "struts"} <= set(found)
    assert spans(found, "tool:quarkus") == ["Quarkus"]
    assert spans(found, "tool:vert.x") == ["Vert.x"]
    assert (found["tool:quarkus"].label, found["tool:quarkus"].area) == ("Quarkus", "other")


def test_capitalised_names_in_prose_are_not_tools():
    found = skills("Worked with Quarkus Holdings in Astana for three years as a sales manager.")
    assert found == {}


@pytest.mark.parametrize("tagger", [True, False])
def test_skills_joined_by_a_slash_are_each_the_candidates(tagger):
    # "C/C++" and "Java/J2EE" are taxonomy aliases of one skill, yet name two: a vacancy
    # asking for C or J2EE must find this candidate.
    found = skills("Skills: C/C++, Java/J2EE, UNIX / Solaris, PHP/MySQL", tagger=tagger)
    assert (spans(found, "c-lang"), spans(found, "cpp")) == (["C"], ["C++"])
    assert (spans(found, "java"), spans(found, "j2ee")) == (["Java"], ["J2EE"])
    assert (spans(found, "unix"), spans(found, "solaris")) == (["UNIX"], ["Solaris"])
    assert (spans(found, "php"), spans(found, "mysql")) == (["PHP"], ["MySQL"])


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_name_with_a_slash_of_its_own_stays_one_mention(lang):
    # A part that is no skill ("PL", "IP") or parts of one skill ("LAN", "WAN").
    found = skills("Skills: PL/SQL, TCP/IP, LAN/WAN, Microsoft Visual Studio", lang)
    assert spans(found, "pl-sql") == ["PL/SQL"]
    assert spans(found, "tcp-ip") == ["TCP/IP"]
    assert spans(found, "networking") == ["LAN/WAN"]
    assert spans(found, "visual-studio") == ["Microsoft Visual Studio"]


def test_russian_skills_joined_by_a_slash_are_each_the_candidates():
    found = skills("Навыки: C/C++, 1С/Excel", "ru")
    assert (spans(found, "c-lang"), spans(found, "cpp")) == (["C"], ["C++"])
    assert (spans(found, "1c-enterprise"), spans(found, "ms-excel")) == (["1С"], ["Excel"])


def test_a_flattened_cv_keeps_its_skills_line_apart_from_prose():
    text = "Technical Skills  Python, Django, PostgreSQL  Experience  Sales manager at Kaspi Bank"
    assert set(skills(text)) == {"python", "django", "postgresql"}


def test_english_without_the_tagger_uses_the_taxonomy_rules():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("recruit_lemmatizer")
    pipeline.add_pipe("recruit_skills", config={"use_model": False})
    doc = pipeline("Environment: WebLogic, Quarkus, Word")
    assert {m.id for m in doc._.skills} == {"weblogic", "ms-word"}


def test_the_tagger_is_not_used_with_another_taxonomy_version():
    data = copy.deepcopy(taxonomy.read_data())
    data["version"] = "2099.1.2"
    assert load_tagger(taxonomy.from_data(data)) is None
    assert load_tagger(taxonomy.load()) is not None


def test_tool_ids_are_normalised_names():
    assert tool_id("  Vert.X   Core ") == "tool:vert.x core"


def test_decoding_joins_inside_pieces_on_one_line_only():
    text = "Visual Studio\nCode, Jira"
    found = Pieces(text)
    scored = [(0, 1.0, 0.9, -0.5), (1, 1.0, 0.9, 0.5), (2, 1.0, 0.9, 0.5), (3, 1.0, 0.2, 0.0)]
    assert decode(text, found, scored, 0.5, 0.0) == [(0, 13), (14, 18)]
    assert decode(text, found, scored, 0.5, 2.0) == []


_PROSE = (
    "In this role I prepared monthly reports for the regional department and answered letters "
    "from citizens within the deadlines set by law. ",
    "I trained new colleagues, planned the work of a small team and took part in the annual "
    "review of the budget of the department. ",
    "Together with other units we revised the internal procedures, met the stakeholders every "
    "week and kept the records of every decision. ",
)
_TOOLS = "Python, PostgreSQL, Docker, Jenkins, WebLogic, Quarkus, Tableau, Ansible, Kafka, Redis"


def test_tools_late_in_a_long_cv_are_found_as_at_its_start():
    prose, size = [], 0
    while size < 20_000:
        prose.append(_PROSE[len(prose) % 3])
        size += len(prose[-1])
    tools = "Environment: " + _TOOLS + "\n"
    text = "John Smith\nExperience\n" + tools + "".join(prose) + "\nExperience\n" + tools
    early, late = text.index(_TOOLS), text.rindex(_TOOLS)
    assert late - early > 20_000
    doc = _pipeline("en", sections=True)(text)
    found = {(m.text, m.start) for match in doc._.skills for m in match.mentions}
    for name in _TOOLS.split(", "):
        offset = _TOOLS.index(name)
        assert (name, early + offset) in found, (name, "at the start")
        assert (name, late + offset) in found, (name, "after 20,000 characters")
