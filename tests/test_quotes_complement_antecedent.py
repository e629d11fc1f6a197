"""A person named only as the complement of a noun ("the death of X", "la mort de X", "la baja
de X") in a sentence holding no speech does not take the place of the one speaking: a
pronoun or a dropped subject after it goes on with the speaker. A person who is the subject
of such a sentence does."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("en", ["Defence Minister Carla Ortega spoke to the press on Saturday.",
                            "She said the troops arrived on Monday. The death of Peter Gomez is the third this year.",
                            "\u201cWe will send more doctors,\u201d she added."], "Carla Ortega", id="en-death-of"),
        pytest.param("fr", ["Le ministre de la Défense, Jean Moreau, a parlé à la presse samedi.",
                            "Il a indiqué que les troupes sont arrivées lundi. La mort de Pierre Dubois est la troisième cette année.",
                            "\u00ab Nous enverrons d'autres médecins \u00bb, a-t-il ajouté."], "Jean Moreau", id="fr-mort-de"),
        pytest.param("es", ["El ministro de Defensa, Carlos Ortega, habló con la prensa el sábado.",
                            "El ministro sostuvo que la tropa llegó el lunes. La baja de Pedro Gómez es la tercera este año.",
                            "\u00abVamos a enviar más médicos\u00bb, añadió."], "Carlos Ortega", id="es-baja-de"),
    ],
)
def test_a_person_of_a_noun_does_not_take_the_speakers_place(language, paragraphs, speaker):
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("en", ["Defence Minister Carla Ortega spoke to the press on Saturday.",
                            "She said the troops arrived on Monday. Maria Lopez reached the camp on Sunday.",
                            "\u201cWe will send more doctors,\u201d she added."], "Maria Lopez", id="en-subject"),
        pytest.param("fr", ["Le ministre de la Défense, Jean Moreau, a parlé à la presse samedi.",
                            "Il a indiqué que les troupes sont arrivées lundi. Pierre Dubois est arrivé au camp dimanche.",
                            "\u00ab Nous enverrons d'autres médecins \u00bb, a-t-il ajouté."], "Pierre Dubois", id="fr-subject"),
    ],
)
def test_a_person_who_is_the_subject_does(language, paragraphs, speaker):
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker
