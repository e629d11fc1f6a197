"""Quotes: a report's period or place in a series, printed after its word in French and Spanish
("le rapport annuel du secrétaire général", "el informe trimestral de la misión", "le rapport
final de la mission"), stands between the document and its issuer as "officiel" does
(quotes.yaml "document_epithets"): the issuer after it speaks, not the report's topic nor no
one. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Le pont a sauté dans la nuit, selon le rapport trimestriel de la Minusca.", "MINUSCA",
                     id="fr-trimestriel"),
        pytest.param("Le pont a sauté dans la nuit, selon le rapport final de la Minusma.", "MINUSMA", id="fr-final"),
        pytest.param("Le secrétaire général de l'ONU, Antonio Guterres, est arrivé lundi. La mission compte 14 000 soldats, "
                     "selon le rapport annuel du secrétaire général sur la Minusca.", "Antonio Guterres",
                     id="fr-annuel-topic-after"),
        pytest.param("El puente fue volado de noche, según el informe trimestral de la Minusca.", "MINUSCA",
                     id="es-trimestral"),
        pytest.param("El puente fue volado de noche, según el informe anual de la Minusma.", "MINUSMA", id="es-anual"),
    ],
)
def test_a_report_of_a_period_is_its_issuers(text, speaker):
    assert [q.speaker for q in extract(text, None).quotes][-1] == speaker
