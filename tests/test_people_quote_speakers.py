"""A person named only as a quote's speaker, whose given name and surname are both everyday
words ("Ward Bond", "Rosa Flores", "Rose Blanche"): right after the speech verb that follows a
quotation, right before it, or after "according to" / "selon" / "según" with an apposition that
describes them. Every text is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people(text: str) -> set[str]:
    """The names of the people extract finds in a text."""
    return {e.name for e in extract(text, None).entities.values() if e.kind == "person"}


LEADS = {
    "en": "Talks on the convoy routes resumed in Juba on Monday after a week of heavy rain.\n\n",
    "fr": "Les discussions sur les routes des convois ont repris lundi à Bangui après une semaine de pluie.\n\n",
    "es": "Las conversaciones sobre las rutas de los convoyes se reanudaron el lunes en Goma tras una semana de lluvia.\n\n",
}


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", '"Nothing moved all night," Ward Bond told reporters.', "Ward Bond", id="en-before-verb"),
        pytest.param("en", '"The bridge held," said Hope Winter, a driver.', "Hope Winter", id="en-after-verb"),
        pytest.param("fr", "Selon Rose Blanche, une habitante, six maisons ont brûlé.", "Rose Blanche", id="fr-selon"),
        pytest.param("fr", "« La route est coupée », a confié Claire Fontaine.", "Claire Fontaine", id="fr-after-verb"),
        pytest.param("es", "Según Rosa Flores, vecina de la zona, seis casas ardieron.", "Rosa Flores", id="es-segun"),
        pytest.param("es", '"Seguimos aquí", afirmó Pilar Luna.', "Pilar Luna", id="es-after-verb"),
    ],
)
def test_a_quotes_speaker_of_everyday_words_is_a_person(language, sentence, name):
    assert name in people(LEADS[language] + sentence + "\n")


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", '"Calm returned at dawn," said Kilometre Five.', "Kilometre Five", id="en-number-word"),
        pytest.param("en", "According to Rose Hill Road, the route is closed.", "Rose Hill Road", id="en-street-no-apposition"),
        pytest.param("es", "Según Cerro Verde, el agua llegó tarde.", "Cerro Verde", id="es-no-apposition"),
    ],
)
def test_other_words_in_a_speakers_place_are_no_person(language, sentence, name):
    assert name not in people(LEADS[language] + sentence + "\n")


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("es", '"La situación es grave", dijeron Cascos Azules.', "Cascos Azules", id="es-preterite-plural-after"),
        pytest.param("es", '"No hay agua", afirmaron Voluntarios Locales.', "Voluntarios Locales", id="es-preterite-plural-after-2"),
        pytest.param("es", '"No hay agua", Voluntarios Locales dijeron.', "Voluntarios Locales", id="es-preterite-plural-before"),
    ],
)
def test_the_subject_of_a_speech_verb_of_several_speakers_is_no_person(language, sentence, name):
    assert name not in people(LEADS[language] + sentence + "\n")


@pytest.mark.parametrize(
    "language, sentence, name",
    [
        pytest.param("en", '"The market stayed shut," said Northern Residents.', "Northern Residents", id="en-residents-after"),
        pytest.param("en", '"No vote is planned," Western Diplomats told reporters.', "Western Diplomats", id="en-diplomats-before"),
        pytest.param("en", '"We will hold the hill," Blue Helmets said.', "Blue Helmets", id="en-troops-before"),
    ],
)
def test_a_designation_of_people_by_what_they_are_is_no_person(language, sentence, name):
    assert name not in people(LEADS[language] + sentence + "\n")
