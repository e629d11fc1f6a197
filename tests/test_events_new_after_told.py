"""Events: a sentence that names the happening already told ("the attack") and then a new
one with its own day ("which comes after four soldiers were killed in an attack on
Wednesday") tells the new one: it is a happening of its own, not the first told again. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2021, 1, 15)  # a Friday: Wednesday is the 13th


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["A soldier died on Friday in an attack on a fuel truck near the border.",
                      "No group has claimed the attack, which comes after four soldiers were killed in an attack "
                      "carried out on Wednesday against a patrol."], "en", id="en"),
        pytest.param(["Un soldat est mort vendredi dans une attaque contre un camion-citerne près de la frontière.",
                      "Aucun groupe n'a revendiqué l'attaque, qui survient après la mort de quatre soldats dans une "
                      "attaque menée mercredi contre une patrouille."], "fr", id="fr"),
        pytest.param(["Un soldado murió este viernes en un ataque contra un camión cisterna cerca de la frontera.",
                      "Ningún grupo ha reivindicado el ataque, que llega después de que cuatro soldados murieran en "
                      "un ataque ejecutado el miércoles contra una patrulla."], "es", id="es"),
    ],
)
def test_a_new_happening_named_after_the_one_told_is_its_own(sentences, language):
    assert sorted(e.date for e in article_events(sentences, language, ANCHOR)) == ["2021-01-13", "2021-01-15"]
