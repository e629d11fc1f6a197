"""Events: a printed day right after "depuis le", "desde el" (vocabulary "period_start_words")
inside the subject of the main event verb ("les Casques bleus portés disparus depuis le 11
mai ont été libérés mercredi", "los cascos azules desaparecidos desde el 11 de mayo fueron
hallados con vida el miércoles") is the start of the subject's state, not the day of the
main happening, which takes its own relative day (events.subject_since_date); a since-phrase
fronting the sentence is still the main clause's. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

FRIDAY = PartialDate(2024, 5, 17)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Les trois ingénieurs portés disparus depuis le 11 mai ont été libérés mercredi.", "fr", id="fr-depuis-le"),
        pytest.param("Los tres ingenieros desaparecidos desde el 11 de mayo fueron liberados el miércoles.", "es", id="es-desde-el"),
        pytest.param("The three engineers missing since 11 May were freed on Wednesday.", "en", id="en-control-since"),
    ],
)
def test_the_subjects_since_day_is_no_day_of_the_release(sentence, language):
    assert [e.date for e in body_events(sentence, language, FRIDAY)] == ["2024-05-15"]


def test_a_fronted_since_phrase_is_the_main_clauses():
    sentence = "Depuis le 11 mai, la brigade a été attaquée à trois reprises."
    assert [e.date for e in body_events(sentence, "fr", FRIDAY)] == ["2024-05-11"]
