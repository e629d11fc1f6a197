"""Events: a lasting happening begun on a day and printed with its length in days ("began on
Friday a four-day visit", "a entamé vendredi une visite de quatre jours", "inició el viernes
una visita de tres días", "bắt đầu chuyến thăm 3 ngày ... hôm thứ Sáu") runs from that day
over its length: an interval, not its first day alone (vocabulary "length_day_units",
"length_day_joiners", "lasting_start_verbs"; events.length_span). A visit ended on the day,
or one with no length, keeps the day alone. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2025, 11, 19)  # a Wednesday; the Friday before is 14 November


@pytest.mark.parametrize(
    "sentence, language, span",
    [
        pytest.param("Le chef des opérations de paix a entamé vendredi une visite de quatre jours en Centrafrique.",
                     "fr", "2025-11-14/2025-11-17", id="fr-entame"),
        pytest.param("The envoy began on Friday a four-day visit to the Central African Republic.",
                     "en", "2025-11-14/2025-11-17", id="en-began-gap"),
        pytest.param("The envoy began a four-day visit to the Central African Republic on Friday.",
                     "en", "2025-11-14/2025-11-17", id="en-began"),
        pytest.param("El jefe de la misión inició el viernes una visita de tres días a Malí.",
                     "es", "2025-11-14/2025-11-16", id="es-inicio"),
        pytest.param("Bộ trưởng bắt đầu chuyến thăm 3 ngày tới Liban hôm thứ Sáu.",
                     "vi", "2025-11-14/2025-11-16", id="vi-bat-dau"),
        # a printed day between the verb and its object: its "de" links no complement
        pytest.param("El jefe de la misión inició el 14 de noviembre una visita de tres días a Malí.",
                     "es", "2025-11-14/2025-11-16", id="es-inicio-printed-day"),
    ],
)
def test_a_visit_begun_with_its_length_is_an_interval(sentence, language, span):
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR)] == [span]


@pytest.mark.parametrize(
    "sentence, language",
    [
        # near misses: a visit ended on the day; a visit begun with no length printed; a part
        # of it begun on the day (a complement's link between verb and noun)
        pytest.param("The envoy ended on Friday a four-day visit to the Central African Republic.", "en", id="en-ended"),
        pytest.param("The envoy began on Friday a visit to the Central African Republic.", "en", id="en-no-length"),
        pytest.param("Le chef des opérations de paix a achevé vendredi une visite de quatre jours en Centrafrique.", "fr",
                     id="fr-acheve"),
        # the verb begins a part of the visit, its day no first of it
        pytest.param("The envoy started on Friday the second day of a four-day visit to the Central African Republic.",
                     "en", id="en-second-day-of"),
        pytest.param("Le chef des opérations de paix a commencé vendredi le deuxième jour d'une visite de quatre jours en Centrafrique.",
                     "fr", id="fr-deuxieme-jour-d"),
        pytest.param("El jefe de la misión inició el viernes la última etapa de una visita de tres días a Malí.",
                     "es", id="es-ultima-etapa-de"),
    ],
)
def test_a_visit_not_begun_with_a_length_keeps_its_day(sentence, language):
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR)] == ["2025-11-14"]
