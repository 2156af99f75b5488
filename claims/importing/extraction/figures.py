"""Figures in one sentence: the number, its multiplier, currency, qualifier and unit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from claims.importing.extraction.model import Qualifier
from claims.importing.extraction.places import is_demonym, is_place
from claims.importing.extraction.words import (
    NUMBER_WORDS,
    SCALES,
    WORD_NUMBER,
    parse_digits,
    split_words,
    word_set,
)

_DIGITS = re.compile(
    r"(?<![\w.,/:])"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?"
    r"|\d+(?:\.\d+)?)"
    r"(?P<suffix>bn|mn|m|k|tn)?"
    r"(?![\w/:]|[.,]\d)"
)
_A_SCALE = re.compile(
    r"(?<![\w-])(?:(?P<half>half)\s+)?an?\s+(?P<scale>hundred|thousand|million|billion|dozen)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_MULTIPLIER = re.compile(r"[ \t\u00a0-]+(?P<scale>thousand|million|billion|trillion)\b", re.I)
_SUFFIX_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "tn": 10**12}
_CURRENCY_BEFORE = re.compile(
    r"(?P<cur>US\$|U\.S\.\s?\$|C\$|A\$|R\$|MX\$|NZ\$|HK\$|\$|€|£|¥|₹|(?:USD|EUR|GBP)[ \u00a0]?)$"
)
_CURRENCY_CODES = {
    "US$": "USD", "$": "USD", "C$": "CAD", "A$": "AUD", "R$": "BRL", "MX$": "MXN",
    "NZ$": "NZD", "HK$": "HKD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
    "USD": "USD", "EUR": "EUR", "GBP": "GBP",
}  # fmt: skip
_CURRENCY_AFTER = re.compile(
    r"[ \t\u00a0]+(?P<cur>(?:U\.S\.|US|American)\s+dollars|dollars|euros?|pounds\s+sterling|"
    r"yuan|renminbi|yen|reais|rupees|USD|EUR|GBP)\b"
)
_CURRENCY_WORDS = {
    "dollars": "USD", "euro": "EUR", "euros": "EUR", "pounds sterling": "GBP", "yuan": "CNY",
    "renminbi": "CNY", "yen": "JPY", "reais": "BRL", "rupees": "rupees", "usd": "USD",
    "eur": "EUR", "gbp": "GBP",
}  # fmt: skip
_PERCENT = re.compile(
    r"(?:[ \t\u00a0]?%|[ \t\u00a0]+(?:percent|per\s+cent|pct)\b|[ \t\u00a0]+(?P<points>percentage"
    r"\s+points?)\b)",
    re.IGNORECASE,
)
_RATE = re.compile(
    r"[ \t\u00a0]+per\s+(?P<den>\d{1,3}(?:,\d{3})+|\d+|(?:one|a)\s+(?:hundred|thousand|million)|"
    r"hundred|thousand|million|capita|head|person)\b",
    re.IGNORECASE,
)
_OF_THE = re.compile(r"[ \t\u00a0]+of\s+(?:the|its|their|all)\s+(?:(?P<n>\d[\d,]*)\s*)?(?=\S)")
_OF_NP = re.compile(r"[ \t\u00a0]+of\s+(?P<np>[^,;:.()]{1,80})")
_TOKEN = re.compile(r"[ \t\u00a0]+(?P<w>[^\W\d_][\w'’-]*)")

_QUALIFIERS: dict[str, Qualifier] = {
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "just shy of": "nearly", "just below": "nearly", "about": "approximately",
    "around": "approximately", "roughly": "approximately", "approximately": "approximately",
    "some": "approximately", "an estimated": "approximately", "approx.": "approximately",
    "circa": "approximately", "in the region of": "approximately", "more than": "more_than",
    "over": "more_than", "above": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "just over": "more_than", "well over": "more_than",
    "greater than": "more_than", "higher than": "more_than", "exceed": "more_than",
    "exceeds": "more_than", "exceeded": "more_than", "exceeding": "more_than",
    "surpassed": "more_than", "topped": "more_than", "at least": "at_least",
    "no fewer than": "at_least", "no less than": "at_least", "not less than": "at_least",
    "a minimum of": "at_least", "up to": "up_to", "as many as": "up_to", "as much as": "up_to",
    "as high as": "up_to", "at most": "at_most", "no more than": "at_most",
    "not more than": "at_most", "a maximum of": "at_most", "less than": "less_than",
    "fewer than": "less_than", "under": "less_than", "below": "less_than",
    "lower than": "less_than",
}  # fmt: skip
_QUALIFIER_RE = re.compile(
    r"(?:^|[^\w$€£])(?P<q>"
    + "|".join(re.escape(q) for q in sorted(_QUALIFIERS, key=len, reverse=True))
    + r")[ \t\u00a0]+$",
    re.IGNORECASE,
)

_STOP = word_set(
    """a an the this that these those its their his her our my your whose which who whom what
    where when why how in on at of for from to by with without since during over under between
    among across after before into onto upon than as about around near per via against toward
    towards within throughout despite including and or but nor while whereas so yet because if
    although though is are was were be been being am has have had do does did will would could
    should may might must can shall not no also still now alone only just even more less most
    least each every already ago earlier later respectively nationwide worldwide overall apiece
    annually daily weekly monthly yearly there here it they he she we you i them him us me
    percent cent up down out off away back too very such all both either neither other another
    same own last next first second third according compared versus vs"""
)
_SKIP_FIRST = word_set("more additional extra further other")
_VERB_LIKE = word_set(
    """die died dies flee fled flees remain remained remains live lived lives cast hold held
    holds vote voted votes march marched left lose lost went go goes came come comes fell fall
    falls rose rise rises grew grow grows took take takes made make makes won win wins got get
    gets saw see sees say said says work worked works need needed needs face faced faces lack
    lacked lacks own owned owns owe owed owes earn earned earns receive received receives use
    used uses stay stayed stays attend attended attends cross crossed arrive arrived return
    returned join joined joins reach reached reaches suffer suffered suffers tested test tests
    killed wounded injured missing displaced affected infected"""
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|these|those|its|their|his|her|our|your|my|whose|no|every|each|any|all|both|"
    r"first|last|next|other|another|which|what)[ \t\u00a0]+$",
    re.IGNORECASE,
)
_ONE_IDIOMS = word_set(
    """day time way thing point side hand year week month night morning evening afternoon hour
    minute moment occasion reason example another more"""
)
_NAME_OK = word_set(
    """some about nearly roughly around almost more over under only just another last the a
    an in on at by to from with since and but than of up these those this that all another
    still nationwide officially overall estimated approximately fewer less at least no
    exactly some"""
)
_DESIGNATOR = re.compile(
    r"\b(?:article|chapter|section|paragraph|route|highway|flight|room|page|no\.|nos\.|number|"
    r"platform|gate|phase|stage|grade|category|version|model|vol\.|volume|resolution|amendment|"
    r"round|game|episode|season|term|district|zone|precinct|ward|level|class|channel|"
    r"interstate|track|exit|box|apt\.|suite|unit|lot|row|seat|index)[ \t\u00a0]*$|#\s*$",
    re.IGNORECASE,
)
_CAP_BEFORE = re.compile(r"(?:^|[\s(])(?P<w>[A-Z][\w'’.&-]*)[ \t\u00a0]$")
_AGE = re.compile(r"(?:-|\s)(?:years?|months?|weeks?)[- ]old\b|-year-olds?\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(
    r"\b(?:aged?|ages)[ \t\u00a0]+(?:(?:between|from)[ \t\u00a0]+)?(?:\S+[ \t\u00a0]+"
    r"(?:to|and|-|–)[ \t\u00a0]*)?$",
    re.IGNORECASE,
)
_RATIO = re.compile(
    r"[ \t\u00a0]+(?:in|out\s+of|of\s+every)[ \t\u00a0]+(?P<den>\d[\d,]*|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand)\b(?![,.]\d)",
    re.IGNORECASE,
)
_PER_BEFORE = re.compile(r"\bper[ \t\u00a0]+$", re.IGNORECASE)
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[ \t\u00a0-]*$", re.IGNORECASE)
# "the 20 most populous nations", "the top 10": a group being described, not a claim.
_GROUP_DESCRIPTOR = re.compile(
    r"[ \t\u00a0]+(?:most|least|largest|biggest|smallest|richest|poorest|best|worst|highest|"
    r"lowest|top|leading|main|major)\b",
    re.IGNORECASE,
)
_THE_BEFORE = re.compile(r"\b(?:the|top)[ \t\u00a0]+$", re.IGNORECASE)
_ADDRESS = re.compile(
    r"[ \t\u00a0]+(?:[A-Z][\w'’-]*[ \t\u00a0]+){1,2}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|"
    r"Boulevard|Blvd\.|Lane|Square|Plaza|Drive)\b"
)
_RANGE_BETWEEN = re.compile(r"\s*(?:-|–|—|to|and|or)\s*", re.IGNORECASE)
_COMPARISON_BEFORE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|than|versus|vs\.?|against)[ \t\u00a0]+$", re.IGNORECASE
)
_SUBJECT_VERB = re.compile(
    r"\b(?:fell|rose|increased|decreased|dropped|declined|grew|climbed|jumped|doubled|tripled|"
    r"reached|stood|totaled|totalled|hit|remained|remains|was|were|is|are|has|have|had|killed|"
    r"left|won|took|owe|owes|accounted|amounted|reported|recorded|registered|deported|"
    r"detained|arrested|burned|contracted|expanded|shrank|surged|soared|plunged|slumped)\b"
)


MAX_NUMBERS = 60


@dataclass(slots=True)
class Figure:
    """A figure found in a sentence (offsets local to the sentence)."""

    value_start: int
    value_end: int
    tail_end: int
    amount: Decimal
    unit: str
    unit_kind: str
    qualifier: Qualifier
    from_words: bool
    subject: str | None = None
    reasons: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Raw:
    start: int
    end: int
    amount: Decimal
    words: bool
    text: str
    suffix: str | None = None


def _raw_numbers(sentence: str, blocked: list[tuple[int, int]]) -> list[_Raw]:
    """Collect numbers in digits and words, dropping those inside blocked spans."""
    raws: list[_Raw] = []
    for match in _A_SCALE.finditer(sentence):
        scale = match.group("scale").lower()
        value = (
            Decimal(12)
            if scale == "dozen"
            else Decimal(10**2 if scale == "hundred" else SCALES[scale])
        )
        if match.group("half"):
            value /= 2
        raws.append(_Raw(match.start(), match.end(), value, True, match.group(0)))
    for match in WORD_NUMBER.finditer(sentence):
        for start, end, number in split_words(match.group(0)):
            begin = match.start() + start
            raws.append(
                _Raw(
                    begin,
                    match.start() + end,
                    Decimal(number),
                    True,
                    sentence[begin : match.start() + end],
                )
            )
    for match in _DIGITS.finditer(sentence):
        amount = parse_digits(match.group("num"))
        if amount is not None:
            raws.append(
                _Raw(
                    match.start(),
                    match.end("num"),
                    amount,
                    False,
                    match.group("num"),
                    match.group("suffix"),
                )
            )
    raws.sort(key=lambda r: (r.start, -r.end))
    kept: list[_Raw] = []
    last_end = -1
    for raw in raws:
        if raw.start < last_end or any(s < raw.end and raw.start < e for s, e in blocked):
            continue
        kept.append(raw)
        last_end = raw.end
    return kept


def _is_name_part(sentence: str, raw: _Raw, has_currency: bool) -> bool:
    """Tell whether a number belongs to a name, an address, a code or an age."""
    before = sentence[max(0, raw.start - 40) : raw.start]
    after = sentence[raw.end : raw.end + 60]
    if has_currency:
        return False
    if before.endswith("-") and len(before) >= 2 and before[-2].isalpha():
        return True
    if after.startswith("-") and len(after) > 1 and after[1].isalpha():
        return True
    if _DESIGNATOR.search(before) or _AGE.match(after) or _AGE_BEFORE.search(before):
        return True
    if _ADDRESS.match(after):
        return True
    cap = _CAP_BEFORE.search(before)
    if cap and not raw.words:
        word = cap.group("w")
        bare = word.rstrip(".,").lower()
        if bare.endswith(("'s", "’s")):
            return False
        return bare not in _NAME_OK and not is_place(word) and not is_demonym(word)
    return False


def _noun_run(sentence: str, pos: int) -> tuple[str, int]:
    """Read the counted noun phrase after a number: ('police officers', end offset)."""
    tokens: list[tuple[str, int]] = []
    cursor = pos
    skipped = False
    while len(tokens) < 4:
        match = _TOKEN.match(sentence, cursor)
        if match is None:
            break
        word = match.group("w")
        lower = word.lower()
        if not tokens and not skipped and lower in _SKIP_FIRST:
            skipped = True
            cursor = match.end()
            continue
        if lower == "and" and len(tokens) == 1:
            following = _TOKEN.match(sentence, match.end())
            if following is None:
                break
            nxt = following.group("w")
            if nxt[0].isupper() or nxt.lower() in _STOP or _verb_like(nxt.lower()):
                break
            tokens.append((word, match.end()))
            tokens.append((nxt, following.end()))
            cursor = following.end()
            continue
        if lower in _STOP or lower in NUMBER_WORDS:
            break
        capitalised = word[0].isupper() and not any(ch.isdigit() for ch in word)
        if capitalised:
            following = _TOKEN.match(sentence, match.end())
            if is_demonym(word) and not word.endswith("s"):
                tokens.append((word, match.end()))
                cursor = match.end()
                continue
            if tokens or is_place(word) or (following and following.group("w")[0].isupper()):
                break
            # A capitalised plural right after a number names people: '700,000 Rohingya'.
            tokens.append((word, match.end()))
            break
        tokens.append((word, match.end()))
        cursor = match.end()
    while tokens and (_verb_like(tokens[-1][0].lower()) or tokens[-1][0].lower() == "and"):
        tokens.pop()
    if not tokens:
        return "", pos
    return " ".join(word for word, _ in tokens), tokens[-1][1]


def _verb_like(word: str) -> bool:
    """Guess whether a word after a noun is a verb ending the noun phrase."""
    return word in _VERB_LIKE or (len(word) > 4 and word.endswith("ed"))


def _unit_after(
    sentence: str, end: int, currency: str | None, consumed: list[tuple[int, int]]
) -> tuple[str, str, int, str | None]:
    """Return (unit, kind, end of unit phrase, subject hint) for the text after a number."""
    percent = _PERCENT.match(sentence, end)
    if percent:
        unit = "percentage points" if percent.group("points") else "percent"
        of_np = _OF_NP.match(sentence, percent.end())
        subject = _trim_np(of_np.group("np")) if of_np else None
        return unit, "percent", percent.end(), subject
    if currency:
        return currency, "currency", end, None
    word = _CURRENCY_AFTER.match(sentence, end)
    if word:
        name = " ".join(word.group("cur").split())
        code = _CURRENCY_WORDS.get(
            name.lower(), "USD" if name.lower().endswith("dollars") else name
        )
        return code, "currency", word.end(), None
    rate = _RATE.match(sentence, end)
    if rate:
        return _rate_unit(sentence, rate, "", consumed)
    noun, noun_end = _noun_run(sentence, end)
    if noun:
        rate = _RATE.match(sentence, noun_end)
        if rate:
            return _rate_unit(sentence, rate, noun + " ", consumed)
        return noun, "count", noun_end, None
    of_the = _OF_THE.match(sentence, end)
    if of_the:
        noun, noun_end = _noun_run(sentence, of_the.end() - 1)
        if noun:
            return noun, "count", noun_end, None
    return "", "none", end, None


def _rate_unit(
    sentence: str, rate: re.Match[str], prefix: str, consumed: list[tuple[int, int]]
) -> tuple[str, str, int, str | None]:
    """Build 'per 100,000 people' style units and mark the denominator as used."""
    den = " ".join(rate.group("den").split())
    consumed.append((rate.start("den"), rate.end("den")))
    if den.lower() in ("capita", "head", "person"):
        return f"{prefix}per {den.lower()}", "rate", rate.end(), None
    noun, noun_end = _noun_run(sentence, rate.end())
    if not noun:
        return f"{prefix}per {den} people", "rate", rate.end(), None
    return f"{prefix}per {den} {noun}", "rate", noun_end, None


def _trim_np(phrase: str) -> str | None:
    """Cut a noun phrase at the first clause word."""
    words: list[str] = []
    for word in phrase.split():
        if word.lower() in (
            "who",
            "which",
            "that",
            "were",
            "was",
            "are",
            "is",
            "in",
            "had",
            "have",
        ):
            break
        words.append(word)
        if len(words) == 6:
            break
    return " ".join(words) or None


def _qualifier(sentence: str, start: int) -> tuple[Qualifier, int, str | None]:
    """Return the qualifier written just before a figure, its start, and its text."""
    window_start = max(0, start - 24)
    match = _QUALIFIER_RE.search(sentence, window_start, start)
    if match is None:
        return "exact", start, None
    phrase = match.group("q")
    return _QUALIFIERS[phrase.lower()], match.start("q"), phrase


def find_figures(sentence: str, blocked: list[tuple[int, int]]) -> list[Figure]:
    """Return the figures of one sentence, left to right."""
    figures: list[Figure] = []
    consumed: list[tuple[int, int]] = []
    # Past this many numbers a "sentence" is a table or junk, not prose with claims.
    for raw in _raw_numbers(sentence, blocked)[:MAX_NUMBERS]:
        if any(s < raw.end and raw.start < e for s, e in consumed):
            continue
        figure = _read_figure(sentence, raw, consumed)
        if figure is not None:
            figures.append(figure)
    _inherit_units(sentence, figures)
    return figures


def _read_figure(sentence: str, raw: _Raw, consumed: list[tuple[int, int]]) -> Figure | None:
    """Turn a raw number into a Figure, or None when it is not a checkable figure."""
    before = sentence[max(0, raw.start - 12) : raw.start]
    currency_match = _CURRENCY_BEFORE.search(before)
    currency = None
    value_start = raw.start
    if currency_match and not raw.words:
        symbol = currency_match.group("cur").strip().replace(" ", "")
        currency = _CURRENCY_CODES.get(symbol.replace("U.S.", "US"), "USD")
        value_start = raw.start - len(currency_match.group("cur"))
    if _PER_BEFORE.search(sentence, max(0, raw.start - 12), raw.start):
        return None
    if _is_name_part(sentence, raw, currency is not None):
        return None
    ratio = _RATIO.match(sentence, raw.end)
    if ratio and not re.fullmatch(r"(?:1[89]|20)\d\d", ratio.group("den")):
        consumed.append((ratio.start("den"), ratio.end("den")))
        return None
    amount = raw.amount
    end = raw.end
    reasons: list[str] = []
    if raw.suffix:
        if currency is None:
            return None
        amount *= _SUFFIX_SCALES[raw.suffix]
        end += len(raw.suffix)
    multiplier = _MULTIPLIER.match(sentence, end)
    if multiplier and not raw.words:
        amount *= SCALES[multiplier.group("scale").lower()]
        end = multiplier.end()
        reasons.append(f"multiplier '{multiplier.group('scale')}' applied")
    if raw.words:
        reasons.append(f"number words '{raw.text}' read as {amount}")
    if (
        not raw.words
        and currency is None
        and re.fullmatch(r"\d{4}", raw.text)
        and 1800 <= raw.amount <= 2100
        and not _PERCENT.match(sentence, end)
    ):
        return None
    qualifier, qualifier_start, qualifier_text = _qualifier(sentence, value_start)
    if qualifier_text:
        reasons.append(f"qualifier '{qualifier_text}' → {qualifier}")
    if _THE_BEFORE.search(sentence, max(0, raw.start - 8), raw.start) and _GROUP_DESCRIPTOR.match(
        sentence, end
    ):
        return None
    unit, kind, tail_end, subject = _unit_after(sentence, end, currency, consumed)
    if not unit and _MAGNITUDE_BEFORE.search(sentence, max(0, raw.start - 12), raw.start):
        unit, kind = "magnitude", "scale"
    if raw.words:
        has_scale = any(word in raw.text.lower() for word in SCALES) or amount >= 1000
        if _DETERMINER_BEFORE.search(sentence, max(0, raw.start - 12), raw.start):
            return None
        if not unit and not has_scale:
            return None
        if amount == 1 and (kind != "count" or unit.lower().split()[0] in _ONE_IDIOMS):
            return None
    if amount == amount.to_integral_value():
        amount = Decimal(int(amount))
    return Figure(
        value_start=qualifier_start,
        value_end=end,
        tail_end=tail_end,
        amount=amount,
        unit=unit,
        unit_kind=kind,
        qualifier=qualifier,
        from_words=raw.words,
        subject=subject,
        reasons=reasons,
    )


def _inherit_units(sentence: str, figures: list[Figure]) -> None:
    """Give unit-less figures the unit of a neighbour ('from 12 to 15 percent')."""
    first_with_unit: Figure | None = None
    last_count: Figure | None = None
    for index, figure in enumerate(figures):
        if not figure.unit:
            donor: Figure | None = None
            if index + 1 < len(figures):
                nxt = figures[index + 1]
                gap = sentence[figure.value_end : nxt.value_start]
                if nxt.unit and _RANGE_BETWEEN.fullmatch(gap):
                    donor = nxt
            if donor is None and index > 0:
                if _COMPARISON_BEFORE.search(
                    sentence, max(0, figure.value_start - 20), figure.value_start
                ):
                    donor = first_with_unit
                else:
                    donor = last_count
            if donor is not None:
                figure.unit = donor.unit
                figure.unit_kind = donor.unit_kind
                figure.reasons.append(
                    f"unit '{donor.unit}' carried over from "
                    f"'{sentence[donor.value_start : donor.value_end]}'"
                )
        if figure.unit and first_with_unit is None:
            first_with_unit = figure
        if figure.unit_kind == "count":
            last_count = figure


def subject_span(sentence: str) -> tuple[int, int] | None:
    """Locate the sentence's subject, e.g. 'The homicide rate' before 'fell'."""
    verb = _SUBJECT_VERB.search(sentence, 0, 400)
    if verb is None:
        return None
    start = sentence.rfind(",", 0, verb.start()) + 1
    phrase = sentence[start : verb.start()]
    if not phrase.strip() or len(phrase.split()) > 8 or any(ch.isdigit() for ch in phrase):
        return None
    return start, verb.start()


def figure_subject(sentence: str, figure: Figure, subject: tuple[int, int] | None) -> str | None:
    """Return the figure's own subject ('of homicides') or the sentence's subject."""
    if figure.subject:
        return figure.subject
    if subject is None or subject[0] <= figure.value_start < subject[1]:
        return None
    return sentence[subject[0] : subject[1]].strip() or None
