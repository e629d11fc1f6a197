"""Quotes: a person named only as the agent of a participle that is no speech verb
("reinforcements led by Colonel X", "des renforts dirigés par le colonel X", "las tropas
comandadas por el coronel X") is a complement, not the subject: "he said", "a-t-il ajouté",
"añadió" after go on with the last speaker. The agent of a speech participle ("condemned by
X, who said") still speaks, and a person who is the subject still is the antecedent. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("KIDAL, Mali -- The commander of the brigade, General Paul Martin, said the patrol was ambushed. "
                     "Reinforcements led by Colonel Marc Dubois reached the village at dawn, he said.", id="en-same-sentence"),
        pytest.param("KIDAL, Mali -- The commander of the brigade, General Paul Martin, said the patrol was ambushed. "
                     "Reinforcements led by Colonel Marc Dubois reached the village at dawn. He said the road was still cut.",
                     id="en-next-sentence"),
        pytest.param("KIDAL (Mali) - Le général Paul Martin a affirmé que la patrouille était tombée dans une embuscade. "
                     "Des renforts dirigés par le colonel Marc Dubois sont arrivés au village à l'aube, a-t-il ajouté.",
                     id="fr-glued-pronoun"),
        pytest.param("KIDAL (Mali) - El general Paul Martin afirmó que la patrulla cayó en una emboscada. "
                     "Las tropas comandadas por el coronel Marc Dubois llegaron al pueblo al amanecer, añadió.",
                     id="es-dropped-subject"),
    ],
)
def test_agent_is_no_antecedent(text):
    assert speakers(text) == ["Paul Martin", "Paul Martin"]


def test_agent_of_a_speech_participle_speaks():
    text = "KIDAL, Mali -- The attack was condemned by General Paul Martin, who said the patrol had been ambushed."
    assert speakers(text) == ["Paul Martin"]


def test_subject_is_still_the_antecedent():
    text = ("KIDAL, Mali -- The commander of the brigade, General Paul Martin, said the patrol was ambushed. "
            "Colonel Marc Dubois reached the village at dawn, he said.")
    assert speakers(text) == ["Paul Martin", "Marc Dubois"]
