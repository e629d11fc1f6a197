"""A page's date line run into the first sentence of the text under it and closed by a full
stop, as a sentence is ("31/10/2017. Tras trece años, ..."): the date line is read on a line
of its own, so it dates the page (segment._break_stopped_date_lines). A chronology's entries
(several lines opening on a day and a stop) and a sentence whose subject is a day stay as
they are.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract

TODAY = datetime.date(2026, 1, 1)


def dated(text: str) -> tuple[str, str, str]:
    extraction = extract(text, today=TODAY)
    return extraction.fields["date"], extraction.fields["date_basis"], extraction.determined_date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        pytest.param("Ceremonia de cierre de la misión en Haití\n"
                     "12/05/2021. Tras trece años en el país, concluyó la participación del batallón en la misión de paz.\n"
                     "El acto fue presidido por el ministro de Defensa.\n",
                     "2021-05-12", id="es-numeric"),
        pytest.param("Ceremonia de cierre de la misión en Haití\n"
                     "12 de mayo de 2021.- Tras trece años en el país, concluyó la participación del batallón en la misión de paz.\n"
                     "El acto fue presidido por el ministro de Defensa.\n",
                     "2021-05-12", id="es-stop-dash"),
        pytest.param("Peacekeepers end their mission in Haiti\n"
                     "May 12, 2021. After thirteen years in the country, the battalion ended its part in the United Nations mission.\n"
                     "The minister led the ceremony.\n",
                     "2021-05-12", id="en-month-first"),
        pytest.param("Les Casques bleus quittent Haïti\n"
                     "12 mai 2021. Après treize ans dans le pays, le bataillon a achevé sa participation à la mission des Nations unies.\n"
                     "Le ministre a présidé la cérémonie.\n",
                     "2021-05-12", id="fr-words"),
        pytest.param("Lính gìn giữ hòa bình rời Haiti\n"
                     "12/5/2021. Sau mười ba năm, tiểu đoàn đã kết thúc nhiệm vụ tại phái bộ Liên hợp quốc ở Haiti.\n"
                     "Bộ trưởng chủ trì buổi lễ.\n",
                     "2021-05-12", id="vi-numeric"),
    ],
)
def test_a_date_line_closed_by_a_stop_before_the_text_dates_the_page(text, date):
    assert dated(text) == (date, "explicit", date)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("La misión en Haití, año por año\n"
                     "Un repaso de los momentos clave de la misión de paz de las Naciones Unidas en el país caribeño.\n"
                     "12/05/2004. El Consejo de Seguridad crea la misión de estabilización y llama a los países a enviar tropas.\n"
                     "15/06/2010. Un terremoto devasta la capital y el contingente se suma a las tareas de rescate.\n",
                     id="es-chronology"),
        pytest.param("Peacekeepers remember a day of mourning\n"
                     "May 12, 2021 was the darkest day of the battalion, when four of its soldiers were killed near the border.\n"
                     "The minister led the ceremony.\n",
                     id="en-day-as-subject"),
        pytest.param("Lính gìn giữ hòa bình rời Haiti\n"
                     "Tiểu đoàn đã kết thúc nhiệm vụ vào ngày 12/5/2021. Sau mười ba năm, những người lính trở về nước trong niềm vui.\n"
                     "Bộ trưởng chủ trì buổi lễ.\n",
                     id="vi-sentence-closing-on-a-day"),
        pytest.param("Peacekeepers end their mission in Haiti\n"
                     "The battalion came home on Friday after thirteen years in the country, the ministry said on Saturday.\n"
                     "The minister led the ceremony at the airport and thanked the soldiers and their families.\n"
                     "May 12, 2010. The earthquake had struck two days before and the soldiers dug through the rubble.\n"
                     "Many of them remember those days as the hardest of their service.\n",
                     id="en-recalled-day-inside-the-text"),
        pytest.param("Los cascos azules dejan Haití\n"
                     "El batallón regresó el viernes tras trece años en el país, informó el sábado el ministerio.\n"
                     "El ministro presidió la ceremonia en el aeropuerto y agradeció a los soldados y a sus familias.\n"
                     "12 de enero de 2010. El terremoto había sacudido la capital y los soldados buscaron sobrevivientes.\n",
                     id="es-recalled-day-inside-the-text"),
        pytest.param("Les Casques bleus quittent Haïti\n"
                     "Le bataillon est rentré vendredi après treize ans dans le pays, a indiqué samedi le ministère.\n"
                     "Dimanche 12 janvier 2010. Le séisme frappe la capitale et les soldats fouillent les décombres pendant des jours.\n",
                     id="fr-recalled-day-inside-the-text"),
        pytest.param("Lính gìn giữ hòa bình rời Haiti\n"
                     "Tiểu đoàn đã trở về nước hôm thứ Sáu sau mười ba năm làm nhiệm vụ, Bộ Quốc phòng cho biết.\n"
                     "Ngày 12/1/2010. Trận động đất tàn phá thủ đô và những người lính đã tìm kiếm người sống sót trong đống đổ nát.\n",
                     id="vi-recalled-day-inside-the-text"),
        pytest.param("La mission en Haïti, année par année\n"
                     "1er juin 2004. Le Conseil de sécurité crée la mission de stabilisation et appelle les pays à envoyer des troupes.\n"
                     "Janvier 2010. Un séisme dévaste la capitale et le contingent se joint aux secours dans les décombres.\n"
                     "Octobre 2017. La mission est remplacée par une mission plus petite, chargée de la police et de la justice.\n",
                     id="fr-chronology-of-one-day-and-months"),
        pytest.param("The mission in Haiti, year by year\n"
                     "June 1, 2004. The Security Council creates the stabilisation mission and calls on countries to send troops.\n"
                     "January 2010. An earthquake destroys the capital and the contingent joins the rescue in the rubble.\n",
                     id="en-chronology-of-one-day-and-months"),
        pytest.param("The mission in Haiti, year by year\n"
                     "June 1, 2004. The Security Council creates the stabilisation mission and calls on countries to send troops.\n"
                     "2010: An earthquake destroys the capital and the contingent joins the rescue in the rubble.\n"
                     "2017: The mission ends and a smaller one takes over the police and justice work.\n",
                     id="en-chronology-of-one-day-and-years"),
        pytest.param("La misión en Haití, año por año\n"
                     "1 de junio de 2004. El Consejo de Seguridad crea la misión de estabilización y llama a enviar tropas.\n"
                     "2010 - Un terremoto devasta la capital y el contingente se suma a las tareas de rescate.\n",
                     id="es-chronology-of-one-day-and-years"),
        pytest.param("Phái bộ tại Haiti qua từng năm\n"
                     "1/6/2004. Hội đồng Bảo an thành lập phái bộ ổn định và kêu gọi các nước gửi quân tới Haiti.\n"
                     "Ngày 12/1/2010: Động đất tàn phá thủ đô và lực lượng gìn giữ hòa bình tham gia cứu hộ.\n",
                     id="vi-chronology-of-one-day-and-days-with-colons"),
        pytest.param("La mission en Haïti, année par année\n"
                     "1er juin 2004. Le Conseil de sécurité crée la mission de stabilisation et appelle à envoyer des troupes.\n"
                     "2010 : un séisme dévaste la capitale et le contingent se joint aux secours.\n",
                     id="fr-chronology-of-one-day-and-years"),
    ],
)
def test_a_chronology_or_a_sentence_opening_or_closing_on_a_day_prints_no_date_line(text):
    assert dated(text)[2] == ""


def test_a_line_of_years_that_nearly_matches_is_read_at_once_and_left_alone():
    import time

    from newsdossier.segment import _break_stopped_date_lines

    line = "12/05/2021 " * 7 + "2021.a" + "x" * 6  # 83 characters: years, no capital after the stop
    started = time.perf_counter()
    assert _break_stopped_date_lines(line * 200) == line * 200
    assert time.perf_counter() - started < 1.0
