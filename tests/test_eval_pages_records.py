"""eval reads a labelled article whatever form it was collected in, as normalize reads a seed:
a saved page (.html) through the page reader, a scraper's record (.json) through the record
reader, a text as it is. Before, only <stem>.txt was read and the others were passed over
without a word, so a held set of saved pages scored nothing."""
from __future__ import annotations

import json

import pytest
import yaml

from newsdossier.evaluate import evaluate, load_cases

BODY = ("Des casques bleus sénégalais sont arrivés à Bamako pour relever le contingent, a "
        "annoncé la mission. Le contingent compte 150 soldats et restera un an dans la région.")
LABELS = {"language": "fr", "title": "Relève des casques bleus à Bamako", "date_in_text": "2023-05-14"}


def _page() -> str:
    return ("<html><head><title>Relève des casques bleus à Bamako</title></head><body><article>"
            "<h1>Relève des casques bleus à Bamako</h1><p>Publié le 14 mai 2023</p>"
            f"<p>{BODY}</p><p>{BODY}</p></article></body></html>")


def _record() -> str:
    return json.dumps({"url": "https://example.org/2023/05/14/releve", "title": "Relève des casques bleus à Bamako",
                       "date": "2023-05-14", "text": f"{BODY}\n\n{BODY}"}, ensure_ascii=False)


def _text() -> str:
    return f"Relève des casques bleus à Bamako\n\nBAMAKO, 14 mai 2023 - {BODY}\n"


FORMS = {".html": _page, ".json": _record, ".txt": _text}


@pytest.mark.parametrize("suffix", sorted(FORMS))
def test_a_labelled_article_is_read_in_its_form(tmp_path, suffix):
    (tmp_path / f"fr_a{suffix}").write_text(FORMS[suffix](), encoding="utf-8")
    (tmp_path / "fr_a.yaml").write_text(yaml.safe_dump(LABELS, allow_unicode=True), encoding="utf-8")
    [case] = load_cases(tmp_path)
    assert (case.stem, case.file) == ("fr_a", f"fr_a{suffix}")
    assert "casques bleus sénégalais" in case.text and "<p>" not in case.text
    scores = evaluate(tmp_path)
    assert (scores["title"].hits, scores["title"].total) == (1, 1)
    assert (scores["language"].hits, scores["language"].total) == (1, 1)


def test_a_label_file_without_its_article_is_passed_over(tmp_path):
    (tmp_path / "fr_a.yaml").write_text(yaml.safe_dump(LABELS, allow_unicode=True), encoding="utf-8")
    (tmp_path / "fr_a.csv").write_text("not an article\n", encoding="utf-8")
    assert load_cases(tmp_path) == []


def test_a_record_that_cannot_be_read_is_named_and_the_others_scored(tmp_path, capsys):
    (tmp_path / "fr_a.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "fr_b.txt").write_text(_text(), encoding="utf-8")
    for stem in ("fr_a", "fr_b"):
        (tmp_path / f"{stem}.yaml").write_text(yaml.safe_dump(LABELS, allow_unicode=True), encoding="utf-8")
    assert [case.stem for case in load_cases(tmp_path)] == ["fr_b"]
    assert "fr_a.json" in capsys.readouterr().err


def test_an_article_whose_extraction_fails_is_named_and_scored_as_nothing_found(tmp_path, capsys, monkeypatch):
    """A fault of the extractor on one article (normalize skips that seed, naming it) costs
    eval that article's labels only: the others are still scored, and the file is named."""
    import newsdossier.evaluate as evaluate_module

    real = evaluate_module.extract

    def failing_on_one(text, known=None, today=None):
        if "FAULT" in text:
            raise TypeError("a fault of the extractor")
        return real(text, known)

    monkeypatch.setattr(evaluate_module, "extract", failing_on_one)
    (tmp_path / "fr_a.txt").write_text(_text().replace(BODY, BODY + " FAULT"), encoding="utf-8")
    (tmp_path / "fr_b.txt").write_text(_text(), encoding="utf-8")
    for stem in ("fr_a", "fr_b"):
        (tmp_path / f"{stem}.yaml").write_text(yaml.safe_dump(LABELS, allow_unicode=True), encoding="utf-8")
    scores = evaluate(tmp_path)
    assert (scores["title"].hits, scores["title"].total) == (1, 2)
    assert (scores["language"].hits, scores["language"].total) == (1, 2)
    assert "fr_a.txt: extraction failed (TypeError: a fault of the extractor)" in capsys.readouterr().err
