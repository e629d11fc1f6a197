"""An event told by a participle that opens a phrase set off by commas after its noun ("The
medical team, deployed to Bentiu on 3 June, ...") takes that noun phrase as its title's
subject, not nothing nor an actor standing in. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from eventcases import body_events
from newsdossier.datevalue import PartialDate

ANCHOR = PartialDate(2024, 6, 21)


@pytest.mark.parametrize(("sentence", "language", "opening"), [
    pytest.param("The medical team of the field hospital, deployed to Bentiu on 3 June, treated hundreds of patients.",
                 "en", "Medical team of the field hospital deployed to Bentiu", id="en"),
    pytest.param("Les éléments du contingent de la mission, arrivés en renfort le 3 juin depuis la capitale, ont quitté "
                 "le camp.", "fr", "Éléments du contingent de la mission arrivés en renfort", id="fr"),
    pytest.param("Los ingenieros del batallón, desplegados en Bunia el 5 de junio, repararon la pista.", "es",
                 "Ingenieros del batallón desplegados en Bunia", id="es"),
])
def test_an_apposed_participle_takes_the_noun_before_it(sentence, language, opening):
    titles = [e.title for e in body_events(sentence, language, ANCHOR)]
    assert titles and titles[0].startswith(opening), titles
