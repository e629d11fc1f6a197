"""Events: a lead opening on a dateline that prints its own day ("Gao, 3 March 2024 - ...",
"Bukavu, le 3 mars 2024 - ...", "Juba, 3 de marzo de 2024 - ...") tells the news of that day,
even when the page is dated later (a press release posted days after, a republication): the
lead's happening with no day of its own takes the dateline's day, not the page's, and the
dispatch's relative days count from it (extract._dateline_day, the anchor of events.find_events). Sentences written for this test."""
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


# The dispatch's own "today", "yesterday", "on Saturday" count from its dateline's day, as its
# undated lead does: one day for the whole dispatch, never the later page's.
RELATIVE = [
    pytest.param("Camp visited\n\nMopti, 8 May 2023 - The head of the mission visited the camp of the engineering "
                 "company yesterday.\n\nShe met the commander.", "en", "2023-05-07", id="en-yesterday"),
    pytest.param("Camp visited\n\nMopti, 8 May 2023 - The head of the mission visited the camp of the engineering "
                 "company on Saturday.\n\nShe met the commander.", "en", "2023-05-06", id="en-saturday"),
    pytest.param("Visite au camp\n\nBunia, le 8 mai 2023 - La cheffe de la mission a visité hier le camp de la "
                 "compagnie du génie.\n\nElle a rencontré le commandant.", "fr", "2023-05-07", id="fr-hier"),
    pytest.param("Visita al campamento\n\nMalakal, 8 de mayo de 2023 - La jefa de la misión visitó hoy el campamento "
                 "de la compañía de ingenieros.\n\nSe reunió con el comandante.", "es", "2023-05-08", id="es-hoy"),
    pytest.param("Visite au camp\n\nBunia, le 8 mai 2023 - La cheffe de la mission a visité ce matin le camp de la "
                 "compagnie du génie.\n\nElle a rencontré le commandant.", "fr", "2023-05-08", id="fr-ce-matin"),
]


@pytest.mark.parametrize("text, language, day", RELATIVE)
def test_the_dispatch_counts_its_relative_days_from_its_dateline(text, language, day):
    dates = [str(ev.date) for ev in extract(text, _with_date(None, "2023-05-16")).events]
    assert dates and all(d == day for d in dates), dates


# A dateline printing a day without its year, on a page of the first days of the next year:
# the dispatch is of the year before, never left for the page's day.
@pytest.mark.parametrize("text, language, page, day", [
    pytest.param("Camp visited\n\nMopti, 29 December - The head of the mission visited the camp of the engineering "
                 "company.\n\nShe met the commander.", "en", "2024-01-04", "2023-12-29", id="en-december"),
    pytest.param("Visite au camp\n\nBunia, le 30 décembre - La cheffe de la mission a visité le camp de la "
                 "compagnie du génie.\n\nElle a rencontré le commandant.", "fr", "2024-01-03", "2023-12-30", id="fr-decembre"),
    pytest.param("Visita al campamento\n\nMalakal, 31 dic (EFE).- La jefa de la misión visitó el campamento "
                 "de la compañía de ingenieros.\n\nSe reunió con el comandante.", "es", "2024-01-02", "2023-12-31", id="es-diciembre"),
])
def test_a_yearless_dateline_day_after_the_page_is_of_the_year_before(text, language, page, day):
    dates = [str(ev.date) for ev in extract(text, _with_date(None, page)).events]
    assert day in dates and page not in dates, dates
