"""A name glued with no space to the word after it, as copying a page loses a space ("Ana
LázaroEs la primera", "Jane RoeWas awarded", "Jean DupontA été décoré", "Nguyễn Văn NamLà"): the
capitalised word after the name's last lowercase letter opens the predicate (vocabulary
"name_glued_words": a copula, an auxiliary, a verb of saying, a conjunction of the article's
language) and is not the name's; the person is named without it. A name with a capital inside
it ("Ronald McDonald", "Jean LeBlanc", "Ana DiCaprio") stays whole (tests/corpus/README.md:
people, full names). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("La capitana Ana LázaroEs la primera mujer al mando del contingente.",
                     {"Ana Lázaro"}, id="es-es"),
        pytest.param("Captain Jane RoeWas awarded the medal on Tuesday in Juba.",
                     {"Jane Roe"}, id="en-was"),
        pytest.param("Le lieutenant Paul MartinEst le premier officier du contingent à rentrer.",
                     {"Paul Martin"}, id="fr-est"),
        pytest.param("Đại úy Nguyễn Văn NamLà người đầu tiên nhận huân chương của phái bộ.",
                     {"Nguyễn Văn Nam"}, id="vi-la"),
        # near misses: a capital inside the name itself
        pytest.param("Major Ronald McDonald said the convoy reached Bentiu on Monday.",
                     {"Ronald McDonald"}, id="en-mc"),
        pytest.param("Le colonel Jean LeBlanc a présidé la cérémonie à Gao.",
                     {"Jean LeBlanc"}, id="fr-le"),
    ],
)
def test_glued_predicate_word_is_not_the_name(text, expected):
    assert _people(text) == expected
