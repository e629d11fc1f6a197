"""Events: a contingent seen off, told in the Spanish passive ("fueron despedidos por el
ministro", "fue despedido ayer"), is a ceremony, as "despidió"/"despidieron" and the English
"were seen off" are (vocabulary kind "ceremony", its verbs). Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

FRIDAY = PartialDate(2023, 6, 9)


def events_of(sentences: list[str], language: str) -> list[tuple[str, str]]:
    """(date, kind) of the events of an article of these sentences, dated FRIDAY."""
    return [(e.date, e.kind) for e in article_events(sentences, language, FRIDAY)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Los 80 efectivos del nuevo contingente fueron despedidos ayer por la ministra en el puerto.", "es", id="es-fueron-despedidos"),
        pytest.param("El contingente de ingenieros fue despedido ayer por el jefe del Estado Mayor en la base aérea.", "es", id="es-fue-despedido"),
        pytest.param("Ayer fueron despedidos en el cuartel los 120 militares que partirán hacia Chipre.", "es", id="es-fronted-day"),
        pytest.param("The 80 troops of the new contingent were seen off yesterday by the minister at the port.", "en", id="en-seen-off"),
        pytest.param("Las 40 enfermeras del hospital de campaña fueron despedidas ayer por la ministra en el puerto.", "es", id="es-fueron-despedidas"),
    ],
)
def test_a_contingent_seen_off_is_a_ceremony(sentence, language):
    assert events_of([sentence], language) == [("2023-06-08", "ceremony")]
