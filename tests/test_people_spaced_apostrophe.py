"""A family name whose one-letter opening and apostrophe are printed apart from the rest by a
stray space ("O' Brien", "D' Almeida", "N' Diaye") is one name: the person is found, named with
the apostrophe glued as printed ("Sean O'Brien"), as the name printed whole is. Every sentence is written
for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def _people(text: str) -> dict[str, str]:
    return {e.id: e.name for e in extract(text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize(
    "text, pid, name",
    [
        pytest.param("Dublin, 4 May 2022 - The envoy, Michael O' Leary, told reporters the mission would stay.",
                     "michael-o-leary", "Michael O'Leary", id="en-o-straight"),
        pytest.param("Dublin, 4 May 2022 - Sean O\u2019 Brien, the envoy, told reporters the mission would stay.",
                     "sean-o-brien", "Sean O\u2019Brien", id="en-o-curly"),
        pytest.param("Dakar, 4 mai 2022 - Le général Mamadou N' Diaye a salué le travail des casques bleus.",
                     "mamadou-n-diaye", "Mamadou N'Diaye", id="fr-n-after-rank"),
        pytest.param("Lisboa, 4 de mayo de 2022 - El coronel Paulo D' Almeida visitó a los cascos azules.",
                     "paulo-d-almeida", "Paulo D'Almeida", id="es-d-after-rank"),
    ],
)
def test_a_name_with_a_space_after_its_opening_apostrophe_is_one_person(text, pid, name):
    people = _people(text)
    assert people.get(pid) == name


@pytest.mark.parametrize(
    "text, absent",
    [
        pytest.param("Paris, 4 mai 2022 - Il a dit: « C' Est fini », puis il est parti.", "c-est", id="fr-elided-word"),
        # a listed place whose opening letter and apostrophe are printed apart
        pytest.param("Paris, 4 mai 2022 - Des soldats venus de N' Djamena sont arrivés à Gao.", "n-djamena",
                     id="fr-capital-after-de"),
        pytest.param("Paris, 4 mai 2022 - Selon N' Djamena, les troupes tchadiennes sont prêtes.", "n-djamena",
                     id="fr-capital-as-source"),
        pytest.param("London, 4 May 2022 - Troops flown in from N\u2019 Djamena reached the camp.", "n-djamena",
                     id="en-capital-curly"),
    ],
)
def test_an_elided_word_or_a_listed_place_with_a_space_is_no_person(text, absent):
    assert absent not in _people(text)
