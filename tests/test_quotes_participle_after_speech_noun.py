"""Quotes: a participle of saying or asking right after a noun of the speech it closes,
with no comma ("X ended his speech urging ...", "X finalizó su intervención pidiendo ...",
"X a conclu son allocution appelant ..."), reports the clause subject's words, as after the
comma that closes a clause. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("NEW YORK -- Uruguay's envoy Carlos Amorin ended his speech urging the Council to \"redouble efforts to reach a ceasefire\".",
                     "Carlos Amorin", id="en-speech-urging"),
        pytest.param("NUEVA YORK - El representante uruguayo Carlos Amorín finalizó su intervención pidiendo al Consejo “redoblar esfuerzos para alcanzar un cese al fuego”.",
                     "Carlos Amorín", id="es-intervencion-pidiendo"),
        pytest.param("NEW YORK - Le représentant uruguayen Carlos Amorín a conclu son allocution appelant le Conseil à « redoubler d'efforts pour un cessez-le-feu ».",
                     "Carlos Amorín", id="fr-allocution-appelant"),
    ],
)
def test_a_participle_after_the_speech_it_closes_reports(text, speaker):
    assert speakers_of(text) == [speaker]


def test_a_participle_after_another_noun_reports_nothing():
    # "a resolution urging the parties": the resolution's call, no participle of the Council's words
    assert speakers_of("NEW YORK -- The Council adopted a resolution urging the parties to reach a ceasefire.") == []
