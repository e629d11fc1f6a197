"""Three-way merge of an article's front matter and text: what a person changed in data/ wins,
what nobody touched follows the new extraction.

The base of the comparison is the last machine output for the article, kept in
data/.machine/<id>.yaml (committed with the data, so a fresh clone has it):

- a field still equal to the base was not touched: it takes the new value;
- a field that differs from the base was edited: it is kept as the person left it (value,
  comments, place among the keys);
- in a list (actors, missions, events, authors...) the items a person added stay, the items a
  person removed stay removed, and the machine's own additions and removals apply;
- a field the person deleted stays deleted; a field the machine no longer writes goes, unless
  it was edited;
- the article text is kept as it is once edited (its hash differs from the base's).
"""
from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from dataclasses import dataclass, field

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import ScalarString

# Bookkeeping written by normalize: always the new value.
BOOKKEEPING = ("fingerprint", "extractor")
BODY_HASH = "body_sha256"
# In the record only, what the article's extraction found of the registries' lists (normalize
# drops a value the machine wrote once no record holds it any more): {actor id: [role, ...]},
# the roles of data/actors.yaml of each actor it lists; {event id: {"actors": [id, ...],
# "missions": [id, ...]}}, the participants of data/events.yaml of each event it reports.
ROLES_FOUND = "roles_found"
PARTICIPANTS_FOUND = "participants_found"
FOUND = (ROLES_FOUND, PARTICIPANTS_FOUND)
# Also in the record only: {actor id: [alias, ...]}, the forms the article prints of each actor
# it lists that are that actor's aliases in data/actors.yaml (or were, until a person deleted
# them). Not settled as FOUND is (an alias stays once no article prints it): kept so that an
# alias a person deleted is not written back by the article that printed it.
ALIASES_FOUND = "aliases_found"
RECORDED = (*FOUND, ALIASES_FOUND)
_MISSING = object()


def body_hash(body: str) -> str:
    return hashlib.sha256(body.strip().encode("utf-8")).hexdigest()


def machine_record(front, body: str, found: dict | None = None) -> dict:
    """What the state file keeps of one machine output: its front matter, what its extraction
    found of the registries' lists (found: {key of RECORDED: value}; each left out when empty) and
    its text's hash (last)."""
    record = _plain(front)
    for key in RECORDED:
        if (found or {}).get(key):
            record[key] = _plain(found[key])
    record[BODY_HASH] = body_hash(body)
    return record


@dataclass
class Merged:
    front: CommentedMap
    body: str
    kept: list[str] = field(default_factory=list)  # fields (and "text") kept as a person edited them


def _plain(value):
    """The value as plain data (for comparing and for the state file)."""
    return json.loads(json.dumps(value, default=str))


def _key(item) -> str:
    return json.dumps(_plain(item), sort_keys=True)


def _merge_list(base: list, current: CommentedSeq, new: list) -> CommentedSeq:
    """Set-like three-way merge, keeping the current list (and its comments) and its order."""
    base_keys, current_keys, new_keys = ({_key(x) for x in xs} for xs in (base, current, new))
    added_by_person = current_keys - base_keys
    removed_by_person = base_keys - current_keys
    for index in reversed(range(len(current))):
        if _key(current[index]) not in new_keys and _key(current[index]) not in added_by_person:
            del current[index]
    seen = {_key(x) for x in current}
    for item in new:
        if _key(item) not in seen and _key(item) not in removed_by_person:
            current.append(item)
            seen.add(_key(item))
    return current


def has_comments(value) -> bool:
    """Whether a round-trip list or mapping carries a comment of its own, on itself or beside
    one of its items (ruamel.yaml keeps them on its .ca); False for plain data."""
    comments = getattr(value, "ca", None)
    return bool(comments and (comments.items or comments.comment or getattr(comments, "end", None)))


def merge_article(base: dict | None, current: CommentedMap, current_body: str, new: CommentedMap, new_body: str) -> Merged:
    """Merge the new machine output into the article as it is now in data/.

    Without a base (no record of the last machine output) every differing value counts as a
    person's: nothing is overwritten, the bookkeeping aside."""
    if base is None:
        base = {}
        keep_all = True
    else:
        keep_all = False
    merged = Merged(current, current_body)
    for index, (key, new_value) in enumerate(new.items()):
        if key in BOOKKEEPING or key in ("id", "seed"):
            if key in BOOKKEEPING:
                _set_new(current, key, new_value)  # the machine's: never the quotes an old stamp needed
            continue
        base_value = base.get(key, _MISSING)
        current_value = current.get(key, _MISSING)
        if current_value is _MISSING:
            if base_value is _MISSING and not keep_all:
                _insert_after(current, new, index, key, new_value)
            elif base_value is not _MISSING:
                merged.kept.append(key)  # deleted by a person
            continue
        plain_current = _plain(current_value)
        if plain_current == _plain(new_value):
            continue
        touched = keep_all or plain_current != base_value
        if isinstance(current_value, list) and isinstance(new_value, list) and not keep_all and not touched and not has_comments(current_value):
            current[key] = new_value  # nobody touched it: the new list in its own order, as a fresh extraction writes it
        elif isinstance(current_value, list) and isinstance(new_value, list) and not keep_all:
            # in place, so comments between the items stay
            _merge_list(base_value if isinstance(base_value, list) else current_value, current_value, new_value)
        elif not touched:
            _set_new(current, key, new_value)
        if touched:
            merged.kept.append(key)
    for key in [k for k in base if k not in new and k != BODY_HASH and k not in RECORDED and k in current]:
        if _plain(current[key]) == base[key]:
            del current[key]  # the machine no longer writes it and nobody touched it
    edited = keep_all or (base.get(BODY_HASH) and body_hash(current_body) != base[BODY_HASH])
    if not edited:
        merged.body = new_body
    elif current_body.strip() != new_body.strip():
        merged.kept.append("text")
    return merged


def _set_new(current, key, value) -> None:
    """current[key] = value, written as the machine writes a new value: ruamel.yaml's mapping
    gives a text set on a key the quotes of the text it replaces ('title: 'A: B'' then 'C' is
    written 'C' in quotes), so a field nobody touched would be written otherwise than by a run
    from no data/."""
    if isinstance(value, str) and not isinstance(value, ScalarString) and isinstance(current.get(key), ScalarString):
        OrderedDict.__setitem__(current, key, value)  # the key is in place already: its position stays
    else:
        current[key] = value


def _insert_after(current: CommentedMap, new: CommentedMap, index: int, key, value) -> None:
    """Put a new key after the nearest key that precedes it in the machine's order."""
    keys = list(new.keys())
    for previous in reversed(keys[:index]):
        if previous in current:
            current.insert(list(current.keys()).index(previous) + 1, key, value)
            return
    current.insert(0, key, value)
