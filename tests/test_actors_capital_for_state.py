"""Countries: a capital standing for its country's government ("Kinshasa accused Kigali",
"Paris et Rome ont annoncé", "Juba y Jartum se acusaron", "Kinshasa cáo buộc Kigali") names
that country, as the country's own name would: the subject of a state's act (vocabulary
capital_state_acts: accusing, denying, demanding, announcing...) or the one such an act is
aimed at ("accused Kigali"). A capital that is a place ("arrived in Kinshasa", "à Bamako", a
dateline) names only the city. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence


def countries(sentence: str, language: str) -> list[str]:
    return sorted({f.name for f in find_in_sentence(sentence, language) if f.kind == "country"})


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Kinshasa accused Kigali of arming the rebels in the east.", "en",
                     ["Democratic Republic of the Congo", "Rwanda"], id="en-subject-and-object"),
        pytest.param("Bamako has demanded the immediate withdrawal of the mission.", "en", ["Mali"], id="en-aux"),
        pytest.param("Moscow and Beijing abstained, while Washington welcomed the vote.", "en",
                     ["China", "Russia", "United States"], id="en-coordinated"),
        pytest.param("Bamako a exigé le départ de la mission avant la fin de l'année.", "fr", ["Mali"], id="fr-aux"),
        pytest.param("Kinshasa accuse Kigali de soutenir la rébellion.", "fr",
                     ["Democratic Republic of the Congo", "Rwanda"], id="fr-present"),
        pytest.param("Nairobi et Addis-Abeba ont également salué l'accord.", "fr", ["Ethiopia", "Kenya"], id="fr-coordinated"),
        pytest.param("Juba y Jartum se acusaron mutuamente de violar la tregua.", "es", ["South Sudan", "Sudan"],
                     id="es-reflexive"),
        pytest.param("Bamako rechazó la propuesta del Consejo.", "es", ["Mali"], id="es-past"),
        pytest.param("Kinshasa cáo buộc Kigali hậu thuẫn cho nhóm phiến quân.", "vi",
                     ["Democratic Republic of the Congo", "Rwanda"], id="vi-subject-and-object"),
    ],
)
def test_a_capital_acting_for_its_state_names_the_country(sentence, language, expected):
    assert countries(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The envoy arrived in Kinshasa and met the president.", "en", id="en-place"),
        pytest.param("Talks held in Nairobi ended without a deal.", "en", id="en-in"),
        pytest.param("Le chef de la mission s'est rendu à Bamako mardi.", "fr", id="fr-place"),
        pytest.param("Los soldados llegaron a Juba el lunes por la mañana.", "es", id="es-place"),
        pytest.param("Đoàn công tác đã đến Juba vào sáng thứ Hai.", "vi", id="vi-place"),
    ],
)
def test_a_capital_as_a_place_names_no_country(sentence, language):
    assert countries(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The governor urged Kinshasa residents to stay indoors after the storm.", "en", id="en-urged-residents"),
        pytest.param("The police warned Bamako motorists about closures near the airport.", "en", id="en-warned-motorists"),
        pytest.param("The mission called on Juba traders to reopen their shops.", "en", id="en-called-on-traders"),
        pytest.param("Officials blamed Bangui landlords for the rising rents.", "en", id="en-blamed-landlords"),
    ],
)
def test_a_capital_qualifying_the_noun_after_an_act_names_no_country(sentence, language):
    """"urged Kinshasa residents": the act is aimed at the residents, the capital qualifies them."""
    assert countries(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Bamako protests continued for a week after the vote.", "en", id="en-protests-noun"),
        pytest.param("Kinshasa demands for cheaper fuel went unheard.", "en", id="en-demands-noun"),
        pytest.param("Juba requests for housing doubled after the floods.", "en", id="en-requests-noun"),
    ],
)
def test_a_capital_before_a_plural_noun_names_no_country(sentence, language):
    """"Bamako protests continued": the city's protests, a noun; no act of a state."""
    assert countries(sentence, language) == []
