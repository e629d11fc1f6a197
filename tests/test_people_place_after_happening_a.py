"""A name printed after French "à" right after a noun of a happening or a post, or a participle
of what befell people ("une attaque à Zam Zam", "tués à Ndah Kouti", "le camp à Tin
Zaouatene", "blessés à Kalo Mbeti"), is where it happened, not a person (vocabulary "happening_place_words"); "à"
after a verb of saying still takes a person. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.id for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, place",
    [
        pytest.param("Paris, 4 mai 2022 - Deux soldats ont péri lors d'une attaque à Zam Zam, selon l'ONU.",
                     "zam-zam", id="attaque"),
        pytest.param("Paris, 4 mai 2022 - Trois casques bleus ont été tués à Ndah Kouti, a indiqué la mission.",
                     "ndah-kouti", id="tues"),
        pytest.param("Paris, 4 mai 2022 - Une embuscade à Tin Zaouatene a visé le convoi, selon l'armée.",
                     "tin-zaouatene", id="embuscade"),
        pytest.param("Paris, 4 mai 2022 - Quatre civils ont été blessés à Kalo Mbeti, a indiqué la mission.",
                     "kalo-mbeti", id="blesses"),
    ],
)
def test_a_name_after_a_happening_and_a_is_a_place(text, place):
    assert place not in _people(text)


@pytest.mark.parametrize(
    "text, person",
    [
        pytest.param("Paris, 4 mai 2022 - Le ministre a déclaré à Jean Dupont que l'attaque était grave.",
                     "jean-dupont", id="declare-a"),
        pytest.param("Paris, 4 mai 2022 - La mission a rendu hommage à Paul Mbaye après l'attaque.",
                     "paul-mbaye", id="hommage-a"),
        # "poste" as an office, handed to someone
        pytest.param("Paris, 4 mai 2022 - Le général a cédé son poste à Paul Mbaye après deux ans.",
                     "paul-mbaye", id="cede-son-poste-a"),
        pytest.param("Paris, 4 mai 2022 - Le président a confié le poste à Aminata Koné, a indiqué la mission.",
                     "aminata-kone", id="confie-le-poste-a"),
    ],
)
def test_a_person_after_a_still_a_person(text, person):
    assert person in _people(text)
