"""Generate a corpus of news-article seeds about UN peacekeeping with the traps of a real one.

A corpus of N seed files (as collected) in English, French, Spanish and Vietnamese, written
in several outlet layouts (headline, agency dateline, "By"/"Par"/"Por" bylines, a portal's
metadata block, photo captions and credits, related-news teasers, page furniture), about the
missions, host countries and contributing countries of the tool's reference data, with events
spread over about fifteen years. Most seeds are plain text; about one in eight is a saved web
page (.html, as a browser saves it: the article inside the outlet's menus, cookie banner,
related links and footer, in one of three page layouts, with its Open Graph and article
metadata) and one in ten a scraper's record (.json, as trafilatura or news-please write it).

The traps are the ones a real corpus holds, never one article's wording:
- a long tail of people with ranks and titles whose surnames (Nguyen, Kim, Li, Diallo,
  Haddad, Traoré, ...) and given names are shared by different people; a person named in
  full, then by surname only; two people with the same surname in one article and in
  different articles; a name written with and without its diacritics; the same person in
  articles of two languages; a surname alone in a headline;
- the same event reported by several articles in several languages; dates written in every
  form the press uses (with and without a year, spans, numeric); datelines after today
  (relative to the day the generator runs, or the `today` given);
- duplicates: byte-for-byte copies (skipped by normalize) and syndicated copies under
  another outlet's header (articles of their own); empty and title-only files;
- hostile values: markup, YAML-special headlines (yes, null, 2021-03-12, "- x", "key: v"),
  Jinja braces, Markdown tables and links, names with apostrophes, odd file names,
  Windows line ends, a byte order mark, Windows-1252 bytes.

The generator states what it put in (each seed's traps), never what the tool should output.
Deterministic: the same (count, seed, today) gives the same bytes.

Library use:  `generate(count, seed, today)` -> list[GeneratedSeed] (pure);
              `write_corpus(folder, count, seed, today)` writes them into folder.
Script use:   python bench/generate.py OUT_FOLDER --count 1000 --seed 1
"""
from __future__ import annotations

import argparse
import random
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, timedelta
from pathlib import Path

# Seeds that normalize must skip with one line (what they are, not what the tool says of them).
BAD_TRAPS = frozenset({"empty", "whitespace-only", "title-only", "exact-duplicate"})

LANGUAGES = ("en", "fr", "es", "vi")
LANGUAGE_WEIGHTS = (45, 35, 12, 8)
YEARS_BACK = 15

# --- people -------------------------------------------------------------------------------
# (culture, surname first?, surnames, given names). Few surnames per culture on purpose: in a
# real corpus many different people share them. Given names are shared across cultures too.
NAME_STOCK = [
    ("vi", True, ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"],
     ["Văn Thành", "Chí Vịnh", "Thị Hương", "Minh Tuấn", "Hồng Nhung", "Đức Anh", "Văn Hùng", "Quang Minh"]),
    ("ko", True, ["Kim", "Lee", "Park"], ["Min-jun", "Seo-yeon", "Ji-ho", "Jae-won", "Hyun-woo", "Su-bin"]),
    ("zh", True, ["Li", "Wang", "Zhang", "Liu"], ["Wei", "Jun", "Xiaoming", "Jiayao", "Hua", "Min"]),
    ("west-africa", False, ["Diallo", "Traoré", "Keïta", "Coulibaly", "N'Diaye", "Ouédraogo"],
     ["Amadou", "Fatoumata", "Moussa", "Aminata", "Ibrahim", "Mariam", "Oumar", "Kwame"]),
    ("levant", False, ["Haddad", "Khoury", "El-Amin", "Al-Masri"], ["Karim", "Leïla", "Omar", "Rania", "Youssef", "Ibrahim"]),
    ("ghana", False, ["Mensah", "Owusu", "Boateng"], ["Kwame", "Ama", "Kofi", "Akua", "Amadou"]),
    ("europe", False, ["Lacroix", "Dupont", "García", "López", "O'Neill", "van der Berg", "Müller", "de la Cruz"],
     ["Jean-Pierre", "Hélène", "Marie", "Carlos", "María José", "Pierre", "Anna", "Seán"]),
    ("south-asia", False, ["Singh", "Khan", "Rahman", "Sharma"], ["Amit", "Priya", "Imran", "Nusrat", "Omar"]),
    # Surnames that are also YAML words or common words: a name must stay text everywhere.
    ("odd", False, ["Null", "True", "Yes", "Will", "May"], ["Sarah", "John", "Theresa", "Ibrahim"]),
]
NAME_STOCK_WEIGHTS = [16, 10, 10, 18, 10, 6, 14, 8, 2]
FEMALE = {"Thị Hương", "Hồng Nhung", "Seo-yeon", "Su-bin", "Jiayao", "Fatoumata", "Aminata", "Mariam", "Leïla",
          "Rania", "Ama", "Akua", "Hélène", "Marie", "María José", "Anna", "Priya", "Nusrat", "Sarah", "Theresa"}

# Ranks and titles: English, French (masculine, feminine), Spanish (m, f), Vietnamese.
RANKS = [
    ("Lieutenant General", "le lieutenant-général", "la lieutenante-générale", "el teniente general", "la teniente general", "Trung tướng"),
    ("Major General", "le général de division", "la générale de division", "el general de división", "la general de división", "Thiếu tướng"),
    ("Brigadier General", "le général de brigade", "la générale de brigade", "el general de brigada", "la general de brigada", "Thiếu tướng"),
    ("Colonel", "le colonel", "la colonelle", "el coronel", "la coronel", "Đại tá"),
    ("Lieutenant Colonel", "le lieutenant-colonel", "la lieutenante-colonelle", "el teniente coronel", "la teniente coronel", "Trung tá"),
    ("Major", "le commandant", "la commandante", "el comandante", "la comandante", "Thiếu tá"),
    ("Captain", "le capitaine", "la capitaine", "el capitán", "la capitana", "Đại úy"),
    ("Ambassador", "l'ambassadeur", "l'ambassadrice", "el embajador", "la embajadora", "Đại sứ"),
    ("Dr.", "le docteur", "la docteure", "el doctor", "la doctora", "Bác sĩ"),
    ("Police Commissioner", "le commissaire de police", "la commissaire de police", "el comisionado de policía", "la comisionada de policía", "Ông"),
]
# Offices written after the name: "X, <office> of MINUSMA".
OFFICES = {
    "en": ["Force Commander of {m}", "Special Representative of the Secretary-General and head of {m}",
           "Deputy Defence Minister", "commander of the {d} contingent", "spokesperson for {m}",
           "Permanent Representative of {c} to the United Nations", "chief of staff of {m}"],
    "fr": ["commandant de la force de la {m}", "représentant spécial du Secrétaire général et chef de la {m}",
           "vice-ministre de la Défense", "commandant du contingent {d}", "porte-parole de la {m}",
           "représentant permanent du pays {c} auprès des Nations unies", "chef d'état-major de la {m}"],
    "es": ["comandante de la fuerza de la {m}", "representante especial del Secretario General y jefe de la {m}",
           "viceministro de Defensa", "comandante del contingente {d}", "portavoz de la {m}",
           "representante permanente de {c} ante las Naciones Unidas", "jefe de estado mayor de la {m}"],
    "vi": ["Tư lệnh lực lượng {m}", "Thứ trưởng Bộ Quốc phòng", "Chỉ huy trưởng đơn vị", "Trưởng đoàn công tác",
           "người phát ngôn của {m}"],
}


# How English copy abbreviates ranks ("Lt. Gen. Nguyen Chi Vinh"): written as the press does.
RANK_ABBREVIATIONS = {"Lieutenant General": "Lt. Gen.", "Major General": "Maj. Gen.", "Brigadier General": "Brig. Gen.",
                      "Colonel": "Col.", "Lieutenant Colonel": "Lt. Col.", "Major": "Maj.", "Captain": "Capt.", "Ambassador": "Amb."}
HONORIFICS = {"en": ("Mr.", "Ms."), "fr": ("M.", "Mme"), "es": ("el señor", "la señora"), "vi": ("ông", "bà")}


def ascii_form(text: str) -> str:
    """The text with its diacritics removed, as an outlet without them writes it (Nguyễn -> Nguyen, Đức -> Duc)."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Person:
    """One person of the corpus: names as written in full, rank, gender and the culture of the name."""

    key: int
    given: str
    surname: str
    surname_first: bool
    rank: int  # index in RANKS
    female: bool
    culture: str

    def full(self, plain: bool = False) -> str:
        name = f"{self.surname} {self.given}" if self.surname_first else f"{self.given} {self.surname}"
        return ascii_form(name) if plain else name

    def short(self, plain: bool = False, language: str = "en") -> str:
        """The name a second mention uses: the surname, except the given name's last syllable in
        Vietnamese text about a Vietnamese person (ông Vịnh)."""
        name = self.given.split()[-1] if (language == "vi" and self.culture == "vi") else self.surname
        return ascii_form(name) if plain else name

    def rank_in(self, language: str) -> str:
        en, fr_m, fr_f, es_m, es_f, vi = RANKS[self.rank]
        return {"en": en, "fr": fr_f if self.female else fr_m, "es": es_f if self.female else es_m, "vi": vi}[language]


def make_people(rng: random.Random, count: int) -> list[Person]:
    """count distinct people (distinct full names), surnames and given names drawn with repeats."""
    people: list[Person] = []
    seen: set[str] = set()
    while len(people) < count:
        culture, surname_first, surnames, givens = rng.choices(NAME_STOCK, NAME_STOCK_WEIGHTS)[0]
        given, surname = rng.choice(givens), rng.choice(surnames)
        name = f"{surname} {given}" if surname_first else f"{given} {surname}"
        if name in seen:
            if len(seen) >= sum(len(s) * len(g) for _, _, s, g in NAME_STOCK):
                break
            continue
        seen.add(name)
        people.append(Person(len(people), given, surname, surname_first, rng.randrange(len(RANKS)), given in FEMALE, culture))
    return people


# --- places, missions, sources from the tool's reference data ----------------------------------

@dataclass(frozen=True)
class Country:
    code: str
    names: dict  # language -> name
    demonym: dict  # language -> the adjective's forms (may be empty)
    cities: list  # list of {en, fr?}


@dataclass(frozen=True)
class Mission:
    id: str
    acronym: dict  # en, fr
    name: dict  # en, fr, es
    countries: tuple
    start: int
    end: int | None


@dataclass(frozen=True)
class Outlet:
    name: str
    short: str  # what a dateline carries in brackets
    languages: tuple
    agency: bool
    domain: str = ""  # its first web domain in the reference data ("" when it has none)


@dataclass
class World:
    countries: dict[str, Country]
    missions: list[Mission]
    outlets: list[Outlet]


@lru_cache(maxsize=1)
def load_world() -> World:
    """Countries, missions and outlets from the tool's reference data (build/newsdossier/reference/)."""
    from newsdossier.reference import load_reference

    countries = {}
    for row in load_reference("countries.yaml"):
        names = {lang: (row.get(lang) or {}).get("names") or [row["name"]] for lang in ("en", "fr", "es")}
        # French and Spanish list masculine singular, feminine singular, masculine plural, ...
        demonyms = {lang: list((row.get(lang) or {}).get("demonyms") or []) for lang in ("en", "fr", "es")}
        countries[row["code"]] = Country(row["code"], {lang: n[0] for lang, n in names.items()} | {"vi": row["name"]},
                                         demonyms, list(row.get("cities") or []))
    missions = []
    for row in load_reference("missions.yaml"):
        spanish = next((a for a in row.get("aliases") or [] if a.startswith("Misión") or a.startswith("Fuerza")), row["names"]["en"])
        missions.append(Mission(row["id"], dict(row["acronyms"]), {"en": row["names"]["en"], "fr": row["names"]["fr"], "es": spanish},
                                tuple(row.get("countries") or ()), int(row["start"]), row.get("end")))
    outlets = []
    for row in load_reference("sources.yaml"):
        aliases = list(row.get("aliases") or [row["name"]])
        latin = [a for a in aliases if all(ord(c) < 0x250 for c in a)] or [row["name"]]
        short = min(latin, key=len)
        outlets.append(Outlet(row["name"], short, tuple(row.get("languages") or ()), row.get("kind") == "agency",
                              str((row.get("domains") or [""])[0])))
    return World(countries, missions, outlets)


# --- dates in every language --------------------------------------------------------------------

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "en-abbr": ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}


def write_date(day: date, language: str, rng: random.Random, year: bool = True) -> str:
    """A day as the press of that language writes it, in one of its usual forms."""
    if language == "en":
        form = rng.randrange(3)
        if form == 0:
            return f"{day.day} {MONTHS['en'][day.month - 1]}" + (f" {day.year}" if year else "")
        if form == 1:
            return f"{MONTHS['en'][day.month - 1]} {day.day}" + (f", {day.year}" if year else "")
        return f"{MONTHS['en-abbr'][day.month - 1]} {day.day}" + (f", {day.year}" if year else "")
    if language == "fr":
        number = "1er" if day.day == 1 else str(day.day)
        return f"{number} {MONTHS['fr'][day.month - 1]}" + (f" {day.year}" if year else "")
    if language == "es":
        return f"{day.day} de {MONTHS['es'][day.month - 1]}" + (f" de {day.year}" if year else "")
    # Vietnamese: the sentence supplies "ngày" (day) before it.
    if rng.random() < 0.5:
        return f"{day.day}/{day.month}" + (f"/{day.year}" if year else "")
    return f"{day.day} tháng {day.month}" + (f" năm {day.year}" if year else "")


def write_span(first: date, last: date, language: str) -> str:
    """A span of days in one month: '7-8 December 2021', 'les 7 et 8 décembre 2021'."""
    if language == "en":
        return f"{first.day}-{last.day} {MONTHS['en'][first.month - 1]} {first.year}"
    if language == "fr":
        return f"{first.day} et {last.day} {MONTHS['fr'][first.month - 1]} {first.year}"
    if language == "es":
        return f"{first.day} y {last.day} de {MONTHS['es'][first.month - 1]} de {first.year}"
    return f"ngày {first.day}-{last.day}/{first.month}/{first.year}"


# --- events ---------------------------------------------------------------------------------------

@dataclass
class Event:
    """Something that happened once and that several articles may report."""

    kind: str
    day: date
    last: date | None
    mission: Mission
    city: str  # English spelling
    city_fr: str
    country: Country  # host
    contributor: Country  # the contributing country of the contingent involved
    people: list[Person]
    number: int


EVENT_SENTENCES = {
    "deployment": {
        "en": "A contingent of {n} {d} peacekeepers arrived in {city} on {date} to join {m}.",
        "fr": "Un contingent de {n} casques bleus {dp} est arrivé à {city} le {date} pour rejoindre la {m}.",
        "es": "Un contingente de {n} cascos azules {dp} llegó a {city} el {date} para unirse a la {m}.",
        "vi": "Ngày {date}, {n} quân nhân của đơn vị đã đến {city} để làm nhiệm vụ tại phái bộ {m}.",
    },
    "ministerial": {
        "en": "The UN Peacekeeping Ministerial was held in {city} on {span}, with delegations from {n} countries.",
        "fr": "La réunion ministérielle des Nations unies sur le maintien de la paix s'est tenue à {city} les {span}, avec {n} délégations.",
        "es": "La reunión ministerial de las Naciones Unidas sobre mantenimiento de la paz se celebró en {city} los días {span}.",
        "vi": "Hội nghị Bộ trưởng Quốc phòng về gìn giữ hòa bình Liên hợp quốc diễn ra tại {city} {span}.",
    },
    "attack": {
        "en": "{n} peacekeepers serving with {m} were killed in an attack near {city} on {date}.",
        "fr": "{n} casques bleus de la {m} ont été tués dans une attaque près de {city} le {date}.",
        "es": "{n} cascos azules de la {m} murieron en un ataque cerca de {city} el {date}.",
        "vi": "Ngày {date}, {n} binh sĩ gìn giữ hòa bình của phái bộ {m} bị thương trong một vụ tấn công gần {city}.",
    },
    "adoption": {
        "en": "The Security Council extended the mandate of the {name} ({m}) on {date}.",
        "fr": "Le Conseil de sécurité a prorogé le mandat de la {name} ({m}) le {date}.",
        "es": "El Consejo de Seguridad prorrogó el mandato de la {name} ({m}) el {date}.",
        "vi": "Ngày {date}, Hội đồng Bảo an đã gia hạn nhiệm vụ của phái bộ {m}.",
    },
    "ceremony": {
        "en": "A medal parade for the {d} contingent of {m} was held in {city} on {date}.",
        "fr": "Une cérémonie de remise de médailles au contingent {d} de la {m} a eu lieu à {city} le {date}.",
        "es": "Una ceremonia de entrega de medallas al contingente {d} de la {m} tuvo lugar en {city} el {date}.",
        "vi": "Ngày {date}, lễ trao huân chương cho đơn vị tại phái bộ {m} đã diễn ra tại {city}.",
    },
    "visit": {
        "en": "{who} visited the {d} field hospital of {m} in {city} on {date}.",
        "fr": "{who} a visité l'hôpital de campagne {d} de la {m} à {city} le {date}.",
        "es": "{who} visitó el hospital de campaña {d} de la {m} en {city} el {date}.",
        "vi": "Ngày {date}, {who} đã đến thăm bệnh viện dã chiến tại phái bộ {m} ở {city}.",
    },
    "training": {
        "en": "A training course for {n} officers bound for {m} opened in {city} on {date}.",
        "fr": "Un stage de formation pour {n} officiers en partance pour la {m} s'est ouvert à {city} le {date}.",
        "es": "Un curso de capacitación para {n} oficiales destinados a la {m} comenzó en {city} el {date}.",
        "vi": "Ngày {date}, khóa huấn luyện cho {n} sĩ quan chuẩn bị tham gia phái bộ {m} đã khai mạc tại {city}.",
    },
}
NUMBERS = {"deployment": (40, 850), "ministerial": (30, 130), "attack": (1, 12), "adoption": (1, 1), "ceremony": (50, 600),
           "visit": (1, 1), "training": (12, 90)}
EVENT_WEIGHTS = {"deployment": 25, "ministerial": 4, "attack": 12, "adoption": 10, "ceremony": 15, "visit": 20, "training": 14}

HEADLINES = {
    "deployment": {"en": "{d} peacekeepers arrive in {city}", "fr": "Des casques bleus {dp} arrivent à {city}",
                   "es": "Cascos azules {dp} llegan a {city}", "vi": "Đơn vị gìn giữ hòa bình đến {city}"},
    "ministerial": {"en": "{n} countries pledge support for peacekeeping in {city}", "fr": "À {city}, {n} pays s'engagent pour le maintien de la paix",
                    "es": "{n} países se comprometen con el mantenimiento de la paz en {city}", "vi": "Hội nghị Bộ trưởng về gìn giữ hòa bình tại {city}"},
    "attack": {"en": "Peacekeepers killed near {city}", "fr": "Des casques bleus tués près de {city}",
               "es": "Mueren cascos azules cerca de {city}", "vi": "Binh sĩ gìn giữ hòa bình bị tấn công gần {city}"},
    "adoption": {"en": "Security Council renews {m} mandate", "fr": "Le Conseil de sécurité proroge le mandat de la {m}",
                 "es": "El Consejo de Seguridad prorroga el mandato de la {m}", "vi": "Gia hạn nhiệm vụ phái bộ {m}"},
    "ceremony": {"en": "{d} contingent of {m} awarded UN medals", "fr": "Le contingent {d} de la {m} décoré",
                 "es": "Condecorado el contingente {d} de la {m}", "vi": "Trao huân chương cho đơn vị tại phái bộ {m}"},
    "visit": {"en": "{surname} visits field hospital in {city}", "fr": "{surname} en visite à {city}",
              "es": "{surname} visita {city}", "vi": "{surname} thăm bệnh viện dã chiến"},
    "training": {"en": "Officers trained for {m} in {city}", "fr": "Des officiers formés pour la {m} à {city}",
                 "es": "Oficiales capacitados para la {m} en {city}", "vi": "Khai mạc khóa huấn luyện tại {city}"},
}

QUOTES = {
    "en": ["We are ready to serve wherever the mission needs us", "The safety of our peacekeepers comes first",
           "This deployment shows what our engineers can do", "We will keep protecting civilians"],
    "fr": ["Nous sommes prêts à servir là où la mission a besoin de nous", "La sécurité des casques bleus passe avant tout",
           "Ce déploiement montre le savoir-faire de nos ingénieurs", "Nous continuerons à protéger les civils"],
    "es": ["Estamos listos para servir donde la misión nos necesite", "La seguridad de los cascos azules es lo primero",
           "Este despliegue demuestra la capacidad de nuestros ingenieros"],
    "vi": ["Chúng tôi sẵn sàng làm nhiệm vụ ở bất cứ nơi nào phái bộ cần", "An toàn của lực lượng gìn giữ hòa bình là trên hết"],
}
SAID = {"en": '"{q}," {who} said.', "fr": "« {q} », a déclaré {who}.", "es": '"{q}", dijo {who}.', "vi": '"{q}", {who} nói.'}
ALSO = {
    "en": "{rank} {full}, {office}, also attended.",
    "fr": "{rank} {full}, {office}, était également présent.",
    "es": "{rank} {full}, {office}, también asistió.",
    "vi": "{rank} {full}, {office}, cũng có mặt.",
}
ADDED = {"en": "{rank} {short} added that more support was needed.", "fr": "{rank} {short} a ajouté qu'un soutien accru était nécessaire.",
         "es": "{rank} {short} añadió que se necesitaba más apoyo.", "vi": "{rank} {short} cho biết cần thêm hỗ trợ."}
BACKGROUND = {
    "en": "{c} has contributed troops to UN peacekeeping operations since {y}, and {host} hosts {m}, the {name}.",
    "fr": "Le pays {c} contribue aux opérations de maintien de la paix depuis {y}; la {m}, {name}, est déployée au pays {host}.",
    "es": "{c} contribuye a las operaciones de mantenimiento de la paz desde {y}; la {m} está desplegada en {host}.",
    "vi": "Từ năm {y}, lực lượng đã tham gia các hoạt động gìn giữ hòa bình của Liên hợp quốc tại {host}.",
}
FUTURE = {
    "en": "The next rotation is expected on {date}.", "fr": "La prochaine relève est prévue le {date}.",
    "es": "La próxima rotación está prevista para el {date}.", "vi": "Đợt luân chuyển tiếp theo dự kiến vào ngày {date}.",
}
CAPTIONS = {
    "en": ["{full} speaks to the press in {city}. Photo: UN Photo/{credit}", "Peacekeepers of {m} on patrol near {city} (file photo).",
           "Photo: {outlet}"],
    "fr": ["{full} s'adresse à la presse à {city}. Photo : ONU/{credit}", "Des casques bleus de la {m} en patrouille (photo d'archives).",
           "Photo : {outlet}"],
    "es": ["{full} habla con la prensa en {city}. Foto: ONU/{credit}", "Cascos azules de la {m} patrullan cerca de {city} (foto de archivo)."],
    "vi": ["{full} phát biểu tại {city}. Ảnh: {outlet}", "Lực lượng gìn giữ hòa bình tại {city} (ảnh minh họa)."],
}
TEASER_HEADS = {"en": "Related News", "fr": "Lire aussi :", "es": "Noticias relacionadas", "vi": "Tin liên quan"}
FURNITURE = {"en": ["Leave A Reply", "Share this article"], "fr": ["Partager cet article", "Laisser un commentaire"],
             "es": ["Compartir", "Deja un comentario"], "vi": ["Chia sẻ", "Bình luận"]}
BYLINE = {"en": "By {who}", "fr": "Par {who}", "es": "Por {who}", "vi": "{who}"}

# Hostile values a headline or a paragraph can carry: YAML words and indicators, markup, Jinja.
HOSTILE_TITLES = [
    "yes", "No", "null", "~", "true", "2021-03-12", "1e3", "0x1F", ".inf", "- item", "? key", "key: value",
    "&anchor Peacekeepers", "*alias of peace", "!tag Peacekeepers", "| pipe", "> folded", "%YAML 1.2", "@handle",
    "`tick` peacekeepers", "\"Quoted\" peacekeepers", "'Single' peacekeepers", "# not a heading", "{{ config }}",
    "{% raw %} Peacekeepers", "{# comment #} peacekeepers", "<script>alert(1)</script> Peacekeepers",
    "</title><b>Peacekeepers</b>", "[Peacekeepers](javascript:alert(1))", "Peacekeepers: what next?", "***",
    "Casques bleus : « oui » ou « non » ?", "¿Cascos azules? ¡Sí!",
]
HOSTILE_SENTENCES = [
    "The mission said {{ page.title }} and {% include 'x.html' %} were not its words.",
    "Le texte contenait <img src=x onerror=alert(1)> et <iframe src=\"http://example.com/\"></iframe>.",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "See [the report](javascript:alert(2)) and <a href=\"javascript:alert(3)\">this</a>.",
    "---\ntitle: injected\n---",
    "!!python/object/apply:os.system [\"true\"]",
    "# Not a heading: key: value - item & *star",
    "{{ 7 * 7 }} peacekeepers {%- if true %}arrived{% endif %}.",
]


# Dates no calendar has, as typos and bad copy give them.
IMPOSSIBLE_DATES = {
    "en": "The report dated 31 February 2019 and the order of 2019-13-45 were both cited.",
    "fr": "Le rapport daté du 30 février 2019 et l'ordre du 32 mars 2020 ont été cités.",
    "es": "El informe del 31 de febrero de 2019 y la orden del 2019-13-45 fueron citados.",
    "vi": "Báo cáo ngày 31/2/2019 và quyết định ngày 45/13/2019 đã được nhắc đến.",
}


@dataclass
class GeneratedSeed:
    """One seed file: its name, its bytes and the traps it was written with (not expected output)."""

    name: str
    content: bytes
    traps: list[str] = field(default_factory=list)
    language: str = ""
    plain: str = ""  # for a saved page or a scraper's record: the article as the plain-text seed would hold it

    @property
    def deliberately_bad(self) -> bool:
        return bool(BAD_TRAPS & set(self.traps))


def _city(country: Country, rng: random.Random) -> tuple[str, str]:
    if not country.cities:
        return country.names["en"], country.names["fr"]
    city = rng.choice(country.cities)
    return city["en"], city.get("fr") or city["en"]


def _skewed(rng: random.Random, size: int) -> int:
    """An index below size, low ones far more often: a few people and events are in many
    articles, most in one or two (the long tail of a real corpus)."""
    return min(int(size * rng.random() ** 3), size - 1)


def make_events(rng: random.Random, world: World, people: list[Person], count: int, today: date) -> list[Event]:
    """count events over the last YEARS_BACK years (a few in the coming weeks), each at a mission
    active that year, in a city of its host country, with one to three people of the pool."""
    first_year = today.year - YEARS_BACK
    active = [m for m in world.missions if (m.end is None or m.end >= first_year) and any(c in world.countries for c in m.countries)]
    contributors = [c for c in world.countries.values() if c.demonym["en"] and len(c.demonym["fr"]) >= 3 and len(c.demonym["es"]) >= 3]
    kinds, weights = list(EVENT_WEIGHTS), list(EVENT_WEIGHTS.values())
    events = []
    for _ in range(count):
        mission = rng.choice(active)
        start = date(max(mission.start, first_year), 1, 1)
        end = min(date(mission.end, 12, 31) if mission.end else today + timedelta(days=60), today + timedelta(days=60))
        if end < start:
            start, end = end - timedelta(days=365), end
        day = start + timedelta(days=rng.randrange((end - start).days + 1))
        kind = rng.choices(kinds, weights)[0]
        last = day + timedelta(days=1) if kind == "ministerial" and day.day < 28 else None
        host = world.countries[next(c for c in mission.countries if c in world.countries)]
        city, city_fr = _city(host, rng)
        # Zipf-like choice: the first people of the pool are the ones every article quotes.
        chosen = [people[_skewed(rng, len(people))] for _ in range(rng.randint(1, 3))]
        events.append(Event(kind, day, last, mission, city, city_fr, host, rng.choice(contributors),
                            list(dict.fromkeys(chosen)), rng.randint(*NUMBERS[kind])))
    return events


def _mission_acronym(mission: Mission, language: str) -> str:
    return mission.acronym["fr"] if language == "fr" else mission.acronym["en"]


def _fill(template: str, event: Event, language: str, rng: random.Random, **extra) -> str:
    city = event.city_fr if language == "fr" else event.city
    forms = event.contributor.demonym.get(language) or event.contributor.demonym["en"] if language != "vi" else [""]
    values = dict(
        n=event.number, d=forms[0], dp=forms[2] if len(forms) > 2 else forms[-1], city=city, m=_mission_acronym(event.mission, language),
        name=event.mission.name.get(language, event.mission.name["en"]),
        date=write_date(event.day, language, rng),
        span=write_span(event.day, event.last or event.day, language),
        c=event.contributor.names[language], host=event.country.names[language], y=rng.randint(1990, 2015),
    )
    values.update(extra)
    return template.format(**values)


def article(rng: random.Random, world: World, event: Event, others: list[Event], people: list[Person],
            language: str, today: date, traps: list[str], parts: dict | None = None) -> str:
    """The text of one article reporting event, in language, in one outlet layout, with its traps.
    parts, when given, is filled with what a saved page or a scraper's record of the same
    article holds: outlet, headline, published (date), writer (name or ""), paragraphs,
    caption, teasers (headlines), furniture (lines)."""
    outlets = [o for o in world.outlets if language in o.languages] or world.outlets
    outlet = rng.choice(outlets)
    person = event.people[0]
    plain = language != "vi" and person.culture in ("vi", "west-africa", "levant", "europe") and rng.random() < 0.3
    if plain and ascii_form(person.full()) != person.full():
        traps.append("name-without-diacritics")
    full, short = person.full(plain), person.short(plain, language)
    rank = person.rank_in(language)
    if language == "en" and rank in RANK_ABBREVIATIONS and rng.random() < 0.3:
        rank = RANK_ABBREVIATIONS[rank]
        traps.append("abbreviated-rank")
    rank_cap = rank[:1].upper() + rank[1:]

    # Publication day: the event's day or a few days after; sometimes after today.
    published = event.day + timedelta(days=rng.choice([0, 0, 0, 1, 2]))
    if rng.random() < 0.03:
        published = today + timedelta(days=rng.choice([1, 1, 2, 30]))
        traps.append("dateline-after-today")
    elif published > today:
        traps.append("dateline-after-today")

    city = event.city_fr if language == "fr" else event.city
    headline = _fill(HEADLINES[event.kind][language], event, language, rng, surname=short)
    if event.kind == "visit":
        traps.append("surname-only-headline")
    if rng.random() < 0.04:
        headline = rng.choice(HOSTILE_TITLES) if rng.random() < 0.6 else f"{headline} {rng.choice(HOSTILE_TITLES)}"
        traps.append("hostile-title")

    paragraphs: list[str] = []
    dated = write_date(published, language, rng, year=rng.random() < 0.8)
    opening = _fill(EVENT_SENTENCES[event.kind][language], event, language, rng, who=f"{rank_cap} {full}")
    layout = rng.choice(["agency", "agency", "portal", "byline", "bare", "no-headline"])
    if layout == "agency":
        dash = rng.choice(["-", "--", "–", "—"])
        paragraphs.append(f"{city.upper()}, {'ngày ' if language == 'vi' else ''}{dated} ({outlet.short}) {dash} {opening}")
    else:
        paragraphs.append(opening)
    office = _fill(rng.choice(OFFICES[language]), event, language, rng)
    paragraphs.append(f"{rank_cap} {full}, {office}, " + {
        "en": "told reporters that the contingent had completed its preparations.",
        "fr": "a indiqué à la presse que le contingent avait achevé ses préparatifs.",
        "es": "dijo a la prensa que el contingente había completado sus preparativos.",
        "vi": "cho biết đơn vị đã hoàn tất công tác chuẩn bị.",
    }[language])
    paragraphs.append(SAID[language].format(q=rng.choice(QUOTES[language]), who=short))
    traps.append("full-name-then-surname")

    # A second person of the same surname in the same article, when the pool has one.
    namesakes = [p for p in people if p.surname == person.surname and p.key != person.key]
    if namesakes and rng.random() < 0.5:
        other = rng.choice(namesakes)
        other_office = _fill(rng.choice(OFFICES[language]), event, language, rng)
        other_rank = other.rank_in(language)
        paragraphs.append(ALSO[language].format(rank=other_rank[:1].upper() + other_rank[1:], full=other.full(), office=other_office))
        # The second mention of the namesake: rank and surname, an honorific, or an initial.
        form = rng.randrange(3)
        if form == 0:
            second_rank, second_name = other_rank[:1].upper() + other_rank[1:], other.short(language=language)
        elif form == 1:
            honorific = HONORIFICS[language][other.female]
            second_rank, second_name = honorific[:1].upper() + honorific[1:], other.short(language=language)
        else:
            initial = other.surname if other.surname_first else f"{other.given[0]}. {other.surname}"
            second_rank, second_name = other_rank[:1].upper() + other_rank[1:], initial
        paragraphs.append(ADDED[language].format(rank=second_rank, short=second_name))
        traps.append(("same-surname-rank", "same-surname-honorific", "same-surname-initial")[form])
        traps.append("same-surname-in-article")
    for extra in event.people[1:]:
        extra_rank = extra.rank_in(language)
        paragraphs.append(ALSO[language].format(rank=extra_rank[:1].upper() + extra_rank[1:], full=extra.full(),
                                                office=_fill(rng.choice(OFFICES[language]), event, language, rng)))
    paragraphs.append(_fill(BACKGROUND[language], event, language, rng))
    if rng.random() < 0.3:  # a second, earlier event told in passing
        earlier = rng.choice([e for e in others if e is not event] or others)
        paragraphs.append(_fill(EVENT_SENTENCES[earlier.kind][language], earlier, language, rng,
                                who=f"{earlier.people[0].rank_in(language).capitalize()} {earlier.people[0].full()}"))
    if rng.random() < 0.15:
        paragraphs.append(FUTURE[language].format(date=write_date(today + timedelta(days=rng.randint(1, 400)), language, rng)))
        traps.append("future-date-in-text")
    if rng.random() < 0.04:
        paragraphs.insert(rng.randint(1, len(paragraphs)), rng.choice(HOSTILE_SENTENCES))
        traps.append("hostile-text")
    if rng.random() < 0.02:
        paragraphs.insert(rng.randint(1, len(paragraphs)), IMPOSSIBLE_DATES[language])
        traps.append("impossible-date")
    if rng.random() < 0.005:  # a long report: every paragraph again, thirty times over
        paragraphs = paragraphs * 30
        headline = " ".join([headline] * 12)
        traps.append("very-long-text")

    # Page furniture around the text, as the outlet's page had it.
    head: list[str] = []
    byline, writer_name = "", ""
    if layout != "no-headline":
        head.append(headline)
    if layout == "portal":
        editor = rng.choice(people)
        head.append(f"Source\n{outlet.name}\nEditor\n{editor.full()}\nTime\n{published.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00")
    if layout in ("portal", "byline") or rng.random() < 0.2:
        writer = rng.choice(people)
        written = writer.full().upper() if rng.random() < 0.15 else writer.full()
        head.append(BYLINE[language].format(who=written) if layout != "portal" else f"by {outlet.short} writer {written}")
        byline, writer_name = head[-1], written
    if layout in ("bare", "byline", "no-headline") and rng.random() < 0.5:
        head.append(f"{dated} | {outlet.name}" if rng.random() < 0.5 else f"{published.isoformat()}")
    if rng.random() < 0.3:
        caption = rng.choice(CAPTIONS[language]).format(full=full, city=city, credit=rng.choice(people).full(),
                                                       m=_mission_acronym(event.mission, language), outlet=outlet.short)
        paragraphs.insert(rng.randint(1, len(paragraphs)), caption)
        traps.append("caption")
    tail: list[str] = []
    if rng.random() < 0.3:
        teasers = [_fill(HEADLINES[e.kind][language], e, language, rng, surname=e.people[0].short(language=language))
                   for e in rng.sample(others, k=min(3, len(others)))]
        tail.append(TEASER_HEADS[language] + "\n" + "\n".join(teasers))
        traps.append("teasers")
    if rng.random() < 0.2:
        tail.append(rng.choice(FURNITURE[language]))
    if parts is not None:
        parts.update(outlet=outlet, headline=headline, published=published, byline=byline, writer=writer_name, paragraphs=list(paragraphs),
                     teasers=tail[0].split("\n")[1:] if tail and "teasers" in traps else [],
                     furniture=[line for line in tail if "\n" not in line])
    return "\n\n".join(head + paragraphs + tail) + "\n"


# --- saved pages and scraper output ---------------------------------------------------------
# A share of the articles is collected as a browser saves the page (.html, the article inside the
# outlet's page furniture) or as a scraper writes its record (.json). The article's text is the
# same as its plain-text form would be; the form is chosen by an independent generator, so adding
# forms leaves the text of every article of a (count, seed, today) as it was.
SAVED_PAGE_SHARE = 0.12
SCRAPER_JSON_SHARE = 0.10

SECTIONS = {"en": ["World", "Africa", "Asia", "Politics", "Opinion"], "fr": ["Monde", "Afrique", "Asie", "Politique", "Débats"],
            "es": ["Mundo", "África", "Asia", "Política", "Opinión"], "vi": ["Thế giới", "Thời sự", "Quân sự", "Quốc phòng"]}
COOKIES = {"en": "We use cookies to improve your experience. Accept all", "fr": "Nous utilisons des cookies. Tout accepter",
           "es": "Utilizamos cookies para mejorar su experiencia. Aceptar", "vi": "Chúng tôi sử dụng cookie. Đồng ý"}
RIGHTS = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "es": "Todos los derechos reservados.", "vi": "Bản quyền thuộc về"}
PAGE_LAYOUTS = ("article", "story-div", "portal-table")


def _slug(text: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in ascii_form(text).lower()).split()
    return "-".join(words[:8]) or "article"


def article_address(parts: dict, index: int) -> str:
    """The address a collector saved the article from: the outlet's domain (or one made from its
    name), a section and a slug of the headline."""
    outlet = parts["outlet"]
    domain = outlet.domain or f"www.{_slug(outlet.name).replace('-', '')}.example"
    return f"https://{domain}/{parts['published']:%Y/%m/%d}/{_slug(parts['headline'])}-{index}"


def saved_page(parts: dict, language: str, index: int, rng: random.Random) -> str:
    """The article as a browser saves its page ("Web page, HTML only"): the browser's comment
    naming the address, the outlet's head (title with the site's name, Open Graph and article
    metadata, scripts), a cookie banner, a menu, the article (headline, byline, date, photo,
    paragraphs), related links, comments and a footer, in one of PAGE_LAYOUTS."""
    from html import escape

    url = article_address(parts, index)
    outlet, headline, published = parts["outlet"], parts["headline"], parts["published"]
    layout = rng.choice(PAGE_LAYOUTS)
    sections = SECTIONS[language]
    menu = "".join(f'<li><a href="/{_slug(name)}/">{escape(name)}</a></li>' for name in sections)
    body = []
    for paragraph in parts["paragraphs"]:
        for line in paragraph.split("\n"):
            if line.strip():
                body.append(f"<p>{escape(line)}</p>")
    stamp = f"{published.isoformat()}T{rng.randint(5, 22):02d}:{rng.choice(['00', '15', '30', '45'])}:00Z"
    byline = f'<p class="byline">{escape(parts["byline"])}</p>' if parts["byline"] else ""
    when = f'<time datetime="{stamp}">{published.isoformat()}</time>'
    related = "".join(f'<li><a href="/{_slug(t)}-{rng.randint(1000, 9999)}">{escape(t)}</a></li>' for t in parts["teasers"])
    related = f'<aside class="related"><h2>{escape(TEASER_HEADS[language])}</h2><ul>{related}</ul></aside>' if related else ""
    furniture = "".join(f'<div class="share">{escape(line)}</div>' for line in parts["furniture"])
    photo = f'<figure><img src="./page_files/photo-{index}.jpg" alt=""><figcaption>{escape(outlet.short)}</figcaption></figure>' \
        if rng.random() < 0.5 else ""
    if layout == "article":
        main = (f'<main id="main"><article class="post"><header><h1 class="entry-title">{escape(headline)}</h1>{byline}{when}</header>'
                f'{photo}<div class="entry-content">{"".join(body)}</div>{furniture}</article>{related}</main>')
    elif layout == "story-div":
        main = (f'<div id="content"><div class="story"><h1>{escape(headline)}</h1><div class="meta">{byline}{when}</div>'
                f'{photo}<div class="story-body">{"".join(body)}</div></div>{related}{furniture}</div>')
    else:  # an older portal: the article in a table cell beside a column of links
        links = "".join(f'<p><a href="/{_slug(name)}/">{escape(name)}</a></p>' for name in sections)
        main = (f'<table class="layout"><tr><td class="left">{links}</td><td class="main"><div class="title-detail">'
                f'<h1>{escape(headline)}</h1></div><div class="date">{when}</div>{byline}<div class="content-detail">'
                f'{"".join(body)}</div>{related}</td></tr></table>')
    saved = f"<!-- saved from url=({len(url):04d}){url} -->"
    return (f'<!DOCTYPE html>\n{saved}\n<html lang="{language}"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
            f'<title>{escape(headline)} | {escape(outlet.name)}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta property="og:site_name" content="{escape(outlet.name)}">\n'
            f'<meta property="og:title" content="{escape(headline)}">\n<meta property="og:type" content="article">\n'
            f'<meta property="og:url" content="{url}">\n<link rel="canonical" href="{url}">\n'
            f'<meta property="article:published_time" content="{stamp}">\n'
            f'<link rel="stylesheet" href="./page_files/style.css">\n'
            f'<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"section": "{escape(sections[0])}"}});</script>\n'
            f'</head>\n<body class="single">\n<div class="cookie-banner">{escape(COOKIES[language])}</div>\n'
            f'<header class="site-header"><a class="logo" href="/">{escape(outlet.name)}</a><nav><ul>{menu}</ul></nav></header>\n'
            f'{main}\n<section class="comments"><h3>{escape(FURNITURE[language][-1])}</h3></section>\n'
            f'<footer class="site-footer"><p>© {published.year} {escape(outlet.name)}. {escape(RIGHTS[language])}</p>'
            f'<ul><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact</a></li></ul></footer>\n'
            f'<script src="./page_files/app.js"></script>\n</body></html>\n')


def scraper_record(parts: dict, language: str, index: int, rng: random.Random) -> str:
    """The article as a scraper writes it, one article per .json file: trafilatura's JSON
    output (title, author, hostname, date, text, language, source...) or news-please's
    (title, authors, date_publish, maintext, source_domain, url...), the scraper picked at random."""
    import json

    url = article_address(parts, index)
    host = url.split("/")[2]
    text = "\n".join(line for paragraph in parts["paragraphs"] for line in paragraph.split("\n") if line.strip())
    published = parts["published"]
    if rng.random() < 0.5:  # trafilatura --json
        record = {"title": parts["headline"], "author": parts["writer"] or None, "hostname": host, "date": published.isoformat(),
                  "categories": "", "tags": "", "fingerprint": f"{rng.getrandbits(64):016x}", "id": None, "license": None,
                  "comments": "", "raw_text": text.replace("\n", " "), "text": text, "language": language, "image": None,
                  "pagetype": "article", "source": url, "source-hostname": parts["outlet"].name,
                  "excerpt": text.split("\n")[0][:200]}
    else:  # news-please
        record = {"authors": [parts["writer"]] if parts["writer"] else [], "date_download": f"{published.isoformat()} 12:00:00",
                  "date_modify": None, "date_publish": f"{published.isoformat()} {rng.randint(5, 22):02d}:00:00",
                  "description": text.split("\n")[0][:200], "filename": f"{_slug(parts['headline'])}.json",
                  "image_url": None, "language": language, "localpath": None, "maintext": text.replace("\n", "\n\n"),
                  "source_domain": host, "text": None, "title": parts["headline"], "title_page": None, "title_rss": None, "url": url}
    return json.dumps(record, ensure_ascii=False, indent=rng.choice([None, 2, 4])) + "\n"


def _encode(text: str, rng: random.Random, traps: list[str]) -> bytes:
    roll = rng.random()
    if roll < 0.02:
        traps.append("crlf")
        return text.replace("\n", "\r\n").encode("utf-8")
    if roll < 0.03:
        traps.append("byte-order-mark")
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if roll < 0.04 and _fits_cp1252(text):
        traps.append("windows-1252")
        return text.encode("cp1252")
    return text.encode("utf-8")


def _fits_cp1252(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _file_name(index: int, rng: random.Random, traps: list[str]) -> str:
    roll = rng.random()
    if roll < 0.01:
        traps.append("odd-file-name")
        return f"{index:05d} copie (2).txt"
    if roll < 0.02:
        traps.append("odd-file-name")
        return f"{index:05d}_article_été.txt"
    if roll < 0.03:
        traps.append("odd-file-name")
        return f"{index:05d}.TEXT"
    if roll < 0.04 and index:
        traps.append("same-stem-as-another-seed")  # 00011.txt and 00011.md: two seeds, one stem
        return f"{index - 1:05d}.md"
    return f"{index:05d}.txt"


def generate(count: int, seed: int = 0, today: date | None = None) -> list[GeneratedSeed]:
    """count seed files (name, bytes, traps) of a peacekeeping news corpus; pure and deterministic.

    count: number of files, deliberately bad ones included (about 1 in 100: empty, whitespace,
    a title alone, a byte-for-byte copy). seed: the random seed. today: the day "after today"
    is measured from (default: the real today)."""
    if count < 0:
        raise ValueError(f"count must be 0 or more, not {count}")
    today = today or date.today()
    rng = random.Random(seed)
    world = load_world()
    people = make_people(rng, max(40, count // 3))
    events = make_events(rng, world, people, max(10, count // 3), today)
    seeds: list[GeneratedSeed] = []
    plain: dict[str, bytes] = {}  # stem of a saved page or scraper record -> the article's plain text
    good: list[GeneratedSeed] = []  # the seeds so far that are not deliberately bad, in order
    for index in range(count):
        if seeds and not seeds[-1].deliberately_bad:  # each pass adds one seed; rebuilding the list was quadratic
            good.append(seeds[-1])
        traps: list[str] = []
        name = _file_name(index, rng, traps)
        roll = rng.random()
        if seeds and roll < 0.004:
            seeds.append(GeneratedSeed(name, b"", ["empty"]))
            continue
        if seeds and roll < 0.006:
            seeds.append(GeneratedSeed(name, b"  \n\t\n", ["whitespace-only"]))
            continue
        if seeds and roll < 0.009:
            seeds.append(GeneratedSeed(name, "Peacekeepers arrive in Juba\n".encode(), ["title-only"]))
            continue
        if good and roll < 0.02:
            original = rng.choice(good)
            if original.name.endswith((".html", ".json")):  # a page saved twice is still a page, whatever its name
                stem = name.rsplit(".", 1)[0] if name.endswith(".txt") else f"{index:05d}"  # "00011.md" of a page: no stem of another seed's
                name = stem + original.name[-5:]
            seeds.append(GeneratedSeed(name, original.content, ["exact-duplicate"], original.language))
            continue
        if good and roll < 0.05:
            original = rng.choice(good)
            outlet = rng.choice(world.outlets)
            content = plain.get(original.name.rsplit(".", 1)[0], original.content) if original.name.endswith((".html", ".json")) \
                else original.content
            text = content.decode("utf-8-sig", errors="replace").replace("\r\n", "\n")
            header = {"en": f"Source: {outlet.name}", "fr": f"Source : {outlet.name}", "es": f"Fuente: {outlet.name}",
                      "vi": f"Nguồn: {outlet.name}"}.get(original.language, f"Source: {outlet.name}")
            seeds.append(GeneratedSeed(name, (text.rstrip("\n") + f"\n\n{header}\n").encode("utf-8"), ["syndicated-copy"], original.language))
            continue
        language = rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0]
        # Events are reported several times (a third as many events as articles), in any language.
        event = events[_skewed(rng, len(events))]
        parts: dict = {}
        text = article(rng, world, event, events, people, language, today, traps, parts)
        content = _encode(text, rng, traps)
        form = random.Random(f"form {seed} {index}")  # independent of rng: the texts stay as they were
        roll = form.random()
        if name.endswith(".txt") and name[:-4].isdigit() and roll < SAVED_PAGE_SHARE + SCRAPER_JSON_SHARE:
            traps[:] = [t for t in traps if t not in ("crlf", "byte-order-mark", "windows-1252")]
            plain[name[:-4]] = text.encode("utf-8")
            if roll < SAVED_PAGE_SHARE:
                name, content = name[:-4] + ".html", saved_page(parts, language, index, form).encode("utf-8")
                traps.append("saved-page")
            else:
                name, content = name[:-4] + ".json", scraper_record(parts, language, index, form).encode("utf-8")
                traps.append("scraper-json")
        seeds.append(GeneratedSeed(name, content, traps, language, text if name.endswith((".html", ".json")) else ""))
    return seeds


def write_corpus(folder: Path, count: int, seed: int = 0, today: date | None = None) -> list[GeneratedSeed]:
    """Write generate(count, seed, today) into folder (created if missing); returns the seeds written.

    Raises FileExistsError when folder already holds files, so a corpus is never mixed with another."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        raise FileExistsError(f"{folder} is not empty")
    seeds = generate(count, seed, today)
    for item in seeds:
        (folder / item.name).write_bytes(item.content)
    return seeds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="The same COUNT, SEED and TODAY give the same files.")
    parser.add_argument("folder", type=Path, help="where to write the seed files (created; must be empty)")
    parser.add_argument("--count", type=int, default=1000, help="number of seed files (default: 1000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    parser.add_argument("--today", type=date.fromisoformat, default=None,
                        help="the day dates 'after today' are measured from, YYYY-MM-DD (default: today)")
    args = parser.parse_args(argv)
    try:
        seeds = write_corpus(args.folder, args.count, args.seed, args.today)
    except (FileExistsError, ValueError) as error:
        print(f"generate: {error}", file=sys.stderr)
        return 2
    traps: dict[str, int] = {}
    for item in seeds:
        for trap in item.traps:
            traps[trap] = traps.get(trap, 0) + 1
    print(f"generate: {len(seeds)} seeds in {args.folder}; traps: "
          + ", ".join(f"{name} {n}" for name, n in sorted(traps.items())), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
