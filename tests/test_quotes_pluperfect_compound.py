"""Quotes: a compound speech verb listed in the perfect ("a fait savoir", "a laissé entendre",
"ha hecho saber", "ha dado a conocer") reports in the pluperfect too ("avait fait savoir",
"había hecho saber"), the tense a writer tells earlier words in (quotes.yaml
"pluperfect_auxiliaries"); a thing for object still reports nothing ("había dado a conocer el
informe"). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("La veille, le gouverneur Paul Mbeki avait fait savoir que les routes resteraient fermées.",
                     ["Paul Mbeki"], id="fr-avait-fait-savoir"),
        pytest.param("Le préfet, le colonel Paul Mbeki, avait laissé entendre que le couvre-feu serait levé.",
                     ["Paul Mbeki"], id="fr-avait-laisse-entendre"),
        pytest.param("Paul Mbeki et Anne Sow avaient fait savoir que les routes resteraient fermées.",
                     ["Paul Mbeki", "Anne Sow"], id="fr-avaient-fait-savoir"),
        pytest.param("El alcalde, Pedro Ruiz, había hecho saber que las carreteras seguirían cerradas.",
                     ["Pedro Ruiz"], id="es-habia-hecho-saber"),
        pytest.param("Pedro Ruiz y Ana Gil habían dado a conocer que las carreteras seguirían cerradas.",
                     ["Pedro Ruiz", "Ana Gil"], id="es-habian-dado-a-conocer"),
    ],
)
def test_a_pluperfect_compound_verb_reports(text, speakers):
    assert [q.speaker for q in extract(text, None).quotes] == speakers


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Pedro Ruiz había dado a conocer el informe anual en marzo.", id="es-a-thing"),
        pytest.param("Pedro Ruiz había hecho saber su posición en marzo.", id="es-a-position"),
    ],
)
def test_a_pluperfect_thing_made_known_is_no_quote(text):
    assert extract(text, None).quotes == []
