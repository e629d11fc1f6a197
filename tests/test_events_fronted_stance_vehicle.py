"""Events: a statement opening the sentence ("In a statement to the press, the Council
condemned yesterday's attack", "Dans une déclaration à la presse, le Conseil a condamné
l'attaque d'hier", "En una declaración a la prensa, el Consejo condenó el ataque de ayer")
is how a stance was told, as it is for a verb of saying: not the sentence's happening. The
stance then frames the attack, which keeps its own day. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2021, 6, 10)  # yesterday is the 9th


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param('In a statement to the press, the Council "condemned in the strongest terms" yesterday\'s attack '
                     "against a UN convoy near Gao.", "en", id="en-quoted-manner"),
        pytest.param("In a statement to the press, the Council strongly condemned yesterday's attack against a UN convoy.",
                     "en", id="en"),
        pytest.param("Dans une déclaration à la presse, le Conseil a condamné l'attaque d'hier contre un convoi de l'ONU.",
                     "fr", id="fr"),
        pytest.param("En una declaración a la prensa, el Consejo condenó el ataque de ayer contra un convoy de la ONU.",
                     "es", id="es"),
    ],
)
def test_a_fronted_statement_of_a_stance_is_no_happening(sentence, language):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == [("2021-06-09", "attack")]
