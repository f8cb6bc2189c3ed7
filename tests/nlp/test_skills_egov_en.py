"""English CVs of Kazakhstan's civil servants name the state's information systems too."""

import pytest

from nlp.profile import read_cv


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Daily work in the Treasury-Client system", "treasury-client"),
        ("Tenders published on the e-procurement portal", "e-procurement"),
        ("Public procurement through goszakup.gov.kz", "e-procurement"),
        ("Document flow in ESEDO, replies to citizens in e-Otinish", "esedo"),
        ("Document flow in ESEDO, replies to citizens in e-Otinish", "e-otinish"),
    ],
)
def test_a_state_information_system_named_in_english_is_a_skill(line, skill):
    profile = read_cv(f"SKILLS\nMS Excel, Power BI\n\nWORK EXPERIENCE\n{line}\n", "en")
    assert skill in {found.id for found in profile.skills}


def test_a_listed_product_the_tagger_never_saw_is_a_skill():
    # QA pass I: "Bitrix24" and "EViews" in a skills list were missed: the tagger, learned
    # from CVs of other countries, had never seen them, though the taxonomy knows them.
    profile = read_cv("DIGITAL SKILLS\nJira, Bitrix24, EViews, Stata\n", "en")
    assert {"bitrix24", "eviews", "jira"} <= {found.id for found in profile.skills}


def test_an_ordinary_word_in_a_list_is_still_left_to_the_tagger():
    # A lower-case word that a taxonomy name also covers is no product name.
    profile = read_cv("ACTIVITIES\nSupervised canoeing, archery, crafts, sports\n", "en")
    assert profile.skills == ()
