"""Events: when the lead's opening sentence tells its news on a day of its own in words no
event list names ("Et samedi, les autorités ont rendu hommage aux soldats"), a later lead
sentence with no day of its own tells that news again: it is not dated by the article's
date. An opening on the article's own day ("hoy", "today") leaves the later sentence the
article's date. In FR, EN, ES. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

MONDAY = PartialDate(2014, 9, 15)  # Saturday is 13 September


def dates_of(sentences: list[str], language: str) -> list[str]:
    return [e.date for e in article_events(sentences, language, MONDAY, wire_day=False)]


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["Et samedi, les autorités ont rendu hommage aux quelque 5000 soldats de la force régionale.",
                      "C'est au son des tambours que les soldats de la force ont reçu les honneurs du gouvernement."], "fr", id="fr-samedi"),
        pytest.param(["On Saturday, the authorities paid tribute to the 5,000 soldiers of the regional force.",
                      "To the sound of drums, the soldiers of the force received the honours of the government at a ceremony."], "en", id="en-saturday"),
    ],
)
def test_a_later_sentence_retelling_an_opening_of_its_own_day_is_not_the_article_date(sentences, language):
    assert dates_of(sentences, language) == []


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["Les autorités ont rendu hommage aux quelque 5000 soldats de la force régionale.",
                      "C'est au son des tambours que les soldats de la force ont reçu les honneurs du gouvernement."], "fr", id="fr-no-day"),
        pytest.param(["Los ministros se comprometieron hoy en Londres a ampliar el papel de las mujeres.",
                      "El compromiso figura en un comunicado difundido al cierre de una reunión ministerial de la ONU."], "es", id="es-hoy"),
        # a day ahead is a plan, no news already told: the later news is the article's
        pytest.param(["Demain, les ministres se retrouvent à Bamako.",
                      "Deux casques bleus ont été tués dans une embuscade près de Kidal."], "fr", id="fr-demain"),
        pytest.param(["Tomorrow, the ministers gather in London.",
                      "Two peacekeepers were killed in an ambush near Kidal."], "en", id="en-tomorrow"),
    ],
)
def test_an_opening_of_no_day_or_of_the_article_day_leaves_the_article_date(sentences, language):
    assert dates_of(sentences, language) == ["2014-09"]
