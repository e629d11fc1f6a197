"""Quotes: condolences, thanks and praise are reported speech only when what was said is given
(tests/corpus/README.md, "Who the speaker is"); a courtesy act reported after a comma by a
document or a speaker ("X expressed his deepest condolences to the family, said the statement",
"X a présenté ses condoléances, indique le communiqué", "X thanked the troops, the statement
said") gives none, so the sentence is no quote (quotes.yaml courtesy_objects, courtesy_verbs).
With a clause of what was said, or another verb said in the act's clause, it still is. Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The mission chief expressed his deepest condolences to the family of the fallen soldier, said the statement.",
                     id="en-condolences-said-the-statement"),
        pytest.param("The mission chief expressed his deepest condolences to the family of the fallen soldier, the statement said.",
                     id="en-condolences-the-statement-said"),
        pytest.param("Le chef de la mission a présenté ses sincères condoléances à la famille du soldat, indique le communiqué.",
                     id="fr-condoleances"),
        pytest.param("El jefe de la misión expresó sus más sentidas condolencias a la familia del soldado, señaló el comunicado.",
                     id="es-condolencias"),
        pytest.param("The mission chief thanked the troops for their courage, said the statement.", id="en-thanked"),
        pytest.param("El jefe de la misión felicitó a las tropas por su valor, señaló el comunicado.", id="es-felicito"),
    ],
)
def test_courtesy_act_reported_is_no_quote(text):
    assert extract(text, None).quotes == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The mission chief expressed his condolences, saying that the soldier died protecting civilians.",
                     id="en-saying-that"),
        pytest.param("The mission chief thanked the troops for their courage, the statement said, adding that the patrols would go on.",
                     id="en-adding-that"),
        pytest.param("The mission chief condemned the attack, said the statement.", id="en-condemned-not-courtesy"),
        pytest.param("Les soldats ont reconstruit le pont, un travail salué par la population, a indiqué le colonel Marc Vidal.",
                     id="fr-participle-with-agent"),
    ],
)
def test_courtesy_with_words_given_stays_a_quote(text):
    assert len(extract(text, None).quotes) == 1


def test_statement_after_a_courtesy_act_stays_its_givers():
    text = ('"The chief recalls that attacks on peacekeepers are crimes," said Paul Brand, spokesman for Maria Lopez, '
            "in a statement on Sunday. The UN chief expressed her deepest condolences to the family of the fallen soldier, "
            "said the statement. Gunmen were suspected of the attack on the base, according to the statement.")
    assert [q.speaker for q in extract(text, None).quotes] == ["Paul Brand", "Paul Brand"]
