"""A metered paywall's notice printed above the headline, that the reader's free articles are
spent ("Alcanzaste el límite de 20 notas leídas"), opens a subscription box: it and the call
under it are no headline nor text, and the headline under them stays the title.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)


@pytest.mark.parametrize(("language", "notice", "call"), [
    ("es", "Alcanzaste el límite de 20 notas leídas",
     "Para continuar, suscribite a El Vigía. Si ya sos un usuario suscripto, iniciá sesión."),
    ("es", "Has llegado al límite de 5 artículos de este mes",
     "Para continuar, suscríbete a nuestro diario."),
    ("en", "You've reached your free article limit",
     "To continue, subscribe to our newsletter and our paper."),
    ("fr", "Vous avez atteint votre limite de 3 articles gratuits",
     "Pour continuer, abonnez-vous à notre journal."),
])
def test_a_paywalls_notice_is_no_headline(language, notice, call):
    text = "\n\n".join([notice, call, HEADLINE[language], LEAD[language], MORE[language]])
    x = extract(text, today=_TODAY)
    assert x.fields.get("title") == HEADLINE[language]


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_a_page_without_a_paywall_keeps_its_headline(language):
    # (must not change)
    text = "\n\n".join([HEADLINE[language], LEAD[language], MORE[language]])
    assert extract(text, today=_TODAY).fields.get("title") == HEADLINE[language]
