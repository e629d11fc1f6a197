"""Events: a lead that does not say when its happening took place is dated by the article's
month alone (a text that is no wire of its day); a later telling of that happening again
("the ceremony", "la cérémonie") on a day of that month, up to the article's day, gives it
its day, even more than a week before the article. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2023, 5, 20)


@pytest.mark.parametrize(
    "sentences, language, expected",
    [
        pytest.param(["Recently, the signals company held a ceremony to greet its new officers.",
                      "The company has worked in the province for two years.",
                      "The ceremony took place on 9 May 2023."], "en", ["2023-05-09"], id="en-recently"),
        pytest.param(["Récemment, la compagnie de transmissions a organisé une cérémonie d'accueil.",
                      "La compagnie travaille dans la province depuis deux ans.",
                      "La cérémonie s'est déroulée le 9 mai 2023."], "fr", ["2023-05-09"], id="fr-recemment"),
        pytest.param(["La compañía de transmisiones celebró una ceremonia de bienvenida.",
                      "La compañía trabaja en la provincia desde hace dos años.",
                      "La ceremonia tuvo lugar el 9 de mayo de 2023."], "es", ["2023-05-09"], id="es-plain"),
    ],
)
def test_a_later_telling_in_the_month_gives_the_lead_its_day(sentences, language, expected):
    assert [e.date for e in article_events(sentences, language, ANCHOR, wire_day=False)] == expected


@pytest.mark.parametrize(
    "day, expected",
    [
        pytest.param("9 April 2023", ["2023-04-09", "2023-05"], id="another-month"),
        pytest.param("22 May 2023", ["2023-05", "2023-05-22"], id="after-the-article"),
    ],
)
def test_a_telling_of_another_month_or_after_the_article_stays_apart(day, expected):
    # the lead keeps the article's month; the later telling stands apart on its own day
    sentences = ["Recently, the signals company held a ceremony to greet its new officers.",
                 "The company has worked in the province for two years.",
                 f"The ceremony took place on {day}."]
    assert sorted(e.date for e in article_events(sentences, "en", ANCHOR, wire_day=False)) == expected
