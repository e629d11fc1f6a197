"""Events: the onset of hostilities or of a conflict named with its year or month ("since the
outbreak of hostilities in 2011", "depuis le début des hostilités en 2003", "desde el inicio del
conflicto en 2013") is a past happening named in passing, as "since the war broke out on 7
October" is (tests/corpus/README.md): vocabulary event_kinds.conflict. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2018, 6, 20)


@pytest.mark.parametrize(
    "sentence, language, date",
    [
        pytest.param("More than two million people have fled their homes since the outbreak of hostilities in 2011.",
                     "en", "2011", id="en-outbreak-of-hostilities"),
        pytest.param("The region has known no calm since the start of the conflict in March 2013.",
                     "en", "2013-03", id="en-start-of-the-conflict"),
        pytest.param("Près de deux millions de personnes ont fui depuis le début des hostilités en 2011.",
                     "fr", "2011", id="fr-debut-des-hostilites"),
        pytest.param("La région n'a plus connu le calme depuis le déclenchement du conflit en décembre 2013.",
                     "fr", "2013-12", id="fr-declenchement-du-conflit"),
        pytest.param("Más de dos millones de personas han huido desde el inicio de las hostilidades en 2011.",
                     "es", "2011", id="es-inicio-de-las-hostilidades"),
        pytest.param("La región no ha conocido la calma desde el estallido del conflicto en diciembre de 2013.",
                     "es", "2013-12", id="es-estallido-del-conflicto"),
    ],
)
def test_the_onset_of_hostilities_is_a_happening(sentence, language, date):
    events = sorted((str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR))
    assert (date, "conflict") in events, events


@pytest.mark.parametrize(
    "sentence, language",
    [
        # a cessation of hostilities is an agreement's topic, not their onset; a bare span bounds
        pytest.param("The parties signed a cessation of hostilities agreement, which has been violated since 2014.",
                     "en", id="en-cessation"),
        pytest.param("Les casques bleus sont présents dans la région depuis 2013.", "fr", id="fr-bare-span"),
    ],
)
def test_no_onset_no_conflict(sentence, language):
    events = [e for e in body_events(sentence, language, ANCHOR) if e.kind == "conflict"]
    assert events == [], events
