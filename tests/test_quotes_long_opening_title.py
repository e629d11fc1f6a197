"""Quotes: a sentence opening on a title whose body has a long name, the person in apposition
after it ("Le porte-parole de la Mission des Nations unies en République démocratique du Congo
(RDC), X, a confirmé ..."): the title is X's even when the name stands far from it, so "the
spokesperson" met later stands for X, not for the last person named. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param(
            "Le porte-parole de la Mission des Nations unies en République démocratique du Congo (RDC), "
            "Jean Kaboré, a confirmé l'arrivée des renforts à Goma. Le commandant du bataillon, Paul Diatta, "
            "est arrivé lundi à Goma avec son état-major. « Tout se passe comme prévu », a ajouté le "
            "porte-parole de la Mission.",
            "Jean Kaboré", id="fr-spokesman-of-long-mission-name"),
        pytest.param(
            "The spokeswoman for the United Nations Multidimensional Integrated Stabilization Mission in "
            "the Central African Republic, Anna Lindqvist, confirmed that two convoys had reached Bria. "
            "The battalion commander, Omar Sesay, flew in on Monday with his staff. \"The road is open "
            "again,\" the spokeswoman added.",
            "Anna Lindqvist", id="en-spokeswoman-for-long-mission-name"),
        pytest.param(
            "El portavoz de la Misión Multidimensional Integrada de Estabilización de las Naciones Unidas "
            "en Malí, Juan Ortega, confirmó la llegada de los refuerzos a Gao. El comandante del batallón, "
            "Pablo Diatta, llegó el lunes con su estado mayor. «Todo va según lo previsto», añadió el portavoz.",
            "Juan Ortega", id="es-spokesman-of-long-mission-name"),
    ],
)
def test_a_title_opening_the_sentence_far_from_the_name_is_the_name_s(text, speaker):
    assert speakers_of(text)[-1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a later name after a phrase broken by commas: the title stays with the one it introduced
        pytest.param(
            "La porte-parole de la mission, Marie Dubois, a confirmé l'arrivée des renforts. Le porte-parole, "
            "en tournée lundi dans les camps de déplacés de la région de Malakal, a rencontré le pasteur du "
            "camp, Paul Diatta. « Tout se passe comme prévu », a ajouté la porte-parole.",
            "Marie Dubois", id="fr-title-then-commas-then-other-name"),
        pytest.param(
            "The mission spokeswoman, Mary Duff, confirmed that the reinforcements had arrived. The spokeswoman, "
            "touring the displacement camps around Malakal on Monday, met the camp's pastor, Paul Dut. "
            "\"Everything is going to plan,\" the spokeswoman added.",
            "Mary Duff", id="en-title-then-commas-then-other-name"),
    ],
)
def test_a_title_cut_off_from_a_later_name_by_commas_stays_with_its_holder(text, speaker):
    assert speakers_of(text)[-1] == speaker
