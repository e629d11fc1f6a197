"""A place the article names once with its head word ("la ville de Sam Kota", "the town of
Kpala Mbete", "la ciudad de Bao Lam", "thị trấn Sam Kota") is the same place where a sentence
names it again without the word ("la population de Sam Kota", "residents of Kpala Mbete"),
though its words alone read as a person's name there (tests/corpus/README.md: people are the
persons the article names). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Attaque contre les casques bleus\n\nLes casques bleus ont été attaqués près de la ville de Sam Kota, "
                     "dans le nord.\n\nIls protègent la population de Sam Kota depuis mars, a dit le colonel Jean Morel.\n",
                     {"Jean Morel"}, id="fr-ville-de"),
        pytest.param("Peacekeepers attacked\n\nThe patrol was attacked near the town of Kpala Mbete on Sunday.\n\n"
                     "Residents of Kpala Mbete fled, said Colonel John Doe.\n",
                     {"John Doe"}, id="en-town-of"),
        pytest.param("Atacan a cascos azules\n\nLa patrulla fue atacada cerca de la ciudad de Bao Lam el domingo.\n\n"
                     "Los vecinos de Bao Lam huyeron, dijo el coronel Juan Pérez.\n",
                     {"Juan Pérez"}, id="es-ciudad-de"),
        # the bare mention first, the head word after
        pytest.param("Peacekeepers attacked\n\nResidents of Kpala Mbete fled on Sunday, said Colonel John Doe.\n\n"
                     "The patrol was attacked near the town of Kpala Mbete.\n",
                     {"John Doe"}, id="en-bare-first"),
        # guard: a person whose name is not the place's stays a person
        pytest.param("Attaque contre les casques bleus\n\nLes casques bleus ont été attaqués près de la ville de Kota, "
                     "dans le nord.\n\nLe colonel Sam Kota a dénoncé l'attaque.\n",
                     {"Sam Kota"}, id="fr-guard-other-name"),
        # guard: a person titled where named, whose name is the place's, stays a person
        pytest.param("Attaque\n\nLes casques bleus ont été attaqués près de la ville de Sam Kota.\n\n"
                     "Le porte-parole Sam Kota a dénoncé l'attaque.\n", {"Sam Kota"}, id="fr-guard-titled-namesake"),
        pytest.param("Attack\n\nTroops reached the village of Kpala Mbete.\n\n"
                     "General Kpala Mbete said they would stay.\n", {"Kpala Mbete"}, id="en-guard-titled-namesake"),
        pytest.param("Ataque\n\nLa patrulla fue atacada cerca de la ciudad de Bao Lam.\n\n"
                     "El alcalde Bao Lam dijo que la patrulla huyó.\n", {"Bao Lam"}, id="es-guard-titled-namesake"),
        # guard: a quote's speaker whose name is the place's stays a person
        pytest.param("Attack\n\nThe patrol was attacked near the town of Kpala Mbete on Sunday.\n\n"
                     "\"We fled at night,\" said Kpala Mbete, who lost his house.\n", {"Kpala Mbete"},
                     id="en-guard-speaker-namesake"),
        pytest.param("Attaque\n\nLa patrouille a été attaquée près de la ville de Sam Kota dimanche.\n\n"
                     "« Nous avons fui la nuit », a déclaré Sam Kota, un habitant.\n", {"Sam Kota"},
                     id="fr-guard-speaker-namesake"),
        pytest.param("Ataque\n\nLa patrulla fue atacada cerca de la ciudad de Bao Lam el domingo.\n\n"
                     "\"Huimos de noche\", dijo Bao Lam, vecino de la zona.\n", {"Bao Lam"},
                     id="es-guard-speaker-namesake"),
        # guard: the holder of an office of the place, after a comma, is a person
        pytest.param("Visite du maire\n\nLe maire de la ville, Paul Njoya, a reçu les casques bleus.\n\n"
                     "Paul Njoya a remercié la mission.\n",
                     {"Paul Njoya"}, id="fr-guard-mayor-of-the-town"),
    ],
)
def test_place_named_by_its_head_elsewhere(text, expected):
    assert _people(text) == expected
