"""People: a name whose first word is an article of the article's own language ("El Hadji
Diouf" or "El Ghassim Wane" in Spanish, "La Toya Jackson" in French), printed capitalised
before two name words, the first no word of the language, is the whole name: the first word
is not cut off as the article. An article before a title or a body's words ("El coronel ...",
"La Misión ...", "Le Drian" alone) stays as it was. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def people(sentence: str, language: str) -> list[str]:
    """The names found as a person's, or as a name of no kind yet (the speech verb that makes
    it a person's is read later, by the article's extraction)."""
    return [f.name for f in find_in_sentence(sentence, language) if f.kind in ("person", "unresolved")]


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("es", "El Hadji Sarr dijo que el puente será reparado.", "El Hadji Sarr", id="es-el-opening"),
        pytest.param("es", "Según El Mansour Kane, el puente será reparado.", "El Mansour Kane", id="es-el-after-segun"),
        pytest.param("es", "La Keisha Moore afirmó que la escuela abrirá en mayo.", "La Keisha Moore", id="es-la-opening"),
        pytest.param("fr", "La Keisha Moore a déclaré que l'école ouvrira en mai.", "La Keisha Moore", id="fr-la-opening"),
        pytest.param("fr", "Le Thi Hoa a déclaré que l'école ouvrira en mai.", "Le Thi Hoa", id="fr-le-opening"),
    ],
)
def test_an_own_article_opening_a_name_is_part_of_it(language, sentence, name):
    assert name in people(sentence, language)


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("es", "El coronel Mamadou Sarr dijo que el puente será reparado.", "Mamadou Sarr", id="es-el-title"),
        pytest.param("fr", "Le général Mamadou Sarr a déclaré que le pont sera réparé.", "Mamadou Sarr", id="fr-le-title"),
        pytest.param("es", "El ministro Mamadou Sarr visitó el puente.", "Mamadou Sarr", id="es-el-minister"),
    ],
)
def test_an_article_before_a_title_is_no_part_of_the_name(language, sentence, name):
    assert people(sentence, language) == [name]
