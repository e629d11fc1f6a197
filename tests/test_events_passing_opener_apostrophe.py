"""A date right after a French word opening a date in passing ("d'ici 2026": a deadline, the
bound of a period) is one whichever apostrophe the text prints: the typographic one of
"d’ici 2026", which most French pages print, counts as the straight one
(newsdossier.events.in_passing, vocabulary "passing_date_openers"). Every sentence is written
for these tests."""
from __future__ import annotations

import pytest

from newsdossier.events import in_passing


@pytest.mark.parametrize("sentence, date", [
    pytest.param("La mission devra quitter le pays d’ici 2026.", "2026", id="fr-dici-year"),
    pytest.param("D’ici mars 2027, les casques bleus auront quitté Kidal.", "mars 2027", id="fr-dici-opening"),
    pytest.param("Les effectifs seront réduits de moitié d’ici juin 2026.", "juin 2026", id="fr-dici-month"),
])
def test_a_date_after_dici_with_a_typographic_apostrophe_is_in_passing(sentence, date):
    assert in_passing(sentence, sentence.index(date))


@pytest.mark.parametrize("sentence, date, expected", [
    # (must not change) the straight apostrophe and the accented "jusqu'à", read so before
    pytest.param("La mission devra quitter le pays d'ici 2026.", "2026", True, id="fr-dici-straight"),
    pytest.param("Le mandat court jusqu’à 2026.", "2026", True, id="fr-jusqua-typographic"),
    # a day of a happening after an elided article is no date in passing
    pytest.param("Les casques bleus ont été attaqués l’an dernier, le 3 mai 2025.", "3 mai 2025", False, id="fr-elided-article"),
])
def test_the_dates_read_so_before(sentence, date, expected):
    assert in_passing(sentence, sentence.index(date)) is expected
