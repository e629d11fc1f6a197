"""A paper that names itself in running text prints its name in capitals ("han explicado a EL
NORTE", "según ha podido saber DIARIO EJEMPLO", "a confié à GAZETTE EXEMPLE"): an outlet the
reference does not know, printed all in capitals after a word of telling or learning
(vocabulary interview_citing_words), is the page's own outlet even when the text cites it
once. A name in capitals that is a body's or a place's ("explicó a la ONU"), or the same name
in ordinary case cited once, is none.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)

_HEAD = {
    "es": ("Los cascos azules preparan el relevo de primavera",
           "El contingente de la misión espera a los relevos antes del verano, tras un año en el sur del país."),
    "fr": ("Les casques bleus préparent la relève du printemps",
           "Le contingent de la mission attend la relève avant l'été, après un an dans le sud du pays."),
}

CASES = [
    ("es", "Fuentes militares han explicado a NORTEDIGITAL que el relevo del contingente llegará a la base del sur en la primera semana de marzo.", "NORTEDIGITAL"),
    ("es", "Un oficial del batallón dijo a GACETA AUSTRAL que el relevo del contingente llegará a la base del sur en la primera semana de marzo.", "GACETA AUSTRAL"),
    ("es", "Según ha podido saber CRÓNICA SUR, el relevo del contingente llegará a la base del sur en la primera semana de marzo.", "CRÓNICA SUR"),
    ("es", "Fuentes del Ministerio han confirmado a ELDIARIOSUR que el relevo del contingente llegará a la base del sur en la primera semana de marzo.", "ELDIARIOSUR"),
    ("fr", "Un officier du bataillon a confié à GAZETTE EXEMPLE que la relève du contingent arrivera à la base du sud dans la première semaine de mars.", "GAZETTE EXEMPLE"),
    # (must not change) a body's name in capitals, and an ordinary-case name cited once
    ("es", "El coronel explicó a la ONU que el relevo del contingente llegará a la base del sur en la primera semana de marzo.", ""),
    ("es", "Un oficial del batallón dijo a Gaceta Austral que el relevo del contingente llegará a la base del sur en la primera semana de marzo.", ""),
    ("fr", "Un officier a déclaré à la MINUSCA que la relève du contingent arrivera à la base du sud dans la première semaine de mars.", ""),
]


@pytest.mark.parametrize(("language", "sentence", "outlet"), CASES)
def test_a_paper_naming_itself_in_capitals(language, sentence, outlet):
    headline, lead = _HEAD[language]
    more = {"es": "Los soldados fueron recibidos por sus familias en el aeropuerto.",
            "fr": "Les soldats ont été accueillis par leurs familles à l'aéroport."}[language]
    x = extract("\n\n".join([headline, lead, sentence, more]), today=_TODAY)
    assert x.fields.get("source", "") == outlet
