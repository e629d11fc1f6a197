"""Events: a sentence with no day of its own whose happening falls a count of days or weeks
after a happening named by a noun with its article ("Three days after the raid, ...", "Deux
jours après l'embuscade, ...", "Dos semanas después del ataque, ...") is dated that many days
after the happening told before, which the noun names again, as "the day after the raid"
already is (tests/test_events_day_after_named_noun.py); a count of months gives the month
that many months on ("Two months after the raid": as "Two months later"). A count after a clause ("hai ngày sau
khi ...") or in a sentence naming a day of its own is left to offset_back. Every sentence here
is written for these tests."""
from __future__ import annotations

import pytest

from newsdossier.datevalue import PartialDate

from eventcases import article_events

ANCHOR = PartialDate(2026, 9, 28)  # a Monday, weeks after what the article tells


@pytest.mark.parametrize(
    "first, second, language, day",
    [
        pytest.param("Militiamen raided the camp on September 3.", "Three days after the raid, the commander visited the camp.",
                     "en", "2026-09-06", id="en-three-days"),
        pytest.param("Militiamen raided the camp on September 3.", "Two weeks after the raid, the Council met in New York.",
                     "en", "2026-09-17", id="en-two-weeks"),
        pytest.param("Militiamen raided the camp on September 3.", "Ten days after the raid, more troops were deployed to the camp.",
                     "en", "2026-09-13", id="en-digits"),
        pytest.param("Des miliciens ont attaqué le camp le 3 septembre.", "Trois jours après l'attaque, le commandant a visité le camp.",
                     "fr", "2026-09-06", id="fr-elided"),
        pytest.param("Des miliciens ont attaqué le camp le 3 septembre.", "Deux semaines après le raid, le Conseil s'est réuni à New York.",
                     "fr", "2026-09-17", id="fr-le-weeks"),
        pytest.param("Le camp a été bombardé le 3 septembre.", "Deux jours après le bombardement, la force a évacué les blessés.",
                     "fr", "2026-09-05", id="fr-bombardement"),
        pytest.param("Milicianos atacaron el campamento el 3 de septiembre.", "Tres días después del ataque, el comandante visitó el campamento.",
                     "es", "2026-09-06", id="es-del"),
        pytest.param("Milicianos atacaron el campamento el 3 de septiembre.", "Dos semanas después de la incursión, el Consejo se reunió en Nueva York.",
                     "es", "2026-09-17", id="es-de-la"),
    ],
)
def test_a_count_after_a_named_happening_counts_from_the_one_told_before(first, second, language, day):
    events = article_events([first, second], language, ANCHOR)
    assert day in [e.date for e in events]


LATER = PartialDate(2026, 12, 15)  # an article months after what it tells


@pytest.mark.parametrize(
    "first, second, language, month",
    [
        pytest.param("Militiamen raided the camp on September 3.", "Two months after the raid, the mission withdrew from the town.",
                     "en", "2026-11", id="en-months"),
        pytest.param("Des miliciens ont attaqué le camp le 3 septembre.", "Deux mois après l'attaque, la mission s'est retirée de la ville.",
                     "fr", "2026-11", id="fr-mois"),
        pytest.param("Milicianos atacaron el campamento el 3 de septiembre.", "Dos meses después del ataque, la misión se retiró de la ciudad.",
                     "es", "2026-11", id="es-meses"),
    ],
)
def test_a_count_of_months_after_a_named_happening_gives_its_month(first, second, language, month):
    events = article_events([first, second], language, LATER)
    assert month in [e.date for e in events]


@pytest.mark.parametrize(
    "first, second, language, wrong",
    [
        # a day of its own: the sentence's happening is that day's, not a count from the one before
        pytest.param("Militiamen raided the camp on September 3.", "Two days after the raid, on Friday, the commander visited the camp.",
                     "en", "2026-09-05", id="en-own-day"),
        pytest.param("Des miliciens ont attaqué le camp le 3 septembre.", "Deux jours après l'attaque, vendredi, le commandant a visité le camp.",
                     "fr", "2026-09-05", id="fr-own-day"),
    ],
)
def test_a_count_in_a_sentence_with_its_own_day_is_not_counted_from_the_one_before(first, second, language, wrong):
    events = article_events([first, second], language, ANCHOR)
    assert wrong not in [e.date for e in events]


@pytest.mark.parametrize(
    "first, second, language, months, wrong",
    [
        # the noun names a happening of another kind than the one told before: the count runs
        # from that other happening, whose day the article has not given
        pytest.param("Militiamen raided the camp on September 3.", "The rebels must withdraw 20 days after the agreement.",
                     "en", False, "2026-09-23", id="en-agreement"),
        pytest.param("Militiamen raided the camp on September 3.", "Peacekeepers are usually deployed within ten days after the Council's vote.",
                     "en", False, "2026-09-13", id="en-vote"),
        pytest.param("Des miliciens ont attaqué le camp le 3 septembre.", "Les rebelles doivent se retirer 20 jours après l'accord de paix.",
                     "fr", False, "2026-09-23", id="fr-accord"),
        pytest.param("Milicianos atacaron el campamento el 3 de septiembre.", "Los rebeldes deben retirarse 20 días después de la firma del acuerdo.",
                     "es", False, "2026-09-23", id="es-firma"),
        pytest.param("Militiamen raided the camp on September 3.", "Two months after the agreement, the rebels withdrew from the town.",
                     "en", True, "2026-11", id="en-months-agreement"),
    ],
)
def test_a_count_after_a_happening_of_another_kind_is_not_counted_from_the_one_before(first, second, language, months, wrong):
    events = article_events([first, second], language, LATER if months else ANCHOR)
    assert wrong not in [e.date for e in events]
