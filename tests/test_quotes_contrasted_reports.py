"""Two reports in one sentence, joined by a conjunction of contrast after a comma ("X said...,
while Y said...", "X a affirmé..., tandis que Y a assuré...", "X dijo..., mientras que Y
señaló...", "X cho biết..., trong khi Y nói..."): each part is a quote of its own speaker. A
clause of the conjunction with no subject of its own, or one a pronoun stands for, stays one
quote. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from test_quotes import quotes_of


@pytest.mark.parametrize(
    "language, paragraph, first, second",
    [
        pytest.param("en", "UNMISS said the road to Bor was closed by the rains, while the Ministry of Defence of South Sudan said it was open.",
                     "UNMISS", "Ministry of Defence of South Sudan", id="en-while"),
        pytest.param("en", "UNIFIL said a shell hit the post near Naqoura, whereas Israel's military said it had fired at militants.",
                     "UNIFIL", "Israel Defense Forces", id="en-whereas"),
        pytest.param("en", "\u201cThe camp is calm tonight,\u201d said Maria Kowalska, while UNMISS said the road was closed.",
                     "Maria Kowalska", "UNMISS", id="en-quotation-then-while"),
        pytest.param("fr", "La Finul a affirmé que le poste avait été touché, tandis que l'armée israélienne a assuré qu'elle visait des combattants.",
                     "UNIFIL", "Israel Defense Forces", id="fr-tandis-que"),
        pytest.param("fr", "Jean Moreau a indiqué que la route était fermée, alors que la Minusma a affirmé qu'elle était ouverte.",
                     "Jean Moreau", "MINUSMA", id="fr-alors-que"),
        pytest.param("es", "La Finul dijo que el puesto fue alcanzado, mientras que el Ejército de Israel señaló que disparó contra milicianos.",
                     "UNIFIL", "Israel Defense Forces", id="es-mientras-que"),
        # the incise between dashes kept as printed in the first part
        pytest.param("es", "Los observadores —dijo Carlos Ortega— vendrán mañana, mientras que la Finul señaló que el puesto fue alcanzado.",
                     "Carlos Ortega", "UNIFIL", id="es-dash-incise"),
        pytest.param("vi", "UNIFIL cho biết trạm gác bị trúng đạn, trong khi quân đội Israel nói rằng họ đã bắn vào các tay súng.",
                     "UNIFIL", "Israel Defense Forces", id="vi-trong-khi"),
    ],
)
def test_each_report_goes_to_its_own_speaker(language, paragraph, first, second):
    quotes = quotes_of(language, paragraph)
    assert [q.speaker for q in quotes] == [first, second], quotes
    assert quotes[0].sentence in paragraph and quotes[1].sentence in paragraph
    assert quotes[0].sentence != quotes[1].sentence


@pytest.mark.parametrize(
    "language, paragraph",
    [
        # no subject of its own: the first speaker goes on
        pytest.param("en", "Maria Kowalska said the camp was calm, but added that the road was closed.", id="en-no-subject"),
        # a pronoun standing for the first speaker
        pytest.param("fr", "Jean Moreau a dit que le camp était calme, mais il a ajouté que la route était fermée.", id="fr-pronoun"),
        # no speech verb in the clause: a circumstance of the report
        pytest.param("en", "Maria Kowalska said the camp was calm, while the wells in Bor were dry.", id="en-no-verb"),
    ],
)
def test_one_speaker_stays_one_quote(language, paragraph):
    quotes = quotes_of(language, paragraph)
    assert len(quotes) == 1 and quotes[0].sentence == paragraph, quotes
