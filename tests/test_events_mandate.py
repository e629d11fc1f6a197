"""Events: a mandate extended "till" a day is dated by its vote, not by the day it runs to;
a council's vote ("voted Wednesday to extend", "a voté jeudi", "votó el jueves", "bỏ phiếu")
is a happening; an announced "prorogation" told again with its day ("La résolution a été
adoptée le 6 juin") is one event. In EN, FR, ES, VI. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import article_events

FRIDAY = PartialDate(2023, 6, 9)  # the Wednesday before is 7 June


def events_of(sentences: list[str], language: str, wire_day: bool = True) -> list[tuple[str, str]]:
    """(date, kind) of the events of an article of these sentences, dated FRIDAY."""
    return [(e.date, e.kind) for e in article_events(sentences, language, FRIDAY, wire_day=wire_day)]


def test_a_mandate_extended_till_a_day_is_dated_by_its_vote():
    sentence = "The Council on Wednesday adopted a resolution extending the mission for a year, till June 30, 2024."
    assert events_of(["Une phrase sans rien."] * 4 + [sentence], "en") == [("2023-06-07", "adoption")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The Security Council voted Wednesday to extend the mission for six months.", "en", id="en-voted"),
        pytest.param("Le Conseil de sécurité a voté mercredi la poursuite de la mission pour six mois.", "fr", id="fr-a-vote"),
        pytest.param("El Consejo de Seguridad votó el miércoles a favor de mantener la misión seis meses.", "es", id="es-voto"),
        pytest.param("Hội đồng Bảo an đã bỏ phiếu ngày 7/6 để duy trì phái bộ thêm sáu tháng.", "vi", id="vi-bo-phieu"),
    ],
)
def test_a_councils_vote_is_a_happening(sentence, language):
    assert events_of(["Une phrase sans rien."] * 4 + [sentence], language) == [("2023-06-07", "adoption")]


@pytest.mark.parametrize(
    "lead, then, language",
    [
        pytest.param("Le Conseil de sécurité a annoncé la prorogation pour six mois du mandat de la mission.",
                     "La résolution a été adoptée le 7 juin.", "fr", id="fr"),
        pytest.param("El Consejo de Seguridad anunció la prórroga por seis meses del mandato de la misión.",
                     "La resolución fue aprobada el 7 de junio.", "es", id="es"),
    ],
)
def test_an_announced_extension_told_again_with_its_day_is_one_event(lead, then, language):
    assert events_of([lead, then], language, wire_day=False) == [("2023-06-07", "adoption")]
