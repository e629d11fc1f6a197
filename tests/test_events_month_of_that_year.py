"""Events: a month or a day printed with words pointing back to the year named before ("In
September of that year", "en septiembre de aquel año", "en septembre de cette année-là",
"tháng 9 năm đó") is of that year, not the last such month before the article's date. Without
such words right after the month or the day (a comma and one word between at most), the month
is read against the article's date as before ("On 12 September, ... said that year had been its
hardest"); a year pointed at that falls
after the article's is not taken. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2023, 5, 31)


@pytest.mark.parametrize(
    "sentences, language, date",
    [
        pytest.param(["The country has sent troops to the mission since 2006.",
                      "In September of that year, its marines landed on the southern beaches."], "en", "2006-09",
                     id="en-september-of-that-year"),
        pytest.param(["The mission opened its first office in 2006.",
                      "On 12 September that year, the first battalion arrived in the port."], "en", "2006-09-12",
                     id="en-day-that-year"),
        pytest.param(["El país participa en la misión desde 2006.",
                      "En septiembre de aquel año, sus infantes de marina desembarcaron en las playas del sur."], "es",
                     "2006-09", id="es-aquel-ano"),
        pytest.param(["Le pays participe à la mission depuis 2006.",
                      "En septembre de cette année-là, ses fusiliers marins ont débarqué sur les plages du sud."], "fr",
                     "2006-09", id="fr-cette-annee-la"),
        pytest.param(["Việt Nam tham gia hoạt động gìn giữ hòa bình từ năm 2014.",
                      "Tháng 9 năm đó, hai sĩ quan lên đường sang phái bộ."], "vi", "2014-09", id="vi-nam-do"),
    ],
)
def test_a_month_of_that_year_takes_the_year_before(sentences, language, date):
    dated = [str(e.date) for e in article_events(sentences, language, ANCHOR)]
    assert date in dated
    assert not any(d.startswith("2022-09") for d in dated)


@pytest.mark.parametrize(
    "sentences, language, date",
    [
        # no pointing words: the last September before the article's date
        pytest.param(["The mission opened its first office in 2006.",
                      "In September, the first battalion arrived in the port."], "en", "2022-09", id="en-no-pointing"),
        pytest.param(["La misión abrió su primera oficina en 2006.",
                      "En septiembre, el primer batallón llegó al puerto."], "es", "2022-09", id="es-no-pointing"),
    ],
)
def test_a_month_without_pointing_words_is_read_against_the_article(sentences, language, date):
    dated = [str(e.date) for e in article_events(sentences, language, ANCHOR)]
    assert date in dated


@pytest.mark.parametrize(
    "sentences, language, date",
    [
        # the pointing words stand in another clause, not after the month or the day: they
        # date nothing, and the day is read against the article's date
        pytest.param(["The mission opened its first office in 2006.",
                      "On 12 September, the mission said that year had been its hardest, and a battalion arrived in the port."],
                     "en", "2022-09-12", id="en-that-year-in-another-clause"),
        pytest.param(["La misión abrió su primera oficina en 2006.",
                      "El 12 de septiembre, el batallón llegó al puerto; ese año fue el más duro."], "es", "2022-09-12",
                     id="es-ese-ano-in-another-clause"),
        pytest.param(["La mission a ouvert son premier bureau en 2006.",
                      "Le 12 septembre, le bataillon est arrivé au port, la même année que ses voisins."], "fr",
                     "2022-09-12", id="fr-meme-annee-in-a-comparison"),
    ],
)
def test_pointing_words_away_from_the_date_leave_it_to_the_article(sentences, language, date):
    dated = [str(e.date) for e in article_events(sentences, language, ANCHOR)]
    assert date in dated
    assert not any(d.startswith("2006-09") for d in dated)
