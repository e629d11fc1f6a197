"""A page copied as one run of words keeps its date stamp inside the run ("... the headline
Published 3 weeks ago on March 4, 2022 By ..."): the stamp is read as the page's date line. A
date label inside a sentence, after a stop or before a lower-case word, is prose. Every text
here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

_RUN = ("The engineers who rebuilt the bridge over the river went home after a year of work in "
        "the north, and the town held a market on the new deck to mark the day.")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("World Engineers leave the rebuilt bridge Published 3 weeks ago on March 4, 2022 By " + _RUN,
                     "2022-03-04", id="english-relative-then-date"),
        pytest.param("Mundo Los ingenieros dejan el puente Publicado el 4 de marzo de 2022 Por " + _RUN,
                     "2022-03-04", id="spanish-label"),
        pytest.param("Monde Les ingénieurs quittent le pont Publié le 4 mars 2022 Par " + _RUN,
                     "2022-03-04", id="french-label"),
        # (must not change) a label inside prose: after a stop, or before lower-case words
        pytest.param(_RUN + " Published on March 4, 2022, the report praised the crews.", "", id="after-a-stop"),
        pytest.param("The pamphlet was reprinted and posted on March 4, 2022 across the town, " + _RUN, "", id="lower-case-label"),
    ],
)
def test_a_stamp_inside_a_run_of_words_is_the_date_line(text, expected):
    assert extract(text).determined_date == expected
