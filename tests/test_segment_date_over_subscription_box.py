"""A date line with its weekday printed above every headline, under a line of the site's
menu, with a subscription box's rows under it before the headline ("¡Hola !", an offer, a
price), is the site's clock in its header, as one above a menu is (segment: the box's rows,
like a menu's, put the date above the site's chrome, layout.date_over_menu): it estimates the
article's date (inferred) and is not the text's own date. A weekday date line right above the
headline, with no box under it, stays the article's.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract

TODAY = datetime.date(2026, 1, 1)

PAGES = {
    "es": ("• Cotizaciones", "sábado 12 de abril de 2025",
           ["¡Hola !", "Para seguir disfrutando del sitio te pedimos que actualices tus datos. Tu plan tendrá un precio promocional:",
            "DESDE", "299", "* Podés cancelar el plan en el momento que lo desees"],
           "Los cascos azules regresan al país tras un año en el Congo",
           "Alrededor de doscientos soldados regresaron el viernes al país tras un año de servicio en la misión de paz de las Naciones Unidas.",
           "El ministro los recibió en el aeropuerto."),
    "en": ("• Markets", "Saturday, April 12, 2025",
           ["Hi there", "To keep enjoying the site, please update your details. Your plan will have a promotional price:",
            "FROM", "299", "* Cancel anytime"],
           "Peacekeepers return home after a year in Congo",
           "About two hundred soldiers came home on Friday after a year of service with the United Nations peacekeeping mission.",
           "The minister met them at the airport."),
    "fr": ("• Bourse", "samedi 12 avril 2025",
           ["Bonjour,", "Pour continuer à profiter du site, mettez à jour vos données. Votre formule aura un prix promotionnel :",
            "DÈS", "299", "* Sans engagement"],
           "Les Casques bleus rentrent après un an au Congo",
           "Environ deux cents soldats sont rentrés vendredi après un an de service au sein de la mission de paix des Nations unies.",
           "Le ministre les a accueillis à l’aéroport."),
    "vi": ("Trang chủ", "Thứ Bảy, 12/04/2025",
           ["Xin chào bạn!", "Để tiếp tục đọc, vui lòng đăng nhập và cập nhật thông tin của bạn trên gói thành viên:",
            "TỪ", "299", "* Có thể hủy bất cứ lúc nào"],
           "Lính gìn giữ hòa bình trở về sau một năm ở Congo",
           "Khoảng hai trăm binh sĩ đã trở về nước hôm thứ Sáu sau một năm phục vụ tại phái bộ gìn giữ hòa bình Liên hợp quốc.",
           "Bộ trưởng đón họ tại sân bay."),
}


@pytest.mark.parametrize("language", ["es", "en", "fr", "vi"])
def test_a_weekday_date_over_a_subscription_box_is_the_sites_clock(language):
    menu, day, box, headline, lead, more = PAGES[language]
    extraction = extract("\n".join([menu, day, *box, headline, lead, more]), today=TODAY)
    assert (extraction.fields["date"], extraction.fields["date_basis"], extraction.determined_date) == ("2025-04-12", "inferred", "")
    assert extraction.fields["title"] == headline


@pytest.mark.parametrize("language", ["es", "en", "fr", "vi"])
def test_a_weekday_date_right_above_the_headline_stays_the_articles(language):
    menu, day, box, headline, lead, more = PAGES[language]
    extraction = extract("\n".join([menu, *box, day, headline, lead, more]), today=TODAY)
    assert (extraction.fields["date_basis"], extraction.determined_date) == ("explicit", "2025-04-12")
