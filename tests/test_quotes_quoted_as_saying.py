"""Quotes: an outlet or writer quoting another ("Reuters quoted the spokesman as saying...",
"the agency cited Colonel X as stating...") reports the words of the one quoted, who speaks,
not the one quoting (quotes.yaml "quoting_verbs"). Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

LEAD = "Peacekeepers reach northern camp\n\nUN peacekeepers reached the northern camp on Monday after a long drive.\n\n"


def speakers_of(text: str, says: str) -> list[str]:
    return [q.speaker for q in extract(LEAD + text, None).quotes if says in q.sentence]


@pytest.mark.parametrize(
    "text, says, speaker",
    [
        pytest.param("\"The bridge at Menaka was repaired overnight,\" Reuters quoted Laura Bianchi as saying.",
                     "bridge at Menaka", "Laura Bianchi", id="quotation-then-outlet-quoted-name"),
        pytest.param("Anadolu Agency quoted MINUSMA spokesman Karim Haddad as saying that the bridge at Menaka was repaired.",
                     "bridge at Menaka", "Karim Haddad", id="outlet-quoted-title-name-clause"),
        pytest.param("The mission's spokeswoman Laura Bianchi visited Menaka on Tuesday. "
                     "\"The bridge was repaired overnight,\" the agency quoted the spokeswoman as saying.",
                     "bridge was repaired", "Laura Bianchi", id="outlet-quoted-title-named-before"),
        pytest.param("Xinhua cited UNMISS as stating that the bridge at Menaka was repaired.",
                     "bridge at Menaka", "UNMISS", id="outlet-cited-mission-as-stating"),
    ],
)
def test_the_one_quoted_speaks(text, says, speaker):
    assert speakers_of(text, says) == [speaker]


@pytest.mark.parametrize(
    "text, says, speaker",
    [
        pytest.param("Laura Bianchi was quoted as saying that the bridge at Menaka was repaired.", "bridge at Menaka",
                     "Laura Bianchi", id="passive-quoted-as-saying"),
        pytest.param("Karim Haddad quoted the resolution, saying the bridge at Menaka would be repaired.", "bridge at Menaka",
                     "Karim Haddad", id="quoted-a-text-saying"),
    ],
)
def test_the_quoting_subject_speaks_without_closing_words(text, says, speaker):
    assert speakers_of(text, says) == [speaker]


@pytest.mark.parametrize(
    "text, says, speaker",
    [
        pytest.param("MINUSMA spokesman Karim Haddad spoke to the radio on Tuesday. \"The bridge at Menaka was repaired "
                     "overnight,\" the radio quoted him as saying.", "bridge at Menaka", "Karim Haddad",
                     id="quoted-him-after-quotation"),
        pytest.param("The mission's spokeswoman Laura Bianchi spoke on Tuesday. Reuters quoted her as saying that the "
                     "bridge at Menaka was repaired.", "bridge at Menaka", "Laura Bianchi", id="quoted-her-clause"),
        # near miss: someone else named as the one quoted
        pytest.param("The mission's spokeswoman Laura Bianchi spoke on Tuesday. Reuters quoted a police officer as saying "
                     "that the bridge at Menaka was repaired.", "bridge at Menaka", "", id="quoted-unnamed-other"),
    ],
)
def test_an_object_pronoun_quoted_is_the_person_named_before(text, says, speaker):
    assert speakers_of(text, says) == [speaker]
