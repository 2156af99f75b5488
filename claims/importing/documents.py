"""From article to claims: import a document, then accept or reject the candidates found in it.

The API (claims/api/documents.py), the admin page (claims/workspace/imports.py) and
`manage.py import_article` all call these functions.

- `import_document` stores the text exactly as given (offsets point into it), runs the
  extractor, suggests a registered source for each attribution and for the publisher, and
  stores one `DocumentCandidate` per figure.
- `accept_candidate` turns a candidate, with the user's edits, into an ordinary report through
  `claims.core.services.report`. Every event of that report carries in its metadata the document id,
  the candidate's number and its offsets (`{"document", "candidate", "offsets": {"sentence":
  [start, end], "value": [start, end]}}`), and the candidate is marked accepted in the same
  transaction.
- `reject_candidate` marks a candidate rejected (an accepted one cannot be: retract the claim).
- `visible_documents` is the object-level rule: importers see their own documents, editors and
  superusers see every document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from claims.core import selectors, services
from claims.core.domain import commands as c
from claims.core.domain.claim import FigureStatus
from claims.core.domain.errors import CommandRejected
from claims.core.domain.values import Document, Period, Quantity, http_url
from claims.core.models import Source
from claims.core.roles import CONTRIBUTOR, EDITOR, roles_of
from claims.importing import extraction, readmodels
from claims.importing.extraction import SUPPORTED, UnsupportedLanguage, detect
from claims.importing.extraction.language import NAMES, Detected
from claims.importing.matching import CandidateFacts, find_indicator, match_candidate
from claims.importing.models import (
    CandidateAction,
    CandidateStatus,
    DocumentCandidate,
    ImportedDocument,
)

# The longest text the importer takes, in characters (a long feature article is ~50,000).
MAX_TEXT_CHARS = 1_000_000
# At most this many candidates are stored per document; the rest are counted, not stored.
MAX_CANDIDATES = 5_000
_BATCH = 500
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # NUL and lone surrogates: no database takes them


class ImportRefused(ValueError):
    """The text cannot be imported (empty, too long, in a language not read); `field` names the
    input at fault."""

    def __init__(
        self,
        message: str,
        field: str = "text",
        *,
        too_large: bool = False,
        language_refused: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.too_large = too_large
        # The language (detected, or given) is not one the importer reads: the text itself
        # may be well formed, so the API answers with a code of its own.
        self.language_refused = language_refused


class NotAllowed(Exception):
    """The user's role does not allow this action on a claim (disputes and corrections)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class CandidateDecided(Exception):
    """The candidate's fate is already settled (accepted), so it cannot be decided again."""

    def __init__(self, candidate: DocumentCandidate) -> None:
        self.candidate = candidate
        if candidate.status == CandidateStatus.ACCEPTED:
            message = f"Candidate {candidate.n} was already accepted as claim {candidate.claim_id}."
        else:
            message = f"Candidate {candidate.n} was already {candidate.status}."
        super().__init__(message)
        self.message = message


# --- Who may see and import -----------------------------------------------------------------------


def can_import(user: Any) -> bool:
    """Contributors and editors (and superusers) import articles; readers do not."""
    return CONTRIBUTOR in roles_of(user)


def sees_all(user: Any) -> bool:
    return EDITOR in roles_of(user)


def visible_documents(user: Any) -> QuerySet[ImportedDocument]:
    """The documents this user may see: their own, or every one for editors and superusers."""
    rows = ImportedDocument.objects.all()
    if not can_import(user):
        return rows.none()
    if sees_all(user):
        return rows
    return rows.filter(importer_id=user.pk)


def with_counts(rows: QuerySet[ImportedDocument]) -> QuerySet[ImportedDocument]:
    """Annotate candidate counts by status (n_candidates, n_proposed, n_accepted, n_rejected)."""
    return rows.annotate(
        n_candidates=Count("candidates"),
        n_proposed=Count("candidates", filter=Q(candidates__status=CandidateStatus.PROPOSED)),
        n_accepted=Count("candidates", filter=Q(candidates__status=CandidateStatus.ACCEPTED)),
        n_rejected=Count("candidates", filter=Q(candidates__status=CandidateStatus.REJECTED)),
    )


def counts_of(document: ImportedDocument) -> dict[str, int]:
    """The document's candidates by status: total, proposed, accepted, rejected."""
    rows = DocumentCandidate.objects.filter(document=document)
    found = dict(rows.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
    counts = {status.value: int(found.get(status.value, 0)) for status in CandidateStatus}
    return {"total": sum(counts.values()), **counts}


# --- Matching names to registered sources ---------------------------------------------------------

_STOPWORDS = frozenset(
    {"of", "the", "and", "for", "on", "in", "de", "del", "la", "el", "los", "las", "y", "para"}
)
_ARTICLES = re.compile(r"^(?:the|el|la|los|las|un|una)\s+")
# Other names of well-known sources, by Wikidata id: a source registered with one of these ids
# also matches these names ("la ONU" for the United Nations).
WIKIDATA_ALIASES: dict[str, tuple[str, ...]] = {
    "Q1065": ("United Nations", "UN", "U.N.", "ONU", "Naciones Unidas",
              "Organización de las Naciones Unidas"),
    "Q7817": ("World Health Organization", "WHO", "OMS", "Organización Mundial de la Salud"),
    "Q7164": ("World Bank", "Banco Mundial"),
    "Q7809": ("UNESCO",),
    "Q7804": ("International Monetary Fund", "IMF", "FMI", "Fondo Monetario Internacional"),
    "Q740308": ("UNICEF", "Unicef"),
    "Q131524": ("UNHCR", "Acnur", "ACNUR", "U.N. refugee agency", "UN refugee agency",
                "Agencia de la ONU para los Refugiados"),
}  # fmt: skip


def normalise_name(name: str) -> str:
    """Fold case, accents, dots and a leading article: 'the U.N.' -> 'un', 'la ONU' -> 'onu'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[.']", "", text)
    text = re.sub(r"[\W_]+", " ", text).strip()
    return _ARTICLES.sub("", text)


def _forms(name: str) -> list[str]:
    """A registered name as written, without its parenthesis, and the acronym in it."""
    return [name, _PAREN.sub("", name).strip(" ,"), *(m.group(1) for m in _PAREN.finditer(name))]


def _acronym(normalised: str) -> str:
    words = [w for w in normalised.split() if w not in _STOPWORDS]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


_PAREN = re.compile(r"\(([^()]{1,40})\)")
_TRAILING_ACRONYM = re.compile(r"\b([A-Z][A-Za-z]*[A-Z][A-Za-z]*)$")
_CAPITALISED_TAIL = re.compile(
    r"((?:[A-ZÁÉÍÓÚ][\w.&'’-]*\s+(?:(?:of|de|del|la|for|para)\s+)?)*"
    r"[A-ZÁÉÍÓÚ][\w.&'’-]*)$"
)


def name_variants(name: str) -> list[str]:
    """The ways a name may be written: whole, without its parenthesis, its acronym in
    parentheses, before or after an apposition comma, a trailing acronym or proper name
    ('the disaster agency Conred' -> 'Conred')."""
    variants = [name]
    bare = _PAREN.sub("", name).strip(" ,")
    variants += [bare, *(m.group(1) for m in _PAREN.finditer(name))]
    for part in bare.split(","):
        variants.append(part.strip())
    tail = _CAPITALISED_TAIL.search(bare)
    if tail and tail.group(1) != bare:
        variants.append(tail.group(1))
    acronym = _TRAILING_ACRONYM.search(bare)
    if acronym:
        variants.append(acronym.group(1))
    seen: list[str] = []
    for variant in variants:
        if variant and variant not in seen:
            seen.append(variant)
    return seen


# Other names this short (once normalised: 'MP', 'the AG') name a source only as the whole
# attribution ('el MP'), never as the acronym at the end of one ('a Labour MP').
SHORT_ALIAS = 3
# The index's tiers, in the order a name is looked up: a source's own names (with the names of
# its Wikidata entity), its other names, its names' short forms, its names' acronyms.
_BY_NAME, _BY_ALIAS, _BY_SHORT_NAME, _BY_ACRONYM = range(4)


@dataclass
class SourceIndex:
    """Registered sources by normalised name, other name, short name (before a comma) and
    acronym.

    A source is known by its name, without a parenthesis and by an acronym in parentheses
    ('Instituto Nacional de Ciencias Forenses (INACIF)'), by the other names of its Wikidata
    id, by its other names (its aliases, each also without a parenthesis and by an acronym in
    one), and by its name's short form and acronym. A name matches when one of its variants
    equals one of those, in that order of precedence: a source's name beats another source's
    other name, which beats a short form, which beats an acronym. No acronym is made up from an
    other name (an editor who wants it gives it), and an other name of three letters or fewer
    matches only the whole attribution. A form shared by two sources in the same tier matches
    neither, and a name whose variants point at two sources matches none.
    """

    ids: set[str] = field(default_factory=set)
    tiers: list[dict[str, set[str]]] = field(default_factory=lambda: [{}, {}, {}, {}])
    exact: dict[str, set[str]] = field(default_factory=dict)  # short other names
    _seen: dict[str, str | None] = field(default_factory=dict)  # an article repeats its sources

    @classmethod
    def load(cls) -> SourceIndex:
        return cls.of(readmodels.sources())

    @classmethod
    def of(cls, rows: Iterable[tuple[str, ...]]) -> SourceIndex:
        index = cls()
        for row in rows:
            source_id, name = row[0], row[1]
            wikidata = row[2] if len(row) > 2 else ""
            index.ids.add(source_id)
            names = [*_forms(name), *WIKIDATA_ALIASES.get(wikidata, ())]
            for each in names:
                full = normalise_name(each)
                short = normalise_name(each.split(",")[0])
                for tier, key in (
                    (_BY_NAME, full),
                    (_BY_SHORT_NAME, short),
                    (_BY_ACRONYM, _acronym(full)),
                ):
                    if key:
                        index.tiers[tier].setdefault(key, set()).add(source_id)
            for alias in row[3:]:
                for each in _forms(alias):
                    key = normalise_name(each)
                    if not key:
                        continue
                    brief = len(key.replace(" ", "")) <= SHORT_ALIAS
                    keys = index.exact if brief else index.tiers[_BY_ALIAS]
                    keys.setdefault(key, set()).add(source_id)
        return index

    def match(self, name: str | None) -> str | None:
        """The id of the one source this name designates, or None."""
        if not name:
            return None
        if name not in self._seen:
            self._seen[name] = self._lookup_name(name)
        return self._seen[name]

    def _lookup_name(self, name: str) -> str | None:
        found: set[str] = set()
        whole = normalise_name(name)
        for variant in name_variants(name):
            key = normalise_name(variant)
            source = self._lookup(key, whole=key == whole)
            if source:
                found.add(source)
        return next(iter(found)) if len(found) == 1 else None

    def _lookup(self, key: str, *, whole: bool) -> str | None:
        if not key:
            return None
        for n, tier in enumerate(self.tiers):
            found = tier.get(key)
            if n == _BY_ALIAS and whole and key in self.exact:
                found = (found or set()) | self.exact[key]
            if found:
                return next(iter(found)) if len(found) == 1 else None
        return None

    def resolve(self, ref: str | None) -> str | None:
        """A source id given as such, or the source a name designates."""
        if not ref:
            return None
        return ref if ref in self.ids else self.match(ref)


_GOVERNMENT = re.compile(
    r"\b(?:ministry|ministerio|minister|ministro|ministra|government|gobierno|secretar[íi]a|"
    r"police|polic[íi]a|officials|funcionarios|authorities|autoridades|department|"
    r"departamento|procuradur[íi]a|agency|"
    r"agencia|institute|instituto|bank|banco|commission|comisi[óo]n|congress|congreso|"
    r"president|presidente|tribunal|court|fiscal[íi]a|army|ej[ée]rcito|mayor|alcald)",
    re.IGNORECASE,
)
_MEDIA = re.compile(
    r"\b(?:times|post|news|journal|tribune|herald|prensa|diario|peri[óo]dico|noticias|radio|"
    r"tv|television|televisi[óo]n|media|medios|reuters|associated\s+press)\b",
    re.IGNORECASE,
)
_ACADEMIC = re.compile(r"\b(?:university|universidad|college|school|escuela)\b", re.IGNORECASE)
_NGO = re.compile(
    r"\b(?:groups?|organizaci[óo]n|organization|organisation|observatory|observatorio|"
    r"foundation|fundaci[óo]n|ngo|ong|rights|derechos|watch|amnesty)\b",
    re.IGNORECASE,
)


_PERSON_TITLE = re.compile(
    r"\b(?:minister|ministro|ministra|director|directora|mayor|alcalde|alcaldesa|governor|"
    r"gobernador|spokes(?:man|woman|person)|portavoz|vocero|vocera|senator|senador|senadora|"
    r"congressman|diputado|diputada|secretary|secretario|secretaria|doctor|dr\.)\b",
    re.IGNORECASE,
)
_SURNAME = re.compile(r"(?:ez|es|os|as|is|son|ova|ski|ini|elli)$")


def guess_kind(name: str) -> str:
    """A registration kind for a source known only by name ('Ministerio de Salud' -> government)."""
    if _ACADEMIC.search(name):
        return "academic"
    if _MEDIA.search(name):
        return "media"
    if _PERSON_TITLE.search(name) and "," in name:
        return "person"  # "the finance minister, Edwin Martínez"
    if _GOVERNMENT.search(name):
        return "government"
    if _NGO.search(name):
        return "ngo"
    if _PERSON_TITLE.search(name):
        return "person"
    words = name.replace(",", " ").split()
    capitalised = [w for w in words if w[:1].isupper() and w.isalpha()]
    # "Maria Lopez", "Ana Ramírez": two or three names, the last a common surname form.
    if 2 <= len(capitalised) == len(words) <= 3 and _SURNAME.search(capitalised[-1]):
        return "person"
    return "organization"


def register_named_source(
    document: ImportedDocument, name: str, kind: str, *, user: Any
) -> tuple[str, int]:
    """Register a source by the name an article gives it (one ordinary command), and suggest it
    for every undecided candidate of the document that names it; return its id and that count."""
    source_id = services.new_id()
    ctx = services.Context(actor=user.get_username(), extra={"document": str(document.pk)})
    services.register_source(c.RegisterSource(source_id=source_id, name=name, kind=kind), ctx)
    key = normalise_name(name)

    def names_it(named: str) -> bool:
        return key in (normalise_name(named), normalise_name(registration_name(named)))

    return source_id, _suggest_where_named(document, source_id, names_it)


def add_other_name(document: ImportedDocument, name: str, source: Source, *, user: Any) -> int:
    """Give a registered source the name an article gives it, as one of its other names (one
    ordinary command, as of the source's version now), and suggest the source for every
    undecided candidate of the document that the source now matches; return that count. The
    editor's answer to 'Ministerio Público' in an article when the tracker knows the Public
    Ministry by its English name. `source` is its row as the editor chose it."""
    source_id = str(source.pk)
    aliases = (*selectors.source_aliases(source), name)
    ctx = services.Context(actor=user.get_username(), extra={"document": str(document.pk)})
    services.update_source(source_id, c.UpdateSource(aliases=aliases), ctx, source.version)
    index = SourceIndex.load()
    return _suggest_where_named(document, source_id, lambda named: index.match(named) == source_id)


def _suggest_where_named(
    document: ImportedDocument, source_id: str, names_it: Callable[[str], bool]
) -> int:
    """Suggest a source for the document's undecided candidates without one whose attributed
    name `names_it`; return how many."""
    linked = 0
    with transaction.atomic():
        rows = DocumentCandidate.objects.select_for_update().filter(
            document=document, suggested_source="", status=CandidateStatus.PROPOSED
        )
        for row in rows:
            named = row.get("attributed_to")
            if named and names_it(str(named)):
                row.suggested_source = source_id
                row.save(update_fields=["suggested_source"])
                linked += 1
    return linked


# A lower-case article in front of a capitalised name, as a sentence writes it: "según el
# Ministerio Público", "said the Transport Ministry".
_LEADING_ARTICLE = re.compile(r"^(?:the|el|la|los|las)\s+(?=[A-ZÁÉÍÓÚÑÜ])")

# A capitalised one is most often the same article at the head of a sentence ("The Public
# Ministry said …", "El Ministerio Público informó …"), but may be the name's own ("The New
# York Times", "The Guardian", "El Periódico", "Los Angeles Police Department"). It goes only
# before an institution's name that is no medium's: English names one by a word anywhere ("The
# Lakeport Transport Ministry") or by an acronym ("The U.N."), Spanish by the word that heads it
# ("El Ministerio Público", not "Los Angeles Police Department").
_CAPITAL_THE = re.compile(r"^The\s+(?=[A-Z])")
_CAPITAL_EL = re.compile(r"^(?:El|La|Los|Las)\s+(?=[A-ZÁÉÍÓÚÑÜ])")
_ACRONYM_NAME = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,}$")


# A person named after their office: "el ministro de Gobernación, Mauricio López Bonilla".
_NAME_AFTER_TITLE = re.compile(
    r",\s+(?P<name>[A-ZÁÉÍÓÚÑÜ][\w'-]+(?:\s+(?:(?:de|del|la|las|los|y)\s+)?"
    r"[A-ZÁÉÍÓÚÑÜ][\w'-]+){1,3})$"
)


# The same, the office before the name with no comma, as English writes it: "Interior Minister
# Mauricio López Bonilla", "police spokesman Pablo Castillo".
_NAME_AFTER_TITLE_EN = re.compile(
    r"^(?:the\s+)?(?:[\w.'-]+\s+){0,4}?(?:minister|director|mayor|governor|spokes(?:man|woman|"
    r"person)|senator|congressman|congresswoman|secretary|president|attorney\s+general|"
    r"prosecutor|chief|commissioner|ambassador)\s+(?P<name>(?-i:[A-ZÁÉÍÓÚÑÜ])[\w'-]+"
    r"(?:\s+(?:(?:de|del|la|y)\s+)?(?-i:[A-ZÁÉÍÓÚÑÜ])[\w'-]+){1,3})$",
    re.IGNORECASE,
)


def registration_name(named: str) -> str:
    """The name to register a source under, from how an article names it: without the article
    the sentence put in front of it ('el Ministerio Público' -> 'Ministerio Público', 'The
    Public Ministry' -> 'Public Ministry', but 'The New York Times' keeps its own), and a
    person without the office named before them ('el ministro de Gobernación, Mauricio López
    Bonilla' -> 'Mauricio López Bonilla')."""
    return _registration(named)[0]


def _registration(named: str) -> tuple[str, bool]:
    """registration_name(named), and whether that name is a person named after their office."""
    named = named.strip()
    if named.count(")") > named.count("("):
        # ("INACIF)": the close of '… Forensic Sciences (INACIF)', read without its open)
        named = named.rstrip(")").strip()
    person = titled_person(named)
    if person is not None:
        return person[:200], True
    return _without_article(named)[:200], False


def _without_article(named: str) -> str:
    """The name without the article a sentence put in front of it (_CAPITAL_THE, _CAPITAL_EL)."""
    bare = _LEADING_ARTICLE.sub("", named)
    if bare != named or _MEDIA.search(named):
        return bare
    capital = _CAPITAL_THE.match(named)
    if capital is not None:
        rest = named[capital.end() :]
        institution = _ACRONYM_NAME.match(rest) or _institution(rest)
        return rest if institution else named
    capital = _CAPITAL_EL.match(named)
    if capital is not None:
        rest = named[capital.end() :]
        return rest if _institution(rest.split(maxsplit=1)[0]) else named
    return named


def _institution(name: str) -> bool:
    return bool(_GOVERNMENT.search(name) or _NGO.search(name) or _ACADEMIC.search(name))


def titled_person(named: str) -> str | None:
    """The person's name when an article names them after their office, else None."""
    person = _NAME_AFTER_TITLE.search(named)
    if person is not None and _PERSON_TITLE.search(named[: person.start()]):
        return person.group("name")
    person = _NAME_AFTER_TITLE_EN.match(named)
    return person.group("name") if person is not None else None


def source_to_register(candidate: DocumentCandidate) -> dict[str, str] | None:
    """The source a candidate offers to register: its attribution when none is registered (of
    the kind the article's whole naming suggests: an office before a name says a person)."""
    named = candidate.get("attributed_to")
    if not named or candidate.suggested_source:
        return None
    name, person = _registration(str(named))
    return {"name": name, "kind": "person" if person else guess_kind(str(named))}


# --- Importing ------------------------------------------------------------------------------------


def storable(text: str) -> str:
    """Replace NUL characters and lone surrogates with U+FFFD, one for one (offsets hold)."""
    return _UNSTORABLE.sub("\ufffd", text)


def max_text_chars() -> int:
    return int(getattr(settings, "CLAIMS_IMPORT_MAX_CHARS", MAX_TEXT_CHARS))


def check_text(text: object) -> str:
    """Refuse what cannot be imported: not a string, empty, or longer than the limit."""
    if not isinstance(text, str):
        raise ImportRefused("Send the article's text as a string.")
    limit = max_text_chars()
    if len(text) > limit:
        raise ImportRefused(
            f"The text is {len(text):,} characters long; the importer takes at most "
            f"{limit:,} characters (about {limit / 1_000_000:g} MB). Split the article and "
            "import it in parts.",
            too_large=True,
        )
    if not text.strip():
        raise ImportRefused("The text is empty: paste the article's text.")
    return text


def check_language(text: str, language: str | None, found: Detected | None = None) -> str:
    """The language to read the text in: the one given, or the one detected (`found`, when the
    caller has detected it already); others refused."""
    if language:
        if language not in SUPPORTED:
            raise ImportRefused(
                f"Texts in {NAMES.get(language, repr(language))} are not read: the importer reads "
                "English ('en') and Spanish ('es').",
                "language",
                language_refused=True,
            )
        return language
    found = found or detect(text)
    if not found.supported:
        raise ImportRefused(
            f"The text looks like {found.name}; the importer reads English and Spanish only. "
            "If it is in one of those, say so with 'language' ('en' or 'es').",
            "text",
            language_refused=True,
        )
    return found.language


# What a warning about an imported article can be about (its `code`).
LANGUAGE_MISMATCH = "language_mismatch"  # the text reads as another language than it was read in
WARNING_CODES = (LANGUAGE_MISMATCH,)


# A text clearly reads as a language when at least this many of its marker words were found,
# and at least twice as many as of any other language's ('The Ministerio de Salud Pública
# reported…' has two Spanish words and one English one: too few to say it is not English).
CLEAR_EVIDENCE = 4


def detected_language(found: Detected) -> str:
    """The language a text clearly reads as, or '' when it is too short or too mixed to tell."""
    count = found.counts.get(found.language, 0)
    others = max((n for lang, n in found.counts.items() if lang != found.language), default=0)
    return found.language if count >= CLEAR_EVIDENCE and count >= 2 * others else ""


def warnings_of(document: ImportedDocument) -> list[dict[str, str]]:
    """What the importer has to say about how it read the article, as {code, message}."""
    found, read_as = document.detected_language, document.language
    if not found or found == read_as:
        return []
    name = NAMES.get(found, found)
    message = (
        f"The text reads as {name}, but it was read as {NAMES[read_as]}, as the import asked: "
        "the candidates may be wrong. "
    )
    if found in SUPPORTED:
        message += "Import it again without a language to have it detected."
    else:
        message += f"The importer does not read {name}."
    return [{"code": LANGUAGE_MISMATCH, "message": message}]


@dataclass(frozen=True, slots=True)
class Imported:
    document: ImportedDocument
    candidates: list[DocumentCandidate]
    found: int  # candidates the extractor proposed (more than stored when over MAX_CANDIDATES)


def import_document(
    text: str,
    *,
    importer: Any,
    url: str = "",
    publisher: str = "",
    published_at: dt.date | None = None,
    language: str | None = None,
) -> Imported:
    """Store the text, extract its candidates, suggest sources, and match existing claims."""
    text = storable(check_text(text))
    url, publisher = storable((url or "").strip()), storable(publisher or "")
    try:  # (its candidates could not be accepted: a claim's and evidence's links are http(s))
        http_url(url, "url", max_len=2000, required=False)
    except CommandRejected:
        raise ImportRefused("Give the article's http:// or https:// address.", "url") from None
    found_language = detect(text)
    language = check_language(text, language, found_language)
    try:
        found = extraction.extract(
            text,
            published_at=published_at,
            url=url or None,
            publisher=publisher or None,
            language=language,
        )
    except UnsupportedLanguage as exc:  # pragma: no cover - check_language refused it already
        raise ImportRefused(str(exc), "language") from None
    index = SourceIndex.load()
    document = ImportedDocument(
        importer=importer,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        url=url,
        publisher=publisher,
        publisher_source=index.resolve(publisher) or "",
        published_at=published_at,
        language=language,
        detected_language=detected_language(found_language),
        created_at=timezone.now(),
    )
    rows = [
        DocumentCandidate(
            document=document,
            n=n,
            data=candidate.to_dict(),
            suggested_source=index.match(candidate.attributed_to) or "",
        )
        for n, candidate in enumerate(found[:MAX_CANDIDATES])
    ]
    match_candidates(rows)
    with transaction.atomic():
        document.save(force_insert=True)
        DocumentCandidate.objects.bulk_create(rows, batch_size=_BATCH)
    return Imported(document, rows, len(found))


def facts_of(candidate: DocumentCandidate) -> CandidateFacts:
    """What the matcher reads of a stored candidate (its source as the suggested id)."""
    start, end = candidate.get("period_start"), candidate.get("period_end")
    return CandidateFacts(
        statement=str(candidate.get("statement") or ""),
        amount=Decimal(str(candidate.get("amount") or "0")),
        unit=str(candidate.get("unit") or ""),
        qualifier=str(candidate.get("qualifier") or "exact"),
        period_start=dt.date.fromisoformat(start) if start else None,
        period_end=dt.date.fromisoformat(end) if end else None,
        place=candidate.get("place"),
        subject=str(candidate.get("subject") or ""),
        attributed_to=candidate.suggested_source or None,
        language=str(candidate.get("language") or "en"),
    )


def match_candidates(rows: list[DocumentCandidate]) -> None:
    """Set each candidate's indicator and its relations to the claims the tracker holds.

    Indicators are read once; the claims that may relate are read in two queries for all the
    candidates (those of the candidates' indicators, and those without an indicator in one of
    their units).
    """
    if not rows:
        return
    indicators = readmodels.indicators()
    facts = [facts_of(row) for row in rows]
    keys: dict[int, str | None] = {}
    for row, fact in zip(rows, facts, strict=True):
        found, _ = find_indicator(fact, indicators)
        keys[id(row)] = found.key if found else None
    claims = readmodels.claims_for((k for k in keys.values() if k), (fact.unit for fact in facts))
    by_indicator: dict[str | None, list[Any]] = {}
    for claim in claims:
        by_indicator.setdefault(claim.indicator, []).append(claim)
    loose = by_indicator.get(None, [])
    for row, fact in zip(rows, facts, strict=True):
        key = keys[id(row)]
        related = loose + (by_indicator.get(key, []) if key else [])
        result = match_candidate(fact, related, indicators)
        row.indicator = result.indicator or ""
        row.matches = [m.to_dict() for m in result.matches]


# --- Accepting and rejecting ----------------------------------------------------------------------


def offsets(candidate: DocumentCandidate) -> dict[str, list[int]]:
    return {
        "sentence": [
            int(candidate.get("sentence_start", 0)),
            int(candidate.get("sentence_end", 0)),
        ],
        "value": [int(candidate.get("value_start", 0)), int(candidate.get("value_end", 0))],
    }


def candidate_period(candidate: DocumentCandidate) -> Period | None:
    start, end = candidate.get("period_start"), candidate.get("period_end")
    if not (start and end):
        return None
    return Period(dt.date.fromisoformat(start), dt.date.fromisoformat(end))


def default_subject(candidate: DocumentCandidate) -> str:
    return str(candidate.get("subject") or candidate.get("place") or "")


def build_report(
    candidate: DocumentCandidate, edits: Mapping[str, Any], claim_id: str
) -> c.ReportClaim:
    """The report the candidate proposes, with every field the user gave in `edits` instead.

    `edits` may hold statement, subject, indicator, value (a Quantity), period (a Period or None
    for none), place ("" for none), attributed_to (a source id), said_by, reported_in (a
    Document or None), note. An absent key (or an empty statement, subject or source) keeps the
    candidate's proposal; the document's URL, publisher and date make the default `reported_in`.
    The attribution the article names becomes `said_by` when the claim is attributed to
    another source than the one that name was matched to ("Guatemalan officials", attributed to
    the Government of Guatemala), and the claim is recorded in the language the candidate was
    read in.
    """
    document = candidate.document

    def given(key: str, default: Any) -> Any:
        return edits.get(key, default)

    subject = given("subject", None) or default_subject(candidate)
    if not subject:
        raise CommandRejected("Say whom or what the figure is about.", "subject")
    attributed_to = given("attributed_to", None) or candidate.suggested_source
    named = candidate.get("attributed_to")
    if not attributed_to and named:
        # (a source registered since the article was imported, through the API or by name)
        attributed_to = SourceIndex.load().resolve(str(named))
    if not attributed_to:
        hint = f" The article attributes it to {named!r}." if named else ""
        raise CommandRejected(
            f"Choose the source the claim is attributed to.{hint}", "attributed_to"
        )
    value = given("value", None)
    if value is None:
        value = Quantity.of(
            candidate.get("amount"), candidate.get("unit") or "", candidate.get("qualifier")
        )
    default_doc = None
    headline = document.headline
    if document.url or document.publisher_source or document.published_at or headline:
        default_doc = Document(
            url=document.url,
            publisher=document.publisher_source or None,
            published_at=document.published_at,
            title=headline,
        )
    return c.ReportClaim(
        claim_id=claim_id,
        statement=given("statement", None) or str(candidate.get("statement") or ""),
        subject=subject,
        indicator=given("indicator", candidate.indicator or None) or None,
        value=value,
        period=given("period", candidate_period(candidate)),
        place=given("place", str(candidate.get("place") or "")) or "",
        attributed_to=attributed_to,
        said_by=given("said_by", None) or _quoted(candidate, attributed_to),
        reported_in=given("reported_in", default_doc),
        note=given("note", None) or "",
        language=str(candidate.get("language") or "en"),
    )


def _quoted(candidate: DocumentCandidate, source_id: str) -> str | None:
    """Whom the article quotes, when that is not the source the claim is attributed to: a name
    the importer matched to this very source ("the U.N.") is only its spelling."""
    named = str(candidate.get("attributed_to") or "").strip()
    if not named or candidate.suggested_source == source_id:
        return None
    source_name = selectors.source_names([source_id]).get(source_id, "")
    return None if named.casefold() == source_name.strip().casefold() else named[:200]


def default_occurred_at(document: ImportedDocument) -> dt.datetime | None:
    """Valid time of a claim read in the document: its publication day, midnight UTC."""
    if document.published_at is None:
        return None
    return dt.datetime.combine(document.published_at, dt.time.min, tzinfo=dt.UTC)


@dataclass(frozen=True, slots=True)
class Accepted:
    candidate: DocumentCandidate
    claim_id: str
    result: services.Result


def accept_candidate(
    candidate: DocumentCandidate,
    *,
    user: Any,
    edits: Mapping[str, Any] | None = None,
    occurred_at: dt.datetime | None = None,
    request_id: str | None = None,
) -> Accepted:
    """Report the candidate as a claim (with the user's edits) and mark it accepted, atomically.

    Raises CandidateDecided if it was accepted meanwhile, CommandRejected if the report is
    refused (a missing source, a bad value...).
    """
    edits = edits or {}
    if candidate.status != CandidateStatus.ACCEPTED:
        # (before the report's transaction: the refreshed matches stay when it is refused)
        _refuse_a_duplicate(candidate, build_report(candidate, edits, "check"))
    with transaction.atomic():
        locked = (
            DocumentCandidate.objects.select_for_update()
            .select_related("document")
            .get(pk=candidate.pk)
        )
        if locked.status == CandidateStatus.ACCEPTED:
            raise CandidateDecided(locked)
        command = build_report(locked, edits, services.new_id())
        ctx = services.Context(
            actor=user.get_username(),
            request_id=request_id,
            occurred_at=occurred_at or default_occurred_at(locked.document),
            extra={
                "document": str(locked.document_id),
                "candidate": locked.n,
                "offsets": offsets(locked),
            },
        )
        result = services.report(command, ctx)
        _decided(locked, user, CandidateAction.REPORT, command.claim_id, command.attributed_to)
    return Accepted(locked, command.claim_id, result)


def _refuse_a_duplicate(candidate: DocumentCandidate, report: c.ReportClaim) -> None:
    """Refuse a report of a figure a claim now holds with the same source, period and value:
    matches are found when the article is imported, and a claim may have been made from the
    same figure since (the same article imported twice, one copy accepted). The report is
    compared as the user would make it (their edits applied: a figure edited into another one
    is reported as asked). The candidate's stored matches are brought up to date either way,
    so the page shows what the tracker holds now."""
    indicators = readmodels.indicators()
    stored = facts_of(candidate)
    found, _ = find_indicator(stored, indicators)
    facts = None
    if report.value is not None:
        period = report.period
        facts = CandidateFacts(
            statement=report.statement,
            amount=report.value.amount,
            unit=report.value.unit,
            qualifier=report.value.qualifier.value,
            period_start=period.start if period else None,
            period_end=period.end if period else None,
            place=report.place or None,
            subject=report.subject,
            attributed_to=report.attributed_to,
            language=stored.language,
        )
    # (one read of the claims either comparison may relate to)
    measured = find_indicator(facts, indicators)[0] if facts is not None else None
    keys = [k for k in (report.indicator, found and found.key, measured and measured.key) if k]
    claims = readmodels.claims_for(keys, [f.unit for f in (stored, facts) if f is not None])
    now = match_candidate(stored, claims, indicators)
    candidate.indicator = now.indicator or ""
    candidate.matches = [m.to_dict() for m in now.matches]
    candidate.save(update_fields=["indicator", "matches"])
    if facts is None:
        return
    result = match_candidate(facts, claims, indicators)
    same = [m.claim for m in result.matches if m.relation == "same"]
    if same:
        raise CommandRejected(
            f"Claim {same[0]} already holds this figure, from the same source and for the same "
            "period: reporting it again would duplicate that claim. Cite the article on that "
            "claim instead (the candidate's match action), or change a field before accepting.",
            "claim",
        )


def _decided(
    candidate: DocumentCandidate, user: Any, action: str, claim_id: str, source: str | None
) -> None:
    """Mark the candidate accepted, with the source it was accepted as (which it then shows as
    its `attributed_to`, and no longer offers to register)."""
    candidate.status = CandidateStatus.ACCEPTED
    candidate.action = action
    candidate.claim_id = claim_id
    candidate.decided_by = user
    candidate.decided_at = timezone.now()
    candidate.reason = ""
    candidate.suggested_source = source or candidate.suggested_source
    candidate.save(
        update_fields=[
            "status",
            "action",
            "claim_id",
            "decided_by",
            "decided_at",
            "reason",
            "suggested_source",
        ]
    )


def reject_candidate(candidate: DocumentCandidate, *, user: Any, reason: str = "") -> None:
    """Mark the candidate rejected (again: the latest reason stands). Accepted ones stay."""
    with transaction.atomic():
        locked = DocumentCandidate.objects.select_for_update().get(pk=candidate.pk)
        if locked.status == CandidateStatus.ACCEPTED:
            raise CandidateDecided(locked)
        locked.status = CandidateStatus.REJECTED
        locked.decided_by = user
        locked.decided_at = timezone.now()
        locked.reason = storable(reason)[:2000]
        locked.save(update_fields=["status", "decided_by", "decided_at", "reason"])
    candidate.status, candidate.decided_by = locked.status, locked.decided_by
    candidate.decided_at, candidate.reason = locked.decided_at, locked.reason


# --- Acting on a matched claim --------------------------------------------------------------------

# What accepting a candidate does to a claim it relates to, by relation.
ACTION_OF = {
    "same": CandidateAction.CITE,
    "agrees": CandidateAction.SUPPORT,
    "conflicts": CandidateAction.DISPUTE,
    "updates": CandidateAction.CORRECT,
}
MATCH_ACTIONS = tuple(ACTION_OF.values())
# Disputes and corrections are editors' commands, through the importer as anywhere else.
EDITOR_ACTIONS = (CandidateAction.DISPUTE, CandidateAction.CORRECT)


def relation_now(candidate: DocumentCandidate, claim_id: str) -> tuple[str | None, str]:
    """How the candidate relates to the claim as it stands now, and why."""
    claim = readmodels.claim(claim_id)
    if claim is None:
        raise CommandRejected(f"No claim with id {claim_id[:64]!r}.", "claim")
    result = match_candidate(facts_of(candidate), [claim], readmodels.indicators())
    found = next((m for m in result.matches if m.claim == claim.id), None)
    return (found.relation, found.reason) if found else (None, "")


@dataclass(frozen=True, slots=True)
class Matched:
    candidate: DocumentCandidate
    claim_id: str
    action: str
    relation: str | None
    result: services.Result


def act_on_match(
    candidate: DocumentCandidate,
    *,
    claim_id: str,
    user: Any,
    action: str | None = None,
    attributed_to: str | None = None,
    reason: str = "",
    url: str = "",
    occurred_at: dt.datetime | None = None,
    request_id: str | None = None,
) -> Matched:
    """Accept the candidate as an action on a claim it matches, instead of a new claim.

    same -> cite it (evidence with the article's URL, else a note); agrees -> supporting
    evidence; conflicts -> a competing figure from the candidate's source (it opens a dispute);
    updates -> a correction of the claim's value. Without `action`, the one of the candidate's
    relation to the claim as it stands now; one given explicitly is done as asked. Every event
    names the document, the candidate and its offsets, as an accepted report does.
    """
    if action is not None and action not in MATCH_ACTIONS:
        raise CommandRejected(
            f"Unknown action; expected one of: {', '.join(MATCH_ACTIONS)}.", "action"
        )
    editor = EDITOR in roles_of(user)
    with transaction.atomic():
        locked = (
            DocumentCandidate.objects.select_for_update()
            .select_related("document")
            .get(pk=candidate.pk)
        )
        if locked.status == CandidateStatus.ACCEPTED:
            raise CandidateDecided(locked)
        relation, why = relation_now(locked, claim_id)
        if action is None:
            if relation is None:
                raise CommandRejected(
                    "The candidate does not relate to this claim (another measure, place, "
                    "period or source); choose an action or report it as a new claim.",
                    "claim",
                )
            action = ACTION_OF[relation]
        if action in EDITOR_ACTIONS and not editor:
            raise NotAllowed(
                "Adding a competing figure (a dispute) or a correction needs the editor role; "
                "cite the article as evidence or report the figure as a new claim instead."
            )
        document = locked.document
        ctx = services.Context(
            actor=user.get_username(),
            request_id=request_id,
            occurred_at=occurred_at or default_occurred_at(document),
            extra={
                "document": str(document.pk),
                "candidate": locked.n,
                "offsets": offsets(locked),
                "relation": relation or "",
            },
        )
        result = _apply(locked, claim_id, action, attributed_to, reason, url, why, ctx)
        _decided(locked, user, action, claim_id, attributed_to)
    return Matched(locked, claim_id, action, relation, result)


def _refuse_what_the_claim_holds(
    claim_id: str, action: str, link: str, source: str | None, value: Quantity
) -> None:
    """Refuse an action the claim already shows done: the article cited on it (as evidence with
    its URL), or the source's figure already on it. Importing the same article again proposes
    the same matches; acting on them again would only repeat the evidence or the dispute."""
    claim = selectors.claim_document(claim_id)
    if claim is None:
        return
    if action in (CandidateAction.CITE, CandidateAction.SUPPORT) and link:
        for evidence in claim.get("evidence") or []:
            if evidence.get("url") == link:
                raise CommandRejected(
                    f"This claim already cites {link[:200]} (evidence {evidence.get('id')}); "
                    "there is nothing to add. Reject the candidate, or cite another article.",
                    "claim",
                )
    if action == CandidateAction.DISPUTE and source:
        for figure in claim.get("figures") or []:
            held = figure.get("value") or {}
            if (
                figure.get("source") == source
                and figure.get("status") != FigureStatus.WITHDRAWN
                and held.get("amount") is not None
                and Decimal(str(held["amount"])) == value.amount
                and held.get("qualifier") == value.qualifier.value
            ):
                raise CommandRejected(
                    f"This claim already holds this figure from this source (figure "
                    f"{figure.get('id')}, {figure.get('status')}): there is nothing to dispute "
                    "again. Reject the candidate, or choose another action.",
                    "claim",
                )


def _apply(
    candidate: DocumentCandidate,
    claim_id: str,
    action: str,
    attributed_to: str | None,
    reason: str,
    url: str,
    why: str,
    ctx: services.Context,
) -> services.Result:
    """One ordinary service call on the claim."""
    document = candidate.document
    statement = str(candidate.get("statement") or "")
    source = attributed_to or candidate.suggested_source or None
    named = (source and readmodels.source_names([source]).get(source)) or candidate.get(
        "attributed_to"
    )
    unit = readmodels.claim_unit(claim_id) or str(candidate.get("unit") or "")
    value = Quantity.of(candidate.get("amount"), unit, candidate.get("qualifier"))
    link = url or document.url
    said = f"{named or 'The article'}: “{statement[:1500]}”"
    _refuse_what_the_claim_holds(claim_id, action, link, source, value)
    if action in (CandidateAction.CITE, CandidateAction.SUPPORT):
        kind = "citation" if action == CandidateAction.CITE else "supporting"
        if link:
            evidence = c.AttachEvidence(
                evidence_id=services.new_id(),
                url=link,
                title=(document.headline or document.title)[:200],
                kind=kind,
                note=(reason or said)[:2000],
            )
            return services.attach_evidence(claim_id, evidence, ctx, None)
        text = f"{'Cited again' if kind == 'citation' else 'Supported'} by an imported article. "
        return services.note(claim_id, c.AddNote(text=(text + (reason or said))[:2000]), ctx, None)
    if not source:
        hint = f" The article attributes it to {named!r}." if named else ""
        raise CommandRejected(f"Choose the source that gives this figure.{hint}", "attributed_to")
    if action == CandidateAction.DISPUTE:
        default_reason = f"{said} ({why})" if why else said
        dispute = c.DisputeClaim(
            dispute_id=services.new_id(),
            reason=(reason or default_reason)[:2000],
            by=source,
            counter_value=value,
            evidence=link if link.lower().startswith(("http://", "https://")) else "",
        )
        return services.dispute(claim_id, dispute, ctx, None)
    correction = c.CorrectClaim(
        reason=(reason or f"The source revised its figure. {said}")[:2000],
        value=value,
        by=source,
    )
    return services.correct(claim_id, correction, ctx, None)
