"""Events: a span of years whose ends carry a word of the part of a year ("by late 2019 -
early 2020", "fin 2019 - début 2020", "finales de 2019 - principios de 2020", "cuối năm
2019 - đầu năm 2020") is one span from the first year to the last, as "2019-2020" is, not
two dates of which the nearer one wins. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from eventcases import body_events

ANCHOR = PartialDate(2018, 10, 1)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Dự kiến, đến cuối năm 2019 - đầu năm 2020, Việt Nam sẽ cử 200 sỹ quan sang Abyei.", "vi", id="vi"),
        pytest.param("Between late 2019 - early 2020, the country will send 200 officers to Abyei.", "en", id="en"),
        pytest.param("Entre fin 2019 - début 2020, le pays enverra 200 officiers à Abyei.", "fr", id="fr"),
        pytest.param("Entre finales de 2019 - principios de 2020, el país enviará 200 oficiales a Abyei.", "es", id="es"),
    ],
)
def test_a_span_of_year_parts_is_one_span(sentence, language):
    assert [(e.date, e.kind, e.announced) for e in body_events(sentence, language, ANCHOR)] == [
        ("2019/2020", "deployment", True)]
