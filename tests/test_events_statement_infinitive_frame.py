"""Events: a statement or a post that opens with the infinitive or the first person of a verb
of announcing ("Triste d'annoncer que ...", "Nous annonçons que ...", "We are sad to announce
that ...") frames what it tells, as "a annoncé que" does: the happening told after it takes the
day its own clause gives (a time inside the participle phrase of its subject included). Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)  # a Tuesday


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Triste d'annoncer que trois gendarmes blessés lors d'une embuscade ce matin sont décédés.", "fr",
                     "2023-05-02", id="fr-infinitive-this-morning"),
        pytest.param("Nous annonçons que trois gendarmes blessés lors d'une embuscade ce matin sont décédés.", "fr",
                     "2023-05-02", id="fr-first-person"),
        pytest.param("We are sad to announce that three guards wounded in an ambush on Monday have died.", "en",
                     "2023-05-01", id="en-sad-to-announce"),
        pytest.param("Lamentamos anunciar que tres guardias heridos en una emboscada el lunes han muerto.", "es",
                     "2023-05-01", id="es-lamentamos-anunciar"),
    ],
)
def test_an_opening_statement_frames_the_happening_it_tells(sentence, language, expected):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == [expected]


def test_a_feeling_before_to_opens_no_purpose_clause():
    # "proud to announce": the infinitive is the object of the feeling, not an aim
    events = body_events("The battalion is proud to announce that its field hospital opened on Monday.", "en", ANCHOR)
    assert [e.date for e in events] == ["2023-05-01"]
