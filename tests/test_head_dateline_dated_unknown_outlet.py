"""A dateline printed whole, the place, the day with its year, then a name in brackets and a
dash ("Portland, May 14, 2021 (Example Media) - ..."), where the reference knows neither the
place nor the name: the name credits the dispatch (a small site's own code, as the rulebook's
"Madrid (ECS).-", or an agency's), as printed; the place is the dateline. The day written
whole is what makes the opening a dateline where the place is unknown. Words in brackets that
are no name (a gloss in lower case, a place the gazetteer knows) credit nothing, after any
place.

Every text is invented for the tests; the headline and the second paragraph are
tests/headcases.py's.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, MORE
from newsdossier.extract import extract

OPENING = {
    "en": "the council said its observers would return to the valley before the rains.",
    "fr": "le conseil a indiqué que ses observateurs retourneraient dans la vallée avant les pluies.",
    "es": "el consejo indicó que sus observadores volverán al valle antes de las lluvias.",
    "vi": "hội đồng cho biết các quan sát viên sẽ trở lại thung lũng trước mùa mưa.",
}


def _page(lang: str, opening: str) -> str:
    return f"{HEADLINE[lang]}\n\n{opening} {OPENING[lang]}\n\n{MORE[lang]}"


@pytest.mark.parametrize(("lang", "opening", "place", "source", "date"), [
    ("fr", "Annecy, 3 mars 2024 (Écho Citoyen) – Mardi,", "Annecy", "Écho Citoyen", "2024-03-03"),
    ("fr", "Tulle, 12 sept 2025 (Radio Fleuve Ouest) – Vendredi,", "Tulle", "Radio Fleuve Ouest", "2025-09-12"),
    ("en", "Portland, May 14, 2021 (Harbour Light News) - On Friday", "Portland", "Harbour Light News", "2021-05-14"),
    ("es", "Paysandú, 5 de junio de 2023 (Voz del Litoral) - El lunes", "Paysandú", "Voz del Litoral", "2023-06-05"),
    ("vi", "Buôn Ma Thuột, ngày 3 tháng 3 năm 2024 (Tin Làng Quê) - Hôm thứ Ba,", "Buôn Ma Thuột", "Tin Làng Quê", "2024-03-03"),
])
def test_a_name_in_brackets_after_a_whole_day_credits_the_dispatch(lang, opening, place, source, date):
    fields = extract(_page(lang, opening)).fields
    assert (fields.get("dateline"), fields.get("source"), fields.get("date")) == (place, source, date)


@pytest.mark.parametrize(("lang", "opening"), [
    # no day: a capitalised word and a name in brackets may open any sentence
    ("en", "Portland (Harbour Light News) - On Friday"),
    # words in lower case in the brackets: a gloss, no name (after a place the gazetteer knows too)
    ("fr", "Annecy, 3 mars 2024 (heure locale) – Mardi,"),
    ("fr", "Lyon, 3 mars 2024 (heure locale) – Mardi,"),
    # a country in the brackets: the place's, no outlet
    ("es", "Rosario, 5 de junio de 2023 (Argentina) - El lunes"),
    # capitalised words that name no outlet: a picture's credit (an agency credited for a
    # picture only), a writer's role, an update's label, a gloss of the hour
    ("en", "Portland, May 14, 2021 (AP Photo) - On Friday"),
    ("en", "Portland, May 14, 2021 (Correspondent) - On Friday"),
    ("en", "Portland, May 14, 2021 (Updated) - On Friday"),
    ("fr", "Annecy, 3 mars 2024 (Correspondance) – Mardi,"),
    ("fr", "Annecy, 3 mars 2024 (Heure Locale) – Mardi,"),
    ("es", "Paysandú, 5 de junio de 2023 (Corresponsal) - El lunes"),
    ("es", "Paysandú, 5 de junio de 2023 (Actualizado) - El lunes"),
    ("es", "Paysandú, 5 de junio de 2023 (Hora Local) - El lunes"),
    ("vi", "Buôn Ma Thuột, ngày 3 tháng 3 năm 2024 (Giờ Địa Phương) - Hôm thứ Ba,"),
    ("vi", "Buôn Ma Thuột, ngày 3 tháng 3 năm 2024 (Ảnh Minh Họa) - Hôm thứ Ba,"),
    # a headline's kicker or a section's name in the brackets
    ("en", "Portland, May 14, 2021 (Exclusive) - On Friday"),
    ("en", "Portland, May 14, 2021 (Editorial) - On Friday"),
    ("fr", "Annecy, 3 mars 2024 (Exclusif) – Mardi,"),
    ("es", "Paysandú, 5 de junio de 2023 (Opinión) - El lunes"),
    # a person's name in the brackets, or before the day
    ("en", "Portland, May 14, 2021 (John Harbour) - On Friday"),
    ("es", "Paysandú, 5 de junio de 2023 (María Litoral) - El lunes"),
    ("en", "John Roe, May 14, 2021 (Harbour Light News) - On Friday"),
    # before the day, no place: a byline, a weekday, an update's label
    ("en", "By Jane Roe, May 14, 2021 (Harbour Light News) - On Friday"),
    ("fr", "Par Jean Dupont, 3 mars 2024 (Écho Citoyen) – Mardi,"),
    ("es", "Por María López, 5 de junio de 2023 (Voz del Litoral) - El lunes"),
    ("en", "Monday, May 14, 2021 (Harbour Light News) - On Friday"),
    ("es", "Actualizado, 5 de junio de 2023 (Voz del Litoral) - El lunes"),
])
def test_no_name_or_no_whole_day_credits_nothing(lang, opening):
    assert extract(_page(lang, opening)).fields.get("source") in ("", None)
