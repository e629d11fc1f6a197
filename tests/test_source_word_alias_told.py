"""An outlet whose name is also a phrase of ordinary words ("El País", "El Mundo", "El Tiempo":
a reference word alias, read in credits only) names that outlet where the text cites it as
its source, printed with its capitals after a citing phrase ("relataron a El País", "told El
Mundo", "dijo a El Tiempo"): the story is that outlet's report. Main read such a name only in a
credit and credited no outlet. In lower case ("el país", the country) or outside a citing
phrase the words name no outlet.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, MORE as _MORE
from newsdossier.extract import extract

CASES = [
    ("es", "Varios militares retirados relataron a El País sus años en las misiones de paz del Congo y de Haití.", "El País"),
    ("en", "Three retired officers told El Mundo about their years with the peacekeeping missions in Congo and Haiti.", "El Mundo"),
    ("es", "Un oficial de la misión dijo a El Tiempo que las tropas seguirán en todas sus posiciones pese a las advertencias.", "El Tiempo"),
]


@pytest.mark.parametrize("language,lead,outlet", CASES)
def test_word_alias_after_citing_phrase_is_the_source(language, lead, outlet):
    text = "\n\n".join([_HEAD[language], lead, _MORE[language]])
    assert extract(text).fields["source"] == outlet


@pytest.mark.parametrize("language,lead", [
    # (must not change) the common noun in lower case: the country, no outlet
    ("es", "Varios militares retirados contaron a el país entero sus años en las misiones de paz del Congo."),
    # (must not change) the name outside a citing phrase: a section's, a phrase's
    ("es", "El Mundo de los cascos azules cambió mucho desde que la misión llegó al Congo hace veinte años."),
])
def test_words_outside_a_citing_phrase_credit_nothing(language, lead):
    text = "\n\n".join([_HEAD[language], lead, _MORE[language]])
    assert extract(text).fields["source"] == ""


@pytest.mark.parametrize("language,lead", [
    # (must not change) a longer name that opens with the words, another paper's: no outlet
    # the reference knows
    ("es", "El capitán del equipo de la misión dijo a El Mundo Deportivo que el torneo se jugará el viernes en la base."),
    ("en", "A mission officer told El Tiempo Latino that the troops would stay in all their positions despite the warnings."),
    ("es", "La comandante contó a El País Rural que las tropas seguirán en todas sus posiciones pese a las advertencias."),
])
def test_longer_name_opening_with_the_words_credits_nothing(language, lead):
    text = "\n\n".join([_HEAD[language], lead, _MORE[language]])
    assert extract(text).fields["source"] == ""


@pytest.mark.parametrize("language,lead,outlet", [
    # a weekday in capitals after the name, as English news prints it, continues no name
    ("en", "A mission officer told El País Tuesday that the troops would stay in all their positions despite the warnings.", "El País"),
])
def test_weekday_after_the_words_keeps_the_outlet(language, lead, outlet):
    text = "\n\n".join([_HEAD[language], lead, _MORE[language]])
    assert extract(text).fields["source"] == outlet
