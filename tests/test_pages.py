"""The content of article, actor, mission, event and home pages: every claim shown with its
sentence (whole or cut at a word, the mention marked, a caption said so, in its language),
roles with their source, mission places and contributors, languages by name, the latest
articles. Rendered from a small corpus written here, never from the repository's data/."""
from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import markdown
import pytest

from conftest import ROOT
from newsdossier.corpus import load_corpus
from newsdossier.evidence import ELLIPSIS, excerpt, reason_statement
from newsdossier.graph import role_beside
from newsdossier.names import country_name, language_name
from newsdossier.render import ROLES_SHOWN, most_printed, render_site
from newsdossier.store import Project

LONG_TAIL = " ".join(f"word{n}" for n in range(120))
ARTICLES = {
    "en_deploy": dict(
        title="Engineers head for Abyei", date="2021-11-26", language="en", source="Example News",
        actors=["jean-pierre-lacroix", "vietnam", "south-sudan", "un-peacekeeping", "peacekeeping-missions", "central-african-republic", "atul-khare"],
        missions=["unisfa"], missions_inferred=["unmiss"],
        reasons={"unmiss": "South Sudan is named in a peacekeeping context in 2021, when UNMISS was the operation there (\u201cThe UN Under-Secretary-General for Peace Operations Jean-Pierre Lacroix praised the troops in South Sud\u201d)"},
        captions=["A peacekeeper in Bangui, Central African Republic (file photo)."],
        body=("The UN Under-Secretary-General for Peace Operations Jean-Pierre Lacroix praised the troops in South Sudan.\n\n"
              "Vietnam deployed an engineering company to UNISFA in March.\n\n"
              "The Ministry serves in UN Peacekeeping Missions abroad.\n\n"
              f"{LONG_TAIL} Atul Khare spoke again {LONG_TAIL}."),
    ),
    "fr_fisnua": dict(
        title="Rencontre à New York", date="2022-02-02", language="fr", source="Agence",
        actors=["jean-pierre-lacroix", "vietnam", "dang-dinh-quy"], missions=["unisfa"],
        body=("Le déploiement de l’unité vietnamienne au sein de la FISNUA se poursuit (FISNUA). "
              "Le secrétaire général adjoint Jean-Pierre Lacroix a salué l’ambassadeur Dang Dinh Quy."),
    ),
    "en_undated": dict(
        title="A report with no date", date="", language="en", source="Example News",
        actors=["jean-pierre-lacroix"], missions=[],
        body="Jean-Pierre Lacroix, the Under-Secretary-General, spoke on Monday.",
    ),
    "en_clause": dict(
        title="Norway and peacekeeping", date="2021-05-01", language="en", source="Example News",
        actors=["norway"], missions=["unisfa"],
        body="Norway contributes to peacekeeping; UNISFA is deployed in Abyei.",
    ),
    "en_no_year": dict(
        title="A report without its year", date="XXXX-09-21", language="en", source="Example News",
        actors=["vietnam"], missions=[],
        body="Vietnam hosted a meeting.",
    ),
}
ACTORS = """\
  - id: jean-pierre-lacroix
    name: Jean-Pierre Lacroix
    kind: person
    roles:
      - Under-Secretary-General
      - Secretary-General of Nothing
    status: candidate
  - id: atul-khare
    name: Atul Khare
    kind: person
    status: candidate
  - id: dang-dinh-quy
    name: Dang Dinh Quy
    kind: person
    roles:
      - ambassadeur
    status: candidate
  - id: vietnam
    name: Vietnam
    kind: country
    country: VN
    aliases:
      - vietnamienne
    status: confirmed
  - id: norway
    name: Norway
    kind: country
    country: "NO"
    status: confirmed
  - id: south-sudan
    name: South Sudan
    kind: country
    country: SS
    status: confirmed
  - id: central-african-republic
    name: Central African Republic
    kind: country
    country: CF
    status: confirmed
  - id: un-peacekeeping
    name: UN Peacekeeping
    kind: organisation
    status: confirmed
  - id: peacekeeping-missions
    name: Peacekeeping Missions
    kind: organisation
    status: candidate
"""
MISSIONS = """\
  - id: unisfa
    acronym: UNISFA
    acronym_fr: FISNUA
    name: United Nations Interim Security Force for Abyei
    name_fr: Force intérimaire de sécurité des Nations Unies pour Abyei
    countries:
      - SD
      - SS
    status: confirmed
  - id: unmiss
    acronym: UNMISS
    name: United Nations Mission in the Republic of South Sudan
    countries:
      - SS
    status: confirmed
"""
EVENTS = """\
  - id: 2021-03-deployment
    title: Vietnam deploys engineers to UNISFA
    kind: deployment
    date: 2021-03
    actors:
      - vietnam
    missions:
      - unisfa
    articles:
      - en_deploy
      - fr_fisnua
    sentences:
      en_deploy: Vietnam deployed an engineering company to UNISFA in March.
      fr_fisnua: Le déploiement de l’unité vietnamienne au sein de la FISNUA se poursuit (FISNUA).
    status: candidate
"""


def _yaml_list(values) -> str:
    return "".join(f"\n  - {v}" for v in values) if values else " []"


def write_article(data: Path, article_id: str, spec: dict) -> None:
    lines = [f"id: {article_id}", f"seed: {article_id}.txt", f"title: {spec['title']}", f"date: '{spec['date']}'",
             f"date_basis: {'explicit' if spec['date'] else 'unknown'}", f"source: {spec['source']}", f"language: {spec['language']}",
             f"actors:{_yaml_list(spec['actors'])}", f"missions:{_yaml_list(spec['missions'])}",
             f"missions_inferred:{_yaml_list(spec.get('missions_inferred'))}", "events: []"]
    if spec.get("captions"):
        lines.append(f"captions:{_yaml_list(spec['captions'])}")
    if spec.get("reasons"):
        lines.append("reasons:" + "".join(f"\n  {k}: '{v}'" for k, v in spec["reasons"].items()))
    (data / "articles" / f"{article_id}.md").write_text("---\n" + "\n".join(lines) + "\n---\n\n" + spec["body"] + "\n", encoding="utf-8")


def make_corpus(root: Path, extra: dict | None = None) -> Path:
    """A project folder holding data/ written from ARTICLES (and `extra` articles), ACTORS,
    MISSIONS and EVENTS. Returns root."""
    data = root / "data"
    (data / "articles").mkdir(parents=True)
    for article_id, spec in {**ARTICLES, **(extra or {})}.items():
        write_article(data, article_id, spec)
    (data / "actors.yaml").write_text(ACTORS, encoding="utf-8")
    (data / "missions.yaml").write_text(MISSIONS, encoding="utf-8")
    (data / "events.yaml").write_text(EVENTS.replace("      - fr_fisnua\n", "      - fr_fisnua\n"), encoding="utf-8")
    return root


def render(root: Path) -> dict[str, str]:
    corpus = load_corpus(Project(root))
    assert not corpus.problems, corpus.problems
    return render_site(corpus, ROOT / "templates")


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, str]:
    """Every generated page of the corpus above, as Markdown."""
    return render(make_corpus(tmp_path_factory.mktemp("pages")))


def to_html(page: str) -> str:
    """A page as MkDocs makes it HTML (the Markdown extensions of mkdocs.yml)."""
    return markdown.markdown(page, extensions=["tables", "attr_list", "md_in_html"])


def items_linking_articles(html: str, heading: str) -> list[str]:
    """The HTML of each top-level list item under a heading that links to an article."""
    section = html.split(f"<h2>{heading}</h2>")[1].split("<h2")[0]
    items, depth, start = [], 0, None
    for tag in re.finditer(r"<(/?)li>", section):
        if not tag.group(1):
            depth += 1
            if depth == 1:
                start = tag.end()
        else:
            depth -= 1
            if depth == 0:
                items.append(section[start:tag.start()])
    return [item for item in items if "/articles/" in item.split("<blockquote")[0]]


def text_of(fragment: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", "", fragment)).split())


ENTITY_PAGES = [
    ("actors/jean-pierre-lacroix.md", "Articles that mention Jean-Pierre Lacroix"),
    ("actors/vietnam.md", "Articles that mention Vietnam"),
    ("actors/central-african-republic.md", "Articles that mention Central African Republic"),
    ("actors/peacekeeping-missions.md", "Articles that mention Peacekeeping Missions"),
    ("actors/dang-dinh-quy.md", "Articles that mention Dang Dinh Quy"),
    ("missions/unisfa.md", "Articles"),
    ("missions/unmiss.md", "Articles"),
    ("events/2021-03-deployment.md", "Reports"),
    ("articles/en_deploy.md", "Named in this article"),
    ("articles/fr_fisnua.md", "Named in this article"),
]


@pytest.mark.parametrize(("path", "heading"), ENTITY_PAGES)
def test_every_link_to_an_article_shows_its_sentence_with_the_mention_marked(pages, path, heading):
    html = to_html(pages[path])
    items = re.split(r"<li>", html.split(f"<h2>{heading}</h2>")[1].split("<h2")[0])[1:] if path.startswith("articles/") else items_linking_articles(html, heading)
    assert items
    for item in items:
        quote = re.search(r"<blockquote>(.*?)</blockquote>", item, re.S)
        assert quote, f"no sentence under {text_of(item)[:80]!r}"
        assert re.search(r'<span class="nd-sentence" lang="(en|fr)">.*<mark>[^<]+</mark>', quote.group(1), re.S)


@pytest.mark.parametrize("path", [p for p, _h in ENTITY_PAGES] + ["index.md"])
def test_no_page_prints_a_quote_mark_before_a_sentence(pages, path):
    html = to_html(pages[path])
    assert not re.search(r"(^|>)\s*&gt;", html, re.M), "a '>' shown as text"


def test_no_generated_page_starts_a_text_line_with_a_quote_mark(pages):
    shown = {path: to_html(page) for path, page in pages.items() if path.endswith(".md")}
    assert len(shown) > 20
    assert [path for path, html in shown.items() if re.search(r"(^|>)[ \t]*&gt;", html, re.M)] == []


def test_a_caption_that_is_the_only_evidence_is_shown_marked_as_a_caption(pages):
    html = to_html(pages["actors/central-african-republic.md"])
    quote = re.search(r"<blockquote>(.*?)</blockquote>", html, re.S).group(1)
    assert "Photo caption:" in quote
    assert "<mark>Central African Republic</mark> (file photo)." in quote


def test_a_name_inside_another_longer_name_is_still_found(pages):
    html = to_html(pages["actors/peacekeeping-missions.md"])
    assert "UN <mark>Peacekeeping Missions</mark> abroad" in html


def test_a_long_sentence_is_cut_at_words_around_the_mention_with_an_ellipsis(pages):
    html = to_html(pages["actors/atul-khare.md"])
    quote = next(q for q in re.findall(r"<blockquote>(.*?)</blockquote>", html, re.S) if "word" in q)
    shown = text_of(quote)
    assert shown.startswith(ELLIPSIS + " ") and shown.endswith(" " + ELLIPSIS)
    assert "<mark>Atul Khare</mark> spoke again" in quote
    words = set((LONG_TAIL + " Atul Khare spoke again .").replace(".", " .").split())
    assert all(word in words for word in shown.strip(ELLIPSIS + " ").split()), "a word was cut"


def test_french_sentences_carry_their_language_on_an_english_page(pages):
    html = to_html(pages["actors/dang-dinh-quy.md"])
    assert re.search(r'<span class="nd-sentence" lang="fr">[^<]*<mark>', html) or 'lang="fr"' in html
    assert 'lang="fr"' in to_html(pages["missions/unisfa.md"])
    english = to_html(pages["actors/central-african-republic.md"])
    assert 'lang="fr"' not in english and 'lang="en"' in english


@pytest.mark.parametrize("path", ["index.md", "actors/jean-pierre-lacroix.md", "missions/unisfa.md", "events/2021-03-deployment.md"])
def test_article_titles_carry_their_language(pages, path):
    assert '<a href="/articles/fr_fisnua.md"><span lang="fr">Rencontre à New York</span></a>' in to_html(pages[path])


def test_sentences_are_split_after_a_bracket_and_stop(pages):
    html = to_html(pages["actors/dang-dinh-quy.md"])
    quote = text_of(re.search(r"<blockquote>(.*?)</blockquote>", html.split("Articles that mention")[1], re.S).group(1))
    assert quote.startswith("Le secrétaire général adjoint"), quote


def test_an_event_marks_its_participants_in_each_reported_sentence(pages):
    html = to_html(pages["events/2021-03-deployment.md"])
    assert "<mark>Vietnam</mark> deployed an engineering company to <mark>UNISFA</mark>" in html
    assert "<mark>vietnamienne</mark>" in html


def test_an_inferred_mission_shows_the_host_country_sentence_and_the_reason_without_a_cut_quote(pages):
    html = to_html(pages["missions/unmiss.md"])
    item = items_linking_articles(html, "Articles")[0]
    assert "when UNMISS was the operation there" in item
    assert "South Sud\u201d" not in item, "the quote cut mid-word is not shown"
    assert "the troops in <mark>South Sudan</mark>." in item


def test_an_article_lists_each_entity_it_names_with_its_sentence(pages):
    html = to_html(pages["articles/fr_fisnua.md"])
    section = html.split(">Named in this article")[1].split("<h2")[0]
    assert section.count("<li>") == 4  # three actors and a mission
    assert section.count("<blockquote>") == 4
    assert "<mark>Dang Dinh Quy</mark>" in section


# --- roles --------------------------------------------------------------------------------------


def test_a_role_is_shown_with_the_date_and_article_that_print_it_beside_the_name(pages):
    html = to_html(pages["actors/jean-pierre-lacroix.md"])
    roles = html.split(">Roles")[1].split("<h2")[0]
    role_item = roles.split("<li>")[1]
    assert "Under-Secretary-General" in role_item and "in 2 articles" in text_of(role_item)
    assert '26 November 2021, <a href="/articles/en_deploy.md">' in role_item
    assert 'date unknown, <a href="/articles/en_undated.md">' in role_item
    assert "<mark>Under-Secretary-General</mark> for Peace Operations <mark>Jean-Pierre Lacroix</mark>" in role_item


def test_a_role_no_sentence_prints_beside_the_name_says_so(pages):
    roles = to_html(pages["actors/jean-pierre-lacroix.md"]).split(">Roles")[1].split("<h2")[0]
    nothing = roles.split("Secretary-General of Nothing")[1].split("</li>")[0]
    assert "no sentence of the corpus prints it beside the name" in nothing


def test_an_actor_with_more_roles_than_a_page_shows_lists_the_most_printed_and_counts_all(tmp_path):
    root = make_corpus(tmp_path)
    unprinted = [f"Envoy of Place {n}" for n in range(ROLES_SHOWN + 5)]
    actors = (root / "data" / "actors.yaml").read_text(encoding="utf-8")
    actors = actors.replace("      - Secretary-General of Nothing\n",
                            "      - Secretary-General of Nothing\n" + "".join(f"      - {role}\n" for role in unprinted), 1)
    (root / "data" / "actors.yaml").write_text(actors, encoding="utf-8")
    section = to_html(render(root)["actors/jean-pierre-lacroix.md"]).split(">Roles")[1].split("<h2")[0]
    assert section.count("<strong>") == ROLES_SHOWN
    assert "Under-Secretary-General" in section, "the role printed beside the name is kept"
    assert f"{len(unprinted) + 2} roles; the {ROLES_SHOWN} printed in the most articles are shown" in text_of(section)
    assert 'href="/data.md"' in section
    shown = [role for role in unprinted if f"<strong>{role}</strong>" in section]
    # the printed role, then the unprinted ones in the order of actors.yaml (ties)
    assert "Secretary-General of Nothing" in section
    assert shown == unprinted[:ROLES_SHOWN - 2], "ties keep the order of actors.yaml"


@pytest.mark.parametrize(("counts", "size", "kept"), [
    pytest.param([1, 0, 3], 3, [0, 1, 2], id="no-more-than-size-all-kept"),
    pytest.param([0, 2, 0, 1], 2, [1, 3], id="most-printed-in-their-order"),
    pytest.param([1, 1, 1, 1], 2, [0, 1], id="ties-first-listed"),
])
def test_most_printed_keeps_the_roles_printed_most_in_their_order(counts, size, kept):
    roles = [(f"role {n}", ["source"] * count) for n, count in enumerate(counts)]
    assert most_printed(roles, size) == [roles[n] for n in kept]


@pytest.mark.parametrize(
    ("sentence", "role", "actor", "beside"),
    [
        pytest.param("UN Under-Secretary-General Jean-Pierre Lacroix spoke.", "Under-Secretary-General", "lacroix", True, id="title-before-name"),
        pytest.param("Jean-Pierre Lacroix, the Under-Secretary-General, spoke.", "Under-Secretary-General", "lacroix", True, id="apposition-after-name"),
        pytest.param("l’ambassadeur Dang Dinh Quy a parlé.", "ambassadeur", "quy", True, id="french"),
        pytest.param("El embajador Juan Mayor habló.", "embajador", "mayor", True, id="spanish"),
        pytest.param("Jean-Pierre Lacroix met the Under-Secretary-General for Support, Atul Khare.", "Under-Secretary-General", "lacroix", False, id="nearer-another-person"),
        pytest.param("Jean-Pierre Lacroix said many things about the work that the Under-Secretary-General does.", "Under-Secretary-General", "lacroix", False, id="too-far"),
        pytest.param("Jean-Pierre Lacroix met the Secretary-General.", "Under-Secretary-General", "lacroix", False, id="role-absent"),
        pytest.param("The Under-Secretary-General met Jean-Pierre Lacroix.", "Secretary-General", "lacroix", False, id="inside-a-longer-word"),
    ],
)
def test_role_beside_a_name(sentence, role, actor, beside):
    names = {"lacroix": "Jean-Pierre Lacroix", "quy": "Dang Dinh Quy", "mayor": "Juan Mayor", "khare": "Atul Khare"}
    persons = [(sentence.index(name), sentence.index(name) + len(name), who) for who, name in names.items() if name in sentence]
    assert bool(role_beside(sentence, role, persons, actor)) is beside


# --- missions -----------------------------------------------------------------------------------


def test_mission_places_are_country_names(pages):
    html = to_html(pages["missions/unisfa.md"])
    assert '<strong>Where:</strong> Sudan, <a href="/actors/south-sudan.md">South Sudan</a>' in html


def test_a_country_actor_shows_its_country_by_name(pages):
    assert "<strong>Country:</strong> South Sudan (SS)" in to_html(pages["actors/south-sudan.md"])


@pytest.mark.parametrize(("code", "name"), [("SS", "South Sudan"), ("SD", "Sudan"), ("CF", "Central African Republic"), ("kr", "South Korea"), ("ZZZ", "ZZZ")])
def test_country_name(code, name):
    assert country_name(code) == name


def test_contributing_countries_are_shown_with_their_evidence_and_hosts_are_not(pages):
    html = to_html(pages["missions/unisfa.md"])
    section = html.split(">Contributing countries")[1].split("<h2")[0]
    assert '<a href="/actors/vietnam.md">Vietnam</a> · 2 articles · 1 event' in section
    assert "South Sudan" not in section
    assert "<mark>Vietnam</mark> deployed an engineering company to <mark>UNISFA</mark>" in section
    assert re.search(r'lang="fr">Le <mark>déploiement|lang="fr">Le déploiement de l’unité <mark>vietnamienne</mark>', section)
    assert '<a href="/events/2021-03-deployment.md">' in section


def test_a_country_in_another_clause_than_the_deployment_is_no_contributor(pages):
    section = pages["missions/unisfa.md"].split("## Contributing countries")[1].split("\n## ")[0]
    assert "Norway" not in section


def test_a_mission_with_no_contribution_told_has_no_contributors_section(pages):
    assert "Contributing countries" not in pages["missions/unmiss.md"]


# --- languages ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "name"), [("en", "English"), ("fr", "French"), ("es", "Spanish"), ("vi", "Vietnamese"), ("pt-BR", "Portuguese (Brazil)"), ("", "unknown"), ("und", "unknown")])
def test_language_name(code, name):
    assert language_name(code) == name


@pytest.mark.parametrize("path", ["index.md", "articles/index.md", "articles/by-language.md", "articles/fr_fisnua.md", "actors/jean-pierre-lacroix.md", "events/2021-03-deployment.md"])
def test_languages_are_shown_by_name(pages, path):
    text = text_of(to_html(pages[path]))
    assert "French" in text
    assert not re.search(r"(·|\|)\s*fr\b|\bin fr\b|\bfr \(", text)


# --- home page ----------------------------------------------------------------------------------


def latest(page: str) -> list[str]:
    section = page.split("## Latest articles")[1].split("## ")[0]
    return re.findall(r"\(/articles/([^)]+)\.md\)", section.split("### Undated")[0])


def test_home_lists_dated_articles_newest_first_then_the_undated_apart(pages):
    assert latest(pages["index.md"]) == ["fr_fisnua", "en_deploy", "en_clause"]
    undated = pages["index.md"].split("### Undated")[1].split("## ")[0]
    assert "en_undated" in undated and "en_no_year" in undated


def test_home_gives_the_span_of_the_dated_articles(pages):
    assert "- Articles from 2021 to 2022, and 2 undated" in pages["index.md"]
    assert "date unknown" not in pages["index.md"].split("</div>")[0]


def test_home_span_and_latest_follow_a_newer_article(tmp_path):
    newer = dict(title="A report of 2024", date="2024-05-03", language="es", source="Otra", actors=["vietnam"], missions=[],
                 body="Vietnam envió tropas.")
    page = render(make_corpus(tmp_path, {"es_2024": newer}))["index.md"]
    assert "- Articles from 2021 to 2024, and 2 undated" in page
    assert latest(page)[0] == "es_2024"
    assert "in English, French, Spanish" in page


# --- pure helpers -------------------------------------------------------------------------------


SENTENCE = "Vietnam deployed an engineering company to UNISFA in March."


@pytest.mark.parametrize(
    ("sentence", "marks", "limit", "expected"),
    [
        pytest.param(SENTENCE, [(0, 7)], 400, [("Vietnam", True), (SENTENCE[7:], False)], id="whole"),
        pytest.param(SENTENCE, [(43, 49), (0, 7)], 400, [("Vietnam", True), (SENTENCE[7:43], False), ("UNISFA", True), (SENTENCE[49:], False)], id="marks-in-order"),
        pytest.param(SENTENCE, [(0, 7), (3, 16)], 400, [("Vietnam deployed", True), (SENTENCE[16:], False)], id="overlap-joined"),
        pytest.param(SENTENCE, [(43, 49)], 30, [(ELLIPSIS + " ", False), ("company to ", False), ("UNISFA", True), (" in March.", False)], id="window-at-words"),
        pytest.param(SENTENCE, [(20, 31)], 24, [(ELLIPSIS + " ", False), ("an ", False), ("engineering", True), (" " + ELLIPSIS, False)], id="window-both-ends"),
        pytest.param(SENTENCE, [], 20, [("Vietnam deployed an", False), (" " + ELLIPSIS, False)], id="no-mark-start"),
        pytest.param("x" * 50 + " end", [(0, 3)], 10, [("xxx", True), ("x" * 47, False), (" " + ELLIPSIS, False)], id="word-longer-than-limit-whole"),
    ],
)
def test_excerpt(sentence, marks, limit, expected):
    assert excerpt(sentence, marks, limit) == expected


@pytest.mark.parametrize(
    ("reason", "statement"),
    [
        ("X is named in 2021, when UNMISS was the operation there (\u201cX hailed the troo\u201d)", "X is named in 2021, when UNMISS was the operation there"),
        ("Named by hand", "Named by hand"),
        (None, ""),
    ],
)
def test_reason_statement(reason, statement):
    assert reason_statement(reason) == statement


# --- in the browser, on the site built from the example corpus ----------------------------------

SCREENSHOTS = ROOT / "tests" / "screenshots"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def example_graph():
    from conftest import example_project
    from newsdossier.graph import build_graph
    return build_graph(load_corpus(Project(example_project())))


def site_path(section: str, entry_id: str) -> str:
    return f"/{section}/{entry_id}/"


def example_entity_pages(section: str) -> list[str]:
    """Every page of a section (actors, missions, events) of the example site that links to an article."""
    graph = example_graph()
    if section == "events":
        return sorted(site_path("events", e["id"]) for e in graph.events_by_date if e.get("articles"))
    links = graph.actor_links if section == "actors" else graph.mission_links
    return sorted(site_path(section, i) for i, found in links.items() if found and graph.visible(section, i))


def shown_lines(page) -> list[str]:
    return [line.strip() for line in page.locator("article").inner_text().splitlines() if line.strip()]


@pytest.mark.browser
@pytest.mark.parametrize("section", ["actors", "missions", "events"])
def test_in_the_browser_each_article_link_shows_its_sentence_marked(page, site_url, section):
    paths = example_entity_pages(section)
    assert paths
    for path in paths:
        page.goto(site_url + path)
        items = page.locator("article li").filter(has=page.locator("> p > a[href*='/articles/'], > a[href*='/articles/']"))
        assert items.count() > 0, path
        for item in items.all():
            sentence = item.locator("blockquote .nd-sentence")
            assert sentence.count() >= 1, f"{path}: {item.inner_text()[:120]}"
            assert sentence.first.locator("mark").count() >= 1 or section == "events", path
            assert sentence.first.get_attribute("lang"), path
        assert not [line for line in shown_lines(page) if line.startswith(">")], path


@pytest.mark.browser
def test_in_the_browser_french_sentences_are_marked_french(page, site_url):
    graph = example_graph()
    french = [a for a in graph.corpus.articles.values() if a.meta.get("language") == "fr"]
    assert french
    actor = next(pair for pair, link in graph.mentions[french[0].id].items() if link.sentence and pair[0] == "actors")
    page.goto(site_url + site_path(*actor))
    assert page.locator("html").get_attribute("lang") != "fr"
    assert page.locator("blockquote .nd-sentence[lang=fr]").count() >= 1
    assert "French" in page.locator("article").inner_text()


@pytest.mark.browser
def test_in_the_browser_a_caption_is_shown_as_a_caption(page, site_url):
    graph = example_graph()
    captioned = [(a, l) for a, links in graph.actor_links.items() for l in links if l.where == "caption"]
    if not captioned:
        pytest.skip("the example corpus names no actor only in a caption")
    actor_id, link = captioned[0]
    page.goto(site_url + site_path("actors", actor_id))
    quote = page.locator("blockquote").filter(has_text="Photo caption:")
    assert quote.count() >= 1
    assert quote.first.locator("mark").count() == 1


PAGE_TYPES = {
    "home": lambda g: "/",
    "article-fr": lambda g: site_path("articles", next(a.id for a in g.corpus.articles.values() if a.meta.get("language") == "fr")),
    "actor-person": lambda g: site_path("actors", max((a for a in g.actor_links if g.corpus.actors[a].get("kind") == "person" and g.corpus.actors[a].get("roles")), key=lambda a: len(g.actor_links[a]))),
    "actor-caption": lambda g: site_path("actors", next((a for a, ls in g.actor_links.items() if any(l.where == "caption" for l in ls)), next(iter(g.actor_links)))),
    "mission": lambda g: site_path("missions", max(g.mission_links, key=lambda m: len(g.contributors(g.corpus.missions[m])))),
    "event": lambda g: site_path("events", g.events_by_date[0]["id"]),
}


@pytest.mark.browser
@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
@pytest.mark.parametrize("kind", sorted(PAGE_TYPES))
def test_page_screenshots(page, site_url, kind, viewport):
    """Each page type on a desktop and a phone screen, saved to tests/screenshots/ to look at."""
    page.set_viewport_size(VIEWPORTS[viewport])
    page.goto(site_url + PAGE_TYPES[kind](example_graph()))
    assert page.locator("h1").count() == 1
    assert not [line for line in shown_lines(page) if line.startswith(">")]
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= VIEWPORTS[viewport]["width"], f"the page is {width} px wide"
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"pages-{kind}-{viewport}.png"), full_page=True)


SECOND_EVENT = """\
  - id: 2021-11-visit
    title: Lacroix visits the engineers
    kind: visit
    date: 2021-11-20
    actors:
      - jean-pierre-lacroix
    missions: []
    articles:
      - en_deploy
    sentences:
      en_deploy: The UN Under-Secretary-General for Peace Operations Jean-Pierre Lacroix praised the troops in South Sudan.
    status: candidate
"""


def test_an_article_reporting_several_events_lists_each_as_its_own_item(tmp_path):
    """A line of a template ending in a tag lost its line break (trim_blocks), so the second
    event ran into the first one's list item."""
    root = make_corpus(tmp_path)
    events = root / "data" / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8") + SECOND_EVENT, encoding="utf-8")
    html = to_html(render(root)["articles/en_deploy.md"])
    section = html.split("<h2>Events reported</h2>")[1].split("<h2")[0]
    items = re.findall(r"<li>(.*?)</li>", section, flags=re.S)
    assert len(items) == 2, section
    assert all(item.count("/events/") == 1 for item in items), items


def _missions_covered(page: str) -> str:
    return page.split("## Missions covered")[1].split("\n## ")[0]


def test_home_lists_as_covered_only_the_missions_an_article_or_event_tells(tmp_path):
    """A mission left in data/missions.yaml that no article and no event names any more (the
    extraction no longer implies it, a person removed it from the article) is no mission the
    corpus covers: the home page does not list it "covered by 0 articles". Its page stays, and
    the missions index lists it."""
    root = make_corpus(tmp_path)
    (root / "data" / "missions.yaml").write_text(MISSIONS + """\
  - id: unamid
    acronym: UNAMID
    name: African Union-United Nations Hybrid Operation in Darfur
    countries:
      - SD
    status: confirmed
""", encoding="utf-8")
    pages = render(root)
    covered = _missions_covered(pages["index.md"])
    assert "UNISFA" in covered and "UNMISS" in covered
    assert "UNAMID" not in covered
    assert "missions/unamid.md" in pages and "UNAMID" in pages["missions/index.md"]


def test_home_lists_a_mission_an_event_alone_tells(tmp_path):
    """A mission no article lists but an event still names (README: delete it there too) is
    listed, with its events, so that the 0 articles it shows is explained."""
    root = make_corpus(tmp_path)
    for path in (root / "data" / "articles").glob("*.md"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\n  - unisfa\n", "\n").replace("missions: [unisfa]", "missions: []"), encoding="utf-8")
    pages = render(root)
    covered = _missions_covered(pages["index.md"])
    line = next(line for line in covered.splitlines() if "UNISFA" in line)
    assert "0 articles" in line and "1 event" in line


def test_home_is_rendered_again_when_the_events_of_a_mission_change(tmp_path):
    """Under serve the home page is rendered again only when what it reads changes
    (render._home_inputs): a mission listed for its events alone must follow them."""
    from newsdossier.graph import build_graph
    from newsdossier.render import _home_inputs

    root = make_corpus(tmp_path)
    before = load_corpus(Project(root))
    events = root / "data" / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8").replace("    missions:\n      - unisfa\n", "    missions: []\n", 1), encoding="utf-8")
    after = load_corpus(Project(root))
    assert not after.problems, after.problems
    assert _home_inputs(before, build_graph(before)) != _home_inputs(after, build_graph(after))
