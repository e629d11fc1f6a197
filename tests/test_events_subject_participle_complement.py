"""Events: a past participle describing the subject keeps its own complement, event nouns
included ("The bodies of the soldiers killed in a rocket attack were repatriated on Sunday",
"Les dépouilles des soldats tués dans l'attaque ont été rapatriées dimanche", "Los cuerpos de
los soldados muertos en el ataque fueron repatriados el domingo"): the noun of that
complement ("attack") is neither the clause's subject nor its happening; the finite verb
after it tells what happened, and its day dates it. Told with no finite event verb after it
("Two peacekeepers killed in the ambush were identified on Monday", a headline "Peacekeepers
killed in an attack on the camp"), the participle keeps its kind, as before; an event noun
that is the subject itself ("An ambush on the convoy killed two peacekeepers") still gives
the kind. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_kind
from eventcases import body_events

ANCHOR = PartialDate(2021, 6, 10)  # a Thursday: the Sunday before is the 6th


def kind_of(sentence: str, language: str) -> str | None:
    found = event_kind(sentence, language)
    return found[0] if found else None


TOLD = [
    pytest.param("The bodies of four peacekeepers killed in a rocket attack near the border were repatriated to Ghana "
                 "on Sunday.", "en", "return", id="en-bodies-repatriated"),
    pytest.param("Three soldiers wounded in the ambush on their convoy returned to Kigali on Sunday.", "en", "return",
                 id="en-wounded-returned"),
    pytest.param("Les dépouilles des deux soldats tués dans l'attaque du convoi ont été rapatriées dimanche au Tchad.",
                 "fr", "return", id="fr-depouilles-rapatriees"),
    pytest.param("Les trois militaires blessés dans l'embuscade sont rentrés dimanche à Niamey.", "fr", "return",
                 id="fr-blesses-rentres"),
    pytest.param("Los cuerpos de los tres soldados muertos en el ataque al convoy fueron repatriados el domingo a Chad.",
                 "es", "return", id="es-muertos-repatriados"),
    pytest.param("Los dos militares heridos en la emboscada regresaron el domingo a Montevideo.", "es", "return",
                 id="es-heridos-regresaron"),
]


@pytest.mark.parametrize("sentence, language, kind", TOLD)
def test_the_finite_verb_after_the_participle_s_complement_gives_the_kind(sentence, language, kind):
    assert kind_of(sentence, language) == kind


@pytest.mark.parametrize("sentence, language, kind", TOLD)
def test_the_finite_verb_s_day_dates_the_happening(sentence, language, kind):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == [("2021-06-06", kind)]


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("Two peacekeepers killed in the ambush were identified on Monday.", "en", "casualty",
                     id="en-no-event-verb-after"),
        pytest.param("Peacekeepers killed in an attack on the camp near Kidal.", "en", "casualty", id="en-headline"),
        pytest.param("An ambush on the convoy killed two peacekeepers on Sunday.", "en", "attack", id="en-noun-subject"),
        pytest.param("The battalion deployed to Gao on Monday for the ceremony.", "en", "deployment",
                     id="en-participle-is-the-verb"),
    ],
)
def test_with_no_finite_event_verb_after_it_the_kind_stays(sentence, language, kind):
    assert kind_of(sentence, language) == kind
