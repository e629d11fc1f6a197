"""Events: French tells an abduction or a release done before another happening by the past
infinitive of its passive ("libérés samedi, trois jours après avoir été enlevés", "après avoir
été retenue en otage"): done, so a happening of its own, counted back as "qu'ils ont été
enlevés" is; an infinitive of a release asked for or to come ("demande à être libéré") is
none. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import body_events

ANCHOR = PartialDate(2023, 5, 10)  # a Wednesday


@pytest.mark.parametrize(
    "sentence, dates",
    [
        pytest.param("Les deux chauffeurs ont été libérés samedi, trois jours après avoir été enlevés près de Kidal.",
                     ["2023-05-03", "2023-05-06"], id="enleves"),
        pytest.param("L'infirmière a été libérée samedi, trois jours après avoir été enlevée près de Kidal.",
                     ["2023-05-03", "2023-05-06"], id="enlevee"),
        pytest.param("Le technicien a été libéré samedi, deux jours après avoir été kidnappé près de Kidal.",
                     ["2023-05-04", "2023-05-06"], id="kidnappe"),
    ],
)
def test_a_past_infinitive_of_an_abduction_is_a_happening_counted_back(sentence, dates):
    assert sorted(str(e.date) for e in body_events(sentence, "fr", ANCHOR)) == dates


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Le technicien a demandé samedi à être libéré au plus vite.", id="asked-present-infinitive"),
        pytest.param("Le technicien risque samedi d'être enlevé s'il reste à Kidal.", id="risk-present-infinitive"),
    ],
)
def test_a_present_infinitive_tells_no_abduction(sentence):
    assert [e.kind for e in body_events(sentence, "fr", ANCHOR) if e.kind == "abduction"] == []



@pytest.mark.parametrize(
    "sentence, dates",
    [
        # after a verb of saying or denying: what is claimed or denied, told on another day
        pytest.param("Le technicien a démenti samedi avoir été enlevé par des hommes armés.", [], id="denied"),
        pytest.param("Le technicien nie avoir été enlevé le 3 mai près de Kidal.", [], id="denies-with-day"),
        pytest.param("Le technicien a affirmé samedi avoir été kidnappé par des hommes armés.", [], id="claimed"),
        # "sans": not done; the release alone
        pytest.param("Le technicien a été libéré samedi sans avoir été enlevé.", ["2023-05-06"], id="sans"),
    ],
)
def test_a_past_infinitive_not_after_apres_tells_no_abduction(sentence, dates):
    assert sorted(str(e.date) for e in body_events(sentence, "fr", ANCHOR) if e.kind == "abduction") == dates
