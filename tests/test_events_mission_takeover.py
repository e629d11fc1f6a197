"""Events: a since-phrase naming how a UN operation took over from the force before it ("since
the hybrid mission took over from an African Union force in January 2008", "depuis que la
mission a pris le relais de la force africaine en septembre 2014", "desde que la misión relevó
a la fuerza africana en septembre de 2014") is the operation's setting-up in passing, a bound
of a span or a toll, no happening. A since-phrase naming others taking over ("since the rebels
took over the town in March 2012") still dates that happening. Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import find_dates
from newsdossier.datevalue import PartialDate
from newsdossier.events import since_setup
from newsdossier.reference import reference
from eventcases import body_events

ANCHOR = PartialDate(2016, 3, 10)


def _date(sentence):
    return next(d for d in find_dates(sentence) if d.kind == "date")


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The loss brings to 20 the number of soldiers killed in the region since the hybrid mission took over from a regional force in June 2009.", "en", id="en-took-over"),
        pytest.param("Twenty soldiers have died since the mission replaced the regional force in June 2009.", "en", id="en-replaced"),
        pytest.param("Vingt soldats sont morts depuis que la mission a pris le relais de la force régionale en juin 2009.", "fr", id="fr-pris-le-relais"),
        pytest.param("Veinte soldados han muerto desde que la misión relevó a la fuerza regional en junio de 2009.", "es", id="es-relevo"),
        pytest.param("Hai mươi binh sĩ đã thiệt mạng kể từ khi phái bộ tiếp quản từ lực lượng khu vực vào tháng 6/2009.", "vi", id="vi-tiep-quan"),
    ],
)
def test_a_mission_taking_over_in_a_since_phrase_is_its_setup(sentence, language):
    assert since_setup(sentence, _date(sentence).start, language)
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The town has been cut off since the rebels took over its airport in June 2009.", "en", id="en-rebels-took-over"),
        pytest.param("La ville est isolée depuis que les rebelles ont pris le contrôle de l'aéroport en juin 2009.", "fr", id="fr-rebelles"),
    ],
)
def test_others_taking_over_in_a_since_phrase_are_no_setup(sentence, language):
    assert not since_setup(sentence, _date(sentence).start, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        # the mission changing its own leader or work, no force taken over from: a happening of its date
        pytest.param("Since the mission replaced its commander in June 2009, attacks have fallen.", "en", id="en-replaced-commander"),
        pytest.param("Since the mission took charge of the inquiry in June 2009, three men have been arrested.", "en", id="en-took-charge-of-inquiry"),
        pytest.param("Depuis que la mission a remplacé son commandant en juin 2009, les attaques ont baissé.", "fr", id="fr-remplace-commandant"),
        pytest.param("Desde que la misión reemplazó a su comandante en junio de 2009, los ataques han bajado.", "es", id="es-reemplazo-comandante"),
    ],
)
def test_a_mission_replacing_no_force_is_no_setup(sentence, language):
    assert not since_setup(sentence, _date(sentence).start, language)
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR)] == ["2009-06"]


def test_the_words_are_reference_data():
    assert "took over" in reference().vocabulary["mission_takeover_words"]["en"]
    assert "a pris le relais" in reference().vocabulary["mission_takeover_words"]["fr"]
