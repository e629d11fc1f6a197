"""A date line closed by the kind of a body's release ("7 November 2024 Press Release", "7 de
noviembre de 2024 Nota de Prensa", "Security Council Press Statement") is the release's day
and kind, as a body's own page prints them: no reposted outlet, so no source; the date is the
page's.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract
from newsdossier.segment import reposted_source_line


@pytest.mark.parametrize(("language", "line"), [
    ("en", "November 7, 2024 Press Release"),
    ("en", "7 November 2024 Security Council Press Statement"),
    ("es", "7 de noviembre de 2024 Nota de Prensa"),
    ("fr", "7 novembre 2024 Communiqué de Presse"),
    ("vi", "07/11/2024 Thông Cáo Báo Chí"),
])
def test_a_release_kind_after_the_day_is_no_reposted_source(language, line):
    assert reposted_source_line(line) is None
    result = extract("\n".join([HEADLINE[language], line, LEAD[language], MORE[language]]))
    assert (result.fields["date"], result.fields["source"]) == ("2024-11-07", "")
