"""Quotes: the Secretary-General's office speaks as the body organisations.yaml lists for it
(the Executive Office of the Secretary-General), however the article calls it ("the
Secretary-General's office", "le bureau du Secrétaire général", "la oficina del secretario
general"), and not as a mission named before. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

OFFICE = "Executive Office of the Secretary-General"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The Secretary-General's office said the attack on peacekeepers in Beni was unacceptable.", id="en-capital"),
        pytest.param("The secretary-general's office said the attack on peacekeepers in Beni was unacceptable.", id="en-lower"),
        pytest.param("Ghana's mission to the United Nations welcomed the vote on Friday. A statement issued by the "
                     "Secretary-General's office said the attack on peacekeepers in Beni was unacceptable.", id="en-after-mission"),
        pytest.param("Le bureau du Secrétaire général a indiqué que l'attaque contre les casques bleus à Beni était inacceptable.",
                     id="fr-bureau"),
        pytest.param("La oficina del secretario general informó que el ataque contra los cascos azules en Beni era inaceptable.",
                     id="es-oficina"),
    ],
)
def test_the_secretary_generals_office_speaks_as_its_listed_body(sentence):
    quotes = extract(sentence, None).quotes
    assert quotes and quotes[-1].speaker == OFFICE, quotes
