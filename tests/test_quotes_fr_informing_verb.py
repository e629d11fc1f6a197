"""Quotes: French "informe que" / "a informé que" reports what was told, as "indique que" does
(quotes.yaml speech_verbs), only with the clause told after it (verbs_needing_complement:
"informe la population des travaux" says nothing). Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from newsdossier.extract import extract


def speakers_of(text: str) -> list[str]:
    return [q.speaker for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param("GAO - Le porte-parole de la mission, Paul Kabeya informe que deux casques bleus ont été blessés près de Gao.",
                     "Paul Kabeya", id="present-after-apposition"),
        pytest.param("GAO - La Minusma a informé que le convoi était arrivé à Gao lundi soir.", "MINUSMA", id="perfect-body"),
        pytest.param("GAO - Les chefs de la Minusma informent que le convoi est arrivé à Gao.", "MINUSMA", id="present-plural"),
    ],
)
def test_informing_with_a_clause_reports(text, speaker):
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("GAO - La Minusma informe la population de Gao des travaux sur la route.", id="informs-someone-of-a-thing"),
        pytest.param("GAO - Le colonel Paul Kabeya a informé les chefs de village de la fin des travaux.", id="perfect-someone-of-a-thing"),
        # the passive and the participle: the one told, not the one telling
        pytest.param("GAO - Le colonel Paul Kabeya a été informé que deux casques bleus avaient été blessés près de Gao.",
                     id="passive-was-informed"),
        pytest.param("GAO - Le colonel Paul Kabeya, informé que le convoi était attaqué, a envoyé deux patrouilles vers Gao.",
                     id="participle-aside"),
    ],
)
def test_informing_someone_of_a_thing_reports_nothing(text):
    assert speakers_of(text) == []
