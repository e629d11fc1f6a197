"""Property: any text, in any encoding, becomes either a valid article whose front-matter
round-trips through YAML, or one clean line saying the seed was skipped and why."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from newsdossier.normalize import normalize
from newsdossier.store import Project, dump_yaml, parse_yaml, read_article, split_front_matter, read_text

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"]
# Text that looks like articles and text that looks like nothing: words, punctuation, markup,
# YAML and template syntax, control characters, any code point.
PIECES = st.one_of(
    st.text(min_size=0, max_size=200),
    st.sampled_from([
        "UN peacekeepers arrived in Juba on 3 March 2021.", "Les casques bleus de la MINUSCA", "---", "title: x",
        "!!python/object/apply:os.system", "{{ 7 * 7 }}", "{% raw %}", "<script>alert(1)</script>", "# Heading",
        "| a | b |", "[x](javascript:alert(1))", "\x00", "\ufeff", "\r\n", "\n\n", ": ", "- ", "#", "'", '"', "…",
    ]),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(PIECES, min_size=1, max_size=12), encoding=st.sampled_from(ENCODINGS))
def test_any_text_in_any_encoding_gives_a_valid_article_or_a_clean_skip(pieces, encoding):
    raw = "\n".join(pieces).encode(encoding, errors="replace")
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        (project / "seeds").mkdir()
        (project / "seeds" / "seed.txt").write_bytes(raw)
        lines: list[str] = []
        normalize(Project(project), log=lines.append)
        articles = list((project / "data" / "articles").glob("*.md")) if (project / "data").exists() else []
        skipped = [line for line in lines if line.startswith("seeds/seed.txt: skipped: ")]
        assert len(articles) + len(skipped) == 1, lines
        assert all("\n" not in line for line in lines)
        if articles:
            front, body = read_article(articles[0])
            assert front["seed"] == "seed.txt" and str(front["title"]).strip()
            yaml_text, _ = split_front_matter(read_text(articles[0]), articles[0])
            assert parse_yaml(dump_yaml(parse_yaml(yaml_text, "x", round_trip=True)), "x") == parse_yaml(yaml_text, "x")
