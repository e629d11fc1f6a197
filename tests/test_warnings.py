"""Errors and warnings are two things: what normalize writes always passes check and builds;
doubtful values (an alias claimed twice, a date after today, two people who may be one) are
warnings listed on the review page, and never stop `mkdocs build --strict` or `mkdocs serve`."""
from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from conftest import new_project, run
from newsdossier.corpus import load_corpus
from newsdossier.graph import article_forms
from newsdossier.registry import Registry
from newsdossier.store import Project

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def _printed(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _project(tmp_path: Path, seeds: dict[str, str]) -> Path:
    """A project with the repository's templates and mkdocs.yml and the given seed texts."""
    texts = tmp_path / "texts"
    texts.mkdir()
    for name, text in seeds.items():
        (texts / name).write_text(text, encoding="utf-8")
    return new_project(tmp_path / "project", texts)


# Two different people who share a surname, each named in full and then by surname alone, in
# English and French; and a third article naming only the surname.
SHARED_SURNAMES = {
    "a.txt": "Kenyan officer honoured in Juba\n\nJUBA, 3 May 2021 (KNA) - Colonel Amina Haddad received the UN medal "
             "at a parade in Juba. Haddad served with UNMISS for a year.\n",
    "b.txt": "Un général libanais visite les casques bleus\n\nBEYROUTH, 5 juin 2022 (ANI) - Le général Karim Haddad a visité "
             "le quartier général de la FINUL à Naqoura. Haddad a salué les casques bleus.\n",
    "c.txt": "Peacekeepers rotate in Abyei\n\nABYEI, 9 July 2022 (Xinhua) - A new battalion arrived with UNISFA on Monday, "
             "officials said. Haddad was not present.\n",
    "d.txt": "Kenyan troops leave for South Sudan\n\nNAIROBI, 1 August 2021 (KNA) - Colonel Amina Haddad and "
             "Lieutenant Peter Haddad saw off 200 troops joining UNMISS. Haddad said the troops were ready.\n",
}


@pytest.fixture(scope="module")
def shared_surnames(tmp_path_factory) -> Path:
    project = _project(tmp_path_factory.mktemp("surnames"), SHARED_SURNAMES)
    run("newsdossier", "normalize", cwd=project, check=True)
    return project


def test_normalize_output_with_shared_surnames_checks_without_errors_or_alias_warnings(shared_surnames):
    result = run("newsdossier", "check", "--strict", cwd=shared_surnames)
    assert "claimed by both" not in result.stdout
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_surname_alone_is_never_a_global_alias(shared_surnames):
    corpus = load_corpus(Project(shared_surnames))
    people = [a for a in corpus.actors.values() if a["kind"] == "person"]
    assert len([p for p in people if "Haddad" in p["name"]]) >= 2, [p["name"] for p in people]
    for person in people:
        for alias in person.get("aliases") or []:
            assert len(alias.split()) > 1, f"{person['id']} has the one-word alias {alias!r}"


def test_a_surname_alone_resolves_only_within_its_own_article(shared_surnames):
    corpus = load_corpus(Project(shared_surnames))
    by_seed = {a.meta["seed"]: a for a in corpus.articles.values()}
    haddads = {a["id"] for a in corpus.actors.values() if "Haddad" in a["name"]}
    assert not haddads & set(by_seed["c.txt"].meta["actors"]), "a surname with no full name in the article is nobody in particular"


def test_two_people_sharing_a_surname_in_one_article_link_neither_by_surname(shared_surnames):
    corpus = load_corpus(Project(shared_surnames))
    article = next(a for a in corpus.articles.values() if a.meta["seed"] == "d.txt")
    pairs = [("actors", a) for a in article.meta["actors"]]
    forms = article_forms(corpus, pairs)
    assert "Haddad" not in forms
    assert any("Amina Haddad" == form for form in forms)


def test_the_site_builds_strictly_from_shared_surnames(shared_surnames, tmp_path):
    result = run("mkdocs", "build", "--strict", "-d", str(tmp_path / "site"), cwd=shared_surnames)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("days_ahead", [1, 30, 400])
def test_a_dateline_after_today_is_a_warning_on_the_review_page_not_an_error(tmp_path, days_ahead):
    later = date.today() + timedelta(days=days_ahead)
    project = _project(tmp_path, {"embargo.txt": f"Troops to deploy to Mali\n\nBAMAKO, {_printed(later)} (AP) - "
                                                  "A new contingent joined MINUSMA in Gao, the army said.\n"})
    run("newsdossier", "normalize", cwd=project, check=True)
    result = run("newsdossier", "check", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^data/articles/[^:]+\.md:\d+: warning: date '[\d-]+' is after today", result.stdout, re.M), result.stdout
    assert run("newsdossier", "check", "--strict", cwd=project).returncode == 1
    site = tmp_path / "site"
    built = run("mkdocs", "build", "--strict", "-d", str(site), cwd=project)
    assert built.returncode == 0, built.stderr
    review = (site / "review" / "index.html").read_text(encoding="utf-8")
    assert "is after today" in review
    # the data file's readable page (it declares UTF-8), at the line of the warning
    assert re.search(r'href="[./]*data/articles/[^"]+\.md\.html#L\d+"', review)


# Doubtful values written by hand: each a warning, never an error.
HAND_WRITTEN = {
    "alias claimed twice": ("aliases:\n      - Blue Helmets\n", "alias 'blue helmets' is claimed by both"),
    "people who may be one": ("name: Min-ho Kim\n", "may be the same person"),
}


def _registry_project(tmp_path: Path, extra_actor: str) -> Path:
    """A hand-written data/ of one article and three actors, plus one actor entry given as YAML."""
    project = _project(tmp_path, {})
    data = project / "data"
    (data / "articles").mkdir(parents=True)
    (data / "actors.yaml").write_text(
        "- id: kim-min-ho\n  name: Kim Min Ho\n  kind: person\n  status: candidate\n"
        "- id: united-nations\n  name: United Nations\n  kind: organisation\n  status: confirmed\n  aliases:\n    - Blue Helmets\n"
        f"- id: other\n  kind: person\n  status: candidate\n  {extra_actor}",
        encoding="utf-8",
    )
    (data / "missions.yaml").write_text("[]\n", encoding="utf-8")
    (data / "events.yaml").write_text("[]\n", encoding="utf-8")
    (data / "articles" / "one.md").write_text(
        "---\nid: one\nseed: one.txt\ntitle: One\ndate: '2021-05-03'\ndate_basis: explicit\nlanguage: en\n"
        "actors:\n  - kim-min-ho\n  - united-nations\n---\n\nKim Min Ho met the United Nations.\n",
        encoding="utf-8",
    )
    return project


@pytest.mark.parametrize("case", sorted(HAND_WRITTEN))
def test_a_doubtful_value_written_by_hand_is_a_warning(tmp_path, case):
    entry, expected = HAND_WRITTEN[case]
    if case == "alias claimed twice":
        entry = "name: Someone Else\n  " + entry
    project = _registry_project(tmp_path, entry)
    result = run("newsdossier", "check", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(rf"^data/actors\.yaml:\d+: warning: .*{re.escape(expected)}", result.stdout, re.M), result.stdout
    assert run("newsdossier", "check", "--strict", cwd=project).returncode == 1
    built = run("mkdocs", "build", "--strict", "-d", str(tmp_path / "site"), cwd=project)
    assert built.returncode == 0, built.stderr
    assert expected in (tmp_path / "site" / "review" / "index.html").read_text(encoding="utf-8")


def test_confirmed_people_are_no_longer_proposed_for_merging(tmp_path):
    project = _registry_project(tmp_path, "name: Min-ho Kim\n")
    actors = project / "data" / "actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8").replace("status: candidate", "status: confirmed"), encoding="utf-8")
    assert not load_corpus(Project(project)).warnings


@pytest.mark.parametrize(
    ("one", "other", "proposed"),
    [
        ("Kim Min Ho", "Min-ho Kim", True),  # order and hyphens
        ("Nguyễn Văn Đức", "Nguyen Van Duc", True),  # accents (a different id only if written so by hand)
        ("Abdul Karim", "Abdul Rahman Karim", True),  # a middle name more
        ("Amina Haddad", "Karim Haddad", False),  # a shared surname only
        ("Jean Arnault", "Jean-Claude Arnault", False),  # first names differ
    ],
)
def test_people_who_may_be_one_are_proposed_for_merging(tmp_path, one, other, proposed):
    project = _registry_project(tmp_path, f"name: {other}\n")
    actors = project / "data" / "actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8").replace("Kim Min Ho", one), encoding="utf-8")
    warnings = [w.message for w in load_corpus(Project(project)).warnings]
    assert any("may be the same person" in w for w in warnings) == proposed, warnings


def test_an_actor_merged_with_same_as_leaves_the_candidate_list(tmp_path):
    project = _registry_project(tmp_path, "name: Min-ho Kim\n  same_as: kim-min-ho\n")
    built = run("mkdocs", "build", "--strict", "-d", str(tmp_path / "site"), cwd=project)
    assert built.returncode == 0, built.stderr
    review = (tmp_path / "site" / "review" / "index.html").read_text(encoding="utf-8")
    candidates = review.split('id="candidate-actors"')[1].split("<h2")[0]
    assert "Kim Min Ho" in candidates and "Min-ho Kim" not in candidates


def test_check_counts_what_the_home_page_counts(tmp_path):
    project = _registry_project(tmp_path, "name: Min-ho Kim\n  same_as: kim-min-ho\n")
    result = run("newsdossier", "check", cwd=project)
    counted = re.findall(r"\b(\d[\d,]*) (articles?|actors?|person|people|missions?|events?)\b", result.stderr.split("(", 1)[1])
    nouns = {"article": "articles", "actor": "actors", "person": "people", "mission": "missions", "event": "events"}
    counts = {nouns.get(what, what): (int(n.replace(",", "")), f"{n} {what}") for n, what in counted}
    assert set(counts) == {"articles", "actors", "people", "missions", "events"}, result.stderr
    assert counts["actors"][0] == 2 and counts["people"] == (1, "1 person"), result.stderr
    run("mkdocs", "build", "--strict", "-d", str(tmp_path / "site"), cwd=project, check=True)
    home = re.sub(r"<[^>]+>", "", (tmp_path / "site" / "index.html").read_text(encoding="utf-8"))
    assert f"{counts['actors'][1]}, {counts['people'][1]} among them" in home
    for what in ("articles", "missions", "events"):
        assert counts[what][1] in home, (what, counts[what])


def test_an_error_still_fails_the_build(tmp_path):
    project = _registry_project(tmp_path, "name: Min-ho Kim\n  same_as: nobody\n")
    assert run("newsdossier", "check", cwd=project).returncode == 1
    assert run("mkdocs", "build", "--strict", "-d", str(tmp_path / "site"), cwd=project).returncode == 1


# --- Registry.add_alias ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "added"),
    [
        ("Haddad", False),  # the surname alone
        ("Amina", False),  # the first name alone
        ("Col. Amina Haddad", True),  # a longer written form of the whole name
        ("Amina Al-Haddad", True),
    ],
)
def test_a_part_of_a_persons_name_is_not_added_as_an_alias(surface, added):
    registry = Registry([{"id": "amina-haddad", "name": "Amina Haddad", "kind": "person", "status": "candidate"}])
    assert registry.add_alias(registry.by_id["amina-haddad"], surface) is added


def test_a_form_another_entry_claims_is_not_added_as_an_alias():
    registry = Registry([
        {"id": "mod-ghana", "name": "Ministry of Defence of Ghana", "kind": "organisation", "status": "confirmed", "aliases": ["MoD"]},
        {"id": "mod-kenya", "name": "Ministry of Defence of Kenya", "kind": "organisation", "status": "candidate"},
    ])
    assert registry.add_alias(registry.by_id["mod-kenya"], "MoD") is False
    assert registry.add_alias(registry.by_id["mod-ghana"], "Ghana MoD") is True


def test_a_rejected_or_merged_entry_claims_no_form():
    registry = Registry([
        {"id": "old", "name": "Blue Helmets", "kind": "organisation", "status": "rejected"},
        {"id": "un", "name": "United Nations", "kind": "organisation", "status": "confirmed"},
    ])
    assert registry.add_alias(registry.by_id["un"], "Blue Helmets") is True


# --- messages a person can act on ------------------------------------------------------------


@pytest.mark.parametrize(
    ("front", "line", "words"),
    [
        pytest.param('title: x\ndate: "2021\nsource: y\nlanguage: en\n', 3, "a quote opened on this line is never closed", id="unclosed-double-quote"),
        pytest.param("title: x\nsource: y\nlanguage: en\nauthors: 'Jane\n", 5, "a quote opened on this line is never closed", id="unclosed-single-quote"),
        pytest.param("title: Peace: the mission\n", 2, "put the whole value in quotes", id="colon-in-value"),
        pytest.param("title: x\n\tsource: y\n", 3, "indent with spaces", id="tab"),
        pytest.param("title: x\nactors: [a, b\nsource: y\n", 3, "not closed with ']'", id="unclosed-list"),
        pytest.param("title: x\nactors:\n  - a\n - b\n", 5, "indentation", id="bad-indentation"),
        # A quote left open runs on to the next quote mark of a later line, where the parser gives
        # up: the mistake is reported at the line that opened it.
        pytest.param("title: 'Talks open in the capital\nsource: y\nlanguage: en\nauthors:\n  - Ann O'Dell\n", 2, "a quote opened on this line is never closed", id="open-single-quote-runs-on"),
        pytest.param('title: "Talks open in the capital\nsource: y\nlanguage: en\nauthors:\n  - Ann "Red" Dell\n', 2, "a quote opened on this line is never closed", id="open-double-quote-runs-on"),
        # The value's own apostrophe or quotation mark closes the quote before the value ends.
        pytest.param("title: 'L'armée se retire du nord'\nsource: y\n", 2, "closes before the value ends", id="apostrophe-in-single-quotes"),
        pytest.param('title: "The "blue helmets" leave"\nsource: y\n', 2, "closes before the value ends", id="quotation-in-double-quotes"),
        pytest.param("source: y\nauthors:\n  - 'Ann O'Dell'\n", 4, "closes before the value ends", id="apostrophe-in-a-list-item"),
    ],
)
def test_a_yaml_mistake_is_reported_at_its_line_in_plain_words(tmp_path, front, line, words):
    project = _registry_project(tmp_path, "name: Someone Else\n")
    (project / "data" / "articles" / "one.md").write_text(f"---\n{front}---\n\nText.\n", encoding="utf-8")
    result = run("newsdossier", "check", cwd=project)
    assert result.returncode == 1
    problem = next(l for l in result.stdout.splitlines() if l.startswith("data/articles/one.md"))
    assert problem.startswith(f"data/articles/one.md:{line}: "), problem
    assert words in problem


def test_an_unknown_id_is_reported_at_the_line_of_its_item(tmp_path):
    project = _registry_project(tmp_path, "name: Someone Else\n")
    article = project / "data" / "articles" / "one.md"
    text = article.read_text(encoding="utf-8").replace("  - united-nations\n", "  - united-nations\n  - nobody-here\n")
    article.write_text(text, encoding="utf-8")
    line = text.splitlines().index("  - nobody-here") + 1
    result = run("newsdossier", "check", cwd=project)
    assert re.search(rf"^data/articles/one\.md:{line}: actors lists 'nobody-here'", result.stdout, re.M), result.stdout
