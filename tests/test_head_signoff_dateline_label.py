"""An agency's brackets under the text after a credit's label or a writer's initials in capitals
("SOURCE (AFP)", "FUENTE, (EFE)", "JAG (EFE)") give no dateline: the words are no place
(segment._signoff_place_shaped). A place in capitals the gazetteer lacks, or a city it knows,
still gives one (test_head_signoff_dateline).

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE as _HEAD, LEAD as _LEAD, MORE as _MORE
from newsdossier.extract import extract


def _page(language: str, signoff: str) -> str:
    return "\n\n".join([_HEAD[language], _LEAD[language], _MORE[language], signoff])


@pytest.mark.parametrize(("language", "signoff"), [
    pytest.param("en", "SOURCE (AFP)", id="en-source"),
    pytest.param("fr", "SOURCE (AFP)", id="fr-source"),
    pytest.param("es", "FUENTE, (EFE)", id="es-fuente"),
    pytest.param("es", "JAG (EFE)", id="es-initials"),
    pytest.param("vi", "NGUỒN (AFP)", id="vi-nguon"),
])
def test_label_or_initials_give_no_dateline(language, signoff):
    assert extract(_page(language, signoff)).fields["dateline"] == ""


@pytest.mark.parametrize(("language", "signoff", "dateline"), [
    # (must not change) a place in capitals of more than three letters, or of two words
    pytest.param("es", "KIWANJA (EFE)", "Kiwanja", id="es-unknown-town"),
    pytest.param("fr", "NATIONS UNIES, (AFP)", "United Nations", id="fr-two-words"),
])
def test_place_in_capitals_gives_the_dateline(language, signoff, dateline):
    assert extract(_page(language, signoff)).fields["dateline"] == dateline
