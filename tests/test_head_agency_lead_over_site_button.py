"""A news agency the lead credits with the report ("AFP đưa tin ...", "Reuters reported",
"selon l'AFP") is the text's source over the site's own name that only the page's furniture
gives (a share bar's "follow us" button, the masthead above the menu): the page republished the
agency's dispatch. Without such a credit, or where the lead credits an outlet that is no agency,
the site's name stays.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _PLAIN_LEAD
from newsdossier.extract import extract

_MORE = {
    "en": "The mission has about ten thousand troops from forty countries in the area, and its commander met the army chief of staff on Thursday.",
    "fr": "La mission compte environ dix mille soldats venus de quarante pays dans la zone, et son commandant a rencontré jeudi le chef d'état-major.",
    "es": "La misión cuenta con unos diez mil soldados de cuarenta países en la zona, y su comandante se reunió el jueves con el jefe del Estado Mayor.",
    "vi": "Phái bộ có khoảng mười nghìn binh sĩ đến từ bốn mươi quốc gia trong khu vực, và chỉ huy của phái bộ đã gặp tổng tham mưu trưởng quân đội hôm thứ Năm.",
}
_BUTTON = {"en": "Follow Vidupost on", "fr": "Suivez Vidupost sur", "es": "Siga a Vidupost en", "vi": "Theo dõi Vidupost trên"}
_AGENCY_LEAD = {
    "en": "The peacekeeping mission said on Friday that its troops would stay in all their positions, AFP reported.",
    "fr": "La mission de paix a annoncé vendredi que ses troupes resteraient sur leurs positions, selon l'AFP.",
    "es": "La misión de paz anunció el viernes que sus tropas seguirán en sus posiciones, informó la agencia EFE.",
    "vi": "AFP đưa tin phái bộ cho biết hôm thứ Sáu rằng lực lượng sẽ ở lại tất cả các vị trí.",
}
_AGENCY = {"en": "Agence France-Presse", "fr": "Agence France-Presse", "es": "Agencia EFE", "vi": "Agence France-Presse"}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_an_agency_credited_in_the_lead_outranks_the_follow_button(language):
    text = "\n".join([_HEAD[language], _BUTTON[language], _AGENCY_LEAD[language], _MORE[language]])
    assert extract(text).fields["source"] == _AGENCY[language]


@pytest.mark.parametrize("language", ["en", "vi"])
def test_an_agency_credited_in_the_lead_outranks_the_masthead(language):
    top = ["Vidupost Online", "Home", "News", "World"] if language == "en" else ["Vidupost Online", "Thời sự", "Thế giới", "Kinh doanh"]
    text = "\n".join([*top, _HEAD[language], _AGENCY_LEAD[language], _MORE[language]])
    assert extract(text).fields["source"] == _AGENCY[language]


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_without_a_credit_in_the_lead_the_button_names_the_site(language):
    # (must not change)
    text = "\n".join([_HEAD[language], _BUTTON[language], _PLAIN_LEAD[language], _MORE[language]])
    assert extract(text).fields["source"] == "Vidupost"


_COPYRIGHT = {
    "en": "© 2025 Vidupost. All rights reserved.",
    "fr": "© 2025 Vidupost. Tous droits réservés.",
    "es": "© 2025 Diario Vidupost. Todos los derechos reservados.",
    "vi": "© 2025 Báo Vidupost. Bảo lưu mọi quyền.",
}
_REPORTED_LEAD = {
    **_AGENCY_LEAD,
    "fr": "La mission de paix a annoncé vendredi que ses troupes resteraient sur leurs positions, a rapporté l'AFP.",
    "es": "La misión de paz anunció el viernes que sus tropas seguirán en sus posiciones pese a las advertencias, informó AFP.",
}
_REPORTED_AGENCY = {**_AGENCY, "es": "Agence France-Presse"}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_an_agency_credited_in_the_lead_outranks_the_site_copyright(language):
    text = "\n".join([_HEAD[language], _REPORTED_LEAD[language], _MORE[language], _COPYRIGHT[language]])
    assert extract(text).fields["source"] == _REPORTED_AGENCY[language]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_without_a_credit_in_the_lead_the_copyright_names_the_site(language):
    # (must not change)
    text = "\n".join([_HEAD[language], _PLAIN_LEAD[language], _MORE[language], _COPYRIGHT[language]])
    assert "Vidupost" in extract(text).fields["source"]
