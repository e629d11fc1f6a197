"""Events: Spanish and French name a happening told before by a general noun with its
determiner ("el hecho", "los hechos", "les faits": the facts), as English does by "the
incident": "Un ataque mató a 14 cascos azules. El secretario general confirmó el hecho,
ocurrido la noche del jueves" tells one attack, on Thursday, not an attack of the article's
month and a confirmation of Thursday. "De hecho" (in fact) names nothing.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

ANCHOR = PartialDate(2017, 12, 8)  # a Friday: Thursday is 7 December


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["Un ataque rebelde acabó con la vida de 14 cascos azules en Kivu Norte.",
                      "El jefe de la ONU confirmó el hecho, ocurrido durante la noche de este jueves."], "es", id="es-el-hecho"),
        pytest.param(["Un ataque rebelde acabó con la vida de 14 cascos azules en Kivu Norte.",
                      "Los hechos ocurrieron el jueves por la noche cerca de Beni."], "es", id="es-los-hechos"),
        pytest.param(["Une attaque rebelle a tué 14 casques bleus au Nord-Kivu.",
                      "Les faits se sont produits jeudi soir près de Beni."], "fr", id="fr-les-faits"),
        pytest.param(["A rebel attack killed 14 peacekeepers in North Kivu.",
                      "The UN chief confirmed the incident, which took place on Thursday night near Beni."], "en",
                     id="en-incident-unchanged"),
    ],
)
def test_the_facts_told_again_date_the_happening_once(sentences, language):
    events = article_events(sentences, language, ANCHOR, wire_day=False)
    assert [e.date for e in events] == ["2017-12-07"]


def test_in_fact_names_no_happening():
    sentences = ["Un ataque rebelde acabó con la vida de 14 cascos azules en Kivu Norte.",
                 "De hecho, la misión había pedido refuerzos."]
    assert [e.date for e in article_events(sentences, "es", ANCHOR, wire_day=False)] == ["2017-12"]
