"""French writes "until" before a day as "jusqu'au" ("prorogé jusqu'au 15 juillet 2031"): the year of such a deadline is one the text looks forward to,
and does not date the article (a mandate is extended before it runs out). Main listed
"jusqu'à" and "jusqu'en" only among the words before a future year, so a story of a mandate
extended until 2031 was estimated to be of 2031. A year the text does not look forward to
still dates it.

Every text is invented for the tests.
"""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract

_TODAY = datetime.date(2033, 1, 1)
_MORE = "\n\nLe vote a été acquis à l'unanimité des quinze membres du Conseil."


@pytest.mark.parametrize("until", ["jusqu'au 15 juillet 2031", "jusqu\u2019au 15 juillet 2031",
                                   "jusqu'au 31 décembre 2031"])
def test_deadline_year_after_jusquau_does_not_date_the_article(until):
    # (the deadline printed in the headline and again in the lead, as such stories do)
    text = (f"Le Conseil proroge le mandat de la mission {until}\n\n"
            f"Le Conseil de sécurité a prorogé mercredi le mandat de la mission {until}, a indiqué un diplomate." + _MORE)
    assert not extract(text, today=_TODAY).fields["date"].startswith("2031")


def test_year_not_looked_forward_to_still_dates():
    # (must not change) a past year with no deadline word before it
    text = ("Le Conseil salue la mission créée le 15 juillet 2029\n\n"
            "Le Conseil de sécurité a prorogé mercredi le mandat de la mission créée le 15 juillet 2029, a indiqué un diplomate." + _MORE)
    assert extract(text, today=_TODAY).fields["date"].startswith("2029")
