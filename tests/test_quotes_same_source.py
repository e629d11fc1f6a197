"""Quotes: a phrase pointing back to the source an earlier quote named ("selon la même
source", "a ajouté la même source", "según la misma fuente", "the same source said";
quotes.yaml "same_source_phrases") gives that source as the speaker, a body or a person; with
no source named before it, no one. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

TITLES = {"fr": "Un camp de casques bleus attaqué dans le nord\n\n",
          "es": "Atacado un campamento de cascos azules en el norte\n\n",
          "en": "Peacekeepers' camp attacked in the north\n\n"}
FIRST = {"fr": "Le camp a été visé dans la nuit par une trentaine d'hommes armés, a indiqué l'armée malienne dans un communiqué.\n\n",
         "es": "El campamento fue atacado durante la noche por una treintena de hombres armados, informó el Ministerio de Defensa de Malí.\n\n",
         "en": "The camp was attacked overnight by about thirty armed men, the Malian army said in a statement.\n\n"}
FIRST_PERSON = {"fr": "Le camp a été visé dans la nuit, a indiqué le colonel Amadou Keita, porte-parole de l'armée.\n\n",
                "es": "El campamento fue atacado durante la noche, dijo el coronel Amadou Keita, portavoz del ejército.\n\n"}
SPEAKERS = {"fr": "Malian Armed Forces", "es": "Ministry of Defence of Mali", "en": "Malian Armed Forces"}


def speakers_of(language: str, text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(TITLES[language] + text, None).quotes]


@pytest.mark.parametrize(
    "language, text, says",
    [
        pytest.param("fr", "Les assaillants ont pris la fuite vers la frontière, selon la même source.",
                     "pris la fuite vers la frontière", id="fr-selon-la-meme-source"),
        pytest.param("fr", "Trois soldats blessés ont été évacués vers Gao, a ajouté la même source.",
                     "évacués vers Gao", id="fr-inverted-verb"),
        pytest.param("fr", "De même source, on apprend que deux véhicules ont été incendiés pendant l'attaque.",
                     "deux véhicules ont été incendiés", id="fr-de-meme-source"),
        pytest.param("es", "Según la misma fuente, los atacantes huyeron hacia la frontera tras el ataque.",
                     "huyeron hacia la frontera", id="es-segun-la-misma-fuente"),
        pytest.param("en", "Three wounded soldiers were flown to Gao, the same source said.",
                     "flown to Gao", id="en-the-same-source-said"),
        pytest.param("en", "The attackers fled towards the border, according to the same source.",
                     "fled towards the border", id="en-according-to-the-same-source"),
    ],
)
def test_the_same_source_is_the_body_named_before(language, text, says):
    assert [s for s, sentence in speakers_of(language, FIRST[language] + text) if says in sentence] == [SPEAKERS[language]]


@pytest.mark.parametrize(
    "language, text, says",
    [
        pytest.param("fr", "Les assaillants ont pris la fuite vers la frontière, selon la même source.",
                     "pris la fuite vers la frontière", id="fr-person"),
        pytest.param("es", "Según la misma fuente, los atacantes huyeron hacia la frontera tras el ataque.",
                     "huyeron hacia la frontera", id="es-person"),
    ],
)
def test_the_same_source_is_the_person_named_before(language, text, says):
    assert [s for s, sentence in speakers_of(language, FIRST_PERSON[language] + text) if says in sentence] == ["Amadou Keita"]


@pytest.mark.parametrize(
    "language, text, says",
    [
        pytest.param("fr", "Les assaillants ont pris la fuite vers la frontière, selon la même source.",
                     "pris la fuite vers la frontière", id="fr-no-source-before"),
        pytest.param("en", "The attackers fled towards the border, according to the same source.",
                     "fled towards the border", id="en-no-source-before"),
    ],
)
def test_the_same_source_with_none_named_before_is_no_one(language, text, says):
    assert [s for s, sentence in speakers_of(language, text) if says in sentence] == [""]


# The last quote's source was not named ("a UN source", "une source sécuritaire", "una fuente
# militar"): the same source is that one again, no one, not a speaker named further back.
UNNAMED = {"fr": "Une source sécuritaire a affirmé que les assaillants venaient de l'est.\n\n",
           "es": "Una fuente militar aseguró que los atacantes venían del este.\n\n",
           "en": "A security source, speaking on condition of anonymity, said the attackers had come from the east.\n\n"}


@pytest.mark.parametrize(
    "language, text, says",
    [
        pytest.param("fr", "Selon la même source, trois soldats ont été blessés dans l'attaque.",
                     "trois soldats ont été blessés", id="fr-after-unnamed"),
        pytest.param("es", "Según la misma fuente, tres soldados resultaron heridos en el ataque.",
                     "tres soldados resultaron heridos", id="es-after-unnamed"),
        pytest.param("en", "The same source said three soldiers were wounded in the attack.",
                     "three soldiers were wounded", id="en-after-unnamed"),
    ],
)
def test_the_same_source_after_an_unnamed_source_is_no_one(language, text, says):
    assert [s for s, sentence in speakers_of(language, FIRST[language] + UNNAMED[language] + text)
            if says in sentence] == [""]
