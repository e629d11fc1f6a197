"""The outlet a lead credits with the report (extract._cited_source) is read once per article,
also where the site's name comes only from the page's furniture and the credit decides
between the two. Every text is written for the test."""
from __future__ import annotations

import pytest

import newsdossier.extract as extract_module
from headcases import HEADLINE
from newsdossier.extract import extract

_BUTTON = {"en": "Follow Kestrel News on", "fr": "Suivez Kestrel News sur", "es": "Siga a Kestrel News en"}
_LEAD = {
    "en": "The mission said on Monday that two new bases would open in the north before the rains, AFP reported.",
    "fr": "La mission a annoncé lundi l'ouverture de deux nouvelles bases dans le nord avant les pluies, selon l'AFP.",
    "es": "La misión anunció el lunes que abrirá dos nuevas bases en el norte antes de las lluvias, informó la agencia EFE.",
}
_SOURCE = {"en": "Agence France-Presse", "fr": "Agence France-Presse", "es": "Agencia EFE"}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_leads_credit_is_read_once(language, monkeypatch):
    calls = []
    read = extract_module._cited_source
    monkeypatch.setattr(extract_module, "_cited_source", lambda layout: calls.append(layout) or read(layout))
    text = "\n".join([HEADLINE[language], _BUTTON[language], _LEAD[language]])
    assert extract(text).fields["source"] == _SOURCE[language]
    assert len(calls) == 1
