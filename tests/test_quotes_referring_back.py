"""Quotes: the person a pronoun or a title stands for, when a sentence holding no speech names
someone else, or when the title carries the body it is of.

- A sentence opening on a pronoun as its subject ("Il a ensuite remercié X", "He then thanked
  X") names X as its complement: "il", "he" after it still stand for the one the pronoun did,
  not for X.
- A title printed with the rest of its words and the body it is of ("le représentant spécial
  adjoint de l'ONU pour le Mali"), after a person was introduced with it, stands for that person:
  the body is part of the title, not the speaker.
- An initiative (a programme, an agenda: organisations.yaml kind "initiative") is never the
  speaker: "he said" in the same sentence names who spoke.

Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def last_speaker(*paragraphs: str) -> str:
    quotes = extract("\n\n".join(paragraphs), None).quotes
    assert quotes, "no quote found"
    return quotes[-1].speaker


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        pytest.param(("Un ambassadeur en visite au camp de Gao",
                      "L'ambassadeur Jean Moreau a souligné lundi le travail des ingénieurs du camp.",
                      "Il a ensuite remercié le colonel Paul Girard pour son accueil et pour la visite des ateliers.",
                      "Le camp sera agrandi l'an prochain, a-t-il déclaré."),
                     "Jean Moreau", id="fr-il-a-remercie-x-then-a-t-il-declare"),
        pytest.param(("An ambassador visits the camp at Gao",
                      "Ambassador John Carter praised the work of the engineers on Monday, saying they had built the wells.",
                      "He then thanked Colonel Peter Hale for the welcome and for the tour of the workshops.",
                      "The camp will grow next year, he said."),
                     "John Carter", id="en-he-thanked-x-then-he-said"),
        pytest.param(("An ambassador visits the camp at Gao",
                      "Ambassador John Carter praised the work of the engineers on Monday, saying they had built the wells.",
                      "Later, he met Colonel Peter Hale and the staff of the field hospital.",
                      "The camp will grow next year, he said."),
                     "John Carter", id="en-opening-phrase-then-he-met-x"),
    ],
)
def test_a_pronoun_subject_keeps_its_person_over_the_one_it_names(paragraphs, speaker):
    assert last_speaker(*paragraphs) == speaker


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        # a new subject named, no pronoun opening: "he" goes to that person, as before
        pytest.param(("An ambassador visits the camp at Gao",
                      "Ambassador John Carter praised the work of the engineers on Monday, saying they had built the wells.",
                      "Colonel Peter Hale then showed the visitors the workshops of the camp.",
                      "The camp will grow next year, he said."),
                     "Peter Hale", id="en-new-subject-named"),
    ],
)
def test_a_person_named_as_subject_still_becomes_the_antecedent(paragraphs, speaker):
    assert last_speaker(*paragraphs) == speaker


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        pytest.param(("Visite au camp de Gao",
                      "Le représentant spécial adjoint de l'ONU pour le Mali, Jean Moreau, a visité lundi le camp de Gao.",
                      "Le représentant spécial adjoint de l'ONU pour le Mali a exprimé l'espoir que la route serait rouverte."),
                     "Jean Moreau", id="fr-title-two-words-then-body"),
        pytest.param(("Visite au camp de Gao",
                      "Le secrétaire général adjoint de l'ONU chargé de l'appui, Jean Moreau, a visité lundi le camp de Gao.",
                      "Le secrétaire général adjoint de l'ONU a indiqué que la route serait rouverte."),
                     "Jean Moreau", id="fr-title-secretaire-general-adjoint"),
    ],
)
def test_a_title_holding_its_body_stands_for_the_person_introduced_with_it(paragraphs, speaker):
    assert last_speaker(*paragraphs) == speaker


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        pytest.param(("Engineers at the camp", "Maria Kowalska visited the camp of the engineers on Monday.",
                      "Noting that Action for Peacekeeping emphasizes partnerships, she said the mission needed more engineers."),
                     "Maria Kowalska", id="en-initiative-emphasizes-she-said"),
        pytest.param(("Engineers at the camp", "John Carter visited the camp of the engineers on Monday.",
                      "Recalling the Elsie Initiative for Women in Peace Operations emphasizes training, he said more women would serve."),
                     "John Carter", id="en-elsie-initiative-emphasizes-he-said"),
    ],
)
def test_an_initiative_is_never_the_speaker(paragraphs, speaker):
    assert last_speaker(*paragraphs) == speaker
