"""From article to claims: tie figures to their units, periods, places, sources and subjects.

Each sentence is read on its own (figures, time expressions, places, the source it names), then
the text is read in order to carry what a sentence leaves to its context: the source of an
announcement or a quotation, a back-reference ("the agency", "he", "la institución"), the unit
implied by an earlier figure, the period of the event a figure belongs to.
"""

from __future__ import annotations

import datetime
import gc
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from typing import Final

from claims.importing.extraction.attribution import (
    _REF_NOUN,
    STANDING_REF_NOUNS,
    Attribution,
    Quote,
    announcement,
    described_company,
    expand_acronym,
    find_attribution,
    find_quotes,
    frames_clause,
    is_person_reference,
    looks_like_person,
    opening_name,
    opening_organisation,
    possessive_owner,
    reference_noun,
)
from claims.importing.extraction.figures import (
    LINE_NOT_FIGURE,
    NOT_PREDICATE_NOUN_ENDS,
    OWN_PREDICATE_AFTER_EN,
    RANGE_LOW,
    VOTE_TALLY,
    Figure,
    find_figures,
)
from claims.importing.extraction.gates import (
    EndMark,
    EndWord,
    Searcher,
    compiled,
    first_char_guard,
    may_contain,
    word_start,
)
from claims.importing.extraction.language import SUPPORTED, UnsupportedLanguage, detect
from claims.importing.extraction.model import Candidate, decimal_text
from claims.importing.extraction.periods import (
    MONTHS,
    WEEKDAYS,
    TimeExpr,
    accumulated_months_to_month_before_es,
    add_months,
    days_in_month,
    find_time_expressions,
    fiscal_whole,
    holiday_years_back,
)
from claims.importing.extraction.places import (
    CAPITALS,
    CITY_COUNTRY,
    INSTITUTION_PLACES,
    PlaceMention,
    capital_country,
    country_of,
    dateline_place,
    find_places,
    is_place,
    is_supranational,
    is_within_country,
    named_as_destinations,
    names_a_place,
    size_of,
)
from claims.importing.extraction.subjects import (
    CHANGE_LEAD_ES,
    REFERENCE_AFTER_ES,
    WHOLE_OF_PART_BEFORE_EN,
    SubjectInput,
    bought_by_next_place_es,
    build_subject,
    feminine_es,
    inflation_target,
    reference_subject_es,
    sentence_subject,
    with_place,
)
from claims.importing.extraction.text import (
    CaseBlind,
    dateline_end,
    folded,
    lower,
    prepare,
    split_sentences,
)
from claims.importing.extraction.words import DIGIT, digit_style, small_number, word_set

# How a sentence of running text ends; a line that ends otherwise is a headline or a heading.
_SENTENCE_CLOSE: Final = compiled(r"[.!?…:;\"'”’»)\]]\s*$")
_URL_DATE: Final = compiled(r"/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:/|\b)")
# A period written after a figure belongs to it when it follows within this many characters.
_FOLLOW_WINDOW: Final = 60
_NUMBER_WORD: Final = CaseBlind(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|"
    r"half|third|thirds|quarter|quarters|fifth|tenth|uno|una|dos|tres|cuatro|cinco|seis|siete|"
    r"ocho|nueve|diez|once|doce|trece|catorce|quince|veinte|veinti\w+|treinta|cuarenta|"
    r"cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|cientos|centenares|mil|miles|"
    r"millón|millones|decenas|docena|mitad|tercio|tercios|tercera|terceras|cuarta|cuartas|"
    r"quinta|dieci\w+)\b"
)
_TENSE_PRESENT: Final = {
    "en": folded(
        r"\b(?:(?:is|are)(?!\s+(?:projected|expected|set|forecast|estimated|believed)\s+to)|am|"
        # ("3,000 people remain in shelters"; not the infinitive of "16.1 million voted to
        # remain", "were forced to live in tents")
        # (each look-behind after the first letter: one before it runs at every word)
        # (nor the adjective of "nearly a quarter of the live coral")
        r"r(?<!\bto\sr)emains?|l(?<!\bto\sl)(?<!\bthe\sl)(?<!\ba\sl)ives?|say|says|owe|owes|hosts|"
        r"hold|holds|now|"
        # ("Two thirds of the district's 37,000 students come from low-income families",
        # "Smugglers charge between $10,000 and $15,000": how things stand, not the earlier
        # sentence's time)
        r"c(?<!\bto\sc)(?<!\bwill\sc)ome\s+from|c(?<!\bto\sc)harge\s+(?=between|about|"
        r"around|up\s+to|as\s+much\s+as|[$€£\d])|"
        r"currently|today|"
        # ("The prison houses about 40,000 inmates", "camps that house 6,500 people": the verb,
        # before what it houses; not the noun of "destroyed 300 houses", "the lower house")
        r"h(?<!\d\sh)ouses?(?=\s+(?:about|some|nearly|almost|roughly|around|up\s+to|"
        r"more\s+than|over|at\s+least|as\s+many\s+as|the|an?|\d))|"
        r"accounts|represents|makes\s+up|stands|covers|faces?|needs?|includes|employs|operates|depends|"
        r"lacks?|suffers?|seeks?|earns?|"
        r"keeps|maintains|"
        # ("The central bank targets inflation of 2 percent": a standing goal; not the noun)
        r"targets(?!\s+(?:of|for|were|was|are|have|had|set|met|missed)\b)|"
        # ("About 97% of the money comes from the United States", "Hydropower supplies about
        # 70% of Ecuador's electricity", "demand peaks at 3,500 megawatts", "must be vaccinated")
        r"comes|provides|peaks|must|"
        # (the verb, not the noun of "220 tonnes of food and medical supplies reached Aleppo on
        # Tuesday", "supplies to Gaza")
        r"supplies(?!\s+(?:reached|arrived|were|have|had|to|for|and|in|into|from|at|on|of)\b)|"
        # ("About 300 foreign companies operate in ...", "which employ some 150,000 people",
        # "spends about 3.4% of its budget", "can store 782 million cubic meters")
        r"o(?<!\bto\so)perate|e(?<!\bto\se)mploy|g(?<!\bto\sg)row|s(?<!\bto\ss)pend|"
        r"d(?<!\bto\sd)epend|spends|buys|"
        # ("87 percent of students qualify for free meals": who is eligible now)
        r"q(?<!\bto\sq)ualify|qualifies|"
        # ("The ELN is believed to be holding between 15 and 20 hostages": a present progressive
        # behind a hedge of belief)
        r"(?:believed|thought|said)\s+to\s+be\s+[a-z]+ing|"
        # ("The country imports about 86% of the diesel": the verb, right before a quantity;
        # not the noun of "exports rose 5%")
        # ("which grows about 40 percent of the world's cocoa")
        # ("The country's labor force numbers about 3.1 million people": a standing size)
        # ("The district runs 119 schools", "Ohio Stadium seats 102,780 fans", "The university
        # enrolls about 30,000 students": a standing size, before the quantity)
        # ("YPF controls roughly 55 percent of the fuel market", "the United States, home to
        # about 1.3 million Hondurans": a standing share or size, before the quantity)
        r"(?:imports|exports|consumes|produces|grows|numbers|runs|seats|enrolls|enrols|controls|"
        r"home\s+to)"
        r"(?=\s+(?:about|some|nearly|almost|roughly|around|"
        r"more\s+than|over|half|a\s+(?:third|quarter|fifth)|\d))|"
        # ("Judges handle an average of 400 cases each", "The government subsidizes about 60
        # percent of the bill": a standing load or share, before the quantity)
        r"(?:h(?<!\bto\sh)andles?|s(?<!\bto\ss)ubsidi[sz]es?|processes|treats)"
        r"(?=\s+(?:an\s+average\s+of|about|some|nearly|almost|roughly|around|"
        r"more\s+than|over|half|a\s+(?:third|quarter|fifth)|\d))|"
        # ("Low- and middle-income countries host 67% of the world's refugees", "Gangs control
        # about 90% of the capital", "Remittances account for nearly a fifth of the economy",
        # "Protected areas cover about 17 percent of the territory": a
        # plural present right before a quantity; not the noun)
        # ("Around 120 sites host displaced families": a plural noun's present, before what
        # it hosts; not the noun of "refugees' host communities")
        r"[a-z]+s\s+host\s+(?!communit|famil|countr|cit|nation|govern|institution)(?=[a-z])|"
        # ("The reservoirs supply about 6 million people", "The plants serve some 900,000
        # homes": a plural's present, before whom it serves; not 'to supply')
        r"(?:h(?<!\bthe\sh)ost|c(?<!\bthe\sc)ontrol|c(?<!\bthe\sc)over|a(?<!\bthe\sa)ccount\s+for|"
        r"s(?<!\bto\ss)upply|s(?<!\bto\ss)erves?)(?=\s+(?:about|some|nearly|almost|roughly|around|"
        r"more\s+than|over|half|a\s+(?:third|quarter|fifth)|\d))|"
        # ("One in five workers earns less than the minimum wage")
        r"earns|"
        # ("Each strike day costs the economy up to 100 million euros": what a thing costs,
        # before the amount; not the noun of "costs rose")
        r"costs(?=\s+(?:(?:the|its|their)\s+[a-z]+\s+)?(?:about|some|nearly|almost|roughly|"
        r"around|up\s+to|as\s+much\s+as|more\s+than|over|at\s+least|less\s+than|[$€£\d]))|"
        # ("Some 4.5 million pensioners receive the payments": who gets a thing now; not "to
        # receive", "will receive", "did not receive")
        r"r(?<!\bto\sr)(?<!\bwill\sr)(?<!\bwould\sr)(?<!\bcould\sr)(?<!\bnot\sr)(?<!['’]t\sr)"
        r"(?<!\bmay\sr)(?<!\bcan\sr)(?<!\bshould\sr)(?<!\bmight\sr)eceive\s+(?!no\b)|"
        # ("About one in three children does not finish primary school": a present negated)
        r"(?:does|do)(?:\s+not|n['’]t)\s+(?=[a-z])|"
        r"can\s+(?:hold|store|handle|carry|generate|produce|treat|"
        r"house|accommodate|process|be|kill|cause)|"
        # ("Only about half of third-graders can read at grade level", "a third of families
        # cannot afford a basic basket": what people are able to do now)
        r"(?:can|cannot|can['’]t)\s+(?:read|afford|access)\b|"
        # ("About 70 percent of the cocaine entering Europe arrives by sea": a present of how
        # things go, undated)
        r"arrives|enters|"
        # ("About 5 percent of world trade passes through the canal", "Tax revenue equals 10.9
        # percent of GDP": a standing share, undated)
        # (not the noun of "as lava flows advanced": the verb, before where it flows)
        r"passes|flows(?=\s+(?:through|into|to|from|in|out|across|via|back|toward|towards)\b)|"
        r"equals|"
        # ("83 percent of employed young people work in the informal sector", "Tax evasion
        # amounts to around 3.5 percent of GDP": where people work, a standing share; not "to
        # work", "their work", a past "worked")
        r"w(?<!\bto\sw)(?<!\bthe\sw)(?<!\btheir\sw)(?<!\bits\sw)orks?(?=\s+(?:in|for|as|on|at|"
        r"without|informally)\b)|"
        r"amounts?\s+to(?=(?:[^.;,]|[.,](?=\d)){1,30}?(?:percent|per\s+cent|%)\s+of\b)|"
        # ("About 35 percent of Haitians have access to electricity", "Hundreds of schools have
        # no running water": a present state, never a perfect)
        r"(?:has|have)\s+(?:a|an|the|about|some|nearly|almost|more|over|no|access|\d+)|"
        # ("The country has roughly 488,000 prison places": a hedge before a quantity held;
        # not the perfect of "has roughly doubled")
        r"(?:has|have)\s+(?:roughly|around|approximately)(?!\s+[a-z]+ed\b)|"
        r"population\s+of|"
        # ("output was still 2.1% lower": "still" before a number compares, it is no present;
        # so does "12.6 per 100,000, still well below Honduras")
        r"still\s+(?!\w+er\b|\d|(?:(?:well|far|much|slightly|just)\s+)?(?:below|above|under|"
        r"behind|ahead|short)\b)|"
        r"each\s+(?:day|year|week|month)|every\s+(?:day|year|week|month)|"
        # ("receives 6,200 pesos every two months": a habit)
        r"every\s+(?:two|three|four|six|\d+)\s+(?:days|weeks|months|years)|"
        # ("$200 million a year": a habit; "had waited more than a year", "for a year": a
        # duration, no habit)
        r"a(?<!than\sa)(?<!over\sa)(?<!for\sa)(?<!nearly\sa)(?<!almost\sa)(?<!about\sa)"
        r"(?<!within\sa)\s+(?:day|year|month|week)(?!-|\s+(?:earlier|ago|before|later))|"
        r"per\s+(?:day|year|month|week)|at\s+night|on\s+weekends|annually|"
        # ("Monthly prices rose", "the daily average was": an adjective before its noun, not
        # a habit)
        r"(?:daily|weekly|monthly)(?!\s+(?!(?:in|on|at|for|to|from|by|and|or|since|until|"
        r"during|over|with|than)\b)[a-z]))\b",
    ),
    "es": folded(
        # (not "es decir", "that is"; nor "mensuales" of a subject before its verb in the past,
        # "Los ingresos promedio mensuales alcanzaron los 1.980 soles")
        r"\b(?:es(?!\s+decir\b)|son|está|están|vive|viven|tiene|tienen|enfrenta|enfrentan|"
        # (the verb, not the noun of "El tiempo medio de espera fue de 142 días", "la lista de
        # espera", "en espera")
        r"e(?<!\bde\se)(?<!\bla\se)(?<!\ben\se)(?<!\bsu\se)(?<!\buna\se)speran?|"
        # (not "la cifra más alta desde que hay registros": the records, not the figure's time)
        r"h(?<!desde\sque\sh)ay|permanece|permanecen|provienen|proviene|representa|representan|actualmente|hoy|"
        r"cada\s+(?:día|año|semana|mes)|al\s+(?:día|año|mes)(?!\s+de\b)|por\s+(?:día|mes|semana)|"
        # (nor "mensuales" of a sum of money, "se situó en 1.441 euros mensuales": the amount's
        # rate, which a past verb dates)
        r"diariamente|(?:mensuales|semanales)(?!\s+[^\W\d_]+(?:aron|ieron|ó)\b)"
        r"(?<!(?:euros|pesos|soles|lares|zales)\s(?:mensuales|semanales))|mensualmente|"
        r"semanalmente|por\s+la\s+noche|"
        r"suma|suman|lleva|llevan|mantiene|mantienen|equivale|equivalen|asciende|ascienden|ronda|"
        r"rondan|alcanza|alcanzan|se\s+ubica|se\s+sitúa|cuenta\s+con|cuentan\s+con|"
        r"buscan?|necesitan?|carecen?|padecen?|sufren?|dependen?|residen?|habitan?|operan?|"
        r"emplean?|generan?|existen?|quedan?|siguen|sigue|continúan?|cuestan?|reciben?|"
        # ("El país conserva unos 59 millones de hectáreas de bosque", "la cárcel alberga")
        r"conservan?|poseen?|albergan?|abarcan?|"
        # ("La federación agrupa a unos 2.400 productores", "El departamento produce el 80 % del
        # azúcar", "El hospital dispone de 900 camas", "que da empleo a unas 350.000 familias":
        # what a body is made of, makes or holds, how things stand)
        r"agrupan?|producen?|disponen?\s+de|dan?\s+empleo|"
        r"atienden?|trabajan?|estudian?|asisten?|cobran?|ganan?|miden?|pesan?|faltan|todavía|"
        # ("Cada agente cubre en promedio a 600 habitantes": what each one does, a standing
        # ratio; not "El empleo adecuado cubre al 35,2 %", a share the survey measured)
        # (and its impersonal, "Cada caja se paga al productor a 6,85 dólares")
        r"c(?<!de\sc)ada\s+(?!uno\b|una\b)[^\W\d_]{3,}\s+(?:en\s+promedio\s+)?(?:se\s+)?"
        r"(?!(?:fue|era|hab[ií]a|[^\W\d_]*(?:aba|[ií]a))\b)[^\W\d_]{2,}[ae]\b|"
        # (not an imperfect: "La mayoría de las víctimas, 29, se conducían en motocicleta")
        r"no\s+se\s+\w+|se\s+(?!hab[ií]an\b|han\b|\w+aban\b|\w+[ií]an\b)\w+(?:an|en))\b",
    ),
}
_EVENT_FRAME: Final = folded(
    r"\b(?:during|after|durante|tras|despu[eé]s\s+de)\s+(?:the|an?|its|his|her|their|la|el|los|"
    r"las|su|sus)\s+(?!(?:same|mismo|misma|period|periodo|período|year|año|month|mes|quarter|"
    r"trimestre|week|semana|semester|semestre|time|first|primer|primera|last|past|último|"
    r"última|next|previous|anterior|rest|holidays?|weekend|season|vacation|break|festivities|"
    r"feriado|asueto|vacaciones|temporada|fin|"
    # ("fell 10 percent as mildew hit vineyards during the summer": a part of the year the
    # text speaks of, not an event of its own)
    r"summer|winter|spring|autumn|fall|verano|invierno|primavera|oto[nñ]o)\b)[^\W\d_]{3,}"
)
_POPULATION_OF: Final = folded(r"\b(?:population|poblaci[oó]n)\s+(?:of|de)\b")
_TENSE_FUTURE: Final = {
    "en": folded(
        # ("may" but not the month: "on 14 May", "in May", "May 3")
        r"\b(?:will|would|could|m(?<!\d\sm)(?<!\bin\sm)(?<!\bof\sm)ay(?!\s+\d)|might|aims?|plans?|"
        # (not the adjective after its article: "rejected a proposed new constitution in
        # Sunday's referendum", "the planned wall")
        r"p(?<!\ba\sp)(?<!\bthe\sp)(?<!\bits\sp)(?<!\btheir\sp)(?:lanned|roposed)"
        # ("The hurricane is forecast to bring up to 15 inches of rain")
        r"|(?:is|are)\s+(?:forecast|expected|projected|set|due)\s+to)\b",
    ),
    "es": folded(
        r"\b(?:será|serán|destinará|destinarán|prevé|planea|podría|podrían|aspira|busca|"
        r"pretende)\b"
        # the synthetic future of any verb: "la PNC desplegará 2.400 agentes", "se invertirán",
        # "habrá", "tendrán"
        r"|\b(?:\w{2,}(?:ar|er|ir)|hab|pod|tend|pond|sald|vend|h|d)(?:á|án)\b",
    ),
}
_FUTURE_NEEDS: Final = {
    "en": ("will", "would", "could", "may", "might", "aim", "plan", "propos", "forecast",
           "expect", "project", "set", "due"),
    # (the second alternative ends in 'á' or 'án')
    "es": ("á", "prevé", "planea", "podría", "aspira", "busca", "pretende"),
}  # fmt: skip
_PERFECT: Final = {
    "en": folded(
        # ("The country has about 11.7 million people", "has seven": a hedge or a number word
        # after "has" is no participle)
        r"(?<!to\s)\b(?:has|have)\s+(?:(?:now|also|already|so\s+far)\s+)?(?:been\s+)?"
        r"(?!(?:about|almost|just|most|least|eight|that|what|it|seven|ten|eleven|\w+teen|even|"
        r"between|when|then)\b)\w+(?:ed|en|t)\b"
        r"|\bso\s+far\b|\btoll\b|\bin\s+total\b",
    ),
    "es": folded(
        r"\b(?:ha|han)\s+(?:sido\s+)?\w+(?:ado|ido|to|cho)s?\b|\bacumula\w*\b|\bhasta\s+ahora\b|"
        # (a toll, not a balance: 'el saldo de la deuda', 'el saldo llegó a S/ 351.200
        # millones' is a stock of money measured at a date)
        r"\bsaldo\b(?![^.;]*?(?:\$|€|\bs/|\bq\s?\d|\b(?:deuda|cartera|dólares|quetzales|lempiras|"
        r"pesos|soles|euros|colones|córdobas|reales)\b))",
    ),
}
# Words of which every match of a tense pattern holds one, in the lower-cased clause it reads
# (_Tense._has): a clause that holds none is not searched. No Spanish gate for the perfect:
# 'ha' is in too many words.
_PERFECT_NEEDS: Final = {"en": ("has", "have", "far", "toll", "total"), "es": ()}
_EVENT_TIME: Final = CaseBlind(
    r"\b(?:struck|hit|erupted|began|started|broke\s+out|landed|made\s+landfall|occurred|"
    r"lashed|battered|pounded|"
    # ("landslides that buried parts of the city over the weekend", "a fire that destroyed 300
    # homes on Friday": what the disaster did, on its days)
    r"buried|destroyed|flooded|ravaged|devastated|engulfed|swept\s+through|tore\s+through|"
    r"declared|imposed|launched|took\s+effect|came\s+into\s+force|"
    r"took\s+place|inició|comenzó|ocurrió|azotó|golpeó|sacudió|se\s+registró|"
    r"iniciaron|comenzaron|empezó|empezaron|estalló)\b"
)
# A reporting verb and what it said, right before a day: "announced 50.9 billion reais in aid
# on", "said on", "informó el".
# The word before a day a sentence says something happened on ("released ... on Tuesday").
_ON_DAY: Final = ("on ",)
# "Q1.2 billion", "Q350", and the quarters written alike: "Q3 2024", "in Q3," ("Q3 million" is
# money).
_QUETZAL: Final = compiled(r"(?<![\w.])Q\s?\d")
_QUARTER_NAME: Final = compiled(
    r"Q[1-4](?:\s+(?:19|20)\d\d\b|(?=[;:)]|[,.](?!\d)|\s+(?!(?:million|billion|thousand|mil|"
    r"millones)\b)[a-z]))"
)
_STATED_ON: Final = compiled(
    r"\b(?:said|says|announced|reported|told\s+\w+|stated|confirmed|added|warned|dijo|"
    r"informó|anunció|reportó|señaló|confirmó|indicó|afirmó|explicó)\b"
    r"(?:[^,.;]|(?<=\d)[.,](?=\d)){0,50}?\s+(?:on|el)\s+$",
    re.IGNORECASE,
)
# The words before a day, or its expression's start, that make it the day a level is
# measured at: "as of March 31", "at the end of March", "al cierre de junio".
_MEASURED_BEFORE: Final = ("as of", "al corte de", "con corte al")
_MEASURED_START: Final = (
    "at the end of",
    "by the end of",
    "the end of",
    "end of",
    "a finales de",
    "a fines de",
    "al cierre de",
    "al final de",
)
_FUTURE_WORDS: Final = compiled(
    r"\b(?:will|would|shall|\w+(?:ará|erá|irá|arán|erán|irán))\b", re.IGNORECASE
)
_TOLL: Final = compiled(r"\b(?:death\s+toll|toll|the\s+dead|saldo)\b", re.IGNORECASE)
_CASUALTY: Final = folded(
    r"\b(?:killed|died|dead|deaths|injured|wounded|missing|homeless|displaced|evacuated|damaged|"
    # (the feminine too: 'unas 309.000 personas fueron evacuadas')
    r"destroyed|muert[oa]s|murieron|fallecid[oa]s|herid[oa]s|desaparecid[oa]s|lesionad[oa]s|"
    r"damnificad[oa]s|evacuad[oa]s|desplazad[oa]s|dañad[oa]s|destruid[oa]s|daños|damage|"
    r"affected|afectad[oa]s|fatalities|víctimas\s+(?:mortales|fatales)|"
    # (what a storm or a quake left cut off: 'decenas de comunidades quedaron incomunicadas')
    r"incomunicad[oa]s|aislad[oa]s|inundad[oa]s|soterrad[oa]s)\b",
)
_EVENT_NOUN: Final = compiled(
    r"\s*(?:earthquake|quake|storm|hurricane|attack|eruption|explosion|floods?|massacre|"
    r"election|referendum|terremoto|sismo|huracán|tormenta|ataque|erupción|explosión|"
    r"masacre|elecciones|inundaciones)\b",
    re.IGNORECASE,
)
_HISTORY_DAYS: Final = 3 * 366
_ELECTION_DAY_HOW: Final = "the day of the election named"
_CARRIED: Final = "carried over from an earlier sentence"
_ASKED_BUDGET_HOW: Final = "the period of the budget it was asked for"
# After a part's number, the state it is in: " quedaron inhabitables", " resultaron destruidas".
_PART_STATE_AFTER_ES: Final = compiled(
    r"\s+(?:quedaron|resultaron|fueron|están|estaban|son|eran|han\s+sido|quedaban)\s+"
    r"(?P<state>[a-záéíóúñ]+(?:das|dos|bles|les))\b"
)
_VOTED_BEFORE_ES: Final = compiled(
    r"\bvotaron\s+(?:(?:unos|unas|casi|más\s+de|cerca\s+de|alrededor\s+de|apenas)\s+)?$",
    re.IGNORECASE,
)
# "El Ejecutivo había pedido ", "el ministerio había solicitado ": what was asked for before a
# budget was approved, the amount closing the sentence.
_ASKED_BUDGET_ES: Final = compiled(
    r"\b(?P<who>(?:[Ee]l|[Ll]as?|[Ll]os)\s+[A-ZÁÉÍÓÚ][\wáéíóúñ]*(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚ][\wáéíóúñ]*){0,3})"
    r"\s+hab[íi]an?\s+(?:pedido|solicitado|propuesto|planteado)\s+(?:(?:unos|casi|más\s+de)\s+)?$"
)
_WHAT_THE_EVENT_WAS: Final = "what the event was, on the day it struck"
# Between a level and the one it is set against: a time at most, then the comma.
_GAP_NO_CLAUSE: Final = compiled(
    r"(?:\s+(?:en|de|del|durante)\s+[^\W\d]+(?:\s+(?:de\s+)?\d{4})?)?,\s"
)
# A target a figure is compared with, right before it: "por encima de la meta del dos por
# ciento", "below its 3 percent target of"... ("la meta de 2 %", "the target of 2 percent").
_TARGET_BEFORE: Final = folded(
    r"\b(?:meta|objetivo|target|goal)\s+(?:(?:oficial|fiscal|official|fijad[ao]|establecid[ao])"
    r"\s+)?(?:de|del|en|of)\s+(?:(?:el|la|un|una)\s+)?$"
)
_CONTEXT_FIGURES: Final = 40
# 'turnout', 'voter turnout', 'turnout of registered voters': a turnout that names no election.
_BARE_TURNOUT_EN: Final = compiled(
    r"(?:voter\s+)?turnout(?:\s+of\s+(?:the\s+)?registered\s+voters)?"
)
# An election named in English: "Guatemala's presidential runoff", "Sunday's election", "the
# recall referendum", "Honduras' presidential election".
_ELECTION_NAMED_EN: Final = compiled(
    r"(?:\b(?:the|a)\s+|\b(?!(?:In|On|At|For|By|After|Before|During|With|From|Since)\s)"
    r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?:'s|’s|'|’)\s+)"
    r"(?:(?:\d{4}|presidential|general|legislative|parliamentary|congressional|midterm|municipal|"
    r"mayoral|regional|local|national|constitutional|recall|governor's|gubernatorial|first-round|"
    r"second-round|snap)\s+){0,2}(?:elections?|runoff|referendum|primary|plebiscite|"
    r"(?:first|second)\s+round)\b"
)
# "down from 60 percent in the first round", "68% in the 2021 election": the election the
# figure compared with is of.
_ELECTION_AFTER_EN: Final = compiled(
    r"(?:\s*(?:%|percent))?\s+in\s+(?P<e>the\s+(?:(?:\d{4}|presidential|general|first|second|"
    r"previous|last)\s+){0,2}(?:elections?|runoff|referendum|round))\b"
)
_DAY_OWNER_EN: Final = compiled(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last\s+week|yesterday|"
    r"today)(?:'s|’s)\s+",
    re.IGNORECASE,
)
# The end of a comparison before a year: "más que en el ciclo escolar 2023" (the year of a
# school or fiscal cycle), "menos que en los comicios de 2021" (the election of that year).
_COMPARED_CYCLE_END: Final = (
    r"(?:(?:ciclo|curso)(?:\s+(?:escolar|lectivo))?\s+|ejercicio(?:\s+fiscal)?\s+|"
    r"(?:comicios|elecciones)\s+de\s+)?$"
)
_BASELINE_BEFORE: Final = EndWord(
    CaseBlind(
        # ("mientras que en 2023", "ya que en 2023": a new clause, not a comparison)
        r"\b(?:than|from|over|compared\s+(?:with|to)|(?<!mientras\s)(?<!\bya\s)(?<!así\s)"
        r"(?<!dado\s)(?<!puesto\s)(?<!\blo\s)que|respecto\s+(?:a|al|de)|frente\s+a|"
        r"comparad[oa]s?\s+con|en\s+comparación\s+con|in\s+comparison\s+(?:with|to)|"
        r"(?:de\s+la|del|de\s+los|de\s+las)\s+registrad[oa]s?|that\s+recorded|"
        r"al\s+de|a\s+la\s+de|que\s+(?:el|la)\s+de|"
        r"those\s+recorded|"
        # ("rose 6.5% from the previous census in 2010")
        r"from\s+(?:the|its|their)\s+(?:previous|last|prior|earlier)\s+[a-z-]+\s+in)"
        # ("un 67 % mayor que la del primer semestre de 2021": the one of that half-year)
        r"\s+(?:(?:the|in|en|el|al|la|los|las|all\s+of|todo|toda|(?<=\b(?:el|la)\s)del)\s+)*"
        + _COMPARED_CYCLE_END,
    ),
    word_set(
        "than from over with to que a al de con registrado registrada registrados registradas "
        "recorded the in en el al la los las of todo toda del ciclo curso escolar lectivo "
        "ejercicio fiscal"
    ),
    None,
)
# What follows a figure a law or a rule sets: "the 3% limit set by the fiscal responsibility
# law", "the 8% required by the constitution", "a 40% cap under the rules".
_NORM_AFTER: Final = compiled(
    r"(?:\s+(?:legal|statutory|constitutional|fiscal|debt|deficit))?\s+(?:limit|ceiling|cap)\b"
    r"(?=\s+(?:set|established|imposed|fixed|required|mandated)\s+(?:by|under|in)\b|\s+under\b"
    r"|\s+(?:in|of)\s+(?:the|its|their)\s+[\w\s-]{0,40}?\b(?:law|constitution|rules?|code)\b)"
    r"|\s+(?:required|mandated|set|established|allowed|permitted|stipulated)\s+(?:by|under|in)"
    r"\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,4}?(?:law|constitution|rules?|code|statute|act)\b",
    re.IGNORECASE,
)
# A sentence that opens on the figure before and says what it holds: "That figure includes",
# "The total comprises", "This number excludes".
_POINTER_OPENING_EN: Final = compiled(
    r"\s*(?:that|this|the)\s+(?:figure|total|number|tally|sum|amount|count)\s+"
    r"(?:also\s+)?(?:includes|excludes|comprises|covers|counts|contains)\b",
    re.IGNORECASE,
)
_ROLLING_BACK: Final = compiled(
    r"\b(?:past|last|previous|preceding|últimos|últimas|pasados|pasadas|último|última|pasado|"
    r"pasada)\b",
    re.IGNORECASE,
)
_FROM_LEVEL_IN: Final = EndWord(
    compiled(
        r"\bfrom\s+(?:(?:about|nearly|almost|some|roughly|more\s+than)\s+)?[$€£]?\d[\d,.]*"
        r"(?:\s*%|\s+percent|\s+(?:million|billion))?\s+in\s+$",
        re.IGNORECASE,
    ),
    ("in",),
)
_THAN_TIME: Final = EndWord(
    compiled(
        # ("una baja de 7,3 puntos respecto del primer semestre", "frente al mismo mes")
        r"\b(?:than|compared\s+(?:with|to)|(?:más|menos|mayor|menor)\s+que|"
        r"respecto\s+(?:a|al|de|del)|frente\s+(?:a|al)|comparad[oa]s?\s+con|"
        r"en\s+comparación\s+con|in\s+comparison\s+(?:with|to))"
        r"\s+(?:(?:the|in|en|el|al|la|los|las|all\s+of|todo|toda)\s+)*" + _COMPARED_CYCLE_END,
        re.IGNORECASE,
    ),
    word_set(
        "than with to que a al de del con the in en el al la los las of todo toda "
        "ciclo curso escolar lectivo ejercicio fiscal"
    ),
    None,
)
# "against a monthly average of 180 millimetres", "compared with the long-term average of":
# the norm a figure is set against.
_NORM_BEFORE_EN: Final = compiled(
    r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|than)\s+(?:a|an|the|its|their)\s+"
    r"(?:monthly|long-term|long-run|historical|historic|seasonal|normal|\w+-year)\s+"
    r"(?:average|mean|norm)\s+of\s+(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
# "nearly half of the area planted", "a third of the area burned": a share of an area.
_OF_THE_AREA_EN: Final = compiled(
    r"(?:\s*%|\s+percent|\s+per\s+cent)?\s+of\s+(?:the|that|this)\s+(?:total\s+)?area\b",
    re.IGNORECASE,
)
_AREA_UNITS_EN: Final = word_set("hectares acres square")
# "Zambian President Hakainde Hichilema", "Agriculture Minister Reuben Mtolo": a person named
# with a title (and the words that qualify it), then two or three capitalised names.
_TITLED_PERSON_EN: Final = compiled(
    r"(?:[A-Z][\w'’-]+\s+){0,2}(?:President|Prime\s+Minister|Minister|Governor|Mayor|Secretary|"
    r"Senator|Chancellor|Premier|Gen\.|General|Col\.|Colonel|Commissioner|Attorney\s+General)"
    r"\s+(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+"
)


def _last_titled_person(text: str, end: int) -> str | None:
    """The last person the text named with a title before `end` (looked for in its last 1,500
    characters), or None."""
    first = max(0, end - 1500)
    if (
        "President" not in text[first:end]
        and "Minister" not in text[first:end]
        and not any(
            t in text[first:end]
            for t in (
                *("Governor", "Mayor", "Secretary", "Senator", "Chancellor", "Gen."),
                *("General", "Colonel", "Col.", "Commissioner"),
            )
        )
    ):
        return None
    last = None
    for match in _TITLED_PERSON_EN.finditer(text, first, end):
        last = match
    return last.group(0) if last is not None else None


# "struck Acapulco on Wednesday ..., killing at least 27 people": the event's toll, a running
# total from its day.
_CASUALTY_PARTICIPLE: Final = compiled(
    r",\s+(?:killing|injuring|wounding|leaving)\s+(?:[^,.;]{1,40}\s+and\s+(?:killing|injuring|"
    r"wounding|leaving|damaging|destroying|displacing)\s+)?"
    r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?$",
    re.IGNORECASE,
)
# ", about $90 million less than the year before": a change set off after a figure, against the
# year before it
_APPOSED_CHANGE_THAN_BEFORE: Final = compiled(
    r"\s*(?:less|more|fewer|higher|lower|greater|bigger|smaller)\s+than\s+(?:(?:in\s+)?the\s+"
    r"(?:year|season|term)\s+before|a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+"
    r"(?:previous|prior|preceding)\s+(?:year|season)|last\s+year)\b",
    re.IGNORECASE,
)
# "Ottawa will also levy", "Beijing imposed": a capital that acts, as its government does (not
# "Ottawa has 1 million residents", a city's own)
_GOVERNMENT_ACT_AFTER_EN: Final = compiled(
    r"\s+(?:(?:also|then|now)\s+)?(?:will|would|plans|wants|intends|said|says|announced|imposed|"
    r"levied|approved|agreed|ordered|pledged|promised|threatened|retaliated|signed|offered)\b"
)
# "... 1.1 percent against the dollar": the currency a move is measured against
_AGAINST_CURRENCY_EN: Final = compiled(
    r"(?:\s+(?:percent|per\s+cent|%))?\s+against\s+the\s+(?:U\.S\.\s+)?(?P<c>dollar|euro|"
    r"greenback|yen|yuan)\b"
)
# A company's or a club's financial measures ("Net profit fell to 41 million euros"): bare, they
# are of the one whose finances the paragraph named before.
_FINANCE_MEASURES_EN: Final = (
    "revenue",
    "revenues",
    "net profit",
    "net income",
    "net loss",
    "operating profit",
    "operating income",
    "pre-tax profit",
    "profit",
    "turnover",
)
_BARE_FINANCE_EN: Final = frozenset(_FINANCE_MEASURES_EN)
_OWNED_FINANCE_EN: Final = compiled(
    r"(?:record\s+)?(?:"
    + "|".join(_FINANCE_MEASURES_EN)
    # ("net profit of Mexican cement maker Cementos Anáhuac": a company described by its trade)
    + r")\s+of\s+(?P<o>(?-i:[A-Z])[\w'’.&-]*(?:\s+(?:[a-z-]+\s+){0,3}?(?-i:[A-Z])[\w'’.&-]*){0,4})"
)
# "Average attendance was 38,500 per match", "Turnout stood at 61 percent": a measure that opens
# the sentence, without a determiner, then its level
_MEASURE_WAS_EN: Final = compiled(
    r"[\s\"“]*(?P<np>(?-i:[A-Z])[a-z-]+(?:\s+[a-z-]+){0,3}?)\s+(?:was|stood\s+at|averaged|"
    r"totaled|totalled|came\s+to)\s+"
)
_MEASURE_NOUNS_EN: Final = frozenset(
    ("attendance", "turnout", "enrollment", "enrolment", "revenue", "revenues", "spending",
     "turnover", "payroll", "viewership", "ridership", "occupancy", "output", "debt")
)  # fmt: skip
# "Germany's 10 host stadiums have a combined capacity of", "Ohio Stadium seats": what holds
# the quantity that follows, at the start of the sentence
_CAPACITY_OF_EN: Final = compiled(
    # ("The prison has capacity for 40,000 inmates": the article and 'of' may go)
    r"[\s\"“]*(?P<np>(?-i:[A-Z])[^,;:()\"“”]{2,60}?)\s+(?:has|have|had|hold|holds)\s+"
    r"(?:(?:a|an)\s+)?(?P<k>(?:combined|total|maximum|seating|full)\s+)?capacity\s+(?:of|for)\s+"
    r"|[\s\"“]*(?P<np2>(?-i:[A-Z])[^,;:()\"“”]{2,60}?)\s+seats\s+"
)
_NUMBER_TOKEN_EN: Final = compiled(r"\b\d[\d,.]*\s+")


def _capacity_subject(text: str, value_start: int) -> str:
    """'combined capacity of Germany's host stadiums' for "Germany's 10 host stadiums have a
    combined capacity of more than 600,000 seats"; 'capacity of Ohio Stadium' for "Ohio
    Stadium seats 102,780 fans"; '' otherwise."""
    found = _CAPACITY_OF_EN.fullmatch(text, 0, value_start)
    if found is None:
        return ""
    holder = _NUMBER_TOKEN_EN.sub("", found.group("np") or found.group("np2")).strip()
    if holder.split()[0] in ("The", "A", "An", "Its", "Their"):
        holder = holder[0].lower() + holder[1:]
    return f"{found.group('k') or ''}capacity of {holder}"


_UNIT_ACRONYM_AFTER: Final = compiled(r"\s*\((?P<a>[A-Z][A-Za-z]{1,8})\)")
# "Denver Public Schools counted", "Houston Independent School District enrolled": a school,
# university or hospital system opening the sentence, then the verb that counts its members
_INSTITUTION_COUNTED_EN: Final = compiled(
    r"[\s\"“]*(?:The\s+)?(?P<org>(?:[A-Z][\w'’.-]*\s+){1,5}(?:Schools|School\s+District|"
    r"District|University|College|Hospital|Hospitals|Health\s+System|Clinic|Clinics))\s+"
    r"(?:counted|enrolled|registered|recorded|reported|had|has|served|serves|employed|employs|"
    r"treated|admitted)\b"
)
_MEMBERS_UNITS_EN: Final = frozenset(
    ("students", "pupils", "children", "teachers", "patients", "nurses", "doctors",
     "employees", "staff", "workers", "members")
)  # fmt: skip
# "The port, Mexico's busiest, can handle about", "The airport was built to serve": what holds
# the quantity that follows, at the start of the sentence
_CAN_HOLD_EN: Final = compiled(
    r"[\s\"“]*(?P<np>(?-i:[A-Z])[^;:()\"“”]{2,80}?)\s+(?:can|could)\s+(?:now\s+)?"
    r"(?:handle|hold|accommodate|house|serve|seat|process|treat)\s+"
    r"|[\s\"“]*(?P<np2>(?-i:[A-Z])[^;:()\"“”]{2,80}?)\s+(?:was|were|is|are)\s+"
    r"(?:built|designed)\s+(?:to\s+(?:serve|handle|hold|accommodate|house|seat)|for)\s+"
    r"(?:(?:up\s+to|about|some|nearly|almost|roughly|around|more\s+than|over)\s+)?",
    re.IGNORECASE,
)
_CLAUSE_IN_HOLDER_EN: Final = compiled(r"\d|\b(?:that|which|who|where)\b")
# ", Mexico's busiest,": an apposition set off by commas
_APPOSED_EN: Final = compiled(r",[^,]*,")


def _named_holder(holder: str, before: str) -> str:
    """The name the text gave before to 'the port', 'the airport' ('the port of Manzanillo',
    'Islamabad International Airport'), or ''."""
    words = holder.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha():
        return ""
    head = words[1].lower()
    if head not in before.lower():
        return ""
    named = re.search(
        rf"\b{head}\s+of\s+(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){{0,3}}"
        rf"|(?:[A-Z][\w'’.-]*\s+){{1,4}}{head.capitalize()}\b",
        before,
    )
    if named is None:
        return ""
    found = named.group(0)
    return f"the {found}" if found.lower().startswith(head) else found


# "Walmart reported revenue of": the source reports its own finances
_REPORTED_OWN_EN: Final = compiled(
    r"\s+(?:reported|posted|announced|booked|recorded)\s+(?:a\s+)?(?:record\s+)?(?:"
    + "|".join(_FINANCE_MEASURES_EN)
    + r")\b"
)
_A_RECORD_EN: Final = compiled(r" a record(?= (?:on|in|to|for|of|at|during|from|with|by)\b)")
# "employees of club", "debt of company": a pointer at the one named before
_OWNER_POINTER_EN: Final = compiled(
    r"(?P<n>[a-z][a-z -]{2,30}?)\s+of\s+(?:the\s+)?(?:club|company|firm|group|bank|team)"
)
_THAN_EVENT: Final = EndWord(
    compiled(
        r"\b(?:than|compared\s+(?:with|to))\s+(?:in\s+)?the\s+[^,;.\d]{1,40}?\s+(?:on|in|of)\s+$"
        # ("10% more than on the same weekend last year": the time of the like span compared)
        r"|\b(?:than|compared\s+(?:with|to))\s+(?:(?:in|on|during|over|for)\s+)?the\s+same\s+"
        r"(?:weekend|week|month|months|period|quarter|day|days|season|holidays?)\s+$",
        re.IGNORECASE,
    ),
    (
        "on", "in", "of", "weekend", "week", "month", "months", "period", "quarter", "day",
        "days", "season", "holiday", "holidays",
    ),
    None,
)  # fmt: skip
# A habit told right after a figure: '$6 billion a year', '40 cases each day'.
_HABIT_AFTER: Final = compiled(
    r"\s+(?:a|per|each|every)\s+(?:year|month|week|day)\b", re.IGNORECASE
)
# A source's acronym in brackets right after its name: ' (INE)', ' (CEPAL)'.
_ACRONYM_AFTER: Final = compiled(r"\s*\((?=[A-Z])[\w.&-]{2,15}\)")
_PART_OF_WHOLE: Final = compiled(r"\s+(?:of|de)\s+(?:the\s+|los\s+|las\s+)?(?:[\w.-]+['’]s\s+)?")
# '41 de ellos en ' right before a name: where a part of the figure before was.
_PART_IN_PLACE_ES: Final = compiled(
    r"\d[\d.,]*\s+de\s+(?:ellos|ellas)\s+(?:en|a)\s+(?:el\s+|la\s+)?"
    r"(?:(?:departamento|municipio|provincia|estado|ciudad)\s+de\s+)?$"
)
# ' y ', ', ' right before a name: a name joined to the one before it.
_JOINED_BEFORE: Final = compiled(r"(?:,|\s(?:y|e|o))\s+$")
# A Spanish conditional ('costaría', 'serían', 'requeriría'): what would be, not what was.
# (not a noun after its determiner: 'la secretaría', 'una galería', 'su tesorería')
_CONDITIONAL_ES: Final = compiled(
    r"(?<!\bla\s)(?<!\blas\s)(?<!\buna\s)(?<!\bsu\s)(?<!\bsus\s)(?<!\besa\s)(?<!\besta\s)"
    r"\b[a-záéíóúñ]+(?:aría|ería|iría)n?\b"
)
_STANDING_WHOLE: Final = compiled(
    r"\s+(?:seats|departments|states|provinces|municipalities|districts|regions|counties|"
    r"parishes|cantons|boroughs|constituencies|escaños|departamentos|estados|provincias|"
    r"municipios|distritos|regiones|condados|cantones|circunscripciones)\b",
    re.IGNORECASE,
)
_SUPERLATIVE_ASIDE: Final = compiled(
    r",\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:largest|biggest|highest|lowest|smallest|"
    r"worst|deadliest|most|least|busiest|weakest|strongest|fewest|bloodiest)\b"
    # ("the highest since voting became compulsory again in 2022": what the rank runs from)
    r"(?:[^,;.]{0,30}?|\s+since\s+[^,;.]{0,60}?)\s+$",
    re.IGNORECASE,
)
_LARGER_THAN: Final = compiled(
    r"\s*(?:larger|smaller|bigger|greater|higher|lower|more|less)\s+than\b", re.IGNORECASE
)
# What started at the time that follows, told as a relative clause or a participle: "a state
# of emergency declared in March 2022", "The program, which began in 2019, ...", "el programa,
# que comenzó en 2019, ...".
# ", a sharp drop from the peak in March", ", frente al máximo de marzo": after a comma, a
# comparison with something the text names without a figure; the time that ends it is that
# thing's, not the figure's
_BASELINE_NOUN_THEN: Final = compiled(
    r",\s+(?:[^\W\d]+\s+){0,3}?(?:(?i:from|compared\s+(?:with|to)|versus|frente\s+al?|respecto\s+"
    r"(?:al?|del?))\s+(?:the|its|their|a|an|el|la|los|las|su|sus)\s+|(?i:frente|respecto)\s+"
    r"(?:al|del)\s+)(?:[^\W\d]+\s+){0,3}?(?i:peak|high|highs|low|lows|record|level|levels|"
    r"pico|máximo|mínimo|récord|nivel|niveles)\s+(?:(?:in|of|on|during|en|de|del|durante)\s+"
    r"(?:the\s+|el\s+|la\s+)?)?$"
)
_STARTED_THEN: Final = compiled(
    r"\b(?:(?:which|that)\s+(?:began|started|opened|took\s+effect|came\s+into\s+force|"
    r"was\s+(?:launched|created|founded|established|declared|imposed|introduced|set\s+up))|"
    r"launched|created|founded|established|declared|imposed|introduced|set\s+up|begun|"
    r"que\s+(?:comenzó|inició|empezó|arrancó|entró\s+en\s+vigor|fue\s+(?:lanzad|cread|fundad|"
    r"declarad|decretad|impuest)[oa])|(?:lanzad|cread|fundad|declarad|decretad|impuest|"
    r"iniciad)[oa])\s+(?:(?:in|on|en|el)\s+)?$",
    re.IGNORECASE,
)
# A figure a perfect verb counts up to now: "has trained 4,500", "have arrested more than",
# "ha capacitado a 4.500", "han detenido a más de".
_PERFECT_BEFORE: Final = compiled(
    r"\b(?:has|have|ha|han)\s+(?:(?:now|also|already|ya)\s+)?(?:been\s+|sido\s+)?"
    r"[^\W\d_]+(?:ed|en|ado|ido|to|cho)\s+(?:a\s+)?(?:(?:about|nearly|almost|some|roughly|"
    r"around|more\s+than|over|at\s+least|más\s+de|casi|unos|unas|cerca\s+de|al\s+menos)\s+)?$",
    re.IGNORECASE,
)
# "the 95% needed to stop outbreaks" (a threshold named with 'the'; not "300 families needed to
# be moved in May", a past tense) and "their official capacity of 10,600" (not "running at a
# capacity of 85% in March", a level at a time)
# "percent of the country's 11.7 million people", "half of Haiti's 11 million inhabitants"
_OF_PLACES_PEOPLE_EN: Final = compiled(
    r"\bof\s+(?:the\s+(?:country|nation|city|island|state|region|capital|province|territory)|"
    r"[A-Z][\w.-]+)['’]s\s+(?:(?:about|some|nearly|almost|roughly|around|estimated|"
    r"more\s+than|over)\s+)?$"
)
# "percent of the district's 71,000 students", "half of the county's 1,200 nurses"
_OF_BODY_S_COUNT_EN: Final = compiled(
    r"\bof\s+the\s+(?P<owner>district|county|school|university|hospital|company|department|"
    r"agency|force|system)['’]s\s+(?:(?:about|some|nearly|almost|roughly|around|estimated|"
    r"more\s+than|over)\s+)?$"
)
# Count nouns that say nothing of their kind ('3,870 new cases' after 'dengue cases').
_BARE_KINDLESS_EN: Final = frozenset(
    # ('leaders', 'members': of the kind named before, "social leaders", "gang members")
    ("cases", "deaths", "infections", "hospitalizations", "leaders", "members")
)
# "The previous year", "In the year before" opening a sentence: a year of its own.
_PREVIOUS_YEAR_ALONE: Final = compiled(
    r"(?:the\s+)?(?:(?:previous|prior|preceding)\s+year|year\s+before)", re.IGNORECASE
)
# ", de 248,93 pesos diarios, subirá": the end of an apposition, then a verb in the future.
_APPOSED_THEN_FUTURE_ES: Final = compiled(r"[^,;.()]{0,25},\s+(?:se\s+)?[^\W\d_]{2,}(?:rá|rán)\b")
# ', en el departamento del ': the region a place just named lies in, set off after it.
_IN_REGION_BETWEEN_ES: Final = compiled(
    r",\s+en\s+(?:el|la)\s+(?:departamento|estado|provincia|región|comunidad)\s+(?:de|del)\s+"
    r"(?:la\s+|el\s+)?"
)
# ' son mujeres y ': the figure's own clause, closed by its predicate, then 'y'.
_COPULA_CLAUSE_AND_ES: Final = compiled(
    r"\s+(?:son|eran|fueron|es|era|fue)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:y|e)\s+",
    re.IGNORECASE,
)
_YEAR_BEFORE_ES: Final = compiled(r"(?:el\s+)?año\s+(?:anterior|previo|precedente)", re.IGNORECASE)
# "el país cerró con 274.227 casos", "cerró el año con": the total a period closed with.
_CLOSED_WITH_ES: Final = compiled(r"\bcerr(?:ó|aron)\s+(?:el\s+año\s+)?con\s+", re.IGNORECASE)
_OPENING_TIME: Final = compiled(r"[\s\"“(]*(?:(?:in|during|for)\s+)?", re.IGNORECASE)
_NEEDED_AFTER: Final = compiled(r"\s+(?:needed|required|necessary)\s+(?:to|for)\b", re.IGNORECASE)
# "the 95 percent target set by the World Health Organization", "the 80% recommended by
# experts": a goal or a norm someone sets, a standing figure.
_SET_NORM_AFTER: Final = compiled(
    r"\s+(?:(?:target|goal|benchmark|threshold|standard|minimum)\s+"
    r"(?:set|recommended|established|fixed|advised|adopted)|recommended|advised)\s+by\b",
    re.IGNORECASE,
)
_THE_BEFORE: Final = compiled(r"\bthe\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_CAPACITY_OF: Final = compiled(
    r"(?<!\bat\s)(?<!\bat\sa\s)\bcapacity\s+(?:of|for)\s+"
    r"(?:(?:about|some|up\s+to|nearly|roughly|around)\s+)?$",
    re.IGNORECASE,
)
# "512 de sus 540 camas", "60 of its 128 seats": a part, then the whole its holder has.
_OF_ITS_TOTAL: Final = compiled(r"\s(?:de\s+sus|of\s+(?:its|their))\s+$", re.IGNORECASE)
_SEATS_AFTER: Final = compiled(
    r"\s+(?:camas|plazas|escaños|curules|asientos|celdas|habitaciones|aulas|beds|seats|places|"
    r"cells|rooms|classrooms)\b",
    re.IGNORECASE,
)
_CAPACITY_OF_ES: Final = compiled(
    r"\bcapacidad\s+(?:instalada\s+)?(?:para|de)\s+(?:(?:albergar|atender|recibir|acoger|"
    r"alojar|transportar)\s+(?:a\s+)?)?(?:(?:apenas|solo|sólo|unos|unas|alrededor\s+de|"
    r"cerca\s+de|casi|más\s+de|hasta)\s+)?$",
    re.IGNORECASE,
)
# "..., compared with 8,640 in 2024, a decline of 8.2%": a change set off after two figures
# (by a comma or a dash: "... 2,870 in 2023 — a decline of 19 percent").
_COMPARED_WITH: Final = compiled(
    r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|versus|against)\s+(?:about\s+|nearly\s+|"
    r"some\s+|roughly\s+|around\s+)?$",
    re.IGNORECASE,
)
_CHANGE_APPOSITION: Final = compiled(
    r"(?:,|\s[—–])\s+(?:a|an)\s+(?:drop|decline|fall|decrease|reduction|rise|increase|jump|gain)\s+of\s+"
    r"(?:(?:about|nearly|almost|some|roughly|around|more\s+than|over|less\s+than)\s+)?$",
    re.IGNORECASE,
)
# ", un aumento de apenas el 2,5 %", "— una caída del 8 %": the Spanish change apposition
_CHANGE_APPOSITION_ES: Final = compiled(
    r"(?:,|\s[—–])\s+(?:un|una)\s+(?:aumento|incremento|alza|crecimiento|subida|caída|baja|"
    r"descenso|disminución|reducción|retroceso)\s+(?:de\s+|del\s+)?"
    r"(?:(?:apenas|casi|alrededor\s+de|cerca\s+de|más\s+de|menos\s+de|unos?|solo|sólo)\s+)?"
    r"(?:el\s+|del\s+)?$",
    re.IGNORECASE,
)
# "400 people have died", "8,000 detainees have been released": a perfect right after the
# figure and its noun.
_PERFECT_AFTER: Final = compiled(
    r"(?:\s+[a-z]+){0,2}?\s+(?:have|has)\s+(?:(?:now|also|already)\s+)?(?:been\s+)?"
    r"[a-z]+(?:ed|en|t)\b"
)
_CAPACITY_ASIDE: Final = compiled(
    r",\s*(?:built|designed|meant|intended|planned)\s+(?:to\s+(?:hold|house|take)|for)\s+"
    r"(?:about\s+|some\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)
_INCLUDING: Final = compiled(
    r"[^,;.]{0,40},\s+(?:including|includes|which\s+includes)\s+(?:a|an|some|about)?\s*"
    # ("498.000 niños, de los cuales el 52 % estudia en el área rural": a part of the count
    # just given, whatever the tense of its own verb)
    r"|[^,;.]{0,40},\s+(?:de\s+(?:los|las)\s+cuales|de\s+ell[oa]s)\s+(?:(?:el|la|un|una)\s+)?",
    re.IGNORECASE,
)
# The figure before said again as another measure: ", lo que equivale al", ", which is equal to".
_WHICH_EQUALS: Final = compiled(
    r"[^,;.]{0,40},\s+(?:lo\s+que\s+(?:equivale|representa|supone|significa)\s+(?:a(?:l|\s+un|\s+una)?|"
    r"el|la|un|una)|which\s+(?:is|was)\s+(?:equal|equivalent)\s+to|equivalent\s+to|"
    # ("11.340 de ellos, es decir, el 76 % del total", "42.500 policías ..., es decir, unos 236
    # agentes por cada 100.000 personas": the same figure put another way)
    r"es\s+decir,?(?:\s+(?:el|la|los|las|un|una))?|that\s+is,?)\s+"
    r"(?:(?:about|around|nearly|almost|some|casi|cerca\s+del?|alrededor\s+del?)\s+)?",
    re.IGNORECASE,
)
# "el 37,8 % del total", "31% of the total": a share of the total given before.
_OF_THE_TOTAL: Final = compiled(
    r"\s*(?:%|por\s+ciento|percent|per\s+cent)\s+(?:del|of\s+the)\s+total\b(?!\s+(?:de|of)\b)",
    re.IGNORECASE,
)
_PUT_ANOTHER_WAY: Final = compiled(r",\s+(?:es\s+decir|that\s+is)\b", re.IGNORECASE)
# ("With 70 percent of ballots counted", "57 percent of tally sheets": the count's progress)
_VOTE_FIGURE: Final = compiled(
    r"[^,;.]{0,12}?\b(?:of\s+(?:the\s+)?(?:(?:valid\s+)?votes?|ballots|tally\s+sheets|"
    r"polling\s+stations)|de\s+(?:los|las)\s+(?:votos|actas|mesas|juntas|sufragios))\b",
    re.IGNORECASE,
)
# "led President Juan Orlando Hernández by": a candidate's lead.
_LED_BY: Final = compiled(
    r"\b(?:led|leads|leading|ahead\s+of)\s+[^,;.]{0,60}?\bby\s+$", re.IGNORECASE
)
_ELECTION_NEAR: Final = compiled(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:election|runoff|vote|referendum|ballot|first\s+round)\b",
    re.IGNORECASE,
)
# "the runoff on Sunday", "elections held on Saturday and Sunday"
_ELECTION_BEFORE: Final = compiled(
    r"\b(?:elections?|runoff|vote|referendum|round)\s+(?:held\s+)?(?:on\s+)?$"
    # ("las elecciones del domingo", "los comicios generales del pasado 25 de junio", "la
    # segunda vuelta celebrada el domingo")
    r"|\b(?:elecciones|comicios|votación|balotaje|vuelta|referéndum)"
    r"(?:\s+(?:generales|presidenciales|legislativas|municipales|regionales|seccionales))?"
    r"(?:\s+(?:celebrad[oa]s?|realizad[oa]s?))?(?:\s+(?:del|de|el)(?:\s+pasado)?)?\s+$",
    re.IGNORECASE,
)
# How often a thing happens: with a present verb, a habit, which no period dates.
_HABIT: Final = folded(
    r"\b(?:cada\s+(?:día|noche|semana|mes|año)|a\s+diario|diariamente|semanalmente|mensualmente|"
    r"(?:each|every)\s+(?:day|night|week|month|year|weekday|weekend)"
    # ("more than 4 million people ride the network on an average weekday")
    r"|on\s+(?:an?\s+)?(?:average|typical|normal|ordinary|usual)\s+(?:week)?(?:day|night|week|month))\b"
)
_HABIT_NEEDS: Final = (
    "cada", "diari", "semanal", "mensual", "each", "every", "average", "typical", "normal",
    "ordinary", "usual",
)  # fmt: skip
# A verb told in the past, in a clause read for a habit.
_TOLD_PAST: Final = {
    "en": folded(
        r"\b(?:was|were|had|did|used\s+to|(?!hundred\b)\w+[^e\W]ed|fell|rose|grew|hit|saw|"
        r"took|left|came|went|made|got|gave|kept|held|paid|sold|spent|lost|found|became|began|"
        r"ran|fled|brought|sent|fought|told|said|stood)\b"
    ),
    "es": folded(r"\b(?:fue|fueron|era|eran|hubo|había|habían|\w+(?:ó|aron|ieron|aba|aban|ían))\b"),
}
# What an event has cost: its damage or its losses.
_EVENT_COST: Final = folded(r"\b(?:daños|pérdidas|damage|damages|losses)\b")
# A figure of an election's roll: those who may vote in it ("9.4 million registered voters",
# "ciudadanos habilitados para votar", "el padrón electoral").
_VOTER_ROLL: Final = folded(
    r"\b(?:registered\s+(?:voters|to\s+vote)|eligible\s+(?:voters|to\s+vote)|electorate|"
    r"padrón\s+electoral|empadronad[oa]s|(?:habilitad|inscrit)[oa]s\s+para\s+votar|"
    r"electores\s+(?:habilitados|inscritos))\b"
)
_BASELINE_ELECTION: Final = compiled(
    r"\b(?:from|than|compared\s+(?:with|to))\b[^,;.]{0,40}$", re.IGNORECASE
)
_PREVIOUS_MONTHS: Final = compiled(
    r"^(?:the\s+)?(?:previous|preceding|prior)\s+(\w+)\s+months$", re.IGNORECASE
)
# 'had been separated', 'had won', 'habían quedado': a sentence told in the past perfect, a
# flashback to before the story's time.
_FLASHBACK: Final = compiled(
    r"\bhad\s+(?:been|[a-z]+ed|won|led|lost|run|come)\b|\bhab[íi]an?\s+[a-záéíóú]+(?:ado|ido)\b",
    re.IGNORECASE,
)
_COMING_ELECTION: Final = compiled(
    r"\b(?:setting\s+up|sets?\s+up|will|to\s+be\s+held|scheduled)\b[^,;.]{0,40}$", re.IGNORECASE
)
_ALONE: Final = compiled(r"\s+alone\b", re.IGNORECASE)
# An event that struck: "quake struck", "storm made landfall".
_EVENT_STRUCK: Final = CaseBlind(
    r"\b(?:earthquake|quake|temblor|tremor|storm|hurricane|typhoon|cyclone|tornado|eruption|"
    r"explosion|blast)s?\b(?:,(?:[^,.;]|(?<=\d)\.(?=\d)){1,40},)?\s+(?:struck|hit|jolted|rocked|shook|slammed|erupted|"
    r"exploded|made\s+landfall)\b"
)
# Between a measure of the event and its noun: nothing but the measure's word ("the 7.8
# magnitude quake struck", "a 6.4-magnitude earthquake hit").
_EVENT_DESCRIBED: Final = compiled(r"(?:[\s-]+magnitude)?\s+", re.IGNORECASE)


# Right before a Spanish measure of what an event was: "vientos sostenidos de ", "ráfagas de
# hasta ", "de magnitud ", "una magnitud de ".
_EVENT_MEASURE_BEFORE_ES: Final = compiled(
    r"\b(?:(?:vientos|ráfagas)(?:\s+[a-záéíóúñ]+){0,2}\s+de|magnitud(?:\s+de)?)\s+"
    r"(?:(?:hasta|más\s+de|unos|alrededor\s+de|casi|cerca\s+de)\s+)?$",
    re.IGNORECASE,
)


def _describes_event(text: str, value_start: int, tail_end: int) -> bool:
    """Whether a figure measures an event that struck: inside its apposition ("The first quake,
    of magnitude 7.8, struck") or right before its noun ("the 7.8 magnitude quake struck")."""
    at = max(0, value_start - 60)
    while (struck := _EVENT_STRUCK.search(text, at)) is not None:
        if struck.start() < value_start and tail_end <= struck.end():
            return True
        if struck.start() >= tail_end:
            return _EVENT_DESCRIBED.fullmatch(text, tail_end, struck.start()) is not None
        at = struck.end()
    return False


def _names_day(day: datetime.date, time_lists: list[list[TimeExpr]]) -> bool:
    """Whether any of the sentences' times is that single day."""
    for times in time_lists:
        for t in times:
            if t.kind == "period" and t.period_start == day and t.period_end == day:
                return True
    return False


_AFTER_THE_BEFORE: Final = compiled(r"\b(?:after|since|when)\s+(?:the|a|an)\s+$", re.IGNORECASE)
# A part singled out of a count, right before a figure: "In Turkey alone, ", "Among children
# alone, ".
_PART_ALONE_BEFORE: Final = compiled(
    r"\b(?:in|among|of)\s+(?:the\s+)?[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,3}\s+alone,?\s+"
    r"(?:(?:at\s+least|more\s+than|nearly|almost|about|some|over)\s+)?$",
    re.IGNORECASE,
)
# 'en el mismo periodo del año anterior', 'un año antes': the like period before the text's
_SAME_PERIOD_BEFORE_ES: Final = compiled(
    r"\b(?:(?:el|la|los|las)\s+mism[oa]s?\s+(?:periodo|período|lapso|meses|mes|semana|trimestre|"
    r"semestre)|año\s+(?:anterior|pasado)|un\s+año\s+antes)\b",
    re.IGNORECASE,
)
# "Del total de mujeres buscadas, ": the plural noun a total the sentence opens with is of
_TOTAL_OF_LEAD_ES: Final = compiled(
    r"Del\s+total\s+de\s+(?:los\s+|las\s+)?(?P<n>[a-záéíóúñ]{3,}s)\b(?<!\baños)[^,;:\d]{0,40},\s"
)
# "Solo el miércoles", "Sólo en julio", "Únicamente durante el fin de semana": the Spanish
# "alone", before the time it singles out.
_ONLY_BEFORE_ES: Final = compiled(
    r"\b(?:solo|sólo|solamente|únicamente)\s+(?:(?:en|durante|el|la|los|las)\s+){0,2}$",
    re.IGNORECASE,
)
# "a surplus of 584.5 billion yen, compared with a deficit of 2.76 trillion yen in January": a
# figure put up as the baseline of the one before it (the words between may name what it is)
_PUT_AS_BASELINE: Final = compiled(
    r"\b(?:compared\s+(?:with|to)|versus|up\s+from|down\s+from)\s+(?:[\w-]+\s+){0,3}[$€£]?$",
    re.IGNORECASE,
)
_COUNT_PROGRESS_AFTER: Final = compiled(
    r"\s+(?:counted|reporting|tallied|processed)\b(?!\s+(?:by|to|for|from|at|in)\b)",
    re.IGNORECASE,
)
_MARGIN_AFTER: Final = compiled(r"\s+(?:ahead\s+of|behind|clear\s+of)\b", re.IGNORECASE)
_SEATS_WON_BEFORE: Final = compiled(
    r"\b(?:win|wins|won|winning|take|takes|took|secure|secured|gain|gained|"
    r"capture|captured)\s+(?:(?:at\s+least|more\s+than|nearly|about|some|almost)\s+)?$",
    re.IGNORECASE,
)
_CANDIDATE_GOT: Final = compiled(
    r"\b(?:received|won|got|took|garnered|obtained)\s+(?:\w+\s+)?$", re.I
)
_SO_FAR: Final = compiled(r"\bso\s+far\b|\byear[-\s]to[-\s]date\b", re.IGNORECASE)
_TURNOUT: Final = compiled(r"\bturnout\b", re.IGNORECASE)
_NOW: Final = compiled(r"\b(?:now|currently|at\s+present|actualmente|ahora)\b", re.IGNORECASE)
# "The poll of 1,200 adults has a margin of error of 2.8 points": a sentence about the poll
# named before describes that dated document in the present; its figures are of the
# document's period, not a situation now.
_DOCUMENT_SUBJECT: Final = compiled(
    r"\W*(?:the|that|this|its)\s+(?:same\s+)?(?:[\w-]+\s+){0,2}?(?:poll|survey|census)"
    # (what the poll itself has; not what it found, "The survey found that 83 percent of
    # young people work in the informal sector", nor what it covers, "The survey covers
    # about 29 million people": situations now, standing facts)
    r"(?:\s+of\s+[\w\s,.-]{1,40}?)?\s+(?:has|carries)\b",
    re.IGNORECASE,
)
# An election named as a noun phrase: "presidential runoff", "Sunday's general election",
# "the EU referendum"; a round of one names an election of its own ("the first round").
_ELECTION_EN: Final = compiled(
    r"\b(?:(?:presidential|general|legislative|parliamentary|congressional|midterm|municipal|"
    r"regional|local|constitutional|recall|peace|national|state)\s+)?(?:election|runoff|"
    r"run-off|referendum|plebiscite|primary|round)\b",
    re.IGNORECASE,
)
# An election named in Spanish: "la elección presidencial", "las elecciones generales", "los
# comicios", "la segunda vuelta", "el referéndum".
_ELECTION_ES: Final = compiled(
    r"\b(?:elecci[oó]n|elecciones|comicios|segunda\s+vuelta|primera\s+vuelta|balotaje|"
    r"referéndum|referendo|plebiscito|consulta\s+popular)"
    r"(?:\s+(?:presidencial(?:es)?|generales|general|legislativas?|municipales|parlamentarias?|"
    r"regionales|seccionales|primarias|internas))?\b",
    re.IGNORECASE,
)
# "About one in six respondents said they were still undecided": what the respondents of a
# poll said is of the poll, however it is worded.
_RESPONDENTS: Final = compiled(
    r"\b(?:respondents|those\s+(?:polled|surveyed|questioned|interviewed))\b", re.IGNORECASE
)
_NOW_WORDS: Final = (
    "now",
    "currently",
    "present",
    "actualmente",
    "ahora",
)  # (one is in every match)
_BY_AMOUNT: Final = compiled(r"\b(?:by|en)\s+$", re.IGNORECASE)
_AS_OF_BEFORE: Final = compiled(r"\b(?:as\s+of|by)\s+$", re.IGNORECASE)
_PLUPERFECT: Final = folded(r"\bhad\s+(?:(?:already|also)\s+)?(?:been\s+)?\w+(?:ed|en|t)\b")
_POPULATION_WORD: Final = compiled(r"\b(?:population|población|habitantes|inhabitants)\b", re.I)
_POPULATION: Final = compiled(
    r"\bpoblación\s+de\s+$|\bpopulation\s+(?:of"
    # ("The prison population now stands at roughly 110,000", "the population rose to 87,000")
    r"|(?:(?:now|currently)\s+)?(?:(?:stands|stood)\s+at|is|was|reached|hit|totals|totaled|"
    r"(?:rose|fell|grew|climbed|dropped|increased|decreased)\s+(?:to|by)))\s+$",
    re.IGNORECASE,
)
# "Costa Rica, a country of 5.2 million people", "Viña del Mar, una ciudad de unos 330.000
# habitantes": an aside that gives a place's population.
_PLACE_OF: Final = compiled(
    r",\s+(?:an?|un|una)\s+(?:[\w-]+\s+){0,2}?(?:country|nation|city|town|state|island|region|"
    r"province|department|municipality|país|nación|ciudad|municipio|isla|región|provincia|"
    r"departamento)\s+(?:of|de)\s+(?:(?:about|some|nearly|almost|roughly|around|more\s+than|over|"
    r"unos|unas|casi|cerca\s+de|más\s+de|alrededor\s+de)\s+)?$"
    # ("near the city of Herat, home to about 550,000 people": its population, undated)
    r"|,\s+(?:which\s+is\s+)?home\s+to\s+(?:(?:about|some|nearly|almost|roughly|around|"
    r"more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
# "(de 800.000) habitantes,": a population set in an aside, closed by its comma
_POPULATION_ASIDE_ES: Final = compiled(
    r"\s*(?:(?:millones\s+de|mil|de)\s+)?(?:habitantes|pobladores|residentes)\s*,", re.IGNORECASE
)
_PEOPLE_AFTER: Final = compiled(
    r"\s*(?:(?:million|millones\s+de|mil)\s+)?(?:people|inhabitants|residents|habitantes|personas)\b",
    re.IGNORECASE,
)
# "whose fiscal year begins July 1", "its fiscal year ends Sept. 30": when the text's fiscal years
# run (the first day after the word, or the last)
_FISCAL_MONTH: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
)
# (starting with the literal word, so that the engine looks for it with its fast search; the
# word boundary before it is checked by the caller)
_FISCAL_STATED: Final = compiled(
    r"fiscal\s+years?\s+(?:(?:begins|starts|runs\s+from)\s+(?:on\s+)?"
    rf"(?P<bm>{_FISCAL_MONTH})\s+(?P<bd>\d{{1,2}})|(?:ends|closes|runs\s+(?:through|to))\s+"
    rf"(?:on\s+)?(?P<em>{_FISCAL_MONTH})\s+(?P<ed>\d{{1,2}}))(?!\d)"
)
# What says a text is Australian or New Zealander (financial years from July to June).
_JULY_YEAR_MARKS: Final = (
    "Austral", "New Zealand", "A$", "NZ$", "Canberra", "CANBERRA", "Sydney", "SYDNEY",
    "Melbourne", "MELBOURNE", "Wellington", "WELLINGTON", "Auckland", "AUCKLAND",
)  # fmt: skip
_FISCAL_YEAR_WORDS: Final = compiled(r"\b(?:fiscal|financial)\s+year\b", re.IGNORECASE)
# "so far in fiscal 2024", "so far this fiscal year": up to publication
_SO_FAR_LEAD: Final = compiled(r"\bso\s+far\s+(?:in\s+)?(?:the\s+)?$", re.IGNORECASE)
# "the 2023-24 school year", "the 2022/23 financial year": what a split year is a year of
# "months 'from August to May' of 2022/23 season, ...": a split year the text gave the months of
_MONTHS_OF_SPLIT: Final = compiled(r"^months '[^']*' of ((?:19|20)\d\d)[/-](\d\d)\b")
_SPLIT_SEASON: Final = compiled(
    r"\s+(?:(?P<school>school|academic)|financial)\s+year\b", re.IGNORECASE
)
_US_CONTEXT_WORDS: Final = (
    r"U\.S\.|United\s+States|American|federal|Obama|Trump|Biden|Pentagon|Congressional"
    r"|WASHINGTON|White\s+House|Homeland\s+Security|Border\s+Patrol|Medicaid|Medicare|IRS"
    r"|Treasury\s+Department"
    # (in Spanish, the federal agencies whose fiscal years a Latin American story reports; not
    # 'Estados Unidos' or 'estadounidense' alone, which a budget in dollars names too, nor
    # 'ICE', which is also Costa Rica's electricity institute)
    r"|Patrulla\s+Fronteriza|Protecci[oó]n\s+Fronteriza|CBP|Casa\s+Blanca|Pent[aá]gono"
    r"|Departamento\s+de\s+Seguridad\s+Nacional"
)
# ("U.S." ends in a dot: no word boundary after it before a space)
_US_CONTEXT: Final = compiled(rf"\b(?:{_US_CONTEXT_WORDS})(?!\w)")
# The words alone, which the engine finds by their first letters without trying each position:
# a text without any of them is not read for whole words.
_US_CONTEXT_ANYWHERE: Final = compiled(_US_CONTEXT_WORDS)
_RATE_WORDS: Final = compiled(
    r"\b(?:rate|turnout|inflation|unemployment|interest|growth|margin|tasa|inflación|"
    r"desempleo|participación)\b",
    re.IGNORECASE,
)
# "Cases rose 18 percent to 9 million, and deaths rose to 136,000": a later clause's own
# plural subject, right before its verb of change, is what its bare figure counts.
_CLAUSE_COUNT_BEFORE: Final = compiled(
    # (or after a colon: "Official data do not support that: homicides peaked at 36,661")
    r"(?:(?:,\s*|\b)(?:and|while|but|whereas)|:)\s+(?P<n>[a-z]{3,}s)\s+(?:rose|fell|climbed|"
    r"jumped|dropped|declined|increased|decreased|reached|totall?ed|hit|stood\s+at|peaked\s+at)"
    r"(?:\s+to)?\s+"
    r"(?:(?:about|nearly|almost|some|roughly|more\s+than|over|at\s+least)\s+)?$"
)
# "Rainfall was 40 percent below average", "prices 15% higher than a year earlier": a
# percentage that compares two amounts is no share of what an earlier figure counted.
_PERCENT_COMPARED: Final = compiled(
    r"\s*(?:%|percent|per\s+cent)\s+(?:below|above|(?:higher|lower|more|less)\s+than)\b",
    re.IGNORECASE,
)
# Institutions several countries have under the same name (Guatemala's and El Salvador's PNC).
_SHARED_INSTITUTIONS: Final = frozenset(("policía nacional civil", "national civil police", "pnc"))
# ("Intensive care units were 95 percent full", "the dam is 80% complete": how full or how
# far along the thing named is, a plain percentage of its own)
_PERCENT_STATE: Final = compiled(
    r"\s*(?:%|percent|per\s+cent)\s+(?:full|complete|completed|occupied|finished|built)\b",
    re.IGNORECASE,
)
_INSTITUTIONS: Final = compiled(
    r"\b(?:"
    + "|".join(re.escape(h) for h in sorted(INSTITUTION_PLACES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# The event a text is about, named early ('bushfires', 'floods'): deaths are said to be its.
_EVENT_NAME: Final = compiled(
    # (a storm's name is capitalised: "huracán de categoría 4" names none)
    r"\b(?:bushfires|wildfires|floods|earthquake|(?:volcanic\s+)?eruption|hurricane\s+(?-i:[A-Z])\w+|"
    r"storm\s+(?-i:[A-Z])\w+|typhoon\s+(?-i:[A-Z])\w+|cyclone\s+(?-i:[A-Z])\w+|"
    r"the\s+epidemic|cholera|measles|dengue|landslides?|huracán\s+(?-i:[A-Z])\w+|"
    r"tormenta(?:\s+tropical)?\s+(?-i:[A-Z])\w+|terremoto|sismo|inundaciones|"
    r"incendios(?:\s+forestales)?|deslaves?|deslizamientos?\s+de\s+tierra|aludes?|"
    r"(?:temporada\s+de\s+)?lluvias|sequía)\b",
    re.IGNORECASE,
)
_NAMED_EVENT: Final = compiled(
    r"\b(?:[Hh]urricane|[Ss]torm|[Tt]yphoon|[Cc]yclone|[Hh]uracán|[Tt]ormenta(?:\s+tropical)?)"
    r"\s+[A-Z][a-záéíóú]+\b"
    # ("las tormentas Eta e Iota": two named at once)
    r"|\b[Tt]ormentas(?:\s+tropicales)?\s+[A-Z][a-záéíóú]+\s+[ey]\s+[A-Z][a-záéíóú]+\b"
)  # (case-sensitive: the name is capitalised, 'the storm killed' names no storm)
_EVENT_WINDOW: Final = 600
_TIME_WORD: Final = folded(
    r"\b(?:quarter|half|year|month|week|trimestre|semestre|año|mes|semana|yesterday|today|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|ayer|hoy|lunes|martes|"
    r"miércoles|jueves|viernes|sábado|domingo|january|february|"
    r"march|april|may|june|july|august|september|october|november|december|enero|febrero|"
    r"marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b",
)
_NATIONAL: Final = folded(
    r"\b(?:nationwide|national(?:ly)?|the\s+country|across\s+the\s+country|a\s+nivel\s+nacional|"
    r"el\s+país|en\s+todo\s+el\s+país)\b",
)
_ADJECTIVE_NOUNS: Final = compiled(
    r"\b(?:unemployed|poor|dead|injured|wounded|missing|displaced|homeless|elderly|disabled|"
    r"desempleados|pobres|muertos|heridos|desaparecidos|desplazados)$",
    re.IGNORECASE,
)
_AMONG: Final = compiled(r"^(?:Among|Between)\s+(?P<np>[^,]{3,80}),", re.IGNORECASE)
_COVERAGE_AMONG: Final = compiled(
    r"\b[Cc]overage\s+among\s+(?P<np>[^,;:.]{3,60}?)\s+(?:was|is|were|are|fell|rose|reached|"
    r"stood|dropped|declined|climbed|increased|decreased|hit|remained|stayed|has|had|slipped|"
    r"edged)\b"
)
_RATE_NOUN: Final = compiled(r"\b(?:rate|ratio|tasa|índice)\b", re.IGNORECASE)
_PEOPLE: Final = compiled(
    r"\b(?:people|persons|migrants|refugees|residents|children|women|men|adults|workers|"
    r"victims|voters|students|families|households|detainees|prisoners|inmates|deportees|"
    r"patients|teachers|officers|soldiers|civilians|citizens|immigrants|asylum\s+seekers|"
    r"[A-Z][a-z]+(?:ans|ians|ese|is))\b"
)
_DEMONSTRATIVE_START: Final = {
    "en": compiled(
        # ("The number of employed people hit a record 103.9 million": a new measure, named)
        r"^(?:That|This|These|Those|The\s+(?:money|figure|total|number(?!\s+of\b)|amount|sum|"
        r"increase|rise|drop|fall|decline|tally)|Of\s+(?:them|those|these|that\s+total|the\s+total))\b"
        # ("Of that amount, about 45 million came from ...", "Of the loan, about $1 billion was
        # disbursed": a part of the figure named before)
        r"|^Of\s+(?:that|this|the)\s+(?:amount|sum|money|figure|loan|credit|budget|package|"
        r"funds|aid|investment|financing)(?=,)"
    ),
    "es": compiled(
        r"^(?:Esa?|Esto|Eso|Ello|Esta|Ese|Esos|Esas|Estos|Estas|Este\s+(?:monto|total|número|dato)"
        r"|La\s+cifra|El\s+monto|El\s+total|La\s+suma|Dicha?\s+\w+|Del\s+total"
        # ("El dinero equivale a alrededor del 16 % del PIB", "El aumento representa ...":
        # the amount or the change just given, like "The money", "The increase"; not "La
        # caída de las exportaciones fue de 3 %", a new measure named)
        r"|El\s+dinero|(?:El\s+(?:aumento|incremento|alza|descenso)"
        r"|La\s+(?:caída|reducción|disminución|baja|alza))(?!\s+(?:de|del|en)\b)"
        r"|De\s+(?:ellos|ellas|esos|esas|(?:ese|esa|este|esta|dicho|dicha)\s+\w+))\b"
    ),
}
# ', menores de edad.' after 'y 27': the noun of a gapped predicate, to the clause's end.
_GAPPED_NOUN_ES: Final = compiled(
    r",\s+(?P<n>[a-záéíóúñ]+s(?:\s+(?:de\s+)?[a-záéíóúñ]+){0,2})\s*(?=[.;]|$)"
)
# "4.120 fueron presentadas", "were arrested": a passive participle is no counted noun.
_PREDICATE_NOUN: Final = compiled(
    r"[ \t\u00a0]+(?:were|are|was|is|eran|son|fueron|era)[ \t\u00a0]+(?P<n>[a-záéíóúñ][\w-]+s)\b"
)


def extract(
    text: str,
    *,
    published_at: datetime.date | None = None,
    url: str | None = None,
    publisher: str | None = None,
    language: str | None = None,
) -> list[Candidate]:
    """Propose the checkable figures of an article as candidate claims.

    `language` is "en" or "es"; without it the language is detected, and a text in another
    language raises UnsupportedLanguage rather than being guessed at.
    Offsets refer to the text passed in. Control characters and lone surrogates are read as
    spaces, one for one, so `statement` shows a space where the input had such a character. For
    HTML input the markup is stripped first and the offsets are mapped back to the HTML, so
    text[sentence_start:sentence_end] then spans the sentence including its markup while
    `statement` holds the sentence as plain text.
    `publisher` is accepted for callers' convenience; no rule uses it yet.
    """
    del publisher
    if not isinstance(text, str) or not text.strip():
        return []
    if isinstance(published_at, datetime.datetime):
        published_at = published_at.date()
    if published_at is None and url:
        published_at = _date_from_url(url)
    prepared = prepare(text)
    clean = prepared.text
    if language is None:
        found = detect(clean)
        if not found.supported:
            raise UnsupportedLanguage(found.language, found.name)
        language = found.language
    elif language not in SUPPORTED:
        raise UnsupportedLanguage(language, language)
    # Reading an article allocates hundreds of thousands of short-lived objects and makes no
    # reference cycles worth collecting during it: the cyclic collector's passes over them cost
    # about a tenth of the time of a long article (bench (x)), most of it while the sentences
    # are read. Threads that run meanwhile keep reference counting; a collection the caller had
    # switched off stays off.
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        return _Reader(clean, published_at, language).candidates(prepared.original_span)
    finally:
        if collecting:
            gc.enable()


# What a Spanish percentage is a share of: '41 % de las denuncias' (a plural noun).
_SHARE_BASE_ES: Final = compiled(
    r"\s*(?:%|por\s+ciento)?\s*de\s+(?:los|las)\s+(?P<n>[a-záéíóúñ]{3,}s)\b"
)


@lru_cache(maxsize=4)
def _stated_fiscal_close(text: str) -> tuple[int, int] | None:
    """The month and day a text's fiscal years end, when it says so (searched once a text)."""
    said = next(
        (
            m
            for m in _FISCAL_STATED.finditer(text)
            if m.start() == 0 or not text[m.start() - 1].isalnum()
        ),
        None,
    )
    if said is None:
        return None
    month = MONTHS[(said.group("bm") or said.group("em")).rstrip(".").lower()]
    day = int(said.group("bd") or said.group("ed"))
    if month == 2 and day == 29:
        day = 28
    stated = datetime.date(2001, month, min(day, days_in_month(2001, month)))
    if said.group("bm"):
        stated -= datetime.timedelta(days=1)
    return stated.month, stated.day


def _date_from_url(url: str) -> datetime.date | None:
    """Read a publication date from URLs like /2013/06/10/slug."""
    match = _URL_DATE.search(url)
    if match is None:
        return None
    try:
        return datetime.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _add_spans(spans: list[tuple[datetime.date, datetime.date]], times: list[TimeExpr]) -> None:
    """Append the periods of a sentence's time expressions to `spans`."""
    for t in times:
        if t.kind == "period" and t.period_start is not None and t.period_end is not None:
            spans.append((t.period_start, t.period_end))


# (An __init__ of its own: mypyc compiles it, while a dataclass's generated methods run in the
# interpreter, thousands of constructions per article.)
@dataclass(init=False, slots=True)
class _Sentence:
    """One sentence and what was read in it (local offsets)."""

    start: int
    end: int
    text: str
    paragraph: int  # the context: paragraphs of running text share one
    places: list[PlaceMention]
    block: int = 0  # the paragraph as the blank lines divide the text
    times: list[TimeExpr] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    attribution: Attribution | None = None

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        paragraph: int,
        places: list[PlaceMention],
        block: int = 0,
        times: list[TimeExpr] | None = None,
        figures: list[Figure] | None = None,
        attribution: Attribution | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.paragraph = paragraph
        self.places = places
        self.block = block
        self.times = [] if times is None else times
        self.figures = [] if figures is None else figures
        self.attribution = attribution


# (An __init__ of its own: mypyc compiles it, while a dataclass's generated methods run in the
# interpreter, thousands of constructions per article.)
@dataclass(init=False, slots=True)
class _Resolved:
    """A figure with what the text around it says of it."""

    sentence: _Sentence
    figure: Figure
    unit: str
    share_of: str | None
    period: TimeExpr | None
    period_how: str
    period_start: datetime.date | None
    period_end: datetime.date | None
    place: str | None
    place_reason: str
    source: str | None
    source_reason: str
    earlier_unit: str | None
    counted: bool = False  # the unit names counted things (read after the number or implied)
    restates: bool = False  # the value of the figure before at another time
    subject: str = ""  # the candidate's subject, once it is built
    # The figure restated, when not the one right before ('60 %' between a count and it).
    restated: _Resolved | None = None

    def __init__(
        self,
        sentence: _Sentence,
        figure: Figure,
        unit: str,
        share_of: str | None,
        period: TimeExpr | None,
        period_how: str,
        period_start: datetime.date | None,
        period_end: datetime.date | None,
        place: str | None,
        place_reason: str,
        source: str | None,
        source_reason: str,
        earlier_unit: str | None,
        counted: bool = False,
        restates: bool = False,
        subject: str = "",
        restated: _Resolved | None = None,
    ) -> None:
        self.sentence = sentence
        self.figure = figure
        self.unit = unit
        self.share_of = share_of
        self.period = period
        self.period_how = period_how
        self.period_start = period_start
        self.period_end = period_end
        self.place = place
        self.place_reason = place_reason
        self.source = source
        self.source_reason = source_reason
        self.earlier_unit = earlier_unit
        self.counted = counted
        self.restates = restates
        self.subject = subject
        self.restated = restated

    @property
    def dates(self) -> tuple[datetime.date, datetime.date]:
        """The period's first and last day (only read where both are known)."""
        return (self.period_start or datetime.date.min, self.period_end or datetime.date.min)


_RELATIVE_BETWEEN: Final = compiled(
    r",\s+(?:where|which|whose|donde|cuyo|cuya|cuyos|cuyas)\b", re.IGNORECASE
)
# The note periods.py gives the year of a forecast ('proyectada para el año').
_FORECAST_NOTE: Final = "of a forecast"
# "Malatya province in eastern Turkey": a region's kind, then the country it lies in.
_KIND_IN_COUNTRY_EN: Final = compiled(
    r"\s+(?:province|department|district|state),?\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|north-?eastern|north-?western|south-?eastern|"
    r"south-?western|northern|southern|eastern|western)\s+)?"
)
# "about 1.1 million were single adults": what a figure was said to be, right after it.
_WERE_NOUN_AFTER_EN: Final = compiled(r"\s+(?:were|are)\s+(?:[a-z][\w-]+\s+)?[a-z][\w-]+s\b")
# The people a disaster's toll counts, as an English unit.
_TOLL_PEOPLE_EN: Final = word_set("people persons dead deaths injured wounded victims")
_READ_FROM_THE_SENTENCE: Final = (
    "precedes the figure",
    "the sentence's only period",
    "in the sentence",
)
# ("was revised to a rise of 2.9 percent from 2.6 percent": the level read as a change of)
_TO_BEFORE: Final = compiled(
    r"\bto\s+(?:(?:an?|about|a\s+record)\s+)?"
    r"(?:(?:rise|gain|increase|fall|drop|decline|contraction|expansion|growth)\s+of\s+)?[$€£]?$",
    re.IGNORECASE,
)
_FROM_BETWEEN: Final = compiled(
    r"(?:\s*%|\s+percent|\s+[a-z]+)?(?:\s+(?:in|during|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r",?\s+from\s+(?:(?:an?|about)\s+)?[$€£]?",
    re.IGNORECASE,
)
_REVISED: Final = compiled(r"\brevis(?:ed|ion)\b", re.IGNORECASE)
_FORECAST_CUT: Final = compiled(
    r"\b(?:cut|cuts|raised|raises|lowered|lowers|trimmed|trims|revised|revises|upgraded|"
    r"downgraded|lifted|lifts)\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:forecasts?|projections?|outlook|estimates?)\s+(?:for\s+[\w\s-]{1,30}?\s+)?to\s+",
    re.IGNORECASE,
)


def _level_before(
    sentence: _Sentence, index: int, before: _Resolved
) -> tuple[str, datetime.date, datetime.date] | None:
    """'slowed to 4.9% from 5.6%', 'fell to 8.2% from 18.1%': a level a figure came from, with
    no time of its own, is the one of the month, quarter, half or year before the level it
    reached; 'was revised up to 2.2% from 2.1%' is the same period's earlier reading."""
    figure = sentence.figures[index]
    reached = sentence.figures[index - 1]
    text = sentence.text
    if (
        before.figure is not reached
        or before.period_start is None
        or before.period_end is None
        or _FROM_BETWEEN.fullmatch(text, reached.value_end, figure.value_start) is None
        or (
            _TO_BEFORE.search(text, max(0, reached.value_start - 36), reached.value_start) is None
            # ("revised up to 2.2% from 2.1%", the level read with 'up to')
            and not text.startswith("up to ", reached.value_start)
        )
    ):
        return None
    first, last = before.period_start, before.period_end
    if _REVISED.search(text, 0, figure.value_start):
        return "the same period as the revised level", first, last
    if first.day != 1 or last != _last_of_month(last):
        return None
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months not in (1, 3, 6, 12) or (first.month - 1) % months:
        return None
    start = add_months(first, -months)
    end = _last_of_month(add_months(last.replace(day=1), -months))
    span = "month" if months == 1 else f"{months} months"
    return f"the {span} before the level it reached", start, end


# The note of a short window counted back from publication ("'past week' relative to ...",
# "'past 10 days'"): the news's own days, which what follows goes on with. (A year counted
# back, "over the past 12 months", is a running total like "since": it frames nothing.)
# ("in the past 12 months. Shoplifting offences climbed to 469,788": the window a report
# covers frames the figures after it too, as a calendar period does)
_ROLLING_WINDOW: Final = compiled(
    r"'(?:past|last)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?)' relative"
)


def _calendar_span(r: _Resolved) -> bool:
    """Whether a figure's period is whole calendar months said as such ("in April"), not a
    span that runs up to a day ("since March 1")."""
    expr = r.period
    return (
        expr is not None
        and r.period_start is not None
        and r.period_end is not None
        and r.period_start.day == 1
        and r.period_end == _last_of_month(r.period_end)
        and "since" not in expr.note
        and "publication" not in r.period_how
    )


# The opening of a sentence that steps aside to the year to date ('En lo corrido del año
# hasta septiembre, ...', 'Entre enero y julio, ...', 'So far this year, ...').
_YEAR_TO_DATE_OPENING: Final = CaseBlind(
    r"\s*(?:en (?:lo corrido|lo que va|el acumulado) del? (?:año|\d{4})|entre enero y |"
    r"de enero a |so far this year|in the year to date|between january and )"
)


# A place said to be where a share of the text's things came from ('Estados Unidos es el
# origen de más del 90 % de esos envíos').
_SAID_ORIGIN_ES: Final = compiled(r"\s+(?:fue|es|era)\s+el\s+origen\s+de")


def _year_to_date_aside(
    text: str, latest: _Resolved, own: list[_Resolved], carried: TimeExpr | None
) -> bool:
    """Whether a sentence that opens with its period ('En lo corrido del año, ...', 'Entre
    enero y julio, ...') gives the year to date of the single month that frames the text."""
    expr = latest.period
    if (
        expr is None
        or carried is None
        or carried.period_start is None
        or carried.period_end is None
        or latest.period_start is None
        or latest.period_end is None
    ):
        return False
    month_start, month_end = carried.period_start, carried.period_end
    if (
        month_start.day != 1
        or month_end != _last_of_month(month_end)
        or month_start.month != month_end.month
        or month_start.year != month_end.year
        or month_start.month == 1
    ):
        return False
    if latest.period_start != datetime.date(month_start.year, 1, 1):
        return False
    if not month_end <= latest.period_end <= month_end + datetime.timedelta(days=62):
        return False
    opening = _YEAR_TO_DATE_OPENING.match(text)
    if opening is None or expr.start > opening.end() + 24:
        return False
    if "," not in text[expr.end : expr.end + 3]:
        return False
    return all(
        r.period_start == latest.period_start and r.period_end == latest.period_end for r in own
    )


def _same_measure(a: _Resolved, b: _Resolved) -> bool:
    """Whether two figures measure the same thing: the same unit, and one subject's words all
    in the other ("extorsiones en Guatemala", "extorsiones denunciadas en Guatemala")."""
    if a.unit != b.unit or not a.subject or not b.subject:
        return False
    if a.subject == b.subject:
        return True
    words_a, words_b = set(a.subject.lower().split()), set(b.subject.lower().split())
    if words_a <= words_b or words_b <= words_a:
        return True
    # ("toneladas de cocaína decomisadas por el Servicio", "toneladas de cocaína incautadas": the
    # same thing counted, told with another verb; not "personas detenidas", "personas
    # liberadas", which share no more than the unit)
    kept_a = {w for w in words_a if w not in _MEASURE_GLUE and not _PARTICIPLE.fullmatch(w)}
    kept_b = {w for w in words_b if w not in _MEASURE_GLUE and not _PARTICIPLE.fullmatch(w)}
    smaller = kept_a if len(kept_a) <= len(kept_b) else kept_b
    if not smaller <= (kept_b if smaller is kept_a else kept_a):
        return False
    return bool(smaller - set(a.unit.lower().split()))


_MEASURE_GLUE: Final = frozenset(("de", "del", "en", "por", "a", "al", "el", "la", "los", "las",
                                  "of", "in", "by", "the", "from", "desde"))  # fmt: skip
_PARTICIPLE: Final = compiled(r"\w{3,}(?:ad|id)[oa]s?|\w{3,}ed")


def _compares(r: _Resolved, frame: TimeExpr, previous: list[_Resolved]) -> bool:
    """Whether `r` gives, for an earlier time, the measure (`_same_measure`) that a figure
    before it in its paragraph gave for the period that frames the text (`frame`). `previous`
    holds the figures before, this sentence's included."""
    if not r.unit or not r.subject or r.period_end is None or frame.period_end is None:
        return False
    return any(
        p.period_end == frame.period_end
        and p.period_start == frame.period_start
        and p.sentence.paragraph == r.sentence.paragraph
        and p is not r
        # (in the same sentence, a figure before it: "averaged $203, compared with $245 a year
        # before")
        and (p.sentence is not r.sentence or p.figure.value_start < r.figure.value_start)
        and _same_measure(p, r)
        for p in previous
    )


def _story_figure(part_of: _Resolved, previous: list[_Resolved]) -> _Resolved:
    """The figure a part refers back to, when the one just before is only its baseline.

    "Homicides fell to 2,905 in 2024. In 2023 there were 3,194. More than half of the victims
    ...": a figure of the same measure (`_same_measure`) given earlier in the paragraph for a
    later period is the news, and the later sentence only its comparison; the victims are the
    news's."""
    if part_of.period_end is None or not part_of.unit or not part_of.subject:
        return part_of
    for r in previous:
        if r is part_of:
            break  # ("fell to 2,905 in 2023 from 3,004 a year earlier": the same sentence too)
        if (
            r.sentence.paragraph == part_of.sentence.paragraph
            and (
                _same_measure(r, part_of)
                # ("Extortion complaints jumped to 22,000 last year. That compared with 11,800
                # complaints filed the year before.": the same things counted, the earlier
                # told as a step back)
                or (
                    "' before" in part_of.period_how
                    and bool(r.unit)
                    and r.unit.split()[-1] == part_of.unit.split()[-1]
                )
            )
            and r.period_start is not None
            and r.period_end is not None
            and r.period_end > part_of.period_end
        ):
            return r
    return part_of


class _Reader:
    """Reads one text: sentence by sentence, then in order for what carries over."""

    def __init__(self, text: str, published_at: datetime.date | None, lang: str) -> None:
        self.text = text
        self.pub = published_at
        self.lang = lang
        self.style = digit_style(text, lang)
        self.sentences = self._read_sentences()
        cut = dateline_end(text)
        self.dateline_cut = cut
        self.dateline_place = dateline_place(text[:cut]) if cut else None
        # ('DAYTON, Ohio — The City Commission approved ...': the city of the dateline, when the
        # text speaks of "the city")
        self.dateline_city = _dateline_city(text, cut) if cut and lang == "en" else None
        self.institution_place = self._institution_place()
        self.last_rate_measure: str | None = None
        # the last share (a level, not a change) measured, with its paragraph
        self.last_share: tuple[int, str] | None = None
        self.last_subject: str | None = None
        # (the paragraph, and the company or club whose finances a subject named last)
        self.finance_owner: tuple[int, str] | None = None
        # (the sentence, by its start, and the measure it opened with: "Average attendance was")
        self.opening_measure: tuple[int, str] | None = None
        self.last_count_subject: str | None = None
        # The place of the count `last_count_subject` names.
        self.last_count_place: str | None = None
        self.measured: dict[tuple[str, str], str] = {}
        # the subject of the last whole count of the paragraph, and of the last in each unit
        # ('casos' -> ...), a part ('Del total, 412 ...') left out
        self.whole_count_subject: str | None = None
        self.count_subjects: dict[str, str] = {}
        # the subject of each count of the paragraph by its amount ('De los 42.716 retornados'
        # restates the 42.716 counted before)
        self.counted_amounts: dict[Decimal, str] = {}
        self.last_paragraph = -1
        # (a named storm before a generic word: 'las lluvias de la tormenta Agatha')
        event = _NAMED_EVENT.search(text[:_EVENT_WINDOW]) or _EVENT_NAME.search(
            text[:_EVENT_WINDOW]
        )
        # (the kind in lower case, a name as written: 'hurricane Milton', 'tormentas Eta e Iota')
        self.event: str | None = (
            " ".join(
                w if i and w[:1].isupper() else w.lower()
                for i, w in enumerate(event.group(0).split())
            )
            if event
            else None
        )
        self._subjects: dict[int, str | None] = {}
        # The days of the elections the text dates, by sentence (read once, by _election_day).
        self._elections: list[tuple[int, TimeExpr]] | None = None
        # Each organisation pattern's matches in the whole text, read once (by _org_matches).
        self._orgs: dict[str, tuple[list[int], list[re.Match[str]]]] = {}
        self._sentence_at: dict[int, int] | None = None
        self._global: dict[int, bool] = {}
        # (sentence start, figure start) -> the place only named as where they came from, for
        # the subject ('llegados por vía terrestre desde México')
        self._came_from: dict[tuple[int, int], str] = {}
        self._removed_spans: dict[int, list[tuple[int, int]]] = {}
        self._quote_starts: list[int] | None = None
        self._place_best: dict[int, str | None] = {}
        self._place_before: dict[int, str | None] = {}  # the same, before each sentence
        self._place_of_text: str | None = None  # the place the whole text names most
        self._source_places: dict[int, list[PlaceMention]] = {}
        self._origin_cache: dict[int, tuple[frozenset[str], tuple[PlaceMention, ...]]] = {}
        # Where asides that rank a figure among others run, by sentence (by _count_places).
        self._ranked: dict[int, list[tuple[int, int]]] = {}
        self._count_places()
        self.us_context = (
            _US_CONTEXT_ANYWHERE.search(text) is not None and _US_CONTEXT.search(text) is not None
        )
        self._fiscal_close: tuple[int, int] | None = None
        self._split_ran: dict[str, tuple[datetime.date, datetime.date]] | None = None

    # --- sentence by sentence -------------------------------------------------------------------

    def _read_sentences(self) -> list[_Sentence]:
        found: list[_Sentence] = []
        paragraph = block = 0
        previous_end = 0
        year: int | None = None  # the year the paragraph spoke of last
        span: tuple[datetime.date, datetime.date] | None = None  # and that period's days
        fiscal: tuple[datetime.date, datetime.date] | None = None  # a part's whole fiscal year
        spans: list[tuple[datetime.date, datetime.date]] = []  # every period it spoke of
        for start, end in split_sentences(self.text):
            gap = self.text[previous_end:start].replace("\r", "")
            broken = "\n\n" in gap or "\n \n" in gap
            block += broken
            if broken and (not found or not _SENTENCE_CLOSE.search(found[-1].text)):
                # A blank line after a headline or a heading starts a new context; one between
                # paragraphs of running text does not: news is written in paragraphs of a
                # sentence or two, and each goes on with the period, the figures and the
                # source of the paragraphs before it.
                paragraph += 1
                year = None
                span = None
                fiscal = None
                spans = []
            if found and found[-1].times:
                last = found[-1]
                closed = [
                    t
                    for t in last.times
                    if t.kind == "period"
                    and t.period_end
                    # ("un 15 % más que en 2021": the year compared with is not the one spoken of)
                    and not (
                        self.lang == "es"
                        and _THAN_TIME.search(last.text, max(0, t.start - 30), t.start)
                    )
                    # ("Shootings dropped to 1,150 last year from 1,299 in 2022. ... officers
                    # seized 8,100 firearms during the year": the level compared with, neither)
                    and not (
                        self.lang == "en"
                        and _FROM_LEVEL_IN.search(last.text, max(0, t.start - 40), t.start)
                    )
                    # ("grew 0.2% in the first quarter from the previous three months. Compared
                    # with the first quarter of 2024, output was up 0.6%. The bank expects growth
                    # of 0.1% for the year": the times compared with are not the ones the text
                    # goes on speaking of)
                    and not (self.lang == "en" and _is_baseline_time(last.text, t))
                ]
                year = closed[-1].period_end.year if closed else year  # type: ignore[union-attr]
                if closed:
                    opened, ended = closed[-1].period_start, closed[-1].period_end
                    if opened is not None and ended is not None:
                        span = (opened, ended)
                    fiscal = fiscal_whole(closed[-1])
            previous_end = end
            sentence = self.text[start:end]
            places = find_places(sentence, self.lang)
            if not found or (
                len(found) == 1
                and "\n" in self.text[found[0].end : start]
                and not _SENTENCE_CLOSE.search(found[0].text)
            ):
                # A wire dateline ('LIMA, Peru (AP) — ', 'Guatemala, 15 ene (EFE).- ') names the
                # place the story is told from, and nothing else: it is no part of the first
                # sentence's subject, unit or figures (blanked, so that offsets stay). It opens
                # the story's first line, or the line after its headline.
                cut = dateline_end(sentence)
                if cut:
                    sentence = " " * cut + sentence[cut:]
            item = _Sentence(start, end, sentence, paragraph, places, block)
            found.append(item)
            if not DIGIT.search(sentence) and not _NUMBER_WORD.search(sentence):
                if _TIME_WORD.search(lower(sentence)):
                    # A sentence without figures may still set the period of what follows.
                    item.times = find_time_expressions(
                        sentence, self.pub, self.lang, year, span, fiscal, spans
                    )
                    _add_spans(spans, item.times)
                continue
            item.times = find_time_expressions(
                sentence, self.pub, self.lang, year, span, fiscal, spans
            )
            if (
                self.lang == "es"
                and self.pub is not None
                and "meses" in sentence
                and "acumul" in sentence
                and item.times
            ):
                # "Los precios subieron 0,6 % en marzo ... En los últimos doce meses, la inflación
                # acumulada llegó a 2,9 %": the twelve months up to the month of the data the
                # paragraph gave last.
                dated = next(
                    (
                        earlier
                        for earlier in reversed(found[:-1])
                        if earlier.paragraph != paragraph
                        or any(t.kind == "period" for t in earlier.times)
                    ),
                    None,
                )
                if dated is not None and dated.paragraph == paragraph:
                    accumulated_months_to_month_before_es(item.times, dated.times, self.pub)
            _add_spans(spans, item.times)
            blocked = [(t.start, t.end) for t in item.times]
            item.figures = find_figures(sentence, blocked, self.lang, self.style)
            if item.figures:
                item.attribution = find_attribution(sentence, self.lang)
        return found

    def _institution_place(self) -> str | None:
        """The country an institution named in the text belongs to ('INACIF' -> Guatemala)."""
        if any(not _QUARTER_NAME.match(self.text, q.start()) for q in _QUETZAL.finditer(self.text)):
            return "Guatemala"  # amounts in quetzales (not a quarter: "in Q3 2024")
        for found in _INSTITUTIONS.finditer(self.text):
            name = found.group(0).lower()
            if self.dateline_place and name in _SHARED_INSTITUTIONS:
                # ('SAN SALVADOR. La Policía Nacional Civil (PNC) registró 27 homicidios': El
                # Salvador has a PNC too; the dateline says whose)
                continue
            place = INSTITUTION_PLACES[name]
            if not place:
                # ("the peso": Mexico's, Argentina's, Chile's ... the one the text names, read
                # off the places its sentences name)
                place = next(
                    (
                        p.canonical
                        for item in self.sentences
                        for p in item.places
                        if p.canonical in _PESO_COUNTRIES
                    ),
                    "",
                )
            if place:
                return place
        if self.lang == "es" and "euros" in self.text:
            # (amounts in euros in a Spanish text that names no country: Spain's, the one
            # Spanish-speaking country that pays in euros)
            return "Spain"
        return None

    # --- in order ---------------------------------------------------------------------------------

    def candidates(self, original_span: Callable[[int, int], tuple[int, int]]) -> list[Candidate]:
        quotes = find_quotes(self.text)
        sources: list[str] = []
        named_so_far = _NamedSources()  # (what _shortened_from looks through)
        announced: str | None = None
        carried: TimeExpr | None = None
        event_start: datetime.date | None = None
        paragraph = -1
        previous: list[_Resolved] = []
        out: list[Candidate] = []
        headline_figures = 0  # the candidates of the first sentence
        for sentence in self.sentences:
            if sentence.paragraph != paragraph:
                paragraph = sentence.paragraph
                carried = None
                previous = [r for r in previous if r.sentence.paragraph == paragraph]
            if any(
                sentence.start <= q.start < sentence.end for q in self._quotes_in(quotes, sentence)
            ):
                announced = None
            if not sentence.figures:
                said = announcement(sentence.text, self.lang)
                if said:
                    announced = said
                    sources.append(said)
                else:
                    actor = _ACTOR.match(sentence.text)
                    if actor and looks_like_person(actor.group("np")):
                        # "El gerente del instituto, Omar Fontecha, atribuyó ...": whom a
                        # following "dijo" or "he said" points at.
                        sources.append(actor.group("np"))
                    elif _SAYS.search(sentence.text):
                        # '"We are seeing more violence," said spokesman Jorge Aguilar.': whom
                        # a following "He said 60 percent ..." points at.
                        spoken = find_attribution(sentence.text, self.lang)
                        if spoken is not None and not spoken.reference:
                            sources.append(spoken.source)
                future = (
                    bool(sentence.times)
                    and self.lang == "en"
                    and _WILL_EN.search(sentence.text) is not None
                )
                closed = [
                    t
                    for t in sentence.times
                    if t.kind == "period"
                    and t.period_start
                    and t.period_end
                    # ("Interstate 40 will be closed from 9 p.m. Friday until 5 a.m. Monday":
                    # days ahead, read back from publication, frame no figure after it)
                    and not (future and "relative to publication" in t.note)
                ]
                if len(closed) > 1 and self.lang == "en":
                    # ("Statistics South Africa released its survey for the second quarter of
                    # 2024 on Tuesday": the day of the release dates no figure that follows.
                    # English only: no Spanish development text was read for it, and in Spanish
                    # it lowered the held-out period below its target.)
                    spans = [
                        t
                        for t in closed
                        if t.period_start != t.period_end
                        or lower(sentence.text[max(0, t.start - 3) : t.start]) not in _ON_DAY
                    ]
                    closed = spans if len(spans) == 1 else closed
                if len(closed) == 1:
                    carried = closed[0]
                    if _EVENT_TIME.search(sentence.text):
                        event_start = closed[0].period_start
                    elif (
                        _EVENT_NOUN.match(sentence.text, closed[0].end)
                        and closed[0].period_start is not None
                        and closed[0].period_start == closed[0].period_end
                        and (event_start is None or closed[0].period_start < event_start)
                    ):
                        # ("The death toll rose to 109 on Thursday ... The June 3 eruption
                        # buried villages": the day of the event named starts its totals)
                        event_start = closed[0].period_start
                elif closed:
                    carried = None
                continue
            attribution = sentence.attribution
            named: str | None = None
            if attribution is not None:
                if attribution.reference and _silent(attribution) and sources:
                    # "“...”, dijo.": whoever was named last.
                    named = sources[-1]
                elif attribution.reference:
                    opening = opening_name(sentence.text, attribution)
                    owner = possessive_owner(sentence.text, attribution)
                    if owner is not None:
                        # "Desde 2015, el MP ha abierto ..., según sus registros": the records
                        # of the body the clause opens with, by its fullest earlier name.
                        owner = (
                            self._opening_acronym(sentence, owner.split()[-1])
                            if len(owner.split()) == 2 and owner.split()[-1].isupper()
                            else None
                        ) or owner
                    named = (
                        owner
                        or opening_organisation(sentence.text, attribution)
                        or self._opening_acronym(sentence, opening)
                        or self._resolve(attribution.source, sources, announced, sentence.start)
                    )
                    if named is None and not sources and announced is None:
                        named = opening
                    if (
                        named is None
                        and self.lang == "en"
                        and attribution.source.lower() in ("he", "she")
                        and not any(looks_like_person(name) for name in sources)
                    ):
                        # "Zambian President Hakainde Hichilema declared a disaster ... The
                        # drought has hit 84 districts, he said": the titled person named
                        # before, who cited nothing until then (nor did any other person:
                        # a body cited before is no 'he').
                        named = _last_titled_person(self.text, sentence.start)
                    if named is None and not _silent(attribution):
                        named = attribution.source
                        if reference_noun(named) is not None:
                            # ("the central bank said" with no bank named before: the one a
                            # later "it said" points back at)
                            sources.append(named)
                else:
                    named = attribution.source
                    if self.lang == "en" and named[4:] in ("company", "firm"):
                        # "Mexican cement maker Cementos Anáhuac posted ..., the company said":
                        # the company the sentence opens with
                        named = described_company(sentence.text, attribution) or named
                    if named.startswith(("the ", "The ")) and sources:
                        # ("the U.N. human rights office said ... the U.N. office said": a
                        # shortened description of a source named before is that source)
                        named = _shortened_from(named, named_so_far.latest_first(sources)) or named
                    sources.append(named)
                    announced = None
            event_start = self._event_start(
                sentence, event_start, carried if self.lang == "es" else None
            )
            resolved: list[_Resolved] = []
            for index, figure in enumerate(sentence.figures):
                item = self._resolve_figure(
                    sentence, index, figure, named, attribution, announced, quotes,
                    carried, event_start, previous + resolved,
                )  # fmt: skip
                resolved.append(item)
            made = [self._candidate(item, original_span) for item in resolved]
            if self.lang == "es" and len(made) > 1 and "pas" in sentence.text:
                _passed_from_subjects_es(sentence, made)
            if self.lang == "en" and len(made) > 1:
                _change_owned_by_level(sentence, resolved, made)
            for item, candidate in zip(resolved, made, strict=True):
                item.subject = candidate.subject or ""
                if LINE_NOT_FIGURE in item.figure.reasons:
                    continue  # (read for its context only: "living on less than $6.85 a day")
                out.append(candidate)
            if sentence is self.sentences[0]:
                headline_figures = len(out)
            carried = self._next_carried(sentence, resolved, carried, previous + resolved)
            previous.extend(resolved)
            # What carries over comes from the last few figures; long tables stay linear.
            del previous[:-_CONTEXT_FIGURES]
        if (
            out
            and len(self.sentences) > 1
            and self.sentences[1].block > self.sentences[0].block
            and not _SENTENCE_CLOSE.search(self.sentences[0].text)
        ):
            _date_headline(out, headline_figures)
        return out

    def _quotes_in(self, quotes: list[Quote], sentence: _Sentence) -> list[Quote]:
        """The quotations overlapping a sentence (quotations are in text order)."""
        if not quotes:
            return []
        if self._quote_starts is None:
            self._quote_starts = [q.start for q in quotes]
        # A quotation spans at most 3,000 characters: look back no further than that.
        first = bisect_left(self._quote_starts, sentence.start - 3001)
        last = bisect_left(self._quote_starts, sentence.end)
        return [q for q in quotes[first:last] if q.end > sentence.start]

    def _event_start(
        self, sentence: _Sentence, current: datetime.date | None, frame: TimeExpr | None = None
    ) -> datetime.date | None:
        """The start of the event whose running totals follow ('since September', 'on Feb. 6')."""
        day: datetime.date | None = None
        for expr in sentence.times:
            if expr.kind != "period" or expr.period_start is None or expr.period_end is None:
                continue
            if (
                self.pub is not None
                and expr.period_end == self.pub
                and expr.period_start < self.pub
                and (current is None or expr.period_start <= current)
                # ("A measles outbreak that began in February ... Nationwide, 421 cases so far
                # this year": a year's tally is no earlier start of the outbreak)
                and not (current is not None and _SO_FAR.search(expr.text))
                # ("El brote comenzó en marzo. A la fecha se han confirmado 1.240 casos": 'to
                # date' has no start of its own)
                and not (current is not None and _TO_DATE_ES.fullmatch(expr.text))
                # ("En los últimos 12 meses, 30.000 personas emigraron. Hasta junio, ...": a
                # year or more counted back from publication is a window, not an event's start)
                and not (
                    (expr.period_end - expr.period_start).days >= 360
                    and _ROLLING_BACK.search(expr.text) is not None
                )
            ):
                # "since March": the event's start, unless an event already started earlier
                # ("recovered 12 bodies since Sunday" after a landslide on Saturday).
                return expr.period_start
            before = sentence.text[max(0, expr.start - 60) : expr.start]
            after = sentence.text[expr.end : expr.end + 40]
            if (
                expr.period_start == expr.period_end
                and _AS_OF_BEFORE.search(before)
                and not _EVENT_NOUN.match(after)
            ):
                # ("As of March 20, more than 66,000 had been arrested under the state of
                # exception declared on March 27, 2022": the day a total is given for ends it,
                # and starts no event; not "killed by Sunday's eruption", an event's day.)
                continue
            short = (expr.period_end - expr.period_start).days <= 31
            if short and (_EVENT_TIME.search(before) or _EVENT_NOUN.match(after)):
                since = next(
                    (
                        t.period_start
                        for t in sentence.times
                        if t.start > expr.end
                        and t.kind == "period"
                        and t.period_end == self.pub
                        and t.period_start is not None
                        and t.period_start < expr.period_start
                        and (current is None or t.period_start <= current)
                        and _SINCE_WORD.search(sentence.text, max(0, t.start - 8), t.start + 6)
                    ),
                    None,
                )
                if since is not None:
                    # "declared a national disaster on Thursday after a dry spell since January
                    # destroyed ...": the drought began in January; the declaration is a later
                    # act within it.
                    return since
                return expr.period_start
            if (
                day is None
                and short
                and current is None
                and expr.period_start == expr.period_end
                and not _STATED_ON.search(before)
                # ("Debt reached $24.2 billion at the end of March", "as of March 31": the day
                # a level is measured at starts nothing)
                and not lower(before).rstrip().endswith(_MEASURED_BEFORE)
                and not lower(expr.text).startswith(_MEASURED_START)
                # ("Solo el domingo se registraron 11 fallecidos", "On Sunday alone, 11 died":
                # a day singled out of a longer period, no start of an event)
                and not (
                    ("ol" in before or "nicamente" in before)
                    and _ONLY_BEFORE_ES.search(before) is not None
                )
                and _ALONE.match(after) is None
                # ("38 personas murieron del 25 al 31 de marzo. El domingo, último día del
                # asueto, se registraron 11 fallecidos": a day of the short span that frames the
                # text is a part of it, no event of its own)
                and not (
                    frame is not None
                    and frame.period_start is not None
                    and frame.period_end is not None
                    and frame.period_start < expr.period_start <= frame.period_end
                    and (frame.period_end - frame.period_start).days <= 31
                )
            ):
                # (A day a statement was made, "announced 50.9 billion reais in aid on
                # Thursday", starts nothing.) A start the sentence names later wins: "As of May
                # 10, 210 had died in the outbreak, which began in January".
                day = expr.period_start
        return day or current

    def _opening_acronym(self, sentence: _Sentence, name: str | None) -> str | None:
        """'ICE was holding more than 41,000 people ..., the agency said' after 'Immigration
        and Customs Enforcement operated ...': the body the sentence opens with (`name`, from
        opening_name) by its acronym, spelled out as the text named it before."""
        if name is None or not name.isupper():
            return None
        return expand_acronym(name, self.text, sentence.start)

    def _named_body_before(self, heads: tuple[str, ...], before: int) -> str | None:
        """The body named last before `before` by a proper name ending in one of the heads
        ('the National Migration Institute (INM)' for 'institute'), or None."""
        # (the text not long before: a body named pages earlier is no antecedent)
        text = self.text[max(0, before - 3000) : before]
        found: re.Match[str] | None = None
        for head in heads:
            word = head.capitalize()
            if not head.isascii() or word not in text:
                continue
            for match in _BODY_NAMES[word].finditer(text):
                if found is None or match.start() > found.start():
                    found = match
        if found is None:
            return None
        words = found.group(0).split()
        if words[0] in ("The", "In", "At", "On", "For", "By", "A", "An"):
            # (a sentence's first word, not part of the name: 'The National Migration
            # Institute' is 'the National Migration Institute')
            words = ["the", *words[1:]] if words[0] == "The" else words[1:]
        if len([w for w in words if w[:1].isupper()]) < 2:
            return None  # ('Institute' alone names no body)
        return " ".join(words)

    def _resolve(
        self, reference: str, sources: list[str], announced: str | None, before: int = 0
    ) -> str | None:
        """The earlier source a back-reference points at, as written at its fullest."""
        if not sources:
            if announced is None and self.lang == "en" and before > 0:
                noun = reference_noun(reference)
                if noun is not None:
                    # "Fresno Unified School District served 1.2 million lunches, the district
                    # said", "Guatemala's National Civil Police has about 45,000 officers. Last
                    # year they arrested 31,200 people, the force said": the body named before,
                    # though it cited nothing yet.
                    return self._named_body_before(_REF_NOUN[noun], before)
            return announced
        lowered = reference.lower()
        if is_person_reference(reference):
            for name in reversed(sources):
                if looks_like_person(name):
                    return name
            return None
        noun = reference_noun(reference)
        if noun is not None:
            wanted = _REF_NOUN[noun]
            for name in reversed(sources):
                if any(w in name.lower() for w in wanted):
                    return name
                if noun in ("group", "tank") and re.search(
                    rf"{re.escape(name)},\s+an?\s+[^,.;]{{0,40}}\b"
                    + ("group" if noun == "group" else r"think\s+tank")
                    + r"\b",
                    self.text,
                ):
                    # "Mapping Police Violence, a research group", "México Evalúa, a Mexico City
                    # think tank": a group (a think tank) by its apposition.
                    return name
                if noun == "group" and _GROUP_KIND.search(name):
                    # "the group said" after "the nonprofit Mapping Police Violence", "the
                    # think tank México Evalúa": a body of that kind is a group.
                    return name
                if (
                    noun == "group"
                    and name
                    is next((n for n in reversed(sources) if not _STATE_BODY.search(n)), None)
                    and _NAMED_BODY.fullmatch(_ACRONYM_AFTER_NAME.sub("", name)) is not None
                    and not _STATE_BODY.search(name)
                    and (not looks_like_person(name) or _BODY_NAME_WORD.search(name))
                ):
                    # "The group documented 11 cases" right after "Human Rights Watch said": the
                    # body just named by its proper name, when it is no body of the state.
                    # Bodies of the state cited since are no group: "the group said" after
                    # "Doctors Without Borders (MSF) said ... according to the health ministry".
                    return name
            if self.lang == "en" and before > 0:
                body = self._named_body_before(wanted, before)
                if body is not None:
                    # "In July alone, the National Migration Institute (INM) detained 95,300
                    # people ... the institute said": a body named before that was no source
                    # yet, not the source named last (another body).
                    return body
            if noun in STANDING_REF_NOUNS or len(lowered.split()) > 2:
                # ("the central bank" with no bank named before: the one it says, as written)
                # ("The government says 8,000 detainees have been released" after a rights
                # group said: the government itself, as written)
                return None
        if (
            any(
                w in lowered
                for w in (
                    "report",
                    "survey",
                    "informe",
                    "reporte",
                    "balance",
                    "encuesta",
                    "study",
                    "estudio",
                    "data",
                    "datos",
                    "cifras",
                )
            )
            and announced
        ):
            return announced
        for name in reversed(sources):
            if not looks_like_person(name) or lowered in ("it",):
                return name
        return sources[-1]

    def _resolve_figure(
        self,
        sentence: _Sentence,
        index: int,
        figure: Figure,
        named: str | None,
        attribution: Attribution | None,
        announced: str | None,
        quotes: list[Quote],
        carried: TimeExpr | None,
        event_start: datetime.date | None,
        previous: list[_Resolved],
    ) -> _Resolved:
        absolute = sentence.start + figure.value_start
        source, source_reason = None, ""
        quote = next(
            (q for q in self._quotes_in(quotes, sentence) if q.start <= absolute < q.end), None
        )
        if (
            quote is not None
            and quote.speaker
            and attribution is not None
            and quote.start <= sentence.start + attribution.start < quote.end
        ):
            attribution = None
        if (
            attribution is not None
            and named is not None
            and figure.value_start >= attribution.scope_start
        ):
            source, source_reason = named, f"attribution: '{attribution.evidence}'"
            if attribution.reference and named != attribution.source:
                source_reason += f" ('{attribution.source}' refers to '{named}')"
        elif quote is not None and quote.speaker:
            source, source_reason = quote.speaker, f"attribution: quotation by '{quote.speaker}'"
        elif announced is not None:
            source, source_reason = (
                announced,
                f"attribution: the release announced by '{announced}'",
            )
        if source is None and self.lang == "en" and " by " in sentence.text:
            expected = _EXPECTED_BY_EN.match(sentence.text, figure.tail_end)
            if expected is not None:
                # "Prices rose 1.05 percent, above the 0.97 percent forecast by analysts in a
                # Reuters poll": whoever expected the figure is its source when the sentence
                # cites nobody else (a sentence's source applies to all its figures: "well
                # below the 179,000 expected by economists, the Labor Department said").
                source = expected.group("source")
                source_reason = f"attribution: '{expected.group(0).strip()}'"
        unit, share_of, earlier_unit, unit_reason = self._unit(sentence, figure, previous)
        restated = self._restated(sentence, figure, previous)
        if restated is not None and figure.unit_kind == "none":
            # "En 2015 había sido de 29,5", "A year earlier, the figure was 14.6": the measure
            # of the figure before, at another time.
            unit, share_of = restated.unit, restated.share_of
            unit_reason = f"unit '{unit}' of the figure it restates"
        period, how, start, end = self._period(
            sentence, index, figure, carried, event_start, previous
        )
        if index > 0 and previous and start is not None:
            ends = _change_ends_dated(sentence, index, previous, start, end)
            if ends is not None:
                how, start, end = ends
        if (
            index > 0
            and previous
            and figure.is_change
            and period is not None
            and start is not None
            and end is not None
            and end == self.pub
            and period.text.lower().startswith(("since ", "desde "))
        ):
            level = _resolved_of(sentence.figures[index - 1], previous)
            if (
                level is not None
                and level.period_start is not None
                and level.period_start == level.period_end
                and start <= level.period_start < end
                and _CHANGE_AFTER_LEVEL.fullmatch(
                    sentence.text, level.figure.tail_end, figure.value_start
                )
                is not None
            ):
                # "Scotland's prison population stood at 8,348 on Monday, up 15 percent since
                # the start of the year": the change runs to the day of the level it arrives at,
                # not to publication.
                how, end = f"{how}; up to the day of the level it arrives at", level.period_start
        if (
            self.lang == "en"
            and period is not None
            and start is not None
            and end is not None
            and start.day == 1
            and start.month == 1
            and start.year == end.year
            and 2 <= end.month <= 11
            and end == _last_of_month(end)
            and any(t is period for t in sentence.times)
            and period.end <= figure.value_start
            and "nnual" in sentence.text
            and _ANNUAL_RATE_BEFORE_EN.search(
                sentence.text, max(period.end, figure.value_start - 60), figure.value_start
            )
            is not None
        ):
            # "Prices rose 65 percent in the first four months of the year, while annual
            # inflation stood at 289.4 percent": a twelve-month rate is read at the span's last
            # month, not over the months the clause before added up.
            start = end.replace(day=1)
            how = "the last month of the span before: an annual rate"
        if (
            self.lang == "es"
            and period is not None
            and start is not None
            and end is not None
            and start.day == 1
            and start.year == end.year
            and start.month == end.month
            and end == _last_of_month(end)
            and any(t is period for t in sentence.times)  # (its offsets are this sentence's)
            and _MONTH_END_LEAD_ES.search(sentence.text, max(0, period.start - 20), period.start)
            is not None
            and _STOCK.search(sentence.text, 0, figure.tail_end) is not None
        ):
            # "La deuda llegó a US$30.000 millones a finales de junio", "Las reservas cerraron
            # noviembre en US$30.978 millones": a level on the month's last day, as "al cierre
            # de mayo" is.
            how, start = f"{how}; a level at the month's end", end
        if (
            index > 0
            and previous
            and self.lang == "en"
            and (
                (start is None and end is None)
                # ("Unemployment fell to 6% in 2023 from 7%": the time is the level's)
                or (
                    (start, end) == (previous[-1].period_start, previous[-1].period_end)
                    and how in _READ_FROM_THE_SENTENCE
                )
            )
        ):
            stepped = _level_before(sentence, index, previous[-1])
            if stepped is not None:
                how, start, end = stepped
        if (
            index > 0
            and previous
            and self.lang == "en"
            and period is not None
            and period.start >= figure.value_end
            and previous[-1].figure is sentence.figures[index - 1]
            and previous[-1].period_start is not None
            and (start, end) != (previous[-1].period_start, previous[-1].period_end)
            and _FORECAST_CUT.search(sentence.text, 0, sentence.figures[index - 1].value_start)
            and _FROM_BETWEEN.fullmatch(
                sentence.text, sentence.figures[index - 1].value_end, figure.value_start
            )
        ):
            # "The fund cut its 2025 growth forecast to 2.8% from 3.3% in January": the month
            # dates the earlier forecast; it is of the same year as the new one.
            how = "the period of the revised forecast; the time dates the earlier one"
            start, end = previous[-1].period_start, previous[-1].period_end
        if (
            figure.is_change
            and period is not None
            and start is not None
            and end is not None
            and period.note.startswith("months '")
            and period.text[:4].lower() in ("from", "betw")
            and start.day == 1
            and add_months(start, 1).replace(day=1) == end.replace(day=1)
        ):
            # "Shelter costs rose 0.6% from December to January": a change between two months
            # in a row is the later month's, as a change from a year before is the later year's.
            start = end.replace(day=1)
            how = f"{how}; the later of the two months compared"
        place, place_reason = self._place(sentence, figure)
        if place_reason.endswith("from the text so far") and how.startswith(
            "the figure it refers back to"
        ):
            # "De ellos, dos tercios eran venezolanos": the place of the figure it is part of.
            # (not a part itself: "Estados Unidos devolvió a 11.340 de ellos" has the place of
            # its own clause, not of the whole that a later figure refers back to)
            part_of = next(
                (
                    r
                    for r in reversed(previous)
                    if r.counted
                    and r.period_start == start
                    and not r.period_how.startswith("the figure it refers back to")
                ),
                None,
            )
            if part_of is not None and part_of.place:
                place = part_of.place
                place_reason = f"place: '{place}' of the figure it refers back to"
        elif (
            place_reason.endswith("from the text so far")
            and self.lang == "es"
            and (
                _PARTITIVE_OPENING_ES.match(sentence.text) is not None
                # ("El puerto de Balboa manejó 3,1 millones ... La terminal tiene capacidad
                # para unos 4,5 millones": the facility just spoken of, where it is)
                or _FACILITY_OPENING_ES.match(sentence.text) is not None
            )
        ):
            # "... han dejado 14 muertos en el valle de Sula. De los fallecidos, nueve eran
            # menores de edad": a part of the count just given, of that count's place.
            whole = next(
                (
                    r
                    for r in reversed(previous)
                    if r.counted
                    and r.sentence is not sentence
                    and r.sentence.paragraph == sentence.paragraph
                ),
                None,
            )
            if whole is not None and whole.place:
                place = whole.place
                place_reason = f"place: '{place}' of the count it is a part of"
        # ("En Buenos Aires el alquiler llegó a 520.000 pesos": the pesos of the city's country)
        country = place if place in _PESO_CODES else CITY_COUNTRY.get(place or "")
        if (
            unit == "MXN"
            and country in _PESO_CODES
            and _BARE_PESOS.search(sentence.text, figure.value_start, figure.tail_end)
        ):
            # "Argentina spent 300 billion pesos": the pesos of the figure's country, not Mexico's.
            unit = _PESO_CODES[country]
            unit_reason = f"'pesos' of {country}: {unit}"
        figure.reasons.extend(r for r in (unit_reason,) if r)
        counted = figure.unit_kind == "count" or (figure.unit_kind == "none" and bool(unit))
        return _Resolved(
            sentence, figure, unit, share_of, period, how, start, end, place, place_reason,
            source, source_reason, earlier_unit, counted, restated is not None, "",
            restated if restated is not None and restated is not previous[-1] else None,
        )  # fmt: skip

    def _without_times(self, sentence: _Sentence, start: int) -> str:
        """The sentence from `start` up to its next figure, its time expressions left out."""
        end = next(
            (f.value_start for f in sentence.figures if f.value_start >= start), len(sentence.text)
        )
        kept, position = [], start
        for expr in sentence.times:
            if start <= expr.start < end:
                kept.append(sentence.text[position : expr.start])
                position = min(expr.end, end)
        kept.append(sentence.text[position:end])
        return " ".join(kept)

    def _restated(
        self, sentence: _Sentence, figure: Figure, previous: list[_Resolved]
    ) -> _Resolved | None:
        """The figure before, when this one only gives its value at another time: the clause
        before it holds nothing but times and a copula ('En 2011 la cifra había sido de')."""
        if not previous or previous[-1].sentence.paragraph != sentence.paragraph:
            return None
        if not _RESTATE_TAIL.search(
            sentence.text, max(0, figure.value_start - 14), figure.value_start
        ):
            return None  # (the word right before the figure rules most figures out, cheaply)
        before = previous[-1]
        if figure.unit_kind != "none" and figure.unit_kind != before.figure.unit_kind:
            # "crecieron 6,2 % y alcanzaron 9.700 millones de dólares", "880 homicidios. La tasa
            # fue de 16,6 por cada 100.000": a figure of another kind measures something else.
            return None
        if (
            figure.unit_kind == "none"
            and before.figure.unit_kind == "percent"
            and before.sentence is not sentence
        ):
            # "… llevamos 3.412 denuncias, y cerca del 60 % provienen de la capital. El año
            # pasado fueron 2.980": a bare number gives the count again, not the share of it
            # (a share given again carries its '%').
            count = next(
                (
                    r
                    for r in reversed(previous)
                    if r.counted
                    and r.figure.unit_kind != "percent"
                    and r.sentence.paragraph == sentence.paragraph
                ),
                None,
            )
            before = count if count is not None else before
        clause_start, _ = _clause_span(sentence.text, figure)
        pattern = _RESTATING
        if before.sentence is sentence:
            # "to grow 3.2 percent in 2023 and 3.5 percent in 2024": the same measure again,
            # when nothing but a time follows the figure.
            if (
                figure.unit_kind == "count"
                and figure.unit
                and before.unit
                and figure.unit.lower() != before.unit.lower()
            ):
                return None  # ("45.000 casos y 38 muertes": other things, counted next to them)
            if not _NOTHING_AFTER.fullmatch(self._without_times(sentence, figure.tail_end)):
                return None
            if _COMPARED_LEAD.search(
                sentence.text, max(0, figure.value_start - 30), figure.value_start
            ):
                return before  # "..., frente a 4,1 millones este año", "up from 4.1 million"
            clause_start, pattern = before.figure.tail_end, _COORDINATED
        kept = []
        position = clause_start
        for expr in sentence.times:
            if clause_start <= expr.start < figure.value_start:
                kept.append(sentence.text[position : expr.start])
                position = expr.end
        kept.append(sentence.text[position : figure.value_start])
        return before if pattern.fullmatch(" ".join(kept)) else None

    # --- units ------------------------------------------------------------------------------------

    def _unit(
        self, sentence: _Sentence, figure: Figure, previous: list[_Resolved]
    ) -> tuple[str, str | None, str | None, str]:
        """The unit, the base of a share ('percent of X'), the earlier count unit, and why."""
        earlier_unit = next((r.unit for r in reversed(previous) if r.counted and r.unit), None)
        if earlier_unit and self.lang == "es":
            # ('105 denuncias diarias', then 'Del total, 1.920 corresponden a ...': denuncias)
            earlier_unit = _PER_TIME_ES.sub("", earlier_unit) or earlier_unit
        text = sentence.text
        gapped = (
            _GAPPED_NOUN_ES.match(text, figure.tail_end)
            if self.lang == "es"
            and figure.unit_kind in ("none", "count")
            and text.endswith(" y ", 0, figure.value_start)
            else None
        )
        last = previous[-1] if previous else None
        if (
            gapped is not None
            and last is not None
            and last.sentence.start == sentence.start
            and _PREDICATE_NOUN.match(text, last.figure.tail_end) is not None
        ):
            # "De ellos, 40 eran mujeres y 27, menores de edad": the verb left out, the noun
            # after the comma is what the figure counts (not the 'mujeres' before it).
            noun = gapped.group("n")
            return noun, None, earlier_unit, f"unit '{noun}' of the gapped predicate"
        if figure.unit_kind in ("count",) or figure.unit_kind not in ("none", "percent"):
            return figure.unit, None, earlier_unit, ""
        if figure.unit_kind == "none":
            partitive = (
                _PARTITIVE_NOUN_ES.match(text, figure.tail_end)
                if self.lang == "es" and text.startswith(" de ", figure.tail_end)
                else None
            )
            if partitive is not None:
                # "141 de esos homicidios", "Más de 42.000 de esos pacientes": the noun after
                # the determiner is what is counted, the earlier count's unit when it names it
                # (not the last unit given, 'denuncias' or 'días').
                # (another word for them, '1.200 de esas casas' after 'viviendas', is left to
                # the rules below)
                noun = partitive.group("n").lower()
                named = next(
                    (
                        r.unit
                        for r in reversed(previous)
                        if r.counted and r.unit and r.unit.split()[0].lower() == noun
                    ),
                    None,
                )
                if named is not None:
                    return named, None, earlier_unit, f"unit '{named}' after the partitive"
                antecedent = self._antecedent(previous)
                if antecedent:
                    # ('8,3 millones de esos viajeros' after 'pasajeros': the earlier counted
                    # thing, as for 'de ellos')
                    return antecedent, None, earlier_unit, f"a part of the earlier '{antecedent}'"
            predicate = _PREDICATE_NOUN.match(text, figure.tail_end)
            if predicate and not predicate.group("n").lower().endswith(NOT_PREDICATE_NOUN_ENDS):
                return (
                    predicate.group("n"),
                    None,
                    earlier_unit,
                    (f"unit '{predicate.group('n')}' from the predicate"),
                )
            opener = (
                _OF_THE_NOUN_OPENER_EN.fullmatch(text, 0, figure.value_start)
                if self.lang == "en" and text.startswith(_OF_THE_OPENINGS_EN)
                else None
            )
            if opener is not None:
                # "Of the homicide victims, 19 were shot": the sentence opens on the things the
                # bare number counts (not the 'aggravated assaults' counted before)
                noun = opener.group("np")
                return noun, None, earlier_unit, f"unit '{noun}' the sentence opens on"
            most = (
                _WITH_MOST_ES.search(text, max(0, figure.value_start - 60), figure.value_start)
                if self.lang == "es"
                and (" con m" in text or "r número de" in text or "r cantidad de" in text)
                else None
            )
            if most is not None:
                # "San Salvador es el departamento con más fallecidos, 196": what the place has
                # most of (not the 'peatones' counted before).
                noun = most.group("n")
                return noun, None, earlier_unit, f"unit '{noun}' the place has most of"
            numbered = (
                _NUMBERED_EN.search(text, 0, figure.value_start)
                if self.lang == "en" and " numbered " in text
                else None
            )
            if numbered is not None:
                # "while asylum-seekers numbered 6.9 million": what numbered that many
                noun = numbered.group("n").lower()
                return noun, None, earlier_unit, f"unit '{noun}' that numbered the figure"
            counted = _number_of(text, figure.value_start)
            if counted:
                # "El número de homicidios bajó a 1.034", "the number of arrests rose to 900"
                return counted, None, earlier_unit, f"unit '{counted}' from 'number of'"
            tally = (
                _NOUN_TALLY_EN.search(text, max(0, figure.value_start - 120), figure.value_start)
                if self.lang == "en" and ("tally" in text or "count " in text or "total " in text)
                else None
            )
            if tally is not None and tally.group("n").lower() not in _NOT_TALLIED_EN:
                # "Mexico's homicide tally for the first nine months was 22,358": homicides
                noun = tally.group("n").lower()
                noun = noun if noun.endswith("s") else f"{noun}s"
                return noun, None, earlier_unit, f"unit '{noun}' from its tally"
            before = text[max(0, figure.value_start - 40) : figure.value_start]
            if _POPULATION.search(before):
                return (
                    ("personas" if self.lang == "es" else "people"),
                    None,
                    earlier_unit,
                    "a population",
                )
            if _TOLL.search(text, max(0, figure.value_start - 200), figure.value_start):
                return (
                    ("muertos" if self.lang == "es" else "deaths"),
                    None,
                    earlier_unit,
                    "a death toll",
                )
            if _SCALE_WORD.search(text, figure.value_start, figure.value_end):
                # "supere los 21.000 millones" after amounts in dollars: the same currency.
                money = next(
                    (r for r in reversed(previous) if r.figure.unit_kind == "currency"), None
                )
                # (Not across a blank line: "16.4 million" visitors after "$21.9 billion".)
                counted_subject = (
                    self._sentence_subject(sentence)
                    if money is not None
                    and money.sentence is not sentence
                    and self.lang == "en"
                    and money.sentence.block == sentence.block
                    else None
                )
                if (
                    counted_subject
                    and _plural_count(counted_subject, self.lang)
                    and _unit_of_subject(counted_subject).split()[-1].lower()
                    not in _MONEY_PLURALS_EN
                    and not names_a_place(_unit_of_subject(counted_subject))
                ):
                    # "... rose by £254 to £5,436. Passenger journeys in England reached 1.4
                    # billion": the things the sentence counts, not the money of the one before
                    money = None
                if money is not None and money.sentence.block == sentence.block:
                    return money.unit, None, earlier_unit, f"currency of the earlier '{money.unit}'"
            of_pronoun = _PRONOUN_AFTER.match(text, figure.value_end)
            if of_pronoun is not None:
                # "3.000 de ellos", "Miles de ellos", "2,000 of them": the earlier counted thing;
                # "7,000 of those detained": people.
                part_of: str | None = self._antecedent(previous)
                if (
                    of_pronoun.group(0).lower().endswith("those")
                    and _DONE_TO.match(text, of_pronoun.end()) is not None
                ):
                    part_of = self._people_antecedent(previous) or "people"
                if part_of:
                    return part_of, None, earlier_unit, f"a part of the earlier '{part_of}'"
            another = (
                _ANOTHER_BEFORE.search(text, max(0, figure.value_start - 12), figure.value_start)
                if earlier_unit
                else None
            )
            if earlier_unit and another is not None:
                # "Police arrested 12 gang members. Officers detained another 8": more of the
                # same counted things, whoever the sentence is about.
                unit = earlier_unit
                if self.lang == "es":
                    # ('De ellos, 1.120 eran mujeres. Otros 2.310 fueron devueltos': more of the
                    # whole counted before, of the gender 'otros' / 'otras' says)
                    feminine = another.group(0).lower().startswith("otras")
                    unit = next(
                        (
                            r.unit
                            for r in reversed(previous)
                            if r.counted
                            and r.unit
                            and r.figure.unit_kind == "count"
                            and feminine_es(r.unit) == feminine
                            and _PART_LEAD_ES.match(r.sentence.text) is None
                        ),
                        earlier_unit,
                    )
                return unit, None, earlier_unit, f"unit '{unit}' of the figure before"

            lead = _OF_THE_LEAD_ES.match(text) if self.lang == "es" else None
            if lead is None and self.lang == "es":
                # "La mayoría de los percances, 211, involucró a motocicletas"
                lead = _MOST_OF_THE_ES.search(
                    text, max(0, figure.value_start - 60), figure.value_start
                )
            if lead is not None and lead.end() <= figure.value_start:
                # "De estos menores, 4.612 fueron localizados", "De las víctimas, 30 fueron
                # localizadas": a part of the things the opening names.
                noun = lead.group("n")
                return noun, None, earlier_unit, f"unit '{noun}' from 'De los {noun}'"
            if (
                self.lang == "es"
                and earlier_unit
                and _MOST_BARE_ES.search(text, max(0, figure.value_start - 20), figure.value_start)
            ):
                # "128 migrantes ... Entre ellos había 31 menores ... La mayoría, 84, son
                # guatemaltecos": most of a whole larger than the part, not of the 31.
                whole = next(
                    (
                        r
                        for r in reversed(previous)
                        if r.counted
                        and r.unit
                        and r.figure.unit_kind == "count"
                        and r.sentence.paragraph == sentence.paragraph
                        and r.figure.amount > figure.amount
                    ),
                    None,
                )
                if whole is not None and whole.unit != earlier_unit:
                    unit = whole.unit
                    return unit, None, earlier_unit, f"unit '{unit}' of a whole larger than most"
            subject = self._sentence_subject(sentence)
            if subject and _POPULATION_WORD.search(subject) and not _RATE_NOUN.search(subject):
                # "Guatemala's population is about 17.6 million": people.
                unit = "personas" if self.lang == "es" else "people"
                return unit, None, earlier_unit, "a population"
            rates = [r for r in previous if r.figure.unit_kind == "rate" and r.unit]
            if rates and _RATE_NOUN.search(text[: figure.value_start]):
                unit = rates[-1].unit
                return unit, None, earlier_unit, f"unit '{unit}' from the earlier rate"
            if (
                self.lang == "es"
                and previous
                and previous[-1].sentence.paragraph == sentence.paragraph
                and self._labelled_by_place(sentence, figure)
            ):
                named = self._count_unit_named(sentence, previous)
                if named:
                    # "Los departamentos con más casos son Escuintla (1.420)" after "8.732 casos
                    # ... Se confirmaron 14 fallecimientos": the earlier count the sentence names.
                    return named, None, earlier_unit, f"unit '{named}' of the count it names"
                ranked_by = _RANKED_BY_ES.search(text) if " con m" in text else None
                if ranked_by is not None and not _RATES_WORD_ES.match(ranked_by.group("n")):
                    # "... son los departamentos con más víctimas": what the places are ranked by.
                    named = ranked_by.group("n")
                    return named, None, earlier_unit, f"unit '{named}' the places are ranked by"
            if self.lang == "es" and self._by_territory(sentence, figure):
                # "Los departamentos más afectados fueron Guatemala (2.415), Escuintla (604)",
                # "Los departamentos con las tasas más altas fueron Izabal, con 38,2": each place
                # has its share of what was counted (or its rate), not of departments.
                if rates and _RATES_WORD_ES.search(subject or ""):
                    return rates[-1].unit, None, earlier_unit, "unit of the earlier rate, by place"
                if earlier_unit:
                    return earlier_unit, None, earlier_unit, "unit of the earlier count, by place"
            if (
                self.lang == "es"
                and previous
                and previous[-1].unit
                and not figure.is_change
                and (
                    text.endswith("con ", 0, figure.value_start)
                    or text.endswith("(", 0, figure.value_start)
                )
                and previous[-1].sentence.paragraph == sentence.paragraph
                and self._labelled_by_place(sentence, figure)
            ):
                # "Honduras tuvo la tasa más alta, con 35,8 homicidios por cada 100.000
                # habitantes. Le siguieron Belice, con 28,4": a place ranked by a figure of the
                # measure before takes its unit, as it takes its subject (subjects.py,
                # _ranked_place_es, read after 'con ' or '(' too).
                unit = previous[-1].unit
                return unit, None, earlier_unit, f"unit '{unit}' of the figure it is ranked after"
            moved = (
                _MOVED_TO_EN.search(text, max(0, figure.value_start - 90), figure.value_start)
                if self.lang == "en" and text.endswith("to ", 0, figure.value_start)
                else None
            )
            if (
                moved is None
                and self.lang == "en"
                and earlier_unit
                and previous
                and previous[-1].sentence is sentence
                and _COMPARED_WITH_EN.search(
                    text, max(0, figure.value_start - 24), figure.value_start
                )
            ):
                # "... to an average of 24 a day, compared with 36 a day a year earlier": the
                # figure compared with counts what the one before did
                return earlier_unit, None, earlier_unit, "unit of the figure it is compared with"
            if moved is not None:
                # "Restrictions cut Panama Canal transits to an average of 24 a day": what the
                # verb brought to the level is what is counted, not who or what did it
                head = " ".join(moved.group("obj").split())
                return head, None, earlier_unit, f"unit '{head}' brought to the level"
            acted_on = (
                self.lang == "en"
                and earlier_unit is not None
                and _OBJECT_OF_ACTION_EN.search(
                    text, max(0, figure.value_start - 40), figure.value_start
                )
                is not None
            )
            own_noun = (
                _CLAUSE_COUNT_BEFORE.search(
                    text, max(0, figure.value_start - 50), figure.value_start
                )
                if self.lang == "en"
                else None
            )
            if own_noun is not None and not names_a_place(own_noun.group("n")):
                head = own_noun.group("n")
                return head, None, earlier_unit, f"unit '{head}' from its clause's subject"
            if (
                self.lang == "en"
                and subject
                and "ridership" in subject.lower()
                and _RIDERSHIP_EN.search(subject) is not None
            ):
                # "Subway ridership averaged 3.6 million on weekdays": ridership counts riders
                return "riders", None, earlier_unit, "unit 'riders' of the ridership named"
            if (
                subject
                and _plural_count(subject, self.lang)
                and not acted_on
                # ("The United States carried out 25": a place is not what is counted)
                and not names_a_place(_unit_of_subject(subject))
            ):
                # ('Security forces had recaptured 31': those who act are not what is counted;
                # the things counted before are)
                head = _unit_of_subject(subject)
                return head, None, earlier_unit, f"unit '{head}' from the sentence's subject"
            whole = (
                next(
                    (
                        r
                        for r in reversed(previous)
                        if r.counted
                        and r.unit
                        and not _PART_OF_EN.match(r.sentence.text, r.figure.value_end)
                    ),
                    None,
                )
                if self.lang == "en" and earlier_unit and _THE_TOTAL_EN.match(text)
                else None
            )
            if whole is not None and whole.unit != earlier_unit:
                # "About 389,000 of those patients ... The total compares with 4.6 million":
                # the total is the whole counted before, not the part counted last.
                return (
                    whole.unit,
                    None,
                    earlier_unit,
                    f"unit '{whole.unit}' of the total counted before",
                )
            total_of = (
                _TOTAL_OF_LEAD_ES.match(text)
                if self.lang == "es" and earlier_unit and text.startswith("Del total de ")
                else None
            )
            if (
                total_of is not None
                and total_of.end() <= figure.value_start
                and total_of.group("n").lower() not in (earlier_unit or "").lower().split()
            ):
                # "activó 1.205 alertas ... Del total de mujeres buscadas, 1.003 fueron
                # localizadas": what the total the sentence opens with is of, is counted.
                head = total_of.group("n")
                return (
                    head,
                    None,
                    earlier_unit,
                    f"unit '{head}' of the total the sentence opens with",
                )
            if (
                self.lang == "es"
                and earlier_unit
                and " " in earlier_unit
                and " cuales " in text
                and _OF_WHICH_PART_ES.search(
                    text, max(0, figure.value_start - 30), figure.value_start
                )
                is not None
                and _PART_STATE_AFTER_ES.match(text, figure.tail_end) is not None
            ):
                # "la cifra de viviendas dañadas ascendía a 1.870, de las cuales 420 quedaron
                # inhabitables": the part in another state counts the whole's noun, not the
                # whole's state ('viviendas', not 'viviendas dañadas').
                head = earlier_unit.split(" ", 1)[0]
                return head, None, earlier_unit, f"unit '{head}' of the whole, in another state"
            if (
                self.lang == "en"
                and earlier_unit
                and previous
                and previous[-1].sentence is sentence
                and _WERE_NOUN_AFTER_EN.match(text, previous[-1].figure.value_end) is not None
                and OWN_PREDICATE_AFTER_EN.match(text, figure.value_end) is not None
            ):
                # "Of those, about 1.1 million were single adults and more than 800,000 were
                # traveling in families": what the figure before was said to be is not what this
                # one counts; the whole counted before is.
                whole_unit = next(
                    (
                        r.unit
                        for r in reversed(previous)
                        if r.sentence is not sentence and r.counted and r.unit
                    ),
                    None,
                )
                if whole_unit is not None and whole_unit != earlier_unit:
                    return whole_unit, None, earlier_unit, f"unit '{whole_unit}' of the whole"
            if earlier_unit:
                return (
                    earlier_unit,
                    None,
                    earlier_unit,
                    f"unit '{earlier_unit}' from an earlier figure",
                )
            share = previous[-1] if previous and self.lang == "es" else None
            share_base = (
                _SHARE_BASE_ES.match(share.sentence.text, share.figure.tail_end)
                if share is not None
                and share.figure.unit_kind == "percent"
                and share.sentence.paragraph == sentence.paragraph
                else None
            )
            if share_base is not None:
                # "... concentraron el 41 % de las denuncias por extorsión. Solo en Mixco se
                # presentaron 1.832": the things the share before was a share of.
                head = share_base.group("n")
                return head, None, earlier_unit, f"unit '{head}' the share before was of"
            changed = (
                CHANGE_LEAD_ES.match(share.subject or "")
                if share is not None
                and share.figure.is_change
                and share.sentence.paragraph == sentence.paragraph
                else None
            )
            if changed is not None and share is not None:
                # "Las denuncias por extorsión crecieron 12 % ... En total se presentaron
                # 19.300": the things whose change was given before.
                head = (share.subject or "")[changed.end() :].split(" ", 1)[0]
                if head.endswith("s") and head[:1].islower() and len(head) > 3:
                    return head, None, earlier_unit, f"unit '{head}' of the change before"
            return "", None, earlier_unit, ""
        # Percentages: "percent of X" in English, plain "percent" in Spanish.
        if self.lang != "en" or figure.is_change or figure.unit != "percent":
            return figure.unit, None, earlier_unit, ""
        if figure.share_of:
            return f"percent of {figure.share_of}", figure.share_of, earlier_unit, ""
        if figure.share_pronoun:
            aged = (
                _THOSE_AGED.search(text, figure.value_end, figure.tail_end + 32)
                if figure.share_pronoun.endswith(" aged")
                else None
            )
            if aged is not None:
                # "More than half of those aged 16 to 24": people of that age, not the
                # people counted before
                base = f"people aged {' '.join(aged.group('age').split())}"
                return f"percent of {base}", base, earlier_unit, f"'{aged.group(0).strip()}'"
            antecedent = self._antecedent(previous, people=figure.share_pronoun.startswith("those"))
            if antecedent:
                pronoun = figure.share_pronoun.split()
                # ('of those surveyed': the people surveyed; 'of them linked to ...': them)
                tail = f" {pronoun[1]}" if len(pronoun) > 1 and pronoun[0] != "them" else ""
                base = f"{antecedent}{tail}"
                return (
                    f"percent of {base}",
                    base,
                    earlier_unit,
                    f"'{figure.share_pronoun}' read as '{base}'",
                )
            return "percent", None, earlier_unit, ""
        if figure.kind in ("fraction", "ratio"):
            first = sentence.figures[0]
            opener = (
                _OPENS_ON_COUNT.fullmatch(text, 0, first.value_start)
                if first is not figure
                and first.value_start <= 24
                and text.startswith(("Of ", "Among "))
                else None
            )
            comma = text.find(",", first.value_end) if opener is not None else -1
            if (
                opener is not None
                and 0 < comma - first.value_end <= 40
                and comma < figure.value_start
            ):
                # "Of the 52 people killed, 19 were pedestrians, and more than a quarter were
                # riding motorcycles": a share of the whole the sentence opens on, not of the
                # part counted before it
                base = " ".join(text[first.value_end : comma].split())
                return f"percent of {base}", base, earlier_unit, f"a share of '{base}'"
            antecedent = self._antecedent(previous)
            if antecedent:
                return (
                    f"percent of {antecedent}",
                    antecedent,
                    earlier_unit,
                    f"a share of '{antecedent}'",
                )
            return "percent", None, earlier_unit, ""
        opener = (
            _OF_THE_NOUN_OPENER_EN.fullmatch(text, 0, figure.value_start)
            if self.lang == "en" and not figure.is_change and text.startswith(_OF_THE_OPENINGS_EN)
            else None
        )
        if opener is not None:
            # "Of those containers, roughly 60 percent came from Asia": a share of the things
            # the sentence opens on
            base = opener.group("np")
            return f"percent of {base}", base, earlier_unit, f"a share of '{base}' opened on"
        among = _AMONG.match(text)
        if among and among.end() <= figure.value_start:
            base = among.group("np").strip()
            return f"percent of {base}", base, earlier_unit, f"a share among '{base}'"
        clause_before = text[max(0, figure.value_start - 80) : figure.value_start]
        covered = (
            _COVERAGE_AMONG.search(clause_before) if "overage among" in clause_before else None
        )
        if covered is not None:
            # "Coverage among kindergartners fell to 89.4 percent": a share of the kindergartners,
            # as "Among kindergartners, coverage was 89.4 percent".
            base = covered.group("np")
            return f"percent of {base}", None, earlier_unit, f"coverage among '{base}'"
        shared = (
            _SHARE_OF_BEFORE_EN.search(clause_before)
            if "share of" in clause_before
            or "proportion of" in clause_before
            or "percentage of" in clause_before
            else None
        )
        if shared is not None and not names_a_place(shared.group("np")):
            # "The share of eighth-graders proficient in math fell to 26 percent": the figure
            # is a share of the plural the sentence names (not "the share of renewables in
            # electricity generation": a share in something else)
            base = shared.group("np")
            return f"percent of {base}", None, earlier_unit, f"the share of '{base}' named"
        if _RATE_WORDS.search(clause_before):
            return "percent", None, earlier_unit, ""
        last = previous[-1] if previous else None
        if (
            last is not None
            and last.sentence is sentence
            and last.figure.unit_kind == "percent"
            and last.figure.is_change
            and " and " in text[last.figure.tail_end : figure.value_start]
        ):
            # "expects the economy to grow 2.2% this year and 2.3% in 2025": the second of two
            # changes joined by 'and' is a change too, not a share named sentences before.
            return "percent", None, earlier_unit, ""
        if _PERCENT_COMPARED.match(text, figure.value_end) or _PERCENT_STATE.match(
            text, figure.value_end
        ):
            return "percent", None, earlier_unit, ""
        those = (
            _OF_THOSE_STATE_EN.match(text, figure.value_end)
            if self.lang == "en" and earlier_unit and " those " in text
            else None
        )
        if those is not None and earlier_unit:
            # "9.6 million children are out of school. Girls account for 53 percent of those out
            # of school": 'those' stands for the people counted before, in that state
            base = f"{earlier_unit} {those.group('rest')}"
            return f"percent of {base}", base, earlier_unit, f"'those' read as '{earlier_unit}'"
        for item in reversed(previous):
            if item.figure.unit_kind == "percent" and item.share_of and not item.figure.is_change:
                if _COUNT_PROGRESS_AFTER.match(item.sentence.text, item.figure.tail_end):
                    # ('with 98 percent of polling stations counted': how far the count has
                    # gone, not what the shares after it are of)
                    continue
                base = item.share_of
                return f"percent of {base}", base, earlier_unit, f"a share of '{base}' as before"
        return "percent", None, earlier_unit, ""

    def _people_antecedent(self, previous: list[_Resolved]) -> str | None:
        """The last people counted or shared before, if any."""
        for item in reversed(previous):
            noun = item.share_of or (item.unit if item.counted else None)
            if noun and _PEOPLE.search(noun):
                return noun
        return None

    def _antecedent(self, previous: list[_Resolved], people: bool = False) -> str | None:
        """The noun an unnamed share is of: the last counted thing (people first for 'those')."""
        if people:
            noun = self._people_antecedent(previous)
            if noun:
                return noun
        for item in reversed(previous):
            if item.share_of:
                return item.share_of
            if item.counted and item.unit:
                return item.unit
            if self.lang == "en" and item.figure.is_change and "number of " in item.subject:
                changed = _NUMBER_OF_PLURAL.search(item.subject)
                if changed is not None:
                    # "The number of inmates grew by 7 percent a year. About 29 percent of them
                    # were awaiting trial": the things whose number changed
                    return changed.group(1)
        return None

    # --- periods ----------------------------------------------------------------------------------

    def _day_stock_part(
        self,
        sentence: _Sentence,
        figure: Figure,
        tense: _Tense,
        previous: list[_Resolved],
    ) -> _Resolved | None:
        """The stock a present-tense part belongs to, when that stock was counted on one day
        ("stood at 8,348 on Monday", "73,105 cases as of June 30") and the part does not say
        it still holds ('remain', 'still': how things stand now)."""
        if _OF_THEM.match(sentence.text, figure.value_end) is None and not (
            # "Casi el 48 % de los reclusos no tiene una condena firme" after "al cierre de
            # septiembre había 25.481 personas privadas de libertad": a share of the stock
            figure.unit_kind == "percent"
            and _SHARE_OF_PLURAL.match(sentence.text, figure.value_end) is not None
        ):
            return None
        clause = tense.low
        if (
            "remain" in clause
            or "still" in clause
            or "now" in clause
            or (
                self.lang == "es"
                and (
                    "aún" in clause
                    or "todavía" in clause
                    or "sigue" in clause
                    or "actual" in clause
                )
            )
        ):
            return None
        named = (
            _PARTITIVE_NOUN_ES.match(sentence.text, figure.tail_end)
            if self.lang == "es" and sentence.text.startswith(" de ", figure.tail_end)
            else None
        )
        noun = named.group("n").lower() if named is not None else ""
        if noun and not any(r.counted and r.unit.split()[:1] == [noun] for r in previous):
            noun = ""  # ('Casi el 48 % de los reclusos' after 'personas privadas de libertad')
        stock = next(
            (
                r
                for r in reversed(previous)
                if r.counted
                and r.sentence.paragraph == sentence.paragraph
                # (a standing fact between, 'The estate has a design capacity of 8,007', is
                # no group the part is drawn from)
                and r.period_start is not None
                # ("Más de 42.000 de esos pacientes": the count of the things it names, not
                # the 'días' of a wait told between)
                and (not noun or r.unit.split()[:1] == [noun])
            ),
            None,
        )
        if stock is None or stock.period_start is None or stock.period_start != stock.period_end:
            return None
        near = lower(
            stock.sentence.text[max(0, stock.figure.value_start - 50) : stock.figure.tail_end + 40]
        )
        if not may_contain(near, _DAY_STOCK_WORDS) or _DAY_STOCK.search(near) is None:
            return None
        return stock

    def _period(
        self,
        sentence: _Sentence,
        index: int,
        figure: Figure,
        carried: TimeExpr | None,
        event_start: datetime.date | None,
        previous: list[_Resolved],
    ) -> tuple[TimeExpr | None, str, datetime.date | None, datetime.date | None]:
        """The period of a figure: its own time, the event's running total, or the context's."""
        if (
            index + 1 < len(sentence.figures)
            and figure.qualifier == "at_least"
            and sentence.figures[index + 1].qualifier == "at_most"
            and RANGE_LOW in figure.reasons
        ):
            # "un crecimiento de entre 3 % y 4 % para este año": both ends, one period.
            upper = sentence.figures[index + 1]
            return self._period(sentence, index + 1, upper, carried, event_start, previous)
        if (
            index > 0
            and VOTE_TALLY in figure.reasons
            and VOTE_TALLY in sentence.figures[index - 1].reasons
            and previous
            and previous[-1].figure is sentence.figures[index - 1]
        ):
            # "approved the budget late on Wednesday by a vote of 72 to 49": the votes against
            # were cast in the same vote as the votes for.
            tally = previous[-1]
            how = "the period of the vote's other count"
            return tally.period, how, tally.period_start, tally.period_end
        text = sentence.text
        times = sentence.times
        if (
            self.lang == "en"
            and index > 0
            and " now" in text
            and _NOW_AFTER_EN.match(text, figure.tail_end) is not None
        ):
            # "Enrolment was 45,000 two years ago and 41,000 now": the level now, a present
            # state; not the time of the figure before
            return None, "", None, None
        if any(t.kind == "block" and t.note.startswith("era ") for t in times) and not any(
            t.kind in ("period", "relative", "baseline") for t in times
        ):
            # "During the pandemic, the hospital ran out of oxygen at least five times": a time
            # the text gives no dates for; not the day or the year the sentence before spoke of
            return None, "", None, None
        if (
            self.lang == "es"
            and text.endswith(", de ", 0, figure.value_start)
            and _APPOSED_THEN_FUTURE_ES.match(text, figure.tail_end) is not None
        ):
            # "El salario mínimo, de 248,93 pesos diarios, subirá un 12 % en enero de 2025":
            # the level set off after the noun is what it is now, before the change to come;
            # the time of the change is not its own.
            return None, "", None, None
        if figure.unit_kind == "percent" and inflation_target(
            text, figure.value_start, figure.tail_end, self.lang
        ):
            # "above the central bank's 3 percent target": a standing goal, not of the month
            # the inflation it is set against is of
            return None, "", None, None
        if (
            self.lang == "es"
            and figure.unit_kind == "currency"
            and "abía" in text
            and not any(t.kind == "period" for t in times)
            and _ASKED_BUDGET_ES.search(text, max(0, figure.value_start - 80), figure.value_start)
            is not None
            and not text[figure.tail_end :].strip(" .")
        ):
            asked_for = next(
                (
                    r
                    for r in reversed(previous)
                    if r.sentence.paragraph == sentence.paragraph
                    and r.figure.unit_kind == "currency"
                    and r.period_start is not None
                    and "presupuesto" in r.sentence.text
                ),
                None,
            )
            if asked_for is not None:
                # "El Congreso aprobó un presupuesto de Q148.526 millones para 2025. ... El
                # Ejecutivo había pedido Q144.900 millones": the budget asked for, of the year
                # of the budget approved (not of the debt figure told in between).
                return (
                    asked_for.period,
                    _ASKED_BUDGET_HOW,
                    asked_for.period_start,
                    asked_for.period_end,
                )
        if (
            self.lang == "en"
            and event_start is not None
            and figure.unit_kind == "measure"
            and _describes_event(text, figure.value_start, figure.tail_end)
            and (
                # "The first quake, of magnitude 7.8, struck at 4:17 a.m.": the sentence dates
                # nothing itself
                not any(t.kind == "period" for t in times)
                # "days after the 7.8 magnitude quake struck": a clause of its own
                or _AFTER_THE_BEFORE.search(
                    text, max(0, figure.value_start - 12), figure.value_start
                )
                is not None
            )
            and _names_day(event_start, [times, *[r.sentence.times for r in previous]])
        ):
            # What the event was (its magnitude, its winds) is of the day it struck, named
            # earlier ("Monday's earthquakes"), not of the sentence's day or of none.
            return None, f"the day of the event, {event_start}", event_start, event_start
        if (
            self.lang == "es"
            and event_start is not None
            and figure.unit_kind in ("measure", "count", "none")
            and ("vientos" in text or "magnitud" in text)
            and not any(t.kind == "period" for t in times)
            and _EVENT_MEASURE_BEFORE_ES.search(
                text, max(0, figure.value_start - 50), figure.value_start
            )
            is not None
            and any(
                t.kind == "period" and t.period_start == event_start
                for r in previous
                for t in r.sentence.times
            )
        ):
            # "La tormenta ha dejado 14 muertos desde que tocó tierra el 9 de octubre. El
            # fenómeno llegó con vientos sostenidos de 85 kilómetros por hora": the winds (or the
            # magnitude) of the event are of the day it struck, in a sentence that dates nothing;
            # that day frames nothing after it (the damage told next still runs to publication).
            return None, _WHAT_THE_EVENT_WAS, event_start, event_start
        if ("winds" if self.lang == "en" else "vientos") in text[
            max(0, figure.value_start - 40) : figure.value_start
        ]:
            landfall_day = _landfall_day(text, figure, sentence.times, self.lang)
            if landfall_day is not None:
                # "has killed 19 people since it made landfall on Oct. 28 with sustained winds
                # of 150 mph": the winds it came ashore with are of that day, not of the
                # running total that began then.
                how = f"the day of the event, {landfall_day}"
                return None, how, landfall_day, landfall_day
        if (
            self.lang == "en"
            and index > 0
            and " than " in text
            and text.endswith(", ", 0, figure.value_start)
            and _APPOSED_CHANGE_THAN_BEFORE.match(text, figure.tail_end) is not None
        ):
            before = _last_dated_in(sentence, previous)
            if (
                before is not None
                and before.period_start is not None
                and before.period_end is not None
                and (before.period_end - before.period_start).days >= 28
            ):
                # (a day is no period a year can be compared with: "opened the school year on
                # Monday with 1.8 million students, ... 40,000 fewer than a year earlier")
                # "approved a $1.2 billion budget for the 2024-25 school year on Monday, about
                # $90 million less than the year before": the change of the figure before, over
                # its previous year, dated as that figure is (not by the day of the approval)
                how = "the change of the figure before over its previous year"
                return before.period, how, before.period_start, before.period_end
        if (
            self.lang == "en"
            and index > 0
            and " of " in text[max(0, figure.value_start - 30) : figure.value_start]
            and _WHOLE_OF_ITS_BEFORE.search(
                text, max(0, figure.value_start - 40), figure.value_start
            )
            is not None
            and not any(
                t.kind == "period" and figure.tail_end <= t.start < figure.tail_end + 40
                for t in times
            )
        ):
            # "declared a health emergency on Thursday in 20 of its 25 regions": the whole the
            # part is counted against is a standing fact (the country's regions), not of the
            # part's day.
            return None, "", None, None
        if (
            self.lang == "en"
            and text.endswith(", with ", 0, figure.value_start)
            and _WITH_STATE_AFTER.match(text, figure.tail_end) is not None
        ):
            # "puts the death toll at 100, with 128 people still missing": how things stand
            # now, told after 'with'; no running total of the event.
            return None, "", None, None
        if (
            self.lang == "en"
            and " area " in text
            and (figure.kind in ("fraction", "ratio") or figure.unit_kind == "percent")
            and not figure.is_change
            and _OF_THE_AREA_EN.match(text, figure.value_end) is not None
            # ("about 60% of the area burned in August": a time of its own dates it)
            and not any(
                t.kind == "period" and figure.value_end <= t.start < figure.value_end + 60
                for t in times
            )
        ):
            whole = next(
                (
                    r
                    for r in reversed(previous)
                    if r.sentence.paragraph == sentence.paragraph
                    and r.unit.split(" ", 1)[0].lower() in _AREA_UNITS_EN
                ),
                None,
            )
            if whole is not None and whole.period_start is not None:
                # "destroyed about 1 million hectares of maize, nearly half of the area
                # planted", "Quebec accounts for roughly a third of the area burned": a share
                # of the area just measured, of its period.
                how = "the period of the area it is a share of"
                return whole.period, how, whole.period_start, whole.period_end
        if self.lang == "en" and times and " had " in text:
            times = [
                t
                for t in times
                if not (
                    t.start > figure.value_end
                    and _PLUPERFECT_RELATIVE.search(
                        text, max(figure.value_end, t.start - 70), t.start
                    )
                )
            ]
        if _PLACE_OF.search(text, max(0, figure.value_start - 80), figure.value_start) and (
            _PEOPLE_AFTER.match(text, figure.value_end)
        ):
            return None, "", None, None  # "Costa Rica, a country of 5.2 million people"
        if (
            self.lang == "es"
            and text.endswith((", de ", ", con "), 0, figure.value_start)
            and _POPULATION_ASIDE_ES.match(text, figure.value_end) is not None
        ):
            # "El departamento, de alrededor de 800.000 habitantes, cerró 2023 con una tasa de
            # 38,2": a population in an aside, a standing fact.
            return None, "", None, None
        if self.lang == "en" and "," in text:
            aside = next(
                (
                    m
                    for m in _RELATIVE_ASIDE.finditer(text)
                    if m.start() < figure.value_start < m.end()
                ),
                None,
            )
            if (
                aside is not None
                and not any(aside.start() <= t.start < aside.end() for t in times)
                and _Tense(aside.group(0), self.lang).present
                and not _Tense(aside.group(0), self.lang).perfect
            ):
                # "Mining, which accounts for about 60% of Peru's exports, has recovered this
                # year": a standing fact told in a relative aside, not dated by the sentence.
                return None, "", None, None
        if index > 0 and _INCLUDING.fullmatch(
            text, sentence.figures[index - 1].tail_end, figure.value_start
        ):
            whole = _resolved_of(sentence.figures[index - 1], previous)
            if whole is not None and whole.period_start is not None and whole.period_end:
                # "approved a 2025 spending budget of 9.3 trillion pesos early on Thursday,
                # including a 37% cut to the health ministry's budget": a part of the figure
                # before, of its period.
                how = "the figure it is part of"
                return whole.period, how, whole.period_start, whole.period_end
        if index > 0 and _WHICH_EQUALS.fullmatch(
            text, sentence.figures[index - 1].tail_end, figure.value_start
        ):
            whole = _resolved_of(sentence.figures[index - 1], previous)
            if whole is not None and (
                (whole.period_start is not None and whole.period_end)
                or _PUT_ANOTHER_WAY.search(text, whole.figure.tail_end, figure.value_start)
            ):
                # "Los ingresos por turismo alcanzaron US$3.960 millones, lo que equivale al 11 %
                # del PIB", "spent $4 billion, which is equal to 2% of GDP": the figure before,
                # said again as another measure, of its period (none, for "es decir" after a
                # standing count).
                how = "the figure it restates" if whole.period_start is not None else ""
                return whole.period, how, whole.period_start, whole.period_end
        if (
            index >= 2
            and "," in text
            and (
                _CHANGE_APPOSITION.search(text, max(0, figure.value_start - 40), figure.value_start)
                if self.lang == "en"
                else _CHANGE_APPOSITION_ES.search(
                    text, max(0, figure.value_start - 50), figure.value_start
                )
            )
        ):
            pair = [
                r
                for r in previous
                if r.sentence is sentence
                and r.figure.value_end <= figure.value_start
                and r.period_start is not None
                and r.period_end is not None
            ][-2:]
            if len(pair) == 2:
                early, late = sorted(pair, key=lambda r: r.period_start or datetime.date.min)
                first, last = early.period_start, late.period_end
                if (
                    first is not None
                    and last is not None
                    and late.period_start is not None
                    and early.period_end is not None
                    and early.period_end < late.period_start
                ):
                    if _shift_back(late.period_start, last, "-1 year", False) == (
                        first,
                        early.period_end,
                    ):
                        # "7,930 complaints from January to May, compared with 8,640 in the
                        # same months of 2024, a decline of 8.2%": the change of the later
                        # period over the like one a year before
                        first = late.period_start
                    elif (
                        late is pair[0]
                        and _whole_year(early)
                        and _whole_year(late)
                        and _COMPARED_WITH.search(
                            text,
                            max(0, pair[1].figure.value_start - 24),
                            pair[1].figure.value_start,
                        )
                    ):
                        # "40,102 violent crimes in 2022, compared with 35,408 in 2019, an
                        # increase of about 13 percent": the later year's figure is the news,
                        # the earlier its baseline; the change is dated by the news's year (a
                        # change between months, "in May, compared with 86.9 in September",
                        # keeps the span between them).
                        how = "the change of the figure before over its baseline"
                        return late.period, how, late.period_start, last
                    # "3,540 killings in 2021 and 2,467 in 2024, a drop of about 30%": the
                    # change between the two figures' times, from the first to the last
                    how = "the change between the two figures before"
                    return late.period, how, first, last
        if self.lang == "en" and (
            (
                (
                    _NEEDED_AFTER.match(text, figure.tail_end)
                    or (" by " in text and _SET_NORM_AFTER.match(text, figure.tail_end))
                )
                and _THE_BEFORE.search(text, max(0, figure.value_start - 20), figure.value_start)
            )
            or (
                "capacity" in text
                and _CAPACITY_OF.search(text, max(0, figure.value_start - 40), figure.value_start)
            )
        ):
            # "short of the 95% needed to stop outbreaks", "their official capacity of 10,600":
            # a threshold or a capacity, a standing fact, not of the period the sentence reports.
            return None, "", None, None
        if (
            self.lang == "es"
            and "capacidad" in text
            and _CAPACITY_OF_ES.search(text, max(0, figure.value_start - 60), figure.value_start)
        ):
            # "albergaba a 23.984 reclusos al cierre de 2016, aunque sus cárceles tienen
            # capacidad para apenas 6.800": a capacity, a standing fact.
            return None, "", None, None
        if (
            index > 0
            and (" sus " in text or " its " in text or " their " in text)
            and _OF_ITS_TOTAL.search(text, max(0, figure.value_start - 12), figure.value_start)
            is not None
            and _SEATS_AFTER.match(text, figure.value_end) is not None
            and sentence.figures[index - 1].tail_end >= figure.value_start - 12
        ):
            # "con 512 de sus 540 camas ocupadas", "won 60 of its 128 seats": the whole the
            # holder has, its beds or seats, is a standing capacity, not of the day the part is
            # counted on.
            return None, "", None, None
        if self.lang == "en" and _NORM_AFTER.match(text, figure.tail_end):
            # "well above the 3% limit set by the fiscal responsibility law", "below the 8%
            # required by the constitution": a rule's figure, a standing fact, not of the
            # period the sentence reports.
            return None, "", None, None
        if "," in text and _CAPACITY_ASIDE.search(
            text, max(0, figure.value_start - 40), figure.value_start
        ):
            # "Guatemala's prison system, built for 6,492 inmates, held 24,155 people": the
            # aside gives a capacity, a standing fact.
            return None, "", None, None
        if (
            self.lang == "es"
            and not times
            and "ría" in text
            and _CONDITIONAL_ES.search(text, _clause_span(text, figure)[0], figure.value_start)
        ):
            # "El MEM estima que cerrar la brecha costaría 2.300 millones": what something would
            # cost or be, told with no time of its own, is of no period the text reports.
            return None, "", None, None
        if (
            index > 0
            and _PART_OF_WHOLE.fullmatch(
                text, sentence.figures[index - 1].value_end, figure.value_start
            )
            and _STANDING_WHOLE.match(text, figure.value_end)
        ):
            # "won 29 of the 32 seats", "in 10 of the country's 22 departments": the whole is
            # a standing count, undated.
            return None, "", None, None
        if times and "," in text:
            when = next(
                (
                    t
                    for t in times
                    if t.end <= figure.value_start
                    and t.period_start is not None
                    and t.period_end is not None
                    and _WHEN_CLAUSE.fullmatch(text, t.end, figure.value_start)
                ),
                None,
            )
            if when is not None:
                # "the largest seizure since 2019, when 6 tons were found", "desde 2019, cuando
                # llegaron 2,5 millones": the clause is about that time.
                how = f"'{when.text}', the time its clause is about"
                start, end = when.period_start, when.period_end
                if when.note.startswith("since "):
                    # "have more than doubled since 2021, when they totaled $2.15 billion": the
                    # year itself, not the span from it
                    own = next(
                        (
                            t
                            for t in find_time_expressions(when.text, self.pub, self.lang)
                            if t.kind == "period" and t.period_start and t.period_end
                        ),
                        None,
                    )
                    if own is not None:
                        start, end = own.period_start, own.period_end
                return when, how, start, end
            times = _outside_asides(text, times, figure)
        if times and "(" in text:
            times = _outside_parentheses(text, times, figure, sentence.figures)
        if times and "," in text:
            # "police seized 4.2 tons last month, the largest single seizure this year": the
            # time after a superlative aside ranks the figure, it does not date it.
            times = [
                t
                for t in times
                if not (
                    t.start > figure.value_end
                    and _SUPERLATIVE_ASIDE.search(text, max(0, t.start - 110), t.start)
                )
            ]
        owned = _possessive_time(text, times, figure)
        if owned is not None and owned.period_start is not None and owned.period_end is not None:
            if owned.start < figure.value_start:
                # "than this year's 125.9 billion quetzales", "this year's appeal of $1.6
                # billion": the year that owns what the figure measures.
                return (
                    owned,
                    f"'{owned.text}'s', the figure's own",
                    owned.period_start,
                    owned.period_end,
                )
            bound = next(
                (
                    t
                    for t in times
                    if t.start >= owned.end
                    and t.period_end is not None
                    and owned.period_start < t.period_end < owned.period_end
                    and (
                        t.period_start is None
                        or (
                            t.period_start == t.period_end
                            and _AS_OF_BEFORE.search(text, max(0, t.start - 12), t.start)
                        )
                    )
                ),
                None,
            )
            if bound is not None and bound.period_end is not None:
                # "had executed 71% of this year's budget as of Nov. 15", "had funded 22% of
                # this year's appeal through November": the year's share up to that day.
                how = f"'{owned.text}'s' up to '{bound.text}'"
                return bound, how, owned.period_start, bound.period_end
        same = next((t for t in times if t.note == "same period"), None)
        if (
            same is not None
            and same.start > figure.tail_end
            and any(figure.value_end < f.value_start < same.start for f in sentence.figures)
            and _NEXT_CLAUSE.search(text, figure.tail_end, same.start) is not None
            and _tells_present_state(text, sentence.figures, index, self.lang)
        ):
            # ("Roughly one in two workers holds an informal job, and youth unemployment
            # reached nearly 20 percent over the same period": the next clause's figure's
            # period, not this one's, when this clause tells a present state.)
            same = None
        # (read only where it is needed: it walks back over the paragraph's figures)
        earlier = (
            self._earlier_dated(sentence, previous, not same.text.lower().endswith("time"))
            if same is not None
            else None
        )
        shifted_too = any(t.kind == "relative" and t.note != "same period" for t in times)
        if (
            same is not None
            and earlier is not None
            and not shifted_too  # "El año anterior, en el mismo lapso, ...": a year before it
            and not any(
                t.kind == "period"
                # ("$21.9 billion over that period, up 9% from the previous 12 months": the
                # change's baseline, after both)
                and not (
                    t.start > same.end
                    and t.start > figure.value_end
                    and (
                        _CHANGE_FROM.search(text, max(0, t.start - 8), t.start) is not None
                        # ("71.4 a day over that period, compared with 85.1 a day in
                        # September": the time of a figure after this one is that figure's)
                        or any(figure.value_end < f.value_start < t.start for f in sentence.figures)
                    )
                )
                for t in times
            )
        ):
            # "Shootings fell 15 percent over the same period": the period just given.
            if _change_end(text, sentence.figures, index) == "from":
                # "fell from 51.9 million in 2018 to 46.8 million in 2022. The rate dropped
                # from 41.9 percent to 36.3 percent over the same period": the first figure
                # is of the from end of the change before, the second of its to end.
                from_end = _from_end_before(earlier, previous)
                if from_end is not None:
                    how = f"'{same.text}' as the from end of the change before"
                    return from_end.period, how, from_end.period_start, from_end.period_end
            return earlier.period, f"'{same.text}' as the figure before", *earlier.dates
        if same is not None and earlier is not None:
            years = [
                t
                for t in times
                if t.kind == "period"
                and t.period_start is not None
                and t.period_end is not None
                and (t.period_start.month, t.period_start.day) == (1, 1)
                and (t.period_end.month, t.period_end.day) == (12, 31)
                and t.period_start.year == t.period_end.year
            ]
            if len(years) == 1 and len([t for t in times if t.kind == "period"]) == 1:
                # "El año pasado, en el mismo periodo, se habían recaudado US$2.600 millones":
                # the period of the figure before, in that year.
                holiday = earlier.period is not None and "holiday '" in earlier.period.note
                moved = _shift_back(*earlier.dates, f"year {years[0].period_start.year}", holiday)  # type: ignore[union-attr]
                if moved is not None:
                    how = f"'{same.text}' of '{years[0].text}'"
                    return years[0], how, moved[0], moved[1]
        relative = _relative_after(text, figure, times)
        if relative is not None and relative.note == "same period" and shifted_too:
            # ("A year earlier, the navy seized 65 tons over the same months": the months of the
            # figure before, moved by the time the sentence opens with)
            relative = None
        relative = relative or _relative_when(text, figure, times)
        if relative is not None and _DIFFERENCE.match(text, figure.tail_end):
            relative = None  # "Q150 más que un año antes": a difference, dated by its later end
        if (
            relative is not None
            # ("In the same quarter a year earlier, exports had fallen 2 percent": a change
            # in the period the sentence opens with)
            and (
                not (
                    figure.is_change
                    # ("That was a drop of 54 from the same period a year earlier": an amount of
                    # change measured from the time, dated by the later period)
                    or (
                        text.endswith(" from ", 0, relative.start)
                        and _AMOUNT_CHANGE_LEAD.search(
                            text, max(0, figure.value_start - 40), figure.value_start
                        )
                        is not None
                    )
                )
                or relative.end <= figure.value_start
                # ("faster than the 5.2% growth in the previous quarter": when the change
                # happened, not what it is measured from)
                or _IN_BEFORE_TIME.search(text, max(0, relative.start - 8), relative.start)
                is not None
                # ("compared with a 2% decline a year earlier": the change happened then)
                or _CHANGE_NOUN_THEN.fullmatch(text, figure.tail_end, relative.start) is not None
                # ("They had risen 18 percent the year before", "Habían crecido un 18 % el año
                # anterior": the pluperfect tells a change of that earlier time, not one
                # measured from it)
                or (
                    relative.start >= figure.tail_end
                    and _HAD_BEFORE.search(
                        text, max(0, figure.value_start - 40), figure.value_start
                    )
                    is not None
                    and _MEASURED_FROM.search(text, figure.tail_end, relative.start) is None
                )
            )
            and relative.note != "same period"
        ):
            later = (
                sentence.figures[index + 1].value_start
                if index + 1 < len(sentence.figures)
                else len(text)
            )
            base = max(
                (
                    t
                    for t in times
                    if t.kind == "period"
                    and t.period_start
                    and t.period_end
                    # ("The year before, the city recorded 516 killings, and in 2021, a record
                    # 562": a time in the next figure's clause, or after it, is that figure's)
                    and not (
                        t.start >= figure.tail_end
                        and (
                            t.start >= later
                            or _NEXT_CLAUSE.search(text, figure.tail_end, t.start) is not None
                        )
                    )
                ),
                key=lambda t: t.period_end or datetime.date.min,
                default=None,
            )
            dates: tuple[datetime.date, datetime.date] | None = None
            # ("Through August, copper exports totaled $31.9 billion, compared with $30.2
            # billion in the same period last year": the months the figure before in the
            # sentence took from its time, January to August, not the month the time names)
            read: _Resolved | None = None
            for r in reversed(previous):  # (the sentence's figures only: they are the last)
                if r.sentence is not sentence:
                    break
                if (
                    r.period is not None
                    and (r.period is base or base is None)
                    and r.period_start is not None
                    and r.period_end is not None
                    and "' before " not in r.period_how
                ):
                    read = r
                    break
            framing: TimeExpr | None = None
            if read is not None:
                dates, base_text = read.dates, "the figure before in the sentence"
                framing = read.period
            elif base is not None and base.period_start and base.period_end:
                dates, base_text = (base.period_start, base.period_end), f"'{base.text}'"
                framing = base
            elif (earlier := self._earlier_dated(sentence, previous)) is not None:
                # "respecto al mismo periodo del año pasado, cuando se contabilizaron 7.720":
                # the baseline of the figure given before — of the news's figure when the one
                # just before only gave its baseline ("fell to 10 percent in March from 11.4
                # percent in February. A year earlier, it had been 12.1 percent": March's).
                story = _story_figure(earlier, previous)
                dates, base_text = story.dates, "the figure before"
                framing = story.period
            elif (
                carried is not None
                and carried.period_start is not None
                and carried.period_end is not None
            ):
                # "Drug seizures rose sharply in the first half. Police seized 12 tons, compared
                # with 7 tons in the same period of 2023": the period the text speaks of.
                dates, base_text = (carried.period_start, carried.period_end), "the text's period"
                framing = carried
            if dates is not None:
                holiday = framing is not None and "holiday '" in framing.note
                shifted = _shift_back(dates[0], dates[1], relative.note, holiday)
                if (
                    shifted is not None
                    and not holiday
                    and framing is not None
                    and relative.note == "-1 year"
                    and 0 < (dates[1] - dates[0]).days < 7
                    and _NAMED_DAYS.search(framing.text) is not None
                ):
                    # ("from 6 p.m. Friday to midnight Monday. That was up from 187 a year
                    # earlier": the same weekdays a year before, 52 weeks back)
                    shifted = (
                        dates[0] - datetime.timedelta(weeks=52),
                        dates[1] - datetime.timedelta(weeks=52),
                    )
                if (
                    shifted is not None
                    and relative.note == "-1 year"
                    and (shifted[0].month, shifted[0].day) == (1, 1)
                    and text.endswith("all of ", 0, relative.start)
                ):
                    # "1,204 cases this year as of Sept. 12, compared with 285 in all of the
                    # prior year": that whole year, not its months up to the day
                    shifted = (shifted[0], datetime.date(shifted[0].year, 12, 31))
                if (
                    shifted is not None
                    and self.lang == "en"
                    and relative.note == "-1 year"
                    and "year" in relative.text
                    and _PREVIOUS_YEAR_ALONE.fullmatch(relative.text) is not None
                    and _OPENING_TIME.fullmatch(text, 0, relative.start) is not None
                ):
                    # "So far in 2024, 1,450 people have been killed. The previous year, 2,100
                    # were killed": the year the sentence opens on is the whole year before, not
                    # the same months of it (a comparison, "up from 2,100 the previous year",
                    # keeps the same months).
                    shifted = (
                        datetime.date(shifted[0].year, 1, 1),
                        datetime.date(shifted[0].year, 12, 31),
                    )
                if (
                    shifted is not None
                    and self.lang == "es"
                    and relative.note == "-1 year"
                    and relative.end <= figure.value_start
                    and "cerr" in text[relative.end : figure.value_start]
                    and _YEAR_BEFORE_ES.fullmatch(relative.text) is not None
                    and _CLOSED_WITH_ES.search(text, relative.end, figure.value_start) is not None
                ):
                    # "En lo que va del año hay 178.412 casos ... El año anterior, el país cerró
                    # con 274.227 casos": what the year closed with is the whole year, not its
                    # months up to the day of the figure before.
                    shifted = (
                        datetime.date(shifted[0].year, 1, 1),
                        datetime.date(shifted[0].year, 12, 31),
                    )
                if (
                    shifted is not None
                    and relative.note.startswith("+")
                    and event_start is not None
                    and event_start < shifted[0] == shifted[1]
                    and figure.unit_kind in ("count", "none")
                    and (
                        _TOLL.search(text, max(0, figure.value_start - 200), figure.value_start)
                        or _tolled(_tense_clause(text, figure), self.lang)
                    )
                ):
                    # "The hurricane made landfall on Sunday. Two days later, the death toll
                    # stood at 33": the toll of that day, a running total from the event's
                    # ("A week later, 58 people were still missing": a state on that day).
                    how = f"'{relative.text}' after {base_text}; a total since {event_start}"
                    return relative, how, event_start, shifted[1]
                if shifted is not None:
                    how = f"'{relative.text}' before {base_text}"
                    return relative, how, shifted[0], shifted[1]
        if self.lang == "en" and (figure.is_change or figure.unit_kind == "percent"):
            month = _month_compared_from(text, times, figure, self.pub)
            if month is not None:
                # "Prices fell 0.2% from May" (published in July): a change over the month after
                # the one it is measured from.
                first = add_months(month.period_start, 1)  # type: ignore[arg-type]
                last = _last_of_month(first)
                return (
                    month,
                    f"the month after '{month.text}', which it is measured from",
                    first,
                    last,
                )
        if (
            figure.is_change
            or figure.unit_kind == "percent"
            or figure.kind != "number"
            # ("up $138 billion from fiscal 2023", "an increase of 4,100 from 2022": an amount
            # of change, dated by the later period, never by its baseline)
            or _AMOUNT_CHANGE_LEAD.search(text, max(0, figure.value_start - 40), figure.value_start)
        ):
            times = [
                t
                for t in times
                if not _is_baseline_time(text, t)
                and not _THAN_EVENT.search(text, max(0, t.start - 60), t.start)
                and not _than_what_time(text, figure, t)
            ]
        else:
            # A time right after a comparison ("more than in all of 2022") dates what the figure
            # is compared with, never the figure.
            times = [
                t
                for t in times
                if not _THAN_TIME.search(text, max(0, t.start - 30), t.start)
                # ("about 2.7 million more than in the first round on May 29")
                and not _THAN_EVENT.search(text, max(0, t.start - 60), t.start)
                and not _than_what_time(text, figure, t)
                # ("reached US$2.4 billion, up 8 per cent on 2013": the change's baseline)
                and not (
                    t.start > figure.value_end
                    and _CHANGE_BASELINE_AFTER.search(text, max(0, t.start - 50), t.start)
                )
            ]
        if self.lang == "en" and "bringing" in text:
            year_total = _YEAR_TOTAL_LEAD.search(
                text, max(0, figure.value_start - 70), figure.value_start
            )
            before = _last_dated_in(sentence, previous)
            if (
                year_total is not None
                and before is not None
                and before.period_end is not None
                and not any(year_total.start() <= t.start < figure.value_start for t in times)
            ):
                # "totaled $2.1 billion in June, bringing the total for the year to $11.3
                # billion": the year up to the end of the period just given.
                first = datetime.date(before.period_end.year, 1, 1)
                how = "the year's total up to the period of the figure before"
                return before.period, how, first, before.period_end
        chosen, how = _pick_period(sentence.figures, index, times, text)
        if (
            chosen is not None
            and self.lang == "es"
            and _TO_DATE_ES.fullmatch(chosen.text) is not None
        ):
            if _STILL_AFTER_ES.match(text, figure.tail_end) is not None:
                # "Hasta la fecha, 412 de esas mujeres siguen sin ser localizadas": how things
                # stand now, not a count of the year so far.
                return None, "", None, None
            if (
                event_start is not None
                and chosen.period_start is not None
                and chosen.period_end is not None
                and chosen.period_start < event_start <= chosen.period_end
            ):
                # "El brote comenzó en marzo. A la fecha se han confirmado 1.240 casos": a
                # running total since the event's start, not since the year's.
                how = f"'{chosen.text}', a total since {event_start}"
                return chosen, how, event_start, chosen.period_end
        if (
            chosen is not None
            and how == "the sentence's only period"
            and chosen.start >= figure.tail_end
            and (
                _NEXT_CLAUSE.search(text, figure.tail_end, chosen.start) is not None
                # ("The hospital has 600 beds and admitted 41,000 patients last year": a verb
                # of its own in the past after 'and', without a comma)
                or (
                    self.lang == "en"
                    and " and " in text[figure.tail_end : chosen.start]
                    and _AND_PAST_VERB_EN.search(text, figure.tail_end, chosen.start) is not None
                )
            )
        ):
            # "Mining accounts for about 14 percent of Chile's economy, and copper made up
            # more than half of its exports last year": the time of the next clause is not a
            # standing fact's, told in the present in a clause of its own. (A time after the
            # last clause, "..., de acuerdo con la Ensmi 2014-2015", dates them all.)
            owner = max(
                (j for j, f in enumerate(sentence.figures) if f.value_start < chosen.start),
                default=index,
            )
            in_later = (
                owner > index and chosen.start < _own_clause(text, sentence.figures, owner)[1]
            )
            if in_later and _tells_present_state(text, sentence.figures, index, self.lang):
                chosen, how = None, ""
        if (
            chosen is not None
            and chosen.period_start is not None
            and chosen.period_end is not None
            and (chosen.period_start.month, chosen.period_start.day) == (1, 1)
            and chosen.period_end > chosen.period_start
        ):
            fronted = next(
                (
                    t
                    for t in times
                    if t.end <= figure.value_start
                    and t.start < chosen.start
                    and t.period_end is not None
                    and chosen.period_start < t.period_end < chosen.period_end
                    and (
                        (
                            t.period_start == t.period_end
                            and _AS_OF_BEFORE.search(text, max(0, t.start - 8), t.start)
                        )
                        # ("Through Sunday, there had been 350 homicides this year": a bound)
                        or (t.period_start is None and t.note.startswith("by "))
                    )
                ),
                None,
            )
            if fronted is not None and fronted.period_end is not None:
                # "As of Sept. 12, officials had confirmed 1,204 measles cases this year": the
                # year up to that day, as 'this year as of Sept. 12' is.
                how = f"'{chosen.text}' up to '{fronted.text}'"
                return chosen, how, chosen.period_start, fronted.period_end
        if (
            chosen is None
            and carried is not None
            and carried.period_start is not None
            and self.pub is not None
            and carried.period_start <= self.pub
            and _SINCE_THEN_LEAD.search(text, 0, figure.value_start)
        ):
            # "The updated vaccine was approved in September. Since then, about 38 million
            # doses have been administered": from the time before up to publication.
            return carried, "since the time before", carried.period_start, self.pub
        if (
            chosen is not None
            and chosen.start >= figure.value_end
            and chosen.period_start is not None
            and chosen.period_end is not None
            and _BUDGET_OF.search(text, max(0, chosen.start - 30), chosen.start)
        ):
            within = [
                t
                for t in times
                if t.kind == "period"
                and t.end <= figure.value_start
                and t.period_start is not None
                and t.period_end is not None
                and chosen.period_start <= t.period_start
                and t.period_end <= chosen.period_end
                and (t.period_start, t.period_end) != (chosen.period_start, chosen.period_end)
            ]
            if within:
                # "En el primer trimestre se ejecutó el 19,8 % del presupuesto de 2024": the
                # year names the budget; the figure is of the part of it the sentence gives.
                chosen, how = within[-1], "precedes the figure; the year names the budget"
        if (
            chosen is not None
            and event_start is not None
            and self.pub is not None
            and chosen.period_start == event_start
            and chosen.period_end is not None
            and event_start < chosen.period_end < self.pub
            and chosen.end <= figure.value_start
            and _EVENT_TIME.search(text, max(0, chosen.start - 30), chosen.start)
            and not _FUTURE_WORDS.search(text, chosen.end, figure.tail_end)
        ):
            # "Durante la temporada de lluvias, que comenzó en mayo, Conred contabilizó 1.830
            # incidentes": the month dates the event's start; the count runs from it to now.
            return chosen, f"{how}; a running total since {event_start}", event_start, self.pub
        if (
            chosen is not None
            and self.pub is not None
            and chosen.period_start is not None
            and chosen.period_end is not None
            and chosen.period_end < self.pub
            and (
                # (plain tests first: a perfect's auxiliary before the figure)
                (
                    may_contain(
                        text[max(0, figure.value_start - 50) : figure.value_start],
                        ("ha",),  # (has, have, ha, han)
                    )
                    and _PERFECT_BEFORE.search(
                        text, max(0, figure.value_start - 50), figure.value_start
                    )
                )
                # ("At least 400 people have died in custody during the state of emergency,
                # which began in March 2022": the perfect right after the figure's noun)
                or (
                    self.lang == "en"
                    and _PERFECT_AFTER.match(text, figure.tail_end) is not None
                    and chosen.start > figure.tail_end
                )
            )
            and _STARTED_THEN.search(text, max(0, chosen.start - 40), chosen.start)
        ):
            # "Police have arrested 83,000 people under a state of emergency declared in March
            # 2022", "The program, which began in 2019, has trained 4,500 officers": the time
            # dates what started then; the perfect counts from it to now.
            how = f"{how}; a running total since what started then"
            return chosen, how, chosen.period_start, self.pub
        if figure.unit_kind == "currency":
            budget = next(
                (t for t in times if t.kind == "period" and _BUDGET_AFTER.match(text, t.end)), None
            )
            if budget is None and _BUDGET_BEFORE.search(
                text, max(0, figure.value_start - 30), figure.value_start
            ):
                # "approved a budget of 429 billion lempiras ($17.4 billion) for this year on
                # Thursday": the period the budget is for.
                budget = next(
                    (
                        t
                        for t in times
                        if t.kind == "period"
                        and t.start > figure.value_end
                        and _FOR_BEFORE.search(text, max(0, t.start - 8), t.start)
                    ),
                    None,
                )
            if budget is not None and budget is not chosen:
                # "approved a 2025 budget of Q148.5 billion on Thursday": the budget's year.
                chosen, how = budget, "the year of the budget"
        end_of_change = _change_end(text, sentence.figures, index)
        if not end_of_change and _MULTIPLIED_TO.search(
            text, max(0, figure.value_start - 30), figure.value_start
        ):
            # "From 2019 to 2023, the number of tourists doubled to 2.6 million": the level
            # the change arrived at.
            end_of_change = "to"
        if (
            not end_of_change
            and index > 0
            and sentence.figures[index - 1].is_change
            and _TO_AFTER_CHANGE.search(text, max(0, figure.value_start - 16), figure.value_start)
        ):
            # "From 2022 to 2023, homicides dropped 10 percent, to 2,897": the level reached.
            end_of_change = "to"
        # ("Farms fell by 141,733 between 2017 and 2022. Farmland also shrank by 20 million
        # acres over the five years, to 880 million acres": the span the text speaks of)
        span = chosen if chosen is not None else carried if end_of_change == "to" else None
        if (
            end_of_change
            and span is not None
            and span.note.startswith("years ")
            and span.period_start is not None
            and span.period_end is not None
            # ("fell 9 percent in the 2023-24 harvest, which ended in September, to 5.6 million
            # bags": one season, not a span of calendar years whose ends are two years)
            and (span.period_start.month, span.period_start.day) == (1, 1)
            and (span.period_end.month, span.period_end.day) == (12, 31)
        ):
            # "Entre 2019 y 2022, el presupuesto creció de Q8.900 millones a Q13.600 millones":
            # the first figure is of the first year, the second of the last.
            year = span.period_start.year if end_of_change == "from" else span.period_end.year
            return (
                span,
                f"{how or 'the span the text speaks of'}; the {end_of_change} end of a change",
                datetime.date(year, 1, 1),
                datetime.date(year, 12, 31),
            )
        following = sentence.figures[index + 1] if index + 1 < len(sentence.figures) else None
        tense = _Tense(_tense_clause(text, figure, following), self.lang)
        if self.lang == "en" and "," in text:
            inside = next(
                (
                    m
                    for m in _RELATIVE_ASIDE.finditer(text)
                    if m.start() < figure.value_start < m.end()
                ),
                None,
            )
            if inside is not None:
                # "González, who received 44.4%, said she would ask for a recount": the aside's
                # verb is the figure's, not the sentence's.
                tense = _Tense(inside.group(0), self.lang)
        if self.lang == "en" and "home to" in text:
            home = next(
                (
                    m
                    for m in _HOME_TO_ASIDE.finditer(text)
                    if m.start() < figure.value_start < m.end()
                ),
                None,
            )
            if home is not None and (
                chosen is None or not home.start() <= chosen.start < home.end()
            ):
                # "The region, home to about 8% of the world's population, accounted for 37% of
                # the victims in 2022": the aside says what the place is, undated.
                return None, "", None, None
        if self.lang == "es" and "donde" in text:
            where = _WHERE_LIVE_ES.search(text, max(0, figure.value_start - 30), figure.value_start)
            if where is not None and (chosen is None or chosen.start < where.start()):
                # "provino de Estados Unidos, donde viven unos 3 millones de guatemaltecos": who
                # lives in a place is a standing fact, not of the period the main clause reports.
                return None, "", None, None
        if (
            chosen is not None
            and chosen.end <= figure.value_start
            and _SINCE_THEN.search(text, chosen.end, figure.value_start)
        ):
            # "Inflation, which hit 9.1 percent in June 2022, has since eased to 3.3 percent"
            return None, "", None, None
        if chosen is not None and (
            chosen.end <= figure.value_start or chosen.start >= figure.tail_end
        ):
            own_start, own_end = _own_clause(text, sentence.figures, index)
            if (
                not own_start <= chosen.start < own_end
                and may_contain(text[own_start:own_end], _NOW_WORDS)
                and _NOW.search(text, own_start, own_end)
            ):
                # "In March of 2013, the Public Ministry had 1,200 prosecutors; it now has
                # 2,900": the figure's own clause says it is a present state.
                return None, "", None, None
            habit = (
                None
                if own_start <= chosen.start < own_end
                else _HABIT.search(lower(text), own_start, own_end)
            )
            if habit is not None:
                # (the habit's own verb, after a reporting one: "quien añadió que ...")
                told = max(
                    (m.end() for m in _REPORTED_LEAD.finditer(text, own_start, habit.start())),
                    default=own_start,
                )
                words = lower(text[told : habit.start()] + " " + text[habit.end() : own_end])
                if not _TOLD_PAST[self.lang].search(words):
                    # "En octubre la cifra fue de 74.210, dijo la comisionada, quien añadió que
                    # cientos de migrantes salen cada día": a habit its own clause tells in the
                    # present, undated by the time of another clause (not "salían cada día").
                    return None, "", None, None
        stepped = _PREVIOUS_MONTHS.search(chosen.text) if chosen is not None else None
        if stepped is not None and chosen is not None:
            count = small_number(stepped.group(1))
            before = max(
                (r for r in previous if r.period_start is not None and r.period_end is not None),
                key=lambda r: r.period_end or datetime.date.min,
                default=None,
            )
            if (
                count is not None
                and before is not None
                and before.period_start is not None
                and before.period_start.day == 1
                and before.period_end == _last_of_month(add_months(before.period_start, count - 1))
            ):
                # "killed at least 1,086 people in the first three months of this year ... In
                # the previous three months, 1,732": the months before the ones just named.
                first = add_months(before.period_start, -count)
                last = before.period_start - datetime.timedelta(days=1)
                return chosen, f"'{chosen.text}' before the period named", first, last
        if (
            chosen is not None
            and self.lang == "en"
            and text.endswith(" by ", 0, figure.value_start)
            and _RAISE_AHEAD_EN.search(text, max(0, figure.value_start - 60), figure.value_start)
            is not None
            and any(
                t.period_end is None
                and t.note.startswith("from ")
                and figure.tail_end < t.start <= figure.tail_end + 7
                for t in sentence.times
            )
        ):
            # "voted on Monday to raise council tax by 4.99 percent from April": a change that
            # takes effect from a month on, an open-ended future, not of the vote's day
            return None, "", None, None
        if chosen is not None:
            start, end = chosen.period_start, chosen.period_end
            if (
                start is not None
                and end is not None
                and self.pub is not None
                and start <= self.pub < end
                and (self.pub - start) * 2 < end - start
                and _PART_OF_YEAR.fullmatch(chosen.note)
                and tense.past
                and _YEAR.search(text) is None
                and not any(word in chosen.text.lower() for word in ("año", "year"))
            ):
                # "En el primer semestre, las exportaciones crecieron 5 %" in late January: a
                # part of the year told in the past that had barely begun is last year's ('el
                # primer trimestre del año' names the year it is in).
                start, end = start.replace(year=start.year - 1), end.replace(year=end.year - 1)
                return chosen, f"'{chosen.text}' told in the past: the last one", start, end
            if (
                start is not None
                and self.pub is not None
                and self.pub < start
                and chosen.note.startswith("end of year ")
                and chosen.note.endswith(" of publication")
                and tense.past
            ):
                # "Al cierre del año, la deuda equivalía al 29 %": told in the past, the end of
                # the year before publication's
                start = end = datetime.date(start.year - 1, 12, 31)
            if (
                chosen.note.startswith("since ")
                and start is not None
                and end is not None
                and end == self.pub
            ):
                bound = next(
                    (
                        t
                        for t in times
                        if t.note.startswith("by ")
                        and t.period_start is None
                        and t.period_end is not None
                        and start < t.period_end < end
                    ),
                    None,
                )
                if bound is not None:
                    # "283 deaths since the disease re-emerged on Oct. 2, ... covering data
                    # through Dec. 5": the running total up to the day the data reach.
                    return chosen, f"{how}; up to '{bound.text}'", start, bound.period_end
            if (
                chosen.note.startswith("end of year ")
                and start is not None
                and not _STOCK.search(text, 0, figure.value_start)
                and (
                    _ADDED_UP.search(tense.clause)
                    or not (
                        (figure.unit_kind == "percent" and not figure.is_change)
                        # "La tasa de homicidios se ubicó en 16,7 por cada 100.000 habitantes al
                        # cierre de 2022": a rate per population counts the year's events,
                        # unless it is told as a level ("la tasa era de") or counts a
                        # register's members on its last day ("reclusos por cada 100.000")
                        or (
                            figure.unit_kind == "rate"
                            and not figure.is_change
                            and _STOCK_COUNTED.search(tense.clause) is not None
                        )
                        or _LEVEL.search(tense.clause)
                    )
                )
            ):
                # (a change of a flow is of the flow's year: "recibió 93,8 millones de turistas
                # al cierre de 2024, un 10,1 % más que el año anterior")
                # "Al cierre de 2023, la SAT había recaudado Q86.000 millones", "A finales del
                # año pasado murieron 300 personas": what happened in the year, not a level on
                # its last day ("la deuda equivalía al 61,1 %", "85,000 people were in prison").
                return chosen, f"{how}; the year it closes", datetime.date(start.year, 1, 1), start
            if start is None and end is not None:
                if self.pub is not None and end > self.pub:
                    return None, "", None, None
                if event_start is not None and event_start <= end:
                    return chosen, f"{how}; a running total since {event_start}", event_start, end
                if (
                    self.lang == "en"
                    and chosen.note.startswith(("as of ", "by as of "))
                    and (
                        _PAST_STILL.search(tense.clause) is not None
                        or _OWN_STATE_AFTER.match(text, figure.tail_end) is not None
                    )
                ):
                    # "As of Monday morning, 15,000 customers were still without power", "As of
                    # June 30, 45 patients remained in hospital": how things stood that day.
                    return chosen, f"{how}; a state that day", end, end
                if (
                    self.lang == "es"
                    and chosen.note.startswith(("as of ", "by "))
                    and (
                        _STOCK.search(text, 0, figure.value_start) is not None
                        or (
                            chosen.note.startswith(("as of ", "by as of "))
                            and _STOCK_COUNTED.search(text, 0, figure.tail_end) is not None
                        )
                        # ("contaba con 1,47 millones de afiliados al cierre de agosto": what a
                        # body held, told as a state, when the month closed)
                        # ("La cifra de reclusos llegó a 26.415 al cierre de enero", "reportó
                        # 17.230 personas privadas de libertad al cierre de mayo": the members a
                        # register held when the month closed)
                        or (
                            chosen.note.startswith("by ")
                            and text[max(0, chosen.start - 13) : chosen.start].lower()
                            == "al cierre de "
                            and (
                                _LEVEL.search(tense.clause) is not None
                                or _STOCK_COUNTED.search(
                                    text, 0, max(figure.tail_end, chosen.start)
                                )
                                is not None
                            )
                        )
                        # ("Al 30 de junio había 45 pacientes hospitalizados", "... 45 seguían
                        # internados": how things stood that day)
                        or (
                            # ('Hasta el 30 de septiembre había 1.240 pacientes hospitalizados':
                            # a day, not a month, and a state on it)
                            chosen.note.startswith(("as of ", "by as of ", "by date "))
                            and chosen.end <= figure.value_start
                            and _STOOD_THEN_ES.search(
                                text, chosen.end, min(len(text), figure.tail_end + 30)
                            )
                            is not None
                        )
                    )
                ):
                    # "La deuda alcanzó US$30.500 millones al 31 de diciembre", "las reservas
                    # sumaban US$21.500 millones al cierre de mayo": a level that day.
                    return chosen, f"{how}; a level that day", end, end
                if (
                    self.lang == "en"
                    and chosen.note.startswith("by ")
                    # (not "Through the end of March, the deficit stood at": a flow to then)
                    and text[max(0, chosen.start - 16) : chosen.start]
                    .lower()
                    .endswith("by the end of ")
                    and (
                        _LEVEL.search(text, 0, figure.value_start) is not None
                        # ("By the end of May, 3,100 people were in shelters": where they were)
                        or _WERE_IN_AFTER.match(text, figure.tail_end) is not None
                    )
                ):
                    # "The number of people forcibly displaced reached 120 million by the end of
                    # April": a level on the month's last day, not a count of the year up to it.
                    return chosen, f"{how}; a level that day", end, end
                if (
                    self.lang == "en"
                    and figure.unit_kind == "percent"
                    and chosen.note.startswith("by '")
                    and chosen.text.lower().rstrip("’'s") in WEEKDAYS
                    and not figure.is_change
                    and not tense.future
                    and not tense.present
                ):
                    # "Power was restored to about 90% of Cuban homes by Wednesday": the share
                    # reached by a day is how things stood that day.
                    return chosen, f"{how}; a share reached that day", end, end
                if chosen.note.startswith("by year ") and figure.unit_kind in ("percent", "rate"):
                    # "By 2023 the share had risen to 58 percent": a level, in that year.
                    return (
                        chosen,
                        f"{how}; a level reached that year",
                        end.replace(month=1, day=1),
                        end,
                    )
                if _MONTH_NAME.search(chosen.text) and not (tense.future or tense.present):
                    # "Through September, agents seized 41 tons", "Hasta septiembre hemos
                    # recibido a 61.000": a count of the year up to the end of that month.
                    first = datetime.date(end.year, 1, 1)
                    return chosen, f"{how}; the year up to {end}", first, end
                return None, "", None, None
            if end is None and start is not None:
                # An open-ended future ('from June 1'): no period.
                return None, "", None, None
            if start == end and start is not None:
                if (
                    "relative to publication" in chosen.note
                    and tense.present
                    and not tense.perfect
                    # ("were still without power on Monday": a state in the past, on its own
                    # day; not "rose to 131 on Wednesday, and 300 were still missing")
                    and not (
                        self.lang == "en"
                        and (
                            chosen.start >= figure.tail_end
                            # ("As of Monday morning, 15,000 customers were still without
                            # power": the day the state is given for, before the figure)
                            or _AS_OF_BEFORE.search(text, max(0, chosen.start - 12), chosen.start)
                        )
                        and _PAST_STILL.search(tense.clause)
                    )
                    # ("Some 3,000 people remain in shelters as of Friday": the day a present
                    # state is given for)
                    and not (
                        self.lang == "en"
                        and text[max(0, chosen.start - 6) : chosen.start].lower() == "as of "
                    )
                    and not (
                        # "Today, police detained another 8": the day read as a present
                        chosen.text.lower() in ("today", "hoy")
                        and not _Tense(tense.clause.replace(chosen.text, " "), self.lang).present
                    )
                    and not (
                        # "dos tercios de los diputados electos el domingo son hombres", "two-
                        # thirds of the deputies elected on Sunday are men": a share of what
                        # that day's event produced, a breakdown of it on its day
                        figure.unit_kind == "percent"
                        and figure.tail_end <= chosen.start < figure.tail_end + 60
                        and _PARTICIPLE_DAY[self.lang].search(
                            text, max(figure.tail_end, chosen.start - 40), chosen.start
                        )
                        is not None
                        and _STILL_NOW.search(tense.clause) is None
                    )
                ):
                    # "están empadronados para las elecciones del 25 de junio"
                    return None, "", None, None
                counted = figure.unit_kind in ("count", "none")
                if (
                    # (or a measure that adds up: "had burned 18,500 acres as of Wednesday")
                    (counted or figure.unit_kind == "measure")
                    and (chosen.end <= figure.value_start or chosen.start >= figure.tail_end)
                    and _AS_OF_BEFORE.search(text, max(0, chosen.start - 12), chosen.start)
                    and _PLUPERFECT.search(text, *_own_clause(text, sentence.figures, index))
                ):
                    # "As of Tuesday, 134,000 people had been affected", "As of June 18, the
                    # country had registered 6.1 million cases" after "so far this year": what
                    # had added up by that day, from the event's start or the year's.
                    if event_start is not None and event_start < start:
                        how = f"{how}; a running total since {event_start}"
                        return chosen, how, event_start, end
                    spanned = _span_later_in_clause(text, times, figure, start)
                    if spanned is not None and spanned.period_start is not None:
                        # "As of August 10, the ministry had recorded 82,000 dengue cases and
                        # 112 deaths this year": the year up to that day, for both figures.
                        how = f"'{spanned.text}' up to '{chosen.text}'"
                        return chosen, how, spanned.period_start, end
                    if (
                        carried is not None
                        and carried.period_start is not None
                        and carried.period_end is not None
                        and carried.period_start < start <= carried.period_end
                    ):
                        return (
                            chosen,
                            f"{how}; the total of the text's period",
                            carried.period_start,
                            end,
                        )
                toll = counted and _TOLL.search(
                    text, max(0, figure.value_start - 200), figure.value_start
                )
                total = counted and (tense.perfect or bool(toll))
                if (
                    event_start is not None
                    and event_start < start
                    and (total or tense.casualty)
                    # ("On Friday alone, 46 people died": that day's part of the toll)
                    and not _ALONE_AFTER.match(text, chosen.end)
                    # ("52 people died when a dam burst on Monday": the day of what killed
                    # them, those it killed that day)
                    and not (
                        tense.casualty
                        and not total
                        and chosen.start >= figure.tail_end
                        and text.find(" when ", figure.tail_end, chosen.start) != -1
                    )
                ):
                    return chosen, f"{how}; a running total since {event_start}", event_start, end
                if (
                    (
                        total
                        or _CASUALTY_PARTICIPLE.search(
                            text, max(0, figure.value_start - 80), figure.value_start
                        )
                    )
                    and event_start == start
                    and chosen.end <= figure.value_start
                    and self.pub is not None
                    and start < self.pub
                    and not tense.future
                ):
                    # "the death toll from the floods that began on April 29 had risen to
                    # 157": the day before the total is the event's start, and the toll runs
                    # from it ("rose to 48 on Thursday" is the day the total was given for).
                    how = f"{how}; a running total since {event_start}"
                    return chosen, how, event_start, self.pub
                if total and (event_start is None or event_start >= start):
                    # A running total whose event has no start in the text: no period.
                    return None, "", None, None
                if tense.future and "relative to publication" in chosen.note:
                    # "The operation will start on Monday 24": an open-ended future.
                    return None, "", None, None
            if (
                self.lang == "es"
                and self.pub is not None
                and start is not None
                and end is not None
                and start <= self.pub < end
                and (end - start).days < 366
                and (_PERFECT_ES.search(tense.clause) or _TALLY_ES.search(tense.clause))
                and not tense.future
                and not _PLANNED_ES.search(text)
            ):
                # "Los incendios han consumido 3.450 hectáreas este año", "En enero de este año
                # ya han cruzado 36.000 personas": what has happened so far, up to publication.
                return chosen, f"{how}; so far, up to publication", start, self.pub
            if (
                self.lang == "es"
                and self.pub is not None
                and start == datetime.date(self.pub.year, 1, 1)
                and end == datetime.date(self.pub.year, 12, 31)
                and start < self.pub < end
                and not tense.future
                and not _PLANNED_ES.search(text)
                and chosen.text.lower().endswith("este año")
                and any(
                    r.sentence.paragraph == sentence.paragraph
                    and r.period_start == start
                    and r.period_end == self.pub
                    for r in previous
                )
            ):
                # "en lo que va de 2024 ha practicado 3.214 necropsias ... Del total de este
                # año, 412 correspondieron a mujeres": once the text has counted the year so
                # far, 'este año' in a report of what happened is that same part of the year.
                # (Spanish only: the English files read 'this year' as the whole year.)
                return chosen, f"{how}; the year so far the text counted", start, self.pub
            if (
                self.lang == "es"
                and start is not None
                and end is not None
                and start.day == 1
                and end == _last_of_month(start)
                and _MONTH_END_BEFORE.search(text, max(0, chosen.start - 16), chosen.start)
                and _IMPERFECT_ES.search(tense.clause)
            ):
                # "A finales de junio, el ministerio reportaba 1.050 niños con desnutrición":
                # what stood on the month's last day — a stock its level, a count the year's.
                if _STOCK.search(text, 0, figure.value_start):
                    return chosen, f"{how}; a level at the month's end", end, end
                if figure.unit_kind in ("count", "none"):
                    first = datetime.date(end.year, 1, 1)
                    return chosen, f"{how}; the year up to the month's end", first, end
            if chosen.note.startswith("fiscal year ") and " from publication " in chosen.note:
                current = self._current_fiscal(int(chosen.note.split()[2]))
                if current is not None:
                    first, last = current
                    return (
                        chosen,
                        f"{how}; the text's fiscal year",
                        first,
                        self._so_far(text, chosen, first, last),
                    )
            if (
                chosen.note.startswith("year ")
                and chosen.note.endswith("year')")  # ('over the year', 'that year')
                and start is not None
                and end is not None
                and start.year == end.year
            ):
                # "Tax receipts rose 6% over the year" after "in the 2023-24 financial year":
                # the split year the text ran, ending in that year.
                split = next(
                    (
                        ran
                        for ran in self._split_years().values()
                        if ran[1].year == start.year and ran[0].year == start.year - 1
                    ),
                    None,
                )
                if split is not None:
                    return chosen, f"{how}; the split year the text ran", *split
            if chosen.note.startswith("years ") and " " not in chosen.note[6:]:
                # "The fiscal deficit for 2023/24" after "the 2023/24 fiscal year that ended in
                # March": the split year as the text ran it.
                ran = self._split_years().get(chosen.note) or self._split_like(chosen)
                if ran is not None:
                    return chosen, f"{how}; the split year as the text ran it", *ran
            if chosen.note.endswith("(calendar year assumed)") and start is not None:
                # A fiscal year whose months the sentence does not give ends when the text's
                # other fiscal years end ('..., which ended on Sept. 30'), or in September
                # in a U.S. text.
                fiscal_last = self._fiscal_end(start.year)
                if fiscal_last is not None:
                    first = add_months(fiscal_last, -12) + datetime.timedelta(days=1)
                    part = _FIRST_MONTHS_NOTE.search(chosen.note)
                    if part is not None:
                        # ("the first two months of fiscal 2025": October and November 2024;
                        # "the second quarter of fiscal 2025": January to March 2025)
                        after = int(part.group(1) or part.group(3))
                        fiscal_last = add_months(first, after) - datetime.timedelta(days=1)
                        if part.group(2):
                            first = add_months(first, int(part.group(2)) - 1)
                    fiscal_last = self._so_far(text, chosen, first, fiscal_last)
                    return chosen, f"{how}; the text's fiscal year", first, fiscal_last
                end = self._so_far(text, chosen, start, end)
            return chosen, how, start, end
        describing, describing_words = _DESCRIPTIVE[self.lang]
        describes = (
            may_contain(tense.clause, describing_words)
            and describing.search(tense.clause) is not None
        )
        classed = (
            self.lang == "en"
            and text.lstrip("“\"'")[:3] == "Of "
            and _CLASSED_AS_EN.match(text, figure.value_end) is not None
        )
        if classed:
            # ("Of those arrested, nine are minors": who the ones counted before are, like
            # Spanish "Del total, 9.400 son menores", not a situation now)
            describes = True
        # ('“This is the deadliest disaster,” Boric said, adding that the government would
        # spend 180 billion pesos': the quotation's opening word is not the figure's)
        lead = text.lstrip()
        quoted_out = lead[:1] in '“"«' and any(
            q in text[text.find(lead[:1]) + 1 : figure.value_start] for q in '”"»'
        )
        of_the = self._of_the_counted(text, figure, sentence, previous)
        refers_back = (
            (
                not quoted_out
                and _DEMONSTRATIVE_START[self.lang].match(text.lstrip("“\"'")) is not None
            )
            # "Escuintla concentra 9.800 de los casos", "El 80 % de los envíos proviene de ..."
            or (describes and _PARTITIVE_ES.match(text, figure.value_end) is not None)
            or (sentence.attribution is None and _PART_START.match(text.lstrip("“\"'")) is not None)
            or _OF_THEM.match(text, figure.tail_end) is not None
            or of_the is not None
            # ("Of the accused, six are former Eskom managers": who the ones counted are)
            or (
                classed
                and _OF_THE_GROUP_EN.match(text.lstrip("“\"'")) is not None
                and text.startswith(" are ", figure.value_end)
            )
            or _PRONOUN_AFTER.match(text, figure.value_end) is not None
            or figure.share_pronoun is not None
            or (
                # "Son 8 % menos que en el mismo periodo del año pasado": the figure before,
                # compared (the copula's subject is left out).
                _COPULA_LEAD.fullmatch(text, 0, figure.value_start) is not None
                and _DIFFERENCE.match(text, figure.tail_end) is not None
            )
        )
        share = figure.unit_kind == "percent" or figure.kind in ("ratio", "fraction")
        # ("Esto equivale a 10 muertes diarias", "Del total, 9.400 son menores": the present
        # describes the figures counted before, not a situation now.)
        # ("That is an increase of 0.3 percentage points from September": a change is no
        # situation now.)
        situation = (
            (tense.present and not tense.perfect and not share and not describes)
            and not figure.is_change
            # ("That is a real-terms rise of about £42 billion": a change, named before it)
            and not (
                self.lang == "en"
                and refers_back
                and _CHANGE_NOUN_OF.search(
                    text, max(0, figure.value_start - 40), figure.value_start
                )
            )
        )
        if refers_back and not situation and tense.present and not tense.perfect:
            # ("The money now equals nearly a fifth of GDP", "Esa cifra equivale hoy al 12 %":
            # a share said to hold now is how things stand, not a part of the figure before.)
            clause_start = _own_clause(text, sentence.figures, index)[0]
            situation = (
                _NOW_BEFORE.search(
                    text, max(clause_start, figure.value_start - 40), figure.value_start
                )
                is not None
            )
        if refers_back and not situation:
            # ("Miles de ellos viven en condiciones precarias": a present situation, undated.)
            part_of = None
            if figure.unit_kind == "currency":
                # ("approved a budget of 429 billion lempiras by a vote of 72 to 49. Of the
                # total, about 38 billion lempiras ...": a part of the money, not of the votes)
                part_of = next(
                    (
                        r
                        for r in reversed(previous)
                        if r.unit == figure.unit and r.sentence.paragraph == sentence.paragraph
                    ),
                    None,
                )
            if part_of is None:
                part_of = next(
                    (
                        r
                        for r in reversed(previous)
                        if r.counted and r.sentence.paragraph == sentence.paragraph
                    ),
                    None,
                )
            if part_of is not None and part_of.sentence is not sentence:
                part_of = _story_figure(part_of, previous)
            if of_the is not None:
                part_of = of_the
            if part_of is None and _DEMONSTRATIVE_START[self.lang].match(text.lstrip("“\"'")):
                # "Ese monto es un 18 % mayor que ...": the figure just given, whatever its unit.
                part_of = next(
                    (
                        r
                        for r in reversed(previous)
                        if r.sentence.paragraph == sentence.paragraph and r.period_end
                    ),
                    None,
                )
                if part_of is not None:
                    # ("fell to 27.6 percent in 2024 from 29 percent the previous year. That
                    # figure means ...": the news, not the level it is compared with)
                    part_of = _story_figure(part_of, previous)
            if _CHANGE_START.match(text.lstrip("“\"'")) and part_of is not None:
                # "The decline, of 7.7 percent": a change is dated by the period it arrives at.
                compared = [r for r in previous if r.sentence is part_of.sentence and r.period_end]
                if compared:
                    part_of = max(compared, key=lambda r: r.period_end or datetime.date.min)
            alone_span: tuple[datetime.date | None, datetime.date | None] = (None, None)
            if part_of is not None and part_of.period_start is not None:
                if part_of.unit != figure.unit:
                    alone_span = (part_of.period_start, part_of.period_end)
            elif carried is not None:
                alone_span = (carried.period_start, carried.period_end)
            alone_first, alone_last = alone_span
            if (
                alone_first is not None
                and alone_last is not None
                and self.lang == "en"
                and " alone, " in text[: figure.value_start]
            ):
                alone_total = next(
                    (
                        r
                        for r in reversed(previous)
                        if r.sentence.paragraph == sentence.paragraph
                        and r.period is not None
                        and ("running total" in r.period_how or r.period.note.startswith("since "))
                        and r.period_start is not None
                        and r.period_end is not None
                        and r.period_start <= alone_first
                        and alone_last <= r.period_end
                        and (r.period_start, r.period_end) != (alone_first, alone_last)
                    ),
                    None,
                )
                if alone_total is not None:
                    # "Heavy rains have killed 31 people since they began on Oct. 3. ... In Alta
                    # Verapaz alone, 14 bridges were damaged": a part singled out of the event
                    # counted as a running total, of that total's period (not the day the storm
                    # told in between came ashore).
                    how = "a part of the event's running total"
                    return (
                        alone_total.period,
                        how,
                        alone_total.period_start,
                        alone_total.period_end,
                    )
            if part_of is not None and part_of.period_start and part_of.period_end:
                # "3.000 de ellos", "Of those, 40 percent": a part of the figure counted before.
                how = f"the figure it refers back to ('{part_of.unit}')"
                return part_of.period, how, part_of.period_start, part_of.period_end
            if part_of is not None and part_of.sentence is sentence:
                # ("Nearly 362,000 Haitians are internally displaced, more than half of them
                # children": a part of a situation now, undated like it)
                return None, "", None, None
            those = (
                _OF_THOSE_WORDS.match(text, figure.value_end)
                if self.lang == "en" and " those " in text
                else None
            )
            if (
                those is not None
                and part_of is not None
                and part_of.period_start is None
                and part_of.period_end is None
                and part_of.sentence is not sentence
                and lower(those.group("w")) in lower(part_of.sentence.text)
            ):
                # ("9.6 million children are out of school. Girls account for 53 percent of
                # those out of school": a part of a situation told in the present, undated
                # like it; not the year an earlier sentence spoke of)
                return None, "", None, None
            if carried is not None:
                how = "the figure it refers back to"
                return carried, how, carried.period_start, carried.period_end
        if (
            _VOTE_FIGURE.match(text, figure.value_end, min(len(text), figure.tail_end + 30))
            or (
                may_contain(text, ("turnout",))
                and _TURNOUT.search(text, *_own_clause(text, sentence.figures, index))
            )
            # ("its candidate Edmundo González received more than 70%": a candidate's share)
            or (
                figure.unit_kind == "percent"
                and _CANDIDATE_GOT.search(text, max(0, figure.value_start - 30), figure.value_start)
            )
            or (
                self.lang == "en"
                and "by" in text
                and _LED_BY.search(text, max(0, figure.value_start - 90), figure.value_start)
                is not None
            )
            # ("Nasralla had 42.2 percent of the votes counted to Hernández's 40.5 percent": the
            # rival's share, set against a vote share before it)
            or (
                index > 0
                and figure.unit_kind == "percent"
                # (not "Turnout was 45 percent, down from 60 percent in the first round": a
                # baseline's election)
                and _COMPARED.search(text, sentence.figures[index - 1].tail_end, figure.value_start)
                is None
                and any(
                    r.figure is sentence.figures[index - 1] and r.period_how == _ELECTION_DAY_HOW
                    for r in previous
                )
            )
            # ("more than 30 points ahead of her nearest rival": a candidate's margin; "on track
            # to win at least 346 of the 500 seats": the seats the vote gives)
            or (
                self.lang == "en"
                and figure.unit.lower().endswith("points")
                and _MARGIN_AFTER.match(text, figure.tail_end) is not None
            )
            or (
                self.lang == "en"
                and figure.unit.lower() == "seats"
                and _SEATS_WON_BEFORE.search(
                    text, max(0, figure.value_start - 30), figure.value_start
                )
                is not None
            )
        ):
            day = self._election_day(sentence, ahead=True)
            if day is not None and day.period_start is not None:
                # "Maduro won 51.2% of the vote" after "since the July 28 presidential
                # election": the vote of the election the text dated.
                return day, _ELECTION_DAY_HOW, day.period_start, day.period_start
        unit_back = _THE_UNIT.search(text) if may_contain(text, _THE_UNIT_WORDS) else None
        if unit_back is not None:
            word = unit_back.group(1).lower()
            # ("$214 a month over the season" after "last winter": the three months named)
            season = word in ("season", "winter", "summer", "spring", "autumn")
            months = 3 if season else {"quarter": 3, "half": 6, "month": 1}.get(word, 12)
            named = max(
                (
                    r
                    for r in previous
                    if r.period_start is not None
                    and r.period_end is not None
                    and r.period_start.day == 1
                    and r.period_end == _last_of_month(add_months(r.period_start, months - 1))
                    # (a quarter or half of the calendar; "the 12-month period" any twelve)
                    and (months == 12 or season or (r.period_start.month - 1) % months == 0)
                ),
                key=lambda r: r.period_end or datetime.date.min,
                default=None,
            )
            if named is not None:
                # "Fishing jumped 28% in the quarter" after "grew 4.5% in the second quarter":
                # the quarter the text named.
                how = f"'{unit_back.group(0).strip()}', the one named before"
                return named.period, how, named.period_start, named.period_end
            if months in (3, 6):
                ended = _part_ended_before(previous, months)
                if ended is not None:
                    # "Remittances in the quarter totaled $5.4 billion" after "reserves stood at
                    # $23.4 billion at the end of the second quarter": that quarter, whose last
                    # day dated the level.
                    how = f"'{unit_back.group(0).strip()}', the one whose end was named before"
                    return ended, how, ended.period_start, ended.period_end
        set_against = _COMPARED_BEFORE.search(
            text, max(0, figure.value_start - 24), figure.value_start
        ) is not None and not _from_other_things(text, sentence.figures, index)
        if set_against or (
            # "obtenía 1.204.330 votos, frente a los 987.112 de su principal rival"
            self.lang == "es"
            and _COMPARED_BEFORE_ES.search(
                text, max(0, figure.value_start - 60), figure.value_start
            )
            is not None
        ):
            if self._compared_group(sentence, figure, previous):
                # "The rate for black infants was 11.4 per 1,000, compared with 5.1 for white
                # infants", "El departamento de Guatemala concentró 8.115, frente a 2.430 en
                # Escuintla": another group at the same time, not an earlier time.
                before = previous[-1]
                how = "the period of the figure it is compared with, for another group"
                return before.period, how, before.period_start, before.period_end
            if set_against:
                return None, "", None, None  # "down from 60 percent in the first round"
        if (
            # (or an amount whose money is implied: "and 28 billion for health")
            figure.unit_kind in ("currency", "none")
            and _BUDGET_SUBJECT.match(text.lstrip("“\"'"))
            and carried is not None
            and carried.period_start is not None
            and carried.period_end is not None
            and (carried.period_end - carried.period_start).days >= 364
            and not tense.perfect
        ):
            # "The budget includes 33.6 billion lempiras for education" after "a budget ... for
            # this year": an amount of the budget's year.
            how = "the budget's period"
            return carried, how, carried.period_start, carried.period_end
        if (
            figure.unit_kind == "percent"
            and not figure.is_change
            and figure.share_of is not None
            and _BUDGET_SHARE.search(figure.share_of) is not None
            and carried is not None
            and carried.period_start is not None
            and carried.period_end is not None
            and (carried.period_end - carried.period_start).days >= 364
            and not tense.perfect
            and not tense.future
        ):
            # "around 30 percent of the budget is earmarked for transfers" after "approved a
            # 2026 budget": a share of the budget the text dates is of the budget's period,
            # not a state now.
            how = "the budget's period, a share of it"
            return carried, how, carried.period_start, carried.period_end
        if (
            tense.present
            and not tense.perfect
            and (
                figure.unit_kind in ("currency", "none")  # (not "la deuda equivale al 31,5 %")
                # ("The budget is 18% larger than this year's": a comparison of the plan)
                or _LARGER_THAN.match(text, figure.tail_end) is not None
            )
            and carried is not None
            and carried.period_start is not None
            and self.pub is not None
            and carried.period_start > self.pub
            # ("The department has a population of about 1.4 million" after a budget for next
            # year: how many live there is no amount of the plan)
            and not _POPULATION_OF.search(lower(tense.clause))
        ):
            # "El monto destinado a seguridad asciende a 28.500 millones" in a budget for 2025:
            # an amount of the planned period it belongs to.
            how = "the planned period it belongs to"
            return carried, how, carried.period_start, carried.period_end
        if (
            self.lang == "es"
            and carried is not None
            and self.pub is not None
            and carried.period_end == self.pub
            and carried.period_start == datetime.date(self.pub.year, 1, 1)
            and event_start in (None, carried.period_start)
            and not tense.future
            and (tense.perfect or _TALLY_ES.search(tense.clause))
            # ("Cada semana se suman alrededor de 600 casos": how often, a habit; no period)
            and not tense.habit
        ):
            # "En lo que va del año se han registrado 1.500 casos de dengue. Además, se han
            # confirmado 15 muertes": the perfect goes on with the year so far.
            return carried, "the year so far, carried", carried.period_start, carried.period_end
        if (
            tense.present
            and carried is not None
            and figure.unit_kind in ("count", "none", "rate")
            and _RANKED.search(tense.clause) is not None
        ):
            how = "the count it ranks places by"
            return carried, how, carried.period_start, carried.period_end
        if (
            carried is None
            and figure.unit_kind in ("count", "none")
            and not tense.future
            and ("fue" in tense.low or "were the " in tense.low or "was the " in tense.low)
            and _RANKED.search(tense.clause) is not None
        ):
            whole = next(
                (
                    r
                    for r in reversed(previous)
                    if r.sentence is not sentence
                    and r.sentence.paragraph == sentence.paragraph
                    and r.counted
                    and r.period_start is not None
                    and r.period_end is not None
                ),
                None,
            )
            if whole is not None:
                # "Conred contabilizó 1.830 incidentes durante la temporada de lluvias, que
                # comenzó en mayo. Los deslizamientos fueron los más frecuentes, con 640 casos":
                # the kinds the count before is ranked by, of its period (a running total
                # carries no period to the sentences after it).
                how = "the count it ranks kinds by"
                return whole.period, how, whole.period_start, whole.period_end
        if (
            self.lang == "en"
            and carried is not None
            and _POINTER_OPENING_EN.match(text)
            and tense.present
        ):
            # "640 kilometers were paved or repaired in 2024. That figure includes 210
            # kilometers of projects begun before": a part of the figure pointed back to, of
            # its period.
            how = "the period of the figure it points back to"
            return carried, how, carried.period_start, carried.period_end
        if previous and sentence.figures:
            restated = _restated_count(sentence, previous)
            if restated is not None:
                # "The toll rose to 99 on Wednesday. ... Of the 99 victims, two out of three
                # were from ...": the count named again, and its parts, are of its period.
                how = "the period of the count it names again"
                return None, how, restated.period_start, restated.period_end
        if (
            tense.present
            and not tense.perfect
            and _VOTER_ROLL.search(lower(tense.clause)) is not None
        ):
            day = self._election_day(sentence)
            if day is not None and day.period_start is not None:
                # "En el país hay unos 4,4 millones de ciudadanos habilitados para votar" after
                # "las elecciones del domingo": the roll of the election the text dated, on its
                # day, like the turnout that is a share of it.
                return day, _ELECTION_DAY_HOW, day.period_start, day.period_start
        if (
            tense.present
            and not tense.perfect
            and not tense.future
            and self.event
            and event_start is not None
            and self.pub is not None
            and event_start <= self.pub
            and figure.unit_kind in ("currency", "measure", "none")
            and _EVENT_COST.search(lower(tense.clause)) is not None
        ):
            # "Las pérdidas en la agricultura rondan los 4.000 millones de lempiras", "los daños
            # superan los 780 millones" after a storm's dead counted since its landfall: what
            # the event has cost so far, a running total like its toll.
            return None, f"a running total since {event_start}", event_start, self.pub
        if (
            self.lang == "es"
            and figure.unit_kind == "currency"
            and carried is not None
            and carried.period_start is not None
            and carried.period_end is not None
            and "valor" in text
            and _SEIZED_VALUE_ES.search(tense.clause) is not None
        ):
            # "incautaron el sábado 1.480 kilos de cocaína. La droga tiene un valor estimado de
            # US$37 millones": the worth of what was seized is of the seizure, told in the
            # present.
            return carried, _CARRIED, carried.period_start, carried.period_end
        if (
            self.lang == "es"
            and figure.unit_kind == "rate"
            and carried is not None
            and carried.period_start is not None
            and carried.period_end is not None
            and "tasa" in text
            and _RATE_APPOSITION_ES.search(
                text, max(0, figure.value_start - 60), figure.value_start
            )
            is not None
            and text.startswith(",", _clause_end(text, figure.tail_end, len(text)))
        ):
            # "el estado registró 4.164 homicidios en 2023 ... La tasa estatal, de 66 por cada
            # 100.000 habitantes, sigue siendo una de las más altas": the rate set off in an
            # aside is that of the count just given; the present ranks it.
            return carried, _CARRIED, carried.period_start, carried.period_end
        if (
            carried is not None
            and carried.period_start is not None
            and carried.period_end is not None
            and (
                (
                    "(" in text
                    and _NAMED_BEFORE_BRACKET.search(
                        text, max(0, figure.value_start - 40), figure.value_start
                    )
                    is not None
                    and _CLOSE_BRACKET.match(text, figure.value_end) is not None
                )
                or _NAMED_WITH.search(text, max(0, figure.value_start - 40), figure.value_start)
                is not None
            )
        ):
            # "8.732 casos de dengue en lo que va del año ... Los departamentos con más casos son
            # Escuintla (1.420), Zacapa (980) y Chiquimula (765)" (or "son Guatemala, con
            # 5.604; ..."): a place's share of the count just given, set after its name, is of
            # that count's period even when the sentence that lists it is in the present.
            how = "the period carried over; a part named in brackets"
            return carried, how, carried.period_start, carried.period_end
        if (
            carried is not None
            and carried.period_start is not None
            and carried.period_end is not None
            and figure.unit_kind == "percent"
            and _OF_THE_TOTAL.match(text, figure.value_end) is not None
        ):
            # "La población extranjera alcanzó 1.918.583 personas al 31 de diciembre de 2024 ...
            # Los venezolanos son la comunidad más numerosa, con el 37,8 % del total": a share of
            # the total just given, of its period, whatever the tense.
            how = "the period of the total it is a share of"
            of_total = _count_a_share_is_of("total", sentence, previous)
            if of_total is not None:
                # (the paragraph's first dated count: "11.3 million suspected dengue cases so
                # far this year ... 96,500 new cases in week 32. Brazil accounts for about 80
                # percent of the total")
                return of_total.period, how, of_total.period_start, of_total.period_end
            first_day, last_day = _as_last_given(carried, previous)
            return carried, how, first_day, last_day
        if (
            self.lang == "es"
            and carried is not None
            and carried.period_start is not None
            and carried.period_end is not None
            and tense.present
            and not tense.perfect
            and not tense.future
            and _NOW_BEFORE.search(tense.clause) is None
            # (how often: "Cada semana se suman alrededor de 600 casos" is a habit)
            and not tense.habit
            and _OF_GDP_ES.match(text, figure.value_end) is None
            # (not a streak, "el país suma 400 días sin homicidios", nor a plan, "la inversión
            # prevista asciende a Q400 millones")
            and _TIME_UNIT_AFTER_ES.match(text, figure.value_end) is None
            # (a report's month, quarter or year, not the days of an event: "Las lluvias de la
            # última semana dejaron 23 muertos ... La ayuda internacional asciende a 12
            # millones de dólares"; or the day a month closed, "llegó a 26.415 al cierre de
            # enero ... la ocupación supera el 370 %")
            and (
                (carried.period_end - carried.period_start).days >= 27
                or (
                    carried.period_start == carried.period_end
                    and carried.note.startswith("by ")
                    and carried.period_end == _last_of_month(carried.period_end)
                )
            )
            and _PLAN_WORD_ES.search(lower(tense.clause)) is None
            and _data_verb_before(text, sentence.figures, index)
        ):
            # "El 56 % de la población vive en pobreza, según la Encovi 2023 ... En el área
            # rural, la proporción alcanza el 67,3 %": a verb that tells what the data come to
            # (alcanza, se ubica, suma, representa …), right before the figure in its clause and
            # in the present Spanish reports data in, gives a figure of the report the text is
            # dating, not a situation now. Its period is the one the figure before took from
            # that time, when there is one ('al cierre de mayo': the month's last day).
            how = "the period carried over; the data told in the present"
            first_day, last_day = _as_last_given(carried, previous)
            return carried, how, first_day, last_day
        if (
            carried is not None
            and carried.period_start is not None
            and carried.period_end is not None
            and sentence.times
        ):
            next_start = (
                sentence.figures[index + 1].value_start
                if index + 1 < len(sentence.figures)
                else len(text)
            )
            baseline = next(
                (
                    t
                    for t in sentence.times
                    if figure.tail_end <= t.start < min(next_start, figure.tail_end + 40)
                    and t.kind == "period"
                    and t.period_end is not None
                    and _THAN_TIME.search(text, max(0, t.start - 30), t.start) is not None
                ),
                None,
            )
            if (
                baseline is not None
                and baseline.period_end is not None
                and baseline.period_end < carried.period_start
            ):
                # "... in 2022, according to the report. The midpoint of the range, about 735
                # million, is 122 million more than in 2019": set against an earlier time, the
                # figure is of the later one the text speaks of.
                how = "the period carried over; the time after 'than' is the baseline's"
                return carried, how, carried.period_start, carried.period_end
        if (
            self.lang == "en"
            and carried is not None
            and carried.period_start is not None
            and carried.period_end is not None
            and tense.present
            and not tense.perfect
            and not tense.future
            and (carried.period_end - carried.period_start).days >= 27
            and "est " in text
            and _RANKED_AT_EN.search(text, max(0, figure.value_start - 120), figure.value_start)
            is not None
        ):
            # "Unemployment held at 6.4 percent in August ... Spain still has the highest jobless
            # rate, at 11.5 percent": a place ranked among the figures of the release the text
            # dates, told in the present, is of that release's period.
            how = "the period carried over; a ranking in the release"
            return carried, how, carried.period_start, carried.period_end
        if (
            self.lang == "en"
            and index == 0
            and previous
            and tense.future
            and (
                lower(text).startswith(("of those,", "of them,", "of these,"))
                or _OF_THEM_AFTER.match(text, figure.value_end) is not None
            )
        ):
            whole = previous[-1]
            if (
                whole.sentence is not sentence
                and whole.sentence.paragraph == sentence.paragraph
                and whole.period_start is not None
                and whole.period_end is not None
                and whole.figure.unit_kind in ("count", "none")
            ):
                # "Nearly 1.6 million children are expected to suffer from acute malnutrition
                # this year ... Of those, about 430,000 will face the most severe form": a part
                # of the count just given, of its period, also in the future (a part said to
                # be so now, "Some 67,000 of them are staying in shelters", is a state now).
                how = "the period of the count it is part of"
                return whole.period, how, whole.period_start, whole.period_end
        if tense.present and not tense.perfect and not figure.is_change:
            whole_of = _whole_a_share_names(text, figure, tense.clause, self.lang)
        else:
            whole_of = ""
        if whole_of:
            whole = _count_a_share_is_of(whole_of, sentence, previous)
            if whole is not None:
                # "The Americas have recorded 11.3 million suspected dengue cases so far this
                # year ... Brazil accounts for about 80 percent of the total", "Congo accounts
                # for more than 90 percent of reported cases": a share of the count the
                # paragraph gave, told in the present, is of that count's period.
                how = "the period of the count it is a share of"
                return whole.period, how, whole.period_start, whole.period_end
        if tense.present and not tense.perfect and not tense.future:
            stock = self._day_stock_part(sentence, figure, tense, previous)
            if stock is not None:
                # "The prison population stood at 8,348 on Monday. Around 2,000 of those in
                # custody are untried": a part of a stock counted on one day, told in the
                # present, is that day's part, not a situation now.
                how = f"a part of the stock counted that day ('{stock.unit}')"
                return stock.period, how, stock.period_start, stock.period_end
        if (
            tense.present
            and not tense.perfect
            and not (
                self.lang == "en"
                and (
                    _DOCUMENT_SUBJECT.match(text) is not None
                    or _RESPONDENTS.search(tense.clause) is not None
                )
            )
        ):
            return None, "", None, None
        if (
            self.lang == "en"
            and tense.perfect
            and _NEGATED_PERFECT.search(tense.clause) is not None
        ):
            # "Some 40% of inmates have not been convicted": what has not happened yet is how
            # things stand now, not a running total of the events before.
            return None, "", None, None
        if (
            self.lang == "en"
            and sentence.attribution is not None
            and _REPORTED_STATE.search(tense.clause) is not None
        ):
            # "Dominican authorities said 12,400 were staying in shelters", "700,000 customers
            # were without water, the center said": a situation when it was said, told in the
            # past of reported speech (a time of its own would have dated it)
            return None, "", None, None
        if (
            (tense.perfect or tense.casualty)
            and event_start is not None
            and self.lang == "en"
            and _DURING_LONG_EVENT.search(
                text, figure.tail_end, min(len(text), figure.tail_end + 120)
            )
            is not None
        ):
            # "A truth commission has estimated that some 200,000 people were killed or
            # disappeared during the country's 36-year civil war": the dead of a war the text
            # does not date, not a running total of the event the text reports.
            return None, "", None, None
        if (
            tense.perfect
            and event_start is not None
            and " since " not in tense.clause
            and " desde " not in tense.clause
            and _RESPONSE_PERFECT[self.lang].search(tense.low) is not None
        ):
            # "The ministry has sent 1,200 fumigation workers to the worst-hit departments",
            # "the government has pledged 61 billion pesos for reconstruction": what the
            # authorities have put up in answer to the event is no running total of it.
            return None, "", None, None
        if (
            (tense.perfect or tense.casualty)
            and event_start is not None
            and self.pub is not None
            and not tense.future
            # ("The region has cut water allowances by 80 percent": a change in percent adds
            # up to no total since the event's day)
            and not (figure.is_change and figure.unit_kind in ("percent", "points"))
        ):
            end_day = self.pub
            running = next(
                (r for r in reversed(previous) if "running total" in r.period_how),
                None,
            )
            own_source = sentence.attribution is not None and not sentence.attribution.reference
            if (
                tense.casualty
                and running is not None
                and running.sentence is sentence
                and running.period_start == event_start
                and running.period_end is not None
            ):
                # "By Monday, the death toll had risen to 2,862 ... and more than 2,500 people
                # had been injured": the same count, the same day.
                how = f"the running total it follows, since {event_start}"
                return None, how, running.period_start, running.period_end
            if (
                tense.casualty
                and not tense.perfect
                and running is not None
                and running.sentence.paragraph == sentence.paragraph
                and running.period_start == event_start
                and running.period_end is not None
                and running.period_end > event_start
            ):
                # "Almost 73,000 were injured" after the death toll: the same count, the same
                # period; a new statement ("17,674 were killed, AFAD said") runs to publication,
                # unless it singles out a part of that count ("In Turkey alone, at least 17,674
                # people were killed, the agency said": the toll given on Thursday, broken down).
                if own_source and (
                    " alone" not in text[: figure.value_start]
                    or _PART_ALONE_BEFORE.search(
                        text, max(0, figure.value_start - 60), figure.value_start
                    )
                    is None
                ):
                    return None, f"a running total since {event_start}", event_start, self.pub
                how = f"the running total it follows, since {event_start}"
                return None, how, running.period_start, running.period_end
            if (
                tense.casualty
                and not tense.perfect
                and self.event
                and any(
                    t.kind == "said_at"
                    and t.period_end is not None
                    and event_start < t.period_end <= self.pub
                    for t in sentence.times
                )
            ):
                # "At least 16 people were killed, Florida officials said on Friday" after a
                # storm's landfall on Wednesday: the toll of a storm, a flood, a quake the
                # source gives after its day runs to publication, not the landfall's day alone
                # (the day of a statement does not date the figure; a shooting's wounded stay
                # on its day).
                return None, f"a running total since {event_start}", event_start, self.pub
            if (
                tense.casualty
                and not tense.perfect
                and carried is not None
                and carried.period_start == carried.period_end
                and carried.period_end is not None
                and carried.period_end >= event_start
                # ("A quake struck on Wednesday ... At least 142 people were injured": the
                # people a disaster hurt are a toll, counted up to publication; the buildings it
                # damaged stay on its day)
                and not (
                    self.event is not None
                    and self.lang == "en"
                    and figure.unit.lower() in _TOLL_PEOPLE_EN
                )
            ):
                end_day = carried.period_end
            return None, f"a running total since {event_start}", event_start, end_day
        if figure.value_start > 8 and ("meta" in text or "target" in text or "objetivo" in text):
            target = _TARGET_BEFORE.search(
                lower(text), max(0, figure.value_start - 40), figure.value_start
            )
            target_of: _Resolved | None = None
            if target is not None:
                target_of = next(
                    (
                        r
                        for r in reversed(previous)
                        if r.sentence is sentence
                        and r.period_start is not None
                        and r.period_end is not None
                    ),
                    None,
                )
            if target_of is not None:
                # "el déficit cerrará 2024 en 2,8 % del PIB, por encima de la meta del dos por
                # ciento": the target of the period the figure it is compared with is of.
                return (
                    target_of.period,
                    "the period of the figure the target is compared with",
                    target_of.period_start,
                    target_of.period_end,
                )
        if (
            tense.future
            and carried is not None
            and carried.period_start is not None
            and carried.period_end is not None
            and self.pub is not None
            and carried.period_end > self.pub
        ):
            # "3.500 millones se destinarán a carreteras" after "el presupuesto para 2022";
            # "Security will get 7 billion" after "a 2024 budget" approved in March 2024: a
            # period that runs past publication (not one "since May 1": "crop losses could
            # reach 70 percent" is no count of it).
            return (
                carried,
                "the planned period it belongs to",
                carried.period_start,
                carried.period_end,
            )
        if (
            self.lang == "en"
            and tense.perfect
            and not tense.future
            # (a count of what happened, not an amount spoken of: "Talks on a $1.3 billion
            # loan program have stalled")
            and figure.unit_kind in ("count", "none")
            and carried is not None
            and self.pub is not None
            and carried.period_start == datetime.date(self.pub.year, 1, 1)
            and carried.period_end is not None
            and self.pub <= carried.period_end <= datetime.date(self.pub.year, 12, 31)
        ):
            # "Dengue cases in the Americas passed 12 million this year ... More than 7,000
            # people have died": the perfect counts the year the paragraph speaks of, so far.
            return carried, "the year so far, carried", carried.period_start, self.pub
        if (
            self.lang == "en"
            and self.pub is not None
            and " to date" in text
            and _TO_DATE_AFTER.match(text, figure.tail_end) is not None
            and _HAS_DONE_BEFORE.search(text, max(0, figure.value_start - 40), figure.value_start)
            is not None
        ):
            launched = next(
                (
                    t
                    for t in sentence.times
                    if t.kind == "period"
                    and t.end <= figure.value_start
                    and t.period_start is not None
                    and t.period_start <= self.pub
                    and _LAUNCHED_IN.search(text, max(0, t.start - 30), t.start) is not None
                ),
                None,
            )
            if launched is not None and launched.period_start is not None:
                # "The programme, relaunched in January 2023, has contracted 580,000 homes to
                # date": what it has done since it began, up to publication.
                how = f"a running total since '{launched.text}', to date"
                return launched, how, launched.period_start, self.pub
        if tense.future or tense.perfect:
            return None, "", None, None
        if (
            carried is not None
            and tense.present
            and not tense.past
            and self.pub is not None
            and carried.period_start is not None
            and carried.period_start > self.pub
        ):
            # ("Mexico will raise the minimum wage to 102.68 pesos in 2019. About 3.5 million
            # workers earn the minimum": the present is not the year planned for)
            return None, "", None, None
        if (
            carried is not None
            and figure.kind == "ratio"
            and self.lang == "en"
            and _PRESENT_AFTER_SHARE.match(text, figure.tail_end)
        ):
            # "Fewer than one in 10 homicides end in a conviction", "only one in three victims
            # reports the crime": a ratio told in the present is how things go, not a figure of
            # the year the sentence before was about.
            return None, "", None, None
        if (
            carried is not None
            and self.lang == "es"
            and (figure.unit_kind == "percent" or figure.kind in ("ratio", "fraction"))
            and not figure.is_change
            and (share_base := _SHARE_BASE_ES.match(text, figure.tail_end)) is not None
            # (the verb said of the share, right after it: not a reporting verb after the
            # clause, 'añadió la organización')
            and (share_verb := _PRESENT_AFTER_SHARE_ES.match(text, share_base.end())) is not None
            and share_verb.group("v").lower() not in _NOT_PRESENT_VERBS_ES
            and not share_verb.group("v").lower().endswith(("ía", "ían", "aba", "aban"))
        ):
            # "Cerca del 80 % de las víctimas no denuncia por temor a represalias" after the
            # complaints of 2023: a share of others than the things counted before (those would
            # have been read as a part of them), told in the present, is how things go.
            return None, "", None, None
        if carried is not None and any(
            t.kind == "block"
            and t.note.startswith("open future ")
            and figure.tail_end <= t.start < _clause_end(text, figure.tail_end, len(text))
            for t in times
        ):
            # ("13,000 extra beds were needed over the next five years": a span still to come,
            # open-ended; not the day the sentence before spoke of)
            return None, "", None, None
        if (
            carried is not None
            and tense.habit
            and not tense.perfect
            and not tense.future
            and _TOLD_PAST[self.lang].search(tense.low) is None
        ):
            # ("Decenas de personas duermen cada noche frente a sus oficinas" after the
            # migrants detected from January to August: how often, a habit; no period)
            return None, "", None, None
        if carried is not None:
            c_first, c_last = carried.period_start, carried.period_end
            if (
                c_first is not None
                and c_last is not None
                and (c_last - c_first).days > 31
                and (c_last + datetime.timedelta(days=1)).day == 1
                and _month_on_month(text, sentence.times, figure)
            ):
                # "Prices rose 2.9 percent in the 12 months through October. Gasoline fell 1.2
                # percent from the previous month": a change over one month, the period's last.
                how = "the last month of the period carried over, a change from the month before"
                return carried, how, c_last.replace(day=1), c_last
            if (
                c_first is not None
                and c_last is not None
                and (c_first.month, c_first.day) == (1, 1)
                and c_first.year == c_last.year
                and c_last.month > 1
                and (c_last + datetime.timedelta(days=1)).day == 1
                and ("interanual" in text or "year-on-year" in text)
                and any(
                    p.period_end == c_last and p.period_start == c_last.replace(day=1)
                    for p in previous
                )
            ):
                # "La inflación interanual fue de 4,96 % en julio. La acumulada de enero a julio
                # fue de 2,87 %. Los alimentos aportaron 1,3 puntos al índice interanual": a
                # year-on-year rate of the month the text spoke of, not of the year so far.
                how = "the month of the year-on-year rates spoken of, the period's last"
                return carried, how, c_last.replace(day=1), c_last
            if _EVENT_FRAME.search(
                lower(text), figure.tail_end, _clause_end(text, figure.tail_end, len(text))
            ):
                # "Schools were closed for 190 days during the pandemic", "Six officers were
                # suspended after the operation": a time of its own after the figure, the
                # event's, which is not the earlier sentence's
                return None, "", None, None
            if (
                self.lang == "en"
                and (", who " in text or ", which " in text)
                and _STANDING_ASIDE_EN.search(
                    text, max(0, figure.value_start - 50), figure.value_start
                )
                is not None
                # ("Copper shipments, which make up nearly half of the total": a share of the
                # dated total is of its period)
                and _OF_THE_TOTAL_AFTER.match(text, figure.value_end) is None
            ):
                # "Indigenous Australians, who make up about 4 percent of the adult population,
                # accounted for 36 percent of prisoners": an aside in the present says what
                # holds anyway, a standing fact, not of the period carried over.
                return None, "", None, None
            return carried, _CARRIED, c_first, c_last
        return None, "", None, None

    def _compared_group(
        self, sentence: _Sentence, figure: Figure, previous: list[_Resolved]
    ) -> bool:
        """Whether a figure set against the dated one right before it in its sentence is of
        another group ('for white infants', 'en Escuintla', 'de su rival'), not of an earlier
        time (in Spanish, with no time of its own after it)."""
        if not (
            previous and previous[-1].sentence is sentence and previous[-1].period_start is not None
        ):
            return False
        if self.lang == "en":
            return _GROUP_COMPARED_AFTER.match(sentence.text, figure.tail_end) is not None
        return _GROUP_COMPARED_AFTER_ES.match(
            sentence.text, figure.tail_end
        ) is not None and not any(
            figure.tail_end <= t.start < figure.tail_end + 40 for t in sentence.times
        )

    def _election_named(self, sentence: _Sentence, before: int) -> str | None:
        """The election the text named last before a figure ('Guatemala's presidential
        runoff', "Sunday's election", 'the referendum'), as written, or None."""
        named: str | None = None
        # (back from the figure's sentence through its paragraph only: the last one named)
        at = self._index(sentence)
        while named is None and at >= 0:
            earlier = self.sentences[at]
            at -= 1
            if earlier is not sentence and earlier.paragraph != sentence.paragraph:
                break
            if (
                "lect" not in earlier.text
                and "unoff" not in earlier.text
                and "eferend" not in earlier.text
            ):
                continue
            stop = before if earlier is sentence else len(earlier.text)
            for m in _ELECTION_NAMED_EN.finditer(earlier.text, 0, stop):
                named = " ".join(m.group(0).split())
        if named is None:
            return None
        # ("Sunday's runoff": the day dates the figure; the election is named without it)
        # (and without its article, as subjects are written: 'turnout in referendum')
        named = _DAY_OWNER_EN.sub("", named)
        return named.split(" ", 1)[1] if named.lower().startswith(("the ", "a ")) else named

    def _election_day(self, sentence: _Sentence, ahead: bool = False) -> TimeExpr | None:
        """The single day of the latest election the text dated before or in this sentence
        ('the July 28 presidential election', "Sunday's runoff", 'the election on Sunday');
        with `ahead`, when none was, the next one its paragraph dates."""
        if self._elections is None:
            # Every sentence's election days, read once per text (each figure read the text
            # up to itself).
            self._elections = [
                (other.start, t)
                for other in self.sentences
                for t in other.times
                if (
                    t.period_start is not None
                    and (self.pub is None or t.period_start <= self.pub)
                    # ("since the July 28 presidential election": the day the span starts)
                    and (t.period_start == t.period_end or t.note.startswith("since "))
                    and (
                        _ELECTION_NEAR.match(other.text, t.end)
                        or _ELECTION_BEFORE.search(other.text, max(0, t.start - 40), t.start)
                    )
                    # ("down from 60% in the first round on June 25": a baseline's election;
                    # "setting up a runoff on April 13": one still to come)
                    and not _BASELINE_ELECTION.search(other.text, max(0, t.start - 50), t.start)
                    and not _COMING_ELECTION.search(other.text, max(0, t.start - 50), t.start)
                )
            ]
        found = None
        for start, t in self._elections:
            if start > sentence.start:
                if found is None and ahead:
                    # ("With 70 percent of ballots counted, Nasralla led ... Turnout in Sunday's
                    # election was ...": the vote counted is of the election the paragraph
                    # dates further on)
                    later = next((o for o in self.sentences if o.start == start), None)
                    if later is not None and later.paragraph == sentence.paragraph:
                        return t
                break
            found = t
        return found

    def _of_the_counted(
        self, text: str, figure: Figure, sentence: _Sentence, previous: list[_Resolved]
    ) -> _Resolved | None:
        """'Sao Paulo state accounted for 1.9 million of the cases' after '6.1 million probable
        cases': 'of the' and the counted thing of a figure before in the paragraph (the latest
        such figure, not its baseline)."""
        share = figure.kind in ("ratio", "fraction") or figure.unit_kind == "percent"
        if self.lang == "es":
            # ("Costa Rica cerró 2025 con 873 homicidios ... Alrededor del 70 % de los casos se
            # vinculan con ajustes de cuentas": a share of the things counted before; the head
            # is the unit's first word, 'homicidios' in 'homicidios dolosos')
            found = _OF_THE_NOUN_ES.match(text, figure.value_end) if share else None
            same, word = _SAME_COUNTED_ES, 0
        elif self.lang == "en":
            found = _OF_THE_NOUN.match(text, figure.value_end)
            if found is None and share:
                # ("Of the deaths, about 80 percent were children": the sentence opens on the
                # things counted before, the share its first figure)
                opening = _OF_THE_OPENING.match(text)
                if opening is not None and opening.end() <= figure.value_start:
                    between = text[opening.end() : figure.value_start]
                    if not any(char.isdigit() for char in between):
                        found = opening
            if found is None and share:
                # ("Roughly one in three of the deceased showed signs of violence" after "368
                # deaths in prison custody": the dead of the count before)
                found = _OF_THE_DEAD.match(text, figure.value_end)
            # (the last word of the unit: 'deaths' in 'civilian deaths'; no unit, none)
            same, word = _SAME_COUNTED, -1
        else:
            return None
        if found is None:
            return None
        head = found.group(1).lower()
        heads = same.get(head, frozenset((head,))) | {head}
        any_count = self.lang == "es" and head == "casos"  # ('los casos': whatever was counted)
        matches = [
            r
            for r in previous
            if r.counted
            and r.sentence is not sentence
            and r.sentence.paragraph == sentence.paragraph
            and (any_count or (r.unit.lower().split() or [""])[word] in heads)
            and r.period_start is not None
            and r.period_end is not None
        ]
        return max(matches, key=lambda r: r.period_end or datetime.date.min, default=None)

    def _fiscal_end(self, year: int) -> datetime.date | None:
        """The last day of fiscal year `year` as the text's fiscal years run, if it says."""
        if self._fiscal_close is None:
            self._fiscal_close = next(
                (
                    _twelve_months_end(t)
                    for item in self.sentences
                    for t in item.times
                    if t.period_end is not None
                    and (
                        # ("fiscal year 2025, which began July 1": written 'starting')
                        (
                            (" ending " in t.note or " starting " in t.note)
                            and (
                                t.note.startswith("fiscal year")
                                # ("the 2024/25 fiscal year, which starts on July 1")
                                or (t.note.startswith("years ") and "fiscal" in t.text.lower())
                            )
                        )
                        # ("the fiscal year that ended on March 31", "the last fiscal year,
                        # which ended in March": twelve months to a day, of a fiscal year)
                        or (
                            t.period_start is not None
                            and not t.note.endswith("(calendar year assumed)")
                            and _FISCAL_YEAR_WORDS.search(t.text) is not None
                            and add_months(t.period_start, 12) - datetime.timedelta(days=1)
                            == t.period_end
                        )
                    )
                ),
                self._stated_fiscal_close() or ((9, 30) if self.us_context else (12, 31)),
            )
        month, day = self._fiscal_close
        return None if (month, day) == (12, 31) else datetime.date(year, month, day)

    def _split_years(self) -> dict[str, tuple[datetime.date, datetime.date]]:
        """The split years ('2023/24') the text gives with their months, read once per text."""
        if self._split_ran is None:
            self._split_ran = {
                t.note.split(" ending ")[0]: (t.period_start, t.period_end)
                for item in self.sentences
                for t in item.times
                if t.period_start is not None
                and t.period_end is not None
                and t.note.startswith("years ")
                and " ending " in t.note
            }
            for item in self.sentences:
                for t in item.times:
                    if (
                        t.period_start is not None
                        and t.period_end is not None
                        and t.note.startswith("years ")
                        and " " not in t.note[6:]
                        and t.period_end.year == t.period_start.year + 1
                        and t.note not in self._split_ran
                        and not t.text[:1].isalpha()  # ("2023-24", not "between 2023 and 2024")
                        and " and " not in t.text
                        and (season := _SPLIT_SEASON.match(item.text, t.end)) is not None
                    ):
                        # "in the 2023-24 school year", "the 2022-23 financial year": a school
                        # year runs from July to June; a financial year from April to March
                        # (Britain, India), or from July in an Australian or New Zealand text.
                        july = season.group("school") is not None or (
                            any(mark in self.text for mark in _JULY_YEAR_MARKS)
                        )
                        first = datetime.date(t.period_start.year, 7 if july else 4, 1)
                        last = add_months(first, 12) - datetime.timedelta(days=1)
                        self._split_ran[t.note] = (first, last)
            for item in self.sentences:
                for t in item.times:
                    named = _MONTHS_OF_SPLIT.match(t.note)
                    if (
                        named is not None
                        and t.period_start is not None
                        and t.period_end is not None
                        and t.period_start.year == int(named.group(1))
                        and t.period_end.year == t.period_start.year + 1
                        and int(named.group(2)) == (t.period_start.year + 1) % 100
                    ):
                        # "the 2022/23 season, which ran from August to May": those months
                        key = f"years {t.period_start.year}–{t.period_end.year}"
                        self._split_ran.setdefault(key, (t.period_start, t.period_end))
        return self._split_ran

    def _split_like(self, split: TimeExpr) -> tuple[datetime.date, datetime.date] | None:
        """'down from 355,156 in 2019-20' after 'the 2023-24 school year, which ended in June':
        another split year, run over the same months as the one the text gave."""
        ran = next(iter(self._split_years().values()), None)
        if ran is None or split.period_end is None:
            return None
        last = ran[1]
        if last.month == 2 and last.day == 29:
            last = last.replace(day=28)
        shift = split.period_end.year - last.year
        last = last.replace(year=split.period_end.year)
        if last.day == 28 and last.month == 2:
            last = _last_of_month(last)
        if add_months(ran[0], 12) - datetime.timedelta(days=1) != ran[1]:
            # ("the 2022/23 season, which ran from August to May ... in the 2012/13 season":
            # the same months, not twelve)
            return add_months(ran[0], 12 * shift), last
        return add_months(last, -12) + datetime.timedelta(days=1), last

    def _stated_fiscal_close(self) -> tuple[int, int] | None:
        """'California, whose fiscal year begins July 1': the month and day its fiscal years
        end, when the text says so without naming one."""
        if "fiscal year" not in self.text:
            return None
        return _stated_fiscal_close(self.text)

    def _so_far(
        self, text: str, chosen: TimeExpr, first: datetime.date, last: datetime.date | None
    ) -> datetime.date | None:
        """'so far in fiscal 2024', 'so far this fiscal year': the fiscal year's last day, or
        publication when the text counts it so far and it is under way."""
        if (
            self.pub is not None
            and last is not None
            and first <= self.pub < last
            and _SO_FAR_LEAD.search(text, max(0, chosen.start - 16), chosen.start) is not None
        ):
            return self.pub
        return last

    def _current_fiscal(self, offset: int) -> tuple[datetime.date, datetime.date] | None:
        """'this fiscal year' (offset 0), 'last fiscal year' (-1): the fiscal year around
        publication, as the text's fiscal years run."""
        if self.pub is None:
            return None
        last = self._fiscal_end(self.pub.year)
        if last is None:
            return None
        if last < self.pub:
            last = add_months(last, 12)
        last = add_months(last, 12 * offset)
        return add_months(last, -12) + datetime.timedelta(days=1), last

    def _earlier_dated(
        self, sentence: _Sentence, previous: list[_Resolved], span: bool = False
    ) -> _Resolved | None:
        """The latest dated figure before this sentence in its paragraph (with `span`, the
        latest dated over more than one day: "in the same period" is no single day)."""
        for index in range(len(previous) - 1, -1, -1):
            r = previous[index]
            if r.sentence is sentence or "' before " in r.period_how:
                continue  # (a baseline, "398 at the same point last year", frames nothing)
            if span and r.period_start is not None and r.period_start == r.period_end:
                # ("Fewer than 400 homes were available on May 1 ... Nationally, rents rose 13.2
                # percent in the same period": the quarter given before, not the day)
                continue
            if r.sentence.paragraph != sentence.paragraph:
                return None
            if r.period_start and r.period_end:
                if _level_compared_with(r) or _put_as_baseline(r):
                    # ("The deficit was 7.2% last year, down from 8.6% in 2022. Debt fell to
                    # 137.3% over the same period": the news's period, not the baseline's)
                    news = next(
                        (
                            p
                            for p in reversed(previous[:index])
                            if p.sentence is r.sentence
                            and p.period_start
                            and p.period_end
                            and "' before " not in p.period_how
                            and not _level_compared_with(p)
                            and not _put_as_baseline(p)
                        ),
                        None,
                    )
                    return news or r
                return r
        return None

    def _next_carried(
        self,
        sentence: _Sentence,
        resolved: list[_Resolved],
        carried: TimeExpr | None,
        previous: list[_Resolved],
    ) -> TimeExpr | None:
        """The period that frames the next sentences: this sentence's own, else the one before."""
        own = [
            r
            for r in resolved
            if r.period_start
            and r.period_end
            and r.period_how != _CARRIED
            and "running total" not in r.period_how
            and r.period_how != _WHAT_THE_EVENT_WAS
            # ("since it made landfall on Oct. 28 with winds of 150 mph. In one parish alone,
            # nine people died": what the event was frames nothing; the toll still does)
            and not r.period_how.startswith("the day of the event")
            # ("La tasa proyectada para el año es de 25,3": a forecast's year frames nothing
            # after it)
            and not (r.period is not None and r.period.note.endswith(_FORECAST_NOTE))
            # ("That compared with 11,800 complaints filed the year before. In Lima alone, ...":
            # a step back from the text's period compares; that period still frames the rest)
            and not (
                "' before " in r.period_how
                and carried is not None
                and carried.period_end is not None
                and r.period_end < carried.period_end
            )
        ]
        if (
            own
            and carried is not None
            and carried.period_end is not None
            and (
                (
                    "evis" in sentence.text
                    and _REVISED.search(sentence.text) is not None
                    and all(
                        r.period_end is not None and r.period_end < carried.period_end for r in own
                    )
                )
                # ("Noboa won Sunday's runoff ... In the first round on Feb. 9, the two had been
                # separated by fewer than 17,000 votes. About 13.7 million were registered to
                # vote.": a flashback in the past perfect to before the period steps back too)
                or (
                    "had " in sentence.text
                    and carried.period_start is not None
                    and _FLASHBACK.search(sentence.text) is not None
                    and all(
                        r.period_end is not None and r.period_end < carried.period_start
                        for r in own
                    )
                )
            )
        ):
            # ("fell 2.5 percent in September ... August's figure was revised to a rise of 2.9
            # percent. On the year, output was down 4.6 percent.": a revised earlier reading
            # steps back; the release's period still frames what follows)
            return carried
        baselines = [
            r
            for r in own
            if carried is not None
            and carried.period_end is not None
            and r.period_end is not None
            and r.period_end < carried.period_end
            and _put_as_baseline(r)
        ]
        if baselines and len(baselines) == len(own):
            # ("... a surplus of 584.5 billion yen, compared with a deficit of 2.76 trillion yen
            # in January. Shipments to China jumped 3.8%.": only a baseline carries a date)
            return carried
        if not own and any("running total" in r.period_how for r in resolved):
            return carried
        if not own:
            closed = [
                t
                for t in sentence.times
                if t.kind == "period"
                and t.period_start
                and t.period_end
                # ("more than in the first round on May 29": a baseline frames nothing)
                and not _THAN_EVENT.search(sentence.text, max(0, t.start - 60), t.start)
                # (nor does "Compared with June 2023, exports were down 4.4%", nor "una baja
                # de 7,3 puntos respecto del primer semestre")
                and not _is_baseline_time(sentence.text, t)
                and not _THAN_TIME.search(sentence.text, max(0, t.start - 30), t.start)
                and not _PLUPERFECT_RELATIVE.search(sentence.text, max(0, t.start - 70), t.start)
                and not t.note.endswith(_FORECAST_NOTE)
                # (nor the day of what a clause of its own says will happen: "won 29.5 percent
                # in the first round and will face a runoff on Oct. 27")
                and not (
                    " will " in sentence.text
                    and self.pub is not None
                    and t.period_start > self.pub
                    and _AND_WILL.search(sentence.text, max(0, t.start - 60), t.start)
                )
            ]
            return closed[0] if len(closed) == 1 else carried
        latest = max(own, key=lambda r: r.period_end or datetime.date.min)
        if (
            latest.period is not None
            and latest.period.note.startswith("'")
            and "' up to '" in latest.period.note
        ):
            # ("subió un 10,2 % en los últimos doce meses y alcanzó los 13,1 euros en junio":
            # the month, which the twelve months run up to, frames what follows)
            latest = max(
                own,
                key=lambda r: (
                    r.period_end or datetime.date.min,
                    r.period_start or datetime.date.min,
                ),
            )
        if (
            self.pub is not None
            and latest.period_end == self.pub
            and latest.period_start != self.pub
            and latest.period_start != datetime.date(self.pub.year, 1, 1)
            and not _calendar_span(latest)
        ):
            # ("subió un 10,2 % en los últimos doce meses y alcanzó los 13,1 euros en junio. En
            # Madrid, la renta llegó a 20,4 euros": a window that runs up to publication frames
            # nothing, but the calendar period the sentence also gives still does)
            dated = [r for r in own if r.period_end is not None and r.period_end < self.pub]
            if dated:
                latest = max(dated, key=lambda r: r.period_end or datetime.date.min)
        if (
            latest.period is not None
            and (
                _ALONE.match(sentence.text, latest.period.end)
                or (
                    self.lang == "es"
                    and (
                        "ol"
                        in sentence.text[max(0, latest.period.start - 24) : latest.period.start]
                        or "nicamente"
                        in sentence.text[max(0, latest.period.start - 24) : latest.period.start]
                    )
                    and _ONLY_BEFORE_ES.search(
                        sentence.text, max(0, latest.period.start - 24), latest.period.start
                    )
                    is not None
                )
            )
            and (
                # ("... have killed at least 34 people since Monday. More than 120,000 fled on
                # Tuesday alone. Damage reached 1.2 billion pesos": a part of a running total,
                # which framed nothing, frames nothing either)
                carried is None
                or (
                    carried.period_start is not None
                    and carried.period_end is not None
                    and latest.period_start is not None
                    and latest.period_end is not None
                    and carried.period_start <= latest.period_start
                    and latest.period_end <= carried.period_end
                )
            )
        ):
            # "In June alone, output rose 4.7%", "April alone saw 2,229 victims": a part of the
            # period that frames the text, which still frames what follows.
            return carried
        if _year_to_date_aside(sentence.text, latest, own, carried):
            # "La inflación fue de 5,81 % en septiembre. En lo corrido del año, la variación
            # acumulada fue de 4,18 %. Los alimentos subieron 3,4 % en términos anuales.": a
            # sentence that opens with the year to date of the month the report is about steps
            # aside to the running total; the month still frames what follows.
            return carried
        if (
            self.lang == "es"
            and carried is not None
            and carried.period_start is not None
            and carried.period_end is not None
            and latest.period_start is not None
            and latest.period_start == latest.period_end
            and carried.period_start < latest.period_start <= carried.period_end
            and (carried.period_end - carried.period_start).days <= 31
            and all(r.period_start == latest.period_start for r in own)
        ):
            # "38 personas murieron del 25 al 31 de marzo. El domingo, último día del asueto,
            # se registraron 11 fallecidos. Los motoristas representaron seis de cada diez
            # víctimas": a day of the span that frames the text is a part of it; the span still
            # frames what follows.
            return carried
        if (
            self.pub is not None
            and latest.period_end is not None
            and (
                (
                    (self.pub - latest.period_end).days > _HISTORY_DAYS
                    # ("59.3 percent of Guatemalans lived in poverty in 2014, according to the
                    # survey. In Alta Verapaz, the share exceeded 83 percent.": the first period
                    # a text dates, with no later one framing it, is what the text is about)
                    and not (carried is None and previous == resolved and len(own) == len(resolved))
                )
                or (
                    latest.period_end == self.pub
                    and latest.period_start != self.pub
                    # ('en lo que va del año' frames the rest of the report's figures)
                    and latest.period_start != datetime.date(self.pub.year, 1, 1)
                    # (nor does April, in a text published on April 30: a calendar month that
                    # ends on the day of publication is no running total)
                    and not _calendar_span(latest)
                    # (nor a window that rolls up to publication: "rose to 23.9 pesos in the
                    # past week. Diesel averaged 26.2 pesos")
                    and not (
                        latest.period is not None
                        and _ROLLING_WINDOW.match(latest.period.note) is not None
                    )
                )
            )
        ):
            # A figure from long ago is a comparison, and one running up to publication
            # ('since 2019') a running total: neither frames what follows.
            return carried
        if (
            carried is not None
            and carried.period_end is not None
            and latest.period_end is not None
            and carried.period_end > latest.period_end
            and all(_compares(r, carried, previous) for r in own)
        ):
            # "Homicides fell to 2,905 in 2024. In 2023 there were 3,194.": the measure the
            # frame's figures gave, at an earlier time — a comparison; 2024 still frames the rest.
            return carried
        anchor = latest.period
        return TimeExpr(
            anchor.start if anchor else 0, anchor.end if anchor else 0,
            anchor.text if anchor else "", "period", latest.period_start, latest.period_end,
            anchor.note if anchor else f"{latest.period_start} to {latest.period_end}",
        )  # fmt: skip

    def _by_territory(self, sentence: _Sentence, figure: Figure) -> bool:
        """Whether a figure is labelled by a place in a sentence about departments, municipios
        or countries ('Los departamentos más afectados fueron Guatemala (2.415)')."""
        subject = self._sentence_subject(sentence)
        if not subject or _TERRITORY_SUBJECT_ES.match(subject) is None:
            if " son l" not in sentence.text and " fueron l" not in sentence.text:
                return False
            # ('Guatemala (38), Escuintla (14) y Chimaltenango (9) son los departamentos con más
            # víctimas': the places first, what they are after the verb)
            if _TERRITORY_PREDICATE_ES.search(sentence.text, figure.value_end) is None:
                return False
        return self._labelled_by_place(sentence, figure)

    def _count_unit_named(self, sentence: _Sentence, previous: list[_Resolved]) -> str | None:
        """The unit of an earlier count of the paragraph whose noun this sentence names, the
        latest first ('casos' in 'Los departamentos con más casos son ...'; None when none)."""
        text = sentence.text
        for r in reversed(previous):
            if r.sentence.paragraph != sentence.paragraph:
                break
            if not r.counted or not r.unit or r.sentence is sentence:
                continue
            head = r.unit.split()[0]
            at = text.find(head)
            while at >= 0:
                end = at + len(head)
                if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
                    return r.unit
                at = text.find(head, end)
        return None

    def _labelled_by_place(self, sentence: _Sentence, figure: Figure) -> bool:
        """Whether a place labels the figure right before it ('Belice, con 28,4', 'Izabal
        (38,2)')."""
        return any(
            0 <= figure.value_start - p.end <= 8
            and _PLACE_LABEL.fullmatch(sentence.text, p.end, figure.value_start) is not None
            for p in self._places(sentence)
        )

    def _org_matches(
        self, key: str, pattern: re.Pattern[str], before: int
    ) -> Iterator[re.Match[str]]:
        """The matches of an organisation pattern in the text that end by `before`, the last
        first. The text is read once per pattern (each figure asked for the text up to itself,
        which read a long article once per figure)."""
        if key not in self._orgs:
            matches = list(pattern.finditer(self.text))
            self._orgs[key] = ([m.end() for m in matches], matches)
        ends, matches = self._orgs[key]
        for index in range(bisect_right(ends, before) - 1, -1, -1):
            yield matches[index]

    def _named_organisation(self, noun: str, before: int) -> str | None:
        """'del IGSS' for 'instituto' after 'el Instituto Guatemalteco de Seguridad Social
        (IGSS)': the last organisation the text names with that head noun before `before`,
        by its acronym when it has one, with the article 'de' takes (None when none)."""
        if noun.lower() in _ANY_ORG_NOUNS_ES:
            # "La institución cuenta con 43.000 agentes": the last organisation named, by its
            # name or by an acronym the text gives it ('de la PNC').
            last = None
            for match in self._org_matches("any", _ANY_NAMED_ORG_ES, before):
                if len(match.group("name").split()) > 1:
                    name = match.group("acr") or _ORG_NAME_TAIL.sub("", match.group("name"))
                    last = (match.start(), name, match)
                    break
            acronym = next(self._org_matches("acronym", _ACRONYM_ES, before), None)
            if acronym is not None and (last is None or acronym.start() > last[0]):
                last = (acronym.start(), acronym.group("acr"), acronym)
            if last is None:
                return None
            _, name, match = last
            if "article" in match.groupdict() and match.group("article"):
                feminine = match.group("article").lower() == "la"
            else:
                feminine = match.group("h").lower() not in _MASCULINE_ORGS_ES
            return f"de la {name}" if feminine else f"del {name}"
        head = noun.capitalize()
        found = None
        for match in self._org_matches("named", _NAMED_ORG_ES, before):
            if match.group("h") == head and len(match.group("name").split()) > 1:
                found = match
                break
        if found is None:
            return None
        name = found.group("acr") or _ORG_NAME_TAIL.sub("", found.group("name"))
        return f"del {name}" if noun.lower() in _MASCULINE_ORGS_ES else f"de la {name}"

    # --- places -----------------------------------------------------------------------------------

    def _place(self, sentence: _Sentence, figure: Figure) -> tuple[str | None, str]:
        """The place of a figure: its clause first, then earlier clauses, then the text so far."""
        text = sentence.text
        if (
            self.lang == "en"
            and "national " in text
            and _NATIONAL_LEVEL_BEFORE.search(
                text, max(0, figure.value_start - 40), figure.value_start
            )
        ):
            # "The state's violent crime rate was 293 ..., below the national rate of 380": the
            # level of the whole country the state lies in.
            country = country_of(self._place_so_far(sentence))
            if country is not None:
                return country, f"place: '{country}' (a national level beside a place in it)"
        start, end = _clause_span(text, figure)
        places = [
            p
            for p in self._places(sentence)
            # (a place in the figure's own words is not its place, unless it owns what a share
            # is of: 'one in 20 of Nicaragua's 6.9 million people')
            if not (
                figure.value_start <= p.start < figure.tail_end
                and text[p.end : p.end + 2] not in ("'s", "’s")
            )
            and not _plural_demonym(p)
            # ("Nearly 40 percent of those detained were Venezuelan": the nationality of the
            # people counted, not where they were counted)
            and not (
                p.how == "demonym"
                and self.lang == "en"
                and _COPULA_BEFORE_EN.search(text, max(0, p.start - 8), p.start) is not None
            )
        ]
        if self.lang == "en" and self.dateline_cut and sentence.start == 0:
            body = [p for p in places if p.start >= self.dateline_cut]
            head = [p for p in places if p.start < self.dateline_cut]
            if self.dateline_city and head and all(size_of(p.canonical) == 2 for p in head):
                # ("DAYTON, Ohio — The City Commission ...": the state is the city's, below)
                places = body
            elif (
                head
                and all(size_of(p.canonical) == 2 for p in head)
                and any(p.how == "named" and not p.weak and size_of(p.canonical) == 1 for p in body)
            ):
                # "EL PASO, Texas — Border Patrol agents in the El Paso sector apprehended":
                # the dateline's state does not compete with the city the sentence names.
                places = body
        if self.lang == "es" and " cuales " in text:
            # "generó divisas por 1.480 millones de dólares, de las cuales el 35 % provino de
            # ventas a Alemania": the places of the part that follows are not the whole's.
            part = text.find(" cuales ", figure.tail_end)
            if part != -1 and text[max(0, part - 7) : part].endswith(("de las", "de los")):
                close = text.find(",", part)
                close = len(text) if close == -1 else close
                places = [p for p in places if not part < p.start < close]
        if places:
            # "16.1 per 100,000, among the lowest in Central America", "una de las más altas de
            # América Latina": the places a figure is ranked among are not its place.
            for first, close in self._ranked.get(sentence.start, ()):
                # (also an aside before the figure that ranks what it measures: "The volcano,
                # one of the most active in Central America, stands 3,763 meters tall")
                if first >= figure.tail_end or close <= figure.value_start:
                    places = [p for p in places if not first < p.start < close]
        if self.lang == "es" and "mayoría" in text:
            # "117 fallecimientos, la mayoría en el departamento de Cortés": where most of them
            # were, not the place of the figure.
            places = [
                p
                for p in places
                if _MOST_OF_THEM_ES.search(text, max(0, p.start - 40), p.start) is None
            ]
        elif self.lang == "en" and ("most" in text or "majority" in text or "all " in text):
            # "detained 95,300 people, most of them in the southern state of Chiapas"
            places = [
                p
                for p in places
                if (p.start < figure.tail_end and "," not in text[p.end : figure.value_start])
                or _MOST_OF_THEM_EN.search(text, max(0, p.start - 80), p.start) is None
            ]
        parts_places: set[str] = set()
        if self.lang == "es" and " de ell" in text:
            # "se han confirmado 63 casos, 41 de ellos en Huehuetenango": where a later part of
            # the figure was, not where the figure was.
            kept = []
            for p in places:
                part_of = _PART_IN_PLACE_ES.search(text, max(0, p.start - 40), p.start)
                if part_of is None or part_of.start() <= figure.value_start:
                    kept.append(p)
                else:
                    parts_places.add(p.canonical)
            places = kept
        for p in places:
            # "Guatemala (4.500), Escuintla (1.200)", "Alta Verapaz, con 2.310": a place right
            # before the figure names whose figure it is.
            if 0 <= figure.value_start - p.end <= 8 and _PLACE_LABEL.fullmatch(
                text, p.end, figure.value_start
            ):
                return p.canonical, f"place: '{p.text}' labels the figure"
            if (
                self.lang == "es"
                and text[p.end : figure.value_start].strip() == ","
                and text[max(0, p.start - 6) : p.start].endswith((" y ", " y en ", " e "))
            ):
                # "Cortés concentra 31.200 casos y Francisco Morazán, 22.800", "y en Costa
                # Rica, 8,1 %": the place of a gapped clause labels its figure.
                return p.canonical, f"place: '{p.text}' labels the gapped figure"
        if self.lang == "es" and "donde" in text:
            where = _WHERE_LIVE_ES.search(text, max(0, figure.value_start - 30), figure.value_start)
            if where is not None:
                for p in places:
                    if p.end <= where.start() and not text[p.end : where.start()].strip():
                        # "provino de Estados Unidos, donde viven unos 3 millones de
                        # guatemaltecos": who lives in the place just named lives there.
                        return p.canonical, f"place: '{p.text}' is where they live"
        if self.lang == "es" and text.find("frente a", max(0, figure.value_start - 90)) != -1:
            for p in places:
                if (
                    0 <= p.start - figure.tail_end <= 12
                    and _OWN_PLACE_AFTER_ES.fullmatch(text, figure.tail_end, p.start) is not None
                    and _COMPARED_BEFORE_ES.search(
                        text, max(0, figure.value_start - 90), figure.value_start
                    )
                    is not None
                ):
                    # "36 %, frente al 27 % en Perú y 18 % en Paraguay": a compared figure's own
                    # place follows it.
                    return p.canonical, f"place: '{p.text}' right after the compared figure"
        if self.lang == "es":
            # "498 muertes, seguido de Escuintla, con 156": a place after the figure that labels
            # a number of its own is that number's place, not this figure's.
            places = [
                p
                for p in places
                if p.start < figure.tail_end or _LABELS_NUMBER_ES.match(text, p.end) is None
            ]
        origins, peoples = self._origins(sentence)
        if origins:
            people = [p for p in peoples if start <= p.start < end and p.canonical not in origins]
            if people:
                # "52.310 guatemaltecos fueron deportados desde Estados Unidos": where they came
                # from is not where the figure is about; their country is.
                return people[0].canonical, f"place: '{people[0].canonical}' of '{people[0].text}'"
            elsewhere = [p for p in places if p.canonical not in origins]
            if elsewhere or _BORDER_WITH.search(text):
                # "Las remesas que llegaron a Honduras ...; el 85 % provino de Estados Unidos":
                # where the money or the people came from is not what the figure is about.
                places = elsewhere
            elif all(p.how == "origin" for p in places) and self._place_so_far(sentence):
                # "Del total, 38.100 llegaron en vuelos desde Estados Unidos": only where they
                # came from is named; the place is the one the text is about so far (the
                # subject still says where from).
                if places:
                    self._came_from[(sentence.start, figure.value_start)] = places[0].canonical
                places = []
        elif (
            self.lang == "es"
            and len(places) == 1
            and places[0].how == "origin"
            and " el origen de" in text
            and _SAID_ORIGIN_ES.match(text, places[0].end) is not None
            and self._place_so_far(sentence) not in (None, places[0].canonical)
        ):
            # "Estados Unidos es el origen de más del 90 % de esos envíos": a share of what the
            # text's place received, by where it came from; the place is the text's.
            places = []
        elif (
            places
            and named_as_destinations(text, places, self.lang)
            and self._place_so_far(sentence) is not None
        ):
            # "cerca de cuatro de cada cinco dólares exportados tuvieron como destino Estados
            # Unidos", "About 70 percent of the harvest was exported, mostly to South Korea and
            # China", "most of them flying to the Gulf": where the goods or the travellers went
            # is not what the figure is about; the place the text is about so far is (the
            # subject still says where to).
            places = []
        if places and places[-1].start > figure.tail_end:
            later = next(
                (f.value_start for f in sentence.figures if f.value_start >= figure.tail_end), -1
            )
            if later > 0 and (
                ", " in text[figure.tail_end : later]
                # ("De ellos, unos 1,55 millones son mujeres y casi la cuarta parte vive en
                # Andalucía": a clause of its own after 'y', with its own figure)
                or (
                    self.lang == "es"
                    and _COPULA_CLAUSE_AND_ES.fullmatch(text, figure.tail_end, later) is not None
                )
            ):
                # "Of those, 140 patients died, a third of them in the Piura region": a place
                # after a later clause's own figure is that figure's.
                places = [
                    p
                    for p in places
                    if p.start < later or p.start - later > 40 or "," in text[later : p.start]
                ]
        in_clause = [p for p in places if start <= p.start < end]
        if len(in_clause) > 1 and not text[:1].strip():
            # "AUSTIN, Texas - Average asking rents in Austin fell 7 percent": the dateline's
            # places (blanked out of the sentence) say where the story was filed; the
            # clause's own place is the figure's
            # (only a state's or a region's: "LIMA, Peru" names the country the text is about)
            own = [p for p in in_clause if text[p.start : p.end].strip()]
            filed = [p for p in in_clause if not text[p.start : p.end].strip()]
            if (
                own
                and filed
                and all(size_of(p.canonical) == 2 for p in filed)
                and any(size_of(p.canonical) == 1 for p in own)
            ):
                in_clause = own
        earlier = [p for p in places if p.end <= start]
        if self.dateline_cut and any(p.start >= self.dateline_cut for p in earlier):
            # ("PORTO ALEGRE, Brazil (AP) — Floods in the southern state of Rio Grande do Sul
            # have killed 83 people, and 111 remain missing": the sentence's own place, not the
            # dateline's)
            earlier = [p for p in earlier if p.start >= self.dateline_cut]
        for weak in (False, True):
            if weak and self.lang == "es":
                capital = self._capital(sentence, start, end)
                if capital:
                    return capital, f"place: '{capital}', the capital the clause names"
            pool = [p for p in in_clause if p.weak == weak]
            inner = [p for p in pool if is_within_country(p)]
            if inner and len(inner) < len(pool) and not weak:
                # "Las autoridades de Panamá registraron 463.000 migrantes por la selva del
                # Darién": the most specific place named with the figure wins.
                pool = inner
            if len(pool) > 1:
                # "Ohio's Franklin County": the place the possessive names lies in its owner.
                pool = [
                    p
                    for p in pool
                    if not any(
                        q.start - p.end == 3 and text[p.end : p.end + 2] in ("'s", "’s")
                        for q in pool
                    )
                ]
            preceding = [p for p in pool if p.end <= figure.value_start]
            chosen = preceding[0] if preceding else (pool[0] if pool else None)
            if (
                chosen is not None
                and self.lang == "en"
                and not text[: chosen.start].strip(' "“')
                and (country := capital_country(chosen.canonical)) is not None
                and _GOVERNMENT_ACT_AFTER_EN.match(text, chosen.end) is not None
            ):
                # "Ottawa will also levy a 25 percent tariff on Chinese steel": the capital
                # for the government that sits there, whose country the measure is about
                return country, f"place: '{country}', whose government '{chosen.text}' names"
            if chosen is not None and earlier and ", " in text[: chosen.start]:
                compass = _COMPASS_APPOSITION.search(text, max(0, chosen.start - 40), chosen.start)
                within = next(
                    (
                        p
                        for p in earlier
                        if compass is not None and text[p.end : compass.start()] == ","
                    ),
                    None,
                )
                if within is not None:
                    # "Las inundaciones en el valle de Sula, en el norte de Honduras, han dejado
                    # 14 muertos": the place set in the country by the aside is the figure's.
                    how = f"place: '{within.text}', set in '{chosen.text}' by the aside"
                    return within.canonical, how
            if chosen is not None:
                joined = _joined(text, chosen, pool)
                return joined, f"place: '{joined}' in the figure's clause"
        for weak in (False, True):
            pool = [p for p in earlier if p.weak == weak]
            if pool:
                return pool[0].canonical, f"place: '{pool[0].text}' earlier in the sentence"
        pointed: str | None = None
        if self.lang == "es":
            # (up to just after the figure's words: 'unas 130.000 familias de ese departamento')
            stop = min(end, figure.tail_end + 24)
            if " la zona" in text[stop:end] or " la región" in text[stop:end]:
                # ("640 personas de comunidades indígenas de la zona", "Unas 4.100 personas
                # permanecen en albergues de la zona": the area named before, at the clause's
                # end)
                stop = end
            window = text[start:stop]
            for hint in _POINTER_HINTS_ES:
                if hint in window:
                    pointed = self._pointed_place_es(sentence, start, stop)
                    break
        for p in peoples:
            if (
                pointed is None
                and start <= p.start < end
                and _OF_THE_PEOPLE.search(text, max(0, p.start - 16), p.start)
            ):
                # "el 56 % de los guatemaltecos vive en pobreza": a share of a country's people
                # (not "En ese país viven 3 millones de guatemaltecos": where they live).
                return p.canonical, f"place: '{p.canonical}' of '{p.text}' in the figure's clause"
        if sentence.start not in self._global:
            lowered = lower(text)
            if "world" in lowered or "mundo" in lowered:
                # ('giving it the highest incarceration rate in the world': a place ranked in
                # the world is no worldwide figure)
                lowered = _RANKED_IN_WORLD.sub(" ", lowered)
            self._global[sentence.start] = (
                any(word in lowered for word in _GLOBAL_NEEDS)
                and _GLOBAL.search(lowered) is not None
            )
        if self._global[sentence.start]:
            return None, ""
        if (
            self.lang == "en"
            and pointed is None
            and (
                _POINTER_EN.search(text, start, figure.value_start) is not None
                # ("Hundreds of soldiers were sent to the region": where they were sent)
                or _SENT_TO_POINTER_EN.search(text, figure.tail_end, end) is not None
            )
        ):
            # "to the southern state of Guerrero. The state recorded 1,514 murders": the region
            # (or city) named last before, not the country the text names most.
            pointed = self._pointed_place_en(sentence)
        if (
            self.lang == "en"
            and pointed is None
            and "the city" in text
            and _CITY_POINTER_EN.search(text, start, end) is not None
        ):
            # "Shelters in Tapachula are housing nearly 3,000 migrants. Some 400 people arrive
            # in the city each day": the city the sentence before named, not the country.
            pointed = self._pointed_city_en(sentence)
        if (
            self.lang == "en"
            and pointed is None
            and ("country" in text or "nation" in text)
            and _COUNTRY_POINTER_EN.search(text, start, end) is not None
        ):
            # "In Sao Paulo, the mayor won 29.5 percent ... Center-right parties won about 2,700
            # of the country's 5,569 mayoralties": the country named before, not the city.
            pointed = self._pointed_country_en(sentence)
        if (
            self.lang == "en"
            and pointed is None
            and "egional" in text
            and _REGIONAL_EN.search(text, start, figure.value_start) is not None
        ):
            # "Across Latin America ... In Honduras, nearly half ... Regional growth averaged
            # 1.8 percent": the region of several countries named before, not the country
            # named last.
            pointed = next(
                (
                    p.canonical
                    for item in self._before_in_paragraph(sentence)
                    for p in reversed(item.places)
                    # ('Latin Americans' names the region too)
                    if (not p.weak or p.how == "demonym") and is_supranational(p.canonical)
                ),
                None,
            )
        if pointed:
            return pointed, f"place: '{pointed}', the place named before that the clause points at"
        so_far = self._place_so_far(sentence)
        if so_far and (
            so_far in parts_places or self._later_figure_s_place(sentence, figure, so_far)
        ):
            # "Casi la mitad se presentaron en la capital, mientras que Escuintla registró
            # 1.430": the place of a later clause with a figure of its own is that figure's.
            so_far = self._place_before.get(sentence.start)
        if so_far and so_far in CITY_COUNTRY and _NATIONAL.search(lower(text)):
            country = CITY_COUNTRY[so_far]
            return country, f"place: '{country}' (nationwide, the country of '{so_far}')"
        if self.dateline_city and (so_far is None or size_of(so_far) == 2):
            # "CHICAGO — At least 19 people were shot across the city", "DAYTON, Ohio — The
            # City Commission approved ...": the city the dateline names, not its state.
            return self.dateline_city, f"place: '{self.dateline_city}', the dateline's city"
        if so_far:
            return so_far, f"place: '{so_far}' from the text so far"
        if self.institution_place:
            return self.institution_place, f"place: '{self.institution_place}' from an institution"
        if self.dateline_place:
            return self.dateline_place, f"place: '{self.dateline_place}' from the dateline"
        if self.lang == "es" and self._place_of_text and size_of(self._place_of_text) == 3:
            # "“Cerramos 2023 con 154 homicidios”, dijo el ministro. La tasa de El Salvador
            # ...": a figure before any place takes the country the text names most. (Not a
            # region, which names a part, and not in English, where wire copy names a country
            # after a company's or the world's figures: on the development files it fixed 6
            # English places and broke 8, against 17 and none in Spanish.)
            return self._place_of_text, f"place: '{self._place_of_text}' named later in the text"
        return None, ""

    def _index(self, sentence: _Sentence) -> int:
        """The sentence's position among the text's sentences (0 for one not among them)."""
        if self._sentence_at is None:
            self._sentence_at = {s.start: i for i, s in enumerate(self.sentences)}
        return self._sentence_at.get(sentence.start, 0)

    def _before_in_paragraph(self, sentence: _Sentence) -> Iterator[_Sentence]:
        """The sentences before `sentence` in its paragraph, the nearest first."""
        index = self._index(sentence)
        while index > 0:
            index -= 1
            before = self.sentences[index]
            if before.paragraph != sentence.paragraph:
                return
            yield before

    def _pointed_country_en(self, sentence: _Sentence) -> str | None:
        """The country a text about one of its cities or regions points at with 'the country':
        the dateline's, else the country of that city; None when the text is about a country
        already (it is the one meant) or none is known."""
        so_far = self._place_so_far(sentence)
        if so_far is None or size_of(so_far) == 3:
            return None
        if self.dateline_place is not None and size_of(self.dateline_place) == 3:
            return self.dateline_place
        return CITY_COUNTRY.get(so_far)

    def _pointed_city_en(self, sentence: _Sentence) -> str | None:
        """The city the sentence right before named last, in the paragraph (no city named
        further back: a city named earlier is often one compared with)."""
        for item in self._before_in_paragraph(sentence):
            for p in reversed(item.places):
                if " than " in item.text[max(0, p.start - 30) : p.start]:
                    continue  # ("far higher than New York's": a city compared with)
                if not p.weak and (
                    size_of(p.canonical) == 1
                    or (size_of(p.canonical) == 0 and p.how == "in-phrase")
                ):
                    return p.canonical
            return None
        return None

    def _pointed_place_en(self, sentence: _Sentence) -> str | None:
        """The region (state, department) named last before the sentence, in its paragraph."""
        for item in self._before_in_paragraph(sentence):
            for p in reversed(item.places):
                if not p.weak and (
                    size_of(p.canonical) == 2
                    # ('the department of Antioquia': a region the gazetteer does not list)
                    or (size_of(p.canonical) == 0 and p.how == "in-phrase")
                ):
                    return p.canonical
        return None

    def _pointed_place_es(self, sentence: _Sentence, start: int, end: int) -> str | None:
        """'En ese departamento se han reportado 3.950 casos', 'Allí la tasa llegó a 48,2': the
        place named last before, in the paragraph (a country for 'ese país', a place within one
        for 'ese departamento'); None when the clause points at no place."""
        pointer = _POINTED_PLACE_ES.search(sentence.text, start, end)
        if pointer is None:
            return None
        noun = (pointer.group("n") or "").lower()
        index = self._index(sentence)
        mentions: list[PlaceMention] = [
            p for p in self._places(sentence) if p.end <= pointer.start() and p.start >= start
        ]
        for before in reversed(self.sentences[max(0, index - 3) : index]):
            if mentions or before.paragraph != sentence.paragraph:
                break
            mentions = list(self._places(before))
        for place in reversed(mentions):
            if place.how == "origin":
                if noun not in ("país", "nación"):
                    continue
                # ("provino de Estados Unidos. En ese país viven ...": a country named as where
                # something came from, weak for the figures it comes with, is still the country
                # pointed at)
            elif place.weak or _plural_demonym(place):
                continue
            within = is_within_country(place)
            if noun in ("país", "nación") and within:
                continue
            if noun and noun not in ("país", "nación", "lugar", "territorio") and not within:
                continue
            return place.canonical
        return None

    def _capital(self, sentence: _Sentence, start: int, end: int) -> str | None:
        """'en la capital', 'la capital hondureña': the capital of the country the clause or
        the text so far names (None when the clause names no capital)."""
        text = sentence.text
        if text.find("capital", start, end) == -1:
            return None
        found = _THE_CAPITAL.search(text, start, end)
        if found is None:
            return None
        country = None
        for p in self._places(sentence):
            if p.start == found.end() + 1 and p.how == "demonym":
                country = p.canonical  # 'la capital hondureña'
        if country is None:
            so_far = self._place_so_far(sentence) or self.institution_place or self.dateline_place
            country = CITY_COUNTRY.get(so_far or "", so_far)
        return CAPITALS.get(country or "")

    def _origins(self, sentence: _Sentence) -> tuple[frozenset[str], tuple[PlaceMention, ...]]:
        """The places a Spanish sentence names as where people came from ('desde Estados
        Unidos'), and the peoples it names ('guatemaltecos'), read once per sentence."""
        cached = self._origin_cache.get(sentence.start)
        if cached is not None:
            return cached
        places = self._places(sentence)
        text = sentence.text
        origins = frozenset(
            p.canonical
            for p in places
            if not _plural_demonym(p)
            and (
                _ORIGIN_BEFORE.search(text, max(0, p.start - 25), p.start)
                # ('desde México y Guatemala': the places joined to an origin are origins too)
                or (p.how == "origin" and _JOINED_BEFORE.search(text, max(0, p.start - 4), p.start))
                # ("Guatemalans were returned from the United States": where people were sent
                # back or moved from; not 'came from Guatemala City', 'the largest source')
                or (
                    self.lang == "en"
                    and p.how == "origin"
                    and _MOVED_FROM_EN.search(text, max(0, p.start - 60), p.start) is not None
                    # ("Most of the money comes from the United States, where about one million
                    # Hondurans live": the place the next clause is about)
                    and not text.startswith(", where", p.end)
                )
            )
        )
        found = (origins, tuple(p for p in places if _plural_demonym(p)))
        self._origin_cache[sentence.start] = found
        return found

    def _later_figure_s_place(self, sentence: _Sentence, figure: Figure, place: str) -> bool:
        """Whether `place` is named in this sentence only after the figure's clause, in a
        clause that has a figure of its own."""
        _, end = _clause_span(sentence.text, figure)
        # (the later clause up to its figure: 'mientras que Escuintla registró 1.430', 'y en
        # Totonicapán supera el 70 %'; not a speaker's title after it)
        spans = [
            (_clause_span(sentence.text, f)[0], f.value_start)
            for f in sentence.figures
            if f.value_start >= end
        ]
        if not spans:
            return False
        named = [p for p in self._places(sentence) if p.canonical == place]
        return bool(named) and all(
            any(lo <= p.start < hi for lo, hi in spans) and p.start >= end for p in named
        )

    def _place_so_far(self, sentence: _Sentence) -> str | None:
        """The place the text has mentioned most up to this sentence (the latest on ties)."""
        return self._place_best.get(sentence.start)

    def _count_places(self) -> None:
        """Running place counts, one snapshot per sentence (read by `_place_so_far`)."""
        counts: Counter[str] = Counter()
        last_seen: dict[str, int] = {}
        order = 0
        if self.institution_place:
            counts[self.institution_place] += 2
            last_seen[self.institution_place] = -1
        best_by_sentence: dict[int, str | None] = {}
        best: str | None = self.institution_place
        mentions: Counter[str] = Counter()
        # (places named only as where most or all of a figure's things were)
        parts_only: set[str] = set()
        whole: set[str] = set()
        country = (
            next(
                (
                    name
                    for name in (self.institution_place, self.dateline_place)
                    if name is not None and size_of(name) == 3
                ),
                None,
            )
            if self.lang == "es"
            else None
        )  # (read on Spanish development files only)
        before_by_sentence: dict[int, str | None] = {}
        # (places named other than as where things came from: the text's own place is one)
        not_origin: set[str] = {self.institution_place} if self.institution_place else set()
        for number, item in enumerate(self.sentences):
            before_by_sentence[item.start] = best
            places = self._places(item) if item.places else []
            if places:
                # (the places a figure is ranked among are not what the text is about)
                ranked = _ranked_asides(item.text, self.lang)
                if ranked:
                    self._ranked[item.start] = ranked
                    places = [p for p in places if not any(a < p.start < b for a, b in ranked)]
            if len(places) > 1:
                # ('en Culiacán, Sinaloa', 'Tijuana (Baja California)': the state or country
                # that says which city is meant; the city is the place spoken of)
                places = [
                    place
                    for k, place in enumerate(places)
                    if not (
                        k > 0
                        and (
                            (
                                item.text[places[k - 1].end : place.start] in (", ", " (")
                                and 1 <= size_of(places[k - 1].canonical) < size_of(place.canonical)
                            )
                            # ('en el municipio de Rosas, en el departamento del Cauca': the
                            # words say which holds the other)
                            or (
                                self.lang == "es"
                                and _IN_REGION_BETWEEN_ES.fullmatch(
                                    item.text, places[k - 1].end, place.start
                                )
                                is not None
                                and size_of(places[k - 1].canonical) < 3
                            )
                        )
                    )
                    # ("struck Malatya province in eastern Turkey": the country that says where
                    # the province named by its kind lies)
                    and not (
                        k > 0
                        and self.lang == "en"
                        and places[k - 1].how == "in-phrase"
                        and size_of(place.canonical) == 3
                        and _KIND_IN_COUNTRY_EN.fullmatch(item.text, places[k - 1].end, place.start)
                        is not None
                    )
                ]
            if self.lang == "en" and len(places) > 1 and ("'s " in item.text or "’s " in item.text):
                # ("Chile's Valparaiso region": the country that says which region is meant;
                # the region is the place spoken of)
                places = [
                    place
                    for k, place in enumerate(places)
                    if not (
                        k + 1 < len(places)
                        and item.text[place.end : places[k + 1].start] in ("'s ", "’s ")
                        and size_of(place.canonical) > size_of(places[k + 1].canonical)
                        and _REGION_WORD_AFTER.match(item.text, places[k + 1].end) is not None
                    )
                ]
            if self.lang == "en" and len(places) > 1 and " and " in item.text:
                places = _joined_regions(item.text, places)
            for place in places:
                if place.how != "origin":
                    not_origin.add(place.canonical)
                # A weak mention ('Brazilian President') counts half, a people's name a quarter;
                # the first sentence says what the text is about.
                # So does where people or goods came from ('deportados desde México').
                # So does where most of them were ('3.412 en albergues, la mayoría en Alta
                # Verapaz y Huehuetenango'): a part, not what the text is about.
                most = self.lang == "es" and (
                    _MOST_OF_THEM_ES.search(item.text, max(0, place.start - 40), place.start)
                    is not None
                    # ('Petén concentra el 71 % del área afectada': a part of the whole too)
                    or _PLACE_HOLDS_PART_ES.match(item.text, place.end) is not None
                )
                weight = (
                    1
                    if _plural_demonym(place) or place.how == "origin" or most
                    else 2
                    if place.weak
                    else 4
                )
                # (a people's name in the first sentence says who, not where: 'de los cuales el
                # 40 % eran venezolanos')
                # (not the dateline's place, where the story was filed, when the sentence names
                # a region of its own: "PORTO ALEGRE, Brazil (AP) — Floods in the southern state
                # of Rio Grande do Sul have killed 83")
                first = (
                    2
                    if number == 0
                    and not _plural_demonym(place)
                    and not (
                        self.dateline_cut
                        and place.start < self.dateline_cut
                        and _names_a_region(item.text, places, self.dateline_cut)
                    )
                    else 0
                )
                counts[place.canonical] += weight + first
                mentions[place.canonical] += 1
                if most:
                    parts_only.add(place.canonical)
                else:
                    whole.add(place.canonical)
                last_seen[place.canonical] = order
                order += 1
            for place in places:
                name = place.canonical
                if best is not None and name not in not_origin and best in not_origin:
                    # ('Uno de cada tres era originario de Venezuela': where people came from
                    # does not take over from a place the text has named as its own)
                    continue
                if best is None or _place_key(name, counts, last_seen) > _place_key(
                    best, counts, last_seen
                ):
                    best = name
            best_by_sentence[item.start] = best
            if (
                country is not None
                and best is not None
                and best != country
                and size_of(best) == 2
                and counts[country] < counts[best]
                and mentions[best] == 1
                and sum(1 for other in mentions if size_of(other) == 2) > 1
            ):
                # ('Del total, el 40 % se concentra en Francisco Morazán. Cortés ocupa el
                # segundo lugar, ... Olancho ...': regions named once each, a list; what the
                # text is about is still the country of its dateline or institution)
                best_by_sentence[item.start] = country
            elif (
                country is not None
                and best is not None
                and best != country
                and best in parts_only
                and best not in whole
            ):
                # ('dos homicidios durante el fin de semana, ambos en el departamento de La
                # Libertad': where the figure's things were is no place the text is about; the
                # country of its dateline or institution still is)
                best_by_sentence[item.start] = country
        self._place_best = best_by_sentence
        self._place_before = before_by_sentence
        if best is not None and best not in not_origin:
            # ('Estados Unidos fue el origen del 92 % de los envíos': where the goods came from
            # is not what the text is about)
            best = max(
                not_origin, key=lambda name: _place_key(name, counts, last_seen), default=None
            )
        self._place_of_text = best

    def _places(self, sentence: _Sentence) -> list[PlaceMention]:
        """The places a sentence names outside the name of its source ('Servicio ... de Panamá'),
        read once per sentence (each of its figures asks)."""
        attribution = sentence.attribution
        if attribution is None or attribution.reference:
            return sentence.places
        cached = self._source_places.get(sentence.start)
        if cached is not None:
            return cached
        # A place inside the source's name is weak evidence: 'según el Servicio ... de Panamá'.
        places = [
            PlaceMention(p.start, p.end, p.text, p.canonical, p.how, True)
            if attribution.start <= p.start < attribution.end
            and not _source_is_the_place(attribution.source, p)
            else p
            for p in sentence.places
        ]
        self._source_places[sentence.start] = places
        return places

    # --- the candidate ----------------------------------------------------------------------------

    def _sentence_subject(self, sentence: _Sentence) -> str | None:
        """The sentence's subject noun phrase, read once per sentence."""
        if sentence.start not in self._subjects:
            self._subjects[sentence.start] = sentence_subject(
                sentence.text, self.lang, self._removed(sentence)
            )
        return self._subjects[sentence.start]

    def _removed(self, sentence: _Sentence) -> list[tuple[int, int]]:
        """What a subject never contains: the times, the figures, the source (once per sentence)."""
        cached = self._removed_spans.get(sentence.start)
        if cached is not None:
            return cached
        # (a holiday's name says what was counted as much as when: "online spending from
        # Thanksgiving through Cyber Monday")
        spans = [
            (t.start, t.end)
            for t in sentence.times
            # ('The previous harvest had yielded 6.2 million bags': the subject as well)
            if "holiday '" not in t.note
            and not t.note.startswith("hurricane season ")
            and not (t.note in ("-1 span", "-1 season") and t.start <= 4)
        ]
        # ("During the 2024 Atlantic hurricane season, storms damaged 312 schools": the season
        # says what was counted as well; only its year is a time)
        spans += [
            (t.start + year.start(), t.start + year.end())
            for t in sentence.times
            if t.note.startswith("hurricane season ")
            for year in _SEASON_YEAR.finditer(t.text)
        ]
        text = sentence.text
        if spans and (" alone" in text or " began" in text or " started" in text):
            # ('in January alone', 'since it began in late November': the words that go with a
            # time go with it)
            spans = [
                (
                    (lead.start() if (lead := _SINCE_IT_BEGAN.search(text, 0, a)) else a),
                    (tail.end() if (tail := _ALONE_AFTER.match(text, b)) else b),
                )
                for a, b in spans
            ]
        spans += [(f.value_start, f.value_end) for f in sentence.figures]
        if (
            text.startswith(("In ", "En "))
            and (document := _IN_ITS_DOCUMENT.match(text)) is not None
        ):
            # ('In its latest quarterly report, released Wednesday, the bank said ...', 'En su
            # informe anual, el banco ...'): the document the figures come from, not what they
            # measure.
            spans.append(document.span())
        if "," in sentence.text:
            # "Extortion complaints, however, rose ...", "Sin embargo, los homicidios ...": a
            # connective set off by commas is no part of what was measured.
            spans += _connectives(sentence.text)
        attribution = sentence.attribution
        if (
            text.startswith(("Según ", "De acuerdo con "))
            and (attribution is None or attribution.start > 20)
            and (lead := _SOURCE_LEAD_ES.match(text)) is not None
        ):
            # ('Según el último censo, en Guatemala viven ...': where the figures come from, even
            # when it names no source to attribute them to)
            spans.append(lead.span())
        if attribution is not None:
            acronym = _ACRONYM_AFTER.match(text, attribution.end)
            # ('According to the National Institute of Statistics (INE), gas exports ...': the
            # source's acronym goes with it)
            spans.append((attribution.start, acronym.end() if acronym else attribution.end))
            if (
                self.lang == "en"
                and (frame := _FRAME_TO_THAT.match(text, attribution.end)) is not None
                and any(f.value_start >= frame.end() for f in sentence.figures)
            ):
                # ("X told reporters on Monday that homicides fell to 5,155", "said at a news
                # conference that ...": whom and where it was said, up to the reported clause)
                spans.append((attribution.end, frame.end()))
            if attribution.counter_span is not None:
                spans.append(attribution.counter_span)
            if attribution.start >= len(sentence.text) // 2 and not (
                attribution.evidence.lower().startswith(_ASIDE_SOURCE_LEADS)
                and any(f.value_start >= attribution.end for f in sentence.figures)
            ):
                # (not a source set off as an aside with the figure after it: "El número de
                # expedientes ..., según el Organismo Judicial, fue de 412.380"; nor the words of
                # a figure with a verb of its own after the source: "a ring that prosecutors say
                # took in $3.8 million in bribes")
                end = len(text)
                for later in sentence.figures:
                    if later.value_start >= attribution.end:
                        if text[attribution.end : later.value_start].strip():
                            end = later.value_start
                        break
                spans.append((attribution.start, end))
        self._removed_spans[sentence.start] = spans
        return spans

    def _prior_subject(self, sentence: _Sentence) -> str | None:
        """The subject of the sentence before this one in its paragraph ('they' stands for it)."""
        index = next((i for i, s in enumerate(self.sentences) if s.start == sentence.start), 0)
        if index == 0 or self.sentences[index - 1].paragraph != sentence.paragraph:
            return None
        return self._sentence_subject(self.sentences[index - 1])

    def _topic(self, sentence: _Sentence) -> str | None:
        """What the sentence before names, when it gives no figure and names no source, place
        or person ('El dengue sigue en aumento.' -> 'dengue')."""
        index = self._index(sentence)
        if index == 0:
            return None
        before = self.sentences[index - 1]
        if before.paragraph != sentence.paragraph or before.figures:
            return None
        topic = self._sentence_subject(before)
        if not topic:
            return None
        words = topic.split()
        while words and words[-1].lower() in _TOPIC_TAIL:
            words.pop()
        if not 1 <= len(words) <= 7 or any(ch.isdigit() for ch in topic):
            return None
        named = " ".join(words)
        # ('Youth unemployment has risen': an English subject opens the sentence with its
        # capital; its next word, in lower case, shows it names no institution)
        opening = (
            self.lang == "en"
            and len(words) >= 2
            and before.text.startswith(words[0].capitalize() + " ")
            and f" {words[1]} " in before.text
        )
        if (
            is_place(named)
            or _TOPIC_NOT_MEASURED.search(named)
            or (f" {words[0].lower()} " not in f" {before.text} " and not opening)
        ):
            return None  # (written with a capital, it names an institution or a person)
        return named

    def _earlier_money(self, sentence: _Sentence) -> str | None:
        """The last measure of money named before in the paragraph ('remittances to ...')."""
        if self.last_paragraph != sentence.paragraph:
            return None
        for (kind, _unit), subject in reversed(self.measured.items()):
            if kind == "currency":
                return subject
        return None

    def _part_in_place(self, item: _Resolved, counted: str) -> str:
        """'Texas accounts for about 560 of the cases' after '800 measles cases in the United
        States': the things counted before, in the place the figure's own clause names
        (English)."""
        earlier = self.last_count_place
        if (
            self.lang != "en"
            or not item.place
            or not earlier
            or item.place == earlier
            or not item.place_reason.endswith("in the figure's clause")
        ):
            return counted
        bare = _without_place(counted, earlier, self.lang)
        if bare == counted:
            return counted
        return with_place(bare, item.place, self.lang)

    def _finance_owner(self, subject: str, paragraph: int, source: str | None, text: str) -> str:
        """'net profit of Bayern Munich' for a bare 'net profit' after "Bayern Munich posted
        record revenue of 1.02 billion euros" in the same paragraph; 'employees of Bayern
        Munich' for 'employees of club' there. A subject that names its owner sets it, and so
        does a source that reports its own ("Walmart reported revenue of $160 billion")."""
        if " a record " in subject:
            # "spent a record 3.1 billion pounds on players": a tone word, not what was spent
            subject = _A_RECORD_EN.sub("", subject)
        if (
            subject in _BARE_FINANCE_EN
            and source is not None
            and source[:1].isupper()
            # (not a generic one, 'The company reported a net profit of $1.4 billion')
            and not (
                source.startswith(("The ", "A ", "An ")) and source.split(None, 1)[1][:1].islower()
            )
            and _REPORTED_OWN_EN.search(text) is not None
            and f"{source} " in text
            and _REPORTED_OWN_EN.match(text, text.index(f"{source} ") + len(source)) is not None
        ):
            self.finance_owner = (paragraph, source)
            return f"{subject} of {source}"
        owned = _OWNED_FINANCE_EN.fullmatch(subject)
        if owned is not None:
            self.finance_owner = (paragraph, owned.group("o"))
            return subject
        if self.finance_owner is None or self.finance_owner[0] != paragraph:
            return subject
        owner = self.finance_owner[1]
        if subject in _BARE_FINANCE_EN:
            return f"{subject} of {owner}"
        pointer = _OWNER_POINTER_EN.fullmatch(subject)
        if pointer is not None:
            return f"{pointer.group('n')} of {owner}"
        return subject

    def _turnout_of_election(self, sentence: _Sentence, place: str | None) -> str | None:
        """'turnout in presidential runoff': the election the paragraph named last before the
        sentence, if any."""
        for earlier in self._before_in_paragraph(sentence):
            named = list(_ELECTION_EN.finditer(earlier.text))
            if named:
                return with_place(f"turnout in {named[-1].group(0).lower()}", place, "en")
        return None

    def _turnout_of_election_es(
        self, sentence: _Sentence, place: str | None, before: int
    ) -> str | None:
        """'participación en la elección presidencial': the election the sentence names before
        `before`, else the one the paragraph named last before the sentence, if any."""
        for earlier in (sentence, *self._before_in_paragraph(sentence)):
            end = before if earlier is sentence else len(earlier.text)
            named = list(_ELECTION_ES.finditer(earlier.text, 0, end))
            if named:
                election = named[-1].group(0).lower()
                head = election.split()[0]
                article = (
                    "las"
                    if head == "elecciones"
                    else "los"
                    if head == "comicios"
                    else "el"
                    if head in ("referéndum", "referendo", "plebiscito", "balotaje")
                    else "la"
                )
                return with_place(f"participación en {article} {election}", place, "es")
        return None

    def _candidate(
        self, item: _Resolved, original_span: Callable[[int, int], tuple[int, int]]
    ) -> Candidate:
        sentence, figure = item.sentence, item.figure
        text = sentence.text
        value_text = text[figure.value_start : figure.value_end]
        unit_note = f"with unit '{item.unit}'" if item.unit else "without a unit"
        reasons = [f"figure '{value_text}' {unit_note} (amount {decimal_text(figure.amount)})"]
        reasons += figure.reasons
        if item.period_start or item.period_end:
            note = item.period.note if item.period is not None else ""
            span = f"{item.period_start} to {item.period_end}"
            reasons.append(f"period: {note or span} ({item.period_how})".replace("()", ""))
        if item.place_reason:
            reasons.append(item.place_reason)
        if item.source_reason:
            reasons.append(item.source_reason)
        removed = self._removed(sentence)
        kind = _resolved_kind(figure, item.unit)
        described = text
        if " will " in text and self.lang == "en":
            future = _AND_WILL.search(text, figure.tail_end)
            if future is not None:
                # ("won 29.5 percent of valid votes in the first round and will face a runoff":
                # what the next verb, in the future, says is not what the figure measures)
                described = text[: future.start()]
        subject = build_subject(
            described,
            SubjectInput(
                value_start=figure.value_start,
                tail_end=figure.tail_end,
                unit=item.unit,
                unit_kind=kind,
                share_of=item.share_of,
                is_change=figure.is_change,
                counted=figure.counted or (figure.share_of if figure.kind == "ratio" else None),
                kind=figure.kind,
                place=self._came_from.get((sentence.start, figure.value_start), item.place),
                earlier_unit=item.earlier_unit,
                earlier_rate=self.last_rate_measure,
                earlier_share=self.last_share[1]
                if self.last_share is not None and self.last_share[0] == sentence.paragraph
                else None,
                earlier_subject=self.last_subject
                if self.last_paragraph == sentence.paragraph
                else None,
                event=self.event,
                earlier_count=self.last_count_subject
                if self.last_paragraph == sentence.paragraph
                else None,
                earlier_whole=self.whole_count_subject
                if self.last_paragraph == sentence.paragraph
                else None,
                earlier_money=self._earlier_money(sentence),
                prior_subject=(lambda: self._prior_subject(sentence))
                if self.lang == "en"
                else None,
            ),
            removed,
            self.lang,
            lambda: self._sentence_subject(sentence),
        )
        if (
            self.lang == "en"
            and subject
            and subject.lower().startswith(("turnout", "voter turnout"))
            and _BARE_TURNOUT_EN.fullmatch(_without_place(subject, item.place, "en")) is not None
        ):
            own = _ELECTION_AFTER_EN.match(text, figure.tail_end)
            election = (
                " ".join(own.group("e").split()[1:])
                if own is not None
                else self._election_named(sentence, figure.value_start)
            )
            if election is not None:
                # "In Guatemala's presidential runoff on Sunday, ... Turnout was 45 percent":
                # the turnout of the election the text named, not of the country
                subject = f"turnout in {election}"
                if item.place and item.place.split()[0].lower() not in election.lower():
                    subject = with_place(subject, item.place, "en")
        if (
            self.lang == "en"
            and subject
            and item.unit != "magnitude"
            and "magnitude " in subject
            and "magnitude" in text
        ):
            # ("The death toll from Sunday's magnitude 6.9 earthquake": the scale's word, its
            # reading taken out, is no kind of quake)
            subject = _STRANDED_MAGNITUDE.sub("", subject)
        if (
            self.lang == "en"
            and subject
            and self.event
            and "toll" in text
            and _TOLL_OPENING_EN.match(text) is not None
            and _without_place(subject, item.place, "en") in ("deaths", "death toll")
        ):
            # "Wildfires in Valparaiso have burned 26,000 hectares ... The death toll stood at
            # 131": the toll of the event the text reports.
            subject = with_place(f"death toll from {self.event}", item.place, "en")
        if (
            self.lang == "en"
            and subject
            and item.unit
            and kind == "count"
            and subject.lower().startswith(item.unit.lower())
            and " of " in text[max(0, figure.value_start - 4) : figure.value_start]
            and (
                measure_of := _MEASURE_OF_EN.search(
                    text, max(0, figure.value_start - 40), figure.value_start
                )
            )
            is not None
        ):
            # "expects production of about 11 million bags", "reported exports of 2.1 million
            # tons": what the count measures is the noun it is 'of', not the unit it counts in.
            subject = with_place(measure_of.group("m").lower(), item.place, self.lang)
        if (
            self.lang == "en"
            and kind == "count"
            and item.unit in ("people", "inhabitants", "residents")
            and "'s "
            in text[max(0, figure.value_start - 40) : figure.value_start].replace("’", "'")
            and _OF_PLACES_PEOPLE_EN.search(
                text, max(0, figure.value_start - 60), figure.value_start
            )
        ):
            # "about 40 percent of the country's 11.7 million people": the whole a share is of,
            # all the people of a place, is its population.
            subject = f"population of {item.place}" if item.place else "population"
        elif (
            self.lang == "en"
            and kind == "count"
            and item.unit
            and "'s "
            in text[max(0, figure.value_start - 40) : figure.value_start].replace("’", "'")
            and (
                owned := _OF_BODY_S_COUNT_EN.search(
                    text, max(0, figure.value_start - 60), figure.value_start
                )
            )
            is not None
        ):
            # "About 87 percent of the district's 71,000 students qualify for free meals": the
            # whole a share is of, all the students of the district (not what the share says).
            owner = owned.group("owner").lower()
            subject = with_place(f"{item.unit} in the {owner}", item.place, self.lang)
        if (
            self.lang == "en"
            and subject
            and kind == "count"
            and self.count_subjects
            and self.last_paragraph == sentence.paragraph
            and (head := subject.split(" ", 1)[0]) in _BARE_KINDLESS_EN
            and not subject.startswith(f"{head} of ")
            and (
                kind_unit := next(
                    (
                        # ('social leaders and human rights defenders': the first of the two)
                        u.split(" and ", 1)[0]
                        for u in reversed(list(self.count_subjects))
                        if u.split(" and ", 1)[0].endswith(f" {head}")
                        and u.split(" and ", 1)[0].count(" ") <= 2
                    ),
                    None,
                )
            )
            is not None
        ):
            # "62,340 suspected dengue cases so far this year ... clinics reported 3,870 new
            # cases": the bare 'cases' are of the kind the paragraph counted before.
            subject = f"{kind_unit}{subject[len(head) :]}"
        if (
            self.lang == "en"
            and subject
            and subject.split(" ", 1)[0] in ("figure", "total", "tally", "count")
            and self.last_subject
            and self.last_paragraph == sentence.paragraph
            and _THE_TOTAL_EN.match(text) is not None
        ):
            # "That figure is still 40 percent below ...": the figure named before, not the word.
            subject = self.last_subject
        if self.lang == "en" and subject and " since " in subject:
            # "people killed since protests began [in April]": the event that starts the count
            # dates it (its period), it is not what was counted.
            subject = _SINCE_EVENT_EN.sub(_short_event, subject)
        if (
            self.lang == "es"
            and subject
            and kind == "count"
            and item.unit
            and self.last_paragraph == sentence.paragraph
            and ("mism" in text or "año" in text)
            and (earlier_same := self.count_subjects.get(item.unit.lower())) is not None
            and earlier_same != subject
            and earlier_same.lower().startswith(item.unit.lower())
            and len(_without_place(subject, item.place, self.lang).split())
            <= len(item.unit.split()) + 1
            and _SAME_PERIOD_BEFORE_ES.search(text) is not None
        ):
            # "activó 1.205 alertas Isabel-Claudina por la desaparición de mujeres ... En el
            # mismo periodo del año anterior se habían activado 1.132 alertas": the same count,
            # named in full before, of another period.
            subject = earlier_same
        if item.restated is not None and item.restated.subject:
            subject = item.restated.subject
        elif item.restates and self.last_subject and self.last_paragraph == sentence.paragraph:
            subject = self.last_subject
        elif (
            self.lang == "es"
            and self.last_subject
            and not figure.is_change
            and ", cuando " in text[max(0, figure.value_start - 60) : figure.value_start]
            and _WHEN_EARLIER_ES.search(text, max(0, figure.value_start - 60), figure.value_start)
            and any(
                f.value_end < figure.value_start and f.unit_kind == figure.unit_kind
                for f in sentence.figures
            )
        ):
            # "La cobertura forestal se sitúa en 33 %, cuando en 1950 superaba el 60 %": the
            # clause without a subject of its own says the same measure at another time.
            subject = self.last_subject
        elif (
            (these := _OF_THESE.match(text, figure.value_end)) is not None
            # ("one in five of the migrants", "half of the crops": a share of them, which the
            # subject builder names as a share, not the count itself)
            and figure.kind not in ("ratio", "fraction")
            and self.last_count_subject
            and self.last_paragraph == sentence.paragraph
            and these.group("n").lower() in self.last_count_subject.lower()
            # (not a participle: 'one in three of those killed' are people, a part of them)
            and not (self.lang == "en" and _PARTICIPLE_EN.fullmatch(these.group("n")) is not None)
            # (nor a part the clause names: 'Asylum applications account for 2.2 million of
            # the pending cases' -> 'asylum applications among pending cases')
            and not (self.lang == "en" and subject is not None and " among " in subject)
        ):
            # "5.100 de esos casos", "2,000 of those deaths": some of what was counted before.
            subject = self._part_in_place(item, self.last_count_subject)
        elif (
            self.lang == "en"
            and kind == "count"
            and item.unit
            and self.whole_count_subject
            and self.last_paragraph == sentence.paragraph
            and (total := _TOTAL_INCLUDED_EN.match(text)) is not None
            and total.end() <= figure.value_start
            and item.unit.lower() not in self.whole_count_subject.lower()
        ):
            # "More than 1 billion people were living with obesity. The total included 880
            # million adults": a part of the whole counted before, named by its own noun.
            subject = f"{item.unit} among {self.whole_count_subject}"
        elif (
            self.lang == "en"
            and figure.kind not in ("ratio", "fraction")
            and self.last_count_subject
            and self.last_paragraph == sentence.paragraph
            and _OF_THEM_EN.match(text, figure.value_end) is not None
            and (placed := self._part_in_place(item, self.last_count_subject))
            != self.last_count_subject
        ):
            # "British Columbia accounted for about 2,500 of them": some of what was counted
            # before, in the place the clause names ("2,500 of them were pedestrians" is left
            # to what the clause says they were).
            subject = placed
        elif (
            self.lang == "es"
            and these is not None
            and these.group("n").lower() in _GENERIC_CASES_ES
            and (
                text[these.end() : these.end() + 2].strip() in ("", ".", ",", ";")
                # ('Colón concentra 160 de esos casos y Chepo, 40': a list of places)
                or _GAPPED_PLACES_AFTER_ES.match(text, these.end()) is not None
            )
            and self.last_count_subject
            and self.last_paragraph == sentence.paragraph
        ):
            # "Antioquia concentró 190 de esos casos" after '1.180 mujeres fueron asesinadas':
            # cases of what was counted before, in this figure's place.
            subject = with_place(
                _PLACE_TAIL_ES.sub("", self.last_count_subject), item.place, self.lang
            )
        elif (
            self.lang == "es"
            and subject
            and kind in ("count", "currency")
            and not figure.is_change
            and (
                subject.startswith("monto ")
                if kind == "currency"
                else _without_place(subject, item.place, "es").lower() == item.unit.lower()
            )
        ):
            topic = self._topic(sentence)
            if topic and not any(
                w[:6].lower() == item.unit[:6].lower() for w in topic.split() if len(w) > 5
            ):
                # "El dengue sigue en aumento. En lo que va del año se han reportado 45.000
                # casos": the sentence before, with no figure, names what is counted.
                named = topic if kind == "currency" else f"{item.unit} de {topic}"
                subject = with_place(named, item.place, "es")
                reasons.append("subject: the topic the sentence before names")
            elif (
                kind == "count"
                and self.last_count_subject
                and self.last_paragraph == sentence.paragraph
                and (kinded := _kind_of_count_es(self.last_count_subject))
                .lower()
                .startswith(f"{item.unit.lower()} ")
                and " de " in kinded
            ):
                # "Escuintla encabeza la lista con 1.460 casos" after "12.807 casos de
                # desnutrición aguda": the kind of the things counted before, in this place.
                subject = with_place(kinded, item.place, "es")
                reasons.append("subject: the kind of the count before")
            elif (
                kind == "count"
                and item.unit.lower() in _GENERIC_CASES_ES
                and self.last_count_subject
                and self.last_paragraph == sentence.paragraph
                and not self.last_count_subject.lower().startswith(item.unit.lower())
            ):
                # "Guatemala fue el departamento con más casos, con 812" after "2.870
                # homicidios": the cases are the things counted before, in this place.
                counted = _PLACE_TAIL_ES.sub("", self.last_count_subject)
                subject = with_place(counted, item.place, "es")
                reasons.append("subject: the things counted before, as cases")
            elif (
                kind == "count"
                and self.last_count_subject
                and self.last_paragraph == sentence.paragraph
                and _WHEN_BASELINE_ES.search(
                    text, max(0, figure.value_start - 40), figure.value_start
                )
            ):
                # "un aumento del 27 % en comparación con el mismo período de 2024, cuando se
                # reportaron 32.973 retornos": the same count, in the earlier period.
                subject = self.last_count_subject
                reasons.append("subject: the count it is the baseline of")
            elif (
                kind == "count"
                and item.unit.lower() in _DEATH_NOUNS_ES
                and self.last_count_subject
                and self.last_paragraph == sentence.paragraph
                and (cause := _DEATHS_BY_ES.match(_PLACE_TAIL_ES.sub("", self.last_count_subject)))
                is not None
            ):
                # "El departamento de Guatemala registró 498 muertes" after "Los accidentes de
                # tránsito dejaron 1.732 fallecidos": deaths of the same cause, in this place.
                subject = with_place(f"{item.unit} {cause.group('cause')}", item.place, "es")
                reasons.append("subject: the cause of the deaths counted before")
        elif (
            self.lang == "es"
            and not subject
            and not item.unit
            and kind == "none"
            and not figure.is_change
            and (topic := self._topic(sentence)) is not None
            and _PLURAL_HEAD_ES.match(topic) is not None
        ):
            # "Las denuncias por extorsión aumentaron en el trimestre. La PNC recibió 4.611
            # entre enero y marzo": a bare number counts what the sentence before, with no
            # figure, names (its head a plural noun).
            subject = with_place(topic, item.place, "es")
            item.unit = topic.split(None, 1)[0]
            reasons.append("subject: the things the sentence before names")
        if (
            subject
            and (pointer := _POINTER_LEAD.match(subject)) is not None
            and (topic := self._topic(sentence)) is not None
        ):
            # "El desempleo juvenil preocupa a las autoridades de Nicaragua. La cifra alcanzó el
            # 12,5 %": the figure of what the sentence before, with no figure, names.
            subject = topic[0].lower() + topic[1:] + subject[pointer.end() :]
            reasons.append("subject: 'the figure' is of what the sentence before names")
        if (
            self.lang == "es"
            and kind in ("count", "rate")
            and item.place
            and self.last_paragraph == sentence.paragraph
            and self._by_territory(sentence, figure)
        ):
            # "Los departamentos más afectados fueron Guatemala (2.415), Escuintla (604)": the
            # measure counted before, in each place.
            measured = (
                self.last_rate_measure
                if kind == "rate"
                else _PLACE_TAIL_ES.sub(
                    "",
                    self.count_subjects.get(item.unit.lower()) or self.last_count_subject or "",
                )
            )
            if measured:
                subject = with_place(measured, item.place, "es")
                reasons.append("subject: the measure before, in the place that labels the figure")
        if (
            self.lang == "es"
            and kind == "percent"
            and item.place
            and self.last_subject
            and self.last_subject.startswith("proporción de ")
            and self.last_paragraph == sentence.paragraph
            and (
                label := next(
                    (
                        p
                        for p in self._places(sentence)
                        if 0 <= figure.value_start - p.end <= 12
                        and p.how != "demonym"  # ('seguidos de los peruanos, con el 15 %')
                        and _PLACE_LABEL.fullmatch(text, p.end, figure.value_start) is not None
                    ),
                    None,
                )
            )
            is not None
        ):
            # "recibió el 28 % de las remesas ..., seguido de San Marcos, con el 8 %": the share
            # before, of the place that labels this one.
            subject = bought_by_next_place_es(self.last_subject, label.text) or with_place(
                _PLACE_TAIL_ES.sub("", self.last_subject), item.place, "es"
            )
            reasons.append("subject: the share before, in the place that labels the figure")
        elif (
            self.lang == "es"
            and kind == "percent"
            and self.last_subject
            and not self.last_subject.startswith(("proporción ", "aumento ", "reducción "))
            and self.last_paragraph == sentence.paragraph
            and _THAT_SHARE_ES.search(text, max(0, figure.value_start - 40), figure.value_start)
        ):
            # "de las cuales 428 correspondieron a víctimas de hechos de violencia. Esa
            # proporción, del 22 %, ...": the share the count before is of its whole.
            counted = _PLACE_TAIL_ES.sub("", self.last_subject)
            subject = with_place(f"proporción de {counted}", item.place, "es")
            reasons.append("subject: the share the count before stands for")
        restated = (
            _THAT_IS_ES.search(text, max(0, figure.value_start - 40), figure.value_start)
            if self.lang == "es" and kind == "count" and self.last_subject
            else None
        )
        if restated is not None and self.last_paragraph == sentence.paragraph:
            # "la informalidad alcanzó al 70,3 % de los ocupados, es decir, unas 5,1 millones de
            # personas": the same part, counted ('ocupados en informalidad').
            share = _PLACE_TAIL_ES.sub("", self.last_subject or "")
            measure, joiner, base = share.partition(" como proporción de ")
            if joiner:
                subject = with_place(f"{base} en {measure}", item.place, "es")
                reasons.append("subject: the share before, restated as a count")
            elif share.startswith("proporción de "):
                subject = with_place(share.removeprefix("proporción de "), item.place, "es")
                reasons.append("subject: the share before, restated as a count")
        if self.lang == "es" and subject:
            generic = _GENERIC_ORG_ES.search(subject)
            generic_named = (
                self._named_organisation(generic.group("n"), sentence.start + figure.value_start)
                if generic is not None
                else None
            )
            if generic is not None and generic_named:
                # "el instituto cuenta con 2.150 camas" after "el Instituto Guatemalteco de
                # Seguridad Social (IGSS)": the organisation the common noun points back at.
                subject = f"{subject[: generic.start()]}{generic_named}{subject[generic.end() :]}"
                reasons.append(f"subject: '{generic.group('n')}' is {generic_named}")
            bare = _BARE_ORG_ES.match(_without_place(subject, item.place, "es"))
            bare_named = (
                self._named_organisation(
                    bare.group("n").lower(), sentence.start + figure.value_start
                )
                if bare is not None and kind == "count" and item.unit
                else None
            )
            if bare is not None and bare_named:
                # "con lo que la institución llega a 45.300 elementos": what it counts is its own.
                subject = with_place(f"{item.unit} {bare_named}", item.place, "es")
                reasons.append(f"subject: the {item.unit} of the organisation '{bare.group('n')}'")
            beds = (
                _BEDS_SUBJECT_ES.fullmatch(_without_place(subject, item.place, "es"))
                if "camas" in subject and "Hospital" in self.text
                else None
            )
            hospital = (
                self._named_organisation("hospital", sentence.start + figure.value_start)
                if beds is not None
                else None
            )
            if beds is not None and hospital:
                # "El Hospital Nacional Rosales tiene 4.870 pacientes ... La ocupación de camas
                # llegó al 96 %": the beds of the hospital the text is about.
                subject = with_place(f"{beds.group(0)} {hospital}", item.place, "es")
                reasons.append("subject: the beds of the hospital named before")
        reference = (
            REFERENCE_AFTER_ES.match(text, figure.tail_end)
            if self.lang == "es"
            and subject
            and " que " in text[figure.tail_end : figure.tail_end + 16]
            else None
        )
        kept_state = None
        if reference is not None and subject:
            # "Esa cifra está muy por debajo del 95 % que recomienda la OPS": a reference the
            # source sets, of the measure named before; the figures after it still point at
            # that measure, not at the reference.
            subject = reference_subject_es(subject, reference.group("v"), reference.group("x"))
            reasons.append("subject: a reference value the source after it sets")
            kept_state = (
                self.last_subject,
                self.last_paragraph,
                self.last_count_subject,
                self.whole_count_subject,
                self.last_rate_measure,
                dict(self.measured),
                dict(self.count_subjects),
            )
        if self.last_paragraph != sentence.paragraph:
            self.last_count_subject = None
            self.measured = {}
            self.count_subjects = {}
            self.counted_amounts = {}
            self.whole_count_subject = None
        if self.lang == "es" and kind == "count" and figure.amount in self.counted_amounts:
            restated = _RESTATED_LEAD.search(
                text, max(0, figure.value_start - 8), figure.value_start
            )
            if restated is not None:
                # "De los 42.716 retornados, 6.105 eran menores": the count given before,
                # restated, and what it counted. (Not in English, where the development files
                # name the restated count by its own noun: 'Of the 573 victims' after '573
                # homicides' is 'homicide victims'.)
                subject = self.counted_amounts[figure.amount]
                reasons.append("subject: the count it restates")
        if (
            self.lang == "en"
            and kind == "percent"
            and self.last_count_subject
            and _COPULA_LEAD.fullmatch(text, 0, figure.value_start) is not None
            and not text[figure.tail_end :].strip(' ."”')
        ):
            # "... only 700,000 contributed to a pension fund. That is about 26 percent.": the
            # share the count before makes of its whole (the sentence names nothing else).
            subject = f"share of {self.last_count_subject}"
            reasons.append("subject: the share the count before makes")
        if _weak_subject(subject, item.place) and not figure.is_change:
            # "En marzo, la variación había sido de 3,01 por ciento", "In March alone, they
            # reached $812 million": the measure named before, in the same unit.
            earlier = self.measured.get((kind, item.unit.lower()))
            if earlier and self.lang == "es" and item.place and " en " in earlier:
                # ('En Huehuetenango llegó a 72 %': the measure before, in this figure's place)
                earlier = with_place(_PLACE_TAIL_ES.sub("", earlier), item.place, "es")
            if earlier:
                subject = earlier
                reasons.append("subject: the measure of the earlier figure in the same unit")
            elif (
                self.lang == "es"
                and self.last_subject
                and self.last_paragraph == sentence.paragraph
                and _WHICH_AMOUNTS_TO_ES.search(
                    text, max(0, figure.value_start - 40), figure.value_start
                )
            ):
                # "Las pérdidas ... se ubicaron en 37,5 %, lo que representa unos 14.000 millones
                # de lempiras": the same measure, said in another unit.
                subject = with_place(
                    _PLACE_TAIL_ES.sub("", self.last_subject), item.place, self.lang
                )
                reasons.append("subject: the measure the figure before it restates")
        elif subject and not figure.is_change:
            self.measured[(kind, item.unit.lower())] = subject
        if (
            self.lang == "en"
            and subject
            and "xpect" in text
            and not subject.startswith(("expected ", "forecast "))
            and _EXPECTS_CHANGE_OF_EN.search(
                text, max(0, figure.value_start - 50), figure.value_start
            )
            is not None
        ):
            # "Economists polled by the central bank expect growth of 2.0 percent in 2025": the
            # growth they expect, not the growth measured.
            subject = f"expected {subject}"
            reasons.append("subject: what is expected")
        if (
            self.lang == "es"
            and kind == "count"
            and subject
            and self.last_subject
            and self.last_paragraph == sentence.paragraph
            and text.startswith(("De ellos", "De ellas"))
            and figure is sentence.figures[0]
            and (done := _PART_DONE_AFTER_ES.match(text, figure.tail_end)) is not None
        ):
            whole = _PLACE_TAIL_ES.sub("", self.last_subject)
            done_to_whole = [w for w in whole.split() if w.endswith(_PARTICIPLES_ES)]
            participle = done.group("p")
            if done_to_whole and participle not in done_to_whole:
                # "las autoridades han capturado a más de 75.000 presuntos pandilleros. De
                # ellos, unos 7.000 han sido liberados": those of the whole who went on to be
                # released ('presuntos pandilleros capturados y liberados').
                subject = with_place(f"{whole} y {participle}", item.place, "es")
                reasons.append("subject: the whole before, and what became of the part")
        if (
            self.lang == "es"
            and subject
            and text.startswith("En ")
            and " " not in subject
            and (setting := _OPENING_BODY_ES.match(text)) is not None
            and setting.end() <= figure.value_start
            and not names_a_place(setting.group("name"))
        ):
            # "En la nueva Asamblea Legislativa, el oficialismo tendrá 54 de los 60 escaños": the
            # body the sentence opens on is where the things are counted ('escaños en la
            # Asamblea Legislativa').
            subject = with_place(
                f"{subject} en {setting.group('art')} {setting.group('name')}", item.place, "es"
            )
            reasons.append("subject: in the body the sentence opens on")
        if (
            self.lang == "es"
            and kind == "percent"
            and self.last_subject
            and self.last_paragraph == sentence.paragraph
            and self.last_subject.startswith(_CHANGE_HEADS_ES)
            and text.startswith(_COMPARED_OPENERS_ES)
            and (compared := _COMPARED_CHANGE_ES.match(text, 0, figure.value_start)) is not None
        ):
            # "La economía creció 1,5 % en el tercer trimestre respecto al mismo periodo de 2023.
            # Frente al trimestre anterior, el avance fue de 0,9 %": the same change, measured
            # against another time ('crecimiento de la economía frente al trimestre anterior').
            cmp = compared.group("cmp")
            earlier = _PLACE_TAIL_ES.sub("", self.last_subject)
            subject = with_place(f"{earlier} {cmp[:1].lower()}{cmp[1:]}", item.place, "es")
            reasons.append("subject: the change before, against another time")
        if not (
            subject
            and self.last_subject
            and subject.endswith(self.last_subject)
            and subject[: -len(self.last_subject)] in ("expected ", "forecast ")
        ) and not (
            # ("won 123 of the 350 seats ..., up from 85 in 2016": the whole is not the measure
            # the next figures are read against; the part before it still is)
            self.lang == "en"
            and kind == "count"
            and WHOLE_OF_PART_BEFORE_EN.search(
                text, max(0, figure.value_start - 40), figure.value_start
            )
            is not None
        ):
            # (what someone expected of the measure just reported is not the measure the
            # next figures are read against)
            self.last_subject = subject
        self.last_paragraph = sentence.paragraph
        part = self.lang == "es" and (
            _MOST_OF_THE_ES.search(text, max(0, figure.value_start - 60), figure.value_start)
            is not None
            or _MOST_BARE_ES.search(text, max(0, figure.value_start - 20), figure.value_start)
            is not None
            # ('18.342 casos sospechosos de dengue ..., de los cuales 1.120 han sido
            # confirmados': a part too)
            or _OF_WHICH_PART_ES.search(text, max(0, figure.value_start - 30), figure.value_start)
            is not None
        )
        if (
            self.lang == "en"
            and not part
            and (
                _PART_OF_EN.match(text, figure.value_end) is not None
                or (
                    (total_lead := _TOTAL_INCLUDED_EN.match(text)) is not None
                    and total_lead.end() <= figure.value_start
                )
            )
        ):
            # "About 389,000 of those patients had waited more than a year", "The total
            # included 880 million adults": parts; "The total compares with 4.6 million" after
            # them is the whole counted before.
            part = True
        if (
            self.lang == "es"
            and subject
            and kind == "count"
            and figure.amount not in self.counted_amounts
        ):
            self.counted_amounts[figure.amount] = subject
        if subject and kind == "count" and not part and not subject.startswith("promedio "):
            # ("La mayoría de las víctimas, 331, ...": a part; what follows breaks down the
            # whole counted before it)
            self.last_count_subject = subject
            self.last_count_place = item.place
            if not (
                self.lang == "es"
                and text.startswith(("De", "Entre"))
                and (lead := _PART_LEAD_ES.match(text)) is not None
                and lead.end() <= figure.value_start
            ):
                # ('Del total, 412 corresponden a ...', 'De ellos, 31 eran adolescentes': a
                # part too, though 'esa cifra' after it still points at it)
                self.whole_count_subject = subject
                self.count_subjects[item.unit.lower()] = subject
        if (
            self.lang == "en"
            and figure.value_start < 60
            and not figure.is_change
            # (a share keeps what it is a share of: "Public debt stood at 27.4% of GDP")
            and figure.unit_kind != "percent"
            and (opening := _MEASURE_WAS_EN.fullmatch(text, 0, figure.value_start)) is not None
            and opening.group("np").split()[-1].lower() in _MEASURE_NOUNS_EN
        ):
            # "Average attendance was 38,500 per match": the measure the sentence opens with
            measured_np = opening.group("np")
            subject = with_place(measured_np[0].lower() + measured_np[1:], item.place, "en")
            self.opening_measure = (sentence.start, measured_np[0].lower() + measured_np[1:])
        elif (
            self.lang == "en"
            and figure.is_change
            and subject
            and self.opening_measure is not None
            and self.opening_measure[0] == sentence.start
            and subject.startswith(("increase in ", "fall in ", "change in "))
        ):
            # "Average attendance was 38,500 per match, up 1.2 percent": the change of it
            direction = subject.split(" in ", 1)[0]
            subject = with_place(f"{direction} in {self.opening_measure[1]}", item.place, "en")
        if (
            self.lang == "en"
            and subject
            and item.place
            and subject.endswith(f" in {item.place}")
            and subject.split(" in ", 2)[-2].split()[-1] in _MEMBERS_UNITS_EN
            and (body := _INSTITUTION_COUNTED_EN.match(text)) is not None
            and item.place in body.group("org")
            and body.end() <= figure.value_start
        ):
            # "Denver Public Schools counted 88,235 students, down 1.3 percent": the students
            # of the body that counted them (and their change), not of the city its name
            # begins with
            subject = subject.removesuffix(item.place) + body.group("org")
        if (
            self.lang == "en"
            and (" can " in text or " built " in text or " designed " in text)
            and (held := _CAN_HOLD_EN.fullmatch(text, 0, figure.value_start)) is not None
        ):
            # "The port, Mexico's busiest, can handle about 3.5 million TEUs a year", "The
            # airport was built to serve 9 million passengers a year": the capacity of what
            # holds them, by the name the text gave it before ('the port of Manzanillo')
            holder = _APPOSED_EN.sub("", held.group("np") or held.group("np2") or "").strip()
            if holder and holder.split()[0] in ("The", "A", "An", "Its", "Their"):
                holder = holder[0].lower() + holder[1:]
            if holder and not _CLAUSE_IN_HOLDER_EN.search(holder):
                # (not "Officials opened 14 shelters on Thursday that can house 6,500 people":
                # a clause of its own, with a number, before the relative's verb)
                named = _named_holder(holder, self.text[: sentence.start])
                subject = with_place(f"capacity of {named or holder}", item.place, "en")
        if self.lang == "en" and (
            "capacity of" in text or "capacity for" in text or " seats " in text
        ):
            capacity = _capacity_subject(text, figure.value_start)
            if capacity:
                # "Germany's 10 host stadiums have a combined capacity of more than 600,000
                # seats", "Ohio Stadium seats 102,780 fans": the capacity of what holds them
                subject = with_place(capacity, item.place, "en")
        if (
            self.lang == "en"
            and subject
            and figure.is_change
            and " against " in text
            and (against := _AGAINST_CURRENCY_EN.match(text, figure.tail_end)) is not None
            and subject.startswith(("fall in ", "increase in ", "change in "))
            and " against " not in subject
        ):
            # "The peso fell as much as 1.1 percent against the dollar": the currency's move
            # against the one it is quoted in
            moved = _without_place(subject, item.place, "en")
            quoted = against.group("c").lower()
            subject = with_place(f"{moved} against the {quoted}", item.place, "en")
        if self.lang == "en" and subject:
            bare_subject = _without_place(subject, item.place, "en")
            if (
                " of " in bare_subject
                or bare_subject in _BARE_FINANCE_EN
                or " a record " in bare_subject
            ):
                owned_subject = self._finance_owner(
                    bare_subject, sentence.paragraph, item.source, text
                )
                if owned_subject != bare_subject:
                    subject = with_place(owned_subject, item.place, "en")
        if (
            subject
            and self.lang == "en"
            and "(" in text[figure.tail_end : figure.tail_end + 3]
            and (acronym := _UNIT_ACRONYM_AFTER.match(text, figure.tail_end)) is not None
            and f" {acronym.group('a')} " in f" {subject} "
        ):
            # "1.87 million twenty-foot equivalent units (TEUs)": the unit's acronym in brackets
            # names the unit again; it is no word of what was measured
            subject = " ".join(w for w in subject.split() if w != acronym.group("a"))
        if subject:
            reasons.append(f"subject: '{subject}'")
            if kind == "rate":
                self.last_rate_measure = _without_place(subject, item.place, self.lang)
            elif kind == "percent" and not figure.is_change:
                self.last_share = (
                    sentence.paragraph,
                    _without_place(subject, item.place, self.lang),
                )
        qualifier = figure.qualifier
        if (
            self.lang == "es"
            and qualifier in ("less_than", "more_than")
            and value_text[:4].lower() == "por "
            and text.endswith(", ", 0, figure.value_start)
        ):
            earlier_level = next(
                (
                    f
                    for f in reversed(sentence.figures)
                    if f.tail_end < figure.value_start and f.unit == figure.unit
                ),
                None,
            )
            if (
                earlier_level is not None
                and figure.value_start - earlier_level.tail_end <= 30
                and _GAP_NO_CLAUSE.fullmatch(text, earlier_level.tail_end, figure.value_start)
            ):
                # "se ubicó en 4,96 % en julio, por debajo del 5,09 % registrado en junio": the
                # level the figure before is set against, not a bound on a value ('quedó por
                # debajo del 5 %' still is one).
                qualifier = "exact"
        period_start, period_end, place, source = (
            item.period_start,
            item.period_end,
            item.place,
            item.source,
        )
        if (
            self.lang == "en"
            and period_start is not None
            and "average of" in text
            and _NORM_BEFORE_EN.search(text, max(0, figure.value_start - 60), figure.value_start)
        ):
            # "412 millimetres of rain in April, against a monthly average of 180 millimetres":
            # the usual level it is compared with, a norm of no one period.
            period_start = period_end = None
            reasons = [r for r in reasons if not r.startswith("period:")]
            reasons.append("period: none (an average the figure is set against)")
        if reference is not None and kept_state is not None:
            (
                self.last_subject,
                self.last_paragraph,
                self.last_count_subject,
                self.whole_count_subject,
                self.last_rate_measure,
                self.measured,
                self.count_subjects,
            ) = kept_state
            # (a standing value, of no place or time; its source is the one that sets it unless
            # the sentence cites another; 'por debajo del 95 %' bounds the value compared
            # with it, not the reference)
            period_start = period_end = place = None
            source = source or reference.group("x")
            if qualifier in ("less_than", "more_than"):
                qualifier = "exact"
        if (
            self.lang == "en"
            and subject is not None
            and subject.startswith("turnout")
            and subject in ("turnout", with_place("turnout", place, "en"))
            and _ELECTION_EN.search(text) is None
        ):
            # "Arévalo won Sunday's presidential runoff ... Turnout fell to 45 percent": a bare
            # turnout is of the election the paragraph named before.
            subject = self._turnout_of_election(sentence, place) or subject
        elif (
            self.lang == "es"
            and "otaron" in text
            and _resolved_kind(figure, item.unit) == "count"
            and _VOTED_BEFORE_ES.search(text, max(0, figure.value_start - 30), figure.value_start)
            is not None
        ):
            # "En las elecciones del domingo votaron 5,4 millones de personas": the voters of the
            # election the sentence or the paragraph names, not 'personas votadas'.
            election = self._turnout_of_election_es(sentence, None, figure.value_start)
            voters = (
                f"votantes {election.removeprefix('participación ')}" if election else "votantes"
            )
            subject = with_place(voters, place, "es")
        elif (
            self.lang == "es"
            and item.earlier_unit is not None
            and item.earlier_unit.startswith(f"{item.unit} ")
            and " cuales " in text
            and (state := _PART_STATE_AFTER_ES.match(text, figure.tail_end)) is not None
            and _OF_WHICH_PART_ES.search(text, max(0, figure.value_start - 30), figure.value_start)
            is not None
        ):
            # "viviendas dañadas ..., de las cuales 420 quedaron inhabitables": 'viviendas
            # inhabitables', the part in its own state.
            subject = with_place(f"{item.unit} {state.group('state')}", place, "es")
        elif item.period_how == _ASKED_BUDGET_HOW:
            asked = _ASKED_BUDGET_ES.search(
                text, max(0, figure.value_start - 80), figure.value_start
            )
            if asked is not None:
                # "El Ejecutivo había pedido Q144.900 millones": the budget it asked for.
                who = asked.group("who")
                who = who[:1].lower() + who[1:]
                subject = with_place(f"presupuesto solicitado por {who}", place, "es")
        elif (
            self.lang == "es"
            and subject is not None
            and subject.startswith("participación")
            and subject in ("participación", with_place("participación", place, "es"))
        ):
            # "El partido obtuvo el 84,6 % de los votos en la elección presidencial del domingo.
            # La participación rondó el 52 %": a bare turnout is of the election named before
            # ("En las elecciones del domingo votaron 5,4 millones, el 60,5 % del padrón": or in
            # its sentence, before it).
            subject = self._turnout_of_election_es(sentence, place, figure.value_start) or subject
        elif (
            self.lang == "es"
            and subject is not None
            and subject.startswith("proporción de votos ")
            and " en " not in subject
            and _ELECTION_ES.search(text) is None
        ):
            # "Los votos nulos sumaron el 17,4 % del total" after "las elecciones generales del
            # 25 de junio": the share of the votes of the election named before.
            election = self._turnout_of_election_es(sentence, None, 0)
            if election is not None:
                subject = with_place(
                    f"{subject} {election.removeprefix('participación ')}", place, "es"
                )
        if (
            self.lang == "en"
            and subject is not None
            and ("abstention" in subject or "turnout" in subject)
            and subject.split(" in ", 1)[0] in ("abstention", "turnout", "abstention rate")
            and _without_place(subject, place, "en") == subject.split(" in ", 1)[0]
            and "lection" in text
        ):
            elections = [
                m
                for m in _ELECTIONS_NAMED_EN.finditer(text, 0, figure.value_start)
                if m.group(1) is not None
            ]
            if elections:
                # "eligible to vote in the Oct. 6 municipal elections, and abstention reached
                # 21.7 percent": the abstention in the elections the sentence names.
                measure = subject.split(" in ", 1)[0]
                election = elections[-1].group(0).lower()
                subject = with_place(f"{measure} in {election}", place, "en")
        offset = sentence.start
        # (a dateline the reading blanked out, 'GUATEMALA CITY (AP) — ', is no part of it)
        stripped = text.lstrip()
        blanks = len(text) - len(stripped)
        text = stripped.rstrip()
        sentence_start, sentence_end = original_span(offset + blanks, offset + blanks + len(text))
        value_start, value_end = original_span(
            offset + figure.value_start, offset + figure.value_end
        )
        return Candidate(
            statement=text,
            sentence_start=sentence_start,
            sentence_end=sentence_end,
            value_text=value_text,
            value_start=value_start,
            value_end=value_end,
            amount=figure.amount,
            unit=item.unit,
            qualifier=qualifier,
            period_start=period_start,
            period_end=period_end,
            place=place,
            attributed_to=source,
            subject=subject,
            language=self.lang,
            reasons=tuple(reasons),
        )


# "camas de instituto": a common noun for an organisation, with no name after it.
_ORG_HEADS_ES: Final = (
    "instituto|ministerio|banco|superintendencia|secretaría|organismo|observatorio|"
    "coordinadora|procuraduría|fiscalía|hospital"
)
# "ocupación de camas", "camas ocupadas": beds with no holder named.
_BEDS_SUBJECT_ES: Final = compiled(
    r"(?:ocupación\s+de\s+(?:las\s+)?camas|camas(?:\s+(?:ocupadas|disponibles|hospitalarias))?)"
)
_GENERIC_ORG_ES: Final = compiled(
    rf"\b(?:de|del|de\s+la)\s+(?:el\s+|la\s+)?(?P<n>{_ORG_HEADS_ES}|institución|entidad|"
    r"dependencia|cartera)\b(?!\s+(?:(?:de|del|de\s+la)\s+)?[A-ZÁÉÍÓÚÑ])"
)
# (The three organisation patterns below scan a whole text: gates.word_start writes their
# leading word boundary so that the engine can skip from one possible first letter to the next.)
_NAMED_ORG_ES: Final = compiled(
    rf"(?P<name>(?P<h>{word_start(_ORG_HEADS_ES.title())})(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w-]*|de|del|la|las|los|y|e|"
    r"para))*)(?:\s*\((?P<acr>[A-ZÁÉÍÓÚÑ][\w-]{1,9})\))?"
)
_MASCULINE_ORGS_ES: Final = frozenset(
    (
        "instituto", "ministerio", "banco", "organismo", "observatorio", "registro", "tribunal",
        "consejo", "servicio", "sistema", "hospital",
    )
)  # fmt: skip
# Common nouns for any organisation ('la institución', 'la entidad').
_ANY_ORG_NOUNS_ES: Final = frozenset(("institución", "entidad", "dependencia", "cartera"))
_ANY_ORG_HEADS_ES: Final = (
    "Instituto|Ministerio|Banco|Superintendencia|Secretaría|Organismo|Observatorio|Coordinadora|"
    "Procuraduría|Fiscalía|Policía|Dirección|Comisión|Registro|Tribunal|Consejo|Servicio|Sistema|"
    "Universidad|Empresa|Corte|Contraloría"
)
_ANY_NAMED_ORG_ES: Final = compiled(
    rf"(?P<name>(?P<h>{word_start(_ANY_ORG_HEADS_ES)})"
    r"(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w-]*|de|del|la|las|los|y|e|para))*)"
    r"(?:\s*\((?P<acr>[A-ZÁÉÍÓÚÑ][\w-]{1,9})\))?"
)
_BARE_ORG_ES: Final = compiled(
    r"^(?:la\s+|el\s+)?(?P<n>institución|entidad|dependencia|cartera)$", re.IGNORECASE
)
_ORG_NAME_TAIL: Final = compiled(r"(?:\s+(?:de|del|la|las|los|y|e|para))+$")
_ACRONYM_ES: Final = compiled(
    rf"(?P<article>{word_start('el|la|del|al')})\s+(?P<acr>[A-ZÁÉÍÓÚÑ]{{2,8}})\b"
)

# A subject's trailing place: ' en Guatemala', ' en el departamento de Escuintla'.
# Where the kind of a count ends: 'casos de dengue | en niños', '... | que ...'.
_KIND_END_ES: Final = compiled(r"\s+(?:en|que|por|entre|durante|desde|hasta|con)\s")
# 'muertes en accidentes de tránsito': things counted whose kind is said with 'en' and a bare
# plural noun (not a setting: 'robos en la capital').
_KIND_IN_ES: Final = compiled(
    r"^[^\W\d_]+\s+en\s+(?!(?:el|la|los|las|un|una)\s)[a-záéíóúñ]+s\s+de\s"
)


def _kind_of_count_es(counted: str) -> str:
    """'casos de dengue en niños en Guatemala' -> 'casos de dengue'; 'muertes en accidentes de
    tránsito en Guatemala' -> 'muertes en accidentes de tránsito': what kind of things a count
    counted, without its setting and place."""
    bare = _PLACE_TAIL_ES.sub("", counted)
    kinded = _KIND_END_ES.split(bare, maxsplit=1)[0]
    if " " not in kinded and _KIND_IN_ES.match(bare) is not None:
        head, _, rest = bare.partition(" en ")
        return f"{head} en {_KIND_END_ES.split(rest, maxsplit=1)[0]}"
    return kinded


_WHICH_AMOUNTS_TO_ES: Final = compiled(
    r"\blo\s+(?:que|cual)\s+(?:representa|representan|equivale|equivalen|significa|supone)"
    r"(?:\s+a)?\s+(?:(?:unos|unas|casi|más\s+de|alrededor\s+de|cerca\s+de)\s+)?$"
)
# 'el departamento con más fallecidos, 196': the noun a place is ranked by, then the figure.
_WITH_MOST_ES: Final = compiled(
    r"\b(?:con\s+(?:más|menos|(?:el\s+|la\s+)?(?:mayor|menor)\s+(?:número|cantidad)\s+de)|"
    # ('Escuintla reportó el mayor número de viviendas dañadas, con 640')
    r"(?:el|la)\s+(?:mayor|menor)\s+(?:número|cantidad)\s+de)\s+"
    r"(?P<n>[a-záéíóúñ]{4,}s(?:\s+[a-záéíóúñ]{3,}(?:ados|adas|idos|idas)|\s+sin\s+[a-záéíóúñ]{4,})?)"
    r"\s*,\s*(?:con\s+)?$",
    re.IGNORECASE,
)
# ', cuando en 1950 superaba el', ', cuando hace una década era de': a verb and a time, no subject.
_WHEN_EARLIER_ES: Final = compiled(
    r",\s+cuando\s+(?:(?:en\s+\d{4}|hace\s+(?:\w+\s+){1,2}?\w+)\s+)?(?:se\s+)?[a-záéíóúñ]+\s+"
    r"(?:(?:el|la|los|las|de|del|en|a|al)\s+)?(?:(?:unos|unas|casi|más\s+de|cerca\s+de)\s+)?$",
    re.IGNORECASE,
)
_WHEN_BASELINE_ES: Final = compiled(
    r"\b(?:período|periodo|lapso|año|mes|semestre|trimestre|\d{4})(?:\s+\w+){0,3},\s+cuando\s+"
    r"(?:se\s+)?\w+\s+(?:(?:unos|unas|casi|más\s+de)\s+)?$",
    re.IGNORECASE,
)
_DEATH_NOUNS_ES: Final = frozenset(
    ("muertes", "muertos", "fallecidos", "fallecimientos", "decesos")
)
_DEATHS_BY_ES: Final = compiled(
    r"^(?:muertes|muertos|fallecidos|fallecimientos|decesos|víctimas\s+mortales)\s+"
    r"(?P<cause>(?:por|de)\s+[^\d]{3,80})$"
)
_PARTICIPLES_ES: Final = ("ados", "idos", "adas", "idas")
# "De ellos, unos 7.000 han sido liberados": what became of the part.
_PART_DONE_AFTER_ES: Final = compiled(
    r"\s+(?:ya\s+)?(?:han\s+sido|habían\s+sido|fueron|han\s+quedado|quedaron)\s+"
    r"(?P<p>[a-záéíóúñ]+(?:ados|idos|adas|idas))\b"
)
# "En la nueva Asamblea Legislativa, ", "En el Senado, ": a body named by its capitalized name
# before the clause.
_OPENING_BODY_ES: Final = compiled(
    r"En\s+(?P<art>el|la)\s+(?:(?:nuev[oa]|actual|próxim[oa]|saliente)\s+)?"
    r"(?P<name>[A-ZÁÉÍÓÚ][\wáéíóúñ]+(?:\s+(?:de\s+(?:la\s+|los\s+)?)?[A-ZÁÉÍÓÚ][\wáéíóúñ]+){0,4}),\s"
)
_CHANGE_HEADS_ES: Final = (
    "crecimiento ", "aumento ", "caída ", "alza ", "incremento ", "descenso ", "reducción ",
    "variación ", "expansión ", "contracción ", "disminución ",
)  # fmt: skip
_COMPARED_OPENERS_ES: Final = (
    "Frente a", "Respecto a", "Con respecto a", "En comparación con", "Comparad", "En relación con",
)  # fmt: skip
# "Frente al trimestre anterior, el avance fue de ": the change of the measure before, against
# another time.
_COMPARED_CHANGE_ES: Final = compiled(
    r"(?P<cmp>(?:Frente|Respecto|Con\s+respecto|En\s+comparación|Comparad[oa]|En\s+relación)"
    r"\s+(?:a|al|con)\s+(?:(?:el|la|los|las)\s+)?[^,;\d]{3,40}),\s+(?:el|la)\s+"
    r"(?:avance|alza|aumento|incremento|crecimiento|caída|baja|descenso|retroceso|variación|"
    r"expansión|contracción|subida)\s+(?:fue|sería|se\s+ubicó|llegó|alcanzó)\s+(?:de|del|en|a|al)?\s*$"
)
_PLACE_TAIL_ES: Final = compiled(
    r"\s+en\s+(?:el\s+|la\s+)?(?:(?:departamento|municipio)\s+de\s+)?[A-ZÁÉÍÓÚ][\w\s'’.-]*$"
)

_WEAK_WORDS: Final = word_set(
    "sido fue era es variación cifra monto total suma it they this that these those figure "
    "number amount total él ella ellos ellas esto eso esta este la el las los lo the de del en in "
    "por a al of"
)


# A topic whose first word is a plural noun ('denuncias por extorsión'), not a name or a verb.
_PLURAL_HEAD_ES: Final = compiled(r"[a-záéíóúñ]{3,}(?:es|os|as)\b")
_TOPIC_TAIL: Final = word_set("no ya aún también")
_TOPIC_NOT_MEASURED: Final = compiled(
    r"\b(?:autoridades|gobierno|ministerio|ministro|ministra|policía|presidente|presidenta|"
    r"instituto|secretaría|fiscalía|organización|informe|estudio|encuesta|datos|cifras|"
    r"él|ella|ellos|ellas)\b",
    re.IGNORECASE,
)
_THE_CAPITAL: Final = compiled(r"\bla\s+capital\b(?!\s+(?:de|del)\b)", re.IGNORECASE)
# "en la frontera con México": the neighbour is where the border runs, not the place.
_BORDER_WITH: Final = compiled(r"\bfrontera\s+con\b", re.IGNORECASE)
_ORIGIN_BEFORE: Final = compiled(
    r"\b(?:desde|frontera\s+con|(?:procedentes?|provenientes?|originari[oa]s?|provin(?:o|ieron)|"
    # ('el 80 % de esos envíos procedió de Estados Unidos')
    r"provienen?|proced(?:ió|ieron|e|en))\s+de|"
    # ('an $18 billion currency swap line with China's central bank': the partner of a deal)
    r"(?:swap(?:\s+line)?|deal|agreement|accord|treaty)\s+with)\s+(?:el\s+|los\s+|the\s+)?$",
    re.IGNORECASE,
)
# ('el 56 % de los guatemaltecos', 'uno de cada tres hondureños', 'one in three Hondurans')
_OF_THE_PEOPLE: Final = compiled(
    r"\b(?:(?:de|entre)\s+(?:los|las)|de\s+cada\s+\w+|in\s+(?:every\s+)?\w+)\s+$",
    re.IGNORECASE,
)
_PLACE_LABEL: Final = compiled(
    r"\s*(?:\(|:|,\s*(?:con|with)|\s+(?:con|with)\s)\s*(?:(?:el|la)\s+)?"
)
_OF_THE_LEAD_ES: Final = compiled(
    r"^(?:De|Entre)\s+(?:los|las|estos|estas|esos|esas|dichos|dichas)\s+(?P<n>[a-záéíóúñ]{4,}s)\s*,"
)
_THAT_IS_ES: Final = compiled(
    r",\s+(?:es\s+decir|o\s+sea)\s*,?\s*(?:(?:unos|unas|casi|más\s+de|alrededor\s+de|cerca\s+de)\s+)?$",
    re.IGNORECASE,
)
_THAT_SHARE_ES: Final = compiled(
    r"\b(?:Esa|Esta|Dicha)\s+(?:proporción|porcentaje|cifra)\s*,\s*(?:del|de)\s+$", re.IGNORECASE
)
_PER_TIME_ES: Final = compiled(r"\s+(?:diari[oa]s|mensuales|semanales|anuales)$", re.IGNORECASE)
# (Each ends its window: tried only where the window ends in one of its words or its comma.)
_OF_WHICH_PART_ES: Final = EndWord(
    compiled(
        r"\bde\s+(?:los|las)\s+(?:cuales|que)\s+(?:(?:unos|unas|casi|más\s+de)\s+)?$",
        re.IGNORECASE,
    ),
    ("cuales", "que", "unos", "unas", "casi", "de"),
    None,
)
_PART_LEAD_ES: Final = compiled(
    r"(?:Del\s+total|De\s+(?:ese|este|dicho)\s+total|"
    r"(?:De|Entre)\s+(?:ellos|ellas|estos|estas|esos|esas|los|las|dichos|dichas))"
    r"(?:\s+[a-záéíóúñ-]+){0,3}\s*,"
)
_MOST_BARE_ES: Final = EndMark(compiled(r"\b[Ll]a\s+mayoría\s*,\s*$"), ",")
_MOST_OF_THE_ES: Final = EndMark(
    compiled(
        r"\b[Ll]a\s+mayoría\s+de\s+(?:los|las|estos|estas|esos|esas)\s+"
        r"(?P<n>[a-záéíóúñ]{4,}s)\s*,\s*$"
    ),
    ",",
)
_TERRITORY_SUBJECT_ES: Final = compiled(
    r"^(?:(?:los|las)\s+)?(?:departamentos|municipios|países|estados|provincias|regiones|"
    r"ciudades|localidades|cantones|distritos)\b",
    re.IGNORECASE,
)
_TERRITORY_PREDICATE_ES: Final = compiled(
    r"\s(?:son|fueron)\s+(?:los|las)\s+(?:departamentos|municipios|países|estados|provincias|"
    r"regiones|ciudades|localidades|cantones|distritos)\b"
)
# 'los departamentos con más víctimas', 'con mayor número de denuncias': what a list of places
# is ranked by.
_RANKED_BY_ES: Final = compiled(
    r"\bcon\s+(?:más|mayor\s+(?:número|cantidad)\s+de)\s+(?P<n>[a-záéíóúñ]{4,}s)\b"
)
_RATES_WORD_ES: Final = compiled(r"\b(?:tasas?|índices?)\b", re.IGNORECASE)
_LABELS_NUMBER_ES: Final = compiled(
    r"\s*(?:,\s*)?(?:\(\s*|con\s+(?:el\s+|la\s+)?)(?:más\s+de\s+|casi\s+|unos?\s+)?\d"
)


def _weak_subject(subject: str | None, place: str | None) -> bool:
    """A subject that names no measure: none, a pronoun, 'la variación', 'sido'."""
    if not subject:
        return True
    words = subject.split()
    if place:
        tail = place.split()
        for joiner in ("in", "en", "de", "of"):
            if words[-len(tail) - 1 :] == [joiner, *tail]:
                words = words[: -len(tail) - 1]
                break
    return all(w.lower() in _WEAK_WORDS for w in words)


_GLOBAL: Final = folded(
    r"\b(?:worldwide|globally|global|world's|world’s|around\s+the\s+world|across\s+the\s+world|"
    r"in\s+the\s+world|mundial|en\s+el\s+mundo)\b",
)
# (a word every match of _GLOBAL holds: a sentence with none is not searched)
_GLOBAL_NEEDS: Final = ("world", "global", "mundial", "mundo")
_RANKED_IN_WORLD: Final = compiled(
    r"\b(?:highest|lowest|largest|biggest|smallest|worst|best|most|least|m[aá]s\s+alt[oa]s?|"
    r"m[aá]s\s+baj[oa]s?|mayor(?:es)?|menor(?:es)?)\b[^,.;]{0,40}?\b(?:in\s+the\s+world|"
    r"en\s+el\s+mundo)\b|\bworld['’]s\s+(?:highest|lowest|largest|biggest|smallest|worst|best)\b"
)
_CLAUSE_BREAK: Final = folded(r";|,\s*(?:and|but|while|whereas|though|although|y|pero|mientras)\b")


def _clause_span(text: str, figure: Figure) -> tuple[int, int]:
    start, end = 0, len(text)
    for break_start, break_end in _place_breaks(text):
        if break_end <= figure.value_start:
            start = break_end
        elif break_start >= figure.value_end:
            end = break_start
            break
    return start, end


@lru_cache(maxsize=64)
def _place_breaks(text: str) -> tuple[tuple[int, int], ...]:
    """Where a sentence's clauses break, for places (read once per sentence)."""
    return tuple([m.span() for m in _CLAUSE_BREAK.finditer(lower(text))])


_COMPARED_BEFORE: Final = compiled(
    r"\b(?:from|than|versus|vs\.?|compared\s+with|(?:más|menos|mayor|menor)\s+que|frente\s+a|"
    r"respecto\s+a)\s+$",
    re.I,
)
# ("de los cuales cerca de 112 billones" after "523 billones de pesos": the Spanish billion,
# 10^12, is a scale word too)
_SCALE_WORD: Final = compiled(
    r"\b(?:millones|million|billion|trillion|mil\s+millones|billones)\b", re.I
)
# A participle after 'those' ("those detained", "those killed"): the people it was done to.
_DONE_TO: Final = compiled(r"\s+(?:[a-z]+ed|held|taken|hurt|shot|caught|seen|kept)\b")
_PRONOUN_AFTER: Final = compiled(
    # ("389,000 of those patients": a determiner before the plural noun counted, no pronoun)
    # (and "42.000 de esos pacientes": the noun after the Spanish determiner is counted)
    r"\s+(?:(?:of|de)\s+)?(?:them|(?:those|these)(?!\s+[a-z]{2,}s\b)|ellos|ellas|"
    r"(?:esos|esas)(?!\s+[a-záéíóúñ]{2,}s\b))\b",
    re.IGNORECASE,
)
# Spanish verbs that say how counted figures divide or compare, in the present of the data.
# "São Paulo state accounts for 1.6 million of them": the present describes the figures
# counted before.
# ("That is equivalent to about $167 billion": the figure before, restated in other terms)
_DESCRIPTIVE_EN: Final = compiled(
    r"\b(?:accounts?\s+for|makes?\s+up|represents?|equivalent\s+to|"
    # ("That is a rate of about 45 per 100,000 inhabitants", "That amounts to about 22 killings
    # a day", "That works out to ...": the figure before, put another way)
    r"equals?|amounts?\s+to|works?\s+out\s+to|is\s+(?:a|an)\s+(?:rate|average)\s+of)\b",
    re.IGNORECASE,
)
# A word each alternative of _DESCRIPTIVE_EN holds (gates.may_contain): most clauses hold none,
# and the case-blind pattern would otherwise start an attempt at every position.
_DESCRIPTIVE_EN_WORDS: Final = (
    "account", "make", "represent", "equivalent", "equal", "amount", "work", "rate", "average",
)  # fmt: skip
# "Of the accused, ", "Of the dead, ": the group a part is taken from, named by one word
_OF_THE_GROUP_EN: Final = compiled(r"Of\s+the\s+[a-z]+,\s")
# "nine are minors", "about 300 are women": the kind the ones counted are, a plural noun after
# the copula (not "are in shelters", "are still missing", "are homeless")
_CLASSED_AS_EN: Final = compiled(
    r"\s+(?:of\s+them\s+)?(?:are|were)\s+(?!(?:in|at|on|still|now|without|under|out|not|being|"
    r"living|staying|expected|believed|set|due|also)\b)(?:[a-z-]+\s+)?(?:[A-Z][a-z][\w-]*\s+)?"
    r"(?:[a-z-]*[a-rt-z]s|children|women|men|people)\b(?!\s+(?:in|at|on|to|from|with)\b)"
)
_DESCRIPTIVE_ES: Final = CaseBlind(
    r"\b(?:equivalen?|representan?|corresponden?|(?:se\s+)?concentran?|provienen?|proceden?|"
    r"suponen?|significan?|son)\b"
)
# (a word each alternative of _DESCRIPTIVE_ES holds: most Spanish clauses hold none)
_DESCRIPTIVE_ES_WORDS: Final = (
    "equival", "represent", "correspond", "concentra", "provien", "proced", "supone", "signific",
    "son",
)  # fmt: skip
# Each language's 'describes' pattern, with the words one of which its every match holds.
_DESCRIPTIVE: Final[dict[str, tuple[Searcher, tuple[str, ...]]]] = {
    "en": (_DESCRIPTIVE_EN, _DESCRIPTIVE_EN_WORDS),
    "es": (_DESCRIPTIVE_ES, _DESCRIPTIVE_ES_WORDS),
}
# "Huehuetenango, con 98 casos, es el departamento más afectado", "El departamento más afectado
# es ...": a ranking of what was counted, in the present, not a situation now.
_RANKED: Final = CaseBlind(
    # ("Los deslizamientos fueron los más frecuentes, con 640 casos": ranked, in the past too)
    r"\b(?:fue|fueron)\s+(?:el|la|los|las)\s+(?:más|menos)\s+[^\W\d_]+\b"
    r"|\b(?:was|were)\s+the\s+(?:most|least)\s+(?:common|frequent)\b"
    r"|\b(?:es|son)\s+(?:el|la|los|las)\s+[^\W\d_]+\s+(?:más|menos|con\s+más|con\s+menos|"
    r"que\s+más|con\s+(?:el|la)\s+(?:mayor|menor)"
    # ("Escuintla, con 312 casos por cada 100.000 habitantes, es el departamento con la tasa
    # más alta")
    r"|con\s+(?:el|la|los|las)\s+[^\W\d_]+\s+(?:más|menos))\b"
    r"|\bmás\s+afectad[oa]s?\s+(?:es|son)\b"
    # ("Huehuetenango, with 98 cases, is the hardest-hit department")
    r"|\b(?:is|are)\s+the\s+(?:hardest|worst|most|least|best)[\w-]*\s+[\w-]+"
    r"|\b(?:hardest|worst|most)[\w-]*\s+[\w-]+\s+(?:is|are)\b"
)
# A reporting verb: a sentence without figures that has one may name a source that a later
# "he said" or "dijo" points back at.
_SAYS: Final = compiled(
    r"\b(?:said|says|told|added|explained|dijo|afirmó|explicó|señaló|agregó|añadió|indicó)\b",
    re.IGNORECASE,
)
# A change by a multiple, then the level it reached: "doubled to", "se duplicó hasta".
_MULTIPLIED_TO: Final = EndWord(
    compiled(
        r"\b(?:doubled|tripled|quadrupled|halved|se\s+(?:duplicó|triplicó|cuadruplicó)|"
        r"(?:se\s+)?redujo\s+a\s+la\s+mitad)\s+(?:to|hasta|a|and\s+reached|y\s+llegó\s+a)\s+"
        r"(?:(?:about|some|nearly|almost|more\s+than|unos|unas|casi|más\s+de)\s+)?$",
        re.IGNORECASE,
    ),
    # The words the window can end with (blanks after them).
    (
        "to",
        "hasta",
        "a",
        "reached",
        "about",
        "some",
        "nearly",
        "almost",
        "than",
        "unos",
        "unas",
        "casi",
        "de",
    ),
    None,
)
# '27 % en Perú': the words between a figure and the place right after it.
_OWN_PLACE_AFTER_ES: Final = compiled(r"\s*(?:%\s*)?(?:en|de|del)\s+(?:el\s+|la\s+)?")
# 'frente al ' or 'frente a 16,7 en Guatemala y ' right before a compared figure.
_COMPARED_BEFORE_ES: Final = compiled(
    r"frente\s+a(?:l)?\s+(?:l[oa]s\s+|el\s+|una?\s+)?"
    r"(?:\d[\d.,]*\s*(?:%\s*)?en\s+[^,;:]{2,40}?\s+y\s+)?$"
)
# 'en ese departamento', 'en dicha ciudad', 'allí': a place named before, pointed at.
_POINTED_PLACE_ES: Final = compiled(
    # ("640 personas de comunidades indígenas de la zona", "albergues de la región" after the
    # valle de Sula: the area named before, as 'esa zona' points at it)
    r"\b(?:(?:[Ee]s[ea]|[Ee]st[ea]|[Dd]ich[oa]|[Aa]quel|[Aa]quella|(?:de|en)\s+la(?=\s+(?:zona|"
    r"región)\b(?!\s+(?:rural|urbana|norte|sur|este|oeste|central|costera|fronteriza|\d))))\s+"
    r"(?P<n>departamento|municipio|estado|"
    r"país|lugar|ciudad|provincia|región|zona|territorio|nación|localidad)\b|"
    r"(?<![\w])(?<![Dd]e\s)(?<![Hh]asta\s)(?:[Aa]llí|[Aa]hí|[Aa]llá)\b)"
)
# (not 'se ' alone: the reflexive 'se' is in most Spanish clauses)
_POINTER_HINTS_ES: Final = (
    "ese ", "esa ", "Ese ", "Esa ", "este ", "esta ", "Este ", "Esta ", "ich", "quel", "llí",
    "hí", "llá", "la zona", "la región",
)  # fmt: skip
# "another 8", "a further 40", "otros 12": more of what was counted before.
_ANOTHER_BEFORE: Final = compiled(r"\b(?:another|a\s+further|otr[oa]s)\s+$", re.IGNORECASE)
# A connective set off by commas, or opening the sentence before one.
_CONNECTIVE_WORDS: Final = (
    r"(?P<c>however|meanwhile|though|instead|moreover|nevertheless|nonetheless|in\s+turn|"
    r"in\s+contrast|by\s+contrast|for\s+(?:its|their|his|her)\s+part|sin\s+embargo|en\s+cambio|"
    r"por\s+su\s+parte|no\s+obstante|mientras\s+tanto|a\s+su\s+vez|además|asimismo|"
    r"por\s+(?:otra\s+parte|otro\s+lado|el\s+contrario)|"
    # ('En términos absolutos, el saldo llegó a ...': how the figure is put, not what it is of)
    r"en\s+términos\s+(?:absolutos|reales|nominales|relativos|per\s+cápita)|"
    r"in\s+(?:absolute|real|nominal|relative|per\s+capita)\s+terms)"
)
# (Behind a look at the first letter: most commas are followed by none of these words.)
_CONNECTIVE: Final = compiled(
    r"(?:^|,)\s*" + first_char_guard(f"(?i:{_CONNECTIVE_WORDS})") + _CONNECTIVE_WORDS + r"\s*,",
    re.IGNORECASE,
)


_SOURCE_LEAD_ES: Final = compiled(r"(?:Según|De\s+acuerdo\s+con)\s+[^,;:]{2,80},")
# The document a sentence opens with, set off by a comma ('In its latest quarterly report,
# released Wednesday,', 'En su informe anual,').
_IN_ITS_DOCUMENT: Final = compiled(
    r"(?:In|En)\s+(?:its|their|his|her|the|a|an|su|sus|el|un)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:report|survey|study|bulletin|statement|review|update|assessment|analysis|release|"
    r"informe|reporte|estudio|encuesta|boletín|comunicado|análisis|balance)"
    r"(?:\s+(?:annual|anual|trimestral|mensual|semanal|quarterly|monthly|weekly))?"
    r"\s*,(?:\s+(?:released|published|issued|publicado|divulgado)\s+[^,]{1,40},)?"
)
# What goes with a time before or after it: 'since it began in late November', 'in 2024 alone'.
_SINCE_IT_BEGAN: Final = compiled(
    r"\bsince\s+(?:it|they|the\s+\w+|its\s+\w+)\s+(?:began|started|broke\s+out|took\s+office)\s+(?:(?:in|on)\s+)?(?:(?:late|early|mid)[\s-]+)?$"
)


def _connectives(text: str) -> list[tuple[int, int]]:
    """The spans of _CONNECTIVE.finditer(text), tried only where a match can start: at the
    start of the text and at each comma (the case-blind alternation is not tried at every
    other position)."""
    spans: list[tuple[int, int]] = []
    at = 0
    while at >= 0:
        match = _CONNECTIVE.match(text, at)
        if match is None:
            at = text.find(",", at + 1)
        else:
            spans.append(match.span("c"))
            at = text.find(",", match.end())
    return spans


# A sentence that opens with a copula whose subject is left out: what it says is of the figure
# before ("Son 8 % menos que ...", "Fue un 12 % más que ...", "It was 8 percent more than ...").
_COPULA_LEAD: Final = compiled(
    r"[\s\"“«]*(?:Son|Es|Fueron|Fue|Eran|Era|It\s+(?:is|was)|That\s+is|That's|That’s)\s+"
    r"(?:(?:un|una|unos|unas|an?|some|about)\s+)?"
)
# "141 de esos homicidios": a partitive's determiner, then the plural noun counted.
_PARTITIVE_NOUN_ES: Final = compiled(
    r" de\s+(?:los|las|esos|esas|estos|estas)\s+(?!cuales\b)(?P<n>[a-záéíóúñ]{3,}s)\b"
)
_PARTITIVE_ES: Final = compiled(
    r"(?:\s*%)?\s+de\s+(?:los|las|estos|estas|esos|esas)\s+\w+", re.IGNORECASE
)
# A number right after a verb of action done to it ('had recaptured 31', 'found 12 more'): its
# unit is not the sentence's subject, who acts (verbs that state a level are not such verbs).
_OBJECT_OF_ACTION_EN: Final = compiled(
    r"\b(?!(?:totaled|totalled|numbered|reached|exceeded|topped|surpassed|amounted|"
    r"increased|decreased|declined|dropped|jumped|climbed|doubled|tripled|peaked|plunged|"
    r"soared|edged|inched|ticked|slumped|rebounded|recovered|averaged|ranged|hovered|"
    r"stabilized|stabilised|improved|worsened|estimated|expected|projected|forecasted|"
    r"reported|recorded|registered|listed|counted|tallied|posted|"
    # ("Serious injuries stayed above 400": a level the subject stayed at)
    r"stayed|remained|plateaued|fluctuated)\b)"
    r"(?:[a-z]+ed|caught|found|held|took|freed|shot|hit|sent|brought|saw)\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around|another|at\s+least|more\s+than|over)\s+)*$"
)
# The countries whose currency is also called 'pesos' (bare 'pesos' are Mexico's elsewhere).
_PESO_CODES: Final = {
    "Argentina": "ARS", "Chile": "CLP", "Colombia": "COP", "Cuba": "CUP",
    "Dominican Republic": "DOP", "Philippines": "PHP", "Uruguay": "UYU",
}  # fmt: skip
# Every country whose currency is the peso.
_PESO_COUNTRIES: Final = frozenset(("Mexico", *_PESO_CODES))
_BARE_PESOS: Final = compiled(r"\bpesos\b(?!\s+mexicanos)")
# ", up 15 percent since": a change told right after the level it arrives at.
_CHANGE_AFTER_LEVEL: Final = compiled(
    r"[^,;.]{0,40},\s+(?:up|down|a\s+rise\s+of|a\s+fall\s+of)\s+", re.I
)
# ", who make up about": a relative aside in the present, a standing fact.
_STANDING_ASIDE_EN: Final = compiled(
    r",\s+(?:who|which)\s+(?:make\s+up|makes\s+up|accounts?\s+for|represents?|comprises?)"
    r"\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+|only\s+)?\Z",
    re.I,
)
_OF_THE_TOTAL_AFTER: Final = compiled(
    r"\s*(?:percent\s+|per\s+cent\s+|%\s*)?of\s+(?:the\s+)?(?:total|all|them|those|these|it)\b",
    re.I,
)
# Participles without '-ed' that end the counted noun after 'the number of'.
_IRREGULAR_PARTICIPLES_EN: Final = frozenset(
    ("held", "kept", "taken", "caught", "shot", "sent", "found", "stolen", "seen", "hit")
)
# A stock counted on one day: "stood at 8,348 on Monday", "44,080 as of June 30", "held
# 1.2 million prisoners".
_DAY_STOCK_WORDS: Final = (
    "stood", "stands", "as of", "population", "held", "hab", "al cierre", "al corte", "poblaci",
    "albergaba",
)  # fmt: skip
_DAY_STOCK: Final = compiled(
    r"\b(?:stood|stands)\s+at\b|\bas\s+of\b|\bpopulation\b|\bheld\b|\bhab[ií]an?\b|"
    r"\bal\s+(?:cierre|corte)\b|\bpoblaci[oó]n\b|\balbergaba\b"
)
# 'percent of inmates', '% de los reclusos': a share of a plural named after it
_SHARE_OF_PLURAL: Final = compiled(
    r"(?:\s*(?:%|percent|per\s+cent|por\s+ciento))?\s+(?:de\s+(?:los|las)|of\s+(?:the\s+)?)"
    r"\s*[^\W\d_]{3,}s\b",
    re.IGNORECASE,
)
_OF_THEM: Final = compiled(
    r"\s+(?:of\s+(?:them|those|these)|de\s+(?:ellos|ellas|esos|esas))\b", re.I
)
_ACTOR: Final = compiled(
    r"(?P<np>(?:(?:El|La|The)\s+)?[\w\s'’.-]{2,60}?,\s+[A-ZÁÉÍÓÚ][\w'’.-]+"
    r"(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚ][\w'’.-]+){1,3}),\s"
)
# The verb right after a ratio's noun, in the present: 'is', 'does not', a singular in -s
# ('reports'), or a plural before a preposition ('end in'); not a past ('were', 'fled to').
_PRESENT_AFTER_SHARE: Final = compiled(
    r"\s+(?:(?:is|are|does|do)\b|(?!(?:was|has|this|thus|as|us|plus|always|perhaps)\b)"
    r"[a-z]+[^s\W]s\b|(?!(?:were|was|had|did|went|came|fled|lost|got|left|fell|rose|grew|paid|"
    r"made|took|gave|saw|won|ran|spent|sent|held|kept|told|met|found|became|began|fought|"
    r"sought|brought|bought|stood|sold|said|also|then|later|still)\b)[a-z]+(?<!ed)\s+"
    r"(?:in|on|at|into|to|with|from)\b)"
)
# A body's proper name alone ("Human Rights Watch", "Amnesty International"), and the words
# that make one a body of the state rather than a group.
_NAMED_BODY: Final = compiled(r"(?:[A-Z][\w'’&.-]*\s+){0,5}[A-Z][\w'’&.-]*")
# Words that make a capitalised name a body's, not a person's ("Human Rights Watch",
# "Amnesty International", "Doctors Without Borders", "Global Witness").
_BODY_NAME_WORD: Final = compiled(
    r"\b(?:Rights|International|Watch|Witness|Network|Center|Centre|Project|Initiative|"
    r"Forum|Federation|Union|Action|Aid|Relief|Movement|Front|Borders|Amnesty|Foundation|"
    r"Association|Alliance|Coalition|Society|League|Committee|Council|Trust|Fund)\b"
)
# A body's acronym in brackets after its name ("Doctors Without Borders (MSF)").
_ACRONYM_AFTER_NAME: Final = compiled(r"\s+\([A-Z][A-Za-z]{1,9}\)$")
_STATE_BODY: Final = compiled(
    r"\b(?:ministry|government|police|department|office|agency|bank|court|tribunal|army|"
    r"military|president|minister|secretariat|secretary|authority|authorities|congress|senate|"
    r"prosecutor|attorney|institute|commission|council|bureau|service|administration|"
    r"university|university|company|corporation)\b",
    re.IGNORECASE,
)
_GROUP_KIND: Final = compiled(
    r"\b(?:nonprofit|non-profit|NGO|organi[sz]ation|association|foundation|charity|watchdog|"
    r"coalition|alliance|think\s+tank|collective)\b",
    re.IGNORECASE,
)
_NEGATED_PERFECT: Final = compiled(
    r"\b(?:have|has)\s+(?:not|never|yet\s+to)\b|\b(?:haven|hasn)['’]t\b", re.I
)
_BARE_AND: Final = compiled(r"\s+and\s+")
_AND_BEFORE: Final = compiled(r"\s(?:and|y|e)\s+(?:\w+\s+){0,2}?$", re.IGNORECASE)
_BUT_BETWEEN: Final = compiled(r"\s(?:but|pero|while|whereas|mientras\s+que)\s|;")
_APPOSITION_THEN_VERB: Final = compiled(
    r",\s+(?:a|an|the)\s+[^,;]{1,40},\s+(?=(?:has|have|had|was|were|is|are|remains?|died)\b)"
)
_AND_WILL: Final = compiled(r"\s(?:and|but)\s+will\b")
_CLAUSE_END: Final = compiled(
    r",\s+(?:which|who|where|a|an|the|que|quien|donde|and|y|but|pero|while|mientras|lo\s+que)\b"
    r"|;|\s[—–]\s"
    # ("won 29.5 percent in the first round and will face a runoff": a verb of its own, in
    # another tense)
    r"|\s(?:and|but)\s+will\b"
)


def _tells_present_state(text: str, figures: list[Figure], index: int, lang: str) -> bool:
    """Whether a figure's own clause tells a present state (no perfect, no future)."""
    tense = _Tense(text[slice(*_own_clause(text, figures, index))], lang)
    return tense.present and not tense.perfect and not tense.future


# A money line by the day: "living on less than $6.85 a day", "measured at $2.15 a day".
_DAILY_LINE: Final = compiled(r"\b(?:at|on|under|below|than)\s+(?:us)?\$\s?\d[\d.,]*\s+a\s+day\b")


_MONTH_MAY: Final = compiled(r"\bMay\b")


class _Tense:
    """What the words around a figure say of its time, each read only when asked."""

    def __init__(self, clause: str, lang: str) -> None:
        self.clause = clause
        self.lang = lang
        self._found: dict[str, bool] = {}
        self._low = ""

    @property
    def low(self) -> str:
        """The clause in lower case, as the tense patterns read it (a money line a day and the
        month May read out)."""
        if not self._low:
            clause = self.clause
            if self.lang == "en" and "May" in clause:
                # ("Through May, authorities registered ...": the month, not the modal)
                clause = _MONTH_MAY.sub("Mai", clause)
            self._low = lower(clause)
            if "$" in self._low and " a day" in self._low:
                # "Extreme poverty, measured at $2.15 a day, affected 4.2 percent": a
                # money line a day after 'at', 'on' or 'than' defines who is counted; it
                # tells no habit
                self._low = _DAILY_LINE.sub(" ", self._low)
        return self._low

    def _has(self, name: str, pattern: re.Pattern[str], needs: tuple[str, ...] = ()) -> bool:
        """Whether the pattern is found in the lower-cased clause. `needs`: words of which
        every match holds one; when the clause holds none, the pattern is not run (each of
        these opens with a word boundary, so the engine would start an attempt at every
        position)."""
        if name not in self._found:
            low = self.low
            self._found[name] = (not needs or any(word in low for word in needs)) and (
                pattern.search(low) is not None
            )
        return self._found[name]

    @property
    def present(self) -> bool:
        if "present" not in self._found:
            low = self.low
            clause = self.clause
            pattern = _TENSE_PRESENT[self.lang]
            found = pattern.search(low)
            if found is not None and len(low) == len(clause):
                # ("In Scotland, 62 percent of voters backed Remain": a capitalised word inside
                # the clause is a name, the campaign, not the verb)
                while (
                    found is not None
                    and found.start() > 0
                    and clause[found.start()].isupper()
                    and clause[found.start() + 1 : found.end()].islower()
                    and clause[: found.start()].rstrip()[-1:]
                    not in (".", "!", "?", '"', "“", ":", "(", "")
                ):
                    found = pattern.search(low, found.start() + 1)
            self._found["present"] = found is not None
        return self._found["present"]

    @property
    def past(self) -> bool:
        """Told in the past: neither a future nor a present in the clause."""
        return not self.future and not self.present

    @property
    def future(self) -> bool:
        return self._has("future", _TENSE_FUTURE[self.lang], _FUTURE_NEEDS[self.lang])

    @property
    def perfect(self) -> bool:
        return self._has("perfect", _PERFECT[self.lang], _PERFECT_NEEDS[self.lang])

    @property
    def casualty(self) -> bool:
        return self._has("casualty", _CASUALTY)

    @property
    def habit(self) -> bool:
        """How often a thing happens ('cada semana', 'each day'): a habit, no period."""
        return self._has("habit", _HABIT, _HABIT_NEEDS)


_REPORTED_LEAD: Final = CaseBlind(
    r"[”»]|\b(?:said|says|added|adding|noted|noting|saying|warned|explained|stressed|"
    r"dijo|añadió|agregó|señaló|explicó|advirtió)\s+(?:that|que)\b"
)


def _may_report(window: str) -> bool:
    """Whether _REPORTED_LEAD can match in a window: it needs a closing quotation mark, or
    'that'/'que' after its verb (a plain test that spares the case-blind scan of every
    position)."""
    return "”" in window or "»" in window or may_contain(window, ("that", "que"))


# "and 41,000 now": a figure told as the present level, right after it
_NOW_AFTER_EN: Final = compiled(
    r"(?:\s+(?!ha(?:ve|s|d)\b)[a-z]+)?\s+now\b(?!\s+(?:that|than)\b)", re.IGNORECASE
)
# "has contracted 580,000 homes to date": a total up to now, right after the figure
_TO_DATE_AFTER: Final = compiled(r"(?:\s+[a-z]+){0,3}\s+to\s+date\b", re.IGNORECASE)
# "has contracted 580,000": the perfect right before the figure ('aims to deliver ... and has
# contracted': not the future of the clause before 'and')
_HAS_DONE_BEFORE: Final = compiled(
    r"\b(?:has|have)\s+(?:already\s+)?[a-z]+(?:ed|en|t)\s+(?:(?:about|some|nearly|almost|"
    r"roughly|around|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
# "relaunched in January 2023": the time a programme or a body began, before the time
_LAUNCHED_IN: Final = compiled(
    r"\b(?:launched|relaunched|created|founded|started|introduced|opened|established|set\s+up|"
    r"began|begun|inaugurated)\s+(?:in|on)\s+$",
    re.IGNORECASE,
)
# "53 percent of those out of school": the words that say which of those were counted before
_OF_THOSE_WORDS: Final = compiled(
    r"(?:\s+percent)?\s+of\s+those\s+(?P<w>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})", re.IGNORECASE
)


def _tense_clause(text: str, figure: Figure, following: Figure | None = None) -> str:
    """The words around a figure that say its tense: its clause, up to a relative clause or the
    next figure's clause ('36 people died and 17 are missing')."""
    start = max(0, figure.value_start - 80)
    for break_start, break_end in _place_breaks(text):
        if break_end <= figure.value_start:
            start = max(start, break_end)
        elif break_start >= figure.tail_end:
            break
    if _may_report(text[start : figure.value_start]):
        for lead in _REPORTED_LEAD.finditer(text, start, figure.value_start):
            # '“These are numbers of a war,” said the director, adding that 60 of those killed
            # were teenagers': the quotation's verbs, and the reporting verb's, are not the
            # figure's.
            start = lead.end()
    for pronoun in (", which was ", ", which were ", ", who were ", ", who was "):
        at = text.rfind(pronoun, start, figure.value_start)
        if at != -1 and text.find(",", at + 2, figure.value_start) == -1:
            # "firefighters are battling the blaze, which was 35 percent contained as of
            # Thursday": the figure's verb is the relative clause's past, not the main
            # clause's present.
            start = at + 2
    tail = figure.tail_end
    listed = text.endswith(", ", 0, figure.value_start)
    if (listed or _after_and(text, figure.value_start)) and (
        _OWN_STATE_AFTER.match(text, tail) or _OWN_PAST_AFTER.match(text, tail)
    ):
        # "More than 80,000 people have been affected and 3,500 remain in shelters", "31 people
        # are missing and 194 were injured", "134,000 had been affected, 9,800 remained in
        # shelters": the figure after 'and' (or a comma) has a verb of its own; the one before
        # is the other figure's.
        start = max(
            start, figure.value_start - 2 if listed else text.rfind(" ", 0, figure.value_start - 1)
        )
    end = min(len(text), figure.tail_end + 60)
    if (
        following is not None
        and following.value_start > figure.tail_end
        and (
            text.find(" and ", figure.tail_end, following.value_start) != -1
            or text.find(" y ", figure.tail_end, following.value_start) != -1
            or text.find(" e ", figure.tail_end, following.value_start) != -1
        )
    ):
        # (the plain tests spare the pattern most spans between two figures)
        joint = _AND_BEFORE.search(text, figure.tail_end, following.value_start)
        if joint is not None and not _BARE_AND.fullmatch(
            text, figure.tail_end, following.value_start
        ):
            # ("More than 1,100 civilians and about 1,200 police officers have been injured":
            # with no verb before 'and', the two counts share the verb after the second)
            end = min(end, joint.start())
    if following is not None and following.value_start > figure.tail_end:
        # "opened 14 shelters on Thursday that can house 6,500 people": the relative clause
        # holds the next figure, and its verb is that figure's.
        for pronoun in (" that ", " which ", " who ", ", de los cuales", ", de las cuales"):
            # ("se inscribieron 498.000 niños, de los cuales el 52 % estudia en el área rural")
            at = text.find(pronoun, figure.tail_end, following.value_start)
            if at != -1:
                end = min(end, at)
        if text.find("ing ", figure.tail_end, following.value_start) != -1:
            # "found 12 more bodies on Tuesday, bringing the death toll to 57": the toll is the
            # next figure's, not a running total of this one.
            joined = _ING_CLAUSE.search(text, figure.tail_end, following.value_start)
            if joined is not None:
                end = min(end, joined.start())
    cut = _CLAUSE_END.search(text, figure.tail_end, end)
    clause = text[start : cut.start() if cut else end]
    if cut is not None and cut.start() == figure.tail_end and text.startswith(", ", cut.start()):
        aside = _APPOSITION_THEN_VERB.match(text, cut.start())
        if aside is not None:
            # "One person, a 31-year-old man, has died": the verb after the apposition is the
            # figure's.
            rest = min(len(text), aside.end() + 60)
            after = _CLAUSE_END.search(text, aside.end(), rest)
            clause += " " + text[aside.end() : after.start() if after else rest]
    if text.count(",", start, figure.value_start) >= 2:
        # "Mining output, which accounts for a tenth of GDP, rose 3 percent": the aside's verb
        # is not the figure's.
        clause = (
            _RELATIVE_ASIDE.sub(" ", text[start : figure.value_start])
            + text[figure.value_start : cut.start() if cut else end]
        )
    return clause


# "made landfall on Oct. 28 with sustained winds of ": the winds an event came with.
_WINDS_OF_EVENT: Final = compiled(
    r"\b(?:made\s+landfall|struck|hit|slammed\s+into|came\s+ashore|roared\s+ashore)\b"
    r"(?:[^.;]|\.\s(?=\d)){0,60}?\bwith\s+(?:(?:maximum|sustained|top|peak)\s+){0,2}winds\s+of\s+"
    r"(?:(?:up\s+to|about|around|nearly|near|almost|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
_WINDS_OF_EVENT_ES: Final = compiled(
    r"\b(?:tocó\s+tierra|golpeó|azotó|impactó|llegó)\b"
    r"(?:[^.;]|\.\s(?=\d)){0,60}?\bcon\s+(?:(?:unos|los)\s+)?vientos\s+"
    r"(?:(?:máximos|sostenidos)\s+(?:y\s+sostenidos\s+)?)?de\s+"
    r"(?:(?:hasta|unos|alrededor\s+de|casi|cerca\s+de|más\s+de)\s+)?$",
    re.IGNORECASE,
)
# A day, not a month or a year: a weekday, or a day of the month ("Oct. 28", "March 27, 2022").
_DAY_TEXT: Final = compiled(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}\b(?![\d,.]\d)",
    re.IGNORECASE,
)


def _landfall_day(
    text: str, figure: Figure, times: list[TimeExpr], lang: str = "en"
) -> datetime.date | None:
    """The day an event the figure's winds are of came ashore, named between its verb and the
    figure ('since it made landfall on Oct. 28 with winds of 150 mph', 'que tocó tierra el
    miércoles cerca de Acapulco con vientos de 270 kilómetros por hora'); None when no day is."""
    window = max(0, figure.value_start - 120)
    winds = _WINDS_OF_EVENT if lang == "en" else _WINDS_OF_EVENT_ES
    event = winds.search(text, window, figure.value_start)
    if event is None:
        return None
    for t in times:
        if (
            t.kind == "period"
            and event.start() <= t.start
            and t.end <= figure.value_start
            and t.period_start is not None
            and (
                t.period_start == t.period_end
                or (t.note.startswith("since ") and _DAY_TEXT.search(t.text) is not None)
            )
        ):
            return t.period_start
    return None


class _NamedSources:
    """The distinct sources an article has named so far, the latest named first, each with its
    lower-cased words: a long article names hundreds of sources, most of them many times, and
    each description would otherwise split them all again."""

    __slots__ = ("_read", "_words")

    def __init__(self) -> None:
        self._read = 0
        self._words: dict[str, list[str]] = {}

    def latest_first(self, sources: list[str]) -> Iterator[tuple[str, list[str]]]:
        """Each distinct source of `sources` (to which names are only ever appended) once, by
        when it was last named, the latest first."""
        for name in sources[self._read :]:
            words = self._words.pop(name, None)
            self._words[name] = words if words is not None else name.lower().split()
        self._read = len(sources)
        return reversed(self._words.items())


def _shortened_from(source: str, named: Iterator[tuple[str, list[str]]]) -> str | None:
    """The source named before that a description shortens, its words in the same order with
    more between ('the U.N. office' of 'the U.N. human rights office'); None when none does.
    `named`: the sources named before, the latest first, with their lower-cased words."""
    words = source.lower().split()
    if len(words) < 3:
        return None
    for earlier, fuller in named:
        if len(fuller) <= len(words) or fuller[0] != "the":
            continue
        at = 0
        for word in fuller:
            if at < len(words) and word == words[at]:
                at += 1
        if at == len(words) and fuller[-1] == words[-1]:
            return earlier
    return None


# "the southern state of ", "Valparaiso region": a region named as one.
_REGION_WORD_AFTER: Final = compiled(
    r"\s+(?:state|region|province|department|municipality|county)\b", re.IGNORECASE
)
_REGION_WORD_NEAR: Final = compiled(r"\b(?:state|region|province|department)\b", re.IGNORECASE)


def _names_a_region(text: str, places: list[PlaceMention], cut: int) -> bool:
    """Whether a sentence names, after its dateline, a region of a country: one the gazetteer
    lists as such, or a place called a state, region or province ('Chile's Valparaiso
    region')."""
    return any(
        p.start >= cut
        and not p.weak
        and (
            (size_of(p.canonical) == 2 and not is_supranational(p.canonical))
            or (
                size_of(p.canonical) < 3
                and _REGION_WORD_NEAR.search(text, max(0, p.start - 30), p.end + 10) is not None
            )
        )
        for p in places
    )


def _from_other_things(text: str, figures: list[Figure], index: int) -> bool:
    """Whether 'from' before a figure says where the count before came from, not what it
    changed from: "evacuated 3,200 people from nine communities" counts other things than the
    figure before it, so it is no baseline of it ("rose to 5,200 from 4,100 people" is)."""
    if index == 0:
        return False
    figure, before = figures[index], figures[index - 1]
    return (
        figure.unit_kind == before.unit_kind == "count"
        and bool(figure.unit)
        and bool(before.unit)
        and figure.unit != before.unit
        and text.endswith(" from ", 0, figure.value_start)
        and figure.value_start - before.tail_end <= 40
    )


def _tolled(clause: str, lang: str) -> bool:
    """Whether a clause tells casualties that add up ('14 people had died'), not a state
    ('58 people were still missing', '3,000 remain in shelters')."""
    lowered = clause.lower()
    if " still " in lowered or "remain" in lowered or " siguen " in lowered:
        return False
    return _Tense(clause, lang).casualty


_THE_CITY_EN: Final = compiled(
    r"\b(?:the\s+city(?!\s+of\b)|city\s+(?:commission|council|hall|officials|government|"
    r"budget|manager)|citywide|city-wide)\b",
    re.IGNORECASE,
)


def _dateline_city(text: str, cut: int) -> str | None:
    """The city of an English dateline in capitals ('DAYTON, Ohio — ', 'CHICAGO — '), when
    the text speaks of "the city" or its council; None otherwise."""
    head = text[:cut].strip()
    city = re.split(r"[,(—–]|\s-", head, maxsplit=1)[0].strip()
    if not city or not city.replace(" ", "").replace(".", "").isalpha() or not city.isupper():
        return None
    if "city" not in text.lower() or _THE_CITY_EN.search(text, cut) is None:
        return None
    return " ".join(w.capitalize() for w in city.split())


def _after_and(text: str, at: int) -> bool:
    """Whether 'and' or 'y' stands right before `at` ('… and 3,500'), read a character at a
    time (this is asked of every figure)."""
    if at < 4 or text[at - 1] != " ":
        return False
    last = text[at - 2]
    if last == "y":
        return text[at - 3] == " "
    return last == "d" and text.endswith(" and ", 0, at)


# ", bringing the toll to 57", ", killing 12": a participle clause of the next figure's
_ING_CLAUSE: Final = compiled(
    r",\s+(?:bringing|raising|pushing|taking|lifting|putting|leaving|killing|injuring|"
    r"wounding)\b"
)
# ('… and 194 were injured', '… y 12 murieron'): a past verb of the figure's own after it
_OWN_PAST_AFTER: Final = compiled(
    r"\s*(?:(?:people|persons|personas|of\s+them|de\s+ellas?|de\s+ellos)\s+)?"
    r"(?:were|was|died|(?:had|have|has)\s+been|fueron|murieron|resultaron)\b"
)
# A verb in the present right after what a share is of: "de las víctimas no denuncia".
_PRESENT_AFTER_SHARE_ES: Final = compiled(
    r"\s+(?:no\s+|nunca\s+|ya\s+|aún\s+|todavía\s+)?(?P<v>[a-záéíóúñ]{3,}(?:a|e|an|en))\b"
)
_NOT_PRESENT_VERBS_ES: Final = word_set(
    "para sobre entre desde durante mediante contra este ese esta esa aquella mientras donde "
    "cuyo ante bajo tras hacia hasta que como cada toda todas esta estas una unas"
)
# A rate set off in an aside: "La tasa estatal, de 66 por cada 100.000 habitantes, ...".
_RATE_APPOSITION_ES: Final = compiled(r"\btasa\b[^,;.]{0,40},\s+(?:de|del)\s+$", re.IGNORECASE)
# What was seized, worth an amount now: "La droga tiene un valor estimado de US$37 millones".
_SEIZED_VALUE_ES: Final = compiled(
    r"\b(?:la\s+droga|el\s+cargamento|la\s+mercancía|el\s+decomiso|el\s+alijo|la\s+cocaína|"
    r"lo\s+(?:incautado|decomisado|asegurado))\s+(?:tiene|posee|alcanza)\s+un\s+valor\b",
    re.IGNORECASE,
)
# "hasta la fecha", "a la fecha": up to now, with no start of its own.
_TO_DATE_ES: Final = compiled(r"(?:hasta|a)\s+la\s+fecha", re.IGNORECASE)
# A state that holds now, right after a figure: "412 de esas mujeres siguen sin ser
# localizadas", "300 personas permanecen desaparecidas".
_STILL_AFTER_ES: Final = compiled(
    r"\s*(?:de\s+(?:ellos|ellas|esos|esas|estos|estas|los|las)\s+)?(?:[a-záéíóúñ]+\s+){0,2}?"
    r"(?:siguen|sigue|permanecen|permanece|continúan|continúa)\s+(?:sin\b|desaparecid|"
    r"detenid|hospitalizad|prófug|en\s+(?:paradero|calidad|prisión|cautiverio|albergues))",
    re.IGNORECASE,
)
# What a figure after ', with' is said to be now: "with 128 people still missing".
_WITH_STATE_AFTER: Final = compiled(
    r"\s+(?:still\s+(?:missing|unaccounted|trapped|in|without|hospitali[sz]ed|displaced)|"
    r"(?:missing|unaccounted\s+for)\b)",
    re.IGNORECASE,
)
# A part of the count before, pointed back to: "About 430,000 of them".
_OF_THEM_AFTER: Final = compiled(r"\s+(?:\w+\s+)?of\s+(?:them|those|these)\b", re.IGNORECASE)
# A part, then the whole of the body or place it belongs to: "20 of its 25", "84 of the
# country's 116".
_WHOLE_OF_ITS_BEFORE: Final = compiled(
    r"\d[\d,.]*\s+of\s+(?:its|their|the\s+[a-z]+['’]s)\s+$", re.IGNORECASE
)
_OWN_STATE_AFTER: Final = compiled(
    r"\s*(?:(?:people|persons|personas|of\s+them|de\s+ellas?|de\s+ellos)\s+)?(?:still\s+)?"
    r"(?:remain|remains|remained|are\s+still|were\s+still|permanecen|permanece|permanecían|"
    r"siguen|sigue|seguían)\b",
    re.IGNORECASE,
)
_POSSESSIVE_TO_FIGURE: Final = compiled(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:of\s+)?")
_OF_POSSESSIVE: Final = compiled(r"\s*(?:%|percent\b|per\s+cent\b)?\s*of\s+", re.IGNORECASE)


_COMPARED_WITH_EN: Final = compiled(r"\b(?:compared\s+(?:with|to)|versus|vs\.)\s+$", re.IGNORECASE)
# A verb that brings its object to a level, then the object: "cut Panama Canal transits to",
# "raised daily flights to" (the object's last lowercase plural words are what is counted).
_MOVED_TO_EN: Final = compiled(
    r"\b(?:cut|cuts|reduced|reduces|raised|raises|lowered|lowers|pushed|pushes|brought|brings|"
    r"increased|increases|boosted|boosts|slashed|slashes|lifted|lifts|trimmed|trims|capped|caps)"
    r"\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?P<obj>(?:[a-z][a-z-]+\s+)?[a-z][a-z-]+[^s\W]s)\s+to\s+$"
)
# "half of those aged 16 to 24", "a third of those aged 65 and older": an age group.
_THOSE_AGED: Final = compiled(
    r"\bof\s+(?:those|these)\s+aged\s+(?P<age>\d{1,3}(?:\s*(?:to|-|–)\s*\d{1,3}"
    r"|\s+(?:and|or)\s+(?:older|over|above|up|younger|under))?)\b",
    re.IGNORECASE,
)
# " percent of those out of school", "% of those in custody": 'those' in a state, not aged
_OF_THOSE_STATE_EN: Final = compiled(
    r"(?:\s*%|\s+percent|\s+per\s+cent)\s+of\s+those\s+"
    r"(?P<rest>(?:out\s+of|in|under|on|without)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\b"
    r"(?=\s*[,;.]|\s*$|\s+(?:are|were|is|was|have|had)\b)"
)
_OF_THE_OPENINGS_EN: Final = ("Of the ", "Among the ", "Of those ", "Of these ", "Among those ")
# "Of the homicide victims, 19": a sentence that opens on the plural noun a bare number counts
_OF_THE_NOUN_OPENER_EN: Final = compiled(
    r"(?:Of|Among)\s+(?:the|those|these)\s+(?P<np>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,3}s),\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around|at\s+least|more\s+than|over|only|just)\s+)?"
)
# "Of the 99 victims, ...", "“Among those 99, ...": a sentence that opens on a count named before.
# (Spanish: "De los 19.800 reclusos, ...", "Entre esas 52 víctimas, ...".)
_OPENS_ON_COUNT: Final = compiled(
    r"[\W]{0,3}(?:(?:Of|Among)\s+(?:the|those|these)"
    r"|(?:De|Entre)\s+(?:los|las|esos|esas|estos|estas))\s+$"
)


def _restated_count(sentence: _Sentence, previous: list[_Resolved]) -> _Resolved | None:
    """The dated count a sentence opens on again ('Of the 99 victims, ...'), if any."""
    first = sentence.figures[0]
    if first.value_start > 24 or not _OPENS_ON_COUNT.fullmatch(sentence.text, 0, first.value_start):
        return None
    for r in reversed(previous):
        if r.period_end is not None and r.figure.amount == first.amount:
            return r
    return None


def _possessive_time(text: str, times: list[TimeExpr], figure: Figure) -> TimeExpr | None:
    """A year or month whose possessive owns what the figure measures: 'this year's 125.9
    billion quetzales', 'this year's appeal of $1.6 billion' (before the figure) or '71% of
    this year's budget' (after it)."""
    for t in times:
        if t.kind != "period" or text[t.end : t.end + 2] not in ("'s", "’s"):
            continue
        if t.end <= figure.value_start and _POSSESSIVE_TO_FIGURE.fullmatch(
            text, t.end, figure.value_start
        ):
            return t
        if t.start >= figure.value_end and _OF_POSSESSIVE.fullmatch(
            text, figure.value_end, t.start
        ):
            return t
    return None


def _span_later_in_clause(
    text: str, times: list[TimeExpr], figure: Figure, day: datetime.date
) -> TimeExpr | None:
    """A span written after a figure, before the clause's comma, that holds `day` and began
    before it ('82,000 dengue cases and 112 deaths this year' read with 'As of August 10')."""
    stop = _clause_end(text, figure.tail_end, len(text))
    for time in times:
        if (
            time.kind == "period"
            and figure.tail_end <= time.start
            and time.end <= stop
            and time.period_start is not None
            and time.period_end is not None
            and time.period_start < day <= time.period_end
        ):
            return time
    return None


def _resolved_of(figure: Figure, previous: list[_Resolved]) -> _Resolved | None:
    """How a figure read before was resolved (its period, unit, subject), if it was."""
    return next((r for r in reversed(previous) if r.figure is figure), None)


def _last_dated_in(sentence: _Sentence, previous: list[_Resolved]) -> _Resolved | None:
    """The last figure read before in this sentence that took a period from a time."""
    return next(
        (
            r
            for r in reversed(previous)
            if r.sentence is sentence
            and r.period is not None
            and r.period_start is not None
            and r.period_end is not None
        ),
        None,
    )


def _as_last_given(
    carried: TimeExpr, previous: list[_Resolved]
) -> tuple[datetime.date | None, datetime.date | None]:
    """The days of a period carried over as the figure just before took them from it ('al
    cierre de mayo': the month's last day), else the period's own."""
    before_it = previous[-1] if previous else None
    if before_it is not None and before_it.period is carried and before_it.period_start is not None:
        return before_it.period_start, before_it.period_end
    return carried.period_start, carried.period_end


def _date_headline(out: list[Candidate], headline_figures: int) -> None:
    """Give a headline's undated figures the period of the same figure told in the story.

    ("Extorsiones: 18.000 denuncias en un año" over "El Ministerio Público recibió 18.000
    denuncias por extorsión durante 2024": the headline sums up the story's figure, of its
    period.)"""
    for at, candidate in enumerate(out[:headline_figures]):
        if candidate.period_start is not None or candidate.period_end is not None:
            continue
        twin = next(
            (
                c
                for c in out[headline_figures:]
                if c.amount == candidate.amount and c.period_start is not None
            ),
            None,
        )
        if twin is None:
            continue
        out[at] = replace(
            candidate,
            period_start=twin.period_start,
            period_end=twin.period_end,
            reasons=(
                *candidate.reasons,
                f"period: that of '{twin.value_text}' in the story the headline sums up",
            ),
        )


def _data_verb_before(text: str, figures: list[Figure], index: int) -> bool:
    """Whether a Spanish verb that says what the data come to ('alcanza el', 'se ubica en',
    'equivale a un promedio de') stands right before a figure, in its clause."""
    start = _own_clause(text, figures, index)[0]
    window = lower(text[start : figures[index].value_start])
    return _DATA_VERB_ES.search(window, max(0, len(window) - 30)) is not None


def _own_clause(text: str, figures: list[Figure], index: int) -> tuple[int, int]:
    """The stretch of a figure's own clause: from the comma or figure before it to the comma or
    figure after it ('134,000 people had been affected, 9,800 remained in shelters')."""
    figure = figures[index]
    start = max(
        figures[index - 1].tail_end if index else 0,
        text.rfind(",", 0, figure.value_start) + 1,
        text.rfind(";", 0, figure.value_start) + 1,
    )
    end = figures[index + 1].value_start if index + 1 < len(figures) else len(text)
    return start, _clause_end(text, figure.tail_end, end)


# The year a hurricane season is named by ('2024 Atlantic hurricane season', 'temporada de
# huracanes del Atlántico de 2024').
_SEASON_YEAR: Final = compiled(r"(?:\s+(?:de|of|in)\s+)?\b(?:19|20)\d\d\b")


def _part_ended_before(previous: list[_Resolved], months: int) -> TimeExpr | None:
    """The quarter (months=3) or half (6) whose last day an earlier sentence dated a level by
    ('at the end of the second quarter'), as a period of its own; the latest one."""
    for r in reversed(previous):
        for t in reversed(r.sentence.times):
            if not t.note.startswith("end of part ") or t.period_end is None:
                continue
            size = 6 if _HALF_WORD.search(t.text) is not None else 3
            if size != months:
                continue
            first = add_months(t.period_end.replace(day=1), 1 - months)
            return TimeExpr(
                t.start, t.end, t.text, "period", first, t.period_end, f"part '{t.text}'"
            )
    return None


_HALF_WORD: Final = compiled(r"(?i:half|semestre)")


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause running from `start` ends: its first comma or semicolon before `end`."""
    for mark in ",;":
        found = text.find(mark, start, end)
        if found >= 0:
            end = found
    return end


def _outside_asides(text: str, times: list[TimeExpr], figure: Figure) -> list[TimeExpr]:
    """The times of a sentence less those in an aside about something else: "The new prison,
    to be completed in 2025, will hold 2,000 inmates" (the year is the prison's, not the
    count's). An aside that holds the figure keeps its times."""
    asides = [(s, e) for s, e in _time_asides(text) if not s <= figure.value_start < e]
    if not asides:
        return times
    return [t for t in times if not any(s <= t.start and t.end <= e for s, e in asides)]


_PARENTHESIS: Final = compiled(r"\([^()]*\)")


def _outside_parentheses(
    text: str, times: list[TimeExpr], figure: Figure, figures: list[Figure]
) -> list[TimeExpr]:
    """The times of a sentence less those inside a parenthesis that holds a figure of its own
    and not this one: in "Honduras: 25.3 (31.1 in 2023)", 2023 dates 31.1 only."""
    kept = times
    for m in _PARENTHESIS.finditer(text):
        s, e = m.span()
        if s <= figure.value_start < e or not any(s < f.value_start < e for f in figures):
            continue
        kept = [t for t in kept if not (s < t.start and t.end < e)]
    return kept


@lru_cache(maxsize=64)
def _time_asides(text: str) -> tuple[tuple[int, int], ...]:
    """A sentence's asides that may name a time of their own (read once per sentence, not per
    figure). An aside that says when the event began stays out ("Durante la temporada de
    lluvias, que comenzó en mayo, Conred contabilizó 1.830": the count runs from it)."""
    return tuple(
        m.span()
        for m in _TIME_ASIDE.finditer(text)
        if not _EVENT_TIME.search(text, m.start(), m.end())
        # ("in the first fishing season of the year, which ran from April to July": the aside
        # says when the period the figure is of ran)
        and not _RAN.search(text, m.start(), m.end())
        # ("The survey, conducted in October, found that 41 percent ...": when what it found
        # was measured)
        and not _CONDUCTED.match(text, m.start())
        # ("Under his predecessor, Enrique Peña Nieto, who governed from 2012 to 2018, there
        # were about 157,000 homicides": the term the figure is counted under)
        and not (_TERM_ASIDE.match(text, m.start()) and _UNDER.search(text, 0, m.start()))
    )


_TERM_ASIDE: Final = compiled(
    r",\s*who\s+(?:governed|ruled|served|was\s+in\s+office|held\s+office|was\s+president)\b",
    re.IGNORECASE,
)
_UNDER: Final = compiled(r"\b[Uu]nder\b")
_CONDUCTED: Final = compiled(r",\s*(?:conducted|carried\s+out|fielded)\b", re.IGNORECASE)
# ("The report, which covers 2019 through 2023, counted 1,450 attacks": the years the report,
# and so its figures, are about)
_RAN: Final = compiled(
    r"\b(?:which|that)\s+(?:ran|runs|lasted|lasts|spanned|spans|covers|covered|tracked|tracks|"
    r"examined|examines|analyzed|analyzes|reviewed|reviews|surveyed)\b",
    re.IGNORECASE,
)


# The words that open a relative clause, in both languages.
_RELATIVE: Final = r"which|who|whose|que|quien|quienes"
# An aside about the subject, set off by commas, that may name a time of its own.
_TIME_ASIDE: Final = compiled(
    rf",\s*(?:{_RELATIVE}|to\s+be|due\s+to\s+be|set\s+to\s+be|(?:el|la|los|las)\s+cual(?:es)?)\b"
    r"[^,;:]*(?:,|(?=[.!?]?\s*$))"
    # a participle set off by commas: "The CECOT mega-prison, opened in early 2023, can hold";
    # "The budget for 2021, approved by Congress in March, totals": when the thing was done
    r"|,\s*[a-z]{3,}ed\s+(?:in|on|by)\b[^,;:]*,"
    # how long a level has held, set off by commas: "The fare, unchanged since 2013, is 5
    # pesos" (a present level; the year is when it last changed)
    r"|,\s*(?:(?:largely|mostly|virtually)\s+)?(?:unchanged|frozen|unaltered|steady|stable)"
    r"\s+since\b[^,;:]*,"
    # a part set off after the count, told by a participle: "38 buildings collapsed, most of
    # them already damaged in the 2023 quakes" (when those were damaged, not when these
    # collapsed; "arrested 1,300 people, most of them in 2023" keeps its year)
    r"|,\s*(?:most|many|some|all|several|none|few)\s+of\s+(?:them|which|whom)\s+"
    r"(?:(?:already|previously|also|still|were|was|had|have|been)\s+){0,3}"
    r"[a-z]{3,}(?:ed|en|wn)\b[^,;:]*(?:,|(?=[.!?]?\s*$))",
    re.IGNORECASE,
)


# A relative clause set off by commas ("which accounts for a tenth of GDP", "que representa el
# 10 % del PIB"), before the figure's own verb.
# The present verbs that set a share against a whole ("accounts for 80 percent of the total").
_SHARE_OF_COUNT_VERB: Final = CaseBlind(
    r"\b(?:accounts?\s+for|makes?\s+up|represents?|receives?|gets?)\b"
)
# What a Spanish percentage is of, right after it ('el 12 % del presupuesto', 'la mitad del
# total'): the noun that names the whole.
_SHARE_WHOLE_ES: Final = compiled(
    r"(?:\s*%|\s+por\s+ciento)?\s+(?:del|de\s+(?:la|las|los))\s+(?P<n>[^\W\d_]+)\b",
    re.IGNORECASE,
)
_SHARE_OF_COUNT_VERB_ES: Final = CaseBlind(
    r"\b(?:representan?|concentran?|reciben?|se\s+llevan?|corresponden?\s+a)\b"
)


def _whole_a_share_names(text: str, figure: Figure, clause: str, lang: str) -> str:
    """What a share told against a whole in the present is of ('accounts for 80 percent of the
    total', 'recibe el 12 % del presupuesto'), else ''."""
    if lang == "en":
        if (
            figure.share_of is not None
            and "of " in text
            and _SHARE_OF_COUNT_VERB.search(clause) is not None
        ):
            return figure.share_of
        return ""
    if figure.unit_kind != "percent" or _SHARE_OF_COUNT_VERB_ES.search(clause) is None:
        return ""
    # (Spanish shares keep no base of their own: the noun after 'del' names the whole)
    named = _SHARE_WHOLE_ES.match(text, figure.value_end)
    return named.group("n") if named is not None else ""


def _count_a_share_is_of(
    share_of: str, sentence: _Sentence, previous: list[_Resolved]
) -> _Resolved | None:
    """The dated count of an earlier sentence of the paragraph that a share is of: 'the total'
    (the paragraph's first dated count), or the count whose noun the share names ('reported
    cases' of '18,910 suspected mpox cases')."""
    words = share_of.lower().split()
    if not words:
        return None
    head = words[-1]
    # ('Public safety accounts for nearly half of the spending' after a budget of $1.5 billion:
    # a share of money, of the amount of money before)
    money = head in _MONEY_HEADS
    for r in previous:
        if (
            r.sentence is sentence
            or r.sentence.paragraph != sentence.paragraph
            or r.period_start is None
            or r.period_end is None
            or r.period_start >= r.period_end
            or r.figure.unit_kind not in (("currency",) if money else ("count", "none"))
            or r.figure.is_change
        ):
            continue
        if money or head == "total" or (r.unit and r.unit.lower().split()[-1] == head):
            return r
        if len(head) > 3 and head in lower(r.sentence.text):
            # ('families ... account for 52 percent of the deficit' after "Brazil's housing
            # deficit stood at 6.2 million homes in 2022": the whole named as what that count
            # measured, right before it)
            lead = r.sentence.text[max(0, r.figure.value_start - 80) : r.figure.value_start]
            if re.search(rf"\b{re.escape(head)}\b", lead, re.IGNORECASE) is not None:
                return r
    return None


_MONEY_HEADS: Final = frozenset(
    (
        *("spending", "budget", "funds", "funding", "expenditure", "outlays"),
        *("presupuesto", "gasto", "fondos", "financiamiento", "recursos"),
    )
)


_RELATIVE_ASIDE: Final = compiled(
    rf",\s*(?:{_RELATIVE}|where|donde|(?:el|la|lo|los|las)\s+cual(?:es)?)\b[^,;:]*,",
    re.IGNORECASE,
)


_MONTH_END_BEFORE: Final = compiled(r"\ba\s+(?:finales|fines)\s+de\s+$", re.IGNORECASE)
# The imperfect of a tally or a state: "reportaba", "se contabilizaban", "sumaban", "había".
_IMPERFECT_ES: Final = compiled(
    r"\b(?:\w+aban?|había|habían|tenía|tenían|registraban?|contabilizaban?)\b", re.IGNORECASE
)
# A tally in the present ("este año la cifra ya supera los 30.000", "suman 1.702 en lo que
# va de ...") is also of the period so far.
_TALLY_ES: Final = compiled(
    r"\b(?:ya(?!\s+que\b)|suman?|acumulan?|llevan?|contabilizan?|totalizan?|superan?)\b",
    re.IGNORECASE,
)
# The present perfect in a period that runs on past publication: the period so far. Budgets,
# targets and forecasts are of the whole period.
_PLANNED_ES: Final = compiled(
    r"\b(?:presupuest\w*|metas?|asignad\w*|aprobad\w*|previst\w*|proyect\w*|estimad\w*|"
    r"prevé|espera\w*)\b",
    re.IGNORECASE,
)
_PERFECT_ES: Final = compiled(
    r"\b(?:he|ha|han|hemos)\s+(?:ya\s+)?(?:sido\s+)?\w+(?:ado|ido|to|cho)s?\b", re.IGNORECASE
)
# What is measured at a point in time, not added up over a period: "al cierre de 2023, las
# reservas sumaban US$21.000 millones" is their level on 31 December.
_STOCK: Final = compiled(
    r"\b(?:deuda|reservas|saldos?|depósitos|cartera\s+de\s+créditos|población|inventarios?|"
    # ("La lista de espera quirúrgica alcanzó 181.000 pacientes al cierre de junio", "la mora
    # judicial llegó a 18.600 expedientes": who or what waits, counted on a day)
    r"listas?\s+de\s+espera|mora\s+judicial|"
    r"existencias|debt|reserves|deposits|population|backlogs?)\b",
    re.IGNORECASE,
)
# The members a register holds on a day: "1.389.450 afiliados cotizantes al 30 de junio",
# "26.415 reclusos al 31 de enero" (a level that day, not what happened up to it).
_STOCK_COUNTED: Final = compiled(
    r"\b(?:afiliad[oa]s|cotizantes|asegurad[oa]s|pensionad[oa]s|jubilad[oa]s|reclus[oa]s|"
    r"pres[oa]s|privad[oa]s\s+de\s+libertad|suscriptores|abonados|usuarios|clientes|"
    r"cuentahabientes|socios|miembros|militantes|empleados\s+públicos|plazas)\b",
    re.IGNORECASE,
)
_MONTH_END_LEAD_ES: Final = compiled(
    r"\b(?:(?:a|hacia)\s+(?:finales|fines)\s+de|cerr(?:ó|aron))\s+$", re.IGNORECASE
)
# A state that day, not a count up to it: "había 45 pacientes" (not "se habían registrado"),
# "seguían hospitalizados", "permanecían detenidos".
_STOOD_THEN_ES: Final = compiled(
    r"\b(?:hab[ií]an?\b(?!\s+(?:sido\s+)?(?:[a-záéíóúñ]+(?:ad|íd|id)[oa]s?|muert[oa]s?|hech[oa]s?|"
    r"puest[oa]s?|abiert[oa]s?|vuelt[oa]s?|escrit[oa]s?|vist[oa]s?|cubiert[oa]s?|"
    r"resuelt[oa]s?|dich[oa]s?)\b)|seguían?|permanecían?|"
    r"quedaban?|estaban?|se\s+encontraban?)\b",
    re.IGNORECASE,
)
# A clause about a time just named: "2019, when 6 tons were found", "2019, cuando llegaron".
_WHEN_CLAUSE: Final = compiled(r"\s*,\s*(?:when|cuando)\s+[^,;:.]*?", re.IGNORECASE)
# "Since then, ...", "Desde entonces, ...": from the time just spoken of.
# "during the country's 36-year civil war", "during the armed conflict", "under the
# dictatorship": a long past event a figure belongs to.
_DURING_LONG_EVENT: Final = compiled(
    r"\b(?:during|throughout|under|in)\s+(?:the|its|their|[A-Z][\w'’]*['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:civil\s+war|war|armed\s+conflict|conflict|dictatorship|"
    r"military\s+rule|regime|occupation|insurgency)\b",
)
_SINCE_THEN_LEAD: Final = compiled(r"\b(?:since\s+then|desde\s+entonces)\b", re.IGNORECASE)
# "seven former presidential hopefuls who had been jailed ahead of the 2021 election": a time in
# a relative clause told in the pluperfect dates what had happened to the counted before, not
# the figure (nor the sentences after it).
_PLUPERFECT_RELATIVE: Final = compiled(
    r"\b(?:who|that|which)\s+had\s+(?:been\s+)?[a-z]+"
    # (no verb of the main clause after it: "who had been jailed were freed in 2021")
    r"(?:\s+(?!(?:were|was|are|is|have|has|will|would)\b)[a-z]+){0,5}?\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
# An aside that says what a place holds: "The region, home to about 8% of the world's
# population, ...".
_HOME_TO_ASIDE: Final = compiled(r",\s+home\s+to\s+[^,;:]*,", re.IGNORECASE)
# "..., donde viven unos 3 millones de guatemaltecos": who lives in a place just named.
_WHERE_LIVE_ES: Final = compiled(
    r",\s+(?:donde|en\s+(?:el|la)\s+que)\s+(?:viven|vive|residen|reside|habitan|habita)\s+$",
    re.IGNORECASE,
)
_SINCE_THEN: Final = compiled(
    r"\b(?:has|have|had)\s+since\b|\bsince\s+then\b|\bdesde\s+entonces\b", re.IGNORECASE
)
_LEVEL: Final = compiled(
    r"\b(?:stood|stands|was|were|is|are|held|era|eran|equivalía|equivalían|había|habían|tenía|"
    r"tenían|contaba\s+con|contaban\s+con|sumaba|sumaban|ascendía|ascendían|se\s+ubicaba|se\s+situaba)\b(?!\s+(?:\w+ed|\w+[ai]do)\b)"
    # ("The number of people displaced rose to a record 68.3 million at the end of 2023")
    r"|\b(?:rose|fell|climbed|dropped|grew|swelled|shrank)\s+to\b"
    # ("At the end of last year, the bank had $40 billion in reserves": money one has on that
    # day, with the amount right after the verb)
    r"|\b(?:had|has|have)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+|"
    r"more\s+than\s+|over\s+)?(?:[$€£¥]|[A-Z]{1,2}\$)\s?\d"
    # ("The number of people forcibly displaced reached 123.2 million at the end of 2024": what
    # 'reached' stands at is a level when it is of a stock, not a year's tally)
    # (and so is what a household, bank or fund holds: "assets reached 2,141 trillion yen at
    # the end of last year" is their value on its last day)
    r"|\breached\b(?=.*\b(?:displaced|refugees|population|debt|reserves|deposits|inmates|"
    r"prisoners|stock|living|assets|holdings|wealth|liabilities)\b)|\b(?:displaced|refugees|"
    r"population|debt|reserves|deposits|inmates|prisoners|stock|living|assets|holdings|wealth|"
    r"liabilities)\b.*\breached\b",
    re.IGNORECASE,
)
_ADDED_UP: Final = compiled(
    r"\b(?:ha|han|había|habían|has|have|had)\s+(?:sido\s+|been\s+)?\w+(?:ado|ido|to|cho|ed|en)s?\b"
    # (not the imperfect 'sumaba', 'sumaban': where a stock stood, "la red sumaba 4.000
    # kilómetros al cierre de 2023")
    r"|\b(?:acumul|recaud|collect|sum(?:ó|a(?!ba))|totaled|totalled|added\s+up)",
    re.IGNORECASE,
)
_TO_AFTER_CHANGE: Final = compiled(
    r",\s*(?:to|hasta|a)\s+(?:(?:the|el|la|los|las|some|about|unos|unas)\s+)?$", re.IGNORECASE
)
# "rose 7% from a year earlier to 371,000 tons": the level a change reached, comma or not
# Plural heads of a sentence's subject that are amounts of money ('Exports reached 4.1 billion')
_MONEY_PLURALS_EN: Final = word_set(
    "sales revenues exports imports remittances earnings profits costs losses funds reserves "
    "assets deposits loans savings wages salaries taxes prices payments investments damages "
    "budgets expenditures outlays receipts proceeds takings bills debts arrears fines fees "
    "rents subsidies transfers grants bonuses dividends shipments purchases flows inflows "
    "outflows"
)
_SHARE_OF_BEFORE_EN: Final = compiled(
    r"\b(?:[Ss]hare|[Pp]roportion|[Pp]ercentage)\s+of\s+(?:the\s+|all\s+)?"
    # ("The share of A-level entries in England awarded an A": a hyphenated capital opens the
    # noun, and 'in' before a capitalised place only says where)
    r"(?P<np>(?:(?:[A-Z]-)?[a-z][\w-]*\s+){0,2}?(?:[A-Z]-)?[a-z][\w-]*[^s's]s)\s"
    r"(?!(?:in(?!\s+[A-Z])|of|within|from)\s)(?![^.;:]*\b(?:share|proportion|percentage)\s+of\b)"
    r"[^.;:]*$"
)
_RIDERSHIP_EN: Final = compiled(r"\bridership\b", re.IGNORECASE)
_TO_LEVEL: Final = compiled(
    r"(?:,\s*|\s)(?:to|hasta|a)\s+(?:(?:the|el|la|los|las|some|about|unos|unas)\s+)?"
    # ("climbed 4.1 percent from a year earlier to a record $426,900": the level reached)
    r"(?:(?:a\s+)?(?:new\s+)?(?:record|all-time)(?:\s+(?:high|low))?(?:\s+of)?\s+)?$",
    re.IGNORECASE,
)
_THE_UNIT_WORDS: Final = (
    "quarter",
    "half",
    "month",
    "period",
    "season",
    "winter",
    "summer",
    "spring",
    "autumn",
)  # (one is in every match of:)
_THE_UNIT: Final = compiled(
    r"\b(?:in|during|over|for)\s+the\s+(quarter|half|month|12-month\s+period|season|winter|"
    r"summer|spring|autumn)\b"
    r"(?!\s+(?:of|to|through|before|ended|ending)\b)",
    re.IGNORECASE,
)
_CHANGE_FROM: Final = compiled(
    r"\b(?:from|de|desde)\s+(?:(?:el|la|los|las|the)\s+)?$", re.IGNORECASE
)
_CHANGE_TO: Final = compiled(r"\s*(?:to|a|hasta)\s+(?:(?:el|la|los|las|the)\s+)?", re.IGNORECASE)
# 'fall in deposit rate' (and a place after it, 'in euro zone'): a change and its measure.
_CHANGE_OF_MEASURE_EN: Final = compiled(
    r"(?P<n>increase|fall|rise|cut|decline|drop|reduction|growth) in (?P<m>.+?)(?: in .+)?"
)


def _change_owned_by_level(
    sentence: _Sentence, resolved: list[_Resolved], made: list[Candidate]
) -> None:
    """Give a change the owner of the level it reached, when that level names one: "The
    European Central Bank cut its deposit rate by 25 basis points to 3.25 percent" -> 'fall in
    deposit rate of European Central Bank' (the level's subject), not 'fall in deposit rate in
    euro zone'."""
    text = sentence.text
    for index in range(len(made) - 1):
        change, level = resolved[index].figure, resolved[index + 1].figure
        here, there = made[index].subject, made[index + 1].subject
        if not (change.is_change and not level.is_change and here and there):
            continue
        if _CHANGE_TO.fullmatch(text, change.tail_end, level.value_start) is None:
            continue
        measured = _CHANGE_OF_MEASURE_EN.fullmatch(here)
        if measured is None:
            continue
        measure = measured.group("m").lower()
        if there.lower().startswith(f"{measure} of ") or (
            there.lower().endswith(f" {measure}") and "'s " in there
        ):
            made[index] = replace(made[index], subject=f"{measured.group('n')} in {there}")


# ("from 51.9 million in 2018 to 46.8 million"; "de 41,9 % en 2018 a 36,3 %")
_CHANGE_TO_DATED: Final = compiled(
    r"\s*(?:(?:in|en)\s+\S+\s+)?(?:to|a|hasta)\s+(?:(?:el|la|los|las|the)\s+)?", re.IGNORECASE
)


def _change_end(text: str, figures: list[Figure], index: int) -> str:
    """'from' or 'to' when a figure is one end of 'from X to Y' / 'de X a Y', else ''."""
    figure = figures[index]
    following = figures[index + 1] if index + 1 < len(figures) else None
    if (
        following is not None
        and _CHANGE_FROM.search(text, max(0, figure.value_start - 12), figure.value_start)
        and _CHANGE_TO.fullmatch(text, figure.tail_end, following.value_start)
    ):
        return "from"
    if index > 0:
        before = figures[index - 1]
        if _CHANGE_TO.fullmatch(text, before.tail_end, figure.value_start) and _CHANGE_FROM.search(
            text, max(0, before.value_start - 12), before.value_start
        ):
            return "to"
    return ""


def _change_ends_dated(
    sentence: _Sentence,
    index: int,
    previous: list[_Resolved],
    start: datetime.date | None,
    end: datetime.date | None,
) -> tuple[str, datetime.date, datetime.date] | None:
    """'crecieron un 12 % en 2023, al pasar de 1.500 millones a 1.680 millones', 'rose 12
    percent in 2023, from $1.5 billion to $1.68 billion': the levels a change over one
    calendar year ran between are of the year before and of that year (an end dated in its
    own words keeps its time)."""
    figures = sentence.figures
    text = sentence.text
    side = _change_end(text, figures, index)
    if (
        not side
        and index > 1
        and _CHANGE_TO_DATED.fullmatch(
            text, figures[index - 1].tail_end, figures[index].value_start
        )
        and _CHANGE_FROM.search(
            text, max(0, figures[index - 1].value_start - 12), figures[index - 1].value_start
        )
    ):
        side = "to"  # ('de 1.500 millones en 2022 a 1.680 millones')
    if not side:
        return None
    change_at = index - 1 if side == "from" else index - 2
    if change_at < 0 or not figures[change_at].is_change:
        return None
    change = next((r for r in reversed(previous) if r.figure is figures[change_at]), None)
    if change is None or change.period_start is None or not _whole_year(change):
        return None
    year = change.period_start.year
    figure = figures[index]
    if side == "from":
        following = figures[index + 1]
        if (start, end) != (change.period_start, change.period_end) or any(
            t.kind == "period" and figure.value_end <= t.start < following.value_start
            for t in sentence.times
        ):
            return None
        first, last = _year_span_of(year - 1)
        return "the year before the one the change ran to", first, last
    came_from = previous[-1]
    if (
        came_from.figure is not figures[index - 1]
        or came_from.period_start is None
        or came_from.period_start.year >= year
        or (start, end) != (came_from.period_start, came_from.period_end)
        or any(t.kind == "period" and t.start >= figure.value_end for t in sentence.times)
    ):
        return None
    return "the year the change ran to", change.period_start, change.period_end  # type: ignore[return-value]


# "al pasar de 1.647 millones a 4.547 millones", "pasó de 3.004 a 2.897": the level a change
# ran from, after the verb of passing.
_PASSED_FROM_ES: Final = compiled(
    r"\bpas(?:ar|ó|aron|ando|a|an)\s+de\s+(?:(?:el|la|los|las)\s+)?$", re.IGNORECASE
)
_PASSING_WORD_ES: Final = compiled(r"\bpas(?:ar|ó|aron|ando)\b", re.IGNORECASE)


def _passed_from_subjects_es(sentence: _Sentence, made: list[Candidate]) -> None:
    """'crecieron un 176 %, al pasar de 1.647 millones de dólares a 4.547 millones': the level
    the change ran from measures what the level it ran to measures (not 'al pasar')."""
    figures = sentence.figures
    text = sentence.text
    for index in range(len(made) - 1):
        figure = figures[index]
        here, there = made[index], made[index + 1]
        if (
            here.subject
            and there.subject
            and _PASSING_WORD_ES.search(here.subject)
            and not _PASSING_WORD_ES.search(there.subject)
            and here.unit == there.unit
            and _PASSED_FROM_ES.search(text, max(0, figure.value_start - 24), figure.value_start)
            # ('de 1.500 millones en 2022 a 1.680 millones': also with a time of its own)
            and _CHANGE_TO_DATED.fullmatch(text, figure.tail_end, figures[index + 1].value_start)
        ):
            made[index] = replace(here, subject=there.subject)


def _year_span_of(year: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def _whole_year(r: _Resolved) -> bool:
    """Whether a figure is dated by one calendar year."""
    first, last = r.period_start, r.period_end
    return (
        first is not None
        and last is not None
        and first.year == last.year
        and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
    )


def _from_end_before(to_end: _Resolved, previous: list[_Resolved]) -> _Resolved | None:
    """The figure a change ran from, when `to_end` is the level it ran to ('from 51.9
    million in 2018 to 46.8 million in 2022'), dated before it."""
    figures = to_end.sentence.figures
    if to_end.period_start is None or to_end.figure not in figures:
        return None
    index = figures.index(to_end.figure)
    text = to_end.sentence.text
    if index == 0:
        return None
    before = figures[index - 1]
    if not (
        _CHANGE_FROM.search(text, max(0, before.value_start - 12), before.value_start)
        and _CHANGE_TO_DATED.fullmatch(text, before.tail_end, to_end.figure.value_start)
    ):
        return None
    start = next((r for r in previous if r.figure is figures[index - 1]), None)
    if (
        start is None
        or start.period_start is None
        or start.period_end is None
        or start.period_end >= to_end.period_start
    ):
        return None
    return start


def _level_compared_with(r: _Resolved) -> bool:
    """Whether a figure is the level a change is measured from: 'down from 8.6% in 2022'."""
    expr = r.period
    if expr is None or expr.kind != "period":
        return False
    text = r.sentence.text
    return (
        _FROM_LEVEL_IN.search(text, max(0, expr.start - 40), expr.start) is not None
        or _THAN_TIME.search(text, max(0, expr.start - 30), expr.start) is not None
    )


_FIRST_MONTHS_NOTE: Final = compiled(r", its (?:first (\d+) months|months (\d+) to (\d+))")


def _twelve_months_end(t: TimeExpr) -> tuple[int, int]:
    """The month and day a fiscal year closes on, from a time that names one: its last day, or
    for a part of it ('the first 11 months of fiscal year 2025, which began July 1') the day
    before its first day comes round again."""
    if t.period_start is not None and " starting " in t.note:
        close = add_months(t.period_start, 12) - datetime.timedelta(days=1)
        return close.month, close.day
    end = t.period_end or datetime.date(2000, 12, 31)
    return end.month, end.day


def _put_as_baseline(r: _Resolved) -> bool:
    """Whether a figure is put up as what the one before it is compared with: 'a surplus of
    584.5 billion yen, compared with a deficit of 2.76 trillion yen in January'."""
    start = r.figure.value_start
    return _PUT_AS_BASELINE.search(r.sentence.text, max(0, start - 45), start) is not None


# "unos Q450 millones más que los fondos asignados este año", "$2 billion more than the
# amount approved last year": the time of what the figure is compared with, named after it.
_THAN_WHAT: Final = compiled(
    r"\s*(?:(?:más|menos|mayor(?:es)?|menor(?:es)?)\s+(?:de\s+lo\s+)?que|(?:more|less|fewer|"
    r"higher|lower|greater)\s+than)\s+(?:l[oa]s?|el|the)\s+[^\W\d_][^\d,;.]{0,40}?\s+"
    r"(?:(?:en|in|de|del|of|during|durante)\s+)?",
    re.IGNORECASE,
)


def _than_what_time(text: str, figure: Figure, expr: TimeExpr) -> bool:
    """Whether a time after a figure dates what the figure is compared with."""
    return (
        figure.tail_end <= expr.start - 12
        and expr.start - figure.tail_end <= 70
        and _THAN_WHAT.fullmatch(text, figure.tail_end, expr.start) is not None
    )


def _is_baseline_time(text: str, expr: TimeExpr) -> bool:
    """'more than this year', 'que en 2021': the time a change is measured from."""
    if (
        text.endswith("the ", 0, expr.start)
        and _LEVEL_AFTER.match(text, expr.end)
        and _MULTIPLE_THE.search(text, max(0, expr.start - 24), expr.start)
    ):
        # "2.4 million last year, about half the 2019 level": the level compared with
        return True
    window = text[max(0, expr.start - 40) : expr.start]
    if ("below" in window or "above" in window) and (
        _BELOW_LEVEL_OF.search(window)
        or (_BELOW_THE.search(window) and _LEVEL_AFTER.match(text, expr.end))
    ):
        # "still about 20 percent below the level of 2019", "10% above 2019 levels": the
        # level compared with, not the figure's time
        return True
    if ("encima" in window or "debajo" in window) and _BELOW_LEVEL_OF_ES.search(window):
        # "un 5 % por encima del total de 2022", "por debajo de los niveles de 2019": the level
        # compared with
        return True
    if _YEAR_TEXT.match(expr.text) and _CHANGE_ON.search(text, max(0, expr.start - 50), expr.start):
        # "up 8 per cent on 2013", "down 3% on last year": the year a change is measured from
        # (a day after "on" is when it happened: "shares fell 3 percent on Monday")
        return True
    found = _BASELINE_BEFORE.search(text, max(0, expr.start - 30), expr.start)
    if (
        found is not None
        and found.group()[:3].lower() == "que"
        and _SAID_THAT_ES.search(text, max(0, found.start() - 16), found.start()) is not None
    ):
        # "El SESNSP informó que entre enero y agosto se registraron ...": the 'que' of a verb
        # of saying opens what was said; it compares nothing.
        return False
    if (
        found is not None
        and _SPAN_OVER.match(found.group())
        # ("occupancy of 83% over the Easter holidays": the days of a holiday, not a baseline)
        and (_SPAN_TEXT.match(expr.text) or "holiday '" in expr.note)
        and not (
            _OF_A_YEAR.search(expr.text)
            and _CHANGE_NOUN_OVER.search(text, max(0, expr.start - 40), expr.start)
        )
    ):
        # "rose 23 percent over the past 12 months": a span of several units, not a baseline
        # ("rose 5 percent over last year" still compares, and so does "a 30% increase over
        # the first five months of 2024": a change noun, and the span of a given year).
        return False
    # "Over the first nine months of 2024, growth averaged 1.4 percent": a span, not a baseline;
    # but "Compared with June 2023, exports were down 4.4%" compares wherever it stands.
    return found is not None and (
        bool(text[: found.start()].strip(" \"“'‘(-"))
        or _COMPARED_OPENING.match(found.group()) is not None
    )


# "half the 2019 level", "twice the 2022 figure", "a third of the 2010 peak"
_MULTIPLE_THE: Final = compiled(
    r"\b(?:half|twice|double|triple|times|thirds?|quarters?|fifths?)\s+(?:of\s+)?the\s+$",
    re.IGNORECASE,
)
_BELOW_LEVEL_OF: Final = compiled(
    r"\b(?:below|above)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?levels?\s+(?:of|in)\s+$"
)
_BELOW_THE: Final = compiled(r"\b(?:below|above)\s+(?:(?:the|its|their)\s+)?$")
_BELOW_LEVEL_OF_ES: Final = compiled(
    r"\bpor\s+(?:encima|debajo)\s+(?:del?|de\s+(?:la|los|las))\s+(?:(?:total|nivel|niveles|"
    r"cifra|monto|registro|registrado|promedio)\s+(?:de|del|en)\s+)?(?:(?:el|la)\s+)?$",
    re.IGNORECASE,
)
_LEVEL_AFTER: Final = compiled(
    r"['’]?s?\s+(?:levels?|figures?|totals?|peak|mark|average|record|high|low)\b", re.IGNORECASE
)
_COMPARED_OPENING: Final = compiled(
    r"(?:compared|comparado|comparada|frente|respecto|en\s+comparación)\b", re.IGNORECASE
)


_SPAN_OVER: Final = compiled(r"over\b", re.IGNORECASE)
_OF_A_YEAR: Final = compiled(
    r"\bof\s+(?:(?:19|20)\d\d|last\s+year|the\s+previous\s+year)\b", re.IGNORECASE
)
_CHANGE_NOUN_OVER: Final = compiled(
    r"\b(?:increase|rise|decrease|decline|drop|fall|jump|gain|growth|reduction)\s+over\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# A change, then "on" right before the time it is measured from ("up 8 per cent on 2013").
_CHANGE_ON: Final = EndWord(
    compiled(
        r"\b(?:up|down|rose|fell|grew|increased|decreased|declined|dropped|rise|fall|increase|"
        r"decrease|decline|drop|growth|gain|higher|lower|more|less|fewer)\b[^,;.]{0,30}?\s+on\s+"
        r"(?:the\s+)?$",
        re.IGNORECASE,
    ),
    ("on", "the"),
    None,
)
# A year or a year back, as the baseline of a change is said after "on".
_YEAR_TEXT: Final = compiled(
    r"(?:(?:19|20)\d\d|last\s+year|(?:the\s+)?(?:previous|prior)\s+year|(?:the\s+)?year\s+"
    r"before|a\s+year\s+(?:earlier|ago|before))$",
    re.IGNORECASE,
)
# "reached $2.4 billion, up 8% from 2013": a time right after a change dates that change's
# baseline, not the level before it.
_CHANGE_BASELINE_AFTER: Final = EndWord(
    compiled(
        r"\b(?:up|down)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|"
        r"more\s+than\s+)?[$€£]?\d[\d,.]*\s*(?:%|percent|per\s+cent|percentage\s+points?|"
        r"points?|million|billion)?\s+(?:from|on|over|compared\s+(?:with|to))\s+(?:the\s+)?$",
        re.IGNORECASE,
    ),
    ("from", "on", "over", "with", "to", "the"),
    None,
)
_SPAN_TEXT: Final = compiled(
    r"(?:the\s+)?(?:past|last|first)\s+(?:[\w-]+\s+)?(?:months|years|weeks|days|decades|quarters)\b"
    # ("rose 62 percent over the past decade": one decade is a span of ten years too)
    r"|(?:the\s+)?(?:past|last)\s+decade\b"
    # ("rose 40 percent over the five years through 2022", "over the year to March": a window
    # that ends at a time it names)
    r"|(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:decade|years?|months?|weeks?|quarters?)\s+(?:to|through|"
    r"ending|ended|until)\b",
    re.IGNORECASE,
)


_FROM_DIGIT: Final = compiled(r"\bfrom\s+\D{0,4}\d")


# "bringing the total for the year to", "bringing the year's total to", "bringing its annual
# tally to": a running total of the year
_YEAR_TOTAL_LEAD: Final = compiled(
    r"\bbringing\s+(?:the|its|their|this)\s+(?:(?:year|year-to-date)['’]s\s+(?:\w+\s+)?"
    r"(?:total|tally|count|sum)|(?:annual|year-to-date)\s+(?:\w+\s+)?(?:total|tally|count|sum)|"
    r"(?:\w+\s+)?(?:total|tally|count|sum)\s+for\s+the\s+year)\s+to\s+(?:about\s+|some\s+|"
    r"nearly\s+|almost\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)
_PAST_STILL: Final = compiled(r"\b(?:were|was)\s+still\b", re.IGNORECASE)
# A participle right before a day, what the people counted underwent then ("elected on",
# "electos el"), and words of a state that lasts to now, which keep a present undated.
_PARTICIPLE_DAY: Final = {
    "en": compiled(r"\b[a-z]{3,}(?:ed|en)\s+(?:on\s+|last\s+)?$", re.IGNORECASE),
    "es": compiled(
        r"\b[^\W\d_]{2,}(?:ados|adas|idos|idas|tos|tas|sos|sas|chos|chas)\s+(?:el|este|del)\s+$",
        re.IGNORECASE,
    ),
}
# The authorities' answer to an event, in the perfect ('has sent', 'has pledged', 'have set
# aside', 'has signed contracts to rent'): what they put up, no total of the event.
_RESPONSE_PERFECT: Final = {
    "en": compiled(
        r"\b(?:has|have)\s+(?:also\s+|already\s+)?(?:sent|pledged|set\s+aside|allocated|"
        r"earmarked|signed|added|set\s+up|deployed|donated|promised|committed|approved|rented|"
        r"installed|dispatched|mobilized|mobilised)\b"
    ),
    "es": compiled(
        r"\b(?:ha|han)\s+(?:también\s+|ya\s+)?(?:destinado|enviado|asignado|desembolsado|"
        r"habilitado|instalado|donado|comprometido|aprobado|desplegado|movilizado|prometido)\b"
    ),
}
# A change decided for later: "to raise council tax by", "a law that raises the minimum wage by"
_RAISE_AHEAD_EN: Final = compiled(
    r"\b(?:to\s+(?:raise|cut|increase|lower|reduce|hike)|raises|cuts|increases|lowers|reduces|"
    r"will\s+(?:raise|cut|increase|lower|reduce|rise|fall))\b[^.;]*$"
)
_STILL_NOW: Final = compiled(
    r"\b(?:still|remain|remains|siguen?|permanecen?|todav[ií]a|a[uú]n)\b", re.IGNORECASE
)
_WERE_IN_AFTER: Final = compiled(
    r"\s*(?:(?:people|persons|residents|families)\s+)?(?:were|was)\s+(?:still\s+)?"
    r"(?:in|at|without|living\s+in|staying\s+in|sheltering\s+in)\b",
    re.IGNORECASE,
)
_ALONE_AFTER: Final = compiled(r"\s+alone\b", re.IGNORECASE)
_IN_BEFORE_TIME: Final = compiled(r"\b(?:in|during)\s+$", re.IGNORECASE)
# What leads an amount or a count that is a change: 'up $138 billion', 'an increase of 4,100'.
_AMOUNT_CHANGE_LEAD: Final = EndWord(
    compiled(
        r"(?:(?<!\bmade\s)\b(?:up|down|by)|\b(?:an?\s+)?(?:increase|decrease|rise|fall|drop|"
        r"decline|jump|gain|loss|cut|reduction)\s+of)\s+$",
        re.IGNORECASE,
    ),
    ("up", "down", "by", "of"),
)
# "the 1,530 cases reported in the same period of 2024", "1,200 were detained during the same
# period last year": a participle that only says how the figure was counted, before its time.
_COUNTED_BEFORE_TIME: Final = compiled(
    r"\s+(?:(?:that|which)\s+)?(?:(?:were|was|had\s+been)\s+)?"
    r"[a-z]{3,}ed\s+(?:in|during|over|for)\s+"
)


_MONTH_ON_MONTH: Final = (
    "month-on-month",
    "month on month",
    "month-over-month",
    "month over month",
)
# "Monthly inflation was 1.6%" after "prices rose 39.4% in the year to June": a change over one
# month (not "the average monthly wage", a level over the whole period).
_MONTHLY_CHANGE: Final = compiled(
    r"\bmonthly\s+(?:inflation|prices?|increase|rise|gain|growth|change|decline|drop|fall)\b",
    re.IGNORECASE,
)


_FROM_JUST_BEFORE: Final = compiled(r"\s+from\s+$", re.IGNORECASE)
# ("Prices have risen 5% from May": since May, a span up to now)
_HAVE_BEFORE_EN: Final = compiled(r"\b(?:has|have|had)\b", re.IGNORECASE)


def _month_compared_from(
    text: str, times: list[TimeExpr], figure: Figure, pub: datetime.date | None
) -> TimeExpr | None:
    """The single month a change right before it is measured from ('fell 0.2% from May'),
    when the sentence names no other period and the month after it has ended by publication."""
    periods = [t for t in times if t.kind == "period"]
    if len(periods) != 1 or pub is None:
        return None
    month = periods[0]
    first, last = month.period_start, month.period_end
    if first is not None and last is None and month.note.startswith("from '"):
        last = _last_of_month(first)  # ("from 'May'": read as where a span opens)
    if (
        first is None
        or last is None
        or _HAVE_BEFORE_EN.search(text, 0, figure.value_start)
        or month.start < figure.value_end
        or month.start - figure.tail_end > 12
        or first.day != 1
        or last != _last_of_month(first)
        or not _FROM_JUST_BEFORE.search(text, figure.tail_end, month.start)
    ):
        return None
    return month if _last_of_month(add_months(first, 1)) < pub else None


def _month_on_month(text: str, times: list[TimeExpr], figure: Figure) -> bool:
    """Whether a change is measured against the month before: 'from the previous month', 'a
    month earlier' after the figure, or 'month-on-month'."""
    if any(
        t.kind == "relative" and t.note == "-1 month" and t.start >= figure.value_end for t in times
    ):
        return True
    lowered = text.lower() if "onth" in text else ""
    return any(word in lowered for word in _MONTH_ON_MONTH) or (
        "monthly" in lowered and _MONTHLY_CHANGE.search(text) is not None
    )


def _relative_after(text: str, figure: Figure, times: list[TimeExpr]) -> TimeExpr | None:
    """'2,100 a week earlier': a time relative to another one, right after the figure."""
    for expr in times:
        if (
            expr.kind == "relative"
            and (
                0 <= expr.start - figure.tail_end <= 12
                or (
                    0 < expr.start - figure.tail_end <= 36
                    and _COUNTED_BEFORE_TIME.fullmatch(text, figure.tail_end, expr.start)
                    is not None
                )
            )
            and ";" not in text[figure.tail_end : expr.start]
            # ("fell to 5.7% from 5.8% a month earlier": the figure between is the one it dates)
            and not _FROM_DIGIT.search(text, figure.tail_end, expr.start)
            # ("era de 2.922.991 personas, y al año siguiente, de 2.739.110": a time later on
            # opens the next clause, the next figure's; so does one before, when a figure
            # follows it: "En septiembre fueron 12.300, y el mes anterior, 11.800")
            and not (
                (expr.note.startswith("+") or _FIGURE_NEXT.match(text, expr.end) is not None)
                and _AND_OPENS_NEXT.search(text, figure.tail_end, expr.start) is not None
            )
        ):
            return expr
    return None


_AND_OPENS_NEXT: Final = compiled(r"[\s,]\s*(?:y|e|and)\s+$", re.IGNORECASE)
_FIGURE_NEXT: Final = compiled(r"\s*,?\s*(?:(?:de|of|some|about|unos|unas)\s+)?[$€£₡Q]?\d")


_RESTATING: Final = compiled(
    r"[\s,]*(?:(?:in|en|during|durante|by|para|a|an|one|un)\s*)?[\s,]*(?:earlier|antes)?[\s,]*"
    r"(?:(?:la|esa|dicha|esta)\s+(?:cifra|tasa|suma|cantidad)|(?:el|ese|dicho)\s+(?:total|"
    r"número|monto|índice)|(?:the|that)\s+(?:figure|total|number|rate|count|tally)|it)?\s*"
    r"(?:había\s+sido|habían\s+sido|ha\s+sido|fue|era|fueron|eran|was|were|had\s+been|"
    r"stood\s+at|came\s+to)\s+(?:de\s+|of\s+|at\s+)?",
    re.IGNORECASE,
)
_COORDINATED: Final = compiled(
    r"[\s,]*(?:(?:in|en|for|para|during|durante)\s*)?[\s,]*(?:and|y|e)\s+"
    r"(?:(?:the|el|la|un|una|another|otro|otra)\s+)?",
    re.IGNORECASE,
)
# The last word before a figure that restates the one before: a copula with its preposition,
# a conjunction, a comparison, or an article or hedge after one of them.
_RESTATE_TAIL: Final = CaseBlind(
    r"\b(?:de|del|of|at|was|were|been|fue|fueron|era|eran|sido|and|y|e|a|from|versus|vs\.?|the|el|la|"
    r"los|las|un|una|unos|unas|another|otro|otra|some|about|to)\s+$"
)
_COMPARED_LEAD: Final = compiled(
    r"(?:frente\s+a|compared\s+(?:with|to)|up\s+from|down\s+from|versus|vs\.?)\s+"
    r"(?:(?:los|las|el|la|the|unos|unas|some|about)\s+)?$",
    re.IGNORECASE,
)
_NOTHING_AFTER: Final = compiled(
    r"[\s,.;:]*(?:(?:in|en|for|para|during|durante|respectively|respectivamente)[\s,.;:]*)*",
    re.IGNORECASE,
)
# "since protests against the government began", "since the storm hit": the event a running
# total counts from, left in a subject when its date was taken out as the period.
_SINCE_EVENT_EN: Final = compiled(
    r"\s+since\s+(?!\d)(?P<event>[^,;]{1,80}?)\s(?:(?:began|begun|started)(?:\s+[a-z]+ing)?|hit|struck|"
    r"erupted|broke\s+out|took\s+(?:office|effect|power)|"
    r"came\s+(?:to\s+power|into\s+(?:force|effect))|went\s+into\s+effect|made\s+landfall|"
    r"was\s+(?:declared|imposed|launched))\b"
)
# "production of about 11 million bags": a measure named right before the count it is 'of'.
_MEASURE_OF_EN: Final = compiled(
    r"\b(?P<m>production|output|exports|imports|shipments|sales|harvest|consumption)\s+of\s+$",
    re.IGNORECASE,
)
# "The state recorded ...", "the region's homicide rate": a place named before, pointed at.
# (not "the city": the city named last is often one compared with, "higher than New York's")
_TOLL_OPENING_EN: Final = compiled(
    r"[\s\"“]*(?:The|the)\s+(?:death\s+)?toll\s+(?:stood\s+at|rose\s+to|climbed\s+to|reached|"
    r"was|is|hit|has\s+risen\s+to|had\s+risen\s+to)\s"
)
# "the municipal elections", "Sunday's presidential election": an election of a kind, named.
_ELECTIONS_NAMED_EN: Final = compiled(
    r"\b(presidential|general|legislative|parliamentary|congressional|midterm|municipal|"
    r"regional|local|state)\s+elections?\b",
    re.IGNORECASE,
)
_STRANDED_MAGNITUDE: Final = compiled(r"\bmagnitude\s+(?=(?:earth)?quakes?\b|tremors?\b)")
# "arrive in the city each day": the city named just before (not "the city of X", nor the
# city's council or government, a body)
_CITY_POINTER_EN: Final = compiled(
    r"\bthe\s+city\b(?!\s+(?:of|council|hall|commission|government|police|authorities)\b|['’]s)"
)
_COUNTRY_POINTER_EN: Final = compiled(r"\b[Tt]he\s+(?:country|nation)(?:['’]s)?\b(?!\s+of\b)")
_POINTER_EN: Final = compiled(r"\b[Tt]he\s+(?:state|region|department|province)(?!\s+of\b)\b")
# "growth of number of inmates": the plural whose number a change is of.
_NUMBER_OF_PLURAL: Final = compiled(r"\bnumber\s+of\s+([a-z]{3,}s)\b")
# "regional growth", "the regional average": of the region of several countries named before.
_REGIONAL_EN: Final = compiled(
    r"\b[Rr]egional\s+(?!(?:government|governor|elections?|office|"
    r"director|council|assembly|authorities|hospital)\b)[a-z]"
)
_SENT_TO_POINTER_EN: Final = compiled(
    r"\b(?:sent|deployed|dispatched|moved)\s+(?:in)?to\s+the\s+(?:state|region|department|"
    r"province)\b(?!\s+of\b)"
)


def _short_event(match: re.Match[str]) -> str:
    """' since the volcano' for ' since the volcano began erupting' (a short event names what the
    count is about); nothing for a long one ('since protests against President Daniel Ortega's
    government began'), which would outweigh what was counted."""
    event = match.group("event")
    return f" since {event}" if len(event.split()) <= 3 else ""


# "a rise of about", "an increase of": a change noun right before the amount it is of.
_CHANGE_NOUN_OF: Final = compiled(
    r"\b(?:rise|increase|fall|drop|decline|cut|reduction|decrease|jump|gain)\s+of\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just\s+over|less\s+than)\s+)?$"
)
_CHANGE_START: Final = compiled(
    r"(?:The|This|That|La|El|Esta|Este|Esa|Ese|Dicha|Dicho)\s+(?:decline|increase|rise|drop|fall|"
    r"reduction|decrease|growth|disminución|aumento|caída|reducción|incremento|alza|baja|"
    r"descenso|crecimiento)\b"
)
_DIFFERENCE: Final = compiled(
    r"\s*(?:(?:más|menos|more|less|fewer|higher|lower|mayor|menor)\s+(?:que|than)|"
    r"respecto\s+(?:a|al|de)|compared\s+(?:with|to)|frente\s+a|en\s+comparación\s+con|"
    r"above|below|(?:up|down)\s+on|(?:por\s+)?(?:encima|debajo)\s+(?:de|del))\b",
    re.IGNORECASE,
)
_GENERIC_CASES_ES: Final = frozenset(("casos", "hechos", "registros", "eventos", "incidentes"))
_GAPPED_PLACES_AFTER_ES: Final = compiled(r"\s+(?:y|e)\s+[A-ZÁÉÍÓÚ][^,;:]{1,40},\s*\d")
_PARTICIPLE_EN: Final = compiled(r"[a-z]{2,}ed|held|taken|hurt|shot|caught|seen|kept")
# "... accounted for about 2,500 of them.": the clause ends on them ("2,500 of them were
# pedestrians" says what they were).
# "compared with 5.1 for white infants": the figure of another group, at the same time.
# 'en Escuintla', 'de su rival', 'de la media nacional' after a Spanish compared figure
_GROUP_COMPARED_AFTER_ES: Final = compiled(r"(?:\s*%)?[^\S\n]+(?:en|de|del|entre)[^\S\n]+")
_GROUP_COMPARED_AFTER: Final = compiled(
    r"[^\S\n]+(?:\w+[^\S\n]+)?(?:for|among)[^\S\n]+(?!the\s+same\b)"
)
# "The total compares with ...", "That figure was ...": a sentence about the total before.
_THE_TOTAL_EN: Final = compiled(r"\s*(?:The|That|This)\s+(?:total|figure|tally|count)\b")
# "The total included 880 million adults and 159 million children": the parts of a total.
_TOTAL_INCLUDED_EN: Final = compiled(
    r"\s*(?:The|That|This)\s+(?:total|figure|tally|count|number)\s+(?:included|includes|"
    r"comprised|comprises|was\s+made\s+up\s+of|is\s+made\s+up\s+of)\b"
)
_PART_OF_EN: Final = compiled(r"\s+of\s+(?:them|those|these)\b", re.IGNORECASE)
_OF_THEM_EN: Final = compiled(r"\s+of\s+them\s*(?:[.,;]|$)")
_OF_THESE: Final = compiled(
    r"\s+(?:de\s+(?:esos|esas|estos|estas|dichos|dichas)|of\s+(?:those|these|the))\s+"
    r"(?P<n>[^\W\d_]{3,})",
    re.IGNORECASE,
)
# A situation told in the past of reported speech: "said 12,400 were staying in shelters".
_REPORTED_STATE: Final = compiled(r"\b(?:were|was)\s+(?:staying|sheltering|without)\b")
# "In Santa Cruz alone, ...", "Solo en Santa Cruz ...": a part of what was just counted.
# "De los fallecidos, ...", "De ellos, ...": a sentence that opens on the part of a count.
_PARTITIVE_OPENING_ES: Final = compiled(
    r"[\s\"“]*De\s+(?:ellos|ellas|esos|esas|estos|estas|los|las)\b[^,.;]{0,40},"
)
# "La terminal tiene ...", "El hospital dispone de ...": a sentence that opens on the facility
# the text is about.
_FACILITY_OPENING_ES: Final = compiled(
    r"[\s\"“]*(?:La|El)\s+(?:terminal|puerto|aeropuerto|hospital|penal|cárcel|planta|represa|"
    r"mina|reserva)\b"
)
_PART_START: Final = compiled(
    r"(?:(?:Only|Just)\s+in\s+[A-Z]|In\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+alone\b|"
    r"(?:Solo|Sólo|Solamente|Únicamente)\s+en\s+(?:el\s+|la\s+)?[A-ZÁÉÍÓÚ])"
)
_MONTH_NAME: Final = compiled(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|"
    r"julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)",
    re.IGNORECASE,
)
_BUDGET_OF: Final = compiled(
    r"\b(?:budget|presupuesto)\s+(?:de|del|para|for|of)\s+(?:el\s+|the\s+)?$", re.IGNORECASE
)
_OF_THE_NOUN: Final = compiled(
    r"\s*(?:%|percent|per\s+cent)?\s+of\s+the\s+(?:[\w-]+\s+){0,2}?([a-z]+s|children|people|women|men)\b"
    r"(?![\s-]*(?:of|in)\b)"
)
_OF_THE_OPENING: Final = compiled(
    r"[\s“\"']*(?:Of|Among)\s+(?:the|those|these)\s+([a-z]+s|children|people|women|men)\s*,"
)
# "of the deceased", "of the dead", "of the wounded": the people a casualty count counted, by the
# adjective that names them; and the count nouns that count the same dead or wounded.
_OF_THE_DEAD: Final = compiled(r"\s+of\s+the\s+(dead|deceased|injured|wounded)\b", re.IGNORECASE)
_DEATH_HEADS: Final = frozenset(("deaths", "dead", "fatalities", "bodies"))
_WOUNDED_HEADS: Final = frozenset(("injured", "wounded", "injuries"))
_KILLING_HEADS: Final = frozenset(("homicides", "killings", "murders", "victims", "deaths"))
_SAME_COUNTED: Final = {
    "dead": _DEATH_HEADS,
    "deceased": _DEATH_HEADS,
    "deaths": _DEATH_HEADS,
    "fatalities": _DEATH_HEADS,
    "injured": _WOUNDED_HEADS,
    "wounded": _WOUNDED_HEADS,
    "injuries": _WOUNDED_HEADS,
    # ('More than a third of the victims' after '2,452 of the deaths': the dead counted before)
    "victims": _DEATH_HEADS | frozenset(("victims", "homicides", "killings", "murders")),
    # ('Eight of the patients' after 'has treated 43 people': the people treated before)
    "patients": frozenset(("patients", "people", "persons", "cases")),
    # ('About 70% of the killings' after '738 homicides': the same dead, by another name)
    "killings": _KILLING_HEADS,
    "homicides": _KILLING_HEADS,
    "murders": _KILLING_HEADS,
    # ('Nearly half of the new registrants' after 'About 211,000 people registered')
    "registrants": frozenset(("registrants", "people", "persons")),
}
# "el 70 % de los casos", "dos tercios de las víctimas": a share of a plural counted before.
_OF_THE_NOUN_ES: Final = compiled(
    r"\s*(?:%|por\s+ciento)?\s+de\s+(?:los|las)\s+([^\W\d_]+s)\b(?!\s+(?:de|del)\b)", re.IGNORECASE
)
_KILLING_HEADS_ES: Final = frozenset(
    ("homicidios", "asesinatos", "muertes", "víctimas", "crímenes")
)
_SAME_COUNTED_ES: Final = {
    "homicidios": _KILLING_HEADS_ES,
    "asesinatos": _KILLING_HEADS_ES,
    "víctimas": _KILLING_HEADS_ES,
    "muertes": _KILLING_HEADS_ES,
}
_BUDGET_SUBJECT: Final = compiled(
    r"(?:The|This|Its|El|Este|Su)\s+(?:\w+\s+){0,2}?(?:budget|presupuesto)\b"
)
_BUDGET_SHARE: Final = compiled(r"\b(?:budget|presupuesto)$", re.IGNORECASE)
_BUDGET_BEFORE: Final = compiled(r"\b(?:budget|presupuesto)\s+(?:of|de)\s+$", re.IGNORECASE)
_FOR_BEFORE: Final = compiled(r"\b(?:for|para)\s+(?:el\s+)?$", re.IGNORECASE)
_BUDGET_AFTER: Final = compiled(
    # ("a 2025 spending budget of 9.3 trillion pesos")
    r"\s+(?:(?:spending|federal|national|state|general)\s+)?(?:budget|spending\s+plan|"
    r"fiscal\s+year|presupuesto)\b",
    re.IGNORECASE,
)
_NUMBERED_EN: Final = compiled(
    # (the noun opens its clause: not 'Patients waiting for surgery at hospitals numbered')
    r"(?:^|[,;]\s+|\b(?:while|whereas|and)\s+)(?:[Tt]he\s+)?(?P<n>[A-Za-z][a-z-]{2,}s)\s+numbered\s+(?:(?:about|nearly|almost|some|roughly|around|"
    r"more\s+than|over|at\s+least|an\s+estimated)\s+)?$"
)
_NUMBER_OF: Final = compiled(
    r"\b(?:(?:total\s+)?number|tally|count|backlog|número(?:\s+total)?|cifra|cantidad|total)\s+(?:of|de)\s+"
    r"(?P<rest>[^,;:()]{3,90})$",
    re.IGNORECASE,
)
# ', to 310,000' after a change: the level a number came to.
_TO_LEVEL_AFTER_CHANGE: Final = compiled(
    r"\s(?:by|en|un|una|el)\s[^,;:()]{0,30}(?:percent|%|por\s+ciento|points|puntos)"
    r",\s+(?:to|a|hasta)\s+$"
    # ("the number of murders fell 60 percent last year, to 97": the change right after its
    # verb, and its time, before the level)
    r"|\s(?:fell|rose|dropped|declined|jumped|climbed|grew|increased|decreased|plunged|"
    r"soared)\s+(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?\d[\d.,]*\s*"
    r"(?:percent|%)(?:\s+(?:last|this)\s+(?:year|month)|\s+in\s+\d{4})?,\s+to\s+$",
    re.IGNORECASE,
)
# (and adjectives that name people: 'the number of unemployed fell by 97,000')
_IRREGULAR_PLURALS_EN: Final = word_set(
    "people children men women unemployed homeless displaced injured wounded elderly uninsured"
)
# What stands between a reporting verb and the clause it reports: "reporters on Monday that",
# "at the president's morning news conference that".
_FRAME_TO_THAT: Final = compiled(r"[^\d,;.:\"“”()]{0,80}?\bthat\b")
# How a source set off by commas opens ('según el OJ', 'according to the agency').
_ASIDE_SOURCE_LEADS: Final = ("según", "de acuerdo con", "according to")
# A relative clause or a source set off by commas inside a sentence.
_NUMBER_ASIDE: Final = compiled(
    r",\s+(?:que|quienes?|según|de\s+acuerdo\s+con|which|who|according\s+to)\s[^,;:]{3,120},",
    re.IGNORECASE,
)
_NUMBER_OF_STOP: Final = word_set(
    "in at across during for from since on by to en durante para desde por a al que that which "
    "who was were is are has have had fue fueron es son era eran ha han había habían "
    # (short verbs _VERB_END leaves alone: 'the number of migrants fell by 97,000')
    "fell rose grew hit sank rises falls grows hits stood stands came went bajó subió cayó"
    # (and the present of the Spanish verbs a level comes to: 'la cifra de fallecidos llega a')
    " llega llegan asciende ascienden sube suben alcanza alcanzan suma suman supera superan"
    # ('the number of children and adolescents aged 5 to 17': the ages say which ones)
    " aged"
)
_VERB_END: Final = compiled(
    r"(?:ó|aron|ieron|ía|ían|aba|aban|ará|arán|ed|ose|ell|ew|ached|opped)$", re.IGNORECASE
)


# '<noun> tally/count/total ... was': what is counted, named by the noun before the tally.
_NOUN_TALLY_EN: Final = compiled(
    r"\b(?P<n>[a-z]{3,})\s+(?:tally|count|total)\b(?:\s+(?:for|in|of|over|during)\s+[^,;:.]{1,60}?)?"
    r"\s+(?:was|is|stood\s+at|reached|rose\s+to|fell\s+to|climbed\s+to|dropped\s+to|hit|"
    r"came\s+to|totaled|totalled)\s+(?:(?:about|nearly|almost|some|roughly|around|more\s+than|"
    r"over|at\s+least)\s+)?$"
)
_NOT_TALLIED_EN: Final = word_set(
    "the a an this that its their his her our grand overall running official final annual "
    "monthly weekly daily new previous total combined"
)


def _number_of(text: str, value_start: int) -> str:
    """'la cifra de viviendas dañadas ascendía a 2.300' -> 'viviendas dañadas'."""
    found = _NUMBER_OF.search(text, max(0, value_start - 100), value_start)
    if found is None and ", " in text[max(0, value_start - 200) : value_start]:
        # "La cifra de hectáreas afectadas, que se actualiza cada semana, llegó a 61.200", "El
        # número de expedientes ..., según el informe anual del OJ, fue de 412.380": the
        # number read past an aside between commas.
        plain = _NUMBER_ASIDE.sub("", text[max(0, value_start - 200) : value_start])
        found = _NUMBER_OF.search(plain, max(0, len(plain) - 100))
    if found is None:
        level = _TO_LEVEL_AFTER_CHANGE.search(text, max(0, value_start - 50), value_start)
        if level is None:
            return ""
        # "the number of students ... grew by 40 percent, to 310,000": the level the number
        # came to.
        found = _NUMBER_OF.search(text, max(0, level.start() - 100), level.start())
        if found is None:
            return ""
    kept: list[str] = []
    for word in found.group("rest").split():
        lower = word.lower()
        if lower in _NUMBER_OF_STOP or (kept and _VERB_END.search(lower) and len(lower) > 4):
            break
        if word[:1].isupper() or any(ch.isdigit() for ch in word):
            break
        if kept and lower.endswith("ing") and len(lower) > 5:
            break  # ('the number of people crossing the Darién Gap': people)
        if kept and lower in _IRREGULAR_PARTICIPLES_EN:
            break  # ('the number of people held in U.S. prisons': people)
        kept.append(lower)
        if len(kept) == 4:
            break
    irregular = (
        bool(kept)
        and kept[0] in _IRREGULAR_PLURALS_EN
        # ('the number of people forcibly displaced': a clause the subject rules read whole)
        and not (len(kept) > 1 and kept[1].endswith(("ly", "ed")))
    )
    if (
        len(kept) > 1
        and kept[0] in ("people", "children", "men", "women")
        and kept[1].endswith(("ly", "ed"))
    ):
        # ('the number of people forcibly displaced reached 120 million': people, the clause
        # after them says which)
        return kept[0]
    # ('the number of registered voters', 'employed people': an adjective, then the noun)
    described = len(kept) > 1 and (kept[1].endswith("s") or kept[1] in _IRREGULAR_PLURALS_EN)
    if not kept or not (kept[0].endswith("s") or irregular or described) or len(kept[0]) < 3:
        return ""  # a plural count noun, not "the number of the dead" cut short
    if kept[-1] in ("de", "of", "del", "the", "la", "el", "los", "las"):
        kept.pop()
    return " ".join(kept)


_YEAR: Final = compiled(r"\b(?:19|20)\d\d\b")
# An aside that ranks a figure among others ('one of the highest rates in Latin America', 'la
# más baja de Centroamérica'); the comma it opens with lets the engine skip to each comma.
_RANKED_AMONG: Final = {
    "en": compiled(
        r",\s+(?:(?:one|some)\s+of\s+|among\s+)?the\s+(?:(?:second|third|fourth|fifth)[\s-]+)?"
        r"(?:highest|lowest|largest|smallest|worst|best|biggest|most|least)\b"
        # (or that compares it with other places: 'still well below Honduras or El Salvador',
        # 'higher than Mexico's')
        r"|,\s+(?:(?:still|well|far|much|slightly|just)\s+)*(?:below|above|behind|ahead\s+of|"
        r"(?:higher|lower|more|less)\s+than)\s+(?:that\s+of\s+|those\s+of\s+)?(?=[A-Z])"
    ),
    "es": compiled(
        r",\s+(?:(?:una?|uno)\s+de\s+|entre\s+)?(?:las?|los?|el)\s+(?:\w+\s+)?"
        r"(?:más|menos|mayor|mayores|menor|menores|peor|peores|mejor|mejores)\b"
    ),
}


def _ranked_asides(text: str, lang: str) -> list[tuple[int, int]]:
    """Where asides that rank a figure among others run ('one of the highest rates in Latin
    America'): each from its comma to the next one."""
    spans = []
    for ranked in _RANKED_AMONG["es" if lang == "es" else "en"].finditer(text):
        close = text.find(",", ranked.end())
        spans.append((ranked.start(), len(text) if close == -1 else close))
    return spans


# A count restated with its article: 'De los 42.716 retornados'.
_RESTATED_LEAD: Final = compiled(r"\b[Dd]e\s+(?:los|las)\s+$")
# A subject that only points back ('cifra en Nicaragua', 'figure', 'cifra como proporción de').
_POINTER_LEAD: Final = compiled(r"(?:cifra|figure|número|number|total)(?=$|\s+(?:en|in|como|as)\s)")
# A quarter or half-year read in publication's year ("quarter 1 of 2025", "half 1 of 2025").
_PART_OF_YEAR: Final = compiled(r"(?:quarter [1-4]|half [12]) of \d{4}")
_WHEN_AFTER: Final = compiled(r"\s*,?\s*(?:when|cuando|en\s+el\s+que|en\s+que)\b", re.IGNORECASE)


def _relative_when(text: str, figure: Figure, times: list[TimeExpr]) -> TimeExpr | None:
    """'... the same period last year, when 7,720 were counted', 'A year earlier, ...': a
    baseline the figure is in."""
    for expr in times:
        if expr.kind != "relative" or expr.end > figure.value_start:
            continue
        between = text[expr.end : figure.value_start]
        if any(
            t.kind == "period" and expr.end <= t.start < figure.value_start and _YEAR.search(t.text)
            for t in times
        ):
            continue  # "Three years earlier, in 2018, the total was 1,050": the year written
        if len(between) <= 50 and _WHEN_AFTER.match(between):
            return expr
        clause_start = text.rfind(";", 0, expr.start) + 1  # a sentence, or a clause after ';'
        contrast = _CONTRAST_LEAD.search(text, max(0, expr.start - 24), expr.start)
        if contrast is not None:
            clause_start = max(clause_start, contrast.end())  # '..., mientras que un año antes'
        if _SENTENCE_LEAD.fullmatch(text, clause_start, expr.start) and (
            between.lstrip().startswith(",")
            or (len(between) <= 40 and not any(t.start >= expr.end for t in times if t is not expr))
        ):
            # "A year earlier, debt had been 80.3 percent", "In the same period of 2022, police
            # recorded 1,593", "En el mismo periodo de 2023 fueron 980": the whole sentence.
            return expr
    return None


# A clause that contrasts with the one before: '..., mientras que un año antes había sido de'.
# (or one joined to it, its verb elided: '3,1 % en el primer trimestre y en el mismo periodo
# de 2023, de 6,8 %')
_CONTRAST_LEAD: Final = compiled(
    r"(?:,\s*(?:mientras\s+que|mientras|pero|aunque|while|whereas|but)|,?\s+(?:y|e|and)(?:\s+(?:en|in))?)\s+$",
    re.IGNORECASE,
)
_SENTENCE_LEAD: Final = compiled(
    r"[\s\"“'‘(]*(?:(?:in|en|during|durante|over|for|para)\s+)?(?:(?:el|la|los|las)\s+)?"
    # ("En el mismo periodo de hace dos años, las ventas habían alcanzado ...": the like
    # period, moved back by the time that follows it)
    r"(?:mismo\s+(?:periodo|período|lapso|mes|trimestre|semestre)\s+de\s+)?",
    re.IGNORECASE,
)


# A sentence told in the future: "Interstate 40 will be closed", "is scheduled to reopen".
_WILL_EN: Final = compiled(r"\b(?:will|(?:is|are)\s+(?:scheduled|set|due)\s+to)\b", re.IGNORECASE)
_NAMED_DAYS: Final = compiled(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend)\b", re.IGNORECASE
)


def _shift_back(
    start: datetime.date, end: datetime.date, note: str, holiday: bool = False
) -> tuple[datetime.date, datetime.date] | None:
    """Move a period back by '-7 day', '-1 week', '-1 month' or '-1 year', or into 'year 2023';
    '-1 span' moves it back by its own length ('the previous period'), and so does '-1 season'
    ('the previous harvest'), but by a year from a season split over two years ('2022-23')."""
    if note == "-1 season":
        split = start == datetime.date(start.year, 1, 1) and end == datetime.date(
            start.year + 1, 12, 31
        )
        note = "-1 year" if split else "-1 span"
    if note == "-1 span":
        if start.day == 1 and end == _last_of_month(end):
            note = f"-{(end.year - start.year) * 12 + end.month - start.month + 1} month"
        else:
            note = f"-{(end - start).days + 1} day"
    if note.startswith("year "):
        years = start.year - int(note[5:])
        if years == -1 and end.year == start.year:
            # "en el mismo lapso de este año", after a figure of last year: a year on.
            return add_months(start, 12), add_months(end, 12)
        if not 0 < years <= 100 or end.year != start.year:
            return None
        note = f"-{years} year"
    match = re.fullmatch(r"([-+])(\d+) (day|week|month|year)", note)
    if match is None:
        return None
    count, unit = int(match.group(2)), match.group(3)
    if match.group(1) == "+":
        count = -count  # "a year later": moved on, not back
    if holiday and unit == "year":
        # ("1,540 a year earlier" after "over the Thanksgiving weekend": that holiday's days)
        moved = holiday_years_back(start, end, count)
        if moved is not None:
            return moved
    if unit in ("day", "week"):
        delta = datetime.timedelta(days=count * (7 if unit == "week" else 1))
        return start - delta, end - delta
    months = count * (12 if unit == "year" else 1)
    if start.day != 1 or end != _last_of_month(end):
        # "the same period of last year" up to 20 February: day for day, a year earlier.
        first_day, last_day = add_months(start, -months), add_months(end, -months)
        if end == _last_of_month(end):
            last_day = _last_of_month(last_day)
        return first_day, last_day
    index = start.year * 12 + start.month - 1 - months
    first = datetime.date(index // 12, index % 12 + 1, 1)
    if (start, end) == (start.replace(day=1), end) and start.day == 1:
        last_index = end.year * 12 + end.month - 1 - months
        year, month = last_index // 12, last_index % 12 + 1
        return first, datetime.date(year, month, days_in_month(year, month))
    return start - datetime.timedelta(days=30 * months), end - datetime.timedelta(days=30 * months)


def _last_of_month(day: datetime.date) -> datetime.date:
    return day.replace(day=days_in_month(day.year, day.month))


def _joined_regions(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """'England and Wales', named together as one area: one place for what the text is about
    (two regions of one size, joined by 'and' and not after 'between')."""
    out: list[PlaceMention] = []
    for place in places:
        last = out[-1] if out else None
        if (
            last is not None
            and last.how == place.how == "named"
            and size_of(last.canonical) == size_of(place.canonical) == 2
            and text[last.end : place.start] == " and "
            and not text[max(0, last.start - 8) : last.start].lower().endswith("between ")
        ):
            out[-1] = PlaceMention(
                last.start, place.end, text[last.start : place.end],
                f"{last.canonical} and {place.canonical}", "named", last.weak,
            )  # fmt: skip
            continue
        out.append(place)
    return out


def _joined(text: str, first: PlaceMention, pool: list[PlaceMention]) -> str:
    """'Turkey and Syria' when two places are named together, else the one place."""
    for other in pool:
        if other.start > first.end and re.fullmatch(
            r"\s+(?:and|y|e)\s+", text[first.end : other.start]
        ):
            return f"{first.canonical} and {other.canonical}"
    return first.canonical


def _place_key(name: str, counts: Counter[str], last_seen: dict[str, int]) -> tuple[int, int, int]:
    """How a place ranks as what the text is about: mentions, then size, then the latest."""
    return counts[name], size_of(name), last_seen[name]


def _without_place(subject: str, place: str | None, lang: str) -> str:
    """'homicide rate in Guatemala' -> 'homicide rate'."""
    if place:
        joiner = " en " if lang == "es" else " in "
        first = place.split(",")[0]
        if subject.endswith(f"{joiner}{first}"):
            return subject[: -len(f"{joiner}{first}")]
    return subject


def _resolved_kind(figure: Figure, unit: str) -> str:
    """The kind of a figure's unit once the context has given it one."""
    if figure.unit_kind != "none" or not unit:
        return figure.unit_kind
    if unit.startswith("per "):
        return "rate"
    if unit.startswith("percent"):
        return "percent"
    if len(unit) == 3 and unit.isupper():
        return "currency"  # an ISO code taken from an earlier amount
    return "count"


# A place that holds a part of what was counted: 'Petén concentra el 71 %', 'Olancho acumuló'.
_PLACE_HOLDS_PART_ES: Final = compiled(
    r"\s+(?:concentr|acumul|aglutin)(?:a|an|ó|aron)\s", re.IGNORECASE
)
# Proper names of bodies by their head word ('the National Migration Institute (INM)'), one
# pattern for each head a back-reference can want (attribution's table of reference nouns).
_BODY_NAMES: Final[dict[str, re.Pattern[str]]] = {
    word: compiled(rf"(?:\bthe\s+)?(?:[A-Z][\w'’.-]*\s+){{1,5}}{word}\b(?:\s+\([A-Z]{{2,}}\))?")
    for word in sorted(
        {head.capitalize() for heads in _REF_NOUN.values() for head in heads if head.isascii()}
    )
}
_MOVED_FROM_EN: Final = compiled(
    r"\b(?:returned|deported|expelled|removed|repatriated|flown|fled|fleeing|arrived|arriving|"
    r"migrated|traveled|travelled)\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?$"
    # ("Roughly half of the children referred to the agency were from Guatemala": where the
    # people counted are from, like 'were Venezuelan')
    r"|\b(?:were|are)\s+from\s+(?:the\s+)?$"
    # ("About 83 percent of the money came from the United States": where the money was sent
    # from, not the country that received it)
    r"|\b(?:money|remittances|funds|transfers|it)\s+(?:came|comes|was\s+sent|were\s+sent)\s+"
    r"from\s+(?:the\s+)?$"
)
# (", la mayoría en Alta Verapaz", ", ambos en el departamento de La Libertad": where the
# figures of the clause before were, a part of the whole the text is about)
_MOST_OF_THEM_ES: Final = compiled(
    r",\s+(?:la\s+mayoría|amb[oa]s|tod[oa]s)\s+(?:de\s+ell[oa]s\s+)?en\s+[^,;:]*$"
)
# "detained 95,300 people, most of them in the southern state of Chiapas": where most were.
# ("The money, most of it sent by migrants working in the United States, is equivalent to":
# where most of it came from, in an aside)
_MOST_OF_THEM_EN: Final = compiled(
    r",\s+(?:most|much|many|the\s+majority|nearly\s+all|almost\s+all)\s+"
    r"(?:of\s+(?:them|whom|it|which)\s+)?(?:[a-z]+\s+){0,5}?"
    r"(?:in|from)\s+[^,;:]*$|,\s+mostly\s+(?:in|from)\s+[^,;:]*$"
)


_COPULA_BEFORE_EN: Final = compiled(r"\b(?:were|are|was|is)\s+$")


def _plural_demonym(place: PlaceMention) -> bool:
    """'Syrians', 'venezolanos': people of a country, not the place a figure is about."""
    return place.how == "demonym" and (place.text.endswith("s") or place.text[:1].islower())


_GOVERNMENT: Final = compiled(
    r"\b(?:government|gobierno|officials|authorities|autoridades)\b", re.IGNORECASE
)


def _source_is_the_place(source: str, place: PlaceMention) -> bool:
    """'Haitian government', 'Government of Guatemala': a source that stands for its country."""
    return _GOVERNMENT.search(source) is not None


def _silent(attribution: Attribution) -> bool:
    """A Spanish verb without a subject: there is no name to fall back on."""
    return attribution.source == attribution.evidence and " " not in attribution.source.strip()


def _plural_count(subject: str, lang: str) -> bool:
    """Whether a sentence's subject names counted things ('Road deaths in Lakeport')."""
    head = _unit_of_subject(subject)
    if not head:
        return False
    last = head.split()[-1].lower()
    if last in (
        "rate",
        "rates",
        "tasa",
        "share",
        "percentage",
        "proporción",
        "turnout",
        "inflation",
    ):
        return False
    if _ADJECTIVE_NOUNS.search(head):
        return True
    if lang == "es":
        # ('país', 'mes', 'interés': a stressed last vowel before the 's' is a singular)
        return last.endswith("s") and len(last) > 3 and not last.endswith(("ís", "és", "ás", "ús"))
    return last.endswith("s") and not last.endswith("ss") and len(last) > 3


_HEAD_ENDS: Final = word_set(
    "in of from to at across for with by on en de del a al por para contra con sin sobre entre"
    # ("Migrant crossings through the Darien Gap fell to 2,800")
    " through into via along"
    # ("Executions worldwide rose to 1,518": a place adverb ends the counted noun as 'in' does)
    " worldwide globally nationwide nationally"
)


def _unit_of_subject(subject: str) -> str:
    """'Road deaths in Lakeport' -> 'road deaths'; 'Guatemala's homicides' -> 'homicides';
    'International visitors arriving by air' -> 'international visitors'."""
    words = subject.split()
    kept: list[str] = []
    for index, word in enumerate(words):
        lower = word.lower()
        if lower in _HEAD_ENDS:
            break
        if (
            kept
            and kept[-1].endswith("s")
            and lower.endswith(("ados", "adas", "idos", "idas"))
            and words[index + 1 : index + 2] == ["de"]
        ):
            continue  # ('solicitudes tramitadas de asilo': the participle is no kind of them)
        if kept and lower.endswith("ing") and kept[-1].endswith("s"):
            break  # "visitors arriving by air": a participle after the counted noun
        if word.endswith(("'s", "’s")) or (word[:1].isupper() and is_place(word)):
            continue
        if lower in ("the", "los", "las", "el", "la"):
            continue
        kept.append(word.lower() if not word.isupper() else word)
    return " ".join(kept)


_COMPARED: Final = compiled(
    # (not where something came from: 'deportees from Mexico and 38,900 from Belize')
    # (nor the hedge of a span: 'the largest mafia trial in more than three decades')
    r"\b(?:(?i:(?:up\s+|down\s+)?from)(?!\s+(?:the\s+)?[A-Z])|(?i:compared|"
    r"than(?!\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d+)\s+"
    r"(?:decades?|years?|centur(?:y|ies))\b)|versus|vs|"
    # (nor 'desde' where they came from: '29.870 por vía aérea desde Estados Unidos y 8.542')
    r"desde(?!\s+(?:(?:el|la|los|las)\s+)?(?-i:[A-Z]))|frente|respecto|(?:más|menos|mayor|menor)\s+que|"
    # ('4,76 por ciento, por debajo del 5,1 % registrado en junio': a level set against another)
    r"por\s+(?:encima|debajo)\s+del?|(?:superior|inferior)(?:es)?\s+al?))\b",
)


# "the national rate of 380", "a national average of 3.8": the whole country's level.
# ", en el norte de" before a country: an aside that sets the place before it in the country.
_COMPASS_APPOSITION: Final = compiled(
    r"\s(?:en\s+el|al)\s+(?:norte|sur|este|oeste|centro|noreste|noroeste|sureste|suroeste|"
    r"occidente|oriente|nororiente|suroccidente|noroccidente|suroriente)\s+(?:de|del)\s+$"
    r"|\sin\s+(?:northern|southern|eastern|western|central|northeastern|northwestern|"
    r"southeastern|southwestern)\s+$",
    re.IGNORECASE,
)
_NATIONAL_LEVEL_BEFORE: Final = compiled(
    r"\b(?:the|a)\s+national\s+(?:rate|average|level|figure|total)\s+(?:of|was|stood\s+at)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+)?$"
)
# ("compared with a national rate of 13.1": the level of the whole country, at the same time)
_AVERAGE_COMPARED: Final = compiled(
    r"\b(?:compared\s+(?:with|to)|versus|against)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:average|"
    r"(?:national|nationwide|global|world|regional|statewide)\s+(?:rate|level|figure))"
    r"\s+of\s+$",
    re.IGNORECASE,
)
# "38 percent higher than the 656 ...": a change stated against the baseline that follows it.
_CHANGE_THAN: Final = compiled(
    r"[^,;.\d]{0,30}?\b(?:(?:higher|lower|more|fewer|less|greater|larger|smaller|bigger)\s+than"
    # ('casi 300 menos que las 6.271 de 2022')
    r"|(?:más|menos|mayor(?:es)?|menor(?:es)?)\s+que)\b",
    re.IGNORECASE,
)
# ", y 1.145 denuncias", ", and 40 arrests": the next item of a list, after a comma.
_LIST_AND_NEXT: Final = compiled(r",\s+(?:y|e|and)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_BASELINE_AFTER_COMMA: Final = compiled(
    r",\s*(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus|frente\s+a|"
    r"(?:por\s+)?(?:encima|debajo)\s+de)\b",
    re.I,
)


# ", which employs some 200,000 workers, have closed since ...": a relative clause set off by
# commas between a figure and its verb
_RELATIVE_ASIDE_OPEN: Final = compiled(r"[^,.;:\d]{0,40}?,\s+(?:which|who|where)\s")
_ASIDE_VERB_AFTER: Final = compiled(
    r",\s+(?:have|has|had|were|was|are|is|will|remain|rose|fell)\b|,\s+[a-z]+ed\b"
)


def _time_after_aside(
    figures: list[Figure], index: int, usable: list[TimeExpr], text: str
) -> TimeExpr | None:
    """'About 50 factories in the zone, which employs some 200,000 workers, have closed since
    the protests began on Oct. 27': the time of the figure's own verb, after a relative clause
    that holds the next figure (the clause's figure is not the verb's subject)."""
    figure = figures[index]
    opened = _RELATIVE_ASIDE_OPEN.match(text, figure.tail_end)
    following = figures[index + 1]
    if opened is None or opened.end() > following.value_start:
        return None
    close = text.find(",", following.tail_end)
    if close == -1 or "." in text[following.tail_end : close]:
        return None
    if _ASIDE_VERB_AFTER.match(text, close) is None:
        return None
    later = figures[index + 2].value_start if index + 2 < len(figures) else 10**9
    for t in usable:
        if close < t.start < later and t.start - close <= _FOLLOW_WINDOW:
            return t
    return None


def _pick_period(
    figures: list[Figure], index: int, times: list[TimeExpr], text: str = ""
) -> tuple[TimeExpr | None, str]:
    """Choose the time expression that dates a figure, and say how it was chosen."""
    figure = figures[index]
    usable = [t for t in times if t.kind == "period"]
    if " will " in text:
        # ("won 29.5 percent in the first round and will face a runoff on Oct. 27": the time
        # of a verb of its own after the figure, in the future, is not the figure's)
        usable = [
            t
            for t in usable
            if t.start < figure.tail_end or not _AND_WILL.search(text, figure.tail_end, t.start)
        ]
    if not usable:
        return None, ""
    next_start = figures[index + 1].value_start if index + 1 < len(figures) else 10**9
    previous_end = figures[index - 1].tail_end if index > 0 else -1
    before = [t for t in usable if t.end <= figure.value_start and t.start >= previous_end]
    own_state = (
        bool(text)
        and _after_and(text, figure.value_start)
        and _OWN_STATE_AFTER.match(text, figure.tail_end) is not None
    )
    if own_state:
        before = []  # ('… since Friday and 4,100 remain in shelters': the clause before's)
    after = [
        t
        for t in usable
        if t.start >= figure.value_end
        and t.start < next_start
        and _within_reach(text, figure, t)
        # ('"Last year we seized 14 tons of cocaine, and in the first four months of this year
        # we have already seized nine"': the time of the next clause, also when its figure is
        # not read as one, is not this figure's when its own clause gave it one)
        and not (
            (next_start < 10**9 or before) and _NEXT_CLAUSE.search(text, figure.tail_end, t.start)
        )
        and not _leads_next(text, figure, t, next_start)
    ]
    if not after and next_start < 10**9 and text and ", wh" in text:
        aside = _time_after_aside(figures, index, usable, text)
        if aside is not None:
            return aside, "follows the figure, after a relative clause"
    if own_state and not after:
        return None, ""  # (a situation now, after 'and': no time of its own)
    if after and before and _SAID_BY_ES.search(text, max(0, after[0].start - 100), after[0].start):
        # "Las lluvias de la semana pasada dejaron 12 muertos, informó la Conred el domingo":
        # the day dates the statement; the figure has its period already.
        return before[-1], "precedes the figure"
    if (
        after
        and before
        and text
        and _STARTED_THEN.search(text, max(0, after[0].start - 40), after[0].start) is not None
    ):
        # "As of Aug. 31, contractors had completed 62% of the work on the expansion, which
        # began in 2022": the time after dates when what the figure is of began; the figure's
        # own time was given before it.
        return before[-1], "precedes the figure; the time after dates what began then"
    if (
        after
        and before
        and text
        and _BASELINE_NOUN_THEN.search(text, figure.tail_end, after[0].start) is not None
    ):
        # "In the week to Aug. 24, clinics reported 31,000 cases, a sharp drop from the peak in
        # March": March is the peak's; the figure's own time was given before it.
        return before[-1], "precedes the figure; the time after dates what it is compared with"
    if after:
        return after[0], "follows the figure"
    if before and text and _NEXT_CLAUSE.search(text, before[-1].end, figure.value_start):
        # "387 people were killed in the first eight days of the month, and soldiers seized 21
        # tons of drugs in a single operation in Guayaquil on Monday": the clause's own time,
        # further on, not the one of the clause before.
        own = _own_time_after(text, figure, usable, next_start, 2 * _FOLLOW_WINDOW)
        if own is not None:
            return own, "follows the figure in its clause"
    if before and text:
        # "This week, the U.N. agency said 1,200 people were displaced by floods ... in 2023",
        # "appealed on Wednesday against the ruling that fines ... will reach 5 million next
        # year": the time before the reporting verb or the framing 'that' dates the statement
        # or the act; the figure's own time further on in its clause dates the figure. (The
        # few times after the figure are looked at first; the words between only then.)
        own = _own_time_after(text, figure, usable, next_start, 3 * _FOLLOW_WINDOW)
        if own is not None and frames_clause(text, before[-1].end, figure.value_start):
            return own, "follows the figure in its clause; the time before dates the statement"
    if (
        before
        and text
        and _HABIT_AFTER.match(text, figure.tail_end) is not None
        and frames_clause(text, before[-1].end, figure.value_start)
    ):
        # "Arce said in a speech last week that gas exports bring Bolivia $6 billion a year":
        # the time dates the statement; what happens each year has no time of its own.
        return None, ""
    if before:
        return before[-1], "precedes the figure"
    if (
        text
        and (
            figure.is_change
            or _BY_AMOUNT.search(text, max(0, figure.value_start - 8), figure.value_start)
        )
        and next_start < 10**9
        and _CHANGE_TO.fullmatch(text, figure.tail_end, next_start)
    ):
        level = _attached(figures, index + 1, usable, text)
        if level is not None and level.start > next_start:
            # "raised the Selic rate by 100 basis points to 13.25% last month": the change and
            # the level it reached share the level's time.
            return level, "the time of the level the change reached"
    claimed = {
        id(chosen)
        for other in range(len(figures))
        if other != index
        for chosen in [_attached(figures, other, usable, text)]
        if chosen is not None
    }
    free = [t for t in usable if id(t) not in claimed]
    if not free:
        if len(usable) == 1:
            owner = next(
                (
                    o
                    for o in range(len(figures))
                    if o != index and _attached(figures, o, usable, text)
                ),
                None,
            )
            if owner is not None and text:
                lo, hi = sorted((figure.value_end, figures[owner].value_start))
                if owner > index:
                    # (the later figure's own words too: 'por debajo del 5,1 %' is its span)
                    hi = figures[owner].value_end
                # (A change compares only through a baseline set off by a comma: "prices rose
                # 20.6 percent, down from 25.5 percent in December"; in "rose 5 percent from a
                # year earlier to $3 billion in May" the month is the change's too.)
                compared = _COMPARED if not figure.is_change else _BASELINE_AFTER_COMMA
                # ("In the first half, exports rose 11% compared with the same period of 2023,
                # to $15.8 billion": the level the change arrived at, in the change's period)
                reached = (
                    owner < index
                    # ("a surplus of $2.4 billion in January, as copper exports climbed 19
                    # percent from a year earlier to $4.7 billion": the change just before)
                    and (figures[owner].is_change or figures[index - 1].is_change)
                    and _TO_LEVEL.search(text, max(0, figure.value_start - 16), figure.value_start)
                    is not None
                )
                comparison = compared.search(text, lo, hi)
                if (
                    comparison is not None
                    and owner < index
                    and comparison.start() >= figure.value_start
                    and comparison.group(0).lower() == "than"
                ):
                    # "rose 12 percent in the first quarter, as Brazil added more than 1 million
                    # customers": 'more than' is the figure's own hedge, not a baseline.
                    comparison = compared.search(text, lo, figure.value_start)
                if (
                    comparison is not None
                    and owner < index
                    and _BUT_BETWEEN.search(text, comparison.end(), figure.value_start)
                ):
                    # "collected Q11.9 billion in the first quarter, 6.4 percent more than in
                    # the same period last year but Q420 million short of its target": the
                    # comparison is the clause's before 'but'; this figure is of the quarter.
                    comparison = None
                if (
                    comparison is not None
                    and owner < index
                    and ", " in text[comparison.end() : figure.value_start]
                ):
                    compared_to = next(
                        (
                            f
                            for f in reversed(figures[owner + 1 : index])
                            if f.value_start >= comparison.end()
                        ),
                        None,
                    )
                    if (
                        compared_to is not None
                        and any(
                            compared_to.tail_end <= t.start and t.end <= figure.value_start
                            for t in times
                        )
                        and _LIST_AND_NEXT.search(text, compared_to.tail_end, figure.value_start)
                        is not None
                    ):
                        # "En octubre se registraron 312 homicidios, frente a 354 en el mismo
                        # mes de 2023, y 1.145 denuncias de robo": the baseline, with its own
                        # time, is closed; the item after ', y' goes on with the first figure.
                        comparison = None
                if (
                    comparison is not None
                    and not reached
                    # ('About 1 in 4 students were chronically absent during the 2023-24
                    # school year, ..., down from 28% the year before': the time before the
                    # comparison is the figure's own, however far it is)
                    and not (owner > index and usable[0].end <= comparison.start())
                    # ("In 2022, the region's homicide rate was 20, compared with a global
                    # average of 5.8": an average elsewhere in the same time, not a baseline)
                    and not (
                        owner < index
                        and usable[0].end <= figures[owner].value_start
                        and _AVERAGE_COMPARED.search(
                            text, max(0, figure.value_start - 60), figure.value_start
                        )
                    )
                ):
                    return None, ""  # "89 percent, up from 81 percent in 2021"
                relative = (
                    _RELATIVE_BETWEEN.search(text, figure.value_end, figures[owner].value_start)
                    if owner > index
                    else None
                )
                if (
                    figure.is_change
                    and owner > index
                    and _CHANGE_THAN.match(text, figure.value_end, figures[owner].value_start)
                ):
                    # "That figure is 38 percent higher than the 656 killings of 2022": the
                    # count after "than" is the baseline, and its time is not the change's.
                    return None, ""
                if relative is not None and usable[0].start > relative.start():
                    # "Of those, 120 are in Alta Verapaz, where enrollment has grown by 18
                    # percent since 2019": the relative clause's time is its figure's.
                    return None, ""
            return usable[0], "the sentence's only period"
        latest = max(usable, key=lambda t: t.period_end or datetime.date.min)
        return latest, "the latest period of the sentence"
    nearest = min(
        free, key=lambda t: min(abs(t.start - figure.value_end), abs(figure.value_start - t.end))
    )
    return nearest, "in the sentence"


# Spanish verbs that say what the data come to: "la proporción alcanza el 67,3 %", "la tasa se
# ubica en 98,6", "la cifra equivale a 0,9 casos diarios", "suman 7,3 millones".
# (Not in a relative aside, "La minería, que representa el 10 % del PIB, creció": a standing
# share; not 'alcanza para', what suffices.)
_DATA_VERB_ES: Final = compiled(
    r"(?<!\bque\s)\b(?:alcanza(?!n?\s+(?:para|a\s+cubrir))|se\s+ubica|se\s+sitúa|asciende|suma|"
    r"representa|equivale|concentra|totaliza|acumula|registra|supera|llega(?=n?\s+a[l\s]))n?\b"
)
_TIME_UNIT_AFTER_ES: Final = compiled(r"\s+(?:días|semanas|meses|años|horas)\b")
_PLAN_WORD_ES: Final = compiled(r"\b(?:previst|proyectad|programad|planificad)[oa]s?\b")
# "N % del PIB": a share of the economy, a standing ratio when no time is given.
_OF_GDP_ES: Final = compiled(r"\s*(?:%|por\s+ciento)?\s*del\s+(?:PIB|producto\s+interno\s+bruto)\b")
# "Escuintla (1.420)": a capitalised name, then the bracket that holds the figure.
_NAMED_BEFORE_BRACKET: Final = compiled(r"\b[A-ZÁÉÍÓÚÑ][\w.'-]*\s\(\s*$")
_CLOSE_BRACKET: Final = compiled(r"\s*\)")
# "son Guatemala, con 5.604; Escuintla, con 2.210": the same, the figure set after the name.
_NAMED_WITH: Final = compiled(
    r"(?:^|[:;]\s*|\bson\s+|\bare\s+)[A-ZÁÉÍÓÚÑ][\w.'-]*,\s+(?:con|with)\s+$"
)


# "3,01 por ciento, y en abril del año pasado, de 8,92": a time after ", y" opens the next
# figure's clause; so does one after ", con lo que" ("1.300 casos, con lo que el total del año
# asciende a 98.000": the total's time).
_SAID_BY_ES: Final = compiled(
    r",\s+(?:informó|dijo|reportó|indicó|señaló|confirmó|anunció|detalló|explicó)\s+"
    r"(?:el|la|los|las)\s+[\w\s().-]{1,80}?\s+(?:este|el)\s+$",
    re.IGNORECASE,
)
# A Spanish verb of saying right before 'que': "informó que", "dijeron que", "ha señalado que".
_SAID_THAT_ES: Final = compiled(
    r"\b(?:inform|dij|report|indic|señal|confirm|anunci|detall|explic|afirm|asegur|precis|"
    r"destac|agreg|añad|estim|revel|advirt|sostuv|declar|manifest|expres|mencion|subray|"
    r"reconoc|admit)(?:ó|o|eron|aron|ado|ió|ieron|a|an)\s+$",
    re.IGNORECASE,
)
# "while annual inflation stood at ": a twelve-month rate named in the figure's own clause.
_ANNUAL_RATE_BEFORE_EN: Final = compiled(
    r"(?:,\s+(?:while|and|but|whereas)|;)\s+(?:the\s+)?[Aa]nnual\s+(?:headline\s+|core\s+)?"
    r"(?:inflation|inflation\s+rate|rate\s+of\s+inflation)\s+(?:stood\s+at|was|reached|hit|"
    r"rose\s+to|fell\s+to|eased\s+to|slowed\s+to|climbed\s+to|accelerated\s+to)\s+$"
)
# "expect growth of ", "expects inflation at ": a forecast of a change or a rate.
_EXPECTS_CHANGE_OF_EN: Final = compiled(
    r"\bexpects?\s+(?:(?:economic|GDP|annual|average|headline|core)\s+)?(?:growth|inflation|"
    r"an?\s+(?:rise|increase|fall|drop|decline|contraction|expansion))\s+(?:of|at)\s+"
    r"(?:about\s+|around\s+)?$"
)
# "the 1.0 percent drop expected by analysts": the figure someone expected, and who.
_EXPECTED_BY_EN: Final = compiled(
    r"(?:\s*%|\s+percent)?(?:\s+(?:drop|fall|decline|decrease|rise|increase|gain|contraction|"
    r"expansion|growth|reading|figure))?\s+(?:expected|forecast|predicted|projected|anticipated)"
    r"\s+by\s+(?P<source>[^,.;()]{3,60}?)(?=\s*[,.;)]|$)"
)
# "Spain still has the highest jobless rate, at ": a place ranked, its figure set after a comma.
_RANKED_AT_EN: Final = compiled(
    r"\b(?:has|have|is|are|remains?)\s+(?:still\s+)?(?:by\s+far\s+)?the\s+"
    r"(?:highest|lowest|largest|smallest|biggest|steepest|fastest|slowest)\s+"
    r"[a-z][\w\s-]{0,50}?,\s+(?:at|with)\s+$"
)
_NOW_BEFORE: Final = compiled(r"\b(?:now|currently|today|ahora|actualmente|hoy)\b", re.IGNORECASE)
_AND_PAST_VERB_EN: Final = compiled(
    r"\band\s+(?:(?!need)[a-z]{2,}ed|had|made|saw|took|got|won|lost|paid|sold|spent|gave)\b"
)
_NEXT_CLAUSE: Final = compiled(r",\s+(?:y|and|while|mientras|but|pero|con\s+lo\s+(?:que|cual))\b|;")
_AND: Final = compiled(r"\b(?:y|e|and|while|mientras|but|pero)\b")
# Punctuation, or what an elided verb leaves before the next figure ('y la acumulada de enero a
# octubre, de 3,2 %', 'and in June, at 45').
_ONLY_LINK: Final = compiled(r"[\s,:;]*(?:(?:fue|fueron|was|were)\s+)?(?:(?:de|del|of|at)\s+)?")


def _own_time_after(
    text: str, figure: Figure, usable: list[TimeExpr], next_start: int, reach: int
) -> TimeExpr | None:
    """The first time after a figure, within `reach` characters of it, in its own clause (no
    next clause or next figure's time between)."""
    return next(
        (
            t
            for t in usable
            if t.start >= figure.value_end
            and t.start < next_start
            and t.start - figure.tail_end <= reach
            and not _NEXT_CLAUSE.search(text, figure.tail_end, t.start)
            and not _leads_next(text, figure, t, next_start)
        ),
        None,
    )


def _leads_next(text: str, figure: Figure, expr: TimeExpr, next_start: int) -> bool:
    """'900 casos y el año pasado, 1.200', '30 in May and in June, 45': a time after a
    conjunction that only punctuation parts from the next figure is that figure's."""
    return next_start < 10**9 and (
        (
            _ONLY_LINK.fullmatch(text, expr.end, next_start) is not None
            and _AND.search(text, figure.tail_end, expr.start) is not None
        )
        # ("312 cases last month, bringing the total since January 2024 to 41,000": the
        # running total's time, in the clause that leads to the next figure)
        or _TOTAL_LEAD_BETWEEN.search(text, figure.tail_end, expr.start) is not None
    )


# Only a change noun between a change and a relative time ('2% decline a year earlier').
# A pluperfect verb in the figure's clause, right before it: 'had risen', 'habían crecido un'.
_HAD_BEFORE: Final = compiled(
    r"\b(?:had|había|habían)\s+(?:(?:already|ya)\s+)?[^\W\d_]+(?:\s+(?:by|en|un|una))?\s+$",
    re.IGNORECASE,
)
# What makes a time after a change the point it is measured from: 'from', 'over', 'than'.
_MEASURED_FROM: Final = compiled(
    r"\b(?:from|over|than|on|against|versus|vs\.|compared|respecto|frente|que|con|comparación|"
    r"sobre)\b",
    re.IGNORECASE,
)
_CHANGE_NOUN_THEN: Final = compiled(
    r"\s+(?:decline|drop|fall|increase|rise|gain|contraction|expansion|growth)\s+",
    re.IGNORECASE,
)
_TOTAL_LEAD_BETWEEN: Final = compiled(
    r",\s*(?:bringing|raising|taking|pushing|lifting|elevando|llevando)\s+(?:the|its|their|el|la|"
    r"su)\s+(?:\w+\s+){0,2}?(?:total|tally|toll|count|number|cifra|saldo|número|acumulado)\b",
    re.IGNORECASE,
)


_SINCE_WORD: Final = compiled(r"\b(?:since|desde)\s", re.IGNORECASE)


def _within_reach(text: str, figure: Figure, t: TimeExpr) -> bool:
    """Whether a time after a figure is near enough to be the figure's."""
    gap = t.start - figure.tail_end
    if gap <= _FOLLOW_WINDOW:
        return True
    # "Al menos 127 personas han muerto desde el inicio de las protestas contra el Gobierno de
    # Daniel Ortega, el 18 de abril": a running total reaches its date through its 'desde',
    # which is near the figure, however long the event's name.
    return (
        gap <= 2 * _FOLLOW_WINDOW
        and t.note.startswith("since")
        and _SINCE_WORD.search(text, figure.tail_end, figure.tail_end + _FOLLOW_WINDOW) is not None
    )


def _attached(
    figures: list[Figure], index: int, usable: list[TimeExpr], text: str = ""
) -> TimeExpr | None:
    """Return the period directly attached to a figure (following or preceding it), if any."""
    figure = figures[index]
    next_start = figures[index + 1].value_start if index + 1 < len(figures) else 10**9
    previous_end = figures[index - 1].tail_end if index > 0 else -1
    for t in usable:
        if (
            figure.value_end <= t.start < next_start
            and _within_reach(text, figure, t)
            and not (text and _leads_next(text, figure, t, next_start))
        ):
            return t
    before = [t for t in usable if t.end <= figure.value_start and t.start >= previous_end]
    return before[-1] if before else None
