"""Events: a date inside a participle phrase opening the sentence and closed by a comma
("Launched in April, the operation will deploy 7,600 troops", "Créée en mars, la force va
déployer 5 000 hommes") is what the participle tells of the subject, not the day of the main
clause's happening: a future deployment with no day of its own is no dated event of the
phrase's month. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2021, 9, 15)


@pytest.mark.parametrize(
    "sentence, language, main_kind",
    [
        pytest.param("Launched in March, the operation will deploy 5,000 troops across the north.", "en", "deployment", id="en-launched"),
        pytest.param("Formed in March by a decree of the council, the force will deploy 5,000 troops in the region.", "en", "deployment", id="en-formed-by"),
        pytest.param("Créée en mars, la force va déployer 5 000 hommes dans le nord.", "fr", "deployment", id="fr-creee"),
        pytest.param("Mise sur pied en mars par un décret du conseil, la force va déployer 5 000 hommes.", "fr", "deployment", id="fr-mise-sur-pied"),
    ],
)
def test_the_fronted_participle_date_is_not_the_main_happening(sentence, language, main_kind):
    found = [(str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR)]
    assert not any(kind == main_kind and date.endswith("-03") for date, kind in found), found


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        # a date past the comma is the main clause's
        pytest.param("Launched in March, the operation deployed 5,000 troops on Tuesday.", "en", ("2021-09-14", "deployment"), id="en-own-day"),
        pytest.param("Créée en mars, la force a déployé mardi 5 000 hommes.", "fr", ("2021-09-14", "deployment"), id="fr-own-day"),
    ],
)
def test_the_main_clause_keeps_its_own_day(sentence, language, expected):
    found = [(str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR)]
    assert expected in found, found
