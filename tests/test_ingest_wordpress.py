"""Posts as a WordPress site's REST API gives them (/wp-json/wp/v2/posts, with or without
?_embed), saved by a researcher as a .json file (one post or the endpoint's list) or one post per
line of a .jsonl: read as scraper records, their HTML fields as text."""
from __future__ import annotations

import json

import pytest

from newsdossier.ingest.scraped import rendered_text, wordpress_view
from test_ingest import articles_of

POST = {
    "id": 4312,
    "date": "2019-05-29T10:15:00",
    "date_gmt": "2019-05-29T09:15:00",
    "link": "https://www.harbourcourier.example/2019/05/29/ghana-engineers-return/",
    "title": {"rendered": "Ghana&#8217;s engineers return from Juba"},
    "content": {"rendered": "<p>Two hundred Ghanaian engineers returned to Accra on Tuesday.</p>\n"
                            "<p>The contingent had served with the mission &amp; its partners since 2018.</p>\n"
                            "<script>track()</script>"},
    "excerpt": {"rendered": "<p>Two hundred Ghanaian engineers&hellip;</p>"},
    "author": 7,
    "_embedded": {"author": [{"id": 7, "name": "Ama Mensah"}]},
    "yoast_head_json": {"og_site_name": "Harbour Courier", "author": "Ama Mensah"},
}


def _without(record: dict, *keys: str) -> dict:
    return {key: value for key, value in record.items() if key not in keys}


@pytest.mark.parametrize("record, field, expected", [
    pytest.param(POST, "title", "Ghana’s engineers return from Juba", id="title-html-read"),
    pytest.param(POST, "url", POST["link"], id="link-is-the-address"),
    pytest.param(POST, "date", "2019-05-29", id="date"),
    pytest.param(POST, "authors", ["Ama Mensah"], id="embedded-writer"),
    pytest.param(_without(POST, "_embedded"), "authors", ["Ama Mensah"], id="yoast-writer"),
    pytest.param(_without(POST, "_embedded", "yoast_head_json"), "authors", [], id="writer-id-only-gives-none"),
    pytest.param(POST, "source", "Harbour Courier", id="yoast-site-name"),
])
def test_a_wordpress_post_gives_its_fields(tmp_path, record, field, expected):
    (tmp_path / "post.json").write_text(json.dumps(record), encoding="utf-8")
    [fields] = articles_of(tmp_path / "post.json")
    assert fields[field] == expected


def test_a_wordpress_posts_list_and_jsonl_give_each_post_its_text(tmp_path):
    second = dict(POST, id=4313, link="https://www.harbourcourier.example/2019/05/30/medals/",
                  title={"rendered": "Medals for the <em>Ghanaian</em> battalion"},
                  content={"rendered": "<p>The battalion received its medals on Wednesday.</p>"})
    (tmp_path / "posts.json").write_text(json.dumps([POST, second]), encoding="utf-8")
    (tmp_path / "posts.jsonl").write_text("\n".join(json.dumps(r) for r in (POST, second)) + "\n", encoding="utf-8")
    for name in ("posts.json", "posts.jsonl"):
        found = articles_of(tmp_path / name)
        assert [f["title"] for f in found] == ["Ghana’s engineers return from Juba", "Medals for the Ghanaian battalion"]
        body = "\n".join(found[0]["_body"])
        assert "returned to Accra on Tuesday" in body and "<p>" not in body
        assert "track()" not in body and "the mission & its partners" in body


@pytest.mark.parametrize("fragment, expected", [
    ("<p>One.</p><p>Two.</p>", "One.\nTwo."),
    ("<p>Line one<br>line two</p>", "Line one\nline two"),
    ("<h2>Sub</h2><ul><li>a</li><li>b</li></ul>", "Sub\na\nb"),
    ("<p>Fish &amp; chips&nbsp;here</p>", "Fish & chips here"),
    ("<p>Kept</p><style>p{}</style><!-- note --><p>also</p>", "Kept\nalso"),
    ("Bare text, no tags", "Bare text, no tags"),
    ("   ", ""),
])
def test_rendered_html_is_read_as_lines(fragment, expected):
    assert rendered_text(fragment) == expected


@pytest.mark.parametrize("record", [
    pytest.param({"url": "https://example.org/a", "title": "T", "text": "Body."}, id="trafilatura"),
    pytest.param({"title": {"rendered": "T"}, "text": "Body already text."}, id="text-key-wins"),
    pytest.param({"content": "plain content, no rendered", "title": "T"}, id="content-plain-string"),
])
def test_a_record_that_is_no_wordpress_post_is_left_as_it_is(record):
    assert wordpress_view(record) is record


def test_a_wordpress_post_with_no_content_names_what_it_lacks(tmp_path):
    (tmp_path / "post.json").write_text(json.dumps(dict(POST, content={"rendered": ""})), encoding="utf-8")
    from newsdossier.ingest import collect
    from newsdossier.seeds import SeedError

    [article], _ = collect(tmp_path / "post.json")
    with pytest.raises(SeedError, match="WordPress post whose content holds no text"):
        article.read()
