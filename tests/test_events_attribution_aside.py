"""Events: a day inside an attribution phrase dates the telling, also when the phrase holds a
bracketed short name ("according to the statement issued by the Defence Press Office (DPO)
yesterday"): a bracketed name is an aside, not the end of the phrase. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2019, 4, 14)


def dates_of(sentence: str, language: str) -> list[str]:
    return sorted(e.date for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("During the visit, the envoy will meet the defence chiefs, according to the statement "
                     "issued by the Defence Press Office (DPO) yesterday.", "en", id="en"),
        pytest.param("Pendant sa visite, l'envoyé rencontrera les chefs militaires, selon le communiqué "
                     "publié par le Bureau de presse (BPD) hier.", "fr", id="fr"),
        pytest.param("Durante la visita, el enviado se reunirá con los jefes militares, según el comunicado "
                     "difundido por la Oficina de Prensa (OPD) ayer.", "es", id="es"),
    ],
)
def test_a_day_after_a_bracketed_name_in_an_attribution_dates_no_happening(sentence, language):
    assert "2019-04-13" not in dates_of(sentence, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        # the bracket closes a clause of its own: the day is the meeting's
        pytest.param("The envoy (who arrived on Friday) met the defence chiefs yesterday.", "en", id="en-clause"),
    ],
)
def test_a_day_outside_any_attribution_still_dates_the_happening(sentence, language):
    assert "2019-04-13" in dates_of(sentence, language)
