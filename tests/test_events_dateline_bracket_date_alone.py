"""Events: a dateline whose bracket holds the date alone, after a place in capitals and
before the outlet's bracket and a dash ("NEW YORK (JUNE 9, 2012) (Example TV) - ..."), gives
the day the story was filed, not a day of the lead's happening: the happening keeps the day
it is told with, a weekday set beside the printed date of that day ("on Friday (June 8)",
"el viernes (8 de junio)", "thứ Sáu (8/6)"), one event, not a second on the filing day.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2012, 6, 9)  # a Saturday: the Friday before is the 8th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("NEW YORK (JUNE 9, 2012) (Example TV) - Rebels signed a peace deal in Bangui on Friday (June 8), "
                     "the envoy said.", "en", id="en-bracket-weekday-signed"),
        pytest.param("NEW YORK (JUNE 8, 2012) (Example TV) - Four peacekeepers were killed on Friday (June 8) near "
                     "the border, the spokesman said.", "en", id="en-same-day-killed"),
        pytest.param("NEW YORK (June 9, 2012) - Four peacekeepers were killed near the border on Friday, June 8, "
                     "the spokesman said.", "en", id="en-comma-weekday-killed"),
        pytest.param("NEW YORK (JUNE 9, 2012) (Example TV) - Four peacekeepers were killed on Friday 8 June near "
                     "the border.", "en", id="en-weekday-day-month"),
        pytest.param("NATIONS UNIES (9 JUIN 2012) (Télé Exemple) - Quatre casques bleus ont été tués le vendredi "
                     "(8 juin) près de la frontière, a déclaré le porte-parole.", "fr", id="fr-bracket-weekday"),
        pytest.param("NATIONS UNIES (9 JUIN 2012) (Télé Exemple) - Quatre casques bleus ont été tués le vendredi "
                     "8 juin près de la frontière.", "fr", id="fr-weekday-day-month"),
        pytest.param("NACIONES UNIDAS (9 DE JUNIO DE 2012) (TV Ejemplo) - Cuatro cascos azules murieron el viernes "
                     "(8 de junio) cerca de la frontera, dijo el portavoz.", "es", id="es-bracket-weekday"),
        pytest.param("NACIONES UNIDAS (9 DE JUNIO DE 2012) (TV Ejemplo) - Cuatro cascos azules murieron el viernes, "
                     "8 de junio, cerca de la frontera.", "es", id="es-comma-weekday"),
        pytest.param("LIÊN HỢP QUỐC (9/6/2012) (Đài Ví Dụ) - Bốn binh sĩ gìn giữ hòa bình đã thiệt mạng vào thứ Sáu, "
                     "8/6, gần biên giới, người phát ngôn cho biết.", "vi", id="vi-comma-weekday"),
    ],
)
def test_the_happening_keeps_its_own_day(sentence, language):
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR, lead=True)] == ["2012-06-08"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Four peacekeepers were killed on Friday (June 8) near the border.", "en", id="en"),
        pytest.param("Quatre casques bleus ont été tués le vendredi (8 juin) près de la frontière.", "fr", id="fr"),
        pytest.param("Cuatro cascos azules murieron el viernes (8 de junio) cerca de la frontera.", "es", id="es"),
        pytest.param("Bốn binh sĩ gìn giữ hòa bình đã thiệt mạng vào thứ Sáu (8/6) gần biên giới.", "vi", id="vi"),
        pytest.param("LIÊN HỢP QUỐC (9/6/2012) (Đài Ví Dụ) - Bốn binh sĩ gìn giữ hòa bình đã thiệt mạng vào thứ Sáu "
                     "(8/6) gần biên giới.", "vi", id="vi-dateline"),
    ],
)
def test_a_weekday_and_its_bracketed_date_give_one_event(sentence, language):
    """The printed date in brackets after its weekday ("thứ Sáu (8/6)") is the date found."""
    assert [str(e.date) for e in body_events(sentence, language, ANCHOR, lead=True)] == ["2012-06-08"]


def test_a_date_alone_in_brackets_without_the_dash_stays_the_happening_s():
    """"UNITED NATIONS (June 8) said": no dash after the bracket, no dateline."""
    events = body_events("Four peacekeepers of the MISSION (June 8, 2012) were killed near the border.", "en", ANCHOR)
    assert "2012-06-08" in [str(e.date) for e in events]
