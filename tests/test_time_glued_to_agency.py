"""A page's head prints the hour of publication glued to the agency that filed the story, the
two copied from neighbouring fields ("09:47EFE Editor: Ana Gil", "18:05AFP Jane Roe"): the
clock is cut off as a spaced one is (segment.without_time_stamp), and the agency, one the
reference knows, is read as the page's source. A clock glued to other capitals ("10:30AM")
is left as printed. Every page here is of our own making."""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract
from newsdossier.segment import without_time_stamp


def _page(language: str, line: str) -> str:
    return "\n\n".join([HEADLINE[language], line, LEAD[language], MORE[language]])


@pytest.mark.parametrize("language, line, outlet", [
    pytest.param("es", "09:47EFE Editor: Ana Gil", "Agencia EFE", id="es-efe-editor"),
    pytest.param("es", "7:05EFE Redacción Internacional Madrid", "Agencia EFE", id="es-efe-desk"),
    pytest.param("fr", "18h05AFP Rédaction Afrique Paris", "Agence France-Presse", id="fr-afp-h"),
])
def test_the_agency_after_a_glued_clock(language, line, outlet):
    assert extract(_page(language, line)).fields["source"] == outlet


@pytest.mark.parametrize("line, cut", [
    pytest.param("09:47EFE Editor: Ana Gil", "EFE Editor: Ana Gil", id="cut"),
    # (near misses: capitals that name no agency, and a clock spaced as before)
    pytest.param("10:30AM Troops leave the base", "10:30AM Troops leave the base", id="am-kept"),
    pytest.param("15h17 : Un Casque bleu blessé", "Un Casque bleu blessé", id="spaced-as-before"),
])
def test_without_time_stamp_glued(line, cut):
    assert without_time_stamp(line) == cut
