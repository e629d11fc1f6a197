"""Quotes: more verbs that report words with their clause ("X repeated that...", "X
predicted that...", "a répété que", "a fait valoir que", "a prédit que", "repitió que",
"auguró que", "pronosticó que", "dejó claro que", "bổ sung rằng", "dự báo rằng"); those that
also take a thing for object ("estimated the toll", "a jugé l'affaire", "previó la llegada",
"deseó una pronta recuperación") only with their clause. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract

SENTENCES = {
    "en": "GAO -- Colonel Ama Tetteh {verb} the convoy would reach Gao before the rains.",
    "fr": "GAO - Le colonel Paul Mbarga {verb} le convoi arriverait à Gao avant les pluies.",
    "es": "GAO - El coronel Pablo Mbarga {verb} el convoy llegará a Gao antes de las lluvias.",
    "vi": "Đại tá Nguyễn Văn An {verb} đoàn xe sẽ đến Gao trước mùa mưa.",
}
SPEAKERS = {"en": "Ama Tetteh", "fr": "Paul Mbarga", "es": "Pablo Mbarga", "vi": "Nguyễn Văn An"}


@pytest.mark.parametrize(
    "language, verb",
    [
        ("en", "repeated that"), ("en", "predicted that"), ("en", "boasted that"), ("en", "estimated that"),
        ("fr", "a répété que"), ("fr", "a fait valoir que"), ("fr", "a prédit que"), ("fr", "a jugé que"),
        ("es", "repitió que"), ("es", "auguró que"), ("es", "pronosticó que"), ("es", "dejó claro que"), ("es", "previó que"),
        ("vi", "bổ sung rằng"), ("vi", "dự báo rằng"),
    ],
)
def test_the_verb_reports_its_clause(language, verb):
    assert [q.speaker for q in extract(SENTENCES[language].format(verb=verb), None).quotes] == [SPEAKERS[language]]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("GAO -- The engineers estimated the cost of the new bridge at two million dollars.", id="en-estimated-cost"),
        pytest.param("GAO - Le tribunal militaire a jugé l'affaire des soldats en deux jours.", id="fr-a-juge-affaire"),
        pytest.param("GAO - El plan previó la llegada de dos compañías de ingenieros en marzo.", id="es-previo-llegada"),
    ],
)
def test_with_a_thing_for_object_no_quote(text):
    assert extract(text, None).quotes == []
