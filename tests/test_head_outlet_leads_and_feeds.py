"""The outlet a page's head or furniture credits, in forms unseen pages print: a Vietnamese
newspaper's lead code ("NDO - ", "TPO - "), an aggregator's "read the full article on:" line
naming the outlet by its web domain, an interview given to an outlet (as "told X"), an agency
naming itself as the witness of its own story, and a feed's credit line an auto-posting blog
prints under the text. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_VI_BODY = ("\n\nĐoàn công tác đã thăm hỏi cán bộ, chiến sĩ và trao quà cho các gia đình có hoàn cảnh khó khăn "
            "trong vùng lũ.\n\nChuyến thăm kéo dài hai ngày.\n")


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        pytest.param("NDO - Ngày 3/2, tại Đà Nẵng, Bộ Tư lệnh Quân khu 5 tổ chức lễ tiễn đoàn công tác lên đường "
                     "hỗ trợ người dân vùng lũ.", "Nhân Dân", id="ndo"),
        pytest.param("TPO - Chiều 9/4, tại Huế, Sở Y tế tổ chức lễ tiễn đoàn bác sĩ lên đường hỗ trợ người dân "
                     "vùng lũ miền núi.", "Tiền Phong", id="tpo"),
        pytest.param("TP - Sau ba tháng chuẩn bị, đoàn bác sĩ trẻ của bệnh viện tỉnh đã lên đường hỗ trợ người "
                     "dân vùng lũ miền núi.", "Tiền Phong", id="tp"),
    ],
)
def test_vietnamese_lead_code_names_its_newspaper(lead, outlet):
    text = "Đoàn công tác lên đường hỗ trợ vùng lũ\n\n" + lead + _VI_BODY
    assert extract(text).fields["source"] == outlet


@pytest.mark.parametrize(
    "lead",
    [
        # (must not change) "TP" for "thành phố" (city): a city's name, no outlet
        pytest.param("TP.HCM - Sáng 12/3, thành phố khai trương tuyến xe buýt mới ở quận 1 sau hai năm chuẩn bị.",
                     id="city-code"),
        pytest.param("Ngày 5/4, tại TP Hồ Chí Minh, hội nghị về giao thông đã khai mạc với 300 đại biểu từ nhiều "
                     "tỉnh thành.", id="city-in-text"),
    ],
)
def test_city_abbreviation_names_no_newspaper(lead):
    text = "Khai trương tuyến xe buýt mới\n\n" + lead + _VI_BODY
    assert extract(text).fields["source"] != "Tiền Phong"


@pytest.mark.parametrize(
    ("head", "closing", "line", "outlet"),
    [
        pytest.param("Le port sera dragué avant l'été",
                     "Les travaux du chenal commenceront en juin, a annoncé la capitainerie du port mardi soir.",
                     "Lire l'article complet sur: lefigaro.fr", "Le Figaro", id="fr-colon-domain"),
        pytest.param("Le port sera dragué avant l'été",
                     "Les travaux du chenal commenceront en juin, a annoncé la capitainerie du port mardi soir.",
                     "Lire la suite sur : www.lefigaro.fr", "Le Figaro", id="fr-spaced-colon-host"),
        pytest.param("The harbour will be dredged before summer",
                     "Work on the channel starts in June, the harbour board announced on Tuesday evening.",
                     "Read the full story at: https://www.reuters.com/world/harbour-dredging", "Reuters",
                     id="en-colon-address"),
        pytest.param("El puerto será dragado antes del verano",
                     "Las obras del canal empezarán en junio, anunció la autoridad portuaria el martes por la noche.",
                     "Leer más en: elmundo.es", "El Mundo", id="es-colon-domain"),
    ],
)
def test_read_on_line_names_the_outlet_by_its_domain(head, closing, line, outlet):
    text = f"{head}\n\n{closing}\n\n{line}\n\nNouveaux articles\n"
    assert extract(text).fields["source"] == outlet


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        pytest.param("The harbour master said in an interview with The Associated Press that the channel would "
                     "reopen in June.", "Associated Press", id="en-interview-with"),
        pytest.param("Le capitaine du port a estimé, dans un entretien accordé à l'AFP, que le chenal rouvrirait "
                     "en juin.", "Agence France-Presse", id="fr-entretien-accorde"),
        pytest.param("El capitán del puerto explicó en una entrevista con Efe que el canal reabriría en junio.",
                     "Agencia EFE", id="es-entrevista-con"),
        pytest.param("Giám đốc cảng trả lời phỏng vấn TTXVN về kế hoạch nạo vét luồng tàu vào tháng 6.",
                     "Vietnam News Agency", id="vi-tra-loi-phong-van"),
    ],
)
def test_interview_given_to_an_outlet_cites_it_as_told(sentence, outlet):
    text = ("The channel will reopen\n\nThe harbour board agreed on Monday to dredge the channel by the old "
            "ferry pier after two storms closed it this winter.\n\n" + sentence + "\n\nThe work should last "
            "three months.\n")
    assert extract(text).fields["source"] == outlet


@pytest.mark.parametrize(
    "sentence",
    [
        # (must not change) an interview with a person or a body, no outlet
        pytest.param("The harbour master said in an interview with the port's engineers that the work was safe.",
                     id="en-people"),
        pytest.param("El capitán del puerto, entrevistado por la policía, dijo que el canal reabriría.", id="es-police"),
    ],
)
def test_interview_with_no_outlet_names_none(sentence):
    text = ("The channel will reopen\n\nThe harbour board agreed on Monday to dredge the channel by the old "
            "ferry pier after two storms closed it this winter.\n\n" + sentence + "\n")
    assert not extract(text).fields.get("source")


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        pytest.param("The Associated Press witnessed the first dredger arrive at dawn, escorted by two tugs.",
                     "Associated Press", id="en-witnessed"),
        pytest.param("L'AFP a constaté sur place l'arrivée de la première drague, escortée par deux remorqueurs.",
                     "Agence France-Presse", id="fr-a-constate"),
        pytest.param("Efe presenció la llegada de la primera draga, escoltada por dos remolcadores.",
                     "Agencia EFE", id="es-presencio"),
        pytest.param("Thông tấn xã Việt Nam chứng kiến tàu nạo vét đầu tiên cập cảng lúc bình minh.",
                     "Vietnam News Agency", id="vi-chung-kien"),
    ],
)
def test_outlet_witnessing_its_own_story_is_its_source(sentence, outlet):
    text = ("The channel will reopen\n\nThe harbour board agreed on Monday to dredge the channel by the old "
            "ferry pier after two storms closed it this winter.\n\nThe work should last three months.\n\n"
            + sentence + "\n")
    assert extract(text).fields["source"] == outlet


@pytest.mark.parametrize(
    "sentence",
    [
        # (must not change) a person witnessing, a document an outlet saw, another outlet's report further down
        pytest.param("Jane Roe witnessed the first dredger arrive at dawn, escorted by two tugs.", id="person"),
        pytest.param("The plan was set out in a letter seen by Reuters last month.", id="seen-by"),
        pytest.param("Reuters reported last month that the board had doubts about the cost.", id="reported-further"),
    ],
)
def test_no_outlet_witnessing_credits_none(sentence):
    text = ("The channel will reopen\n\nThe harbour board agreed on Monday to dredge the channel by the old "
            "ferry pier after two storms closed it this winter.\n\nThe work should last three months.\n\n"
            + sentence + "\n")
    assert not extract(text).fields.get("source")


@pytest.mark.parametrize(
    ("body", "credit", "outlet"),
    [
        pytest.param("The harbour board agreed on Monday to dredge the channel by the old ferry pier after two "
                     "storms closed it this winter.", "from Top Stories, Breaking News - The Hindu https://ift.tt/Ab12Cd",
                     "The Hindu", id="en-from-feed"),
        pytest.param("La capitainerie a décidé lundi de draguer le chenal près de l'ancien embarcadère après deux "
                     "tempêtes cet hiver.", "via À la une - Le Monde https://lnk.example.net/q8",
                     "Le Monde", id="fr-via-feed"),
        pytest.param("La autoridad portuaria decidió el lunes dragar el canal junto al viejo muelle tras dos "
                     "tormentas este invierno.", "desde Últimas noticias | Agencia EFE https://ift.tt/Qw9",
                     "Agencia EFE", id="es-desde-feed"),
        pytest.param("Ban quản lý cảng quyết định nạo vét luồng tàu gần bến phà cũ sau hai cơn bão mùa đông "
                     "năm nay.", "nguồn: Tin mới nhất - VnExpress https://ift.tt/Vn7",
                     "VnExpress", id="vi-nguon-feed"),
    ],
)
def test_feed_credit_line_of_an_auto_posting_blog_names_the_outlet(body, credit, outlet):
    text = body + "\n" + credit + "\nThe channel will be dredged before summer\nMarch 03, 2025\n0\n"
    assert extract(text).fields["source"] == outlet


def test_headline_under_a_feed_credit_line_is_the_title():
    text = ("The harbour board agreed on Monday to dredge the channel by the old ferry pier after two storms "
            "closed it this winter. The work should last three months.\n"
            "from Top Stories, Breaking News - The Hindu https://ift.tt/Ab12Cd\n"
            "Harbour board to dredge the channel before summer\nMarch 03, 2025\n0\n")
    assert extract(text).fields["title"] == "Harbour board to dredge the channel before summer"


@pytest.mark.parametrize(
    "line",
    [
        # (must not change) a sentence opening on "From" with a link, a feed the reference does not know
        pytest.param("From the board's own site https://harbour.example.org/plan residents can follow the work.",
                     id="sentence-with-link"),
        pytest.param("from My Reading List https://ift.tt/Zz1", id="unknown-feed"),
        pytest.param("Từ năm 2014, cảng đã được nạo vét ba lần. TTXVN đăng ảnh tại https://vnanet.vn/anh",
                     id="sentences-closing-on-link"),
    ],
)
def test_no_known_feed_credits_none(line):
    text = ("The channel will be dredged\n\nThe harbour board agreed on Monday to dredge the channel by the old "
            "ferry pier after two storms closed it this winter.\n\n" + line + "\n")
    assert not extract(text).fields.get("source")


@pytest.mark.parametrize(
    ("body", "sign_off", "writer"),
    [
        pytest.param("La capitainerie a décidé lundi de draguer le chenal près de l'ancien embarcadère après deux "
                     "tempêtes cet hiver.\n\nLes travaux dureront trois mois, a précisé un porte-parole.",
                     "P.L.M. (avec agences)", "P.L.M.", id="fr-avec-agences"),
        pytest.param("The harbour board agreed on Monday to dredge the channel by the old ferry pier after two "
                     "storms closed it this winter.\n\nThe work should last three months, a spokesman said.",
                     "K.O. (with agencies)", "K.O.", id="en-with-agencies"),
        pytest.param("La autoridad portuaria decidió el lunes dragar el canal junto al viejo muelle tras dos "
                     "tormentas este invierno.\n\nLas obras durarán tres meses, dijo un portavoz.",
                     "J. M. G. (con agencias)", "J. M. G.", id="es-con-agencias"),
    ],
)
def test_writer_initials_with_agencies_note_sign_the_text(body, sign_off, writer):
    text = "Le chenal sera dragué\n\n" + body + "\n\n" + sign_off + "\n"
    assert [a.rstrip(".") for a in extract(text).fields["authors"]] == [writer.rstrip(".")]


@pytest.mark.parametrize(
    "sign_off",
    [
        # (must not change) initials alone, a body's or a country's acronym before the note
        pytest.param("P.L.M.", id="initials-alone"),
        pytest.param("U.N. (with agencies)", id="body-acronym"),
        pytest.param("U.S. (with agencies)", id="country-acronym"),
    ],
)
def test_initials_without_note_or_known_acronym_sign_nothing(sign_off):
    text = ("The channel will be dredged\n\nThe harbour board agreed on Monday to dredge the channel by the old "
            "ferry pier after two storms closed it this winter.\n\nThe work should last three months, a "
            "spokesman said.\n\n" + sign_off + "\n")
    assert extract(text).fields["authors"] == []
