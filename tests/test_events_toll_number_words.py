"""Events: a toll over a year whose count is spelt out between thirteen and nineteen, or in the
tens above fifty ("In 2019, fourteen peacekeepers died in Mali", "En 2020, trece cascos azules
murieron en Malí", "En 2018, treize casques bleus sont morts au Mali", "En 2017, sesenta
soldados murieron"), is a figure of the year, not one happening, as one printed in digits
already is: vocabulary "number_words" lists those numbers. A count under ten still tells one
incident ("En 2020, tres cascos azules murieron en un ataque en Kidal"), and a count spelt out
with a day still dates it. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2023, 5, 31)


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["The minister spoke to the press.", "In 2019, fourteen peacekeepers died in Mali."], "en", id="en-fourteen"),
        pytest.param(["The minister spoke to the press.", "Last year, seventeen peacekeepers were killed in Mali."], "en",
                     id="en-seventeen-last-year"),
        pytest.param(["El ministro habló con la prensa.", "En 2020, trece cascos azules murieron en Malí."], "es", id="es-trece"),
        pytest.param(["El ministro habló con la prensa.", "En 2017 murieron dieciocho cascos azules en Malí."], "es",
                     id="es-dieciocho"),
        pytest.param(["El ministro habló con la prensa.", "En 2016, sesenta soldados de paz perdieron la vida."], "es",
                     id="es-sesenta"),
        pytest.param(["Le ministre a parlé à la presse.", "En 2018, treize casques bleus sont morts au Mali."], "fr", id="fr-treize"),
        pytest.param(["Le ministre a parlé à la presse.", "En 2015, soixante casques bleus ont perdu la vie."], "fr",
                     id="fr-soixante"),
        pytest.param(["Le ministre a parlé à la presse.", "En 2019, dix-sept casques bleus sont morts au Mali."], "fr",
                     id="fr-dix-sept"),
        pytest.param(["The minister spoke to the press.", "In 2019, twenty-two peacekeepers died in Mali."], "en",
                     id="en-twenty-two"),
        pytest.param(["El ministro habló con la prensa.", "En 2019, veintitrés cascos azules murieron en Malí."], "es",
                     id="es-veintitres"),
    ],
)
def test_a_spelt_out_toll_of_a_year_is_no_event(sentences, language):
    assert [str(e.date) for e in article_events(sentences, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "sentences, language, date",
    [
        pytest.param(["El ministro habló con la prensa.", "En 2020, tres cascos azules murieron en un ataque en Kidal."], "es",
                     "2020", id="es-under-ten-one-incident"),
        pytest.param(["The minister spoke to the press.", "Fourteen peacekeepers were killed near Kidal on 3 May 2021."], "en",
                     "2021-05-03", id="en-fourteen-with-a-day"),
        pytest.param(["Le ministre a parlé à la presse.", "Treize casques bleus ont été blessés à Kidal le 3 mai 2021."], "fr",
                     "2021-05-03", id="fr-treize-with-a-day"),
        # a count joined by a hyphen to a measure's noun measures an age, no toll
        pytest.param(["The minister spoke to the press.", "In 2019, a sixteen-year-old boy was killed near Gao."], "en",
                     "2019", id="en-sixteen-year-old"),
        pytest.param(["The minister spoke to the press.", "In 2019, a twelve-year-old girl was killed near Gao."], "en",
                     "2019", id="en-twelve-year-old"),
        # a number spelt with hyphens is one count, measured by the noun after it as a whole
        pytest.param(["Le ministre a parlé à la presse.", "En 2019, un garçon de dix-sept ans a été tué près de Gao."], "fr",
                     "2019", id="fr-dix-sept-ans"),
        pytest.param(["The minister spoke to the press.", "In 2019, a twenty-two-year-old soldier was killed near Gao."], "en",
                     "2019", id="en-twenty-two-year-old"),
    ],
)
def test_a_count_with_its_day_or_under_ten_still_tells_a_happening(sentences, language, date):
    assert date in [str(e.date) for e in article_events(sentences, language, ANCHOR)]
