"""A Spanish verb of assessment ("evaluó que...", "evalúa que...") reports the clause it
introduces, as "valoró que" does; with a thing for object ("evaluó los daños") it reports
nothing."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of

INTRO = "La ministra de Defensa, Lucía Ferrer, habló con la prensa el sábado en Montevideo."


@pytest.mark.parametrize(
    ("paragraph", "speaker", "kind"),
    [
        pytest.param("La ministra evaluó que la situación en el norte del país es grave.", "Lucía Ferrer", "reported", id="evaluo-que"),
        pytest.param("La titular de Defensa evaluó que el motín responde a \u00abun plan de grupos armados del norte\u00bb.",
                     "Lucía Ferrer", "direct", id="evaluo-que-quoted"),
        pytest.param("Ferrer evalúa que la misión podrá volver en marzo.", "Lucía Ferrer", "reported", id="evalua-que"),
    ],
)
def test_an_assessment_with_its_clause_is_speech(paragraph, speaker, kind):
    quote = quotes_of("es", INTRO, paragraph)[-1]
    assert (quote.speaker, quote.kind) == (speaker, kind)
    assert quote.sentence == paragraph


def test_an_assessment_of_a_thing_is_no_speech():
    assert quotes_of("es", INTRO, "El ejército evaluó los daños del campamento tras la tormenta.") == []
