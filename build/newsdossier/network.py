"""Who appears with whom: ties between actors and missions, counted once per article that names
both and once per event in which both take part, and laid out at build time by networkx
(https://networkx.org/, `spring_layout` and `shell_layout`) for a static SVG drawn by a template.

The site shows the drawing and the same ties as a list, so it reads without JavaScript, offline
and with a screen reader. What grows with the corpus is computed once per build (the ties); a
page then works on a bounded number of nodes (NETWORK_TOP for the corpus page, NEIGHBOURS
around one entity), so its cost stays flat.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

import networkx as nx

Node = tuple[str, str]  # (section, id): ("actors", "vietnam") or ("missions", "unisfa")

# The corpus page draws the NETWORK_TOP entities with the most distinct companions (degree),
# and among them the NETWORK_EDGES heaviest ties: a drawing of 40 labelled nodes still reads on
# a laptop screen, and the page stays the same size at 100 or 10,000 articles.
NETWORK_TOP = 40
NETWORK_EDGES = 120
# An entity page draws the entity and its NEIGHBOURS most frequent companions.
NEIGHBOURS = 10
# Each tie in a list links this many of its latest articles (and events); the rest are counted.
LINKS_PER_TIE = 3
# A layout is a function of its input: the same ties give the same drawing, byte for byte.
LAYOUT_SEED = 13
LABEL_LENGTH = 24  # characters of a name drawn in full; a longer one is cut (its whole name is in the title)


@dataclass(frozen=True)
class Tie:
    """Two entities seen together: `a` sorts before `b`; `articles` and `events` are the ids of
    the articles that name both and of the events both take part in, each in the order given
    (date order when built by `co_occurrences` from lists in date order)."""

    a: Node
    b: Node
    articles: tuple[str, ...]
    events: tuple[str, ...]

    @property
    def weight(self) -> int:
        """How often the two are seen together: articles plus events."""
        return len(self.articles) + len(self.events)

    def other(self, node: Node) -> Node:
        return self.b if node == self.a else self.a


def co_occurrences(groups: Iterable[tuple[str, str, Sequence[Node]]]) -> dict[tuple[Node, Node], Tie]:
    """Ties from groups of entities seen together.

    groups: (kind, id, members) with kind "articles" or "events", id the article's or event's
    id, members the entities it names (duplicates are counted once). Returns {(a, b): Tie}
    with a < b, one key per pair seen together at least once; an article or event with k
    members adds k*(k-1)/2 pairs. Raises ValueError for another kind."""
    found: dict[tuple[Node, Node], tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for kind, group_id, members in groups:
        if kind not in ("articles", "events"):
            raise ValueError(f"group kind {kind!r}: expected 'articles' or 'events'")
        slot = 0 if kind == "articles" else 1
        unique = sorted(set(members))
        for i, a in enumerate(unique):
            for b in unique[i + 1:]:
                found[(a, b)][slot].append(group_id)
    return {pair: Tie(pair[0], pair[1], tuple(arts), tuple(evs)) for pair, (arts, evs) in sorted(found.items())}


def ties_by_node(ties: dict[tuple[Node, Node], Tie]) -> dict[Node, list[Tie]]:
    """Each entity's ties, heaviest first (then by the other entity, for a stable order)."""
    by_node: dict[Node, list[Tie]] = defaultdict(list)
    for tie in ties.values():
        by_node[tie.a].append(tie)
        by_node[tie.b].append(tie)
    for node, own in by_node.items():
        own.sort(key=lambda t, n=node: (-t.weight, t.other(n)))
    return dict(by_node)


def top_nodes(by_node: dict[Node, list[Tie]], count: int = NETWORK_TOP) -> list[Node]:
    """The `count` entities with the most distinct companions (degree), most first; ties in
    degree go to the larger total weight, then to the node's (section, id) order."""
    ranked = sorted(by_node, key=lambda n: (-len(by_node[n]), -sum(t.weight for t in by_node[n]), n))
    return ranked[:count]


def ties_among(nodes: Sequence[Node], ties: dict[tuple[Node, Node], Tie], limit: int = NETWORK_EDGES) -> list[Tie]:
    """The heaviest `limit` ties whose two ends are both in `nodes`, heaviest first."""
    chosen = set(nodes)
    inside = [t for t in ties.values() if t.a in chosen and t.b in chosen] if len(chosen) ** 2 > len(ties) else [
        ties[(a, b)] for a in sorted(chosen) for b in sorted(chosen) if a < b and (a, b) in ties]
    return sorted(inside, key=lambda t: (-t.weight, t.a, t.b))[:limit]


@dataclass(frozen=True)
class DrawnNode:
    """A node of a drawing, in the SVG's user units: centre (x, y), radius r; the label is
    drawn at (label_x, label_y) anchored by `anchor` (SVG text-anchor)."""

    node: Node
    x: float
    y: float
    r: float
    label_x: float
    label_y: float
    anchor: str
    centre: bool = False


@dataclass(frozen=True)
class DrawnEdge:
    """A line between two nodes, `width` growing with the `weight` of their tie."""

    a: Node
    b: Node
    weight: int
    x1: float
    y1: float
    x2: float
    y2: float
    width: float


@dataclass(frozen=True)
class Drawing:
    """A laid-out network: the SVG's size in user units and what to draw in it."""

    width: int
    height: int
    nodes: tuple[DrawnNode, ...]
    edges: tuple[DrawnEdge, ...]

    @property
    def strokes(self) -> list[tuple[int, str]]:
        """The edges as few SVG paths: (stroke width, path data "M x1 y1 L x2 y2 ..."), one
        per width rounded to a whole unit, thinnest first. A page then holds a handful of
        elements for its lines, not one per tie (the list below the drawing names each tie)."""
        paths: dict[int, list[str]] = defaultdict(list)
        for e in self.edges:
            paths[max(1, round(e.width))].append(f"M{e.x1:g} {e.y1:g}L{e.x2:g} {e.y2:g}")
        return [(width, "".join(parts)) for width, parts in sorted(paths.items())]


def spring_positions(nodes: Sequence[Node], edges: Sequence[tuple[Node, Node, int]], seed: int = LAYOUT_SEED) -> dict[Node, tuple[float, float]]:
    """Force-directed positions in [-1, 1] (networkx.spring_layout, Fruchterman-Reingold,
    weighted by the edge counts), rounded to 4 decimals. The graph is built in sorted order and
    the layout seeded, so the same nodes and edges (in any order) give the same positions."""
    graph = nx.Graph()
    graph.add_nodes_from(sorted(nodes))
    graph.add_weighted_edges_from(sorted(edges))
    if len(graph) == 0:
        return {}
    if len(graph) == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    # k: the distance nodes settle at, twice networkx's default (1/sqrt(n)) so labels have room
    positions = nx.spring_layout(graph, seed=seed, weight="weight", iterations=200, k=2 / len(graph) ** 0.5)
    return spread({node: (float(x), float(y)) for node, (x, y) in positions.items()})


def spread(positions: dict[Node, tuple[float, float]], share: float = 0.5) -> dict[Node, tuple[float, float]]:
    """Positions pulled towards an even spacing along each axis: each coordinate becomes
    (1 - share) x its value scaled to [-1, 1] + share x its rank scaled to [-1, 1]. Cliques of
    one article's entities no longer pile up on one spot; the order along each axis is kept.
    Rounded to 4 decimals."""
    nodes = sorted(positions)
    result: dict[Node, list[float]] = {node: [0.0, 0.0] for node in nodes}
    for axis in (0, 1):
        values = [positions[n][axis] for n in nodes]
        low, high = min(values), max(values)
        order = sorted(nodes, key=lambda n: (positions[n][axis], n))
        last = max(len(order) - 1, 1)
        for rank, node in enumerate(order):
            scaled = 2 * (positions[node][axis] - low) / (high - low) - 1 if high > low else 0.0
            result[node][axis] = round((1 - share) * scaled + share * (2 * rank / last - 1), 4)
    return {node: (x, y) for node, (x, y) in result.items()}


def shell_positions(centre: Node, around: Sequence[Node]) -> dict[Node, tuple[float, float]]:
    """`centre` in the middle and `around` on a circle, in the order given from the top
    (networkx.shell_layout), rounded to 4 decimals."""
    if not around:
        return {centre: (0.0, 0.0)}
    places = circle_positions(len(around))
    return {centre: places[0], **dict(zip(around, places[1:]))}


@lru_cache(maxsize=64)
def circle_positions(count: int) -> tuple[tuple[float, float], ...]:
    """shell_positions of a centre and `count` nodes around it (the centre's first): they
    depend only on how many there are, so each count is laid out once (an entity page asks for
    one, of at most NEIGHBOURS nodes: networkx's graph and arrays cost more than the page's
    drawing). Raises ValueError for a count below 1."""
    if count < 1:
        raise ValueError(f"a circle of {count} nodes: expected 1 or more")
    graph = nx.Graph()
    graph.add_nodes_from(range(count + 1))
    positions = nx.shell_layout(graph, nlist=[[0], list(range(1, count + 1))], rotate=0)
    # shell_layout draws the outer shell at radius 1/2 from angle 0 (to the right): scale it to
    # radius 1 and turn it a quarter, so the first is on top and the others follow clockwise
    return tuple((round(float(2 * y), 4), round(float(-2 * x), 4)) for x, y in (positions[n] for n in range(count + 1)))


Edge = tuple[Node, Node, int]  # (a, b, weight): what a layout needs of a tie


def draw(positions: dict[Node, tuple[float, float]], ties: Sequence[Edge], width: int, height: int,
         centre: Node | None = None, margin_x: int = 180, margin_y: int = 30) -> Drawing:
    """Positions in [-1, 1] scaled into a width x height box (margins left for the labels);
    node radius grows with the square root of its total weight in `ties` ((a, b, weight)
    triples), edge width with the tie's weight. Pure arithmetic; coordinates rounded to 0.1."""
    if not positions:
        return Drawing(width, height, (), ())
    # around a centre the circle keeps its middle; a free layout fills the box
    xs = [-1.0, 1.0] if centre is not None else [p[0] for p in positions.values()]
    ys = [-1.0, 1.0] if centre is not None else [p[1] for p in positions.values()]
    low_x, low_y = min(xs), min(ys)
    span_x, span_y = max(xs) - low_x, max(ys) - low_y

    def place(x: float, y: float) -> tuple[float, float]:
        px = margin_x + (x - low_x) / span_x * (width - 2 * margin_x) if span_x else width / 2
        py = margin_y + (y - low_y) / span_y * (height - 2 * margin_y - 20) if span_y else height / 2
        return round(px, 1), round(py, 1)

    placed = {node: place(*xy) for node, xy in sorted(positions.items())}
    totals: dict[Node, int] = defaultdict(int)
    for a, b, weight in ties:
        totals[a] += weight
        totals[b] += weight
    heaviest_node = max(totals.values(), default=1) or 1
    heaviest_tie = max((w for _a, _b, w in ties), default=1) or 1
    middle = width / 2
    nodes = []
    for node, (x, y) in placed.items():
        r = round(5 + 9 * (totals.get(node, 0) / heaviest_node) ** 0.5, 1)
        if node == centre:
            r = 16.0
        if node == centre or abs(x - middle) < width * 0.05:
            above = centre is not None and node != centre and y < height / 2  # the top of a circle: its label above it
            label = (x, round(y - r - 6, 1) if above else round(y + r + 14, 1), "middle")
        elif x > middle:
            label = (round(x + r + 4, 1), round(y + 4, 1), "start")
        else:
            label = (round(x - r - 4, 1), round(y + 4, 1), "end")
        nodes.append(DrawnNode(node, x, y, r, *label, centre=node == centre))
    edges = tuple(
        DrawnEdge(a, b, w, *placed[a], *placed[b], round(1 + 5 * w / heaviest_tie, 1))
        for a, b, w in sorted(ties) if a in placed and b in placed
    )
    return Drawing(width, height, tuple(nodes), edges)


@lru_cache(maxsize=4096)
def corpus_drawing(nodes: tuple[Node, ...], ties: tuple[Edge, ...], width: int = 820, height: int = 640) -> Drawing:
    """The corpus page's drawing: `nodes` laid out by the force of `ties` ((a, b, weight)
    triples; cached by value, so a rebuild under `mkdocs serve` that changes no count reuses it)."""
    positions = spring_positions(nodes, ties)
    return draw(positions, ties, width, height)


@lru_cache(maxsize=16384)
def neighbourhood_drawing(centre: Node, ties: tuple[Edge, ...], among: tuple[Edge, ...], width: int = 640, height: int = 420) -> Drawing:
    """An entity's drawing: `centre` in the middle, the other end of each of its `ties` ((a, b,
    weight) triples, heaviest first) on a circle from the top, clockwise, and the `among` ties
    between those neighbours. Cached by value: the key is as small as the drawing."""
    around = [b if a == centre else a for a, b, _w in ties]
    positions = shell_positions(centre, around)
    return draw(positions, (*ties, *among), width, height, centre=centre, margin_x=190, margin_y=40)


def short_label(name: str, length: int = LABEL_LENGTH) -> str:
    """A name as drawn: whole when short, else cut at a word boundary with an ellipsis."""
    name = " ".join(str(name).split())
    if len(name) <= length:
        return name
    cut = name[:length - 1].rsplit(" ", 1)[0] if " " in name[:length - 1] else name[:length - 1]
    return cut.rstrip(" ,;:-") + "…"


def edges_of(ties: Iterable[Tie]) -> tuple[Edge, ...]:
    """What a layout needs of ties: (a, b, weight) each."""
    return tuple((t.a, t.b, t.weight) for t in ties)


def _normal_groups(groups: Iterable[tuple[str, str, Sequence[Node]]]) -> list[tuple[str, str, tuple[Node, ...]]]:
    """The groups with each one's members once and sorted, as Network compares them."""
    return [(kind, group_id, tuple(sorted(set(members)))) for kind, group_id, members in groups]


class Network:
    """The ties of a corpus and the drawings made from them.

    groups: as for `co_occurrences` (each article and event with the entities it names).
    Build once per site build; `corpus` and `around` then cost no more as the corpus grows
    than the bounded number of nodes they draw (plus sorting one entity's ties, once)."""

    def __init__(self, groups: Iterable[tuple[str, str, Sequence[Node]]], top: int = NETWORK_TOP,
                 edges: int = NETWORK_EDGES, neighbours: int = NEIGHBOURS):
        self.groups = _normal_groups(groups)
        self.ties = co_occurrences(self.groups)
        self.by_node = ties_by_node(self.ties)
        self.top, self.edge_limit, self.neighbours = top, edges, neighbours

    def _with(self, groups: list, ties: dict, by_node: dict) -> "Network":
        """A Network of these settings holding groups, ties and by_node as given (updated)."""
        network = Network.__new__(Network)
        network.groups, network.ties, network.by_node = groups, ties, by_node
        network.top, network.edge_limit, network.neighbours = self.top, self.edge_limit, self.neighbours
        return network

    def updated(self, groups: Iterable[tuple[str, str, Sequence[Node]]]) -> "Network":
        """The Network of `groups`, equal to Network(groups) (same ties, same lists per entity),
        made from this one by counting again only the pairs of the groups whose members changed:
        for `mkdocs serve`, where a save changes one article's entities among thousands. When the
        groups are not the same articles and events in the same order as this network's (an
        article added, removed or moved by its date), it is Network(groups), made in full."""
        fresh = _normal_groups(groups)
        if len(fresh) != len(self.groups) or any(o[:2] != n[:2] for o, n in zip(self.groups, fresh)):
            return Network(fresh, top=self.top, edges=self.edge_limit, neighbours=self.neighbours)
        changed = [(o[2], n[2]) for o, n in zip(self.groups, fresh) if o[2] != n[2]]
        if not changed:
            return self._with(fresh, self.ties, self.by_node)
        pairs = {(a, b) for members in (m for pair in changed for m in pair)
                 for i, a in enumerate(members) for b in members[i + 1:]}
        ends = {node for pair in pairs for node in pair}
        where: dict[Node, set[int]] = defaultdict(set)  # entity -> positions of the groups naming it
        for position, (_kind, _id, members) in enumerate(fresh):
            for node in members:
                if node in ends:
                    where[node].add(position)
        ties = dict(self.ties)
        for a, b in pairs:
            both = sorted(where[a] & where[b])
            if both:
                arts = tuple(fresh[p][1] for p in both if fresh[p][0] == "articles")
                evs = tuple(fresh[p][1] for p in both if fresh[p][0] == "events")
                ties[(a, b)] = Tie(a, b, arts, evs)
            else:
                ties.pop((a, b), None)
        if ties.keys() != self.ties.keys():
            ties = dict(sorted(ties.items()))
        by_node = {}
        for a, b in ties:  # the entities in the order ties_by_node meets them
            by_node.setdefault(a, None)
            by_node.setdefault(b, None)
        for node in by_node:
            if node not in ends:
                by_node[node] = self.by_node[node]
                continue
            own = [t for t in self.by_node.get(node, []) if (t.a, t.b) not in pairs]
            own += [ties[pair] for pair in pairs if node in pair and pair in ties]
            own.sort(key=lambda t, n=node: (-t.weight, t.other(n)))
            by_node[node] = own
        return self._with(fresh, ties, by_node)

    def corpus(self) -> tuple[Drawing, list[Tie]]:
        """The corpus page: the drawing of the top entities and its ties, heaviest first."""
        nodes = top_nodes(self.by_node, self.top)
        ties = ties_among(nodes, self.ties, self.edge_limit)
        return corpus_drawing(tuple(sorted(nodes)), edges_of(ties)), ties

    def around(self, node: Node) -> tuple[Drawing, list[Tie]]:
        """An entity's neighbourhood: the drawing and the entity's own ties shown, heaviest
        first (empty when it is seen with no one)."""
        own = self.by_node.get(node, [])[:self.neighbours]
        if not own:
            return Drawing(0, 0, (), ()), []
        neighbours = [t.other(node) for t in own]
        among = ties_among(neighbours, self.ties, limit=len(neighbours) * 2)
        return neighbourhood_drawing(node, edges_of(own), edges_of(among)), own

    def count(self) -> tuple[int, int]:
        """(entities with at least one tie, ties) in the whole corpus."""
        return len(self.by_node), len(self.ties)


def graph_groups(graph) -> list[tuple[str, str, list[Node]]]:
    """The groups of a site's Graph (graph.Graph): each article with the actors and missions it
    names, each event with its participants and missions, merged actors followed and rejected
    ones left out, in date order (so a tie's articles are oldest first)."""
    groups: list[tuple[str, str, list[Node]]] = []
    for article in graph.articles_by_date:
        groups.append(("articles", article.id, graph.article_entities(article)))
    for event in graph.events_by_date:
        members = [("actors", a) for a in graph.actor_ids(event.get("actors"))]
        members += [("missions", m) for m in event.get("missions") or [] if graph.visible("missions", m)]
        groups.append(("events", event["id"], members))
    return groups
