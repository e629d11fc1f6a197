"""Events: a lead opening on a dateline that prints its own day ("Gao, 3 March 2024 - ...",
"Bukavu, le 3 mars 2024 - ...", "Juba, 3 de marzo de 2024 - ...") tells the news of that day,
even when the page is dated later (a press release posted days after, a republication): the
lead's happening with no day of its own takes the dateline's day, not the page's
(events.find_events lead_day). Sentences written for this test."""
import pytest

from newsdossier.evaluate import _with_date
from newsdossier.extract import extract

CASES = [
    pytest.param("Helicopter unit honoured\n\nGao, 3 March 2024 - Sixty members of the helicopter unit were awarded "
                 "the United Nations Medal for their service in the region.\n\nThe ceremony ended with a shared meal.",
                 "en", "2024-03-03", id="en-dateline-day"),
    pytest.param("Médailles pour les casques bleus\n\nBukavu, le 3 mars 2024 - Soixante soldats du bataillon ont reçu "
                 "la médaille des Nations Unies pour leur engagement.\n\nLa cérémonie s'est achevée par un repas.",
                 "fr", "2024-03-03", id="fr-dateline-day"),
    pytest.param("Medallas para los cascos azules\n\nJuba, 3 de marzo de 2024 - Sesenta soldados del batallón recibieron "
                 "la medalla de las Naciones Unidas por su servicio.\n\nLa ceremonia terminó con una comida.",
                 "es", "2024-03-03", id="es-dateline-day"),
]


@pytest.mark.parametrize("text, language, day", CASES)
def test_the_lead_takes_the_day_its_dateline_prints(text, language, day):
    dates = [str(ev.date) for ev in extract(text, _with_date(None, "2024-03-12")).events]
    assert day in dates and "2024-03-12" not in dates, dates


def test_a_lead_with_its_own_day_keeps_it():
    text = ("Convoy attacked\n\nGao, 3 March 2024 - On 1 March, gunmen attacked a United Nations convoy near the "
            "town, wounding two peacekeepers.\n\nThe mission condemned the attack.")
    dates = [str(ev.date) for ev in extract(text, _with_date(None, "2024-03-12")).events]
    assert "2024-03-01" in dates and "2024-03-03" not in dates, dates
