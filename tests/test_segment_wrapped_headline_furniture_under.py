"""A small-letter line of page furniture printed right under a headline that does not end on
a preposition, an article or a conjunction ("il y a 3 heures", "listen to this article",
"réservé aux abonnés", "nghe bài viết này") is no end of the headline: the end of a headline
broken in two is retold by the lead, as the headline is, and furniture is not. A small-letter
line that the lead retells is still the headline's end (newsdossier.segment).

The example texts are invented for the tests: each shows a general layout pattern.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.segment import segment


@pytest.mark.parametrize(("lang", "under"), [
    pytest.param("fr", "il y a 3 heures", id="fr-time-ago"),
    pytest.param("fr", "mis à jour il y a 2 heures", id="fr-updated"),
    pytest.param("fr", "réservé aux abonnés", id="fr-subscribers"),
    pytest.param("fr", "temps de lecture 4 min", id="fr-reading-time"),
    pytest.param("fr", "écouter cet article", id="fr-listen"),
    pytest.param("fr", "voir les commentaires", id="fr-comments"),
    pytest.param("en", "updated 3 hours ago", id="en-updated"),
    pytest.param("en", "listen to this article", id="en-listen"),
    pytest.param("en", "share this article", id="en-share"),
    pytest.param("en", "posted by admin", id="en-posted"),
    pytest.param("vi", "nghe bài viết này", id="vi-listen"),
    pytest.param("vi", "chia sẻ bài viết", id="vi-share"),
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["next-line", "after-a-blank"])
def test_small_letter_furniture_under_a_whole_headline_is_no_part_of_it(lang, under, gap):
    page = f"{HEADLINE[lang]}{gap}{under}\n\n{LEAD[lang]}\n\n{MORE[lang]}"
    assert segment(page).title == HEADLINE[lang]


@pytest.mark.parametrize(("first", "second", "lead"), [
    pytest.param("Le Burkina rapatrie ses soldats", "après l'attaque de leur base à Ménaka",
                 "Le Burkina Faso a rapatrié lundi les soldats blessés lors de l'attaque de leur base de Ménaka.", id="fr"),
    pytest.param("Ghana rotates 800 peacekeepers", "out of the mission in South Sudan",
                 "Ghana began on Monday to rotate 800 of its peacekeepers out of the mission in South Sudan.", id="en"),
])
def test_a_second_half_the_lead_retells_is_still_joined(first, second, lead):
    page = f"{first}\n{second}\n\n{lead}\n\nThe rest of the story follows here. It ends."
    assert segment(page).title == f"{first} {second}"
