"""Extraction: a mission named by a descriptive name ("the UN mission in the Democratic
Republic of the Congo", "la misión de la ONU en la República Democrática del Congo") in an
article of a year after that mission ended speaks of the operation that followed it in the
country, also when the follower began in the very year the first one ended (MONUC ended and
MONUSCO began in 2010): the old mission is not matched, so the events it is told in are not
set apart from the follower's. An acronym names its mission whatever the year.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.ingest.known import Known


def _extract(text: str, date: str):
    known = Known({})
    known.add("date", date, "collector", "test")
    return extract(text, known)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Peacekeepers mourned\n\nThe UN Mission in the Democratic Republic of the Congo held a ceremony "
                     "in Goma on Monday for two peacekeepers killed last week.", id="en"),
        pytest.param("Homenaje a los cascos azules\n\nLa Misión de las Naciones Unidas en la República Democrática del "
                     "Congo celebró el lunes una ceremonia en Goma por dos cascos azules muertos la semana pasada.", id="es"),
        pytest.param("Hommage aux Casques bleus\n\nLa Mission de l'Organisation des Nations unies en République "
                     "démocratique du Congo a tenu lundi une cérémonie à Goma pour deux Casques bleus tués la semaine dernière.",
                     id="fr"),
    ],
)
def test_a_descriptive_name_after_the_mission_ended_is_not_the_old_mission(text):
    extraction = _extract(text, "2017-12-12")
    assert "monuc" not in extraction.fields["missions"]
    assert all("monuc" not in e.missions for e in extraction.events)


def test_in_the_year_it_ended_the_old_mission_is_still_matched():
    text = ("Peacekeepers mourned\n\nThe UN Mission in the Democratic Republic of the Congo held a ceremony "
            "in Goma on Monday for two peacekeepers killed last week.")
    assert "monuc" in _extract(text, "2010-03-16").fields["missions"]


def test_an_acronym_names_its_mission_whatever_the_year():
    text = "Peacekeepers mourned\n\nMONUC held a ceremony in Goma on Monday for two peacekeepers killed last week."
    assert "monuc" in _extract(text, "2017-12-12").fields["missions"]
