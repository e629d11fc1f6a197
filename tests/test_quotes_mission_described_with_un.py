"""Quotes: a peacekeeping mission named by a description that holds a UN word ("la Mission des
Nations unies au Mali (Minusma)", "la misión de la ONU") speaks as the mission, not as the
United Nations named inside its description, when it speaks through a document:

- after an inverted verb closing the sentence, a document phrase may stand between the verb
  and its subject ("..., a annoncé dans un communiqué la Mission des Nations unies au Mali
  (Minusma)", "..., informó en un comunicado la Misión de la ONU en Malí (Minusma)"): the
  subject after the document speaks, as it does after a quotation;
- a sentence holding no speech that names the mission giving a document ("Dans son
  communiqué, la mission de l'ONU a qualifié l'attaque de..."), then "the text/the note"
  quoted after: the document is the mission's ("la mission" standing for the mission named
  before), not the United Nations named in "de l'ONU".

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Deux Casques bleus de l'ONU ont été blessés lundi près de Gao, a annoncé dans un communiqué la Mission "
                     "des Nations unies au Mali (Minusma).", "MINUSMA", id="fr-verb-communique-mission-described"),
        pytest.param("Deux soldats ont été blessés lundi près de Gao, a indiqué dans un communiqué la Minusma.", "MINUSMA",
                     id="fr-verb-communique-acronym"),
        pytest.param("Dos cascos azules de la ONU resultaron heridos el lunes cerca de Gao, informó en un comunicado la "
                     "Misión de la ONU en Malí (Minusma).", "MINUSMA", id="es-verb-comunicado-mission-described"),
        pytest.param("Dos soldados resultaron heridos el lunes cerca de Gao, indicó en un comunicado la Minusma.", "MINUSMA",
                     id="es-verb-comunicado-acronym"),
    ],
)
def test_the_subject_after_the_document_speaks(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("La Force intérimaire des Nations unies au Liban (Finul) a indiqué qu'une patrouille avait été visée "
                     "samedi. Dans son communiqué, la mission de l'ONU a qualifié l'incident de grave. « Nous rappelons aux "
                     "parties leur devoir de protéger les soldats de la paix », poursuit le texte.", "UNIFIL",
                     id="fr-texte-of-the-mission"),
        pytest.param("La Fuerza Interina de la ONU en el Líbano (FINUL) afirmó que una patrulla fue alcanzada el sábado. En "
                     "el comunicado, la misión de la ONU tildó de grave el incidente. \u201cRecordamos a las partes su deber "
                     "de proteger a los soldados de paz\u201d, se lee en la nota.", "UNIFIL", id="es-nota-of-the-mission"),
        pytest.param("The UN Interim Force in Lebanon (UNIFIL) said a patrol was hit on Saturday. In the statement, the UN "
                     "mission branded the incident grave. \u201cWe remind the parties of their duty to protect "
                     "peacekeepers,\u201d the statement said.", "UNIFIL", id="en-statement-of-the-mission"),
    ],
)
def test_the_document_of_the_mission_described_is_the_missions(text, speaker):
    assert speakers_of(text)[-1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("La Mission des Nations unies au Soudan du Sud (Minuss) a indiqué que la route était rouverte. Dans son "
                     "communiqué, la mission de l'Union africaine a rouvert son bureau de Juba. Le texte ajoute que les "
                     "parties doivent rester calmes.", "African Union", id="fr-mission-of-another-body"),
        pytest.param("The UN Mission in South Sudan (UNMISS) said the road was open again. In a statement, the African Union "
                     "mission welcomed the reopening. \u201cWe call on the parties to stay calm,\u201d the statement said.",
                     "African Union", id="en-mission-of-another-body"),
    ],
)
def test_the_document_of_another_bodys_mission_stays_that_bodys(text, speaker):
    assert speakers_of(text)[-1] == speaker
