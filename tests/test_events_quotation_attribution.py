"""Events: a verb of condemning or deploring set right after a quotation as its attribution
("«Es un crimen», denunció ayer el ministro", "« C'est inacceptable », a dénoncé lundi le
porte-parole") says who spoke the quoted words, as "dijo" does there: a statement, not a
condemnation told as a happening of its own. The same verb with an object of its own
("condenó el lunes el ataque") stays an event. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2026, 9, 12)  # a Saturday


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("\"No aceptaremos más ataques contra nuestras tropas\", denunció ayer el ministro de Defensa, Juan Pérez.",
                     "es", id="es-denuncio"),
        pytest.param("«Es un crimen de guerra», condenó el martes el portavoz de la misión, Luis Gómez.", "es", id="es-condeno"),
        pytest.param("« C'est lâche et inacceptable », a dénoncé lundi le porte-parole, Paul Martin.",
                     "fr", id="fr-denonce"),
        pytest.param("“Đây là hành động hèn hạ”, người phát ngôn Nguyễn Văn An lên án hôm thứ Hai.", "vi", id="vi-len-an"),
    ],
)
def test_a_verb_attributing_a_quotation_tells_no_event(sentence, language):
    assert [(e.kind, e.date) for e in body_events(sentence, language, ANCHOR)] == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("El ministro condenó el lunes el ataque contra la base.", "es", "2026-09-07", id="es"),
        pytest.param("Le ministre a condamné lundi l'attaque contre la base.", "fr", "2026-09-07", id="fr"),
    ],
)
def test_a_condemnation_with_its_own_object_stays_an_event(sentence, language, expected):
    assert expected in [e.date for e in body_events(sentence, language, ANCHOR)]
