"""Events: kinds of fault found on review. A fall that is no death ("la caída del gobierno"),
weekends told in the past late in the week or on a Sunday, a weekday's day number ending a
sentence, a count or a score after a weekday's day number, a span of years, a file photo's
marker inside a sentence, and a weekday whose day number falls on no such day. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

TUESDAY = PartialDate(2019, 3, 12)


def dates_of(sentence: str, language: str, anchor: PartialDate = TUESDAY) -> list[str]:
    return sorted(e.date for e in body_events(sentence, language, anchor))


def kinds_of(sentence: str, language: str, anchor: PartialDate = TUESDAY) -> list[str]:
    return sorted(e.kind for e in body_events(sentence, language, anchor))


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("La caída del gobierno el lunes sorprendió al país.", id="gobierno"),
        pytest.param("Las caídas de la bolsa el lunes inquietaron a los inversores.", id="bolsa"),
        pytest.param("El precio del café ha caído el lunes en el mercado de la capital.", id="precio"),
    ],
)
def test_a_fall_that_is_no_death_tells_no_casualty(sentence):
    assert "casualty" not in kinds_of(sentence, "es")


def test_a_death_in_battle_is_still_a_casualty():
    assert "casualty" in kinds_of("Dos soldados caídos en combate el lunes fueron enterrados en su pueblo.", "es")
