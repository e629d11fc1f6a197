"""store.dump_yaml's fast writer (fastyaml) gives the bytes ruamel.yaml's round-trip dumper gives, or leaves the document to it."""
import io

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from newsdossier import fastyaml
from newsdossier.store import DataError, _plain_token, _round_trip_yaml, _safe_yaml, dump_yaml, parse_yaml


def ruamel(data) -> str:
    stream = io.StringIO()
    _round_trip_yaml().dump(data, stream)
    return stream.getvalue()


# Strings at each of the emitter's decisions: plain, words YAML reads as other types, numbers and
# dates, leading indicators, ': ' and ' #' inside, quotes of both kinds, spaces at the ends,
# non-printable and line-separator characters, accents and scripts of EN/FR/ES/VI, empty.
TRICKY = [
    "plain words", "Hélène Dupont", "Bộ Quốc phòng", "año", "true", "True", "FALSE", "null", "Null", "yes", "no", "on", "~",
    "00019", "2023-02-27", "2023-02-27-event", "1.5", "0x1F", ".inf", "-", "- item", "-dash", "?", "? q", ":", "a:", "a: b",
    "a:b", "a #b", "a#b", "#tag", "'quoted'", '"Estamos listos", dijo.', "l'ONU", "it's \"both\"", " lead", "trail ", "",
    "tab\there", "nbsp\u00a0inside", "\u00a0lead", "line\u2028sep", "next\x85line", "bom\ufeff", "emoji 🙂", "…", "« guillemets »",
    "[bracket]", "a [b] {c}", "{x}", "*star", "&amp", "!bang", "|pipe", ">fold", "%pct", "@at", "`tick", "a, b", ",lead",
    "12 soldiers", "1,000", "0o17", "1e3", "1_000", "+1", "-1", "2023-02-27T10:00:00", "2023-02-27 10:00", "10:30", "0.5 km", "1.", "0", "007",
    "multi\nline", "x" * 5000, "word " * 900, "---", "...", "--- x", "…dots", "ki\u0301",
]


@pytest.mark.parametrize("value", TRICKY, ids=range(len(TRICKY)))
@pytest.mark.parametrize("shape", ["value", "item", "key", "nested"])
def test_a_string_is_written_as_ruamel_writes_it(value, shape):
    data = {
        "value": {"key": value, "other": "x"},
        "item": {"list": ["a", value]},
        "key": {value: "v", "k": 1},
        "nested": [{"id": value, "roles": [value, "b"], "sub": {"x": value}}],
    }[shape]
    assert dump_yaml(data) == ruamel(data)


@pytest.mark.parametrize("value", [0, 7, -3, True, False, None, 10**20], ids=str)
def test_other_scalars_are_written_as_ruamel_writes_them(value):
    data = {"value": value, "list": [1, "two"], "empty_list": [], "empty_map": {}}
    assert dump_yaml(data) == ruamel(data)


@pytest.mark.parametrize("text", [
    "- id: a  # a person's note\n  name: A\n",
    "# heading\n- id: a\n  name: A\n",
    "- id: a\n  aliases: [x, y]\n",
    "- &anchor\n  id: a\n- id: b\n  same: *anchor\n",
    "- id: a\n  sentences:\n    '00019': 'Quoted kept'\n    \"2\": \"double kept\"\n",
    "- id: a\n  note: |\n    two\n    lines\n",
])
def test_what_a_person_wrote_is_kept_by_falling_back(text):
    data = parse_yaml(text, "registry.yaml", round_trip=True)
    assert dump_yaml(data) == ruamel(data)


def test_comments_make_the_fast_writer_step_aside():
    data = parse_yaml("- id: a  # note\n", "r.yaml", round_trip=True)
    assert fastyaml.dump(data, _round_trip_yaml) is None


def test_plain_data_takes_the_fast_way():
    data = CommentedSeq([CommentedMap([("id", "a"), ("roles", CommentedSeq(["x"])), ("date", "2023-02-27")])])
    assert fastyaml.dump(data, _round_trip_yaml) == "  - id: a\n    roles:\n      - x\n    date: '2023-02-27'\n"


_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
_scalar = st.one_of(_text, st.sampled_from(TRICKY[:75]), st.integers(-5, 5), st.booleans(), st.none())
_data = st.recursive(_scalar, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_text, inner, max_size=4)), max_leaves=20)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.lists(_data, max_size=4), st.dictionaries(_text, _data, max_size=4)))
def test_any_plain_data_is_written_as_ruamel_writes_it(data):
    assert dump_yaml(data) == ruamel(data)


# --- reading: fastyaml.load gives what ruamel.yaml's safe loader gives, or steps aside ----------

def safe(text: str):
    return _safe_yaml().load(text)


def fast(text: str):
    return fastyaml.load(text, _round_trip_yaml, _plain_token)


@pytest.mark.parametrize("value", TRICKY, ids=range(len(TRICKY)))
@pytest.mark.parametrize("shape", ["value", "item", "key", "nested"])
def test_a_written_string_is_read_as_the_safe_loader_reads_it(value, shape):
    data = {
        "value": {"key": value, "other": "x"},
        "item": {"list": ["a", value]},
        "key": {value: "v", "k": 1},
        "nested": [{"id": value, "roles": [value, "b"], "sub": {"x": value}}],
    }[shape]
    text = ruamel(data)
    read = fast(text)
    assert read is None or (read == safe(text) and type(read) is type(safe(text)))
    assert parse_yaml(text, "data.yaml") == safe(text)


@pytest.mark.parametrize("text, expected", [
    ("id: '00019'\ntitle: Troops arrive\nauthors: []\nreasons: {}\n", {"id": "00019", "title": "Troops arrive", "authors": [], "reasons": {}}),
    ("actors:\n  - a-b\n  - c\nquotes:\n  - speaker: a-b\n    kind: direct\n    sentence: '\"We stay,\" she said.'\n",
     {"actors": ["a-b", "c"], "quotes": [{"speaker": "a-b", "kind": "direct", "sentence": '"We stay," she said.'}]}),
    ("  - id: m\n    start: 2011\n    end:\n    flag: true\n", [{"id": "m", "start": 2011, "end": None, "flag": True}]),
    ("date_source: \"dateline: l'été\"\n", {"date_source": "dateline: l'été"}),
])
def test_text_as_dump_writes_it_takes_the_fast_way(text, expected):
    assert fast(text) == expected == safe(text)


@pytest.mark.parametrize("text", [
    "id: a  # a note of mine\n",
    "# heading\nid: a\n",
    "aliases: [x, y]\n",
    "date: 2023-02-27\n",  # a date written plain: the safe loader keeps it as text too
    "actors:\n- a\n- b\n",  # the dash at the key's column
    "id: a\nid: b\n",
    "title:   spaced\n",
    "title: trailing \n",
    "title: \"double \\u00e9 quoted\"\n",
    "note: |\n  two\n  lines\n",
    "ratio: 1.5\n",
    "- &x\n  id: a\n- id: b\n  same: *x\n",
    "id: a\n---\nid: b\n",
])
def test_text_written_otherwise_is_read_as_the_safe_loader_reads_it(text):
    assert fast(text) is None
    try:
        expected = safe(text)
    except Exception:
        return  # an error either way: parse_yaml reports it (tests/test_store.py)
    assert parse_yaml(text, "data.yaml") == expected


@pytest.mark.parametrize("token", ["2011", "true", "1.5", "0x1F", "1e3"])
def test_the_value_of_a_plain_token_is_the_safe_loaders(token):
    text = f"count: {token}\n"
    assert parse_yaml(text, "data.yaml") == safe(text)


def test_a_plain_token_the_loader_cannot_read_leaves_the_text_to_ruamel():
    def refuses(token):
        raise ValueError(token)

    assert fastyaml.load("start: 2011\n", _round_trip_yaml, refuses) is None


def test_a_plain_token_of_another_type_without_typed_steps_aside():
    assert fastyaml.load("start: 2011\n", _round_trip_yaml) is None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.lists(_data, max_size=4), st.dictionaries(_text, _data, max_size=4)))
def test_any_written_data_is_read_as_the_safe_loader_reads_it(data):
    text = ruamel(data)
    read = fast(text)
    assert read is None or read == safe(text)


@pytest.mark.parametrize("escape", ["\\uD800", "\\udfff", "\\U0000DC00", "\\U00110000", "\\u+0e9", "\\x_1"])
def test_an_escape_the_safe_loader_refuses_is_left_to_it(escape):
    """A lone surrogate, a code past Unicode or a sign among the hex digits: the fast reader
    steps aside, and parse_yaml reports ruamel.yaml's error naming the file and line."""
    text = f'id: a\ntitle: "the river {escape} bank"\n'
    assert fast(text) is None
    with pytest.raises(Exception):  # the safe loader refuses it too
        safe(text)
    with pytest.raises(DataError, match=r"data\.yaml:2"):
        parse_yaml(text, "data.yaml")
