"""Quotes: experts the UN appoints ("UN experts said", "les experts de l'ONU", "los expertos de
la ONU") speak in their own capacity, not for the UN (tests/corpus/README.md): unnamed, they
are no one the text names, as an unnamed source of a body is (quotes.yaml anonymous_sources);
a named expert speaks as themselves. An official of the UN still speaks as the UN. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("UN experts said on Monday that the army had killed civilians near the town.", "", id="en-un-experts"),
        pytest.param("Les experts de l'ONU ont affirmé lundi que l'armée avait tué des civils près de Moura.", "", id="fr-les-experts-de-l-onu"),
        pytest.param("Los expertos de la ONU afirmaron el lunes que el ejército mató a civiles.", "", id="es-los-expertos-de-la-onu"),
        pytest.param("La experta de la ONU María López afirmó el lunes que el ejército mató a civiles.", "María López", id="es-named-expert"),
        # "des" opening the clause is the article, not "of the": unnamed experts and sources, no one
        pytest.param("Des experts de l'ONU ont déclaré lundi que l'armée avait tué des civils près de Moura.", "",
                     id="fr-des-experts-de-l-onu"),
        pytest.param("Des sources de l'ONU ont affirmé lundi que l'armée avait tué des civils près de Moura.", "",
                     id="fr-des-sources-de-l-onu"),
        # an expert's epithet between the noun and the body, and a rapporteur, unnamed: no one
        pytest.param("Des experts indépendants de l'ONU ont déclaré lundi que l'armée avait tué des civils.", "",
                     id="fr-experts-independants"),
        pytest.param("Los expertos independientes de la ONU afirmaron el lunes que el ejército mató a civiles.", "",
                     id="es-expertos-independientes"),
        pytest.param("A UN special rapporteur said on Monday that the army had killed civilians near the town.", "",
                     id="en-un-special-rapporteur"),
        # near miss: "des" inside the clause joins a complement; the minister speaks
        pytest.param("La sécurité des experts de l'ONU est menacée, a affirmé lundi le ministre Jean Diallo.", "Jean Diallo",
                     id="fr-des-complement"),
        # near miss: an official of the UN speaks for it
        pytest.param("A UN official said on Monday that the army had killed civilians near the town.", "United Nations",
                     id="en-un-official"),
    ],
)
def test_un_experts_speak_in_their_own_capacity(text, speaker):
    assert [q.speaker for q in extract(text, None).quotes] == [speaker]
