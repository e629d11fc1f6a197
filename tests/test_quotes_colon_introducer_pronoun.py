"""A personal pronoun opening the clause before a colon introduces the quotation filling the
rest of the sentence as a named person would ("Il s'est exprimé en ces termes : « ... »", "She
was blunt: “...”", "Ella fue tajante: «...»"): the words are those of the person the pronoun
stands for, the one named before. An impersonal "il" ("Il y a trois volets : « ... »", "Il
faut le dire : « ... »") introduces nobody's words. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("KINDU - Le gouverneur Paul Lenoir est arrivé lundi à Kindu. Il s'est exprimé en ces termes : "
                     "« J'appelle les jeunes au calme et au dialogue ».", ["Paul Lenoir"], id="fr-il-en-ces-termes"),
        pytest.param("KINDU - La ministre Awa Keita a visité le camp mardi. Elle s'est montrée ferme : "
                     "« Aucune base ne sera fermée cette année »." , ["Awa Keita"], id="fr-elle-montree"),
        pytest.param("KINDU -- Colonel Ola Hansen visited the camp on Monday. He was blunt: \u201cWe will not leave "
                     "before the rains end.\u201d", ["Ola Hansen"], id="en-he-was-blunt"),
        pytest.param("KINDU - La ministra Ana Ruiz visitó el campamento el lunes. Ella fue tajante: «Ninguna base "
                     "cerrará antes de diciembre».", ["Ana Ruiz"], id="es-ella-fue-tajante"),
    ],
)
def test_a_pronoun_before_the_colon_introduces_the_person_named_before(text, speakers):
    assert speakers_of(text)[-1:] == speakers[-1:]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("KINDU - Le gouverneur Paul Lenoir est arrivé lundi. Il y a trois volets au plan : « formation, "
                     "équipement et soutien aux familles »." , id="fr-il-y-a"),
        pytest.param("KINDU - Le gouverneur Paul Lenoir est arrivé lundi. Il faut le rappeler : « la route reste fermée "
                     "jusqu'en juin »." , id="fr-il-faut"),
    ],
)
def test_an_impersonal_pronoun_introduces_nobody(text):
    assert not any(speakers_of(text))
