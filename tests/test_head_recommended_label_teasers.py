"""A site's widget under the article printed with its label alone on a line, in capitals or
not ("TE RECOMENDAMOS", "Nous vous recommandons", "Có thể bạn quan tâm", "We recommend"), opens
the teasers of other articles: no writer signs the text there. Main read the Spanish capitals
as the writer's name ("Te Recomendamos").

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract

TEASER = {
    "en": "Floods close the river road near the camp",
    "fr": "Des pluies coupent la route près du camp",
    "es": "Las lluvias cortan la carretera cerca del campamento",
    "vi": "Mưa lớn làm sạt lở đường gần doanh trại",
}

CASES = [
    ("es", "TE RECOMENDAMOS"),
    ("es", "Te recomendamos"),
    ("fr", "NOUS VOUS RECOMMANDONS"),
    ("vi", "CÓ THỂ BẠN QUAN TÂM"),
    ("en", "WE RECOMMEND"),
]


@pytest.mark.parametrize("language,label", CASES)
def test_recommended_label_opens_teasers_not_a_byline(language, label):
    text = "\n\n".join([_HEAD[language], _LEAD[language], _MORE[language], label, TEASER[language]])
    fields = extract(text).fields
    assert fields["authors"] == []
    assert TEASER[language] in fields["teasers"]
