"""A quantifier right after a verb inverted after a comma may open a measure of time or of
number, not a group of speakers: "..., a martelé plusieurs fois le colonel X.", "..., ha
dicho varias veces el ministro X.", "..., said a few hours later X.". The subject after the
measure speaks (tests/corpus/README.md: a person the text names speaks as themselves), not
a group the text does not name, nor a body named in the words before the comma. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("La Monusco doit rester à Beni, a martelé plusieurs fois le général Henri Okello.", id="fr-fois-title"),
        pytest.param("La Monusco doit rester à Beni, a déclaré quelques heures plus tard Henri Okello.", id="fr-heures"),
        pytest.param("La Monusco debe quedarse en Beni, ha dicho varias veces el general Henri Okello.", id="es-veces-title"),
        pytest.param("MONUSCO must stay in Beni, said a few hours later Henri Okello, the army chief.", id="en-hours"),
    ],
)
def test_the_subject_after_the_measure_speaks(text):
    assert speakers(text) == ["Henri Okello"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("La Monusco doit rester à Beni, ont déclaré plusieurs habitants du quartier.", "", id="fr-group"),
        pytest.param("La Monusco doit rester à Beni, ont indiqué plusieurs responsables de l'ONU.", "United Nations",
                     id="fr-officials-of-body"),
    ],
)
def test_groups_are_still_groups(text, speaker):
    assert speakers(text) == [speaker]
