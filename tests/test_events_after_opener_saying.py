"""Events: a sentence opened by a phrase naming an earlier happening ("After the vote", "Après
le vote", "Después de la votación") whose main clause only says something ("the ambassador
added: ...") tells no happening of its own: words said are no happening. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

THURSDAY = PartialDate(2022, 10, 27)


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["The Security Council on Thursday extended the mission's mandate by a year.",
                      "Thirteen members voted for the extension.",
                      'After the vote, the ambassador added: "We regret that our remarks were ignored."'], "en", id="en"),
        pytest.param(["Le Conseil de sécurité a prorogé jeudi le mandat de la mission d'un an.",
                      "Treize membres ont voté pour.",
                      "Après le vote, l'ambassadeur a ajouté : « Nous regrettons que nos remarques n'aient pas été "
                      "entendues »."], "fr", id="fr"),
        pytest.param(["El Consejo de Seguridad decidió este jueves prorrogar el mandato de la misión por un año.",
                      "Trece miembros votaron a favor de la prórroga.",
                      "Después de la votación, el embajador añadió: «Lamentamos que no se hayan tenido en cuenta "
                      "nuestras observaciones»."], "es", id="es"),
    ],
)
def test_words_said_after_a_happening_are_no_happening(sentences, language):
    assert [e.date for e in article_events(sentences, language, THURSDAY)] == ["2022-10-27"]
