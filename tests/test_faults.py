"""Kinds of extraction fault reported against tools of the field, one test per kind.

Each test runs the extractor on short seeds in tests/faults/: the first case of each kind
reproduces the fault as it was reported, the others are the same kind of fault in other
languages or other wording (the fix is for the kind, not the sentence). Each case fails
alone.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from newsdossier.dates import relative_day
from newsdossier.datevalue import PartialDate
from newsdossier.extract import Extraction, extract

FAULTS = Path(__file__).parent / "faults"


@lru_cache(maxsize=None)
def run(name: str) -> Extraction:
    return extract((FAULTS / f"{name}.txt").read_text(encoding="utf-8"))


def case(name: str, *values):
    return pytest.param(name, *values, id=name)


def ids(extraction: Extraction, kind: str) -> set[str]:
    return {f.id for f in extraction.entities.values() if f.kind == kind}


@pytest.mark.parametrize(
    ("name", "date"),
    [
        case("01_weekday-future", "2022-03-17"),  # "will hold a meeting on Thursday", dateline Monday 14 March
        case("01_weekday-future_fr", "2022-03-17"),  # "se réuniront jeudi"
        case("01_weekday-future_es", "2022-03-17"),  # "celebrarán una reunión el jueves"
        case("01_weekday-future_en-is-to", "2022-03-17"),  # "is scheduled to hold a meeting on Thursday"
    ],
)
def test_weekday_in_future_sentence_resolves_forward(name, date):
    assert [event.date for event in run(name).events] == [date]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        pytest.param("Ministers met on Thursday in Accra.", "en", "2022-03-10", id="en-past"),
        pytest.param("Le ministre s'est rendu jeudi à Bamako.", "fr", "2022-03-10", id="fr-past"),
        pytest.param("Los ministros se reunieron el jueves.", "es", "2022-03-10", id="es-past"),
        pytest.param("The council will review what happened last Thursday.", "en", "2022-03-10", id="en-last-in-future-clause"),
        # "jeudi prochain" is the Thursday of the next week (test_dates_weekday_of_week)
        pytest.param("La réunion aura lieu jeudi prochain.", "fr", "2022-03-24", id="fr-prochain"),
        pytest.param("The ministry said on Monday that ministers will meet on Thursday.", "en", "2022-03-17", id="en-weekday-nearest-the-event"),
    ],
)
def test_weekday_in_past_sentence_stays_backward(sentence, language, expected):
    """The other side of the rule: a weekday of the past still resolves backward."""
    near = sentence.find("meet") if "meet" in sentence else None
    assert relative_day(sentence, PartialDate(2022, 3, 14), language, near=near).edtf() == expected


@pytest.mark.parametrize(
    ("name", "missions", "not_people"),
    [
        case("04_acronym-hyphen-compound", {"unmiss", "unisfa"}, {"Upper Nile"}),  # UNMISS-run, UNISFA-trained
        case("04_acronym-hyphen-compound_fr", {"minusca", "unifil"}, {"Mbomou Oriental"}),  # MINUSCA-appuyées, FINUL-formée
        case("04_acronym-hyphen-compound_es", {"monusco", "unmiss"}, {"Alto Kivu Oriental"}),  # MONUSCO-lideradas
        case("04_acronym-hyphen-compound_en-led", {"minusma"}, {"Ansongo Ménaka"}),  # MINUSMA-led, "... region"
    ],
)
def test_acronym_joined_by_hyphen_is_found_and_region_is_no_person(name, missions, not_people):
    extraction = run(name)
    assert set(extraction.fields["missions"]) == missions
    people = {f.name for f in extraction.entities.values() if f.kind == "person"}
    assert not people & not_people


@pytest.mark.parametrize(
    ("name", "event_kind"),
    [
        case("05_updated-vs-published", "return"),  # "Updated:" above "Published:"
        case("05_updated-vs-published_fr", "return"),  # "Mis à jour le" above "Publié le"
        case("05_updated-vs-published_es", "return"),  # "Actualizado:" above "Publicado:"
    ],
)
def test_updated_line_never_gives_the_publication_date(name, event_kind):
    extraction = run(name)
    assert (extraction.fields["date"], extraction.fields["date_basis"]) == ("2023-02-14", "explicit")
    # the return "on Tuesday" is the Tuesday of publication, not of the update
    assert [(e.kind, e.date) for e in extraction.events] == [(event_kind, "2023-02-14")]


@pytest.mark.parametrize(
    ("name", "authors", "source"),
    [
        case("06_outlet-as-author", ["Dana Whitcombe", "Tomas Reyes"], "Associated Press"),  # ", Associated Press"
        case("06_outlet-as-author_fr", ["Claire Dubois", "Marc Lefèvre"], "Agence France-Presse"),  # "(AFP)"
        case("06_outlet-as-author_es", ["Lucía Herrera", "Andrés Molina"], "Agencia EFE"),  # "para EFE"
        case("06_outlet-as-author_fr-pour", ["Amélie Rocher"], "Radio France Internationale"),  # "pour RFI"
    ],
)
def test_outlet_after_byline_is_the_source_not_an_author(name, authors, source):
    fields = run(name).fields
    assert fields["authors"] == authors
    assert fields["source"] == source


@pytest.mark.parametrize(
    ("name", "language"),
    [
        case("07_names-skew-language", "en"),
        case("07_names-skew-language_en-hanoi", "en"),  # Vietnamese names in English
        case("07_names-skew-language_en-bangui", "en"),
        case("07_names-skew-language_en-kinshasa", "en"),
        case("07_names-skew-language_fr-bamako", "fr"),  # and a French text stays French
    ],
)
def test_names_do_not_tip_language_detection(name, language):
    assert run(name).fields["language"] == language


@pytest.mark.parametrize(
    ("name", "cities", "not_people"),
    [
        case("10_place-as-person", {"hanoi", "ho-chi-minh-city"}, set()),  # "tại Hà Nội", "Thành phố Hồ Chí Minh"
        case("10_place-as-person_da-nang", {"da-nang", "ho-chi-minh-city", "haiphong"}, set()),  # "thành phố Đà Nẵng", "TP.HCM"
        case("10_place-as-person_province", {"hanoi"}, {"Quảng Nam"}),  # "tỉnh Quảng Nam": a province unknown to the reference
        case("10_place-as-person_en", {"hanoi", "ho-chi-minh-city", "da-nang"}, set()),  # "Ha Noi" in English
    ],
)
def test_place_names_never_become_people(name, cities, not_people):
    extraction = run(name)
    assert ids(extraction, "person") == set()
    assert cities <= ids(extraction, "city")
    assert not {f.name for f in extraction.entities.values()} & not_people


@pytest.mark.parametrize(
    ("name", "date", "dateline"),
    [
        case("12_two-digit-year", "2022-07-25", "La Paz"),  # "LA PAZ, 25/7/22 -"
        case("12_two-digit-year_fr", "2022-07-25", "Dakar"),  # "25/07/22"
        case("12_two-digit-year_es-dots", "2022-07-25", "Lima"),  # "25.7.22"
        case("12_two-digit-year_us-month-first", "2022-03-07", "Washington"),  # "3/7/22" by a US agency: month first
    ],
)
def test_numeric_dateline_with_two_digit_year_is_read(name, date, dateline):
    fields = run(name).fields
    assert (fields["date"], fields["date_basis"], fields["dateline"]) == (date, "explicit", dateline)


@pytest.mark.parametrize(
    ("name", "teaser", "actors", "absent"),
    [
        case("13_inline-read-also", "LIRE AUSSI : Le Tchad envoie un nouveau contingent au Mali",
             {"central-african-republic", "senegal", "united-nations"}, {"chad", "mali", "minusma"}),
        case("13_inline-read-also_en", "READ ALSO: Nigeria sends new battalion to Mali under MINUSMA",
             {"ghana", "south-sudan", "united-nations"}, {"nigeria", "mali", "minusma"}),
        case("13_inline-read-also_es", "LEA TAMBIÉN: Argentina envía un nuevo contingente a Chipre",
             {"united-nations", "uruguay"}, {"argentina", "cyprus"}),
        case("13_inline-read-also_vi", "Xem thêm: Campuchia gửi thêm lực lượng sang Mali",
             None, {"cambodia", "mali"}),
    ],
)
def test_inline_read_also_line_goes_to_teasers_and_brings_no_entities(name, teaser, actors, absent):
    extraction = run(name)
    assert teaser in extraction.fields["teasers"]
    assert not any(teaser in paragraph for paragraph in extraction.body)
    found = set(extraction.fields["actors"]) | set(extraction.fields["missions"])
    assert not found & absent
    if actors is not None:
        assert set(extraction.fields["actors"]) == actors
    # the text after the teaser is still the article's
    assert len(extraction.body) >= 2


@pytest.mark.parametrize(
    ("name", "person", "not_country", "missions"),
    [
        case("15_first-name-country", "chad-whitfield", "chad", ["minustah"]),  # not UNMIH (ended 1996)
        case("15_first-name-country_jordan", "jordan-smith", "jordan", ["unficyp"]),
        case("15_first-name-country_georgia", "georgia-whitcombe", "georgia", ["minustah", "monusco"]),
        case("15_first-name-country_old-mission", None, None, []),  # "the UN Mission in Haiti" in 2021 is not UNMIH
    ],
)
def test_first_name_that_is_a_country_is_a_person_and_missions_match_within_their_years(name, person, not_country, missions):
    extraction = run(name)
    if person:
        assert person in ids(extraction, "person")
        assert not_country not in ids(extraction, "country")
    assert extraction.fields["missions"] == missions


@pytest.mark.parametrize(
    "name",
    [
        case("17_folded-vi-event-word"),  # French "le" is not Vietnamese "lễ", ceremony
        case("17_folded-vi-event-word_fr"),
        case("17_folded-vi-event-word_es"),  # Spanish "le"/"la" neither
    ],
)
def test_folded_word_of_another_language_is_no_event(name):
    extraction = run(name)
    assert extraction.events == []
    assert extraction.event_mentions == []


def test_event_word_with_its_accents_is_still_found_in_its_own_language():
    """The other side: in Vietnamese text, "Lễ xuất quân" (a send-off ceremony) is an event."""
    extraction = run("17_folded-vi-event-word_vi")
    assert extraction.fields["language"] == "vi"
    assert [e.kind for e in extraction.event_mentions] == ["ceremony"]
