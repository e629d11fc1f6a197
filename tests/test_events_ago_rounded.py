"""Events: a count back from the article's date rounded by a word before it ("il y a près de
quatre mois", "hace casi cuatro meses", "cách đây gần 4 tháng") dates the happening as the count
does, not by the article's own day. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

ANCHOR = PartialDate(2021, 8, 28)


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("Elle est rentrée au pays il y a près de quatre mois et se souvient des patrouilles.", "fr", "2021-04",
                     id="fr-pres-de"),
        pytest.param("Regresó al país hace casi cuatro meses y todavía recuerda las patrullas.", "es", "2021-04",
                     id="es-casi"),
        pytest.param("El contingente llegó a la misión hace unos dos años.", "es", "2019", id="es-unos"),
        pytest.param("Chị trở về nước cách đây gần 4 tháng.", "vi", "2021-04", id="vi-gan"),
    ],
)
def test_a_rounded_count_back_dates_the_happening(sentence, language, date):
    assert [e.date for e in article_events([sentence], language, ANCHOR)] == [date]
