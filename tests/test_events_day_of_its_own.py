"""Events: a day named from the happening told before ("un jour plus tard", "un día más
tarde", "một ngày sau") counts from that happening, not from a telling of it ("a expliqué
mercredi le porte-parole"); an event noun with a definite determiner that sets a day of its
own beside it ("l'attaque, le samedi dernier, d'un convoi") is another happening than the
one told before, while the same noun with no day of its own, or a day of another verb
("the details of the assault remained vague on Friday"), is that one told again. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from eventcases import article_events
from newsdossier.events import find_events

ANCHOR = PartialDate(2021, 4, 14)


def dates_of(sentences: list[str], language: str) -> list[str]:
    return sorted(e.date for e in article_events(sentences, language, ANCHOR))


@pytest.mark.parametrize(
    "sentences, language, expected",
    [
        pytest.param(["Une patrouille a été attaquée le 8 avril près de la rivière.",
                      "Un jour plus tard, un convoi est tombé dans une embuscade près du pont."],
                     "fr", ["2021-04-08", "2021-04-09"], id="fr"),
        pytest.param(["Una patrulla fue atacada el 8 de abril cerca del río.",
                      "Un día más tarde, un convoy cayó en una emboscada cerca del puente."],
                     "es", ["2021-04-08", "2021-04-09"], id="es"),
        pytest.param(["Một đội tuần tra bị tấn công ngày 8/4 gần con sông.",
                      "Một ngày sau, một đoàn xe bị phục kích gần cây cầu."],
                     "vi", ["2021-04-08", "2021-04-09"], id="vi"),
    ],
)
def test_a_day_later_counts_from_the_happening_told_before(sentences, language, expected):
    assert dates_of(sentences, language) == expected


def test_a_day_later_skips_the_telling_told_in_between():
    sentences = ["Une patrouille a été attaquée le 8 avril près de la rivière.",
                 "« La riposte a été rapide », a expliqué le porte-parole de la force au cours d'une conférence de presse le 12 avril.",
                 "Un jour plus tard, un convoi est tombé dans une embuscade près du pont."]
    assert "2021-04-09" in dates_of(sentences, "fr")
    assert "2021-04-13" not in dates_of(sentences, "fr")


@pytest.mark.parametrize(
    "sentences, language, expected",
    [
        pytest.param(["Un soldat a été tué lundi dans l'attaque de sa base près de la rivière.",
                      "Les rebelles avaient repris leurs raids avec l'attaque, le samedi précédent, d'un convoi de camions."],
                     "fr", ["2021-04-10", "2021-04-12"], id="fr-own-day"),
        pytest.param(["A soldier was killed on Monday in an attack on his base near the river.",
                      "The rebels had already struck with the attack on Saturday of a convoy of trucks."],
                     "en", ["2021-04-10", "2021-04-12"], id="en-own-day"),
    ],
)
def test_a_definite_noun_with_a_day_of_its_own_is_another_happening(sentences, language, expected):
    assert dates_of(sentences, language) == expected


@pytest.mark.parametrize(
    "sentences, language, expected",
    [
        pytest.param(["A soldier was killed on Monday in an attack on his base near the river.",
                      "The details of the attack remained vague on Tuesday, the mission said."],
                     "en", ["2021-04-12"], id="en-day-of-another-verb"),
        pytest.param(["A soldier was killed on Monday in an attack on his base near the river.",
                      "The attack was the third on the base this year."],
                     "en", ["2021-04-12"], id="en-no-day"),
    ],
)
def test_a_definite_noun_without_a_day_of_its_own_is_the_same_happening(sentences, language, expected):
    assert dates_of(sentences, language) == expected


def body_dates(sentence: str, language: str) -> list[tuple[str, str]]:
    filler = [("Une phrase sans rien.", []), ("Otra frase sin nada.", []), ("Another one.", []), ("Und noch.", [])]
    told = filler + [(sentence, find_in_sentence(sentence, language))]
    return sorted((e.kind, e.date) for e in find_events(told, ANCHOR, None, language)[0])


@pytest.mark.parametrize(
    "sentence, language, expected",
    [
        pytest.param("The envoy strongly condemned Sunday's ambush of the supply convoy near the river.", "en",
                     [("attack", "2021-04-11")], id="en-weekday"),
        pytest.param("The envoy condemns yesterday's ambush of the supply convoy near the river.", "en",
                     [("attack", "2021-04-13")], id="en-yesterday"),
        pytest.param("Le ministre a condamné l'embuscade de dimanche contre le convoi.", "fr",
                     [("attack", "2021-04-11")], id="fr-after-noun"),
    ],
)
def test_a_statement_about_a_dated_happening_gives_the_happening(sentence, language, expected):
    assert body_dates(sentence, language) == expected


def test_a_founding_participle_after_an_auxiliary_is_the_main_verb():
    sentence = "Under a decree signed in March 2011, the battalion, called the Falcon unit, was formed in May 2012."
    assert "2012-05" in [date for _kind, date in body_dates(sentence, "en")]
