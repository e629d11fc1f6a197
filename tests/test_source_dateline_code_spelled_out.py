"""An outlet the reference does not know credits its own dispatch by its initials in the
dateline ("Nairobi, Mar 3 (HDN):") and prints its full name in the page's head ("Harbour
Daily News | @HarbourDaily | 3 Mar 2021"): the outlet is the name spelled out, not the
initials. Main gave "HDN". Initials that no name in the head spells out stay as printed.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract


@pytest.mark.parametrize(("language", "row", "dateline", "outlet"), [
    pytest.param("en", "Harbour Daily News | @HarbourDaily | 3 Mar 2021, 07:03 am", "Nairobi, Mar 3 (HDN): ",
                 "Harbour Daily News", id="en"),
    pytest.param("fr", "Journal des Grands Lacs | 3 mars 2021", "Bukavu, 3 mars (JGL) - ", "Journal des Grands Lacs", id="fr"),
    pytest.param("es", "Diario del Valle Alto | 3 de marzo de 2021", "Quito, 3 mar (DVA).- ", "Diario del Valle Alto", id="es"),
])
def test_initials_in_the_dateline_spelled_out_in_the_head(language, row, dateline, outlet):
    text = "\n\n".join([HEADLINE[language], row, dateline + LEAD[language], MORE[language]])
    assert extract(text).fields["source"] == outlet


def test_initials_nobody_spells_out_stay():
    # (must not change) no name in the head has those initials
    text = "\n\n".join([HEADLINE["en"], "3 Mar 2021, 07:03 am", "Nairobi, Mar 3 (HDN): " + LEAD["en"], MORE["en"]])
    assert extract(text).fields["source"] == "HDN"



@pytest.mark.parametrize(("language", "rows", "dateline", "code"), [
    # (must not change) a part of the head whose initials spell the code by accident and
    # reads as no outlet's name: the writer's name under the headline, a menu's item above it
    pytest.param("en", [HEADLINE["en"], "Rachel Nyambura"], "Nairobi, Mar 3 (RN): ", "RN", id="en-writer"),
    pytest.param("fr", [HEADLINE["fr"], "Marie Kaboré"], "Ouagadougou, 3 mars (MK) - ", "MK", id="fr-writer"),
    pytest.param("fr", ["Accueil | Casques Bleus au Mali | Sport", HEADLINE["fr"]], "Bamako, 3 mars (CBM) - ", "CBM", id="fr-menu-item"),
    pytest.param("es", ["Inicio | Cascos Azules en Haití | Deportes", HEADLINE["es"]], "Puerto Príncipe, 3 mar (CAH).- ", "CAH",
                 id="es-menu-item"),
])
def test_initials_spelled_by_no_outlet_name_stay(language, rows, dateline, code):
    text = "\n\n".join([*rows, "3 Mar 2021", dateline + LEAD[language], MORE[language]])
    assert extract(text).fields["source"] == code


def test_headline_spelling_the_initials_stays_the_headline():
    # (must not change) a headline in Title Case whose words' initials spell the code
    text = "\n\n".join(["Blue Helmets Stay", "3 Mar 2021", "Nairobi, Mar 3 (BHS): " + LEAD["en"], MORE["en"]])
    assert extract(text).fields["source"] == "BHS"
