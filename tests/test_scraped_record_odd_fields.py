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
    # near misses: the forms read before read the same
    pytest.param(["Jane Roe", "John Doe"], ["Jane Roe", "John Doe"], id="list-of-names"),
    pytest.param("Jane Roe; John Doe", ["Jane Roe", "John Doe"], id="names-in-one-string"),
])
def test_authors_written_as_objects_are_their_names(tmp_path, authors, expected):
    (reading,) = _read(tmp_path, [_record(authors=authors)], "one.json")
    assert reading.known.best("authors").value == expected


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
