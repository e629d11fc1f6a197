"""Site-wide views derived once from the corpus: who appears where, with which sentence, and with whom."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate

import numpy as np

from .corpus import Article, Corpus, in_use
from .datevalue import day_number, sort_key
from .evidence import Evidence
from .events import event_words, may_tell_kinds
from .reference import acronyms_written_as_words, reference
from .text import fold, fold_same_length, follow_same_as, survivors, has_whole_word, split_sentences, whole_word_starts

# An entity in more than this share of articles says nothing about how two articles relate.
HUB_SHARE = 0.5
RELATED_LIMIT = 5
BLOCK_CELLS = 1 << 20  # scores (item, other item), and pairs, held at once by _most_shared
# A role is printed beside a name when at most this many words stand between them and no
# other person is named nearer (graph.Graph.role_sources).
ROLE_GAP_WORDS = 5
_WORD = re.compile(r"\w+")


@dataclass
class Link:
    """An article linked to an entity, with the sentence that shows it.

    sentence: the whole sentence (None when none names the entity in a form the site knows);
    marks: (start, end) offsets in `sentence` of each mention; where: "text", "caption" (a
    photo caption of the article) or "title" (its headline); for an inferred mission, the
    sentence naming the host country it was inferred from, and `reason` the extractor's."""

    article: Article
    sentence: str | None
    inferred: bool = False
    reason: str | None = None
    marks: tuple[tuple[int, int], ...] = ()
    where: str = "text"

    @property
    def evidence(self) -> Evidence | None:
        return Evidence(self.sentence, self.marks, self.where) if self.sentence else None


def entity_forms(entry: dict, kind: str) -> list[str]:
    """The written forms an entity of the registries (entry: its dict; kind: its `kind`, or
    "mission") is found by in an article's text, longest first: name, acronyms, French name,
    aliases; a mission's long acronyms also as written with one capital ("Finul":
    reference.acronyms_written_as_words, as the extraction reads them); a person's surname."""
    forms = [entry.get("name"), entry.get("acronym"), entry.get("acronym_fr"), entry.get("name_fr"), *(entry.get("aliases") or [])]
    forms = [str(f) for f in forms if f]
    if kind == "mission":
        forms += acronyms_written_as_words((entry.get("acronym"), entry.get("acronym_fr")))
    if kind == "person" and entry.get("name"):
        parts = str(entry["name"]).split()
        if len(parts) > 1:
            forms.append(parts[-1])
    return sorted(set(forms), key=len, reverse=True)


def contributor_kind(corpus: Corpus, actor_id: str) -> bool:
    """Whether an actor is of the kind that contributes personnel to a mission (a country)."""
    return (corpus.actors.get(actor_id) or {}).get("kind") == "country"


def _form_key(form: str) -> str:
    """How a Matcher compares a form: acronyms as written, other names folded."""
    return form if form.isupper() or "." in form else fold(form)


def merged_into(entries: dict[str, dict]) -> dict[str, list[dict]]:
    """{surviving id: [the entries merged into it]}: each entry of a registry (entries: the
    corpus's actors or missions by id) with a same_as, under the id its same_as leads to at the
    end (text.survivors; a chain "a -> b -> c" puts a and b under c). An entry whose chain loops
    or ends on no entry is under no survivor."""
    merged: dict[str, list[dict]] = defaultdict(list)
    for entry_id, survivor in survivors(entries).items():
        merged[survivor].append(entries[entry_id])
    return merged


def article_forms(corpus: Corpus, pairs: list[tuple[str, str]], merged: dict[str, dict[str, list[dict]]] | None = None) -> dict[str, tuple[str, str]]:
    """The written forms of an article's entities -> (section, id). A form two of them share
    (two people named Haddad, an alias claimed twice) means neither for sure: it links none.
    merged ({"actors" | "missions": merged_into of that registry}): an actor's or mission's
    forms include those of the entries merged into it, the names an article printed before a
    person joined them (same_as)."""
    written = [
        (pair, [form for other in [entry, *(merged or {}).get(pair[0], {}).get(pair[1], ())]
                for form in entity_forms(other, other.get("kind", "mission"))])
        for pair in pairs
        for entry in [(corpus.actors if pair[0] == "actors" else corpus.missions)[pair[1]]]
    ]
    targets: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for pair, forms in written:
        for form in forms:
            targets[_form_key(form)].add(pair)
    chosen: dict[str, tuple[str, str]] = {}
    for pair, forms in written:
        for form in forms:
            if len(targets[_form_key(form)]) == 1:
                chosen.setdefault(form, pair)
    return chosen


def _inside_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] touches a letter, digit or hyphen on either side (Matcher's
    pattern asks (?<![\\w-]) and (?![\\w-]))."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before.isalnum() or before in "-_" or after.isalnum() or after in "-_"


class Matcher:
    """Finds the written forms of a set of entities in text (acronyms case-sensitive)."""

    def __init__(self, forms: dict[str, tuple[str, str]]):
        # forms: written form -> (section, id). No pattern is compiled: an article's few forms
        # are found by str.find (finditer), which costs neither a pattern per article (at
        # 10,000 articles, most of build_graph's time) nor a pass through a pattern of every
        # form of the corpus, whose hits grow with the corpus's names.
        self.exact = {f: v for f, v in forms.items() if f.isupper() or "." in f}
        self.folded = {fold(f): v for f, v in forms.items() if f not in self.exact}
        # the forms as compared, longest first: the first found at a place is the longest there
        self.alternatives = tuple(sorted({fold(f) for f in forms}, key=len, reverse=True))
        # a form folded to nothing would be found between any two characters: left to re
        self.pattern = None if all(self.alternatives) else re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in self.alternatives) + r")(?![\w-])")
        self.forms = forms
        self._alone: dict[tuple[str, str], tuple[tuple[str, bool], ...]] = {}

    def written(self, target: tuple[str, str]) -> tuple[tuple[str, bool], ...]:
        """An entity's forms as they are compared: (form, True) for one compared as written
        (an acronym), (folded form, False) for one compared folded (text.fold_same_length)."""
        written = self._alone.get(target)
        if written is None:
            written = self._alone[target] = tuple(
                (form, True) if form in self.exact else (fold(form), False) for form, t in self.forms.items() if t == target)
        return written

    def may_name(self, text: str, folded: str, target: tuple[str, str]) -> bool:
        """False when neither finditer nor spans_of can find the entity in text (none of its
        forms is in it, even inside a word); folded: fold_same_length(text)."""
        return any(form in (text if exact else folded) for form, exact in self.written(target) if form)

    def spans_of(self, text: str, target: tuple[str, str]) -> list[tuple[int, int]]:
        """Where one entity is named in text, even inside the longer name of another (the
        "UN Peacekeeping" of "UN Peacekeeping Missions" hides "Peacekeeping Missions" from
        finditer, which takes the longest name first). Compared as finditer compares."""
        written = self.written(target)
        folded = None
        spans: set[tuple[int, int]] = set()
        for form, exact in written:
            if not form:
                continue
            if not exact and folded is None:
                folded = fold_same_length(text)
            haystack = text if exact else folded
            start = haystack.find(form)
            while start >= 0:
                end = start + len(form)
                if not _inside_word(haystack, start, end):
                    spans.add((start, end))
                start = haystack.find(form, start + 1)
        return sorted(spans)

    def finditer(self, text: str):
        """(start, end, (section, id)) of each form named in text, left to right, the longest
        form where several start at one place, each between characters that are not letters,
        digits, "_" or "-" (acronyms compared as written, other forms folded). A place taken
        by a form that names nothing as written (an acronym's letters in small print) is
        passed over whole. What re's finditer gives for the alternation of the folded forms,
        longest first, between (?<![\\w-]) and (?![\\w-]) (a word character: str.isalnum, or "_")."""
        folded = fold_same_length(text)
        if self.pattern is not None:
            for match in self.pattern.finditer(folded):
                target = self.exact.get(text[match.start():match.end()]) or self.folded.get(match.group())
                if target:
                    yield match.start(), match.end(), target
            return
        length = len(folded)
        longest: dict[int, int] = {}  # start -> end of the longest form found there between non-word characters
        for alternative in self.alternatives:
            if alternative not in folded:
                continue
            size = len(alternative)
            at = folded.find(alternative)
            while at >= 0:
                if at not in longest:
                    end = at + size
                    before = folded[at - 1] if at else " "
                    after = folded[end] if end < length else " "
                    if not (before.isalnum() or before in "_-" or after.isalnum() or after in "_-"):
                        longest[at] = end
                at = folded.find(alternative, at + 1)
        cursor = 0
        for start in sorted(longest):
            if start < cursor:
                continue
            end = longest[start]
            target = self.exact.get(text[start:end]) or self.folded.get(folded[start:end])
            if target:
                yield start, end, target
            cursor = end


@dataclass(frozen=True)
class Source:
    """An article and the sentence of it that shows a fact (a role, a contribution)."""

    article: Article
    evidence: Evidence


@dataclass
class Contribution:
    """A country contributing to a mission as the corpus shows it: the sentences naming both
    in a deployment or rotation (sources), and the events of those kinds naming both."""

    actor_id: str
    sources: list[Source] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)


@lru_cache(maxsize=4096)
def _role_words(role: str) -> str:
    """A role as it is compared: folded, without the spaces around it."""
    return fold(role).strip()


def _word_places(text: str, word: str, hyphen: bool = True):
    r"""(start, end) of each place `word` is written in `text` with no word character (nor,
    with `hyphen`, "-") touching it, left to right, each found after the end of the last: the
    spans re's finditer gives for (?<![\w-])word(?![\w-]) (or (?<!\w)word(?!\w)), found by
    str.find (text.whole_word_starts), so that no pattern is compiled for each of the thousands
    of words a corpus's roles hold."""
    size = len(word)
    return ((at, at + size) for at in whole_word_starts(text, word, "-" if hyphen else ""))


def word_spans(text: str, word: str, hyphen: bool = True) -> list[tuple[int, int]]:
    """Every place _word_places finds `word` in `text`, left to right: [(start, end), ...]."""
    return list(_word_places(text, word, hyphen))


def _has_word(text: str, word: str, hyphen: bool = True) -> bool:
    """Whether _word_places finds `word` in `text` at least once."""
    return has_whole_word(text, word, "-" if hyphen else "")


def _clause_of(sentence: str):
    """A function giving the number of the clause (parts of the sentence between semicolons)
    an offset falls in."""
    ends = [m.start() for m in re.finditer(";", sentence)]
    return lambda at: sum(1 for end in ends if end < at)


def _words_between(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text[start:end])) if end > start else 0


def role_beside(sentence: str, role: str, person_spans: list[tuple[int, int, str]], actor_id: str, *,
                folded: str | None = None, words: str | None = None) -> list[tuple[int, int]]:
    """Where a role is printed beside one person's name in a sentence: marks (role, name) for
    each occurrence of the role whose nearest named person (fewest words between, the name
    after the role first on a tie) is actor_id, at most ROLE_GAP_WORDS words away.
    person_spans: (start, end, actor id) of every person named in the sentence. folded and
    words, when the caller has them: fold_same_length(sentence) and _role_words(role)."""
    marks: list[tuple[int, int]] = []
    folded = fold_same_length(sentence) if folded is None else folded
    for role_start, role_end in _word_places(folded, _role_words(role) if words is None else words):
        nearest = []
        for start, end, who in person_spans:
            if start >= role_end:
                nearest.append((_words_between(sentence, role_end, start), 0, start, end, who))
            elif end <= role_start:
                nearest.append((_words_between(sentence, end, role_start), 1, start, end, who))
        if not nearest:
            continue
        gap, _after, start, end, who = min(nearest)
        if who == actor_id and gap <= ROLE_GAP_WORDS:
            marks += [(role_start, role_end), (start, end)]
    return marks


def _sentences_with(sentences: tuple[tuple[str, str], ...], whole: str, written: tuple[tuple[str, bool], ...]) -> list[int]:
    """The positions, in order, of the sentences (as article_sentences gives them) in which one
    of the written forms (Matcher.written: compared as written, or folded) is found, even
    inside a word; whole: the folded sentences joined with "\n" (a form found running over
    two sentences gives the first). A superset of the sentences Matcher.finditer or spans_of
    find the entity in."""
    starts = list(accumulate((len(sentence) + 1 for _where, sentence in sentences), initial=0))
    raw = None
    found: set[int] = set()
    for form, exact in written:
        if not form:
            continue
        if exact and raw is None:
            raw = "\n".join(sentence for _where, sentence in sentences)
        text = raw if exact else whole
        at = text.find(form)
        while at >= 0:
            found.add(bisect_right(starts, at) - 1)
            at = text.find(form, at + 1)
    return sorted(found)




@dataclass
class Graph:
    corpus: Corpus
    actor_links: dict[str, list[Link]] = field(default_factory=lambda: defaultdict(list))
    mission_links: dict[str, list[Link]] = field(default_factory=lambda: defaultdict(list))
    actor_events: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    mission_events: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    article_events: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    matchers: dict[str, Matcher] = field(default_factory=dict)
    # article id -> {(section, id): Link}: how each entity it names (or implies) is shown
    mentions: dict[str, dict[tuple[str, str], Link]] = field(default_factory=dict)
    # article id -> [(section, entity id, Link)]: the links build_graph made for it, in order (reused by the next build under serve)
    made: dict[str, list[tuple[str, str, Link]]] = field(default_factory=dict)
    # article id -> article_entities of it (made on first asking; build_graph carries over those of
    # the articles a save under serve left as they were, whose registries are the last build's)
    entities: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def host_evidence(self, article: Article, mission_id: str) -> Evidence | None:
        """For a mission inferred in an article (not named): the sentence naming a country
        that hosts it, the country marked, from the links already made for the article."""
        codes = set(self.corpus.missions.get(mission_id, {}).get("countries") or [])
        for (section, entry_id), link in self.mentions.get(article.id, {}).items():
            entry = self.corpus.actors.get(entry_id) if section == "actors" else None
            if entry and entry.get("kind") == "country" and entry.get("country") in codes and link.sentence:
                return link.evidence
        return None

    def surviving(self, actor_id: str) -> str:
        return follow_same_as(self.corpus.actors, actor_id)

    def sentences(self, article: Article) -> tuple[tuple[str, str], ...]:
        """The article's sentences as (where, sentence): see article_sentences."""
        return article_sentences(article.body, tuple(map(str, article.meta.get("captions") or ())), str(article.meta.get("title") or ""))

    def event_evidence(self, event: dict, article_id: str) -> Evidence | None:
        """The sentence an article reports an event in (event `sentences`), its participants
        (actors and missions) marked where the article's matcher finds them; None if none."""
        sentence = (event.get("sentences") or {}).get(article_id)
        if not sentence:
            return None
        matcher = self.matchers.get(article_id)
        wanted = {("actors", a) for a in self.actor_ids(event.get("actors"))} | {("missions", m) for m in event.get("missions") or []}
        marks = tuple((s, e) for s, e, target in (matcher.finditer(str(sentence)) if matcher else ()) if target in wanted)
        return Evidence(str(sentence), marks)

    def role_sources(self, actor: dict) -> list[tuple[str, list[Source]]]:
        """Each role of an actor (actors.yaml `roles`, strings) with the articles that print it
        beside the actor's name (role_beside), oldest first; a role no sentence shows has []."""
        roles = [str(r) for r in actor.get("roles") or [] if r]
        links = self.actor_links.get(actor["id"], [])
        found: dict[str, list[Source]] = {role: [] for role in roles}
        if not roles:
            return []
        patterns = [(role, _role_words(role)) for role in roles]
        # An actor named in many articles collects many roles, so trying every role on every
        # sentence of every article grew with links x roles. A role is tried on an article's
        # sentences only when the article has its first word as a word, and its folded words
        # as a substring: the pattern matches the folded role between non-word characters, so
        # the word of the text where a match starts is the role's first word (a role that does
        # not start with a word character is always tried).
        by_first_word: dict[str, list[int]] = defaultdict(list)
        always: list[int] = []
        for n, (_role, words) in enumerate(patterns):
            first = _WORD.match(words)
            (by_first_word[first.group()] if first else always).append(n)
        for link in links:
            matcher = self.matchers.get(link.article.id)
            if matcher is None:
                continue
            sentences = self.sentences(link.article)
            folded = folded_sentences(sentences)
            whole = "\n".join(folded)  # not cached: at 10,000 articles a copy of every text
            # A role is marked only beside the actor's name: only the sentences that may name
            # it (one of its forms is written in them) are read, and the roles looked for in them.
            naming = _sentences_with(sentences, whole, matcher.written(("actors", actor["id"])))
            if not naming:
                continue
            near = "\n".join(folded[n] for n in naming)
            # a first word where the text's run of word characters is that word, no longer: one
            # of the text's runs of word characters (_has_word(near, w, hyphen=False) for each
            # first word, asked the other way round: a text has fewer words than a much-named
            # person has roles)
            present = [w for w in dict.fromkeys(_WORD.findall(near)) if w in by_first_word]
            persons_of: dict[int, list[tuple[int, int, str]]] = {}  # the people named in a sentence
            for role, words in (patterns[n] for n in sorted(always + [n for w in present for n in by_first_word[w]])):
                if words not in near:
                    continue
                for n in naming:
                    if not _has_word(folded[n], words):
                        continue
                    where, sentence = sentences[n]
                    persons = persons_of.get(n)
                    if persons is None:
                        persons = persons_of[n] = [(s, e, t[1]) for s, e, t in matcher.finditer(sentence)
                                                   if t[0] == "actors" and self.corpus.actors.get(t[1], {}).get("kind") == "person"]
                        persons += [(s, e, actor["id"]) for s, e in matcher.spans_of(sentence, ("actors", actor["id"]))]
                    marks = role_beside(sentence, role, persons, actor["id"], folded=folded[n], words=words)
                    if marks:
                        found[role].append(Source(link.article, Evidence(sentence, tuple(marks), where)))
                        break
        return list(found.items())

    def contributors(self, mission: dict) -> list[Contribution]:
        """The countries the corpus shows contributing to a mission, most shown first: country
        actors named with the mission in a clause (between semicolons) of a sentence that
        tells a deployment or a rotation there (vocabulary contribution_event_kinds, in the
        article's language), or taking part in
        an event of those kinds of the mission. Host countries (missions.yaml `countries`)
        are left out."""
        kinds = set(reference().vocabulary.get("contribution_event_kinds") or ())
        hosts = set(mission.get("countries") or [])
        target = ("missions", mission["id"])
        found: dict[str, Contribution] = {}
        told: set[tuple[str, int]] = set()  # (country, id of the article) of each source found: one per article

        def may_contribute(actor_id: str) -> bool:
            entry = self.corpus.actors.get(actor_id) or {}
            return entry.get("kind") == "country" and entry.get("country") not in hosts and self.visible("actors", actor_id)

        for link in self.mission_links.get(mission["id"], []):
            matcher = self.matchers.get(link.article.id)
            if link.inferred or matcher is None:
                continue
            # Only a country the article's matcher knows can be found in its sentences
            # (finditer): an article naming none that may contribute (most name only the
            # host country) tells no contribution, and a sentence naming none of them neither.
            candidates = [target for target in dict.fromkeys(matcher.forms.values()) if target[0] == "actors" and may_contribute(target[1])]
            if not candidates:
                continue
            language = str(link.article.meta.get("language") or "und")
            sentences = self.sentences(link.article)
            # Only the sentences in which the mission and a country that may contribute can be
            # named (Matcher.may_name) are read: those in which one of the forms of each is
            # written (_sentences_with: the same sentences, found by one str.find a form over
            # the whole text rather than by a test of every form in every sentence).
            whole = "\n".join(folded_sentences(sentences))
            naming = _sentences_with(sentences, whole, matcher.written(target))
            if not naming:
                continue  # no mission named: no contribution told
            with_country = {n for country in candidates for n in _sentences_with(sentences, whole, matcher.written(country))}
            for where, sentence in (sentences[n] for n in naming if n in with_country):
                named = list(matcher.finditer(sentence))
                mission_marks = [(s, e) for s, e, t in named if t == target] or matcher.spans_of(sentence, target)
                countries = [(s, e, t[1]) for s, e, t in named if t[0] == "actors" and contributor_kind(self.corpus, t[1])]
                if not mission_marks or not countries:
                    continue
                clause = _clause_of(sentence)
                in_mission = {clause(s) for s, _e in mission_marks}
                # a country still to be found in this article, named in a clause with the mission
                if not any(clause(s) in in_mission for s, _e, a in countries if (a, id(link.article)) not in told and may_contribute(a)):
                    continue
                if not may_tell_kinds(sentence, language, kinds):
                    continue  # no word of those kinds can be found in it
                words = [(w.start, w.end) for w in event_words(sentence, language) if w.kind in kinds]
                if not words:
                    continue
                for actor_id in dict.fromkeys(a for _s, _e, a in countries):
                    if not may_contribute(actor_id) or (actor_id, id(link.article)) in told:
                        continue
                    own = [(s, e) for s, e, a in countries if a == actor_id]
                    # the country, the mission and the deployment word in one clause
                    if not {clause(s) for s, _e in own} & {clause(s) for s, _e in mission_marks} & {clause(s) for s, _e in words}:
                        continue
                    found.setdefault(actor_id, Contribution(actor_id)).sources.append(Source(link.article, Evidence(sentence, tuple(mission_marks) + tuple(own), where)))
                    told.add((actor_id, id(link.article)))
        for event in self.mission_events.get(mission["id"], []):
            if event.get("kind") in kinds:
                for actor_id in self.actor_ids(event.get("actors")):
                    if may_contribute(actor_id):
                        found.setdefault(actor_id, Contribution(actor_id)).events.append(event)
        name = lambda c: str(self.corpus.actors[c.actor_id].get("name"))
        return sorted(found.values(), key=lambda c: (-(len(c.sources) + len(c.events)), name(c), c.actor_id))

    def country_actor(self, code: str) -> dict | None:
        """The country actor of an ISO 3166 code that has a page, or None."""
        return self._country_actors.get(code)

    @cached_property
    def _country_actors(self) -> dict[str, dict]:
        found: dict[str, dict] = {}
        for entry in self.corpus.actors.values():
            if entry.get("kind") == "country" and entry.get("country") and entry["id"] in self.actors_with_pages:  # in use, and named
                found.setdefault(str(entry["country"]), entry)
        return found

    @cached_property
    def dated_articles(self) -> list[Article]:
        """Articles whose date has a known year, oldest first."""
        return [a for a in self.articles_by_date if sort_key(str(a.meta.get("date") or ""))[0] == 0]

    @cached_property
    def undated_articles(self) -> list[Article]:
        """Articles with no date, or a date whose year is unknown, in the order of their ids."""
        dated = {a.id for a in self.dated_articles}
        return sorted((a for a in self.articles_by_date if a.id not in dated), key=lambda a: a.id)

    def visible(self, section: str, entry_id: str) -> bool:
        table = self.corpus.actors if section == "actors" else self.corpus.missions
        entry = table.get(entry_id)
        return bool(entry) and in_use(entry)

    @cached_property
    def actors_with_pages(self) -> frozenset[str]:
        """The ids of the actors that have a page: in use (visible) and named somewhere, by an
        article's list (merges followed: actor_links), an event's participants (actor_events) or
        an article's quote (its speaker). An actor a person took out of every article (or one
        no article listed) keeps its entry in data/actors.yaml, but no page: the page would say
        only that nothing names it. Read once build_graph is done."""
        quoted = {self.surviving(str(q.get("speaker"))) for a in self.corpus.articles.values()
                  for q in a.meta.get("quotes") or () if isinstance(q, dict) and q.get("speaker")}
        named = {a for a, links in self.actor_links.items() if links} | {a for a, events in self.actor_events.items() if events} | quoted
        return frozenset(a for a in named if self.visible("actors", a))

    def actor_ids(self, ids) -> list[str]:
        """Surviving, visible actor ids of a list (merges followed, rejected dropped)."""
        return [a for a in dict.fromkeys(self.surviving(i) for i in ids or []) if self.visible("actors", a)]

    def article_entities(self, article: Article) -> list[tuple[str, str]]:
        """The (section, id) of each actor (merges followed) and mission an article names that has
        a page, once each, in the order of its front matter. The list is shared between callers:
        read it, never change it."""
        found = self.entities.get(article.id)
        if found is None or self.corpus.articles.get(article.id) is not article:
            ids = [("actors", self.surviving(a)) for a in article.meta["actors"]]
            ids += [("missions", m) for m in article.meta["missions"]]
            found = [pair for pair in dict.fromkeys(ids) if self.visible(*pair)]
            if self.corpus.articles.get(article.id) is article:
                self.entities[article.id] = found
        return found

    @cached_property
    def articles_by_date(self) -> list[Article]:
        return sorted(self.corpus.articles.values(), key=lambda a: (sort_key(str(a.meta.get("date") or "")), a.id))

    @cached_property
    def events_by_date(self) -> list[dict]:
        return sorted((e for e in self.corpus.events.values() if in_use(e)), key=lambda e: (sort_key(str(e.get("date") or "")), e["id"]))

    def survivor(self, section: str, entry_id: str) -> dict | None:
        """The entry an actor, mission or event (section: "actors", "missions", "events") was
        merged into (same_as followed to its end), when it is in use (neither rejected nor merged
        itself, the chain not looping) and not the entry itself; else None. The target of the
        page a merged entry leaves at its old address."""
        table = getattr(self.corpus, section)
        survivor = table.get(follow_same_as(table, entry_id))
        return survivor if survivor is not None and survivor["id"] != entry_id and in_use(survivor) else None

    def related_articles(self, article: Article) -> list[Article]:
        return self._related.get(article.id, [])

    @cached_property
    def related_ids(self) -> dict[str, list[str]]:
        """{article id: the ids of its related articles, best first} (see _related): the same
        object as the last graph's when what relates articles did not change (a save under serve
        that edits a title or a text). Read it, never change it."""
        # What relates articles, as a value: an edit that leaves it alone (a title, a text)
        # reuses the ranking of the last build.
        facts = tuple(
            (article.id, day_number(article.meta.get("date")), tuple(self.article_entities(article)), tuple(dict.fromkeys(follow_same_as(self.corpus.events, e) for e in article.meta["events"])))
            for article in sorted(self.corpus.articles.values(), key=lambda a: a.id)
        )
        return _related_articles(facts)

    @cached_property
    def _related(self) -> dict[str, list[Article]]:
        """Articles sharing events, then entities; hubs (in most articles) do not count."""
        return {a: [self.corpus.articles[b] for b in ids] for a, ids in self.related_ids.items()}

    @cached_property
    def _related_events(self) -> dict[str, list[dict]]:
        """Events sharing participants or missions with an event; hubs do not count."""
        holders: dict[tuple, list[str]] = defaultdict(list)
        for event in self.events_by_date:
            for key in {*(("actors", a) for a in self.actor_ids(event.get("actors"))), *(("missions", m) for m in event.get("missions") or [])}:
                holders[key].append(event["id"])
        ranked = _most_shared(holders, len(self.events_by_date))
        return {a: [self.corpus.events[b] for b in ids] for a, ids in ranked.items()}

    def related_events(self, event: dict) -> list[dict]:
        return self._related_events.get(event["id"], [])


@lru_cache(maxsize=4)
def _related_articles(facts: tuple) -> dict[str, list[str]]:
    """facts: (id, day number, entity pairs, event ids) of every article, in id order."""
    holders: dict[tuple, list[str]] = defaultdict(list)
    for article_id, _day, pairs, events in facts:
        for pair in pairs:
            holders[pair].append(article_id)
        for event_id in events:
            holders[("events", event_id)].append(article_id)
    return _most_shared(holders, len(facts), weight=lambda key: 3 if key[0] == "events" else 1,
                        hub_ok=lambda key: key[0] == "events", days={article_id: day for article_id, day, _p, _e in facts})


def _most_shared(holders: dict, population: int, weight=lambda key: 1, hub_ok=lambda key: False,
                 days: dict[str, int | None] | None = None) -> dict[str, list[str]]:
    """For each item, the items it shares most holders with (an entity, an event), best first
    (the sum of `weight` of the holders shared, a holder counted as often as it lists both);
    among equals, when `days` (item -> day number or None) is given, the nearest in time
    (an item without a day is infinitely far), then the nearest in the order of the ids,
    then the lower id; without `days`, the lower id. So no item becomes everyone's related item by the accident of
    sorting first. A holder shared by more than HUB_SHARE of the population relates nothing
    unless `hub_ok(key)`. Output: {item id: [at most RELATED_LIMIT ids]}, for every item
    related to at least one other.

    `weight` gives whole positive points.

    Cost: the items are scored in blocks of rows, at most BLOCK_CELLS scores (item, other item)
    and BLOCK_CELLS pairs at a time (or one item), each block by one numpy count over the
    pairs its items' holders yield (no table of every pair is kept). Only the items scoring at least
    a row's RELATED_LIMIT-th best score are ranked (that score is found by counting the row's
    scores by value, or by a sort when the scores run too high), by one numpy lexsort per block."""
    limit = max(2, int(population * HUB_SHARE))
    kept = [(ids, weight(key)) for key, ids in holders.items() if ids and (len(ids) <= limit or hub_ok(key))]
    names = sorted({item for ids, _points in kept for item in ids})
    if not names:
        return {}
    count = len(names)
    index = {name: n for n, name in enumerate(names)}
    sizes = np.array([len(ids) for ids, _points in kept], dtype=np.int64)
    points = np.array([p for _ids, p in kept], dtype=np.int64)
    members = np.fromiter((index[i] for ids, _points in kept for i in ids), dtype=np.int64, count=int(sizes.sum()))
    starts = np.cumsum(sizes) - sizes
    # (item, holder), once for each time the holder lists the item, grouped by item
    holder_of = np.repeat(np.arange(len(kept)), sizes)
    by_item = np.argsort(members, kind="stable")
    entry_item, entry_holder = members[by_item], holder_of[by_item]
    item_first = np.searchsorted(entry_item, np.arange(count + 1))
    day = np.array([np.nan if days is None or days.get(name) is None else float(days[name]) for name in names])
    ranked: dict[str, list[str]] = {}
    rows_at_once = max(1, BLOCK_CELLS // count)
    pairs_before = np.concatenate(([0], np.cumsum(sizes[entry_holder])))[item_first]  # pairs of the items before each
    lo = 0
    while lo < count:
        # as many items as BLOCK_CELLS scores and BLOCK_CELLS pairs hold (at least one)
        hi = min(count, lo + rows_at_once, max(lo + 1, int(np.searchsorted(pairs_before, pairs_before[lo] + BLOCK_CELLS, side="right")) - 1))
        holders_in = entry_holder[item_first[lo]:item_first[hi]]
        lengths = sizes[holders_in]  # each (item, holder) pairs the item with every member of the holder
        rows = np.repeat(entry_item[item_first[lo]:item_first[hi]] - lo, lengths)
        places = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths) + np.repeat(starts[holders_in], lengths)
        score = np.bincount(rows * count + members[places], weights=np.repeat(points[holders_in], lengths),
                            minlength=(hi - lo) * count).reshape(hi - lo, count)
        score[np.arange(hi - lo), np.arange(lo, hi)] = 0  # an item is not related to itself
        row, other = np.nonzero(score)
        value = score[row, other]
        if len(row) > RELATED_LIMIT:
            keep = value >= _row_floors(row, value, hi - lo)[row]
            row, other, value = row[keep], other[keep], value[keep]
        row = row + lo
        if days is None:
            order = np.lexsort((other, -value, row))
        else:
            apart = np.abs(day[other] - day[row])
            apart[np.isnan(apart)] = np.inf  # an item without a day is infinitely far
            order = np.lexsort((other, np.abs(other - row), apart, -value, row))
        row, other = row[order], other[order]
        lo = hi
        if not len(row):
            continue
        first = np.flatnonzero(np.concatenate(([True], row[1:] != row[:-1])))
        place = np.arange(len(row)) - np.repeat(first, np.diff(np.concatenate((first, [len(row)]))))
        best = place < RELATED_LIMIT
        for r, o in zip(row[best].tolist(), other[best].tolist()):
            ranked.setdefault(names[r], []).append(names[o])
    return ranked


def _row_floors(row, value, rows: int):
    """The RELATED_LIMIT-th best score of each of `rows` rows (0 for a row with fewer scores),
    given the (row, score) of every score above 0, in order of rows: each row's scores counted
    by value and summed from the best down, the scores being whole points; by one sort of
    (row, score) when the scores run so high that counting them would take more room."""
    whole = value.astype(np.int64)
    span = int(whole.max()) + 1
    floors = np.zeros(rows)
    if rows * span <= BLOCK_CELLS:
        tally = np.bincount(row * span + whole, minlength=rows * span).reshape(rows, span)
        reached = np.cumsum(tally[:, ::-1], axis=1)  # column j: how many scores are >= span-1-j
        full = reached[:, -1] >= RELATED_LIMIT
        floors[full] = span - 1 - np.argmax(reached[full] >= RELATED_LIMIT, axis=1)
        return floors
    ordered = whole[np.lexsort((-whole, row))]
    first = np.flatnonzero(np.concatenate(([True], row[1:] != row[:-1])))
    full = np.diff(np.concatenate((first, [len(row)]))) >= RELATED_LIMIT
    floors[row[first[full]]] = ordered[first[full] + RELATED_LIMIT - 1]
    return floors


# Under `mkdocs serve` the graph is rebuilt on every save; an article whose text and entity
# forms did not change reuses its matcher and sentences (keys are values, so this stays pure).
CACHE_SIZE = 16384


@lru_cache(maxsize=CACHE_SIZE)
def matcher_for(forms: tuple[tuple[str, tuple[str, str]], ...]) -> Matcher:
    return Matcher(dict(forms))


@lru_cache(maxsize=CACHE_SIZE)
def article_sentences(body: str, captions: tuple[str, ...], title: str) -> tuple[tuple[str, str], ...]:
    """An article's sentences in reading order as (where, sentence): its text (subheadings
    included), then its photo captions, then its headline (see evidence.WHERE)."""
    found = [("text", sentence) for paragraph in body.split("\n\n") for sentence in split_sentences(paragraph.removeprefix("## "))]
    found += [("caption", caption) for caption in captions if caption]
    found += [("title", title)] if title else []
    return tuple(found)


@lru_cache(maxsize=CACHE_SIZE)
def folded_sentences(sentences: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The sentences of article_sentences folded to the same length (text.fold_same_length)."""
    return tuple(fold_same_length(sentence) for _where, sentence in sentences)


@lru_cache(maxsize=CACHE_SIZE)
def first_sentences(sentences: tuple[tuple[str, str], ...], matcher: Matcher) -> dict[tuple[str, str], Evidence]:
    """The first sentence that names each entity the matcher knows, with every mention of it
    in that sentence; a caption or the headline only when the text does not name it.
    sentences: as article_sentences gives them."""
    found: dict[tuple[str, str], Evidence] = {}
    for where, sentence in sentences:
        spans: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        for start, end, target in matcher.finditer(sentence):
            if target not in found:
                spans[target].append((start, end))
        for target, marks in spans.items():
            found[target] = Evidence(sentence, tuple(marks), where)
    missing = set(matcher.forms.values()) - set(found)
    for target in sorted(missing):  # named only inside another's longer name
        for where, sentence in sentences:
            marks = matcher.spans_of(sentence, target)
            if marks:
                found[target] = Evidence(sentence, tuple(marks), where)
                break
    return found


def build_graph(corpus: Corpus, last: Graph | None = None, edited: set[str] | None = None) -> Graph:
    """The graph of a corpus. For `mkdocs serve` (incremental.rebuild): `last`, the graph of
    the last build, whose corpus has the same registries, and `edited`, the ids of the articles
    whose data differ from it: the links of every other article (the same Article object in
    both corpora) are taken from `last`, not made again."""
    graph = Graph(corpus)
    reusable = last is not None and edited is not None
    merged = {"actors": merged_into(corpus.actors), "missions": merged_into(corpus.missions)}
    for article in corpus.articles.values():
        if reusable and article.id not in edited and last.corpus.articles.get(article.id) is article and article.id in last.made:
            graph.matchers[article.id] = last.matchers[article.id]
            graph.mentions[article.id] = last.mentions[article.id]
            graph.made[article.id] = made = last.made[article.id]
            if article.id in last.entities:
                graph.entities[article.id] = last.entities[article.id]
            for section, entry_id, link in made:
                (graph.actor_links if section == "actors" else graph.mission_links)[entry_id].append(link)
            continue
        made = graph.made[article.id] = []
        pairs = graph.article_entities(article)
        forms = article_forms(corpus, pairs, merged)
        inferred = [m for m in article.meta["missions_inferred"] if graph.visible("missions", m)]
        matcher = graph.matchers[article.id] = matcher_for(tuple(forms.items()))
        sentences = article_sentences(article.body, tuple(map(str, article.meta.get("captions") or ())), str(article.meta.get("title") or ""))
        first_sentence = first_sentences(sentences, matcher)
        mentions = graph.mentions[article.id] = {}
        for section, entry_id in pairs:
            links = graph.actor_links if section == "actors" else graph.mission_links
            evidence = first_sentence.get((section, entry_id))
            link = Link(article, evidence.sentence, marks=evidence.marks, where=evidence.where) if evidence else Link(article, None)
            links[entry_id].append(link)
            made.append((section, entry_id, link))
            mentions[(section, entry_id)] = link
        reasons = article.meta.get("reasons") or {}
        for mission_id in inferred:
            evidence = graph.host_evidence(article, mission_id)
            link = Link(article, evidence.sentence if evidence else None, inferred=True, reason=reasons.get(mission_id),
                        marks=evidence.marks if evidence else (), where=evidence.where if evidence else "text")
            graph.mission_links[mission_id].append(link)
            made.append(("missions", mission_id, link))
            mentions[("missions", mission_id)] = link
    for event in graph.events_by_date:
        # Once per survivor: an event may list a merged id beside its survivor (a same_as made
        # after normalize read the event), or two ids merged into one.
        for actor_id in dict.fromkeys(graph.surviving(a) for a in event.get("actors") or []):
            graph.actor_events[actor_id].append(event)
        for mission_id in event.get("missions") or []:
            graph.mission_events[mission_id].append(event)
        for article_id in event.get("articles") or []:
            graph.article_events[article_id].append(event)
    for links in (*graph.actor_links.values(), *graph.mission_links.values()):
        links.sort(key=lambda l: (sort_key(str(l.article.meta.get("date") or "")), l.article.id))
    return graph
