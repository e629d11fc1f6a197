"""Events: a happening dated by a count of weeks back from the article's date ("hace una
semana", "two weeks ago", "il y a deux semaines", "hai tuần trước") falls on the day seven
times that many days before it, as a count of days falls on that day; "hai tuần trước khi"
(two weeks before another happening) counts from that happening, not from the article.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        pytest.param("Una patrulla de la misión fue emboscada cerca de Tessalit hace una semana.", "es", "2023-04-25", id="es-una-semana"),
        pytest.param("Hace dos semanas, la misión desplegó 300 soldados en Bunia.", "es", "2023-04-18", id="es-dos-semanas"),
        pytest.param("A patrol of the mission was ambushed near Tessalit two weeks ago.", "en", "2023-04-18", id="en-two-weeks"),
        pytest.param("Une patrouille de la mission a été prise en embuscade près de Tessalit il y a deux semaines.", "fr", "2023-04-18", id="fr-deux-semaines"),
        pytest.param("Hai tuần trước, đội tuần tra của phái bộ bị phục kích gần Tessalit.", "vi", "2023-04-18", id="vi-hai-tuan"),
        pytest.param("Cách đây một tuần, đội tuần tra của phái bộ bị phục kích gần Tessalit.", "vi", "2023-04-25", id="vi-cach-day"),
    ],
)
def test_a_count_of_weeks_back_dates_the_happening_seven_days_a_week_before(sentence, language, day):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == [day]


def test_weeks_before_another_happening_are_not_counted_from_the_article():
    events = body_events("Hai tuần trước khi rời Gao, đội tuần tra của phái bộ bị phục kích.", "vi", ANCHOR)
    assert all(e.date != "2023-04-18" for e in events)
