"""The registry's shortcuts for a large corpus give what a scan of every entry gives."""
import copy

import pytest
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from newsdossier.datevalue import PartialDate, year_of
from newsdossier.events import EventFinding, same_event
from newsdossier.registry import Registry, forget_article, forget_articles, merge_event


def _events():
    kinds = ["meeting", "attack", None, "meeting", ["odd", "list"], "casualties", "attack", "meeting"]
    return CommentedSeq(CommentedMap([("id", f"e{i}"), ("kind", kind), ("articles", CommentedSeq(["a1", "a2"] if i % 2 else ["a2"])),
                                      ("sentences", CommentedMap([("a2", "s")]))]) for i, kind in enumerate(kinds))


def _scan(registry, wanted):
    out = []
    for entry in registry.entries:
        kind = entry.get("kind")
        try:
            hash(kind)
        except TypeError:
            out.append(entry)
            continue
        if wanted(kind):
            out.append(entry)
    return out


@pytest.mark.parametrize("wanted", [lambda k: k == "meeting", lambda k: k in ("attack", "casualties"), lambda k: k is None, lambda k: False],
                         ids=["one kind", "a family", "no kind", "none"])
def test_entries_of_kinds_are_those_a_scan_finds_in_the_same_order(wanted):
    registry = Registry(_events())
    assert registry.of_kinds(wanted) == _scan(registry, wanted)
    registry.add(CommentedMap([("id", "new"), ("kind", "meeting")]))
    registry.add(CommentedMap([("id", "new2"), ("kind", "attack")]))
    assert registry.of_kinds(wanted) == _scan(registry, wanted)


def test_forgetting_several_articles_at_once_is_forgetting_each():
    one, each = Registry(_events()), Registry(_events())
    one.entries[1]["articles"].append("a1")  # an article listed twice by hand: one report dropped per forget, as before
    each.entries[1]["articles"].append("a1")
    forget_articles(one, {"a1", "a2"})
    for article_id in ("a1", "a2"):
        forget_article(each, article_id)
    assert copy.deepcopy(list(one.entries)) == copy.deepcopy(list(each.entries))


_DATES = ["2020-05-10", "2020-05", "2021-05-10", "2019", "XXXX-05-10", "", None, "2020-05-10/2021-01-02", "not a date", "2021-XX-XX"]


def _dated_events():
    kinds = ["meeting", "attack", "happening", "casualties"]
    return CommentedSeq(CommentedMap([("id", f"e{i}"), ("kind", kinds[i % len(kinds)]), ("date", date), ("place", "Aguelhok"),
                                      ("country", "ML"), ("actors", CommentedSeq(["benin"])), ("missions", CommentedSeq()),
                                      ("articles", CommentedSeq(["a1"])), ("sentences", CommentedMap([("a1", "s")]))])
                        for i, date in enumerate(_DATES * 2))


@pytest.mark.parametrize("year", [2020, 2021, 2019, 1999])
def test_entries_of_kinds_in_a_year_are_those_of_that_year_or_of_none(year):
    registry = Registry(_dated_events())
    registry.add(CommentedMap([("id", "late"), ("kind", "meeting"), ("date", f"{year}-01-01")]))
    wanted = lambda kind: kind in ("meeting", "happening")  # noqa: E731
    got = registry.of_kinds(wanted, year)
    assert got == [e for e in _scan(registry, wanted) if year_of(e.get("date") if isinstance(e.get("date"), str) else None) in (year, None)]
    assert any(e["id"] == "late" for e in got)


@pytest.mark.parametrize("start", [PartialDate(2020, 5, 10), PartialDate(2020, 5), PartialDate(2021, 5, 10), PartialDate(None, 5, 10), None],
                         ids=["day", "month", "another year", "year unknown", "undated"])
@pytest.mark.parametrize("kind", ["meeting", "attack", "happening"])
def test_merging_an_event_finds_the_match_a_scan_of_every_event_finds(start, kind):
    """The registry's look-up by kind and year gives merge_event the same first match as a scan."""
    registry = Registry(_dated_events())
    finding = EventFinding(kind, kind.title(), "", start=start, place="Aguelhok", place_code="ML", actors=["benin"])
    scanned = next((e["id"] for e in registry.entries if e.get("status") != "rejected" and same_event(e, finding)), None)
    merged = merge_event(registry, finding, "a9", ["benin"], [])
    assert merged == (scanned or registry.entries[-1]["id"])
    if scanned is None:
        assert len(registry.entries) == len(_DATES) * 2 + 1


_MONTH_DATES = ["2020-05-10", "2020-05", "2020-06-02", "2020-06", "2020", "2020-05-28/2020-06-03", "2020-06-30/2020-07-01",
                "2021-05-10", "XXXX-05-10", "", None, "not a date"]


def _start(date):
    from newsdossier.datevalue import parse_simple
    parsed = parse_simple(date) if isinstance(date, str) and date else None
    return (parsed[0].year, parsed[0].month) if parsed and parsed[0].year is not None else (None, None)


def _month_events():
    kinds = ["meeting", "attack", "happening"]
    return CommentedSeq(CommentedMap([("id", f"m{i}"), ("kind", kinds[i % len(kinds)]), ("date", date), ("place", "Aguelhok"),
                                      ("country", "ML"), ("actors", CommentedSeq(["benin"])), ("missions", CommentedSeq()),
                                      ("articles", CommentedSeq(["a1"])), ("sentences", CommentedMap([("a1", "s")]))])
                        for i, date in enumerate(_MONTH_DATES * 2))


@pytest.mark.parametrize("year,month", [(2020, 5), (2020, 6), (2020, 7), (2020, None), (2021, 5), (1999, 1)])
def test_entries_of_kinds_in_a_month_are_those_of_that_month_of_none_or_of_no_year(year, month):
    registry = Registry(_month_events())
    registry.add(CommentedMap([("id", "late"), ("kind", "meeting"), ("date", f"{year}-{month or 1:02d}-01")]))
    wanted = lambda kind: kind in ("meeting", "happening")  # noqa: E731
    expected = []
    for entry in _scan(registry, wanted):
        entry_year, entry_month = _start(entry.get("date"))
        if entry_year is None or (entry_year == year and (month is None or entry_month in (month, None))):
            expected.append(entry)
    assert registry.of_kinds(wanted, year, month) == expected
    assert any(e["id"] == "late" for e in registry.of_kinds(wanted, year, month))


@pytest.mark.parametrize("start,end", [(PartialDate(2020, 5, 10), None), (PartialDate(2020, 6, 1), None), (PartialDate(2020, 6), None),
                                       (PartialDate(2020, 5, 30), PartialDate(2020, 6, 2)), (PartialDate(2020, 7, 1), None),
                                       (PartialDate(2020), None), (PartialDate(None, 5, 10), None), (None, None)],
                         ids=["day", "day of another month", "month", "span over two months", "month of a span's end", "year",
                              "year unknown", "undated"])
@pytest.mark.parametrize("kind", ["meeting", "attack", "happening"])
def test_merging_an_event_by_month_finds_the_match_a_scan_of_every_event_finds(start, end, kind):
    """The look-up by kind, year and month gives merge_event the same first match as a scan."""
    registry = Registry(_month_events())
    finding = EventFinding(kind, kind.title(), "", start=start, end=end, place="Aguelhok", place_code="ML", actors=["benin"])
    scanned = next((e["id"] for e in registry.entries if e.get("status") != "rejected" and same_event(e, finding)), None)
    merged = merge_event(registry, finding, "a9", ["benin"], [])
    assert merged == (scanned or registry.entries[-1]["id"])


@pytest.mark.parametrize("later", [PartialDate(2020, 5, 12), PartialDate(2020, 6, 3)], ids=["same month", "another month"])
def test_an_event_whose_date_was_made_precise_is_still_found_as_a_scan_finds_it(later):
    """An event added with a year only, then given a day by another report, is matched by a
    third report exactly as a scan of every event matches it."""
    registry = Registry(CommentedSeq())
    first = merge_event(registry, EventFinding("meeting", "Meeting", "", start=PartialDate(2020), place="Bamako"), "a1", [], [])
    assert merge_event(registry, EventFinding("meeting", "Meeting", "", start=PartialDate(2020, 5, 12), place="Bamako"), "a2", [], []) == first
    assert registry.by_id[first]["date"] == "2020-05-12"
    finding = EventFinding("meeting", "Meeting", "", start=later, place="Bamako")
    scanned = next((e["id"] for e in registry.entries if same_event(e, finding)), None)
    assert merge_event(registry, finding, "a3", [], []) == (scanned or registry.entries[-1]["id"])


@pytest.mark.parametrize("listed,new,expected", [(["b", "d"], "c", ["b", "c", "d"]), (["b", "d"], "a", ["a", "b", "d"]),
                                                  (["b", "d"], "e", ["b", "d", "e"]), (["b", "d"], "d", ["b", "d"]),
                                                  ([], "a", ["a"]), (["d", "b"], "c", ["d", "b", "c"])],
                         ids=["between", "first", "last", "already there", "empty", "unsorted by hand"])
def test_a_report_is_inserted_where_a_sorted_list_of_the_ids_puts_it(listed, new, expected):
    from newsdossier.registry import report_event
    event = CommentedMap([("articles", CommentedSeq(listed)), ("sentences", CommentedMap((a, "s") for a in listed))])
    report_event(event, new, "told")
    assert list(event["articles"]) == expected
    assert list(event["sentences"]) == expected


def _actors():
    return CommentedSeq([
        CommentedMap([("id", "tran-van-an"), ("name", "Trần Văn An"), ("kind", "person"), ("aliases", CommentedSeq(["Tran Van An"])), ("status", "candidate")]),
        CommentedMap([("id", "blue-corps"), ("name", "Blue Corps"), ("kind", "organisation"), ("aliases", CommentedSeq(["BC"])), ("status", "candidate")]),
        CommentedMap([("id", "no-aliases"), ("name", "Hana Orlova"), ("kind", "person"), ("status", "candidate")]),
        CommentedMap([("id", "odd"), ("name", 2021), ("kind", "organisation"), ("aliases", "not a list"), ("status", "candidate")]),
    ])


# (entry, surface, added): a form printed as the name or an alias already is not added again; a
# person's name printed with other accents or case is (the page shows every spelling); another
# entry's form, a part of a person's name, a blank surface are not; a new form is.
ALIAS_CASES = [
    ("tran-van-an", "Trần Văn An", False), ("tran-van-an", "Tran Van An", False), ("tran-van-an", "TRAN VAN AN", True),
    ("tran-van-an", "Trần", False), ("tran-van-an", "Blue Corps", False), ("blue-corps", "BC", False),
    ("blue-corps", "Blue corps", False), ("blue-corps", "the Blue Corps", True), ("no-aliases", "Hana Orlova", False),
    ("no-aliases", "Hana Orlová", True), ("odd", "2021", False), ("blue-corps", "", False), ("blue-corps", "  ", False),
]


@pytest.mark.parametrize("entry_id,surface,added", ALIAS_CASES, ids=lambda value: value if isinstance(value, str) and value.strip() else repr(value))
def test_an_alias_is_added_only_where_it_names_one_thing_anew(entry_id, surface, added):
    registry = Registry(_actors())
    entry = registry.by_id[entry_id]
    aliases_before = list(entry.get("aliases") or []) if not isinstance(entry.get("aliases"), str) else entry.get("aliases")
    claims_before = dict(registry.claims)
    assert registry.add_alias(entry, surface) is added
    if added:
        assert list(entry["aliases"]) == [*aliases_before, surface]
        assert all(registry.claims.get(form) == claims_before.get(form, entry_id) for form in registry.claims)
    else:
        now = entry.get("aliases")
        assert (list(now or []) if not isinstance(now, str) else now) == aliases_before
        assert registry.claims == claims_before
