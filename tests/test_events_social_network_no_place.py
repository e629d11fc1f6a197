"""Events: a social network named after a word of place ("en su cuenta en X", "posted on
Telegram", "sur X") is where words went, no place of a happening: a later telling dated by its
day in such a sentence is still the lead's happening, not one of another place. Every sentence
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import printed_places

from eventcases import article_events

ANCHOR = PartialDate(2024, 3, 9)  # a Saturday


def test_a_later_telling_posted_on_x_dates_the_lead():
    sentences = ["La misión ha denunciado un nuevo ataque que ha dejado a un guardia herido en su base en Koro.",
                 "En un mensaje publicado en su cuenta en X, la misión explicó que el guardia fue alcanzado por disparos durante la noche del viernes."]
    assert [e.date for e in article_events(sentences, "es", ANCHOR, wire_day=False)] == ["2024-03-08"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("En un mensaje publicado en su cuenta en X, la misión habló del ataque.", "es", id="es-x"),
        pytest.param("Un mensaje publicado en Facebook por la misión habló del ataque.", "es", id="es-facebook"),
        pytest.param("In a message posted in Telegram, the mission spoke of the attack.", "en", id="en-telegram"),
        pytest.param("Dans un message publié sur X, la mission a parlé de l'attaque.", "fr", id="fr-x"),
    ],
)
def test_a_network_is_no_printed_place(sentence, language):
    assert printed_places(sentence, [], language) == frozenset()
