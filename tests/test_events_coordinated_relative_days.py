"""Events: two clauses joined by "and" ("et", "y", "và"), each dated by a day named relative
to the article's ("on Tuesday", "mercredi", "el miércoles", "hôm thứ Tư"), tell two
happenings on their two days, whether the second clause has a subject of its own ("and a
soldier died on Wednesday") or its day stands before its verb ("and on Wednesday the envoy
arrived"): the second day is not the first verb's, and the second verb is not lost. A second
verb sharing the first one's subject and only day ("attacked the base and killed two soldiers
on Tuesday") stays one happening. In EN, FR, ES, VI. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

FRIDAY = PartialDate(2023, 6, 9)


def dates_of(sentence: str, language: str) -> list[str]:
    """The dates of the events one sentence tells, deep in an article's body, sorted."""
    sentences = [("Une phrase sans rien.", [])] * 4 + [(sentence, find_in_sentence(sentence, language))]
    return sorted(e.date for e in find_events(sentences, FRIDAY, None, language)[0])


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Peacekeepers were attacked on Tuesday and a soldier died in hospital on Wednesday.", "en", id="en"),
        pytest.param("Les casques bleus ont été attaqués mardi et un soldat est mort à l'hôpital mercredi.", "fr", id="fr"),
        pytest.param("Los cascos azules fueron atacados el martes y un soldado murió en el hospital el miércoles.", "es", id="es"),
        pytest.param("Lực lượng gìn giữ hòa bình bị tấn công hôm thứ Ba và một binh sĩ đã tử vong tại bệnh viện hôm thứ Tư.",
                     "vi", id="vi"),
    ],
)
def test_a_second_clause_with_its_own_subject_and_day_is_a_second_happening(sentence, language):
    assert dates_of(sentence, language) == ["2023-06-06", "2023-06-07"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("On Monday the Council adopted the resolution and on Wednesday the envoy arrived in Juba.", "en", id="en"),
        pytest.param("Lundi, le Conseil a adopté la résolution et mercredi l'envoyé est arrivé à Juba.", "fr", id="fr"),
        pytest.param("El lunes el Consejo aprobó la resolución y el miércoles el enviado llegó a Juba.", "es", id="es"),
        pytest.param("Hôm thứ Hai, Hội đồng Bảo an đã thông qua nghị quyết và hôm thứ Tư đặc phái viên đã đến Juba.",
                     "vi", id="vi"),
    ],
)
def test_a_day_opening_the_second_clause_is_its_verbs(sentence, language):
    assert dates_of(sentence, language) == ["2023-06-05", "2023-06-07"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Gunmen attacked the base and killed two soldiers on Tuesday.", "en", id="en"),
        pytest.param("Hombres armados atacaron la base y mataron a dos soldados el martes.", "es", id="es"),
        pytest.param("Des hommes armés ont attaqué la base et tué deux soldats mardi.", "fr", id="fr"),
        pytest.param("Two soldiers and a civilian were killed on Tuesday near the river.", "en", id="en-subjects"),
    ],
)
def test_one_day_for_joined_verbs_stays_one_happening(sentence, language):
    assert dates_of(sentence, language) == ["2023-06-06"]
