"""Events: a day of the calendar that a sentence says is dedicated to someone ("On 29 May, a
world day is dedicated to them", "Le 29 mai, une journée mondiale leur est dédiée", "El 29 de
mayo se dedica a los cascos azules una jornada internacional", "Ngày 29/5 được dành để tôn vinh
họ") tells what the calendar holds, no ceremony of this year: no event. A day of a year printed
with it, or a ceremony the text tells on that day, is still told. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

WEDNESDAY = PartialDate(2021, 3, 10)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("On 29 May, a world day is dedicated to the blue helmets.", "en", id="en-is-dedicated"),
        pytest.param("The 29th of May is devoted to the memory of fallen peacekeepers.", "en", id="en-is-devoted"),
        pytest.param("Le 29 mai, une journée mondiale leur est dédiée.", "fr", id="fr-leur-est-dediee"),
        pytest.param("Le 29 mai est consacré à la mémoire des soldats de la paix tombés.", "fr", id="fr-est-consacre"),
        pytest.param("El 29 de mayo se dedica a los cascos azules una jornada internacional.", "es", id="es-se-dedica"),
        pytest.param("El 29 de mayo está dedicado a los soldados de paz caídos.", "es", id="es-esta-dedicado"),
        pytest.param("Ngày 29/5 được dành để tôn vinh những người lính mũ nồi xanh.", "vi", id="vi-duoc-danh"),
    ],
)
def test_a_day_dedicated_in_the_calendar_is_no_event(sentence, language):
    assert [e.date for e in body_events(sentence, language, WEDNESDAY)] == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("On 29 May 2020, a ceremony dedicated to the fallen was held in Juba.", "en",
                     [("2020-05-29", "ceremony")], id="en-ceremony-with-year"),
        pytest.param("Le 29 mai 2020, une cérémonie dédiée aux soldats tombés a eu lieu à Bamako.", "fr",
                     [("2020-05-29", "ceremony")], id="fr-ceremony-with-year"),
        pytest.param("El 29 de mayo de 2020 se celebró en Montevideo una ceremonia por los caídos.", "es",
                     [("2020-05-29", "ceremony")], id="es-ceremony-held"),
    ],
)
def test_a_ceremony_of_a_printed_year_stands(sentence, language, expected):
    assert [(e.date, e.kind) for e in body_events(sentence, language, WEDNESDAY)] == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("On 3 March, the minister inaugurated a memorial that is dedicated to fallen peacekeepers.", "en",
                     [("2021-03-03", "ceremony")], id="en-memorial-dedicated"),
        pytest.param("The day is dedicated to the memory of the fallen, and on 3 March a ceremony was held in Juba.",
                     "en", [("2021-03-03", "ceremony")], id="en-day-of-another-clause"),
        pytest.param("Le 3 mars, le ministre a inauguré un monument qui est dédié aux casques bleus tombés.", "fr",
                     [("2021-03-03", "ceremony")], id="fr-monument-dedie"),
        pytest.param("El 3 de marzo, el contingente, que se dedica a labores de ingeniería, inauguró un puente en Malakal.",
                     "es", [("2021-03-03", "ceremony")], id="es-se-dedica-a-su-labor"),
        pytest.param("Ngày 3/3, Bộ trưởng khánh thành ngôi nhà được dành riêng cho các gia đình nạn nhân.", "vi",
                     [("2021-03-03", "ceremony")], id="vi-nha-danh-rieng-cho"),
    ],
)
def test_something_else_dedicated_leaves_the_day_a_day(sentence, language, expected):
    """Only the day itself, or a day's noun standing right after it, dedicated makes it the
    calendar's: a memorial, a house or a contingent given to a cause leaves the day told."""
    assert [(e.date, e.kind) for e in body_events(sentence, language, WEDNESDAY)] == expected
