"""Unit tests of newsdossier.segment: every line of a seed sorted into its part of the page.

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import Dateline, segment


def page(*blocks: str) -> str:
    """A seed text: blocks separated by blank lines, as scraped pages are."""
    return "\n\n".join(blocks)


# --- title ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "first_paragraph"),
    [
        pytest.param(
            page("Peacekeepers open a field hospital in the north", "The hospital has forty beds. It opened on Monday."),
            "Peacekeepers open a field hospital in the north",
            "The hospital has forty beds. It opened on Monday.",
            id="english",
        ),
        pytest.param(
            page("La mission inaugure un pont sur le fleuve", "Le pont relie deux villages. Il a été financé par la mission."),
            "La mission inaugure un pont sur le fleuve",
            "Le pont relie deux villages. Il a été financé par la mission.",
            id="french",
        ),
        pytest.param(
            page("Los soldados reparan una escuela rural", "La obra duró un mes. Los alumnos vuelven el lunes."),
            "Los soldados reparan una escuela rural",
            "La obra duró un mes. Los alumnos vuelven el lunes.",
            id="spanish",
        ),
    ],
)
def test_a_printed_headline_becomes_the_title(text, title, first_paragraph):
    layout = segment(text)
    assert layout.title == title
    assert layout.paragraphs[0] == first_paragraph


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            page(
                "Envoy meets leaders in the capital",
                "Envoy meets leaders in the capital",
                "The envoy met three party leaders. The talks went well.",
            ),
            "Envoy meets leaders in the capital",
            id="repeated-right-after",
        ),
        pytest.param(
            page(
                "Le représentant spécial rencontre les élus",
                "Par Jean Dupont",
                "Le représentant spécial rencontre les élus",
                "Les élus ont salué la visite. Ils ont promis un dialogue.",
            ),
            "Le représentant spécial rencontre les élus",
            id="repeated-after-a-byline",
        ),
    ],
)
def test_a_headline_printed_twice_is_not_duplicated(text, title):
    layout = segment(text)
    assert layout.title == title
    everywhere = layout.paragraphs + layout.captions + layout.boilerplate + layout.teasers
    assert title not in everywhere
    assert not any(title in part for part in layout.paragraphs)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            page(
                "The mission opened a field hospital on Monday in a remote town that had lacked any health care "
                "for more than a decade, officials said.",
                "Doctors said the hospital was overdue.",
            ),
            id="english",
        ),
        pytest.param(
            page(
                "La mission a inauguré lundi un pont qui relie deux villages isolés depuis la saison des pluies, "
                "a indiqué un porte-parole.",
                "Les habitants ont salué le projet.",
            ),
            id="french",
        ),
        pytest.param(
            page(
                "Los soldados de la misión repararon una escuela rural que llevaba tres años cerrada por falta "
                "de fondos, según un portavoz.",
                "Los alumnos vuelven el lunes.",
            ),
            id="spanish",
        ),
    ],
)
def test_a_text_starting_with_a_long_paragraph_has_no_printed_title(text):
    layout = segment(text)
    assert layout.title is None
    assert layout.paragraphs[0] == text.split("\n\n")[0]


def test_a_question_headline_becomes_the_title():
    layout = segment(page("Will the truce hold in the north?", "The truce was signed last week. Both sides agreed."))
    assert layout.title == "Will the truce hold in the north?"


# --- metadata and bylines ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            page("Blue helmets train local police", "Source\nXinhuanet", "The training lasted two weeks. Forty officers took part."),
            {"source": "Xinhuanet"},
            id="label-line-then-value-line",
        ),
        pytest.param(
            page("Blue helmets train local police", "Source\nXinhuanet", "Editor\nJane Roe", "The training lasted two weeks."),
            {"source": "Xinhuanet", "editor": "Jane Roe"},
            id="two-label-value-pairs",
        ),
        pytest.param(
            page("Blue helmets train local police", "The training lasted two weeks. Forty officers took part.", "Source: VNA"),
            {"source": "VNA"},
            id="source-colon-value-at-the-end",
        ),
        pytest.param(
            page("Des casques bleus forment la police", "Source : AFP", "Les soldats ont formé quarante policiers."),
            {"source": "AFP"},
            id="french-spaced-colon",
        ),
        pytest.param(
            page("Los soldados reparan una escuela rural", "Fuente: EFE", "La obra duró un mes."),
            {"source": "EFE"},
            id="spanish-fuente",
        ),
        pytest.param(
            page("Peacekeepers train police in the north", "By: Jane Roe", "Published: 2021-11-26", "Troops trained forty officers."),
            {"author": "Jane Roe", "date": "2021-11-26"},
            id="author-and-date-labels",
        ),
        pytest.param(
            page("Nữ quân nhân được khen thưởng", "Bộ đội công binh hoàn thành nhiệm vụ.", "Nguồn: VOV"),
            {"source": "VOV"},
            id="vietnamese-label-with-diacritics",
        ),
        pytest.param(
            page("Nữ quân nhân được khen thưởng", "Tác giả: Lê Thu Hà", "Bộ đội công binh hoàn thành nhiệm vụ."),
            {"author": "Lê Thu Hà"},
            id="vietnamese-author-label-value-as-printed",
        ),
    ],
)
def test_label_and_value_lines_go_to_metadata(text, expected):
    layout = segment(text)
    assert layout.metadata == expected
    assert not any(value in para for para in layout.paragraphs for value in expected.values())


def test_an_inline_date_label_is_taken_off_the_paragraph():
    layout = segment(page("Peacekeepers train police in the north", "Date 2022-02-03 10:00 Troops trained forty officers."))
    assert layout.metadata == {"date": "2022-02-03 10:00"}
    assert layout.paragraphs == ["Troops trained forty officers."]


@pytest.mark.parametrize(
    ("byline_line", "expected"),
    [
        pytest.param("by Xinhua writer Li Ming", "Xinhua writer Li Ming", id="agency-writer-name"),
        pytest.param("By Sarah Osei", "Sarah Osei", id="english-name"),
        pytest.param("Par Jean Dupont", "Jean Dupont", id="french-par"),
        pytest.param("Por Ana Gómez", "Ana Gómez", id="spanish-por"),
        pytest.param("Bởi Trần Minh Châu", "Trần Minh Châu", id="vietnamese-boi"),
    ],
)
def test_a_byline_line_goes_to_bylines(byline_line, expected):
    layout = segment(page("Envoy meets leaders in the capital", byline_line, "The envoy met three party leaders."))
    assert layout.bylines == [expected]
    assert layout.paragraphs == ["The envoy met three party leaders."]


@pytest.mark.parametrize(
    ("byline_line", "author", "date"),
    [
        pytest.param("Par Jean Dupont - 03/03/2022", "Jean Dupont", "03/03/2022", id="fr-dash-numeric"),
        pytest.param("By Jane Roe • March 3, 2022", "Jane Roe", "March 3, 2022", id="en-bullet"),
        pytest.param("Por Ana Gómez – 3 de marzo de 2022", "Ana Gómez", "3 de marzo de 2022", id="es-en-dash"),
        pytest.param("By Jane Roe, March 3, 2022", "Jane Roe", "March 3, 2022", id="en-comma"),
        pytest.param("By The Associated Press March 3, 2022 6:46 am < a min read", "The Associated Press",
                     "March 3, 2022 6:46 am < a min read", id="en-no-separator-and-a-reading-time"),
        pytest.param("Par Jean Dupont le 3 mars 2022 à 08h15", "Jean Dupont", "3 mars 2022 à 08h15", id="fr-le"),
    ],
)
def test_a_date_beside_the_byline_is_the_page_date(byline_line, author, date):
    layout = segment(page("Peacekeepers train police in the north", byline_line, "Troops trained forty officers."))
    assert (layout.bylines, layout.metadata.get("date")) == ([author], date)


@pytest.mark.parametrize("byline_line", ["Por Ana Gómez - Montevideo", "By Jane Roe - Staff writer"])
def test_a_byline_with_no_date_after_its_dash_stays_whole(byline_line):
    layout = segment(page("Peacekeepers train police in the north", byline_line, "Troops trained forty officers."))
    assert layout.bylines == [byline_line.split(" ", 1)[1]] and "date" not in layout.metadata


# --- datelines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first_paragraph", "dateline", "rest"),
    [
        pytest.param(
            "UNITED NATIONS, Nov. 26 (Xinhua) -- The envoy briefed the council on Friday. She asked for funds.",
            Dateline("United Nations", "Nov. 26", "Xinhua"),
            "The envoy briefed the council on Friday. She asked for funds.",
            id="caps-place-date-agency-double-hyphen",
        ),
        pytest.param(
            "New York (VNA) - The envoy visited the border area. She met local leaders.",
            Dateline("New York", None, "VNA"),
            "The envoy visited the border area. She met local leaders.",
            id="place-agency-hyphen",
        ),
        pytest.param(
            "Hanoi, Dec. 7 (VNA) \u2013 The team left for the mission area. It will stay a year.",
            Dateline("Hanoi", "Dec. 7", "VNA"),
            "The team left for the mission area. It will stay a year.",
            id="place-date-agency-en-dash",
        ),
        pytest.param(
            "BANGUI, 2 février (AFP) - Les soldats ont formé quarante policiers.",
            Dateline("Bangui", "2 février", "AFP"),
            "Les soldats ont formé quarante policiers.",
            id="french",
        ),
        pytest.param(
            "MADRID, 3 de marzo (EFE) - Los soldados repararon una escuela rural.",
            Dateline("Madrid", "3 de marzo", "EFE"),
            "Los soldados repararon una escuela rural.",
            id="spanish",
        ),
        pytest.param(
            "JUBA, Nov. 26 -- The mission said it was ready. More troops are due.",
            Dateline("Juba", "Nov. 26", None),
            "The mission said it was ready. More troops are due.",
            id="caps-place-date-without-agency",
        ),
        pytest.param(
            "GOMA, Democratic Republic of the Congo, Oct. 10 (UPI) -- The convoy was hit. Two died.",
            Dateline("Goma", "Oct. 10", "UPI", "Democratic Republic of the Congo"),
            "The convoy was hit. Two died.",
            id="place-country-date-agency",
        ),
        pytest.param(
            "Dakar: President Ndiaye saw the troops off on Friday. They fly tonight.",
            Dateline("Dakar", None, None),
            "President Ndiaye saw the troops off on Friday. They fly tonight.",
            id="known-place-colon",
        ),
        pytest.param(
            "Abuja, March 3, 2022 (NAN) The army said the troops had landed. They rest today.",
            Dateline("Abuja", "March 3, 2022", "NAN"),
            "The army said the troops had landed. They rest today.",
            id="agency-in-brackets-without-a-dash",
        ),
        pytest.param(
            "GAO, Mali (AP) \u2014 Four peacekeepers were wounded. They are safe.",
            Dateline("Gao", None, "AP", "Mali"),
            "Four peacekeepers were wounded. They are safe.",
            id="a-region-before-the-agency-is-no-date",
        ),
        pytest.param(
            "Niamey, le 3 mars (AFP) Les soldats sont rentrés. Ils se reposent.",
            Dateline("Niamey", "le 3 mars", "AFP"),
            "Les soldats sont rentrés. Ils se reposent.",
            id="fr-agency-in-brackets-without-a-dash",
        ),
    ],
)
def test_a_dateline_is_taken_off_the_first_paragraph(first_paragraph, dateline, rest):
    layout = segment(page("Envoy meets leaders in the capital", first_paragraph, "Talks resume next week."))
    assert layout.dateline == dateline
    assert layout.paragraphs == [rest, "Talks resume next week."]


@pytest.mark.parametrize(
    "first_paragraph",
    [
        pytest.param("The envoy met three party leaders (two from the south) and left.", id="parenthesis-without-dash"),
        pytest.param("The mission in Mali (MINUSMA) The troops landed in Gao on Monday and left.", id="a-body-in-brackets-is-no-agency"),
        pytest.param("Soldiers of the Ghana Armed Forces (GAF) The troops landed.", id="a-sentence-with-an-acronym"),
        pytest.param("Le chef de la mission, M. Traoré, est arrivé lundi à Gao.", id="french-comma-without-agency"),
        pytest.param(
            "The World Food Programme (WFP) \u2013 the main food agency \u2013 delivered rations to the camps.",
            id="organisation-acronym-then-dash",
        ),
    ],
)
def test_a_first_paragraph_without_a_dateline_is_kept_whole(first_paragraph):
    layout = segment(page("Envoy meets leaders in the capital", first_paragraph))
    assert layout.dateline is None
    assert layout.paragraphs == [first_paragraph]


# --- boilerplate and teasers ------------------------------------------------------------------


@pytest.mark.parametrize(
    "furniture",
    [
        pytest.param("Leave A Reply", id="leave-a-reply"),
        pytest.param("Your email address will not be published.", id="email-not-published"),
        pytest.param("Required fields are marked *", id="required-fields"),
        pytest.param("Share this article", id="share"),
        pytest.param("Tags: peace, police", id="tags"),
        pytest.param("Follow us on social media", id="follow-us"),
        pytest.param("Suivez-nous sur les réseaux", id="french-follow"),
        pytest.param("Tous droits réservés 2021", id="french-rights"),
        pytest.param("Todos los derechos reservados", id="spanish-rights"),
        pytest.param("Advertisement", id="advertisement"),
    ],
)
def test_page_furniture_lines_are_boilerplate(furniture):
    layout = segment(page("Envoy meets leaders in the capital", "The envoy met three party leaders.", furniture, "Talks resume next week."))
    assert layout.boilerplate == [furniture]
    assert layout.paragraphs == ["The envoy met three party leaders.", "Talks resume next week."]


@pytest.mark.parametrize(
    ("marker", "teasers"),
    [
        pytest.param("Related News", ["Other story about the region", "Another story. With a full sentence."], id="english"),
        pytest.param("À lire aussi", ["Un autre article sur la mission"], id="french"),
        pytest.param("Noticias relacionadas", ["Otra noticia sobre la misión"], id="spanish"),
        pytest.param(
            "Related News:",
            ["Other story about the region"],
            id="marker-with-colon",
        ),
        pytest.param(
            "À lire aussi :",
            ["Un autre article sur la mission"],
            id="french-marker-with-spaced-colon",
        ),
    ],
)
def test_everything_after_a_teaser_marker_goes_to_teasers(marker, teasers):
    body = "The envoy met three party leaders. The talks went well."
    layout = segment(page("Envoy meets leaders in the capital", body, marker, *teasers))
    assert layout.paragraphs == [body]
    assert layout.boilerplate == [marker]
    assert layout.teasers == teasers


def test_a_teaser_marker_before_any_body_text_does_not_end_the_article():
    layout = segment(page("Envoy meets leaders in the capital", "Related News", "The envoy met three party leaders."))
    assert layout.teasers == []
    assert layout.paragraphs == ["The envoy met three party leaders."]


def test_a_read_more_link_with_punctuation_is_boilerplate():
    layout = segment(page("Envoy meets leaders in the capital", "The envoy met three party leaders.", "Read more \u00bb"))
    assert layout.boilerplate == ["Read more \u00bb"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            page("Peacekeepers train police in the north", "Civilians returned to the town on Monday. Schools reopened."),
            id="english-paragraph-starting-with-C",
        ),
        pytest.param(
            page("Les soldats forment la police", "Ce lundi, les habitants sont rentrés. Les écoles ont rouvert."),
            id="french-paragraph-starting-with-C",
        ),
        pytest.param(
            page("Cascos azules reparan una escuela", "La obra duró un mes. Los alumnos vuelven el lunes."),
            id="spanish-title-starting-with-C",
        ),
    ],
)
def test_a_line_starting_with_the_letter_c_is_not_boilerplate(text):
    layout = segment(text)
    assert layout.boilerplate == []


# --- photo credits and captions ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("credit_line", "credited", "caption"),
    [
        pytest.param("Photo: UN/John Doe", "UN/John Doe", "Soldiers stand at attention during the parade.", id="english"),
        pytest.param("Photo : Marie Diop", "Marie Diop", "Les soldats défilent sur la place centrale.", id="french"),
        pytest.param("Foto: Juan Pérez", "Juan Pérez", "Los soldados desfilan en la plaza mayor.", id="spanish"),
    ],
)
def test_a_standalone_credit_line_is_a_credit_and_the_next_line_its_caption(credit_line, credited, caption):
    body = ["The envoy met three party leaders.", "Talks resume next week."]
    layout = segment(page("Envoy meets leaders in the capital", body[0], credit_line, caption, body[1]))
    assert len(layout.credits) == 1
    assert credited in layout.credits[0]
    assert layout.captions == [caption]
    assert layout.paragraphs == body


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        pytest.param(
            "The soldiers paraded in the main square (Photo: Jane Roe)",
            "The soldiers paraded in the main square.",
            "Jane Roe",
            id="english-parenthesised",
        ),
        pytest.param(
            "Les soldats défilent sur la place centrale. Photo : Marie Diop",
            "Les soldats défilent sur la place centrale.",
            "Marie Diop",
            id="french-after-full-stop",
        ),
    ],
)
def test_a_photo_credit_closing_a_line_splits_caption_and_credit(line, caption, credit):
    layout = segment(page("Envoy meets leaders in the capital", line, "The parade lasted an hour and ended without incident."))
    assert layout.captions == [caption]
    assert layout.credits == [credit]
    assert layout.paragraphs == ["The parade lasted an hour and ended without incident."]


# --- glued sentences --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "La mission a ouvert une école.Il a affirmé que les cours commencent lundi.",
            "La mission a ouvert une école. Il a affirmé que les cours commencent lundi.",
            id="french-full-stop",
        ),
        pytest.param(
            "Los soldados repararon una escuela.El trabajo duró un mes.",
            "Los soldados repararon una escuela. El trabajo duró un mes.",
            id="spanish-full-stop",
        ),
        pytest.param(
            "Will the truce hold?Officials say it will. They are hopeful.",
            "Will the truce hold? Officials say it will. They are hopeful.",
            id="question-mark",
        ),
        pytest.param(
            "Le déploiement au sein de la Force pour Abyei (FISNUA).Le secrétaire général a parlé.",
            "Le déploiement au sein de la Force pour Abyei (FISNUA). Le secrétaire général a parlé.",
            id="french-after-acronym-in-brackets",
        ),
        pytest.param(
            "He said it was “a great day”.The troops arrived on Monday.",
            "He said it was “a great day”. The troops arrived on Monday.",
            id="after-closing-quote",
        ),
        pytest.param(
            "Việt Nam đã cử sĩ quan tham gia hiện.Bộ Quốc phòng cho biết như vậy.",
            "Việt Nam đã cử sĩ quan tham gia hiện. Bộ Quốc phòng cho biết như vậy.",
            id="vietnamese-letters",
        ),
        pytest.param(
            "The U.N.Security Council met. The USA.Today paper wrote it up.",
            "The U.N.Security Council met. The USA.Today paper wrote it up.",
            id="capitals-before-the-stop-untouched",
        ),
        pytest.param(
            "Visitors read news.un.org and the U.N. site. Prices rose 3.5 percent.",
            "Visitors read news.un.org and the U.N. site. Prices rose 3.5 percent.",
            id="domains-acronyms-decimals-untouched",
        ),
    ],
)
def test_glued_sentences_get_a_space(paragraph, expected):
    layout = segment(page("Envoy meets leaders in the capital", paragraph))
    assert layout.paragraphs == [expected]


def test_a_word_and_colon_that_is_not_a_place_is_not_a_dateline():
    layout = segment(page("Envoy meets leaders in the capital", "Note: The envoy briefed the council.", "Talks resume."))
    assert layout.dateline is None
    assert layout.paragraphs[0] == "Note: The envoy briefed the council."


def test_a_dateline_after_a_standfirst_is_found():
    layout = segment(page(
        "Envoy meets leaders in the capital",
        "The envoy spent two days in talks with party leaders.",
        "DAKAR, Oct. 10 (AFP) -- The envoy briefed the council on Friday.",
    ))
    assert layout.dateline == Dateline("Dakar", "Oct. 10", "AFP")
    assert layout.paragraphs == ["The envoy spent two days in talks with party leaders.", "The envoy briefed the council on Friday."]


@pytest.mark.parametrize("separator", ["\n", "    \u2022    ", " | "], ids=["next-line", "bullet", "bar"])
def test_a_name_beside_the_date_line_is_a_byline_not_the_headline(separator):
    text = page(f"Maria Lopez{separator}31 August 2018 13:59", "Peacekeepers Leave for Mission Area", "The team of 200 left on Friday. It will serve a year.")
    layout = segment(text)
    assert layout.bylines == ["Maria Lopez"]
    assert layout.title == "Peacekeepers Leave for Mission Area"


@pytest.mark.parametrize("tag", ["world news (en)", "En World (En)", "latest updates"])
def test_a_short_tag_line_above_the_text_is_not_its_first_paragraph(tag):
    layout = segment(page("Peacekeepers open a field hospital in the north", tag, "The hospital has forty beds. It opened on Monday."))
    assert layout.paragraphs == ["The hospital has forty beds. It opened on Monday."]
    assert tag in layout.boilerplate


def test_a_caption_printed_twice_is_a_caption():
    caption = "Peacekeepers on patrol near the border. (AFP/UN)"
    layout = segment(page("Peacekeepers open a field hospital in the north", "The hospital has forty beds. It opened on Monday.", caption, caption, "More beds come next year."))
    assert layout.captions == [caption]
    assert layout.paragraphs == ["The hospital has forty beds. It opened on Monday.", "More beds come next year."]


# --- title: page furniture around the headline --------------------------------------------------


@pytest.mark.parametrize(
    ("stamped", "title"),
    [
        pytest.param("10h42 : Deux Casques bleus blessés près de Tyr", "Deux Casques bleus blessés près de Tyr", id="fr"),
        pytest.param("09:05 - Peacekeepers leave the northern base", "Peacekeepers leave the northern base", id="en"),
        pytest.param("18.30 | Los cascos azules dejan la base del norte", "Los cascos azules dejan la base del norte", id="es"),
        pytest.param("07:15 Binh sĩ Việt Nam lên đường tới Abyei", "Binh sĩ Việt Nam lên đường tới Abyei", id="vi"),
    ],
)
def test_a_live_blog_time_stamp_is_not_part_of_the_title(stamped, title):
    text = page(stamped, "The entry goes on here with a full sentence of reporting. It ends now.")
    assert segment(text).title == title


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("12:30 troops arrived", id="too-short-to-be-a-headline-after-the-stamp"),
        pytest.param("10.000 soldiers serve in the mission today", id="a-number-not-a-time"),
    ],
)
def test_a_line_without_a_time_stamp_keeps_its_words(line):
    from newsdossier.segment import without_time_stamp

    assert without_time_stamp(line) == line


@pytest.mark.parametrize(
    ("caption", "credit", "title"),
    [
        pytest.param("Soldiers of the mission on patrol near the river port of Goma AFP/Jane Whitcombe", "AFP/Jane Whitcombe",
                     "Peacekeepers open a field hospital in the north", id="en-agency-first"),
        pytest.param("Des Casques bleus en patrouille près du marché de Tombouctou Pierre Lemaire/Reuters", "Pierre Lemaire/Reuters",
                     "La mission inaugure un pont sur le fleuve", id="fr-agency-last"),
        pytest.param("Cascos azules durante una patrulla cerca del puerto de Beirut EFE/Ana Gómez", "EFE/Ana Gómez",
                     "Los cascos azules dejan la base del norte", id="es"),
    ],
)
def test_a_caption_closed_by_an_agency_credit_is_not_the_title(caption, credit, title):
    text = page(title, caption, "The first paragraph of the article is a full sentence. It goes on.")
    layout = segment(text)
    assert layout.title == title
    assert credit in layout.credits


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Troops and police share the work in a joint mission 24/7", id="en-headline"),
        pytest.param("Most voters back the mission, according to a survey by Reuters/Ipsos Polling.", id="en-sentence"),
        pytest.param("La majorité soutient la mission, selon un sondage AFP/Ifop Opinion.", id="fr-sentence"),
    ],
)
def test_a_line_with_a_slash_is_not_taken_for_a_credit(line):
    from newsdossier.segment import agency_credit

    assert agency_credit(line) is None


@pytest.mark.parametrize(
    "menu",
    [
        pytest.param(["1. Latest news:", "2. Elections 2.0", "3. Weather"], id="en"),
        pytest.param(["1. À la une", "2. Politique", "3. Afrique - Sahel"], id="fr"),
        pytest.param(["1) Lo último", "2) Política"], id="es"),
        pytest.param(["1. Dòng sự kiện:", "2. Thời sự", "3. Chiến sự Nga - Ukraine"], id="vi"),
    ],
)
def test_a_numbered_list_of_links_above_the_text_is_not_the_title(menu):
    title = "Peacekeepers open a field hospital in the north"
    text = "\n".join(menu) + "\n\n" + page(title, "The hospital has forty beds and opened on Monday. It is run by medics.")
    layout = segment(text)
    assert layout.title == title
    assert all(item in layout.boilerplate for item in menu)


@pytest.mark.parametrize(
    ("row", "caption", "credit", "paragraph"),
    [
        pytest.param('[caption id="attachment_12" align="alignnone"]Peacekeepers on patrol near Goma. [UN Photo/Jane Whitcombe][/caption]Two peacekeepers were wounded on Monday near Goma, the mission said.',
                     "Peacekeepers on patrol near Goma.", "Jane Whitcombe", "Two peacekeepers were wounded on Monday near Goma, the mission said.", id="en"),
        pytest.param("Des Casques bleus en patrouille près de Gao. [Photo: MINUSMA/Pierre Lemaire][/caption]Deux Casques bleus ont été blessés lundi près de Gao, a indiqué la mission.",
                     "Des Casques bleus en patrouille près de Gao.", "MINUSMA/Pierre Lemaire", "Deux Casques bleus ont été blessés lundi près de Gao, a indiqué la mission.", id="fr"),
        pytest.param("Cascos azules en patrulla cerca de Naqura. [Foto: FINUL][/caption]Dos cascos azules resultaron heridos el lunes cerca de Naqura, informó la misión.",
                     "Cascos azules en patrulla cerca de Naqura.", "FINUL", "Dos cascos azules resultaron heridos el lunes cerca de Naqura, informó la misión.", id="es"),
    ],
)
def test_a_caption_left_in_its_content_management_tags_is_a_caption(row, caption, credit, paragraph):
    layout = segment(page("Peacekeepers wounded near the town", row))
    assert caption in layout.captions
    assert credit in layout.credits
    assert layout.paragraphs[0] == paragraph


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        pytest.param("Peacekeepers open a field hospital in the north - Africanews", "Peacekeepers open a field hospital in the north", id="en-hyphen"),
        pytest.param("La mission inaugure un pont sur le fleuve \u2013 Jeune Afrique", "La mission inaugure un pont sur le fleuve", id="fr-dash"),
        pytest.param("Los cascos azules dejan la base del norte | El País", "Los cascos azules dejan la base del norte", id="es-bar"),
        pytest.param("Bệnh viện dã chiến nhận nhiệm vụ tại Nam Sudan - VnExpress", "Bệnh viện dã chiến nhận nhiệm vụ tại Nam Sudan", id="vi"),
    ],
)
def test_the_outlet_name_a_title_bar_prints_after_the_headline_is_not_part_of_it(printed, title):
    assert segment(page(printed, "The first paragraph of the article is a full sentence. It goes on.")).title == title


@pytest.mark.parametrize(
    "printed",
    [
        pytest.param("Mali - Peacekeepers open a field hospital in the north", id="a-place-first"),
        pytest.param("Peacekeepers open a field hospital - and a school", id="a-dash-in-the-headline"),
    ],
)
def test_a_dash_in_a_headline_without_an_outlet_after_it_is_kept(printed):
    from newsdossier.segment import without_site_name

    assert without_site_name(printed) == printed


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        pytest.param("EXCLUSIVE: UN chief condemns the killing of peacekeepers", "UN chief condemns the killing of peacekeepers", id="en-exclusive"),
        pytest.param("VIDÉO - Des Casques bleus reconstruisent un pont à Gao", "Des Casques bleus reconstruisent un pont à Gao", id="fr-video-dash"),
        pytest.param("ÚLTIMA HORA: Cascos azules heridos en un ataque", "Cascos azules heridos en un ataque", id="es-ultima-hora"),
        pytest.param("TRỰC TIẾP: Lễ xuất quân của bệnh viện dã chiến", "Lễ xuất quân của bệnh viện dã chiến", id="vi-truc-tiep"),
        pytest.param("MALI: Peacekeepers open a field hospital", "MALI: Peacekeepers open a field hospital", id="a-place-is-no-kicker"),
        pytest.param("Breaking: peacekeepers wounded", "Breaking: peacekeepers wounded", id="too-short-to-cut"),
    ],
)
def test_a_kicker_before_the_headline_is_not_part_of_it(printed, title):
    assert segment(page(printed, "The first paragraph of the article is a full sentence. It goes on.")).title == title


@pytest.mark.parametrize("separator", [" - ", " – ", " :: "], ids=["hyphen", "en-dash", "double-colon"])
def test_a_title_bar_over_the_bare_headline_gives_the_site_name(separator):
    layout = segment(page(f"Peacekeepers return home after a year in Gao{separator}The Sahel Tribune",
                          "Peacekeepers return home after a year in Gao",
                          "The soldiers landed in Niamey on Thursday. They were met by the minister."))
    assert layout.title == "Peacekeepers return home after a year in Gao"
    assert layout.site_name == "The Sahel Tribune"


@pytest.mark.parametrize(
    ("headline", "standfirst", "lead"),
    [
        pytest.param("Three peacekeepers killed in Mali", "Three soldiers died when their vehicle hit a mine near Gao on the road to the north",
                     "Three peacekeepers were killed when their vehicle hit a mine near Gao, the mission said.", id="en"),
        pytest.param("Trois Casques bleus tués au Mali", "Leur véhicule a heurté une mine près de Gao sur la route du nord du pays",
                     "Trois Casques bleus ont été tués lorsque leur véhicule a heurté une mine près de Gao.", id="fr"),
        pytest.param("Mueren tres cascos azules en Malí", "Su vehículo pisó una mina cerca de Gao en la carretera hacia el norte del país",
                     "Tres cascos azules murieron cuando su vehículo pisó una mina cerca de Gao, informó la misión.", id="es"),
        pytest.param("Ba binh sĩ gìn giữ hòa bình thiệt mạng", "Xe của họ trúng mìn gần Gao trên đường lên phía bắc của đất nước Mali",
                     "Ba binh sĩ gìn giữ hòa bình đã thiệt mạng khi xe của họ trúng mìn gần Gao.", id="vi"),
    ],
)
def test_a_longer_standfirst_under_the_headline_is_not_the_title(headline, standfirst, lead):
    assert segment(page(headline, standfirst, lead)).title == headline


def test_a_tagline_above_the_headline_is_not_the_title_even_when_shorter():
    layout = segment(page("The voice of the Sahel since 1990", "Peacekeepers wounded when their vehicle hits a mine near Gao",
                          "Two peacekeepers were wounded when their vehicle hit a mine near Gao, the mission said."))
    assert layout.title == "Peacekeepers wounded when their vehicle hits a mine near Gao"


@pytest.mark.parametrize(
    ("header_date", "article_date"),
    [
        pytest.param("Monday, November 30, 2026", "March 3, 2022", id="en"),
        pytest.param("Lundi 30 novembre 2026", "Publié le 03/03/2022 à 08h15", id="fr"),
        pytest.param("Lunes, 30 de noviembre de 2026", "3 de marzo de 2022", id="es"),
        pytest.param("Thứ Hai, 30/11/2026", "Thứ Năm, 03/03/2022, 08:15 (GMT+7)", id="vi"),
    ],
)
def test_a_date_under_the_headline_outranks_the_site_header_date_above_it(header_date, article_date):
    layout = segment(page(header_date, "Peacekeepers return home after a year in the north",
                          article_date, "The soldiers landed in the capital after a year away."))
    assert layout.metadata["date"] == article_date and header_date in layout.boilerplate


def test_a_date_above_the_headline_alone_is_the_page_date():
    layout = segment(page("March 3, 2022", "Peacekeepers return home after a year in the north",
                          "The soldiers landed in the capital after a year away."))
    assert layout.metadata["date"] == "March 3, 2022"


@pytest.mark.parametrize(
    ("lead", "source", "rest"),
    [
        pytest.param("(QĐND) - Sáng 3-3, Bộ Quốc phòng tổ chức lễ đón.", "QĐND", "Sáng 3-3, Bộ Quốc phòng tổ chức lễ đón.", id="vi-bracketed-code"),
        pytest.param("VOV.VN - Sáng 3-3, Bộ Quốc phòng tổ chức lễ đón.", "VOV.VN", "Sáng 3-3, Bộ Quốc phòng tổ chức lễ đón.", id="vi-web-domain"),
        pytest.param("(CNN) -- Three peacekeepers were wounded on Monday.", "CNN", "Three peacekeepers were wounded on Monday.", id="en-bracketed-outlet"),
    ],
)
def test_an_outlet_opening_the_lead_is_its_source_not_a_place(lead, source, rest):
    layout = segment(page("Peacekeepers return home after a year in the north", lead))
    assert (layout.metadata.get("source"), layout.dateline, layout.paragraphs) == (source, None, [rest])


def test_a_word_and_a_dash_opening_the_lead_that_is_no_outlet_stays():
    lead = "Mali - Three peacekeepers were wounded on Monday near Gao."
    assert segment(page("Peacekeepers wounded in the north", lead)).paragraphs == [lead]


def test_a_teaser_marker_followed_by_the_articles_prose_does_not_end_the_article():
    """A "Lire aussi" whose teaser the copy lost, the text's next paragraph right after it:
    the text goes on (a teaser's headline is never a paragraph of several sentences)."""
    body = "The envoy met three party leaders. The talks went well."
    after = ("On Friday the council extended the mandate of the mission for six months, a decision the government had "
             "asked for. The envoy said the vote gave the parties time to agree on a date for the elections and on the "
             "return of the displaced.")
    layout = segment(page("Envoy meets leaders in the capital", body, "Lire aussi", after))
    assert layout.paragraphs == [body, after]
    assert layout.teasers == []
