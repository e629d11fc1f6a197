"""Events: a happening dated by a count of days from another one ("ten days after the
attack", "dix jours après l'attaque", "diez días después del ataque", "10 ngày sau khi") is not
the news of the article's day: the lead does not give it the article's date. A happening
told after another without a count still is. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events, offset_from_happening

ANCHOR = PartialDate(2019, 3, 5)


def dates_of(sentence: str, language: str) -> list[str]:
    return [e.date for e in find_events([(sentence, find_in_sentence(sentence, language))], ANCHOR, None, language,
                                        wire_day=False)[0]]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The unit returned home ten days after the attack on its base.", "en", id="en"),
        pytest.param("L'unité est rentrée dix jours après l'attaque contre sa base.", "fr", id="fr"),
        pytest.param("La unidad regresó diez días después del ataque contra su base.", "es", id="es"),
        pytest.param("Đơn vị trở về nước 10 ngày sau khi căn cứ bị tấn công.", "vi", id="vi"),
    ],
)
def test_a_count_from_another_happening_is_not_the_article_day(sentence, language):
    assert offset_from_happening(sentence, language)
    assert dates_of(sentence, language) == []


def test_a_happening_after_another_without_a_count_is_still_the_news():
    assert dates_of("The unit returned home after the attack on its base.", "en") == ["2019-03"]
