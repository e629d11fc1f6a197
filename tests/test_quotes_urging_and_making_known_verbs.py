"""Quotes: Spanish "urgió" (an urging in words, as "instó") and "abundó" (an elaborating on
what was said, as "detalló"), French "a fait part de" (a making known, as "a fait état de")
are speech verbs (quotes.yaml "speech_verbs"); "urge" and "abundan" with no speaker are no
speech. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from quotecases import speakers_of


@pytest.mark.parametrize(
    "language, text, says, speakers",
    [
        pytest.param("es", "El secretario general, Ban Ki-moon, urgió a las partes a respetar el alto el fuego en Gao.",
                     "respetar el alto", ["Ban Ki-moon"], id="es-urgio"),
        pytest.param("es", "Los oficiales “viajarán la próxima semana” a Chipre, abundó la Cancillería en un comunicado.",
                     "viajarán la próxima", ["Ministry of Foreign Affairs"], id="es-abundo"),
        pytest.param("fr", "La Minusma, dans un communiqué, a fait part de la mort d’un casque bleu tchadien à Kidal.",
                     "mort d’un casque", ["MINUSMA"], id="fr-a-fait-part"),
    ],
)
def test_the_verb_reports_speech(language, text, says, speakers):
    assert speakers_of(language, text, says) == speakers


@pytest.mark.parametrize(
    "language, text, says",
    [
        pytest.param("es", "La situación urge: el convoy salió de Gao sin escolta.", "convoy salió", id="es-la-situacion-urge"),
        pytest.param("es", "Abundan los rumores sobre el convoy que salió de Gao.", "convoy que salió", id="es-abundan"),
    ],
)
def test_no_speaker_no_speech(language, text, says):
    assert speakers_of(language, text, says) == []
