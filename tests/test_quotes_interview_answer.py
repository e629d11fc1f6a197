"""Quotes: an interview printed as questions and answers, each answer a paragraph opening on
its speaker's name and a colon, then words of their own with no quotation marks ("John Kabeya:
We will stay...", "Jean Kabeya : Nous resterons...", "Kabeya: ..."): the answer is that
person's words, its later sentences in the paragraph too. A place or a body before the colon,
or a paragraph after the answer, is nobody's answer. Every text here is written for these
tests."""
from __future__ import annotations

import pytest

from interviewcases import interview, quotes_of


@pytest.mark.parametrize(
    "text, speaker, answer",
    [
        pytest.param(interview("KALEMIE -- Colonel Amos Lutete, the force's spokesperson, met us at the camp gate on Monday.",
                               "When will the patrols resume?",
                               "Amos Lutete: We will resume the patrols once the bridge is repaired. Then we will see."),
                     "Amos Lutete", "We will resume the patrols once the bridge is repaired.", id="en-full-name"),
        pytest.param(interview("KALEMIE -- Colonel Amos Lutete, the force's spokesperson, met us at the camp gate on Monday.",
                               "Lutete: We will resume the patrols once the bridge is repaired. Then we will see."),
                     "Amos Lutete", "We will resume the patrols once the bridge is repaired.", id="en-surname"),
        pytest.param(interview("KALEMIE - Le colonel Amos Lutete, porte-parole de la force, nous a reçus lundi au camp.",
                               "Quand les patrouilles reprendront-elles ?",
                               "Amos Lutete : Nous reprendrons les patrouilles quand le pont sera réparé. Ensuite, nous verrons."),
                     "Amos Lutete", "Nous reprendrons les patrouilles quand le pont sera réparé.", id="fr-spaced-colon"),
        pytest.param(interview("KALEMIE - El coronel Amós Lutete, portavoz de la fuerza, nos recibió el lunes en el campamento.",
                               "¿Cuándo se reanudarán las patrullas?",
                               "Amós Lutete: Reanudaremos las patrullas cuando el puente esté reparado. Después veremos."),
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
        pytest.param(interview("KALEMIE -- Kalemie: the town was calm on Monday and the market opened again."),
                     id="en-place"),
        pytest.param(interview("KALEMIE -- Colonel Amos Lutete, the force's spokesperson, met us at the camp gate on Monday.",
                               "Amos Lutete: We will resume the patrols once the bridge is repaired.",
                               "The camp holds four thousand people and two clinics."),
                     id="en-paragraph-after"),
    ],
)
def test_no_answer_beyond_its_paragraph(text):
    assert all("camp holds" not in sentence and "town was calm" not in sentence for _who, sentence in quotes_of(text))
