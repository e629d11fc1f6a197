"""The page's outlet and date when a credit "Outlet, date" is printed broken over two lines:
the outlet's name alone on its line, closed by a comma, right above the date line (as a
reprint credits the paper it copies). A person's or a place's name there is no outlet.
Every text here is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

CASES = [
    pytest.param("Peacekeepers to stay in the south", "Valley Courier,\nAugust 4, 2006",
                 "The Security Council agreed on Thursday to keep the force in place for six more months, diplomats said.",
                 "Valley Courier", "2006-08-04", id="en-unknown-paper"),
    pytest.param("Peacekeepers to stay in the south", "Harbour Street Journal,\nFriday, August 4, 2006",
                 "The Security Council agreed on Thursday to keep the force in place for six more months, diplomats said.",
                 "Harbour Street Journal", "2006-08-04", id="en-weekday-date"),
    pytest.param("Les casques bleus restent au Sud", "Le Quotidien du Fleuve,\n12 mars 2015",
                 "Le Conseil de sécurité a prolongé mardi le mandat de la force de maintien de la paix.",
                 "Le Quotidien du Fleuve", "2015-03-12", id="fr"),
    pytest.param("Los cascos azules seguirán en la frontera", "Diario del Altiplano,\n3 de mayo de 2012",
                 "El Consejo de Seguridad aprobó el jueves prolongar la misión por un año más.",
                 "Diario del Altiplano", "2012-05-03", id="es"),
    pytest.param("Lực lượng gìn giữ hòa bình ở lại biên giới", "Báo Miền Sông,\nngày 5 tháng 6 năm 2019",
                 "Hội đồng Bảo an đã gia hạn nhiệm vụ của phái bộ thêm một năm.",
                 "Báo Miền Sông", "2019-06-05", id="vi"),
]


def _page(title: str, credit: str, body: str, credit_first: bool) -> str:
    parts = [title, credit, body, "The vote came after weeks of talks."] if credit_first else [title, body, "The vote came after weeks of talks.", credit]
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("credit_first", [True, False], ids=["above-text", "below-text"])
@pytest.mark.parametrize("title, credit, body, outlet, day", CASES)
def test_an_outlet_closed_by_a_comma_above_the_date_is_the_page_outlet(title, credit, body, outlet, day, credit_first):
    extraction = extract(_page(title, credit, body, credit_first), None)
    assert (extraction.fields.get("source"), extraction.determined_date) == (outlet, day)


@pytest.mark.parametrize("credit", [
    pytest.param("Jane Doerman,\nAugust 4, 2006", id="person"),
    pytest.param("Nairobi,\nAugust 4, 2006", id="place"),
    pytest.param("The ceremony ended,\nAugust 4, 2006", id="words"),
])
def test_a_name_that_reads_as_no_paper_is_no_outlet(credit):
    text = _page("Peacekeepers to stay in the south", credit,
                 "The Security Council agreed on Thursday to keep the force in place for six more months, diplomats said.", True)
    assert not extract(text, None).fields.get("source")
