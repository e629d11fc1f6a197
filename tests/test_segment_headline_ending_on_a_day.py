"""A headline that ends on a day printed without its year ("Harbour Pilots' Day - June 12", a
yearly day), with the page's full date line right under it, is the title, and the date line
under it is the page's date (newsdossier.segment): the day in the headline is the day the
story is about, not the day the page appeared. The example texts are invented for the tests."""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

LEAD = "Pilots who guide ships into the harbour were honoured at a ceremony on the quay. The board thanked them."
SECOND = "A second paragraph follows the first one. It ends here."


@pytest.mark.parametrize(
    ("headline", "date_line"),
    [
        pytest.param("Harbour Pilots' Day - June 12", "June 13, 2021", id="en-dash"),
        pytest.param("World Harbour Pilots Day: June 12", "June 13 , 2021 120 views", id="en-colon-counters"),
        pytest.param("Journée des pilotes du port - 12 juin", "13 juin 2021", id="fr"),
        pytest.param("Día de los prácticos del puerto - 12 de junio", "13 de junio de 2021", id="es"),
    ],
)
def test_a_headline_ending_on_a_day_without_year_over_the_date_line(headline, date_line):
    layout = segment("\n".join([headline, date_line, LEAD, SECOND]))
    assert (layout.title, layout.metadata.get("date")) == (headline, date_line)


def test_a_date_line_alone_over_a_later_full_date_keeps_its_place():
    # (must not change) a bare day on a line of its own is no headline
    layout = segment("\n".join(["June 12", "Harbour pilots honoured on the quay", "June 13, 2021", LEAD, SECOND]))
    assert layout.title != "June 12"
