"""Events: a stance on a happening already told whose noun has a word qualifying it before
("condemned the latest attack", "the deadly ambush", "a condamné la récente attaque") is the
same happening's condemnation, as "condemned the attack" is: no announcement of its own. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

ANCHOR = PartialDate(2015, 5, 6)  # a Wednesday
LEAD = {"en": "Rebels ambushed a convoy in the east on Tuesday, killing two peacekeepers.",
        "fr": "Des rebelles ont attaqué un convoi mardi dans l'est, tuant deux casques bleus."}


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The envoy said on Tuesday that he condemned the deadly attack.", "en", id="en-deadly"),
        pytest.param("The envoy wrote on Tuesday that he condemned the latest attack.", "en", id="en-latest"),
        pytest.param("The minister told reporters on Tuesday that he condemned the cowardly ambush.", "en", id="en-cowardly"),
        pytest.param("Le ministre a condamné mardi la récente attaque.", "fr", id="fr-recente"),
        pytest.param("Le ministre a condamné mardi la dernière embuscade.", "fr", id="fr-derniere"),
    ],
)
def test_condemning_the_qualified_happening_is_no_announcement(sentence, language):
    found = [(str(e.date), e.kind) for e in article_events([LEAD[language], sentence], language, ANCHOR)]
    assert not any(kind == "announcement" for _, kind in found), found
