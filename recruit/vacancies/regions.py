"""Kazakhstan's regions: the three cities of republican significance and the 17 oblasts."""

from flask_babel import lazy_gettext as _l

REGIONS: tuple[tuple[str, object], ...] = (
    ("Astana", _l("Astana")),
    ("Almaty", _l("Almaty")),
    ("Shymkent", _l("Shymkent")),
    ("Abai Region", _l("Abai Region")),
    ("Akmola Region", _l("Akmola Region")),
    ("Aktobe Region", _l("Aktobe Region")),
    ("Almaty Region", _l("Almaty Region")),
    ("Atyrau Region", _l("Atyrau Region")),
    ("East Kazakhstan Region", _l("East Kazakhstan Region")),
    ("Zhambyl Region", _l("Zhambyl Region")),
    ("Zhetysu Region", _l("Zhetysu Region")),
    ("West Kazakhstan Region", _l("West Kazakhstan Region")),
    ("Karaganda Region", _l("Karaganda Region")),
    ("Kostanay Region", _l("Kostanay Region")),
    ("Kyzylorda Region", _l("Kyzylorda Region")),
    ("Mangystau Region", _l("Mangystau Region")),
    ("Pavlodar Region", _l("Pavlodar Region")),
    ("North Kazakhstan Region", _l("North Kazakhstan Region")),
    ("Turkistan Region", _l("Turkistan Region")),
    ("Ulytau Region", _l("Ulytau Region")),
)
REGION_CODES = frozenset(code for code, _ in REGIONS)


def region_label(code: str) -> str:
    """The region's name in the interface language (the stored value when unknown)."""
    return next((str(label) for value, label in REGIONS if value == code), code)
