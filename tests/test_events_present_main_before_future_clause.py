"""Events: a main event verb in the present ("meet", "withdraw", "rút") has no tense of its own,
so a future told after a coordinating conjunction ("and will sign", "but will stay", "rồi sẽ")
still reads its day as the one to come: "The ministers meet in Niamey on Monday and will sign the
accord" is a meeting planned for the coming Monday, not one on the Monday just past. Only a
verb told in the past keeps its tense up to the conjunction. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

THURSDAY = PartialDate(2022, 6, 9)


def told(sentence: str, language: str) -> list[tuple[str, bool]]:
    """The (date, announced) of the events one sentence tells, deep in an article's body."""
    sentences = [("Une phrase sans rien.", [])] * 4 + [(sentence, find_in_sentence(sentence, language))]
    return sorted((e.date, bool(e.announced)) for e in find_events(sentences, THURSDAY, None, language)[0])


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The defence ministers meet in Niamey on Monday and will sign the accord.", "en", id="en-and-will"),
        pytest.param("The blue helmets withdraw on Monday but will stay in Gao.", "en", id="en-but-will"),
        pytest.param("Lực lượng gìn giữ hòa bình rút khỏi Menaka vào thứ Hai rồi sẽ ở lại Gao.", "vi", id="vi-roi-se"),
    ],
)
def test_present_main_verb_takes_the_future_after_the_conjunction(sentence, language):
    assert ("2022-06-13", True) in told(sentence, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The blue helmets withdrew from Menaka on Monday but will stay in Gao.", "en", id="en-past"),
        pytest.param("Los cascos azules se retiraron de Menaka el lunes pero permanecerán en Gao.", "es", id="es-past"),
        pytest.param("Les casques bleus se sont retirés de Menaka lundi mais resteront à Gao.", "fr", id="fr-past"),
    ],
)
def test_past_main_verb_keeps_the_day_just_past(sentence, language):
    found = told(sentence, language)
    assert ("2022-06-06", False) in found
    assert ("2022-06-13", True) not in found
