"""Events: a since-phrase naming how a unit came to be, dated by a year named relative to the
article's and then the day ("since its deployment last year on August 13", "depuis son
déploiement l'an dernier, le 13 août"), dates the deployment on that day of that year, as
the month before the relative year does ("in December last year"); the relative year alone
is no bare span there. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import relative_year_before
from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2021, 7, 29)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The battalion has run many patrols since its deployment in the region last year on August 13.", "en", id="en-on"),
        pytest.param("Le bataillon a mené de nombreuses patrouilles depuis son déploiement dans la région l'an dernier, le 13 août.", "fr", id="fr-comma-le"),
        pytest.param("El batallón ha realizado muchas patrullas desde su despliegue en la región el año pasado, el 13 de agosto.", "es", id="es-comma-el"),
        pytest.param("Tiểu đoàn đã thực hiện nhiều cuộc tuần tra kể từ khi được triển khai tới khu vực năm ngoái vào ngày 13/8.", "vi", id="vi-vao-ngay"),
    ],
)
def test_a_relative_year_before_the_day_dates_the_setup_on_that_day(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == ["2020-08-13"]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        pytest.param("deployed last year on August 13", "en", True, id="en-year"),
        pytest.param("deployed last month on August 13", "en", False, id="en-month-is-no-year"),
        pytest.param("deployed last year and then on August 13", "en", False, id="en-words-between"),
        pytest.param("déployé l'année dernière, le 13 août", "fr", True, id="fr-year"),
    ],
)
def test_relative_year_before_reads_only_a_year_right_before(text, language, expected):
    assert relative_year_before(text, text.index("13") if language == "fr" else text.index("August"), language) is expected
