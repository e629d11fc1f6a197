"""graph: the site-wide views derived from the corpus (related articles and events)."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsdossier.corpus import Article, Corpus
from newsdossier.graph import RELATED_LIMIT, build_graph

LISTS = ("authors", "actors", "missions", "missions_inferred", "events")


def _article(article_id: str, date: str | None, events: list[str]) -> Article:
    meta = {"id": article_id, "title": article_id, "date": date, **{k: [] for k in LISTS}}
    meta["events"] = events
    return Article(meta, "Text.", Path(f"{article_id}.md"))


def _corpus(dates: dict[str, str | None]) -> Corpus:
    corpus = Corpus()
    corpus.articles = {a: _article(a, d, ["shared-event"]) for a, d in dates.items()}
    corpus.events = {"shared-event": {"id": "shared-event", "title": "E", "date": "2021", "status": "candidate"}}
    return corpus


def test_among_equally_related_articles_the_nearest_in_time_come_first():
    # Every article reports the same event: all are equally related; time decides.
    dates = {f"a{n:02d}": f"20{10 + n}-06-01" for n in range(12)}
    graph = build_graph(_corpus(dates))
    related = [a.id for a in graph.related_articles(graph.corpus.articles["a06"])]
    assert related == ["a05", "a07", "a04", "a08", "a03"][:RELATED_LIMIT]


@pytest.mark.parametrize("count", [12, 40])
def test_no_article_is_related_to_every_other_by_the_accident_of_sorting_first(count):
    # Undated, equally related articles: none may appear in every other's list.
    graph = build_graph(_corpus({f"a{n:03d}": None for n in range(count)}))
    listed: dict[str, int] = {}
    for article in graph.corpus.articles.values():
        for other in graph.related_articles(article):
            listed[other.id] = listed.get(other.id, 0) + 1
    assert max(listed.values()) <= 2 * RELATED_LIMIT


# --- roles: each found in whichever sentence prints it, among many roles ----------------------

ROLES = [f"Special Envoy for Region {n}" for n in range(30)] + ["Force Commander", "Sous-secrétaire général"]


def _role_corpus(body: str, captions: list[str], title: str) -> Corpus:
    corpus = Corpus()
    meta = {"id": "a1", "title": title, "date": "2021-05-01", **{k: [] for k in LISTS}, "captions": captions}
    meta["actors"] = ["ana-diaz"]
    corpus.articles = {"a1": Article(meta, body, Path("a1.md"))}
    corpus.actors = {"ana-diaz": {"id": "ana-diaz", "name": "Ana Diaz", "kind": "person", "status": "candidate", "roles": ROLES}}
    return corpus


@pytest.mark.parametrize(("body", "captions", "title", "role"), [
    pytest.param("Rain fell.\n\nForce Commander Ana Diaz arrived.", [], "Visit", "Force Commander", id="text-second-paragraph"),
    pytest.param("Rain fell.", ["Force Commander Ana Diaz at the base."], "Visit", "Force Commander", id="caption"),
    pytest.param("Rain fell.", [], "Force Commander Ana Diaz visits", "Force Commander", id="headline"),
    pytest.param("Il pleut.\n\nLe SOUS-SECRETAIRE GENERAL Ana Diaz est venu.", [], "Visite",
                 "Sous-secrétaire général", id="accents-and-case-folded"),
    pytest.param("Rain fell.\n\nThe Special Envoy for Region 27 Ana Diaz spoke.", [], "Visit", "Special Envoy for Region 27", id="one-of-many"),
])
def test_a_role_is_found_in_the_sentence_that_prints_it_beside_the_name(body, captions, title, role):
    graph = build_graph(_role_corpus(body, captions, title))
    found = dict(graph.role_sources(graph.corpus.actors["ana-diaz"]))
    assert [s.article.id for s in found[role]] == ["a1"]
    assert all(not sources for other, sources in found.items() if other != role)


def test_a_role_printed_only_inside_a_longer_word_is_not_found():
    graph = build_graph(_role_corpus("The ex-Force Commanders Ana Diaz met.", [], "Visit"))
    assert not any(sources for _role, sources in graph.role_sources(graph.corpus.actors["ana-diaz"]))


@pytest.mark.parametrize(("body", "role"), [
    pytest.param("A Force Commander was named. Rain fell. Later Force Commander Ana Diaz spoke.", "Force Commander", id="first-sentence-without-her"),
    pytest.param("The Force Commander left.\n\nShe was praised.\n\nForce Commander Ana Diaz stayed.", "Force Commander", id="later-paragraph"),
    pytest.param("Force Commander and Special Envoy for Region 3 Ana Diaz spoke.", "Special Envoy for Region 3", id="two-roles-one-sentence"),
])
def test_a_role_is_found_beside_the_name_after_sentences_printing_it_alone(body, role):
    graph = build_graph(_role_corpus(body, [], "Visit"))
    found = dict(graph.role_sources(graph.corpus.actors["ana-diaz"]))
    assert [s.article.id for s in found[role]] == ["a1"]
    assert "Ana Diaz" in found[role][0].evidence.sentence


@pytest.mark.parametrize(("text", "named"), [
    ("Troops of MINUSMA left.", True),
    ("Troops of the minusma left.", False),  # an acronym is compared as written
    ("The Mission multidimensionnelle integree left.", True),  # a name is compared folded
    ("Troops left Bamako.", False),
])
def test_a_matcher_says_when_a_text_cannot_name_an_entity(text, named):
    from newsdossier.graph import Matcher
    from newsdossier.text import fold_same_length
    matcher = Matcher({"MINUSMA": ("missions", "minusma"), "Mission multidimensionnelle intégrée": ("missions", "minusma")})
    assert matcher.may_name(text, fold_same_length(text), ("missions", "minusma")) is named
    if not named:
        assert not list(matcher.finditer(text)) and not matcher.spans_of(text, ("missions", "minusma"))


@pytest.mark.parametrize(("written", "expected"), [
    ((("ana diaz", False),), [1, 2]),  # folded forms: found in the folded sentences
    ((("AD", True),), [2]),  # a form compared as written: found in the sentences as written
    ((("diaz", False), ("AD", True)), [1, 2]),
    ((("nobody", False),), []),
])
def test_the_sentences_that_may_name_an_entity_are_found_in_order(written, expected):
    from newsdossier.graph import _sentences_with, folded_sentences
    sentences = (("text", "Rain fell."), ("text", "Ana Díaz came."), ("caption", "ANA DIAZ (AD) smiles."))
    whole = "\n".join(folded_sentences(sentences))
    assert _sentences_with(sentences, whole, written) == expected


MATCHED_TEXTS = [
    "The UN Mission in Mali and the United Nations met in Mali.",
    "The UN-backed talks in Malian towns; un and UN.",  # inside words, case of an acronym
    "Lee Seo-yeon spoke; Seo-yeon left; Kim Seo-yeon-ah stayed.",
    "The UN Mission in Malawi met the UN.",  # a longer form that fails at its end
    "the un mission in mali",  # an acronym's folded form, not as written: its span names nothing
    "Les Nations unies et l'ONU ; l'O.N.U. aussi, U.N.-led.",
    "Mali_2 Mali2 Mali, (Mali) «Mali» Mali…",
    "",
]


def _pattern_matches(forms: dict, text: str) -> list:
    """What a pattern of the forms finds, as matchers found it before they compared by str.find:
    the longest form first at each place, between characters that are not word characters or "-"."""
    import re

    from newsdossier.text import fold, fold_same_length
    exact = {f: v for f, v in forms.items() if f.isupper() or "." in f}
    folded_forms = {fold(f): v for f, v in forms.items() if f not in exact}
    alternatives = sorted({fold(f) for f in forms}, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w-])")
    found = []
    for match in pattern.finditer(fold_same_length(text)):
        target = exact.get(text[match.start():match.end()]) or folded_forms.get(match.group())
        if target:
            found.append((match.start(), match.end(), target))
    return found


MATCHED_FORMS = {"UN": ("actors", "un"), "United Nations": ("actors", "un"), "Mali": ("actors", "mali"),
                 "UN Mission in Mali": ("missions", "minusma"), "Lee Seo-yeon": ("actors", "lee"), "Seo-yeon": ("actors", "lee"),
                 "Nations unies": ("actors", "un"), "ONU": ("actors", "un"), "O.N.U.": ("actors", "un"), "U.N.": ("actors", "un")}


@pytest.mark.parametrize("text", MATCHED_TEXTS)
@pytest.mark.parametrize("held", [list(MATCHED_FORMS), list(MATCHED_FORMS)[:3], ["Mali", "UN Mission in Mali"]],
                         ids=["all-forms", "some-forms", "nested-forms"])
def test_a_matcher_finds_what_a_pattern_of_its_forms_finds(text, held):
    from newsdossier.graph import Matcher
    forms = {form: MATCHED_FORMS[form] for form in held}
    assert list(Matcher(forms).finditer(text)) == _pattern_matches(forms, text)


def test_a_matcher_compiles_no_pattern(monkeypatch):
    import re

    from newsdossier.graph import Matcher
    compiled = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda *args, **kwargs: compiled.append(args[0]) or real(*args, **kwargs))
    matcher = Matcher({"Quorvandia": ("actors", "quorvandia"), "QVD": ("actors", "quorvandia")})
    assert list(matcher.finditer("Quorvandia (QVD) said.")) == [(0, 10, ("actors", "quorvandia")), (12, 15, ("actors", "quorvandia"))]
    assert not [p for p in compiled if isinstance(p, str) and "quorvandia" in p]


# --- related items: the best scores first, however many score less ------------------------------

def test_the_item_sharing_most_comes_first_however_many_share_less():
    # Twenty items share one event (3 points each); i00 and i19 also share a person (1 more):
    # i19, the farthest in time from i00, still ranks first, then the nearest of the others.
    from newsdossier.graph import _most_shared
    items = [f"i{n:02d}" for n in range(20)]
    holders = {("events", "e"): items, ("actors", "p"): ["i00", "i19"]}
    ranked = _most_shared(holders, 100, weight=lambda key: 3 if key[0] == "events" else 1,
                          days={item: n for n, item in enumerate(items)})
    assert ranked["i00"] == ["i19", "i01", "i02", "i03", "i04"][:RELATED_LIMIT]
    assert ranked["i10"] == ["i09", "i11", "i08", "i12", "i07"][:RELATED_LIMIT]


def _ranked_one_pair_at_a_time(holders, population, weight, hub_ok, days):
    # The ranking _most_shared documents, worked out plainly: every pair of items counted.
    from newsdossier.graph import HUB_SHARE
    kept = [(ids, weight(key)) for key, ids in holders.items() if ids and (len(ids) <= max(2, int(population * HUB_SHARE)) or hub_ok(key))]
    names = sorted({item for ids, _points in kept for item in ids})
    score = {}
    for ids, points in kept:
        for a in ids:
            for b in ids:
                if a != b:
                    score[a, b] = score.get((a, b), 0) + points
    ranked = {}
    for n, a in enumerate(names):
        def order(b):
            m = names.index(b)
            if days is None:
                return (-score[a, b], m)
            apart = float("inf") if days.get(a) is None or days.get(b) is None else abs(days[a] - days[b])
            return (-score[a, b], apart, abs(m - n), m)
        others = sorted((b for b in names if (a, b) in score), key=order)
        if others:
            ranked[a] = others[:RELATED_LIMIT]
    return ranked


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("block_cells", [1, 7, 1 << 20])  # one row at a time (and a sort for the floor), a few, all
def test_related_items_ranked_in_blocks_as_one_pair_at_a_time(seed, block_cells, monkeypatch):
    import random

    from newsdossier import graph

    monkeypatch.setattr(graph, "BLOCK_CELLS", block_cells)
    draw = random.Random(seed)
    items = [f"i{draw.randrange(1000):03d}" for _ in range(draw.choice([1, 2, 6, 25, 60]))]
    holders = {(draw.choice(["events", "actors"]), f"h{h}"): [draw.choice(items) for _ in range(draw.choice([1, 2, 3, 8, len(items)]))]
               for h in range(draw.randrange(1, 2 * len(items) + 2))}
    days = None if seed % 4 == 0 else {item: None if draw.random() < 0.2 else draw.randrange(30) for item in items}
    points = (lambda key: 3 if key[0] == "events" else 1) if seed % 5 else (lambda key: 500 + 7 * int(key[1][1:]))
    hub_ok = lambda key: key[0] == "events"
    expected = _ranked_one_pair_at_a_time(holders, len(items), points, hub_ok, days)
    assert graph._most_shared(holders, len(items), weight=points, hub_ok=hub_ok, days=days) == expected


WORD_SENTENCES = [
    ("the minister of defence said", "minister"),
    ("ex-minister and prime minister", "minister"),  # after a hyphen: no word of its own
    ("ministers met the minister", "minister"),  # a longer word first
    ("minister_x minister2 minister", "minister"),  # "_" and digits are word characters
    ("Bộ trưởng bộ trưởng quốc phòng", "bộ trưởng"),
    ("chef d'état-major, chef d'état", "chef d'état"),  # a hyphen after it: no match there
    ("aa aaa aa-aa aa", "aa"),
    ("a b a b a", "a b a"),  # overlapping places: the first, then after its end, as re does
    ("", "minister"),
    ("minister", "minister"),
    ("ministre délégué", "délégué"),
    ("l'envoyé spécial", "envoyé spécial"),
    ("…minister…", "minister"),
]


@pytest.mark.parametrize("text, word", WORD_SENTENCES)
@pytest.mark.parametrize("hyphen", [True, False])
def test_a_word_is_found_between_non_word_characters_as_a_pattern_finds_it(text, word, hyphen):
    import re

    from newsdossier.graph import word_spans

    joiner = r"\w-" if hyphen else r"\w"
    pattern = re.compile(rf"(?<![{joiner}]){re.escape(word)}(?![{joiner}])")
    assert word_spans(text, word, hyphen) == [m.span() for m in pattern.finditer(text)]


def test_role_sources_compile_no_pattern_per_role(monkeypatch):
    import re

    compiled = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda *args, **kwargs: compiled.append(args[0]) or real(*args, **kwargs))
    corpus = _role_corpus("Rain fell.\n\nThe Quartermaster General Ana Diaz spoke.", [], "Visit")
    corpus.actors["ana-diaz"]["roles"] = ["Quartermaster General", "Envoy of the Ninth Province"]
    roles = dict(build_graph(corpus).role_sources(corpus.actors["ana-diaz"]))
    assert [s.evidence.sentence for s in roles["Quartermaster General"]] == ["The Quartermaster General Ana Diaz spoke."]
    assert roles["Envoy of the Ninth Province"] == []
    assert not [p for p in compiled if isinstance(p, str) and ("quartermaster" in p or "ninth" in p)]


# --- contributors: each country once per article, however often the article tells it ----------

def _contribution_corpus(bodies: dict[str, str]) -> Corpus:
    corpus = Corpus()
    corpus.articles = {}
    for article_id, body in bodies.items():
        meta = {"id": article_id, "title": article_id, "date": "2022-03-01", "language": "en", **{k: [] for k in LISTS}}
        meta["actors"], meta["missions"] = ["zedland", "yoland"], ["umzx"]
        corpus.articles[article_id] = Article(meta, body, Path(f"{article_id}.md"))
    corpus.actors = {
        "zedland": {"id": "zedland", "name": "Zedland", "kind": "country", "country": "ZZ", "status": "candidate"},
        "yoland": {"id": "yoland", "name": "Yoland", "kind": "country", "country": "YY", "status": "candidate"},
    }
    corpus.missions = {"umzx": {"id": "umzx", "acronym": "UMZX", "name": "Mission in Xland", "countries": ["XX"], "status": "confirmed"}}
    return corpus


def test_a_country_told_twice_in_one_article_counts_that_article_once():
    corpus = _contribution_corpus({
        "a1": "Zedland deployed troops to UMZX. Later Zedland deployed a second unit to UMZX.",
        "a2": "Yoland deployed engineers to UMZX.\n\nZedland deployed medics to UMZX.",
    })
    found = {c.actor_id: [s.article.id for s in c.sources] for c in build_graph(corpus).contributors(corpus.missions["umzx"])}
    assert found == {"zedland": ["a1", "a2"], "yoland": ["a2"]}


@pytest.mark.parametrize(("body", "expected"), [
    ("Zedland deployed troops; UMZX guards the border.", {}),  # the deployment in the country's clause, not the mission's
    ("UMZX guards the border; Zedland deployed troops there.", {}),
    ("Zedland deployed troops to UMZX. Yoland and Zedland deployed medics to UMZX.", {"zedland": ["a1"], "yoland": ["a1"]}),
    ("Zedland deployed troops to UMZX; Yoland wrote a letter.", {"zedland": ["a1"]}),
    ("Yoland wrote a letter; Zedland deployed troops to UMZX.", {"zedland": ["a1"]}),
])
def test_a_contributor_is_named_with_the_mission_and_the_deployment_in_one_clause(body, expected):
    corpus = _contribution_corpus({"a1": body})
    found = {c.actor_id: [s.article.id for s in c.sources] for c in build_graph(corpus).contributors(corpus.missions["umzx"])}
    assert found == expected


def test_a_sentence_that_can_add_no_contribution_is_not_read_for_its_event_words(monkeypatch):
    # Reading a sentence's event words is the dear part of contributors: a sentence whose
    # countries were all found in the article already, or none of them in a clause with the
    # mission, can add nothing and is not read.
    from newsdossier import events, graph

    corpus = _contribution_corpus({"a1": "Zedland deployed troops to UMZX. Zedland deployed medics to UMZX. "
                                         "Yoland deployed nurses; UMZX guards the border. Yoland deployed doctors to UMZX."})
    read = []
    monkeypatch.setattr(graph, "event_words", lambda sentence, language="und": read.append(sentence) or events.event_words(sentence, language))
    found = {c.actor_id: [s.evidence.sentence for s in c.sources] for c in build_graph(corpus).contributors(corpus.missions["umzx"])}
    assert found == {"zedland": ["Zedland deployed troops to UMZX."], "yoland": ["Yoland deployed doctors to UMZX."]}
    assert read == ["Zedland deployed troops to UMZX.", "Yoland deployed doctors to UMZX."]


@pytest.mark.parametrize(("acronyms", "body", "written"), [
    # a long acronym written as a word, as the French and Spanish press do
    ({"acronym": "UMZXQ", "acronym_fr": "MUZXQ"}, "La Muzxq a ouvert une base près du fleuve.", "Muzxq"),
    ({"acronym": "UMZXQ"}, "La Umzxq abrió una base cerca del río.", "Umzxq"),
    ({"acronym": "UMZXQ"}, "The UMZXQ opened a base near the river.", "UMZXQ"),
])
def test_a_mission_named_by_its_acronym_written_as_a_word_has_its_sentence(acronyms, body, written):
    """An acronym of five letters or more written with one capital ("la Finul") is a name the
    extraction reads (Reference.gazetteer); the mission's mention then carries that sentence
    and marks the word, instead of saying no sentence names it."""
    meta = {"id": "a1", "title": "a1", "date": "2022-03-01", "language": "fr", **{k: [] for k in LISTS}}
    meta["missions"] = ["umzxq"]
    corpus = Corpus()
    corpus.articles = {"a1": Article(meta, body, Path("a1.md"))}
    corpus.missions = {"umzxq": {"id": "umzxq", "name": "Mission in Xland", **acronyms, "countries": ["XX"], "status": "confirmed"}}
    link = build_graph(corpus).mentions["a1"][("missions", "umzxq")]
    assert link.sentence == body
    assert [body[start:end] for start, end in link.marks] == [written]


def test_a_short_acronym_is_not_taken_as_written_with_one_capital():
    """An acronym of four letters or fewer written with one capital is an everyday word as
    often as not ("Onu", "Unef", "Eu"): it names the mission only as written in capitals."""
    meta = {"id": "a1", "title": "a1", "date": "2022-03-01", "language": "fr", **{k: [] for k in LISTS}}
    meta["missions"] = ["umzx"]
    corpus = Corpus()
    corpus.articles = {"a1": Article(meta, "La Umzx a ouvert une base.", Path("a1.md"))}
    corpus.missions = {"umzx": {"id": "umzx", "name": "Mission in Xland", "acronym": "UMZX", "countries": ["XX"], "status": "confirmed"}}
    assert build_graph(corpus).mentions["a1"][("missions", "umzx")].sentence is None
