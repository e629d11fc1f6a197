"""Scraper records as other tools write them: authors as schema.org objects, a date or a language
the record gives that is none. Nothing is taken for what it is not ("{'name': ...}" as an
author), and a value left out is told in one line naming the seed, its line and the value."""
from __future__ import annotations

import json

import pytest

from newsdossier.ingest import collect

TEXT = "Engineers of the mission rebuilt the bridge over the river on Monday, a spokesperson said."
URL = "https://www.example.org/2023/05/02/bridge"


def _record(**fields) -> dict:
    return {"url": URL, "title": "Blue helmets rebuild a bridge", "text": TEXT, **fields}


def _read(tmp_path, records, name="feed.jsonl"):
    path = tmp_path / name
    if name.endswith(".jsonl"):
        path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    else:
        path.write_text(json.dumps(records[0]), encoding="utf-8")
    articles, _ = collect(path)
    return [article.read() for article in articles]


@pytest.mark.parametrize(("authors", "expected"), [
    pytest.param([{"@type": "Person", "name": "Jane Roe"}], ["Jane Roe"], id="list-of-schema-persons"),
    pytest.param({"@type": "Person", "name": "Jane Roe"}, ["Jane Roe"], id="one-schema-person"),
    pytest.param([{"name": "Jane Roe"}, "John Doe"], ["Jane Roe", "John Doe"], id="object-and-name-mixed"),
    pytest.param([None, {"url": "https://example.org/staff"}, "Jane Roe"], ["Jane Roe"], id="null-and-nameless-object-dropped"),
    pytest.param({"@type": ["Person"], "name": "Jane Roe"}, ["Jane Roe"], id="person-type-as-list"),
    # an organisation credited as schema.org's author is no writer: the outlet or a body
    pytest.param({"@type": "Organization", "name": "Example Relief Coalition"}, [], id="organization-object"),
    pytest.param([{"@type": "NewsMediaOrganization", "name": "Example Wire Service"}, {"@type": "Person", "name": "Jane Roe"}],
                 ["Jane Roe"], id="news-organization-beside-a-person"),
    # near misses: the forms read before read the same
    pytest.param(["Jane Roe", "John Doe"], ["Jane Roe", "John Doe"], id="list-of-names"),
    pytest.param("Jane Roe; John Doe", ["Jane Roe", "John Doe"], id="names-in-one-string"),
])
def test_authors_written_as_objects_are_their_names(tmp_path, authors, expected):
    (reading,) = _read(tmp_path, [_record(authors=authors)], "one.json")
    best = reading.known.best("authors")
    assert (best.value if best else []) == expected


@pytest.mark.parametrize(("fields", "told"), [
    pytest.param({"date": 1683014400}, "the scraper's 'date' 1683014400 is not a date", id="epoch-number"),
    pytest.param({"date": "02/05/2023"}, "the scraper's 'date' '02/05/2023' is not a date", id="day-or-month-first"),
    pytest.param({"date_publish": "sometime in May"}, "the scraper's 'date_publish' 'sometime in May' is not a date", id="words"),
    pytest.param({"language": "Klingonese"}, "the scraper's 'language' 'Klingonese' is not a language", id="language"),
])
def test_a_value_of_a_record_that_is_none_is_told_with_its_line(tmp_path, fields, told):
    other = _record(url="https://www.example.org/2023/05/01/other", date="2023-05-01", language="en")
    first, second = _read(tmp_path, [other, _record(**fields)])
    assert first.note is None
    assert second.note.startswith(f"line 2: {told}")
    assert "left out" in second.note
    field = "language" if "language" in fields else "date"
    assert second.known.best(field, ("collector",)) is None  # nothing taken from it


@pytest.mark.parametrize("fields", [
    pytest.param({"date": "2023-05-02", "language": "en"}, id="iso-date-and-code"),
    pytest.param({"date": "2 May 2023", "language": "English"}, id="date-and-language-in-words"),
    pytest.param({"date": "", "language": None}, id="empty-values-say-nothing"),
    pytest.param({}, id="no-date-no-language"),
])
def test_a_record_whose_values_are_read_or_absent_has_no_note(tmp_path, fields):
    (reading,) = _read(tmp_path, [_record(**fields)], "one.json")
    assert reading.note is None


@pytest.mark.parametrize(("wrapper", "count"), [
    pytest.param(lambda records: {"status": "ok", "totalResults": len(records), "articles": records}, 2, id="status-and-articles"),
    pytest.param(lambda records: {"items": records, "next": None}, 2, id="items-and-a-cursor"),
    pytest.param(lambda records: {"data": {"n": 2}, "results": records}, 2, id="results-beside-an-object"),
])
def test_the_articles_an_export_wraps_under_one_key_are_read(tmp_path, wrapper, count):
    records = [_record(), _record(url="https://www.example.org/2023/05/03/road", title="A road reopens",
                                  text="Engineers of the mission reopened the road on Wednesday.")]
    (tmp_path / "export.json").write_text(json.dumps(wrapper(records)), encoding="utf-8")
    articles, problems = collect(tmp_path / "export.json")
    assert len(articles) == count and not problems
    assert [a.read().known.best("url").value for a in articles] == [URL, "https://www.example.org/2023/05/03/road"]


@pytest.mark.parametrize("value", [
    # near misses: an article whose other keys hold lists is one article, not a wrapper
    pytest.param(_record(tags=["peacekeeping"], images=[{"src": "a.jpg"}]), id="article-with-lists"),
    # two lists of articles: which one is the export's is not guessed
    pytest.param({"latest": [_record()], "popular": [_record(url="https://www.example.org/b")]}, id="two-lists"),
])
def test_an_article_or_an_object_of_two_lists_is_not_taken_for_a_wrapper(tmp_path, value):
    from newsdossier.ingest.scraped import records_of_json

    records = records_of_json(json.dumps(value))
    assert [r.fields for r in records] == [value]


def test_a_value_left_out_of_a_json_list_is_told_with_the_records_place(tmp_path):
    (tmp_path / "list.json").write_text(json.dumps([_record(), _record(url="https://www.example.org/b", date=1683014400)]), encoding="utf-8")
    articles, _ = collect(tmp_path / "list.json")
    assert [a.read().note for a in articles] == [None, "record 2: the scraper's 'date' 1683014400 is not a date "
                                                       "(write it as 2016-01-11, 2016-01 or 2016, or a day in words): left out, the date read from elsewhere"]


@pytest.mark.parametrize(("value", "told"), [
    pytest.param({"status": "ok", "articles": [{"content": TEXT}]}, "its keys: 'status', 'articles'", id="wrapper-of-other-keys"),
    pytest.param({"headline": "A bridge", "body": TEXT}, "its keys: 'headline', 'body'", id="article-of-other-keys"),
])
def test_a_record_without_text_names_the_keys_it_has(tmp_path, value, told):
    from newsdossier.seeds import SeedError

    (tmp_path / "export.json").write_text(json.dumps(value), encoding="utf-8")
    (article,), _ = collect(tmp_path / "export.json")
    with pytest.raises(SeedError) as raised:
        article.read()
    assert "a scraped record without text (none of 'text', 'maintext', 'raw_text'" in str(raised.value)
    assert told in str(raised.value)
