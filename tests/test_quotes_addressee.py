"""A person named only as the one spoken to is not the one a later sentence goes on with.
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("es", ["La ministra Julia Orbegoso visitó a las tropas en el sur.",
                            "Orbegoso trasladó ayer por teléfono al secretario general adjunto de la ONU, Jean Morel, que el despliegue se hará en enero.",
                            "Ha insistido en que las tropas están listas."],
                     "Julia Orbegoso", id="es-al-title-comma-name"),
        pytest.param("es", ["La ministra Julia Orbegoso visitó a las tropas en el sur.",
                            "Orbegoso trasladó ayer por teléfono al secretario general adjunto de la ONU, Jean Morel, que el despliegue se hará en enero.",
                            "A la pregunta de si habrá más tropas, ha dicho que por ahora no."],
                     "Julia Orbegoso", id="es-opening-question-then-dropped-subject"),
    ],
)
def test_the_one_spoken_to_is_not_the_one_who_goes_on(language, paragraphs, speaker):
    assert quotes_of(language, *paragraphs)[-1].speaker == speaker


def test_a_person_named_as_subject_after_is_the_one_who_goes_on():
    quotes = quotes_of("es", "La ministra Julia Orbegoso visitó a las tropas en el sur.",
                       "El secretario general adjunto de la ONU, Jean Morel, llegó ayer al cuartel.",
                       "Ha insistido en que las tropas están listas.")
    assert quotes[-1].speaker == "Jean Morel"
