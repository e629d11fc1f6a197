"""Who appears with whom: ties between actors and missions, counted once per article that names
both and once per event in which both take part, and laid out at build time by networkx
(https://networkx.org/, `spring_layout` and `shell_layout`) for a static SVG drawn by a template.

The site shows the drawing and the same ties as a list, so it reads without JavaScript, offline
and with a screen reader. What grows with the corpus is computed once per build (the ties); a
page then works on a bounded number of nodes (NETWORK_TOP for the corpus page, NEIGHBOURS
around one entity), so its cost stays flat.
"""
from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Sequence

import networkx as nx
import numpy as np

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
    label: str = ""  # the text drawn (a short form of the name), when the layout was given it


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


# --- the corpus drawing: its connected parts packed, its labels kept apart ------------------

LABEL_SIZE = 14  # px: the labels' font size (templates/site/stylesheets/quotes-network.css)
# Advance widths of characters in ems, of Arial / Helvetica / Liberation Sans (the theme's font
# stack): a label's box is estimated from them, so labels can be kept from covering each other
# without a browser. A letter with accents counts as its base letter; other characters as WIDE.
_NARROW, _WIDE = 0.28, 0.72
_EM = {**dict.fromkeys("ijl'|", 0.23), **dict.fromkeys("ft ,.:;!I[]()/", _NARROW), **dict.fromkeys("r-\"", 0.34),
       **dict.fromkeys("ckszvxyJ", 0.5), **dict.fromkeys("abdeghnopqu0123456789L_", 0.56),
       **dict.fromkeys("FTZ", 0.61), **dict.fromkeys("ABEKPSVXY&", 0.67), **dict.fromkeys("CDHNRUw", 0.72),
       **dict.fromkeys("GOQ", 0.78), **dict.fromkeys("mM", 0.83), "W": 0.94, "…": 1.0}
LABEL_GAP = 4  # px between a node and its label
LABEL_ASCENT, LABEL_DESCENT = 0.92, 0.25  # of LABEL_SIZE: a text's box above and below its baseline
NODE_PAD = 2  # px kept free around a node's disc and a label's box
SMALL_PART = 2  # connected parts of at most this many nodes are set in rows below the large ones
ROW = 36  # px: the height of a row of small parts
RESOLVE_ROUNDS = 80  # at most this many rounds of moving nodes apart (a drawing usually settles in a few)


@lru_cache(maxsize=8192)
def label_width(text: str, size: float = LABEL_SIZE) -> float:
    """The estimated width in px of `text` drawn at font size `size` (see _EM); a little wider
    than a browser draws it, so boxes kept apart here do not touch on the page."""
    total = 0.0
    for char in text:
        base = unicodedata.normalize("NFD", char)[0]
        total += _EM.get(base, 0.56 if base.isascii() and base.isalnum() else _WIDE)
    return round(total * size * 1.04 + 1, 1)


def _label_box(x: float, y: float, r: float, width: float, side: str) -> tuple[float, float, float, float, float, float, str]:
    """Where a label of `width` goes on `side` (right, left, below, above) of a node at (x, y)
    of radius r: (left, top, right, bottom) of its box, then the text's (x, y) and text-anchor."""
    up, down = LABEL_ASCENT * LABEL_SIZE, LABEL_DESCENT * LABEL_SIZE
    if side == "right":
        tx, ty, anchor = x + r + LABEL_GAP, y + 4, "start"
        return tx, ty - up, tx + width, ty + down, tx, ty, anchor
    if side == "left":
        tx, ty, anchor = x - r - LABEL_GAP, y + 4, "end"
        return tx - width, ty - up, tx, ty + down, tx, ty, anchor
    ty = y + r + up + 1 if side == "below" else y - r - down - 3
    return x - width / 2, ty - up, x + width / 2, ty + down, x, ty, "middle"


SIDES = ("right", "left", "below", "above")


class _Placer:
    """Nodes in px with their labels' widths, moved apart until no label covers another label or
    a node, inside a width x height box. Arithmetic on numpy arrays in a fixed order: the same
    input gives the same drawing. `nodes` in the order they choose their label's side."""

    def __init__(self, nodes: list[Node], xy: dict[Node, list[float]], radius: dict[Node, float],
                 widths: dict[Node, float], prefer: dict[Node, str], width: float, height: float):
        self.nodes, self.width, self.height = nodes, width, height
        self.xy = np.array([xy[n] for n in nodes], dtype=float)
        self.r = np.array([radius[n] for n in nodes], dtype=float)
        self.w = np.array([widths[n] for n in nodes], dtype=float)
        self.prefer = [SIDES.index(prefer[n]) for n in nodes]
        self.side = list(self.prefer)

    def positions(self) -> dict[Node, tuple[float, float, str]]:
        """Each node's centre and its label's side."""
        return {n: (float(x), float(y), SIDES[s]) for n, (x, y), s in zip(self.nodes, self.xy, self.side)}

    def node_boxes(self) -> np.ndarray:
        x, y = self.xy[:, 0], self.xy[:, 1]
        return np.stack([x - self.r, y - self.r, x + self.r, y + self.r], axis=1)

    def label_boxes(self, sides: Sequence[int]) -> np.ndarray:
        """The labels' boxes (N x 4: left, top, right, bottom), label i on side sides[i]."""
        return np.array([_label_box(x, y, r, w, SIDES[s])[:4] for (x, y), r, w, s in zip(self.xy, self.r, self.w, sides)])

    def _cost(self, boxes: np.ndarray, others: np.ndarray) -> np.ndarray:
        """For each box of `boxes` (K x 4), the area it shares with the boxes of `others` (M x 4)."""
        w = np.minimum(boxes[:, None, 2], others[None, :, 2]) - np.maximum(boxes[:, None, 0], others[None, :, 0]) + NODE_PAD
        h = np.minimum(boxes[:, None, 3], others[None, :, 3]) - np.maximum(boxes[:, None, 1], others[None, :, 1]) + NODE_PAD
        return np.where((w > 0) & (h > 0), w * h, 0.0).sum(axis=1)

    def choose_sides(self) -> None:
        """Each node's label on the side where it covers least (labels and other nodes) and stays
        inside the drawing, the nodes in their order; the preferred side wins a near draw."""
        nodes = self.node_boxes()
        labels = self.label_boxes(self.side)
        keep = np.ones(len(self.nodes), dtype=bool)
        for i, ((x, y), r, w) in enumerate(zip(self.xy, self.r, self.w)):
            candidates = np.array([_label_box(x, y, r, w, side)[:4] for side in SIDES])
            keep[i] = False
            cost = self._cost(candidates, nodes[keep]) + self._cost(candidates, labels[keep])
            keep[i] = True
            outside = (np.maximum(0, -candidates[:, 0]) + np.maximum(0, -candidates[:, 1])
                       + np.maximum(0, candidates[:, 2] - self.width) + np.maximum(0, candidates[:, 3] - self.height))
            cost += 1000 * outside + np.array([0 if k == self.prefer[i] else 30 for k in range(len(SIDES))]) + np.array([0, 0, 10, 10])
            self.side[i] = int(np.argmin(cost))
            labels[i] = candidates[self.side[i]]

    def clashes(self) -> list[tuple[int, int, np.ndarray, np.ndarray]]:
        """The pairs of nodes (i < j) whose boxes overlap, node or label: (i, j, i's box, j's box)."""
        boxes = (self.node_boxes(), self.label_boxes(self.side))
        found: dict[tuple[int, int], tuple] = {}
        for one in boxes:
            for two in boxes:
                w = np.minimum(one[:, None, 2], two[None, :, 2]) - np.maximum(one[:, None, 0], two[None, :, 0]) + NODE_PAD
                h = np.minimum(one[:, None, 3], two[None, :, 3]) - np.maximum(one[:, None, 1], two[None, :, 1]) + NODE_PAD
                for i, j in zip(*np.nonzero((w > 0) & (h > 0))):
                    if i < j and (i, j) not in found:
                        found[(int(i), int(j))] = (one[i], two[j])
        return [(i, j, *found[(i, j)]) for i, j in sorted(found)]

    def clamp(self, i: int) -> None:
        """Move node i back inside the drawing, with its label."""
        (x, y), r = self.xy[i], self.r[i]
        for box in ((x - r, y - r, x + r, y + r), _label_box(x, y, r, self.w[i], SIDES[self.side[i]])):
            self.xy[i, 0] += max(0.0, -box[0]) - max(0.0, box[2] - self.width)
            self.xy[i, 1] += max(0.0, -box[1]) - max(0.0, box[3] - self.height)

    def resolve(self, rounds: int = RESOLVE_ROUNDS) -> bool:
        """Labels on their best sides and overlapping nodes pushed apart, the shorter way (most
        often up and down, labels being wide and low), until nothing overlaps or `rounds` have
        passed. True when nothing overlaps."""
        for _ in range(rounds):
            self.choose_sides()
            found = self.clashes()
            if not found:
                return True
            for i, j, box_i, box_j in found:
                dx = min(box_i[2] - box_j[0], box_j[2] - box_i[0]) + NODE_PAD + 1
                dy = min(box_i[3] - box_j[1], box_j[3] - box_i[1]) + NODE_PAD + 1
                axis, step = (0, dx) if dx < dy else (1, dy)
                sign = -1 if box_i[axis] + box_i[axis + 2] <= box_j[axis] + box_j[axis + 2] else 1  # i's box first: i moves back
                self.xy[i, axis] += sign * step / 2
                self.xy[j, axis] -= sign * step / 2
                self.clamp(i)
                self.clamp(j)
        self.choose_sides()
        return not self.clashes()


def _parts(nodes: Sequence[Node], ties: Sequence[Edge]) -> list[list[Node]]:
    """The connected parts of the drawing, largest first (then by their first node), each sorted."""
    graph = nx.Graph()
    graph.add_nodes_from(sorted(nodes))
    graph.add_edges_from((a, b) for a, b, _w in sorted(ties) if a in graph and b in graph)
    return sorted((sorted(part) for part in nx.connected_components(graph)), key=lambda p: (-len(p), p[0]))


def _radii(nodes: Sequence[Node], ties: Sequence[Edge]) -> dict[Node, float]:
    """Each node's radius: 5 to 14 px, growing with the square root of its total weight."""
    totals: dict[Node, int] = defaultdict(int)
    for a, b, weight in ties:
        totals[a] += weight
        totals[b] += weight
    heaviest = max(totals.values(), default=1) or 1
    return {node: round(5 + 9 * (totals.get(node, 0) / heaviest) ** 0.5, 1) for node in nodes}


def packed_drawing(nodes: Sequence[Node], ties: Sequence[Edge], labels: dict[Node, str], width: int = 820,
                   height: int = 640, margin: int = 12) -> Drawing:
    """A drawing of `nodes` and `ties` ((a, b, weight) triples) whose labels (`labels`: the text
    drawn for each node) cover no other label and no node.

    The connected parts of more than SMALL_PART nodes are laid out by force (spring_positions),
    side by side, each in a box as wide as the square root of its count (the largest takes the
    most); the smaller parts (a lone node, a pair) are set in rows under them, so they no longer
    fly off to a corner and leave the middle crowded. Labels go outwards (right of a node in the
    right half, left in the left half), then `_Placer` puts each on its freest side and pushes
    apart the nodes still overlapping. The height grows by ROW for each row of small parts and,
    if the labels still overlap, by a tenth at a time (at most twice). Rounded to 0.1 px."""
    if not nodes:
        return Drawing(width, height, (), ())
    parts = _parts(nodes, ties)
    large = [p for p in parts if len(p) > SMALL_PART] or parts[:1]
    small = [p for p in parts if p not in large]
    radius = _radii(nodes, ties)
    widths = {node: label_width(labels.get(node, node[1])) for node in nodes}

    # the small parts in rows: a lone node with its label on its right; a pair as
    # "label A (A)—(B) label B"
    chips: list[tuple[float, list[tuple[Node, float, str]]]] = []  # (chip width, [(node, x in the chip, side)])
    for part in small:
        if len(part) == 1:
            node = part[0]
            chips.append((2 * radius[node] + LABEL_GAP + widths[node], [(node, radius[node], "right")]))
        else:
            a, b = part
            xa = widths[a] + LABEL_GAP + radius[a]
            xb = xa + radius[a] + 40 + radius[b]
            chips.append((xb + radius[b] + LABEL_GAP + widths[b], [(a, xa, "left"), (b, xb, "right")]))
    rows: list[list[tuple[float, list]]] = []
    used = width  # start a new row at the first chip
    for chip in chips:
        if used + chip[0] > width - 2 * margin and (not rows or rows[-1]):
            rows.append([])
            used = 0.0
        rows[-1].append(chip)
        used += chip[0] + 24
    strip = ROW * len(rows)

    for attempt in range(3):
        tall = height + strip + attempt * height // 10
        top, bottom = margin + LABEL_ASCENT * LABEL_SIZE, tall - strip - margin - 20
        xy: dict[Node, list[float]] = {}
        prefer: dict[Node, str] = {}
        # the large parts side by side, each box as wide as the square root of its count
        shares = [len(p) ** 0.5 for p in large]
        left = float(margin)
        for part, share in zip(large, shares):
            box = (width - 2 * margin) * share / sum(shares)
            positions = spring_positions(part, [t for t in ties if t[0] in part and t[1] in part])
            widest = max(widths[n] for n in part)
            inner_l = left + min(widest + LABEL_GAP + 14, box * 0.3)
            inner_r = left + box - min(widest + LABEL_GAP + 14, box * 0.3)
            xs = [p[0] for p in positions.values()]
            ys = [p[1] for p in positions.values()]
            for node, (x, y) in sorted(positions.items()):
                px = inner_l + (x - min(xs)) / (max(xs) - min(xs)) * (inner_r - inner_l) if max(xs) > min(xs) else left + box / 2
                py = top + (y - min(ys)) / (max(ys) - min(ys)) * (bottom - top) if max(ys) > min(ys) else (top + bottom) / 2
                xy[node] = [px, py]
                prefer[node] = "right" if px >= left + box / 2 else "left"
            left += box
        for number, row in enumerate(rows):
            x0 = float(margin)
            y = tall - strip + ROW * number + ROW / 2 - 6
            for chip_width, members in row:
                for node, x, side in members:
                    xy[node] = [x0 + x, y]
                    prefer[node] = side
                x0 += chip_width + 24
        order = sorted(nodes, key=lambda n: (-radius[n], n))  # the heaviest choose their label's side first
        placer = _Placer(order, xy, radius, widths, prefer, width, tall)
        if placer.resolve():
            break
    placed = placer.positions()
    drawn = []
    for node in sorted(nodes):
        x, y, side = placed[node]
        x, y = round(x, 1), round(y, 1)
        *_box, tx, ty, anchor = _label_box(x, y, radius[node], widths[node], side)
        drawn.append(DrawnNode(node, x, y, radius[node], round(tx, 1), round(ty, 1), anchor, label=labels.get(node, "")))
    heaviest_tie = max((w for _a, _b, w in ties), default=1) or 1
    at = {n.node: (n.x, n.y) for n in drawn}
    edges = tuple(DrawnEdge(a, b, w, *at[a], *at[b], round(1 + 5 * w / heaviest_tie, 1))
                  for a, b, w in sorted(ties) if a in at and b in at)
    return Drawing(width, int(tall), tuple(drawn), edges)


@lru_cache(maxsize=4096)
def corpus_drawing(nodes: tuple[Node, ...], ties: tuple[Edge, ...], labels: tuple[str, ...] = (),
                   width: int = 820, height: int = 640) -> Drawing:
    """The corpus page's drawing (packed_drawing): `nodes` laid out by the force of `ties`
    ((a, b, weight) triples), `labels` the text drawn for each node in the order of `nodes` (its
    id when not given). Cached by value, so a rebuild under `mkdocs serve` that changes no count
    and no name reuses it."""
    names = dict(zip(nodes, labels)) if labels else {node: node[1] for node in nodes}
    return packed_drawing(nodes, ties, names, width, height)


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

    def corpus(self, name: Callable[[Node], str] | None = None) -> tuple[Drawing, list[Tie]]:
        """The corpus page: the drawing of the top entities and its ties, heaviest first.
        name: an entity's name (node -> str); each label is its short_label, laid out so that
        labels do not overlap (without it, labels are the ids)."""
        nodes = tuple(sorted(top_nodes(self.by_node, self.top)))
        ties = ties_among(nodes, self.ties, self.edge_limit)
        labels = tuple(short_label(name(node)) for node in nodes) if name is not None else ()
        return corpus_drawing(nodes, edges_of(ties), labels), ties

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
