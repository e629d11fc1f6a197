"""An unnamed representative of a body the text names speaks as that body, as an unnamed
spokesperson or official does (tests/corpus/README.md, "Who the speaker is"): "the
representative of the UN said", "le représentant de l'ONU a indiqué", "el representante de la
ONU dijo". A representative the text names speaks as themselves. Every sentence is written for
the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers(text: str) -> list[str]:
    return [q.speaker for q in extract(text).quotes]


@pytest.mark.parametrize("text, speaker", [
    pytest.param("Peacekeepers hurt in south\nTwo peacekeepers were hurt on Monday near the border. "
                 "The representative of the UN said the patrol had been fired upon.", "United Nations", id="en"),
    pytest.param("Casques bleus blessés\nDeux casques bleus ont été blessés lundi près de la frontière. "
                 "Le représentant de l'ONU a indiqué que la patrouille avait essuyé des tirs.", "United Nations", id="fr"),
    pytest.param("Casques bleus blessés\nDeux casques bleus ont été blessés lundi près de la frontière. "
                 "La représentante de l'ONU a indiqué que la patrouille avait essuyé des tirs.", "United Nations",
                 id="fr-feminine"),
    pytest.param("Cascos azules heridos\nDos cascos azules resultaron heridos el lunes cerca de la frontera. "
                 "El representante de la ONU dijo que la patrulla fue atacada.", "United Nations", id="es"),
    # (must not change) a representative the text names
    pytest.param("Peacekeepers hurt in south\nTwo peacekeepers were hurt on Monday near the border. The Special "
                 "Representative of the Secretary-General, Jane Holloway, said the patrol had been fired upon.",
                 "Jane Holloway", id="en-named"),
])
def test_an_unnamed_representative_speaks_as_the_body(text, speaker):
    assert speakers(text) == [speaker]
