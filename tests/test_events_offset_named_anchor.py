"""Events: a count of time after a happening the sentence itself tells. "Un día después de
que el ministro visitara la base", "một ngày sau khi bộ trưởng thăm căn cứ" count from the
visit the clause tells, not from the happening told before it, so they date nothing from
that one ("al día siguiente", "le lendemain" alone still do); "un año después de su llegada",
"un an après leur arrivée", "a year after their arrival" point back (a possessive) to the
happening told before and date from its year. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import day_after_previous, years_after_previous

from eventcases import article_events

ANCHOR = PartialDate(2023, 6, 30)
HEADLINES = {"en": "Blue helmets in the north", "fr": "Casques bleus dans le nord",
             "es": "Cascos azules en el norte", "vi": "Mũ nồi xanh ở phía bắc"}
ARRIVED_DAY = {"en": "The peacekeepers arrived in Gao on 12 March 2023.",
               "fr": "Les casques bleus sont arrivés à Gao le 12 mars 2023.",
               "es": "Los cascos azules llegaron a Gao el 12 de marzo de 2023.",
               "vi": "Lực lượng gìn giữ hòa bình tới Gao ngày 12/3/2023."}
ARRIVED_YEAR = {"en": "The peacekeepers arrived in Gao in March 2013.",
                "fr": "Les casques bleus sont arrivés à Gao en mars 2013.",
                "es": "Los cascos azules llegaron a Gao en marzo de 2013."}


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Un día después de que el ministro visitara la base, una patrulla fue atacada cerca de la ciudad.", "es",
                     id="es-dia-despues-de-que"),
        pytest.param("Một ngày sau khi bộ trưởng thăm căn cứ, một đội tuần tra bị tấn công gần thị trấn.", "vi",
                     id="vi-mot-ngay-sau-khi"),
    ],
)
def test_a_day_counted_from_a_happening_the_sentence_names_is_not_chained(sentence, language):
    found = article_events([HEADLINES[language], ARRIVED_DAY[language], sentence], language, ANCHOR)
    assert "2023-03-13" not in [e.date for e in found if e.kind == "attack"]
    assert day_after_previous(sentence, PartialDate(2023, 3, 12), language) is None


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Le lendemain, une patrouille a été attaquée près de la ville.", "fr", id="fr-lendemain-alone"),
        pytest.param("Le lendemain de l'arrivée, une patrouille a été attaquée près de la ville.", "fr",
                     id="fr-lendemain-de-noun"),
        pytest.param("Al día siguiente, una patrulla fue atacada cerca de la ciudad.", "es", id="es-dia-siguiente-alone"),
        pytest.param("Một ngày sau, một đội tuần tra bị tấn công gần thị trấn.", "vi", id="vi-mot-ngay-sau-alone"),
    ],
)
def test_a_day_counted_from_the_happening_told_before_still_chains(sentence, language):
    assert day_after_previous(sentence, PartialDate(2023, 3, 12), language) == PartialDate(2023, 3, 13)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A year after their arrival, a patrol was attacked near the town.", "en", id="en-after-their"),
        pytest.param("Un an après leur arrivée, une patrouille a été attaquée près de la ville.", "fr", id="fr-apres-leur"),
        pytest.param("Casi un año después de su llegada, una patrulla fue atacada cerca de la ciudad.", "es",
                     id="es-despues-de-su"),
    ],
)
def test_a_count_of_years_after_a_possessive_dates_from_the_year_told_before(sentence, language):
    found = article_events([HEADLINES[language], ARRIVED_YEAR[language], sentence], language, ANCHOR)
    assert "2014" in [e.date for e in found if e.kind == "attack"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A year after the war, a patrol was attacked near the town.", "en", id="en-after-the-war"),
        pytest.param("Un an après la guerre, une patrouille a été attaquée près de la ville.", "fr", id="fr-apres-la-guerre"),
        pytest.param("Un año después de la guerra, una patrulla fue atacada cerca de la ciudad.", "es",
                     id="es-despues-de-la-guerra"),
    ],
)
def test_a_count_of_years_after_a_named_happening_dates_nothing(sentence, language):
    assert years_after_previous(sentence, [ARRIVED_YEAR[language]], ANCHOR, language) is None
