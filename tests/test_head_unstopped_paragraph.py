"""A paragraph of the text whose last sentence lost its stop ("... de graves conséquences.
Écoutez ci-dessous le reportage de Jeanne Vidal") is no headline, though no stop closes the
line: a whole sentence of eight words or more ends inside it and more words follow. The short
headline above it is the title (not the paragraph, nor the editor's line under it). A headline with an initial's or an abbreviation's stop ("U.N.
Peacekeepers ...", "S. Korea ...") stays a headline.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.segment import _is_headline

_PAGES = {
    "en": ("Mission is worried", "18 March 2019",
           "The mission's police chief, Paul Moreau, fears that the lack of training of the national police will have serious consequences. Listen below to the report by Jane Vidal"),
    "fr": ("La mission s'inquiète", "18 mars 2019",
           "Le chef de la police de la mission, Paul Moreau, craint que le manque de formation de la police nationale ait de graves conséquences. Écoutez ci-dessous le reportage de Jeanne Vidal"),
    "es": ("La misión se inquieta", "18 de marzo de 2019",
           "El jefe de la policía de la misión, Pablo Moreno, teme que la falta de formación de la policía nacional tenga graves consecuencias. Escuche abajo el reportaje de Juana Vidal"),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_headline_above_an_unstopped_paragraph_is_the_title(language):
    head, day, paragraph = _PAGES[language]
    text = "\n".join([head, day, "Publicité", paragraph, "Edition : Paul Girard"])
    assert extract(text).fields["title"] == head


@pytest.mark.parametrize("line", [p for _h, _d, p in _PAGES.values()])
def test_an_unstopped_paragraph_is_no_headline(line):
    assert not _is_headline(line)


@pytest.mark.parametrize("line", [
    "S. Korea holds send-off ceremony for U.N. mission to South Sudan",
    "U.N. Peacekeepers Return Home After Eight Months in the South",
    "Peacekeepers leave. The valley waits",  # a short sentence before the stop
])
def test_headlines_with_a_stop_inside_stay_headlines(line):
    # (must not change)
    assert _is_headline(line)


@pytest.mark.parametrize("line", [
    # long headlines (over 25 words) with an abbreviation's stop past their eighth word: the
    # stop ends no sentence, the line stays a headline
    "Peacekeepers from the Korean engineering unit return home after eight months of building roads and bridges with the U.S. Army corps in the south of the country this year",
    "Los cascos azules de la misión de paz en el sur del Líbano piden más apoyo a EE. UU. para reconstruir las carreteras y los puentes destruidos por las lluvias de este invierno",
    "Les casques bleus de la mission saluent le travail du commandant de la force et de M. Jean Dupont, chef du bureau régional de Goma, pendant les inondations de cette saison",
    "Bệnh viện dã chiến cấp 2 số 5 của Việt Nam được tiễn tại TP. Hồ Chí Minh trước khi lên đường làm nhiệm vụ gìn giữ hòa bình tại Nam Sudan trong năm nay",
])
def test_an_abbreviation_in_a_long_headline_ends_no_sentence(line):
    assert 25 < len(line.split()) <= 40
    assert _is_headline(line)
