"""A day printed after a word that puts it in the article's own time ("ce 9 mai", "este 9 de
mayo"; vocabulary this_day_words) with no weekday, anywhere in the article's prose, is the
article's own day: the text says which day it is written on (its year, as for any day the
text gives as its own, from a day printed near it with a year). A weekday is not needed (it was
before, outside the lead's opening words); a day in a clause about the future, one that comes
back every year, one after a deadline word or one in a quotation (the speaker's time) is
still none. Every sentence is written for
these tests."""
from __future__ import annotations

import datetime

import pytest

from newsdossier.extract import extract

TODAY = datetime.date(2026, 12, 1)


def dates(text: str) -> tuple[str, str]:
    extraction = extract(text, today=TODAY)
    return extraction.fields["date"], extraction.determined_date


@pytest.mark.parametrize(
    ("text", "date", "in_text"),
    [
        pytest.param("Marins blessés\n\nDeux marins du bac ont été blessés le 8 mai 2017 près de l'ancien embarcadère. "
                     "« Ils sont hors de danger », a précisé ce 9 mai la capitainerie dans un communiqué.\n\nUne enquête est ouverte.",
                     "2017-05-09", "2017-05-09", id="fr-ce-day"),
        pytest.param("Marineros heridos\n\nDos marineros del ferry resultaron heridos el 8 de mayo de 2017 junto al viejo muelle. "
                     "«Están fuera de peligro», precisó este 9 de mayo la autoridad portuaria en un comunicado.\n\nSe abrió una investigación.",
                     "2017-05-09", "2017-05-09", id="es-este-day"),
        pytest.param("Marins blessés\n\nDeux marins du bac ont été blessés près de l'ancien embarcadère, a confirmé ce 9 mai "
                     "la capitainerie, qui a ouvert une enquête.\n\nLe bac reste à quai.",
                     "XXXX-05-09", "XXXX-05-09", id="fr-ce-day-no-year"),
        pytest.param("Marins blessés\n\nLa capitainerie a indiqué ce 9 mai 2017 que deux marins du bac avaient été blessés "
                     "quand une amarre a cédé près de l'ancien embarcadère.\n\nUne enquête est ouverte.",
                     "2017-05-09", "2017-05-09", id="fr-ce-day-with-year"),
        pytest.param("Marineros heridos\n\nLa autoridad portuaria informó este 3 de marzo de 2021 que dos marineros resultaron "
                     "heridos el 1 de marzo de 2021 cuando se rompió una amarra.\n\nSe abrió una investigación.",
                     "2021-03-03", "2021-03-03", id="es-este-day-after-an-earlier-day"),
    ],
)
def test_a_day_put_in_the_articles_time_is_its_own(text, date, in_text):
    assert dates(text) == (date, in_text)


@pytest.mark.parametrize(
    ("text", "date", "in_text"),
    [
        # (must not change) a day in a clause about the future is no article's day
        pytest.param("Cérémonie au port\n\nLe port a rouvert le 8 mai 2017 après des travaux. La cérémonie d'inauguration "
                     "aura lieu ce 20 mai en présence du maire.\n\nLe public est invité.",
                     "2017-05-08", "", id="fr-future"),
        # in a quotation the day is the speaker's time, not the writer's (a quotation opening
        # the lead was read as the writer's day before); the best estimate keeps the day
        pytest.param("Marineros heridos\n\n«Este 9 de mayo, dos marineros del ferry resultaron heridos junto al viejo "
                     "muelle», indicó la autoridad portuaria en un comunicado.\n\nSe abrió una investigación.",
                     "XXXX-05-09", "", id="es-quoted"),
        # (must not change) a day after a deadline word is no article's day
        pytest.param("Inscriptions au port\n\nLa capitainerie a ouvert les inscriptions le 8 mai 2017. Les marins peuvent "
                     "s'inscrire jusqu'à ce 20 mai au bureau du port.\n\nLe formulaire est en ligne.",
                     "2017-05-08", "", id="fr-deadline"),
    ],
)
def test_a_day_the_text_does_not_give_as_its_own_stays_out(text, date, in_text):
    assert dates(text) == (date, in_text)
