"""Date and outlet of pages of kinds met on real pages of outlets the labelled corpus does not
hold: each case is a page of our own making (a reading time glued to the date line; a share
bar's "follow Example on" button naming the outlet; a peace operation's site on its parent
organisation's domain)."""

import datetime

import pytest

from newsdossier.extract import extract
from newsdossier.ingest.address import read_address

_TODAY = datetime.date(2026, 12, 1)


def _page(*lines: str) -> str:
    return "\n".join(lines)


# A publishing platform's line of reading time run into the date without a space ("4 min
# readMay 28, 2021"): the date is the page's.
@pytest.mark.parametrize("line, date", [
    ("6 min readJune 3, 2022", "2022-06-03"),
    ("2 min readSeptember 14, 2019", "2019-09-14"),
    ("Lecture 3 minJuin 4, 2020", "2020-06-04"),
    ("Lectura de 5 minOctubre 9, 2021", "2021-10-09"),
    # (must not change) the same apart
    ("6 min read June 3, 2022", "2022-06-03"),
])
def test_a_reading_time_glued_to_the_date_line(line, date):
    x = extract(_page("Engineers open a new road in the north", "Example Ministry", line,
                      "The engineering company, deployed since last year, finished the road to the border town.",
                      "The ministry said the unit would serve for a year."), today=_TODAY)
    assert x.determined_date == date


# A share bar's button on a line of its own, "follow us on" with the outlet's name for "us"
# (the networks' icons after it): the outlet is the page's, printed once.
@pytest.mark.parametrize("button, source", [
    ("Theo dõi Báo Ví Dụ trên", "Báo Ví Dụ"),
    ("Theo dõi Vidu.vn trên", "Vidu.vn"),
    ("Follow Example Daily on", "Example Daily"),
    ("Siga a Diario Ejemplo en", "Diario Ejemplo"),
    ("Suivez Exemple.sn sur", "Exemple.sn"),
    # (must not change) a sentence that goes on after the network is no button
    ("Follow the Minister on Twitter for more news of the battalion and its work.", ""),
])
def test_a_follow_button_names_the_outlet(button, source):
    x = extract(_page("Blue helmets return home after a year in the field",
                      "The engineers of the unit came back on Sunday after a year with the mission.",
                      button,
                      "They were welcomed at the airport by their families and the minister."), today=_TODAY)
    assert x.fields.get("source", "") == source


# A peace operation's own site on its parent organisation's domain ("abcd.unmissions.org"):
# the mission is the outlet, not the parent's domain.
@pytest.mark.parametrize("url, outlet", [
    ("https://onuci.unmissions.org/une-page", "ONUCI"),
    ("https://minusma.unmissions.org/a-page", "MINUSMA"),
    ("https://unmiss.unmissions.org/another-page", "UNMISS"),
    # (must not change) the parent domain itself, and a label that is no mission's
    ("https://unmissions.org/a-page", None),
    ("https://news.example.org/a-page", None),
])
def test_a_mission_subdomain_is_the_mission_site(url, outlet):
    assert read_address(url).outlet == outlet


# A breadcrumb trail printed under the headline, before the text, with the article's date and
# time after it ("Home > World • Friday 20 April 2018 at 15:02"): the date is the page's
# (a site's clock beside its trail in the header, above the headline, is not).
@pytest.mark.parametrize("trail, date", [
    ("Accueil > Actualités > Monde • • jeudi 7 mars 2019 à 10h15min", "2019-03-07"),
    ("Accueil > Politique • mardi 12 juin 2018 à 9h30", "2018-06-12"),
    ("Home > News > Africa • Monday 4 February 2019 at 11:20", "2019-02-04"),
    ("Inicio › Nacionales • lunes 8 de abril de 2019", "2019-04-08"),
])
def test_a_breadcrumb_under_the_headline_with_the_article_date(trail, date):
    x = extract(_page("Example.net, l'actualité du pays sur le net",
                      "Le contingent rentre au pays après un an de mission",
                      trail,
                      "Le contingent rentre au pays après un an de mission",
                      "Les soldats du bataillon sont rentrés dimanche après une année passée au sein de la mission.",
                      "Le ministre les a accueillis à l'aéroport."), today=_TODAY)
    assert x.determined_date == date


# (must not change) the site's clock beside its trail above the headline, under the masthead's
# lines, with or without the article's stamp under the headline
@pytest.mark.parametrize("top, stamp, date", [
    (["Menu"], [], ""),
    (["Exemple Nouvelles", "Le site des nouvelles du pays", "Visiteurs : 0123"], ["04.01.2019 20:45"], "2019-01-04"),
])
def test_a_breadcrumb_above_the_headline_is_the_site_clock(top, stamp, date):
    x = extract(_page(*top, "Accueil > Monde 15.06.2023 09:12", "Le contingent rentre au pays après un an de mission", *stamp,
                      "Les soldats du bataillon sont rentrés dimanche après une année passée au sein de la mission.",
                      "Le ministre les a accueillis à l'aéroport."), today=_TODAY)
    assert x.determined_date == date


# A masthead line printing the site's name, shaped like a web domain, with its slogan in lower
# case ("Example.net, l'actualité du pays sur le net"): the site is the outlet.
@pytest.mark.parametrize("masthead, source", [
    ("Exemple.net, l'actualité du pays sur le net", "Exemple.net"),
    ("Valleynews.com - the news of the valley every day", "Valleynews.com"),
    ("Ejemplo.com.gt: noticias de la región al instante", "Ejemplo.com.gt"),
    # (must not change) a sentence opening with a site's name
    ("Valleynews.com, the site of the paper, reported the news first.", ""),
])
def test_a_masthead_with_its_slogan_names_the_outlet(masthead, source):
    x = extract(_page(masthead, "Le contingent rentre au pays après un an de mission",
                      "Les soldats du bataillon sont rentrés dimanche après une année passée au sein de la mission.",
                      "Le ministre les a accueillis à l'aéroport."), today=_TODAY)
    assert x.fields.get("source", "") == source


# A day printed without its year and a date that starts a period running up to the story
# ("deployed since 25 September 2024"): that date is a floor for the day's year, not its year
# (the deployment may have lasted a year or more); the day read from the lead stays yearless.
@pytest.mark.parametrize("lead, later, date", [
    ("Trưa 29/9, tại sân bay, lễ đón đội công binh về nước đã diễn ra.", "Đội được triển khai đến phái bộ từ ngày 25/9/2024.",
     "XXXX-09-29"),
    ("Sáng 3/10, lễ đón đội công binh đã diễn ra tại sân bay.", "Đội được triển khai đến phái bộ kể từ ngày 1/9/2023.",
     "XXXX-10-03"),
    # (must not change) a date of the story's own time gives its year
    ("Trưa 29/9, tại sân bay, lễ đón đội công binh về nước đã diễn ra.", "Đội đã bàn giao doanh trại cho phái bộ hôm 20/9/2024.",
     "2024-09-29"),
])
def test_a_period_start_date_gives_no_year(lead, later, date):
    x = extract(_page("Đội công binh hoàn thành nhiệm vụ", lead, "Các thành viên của đội đã tham dự lễ chào cờ tại sân bay.",
                      later), today=_TODAY)
    assert x.text_date[0] == date


# A blog on a publishing platform ("someone.medium.com"): the platform's domain is no outlet;
# the account's name printed right above the date line is the publisher.
@pytest.mark.parametrize("url, account, source", [
    ("https://examplecorps.medium.com/a-day-for-peacekeepers-0a1b2c", "Example Defence Staff", "Example Defence Staff"),
    ("https://ministere-exemple.over-blog.com/2021/05/journee.html", "Ministère de l'Exemple", "Ministère de l'Exemple"),
    # a site of its own: its domain, where the page names no outlet
    ("https://www.examplecorps-news.org/a-day-for-peacekeepers", "Example Defence Staff", "examplecorps-news.org"),
])
def test_a_publishing_platform_account_is_the_outlet(tmp_path, url, account, source):
    from newsdossier.ingest import collect
    from newsdossier.ingest.precedence import settle

    title = "A day for the peacekeepers"
    body = [title, "The day honours those who served under the blue flag.", account, "5 min readMay 27, 2021",
            "Today we remember the soldiers, sailors and airmen who served with the missions of the organisation.",
            "They kept the peace in many places and trained others to do the same."]
    page = (f"<!-- saved from url=({len(url):04d}){url} -->\n<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{title}</title></head><body><main><article><h1>{title}</h1>"
            + "".join(f"<p>{line}</p>" for line in body[1:]) + "</article></main></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    articles, _ = collect(path)
    reading = articles[0].read()
    x = extract(reading.text, reading.known, today=_TODAY)
    fields = settle(x.fields, x.text_date, reading.known, x.source_cited)
    assert (fields.get("source"), fields.get("date")) == (source, "2021-05-27")
