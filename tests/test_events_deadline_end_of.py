"""Events: "by the end of 2023", "d'ici la fin de 2023", "antes de finales de 2023" bound
what must be done, as "by 31 December" does: in a resolution's sentence the withdrawal asked
for is no event of 2023; the adoption keeps its day. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2023, 6, 30)  # a Friday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The Security Council on Friday adopted a resolution ending the mission's mandate and asking for the "
                     "withdrawal of its troops by the end of 2023.", "en", id="en-by-the-end-of"),
        pytest.param("Le Conseil de sécurité a adopté vendredi une résolution qui met fin au mandat de la mission et "
                     "demande le retrait des troupes d'ici la fin de 2023.", "fr", id="fr-d-ici-la-fin-de"),
        pytest.param("El Consejo de Seguridad aprobó el viernes una resolución que pide la retirada de las tropas antes "
                     "de finales de 2023.", "es", id="es-antes-de-finales-de"),
    ],
)
def test_the_end_of_a_year_after_a_deadline_word_dates_nothing(sentence, language):
    assert [(e.date, e.kind) for e in body_events(sentence, language, ANCHOR)] == [("2023-06-30", "adoption")]
