"""The roles normalize writes into data/actors.yaml, and the participants it writes into
data/events.yaml, follow the machine: a role no article's extraction finds any more (its
sentence gone from the seed, the seed deleted, the extractor changed) leaves the registry,
while a role a person typed or commented stays, and so does one another article still gives.
A candidate event no article reports any more goes, unless a person confirmed or commented it.
An incremental run ends with the data a run from no data/ makes. The seeds are written here (a
small project of their own), not taken from the example corpus."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from ruamel.yaml.comments import CommentedMap

import newsdossier.normalize as normalize_module
from newsdossier.normalize import normalize
from newsdossier.merge import machine_record, merge_article
from newsdossier.corpus import load_corpus
from newsdossier.store import Project, article_text, parse_yaml, read_registry, split_front_matter

from conftest import new_project

OPENING = "Defence Minister Kwame Osei opened the meeting.\n\n"
SEEDS = {
    "alpha.txt": (
        "Ghana hosts talks on peacekeeping training\n\n"
        "ACCRA, 3 March 2021 - Delegates from twelve countries met in Accra on Wednesday to discuss peacekeeping training.\n\n"
        + OPENING +
        "Kwame Osei said the training centres of West Africa needed more instructors.\n\n"
        "Ambassador Helena Marsh, the head of the British delegation, welcomed the plan.\n"
    ),
    "beta.txt": (
        "Instructors trained for peacekeeping in West Africa\n\n"
        "LONDON, 5 March 2021 - British Ambassador Helena Marsh said on Friday that her country would send ten instructors "
        "to the training centre near Accra.\n\n"
        "Kwame Osei thanked the donors.\n"
    ),
    "gamma.txt": (
        "Training centre opens new course\n\n"
        "ACCRA, 9 March 2021 - Defence Minister Kwame Osei visited the training centre on Tuesday to open its new course for staff officers.\n\n"
        "The course lasts six weeks.\n"
    ),
}
SEEDS["delta.txt"] = (
    "Ghana and Britain talk about peacekeeping training\n\n"
    "ACCRA, 3 March 2021 - Ghana and the United Kingdom held talks in Accra on Wednesday on training peacekeepers.\n\n"
    "Ambassador Helena Marsh said ten instructors would come.\n"
)
SEEDS["epsilon.txt"] = (
    "Peacekeepers honoured in Accra\n\n"
    "ACCRA, 12 April 2021 - Ghana honoured forty peacekeepers at a ceremony in Accra on Monday.\n\n"
    "The soldiers had served in South Sudan.\n"
)
CEREMONY = "ACCRA, 12 April 2021 - Ghana honoured forty peacekeepers at a ceremony in Accra on Monday."
SECOND_PARTY = "Ghana and the United Kingdom held talks"  # the event's sentence names two participants
PERSON = "kwame-osei"
ROLE = "Defence Minister"


def make_project(folder: Path, names=("alpha.txt", "beta.txt"), seeds: dict | None = None) -> Path:
    """A project holding the named seeds (of SEEDS, or of `seeds`), and no data/ yet."""
    written = folder / "written-seeds"
    written.mkdir(parents=True)
    files = []
    for name in names:
        (written / name).write_text((seeds or SEEDS)[name], encoding="utf-8")
        files.append(written / name)
    return new_project(folder / "project", files)


def run(project: Path) -> list[str]:
    lines: list[str] = []
    report = normalize(Project(project), log=lines.append)
    assert report.ok, lines
    return lines


def roles(project: Path, actor_id: str = PERSON) -> list[str]:
    entry = next(e for e in read_registry(project / "data" / "actors.yaml") if e["id"] == actor_id)
    return list(entry.get("roles") or [])


def without_opening(project: Path) -> None:
    """The seed edited so that the sentence giving the role is gone (the person still named)."""
    seed = project / "seeds" / "alpha.txt"
    text = seed.read_text(encoding="utf-8")
    assert OPENING in text
    seed.write_text(text.replace(OPENING, ""), encoding="utf-8")


def without_roles_before_names(monkeypatch) -> None:
    """The extractor changed as a new rule would change it: its version stamp differs and it no
    longer reads a title printed before a name as the person's role."""
    monkeypatch.setattr(normalize_module, "EXTRACTOR_VERSION", "a-changed-rule")
    original = normalize_module.extract

    def changed(text, known=None):
        extraction = original(text, known)
        for key, found in list(extraction.entities.items()):
            if found.kind == "person" and found.role:
                extraction.entities[key] = dataclasses.replace(found, role=None)
        return extraction

    monkeypatch.setattr(normalize_module, "extract", changed)


def edit_actors(project: Path, change) -> None:
    path = project / "data" / "actors.yaml"
    text = path.read_text(encoding="utf-8")
    changed = change(text)
    assert changed != text, "the edit changed nothing: the test is wrong"
    path.write_text(changed, encoding="utf-8")


def add_role_by_hand(role: str, comment: str = ""):
    """An edit of actors.yaml as a person makes it: one more line in the person's roles (the
    list made when there is none)."""
    def change(text: str) -> str:
        start = text.index(f"- id: {PERSON}\n")
        following = re.compile(r"\n *- id: ").search(text, start + 1)
        end = following.start() + 1 if following else len(text)
        block = text[start:end]
        line = f"      - {role}{comment}\n"
        if "\n    roles:\n" in block:
            block = block.replace("\n    roles:\n", "\n    roles:\n" + line, 1)
        else:
            block = block.replace("\n    status:", "\n    roles:\n" + line.rstrip("\n") + "\n    status:", 1)
        return text[:start] + block + text[end:]
    return change


def comment_role(role: str, comment: str):
    def change(text: str) -> str:
        start = text.index(f"- id: {PERSON}\n")
        at = text.index(f"      - {role}\n", start)
        return text[:at] + f"      - {role}  {comment}\n" + text[at + len(f"      - {role}\n"):]
    return change


# --- a role the machine no longer finds leaves the registry -------------------------------------

def _sentence_gone(project, monkeypatch):
    without_opening(project)


def _seed_deleted(project, monkeypatch):
    (project / "seeds" / "alpha.txt").unlink()


def _rule_changed(project, monkeypatch):
    without_roles_before_names(monkeypatch)


LOST = {
    # name: what happens between the two runs
    "the sentence giving the role removed from the seed": _sentence_gone,
    "the seed deleted": _seed_deleted,
    "the extractor's rule changed": _rule_changed,
}


@pytest.mark.parametrize("name", list(LOST))
def test_a_role_no_article_gives_any_more_leaves_actors_yaml(tmp_path, monkeypatch, name):
    project = make_project(tmp_path)
    run(project)
    assert ROLE in roles(project)
    LOST[name](project, monkeypatch)
    lines = run(project)
    assert ROLE not in roles(project)
    assert any("data/actors.yaml: removed" in line and ROLE in line for line in lines), lines
    assert (project / "data" / "articles" / "beta.md").exists()  # the person is still named there


@pytest.mark.parametrize("name", [n for n in LOST if n != "the extractor's rule changed"])  # that one changes every article
def test_a_role_another_article_still_gives_stays(tmp_path, monkeypatch, name):
    project = make_project(tmp_path, ("alpha.txt", "beta.txt", "gamma.txt"))
    run(project)
    LOST[name](project, monkeypatch)
    run(project)
    assert ROLE in roles(project)


@pytest.mark.parametrize("name", list(LOST))
def test_a_role_a_person_typed_stays(tmp_path, monkeypatch, name):
    project = make_project(tmp_path)
    run(project)
    edit_actors(project, add_role_by_hand("Chief of Staff of the armed forces"))
    LOST[name](project, monkeypatch)
    run(project)
    assert "Chief of Staff of the armed forces" in roles(project)
    assert ROLE not in roles(project)


@pytest.mark.parametrize("name", list(LOST))
def test_a_machine_role_a_person_commented_stays(tmp_path, monkeypatch, name):
    project = make_project(tmp_path)
    run(project)
    edit_actors(project, comment_role(ROLE, "# checked against the ministry's site"))
    LOST[name](project, monkeypatch)
    run(project)
    assert ROLE in roles(project)
    assert "# checked against the ministry's site" in (project / "data" / "actors.yaml").read_text(encoding="utf-8")


def test_a_role_a_person_typed_before_an_article_gave_it_stays_once_that_article_is_gone(tmp_path, monkeypatch):
    project = make_project(tmp_path, ("beta.txt",))
    run(project)
    assert ROLE not in roles(project)
    edit_actors(project, add_role_by_hand(ROLE))
    (project / "seeds" / "gamma.txt").write_text(SEEDS["gamma.txt"], encoding="utf-8")
    run(project)  # gamma gives the role the person typed
    (project / "seeds" / "gamma.txt").unlink()
    run(project)
    assert ROLE in roles(project)


def test_a_role_a_person_typed_again_after_its_seed_was_deleted_stays(tmp_path, monkeypatch):
    project = make_project(tmp_path)
    run(project)
    _seed_deleted(project, monkeypatch)
    run(project)
    assert ROLE not in roles(project)
    edit_actors(project, add_role_by_hand(ROLE))
    run(project)
    assert ROLE in roles(project)


# --- an incremental run ends where a run from no data/ does -------------------------------------

def _role_sentence_added(project, monkeypatch):
    seed = project / "seeds" / "alpha.txt"
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("Kwame Osei said", OPENING + "Kwame Osei said", 1), encoding="utf-8")


def _first_seed_without_opening():
    seeds = dict(SEEDS)
    seeds["alpha.txt"] = seeds["alpha.txt"].replace(OPENING, "")
    return seeds


INCREMENTAL = {
    # name: (the seeds of the first run, the change before the second run, the seeds of the cold run)
    "the sentence giving the role removed": (SEEDS, _sentence_gone, _first_seed_without_opening()),
    "the sentence giving the role added": (_first_seed_without_opening(), _role_sentence_added, SEEDS),
    "the extractor's rule changed": (SEEDS, _rule_changed, SEEDS),
}


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("name", list(INCREMENTAL))
def test_an_incremental_run_ends_with_the_data_of_a_cold_run(tmp_path, monkeypatch, name):
    first, change, cold_seeds = INCREMENTAL[name]
    incremental = make_project(tmp_path / "incremental", seeds=first)
    run(incremental)
    change(incremental, monkeypatch)
    run(incremental)
    cold = make_project(tmp_path / "cold", seeds=cold_seeds)
    assert (cold / "seeds" / "alpha.txt").read_bytes() == (incremental / "seeds" / "alpha.txt").read_bytes()
    run(cold)
    made, expected = _files(incremental / "data"), _files(cold / "data")
    assert sorted(made) == sorted(expected)
    differing = [path for path in expected if made[path] != expected[path]]
    assert not differing, (differing, {p: made[p].decode()[:3000] for p in differing if p.endswith("actors.yaml")})


# --- an event's participants follow the machine too ---------------------------------------------

def event_actors(project: Path) -> list[str]:
    events = read_registry(project / "data" / "events.yaml")
    return sorted(a for e in events if "delta" in (e.get("articles") or []) for a in e.get("actors") or [])


def _second_party_gone(project, monkeypatch):
    seed = project / "seeds" / "delta.txt"
    text = seed.read_text(encoding="utf-8")
    assert SECOND_PARTY in text
    seed.write_text(text.replace(SECOND_PARTY, "Ghana held talks"), encoding="utf-8")


def add_participant_by_hand(actor_id: str, comment: str = ""):
    def change(text: str) -> str:
        at = text.index("    actors: []\n")
        return text[:at] + f"    actors:\n      - {actor_id}{comment}\n" + text[at + len("    actors: []\n"):]
    return change


def test_a_participant_the_event_s_sentence_names_no_more_leaves_events_yaml(tmp_path, monkeypatch):
    project = make_project(tmp_path, ("delta.txt",))
    run(project)
    assert event_actors(project) == ["ghana", "united-kingdom"]
    _second_party_gone(project, monkeypatch)
    lines = run(project)
    assert event_actors(project) == ["ghana"]
    assert any("data/events.yaml: removed 1 participant" in line for line in lines), lines


def test_a_participant_of_a_deleted_seed_s_event_leaves_events_yaml(tmp_path, monkeypatch):
    project = make_project(tmp_path, ("delta.txt", "alpha.txt"))  # alpha reports the same meeting, naming no party
    run(project)
    events = read_registry(project / "data" / "events.yaml")
    assert any(sorted(e["articles"]) == ["alpha", "delta"] and "united-kingdom" in e["actors"] for e in events)
    (project / "seeds" / "delta.txt").unlink()
    run(project)
    events = read_registry(project / "data" / "events.yaml")
    assert not any("united-kingdom" in (e.get("actors") or []) for e in events)


@pytest.mark.parametrize("comment", ["", "  # named in the ministry's statement"])
def test_a_participant_a_person_typed_stays(tmp_path, monkeypatch, comment):
    project = make_project(tmp_path, ("alpha.txt",))  # its meeting has no participant
    run(project)
    path = project / "data" / "events.yaml"
    path.write_text(add_participant_by_hand("ghana", comment)(path.read_text(encoding="utf-8")), encoding="utf-8")
    (project / "seeds" / "delta.txt").write_text(SEEDS["delta.txt"], encoding="utf-8")
    run(project)  # delta reports the same meeting, with the participant the person typed
    assert event_actors(project) == ["ghana", "united-kingdom"]
    (project / "seeds" / "delta.txt").unlink()
    run(project)
    events = read_registry(path)
    assert [e["actors"] for e in events] == [["ghana"]]


def test_an_incremental_run_after_a_participant_went_ends_with_the_data_of_a_cold_run(tmp_path, monkeypatch):
    names = ("alpha.txt", "beta.txt", "delta.txt")
    incremental = make_project(tmp_path / "incremental", names)
    run(incremental)
    _second_party_gone(incremental, monkeypatch)
    run(incremental)
    seeds = dict(SEEDS)
    seeds["delta.txt"] = seeds["delta.txt"].replace(SECOND_PARTY, "Ghana held talks")
    cold = make_project(tmp_path / "cold", names, seeds)
    run(cold)
    made, expected = _files(incremental / "data"), _files(cold / "data")
    assert sorted(made) == sorted(expected)
    assert [path for path in expected if made[path] != expected[path]] == []


# --- a candidate event no article reports any more goes -----------------------------------------

def _ceremony_gone(project, monkeypatch):
    seed = project / "seeds" / "epsilon.txt"
    text = seed.read_text(encoding="utf-8")
    assert CEREMONY in text
    seed.write_text(text.replace(CEREMONY, "ACCRA, 12 April 2021 - Ghana thanked forty peacekeepers for their years of service."), encoding="utf-8")


def _confirm(text: str) -> str:
    return text.replace("    status: candidate\n", "    status: confirmed\n", 1)


def _comment(text: str) -> str:
    return text.replace("    status: candidate\n", "    status: candidate  # to check in the ministry's archive\n", 1)


def _retitle(text: str) -> str:
    return re.sub(r"(?m)^(    title: ).*$", r"\1Ghana's medal parade, checked against the unit's diary", text, count=1)


def _redate(text: str) -> str:
    return re.sub(r"(?m)^(    date: '?)(\d{4})", lambda m: f"{m[1]}{int(m[2]) - 1}", text, count=1)


def _add_participant(text: str) -> str:
    """A participant typed into the event (a mission the ceremony honoured), under its others."""
    at = text.index("    missions: []\n")
    return text[:at] + "    missions:\n      - unmiss\n" + text[at + len("    missions: []\n"):]


UNREPORTED = {
    # name: (the edit a person made to events.yaml before, whether the event stays)
    "nobody touched it": (None, False),
    "a person confirmed it": (_confirm, True),
    "a person commented it": (_comment, True),
    "a person retitled it": (_retitle, True),
    "a person redated it": (_redate, True),
    "a person added a participant": (_add_participant, True),
}


@pytest.mark.parametrize("name", list(UNREPORTED))
def test_a_candidate_event_no_article_reports_any_more_goes(tmp_path, monkeypatch, name):
    change, stays = UNREPORTED[name]
    project = make_project(tmp_path, ("epsilon.txt", "beta.txt"))
    run(project)
    path = project / "data" / "events.yaml"
    assert [e["kind"] for e in read_registry(path)] == ["ceremony"]
    if change:
        path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    _ceremony_gone(project, monkeypatch)
    lines = run(project)
    events = read_registry(path) if path.read_text(encoding="utf-8").strip() != "[]" else []
    assert [e["kind"] for e in events] == (["ceremony"] if stays else [])
    assert any("data/events.yaml: removed 1 candidate event" in line for line in lines) != stays, lines


def test_an_incremental_run_after_an_event_went_ends_with_the_data_of_a_cold_run(tmp_path, monkeypatch):
    names = ("epsilon.txt", "alpha.txt")  # alpha's meeting stays: events.yaml is written by both runs
    incremental = make_project(tmp_path / "incremental", names)
    run(incremental)
    _ceremony_gone(incremental, monkeypatch)
    run(incremental)
    cold = make_project(tmp_path / "cold", names)
    (cold / "seeds" / "epsilon.txt").write_bytes((incremental / "seeds" / "epsilon.txt").read_bytes())
    run(cold)
    made, expected = _files(incremental / "data"), _files(cold / "data")
    assert sorted(made) == sorted(expected)
    assert [path for path in expected if made[path] != expected[path]] == []


# --- a field nobody touched is written as a run from no data/ writes it --------------------------

@pytest.mark.parametrize("before, after", [
    ("the day the dateline names: 3 March", "no date printed or inferable"),  # quoted for its ': ', then plain
    ("2021", "Ghana News Agency"),  # a text that would read as a number, then a name
])
def test_a_field_nobody_touched_loses_the_quotes_its_old_value_needed(before, after):
    old = CommentedMap([("id", "a"), ("seed", "a.txt"), ("source", before), ("language", "en")])
    text = article_text(old, "Body.")
    assert "'" in text.split("\n")[3]  # the old value needed its quotes
    path = Path("a.md")
    current = parse_yaml(split_front_matter(text, path)[0], path, round_trip=True)
    new = CommentedMap([("id", "a"), ("seed", "a.txt"), ("source", after), ("language", "en")])
    merged = merge_article(machine_record(old, "Body."), current, "Body.", new, "Body.")
    assert article_text(merged.front, merged.body) == article_text(new, "Body.")


@pytest.mark.parametrize("key, before, after", [
    ("extractor", "184677783202", "bbb9ad8a2e32"),  # a stamp of digits only reads as a number: quoted, then a stamp that is not
    ("extractor", "1234e5678901", "a1b2c3d4e5f6"),  # one that reads as a float, then one that does not
    ("fingerprint", "2021", "sha256:abc"),
])
def test_bookkeeping_is_written_as_a_run_from_no_data_writes_it(key, before, after):
    """The extractor's stamp and the fingerprint are the machine's (merge.BOOKKEEPING): the quotes
    an old value needed do not pass to the new one, or an incremental run writes other bytes
    than a run from no data/ whenever an earlier stamp happened to read as a number."""
    old = CommentedMap([("id", "a"), ("seed", "a.txt"), (key, before), ("language", "en")])
    text = article_text(old, "Body.")
    assert f"{key}: '{before}'" in text  # the old value needed its quotes
    path = Path("a.md")
    current = parse_yaml(split_front_matter(text, path)[0], path, round_trip=True)
    new = CommentedMap([("id", "a"), ("seed", "a.txt"), (key, after), ("language", "en")])
    merged = merge_article(machine_record(old, "Body."), current, "Body.", new, "Body.")
    assert article_text(merged.front, merged.body) == article_text(new, "Body.")


# --- a role or participant a person removed stays removed ---------------------------------------

def remove_role_by_hand(role: str, actor_id: str = PERSON):
    """An edit of actors.yaml as a person makes it: the role's line deleted from the person's
    roles (a wrong title the extractor read)."""
    def change(text: str) -> str:
        start = text.index(f"- id: {actor_id}\n")
        at = text.index(f"      - {role}\n", start)
        return text[:at] + text[at + len(f"      - {role}\n"):]
    return change


def remove_participant_by_hand(actor_id: str):
    def change(text: str) -> str:
        at = text.index(f"      - {actor_id}\n", text.index("    actors:\n"))
        return text[:at] + text[at + len(f"      - {actor_id}\n"):]
    return change


def _seed_edited_elsewhere(name: str):
    def change(project, monkeypatch):
        seed = project / "seeds" / name
        seed.write_text(seed.read_text(encoding="utf-8") + "\nThe talks end on Friday.\n", encoding="utf-8")
    return change


def _extractor_changed(project, monkeypatch):
    monkeypatch.setattr(normalize_module, "EXTRACTOR_VERSION", "a-new-version")


EXTRACTED_AGAIN = {
    # name: what happens between the person's removal and the next run
    "the seed edited elsewhere": _seed_edited_elsewhere("alpha.txt"),
    "the extractor changed": _extractor_changed,
}
EVENT_EXTRACTED_AGAIN = {
    "the seed edited elsewhere": _seed_edited_elsewhere("delta.txt"),
    "the extractor changed": _extractor_changed,
}


@pytest.mark.parametrize("name", list(EXTRACTED_AGAIN))
def test_a_machine_role_a_person_removed_stays_removed(tmp_path, monkeypatch, name):
    wrong = "head of the British delegation"  # the person keeps her other role
    project = make_project(tmp_path, ("alpha.txt",))
    run(project)
    assert roles(project, "helena-marsh") == ["Ambassador", wrong]
    edit_actors(project, remove_role_by_hand(wrong, "helena-marsh"))
    EXTRACTED_AGAIN[name](project, monkeypatch)
    run(project)
    assert roles(project, "helena-marsh") == ["Ambassador"]
    run(project)  # and on every later run
    assert roles(project, "helena-marsh") == ["Ambassador"]


@pytest.mark.parametrize("name", list(EVENT_EXTRACTED_AGAIN))
def test_a_participant_a_person_removed_stays_removed(tmp_path, monkeypatch, name):
    project = make_project(tmp_path, ("delta.txt",))
    run(project)
    assert event_actors(project) == ["ghana", "united-kingdom"]
    path = project / "data" / "events.yaml"
    path.write_text(remove_participant_by_hand("united-kingdom")(path.read_text(encoding="utf-8")), encoding="utf-8")
    EVENT_EXTRACTED_AGAIN[name](project, monkeypatch)
    run(project)
    assert event_actors(project) == ["ghana"]
    run(project)
    assert event_actors(project) == ["ghana"]


def test_a_role_a_person_removed_and_typed_again_stays(tmp_path, monkeypatch):
    """Near miss: the role typed back is written again while its article gives it (it is then
    the machine's again: it goes once no article gives it, as the README says; a comment on its
    line keeps it for good)."""
    project = make_project(tmp_path, ("alpha.txt",))
    run(project)
    edit_actors(project, remove_role_by_hand(ROLE))
    run(project)
    edit_actors(project, add_role_by_hand(ROLE))
    _seed_edited_elsewhere("alpha.txt")(project, monkeypatch)
    run(project)
    assert ROLE in roles(project)


def test_a_role_an_article_gives_for_the_first_time_is_still_written(tmp_path, monkeypatch):
    """Near miss: only what an article's own last extraction gave is held back once removed; a
    role another article (one new to the project) gives is written as before."""
    project = make_project(tmp_path, ("alpha.txt",))
    run(project)
    edit_actors(project, remove_role_by_hand(ROLE))
    run(project)
    (project / "seeds" / "gamma.txt").write_text(SEEDS["gamma.txt"], encoding="utf-8")
    run(project)
    assert ROLE in roles(project)


# --- an alias the machine wrote and a person removed stays removed -------------------------------

SEEDS["eta.txt"] = (
    "Cadets of Zambia finish their course\n\n"
    "LUSAKA, 6 May 2021 - The Zambia Defence Force (ZDF) sent eighty cadets to a course on Monday.\n\n"
    "The ZDF said the cadets would serve with the blue helmets next year.\n"
)
SEEDS["theta.txt"] = (
    "More cadets for the course\n\n"
    "LUSAKA, 20 May 2021 - The Zambia Defence Force (ZDF) sent twenty more cadets to the course on Thursday, its spokesman said.\n"
)
FORCE, ACRONYM = "zambia-defence-force", "ZDF"


def aliases(project: Path, actor_id: str) -> list[str]:
    entry = next(e for e in read_registry(project / "data" / "actors.yaml") if e["id"] == actor_id)
    return list(entry.get("aliases") or [])


def remove_alias_by_hand(alias: str, actor_id: str):
    """An edit of actors.yaml as a person makes it: the alias's line deleted from the entry."""
    def change(text: str) -> str:
        start = text.index(f"- id: {actor_id}\n")
        at = text.index(f"      - {alias}\n", start)
        return text[:at] + text[at + len(f"      - {alias}\n"):]
    return change


ALIAS_EXTRACTED_AGAIN = {
    # name: what happens between the person's removal and the next run (the removal alone
    # extracts again the article printing the form the entry lost)
    "nothing else": lambda project, monkeypatch: None,
    "the seed edited elsewhere": _seed_edited_elsewhere("eta.txt"),
    "the extractor changed": _extractor_changed,
}


@pytest.mark.parametrize("name", list(ALIAS_EXTRACTED_AGAIN))
def test_a_machine_alias_a_person_removed_stays_removed(tmp_path, monkeypatch, name):
    project = make_project(tmp_path, ("eta.txt",))
    run(project)
    assert ACRONYM in aliases(project, FORCE)
    edit_actors(project, remove_alias_by_hand(ACRONYM, FORCE))
    ALIAS_EXTRACTED_AGAIN[name](project, monkeypatch)
    run(project)
    assert ACRONYM not in aliases(project, FORCE)
    _seed_edited_elsewhere("eta.txt")(project, monkeypatch)
    run(project)  # and on every later run
    assert ACRONYM not in aliases(project, FORCE)


def test_a_machine_alias_nobody_removed_stays(tmp_path, monkeypatch):
    """Near miss: an alias a person left is kept when its article is extracted again."""
    project = make_project(tmp_path, ("eta.txt",))
    run(project)
    _seed_edited_elsewhere("eta.txt")(project, monkeypatch)
    run(project)
    assert ACRONYM in aliases(project, FORCE)


def test_an_alias_a_person_removed_and_typed_again_stays(tmp_path, monkeypatch):
    """Near miss: the alias typed back is the person's: the record's memory of the removal does
    not take it out again."""
    project = make_project(tmp_path, ("eta.txt",))
    run(project)
    edit_actors(project, remove_alias_by_hand(ACRONYM, FORCE))
    run(project)
    edit_actors(project, lambda text: _typed_alias(text, FORCE, ACRONYM))
    _seed_edited_elsewhere("eta.txt")(project, monkeypatch)
    run(project)
    assert ACRONYM in aliases(project, FORCE)


def _typed_alias(text: str, actor_id: str, alias: str) -> str:
    start = text.index(f"- id: {actor_id}\n")
    at = re.compile(r"\n    aliases:( \[\])?\n").search(text, start)
    return text[:at.start()] + f"\n    aliases:\n      - {alias}\n" + text[at.end():]


def test_an_alias_an_article_new_to_the_project_prints_is_still_written(tmp_path, monkeypatch):
    """Near miss: only the articles whose last extraction gave the alias hold it back; an
    article new to the project that prints it writes it, as for a role."""
    project = make_project(tmp_path, ("eta.txt",))
    run(project)
    edit_actors(project, remove_alias_by_hand(ACRONYM, FORCE))
    run(project)
    (project / "seeds" / "theta.txt").write_text(SEEDS["theta.txt"], encoding="utf-8")
    run(project)
    assert ACRONYM in aliases(project, FORCE)


def test_an_article_new_to_the_project_in_the_run_that_reads_the_removal_still_writes_the_alias(tmp_path, monkeypatch):
    """Near miss of the above: the new article's seed is added before the run that first reads the
    person's removal (that run extracts again the article whose record held the alias). The
    removal holds back only the articles whose record held the alias: the new one writes it."""
    project = make_project(tmp_path, ("eta.txt",))
    run(project)
    edit_actors(project, remove_alias_by_hand(ACRONYM, FORCE))
    (project / "seeds" / "theta.txt").write_text(SEEDS["theta.txt"], encoding="utf-8")
    run(project)
    assert ACRONYM in aliases(project, FORCE)


# --- a list a person emptied (its key left with no item) --------------------------------------

def empty_list(entry_id: str, key: str):
    """An edit as a person makes it: every item line under the entry's key deleted, the key left
    ("roles:" alone on its line, which YAML reads as no value)."""
    def change(text: str) -> str:
        start = text.index(f"- id: {entry_id}\n")
        following = re.compile(r"\n *- id: ").search(text, start + 1)
        end = following.start() + 1 if following else len(text)
        block = re.sub(rf"(?m)^(    {key}:)( \[\]| \{{\}})?\n(?:      .*\n)*", r"\1\n", text[start:end], count=1)
        return text[:start] + block + text[end:]
    return change


EMPTIED = {
    # name: (registry, entry id, key)
    "an actor's roles": ("actors", PERSON, "roles"),
    "an actor's aliases": ("actors", "united-kingdom", "aliases"),
    "an event's participants": ("events", "2021-03-03-delegates-from-twelve-countries-met-in-accra", "actors"),
    "an event's articles": ("events", "2021-03-03-delegates-from-twelve-countries-met-in-accra", "articles"),
    "an event's sentences": ("events", "2021-03-03-delegates-from-twelve-countries-met-in-accra", "sentences"),
}


@pytest.mark.parametrize("name", list(EMPTIED))
def test_a_list_a_person_emptied_is_read_as_empty_by_the_next_normalize(tmp_path, monkeypatch, name):
    """check reads a list key with no item as an empty list (corpus._check_shape); normalize,
    extracting the articles again, must too, not stop on it."""
    registry, entry_id, key = EMPTIED[name]
    project = make_project(tmp_path, ("alpha.txt", "beta.txt", "delta.txt"))
    run(project)
    path = project / "data" / f"{registry}.yaml"
    text = path.read_text(encoding="utf-8")
    changed = empty_list(entry_id, key)(text)
    assert changed != text and f"    {key}:\n" in changed, "the edit changed nothing: the test is wrong"
    path.write_text(changed, encoding="utf-8")
    assert not load_corpus(Project(project)).problems  # check finds nothing wrong in it
    _extractor_changed(project, monkeypatch)
    run(project)
    assert not load_corpus(Project(project)).problems
    run(project)  # nothing left to change


# --- a sentence that tells two events, one of them a person's -------------------------------

TWO_IN_ONE = {
    "en": ("Talks in Juba\n\nJUBA, 12 April 2021 - After a meeting with President Salva Kiir in Juba on 3 April, "
           "the Under-Secretary-General visited Malakal on 5 April.\n"),
    "en, a ceremony then a meeting": ("Honours in Juba\n\nJUBA, 12 April 2021 - UNMISS held a medal ceremony in Juba on 3 April 2021, "
                                      "and the Security Council met in New York on 5 April 2021 to discuss the mission.\n"),
    "fr": ("Honneurs à Bamako\n\nBAMAKO, 12 avril 2021 - La MINUSMA a organisé une cérémonie de remise de médailles à Bamako "
           "le 3 avril 2021, et le Conseil de sécurité s'est réuni à New York le 5 avril 2021 pour discuter de la mission.\n"),
    "vi": ("Lễ trao huy chương\n\nHÀ NỘI, 12/4/2021 - Ngày 3/4/2021, Bộ Quốc phòng tổ chức lễ trao huy chương tại Hà Nội, "
           "và ngày 5/4/2021 Hội đồng Bảo an họp tại New York để thảo luận về phái bộ.\n"),
}


def _confirm(event_id: str):
    def change(text: str) -> str:
        start = text.index(f"- id: {event_id}\n")
        at = text.index("    status: candidate\n", start)
        return text[:at] + "    status: confirmed\n" + text[at + len("    status: candidate\n"):]
    return change


@pytest.mark.parametrize("name", list(TWO_IN_ONE))
@pytest.mark.parametrize("which", [0, 1], ids=["the first confirmed", "the second confirmed"])
def test_an_event_a_person_confirmed_keeps_its_report_beside_another_of_its_sentence(tmp_path, monkeypatch, name, which):
    """A sentence that tells two happenings gives two events; the one a person confirmed is
    reported again by that sentence, and so is the other: the person's event does not take the
    other happening's report (own_reports is by sentence), nor is either made a second time."""
    project = make_project(tmp_path, ("two.txt",), {"two.txt": TWO_IN_ONE[name]})
    run(project)
    events = read_registry(project / "data" / "events.yaml")
    assert len(events) == 2, [e["id"] for e in events]
    before = {e["id"]: e["kind"] for e in events}
    path = project / "data" / "events.yaml"
    path.write_text(_confirm(events[which]["id"])(path.read_text(encoding="utf-8")), encoding="utf-8")
    _extractor_changed(project, monkeypatch)
    run(project)
    after = read_registry(project / "data" / "events.yaml")
    assert {e["id"]: e["kind"] for e in after} == before
    assert all(len(e["articles"]) == 1 for e in after), [(e["id"], e["articles"]) for e in after]
