"""The "Name – Outlet:" credit of a lead ("Harbour Daily – AFP: The ...") is not read where the
name is a picture's credit word ("Photo – AFP: Troops on patrol ...", the legend's credit, not
the text's) nor in a paragraph under a sentence of the text (the lead, then "Revue de presse –
Le Monde : ..."): the outlet so named cites nothing. Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import CAPTION as _CAPTION, HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract

DAY = {"en": "March 3, 2024", "fr": "3 mars 2024", "es": "3 de marzo de 2024", "vi": "03/03/2024"}


def _source(language: str, *paragraphs: str) -> str:
    return extract("\n".join([_HEAD[language], DAY[language], *paragraphs])).fields["source"]


@pytest.mark.parametrize(("language", "credit"), [
    pytest.param("en", "Photo – AFP: ", id="en-photo"),
    pytest.param("fr", "Crédit photo - Reuters : ", id="fr-credit-photo"),
    pytest.param("es", "Foto – EFE: ", id="es-foto"),
])
def test_a_pictures_credit_above_the_lead_credits_no_outlet(language, credit):
    assert _source(language, credit + _CAPTION[language], _LEAD[language], _MORE[language]) == ""


@pytest.mark.parametrize(("language", "paragraph"), [
    pytest.param("fr", "Revue de presse – Le Monde : le quotidien consacre sa une au retrait des troupes.", id="fr-press-review"),
    pytest.param("en", "Interview – The Guardian: the mission's chief spoke of the risks to his troops.", id="en-interview"),
    pytest.param("es", "Entrevista – El País: el jefe de la misión habló de los riesgos para sus tropas.", id="es-interview"),
])
def test_a_paragraph_under_the_lead_credits_no_outlet(language, paragraph):
    assert _source(language, _LEAD[language], paragraph, _MORE[language]) == ""
