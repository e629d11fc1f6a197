"""Events: a meal given in someone's honour ("a state banquet", "un dîner officiel", "una
cena ofrecida por el alcalde", "tiệc chiêu đãi") is a gathering of its own day, a ceremony,
dated by the day printed or named beside it; a meal held every year is no happening of a day.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)  # a Tuesday


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("El ministro asistirá el mismo viernes a una cena ofrecida por el alcalde.", "es",
                     ("ceremony", "2023-05-05", True), id="es-cena-planned"),
        pytest.param("El alcalde ofreció el viernes una cena en honor de la ministra.", "es",
                     ("ceremony", "2023-04-28", False), id="es-cena"),
        pytest.param("The president hosted a state banquet for the secretary-general on Friday.", "en",
                     ("ceremony", "2023-04-28", False), id="en-banquet"),
        pytest.param("Le président a offert vendredi un dîner officiel en l'honneur du secrétaire général.", "fr",
                     ("ceremony", "2023-04-28", False), id="fr-diner"),
        pytest.param("Tối 28/4, Chủ tịch nước chủ trì tiệc chiêu đãi Tổng Thư ký Liên hợp quốc.", "vi",
                     ("ceremony", "2023-04-28", False), id="vi-tiec-chieu-dai"),
    ],
)
def test_a_banquet_is_a_ceremony_of_its_day(sentence, language, expected):
    assert [(e.kind, e.date, e.announced) for e in body_events(sentence, language, ANCHOR)] == [expected]


def test_a_yearly_meal_is_no_happening():
    assert body_events("La cena de Navidad se celebra cada año en la base.", "es", ANCHOR) == []
