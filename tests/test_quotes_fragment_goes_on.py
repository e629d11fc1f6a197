"""Quotes: a sentence with no speech verb that quotes a stretch of words, right after a quote
whose speaker is named and in the same paragraph, goes on with that speaker's words ("X said
«...». The convoys «can reach the villages again»."). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, says, speaker",
    [
        pytest.param("en", "\u201cThe roads are open again,\u201d commander Paul Gray said. The aid convoys \u201ccan once more reach "
                     "the northern villages\u201d.", "can once more reach", "Paul Gray", id="en-fragment-after-quote"),
        pytest.param("fr", "\u00ab Les routes sont enfin rouvertes \u00bb, a expliqu\u00e9 le commandant Paul Girard. Les convois "
                     "humanitaires \u00ab peuvent de nouveau atteindre les villages du nord \u00bb.", "peuvent de nouveau atteindre",
                     "Paul Girard", id="fr-fragment-after-quote"),
        pytest.param("fr", "Le colonel Paul Girard s'est f\u00e9licit\u00e9 que \u00ab le bataillon ait rempli sa mission \u00bb. Et de "
                     "citer comme exemple \u00ab la r\u00e9paration de trois ponts sur la route du nord \u00bb.", "la r\u00e9paration de trois ponts",
                     "Paul Girard", id="fr-et-de-citer"),
        pytest.param("fr", "Le g\u00e9n\u00e9ral Paul Girard a dress\u00e9 un bilan prudent : \u00ab La situation est meilleure que le mois "
                     "dernier \u00bb. La coop\u00e9ration avec l'arm\u00e9e progresse, avec \u00ab des dizaines de d\u00e9p\u00f4ts d'armes "
                     "d\u00e9couverts \u00bb.", "des dizaines de d\u00e9p\u00f4ts", "Paul Girard", id="fr-fragment-after-colon-quote"),
        pytest.param("es", "La ministra Ana Ferrer ha subrayado que \u00abla tregua se respeta en toda la zona\u00bb. La poblaci\u00f3n "
                     "local \u00abvuelve poco a poco a sus campos\u00bb.", "vuelve poco a poco", "Ana Ferrer", id="es-fragment-after-quote"),
        pytest.param("es", "\u00abLos caminos est\u00e1n abiertos\u00bb, dijo el coronel Luis Medina. Los convoyes \u00abya llegan a las "
                     "aldeas del norte\u00bb y el mercado \u00abha vuelto a abrir sus puertas\u00bb.", "ya llegan a las aldeas",
                     "Luis Medina", id="es-two-fragments"),
    ],
)
def test_a_quoted_fragment_right_after_a_quote_goes_on_with_its_speaker(language, paragraph, says, speaker):
    holding = [q for q in quotes_of(language, paragraph) if says in q.sentence]
    assert holding and holding[-1].speaker == speaker, quotes_of(language, paragraph)


@pytest.mark.parametrize(
    "language, paragraphs, says",
    [
        # the fragment opens a paragraph of its own: the writer's again
        pytest.param("fr", ("\u00ab Les routes sont enfin rouvertes \u00bb, a expliqu\u00e9 le commandant Paul Girard.",
                            "Les convois humanitaires \u00ab peuvent de nouveau atteindre les villages du nord \u00bb."),
                     "peuvent de nouveau atteindre", id="fr-new-paragraph"),
        # a person is named in the sentence: the words are not the speaker's before
        pytest.param("es", ("\u00abLos caminos est\u00e1n abiertos\u00bb, dijo el coronel Luis Medina. El alcalde Pedro Ruiz "
                            "inaugur\u00f3 la campa\u00f1a \u00abVolver a los campos del norte\u00bb en marzo.",),
                     "Volver a los campos", id="es-person-named"),
        # two quoted words are a name or a term, not words said
        pytest.param("en", ("\u201cThe roads are open again,\u201d commander Paul Gray said. The convoys crossed the "
                            "\u201cred zone\u201d at noon.",), "red zone", id="en-two-words"),
        # a stretch set in capitals is a name or a title, not words said
        pytest.param("en", ("\u201cThe roads are open again,\u201d commander Paul Gray said. The mission then launched its "
                            "campaign \u201cPeace Begins With Me\u201d in the capital.",), "Peace Begins With Me", id="en-title"),
        pytest.param("es", ("\u00abLos caminos est\u00e1n abiertos\u00bb, dijo el coronel Luis Medina. La misi\u00f3n organiz\u00f3 "
                            "el festival \u00abLa Paz Empieza Conmigo\u00bb en marzo.",), "La Paz Empieza", id="es-title"),
        # no quote before it
        pytest.param("en", ("The convoys left the base at dawn. The drivers \u201ccould once more reach the northern "
                            "villages\u201d by noon.",), "could once more reach", id="en-no-quote-before"),
    ],
)
def test_a_quoted_fragment_not_going_on_is_no_quote(language, paragraphs, says):
    assert not [q for q in quotes_of(language, *paragraphs) if says in q.sentence]
