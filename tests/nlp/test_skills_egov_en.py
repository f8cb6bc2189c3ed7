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
