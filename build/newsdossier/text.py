"""Text primitives shared by every extractor: folding, tokens, sentences, slugs."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable, NamedTuple, TypeVar
from urllib.parse import quote, urlsplit

from anyascii import anyascii

APOSTROPHES = "\u2019\u2018\u02bc\u00b4`"

# Quotation marks, one table for every module: each opening mark with the closing mark it
# takes. Double: "…", “…”, „…“ (German, Czech), «…»; single: ‹…›, ‘…’, '…'. A module that
# reads only some of them says why where it does.
DOUBLE_QUOTATION_PAIRS = {"\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb"}
QUOTATION_PAIRS = {'"': '"', **DOUBLE_QUOTATION_PAIRS, "\u2039": "\u203a", "\u2018": "\u2019", "'": "'"}
# The marks that open and that close a quotation of a few words (a name, a nickname, a date in
# a name): every opening mark; every closing mark but “, which opens English quotations more
# often than it closes a „ (a name in „…“ is not read as quoted; in „…” it is).
OPENING_QUOTES = "".join(QUOTATION_PAIRS)
CLOSING_QUOTES = "".join(dict.fromkeys(close for close in QUOTATION_PAIRS.values() if close not in DOUBLE_QUOTATION_PAIRS))

# A token: an acronym with dots (U.N.), a French elided article (l', d', qu'),
# or a word with inner hyphens/apostrophes and an optional trailing "+" (A4P+).
# A capital M or N elided before a capital letter opens a family name of North and West
# Africa ("M'Barki", "N'Diaye", "M'Hamed": the Arabic and Wolof prefix kept by French
# spelling), never the pronoun (m', n' stand before a verb in lowercase): one word. So does
# one before a lowercase letter inside a sentence, right after a word and a space ("Abdoul
# N'diaye", "Awa M'bala"): there the pronoun and the negation are printed in lowercase; a
# capital one opening a sentence or a quotation ("N'oublions pas", "« N'ayez pas peur »", "N'y
# a-t-il pas") stays cut, unless a consonant other than h follows it, before which French never
# elides the pronoun or the negation ("N'diaye a déclaré", "M'bala said"): one word there too.
TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}"
    r"|(?:(?i:qu|[ldjcst])|[mn]|(?<![^\W\d_] )[MN](?!['\u2019](?:[A-ZÀ-ÝĐ]|[bcdfgjklmnpqrstvwxz])))['\u2019](?=\w)"
    r"|\w+(?:[-'\u2019.]\w+)*\+?",
    re.UNICODE,
)

# The capitals of Vietnamese outside Latin-1 (a breve, a horn, a tilde on I and U, a hook or a
# dot below: "Ở", "Ủy", "Ước", "Ấn"), which a class [A-ZÀ-ÝĐ] leaves out: a sentence or the lead
# after a dateline's or a credit's mark may begin on one ("... hôm thứ Hai. Ở đó, ...", "(Báo
# Example) - Ở một ...").
# Capitals only: their lowercase twins ("ở", "ủy") open no sentence.
VIETNAMESE_CAPITALS = "ĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
# The capitals a lead may open on, as the body of a character class (put it in brackets): A-Z,
# Latin-1's ("À"-"Ý"), "Đ" and VIETNAMESE_CAPITALS.
LEAD_CAPITALS = "A-ZÀ-ÝĐ" + VIETNAMESE_CAPITALS

# A sentence's end: its marks, the closing quotation marks after them (a French guillemet with
# the space, no-break or narrow no-break space typography sets inside it: "rentré. »"), the space,
# then a capital (LEAD_CAPITALS: "Ở", "Ủy" too) or a digit, an opening quotation mark before it
# or none ("« Le", "«\u00a0Le", a double mark typed as two single ones: "‘‘La", "``La"), or
# Spanish's inverted question or exclamation mark ("¿Quién").
_SENTENCE_END = re.compile(
    r"([.!?…]+(?:[\"'\u201d\u2019)]|[ \u00a0\u202f]?»)*)(\s+)"
    r"(?=(?:\u2018\u2018|``|[\"'\u201c\u2018(¿¡]|«[ \u00a0\u202f]?)?[" + LEAD_CAPITALS + r"0-9])"
)


# Letters of the scripts written without a space between words (Han, Hiragana, Katakana, Thai,
# Lao, Myanmar, Khmer): a line of them is one "word" to str.split (segment.words_in), and a
# text of them in UTF-16 has NULs only at its line ends and digits (seeds._utf16_without_bom).
UNSPACED_LETTER = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def fold(text: str) -> str:
    """Lowercase, ASCII, apostrophes unified: the form every lookup compares."""
    if len(text) <= 64:  # words and names, folded again and again: remembered
        return _fold_short(text)
    if len(text) <= 4096:  # lines and paragraphs, folded by one reader after another: the last ones remembered
        return _fold_line(text)
    return _fold_any(text)


class _CharTable(dict):
    """A str.translate table that maps each character, the first time it is met, to
    `of(character)` and keeps the answer: the per-character work in one C loop."""

    def __init__(self, of) -> None:
        super().__init__()
        self.of = of

    def __missing__(self, code: int) -> str:
        value = self[code] = self.of(chr(code))
        return value


# fold's table: anyascii's transliteration of each character (an apostrophe to "'"). anyascii
# transliterates character by character, so translating with it gives anyascii's own output.
_FOLD_TABLE = _CharTable(lambda char: "'" if char in APOSTROPHES else anyascii(char))


def _fold_any(text: str) -> str:
    if text.isascii():
        return text.replace("`", "'").lower()
    return text.translate(_FOLD_TABLE).lower()


_fold_short = lru_cache(maxsize=65536)(_fold_any)
_fold_line = lru_cache(maxsize=1024)(_fold_any)  # an article's lines, a few MB at most


def alternation(words) -> str:
    """A regular expression of words taken literally that matches as their alternation
    longest first would ("ministerial meeting" before "meeting"), each once; "" for no words.

    The words are written as a tree of their shared beginnings ("a\\ b|a" is written
    "a(?:\\ b)?"; "attack|attaque" "atta(?:ck|que)"), which a regular-expression engine
    tries in a few steps at each position where a list of hundreds of names costs it a step
    per name. At one position the words that fit the text are each the beginning of the next,
    and the tree tries them longest first, as the list does: the same matches, with or
    without re.IGNORECASE. Where two branches of the tree would differ only by case (or by a
    character Python's re takes for the same letter ignoring case), which one fits first
    could depend on the flags, so those words are written as the plain list, longest first,
    then alphabetically (the same text in every run, whatever the hash seed).
    A pattern of the same length for words all of one length (a look-behind may hold it).
    The last word sets asked for are remembered (readers that build their pattern at each
    call ask for the same few again and again)."""
    return _alternation_of(frozenset(words))


@lru_cache(maxsize=1024)
def _alternation_of(unique: frozenset[str]) -> str:
    try:
        tree = _word_tree(unique)
    except RecursionError:  # a word of thousands of characters: the plain list
        tree = None
    if tree is not None:
        return tree
    # longest first, then alphabetically: one text whatever order the set comes in
    return "|".join(re.escape(w) for w in longest_first(unique))


def longest_first(items) -> list:
    """items (words, or tuples of words) in a list, longest first and, among items of one
    length, in sorted order: one order whatever order they come in (a set's, whatever the
    hash seed), the order an alternation of them must try them in."""
    return sorted(items, key=lambda w: (-len(w), w))


def spaced_alternation(words) -> str:
    """A regular-expression alternation of words (any iterable of str) taken literally, each
    once, longest first and, among words of one length, in alphabetical order (the same
    pattern in every run, whatever the hash seed), a space in a word matching any run of white
    space ("vào ngày" also over a line break); "" for no words."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in longest_first(set(words)))


def ordered_alternation(parts) -> str:
    """A regular-expression alternation of parts tried in the order given, each part
    (literal, text): a word taken literally (True) or a regular expression (False). Words in
    a row that come longest first are written as one tree (alternation), which tries them in
    that order: ["a b", "a", <a pattern>] -> "a(?:\\ b)?|<the pattern>". "" for no parts."""
    written: list[str] = []
    run: list[str] = []
    for literal, text in parts:
        if literal and (not run or len(text) <= len(run[-1])):
            run.append(text)
            continue
        if run:
            written.append(alternation(run))
            run = []
        if literal:
            run.append(text)
        else:
            written.append(text)
    if run:
        written.append(alternation(run))
    return "|".join(written)


@lru_cache(maxsize=4096)
def _case_keys(char: str) -> frozenset[str]:
    """The forms under which Python's re, ignoring case, may take char for another character."""
    keys = {char, char.lower(), char.upper(), char.casefold(), char.upper().lower(), char.lower()[:1],
            char.upper()[:1].lower()}
    try:
        from re._casefix import _EXTRA_CASES  # the characters re adds to lower/upper case pairs
        keys |= {chr(c) for c in _EXTRA_CASES.get(ord(char.lower()[:1] or char), ())}
    except ImportError:
        pass
    return frozenset(keys)


def _word_tree(words: set[str]) -> str | None:
    """alternation's tree of the words, or None where two branches differ only by case."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = None

    def written(node: dict) -> str | None:
        ends = "" in node
        branches = sorted(c for c in node if c)
        seen: dict[str, str] = {}
        for char in branches:
            for key in _case_keys(char):
                if seen.setdefault(key, char) != char:
                    return None
        parts = []
        for char in branches:
            rest = written(node[char])
            if rest is None:
                return None
            parts.append(re.escape(char) + rest)
        if not parts:
            return ""
        if len(parts) == 1 and not ends:
            return parts[0]
        group = "(?:" + "|".join(parts) + ")"
        return group + "?" if ends else group

    return written(root)


def any_language_alternation(table: dict, section: str, folded: bool = False) -> str:
    """An alternation of the words one list of a word table holds for every
    language (table[section]: {language: [words]}, as the reference's vocabulary and date
    words keep them), with their folded forms when `folded` (for text compared folded: "kể từ"
    and "ke tu"); for words looked for whatever the article's language."""
    words = {w for listed in (table.get(section) or {}).values() for w in listed or ()}
    return alternation(words | ({fold(w) for w in words} if folded else set()))


_LONG_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019]{3,}")


def title_case_line(sentence: str, least: int = 4) -> bool:
    """Whether a sentence is printed in Title Case as headlines are: `least` words of four
    letters or more at least (four by default: fewer may be a name alone), nine in ten of them
    capitalised, and no full stop closing it ("Mayor Sparks Major Safety Concerns As He Closes
    Old Bridge -"). Short function words ("of", "in", "to") are not counted, headlines leave
    them in lowercase."""
    if sentence.rstrip().endswith("."):
        return False
    words = _LONG_WORD_RE.findall(sentence)
    return len(words) >= least and sum(w[0].isupper() for w in words) >= 0.9 * len(words)


def holds_listed_word(words: list[str], listed: frozenset[str] | set[str], any_word: bool = False,
                      any_pair: bool = False) -> bool:
    """Whether folded words hold a word or a two-word phrase of a word list ("the example
    times" holds "times"): its last word, or any word with any_word; its last two words
    together, or any two words in a row with any_pair."""
    singles = words if any_word else words[-1:]
    pairs = zip(words, words[1:]) if any_pair else [words[-2:]]
    return any(w in listed for w in singles) or any(" ".join(pair) in listed for pair in pairs)


def fold_pattern(pattern: str) -> str:
    """A regular expression whose words are folded like the text it will meet; its escapes
    (\\W, \\b, \\() and other syntax stay as written."""
    return re.sub(r"\\.|[^\W\d_]+", lambda m: m.group() if m.group().startswith("\\") else fold(m.group()), pattern)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    folded = fold(char)
    return folded if len(folded) == 1 else (folded[:1] or " ")


_SAME_LENGTH_TABLE = _CharTable(_fold_char)  # fold_same_length's table: one character for each


def fold_same_length(text: str) -> str:
    """Folded text of exactly the same length, so match offsets are offsets in the original."""
    if text.isascii():  # each ASCII character folds to itself lowercased ("`" to "'")
        return text.replace("`", "'").lower()
    if len(text) <= 4096:  # a sentence or paragraph, folded by several extractors in turn: remembered
        return _fold_same_length_kept(text)
    return text.translate(_SAME_LENGTH_TABLE)


@lru_cache(maxsize=4096)
def _fold_same_length_kept(text: str) -> str:
    return text.translate(_SAME_LENGTH_TABLE)


_SPACES = re.compile(r"\s+")
_DOTTED_ACRONYM = re.compile(r"(?:[a-z]\.){2,}")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def normalize_space(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


# Anything with .start and .end offsets in a text (a date's or a name's mention).
_Spanned = TypeVar("_Spanned")


def longest_apart(mentions: Iterable[_Spanned]) -> list[_Spanned]:
    """Of mentions of a text (anything with .start and .end offsets), those kept where spans
    overlap: the one opening first, and of those opening at one offset the longest (the first
    given of equal spans); in text order, a new list."""
    kept: list[_Spanned] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def whole_word_starts(text: str, word: str, joiners: str = "") -> list[int]:
    """Where word is printed in text as a whole word (no word character, \\w, nor one of
    joiners, right before or after it), left to right without overlap: the starts of
    re.finditer(rf"(?<![\\w{joiners}]){re.escape(word)}(?![\\w{joiners}])", text), found with
    str.find. No pattern is compiled per word: the names of a corpus overflow the re module's
    cache of 512 patterns, which then compiled them again for every sentence."""
    return list(_whole_word_starts(text, word, joiners))


def has_whole_word(text: str, word: str, joiners: str = "") -> bool:
    """Whether word is printed in text as a whole word (whole_word_starts)."""
    return next(_whole_word_starts(text, word, joiners), None) is not None


def _whole_word_starts(text: str, word: str, joiners: str):
    """whole_word_starts, one start at a time."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if ((at == 0 or not _joins(text[at - 1], joiners))
                and (end == len(text) or not _joins(text[end], joiners))):
            yield at
            at = text.find(word, end if word else end + 1)
        else:
            at = text.find(word, at + 1)


def _joins(char: str, joiners: str) -> bool:
    """Whether char continues a word: a word character (re's \\w: a letter or digit of any
    script, or "_") or one of joiners."""
    return char.isalnum() or char == "_" or char in joiners


class Token(NamedTuple):
    """A word token of a text (TOKEN_RE): its text, its start and end offsets in the text, and
    its folded form and whether it opens with a capital. A named tuple, not a dataclass:
    sentences are tokenized by the hundred thousand, and a tuple is made several times faster
    than a frozen dataclass. Made by word_token."""

    text: str
    start: int
    end: int
    folded: str  # fold_token(text), computed once: every lookup compares it
    # text[:1].isupper(), computed once: the rules ask it of a token a few times over
    is_capitalized: bool

    @property
    def is_acronym(self) -> bool:
        letters = list(filter(str.isalpha, self.text))
        return len(letters) >= 2 and all(map(str.isupper, letters))


@lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    """Folded token without a possessive ending ("Ministry's" -> "ministry")."""
    folded = fold(token)
    if folded.endswith("'s"):
        folded = folded[:-2]
    # "U.N." and "UN" are one word; a full stop ending a token is punctuation.
    return folded.replace(".", "") if _DOTTED_ACRONYM.fullmatch(folded) else folded.rstrip(".")


def tokenize(text: str) -> list[Token]:
    """The word tokens of text (TOKEN_RE), with their offsets and folded forms; a new list each
    call (the tokens, frozen, are shared between calls on the same text)."""
    return list(_tokens(text))


def tokenize_once(text: str) -> list[Token]:
    """tokenize's tokens of a text read once, as when a table is built from the reference's
    names (thousands of missions' and bodies' names): the same tokens, a new list, not kept
    in tokenize's cache, where they would stay for the process's life (a cold run meets fewer
    texts than the cache holds) as named tuples, which the garbage collector never stops
    tracking and walks at each full collection. One tokenizer: _tokens's own function, its
    cache passed by."""
    return list(_tokens.__wrapped__(text))


def word_token(text: str, start: int, end: int) -> Token:
    """The Token of a word printed at start:end of a text, its folded form and capital worked out."""
    return Token(text, start, end, fold_token(text), text[:1].isupper())


@lru_cache(maxsize=16384)
def _tokens(text: str) -> tuple[Token, ...]:
    """The word tokens of text, the last texts' kept (tokenize reads them; tokenize_once calls
    this function past its cache)."""
    return tuple(word_token(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text))


@lru_cache(maxsize=1)
def sentence_abbreviations() -> frozenset[str]:
    """The folded words after which a full stop does not end a sentence ("gen", "mme",
    "u.n", "sra": vocabulary "sentence_abbreviations", {group: [word]}), read once per
    process. Returns a frozenset of folded words without their stop."""
    from .reference import reference  # reference reads text's helpers: imported when first asked

    groups = reference().vocabulary.get("sentence_abbreviations") or {}
    return frozenset(fold(str(word)) for words in groups.values() for word in words)


def abbreviation_stop(before: str, after: str | None = None) -> bool:
    """Whether a full stop right after `before` (the text up to the stop) closes an
    abbreviation, not a sentence: its last word, folded, is a listed one (vocabulary
    "sentence_abbreviations": "U.S", "TP", "Gen", "M"), initials ("J", "u.n", "J.-P", "J-P", or
    "-P" after "J." as in "J. -P."), or a Spanish
    plural's doubled letter ("EE. UU.", "FF. AA."). A doubled letter is one of a pair: the word
    before it another with its stop ("EE." before "UU"), or `after` (the text after the stop)
    opening on another ("EE" before ". UU."); a Roman numeral or a century alone ends its
    sentence ("after World War II. The ...", "a finales del siglo XX. Los ..."). With no
    `after` (None: not known) a doubled letter is taken alone. Read by split_sentences and by
    the page head's test of a paragraph that lost its last stop (segment._unstopped_paragraph)."""
    words = before.rsplit(None, 2)[-2:]  # the last two words: the paragraph before them is never read
    core = fold(words[-1]).strip("\"'([") if words else ""
    if core in sentence_abbreviations() or _INITIALS.fullmatch(core) is not None:
        return True
    if core[:1] == "-" and _INITIALS.fullmatch(core[1:]) and len(words) > 1 and _INITIAL_STOP.fullmatch(words[-2]):
        return True  # a hyphenated given name's initials printed with a space, "J. -P."
    if _DOUBLED_LETTER.fullmatch(core) is None:
        return False
    if after is None:
        return True
    return (len(words) > 1 and _DOUBLED_LETTER_STOP.fullmatch(fold(words[-2]).strip("\"'([")) is not None
            or _DOUBLED_LETTER_NEXT.match(fold(after[:ABBREVIATION_AFTER])) is not None)


# How much of the text after a stop abbreviation_stop reads (a doubled letter's twin, " UU.")
ABBREVIATION_AFTER = 12


# Initials ("j", "u.n", a hyphenated given name's "j.-p" or "j-p"), folded, no last stop; a
# Spanish plural's doubled letter ("ee", "uu"), alone, with its stop, and opening the text after
# a stop
_INITIALS = re.compile(r"(?:[a-z](?:\.-?|-))*[a-z]")
# An initial with its stop, as printed ("J."), before the hyphen of "J. -P."
_INITIAL_STOP = re.compile(r"[A-Z]\.")
_DOUBLED_LETTER = re.compile(r"([a-z])\1")
_DOUBLED_LETTER_STOP = re.compile(r"([a-z])\1\.")
_DOUBLED_LETTER_NEXT = re.compile(r"\s+([a-z])\1\.")


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations (U.N., Nov., Lt., EE. UU.:
    abbreviation_stop) whole, and
    cutting where a full stop is glued to the next sentence with no space ("hurt.The army
    said": _unglued). Returns the sentences as printed, stripped, none empty."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        if match.group(1) == "." and abbreviation_stop(paragraph[start:match.start()], paragraph[match.end(1):match.end(1) + ABBREVIATION_AFTER]):
            continue
        end = match.end(1)
        sentences.append(paragraph[start:end].strip())
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return [part for s in sentences if s for part in _unglued(s)]


# A full stop glued to the next sentence, the space lost where a page's paragraphs or lines
# were run together ("causing no casualties.The Israeli military said"): a lowercase word of
# two letters or more, the mark, an opening quotation mark or none, then a capitalised word
# or an acronym.
_GLUED_END = re.compile(r"(?<=[^\W\d_]{2})[.!?](?=[\"\u201c\u00ab]?[^\W\d_][^\W\d_])")


def _unglued(sentence: str) -> list[str]:
    """A sentence of split_sentences cut where a full stop is glued to the next sentence, no
    space between ("fire.The", "nearby.\"Attacks"). The word before the mark is lowercase and
    nothing but letters back to the space before it, not an abbreviation; the word after it
    opens on a capital, a letter after it ("The", "UNIFIL"), and holds no "@", "/" or inner
    stop (never a domain, an e-mail or a path). A straight quotation mark after the stop opens
    the next sentence when the marks before it are paired, else it closes the first.
    Returns the parts as printed, in order: [sentence] when nothing is glued."""
    if "." not in sentence and "!" not in sentence and "?" not in sentence:
        return [sentence]
    parts, start = [], 0
    for match in _GLUED_END.finditer(sentence):
        at = match.start()
        word = sentence[:at].rsplit(None, 1)[-1] if sentence[:at].split() else ""
        after = sentence[at + 1:]
        quote = after[:1] if after[:1] in "\"\u201c\u00ab" else ""
        head = after[len(quote):]
        if not (word.isalpha() and word[-2:].islower() and head[:1].isupper() and head[1:2].isalpha()):
            continue
        following = head.split(None, 1)[0] if head.split() else ""
        if fold(word) in sentence_abbreviations() or re.search(r"[@/]|\.\w", following):
            continue  # "Gen.Smith"; "jane.Doe@example.org", "www.Example.com"
        end = at + 1 + (1 if quote == '"' and sentence[:at].count('"') % 2 else 0)  # 'left."The': the mark closes
        parts.append(sentence[start:end])
        start = end
    parts.append(sentence[start:])
    return [p.strip() for p in parts if p.strip()]


def shorten(text: str, limit: int) -> str:
    """text when it has at most `limit` characters; else its words up to the limit and an
    ellipsis, never a word cut: shorten("Lacroix hailed the force", 16) -> "Lacroix hailed…".
    A first word longer than the limit is kept whole."""
    ends = [m.end() for m in re.finditer(r"\S+", text)]
    if len(text) <= limit or not ends:
        return text
    fitting = [end for end in ends if end <= limit]
    end = fitting[-1] if fitting else ends[0]
    return text[:end].rstrip(" ,;:") + ("\u2026" if end < len(text) else "")


def strip_possessive(name: str) -> str:
    """ "Vietnam's" -> "Vietnam": a possessive ending is not part of a name."""
    if not name.endswith(("s", "s\n")):  # nothing _POSSESSIVE can match ("$" also before a last newline)
        return name
    return _POSSESSIVE.sub("", name)


_POSSESSIVE = re.compile(r"['\u2019]s$")


def unique_id(base: str, taken) -> str:
    """base, or base-2, base-3, ...: the first that is not taken (ids are never reused)."""
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def follow_same_as(entries: dict, entry_id: str) -> str:
    """The id an entry was merged into (same_as, followed to the end; a loop stops where it loops)."""
    seen = set()
    while entry_id in entries and entries[entry_id].get("same_as") and entry_id not in seen:
        seen.add(entry_id)
        entry_id = entries[entry_id]["same_as"]
    return entry_id


def survivors(entries: dict) -> dict[str, str]:
    """{merged id: surviving id} of a registry's entries (entries: id -> entry mapping): each
    entry with a same_as, under the id its chain leads to at the end (follow_same_as; "a -> b
    -> c" gives a and b to c). An entry whose chain loops or ends on no entry has no survivor
    (check reports it). One piece of code for actors, missions and events."""
    found = {}
    for entry_id, entry in entries.items():
        if entry.get("same_as"):
            survivor = follow_same_as(entries, entry_id)
            if survivor in entries and not entries[survivor].get("same_as"):
                found[entry_id] = survivor
    return found


def slugify(text: str, max_length: int = 80) -> str:
    """A URL-safe id: ASCII letters, digits and hyphens only, never empty, at most max_length
    characters. A longer one is cut after its last whole word that fits ("...-to-the-municipal"
    gives "...-to-the", not "...-to-the-munic"), unless that keeps less than half of it (one
    very long word is cut where it must)."""
    slug = _NOT_SLUG.sub("-", fold(text)).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length + 1]
        whole = cut.rfind("-")
        slug = slug[:whole] if whole >= max_length // 2 else slug[:max_length]
        slug = slug.rstrip("-")
    return slug or "untitled"


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """A count and its English noun, `plural` (the noun and "s" when not given) unless the count
    is one, thousands separated: counted(1, "article") -> "1 article", counted(10000, "quote") ->
    "10,000 quotes", counted(2, "person", "people") -> "2 people". The site's labels and the
    command's messages are English."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_NAME_SEPARATORS = re.compile(r"[\s\-\u2010\u2011.]+")


def name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name, whatever its hyphens, dots and accents:
    "Kim Min-ho" -> ("kim", "min", "ho"), "Nguyễn Văn Đức" -> ("nguyen", "van", "duc")."""
    return tuple(w for w in _NAME_SEPARATORS.split(fold(name)) if w)


# Characters a web address keeps as they are; any other (a space, a quote, an accent) is
# percent-encoded (RFC 3986, sections 2.2 and 2.3).
_URL_SAFE = "/:?#[]@!$&'()*+,;=~%-._"


def web_address(value) -> str | None:
    """The value as an absolute http(s) address with a dotted host, stripped and with unsafe
    characters percent-encoded ("peace talks.html" -> "peace%20talks.html"), or None when it
    is not one (a relative path, javascript:, mailto:, a bare word). The one definition used
    both by normalize (what it writes) and by check (what it accepts). Source: RFC 3986;
    courlan.check_url's scheme and host rules."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    host = parts.hostname or ""
    if parts.scheme.lower() not in ("http", "https") or "." not in host or any(map(str.isspace, host)):
        return None
    return quote(value, safe=_URL_SAFE)


def one_edit_apart(a: str, b: str, swaps: bool = True) -> bool:
    """Whether two different words (str, compared as given: fold them first to ignore case or
    accents) differ by one letter inserted, deleted or replaced, or two letters side by side
    swapped (Damerau 1964: most misspellings are one such edit). swaps=False: a swap is two
    edits, as Levenshtein counts them ("recieve" is then no slip of "receive"). False for
    equal words."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    return a[i + 1:] == b[i + 1:] or (swaps and i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:])
