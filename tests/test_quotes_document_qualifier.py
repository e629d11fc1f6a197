"""Quotes: a document qualified by a body's word ("a ministry statement", "a statement from the
ministry", "le communiqué du ministère", "un comunicado del ministerio", "a military statement")
is that body's: it speaks when the article names it, else no one does; never the last body
that spoke before (a mission, most often). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("Le ministère de la Défense a annoncé la relève du contingent lundi. La Finul a salué le travail accompli.\n\n"
                     "« Les nouvelles troupes sont arrivées à Naqoura dimanche soir », selon un communiqué du ministère.",
                     "Ministry of Defence", id="fr-communique-du-ministere-named"),
        pytest.param("El Ministerio de Defensa anunció el relevo del contingente. La Finul agradeció el trabajo realizado.\n\n"
                     "\"Las nuevas tropas llegaron a Naqura el domingo\", señaló un comunicado del ministerio.",
                     "Ministry of Defence", id="es-comunicado-del-ministerio-named"),
        pytest.param("The Ministry of Defence announced the rotation of the contingent on Monday. UNIFIL said the handover "
                     "went smoothly.\n\nThe new troops arrived in Naqoura on Sunday night, a ministry statement said.",
                     "Ministry of Defence", id="en-ministry-statement-named"),
    ],
)
def test_the_body_qualifying_the_document_speaks(text, speaker):
    assert speakers_of(text)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("UNMISS said two patrols were delayed at a checkpoint near Bor.\n\n"
                     "The soldiers were released after two hours, according to a statement from the ministry.",
                     id="en-statement-from-the-ministry"),
        pytest.param("La Finul informó de que dos patrullas fueron retenidas cerca de Tiro.\n\n"
                     "Los soldados fueron liberados tras dos horas, según un comunicado del ministerio.",
                     id="es-comunicado-del-ministerio"),
        pytest.param("MINUSCA said its convoy was attacked near Bangassou on Monday.\n\n"
                     "Three attackers were arrested the next day, a military statement said.", id="en-military-statement"),
        pytest.param("La Minusma a dépêché des renforts à Tessalit mardi.\n\n"
                     "« Les assaillants ont été repoussés après deux heures de combat », selon le communiqué du ministère.",
                     id="fr-communique-du-ministere"),
    ],
)
def test_a_document_of_a_body_not_named_is_no_ones(text):
    assert speakers_of(text)[-1] == ""
