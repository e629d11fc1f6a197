"""A numeric date whose two first numbers could be read either way ("03/05/2024") is read day
first unless the page shows it writes the month first; a time zone of a country that does
(reference dates.yaml month_first_time_zones: "EST", "PDT", "PHT") printed on the date's line
is such a sign, printed after the clock: "03/05/2024 10:42 AM EST" is 5 March. A zone of
elsewhere ("GMT", "CET"), or the same capitals not after the clock (a writer's initials "CT"),
leaves the day first.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD
from newsdossier.extract import extract

_MORE = "The mission has about ten thousand troops from forty countries in the area."


@pytest.mark.parametrize(("stamp", "date"), [
    ("03/05/2024 10:42 AM EST", "2024-03-05"),
    ("Posted: 03/05/2024 at 7:15 PM PDT", "2024-03-05"),
    ("03/05/2024 10:42 a.m. ET", "2024-03-05"),
    ("03-05-2024 09:00 PHT", "2024-03-05"),
    ("03/05/2024 at 10.42pm (EST)", "2024-03-05"),
    # (must not change) no zone, or another country's: day first
    ("03/05/2024 10:42", "2024-05-03"),
    ("03/05/2024 10:42 GMT", "2024-05-03"),
    ("03/05/2024 10:42 CET", "2024-05-03"),
    # (must not change) the same capitals elsewhere on the line, not after its clock: a
    # writer's initials, a photographer's; no zone
    ("CT 03/05/2024 10:42", "2024-05-03"),
    ("Photo: ET / 03/05/2024", "2024-05-03"),
    ("03/05/2024 - MT, PT", "2024-05-03"),
])
def test_a_month_first_country_s_time_zone_reads_the_date_month_first(stamp, date):
    extraction = extract("\n".join([HEADLINE["en"], stamp, LEAD["en"], _MORE]))
    assert extraction.determined_date == date
