"""Quotes: a negated verb of failing or holding back before a speech verb says the words were
said ("n'a pas manqué de rappeler que...", "no dejó de señalar que...", "did not fail to point
out that..."; quotes.yaml "litotes"), where a negation alone makes the verb none ("n'a pas dit
que..."). A statement so given lends its issuer to the quotation after it. Every sentence is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("La Minusca n'a pas manqué de rappeler que les barrages routiers sont interdits.", "MINUSCA",
                     id="fr-manque-de"),
        pytest.param("Le général Paul Mbeki n’a pas hésité à dénoncer les barrages routiers.", "Paul Mbeki",
                     id="fr-hesite-a"),
        pytest.param("La Minusca no dejó de señalar que los retenes en la carretera están prohibidos.", "MINUSCA",
                     id="es-no-dejo-de"),
        pytest.param("UNMISS did not fail to point out that roadblocks are banned.", "UNMISS", id="en-did-not-fail"),
    ],
)
def test_a_litotes_reports(text, speaker):
    assert [q.speaker for q in extract(text, None).quotes] == [speaker]


def test_a_statement_given_by_litotes_lends_its_issuer_to_the_quotation_after():
    text = ("La Minusca n’a pas manqué d’exprimer sa colère dans un communiqué publié mardi. "
            "« Ces barrages sont illégaux. Ils doivent être levés sans délai. »")
    assert [q.speaker for q in extract(text, None).quotes][-1] == "MINUSCA"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("La Minusca n'a pas manqué de venir à Bria lundi.", id="fr-no-speech"),
        pytest.param("La Minusca n'a pas dit que les barrages routiers sont interdits.", id="fr-negation"),
        pytest.param("UNMISS did not say that roadblocks are banned.", id="en-negation"),
    ],
)
def test_a_plain_negation_or_a_deed_reports_nothing(text):
    assert extract(text, None).quotes == []
