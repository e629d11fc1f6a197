"""Events: a clause coordinated after a happening, with a subject and a relative day of its
own, whose verb is a statement about that happening ("and the Council deplored it on
Thursday", "y el jueves el portavoz lo condenó", "và Hội đồng Bảo an đã lên án hôm thứ
Năm") is the reaction carrying the news, no event of its own (the labelling rulebook: "an
attack and its condemnation are one event"; "a spokesperson's statement carrying the news is
not an event"). A coordinated clause telling another happening on its own day still gives
it. In EN, FR, ES, VI. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

FRIDAY = PartialDate(2023, 6, 9)


def dated_kinds(sentence: str, language: str) -> list[tuple[str, str]]:
    """The (date, kind) of the events one sentence tells, deep in an article's body, sorted."""
    sentences = [("Une phrase sans rien.", [])] * 4 + [(sentence, find_in_sentence(sentence, language))]
    return sorted((e.date, e.kind) for e in find_events(sentences, FRIDAY, None, language)[0])


@pytest.mark.parametrize(
    "sentence, language, happening",
    [
        pytest.param("The convoy was ambushed on Monday and the Council deplored it on Thursday.", "en",
                     ("2023-06-05", "attack"), id="en-deplored-it"),
        pytest.param("Three peacekeepers died on Monday and the Security Council condemned the killings on Tuesday.", "en",
                     ("2023-06-05", "casualty"), id="en-condemned-killings"),
        pytest.param("Rebels attacked the base on Monday and the mission's spokesman on Thursday condemned it.", "en",
                     ("2023-06-05", "attack"), id="en-day-before-verb"),
        pytest.param("Le convoi a été attaqué lundi et le Conseil l'a déploré jeudi.", "fr",
                     ("2023-06-05", "attack"), id="fr-deplore"),
        pytest.param("Des rebelles ont attaqué la base lundi et jeudi le porte-parole de la mission l'a condamné.", "fr",
                     ("2023-06-05", "attack"), id="fr-day-before-subject"),
        pytest.param("El convoy fue emboscado el lunes y el Consejo lo deploró el jueves.", "es",
                     ("2023-06-05", "attack"), id="es-deploro"),
        pytest.param("Tres cascos azules murieron el lunes y el Consejo de Seguridad condenó los asesinatos el martes.", "es",
                     ("2023-06-05", "casualty"), id="es-condeno-asesinatos"),
        pytest.param("Los rebeldes atacaron la base el lunes y el jueves el portavoz de la misión lo condenó.", "es",
                     ("2023-06-05", "attack"), id="es-day-before-subject"),
        pytest.param("Đoàn xe bị phục kích hôm thứ Hai và Hội đồng Bảo an đã lên án hôm thứ Năm.", "vi",
                     ("2023-06-05", "attack"), id="vi-len-an"),
    ],
)
def test_a_coordinated_statement_on_a_later_day_is_no_event_of_its_own(sentence, language, happening):
    assert dated_kinds(sentence, language) == [happening]


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Two soldiers were wounded on Monday and one of them died on Thursday.", "en",
                     [("2023-06-05", "casualty"), ("2023-06-08", "casualty")], id="en-death-later"),
        pytest.param("Dos soldados resultaron heridos el lunes y uno de ellos falleció el jueves.", "es",
                     [("2023-06-05", "casualty"), ("2023-06-08", "casualty")], id="es-death-later"),
        pytest.param("Le convoi a été attaqué lundi et un soldat blessé est mort jeudi.", "fr",
                     [("2023-06-05", "attack"), ("2023-06-08", "casualty")], id="fr-death-later"),
    ],
)
def test_a_coordinated_happening_on_a_later_day_is_still_its_own_event(sentence, language, expected):
    assert dated_kinds(sentence, language) == expected
