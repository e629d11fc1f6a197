"""Events: a sentence of the lead whose only event word stands in a purpose clause ("were
chosen from nine hospitals to provide training", "pour assurer la formation", "para impartir
capacitación", "để tổ chức huấn luyện") and that names no day tells what was meant to
happen, not the news of the article's date: it is not dated by the article (without the
purpose clause the same sentence tells no happening either). Dated by a day of its own ("were
chosen on Monday to provide training"), it keeps that day; a lead whose main clause tells
the happening ("held a training session") keeps the article's. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import find_events

ANCHOR = PartialDate(2022, 6, 10)  # a Friday


def _dates(sentence: str, language: str) -> list[str]:
    return [e.date for e in find_events([(sentence, [])], ANCHOR, None, language)[0]]


@pytest.mark.parametrize("language,sentence", [
    ("en", "The 120 medics were chosen from nine hospitals to provide training."),
    ("fr", "Les 120 médecins ont été choisis dans neuf hôpitaux pour assurer la formation."),
    ("es", "Los 120 médicos fueron elegidos de nueve hospitales para impartir capacitación."),
    ("vi", "120 y bác sĩ được lựa chọn từ chín bệnh viện để tổ chức huấn luyện."),
])
def test_an_undated_lead_telling_only_a_purpose_is_not_the_article_news(language, sentence):
    assert _dates(sentence, language) == []


@pytest.mark.parametrize("language,sentence,expected", [
    ("en", "The 120 medics were chosen on Monday to provide training.", ["2022-06-06"]),
    ("vi", "120 y bác sĩ được lựa chọn hôm thứ Hai để tổ chức huấn luyện.", ["2022-06-06"]),
    ("en", "The 120 medics held a training session at the hospital.", ["2022-06-10"]),
    ("fr", "Les 120 médecins ont suivi une formation à l'hôpital.", ["2022-06-10"]),
    ("es", "Los 120 médicos recibieron capacitación en el hospital.", ["2022-06-10"]),
    ("vi", "120 y bác sĩ đã tham gia huấn luyện tại bệnh viện.", ["2022-06-10"]),
    ("en", "The unit was sent to Juba to protect civilians.", ["2022-06-10"]),
])
def test_a_purpose_with_its_own_day_or_a_lead_told_in_its_main_clause_stays(language, sentence, expected):
    assert _dates(sentence, language) == expected


@pytest.mark.parametrize("language,sentence", [
    # a main clause in the active tells its own going: the news of the article's day
    ("en", "A new contingent of 184 officers left Hanoi to replace the first rotation in Abyei."),
    ("en", "The 120 medics gathered at the airport to depart for South Sudan."),
    ("es", "Los cascos azules se dirigieron a la aldea para investigar el ataque."),
])
def test_a_lead_going_somewhere_for_a_purpose_keeps_the_article_day(language, sentence):
    assert _dates(sentence, language) == ["2022-06-10"]
