"""Events: relative dates of kinds the article's date resolves ("earlier this week", "last
weekend") and counts of days from the happening told before ("two days later"). Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import relative_period
from newsdossier.datevalue import PartialDate
from newsdossier.events import day_after_previous, find_events

ANCHOR = PartialDate(2024, 3, 15)  # a Friday
FILLER = [("Une phrase sans rien.", []), ("Otra frase sin nada.", []), ("Another one.", []), ("Und noch.", [])]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Earlier this week, peacekeepers were attacked near Kidal.", "en", "2024-03-11/2024-03-17", id="en-week"),
        pytest.param("En début de semaine, des Casques bleus ont été attaqués près de Kidal.", "fr", "2024-03-11/2024-03-17", id="fr-week"),
        pytest.param("A principios de esta semana, cascos azules fueron atacados cerca de Kidal.", "es", "2024-03-11/2024-03-17", id="es-week"),
        pytest.param("Last weekend, a patrol was ambushed near Kidal.", "en", "2024-03-09/2024-03-10", id="en-weekend"),
        pytest.param("Le week-end dernier, une patrouille a été prise en embuscade près de Kidal.", "fr", "2024-03-09/2024-03-10", id="fr-weekend"),
        pytest.param("El fin de semana pasado, una patrulla fue emboscada cerca de Kidal.", "es", "2024-03-09/2024-03-10", id="es-weekend"),
        pytest.param("Cuối tuần trước, một đội tuần tra bị phục kích gần Kidal.", "vi", "2024-03-09/2024-03-10", id="vi-weekend"),
    ],
)
def test_a_week_or_weekend_named_from_the_article_is_resolved(sentence, language, expected):
    assert [e.date for e in find_events(FILLER + [(sentence, [])], ANCHOR, None, language)[0]] == [expected]


@pytest.mark.parametrize(
    "text, language",
    [
        pytest.param("This week the council votes on the mandate.", "en", id="en"),
        pytest.param("Le représentant présentera cette semaine son rapport.", "fr", id="fr"),
        pytest.param("Esta semana vota el Consejo.", "es", id="es"),
        pytest.param("Tuần này Hội đồng bỏ phiếu.", "vi", id="vi"),
    ],
)
def test_this_week_is_the_whole_week_of_the_article(text, language):
    assert relative_period(text, ANCHOR, language) == (PartialDate(2024, 3, 11), PartialDate(2024, 3, 17))


@pytest.mark.parametrize(
    "first, second, language, expected",
    [
        pytest.param("Two peacekeepers were killed on 3 March 2024.", "Two days later, the troops returned to base.", "en", "2024-03-05", id="en-later"),
        pytest.param("Two peacekeepers were killed on 3 March 2024.", "Two days earlier, a patrol was ambushed.", "en", "2024-03-01", id="en-earlier"),
        pytest.param("Deux Casques bleus ont été tués le 3 mars 2024.", "Trois jours plus tard, les soldats sont rentrés à la base.", "fr", "2024-03-06", id="fr"),
        pytest.param("Dos cascos azules murieron el 3 de marzo de 2024.", "Dos días después, las tropas regresaron a la base.", "es", "2024-03-05", id="es"),
        pytest.param("Hai binh sĩ thiệt mạng ngày 3/3/2024.", "Hai ngày sau, đơn vị đã trở về căn cứ.", "vi", "2024-03-05", id="vi"),
    ],
)
def test_a_count_of_days_from_the_event_told_before(first, second, language, expected):
    dates = [e.date for e in find_events(FILLER + [(first, []), (second, [])], ANCHOR, None, language)[0]]
    assert dates == ["2024-03-03", expected]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two days before the vote, the mission was attacked.", "en", id="en-before-noun"),
        pytest.param("Deux jours avant le scrutin, la mission a été attaquée.", "fr", id="fr-avant"),
        pytest.param("Dos días después de las elecciones, la misión fue atacada.", "es", id="es-despues-de"),
        pytest.param("Hai ngày sau khi đến, đơn vị đã làm việc.", "vi", id="vi-sau-khi"),
    ],
)
def test_a_count_of_days_from_a_named_happening_is_not_read_from_the_one_before(sentence, language):
    assert day_after_previous(sentence, PartialDate(2024, 3, 3), language) is None
