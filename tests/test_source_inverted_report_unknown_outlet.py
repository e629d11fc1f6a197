"""An outlet the reference does not know, named after an inverted word of reporting that closes
a sentence of the article's lead ("..., reports Harbour Ledger.", "..., rapporte Le Courrier
du Lac.", "..., informó Diario del Valle."): the story is that outlet's report, its source.
Main read such a credit only for outlets it knows. A name that reads as no outlet's (a
person's, a place's) and the same credit further down than the lead (another outlet's report
quoted for a fact) stay none.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, MORE as _MORE
from newsdossier.extract import extract

DAY = {"en": "March 3, 2024", "fr": "3 mars 2024", "es": "3 de marzo de 2024"}
LEAD = {
    "en": "The peacekeeping mission said on Friday that its troops would stay in all their positions",
    "fr": "La mission de paix a annoncé vendredi que ses troupes resteraient sur toutes leurs positions",
    "es": "La misión de paz anunció el viernes que sus tropas seguirán en todas sus posiciones",
}


@pytest.mark.parametrize(("language", "credit", "outlet"), [
    pytest.param("en", ", reports Harbour Ledger.", "Harbour Ledger", id="en-reports"),
    pytest.param("en", "\u2026reports Valley Times Online.", "Valley Times Online", id="en-ellipsis"),
    pytest.param("en", ", reported The Coast Courier.", "The Coast Courier", id="en-reported"),
    pytest.param("fr", ", rapporte Le Courrier du Lac.", "Le Courrier du Lac", id="fr-rapporte"),
    pytest.param("es", ", informó Diario del Valle.", "Diario del Valle", id="es-informo"),
])
def test_outlet_after_inverted_report_in_lead(language, credit, outlet):
    text = "\n\n".join([_HEAD[language], DAY[language], LEAD[language] + credit, _MORE[language]])
    assert extract(text).fields["source"] == outlet


@pytest.mark.parametrize(("lead", "more"), [
    # (must not change) a person's name after the verb, and the credit further down
    pytest.param(LEAD["en"] + ", reports Jane Roe.", _MORE["en"], id="person"),
    pytest.param(LEAD["en"] + ".", _MORE["en"][:-1] + ", reports Harbour Ledger.", id="further-down"),
])
def test_other_credits_unchanged(lead, more):
    text = "\n\n".join([_HEAD["en"], DAY["en"], lead, more])
    assert extract(text).fields["source"] in ("", None)
