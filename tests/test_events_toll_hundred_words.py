"""Events: a casualty word dated by a year alone and counted with a number word of a hundred
and up ("a hundred", "two hundred", "a thousand"; "cent", "deux cents", "mille") sums a toll
over the year, as a count in digits does: no happening (the corpus README: "nor a toll counted
over a year"). A count under ten stays one incident. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import dates_between

ANCHOR = PartialDate(2016, 5, 30)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("More than a hundred guards died in 2015 in UN missions.", "en", id="en-a-hundred"),
        pytest.param("Nearly a thousand villagers were killed in 2015 in the valley.", "en", id="en-a-thousand"),
        pytest.param("Some two hundred observers were wounded in 2015.", "en", id="en-two-hundred"),
        pytest.param("In 2015, over a hundred nurses were killed across the province.", "en", id="en-year-fronted"),
        pytest.param("Four thousand people were killed in 2015 in the south.", "en", id="en-four-thousand"),
        pytest.param("Plus de cent gardes sont morts en 2015 dans les missions de l'ONU.", "fr", id="fr-cent"),
        pytest.param("Près de mille villageois ont été tués en 2015 dans la vallée.", "fr", id="fr-mille"),
        pytest.param("Deux cents observateurs ont été blessés en 2015.", "fr", id="fr-deux-cents"),
        pytest.param("Le préfet a dit que 2015 était la troisième année de suite où plus de cent gardes sont morts.",
                     "fr", id="fr-cent-in-clause"),
        pytest.param("Quelque trois mille civils ont été tués en 2015 selon le rapport.", "fr", id="fr-trois-mille"),
    ],
)
def test_a_toll_counted_in_hundreds_is_no_event(sentence, language):
    assert not dates_between(sentence, language, ANCHOR)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two guards were killed in 2015 in an ambush near Gao.", "en", id="en-two"),
        pytest.param("Deux gardes ont été tués en 2015 dans une embuscade près de Gao.", "fr", id="fr-deux"),
    ],
)
def test_a_few_dead_stay_one_incident(sentence, language):
    assert "2015" in dates_between(sentence, language, ANCHOR)
