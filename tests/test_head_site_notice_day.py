"""A day a site's notice about itself prints (its cookie banner, privacy policy or terms: "We
updated our Privacy Policy on June 1, 2023") dates the notice, never the article: neither the
text's own date nor its best estimate rests on it; the page's own date line still dates it.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

NOTICES = [
    ("en", "We updated our Privacy Policy on June 1, 2023. By continuing to browse this site you accept our use of cookies.", "Accept"),
    ("fr", "Nous avons mis à jour notre politique de confidentialité le 1er juin 2023. En poursuivant votre navigation, vous acceptez les cookies.", "Accepter"),
    ("es", "Actualizamos nuestra política de privacidad el 1 de junio de 2023. Si sigues navegando aceptas el uso de cookies.", "Aceptar"),
    ("vi", "Chúng tôi đã cập nhật chính sách bảo mật ngày 1/6/2023. Tiếp tục truy cập nghĩa là bạn đồng ý với điều khoản sử dụng.", "Đồng ý"),
]


@pytest.mark.parametrize(("language", "notice", "button"), NOTICES)
def test_a_site_notices_day_dates_no_article(language, notice, button):
    ex = extract("\n\n".join([HEADLINE[language], LEAD[language], MORE[language], notice, button]))
    assert ex.determined_date == "" and ex.text_date[0] != "2023-06-01"


@pytest.mark.parametrize(("language", "notice", "button"), NOTICES)
def test_the_pages_date_line_still_dates_it(language, notice, button):
    ex = extract("\n\n".join([HEADLINE[language], "12/03/2024", LEAD[language], MORE[language], notice, button]))
    assert ex.determined_date == "2024-03-12"
