"""Quotes: a speech verb's incise set off by dashes inside the sentence ("Los observadores
provendrán —acotó— de...", "-dijo-", "Les observateurs — a-t-il précisé — viendront", "The
observers — he said — will come"), as Spanish and French set the narrator's incise off by
dashes (raya, tiret d'incise) as well as by commas: read as the incise between commas is, the
one speaking before goes on; the sentence is returned as printed, dashes kept. A dash in a
compound ("Guinea-Bissau") or a dash with no speech verb after it is no incise. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quotes_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker, sentence",
    [
        pytest.param("LIMA - El funcionario Ramón Quispe recibió a la prensa el lunes. Los observadores provendrán —acotó— de países vecinos.",
                     "Ramón Quispe", "Los observadores provendrán —acotó— de países vecinos.", id="es-em-dash"),
        pytest.param("LIMA - El funcionario Ramón Quispe recibió a la prensa el lunes. Los observadores provendrán -dijo- de países vecinos.",
                     "Ramón Quispe", "Los observadores provendrán -dijo- de países vecinos.", id="es-hyphens"),
        pytest.param("LIMA - Le colonel Rémi Quispe a reçu la presse lundi. Les observateurs viendront —a-t-il précisé— des pays voisins.",
                     "Rémi Quispe", "Les observateurs viendront —a-t-il précisé— des pays voisins.", id="fr-em-dash"),
        pytest.param("LIMA -- Colonel Ray Quispe met the press on Monday. The observers will come —he added— from neighbouring countries.",
                     "Ray Quispe", "The observers will come —he added— from neighbouring countries.", id="en-em-dash"),
    ],
)
def test_an_incise_between_dashes_reports(text, speaker, sentence):
    assert quotes_of(text) == [(speaker, sentence)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("LIMA - El funcionario Ramón Quispe recibió a la prensa el lunes. La misión de Guinea-Bissau llegó -tarde- a la capital.", id="es-no-verb"),
        pytest.param("LIMA -- Colonel Ray Quispe met the press on Monday. The Guinea-Bissau contingent arrived —late— in the capital.", id="en-no-verb"),
    ],
)
def test_dashes_with_no_speech_verb_report_nothing(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize(
    "text, speaker, sentence",
    [
        pytest.param("LIMA - El jefe de la misión, Carlos Mulet, habló el lunes. «Los observadores —dijo Mulet— vendrán de países vecinos».",
                     "Carlos Mulet", "«Los observadores —dijo Mulet— vendrán de países vecinos».", id="es-named-inside-guillemets"),
        pytest.param("LIMA - El jefe de la misión, Carlos Mulet, habló el lunes. «Los observadores —dijo— vendrán de países vecinos».",
                     "Carlos Mulet", "«Los observadores —dijo— vendrán de países vecinos».", id="es-dropped-inside-guillemets"),
        pytest.param("LIMA - El jefe de la misión, Carlos Mulet, habló el lunes. “Los observadores —afirmó Mulet— vendrán de países vecinos”.",
                     "Carlos Mulet", "“Los observadores —afirmó Mulet— vendrán de países vecinos”.", id="es-named-inside-curly"),
        pytest.param("LIMA - Le chef de la mission, Carl Mulet, a parlé lundi.\n\n« Les observateurs — a dit Mulet — viendront des pays voisins ».",
                     "Carl Mulet", "« Les observateurs — a dit Mulet — viendront des pays voisins ».", id="fr-named-inside-guillemets"),
    ],
)
def test_an_incise_inside_quotation_marks_interrupts_the_quotation(text, speaker, sentence):
    """A speech verb's incise between dashes inside quotation marks («Los observadores —dijo
    Mulet— vendrán»): the quotation is interrupted by its speaker, as «Los observadores», dijo
    Mulet, «vendrán» prints it; the sentence is returned as printed."""
    assert quotes_of(text)[-1] == (speaker, sentence)
