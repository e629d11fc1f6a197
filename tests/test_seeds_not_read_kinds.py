"""A file of seeds/ whose suffix names a kind that holds no article as text (a table, a feed, a
document, an archive, a picture) is skipped with one line naming its kind and what to do, never
read as a text seed: a spreadsheet's rows read as text made one article of their commas, a feed
one of its markup, a PDF's streams a text "guessed" as Windows-1252."""
from __future__ import annotations

import zipfile

import pytest

from newsdossier.ingest import collect
from newsdossier.seeds import SeedError, seed_listing

ARTICLE = "Blue helmets rebuild a bridge\n\nEngineers of the mission rebuilt the bridge over the river on Monday, a spokesperson said.\n"


def _docx(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><w:t>Engineers rebuilt the bridge.</w:t></w:document>")


@pytest.mark.parametrize(("name", "content", "kind"), [
    pytest.param("export.csv", 'file,title,text\na.txt,"Bridge rebuilt","Engineers rebuilt the bridge on Monday."\n', "a table (.csv)", id="csv"),
    pytest.param("Export.TSV", "title\ttext\nBridge rebuilt\tEngineers rebuilt the bridge on Monday.\n", "a table (.tsv)", id="tsv-upper-case"),
    pytest.param("feed.xml", '<?xml version="1.0"?><rss><channel><item><title>Bridge rebuilt</title>'
                             "<description>Engineers rebuilt the bridge on Monday.</description></item></channel></rss>",
                 "a feed or XML document (.xml)", id="rss-as-xml"),
    pytest.param("story.rtf", r"{\rtf1\ansi\pard Bridge rebuilt\par Engineers rebuilt the bridge on Monday.\par}", "a document (.rtf)", id="rtf"),
    pytest.param("report.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nstream\nx\x9c\xab\xcd\xef\nendstream\n%%EOF\n",
                 "a document (.pdf)", id="pdf"),
    pytest.param("story.docx", _docx, "a document (.docx)", id="docx"),
    pytest.param("dispatches.zip", b"PK\x05\x06" + b"\0" * 18, "an archive (.zip)", id="zip"),
    pytest.param("photo.jpg", b"\xff\xd8\xff\xe0\0\x10JFIF\0", "a picture (.jpg)", id="jpg"),
    # a page saved "as a single file" (MHTML): MIME headers and quoted-printable markup, no text
    pytest.param("Blue helmets.mhtml", 'From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary="--B"\n\n'
                                       "----B\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n"
                                       "<html><body><p>Engineers of the mission rebuilt the bridge on Monday, a spokesp=\nerson said.</p>"
                                       "</body></html>\n----B--\n", "a web archive (.mhtml)", id="mhtml"),
])
def test_a_file_of_a_kind_that_is_no_article_text_is_skipped_with_its_kind(tmp_path, name, content, kind):
    path = tmp_path / name
    if callable(content):
        content(path)
    else:
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    with pytest.raises(SeedError) as raised:
        collect(path)
    assert kind in str(raised.value)
    assert "not a form normalize reads as an article" in str(raised.value)
    # the review page gives the same reason, as normalize reads the file
    assert dict(seed_listing(tmp_path, set()).unread)[name].startswith(f"cannot be read: {raised.value}")


@pytest.mark.parametrize("name", [
    pytest.param("Wire report 12.03.2023", id="date-after-a-dot"),
    pytest.param("dispatch.text", id="text-suffix"),
    pytest.param("export.csv.txt", id="table-name-saved-as-text"),
    pytest.param("savedpage", id="no-suffix"),
])
def test_a_text_whatever_else_its_name_holds_is_still_read(tmp_path, name):
    path = tmp_path / name
    path.write_text(ARTICLE, encoding="utf-8")
    articles, problems = collect(path)
    assert len(articles) == 1 and not problems
    assert "Engineers of the mission rebuilt the bridge" in articles[0].read().text


def test_the_collectors_metadata_csv_is_not_named_a_table_to_skip(tmp_path):
    (tmp_path / "note.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,date\nnote.txt,2022-07-27\n", encoding="utf-8")
    assert dict(seed_listing(tmp_path, {"note.txt"}).unread) == {}


PAGE = ("<!DOCTYPE html>\n<html lang=\"en\"><head><title>Blue helmets rebuild a bridge</title></head><body><article>"
        "<h1>Blue helmets rebuild a bridge</h1><p>Engineers of the mission rebuilt the bridge over the river on Monday, "
        "a spokesperson said in Juba.</p><p>The work took three weeks and the mission paid for it.</p></article></body></html>\n")


@pytest.mark.parametrize("name", [
    pytest.param("page.xhtml", id="xhtml"),
    pytest.param("story.php", id="saved-under-the-servers-script-name"),
    pytest.param("saved-page", id="no-suffix"),
    pytest.param("page.xml", id="xml-that-is-a-saved-xhtml-page"),
])
def test_a_saved_page_whatever_its_suffix_is_read_as_a_page(tmp_path, name):
    path = tmp_path / name
    opening = '<?xml version="1.0" encoding="utf-8"?>\n' if name.endswith(".xml") else ""
    path.write_text(opening + PAGE, encoding="utf-8")
    (article,), problems = collect(path)
    text = article.read().text
    assert not problems
    assert "Engineers of the mission rebuilt the bridge" in text
    assert "<p>" not in text and "DOCTYPE" not in text


def test_the_collectors_table_named_in_other_case_is_told_to_be_renamed(tmp_path):
    path = tmp_path / "Metadata.csv"
    path.write_text("file,date\nnote.txt,2022-07-27\n", encoding="utf-8")
    with pytest.raises(SeedError) as raised:
        collect(path)
    assert "rename it metadata.csv" in str(raised.value)
    assert "save each article as a .txt" not in str(raised.value)
