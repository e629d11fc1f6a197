"""Events: the bounds of three rules read by a review, each a sentence written for these
tests. A deadline noun told before a clause of its own ("Vencido el plazo el Gobierno convocó
elecciones para el 20 de diciembre"; Vietnamese "thời hạn", a term, before the body whose
term it is) does not make the day after "para el" / "vào ngày" a deadline: only the noun
itself, with at most an adjective or a complement of its own, set for a day is one. A held
gathering ("se celebró", "a été célébrée") takes its subject's kind only when that subject is
a gathering (a summit, a meeting, a vote), not any event noun before it ("la misa por los
muertos en el ataque"). A condemning verb is a quotation's attribution only after a
quotation that opens the sentence, not after a few quoted words inside it."""
from __future__ import annotations

import pytest

from newsdossier.dates import deadline_before
from newsdossier.datevalue import PartialDate
from newsdossier.events import event_words, held_as_subject

from eventcases import body_events

ANCHOR = PartialDate(2026, 9, 12)  # a Saturday: Monday is the 7th


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("Vencido el plazo el Gobierno convocó elecciones para el 20 de diciembre.", "es", "2026-12-20",
                     id="es-clause-after-plazo"),
        pytest.param("Hội đồng Bảo an đã gia hạn thời hạn hoạt động của phái bộ vào ngày 29/6.", "vi", "2026-06-29",
                     id="vi-term-of-the-mission"),
    ],
)
def test_a_deadline_noun_before_a_clause_of_its_own_sets_no_day(sentence, language, expected):
    assert expected in [e.date for e in body_events(sentence, language, ANCHOR)]


@pytest.mark.parametrize(
    "before, language",
    [
        pytest.param("Vencido el plazo el Gobierno convocó elecciones para el ", "es", id="es"),
        pytest.param("gia hạn thời hạn hoạt động của phái bộ vào ngày ", "vi", id="vi"),
        pytest.param("After the deadline the parties called new talks for ", "en", id="en"),
    ],
)
def test_deadline_before_reads_no_deadline_across_a_clause(before, language):
    assert deadline_before(before, language) is False


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("La misa por los cascos azules muertos en el ataque se celebró el lunes.", "es", id="es-misa"),
        pytest.param("La misa en memoria de los soldados muertos se celebró el lunes.", "es", id="es-memoria"),
    ],
)
def test_a_held_verb_takes_no_kind_from_a_happening_its_subject_recalls(sentence, language):
    words = event_words(sentence, language)
    held = [held_as_subject(sentence, w, words, language) for w in words if w.verb]
    assert [w.kind for w in held] == ["ceremony"]


def test_a_held_verb_still_takes_a_gatherings_kind():
    sentence = "La cumbre de la Unión Africana se celebró el 3 de mayo."
    words = event_words(sentence, "es")
    assert [held_as_subject(sentence, w, words, "es").kind for w in words if w.verb] == ["summit"]


@pytest.mark.parametrize(
    "sentence, language",
    [
        pytest.param("Para la ONU es \"un crimen\", y el lunes el Consejo condenó la masacre de civiles.",
                     "es", id="es-quoted-word-inside"),
        pytest.param("Pour l'ONU, c'est « un crime », et lundi le Conseil a condamné le massacre de civils.",
                     "fr", id="fr-quoted-word-inside"),
    ],
)
def test_a_condemnation_after_quoted_words_inside_a_sentence_stays(sentence, language):
    assert "announcement" in [e.kind for e in body_events(sentence, language, ANCHOR)]


def test_a_quotation_after_a_colon_is_attributed():
    sentence = "Y añadió: \"Es un crimen contra la paz\", condenó el lunes el ministro."
    assert [e.kind for e in body_events(sentence, "es", ANCHOR)] == []
