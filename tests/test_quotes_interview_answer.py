"""Quotes: an interview printed as questions and answers, each answer a paragraph opening on
its speaker's name and a colon, then words of their own with no quotation marks ("John Kabeya:
We will stay...", "Jean Kabeya : Nous resterons...", "Kabeya: ..."): the answer is that
person's words, its later sentences in the paragraph too. A place or a body before the colon,
or a paragraph after the answer, is nobody's answer. Every text here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quotes_of(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.sentence) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker, answer",
    [
        pytest.param("KALEMIE -- Colonel Amos Lutete, the force's spokesperson, met us at the camp gate on Monday.\n\n"
                     "When will the patrols resume?\n\n"
                     "Amos Lutete: We will resume the patrols once the bridge is repaired. Then we will see.\n",
                     "Amos Lutete", "We will resume the patrols once the bridge is repaired.", id="en-full-name"),
        pytest.param("KALEMIE -- Colonel Amos Lutete, the force's spokesperson, met us at the camp gate on Monday.\n\n"
                     "Lutete: We will resume the patrols once the bridge is repaired. Then we will see.\n",
                     "Amos Lutete", "We will resume the patrols once the bridge is repaired.", id="en-surname"),
        pytest.param("KALEMIE - Le colonel Amos Lutete, porte-parole de la force, nous a reçus lundi au camp.\n\n"
                     "Quand les patrouilles reprendront-elles ?\n\n"
                     "Amos Lutete : Nous reprendrons les patrouilles quand le pont sera réparé. Ensuite, nous verrons.\n",
                     "Amos Lutete", "Nous reprendrons les patrouilles quand le pont sera réparé.", id="fr-spaced-colon"),
        pytest.param("KALEMIE - El coronel Amós Lutete, portavoz de la fuerza, nos recibió el lunes en el campamento.\n\n"
                     "¿Cuándo se reanudarán las patrullas?\n\n"
                     "Amós Lutete: Reanudaremos las patrullas cuando el puente esté reparado. Después veremos.\n",
                     "Amós Lutete", "Reanudaremos las patrullas cuando el puente esté reparado.", id="es"),
    ],
)
def test_an_answer_under_its_speakers_name_is_theirs(text, speaker, answer):
    found = quotes_of(text)
    assert any(who == speaker and answer in sentence for who, sentence in found)
    assert all(who == speaker for who, _sentence in found)
    assert len(found) == 2  # the answer's two sentences


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("KALEMIE -- Kalemie: the town was calm on Monday and the market opened again.\n", id="en-place"),
        pytest.param("KALEMIE -- Colonel Amos Lutete, the force's spokesperson, met us at the camp gate on Monday.\n\n"
                     "Amos Lutete: We will resume the patrols once the bridge is repaired.\n\n"
                     "The camp holds four thousand people and two clinics.\n", id="en-paragraph-after"),
    ],
)
def test_no_answer_beyond_its_paragraph(text):
    assert all("camp holds" not in sentence and "town was calm" not in sentence for _who, sentence in quotes_of(text))
