"""A look back over a past period ("Looking back on 2023", "Retour sur l'année 2022", "Balance
de 2021") dates the period reviewed, no happening: its year makes no event. Every sentence
is written for these tests."""
from __future__ import annotations

import pytest

from eventcases import body_events
from newsdossier.datevalue import PartialDate

ANCHOR = PartialDate(2024, 6, 21)


@pytest.mark.parametrize(("sentence", "language", "year"), [
    pytest.param("Looking back on the mission's work in 2022, the commander praised the courage of his troops.", "en", "2022",
                 id="en-looking-back-on"),
    pytest.param("Looking back at peace operations in 2023, the envoy welcomed the progress made by the force.", "en", "2023",
                 id="en-looking-back-at"),
    pytest.param("Retour sur les opérations de paix en 2022, le général a salué le travail des contingents.", "fr", "2022",
                 id="fr-retour-sur"),
    pytest.param("Haciendo balance de las operaciones de paz en 2022, el general elogió el trabajo de los contingentes.", "es",
                 "2022", id="es-balance-de"),
])
def test_a_period_looked_back_on_makes_no_event(sentence, language, year):
    found = [(e.kind, e.title) for e in body_events(sentence, language, ANCHOR) if e.date.startswith(year)]
    assert not found, found


@pytest.mark.parametrize(("sentence", "language", "opening"), [
    pytest.param("Looking back on 2022, the minister said the battalion was deployed to Malakal on 3 June.", "en", "Battalion",
                 id="en-happening-after-the-look-back"),
])
def test_a_happening_told_after_the_look_back_stays(sentence, language, opening):
    titles = [e.title for e in body_events(sentence, language, ANCHOR)]
    assert any(t.startswith(opening) for t in titles), titles


@pytest.mark.parametrize(("sentence", "language"), [
    pytest.param('Recalling her inspection of the engineering company in Mali in March, Dupont said "it was a real pleasure '
                 'to be there and to meet the young engineers."', "en", id="en-quoted-meeting"),
])
def test_a_word_quoted_from_a_speaker_gives_no_quotation_title(sentence, language):
    titles = [e.title for e in body_events(sentence, language, ANCHOR)]
    assert titles and not any(m in t for t in titles for m in ('"', "\u201c", "\u00ab", "\u00bb")), titles


# (must not change) Spanish "el balance de víctimas" is a casualty toll, no look back: the
# attack keeps its own day
def test_a_spanish_toll_is_no_look_back():
    sentence = "El balance de víctimas del ataque del 3 de junio de 2024 contra el campamento asciende a doce muertos."
    dates = [e.date for e in body_events(sentence, "es", ANCHOR)]
    assert "2024-06-03" in dates, dates
