"""Events: a month named after "el pasado" or "el próximo" ("el pasado diciembre", "el
próximo mayo") dates the happening of its clause, as "last December" and "en décembre
dernier" do; it was read as no date, and the clause took the day of another verb. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 3, 15)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("La ministra, que visitó a los cascos azules en Naqoura el pasado diciembre, los elogió el jueves.",
                     ("visit", "2023-12", False), id="pasado-relative-clause"),
        pytest.param("El segundo contingente llegó a Chipre el pasado noviembre.", ("deployment", "2023-11", False),
                     id="pasado"),
        pytest.param("El tercer contingente partirá hacia Chipre el próximo mayo.", ("deployment", "2024-05", True),
                     id="proximo"),
    ],
)
def test_a_month_after_pasado_or_proximo_dates_its_clause(sentence, expected):
    events = body_events(sentence, "es", ANCHOR)
    assert expected in [(e.kind, e.date, e.announced) for e in events], [(e.kind, e.date, e.announced) for e in events]
