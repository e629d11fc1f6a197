"""The imperfect of a speech verb reports words as its perfect does: features and portraits
tell the background of a story with it ("« ... », expliquait-il", "X affirmait alors que...",
"explicaba el coronel que..."), and a verb of remembering in it honours someone when a person
is its object ("recordaba a los caídos"). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    ("language", "paragraphs", "speaker"),
    [
        pytest.param("fr", ["Le général Ousmane Tiendrebeogo Kaboré dirigeait la force à Ménaka.",
                            "« La piste restera ouverte », expliquait-il aux villageois."],
                     "Ousmane Tiendrebeogo Kaboré", id="fr-inverted-pronoun"),
        pytest.param("fr", ["La commissaire Aminata Sylla Touré est arrivée à Bangassou.",
                            "La commissaire Aminata Sylla Touré affirmait alors que les patrouilles reprendraient."],
                     "Aminata Sylla Touré", id="fr-subject-before-que"),
        pytest.param("fr", ["Le capitaine Bertrand Mbemba Nsona a quitté Kalemie.",
                            "Il racontait que la saison des pluies avait coupé la route."],
                     "Bertrand Mbemba Nsona", id="fr-pronoun-subject"),
        pytest.param("es", ["El teniente Rodrigo Salcedo Vera llegó a Naqoura.",
                            "El teniente Rodrigo Salcedo Vera explicaba que la base tenía agua."],
                     "Rodrigo Salcedo Vera", id="es-subject-before-que"),
        pytest.param("es", ["La mayor Lucía Ferreyra Godoy dirigía la clínica de Bentiu.",
                            "«Aquí nadie se queda sin atención», decía la mayor Lucía Ferreyra Godoy."],
                     "Lucía Ferreyra Godoy", id="es-inverted-after-quotation"),
    ],
)
def test_the_imperfect_of_a_speech_verb_reports(language, paragraphs, speaker):
    quotes = [q for q in quotes_of(language, *paragraphs) if q.sentence.startswith(paragraphs[-1][:20])]
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        pytest.param("fr", "Le panneau indiquait la route de Kidal aux chauffeurs du convoi.", id="fr-a-sign-shows-a-road"),
        pytest.param("fr", "Ce paysage rappelait aux casques bleus les collines de leur pays.", id="fr-a-place-recalls"),
        pytest.param("es", "El coronel Rodrigo Salcedo Vera recordaba a los caídos de la misión.", id="es-honours-the-fallen"),
    ],
)
def test_the_imperfect_without_words_said_is_no_quote(language, paragraph):
    assert quotes_of(language, paragraph) == []
