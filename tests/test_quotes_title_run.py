"""Quotes: a run of two titles after a definite article ("le haut responsable", "la haute
responsable", "el alto responsable", "the senior official") is one title, the last word the
one held, the first only qualifying it: the run stands for the person named before, as the
last title alone does ("le responsable a ajouté"), and no bare title word is left over as an
unnamed speaker. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

NAMED = {
    "fr": "Martin Griffiths a rencontré les autorités mardi à Bamako.",
    "es": "Martin Griffiths se reunió con las autoridades en Bamako el martes.",
    "en": "Martin Griffiths met the authorities in Bamako on Tuesday.",
}


def last_speaker(language: str, sentence: str) -> str:
    quotes = extract("Titre\n\n" + NAMED[language] + "\n\n" + sentence + "\n", None).quotes
    assert quotes, "no quote found"
    return quotes[-1].speaker


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("fr", "Le haut responsable onusien a ajouté que l'aide devait reprendre.", id="fr-haut-responsable-onusien"),
        pytest.param("fr", "Le haut responsable a précisé que la route restait fermée.", id="fr-haut-responsable"),
        pytest.param("fr", "La haute responsable onusienne a ajouté que le convoi était reparti.", id="fr-haute-responsable"),
        pytest.param("en", "The senior official added that aid had to resume.", id="en-senior-official"),
    ],
)
def test_a_run_of_titles_stands_for_the_person_named_before(language, sentence):
    assert last_speaker(language, sentence) == "Martin Griffiths"


@pytest.mark.parametrize(
    "language, sentence",
    [
        # one title alone, as before
        pytest.param("fr", "Le responsable a ajouté que l'aide devait reprendre.", id="fr-responsable"),
        pytest.param("es", "El alto responsable de la ONU añadió que la ayuda debía reanudarse.", id="es-alto-responsable"),
    ],
)
def test_other_titles_are_left_as_they_were(language, sentence):
    assert last_speaker(language, sentence) == "Martin Griffiths"


RANKED = {
    "fr": "Le colonel Amadou Keïta a parlé mardi à Bamako.",
    "es": "El coronel Amadou Keïta habló el martes en Bamako.",
    "en": "Colonel Amadou Keïta spoke in Bamako on Tuesday.",
}


@pytest.mark.parametrize(
    "language, sentence",
    [
        pytest.param("fr", "« Nous tiendrons la ville », a déclaré le porte-parole colonel Amadou Keïta.", id="fr-porte-parole-colonel"),
        pytest.param("es", "«Mantendremos la ciudad», declaró el portavoz coronel Amadou Keïta.", id="es-portavoz-coronel"),
        pytest.param("en", "\"We will hold the town,\" said the spokesman colonel Amadou Keïta.", id="en-lowercase-rank"),
    ],
)
def test_a_rank_opening_a_name_leaves_the_title_before_it(language, sentence):
    # the last title of the run is the named person's rank, part of their mention: the title
    # before it is theirs, and no bare title is left over as an unnamed speaker
    quotes = extract("Titre\n\n" + RANKED[language] + "\n\n" + sentence + "\n", None).quotes
    assert quotes, "no quote found"
    assert quotes[-1].speaker == "Amadou Keïta"
