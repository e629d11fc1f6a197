"""The first run of prose lines (segment._first_prose_run), read line by line until the run
closes: the index it gives is the first prose line followed by another within PROSE_GAP lines."""
import pytest

from newsdossier.segment import PROSE_GAP, _first_prose_run

PROSE_A = "The harbour committee met on a grey morning to weigh the cost of a second pier for the ferries."
PROSE_B = "Fishermen told the members that the old quay floods at every spring tide and needs repair soon."
MENU = "Home"


@pytest.mark.parametrize("lines, start, expected", [
    ([PROSE_A, PROSE_B], 0, 0),
    ([MENU, MENU, PROSE_A, PROSE_B], 0, 2),
    ([PROSE_A] + [MENU] * (PROSE_GAP - 1) + [PROSE_B], 0, 0),  # the widest gap still a run
    ([PROSE_A] + [MENU] * PROSE_GAP + [PROSE_B], 0, None),  # one line more: two lone lines
    ([PROSE_A] + [MENU] * PROSE_GAP + [PROSE_B, PROSE_A], 0, PROSE_GAP + 1),  # the lone teaser line is passed over
    ([PROSE_A, PROSE_B, MENU, PROSE_A, PROSE_B], 2, 3),  # read from start
    ([PROSE_A], 0, None),
    ([], 0, None),
])
def test_first_prose_run(lines, start, expected):
    assert _first_prose_run(lines, start) == expected
