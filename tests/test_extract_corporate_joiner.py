"""A company's form goes with a conjunction before it only where the conjunction is a word of
its own ("Harbour Press & Co.", "Diario del Puerto y Cía."): a name's last word that begins
with the letters of one and ends with those of a form ("El Eco": "e" + "co"; "Diario Esa":
"e" + "sa") is the name's. Every name is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import without_corporate_form


@pytest.mark.parametrize(
    ("holder", "expected"),
    [
        pytest.param("Radio Eco", ("Radio Eco", False), id="eco"),
        pytest.param("La Voz Esa", ("La Voz Esa", False), id="esa"),
        pytest.param("Grupo Ysa", ("Grupo Ysa", False), id="ysa"),
        pytest.param("Harbour Andco", ("Harbour Andco", False), id="andco"),
        # (must not change) a conjunction of its own, a form alone
        pytest.param("Harbour Press & Co.", ("Harbour Press", True), id="ampersand-co"),
        pytest.param("Diario del Puerto y Cía.", ("Diario del Puerto", True), id="y-cia"),
        pytest.param("Harbour Press &Co.", ("Harbour Press", True), id="ampersand-glued"),
        pytest.param("Harbour Media Ltd", ("Harbour Media", True), id="ltd"),
    ],
)
def test_a_form_goes_with_a_conjunction_of_its_own(holder, expected):
    assert without_corporate_form(holder) == expected
