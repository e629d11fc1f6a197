"""Events: a period named as the article's own week or year ("later this week", "cette semaine",
"esta semana", "tuần này"; "later this year", "by the end of this year", "a finales de este año",
"cuối năm nay") dates the happening it tells to that week or year, as "next week" dates it to
the week after (dates.yaml relative_periods, offset 0). A bare "the end of the year" is not
listed: after a year printed earlier it may mean that year's end. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events, body_events

ANCHOR = PartialDate(2021, 9, 15)  # a Wednesday
WEEK = "2021-09-13/2021-09-19"


def dates_of(sentence: str, language: str) -> list[str]:
    return sorted(e.date for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The engineering company will deploy to Abyei later this year.", "en", "2021", id="en-later-this-year"),
        pytest.param("The new field hospital will deploy to Juba by the end of this year.", "en", "2021", id="en-end-of-this-year"),
        pytest.param("La compagnie du génie sera déployée à Abyei plus tard cette année.", "fr", "2021", id="fr-plus-tard-cette-annee"),
        pytest.param("Le nouvel hôpital sera déployé à Juba à la fin de cette année.", "fr", "2021", id="fr-fin-de-cette-annee"),
        pytest.param("El nuevo hospital se desplegará en Yuba a finales de este año.", "es", "2021", id="es-finales-de-este-ano"),
        pytest.param("La compañía de ingenieros se desplegará en Abyei a fines de este año.", "es", "2021", id="es-fines-de-este-ano"),
        pytest.param("Bệnh viện mới sẽ triển khai tại Juba vào cuối năm nay.", "vi", "2021", id="vi-cuoi-nam-nay"),
        pytest.param("Vietnam will send a second engineering unit to Abyei this year.", "en", "2021", id="en-this-year"),
        pytest.param("Cette année, la mission organisera une cérémonie à Bamako.", "fr", "2021", id="fr-cette-annee"),
        pytest.param("Los países retirarán sus tropas de Haití este año.", "es", "2021", id="es-este-ano"),
        pytest.param("Năm nay Việt Nam sẽ triển khai một đội công binh mới tới Abyei.", "vi", "2021", id="vi-nam-nay"),
        pytest.param("The force commander will visit the eastern sector later this week.", "en", WEEK, id="en-later-this-week"),
        pytest.param("The force commander will visit the eastern sector this week.", "en", WEEK, id="en-this-week"),
        pytest.param("Le commandant de la force visitera le secteur est cette semaine.", "fr", WEEK, id="fr-cette-semaine"),
        pytest.param("Le commandant de la force visitera le secteur est plus tard cette semaine.", "fr", WEEK, id="fr-plus-tard-cette-semaine"),
        pytest.param("El comandante de la fuerza visitará el sector este esta semana.", "es", WEEK, id="es-esta-semana"),
        pytest.param("Tư lệnh lực lượng sẽ thăm khu vực phía đông trong tuần này.", "vi", WEEK, id="vi-tuan-nay"),
    ],
)
def test_current_period_dates_the_happening(sentence: str, language: str, expected: str) -> None:
    assert dates_of(sentence, language) == [expected]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # the periods already read keep their dates
        pytest.param("The force commander will visit the eastern sector next week.", "en", "2021-09-20/2021-09-26", id="en-next-week"),
        pytest.param("El comandante de la fuerza visitará el sector este la próxima semana.", "es", "2021-09-20/2021-09-26", id="es-proxima-semana"),
        pytest.param("The battalion was attacked near the bridge earlier this year.", "en", "2021", id="en-earlier-this-year"),
    ],
)
def test_other_periods_unchanged(sentence: str, language: str, expected: str) -> None:
    assert dates_of(sentence, language) == [expected]


def test_end_of_the_year_after_a_printed_year_is_not_the_articles() -> None:
    """A bare 'the end of the year' after a sentence printing 2015 does not become 2021."""
    found = article_events(["The mission was set up in March 2015 to protect the camps.",
                            "Its last battalion arrived by the end of the year."], "en", ANCHOR)
    assert "2021" not in [e.date for e in found]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The mission has lost nine peacekeepers so far this year.", "en", id="en-so-far-this-year"),
        pytest.param("La mission a perdu neuf Casques bleus cette année.", "fr", id="fr-cette-annee-past"),
        pytest.param("La misión ha perdido nueve cascos azules en lo que va de este año.", "es", id="es-este-ano-past"),
    ],
)
def test_a_tally_of_this_year_is_no_event(sentence: str, language: str) -> None:
    """A count of losses to date in the article's year: no happening of that year."""
    assert "2021" not in dates_of(sentence, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two peacekeepers were killed in an ambush near Gao, the second attack on the mission this week.", "en", id="en-past-this-week"),
        pytest.param("Deux Casques bleus ont été tués dans une embuscade près de Gao, la deuxième attaque cette semaine.", "fr", id="fr-past-cette-semaine"),
        pytest.param("Dos cascos azules murieron en una emboscada cerca de Gao, el segundo ataque de esta semana.", "es", id="es-past-esta-semana"),
    ],
)
def test_a_past_happening_of_this_week_keeps_the_leads_date(sentence: str, language: str) -> None:
    """Told as past, "this week" is the story's own week: the lead keeps its usual date."""
    found = [e.date for e in article_events([sentence], language, ANCHOR)]
    assert found and WEEK not in found
