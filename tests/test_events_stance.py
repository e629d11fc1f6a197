"""Events: a noun that is the topic of a wish, a worry or a stress ("called for dialogue",
"préoccupé par les attaques"), or an interview given to a news outlet ("an interview with
AFP"), is no happening of the sentence. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2024, 3, 15)  # a Friday


def events_of(sentence: str, language: str) -> list[tuple[str, str]]:
    return [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The mission called for dialogue between the parties on Tuesday.", "en", id="en-call"),
        pytest.param("La mission a appelé mardi au dialogue entre les parties.", "fr", id="fr-call"),
        pytest.param("La misión llamó el martes al diálogo entre las partes.", "es", id="es-call"),
        pytest.param("Hôm thứ Ba, phái bộ kêu gọi đối thoại và hội đàm giữa các bên.", "vi", id="vi-call"),
        pytest.param("The minister stressed on Tuesday the importance of training for peacekeepers.", "en", id="en-importance"),
        pytest.param("El ministro destacó el martes la importancia de la formación de los cascos azules.", "es", id="es-importance"),
        pytest.param("On Tuesday, the UN chief expressed concern over the attacks.", "en", id="en-concern"),
        pytest.param("Mardi, le chef de l'ONU s'est dit préoccupé par les attaques.", "fr", id="fr-concern"),
        pytest.param("El martes, el jefe de la ONU expresó su preocupación por los ataques.", "es", id="es-concern"),
        pytest.param("Hôm thứ Ba, Tổng thư ký LHQ bày tỏ lo ngại về các vụ tấn công.", "vi", id="vi-concern"),
    ],
)
def test_the_topic_of_a_stance_is_no_event(sentence, language):
    assert events_of(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("In an interview with AFP on Tuesday, the commander said the situation was calm.", "en", id="en"),
        pytest.param("Dans un entretien accordé mardi à RFI, le commandant a déclaré que la situation était calme.", "fr", id="fr"),
        pytest.param("En una entrevista con EFE el martes, el comandante dijo que la situación era tranquila.", "es", id="es"),
    ],
)
def test_an_interview_given_to_an_outlet_is_no_meeting(sentence, language):
    assert events_of(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("The minister had a meeting with the force commander on Tuesday.", "en", "meeting", id="en-meeting"),
        pytest.param("Le ministre a eu un entretien mardi avec le commandant de la force.", "fr", "meeting", id="fr-entretien"),
        pytest.param("The peacekeepers held a training exercise on Tuesday.", "en", "training", id="en-training"),
    ],
)
def test_an_event_without_a_stance_or_outlet_is_kept(sentence, language, kind):
    assert events_of(sentence, language) == [(kind, "2024-03-12")]
