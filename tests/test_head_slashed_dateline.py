"""A dateline naming two places joined by a slash ("NAIROBI/KAMPALA (Reuters) -", "DAKAR/BAMAKO
(AFP) -", "GINEBRA/MADRID (EFE) -"): a wire story written from two bureaus; the dateline field
holds one place, the first printed (the bureau that filed it), under its reference name. Main
gave the two names joined ("Nairobi/Kampala"), a place no gazetteer knows.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

HEAD = {"en": "Peacekeepers pull out of border post", "fr": "Les casques bleus quittent un poste frontalier",
        "es": "Los cascos azules abandonan un puesto fronterizo"}
MORE = {"en": "The mission said the troops would be moved to a base further north within a week.",
        "fr": "La mission a indiqué que les soldats seraient déplacés vers une base plus au nord d'ici une semaine.",
        "es": "La misión indicó que las tropas serían trasladadas a una base más al norte en una semana."}


@pytest.mark.parametrize(("language", "lead", "place"), [
    pytest.param("en", "NAIROBI/KAMPALA (Reuters) - UN peacekeepers left a border post on Tuesday after two days of shelling, officials said.",
                 "Nairobi", id="en-two-capitals"),
    pytest.param("fr", "DAKAR/BAMAKO (AFP) - Des casques bleus ont quitté mardi un poste frontalier après deux jours de tirs, selon des responsables.",
                 "Dakar", id="fr-two-capitals"),
    pytest.param("es", "GINEBRA/MADRID (EFE) - Los cascos azules abandonaron el martes un puesto fronterizo tras dos días de bombardeos.",
                 "Geneva", id="es-two-cities-reference-name"),
])
def test_a_slashed_dateline_gives_its_first_place(language, lead, place):
    text = "\n\n".join([HEAD[language], lead, MORE[language]])
    assert extract(text).fields["dateline"] == place


@pytest.mark.parametrize(("lead", "place"), [
    # (must not change) one place
    pytest.param("NAIROBI (Reuters) - UN peacekeepers left a border post on Tuesday after two days of shelling.", "Nairobi", id="one-place"),
])
def test_a_dateline_of_one_place_is_as_before(lead, place):
    text = "\n\n".join([HEAD["en"], lead, MORE["en"]])
    assert extract(text).fields["dateline"] == place
