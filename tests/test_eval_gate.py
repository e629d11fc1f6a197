"""Extraction measured on the labelled corpus, dev/ and test/: no figure may drop below its pinned floor.

Rules are written looking at tests/corpus/dev/ only; test/ is measured, never looked at.
To raise the floors after an improvement: `newsdossier eval tests/corpus --raise-floors`
(floors only ever go up, in each part), then commit tests/eval_floors.json.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from types import SimpleNamespace

import pytest
import yaml

from conftest import ROOT, run
from newsdossier.evaluate import FloorsError, PairScore, below_floors, corpus_parts, evaluate, figures, match_events, raise_floors, read_floors, score_quotes

CORPUS = ROOT / "tests" / "corpus"
PARTS = corpus_parts(CORPUS)
FLOORS = read_floors(ROOT / "tests" / "eval_floors.json")
LABELS = {(part, p.stem): yaml.safe_load(p.read_text(encoding="utf-8")) for part, folder in PARTS.items() for p in sorted(folder.glob("*.yaml"))}


@pytest.fixture(scope="module")
def current():
    return {part: figures(evaluate(folder)) for part, folder in PARTS.items()}


def test_the_corpus_is_split_and_both_parts_have_floors():
    assert sorted(PARTS) == ["dev", "test"]
    assert sorted(FLOORS) == ["dev", "test"]
    assert set(FLOORS["dev"]) == set(FLOORS["test"]) >= {"title", "date", "people", "countries", "missions", "events", "quotes", "speakers"}


@pytest.mark.parametrize(("part", "field"), [(part, field) for part in sorted(FLOORS) for field in sorted(FLOORS[part])])
def test_extraction_stays_above_its_floor(current, part, field):
    floor = FLOORS[part][field]
    assert current[part][field] + 1e-9 >= floor, f"{part}: {field} fell to {current[part][field]:.3f}, floor {floor:.3f}"


def test_the_corpus_is_broad_enough_to_measure_anything():
    languages = Counter(labels["language"] for labels in LABELS.values())
    publishers = {labels["publisher"] for labels in LABELS.values()}
    assert len(LABELS) >= 80 and len(publishers) >= 20
    assert languages["fr"] >= 25 and languages["es"] >= 10 and languages["vi"] >= 8
    assert sum(1 for part, _stem in LABELS if part == "test") >= 30


@pytest.mark.parametrize("part", ["dev", "test"])
def test_each_part_has_every_language(part):
    assert {labels["language"] for (p, _stem), labels in LABELS.items() if p == part} == {labels["language"] for labels in LABELS.values()}


def test_floors_only_go_up(tmp_path):
    path = tmp_path / "floors.json"
    path.write_text(json.dumps({"dev": {"date": 0.9, "title": 0.5}, "test": {"date": 0.4}}), encoding="utf-8")
    merged = raise_floors(path, {"dev": {"date": 0.8, "title": 0.7}})
    assert merged == {"dev": {"date": 0.9, "title": 0.7}, "test": {"date": 0.4}} == read_floors(path)
    assert below_floors({"dev": {"date": 0.85, "title": 0.7}, "test": {"date": 0.3}}, merged) == [
        "dev: date: 0.850 is below the floor 0.900", "test: date: 0.300 is below the floor 0.400"]


@pytest.mark.parametrize(("content", "told"), [
    ("", None),  # an empty file (`--floors /dev/null`): no floors
    ("{}\n", None),
    ("{\"dev\": {\"date\": 0.9,}}", "not JSON"),
    ("[0.9, 0.8]", "not {part: {field: figure}}"),
    ("{\"dev\": {\"date\": \"high\"}}", "not {part: {field: figure}}"),
    ("{\"dev\": 0.9}", "not {part: {field: figure}}"),
], ids=["empty", "no-parts", "trailing-comma", "a-list", "a-word-for-a-figure", "a-figure-for-a-part"])
def test_a_floors_file_that_is_no_floors_is_told_by_name_before_anything_is_measured(tmp_path, content, told):
    """A floors file that is empty means none; one of another shape is one line naming it,
    given before the corpus is measured, never an internal error."""
    path = tmp_path / "floors.json"
    path.write_text(content, encoding="utf-8")
    if told is None:
        assert read_floors(path) == {}
    else:
        with pytest.raises(FloorsError, match=re.escape(f"{path}: {told}")):
            read_floors(path)
    folder = tmp_path / "corpus"
    folder.mkdir()
    result = run("newsdossier", "eval", str(folder), "--quiet", "--no-baseline", "--floors", str(path), cwd=tmp_path)
    if told is not None:
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr.strip().splitlines() == [f"eval: {path}: {told}" + result.stderr.strip().split(told, 1)[1]]
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


def test_a_part_with_no_floors_is_not_held_to_another_parts():
    assert below_floors({"mine": {"date": 0.1}}, {"dev": {"date": 0.9}}) == []


def test_the_eval_command_prints_dev_and_test_side_by_side_and_lists_dev_misses_only():
    result = run("newsdossier", "eval", str(CORPUS), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    header, *rows = result.stdout.splitlines()
    assert re.match(r"field +dev +P +R +baseline +n +test +P +R +baseline +n$", header)
    table = rows[:rows.index("")]
    assert {row.split()[0] for row in table} >= {"title", "date", "language", "people", "countries", "missions", "events", "quotes", "speakers"}
    assert all(len(re.findall(r"\b[01]\.\d{3}\b", row)) >= 2 for row in table if not row.startswith("articles:"))
    test_stems = {stem for part, stem in LABELS if part == "test"}
    assert not any(stem in result.stdout for stem in test_stems)  # test/ is measured, never shown
    assert any(stem in result.stdout for part, stem in LABELS if part == "dev")
    comparison = result.stdout.split("+meta", 1)[1].splitlines()[1:]
    assert all(re.fullmatch(r"\S+(?: +[01]\.\d{3} +[01]\.\d{3} +[+-][01]\.\d{3}){2}", line) for line in comparison)


# --- quote scoring (the shared quotes format), on sentences of our own ---------------------------

@dataclass(frozen=True)
class Found:
    speaker: str
    sentence: str
    kind: str = "direct"
    speaker_id: str | None = None


SAID = "« Nous resterons aux côtés de la population », a déclaré Marie-Claire Ndong, cheffe de la mission."
LABEL = {"speaker": "Marie-Claire Ndong", "kind": "direct", "says": "Nous resterons aux côtés de la population"}
UNNAMED = {"speaker": "", "kind": "reported", "says": "the convoy came under fire near the bridge"}
UNNAMED_SAID = "A spokesperson said the convoy came under fire near the bridge on Monday."


@pytest.mark.parametrize(("found", "labels", "expected"), [
    pytest.param([], [LABEL], ((0, 1, 0, 0), (0, 1, 0, 0)), id="nothing-found-recall-0"),
    pytest.param([Found("Marie-Claire Ndong", SAID)], [LABEL], ((1, 0, 1, 1), (1, 0, 1, 1)), id="found-and-right-speaker"),
    pytest.param([Found("marie-claire  NDONG", SAID.replace(" ", "\n", 3))], [LABEL], ((1, 0, 1, 1), (1, 0, 1, 1)), id="folded-case-and-spaces"),
    pytest.param([Found("Jean Mbeki", SAID)], [LABEL], ((1, 0, 1, 1), (0, 1, 1, 0)), id="found-wrong-speaker"),
    pytest.param([Found("", SAID)], [LABEL], ((1, 0, 1, 1), (0, 1, 0, 0)), id="found-unnamed-no-attribution-claim"),
    pytest.param([Found("Jean Mbeki", "Jean Mbeki said the weather was fine.")], [LABEL], ((0, 1, 1, 0), (0, 1, 1, 0)), id="found-a-sentence-nobody-labelled"),
    pytest.param([Found("Jean Mbeki", UNNAMED_SAID)], [UNNAMED], ((1, 0, 1, 1), (0, 0, 0, 0)), id="unnamed-label-counts-for-the-sentence-only"),
    pytest.param([Found("Marie-Claire Ndong", SAID), Found("", SAID)], [LABEL], ((1, 0, 2, 2), (1, 0, 1, 1)), id="one-quote-found-twice"),
    pytest.param([Found("Marie-Claire Ndong", SAID + " " + UNNAMED_SAID)], [LABEL, UNNAMED], ((2, 0, 1, 1), (1, 0, 1, 1)), id="two-labels-in-one-found-sentence"),
])
def test_quote_scoring(found, labels, expected):
    """expected: (labels found, labels missed, quotes found, found right) for quotes, then for speakers."""
    quotes, speakers = PairScore(), PairScore()
    score_quotes("a", found, labels, quotes, speakers)
    assert ((quotes.tp, quotes.fn, quotes.found, quotes.found_right), (speakers.tp, speakers.fn, speakers.found, speakers.found_right)) == expected


@pytest.mark.parametrize(("found", "labels", "expected"), [
    pytest.param([Found("Jean Mbeki", SAID)], [LABEL], "attributed to 'Jean Mbeki', said by 'Marie-Claire Ndong'", id="wrong-speaker"),
    pytest.param([], [LABEL], "not found as a quote, said by 'Marie-Claire Ndong'", id="labelled-speaker-never-found"),
    pytest.param([Found("Jean Mbeki", "Jean Mbeki said the weather was fine.")], [], "attributed to 'Jean Mbeki', no label holds it", id="named-speaker-of-no-quote"),
])
def test_speaker_misses_are_listed(found, labels, expected):
    """Every fault counted against speaker attribution is listed, so the dev misses can be read."""
    quotes, speakers = PairScore(), PairScore()
    score_quotes("a", found, labels, quotes, speakers)
    assert len(speakers.misses) == 1 and expected in speakers.misses[0]


def test_an_extractor_without_quotes_finds_none_recall_0_precision_1(tmp_path, monkeypatch):
    """Until Extraction has `quotes`, eval counts no quote found (the gate's quote floors are then 0)."""
    import newsdossier.evaluate as evaluate_module

    real = evaluate_module.extract
    monkeypatch.setattr(evaluate_module, "extract", lambda *args: SimpleNamespace(**{k: v for k, v in vars(real(*args)).items() if k != "quotes"}))
    (tmp_path / "a.txt").write_text("Casques bleus à Bangui\n\nBANGUI, 3 mars 2022 - « Nous restons », a déclaré Marie-Claire Ndong.\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(yaml.safe_dump({"language": "fr", "quotes": [LABEL | {"says": "Nous restons"}]}), encoding="utf-8")
    scores = evaluate(tmp_path)
    assert (scores["quotes"].tp, scores["quotes"].fn, scores["quotes"].found) == (0, 1, 0)
    assert (scores["quotes"].recall, scores["quotes"].precision, figures(scores)["quotes"], figures(scores)["speakers"]) == (0.0, 1.0, 0.0, 0.0)


# --- event scoring: one to one, with the article's date known ------------------------------------

@pytest.mark.parametrize(("labelled", "found", "pairs"), [
    pytest.param(["2020-05-10"], ["2020-05-10"], [(0, 0)], id="same-day"),
    pytest.param(["2020-05-10"], ["2020-05-10", "2020-05-10"], [(0, 0)], id="one-happening-found-twice-pairs-once"),
    pytest.param(["2020-05-10", "2020-05-10"], ["2020-05-10", "2020-05-10"], [(0, 0), (1, 1)], id="two-happenings-same-day"),
    pytest.param(["XXXX-05-10"], ["2020-05-10"], [(0, 0)], id="label-leaves-the-year-open"),
    pytest.param(["2020-05-10"], ["XXXX-05-10"], [], id="found-without-the-year-is-not-the-labelled-day"),
    pytest.param(["2020-05"], ["2020-05-10"], [], id="another-precision-is-another-date"),
    pytest.param(["XXXX-05-10", "2020-05-10"], ["2020-05-10"], [(1, 0)], id="exact-date-pairs-before-an-open-year"),
    pytest.param([], ["2020-05-10"], [], id="nothing-labelled"),
    pytest.param(["2020-05"], ["2020-05-04/2020-05-10"], [(0, 0)], id="a-week-labelled-as-its-month"),
    pytest.param(["2020-05-04/2020-05-10"], ["2020-05"], [(0, 0)], id="a-month-found-for-a-labelled-week"),
    pytest.param(["2020-05"], ["2020-04-27/2020-05-03"], [], id="a-week-across-two-months-is-neither"),
    pytest.param(["2020-06"], ["2020-05-04/2020-05-10"], [], id="a-week-of-another-month"),
    pytest.param(["2020-05"], ["2020-05-04/2020-05-10", "2020-05"], [(0, 1)], id="the-exact-month-pairs-before-the-week"),
    pytest.param(["XXXX-05"], ["2020-05-04/2020-05-10"], [], id="a-month-of-unknown-year-is-no-span-s-month"),
])
def test_events_pair_one_to_one(labelled, found, pairs):
    assert match_events(labelled, found) == pairs


def test_events_are_scored_with_the_articles_labelled_date(tmp_path):
    """A relative day ("on Sunday") is dated from the article's date: eval gives the labelled
    date as a collector would, so the text printing no date does not cost the event."""
    (tmp_path / "a.txt").write_text(
        "Peacekeepers attacked near Kidal\n\n"
        "Three peacekeepers were killed on Sunday when their convoy was attacked near Kidal, the mission said.\n",
        encoding="utf-8")
    labels = {"language": "en", "date": "2020-05-12", "events": [{"date": "2020-05-10", "place": "Kidal", "what": "convoy attacked"}]}
    (tmp_path / "a.yaml").write_text(yaml.safe_dump(labels), encoding="utf-8")
    scores = evaluate(tmp_path)
    assert (scores["events"].tp, scores["events"].fn) == (1, 0)
    assert figures(scores)["events_recall"] == 1.0


def test_the_date_as_far_as_the_text_allows_is_scored_against_its_own_label(tmp_path):
    (tmp_path / "a.txt").write_text("Casques bleus à Bangui\n\nBANGUI, 3 mars - Les casques bleus ont patrouillé.\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(yaml.safe_dump({"language": "fr", "date": "2022-03-03", "date_in_text": "XXXX-03-03"}), encoding="utf-8")
    (tmp_path / "b.txt").write_text("Casques bleus à Goma\n\nLes casques bleus ont patrouillé.\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text(yaml.safe_dump({"language": "fr", "date": "2022-03-04"}), encoding="utf-8")
    scores = evaluate(tmp_path)
    assert (scores["date_text"].hits, scores["date_text"].total) == (1, 1)  # b has no date_in_text label: not scored
    assert (scores["date"].hits, scores["date"].total) == (0, 2)


def test_the_outlet_as_far_as_the_text_shows_it_is_scored_against_its_own_label(tmp_path):
    (tmp_path / "a.txt").write_text("Casques bleus à Bangui\n\nBANGUI, 3 mars 2022 (AFP) - Les casques bleus ont patrouillé.\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(yaml.safe_dump({"language": "fr", "source": "Le Monde", "source_in_text": "AFP"}), encoding="utf-8")
    (tmp_path / "b.txt").write_text("Casques bleus à Goma\n\nLes casques bleus ont patrouillé.\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text(yaml.safe_dump({"language": "fr", "source": "Radio Okapi", "source_in_text": ""}), encoding="utf-8")
    scores = evaluate(tmp_path)
    assert (scores["source_text"].hits, scores["source_text"].total) == (2, 2)
    assert (scores["source"].hits, scores["source"].total) == (0, 2)


# --- a folder labelled for some fields only ------------------------------------------------------

_PARTIAL_TEXT = ("Casques bleus à Bangui\n\nBANGUI, 3 mars 2022 - Trois casques bleus ont été blessés dimanche "
                 "près de Bangui, a déclaré Marie-Claire Ndong, porte-parole de la Minusca.\n")


@pytest.mark.parametrize("field", ["people", "countries", "organisations", "missions", "missions_inferred", "events", "quotes"])
def test_a_label_key_left_out_is_not_scored(tmp_path, field):
    """A reader who labels only the page heads (or only the events) leaves the other keys out:
    those fields are not counted as 'nothing to find' for that article."""
    (tmp_path / "a.txt").write_text(_PARTIAL_TEXT, encoding="utf-8")
    (tmp_path / "a.yaml").write_text(yaml.safe_dump({"language": "fr", "date": "2022-03-03"}), encoding="utf-8")
    score = evaluate(tmp_path)[field]
    assert (score.tp, score.fp, score.fn, getattr(score, "found", 0)) == (0, 0, 0, 0)


@pytest.mark.parametrize("field", ["people", "missions", "events", "quotes"])
def test_a_label_key_given_empty_is_scored(tmp_path, field):
    """An empty list is a reader's answer (nothing there): what the tool finds counts against it."""
    (tmp_path / "a.txt").write_text(_PARTIAL_TEXT, encoding="utf-8")
    (tmp_path / "a.yaml").write_text(yaml.safe_dump({"language": "fr", "date": "2022-03-03", field: []}), encoding="utf-8")
    score = evaluate(tmp_path)[field]
    assert score.tp == 0 and (score.found if field == "quotes" else score.fp) > 0


# --- which folders eval measures -------------------------------------------------------------

ONE_ARTICLE = ("Casques bleus à Bangui\n\nLes casques bleus ont patrouillé à Bangui.\n", {"language": "fr", "title": "Casques bleus à Bangui"})


@pytest.mark.parametrize(("layout", "parts"), [
    (["a"], ["corpus"]),  # a flat folder of labelled articles is one part under its own name
    (["dev/a", "test/b"], ["dev", "test"]),  # a split corpus: its two parts
    (["2021-03-01/a", "2022-07-15/b"], ["2021-03-01", "2022-07-15"]),  # sets kept apart, a folder each
    (["a", "old/b"], ["corpus"]),  # labels of its own: the folder, not its subfolders
    (["2021-03-01/a", "notes/"], ["2021-03-01"]),  # a subfolder without labels is no set
], ids=["flat", "split", "sets-side-by-side", "own-labels-first", "unlabelled-subfolder"])
def test_the_parts_eval_measures(tmp_path, layout, parts):
    folder = tmp_path / "corpus"
    for entry in layout:
        path = folder / entry
        if entry.endswith("/"):
            path.mkdir(parents=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.with_suffix(".txt").write_text(ONE_ARTICLE[0], encoding="utf-8")
        path.with_suffix(".yaml").write_text(yaml.safe_dump(ONE_ARTICLE[1]), encoding="utf-8")
    assert list(corpus_parts(folder)) == parts
    result = run("newsdossier", "eval", str(folder), "--quiet", "--no-baseline", "--floors", "/dev/null", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n", 1)[0].split()[1::5] == parts  # one column group per part (name, P, R, baseline, n)
    assert "articles: " + ", ".join(f"{part} 1" for part in parts) in result.stdout


@pytest.mark.parametrize("layout", [[], ["notes/"], ["2021-03-01/a.txt"]], ids=["empty", "unlabelled-subfolder", "text-without-label"])
def test_a_folder_with_no_labelled_article_is_told_not_scored_as_perfect(tmp_path, layout):
    """No label anywhere: one line naming the folder and exit 2, never a table of 1.000 over no article."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for entry in layout:
        path = folder / entry
        if entry.endswith("/"):
            path.mkdir(parents=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(ONE_ARTICLE[0], encoding="utf-8")
    result = run("newsdossier", "eval", str(folder), "--quiet", "--no-baseline", "--floors", "/dev/null", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.strip() == (f"eval: {folder} holds no labelled article (a <stem>.yaml beside its <stem>.txt, .html or .json), "
                                     "nor do its dev/ and test/ or its subfolders")
