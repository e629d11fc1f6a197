"""A capital whose name is also a common word of the article's language ("Paris", bets, in
French; "Lima", a file, in Spanish) opening a sentence as the subject of a state's act, alone
or joined to other capitals ("Paris a condamné", "Paris et Rome ont annoncé", "Lima condenó"):
the city, and the country it stands for (vocabulary "capital_state_acts"). A vote with no
direction ("Bamako a voté dans le calme": the city's voters) is no state's act, a vote for or
against is ("Moscow voted against"). Sentences written for this test."""
import pytest

from newsdossier.extract import extract

HEAD = {"en": "Council split\nMarch 4, 2024\n", "fr": "Crise\n4 mars 2024\n", "es": "Crisis\n4 de marzo de 2024\n"}

CASES = [
    ("fr", "Paris a condamné l'attaque contre les casques bleus de la Minusma.", {"France"}),
    ("fr", "Paris et Rome ont annoncé dimanche l'envoi de renforts à la mission.", {"France", "Italy"}),
    ("fr", "Paris salue la décision du Conseil de sécurité de prolonger le mandat.", {"France"}),
    ("es", "Lima condenó el ataque y pidió una investigación.", {"Peru"}),
    ("fr", "Les paris sont ouverts sur l'issue du vote au Conseil.", set()),
    ("fr", "Paris sportifs : les mises ont doublé cette année.", set()),
    ("fr", "Dimanche, Bamako a voté dans le calme, selon les observateurs.", set()),
    ("en", "On Sunday, Bamako voted calmly, observers said.", set()),
    ("es", "El domingo, Bangui votó con calma, según los observadores.", set()),
    ("en", "Moscow voted against the resolution, while Washington abstained.", {"Russia", "United States"}),
    ("fr", "Moscou a voté contre la résolution.", {"Russia"}),
    ("es", "Moscú votó en contra de la resolución.", {"Russia"}),
    # a vote told with what it was for ("voted to"): the state's act
    ("en", "Beijing voted to renew the force's mandate.", {"China"}),
    ("en", "Moscow and Beijing voted to block the resolution.", {"Russia", "China"}),
]


@pytest.mark.parametrize("language, sentence, countries", CASES, ids=[c[1][:40] for c in CASES])
def test_capital_word_opening(language, sentence, countries):
    found = extract(HEAD[language] + sentence).entities.values()
    assert {f.name for f in found if f.kind == "country"} == countries
