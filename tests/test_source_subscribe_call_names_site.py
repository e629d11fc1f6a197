"""A paywall's call to subscribe names the site it asks the reader to subscribe to after a
clause ("Para continuar, suscribite a El Vigía.", "To keep reading, subscribe to The Harbour
Post."), and a newsletter box names it before its call ("El Vigía | ¡Suscríbete a nuestro
Newsletter!"). Such a name, printed twice or more on the page, is the page's own outlet, as the
same call opening its line already was.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)


@pytest.mark.parametrize(("language", "paywall", "footer", "source"), [
    ("es", "Para continuar, suscribite a El Vigía. Si ya sos un usuario suscripto, iniciá sesión.",
     "El Vigía | ¡Suscríbete a nuestro Newsletter!", "El Vigía"),
    ("es", "Para seguir leyendo, suscríbete a Diario Ejemplar.",
     "Diario Ejemplar | Suscríbete a nuestro boletín", "Diario Ejemplar"),
    ("en", "To keep reading, subscribe to Harbour Post.",
     "Harbour Post | Sign up for our newsletter", "Harbour Post"),
    ("fr", "Pour lire la suite, abonnez-vous à Le Veilleur.",
     "Le Veilleur | Abonnez-vous à notre newsletter", "Le Veilleur"),
])
def test_a_call_to_subscribe_names_the_pages_outlet(language, paywall, footer, source):
    text = "\n\n".join([paywall, HEADLINE[language], LEAD[language], MORE[language], footer])
    x = extract(text, today=_TODAY)
    assert x.fields.get("source", "") == source


@pytest.mark.parametrize(("language", "paywall", "footer"), [
    # (must not change) a call naming no outlet
    ("es", "Para continuar, suscribite a nuestro boletín.", "¡Suscríbete a nuestro Newsletter!"),
    ("en", "To keep reading, subscribe to Our Newsletter.", "Sign up for our newsletter"),
])
def test_a_call_naming_no_outlet_gives_none(language, paywall, footer):
    text = "\n\n".join([paywall, HEADLINE[language], LEAD[language], MORE[language], footer])
    x = extract(text, today=_TODAY)
    assert x.fields.get("source", "") == ""
