"""The YAML text of plain block data, byte for byte as store.dump_yaml's ruamel.yaml settings write it, in a
fraction of the time.

ruamel.yaml's round-trip dumper builds an event and a node for every value and analyses every
scalar character by character in Python: on a cold normalize it took as long as the extraction
itself. Most of what normalize writes is simple: mappings and lists, block style, of one-line
strings. dump() writes that directly, deciding each string's style by the rules of ruamel.yaml's
Emitter.analyze_scalar and choose_scalar_style (plain when no indicator, special character or
resolvable word forbids it); any string that is not plainly plain is handed to ruamel.yaml itself
(one small document, remembered), so the choice of quotes stays ruamel.yaml's own.

Anything else (comments or anchors a person wrote, flow-style lists, a string of several lines or
longer than the line width, tags, floats, None, other types) makes dump() return None: the
caller then uses ruamel.yaml for the whole document. tests/test_fastyaml.py holds it to the same
bytes as ruamel.yaml.

load() is the way back: a text as dump() writes it (what normalize writes to data/) is read into
the dicts, lists and strings ruamel.yaml's safe loader gives for it, several times faster than
that loader, whose constructor works node by node in Python. The reading is loose, and kept only
when dump() writes the data read back to the very same text; any other text (a person's comment
or layout) is left to ruamel.yaml.

Why not a library's fast emitter: ruamel.yaml's C emitter (ruamel.yaml.clib) serves only its safe
dumper, which cannot write this layout nor keep a person's comments; PyYAML's libyaml emitter
resolves by YAML 1.1, so it writes an article id such as "00019" plain, which ruamel.yaml (YAML
1.2) reads back as the integer 19, and it escapes characters beyond the Basic Multilingual Plane.
Every style decision that is not plainly plain is still ruamel.yaml's own (_ruamel_scalar).
"""
from __future__ import annotations

import functools
import io
import re

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import SingleQuotedScalarString

# A string written plain without asking, unless YAML would read it as another type (_other_type):
# it starts with a letter, a digit or other printable non-ASCII
# character (no indicator: '-', '?', ':', '#', quotes, brackets...), every character is
# printable (ruamel.yaml's test: \x20-\x7E, \xA0-\uD7FF, \uE000-\uFFFD, less the line
# separators and the byte-order mark), it holds no ': ' or ' #' and does not end in ':' or a
# space. Supplementary characters (emoji) go the slow way, as ruamel.yaml's answer for them
# depends on the build of Python.
_PLAIN = re.compile(
    r"[A-Za-z0-9\u00A0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]"
    r"(?:[\x20-\x7E\u00A0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]*"
    r"[\x21-\x39\x3B-\x7E\u00A0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD])?"
)
_NOT_PLAIN_INSIDE = re.compile(r": | #")
_LEADING_INDICATORS = frozenset("#,[]{}&*!|>\"%@`")
# A string that is not plain but of printable characters on one line and without a "'": ruamel.yaml
# writes it in single quotes, as it is (choose_scalar_style: a "'" would make it double-quoted).
_SINGLE_QUOTED = re.compile(r"[\x20-\x26\x28-\x7E\u00A0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]+")
# Lines longer than this might be folded by the emitter (its width is 4096): left to ruamel.yaml.
_LONGEST = 4000

_COMMENT, _FORMAT, _ANCHOR, _TAG, _MERGE = "_yaml_comment", "_yaml_format", "_yaml_anchor", "_yaml_tag", "_yaml_merge"


class _NotSimple(Exception):
    """The data holds something dump() leaves to ruamel.yaml."""


def dump(data, yaml_factory) -> str | None:
    """The YAML text of data (a mapping or list of mappings, lists, strings, ints and bools) as
    yaml_factory() (a configured ruamel.yaml.YAML: block style, width 4096, mappings indented by
    2, sequences by 4 with the dash at 2, unicode allowed) would dump it; None when data holds
    anything else (see the module's docstring)."""
    lines: list[str] = []
    try:
        if _is_map(data):
            if not data:
                return "{}\n"
            _mapping(data, 0, lines, yaml_factory)
        elif _is_seq(data):
            if not data:
                return "[]\n"
            _sequence(data, 0, lines, yaml_factory)
        else:
            return None
    except _NotSimple:
        return None
    lines.append("")
    return "\n".join(lines)


def is_plain(data) -> bool:
    """Whether data is mappings and lists (without a person's comments, anchors or flow style) of
    exact str, int, bool and None only: what a copy in JSON gives back written the same."""
    try:
        stack = [data]
        while stack:
            node = stack.pop()
            if _is_map(node):
                for key, value in node.items():
                    if type(key) is not str:
                        return False
                    stack.append(value)
            elif _is_seq(node):
                stack.extend(node)
            elif node is not None and type(node) not in (str, int, bool):
                return False
    except _NotSimple:
        return False
    return True


def _is_map(node) -> bool:
    return _is_container(node, dict, CommentedMap)


def _is_seq(node) -> bool:
    return _is_container(node, list, CommentedSeq)


def _is_container(node, plain: type, round_trip: type) -> bool:
    """Whether node is exactly of the plain or the round-trip container type; raises _NotSimple for
    a round-trip one that carries what only ruamel.yaml writes (_plain_container)."""
    kind = type(node)
    if kind is round_trip:
        _plain_container(node)
    return kind is plain or kind is round_trip


def _plain_container(node) -> None:
    """Raise _NotSimple if a round-trip container carries comments, an anchor, a tag, merge keys
    or flow style (which ruamel.yaml would write)."""
    comment = getattr(node, _COMMENT, None)
    if comment is not None and any(getattr(comment, part, None) for part in ("comment", "_items", "_post", "_pre")):
        raise _NotSimple
    fmt = getattr(node, _FORMAT, None)
    if fmt is not None and fmt.flow_style() and len(node):
        raise _NotSimple
    anchor = getattr(node, _ANCHOR, None)
    if anchor is not None and anchor.value is not None:
        raise _NotSimple
    tag = getattr(node, _TAG, None)
    if tag is not None and getattr(tag, "value", None) is not None:
        raise _NotSimple
    if getattr(node, _MERGE, None):
        raise _NotSimple


def _mapping(node, indent: int, lines: list[str], factory) -> None:
    pad = " " * indent
    for key, value in node.items():
        head = f"{pad}{_key(key, factory)}:"
        if _is_map(value):
            if value:
                lines.append(head)
                _mapping(value, indent + 2, lines, factory)
            else:
                lines.append(head + " {}")
        elif _is_seq(value):
            if value:
                lines.append(head)
                _sequence(value, indent, lines, factory)
            else:
                lines.append(head + " []")
        elif value is None:
            lines.append(head)  # "end:" (ruamel.yaml writes nothing for null)
        else:
            line = f"{head} {_value(value, factory)}"
            if len(line) > _LONGEST:
                raise _NotSimple
            lines.append(line)


def _sequence(node, indent: int, lines: list[str], factory) -> None:
    """Items of a list whose parent starts at column indent: '- ' at indent + 2, content at indent + 4."""
    dash = " " * (indent + 2) + "- "
    for value in node:
        if _is_map(value):
            if value:
                start = len(lines)
                _mapping(value, indent + 4, lines, factory)
                lines[start] = dash + lines[start][indent + 4:]
            else:
                lines.append(dash + "{}")
        elif _is_seq(value):
            if value:
                raise _NotSimple  # a list in a list: left to ruamel.yaml
            lines.append(dash + "[]")
        else:
            line = dash + _value(value, factory)
            if len(line) > _LONGEST:
                raise _NotSimple
            lines.append(line)


def _value(value, factory) -> str:
    if type(value) is str and _PLAIN.fullmatch(value) and not _NOT_PLAIN_INSIDE.search(value):
        if not _other_type(value, factory):
            return value
        if _SINGLE_QUOTED.fullmatch(value):
            return f"'{value}'"  # a number, date, boolean or null as text: quoted (choose_scalar_style)
    if type(value) is SingleQuotedScalarString and _SINGLE_QUOTED.fullmatch(value) and getattr(value, _ANCHOR, None) is None:
        return f"'{value}'"  # quoted so by a person (kept by preserve_quotes): printable, one line, no "'"
    if type(value) is str and _SINGLE_QUOTED.fullmatch(value) and (
            value[0] in _LEADING_INDICATORS or value[0] == " " or value[-1] in ": " or _NOT_PLAIN_INSIDE.search(value)):
        return f"'{value}'"  # certainly not plain (an indicator), printable, one line, no "'"
    return _asked(type(value), value, False, factory)


def _key(key, factory) -> str:
    if type(key) is str and _PLAIN.fullmatch(key) and not _NOT_PLAIN_INSIDE.search(key) and len(key) < 128:
        if not _other_type(key, factory):
            return key
        if _SINGLE_QUOTED.fullmatch(key):
            return f"'{key}'"  # an article id of digits as a key ('00019'): quoted, as a value is
    return _asked(type(key), key, True, factory)


def _asked(kind: type, value, as_key: bool, factory) -> str:
    if value is None or kind is float or not isinstance(value, (str, int)):
        raise _NotSimple
    anchor = getattr(value, _ANCHOR, None)
    if anchor is not None and anchor.value is not None:
        raise _NotSimple
    try:
        written = _ruamel_scalar(kind, value, as_key, factory)
    except TypeError:  # unhashable: not a scalar
        raise _NotSimple from None
    if written is None:
        raise _NotSimple
    return written


@functools.lru_cache(maxsize=65536)
def _ruamel_scalar(kind: type, value, as_key: bool, factory) -> str | None:
    """How ruamel.yaml writes one scalar as a mapping's key or value (a list item is written as a
    value is: the style does not depend on the context but for keys); None when it takes more
    than one line (any line separator: str.splitlines's, a superset of YAML's). kind is in
    the cache key so that 1, True and "1" are told apart."""
    stream = io.StringIO()
    if as_key:
        _dumper(factory).dump({value: 1}, stream)
        text = stream.getvalue()
        if len(text.splitlines()) != 1 or not text.endswith(": 1\n"):
            return None
        return text[: -len(": 1\n")]
    _dumper(factory).dump({"k": value}, stream)
    text = stream.getvalue()
    if len(text.splitlines()) != 1 or not text.startswith("k: "):
        return None
    return text[len("k: "):-1]


@functools.lru_cache(maxsize=4)
def _dumper(factory):
    """One ruamel.yaml instance per factory for the scalars asked (making one builds its resolver
    tables: more than the dump of one scalar)."""
    return factory()


@functools.lru_cache(maxsize=65536)  # keys and values repeat from record to record (pure)
def _other_type(value: str, factory) -> bool:
    """Whether YAML reads value, written plain, as another type than a string (a number, a date,
    a boolean, null): ruamel.yaml's own implicit resolvers for its first character, as
    Resolver.resolve tries them."""
    tried = _resolvers(factory)
    return any(regexp.match(value) for regexp in (*tried.get(value[:1], ()), *tried.get(None, ())))


@functools.lru_cache(maxsize=4)
def _resolvers(factory) -> dict:
    """The dumper's implicit resolvers that give another tag than str, by first character."""
    table = _dumper(factory).resolver.versioned_resolver
    return {first: tuple(regexp for tag, regexp in pairs if tag != "tag:yaml.org,2002:str") for first, pairs in table.items()}


# --- reading ---------------------------------------------------------------------------------

# The escapes a double-quoted scalar may hold, as YAML 1.2 (section 5.7) defines them; any
# other makes load() give up.
_ESCAPED = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r", "e": "\x1b",
            " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}
_HEX_DIGITS = {"x": 2, "u": 4, "U": 8}
_HEX = frozenset("0123456789abcdefABCDEF")
_DOUBLE_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')


def load(text: str, yaml_factory, typed=None):
    """The data of a YAML text that dump() writes (mappings and lists in block style, of one-line
    strings, ints and bools): what ruamel.yaml's safe loader gives for it, read in a fraction of
    its time; None for any other text (a person's comment, another layout...): the caller then
    asks ruamel.yaml. typed(token) gives the value of a plain token YAML reads as another type
    than a string ("2011": a number; the caller's loader, as it reads a whole file); without it,
    a text holding one gives None. Never raises (but what typed raises).

    The text is read loosely, then the data read is written again by dump(yaml_factory): only
    when that gives back the very text is the data returned. ruamel.yaml reads what dump()
    writes as the data dumped (tests/test_fastyaml.py), so the answer is ruamel.yaml's own."""
    if text == "{}\n":
        return {}
    if text == "[]\n":
        return []
    if not text.endswith("\n"):
        return None
    lines = text.split("\n")
    lines.pop()
    try:
        data, end = _Reader(lines, yaml_factory, typed).block(0)
    except (_NotSimple, IndexError, ValueError):
        return None
    if end != len(lines) or dump(data, yaml_factory) != text:
        return None
    return data


class _Reader:
    """The lines of a text read into mappings and lists by their indentation (load()'s loose
    reading): each line's indentation and whether it is a list item are worked out once."""

    def __init__(self, lines: list[str], factory, typed):
        self.lines, self.factory, self.typed = lines, factory, typed
        self.indents = [len(line) - len(line.lstrip(" ")) for line in lines]
        # whether each line is a list item at its indentation ("- value", or a lone "-")
        self.items = [line.startswith("- ", at) or (len(line) == at + 1 and line[at] == "-") for line, at in zip(lines, self.indents)]

    def block(self, start: int) -> tuple[object, int]:
        """The mapping or list whose first line is lines[start], and the index of the line after it."""
        if self.items[start]:
            return self.sequence(start, self.indents[start])
        return self.mapping(start, self.indents[start])

    def sequence(self, start: int, column: int) -> tuple[list, int]:
        lines, indents, items = self.lines, self.indents, self.items
        values: list = []
        at, count = start, len(lines)
        while at < count and indents[at] == column and items[at]:
            rest = lines[at][column + 2:]
            if _entry(rest) is not None:  # a mapping begins on the dash's line: read as if the dash were a space
                indents[at], items[at] = column + 2, rest.startswith("- ") or rest == "-"
                lines[at] = " " * (column + 2) + rest
                value, at = self.mapping(at, column + 2)
            else:
                value, at = self.scalar(rest), at + 1
            values.append(value)
        return values, at

    def mapping(self, start: int, column: int) -> tuple[dict, int]:
        lines, indents, items = self.lines, self.indents, self.items
        mapping: dict = {}
        at, count = start, len(lines)
        while at < count and indents[at] == column and not items[at]:
            found = _entry(lines[at][column:])
            if found is None:
                raise _NotSimple
            key, rest = found
            at += 1
            if rest is not None:
                mapping[key] = self.scalar(rest)
            elif at < count and (indents[at] > column or (indents[at] == column and items[at])):
                mapping[key], at = self.block(at)
            else:
                mapping[key] = None
        return mapping, at

    def scalar(self, text: str):
        """A value as written on one line: [] or {} empty, a quoted string, or a plain token (a
        string, or the value typed() gives when YAML reads it as another type)."""
        if text[:1] in ("'", '"'):
            return _quoted(text)
        if text == "[]":
            return []
        if text == "{}":
            return {}
        if text and _other_type(text, self.factory):
            if self.typed is None:
                raise _NotSimple
            return self.typed(text)
        return text


def _entry(text: str) -> tuple[str, str | None] | None:
    """(key, the text of its value, None when nothing follows the colon) of a 'key: value' line,
    or None when the text is a lone value."""
    if text[:1] in ("'", '"'):
        quoted = _DOUBLE_QUOTED.match(text) if text[0] == '"' else re.match(r"'(?:[^']|'')*'", text)
        if quoted is None:
            raise _NotSimple
        end = quoted.end()
        if text[end:end + 2] == ": ":
            return _quoted(text[:end]), text[end + 2:]
        if text[end:] == ":":
            return _quoted(text[:end]), None
        return None
    colon = text.find(": ")
    if colon > 0:
        return text[:colon], text[colon + 2:]
    if text.endswith(":"):
        return text[:-1], None
    return None


def _quoted(text: str) -> str:
    if text[:1] == "'":
        if len(text) < 2 or text[-1] != "'":
            raise _NotSimple
        return text[1:-1].replace("''", "'")
    if text[:1] == '"':
        if _DOUBLE_QUOTED.fullmatch(text) is None:
            raise _NotSimple
        return _unescape(text[1:-1])
    raise _NotSimple


def _unescape(inner: str) -> str:
    if "\\" not in inner:
        return inner
    out: list[str] = []
    at = 0
    while True:
        slash = inner.find("\\", at)
        if slash == -1:
            out.append(inner[at:])
            return "".join(out)
        out.append(inner[at:slash])
        code = inner[slash + 1]
        if code in _ESCAPED:
            out.append(_ESCAPED[code])
            at = slash + 2
        elif code in _HEX_DIGITS:
            digits = inner[slash + 2:slash + 2 + _HEX_DIGITS[code]]
            if len(digits) != _HEX_DIGITS[code] or not set(digits) <= _HEX:
                raise _NotSimple
            point = int(digits, 16)
            if 0xD800 <= point <= 0xDFFF or point > 0x10FFFF:
                raise _NotSimple  # a lone surrogate, or past Unicode: ruamel.yaml refuses it, naming the line
            out.append(chr(point))
            at = slash + 2 + len(digits)
        else:
            raise _NotSimple
