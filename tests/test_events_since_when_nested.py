"""Events: "since March 2015, when the Council adopted the resolution" dates the adoption;
but an event word inside a clause nested in the time clause ("since March 2015, when the UN
asked Chile for a battalion that would allow it to extend the mandate") tells what was
wanted then, not what happened: the time clause holds no happening of a listed kind, and the
date stays a bound. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2021, 6, 10)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The troops have served there since March 2015, when the UN asked Chile for a battalion that "
                     "would allow it to extend the mandate.", "en", id="en-that"),
        pytest.param("Les troupes y servent depuis mars 2015, quand l'ONU a demandé au Chili un bataillon qui "
                     "permettrait de prolonger le mandat.", "fr", id="fr-qui"),
        pytest.param("Las tropas están en la zona desde marzo de 2015, cuando la ONU pidió a Chile un batallón que "
                     "permitiera prorrogar el mandato de la misión.", "es", id="es-que"),
    ],
)
def test_a_word_nested_in_the_time_clause_is_not_its_happening(sentence, language):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The troops have served there since March 2015, when the Council adopted the resolution.", "en",
                     id="en"),
        pytest.param("Las tropas están en la zona desde marzo de 2015, cuando el Consejo aprobó la resolución.", "es",
                     id="es"),
    ],
)
def test_the_time_clause_s_own_word_still_dates(sentence, language):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == [("2015-03", "adoption")]
