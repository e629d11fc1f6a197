"""A word of a site's section printed in capitals before a headline ("MONDE Les casques bleus
...") is cut as a kicker, but not where it cannot be told from the headline's own first word
printed in capitals: before a headline in Title Case ("WORLD Cup Qualifier Moved ...") or
where it opens a name the gazetteer knows with the words after it ("INTERNATIONAL Criminal
Court opens ...", "WORLD Food Programme warns ...").

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from headcases import LEAD, MORE
from newsdossier.extract import extract

_TODAY = datetime.date(2026, 12, 1)


def _title(language: str, line: str) -> str:
    return extract("\n\n".join([line, LEAD[language], MORE[language]]), today=_TODAY).fields["title"]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "WORLD Cup Qualifier Moved as Peacekeepers Guard the Stadium"),
    ("en", "NATIONAL Assembly Votes to Extend the Mission in the North"),
    ("en", "HEALTH Workers Attacked Near the Peacekeepers' Base"),
    ("en", "INTERNATIONAL Criminal Court opens an inquiry into the attack on peacekeepers"),
    ("en", "WORLD Food Programme warns of hunger around the peacekeepers' camps"),
    ("es", "MUNDO Deportivo Organiza un Partido con los Cascos Azules"),
])
def test_a_section_word_opening_a_title_case_headline_or_a_known_name_stays(language, line):
    assert _title(language, line) == line


@pytest.mark.parametrize(("language", "line", "expected"), [
    # (must not change) a section printed in capitals before a headline in sentence case
    ("fr", "MONDE Les casques bleus restent sur leurs positions", "Les casques bleus restent sur leurs positions"),
    ("en", "WORLD Peacekeepers stay in their positions in the south", "Peacekeepers stay in their positions in the south"),
    ("es", "INTERNACIONAL Los cascos azules se quedan en el sur", "Los cascos azules se quedan en el sur"),
])
def test_a_section_word_before_a_sentence_case_headline_is_cut(language, line, expected):
    assert _title(language, line) == expected
