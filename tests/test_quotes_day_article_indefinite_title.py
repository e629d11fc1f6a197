"""An unnamed official after an inverted verb and a day with its article ("dijo el martes un
funcionario de la ONU", "a indiqué le lundi un responsable de l'ONU") is indefinite: the article
belongs to the day, the official is someone the text does not name and speaks as the body named
(tests/corpus/README.md), not as a person the text names later. Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def first_speaker(text: str) -> str:
    return extract(text, None).quotes[0].speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Las Naciones Unidas estudian cerrar la base de Bor, dijo el martes un funcionario de la ONU. Paul "
                     "Durand, subsecretario general de la ONU, dijo que la situación había mejorado.", "United Nations",
                     id="es-el-martes"),
        pytest.param("L'ONU envisage de fermer la base de Bor, a indiqué le lundi un responsable de l'ONU. Paul Durand, "
                     "sous-secrétaire général, a dit que la situation s'était améliorée.", "United Nations", id="fr-le-lundi"),
    ],
)
def test_the_official_after_a_day_speaks_as_the_body(text, speaker):
    assert first_speaker(text) == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Paul Durand, subsecretario general de la ONU, visitó Bor. La base cerrará, dijo el martes el "
                     "subsecretario.", "Paul Durand", id="es-definite-title-after-day"),
    ],
)
def test_a_definite_title_after_a_day_stands_for_its_holder(text, speaker):
    assert extract(text, None).quotes[-1].speaker == speaker
