"""eval: measure extraction on a labelled corpus (precision, recall, F1, accuracy), beside a plain baseline."""
from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ruamel.yaml import YAML

from .datevalue import parse_simple
from .extract import extract
from .text import fold, normalize_space

ACCURACY_FIELDS = ("title", "date", "date_text", "date_basis", "language", "source", "source_text", "authors", "dateline")
LABEL_OF = {"date_text": "date_in_text", "source_text": "source_in_text"}
"""The label a field is scored against where its name differs: date_text and source_text, the
text's own date and outlet (before what came with the text settles them), against
date_in_text and source_in_text, the date and outlet as far as the text alone shows them."""
SET_FIELDS = ("people", "countries", "organisations", "missions", "missions_inferred")
ENTITY_KIND = {"people": "person", "countries": "country", "organisations": "organisation"}
QUOTE_FIELDS = ("quotes", "speakers")
SPLIT_PARTS = ("dev", "test")
"""The parts a labelled corpus is split into: dev/ (rules are written looking at it) and
test/ (measured, never looked at while writing rules)."""


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


@dataclass
class PairScore(Score):
    """Precision and recall counted each on its own side, for quotes: recall over the labels
    (tp found, fn missed), precision over what was found (found_right of found), since one
    found sentence may hold two labelled quotes and one labelled quote may be found twice."""

    found: int = 0
    found_right: int = 0

    @property
    def precision(self) -> float:
        return self.found_right / self.found if self.found else 1.0


def _norm(value) -> str:
    return fold(normalize_space(str(value or ""))).strip(" .\"'")


def _fold_space(value) -> str:
    return fold(normalize_space(str(value or "")))


def score_quotes(stem: str, found: list, labelled: list[dict], quotes: PairScore, speakers: PairScore) -> None:
    """Add one article's quotes to the counts (the scoring of the shared quotes format).

    found: the extractor's quotes, each with .sentence and .speaker (a display name, "" when
    unnamed); labelled: the label file's quotes, {speaker, kind, says}. A found quote matches a
    label when the label's `says` occurs in its sentence (both folded: fold(), spaces squeezed).
    quotes: labels matched (recall) and found quotes matching some label (precision).
    speakers: attribution, where the label names a speaker: a label is right when a found quote
    matches it with the same speaker (folded as people are); a found quote naming a speaker is
    right when it matches a named label with that speaker, wrong when it matches no label or
    only named labels of other speakers; one matching only unnamed labels counts for neither.
    speakers.misses lists every named label not credited (found with another speaker or not
    found) and every found quote naming a speaker for a sentence no label holds.
    """
    found_rows = [(_fold_space(getattr(q, "sentence", "")), _norm(getattr(q, "speaker", ""))) for q in found]
    label_rows = [(_fold_space(label.get("says")), _norm(label.get("speaker")), label) for label in labelled]
    for says, speaker, label in label_rows:
        holding = [i for i, (sentence, _who) in enumerate(found_rows) if says and says in sentence]
        holders = [found_rows[i][1] for i in holding]
        short = f"{label.get('says', '')[:70]!r}"
        if holders:
            quotes.tp += 1
        else:
            quotes.fn += 1
            quotes.misses.append(f"{stem}: missed quote {short} ({label.get('speaker') or 'unnamed'})")
        if not speaker:
            continue
        if speaker in holders:
            speakers.tp += 1
        else:
            speakers.fn += 1
            if holders:
                named_by = " / ".join(sorted({str(getattr(found[i], "speaker", "")) for i in holding} - {""})) or "nobody"
                speakers.misses.append(f"{stem}: {short} attributed to {named_by!r}, said by {label.get('speaker')!r}")
            else:
                speakers.misses.append(f"{stem}: {short} not found as a quote, said by {label.get('speaker')!r}")
    for (sentence, who), quote in zip(found_rows, found):
        matched = [(says, speaker) for says, speaker, _label in label_rows if says and says in sentence]
        quotes.found += 1
        quotes.found_right += bool(matched)
        if not matched:
            quotes.misses.append(f"{stem}: wrongly found quote {getattr(quote, 'sentence', '')[:70]!r}")
        named = [speaker for _says, speaker in matched if speaker]
        if not who or (matched and not named):
            continue
        speakers.found += 1
        speakers.found_right += who in named
        if not matched:
            speakers.misses.append(f"{stem}: {getattr(quote, 'sentence', '')[:70]!r} attributed to {getattr(quote, 'speaker', '')!r}, no label holds it")


def _source_key(value) -> str:
    from .reference import reference

    row = reference().find_source(str(value or ""))
    return row["id"] if row else _norm(value)


def draw_split(languages: dict[str, str], seed: int, share: float) -> dict[str, list[str]]:
    """The seeded random split of labelled articles into dev and test, stratified by language.

    languages: {stem: ISO 639-1 code}. Within each language, round(n * share) articles (at least
    one, and at most n - 1, when the language has two or more) are drawn into test with
    random.Random(f"{seed}/{language}").sample over the sorted stems, the rest go to dev; so
    the draw depends only on the seed, the share and the articles, never on the order they are
    given in, and adding a language changes no other language's draw.
    Returns {"dev": sorted stems, "test": sorted stems}. Raises ValueError for a share outside (0, 1).
    """
    if not 0 < share < 1:
        raise ValueError(f"share {share} is not between 0 and 1")
    by_language: dict[str, list[str]] = {}
    for stem, language in languages.items():
        by_language.setdefault(language, []).append(stem)
    test: list[str] = []
    for language, stems in sorted(by_language.items()):
        stems.sort()
        count = round(len(stems) * share)
        if len(stems) >= 2:
            count = min(max(count, 1), len(stems) - 1)
        test += random.Random(f"{seed}/{language}").sample(stems, count)
    chosen = set(test)
    return {"dev": sorted(s for s in languages if s not in chosen), "test": sorted(chosen)}


def corpus_parts(folder: Path) -> dict[str, Path]:
    """The parts of a labelled corpus, by name (str -> Path): its dev/ and test/ folders where
    it is split (tests/corpus/); else, where the folder holds no label file but folders that do
    (tests/unseen/: a set per folder), each of those under its own name, in name order; else
    the folder itself under its own name. Whether any part holds a label is the caller's to
    ask (labelled)."""
    parts = {name: folder / name for name in SPLIT_PARTS if (folder / name).is_dir()}
    if parts:
        return parts
    if not labelled(folder):
        sets = {sub.name: sub for sub in sorted(folder.iterdir()) if sub.is_dir() and labelled(sub)}
        if sets:
            return sets
    return {folder.name or str(folder): folder}


def labelled(folder: Path) -> bool:
    """Whether a folder holds a label file (<stem>.yaml) of its own, not counting subfolders."""
    return any(folder.glob("*.yaml"))


CASE_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
"""The files a label file <stem>.yaml is read with, the first found: a text, a saved page, a
scraper's record (newsdossier.ingest reads each as normalize does)."""


class Case(NamedTuple):
    """One labelled article. stem: the labels' file name less .yaml; text: what the extractor
    reads (a page's or record's text as newsdossier.ingest takes it out); labels: the parsed
    <stem>.yaml; known: what came with the text (an ingest.known.Known: a page's markup, a
    record's fields, the collector's metadata.csv row), None for a plain text without a row;
    file: the article file's name."""

    stem: str
    text: str
    labels: dict
    known: object
    file: str


def load_cases(folder: Path, rows: dict | None = None) -> list[Case]:
    """The labelled articles of a folder: each <stem>.yaml with its article file, the first of
    CASE_SUFFIXES found (a label file with none is passed over), in name order. rows: the
    collector's metadata.csv rows by file name (collector_rows), read with their files.
    A page or record that cannot be read is left out with one line on stderr naming it."""
    from .ingest import collect
    from .ingest.known import Known
    from .seeds import SeedError

    yaml = YAML(typ="safe", pure=False)
    rows = rows or {}
    cases = []
    for labels_path in sorted(folder.glob("*.yaml")):
        path = next((p for p in map(labels_path.with_suffix, CASE_SUFFIXES) if p.is_file()), None)
        if path is None:
            continue
        labels = yaml.load(labels_path.read_text(encoding="utf-8"))
        row = rows.get(path.name)
        if path.suffix == ".txt":  # read as it is; its row, where it has one, as normalize reads it
            known = None
            if row is not None:
                known = Known()
                row.add_to(known)
                known = known.with_address()
            cases.append(Case(labels_path.stem, path.read_text(encoding="utf-8"), labels, known, path.name))
            continue
        try:
            articles, _left_out = collect(path, row)
            reading = articles[0].read()
        except (SeedError, OSError, IndexError) as error:
            print(f"{path}: not read ({error or 'no article in it'}), left out", file=sys.stderr)
            continue
        cases.append(Case(labels_path.stem, reading.text, labels, reading.known, path.name))
    return cases


def _same_event_date(expected: str, found: str) -> bool:
    a, b = parse_simple(str(expected)), parse_simple(str(found))
    if not a or not b:
        return _norm(expected) == _norm(found)
    return a[0] == b[0] or (a[0].year in (None, b[0].year) and a[0].month == b[0].month and a[0].day == b[0].day)


def _span_in_its_month(expected: str, found: str) -> bool:
    """True when one date is a month ("2020-05") and the other an interval of days lying
    wholly inside it ("2020-05-04/2020-05-10"): the rulebook (tests/corpus/README.md) lets a
    reader write "this week" as the interval or as its month, so either reading pairs. A
    single day is another precision and does not pair with its month."""
    a, b = parse_simple(str(expected)), parse_simple(str(found))
    if not a or not b:
        return False
    for month, span in ((a, b), (b, a)):
        if month[0] != month[1] or month[0].day is not None or month[0].year is None or month[0].month is None:
            continue
        if span[0] == span[1] or span[0].day is None or span[1].day is None:
            continue
        if all((end.year, end.month) == (month[0].year, month[0].month) for end in span):
            return True
    return False


def match_events(labelled: list[str], found: list[str]) -> list[tuple[int, int]]:
    """Pairs (label index, found index) of labelled and found events, each used at most once:
    labelled and found are EDTF dates ("2020-05-10", "XXXX-05-10", "2020-05",
    "2021-12-07/2021-12-08"). Exact dates pair first, then a found date that agrees with a
    labelled one where the label leaves the year open, then a month and an interval of days
    inside it (the rulebook allows either for "this week"). A found event left unpaired counts
    against precision (one happening found twice is one right and one wrong), a labelled
    one left unpaired against recall."""
    pairs: dict[int, int] = {}  # label index -> found index
    for same in (lambda a, b: _norm(a) == _norm(b), _same_event_date, _span_in_its_month):
        for i, expected in enumerate(labelled):
            if i in pairs:
                continue
            used = set(pairs.values())
            j = next((j for j, got in enumerate(found) if j not in used and same(expected, got)), None)
            if j is not None:
                pairs[i] = j
    return sorted(pairs.items())


def collector_rows(folder: Path) -> dict:
    """The rows of the corpus's metadata.csv (what a collector knew of each text, e.g. its
    address) by file name; {} without one."""
    from .ingest.metadata import read_metadata

    path = folder / "metadata.csv"
    if not path.is_file():
        return {}
    rows, _problems = read_metadata(path.read_bytes(), {p.name for p in folder.iterdir() if p.suffix in CASE_SUFFIXES})
    return rows


def _with_date(known, date: str):
    """known (an ingest.known.Known or None) plus the labelled publication date, as a
    collector would give it: events are scored with the article's date known."""
    from .ingest.known import Known

    informed = Known({name: list(values) for name, values in (known.values if known else {}).items()})
    informed.values["date"] = []
    informed.add("date", date, "collector", "the label")
    return informed


def evaluate(folder: Path, with_metadata: bool = False) -> dict[str, Score]:
    """Scores of the extraction on a folder of labelled articles (<stem>.txt + <stem>.yaml).
    with_metadata: each text read with its row of the folder's metadata.csv (the collector's
    address, date...), as normalize reads a seed; else from the text alone.
    Events are scored with the article's labelled date known (as a collector's metadata would
    give it), since their relative dates ("on Sunday") hang on it: precision over the events
    found, recall over those labelled, paired one to one by match_events.
    A label key an article's file leaves out (a field not, or not yet, labelled: a folder
    labelled for its page heads only, or for its events only) is not scored for that article;
    a key given as empty ([] or "") is scored: the reader found nothing."""
    from .ingest.precedence import settle

    scores = {name: Score() for name in (*ACCURACY_FIELDS, *SET_FIELDS, "events")}
    scores.update({name: PairScore() for name in QUOTE_FIELDS})
    for stem, text, labels, known, _file in load_cases(folder, collector_rows(folder) if with_metadata else None):
        # As normalize does: extract, then settle the fields against what came with the text.
        extraction = _extracted(_file, text, known)
        own = {**extraction.fields, "date_text": getattr(extraction, "determined_date", extraction.text_date[0])}
        own["source_text"] = own["source"]
        extraction.fields = settle(extraction.fields, extraction.text_date, known, extraction.source_cited)
        fields = extraction.fields
        for name in ACCURACY_FIELDS:
            expected = labels.get(LABEL_OF.get(name, name))
            if name == "title" and not expected:
                continue  # titles are scored where one is printed
            if LABEL_OF.get(name, name) not in labels:
                continue  # a label not (yet) given
            got = own[name] if name in LABEL_OF else fields.get(name)
            if name in ("source", "source_text"):
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
            if name not in labels:
                continue  # a label not (yet) given
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
        if "quotes" in labels:
            # An extractor without quotes (a stand-in in tests) is scored as finding none.
            score_quotes(stem, getattr(extraction, "quotes", None) or [], labels.get("quotes") or [], scores["quotes"], scores["speakers"])
        if "events" not in labels:
            continue  # a label not (yet) given
        labelled_events = labels.get("events") or []
        found_events = extraction.events
        if labels.get("date") and str(labels["date"]) != fields.get("date"):
            found_events = _extracted(_file, text, _with_date(known, str(labels["date"])), quiet=True).events
        pairs = match_events([str(e.get("date", "")) for e in labelled_events], [e.date for e in found_events])
        events = scores["events"]
        events.tp += len(pairs)
        events.fn += len(labelled_events) - len(pairs)
        events.fp += len(found_events) - len(pairs)
        paired_labels, paired_found = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, event in enumerate(labelled_events):
            if i not in paired_labels:
                events.misses.append(f"{stem}: missed event {event.get('what', '')!r} on {event.get('date')!r}")
        for j, event in enumerate(found_events):
            if j not in paired_found:
                events.misses.append(f"{stem}: wrongly found {event.kind} {event.title!r} on {event.date!r}")
    return scores


def _extracted(file: str, text: str, known, quiet: bool = False):
    """extract(text, known), or, where extraction raises (a fault of the tool, which normalize
    reports and skips the seed for), what an empty text gives (nothing found: every label of
    the article counts as missed), with one line on stderr naming the file and the error
    (unless quiet: the same text extracted again). file: the article's file name."""
    try:
        return extract(text, known)
    except Exception as error:  # a bug: the article is scored as read by nothing, the rest still
        if not quiet:
            print(f"{file}: extraction failed ({type(error).__name__}: {error}), scored as nothing found; please report it",
                  file=sys.stderr)
        return extract("", None)


def baseline(folder: Path) -> dict[str, float]:
    """The plain baseline: the first date dateparser finds, and py3langid on the raw text."""
    import warnings

    import py3langid
    from dateparser.search import search_dates

    date_hits = language_hits = total = 0
    for _stem, text, labels, _known, _file in load_cases(folder):
        total += 1
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(text[:3000], settings={"RETURN_AS_TIMEZONE_AWARE": False}) or []
        first = found[0][1].date().isoformat() if found else ""
        date_hits += first == str(labels.get("date") or "")
        language_hits += py3langid.classify(text)[0] == labels.get("language")
    return {"date": date_hits / total if total else 1.0, "language": language_hits / total if total else 1.0}


def figures(scores: dict[str, Score]) -> dict[str, float]:
    """The headline figure of each field: accuracy, F1 for sets, events and quotes; and the
    events' recall and precision on their own (events_recall, events_precision), the issue's
    targets being stated for each."""
    out = {name: round(scores[name].accuracy, 3) for name in ACCURACY_FIELDS}
    out.update({name: round(scores[name].f1, 3) for name in SET_FIELDS})
    out["events"] = round(scores["events"].f1, 3)
    out["events_recall"] = round(scores["events"].recall, 3)
    out["events_precision"] = round(scores["events"].precision, 3)
    out.update({name: round(scores[name].f1, 3) for name in QUOTE_FIELDS})
    return out


FIELD_WIDTH = 22
LABELS = {**{name: f"{name} (F1)" for name in (*SET_FIELDS, *QUOTE_FIELDS)}, "events": "events (F1)"}


def report(parts: dict[str, dict[str, Score]], bases: dict[str, dict[str, float] | None] | None = None, show_misses: bool = True) -> str:
    """The figures of each part side by side, one field a line: the headline figure (named by
    the part), precision and recall where they apply, the baseline, the number of labels; then,
    with show_misses, the misses of every part but test (test/ is measured, never looked at
    while writing rules)."""
    bases = bases or {}
    lines = [f"{'field':<{FIELD_WIDTH}}" + "".join(f" {part:>6} {'P':>6} {'R':>6} {'baseline':>9} {'n':>5}  " for part in parts).rstrip()]
    for name in (*ACCURACY_FIELDS, *SET_FIELDS, "events", *QUOTE_FIELDS):
        row = f"{LABELS.get(name, name):<{FIELD_WIDTH}}"
        for part, scores in parts.items():
            s, base = scores[name], bases.get(part) or {}
            b = f"{base[name]:.3f}" if name in base else ""
            if name in ACCURACY_FIELDS:
                row += f" {s.accuracy:>6.3f} {'':>6} {'':>6} {b:>9} {s.total:>5}  "
            else:
                row += f" {s.f1:>6.3f} {s.precision:>6.3f} {s.recall:>6.3f} {b:>9} {s.tp + s.fn:>5}  "
        lines.append(row.rstrip())
    lines.append("articles: " + ", ".join(f"{part} {scores['language'].total}" for part, scores in parts.items()))
    if show_misses:
        for part, scores in parts.items():
            if part == "test":
                lines.append("\ntest: misses not listed (rules are written looking at dev/ only)")
                continue
            for name, s in scores.items():
                if s.misses:
                    lines.append(f"\n{part} {name}: {len(s.misses)} miss(es)")
                    lines.extend(f"  {m}" for m in s.misses)
    return "\n".join(lines)


def comparison(alone: dict[str, dict[str, Score]], informed: dict[str, dict[str, Score]]) -> str:
    """For each part side by side, the headline figures from the text alone beside those with
    the collector's metadata (the part's metadata.csv), and the gain, one field a line."""
    a = {part: figures(scores) for part, scores in alone.items()}
    b = {part: figures(scores) for part, scores in informed.items()}
    lines = [f"{'field':<{FIELD_WIDTH}}" + "".join(f" {part + ' text':>10} {'+meta':>6} {'gain':>7}" for part in a)
             + "  (with the collector's metadata.csv)"]
    for name in next(iter(a.values())):
        lines.append(f"{name:<{FIELD_WIDTH}}" + "".join(
            f" {a[part][name]:>10.3f} {b[part][name]:>6.3f} {b[part][name] - a[part][name]:>+7.3f}" for part in a))
    return "\n".join(lines)


class FloorsError(ValueError):
    """A floors file that cannot be read as {part: {field: figure}}; the message names the file."""


def read_floors(path: Path) -> dict[str, dict[str, float]]:
    """The pinned floors, {part: {field: figure}} (tests/eval_floors.json); {} without the file
    or when it is empty (`--floors /dev/null`: no floors). Raises FloorsError naming the file
    when it cannot be read, is not JSON, or is not of that shape (a figure a number)."""
    if not path.exists():
        return {}
    try:
        text = path.read_text(encoding="utf-8")
        floors = json.loads(text) if text.strip() else {}
    except (OSError, UnicodeDecodeError) as error:
        raise FloorsError(f"{path}: cannot be read ({error})") from None
    except json.JSONDecodeError as error:
        raise FloorsError(f"{path}: not JSON ({error.msg}, line {error.lineno} column {error.colno})") from None
    if not isinstance(floors, dict) or not all(
            isinstance(fields, dict) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in fields.values())
            for fields in floors.values()):
        raise FloorsError(f"{path}: not {{part: {{field: figure}}}} (each figure a number)")
    return floors


def below_floors(current: dict[str, dict[str, float]], floors: dict[str, dict[str, float]]) -> list[str]:
    """One line per figure below its floor ("test: date: 0.850 is below the floor 0.900"), for
    the parts measured; a field with no figure counts as 0."""
    return [f"{part}: {name}: {current[part].get(name, 0):.3f} is below the floor {floor:.3f}"
            for part in sorted(current) for name, floor in sorted(floors.get(part, {}).items())
            if current[part].get(name, 0) + 1e-9 < floor]


def raise_floors(path: Path, current: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Floors only go up: each becomes the higher of itself and today's figure, part by part;
    parts not measured keep theirs. Writes the file and returns its content."""
    floors = read_floors(path)
    merged = dict(floors)
    for part, values in current.items():
        old = floors.get(part, {})
        merged[part] = {name: max(old.get(name, 0.0), value) for name, value in sorted({**old, **values}.items())}
    merged = {part: merged[part] for part in sorted(merged)}
    path.write_text(json.dumps(merged, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return merged
