"""The register of position categories (data in ``recruit/data/categories.json``)."""

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from models import Corps

REGISTER = Path(__file__).resolve().parent.parent / "data" / "categories.json"
CODE_FORM = re.compile(r"^[A-E](-[A-Z])?-\d{1,2}$")


@dataclass(frozen=True)
class Category:
    code: str
    corps: Corps
    level: str
    title_en: str
    title_ru: str
    salary_min: int
    salary_max: int

    def title(self, lang: str) -> str:
        """The typical position title in Russian for kk/ru readers, English otherwise."""
        return self.title_ru if lang in ("kk", "ru") else self.title_en


@cache
def register() -> dict[str, Category]:
    """Every known category by code, in register order."""
    data = json.loads(REGISTER.read_text(encoding="utf-8"))
    return {
        row["code"]: Category(**{**row, "corps": Corps(row["corps"])}) for row in data["categories"]
    }


def get(code: str) -> Category | None:
    """The register entry for ``code``, or None when the code is unknown."""
    return register().get((code or "").strip().upper())


def corps_for(code: str) -> Corps:
    """The corps a code belongs to by its form: A-codes are corps A, B..E codes corps B."""
    return Corps.A if code.upper().startswith("A") else Corps.B


def valid_for_corps(code: str, corps: Corps | str) -> bool:
    """True when the code is known and belongs to ``corps``."""
    category = get(code)
    return category is not None and category.corps == Corps(corps)
