"""Events: a happening dated by a count of years after the one told before ("Two years later,
a peace agreement was signed", "Deux ans plus tard,", "Dos años después,", "Hai năm sau,")
is dated that many years after the last year printed before it; a count hanging on another
happening named in the sentence ("two years after the war") or reaching past the article's
year dates nothing so. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import years_after_previous

from eventcases import article_events

ANCHOR = PartialDate(2023, 6, 30)
HEADLINES = {"en": "Council ends the mission", "fr": "Le Conseil met fin à la mission",
             "es": "El Consejo pone fin a la misión", "vi": "Hội đồng chấm dứt phái bộ"}
FIRST = {"en": "Peacekeepers were deployed to the country in July 2013.",
         "fr": "Les casques bleus ont été déployés dans le pays en juillet 2013.",
         "es": "Los cascos azules se desplegaron en el país en julio de 2013.",
         "vi": "Lực lượng gìn giữ hòa bình được triển khai tới nước này vào tháng 7/2013."}


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Two years later, a peace agreement was signed in the capital.", "en", id="en-later"),
        pytest.param("Deux ans plus tard, un accord de paix a été signé dans la capitale.", "fr", id="fr-plus-tard"),
        pytest.param("Dos años después, se firmó un acuerdo de paz en la capital.", "es", id="es-despues"),
        pytest.param("Hai năm sau, một hiệp định hòa bình được ký kết tại thủ đô.", "vi", id="vi-sau"),
    ],
)
def test_a_count_of_years_later_dates_from_the_year_told_before(sentence, language):
    found = article_events([HEADLINES[language], FIRST[language], sentence], language, ANCHOR)
    assert "2015" in [e.date for e in found if e.kind == "agreement"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("A peace agreement was signed two years after the war in the capital.", "en", id="en-after-a-noun"),
        pytest.param("Hai năm sau khi chiến tranh kết thúc, một hiệp định được ký kết.", "vi", id="vi-sau-khi"),
        pytest.param("Twenty years later, the region may still need troops.", "en", id="en-past-the-article"),
    ],
)
def test_a_count_hanging_on_another_happening_or_ahead_dates_nothing(sentence, language):
    assert years_after_previous(sentence, [FIRST[language]], ANCHOR, language) is None
