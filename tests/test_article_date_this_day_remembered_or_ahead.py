"""A day after a deictic word ("ce 9 mai", "este 9 de mayo", "this 9 May") dates the article
only when the text speaks of it as its own day. Not so for a day remembered, a clause after it
describing it ("ce 9 mai 2018 où tout a basculé", "aquel ... este 9 de mayo en que empezó
todo", "this 9 May when the shelling began"), nor for a day opening a sentence about the future
whose verb comes after the day ("À partir de ce 20 mai, les patrouilles seront réduites", "A
partir de este 20 de mayo, la misión reducirá ...").

Every sentence is written for these tests.
"""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract

TODAY = datetime.date(2026, 12, 1)


def in_text(text: str) -> str:
    return extract(text, today=TODAY).determined_date


@pytest.mark.parametrize("text", [
    pytest.param("Le port se souvient\n\nLes habitants se souviennent de ce 9 mai 2018 où tout a basculé dans le quartier du "
                 "port.\n\nUne stèle a été posée près du quai.", id="fr-remembered"),
    pytest.param("El puerto recuerda\n\nLos vecinos recuerdan este 9 de mayo de 2018 en que todo cambió en el barrio del "
                 "puerto.\n\nUna placa fue colocada junto al muelle.", id="es-remembered"),
    pytest.param("The port remembers\n\nResidents still speak of this 9 May 2018 when the shelling reached the harbour "
                 "district.\n\nA plaque was set near the quay.", id="en-remembered"),
    pytest.param("Patrouilles au port\n\nLa mission a revu son dispositif. À partir de ce 20 mai, les patrouilles seront "
                 "réduites dans le nord du pays.\n\nLe port reste surveillé.", id="fr-future-verb-after"),
    pytest.param("Patrullas en el puerto\n\nLa misión revisó su despliegue. A partir de este 20 de mayo, la misión reducirá "
                 "sus patrullas en el norte del país.\n\nEl puerto sigue vigilado.", id="es-future-verb-after"),
])
def test_a_remembered_or_coming_day_is_not_the_articles(text):
    assert in_text(text) == ""


@pytest.mark.parametrize(("text", "day"), [
    pytest.param("Marins blessés\n\nDeux marins du bac ont été blessés près de l'embarcadère, a confirmé ce 9 mai la "
                 "capitainerie, qui a ouvert une enquête.\n\nLe bac reste à quai.", "XXXX-05-09", id="fr-own-day"),
    pytest.param("Marineros heridos\n\nLa autoridad portuaria informó este 3 de marzo de 2021 que dos marineros resultaron "
                 "heridos cuando se rompió una amarra.\n\nSe abrió una investigación.", "2021-03-03", id="es-own-day"),
])
def test_the_texts_own_deictic_day_still_dates_it(text, day):
    assert in_text(text) == day
