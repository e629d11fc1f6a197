"""Events: a year opening the sentence as its frame ("In 2021, ...", "Back in 2019,", "En 2021,
...", "Durante 2019,", "Năm 2021, ...", "Trong năm 2019,": vocabulary "year_frame_leads") gives
the days and months the sentence prints without a year that year, whatever the article's year:
"In 2021, three peacekeepers were killed near Kidal on 3 May" in an article of 2023 is 3 May
2021, not the last 3 May before the article. A year standing elsewhere (an aside on the
mission's setting-up, "since 2013") frames nothing, and the day is read against the article's
date as before. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2023, 5, 31)


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("In 2021, three peacekeepers were killed near Kidal on 3 May.", "en", "2021-05-03", id="en-in-year-day"),
        pytest.param("Back in 2019, the battalion arrived in the port in June.", "en", "2019-06", id="en-back-in-month"),
        pytest.param("In 2020 the engineers reached Abyei on 14 October.", "en", "2020-10-14", id="en-no-comma"),
        pytest.param("En 2021, trois casques bleus ont été tués près de Kidal le 3 mai.", "fr", "2021-05-03", id="fr-en-year-day"),
        pytest.param("En 2019, le bataillon est arrivé au port en juin.", "fr", "2019-06", id="fr-en-year-month"),
        pytest.param("En 2021, tres cascos azules murieron cerca de Kidal el 3 de mayo.", "es", "2021-05-03", id="es-en-year-day"),
        pytest.param("Durante 2019, el batallón llegó al puerto en junio.", "es", "2019-06", id="es-durante-month"),
        pytest.param("Năm 2021, ba binh sĩ thiệt mạng gần Kidal ngày 3/5.", "vi", "2021-05-03", id="vi-nam-day"),
        pytest.param("Trong năm 2019, tiểu đoàn đến cảng vào tháng 6.", "vi", "2019-06", id="vi-trong-nam-month"),
    ],
)
def test_a_fronted_year_gives_its_sentence_days_their_year(sentence, language, date):
    dated = [str(e.date) for e in article_events([sentence], language, ANCHOR)]
    assert dated == [date]


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        # the year is the mission's setting-up, in an aside: the day is the last before the article
        pytest.param("The mission, set up in 2013, was attacked near Kidal on 3 May.", "en", "2023-05-03", id="en-aside-year"),
        pytest.param("La mission, créée en 2013, a été attaquée près de Kidal le 3 mai.", "fr", "2023-05-03", id="fr-aside-year"),
        # a span's start frames nothing
        pytest.param("Desde 2013, la misión ha perdido a cien cascos azules; el 3 de mayo un convoy fue atacado cerca de Kidal.",
                     "es", "2023-05-03", id="es-since-year"),
        # the year of the article's own year, fronted: as before
        pytest.param("In 2023, the battalion arrived in the port on 3 May.", "en", "2023-05-03", id="en-article-year"),
        # a clause after a semicolon opens on its own time: the frame stops there
        pytest.param("In 2013, the mission was set up in Bamako; on 3 May, a convoy was attacked near Kidal.", "en", "2023-05-03",
                     id="en-semicolon-clause"),
        pytest.param("En 2013, la mission a été créée à Bamako ; le 3 mai, un convoi a été attaqué près de Kidal.", "fr", "2023-05-03",
                     id="fr-semicolon-clause"),
        pytest.param("En 2013, la misión fue creada en Bamako; el 3 de mayo, un convoy fue atacado cerca de Kidal.", "es", "2023-05-03",
                     id="es-semicolon-clause"),
        pytest.param("Năm 2013, phái bộ được thành lập; ngày 3/5, một đoàn xe bị tấn công gần Kidal.", "vi", "2023-05-03",
                     id="vi-semicolon-clause"),
        # the sentence names the day's year relative to the article's: the frame gives it none
        pytest.param("In 2021, fourteen peacekeepers died in Mali, and on 3 May this year two more were killed.", "en",
                     "2023-05-03", id="en-this-year"),
        pytest.param("En 2021, quatorze casques bleus sont morts, et le 3 mai de cette année deux autres ont été tués.", "fr",
                     "2023-05-03", id="fr-cette-annee"),
        pytest.param("En 2021, catorce cascos azules murieron, y el 3 de mayo de este año otros dos fueron asesinados.", "es",
                     "2023-05-03", id="es-este-ano"),
        pytest.param("Năm 2021, 14 binh sĩ thiệt mạng, và ngày 3/5 năm nay hai người nữa thiệt mạng.", "vi", "2023-05-03",
                     id="vi-nam-nay"),
    ],
)
def test_a_year_that_frames_nothing_leaves_the_day_to_the_article(sentence, language, date):
    dated = [str(e.date) for e in article_events([sentence], language, ANCHOR)]
    assert date in dated
