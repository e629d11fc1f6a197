"""People: a name cut by print at a line's end whose copy keeps the hyphen and a space ("Ban
Ki- moon", "Jean- Pierre Lacroix") is one name again: the person is found whole and speaks
whole. A lowercase half joins inside a capitalised name; a capitalised half joins after a
given name with the family name after it; the halves join with no hyphen where the text
prints them as one word elsewhere (a word cut at a syllable). A suspended compound ("Nord- et
Sud-Kivu"), a list "Jean - Pierre" and a dateline's dash stay as printed. Every sentence is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people_speakers(text: str):
    found = extract(text, None)
    return sorted(f.name for f in found.entities.values() if f.kind == "person"), [q.speaker for q in found.quotes]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Secretary-General Ban Ki- moon said the mission in Mali would stay until the elections.",
                     "Ban Ki-moon", id="en-lowercase-half"),
        pytest.param("El secretario general, Ban Ki- moon, dijo que la misión seguiría en Haití.",
                     "Ban Ki-moon", id="es-lowercase-half"),
        pytest.param("Jean- Pierre Lacroix, the head of peace operations, said the convoy reached Gao on Monday.",
                     "Jean-Pierre Lacroix", id="en-given-name-half"),
        pytest.param("Le chef des opérations de paix, Jean- Pierre Lacroix, a déclaré que le convoi était arrivé à Gao.",
                     "Jean-Pierre Lacroix", id="fr-given-name-half"),
        pytest.param("Selon le colonel Moham- med Diallo, la patrouille est rentrée. Mohammed Diallo commande le secteur.",
                     "Mohammed Diallo", id="fr-syllable-cut"),
    ],
)
def test_a_name_cut_at_a_line_end_is_whole(text, name):
    people, speakers = _people_speakers(text)
    assert people == [name], people
    assert speakers and set(speakers) == {name}, speakers


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Les casques bleus restent au Nord- et au Sud-Kivu.", id="fr-suspended-compound"),
        pytest.param("Franco- and Anglo-phone officers met in Goma.", id="en-suspended-compound"),
        pytest.param("Les invités: Jean - Pierre - Paul.", id="spaced-list"),
        pytest.param("Bamako- Le Premier ministre a reçu les chefs de la mission.", id="dateline-dash"),
    ],
)
def test_other_hyphens_before_a_space_stay(text):
    from newsdossier.segment import rejoin_broken_names

    assert rejoin_broken_names(text) == text
