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
