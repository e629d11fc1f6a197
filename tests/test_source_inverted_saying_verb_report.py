"""A verb of saying right after the comma closing the lead's sentence, before an outlet's
name or its report ("..., indica la nota de EFE.", "..., señala un despacho de AFP.",
"..., précise l'AFP.", "..., indique la dépêche de l'AFP."), credits the outlet with the
story, as "..., note Example" does (the rulebook's "Reposts" paragraph: "according to X" in
the lead). Further down, the same words quote the outlet for one fact and credit nothing; a
verb of saying after a body or a person ("..., indica la nota del ministerio.", "...,
señala el ministro.") credits no outlet. English and Vietnamese print this credit in
other shapes ("..., an AFP dispatch said.", "theo TTXVN"), read before.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)


def _lead_closing(language: str, tail: str) -> str:
    return "\n\n".join([HEADLINE[language], LEAD[language][:-1] + tail, MORE[language]])


@pytest.mark.parametrize(("language", "tail", "source"), [
    ("es", ", indica la nota de EFE.", "Agencia EFE"),
    ("es", ", señala un despacho de AFP.", "Agence France-Presse"),
    ("es", ", precisa EFE.", "Agencia EFE"),
    ("fr", ", indique la dépêche de l'AFP.", "Agence France-Presse"),
    ("fr", ", précise l'AFP.", "Agence France-Presse"),
    # (must not change) read before
    ("es", ", según la nota de EFE.", "Agencia EFE"),
    ("en", ", an AFP dispatch said.", "Agence France-Presse"),
])
def test_an_inverted_saying_verb_in_the_lead_credits_the_outlet(language, tail, source):
    assert extract(_lead_closing(language, tail), today=_TODAY).fields.get("source", "") == source


@pytest.mark.parametrize(("language", "tail"), [
    ("es", ", indica la nota del ministerio."),
    ("es", ", señala el ministro."),
    ("fr", ", précise le ministère."),
])
def test_no_outlet_after_a_saying_verb_naming_none(language, tail):
    assert extract(_lead_closing(language, tail), today=_TODAY).fields.get("source", "") == ""


@pytest.mark.parametrize(("language", "tail"), [
    ("es", ", indica la nota de EFE."),
    ("fr", ", précise l'AFP."),
])
def test_further_down_the_words_credit_nothing(language, tail):
    text = "\n\n".join([HEADLINE[language], LEAD[language], LEAD[language][:-1] + " otra vez" + tail if language == "es"
                        else LEAD[language][:-1] + " encore" + tail])
    assert extract(text, today=_TODAY).fields.get("source", "") == ""
