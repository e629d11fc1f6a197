"""The date a site prints in a bar at the top of its pages, above its menu ("sábado 05 de julio
de 2025", "Sat. Oct 12th, 2024"): the day the page was saved, not the article's. It gives way
to the date printed in the article's head (beside the byline, under the headline) and to the
dispatch's dateline; printed alone with its weekday (a site's clock), it is the latest day the
article can be from: the estimate (inferred), no date the text determines. Every page head here
is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import segment

BODY = {
    "es": "La misión de las Naciones Unidas anunció que reforzará sus patrullas en las provincias del norte tras varios ataques contra civiles. Llegarán nuevas tropas.\n",
    "en": "The United Nations mission said it would step up patrols in the northern provinces after several attacks on civilians. New troops are expected.\n",
    "fr": "La mission des Nations unies a annoncé qu'elle renforcerait ses patrouilles dans les provinces du nord après plusieurs attaques contre des civils.\n",
    "vi": "Phái bộ Liên Hợp Quốc cho biết sẽ tăng cường tuần tra tại các tỉnh miền bắc sau nhiều vụ tấn công nhằm vào dân thường. Quân mới sẽ tới.\n",
}
BAR = {  # (the bar's date, the menu, the headline)
    "es": ("sábado 05 de julio de 2025", "Portada\nInternacional\nPolítica", "La misión de la ONU refuerza sus patrullas en el norte"),
    "en": ("Sat. Oct 12th, 2024", "Home\nWorld\nPolitics", "Peacekeepers step up patrols in the north"),
    "fr": ("Mardi 3 juin 2025", "Accueil\nMonde\nPolitique", "La mission de l'ONU renforce ses patrouilles dans le nord"),
    "vi": ("Thứ Bảy, 05/07/2025", "Trang chủ\nThế giới\nChính trị", "Phái bộ Liên Hợp Quốc tăng cường tuần tra ở miền bắc"),
}


def _date(text: str) -> tuple[str, str]:
    """(the article's date as the text determines it, its basis)."""
    found = extract(text, None)
    return found.determined_date, found.text_date[1]


@pytest.mark.parametrize(("language", "dateline", "expected"), [
    ("es", "GOMA, 3 jul (EFE).- ", "2025-07-03"),
    ("en", "JUBA, Oct 10 (Reuters) - ", "2024-10-10"),
    ("en", "JUBA, South Sudan, October 10, 2024 — ", "2024-10-10"),
    ("fr", "BAMAKO, 1er juin (AFP) - ", "2025-06-01"),
    ("vi", "JUBA, 3/7 (TTXVN) - ", "2025-07-03"),
])
def test_a_date_bar_above_the_menu_gives_way_to_the_dispatch_s_dateline(language, dateline, expected):
    day, menu, headline = BAR[language]
    text = f"{day}\n{menu}\n\n{headline}\n\n{dateline}{BODY[language]}"
    assert _date(text) == (expected, "explicit")


@pytest.mark.parametrize(("language", "masthead", "byline", "expected"), [
    ("es", "El Diario del Sur | sábado 05 de julio de 2025", "Por Juan Pérez | 3 de julio de 2025 - 10:20", "2025-07-03"),
    ("fr", "Le Courrier du Sud | Mardi 3 juin 2025", "Par Marie Dupont | 30 mai 2025 à 10h15", "2025-05-30"),
    ("en", "The Daily Courier | Sat. Oct 12th, 2024", "By Jane Doe | October 9, 2024 10:20", "2024-10-09"),
    ("vi", "Báo Tin Nhanh | Thứ Bảy, 05/07/2025", "Theo Nguyễn Văn An | 03/07/2025 08:15", "2025-07-03"),
])
def test_a_date_beside_the_site_s_name_above_the_menu_gives_way_to_the_byline_s(language, masthead, byline, expected):
    _, menu, headline = BAR[language]
    text = f"{masthead}\n{menu.replace(chr(10), ' | ')}\n\n{headline}\n\n{byline}\n\n{BODY[language]}"
    assert _date(text) == (expected, "explicit")


# the bar's date printed alone, naming its weekday, is the site's clock: it bounds the estimate
@pytest.mark.parametrize(("language", "expected"), [("es", "2025-07-05"), ("en", "2024-10-12"), ("fr", "2025-06-03"), ("vi", "2025-07-05")])
def test_a_date_bar_alone_only_bounds_the_estimate(language, expected):
    day, menu, headline = BAR[language]
    text = f"{day}\n{menu}\n\n{headline}\n\n{BODY[language]}"
    assert segment(text).date_over_menu
    found = extract(text, None)
    assert (found.determined_date, found.fields["date"], found.fields["date_basis"]) == ("", expected, "inferred")


# (must not change) a date line right under the headline is the article's, whatever the menu
# above; and a date printed right above the headline, with no menu between, is no site's bar:
# it stays the date beside a dispatch of the day before
@pytest.mark.parametrize(("text", "expected"), [
    (f"Home\nWorld\nPolitics\n\n{BAR['en'][2]}\n\nSaturday, October 12, 2024\n\n{BODY['en']}", "2024-10-12"),
    (f"Accueil\nMonde\n\n{BAR['fr'][2]}\n\nMardi 3 juin 2025\n\n{BODY['fr']}", "2025-06-03"),
    (f"October 12, 2024\n\n{BAR['en'][2]}\n\nJUBA, Oct 11 (Reuters) - {BODY['en']}", "2024-10-12"),
])
def test_a_date_under_the_headline_or_right_above_it_stays_the_date(text, expected):
    assert _date(text) == (expected, "explicit")
