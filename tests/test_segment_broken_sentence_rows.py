"""A paragraph a stored page broke into rows in the middle of a sentence (at a link or an
inline tag: "... known as" / "blue helmets, would stay ..."), in a text that is not
hard-wrapped as a whole: the rows are one paragraph, so the lead's first row is neither the
headline nor a standfirst, and a dateline opening it is read. Rows a page keeps apart stay
apart: a headline over a byline in lowercase ("by Jane Roe"), a short row over a lowercase one,
a list of other stories' headlines where one is printed in lowercase (no sentence ends).

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import rejoin_broken_sentences

HEAD = {"en": "Peacekeepers stay in their positions", "es": "Los cascos azules se quedan en sus posiciones"}
FIRST = {
    "en": "The peacekeeping mission said on Friday that its troops, known to the people as",
    "es": "La misión de paz anunció el viernes que sus tropas, conocidas por la población como",
}
SECOND = {
    "en": "blue helmets, would stay in all their positions despite the warnings.",
    "es": "cascos azules, seguirán en todas sus posiciones pese a las advertencias.",
}
MORE = {"en": "The mission has about ten thousand troops from forty countries.",
        "es": "La misión cuenta con unos diez mil soldados de cuarenta países."}


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_lead_broken_mid_sentence_is_one_paragraph_under_the_headline(language):
    result = extract("\n".join([HEAD[language], FIRST[language], SECOND[language], MORE[language]]))
    assert (result.fields["title"], result.body[0]) == (HEAD[language], f"{FIRST[language]} {SECOND[language]}")


@pytest.mark.parametrize(("language", "opening", "place"), [
    ("es", "LIMA.-", "Lima"),
    ("es", "QUITO (EFE).-", "Quito"),
    ("en", "NAIROBI (Reuters) -", "Nairobi"),
    ("en", "ACCRA —", "Accra"),
])
@pytest.mark.parametrize("headed", [True, False])
def test_a_dateline_opening_a_broken_lead_is_read_and_the_lead_is_no_headline(language, opening, place, headed):
    rows = ([HEAD[language]] if headed else []) + [f"{opening} {FIRST[language]}", SECOND[language], MORE[language]]
    result = extract("\n".join(rows))
    title = result.fields["title"] or ""
    assert (result.fields["dateline"], title.startswith(opening.split()[0])) == (place, False)
    assert title == HEAD[language] or not headed


@pytest.mark.parametrize(("language", "under"), [("en", "by Jane Roe"), ("es", "por Ana Torres")])
def test_a_headline_over_a_lowercase_byline_stays_the_headline(language, under):
    result = extract("\n".join(["Peacekeepers of the mission stay in all their positions in the south",
                                under, FIRST[language] + " " + SECOND[language], MORE[language]]))
    assert result.fields["title"] == "Peacekeepers of the mission stay in all their positions in the south"


def test_a_list_of_headlines_with_one_in_lowercase_stays_apart():
    rows = ["The minister arrives in the capital for the summit of the regional leaders",
            "the railway is built on long bridges across the valleys of the north",
            "The festival of lanterns draws crowds to the old town"]
    assert rejoin_broken_sentences(rows) == rows


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_rows_of_a_broken_sentence_are_one_line(language):
    assert rejoin_broken_sentences([FIRST[language], SECOND[language]]) == [f"{FIRST[language]} {SECOND[language]}"]


class _Recording:
    """A stand-in for a check of segment that records the length of each text it is asked about."""

    def __init__(self, check, asked):
        self.check, self.asked = check, asked

    def __call__(self, text):
        self.asked.append(len(text))
        return self.check(text)

    def search(self, text):
        self.asked.append(len(text))
        return self.check.search(text)


@pytest.mark.parametrize("check", ["_furniture_row", "_ROW_GOES_ON"])
@pytest.mark.parametrize("language", ["en", "es"])
def test_a_long_run_of_joined_rows_asks_each_check_about_one_row_at_a_time(monkeypatch, check, language):
    # a block of many lowercase rows that all join: the line grows, but no check may read the
    # whole grown line again for each row (that work grows with the square of the rows)
    import newsdossier.segment as segment
    asked: list[int] = []
    monkeypatch.setattr(segment, check, _Recording(getattr(segment, check), asked))
    rows = [FIRST[language]] + [SECOND[language][:-1] + ". " + FIRST[language][0].lower() + FIRST[language][1:]] * 40
    lines = rejoin_broken_sentences(rows)
    assert (len(lines), max(asked)) == (1, max(map(len, rows)))
