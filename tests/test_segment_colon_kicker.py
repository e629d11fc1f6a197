"""A kicker closed by a colon printed above the headline ("Dispuso del buque para repatriar los
equipos:") is page furniture, not the title, whether the page's text begins on it or menu
lines come first (newsdossier.segment).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

CASES = [
    pytest.param("Ottawa to send more troops to the UN force in Lebanon:",
                 "Canada sends 200 soldiers to Lebanon to relieve the Irish contingent",
                 "A contingent of 200 soldiers will leave in mid-May for southern Lebanon to relieve the Irish contingent, the ministry said.",
                 ["Home", "World"], id="en"),
    pytest.param("Le Canada renforce sa présence au sein de la force de l'ONU au Liban :",
                 "Ottawa dépêche 200 soldats au Liban pour relever le contingent irlandais",
                 "Un contingent de 200 soldats partira vers le sud du Liban pour relever le contingent irlandais, a indiqué le ministère.",
                 ["Accueil", "Monde"], id="fr"),
    pytest.param("Dispuso del buque Aldea para repatriar los equipos del contingente en Haití:",
                 "La Armada prepara su retiro definitivo de Haití tras trece años",
                 "La Armada prepara el retiro de los equipos del contingente que sirvió trece años en Haití, informó el Estado Mayor.",
                 ["Inicio", "Internacional"], id="es"),
    pytest.param("Bộ Quốc phòng tăng cường lực lượng tại phái bộ Liên hợp quốc ở Abyei:",
                 "Việt Nam cử thêm 200 quân nhân tới Abyei để thay thế đội công binh",
                 "Việt Nam sẽ cử thêm 200 quân nhân tới Abyei để thay thế đội công binh vào giữa tháng 5, Bộ Quốc phòng cho biết.",
                 ["Trang chủ", "Thế giới"], id="vi"),
]
SECOND = "A second paragraph follows the first one. It ends here."


@pytest.mark.parametrize(("kicker", "headline", "lead", "menu"), CASES)
def test_a_colon_kicker_opening_the_text_is_not_the_title(kicker, headline, lead, menu):
    assert segment("\n\n".join([kicker, headline, lead, SECOND])).title == headline


@pytest.mark.parametrize(("kicker", "headline", "lead", "menu"), CASES)
def test_a_colon_kicker_under_the_menu_is_not_the_title(kicker, headline, lead, menu):
    assert segment("\n\n".join([*menu, kicker, headline, lead, SECOND])).title == headline
