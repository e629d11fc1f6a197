"""Articles as researchers collect them: saved pages, scraper JSON and JSONL, seeds/metadata.csv,
the address as evidence, and where each value of an article came from."""
from __future__ import annotations

import datetime
import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, new_project, run
from newsdossier.extract import extract
from newsdossier.ingest import collect
from newsdossier.ingest.address import path_date, read_address
from newsdossier.ingest.known import Known, date_value, language_code
from newsdossier.ingest.metadata import read_metadata
from newsdossier.ingest.precedence import settle
from newsdossier.ingest.sitename import headline, is_site_author, site_keys
from newsdossier.store import Project, read_article, recorded_seed_reasons

FIXTURES = Path(__file__).parent / "ingest"
NO_ARTICLE = "no-article-text.html"  # a saved page with nothing but page furniture


def articles_of(path: Path, row=None) -> list[dict]:
    """The fields normalize writes for each article of one seed file (no data/ involved)."""
    found = []
    articles, _ = collect(path, row)
    for article in articles:
        reading = article.read()
        extraction = extract(reading.text, reading.known)
        fields = settle(extraction.fields, extraction.text_date, reading.known)
        found.append(dict(fields, _body=extraction.body, _entry=article.entry))
    return found


# --- each form: the values, and where each came from ----------------------------------------

FORMS = [
    pytest.param("published-time.html", {
        "title": ("Ghana sends engineers to South Sudan", "markup"),
        "date": ("2021-03-09", "markup"),  # article:published_time
        "source": ("Harbour Courier", "markup"),  # og:site_name
        "url": ("https://www.harbourcourier.example/world/ghana-engineers-south-sudan", "markup"),
        "authors": (["Ama Mensah"], "markup"),
        "language": ("en", "markup"),
    }, id="page-published-time-and-site-name"),
    pytest.param("date-in-address.html", {
        "title": ("Des casques bleus tchadiens attaqués dans le nord du Mali", "markup"),
        "date": ("2017-08-14", "address"),  # /201708141032640196-... only
        "source": ("Sputnik", "address"),  # fr.sputniknews.com is in the sources reference
        "url": ("https://fr.sputniknews.com/afrique/201708141032640196-casques-bleus-tchadiens-mali/", "markup"),
        "language": ("fr", "markup"),
    }, id="page-date-only-in-its-address"),
    pytest.param("windows-1252.html", {
        "title": ("Les casques bleus sénégalais décorés à Bangui", "markup"),
        "date": ("2019-06-21", "markup"),
        "source": ("Le Quotidien de Dakar", "markup"),
        "language": ("fr", "markup"),
    }, id="page-in-windows-1252"),
    pytest.param("trafilatura.json", {
        "title": ("Nepalese peacekeepers honoured in Lebanon", "collector"),
        "date": ("2023-05-29", "collector"),
        "source": ("The Kathmandu Post", "collector"),  # trafilatura's source-hostname
        "url": ("https://kathmandupost.com/national/2023/05/29/nepalese-peacekeepers-honoured-in-lebanon", "collector"),
        "authors": (["Sita Karki", "Ram Thapa"], "collector"),
        "language": ("en", "collector"),
    }, id="trafilatura-json"),
    pytest.param("news-please.json", {
        "title": ("Cascos azules uruguayos regresan del Congo", "collector"),
        "date": ("2019-02-01", "collector"),  # date_publish
        "source": ("El País Uruguay", "collector"),  # source_domain, known to the reference
        "url": ("https://www.elpais.com.uy/informacion/cascos-azules-uruguayos-regresan-del-congo", "collector"),
        "authors": (["Carlos Ruiz"], "collector"),
        "language": ("es", "collector"),
    }, id="news-please-json"),
    pytest.param("site-name-after-title.html", {
        "title": ("Des casques bleus ghanéens quittent Naqoura", "markup"),  # not "... | DW | 23.05.2011"
        "source": ("Deutsche Welle", "address"),  # og:site_name "DW.COM" is the address
    }, id="page-site-name-and-date-after-the-headline"),
    pytest.param("publisher-company-name.html", {
        "source": ("El País", "address"),  # not the JSON-LD publisher "Ediciones EL PAÍS S.L."
    }, id="page-publisher-company-of-a-known-outlet"),
    pytest.param("handle-only.html", {
        "title": ("Ghana engineers reach Malakal", "markup"),  # not "... - Harbour Courier"
        "source": ("harbourcourier.example", "domain"),  # not the Twitter handle, "Harbourcourier"
        "authors": (["Ama Mensah"], "markup"),  # not the outlet, "Harbour Courier"
    }, id="page-with-only-a-twitter-handle"),
]


@pytest.mark.parametrize(("name", "expected"), FORMS)
def test_each_form_gives_its_values_and_where_each_came_from(name, expected):
    [fields] = articles_of(FIXTURES / name)
    for key, (value, origin) in expected.items():
        assert (fields[key], fields[f"{key}_origin"]) == (value, origin), key


@pytest.mark.parametrize("name", ["published-time.html", "date-in-address.html", "windows-1252.html", "trafilatura.json", "news-please.json"])
def test_the_text_of_each_form_is_the_article_without_its_title_or_page_furniture(name):
    [fields] = articles_of(FIXTURES / name)
    body = "\n".join(fields["_body"])
    assert fields["title"] not in fields["_body"]
    assert not re.search(r"Home \||Copyright|<p|\\n", body)
    assert len(fields["_body"]) >= 2


def test_a_page_in_windows_1252_is_decoded_by_its_declared_charset():
    [fields] = articles_of(FIXTURES / "windows-1252.html")
    assert "« C’est une reconnaissance du travail accompli »" in fields["_body"][1]


@pytest.mark.parametrize("name", ["site-name-after-title.html", "publisher-company-name.html"])
def test_the_outlet_or_a_word_for_no_author_is_not_an_author(name):
    [fields] = articles_of(FIXTURES / name)  # "Deutsche Welle" on dw.com; "Anónimo"
    assert fields["authors"] == []


@pytest.mark.parametrize(("title", "url", "site_name", "expected"), [
    ("Des casques bleus quittent Naqoura | DW | 23.05.2011", "https://www.dw.com/fr/x/a-1", "DW.COM", "Des casques bleus quittent Naqoura"),
    ("Peacekeepers leave Naqoura - Harbour Courier", "https://harbourcourier.example/x", None, "Peacekeepers leave Naqoura"),
    ("BBC News - Peacekeepers leave Naqoura", "https://www.bbc.com/news/x", "BBC News", "Peacekeepers leave Naqoura"),
    ("Cascos azules llegan a Goma | EL PAÍS", "https://elpais.com/x.html", "EL PAÍS", "Cascos azules llegan a Goma"),
    ("Lính gìn giữ hòa bình đến Nam Sudan - VnExpress", "https://vnexpress.net/x.html", "VnExpress", "Lính gìn giữ hòa bình đến Nam Sudan"),
    ("维和部队抵达朱巴-新华网", "http://www.xinhuanet.com/x.htm", "新华网", "维和部队抵达朱巴"),
    # What is not the site's name stays: a hyphen inside the headline, a date alone, a colon.
    ("Casques bleus en Guinée-Conakry", "https://www.dw.com/fr/x/a-1", "DW", "Casques bleus en Guinée-Conakry"),
    ("Native American-Jewish justice sworn in", "https://www.timesofisrael.com/x/", None, "Native American-Jewish justice sworn in"),
    ("UNIFIL: the mandate renewed | 2011-05-23", "https://www.dw.com/x", "DW", "UNIFIL: the mandate renewed | 2011-05-23"),
    ("CNN", "https://www.cnn.com/x", "CNN", "CNN"),
])
def test_the_sites_name_around_a_headline_is_not_part_of_it(title, url, site_name, expected):
    assert headline(title, site_keys(url, site_name)) == expected


@pytest.mark.parametrize(("author", "url", "expected"), [
    ("CNN", "https://www.cnn.com/x", True),  # "Rob Picheta; CNN"
    ("L’Opinion", "https://www.lopinion.fr/x", True),  # an outlet the reference does not know: its domain's name
    ("Anónimo", "https://www.example.com/x", True),
    ("Anonymous", None, True),
    ("La Rédaction", None, True),
    ("Ẩn danh", None, True),
    ("Rob Picheta", "https://www.cnn.com/x", False),
    ("Nguyễn Văn An", "https://vnexpress.net/x", False),
])
def test_an_author_that_is_the_outlet_or_nobody_is_recognised(author, url, expected):
    assert is_site_author(author, site_keys(url)) is expected


def test_a_scraper_record_gets_the_same_headline_and_authors_as_the_page(tmp_path):
    record = {"url": "https://www.cnn.com/2021/03/08/world/peacekeepers/index.html", "sitename": "CNN",
              "title": "Peacekeepers leave Naqoura - CNN", "author": "Rob Picheta; CNN",
              "text": "Peacekeepers left Naqoura on Monday.\nThe mission said the relief was complete.", "date": "2021-03-08"}
    (tmp_path / "cnn.json").write_text(json.dumps(record), encoding="utf-8")
    [fields] = articles_of(tmp_path / "cnn.json")
    assert (fields["title"], fields["authors"]) == ("Peacekeepers leave Naqoura", ["Rob Picheta"])


def test_a_saved_page_stays_the_seed_untouched(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(FIXTURES / "windows-1252.html", seeds)
    before = (seeds / "windows-1252.html").read_bytes()
    run("newsdossier", "normalize", cwd=tmp_path)
    assert (seeds / "windows-1252.html").read_bytes() == before


JSONL = [
    ("https://www.opex360.com/2016/01/11/des-casques-bleus-francais-au-liban/", {
        "date": ("2016-01-11", "address"),
        "source": ("opex360.com", "domain"),  # not in the reference: its registrable name, marked so
        "language": ("fr", "collector"),
    }),
    ("https://news.un.org/en/story/2021/12/1107442", {
        "date": ("2021-12-08", "collector"),  # the scraper's date outranks the address's month
        "source": ("UN News", "collector"),
    }),
    (None, {
        "date": ("2022-05-20", "collector"),
        "authors": (["Nguyen Van An"], "collector"),
        "title": ("Vietnamese engineers arrive in Abyei", "collector"),
    }),
]


@pytest.mark.parametrize(("url", "expected"), JSONL, ids=["unknown-outlet", "known-outlet", "no-address"])
def test_each_line_of_a_jsonl_is_an_article_with_its_values_and_origins(url, expected):
    by_url = {fields["url"]: fields for fields in articles_of(FIXTURES / "three.jsonl")}
    assert len(by_url) == 3
    fields = by_url[url]
    for key, (value, origin) in expected.items():
        assert (fields[key], fields[f"{key}_origin"]) == (value, origin), key
    assert fields["_entry"] == (url or fields["_entry"])
    if url is None:
        assert fields["_entry"].startswith("sha256:")  # no address: the hash of its text


# --- seeds/metadata.csv ------------------------------------------------------------------------

HEADER = "file,url,date,source,title,authors,language\n"


@pytest.mark.parametrize(("text", "expected_rows", "expected_problems"), [
    pytest.param(HEADER + "a.txt,https://example.org/2020/01/02/x,2020-01-02,Reuters,,Jane Doe; John Roe,en\n",
                 {"a.txt": {"url": "https://example.org/2020/01/02/x", "date": "2020-01-02", "source": "Reuters", "authors": "Jane Doe; John Roe", "language": "en"}},
                 [], id="good-row"),
    pytest.param(HEADER + "gone.txt,,2020-01-02,,,,\n", {}, ["seeds/metadata.csv:2: 'gone.txt' is not a file in seeds/"], id="unknown-file"),
    pytest.param(HEADER + "a.txt,,31 February 2020,Reuters,,,\n", {"a.txt": {"source": "Reuters"}},
                 ["seeds/metadata.csv:2: date '31 February 2020' is not a date"], id="date-that-is-not-a-date"),
    pytest.param(HEADER + "a.txt,,2020-01-02,,,,\na.txt,,2021-01-02,,,,\n", {"a.txt": {"date": "2020-01-02"}},
                 ["seeds/metadata.csv:3: a second row for 'a.txt' (the first is line 2)"], id="duplicate-row"),
    pytest.param(HEADER + "a.txt,javascript:alert(1),,,,,\n", {}, ["seeds/metadata.csv:2: url 'javascript:alert(1)' is not a web address"], id="url-not-http"),
    pytest.param(HEADER + "a.txt,,,,,,Klingonese\n", {}, ["seeds/metadata.csv:2: language 'Klingonese' is not a language"], id="not-a-language"),
    pytest.param("url,date\nhttps://example.org/a,2020\n", {}, ["seeds/metadata.csv:1: no 'file' column"], id="no-file-column"),
])
def test_metadata_csv_rows_are_read_and_each_bad_one_is_one_line(text, expected_rows, expected_problems):
    rows, problems = read_metadata(text.encode("utf-8"), {"a.txt", "b.txt"})
    assert {name: row.values for name, row in rows.items() if row.values} == expected_rows
    assert len(problems) == len(expected_problems)
    for problem, expected in zip(problems, expected_problems):
        assert problem.startswith(expected)
        assert "\n" not in problem


@pytest.mark.parametrize("encoded", [
    pytest.param(("\ufeff" + "File;Date;Source\nb.txt;2017-07;Le Monde\n").encode("utf-8"), id="semicolons-and-bom"),
    pytest.param(("file\tdate\tsource\r\nb.txt\t2017-07\tLe Monde\r\n").encode("utf-16"), id="utf16-tabs-as-spreadsheets-export"),
    pytest.param(("file,date,source\nb.txt,2017-07,Le Monde\n").encode("cp1252"), id="commas"),
])
def test_metadata_csv_as_exported_from_a_spreadsheet(encoded):
    rows, problems = read_metadata(encoded, {"b.txt"})
    assert problems == []
    assert rows["b.txt"].values == {"date": "2017-07", "source": "Le Monde"}


def test_the_good_rows_of_a_metadata_csv_with_bad_rows_are_still_applied(tmp_path):
    shutil.copytree(FIXTURES, tmp_path / "seeds")
    result = run("newsdossier", "normalize", cwd=tmp_path)
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.startswith("seeds/metadata.csv")]
    assert [line.split(":")[1] for line in lines] == ["3", "4", "5"]  # unknown file, bad date, duplicate
    note, _ = read_article(tmp_path / "data" / "articles" / "note.md")
    assert (note["date"], note["date_origin"]) == ("2022-07-27", "collector")
    assert (note["url"], note["url_origin"]) == ("https://www.thehindu.com/news/national/2022/07/27/bsf-peacekeepers-killed/article1.ece", "collector")
    assert (note["source"], note["source_origin"]) == ("The Hindu", "address")  # the row names no outlet: the address does
    assert (note["authors"], note["authors_origin"]) == (["Suhasini Haidar"], "collector")
    bad, _ = read_article(tmp_path / "data" / "articles" / "bad-date.md")
    assert (bad["source"], bad["source_origin"], bad["language_origin"]) == ("Le Monde", "collector", "collector")
    assert bad.get("date_origin") != "collector"


# --- the address as evidence -------------------------------------------------------------------


@pytest.mark.parametrize(("path", "expected"), [
    ("/2016/01/11/des-casques-bleus/", "2016-01-11"),
    ("/afrique/201708141032640196-casques-bleus/", "2017-08-14"),
    ("/2017/07/peacekeepers-return", "2017-07"),
    ("/news/2021-12-08-seoul-ministerial", "2021-12-08"),
    ("/fr/story/2021/12/1110000", "2021-12"),
    ("/news/12345678/peacekeepers", None),  # an article number, not a date
    ("/2017/13/x", None),  # no 13th month
    ("/1985/01/02/x", None),  # before the web printed news
    ("/2031/01/02/x", None),  # after today
])
def test_a_date_in_an_address_path_is_read_at_its_precision(path, expected):
    value, _ = path_date(path, today=datetime.date(2030, 1, 1))
    assert (value.edtf() if value else None) == expected


@pytest.mark.parametrize(("url", "outlet", "domain"), [
    ("https://www.opex360.com/2016/01/11/x/", None, "opex360.com"),
    ("https://fr.sputniknews.com/afrique/x", "Sputnik", "sputniknews.com"),
    ("https://news.bbc.co.uk/2/hi/africa/x.stm", "BBC", "bbc.co.uk"),
    ("https://news.un.org/en/story/2021/12/1", "UN News", "un.org"),
])
def test_the_domain_of_an_address_names_the_outlet_or_its_registrable_name(url, outlet, domain):
    address = read_address(url)
    assert (address.outlet, address.domain) == (outlet, domain)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "/relative/path", "mailto:a@b.org", "http://localhost/x", "not an address"])
def test_what_is_not_a_web_address_says_nothing(url):
    assert read_address(url) is None


# --- precedence: the collector outranks the tool, a printed disagreement is kept ---------------

TEXT = (
    "Blue helmets attacked near Gao\n\n"
    "GAO, March 3 (Reuters) - Peacekeepers of the United Nations mission in Mali were attacked on Tuesday "
    "near Gao, the mission said in a statement.\n\n"
    "Two peacekeepers were wounded in the attack, the statement said.\n"
)


def _settled(text: str, **values) -> dict:
    known = Known()
    for key, value in values.items():
        known.add(key, value, "collector", "seeds/metadata.csv line 2")
    extraction = extract(text, known.with_address())
    return dict(settle(extraction.fields, extraction.text_date, known), _events=extraction.events)


def test_a_date_printed_in_the_text_that_disagrees_with_the_collector_is_kept_beside_it():
    fields = _settled(TEXT, date="2020-04-03")
    assert (fields["date"], fields["date_origin"]) == ("2020-04-03", "collector")
    assert fields["date_printed"].endswith("-03-03")


def test_a_printed_date_a_day_from_the_collectors_is_the_same_day():
    fields = _settled(TEXT, date="2020-03-04")
    assert "date_printed" not in fields


def test_an_outlet_printed_in_the_text_that_disagrees_with_the_collector_is_kept_beside_it():
    fields = _settled(TEXT, source="Le Monde")
    assert (fields["source"], fields["source_origin"], fields["source_printed"]) == ("Le Monde", "collector", "Reuters")


def test_the_text_decides_what_nothing_else_says():
    fields = _settled(TEXT)
    assert (fields["source"], fields["source_origin"], fields["date_origin"]) == ("Reuters", "text", "text")
    assert fields.get("url") is None and "date_printed" not in fields and "source_printed" not in fields


@pytest.mark.parametrize(("text", "known_date", "event_day"), [
    pytest.param("Peacekeepers attacked in Mali\n\nPeacekeepers of the United Nations mission in Mali were attacked on Tuesday near Gao, the mission said.\n\nTwo were wounded.\n",
                 "2017-08-16", "2017-08-15", id="en-on-tuesday"),
    pytest.param("Casques bleus attaqués au Mali\n\nDeux casques bleus ont été tués mardi lors d'une attaque contre le camp de la Mission des Nations unies à Tessalit, a annoncé la MINUSMA.\n\nDeux ont été blessés.\n",
                 "2017-08-16", "2017-08-15", id="fr-mardi"),
])
def test_relative_dates_and_events_are_dated_from_a_date_that_came_with_the_text(text, known_date, event_day):
    without = _settled(text)
    assert not any(e.start and e.start.year for e in without["_events"])  # the text alone cannot date it
    fields = _settled(text, date=known_date)
    assert fields["date"] == known_date
    assert any(e.start and e.start.edtf() == event_day for e in fields["_events"])


@pytest.mark.parametrize(("value", "expected"), [
    ("2016-01-11", "2016-01-11"), ("2017-07", "2017-07"), ("2016", "2016"),
    ("2017-08-14 10:32:00", "2017-08-14"), ("2021-03-09T08:15:00+00:00", "2021-03-09"),
    ("11 January 2016", "2016-01-11"), ("14 août 2017", "2017-08-14"),
    ("01/02/2016", None), ("2016-02-30", None), ("soon", None), ("", None),
])
def test_a_date_as_a_collector_writes_it(value, expected):
    parsed = date_value(value)
    assert (parsed.edtf() if parsed else None) == expected


@pytest.mark.parametrize(("value", "expected"), [("fr", "fr"), ("fr-FR", "fr"), ("en_GB", "en"), ("fra", "fr"), ("French", "fr"), ("vie", "vi"), ("xx", None), ("", None)])
def test_a_language_as_metadata_writes_it(value, expected):
    assert language_code(value) == expected


# --- incremental: per article, not per file ----------------------------------------------------


def _ids_by_entry(root: Path) -> dict[str, str]:
    found = {}
    for path in (root / "data" / "articles").glob("*.md"):
        front, _ = read_article(path)
        found[str(front.get("seed_entry") or front["seed"])] = front["id"]
    return found


def _summary(result) -> str:
    return (result.stdout + result.stderr).strip().splitlines()[-1]


def test_a_line_added_to_a_jsonl_reads_only_it_and_keeps_every_id(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(FIXTURES / "three.jsonl", seeds)
    run("newsdossier", "normalize", cwd=tmp_path, check=True)
    before = _ids_by_entry(tmp_path)
    assert len(before) == 3
    new = {"url": "https://example.org/2020/05/04/fourth", "title": "A fourth article", "text": "Peacekeepers in Mali opened a school on Monday, the mission said.\nIt has four classrooms."}
    lines = (seeds / "three.jsonl").read_text(encoding="utf-8").splitlines()
    (seeds / "three.jsonl").write_text("\n".join([json.dumps(new), *lines]) + "\n", encoding="utf-8")  # first, so every line moves
    result = run("newsdossier", "normalize", cwd=tmp_path, check=True)
    assert "1 extracted, 3 unchanged" in _summary(result)
    after = _ids_by_entry(tmp_path)
    assert {k: v for k, v in after.items() if k in before} == before
    assert set(after) - set(before) == {new["url"]}


def test_a_changed_metadata_row_rereads_only_its_article_and_a_persons_edit_survives(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("note.txt", "bad-date.txt"):
        shutil.copy(FIXTURES / name, seeds)
    (seeds / "metadata.csv").write_text("file,date,source\nnote.txt,2022-07-27,\nbad-date.txt,2020-03-04,Le Monde\n", encoding="utf-8")
    run("newsdossier", "normalize", cwd=tmp_path, check=True)
    article = tmp_path / "data" / "articles" / "bad-date.md"
    article.write_text(article.read_text(encoding="utf-8").replace("source: Le Monde", "source: Libération"), encoding="utf-8")
    (seeds / "metadata.csv").write_text("file,date,source\nnote.txt,2022-07-27,\nbad-date.txt,2020-03-05,Le Monde\n", encoding="utf-8")
    result = run("newsdossier", "normalize", cwd=tmp_path, check=True)
    assert "1 extracted, 1 unchanged" in _summary(result)
    front, _ = read_article(article)
    assert (front["date"], front["source"]) == ("2020-03-05", "Libération")  # the new row's date, the person's outlet


def test_metadata_csv_is_not_a_seed(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(FIXTURES / "note.txt", seeds)
    (seeds / "metadata.csv").write_text("file,date\nnote.txt,2022-07-27\n", encoding="utf-8")
    result = run("newsdossier", "normalize", cwd=tmp_path, check=True)
    assert [p.name for p in (tmp_path / "data" / "articles").glob("*.md")] == ["note.md"]
    assert "skipped" not in (result.stdout + result.stderr).replace("0 skipped", "")


# --- check, the site, the downloads ------------------------------------------------------------


@pytest.fixture(scope="module")
def mixed_site(tmp_path_factory) -> Path:
    """A project whose seeds are the repository's texts and every collected form, normalized,
    checked and built with `mkdocs build --strict`."""
    root = tmp_path_factory.mktemp("mixed")
    shutil.copytree(FIXTURES, root / "seeds")
    for name in ("templates",):
        shutil.copytree(ROOT / name, root / name)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    run("newsdossier", "normalize", cwd=root)
    check = run("newsdossier", "check", cwd=root)
    assert check.returncode == 0, check.stdout + check.stderr
    build = run("mkdocs", "build", "--strict", "-d", str(root / "site"), cwd=root)
    assert build.returncode == 0, build.stderr
    return root


def _page_text(root: Path, article_id: str) -> str:
    html = (root / "site" / "articles" / article_id / "index.html").read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize(("article_id", "shown"), [
    ("date-in-address", ["Sputnik · from the page's address", "https://fr.sputniknews.com/afrique/201708141032640196-casques-bleus-tchadiens-mali/", "14 August 2017"]),
    ("published-time", ["Harbour Courier · from the page's markup", "9 March 2021", "Ama Mensah · from the page's markup"]),
    ("trafilatura", ["The Kathmandu Post · from the collector's metadata", "29 May 2023"]),
])
def test_the_article_page_shows_the_address_the_date_and_the_outlet_with_their_origin(mixed_site, article_id, shown):
    text = _page_text(mixed_site, article_id)
    for words in shown:
        assert words in text


def test_the_article_page_links_the_address(mixed_site):
    html = (mixed_site / "site" / "articles" / "date-in-address" / "index.html").read_text(encoding="utf-8")
    assert '<a href="https://fr.sputniknews.com/afrique/201708141032640196-casques-bleus-tchadiens-mali/" rel="noopener nofollow">' in html


def test_the_downloads_carry_the_address_and_the_origins(mixed_site):
    import csv

    rows = {row["id"]: row for row in csv.DictReader((mixed_site / "site" / "downloads" / "articles.csv").open(encoding="utf-8"))}
    row = rows["date-in-address"]
    assert (row["url"], row["date_origin"], row["source_origin"]) == ("https://fr.sputniknews.com/afrique/201708141032640196-casques-bleus-tchadiens-mali/", "address", "address")
    records = {a["id"]: a for a in json.loads((mixed_site / "site" / "downloads" / "articles.json").read_text(encoding="utf-8"))}
    assert records["trafilatura"]["url_origin"] == "collector"


def test_the_review_page_lists_outlets_known_only_by_their_domain(mixed_site):
    text = re.sub(r"<[^>]+>", " ", (mixed_site / "site" / "review" / "index.html").read_text(encoding="utf-8"))
    section = text.split("Outlets known only by their address", 1)[1]
    assert "opex360.com" in section.split("Texts that look", 1)[0] or "opex360.com" in section


def test_the_review_page_of_a_built_site_says_why_a_seed_made_no_article(mixed_site):
    review = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", (mixed_site / "site" / "review" / "index.html").read_text(encoding="utf-8")))
    line = review[review.index("seeds/no-article-text.html"):][:200]
    assert "no article text" in line  # what normalize said, not "no article yet: run normalize"


def test_a_seed_changed_since_normalize_has_no_recorded_reason(tmp_path):
    new_project(tmp_path, [FIXTURES / "no-article-text.html"])
    run("newsdossier", "normalize", cwd=tmp_path)
    project = Project(tmp_path)
    assert "no article text" in recorded_seed_reasons(project)["no-article-text.html"]
    (tmp_path / "seeds" / "no-article-text.html").write_text("<html><body><p>Changed.</p></body></html>", encoding="utf-8")
    assert recorded_seed_reasons(project) == {}


@pytest.mark.parametrize(("key", "value", "message"), [
    ("url", "javascript:alert(1)", "is not a web address"),
    ("url", "https://example.com/news/peace talks.html", "expected 'https://example.com/news/peace%20talks.html'"),
    ("date_origin", "guess", "expected one of collector, markup, address, domain, text"),
    ("date_printed", "last week", "date_printed 'last week' is"),
])
def test_check_warns_of_a_value_that_is_not_of_its_kind(mixed_site, tmp_path, key, value, message):
    """These values only inform the reader and the review page: a wrong one is a warning (set
    aside, never linked), never an error that stops the build."""
    shutil.copytree(mixed_site / "data", tmp_path / "data")
    path = tmp_path / "data" / "articles" / "note.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\ntitle:", f"\n{key}: '{value}'\ntitle:", 1) if f"\n{key}:" not in text else re.sub(rf"\n{key}: .*", f"\n{key}: '{value}'", text), encoding="utf-8")
    result = run("newsdossier", "check", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert re.search(rf"^data/articles/note\.md:\d+: warning: .*{re.escape(message)}", result.stdout, re.M), result.stdout
    assert run("newsdossier", "check", "--strict", cwd=tmp_path).returncode == 1


@pytest.mark.parametrize("address", [
    "https://example.com/news/peace talks.html",
    "https://example.com/actualité/casques-bleus?id=3#haut",
    " http://www.example.org/2016/01/11/a ",
])
def test_an_address_normalize_keeps_is_one_check_accepts(address):
    from newsdossier.text import web_address

    kept = web_address(address)
    assert kept is not None and not any(c.isspace() for c in kept)
    assert web_address(kept) == kept


def test_eval_reports_the_text_alone_and_with_the_collectors_addresses(tmp_path):
    corpus = ROOT / "tests" / "corpus" / "dev"  # a folder of labelled articles, not split: reported as one part
    stems = sorted(p.stem for p in corpus.glob("*.yaml"))[:2]
    rows = ["file,url"]
    for stem in stems:
        shutil.copy(corpus / f"{stem}.txt", tmp_path)
        shutil.copy(corpus / f"{stem}.yaml", tmp_path)
        url = re.search(r"^url: (\S+)", (corpus / f"{stem}.yaml").read_text(encoding="utf-8"), re.M)[1]
        rows.append(f"{stem}.txt,{url}")
    (tmp_path / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = run("newsdossier", "eval", str(tmp_path), "--quiet", "--no-baseline", "--floors", str(tmp_path / "none.json"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    comparison = result.stdout.split("+meta", 1)[1].splitlines()[1:]
    assert {line.split()[0] for line in comparison} >= {"date", "source", "events"}
    assert all(re.fullmatch(r"\S+ +[01]\.\d{3} +[01]\.\d{3} +[+-][01]\.\d{3}", line) for line in comparison)


@pytest.mark.parametrize("seed", sorted(p.name for p in FIXTURES.iterdir() if p.suffix.lower() in (".html", ".htm") and p.name != NO_ARTICLE))
def test_a_saved_page_is_published_as_text_never_as_a_live_page(mixed_site, seed):
    """The seed of a saved page would run its scripts on the site's own address: the site
    publishes it under its name with .txt added, and the article page links the readable page
    of that copy, which shows the markup as text."""
    site = mixed_site / "site" / "seeds"
    assert not (site / seed).exists()
    assert (site / f"{seed}.txt").read_bytes() == (FIXTURES / seed).read_bytes()
    article = (mixed_site / "site" / "articles" / Path(seed).stem / "index.html").read_text(encoding="utf-8")
    assert f'seeds/{seed}.txt.html"' in article
    view = (site / f"{seed}.txt.html").read_text(encoding="utf-8")
    assert "<script" not in view.lower() and "&lt;" in view


def test_a_markdown_seed_is_published_as_it_is_never_rendered_as_a_page(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    seed = texts / "note.md"
    seed.write_text("# Casques bleus à Bangui\n\nBANGUI, 3 mars 2022 (AFP) - La Minusca a renforcé ses patrouilles.\n\n"
                    "<script>document.title = 'ran'</script>\n", encoding="utf-8")
    project = new_project(tmp_path / "project", texts)
    run("newsdossier", "normalize", cwd=project, check=True)
    build = run("mkdocs", "build", "--strict", "-d", str(project / "site"), cwd=project)
    assert build.returncode == 0, build.stderr
    assert (project / "site" / "seeds" / "note.md").read_bytes() == seed.read_bytes()
    assert not (project / "site" / "seeds" / "note").exists()
    assert "seeds/note.md" not in build.stderr  # not a page MkDocs lists as left out of the navigation


@pytest.mark.parametrize(("name", "published"), [
    ("note.txt", "seeds/note.txt"),
    ("feed.jsonl", "seeds/feed.jsonl"),
    ("page.html", "seeds/page.html.txt"),
    ("report.xht", "seeds/report.xht.txt"),
    ("drawing.svg", "seeds/drawing.svg.txt"),
    ("style.xsl", "seeds/style.xsl.txt"),
    ("savedpage", "seeds/savedpage.txt"),
    ("PAGE.HTM", "seeds/PAGE.HTM.txt"),
])
def test_only_text_and_data_seeds_are_published_under_their_own_name(name, published):
    from newsdossier.seeds import published_seed

    assert published_seed(name) == published


def test_a_json_seed_that_becomes_a_list_keeps_its_article_for_the_first_record(tmp_path):
    record = json.loads((FIXTURES / "trafilatura.json").read_text(encoding="utf-8"))
    second = dict(record, url="https://www.example.org/2023/06/01/second", title="A second dispatch",
                  text="GOMA, 1 June 2023 (AFP) - A MONUSCO patrol was attacked near Goma on Wednesday, the mission said.")
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "feed.json").write_text(json.dumps(record), encoding="utf-8")
    project = new_project(tmp_path / "project", texts)
    run("newsdossier", "normalize", cwd=project, check=True)
    first_ids = sorted(p.stem for p in (project / "data" / "articles").glob("*.md"))
    (project / "seeds" / "feed.json").write_text(json.dumps([record, second]), encoding="utf-8")
    result = run("newsdossier", "normalize", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "duplicate" not in result.stderr
    ids = sorted(p.stem for p in (project / "data" / "articles").glob("*.md"))
    assert len(ids) == 2 and set(first_ids) <= set(ids)
    assert run("newsdossier", "check", cwd=project).returncode == 0


@pytest.mark.parametrize("text", [
    "Peacekeepers honoured\n\nJUBA, March 3 (AFP) - UNMISS held a medal parade in Juba on March 3 for 2015 rotation troops.\n",
])
def test_settling_keeps_the_year_the_extractor_found_for_a_dateline_without_one(text):
    """normalize settles the extractor's fields against what came with the text: with nothing
    known, the date it writes is the extractor's own (the year the lead event gave included)."""
    from newsdossier.extract import extract
    from newsdossier.ingest.precedence import settle

    extraction = extract(text)
    assert not extraction.fields["date"].startswith("XXXX")
    assert settle(extraction.fields, extraction.text_date, None)["date"] == extraction.fields["date"]


def test_the_review_page_gives_why_a_scraper_file_has_no_article_as_normalize_reads_it(tmp_path):
    """A seed with no article and no recorded reason is judged the way normalize reads it: a
    .jsonl of no article is unreadable, not a text waiting for normalize."""
    from newsdossier.seeds import seed_listing

    (tmp_path / "feed.jsonl").write_text("not json at all\n", encoding="utf-8")
    (tmp_path / "note.txt").write_text("A text normalize has not read yet.\n", encoding="utf-8")
    unread = dict(seed_listing(tmp_path, set()).unread)
    assert unread["feed.jsonl"].startswith("cannot be read: no article in it")
    assert unread["note.txt"].startswith("no article yet")
