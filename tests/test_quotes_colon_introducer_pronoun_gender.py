"""A personal pronoun opening the clause before a colon stands for the last person named whose
gender it fits ("Le gouverneur Paul Lenoir a reçu la ministre Awa Keita. Il s'est exprimé en ces
termes : « ... »": the governor, not the minister named last), as a pronoun with a speech verb
does ("..., a-t-il dit"). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("KINDU - Le gouverneur Paul Lenoir a reçu la ministre Awa Keita lundi. Il s'est exprimé en ces "
                     "termes : « J'appelle les jeunes au calme ».", "Paul Lenoir", id="fr-il-after-a-woman"),
        pytest.param("KINDU - La ministre Awa Keita a reçu le gouverneur Paul Lenoir lundi. Elle s'est montrée ferme : "
                     "« Aucune base ne sera fermée ».", "Awa Keita", id="fr-elle-after-a-man"),
        pytest.param("KINDU - Le gouverneur Paul Lenoir a reçu la ministre Awa Keita lundi. Elle s'est montrée ferme : "
                     "« Aucune base ne sera fermée ».", "Awa Keita", id="fr-elle-last-named"),
    ],
)
def test_the_pronoun_stands_for_the_person_of_its_gender(text, speaker):
    assert speakers_of(text)[-1:] == [speaker]
