"""Quotes: the speaker after an inverted speech verb, past the day the verb names, and
through a title phrase that names a body in its own spelling. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("El país mantendrá su compromiso con las Naciones Unidas en Haití, afirmó hoy el ministro de Defensa, "
                     "Carlos Ordaz Ruibal.", "Carlos Ordaz Ruibal", id="es-hoy"),
        pytest.param("La patrulla regresó a su base sin heridos, informó ayer el portavoz de la misión, Pedro Sallanes.",
                     "Pedro Sallanes", id="es-ayer"),
        pytest.param("Un soldat a été blessé près du camp de Kidal, a annoncé mardi la Mission des Nations unies (Minusma).",
                     "MINUSMA", id="fr-weekday"),
        pytest.param("Deux soldats ont été blessés au camp, a indiqué lundi soir le porte-parole Marc Lavouët.",
                     "Marc Lavouët", id="fr-weekday-part"),
        pytest.param("The convoy reached the town without losses, said on Friday Colonel Amadou Dialloumbé, the commander of the battalion.",
                     "Amadou Dialloumbé", id="en-on-weekday"),
    ],
)
def test_a_day_after_the_verb_does_not_hide_its_speaker(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("« Nous resterons aux côtés des familles », a déclaré le Représentant spécial adjoint du Secrétaire "
                     "général (RSASG) des Nations unies Paul Verhaegenbroek.", "Paul Verhaegenbroek", id="fr-nations-unies"),
        pytest.param("« Seguiremos patrullando la zona », dijo el Representante Especial del Secretario General de las "
                     "Naciones Unidas Ana Beltranena.", "Ana Beltranena", id="es-naciones-unidas"),
    ],
)
def test_a_body_inside_a_title_phrase_leads_to_the_name_after_it(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Un ataque contra la base de la ONU dejó dos muertos, dijo el secretario general de la organización, "
                     "Elena Riosalido. El representante del secretario general en Malí, Juan Pérez Sotillo, lamentó “un golpe "
                     "cobarde contra quienes cuidan la tregua”.", "Elena Riosalido", id="es-complement"),
        pytest.param("Deux soldats ont été tués près de la base de l'ONU, a indiqué le chef de la mission, Pierre Lambertin. "
                     "Le chef adjoint de la mission, Marc Duforêt, a regretté « un geste indigne envers ceux qui gardent la trêve ».",
                     "Pierre Lambertin", id="fr-complement"),
    ],
)
def test_a_title_with_its_complement_then_a_comma_leads_to_the_name(text, speaker):
    # the same title goes before another person's name after, so the title alone says no one
    assert speakers_of(text)[0] == speaker


def test_a_long_clause_between_title_and_name_leads_to_no_name():
    text = ("The patrol returned to base, said the spokesman of the force that had been deployed there since the "
            "ceasefire, Amadou Dialloumbé.")
    assert speakers_of(text) != ["Amadou Dialloumbé"]
