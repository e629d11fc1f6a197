"""A name in capitals told something is a paper naming itself only where the text never prints
it as a body's acronym: after a lowercase article ("explicó a la CNDH", "a déclaré à la CENI",
"told the CNDH"), or in brackets after the body's name spelled out ("... (CONRED)"). A paper's
own article printed in capitals is part of its name ("han indicado a EL NORTE" gives "EL
NORTE", "a confié à L'OBSERVATEUR" gives "L'OBSERVATEUR").

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)

_HEAD = {
    "es": ("Los cascos azules preparan el relevo de primavera",
           "El contingente de la misión espera a los relevos antes del verano, tras un año en el sur del país.",
           "Los soldados fueron recibidos por sus familias en el aeropuerto."),
    "fr": ("Les casques bleus préparent la relève du printemps",
           "Le contingent de la mission attend la relève avant l'été, après un an dans le sud du pays.",
           "Les soldats ont été accueillis par leurs familles à l'aéroport."),
    "en": ("Peacekeepers prepare the spring rotation",
           "The mission's contingent awaits its relief before the summer, after a year in the south.",
           "The soldiers were met by their families at the airport."),
}

CASES = [
    # a body's acronym after a lowercase article: no outlet
    ("es", "La fiscal declaró a la CICIG que el relevo del contingente llegará a la base del sur en marzo.", ""),
    ("es", "El alcalde señaló a la POLICÍA NACIONAL que el relevo llegará a la base del sur en marzo.", ""),
    ("fr", "Un officier a déclaré à la CENI que la relève arrivera à la base du sud en mars.", ""),
    ("fr", "Les maires ont confié à l'ANAFIC que la relève arrivera à la base du sud en mars.", ""),
    ("en", "The colonel told the CNDH that the relief would reach the southern base in March.", ""),
    # spelled out in brackets, or with its article, elsewhere in the text
    ("es", "La Coordinadora Nacional para la Reducción de Desastres (CONRED) evacuó a 300 familias.\n\n"
           "Los vecinos han indicado a CONRED que el agua llegará a la base del sur en marzo.", ""),
    ("es", "Los vecinos han indicado a FONDEPAZ que el agua llegará a la base del sur en marzo. "
           "Según la FONDEPAZ, 300 familias fueron evacuadas.", ""),
    # a paper's own article in capitals belongs to its name
    ("es", "Fuentes militares han indicado a EL NORTE que el relevo llegará a la base del sur en marzo.", "EL NORTE"),
    ("es", "Fuentes militares han indicado a LA GACETA AUSTRAL que el relevo llegará a la base del sur en marzo.",
     "LA GACETA AUSTRAL"),
    ("fr", "Un officier a confié à L'OBSERVATEUR que la relève arrivera à la base du sud en mars.", "L'OBSERVATEUR"),
    # (unchanged) a paper in capitals without an article
    ("es", "Fuentes militares han indicado a NORTEDIGITAL que el relevo llegará a la base del sur en marzo.", "NORTEDIGITAL"),
]


@pytest.mark.parametrize(("language", "sentence", "outlet"), CASES)
def test_a_body_acronym_told_is_no_outlet(language, sentence, outlet):
    headline, lead, more = _HEAD[language]
    x = extract("\n\n".join([headline, lead, sentence, more]), today=_TODAY)
    assert x.fields.get("source", "") == outlet
