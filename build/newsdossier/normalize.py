"""normalize: seeds/ -> data/. Incremental, safe to rerun, every problem reported in one line per file."""
from __future__ import annotations

import contextlib
import hashlib
import html
import json
import re
import time
from dataclasses import dataclass, field, replace
from typing import NamedTuple
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from . import EXTRACTOR_VERSION, REFERENCE_ENTRIES, reference_entry_files
from .corpus import event_dates_not_edtf
from .executors import Failed, Plan, run as run_work
from .extract import READ_LIMIT, Extraction, extract
from .links import Finder, plain_rows, reference_changes, registry_changes, registry_projection
from .ingest import Collected, collect, entry_slug
from .ingest.metadata import read_metadata
from .ingest.precedence import settle
from .merge import ALIASES_FOUND, BODY_HASH, FOUND, PARTICIPANTS_FOUND, ROLES_FOUND, machine_record, merge_article
from .registry import (Registry, drop_unreported, drop_values, ensure_mission, follow_merged_participants, forget_articles, found_roles, link_mention, merge_actor, merge_event, merge_mission, own_findings, own_reports,
                       report_event)
from .entities import ACTOR_KINDS
from .language import forget_copies, keep_model_in
from .reference import keep_parsed_in, parsed_folder, reference, shared_parsed_folder
from .seeds import METADATA_FILE, passed_over, SeedError, seed_names
from . import fastyaml
from .store import (collector_paused, DataError, Project, project_lock, article_text, atomic_write, dump_yaml, file_stamp, folder_stamps, keep_pickled, one_sync, parse_yaml, read_article, read_index, shared_cache,
                    read_registry, split_front_matter, StoredParseCache, PARSED_FILE, read_registry_to_update, read_text, record_skipped_seeds, remove_unfinished_writes, write_index,
                    event_fields, record_machine_events)
from .text import counted, slugify, unique_id

REGISTRIES = ("actors", "missions", "events")


@dataclass
class Report:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one line each: file and why
    notes: list[str] = field(default_factory=list)
    seed_reasons: dict[str, str] = field(default_factory=dict)  # seed file name -> why it has no article
    problems: list[str] = field(default_factory=list)  # one line each: a file of data/ that could not be read, so a part was not written

    @property
    def ok(self) -> bool:
        """True when every file of data/ the run needed could be read: seeds skipped as
        unreadable (reported in `skipped`, listed on the review page) leave it True."""
        return not self.problems

    def skip_seed(self, name: str, why: str) -> None:
        """One line naming the seed and why it was not made an article."""
        self.skipped.append(f"seeds/{name}: skipped: {why}")
        self.seed_reasons[name] = why


class _Prior(NamedTuple):
    """An article already in data/, as read at the start of the run: the values of its
    front-matter that tell whether its seed changed (_INDEXED: from the article index when the
    file is the one indexed, else read with the fast, C-backed safe loader). The round-trip
    form, with comments and key order, is read only for the articles a run merges into
    (round_trip()). Its path is made when asked (a Path per article costs, at 10,000 articles,
    more than telling them all unchanged)."""

    folder: Path
    name: str
    front: dict

    @property
    def path(self) -> Path:
        return self.folder / self.name

    def round_trip(self) -> tuple:
        """(front-matter as a round-trip mapping, body); DataError if the file became unreadable."""
        return read_article(self.path, round_trip=True)


@dataclass
class _Pending:
    article_id: str
    seed_name: str
    fingerprint: str
    extraction: Extraction
    path: Path
    prior: _Prior | None = None
    seed_entry: str | None = None  # the article's key in a seed of several (.jsonl)
    event_ids: list[str] = field(default_factory=list)
    entity_ids: tuple = ()
    found: set = field(default_factory=set)  # (registry, entry id, field, value) its extraction found (_found_items)
    aliases: set = field(default_factory=set)  # ("actors", actor id, "aliases", alias): merge.ALIASES_FOUND's items (_merge_entities)
    base: dict | None = None  # its machine record as the run found it (None: none, or unreadable)


_WORD = re.compile(r"[^\W_]")  # a letter or digit of any script


# What normalize needs of an article already written to tell whether its seed changed, kept in
# the article index (.newsdossier-cache/articles.json) so that a run over a large, mostly
# unchanged corpus reads no article's YAML.
_INDEXED = ("id", "seed", "seed_entry", "fingerprint", "extractor")
_ARTICLE_INDEX, _NO_ARTICLE_INDEX, _SEED_INDEX, _REGISTRY_INDEX = "articles.json", "no-article.json", "seeds.json", "registries.json"
# The reference entries and what the articles' output depends on of each registry entry, as
# the last run left them (links.py): {"reference": {"shas": {file: sha256}, "rows": {file: {key:
# row}}}, "registries": {name: {"stamp": file_stamp, "entries": registry_projection}}}.
_LINKS_INDEX = "links.json"


def _as_json(entries) -> list | None:
    """A registry's entries as plain JSON values, when that is all they are (fastyaml.is_plain:
    text keys, no float, no comment or quotes of a person's: JSON gives them back written the
    same); else None (not indexed: read from its YAML next time)."""
    if not entries or not fastyaml.is_plain(entries):
        return None
    try:
        return json.loads(json.dumps(entries, ensure_ascii=False))
    except (TypeError, ValueError):
        return None


def _indexed_front(front) -> dict | None:
    """The _INDEXED values of a front-matter mapping, None when one is not a plain scalar (JSON
    would not give it back the same)."""
    values = {key: front[key] for key in _INDEXED if key in front}
    if all(value is None or type(value) in (str, int, bool) for value in values.values()):
        return {key: (str(value) if isinstance(value, str) else value) for key, value in values.items()}
    return None


def _existing_articles(project: Project, report: Report, index: dict, kept: dict) -> dict[str, _Prior]:
    """The articles in data/ by key (seed, and entry in a seed of several). index: the article
    index of the last run (file name -> {"stamp": file_stamp, "front": _INDEXED values}); an
    article whose file has the stamp indexed is not read again. kept: filled with the index of
    what was found (an unreadable file is left out: reported, and read again next time)."""
    by_seed: dict[str, _Prior] = {}
    if not project.articles.is_dir():
        return by_seed
    # One listing of the folder gives every file's stamp (store.folder_stamps): the names
    # Path.glob("*.md") gives (hidden ones and links included), in name order.
    folder = project.articles  # a property that joins paths: asked once
    stamps = folder_stamps(folder, keep=lambda name: name.endswith(".md"))
    for name in sorted(stamps):
        stamp = stamps[name]
        known = index.get(name)
        if stamp is not None and isinstance(known, dict) and known.get("stamp") == stamp and isinstance(known.get("front"), dict):
            front = known["front"]
            kept[name] = known  # the same entry, kept as read
        else:
            path = folder / name
            try:
                front = _indexed_front(read_article(path)[0])
            except DataError as error:
                error.path = path.relative_to(project.root)  # named as in data/, like `check` does
                report.problems.append(f"{error.one_line()} (left as it is)")
                continue
            if front is None:  # a value of another kind: read again each run, never indexed
                front = read_article(path)[0]
                stamp = None
        if stamp is not None and name not in kept:
            kept[name] = {"stamp": stamp, "front": front}
        if front.get("seed"):
            by_seed[_article_key(front)] = _Prior(folder, name, front)
    return by_seed


def _stale_articles(project: Project, existing: dict[str, "_Prior"]) -> tuple[set[Path], dict]:
    """The paths of the articles in data/ to extract again although their seed is unchanged,
    because a reference entry (REFERENCE_ENTRIES) or a registry entry changed since the last run
    in a way their output may depend on (links.reference_changes, links.registry_changes): those
    whose article file or seed holds one of the forms of a changed entry, old or new, or its id.
    Also the links index to write at the end of the run ("changed": whether it differs from the
    one read). Without that index (first run, cache deleted) nothing is stale: the articles are
    trusted as written, as any index only ever saves work; a registry or reference file that is
    not a list of entries makes every article stale."""
    known = read_index(project.cache / _LINKS_INDEX, EXTRACTOR_VERSION)
    files = reference_entry_files()
    shas = {name: hashlib.sha256(raw).hexdigest() for name, raw in files.items()}
    old_reference = known.get("reference") if isinstance(known.get("reference"), dict) else None
    old_rows = old_reference.get("rows") if old_reference and isinstance(old_reference.get("rows"), dict) else None
    old_shas = old_reference.get("shas") if old_reference else None
    forms: set[str] = set()
    ids: set[str] = set()
    everything = False
    changed = False
    if old_rows is not None and old_shas == shas:
        reference_state = old_reference
    else:
        changed = True
        from .reference import load_reference

        new_rows: dict = {}
        for name, key in REFERENCE_ENTRIES.items():
            if name not in files:
                continue
            if old_rows is not None and old_shas and old_shas.get(name) == shas[name] and isinstance(old_rows.get(name), dict):
                new_rows[name] = old_rows[name]
                continue
            rows = plain_rows(load_reference(name), key)
            if rows is None:
                everything = True
                rows = {}
            new_rows[name] = rows
        reference_state = {"shas": shas, "rows": new_rows}
        if old_rows is not None:
            forms, ids = reference_changes(old_rows, new_rows)
    old_registries = known.get("registries") if isinstance(known.get("registries"), dict) else None
    registry_state: dict = {}
    for name in REGISTRIES:
        path = project.registry(name)
        stamp = file_stamp(path)
        kept = (old_registries or {}).get(name)
        if isinstance(kept, dict) and stamp is not None and kept.get("stamp") == stamp and isinstance(kept.get("entries"), dict):
            registry_state[name] = kept
            continue
        changed = True
        if stamp is None:
            continue
        try:
            entries = read_registry(path)
        except DataError:  # reported when normalize reads it to merge
            continue
        projection = registry_projection(name, entries)
        registry_state[name] = {"stamp": stamp, "entries": projection}
        if isinstance(kept, dict) and isinstance(kept.get("entries"), dict):
            more_forms, more_ids = registry_changes(kept["entries"], projection)
            forms |= more_forms
            ids |= more_ids
    links = {"reference": reference_state, "registries": registry_state, "changed": changed}
    stale: set[Path] = set()
    if everything:
        return {prior.path for prior in existing.values()}, links
    finder = Finder(forms, ids)
    if not finder:
        return stale, links
    for prior in existing.values():
        if finder.holds(_stored_text(project, prior)):
            stale.add(prior.path)
    return stale, links


_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def _reference_state_path(project: Project, links: dict) -> Path:
    """Where the reference data's derived lookups (the gazetteer and the tables it is made
    from) are kept between runs: a file named by a digest of all they derive from (the
    extractor fingerprint, which covers reference.py and the word lists; the reference entry
    files; babel's CLDR data; the pickle format of this Python)."""
    import sys

    import babel

    shas = json.dumps((links.get("reference") or {}).get("shas"), sort_keys=True)
    key = hashlib.sha256(f"{EXTRACTOR_VERSION} {shas} {babel.__version__} {sys.version}".encode()).hexdigest()[:16]
    return project.cache / f"reference-{key}.pickle"


def _load_reference_state(project: Project, links: dict) -> None:
    """Put the lookups reference.Reference computed in an earlier run with the same data
    (_reference_state_path) into this process's Reference, so that extracting one article does
    not build the gazetteer again (about 0.5 s of CPU; reading it back takes 0.1 s). Nothing
    when there is none or it cannot be read: they are then computed as usual."""
    import pickle

    try:
        with _reference_state_path(project, links).open("rb") as handle:
            state = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return
    if isinstance(state, dict):
        held = reference().__dict__
        for name, value in state.items():
            held.setdefault(name, value)


def _save_reference_state(project: Project, links: dict) -> None:
    """Keep the lookups this process's Reference computed (its cached properties, the gazetteer
    at least: built here after a run whose extraction ran in other processes) for the next run
    (_load_reference_state), once per state of the reference data; older states removed."""
    path = _reference_state_path(project, links)
    if path.exists():
        return
    reference().gazetteer  # built by the pool's workers only, after a run in several processes
    keep_pickled(path, dict(reference().__dict__), replaces="reference-*.pickle")


def _stored_text(project: Project, prior: "_Prior") -> str:
    """What is kept of an article to look for forms in: its file (front-matter and text) and its
    seed as collected (bytes read as UTF-8, HTML character references resolved), "" for a file
    that cannot be read."""
    parts = []
    for path in (prior.path, project.seeds / str(prior.front.get("seed") or "")):
        try:
            if path.is_file():
                text = html.unescape(path.read_bytes().decode("utf-8", errors="replace"))
                parts.append(_JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text))  # a JSON seed's "\u00e9"
        except OSError:
            continue
    return "\n".join(parts)


def _prior_of(article: Collected, existing: dict[str, _Prior], collected: set[str]) -> _Prior | None:
    """The article already in data/ that this collected article updates: the one with its key;
    or, for an article of a seed of several (a .json that became a list of records), the seed's
    article written when it held one, if no other article of the seed has taken it yet (else its
    first record would be skipped as a copy of itself and the old article left orphaned)."""
    prior = existing.get(article.key)
    if prior is None and article.entry and article.seed not in collected:
        single = existing.get(article.seed)
        if single is not None and not single.front.get("seed_entry"):
            collected.add(article.seed)  # taken: by this first record only
            return single
    return prior


def _read_registries(project: Project, report: Report, from_index: dict | None = None) -> dict[str, Registry] | None:
    """The three registries, round-trip (comments and order kept), or None when one cannot be
    read (said in report: nothing is written then). A registry this program wrote last, unedited
    since (the registry index: its stamp), is taken from the index, a JSON copy of its entries:
    parsing the YAML of a large corpus's events takes seconds; its entries are the index's plain
    mappings and lists (the registry code inserts into either: registry.insert_key). from_index:
    filled with (the JSON text of its entries, its index entry) of each registry taken from the
    index, by name: one whose entries give the same JSON text after the merge is unchanged (not
    written again)."""
    registries = {}
    known = read_index(project.cache / _REGISTRY_INDEX, _REGISTRY_INDEX)
    for name in REGISTRIES:
        path = project.registry(name)
        kept = known.get(name)
        if isinstance(kept, dict) and isinstance(kept.get("entries"), list) and kept.get("stamp") == file_stamp(path) is not None:
            # Its plain values as they are (registry.insert_key), written as JSON text first: the
            # merge changes them in place, and a registry whose text is the same after it is unchanged.
            if from_index is not None:
                from_index[name] = (_json_text(kept["entries"]), kept)
            registries[name] = Registry(kept["entries"])
            continue
        stamp = file_stamp(path)
        entries = _pickled_registry(project, name, stamp)
        if entries is None:
            try:
                entries = read_registry_to_update(path) or CommentedSeq()
            except DataError as error:
                error.path = path.relative_to(project.root)  # named as in data/, like `check` does
                report.problems.append(f"{error.one_line()}; fix it first: normalize wrote nothing")
                return None
            if stamp is not None and file_stamp(path) == stamp:  # not changed while it was read
                _pickle_registry(project, name, stamp, entries)
        if name == "events" and (wrong := event_dates_not_edtf(entries, path, project.root)):
            # an event is matched to the articles' findings by its date: one no EDTF form reads
            # matches none, and the finding it told would join another event of its kind or make
            # a new one (the person's event losing its reports, the other its participants); so
            # normalize refuses such a registry as one it cannot read
            report.problems.extend(f"{problem.one_line()}; fix it first: normalize wrote nothing" for problem in wrong)
            return None
        registries[name] = Registry(entries)
    return registries


def _registry_pickle_key(stamp) -> str:
    import ruamel.yaml

    return json.dumps([stamp, ruamel.yaml.__version__])


def _pickled_registry(project: Project, name: str, stamp) -> CommentedSeq | None:
    """A registry the registry index cannot hold (a person's comments or quotes in it), as
    ruamel.yaml's round-trip reading of the file with this stamp gave it in an earlier run,
    kept by _pickle_registry: reading it back takes milliseconds where parsing the YAML again
    takes seconds on a large corpus. None when there is none for this stamp (and this
    ruamel.yaml), or it cannot be read."""
    import pickle

    if stamp is None:
        return None
    try:
        with (project.cache / f"registry-{name}.pickle").open("rb") as handle:
            key, entries = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return entries if key == _registry_pickle_key(stamp) and isinstance(entries, CommentedSeq) else None


def _pickle_registry(project: Project, name: str, stamp, entries) -> None:
    """Keep the round-trip reading of a registry file, as read (before any merge changes it),
    for the next run that finds the file with the same stamp (_pickled_registry)."""
    if isinstance(entries, CommentedSeq):
        keep_pickled(project.cache / f"registry-{name}.pickle", (_registry_pickle_key(stamp), entries))


def _json_text(entries) -> str | None:
    """Registry entries as JSON text (keys in their order), None when they are not JSON values.
    Plain containers are dumped in C; round-trip ones (entries the merge added) in Python."""
    try:
        return json.dumps(entries, ensure_ascii=False)
    except (TypeError, ValueError):
        return None


def _article_key(front) -> str:
    """The key of an article among all (as ingest.Collected.key): its seed, and its entry in a
    seed of several articles."""
    entry = front.get("seed_entry")
    return str(front["seed"]) if not entry else f"{front['seed']}#{entry}"


# Where each value of an article came from, written after the value (see ingest.known.ORIGINS).
_WITH_ORIGIN = {
    "url": ("url_origin",),
    "title_basis": ("title_origin",),
    "date_source": ("date_origin", "date_printed"),
    "source": ("source_origin", "source_printed"),
    "language": ("language_origin",),
}


def _new_id(seed_name: str, taken: set[str], entry: str | None = None) -> str:
    stem = Path(seed_name).stem
    if entry is not None:  # one of several articles of a seed: the seed's name and its entry's hash
        stem = f"{slugify(stem, max_length=48) or 'seed'}-{entry_slug(entry)}"
    # Keep the seed's own name where it is already a safe URL part, so ids read like seeds.
    return unique_id(stem if re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,59}", stem) else slugify(stem, max_length=60), taken)


def _front_matter(pending: _Pending, actor_ids, mission_ids, inferred_ids) -> CommentedMap:
    fields = pending.extraction.fields
    front = CommentedMap()
    front["id"] = pending.article_id
    front["seed"] = pending.seed_name
    if pending.seed_entry:
        front["seed_entry"] = pending.seed_entry
    for key in ("seed_encoding", "seed_bad_bytes"):  # only when the seed's encoding was not certain
        if fields.get(key):
            front[key] = fields[key]
    front["fingerprint"] = pending.fingerprint
    front["extractor"] = EXTRACTOR_VERSION
    for key in ("url", "title", "title_basis", "date", "date_basis", "date_source", "source", "language"):
        if key != "url" or fields.get("url"):
            front[key] = fields[key]
        for extra in _WITH_ORIGIN.get(key, ()):
            if fields.get(extra):
                front[extra] = fields[extra]
    front["authors"] = CommentedSeq(fields["authors"])
    if fields.get("authors_origin"):
        front["authors_origin"] = fields["authors_origin"]
    for key in ("editor", "dateline"):
        front[key] = fields[key]
    front["actors"] = CommentedSeq(actor_ids)
    front["missions"] = CommentedSeq(mission_ids)
    front["missions_inferred"] = CommentedSeq(inferred_ids)
    if fields["reasons"]:
        front["reasons"] = CommentedMap((k, v) for k, v in fields["reasons"].items() if k in inferred_ids)
    front["events"] = CommentedSeq(pending.event_ids)
    for key in ("captions", "credits", "boilerplate", "teasers", "unresolved"):
        if fields[key]:
            front[key] = CommentedSeq(fields[key])
    if pending.extraction.quotes:
        front["quotes"] = CommentedSeq(_quote_entry(quote) for quote in pending.extraction.quotes)
    return front


def _quote_entry(quote) -> CommentedMap:
    """A quote as the article lists it: its speaker's id ("" when unnamed or not in the
    registries; set by _merge_entities), direct or reported, and its sentence."""
    entry = CommentedMap()
    entry["speaker"] = quote.speaker_id or ""
    entry["kind"] = quote.kind
    entry["sentence"] = quote.sentence
    return entry


class _Progress:
    """One line every 50 seeds done (collected, and their articles extracted), on runs of 50 or
    more; on runs of fewer seeds, one line every 50 articles extracted (a .jsonl of thousands
    of articles is one seed: its run would say nothing until its end)."""

    def __init__(self, total: int, log):
        self.total, self.log, self.done, self.started = total, log, 0, time.monotonic()
        self.extracted = 0

    def article_done(self) -> None:
        self.extracted += 1
        if self.total < 50 and self.extracted % 50 == 0:
            rate = self.extracted / max(time.monotonic() - self.started, 1e-6)
            self.log(f"normalize: {self.extracted} articles extracted ({rate:.0f}/s)")

    def seed_done(self) -> None:
        self.done += 1
        if self.total >= 50 and (self.done % 50 == 0 or self.done == self.total):
            rate = self.done / max(time.monotonic() - self.started, 1e-6)
            self.log(f"normalize: {self.done}/{self.total} seeds ({rate:.0f}/s)")


@collector_paused
def normalize(project: Project, log=print, plan: Plan | None = None) -> Report:
    """seeds/ -> data/: extract the new and changed seeds' articles, merge them into the
    registries, write the articles. plan: where the per-article extraction runs
    (executors.Plan; default: a pool of local processes, one per core, small runs in this
    process); data/ comes out the same, byte for byte, whatever the plan. Raises
    executors.ExecutorError (one line) when the plan cannot run: nothing is written then.
    Returns the Report (every problem one line, also given to log). Two runs on one project
    take turns (store.project_lock): the second waits, saying so, and then finds the first's
    work done."""
    with project_lock(project, log):
        before = parsed_folder()
        if before is None:  # the reference data parsed once per installation, read back by every project's next run
            keep_parsed_in(shared_parsed_folder(shared_cache()))
        try:
            return _normalize(project, log, plan)
        finally:
            keep_parsed_in(before)


def _normalize(project: Project, log, plan: Plan | None) -> Report:
    """normalize(), the project's run lock held."""
    report = Report()
    if removed := remove_unfinished_writes(project.data):
        report.notes.append(f"data/: removed {counted(removed, 'unfinished file')} left by an interrupted run")
    remove_unfinished_writes(project.cache)
    shared = shared_cache()
    keep_model_in(shared)  # the language model uncompressed and the spelling lists, for every project's next run
    if shared.resolve() != project.cache.resolve():
        forget_copies(project.cache)  # where earlier versions kept them
    article_index: dict = {}
    existing = _existing_articles(project, report, read_index(project.cache / _ARTICLE_INDEX, _ARTICLE_INDEX), article_index)
    # Seeds known to make no article, and why, by article key: {"fingerprint", "why", "note"}.
    # Valid for one extractor (its fingerprint is the index's key): not extracted again.
    no_article = read_index(project.cache / _NO_ARTICLE_INDEX, EXTRACTOR_VERSION)
    still_no_article: dict = {}
    # Each seed's collected articles (entry, fingerprint) and left-out parts, by file name, with
    # the stamp of the file and its metadata.csv row: a seed whose articles are all unchanged is
    # not read again (decoding alone is a third of a millisecond a seed).
    seeds_known = read_index(project.cache / _SEED_INDEX, EXTRACTOR_VERSION)
    seeds_seen: dict = {}
    # Articles a changed reference entry or registry entry may touch: extracted again.
    stale, links = _stale_articles(project, existing)
    taken = {str(p.front["id"]) for p in existing.values() if p.front.get("id")}
    seen_fingerprints: dict[str, str] = {
        str(p.front.get("fingerprint")): seed for seed, p in existing.items() if p.front.get("fingerprint")
    }
    names = seed_names(project.seeds)  # a Path is made only of the seeds read (_collect)
    listed = set(names)
    seed_stamps = folder_stamps(project.seeds, keep=listed.__contains__)
    records = _machine_records(project)  # read before anything is written
    for path, why in passed_over(project.seeds):
        report.skip_seed(path.name, why)
    rows = _collector_rows(project, listed, report)
    collected_keys: set[str] = set()
    # Collecting (reading each seed, telling unchanged and duplicate articles) is done here, in
    # seed order; extracting the articles to extract is the executor's, in any order. What the
    # report says of each seed is kept as steps and told in seed order once all are back, so
    # the report and data/ are the same whatever executor ran and in whatever order it finished.
    steps: list[list[tuple]] = []  # per seed: ("skip_seed", name, why) | ("skipped", line) | ("unchanged", label) | ("extract", index, article, prior)
    seed_of_job: list[int] = []
    outstanding: list[int] = []  # per seed: extractions not yet back (-1 while it is being collected)
    progress = _Progress(len(names), log)

    def to_extract():
        for seed_index, name in enumerate(names):
            told: list[tuple] = []
            steps.append(told)
            outstanding.append(-1)
            try:
                articles, left_out = _collect(project, name, rows.get(name), existing, seeds_known, seeds_seen, no_article, stale, records,
                                              seed_stamps)
            except (SeedError, OSError) as error:
                articles, left_out = [], []
                told.append(("skip_seed", name, str(error)))
            told.extend(("skipped", f"seeds/{name}:{why}" if why.startswith("line ") else f"seeds/{name}: {why}") for why in left_out)
            jobs = 0
            for article in articles:
                collected_keys.add(article.key)
                prior = _prior_of(article, existing, collected_keys)
                step = _without_extraction(project, article, prior, seen_fingerprints, stale, records)
                if step is not None:
                    told.append(step)
                    continue
                known = _no_article(no_article, article)
                if known is not None:
                    told.append(("no_article", _Light(article.seed, article.entry, article.fingerprint), known.get("note"), known["why"]))
                    still_no_article[article.key] = known
                    continue
                told.append(("extract", len(seed_of_job), _Light(article.seed, article.entry, article.fingerprint), prior))
                seed_of_job.append(seed_index)
                jobs += 1
                if not seed_of_job[:-1]:  # the first article to extract: the reference data it needs, from the cache
                    _load_reference_state(project, links)
                yield article
            outstanding[seed_index] += jobs + 1
            if outstanding[seed_index] == 0:
                progress.seed_done()

    outcomes: dict[int, object] = {}
    for index, outcome in run_work(extract_article, to_extract(), plan or Plan()):
        outcomes[index] = outcome
        progress.article_done()
        seed_index = seed_of_job[index]
        outstanding[seed_index] -= 1
        if outstanding[seed_index] == 0:
            progress.seed_done()

    if seed_of_job:
        _save_reference_state(project, links)
    pending: list[_Pending] = []
    for told in steps:
        for step in told:
            item = _tell(step, outcomes, report, still_no_article)
            if item is None:
                continue
            if item.prior is None:
                item.article_id = _new_id(item.seed_name, taken, item.seed_entry)
                taken.add(item.article_id)
                item.path = project.articles / f"{item.article_id}.md"
            pending.append(item)

    # The registries are read (round-trip, slow on a large corpus) only when an article is to
    # be merged into them: a run over unchanged seeds reads none of them.
    # The machine records of articles no seed makes any more: the roles they found no longer count.
    left, current_ids, removed_ids = _left_records(project, existing, pending, listed, collected_keys, report.seed_reasons, records)
    registries: dict[str, Registry] | None = {}
    from_index: dict[str, tuple] = {}
    own: dict[str, dict[str, str]] = {}  # registry.own_reports, read once the registries are
    if pending or left or removed_ids:
        registries = _read_registries(project, report, from_index)
        if registries is None:
            for line in report.skipped + report.problems:
                log(line)
            return report
        actors, missions, events = registries["actors"], registries["missions"], registries["events"]
        events_read = event_fields(events.entries)  # as a person may have corrected them (store.record_machine_events)
        # an actor merged by hand (same_as) since the events naming it were written: the survivor's id there
        if merged := follow_merged_participants(events, actors):
            shown = "; ".join(f"{event_id}: {old} -> {new}" for event_id, old, new in merged[:5])
            more = f" and {len(merged) - 5} more" if len(merged) > 5 else ""
            report.notes.append(f"data/events.yaml: wrote the surviving id of {counted(len(merged), 'participant')} merged by same_as ({shown}{more})")
        pending_ids = {item.article_id for item in pending}
        # the events the articles extracted again, or removed, reported: one none of them reports again goes (drop_unreported)
        forgotten = pending_ids | removed_ids
        reported = [e["id"] for e in events.entries
                    if isinstance(e, dict) and isinstance(e.get("articles"), list) and any(isinstance(a, str) and a in forgotten for a in e["articles"])]
        own = own_reports(events, pending_ids)  # the reports of events a person made theirs, kept by their sentences
        forget_articles(events, forgotten)
    added: dict[str, set] = {"actors": set(), "events": set()}  # (entry id, field, value) the merge wrote, by registry
    if registries:
        for item in pending:  # its last machine record, read once: what it found, and the base of the article's merge
            item.base = _read_record(project, item.article_id)
    withheld = _removed_by_person(pending, registries) if registries else {"actors": set(), "events": set()}
    removed_aliases = {w for w in withheld["actors"] if w[1] == "aliases"}
    removed_roles = withheld["actors"] - removed_aliases  # withheld from every article's merge
    for item in pending:
        item.entity_ids = _merge_entities(item, actors, missions, added["actors"], _withheld_for(item, removed_roles, removed_aliases))
        claims = own_findings(events, item.extraction.events, own.get(item.article_id) or {})
        for index, finding in enumerate(item.extraction.events):
            actor_ids, mission_ids = _participants(finding, actors)
            event_id = merge_event(events, finding, item.article_id, actor_ids, mission_ids, added["events"], withheld["events"],
                                   {finding.sentence: claims[index]} if index in claims else None)
            item.event_ids.append(event_id)
            item.found.update(("events", event_id, "actors", a) for a in actor_ids)
            item.found.update(("events", event_id, "missions", m) for m in mission_ids)
    linkable = {kind for kind, table in reference().vocabulary["event_kinds"].items() if table.get("linkable")}
    for item in pending:
        for mention in item.extraction.event_mentions:
            own = next((events.by_id[e] for e in item.event_ids if events.by_id[e]["kind"] == mention.kind), None)
            if own is not None:  # the article's own dated event, told again without its date
                report_event(own, item.article_id, mention.sentence)
                continue
            if mention.kind not in linkable:
                continue
            linked = link_mention(events, mention, item.article_id, item.extraction.fields["date"], item.extraction.places)
            if linked and linked not in item.event_ids:
                item.event_ids.append(linked)
        item.event_ids = list(dict.fromkeys(item.event_ids))
    if registries:
        written = None  # the participants the machine wrote for the events no article reports now (a person's others keep them)
        if any(e in events.by_id and not events.by_id[e].get("articles") for e in reported):
            written = {(entry_id, key, value) for record in [*(item.base for item in pending), *(left.get(a) for a in removed_ids)]
                       for registry, entry_id, key, value in _record_found(record) if registry == "events"}
        if unreported := drop_unreported(events, reported, written):
            report.notes.append(f"data/events.yaml: removed {counted(len(unreported), 'candidate event')} no article reports any more ({', '.join(unreported[:5])}"
                                f"{f' and {len(unreported) - 5} more' if len(unreported) > 5 else ''})")
        dropped = _settle_found(project, pending, current_ids, left, added, registries)
        for name, noun in (("actors", "role"), ("events", "participant")):
            if removed := [(entry_id, value) for registry, entry_id, _, value in dropped if registry == name]:
                shown = "; ".join(f"{entry_id}: {value}" for entry_id, value in removed[:5])
                more = f" and {len(removed) - 5} more" if len(removed) > 5 else ""
                report.notes.append(f"data/{name}.yaml: removed {counted(len(removed), noun)} the machine wrote and no article's extraction finds any more ({shown}{more})")

    # Each article's YAML (the file of a new article, every article's machine record) is
    # rendered by the executor too: as much work as the extraction on a cold run.
    outputs = [(_front_matter(item, *item.entity_ids), "\n\n".join(item.extraction.body)) for item in pending]
    rendered: dict[int, object] = dict(run_work(render_article, ((front, body, item.prior is None, _found_record(item.found, item.aliases)) for (front, body), item in zip(outputs, pending)),
                                                plan or Plan()))
    indexed_fronts = [_indexed_front(front) if item.prior is None else None for front, _ in outputs]
    # The registries are written before the articles that refer to them. Killed in between,
    # the next run finds the unwritten articles' seeds pending and writes them; the other
    # order would leave written articles pointing at entries no registry holds, and their
    # unchanged seeds would never be read again.
    registry_index: dict = {}
    written_articles: list[tuple[Path, dict | None]] = []
    # What the next load of data/ parses of the files written here (store.StoredParseCache.add_written):
    # (path, YAML text, its value or None). A registry's value is its JSON copy (_as_json: what the YAML gives back).
    parses: list[tuple[Path, str, object]] = []
    plain: dict[str, list | None] = {}  # each registry written: _as_json of its entries
    with one_sync():  # every file whole or not at all, with one sync for all (store.one_sync)
        for name, registry in registries.items():
            path = project.registry(name)
            if name in from_index and from_index[name][0] is not None and _json_text(registry.entries) == from_index[name][0]:
                continue  # the merge changed nothing in it: the file (and its index entry) stays as it is
            from_index.pop(name, None)
            if registry.entries or path.exists():
                text = dump_yaml(registry.entries) if registry.entries else "[]\n"
                if atomic_write(path, text):
                    report.written.append(str(path.relative_to(project.root)))
                plain[name] = _as_json(registry.entries)
                parses.append((path, text, plain[name]))
        if registries:  # the machine's reading of each event's fields, beside a person's corrections
            record_machine_events(project, events_read, event_fields(registries["events"].entries))
        for index, (item, (front, body)) in enumerate(zip(pending, outputs)):
            done = rendered.get(index)
            if done is None or isinstance(done, Failed):  # its worker was lost: rendered here
                done = render_article((front, body, item.prior is None, _found_record(item.found, item.aliases)))
            fresh, record, fresh_front = done
            text = _merged_text(project, item, front, body, report, fresh)
            if text is None:
                continue
            if atomic_write(item.path, text):
                report.written.append(str(item.path.relative_to(project.root)))
            written_articles.append((item.path, indexed_fronts[index]))
            with contextlib.suppress(DataError):
                # the new article's front matter was parsed by the worker that rendered it
                parses.append((item.path, split_front_matter(text, item.path)[0], fresh_front if text is fresh else None))
            # The record is written after the article: killed in between, the next run sees the
            # article's new values as a person's edits and keeps them, which loses nothing.
            atomic_write(project.machine_record(item.article_id), record)
        if registries:  # the roles of an article no seed makes were settled in actors.yaml: its record holds them no more
            for article_id, record in left.items():
                if article_id not in removed_ids:
                    atomic_write(project.machine_record(article_id), dump_yaml({k: v for k, v in record.items() if k not in FOUND}))
            for article_id in sorted(removed_ids):  # settled: the record of a removed article goes with it
                with contextlib.suppress(FileNotFoundError):
                    project.machine_record(article_id).unlink()
                report.notes.append(f"data/articles/{article_id}.md: removed (its file and its seed are gone); the events that listed it no longer do")
    for name, registry in registries.items():
        path = project.registry(name)
        if name in from_index:  # unchanged: its index entry holds
            registry_index[name] = from_index[name][1]
        elif path.exists() and (entries := plain[name] if name in plain else _as_json(registry.entries)) is not None and (stamp := file_stamp(path)) is not None:
            registry_index[name] = {"stamp": stamp, "entries": entries}
    if registries and set(from_index) != set(registries):  # else each registry is the index's, unchanged: it holds
        write_index(project.cache / _REGISTRY_INDEX, _REGISTRY_INDEX, registry_index)
    for name, registry in registries.items():  # read and merged into: kept as written
        stamp = file_stamp(project.registry(name))
        if stamp is not None and (links["registries"].get(name) or {}).get("stamp") != stamp:
            state = {"stamp": stamp, "entries": registry_projection(name, registry.entries)}
            if links["registries"].get(name) != state:
                links["registries"][name], links["changed"] = state, True
    for path, front in written_articles:
        _index_written(project, path, front, article_index)
    if parses:  # the first build after this run parses none of the files it wrote
        StoredParseCache(project.cache / PARSED_FILE, project.root).add_written(parses)
    record_skipped_seeds(project, report.seed_reasons)
    if project.data.is_dir():
        write_index(project.cache / _ARTICLE_INDEX, _ARTICLE_INDEX, article_index)
        write_index(project.cache / _NO_ARTICLE_INDEX, EXTRACTOR_VERSION, still_no_article)
        write_index(project.cache / _SEED_INDEX, EXTRACTOR_VERSION, seeds_seen)
        if links.pop("changed", True):
            write_index(project.cache / _LINKS_INDEX, EXTRACTOR_VERSION, links)
    for key, prior in existing.items():
        front = prior.front
        if str(front["seed"]) not in listed:
            report.notes.append(f"{prior.path.relative_to(project.root)}: its seed seeds/{front['seed']} is gone; the article is kept "
                                "(delete the file too to remove the article)")
        elif key not in collected_keys and front.get("seed_entry") and str(front["seed"]) not in report.seed_reasons:
            report.notes.append(f"{prior.path.relative_to(project.root)}: its article ({front['seed_entry']}) is no longer in seeds/{front['seed']}; the article is kept")
    for line in report.notes + report.skipped + report.problems:
        log(line)
    problems = f"; {counted(len(report.problems), 'file')} of data/ could not be read (fix them and rerun)" if report.problems else ""
    # a row of metadata.csv with a problem is no seed skipped (its seed, and the rest of the
    # row, are read): counted apart, though --strict takes it as it takes a skipped seed
    rows = sum(line.startswith(f"seeds/{METADATA_FILE}:") for line in report.skipped)
    rows_told = f", {counted(rows, f'seeds/{METADATA_FILE} row')} with a problem" if rows else ""
    log(
        f"normalize: {len(pending)} extracted, {len(report.unchanged)} unchanged, {len(report.skipped) - rows} skipped{rows_told}; "
        f"{len(report.written)} files written{problems}"
    )
    return report


def _collector_rows(project: Project, seed_names: set[str], report: Report) -> dict:
    """The rows of seeds/metadata.csv by seed file name; its problems, one line each, among
    the skipped (the rest is read)."""
    path = project.seeds / METADATA_FILE
    if not path.is_file() or path.is_symlink():
        return {}
    try:
        rows, problems = read_metadata(path.read_bytes(), seed_names)
    except OSError as error:
        rows, problems = {}, [f"seeds/{METADATA_FILE}: not read: {error}"]
    report.skipped.extend(problems)
    return rows


class _Light(NamedTuple):
    """What the report and the article need of a collected article once it is extracted; also
    an unchanged article known from the seed index (as ingest.Collected: key, label)."""

    seed: str
    entry: str | None
    fingerprint: str

    key = Collected.key  # the collected article's own properties: one key and one label
    label = Collected.label


def _collect(project: Project, name: str, row, existing: dict, index: dict, seen: dict, no_article: dict, stale=frozenset(),
             records: frozenset | None = None, stamps: dict | None = None) -> tuple[list, list[str]]:
    """ingest.collect(path, row) of the seed file of that name in seeds/, or, when the seed index (index: file name -> {"stamp", "row",
    "articles": [[entry, fingerprint]...], "left_out"}) holds the file with its stamp and row and
    every article it lists is in data/ unchanged or known to make no article (no_article), the _Light articles and left-out lines it
    lists, without reading the file. seen: filled with the index entry of this seed. Raises as
    collect does. records: as for _unchanged. stamps: the file_stamp of the seeds by file name,
    from one listing of seeds/ (store.folder_stamps); a seed not in it is looked at alone."""
    stamp = stamps[name] if stamps is not None and name in stamps else file_stamp(project.seeds / name)
    row_key = row.fingerprint_part().hex() if row else ""
    known = index.get(name)
    if stamp is not None and isinstance(known, dict) and known.get("stamp") == stamp and known.get("row") == row_key:
        try:
            light = [_Light(name, entry, fingerprint) for entry, fingerprint in known["articles"]]
            left_out = [str(line) for line in known["left_out"]]
        except (KeyError, TypeError, ValueError):
            light = []
        if light and all(_unchanged(project, existing.get(article.key), article.fingerprint, stale, records) or _no_article(no_article, article) for article in light):
            seen[name] = known
            return light, left_out
    path = project.seeds / name
    articles, left_out = collect(path, row)
    if stamp is not None and stamp == file_stamp(path):  # not changed while it was read
        seen[name] = {"stamp": stamp, "row": row_key, "articles": [[a.entry, a.fingerprint] for a in articles], "left_out": left_out}
    return articles, left_out


def _no_article(no_article: dict, article) -> dict | None:
    """The record of no_article (article key -> {"fingerprint", "why", "note"}) for this very
    article (same fingerprint), else None."""
    known = no_article.get(article.key)
    if isinstance(known, dict) and known.get("fingerprint") == article.fingerprint and isinstance(known.get("why"), str):
        return known
    return None


def _unchanged(project: Project, prior: "_Prior | None", fingerprint: str, stale=frozenset(), records: frozenset | None = None) -> bool:
    """Whether the article of prior is the output of this extractor for the fingerprint, with its
    machine record (none: a run stopped before writing it), and not among the stale article paths
    (a reference or registry entry its text names changed: _stale_articles). records: the file
    names in data/.machine (_machine_records), listed once, instead of a look at the disk each."""
    if not (prior and prior.front.get("fingerprint") == fingerprint and str(prior.front.get("extractor")) == EXTRACTOR_VERSION
            and not (stale and prior.path in stale)):  # hashing a Path costs: none when nothing is stale
        return False
    record = f"{prior.front.get('id')}.yaml"
    if records is None or "/" in record or record.startswith("."):
        return project.machine_record(str(prior.front.get("id"))).exists()
    return record in records


def _machine_records(project: Project) -> frozenset[str]:
    """The names of what data/.machine holds (files, or folders, as Path.exists sees them),
    read once: at 10,000 articles, one listing instead of 20,000 stat calls."""
    import os

    try:
        with os.scandir(project.machine) as entries:
            return frozenset(e.name for e in entries if e.is_file() or e.is_dir())
    except OSError:
        return frozenset()


class Outcome(NamedTuple):
    """The extraction of one collected article (extract_article): the extraction, or None with
    why it is no article (one line); note: how its seed was decoded, or None."""

    extraction: Extraction | None
    note: str | None = None
    why: str | None = None
    lasting: bool = True  # the same bytes give the same outcome with the same extractor (not so for an exception)


def extract_article(article: Collected) -> Outcome:
    """Collected article -> Outcome. Pure (reads no file: the seed's bytes came with the
    article) and never raises: a seed that trips the extractor is an Outcome with its reason,
    so the other seeds go on. This is the per-article work normalize hands to an executor
    (newsdossier.executors); the registries are a reduce over its results, done in seed order."""
    note = None
    try:
        reading = article.read()
        note = reading.note
        extraction = extract(reading.text, reading.known)
        extraction.fields = settle(extraction.fields, extraction.text_date, reading.known, extraction.source_cited)
        if reading.encoding:  # read by a guess, or with bad bytes: told in data/ for a person to check
            extraction.fields["seed_encoding"] = reading.encoding
        if reading.bad_bytes:
            extraction.fields["seed_bad_bytes"] = reading.bad_bytes
        if extraction.unread:  # a dump of megabytes: its body kept whole, read in part
            note = "; ".join(filter(None, [note, f"actors, events and quotes read from the first {READ_LIMIT:,} characters of the body "
                                                 f"only ({extraction.unread:,} more kept, not read)"]))
    except SeedError as error:
        return Outcome(None, note, f"{_entry_words(article)}{error}")
    except Exception as error:  # one seed that trips the extractor must not stop the others
        return Outcome(None, note, f"{_entry_words(article)}extraction failed ({type(error).__name__}: {error})", lasting=False)
    if not any(_WORD.search(paragraph) for paragraph in extraction.body):
        return Outcome(None, note, f"{_entry_words(article)}no article text (only a title, metadata, boilerplate or punctuation)")
    return Outcome(extraction, note)


def _without_extraction(project: Project, article: Collected, prior: _Prior | None, seen_fingerprints: dict, stale=frozenset(),
                        records: frozenset | None = None) -> tuple | None:
    """What the report says of a collected article that is not to be extracted: ("unchanged",
    label) when it is unchanged since the last run, ("skip_seed", seed, why) when it is a copy
    of another; None when it is to be extracted (its fingerprint is then taken)."""
    if _unchanged(project, prior, article.fingerprint, stale, records):
        return ("unchanged", article.label)
    twin = seen_fingerprints.get(article.fingerprint)
    if twin and twin != article.key:
        return ("skip_seed", article.seed, f"{_entry_words(article)}same bytes as seeds/{twin.split('#')[0]} (duplicate)")
    seen_fingerprints[article.fingerprint] = article.key
    return None


def _tell(step: tuple, outcomes: dict, report: Report, no_article: dict | None = None) -> _Pending | None:
    """Tell one step of a seed to the report; for an extracted article, its _Pending (id and
    path still to give when it is new), None when it is no article (then, when its outcome is
    lasting, recorded in no_article by article key, to be told again without extracting)."""
    kind = step[0]
    if kind == "no_article":  # known from the last runs: told as its extraction told it
        _, article, note, why = step
        if note:
            report.notes.append(f"seeds/{article.seed}: {note}")
        report.skip_seed(article.seed, why)
        return None
    if kind == "skip_seed":
        report.skip_seed(step[1], step[2])
    elif kind == "skipped":
        report.skipped.append(step[1])
    elif kind == "unchanged":
        report.unchanged.append(step[1])
    else:
        _, index, article, prior = step
        outcome = outcomes.get(index)
        if isinstance(outcome, Failed) or outcome is None:  # its worker was lost
            error = outcome.error if outcome is not None else "no result"
            report.skip_seed(article.seed, f"{_entry_words(article)}extraction failed ({error})")
            return None
        if outcome.note:
            report.notes.append(f"seeds/{article.seed}: {outcome.note}")
        if outcome.extraction is None:
            report.skip_seed(article.seed, outcome.why)
            if no_article is not None and outcome.lasting:
                no_article[article.key] = {"fingerprint": article.fingerprint, "why": outcome.why, "note": outcome.note}
            return None
        article_id, path_out = (str(prior.front["id"]), prior.path) if prior else ("", Path())
        return _Pending(article_id, article.seed, article.fingerprint, outcome.extraction, path_out, prior, seed_entry=article.entry)
    return None


def _index_written(project: Project, path: Path, front: dict | None, index: dict) -> None:
    """Index an article file just written (or found unchanged): front, its _INDEXED values when
    known (a new article's), else read back (an article merged with a person's edits)."""
    stamp = file_stamp(path)
    if front is None:
        try:
            front = _indexed_front(read_article(path)[0])
        except (DataError, OSError):
            front = None
    if stamp is None or front is None:
        index.pop(path.name, None)
    else:
        index[path.name] = {"stamp": stamp, "front": front}


def _entry_words(article: Collected) -> str:
    return f"the article {article.entry}: " if article.entry else ""


def render_article(job: tuple) -> tuple[str | None, str, object]:
    """(front-matter, body, new[, found: merge.machine_record's]) -> (the article's file text when
    new, else None; its machine record's text; the value its front-matter text parses to
    (store.parse_yaml), what the next build's load would parse, when new and it parses, else
    None). Pure: the per-article half of writing, handed to the executor, parsing included
    (StoredParseCache.add_written: about as much work again as the rendering, done once the
    extraction is over, in this process it would hold up the end of a run)."""
    front, body, new, *rest = job
    text = article_text(front, body) if new else None
    parsed = None
    if text is not None:
        with contextlib.suppress(DataError):
            parsed = parse_yaml(split_front_matter(text, "")[0], "")
    return text, dump_yaml(machine_record(front, body, rest[0] if rest else None)), parsed


def _merged_text(project: Project, item: _Pending, front, body: str, report: Report, fresh: str | None = None) -> str | None:
    """The article to write: the new extraction merged into the article as read at the start
    (fresh: a new article's text, rendered already)."""
    if item.prior is None:
        if item.path.exists():  # an article file that could not be read (reported above): never overwritten
            report.problems.append(f"seeds/{item.seed_name}: not written: {item.path.relative_to(project.root)} could not be read; fix it and rerun")
            return None
        return fresh if fresh is not None else article_text(front, body)
    try:
        current, current_body = item.prior.round_trip()
    except DataError as error:  # changed under our feet since the start of the run: left as it is
        error.path = item.path.relative_to(project.root)
        report.problems.append(f"{error.one_line()} (left as it is)")
        return None
    base = item.base  # read before the registries were settled; an unreadable record is no record: nothing is overwritten
    merged = merge_article(base, current, current_body.strip(), front, body)
    text = article_text(merged.front, merged.body)
    if base is None and text != article_text(front, body):
        report.notes.append(
            f"{item.path.relative_to(project.root)}: no record of the last machine output; every value that differs "
            "was kept as it is (delete the file to take the new extraction whole)"
        )
    elif merged.kept:
        report.notes.append(f"{item.path.relative_to(project.root)}: kept as edited: {', '.join(merged.kept)}")
    return text


def _read_record(project: Project, article_id: str) -> dict | None:
    """An article's machine record (data/.machine/<id>.yaml) as plain data; None when there is
    none or it cannot be read or is no mapping."""
    path = project.machine_record(article_id)
    try:
        record = parse_yaml(read_text(path), path) if path.is_file() else None
    except (DataError, OSError):
        return None
    return record if isinstance(record, dict) else None


def _record_found(record) -> set[tuple[str, str, str, str]]:
    """The (registry, entry id, field, value) items a machine record says its article's
    extraction found (merge.FOUND: an actor's roles, an event's participants); none for a record
    without them, and none of a part of another shape."""
    found: set[tuple[str, str, str, str]] = set()
    if not isinstance(record, dict):
        return found
    roles = record.get(ROLES_FOUND)
    if isinstance(roles, dict):
        found.update(("actors", actor_id, "roles", role) for actor_id, values in roles.items() if isinstance(actor_id, str) and isinstance(values, list)
                     for role in values if isinstance(role, str))
    participants = record.get(PARTICIPANTS_FOUND)
    if isinstance(participants, dict):
        for event_id, lists in participants.items():
            if isinstance(event_id, str) and isinstance(lists, dict):
                found.update(("events", event_id, key, value) for key in ("actors", "missions") if isinstance(lists.get(key), list)
                             for value in lists[key] if isinstance(value, str))
    return found


def _record_aliases(record) -> set[tuple[str, str, str, str]]:
    """The ("actors", actor id, "aliases", alias) items of a machine record's ALIASES_FOUND (the
    aliases its article printed of the actors it lists); none for a record without them or of
    another shape."""
    aliases = record.get(ALIASES_FOUND) if isinstance(record, dict) else None
    if not isinstance(aliases, dict):
        return set()
    return {("actors", actor_id, "aliases", alias) for actor_id, values in aliases.items() if isinstance(actor_id, str) and isinstance(values, list)
            for alias in values if isinstance(alias, str)}


def _removed_by_person(pending: list, registries: dict[str, Registry]) -> dict[str, set[tuple[str, str, str]]]:
    """{"actors": {(entry id, "roles" | "aliases", value)}, "events": {(event id, "actors" | "missions", id)}}:
    what the machine records of the pending articles (item.base, read by the caller) say their
    last extraction found and the registry entry no longer lists: a value the machine wrote
    and a person deleted (a value no record holds any more is removed by _settle_found, so a
    record's value missing from its entry was taken out by hand). The merge writes none of
    them again (registry.merge_actor, merge_event); the new record still holds each one the
    extraction finds again, so the person's removal holds on every later run. An entry gone
    from its registry, or a list of another shape, withholds nothing."""
    withheld: dict[str, set] = {"actors": set(), "events": set()}
    for item in pending:
        for registry, entry_id, key, value in _record_found(item.base) | _record_aliases(item.base):
            entry = registries[registry].by_id.get(entry_id)
            values = entry.get(key) if isinstance(entry, dict) else None
            if (values is None and isinstance(entry, dict) and key in entry) or (isinstance(values, list) and value not in values):
                withheld[registry].add((entry_id, key, value))
    return withheld


def _withheld_for(item: _Pending, removed_roles: set, removed_aliases: set) -> set:
    """The actors' withheld items (_removed_by_person) one article's merge must not write: every
    removed role, but of the removed aliases only those its own record printed (an article new to
    the project, or one whose record never held the alias, writes it, as the README says). The
    caller splits the two once, not per article; the set returned is read, never changed."""
    if not removed_aliases:
        return removed_roles
    own = removed_aliases & {(entry_id, key, value) for _, entry_id, key, value in _record_aliases(item.base)}
    return removed_roles | own if own else removed_roles


def _found_record(found: set, aliases: set) -> dict:
    """The RECORDED parts of a machine record for these (registry, entry id, field, value) items
    (found: the FOUND ones; aliases: the ALIASES_FOUND ones): entries in id order, values sorted
    (a record does not depend on the order of the merge)."""
    roles: dict = {}
    participants: dict = {}
    for registry, entry_id, key, value in sorted(found):
        if registry == "actors":
            roles.setdefault(entry_id, []).append(value)
        else:
            participants.setdefault(entry_id, {}).setdefault(key, []).append(value)
    printed: dict = {}
    for _, entry_id, _, value in sorted(aliases):
        printed.setdefault(entry_id, []).append(value)
    return {ROLES_FOUND: roles, PARTICIPANTS_FOUND: participants, ALIASES_FOUND: printed}


def _left_records(project: Project, existing: dict, pending: list, listed: set, collected_keys: set, seed_reasons: dict,
                  records: frozenset) -> tuple[dict[str, dict], set[str], set[str]]:
    """({article id: its machine record} of the records whose FOUND parts no longer count:
    those of articles kept in data/ whose seed is gone from seeds/ or no longer holds their
    entry, and records of no article at all; only those holding such parts), the ids of
    the other articles of data/ not extracted in this run (their records still count), and
    the ids of the records of no article at all (a person deleted the article's file, and no
    seed makes it again: the article is removed). An article file that could not be read
    keeps its record's (it is read again next run)."""
    pending_ids = {item.article_id for item in pending}
    current: set[str] = set()
    left_ids: set[str] = set()
    for key, prior in existing.items():
        article_id = str(prior.front.get("id") or "")
        if not article_id or article_id in pending_ids:
            continue
        seed = str(prior.front["seed"])
        gone = seed not in listed or (key not in collected_keys and prior.front.get("seed_entry") and seed not in seed_reasons)
        (left_ids if gone else current).add(article_id)
    known = current | pending_ids | left_ids
    removed: set[str] = set()
    for name in records:
        article_id = name[:-5]
        if name.endswith(".yaml") and not name.startswith(("_", ".")) and article_id not in known and not (project.articles / f"{article_id}.md").exists():
            removed.add(article_id)
    left_ids |= removed
    left = {}
    for article_id in sorted(left_ids):
        record = _read_record(project, article_id)
        if _record_found(record):
            left[article_id] = record
    return left, current, removed


_WORDS = re.compile(r"\w+")


def _found_in_records(project: Project, article_ids: set[str], asked: set[tuple]) -> set[tuple]:
    """The items of asked ((registry, entry id, field, value)) that the machine records of these
    articles hold. Only the FOUND part of a record (written last but its text's hash) that
    names one of the asked entries and the words of its value is parsed."""
    # What the text of a record holding an item has, whatever quotes YAML gave its value: the
    # entry's id and each word of the value (YAML escapes no letter or digit).
    signs = [(entry_id, _WORDS.findall(value)) for _, entry_id, _, value in asked]
    held: set[tuple] = set()
    for article_id in sorted(article_ids):
        path = project.machine_record(article_id)
        try:
            text = read_text(path)
        except (DataError, OSError):
            continue
        starts = [at for key in FOUND if (at := text.find(f"\n{key}:")) >= 0]
        if not starts:
            continue
        start = min(starts)
        end = text.find(f"\n{BODY_HASH}:", start + 1)
        part = text[start + 1:end + 1 if end >= 0 else len(text)]
        if not any(entry_id in part and all(word in part for word in words) for entry_id, words in signs):
            continue
        try:
            held |= _record_found(parse_yaml(part, path)) & asked
        except DataError:
            continue
        if held == asked:
            break
    return held


def _holders(asked: set[tuple], current_ids: set[str], events: Registry) -> set[str]:
    """The articles of current_ids whose records may hold an asked item: for an event's
    participant, the articles the event lists as reporting it; for an actor's role, any."""
    if any(registry == "actors" for registry, *_ in asked):
        return current_ids
    reporting: set[str] = set()
    for _, event_id, _, _ in asked:
        articles = (events.by_id.get(event_id) or {}).get("articles")
        if isinstance(articles, list):
            reporting.update(a for a in articles if isinstance(a, str))
    return reporting & current_ids


def _settle_found(project: Project, pending: list, current_ids: set[str], left: dict, added: dict[str, set],
                  registries: dict[str, Registry]) -> list[tuple[str, str, str, str]]:
    """Make the lists of the registries that the machine writes (an actor's roles, an event's
    participants) follow its extraction, once the pending articles are merged. Reads each
    pending article's machine record (item.base, read by the caller). An item (registry, entry id, field, value)
    that an earlier record held (of an article extracted again, or one of left) and no current
    record holds (the pending articles' new extraction: item.found; the other articles'
    records: current_ids) is removed (registry.drop_values: never a value whose line a person
    commented). Each item.found keeps only what is the machine's: what this run's merge wrote
    (added: {registry: {(entry id, field, value)}}) or a record held; a value found that a person
    typed into a registry stays the person's and is never removed. Returns the items removed."""
    old: set[tuple] = set()
    for item in pending:
        old |= _record_found(item.base)
    for record in left.values():
        old |= _record_found(record)
    found = set().union(*(item.found for item in pending))
    owned = {(name, *written) for name, items in added.items() for written in items} | old
    asked = (old - found) | (found - owned)
    held = _found_in_records(project, _holders(asked, current_ids, registries["events"]), asked) if asked else set()
    owned |= held
    for item in pending:
        item.found = item.found & owned
    dropped = []
    for name in ("actors", "events"):
        gone = sorted((entry_id, key, value) for registry, entry_id, key, value in old - found - held if registry == name)
        dropped.extend((name, *removed) for removed in drop_values(registries[name], gone))
    return dropped


def _participants(finding, actors: Registry) -> tuple[list[str], list[str]]:
    actor_ids = [actors.resolve(a) for a in finding.actors if a in actors.by_id and not actors.is_rejected(actors.resolve(a))]
    return list(dict.fromkeys(actor_ids)), list(dict.fromkeys(finding.missions))


def _merge_entities(item: _Pending, actors: Registry, missions: Registry, added: set | None = None, withheld: set | None = None):
    """Merge one article's entities into the actors and missions registries (added: filled as
    merge_actor fills it; withheld: the roles and aliases merge_actor must not write, as it takes
    them); item.found gets the roles found for each actor, item.aliases the aliases of each actor
    its text prints (a person's deleted ones included). Returns the sorted ids of its actors,
    missions and inferred missions."""
    actor_ids: list[str] = []
    mission_ids: list[str] = []
    speaker_ids: dict[str, str] = {}  # a name found in the text -> its actor or mission id, for quotes
    for found in item.extraction.entities.values():
        if found.kind in ACTOR_KINDS:
            entry_id = merge_actor(actors, found, added, withheld)
            if entry_id and entry_id not in actor_ids:
                actor_ids.append(entry_id)
            if entry_id:
                item.found.update(("actors", entry_id, "roles", role) for role in found_roles(found))
                # the aliases it prints of the actor, and those a person deleted (kept so they stay deleted)
                listed = actors.by_id[entry_id].get("aliases")
                item.aliases.update(("actors", entry_id, "aliases", surface) for surface in found.surfaces
                                    if surface not in found.local and ((isinstance(listed, list) and surface in listed)
                                                                       or (entry_id, "aliases", surface) in (withheld or ())))
        elif found.kind == "mission":
            entry_id = merge_mission(missions, found)
            if entry_id and entry_id not in mission_ids:
                mission_ids.append(entry_id)
        else:
            continue
        if entry_id:
            speaker_ids.setdefault(found.name, entry_id)
    item.extraction.quotes = [replace(q, speaker_id=speaker_ids.get(q.speaker)) for q in item.extraction.quotes]
    inferred_ids = []
    for mission_id in item.extraction.fields["missions_inferred"]:
        entry_id = ensure_mission(missions, mission_id)
        if entry_id and entry_id not in mission_ids:
            inferred_ids.append(entry_id)
    return sorted(actor_ids), sorted(mission_ids), sorted(inferred_ids)
