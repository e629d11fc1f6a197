"""French guillemets are printed with a space inside them ("« Le convoi est rentré »"), often
a no-break or narrow no-break space. A sentence that opens on such a guillemet after a full stop
is a sentence of its own, and so is one that follows a stop closed by a spaced guillemet
("... rentré. » Le chef a ajouté"): each quotation then gets its own speaker, instead of the
first sentence's speaker (or nobody) taking the whole paragraph. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract
from newsdossier.text import split_sentences


@pytest.mark.parametrize(
    "paragraph, parts",
    [
        pytest.param("« Le convoi est rentré », a indiqué la mission. « Nul n'a été blessé », a ajouté le chef.",
                     ["« Le convoi est rentré », a indiqué la mission.", "« Nul n'a été blessé », a ajouté le chef."],
                     id="space"),
        pytest.param("« Le convoi est rentré », a indiqué la mission. «\u00a0Nul n'a été blessé\u00a0», a ajouté le chef.",
                     ["« Le convoi est rentré », a indiqué la mission.", "«\u00a0Nul n'a été blessé\u00a0», a ajouté le chef."],
                     id="no-break-space"),
        pytest.param("Le chef « salue le travail des soldats ». «\u202fIls sont rentrés\u202f», a-t-il dit.",
                     ["Le chef « salue le travail des soldats ».", "«\u202fIls sont rentrés\u202f», a-t-il dit."],
                     id="narrow-no-break-space"),
        pytest.param("Il a dit : « Le convoi est rentré. » La mission a confirmé son retour.",
                     ["Il a dit : « Le convoi est rentré. »", "La mission a confirmé son retour."],
                     id="stop-inside-closing-guillemet"),
    ],
)
def test_a_spaced_guillemet_bounds_a_sentence(paragraph, parts):
    assert split_sentences(paragraph) == parts


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("Il a parlé du « plan de M. Durand » devant la presse.", id="abbreviation-inside"),
        pytest.param("Le texte cite « trois soldats. » et rien de plus.", id="lowercase-after"),
    ],
)
def test_a_guillemet_inside_a_sentence_keeps_it_whole(paragraph):
    assert split_sentences(paragraph) == [paragraph]


@pytest.mark.parametrize(
    "text, speakers",
    [
        pytest.param("BAMAKO - « Un soldat a été blessé », a indiqué la Minusma dans un communiqué. « Cet acte ne nous "
                     "arrêtera pas », a déclaré le chef de la Minusma, Paul Durand.", ["MINUSMA", "Paul Durand"],
                     id="two-speakers"),
        pytest.param("GOMA - « La patrouille est rentrée », a précisé la Monusco. « Personne n'a été touché », a ajouté "
                     "un porte-parole de l'armée congolaise, Jean Kabila.", ["MONUSCO", "Jean Kabila"],
                     id="spokesperson-named"),
    ],
)
def test_each_spaced_guillemet_sentence_has_its_own_speaker(text, speakers):
    assert [q.speaker for q in extract(text, None).quotes] == speakers
