"""A name printed after a rank in one of the abbreviated forms armies, navies, air forces and
police print (English-speaking forces' Cmdr, Comdt, Lieut, Insp, Cpt, Sub-Lt, RAdm, Sqn Ldr, Flt
Lt, Gp Capt, Wg Cdr, hyphenated Lt-Col; the French army's Sgc, Adc, Cch, Mdl, Asp, Slt, Cba;
Latin American Tcnl., Cnl., Grl., Tnte., Cmte., Alfz., a grade abbreviated "1ro."): the person
is the name alone, the rank the role, and the abbreviation's stop ends no sentence. Every
sentence is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.entities import find_in_sentence
from newsdossier.text import split_sentences


def people(sentence: str, language: str) -> dict[str, str | None]:
    """name -> role of the people found in one sentence."""
    return {f.name: f.role for f in find_in_sentence(sentence, language) if f.kind == "person"}


@pytest.mark.parametrize(
    "language, sentence, name, role",
    [
        pytest.param("en", "The frigate was commanded by Cmdr Choi Young Soo during the patrol.", "Choi Young Soo", "Cmdr", id="en-cmdr"),
        pytest.param("en", "The airfield was inspected by Sqn Ldr Peter Mwangi Otieno last week.", "Peter Mwangi Otieno", "Sqn Ldr", id="en-sqn-ldr"),
        pytest.param("en", "The patrol was led by Comdt Sean Dolan Byrne near the line.", "Sean Dolan Byrne", "Comdt", id="en-comdt"),
        pytest.param("en", "The statement was read by Lieut Rosa Blanca Verde at the base.", "Rosa Blanca Verde", "Lieut", id="en-lieut"),
        pytest.param("en", "The case was handled by Insp Grace Wanjiru Kamau of the police unit.", "Grace Wanjiru Kamau", "Insp", id="en-insp"),
        pytest.param("en", "The convoy was escorted by Sub-Lt Mark Stone Field on Monday.", "Mark Stone Field", "Sub-Lt", id="en-sub-lt"),
        pytest.param("en", "The flotilla sailed under RAdm Luis Rosa Blanco from Beirut.", "Luis Rosa Blanco", "RAdm", id="en-radm"),
        pytest.param("en", "The award went to Gp Capt Amina Bello Yusuf of the air wing.", "Amina Bello Yusuf", "Gp Capt", id="en-gp-capt"),
        pytest.param("fr", "Le rapport a été remis par le Sgc Ramon Verde Flores au camp.", "Ramon Verde Flores", "Sgc", id="fr-sgc"),
        pytest.param("fr", "La patrouille était menée par l'Adc Paul Blanc Rocher vers Gao.", "Paul Blanc Rocher", "Adc", id="fr-adc"),
        pytest.param("fr", "Le Slt Marie Rose Vert a soigné les blessés du convoi.", "Marie Rose Vert", "Slt", id="fr-slt"),
        pytest.param("es", "El informe lo firmó el Tcnl. Ramón Verde Flores en la base.", "Ramón Verde Flores", "Tcnl.", id="es-tcnl"),
        pytest.param("es", "La escolta estuvo a cargo del Sgto. 1ro. Luis Rosa Blanco en Naqoura.", "Luis Rosa Blanco", "Sgto. 1ro.", id="es-sgto-1ro"),
        pytest.param("es", "El Cmte. Pedro Rubio Pardo recibió a la delegación.", "Pedro Rubio Pardo", "Cmte.", id="es-cmte"),
    ],
)
def test_an_abbreviated_rank_is_the_role_and_the_name_stands_alone(language, sentence, name, role):
    assert people(sentence, language).get(name) == role


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("The frigate was commanded by Cmdr. Choi Young Soo during the patrol. It sailed at dawn.", id="en-cmdr"),
        pytest.param("Le rapport a été remis par le Sgc. Ramon Verde au camp. Il a été lu hier.", id="fr-sgc"),
        pytest.param("El informe lo firmó el Tnte. Ramón Verde en la base. Se leyó ayer.", id="es-tnte"),
        pytest.param("La escolta la mandó el Sgto. 1ro. Luis Rosa en Naqoura. Volvió ayer.", id="es-grade"),
    ],
)
def test_an_abbreviated_ranks_stop_ends_no_sentence(paragraph):
    assert len(split_sentences(paragraph)) == 2
