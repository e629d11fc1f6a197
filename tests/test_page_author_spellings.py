"""A page's author metadata can give one writer twice, once from a meta tag and once from the
byline the page prints in capitals ("By JANE ROE"): that is one author, in the mixed-case
spelling. The names are invented for the tests."""
from __future__ import annotations

import pytest

from newsdossier.ingest.known import author_names


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(["Tomas Reyes", "TOMAS REYES"], ["Tomas Reyes"], id="mixed-then-capitals"),
        pytest.param(["MIRA HOLT", "Mira Holt"], ["Mira Holt"], id="capitals-then-mixed"),
        pytest.param("Idris Kamau; IDRIS KAMAU; Ana Delacroix", ["Idris Kamau", "Ana Delacroix"], id="text-with-separators"),
        pytest.param(["Hélène Brun", "HELENE BRUN"], ["Hélène Brun"], id="accents-folded"),
        # a lower-case spelling (a slug-like meta value) is no mixed case: the later "Mira Holt"
        pytest.param(["mira holt", "MIRA HOLT", "Mira Holt"], ["Mira Holt"], id="lower-capitals-then-mixed"),
    ],
)
def test_one_writer_in_two_letter_cases_is_one_author(value, expected):
    assert author_names(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # (must not change) two writers stay two
        pytest.param(["Tomas Reyes", "Mira Holt"], ["Tomas Reyes", "Mira Holt"], id="two-writers"),
        # (must not change) a name given only in capitals stays as given
        pytest.param(["TOMAS REYES"], ["TOMAS REYES"], id="capitals-alone"),
        # (must not change) a name that holds another is another name
        pytest.param(["Tomas Reyes", "Tomas Reyes Jr"], ["Tomas Reyes", "Tomas Reyes Jr"], id="longer-name"),
        # (must not change) a double-barrelled name in capitals is another writer
        pytest.param(["Jane Roe", "JANE ROE-SMITH"], ["Jane Roe", "JANE ROE-SMITH"], id="hyphenated-longer-name"),
    ],
)
def test_other_writers_stay_apart(value, expected):
    assert author_names(value) == expected
