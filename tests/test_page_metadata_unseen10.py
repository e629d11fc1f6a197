"""Outlet and dateline of pages of kinds met on real pages of outlets the labelled corpus does
not hold: each case is a page of our own making (an agency told something in a verb's
own form, or named after the words of its kind; a dateline whose place carries its country in
brackets; ...)."""

import pytest

from newsdossier.extract import extract

_TAIL = "The mission said an inquiry was open."


def _page(headline: str, *lines: str) -> str:
    return "\n\n".join((headline, *lines))


# An agency the text tells something to in any form of a verb of telling ("informaron a",
# "ont précisé à"), or names after the words of its kind ("la agencia de noticias X",
# "l'agence de presse officielle X"), or writes with one capital ("Efe"), is the source the
# text cites. An outlet's kind alone with no outlet after it credits nothing.
@pytest.mark.parametrize("lead, expected", [
    ("Dos soldados de la misión resultaron heridos ayer en el norte, informaron a EFE fuentes militares.", "Agencia EFE"),
    ("Dos soldados de la misión resultaron heridos ayer en el norte, según explicó a Efe un oficial.", "Agencia EFE"),
    ("Dos soldados de la misión resultaron heridos ayer, según un oficial citado por la agencia de noticias EFE.", "Agencia EFE"),
    ("Dos soldados de la misión resultaron heridos ayer en el norte, según la agencia estatal EFE.", "Agencia EFE"),
    ("Deux soldats de la mission ont été blessés hier dans le nord, ont précisé à l'AFP des sources militaires.", "Agence France-Presse"),
    ("Deux soldats de la mission ont été blessés hier, selon l'agence de presse officielle AFP.", "Agence France-Presse"),
    ("L'attaque a suscité de vives réactions dans la région, rapporte l'agence de presse américaine AP.", "Associated Press"),
    # (must not change) no outlet after the words of telling
    ("Dos soldados de la misión resultaron heridos ayer, informaron a la prensa fuentes militares.", ""),
    ("Dos soldados de la misión resultaron heridos ayer, dijo a Fernando un oficial de la base.", ""),
])
def test_an_agency_told_or_named_after_its_kind_is_the_cited_source(lead, expected):
    text = _page("Soldados heridos en el norte", lead, _TAIL)
    assert extract(text).fields["source"] == expected
