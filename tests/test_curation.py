"""A researcher's edits to data/ survive every later normalize: after the extractor improved,
after the seed changed. Each test edits a copy of the data the way a person would (a text
editor: lines changed, added, moved), reruns normalize, and checks the edit, its comment and
that the fields nobody touched still took the new extraction."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

import newsdossier.normalize as normalize_module
from newsdossier.corpus import load_corpus
from newsdossier.normalize import normalize
from newsdossier.render import render_site
from newsdossier.store import Project, read_article, read_registry

from conftest import run

ARTICLE = "004_5b41338369c89941"  # a seed with many actors, in the example corpus (tests/corpus/example/)
IMPROVED_SOURCE = "A source the improved extractor finds"


def renormalize(project: Path, monkeypatch, improved: bool = True) -> list[str]:
    """Run normalize again; with `improved`, as if the extractor had changed: it re-extracts
    every seed and now finds another source for every article."""
    if improved:
        monkeypatch.setattr(normalize_module, "EXTRACTOR_VERSION", "improved")
        original = normalize_module.extract

        def better_extract(text, known=None):
            extraction = original(text, known)
            extraction.fields["source"] = IMPROVED_SOURCE
            return extraction

        monkeypatch.setattr(normalize_module, "extract", better_extract)
    lines: list[str] = []
    report = normalize(Project(project), log=lines.append)
    assert report.ok, lines
    return lines


def article(project: Path, article_id: str = ARTICLE):
    path = project / "data" / "articles" / f"{article_id}.md"
    front, body = read_article(path)
    return front, body, path.read_text(encoding="utf-8")


def edit(project: Path, change, article_id: str = ARTICLE) -> None:
    path = project / "data" / "articles" / f"{article_id}.md"
    text = path.read_text(encoding="utf-8")
    changed = change(text)
    assert changed != text, "the edit changed nothing: the test is wrong"
    path.write_text(changed, encoding="utf-8")


def first_actor(text: str) -> str:
    return re.search(r"^actors:\n  - (\S+)$", text, re.M).group(1)


def _move_language_up(text: str) -> str:
    line = re.search(r"^language: .*\n", text, re.M).group()
    text = text.replace(line, "", 1)
    return text.replace("\ntitle:", "\n" + line + "title:", 1)


EDITS = {
    # name: (how the file is edited, what must hold after normalize)
    "title": (
        lambda t: re.sub(r"^title: .*$", "title: Vietnam and the UN discuss peacekeeping", t, count=1, flags=re.M),
        lambda front, body, raw: front["title"] == "Vietnam and the UN discuss peacekeeping",
    ),
    "date": (
        lambda t: re.sub(r"^date: .*$", "date: '2019-05-14'", t, count=1, flags=re.M),
        lambda front, body, raw: front["date"] == "2019-05-14",
    ),
    "comments": (
        lambda t: re.sub(r"^(language: .*)$", r"# checked against the print edition\n\1  # not Vietnamese", t, count=1, flags=re.M),
        lambda front, body, raw: "# checked against the print edition\n" in raw and "  # not Vietnamese" in raw,
    ),
    "actor-removed": (
        lambda t: t.replace(f"  - {first_actor(t)}\n", "", 1),
        lambda front, body, raw: 0 < len(front["actors"]),
    ),
    "actor-added": (
        lambda t: t.replace("actors:\n", "actors:\n  - kofi-annan\n", 1),
        lambda front, body, raw: "kofi-annan" in front["actors"],
    ),
    "text": (
        lambda t: t.rstrip("\n") + "\n\nA paragraph the researcher added from the print edition.\n",
        lambda front, body, raw: "A paragraph the researcher added from the print edition." in body,
    ),
    "key-order": (
        _move_language_up,
        lambda front, body, raw: list(front).index("language") < list(front).index("title"),
    ),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_an_edit_to_an_article_survives_an_improved_extractor(normalized, monkeypatch, name):
    change, holds = EDITS[name]
    before, _, raw_before = article(normalized)
    edit(normalized, change)
    lines = renormalize(normalized, monkeypatch)
    front, body, raw = article(normalized)
    assert holds(front, body, raw), raw[:1500]
    # the fields nobody touched took the new extraction
    assert front["source"] == IMPROVED_SOURCE
    assert front["extractor"] == "improved"
    if name not in ("comments", "key-order"):  # those change no value
        assert any(f"data/articles/{ARTICLE}.md: kept as edited" in line for line in lines), lines


def test_an_actor_removed_from_an_article_stays_removed(normalized, monkeypatch):
    _, _, raw = article(normalized)
    removed = first_actor(raw)
    edit(normalized, lambda t: t.replace(f"  - {removed}\n", "", 1))
    renormalize(normalized, monkeypatch)
    front, _, _ = article(normalized)
    assert removed not in front["actors"]


def test_an_article_nobody_edited_takes_the_new_extraction_whole(normalized, monkeypatch):
    before, body_before, _ = article(normalized)
    lines = renormalize(normalized, monkeypatch)
    after, body_after, _ = article(normalized)
    assert after["source"] == IMPROVED_SOURCE
    assert {k: v for k, v in after.items() if k not in ("source", "extractor")} == {
        k: v for k, v in before.items() if k not in ("source", "extractor")
    }
    assert body_after == body_before
    assert not any("kept as edited" in line for line in lines)


def add_to_seed(project: Path, paragraph: str) -> None:
    """Add a paragraph to the article's seed, after its first paragraph of text."""
    front, body, _ = article(project)
    seed = project / "seeds" / front["seed"]
    text = seed.read_text(encoding="utf-8")
    opening = body.strip()[:40]
    paragraphs = text.split("\n\n")
    index = next(i for i, p in enumerate(paragraphs) if opening in p)
    paragraphs.insert(index + 1, paragraph)
    seed.write_text("\n\n".join(paragraphs), encoding="utf-8")


def test_edits_survive_a_changed_seed_whose_new_text_still_arrives(normalized, monkeypatch):
    edit(normalized, lambda t: re.sub(r"^title: .*$", "title: Corrected title  # by hand", t, count=1, flags=re.M))
    add_to_seed(normalized, "The delegation later travelled to Bamako in Mali.")
    renormalize(normalized, monkeypatch, improved=False)
    front, body, raw = article(normalized)
    assert "title: Corrected title  # by hand" in raw
    assert "The delegation later travelled to Bamako in Mali." in body  # the text was not edited: it follows the seed
    assert "mali" in front["actors"]  # and so do the untouched lists


def test_edited_text_is_kept_when_the_seed_changes(normalized, monkeypatch):
    edit(normalized, lambda t: t.rstrip("\n") + "\n\nThe researcher's own note on the text.\n")
    add_to_seed(normalized, "A paragraph added to the seed.")
    lines = renormalize(normalized, monkeypatch, improved=False)
    _, body, _ = article(normalized)
    assert "The researcher's own note on the text." in body
    assert any("kept as edited: " in line and "text" in line for line in lines), lines


def test_without_a_record_of_the_machine_output_nothing_is_overwritten(normalized, monkeypatch):
    edit(normalized, lambda t: re.sub(r"^title: .*$", "title: Corrected title", t, count=1, flags=re.M))
    (normalized / "data" / ".machine" / f"{ARTICLE}.yaml").unlink()
    lines = renormalize(normalized, monkeypatch)
    front, _, _ = article(normalized)
    assert front["title"] == "Corrected title"
    assert front["source"] != IMPROVED_SOURCE
    assert any("no record of the last machine output" in line for line in lines)


# --- the registries ---------------------------------------------------------------------------


def registry_edit(project: Path, name: str, change) -> None:
    path = project / "data" / f"{name}.yaml"
    text = path.read_text(encoding="utf-8")
    changed = change(text)
    assert changed != text
    path.write_text(changed, encoding="utf-8")


def entry(project: Path, name: str, entry_id: str) -> dict:
    return next(e for e in read_registry(project / "data" / f"{name}.yaml") if e["id"] == entry_id)


def candidate_in_article(project: Path) -> str:
    front, _, _ = article(project)
    actors = {e["id"]: e for e in read_registry(project / "data" / "actors.yaml")}
    return next(a for a in front["actors"] if actors[a].get("status") == "candidate")


def set_field(entry_id: str, key: str, value: str):
    """An edit of one key of one registry entry, as a person makes it in the YAML."""
    def change(text: str) -> str:
        start = text.index(f"- id: {entry_id}\n")
        # the next entry, at whatever indentation the registry is written with
        following = re.compile(r"\n *- id: ").search(text, start + 1)
        end = following.start() if following else len(text)
        block = text[start:end]
        if re.search(rf"^    {key}: .*$", block, re.M):
            block = re.sub(rf"^    {key}: .*$", f"    {key}: {value}", block, count=1, flags=re.M)
        else:
            block = block.rstrip("\n") + f"\n    {key}: {value}\n"
        return text[:start] + block + text[end:]
    return change


def test_a_rejected_candidate_is_never_proposed_again(normalized, monkeypatch):
    rejected = candidate_in_article(normalized)
    registry_edit(normalized, "actors", set_field(rejected, "status", "rejected  # not a person"))
    renormalize(normalized, monkeypatch)
    front, _, _ = article(normalized)
    assert rejected not in front["actors"]
    assert entry(normalized, "actors", rejected)["status"] == "rejected"
    assert "status: rejected  # not a person" in (normalized / "data" / "actors.yaml").read_text(encoding="utf-8")


def test_a_confirmed_candidate_stays_confirmed(normalized, monkeypatch):
    confirmed = candidate_in_article(normalized)
    registry_edit(normalized, "actors", set_field(confirmed, "status", "confirmed"))
    renormalize(normalized, monkeypatch)
    assert entry(normalized, "actors", confirmed)["status"] == "confirmed"
    front, _, _ = article(normalized)
    assert confirmed in front["actors"]


def test_an_added_alias_and_its_comment_survive(normalized, monkeypatch):
    registry_edit(normalized, "actors", lambda t: re.sub(
        r"(- id: vietnam\n(?:    .*\n)*?    aliases:\n)", r"\1      - Socialist Republic of Viet Nam  # the official name, added by hand\n", t, count=1))
    renormalize(normalized, monkeypatch)
    assert "Socialist Republic of Viet Nam" in entry(normalized, "actors", "vietnam")["aliases"]
    assert "# the official name, added by hand" in (normalized / "data" / "actors.yaml").read_text(encoding="utf-8")


def test_a_merged_actor_keeps_its_merge_and_its_page_redirects(normalized, monkeypatch):
    front, _, _ = article(normalized)
    old, survivor = front["actors"][0], front["actors"][1]
    registry_edit(normalized, "actors", set_field(old, "same_as", survivor))
    renormalize(normalized, monkeypatch)
    assert entry(normalized, "actors", old)["same_as"] == survivor
    corpus = load_corpus(Project(normalized))
    assert not corpus.problems, [p.one_line() for p in corpus.problems]
    pages = render_site(corpus, normalized / "templates")
    redirect = pages[f"actors/{old}.md"]
    assert f"{survivor}" in redirect and "refresh" in redirect.lower()


def test_a_merged_actor_s_redirect_is_no_search_result_and_its_names_find_the_survivor(normalized, monkeypatch, tmp_path):
    """The page a same_as merge leaves only sends the reader on: searching the merged spelling
    lists the surviving actor's page (its search names hold the merged actor's names), not the
    redirect as a result of its own. Near miss: the survivor's page, and any other actor's,
    stays a result."""
    front, _, _ = article(normalized)
    old, survivor = front["actors"][0], front["actors"][1]
    old_name = entry(normalized, "actors", old)["name"]
    registry_edit(normalized, "actors", set_field(old, "same_as", survivor))
    renormalize(normalized, monkeypatch, improved=False)
    site = tmp_path / "site"
    result = run("mkdocs", "build", "--strict", "-d", str(site), cwd=normalized)
    assert result.returncode == 0, result.stderr
    redirect = (site / "actors" / old / "index.html").read_text(encoding="utf-8")
    assert "refresh" in redirect and "data-pagefind-body" not in redirect
    kept = (site / "actors" / survivor / "index.html").read_text(encoding="utf-8")
    assert "data-pagefind-body" in kept
    names = re.search(r'data-pagefind-meta="names:([^"]*)"', kept)
    assert names and html.unescape(old_name) in html.unescape(names.group(1))


def test_an_article_whose_seed_is_deleted_is_reported_and_kept(normalized, monkeypatch):
    front, _, _ = article(normalized)
    (normalized / "seeds" / front["seed"]).unlink()
    lines = renormalize(normalized, monkeypatch, improved=False)
    assert (normalized / "data" / "articles" / f"{ARTICLE}.md").exists()
    assert any(f"data/articles/{ARTICLE}.md" in line and "is gone" in line for line in lines), lines


def test_an_article_file_that_cannot_be_read_is_never_overwritten(normalized, monkeypatch):
    path = normalized / "data" / "articles" / f"{ARTICLE}.md"
    broken = path.read_text(encoding="utf-8").replace("title: ", "title: [unclosed ", 1)
    path.write_text(broken, encoding="utf-8")
    monkeypatch.setattr(normalize_module, "EXTRACTOR_VERSION", "improved")
    lines: list[str] = []
    report = normalize(Project(normalized), log=lines.append)
    assert not report.ok
    assert path.read_text(encoding="utf-8") == broken
    assert any(line.startswith(f"data/articles/{ARTICLE}.md:") for line in lines), lines
    seeds = sum(1 for _ in (normalized / "seeds").iterdir())
    assert len(list((normalized / "data" / "articles").glob("*.md"))) == seeds  # no second copy of the article


# --- an article removed: its seed and its file deleted -----------------------------------------

ALONE = "002_1fe097c2453a8b29"  # the only article reporting its (candidate) event
SHARED = "001_7ba0d90fc6ab2652"  # one of three articles reporting the ministerial


def _events_listing(project: Path, article_id: str) -> list[str]:
    return [e["id"] for e in read_registry(project / "data" / "events.yaml") if article_id in (e.get("articles") or [])]


@pytest.mark.parametrize("seed_first", [False, True], ids=["seed and file deleted together", "file deleted after the seed"])
def test_an_article_removed_with_its_seed_leaves_the_events_that_listed_it(normalized, monkeypatch, seed_first):
    """Deleting an article's seed keeps its file (reported); deleting the file as well removes
    the article: the next normalize takes it out of every event that lists it, as it would
    have been never extracted, and check finds nothing wrong."""
    reported_alone = _events_listing(normalized, ALONE)
    assert reported_alone and _events_listing(normalized, SHARED)
    for article_id in (ALONE, SHARED):
        front, _, _ = article(normalized, article_id)
        (normalized / "seeds" / front["seed"]).unlink()
    if seed_first:
        renormalize(normalized, monkeypatch, improved=False)
    for article_id in (ALONE, SHARED):
        (normalized / "data" / "articles" / f"{article_id}.md").unlink()
    renormalize(normalized, monkeypatch, improved=False)
    corpus = load_corpus(Project(normalized))
    assert not corpus.problems, [p.one_line() for p in corpus.problems]
    assert _events_listing(normalized, ALONE) == [] and _events_listing(normalized, SHARED) == []
    events = {e["id"] for e in read_registry(normalized / "data" / "events.yaml")}
    assert not events & set(reported_alone)  # a candidate no other article reports goes with it
    assert "2021-12-07-un-peacekeeping-ministerial" in events  # still reported by two others
    assert not (normalized / "data" / ".machine" / f"{ALONE}.yaml").exists()


def test_an_article_file_deleted_while_its_seed_stays_is_made_again(normalized, monkeypatch):
    """Near miss: with its seed still in seeds/, a deleted article file is extracted again,
    its events kept."""
    events = _events_listing(normalized, ALONE)
    (normalized / "data" / "articles" / f"{ALONE}.md").unlink()
    renormalize(normalized, monkeypatch, improved=False)
    assert (normalized / "data" / "articles" / f"{ALONE}.md").exists()
    assert _events_listing(normalized, ALONE) == events
    assert not load_corpus(Project(normalized)).problems


# --- an event a person corrected keeps the reports that told it ---------------------------------

EVENT = "2021-09-meeting-in-south-sudan"  # reported by SHARED alone, as a meeting of September 2021


def _event_block_edit(*edits):
    """Edits of the event's block in events.yaml, as a person makes them: (key, new value line)."""
    def change(text: str) -> str:
        start = text.index(f"- id: {EVENT}\n")
        following = re.compile(r"\n *- id: ").search(text, start + 1)
        end = following.start() if following else len(text)
        block = text[start:end]
        for key, line in edits:
            block = re.sub(rf"(?m)^    {key}: .*$", f"    {key}: {line}", block, count=1)
        return text[:start] + block + text[end:]
    return change


CORRECTED = {
    # name: the edits; each a correction whose kind the extraction's cannot join
    "kind and date corrected": (("kind", "ceremony"), ("date", "'2021-09-14'")),
    "kind corrected, the event confirmed": (("kind", "ceremony"), ("status", "confirmed")),
    "kind corrected, the event commented": (("kind", "ceremony  # a guard of honour reviewed"),),
}


@pytest.mark.parametrize("name", list(CORRECTED))
def test_an_event_a_person_corrected_keeps_its_report_when_the_article_is_extracted_again(normalized, monkeypatch, name):
    """Once a person corrected an event (its kind to one the extraction's kind cannot join, its
    date) and made it theirs (a date of their own, confirmed, commented), the article that told
    it, extracted again, still reports it: not a second event made from the sentence beside it."""
    assert _events_listing(normalized, SHARED).count(EVENT) == 1
    registry_edit(normalized, "events", _event_block_edit(*CORRECTED[name]))
    renormalize(normalized, monkeypatch)
    events = read_registry(normalized / "data" / "events.yaml")
    told = [e["id"] for e in events if "guard of honor" in " ".join(str(s) for s in (e.get("sentences") or {}).values())]
    assert told == [EVENT], told
    corrected = entry(normalized, "events", EVENT)
    assert corrected["kind"] == "ceremony" and corrected["articles"] == [SHARED]
    front, _, _ = article(normalized, SHARED)
    assert EVENT in front["events"]
    assert not load_corpus(Project(normalized)).problems


def test_a_kind_corrected_alone_is_not_told_from_the_machine_s(normalized, monkeypatch):
    """Near miss: a kind corrected with nothing else of the person's on the event (a candidate,
    no comment, its date and title as made) is not told from the machine's (README): the
    article extracted again reports the happening as the extraction reads it, and the person
    is told to confirm or comment such an event."""
    registry_edit(normalized, "events", _event_block_edit(("kind", "ceremony")))
    renormalize(normalized, monkeypatch)
    front, _, _ = article(normalized, SHARED)
    assert EVENT not in front["events"]


MEETING = "2022-02-02-rencontre-avec-le-representant-permanent-du-vietnam-aupres"  # a day's meeting, one article
MEETING_ARTICLE = "002_1fe097c2453a8b29"


def _meeting_edit(old: str, *lines: str):
    """One line of the meeting's block replaced by others, as a person edits it."""
    def change(text: str) -> str:
        start = text.index(f"- id: {MEETING}\n")
        at = text.index(f"    {old}\n", start)
        return text[:at] + "".join(f"    {line}\n" for line in lines) + text[at + len(f"    {old}\n"):]
    return change


OWN_VALUES = {
    # name: (the edit, the key, the person's value): a value the sentence read otherwise
    "redated to a month": (_meeting_edit("date: '2022-02-02'", "date: '2022-03'"), "date", "2022-03"),
    "redated to its year": (_meeting_edit("date: '2022-02-02'", "date: '2022'"), "date", "2022"),
    "place emptied": (_meeting_edit("place: New York", "place: ''"), "place", ""),
}


@pytest.mark.parametrize("name", list(OWN_VALUES))
def test_the_sentence_a_person_corrected_does_not_write_its_reading_again(normalized, monkeypatch, name):
    """An event a person made theirs is reported again by the sentence that told it, and that
    sentence refines nothing of it: a date made less precise (only the month, only the year is
    sure) or a wrong place emptied is not written back from the reading the person corrected."""
    change, key, value = OWN_VALUES[name]
    registry_edit(normalized, "events", change)
    registry_edit(normalized, "events", _meeting_edit("status: candidate", "status: confirmed"))  # made theirs
    renormalize(normalized, monkeypatch)
    corrected = entry(normalized, "events", MEETING)
    assert str(corrected[key]) == value, corrected[key]
    assert corrected["articles"] == [MEETING_ARTICLE]


# --- the event page says which of its values a person set -------------------------------------

@pytest.mark.parametrize("improved", [False, True], ids=["the event's article extracted again", "every article extracted again"])
def test_an_event_s_page_says_the_values_a_person_set_after_every_later_normalize(normalized, monkeypatch, improved):
    registry_edit(normalized, "events", _event_block_edit(("title", "Guard of honour reviewed in Juba"), ("date", "'2021-09-14'")))
    renormalize(normalized, monkeypatch, improved=improved)
    renormalize(normalized, monkeypatch, improved=improved)  # and a run after it: the machine's reading is still the one kept
    corpus = load_corpus(Project(normalized))
    page = render_site(corpus, normalized / "templates")[f"events/{EVENT}.md"]
    assert "- **When:** 14 September 2021 · set by hand (the extraction read September 2021)" in page
    assert "set by hand (the extraction read “Meeting in South Sudan”)" in page
    other = render_site(corpus, normalized / "templates")["events/2021-12-07-un-peacekeeping-ministerial.md"]
    assert "set by hand" not in other  # near miss: an event nobody corrected


# --- an actor a person took out of every article has no page any more ---------------------------

UNNAMED = "security-council"  # listed by one article of the example corpus, in no event and no quote


def _without_actor(actor_id: str):
    def change(text: str) -> str:
        return text.replace(f"\n  - {actor_id}\n", "\n", 1)
    return change


def _listing(project: Path, actor_id: str) -> list[str]:
    return [p.stem for p in (project / "data" / "articles").glob("*.md") if f"\n  - {actor_id}\n" in p.read_text(encoding="utf-8")]


def test_an_actor_no_article_names_any_more_has_no_page_nor_links(normalized, monkeypatch):
    listing = _listing(normalized, UNNAMED)
    assert listing
    for article_id in listing:
        edit(normalized, _without_actor(UNNAMED), article_id)
    renormalize(normalized, monkeypatch, improved=False)
    assert entry(normalized, "actors", UNNAMED)  # the entry stays in data/actors.yaml
    corpus = load_corpus(Project(normalized))
    pages = render_site(corpus, normalized / "templates")
    assert f"actors/{UNNAMED}.md" not in pages
    linked = re.compile(rf"\]\([^)]*actors/{UNNAMED}/?\)")
    assert not [path for path, text in pages.items() if isinstance(text, str) and linked.search(text)]


@pytest.mark.parametrize("kept_by", ["one article still lists it", "an event names it"])
def test_an_actor_still_named_keeps_its_page(normalized, monkeypatch, kept_by):
    """Near miss: named by one article, or only by an event's participants, it keeps its page."""
    listing = _listing(normalized, UNNAMED)
    if kept_by == "an event names it":
        for article_id in listing:
            edit(normalized, _without_actor(UNNAMED), article_id)
        registry_edit(normalized, "events", lambda text: text.replace("    actors:\n", f"    actors:\n      - {UNNAMED}\n", 1))
    renormalize(normalized, monkeypatch, improved=False)
    pages = render_site(load_corpus(Project(normalized)), normalized / "templates")
    assert f"actors/{UNNAMED}.md" in pages
    assert f"actors/{UNNAMED}" in pages["actors/index.md"]
