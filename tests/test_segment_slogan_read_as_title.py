"""A site's slogan printed right under its name at the top of a copied page ("Harbour Post" /
"News and views from the valleys") is no headline: where it was read as the title, the
headline is the line above the page's date line further down, or the first headline-like
line under the menu, when the text echoes that line more than the slogan (a slogan naming
the topics the site covers is echoed too). A headline printed
right under the site's name, its summary and date under it, stays the title.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_CASES = {
    "en": ("Harbour Post", "News and views on Rwanda, Darfur and the army", ["Home", "World", "Sport"],
           "Rwandan engineers leave for Darfur", "March 5, 2024",
           "More than one hundred Rwandan engineers left for Darfur on Friday to relieve the unit serving there since last year, the army said.",
           "The engineers will repair roads and bridges around the camps in Darfur during their year of service."),
    "fr": ("Horizon Sahel", "L'armée, le Darfour et le Rwanda au quotidien", ["Accueil", "Politique", "Société"],
           "Des ingénieurs rwandais partent pour le Darfour", "5 mars 2024",
           "Plus de cent ingénieurs rwandais sont partis vendredi pour le Darfour afin de relever l'unité qui y servait depuis l'an dernier, a indiqué l'armée.",
           "Les ingénieurs répareront les routes et les ponts autour des camps du Darfour pendant leur année de service."),
    "es": ("Brújula Sur", "El ejército, Darfur y Ruanda cada día", ["Inicio", "Nacionales", "Deportes"],
           "Ingenieros ruandeses parten hacia Darfur", "marzo 5, 2024",
           "Más de cien ingenieros ruandeses partieron el viernes hacia Darfur para relevar a la unidad que servía allí desde el año pasado, informó el ejército.",
           "Los ingenieros repararán caminos y puentes alrededor de los campamentos de Darfur durante su año de servicio."),
    "vi": ("Ánh Dương", "Quân đội và Darfur mỗi ngày cho người Việt", ["Trang chủ", "Thời sự", "Thế giới"],
           "Công binh Rwanda lên đường sang Darfur", "05.03.2024 10:42",
           "Hơn một trăm công binh Rwanda đã lên đường sang Darfur hôm thứ Sáu để thay thế đơn vị phục vụ ở đó từ năm ngoái, quân đội cho biết.",
           "Các công binh sẽ sửa chữa đường sá và cầu cống quanh các trại ở Darfur trong một năm phục vụ."),
}


@pytest.mark.parametrize("language", sorted(_CASES))
def test_the_headline_over_the_date_line_replaces_the_slogan(language):
    site, slogan, menu, headline, date, lead, more = _CASES[language]
    assert extract("\n".join([site, slogan, *menu, headline, date, lead, more])).fields["title"] == headline


@pytest.mark.parametrize("language", ["en", "fr"])
def test_with_no_date_line_the_first_headline_under_the_menu_replaces_the_slogan(language):
    site, slogan, menu, headline, _, lead, more = _CASES[language]
    assert extract("\n".join([site, slogan, *menu, headline, lead, more])).fields["title"] == headline


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_headline_right_under_the_site_s_name_stays_the_title(language):
    site, _, _, headline, date, lead, more = _CASES[language]
    summary = {"en": "The unit will spend a year repairing roads around the camps in Darfur",
               "es": "La unidad pasará un año reparando caminos alrededor de los campamentos de Darfur"}[language]
    assert extract("\n".join([site, headline, summary, date, lead, more])).fields["title"] == headline
