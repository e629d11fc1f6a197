"""Events: fighting told by the sides it set against each other, the noun of fighting as the
subject ("heavy clashes pitted the army against the rebels on Sunday", "des combats ont opposé
...", "intensos combates enfrentaron ...", "giao tranh ... đã nổ ra"), and troops landing from
the sea ("desembarcaron", "đổ bộ lên"), are happenings of their own day. The same verbs with no
noun of fighting (a match, a debate), and the landing word as a ship's name or a storm's
landfall, are none. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2017, 10, 10)  # a Tuesday: the Sunday before is the 8th


@pytest.mark.parametrize(
    "sentence, language, kind",
    [
        pytest.param("Heavy clashes pitted the army against the rebels on Sunday near the river.", "en", "attack",
                     id="en-clashes-pitted"),
        pytest.param("Des combats intenses ont opposé des rebelles à l'armée dimanche, selon un porte-parole.", "fr",
                     "attack", id="fr-combats-opposé"),
        pytest.param("Intensos combates enfrentaron el domingo al ejército con los rebeldes cerca del río.", "es",
                     "attack", id="es-combates-enfrentaron"),
        pytest.param("Giao tranh ác liệt đã nổ ra hôm Chủ nhật giữa quân đội và phiến quân.", "vi", "attack",
                     id="vi-giao-tranh-no-ra"),
        pytest.param("Los infantes de marina desembarcaron el domingo en las playas del sur.", "es", "deployment",
                     id="es-desembarcaron"),
        pytest.param("Thủy quân lục chiến đổ bộ lên bãi biển phía nam hôm Chủ nhật.", "vi", "deployment",
                     id="vi-do-bo-len"),
        pytest.param("Hai đại đội bộ binh đổ bộ lên bờ hôm Chủ nhật gần cảng.", "vi", "deployment",
                     id="vi-do-bo-len-bo"),
    ],
)
def test_fighting_and_landing_are_dated(sentence, language, kind):
    events = body_events(sentence, language, ANCHOR)
    assert [(e.kind, e.date) for e in events] == [(kind, "2017-10-08")]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The final pitted the two best teams against each other on Sunday.", "en", id="en-final-pitted"),
        pytest.param("Le débat télévisé a opposé les deux candidats dimanche soir.", "fr", id="fr-debat-opposé"),
        pytest.param("La final enfrentó el domingo a los dos mejores equipos del torneo.", "es", id="es-final-enfrentó"),
        pytest.param("Tàu đổ bộ của hải quân neo đậu tại cảng hôm Chủ nhật.", "vi", id="vi-tau-do-bo"),
        pytest.param("Cơn bão đổ bộ vào đất liền hôm Chủ nhật.", "vi", id="vi-bao-do-bo"),
        pytest.param("Cơn bão đổ bộ lên đất liền hôm Chủ nhật.", "vi", id="vi-bao-do-bo-len-dat-lien"),
        pytest.param("Hãng xe điện đổ bộ lên thị trường miền Nam hôm Chủ nhật.", "vi", id="vi-do-bo-len-thi-truong"),
    ],
)
def test_the_verbs_without_fighting_or_troops_are_none(sentence, language):
    assert body_events(sentence, language, ANCHOR) == []
