"""Property: extraction never raises on an article's text however it was damaged on its way
(years or figures lost, all in capitals or lower case, its lines run together, cut anywhere).

normalize turns an extraction that raises into a skipped seed (one line, the rest written),
which keeps the tool up but loses the article; a property on normalize alone counts that skip as
a success. This one asks extract itself, on the labelled corpus's dev texts (four languages,
pages, wire copy, scraper output) so damaged. The same damages over a few hundred other page openings
found two faults of this kind, each now tested where it lies: two listed days with no year known
("attacked on 3 and 5 October", tests/test_events_listed_two_days_apart.py), and a Vietnamese
family name ending the text ("... Phó Trưởng Ban", tests/test_people_vi_diacritic_neighbours.py)."""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from newsdossier.extract import extract

DEV = sorted((Path(__file__).parent / "corpus" / "dev").glob("*.txt"))

DAMAGES = {
    "years lost": lambda text: re.sub(r"\b(?:19|20)\d\d\b", "", text),
    "figures lost": lambda text: re.sub(r"\d", "", text),
    "capitals": str.upper,
    "lower case": str.lower,
    "one line": lambda text: re.sub(r"\s+", " ", text),
}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(min_value=0, max_value=max(len(DEV) - 1, 0)), damage=st.sampled_from(sorted(DAMAGES)),
       cut=st.floats(min_value=0.05, max_value=1.0))
def test_extraction_of_a_damaged_article_never_raises(index, damage, cut):
    assert DEV, "tests/corpus/dev holds no article"
    text = DAMAGES[damage](DEV[index].read_text(encoding="utf-8"))
    text = text[: max(1, int(len(text) * cut))]
    extraction = extract(text, None)
    assert isinstance(extraction.fields["title"], str) and extraction.fields["title"].strip()
