"""Quotes in Spanish, a language that drops the subject: an inverted speech verb with no
subject after it, and verbs and role words of the Spanish press. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("La ministra Julia Orbegoso visitó el cuartel. “Las tropas están listas para partir”, apuntó.",
                     "Julia Orbegoso", id="inverted-at-the-end"),
        pytest.param("La ministra Julia Orbegoso visitó el cuartel. Pese a las «dificultades», ha añadido, «las tropas "
                     "siguen firmes en su puesto».", "Julia Orbegoso", id="inverted-between-quotations"),
        pytest.param("El coronel Pedro Viscarra habló en la ceremonia. La misión es «un compromiso de todo el país», como "
                     "ha apuntado Viscarra en su discurso.", "Pedro Viscarra", id="ha-apuntado"),
        pytest.param("El general Ramiro Alcázar visitó la escuela. \"Los niños vuelven a clase\", dijo. \"Es más fácil "
                     "sostener la paz con las escuelas abiertas\", defendió Alcázar.", "Ramiro Alcázar", id="defendio"),
        pytest.param("El enviado uruguayo Tomás Larrañaga llegó a Goma. Se trata, según dijo el diplomático, de proteger "
                     "a los desplazados del campamento.", "Tomás Larrañaga", id="el-diplomatico"),
    ],
)
def test_the_speaker_of_a_spanish_quote(text, speaker):
    assert speakers_of(text)[-1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Ana Beltrán Robles habló ante el Consejo. “Los avances son reales, pero lentos”, indicó Beltrán en su "
                     "intervención.", "Ana Beltrán Robles", id="first-of-two-family-names"),
        pytest.param("El presidente paraguayo, Tomás Ibarrola, habló en Asunción. El mandatario explicó que el Gobierno pidió "
                     "la prórroga.", "Tomás Ibarrola", id="el-mandatario"),
    ],
)
def test_a_spanish_person_named_again_speaks(text, speaker):
    assert speakers_of(text)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("La ministra Julia Orbegoso visitó el cuartel. «Se oyeron tiros toda la noche», contó una vecina.",
                     id="indefinite-subject"),
        pytest.param("La ministra Julia Orbegoso visitó el cuartel. «Se oyeron tiros toda la noche», dijeron unos pescadores.",
                     id="plural-indefinite-subject"),
        pytest.param("La ministra Julia Orbegoso visitó el cuartel. «Se oyeron tiros toda la noche», aseguró el panadero.",
                     id="definite-subject"),
    ],
)
def test_a_subject_after_the_verb_is_not_the_speaker_before(text):
    """Only adverbs or a day may follow a verb with no subject; a subject led by its
    determiner is someone else, unnamed here."""
    assert speakers_of(text) == [""]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("La ministra Julia Orbegoso visitó el cuartel. «Las tropas están listas», añadió hoy.", id="adverb"),
        pytest.param("La ministra Julia Orbegoso visitó el cuartel. «Las tropas están listas», añadió el martes.", id="day"),
    ],
)
def test_an_adverb_or_a_day_after_the_verb_keeps_the_speaker_before(text):
    assert speakers_of(text) == ["Julia Orbegoso"]
