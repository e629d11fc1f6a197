"""The labelled corpus itself (and the sets of tests/unseen/): every label file parses and holds every label, every quote's
`says` is printed word for word in its text, every `date_in_text` is "" or an EDTF date no later
than `date`, and the split recorded in tests/corpus/split.yaml
is the seed's draw and is what dev/ and test/ hold."""
from __future__ import annotations

import csv
import datetime
import io
import re
from collections import Counter

import pytest
import yaml

from conftest import ROOT
from newsdossier.evaluate import SPLIT_PARTS, draw_split

CORPUS = ROOT / "tests" / "corpus"
SPLIT = yaml.safe_load((CORPUS / "split.yaml").read_text(encoding="utf-8"))
LISTED = [(part, stem) for draw in SPLIT["draws"] for part in SPLIT_PARTS for stem in draw[part]]
FILES = sorted((part, p.stem) for part in SPLIT_PARTS for p in (CORPUS / part).glob("*.yaml"))
# The sets kept apart from the corpus (tests/unseen/<drawn>/), measured only: their labels are
# held to the same form (a part named by its path from tests/corpus).
UNSEEN = ROOT / "tests" / "unseen"
LABELLED = FILES + sorted((f"../unseen/{folder.name}", p.stem) for folder in UNSEEN.iterdir() if folder.is_dir()
                          for p in folder.glob("*.yaml"))
LABEL_KEYS = {"url", "publisher", "title", "date", "date_basis", "date_in_text", "source", "language", "authors", "dateline",
              "people", "countries", "organisations", "missions", "missions_inferred", "events", "quotes"}
QUOTE_KEYS = {"speaker", "kind", "says"}


def labels_of(part: str, stem: str) -> dict:
    return yaml.safe_load((CORPUS / part / f"{stem}.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("part", "stem"), LABELLED)
def test_every_label_file_parses_and_holds_every_label(part, stem):
    labels = labels_of(part, stem)
    assert isinstance(labels, dict) and LABEL_KEYS <= set(labels), sorted(LABEL_KEYS - set(labels or {}))
    assert (CORPUS / part / f"{stem}.txt").read_text(encoding="utf-8").strip()
    for key in ("authors", "people", "countries", "organisations", "missions", "missions_inferred", "events", "quotes"):
        assert isinstance(labels[key], list), key


# A year, a year and month, or a day with its month and year, the year written XXXX when unknown
# (EDTF, ISO 8601-2:2019 level 1 "unspecified digits"; a month or year alone with XXXX says nothing).
DATE_IN_TEXT = re.compile(r"(?P<year>\d{4})(-(?P<month>\d{2}))?|(?P<year_>\d{4}|XXXX)-(?P<month_>\d{2})-(?P<day>\d{2})")


def is_date_in_text(value: object) -> bool:
    """True when `value` is a well-formed `date_in_text` label: "" (the text gives no publication
    date) or an EDTF date "YYYY", "YYYY-MM", "YYYY-MM-DD" or "XXXX-MM-DD" naming a day that exists
    (29 February only in a leap year, any leap year when the year is XXXX)."""
    if value == "":
        return True
    match = DATE_IN_TEXT.fullmatch(value) if isinstance(value, str) else None
    if not match:
        return False
    if match["day"] is None:
        return match["month"] is None or 1 <= int(match["month"]) <= 12
    year = 2000 if match["year_"] == "XXXX" else int(match["year_"])
    try:
        datetime.date(year, int(match["month_"]), int(match["day"]))
    except ValueError:
        return False
    return True


@pytest.mark.parametrize(("value", "well_formed"), [
    ("", True), ("2021", True), ("2021-12", True), ("2021-12-08", True), ("XXXX-12-08", True),
    ("XXXX-02-29", True), ("2020-02-29", True), ("2021-02-29", False), ("2021-13", False),
    ("XXXX-12", False), ("XXXX", False), ("2021-12-32", False), ("21-12-08", False),
    ("8 December 2021", False), (None, False), ("2021-12-08/2021-12-09", False),
])
def test_the_form_of_a_date_in_text_label_is_checked(value, well_formed):
    assert is_date_in_text(value) is well_formed


@pytest.mark.parametrize(("part", "stem"), LABELLED)
def test_every_date_in_text_is_edtf_and_no_later_than_the_date(part, stem):
    labels = labels_of(part, stem)
    value = labels["date_in_text"]
    assert is_date_in_text(value), f"date_in_text {value!r} is neither \"\" nor an EDTF date"
    full = re.compile(r"\d{4}-\d{2}-\d{2}")
    if full.fullmatch(value) and full.fullmatch(str(labels["date"])):
        assert value <= labels["date"], f"date_in_text {value} is later than date {labels['date']}"


@pytest.mark.parametrize(("part", "stem"), LABELLED)
def test_every_quote_is_printed_word_for_word_and_said_by_someone_labelled(part, stem):
    labels = labels_of(part, stem)
    text = (CORPUS / part / f"{stem}.txt").read_text(encoding="utf-8")
    named = {str(name) for key in ("people", "organisations", "countries", "missions") for name in labels[key]}
    for quote in labels["quotes"]:
        assert set(quote) == QUOTE_KEYS and quote["kind"] in ("direct", "reported"), quote
        assert isinstance(quote["says"], str) and quote["says"].strip(), quote
        assert quote["says"] in text, f"not in {stem}.txt: {quote['says']!r}"
        assert quote["speaker"] == "" or quote["speaker"] in named, f"{quote['speaker']!r} is not among the article's labelled names"


@pytest.mark.parametrize(("part", "stem"), LISTED)
def test_every_article_of_the_split_is_in_its_part(part, stem):
    assert (CORPUS / part / f"{stem}.txt").is_file() and (CORPUS / part / f"{stem}.yaml").is_file()


def test_every_article_is_listed_once_in_the_split_and_none_is_left_unsplit():
    assert Counter(LISTED) == Counter(FILES) and len(set(stem for _part, stem in LISTED)) == len(LISTED)
    assert not [p.name for p in CORPUS.glob("*.txt")], "articles at the top level of tests/corpus/ are in no part: run tests/corpus/split.py"


@pytest.mark.parametrize("index", range(len(SPLIT["draws"])))
def test_each_recorded_draw_is_what_its_seed_draws(index):
    draw = SPLIT["draws"][index]
    languages = {stem: labels_of(part, stem)["language"] for part in SPLIT_PARTS for stem in draw[part]}
    assert draw_split(languages, draw["seed"], draw["share"]) == {part: draw[part] for part in SPLIT_PARTS}


@pytest.mark.parametrize("part", SPLIT_PARTS)
def test_each_parts_metadata_csv_gives_the_address_of_each_of_its_articles(part):
    rows = list(csv.DictReader(io.StringIO((CORPUS / part / "metadata.csv").read_text(encoding="utf-8"))))
    stems = sorted(stem for p, stem in FILES if p == part)
    assert sorted(row["file"] for row in rows) == [f"{stem}.txt" for stem in stems]
    assert all(row["url"] == labels_of(part, row["file"][:-4])["url"] for row in rows)


# --- the draw --------------------------------------------------------------------------------

LANGUAGES = {f"{lang}_{i:02d}": lang for lang, n in (("en", 20), ("fr", 12), ("es", 5), ("vi", 2), ("de", 1)) for i in range(n)}


def test_the_draw_is_stratified_by_language():
    parts = draw_split(LANGUAGES, 7, 0.4)
    counts = {part: Counter(LANGUAGES[s] for s in stems) for part, stems in parts.items()}
    assert counts["test"] == Counter({"en": 8, "fr": 5, "es": 2, "vi": 1})
    assert counts["dev"] == Counter({"en": 12, "fr": 7, "es": 3, "vi": 1, "de": 1})


def test_the_draw_depends_on_the_seed_not_on_the_order_of_the_articles():
    shuffled = dict(reversed(list(LANGUAGES.items())))
    assert draw_split(LANGUAGES, 7, 0.4) == draw_split(shuffled, 7, 0.4)
    assert draw_split(LANGUAGES, 7, 0.4) != draw_split(LANGUAGES, 8, 0.4)


def test_a_new_language_changes_no_other_languages_draw():
    more = {**LANGUAGES, "ko_00": "ko", "ko_01": "ko"}
    assert set(draw_split(LANGUAGES, 7, 0.4)["test"]) <= set(draw_split(more, 7, 0.4)["test"])


@pytest.mark.parametrize("share", [0, 1, -0.5, 1.5])
def test_a_share_outside_0_1_is_refused(share):
    with pytest.raises(ValueError):
        draw_split(LANGUAGES, 7, share)
