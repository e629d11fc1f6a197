"""A widely borne given name and one more word is a person's name, though that word is a
newspaper's ("Emily Post", "Jean Courrier", "María Prensa"): printed after the headline on its
line or after an inverted word of reporting closing the lead ("..., writes Daniel Post."), it
names no outlet the reference lacks (segment.given_name_and_one_word). Outlets' names of the
same shape without a given name stay outlets.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract


@pytest.mark.parametrize(("language", "name"), [
    pytest.param("en", "Emily Post", id="en-emily-post"),
    pytest.param("en", "Daniel Press", id="en-daniel-press"),
    pytest.param("fr", "Jean Courrier", id="fr-jean-courrier"),
    pytest.param("es", "María Prensa", id="es-maria-prensa"),
])
def test_person_after_the_headline_is_no_outlet(language, name):
    page = "\n\n".join([_HEAD[language] + " - " + name, _LEAD[language], _MORE[language]])
    assert extract(page).fields["source"] == ""


@pytest.mark.parametrize(("language", "closing"), [
    pytest.param("en", ", writes Daniel Post.", id="en-writes"),
    pytest.param("fr", ", écrit Jean Courrier.", id="fr-ecrit"),
    pytest.param("es", ", escribe María Prensa.", id="es-escribe"),
])
def test_person_after_an_inverted_reporting_word_is_no_outlet(language, closing):
    lead = _LEAD[language].rstrip(".") + closing
    assert extract("\n\n".join([_HEAD[language], lead, _MORE[language]])).fields["source"] == ""


@pytest.mark.parametrize(("language", "site"), [
    # (must not change) an outlet's name of two words with a newspaper's
    pytest.param("en", "Harbour Post", id="en-harbour-post"),
    pytest.param("es", "Prensa Valle", id="es-prensa-valle"),
])
def test_outlet_of_two_words_stays_the_source(language, site):
    page = "\n\n".join([_HEAD[language] + " - " + site, _LEAD[language], _MORE[language]])
    assert extract(page).fields["source"] == site
