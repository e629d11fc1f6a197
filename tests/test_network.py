"""network: who appears with whom, counted from articles and events, laid out at build time and
shown as an SVG drawing and as a list. Small corpora made here; never the repository's data/."""
from __future__ import annotations

import random
import re
from pathlib import Path
from xml.etree import ElementTree

import markdown
import networkx as nx
import pytest

from conftest import ROOT
from newsdossier import network as net
from newsdossier.corpus import Article, Corpus
from newsdossier.graph import build_graph
from newsdossier.render import render_site

A, B, C, D = (("actors", x) for x in "abcd")
M = ("missions", "m")
LISTS = ("authors", "actors", "missions", "missions_inferred", "events")


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        pytest.param([("articles", "x", [A, B])], {(A, B): (("x",), ())}, id="one article names two"),
        pytest.param([("articles", "x", [A, B]), ("articles", "y", [B, A])], {(A, B): (("x", "y"), ())}, id="two articles, either order"),
        pytest.param([("articles", "x", [A, B, A, B])], {(A, B): (("x",), ())}, id="a name twice in one article counts once"),
        pytest.param([("events", "e", [A, M])], {(A, M): ((), ("e",))}, id="an event's participants"),
        pytest.param([("articles", "x", [A]), ("articles", "y", [])], {}, id="one entity alone makes no tie"),
        pytest.param([("articles", "x", [A, B, C])], {(A, B): (("x",), ()), (A, C): (("x",), ()), (B, C): (("x",), ())}, id="three named: three pairs"),
        pytest.param([("articles", "x", [A, B]), ("events", "e", [B, A])], {(A, B): (("x",), ("e",))}, id="article and event both count"),
    ],
)
def test_co_occurrences_count_each_article_and_event_once_per_pair(groups, expected):
    ties = net.co_occurrences(groups)
    assert {pair: (t.articles, t.events) for pair, t in ties.items()} == expected
    for (a, b), tie in ties.items():
        assert a < b and tie.weight == len(tie.articles) + len(tie.events)


def test_co_occurrences_refuse_a_group_of_another_kind():
    with pytest.raises(ValueError, match="group kind"):
        net.co_occurrences([("quotes", "q", [A, B])])


def _star_and_pair():
    # a is with b, c, d; b is also with c; d only with a
    return net.co_occurrences([
        ("articles", "1", [A, B, C]), ("articles", "2", [A, B]), ("articles", "3", [A, D]), ("events", "e", [A, B]),
    ])


def test_an_entitys_ties_come_heaviest_first():
    by_node = net.ties_by_node(_star_and_pair())
    assert [t.other(A) for t in by_node[A]] == [B, C, D]
    assert [t.weight for t in by_node[A]] == [3, 1, 1]


@pytest.mark.parametrize(("count", "expected"), [(1, [A]), (2, [A, B]), (4, [A, B, C, D]), (10, [A, B, C, D])])
def test_top_nodes_are_those_with_most_companions(count, expected):
    assert net.top_nodes(net.ties_by_node(_star_and_pair()), count) == expected


def test_top_nodes_break_equal_degrees_by_weight_then_by_id():
    ties = net.co_occurrences([("articles", "1", [C, D]), ("articles", "2", [C, D]), ("articles", "3", [A, B])])
    assert net.top_nodes(net.ties_by_node(ties), 4) == [C, D, A, B]


@pytest.mark.parametrize("limit", [1, 2, 10])
def test_ties_among_keep_only_ties_inside_the_set_heaviest_first(limit):
    ties = _star_and_pair()
    among = net.ties_among([A, B, C], ties, limit)
    assert all({t.a, t.b} <= {A, B, C} for t in among)
    assert [t.weight for t in among] == sorted((t.weight for t in among), reverse=True)
    assert len(among) == min(limit, 3)


def _random_groups(seed: int, entities: int = 60, articles: int = 300) -> list:
    rng = random.Random(seed)
    nodes = [("actors", f"e{n:03d}") for n in range(entities)]
    return [("articles", f"a{n:04d}", rng.sample(nodes, rng.randint(1, 6))) for n in range(articles)]


def test_the_corpus_drawing_is_bounded_by_its_top_n():
    network = net.Network(_random_groups(1), top=15, edges=30)
    drawing, ties = network.corpus()
    assert len(drawing.nodes) == 15
    assert len(ties) == len(drawing.edges) == 30
    drawn = {n.node for n in drawing.nodes}
    assert drawn == set(net.top_nodes(network.by_node, 15))
    assert all(e.a in drawn and e.b in drawn for e in drawing.edges)


def test_a_neighbourhood_draws_the_entity_and_at_most_its_n_heaviest_companions():
    network = net.Network(_random_groups(2), neighbours=8)
    centre = ("actors", "e000")
    drawing, ties = network.around(centre)
    assert len(ties) == 8
    assert ties == network.by_node[centre][:8]
    centres = [n for n in drawing.nodes if n.centre]
    assert [n.node for n in centres] == [centre]
    assert centres[0].x == drawing.width / 2


def test_an_entity_seen_with_no_one_has_no_drawing():
    drawing, ties = net.Network([("articles", "x", [A])]).around(A)
    assert ties == [] and drawing.nodes == ()


def test_the_spring_layout_is_the_same_for_the_same_input_in_any_order():
    groups = _random_groups(3)
    edges = [(t.a, t.b, t.weight) for t in net.co_occurrences(groups).values()]
    nodes = sorted({n for a, b, _w in edges for n in (a, b)})
    first = net.spring_positions(nodes, edges)
    shuffled_nodes, shuffled_edges = nodes[:], edges[:]
    random.Random(9).shuffle(shuffled_nodes)
    random.Random(9).shuffle(shuffled_edges)
    assert net.spring_positions(shuffled_nodes, shuffled_edges) == first
    assert all(-1.0 <= x <= 1.0 and -1.0 <= y <= 1.0 for x, y in first.values())


def test_the_first_neighbour_is_on_top_and_the_centre_in_the_middle():
    positions = net.shell_positions(A, [B, C, D])
    assert positions[A] == (0.0, 0.0)
    assert positions[B] == (0.0, -1.0)  # SVG's y grows downwards: -1 is the top
    assert positions[C][0] > 0  # then clockwise: to the right


@pytest.mark.parametrize("count", [1, 2, 3, 7, 10, 13])
def test_a_circle_is_laid_out_as_networkx_lays_it_out(count):
    around = [("actors", f"n{n:02d}") for n in range(count)]
    laid = nx.shell_layout(nx.Graph([(A, node) for node in around]), nlist=[[A], around], rotate=0)
    expected = {node: (round(float(2 * y), 4), round(float(-2 * x), 4)) for node, (x, y) in laid.items()}
    assert net.shell_positions(A, around) == expected


def test_circles_of_the_same_size_are_laid_out_once(monkeypatch):
    calls = []
    real = nx.shell_layout
    monkeypatch.setattr(net.nx, "shell_layout", lambda *args, **kwargs: calls.append(1) or real(*args, **kwargs))
    net.circle_positions.cache_clear()
    first = net.shell_positions(A, [B, C, D])
    second = net.shell_positions(D, [A, M, B])
    assert len(calls) == 1
    assert [first[n] for n in (A, B, C, D)] == [second[n] for n in (D, A, M, B)]


@pytest.mark.parametrize(
    ("name", "drawn"),
    [("Vietnam", "Vietnam"), ("United Nations Interim Security Force for Abyei", "United Nations Interim…"),
     ("Organisationdesnationsunies", "Organisationdesnationsu…"), ("  Spaced   out  ", "Spaced out")],
)
def test_a_long_name_is_cut_at_a_word_with_an_ellipsis(name, drawn):
    assert net.short_label(name) == drawn
    assert len(net.short_label(name)) <= net.LABEL_LENGTH


# --- rendered pages, from a small corpus made here ---------------------------------------

def _article(article_id: str, date: str, actors: list[str], missions: list[str] = (), language: str = "en", quotes=()) -> Article:
    meta = {k: [] for k in LISTS}
    meta.update(id=article_id, title=f"Title {article_id}", date=date, language=language, source="Wire",
                actors=list(actors), missions=list(missions), quotes=list(quotes))
    return Article(meta, "Text.", Path(f"{article_id}.md"))


def small_corpus() -> Corpus:
    corpus = Corpus()
    corpus.actors = {
        "ana": {"id": "ana", "name": "Ana Díaz", "kind": "person", "status": "confirmed"},
        "ben": {"id": "ben", "name": "Ben <Okafor> & Co", "kind": "person", "status": "candidate"},
        "chad": {"id": "chad", "name": "Chad", "kind": "country", "status": "candidate"},
        "old": {"id": "old", "name": "Ana D.", "kind": "person", "status": "candidate", "same_as": "ana"},
        "gone": {"id": "gone", "name": "Gone", "kind": "person", "status": "rejected"},
    }
    corpus.missions = {"minusma": {"id": "minusma", "acronym": "MINUSMA", "name": "Mission", "countries": ["ML"], "status": "candidate"}}
    corpus.articles = {
        "a1": _article("a1", "2021-03-01", ["ana", "ben"], ["minusma"]),
        "a2": _article("a2", "2022-05-01", ["old", "ben", "gone"], language="fr"),
        "a3": _article("a3", "2022-06-01", ["chad"]),
    }
    corpus.events = {"e1": {"id": "e1", "title": "Meeting", "date": "2022-05-01", "status": "candidate",
                            "actors": ["ana", "chad"], "missions": [], "articles": ["a2"]}}
    corpus.articles["a2"].meta["events"] = ["e1"]
    return corpus


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return render_site(small_corpus(), ROOT / "templates")


def _html(page: str) -> str:
    return markdown.markdown(page, extensions=["tables", "attr_list", "md_in_html"])


def _svg(page: str) -> ElementTree.Element:
    found = re.search(r"<svg .*?</svg>", page, re.S)
    assert found, "no drawing"
    return ElementTree.fromstring(found.group())  # well-formed XML, text escaped


def test_merged_actors_count_as_their_survivor_and_rejected_ones_not_at_all():
    ties = net.co_occurrences(net.graph_groups(build_graph(small_corpus())))
    names = {(a[1], b[1]): (t.articles, t.events) for (a, b), t in ties.items()}
    assert names[("ana", "ben")] == (("a1", "a2"), ())
    assert names[("ana", "chad")] == ((), ("e1",))
    assert not any("old" in pair or "gone" in pair for pair in names)


def test_the_network_page_draws_the_ties_and_lists_each_with_its_count_and_articles(pages):
    page = pages["network.md"]
    svg = _svg(page)
    assert svg.get("role") == "img"
    assert "4 actors and missions" in svg.get("aria-label")  # for screen readers, which skip the drawing
    labels = [t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")]
    assert len(labels) == 4  # ana, ben, chad, minusma
    ties = page.split("## Ties", 1)[1]
    line = next(l for l in ties.splitlines() if "/actors/ana.md" in l and "/actors/ben.md" in l)
    assert "2 articles:" in line and "/articles/a1.md" in line and "/articles/a2.md" in line
    event_line = next(l for l in ties.splitlines() if "/actors/chad.md" in l and "/actors/ana.md" in l)
    assert "1 event:" in event_line and "/events/e1.md" in event_line


def test_a_name_with_markup_is_text_in_the_drawing_and_the_list(pages):
    page = pages["network.md"]
    assert "<Okafor>" not in page
    labels = [t.text for t in _svg(page).iter("{http://www.w3.org/2000/svg}text")]
    assert "Ben <Okafor> & Co" in labels  # as text, once the entities are read


@pytest.mark.parametrize(("path", "centre"), [("actors/ana.md", "Ana Díaz"), ("missions/minusma.md", "MINUSMA")])
def test_actor_and_mission_pages_draw_their_neighbourhood_and_list_it(pages, path, centre):
    page = pages[path]
    section = page.split("## Network", 1)[1].split("\n## ", 1)[0]
    svg = _svg(section)
    assert centre in svg.get("aria-label")
    html = _html(section)
    assert "<li>" in html and "1 article" in section
    # an entity page links an article only with its sentence (in the sections above), never bare in a tie
    assert "/articles/" not in section


def test_an_actor_seen_with_no_one_has_no_network_section():
    corpus = small_corpus()
    corpus.actors["lone"] = {"id": "lone", "name": "Lone", "kind": "person", "status": "candidate"}
    corpus.articles["a4"] = _article("a4", "2023-01-01", ["lone"])
    assert "## Network" not in render_site(corpus, ROOT / "templates")["actors/lone.md"]


def test_the_network_page_is_the_same_bytes_when_built_twice():
    first = render_site(small_corpus(), ROOT / "templates")
    net.corpus_drawing.cache_clear()  # the layouts are computed again, not taken from the cache
    net.neighbourhood_drawing.cache_clear()
    second = render_site(small_corpus(), ROOT / "templates")
    for path in ("network.md", "actors/ana.md", "missions/minusma.md"):
        assert first[path] == second[path]


def test_spreading_keeps_the_order_along_each_axis_inside_the_box():
    positions = {A: (0.0, 0.0), B: (0.01, 0.02), C: (0.02, 0.01), D: (1.0, -1.0)}
    spread = net.spread(positions)
    for axis in (0, 1):
        assert sorted(positions, key=lambda n: positions[n][axis]) == sorted(spread, key=lambda n: spread[n][axis])
    assert all(-1.0 <= v <= 1.0 for xy in spread.values() for v in xy)
    # the three piled up near the origin are pulled apart
    assert abs(spread[B][0] - spread[A][0]) > 10 * abs(positions[B][0] - positions[A][0])


def test_the_lines_of_a_drawing_are_a_few_paths_holding_each_tie_once():
    network = net.Network(_random_groups(4), top=20, edges=50)
    drawing, ties = network.corpus()
    strokes = drawing.strokes
    assert len(strokes) <= 6  # one path per whole stroke width, 1 to 6
    assert sum(path.count("M") for _w, path in strokes) == len(ties)
    assert [w for w, _p in strokes] == sorted({w for w, _p in strokes})


def _edited_groups(groups: list, seed: int, edits: int) -> list:
    """A copy of groups in which `edits` groups name other entities (some added, some dropped)."""
    rng = random.Random(seed)
    nodes = sorted({n for _k, _i, members in groups for n in members}) + [("missions", "new")]
    edited = list(groups)
    for position in rng.sample(range(len(groups)), edits):
        kind, group_id, members = edited[position]
        kept = [m for m in members if rng.random() < 0.6]
        edited[position] = (kind, group_id, kept + rng.sample(nodes, rng.randint(0, 3)))
    return edited


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("edits", [0, 1, 3])
def test_an_updated_network_equals_one_made_in_full(seed, edits):
    groups = _random_groups(seed, entities=25, articles=120)
    groups += [("events", f"ev{n}", members) for n, (_k, _i, members) in enumerate(_random_groups(seed + 50, 25, 20))]
    edited = _edited_groups(groups, seed, edits)
    updated = net.Network(groups).updated(edited)
    full = net.Network(edited)
    assert list(updated.ties.items()) == list(full.ties.items())
    assert updated.by_node == full.by_node
    assert updated.corpus() == full.corpus()


def test_an_update_that_moves_or_adds_a_group_counts_every_tie_again():
    groups = _random_groups(7, entities=10, articles=30)
    moved = groups[1:] + groups[:1]
    for edited in (moved, groups + [("articles", "extra", [("actors", "e001"), ("actors", "e002")])]):
        updated = net.Network(groups).updated(edited)
        assert list(updated.ties.items()) == list(net.Network(edited).ties.items())
        assert updated.by_node == net.Network(edited).by_node


def _clique_and_strays() -> list:
    """A group of eight seen together often, and pairs and lone entities seen with no one of it."""
    core = [("actors", f"core{n}") for n in range(8)]
    groups = [("articles", f"c{n}", core[n % 8:n % 8 + 4] + core[:2]) for n in range(12)]
    groups += [("articles", "p1", [("actors", "pair-a"), ("actors", "pair-b")]),
               ("articles", "p2", [("actors", "pair-c"), ("missions", "pair-d")])]
    return groups


def test_parts_seen_apart_are_set_below_the_main_one_which_fills_the_height():
    drawing, _ties = net.Network(_clique_and_strays()).corpus()
    core = [n for n in drawing.nodes if n.node[1].startswith("core")]
    strays = [n for n in drawing.nodes if n.node[1].startswith("pair")]
    assert len(strays) == 4
    assert min(n.y for n in strays) > max(n.y for n in core)  # below the main part, not in a corner above it
    ys = sorted(n.y for n in core)
    assert ys[-1] - ys[0] > 0.6 * drawing.height
    assert max(b - a for a, b in zip(ys, ys[1:])) < 0.3 * drawing.height  # no large empty band


def _label_boxes(drawing) -> list:
    boxes = []
    for n in drawing.nodes:
        width = net.label_width(n.label)
        left = {"start": n.label_x, "end": n.label_x - width, "middle": n.label_x - width / 2}[n.anchor]
        boxes.append((n.label, left, n.label_y - 13, left + width, n.label_y + 4))
    return boxes


@pytest.mark.parametrize("seed", range(4))
def test_the_corpus_drawing_s_labels_do_not_overlap(seed):
    rng = random.Random(seed)
    words = ["United", "Nations", "Interim", "Force", "Ministry", "of", "Defence", "Security", "Council", "MINUSCA"]
    network = net.Network(_random_groups(seed, entities=80, articles=300))
    drawing, _ties = network.corpus(lambda node: " ".join(rng.choice(words) for _ in range(rng.randint(1, 4))))
    boxes = _label_boxes(drawing)
    clashes = [(a[0], b[0]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
               if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]]
    assert clashes == []
    assert all(0 <= box[1] and box[3] <= drawing.width and 0 <= box[2] and box[4] <= drawing.height for box in boxes)
