"""Events: a completion deadline ("d'ici au 31 décembre", "by December 31st", "antes del 31
de diciembre") or the end of a stay ("until July 3", "jusqu'au 3 juillet", "hasta el 3 de
julio") is a bound of a span or a target, no day of a happening (tests/corpus/README.md: a
bare span is no event); "au" and "à" may stand between "d'ici" and its date, as "le" does.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

FRIDAY = PartialDate(2024, 10, 11)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Le retrait des troupes doit être achevé d'ici au 31 décembre.", "fr", id="fr-d-ici-au"),
        pytest.param("Le retrait des troupes doit être terminé d'ici à la fin de 2025.", "fr", id="fr-d-ici-a-la-fin"),
        pytest.param("The withdrawal of the troops is to be completed by December 31st.", "en", id="en-by"),
        pytest.param("La retirada de las tropas debe completarse antes del 31 de diciembre.", "es", id="es-antes-del"),
        pytest.param("The minister is on a visit to Mali until July 3.", "en", id="en-visit-until"),
        pytest.param("Le ministre effectue une visite au Mali jusqu'au 3 juillet.", "fr", id="fr-visit-jusqu-au"),
        pytest.param("El ministro realiza una visita a Malí hasta el 3 de julio.", "es", id="es-visit-hasta"),
    ],
)
def test_a_deadline_or_a_stay_s_end_dates_no_happening(sentence, language):
    assert [e.date for e in body_events(sentence, language, FRIDAY)] == []
