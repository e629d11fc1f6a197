"""A reporter relaying another's words ("Radio X reported citing the ministry", "citant",
"citando a") gives the words to the one cited, whether or not the reporter is a listed
outlet; an institution's press office (sources.yaml kind press_office) is a body speaking,
not an outlet, and "the military's media wing" stands for the press office named before."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker"),
    [
        pytest.param("en", "Two wells of the camp ran dry in May, Radio Horizon reported citing Amnesty International.",
                     "Amnesty International", id="en-unlisted-reporter-citing"),
        pytest.param("fr", "Deux puits du camp se sont taris en mai, a rapporté Radio Horizon citant Amnesty International.",
                     "Amnesty International", id="fr-citant"),
        pytest.param("es", "Dos pozos del campamento se secaron en mayo, informó Radio Horizonte citando a Amnistía Internacional.",
                     "Amnesty International", id="es-citando-a"),
        pytest.param("en", "Two wells of the camp ran dry in May, the Daily Courier reported, quoting the Inter-Services Public Relations.",
                     "Inter-Services Public Relations", id="en-quoting-a-press-office"),
    ],
)
def test_a_relayed_source_is_the_speaker(language, paragraph, speaker):
    assert [q.speaker for q in quotes_of(language, paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("en", ("The Inter-Services Public Relations said on Sunday that a patrol was ambushed near the river.",
                            "According to the military's media wing, two soldiers were wounded."),
                     "Inter-Services Public Relations", id="en-media-wing"),
        pytest.param("en", ("The Inter-Services Public Relations said on Sunday that a patrol was ambushed near the river.",
                            "Two soldiers were wounded, the army's press office said."),
                     "Inter-Services Public Relations", id="en-press-office"),
        pytest.param("fr", ("L'Inter-Services Public Relations a indiqué dimanche qu'une patrouille avait été prise en embuscade.",
                            "Selon le service de presse de l'armée, deux soldats ont été blessés."),
                     "Inter-Services Public Relations", id="fr-service-de-presse"),
    ],
)
def test_a_press_wing_word_stands_for_the_press_office_named_before(language, paragraphs, speaker):
    quotes = quotes_of(language, *paragraphs)
    assert quotes[-1].speaker == speaker, quotes


def test_a_press_wing_word_with_no_press_office_named_is_no_ones():
    quotes = quotes_of("en", "According to the military's media wing, two soldiers were wounded.")
    assert [q.speaker for q in quotes] == [""]
