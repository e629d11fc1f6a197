"""The article's publication date as far as its text alone determines it (extract._article_date).

Every text is invented for the tests; each shows one kind of evidence a careful reader uses.
"""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract

TODAY = datetime.date(2026, 1, 1)


def page(*blocks: str) -> str:
    return "\n\n".join(blocks)


def article_date(*blocks: str) -> str:
    return extract(page(*blocks), today=TODAY).fields["date"]


# --- a weekday printed beside a day without its year ---------------------------------------------


@pytest.mark.parametrize(
    ("blocks", "date"),
    [
        pytest.param(("Patrol attacked near the border", "Peacekeepers deployed there since 2019 were attacked near the border, the UN said on Tuesday, 14 March."),
                     "2023-03-14", id="en"),
        pytest.param(("Une patrouille attaquée près de la frontière", "Présents dans la région depuis 2018, des Casques bleus ont été attaqués ce mardi 21 février près de la frontière."),
                     "2023-02-21", id="fr"),
        pytest.param(("Una patrulla atacada cerca de la frontera", "Los cascos azules, presentes desde 2015, fueron atacados el miércoles 8 de diciembre cerca de la frontera."),
                     "2021-12-08", id="es"),
        pytest.param(("Đoàn tuần tra bị tấn công gần biên giới", "Lực lượng có mặt tại đây từ năm 2013 đã bị tấn công vào thứ Bảy, ngày 19/5 gần biên giới."),
                     "2018-05-19", id="vi"),
    ],
)
def test_the_year_is_the_only_one_in_which_the_printed_weekday_fits(blocks, date):
    assert article_date(*blocks) == date


@pytest.mark.parametrize(
    "blocks",
    [
        pytest.param(("Patrol attacked near the border", "Peacekeepers deployed there since 2015 were attacked near the border, the UN said on Tuesday, 14 March."),
                     id="en-2017-and-2023-fit"),
        pytest.param(("Une patrouille attaquée", "Des Casques bleus, présents depuis 2013, ont été attaqués ce mardi 21 février."), id="fr-2017-and-2023-fit"),
    ],
)
def test_a_weekday_that_fits_several_years_leaves_the_year_unknown(blocks):
    assert article_date(*blocks).startswith("XXXX-")


def test_a_year_inferred_otherwise_that_the_weekday_contradicts_is_no_answer():
    # 2015 is the year named more than once; 14 March 2015 was a Saturday, not a Tuesday,
    # and from 2015 to 2025 both 2017 and 2023 fit.
    date = article_date("Patrol attacked", "In 2015 the mission opened a base. Since 2015 the base has grown. The UN said on Tuesday, 14 March that it was attacked.")
    assert date == "XXXX-03-14"


# --- the day the text calls today --------------------------------------------------------------


@pytest.mark.parametrize(
    ("blocks", "date"),
    [
        pytest.param(("Base handed over", "On 2 May 2019 the last patrols ended. The base was handed over today, 3 May, in a ceremony in the capital."),
                     "2019-05-03", id="en"),
        pytest.param(("La base remise aux autorités", "Les dernières patrouilles ont pris fin le 2 mai 2019. La base a été remise aujourd'hui vendredi 3 mai lors d'une cérémonie."),
                     "2019-05-03", id="fr"),
        pytest.param(("La base entregada", "Las últimas patrullas terminaron el 2 de mayo de 2019. La base fue entregada hoy, 3 de mayo, en una ceremonia."),
                     "2019-05-03", id="es"),
        pytest.param(("Bàn giao căn cứ", "Các cuộc tuần tra cuối cùng kết thúc ngày 2/5/2019. Căn cứ được bàn giao hôm nay, ngày 3/5, tại thủ đô."),
                     "2019-05-03", id="vi"),
    ],
)
def test_the_day_the_text_calls_today_is_the_article_date(blocks, date):
    assert article_date(*blocks) == date


# --- a publication day without its year beside an update with one --------------------------------


@pytest.mark.parametrize(
    ("blocks", "date"),
    [
        pytest.param(("Troops relieved in Lebanon", "Updated: Sunday, 16 August 2009 1:11", "Date: 15 Aug.", "The brigade took over on Friday from the one it relieves."),
                     "2009-08-15", id="en"),
        pytest.param(("Relève au Liban", "Mis à jour le 2 janvier 2010", "Publié le 31 déc.", "La brigade a pris le relais vendredi de celle qu'elle remplace."),
                     "2009-12-31", id="fr-across-new-year"),
        pytest.param(("Relevo en Líbano", "Actualizado: domingo, 16 agosto 2009 1:11", "Publicado el 15 ago.", "La brigada tomó el relevo el viernes."),
                     "2009-08-15", id="es"),
    ],
)
def test_a_publication_day_without_its_year_takes_the_year_of_the_printed_update(blocks, date):
    fields = extract(page(*blocks), today=TODAY).fields
    assert (fields["date"], fields["date_basis"]) == (date, "explicit")


# --- a day the lead names that is not the article's ----------------------------------------------


@pytest.mark.parametrize(
    "blocks",
    [
        pytest.param(("Envoy visits the families", "The envoy met the families on Sunday and will leave for Juba on 3 April to brief the mission."), id="en-future"),
        pytest.param(("L'envoyé rend visite aux familles", "L'envoyé a rencontré les familles dimanche et quittera Dakar le 21 octobre pour New York."), id="fr-future"),
        pytest.param(("El enviado visita a las familias", "El enviado se reunió con las familias el domingo y viajará a Bamako el 3 de abril."), id="es-future"),
        pytest.param(("Đặc phái viên thăm các gia đình", "Đặc phái viên đã gặp các gia đình và sẽ rời Hà Nội ngày 3/4 để tới New York."), id="vi-future"),
        pytest.param(("Un soldat blessé au Liban", "Un soldat a été blessé dimanche, dans une région tendue depuis l'attaque du groupe armé le 7 octobre contre le pays voisin."), id="fr-since"),
        pytest.param(("A soldier wounded in Lebanon", "A soldier was wounded on Sunday in an area tense since the armed group's attack of 7 October on the neighbour."), id="en-since"),
        pytest.param(("Un soldado herido en Líbano", "Un soldado fue herido el domingo en una zona tensa desde el ataque del grupo armado del 7 de octubre."), id="es-since"),
        pytest.param(("Mort des 4 soldats: le ministre rend visite aux familles", "Mort des 4 soldats: le ministre rend visite aux familles dimanche."), id="fr-article-not-a-month"),
    ],
)
def test_a_day_to_come_or_one_that_starts_a_long_story_is_not_the_article_date(blocks):
    assert article_date(*blocks) == ""


# --- an anniversary of something younger than the body named beside it --------------------------


@pytest.mark.parametrize(
    ("blocks", "date"),
    [
        pytest.param(("Unit marks its anniversary", "The engineering unit serving with UNIFIL celebrated its 12th anniversary in a ceremony.",
                      "About 3,000 soldiers have served in the unit since 2010."), "2022", id="en"),
        pytest.param(("Le contingent fête son anniversaire", "Le contingent du génie de la FINUL a célébré son 10e anniversaire lors d'une cérémonie.",
                      "Près de 3 000 soldats y ont servi depuis 2012."), "2022", id="fr"),
        pytest.param(("El contingente celebra su aniversario", "El contingente de ingenieros de la FINUL celebró su 15º aniversario en una ceremonia.",
                      "Unos 3.000 soldados han servido en la unidad desde 2006."), "2021", id="es"),
        pytest.param(("Đơn vị kỷ niệm ngày thành lập", "Đơn vị công binh thuộc UNMISS tổ chức kỷ niệm 5 năm ngày thành lập.",
                      "Khoảng 300 quân nhân đã phục vụ tại đây từ năm 2018."), "2023", id="vi"),
    ],
)
def test_an_anniversary_younger_than_the_body_named_counts_from_the_year_the_text_counts_from(blocks, date):
    assert article_date(*blocks) == date


def test_an_anniversary_of_the_body_named_stands_when_no_later_start_contradicts_it():
    assert article_date("Mission marks its anniversary", "UNFICYP marked its 60th anniversary on Monday.", "Its troops have patrolled the buffer zone since 1974.") == "2024"


# --- a photo's caption dates the photo ---------------------------------------------------------


@pytest.mark.parametrize(
    ("caption", "lead", "date"),
    [
        pytest.param("Peacekeepers on patrol near Goma on 3 May 2017. (Photo: UN/Jane Whitcombe)",
                     "Two peacekeepers were wounded near Goma on 12 June 2019, the mission said.", "2019-06-12", id="en"),
        pytest.param("Des Casques bleus en patrouille près de Gao le 3 mai 2017. (Photo: MINUSMA/Pierre Lemaire)",
                     "Deux Casques bleus ont été blessés près de Gao le 12 juin 2019, a indiqué la mission.", "2019-06-12", id="fr"),
        pytest.param("Cascos azules en patrulla cerca de Naqura el 3 de mayo de 2017. (Foto: FINUL/Ana Gómez)",
                     "Dos cascos azules resultaron heridos cerca de Naqura el 12 de junio de 2019, informó la misión.", "2019-06-12", id="es"),
    ],
)
def test_a_day_the_lead_names_outranks_a_photo_caption_date(caption, lead, date):
    assert article_date("Peacekeepers wounded near the town", caption, lead) == date


def test_a_photo_caption_date_alone_is_an_inferred_date():
    fields = extract(page("Peacekeepers wounded near the town", "Peacekeepers on patrol near Goma on 3 May 2017. (Photo: UN/Jane Whitcombe)",
                          "Two peacekeepers were wounded near Goma, the mission said."), today=TODAY).fields
    assert (fields["date"], fields["date_basis"]) == ("2017-05-03", "inferred")


# --- the year the text calls this year ---------------------------------------------------------


@pytest.mark.parametrize(
    ("blocks", "date"),
    [
        pytest.param(("A decade of service", "This year marks ten years of the country's service with the mission (2014-2024).", "Women now make up a tenth of the unit."), "2024", id="en-span"),
        pytest.param(("Dix ans de service", "Cette année, 2024, marque dix ans de participation du pays aux missions de l'ONU.", "Les femmes forment un dixième de l'unité."), "2024", id="fr-after"),
        pytest.param(("Una década de servicio", "Este año se cumplen diez años de participación del país en la misión (2014 - 2024).", "Las mujeres son una décima parte de la unidad."), "2024", id="es-span"),
        pytest.param(("Mười năm tham gia", "Năm nay tròn 10 năm Việt Nam tham gia lực lượng gìn giữ hòa bình (2014 - 2024).", "Phụ nữ chiếm một phần mười đơn vị."), "2024", id="vi-span"),
    ],
)
def test_the_year_the_text_calls_this_year_is_the_article_year(blocks, date):
    assert article_date(*blocks) == date


@pytest.mark.parametrize(
    "blocks",
    [
        pytest.param(("Budget rises", "This year the budget is higher than in 2019, the mission said."), id="en-a-year-compared"),
        pytest.param(("Le budget augmente", "Cette année, le budget est plus élevé qu'en 2019."), id="fr-a-year-compared"),
    ],
)
def test_a_year_compared_with_this_year_is_not_the_article_year(blocks):
    assert article_date(*blocks) == ""


def test_this_year_gives_the_year_of_a_dateline_without_one():
    assert article_date("Troops rotate", "JUBA, March 3 (Reuters) - This year, 2021, the battalion rotates in spring.") == "2021-03-03"


# --- the article's own weekday, and a day printed with it in the article's week -------------------


@pytest.mark.parametrize(
    ("blocks", "date"),
    [
        pytest.param(("Envoy visits the families", "The envoy visited the families yesterday (Sunday). He leaves Dakar this Monday, 21 October, for New York."),
                     "XXXX-10-21", id="en"),
        pytest.param(("L'envoyé rend visite aux familles", "Il s'est rendu hier dimanche auprès des familles. Il quittera Dakar ce lundi 21 octobre pour New York."),
                     "XXXX-10-21", id="fr"),
        pytest.param(("El enviado visita a las familias", "Visitó ayer domingo a las familias. Saldrá de Dakar este lunes 21 de octubre hacia Nueva York."),
                     "XXXX-10-21", id="es"),
    ],
)
def test_a_day_printed_with_the_article_weekday_in_its_week_is_the_article_date(blocks, date):
    assert article_date(*blocks) == date


def test_a_day_of_another_weekday_than_the_article_is_not_its_date():
    assert article_date("L'envoyé rend visite aux familles", "Il s'est rendu hier samedi auprès des familles. Il quittera Dakar ce lundi 21 octobre pour New York.") == ""


# --- the date the text determines, beside the best estimate -------------------------------------


def determined(*blocks: str) -> tuple[str, str]:
    """(the best estimate, the date as far as the text determines it)."""
    found = extract(page(*blocks), today=TODAY)
    return found.text_date[0], found.determined_date


@pytest.mark.parametrize(
    ("blocks", "estimate", "text_alone"),
    [
        pytest.param(("Convoy attacked", "Three peacekeepers were killed on 3 March 2021 when their convoy was attacked near Gao."),
                     "2021-03-03", "", id="en-a-day-of-the-lead-is-an-estimate"),
        pytest.param(("Convoi attaqué", "Trois casques bleus ont été tués le 3 mars 2021 dans l'attaque de leur convoi près de Gao."),
                     "2021-03-03", "", id="fr-a-day-of-the-lead-is-an-estimate"),
        pytest.param(("Médailles à Goma", "Goma, le 11 juillet 2019 - Cent casques bleus ont reçu la médaille des Nations unies."),
                     "2019-07-11", "2019-07-11", id="fr-dateline-of-a-press-release"),
        pytest.param(("Medallas en Goma", "Goma, 11 de julio de 2019 - Cien cascos azules recibieron la medalla de la ONU."),
                     "2019-07-11", "2019-07-11", id="es-dateline-of-a-press-release"),
        pytest.param(("Patrol in Gao", "Last Update December 5, 2015", "Peacekeepers patrolled the market of Gao with the army."),
                     "2015-12-05", "", id="en-an-update-is-no-publication-date"),
        pytest.param(("Patrouille à Gao", "Dernière mise à jour le 5 décembre 2015", "Les casques bleus ont patrouillé au marché de Gao."),
                     "2015-12-05", "", id="fr-an-update-is-no-publication-date"),
        pytest.param(("Patrol in Gao", "GAO, 4 March - Peacekeepers patrolled the market ahead of the 2021 vote.", "Officials said the 2021 vote would be calm."),
                     "2021-03-04", "XXXX-03-04", id="en-a-year-named-is-no-pin"),
    ],
)
def test_the_date_the_text_determines_is_kept_apart_from_the_estimate(blocks, estimate, text_alone):
    assert determined(*blocks) == (estimate, text_alone)


@pytest.mark.parametrize(
    ("blocks", "text_alone"),
    [
        pytest.param(("Contingent leaves Haiti", "On 30 August 2017 the patrols ended. The closing ceremony was held today, 31 August, in the capital."),
                     "2017-08-31", id="en-the-day-before-with-its-year"),
        pytest.param(("Le contingent quitte Haïti", "Le 30 août 2017, les patrouilles ont pris fin. La cérémonie de clôture a eu lieu aujourd'hui, 31 août, dans la capitale."),
                     "2017-08-31", id="fr-la-veille-avec-son-annee"),
        pytest.param(("El contingente deja Haití", "El 30 de agosto de 2017 concluyeron las patrullas. La ceremonia de cierre se celebró hoy, 31 de agosto, en la capital."),
                     "2017-08-31", id="es-el-dia-anterior-con-su-ano"),
        pytest.param(("Contingent leaves Haiti", "On 31 December 2016 the patrols ended. The closing ceremony was held today, 2 January, in the capital."),
                     "2017-01-02", id="en-across-the-new-year"),
        pytest.param(("Contingent leaves Haiti", "On 20 August 2017 the patrols ended. The closing ceremony was held today, 31 August, in the capital."),
                     "XXXX-08-31", id="en-too-far-apart-to-pin"),
    ],
)
def test_a_day_printed_with_its_year_days_apart_pins_the_year_of_the_article_day(blocks, text_alone):
    assert determined(*blocks)[1] == text_alone


# --- the year of an article that prints no full date: not before the latest past year it names ----


@pytest.mark.parametrize(
    ("blocks", "date"),
    [
        pytest.param(("Engineers come home", "The engineers of the eastern sector came home after a long tour, the army said.",
                      "In 2016 the company trained at home, and in 2016 it received new trucks.",
                      "Its last convoy reached the base on 7 December 2017, the commander recalled."),
                     "2017", id="en-day-named-once"),
        pytest.param(("Retour des Casques bleus", "Les Casques bleus du contingent sont rentrés au pays, a indiqué l'armée.",
                      "Le contingent avait été formé en 2018. En 2018 aussi, il avait reçu ses véhicules.",
                      "Il a servi pendant la rotation 2019-2020 dans le secteur ouest."),
                     "2020", id="fr-span-end"),
        pytest.param(("Regresan los cascos azules", "Los cascos azules volvieron a casa tras su misión, informó el ejército.",
                      "La unidad fue creada en 2013 y en 2013 recibió su primer mando.",
                      "En noviembre de 2018 terminó su despliegue en el sector este."),
                     "2018", id="es-month-named-once"),
        pytest.param(("Đơn vị trở về", "Các chiến sĩ mũ nồi xanh đã trở về nước an toàn.",
                      "Đơn vị được thành lập năm 2014 và năm 2014 được huấn luyện.",
                      "Năm 2019, đơn vị hoàn thành nhiệm vụ tại phái bộ."),
                     "2019", id="vi-year-named-once"),
    ],
)
def test_the_estimated_year_is_not_before_the_latest_past_year_the_text_names(blocks, date):
    assert article_date(*blocks) == date


@pytest.mark.parametrize(
    "blocks",
    [
        pytest.param(("Engineers come home", "The engineers came home after a long tour, the army said.",
                      "In 2016 the company trained at home, and in 2016 it received new trucks.",
                      "The mission is to stay until 2030."), id="en-until"),
        pytest.param(("Engineers come home", "The engineers came home after a long tour, the army said.",
                      "In 2016 the company trained at home, and in 2016 it received new trucks.",
                      "The country's elections will be held in 2024."), id="en-future-tense"),
        pytest.param(("Retour des Casques bleus", "Les Casques bleus du contingent sont rentrés au pays.",
                      "Le contingent avait été formé en 2016. En 2016 aussi, il avait reçu ses véhicules.",
                      "La mission restera déployée jusqu'en 2030."), id="fr-jusqu-en"),
    ],
)
def test_a_year_the_text_looks_forward_to_does_not_raise_the_estimate(blocks):
    assert article_date(*blocks) == "2016"


def test_a_day_printed_without_its_year_takes_a_later_past_year_over_one_named_twice():
    # 2015 is named twice, 2017 once, for a past happening; the dateline's day has no year.
    date = article_date("Medals for the engineers", "JUBA, March 3 - Engineers of the mission received their medals, an officer said.",
                        "The company arrived in 2015. In 2015 it built two bridges.",
                        "In 2017 it repaired the airstrip.")
    assert date == "2017-03-03"
