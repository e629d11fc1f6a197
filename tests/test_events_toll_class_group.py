"""Events: a whole opener before a noun ("todos los", "todas las"; vocabulary
"toll_class_openers") makes the dead of a year a class (events.dead_as_a_class) only when a
participle ("todos los guardias muertos en 2014") or a relative ("todos los guardias que
murieron en 2014") tells their death; with a finite verb right after the noun ("todos los
guardias murieron en 2014") it is a definite group and the death one happening of theirs.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import dates_between

ANCHOR = PartialDate(2017, 9, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Todos los guardias murieron en 2014, según el informe de la fiscalía.", id="todos-los-murieron"),
        pytest.param("Todas las enfermeras fallecieron en 2014 lejos de su país.", id="todas-las-fallecieron"),
        pytest.param("Todos los pilotos perdieron la vida en 2014, recordó el coronel.", id="todos-los-perdieron-la-vida"),
    ],
)
def test_a_group_told_by_a_finite_verb_is_one_happening(sentence):
    assert "2014" in dates_between(sentence, "es", ANCHOR)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("La placa recuerda a todos los guardias muertos en 2014.", id="irregular-participle"),
        pytest.param("La placa recuerda a todas las enfermeras fallecidas en 2014.", id="participle"),
        pytest.param("La placa recuerda a todos los guardias que murieron en 2014.", id="relative"),
        pytest.param("La placa recuerda a todos los que murieron en 2014.", id="headless"),
    ],
)
def test_the_class_of_the_dead_stays_a_toll(sentence):
    assert "2014" not in dates_between(sentence, "es", ANCHOR)
