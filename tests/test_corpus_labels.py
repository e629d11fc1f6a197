"""The labelled corpus itself: every label file parses and holds every label, every quote's
`says` is printed word for word in its text, and the split recorded in tests/corpus/split.yaml
is the seed's draw and is what dev/ and test/ hold."""
from __future__ import annotations

import csv
import io
from collections import Counter

import pytest
import yaml

from conftest import ROOT
from newsdossier.evaluate import SPLIT_PARTS, draw_split

CORPUS = ROOT / "tests" / "corpus"
SPLIT = yaml.safe_load((CORPUS / "split.yaml").read_text(encoding="utf-8"))
LISTED = [(part, stem) for draw in SPLIT["draws"] for part in SPLIT_PARTS for stem in draw[part]]
FILES = sorted((part, p.stem) for part in SPLIT_PARTS for p in (CORPUS / part).glob("*.yaml"))
LABEL_KEYS = {"url", "publisher", "title", "date", "date_basis", "source", "language", "authors", "dateline",
              "people", "countries", "organisations", "missions", "missions_inferred", "events", "quotes"}
QUOTE_KEYS = {"speaker", "kind", "says"}


def labels_of(part: str, stem: str) -> dict:
    return yaml.safe_load((CORPUS / part / f"{stem}.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("part", "stem"), FILES)
def test_every_label_file_parses_and_holds_every_label(part, stem):
    labels = labels_of(part, stem)
    assert isinstance(labels, dict) and LABEL_KEYS <= set(labels), sorted(LABEL_KEYS - set(labels or {}))
    assert (CORPUS / part / f"{stem}.txt").read_text(encoding="utf-8").strip()
    for key in ("authors", "people", "countries", "organisations", "missions", "missions_inferred", "events", "quotes"):
        assert isinstance(labels[key], list), key


@pytest.mark.parametrize(("part", "stem"), FILES)
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
