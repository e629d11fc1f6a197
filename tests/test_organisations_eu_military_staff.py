"""The European Union Military Staff, which directs the EU training missions that work beside
UN operations, is listed (tests/corpus/README.md: a listed body takes its name there, however
the text prints it): by its acronyms (EUMS, EMUE) and by its names, the French one printed
lowercase ("l'état-major de l'Union européenne"). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _bodies(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.kind == "organisation"}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Le directeur général de l'état-major de l'Union européenne (EMUE) était jeudi à Bangui.",
                     {"European Union Military Staff"}, id="fr-lowercase-with-acronym"),
        pytest.param("The EU Military Staff (EUMS) reviewed the training mission in Mogadishu.",
                     {"European Union Military Staff"}, id="en-eu-form"),
        pytest.param("El Estado Mayor de la Unión Europea visitó la misión de formación en Bamako.",
                     {"European Union Military Staff"}, id="es-name"),
    ],
)
def test_eu_military_staff(text, expected):
    assert _bodies(text) == expected


def test_the_union_alone_stays_the_union():
    # guard: the Union named alone is the European Union
    assert _bodies("L'Union européenne a suspendu la formation des soldats à Bangui.") == {"European Union"}
