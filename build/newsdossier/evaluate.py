"""eval: measure extraction on a labelled corpus (precision, recall, F1, accuracy), beside a plain baseline."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML

from .datevalue import parse_simple
from .extract import extract
from .text import fold, normalize_space

ACCURACY_FIELDS = ("title", "date", "date_basis", "language", "source", "authors", "dateline")
SET_FIELDS = ("people", "countries", "organisations", "missions", "missions_inferred")
ENTITY_KIND = {"people": "person", "countries": "country", "organisations": "organisation"}


@dataclass
class Score:
    """Counts for one field: accuracy (hits/total) or precision/recall (tp, fp, fn)."""

    hits: int = 0
    total: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.hits / self.total if self.total else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _norm(value) -> str:
    return fold(normalize_space(str(value or ""))).strip(" .\"'")


def _source_key(value) -> str:
    from .reference import reference

    row = reference().find_source(str(value or ""))
    return row["id"] if row else _norm(value)


def load_cases(folder: Path) -> list[tuple[str, str, dict]]:
    yaml = YAML(typ="safe", pure=False)
    cases = []
    for labels_path in sorted(folder.glob("*.yaml")):
        text_path = labels_path.with_suffix(".txt")
        if text_path.exists():
            cases.append((labels_path.stem, text_path.read_text(encoding="utf-8"), yaml.load(labels_path.read_text(encoding="utf-8"))))
    return cases


def _same_event_date(expected: str, found: str) -> bool:
    a, b = parse_simple(str(expected)), parse_simple(str(found))
    if not a or not b:
        return _norm(expected) == _norm(found)
    return a[0] == b[0] or (a[0].year in (None, b[0].year) and a[0].month == b[0].month and a[0].day == b[0].day)


def collector_rows(folder: Path) -> dict:
    """The rows of the corpus's metadata.csv (what a collector knew of each text, e.g. its
    address) by file name; {} without one."""
    from .ingest.metadata import read_metadata

    path = folder / "metadata.csv"
    if not path.is_file():
        return {}
    rows, _problems = read_metadata(path.read_bytes(), {p.name for p in folder.glob("*.txt")})
    return rows


def evaluate(folder: Path, with_metadata: bool = False) -> dict[str, Score]:
    """Scores of the extraction on a folder of labelled articles (<stem>.txt + <stem>.yaml).
    with_metadata: each text read with its row of the folder's metadata.csv (the collector's
    address, date...), as normalize reads a seed; else from the text alone."""
    from .ingest.known import Known
    from .ingest.precedence import settle

    rows = collector_rows(folder) if with_metadata else {}
    scores = {name: Score() for name in (*ACCURACY_FIELDS, *SET_FIELDS, "events")}
    for stem, text, labels in load_cases(folder):
        row = rows.get(f"{stem}.txt")
        known = Known()
        if row is not None:
            row.add_to(known)
            known.with_address()
        extraction = extract(text, known if row is not None else None)
        if row is not None:
            extraction.fields = settle(extraction.fields, extraction.text_date, known)
        fields = extraction.fields
        for name in ACCURACY_FIELDS:
            expected = labels.get(name)
            if name == "title" and not expected:
                continue  # titles are scored where one is printed
            got = fields.get(name)
            if name == "source":
                same = _source_key(expected) == _source_key(got)
            elif name == "authors":
                same = sorted(_norm(a) for a in expected or []) == sorted(_norm(a) for a in got or [])
            else:
                same = _norm(expected) == _norm(got)
            score = scores[name]
            score.total += 1
            score.hits += same
            if not same:
                score.misses.append(f"{stem}: expected {expected!r}, got {got!r}")
        found = {name: set() for name in SET_FIELDS}
        for entity in extraction.entities.values():
            for name, kind in ENTITY_KIND.items():
                if entity.kind == kind:
                    found[name].add(_norm(entity.name))
            if entity.kind == "mission":
                found["missions"].add(_norm(entity.name))
        found["missions_inferred"] = {_norm(m) for m in fields["missions_inferred"]}
        for name in SET_FIELDS:
            expected = {_norm(v) for v in labels.get(name) or []}
            got = found[name]
            if name == "missions_inferred":
                from .reference import reference

                got = {_norm(reference().missions[m].acronym) for m in fields["missions_inferred"] if m in reference().missions}
            score = scores[name]
            score.tp += len(expected & got)
            score.fp += len(got - expected)
            score.fn += len(expected - got)
            for miss in sorted(expected - got):
                score.misses.append(f"{stem}: missed {miss!r}")
            for extra in sorted(got - expected):
                score.misses.append(f"{stem}: wrongly found {extra!r}")
        events = scores["events"]
        for event in labels.get("events") or []:
            events.total += 1
            if any(_same_event_date(event.get("date", ""), e.date) for e in extraction.events):
                events.hits += 1
            else:
                events.misses.append(f"{stem}: missed event {event.get('what', '')!r} on {event.get('date')!r}")
    return scores


def baseline(folder: Path) -> dict[str, float]:
    """The plain baseline: the first date dateparser finds, and py3langid on the raw text."""
    import warnings

    import py3langid
    from dateparser.search import search_dates

    date_hits = language_hits = total = 0
    for _stem, text, labels in load_cases(folder):
        total += 1
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(text[:3000], settings={"RETURN_AS_TIMEZONE_AWARE": False}) or []
        first = found[0][1].date().isoformat() if found else ""
        date_hits += first == str(labels.get("date") or "")
        language_hits += py3langid.classify(text)[0] == labels.get("language")
    return {"date": date_hits / total if total else 1.0, "language": language_hits / total if total else 1.0}


def figures(scores: dict[str, Score]) -> dict[str, float]:
    """The headline figure of each field: accuracy, F1 for sets, recall for events."""
    out = {name: round(scores[name].accuracy, 3) for name in ACCURACY_FIELDS}
    out.update({name: round(scores[name].f1, 3) for name in SET_FIELDS})
    out["events"] = round(scores["events"].accuracy, 3)
    return out


def report(scores: dict[str, Score], base: dict[str, float] | None, show_misses: bool = True) -> str:
    lines = [f"{'field':<18} {'ours':>6} {'P':>6} {'R':>6} {'baseline':>9}  n"]
    for name in ACCURACY_FIELDS:
        s = scores[name]
        b = f"{base[name]:.3f}" if base and name in base else ""
        lines.append(f"{name:<18} {s.accuracy:>6.3f} {'':>6} {'':>6} {b:>9}  {s.total}")
    for name in SET_FIELDS:
        s = scores[name]
        lines.append(f"{name + ' (F1)':<18} {s.f1:>6.3f} {s.precision:>6.3f} {s.recall:>6.3f} {'':>9}  {s.tp + s.fn}")
    s = scores["events"]
    lines.append(f"{'events (recall)':<18} {s.accuracy:>6.3f} {'':>6} {'':>6} {'':>9}  {s.total}")
    if show_misses:
        for name, s in scores.items():
            if s.misses:
                lines.append(f"\n{name}: {len(s.misses)} miss(es)")
                lines.extend(f"  {m}" for m in s.misses)
    return "\n".join(lines)


def comparison(alone: dict[str, Score], informed: dict[str, Score]) -> str:
    """The headline figures from the text alone beside those with the collector's metadata,
    and the gain, one field a line."""
    a, b = figures(alone), figures(informed)
    lines = [f"{'field':<18} {'text':>6} {'+meta':>6} {'gain':>7}  (with the collector's metadata.csv)"]
    lines += [f"{name:<18} {a[name]:>6.3f} {b[name]:>6.3f} {b[name] - a[name]:>+7.3f}" for name in a]
    return "\n".join(lines)


def read_floors(path: Path) -> dict[str, float]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def below_floors(current: dict[str, float], floors: dict[str, float]) -> list[str]:
    return [f"{name}: {current.get(name, 0):.3f} is below the floor {floor:.3f}" for name, floor in sorted(floors.items()) if current.get(name, 0) + 1e-9 < floor]


def raise_floors(path: Path, current: dict[str, float]) -> dict[str, float]:
    """Floors only go up: each becomes the higher of itself and today's figure."""
    floors = read_floors(path)
    merged = {name: max(floors.get(name, 0.0), value) for name, value in sorted(current.items())}
    path.write_text(json.dumps(merged, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return merged
