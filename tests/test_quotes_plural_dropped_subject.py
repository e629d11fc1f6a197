"""A Spanish speech verb in the plural with its subject dropped ("..., dijeron.", "aunque
indicaron que...") does not stand for the one person who spoke before: several speak, whom
the text does not name there. The singular still goes on with that person."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of

INTRO = "El ministro de Defensa, Carlos Ortega, habló con la prensa el sábado en Montevideo."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        pytest.param("\u00abLas patrullas cruzaron el río sin incidentes\u00bb, dijeron.", "", id="inverted-plural"),
        pytest.param("Las patrullas cruzaron el río de noche, aunque indicaron que no hubo heridos.", "", id="clause-plural"),
        pytest.param("Además, explicaron que las patrullas cruzaron el río de noche.", "", id="opening-plural"),
        pytest.param("\u00abLas patrullas cruzaron el río sin incidentes\u00bb, dijo.", "Carlos Ortega", id="inverted-singular"),
        pytest.param("Además, explicó que las patrullas cruzaron el río de noche.", "Carlos Ortega", id="opening-singular"),
    ],
)
def test_a_plural_verb_without_subject_is_not_the_one_speaking(paragraph, speaker):
    assert quotes_of("es", INTRO, paragraph)[-1].speaker == speaker


def test_a_plural_verb_without_subject_goes_on_with_the_body_that_spoke():
    quotes = quotes_of("es", INTRO, "Las Naciones Unidas informaron que la patrulla volvió a su base el domingo.",
                       "\u00abNo hubo heridos entre los cascos azules\u00bb, añadieron.")
    assert quotes[-1].speaker == "United Nations"
