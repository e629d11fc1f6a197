"""Quotes: thanks, praise, congratulations and condolences are reported speech only when the
text gives what was said. A speech verb whose object is a word of courtesy ("expressed his
condolences", "a exprimé sa profonde gratitude", "expresó su agradecimiento", "đánh giá cao")
tells the act alone and is no quote; with a clause or a quotation after it, it still reports,
and a verb with another object still reports. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def quotes_of(text: str) -> list:
    return extract(text, None).quotes


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The commander of the Irish battalion, Colonel Mark Devlin, expressed his deepest condolences to the "
                     "families of the two engineers.", id="en-condolences"),
        pytest.param("Le colonel Marc Duval a exprimé sa profonde gratitude aux habitants du village pour leur accueil.",
                     id="fr-gratitude"),
        pytest.param("Le ministre Paul Kaba a exprimé ses plus sincères félicitations aux soldats du contingent.",
                     id="fr-congratulations"),
        pytest.param("El general Luis Ortega expresó su sincero agradecimiento a las autoridades locales por su apoyo.",
                     id="es-thanks"),
        pytest.param("Thiếu tướng Hoàng Văn Nam đánh giá cao tinh thần của các sĩ quan trong thời gian làm nhiệm vụ.",
                     id="vi-rated-highly"),
        # shock and sorrow at a loss, condolences' kin: the feeling told, no words
        pytest.param("President Paul Kamara expressed his shock at the attack on the convoy near the border.", id="en-shock"),
        pytest.param("Le ministre Paul Kaba a exprimé sa profonde consternation après l'attaque du convoi.", id="fr-consternation"),
        pytest.param("El general Luis Ortega expresó su tristeza por la muerte de los dos soldados.", id="es-tristeza"),
    ],
)
def test_courtesy_without_words_is_no_quote(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Colonel Mark Devlin expressed his condolences, saying that the two engineers had served with honour.",
                     "Mark Devlin", id="en-condolences-with-words"),
        pytest.param("Le colonel Marc Duval a exprimé sa gratitude : « Ce village nous a tout donné ».", "Marc Duval",
                     id="fr-gratitude-with-quotation"),
        pytest.param("Le colonel Marc Duval a exprimé son inquiétude face à la hausse des attaques près de la base.",
                     "Marc Duval", id="fr-concern-still-reported"),
        pytest.param("Thiếu tướng Hoàng Văn Nam đánh giá tình hình an ninh ở Abyei vẫn còn phức tạp.", "Hoàng Văn Nam",
                     id="vi-assessed-still-reported"),
        # the same words after a verb that expresses nothing: no courtesy
        pytest.param("The spokesman Peter Brandt said thanks to the engineers, the road to the camp had reopened.",
                     "Peter Brandt", id="en-thanks-to-is-because-of"),
        pytest.param("Le porte-parole Marc Duval a annoncé la reconnaissance officielle du nouveau gouvernement par l'Union.",
                     "Marc Duval", id="fr-reconnaissance-is-recognition"),
        pytest.param("Ông Trần Minh Đức cho biết Cao ủy Liên Hợp Quốc về người tị nạn đã gửi hàng cứu trợ tới trại.",
                     "Trần Minh Đức", id="vi-cao-opening-a-name"),
    ],
)
def test_courtesy_with_words_or_other_objects_still_reports(text, speaker):
    quotes = quotes_of(text)
    assert quotes and quotes[-1].speaker == speaker
