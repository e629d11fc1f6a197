"""An armed group's acronym that other bodies share (organisations.yaml "ambiguous_acronyms",
"armed_group"): it names the group where a word for an armed group or its members stands beside
it, or the sentence names the group's home country, even when the article never prints the full
name; elsewhere it names no body. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def bodies_of(text: str) -> list[str]:
    return sorted(e.name for e in extract(text, None).entities.values() if e.kind == "organisation")


@pytest.mark.parametrize(
    "text, body",
    [
        pytest.param("Butembo, 6 March 2026\n\nADF rebels set fire to a health centre on the main road overnight.",
                     "Allied Democratic Forces", id="en-adf-rebels"),
        pytest.param("Butembo, 6 de marzo de 2026\n\nPresuntos miembros del grupo rebelde ADF quemaron un dispensario.",
                     "Allied Democratic Forces", id="es-grupo-rebelde-adf"),
        pytest.param("Butembo, 6 mars 2026\n\nLes miliciens des ADF ont pillé le marché avant de fuir vers la forêt.",
                     "Allied Democratic Forces", id="fr-miliciens-des-adf"),
        pytest.param("Butembo, 6 mars 2026\n\nVenus d'Ouganda il y a trente ans, les ADF ont encore frappé un village.",
                     "Allied Democratic Forces", id="fr-adf-home-country"),
        pytest.param("Butembo, 6/3/2026\n\nPhiến quân ADF đã tấn công một ngôi làng gần biên giới.",
                     "Allied Democratic Forces", id="vi-phien-quan-adf"),
        pytest.param("El Fasher, 6 March 2026\n\nThe paramilitary RSF shelled the market again on Friday.",
                     "Rapid Support Forces", id="en-paramilitary-rsf"),
    ],
)
def test_an_armed_group_acronym_beside_its_kind_names_the_group(text, body):
    assert body in bodies_of(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Canberra, 6 March 2026\n\nThe ADF sent two aircraft to help fight the bushfires, the government said.",
                     id="en-adf-without-group-word"),
        pytest.param("Paris, 6 mars 2026\n\nRSF a dénoncé l'arrestation de trois journalistes à la frontière.",
                     id="fr-rsf-press-freedom"),
    ],
)
def test_an_ambiguous_acronym_alone_names_no_armed_group(text):
    assert not {"Allied Democratic Forces", "Rapid Support Forces"} & set(bodies_of(text))


@pytest.mark.parametrize("words", [pytest.param({}, id="empty"), pytest.param(None, id="missing")])
def test_no_armed_group_words_tie_no_acronym(monkeypatch, words):
    # with the word list empty or missing, only the home country ties the acronym: an empty
    # list of words must not match everywhere, nor a missing one raise
    from newsdossier import entities
    from newsdossier.reference import reference

    vocabulary = reference().vocabulary
    if words is None:
        monkeypatch.delitem(vocabulary, "armed_group_words")
    else:
        monkeypatch.setitem(vocabulary, "armed_group_words", words)
    entities._armed_group_words.cache_clear()
    try:
        assert entities.armed_group_beside("ADF set fire to the market.", [], "ADF", "allied-democratic-forces") is False
    finally:
        monkeypatch.undo()
        entities._armed_group_words.cache_clear()
