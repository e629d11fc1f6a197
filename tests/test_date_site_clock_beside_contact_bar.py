"""A date printed with its weekday above every headline, with the site's contact bar beside or
under it (a hotline's or a telephone's number, an e-mail address, after its label:
"Hotline: 0800 123 456", "Email: desk@example.org"), is the site's clock, the day the page was
saved: it estimates the date (inferred) but is not the text's own. A bare day there (no
weekday) may be the article's own and stays so; so does a weekday's date with no contact bar,
and a number to call inside the text dates nothing. Every page here is of our own making."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import site_contact_bar

DAY = {
    "en": "Thursday, 12 March 2026 10:05",
    "fr": "Jeudi 12 mars 2026 10:05",
    "es": "Jueves, 12 de marzo de 2026 10:05",
    "vi": "Thứ năm 12/03/2026 10:05",
}
BARE_DAY = {"en": "12 March 2026", "fr": "12 mars 2026", "es": "12 de marzo de 2026", "vi": "12/03/2026"}
CONTACT = {
    "en": "Hotline: 0800 123 456 Email: desk@example.org",
    "fr": "Téléphone : 01 23 45 67 89 Courriel : redaction@example.org",
    "es": "Teléfono: +34 912 345 678 Correo: redaccion@example.org",
    "vi": "Đường dây nóng: 0123.456.789 Email: toasoan@example.vn",
}
HEADLINE = {
    "en": "Engineers rebuild the bridge at the river crossing",
    "fr": "Les sapeurs reconstruisent le pont sur la rivière",
    "es": "Los zapadores reconstruyen el puente sobre el río",
    "vi": "Công binh xây lại cây cầu qua sông",
}
LEAD = {
    "en": "Engineers of the battalion rebuilt the bridge at the river crossing this week, reopening the road to the camp for the convoys.",
    "fr": "Les sapeurs du bataillon ont reconstruit cette semaine le pont sur la rivière, rouvrant la route du camp aux convois.",
    "es": "Los zapadores del batallón reconstruyeron esta semana el puente sobre el río y reabrieron la carretera del campamento.",
    "vi": "Công binh của tiểu đoàn đã xây lại cây cầu qua sông trong tuần này, thông lại con đường tới doanh trại cho các đoàn xe.",
}


def _read(language: str, head: list[str]) -> tuple[str, str]:
    extraction = extract("\n".join([*head, "", HEADLINE[language], "", LEAD[language]]))
    return extraction.fields["date_basis"], extraction.determined_date


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
@pytest.mark.parametrize("layout", ["bar-under", "bar-beside", "bar-under-day-again"])
def test_a_weekday_date_beside_the_contact_bar_is_the_site_clock(language, layout):
    head = {
        "bar-under": [DAY[language], CONTACT[language]],
        "bar-beside": [f"{DAY[language]} | {CONTACT[language]}"],
        # (the bar printing the day again before the contacts, under the day alone)
        "bar-under-day-again": [DAY[language], f"{DAY[language]} {CONTACT[language]}"],
    }[layout]
    assert _read(language, head) == ("inferred", "")


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_weekday_date_run_into_the_contact_bar_estimates_the_date(language):
    # (the clock's day on the bar's own line, no separator: the day estimates the date, as the
    # site's clock does, but is not the text's own)
    extraction = extract("\n".join([f"{DAY[language]} {CONTACT[language]}", "", HEADLINE[language], "", LEAD[language]]))
    assert (extraction.fields["date"], extraction.fields["date_basis"], extraction.determined_date) == ("2026-03-12", "inferred", "")


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_bare_day_over_the_contact_bar_stays_the_page_date(language):
    assert _read(language, [BARE_DAY[language], CONTACT[language]]) == ("explicit", "2026-03-12")


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_bare_day_run_into_the_contact_bar_stays_the_page_date(language):
    # (the day printed on the bar's own line, no weekday: the page's date, as over the bar)
    assert _read(language, [f"{BARE_DAY[language]} {CONTACT[language]}"]) == ("explicit", "2026-03-12")


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_weekday_date_without_contact_bar_stays_the_page_date(language):
    assert _read(language, [DAY[language]]) == ("explicit", "2026-03-12")


# A writer's byline with the writer's own number or address ("By Jane Roe, Tel: ..."): the
# writer's contact, no site's bar; the date over it stays the page's and the writer is read.
BYLINE_CONTACT = {
    "en": ("By Jane Roe, Tel: 0800 123 456", "Jane Roe"),
    "fr": ("Par Jean Dupont, Téléphone : 01 23 45 67 89", "Jean Dupont"),
    "es": ("Por Juan Pérez, Teléfono: 912 345 678", "Juan Pérez"),
    "vi": ("Tác giả Nguyễn Văn An, ĐT: 0912 345 678", "Nguyễn Văn An"),
}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_byline_with_the_writers_contact_is_no_contact_bar(language):
    byline, writer = BYLINE_CONTACT[language]
    assert not site_contact_bar(byline)
    extraction = extract("\n".join([DAY[language], byline, "", HEADLINE[language], "", LEAD[language]]))
    assert (extraction.fields["date_basis"], extraction.determined_date) == ("explicit", "2026-03-12")
    assert writer in extraction.fields["authors"]


# A headline naming a hotline's number, words after it: the text's headline, no contact bar.
NUMBER_HEADLINE = {
    "en": ("Hotline 1800 599 920 took 3,000 calls in a week",
           "The hotline 1800 599 920 run by the mission took 3,000 calls in its first week, the office said on Monday."),
    "fr": ("Le téléphone 0800 123 456 répond aux familles",
           "Le numéro vert 0800 123 456 de la mission a répondu à plus de deux mille appels en une semaine, a indiqué le bureau."),
    "es": ("El teléfono 900 100 009 atiende a las víctimas",
           "El teléfono 900 100 009 de la misión atendió a más de dos mil víctimas en su primera semana, dijo la oficina."),
    "vi": ("Đường dây nóng 1900 1567 nhận hơn 2.000 cuộc gọi",
           "Đường dây nóng 1900 1567 của phái bộ đã nhận hơn 2.000 cuộc gọi trong tuần đầu tiên, văn phòng cho biết."),
}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_headline_naming_a_hotline_is_no_contact_bar(language):
    headline, lead = NUMBER_HEADLINE[language]
    assert not site_contact_bar(headline)
    extraction = extract("\n".join([DAY[language], "", headline, "", lead]))
    assert extraction.fields["title"] == headline
    assert (extraction.fields["date_basis"], extraction.determined_date) == ("explicit", "2026-03-12")


# A print edition's masthead: its issue's number beside the paper's telephone ("Vol. 12 No. 45
# - Tel: ..."): the date over it is the edition's, the article's own.
MASTHEAD = {
    "en": "Vol. 12 No. 45 - Tel: 0800 123 456",
    "fr": "N° 1234 - Tél. : 01 23 45 67 89",
    "es": "Año XII Nº 45 - Teléfono: 912 345 678",
    "vi": "Số 45 - ĐT: 0912 345 678",
}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_weekday_date_over_a_print_masthead_stays_the_page_date(language):
    assert not site_contact_bar(MASTHEAD[language])
    assert _read(language, [DAY[language], MASTHEAD[language]]) == ("explicit", "2026-03-12")


# The labels' short forms ("Tfno.", "Tlf.", "ĐT", "SĐT"), read as the words written whole.
SHORT_CONTACT = {
    "en": "Tel: 0800 123 456 Fax: 0800 123 457",
    "fr": "Tél. : 01 23 45 67 89",
    "es": "Tfno.: 912 345 678 Tlf.: 912 345 679",
    "vi": "ĐT: 0912 345 678 - SĐT: 0912 345 679",
}


@pytest.mark.parametrize("language", ["en", "fr", "es", "vi"])
def test_a_weekday_date_over_the_contact_bar_in_short_labels_is_the_site_clock(language):
    assert _read(language, [DAY[language], SHORT_CONTACT[language]]) == ("inferred", "")


@pytest.mark.parametrize("line, bar", [
    pytest.param("Tfno.: 912 345 678", True, id="es-tfno"),
    pytest.param("SĐT: 0912 345 678", True, id="vi-sdt"),
    pytest.param("Tel: 0800 123 456 - Fax: 0800 123 457", True, id="en-no-issue-number"),
    pytest.param("Hà Nội: 0912 345 678 lượt truy cập", False, id="vi-place-then-number"),
    pytest.param("Hotline: 0800 123 456 Email: desk@example.org", True, id="en-hotline-email"),
    pytest.param("Email: desk@example.org", True, id="en-email-alone"),
    pytest.param("Tél. : +33 1 23 45 67 89", True, id="fr-telephone-short"),
    pytest.param("Call the hotline: 0800 123 456 if you saw the convoy on the road that night.", False, id="en-sentence"),
    pytest.param("Hotline for veterans opens in the capital", False, id="en-headline-no-number"),
    pytest.param("Email: " + "a" * 70, False, id="near-miss-no-at"),
    pytest.param("Hotline " + "x" * 72, False, id="near-miss-no-number"),
])
def test_site_contact_bar(line, bar):
    assert site_contact_bar(line) is bar
