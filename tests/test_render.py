"""render: a pure function from data to pages; text from seeds or data/ is shown, never run."""
from __future__ import annotations

import re
import shutil
from html import unescape

import pytest

from conftest import ROOT, example_project
from newsdossier.corpus import load_corpus
from newsdossier.render import md_escape, render_site
from newsdossier.store import Project

import markdown


def _render_with_body(tmp_path, body: str):
    shutil.copytree(example_project() / "data", tmp_path / "data")
    article = sorted((tmp_path / "data" / "articles").glob("*.md"))[0]
    head, _sep, _old = article.read_text(encoding="utf-8").partition("\n---\n")
    article.write_text(f"{head}\n---\n\n{body}\n", encoding="utf-8")
    corpus = load_corpus(Project(tmp_path))
    assert not corpus.problems
    article_id = next(a.id for a in corpus.articles.values() if a.path.name == article.name)
    return render_site(corpus, ROOT / "templates")[f"articles/{article_id}.md"]


HOSTILE = {
    "script tag": "<script>alert(1)</script>",
    "image onerror": '<img src=x onerror="alert(1)">',
    "javascript link": "[click](javascript:alert(1))",
    "jinja expression": "{{ 7 * 7 }} and {% if true %}x{% endif %}",
    "markdown heading": "# Not a heading",
    "table": "| a | b |\n|---|---|\n| 1 | 2 |",
    "emphasis": "**bold** and _it_",
    "html entity": "&lt;b&gt;",
    "reference link": "[arrived][ref]\n\n[ref]: http://example.com/",
    "front-matter fence": "---\ntitle: injected\n---",
    "html comment": "<!-- hidden --> shown",
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_article_text_is_shown_as_text_not_run_as_markup(tmp_path, case):
    text = HOSTILE[case]
    page = _render_with_body(tmp_path, f"Before. {text} After.")
    html = markdown.markdown(page.split("## Text")[1], extensions=["tables", "attr_list", "md_in_html"])
    body = html.split("<h2")[0]
    visible = " ".join(unescape(re.sub(r"<[^>]+>", "", body)).split())
    assert " ".join(text.split()) in visible
    assert re.findall(r"<(\w+)", body) in (["p"], ["p", "p"], ["p", "a", "p"])


@pytest.mark.parametrize("text", ["1. not a list", "- not a bullet", "> not a quote", "a | b", "x_y_z", "<b>", "[a](b)"])
def test_md_escape_leaves_no_markdown_syntax(text):
    html = markdown.markdown(str(md_escape(text)), extensions=["tables"])
    assert html.startswith("<p>") and html.count("<") == 2


def test_render_is_pure_and_deterministic():
    corpus = load_corpus(Project(example_project()))
    first = render_site(corpus, ROOT / "templates")
    second = render_site(load_corpus(Project(example_project())), ROOT / "templates")
    assert first == second
    assert all(isinstance(v, str) for v in first.values())


def test_an_entity_mentioned_in_the_text_is_linked_to_its_page():
    corpus = load_corpus(Project(example_project()))
    pages = render_site(corpus, ROOT / "templates")
    article = next(a for a in corpus.articles.values() if "jean-pierre-lacroix" in a.meta["actors"])
    assert "(/actors/jean-pierre-lacroix.md)" in pages[f"articles/{article.id}.md"].split("## Text")[1]


def test_a_second_render_in_one_process_names_its_own_corpus_entities():
    # mkdocs serve renders again in the same process at each save: the macros of imported
    # templates (the network's names) must read the new corpus, not the first one's.
    render_site(load_corpus(Project(example_project())), ROOT / "templates")
    corpus = load_corpus(Project(example_project()))
    graph_network = render_site(corpus, ROOT / "templates")["network.md"]
    shown = [a for a in corpus.actors.values() if f"/actors/{a['id']}.md" in graph_network and a.get("name")]
    assert shown, "the example's network page names actors"
    shown[0]["name"] = "Zz Renamed Actor"
    assert "Zz Renamed Actor" in render_site(corpus, ROOT / "templates")["network.md"]


# -- the environment's quick item look-up on dicts gives what Jinja's own getattr gives -------

@pytest.mark.parametrize("source", [
    "{{ d.title }}",
    "{{ d.missing }}|{{ d.missing is defined }}",
    "{{ d.items()|list }}",  # a dict's own method
    "{{ d.get('title') }}",
    "{{ d.items }}",  # a key named like a method: Jinja gives the method
    "{{ d.nested.inner }}",
    "{{ o.real }}|{{ o.missing is defined }}",  # not a dict
    "{% for k, v in d.nested.items() %}{{ k }}={{ v }}{% endfor %}",
    "{{ t.kind }}|{{ t.kind.missing is defined }}",  # an object's attribute, then an attribute it lacks
    "{{ i.key }}|{{ i.other is defined }}",  # an object without the attribute, read as an item
    "{{ l.real is defined }}|{{ l.append is defined }}",  # a list: no such attribute, its own method
])
def test_the_data_environment_reads_values_as_jinjas_own(source, tmp_path):
    from jinja2 import Environment
    from newsdossier.render import _DataEnvironment
    data = {"d": {"title": "T", "items": "key", "nested": {"inner": 1}}, "o": 3, "t": _Tagged("kind of t"),
            "i": _ItemsOnly({"key": "item"}), "l": [1]}
    assert _DataEnvironment().from_string(source).render(**data) == Environment().from_string(source).render(**data)


class _Tagged:
    def __init__(self, kind):
        self.kind = kind


class _ItemsOnly:
    def __init__(self, items):
        self.items_ = items

    def __getitem__(self, key):
        return self.items_[key]


# --- a call from a template: what Jinja's own Context.call gives -----------------------------

def _marked_calls():
    import functools
    from jinja2 import pass_context, pass_environment, pass_eval_context

    @pass_context
    def with_context(context, x):
        return f"context {context.get('who')} {x}"

    @pass_environment
    def with_environment(environment, x):
        return f"environment {type(environment).__mro__[-2].__name__} {x}"

    @pass_eval_context
    def with_eval_context(eval_ctx, x):
        return f"eval {eval_ctx.autoescape} {x}"

    @functools.lru_cache(maxsize=None)
    @pass_context
    def cached_with_context(context, x):  # functools.wraps copies the mark to the cache
        return f"cached {context.get('who')} {x}"

    def stops(x):
        raise StopIteration

    class Callable:
        def __call__(self, x):
            return f"instance {x}"

    class MarkedCallable:
        @pass_context
        def __call__(self, context, x):
            return f"marked instance {context.get('who')} {x}"

    return {"with_context": with_context, "with_environment": with_environment, "with_eval_context": with_eval_context,
            "cached_with_context": cached_with_context, "plain": lambda x, y=1: f"plain {x} {y}", "stops": stops,
            "instance": Callable(), "marked_instance": MarkedCallable(), "who": "W", "seen": []}


@pytest.mark.parametrize("source", [
    "{{ with_context(1) }}", "{{ with_environment(1) }}", "{{ with_eval_context(1) }}", "{{ cached_with_context(1) }}",
    "{{ plain(1) }}|{{ plain(1, y=2) }}", "{{ stops(1) is defined }}", "{{ instance(1) }}", "{{ marked_instance(1) }}",
    "{% for x in [1, 2] %}{% set who = 'loop' %}{{ with_context(x) }},{{ plain(x) }},{{ seen.append(x) }}{% endfor %}{{ seen }}",
    "{% macro m(a, b=2) %}{{ a }}-{{ b }}{% endmacro %}{{ m(1) }}|{{ m(1, b=3) }}{% for x in [4] %}{{ m(x) }}{% endfor %}",
    "{{ 'a,b'.split(',') }}|{{ sort_key is defined }}",
])
def test_a_call_from_a_template_gives_what_jinjas_own_gives(source):
    from jinja2 import Environment
    from newsdossier.render import _DataEnvironment
    assert _DataEnvironment().from_string(source).render(**_marked_calls()) == Environment().from_string(source).render(**_marked_calls())


def test_once_and_macros_are_called_at_once_from_a_template():
    from jinja2 import Environment
    from newsdossier.render import MacroMemo, _DataEnvironment
    source = "{% macro m(a) %}[{{ a }}]{% endmacro %}{% for x in [1, 1, 2] %}{{ once(m, x) }}{% endfor %}"
    assert _DataEnvironment().from_string(source).render(once=MacroMemo()) == Environment().from_string(source).render(once=MacroMemo()) == "[1][1][2]"


# --- the safe filter: what Jinja's own gives --------------------------------------------------

class _Html:
    def __html__(self):
        return "<b>own</b>"


@pytest.mark.parametrize("value", ["a < b", "", 3, None, _Html()], ids=["str", "empty", "int", "None", "__html__"])
def test_the_safe_filter_gives_what_jinjas_own_gives(value):
    from jinja2.filters import do_mark_safe
    from markupsafe import Markup
    from newsdossier.render import mark_safe
    made, expected = mark_safe(value), do_mark_safe(value)
    assert type(made) is Markup and made == expected
    assert mark_safe(Markup("<i>x</i>")) == Markup("<i>x</i>") and type(mark_safe(Markup("x"))) is Markup



# --- a template's globals: the keys Jinja compares at each import, quickly and as Jinja's own ----

@pytest.mark.parametrize("own", [None, {}, {"mark": "own"}])
def test_a_templates_globals_have_the_keys_and_values_of_jinjas_own(own):
    from collections import ChainMap
    from jinja2 import Environment
    from newsdossier.render import _DataEnvironment
    ours, theirs = _DataEnvironment(), Environment()
    for env in (ours, theirs):
        env.globals["site"] = "S"
    made, expected = ours.make_globals(own), theirs.make_globals(own)
    assert isinstance(made, ChainMap)
    assert type(made.keys()) is type({}.keys())  # subtracted from a page's keys at each import: in C, not a view's Python
    assert list(made.keys()) == list(expected.keys()) and list(dict(made).items()) == list(dict(expected).items())
    for env in (ours, theirs):  # a global added to the environment later is seen (the maps stay live)
        env.globals["later"] = 1
    assert set(made.keys()) == set(expected.keys()) and "later" in made.keys()


def test_an_imported_macro_module_is_made_once_and_sees_globals_added_after_loading(tmp_path, monkeypatch):
    from jinja2 import Template
    from newsdossier.render import make_environment
    (tmp_path / "m.md.j2").write_text("{% macro row(x) %}{{ x }}/{{ suffix }}{% endmacro %}", encoding="utf-8")
    (tmp_path / "page.md.j2").write_text('{% import "m.md.j2" as m %}{{ m.row(x) }}', encoding="utf-8")
    env = make_environment(tmp_path)
    page = env.get_template("page.md.j2")
    env.globals["suffix"] = "late"  # as render_site sets the build's globals
    made = []
    real = Template.make_module
    monkeypatch.setattr(Template, "make_module", lambda self, *a, **k: made.append(self.name) or real(self, *a, **k))
    assert [page.render(x=x) for x in ("a", "b", "c")] == ["a/late", "b/late", "c/late"]
    assert made == ["m.md.j2"]


# --- once: a macro's output made once per build for the same arguments ------------------------

def test_once_gives_the_macro_output_and_runs_it_once_per_arguments(tmp_path):
    from newsdossier.render import make_environment
    (tmp_path / "m.md.j2").write_text("{% macro row(x, n) %}{{ x }}#{{ n }}{% set _ = ran.append(x) %}{% endmacro %}", encoding="utf-8")
    (tmp_path / "page.md.j2").write_text('{% import "m.md.j2" as m %}{% for x in xs %}{{ once(m.row, x, 2)|safe }};{% endfor %}', encoding="utf-8")
    env = make_environment(tmp_path)
    ran: list = []
    env.globals["ran"] = ran
    assert env.get_template("page.md.j2").render(xs=["a", "b", "a", "a"]) == "a#2;b#2;a#2;a#2;"
    assert ran == ["a", "b"]


@pytest.mark.parametrize("same_object, runs", [(True, 1), (False, 2)])
def test_once_tells_arguments_without_a_value_key_by_identity(same_object, runs):
    # Two equal entries (dicts) may be different entries; the same one asked twice runs once.
    from newsdossier.render import MacroMemo
    calls = []

    def macro(entry):
        calls.append(entry)
        return entry["id"]

    memo = MacroMemo()
    first = {"id": "x"}
    second = first if same_object else {"id": "x"}
    assert (memo(macro, first), memo(macro, second)) == ("x", "x")
    assert len(calls) == runs


@pytest.mark.parametrize("damage", [None, b"not compiled code", b"", "header then garbage", "header then cut"])
def test_templates_compiled_by_one_build_serve_the_next_and_a_damaged_copy_is_compiled_again(tmp_path, monkeypatch, damage):
    # The compiled templates kept on disk (render._CompiledTemplates.keep_in) give the pages
    # a fresh compile gives; a next process reads them instead of compiling; a file it cannot
    # read is compiled again and written over.
    from jinja2 import Environment
    from newsdossier import render

    corpus = load_corpus(Project(example_project()))
    folder = tmp_path / "compiled"
    first = render._CompiledTemplates()
    first.keep_in(folder)
    monkeypatch.setattr(render, "_COMPILED", first)
    pages = render_site(corpus, ROOT / "templates")
    kept = sorted(folder.glob("*.jinja"))
    assert kept and not list(folder.glob("*.part"))
    if isinstance(damage, str):  # Jinja's header intact, the checksum after it not
        from jinja2.bccache import bc_magic
        damage = bc_magic + (b"\xff\xfe" if damage.endswith("garbage") else b"(")
    if damage is not None:
        kept[0].write_bytes(damage)
    compiled = []
    original = Environment.compile
    monkeypatch.setattr(Environment, "compile", lambda self, *a, **k: compiled.append(a) or original(self, *a, **k))
    second = render._CompiledTemplates()  # another process: nothing in memory
    second.keep_in(folder)
    monkeypatch.setattr(render, "_COMPILED", second)
    assert render_site(corpus, ROOT / "templates") == pages
    assert len(compiled) == (0 if damage is None else 1)


@pytest.mark.parametrize("second_settings, expected", [
    pytest.param({"autoescape": True}, "&lt;b&gt;", id="autoescape-turned-on"),
    pytest.param({"autoescape": False, "variable_start_string": "[[", "variable_end_string": "]]"}, "{{ x }}", id="other-delimiters"),
    pytest.param({"autoescape": False}, "<b>", id="same-settings"),
])
def test_a_kept_compiled_template_serves_only_an_environment_of_the_same_settings(tmp_path, second_settings, expected):
    # The same source compiled under other settings is other code: a template kept on disk
    # by a build with other settings (a newer release's Environment) is compiled again.
    from jinja2 import DictLoader, Environment
    from newsdossier import render

    source = {"page.html": "{{ x }}"}
    for settings in ({"autoescape": False}, second_settings):  # two processes: nothing in memory
        kept = render._CompiledTemplates()
        kept.keep_in(tmp_path / "compiled")
        env = Environment(loader=DictLoader(source), bytecode_cache=kept, **settings)
        out = env.get_template("page.html").render(x="<b>")
    assert out == expected


def test_a_kept_compiled_template_of_another_jinja_version_is_compiled_again(tmp_path, monkeypatch):
    import jinja2
    from jinja2 import DictLoader, Environment
    from newsdossier import render

    compiled = []
    original = Environment.compile
    monkeypatch.setattr(Environment, "compile", lambda self, *a, **k: compiled.append(a) or original(self, *a, **k))
    for version in ("3.0.0", "3.9.0"):
        monkeypatch.setattr(jinja2, "__version__", version)
        kept = render._CompiledTemplates()
        kept.keep_in(tmp_path / "compiled")
        Environment(loader=DictLoader({"page.html": "{{ x }}"}), bytecode_cache=kept).get_template("page.html")
    assert len(compiled) == 2


@pytest.mark.parametrize(("number", "noun", "shown"), [
    (0, "article", "0 articles"), (1, "article", "1 article"), (2, "quote", "2 quotes"),
    (1, "news article", "1 news article"), (12345, "event", "12,345 events"),
])
def test_a_count_agrees_with_its_noun(number, noun, shown):
    from newsdossier.text import counted
    assert counted(number, noun) == shown


def test_no_page_prints_a_count_that_disagrees_with_its_noun():
    """No "1 articles", no "3 article(s)": every count the pages print takes its noun's number."""
    pages = render_site(load_corpus(Project(example_project())), ROOT / "templates")
    counted = r"\b(?:article|event|quote|report|source|row)"
    wrong = sorted({f"{path}: {m.group(0)}" for path, text in pages.items()
                    for m in re.finditer(rf"(?<![\d,.])1 {counted}s\b|\b\d[\d,]* {counted}\(s\)", text)})
    assert not wrong, wrong[:10]
    assert any(re.search(rf"(?<![\d,.])1 {counted}\b", text) for text in pages.values())
