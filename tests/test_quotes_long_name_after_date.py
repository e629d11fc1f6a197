"""The subject of an inverted verb after a comma may follow a date with no weekday ("a
indiqué le 3 mars", "informó el 3 de marzo", "said on March 3") and may be a long name
running past the window in which a speaker opens."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker"),
    [
        pytest.param("fr", "Trois camions d'aide ont quitté le dépôt, a indiqué le 3 mars le Haut-Commissariat des Nations unies pour les réfugiés.",
                     "UNHCR", id="fr-le-3-mars"),
        pytest.param("es", "Tres camiones de ayuda salieron del depósito, informó el 3 de marzo el Alto Comisionado de las Naciones Unidas para los Refugiados.",
                     "UNHCR", id="es-el-3-de-marzo"),
        pytest.param("en", "Three aid trucks left the depot, said on March 3 the Office of the United Nations High Commissioner for Refugees.",
                     "UNHCR", id="en-on-march-3"),
        pytest.param("fr", "Trois camions d'aide ont quitté le dépôt, a fait savoir mardi le Département des opérations de paix des Nations unies.",
                     "Department of Peace Operations", id="fr-long-name-after-weekday"),
    ],
)
def test_the_subject_after_a_date_and_a_long_name_speaks(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]
