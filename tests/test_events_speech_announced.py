"""Events: a speech before a body announced for a day to come ("will address the Council on
Thursday", "s'adressera au Conseil jeudi", "intervendrá ante el Consejo el jueves") is a
sitting of that day, announced, not a past day nor the article's. A French future carrying an
elided pronoun ("s'adressera", "l'accueillera") is a future all the same. Every sentence here
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.dates import future_tense
from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2026, 9, 12)  # a Saturday: Thursday next is the 17th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The special representative will address the Security Council on Thursday.", "en", id="en-will-address"),
        pytest.param("The force commander is due to address the Council on Thursday.", "en", id="en-due-to"),
        pytest.param("The minister will speak before the General Assembly on Thursday.", "en", id="en-speak-before"),
        pytest.param("La représentante spéciale s'adressera au Conseil de sécurité jeudi.", "fr", id="fr-s-adressera"),
        pytest.param("Le commandant de la force s'adressera jeudi aux membres du Conseil.", "fr", id="fr-day-between"),
        pytest.param("La ministre interviendra devant l'Assemblée générale jeudi.", "fr", id="fr-interviendra"),
        pytest.param("Le ministre prendra la parole devant le Conseil jeudi.", "fr", id="fr-prendra-la-parole"),
        pytest.param("La representante especial intervendrá ante el Consejo de Seguridad el jueves.", "es", id="es-intervendra"),
        pytest.param("El comandante de la fuerza hablará ante el Consejo el jueves.", "es", id="es-hablara-ante"),
        pytest.param("La ministra se dirigirá al Consejo de Seguridad el jueves.", "es", id="es-se-dirigira-al-consejo"),
    ],
)
def test_a_speech_before_a_body_to_come_is_announced_on_its_day(sentence, language):
    events = body_events(sentence, language, ANCHOR)
    assert [(e.date, e.announced) for e in events] == [("2026-09-17", True)]


@pytest.mark.parametrize(
    "clause, expected",
    [
        pytest.param("s'adressera au Conseil jeudi", True, id="s-apostrophe"),
        pytest.param("l\u2019accueillera jeudi à Goma", True, id="l-curly-apostrophe"),
        pytest.param("lorsqu'arrivera la relève", True, id="lorsqu-apostrophe"),
        pytest.param("s'est adressé au Conseil jeudi", False, id="past"),
        pytest.param("l'ouverture de la séance jeudi", False, id="noun"),
    ],
)
def test_a_french_future_with_an_elided_pronoun_is_a_future(clause, expected):
    assert future_tense(clause, "fr") is expected
