"""An actor merged into another (`same_as` set by hand) after normalize wrote the events
naming it: normalize's registry step writes the surviving id in those events' `actors`, not the
merged one, and names it once: a participant typed by hand as well as one the machine wrote (the
articles naming the merged id are extracted again, which settles the machine's). Small edits of a scratch copy of the example project; never data/."""
from __future__ import annotations

from newsdossier.store import read_registry
from test_curation import registry_edit, renormalize, set_field


def _events(project) -> list[dict]:
    return read_registry(project / "data" / "events.yaml")


def _an_event_with_two_actors(project, monkeypatch) -> tuple[str, str, str]:
    renormalize(project, monkeypatch, improved=False)  # the run before the edit, which leaves its index of links
    event = next(e for e in _events(project) if len(e.get("actors") or []) >= 2)
    return event["id"], event["actors"][0], event["actors"][1]


def test_an_events_actor_merged_away_is_written_as_the_survivor(normalized, monkeypatch):
    event_id, merged, survivor = _an_event_with_two_actors(normalized, monkeypatch)
    registry_edit(normalized, "actors", set_field(merged, "same_as", survivor))
    renormalize(normalized, monkeypatch, improved=False)
    for event in _events(normalized):
        assert merged not in (event.get("actors") or []), event["id"]
    actors = next(e for e in _events(normalized) if e["id"] == event_id)["actors"]
    assert actors.count(survivor) == 1


def test_a_chain_of_merges_is_followed_to_its_end(normalized, monkeypatch):
    event_id, merged, survivor = _an_event_with_two_actors(normalized, monkeypatch)
    middle = next(e["id"] for e in read_registry(normalized / "data" / "actors.yaml")
                  if e["id"] not in (merged, survivor) and not e.get("same_as"))
    registry_edit(normalized, "actors", set_field(merged, "same_as", middle))
    registry_edit(normalized, "actors", set_field(middle, "same_as", survivor))
    renormalize(normalized, monkeypatch, improved=False)
    actors = next(e for e in _events(normalized) if e["id"] == event_id)["actors"]
    assert merged not in actors and middle not in actors and survivor in actors


def test_a_participant_typed_by_hand_then_merged_is_written_as_the_survivor(normalized, monkeypatch):
    event_id, _first, survivor = _an_event_with_two_actors(normalized, monkeypatch)
    typed = next(e["id"] for e in read_registry(normalized / "data" / "actors.yaml")
                 if e["id"] != survivor and not e.get("same_as")
                 and e["id"] not in next(v for v in _events(normalized) if v["id"] == event_id)["actors"])

    def add_participant(text: str) -> str:
        start = text.index(f"- id: {event_id}\n")
        at = text.index("    actors:\n", start) + len("    actors:\n")
        return text[:at] + f"      - {typed}  # added by hand\n" + text[at:]

    registry_edit(normalized, "events", add_participant)
    renormalize(normalized, monkeypatch, improved=False)
    assert typed in next(e for e in _events(normalized) if e["id"] == event_id)["actors"]
    registry_edit(normalized, "actors", set_field(typed, "same_as", survivor))
    renormalize(normalized, monkeypatch, improved=False)
    actors = next(e for e in _events(normalized) if e["id"] == event_id)["actors"]
    assert typed not in actors and actors.count(survivor) == 1
