"""Quotes: speakers listed together keep sharing their speech verb when an auxiliary or an
adverb of the whole list stands between the list and the verb ("Niger and the mission have
said", "le Niger et la Minusma ont assuré", "Níger y la misión también afirmaron", "Niger và
MINUSMA đã cho biết"): each speaker of the list speaks the words (quotes.yaml
"joint_speaker_auxiliaries"). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from quotecases import speakers_of


@pytest.mark.parametrize(
    "language, text, says, speakers",
    [
        pytest.param("en", "Chad and MINUSMA have said the relief column reached Tessalit before dusk.", "relief column",
                     ["Chad", "MINUSMA"], id="en-have-said"),
        pytest.param("en", "Ghana and UNIFIL have both stated that the patrol was not hit.", "patrol was not hit",
                     ["Ghana", "UNIFIL"], id="en-have-both-stated"),
        pytest.param("fr", "Le Tchad et la Minusma ont assuré que la colonne de secours avait atteint Tessalit.", "colonne de secours",
                     ["Chad", "MINUSMA"], id="fr-ont-assure"),
        pytest.param("fr", "Le Sénégal et la Minusca ont également affirmé que le pont avait été réparé.", "pont avait",
                     ["MINUSCA", "Senegal"], id="fr-ont-egalement-affirme"),
        pytest.param("es", "Chad y la Minusma también aseguraron que la columna de auxilio llegó a Tessalit.", "columna de auxilio",
                     ["Chad", "MINUSMA"], id="es-tambien-aseguraron"),
        pytest.param("vi", "Chad và MINUSMA đã cho biết đoàn cứu trợ đến Tessalit trước khi trời tối.", "đoàn cứu trợ",
                     ["Chad", "MINUSMA"], id="vi-da-cho-biet"),
        pytest.param("vi", "Ghana và UNIFIL đều khẳng định đoàn tuần tra không bị trúng đạn.", "đoàn tuần tra",
                     ["Ghana", "UNIFIL"], id="vi-deu-khang-dinh"),
    ],
)
def test_the_list_shares_the_verb_across_an_auxiliary(language, text, says, speakers):
    assert speakers_of(language, text, says) == speakers


@pytest.mark.parametrize(
    "language, text, says, speakers",
    [
        pytest.param("en", "Chad and MINUSMA troops reached Tessalit, and the mission has said the road was clear.", "road was clear",
                     ["MINUSMA"], id="en-one-subject"),
        pytest.param("fr", "Le Tchad et la Minusma, elle a assuré que la route était dégagée.", "route était",
                     ["MINUSMA"], id="fr-pronoun-between-is-not-the-list"),
    ],
)
def test_a_verb_with_one_subject_keeps_one_speaker(language, text, says, speakers):
    assert speakers_of(language, text, says) == speakers
