"""Events: a statement given as the object of a verb of issuing or publishing and followed by
a participle of saying ("issued a statement saying that ...", "a publié un communiqué
indiquant que ...") is how the news was told, as "said in a statement that ..." is: the
happening it tells is the sentence's event, dated by its own day, not an announcement dated
by the telling; so is a statement with no verb of issuing whose content opens after its noun
("The statement, noting that ..."). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import event_words
from eventcases import body_events

ANCHOR = PartialDate(2020, 9, 10)  # a Thursday


def found(sentence: str, language: str) -> list[tuple[str, str]]:
    return sorted((str(e.date), e.kind) for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language, day",
    [
        pytest.param("The mission on Sunday issued a statement saying that late on Saturday two of its soldiers were wounded by mortar fire near the airport.",
                     "en", "2020-09-05", id="en-issued-saying"),
        pytest.param("The army released a statement on Monday stating that a patrol was ambushed on Sunday night.",
                     "en", "2020-09-06", id="en-released-stating"),
        pytest.param("The ministry put out a brief statement saying three soldiers were killed on Tuesday.",
                     "en", "2020-09-08", id="en-put-out-adjective"),
        pytest.param("La mission a publié dimanche un communiqué indiquant que samedi soir deux de ses soldats ont été blessés par des tirs de mortier.",
                     "fr", "2020-09-05", id="fr-publie-indiquant"),
        pytest.param("L'armée a diffusé lundi un communiqué précisant qu'une patrouille a été attaquée dimanche soir.",
                     "fr", "2020-09-06", id="fr-diffuse-precisant"),
        pytest.param("Le ministère a rendu public un communiqué annonçant que trois soldats ont été tués mardi.",
                     "fr", "2020-09-08", id="fr-rendu-public-annoncant"),
        # no verb of issuing: the content opened after the noun is the telling all the same
        pytest.param("The statement, noting that the convoy was attacked on Sunday, was read out on Monday.",
                     "en", "2020-09-06", id="en-no-issuing-verb"),
        pytest.param("Le communiqué, précisant que le convoi a été attaqué dimanche, a été lu lundi.",
                     "fr", "2020-09-06", id="fr-no-issuing-verb"),
    ],
)
def test_the_issued_statement_tells_the_happening(sentence, language, day):
    events = found(sentence, language)
    assert all(kind != "announcement" for _, kind in events), events
    assert any(date == day for date, _ in events), events


@pytest.mark.parametrize(
    "sentence, language",
    [
        # nothing told after the statement: issuing it is the happening
        pytest.param("The council issued a statement on Monday.", "en", id="en-nothing-told"),
        # a stance, no saying: the statement of a stance stays as it is read
        pytest.param("The council issued a statement condemning the attack.", "en", id="en-stance"),
        pytest.param("Le conseil a publié lundi un communiqué.", "fr", id="fr-nothing-told"),
    ],
)
def test_an_issued_statement_telling_nothing_is_not_read_so(sentence, language):
    assert any(w.kind == "announcement" and not w.frame for w in event_words(sentence, language))
