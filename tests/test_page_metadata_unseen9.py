"""Outlet and date of pages of kinds met on real pages of outlets the labelled corpus does not
hold: each case is a page of our own making (a copyright holder whose first word is an
ordinary word opening sentences; ...)."""

import pytest

from newsdossier.extract import extract


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


_BODY = ("The river authority agreed on Monday to rebuild the flood wall along the old quay, a plan the "
         "town's shopkeepers had asked for since the water reached their doors last winter.\n"
         "Work starts in the spring and should last eight months, a spokeswoman for the authority told "
         "the council, which will pay a third of the cost.")
_HEAD = ("Home", "Business", "Old quay to get a new flood wall next spring", "May 14, 2021")


# A media company's holder name whose first words open sentences of the page ("Digital
# payments rose", "Smart tools help") is no outlet of that name: a capital opening a sentence
# is the sentence's, not a name's. A name alone on a line or inside a sentence still counts.
@pytest.mark.parametrize("furniture, expected", [
    (["Digital payments rose again this year.", "Digital wallets are now common in the town.",
      "© 2023 Digital Media Ltd. All rights reserved."], ""),
    (["Smart tools help farmers. Smart meters help too.", "Smart sensors watch the quay.",
      "© 2023 Smart Media, LLC. All rights reserved."], ""),
    # (must not change) the name alone on a line, or inside a sentence
    (["Lantern", "Stories from Lantern reporters", "Copyright 2021 Lantern Digital Inc. All rights reserved."], "Lantern"),
    (["Millions turn to Lantern to understand the news.", "Will you support Lantern's reporting?",
      "© 2022 Lantern Media, LLC. All Rights Reserved"], "Lantern"),
])
def test_a_sentence_opening_word_is_no_company_site_name(furniture, expected):
    text = _page(*_HEAD, _BODY, *furniture)
    assert extract(text).fields["source"] == expected
