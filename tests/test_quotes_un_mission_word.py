"""The United Nations' name set before a word for a mission ("the UN mission said", "a
statement from the U.N. mission") names the mission, not the UN."""
from __future__ import annotations

import pytest

from test_quotes import only_quote

DEFINED = {
    "en": "The UN mission in South Sudan (UNMISS) opened a new camp near Bor on Monday.",
    "fr": "La mission de l'ONU au Soudan du Sud (Minuss) a ouvert lundi un nouveau camp près de Bor.",
    "es": "La misión de la ONU en Sudán del Sur (Unmiss) abrió el lunes un nuevo campamento cerca de Bor.",
}


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("en", ["Three wells of the camp ran dry in the heat, according to a statement from the UN mission in the country, known as UNMISS."],
                     "UNMISS", id="en-statement-from-un-mission-known-as"),
        pytest.param("en", [DEFINED["en"], "Three wells of the camp ran dry in the heat, according to a statement from the UN mission."],
                     "UNMISS", id="en-statement-from-un-mission-defined-before"),
        pytest.param("en", [DEFINED["en"], "Three wells of the camp ran dry in the heat, the U.N. mission said on Tuesday."],
                     "UNMISS", id="en-un-mission-said"),
        pytest.param("en", [DEFINED["en"], "The United Nations mission called the drought \"a threat to every family in the camp\" and asked for water trucks."],
                     "UNMISS", id="en-united-nations-mission-called"),
        pytest.param("fr", [DEFINED["fr"], "Trois puits du camp sont à sec, selon un communiqué de la mission de l'ONU."],
                     "UNMISS", id="fr-mission-de-l-onu"),
        pytest.param("es", [DEFINED["es"], "Tres pozos del campamento están secos, según un comunicado de la misión de la ONU."],
                     "UNMISS", id="es-mision-de-la-onu"),
    ],
)
def test_the_un_name_before_a_mission_word_is_the_mission(language, paragraphs, speaker):
    assert only_quote(language, *paragraphs).speaker == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        pytest.param(["Three wells of the camp ran dry in the heat, the United Nations said on Tuesday."], "United Nations", id="un-alone"),
        pytest.param([DEFINED["en"], "Three wells of the camp ran dry in the heat, the UN mission chief said."], "", id="un-mission-title"),
    ],
)
def test_the_un_alone_or_before_a_title_is_not_the_mission(paragraphs, speaker):
    assert only_quote("en", *paragraphs).speaker == speaker
