"""Events: a happening that was due and did not take place ("should have returned in
January", "auraient dû rentrer en janvier", "debían haber regresado en enero", "lẽ ra phải về
nước vào tháng 1") is no event; the same verb told plainly, or in the conditional of a report
not confirmed ("habría muerto"), stays one. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.events import unrealised_spans
from eventcases import article_events, body_events

ANCHOR = PartialDate(2023, 6, 9)


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The engineers should have returned home in January 2023.", "en", id="en-should-have"),
        pytest.param("The engineers should have been deployed in January 2023.", "en", id="en-should-have-been"),
        pytest.param("Les ingénieurs auraient dû rentrer en janvier 2023.", "fr", id="fr-auraient-du"),
        pytest.param("Los ingenieros debían haber regresado en enero de 2023.", "es", id="es-debian-haber"),
        pytest.param("Đội công binh lẽ ra phải về nước vào tháng 1/2023.", "vi", id="vi-le-ra"),
    ],
)
def test_a_happening_that_was_due_and_did_not_take_place_is_no_event(sentence, language):
    assert body_events(sentence, language, ANCHOR) == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The engineers returned home in January 2023.", "en", id="en-plain"),
        pytest.param("Los ingenieros regresaron en enero de 2023.", "es", id="es-plain"),
        pytest.param("Đội công binh đã về nước vào tháng 1/2023.", "vi", id="vi-plain"),
    ],
)
def test_the_same_happening_told_plainly_stays_an_event(sentence, language):
    assert [e.date for e in body_events(sentence, language, ANCHOR)] == ["2023-01"]


def test_the_conditional_of_a_report_not_confirmed_is_not_unrealised():
    sentence = "Un soldado habría muerto en el ataque, según fuentes locales."
    assert unrealised_spans(sentence, "es") == []


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The medics, who should have returned in March, returned home on Thursday.", "en",
                     id="en-relative-clause"),
        pytest.param("Les médecins, qui auraient dû rentrer en janvier, sont rentrés jeudi.", "fr", id="fr-relative-clause"),
        pytest.param("Los médicos, que debían haber regresado en marzo, regresaron el jueves.", "es",
                     id="es-relative-clause"),
    ],
)
def test_the_date_a_happening_was_due_does_not_date_the_happening_that_took_place(sentence, language):
    # told on Friday 9 June 2023: the real return is the day before, not the month it was due
    assert [e.date for e in article_events([sentence], language, ANCHOR)] == ["2023-06-08"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("The medics should have returned home in January but returned on Thursday.", "en", id="en-but"),
        pytest.param("Les médecins auraient dû rentrer en janvier mais sont rentrés jeudi.", "fr", id="fr-mais"),
        pytest.param("Los médicos debían haber regresado en enero pero regresaron el jueves.", "es", id="es-pero"),
        pytest.param("Đội y tế lẽ ra phải về nước vào tháng 1 nhưng đã về nước vào thứ Năm.", "vi", id="vi-nhung"),
    ],
)
def test_a_conjunction_of_contrast_ends_the_clause_of_what_was_due(sentence, language):
    # no comma: "but", "mais", "pero", "nhưng" end the clause; the return told after it took place
    assert [e.date for e in article_events([sentence], language, ANCHOR)] == ["2023-06-08"]


@pytest.mark.parametrize(
    "sentence, language, after",
    [
        pytest.param("They should have left in May but stayed.", "en", "stayed", id="en-but"),
        pytest.param("Ils auraient dû partir en mai mais sont restés.", "fr", "sont restés", id="fr-mais"),
        pytest.param("Debían haber salido en mayo pero se quedaron.", "es", "se quedaron", id="es-pero"),
    ],
)
def test_the_clause_of_what_was_due_stops_before_the_conjunction(sentence, language, after):
    (start, end), = unrealised_spans(sentence, language)
    assert sentence.index(after) > end
