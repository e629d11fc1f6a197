"""Events: a local paper's date line (a place in ordinary capitals, the date, the paper's
own name in brackets closed by a colon or a dash: "Kindu 14 mars 2023—(Echo du Maniema):")
dates no happening of the lead it opens, which keeps its own day; and a bound word of a
count before a month dated by "last" ("as of last March, ...") dates no event, as "as of
30 April" does not. Near misses: a sentence opened by a date and a dash with no bracketed
name ("On 3 March 2021 - a Wednesday - ...") and a month dated by "last" with no bound word
keep their happenings. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import find_events

SATURDAY = PartialDate(2023, 3, 18)  # a Saturday


def lead_dates(sentence: str, language: str, anchor: PartialDate = SATURDAY) -> list[str]:
    """The EDTF dates, sorted, of the events found in `sentence` told as an article's lead,
    the article dated `anchor`."""
    told = [(sentence, find_in_sentence(sentence, language))]
    return sorted(str(e.date) for e in find_events(told, anchor, None, language)[0])


def body_dates(sentence: str, language: str, anchor: PartialDate = SATURDAY) -> list[str]:
    """The same for `sentence` told after four sentences that name nothing."""
    told = [("Une phrase sans rien.", [])] * 4 + [(sentence, find_in_sentence(sentence, language))]
    return sorted(str(e.date) for e in find_events(told, anchor, None, language)[0])


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Kindu 18 mars 2023—(Echo du Maniema): Le gouverneur est arrivé à Kindu le 17 mars 2023 pour une tournée.",
                     "fr", ["2023-03-17"], id="fr-dash-brackets-colon"),
        pytest.param("Kindu, 18 mars 2023 (Echo du Maniema): Le gouverneur est arrivé à Kindu hier pour une tournée.",
                     "fr", ["2023-03-17"], id="fr-comma-brackets-colon-yesterday"),
        pytest.param("Port Elm 18 March 2023 (Elm Courier) - The envoy arrived in Port Elm on 17 March 2023.",
                     "en", ["2023-03-17"], id="en-two-word-place-brackets-dash"),
        pytest.param("Villa Sur 18 de marzo de 2023—(Diario Sur): El enviado llegó a Villa Sur el 17 de marzo de 2023.",
                     "es", ["2023-03-17"], id="es-dash-brackets-colon"),
        # a place that only begins with a word leading a date ("El", "Le") is still one
        pytest.param("El Fasher 18 March 2023—(Darfur Courier): The envoy arrived in El Fasher on 17 March 2023.",
                     "en", ["2023-03-17"], id="en-place-opened-by-el"),
        pytest.param("Le Cap 18 mars 2023 (Le Courrier) : Le gouverneur est arrivé au Cap le 17 mars 2023.",
                     "fr", ["2023-03-17"], id="fr-place-opened-by-le"),
    ],
)
def test_a_local_papers_date_line_dates_no_happening(sentence, language, expected):
    assert lead_dates(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("On 17 March 2023 - a Friday - the envoy arrived in Port Elm.", "en", ["2023-03-17"],
                     id="en-date-dash-no-brackets"),
        # a word leading a date is the sentence's opening, no place of a date line
        pytest.param("On 17 March 2023 (local time): the envoy arrived in Port Elm.", "en", ["2023-03-17"],
                     id="en-on-date-brackets-colon"),
        pytest.param("Le 17 mars 2023 (heure locale) : le gouverneur est arrivé à Kindu.", "fr", ["2023-03-17"],
                     id="fr-le-date-brackets-colon"),
        pytest.param("El 17 de marzo de 2023 (hora local): el enviado llegó a Villa Sur.", "es", ["2023-03-17"],
                     id="es-el-date-brackets-colon"),
        pytest.param("Ngày 17/3/2023 (giờ địa phương) – đặc phái viên đã đến Port Elm.", "vi", ["2023-03-17"],
                     id="vi-ngay-date-brackets-dash"),
    ],
)
def test_a_date_and_a_dash_without_a_bracketed_name_keep_their_happening(sentence, language, expected):
    assert lead_dates(sentence, language) == expected


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("As of last November, the force counted some 9,000 troops and police.", "en", id="en-as-of-last"),
        pytest.param("The battalion's strength, as of last December, stood at 850.", "en", id="en-as-of-last-mid-sentence"),
    ],
)
def test_a_bound_word_before_a_month_dated_by_last_dates_no_event(sentence, language):
    assert body_dates(sentence, language) == []


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Three deminers were wounded last November near the airfield.", "en", ["2022-11"], id="en-last-month-happening"),
    ],
)
def test_a_month_dated_by_last_without_a_bound_word_keeps_its_happening(sentence, language, expected):
    assert body_dates(sentence, language) == expected
