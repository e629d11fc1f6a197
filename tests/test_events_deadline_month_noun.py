"""Events: a deadline at the end of a month named by its noun first ("d'ici à la fin du mois
de décembre", "antes de finales del mes de diciembre") or by its start or end alone in
Vietnamese ("trước cuối tháng 12", "trước giữa tháng 12") bounds what must be done, as "by
the end of December" does: no happening of that month (dates.yaml "deadline_gap_words").
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

FRIDAY = PartialDate(2024, 10, 11)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Le rapatriement du contingent doit être terminé d'ici à la fin du mois de décembre.", "fr",
                     id="fr-d-ici-a-la-fin-du-mois-de"),
        pytest.param("Le rapatriement du contingent doit être terminé d'ici la fin du mois de décembre.", "fr",
                     id="fr-d-ici-la-fin-du-mois-de"),
        pytest.param("La repatriación del contingente debe concluir antes de finales del mes de diciembre.", "es",
                     id="es-antes-de-finales-del-mes-de"),
        pytest.param("Việc hồi hương đơn vị phải hoàn tất trước cuối tháng 12.", "vi", id="vi-truoc-cuoi-thang"),
        pytest.param("Việc hồi hương đơn vị phải hoàn tất trước ngày cuối tháng 12.", "vi", id="vi-truoc-ngay-cuoi"),
        pytest.param("Việc hồi hương đơn vị phải hoàn tất trước giữa tháng Mười Hai.", "vi", id="vi-truoc-giua"),
    ],
)
def test_the_end_of_a_month_named_by_its_noun_after_a_deadline_word_dates_nothing(sentence, language):
    assert [e.date for e in body_events(sentence, language, FRIDAY)] == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Le Conseil a adopté vendredi une résolution qui exige le retrait des forces d'ici à la fin du "
                     "mois de décembre.", "fr", [("2024-10-11", "adoption")], id="fr-adoption-keeps-its-day"),
        pytest.param("El Consejo aprobó el viernes una resolución que exige la retirada de las fuerzas antes de "
                     "finales del mes de diciembre.", "es", [("2024-10-11", "adoption")], id="es-adoption-keeps-its-day"),
    ],
)
def test_the_adoption_keeps_its_day_and_the_deadline_dates_nothing(sentence, language, expected):
    assert [(e.date, e.kind) for e in body_events(sentence, language, FRIDAY)] == expected
