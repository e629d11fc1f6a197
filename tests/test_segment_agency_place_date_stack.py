"""An agency's dispatch whose page prints the agency, the place it was filed from and the date
on three lines under the headline and its deck ("EFE" / "Bamako" / "20/01/2019 13:02"): the
place is the dateline. Every text here is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import segment

CASES = [
    ("en", "Two peacekeepers killed in northern Mali", "The attack on the convoy also left three wounded.", "AFP", "Gao",
     "Two peacekeepers of the UN mission in Mali were killed today in an attack on their convoy near Gao, the mission said in a statement."),
    ("fr", "Deux casques bleus tués dans le nord du Mali", "L'attaque contre le convoi a aussi fait trois blessés.", "AFP", "Gao",
     "Deux casques bleus de la mission de l'ONU au Mali ont été tués aujourd'hui dans une attaque contre leur convoi près de Gao, a indiqué la mission."),
    ("es", "Mueren dos cascos azules en el norte de Malí", "El ataque contra el convoy deja además tres heridos.", "EFE", "Gao",
     "Dos cascos azules de la misión de la ONU en Malí murieron hoy en un ataque contra su convoy cerca de Gao, informó la misión en un comunicado."),
    ("vi", "Hai binh sĩ gìn giữ hòa bình thiệt mạng ở miền bắc Mali", "Vụ tấn công đoàn xe còn làm ba người bị thương.", "TTXVN", "Gao",
     "Hai binh sĩ gìn giữ hòa bình của phái bộ Liên hợp quốc tại Mali đã thiệt mạng hôm nay trong một vụ tấn công đoàn xe gần Gao, phái bộ cho biết."),
]


@pytest.mark.parametrize(("language", "headline", "deck", "agency", "place", "lead"), CASES)
def test_the_place_between_the_agency_and_the_date_is_the_dateline(language, headline, deck, agency, place, lead):
    text = f"{headline}\n{deck}\n{agency}\n{place}\n03/03/2021 13:02\n{lead}\nThe mission opened an inquiry.\n"
    fields = extract(text).fields
    assert fields["dateline"] == place
    assert place not in [p.removeprefix("## ") for p in segment(text).paragraphs]


@pytest.mark.parametrize(("language", "headline", "deck", "agency", "place", "lead"), CASES[:2])
def test_a_place_under_a_deck_with_no_agency_above_it_is_no_dateline(language, headline, deck, agency, place, lead):
    text = f"{headline}\n{deck}\n{lead}\n{place}\n03/03/2021 13:02\nThe mission opened an inquiry into the attack near the town.\n"
    assert extract(text).fields["dateline"] == ""
