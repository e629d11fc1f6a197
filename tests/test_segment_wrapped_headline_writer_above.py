"""A columnist's name printed alone above a title that opens with a small letter (the opinion
page's writer over the headline, "Marta Ortega Ruiz" / "en el norte de Malí ...") is no first
half of a headline broken in two: a person's name alone, a given name first, is never glued
to the title (newsdossier.segment).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment


@pytest.mark.parametrize(("section", "name", "title", "lead"), [
    pytest.param("Opinión", "Marta Ortega Ruiz", "en el norte de Malí tras la misión",
                 "La misión de la ONU dejó el norte de Malí hace un año y la frontera quedó sin control.", id="es"),
    pytest.param("Tribune", "Claire Martin Dubois", "au nord du Mali après la mission",
                 "La mission de l'ONU a quitté le nord du Mali il y a un an et la frontière est restée sans contrôle.", id="fr"),
    pytest.param("Opinion", "Jane Ellen Roe", "in northern Mali after the mission",
                 "The UN mission left northern Mali a year ago and the border has gone unguarded since.", id="en"),
])
def test_a_writers_name_above_a_small_letter_title_is_not_glued(section, name, title, lead):
    page = f"{section}\n{name}\n{title}\n\n{lead}\n\nThe rest of the column follows here. It ends."
    assert not (segment(page).title or "").startswith(name)
