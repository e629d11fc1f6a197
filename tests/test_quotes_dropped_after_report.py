"""A Spanish speech verb closing its sentence after a comma, with no subject after it
("..., se reunirá el Consejo de Seguridad, informó."), reports the clause before it: its
subject is dropped, the one speaking goes on; a body named inside the clause said is no
speaker. A subject set off by commas before the verb still speaks."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of

INTRO = "La ministra de Defensa, Lucía Ferrer, habló con la prensa el sábado en Montevideo."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        pytest.param("La ministra sostuvo que el contingente volverá en marzo. A pedido de Chile, el jueves se reunirá el "
                     "Consejo de Seguridad de Naciones Unidas, informó.", "Lucía Ferrer", id="council-in-clause"),
        pytest.param("La ministra sostuvo que el contingente volverá en marzo. El batallón relevará en abril a la "
                     "Minustah en Puerto Príncipe, anunció.", "Lucía Ferrer", id="mission-in-clause"),
        pytest.param("La ministra sostuvo que el contingente volverá en marzo. Los heridos fueron trasladados a un hospital "
                     "de la Cruz Roja en Goma, precisó el lunes.", "Lucía Ferrer", id="organisation-in-clause-then-day"),
    ],
)
def test_a_verb_closing_the_report_keeps_the_one_speaking(paragraph, speaker):
    assert quotes_of("es", INTRO, paragraph)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        pytest.param("El portavoz de la misión, Pablo Ríos, informó.", "Pablo Ríos", id="subject-then-apposition"),
        pytest.param("Pablo Ríos, portavoz de la misión, lo confirmó.", "Pablo Ríos", id="apposition-then-verb"),
        pytest.param("La ministra sostuvo que el contingente volverá en marzo. Según Pablo Ríos, el batallón llegará el martes.",
                     "Pablo Ríos", id="marker-unchanged"),
    ],
)
def test_a_subject_set_off_by_commas_still_speaks(paragraph, speaker):
    assert quotes_of("es", INTRO, paragraph)[-1].speaker == speaker
