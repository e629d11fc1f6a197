"""Events: a rotation verb told in the future ("will replace", "remplacera", "relèvera",
"relevará": vocabulary "relief_force_verbs") is a rotation only where troops are named after
it in its clause (events._relief_without_force): "will replace the generators", "relèvera le
défi", "sustituirá al sistema anterior" relieve no one. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2004, 5, 20)


def _kinds(sentence: str, language: str) -> list[str]:
    return sorted(e.kind for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The new system will replace the old radios on 3 June.", "en", id="en-replace-a-thing"),
        pytest.param("Le bataillon relèvera le défi le 3 juin.", "fr", id="fr-relever-le-defi"),
        pytest.param("Le rapport relèvera les progrès accomplis le 3 juin.", "fr", id="fr-relever-note"),
        pytest.param("La mission remplacera les générateurs le 3 juin.", "fr", id="fr-replace-a-thing"),
        pytest.param("El nuevo sistema sustituirá al anterior el 3 de junio.", "es", id="es-replace-a-thing"),
    ],
)
def test_no_rotation_without_troops(sentence, language):
    assert "rotation" not in _kinds(sentence, language)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The new battalion will relieve the Chilean contingent on 3 June.", "en", id="en"),
        pytest.param("Le nouveau bataillon relèvera le contingent sénégalais le 3 juin.", "fr", id="fr"),
        pytest.param("El nuevo batallón relevará al contingente chileno el 3 de junio.", "es", id="es"),
        pytest.param("The battalion will replace on 3 June the troops deployed in Goma.", "en", id="en-date-before-troops"),
    ],
)
def test_a_relief_of_troops_stays_a_rotation(sentence, language):
    assert _kinds(sentence, language) == ["rotation"]
