"""A headline closing on a day in brackets dates the page only when it tells what was done:
a headline about what is to come ("Le Conseil votera sur le mandat (30 juin 2025)", "Council
will vote on the mandate (30 June 2025)") prints the day of the coming happening.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

MORE = {
    "en": "The mission has about ten thousand troops in the area.",
    "fr": "La mission compte environ dix mille soldats dans la zone.",
    "es": "La misión cuenta con unos diez mil soldados en la zona.",
    "vi": "Phái bộ có khoảng mười nghìn binh sĩ trong khu vực.",
}


@pytest.mark.parametrize(("language", "title", "lead"), [
    ("en", "Council will vote on the mission's mandate (30 June 2025)",
     "The Security Council will vote on the renewal of the mandate at the end of the month, diplomats said."),
    ("fr", "Le Conseil votera sur le mandat de la mission (30 juin 2025)",
     "Le Conseil de sécurité votera sur le renouvellement du mandat à la fin du mois, selon des diplomates."),
    ("es", "El Consejo votará el mandato de la misión (30 de junio de 2025)",
     "El Consejo de Seguridad votará la renovación del mandato a finales de mes, según diplomáticos."),
    ("vi", "Hội đồng sẽ bỏ phiếu về nhiệm vụ của phái bộ (30/6/2025)",
     "Hội đồng Bảo an sẽ bỏ phiếu gia hạn nhiệm vụ vào cuối tháng, các nhà ngoại giao cho biết."),
])
def test_a_future_headlines_bracketed_day_does_not_date_the_page(language, title, lead):
    assert extract("\n\n".join([title, lead, MORE[language]])).determined_date != "2025-06-30"


@pytest.mark.parametrize(("language", "title", "lead"), [
    ("en", "Council renews the mission's mandate (30 June 2025)",
     "The Security Council renewed the mission's mandate for another year, diplomats said."),
    ("fr", "Le Conseil renouvelle le mandat de la mission (30 juin 2025)",
     "Le Conseil de sécurité a renouvelé le mandat de la mission pour un an, selon des diplomates."),
])
def test_a_past_headlines_bracketed_day_still_dates_it(language, title, lead):
    assert extract("\n\n".join([title, lead, MORE[language]])).determined_date == "2025-06-30"
