"""One happening told by several articles, in several languages, is one event
(events.same_event, registry.merge_event); sentences are our own."""
from __future__ import annotations

import pytest
import yaml

from conftest import new_project, run
from newsdossier.datevalue import PartialDate
from newsdossier.events import EventFinding, kinds_agree, places_agree, same_event


def _finding(kind: str, day: int = 10, place: str = "Aguelhok") -> EventFinding:
    return EventFinding(kind=kind, label=kind, sentence="", start=PartialDate(2020, 5, day), place=place, place_code="ML")


def _event(kind: str, day: int = 10, place: str = "Aguelhok") -> dict:
    return {"kind": kind, "date": f"2020-05-{day:02d}", "place": place, "country": "ML"}


@pytest.mark.parametrize(("a", "b", "agree"), [
    pytest.param("attack", "attack", True, id="same-kind"),
    pytest.param("attack", "casualty", True, id="an-attack-and-its-dead"),
    pytest.param("casualty", "attack", True, id="either-way-round"),
    pytest.param("rotation", "deployment", True, id="a-rotation-told-as-a-deployment"),
    pytest.param("meeting", "conference", True, id="a-conference-told-as-a-meeting"),
    pytest.param("attack", "meeting", False, id="an-attack-is-no-meeting"),
    pytest.param("ceremony", "casualty", False, id="a-ceremony-is-no-casualty"),
    pytest.param("appointment", "visit", False, id="kinds-in-no-family"),
])
def test_kinds_agree(a, b, agree):
    assert kinds_agree(a, b) is agree


@pytest.mark.parametrize(("event", "finding", "same"), [
    pytest.param(_event("attack"), _finding("casualty"), True, id="same-day-place-kindred-kinds"),
    pytest.param(_event("attack"), _finding("casualty", day=11), False, id="another-day"),
    pytest.param(_event("attack"), _finding("casualty", place="Gao"), False, id="another-place"),
    pytest.param(_event("meeting"), _finding("casualty"), False, id="unrelated-kinds"),
])
def test_same_event(event, finding, same):
    assert same_event(event, finding) is same


@pytest.mark.parametrize(("date", "start", "same"), [
    # "Ghanaian troops were deployed to southern Lebanon in 1979" (one report) and "The first
    # Ghanaian battalion was deployed to Lebanon in August" (another, its year unknown): a
    # month of an open year shares nothing sure with a bare year
    pytest.param("1979", PartialDate(None, 8), False, id="open-year-month-meets-bare-year"),
    pytest.param("XXXX-08", PartialDate(1979), False, id="bare-year-meets-open-year-month"),
    pytest.param("1979-08", PartialDate(None, 8), True, id="open-year-meets-its-month"),
    pytest.param("1979", PartialDate(1979, 8), True, id="a-year-meets-its-month"),
])
def test_an_open_year_meets_no_bare_year(date, start, same):
    event = {"kind": "deployment", "date": date, "place": "Lebanon", "country": "LB"}
    finding = EventFinding(kind="deployment", label="deployment", sentence="", start=start, place="Lebanon", place_code="LB")
    assert same_event(event, finding) is same


REPORTS = {
    "en.txt": "Peacekeepers killed near Aguelhok\n\nBAMAKO, 12 May 2020 (AFP) - Three Chadian peacekeepers were killed on "
              "Sunday when their convoy was attacked near Aguelhok in northern Mali, the United Nations said.\n",
    "fr.txt": "Trois casques bleus tués au Mali\n\nBAMAKO, 12 mai 2020 (AFP) - Trois casques bleus tchadiens ont été tués "
              "dimanche dans l'attaque de leur convoi près d'Aguelhok, dans le nord du Mali, a annoncé l'ONU.\n",
    "es.txt": "Tres cascos azules muertos en Malí\n\nBAMAKO, 12 may 2020 (EFE) - Tres cascos azules chadianos murieron el "
              "domingo en un ataque contra su convoy cerca de Aguelhok, en el norte de Malí, informó la ONU.\n",
}


@pytest.mark.parametrize("names", [
    pytest.param(["en.txt", "fr.txt"], id="english-and-french"),
    pytest.param(["en.txt", "es.txt"], id="english-and-spanish"),
    pytest.param(["fr.txt", "es.txt"], id="french-and-spanish"),
    pytest.param(["en.txt", "fr.txt", "es.txt"], id="three-languages"),
])
def test_one_happening_in_several_languages_is_one_event(tmp_path, names):
    seeds = tmp_path / "in"
    seeds.mkdir()
    for name in names:
        (seeds / name).write_text(REPORTS[name], encoding="utf-8")
    project = new_project(tmp_path / "project", seeds)
    run("newsdossier", "normalize", cwd=project, check=True)
    events = yaml.safe_load((project / "data" / "events.yaml").read_text(encoding="utf-8")) or []
    on_the_day = [e for e in events if e["date"] == "2020-05-10"]
    assert len(on_the_day) == 1, [e["id"] for e in events]
    assert sorted(on_the_day[0]["articles"]) == sorted(name.removesuffix(".txt") for name in names)


@pytest.mark.parametrize(("a", "b", "agree"), [
    pytest.param(("Aguelhok", "ML"), ("Aguelhok", "ML"), True, id="same-town"),
    pytest.param(("Mali", "ML"), ("Aguelhok", "ML"), True, id="the-country-and-a-town-in-it"),
    pytest.param(("Aguelhok", "ML"), ("Mali", "ML"), True, id="a-town-and-its-country"),
    pytest.param(("Aguelhok", "ML"), ("Gao", "ML"), False, id="two-towns-of-one-country"),
    pytest.param(("Aguelhok", "ML"), ("Niamey", "NE"), False, id="two-countries"),
    pytest.param(("Aguelhok", "ML"), (None, None), True, id="one-place-unknown"),
])
def test_places_agree(a, b, agree):
    assert places_agree(*a, *b) is agree


def _with(event: dict, **values) -> dict:
    return {**event, **values}


@pytest.mark.parametrize(("event", "finding", "same"), [
    pytest.param(_with(_event("deployment"), actors=["benin"]),
                 EventFinding("happening", "Happening", "", start=PartialDate(2020, 5, 10), place="Aguelhok", place_code="ML", actors=["benin"]),
                 True, id="a-happening-on-the-day-and-place-with-a-shared-actor"),
    pytest.param(_with(_event("deployment"), actors=["benin"]),
                 EventFinding("happening", "Happening", "", start=PartialDate(2020, 5, 10), place="Aguelhok", place_code="ML", actors=["togo"]),
                 False, id="no-shared-actor"),
    pytest.param(_with(_event("deployment"), actors=["benin"]),
                 EventFinding("happening", "Happening", "", start=PartialDate(2020, 5), place="Aguelhok", place_code="ML", actors=["benin"]),
                 False, id="a-month-is-not-enough"),
    pytest.param(_with(_event("deployment"), actors=["benin"]),
                 EventFinding("happening", "Happening", "", start=PartialDate(2020, 5, 10), actors=["benin"]),
                 False, id="no-place"),
])
def test_a_happening_of_no_listed_kind_joins_another_reports_event(event, finding, same):
    assert same_event(event, finding) is same


@pytest.mark.parametrize(("first", "second"), [
    pytest.param("deployment", "happening", id="a-happening-after-a-deployment"),
    pytest.param("happening", "deployment", id="a-deployment-after-a-happening"),
])
def test_the_registry_joins_a_happening_to_another_reports_event(first, second):
    """registry.merge_event looks only at the events whose kind may tell the same happening
    (Registry.of_kinds): a happening of no listed kind must be among them, as same_event says."""
    from newsdossier.registry import Registry, merge_event

    def finding(kind: str) -> EventFinding:
        return EventFinding(kind, kind.title(), "", start=PartialDate(2020, 5, 10), place="Aguelhok", place_code="ML", actors=["benin"])

    events = Registry()
    one = merge_event(events, finding(first), "article-1", ["benin"], [])
    two = merge_event(events, finding(second), "article-2", ["benin"], [])
    assert one == two
    assert len(events.entries) == 1
