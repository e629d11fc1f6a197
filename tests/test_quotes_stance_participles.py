"""A participle of stance after a noun of speech or a comma ("issued a statement expressing
“...”", "a publié un communiqué condamnant « ... »", "emitió un comunicado expresando «...»")
reports the words quoted right after it, as a verb of stance does; with no quotation it reports
nothing ("..., expressing its condolences to the families"). Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("Portugal issued a statement expressing “deep concern over the shots near the camp”.", ["Portugal"],
                     id="en-expressing"),
        pytest.param("Portugal issued a statement condemning “any attack on the force”.", ["Portugal"], id="en-condemning"),
        pytest.param("Le Portugal a publié un communiqué condamnant « toute attaque contre la force ».", ["Portugal"],
                     id="fr-condamnant"),
        pytest.param("Portugal emitió un comunicado expresando «su profunda preocupación por los disparos».", ["Portugal"],
                     id="es-expresando"),
    ],
)
def test_a_stance_participle_reports_the_words_quoted(text, speakers):
    assert speakers_of(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Portugal condemned the attack, expressing its condolences to the families.", id="en-no-quotation"),
    ],
)
def test_a_stance_participle_without_quotation_reports_nothing(text):
    assert speakers_of(text) == []
