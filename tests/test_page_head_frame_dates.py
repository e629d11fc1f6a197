"""Dates of a page's frame that are not the article's: the clock a site prints at its top
("Today: Thursday, 23 May 2024") and the day a picture's caption names where the text itself
dates the story to another time. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import is_date_line


def _dates(text: str) -> tuple[str, str]:
    """(the date the text determines, the estimated date)."""
    found = extract(text, None)
    return found.determined_date, found.text_date[0]


# --- the site's clock ---------------------------------------------------------------------------

CLOCKS = [
    "Today: Thursday, 23 May 2024",
    "Today: 23 May 2024",
    "Hôm nay: Thứ Năm, 23/5/2024",
    "Aujourd'hui : jeudi 23 mai 2024",
    "Hoy: jueves, 23 de mayo de 2024",
    "Connexion | Aujourd'hui : 23 mai 2024",
]


@pytest.mark.parametrize("clock", CLOCKS)
def test_a_site_clock_is_no_date_line(clock):
    assert not is_date_line(clock)


@pytest.mark.parametrize("clock", CLOCKS)
def test_a_site_clock_above_the_headline_does_not_date_the_article(clock):
    text = (f"{clock}\n\nPatrol attacked near the northern border\n\n"
            "A patrol of blue helmets came under fire near the border, the mission said. "
            "Two soldiers were wounded and taken to the base hospital.\n")
    assert "2024-05-23" not in _dates(text)


# (must not change) a headline naming today inside its phrase, or a sentence of the text opening on
# today's date, is no clock: it dates the story
@pytest.mark.parametrize("headline", ["Your briefing of today, Monday 4 March 2019", "Las noticias de hoy lunes, 4 de marzo de 2019",
                                      "Les titres d'aujourd'hui, lundi 4 mars 2019",
                                      "Today, 12 March 2024, the mission marks its tenth year.",
                                      "Nous sommes le 12 mars 2024 et la situation reste tendue à Gao.",
                                      "Hoy es 3 de marzo de 2020 y la misión cumple diez años.",
                                      "Hôm nay, 12/3/2024, phái bộ kỷ niệm mười năm hoạt động."])
def test_a_headline_or_sentence_saying_today_is_no_site_clock(headline):
    from newsdossier.segment import clock_line
    assert not clock_line(headline)


@pytest.mark.parametrize(("clock", "line", "expected"), [
    ("Today: Thursday, 23 May 2024", "March 4, 2019", "2019-03-04"),
    ("Hôm nay: Thứ Năm, 23/5/2024", "Thứ Hai, 04/03/2019 08:15", "2019-03-04"),
])
def test_the_page_s_own_date_line_dates_it_beside_a_clock(clock, line, expected):
    text = (f"{clock}\n\nPatrol attacked near the northern border\n\n{line}\n\n"
            "A patrol of blue helmets came under fire near the border, the mission said.\n")
    assert _dates(text)[0] == expected


@pytest.mark.parametrize("line", ["Published today, 23 May 2024", "Thursday, 23 May 2024"])
def test_a_labelled_or_bare_day_is_still_a_date_line(line):
    assert is_date_line(line)


# --- a picture's caption ------------------------------------------------------------------------

@pytest.mark.parametrize(("head", "lead", "caption", "tail"), [
    ("Council keeps its mission in the north",
     "The council on Friday agreed to keep its mission in the northern provinces, diplomats said.",
     "The council voted to extend the mission's mandate until 17 March 2022. Photo: UN",
     "The resolution asks for a report on the security of the staff."),
    ("Le Conseil maintient sa mission dans le nord",
     "Le Conseil a décidé vendredi de maintenir sa mission dans les provinces du nord, selon des diplomates.",
     "Le Conseil a prolongé le mandat de la mission jusqu'au 17 mars 2022. Photo : ONU",
     "La résolution demande un rapport sur la sécurité du personnel."),
    ("El Consejo mantiene su misión en el norte",
     "El Consejo acordó el viernes mantener su misión en las provincias del norte, según diplomáticos.",
     "El Consejo prorrogó el mandato de la misión hasta el 17 de marzo de 2022. Foto: ONU",
     "La resolución pide un informe sobre la seguridad del personal."),
    ("Hội đồng duy trì phái bộ ở miền bắc",
     "Hội đồng hôm thứ Sáu đã nhất trí duy trì phái bộ tại các tỉnh miền bắc, các nhà ngoại giao cho biết.",
     "Hội đồng gia hạn nhiệm vụ của phái bộ cho đến ngày 17/3/2022. Ảnh: LHQ",
     "Nghị quyết yêu cầu một báo cáo về an toàn của nhân viên."),
])
def test_a_deadline_in_a_caption_does_not_date_the_article(head, lead, caption, tail):
    assert "2022-03-17" not in _dates(f"{head}\n\n{lead}\n\n{caption}\n\n{tail}\n")


@pytest.mark.parametrize(("legend", "credit"), [
    ("BAMAKO 14-02-2009 SOLDIERS OF THE BATTALION BOARD THE PLANE HOME AFTER THEIR ROTATION.", " / JANE ROE"),
    ("BAMAKO 14-02-2009 SOLDADOS DEL BATALLÓN SUBEN AL AVIÓN DE REGRESO TRAS SU ROTACIÓN.", " / EFE/JUAN PÉREZ"),
    ("Des soldats du bataillon montent dans l'avion du retour le 14 février 2009.", " . dr"),
])
def test_a_file_photo_s_day_does_not_date_a_story_of_other_years(legend, credit):
    text = ("A long watch on the river\n\n"
            "The battalion has kept watch over the river crossings for many years, and its soldiers "
            "rotate every six months, the army said.\n\n"
            f"{legend}\n\n{legend}{credit}\n\n"
            "The first unit arrived in 2004 and the base was enlarged in 2006, when the mission grew.\n")
    assert not ({"2009-02-14", "2009"} & set(_dates(text)))


def test_a_photo_s_day_still_dates_a_text_that_names_no_other_year():
    text = ("Rotation completed at the base\n\n"
            "Soldiers of the battalion boarded the plane home after six months at the base, the army said.\n\n"
            "Soldiers board the plane at the airport on 14 February 2009. Photo: Army\n\n"
            "A new unit took over the patrols.\n")
    assert _dates(text)[1] == "2009-02-14"


@pytest.mark.parametrize("sentence", ["Today, 12 March 2024, the mission marks its tenth year.",
                                      "Nous sommes le 12 mars 2024 et la situation reste tendue à Gao."])
def test_a_paragraph_opening_on_today_s_date_stays_in_the_text(sentence):
    from newsdossier.segment import segment
    text = f"Mission marks a decade\n\nThe blue helmets gathered at the base on the river.\n\n{sentence}\n\nMore ceremonies are planned.\n"
    assert any(sentence in paragraph for paragraph in segment(text).paragraphs)
