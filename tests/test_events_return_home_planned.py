"""Events: a return home told as to come ("will return home on 15 October", "would come
home on Monday", "rentrera au pays", "doivent rentrer au pays") is a return (vocabulary event_kinds return verbs),
so that inside a statement dated on its own day ("announced on 2 April that the battalion will
return home on 15 October") the planned return is found beside the announcement, as one
"will be repatriated" already was. Before, the future forms named no happening and only the
announcement was found. Only "home" and
"repatriated": "will return to normal" or "to return to the talks" brings no one back. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2022, 5, 11)  # a Wednesday


def found(sentence: str, language: str = "en") -> list[tuple[str, str]]:
    return sorted((e.kind, str(e.date)) for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("The ministry announced on 3 May that the engineering company will return home on 20 June.",
                     [("announcement", "2022-05-03"), ("return", "2022-06-20")], id="announced-will-return-home"),
        pytest.param("The army confirmed on 3 May that the field hospital would return home on 20 June.",
                     [("announcement", "2022-05-03"), ("return", "2022-06-20")], id="confirmed-would-return-home"),
        pytest.param("The second group of the battalion will come home on 20 June.",
                     [("return", "2022-06-20")], id="will-come-home"),
    ],
)
def test_a_return_home_to_come_is_a_return(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Le ministère a annoncé le 3 mai que la compagnie du génie rentrera au pays le 20 juin.",
                     [("announcement", "2022-05-03"), ("return", "2022-06-20")], id="fr-rentrera-au-pays"),
        pytest.param("Le ministère a annoncé le 3 mai que les blessés doivent rentrer au pays le 20 juin.",
                     [("announcement", "2022-05-03"), ("return", "2022-06-20")], id="fr-doivent-rentrer-au-pays"),
    ],
)
def test_a_french_return_home_to_come_is_a_return(sentence, expected):
    assert found(sentence, "fr") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Life in the market town will return to normal on 20 June.", id="return-to-normal"),
        pytest.param("The ministry announced on 3 May that the armed groups agreed to return to the talks on 20 June.",
                     id="return-to-talks"),
        pytest.param("Officials hope that calm would return to the valley by 20 June.", id="calm-return"),
    ],
)
def test_other_returns_are_no_return_home(sentence):
    assert "return" not in [kind for kind, _ in found(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Le calme reviendra dans la vallée le 20 juin.", id="fr-calme-reviendra"),
        pytest.param("Le ministère a annoncé le 3 mai que le Conseil reviendra sur la question le 20 juin.",
                     id="fr-reviendra-sur"),
    ],
)
def test_other_french_returns_are_no_return_home(sentence):
    assert "return" not in [kind for kind, _ in found(sentence, "fr")]
