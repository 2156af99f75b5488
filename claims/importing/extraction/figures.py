"""Figures in one sentence: the number, its multiplier, currency, qualifier and unit.

English and Spanish (`lang`), with digits in the text's convention (`style`: 1,300.5 or
1.300,5). Besides numbers in digits and words, ratios ("one in five", "uno de cada cinco"),
fractions ("nearly half", "dos tercios") and vague quantities ("dozens of", "miles de") are
figures, with the amounts and qualifiers of docs/extraction-annotation.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from typing import Final

from claims.importing.extraction.gates import EndWord, compiled
from claims.importing.extraction.model import Qualifier
from claims.importing.extraction.places import ends_with_place, is_demonym, is_place
from claims.importing.extraction.text import CaseBlind
from claims.importing.extraction.words import (
    CHANGED_OBJECT_ES,
    ES_NUMBER_WORDS,
    ES_WORD_NUMBER_SOURCE,
    NOT_DIGIT,
    NUMBER_WORDS,
    SCALES,
    VERB_OBJECT_LEADS_EN,
    WORD_NUMBER_SOURCE,
    es_split_words,
    es_words_value,
    parse_styled,
    split_words,
    word_set,
)

_SP: Final = r"[ \t\u00a0]"
# Every number starts with a digit, and each alternative below is written to start with one
# (`\d\d{0,2}` for `\d{1,3}`), so the engine factors it out and jumps from digit to digit
# instead of trying the whole pattern at every character. The boundary before the number is
# checked right after that first digit: `(?<=\bQ\d)` is "after the Q of 'Q150'", and
# `(?<![\w.,/:]\d)` is "not glued to a word, a decimal point or a URL".
_BOUNDARY: Final = r"(?:(?<=\bQ\d)|(?<![\w.,/:]\d))"
_DIGITS: Final = {
    "en": compiled(
        rf"(?P<num>\d{_BOUNDARY}\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?"
        rf"|\d{_BOUNDARY}\d{{0,2}}(?:[\u00a0\u202f\u2009]\d{{3}})+(?:\.\d+)?"
        rf"|\d{_BOUNDARY}\d*(?:\.\d+)?)"
        r"(?P<suffix>bn|mn|m|k|tn)?"
        r"(?![\w/:]|[.,]\d)"
    ),
    "eu": compiled(
        rf"(?P<num>\d{_BOUNDARY}\d{{0,2}}(?:\.\d{{3}})+(?:,\d+)?"
        rf"|\d{_BOUNDARY}\d{{0,2}}(?:[\u00a0\u202f\u2009]\d{{3}})+(?:,\d+)?"
        rf"|\d{_BOUNDARY}\d*,\d+|\d{_BOUNDARY}\d*(?:\.\d+)?)"
        r"(?P<suffix>bn|mn|m|k|tn)?"
        r"(?![\w/:]|[.,]\d)"
    ),
}
_A_SCALE: Final = CaseBlind(
    r"(?<![\w-])(?:(?P<half>half)\s+)?an?\s+(?P<scale>hundred|thousand|million|billion)"
    r"(?![\w-])"
)
_MULTIPLIER: Final = {
    "en": compiled(rf"(?:{_SP}|-)+(?P<scale>thousand|million|billion|trillion)\b", re.I),
    "es": compiled(
        rf"{_SP}+(?P<scale>mil{_SP}+millones|millones|millón|billones|billón|mil)(?![\w])", re.I
    ),
}
_ES_SCALE_VALUES: Final = {
    "mil millones": 10**9,
    "millones": 10**6,
    "millón": 10**6,
    "billones": 10**12,
    "billón": 10**12,
    "mil": 10**3,
}
_SUFFIX_SCALES: Final = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "tn": 10**12}
_CURRENCY_BEFORE: Final = compiled(
    r"(?P<cur>US\$|U\.S\.\s?\$|(?<![\w.])(?:RD|J|TT|BZ|EC)\$|C\$|A\$|R\$|MX\$|NZ\$|HK\$|\$|€|£|¥|₹|₡"
    r"|(?<![\w.])Q"
    # (the Peruvian sol: "S/ 351.200 millones", "S/ 1.896,50")
    r"|\bS/\.?[ \u00a0]?"
    r"|(?:USD|EUR|GBP|GTQ|MXN|HNL)[ \u00a0]?)$"
)
# The last character of every match of _CURRENCY_BEFORE but the space after a code: a window
# ending otherwise is not searched.
_CURRENCY_LAST: Final = frozenset("$€£¥₹₡QDRPNL/.")
_CURRENCY_CODES: Final = {
    "US$": "USD", "$": "USD", "C$": "CAD", "A$": "AUD", "R$": "BRL", "MX$": "MXN",
    "NZ$": "NZD", "HK$": "HKD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₡": "CRC",
    "Q": "GTQ", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "GTQ": "GTQ", "MXN": "MXN",
    "HNL": "HNL", "S/": "PEN", "S/.": "PEN", "RD$": "DOP", "J$": "JMD", "TT$": "TTD",
    "BZ$": "BZD", "EC$": "XCD",
}  # fmt: skip
_CURRENCY_AFTER: Final = {
    "en": compiled(
        rf"{_SP}+(?P<cur>(?:U\.S\.|US|American|Canadian|Australian)\s+dollars|dollars|euros?|"
        r"pounds\s+sterling|yuan|renminbi|yen|reais|rupees|"
        r"(?:Mexican|Argentine|Argentinian|Chilean|Colombian|Cuban|Dominican|Philippine|Uruguayan)"
        r"\s+pesos|pesos|quetzales|quetzals|lempiras|colones|colons|soles|balboas|"
        r"bolivars|bolívars|bolivares|bolívares|córdobas|cordobas|USD|EUR|GBP|GTQ|MXN|HNL|"
        # ("15.25 Egyptian pounds a liter", "1.6 billion rand", "38 trillion rupiah")
        r"(?:Egyptian|Lebanese|Sudanese|Syrian)\s+pounds|(?:South\s+African\s+)?rand|"
        r"(?:Indonesian\s+)?rupiah|(?:Bangladeshi\s+)?taka|(?:Nigerian\s+)?naira|"
        r"(?:Kenyan|Ugandan|Tanzanian)\s+shillings|(?:Pakistani|Sri\s+Lankan|Nepalese)\s+rupees|"
        r"Turkish\s+lira)\b"
    ),
    "es": compiled(
        rf"(?:{_SP}+de)?{_SP}+(?P<cur>dólares(?:\s+estadounidenses)?|dolares|euros|"
        r"quetzales|pesos(?:\s+(?:mexicanos|argentinos|chilenos|colombianos|cubanos|dominicanos|"
        r"filipinos|uruguayos))?|lempiras|colones|córdobas|cordobas|reales|"
        r"bolívares|bolivares|soles|USD|EUR|GTQ|MXN|HNL)\b",
        re.IGNORECASE,
    ),
}
_CURRENCY_WORDS: Final = {
    "dollars": "USD", "u.s. dollars": "USD", "us dollars": "USD", "american dollars": "USD",
    "canadian dollars": "CAD", "australian dollars": "AUD", "euro": "EUR", "euros": "EUR",
    "pounds sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "reais": "BRL",
    "rupees": "INR", "pesos": "MXN", "pesos mexicanos": "MXN", "quetzales": "GTQ",
    "mexican pesos": "MXN", "argentine pesos": "ARS", "argentinian pesos": "ARS",
    "chilean pesos": "CLP", "colombian pesos": "COP", "cuban pesos": "CUP",
    "dominican pesos": "DOP", "philippine pesos": "PHP", "uruguayan pesos": "UYU",
    "pesos argentinos": "ARS", "pesos chilenos": "CLP", "pesos colombianos": "COP",
    "pesos cubanos": "CUP", "pesos dominicanos": "DOP", "pesos filipinos": "PHP",
    "pesos uruguayos": "UYU",
    "lempiras": "HNL", "colones": "CRC", "bolivars": "VES", "bolívars": "VES",
    "bolivares": "VES", "bolívares": "VES", "córdobas": "NIO", "cordobas": "NIO",
    "dólares": "USD", "dolares": "USD", "dólares estadounidenses": "USD", "reales": "BRL",
    "soles": "PEN", "usd": "USD", "eur": "EUR", "gbp": "GBP", "gtq": "GTQ", "mxn": "MXN",
    "hnl": "HNL", "quetzals": "GTQ", "colons": "CRC", "balboas": "PAB",
    "egyptian pounds": "EGP", "lebanese pounds": "LBP", "sudanese pounds": "SDG",
    "syrian pounds": "SYP", "rand": "ZAR", "south african rand": "ZAR", "rupiah": "IDR",
    "indonesian rupiah": "IDR", "taka": "BDT", "bangladeshi taka": "BDT", "naira": "NGN",
    "nigerian naira": "NGN", "kenyan shillings": "KES", "ugandan shillings": "UGX",
    "tanzanian shillings": "TZS", "pakistani rupees": "PKR", "sri lankan rupees": "LKR",
    "nepalese rupees": "NPR", "turkish lira": "TRY",
}  # fmt: skip
_PERCENT: Final = {
    "en": compiled(
        rf"(?:{_SP}?%|{_SP}+(?:percent|per\s+cent|pct)\b|{_SP}+(?P<points>percentage"
        rf"\s+points?)\b|{_SP}+(?P<bp>basis\s+points?)\b)",
        re.IGNORECASE,
    ),
    "es": compiled(
        rf"(?:{_SP}?%|{_SP}+por\s+ciento\b|{_SP}+(?P<points>puntos?\s+porcentuales?)\b|"
        rf"{_SP}+(?P<bp>puntos?\s+básicos?)\b)",
        re.IGNORECASE,
    ),
}
_RATE: Final = {
    "en": compiled(
        rf"{_SP}+per\s+(?:every\s+)?(?P<den>\d{{1,3}}(?:,\d{{3}})+|\d+|(?:one|a)\s+(?:hundred|"
        r"thousand|million)|hundred|thousand|million|capita|head|person)\b"
        r"(?:\s+(?P<noun>people|persons|inhabitants|residents|population|women|men|children|"
        r"live\s+births|births))?",
        re.IGNORECASE,
    ),
    "es": compiled(
        rf"{_SP}+por\s+(?:cada\s+)?(?P<den>\d{{1,3}}(?:[.,]\d{{3}})+(?![.,]\d)|\d+(?:\s+mil)?|"
        r"cien\s+mil|mil|cien)(?![\w])"
        r"(?:\s+(?P<noun>habitantes|personas|pobladores|mujeres|hombres|niños|"
        r"nacidos\s+vivos))?",
        re.IGNORECASE,
    ),
}
_RATE_NOUNS: Final = {
    "people": "people", "persons": "people", "inhabitants": "people", "residents": "people",
    "population": "people", "habitantes": "people", "personas": "people",
    "pobladores": "people", "women": "women", "mujeres": "women", "men": "men",
    "hombres": "men", "children": "children", "niños": "children", "live births": "live births",
    "births": "live births", "nacidos vivos": "live births",
}  # fmt: skip
# (a word never ends with an apostrophe: the closing quotation mark of "'... 1.300
# extorsionistas', dijo" is no part of it)
_TOKEN: Final = compiled(rf"{_SP}+(?P<w>[^\W\d_](?:[\w'’-]*[\w-])?)")

# "... and more than 800,000 were traveling in families": a figure with a verb of its own.
OWN_PREDICATE_AFTER_EN: Final = compiled(r"\s+(?:were|was|are|is|had\s+been|have\s+been)\s+[a-z]")
# "951 per dollar", "5.6 per U.S. dollar": what one unit of another currency costs.
_PER_CURRENCY_EN: Final = compiled(r" per\s+(?:U\.S\.\s+)?(dollar|euro)\b")
# The currency quoted, named before the rate in its sentence ('The peso closed at ...').
_QUOTED_CURRENCY_EN: Final = compiled(
    r"\b(peso|pesos|real|reais|rupee|rupees|lira|sol|quetzal|yen|yuan|rouble|ruble|bolivar|"
    r"lempira|naira|rand|won|cedi|shilling|hryvnia|ringgit|baht|dong|rupiah)\b",
    re.IGNORECASE,
)
_CURRENCY_PLURALS_EN: Final = {
    "peso": "pesos", "real": "reais", "rupee": "rupees", "lira": "liras", "sol": "soles",
    "quetzal": "quetzales", "rouble": "roubles", "ruble": "rubles", "bolivar": "bolivars",
    "lempira": "lempiras", "rand": "rand", "cedi": "cedis", "shilling": "shillings",
}  # fmt: skip
# "Border Patrol agents", "National Guard troops", "Red Cross volunteers": the staff of a body
# named by capitalised words, right after a number.
_NAMED_STAFF: Final = compiled(
    rf"{_SP}+(?P<w>(?:[A-Z][a-z]+{_SP}+){{1,3}}(?:agents|officers|troops|soldiers|volunteers|"
    r"members|employees|staff|personnel|guards|inspectors|workers|rangers|marines))\b"
)
# A size made an adjective before a counted noun: '46-kilogram', '20-foot', '5-liter'.
_SIZE_COMPOUND: Final = compiled(
    rf"{_SP}+(?P<w>\d{{1,3}}(?:\.\d+)?-(?:kilograms?|kilos?|kg|pounds?|lb|liters?|litres?|"
    r"gallons?|foot|feet|meters?|metres?|tons?|tonnes?|ounces?|grams?)\b)"
)
_QUALIFIERS_EN: Final[dict[str, Qualifier]] = {
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "just shy of": "nearly", "just below": "nearly", "about": "approximately",
    "around": "approximately", "roughly": "approximately", "approximately": "approximately",
    "some": "approximately", "an estimated": "approximately", "approx.": "approximately",
    "circa": "approximately", "in the region of": "approximately",
    "an average of": "exact", "more than": "more_than",
    "over": "more_than", "above": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "just over": "more_than", "well over": "more_than",
    "greater than": "more_than", "higher than": "more_than", "at least": "at_least",
    "no fewer than": "at_least", "no less than": "at_least", "not less than": "at_least",
    "a minimum of": "at_least", "up to": "up_to", "as many as": "up_to", "as much as": "up_to",
    "as high as": "up_to", "at most": "at_most", "no more than": "at_most",
    "not more than": "at_most", "a maximum of": "at_most", "less than": "less_than",
    "fewer than": "less_than", "under": "less_than", "below": "less_than",
    "lower than": "less_than",
}  # fmt: skip
_QUALIFIERS_ES: Final[dict[str, Qualifier]] = {
    "casi": "nearly", "cerca de": "nearly", "alrededor de": "approximately",
    "aproximadamente": "approximately", "unos": "approximately", "unas": "approximately",
    "en torno a": "approximately", "más de": "more_than", "mas de": "more_than",
    "poco más de": "more_than", "superior a": "more_than", "por encima de": "more_than",
    "al menos": "at_least", "por lo menos": "at_least", "como mínimo": "at_least",
    "hasta": "up_to", "a lo sumo": "at_most", "como máximo": "at_most",
    "no más de": "at_most", "menos de": "less_than", "por debajo de": "less_than",
    "inferior a": "less_than", "poco menos de": "nearly",
    "un estimado de": "approximately",  # ('Un estimado de 3.000 migrantes': "an estimated")
}  # fmt: skip
# Verbs that bound the number after them; they are not part of the figure's text.
_BOUND_VERBS: Final = {
    "en": compiled(
        rf"\b(?P<v>topped|tops|top|topping|exceeded|exceeds|exceed|exceeding|surpassed|surpasses|"
        rf"surpass|surpassing){_SP}+(?:the{_SP}+)?$",
        re.IGNORECASE,
    ),
    "es": compiled(
        # ('la proporción superaba el 83 %', 'han rebasado los 3.000': every tense)
        rf"\b(?P<v>(?:super|sobrepas|rebas)(?:ó|a|an|aron|aba|aban|ará|arán|e|en|aría|arían|ado)|"
        rf"rondó|ronda|rondan|rondaron|rondará|rondaba|rondaban)"
        rf"{_SP}+(?:(?:los|las|el|la|un|una|unos|unas){_SP}+)?$",
        re.IGNORECASE,
    ),
}
# 'no ', 'did not ', 'never ': a negation right before a bounding verb.
_NEGATED_BEFORE: Final = compiled(r"\b(?:no|not|never|nunca|n't)\s+$|n't\s+$", re.IGNORECASE)
_VERB_QUALIFIER: Final[dict[str, Qualifier]] = {"rond": "approximately"}
_OPENING_MARKS: Final = frozenset("\"“‘'«(")
_ROUGHLY_OF_EN: Final = compiled(
    rf"\b(?P<a>an{_SP}+(?:estimated|approximate)){_SP}+(?:[a-z-]+{_SP}+){{1,3}}of{_SP}+$",
    re.IGNORECASE,
)
_ROUGHLY_OF_ES: Final = compiled(
    rf"\b(?P<a>aproximad[oa]s?|estimad[oa]s?){_SP}+del?{_SP}+(?:(?:el|la|los|las){_SP}+)?$",
    re.IGNORECASE,
)


def _qualifier_regex(table: dict[str, Qualifier], article: str) -> CaseBlind:
    phrases = sorted(table, key=len, reverse=True)
    alternatives = []
    for phrase in phrases:
        body = r"\s+".join(re.escape(w) for w in phrase.split())
        if phrase.endswith(" de"):
            body = body[: -len("de")] + "(?:de|del)"
        elif phrase.endswith(" a"):
            body = body[: -len("a")] + "(?:a|al)"
        alternatives.append(body)
    return CaseBlind(
        r"(?:^|[^\w$€£₡])(?P<q>(?:" + "|".join(alternatives) + rf")(?:{_SP}+{article})?)"
        rf"{_SP}+$"
    )


_QUALIFIER_RE: Final = {
    "en": _qualifier_regex(_QUALIFIERS_EN, r"(?!x)x"),
    "es": _qualifier_regex(_QUALIFIERS_ES, r"(?:el|la|los|las|un|una)"),
}
_QUALIFIERS: Final = {"en": _QUALIFIERS_EN, "es": _QUALIFIERS_ES}
_ARTICLE_WORDS: Final = word_set("the el la los las un una")
# The last word of each qualifier phrase ('more than' -> 'than'; 'alrededor de' -> 'de', 'del').
_QUALIFIER_LAST: Final = {
    lang: frozenset(
        {p.split()[-1] for p in table}
        | {p.split()[-1] + "l" for p in table if p.split()[-1] in ("de", "a")}
    )
    for lang, table in (("en", _QUALIFIERS_EN), ("es", _QUALIFIERS_ES))
}
_BOUND_PREFIXES: Final = frozenset({"top", "exc", "sur", "sup", "sob", "reb", "ron"})
_AFTER_QUALIFIER: Final = {
    "en": compiled(r"\s+or\s+(?P<q>more|so|fewer|less)\b", re.IGNORECASE),
    "es": compiled(r"\s+o\s+(?P<q>más)\b", re.IGNORECASE),
}
_AFTER_QUALIFIERS: Final[dict[str, Qualifier]] = {
    "more": "at_least", "so": "approximately", "fewer": "at_most", "less": "at_most",
    "más": "at_least",
}  # fmt: skip

_STOP: Final = word_set(
    """a an the this that these those its their his her our my your whose which who whom what
    where when why how in on at of for from to by with without since during over under between
    among across after before into onto upon than as about around near per via against toward
    towards within throughout despite including and or but nor while whereas so yet because if
    although though is are was were be been being am has have had do does did will would could
    should may might must can shall not no also still now alone only just even more less most
    least each every already ago earlier later respectively nationwide worldwide overall apiece
    annually daily weekly monthly yearly there here it they he she we you i them him us me
    percent cent up down out off away back too very such all both either neither other another
    same own last next first second third according compared versus vs a month a year a day
    until till unless whether fewer yesterday today tomorrow tonight through worth ahead behind
    year-to-date ytd along beside beyond directly indirectly
    """
)
_ES_STOP: Final = word_set(
    """el la los las un una unos unas lo a al del de en por para con sin sobre entre desde hasta
    ellos ellas ello hacia según tras durante ante contra y e o u ni que quien quienes
    cuyo cuya donde cuando como más menos muy ya aún también se su sus este esta estos estas
    ese esa esos esas aquel
    es son fue fueron era eran ha han había habían será serán está están estaba estaban
    sido ser estar hay no sí mismo misma mismos mismas cada otro otra otros otras todo todos
    toda todas ciento año años mes meses día días respecto"""
)
_ES_TIME_UNITS: Final = word_set("días semanas meses años horas minutos")
# ("5,287 such killings": 'such' points back at the kind; the noun after it is counted)
_SKIP_FIRST: Final = word_set("more additional extra further other new total record such")
_ES_SKIP_FIRST: Final = word_set(
    "nuevos nuevas nuevo nueva otros otras más adicionales totales récord"
)
_ES_KEEP_BEFORE: Final = word_set("presuntos presuntas supuestos supuestas posibles")
_VERB_LIKE: Final = word_set(
    """die died dies flee fled flees remain remained remains live lived lives cast hold held
    holds voted march marched left lose lost went go goes came come comes fell fall
    falls rose rise rises grew grow grows took take takes made make makes won win wins got get
    gets saw see sees say said says work worked works need needed needs face faced faces lack
    lacked lacks own owned owns owe owed owes earn earned earns receive received receives use
    used uses stay stayed stays attend attended attends cross crossed arrive arrived return
    returned join joined joins reach reached reaches suffer suffered suffers tested test tests
    killed wounded injured missing displaced affected infected set hit spent paid sent built
    sold kept found seen given taken shot struck brought felt feel feels think thinks thought
    believe believes believed want wants wanted approve approves approved disapprove disapproves
    oppose opposes opposed support supports supported trust trusts quit wait waits waited arrives
    qualify qualifies qualified end ends ran run runs began begin begins led leads stood
    stands"""
)
# Verbs that end a noun phrase only after its noun: "About 5 percent of world trade passes
# through the canal", "left dozens of towns cut off" (a pass, a cut are nouns first).
# ("Around 120 sites host displaced families": the verb after the plural noun)
# ("Roughly 70 percent of the budget pays for salaries": the verb after the noun)
_VERB_AFTER_NOUN: Final = word_set("passes flows equals cut host pays goes")
_DETERMINERS_EN: Final = (
    "the these those its their his her our your my whose no every each any all both first last "
    "next other another which what"
)
_DETERMINERS_ES: Final = (
    "el la los las sus su estos estas esos esas aquellos aquellas cada ambos ambas primeros "
    "primeras últimos últimas"
)
_DETERMINER_BEFORE: Final = {
    "en": EndWord(
        compiled(rf"\b(?:{'|'.join(_DETERMINERS_EN.split())})[ \t\u00a0]+$", re.IGNORECASE),
        _DETERMINERS_EN.split(),
    ),
    "es": EndWord(
        compiled(rf"\b(?:{'|'.join(_DETERMINERS_ES.split())})[ \t\u00a0]+$", re.IGNORECASE),
        _DETERMINERS_ES.split(),
    ),
}
_ONE_IDIOMS: Final = word_set(
    """day time way thing point side hand year week month night morning evening afternoon hour
    minute moment occasion reason example another more dose shot jab vaccine"""
)
_NAME_OK: Final = word_set(
    """some about nearly roughly around almost more over under only just another last the a
    an in on at by to from with since and but than of up these those this that all another
    still nationwide officially overall estimated approximately fewer less at least no
    exactly some casi unos unas más menos hasta alrededor cerca al el la los las en de del
    según solo sólo apenas aproximadamente entre desde con por otros otras un una y poco
    como superan supera superó supere superen registró between"""
)
_DESIGNATOR_WORDS: Final = word_set(
    """article chapter section paragraph route highway flight room page no. nos. number platform
    gate phase stage grade category version model vol. volume resolution amendment round game
    episode season term district zone precinct ward level class channel interstate track exit
    box apt. suite unit lot row seat index artículo articulo capítulo ruta carretera kilómetro
    kilometro km zona categoría categoria número numero núm. sala salón salon piso fase etapa
    grado nivel inciso decreto avenida calle vuelo distrito expediente caso station comisaría
    comisaria subestación estación juzgado línea linea hotline extension extensión estrato
    kilometre kilometer milepost"""
)
# Plural designators before two numbers: "between exits 27 and 31", "Routes 9 and 10", "wards 3
# and 4": both numbers name things.
_DESIGNATOR_PLURALS: Final = word_set(
    """exits routes highways interstates gates districts wards precincts zones rooms flights
    platforms articles sections chapters stages phases lines tracks levels grades categories
    rounds games episodes seasons"""
)
# The reason that marks a figure read only for its context, never proposed.
LINE_NOT_FIGURE: Final = "a money line by the day that says who is counted: not proposed"
# The words before a money line by the day: "living on less than", "measured at", "a poverty
# line of".
_DAILY_LINE_BEFORE: Final = compiled(
    r"\b(?:(?:liv(?:e|es|ing)|surviv(?:e|es|ing)|subsist(?:s|ing)?|get(?:ting)?\s+by)\s+on|"
    r"measured\s+at|(?:poverty|income)\s+(?:line|threshold)\s+(?:of|at))"
    r"(?:[ \t\u00a0]+(?:less\s+than|under|below|about|just))?[ \t\u00a0]+$",
    re.IGNORECASE,
)
# The same in Spanish: "vive con menos de 3,65 dólares al día", "una línea de pobreza de".
_DAILY_LINE_BEFORE_ES: Final = compiled(
    r"\b(?:(?:viv|sobreviv|subsist)(?:e|en|ir|ía|ían|iendo)\s+con|"
    r"(?:línea|umbral)\s+de\s+(?:la\s+)?(?:pobreza|ingresos?)\s+de)"
    r"(?:[ \t\u00a0]+(?:menos\s+de|hasta|apenas|unos|alrededor\s+de))?[ \t\u00a0]+(?:US\$|\$)?$",
    re.IGNORECASE,
)
_DAILY_AFTER_ES: Final = compiled(
    r"(?:[ \t\u00a0]+(?:dólares|pesos|quetzales|lempiras|soles|colones|córdobas|bolívares))?"
    r"[ \t\u00a0]+(?:al|por)[ \t\u00a0]+día\b|[ \t\u00a0]+(?:dólares[ \t\u00a0]+)?diarios\b",
    re.IGNORECASE,
)
# Who forecast a figure, named right after it: "the 150,000 economists had expected".
_FORECASTERS: Final = word_set(
    "economists analysts forecasters experts observers pollsters traders investors "
    "economistas analistas expertos"
)
_FORECAST_VERB_AFTER: Final = {
    "en": compiled(
        r"[ \t\u00a0]+(?:polled\s+by\s+[\w.]+\s+)?(?:had\s+|have\s+|were\s+)?(?:expected|"
        r"forecast|predicted|estimated|anticipated|projected|surveyed)\b",
        re.IGNORECASE,
    ),
    "es": compiled(
        r"[ \t\u00a0]+(?:habían\s+|han\s+)?(?:esperaban|esperado|previsto|pronosticado|"
        r"estimado|anticipado|proyectado|preveían|pronosticaban|estimaban)\b",
        re.IGNORECASE,
    ),
}
_GROUP_LAST: Final = word_set("under over below above than de entre")
_LINE_AFTER: Final = compiled(
    r"[ \t\u00a0]+(?:line|hotline|helpline|lifeline|number)\b", re.IGNORECASE
)
_CAP_BEFORE: Final = compiled(r"(?:^|[\s(])(?P<w>[A-Z][\w'’.&-]*)[ \t\u00a0]$")
# An acronym of three or more capitals after 'del', 'de la', 'al', 'of the' ... right before a
# number, and a plural noun right after it: the organisation's phrase ends before the count.
_OWNED_COUNT_AFTER_ACRONYM: Final = compiled(
    r"(?:^|\s)(?:del|de\s+la|de\s+los|al|a\s+la|of\s+the|at\s+the|by\s+the)[ \t\u00a0]+"
    r"[A-ZÁÉÍÓÚÑ]{3,}[ \t\u00a0]$"
)
_PLURAL_NOUN_AFTER: Final = compiled(r"[ \t\u00a0]+[a-záéíóúñ]{3,}s\b")
_AGE: Final = compiled(r"(?:-|\s)(?:years?|months?|weeks?)[- ]old\b|-year-olds?\b", re.IGNORECASE)
_AGE_BEFORE: Final = compiled(
    r"\b(?:aged?|ages)[ \t\u00a0]+(?:(?:between|from)[ \t\u00a0]+)?(?:\S+[ \t\u00a0]+"
    r"(?:to|and|-|–)[ \t\u00a0]*)?$",
    re.IGNORECASE,
)
# A person's age in apposition: "Sheinbaum, 61," / "Dana Whitfield, 58,".
_PERSON_AGE_BEFORE: Final = compiled(r"[A-ZÁÉÍÓÚ][\w'’-]+,[ \t\u00a0]*$")
_PERSON_NOUN_AGE_BEFORE: Final = compiled(
    r"\b(?:the|a|an|el|la)[ \t\u00a0]+(?:\w+[ \t\u00a0]+)?(?:mayor|president|minister|governor|"
    r"senator|spokesman|spokeswoman|spokesperson|director|chief|victim|suspect|driver|teacher|"
    r"officer|farmer|mother|father|man|woman|alcalde|alcaldesa|presidente|presidenta|ministro|"
    r"ministra|gobernador|gobernadora|vocero|vocera|director|directora|víctima|sospechoso|"
    r"conductor|maestro|maestra|agente|hombre|mujer),[ \t\u00a0]*$",
    re.IGNORECASE,
)
# "children under five", "people aged 65 and older", "menores de cinco años": a group, not a count.
_GROUP_BEFORE: Final = {
    "en": compiled(
        r"\b(?:children|kids|people|adults|women|men|girls|boys|those|residents|workers|"
        r"babies|infants|voters|students)[ \t\u00a0]+(?:under|over|below|above|older\s+than|"
        r"younger\s+than)[ \t\u00a0]+$",
        re.IGNORECASE,
    ),
    "es": compiled(
        r"\b(?:menores|mayores|niños|niñas|personas|adultos|mujeres|hombres|jóvenes)[ \t\u00a0]+"
        r"(?:de|de\s+entre|entre)[ \t\u00a0]+$"
        # ("usuarios que consumen menos de 300 kilovatios hora al mes", "hogares que ganan
        # menos de 500 dólares": what defines who is counted)
        r"|\b(?:que|quienes)[ \t\u00a0]+(?:consumen|consume|ganan|gana|perciben|percibe|"
        r"reciben|recibe|pagan|paga)[ \t\u00a0]+(?:menos|más)[ \t\u00a0]+de[ \t\u00a0]+$",
        re.IGNORECASE,
    ),
}
_AGE_LAST: Final = word_set("under over than de")
_DEFINING_LAST_EN: Final = word_set(
    "than under over below above least to using earning consuming spending making use uses "
    "spend spends earn earns consume consumes make makes of"
)
_DEFINING_BEFORE_EN: Final = compiled(
    r"(?:\b[a-z]+s[ \t\u00a0]+(?:that|who)[ \t\u00a0]+(?:use|spend|earn|consume|make)s?"
    r"|\b(?:households?|homes?|famil(?:y|ies)|customers?|consumers?|users?|people|workers?)"
    r"[ \t\u00a0]+(?:using|earning|consuming|spending|making)"
    r"|\b(?:farms|plots|holdings|homes|households|firms|companies|businesses|families)"
    r"[ \t\u00a0]+of"
    r"|\d(?:[\d,.]*\d)?[ \t\u00a0]+(?:[a-z]+[ \t\u00a0]+){0,2}(?:have|has|had)[ \t\u00a0]+"
    r"(?:been[ \t\u00a0]+)?wait(?:ed|ing)(?:[ \t\u00a0]+for)?)"
    r"(?:[ \t\u00a0]+(?:less|more|fewer|longer)[ \t\u00a0]+than|[ \t\u00a0]+(?:under|over|"
    r"below|above|at[ \t\u00a0]+least|up[ \t\u00a0]+to))?[ \t\u00a0]+$",
    re.IGNORECASE,
)
# "un departamento de dos ambientes", "viviendas de tres habitaciones": a kind of home, not a count.
_DWELLING_BEFORE_ES: Final = compiled(
    r"\b(?:departamentos?|apartamentos?|pisos?|viviendas?|casas?|inmuebles?|unidades?)"
    r"[ \t\u00a0]+de[ \t\u00a0]+$",
    re.IGNORECASE,
)
_ROOMS_AFTER_ES: Final = compiled(
    r"[ \t\u00a0]+(?:ambientes|habitaciones|dormitorios|recámaras|cuartos|alcobas)\b",
    re.IGNORECASE,
)
# "de entre 18 y 35 años" after any noun: an age range that says who is counted.
# ("la mitad tenía entre 18 y 30 años": the ages that define the share, after 'tener')
_OF_BETWEEN: Final = compiled(
    r"\b(?:de|ten[ií]an?|tienen?|tendr[ií]an?|tuvieron)[ \t\u00a0]+entre[ \t\u00a0]+$",
    re.IGNORECASE,
)
_AGE_RANGE_AFTER: Final = compiled(
    r"[ \t\u00a0]+(?:y|a)[ \t\u00a0]+\d{1,3}[ \t\u00a0]+años\b", re.IGNORECASE
)
_AGE_PREDICATE: Final = compiled(
    r"\b(?:were|was|are|is|eran|son|fueron|era|es)[ \t\u00a0]+(?:under|over|younger[ \t\u00a0]+"
    r"than|older[ \t\u00a0]+than|menores[ \t\u00a0]+de|mayores[ \t\u00a0]+de)[ \t\u00a0]+$",
    re.IGNORECASE,
)
_AGE_PREDICATE_END: Final = compiled(r"(?:[ \t\u00a0]+(?:years|años)\b|[.,;:)]|$)", re.IGNORECASE)
_AGE_RANGE_END_EN: Final = compiled(
    r"[ \t\u00a0]+(?:and|to)[ \t\u00a0]+\d{1,3}(?:-|[ \t\u00a0]+)years?[- ]old\b", re.IGNORECASE
)
_AND_OLDER: Final = compiled(r"\s+(?:and|or)\s+(?:older|over|above|younger|under)\b", re.IGNORECASE)
_DURATION: Final = {
    "en": compiled(
        # (not "reached 311 year to date": a count, then the time it covers)
        rf"{_SP}+(?:years?(?![\s-]+(?:to[\s-]+date|on[\s-]+year|over[\s-]+year)\b)|months?|"
        rf"weeks?|days?|hours?|minutes?|seconds?|decades?|centuries)\b",
        re.IGNORECASE,
    ),
    "es": compiled(
        rf"{_SP}+(?:años?|meses|mes|semanas?|días?|horas?|minutos?|segundos?|décadas?|siglos?)\b",
        re.IGNORECASE,
    ),
}
_DURATION_ASSERTED: Final = {
    "en": compiled(
        r"\b(?:for|lasted|lasting|spent|marked|marks|has\s+gone|have\s+gone|went)\s+(?:\S+\s+){0,3}$"
        # ("The average wait reached 396 days, up from 320 days": a wait is measured in time, and
        # the time it is compared with is measured too)
        # ("The average wait for a hip replacement rose to 41 weeks", "Patients waited an
        # average of 41 weeks")
        r"|\b(?:wait|waits|waited|waiting(?:\s+times?)?|delays?|stays?)\s+(?:\S+\s+){0,6}$"
        r"|\d\s+(?:days|weeks|months|years|hours|minutes),?\s+(?:up|down)\s+from\s+"
        r"(?:about\s+|nearly\s+|some\s+)?$",
        re.IGNORECASE,
    ),
    "es": compiled(
        r"\b(?:durante|duró|permaneció|pasó|suma|sumó|acumula|acumuló|lleva|llevaba|cumple|"
        r"cumplió)\s+(?:\S+\s+){0,3}$"
        # ("El tiempo medio de espera fue de 142 días", "la demora promedio bajó a 90 días": a
        # wait is measured in time; not "en espera desde hace 3 años", "con una espera de más
        # de seis meses", who is counted, nor the verb of "se espera que en 2 años")
        r"|\b(?:espera|esperas|demora|demoras|estancia)\s+"
        r"(?:(?!(?:más|menos|hace|desde|durante|por|que|en)\b)\S+\s+){0,4}$",
        re.IGNORECASE,
    ),
}
# How long people live is the quantity asserted ("Life expectancy at birth in South Africa
# rose to 64.0 years", "Women can expect to live to 67.7 years and men to 61.5 years", "la
# esperanza de vida al nacer subió a 75,2 años"), read further back than the other cues.
_LIFE_SPAN: Final = {
    "en": compiled(r"\b(?:expectancy|lifespans?|live\s+to)\s+(?:\S+\s+){0,8}$", re.IGNORECASE),
    "es": compiled(r"\besperanza\s+de\s+vida\s+(?:\S+\s+){0,8}$", re.IGNORECASE),
}
# A prison term is the quantity a sentence asserts ("sentenced to 12 years in prison", "a
# combined 1,320 years in prison", "condenado a 12 años de prisión", "hasta 10 años de cárcel").
_PRISON_TERM: Final = {
    "en": compiled(
        rf"{_SP}+years?{_SP}+(?:in{_SP}+(?:prison|jail)|behind{_SP}+bars|of{_SP}+"
        rf"(?:prison|imprisonment|jail))\b",
        re.IGNORECASE,
    ),
    "es": compiled(
        rf"{_SP}+años?{_SP}+de{_SP}+(?:prisión|cárcel|reclusión|presidio)\b", re.IGNORECASE
    ),
}
# ... or told after a word of sentencing ("received between 50 and 150 years", "sentences
# totalling more than 2,100 years", "sought sentences of up to 30 years").
_SENTENCED_BEFORE: Final = {
    "en": compiled(
        r"\b(?:sentenced|sentences?|sentencing|terms?|totall?ing|totall?ed|received|receive|faces?|"
        r"facing|sought|seeking|serve|serving|served)\s+(?:\S+\s+){0,4}$",
        re.IGNORECASE,
    ),
    "es": compiled(
        r"\b(?:condenad[oa]s?|condenó|condenaron|condena|penas?|sentenciad[oa]s?)\s+"
        r"(?:\S+\s+){0,4}$",
        re.IGNORECASE,
    ),
}
_RATIO: Final = {
    "en": CaseBlind(
        r"(?<![\w-])(?P<num>one|two|three|four|five|six|seven|eight|nine|\d{1,3})\s+"
        r"(?:in|out\s+of|of\s+every)\s+(?P<den>two|three|four|five|six|seven|eight|nine|ten|"
        r"eleven|twelve|twenty|hundred|a\s+hundred|\d{1,4})(?![\w-]|[.,]\d)"
    ),
    "es": CaseBlind(
        r"(?<![\w-])(?P<num>uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|\d{1,3})\s+"
        r"de\s+cada\s+(?P<den>dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|"
        r"veinte|cien|mil|\d{1,4})(?![\w-]|[.,]\d)"
    ),
}
_SMALL: Final = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "hundred": 100,
    "a hundred": 100, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "veinte": 20, "cien": 100, "mil": 1000, "a": 1,
}  # fmt: skip
_FRACTION: Final = {
    "en": CaseBlind(
        r"(?<![\w-])(?:(?P<n>a|one|two|three|four)[\s-]+)?(?P<f>half|halves|thirds?|quarters?|"
        r"fifths?|tenths?)(?![\w])"
    ),
    "es": CaseBlind(
        r"(?<![\w-])(?P<n>la|un|una|dos|tres|cuatro)\s+(?P<f>mitad|tercios?|cuartos?|quintos?|"
        r"terceras?\s+partes?|cuartas?\s+partes?|quintas?\s+partes?|décimas?\s+partes?)"
        r"(?![\w])"
    ),
}
_DENOMINATORS: Final = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "tenth": 10, "tenths": 10, "mitad": 2, "tercio": 3, "tercios": 3,
    "tercera": 3, "terceras": 3, "cuarto": 4, "cuartos": 4, "cuarta": 4, "cuartas": 4,
    "quinto": 5, "quintos": 5, "quinta": 5, "quintas": 5, "décima": 10, "décimas": 10,
}  # fmt: skip
_FRACTION_BLOCKED_BEFORE: Final = compiled(
    r"\b(?:the|first|second|third|fourth|last|this|next|its|each|every|el|primer|segundo"
    r"|tercer|cuarto|último)[ \t\u00a0]+$",
    re.IGNORECASE,
)
_FRACTION_BLOCKED_AFTER: Final = compiled(
    r"(?:-|\s+(?:an?\s|century|centuries|mile|miles|hour|hours|time|times|way|point|points|"
    r"final|finals|de\s+(?:hora|siglo|final)|del\s+(?:año|siglo)|of\s+(?:19|20)\d\d))",
    re.IGNORECASE,
)
_FRACTION_OK_AFTER: Final = compiled(
    r"\s+(?:of|de|del|more|less|fewer|más|menos)\b|\s+(?:were|was|are|is|had|have|has|did|do|does|lived|live|lives|said|"
    r"say|came|come|went|go|goes|remain|remained|eran|era|son|es|fue|fueron|tienen|tenían|"
    r"viven|vivían)\b",
    re.IGNORECASE,
)
_VAGUE: Final = {
    "en": compiled(
        r"(?<![\w-])(?P<v>tens\s+of\s+thousands\s+of|hundreds\s+of\s+thousands\s+of|"
        r"dozens\s+of|hundreds\s+of|thousands\s+of|millions\s+of|several\s+hundred|"
        r"several\s+thousand|a\s+dozen|dozens(?=\s+more\b)|hundreds(?=\s+more\b)|"
        r"thousands(?=\s+more\b))(?![\w-])",
        re.IGNORECASE,
    ),
    "es": compiled(
        r"(?<![\w-])(?P<v>decenas\s+de\s+miles\s+de|cientos\s+de\s+miles\s+de|"
        r"centenares\s+de\s+miles\s+de|decenas\s+de|cientos\s+de|centenares\s+de|"
        r"miles\s+de|millones\s+de|una\s+docena\s+de|una\s+docena)(?![\w-])",
        re.IGNORECASE,
    ),
}
_VAGUE_AMOUNTS: Final[dict[str, tuple[int, Qualifier]]] = {
    "tens of thousands of": (20000, "at_least"),
    "hundreds of thousands of": (200000, "at_least"),
    "dozens of": (24, "at_least"),
    "dozens": (24, "at_least"),
    "hundreds of": (200, "at_least"),
    "hundreds": (200, "at_least"),
    "thousands of": (2000, "at_least"),
    "thousands": (2000, "at_least"),
    "millions of": (2000000, "at_least"),
    "several hundred": (200, "at_least"),
    "several thousand": (2000, "at_least"),
    "a dozen": (12, "approximately"),
    "decenas de miles de": (20000, "at_least"),
    "cientos de miles de": (200000, "at_least"),
    "centenares de miles de": (200000, "at_least"),
    "decenas de": (20, "at_least"),
    "cientos de": (200, "at_least"),
    "centenares de": (200, "at_least"),
    "miles de": (2000, "at_least"),
    "millones de": (2000000, "at_least"),
    "una docena de": (12, "approximately"),
    "una docena": (12, "approximately"),
}
_PER_BEFORE: Final = {
    "en": EndWord(
        compiled(r"\bper[ \t\u00a0]+(?:every[ \t\u00a0]+)?$", re.IGNORECASE), ("per", "every")
    ),
    "es": EndWord(
        compiled(r"\bpor[ \t\u00a0]+(?:cada[ \t\u00a0]+)?$", re.IGNORECASE), ("por", "cada")
    ),
}
_MAGNITUDE_BEFORE: Final = EndWord(
    compiled(r"\b(?:magnitude|magnitud|de\s+magnitud)[ \t\u00a0-]*$", re.I),
    ("magnitude", "magnitud"),
    " \t\u00a0-",
    blank_required=False,
)
# ("the 7.8 magnitude quake", "a 6.4-magnitude earthquake", "de magnitud 7,8")
_CASUALTY_AFTER_EN: Final = compiled(
    r"\s+(?:(?:remain|remained|are|were|are\s+still|were\s+still)\s+(?:missing|unaccounted\s+for|"
    r"in\s+(?:hospital|critical\s+condition|intensive\s+care))|(?:were|have\s+been|had\s+been)\s+"
    r"(?:killed|injured|wounded|hospitali[sz]ed|rescued|evacuated)|died)\b",
    re.IGNORECASE,
)
_MAGNITUDE_AFTER: Final = compiled(r"(?:-|[ \t\u00a0]+)?magnitude\b|\s+(?:de\s+)?magnitud\b", re.I)
# "the 20 most populous nations", "the top 10": a group being described, not a claim.
_GROUP_DESCRIPTOR: Final = compiled(
    r"[ \t\u00a0]+(?:most|least|largest|biggest|smallest|richest|poorest|best|worst|highest|"
    r"lowest|top|leading|main|major|más|mayores|principales)\b",
    re.IGNORECASE,
)
_THE_BEFORE: Final = EndWord(
    compiled(r"\b(?:the|top|los|las)[ \t\u00a0]+$", re.IGNORECASE), ("the", "top", "los", "las")
)
_POSSESSIVE_BEFORE: Final = compiled(r"\w['’]s[ \t\u00a0]+$")
_ADDRESS: Final = compiled(
    r"[ \t\u00a0]+(?:[A-Z][\w'’-]*[ \t\u00a0]+){1,2}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|"
    r"Boulevard|Blvd\.|Lane|Square|Plaza|Drive)\b"
)
# "entre un 1 y un 3 por ciento", "entre el 20 y el 30 %": an article may stand before each end.
_RANGE_ARTICLE: Final = r"(?:(?:un|una|el|la)\s+)?"
_RANGE_BETWEEN: Final = compiled(rf"\s*(?:-|–|—|to|and|or|a|y|o)\s*{_RANGE_ARTICLE}", re.IGNORECASE)
# A count set after a preposition, where or in what the count before it happened ('in three
# villages', 'across 13 counties', 'en 12 operativos').
_SETTING_BEFORE: Final = compiled(
    r"\b(?:in|across|at|on|during|among|from|en|durante|entre)[ \t\u00a0]+$", re.IGNORECASE
)
# 'won 61 of 160 seats', 'ganó 61 de los 160 escaños': a part of the count after it
# ('61 of 160 seats', '4,000 of the 18,000 schools', '4,000 of Honduras's 18,000 schools', '12 of
# its 40 hospitals': the part counts what the whole after it counts)
_PART_OF_GAP: Final = compiled(
    r"[ \t\u00a0]+(?:of(?:[ \t\u00a0]+(?:the|its|their))?(?:[ \t\u00a0]+[\w.-]+['’]s)?"
    r"|de[ \t\u00a0]+l[oa]s)[ \t\u00a0]+"
)
_BETWEEN_BEFORE: Final = compiled(
    r"\b(?:between|entre)[ \t\u00a0]+(?:(?:un|una|el|la)[ \t\u00a0]+)?$", re.IGNORECASE
)
_AND_GAP: Final = compiled(rf"\s+(?:and|y)\s+{_RANGE_ARTICLE}", re.IGNORECASE)
_COMPARISON_BEFORE: Final = compiled(
    r"\b(?:from|compared\s+(?:with|to)|than|versus|vs\.?|against|de|desde|que|frente\s+a)"
    r"[ \t\u00a0]+$",
    re.IGNORECASE,
)
# "40 percent of the world's cocoa": a share of the world's.
_OF_THE_WORLD: Final = compiled(
    r"(?:%|\bpercent|\bper\s+cent)\s+of\s+(?:the\s+)?world(?:['’]s|\b)", re.IGNORECASE
)
# Words before a percentage that make it a change ("rose 4 percent"), not a share.
_CHANGE_VERBS: Final = (
    "rose rise risen rises fell fall fallen falls grew grow grown grows dropped drop declined "
    "decline declines increased increase increases decreased decrease jumped climbed gained gain "
    "lost lose loses losing shrank shrink slid slipped surged soared plunged slumped tumbled cut "
    "cuts raised raise reduced reduce expanded expand expands contracted contract contracts shrunk "
    "dipped dips plummeted rebounded"
)
_CHANGE_HEDGES: Final = r"about|around|roughly|nearly|almost|some|more\s+than|over|just|only|a|an"
_CHANGE_BEFORE: Final = EndWord(
    CaseBlind(
        rf"\b(?:{'|'.join(_CHANGE_VERBS.split())}|"
        # ("made up 54 percent of voters" is a share, not a change)
        r"(?<!\bmade\s)(?<!\bmake\s)(?<!\bmakes\s)(?<!\bmaking\s)up|"
        r"down|by|an?\s+(?:increase|decrease|rise|fall|drop|decline|growth|gain|loss|jump|cut|"
        r"reduction)\s+of|(?:increase|decrease|rise|fall|drop|decline|growth|gain|loss)\s+of)"
        rf"(?:\s+(?:{_CHANGE_HEDGES}))*"
        r"[ \t\u00a0]+$",
    ),
    # How a match can end: a verb, 'up', 'down', 'by', '... of', or a hedge after one of them.
    [*_CHANGE_VERBS.split(), "up", "down", "by", "of", "than", *_CHANGE_HEDGES.split("|")],
)
_CHANGE_BEFORE_ES: Final = CaseBlind(
    r"\b(?:aumentó|aumentaron|creció|crecieron|subió|subieron|bajó|bajaron|cayó|cayeron|"
    r"disminuyó|disminuyeron|se\s+redujo|se\s+redujeron|aumento|incremento|alza|caída|subida|suba|"
    r"bajada|repunte|retroceso|"
    # (the present of headlines: 'Aduanas: recaudación sube 6,5 %')
    r"aumenta|aumentan|crece|crecen|sube|suben|cae|caen|disminuye|disminuyen|"
    r"se\s+encareció|se\s+encarecieron|se\s+abarató|se\s+abarataron|"
    r"reducción|disminución|descenso|crecimiento|(?:supera|superó|superan|superaron|excede|"
    # (a place after 'en', in any case, as the case-blind pattern always read it)
    r"excedió)\s+en)(?:\s+en\s+[a-záéíóú]\w+(?:\s+[a-záéíóú]\w+)?)?"
    # ('una caída interanual de 3 %': the kind of change between the noun and the figure)
    r"(?:\s+(?:de|del|en|entre|un|una|el|la|de\s+un|de\s+una|alrededor\s+de|casi|más\s+de|"
    # ('un aumento de apenas el 2,5 %', 'creció solo 0,8 %': a tone word before the figure)
    r"interanual|anual|mensual|apenas|solo|sólo))*"
    r"[ \t\u00a0]+$"
)
_CHANGE_AFTER_ES: Final = compiled(
    r"\s+(?:más|menos|mayor|menor|superior|inferior|de\s+aumento|de\s+incremento|"
    r"de\s+reducción|de\s+caída|por\s+encima|por\s+debajo)\b",
    re.IGNORECASE,
)
_CHANGE_AFTER: Final = compiled(
    r"\s+(?:more|less|fewer|higher|lower|increase|rise|drop|decline|fall|cut|raise|jump|"
    r"gain|loss|reduction|growth|below|above)\b",
    re.IGNORECASE,
)
# (a number's own separators do not end it: 'of the 2.2 million visits', 'of the 2,000 voters')
_OF_NP: Final = compiled(
    # ("31 percent of U.S. eighth-graders": the dots of an initialism go on)
    rf"{_SP}+of{_SP}+(?P<np>(?:[^,;:.()\"“”]|(?<=\d)[.,](?=\d)"
    rf"|\.(?<=\b(?-i:[A-Z])\.)(?=(?-i:[A-Z])\.|{_SP}+(?-i:[a-z]))){{1,120}})",
    re.IGNORECASE,
)
_OF_DETERMINERS: Final = word_set(
    "the a an its their his her our your my this that these those all some each every both such"
)
_PRONOUNS: Final = word_set("them those these they us it him her ones")
# A number in words before one of these counts what the pronoun stands for.
_OF_PRONOUN: Final = compiled(
    r"\s+(?:of\s+(?:them|those|these)|de\s+(?:ellos|ellas|esos|esas|estos|estas))\b", re.IGNORECASE
)
# "an average of nearly six a day", "un promedio de casi seis por día": a number in words whose
# things were counted before, on average per unit of time.
_PER_TIME_AFTER: Final = compiled(
    r"\s+(?:a|per|each|every|por|al|cada)\s+(?:day|week|month|year|hour|día|semana|mes|año|hora)\b",
    re.IGNORECASE,
)
_AVERAGE_OF_BEFORE: Final = compiled(
    r"\b(?:average|promedio)\s+(?:of|de)\s+(?:(?:nearly|almost|about|some|around|roughly|casi|"
    r"unos|unas|alrededor\s+de|cerca\s+de)\s+)?$",
    re.IGNORECASE,
)
# "last year's", "this month's": a time before a share's noun, not the noun.
_TIME_DETERMINERS: Final = word_set("last this next previous")
_TIME_UNITS: Final = word_set("year month week quarter decade season")
_NP_STOP: Final = word_set(
    """who which that whom whose where when while were was are is be been had have has do does
    did will would could should may might must can in on at from to by with without during
    since after before for into across through under over among between than as because
    said says say told reported according who's whose nationwide worldwide overall alone
    remain remains remained lived live lives never ever often always usually rarely seldom
    sometimes"""
)
_POSSESSIVE: Final = compiled(r"^(?P<w>[\w.’'-]+)['’]s$")
# Words that hedge a number inside a share's base ('of the nearly 99 million people', 'of the
# more than 9 million voters').
_HEDGES_BEFORE_NUMBER: Final = word_set(
    "nearly almost about around roughly some approximately over just more less fewer than estimated"
)


MAX_NUMBERS: Final = 60


# (An __init__ of its own: mypyc compiles it, while a dataclass's generated methods run in the
# interpreter, thousands of constructions per article.)
@dataclass(init=False, slots=True)
class Figure:
    """A figure found in a sentence (offsets local to the sentence)."""

    value_start: int
    value_end: int
    tail_end: int
    amount: Decimal
    unit: str
    unit_kind: str  # percent, points, currency, rate, count, measure, none
    qualifier: Qualifier
    from_words: bool
    kind: str = "number"  # number, ratio, fraction, vague
    share_of: str | None = None  # "percent of X": X as read
    share_pronoun: str | None = None  # "them", "those detained": X is an earlier noun
    counted: str | None = None  # the noun counted by a rate ('murders' per 100,000)
    is_change: bool = False
    hedged: bool = False
    reasons: list[str] = field(default_factory=list)

    def __init__(
        self,
        value_start: int,
        value_end: int,
        tail_end: int,
        amount: Decimal,
        unit: str,
        unit_kind: str,
        qualifier: Qualifier,
        from_words: bool,
        kind: str = "number",
        share_of: str | None = None,
        share_pronoun: str | None = None,
        counted: str | None = None,
        is_change: bool = False,
        hedged: bool = False,
        reasons: list[str] | None = None,
    ) -> None:
        self.value_start = value_start
        self.value_end = value_end
        self.tail_end = tail_end
        self.amount = amount
        self.unit = unit
        self.unit_kind = unit_kind
        self.qualifier = qualifier
        self.from_words = from_words
        self.kind = kind
        self.share_of = share_of
        self.share_pronoun = share_pronoun
        self.counted = counted
        self.is_change = is_change
        self.hedged = hedged
        self.reasons = [] if reasons is None else reasons


# (An __init__ of its own: mypyc compiles it, while a dataclass's generated methods run in the
# interpreter, thousands of constructions per article. Not frozen, as frozen would make that
# __init__ fail as Python; its fields are still never reassigned.)
@dataclass(init=False, unsafe_hash=True, slots=True)
class _Raw:
    start: int
    end: int
    amount: Decimal
    words: bool
    text: str
    suffix: str | None = None
    kind: str = "number"
    qualifier: Qualifier | None = None
    rounded: bool = False
    noun_at: int | None = None  # where the counted noun of a ratio starts

    def __init__(
        self,
        start: int,
        end: int,
        amount: Decimal,
        words: bool,
        text: str,
        suffix: str | None = None,
        kind: str = "number",
        qualifier: Qualifier | None = None,
        rounded: bool = False,
        noun_at: int | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.amount = amount
        self.words = words
        self.text = text
        self.suffix = suffix
        self.kind = kind
        self.qualifier = qualifier
        self.rounded = rounded
        self.noun_at = noun_at


def _round_pct(numerator: int, denominator: int) -> tuple[Decimal, bool]:
    """A share in percent, rounded to two decimals, and whether rounding was needed."""
    exact = Decimal(numerator) * 100 / Decimal(denominator)
    rounded = exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    value = rounded.normalize()
    if value == value.to_integral_value():
        value = Decimal(int(value))
    return value, rounded != exact


def _small(token: str) -> int | None:
    token = " ".join(token.lower().split())
    if token.isdigit():
        return int(token)
    return _SMALL.get(token)


_WORDS_RE: Final = compiled(r"[^\W\d_]+")
_FRACTION_WORDS: Final = word_set(
    "half halves third thirds quarter quarters fifth fifths tenth tenths mitad tercio tercios "
    "tercera terceras cuarto cuartos cuarta cuartas quinto quintos quinta quintas décima décimas"
)
_VAGUE_WORDS: Final = word_set(
    "dozen dozens hundreds thousands millions several decenas cientos centenares miles millones "
    "docena"
)
_RATIO_WORDS: Final = word_set("in out every cada")
# Runs of number words (their text is read lower-cased, as words_value reads it anyway).
_WORD_NUMBER: Final = CaseBlind(WORD_NUMBER_SOURCE)
_ES_WORD_NUMBER: Final = CaseBlind(ES_WORD_NUMBER_SOURCE)
_EN_NUMBER_TOKENS: Final = NUMBER_WORDS


_YEAR_DIGITS: Final = compiled(r"(?:1[89]|20)\d\d")
_WORD_END: Final = compiled(r"[\d\w]\s*$")
_NUMBER_END: Final = CaseBlind(
    r"(?:\d|" + "|".join(sorted(ES_NUMBER_WORDS | NUMBER_WORDS)) + r")\s*$"
)
_SCALE_NEXT: Final = compiled(r"\s*(?:millones|millions)\b", re.IGNORECASE)


def _special_raws(sentence: str, lang: str, words: frozenset[str]) -> list[_Raw]:
    """Ratios, fractions and vague quantities, with their fixed amounts."""
    raws: list[_Raw] = []
    if not words & _RATIO_WORDS:
        ratios: list[re.Match[str]] = []
    else:
        ratios = list(_RATIO[lang].finditer(sentence))
    for match in ratios:
        num, den = _small(match.group("num")), _small(match.group("den"))
        if not num or not den or num > den or _YEAR_DIGITS.fullmatch(match.group("den")):
            continue
        amount, rounded = _round_pct(num, den)
        raws.append(
            _Raw(
                match.start(), match.end(), amount, True,
                sentence[match.start() : match.end()], kind="ratio",
                rounded=rounded, noun_at=match.end(),
            )
        )  # fmt: skip
    fractions = _FRACTION[lang].finditer(sentence) if words & _FRACTION_WORDS else ()
    for match in fractions:
        fraction = match.group("f").lower().split()[0]
        denominator = _DENOMINATORS.get(fraction)
        numerator_word = (match.group("n") or "").lower()
        numerator = {"": 1, "a": 1, "one": 1, "la": 1, "un": 1, "una": 1}.get(numerator_word)
        if numerator is None:
            numerator = _small(numerator_word) or 0
        if not denominator or not numerator or numerator >= denominator:
            continue
        if fraction.endswith("s") and numerator == 1 and fraction not in ("halves",):
            continue
        before = sentence[max(0, match.start() - 24) : match.start()]
        after = sentence[match.end() : match.end() + 40]
        if _FRACTION_BLOCKED_BEFORE.search(before) or _FRACTION_BLOCKED_AFTER.match(after):
            continue
        if fraction == "half" and re.search(r"\band\s+(?:a\s+)?$", before):
            continue  # "one and a half"
        if not (
            _FRACTION_OK_AFTER.match(after)
            or _QUALIFIER_RE[lang].search(before)
            or re.search(r"\bby\s+$", before)
        ):
            continue
        amount, rounded = _round_pct(numerator, denominator)
        raws.append(
            _Raw(
                match.start(), match.end(), amount, True,
                sentence[match.start() : match.end()], kind="fraction",
                rounded=rounded,
            )
        )  # fmt: skip
    vague = _VAGUE[lang].finditer(sentence) if words & _VAGUE_WORDS else ()
    for match in vague:
        phrase = " ".join(match.group("v").lower().split())
        if phrase in ("millones de", "millions of", "miles de", "thousands of"):
            before = sentence[max(0, match.start() - 16) : match.start()]
            if _WORD_END.search(before) and _NUMBER_END.search(before):
                continue
            if _SCALE_NEXT.match(sentence[match.end() :]):
                continue
        fixed, qualifier = _VAGUE_AMOUNTS[phrase]
        raws.append(
            _Raw(
                match.start(), match.end(), Decimal(fixed), True, match.group(0), kind="vague",
                qualifier=qualifier,
            )
        )  # fmt: skip
    return raws


def _word_raws(sentence: str, lang: str, words: frozenset[str]) -> list[_Raw]:
    """Numbers written in words."""
    raws: list[_Raw] = []
    if not words & (ES_NUMBER_WORDS if lang == "es" else _EN_NUMBER_TOKENS):
        return raws
    if lang == "es":
        for match in _ES_WORD_NUMBER.finditer(sentence):
            for start, end, number in es_split_words(match.group(0)):
                begin, finish = match.start() + start, match.start() + end
                amount = Decimal(number)
                decimal = _COMA.match(sentence, finish)
                if decimal:
                    tail = _ES_WORD_NUMBER.match(sentence, decimal.end())
                    value = es_words_value(tail.group(0)) if tail else None
                    if tail is not None and value is not None:
                        amount = Decimal(f"{number}.{value}")
                        finish = tail.end()
                raws.append(_Raw(begin, finish, amount, True, sentence[begin:finish]))
        return raws
    for match in _A_SCALE.finditer(sentence):
        scale = match.group("scale").lower()
        scaled = Decimal(10**2 if scale == "hundred" else SCALES[scale])
        if match.group("half"):
            scaled /= 2
        raws.append(
            _Raw(match.start(), match.end(), scaled, True, sentence[match.start() : match.end()])
        )
    for match in _WORD_NUMBER.finditer(sentence):
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
    return raws


def _raw_numbers(
    sentence: str, blocked: list[tuple[int, int]], lang: str, style: str
) -> list[_Raw]:
    """Collect numbers in digits and words, dropping those inside blocked spans."""
    words = frozenset(_WORDS_RE.findall(sentence.lower()))
    raws = _special_raws(sentence, lang, words) + _word_raws(sentence, lang, words)
    for match in _DIGITS[style].finditer(sentence):
        amount = parse_styled(match.group("num"), style)
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


def _money_follows(sentence: str, end: int, lang: str) -> bool:
    """Whether a currency word follows a number, after its multiplier ('1.450 millones de
    dólares', '300 euros')."""
    key = "es" if lang == "es" else "en"
    multiplier = _MULTIPLIER[key].match(sentence, end)
    return _CURRENCY_AFTER[key].match(sentence, multiplier.end() if multiplier else end) is not None


_CAPITALISED_WORD_BEFORE: Final = compiled(r"(?<![.!?:;,\"“])\s[A-Z][a-z]+ $")


def _is_name_part(sentence: str, raw: _Raw, has_currency: bool, lang: str) -> bool:
    """Tell whether a number belongs to a name, an address, a code, an age or a group."""
    before = sentence[max(0, raw.start - 40) : raw.start]
    after = sentence[raw.end : raw.end + 60]
    if has_currency:
        return False
    if (
        lang == "en"
        and raw.words
        and raw.kind == "number"
        and raw.text[:1].isupper()
        and _CAPITALISED_WORD_BEFORE.search(before) is not None
    ):
        # "the city's Vision Zero program", "Formula One", "Air Force One": a capitalised
        # number word right after a capitalised word is part of a name
        return True
    if before.endswith("-") and len(before) >= 2 and before[-2].isalpha():
        return True
    if before.endswith("-") and len(before) >= 2 and before[-2].isdigit():
        # "la subestación 11-2", "zona 18-3": the second part of a designator's number.
        words = before[:-1].rsplit(None, 2)
        if len(words) >= 2 and words[-1].isdigit() and words[-2].lower() in _DESIGNATOR_WORDS:
            return True
    if after.startswith("-") and len(after) > 1 and after[1].isalpha():
        return True
    # Most checks look at the word just before the number: read it once, and run a pattern
    # only when that word can start it.
    tail = before.rstrip()
    last = tail.rsplit(None, 1)[-1].lower() if tail else ""
    if (
        last in _DESIGNATOR_WORDS
        or last in _DESIGNATOR_PLURALS
        # ("Line 12, where a section collapsed": a metro or bus line's name)
        or (last == "line" and tail.endswith("Line"))
        or tail.endswith("#")
        or _AGE.match(after)
    ):
        return True
    if last in ("and", "or", "to", "through"):
        # "between exits 27 and 31": the second number of a plural designator
        words = tail.rsplit(None, 3)
        if len(words) >= 3 and words[-2].isdigit() and words[-3].lower() in _DESIGNATOR_PLURALS:
            return True
    if last == "the" and _LINE_AFTER.match(after):
        return True  # "calls to the 988 line", "the 911 hotline": a number that names a line
    if "age" in before.lower() and _AGE_BEFORE.search(before):
        return True
    if last in _GROUP_LAST and _GROUP_BEFORE[lang].search(before):
        return True
    if (
        lang == "en"
        and last in _DEFINING_LAST_EN
        and _DEFINING_BEFORE_EN.search(before[-90:]) is not None
    ):
        # "homes that use less than 300 kWh", "a household using 200 kilowatt-hours a month",
        # "farms of less than 5 hectares", "4,300 have waited more than six months": the
        # number says which ones are counted, it is no figure of its own
        return True
    if (
        last == "de"
        and lang == "es"
        and raw.amount < 10
        and _ROOMS_AFTER_ES.match(after) is not None
        and _DWELLING_BEFORE_ES.search(before) is not None
    ):
        return True  # "un departamento de dos ambientes": the kind of home whose rent is given
    if last == "entre" and _AGE_RANGE_AFTER.match(after) and _OF_BETWEEN.search(before):
        return True  # "las víctimas de entre 18 y 35 años": who is counted, by age
    if (
        last in _AGE_LAST
        and raw.amount < 120
        and _AGE_PREDICATE.search(before)
        and _AGE_PREDICATE_END.match(after)
    ):
        return True  # "38 percent of the victims were under 25": an age bound, not a count
    if _AND_OLDER.match(after):
        return True
    if raw.amount < 120 and last == "between" and _AGE_RANGE_END_EN.match(after):
        return True  # "81,000 were between 5 and 9 years old": an age range, who is counted
    if (
        raw.kind == "number"
        and tail.endswith(",")
        and (
            _PERSON_AGE_BEFORE.search(before)
            # ("The mayor, 58, said", "el alcalde, de 58 años,": a person named by office)
            or _PERSON_NOUN_AGE_BEFORE.search(before)
        )
        and re.match(r"[ \t\u00a0]*,", after)
        and raw.amount < 120
    ):
        return True
    if (
        _DURATION[lang].match(after)
        and not _DURATION_ASSERTED[lang].search(before)
        and not _PRISON_TERM[lang].match(after)
        and not _SENTENCED_BEFORE[lang].search(before)
        and not _LIFE_SPAN[lang].search(sentence, max(0, raw.start - 90), raw.start)
    ):
        return True
    if _ADDRESS.match(after):
        return True
    cap = (
        _CAP_BEFORE.search(before)
        if last[:1].isalpha() and tail.rsplit(None, 1)[-1][:1].isupper()
        else None
    )
    if cap and not raw.words and raw.start - len(cap.group("w")) - 1 <= 1:
        # The sentence's first word ("Murieron 300 personas"): a capital of its own, not a name.
        return False
    if cap and not raw.words:
        if _money_follows(sentence, raw.end, lang):
            return False  # "costó al Estado 1.450 millones de dólares": an amount, not a label
        word = cap.group("w")
        bare = word.rstrip(".,").lower()
        if bare.endswith(("'s", "’s")):
            return False
        if _OWNED_COUNT_AFTER_ACRONYM.search(before) and _PLURAL_NOUN_AFTER.match(after):
            # "ingresaron a la morgue del INACIF 412 cuerpos": an organisation's acronym ends
            # the phrase before the count (a name takes no plural noun after its number: 'la
            # Ruta 5 hacia', 'el MS 13 controla').
            return False
        return (
            bare not in _NAME_OK
            and not is_place(word)
            and not is_demonym(word)
            # "llegaron a Costa Rica 180.000 turistas": a place's last word, not a name's
            and not ends_with_place(tail)
        )
    return False


_PREPOSITION_NEXT: Final = compiled(rf"{_SP}+(?:in|on|at|into|to|with|from)\b")
# An article or a possessive right after a word: a new noun phrase, so the word was a verb.
# ("they kill a man", not "9,300 premature deaths a year": 'a year' is a frequency)
_ARTICLE_NEXT: Final = compiled(
    rf"{_SP}+(?:the|a|an|its|their|his|her|our)\b"
    rf"(?!{_SP}+(?:year|month|week|day|hour|minute|second|decade|season)\b)"
)


def _verb_like(word: str) -> bool:
    """Guess whether an English word after a noun is a verb ending the noun phrase."""
    return word in _VERB_LIKE or (len(word) > 4 and word.endswith("ed"))


_ES_VERB_END: Final = compiled(
    r"(?:aron|ieron|aban|ían|ará|arán|erá|erán|irá|irán|ó|an|en|ía|aba)$", re.IGNORECASE
)
_ES_ADJ_END: Final = compiled(
    r"(?:ados?|adas?|idos?|idas?|ales?|ivos?|ivas?|icos?|icas?|osos?|osas?|enses?|anos?|anas?|"
    r"eños?|eñas?|ecos?|ecas?|ares|ario|arios|aria|arias|bles?|jer[oa]s)$",
    re.IGNORECASE,
)
_ES_VERB_WORDS: Final = word_set(
    "es son fue fueron era eran ha han había habían está están estaba estaban tiene tienen "
    "murieron muere mueren viven vive esperan espera llegan llega pasaron"
)
_ES_REPORTED: Final = compiled(
    r"(?:reportad|registrad|presentad|denunciad|contabilizad|notificad|confirmad|documentad)"
    r"(?:os|as)"
)
_ES_KIND_AFTER: Final = compiled(
    r"[ \t\u00a0]+(?:en\s+situación\s+(?:irregular|de\s+calle|migratoria\s+irregular)|"
    r"sin\s+identificar|sin\s+vida|de\s+aterrizaje(?:\s+clandestinas?)?|de\s+hecho|"
    r"de\s+libertad)",
    re.IGNORECASE,
)


_AFTER_THE_COUNTED: Final = word_set(
    "overnight late early dead homeless stranded long wide high deep tall thick"
    # ("3.5 million children and adolescents aged 5 to 17": the ages say which ones)
    " aged"
)


_PEOPLE_NOUNS: Final = word_set("people children men women")
_OBJECT_AFTER: Final = compiled(
    r"[ \t\u00a0]+(?:them|it|him|the|an?|its|their|his|\$|\d)\b|[ \t\u00a0]+\$"
)


def _noun_run(sentence: str, pos: int, lang: str) -> tuple[str, int]:
    """Read the counted noun phrase after a number: ('police officers', end offset)."""
    if lang == "es":
        return _noun_run_es(sentence, pos)
    tokens: list[tuple[str, int]] = []
    cursor = pos
    skipped = False
    while len(tokens) < 4:
        match = _TOKEN.match(sentence, cursor)
        if match is None:
            if not tokens and "-" in sentence[cursor : cursor + 8]:
                size = _SIZE_COMPOUND.match(sentence, cursor)
                if size is not None and _TOKEN.match(sentence, size.end()) is not None:
                    # "1.1 million 46-kilogram bags": the size names the kind of bag counted
                    tokens.append((size.group("w"), size.end()))
                    cursor = size.end()
                    continue
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
            if (
                nxt[0].isupper()
                or nxt.lower() in _STOP
                or _verb_like(nxt.lower())
                # ("Twelve soldiers and three civilians were killed": a count of its own)
                or nxt.lower() in NUMBER_WORDS
                # ("seized 30 guns and officers arrested 12 people", "67.7 years and men to
                # 61.5 years": a clause of its own, with its own figure)
                or _CLAUSE_FIGURE_NEXT.match(sentence, following.end()) is not None
                # ("40,000 families and cost $3 million": a verb with its object)
                or _OBJECT_AFTER.match(sentence, following.end()) is not None
            ):
                break
            tokens.append((word, match.end()))
            tokens.append((nxt, following.end()))
            cursor = following.end()
            continue
        if lower in _STOP or lower in NUMBER_WORDS:
            break
        if tokens and lower in _AFTER_THE_COUNTED:
            # "arrested 23 people overnight", "15 people late Saturday"; "left 18 people dead",
            # "left 1,500 people homeless": what became of them, not what is counted; "1.2
            # kilometers long": the dimension measured
            break
        if (
            tokens
            and len(lower) > 5
            and lower.endswith("ing")
            and word[0].islower()
            and (
                (tokens[-1][0].endswith("s") and not tokens[-1][0].endswith("ss"))
                or tokens[-1][0].lower() in _PEOPLE_NOUNS
            )
        ):
            # "56,530 migrants crossing illegally", "290,000 applicants waiting for an
            # interview", "1.2 million people living in poverty": a participle after a plural
            # opens a clause that says which; the counted noun is the plural.
            break
        following_word = _TOKEN.match(sentence, match.end())
        if (
            tokens
            and lower.endswith("ly")
            and following_word is not None
            and (
                following_word.group("w").lower().endswith("ed")
                or _verb_like(following_word.group("w").lower())
            )
        ):
            # "the 2,248 victims previously recorded by ...": an adverb before a participle
            # opens what was done to the counted, not a word of the count.
            break
        adjective = (
            # ("8.3 million internally displaced people": an adverb, then the participle)
            (not tokens or (len(tokens) == 1 and tokens[0][0].lower().endswith("ly")))
            and lower.endswith("ed")
            and following_word is not None
            and following_word.group("w")[0].islower()
            and following_word.group("w").lower() not in _STOP
            and not _verb_like(following_word.group("w").lower())
        )
        modifier = (
            tokens
            and _verb_like(lower)
            and not lower.endswith(("ed", "s"))
            and not tokens[-1][0].lower().endswith("s")
            and tokens[-1][0].lower() not in _PEOPLE_NOUNS
            and following_word is not None
            and following_word.group("w").endswith("s")
            and following_word.group("w")[0].islower()
            and following_word.group("w").lower() not in _STOP
            and not _verb_like(following_word.group("w").lower())
        )
        if modifier:
            # "Nineteen major work stoppages": a bare verb form between an adjective and a
            # plural noun names the kind of thing counted ('work', 'strike', 'report').
            tokens.append((word, match.end()))
            cursor = match.end()
            continue
        if (
            (_verb_like(lower) and not adjective)
            or (tokens and lower in _VERB_AFTER_NOUN)
            or (tokens and _ARTICLE_NEXT.match(sentence, match.end()) is not None)
        ):
            break
        if (
            tokens
            and tokens[-1][0][-1:] == "s"
            and not tokens[-1][0].endswith("ss")
            and lower[-1:] != "s"
            and not lower.endswith("ing")
            and _PREPOSITION_NEXT.match(sentence, match.end())
        ):
            # "one in 10 homicides end in a conviction", "40,000 families live in shelters": a
            # word without a plural's -s after a plural, then a preposition, is the verb.
            break
        if (
            tokens
            and lower[-1:] == "s"
            and tokens[-1][0][-1:] == "s"
            and not tokens[-1][0].endswith("ss")
            and _PARTICLE_NEXT.match(sentence, match.end()) is not None
        ):
            # "one in three high school students drops out": a verb and its particle after the
            # plural noun (what 'one in three' does, in the singular)
            break
        capitalised = word[0].isupper() and not any(ch.isdigit() for ch in word)
        if capitalised and word.upper() != word:
            following = _TOKEN.match(sentence, match.end())
            if is_demonym(word) and not word.endswith("s"):
                tokens.append((word, match.end()))
                cursor = match.end()
                continue
            if tokens and word.endswith("ns") and is_demonym(word):
                # "one in four young Hondurans": a plural demonym after an adjective is the
                # people counted.
                tokens.append((word, match.end()))
                break
            if (
                not tokens
                and is_place(word)
                and following is not None
                and following.group("w")[:1].islower()
                and following.group("w").lower() not in _STOP
                and following.group("w").lower() not in _NP_STOP
                and not _verb_like(following.group("w").lower())
                and _TOKEN.match(sentence, following.end()) is not None
            ):
                # "one in three Texas high school students": a place before the words of the
                # kind says where, not what is counted (a place word is no part of the unit)
                cursor = match.end()
                continue
            if not tokens and not is_place(word) and following is not None:
                named_staff = _NAMED_STAFF.match(sentence, cursor)
                if named_staff is not None:
                    # "19,500 Border Patrol agents", "4,000 National Guard troops": the body's
                    # name says which agents are counted
                    tokens.append((" ".join(named_staff.group("w").split()), named_staff.end()))
                    break
            if tokens or is_place(word) or (following and following.group("w")[0].isupper()):
                break
            # A capitalised plural right after a number names people: '700,000 Rohingya'.
            tokens.append((word, match.end()))
            if following is not None:
                nxt = following.group("w")
                low_next = nxt.lower()
                if (
                    nxt[:1].islower()
                    and low_next.endswith("s")
                    and not low_next.endswith("ss")
                    and len(low_next) > 3
                    and low_next not in _STOP
                    and low_next not in _NP_STOP
                    and not _verb_like(low_next)
                ):
                    # "Nearly 1 million Rohingya refugees": the people's name before the plural
                    # noun counted names its kind.
                    cursor = match.end()
                    continue
            break
        tokens.append((word, match.end()))
        cursor = match.end()
    while tokens and (_verb_like(tokens[-1][0].lower()) or tokens[-1][0].lower() == "and"):
        tokens.pop()
    if not tokens:
        return "", pos
    return " ".join(word for word, _ in tokens), tokens[-1][1]


# After 'N things and <noun>': a verb or 'to' and a number (not a year), the noun's own figure
# (not an age that closes the pair: 'children and adolescents aged 5 to 17').
_CLAUSE_FIGURE_NEXT: Final = compiled(
    r"[ \t\u00a0]+(?:(?!(?:aged|ages?|under|over|between|of)\b)[a-z]+[ \t\u00a0]+)"
    r"(?:about[ \t\u00a0]+|nearly[ \t\u00a0]+|almost[ \t\u00a0]+)?(?!(?:19|20)\d\d\b)\d"
)


# (Patterns used thousands of times per article are compiled here once: a call of re.match or
# re.sub with a pattern string goes through the re module's Python-level cache each time.)
_DE_LEAD_ES: Final = compiled(r"[ \t\u00a0]+de(?=[ \t\u00a0])")
_COMPLEMENT_ES: Final = compiled(r"[ \t\u00a0]+(?:de|del|a|al|por|con|en|para)\b")
_MEASURE_HEADS_ES: Final = word_set("metros kilómetros centímetros milímetros pies kilometros")
_WHERE_COMPLEMENT_ES: Final = compiled(
    r"[ \t\u00a0]+(?:del|de\s+la)\s+(?:país|estado|departamento|región|municipio|capital|"
    r"ciudad|provincia|nación|mundo|continente|zona)\b"
)
_TRAILING_ARTICLE: Final = compiled(r"\s+(?:el|la|los|las|un|una)$")
_DEL_END: Final = compiled(r"del$")
_AL_END: Final = compiled(r"al$")
_COMA: Final = compiled(r"\s+coma\s+", re.IGNORECASE)


def _noun_run_es(sentence: str, pos: int) -> tuple[str, int]:
    """Read a Spanish counted noun: 'presuntos pandilleros', 'migrantes en situación irregular'."""
    cursor = pos
    lead = _DE_LEAD_ES.match(sentence, cursor)
    if lead:
        if pos and sentence[pos - 1].isdigit():
            after = _TOKEN.match(sentence, lead.end())
            if after is not None and after.group("w").lower() not in _ES_SKIP_FIRST:
                # "300 casos de dengue y 40 de zika": a bare number takes no 'de' before its
                # noun ('2,3 millones de toneladas' does); the counted noun is left out and
                # 'de zika' says which (a partitive 'de los detenidos' still names it).
                return "", pos
        cursor = lead.end()
    words: list[str] = []
    end = pos
    match = _TOKEN.match(sentence, cursor)
    while match is not None and match.group("w").lower() in _ES_SKIP_FIRST:
        cursor = match.end()
        match = _TOKEN.match(sentence, cursor)
    if match is not None and match.group("w").lower() in _ES_KEEP_BEFORE:
        words.append(match.group("w"))
        cursor = match.end()
        match = _TOKEN.match(sentence, cursor)
    if match is None:
        return "", pos
    head = match.group("w")
    lower = head.lower()
    if lower in _ES_TIME_UNITS and not words and lead is None:
        # ("El tiempo medio de espera fue de 142 días", "la huelga duró 45 días": a duration
        # kept as a figure is measured in its unit of time)
        return head, match.end()
    stop = lower in _ES_STOP or lower in ES_NUMBER_WORDS or (head[0].isupper() and not words)
    if stop and not (head[0].isupper() and is_demonym(head)):
        return "", pos
    if _ES_REPORTED.fullmatch(lower):
        # "de las 2.870 reportadas en todo Honduras": the participle of a verb of reporting is
        # no counted noun; the things are the ones named before.
        return "", pos
    verb = lower in _ES_VERB_WORDS or (
        _ES_VERB_END.search(lower) is not None and not _ES_ADJ_END.search(lower)
    )
    if verb and not lower.endswith(("es", "as", "os")):
        return "", pos
    words.append(head)
    end = cursor = match.end()
    kind = _ES_KIND_AFTER.match(sentence, cursor)
    if kind:
        words.append(" ".join(kind.group(0).split()))
        return " ".join(words), kind.end()
    following = _TOKEN.match(sentence, cursor)
    if following is not None:
        word = following.group("w")
        low = word.lower()
        complement = _COMPLEMENT_ES.match(sentence, following.end())
        if (
            low not in _ES_STOP
            and low not in _ES_VERB_WORDS
            and word[0].islower()
            and _ES_ADJ_END.search(low)
            and (
                not complement
                # ("415.342 personas extranjeras en situación migratoria irregular": the
                # adjective before a kind that is no complement of its own names what is
                # counted too; not 'privadas de libertad', the adjective's own complement)
                or (
                    _ES_KIND_AFTER.match(sentence, following.end()) is not None
                    and complement.group(0).strip().lower() == "en"
                )
                # ("26 centros penales del país": where they are is no complement of the
                # adjective's own, as 'privadas de libertad' is)
                or _WHERE_COMPLEMENT_ES.match(sentence, following.end()) is not None
                # ("1.850 metros cúbicos por segundo", "300 millones de metros cúbicos de
                # agua": the measure's own adjective, whatever follows it)
                or (lower in _MEASURE_HEADS_ES and low in ("cúbicos", "cuadrados"))
            )
        ):
            words.append(word)
            end = following.end()
    return " ".join(words), end


def _share_base(sentence: str, start: int) -> tuple[str | None, str | None, int]:
    """Read what a share is of: ('victims', None) or (None, 'them') for a pronoun, and the end."""
    of_np = _OF_NP.match(sentence, start)
    if of_np is None:
        return None, None, start
    np_text = of_np.group("np")
    word_ends = [m.end() for m in re.finditer(r"\S+", np_text)]
    words = np_text.split()
    consumed = of_np.start("np")
    kept: list[str] = []
    last_index = -1
    pronoun: str | None = None
    for index, raw_word in enumerate(words):
        word = raw_word.strip("\"'“”‘’")
        lower = word.lower()
        following = words[index + 1].strip("\"'“”‘’,.;:") if index + 1 < len(words) else ""
        if not kept and pronoun is None:
            possessive = _POSSESSIVE.match(word)
            if (
                lower in _TIME_DETERMINERS
                and following
                and _POSSESSIVE.match(following)
                and following.lower()[:-2].rstrip("'’") in _TIME_UNITS
            ):
                continue  # "60 percent of last year's killings": of the killings
            if lower in _OF_DETERMINERS or possessive:
                if lower in ("those", "these") and following:
                    low_next = following.lower()
                    if (
                        low_next.endswith("ed")
                        # ("a quarter of those waiting", "of those living in shelters")
                        or (low_next.endswith("ing") and len(low_next) > 5)
                        or low_next in _NP_STOP
                        or low_next
                        in (
                            "killed",
                            "held",
                            "taken",
                        )
                    ):
                        pronoun = lower
                        continue
                continue
            if lower in _PRONOUNS:
                pronoun = lower
                continue
            if (
                lower in _PEOPLE_ADJECTIVES
                and index > 0
                and words[index - 1].lower() == "the"
                and (not following or following.lower() in _NP_STOP or _verb_like(following))
            ):
                # "one in seven of the missing", "nearly half of the dead were children": an
                # adjective after 'the' names the people it describes.
                return lower, None, consumed + word_ends[index]
            if re.fullmatch(r"\d[\d,.]*", word) or lower in SCALES:
                continue
            if lower in _HEDGES_BEFORE_NUMBER and any(
                w[:1].isdigit() for w in words[index + 1 : index + 3]
            ):
                continue  # "61 percent of the nearly 99 million people": of the people
            adjective_use = (
                bool(following)
                and following[:1].islower()
                and (following.lower() not in _NP_STOP and not _verb_like(following.lower()))
            )
            if (
                adjective_use
                and (is_demonym(word) or is_place(word))
                # ("62 percent of Guatemalans approve": a plural demonym is the people, a noun)
                and not (word.endswith("ns") and is_demonym(word))
            ):
                continue
        if pronoun is not None:
            if lower.endswith("ed") or lower in ("held", "taken", "killed"):
                pronoun = f"{pronoun} {lower}"
                last_index = index
            break
        after_next = (
            words[index + 2].strip("\"'“”‘’,.;:")
            if lower == "and" and index + 2 < len(words)
            else ""
        )
        if (
            lower == "and"
            and kept
            and len(kept) < 3
            and not kept[-1].endswith("s")
            and following[:1].islower()
            and following.lower() not in _NP_STOP
            and following.lower() not in _STOP
            and not _verb_like(following.lower())
            and not following.endswith("s")
            and after_next[:1].islower()
            and after_next.lower().endswith("s")
            and after_next.lower() not in _NP_STOP
            and after_next.lower() not in _STOP
            and not _verb_like(after_next.lower())
        ):
            # "11.8 percent of wage and salary workers", "of small and medium businesses": two
            # modifiers joined before one plural noun.
            kept.append(word)
            continue
        if (
            not kept
            and lower == "reported"
            and following[:1].islower()
            and following.lower() not in _NP_STOP
            and following.lower() not in _STOP
            and not _verb_like(following.lower())
        ):
            # "Congo accounts for more than 90 percent of reported cases": the participle before
            # the noun says which cases, as an adjective does; no reporting verb.
            kept.append(word)
            last_index = index
            continue
        if (
            lower in _NP_STOP
            or lower in _STOP - {"more"}
            # ("35 percent of 4-year-olds": an age that names the group is part of its noun)
            or (any(ch.isdigit() for ch in word) and not _AGE_NOUN.fullmatch(lower.rstrip(",.;:")))
        ):
            break
        if kept and (_verb_like(lower) or lower in _VERB_AFTER_NOUN):
            break
        if (
            kept
            and lower.endswith("ing")
            and len(lower) > 5
            and word[0].islower()
            and lower not in _ING_NOUNS
        ):
            # "70 percent of the cocaine entering Europe": a participle after the noun opens a
            # clause that says which; the share is of the noun.
            break
        if (
            kept
            and word[0].islower()
            and not lower.endswith("s")
            and kept[-1].endswith("s")
            and not kept[-1].endswith("ss")
            and following.lower() in VERB_OBJECT_LEADS_EN
        ):
            # "62 percent of teachers plan to leave", "55 percent of adults support the ban": a
            # plural noun, then its verb and what the verb takes.
            break
        if (
            word[0].isupper()
            and kept
            and lower.endswith("ns")
            and is_demonym(word.rstrip(",.;:"))
            and all(k[:1].islower() for k in kept)
        ):
            # "one in four young Hondurans": a plural demonym after an adjective is the people
            # counted, not a place word.
            kept.append(word.rstrip(",.;:"))
            last_index = index
            break
        if word[0].isupper() and kept and (is_place(word) or word.istitle()):
            break
        kept.append(word.rstrip(",.;:"))
        last_index = index
        if raw_word.endswith((",", ";", ":")) or len(kept) == 4:
            break
    while kept and _verb_like(kept[-1].lower()):
        kept.pop()
        last_index -= 1
    if pronoun is not None and last_index < 0:
        last_index = next(
            i for i, w in enumerate(words) if w.strip("\"'“”‘’").lower() in pronoun.split()[0]
        )
    end = consumed + word_ends[last_index] if (kept or pronoun) and last_index >= 0 else start
    return (" ".join(kept) or None), pronoun, end


# The particle of a phrasal verb, then the clause's end or what follows the verb ('drops out of')
_PARTICLE_NEXT: Final = compiled(r"[ \t\u00a0]+(?:out|up|down|off|away|back)\b(?![-'’])")
_AGE_NOUN: Final = compiled(r"\d{1,3}-(?:year|month)-olds?")
# Adjectives that name people after 'the' ('the missing', 'the wounded', 'the unemployed').
_PEOPLE_ADJECTIVES: Final = word_set(
    "missing dead injured wounded displaced disappeared unemployed poor elderly detained "
    "accused deceased homeless sick convicted arrested"
)
# Nouns in -ing that are counted ('12 shootings', '40 buildings', 'housing units').
_ING_NOUNS: Final = word_set(
    "building housing funding spending training offering meeting landing opening hearing "
    "sibling earning saving holding filing listing reading warning crossing sighting "
    "recording ceiling dwelling being thing evening morning clothing bedding"
)


def _is_participle_lead(noun: str) -> bool:
    """'living abroad', 'remaining': a present participle where a counted noun would be."""
    words = noun.lower().split()
    first = words[0]
    # ('speeding tickets', 'manufacturing jobs': an -ing word before the counted noun)
    return (
        first.endswith("ing")
        and first not in _ING_NOUNS
        and len(first) > 4
        and all(word in _PARTICIPLE_TAILS for word in words[1:])
    )


_PARTICIPLE_TAILS: Final = word_set("abroad overseas alone nearby there here outside inside today")


def _unit_after(
    sentence: str,
    end: int,
    currency: str | None,
    consumed: list[tuple[int, int]],
    lang: str,
) -> tuple[str, str, int, str | None, str | None, str | None]:
    """(unit, kind, end of unit phrase, share base, pronoun base, counted noun) after a number."""
    percent = _PERCENT[lang].match(sentence, end)
    if percent:
        if percent.group("points"):
            return "percentage points", "points", percent.end(), None, None, None
        if percent.group("bp"):
            # ('raised its benchmark rate by 25 basis points': hundredths of a point, a change
            # as percentage points are)
            unit = "basis points" if lang == "en" else "puntos básicos"
            return unit, "points", percent.end(), None, None, None
        if lang == "es":
            return "percent", "percent", percent.end(), None, None, None
        base, pronoun, base_end = _share_base(sentence, percent.end())
        return "percent", "percent", max(percent.end(), base_end), base, pronoun, None
    word = _CURRENCY_AFTER[lang].match(sentence, end)
    if currency and not word:
        return currency, "currency", end, None, None, None
    if word:
        name = " ".join(word.group("cur").split()).lower()
        code = _CURRENCY_WORDS.get(name, "USD" if "dollar" in name or "dólar" in name else name)
        return code, "currency", word.end(), None, None, None
    rate = _RATE[lang].match(sentence, end)
    if rate:
        unit, rate_end = _rate_unit(rate, consumed)
        return unit, "rate", rate_end, None, None, None
    if lang == "en" and sentence.startswith(" per ", end):
        quoted = _PER_CURRENCY_EN.match(sentence, end)
        named = (
            _QUOTED_CURRENCY_EN.findall(sentence, max(0, end - 140), end)
            if quoted is not None
            else []
        )
        if quoted is not None and named:
            # "The peso closed at 951 per dollar": an exchange rate, pesos for one dollar.
            money = named[-1].lower()
            plural = _CURRENCY_PLURALS_EN.get(money, money)
            return (
                f"{plural} per {quoted.group(1).lower()}",
                "measure",
                quoted.end(),
                None,
                None,
                None,
            )
    if lang == "es" and sentence.startswith(" a", end):
        term = _PRISON_TERM["es"].match(sentence, end)
        if term is not None:
            # "condenado a 12 años de prisión": years of a sentence ('años' ends no other noun)
            return "años de prisión", "count", term.end(), None, None, None
    noun, noun_end = _noun_run(sentence, end, lang)
    if noun and lang == "en" and _is_participle_lead(noun):
        # "including 400,000 living abroad": what they do, not what is counted.
        noun = ""
    if (
        noun
        and noun.lower() in _FORECASTERS
        and _FORECAST_VERB_AFTER[lang].match(sentence, noun_end) is not None
    ):
        # "far more than the 150,000 economists had expected", "los 150.000 que los analistas
        # esperaban": who expected the figure, not what it counts (the unit is the one before)
        noun = ""
    if noun:
        speed = _PER_HOUR.match(sentence, noun_end)
        volume = _is_volume(noun.lower())
        if speed is None and volume:
            speed = _PER_TIME.match(sentence, noun_end)
            if speed is None:
                # "981,000 barrels of oil per day", "litros de agua por segundo": what flows
                # between the volume and its time.
                speed = _OF_THING_PER_TIME.match(sentence, noun_end)
        if speed and (volume or noun.lower() in _DISTANCES):
            # "225 kilómetros por hora", "90 miles an hour": a speed, one unit.
            return (
                f"{noun} {' '.join(speed.group(0).split())}",
                "count",
                speed.end(),
                None,
                None,
                None,
            )
        travel = (
            _RATE_OF_TRAVEL_EN.match(sentence, noun_end)
            if lang == "en" and sentence.startswith(" per ", noun_end)
            else None
        )
        if travel is not None:
            # "1.26 deaths per 100 million vehicle miles traveled": a rate per distance or
            # time travelled, not per people
            consumed.append((travel.start("den"), travel.end("den")))
            den = " ".join(travel.group("den").split())
            what = " ".join(travel.group("what").split()).lower()
            return f"{noun} per {den} {what}", "rate", travel.end(), None, None, noun
        rate = _RATE[lang].match(sentence, noun_end)
        adjective = (
            _ES_ADJECTIVE_AFTER.match(sentence, noun_end) if rate is None and lang == "es" else None
        )
        if adjective is not None and adjective.group("a").lower() not in _ES_STOP:
            # "48,3 muertes violentas por cada 100.000 habitantes": an adjective before the
            # base of the rate belongs to what is counted.
            rate = _RATE[lang].match(sentence, adjective.end())
            if rate:
                noun = f"{noun} {adjective.group('a')}"
        if rate:
            unit, rate_end = _rate_unit(rate, consumed)
            return unit, "rate", rate_end, None, None, noun
        return noun, "count", noun_end, None, None, None
    of_the = _OF_THE[lang].match(sentence, end)
    if of_the and lang == "en" and _TIME_OF_THE_EN.match(sentence, of_the.end()):
        # "the 2.21 million of the previous year": whose time, not what is counted
        of_the = None
    if of_the:
        noun, noun_end = _noun_run(sentence, of_the.end() - 1, lang)
        if noun:
            return noun, "count", noun_end, None, None, None
    predicate = _PREDICATE_NOUN[lang].match(sentence, end)
    if predicate and not predicate.group("n").lower().endswith(NOT_PREDICATE_NOUN_ENDS):
        return predicate.group("n"), "count", end, None, None, None
    return "", "none", end, None, None, None


_DISTANCES: Final = word_set(
    "kilómetros kilometros kilometres kilometers km miles millas metros metres meters nudos knots"
)
# Volumes that flow: '1.200 litros por segundo', '500 cubic metres per second' (one unit).
_VOLUMES: Final = word_set("litros liters litres galones gallons barriles barrels")
_PER_TIME: Final = compiled(
    rf"{_SP}+(?:por|per){_SP}+(?:segundo|second|hora|hour|día|day)\b", re.IGNORECASE
)
_RATE_OF_TRAVEL_EN: Final = compiled(
    r" per\s+(?P<den>\d{1,3}(?:,\d{3})*(?:\s+(?:million|billion))?)\s+"
    r"(?P<what>(?:vehicle|passenger|flight|train|aircraft|driving)[\s-]+(?:miles|kilometres|"
    r"kilometers|km|hours)(?:\s+(?:traveled|travelled|driven|flown))?)\b",
    re.IGNORECASE,
)
_PER_HOUR: Final = compiled(rf"{_SP}+(?:por|per|an|a){_SP}+(?:hora|hour)\b", re.IGNORECASE)
_OF_THING_PER_TIME: Final = compiled(
    rf"{_SP}+(?:of|de){_SP}+[a-záéíóúñ]+{_SP}+(?:por|per){_SP}+(?:segundo|second|hora|hour|día|day)\b",
    re.IGNORECASE,
)


def _is_volume(noun: str) -> bool:
    """'barrels', 'litres', 'cubic meters', 'metros cúbicos': a volume that can flow per time."""
    return (
        noun in _VOLUMES
        or noun.startswith("cubic ")
        or (noun.endswith(" cúbicos") and noun.count(" ") == 1)
    )


# "of the previous year", "of the same period": a time after 'of the', not a counted noun.
_TIME_OF_THE_EN: Final = compiled(
    r"(?:previous|prior|preceding|following|same|last|first|second|third|fourth)\s+"
    r"(?:year|month|quarter|week|period|half|fiscal\s+year)\b",
    re.IGNORECASE,
)
_OF_THE: Final = {
    "en": compiled(
        # ("two of his former aides": a person's too)
        rf"{_SP}+of{_SP}+(?:the|its|their|all|his|her|our){_SP}+(?:[A-Z][\w-]*['’]s{_SP}+)?"
        rf"(?:\d[\d,.]*(?:{_SP}+(?:million|billion))?{_SP}*)?(?=\S)",
        re.IGNORECASE,
    ),
    "es": compiled(
        rf"{_SP}+de{_SP}+(?:los|las|sus){_SP}+(?:\d[\d.,]*{_SP}*)?(?=\S)", re.IGNORECASE
    ),
}
_ES_ADJECTIVE_AFTER: Final = compiled(r"[ \t\u00a0]+(?P<a>[a-záéíóúñ]{4,})(?=[ \t\u00a0]+por\b)")
# What a predicate word ends in when it is no counted thing: a participle ('40 fueron
# localizados', the irregular 'devueltos', 'descubiertas', 'inscritos') or an adjective ('de
# los cuales 40 fueron graves', 'fatales', 'leves').
NOT_PREDICATE_NOUN_ENDS: Final = (
    "ed", "ados", "idos", "adas", "idas", "ueltos", "ueltas", "biertos", "biertas", "scritos",
    "scritas", "ales", "ables", "ibles", "aves", "eves",
)  # fmt: skip
_PREDICATE_NOUN: Final = {
    "en": compiled(
        # ("six are former Eskom managers": a name may say whose)
        rf"{_SP}+(?:were|are)[ \t\u00a0]+(?P<n>(?:[a-z][\w-]+[ \t\u00a0]+)?"
        rf"(?:[A-Z][a-z][\w-]*[ \t\u00a0]+)?(?:[a-z][\w-]+s|children|people|women|men))\b"
    ),
    "es": compiled(rf"{_SP}+(?:eran|son|fueron)[ \t\u00a0]+(?P<n>[a-záéíóúñ][\w-]+s)\b"),
}


def _rate_unit(rate: re.Match[str], consumed: list[tuple[int, int]]) -> tuple[str, int]:
    """'per 100,000 people' whatever the wording, and mark the denominator as used."""
    raw = " ".join(rate.group("den").lower().split())
    consumed.append((rate.start("den"), rate.end("den")))
    if raw in ("capita", "head", "person"):
        return f"per {raw}", rate.end()
    words = {"hundred": 100, "a hundred": 100, "one hundred": 100, "cien": 100, "thousand": 1000,
             "a thousand": 1000, "one thousand": 1000, "mil": 1000, "cien mil": 100000,
             "million": 10**6, "a million": 10**6, "one million": 10**6}  # fmt: skip
    if raw in words:
        number = words[raw]
    else:
        digits = NOT_DIGIT.sub("", raw.replace(" mil", "000"))
        number = int(digits) if digits else 0
    noun = _RATE_NOUNS.get(" ".join((rate.group("noun") or "people").lower().split()), "people")
    return f"per {number:,} {noun}", rate.end()


# Verbs after which "up to" / "hasta" names the level a figure moved to ("was revised up to
# 2.2%", "subió hasta 45 %"), as "rose to" does, instead of bounding it.
_REACHED_VERBS: Final = {
    "en": word_set("revised revise revises revising adjusted marked nudged bumped"),
    "es": word_set(
        "subió subieron aumentó aumentaron creció crecieron cayó cayeron bajó bajaron elevó "
        "elevaron ascendió ascendieron disminuyó disminuyeron descendió descendieron "
        "revisó revisaron ajustó ajustaron redujo redujeron recortó recortaron incrementó "
        "incrementaron "
        # (and the change announced: 'la tarifa bajará un 4,5 % en el trimestre, hasta Q1,62')
        "subirá subirán aumentará aumentarán crecerá crecerán caerá caerán bajará bajarán "
        "elevará elevarán disminuirá disminuirán reducirá reducirán descenderá descenderán"
    ),
}


# The words of a time between a verb of change and 'hasta': 'bajó en mayo hasta', 'subió en el
# último trimestre hasta'.
_TIME_AFTER_VERB_ES: Final = word_set(
    "en el la de del este ese último pasado anterior mes año trimestre semestre semana enero "
    "febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre"
)


def _reached_after(sentence: str, phrase_start: int, lang: str) -> bool:
    """Whether the word right before a qualifier phrase is a verb of change or revision."""
    before = sentence[max(0, phrase_start - 24) : phrase_start].split()
    if not before:
        return False
    if before[-1].lower() in _REACHED_VERBS[lang]:
        return True
    if lang == "es" and before[-1].lower() in _TIME_AFTER_VERB_ES:
        # "El número de parados bajó en mayo hasta 2.607.850": the verb of change, then the
        # time of the change, then the level it came to.
        words = sentence[max(0, phrase_start - 40) : phrase_start].lower().split()
        while words and words[-1] in _TIME_AFTER_VERB_ES:
            words.pop()
        if words and words[-1] in _REACHED_VERBS[lang]:
            return True
    if lang == "es" and before[-1].endswith(","):
        # "El crédito creció 11,2 % interanual a junio, hasta Q318.500 millones": after a
        # change with a figure of its own, the level it came to.
        words = sentence[max(0, phrase_start - 90) : phrase_start].lower().split()
        for index, word in enumerate(words):
            if word in _REACHED_VERBS[lang] and any(
                ch.isdigit() for later in words[index + 1 :] for ch in later
            ):
                return True
    return False


def _qualifier(sentence: str, start: int, lang: str) -> tuple[Qualifier, int, str | None]:
    """Return the qualifier written just before a figure, where it starts, and its text."""
    window_start = max(0, start - 30)
    words = sentence[window_start:start].lower().split()
    last = words[-1] if words else ""
    if last in _ARTICLE_WORDS and len(words) > 1:
        last = words[-2]
    if last[:1] in _OPENING_MARKS:
        last = last.lstrip("".join(_OPENING_MARKS))  # ('"Some 3,000 of those detained')
    match = (
        _QUALIFIER_RE[lang].search(sentence, window_start, start)
        if last in _QUALIFIER_LAST[lang]
        else None
    )
    if match is not None:
        phrase = sentence[match.start("q") : match.end("q")]  # (the match is on lower case)
        key = " ".join(phrase.lower().split())
        table = _QUALIFIERS[lang]
        for candidate in (key, _TRAILING_ARTICLE.sub("", key)):
            for variant in (
                candidate,
                _DEL_END.sub("de", candidate),
                _AL_END.sub("a", candidate),
            ):
                if variant in table:
                    if variant in ("up to", "hasta") and _reached_after(
                        sentence, match.start("q"), lang
                    ):
                        # "was revised up to 2.2%", "subió hasta 45 %": the level the figure
                        # reached, not a bound on it.
                        return "exact", start, None
                    return table[variant], match.start("q"), phrase
    if lang == "en" and last == "of":
        rough = _ROUGHLY_OF_EN.search(sentence, max(0, start - 50), start)
        if rough is not None:
            # "an estimated street value of $39 million", "an estimated cost of $2 billion":
            # the noun's adjective hedges the figure, which it is not part of.
            return "approximately", start, rough.group("a")
    if lang == "es" and last in ("de", "del"):
        rough = _ROUGHLY_OF_ES.search(sentence, max(0, start - 30), start)
        if rough is not None:
            # "un costo aproximado de 45 millones", "un valor aproximado de Q250": the noun's
            # adjective hedges the figure, which, like a bounding verb, it is not part of.
            return "approximately", start, rough.group("a")
    verb = (
        _BOUND_VERBS[lang].search(sentence, max(0, start - 30), start)
        if last[:3] in _BOUND_PREFIXES
        else None
    )
    if verb is not None:
        text = verb.group("v")
        qualifier: Qualifier = "approximately" if text.lower().startswith("rond") else "more_than"
        if qualifier == "more_than" and _NEGATED_BEFORE.search(
            sentence, max(0, verb.start() - 14), verb.start()
        ):
            # "que la deforestación no supere las 50.000 hectáreas", "did not exceed $5
            # million": what is not gone beyond is at most the figure.
            qualifier = "at_most"
        return qualifier, start, text
    return "exact", start, None


# What tells 'Q2' is two quetzales, not a quarter: digits or a scale word, or a price's measure
# ("rose by Q2 a gallon", "subió Q2 por galón").
_Q_MONEY_AFTER: Final = compiled(
    r"[.,]?\d|\s*(?:billion|million|millones|mil)\b"
    r"|\s+(?:a|per|por|el|each|cada)\s+(?:gallon|galón|pound|libra|liter|litre|litro|kilo|unit)",
    re.IGNORECASE,
)


# ... or a price's verb or noun before it ("El pasaje cuesta Q1", "a fare of Q2").
_Q_PRICE_BEFORE: Final = compiled(
    r"\b(?:cuesta|cuestan|costaba|costaban|costará|costarán|vale|valen|valía|cobra|cobran|"
    r"cobraba|costs|cost|charges|pasaje\s+de|tarifa\s+de|precio\s+de|fare\s+of|price\s+of)\s+$",
    re.IGNORECASE,
)


def _currency_before(sentence: str, raw: _Raw, lang: str) -> tuple[str | None, int]:
    """The currency symbol written against a number, and where the figure then starts."""
    if raw.words and raw.kind == "number":
        return None, raw.start
    before = sentence[max(0, raw.start - 12) : raw.start]
    last = before[-1:]
    if last in (" ", "\u00a0"):
        last = before[-2:-1]
    if last != "\n" and last not in _CURRENCY_LAST:
        return None, raw.start
    match = _CURRENCY_BEFORE.search(before)
    if match is None:
        return None, raw.start
    symbol = match.group("cur").strip().replace(" ", "").replace("U.S.", "US")
    if symbol == "Q" and raw.amount <= 4 and raw.amount == raw.amount.to_integral_value():
        rest = sentence[raw.end : raw.end + 12]
        if not _Q_MONEY_AFTER.match(rest) and not _Q_PRICE_BEFORE.search(
            sentence, max(0, raw.start - 24), raw.start - 1
        ):
            return None, raw.start  # "Q1": a quarter, not quetzales
    code = _CURRENCY_CODES.get(symbol, "USD")
    if symbol == "C$" and lang == "es":
        code = "NIO"
    return code, raw.start - len(match.group("cur"))


# A telephone number: "800-829-1040", "1-800-829-1040", "(502) 2411-9191", "+502 2411-9191".
_PHONE: Final = compiled(
    r"(?<![\w.,])(?:(?:\+\d{1,3}[\s-]?|1-)?(?:\(\d{2,4}\)\s?|\d{3}-)|\+\d{1,3}\s)\d{3,4}-\d{4}"
    r"(?![\w-]|[.,]\d)"
)

# An identifier of three or more digit groups joined by hyphens: "0801-2019-00457".
_CODE_NUMBER: Final = compiled(r"(?<![\w.,-])\d{2,}(?:-\d{2,}){2,}(?![\w-]|[.,]\d)")
# A local eight-digit number after a word that says it is dialled: "can be reached at
# 2426-7000", "the hotline, 1502-3300" (not a year range: no contact word before it).
_LOCAL_PHONE: Final = compiled(
    r"\b(?:call|calling|dial|dialing|phone|telephone|reached|contacted|hotline|helpline|"
    r"number|whatsapp)(?:\s+(?:at|on|to))?[\s,]+(?P<n>\d{4}-\d{4})(?![\w-]|[.,]\d)",
    re.IGNORECASE,
)

# What every phone number above ends with: a plain scan for it spares trying _PHONE's
# look-behind at each position of a sentence that has none.
_PHONE_TAIL: Final = compiled(r"\d-\d{4}")


def find_figures(
    sentence: str, blocked: list[tuple[int, int]], lang: str = "en", style: str = "en"
) -> list[Figure]:
    """Return the figures of one sentence, left to right."""
    figures: list[Figure] = []
    consumed: list[tuple[int, int]] = []
    if "-" in sentence and _PHONE_TAIL.search(sentence):
        # Phone numbers are not figures ("call 800-829-1040", "(502) 2411-9191").
        blocked = blocked + [m.span() for m in _PHONE.finditer(sentence)]
        # (and a case or file number, three or more digit groups joined by hyphens: "el
        # expediente 0801-2019-00457")
        blocked = blocked + [m.span() for m in _CODE_NUMBER.finditer(sentence)]
        blocked = blocked + [m.span("n") for m in _LOCAL_PHONE.finditer(sentence)]
    # Past this many numbers a "sentence" is a table or junk, not prose with claims.
    for raw in _raw_numbers(sentence, blocked, lang, style)[:MAX_NUMBERS]:
        if any(s < raw.end and raw.start < e for s, e in consumed):
            continue
        figure = _read_figure(sentence, raw, consumed, lang, figures)
        if figure is not None:
            figures.append(figure)
    _ranges(sentence, figures)
    if len(figures) > 1 and "vote" in sentence:
        _vote_tally(sentence, figures)
    _inherit_units(sentence, figures)
    if len(figures) > 1:
        _gapped_changes(sentence, figures)
    return figures


def _read_figure(
    sentence: str,
    raw: _Raw,
    consumed: list[tuple[int, int]],
    lang: str,
    earlier: list[Figure],
) -> Figure | None:
    """Turn a raw number into a Figure, or None when it is not a checkable figure."""
    if raw.kind != "number":
        return _read_share_or_vague(sentence, raw, lang, earlier)
    currency, value_start = _currency_before(sentence, raw, lang)
    if _PER_BEFORE[lang].search(sentence, max(0, raw.start - 14), raw.start) and not (
        # ("ventas por 1.520 millones de dólares": an amount, not the denominator of a rate)
        lang == "es"
        and not sentence.endswith("cada ", 0, raw.start)
        and _money_follows(sentence, raw.end, lang)
    ):
        return None
    if _is_name_part(sentence, raw, currency is not None, lang):
        return None
    amount = raw.amount
    end = raw.end
    reasons: list[str] = []
    if (
        lang == "en"
        and currency is not None
        and sentence.startswith(" a day", raw.end)
        and _DAILY_LINE_BEFORE.search(sentence, max(0, value_start - 60), value_start)
    ):
        # "the share of people living on less than $6.85 a day", "extreme poverty, measured at
        # $2.15 a day": a poverty line says who is counted; it is not a figure of its own. (It
        # is read, so that the words around it stay as they are, but never proposed.)
        reasons.append(LINE_NOT_FIGURE)
    elif (
        lang == "es"
        and ("día" in sentence or "diarios" in sentence)
        and _DAILY_AFTER_ES.match(sentence, raw.end) is not None
        and _DAILY_LINE_BEFORE_ES.search(sentence, max(0, raw.start - 60), raw.start) is not None
    ):
        # ("Uno de cada tres hondureños vive con menos de 3,65 dólares al día")
        reasons.append(LINE_NOT_FIGURE)
    if raw.suffix:
        if currency is None:
            return None
        amount *= _SUFFIX_SCALES[raw.suffix]
        end += len(raw.suffix)
    multiplier = _MULTIPLIER["es" if lang == "es" else "en"].match(sentence, end)
    if multiplier and (not raw.words or lang == "es"):
        scale = " ".join(multiplier.group("scale").lower().split())
        factor = _ES_SCALE_VALUES.get(scale) if lang == "es" else SCALES.get(scale)
        if factor and not (scale == "mil" and _RATE_BEFORE_MIL.search(sentence, 0, raw.start)):
            amount *= factor
            end = multiplier.end()
            reasons.append(f"multiplier '{multiplier.group('scale')}' applied")
    if raw.words:
        reasons.append(f"number words '{raw.text}' read as {amount}")
    if (
        not raw.words
        and currency is None
        and _FOUR_DIGITS.fullmatch(raw.text)
        and 1800 <= raw.amount <= 2100
        and not _PERCENT[lang].match(sentence, end)
    ):
        return None
    qualifier, qualifier_start, qualifier_text = _qualifier(sentence, value_start, lang)
    after_q = _AFTER_QUALIFIER[lang].match(sentence, end)
    unit, kind, tail_end, base, pronoun, counted = _unit_after(
        sentence, end, currency, consumed, lang
    )
    if after_q and qualifier == "exact" and unit:
        qualifier = _AFTER_QUALIFIERS[after_q.group("q").lower()]
        qualifier_text = after_q.group(0).strip()
    if qualifier_text:
        reasons.append(f"qualifier '{qualifier_text}' → {qualifier}")
    if earlier and _is_item_size(sentence, earlier[-1], qualifier_start, unit, kind, tail_end):
        return None
    if (
        _THE_BEFORE.search(sentence, max(0, raw.start - 8), raw.start)
        # ("Haiti's two largest prisons": a possessive, like "the", before the group)
        or _POSSESSIVE_BEFORE.search(sentence, max(0, raw.start - 4), raw.start)
    ) and _GROUP_DESCRIPTOR.match(sentence, end):
        return None
    if kind in ("none", "count") and (
        _MAGNITUDE_BEFORE.search(sentence, max(0, raw.start - 14), raw.start)
        or _MAGNITUDE_AFTER.match(sentence, end)
    ):
        unit, kind = ("magnitud" if lang == "es" else "magnitude"), "measure"
        tail_end = end
    if raw.words:
        lowered = raw.text.lower()
        has_scale = any(word in lowered for word in SCALES) or amount >= 1000
        if _DETERMINER_BEFORE[lang].search(sentence, max(0, raw.start - 12), raw.start):
            return None
        # ("Forty-one of them died": the pronoun stands for an earlier counted thing.)
        if (
            not unit
            and not has_scale
            and not _OF_PRONOUN.match(sentence, end)
            and not (
                _PER_TIME_AFTER.match(sentence, end)
                and _AVERAGE_OF_BEFORE.search(sentence, max(0, raw.start - 40), raw.start)
            )
            # ("Twelve people have died and three remain missing": the people counted before,
            # the verb saying what became of them)
            and not (
                lang == "en" and earlier and _CASUALTY_AFTER_EN.match(sentence, end) is not None
            )
        ):
            return None
        first = unit.lower().split()[0] if unit else ""
        if amount == 1 and (kind != "count" or first in _ONE_IDIOMS):
            return None
        if lang == "en" and amount == 1 and _OF_NEXT.match(sentence[end:]):
            return None
    if amount == amount.to_integral_value():
        amount = Decimal(int(amount))
    change_before = _CHANGE_BEFORE_ES if lang == "es" else _CHANGE_BEFORE
    change_after = _CHANGE_AFTER_ES if lang == "es" else _CHANGE_AFTER
    is_change = (
        kind in ("percent", "points")
        and (
            change_before.search(sentence, max(0, qualifier_start - 60), qualifier_start)
            is not None
            or change_after.match(sentence, tail_end) is not None
            # ("redujo el presupuesto de salud en un 8 %": the verb, its object, then the figure)
            or (
                lang == "es"
                # (the pattern ends in 'en' or 'en un' before the figure: a plain test first)
                and "en " in sentence[max(0, qualifier_start - 30) : qualifier_start]
                and CHANGED_OBJECT_ES.search(
                    sentence, max(0, qualifier_start - 90), qualifier_start
                )
                is not None
            )
        )
    )
    if (
        is_change
        and lang == "en"
        and "world" in sentence[qualifier_start:tail_end]
        and _OF_THE_WORLD.search(sentence, qualifier_start, tail_end) is not None
    ):
        # "which grows about 40 percent of the world's cocoa": the country's share of the
        # world's, not a growth of 40 percent
        is_change = False
    if kind in ("none", "count") and (
        _COUNT_CHANGE.match(sentence, tail_end)
        or _COUNT_CHANGE_BEFORE.search(sentence, max(0, qualifier_start - 60), qualifier_start)
    ):
        is_change = True  # "20 fewer than in October", "casi 500 menos que el año anterior"
    if is_change:
        base, pronoun = None, None
    if base or pronoun:
        reasons.append(f"a share of '{base or pronoun}'")
    return Figure(
        value_start=qualifier_start,
        value_end=end,
        tail_end=tail_end,
        amount=amount,
        unit=unit,
        unit_kind=kind,
        qualifier=qualifier,
        from_words=raw.words,
        share_of=base,
        share_pronoun=pronoun,
        counted=counted,
        is_change=is_change,
        hedged=qualifier_text is not None,
        reasons=reasons,
    )


# Units of weight, volume or length that size one item ('cilindros de 25 libras').
_ITEM_SIZES: Final = word_set(
    """libras libra kilos kilo kilogramos kilogramo gramos onzas toneladas litros litro galones
    galón metros pulgadas pies pounds pound kilograms kilogram grams ounces tons tonnes liters
    litres gallons gallon meters metres inches feet"""
)
# Between a counted noun and the size of each item: 'de'/'of', or 'de gas de' (the kind first).
_ITEM_SIZE_GAP: Final = compiled(
    rf"{_SP}+(?:(?:de|of){_SP}+[^\W\d_]+{_SP}+)?(?:de|of){_SP}+", re.IGNORECASE
)


def _is_item_size(
    sentence: str, before: Figure, start: int, unit: str, kind: str, end: int
) -> bool:
    """Whether a measure right after a count describes each counted item, not a figure.

    '30 cilindros de 25 libras', 'sacos de café de 46 kilos', '40 bags of 50 kilograms': the
    measure says which cylinders and sacks are counted (like 'a 25-pound cylinder'); the count
    is the figure. A measure of a named substance ('dos raciones de 110 libras de maíz') is an
    amount of that substance and stays a figure.
    """
    return (
        kind == "count"
        and before.unit_kind == "count"
        and before.tail_end < start
        and unit.split()[0].lower() in _ITEM_SIZES
        and _ITEM_SIZE_GAP.fullmatch(sentence, before.tail_end, start) is not None
        and not _OF_SUBSTANCE.match(sentence, end)
    )


_OF_SUBSTANCE: Final = compiled(rf"{_SP}+(?:de|of){_SP}", re.IGNORECASE)


_FOUR_DIGITS: Final = compiled(r"\d{4}")
_OF_NEXT: Final = compiled(r"\s+of\b")
_COUNT_CHANGE: Final = compiled(r"\s+(?:fewer|more|less|menos|más)\s+(?:than|que)\b", re.IGNORECASE)
# "rose by 500", "el paro subió en 117.000 personas", "supera en casi 200": the count changed by;
# "a drop of 526 from 2011", "5,155 homicides, up 300 from 2011", "una reducción de 526": the
# change named before it.
_COUNT_CHANGE_BEFORE: Final = EndWord(
    compiled(
        r"(?:,\s*(?:up|down)|\b(?:(?:rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|declined|climbed|"
        r"jumped|exceeds?|"
        r"exceeded|outnumbered|shrank|shrunk|expanded|contracted)\s+by|(?:aumentó|aumentaron|creció|crecieron|subió|subieron|bajó|"
        r"bajaron|cayó|cayeron|disminuyó|disminuyeron|se\s+redujo|se\s+redujeron|supera|superó|"
        r"superan|superaron|excede|excedió)(?:\s+en\s+[A-ZÁÉÍÓÚ]\w+(?:\s+[A-ZÁÉÍÓÚ]\w+)?)?\s+en|"
        r"an?\s+(?:increase|decrease|rise|fall|drop|decline|reduction|jump|cut|gain|loss)\s+of|"
        r"una?\s+(?:reducción|disminución|caída|baja|aumento|incremento|alza|descenso|subida)\s+de))"
        r"[ \t\u00a0]+$",
        re.IGNORECASE,
    ),
    ("by", "en", "of", "de", "up", "down"),
)
_RATE_BEFORE_MIL: Final = compiled(r"\bpor\s+(?:cada\s+)?$", re.IGNORECASE)
_OPENS_CLAUSE_BEFORE: Final = compiled(r"(?:,|\by|\band)[ \t\u00a0]+$", re.IGNORECASE)
_POSSESSIVE_AFTER: Final = compiled(
    r"\s+(?:of|de)\s+(?:its|their|his|her|our|su|sus)\b", re.IGNORECASE
)


def _read_share_or_vague(
    sentence: str, raw: _Raw, lang: str, earlier: list[Figure]
) -> Figure | None:
    """A ratio, fraction or vague quantity as a figure with its qualifier and unit."""
    qualifier, value_start, qualifier_text = _qualifier(sentence, raw.start, lang)
    reasons = [f"'{raw.text}' read as {raw.amount}" + (" percent" if raw.kind != "vague" else "")]
    if raw.kind == "vague":
        noun, noun_end = _noun_run(sentence, raw.end, lang)
        if not noun:
            more = re.match(r"\s+more\b", sentence[raw.end :])
            if more:
                noun_end = raw.end + more.end()
        currency = _CURRENCY_AFTER[lang].match(sentence, raw.end)
        unit, kind = noun, "count" if noun else "none"
        if currency:
            name = " ".join(currency.group("cur").split()).lower()
            unit, kind = _CURRENCY_WORDS.get(name, "USD"), "currency"
            noun_end = currency.end()
        elif not noun:
            predicate = _PREDICATE_NOUN[lang].match(sentence, raw.end)
            if predicate and not predicate.group("n").lower().endswith(NOT_PREDICATE_NOUN_ENDS):
                # ("Of those detained, about a dozen were women": what they were)
                unit, kind = predicate.group("n"), "count"
        fixed = raw.qualifier or "at_least"
        return Figure(
            value_start=value_start if qualifier_text else raw.start,
            value_end=raw.end,
            tail_end=max(noun_end, raw.end),
            amount=raw.amount,
            unit=unit,
            unit_kind=kind,
            qualifier=qualifier if qualifier_text else fixed,
            from_words=True,
            kind="vague",
            hedged=qualifier_text is not None,
            reasons=[*reasons, f"vague quantity → {fixed}"],
        )
    if (
        earlier
        and _POSSESSIVE_AFTER.match(sentence, raw.end)
        # ("La ciudad tiene 3,1 millones de habitantes y casi un tercio de sus hogares
        # alquila": a fraction that opens a clause of its own is its subject, a figure)
        and _OPENS_CLAUSE_BEFORE.search(sentence, max(0, value_start - 8), value_start) is None
    ):
        # "One in four households lost at least half of its harvest": the fraction says which
        # households are counted; it is not a figure of its own.
        return None
    if not qualifier_text:
        qualifier = "approximately" if raw.rounded else "exact"
    base: str | None = None
    pronoun: str | None = None
    tail_end = raw.end
    if raw.kind == "ratio":
        noun, tail_end = _noun_run(sentence, raw.end, lang)
        base = noun or None
        if lang == "en" and noun.lower() in _PRONOUNS:
            base, pronoun = None, noun.lower()
        if not noun and lang == "en":
            base, pronoun, tail_end = _share_base(sentence, raw.end)
    elif lang == "en":
        base, pronoun, tail_end = _share_base(sentence, raw.end)
    change_before = _CHANGE_BEFORE_ES if lang == "es" else _CHANGE_BEFORE
    is_change = change_before.search(sentence, max(0, value_start - 60), value_start) is not None
    if is_change:
        base = pronoun = None
    if qualifier_text:
        reasons.append(f"qualifier '{qualifier_text}' → {qualifier}")
    elif raw.rounded:
        reasons.append("rounded share → approximately")
    return Figure(
        value_start=value_start,
        value_end=raw.end,
        tail_end=max(tail_end, raw.end),
        amount=raw.amount,
        unit="percent",
        unit_kind="percent",
        qualifier=qualifier,
        from_words=True,
        kind=raw.kind,
        share_of=base if lang == "en" else None,
        share_pronoun=pronoun if lang == "en" else None,
        counted=base if raw.kind == "ratio" else None,
        is_change=is_change,
        hedged=qualifier_text is not None,
        reasons=reasons,
    )


# The reason given to the lower end of a range (the extractor dates both ends alike).
RANGE_LOW: Final = "lower end of a range → at_least"


# "rose 0.6 percent from the previous quarter and 2.1 percent from a year earlier", "creció 2,1 %
# en julio y 7,4 % interanual": between a change and a second percentage of the same kind, only
# the first one's baseline or time and 'and'; after the second, its own baseline or the clause's
# end (not a verb: "rose 2 percent and 40 percent were imported").
_GAPPED_CHANGE_BETWEEN: Final = compiled(
    r"(?:\s+(?:from|than|over|on|in|during|for|compared\s+(?:with|to)|versus|desde|respecto\s+"
    r"(?:a|al|del)|frente\s+a|en|durante|sobre|interanual(?:mente)?)\b[^,;.:()]{0,50}?)?,?\s+"
    r"(?:and|y|e)\s+(?:by\s+|en\s+|un\s+|una\s+)?",
    re.IGNORECASE,
)
_GAPPED_CHANGE_AFTER: Final = compiled(
    r"\s*(?:[,;.:)]|$)|\s+(?:from|than|over|on\s+(?:the|a)\s+year|compared\s+(?:with|to)|"
    r"versus|year[- ](?:on|over)[- ]year|in|during|respecto|frente|interanual|en\s+(?:el|la|"
    r"comparación)|desde)\b",
    re.IGNORECASE,
)


def _gapped_changes(sentence: str, figures: list[Figure]) -> None:
    """A percentage that only gaps the change before it is a change too: the verb it would
    repeat is that change's."""
    for before, figure in pairwise(figures):
        if (
            before.is_change
            and not figure.is_change
            and figure.share_of is None
            and figure.unit_kind == before.unit_kind
            and figure.unit_kind in ("percent", "points")
            and figure.value_start - before.tail_end <= 80
            and _GAPPED_CHANGE_BETWEEN.fullmatch(sentence, before.tail_end, figure.value_start)
            and _GAPPED_CHANGE_AFTER.match(sentence, figure.tail_end)
        ):
            figure.is_change = True


def _ranges(sentence: str, figures: list[Figure]) -> None:
    """'between 20 and 30 people': the first figure is at least, the second at most."""
    for first, second in pairwise(figures):
        if first.hedged or second.hedged:
            continue
        if not _BETWEEN_BEFORE.search(sentence, max(0, first.value_start - 10), first.value_start):
            continue
        gap_after_tail = _AND_GAP.fullmatch(sentence, first.tail_end, second.value_start)
        if not gap_after_tail and not _AND_GAP.fullmatch(
            sentence, first.value_end, second.value_start
        ):
            continue
        first.qualifier, second.qualifier = "at_least", "at_most"
        first.reasons.append(RANGE_LOW)
        second.reasons.append("upper end of a range → at_most")


# "approved the budget by a vote of 72 to 49": a tally of votes, for and against
_VOTE_OF_BEFORE: Final = compiled(r"\b(?:a|the|an?\s+[a-z]+)\s+vote\s+of\s+$", re.IGNORECASE)
VOTE_TALLY: Final = "unit 'votes' from 'a vote of ... to ...'"
_TALLY_GAP: Final = compiled(r"\s*(?:to|[-–])\s*")


def _vote_tally(sentence: str, figures: list[Figure]) -> None:
    """'by a vote of 72 to 49': both numbers count votes (the text names the unit once, before
    them, as 'vote')."""
    for first, second in pairwise(figures):
        if (
            not first.unit
            and not second.unit
            and _VOTE_OF_BEFORE.search(sentence, max(0, first.value_start - 30), first.value_start)
            and _TALLY_GAP.fullmatch(sentence, first.value_end, second.value_start)
        ):
            for figure in (first, second):
                figure.unit = "votes"
                figure.unit_kind = "count"
                figure.reasons.append(VOTE_TALLY)


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
                if nxt.unit and (_RANGE_BETWEEN.fullmatch(gap) or _PART_OF_GAP.fullmatch(gap)):
                    donor = nxt  # ('from 12 to 15 percent', 'won 61 of 160 seats')
            if donor is None and index > 0:
                if _COMPARISON_BEFORE.search(
                    sentence, max(0, figure.value_start - 20), figure.value_start
                ):
                    # ("52 vuelos ..., con un total de 6.240 personas, frente a 4.980": the
                    # count compared is the last one, not the first; "29,675 homicides, or 23
                    # per 100,000 residents, down from 25": the rate right before, when the
                    # number is of its size, not 'a rate of 45 ..., up from 4,603')
                    before = figures[index - 1]
                    donor = (
                        before
                        if before.unit_kind == "rate"
                        and before.amount > 0
                        and before.amount / 5 <= figure.amount <= before.amount * 5
                        else last_count or first_with_unit
                    )
                else:
                    donor = last_count
            if donor is not None and (
                _PREDICATE_NOUN["en"].match(sentence, figure.value_end)
                # ("300 beds and 45 doctors, but serves a population of 1.2 million": people)
                or sentence.endswith("population of ", 0, figure.value_start)
            ):
                donor = None
            if (
                donor is not None
                and donor.value_end < figure.value_start
                and _PREDICATE_NOUN["en"].match(sentence, donor.value_end) is not None
                and OWN_PREDICATE_AFTER_EN.match(sentence, figure.value_end) is not None
            ):
                # ("about 1.1 million were single adults and more than 800,000 were traveling
                # in families": what the first ones were is not what the next ones are)
                donor = None
            if donor is not None and donor.is_change and not figure.is_change:
                # ('disminuyeron un 11 %, al pasar de 3.000 a 2.670': a change's percent is no
                # unit of the levels it went between)
                donor = None
            if donor is not None:
                figure.unit = donor.unit
                figure.unit_kind = donor.unit_kind
                figure.share_of = figure.share_of or donor.share_of
                figure.reasons.append(
                    f"unit '{donor.unit}' carried over from "
                    f"'{sentence[donor.value_start : donor.value_end]}'"
                )
        if figure.unit and first_with_unit is None:
            first_with_unit = figure
        if figure.unit_kind == "count" and not (
            last_count is not None
            and _SETTING_BEFORE.search(
                sentence, max(0, figure.value_start - 12), figure.value_start
            )
        ):
            # ("killed 12 people in three villages and injured 40": the 40 are people; a count
            # after a preposition says where or how, it is no thing a bare number counts)
            last_count = figure
