"""A blog theme's widget heading of the site's latest posts, alone on its line under the article
("Recent Posts", "Latest Posts", "Articles récents", "Derniers articles"), opens the teasers of
other articles: their headlines and blurbs (with the dated happenings they tell) are no
paragraphs of the text. A sentence of the text opening with the same words stays. Every text
is invented for the tests."""
from __future__ import annotations

import pytest

from newsdossier.segment import segment

BODY = {
    "en": ["Medics of the mission reach the river port",
           "A first team of medics arrived at the river port on Friday, the mission said.",
           "The rest of the unit will follow in the coming weeks, a spokesman added."],
    "fr": ["Les médecins de la mission arrivent au port fluvial",
           "Une première équipe de médecins est arrivée vendredi au port fluvial, a indiqué la mission.",
           "Le reste de l'unité suivra dans les prochaines semaines, a ajouté un porte-parole."],
}
TEASER = {
    "en": ["Market fire in the old town", "On Tuesday a fire swept through the covered market of the old town, officials said.", "3 hours ago"],
    "fr": ["Incendie au marché de la vieille ville", "Mardi, un incendie a ravagé le marché couvert de la vieille ville, selon les autorités.", "il y a 3 heures"],
}


@pytest.mark.parametrize("language, marker", [
    ("en", "Recent Posts"), ("en", "Latest Posts"), ("en", "RECENT ARTICLES"), ("en", "Latest Stories:"),
    ("fr", "Articles récents"), ("fr", "Derniers articles"), ("fr", "PUBLICATIONS RÉCENTES"), ("fr", "Derniers billets :"),
])
def test_a_recent_posts_heading_opens_the_teasers(language, marker):
    layout = segment("\n\n".join([*BODY[language], marker, *TEASER[language]]))
    assert not any(t in p for p in layout.paragraphs for t in TEASER[language]), layout.paragraphs


@pytest.mark.parametrize("language, line", [
    ("en", "Recent posts on the mission's page showed the medics at work in the port."),
    ("fr", "Les derniers articles de presse montrent les médecins au travail dans le port."),
])
def test_a_sentence_opening_with_the_words_stays(language, line):
    layout = segment("\n\n".join([*BODY[language], line, *TEASER[language]]))
    assert any(line in p for p in layout.paragraphs), layout.paragraphs
