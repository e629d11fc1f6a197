"""The page's head fields (title, date, outlet) on kinds of fault met in articles collected
after the corpus was labelled: a year then a month-and-day segment in an address
("/2022/1124/"), an aggregator's "read more on" line followed by the page's comment
furniture, an outlet's web domain credited in brackets on a line of its own, and a headline
ending in a bracket or longer than a sentence-like line usually is. Every text here is
written for the test."""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract
from newsdossier.ingest.address import path_date


# --- an address: a year, then the month and day run together in the next segment -------------

@pytest.mark.parametrize(("path", "expected"), [
    ("/news/world/2022/1124/1338115-troops-come-home/", "2022-11-24"),
    ("/nouvelles/2019/0305/casques-bleus-partent.html", "2019-03-05"),
    ("/noticias/2021/0731/", "2021-07-31"),
    ("/news/2022/1399/some-story/", None),  # no 13th month
    ("/news/2022/0230/some-story/", None),  # no 30 February
    ("/news/2022/124567/some-story/", None),  # an article number, not a day
])
def test_a_month_and_day_segment_after_the_year_dates_the_address(path, expected):
    value, _ = path_date(path, today=datetime.date(2030, 1, 1))
    assert (value.edtf() if value else None) == expected


# --- an aggregator's "read more on" line, then the page's comment furniture --------------------

CONTINUED = [
    ("fr", """Les soldats de la paix quittent le camp

Le contingent a quitté le camp du nord après huit mois de service, selon l'état-major.

Les relèves se poursuivront la semaine prochaine avec deux rotations aériennes.

...

Lire la suite de l'article sur lefigaro.fr
Vous devez être membre pour ajouter des commentaires.
Devenez membre, ou connectez-vous.
Aucun commentaire n'est disponible pour l'instant""", "Le Figaro"),
    ("en", """Peacekeepers leave the northern camp

The battalion left the northern camp after eight months of duty, the staff said.

More rotations will follow next week with two flights.

Continue reading on lefigaro.fr
You must be a member to comment.
Sign up or log in.
No comments yet""", "Le Figaro"),
]


@pytest.mark.parametrize(("language", "text", "expected"), CONTINUED)
def test_a_read_more_line_above_the_comment_box_names_the_outlet(language, text, expected):
    assert extract(text, None).fields["source"] == expected


# --- an outlet's web domain credited in brackets, alone on its line -----------------------------

BRACKETED = [
    """El nuevo jefe de la fuerza visitó las bases del este

Lunes 3 de marzo de 2014 10:15

(noticiasdefensa.net)

El general recorrió las dos bases del este y pasó revista a las compañías desplegadas en la región durante la mañana.

El recorrido terminó con una reunión con los jefes de los contingentes de la brigada.""",
    """The new force commander tours the eastern bases

Monday, March 3, 2014

(www.defencewatch-example.org)

The general toured the two eastern bases and reviewed the companies deployed in the region during the morning.

The tour ended with a meeting with the heads of the brigade's contingents.""",
]


@pytest.mark.parametrize("text", BRACKETED)
def test_a_web_domain_in_brackets_on_its_own_line_is_the_credit(text):
    source = extract(text, None).fields["source"]
    assert source in ("noticiasdefensa.net", "defencewatch-example.org")


# --- a headline closing on a bracket, or a long one -------------------------------------------

LONG_HEADLINES = [
    ("Cérémonie au camp de Thiaroye : dissolution du 4e détachement de la mission (DET 4/MISSION)",
     "La cérémonie de dissolution du quatrième détachement a eu lieu hier au camp de Thiaroye sous la présidence du ministre."),
    ("Journée des soldats de la paix : « Nous honorons ceux qui servent loin de chez eux » (Jeanne Exemple)",
     "La journée a été célébrée hier dans la capitale avec un dépôt de gerbes et une remise de médailles aux soldats."),
    ("Operaciones de paz de las Fuerzas Armadas del país en el exterior: relevo del noveno contingente de ingenieros de la misión en la República Centroafricana (CONT IX)",
     "El relevo del noveno contingente de ingenieros se realizó ayer en la base aérea con la presencia del ministro de Defensa."),
]


@pytest.mark.parametrize(("headline", "lead"), LONG_HEADLINES)
def test_a_headline_ending_in_a_bracket_or_long_is_the_printed_title(headline, lead):
    text = f"{headline}\n\n{lead}\n\nLa suite du texte donne les chiffres du contingent et ceux des relèves prévues cette année."
    x = extract(text, None)
    assert x.fields["title"] == headline


# --- a ticker of the site's latest headlines above the article ---------------------------------

TICKERS = [
    ("""Minuto a Minuto

Deportes Gana la final el equipo local
El partido terminó dos a uno ante un estadio lleno y la afición celebró en las calles del centro hasta la noche
Nacional Lluvias cierran dos carreteras
Las autoridades pidieron evitar los viajes este domingo 7 de enero de 2024 en la zona norte del país por las crecidas
Ingenieros del ejército parten hacia una misión de paz en África
Foto de Archivo.

Un grupo de ingenieros militares partió este lunes hacia África para sumarse a una misión de paz de las Naciones Unidas durante un año.

El contingente reparará caminos y puentes en la región donde se despliega la misión, informó el ministerio.""",
     "Ingenieros del ejército parten hacia una misión de paz en África"),
    ("""Dernières infos

Sport Le club de la ville remporte la coupe régionale
Le match s'est terminé sur le score de deux buts à un
Société Fortes pluies sur le nord du pays
Les autorités ont demandé aux habitants d'éviter les routes dimanche 7 janvier 2024
Des ingénieurs militaires partent pour une mission de paix en Afrique

Un groupe d'ingénieurs militaires est parti ce lundi pour l'Afrique afin de rejoindre une mission de paix des Nations unies pendant un an.

Le contingent réparera des routes et des ponts dans la région où la mission est déployée, a indiqué le ministère.""",
     "Des ingénieurs militaires partent pour une mission de paix en Afrique"),
    ("""Latest news

Sport Home side wins the regional cup final
The match ended two goals to one before a full stadium
Weather Heavy rain closes two northern roads
Officials asked people to avoid travel on Sunday January 7, 2024 in the area
Army engineers leave for a peacekeeping mission in Africa

A group of army engineers left on Monday for Africa to join a United Nations peacekeeping mission for a year.

The contingent will repair roads and bridges in the region where the mission is deployed, the ministry said.""",
     "Army engineers leave for a peacekeeping mission in Africa"),
    ("""Tin mới nhất

Thể thao Đội chủ nhà giành cúp khu vực
Trận đấu kết thúc với tỷ số hai một trước khán đài kín chỗ và người hâm mộ ăn mừng trên các con phố trung tâm đến tận đêm
Thời tiết Mưa lớn đóng cửa hai tuyến đường
Chính quyền khuyên người dân không đi lại vào Chủ nhật 7/1/2024 trong khu vực phía bắc vì nước sông dâng cao
Công binh quân đội lên đường làm nhiệm vụ gìn giữ hòa bình tại châu Phi

Một nhóm công binh quân đội đã lên đường sang châu Phi hôm thứ Hai để tham gia phái bộ gìn giữ hòa bình của Liên hợp quốc trong một năm.

Đơn vị sẽ sửa chữa đường sá và cầu cống trong khu vực phái bộ triển khai, Bộ cho biết.""",
     "Công binh quân đội lên đường làm nhiệm vụ gìn giữ hòa bình tại châu Phi"),
]


@pytest.mark.parametrize(("text", "headline"), TICKERS)
def test_a_ticker_of_latest_headlines_above_the_article_is_not_its_head(text, headline):
    x = extract(text, None)
    assert x.fields["title"] == headline
    assert getattr(x, "determined_date", "") in ("", None)
