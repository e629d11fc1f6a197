"""A widget's label over suggested or sponsored stories under the article ("Contenido
sugerido", "Sponsored content") opens the teasers: the short lines under it (the partner's
label, "Contenido Grupo") are no writer's byline.

Every text is invented for the tests.
"""
from __future__ import annotations

import pytest

from headcases import HEADLINE, LEAD, MORE
from newsdossier.extract import extract

_LABELS = {
    "fr": ["Contenu sponsorisé", "Contenu Partenaire"],
    "es": ["Contenido Sugerido", "Contenido Grupo"],
}


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_labels_under_the_text_are_no_byline(language):
    text = "\n\n".join([HEADLINE[language], LEAD[language], MORE[language], *_LABELS[language]])
    assert extract(text).fields["authors"] == []


@pytest.mark.parametrize("labels, language", [
    # the label in the plural, or saying whose the stories are
    (["Contenus sponsorisés", "Contenu Partenaire"], "fr"),
    (["Contenidos patrocinados", "Contenido Grupo"], "es"),
    (["Contenu suggéré par nos partenaires", "Contenu Partenaire"], "fr"),
    (["Sponsored content from our partners", "Partner Content"], "en"),
])
def test_the_label_in_another_form_is_no_byline(labels, language):
    text = "\n\n".join([HEADLINE[language], LEAD[language], MORE[language], *labels])
    result = extract(text)
    assert result.fields["authors"] == []
    assert len(result.body) == 2
