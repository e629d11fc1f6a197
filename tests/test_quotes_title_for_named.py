"""A title or role word standing for the person introduced with it earlier in the article
("dijo el alto funcionario", "Le Représentant spécial de l'ONU déplore que «...»", "the envoy
said", "a ajouté le porte-parole"): that person speaks, and the quote is found. Seen in two
articles of different publishers (a Spanish "el alto funcionario" after a former General
Assembly president was named; a French "Le Représentant spécial ... déplore que «...»" after
the Special Representative was named). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of

CASES = [
    ("es", "Miguel Ortega",
     ["El expresidente de la Asamblea General, Miguel Ortega, visitó ayer la base de los cascos azules en Chipre.",
      '"La misión necesita más recursos para cumplir su mandato", dijo el alto funcionario.']),
    ("es", "Miguel Ortega",
     ["El expresidente de la Asamblea General, Miguel Ortega, visitó ayer la base de los cascos azules en Chipre.",
      '"La misión necesita más recursos", añadió el funcionario.']),
    ("fr", "Paul Ndongo",
     ["Le Représentant spécial du Secrétaire général en Centrafrique, Paul Ndongo, s'est rendu mercredi à Bria.",
      "Le Représentant spécial de l'ONU déplore que «les civils restent la cible des groupes armés dans la région»."]),
    ("fr", "Paul Ndongo",
     ["Le Représentant spécial du Secrétaire général en Centrafrique, Paul Ndongo, s'est rendu mercredi à Bria.",
      "Le Représentant spécial de l'ONU a déclaré que les civils restent la cible des groupes armés."]),
    ("fr", "Paul Ndongo",
     ["Le Représentant spécial du Secrétaire général en Centrafrique, Paul Ndongo, s'est rendu mercredi à Bria.",
      "Le Représentant spécial déplore que «les civils restent la cible des groupes armés»."]),
    ("en", "Maria Lindqvist",
     ["The UN envoy to Sudan, Maria Lindqvist, visited the camp on Monday.",
      '"We will not leave these people alone," the envoy said.']),
    ("fr", "Jean Kaboré",
     ["Le porte-parole de la mission, Jean Kaboré, a confirmé l'attaque dans la soirée.",
      "« Deux soldats ont été blessés et évacués vers Gao », a ajouté le porte-parole."]),
    ("en", "Carla Berti",
     ["UNIFIL spokeswoman Carla Berti said the patrol was hit near the border.",
      '"Nobody was hurt in the incident," the spokeswoman added.']),
]


@pytest.mark.parametrize("language,speaker,paragraphs", CASES)
def test_title_stands_for_the_person_named_with_it(language, speaker, paragraphs):
    quotes = quotes_of(language, *paragraphs)
    last = [q for q in quotes if paragraphs[-1][:25] in q.sentence]
    assert last, "the quote of the last sentence is found"
    assert last[-1].speaker == speaker


def test_a_bare_funcionario_stays_unnamed():
    quotes = quotes_of("es", "El expresidente de la Asamblea General, Miguel Ortega, visitó ayer la base.",
                       '"La misión necesita más recursos", dijo un funcionario que pidió el anonimato.')
    assert quotes[-1].speaker == ""

