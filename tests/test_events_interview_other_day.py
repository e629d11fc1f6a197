"""Events: a day printed right after an interview's frame with a word of another time or of a
topic between ("in an interview after the 19 April election", "dans une interview sur le 19
avril", "en una entrevista después del 19 de abril") is not the interview's day: it dates the
happening the interview was about or came after. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import interview_day
from newsdossier.dates import find_dates

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 2)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The minister said in an interview after the 19 April election that he would step down.", "en", id="en-after-the"),
        pytest.param("Le ministre a déclaré dans une interview sur le 19 avril qu'il partirait.", "fr", id="fr-sur-le"),
        pytest.param("El ministro dijo en una entrevista después del 19 de abril que se iría.", "es", id="es-despues-del"),
        pytest.param("Le ministre a déclaré dans une interview après le 19 avril qu'il partirait.", "fr", id="fr-apres-le"),
    ],
)
def test_a_day_after_a_word_of_another_time_still_dates(sentence, language):
    assert any(e.date.endswith("-04-19") for e in body_events(sentence, language, ANCHOR))


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The minister said in an interview about the 19 April raid that two guards died.", "en", False, id="en-about-the"),
        pytest.param("El ministro habló en una entrevista sobre el 19 de abril.", "es", False, id="es-sobre-el"),
        pytest.param("Bộ trưởng cho biết khi trả lời phỏng vấn về ngày 19/4.", "vi", False, id="vi-ve-ngay"),
        pytest.param("The minister said in an interview on 19 April that he would step down.", "en", True, id="en-on"),
        pytest.param("El ministro respondió en una entrevista, el 19 de abril, que se iría.", "es", True, id="es-el"),
        pytest.param("Le ministre a répondu dans un entretien accordé le 19 avril.", "fr", True, id="fr-accorde-le"),
    ],
)
def test_the_interviews_own_day(sentence, language, expected):
    mention = find_dates(sentence)[0]
    assert interview_day(sentence, mention.start, language) is expected
