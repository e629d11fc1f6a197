"""A site's notice about itself printed at the top of the page, before the headline ("We
updated our Privacy Policy on June 1, 2023", a cookie banner's day) is the page's furniture:
its day dates the notice, not the article, and gives no estimate of the article's date even
where it is the first paragraph the page prints. The same day told in the article's lead
still dates it.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

NOTICE = {
    "en": "We updated our Privacy Policy on June 1, 2023.",
    "fr": "Nous avons mis à jour notre politique de confidentialité le 1er juin 2023.",
    "es": "Actualizamos nuestra política de privacidad el 1 de junio de 2023.",
    "vi": "Chúng tôi đã cập nhật chính sách bảo mật ngày 01/06/2023.",
}
DATED_LEAD = {
    "en": "The peacekeeping mission said on 1 June 2023 that its troops would stay in all their positions.",
    "fr": "La mission de paix a annoncé le 1er juin 2023 que ses troupes resteraient sur toutes leurs positions.",
    "es": "La misión de paz anunció el 1 de junio de 2023 que sus tropas seguirán en todas sus posiciones.",
    "vi": "Ngày 01/06/2023, phái bộ cho biết lực lượng sẽ ở lại tất cả các vị trí.",
}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_site_notice_opening_the_page_gives_no_date(language):
    extraction = extract("\n\n".join([NOTICE[language], HEADLINE[language], LEAD[language], MORE[language]]))
    assert extraction.text_date[:2] == ("", "unknown")


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_the_same_day_in_the_lead_still_dates_the_article(language):
    # (must not change) the article's own lead tells the day
    extraction = extract("\n\n".join([NOTICE[language], HEADLINE[language], DATED_LEAD[language], MORE[language]]))
    assert extraction.text_date[:2] == ("2023-06-01", "inferred")


# the article's own lead, under its headline, telling of a privacy policy: no notice of the site
PRIVACY_LEAD = {
    "en": "The peacekeeping mission said on 1 June 2023 that its patrols had broken no privacy policy when filming the march.",
    "fr": "La mission de paix a assuré le 1er juin 2023 que ses patrouilles n'avaient enfreint aucune politique de confidentialité.",
    "es": "La misión de paz aseguró el 1 de junio de 2023 que sus patrullas no violaron ninguna política de privacidad al filmar la marcha.",
    "vi": "Ngày 01/06/2023, phái bộ khẳng định các đội tuần tra không vi phạm chính sách bảo mật nào khi quay phim cuộc tuần hành.",
}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_lead_under_the_headline_naming_a_privacy_policy_still_dates_the_article(language):
    extraction = extract("\n\n".join([HEADLINE[language], PRIVACY_LEAD[language], MORE[language]]))
    assert extraction.text_date[:2] == ("2023-06-01", "inferred")
