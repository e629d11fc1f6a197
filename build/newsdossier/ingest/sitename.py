"""The outlet's own name where a page or a scraper repeats it: after the headline, among the authors, as its only site name."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from urllib.parse import urlsplit

from ..reference import EXACT_LANGUAGES, reference
from ..segment import bare_headline, credit_line, section_name
from ..text import fold

# Between a headline and what a page adds after it ("Title | DW | 23.05.2011", "Titre - Le
# Monde", "Tiêu đề - VnExpress", "标题-新华网"): a bar or dash with spaces around it, or a bar
# or dash written tight against a name (split there only when what follows is the site's name).
_SEPARATOR = re.compile(r"\s+[|\-–—·•:»]\s+|\s*[|｜]\s*|[-－–—](?=\S)")
# A date a page prints after its headline: 23.05.2011, 2011-05-23, 23/05/2011.
_DATE_PART = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


# A name written as a domain: words joined by dots, the last of letters ("Maliactu.net").
_DOMAIN_NAME = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")


def name_key(name) -> str:
    """The form two spellings of one outlet share: folded, letters and digits only
    ("L’Opinion", "l'opinion" -> "lopinion"; "DW.COM" -> "dwcom"; "新华网" unchanged)."""
    return "".join(c for c in fold(str(name or "")) if c.isalnum()) or "".join(c for c in str(name or "") if c.isalnum())


def site_keys(url: str | None, *names) -> frozenset[str]:
    """The name_keys under which the site of a page may write its own name: the names it
    declares (og:site_name, a scraper's sitename), the outlet the sources reference knows by
    the address's domain (its name and aliases), the address's host and registrable domain,
    with and without their suffix ("www.dw.com" -> "dwcom", "dw"). url may be None."""
    forms = [n for n in names if n]
    host = (urlsplit(url).hostname or "").lower() if url else ""
    if host:
        import courlan  # on first use: importing it (urllib3, tld) takes about 0.2 s

        domain = courlan.extract_domain(url) or host.removeprefix("www.")
        forms += [host, host.removeprefix("www."), domain, domain.split(".")[0]]
        if row := reference().source_of_domain(host):
            forms += [row["name"], *(row.get("aliases") or [])]
    for name in list(forms):
        if row := reference().find_source(str(name)):
            forms += [row["name"], *(row.get("aliases") or [])]
    # a name declared as a domain ("Maliactu.net") is also the site's name less its suffix,
    # as the address's domain is ("maliactu"): the name an author line spells apart, "Mali Actu"
    forms += [str(n).strip().split(".")[0] for n in names if n and _DOMAIN_NAME.fullmatch(str(n).strip())]
    return frozenset(k for k in map(name_key, forms) if k)


def headline(title: str | None, keys: frozenset[str]) -> str:
    """The headline without the site's name a page writes before or after it, and a date
    written next to that name ("La perte des terres | DW | 23.05.2011" -> "La perte des
    terres"). Only parts that are the site's name (keys: site_keys) or a date beside it go;
    the headline itself is never cut to nothing."""
    title = (title or "").strip()
    parts = _SEPARATOR.split(title)
    seps = _SEPARATOR.findall(title)
    if len(parts) < 2:
        return _without_other_names(title) if title else title

    def trim(parts: list[str], seps: list[str], end: int) -> tuple[list[str], list[str]]:
        dropped_site = False
        kept_parts, kept_seps = list(parts), list(seps)
        while len(kept_parts) > 1:
            part = kept_parts[end].strip()
            if name_key(part) in keys:
                dropped_site = True
            elif not _DATE_PART.fullmatch(part):
                break
            kept_parts.pop(end)
            kept_seps.pop(end if end == -1 else 0)
        return (kept_parts, kept_seps) if dropped_site else (parts, seps)

    parts, seps = trim(parts, seps, -1)
    parts, seps = trim(parts, seps, 0)
    # Put back the separators inside the headline ("Guinée-Conakry", "Native American-Jewish").
    text = parts[0]
    for sep, part in zip(seps, parts[1:]):
        text += sep + part
    return _without_other_names(text.strip() or title)


def _without_other_names(title: str) -> str:
    """A headline without what the site's keys do not name but a title bar still prints
    around it, as the text's headline is read (segment.bare_headline): an outlet's name that
    reads as one ("... - Diario del Puerto", "Báo Bình Minh - ...", "The Harbour Courier"
    where the address is harbourcourier.example), a section's name or breadcrumb trail, a
    kicker ("EXCLUSIVE:", "VIDÉO -") and a stamp glued after it."""
    return bare_headline(title) or title


def site_only(title: str, keys: frozenset[str]) -> bool:
    """Whether a title a page's markup or a scraper gives is no headline: empty, the site's
    name (its keys spell it) or a section's name alone ("World", "Thế giới";
    segment.section_name)."""
    return not title.strip() or name_key(title) in keys or section_name(re.findall(r"[^\W\d_]+", fold(title)))


def title_bar_parts(title: str) -> list[str]:
    """The parts a title bar's separators cut a title into ("Headline | Example Courier" ->
    ["Headline", "Example Courier"]; _SEPARATOR), stripped; the title alone where it has none."""
    return [part.strip() for part in _SEPARATOR.split(title or "") if part.strip()]


def is_site_author(name: str, keys: frozenset[str]) -> bool:
    """The author named is the outlet itself ("CNN" on a cnn.com page, "L'Opinion", "Mali
    Actu" on a site named "Maliactu.net"), an outlet by its number (a name holding a digit
    is a channel's or a station's, "France 2", "Channel 4", "TF1", never a person's), or a
    word a page writes for no author ("Anónimo", "Anonymous", "Rédaction": the vocabulary's
    anonymous_bylines), or another outlet the sources reference knows, alone or after a
    credit word ("The Associated Press", "Theo TTXVN": segment.credit_line, the source of a
    republished dispatch), or a staff's credit opening on a first person's possessive ("Our
    Foreign Staff", "Notre correspondant", "Nuestro corresponsal": vocabulary
    "staff_credit_openers"), or a company closed by its legal form (company_name), not a person
    who wrote the article. Source of the rule: saved pages of publishers whose author metadata
    names an outlet."""
    key = name_key(name)
    words = name.split()
    return (key in keys or any(map(str.isdigit, name))
            or fold(name.strip()) in reference().words("anonymous_bylines")
            or (len(words) > 1 and fold(words[0]) in reference().words("staff_credit_openers"))
            or company_name(name)
            or credit_line(name) is not None)


def company_name(name: str) -> bool:
    """Whether a name is a company's, closed by its legal form (vocabulary "corporate_forms"):
    one of three letters or more, capitalised ("Example Media Group Ltd", "Example Holdings
    Inc."), or a dotted one ("Ediciones Example S.L.", "Example S.A."). A short form written
    without dots is no test: it is also a surname ("Fernanda Sá", "Ana Co")."""
    from ..entities import _long_corporate_forms

    words = name.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    last = fold(words[-1]).rstrip(".,")
    dotless = last.replace(".", "")
    forms = reference().vocabulary["corporate_forms"]
    return dotless in _long_corporate_forms() or ("." in last and last in (fold(f) for f in forms))


def declared_site_name(name: str | None, keys_of_address: frozenset[str]) -> str | None:
    """A site name as trafilatura reports it, or None when it only spells the address
    (trafilatura falls back on the host, or on a Twitter handle such as "@timesofisrael"
    that it writes "Timesofisrael"): that is the address's evidence, not the markup's. A
    name declared with a tagline is cut to the name (without_tagline).
    keys_of_address: site_keys of the address alone."""
    text = str(name or "").strip().lstrip("@")
    if not text:
        return None
    if name_key(text) in keys_of_address:
        return None
    return without_tagline(text, keys_of_address)


def without_tagline(name: str, keys_of_address: frozenset[str]) -> str:
    """A site name a page declares with its tagline, cut to the name: of "Name | Tagline |
    City" or "Name - The slogan of the site", the part the address spells ("News of X - The
    Example Press | Slogan" on example-press.org: "The Example Press"), else the first part.
    A name without such a separator is returned as it is. keys_of_address: site_keys of the
    address alone (empty without one)."""
    parts = [part.strip() for part in _TAGLINE_SEPARATOR.split(name) if part.strip()]
    if len(parts) > 1:
        return next((part for part in parts if name_key(part) in keys_of_address), parts[0])
    return name


# Between a site's name and the tagline its pages declare with it: a bar or a dash with
# spaces around it.
_TAGLINE_SEPARATOR = re.compile(r"\s+[|\-–—]\s+")


# A word of a name as a page prints it: a capital or a digit first ("Verge", "CNET", "7News",
# "Él"), letters, digits and the marks inside a name after it ("Phys.org", "Ouest-France").
_NAME_WORD = re.compile(r"(?<![\w.@/-])[^\W\d_a-zß-ÿ\u0250-\u02ff]*[A-Z0-9À-ÞĐƠƯ][\w'’.&-]*", re.U)
# Any word of a line, for the lower-case connectors inside a name ("Rest of World").
_ANY_WORD = re.compile(r"(?<![\w.@/-])[\w'’.&-]+", re.U)
# The most words a name spelled like its domain runs to ("The New York Review of Books" is
# past it, and a domain of five words is rare).
SPELLED_NAME_WORDS = 5


def _bare(word: str) -> str:
    """A word without the stop or quote closing it, nor its possessive ending ("Example's" ->
    "Example")."""
    return re.sub(r"['’]s$", "", word.rstrip(".")).rstrip(".'’")


def name_spelled(domain: str | None, lines) -> str | None:
    """The outlet's name as the page prints it where the reference does not know the outlet
    and only its domain is known: one to SPELLED_NAME_WORDS words in a row, capitalised or
    lower-case connectors between capitalised ones (vocabulary "name_connectors": "Rest of
    World"; opening and closing with a capitalised word), whose letters and digits are the
    domain's first label ("theverge.com" -> "The Verge", "medicalnewstoday.com" -> "Medical
    News Today", "ouest-france.fr" -> "Ouest-France"), a possessive ending left out
    ("Example's newsroom" -> "Example", unless the name is spelled with it), the spelling
    printed most often, the first met among equals, with the article it opens with where
    one is printed in capitals before it ("The Seattle Times"). domain: a registrable
    domain ("example.co.uk"); lines: the page's text lines, in order. A label shorter than
    three letters spells too many things ("dw.com"). None when no line spells it."""
    label = name_key((domain or "").split(".")[0])
    if len(label) < 3:
        return None
    found: Counter = Counter()
    with_article: dict[str, str] = {}
    connectors = reference().words("name_connectors")
    for line in lines:
        if not line or label[:3] not in fold(line).replace(" ", ""):
            continue  # the label's first letters are not in the line: nothing to try
        # the capitalised words, and the connectors in lower case between them ("Rest of World")
        words = [m for m in _ANY_WORD.finditer(line) if _NAME_WORD.fullmatch(m.group()) or fold(m.group()) in connectors]
        for start, first in enumerate(words):
            if not _NAME_WORD.fullmatch(first.group()):
                continue
            key = ""
            for end in range(start, min(start + SPELLED_NAME_WORDS, len(words))):
                # the words must follow one another, a space apart
                if end > start and line[words[end - 1].end():words[end].start()] != " ":
                    break
                word = words[end].group()
                whole, bare = name_key(word.rstrip(".'’")), name_key(_bare(word))
                # a possessive ends the name ("CNBC's" for cnbc.com, "Barron's" for barrons.com)
                ending = label == key + whole or label == key + bare
                key += whole
                if not ending and not label.startswith(key):
                    break
                if ending and _NAME_WORD.fullmatch(word):
                    printed = line[first.start():words[end].end()]
                    name = printed.rstrip(".'’") if label == key else _bare(printed)
                    found[name] += 1
                    # the article the name opens with, printed in capitals before it ("The
                    # Seattle Times"; in running text "the Seattle Times")
                    if start and line[words[start - 1].end():first.start()] == " " \
                            and words[start - 1].group()[:1].isupper() \
                            and fold(words[start - 1].group()) in reference().words("name_articles"):
                        with_article.setdefault(name, f"{words[start - 1].group()} {name}")
                    break
    if not found:
        return None
    name = found.most_common(1)[0][0]
    return with_article.get(name, name)


def name_spelled_loosely(domain: str | None, lines) -> str | None:
    """The outlet's name a page prints whose letters spell a web domain's first label, read
    more loosely than name_spelled, for a domain the text credits as the story's outlet
    ("(Example.vn) -" opening the lead): the name opens on a capitalised word, its other words
    may be printed in lower case ("Thời báo Ví dụ", "Thể thao và Đời sống"), and a word the
    domain may leave out (vocabulary domain_dropped_words: "và", "y", "and") may stand between
    them unspelled. Up to SPELLED_NAME_WORDS spelled words, a space apart; the label wholly
    spelled, the name as printed, whole (no capitalised word glued on either side) and not
    a sentence's first word alone (_whole_name); the spelling printed most often, the first
    met among equals. domain: "example.vn" (any case); lines: the page's lines. None for a label
    shorter than three letters or where no line spells it."""
    label = name_key((domain or "").split(".")[0])
    if len(label) < 3:
        return None
    dropped = frozenset(reference().words("domain_dropped_words"))
    found: Counter = Counter()
    for line in lines:
        if not line or label[:3] not in fold(line).replace(" ", ""):
            continue  # the label's first letters are not in the line: nothing to try
        words = list(_ANY_WORD.finditer(line))
        for start, first in enumerate(words):
            if _NAME_WORD.fullmatch(first.group()) and label.startswith(name_key(first.group())):
                if (end := _spelled_from(label, words, line, start, dropped)) is not None and _whole_name(words, line, start, end, dropped):
                    found[line[first.start():words[end].end()].rstrip(".'’")] += 1
    return found.most_common(1)[0][0] if found else None


# What may stand before a sentence's first word: nothing, or a stop, a colon, a dash, an opening
# quote or bracket (spaces between).
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?…:;\u2013\u2014(\[\"“«¡¿-])[\s\"“«'‘(]*$")


def _outlet_kind_word(word: str) -> bool:
    """Whether a word is a one-word noun of an outlet's kind (vocabulary source_kind_phrases:
    "Báo", "Diario", "journal", "radio"), case aside; folded, but with its accents in the
    languages that keep them (reference EXACT_LANGUAGES: Vietnamese "báo")."""
    folded, exact = _outlet_kind_words()
    return fold(word).lower() in folded or word.lower() in exact


@lru_cache(maxsize=1)
def _outlet_kind_words() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of an outlet's kind (vocabulary source_kind_phrases): (folded, every language;
    lowercased with their accents, the languages of EXACT_LANGUAGES), read once."""
    ref = reference()
    exact = frozenset(w.lower() for lang in EXACT_LANGUAGES for w in ref.vocabulary["source_kind_phrases"].get(lang, ()))
    return frozenset(ref.words("source_kind_phrases")), exact


def _whole_name(words: list, line: str, start: int, end: int, dropped: frozenset[str]) -> bool:
    """Whether words[start..end], spelling a domain's label (name_spelled_loosely), are a
    name whole and shown to be one: no capitalised word a space apart after it, nor before it
    unless that word opens the sentence or is a noun of an outlet's kind ("Báo", "Diario":
    _outlet_kind_word) ("the Peace Organisation of Ridgeland", "la Fundación
    Esperanza Viva": the head or the tail of a longer name), and, where the run opens a
    sentence, two capitalised words or more ("Harbour News reported", not "Peace returned",
    "Hòa bình đã trở lại": a sentence's first capital is no name's)."""
    def capital(index: int) -> bool:
        return words[index].group()[:1].isupper()

    if end + 1 < len(words) and line[words[end].end():words[end + 1].start()] == " " and capital(end + 1):
        return False
    opens = _SENTENCE_OPENING.search(line[:words[start].start()]) is not None
    if start > 0 and line[words[start - 1].end():words[start].start()] == " " and capital(start - 1) \
            and not _SENTENCE_OPENING.search(line[:words[start - 1].start()]) \
            and not _outlet_kind_word(words[start - 1].group()):
        return False  # (a noun of an outlet's kind may stand before it: "PV Báo Thể thao và Đời sống")
    if opens:
        return sum(1 for i in range(start, end + 1) if capital(i) and fold(words[i].group()).lower() not in dropped) >= 2
    return True


def _spelled_from(label: str, words: list, line: str, start: int, dropped: frozenset[str]) -> int | None:
    """The index of the last word of a run from words[start] whose letters spell label whole
    (name_spelled_loosely's reading: a dropped word may be skipped, tried skipped first),
    None where no run does. words: the line's word matches; at most SPELLED_NAME_WORDS words
    spelled, a space apart."""
    def walk(index: int, key: str, spelled: int) -> int | None:
        if index >= len(words) or spelled >= SPELLED_NAME_WORDS:
            return None
        if index > start and line[words[index - 1].end():words[index].start()] != " ":
            return None
        word = words[index].group()
        if index > start and fold(word).lower() in dropped and (end := walk(index + 1, key, spelled)) is not None:
            return end  # a word the domain leaves out ("và", "y")
        grown = key + name_key(word.rstrip(".'’"))
        if grown == label:
            return index
        return walk(index + 1, grown, spelled + 1) if label.startswith(grown) and grown != key else None
    return walk(start, "", 0)
