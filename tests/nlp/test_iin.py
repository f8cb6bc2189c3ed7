"""IIN validation: the check digit of DOMAIN.md, the birth date and sex it encodes."""

from datetime import date

import pytest

from nlp.iin import birth_date, check_digit, is_valid_iin, sex

FIRST = tuple(range(1, 12))
SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def reference_iin(first11: str) -> str | None:
    """Complete 11 digits with the check digit, written straight from DOMAIN.md."""
    digits = [int(c) for c in first11]
    rest = sum(d * w for d, w in zip(digits, FIRST, strict=True)) % 11
    if rest == 10:
        rest = sum(d * w for d, w in zip(digits, SECOND, strict=True)) % 11
    return None if rest == 10 else first11 + str(rest)


def test_hand_computed_iin_is_valid():
    # 9*1 + 3*4 + 1*5 + 2*6 + 3*7 + 1*10 + 2*11 = 91; 91 % 11 = 3
    assert is_valid_iin("900312300123")
    assert not is_valid_iin("900312300124")


def test_second_weights_are_used_when_the_first_pass_gives_ten():
    # first pass 175 % 11 = 10; second pass 170 % 11 = 5
    assert is_valid_iin("850615400705")
    assert not is_valid_iin("850615400700")
    assert check_digit("85061540070") == 5


def test_no_valid_check_digit_when_both_passes_give_ten():
    assert check_digit("85061540078") is None
    assert not any(is_valid_iin("85061540078" + str(d)) for d in range(10))


@pytest.mark.parametrize(
    "first11",
    ["90031230012", "85061540070", "01010150001", "75123140456", "99022860000", "12111260731"],
)
def test_numbers_built_with_the_algorithm_are_valid(first11):
    iin = reference_iin(first11)
    assert iin is not None
    assert is_valid_iin(iin)
    wrong = iin[:11] + str((int(iin[11]) + 1) % 10)
    assert not is_valid_iin(wrong)


def test_exactly_one_check_digit_fits_each_serial():
    for serial in range(300):
        first11 = f"9003123{serial:04d}"
        accepted = [d for d in "0123456789" if is_valid_iin(first11 + d)]
        expected = reference_iin(first11)
        assert accepted == ([] if expected is None else [expected[-1]])


@pytest.mark.parametrize(
    "value",
    ["", "90031230012", "9003123001230", "90031230012a", " 900312300123", 900312300123, None],
)
def test_malformed_input_is_invalid(value):
    assert not is_valid_iin(value)


def test_impossible_month_or_century_digit_is_invalid():
    for first11 in ("90131230012", "90031270012", "90003230012"):
        iin = reference_iin(first11)
        assert iin is not None and not is_valid_iin(iin)


def test_birth_date_and_sex_are_decoded():
    male_1990 = reference_iin("90031230012")
    female_1985 = reference_iin("85061540070")
    boy_2001 = reference_iin("01010150001")
    assert birth_date(male_1990) == date(1990, 3, 12)
    assert sex(male_1990) == "male"
    assert birth_date(female_1985) == date(1985, 6, 15)
    assert sex(female_1985) == "female"
    assert birth_date(boy_2001) == date(2001, 1, 1)
    assert sex(boy_2001) == "male"


def test_invalid_iin_reveals_nothing():
    assert birth_date("900312300124") is None
    assert sex("900312300124") is None
    feb_30 = reference_iin("90023030012")
    assert is_valid_iin(feb_30)
    assert birth_date(feb_30) is None
