"""What the event tests share: a sentence told deep in an article's body, after a lead of
sentences that name nothing (so the article's own date gives no event its day)."""
from __future__ import annotations

from newsdossier.datevalue import PartialDate
from newsdossier.entities import find_in_sentence
from newsdossier.events import EventFinding, find_events

# Sentences that name nothing, in several languages: the lead before the sentence under test.
FILLER = [("Une phrase sans rien.", []), ("Otra frase sin nada.", []), ("Another one.", []), ("Und noch.", [])]


def body_events(sentence: str, language: str, anchor: PartialDate, lead: bool = False) -> list[EventFinding]:
    """The events found in `sentence` (its entities found as normalize finds them) told after
    FILLER, or as the lead's first sentence when `lead`, in an article dated `anchor`."""
    told = ([] if lead else FILLER) + [(sentence, find_in_sentence(sentence, language))]
    return find_events(told, anchor, None, language)[0]


def article_events(sentences: list[str], language: str, anchor: PartialDate, wire_day: bool = True) -> list[EventFinding]:
    """The events found in an article of these sentences alone (each one's entities found as
    normalize finds them), dated `anchor`; `wire_day` as in find_events (whether a lead with no
    day of its own takes the article's day)."""
    told = [(s, find_in_sentence(s, language)) for s in sentences]
    return find_events(told, anchor, None, language, wire_day=wire_day)[0]


# A lead and a closing sentence that name nothing, per language: the sentence under test
# stands between them, in the body, neither the lead nor the article's last words.
NOTHING_LEAD = {"en": "Nothing at all.", "fr": "Rien du tout.", "es": "Nada de nada."}
NOTHING_AFTER = {"en": "Nothing else was said.", "fr": "Rien d'autre n'a été dit.", "es": "No se dijo nada más."}


def dates_between(sentence: str, language: str, anchor: PartialDate) -> list[str]:
    """The EDTF dates, sorted, of the events found in `sentence` told between NOTHING_LEAD and
    NOTHING_AFTER of its language (en, fr, es) in an article dated `anchor`."""
    told = [NOTHING_LEAD[language], sentence, NOTHING_AFTER[language]]
    return sorted(str(e.date) for e in article_events(told, language, anchor))
