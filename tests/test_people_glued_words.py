"""A name printed again with the everyday word after it glued on, where a line runs on
without a stop ("Marc Lefort Hier soir, ..." after a heading, "Okafor Urges All Sides" in a
headline), is the person the article names without that word ("Marc Lefort", "Grace
Okafor"): the longer form ends with dictionary words only (no given name, no frequent
family name) and begins with the whole or the last words of one other name of the article.
A name going on with a word that is no dictionary word ("Ana Ruiz Quintanilla") or a family
name is kept, and so is a Vietnamese name printed without its marks whose syllables happen to
be everyday words ("Lam Si Tan" beside "Vu Hong Lam"): a listed family name, then syllables,
opening on another name's last syllables only; one opening on another's whole name ("Vu Hong
Lam Hit" in a headline) is that person with a word glued on. Every text is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def people_of(text: str) -> list[str]:
    """The names of the people the extraction keeps for a text, sorted."""
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "person")


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param("Okafor Urges All Sides to Stop Firing at Once\n\nThe mission's spokesperson Grace Okafor  said that "
                     "\"at around 9 pm, two shells hit a base near the village, wounding one peacekeeper.\"\n\n"
                     "\"Yesterday our bases were hit twice,\" she said.",
                     ["Grace Okafor"], id="en-headline-verb"),
        pytest.param("Lam Urges All Sides to Stop Firing at Once\n\nThe mission's spokesperson Vu Hong Lam said that the shelling "
                     "went on through the night.",
                     ["Vu Hong Lam"], id="en-headline-verb-after-a-vietnamese-name"),
        pytest.param("Vu Hong Lam Hit By Shell Fragments at the Camp\n\nThe mission's spokesperson Vu Hong Lam said that the "
                     "shelling went on through the night.",
                     ["Vu Hong Lam"], id="en-headline-verb-after-a-whole-vietnamese-name"),
        pytest.param("Tran Ngoc Dinh Met Elders of the Village\n\nThe sector commander, Colonel Tran Ngoc Dinh, said that the "
                     "talks went on through the night.",
                     ["Tran Ngoc Dinh"], id="en-headline-met-after-a-whole-vietnamese-name"),
        pytest.param("Le départ du colonel Marc Lefort\nLe départ du colonel Marc Lefort Hier soir, dans la cour de la caserne "
                     "à Grenoble, le colonel Marc Lefort a quitté le commandement du bataillon.",
                     ["Marc Lefort"], id="fr-heading-runs-on"),
        pytest.param("La despedida del coronel Julián Barreda\nLa despedida del coronel Julián Barreda Ayer por la tarde, en el "
                     "patio del cuartel de Zaragoza, el coronel Julián Barreda dejó el mando de la unidad.",
                     ["Julián Barreda"], id="es-heading-runs-on"),
    ],
)
def test_a_name_with_an_everyday_word_glued_on_is_the_shorter_name(text, people):
    assert people_of(text) == people


@pytest.mark.parametrize(
    "text, people",
    [
        pytest.param("La coronela Ana Ruiz visitó la base. Ana Ruiz Quintanilla dirigió después la ceremonia de relevo en el cuartel.",
                     ["Ana Ruiz Quintanilla"], id="es-second-family-name"),
        pytest.param("Le porte-parole Andrea Ricci a parlé lundi. Ricci Bianchi, son adjoint, a visité la clinique du camp.",
                     ["Andrea Ricci", "Ricci Bianchi"], id="fr-another-person-after-a-surname"),
        pytest.param("Colonel Sara Lind met the mayor. The deputy commander, Ola Lind, spoke to the press after the visit.",
                     ["Ola Lind", "Sara Lind"], id="two-people-one-family-name"),
        pytest.param("Colonel Vu Hong Lam handed the flag to Lieutenant Colonel Lam Si Tan at the camp.",
                     ["Lam Si Tan", "Vu Hong Lam"], id="en-vietnamese-name-opening-on-another-s-last-syllable"),
        pytest.param("General Tran Ngoc Dinh thanked Colonel Dinh Tan Ha for the work of the engineers.",
                     ["Dinh Tan Ha", "Tran Ngoc Dinh"], id="en-vietnamese-syllables-that-are-english-words"),
        pytest.param("Le général Vu Hong Lam a remis le drapeau au colonel Lam Tan Ha au camp de Bentiu.",
                     ["Lam Tan Ha", "Vu Hong Lam"], id="fr-vietnamese-name-unaccented"),
        pytest.param("El general Vu Hong Lam entregó la bandera al coronel Lam Tan Ha en el campamento.",
                     ["Lam Tan Ha", "Vu Hong Lam"], id="es-vietnamese-name-unaccented"),
    ],
)
def test_longer_names_are_kept(text, people):
    assert people_of(text) == people
