"""Events: a statement printed with its own day and the happening it speaks of with another
("The Council on 8 March condemned the attack of 7 March", "a condamné le 8 mars l'attaque
du 7 mars"): the happening keeps its own day, the statement's day is the telling's. A day
right after a verb, led by a word leading a date ("le", "el", "on"), is the verb's rather
than the noun following it; and the day a framing statement holds is never lent to the
happening it frames when that one has none of its own nearer.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2022, 6, 4)
HAPPENING_KINDS = {"attack", "casualty"}


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The Security Council on 8 March strongly condemned the attack on a UN convoy near Gao on 7 March "
                     "that killed two peacekeepers.", "en", id="en-statement-day-first"),
        pytest.param("Le Conseil de sécurité a condamné le 8 mars l'attaque du 7 mars contre un convoi de l'ONU près de Gao.",
                     "fr", id="fr-day-after-verb"),
        pytest.param("Le ministre a dénoncé le 8 mars l'embuscade du 7 mars contre une patrouille près de Gao.",
                     "fr", id="fr-ambush"),
        pytest.param("El Consejo de Seguridad condenó el 8 de marzo el ataque del 7 de marzo contra un convoy cerca de Gao.",
                     "es", id="es-unchanged"),
        pytest.param("Hội đồng Bảo an ngày 8/3 đã lên án vụ tấn công nhằm vào đoàn xe gần Gao ngày 7/3.", "vi",
                     id="vi-unchanged"),
    ],
)
def test_the_happening_keeps_its_own_day(sentence, language):
    events = body_events(sentence, language, ANCHOR)
    happenings = [e.date for e in events if e.kind in HAPPENING_KINDS]
    assert "2022-03-07" in happenings
    assert "2022-03-08" not in happenings


def test_the_statements_own_day_dates_no_happening_of_its_own():
    # a wire's day inside the lead's sentence, held by the condemning: no second happening
    sentence = ("PARIS, 27 octobre (Agence) -- Le chef de l'ONU a condamné samedi les attaques commises au Mali "
                "contre des Casques bleus.")
    events = body_events(sentence, "fr", PartialDate(2018, 10, 28))
    assert [e.date for e in events] == ["2018-10-27"]
