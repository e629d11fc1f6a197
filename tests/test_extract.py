"""Unit tests of newsdossier.extract: the article fields composed from a seed's layout.

The example texts are invented for the tests: each shows a general pattern.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def page(*blocks: str) -> str:
    return "\n\n".join(blocks)


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        pytest.param("Londres, 8 sep (EFE).- Los ministros firmaron un acuerdo.", "London", id="spanish-city"),
        pytest.param("Naciones Unidas, 28 ago (EFE).- El Consejo aprobó la resolución.", "United Nations", id="spanish-un"),
        pytest.param("GENÈVE, 3 mars (AFP) - Les délégués se sont réunis.", "Geneva", id="french-city-caps"),
        pytest.param("Dakar, 3 mars (AFP) - Les délégués se sont réunis.", "Dakar", id="same-in-both"),
        pytest.param("Smallville, 3 mars (AFP) - Les délégués se sont réunis.", "Smallville", id="unknown-kept-as-printed"),
    ],
)
def test_a_dateline_place_is_named_as_in_the_reference(lead, dateline):
    fields = extract(page("Los ministros firman un acuerdo de paz", lead, "El texto entra en vigor el lunes.")).fields
    assert fields["dateline"] == dateline


@pytest.mark.parametrize(
    ("furniture", "source"),
    [
        pytest.param("Publié le 5 octobre 2022  |  radiondekeluka.org", "Radio Ndeke Luka", id="domain-in-date-line"),
        pytest.param("Follow thehindu.com on social media", "The Hindu", id="domain-in-furniture"),
        pytest.param("Photo: Jane Doe/CVN", "Le Courrier du Vietnam", id="newspaper-photo-credit"),
        pytest.param("\u00a9 AP Photo / Jane Doe", "", id="agency-photo-credit-is-not-the-source"),
        pytest.param("Photo: Reuters/Jane Doe", "", id="agency-credit-alone"),
        pytest.param("UN peacekeeping force labels attack as war crime", "", id="outlet-word-in-ordinary-case-line"),
        pytest.param("\u00a9 REUTERS 2023", "Reuters", id="copyright-in-capitals"),
    ],
)
def test_the_source_comes_from_the_page_furniture(furniture, source):
    text = page(
        "Peacekeepers open a field hospital in the north",
        furniture,
        "The hospital has forty beds and two operating rooms. It opened on Monday after a year of work.",
        "More beds come next year.",
    )
    assert extract(text).fields["source"] == source


def article_date(*blocks: str) -> tuple[str, str]:
    fields = extract(page(*blocks)).fields
    return fields["date"], fields["date_basis"]


@pytest.mark.parametrize(
    ("blocks", "date"),
    [
        pytest.param(
            ("Peacekeepers mark a milestone in Cyprus",
             "NICOSIA, March 4 (AFP) -- Soldiers of UNFICYP paraded on Monday to mark the 60th anniversary of the force.",
             "The force patrols the buffer zone."),
            "2024-03-04", id="anniversary-of-a-mission-en",
        ),
        pytest.param(
            ("La Finul fête un anniversaire",
             "BEYROUTH, 19 mars (AFP) - La FINUL a célébré le 45e anniversaire de sa création au Liban.",
             "La force compte dix mille soldats."),
            "2023-03-19", id="anniversary-of-a-mission-fr",
        ),
        pytest.param(
            ("The UN at eighty",
             "GENEVA, Oct. 24 (AFP) -- Delegates marked 80 years since the United Nations was founded.",
             "Speeches followed."),
            "2025-10-24", id="years-since-an-organisation",
        ),
    ],
)
def test_an_anniversary_gives_the_year_of_a_date_printed_without_one(blocks, date):
    assert article_date(*blocks) == (date, "inferred")


def test_a_page_date_far_from_the_dispatch_date_is_a_display_date():
    date, basis = article_date(
        "19 abr. 2024",
        "Los ministros firman un acuerdo",
        "Londres, 8 sep (EFE).- Los ministros firmaron hoy un acuerdo, continuación de la cumbre de septiembre de 2015.",
        "El texto entra en vigor el lunes.",
    )
    assert (date, basis) == ("2016-09-08", "inferred")


def test_a_page_date_a_day_after_the_dispatch_is_the_same_article_day():
    date, basis = article_date(
        "Peacekeepers finish a demolition site",
        "Source: Xinhua| 2018-07-29 02:02:49",
        "BEIRUT, July 28 (Xinhua) -- The force has finished building the site.",
        "A ceremony followed.",
    )
    assert (date, basis) == ("2018-07-29", "explicit")


@pytest.mark.parametrize(
    ("text_after", "date"),
    [
        pytest.param("The mission was set up in March 2013. Clashes in May 2013 killed five.", "2013-10-10", id="latest-dated-mention-gives-the-year"),
        pytest.param("Violence erupted in March 2013. The MINUSCA mission now has 12,000 troops.", "XXXX-10-10", id="year-before-a-named-mission-began-is-no-answer"),
        pytest.param("Contingents served in the area since 2016. The unit left in March 2013.", "XXXX-10-10", id="year-before-a-since-year-is-no-answer"),
        pytest.param("The league of 2019 was a success.", "XXXX-10-10", id="a-year-named-once-is-no-answer"),
        pytest.param("Floods hit the area in 2019. The unit grew in 2019 as well.", "2019-10-10", id="a-year-named-twice-is-the-answer"),
    ],
)
def test_the_year_of_a_dateline_day_is_inferred_or_left_unknown(text_after, date):
    assert article_date(
        "Convoy ambushed near the capital",
        "BANGUI, Oct. 10 (AFP) -- A convoy was fired upon on Thursday evening.",
        text_after,
    ) == (date, "inferred")


@pytest.mark.parametrize(
    ("sentence", "language", "unresolved"),
    [
        pytest.param("The convoy reached Kodok after two days on the road.", "en", ["Kodok"], id="unknown-town"),
        pytest.param("Patrols went to Sayo, Mandumbi and Mavivi last week.", "en", ["Sayo", "Mandumbi", "Mavivi"], id="list-of-places-kept-apart"),
        pytest.param("The delegates met again on Monday in the capital.", "en", [], id="ordinary-words-and-calendar"),
        pytest.param("Troops of Ghana arrived in Juba.", "en", [], id="reference-names-are-not-unresolved"),
        pytest.param("Lính Việt Nam đến Abyei trong tháng Mười.", "vi", [], id="vietnamese-single-syllables-not-judged"),
    ],
)
def test_names_that_matched_nothing_are_kept_for_review(sentence, language, unresolved):
    from newsdossier.entities import find_in_sentence

    found = [f.name for f in find_in_sentence(sentence, language) if f.kind == "unresolved"]
    assert found == unresolved


def test_an_article_lists_the_names_of_its_text_that_matched_nothing():
    fields = extract(page("Peacekeepers open a clinic", "The clinic opened in Kodok on Monday, the mission said.")).fields
    assert fields["unresolved"] == ["Kodok"]


@pytest.mark.parametrize("text", [".", "…", "—", "## ."])
def test_a_derived_title_is_never_empty(text):
    from newsdossier.extract import derive_title

    assert derive_title([text]).strip()


@pytest.mark.parametrize(
    "paragraph",
    [
        "..., " + "word " * 30 + "end.",
        ": " + "a long sentence that keeps going " * 4,
    ],
)
def test_a_derived_title_of_a_long_first_sentence_is_never_empty(paragraph):
    from newsdossier.extract import derive_title

    assert derive_title([paragraph]).strip(" .,;:…")


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        pytest.param("Four soldiers honoured in Accra for their service in Lebanon The ministry said on Monday that the medals were given in a ceremony.",
                     "Four soldiers honoured in Accra for their service in Lebanon", id="en"),
        pytest.param("Retour des trois casques bleus blessés à Bamako: le ministre accueille les soldats Le chef d'état-major a salué leur courage hier.",
                     "Retour des trois casques bleus blessés à Bamako: le ministre accueille les soldats", id="fr"),
        pytest.param("Llegan a Montevideo los últimos soldados de la misión en Haití Los militares fueron recibidos por sus familias en el puerto.",
                     "Llegan a Montevideo los últimos soldados de la misión en Haití", id="es"),
        pytest.param("Bệnh viện dã chiến số 3 nhận nhiệm vụ tại Nam Sudan Các bác sĩ đã lên đường từ Hà Nội vào sáng thứ Hai tuần trước.",
                     "Bệnh viện dã chiến số 3 nhận nhiệm vụ tại Nam Sudan", id="vi"),
    ],
)
def test_a_headline_glued_to_the_first_paragraph_is_the_derived_title(paragraph, title):
    from newsdossier.extract import derive_title

    assert derive_title([paragraph]) == title


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(["1. The mission sent troops to the border."], id="list-number"),
        pytest.param(["2019. La mission a envoyé des troupes à la frontière."], id="lone-year"),
    ],
)
def test_a_lone_number_is_not_a_derived_title(paragraphs):
    from newsdossier.extract import derive_title

    assert any(c.isalpha() for c in derive_title(paragraphs))


LONG_SENTENCE = ("The peacekeeping battalion of engineers arrived in South Sudan on Monday, after a long journey "
                 "from the capital across the whole country of its origin, and it will stay there for the whole "
                 "of the year to come, building roads and bridges.")


def test_an_inferred_missions_reason_quotes_whole_words_with_an_ellipsis():
    reasons = extract(page("Engineers reach their post", f"Juba, 3 March 2021 (AFP) - {LONG_SENTENCE}", "More text follows.")).fields["reasons"]
    quoted = reasons["unmiss"].split("\u201c", 1)[1].rstrip("\u201d)")
    assert quoted.endswith("\u2026")
    assert LONG_SENTENCE.startswith(quoted[:-1])
    assert LONG_SENTENCE[len(quoted) - 1] == " ", "the quote stops at the end of a word"
