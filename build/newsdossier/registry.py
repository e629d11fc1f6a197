"""The registries of actors, missions and events: merge what articles found, keep what people decided."""
from __future__ import annotations

import bisect

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .corpus import claimed_forms, in_use
from .entities import Found
from .merge import has_comments
from .events import EventFinding, event_id, event_slug, kinds_may_join, places_agree, same_event
from .datevalue import ends_before, parse_simple, year_of
from .reference import reference
from .text import fold, follow_same_as, name_words, unique_id



_ODD_KIND = object()  # Registry.of_kinds: the kind of an entry that is not a plain value


def _position(filed: tuple) -> int:
    return filed[0]


def start_month(date) -> tuple[int | None, int | None]:
    """(year, month) an EDTF date string starts in, (None, None) when it has no year (not a
    string, empty, or unparsable): where the event index files an event and looks for one."""
    start = parse_simple(date) if isinstance(date, str) and date else None
    year = start[0].year if start else None
    return year, (start[0].month if year is not None else None)


def _listed(values, value) -> bool:
    """`value in values` for a list or a ruamel CommentedSeq (a list underneath, whose own `in`
    walks it item by item in Python: the roles and reports of a registry entry, tested for
    every article, grow with the corpus)."""
    return list.__contains__(values, value) if isinstance(values, list) else value in values


def list_of(entry, key: str, position: int | None = None):
    """entry[key] as a list to add items to (a registry entry's roles, aliases, participants,
    reporting articles). A key a person left with no item (every "- item" line deleted, the
    "roles:" line kept) reads as None, which check takes for an empty list
    (corpus._check_shape): it is given an empty list in its own place. A missing key is added
    at position among the entry's keys (the end when None). entry: a registry mapping
    (ruamel.yaml's CommentedMap, or a dict). Returns the list held at entry[key]."""
    values = entry.get(key)
    if values is None:
        values = CommentedSeq()
        if key in entry or position is None:
            entry[key] = values  # an existing key keeps its place
        else:
            insert_key(entry, position, key, values)
    return values


def mapping_of(entry, key: str):
    """entry[key] as a mapping to add to (an event's sentences, by article id): as list_of, a
    key left with no item (None) is given an empty mapping in its place, a missing one is added
    last. Returns the mapping held at entry[key]."""
    values = entry.get(key)
    if values is None:
        values = entry[key] = CommentedMap()
    return values


class Registry:
    """One YAML list of entries with ids, indexed by id and by the folded forms (name, acronym,
    aliases) that the entries still in use claim."""

    def __init__(self, entries: CommentedSeq | list | None = None):
        self.entries = entries if entries is not None else CommentedSeq()
        self.by_id = {e["id"]: e for e in self.entries if isinstance(e, dict) and "id" in e}
        self.claims: dict[str, str] = {}  # folded form -> id of the first entry in use that claims it
        for entry in self.by_id.values():
            self._claim(entry)
        self._by_kind: dict | None = None  # kind -> start year or None -> [(position, entry)], made when first asked (of_kinds)

    def _claim(self, entry) -> None:
        if not in_use(entry):
            return
        for form in claimed_forms(entry):
            self.claims.setdefault(form, entry["id"])

    def of_kinds(self, wanted, year: int | None = None, month: int | None = None) -> list:
        """The entries whose "kind" is one that wanted(kind) accepts, in the registry's order: what
        a scan of every entry testing its kind first would meet, without the scan (a corpus of
        thousands of events is merged event by event). An entry whose kind is not a plain value
        is always given (wanted then decides on the entry itself). year: when given, the entries
        whose date starts in another known year are left out too, as two dates starting in
        different years never overlap (events.same_event); month (1-12, with a year only): so are
        those of that year whose date starts in another known month, as two dates starting in
        different months never overlap either. Entries with no date, no known year or a date
        that does not parse are always given, and so are those of the year whose date has no
        month when a month is asked for. An entry is filed under the year and month its date had
        when it was added: a date made more precise later only makes it be given more often."""
        if self._by_kind is None:
            self._by_kind = {}
            for position, entry in enumerate(self.entries):
                self._file_by_kind(position, entry)
        found = []
        for kind, by_year in self._by_kind.items():
            if kind is _ODD_KIND or wanted(kind):
                if year is None:
                    for by_month in by_year.values():
                        for filed in by_month.values():
                            found.extend(filed)
                    continue
                for filed in by_year.get(None, {}).values():
                    found.extend(filed)
                of_year = by_year.get(year)
                if not of_year:
                    continue
                if month is None:
                    for filed in of_year.values():
                        found.extend(filed)
                else:
                    found.extend(of_year.get(month, ()))
                    found.extend(of_year.get(None, ()))
        found.sort(key=_position)
        return [entry for _, entry in found]

    def _file_by_kind(self, position: int, entry) -> None:
        kind = entry.get("kind") if isinstance(entry, dict) else None
        try:
            hash(kind)
        except TypeError:
            kind = _ODD_KIND
        year, month = start_month(entry.get("date") if isinstance(entry, dict) else None)
        self._by_kind.setdefault(kind, {}).setdefault(year, {}).setdefault(month, []).append((position, entry))

    def resolve(self, entry_id: str) -> str:
        """Follow same_as merges to the surviving id."""
        return follow_same_as(self.by_id, entry_id)

    def add(self, entry: CommentedMap) -> CommentedMap:
        if self._by_kind is not None:
            self._file_by_kind(len(self.entries), entry)
        self.entries.append(entry)
        self.by_id[entry["id"]] = entry
        self._claim(entry)
        return entry

    def remove(self, entry_id: str) -> None:
        """Take an entry out of the registry (its forms claimed again by the others in use)."""
        entry = self.by_id.pop(entry_id)
        self.entries.remove(entry)
        self._by_kind = None  # positions moved: filed again when next asked
        if any(owner == entry_id for owner in self.claims.values()):
            self.claims = {}
            for other in self.by_id.values():
                self._claim(other)

    def is_rejected(self, entry_id: str) -> bool:
        entry = self.by_id.get(entry_id)
        return bool(entry and entry.get("status") == "rejected")

    def add_alias(self, entry, surface: str) -> bool:
        """Add a written form to an entry's aliases, unless it would mean two things: a form
        another entry in use already claims, or a part of a person's name (a surname or first
        name alone, "Haddad", "Minh"), which can be another person's in another article. Such
        a mention is resolved in its own article only (the article lists the entity), never
        made a global alias. A person's name printed with other accents ("Nguyen Chi Vinh" for
        "Nguyễn Chí Vịnh") is the same entry (ids and lookups fold accents) and is kept as an
        alias, so the page shows every printed spelling. Returns whether the alias was added."""
        aliases = entry.get("aliases")
        if surface and (surface == str(entry.get("name") or "") or (isinstance(aliases, list) and _listed(aliases, surface))):
            return False  # printed as its name or an alias already (what the checks below find, sooner)
        form = fold(surface)
        if not form.strip():  # nothing printed, or only spaces
            return False
        if form in claimed_forms(entry):
            printed = {str(n) for n in [entry.get("name"), *(entry.get("aliases") or [])] if n}
            if entry.get("kind") != "person" or surface in printed:
                return False
            list_of(entry, "aliases").append(surface)
            return True
        if entry.get("kind") == "person" and set(name_words(surface)) < set(name_words(str(entry.get("name") or ""))):
            return False
        if self.claims.get(form, entry["id"]) != entry["id"]:
            return False
        list_of(entry, "aliases").append(surface)
        self.claims[form] = entry["id"]
        return True


def claimed_by(registry: Registry, found: Found) -> str | None:
    """The id of the entry in use, of the found entity's kind, that claims its name or one of
    the forms it is printed in beyond its own article (a name, acronym or alias a person
    wrote into data/ or an earlier article gave), or None. found.local forms are left out:
    they name it in one article only."""
    for surface in (found.name, *(s for s in found.surfaces if s not in found.local)):
        owner = registry.claims.get(fold(surface))
        if owner is not None and (registry.by_id.get(owner) or {}).get("kind") == found.kind:
            return owner
    return None


def found_roles(found: Found) -> list[str]:
    """The roles an article gives a found actor (its role before the name, then the one after
    it), each once, in that order: what merge_actor writes into the entry's roles."""
    return [r for r in dict.fromkeys((found.role, found.role_after)) if r]


def merge_actor(actors: Registry, found: Found, added: set | None = None, withheld: set | None = None) -> str | None:
    """The id under which an article lists this actor: its own id's entry (following
    same_as), else the entry claiming one of its printed forms (claimed_by: so an alias added
    to data/actors.yaml links the articles printing it), else a new candidate; None if rejected.
    added: filled with (entry id, "roles", role) for each role this call wrote into the entry
    (one that was not in its roles yet). withheld: (entry id, "roles", role) and (entry id,
    "aliases", alias) items never written, the roles and aliases a person removed
    (normalize._removed_by_person)."""
    entry_id = actors.resolve(found.id)
    if entry_id not in actors.by_id and (owner := claimed_by(actors, found)) is not None:
        entry_id = actors.resolve(owner)
    if entry_id not in actors.by_id:
        entry = CommentedMap()
        entry["id"] = found.id
        entry["name"] = found.name
        entry["kind"] = found.kind
        if found.code:
            entry["country"] = found.code
        entry["aliases"] = CommentedSeq()
        roles = found_roles(found)
        if roles:
            entry["roles"] = CommentedSeq(roles)
            if added is not None:
                added.update((found.id, "roles", role) for role in roles)
        # Names from reference data are known; everything found by pattern waits for a person.
        entry["status"] = "confirmed" if found.known else "candidate"
        actors.add(entry)
    entry = actors.by_id[entry_id]
    if entry.get("status") == "rejected":
        return None
    for surface in found.surfaces:
        # found.local: a form that names it in its article only
        if surface not in found.local and (withheld is None or (entry_id, "aliases", surface) not in withheld):
            actors.add_alias(entry, surface)
    for role in found_roles(found):
        if not _listed(entry.get("roles") or [], role) and (withheld is None or (entry_id, "roles", role) not in withheld):
            keys = list(entry)  # where a new entry has its roles: after its aliases, before its status
            list_of(entry, "roles", keys.index("aliases") + 1 if "aliases" in keys else len(keys)).append(role)
            if added is not None:
                added.add((entry_id, "roles", role))
    return entry_id


def _has_comment(values, index: int) -> bool:
    """Whether item `index` of a round-trip list carries a comment a person wrote (ruamel.yaml
    keeps it on the list's .ca.items); False for a plain list."""
    comments = getattr(values, "ca", None)
    return bool(comments and comments.items.get(index))


# The lists of entries that the machine writes and a new entry has only when not empty.
_DROPPED_WHEN_EMPTY = ("roles",)


def drop_values(registry: Registry, items) -> list[tuple[str, str, str]]:
    """Remove, in place, each (entry id, field, value) of items from that entry's list: what the
    machine wrote (an actor's role, an event's participant) and no article's extraction finds
    any more (normalize decides which). A value whose line carries a comment is a person's and
    stays; an actor's roles left empty go, as a new entry has none (an event keeps its empty
    lists, as a new one has them). Returns the items removed, in the order given."""
    removed = []
    for entry_id, key, value in items:
        entry = registry.by_id.get(entry_id)
        values = entry.get(key) if isinstance(entry, dict) else None
        if not isinstance(values, list):
            continue
        for index in reversed(range(len(values))):
            if values[index] == value and not _has_comment(values, index):
                del values[index]
                removed.append((entry_id, key, value))
        if key in _DROPPED_WHEN_EMPTY and not values and not has_comments(values):
            del entry[key]
    return removed


def merge_mission(missions: Registry, found: Found) -> str | None:
    """The id of the mission entry a mission found in an article is filed under (found.id; made
    from the reference when missing), its printed forms added as aliases; None for a mission
    neither data/missions.yaml nor the reference has, or a rejected one. A mission a person merged into another (same_as)
    keeps its own reports: the site reads them as the survivor's (corpus._fold_merged_missions),
    and a same_as deleted shows the two apart again."""
    entry_id = found.id
    if entry_id not in missions.by_id:
        ref = reference().missions.get(found.id)
        if ref is None:
            return None
        entry = CommentedMap()
        entry["id"] = ref.id
        entry["acronym"] = ref.acronym
        entry["acronym_fr"] = ref.acronym_fr
        entry["name"] = ref.name
        entry["name_fr"] = ref.name_fr
        entry["countries"] = CommentedSeq(ref.countries)
        entry["region"] = ref.region
        entry["start"] = ref.start
        entry["end"] = ref.end
        entry["aliases"] = CommentedSeq()
        entry["status"] = "confirmed"
        missions.add(entry)
    entry = missions.by_id[entry_id]
    if entry.get("status") == "rejected":
        return None
    for surface in found.surfaces:
        if fold(surface) not in {fold(entry.get("acronym_fr") or ""), fold(entry.get("name_fr") or "")}:
            missions.add_alias(entry, surface)
    return entry_id


def ensure_mission(missions: Registry, mission_id: str) -> str | None:
    """A mission only inferred still gets its registry entry (so it has a page)."""
    ref = reference().missions.get(mission_id)
    if ref is None:
        return None
    return merge_mission(missions, Found("mission", ref.id, ref.acronym, "", []))


def _commented(value) -> bool:
    """Whether a round-trip mapping or list, or one inside it, carries a comment."""
    if has_comments(value):
        return True
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return any(_commented(child) for child in children)


def named_as_made(event) -> bool:
    """Whether an event entry's title and date still give its id as events.event_id made it
    from them (events.event_slug of the date's start and the title; "-2", "-3"... after it
    where unique_id told twins apart). A person who retitled or redated
    the event broke that, and so may a merge that retitled it: either way the entry is not
    plainly the machine's any more. event: a registry mapping with "id", "title", "date"
    (EDTF). Returns a bool; never raises on a malformed entry (False)."""
    entry_id, title, date = (str(event.get(key) or "") for key in ("id", "title", "date"))
    made = event_slug(date.split("/")[0], title)
    suffix = entry_id[len(made) + 1:] if entry_id.startswith(made + "-") else ""
    return entry_id == made or suffix.isdigit()


def made_own(event) -> bool:
    """Whether a person made an event entry theirs: confirmed it, wrote a comment into it,
    retitled or redated it (named_as_made no longer holds), or merged it into another
    (same_as). The signs drop_unreported keeps an event by, and the ones a corrected kind or
    place needs (those are not told from the machine's). event: a registry mapping. Returns a
    bool."""
    return event.get("status") == "confirmed" or bool(event.get("same_as")) or _commented(event) or not named_as_made(event)


def own_reports(events: Registry, article_ids: set[str]) -> dict[str, dict[str, str]]:
    """{article id: {sentence: event id}}: the reports these articles gave, each by its
    sentence, of the events a person made theirs (made_own) and did not reject. Read before
    the articles are forgotten (forget_articles) and merged again, so that merge_event gives
    such an event the report its sentence tells again, whatever kind or date the person set."""
    told: dict[str, dict[str, str]] = {}
    for event in events.entries:
        sentences = event.get("sentences") if isinstance(event, dict) else None
        if not isinstance(sentences, dict) or event.get("status") == "rejected" or not made_own(event):
            continue
        for article_id, sentence in sentences.items():
            if article_id in article_ids and isinstance(sentence, str):
                told.setdefault(article_id, {}).setdefault(sentence, str(event["id"]))
    return told


def own_findings(events: Registry, findings, told: dict[str, str]) -> dict[int, str]:
    """{index of a finding: event id}: which of an article's findings (in extraction order)
    reports again the event a person made theirs that its sentence told (told: own_reports of
    the article). A sentence only one finding tells gives that finding; one that tells several
    happenings ("after a meeting on 3 April, he visited Malakal on 5 April") gives the one
    finding that is that event by its kind, date and place (events.same_event), and none when
    not exactly one is (each is then merged as any finding), so the person's event never takes
    another happening's report."""
    by_sentence: dict[str, list[int]] = {}
    for index, finding in enumerate(findings):
        by_sentence.setdefault(finding.sentence, []).append(index)
    claims: dict[int, str] = {}
    for sentence, event_id in told.items():
        indexes = by_sentence.get(sentence, [])
        event = events.by_id.get(event_id)
        if len(indexes) > 1 and event is not None:
            indexes = [i for i in indexes if same_event(event, findings[i])]
        if len(indexes) == 1:
            claims[indexes[0]] = event_id
    return claims


def drop_unreported(events: Registry, event_ids, written: set | None = None) -> list[str]:
    """Remove the events of event_ids that no article reports any more (no "articles" left) and
    that are still the machine's: a candidate nobody commented, retitled, redated or merged into
    another (made_own), or merged another event into (same_as), and, when written is given (the
    (event id, "actors" | "missions", value) participants the machine records of its articles
    held), none of whose participants a person typed (one written does not hold). A run from no
    data/ would not make them. Returns the ids removed."""
    wanted = [e for e in dict.fromkeys(event_ids) if e in events.by_id]
    unreported = [e for e in wanted if not events.by_id[e].get("articles") and events.by_id[e].get("status") == "candidate"
                  and not made_own(events.by_id[e])
                  and (written is None or not _typed_participants(events.by_id[e], written))]
    if not unreported:
        return []
    merged_into = {str(e.get("same_as")) for e in events.entries if isinstance(e, dict) and e.get("same_as")}
    removed = [e for e in unreported if e not in merged_into]
    for event_id in removed:
        events.remove(event_id)
    return removed


def _typed_participants(event, written: set) -> list[str]:
    """The participants of an event entry (its "actors" and "missions") that no machine record
    held (written: (event id, field, value)): a person's."""
    return [value for key in ("actors", "missions") for value in (event.get(key) or [])
            if isinstance(value, str) and (event.get("id"), key, value) not in written]


def follow_merged_participants(events: Registry, actors: Registry) -> list[tuple[str, str, str]]:
    """Write the surviving id (Registry.resolve: same_as followed to its end) in place of each
    event's actor merged into another, in place, the survivor named once: where the event
    names it already, the merged id goes (its first mention keeps its place and comment).
    events, actors: the registries of events.yaml and actors.yaml. Returns (event id, merged
    id, surviving id) for each id rewritten or dropped."""
    changed: list[tuple[str, str, str]] = []
    for event in events.entries:
        values = event.get("actors") if isinstance(event, dict) else None
        if not isinstance(values, list):
            continue
        survivors = [actors.resolve(v) if isinstance(v, str) else v for v in values]
        if survivors == list(values):
            continue
        for index in range(len(values) - 1, -1, -1):  # from the end, so deleting keeps the indices before
            value, survivor = values[index], survivors[index]
            if survivor != value:
                changed.append((str(event.get("id")), value, survivor))
            if isinstance(survivor, str) and survivor in survivors[:index]:
                del values[index]  # named before: the first mention stays
            elif survivor != value:
                values[index] = survivor
    changed.reverse()
    return changed


def forget_articles(events: Registry, article_ids: set[str]) -> None:
    """forget_article for several articles, in one pass over the events."""
    for event in events.entries:
        reported = event.get("articles") or []
        for article_id in dict.fromkeys(a for a in reported if isinstance(a, str) and a in article_ids):
            forget_article_of(event, article_id)


def forget_article_of(event, article_id: str) -> None:
    """Drop one article's report from one event."""
    event["articles"].remove(article_id)
    (event.get("sentences") or {}).pop(article_id, None)
    (event.get("inferred") or {}).pop(article_id, None)


def forget_article(events: Registry, article_id: str) -> None:
    """Drop an article's earlier reports before it is extracted again."""
    forget_articles(events, {article_id})


def insert_key(mapping, position: int, key, value) -> None:
    """Put key: value at position in a mapping's order (a key not in it yet), as ruamel.yaml's
    CommentedMap.insert does, for a plain dict as well: a registry taken from normalize's index
    holds plain mappings, copied into round-trip ones nowhere (at 10,000 articles that copy costs
    more than the rest of a run after one seed changed)."""
    if isinstance(mapping, CommentedMap):
        mapping.insert(position, key, value)
        return
    if position >= len(mapping):
        mapping[key] = value
        return
    before = list(mapping.items())
    mapping.clear()
    for index, (other, other_value) in enumerate(before):
        if index == position:
            mapping[key] = value
        mapping[other] = other_value


def report_event(event, article_id: str, sentence: str) -> None:
    """Record that an article reports the event, with the first sentence it tells it in.
    Reports are kept in article id order, so the registry does not depend on the order in
    which articles were extracted (an interrupted run, a seed changed later)."""
    articles = list_of(event, "articles")
    if not _listed(articles, article_id):
        articles.insert(bisect.bisect(articles, article_id, key=str), article_id)
    sentences = mapping_of(event, "sentences")
    if article_id not in sentences:
        insert_key(sentences, bisect.bisect(list(sentences), article_id, key=str), article_id, sentence)


def _union(event, key: str, ids: list[str], added: set | None = None, withheld: set | None = None) -> None:
    values = list_of(event, key)
    for value in ids:
        if not _listed(values, value) and (withheld is None or (event["id"], key, value) not in withheld):
            values.append(value)
            if added is not None:
                added.add((event["id"], key, value))


def _more_precise(a: str, b: str) -> bool:
    pa, pb = parse_simple(a), parse_simple(b)
    if not pb:
        return False
    if not pa:
        return True
    rank = {"unknown": 0, "year": 1, "month": 2, "day": 3}
    known_year = (pb[0].year is not None) - (pa[0].year is not None)
    return known_year > 0 or (known_year == 0 and rank[pb[0].precision] > rank[pa[0].precision])


def merge_event(events: Registry, finding: EventFinding, article_id: str, actor_ids: list[str], mission_ids: list[str],
                added: set | None = None, withheld: set | None = None, own: dict[str, str] | None = None) -> str:
    """Add one article's report of a dated event: to a matching event (same_event) that the
    article does not report already, or as a new candidate. A planned event
    (finding.announced) is written with "announced: true", dropped once an article reports it
    as having happened. added: filled with (event id, "actors" | "missions", id) for each
    participant this call wrote into the event (one not listed yet); withheld: such items never
    written, the participants a person removed (normalize._removed_by_person). own: {sentence:
    event id} of the article's earlier reports of events a person made theirs (own_reports): a
    finding told by one of those sentences is that event's report, before any other match, and
    changes nothing else of it: its title, date, place and country are the person's (a date they
    made less precise, a place they emptied are not read again from the sentence they corrected)."""
    # same_event holds only for kinds that may join: the events of other kinds are not looked at.
    # Nor are those whose date starts in another year, or another month of its year, when the
    # finding's own date has a year (and a month): their dates never overlap.
    candidates = events.of_kinds(lambda kind: kinds_may_join(kind, finding.kind), *start_month(finding.date))
    # an event this article already reports is another of its happenings: an article's findings
    # are one per happening (events._one_per_happening keeps two of one day apart when their
    # places or kinds differ), and its old reports were forgotten before it is merged again
    match = None
    if own and (owned := events.by_id.get(own.get(finding.sentence, ""))) is not None and owned.get("status") != "rejected" \
            and not _listed(owned.get("articles") or (), article_id):
        match = owned  # a person's correction of it (its kind, its date) stands: the same sentence tells it
    told_again = match is not None  # that sentence's reading is the one the person corrected: it refines nothing
    if match is None:
        match = next((e for e in candidates if e.get("status") != "rejected" and not _listed(e.get("articles") or (), article_id)
                      and same_event(e, finding)), None)
    if match is None:
        entry = CommentedMap()
        entry["id"] = unique_id(event_id(finding), events.by_id)
        entry["title"] = finding.title
        entry["kind"] = finding.kind
        entry["date"] = finding.date
        entry["place"] = finding.place or ""
        if finding.place_code:
            entry["country"] = finding.place_code
        entry["actors"] = CommentedSeq()
        entry["missions"] = CommentedSeq()
        entry["articles"] = CommentedSeq()
        entry["sentences"] = CommentedMap()
        if finding.announced:
            entry["announced"] = True  # planned: dated on the day the article says it will happen
        entry["status"] = "candidate"
        match = events.add(entry)
    else:
        if match.get("announced") and not finding.announced:
            del match["announced"]  # a report of it happening: no longer only planned
        if not told_again:
            if finding.name and not _printed_title(match):
                match["title"] = finding.name
            if _more_precise(match.get("date") or "", finding.date):
                match["date"] = finding.date
            if finding.place and not match.get("place"):
                match["place"] = finding.place
            if finding.place_code and not match.get("country"):
                match["country"] = finding.place_code
    _union(match, "actors", actor_ids, added, withheld)
    _union(match, "missions", mission_ids, added, withheld)
    report_event(match, article_id, finding.sentence)
    return match["id"]


def _printed_title(event) -> bool:
    label = reference().vocabulary["event_kinds"].get(event.get("kind"), {}).get("label", "")
    return not (event.get("title") or "").startswith(label)


def link_mention(events: Registry, finding: EventFinding, article_id: str, article_date: str, places: list[tuple[str, str | None]]) -> str | None:
    """Link an undated mention ("the virtual ministerial meeting") to the one event it can be,
    and return that event's id (None when no single event fits). An event planned
    ("announced: true") that an article dated after it mentions is planned no longer."""
    year = year_of(article_date)
    candidates = []
    for event in events.of_kinds(lambda kind: kind == finding.kind):
        if event.get("status") == "rejected" or event.get("kind") != finding.kind:
            continue
        event_year = year_of(event.get("date"))
        if year and event_year and abs(year - event_year) > 0 and not (year - event_year == 1):
            continue
        wanted = [(finding.place, finding.place_code)] if finding.place else places
        if wanted and not any(places_agree(event.get("place"), event.get("country"), p, c) for p, c in wanted):
            continue
        candidates.append(event)
    if len(candidates) != 1:
        return None
    event = candidates[0]
    report_event(event, article_id, finding.sentence)
    if event.get("announced") and ends_before(event.get("date"), article_date):
        del event["announced"]  # told of by an article written after its day: no longer only planned
    # The link is an inference (no date in the sentence), and shown as one.
    # In article id order, as the reports (report_event): the same whatever order articles came in.
    inferred = event.setdefault("inferred", CommentedMap())
    why = f"an undated mention of a {finding.label.lower()}; the only such event near the article's date and place"
    if article_id in inferred:
        inferred[article_id] = why
    else:
        insert_key(inferred, bisect.bisect([str(k) for k in inferred], article_id), article_id, why)
    return event["id"]
