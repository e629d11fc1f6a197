"""Events: a sentence opened by a word that sets what it tells before the happening told
before it (vocabulary "earlier_happening_openers": Vietnamese "Trước đó, ngày 6/6, ...",
"before that"), naming what it tells as new ("một binh sĩ", a word of addition "cũng"),
tells another, earlier happening: the lead, with no day of its own, does not
take its day as that of a later telling of its own happening; both are kept, each with its
own date. Its kin with a count ("A day earlier", "la veille", "el día anterior", and in
Vietnamese "Trước đó một ngày", "Một ngày trước đó", vocabulary "relative_to_previous") date
the other happening from the one told before it. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

FRIDAY = PartialDate(2023, 6, 9)  # Tuesday is 6 June, Thursday 8 June


def events_of(sentences: list[str], language: str) -> list[tuple[str, str]]:
    """(date, kind) of the events of an article of these sentences, dated FRIDAY."""
    return [(e.date, e.kind) for e in article_events(sentences, language, FRIDAY)]


VI_LEAD = "Phái bộ ngày 8/6 cho biết hai binh sĩ đã thiệt mạng khi xe của họ trúng mìn gần thị trấn Gao."


@pytest.mark.parametrize(
    "later",
    [
        pytest.param("Trước đó, ngày 6/6, một binh sĩ người Togo cũng thiệt mạng trong cuộc tấn công vào trại ở Kidal.", id="comma-day-also"),
        pytest.param("Trước đó, vào ngày 6/6, một binh sĩ người Togo thiệt mạng khi trại ở Kidal bị pháo kích.", id="comma-vao-ngay"),
        pytest.param("Trước đó vào hôm thứ Ba, một binh sĩ người Togo thiệt mạng khi trại ở Kidal bị pháo kích.", id="no-comma-weekday"),
    ],
)
def test_vi_before_that_tells_another_earlier_happening(later):
    assert events_of([VI_LEAD, later], "vi") == [("2023-06-08", "casualty"), ("2023-06-06", "casualty")]


@pytest.mark.parametrize(
    "later",
    [
        pytest.param("Ngày 6/6, hai binh sĩ thiệt mạng khi xe của họ trúng mìn gần Gao.", id="no-opener"),
        # nothing named as new after the opener: the lead's news told again before a later state
        pytest.param("Trước đó, ngày 6/6, hai binh sĩ thiệt mạng khi xe của họ trúng mìn gần Gao.", id="opener-nothing-new"),
    ],
)
def test_vi_a_later_telling_of_the_leads_news_still_dates_the_lead(later):
    assert events_of([VI_LEAD, later], "vi") == [("2023-06-06", "casualty")]


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param([VI_LEAD, "Trước đó một ngày, một binh sĩ người Togo thiệt mạng khi trại ở Kidal bị pháo kích."], "vi", id="vi-truoc-do-mot-ngay"),
        pytest.param(["Two peacekeepers were killed on Thursday when their vehicle hit a mine near Gao.",
                      "A day earlier, a Togolese peacekeeper was killed when shells hit a camp in Kidal."], "en", id="en-a-day-earlier"),
        pytest.param(["Deux casques bleus ont été tués jeudi quand leur véhicule a sauté sur une mine près de Gao.",
                      "La veille, un casque bleu togolais a été tué quand des obus ont frappé un camp à Kidal."], "fr", id="fr-la-veille"),
        pytest.param(["Dos cascos azules murieron el jueves cuando su vehículo pisó una mina cerca de Gao.",
                      "El día anterior, un casco azul togolés murió cuando varios obuses cayeron sobre un campamento en Kidal."], "es", id="es-el-dia-anterior"),
    ],
)
def test_a_counted_before_dates_the_other_happening_from_the_first(sentences, language):
    assert events_of(sentences, language) == [("2023-06-08", "casualty"), ("2023-06-07", "casualty")]
