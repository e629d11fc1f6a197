"""Events: a phrase saying something did not take place, after a fronted cause or time phrase
with no comma ("Because of the attack on 2 March the match did not take place", "Debido al
ataque del 2 de marzo el partido no se celebró"), has for subject the noun phrase a
determiner opens right after the date ("the match", "el partido"), not the dated happening
before it: the attack stays an event. The dated noun followed by a complement ("The parade on
2 March of the battalion did not take place") is still the subject, denied. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2024, 3, 20)


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Because of the attack on 2 March the football match did not take place.", "en",
                     [("attack", "2024-03-02")], id="en-because-of"),
        pytest.param("Owing to the ambush on 2 March the football match did not take place.", "en",
                     [("attack", "2024-03-02")], id="en-owing-to"),
        pytest.param("Debido al ataque del 2 de marzo el partido de fútbol no se celebró.", "es",
                     [("attack", "2024-03-02")], id="es-debido-a"),
        # near misses: the dated noun heads the subject, or a comma already closed the phrase
        pytest.param("The parade on 2 March of the battalion did not take place.", "en", [], id="en-complement-denied"),
        pytest.param("El desfile del 2 de marzo del batallón no se celebró.", "es", [], id="es-complement-denied"),
        pytest.param("Because of the attack on 2 March, the football match did not take place.", "en",
                     [("attack", "2024-03-02")], id="en-comma-kept"),
        # near misses: the dated noun opens the clause, its subject; a date phrase going on
        # after the date ("the following year", "the 2nd") opens no other noun phrase
        pytest.param("The parade on 2 March the following year did not take place.", "en", [],
                     id="en-following-year-denied"),
        pytest.param("The parade planned for Saturday the 2nd did not take place.", "en", [],
                     id="en-weekday-the-day-denied"),
        pytest.param("Le défilé du 2 mars l'année suivante n'a pas eu lieu.", "fr", [], id="fr-annee-suivante-denied"),
        pytest.param("El desfile del 2 de marzo el año siguiente no se celebró.", "es", [],
                     id="es-ano-siguiente-denied"),
        pytest.param("But the parade on 2 March the following year did not take place.", "en", [],
                     id="en-but-following-year-denied"),
        pytest.param("Mais le défilé du 2 mars l'année suivante n'a pas eu lieu.", "fr", [],
                     id="fr-mais-annee-suivante-denied"),
        pytest.param("Pero el desfile del 2 de marzo el año siguiente no se celebró.", "es", [],
                     id="es-pero-ano-siguiente-denied"),
        pytest.param("But because of the attack on 2 March the football match did not take place.", "en",
                     [("attack", "2024-03-02")], id="en-but-because-of"),
        pytest.param("À cause de l'attaque du 2 mars le match de football n'a pas eu lieu.", "fr",
                     [("attack", "2024-03-02")], id="fr-a-cause-de"),
    ],
)
def test_the_dated_happening_before_another_subject_is_not_denied(sentence, language, expected):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == expected
