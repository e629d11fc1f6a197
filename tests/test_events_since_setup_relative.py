"""Events: the setting-up of a unit said in passing in a since-phrase dates no happening,
whether its date is printed ("since its deployment in December 2022") or named relative to the
article's ("since its deployment in December last year", "depuis son déploiement en décembre
de l'année dernière", "desde su despliegue en diciembre del año pasado", "kể từ khi triển khai
vào tháng 12 năm ngoái"); a sentence telling the deployment itself, or a since-phrase of
another happening ("since the raid in December last year"), still does. Every sentence here
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The battalion has patrolled the buffer zone since its deployment in December last year.", "en", id="en-month"),
        pytest.param("The battalion has patrolled the buffer zone since its deployment last year.", "en", id="en-year"),
        pytest.param("Le bataillon patrouille dans la zone tampon depuis son déploiement en décembre de l'année dernière.", "fr", id="fr"),
        pytest.param("El batallón patrulla la zona de amortiguación desde su despliegue en diciembre del año pasado.", "es", id="es"),
        pytest.param("Tiểu đoàn tuần tra vùng đệm kể từ khi triển khai vào tháng 12 năm ngoái.", "vi", id="vi"),
    ],
)
def test_a_setup_in_passing_dated_relative_to_the_article_dates_nothing(sentence, language):
    assert body_events(sentence, language, ANCHOR) == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The battalion was deployed to the buffer zone in December last year.", "en", "2022-12", id="en-own-sentence"),
        pytest.param("El batallón fue desplegado en la zona de amortiguación en diciembre del año pasado.", "es", "2022-12", id="es-own-sentence"),
        pytest.param("The camp has been on alert since the raid in December last year.", "en", "2022-12", id="en-since-raid"),
    ],
)
def test_the_happening_told_for_itself_still_dates(sentence, language, expected):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == [expected]
