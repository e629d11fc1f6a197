"""Events: the document or vote by which a body decides is named with an indefinite
determiner even when the decision was told before ("The Council extended the mandate ... In a
resolution adopted on Wednesday, the Council decided ...", "En una resolución adoptada este
miércoles", "Dans une résolution adoptée mercredi"): the lead's decision told again, dated by
its day, one event, not a new happening beside the lead dated by the article's month
(vocabulary "decision_instruments", events.decision_instrument). Another noun named new stays
a happening of its own. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2025, 3, 13)  # a Thursday


@pytest.mark.parametrize(
    "sentences, language",
    [
        pytest.param(["The Security Council extended the mandate of the force in Cyprus by a year.",
                      "A resolution adopted on Wednesday keeps the force there until January."],
                     "en", id="en-resolution"),
        pytest.param(["The Security Council extended the mandate of the force in Cyprus by a year.",
                      "In a vote on Wednesday, the Council decided to keep the force until January."],
                     "en", id="en-vote"),
        pytest.param(["Le Conseil de sécurité a prorogé d'un an le mandat de la force à Chypre.",
                      "Lors d'un vote mercredi, le Conseil a décidé de maintenir la force jusqu'en janvier."],
                     "fr", id="fr-vote"),
        pytest.param(["Le Conseil de sécurité a prorogé d'un an le mandat de la force à Chypre.",
                      "Dans une résolution adoptée à l'unanimité mercredi, le Conseil a décidé de proroger le mandat jusqu'en janvier."],
                     "fr", id="fr-resolution"),
        pytest.param(["El Consejo de Seguridad prorrogó por un año el mandato de la fuerza en Chipre.",
                      "En una resolución adoptada por unanimidad este miércoles, el Consejo decidió prorrogar el mandato hasta enero."],
                     "es", id="es-resolucion"),
        pytest.param(["El Consejo de Seguridad prorrogó por un año el mandato de la fuerza en Chipre.",
                      "En una votación de este miércoles, el Consejo decidió mantener la fuerza hasta enero."],
                     "es", id="es-votacion"),
        pytest.param(["Hội đồng Bảo an Liên hợp quốc đã gia hạn nhiệm vụ của lực lượng tại Síp thêm một năm.",
                      "Trong một nghị quyết được thông qua hôm thứ Tư, Hội đồng quyết định duy trì lực lượng đến tháng 1."],
                     "vi", id="vi-nghi-quyet"),
    ],
)
def test_a_resolution_named_anew_retells_the_lead(sentences, language):
    dates = [str(e.date) for e in article_events(sentences, language, ANCHOR, wire_day=False)]
    assert dates == ["2025-03-12"]


@pytest.mark.parametrize(
    "sentences, language",
    [
        # near misses: a resolution of another year is another decision; a noun that is no
        # instrument, named new, is a happening of its own
        pytest.param(["The Security Council extended the mandate of the force in Cyprus by a year.",
                      "In a resolution adopted in January 2024, the Council asked for a report."],
                     "en", id="en-resolution-other-year"),
        pytest.param(["El Consejo de Seguridad prorrogó por un año el mandato de la fuerza en Chipre.",
                      "Una prórroga del mandato de la misión en Sáhara Occidental se aprobó este miércoles."],
                     "es", id="es-prorroga-new"),
    ],
)
def test_another_decision_stays_apart(sentences, language):
    assert len(article_events(sentences, language, ANCHOR, wire_day=False)) == 2


@pytest.mark.parametrize(
    "sentences, language, lead",
    [
        # an instrument naming another mission than the lead's is another decision of the day
        pytest.param(["The Security Council extended the mandate of UNFICYP by a year.",
                      "A resolution renewing the mandate of MINUSMA was adopted on Monday."],
                     "en", "unficyp", id="en-resolution-another-mission"),
        pytest.param(["Le Conseil de sécurité a prorogé d'un an le mandat de la FINUL.",
                      "Une résolution prorogeant le mandat de la MINUSMA a été adoptée lundi."],
                     "fr", "unifil", id="fr-resolution-another-mission"),
        pytest.param(["El Consejo de Seguridad prorrogó por un año el mandato de la FINUL.",
                      "Una votación sobre el mandato de la MINUSMA tuvo lugar el lunes."],
                     "es", "unifil", id="es-votacion-another-mission"),
    ],
)
def test_an_instrument_of_another_mission_stays_apart(sentences, language, lead):
    assert [e.missions for e in article_events(sentences, language, ANCHOR, wire_day=False)] == [[lead], ["minusma"]]


@pytest.mark.parametrize(
    "sentences, language",
    [
        # an instrument of another body, or held at a place of its own, is another happening
        pytest.param(["The Security Council extended the mandate of MINUSCA by a year.",
                      "A resolution adopted on Wednesday by the General Assembly approved the budget."],
                     "en", id="en-resolution-another-body"),
        pytest.param(["The Security Council extended the mandate of MINUSCA by a year.",
                      "In a vote on Wednesday, the General Assembly elected five new members."],
                     "en", id="en-vote-another-body"),
        pytest.param(["El Consejo de Seguridad prorrogó por un año el mandato de la MINUSCA.",
                      "En una votación celebrada el miércoles, la Asamblea General eligió a cinco miembros."],
                     "es", id="es-votacion-another-body"),
        pytest.param(["The Security Council extended the mandate of MINUSCA by a year.",
                      "A vote was held in Bangui on Wednesday to elect the mayor."],
                     "en", id="en-vote-a-place-of-its-own"),
    ],
)
def test_an_instrument_of_another_body_or_place_stays_apart(sentences, language):
    assert [str(e.date) for e in article_events(sentences, language, ANCHOR, wire_day=False)] == ["2025-03", "2025-03-12"]
