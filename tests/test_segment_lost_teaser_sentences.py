"""A teaser marker alone on its line ("A lire aussi", "Related articles") whose teaser the copy
lost, the article's text going on right after it in paragraphs of one sentence each: the text
goes on, the paragraphs are the article's, no teasers. A marker followed by a headline, or by
a headline and its blurb, still opens the teasers.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

_HEAD = {
    "fr": ("Les casques bleus rentrent au pays après un an dans le sud",
           "Les soldats du bataillon sont rentrés dimanche après un an au sein de la mission."),
    "en": ("Peacekeepers return home after a year in the south",
           "Soldiers of the battalion came home on Sunday after a year with the mission."),
}
_ON = {
    "fr": ["Ils ont été accueillis à l'aéroport par leurs familles et par le ministre, qui les a remerciés.",
           "Le bataillon sera relevé en avril par une nouvelle unité venue du nord du pays, a indiqué l'armée."],
    "en": ["They were met at the airport by their families and by the minister, who thanked them warmly.",
           "The battalion will be relieved in April by a new unit drawn from the north, the army said on Monday."],
}


@pytest.mark.parametrize(("language", "marker"), [
    ("fr", "A lire aussi"),
    ("fr", "À lire aussi :"),
    ("fr", "Lire aussi"),
    ("en", "Related articles"),
    ("en", "See also"),
])
def test_one_sentence_paragraphs_after_a_lone_marker_are_the_text(language, marker):
    headline, lead = _HEAD[language]
    layout = segment("\n\n".join([headline, lead, marker, *_ON[language]]))
    assert layout.paragraphs == [lead, *_ON[language]]
    assert layout.teasers == []


@pytest.mark.parametrize(("language", "after"), [
    # (must not change) a headline under the marker, then its blurb
    ("fr", ["Un autre casque bleu blessé dans l'est", "Un casque bleu a été blessé samedi lors d'une patrouille près de la frontière du pays."]),
    ("en", ["Another peacekeeper wounded in the east", "A peacekeeper was wounded on Saturday on a patrol near the border of the country."]),
    # (must not change) two headlines
    ("en", ["Another peacekeeper wounded in the east", "Council to vote on the mandate next week"]),
    # (must not change) blurbs cut short
    ("fr", ["Un casque bleu a été blessé samedi lors d'une patrouille près de la frontière du pays...",
            "Le Conseil de sécurité votera la semaine prochaine sur le renouvellement du mandat de la mission…"]),
])
def test_a_marker_before_headlines_or_cut_blurbs_still_opens_teasers(language, after):
    headline, lead = _HEAD[language]
    marker = "A lire aussi" if language == "fr" else "Related articles"
    layout = segment("\n\n".join([headline, lead, marker, *after]))
    assert layout.paragraphs == [lead]
    assert layout.teasers == after
