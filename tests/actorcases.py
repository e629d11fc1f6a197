"""What the actor tests share: the people and the organisations the extraction keeps of a text."""
from __future__ import annotations

from newsdossier.extract import extract


def actors_of(text: str) -> tuple[list[str], list[str]]:
    """The names of the people and of the organisations the extraction keeps, each sorted."""
    entities = extract(text, None).entities.values()
    return (sorted(e.name for e in entities if e.kind == "person"),
            sorted(e.name for e in entities if e.kind == "organisation"))
