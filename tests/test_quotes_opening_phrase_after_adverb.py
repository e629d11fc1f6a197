"""In Spanish, which drops the subject, a body named inside a phrase of place that opens the
clause before the verb is where the words were said, not who said them, also when a phrase of
time set off by a comma comes first ("Más tarde, en una ceremonia en la sala del Consejo de
Seguridad, pidió..."): the one speaking before goes on. Every sentence is written for the
test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of

BEFORE = "Carlos Ortega, comandante del batallón, visitó la base de Goma."


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        pytest.param("Más tarde, en una ceremonia en la sala del Consejo de Seguridad, pidió que se guardara un minuto de silencio por los caídos.",
                     "Carlos Ortega", id="es-mas-tarde-en-la-sala-del-consejo"),
        pytest.param("Ese mismo día, en la sede de la Unión Africana, afirmó que la misión seguirá en la región.",
                     "Carlos Ortega", id="es-ese-mismo-dia-en-la-sede-de-la-ua"),
        pytest.param("Pedro Salinas, en la sede de la Unión Africana, afirmó que la misión seguirá en la región.",
                     "Pedro Salinas", id="es-named-subject-stays"),
        pytest.param("Más tarde, en una ceremonia en la sala del Consejo de Seguridad pidió que se guardara un minuto de silencio.",
                     "Carlos Ortega", id="es-no-comma-en-la-sala-del-consejo"),
        pytest.param("En la sede de la Unión Africana afirmó que la misión seguirá en la región.",
                     "Carlos Ortega", id="es-no-comma-en-la-sede-de-la-ua"),
        pytest.param("En Bamako la Minusca afirmó que la misión seguirá en la región.",
                     "MINUSCA", id="es-no-comma-subject-after-a-place"),
    ],
)
def test_a_body_in_an_opening_phrase_of_place_is_no_subject(paragraph, speaker):
    assert quotes_of("es", BEFORE, paragraph)[-1].speaker == speaker
