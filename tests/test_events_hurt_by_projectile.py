"""Events: someone hurt or hit by a projectile or its fragments ("hurt by a stray bullet",
"touchée par une balle perdue") is a casualty or an attack, though a bullet is no word of an
attack: "hurt by" is read as a hurt feeling only where no such agent follows ("morale was
hurt by the delays"). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2020, 9, 10)  # a Thursday


def found(sentence: str, language: str) -> list[tuple[str, str]]:
    return sorted((str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A nurse was hurt by a stray bullet near the market on Tuesday.", "en", id="en-stray-bullet"),
        pytest.param("Two guards were hurt by shrapnel at the checkpoint on Tuesday.", "en", id="en-shrapnel"),
        pytest.param("A shopkeeper was hurt by a gunshot outside his store on Tuesday.", "en", id="en-gunshot"),
        pytest.param("Une infirmière a été touchée par une balle perdue mardi près du marché.", "fr", id="fr-touchee-balle"),
        pytest.param("Deux gardes ont été atteints par des balles mardi au poste de contrôle.", "fr", id="fr-atteints-balles"),
    ],
)
def test_hurt_by_a_projectile_is_a_happening(sentence, language):
    assert ("2020-09-08", "casualty") in found(sentence, language) or ("2020-09-08", "attack") in found(sentence, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Morale was hurt by the delays in payment on Tuesday.", "en", id="en-morale"),
        pytest.param("The mission was hurt by the budget cuts announced on Tuesday.", "en", id="en-budget"),
    ],
)
def test_hurt_feelings_stay_no_casualty(sentence, language):
    assert not any(kind == "casualty" for _, kind in found(sentence, language))
