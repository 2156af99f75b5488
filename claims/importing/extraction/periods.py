"""Time expressions in a sentence, resolved to date ranges."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from re import _constants, _parser  # type: ignore[attr-defined,unused-ignore]
from typing import Final, Literal

from claims.importing.extraction.gates import (
    EndWord,
    compiled,
    first_char_guard,
    first_chars,
    may_contain,
)
from claims.importing.extraction.words import NOT_DIGIT, small_number, word_set

TimeKind = Literal["period", "baseline", "said_at", "block", "relative"]

MONTHS: Final[dict[str, int]] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTHS.update(
    {
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
        "diciembre": 12,
    }
)  # fmt: skip
WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_INDEX: Final = {name: index for index, name in enumerate(WEEKDAYS)}
# A Spanish weekday before a day's number ('el jueves 17'), optional.
_DIAS: Final = "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
_WD_ES: Final = rf"(?:(?i:{_DIAS})\s+)?"
_WEEKDAY_INDEX.update(
    {
        "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
        "sábado": 5, "sabado": 5, "domingo": 6,
    }
)  # fmt: skip
_ORDINALS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
_ORDINALS["final"] = 4  # "the final quarter"
_ORDINALS["4th"] = 4
_ORDINALS["last"] = 4
_ORDINALS.update({"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4})
_ORDINALS["último"] = 4
_UNIT_NAMES: Final = {
    "year": "year", "years": "year", "month": "month", "months": "month", "week": "week",
    "weeks": "week", "day": "day", "days": "day", "año": "year", "años": "year",
    "mes": "month", "meses": "month", "semana": "week", "semanas": "week", "día": "day",
    "días": "day", "decade": "decade", "decades": "decade", "década": "decade",
    "décadas": "decade", "lustro": "lustro", "lustros": "lustro",
}  # fmt: skip

_M: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
)
_Y: Final = (
    r"(?<![\w.,$€£/])(?:(?<!-)|(?<=[Mm]id-))(?:1[89]\d\d|20\d\d)"
    r"(?![\w%/]|,\d|\.\d|\s*(?:percent|per\s*cent)\b)"
)
_D: Final = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_WD: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_N: Final = (
    r"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen)"
)
_UNIT: Final = r"(?:years?|months?|weeks?|days?|decades?)"
_DAYTIME: Final = r"(?:morning|afternoon|evening|night)\b"
# A clock time: "midnight", "noon", "6 p.m.", "10:30 a.m."
_CLOCK: Final = r"(?:midnight|noon|\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.))"

# "2022/23", "2019/2020": a season or fiscal year across two calendar years.
_SLASH_YEARS: Final = (
    r"(?<![\w.,$€£/-])(?P<yr_a2>(?:19|20)\d\d)/(?P<yr_b2>(?:19|20)?\d\d)(?![\w%/]|[.,]\d)"
)

# Holidays whose days a reader knows (U.S. ones for the U.S. names); see holiday_span.
_HOLIDAY: Final = (
    r"(?:Thanksgiving(?:\s+(?i:day\b|(?:holiday\s+)?weekend\b|holiday\b))?|Black\s+Friday"
    r"|Cyber\s+Monday|Christmas\s+(?i:day|eve)|(?<=\bon\s)Christmas|Boxing\s+(?i:day)"
    r"|New\s+Year['’]s\s+(?i:day|eve)|Good\s+Friday|Easter\s+Sunday|Palm\s+Sunday"
    r"|(?:Holy|Easter)\s+(?:(?i:holiday)\s+)?(?i:week)|Easter\s+(?i:holidays?)\b|Semana\s+Santa|Memorial\s+(?i:day)(?:\s+weekend\b)?"
    r"|Labor\s+(?i:day)(?:\s+weekend\b)?|Fourth\s+of\s+July(?!\s+(?:holiday\s+)?weekend))"
    r"(?![\w'’-])"
    # (a name or a thing the holiday only labels: "the Good Friday Agreement", "the Christmas Day
    # tsunami", "a Thanksgiving dinner")
    r"(?!\s+(?:[A-Z]|(?:dinner|meal|agreement|accord|attacks?|bombings?|massacre|tsunami|storm|"
    r"deals?|sales|shopping|travel|tree|market|parade|menu|truce|ceasefire|message|address|"
    r"speech|services?|mass|offensive|uprising|traffic|plan|operation|campaign|program(?:me)?)\b))"
)

# "fall" the season, not a fall "in prices" or "of the peso" (a place may follow: "in Ohio")
_FALL: Final = r"fall(?!\s+(?:in|of)\s+(?!the\s+(?-i:[A-Z])|(?-i:[A-Z])))"

_PATTERNS: Final[tuple[tuple[str, str], ...]] = (
    # "over the Thanksgiving weekend", "during Holy Week", "on Christmas Day", "between Memorial
    # Day and Labor Day", "last year's Easter week": the days of a holiday
    (
        "holiday",
        rf"(?:(?P<hol_rel>(?i:last|this))\s+year['’]s\s+)?(?:(?:(?i:between|from)\s+)?"
        rf"(?P<hol_a>{_HOLIDAY})\s+(?i:and|to|through|until)\s+)?(?P<hol>{_HOLIDAY})"
        # ("during Holy Week last year", "over Thanksgiving weekend 2023")
        rf"(?:,?\s+(?P<hol_y>{_Y})|\s+(?P<hol_rel2>(?i:last|this))\s+year\b(?!['’]))?",
    ),
    # "during the pandemic", "amid the COVID-19 lockdowns": a time the text gives no dates for
    # (a figure it tells of has no period, and takes none from the sentence before)
    (
        "era",
        r"(?i:during|throughout|amid|before|at\s+the\s+(?:height|peak)\s+of)\s+the\s+"
        r"(?:(?i:covid(?:-19)?|coronavirus)\s+)?(?i:pandemic|lockdowns?)\b",
    ),
    # "the 2024 Atlantic hurricane season", "the hurricane season of 2023": the season as the
    # weather services count it, 1 June to 30 November (the eastern Pacific's from 15 May)
    (
        "storm_season",
        rf"(?:(?P<hs_y>{_Y})\s+)?(?P<hs_b>Atlantic\s+|(?:(?i:eastern|central)\s+)?Pacific\s+)?"
        rf"(?i:hurricane)\s+(?i:season)\b(?:\s+(?i:of|in)\s+(?P<hs_y2>{_Y}))?",
    ),
    (
        "clock",
        r"(?<![\w.,:])\d{1,2}(?::[0-5]\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock\b)"
        r"|(?<![\w.,:])\d{1,2}:[0-5]\d(?![\d:])",
    ),
    ("iso", r"(?<![\w-])(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?![\w-])"),
    (
        "year_range",
        rf"(?:(?P<yr_from>(?i:from|between))\s+)?(?P<yr_a>{_Y})\s*(?:-|–|—|to|and|through|until)"
        rf"\s*(?P<yr_b>{_Y}|(?<=[-–—])(?:1[89]|20)\d\d(?![\w%/])|(?<=[-–—])\d\d(?![\w%]))"
        rf"|{_SLASH_YEARS}",
    ),
    (
        "month_range",
        rf"(?i:from|between)\s+(?:mid-)?(?P<mr_a>{_M})(?:\s+(?P<mr_ya>{_Y}))?\s+"
        # (not "between January and Aug. 20": a day closes that range, a date range)
        rf"(?i:to|and|through|until)\s+(?:mid-)?(?P<mr_b>{_M})(?!\s+{_D}(?![\d,.]\d))(?:,?\s+(?P<mr_yb>{_Y})"
        r"|\s+(?P<mr_rel>(?i:(?:of\s+)?(?:this|last)\s+year)))?",
    ),
    (
        "month_dash",
        # ("the July-to-September period", "the April-through-June quarter")
        rf"(?P<md_a>{_M})(?:\s*[-–]\s*|-(?i:to|through)-|\s+(?P<md_and>and)\s+)(?P<md_b>{_M})"
        rf"(?:,?\s+(?:of\s+)?"
        rf"(?P<md_y>{_Y})|\s+(?P<md_rel>(?i:(?:of\s+)?(?:this|last)\s+year)))?",
    ),
    (
        "months_to",
        rf"(?i:the\s+)?(?:(?P<mt_n>(?i:{_N}))\s+months|(?:(?<!\d\s)(?i:fiscal|financial)\s+)?(?P<mt_yr>(?i:year))"
        rf"|(?P<mt_q>(?i:quarter)))"
        rf"\s+(?:to|through|(?:that\s+|which\s+)?(?:ending|ended)(?:\s+(?:in|on))?|up\s+to)"
        rf"\s+(?P<mt_m>{_M})(?:\s+(?P<mt_d>{_D})(?!\d))?(?:,?\s+(?P<mt_y>{_Y}))?",
    ),
    (
        # "epidemiological week 13", "through epidemiological week 20 of 2024"; a bare "week 12"
        # only in a sentence that speaks of epidemiological weeks (checked when resolved)
        "epi_week",
        rf"(?:(?P<ew_to>(?i:through|up\s+to))\s+)?(?i:epidemiological|epi)\s+(?i:week)\s+"
        rf"(?P<ew_n>\d{{1,2}})(?!\d)(?:,?\s+(?i:of)\s+(?P<ew_y>{_Y}))?"
        r"|(?<=\bin\s)week\s+(?P<ew_n2>\d{1,2})(?!\d|[.,]\d|\s*%|\s+(?:of|to|and)\b)",
    ),
    (
        "week_to",
        # ("in the week that ended Sunday", "the week ended Nov. 29")
        # ("in the epidemiological week ending May 11")
        rf"(?i:the\s+)?(?:(?i:epidemiological|epi)\s+)?(?i:week|seven\s+days)\s+"
        rf"(?i:to|through|ending(?:\s+on)?|up\s+to|"
        rf"(?:that\s+|which\s+)?ended(?:\s+on)?)\s+"
        rf"(?:(?P<wt_m>{_M})\s+(?P<wt_d>{_D})(?:,?\s+(?P<wt_y>{_Y}))?|(?P<wt_wd>{_WD})\b)",
    ),
    (
        "full_date",
        rf"(?P<fd_m>{_M})\s+(?P<fd_d>{_D}),?\s+(?P<fd_y>{_Y})"
        rf"|(?P<fd_d2>{_D})\s+(?P<fd_m2>{_M}),?\s+(?P<fd_y2>{_Y})",
    ),
    (
        "quarter",
        rf"(?i:the\s+)?(?P<q_n>(?i:first|second|third|fourth|1st|2nd|3rd|4th|last|final))[\s-]+quarter"
        rf"(?:\s+of\s+(?:(?P<q_y>{_Y})|(?P<q_last>(?i:last\s+year|the\s+previous\s+year))|"
        rf"(?i:the\s+year)|(?P<q_this>(?i:this\s+year))))?(?!\s+(?:century|mile))"
        rf"|\bQ(?P<q_n2>[1-4])\s+(?P<q_y2>{_Y})|\b(?P<q_cur>(?i:this))\s+quarter\b"
        # "in Q3" without a year; "Q3" alone may be an amount of quetzales ("Q3 million").
        r"|(?:(?<=\b[Ii]n\s)|(?<=\b[Tt]he\s)|(?<=\bfor\s)|(?<=\bof\s)|(?<=\b[Dd]uring\s))Q(?P<q_n3>[1-4])"
        r"(?![\w-]|[.,]\d|\s+(?i:million|billion|thousand|trillion|per|a|an|each)\b)"
        # "the September quarter", "the June quarter of 2024": the quarter that ends that month
        rf"|(?<=\b[Tt]he\s)(?P<q_mo>March|June|September|December)\s+quarter\b"
        rf"(?:\s+of\s+(?P<q_y3>{_Y}))?",
    ),
    # "stood at 20.6 million at the end of the month": the last day of the period spoken of
    (
        "context_end",
        r"(?i:at|as\s+of)\s+(?i:the\s+end\s+of\s+the)\s+"
        r"(?P<ce_u>(?i:month|quarter|period|(?:fiscal|financial)\s+year))\b",
    ),
    (
        "month_end",
        rf"(?i:at\s+the\s+end\s+of|as\s+of\s+the\s+end\s+of)\s+(?:(?P<me_m>{_M})(?:,?\s+(?P<me_y>{_Y}))?"
        # "at the end of 2023", "at the end of last year": its last day
        rf"|(?P<me_yy>{_Y})|(?P<me_last>(?i:last\s+year))|(?P<me_cur>(?i:the\s+year))\b(?!\s+(?:ago|before|earlier)\b))",
    ),
    (
        "fy_code",
        r"\bFY\s?(?P<fyy>(?:19|20)\d\d|\d\d)(?![\w-])",
    ),
    (
        "month_half",
        rf"(?i:the\s+)?(?P<mh_n>(?i:first|second))\s+half\s+of\s+(?P<mh_m>{_M})"
        rf"(?:,?\s+(?P<mh_y>{_Y}))?",
    ),
    (
        "week_of",
        rf"(?i:the\s+)?(?:(?P<wk_n>(?i:first|second|third|fourth|last))\s+(?i:week)"
        # ("In the first two weeks of January", "the last three weeks of May")
        rf"|(?P<wk_cw>(?i:first|last))\s+(?P<wk_c>(?i:two|three|2|3))\s+(?i:weeks))\s+of\s+"
        rf"(?P<wk_m>{_M})(?:,?\s+(?P<wk_y>{_Y}))?",
    ),
    (
        "half",
        rf"(?i:the\s+)?(?P<h_n>(?i:first|second))[\s-]+half"
        rf"(?:\s+of\s+(?:(?P<h_y>{_Y})|(?P<h_last>(?i:last\s+year|the\s+previous\s+year))|"
        rf"(?P<h_the>(?i:the\s+year))|(?P<h_this>(?i:this\s+year))))?(?![\w-])|\bH(?P<h_n2>[12])\s+(?P<h_y2>{_Y})"
        r"|(?:(?<=\b[Ii]n\s)|(?<=\b[Tt]he\s)|(?<=\bfor\s)|(?<=\bof\s))H(?P<h_n3>[12])(?![\w-]|[.,]\d)",
    ),
    (
        "date_range",
        # ("between Thursday, April 17, and Sunday, April 20": a weekday before each day, too)
        # ("between January and Aug. 20": the month's first day when no day opens it)
        rf"(?i:from|between)\s+(?:{_WD},?\s+)?(?P<dr_m1>{_M})(?:\s+(?P<dr_d1>{_D}))?"
        rf"(?:,?\s+(?P<dr_y1>{_Y}))?,?\s+(?i:to|and|through|until)\s+(?:{_WD},?\s+)?"
        rf"(?P<dr_m2>{_M})\s+(?P<dr_d2>{_D})(?![\w%]|[.,]\d|\s*(?:percent|per\b|million|billion))"
        rf"(?:,?\s+(?P<dr_y2>{_Y}))?"
        # "from April 12 to 20": the month written once (not "from May 3 to 20 percent")
        # ("for the week of July 2 to 8": those days)
        rf"|(?i:from|between|week\s+of)\s+(?P<dr_mb>{_M})\s+(?P<dr_d1b>{_D})\s+(?i:to|and|through|until)\s+"
        rf"(?P<dr_d2b>{_D})(?![\w%]|[.,]\d|\s*(?:percent|per\b|million|billion))"
        rf"(?:,?\s+(?P<dr_yb>{_Y}))?"
        # "played from June 14 to Sunday", "the window ran from June 16 to Monday": from that day
        # to the weekday, the most recent one before publication
        rf"|(?i:from|between)\s+(?P<dr_mw>{_M})\s+(?P<dr_dw>{_D})\s+(?i:to|and|through|until)\s+"
        rf"(?P<dr_wd>{_WD})\b",
    ),
    (
        "first_days",
        rf"(?i:the\s+)?(?i:first)\s+(?P<fdy_n>\d{{1,2}}|(?i:{_N}))\s+(?i:days)\s+of\s+(?P<fdy_m>{_M})"
        rf"(?:,?\s+(?P<fdy_y>{_Y}))?"
        # "the first nine weeks of 2024", "the first 10 weeks of the year"
        rf"|(?i:the\s+)?(?i:first)\s+(?P<fdw_n>\d{{1,2}}|(?i:{_N}))\s+(?i:weeks)\s+of\s+"
        rf"(?:(?P<fdw_y>{_Y})|(?i:the\s+year|this\s+year))"
        # "the first eight days of the month", "the first 10 days of the year"
        rf"|(?i:the\s+)?(?i:first)\s+(?P<fdc_n>\d{{1,2}}|(?i:{_N}))\s+(?i:days)\s+of\s+"
        r"(?i:the|this)\s+(?P<fdc_u>(?i:month|year))\b",
    ),
    (
        "first_months",
        # ("the first three quarters of 2024": its first nine months)
        rf"(?i:the\s+)?(?i:first)\s+(?P<fm_n>(?i:{_N}))\s+(?i:months|(?P<fm_q>quarters))\s+of\s+"
        rf"(?:(?P<fm_y>{_Y})|(?P<fm_last>(?i:last\s+year|the\s+previous\s+year))"
        r"|(?i:the\s+year|this\s+year))"
        # "in the first eight months": of the year the text speaks of
        rf"|(?i:the\s+)?(?i:first)\s+(?P<fm_n3>(?i:{_N}))\s+(?i:months)(?!\s+(?:of|in|since|after)\b)",
    ),
    (
        # "the final three months of 2023", "the last two months of the year"
        "last_months",
        rf"(?i:the\s+)?(?i:last|final)\s+(?P<lm_n>(?i:{_N}))\s+(?i:months)\s+of\s+"
        rf"(?:(?P<lm_y>{_Y})|(?P<lm_last>(?i:last\s+year|the\s+previous\s+year))"
        r"|(?P<lm_this>(?i:this\s+year))|(?i:the\s+year))",
    ),
    (
        "fiscal_end",
        # ("fiscal year 2019/20 ended on March 31", "in fiscal 2012/13": a split fiscal year
        # is named by both years and ends in the second)
        rf"(?i:the\s+)?(?:(?P<fy2>{_Y})\s+(?i:fiscal\s+year)|(?i:fiscal(?:\s+year)?)\s+"
        rf"(?:(?P<fy3>{_Y})|(?P<fys_a>(?:19|20)\d\d)/(?P<fys_b>(?:19|20)?\d\d)(?![\w%/]|[.,]\d)))"
        rf"(?:,?\s+(?i:which\s+|that\s+)?(?P<fe_how>(?i:ended|ending|ends|closed|begins|began|"
        # ("fiscal 2023/24, which ended in March": the month alone, to its last day)
        rf"starts|started|starting|beginning))\s+(?i:on\s+|in\s+)?(?P<fe_m>{_M})"
        rf"(?:\s+(?P<fe_d>{_D})(?!\d))?"
        # ("fiscal year 2023, which ended Sept. 30, 2023": the day's year is the fiscal year's)
        rf"(?:,\s+{_Y})?)?"
        # "the fiscal year ended June 30, 2023", "the year ending March 31, 2024"
        rf"|(?i:the\s+)?(?i:(?:fiscal|financial)\s+)?(?i:year)\s+(?i:(?:that|which)\s+)?"
        rf"(?P<fe_how2>(?i:ended|ending|ends))\s+(?i:on\s+)?(?P<fe_m2>{_M})\s+(?P<fe_d2>{_D})(?!\d)"
        rf"(?:,?\s+(?P<fe_y2>{_Y}))?"
        # "the fiscal year that ended Monday": the twelve months up to that day
        rf"|(?i:the\s+)?(?i:fiscal)\s+(?i:year)\s+(?i:(?:that|which)\s+)?(?i:ended)\s+(?i:on\s+)?"
        rf"(?P<fe_wd>{_WD})\b"
        # "the fiscal year that began in July": the twelve months from that month's latest start
        rf"|(?<!\d\s)(?i:the\s+)?(?i:(?:fiscal|financial)\s+year),?\s+(?i:(?:that|which)\s+)?"
        rf"(?i:began|started)\s+(?i:in\s+|on\s+)?(?P<fe_m3>{_M})(?:\s+(?P<fe_d3>{_D}))?(?![\w,]\d)",
    ),
    ("month_year", rf"(?P<my_mid>mid-)?(?P<my_m>{_M})(?:\s+of)?,?\s+(?P<my_y>{_Y})"),
    (
        "month_day",
        # ("a poll taken Nov. 20-24": the days of that span)
        # ("the blaze of Aug. 11 and 12": both days, unless what follows the second counts it:
        # "3 percent on March 3 and 12 percent on March 4")
        rf"(?P<md_m>{_M})\s+(?P<md_d>{_D})(?:[-–](?P<md_e>{_D})"
        rf"|\s+(?i:and|&)\s+(?P<md_e2>{_D})(?!\s*[\d%$€£]|\s*,\s*\d|\s+(?i:percent|per|million"
        rf"|billion|trillion|thousand|hundred|people|persons|others|more|of|times|years?|months?"
        rf"|weeks?|days?|hours?)\b))?(?![\d,.]\d|\w)"
        rf"|(?<![\d,.])(?P<md_d2>{_D})\s+"
        rf"(?P<md_m2>{_M})",
    ),
    ("decade", r"(?i:the\s+)?(?P<dec>(?:1[89]|20)\d0)['’]?s\b"),
    ("fiscal", rf"(?i:fiscal(?:\s+year)?)\s+(?P<fy>{_Y})"),
    # "last winter", "this spring": the season (as the weather services count them) around
    # publication; "the previous winter", "the summer before": a year before the one spoken of
    (
        "season",
        # (not "the last fall in prices", "the previous fall of the peso")
        rf"\b(?:the\s+)?(?P<ss_w>last|this|past|next|coming)\s+(?P<ss>winter|summer|spring|"
        rf"autumn|{_FALL})\b(?!-)"
        rf"|\b(?:the\s+)?(?:previous|prior|preceding)\s+(?:winter|summer|spring|autumn|{_FALL})"
        r"\b(?!-)"
        r"|\bthe\s+(?:winter|summer|spring|fall|autumn)\s+before\b(?!\s+(?:the|last|that|it|its)\b)",
    ),
    # "last school year", "this academic year": the school year (July to June) around publication
    (
        "school_rel",
        r"\b(?P<sr>this|last|next|the\s+current|the\s+past|the\s+coming)\s+"
        r"(?:school|academic)\s+year\b",
    ),
    (
        "fiscal_rel",
        r"\b(?P<fr>this|last|next|the\s+current|the\s+previous|the\s+next|the\s+coming)\s+"
        r"fiscal\s+year\b",
    ),
    # "the class of 2024": the students who finish school in 2024, and so the school year (July
    # to June) that ends then
    ("class_of", rf"(?i:class)\s+(?i:of)\s+(?P<co_y>{_Y})(?![\w-])"),
    # "in calendar 2023", "full-year 2023", "all of 2022": the year, words and all.
    ("year", rf"(?:(?i:calendar|full[-\s]year|all\s+of)\s+|(?i:mid-))?(?P<y>{_Y})"),
    (
        "past_n",
        # ("in the past 24 hours": the days those hours reach back over, up to publication)
        rf"\b(?:the\s+)?(?P<pw>past|last|previous|preceding)\s+(?P<pn>{_N})\s+"
        rf"(?P<pu>{_UNIT}|(?P<pu_h>hours))\b",
    ),
    (
        "ago",
        # ("a month earlier" steps back from the sentence's period: previous_unit)
        rf"(?<![\w,.])(?!(?:a|one)\s+(?:month|week|quarter)\s+(?:earlier|before)\b)"
        rf"(?P<ag>{_N}|a)\s+(?P<agu>{_UNIT})\s+(?P<agw>ago|earlier|later|before|after)\b",
    ),
    ("past_one", r"\b(?:the\s+)?past\s+(?P<po>year|month|week)\b"),
    # ("13,000 extra beds are needed over the next five years": an open-ended future span, no
    # period; nor the one a sentence before spoke of)
    ("next_n", rf"\bnext\s+{_N}\s+{_UNIT}\b"),
    # "during the year", "for the whole year": the year the text speaks of, else this year
    (
        "context_year",
        r"\b(?:during|over|throughout|for|in)\s+the\s+(?:whole\s+|entire\s+|full\s+)?"
        r"(?P<cy_fiscal>(?:fiscal|financial)\s+)?year\b"
        r"(?![\s,]+(?:to|through|ending|ended|ends|before|earlier|after|ago|of|that|which|when|in|"
        r"on|\d)\b|-)"
        # ("raised its full-year profit forecast": the year the text speaks of)
        r"|\bfull-year\b",
    ),
    ("past_decade", r"\b(?:the\s+)?(?:past|last)\s+decade\b"),
    # "accounted for 37% of its homicides that year": the year the text spoke of last
    (
        "that_year",
        r"\bthat\s+(?:same\s+)?year\b"
        r"(?![\s,]+(?:to|through|ending|ended|before|after|of|in)\b|-)",
    ),
    # "in the decade to 2023", "the five years through 2022": the years ending with that one
    (
        "years_to",
        rf"\b(?:the\s+)?(?:(?P<yt_dec>decade)|(?P<yt_n>{_N})\s+years)\s+(?:to|through|until|"
        rf"ending\s+in|ended\s+in)\s+(?P<yt_y>{_Y})",
    ),
    (
        "baseline",
        r"\b(?:a|one)\s+year\s+(?:earlier|before|ago)\b|\b(?:the\s+)?(?:previous|prior)\s+year"
        r"\b|\b(?:the\s+)?year\s+before\b|\b(?:the\s+)?same\s+(?:period|months?|weeks?|quarter|point|"
        r"time|date|day|stretch|span|window|season|term|semester)\s+(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|"
        # ("compared with 1,010 in the same month the previous year")
        r"(?:the\s+)?(?:previous|prior|preceding)\s+year|"
        r"(?:in\s+)?(?:19|20)\d\d)\b|\b(?:by\s+|at\s+)?this\s+(?:time|point)\s+last\s+year\b"
        r"|\b(?:the\s+)?(?:year-earlier|year-ago|prior-year)\s+"
        r"(?:period|quarter|months?|weeks?)\b",
    ),
    (
        "same_period",
        r"\b(?:over|in|during|for)\s+the\s+same\s+(?:period|months?|weeks?|stretch|span|time)\b"
        r"(?!\s+(?:of\s+|in\s+)?(?:last\s+year|a\s+year|(?:the\s+)?(?:previous|prior|preceding)\s+year|"
        r"(?:19|20)\d\d))"
        # ("... between 2010 and 2015. The estimate shows a fall of 60,000 over those years")
        r"|\b(?:over|in|during)\s+those\s+(?:years|months)\b"
        # ("Guatemala received $21.9 billion over that period, up 9% from the previous 12
        # months": the period the sentence before named, not the baseline after it)
        r"|\b(?:over|in|during|for)\s+that\s+(?:period|time|span|stretch)\b"
        r"(?!\s+(?:of|from|between|to|in|last)\b)",
    ),
    ("following_year", r"\b(?:the\s+)?(?:following|next)\s+year\b"),
    # "the previous month", "the week before": a step back from the period of the sentence
    (
        "previous_unit",
        r"\b(?:the\s+)?(?:previous|prior|preceding)\s+(?P<pv_u>month|week|quarter)\b"
        # ("In the previous 12-month period, it had fallen 22%": the twelve months before)
        r"|\b(?:the\s+)?(?:previous|prior|preceding)\s+(?P<pv_y>12|twelve)-month\s+period\b"
        # ("down from 8.1 percent in the previous three-month period": the three months before)
        r"|\b(?:the\s+)?(?:previous|prior|preceding)\s+(?P<pv_n>two|three|four|six|nine|2|3|4|6|9)"
        r"-month\s+period\b"
        r"|\bthe\s+(?P<pv_u2>month|week|quarter)\s+before\b(?!\s+(?:the|last|that|it|its)\b)"
        # ("3 homicides over the weekend, compared with 8 the previous weekend": a week back)
        r"|\b(?:the\s+)?(?:previous|prior|preceding)\s+(?P<pv_we>weekend)\b"
        # ("30 percent in the 2010s, compared with 42 percent in the previous decade")
        r"|\b(?:the\s+)?(?:previous|prior|preceding)\s+(?P<pv_dec>decade)\b"
        # ("12 homicides on Tuesday, up from 7 the same day last week": that day a week back)
        r"|\bthe\s+same\s+(?P<pv_sd>day)\s+(?:last\s+week|a\s+week\s+(?:earlier|before|ago)|"
        r"(?:of\s+)?the\s+(?:previous|prior|preceding)\s+week)\b"
        r"|\bthe\s+(?P<pv_we2>weekend)\s+before\b(?!\s+(?:the|last|that|it|its)\b)"
        # ("The previous harvest had yielded 6.2 million bags", "In the previous period": the
        # span before the one the text speaks of, as long as it)
        r"|\b(?:the\s+)?(?:previous|prior|preceding)\s+(?P<pv_sp>harvest|season|period|cycle|"
        r"campaign|crop\s+year|marketing\s+year|school\s+year)\b(?!\s+(?:of|in|when)\b)"
        # ("up from 231 million the season before": the same, said after)
        r"|\bthe\s+(?P<pv_sp2>harvest|season|crop\s+year|marketing\s+year|school\s+year)\s+"
        r"before\b(?!\s+(?:the|last|that|it|its)\b)"
        # "fell to 5.7% from 5.8% a month earlier"
        r"|\b(?:a|one)\s+(?P<pv_u3>month|week|quarter)\s+(?:earlier|before)\b",
    ),
    (
        "so_far",
        rf"\bso\s+far\s+this\s+year\b|\bthis\s+year\s+so\s+far\b|\byear[-\s]to[-\s]date\b|\bYTD\b"
        # ("1,200 patients to date this year": the year so far)
        r"|\bthis\s+year\s+to\s+date\b|\bto\s+date\s+this\s+year\b"
        r"|\bso\s+far\s+this\s+(?P<sf_month>month)\b|\bthis\s+(?P<sf_month2>month)\s+so\s+far\b"
        r"|\bso\s+far\s+this\s+(?P<sf_week>week)\b|\bthis\s+(?P<sf_week2>week)\s+so\s+far\b"
        rf"|\bso\s+far\s+in\s+(?P<sf_mo>{_M})(?!\s+\d)"
        rf"|\bso\s+far\s+in\s+(?P<sf_y>{_Y})"
        r"|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b",
    ),
    (
        "this_last",
        r"\b(?:all\s+(?:of\s+)?)?(?P<tl>this|last)\s+(?P<tlu>year|month|week)\b"
        # ("next year" is the year after the one the text speaks of: following_year)
        r"|\b(?P<tl_next>next)\s+(?P<tlu_next>month|week)\b",
    ),
    (
        "end_of_year",
        r"\b(?:the\s+)?end\s+of\s+(?:the|this)\s+year\b"
        r"|\b(?:end|close|finish)\s+(?:the|this)\s+year\b",
    ),
    (
        "day_word",
        # ("were left without water overnight": the night before publication; not the adjective
        # of "an overnight curfew", "overnight stays")
        r"\b(?P<dw>yesterday|today|last\s+night|"
        r"o(?<!\ban\so)(?<!\bthe\so)vernight(?!\s+(?!(?:after|as|when|while|and|in|on|at|from|"
        r"to|into|before|following|because|amid|but|across|near)\b)[a-z]))\b",
    ),
    ("weekend", r"\b(?:over\s+|during\s+)?(?:the|this|last|past)\s+weekend\b"),
    # "on Thursday and Friday", "from Monday to Wednesday": the days between, both included
    # ("from Thursday evening through Sunday": a time of day does not break the pair)
    (
        "weekday_pair",
        # ("from Friday night into Sunday morning", "late Saturday and early Sunday")
        # ("from 6 p.m. Friday to midnight Monday": a clock time before the second day)
        rf"\b(?P<wp_a>{_WD})(?:\s+{_DAYTIME})?\s+(?:and|through|to|into|until)\s+"
        rf"(?:(?:late|early)\s+|{_CLOCK}\s+)?(?P<wp_b>{_WD})\b"
        rf"(?:\s+{_DAYTIME})?",
    ),
    ("weekday", rf"\b(?P<wd>{_WD})(?:['’]s)?\b"),
    (
        "month_last",
        rf"(?:\b(?i:in)\s+)?(?P<ml_m>{_M})\s+(?:of\s+)?(?i:last\s+year|(?P<ml_this>this\s+year))\b",
    ),
    (
        "month",
        # ("since the start of February": the month, from its first day)
        # ("the jobless rate was 4.6% for October": the month the figure is for)
        rf"(?:\b(?i:in|since|during|from|last|early|late|as\s+of)\s+"
        rf"(?:(?i:the\s+(?:start|beginning|month)\s+of)\s+)?"
        # ("fell to 49,800 students this September": that month of the publication year)
        rf"|\b(?P<mo_this>(?i:this))\s+"
        # (not "voted for May Ellison", "named for August Wilson": a name)
        rf"|\b(?i:for)\s+(?:(?i:the\s+month\s+of)\s+)?(?=[A-Z][a-z]+\b\.?(?!\s+[A-Z]))"
        # ("through the end of June", "by the end of May": the bound is that month's end)
        rf"|\b(?i:until|through|by)\s+(?:(?i:the\s+(?:start|beginning|end)\s+of)\s+)?)"
        rf"(?P<mo_mid>mid-)?"
        rf"(?P<mo>{_M})(?!\w|\.\w|\s+\d|,?\s+of\s+(?:19|20)\d\d\b|,\s+(?:19|20)\d\d\b(?![,.]\d)"
        # ("through June of last year": the month of that year, read by month_last)
        r"|\s+(?:of\s+)?(?i:last|this)\s+year\b"
        rf"|\s*[-–]\s*{_M}|\s+and\s+{_M})"
        rf"|(?<=\bmid-)(?P<mo2>{_M})(?!\w|\.\w|\s+\d)|(?P<mo3>{_M})(?=\s+alone\b|\s+(?:was|saw|brought"
        r"|ended|closed|became|marked)\b"
        # ("about $1.1 billion of the May total", "the June figures": the month as a label)
        r"|\s+(?:total|tally|figures?|reading|count|census)\b"
        # ("a third of the September apprehensions", "the February flights": the month's own
        # counted things; not "May", a name or a verb as often as a month)
        r"|(?<!May)\s+[a-z]{3,}s\b(?![-'’])"
        # ("January's gain was revised down to 229,000": the month owns the figure; not "May's",
        # a name as often as a month)
        r"|(?<!May)['’]s\s+[a-z])",
    ),
)
# Month and weekday names must be capitalised ("may" is a verb); other phrases may be in any case.
_ANY_CASE: Final = word_set(
    "clock ago past_n past_one baseline following_year so_far this_last end_of_year day_word "
    "context_year next_n "
    "past_decade same_period fiscal_rel weekend previous_unit years_to that_year school_rel "
    "season next_cycle"
)
_DIGIT_FIRST: Final = word_set(
    "storm_season clock iso year_range months_to full_date quarter fiscal_end month_day decade "
    "year ago years_to"
)


class TimeRegex:
    """The alternation of a language's time expressions, matched at a known position.

    Matched as one alternation behind checks of the characters each alternative can start
    with, the engine still makes that check for each of some 50 alternatives at every trigger
    (about 8 µs an attempt, most of them failing). `match` instead tries, in their order, only
    the alternatives that can start with the character at that position, each compiled alone:
    the first that matches there is the one the alternation would take, with the same span
    and groups. A character beyond ASCII, which the check cannot rule out, gets every
    alternative. A kind's resolver reads only its own groups, which its alternative holds."""

    __slots__ = ("alternatives", "by_char", "pattern")

    def __init__(self, patterns: tuple[tuple[str, str], ...], any_case: frozenset[str]) -> None:
        self.alternatives: list[tuple[frozenset[str] | None, re.Pattern[str]]] = []
        sources = []
        for name, body in patterns:
            group = f"(?P<{name}>(?i:{body}))" if name in any_case else f"(?P<{name}>{body})"
            self.alternatives.append((first_chars(group), compiled(group)))
            sources.append(first_char_guard(group) + group)
        # The whole alternation, as one pattern (what the tests hold `match` to).
        self.pattern = "|".join(sources)
        self.by_char: dict[str, list[re.Pattern[str]]] = {}

    def match(self, text: str, at: int = 0) -> re.Match[str] | None:
        char = text[at] if at < len(text) else ""
        regexes = self.by_char.get(char)
        if regexes is None:
            regexes = self._admitting(char)
        for regex in regexes:
            found = regex.match(text, at)
            if found is not None:
                return found
        return None

    def _admitting(self, char: str) -> list[re.Pattern[str]]:
        ruled_in = not char.isascii()
        regexes = [
            r for chars, r in self.alternatives if ruled_in or chars is None or char in chars
        ]
        self.by_char[char] = regexes
        return regexes


_TIME_RE: Final = TimeRegex(_PATTERNS, _ANY_CASE)
# Where a digit starts the expression only these kinds can match; trying just them, in the same
# order, finds the same expression sooner (most digits in news text are not times).
_TIME_RE_DIGIT: Final = TimeRegex(tuple(p for p in _PATTERNS if p[0] in _DIGIT_FIRST), _ANY_CASE)


# What a case-blind letter matches besides its two cases (the regex engine's own equivalences).
_CASE_PARTNERS: Final = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _any_case(words: str, after: str = "") -> str:
    """`(?i:words)after` as alternatives that each start with a class of one first letter's cases.

    The scan for triggers stops at every word. An alternative that starts with a plain class is
    ruled out by one look at the character there, while a case-blind word is tried letter by
    letter and a check in front of it ((?=...)) costs a sub-match. Words sharing a first letter
    stay together in their order, so the same word wins."""
    groups: dict[str, list[str]] = {}
    for word in words.split("|"):
        groups.setdefault(word[0].lower(), []).append(word[1:])
    parts = []
    for first, rests in groups.items():
        cases = "".join(dict.fromkeys(first + first.upper() + _CASE_PARTNERS.get(first, "")))
        parts.append(
            f"[{cases}](?i:{'|'.join(rests)}){after}" if any(rests) else f"[{cases}]{after}"
        )
    return "|".join(parts)


def _top_alternatives(source: str) -> list[str]:
    """The alternatives of a pattern at its top level (not inside a group or a class)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    at = 0
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:at])
            start = at + 1
        at += 1
    parts.append(source[start:])
    return parts


def _first_class(alternative: str) -> tuple[frozenset[str], str, str]:
    """An alternative's first character class (the characters it admits), as written, and the
    rest of it. It must start with a plain character or a class of characters and ranges."""
    if alternative[:1] == "[":
        written = alternative[: alternative.index("]") + 1]
        op, items = _parser.parse(written).data[0]
        if op is _constants.LITERAL:  # ("[1]")
            items = [(op, items)]
        chars: set[str] = set()
        for op, value in items:
            if op is _constants.LITERAL:
                chars.add(chr(value))
            elif op is _constants.RANGE:
                chars.update(chr(code) for code in range(value[0], value[1] + 1))
            else:
                raise ValueError(f"not a plain class: {written}")
        return frozenset(chars), written, alternative[len(written) :]
    if not alternative[:1].isalnum():
        raise ValueError(f"does not start with a plain character: {alternative}")
    return frozenset(alternative[0]), re.escape(alternative[0]), alternative[1:]


def _by_first_class(source: str) -> str:
    """A top-level alternation rewritten with the alternatives that can start at the same
    characters behind one class of them: "[dD](?i:e)X|[aA]Y|[dD](?i:urante)Z" becomes
    "[Dd](?:(?i:e)X|(?i:urante)Z)|[Aa]Y". At a word start the engine then looks at one class per
    group instead of entering every alternative. It matches what `source` matches, with the same
    span: the characters are split by which alternatives admit them, so at any character exactly
    one group holds every alternative that could start there, in their order. An alternative
    after one that always matches there (a bare class: "[0-9]" before "[1](?i:st)") could never
    be reached, and is left out of that character's group."""
    alternatives = [_first_class(alternative) for alternative in _top_alternatives(source)]
    groups: dict[tuple[int, ...], list[str]] = {}
    for char in sorted(set().union(*(chars for chars, _written, _rest in alternatives))):
        reached: list[int] = []
        for index, (chars, _written, rest) in enumerate(alternatives):
            if char in chars:
                reached.append(index)
                if not rest:
                    break
        groups.setdefault(tuple(reached), []).append(char)
    parts = []
    for indices, starts in groups.items():
        rests = [alternatives[index][2] for index in indices]
        admitted = "".join(re.escape(char) for char in starts)
        parts.append(f"[{admitted}]" + (f"(?:{'|'.join(rests)})" if rests != [""] else ""))
    return "|".join(parts)


# Every expression starts with a digit, a capital or one of these words; finding those first
# spares trying each alternative of _TIME_RE at every position of the sentence.
_NUM_WORDS: Final = (
    r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety"
)
# Where an expression may start: a digit, a month or weekday name, or a word that begins one;
# frequent words ("in", "from", "a") only when what follows can make an expression. Trying the
# alternatives of _TIME_RE only there keeps the scan cheap.
_TRIGGER_ALTERNATIVES: Final = (
    r"[0-9]"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
    r"|Q[1-4](?!\w)"
    r"|Thanksgiving|Black\s|Cyber\s|Christmas|Boxing\s|New\sYear|Good\s|Easter|Palm\s|Holy\s"
    r"|Semana\s|Memorial\s|Labor\s|Fourth\sof\s"
    + "|"
    + _any_case("from|between", r"(?=\s+(?:mid-)?(?:\d|[A-Z]))")
    + "|"
    + _any_case(
        "in|since|during|until|through|early|late|by|for",
        r"(?=\s+(?:mid-)?[A-Z]|\s+the\s+(?:start|beginning|end\s+of\s+[A-Z]|month\s+of\s+[A-Z]))",
    )
    + "|"
    + _any_case("the", r"(?=\s+(?:current|coming|next|past)\s+(?:fiscal|school|academic)\b)")
    + "|"
    + _any_case(
        "the",
        r"(?=\s+(?:previous|prior|preceding|year|same)\b"
        r"|\s+(?:past|last|this|next|coming)\s+(?:winter|summer|spring|fall|autumn)\b"
        r"|\s+(?:month|week|quarter|winter|summer|spring|fall|autumn|harvest|season|"
        r"(?:crop|marketing|school)\s+year)\s+before\b"
        r"|\s+(?:(?:epidemiological|epi)\s+)?(?:week|seven\s+days)\s+(?:to|through|"
        r"ending|up|(?:that\s+|which\s+)?ended)\b|\s+quarter\s+(?:that\s+|which\s+)?(?:to|through|end))",
    )
    + "|"
    + _any_case(
        "during|throughout|amid|before|at",
        r"(?=(?i:\s+(?:the\s+(?:height|peak)\s+of\s+)?the\s+(?:covid(?:-19)?\s+|coronavirus\s+)?"
        r"(?:pandemic|lockdowns?)\b))",
    )
    + "|"
    + _any_case(
        "atlantic|pacific|eastern|central|hurricane",
        r"(?=(?:\s+pacific)?(?:\s+hurricane)?\s+season\b)",
    )
    + "|"
    + _any_case("week|seven", r"(?=[\s\w]{0,6}\s+(?:to|through|ending|ended|up)\b)")
    + "|"
    + _any_case("through|up", r"(?=(?:\s+to)?\s+(?:epidemiological|epi)\s+week\s+\d)")
    + "|"
    + _any_case(
        "epidemiological|epi",
        r"(?=\s+week\s+(?:\d|(?:to|through|ending|ended|up|that|which)\b))",
    )
    + "|"
    + _any_case("week", r"(?=\s+\d|\s+of\s+[A-Z])")
    + "|"
    + _any_case(
        "over|in|during|for",
        r"(?=\s+the\s+same\b|\s+those\s+(?:years|months)\b|\s+that\s+(?:period|time|span|stretch)\b)",
    )
    + "|"
    + _any_case(
        "during|over|throughout|for|in",
        r"(?=\s+the\s+(?:whole\s+|entire\s+|full\s+)?(?:(?:fiscal|financial)\s+)?year\b)",
    )
    + "|"
    + _any_case(
        "at|as",
        r"(?=\s+(?:of\s+)?the\s+end\s+of\s+(?:[A-Z]|\d|last\s|the\s+(?:month|quarter|period|"
        r"fiscal|financial|year)\b))",
    )
    + "|"
    # ("held 17,800 inmates as of December": the month a level stood at)
    + _any_case("as", r"(?=\s+of\s+[A-Z][a-z])")
    + "|"
    + _any_case("that", r"(?=\s+(?:same\s+)?year\b)")
    + "|"
    + _any_case("to", r"(?=\s+date\s+this\s+year\b)")
    + "|"
    + _any_case("full", r"(?=-year\b)")
    + "|"
    + _any_case("class", r"(?=\s+of\s+(?:19|20)\d\d\b)")
    + r"|FY(?=\s?\d)"
    + "|"
    + _any_case("close|finish", r"(?=\s+(?:the|this)\s+year\b)")
    + "|"
    + _any_case(
        "calendar|full|all",
        r"(?=[\s-]+(?:year\s+|of\s+)?(?:19|20)\d\d\b|\s+(?:of\s+)?"
        r"(?:this|last)\s+(?:year|month|week)\b)",
    )
    + "|"
    + _any_case("over|during|the", r"(?=\s+(?:the\s+)?weekend\b)")
    + r"|H[12](?=\s+(?:19|20)\d\d|[\s.,;:)]|$)|YTD(?!\w)"
    + "|"
    + _any_case(
        "past|last|previous|this|next|following|so|year|end|fiscal|financial|yesterday|today|mid|first|decade"
        "|final|overnight"
        "|second|third|fourth|1st|2nd|3rd|4th",
        r"(?!\w)",
    )
    + "|"
    + _any_case(_NUM_WORDS, r"(?=[\s-]+(?:\w+[\s-]+)?(?i:years?|months?|weeks?|days?|decades?)\b)")
)
_TRIGGER: Final = compiled(rf"(?<!\w)(?:{_by_first_class(_TRIGGER_ALTERNATIVES)})")
_SINCE: Final = compiled(
    # ("since the July 28 election", "since the 2019 protests": the date of what follows)
    r"\bsince\s+(?:mid-|early\s+|late\s+|the\s+(?:start|beginning|end)\s+of\s+|the\s+)?$"
    r"|\bsince\s+(?:taking|assuming)\s+office\s*,?\s+(?:in\s+|on\s+)?$|"
    # ("since its launch in 2021", "since their founding in 1998")
    r"\bsince\s+(?:its|their|his|her)\s+(?:launch|creation|founding|inception|start|opening|"
    r"debut|introduction|establishment|election|inauguration|arrival)\s*,?\s+(?:in\s+|on\s+)?$|\bsince\s+the\s+(?:start|beginning|outbreak|launch|onset)\s+of\s+"
    r"[\w\s'’-]{0,40}?,?\s+(?:in\s+|on\s+)?$|\bsince\s+[\w\s'’-]{0,70}?\b(?:began|started|took\s+effect|"
    r"was\s+declared|was\s+imposed|came\s+into\s+force|struck|hit|made\s+landfall|landed|"
    r"erupted|broke\s+out|opened|took\s+office|was\s+elected|arrived)"
    # ("since it made landfall in Florida on Thursday": where, then when)
    r"(?:\s+|[\w\s'’-]{0,60}?,?\s+)(?:in\s+|on\s+)?$"
    # any verb in the past and what it did, then the date: "since it declared a state of
    # emergency in March 2022", "since Congress approved the law in 2019"
    # (and "since Noboa declared an “internal armed conflict” in January 2024": quotes too)
    # ("since it was relaunched in 2023": the verb right before the date)
    r"|\bsince\s+[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+(?:[^\W\d_]+-)?[^\W\d_]{3,}ed(?:\s+[\w\s'’\"“”-]{0,50}?)?"
    r"\s+(?:in|on)\s+$"
    # ("since declaring a state of emergency on March 27, 2022": a gerund and what it did)
    r"|\bsince\s+[^\W\d_]{3,}ing\s+[\w\s'’\"“”-]{0,50}?\s+(?:in|on)\s+$"
    # ("since the eruption on Sunday", "since the floods in April": the event, then its day)
    r"|\bsince\s+the\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+(?:in|on)\s+$",
    re.IGNORECASE,
)
_SINCE_DAY: Final = compiled(r"\b(?:since|desde)\s+(?:the\s+|el\s+)?$", re.IGNORECASE)
# "arrested 85,000 during the state of emergency, which began in March 2022": a span still
# running, from the day its clause names (as "since the state of emergency began in March
# 2022"); "during the first 100 days of her government, which began on Oct. 1": that many days
# from it.
_DURING_BEGAN: Final = compiled(
    r"\b(?:during|throughout|under|over)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?"
    r"(?:first\s+(?P<count>\d{1,3})\s+(?P<unit>days|weeks|months)\s+of\s+)?"
    r"[\w\s'’-]{0,50}?,\s+(?:which|that)\s+(?:began|started|took\s+effect|was\s+declared|"
    r"was\s+imposed|came\s+into\s+force)\s+(?:in|on)\s+$",
    re.IGNORECASE,
)
# "durante los primeros 100 días de gobierno, iniciado el 14 de enero", "durante el régimen de
# excepción, que comenzó en marzo de 2022": the Spanish of the above
_DURING_BEGAN_ES: Final = compiled(
    r"\b(?:durante|en)\s+(?:los\s+|las\s+|el\s+|la\s+|sus\s+|su\s+)?"
    r"(?:primer[oa]s\s+(?P<count>\d{1,3})\s+(?P<unit>días|semanas|meses)\s+(?:de|del)\s+)?"
    r"[\w\s'’-]{0,50}?,\s+(?:iniciad[oa]s?|que\s+(?:comenzó|inició|empezó|arrancó|entró\s+en\s+"
    r"vigor))\s+(?:el|en)\s+$",
    re.IGNORECASE,
)
_DURING_UNITS: Final = {"días": "days", "semanas": "weeks", "meses": "months"}
_FROM_AGO: Final = EndWord(
    compiled(r"\b(?:from|than|versus|compared\s+(?:with|to))\s+$", re.IGNORECASE),
    ("from", "than", "versus", "with", "to"),
    None,
)
# "fell to 48,200 this fall from 50,100 a year ago": the figure compared with, then its time.
_FROM_FIGURE_AGO: Final = compiled(
    r"\b(?:from|than|versus|compared\s+(?:with|to))\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|"
    r"almost\s+|around\s+)?[$€£]?\d[\d,.]*(?:\s*%|\s+(?:million|billion|percent)\b)?"
    r"(?:\s+[a-z]+){0,2}\s+$",
    re.IGNORECASE,
)
_BY: Final = compiled(r"\b(?:by|until|through|before)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
# ("plans to hire 12,000 officers by the end of its term in 2028": the same cue, further back)
_BY_TERM: Final = compiled(
    r"\bby\s+the\s+end\s+of\s+(?:its|his|her|their|the)\s+(?:term|mandate|administration|"
    r"government|presidency)\s+in\s+$",
    re.IGNORECASE,
)
_SAID_AT: Final = compiled(
    # ("told reporters on Monday", "told the City Council on Tuesday")
    r"\b(?:said|says|reported|announced|stated|told(?:\s+[\w.'’-]+){1,4}?|added|warned|estimated|"
    # ("councillors heard at Monday's meeting", "the court heard on Tuesday": were told)
    r"wrote|confirmed|published|released|showed|shows|found|presented|heard)\s+(?:on\s+|late\s+|"
    r"early\s+|"
    # ("said during Tuesday's debate that 21 million migrants entered")
    r"(?:during|at)\s+|"
    # ("said in its weekly bulletin on Thursday", "said in a report released Wednesday")
    r"(?:in\s+)?(?:a|an|its|their)\s+[\w\s-]{1,40}?(?:\s+on|\s+(?:released|published|issued))\s+"
    r"(?:on\s+)?|"
    # ("said in the Commons on Wednesday", "said at his morning press conference on Thursday")
    r"(?:in|at|during)\s+(?:the|his|her)\s+[\w\s-]{1,40}?\s+on\s+|"
    # ("said in a statement Wednesday", "said in a news release Monday")
    r"in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}(?:statement|report|bulletin|release|briefing|"
    r"update|interview|post)\s+)?$",
)
# "the highest since 1992", "the lowest in 13 years": the time is a baseline, not the period.
# ("since the fiscal year began in October": the start of a fiscal year counted from)
_SINCE_BEGAN: Final = compiled(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_SUPERLATIVE_SINCE: Final = compiled(
    # ("killed at least 80 people since Thursday": "at least" is a hedge, not a superlative)
    r"\b(?:highest|lowest|largest|biggest|smallest|(?<!\bat\s)most|(?<!\bat\s)least|worst|best|"
    r"first|fastest|slowest|fewest|bloodiest|busiest|steepest|sharpest|greatest|heaviest|"
    r"hottest|coldest|warmest|wettest|driest|longest|shortest|cheapest|poorest|richest|"
    r"weakest|strongest|record|deadliest|mayor|menor|más\s+alt[oa]|más\s+baj[oa]|récord|"
    r"mínim[oa]|máxim[oa])\b[^,.;]{0,40}"
    # ("the deadliest disaster since the 2010 earthquake": an event's year, after "the")
    r"\b(?:since|desde)\s+(?:(?:the|el|la)\s+)?"
    # ("the highest number since records began in 2001", "the lowest since the war ended in
    # 1996": the start of a record or an event the superlative is measured from)
    r"(?:[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+(?:began|started|ended)\s+(?:in\s+|on\s+)?"
    # ("la cifra más alta desde que hay registros, en 1990", "desde que se llevan registros, en
    # 1990": the year the records start, not the figure's)
    r"|que\s+(?:hay|existen|se\s+tienen?|se\s+llevan?)\s+registros,?\s+(?:en\s+|de\s+)?)?$",
    re.IGNORECASE,
)
_FORECAST: Final = compiled(r"\b(?:expect|project|forecast|predict|anticipat)", re.IGNORECASE)
# ("Analistas estiman que el total del año superará los US$21.000 millones": a forecast of the
# whole year, not the year so far; a verb in the future tense or one that estimates)
_FORECAST_ES: Final = compiled(
    r"\b(?:estima[n]?|proyecta[n]?|[^\W\d_]{3,}(?:ará|erá|irá)n?)\b", re.IGNORECASE
)
_WHEN_NEXT: Final = compiled(r"\s*,\s*(?:when|cuando)\b", re.IGNORECASE)
_PERIOD_BEFORE_FROM: Final = compiled(
    r"\b(?:in|during)\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|(?:19|20)\d\d)\s+$"
)
_FROM: Final = compiled(
    r"\b(?:from|(?:starting|beginning)(?:\s+(?:in|on))?|as\s+of|effective)\s+$", re.IGNORECASE
)
# A plan or a target ("aims to treat 600,000 children by the end of 2024").
_AIM: Final = compiled(
    r"\b(?:will|plans?|planned|aims?|aimed|intends?|targets?|targeted|expects?|expected|"
    r"hopes?|pledged|promised|seeks?|wants?|goal)\b",
    re.IGNORECASE,
)
# A plan in the figure's own clause ("will rise", "is set to rise"), before a time.
_WILL_BEFORE: Final = compiled(r"\b(?:will|(?:is|are)\s+set\s+to)\s+(?![^,;]*[,;])", re.IGNORECASE)
# ("the monsoon should reach the capital by June 30": a modal of what is to come, not 'should
# have')
_FUTURE: Final = compiled(
    r"\b(?:will|would|plans?|planned|is\s+due|are\s+due|expected\s+to|next|upcoming|scheduled|"
    r"should(?!\s+have\b))\b",
    re.IGNORECASE,
)

# --- Spanish --------------------------------------------------------------------------------------

_MES: Final = (
    r"(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre)"
)
_Y_ES: Final = r"(?<![\w.,$€£/-])(?:1[89]\d\d|20\d\d)(?![\w%/]|,\d|\.\d|\s*(?:por\s*ciento)\b)"
_N_ES: Final = (
    r"(?:\d{1,3}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|"
    r"veinte|treinta)"
)
_UNIT_ES: Final = r"(?:años?|meses|mes|semanas?|días?|décadas?|lustros?)"
_DE: Final = r"\s+(?:de|del)\s+(?:(?:año|año\s+de)\s+)?"
# A month with its year, as a period of its own ("en mayo de 2022"), not a day of it.
_MONTH_OF_YEAR_ES: Final = compiled(rf"\b{_MES}\s+de\s+(?:1[89]|20)\d\d\b")


def _this_year_es(group: str) -> str:
    """'del presente año', 'de este año': a part of the year named with the current year."""
    return (
        rf"(?P<{group}>\s+(?:del\s+presente\s+año|del\s+año\s+en\s+curso|de\s+este\s+año|"
        r"del\s+año(?!\s+(?:pasado|anterior|previo|recién|\d)))\b)"
    )


_PATTERNS_ES: Final[tuple[tuple[str, str], ...]] = (
    # "durante la Semana Santa", "en Navidad", "la Semana Santa de 2024", "la Semana Santa del
    # año pasado": the days of a holiday (holiday_span); "la Semana Santa pasada" is the latest
    (
        "holiday",
        # (not the name of what is held for it: 'el operativo de Semana Santa')
        r"(?<!operativo\sde\s)(?<!dispositivo\sde\s)(?<!plan\sde\s)(?<!campaña\sde\s)"
        r"(?P<hol>Semana\s+Santa|(?:Viernes|Jueves)\s+Santo|Domingo\s+de\s+(?:Ramos|Resurrección|"
        r"Pascua)|Navidad|Nochebuena|Año\s+Nuevo)(?![\w])"
        rf"(?:\s+(?:de|del)\s+(?P<hol_y>{_Y_ES})|\s+del\s+(?P<hol_rel2>año\s+pasado)\b|"
        r"\s+pasad[ao]\b)?",
    ),
    # "durante la pandemia", "antes de la pandemia de covid-19": a time the text gives no dates
    # for (its figures have no period and take none from the sentence before)
    (
        "era",
        r"\b(?:(?:(?:durante|antes\s+de|en\s+medio\s+de)\s+la|en\s+plena)\s+pandemia"
        r"|(?:durante\s+el|antes\s+del)\s+confinamiento)"
        r"(?:\s+(?:de|del|por)\s+(?:la\s+)?(?:covid(?:-19)?|coronavirus))?\b",
    ),
    # "la temporada de huracanes del Atlántico de 2024", "la temporada ciclónica 2023": 1 June
    # to 30 November (the eastern Pacific's from 15 May); "la temporada de huracanes pasada"
    (
        "storm_season",
        r"\btemporada\s+(?:de\s+huracanes|ciclónica|ciclonica)(?:\s+(?:en\s+el|del)\s+"
        r"(?P<hs_b_es>Atlántico|Atlantico|Pacífico|Pacifico)(?:\s+(?:oriental|nororiental|norte))?)?"
        rf"(?:\s+(?:de\s+|del\s+año\s+)?(?P<hs_y_es>{_Y_ES})|\s+(?P<hs_rel_es>pasada|del\s+año\s+pasado)\b)?",
    ),
    (
        "clock",
        r"(?<![\w.,:])\d{1,2}(?::[0-5]\d)?\s?(?:horas|hrs\.?|h\b|a\.\s?m\.|p\.\s?m\.)"
        r"|(?<![\w.,:])\d{1,2}:[0-5]\d(?![\d:])|\blas\s+\d{1,2}(?![\d.,])",
    ),
    ("iso", r"(?<![\w-])(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?![\w-])"),
    (
        "baseline",
        r"(?:\b(?:el|del|al)\s+mismo|\bigual)\s+(?:periodo|período|mes|trimestre|semestre|lapso)"
        r"\s+(?:de|del)"
        rf"\s+(?:año\s+(?:anterior|pasado)|{_Y_ES}|este\s+año|presente\s+año)"
        r"|\b(?:el|del|al)\s+(?:año|ejercicio)\s+(?:anterior|previo)(?!\s+fiscal)"
        rf"|\b(?:los|de\s+los|en\s+los)\s+mismos\s+meses\s+(?:de|del)\s+(?:año\s+(?:anterior|"
        rf"pasado)|{_Y_ES})"
        r"|\bun\s+año\s+antes\b"
        r"|\b(?:a|para|hasta)\s+(?:esta|la\s+misma)\s+(?:altura|fecha)\s+del\s+año\s+(?:pasado|anterior)\b",
    ),
    (
        "year_range",
        rf"(?:(?P<yr_from>(?i:de|desde|entre))\s+)?(?P<yr_a>{_Y_ES})\s*(?:-|–|—|\ba\b|\by\b|"
        rf"\bal\b|\bhasta\b)\s*(?P<yr_b>{_Y_ES}|(?<=[-–—])(?:1[89]|20)\d\d(?![\w%/])|"
        rf"(?<=[-–—])\d\d(?![\w%]))|{_SLASH_YEARS}",
    ),
    (
        "month_to_date",
        rf"(?i:de|desde)\s+(?P<mtd_m>{_MES})(?:{_DE}(?P<mtd_y>{_Y_ES}))?\s+(?i:a|hasta)\s+"
        r"(?i:la\s+fecha|hoy)\b"
        # "de 2020 a la fecha": from the start of that year up to publication
        rf"|(?i:de|desde)\s+(?P<mtd_yy>{_Y_ES})\s+(?i:a|hasta)\s+(?i:la\s+fecha|hoy)\b",
    ),
    (
        "month_range",
        rf"(?i:de|desde|entre|en)\s+(?P<mr_a>{_MES})(?:{_DE}(?P<mr_ya>{_Y_ES}))?\s+"
        # ("entre enero y el 31 de mayo", "de enero al 15 de marzo": up to that day)
        r"(?i:a|y|hasta|al)\s+(?:(?:(?i:el)\s+)?(?P<mr_d>[12]\d|3[01]|0?[1-9])\s+de\s+)?"
        rf"(?P<mr_b>{_MES})(?:{_DE}(?P<mr_yb>{_Y_ES})"
        r"|\s+(?P<mr_rel>(?i:de\s+este\s+año|del\s+presente\s+año|del\s+año\s+pasado)))?",
    ),
    (
        "month_dash",
        # ("abril-mayo-junio de 2024": a moving quarter named by its three months)
        rf"(?P<md_a>{_MES})(?:\s*[-–]\s*(?:{_MES})(?=\s*[-–]\s*{_MES}))?"
        rf"(?:\s*[-–]\s*|\s+(?P<md_and>y)\s+)(?P<md_b>{_MES})(?:{_DE}(?P<md_y>{_Y_ES})"
        r"|\s+(?P<md_rel>(?i:de\s+este\s+año|del\s+presente\s+año|del\s+año\s+pasado)))?",
    ),
    (
        # "la semana epidemiológica 20", "hasta la semana epidemiológica 20 de 2024"
        "epi_week",
        r"(?:(?P<ew_to>hasta|acumulad[oa]s?\s+(?:a|al|hasta))\s+)?(?:la\s+)?semana\s+"
        r"epidemiol[oó]gica\s+(?:(?:número|no\.|n\.?º)\s*)?(?P<ew_n>\d{1,2})(?!\d)"
        rf"(?:{_DE}(?P<ew_y>{_Y_ES}))?",
    ),
    (
        "week_to",
        rf"(?i:la\s+)?(?i:semana)\s+(?i:que\s+(?:terminó|concluyó|finalizó|cerró)|al|hasta\s+el)\s+"
        rf"(?:el\s+)?(?:{_WD_ES}(?P<wt_d>{_D})\s+de\s+(?P<wt_m>{_MES})(?:{_DE}(?P<wt_y>{_Y_ES}))?"
        # ("la semana que terminó el domingo": the seven days to the latest Sunday)
        rf"|(?P<wt_wd>{_DIAS})(?:\s+pasado)?\b(?!\s+\d))",
    ),
    (
        "fiscal_end",
        rf"(?i:el\s+)?(?i:año|ejercicio)\s+fiscal\s+(?P<fy3>{_Y_ES}),?\s+(?i:que\s+)?"
        rf"(?P<fe_how>(?i:terminó|termina|concluyó|cerró|finalizó|comenzó|inició|empezó))\s+"
        # ("el año fiscal 2024, que terminó en septiembre": to the end of that month)
        rf"(?:(?:el\s+)?(?P<fe_d>{_D})\s+de\s+|en\s+)(?P<fe_m>{_MES})",
    ),
    ("full_date", rf"(?P<fd_d2>{_D})\s+de\s+(?P<fd_m2>{_MES}){_DE}(?P<fd_y2>{_Y_ES})"),
    (
        "quarter",
        rf"(?i:el\s+)?(?P<q_n>(?i:primer|segundo|tercer|cuarto|último))\s+trimestre"
        rf"(?:{_DE}(?P<q_y>{_Y_ES})|(?P<q_last>\s+del\s+año\s+(?i:pasado|anterior))|{_this_year_es('q_this')})?"
        # "el trimestre pasado": the latest that ended; "este trimestre": the current one
        r"|\b(?:el\s+)?trimestre\s+(?P<q_past>pasado)\b|\b(?P<q_cur2>este)\s+trimestre\b",
    ),
    (
        "year_part",
        rf"(?i:el\s+)?(?P<yp_n>(?i:primer|segundo|tercer|cuarto|quinto|sexto|último))\s+"
        rf"(?P<yp_u>(?i:cuatrimestre|bimestre))(?:{_DE}(?P<yp_y>{_Y_ES})|(?P<yp_last>\s+del\s+año"
        rf"\s+(?i:pasado|anterior))|{_this_year_es('yp_this')})?",
    ),
    (
        "week_of",
        rf"(?:(?i:la\s+)?(?P<wk_n>(?i:primera|segunda|tercera|cuarta|última))\s+semana"
        # ('las primeras dos semanas de marzo', 'las últimas tres semanas de mayo', and the usual
        # order 'las dos primeras semanas de enero')
        rf"|(?i:las\s+)?(?:(?P<wk_cw>(?i:primeras|últimas))\s+(?P<wk_c>(?i:dos|tres|2|3))"
        rf"|(?P<wk_c2>(?i:dos|tres|2|3))\s+(?P<wk_cw2>(?i:primeras|últimas)))\s+semanas)"
        rf"\s+(?:de|del\s+mes\s+de)\s+(?P<wk_m>{_MES})(?:{_DE}(?P<wk_y>{_Y_ES}))?",
    ),
    (
        "decade",
        r"(?i:la\s+)?década\s+de\s+(?:los\s+)?(?P<dec_es>(?:19|20)\d0|\d0)\b(?:['’]?s\b)?"
        r"|\b(?i:los\s+)?años\s+(?P<dec_es2>(?:19|20)\d0|[1-9]0)(?!\s*(?:por|%|\d))\b",
    ),
    (
        "month_half",
        rf"(?i:la\s+)?(?P<mh_n>(?i:primera|segunda))\s+quincena\s+(?:de|del\s+mes\s+de)\s+"
        rf"(?P<mh_m>{_MES})(?:{_DE}(?P<mh_y>{_Y_ES}))?",
    ),
    (
        "half",
        rf"(?i:el\s+)?(?P<h_n>(?i:primer|segundo))\s+semestre(?:{_DE}(?P<h_y>{_Y_ES})|"
        rf"(?P<h_last>\s+del\s+año\s+(?i:pasado|anterior))|{_this_year_es('h_this')})?"
        # "el semestre pasado": the latest half-year that ended
        r"|\b(?:el\s+)?semestre\s+(?P<h_past>pasado)\b",
    ),
    (
        "date_range",
        # ('entre el jueves 17 y el domingo 20 de abril': a weekday before each day, too)
        rf"(?i:del|desde\s+el|entre\s+el)\s+{_WD_ES}(?P<dr_d1>{_D})\s+de\s+(?P<dr_m1>{_MES})"
        rf"(?:{_DE}(?P<dr_y1>{_Y_ES}))?\s+(?i:al|hasta\s+el|y\s+el|a)\s+{_WD_ES}(?P<dr_d2>{_D})"
        rf"\s+de\s+(?P<dr_m2>{_MES})(?:{_DE}(?P<dr_y2>{_Y_ES}))?"
        rf"|(?i:del|desde\s+el|entre\s+el)\s+{_WD_ES}(?P<dr_d1b>{_D})\s+(?i:al|hasta\s+el|y\s+el)"
        rf"\s+{_WD_ES}(?P<dr_d2b>{_D})\s+de\s+(?P<dr_mb>{_MES})(?:{_DE}(?P<dr_yb>{_Y_ES}))?"
        # ('el 11 y 12 de agosto', 'los días 11 y 12 de agosto': both days)
        rf"|(?i:del|el|los\s+días)\s+(?P<dr_d1c>{_D})\s+y\s+(?P<dr_d2c>{_D})\s+de\s+(?P<dr_mc>{_MES})"
        rf"(?:{_DE}(?P<dr_yc>{_Y_ES}))?",
    ),
    (
        "first_days",
        rf"(?i:los\s+)?(?i:primeros)\s+(?P<fdy_n>\d{{1,2}}|{_N_ES})\s+(?i:días)\s+(?:de|del\s+mes\s+de)\s+"
        rf"(?P<fdy_m>{_MES})(?:{_DE}(?P<fdy_y>{_Y_ES}))?"
        # 'las primeras seis semanas del año', 'las primeras 10 semanas de 2024'
        rf"|(?i:las\s+)?(?i:primeras)\s+(?P<fdw_n>{_N_ES})\s+(?i:semanas)\s+"
        rf"(?:de\s+(?P<fdw_y>{_Y_ES})|(?i:del\s+(?:presente\s+)?año|de\s+este\s+año))"
        # 'los primeros diez días del año', 'los primeros ocho días del mes'
        rf"|(?i:los\s+)?(?i:primeros)\s+(?P<fdc_n>{_N_ES})\s+(?i:días)\s+"
        r"(?i:del|de\s+este)\s+(?P<fdc_u>(?i:mes|año))\b",
    ),
    (
        "first_months",
        rf"(?i:los\s+)?(?:(?i:primeros)\s+(?P<fm_n>{_N_ES})|(?P<fm_n2>{_N_ES})\s+primeros)\s+"
        rf"meses\s+(?:de|del)\s+(?:(?P<fm_y>{_Y_ES})|(?P<fm_last>año\s+(?:pasado|anterior))|año"
        r"|este\s+año)"
        rf"|(?i:los\s+)?(?i:primeros)\s+(?P<fm_n3>{_N_ES})\s+meses(?!\s+(?:de|del|desde|tras)\b)",
    ),
    ("month_year", rf"(?P<my_m>{_MES}){_DE}(?P<my_y>{_Y_ES})"),
    ("month_day", rf"(?<![\d,.])(?P<md_d2>{_D})\s+de\s+(?P<md_m2>{_MES})"),
    ("fiscal", rf"(?i:año\s+fiscal|ejercicio\s+fiscal)\s+(?P<fy>{_Y_ES})"),
    (
        "fiscal_rel",
        r"\b(?:(?:el|este)\s+)?(?P<fr>presente|actual|próximo|pasado|anterior|este)\s+(?:año|"
        r"ejercicio)\s+fiscal\b|\b(?:el\s+)?(?:año|ejercicio)\s+fiscal\s+(?P<fr2>actual|en\s+curso|"
        r"pasado|anterior|próximo|siguiente)\b",
    ),
    ("year", rf"(?:(?i:todo|toda)\s+(?:el\s+)?)?(?P<y>{_Y_ES})"),
    (
        "past_n",
        rf"\b(?:los|las)\s+(?:últimos|últimas|pasados|pasadas)\s+(?P<pn>{_N_ES})\s+"
        rf"(?P<pu>{_UNIT_ES}|(?P<pu_h>horas))\b",
    ),
    (
        "ago",
        rf"\bhace\s+(?P<ag>{_N_ES})\s+(?P<agu>{_UNIT_ES})\b"
        rf"|\b(?P<ag2>{_N_ES})\s+(?P<agu2>{_UNIT_ES})\s+(?P<agw>antes|después(?!\s+de\b)|más\s+tarde)\b",
    ),
    (
        "following_year",
        # ("el presupuesto del próximo año", "el año entrante", "el año que viene": the year
        # after publication, as "el próximo año")
        r"\b(?:el|al|del)\s+(?:año\s+siguiente|año\s+próximo|próximo\s+año|año\s+entrante|"
        r"año\s+que\s+viene)\b",
    ),
    (
        "previous_unit",
        r"\b(?:el|la|del|al)\s+(?P<pv_u>mes|semana|trimestre)\s+(?:anterior|previo|previa|precedente)\b",
    ),
    (
        "so_far",
        rf"\ben\s+lo\s+que\s+va\s+(?:del\s+(?:presente\s+)?año|de\s+(?:este\s+)?año|de\s+(?:este\s+)?"
        rf"(?P<sf_y>{_Y_ES})|de(?:l|\s+este)?\s+(?P<sf_month>mes)|de\s+(?P<sf_mo>{_MES})(?!\s+de\s+\d)"
        # ('en lo que va del ejercicio 2024', 'del presente ejercicio fiscal': the year so far)
        rf"|del\s+(?:presente\s+|actual\s+)?ejercicio(?:\s+fiscal)?(?:\s+(?P<sf_ye>{_Y_ES}))?)"
        r"|\b(?:hasta|a)\s+la\s+fecha\b"
        r"|\ben\s+el\s+acumulado\s+(?:del\s+(?:presente\s+)?año|de\s+este\s+año)\b"
        rf"|\b(?:(?:en\s+el\s+)?acumulado|con\s+corte)\s+(?:a|al|hasta)\s+(?:(?:el\s+)?mes\s+de\s+)?"
        rf"(?P<sf_to>{_MES})(?!\s+de\s+\d)"
        r"|\bdesde\s+(?:inicios|principios|el\s+inicio|el\s+comienzo)\s+(?:de|del)\s+"
        r"(?:este\s+)?año\b"
        r"|\bdesde\s+que\s+(?:inició|comenzó|empezó|arrancó)\s+(?:el|este)\s+año\b",
    ),
    (
        "this_last",
        r"\b(?P<tl_this>este|esta)\s+(?P<tlu_this>año|mes|semana)\b"
        r"|\b(?:el|del|al)\s+(?P<tl_this2>presente\s+año|año\s+(?:en\s+curso|actual))\b"
        r"|\b(?:tod[oa]\s+)?(?:el|la|del|al)\s+(?P<tlu_last>año|mes|semana)\s+(?:pasado|pasada|recién\s+"
        r"(?:pasado|finalizado|concluido|terminado))\b"
        r"|\b(?:el|la)\s+(?:último|última)\s+(?P<tlu_last2>mes|semana)\b"
        # "durante el pasado ejercicio", "el ejercicio pasado" (not a fiscal year named as such):
        # the last calendar year, like "el año pasado"
        r"|\b(?:el|del|al)\s+(?:pasado\s+ejercicio|ejercicio\s+pasado)\b(?!\s+fiscal)"
        # ('la próxima semana', 'el mes próximo': the week or month after publication, like
        # 'next week')
        r"|\b(?:el|la|del|al)\s+(?:(?P<tl_next>próximo|próxima)\s+(?P<tlu_next>mes|semana)|"
        r"(?P<tlu_next2>mes|semana)\s+(?:próximo|próxima|entrante))\b",
    ),
    (
        # "al cierre de 2023", "a finales de 2021", "al cierre del año pasado": the year's last day
        "month_end",
        rf"\b(?:a\s+finales|a\s+fines|al\s+cierre|al\s+final)\s+(?:de|del)\s+(?:(?P<me_yy>{_Y_ES})"
        r"|(?P<me_last>año\s+(?:pasado|anterior))|(?P<me_that>(?:ese|aquel|dicho|mismo)\s+año)"
        r"|(?P<me_cur>año)\b(?!\s+(?:pasado|anterior|previo)\b))",
    ),
    (
        "end_of_year",
        r"\b(?:a\s+finales|al\s+cierre|a\s+fin|al\s+final)\s+(?:de|del)\s+(?:este\s+)?año\b"
        r"(?!\s+(?:pasado|anterior|previo|recién))"
        r"|\b(?:cerrar|terminar|finalizar)(?:á|án|ía|ían)?\s+(?:el|este)\s+año\b"
        # ("esperan que la inflación cierre el año cerca del 5 %": the subjunctive)
        r"|\b(?:cierre|cierren|termine|terminen|finalice|finalicen)\s+(?:el|este)\s+año\b"
        r"|\bantes\s+de\s+que\s+(?:termine|finalice|acabe|concluya)\s+(?:el|este)\s+año\b"
        r"|\b(?:el\s+)?(?:total|acumulado)\s+del\s+año\b(?!\s+(?:pasado|anterior|previo|\d))",
    ),
    ("day_word", r"\b(?P<dw>ayer|hoy|anoche)\b"),
    (
        "weekend",
        r"\b(?:el|del|este|durante\s+el)\s+(?:pasado\s+|último\s+)?fin\s+de\s+semana(?:\s+pasado)?\b",
    ),
    # ("el último lustro": the five years up to publication, as "los últimos cinco años")
    (
        "past_decade",
        r"\b(?:la\s+)?(?:última|pasada)\s+década\b|\b(?:el\s+)?(?:último|pasado)\s+lustro\b",
    ),
    (
        "context_year",
        r"\b(?:en\s+el\s+transcurso|a\s+lo\s+largo|(?:durante|en|para)\s+todo)\s+(?:el\s+|del\s+)?año\b"
        r"(?!\s+(?:pasado|anterior|previo|siguiente|próximo|en\s+curso|de\b|\d))",
    ),
    # "en el último año": the twelve months to publication ("el último año de su mandato" is not)
    ("past_one", r"\bel\s+último\s+(?P<po_es>año)\b(?!\s+(?:de|del)\b)"),
    (
        "weekday",
        r"\b(?P<wd>lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\b"
        # ("el jueves 12": the day of the month with it, no figure)
        r"(?:\s+(?P<wd_d>[12]\d|3[01]|[1-9])(?=\s*[;)]|[,.](?!\d)|\s+a\s+las\b|\s+por\s+la\b))?",
    ),
    (
        "month_last",
        rf"(?:\b(?i:en)\s+)?(?P<ml_m>{_MES})\s+(?:del|de)\s+(?i:año\s+(?:pasado|anterior)|"
        r"(?P<ml_this>este\s+año|presente\s+año|año\s+en\s+curso))\b",
    ),
    (
        "same_period",
        # ("durante ese periodo", "en dicho lapso": the period just given, pointed at)
        r"\b(?:en|durante)\s+(?:(?:(?:el\s+)?mismo|igual)\s+(?:periodo|período|lapso|mes|plazo|"
        r"asueto|feriado)|(?:ese|dicho|aquel)\s+(?:periodo|período|lapso|plazo|ejercicio|"
        # ("En ese ciclo abandonaron la secundaria 280.000 estudiantes": the school year given)
        r"ciclo(?:\s+escolar)?))\b"
        # ("En el mismo periodo de hace dos años": the like period, in the year 'hace' names)
        r"(?!\s+(?:de|del)\b(?!\s+hace\s))",
    ),
    # "Para el nuevo ciclo, la dependencia contrató 12.800 docentes", after "el ciclo escolar
    # 2023-2024": the school year after the one spoken of last
    (
        "next_cycle",
        r"\b(?:el|del|al)\s+(?:nuevo|próximo|siguiente)\s+ciclo(?:\s+escolar)?\b"
        r"(?!\s+(?:\d|de|del)\b)",
    ),
    # "el 95 % de las remesas del semestre", after "entre enero y junio": the half-year (the
    # quarter) of the period spoken of last
    (
        "context_part",
        r"\b(?:del|en\s+el|durante\s+el)\s+(?P<cp_u>semestre|trimestre|mes)\b"
        r"(?!\s+(?:de|del|anterior|pasado|previo|próximo|siguiente|actual|en\s+curso|que)\b)"
        # ('el trimestre febrero-abril': a moving quarter its months name)
        rf"(?!\s+(?:móvil\s+)?{_MES}\s*[-–])",
    ),
    (
        "month_subject",
        rf"(?P<mo4>{_MES})(?=\s+(?:fue|cerró|terminó|marcó|dejó|registró|concluyó)\b)",
    ),
    # ("El Salvador cerró marzo con 8 homicidios": the month a place or a count closed with it)
    (
        "month_closed",
        r"(?:(?<=cerró\s)|(?<=Cerró\s)|(?<=cerraron\s)|(?<=terminó\s)|(?<=terminaron\s)|"
        r"(?<=concluyó\s)|(?<=cierra\s)|(?<=cierran\s))"
        # ("La inflación cerró enero en 0,9 %")
        rf"(?P<mo5>{_MES})(?=\s+(?:con|en)\b)",
    ),
    (
        "month",
        # ("creció 11,2 % interanual a junio", "la inflación total a abril": the month the
        # rate is to; not "frente a junio", a baseline)
        rf"\b(?i:en|desde|durante|hasta|de|para|(?<!frente\s)(?<!respecto\s)a|el\s+pasado|a\s+partir\s+de|a\s+inicios\s+de|"
        rf"a\s+principios\s+de|"
        rf"a\s+finales\s+de|a\s+mediados\s+de)\s+(?:todo\s+)?(?P<mo>{_MES})"
        rf"(?!\s+(?:de|del)\s+(?:año\s+)?\d|\s*[-–]\s*{_MES}|\s+y\s+{_MES})",
    ),
    # "La tasa proyectada para el año es de 25,3": the year of publication (read only after a
    # word of forecast; last, so that every other reading of 'el año' comes first)
    (
        "projected_year",
        r"\bel\s+año\b(?!\s*(?:de|del|\d|pasado|anterior|previo|próximo|siguiente|entrante|"
        r"fiscal|en|actual|que|electoral|escolar|lectivo|nuevo)\b)",
    ),
)
_ALL_ES: Final = frozenset(name for name, _ in _PATTERNS_ES)
_TIME_RE_ES: Final = TimeRegex(_PATTERNS_ES, _ALL_ES)
_DIGIT_FIRST_ES: Final = word_set("clock iso year_range full_date month_day year ago")
_TIME_RE_ES_DIGIT: Final = TimeRegex(
    tuple(p for p in _PATTERNS_ES if p[0] in _DIGIT_FIRST_ES), _ALL_ES
)
_MESES: Final = (
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
    "diciembre"
)
_TRIGGER_ALTERNATIVES_ES: Final = (
    r"[0-9]"
    + "|"
    + _any_case(
        f"{_MESES}|{_DIAS}|navidad|nochebuena|ayer|hoy|anoche|hace|primer|segundo|tercer|cuarto|"
        "último|primeros|primera|primeras|"
        "segunda|última|pasada|ejercicio|año",
        r"(?!\w)",
    )
    + "|"
    + _any_case(
        "de|del|desde|entre",
        rf"(?=\s+(?:el\s+)?(?:\d|inicios|principios|mediados|que\s|{_MESES}|(?:{_DIAS})\s+\d))",
    )
    + "|"
    + _any_case(
        "durante|en|antes",
        r"(?=\s+(?:de\s+|medio\s+de\s+)?la\s+pandemia\b|\s+plena\s+pandemia\b"
        r"|\s+(?:el|del)\s+confinamiento\b)",
    )
    + "|"
    + _any_case("temporada", r"(?=\s+(?:de\s+huracanes|ciclónica|ciclonica)\b)")
    + "|"
    + _any_case("el|los", rf"(?=\s+(?:días\s+)?\d{{1,2}}\s+y\s+\d{{1,2}}\s+de\s+(?:{_MESES})\b)")
    + "|"
    + _any_case("para", rf"(?=\s+(?:{_MESES})\b)")
    + "|"
    + _any_case("semana", r"(?=\s+(?:que|al|hasta|epidemiol[oó]gica|[Ss]anta)\b)")
    + "|"
    + _any_case(
        "hasta|acumulado|acumulados|acumulada|acumuladas",
        r"(?=\s+(?:\w+\s+)?(?:la\s+)?semana\s+epidemiol)",
    )
    + "|"
    + _any_case("igual", r"(?=\s+(?:periodo|período|mes|trimestre|semestre|lapso)\b)")
    + "|"
    + _any_case("acumulado", r"(?=\s+(?:a|al|hasta)\s|\s+del\s+año\b)")
    + "|"
    + _any_case("con", r"(?=\s+corte\s+(?:a|al)\s)")
    + "|"
    + _any_case("a|durante|para", r"(?=\s+(?:lo\s+largo|todo)\s+(?:el\s+|del\s+)?año\b)")
    + "|"
    + _any_case("a|para|hasta", r"(?=\s+(?:esta|la\s+misma)\s+(?:altura|fecha)\b)")
    + "|"
    + _any_case(
        "el|la|los|las|al|del",
        r"(?=\s+(?:año|mes|semana|trimestre|semestre|cierre|final|primer|segundo|tercer|cuarto|último|"
        r"última|mismos?|primera|segunda|tercera|cuarta|quinto|sexto|presente|fin|ejercicio\s+(?:pasado|anterior|previo)|"
        rf"pasad[oa]|próxim[oa]|primeros|\w+\s+primer[oa]s|\w+\s+últim[oa]s|últimos|últimas|pasados|pasadas|década|"
        rf"{_DIAS})\b)",
    )
    + "|"
    + _any_case(
        "en|durante",
        r"(?=\s+(?:lo\s+que\s+va|(?:el\s+)?mismo\b|igual\b|el\s+acumulado\b|el\s+transcurso\b|"
        r"(?:ese|dicho|aquel)\s+(?:periodo|período|lapso|plazo|ciclo|ejercicio)\b|"
        r"todo\s+(?:el\s+)?año\b|"
        r"el\s+(?:primer|segundo|tercer|cuarto|último|semestre\b|trimestre\b)|"
        rf"los\s+primeros|\d|(?:todo\s+)?(?:{_MESES})))",
    )
    + "|"
    + _any_case(
        "durante|hasta|a",
        r"(?=\s+(?:la\s+fecha|finales|fines|inicios|principios|mediados|partir|"
        rf"\d|{_MESES}))",
    )
    + "|"
    + _any_case(
        "todo|toda",
        r"(?=\s+(?:el\s+)?(?:19|20)\d\d\b|\s+(?:el|la)\s+(?:año|mes|semana)\s+pasad[oa]\b)",
    )
    + "|"
    + _any_case("este|esta", r"(?=\s+(?:año|mes|semana|fin|trimestre)\b)")
    + "|"
    + _any_case("el|del|al", r"(?=\s+(?:nuevo|siguiente)\s+ciclo\b)")
    + "|"
    + _any_case("años", r"(?=\s+(?:19|20)?\d0\b)")
    + "|"
    + _any_case(
        "el|este",
        r"(?=\s+(?:presente|actual|próximo|pasado|anterior|este|año|ejercicio)\s+"
        r"(?:año\s+|ejercicio\s+)?fiscal\b)",
    )
    + "|"
    + _any_case("presente|actual|próximo|pasado|anterior", r"(?=\s+(?:año|ejercicio)\s+fiscal\b)")
    + "|"
    + _any_case(
        "año|ejercicio",
        r"(?=\s+fiscal\s+(?:actual|en|pasado|anterior|próximo|siguiente)\b)",
    )
    + "|"
    + _any_case(
        "cerrar|terminar|finalizar|cierre|cierren|termine|terminen|finalice|finalicen",
        r"\w*(?=\s+(?:el|este)\s+año\b)",
    )
    + "|"
    + _any_case("antes", r"(?=\s+de\s+que\s+\w+\s+(?:el|este)\s+año\b)")
    + "|"
    + _any_case("el|total", r"(?=\s+(?:total\s+)?del\s+año\b)")
    + "|"
    + _any_case(
        "un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta",
        r"(?=\s+(?:años?|meses|mes|semanas?|días?|décadas?)\s+(?:antes|después|más\s+tarde)\b)",
    )
)
_TRIGGER_ES: Final = compiled(rf"(?<!\w)(?:{_by_first_class(_TRIGGER_ALTERNATIVES_ES)})")
_SINCE_ES: Final = compiled(
    r"\bdesde\s+(?:que\s+asumió(?:\s+el\s+cargo)?|su\s+llegada\s+al\s+poder|(?:la|su)\s+toma\s+"
    r"de\s+posesión)\s*,?\s+(?:en\s+|el\s+)?$|\bdesde\s+(?:el\s+|la\s+|(?:inicios|principios|mediados)\s+de\s+|"
    # "desde el inicio de 2014", "desde el comienzo de enero": from then up to publication
    r"(?:el\s+)?(?:inicio|comienzo|principio|arranque)\s+(?:de\s+)?)?$|\bdesde\s+(?:el\s+)?"
    r"(?:inicio|comienzo|principio|arranque|lanzamiento)\s+(?:de|del)\s+[\w\s'’-]{0,70}?,?\s+"
    r"(?:en\s+|el\s+)?$"
    # "desde la firma del acuerdo de paz en 2016": since the event the noun names, in that year
    r"|\bdesde\s+(?:el|la)\s+(?:firma|creación|fundación|entrada\s+en\s+vigor|aprobación|"
    r"llegada|elección|apertura|implementación|puesta\s+en\s+marcha|declaratoria|declaración|"
    r"caída|salida|muerte|fin|derogación|promulgación|reforma|eliminación|suspensión|"
    r"liberalización|intervención|inauguración)\s+(?:de|del)\s+[\w\s'’-]{0,70}?,?\s+"
    r"(?:en\s+|el\s+)?$"
    # "desde su creación en 2019", "desde su llegada, en enero"
    r"|\bdesde\s+su\s+(?:creación|fundación|lanzamiento|inicio|llegada|apertura|"
    r"implementación|elección|entrada\s+en\s+vigor|puesta\s+en\s+marcha)\s*,?\s+(?:en\s+|el\s+)?$"
    r"|\bdesde\s+que\s+"
    r"[\w\s'’-]{0,50}?\b(?:comenzó|inició|empezó|entró\s+en\s+vigor|se\s+declaró|se\s+impuso|"
    r"tocó\s+tierra|llegó|asumió|estalló|azotó|golpeó)"
    r"(?:\s+|[\w\s'’-]{0,60},\s+)(?:en\s+|el\s+)?$"
    # any verb in the preterite and what it did, then the date: "desde que declaró el régimen
    # de excepción en marzo de 2022"
    r"|\bdesde\s+que\s+(?:[\w'’-]+\s+){0,4}?(?:se\s+)?[^\W\d_]{2,}(?:ó|aron|ieron)\s+"
    r"[\w\s'’-]{0,50}?\s+(?:en|el)\s+$"
    # "desde que hay registros, en 1990": the year the records start
    r"|\bdesde\s+que\s+(?:hay|existen|se\s+tienen?|se\s+llevan?)\s+registros,?\s+(?:en\s+)?$",
    re.IGNORECASE,
)
_BY_ES: Final = compiled(
    r"\b(?:hasta|antes\s+de)\s+(?:finales\s+de\s+|el\s+)?$|\bal\s+(?:mes|cierre)\s+de\s+$"
    # ('Al 30 de septiembre, la ejecución fue de 41,2 %'; not 'del 1 al 30 de septiembre')
    r"|(?<!\d\s)\bal\s+$",
    re.IGNORECASE,
)
_SAID_AT_ES: Final = compiled(
    r"\b(?:dijo|informó|anunció|declaró|indicó|señaló|explicó|publicó|presentó|reportó|"
    r"confirmó|detalló|aseguró|afirmó|estimó|añadió|agregó|reveló|denunció|"
    # ('un informe del PNUD presentado el lunes': the day of the report, not of its figures)
    r"(?:presentad|publicad|divulgad|difundid|dad)[oa]s?(?:\s+a\s+conocer)?)\s+(?:este\s+|el\s+|"
    r"la\s+|su\s+[\w\s]{1,40}\s+el\s+"
    # the source after the verb: "informó la Conred el lunes", "dijo el ministro de Salud este"
    r"|(?:el|la|los|las)\s+[\w.()’'-]+(?:\s+[\w.()’'-]+){0,5}?\s+(?:el|este)\s+)?$",
    re.IGNORECASE,
)
# An election something is for, named right before its day: "para las elecciones del",
# "ahead of the election on".
_FOR_ELECTION: Final = compiled(
    r"\b(?:para|de\s+cara\s+a|for|ahead\s+of)\s+(?:las|los|la|el|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:elecciones|comicios|votación|segunda\s+vuelta|elections?|vote|runoff)\s+"
    r"(?:generales\s+|presidenciales\s+|municipales\s+)?(?:del|de|on|of)\s+$",
    re.IGNORECASE,
)
_FROM_ES: Final = compiled(r"\ba\s+partir\s+(?:de|del)\s+(?:el\s+)?$", re.IGNORECASE)
_AS_OF_ES: Final = compiled(r"\b(?:al|con\s+corte\s+al)\s+$", re.IGNORECASE)
# A verb in the synthetic future: 'subirá', 'tendrán', 'habrá'.
_SYNTHETIC_FUTURE_ES: Final = compiled(r"\b[^\W\d_]{2,}(?:rá|rán)\b")
_FUTURE_ES: Final = compiled(
    r"\b(?:será|serán|destinará|destinarán|prevé|prevén|planea|planean|próximo|próxima|"
    r"iniciará|comenzará|entrará)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Profile:
    """The time expressions of one language and the cues that change their meaning."""

    time_re: TimeRegex
    digit_re: TimeRegex
    trigger: re.Pattern[str]
    since: re.Pattern[str]
    by: re.Pattern[str]
    said_at: re.Pattern[str]
    from_: re.Pattern[str]
    future: re.Pattern[str]
    # "al 15 de mayo": the day a count or a level stands at (Spanish).
    as_of: re.Pattern[str] | None = None
    # The word every match of `since` holds.
    since_word: str = "since"


_PROFILES: Final = {
    "en": _Profile(_TIME_RE, _TIME_RE_DIGIT, _TRIGGER, _SINCE, _BY, _SAID_AT, _FROM, _FUTURE),
    "es": _Profile(
        _TIME_RE_ES,
        _TIME_RE_ES_DIGIT,
        _TRIGGER_ES,
        _SINCE_ES,
        _BY_ES,
        _SAID_AT_ES,
        _FROM_ES,
        _FUTURE_ES,
        _AS_OF_ES,
        "desde",
    ),
}


# (An __init__ of its own: mypyc compiles it, while a dataclass's generated methods run in the
# interpreter, thousands of constructions per article. Not frozen, as frozen would make that
# __init__ fail as Python; its fields are still never reassigned.)
@dataclass(init=False, unsafe_hash=True, slots=True)
class TimeExpr:
    """A time expression in a sentence (local offsets) and the period it denotes, if resolved."""

    start: int
    end: int
    text: str
    kind: TimeKind
    period_start: datetime.date | None
    period_end: datetime.date | None
    note: str

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        kind: TimeKind,
        period_start: datetime.date | None,
        period_end: datetime.date | None,
        note: str,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.period_start = period_start
        self.period_end = period_end
        self.note = note


_MONTH_DAYS: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """The number of days of a month, as `calendar.monthrange(year, month)[1]` gives it (that
    is a call into Python from the compiled extractor, thousands of times per article).
    ValueError for a month outside 1-12, as calendar raises."""
    if not 1 <= month <= 12:
        raise ValueError(f"bad month number {month}; must be 1-12")
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]


def _month_end(year: int, month: int) -> datetime.date:
    """Return the last day of a month."""
    return datetime.date(year, month, days_in_month(year, month))


def add_months(day: datetime.date, months: int) -> datetime.date:
    """Shift a date by whole months, clamping the day to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return datetime.date(year, month + 1, min(day.day, days_in_month(year, month + 1)))


def _month(name: str) -> int:
    """Return the month number for a month name or abbreviation."""
    return MONTHS[name.rstrip(".").lower()]


def _day(token: str) -> int:
    """Return the day number of '12', '3rd' or '21st'."""
    return int(NOT_DIGIT.sub("", token))


def _infer_year(month: int, published_at: datetime.date | None) -> int | None:
    """Return the year of the latest such month not after publication."""
    if published_at is None:
        return None
    return published_at.year if month <= published_at.month else published_at.year - 1


# A range the text says is running now ("which runs from February to December", "the season
# lasts from June to November"): the present tense, right before the range.
_RUNS_NOW: Final = compiled(
    r"\b(?:runs|lasts|goes|spans|extends|will\s+(?:run|last|go|span|extend))\s+$", re.IGNORECASE
)


def _runs_now(sentence: str, start: int) -> bool:
    return _RUNS_NOW.search(sentence, max(0, start - 24), start) is not None


def _year_or_inferred(written: str, month: int, published_at: datetime.date | None) -> int | None:
    """The year written with a month, else the one inferred from publication."""
    return int(written) if written else _infer_year(month, published_at)


def _year_span(year: int) -> tuple[datetime.date, datetime.date]:
    """Return the first and last day of a year."""
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def _two_digit_end(first: int, token: str) -> int:
    """Expand '12' in '2011-12' to 2012."""
    if len(token) == 4:
        return int(token)
    century = first - first % 100
    value = century + int(token)
    return value if value >= first else value + 100


_YEAR_IN: Final = compiled(r"(?:19|20)\d\d")
_CROP_YEAR_BEFORE: Final = compiled(
    r"\b(?:año|ciclo|cosecha|temporada|coffee\s+year|crop\s+year|harvest)(?:\s+(?:cafeter[oa]|"
    r"cafetaler[oa]|de\s+café))?\s+(?:de\s+|del\s+)?$",
    re.IGNORECASE,
)
_COFFEE: Final = compiled(r"\b(?:café|cafeter[oa]s?|cafetaler[oa]s?|coffee)\b", re.IGNORECASE)
# Laws and other texts named by their year: the year says when the text was made, not when the
# figures next to it happened ("fines of up to Q1,500 under the 1996 transit law").
_TEXT_NOUNS: Final = (
    r"laws?|act|constitution|accords?|agreements?|reforms?|decrees?|treaty|code|statute|ordinance"
    r"|amendment|ley|leyes|constituci[oó]n|acuerdos?|tratados?|decretos?|c[oó]digo|reformas?"
    r"|reglamento|convenio|pacto"
)
_TEXT_BEFORE_YEAR: Final = compiled(r"(?:\b(?:the|a|an|its|their)|['’]s)\s+$", re.IGNORECASE)
_TEXT_AFTER_YEAR: Final = compiled(
    rf"(?:[\s-]+(?!(?i:budget|spending|tax\s+year|fiscal)\b)[A-Za-z]+){{0,3}}?[\s-]+(?i:{_TEXT_NOUNS})\b"
)
_TEXT_OF_YEAR: Final = compiled(
    rf"\b(?i:{_TEXT_NOUNS})\b(?:\s+(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*|de|del|la|las|los|el|y|of|the|on|and"
    r"|for|sobre|contra|para))*?\s+(?:of|de|del)\s+(?:(?i:año)\s+)?$"
)
_BUDGET_WORDS: Final = compiled(r"\b(?:budget|presupuesto|presupuestos)\b", re.IGNORECASE)


# Both end their window; tried only where its last word can end them.
_TEXT_BEFORE_YEAR_GATED: Final = EndWord(
    _TEXT_BEFORE_YEAR, ("the", "a", "an", "its", "their", "s"), None
)
_TEXT_OF_YEAR_GATED: Final = EndWord(_TEXT_OF_YEAR, ("of", "de", "del", "año"), None)


# A report named by its year that says which year its data cover ("the 2024 edition of the
# round-up, which covers 2023", "World Report 2025, covering events of 2024"): its year says
# when it was published, the covered one when the figures happened.
_COVERS_YEAR: Final = compiled(
    r"\b(?:covers|covering|covered)\s+(?:(?:data|events)\s+(?:for|from|of|in)\s+)?"
    r"(?:the\s+year\s+)?(?P<cy>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_REPORT_AFTER_YEAR: Final = compiled(
    r"(?:[\s-]+[A-Za-z]+){0,3}?[\s-]+(?i:editions?|reports?|round-?ups?|surveys?|index|yearbook"
    r"|review|outlook|assessment|rankings?)\b"
)
_REPORT_BEFORE_YEAR: Final = compiled(r"\b(?:Report|Index|Outlook|Review|Survey|Yearbook)\s+$")


def _names_a_report(sentence: str, start: int, end: int) -> bool:
    """Whether the year at sentence[start:end] names a report whose covered year the sentence
    gives."""
    covered = _COVERS_YEAR.search(sentence) if "cover" in sentence else None
    if covered is None or covered.start("cy") == start:
        return False
    before = sentence[max(0, start - 80) : start]
    return bool(
        _REPORT_BEFORE_YEAR.search(before)
        or (_TEXT_BEFORE_YEAR_GATED.search(before) and _REPORT_AFTER_YEAR.match(sentence, end))
    )


def _names_a_text(sentence: str, start: int, end: int) -> bool:
    """Whether the year at sentence[start:end] is part of the name of a law or another text."""
    if _names_a_report(sentence, start, end):
        return True
    before = sentence[max(0, start - 80) : start]
    if _TEXT_BEFORE_YEAR_GATED.search(before) and _TEXT_AFTER_YEAR.match(sentence, end):
        return True
    named = _TEXT_OF_YEAR_GATED.search(before)
    return named is not None and not _BUDGET_WORDS.search(named.group(0))


_WEEK_OF_MONTH: Final = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "primera": 1, "segunda": 2, "tercera": 3,
    "cuarta": 4,
}  # fmt: skip
_ES_UNIT: Final = {"mes": "month", "semana": "week"}
# What may come before a time that opens a sentence ("Durante el mes anterior, ...").
_OPENS_SENTENCE: Final = compiled(r"[\s\"“«(]*(?:(?:durante|en)\s+)?", re.IGNORECASE)
# "en todo el año anterior", "cerró el año anterior en", "a lo largo del año anterior": the
# whole year is the figure's, not a comparison's
_WHOLE_YEAR_BEFORE_ES: Final = compiled(
    r"\b(?:cerr[óo]|termin[óo]|finaliz[óo]|conclu[yi]ó|(?:en|durante)\s+todo|durante|"
    r"a\s+lo\s+largo)\s+$",
    re.IGNORECASE,
)
_YEAR_BEFORE_ES: Final = compiled(
    r"(?:el|del|al)\s+(?:año|ejercicio)\s+(?:anterior|previo)", re.IGNORECASE
)
# "El ejercicio anterior cerró con un déficit del 1,2 %": the year before as the subject of what
# it closed with, the figure's own whole year
_CLOSED_AFTER_ES: Final = compiled(
    r"\s+(?:cerr[óo]|termin[óo]|finaliz[óo]|conclu[yi]ó)\b", re.IGNORECASE
)
_PART_NUMBERS: Final = {
    "primer": 1,
    "segundo": 2,
    "tercer": 3,
    "cuarto": 4,
    "quinto": 5,
    "sexto": 6,
}
# The note of a fiscal year whose months the text does not give (the reader may know them).
FISCAL_ASSUMED: Final = "fiscal year {year} (calendar year assumed)"
FISCAL_RELATIVE: Final = "fiscal year {offset:+d} from publication (calendar year assumed)"
_YEAR_WORD: Final = compiled(r"\b(?:year|año)\b", re.IGNORECASE)
_SAME: Final = compiled(r"\b(?:same|mismo)\b", re.IGNORECASE)
_THIS_YEAR_WORDS: Final = compiled(r"\b(?:este|presente)\s+año\b|\bthis\s+year\b", re.IGNORECASE)


# What a time that starts with one to three digits can have right after them: a clock's colon
# or its "am"/"pm"/"o'clock"/"h"/"horas", an ordinal's "st"/"nd"/"rd"/"th" (lower-cased) ...
_AFTER_FEW_DIGITS: Final = frozenset(":aponhsrt")
# ... or blanks, then a word that starts with one of these letters: "a.m.", "p.m.", "o'clock",
# "months", "years", "weeks", "days", "decades", "horas", "años", "meses", "semanas", "días",
# "de" (15 de marzo) or a month's name (15 March).
_FIRST_AFTER_DIGITS: Final = frozenset("apomyjfsndwh")


def _digits_may_start(sentence: str, at: int) -> bool:
    """Whether a time expression can start at the digit at `at`: every one that starts with a
    digit is a year (four digits from 18, 19 or 20) or one to three digits followed by what
    _AFTER_FEW_DIGITS and _FIRST_AFTER_DIGITS allow. Most numbers in news text are neither
    ("2,109", "20.4 per", "61 in"), and this plain look spares them an attempt of every
    digit-first expression. A character beyond ASCII keeps the attempt (the engine's digits,
    blanks and case-blind letters include some)."""
    end = at
    size = len(sentence)
    while end < size and "0" <= sentence[end] <= "9":
        end += 1
    run = end - at
    if run >= 4:
        return run == 4 and sentence[at : at + 2] in ("18", "19", "20")
    if end == size:
        return False
    after = sentence[end]
    if not after.isascii():
        return True
    if after.lower() in _AFTER_FEW_DIGITS:
        return True
    if not after.isspace():
        return False
    while end < size and sentence[end].isspace():
        end += 1
    if end == size:
        return False
    first = sentence[end]
    return not first.isascii() or first.lower() in _FIRST_AFTER_DIGITS


def find_time_expressions(
    sentence: str,
    published_at: datetime.date | None,
    lang: str = "en",
    earlier_year: int | None = None,
    earlier_span: tuple[datetime.date, datetime.date] | None = None,
    earlier_fiscal: tuple[datetime.date, datetime.date] | None = None,
    earlier_spans: list[tuple[datetime.date, datetime.date]] | None = None,
) -> list[TimeExpr]:
    """Return the time expressions of one sentence, left to right.

    `earlier_year` is the year the text spoke of last before this sentence: 'the following
    year' at the start of a sentence is the year after it. `earlier_span` is that period's
    first and last day: 'for the year' after a fiscal year is that fiscal year.
    `earlier_fiscal` is the whole fiscal year a part of which was spoken of last ('the first
    half of fiscal 2025 ... for the full fiscal year'). `earlier_spans` are the periods the
    paragraph spoke of before this sentence, oldest first."""
    profile = _PROFILES.get(lang, _PROFILES["en"])
    found: list[TimeExpr] = []
    last_year: int | None = earlier_year
    last_span = earlier_span
    fiscal = earlier_fiscal
    position = 0
    for trigger in profile.trigger.finditer(sentence):
        if trigger.start() < position:
            continue
        if "0" <= sentence[trigger.start()] <= "9":
            if not _digits_may_start(sentence, trigger.start()):
                continue
            regex = profile.digit_re
        else:
            regex = profile.time_re
        match = regex.match(sentence, trigger.start())
        if match is None or match.end() == match.start():
            continue
        position = match.end()
        kind = match.lastgroup
        if kind is None:
            continue
        try:
            if kind == "context_end":
                expr = _context_end(match, last_span)
            elif kind == "context_part":
                expr = _context_part(match, last_span, earlier_spans)
            elif kind == "next_cycle":
                expr = _next_cycle(match, last_span)
            else:
                expr = _resolve(
                    match, kind, sentence, published_at, last_year, profile, earlier_year
                )
        except (ValueError, OverflowError):
            expr = TimeExpr(match.start(), match.end(), match.group(0), "block", None, None, "")
        if expr is None:
            continue
        if kind == "past_n" and found and expr.kind == "period":
            # (the period before, past the day of the statement: "from 2018 to 2022, the
            # ministry said on Thursday, against 112,000 in the previous four years")
            spoken = [t for t in found if t.kind != "said_at"]
            expr = _months_before(expr, spoken[-1] if spoken else found[-1])
        if kind == "same_period" and "ejercicio" in expr.text.lower():
            year_long = _last_year_long(
                [
                    *(earlier_spans or []),
                    *(
                        (t.period_start, t.period_end)
                        for t in found
                        if t.period_start is not None and t.period_end is not None
                    ),
                ]
            )
            if year_long is not None:
                # "Guatemala recibió 63.000 deportados en ese ejercicio", after "en el
                # ejercicio fiscal 2023" and a month of it: the twelve months spoken of, not the
                # month told last.
                expr = TimeExpr(
                    expr.start, expr.end, expr.text, "period", year_long[0], year_long[1],
                    f"'{expr.text}' as the twelve months spoken of before",
                )  # fmt: skip
        cy_fiscal = kind == "context_year" and bool(match.groupdict().get("cy_fiscal"))
        if cy_fiscal and fiscal is not None:
            # "In the first half of the fiscal year, growth was 8%. ... for the full fiscal
            # year": the whole fiscal year the part belongs to
            first, last = fiscal
            expr = TimeExpr(
                expr.start, expr.end, expr.text, "period", first, last,
                f"fiscal year ending {last.isoformat()} ('{expr.text}')",
            )  # fmt: skip
        elif (
            kind in ("context_year", "that_year")
            and last_span is not None
            and _fiscal_span(last_span, expr)
        ):
            # "recorded a surplus in the fiscal year ending June 30. Receipts for the year rose
            # 6.1%": the fiscal year just named, not the calendar year it ends in.
            first, last = last_span
            expr = TimeExpr(
                expr.start, expr.end, expr.text, "period", first, last,
                f"fiscal year ending {last.isoformat()} ('{expr.text}')",
            )  # fmt: skip
        elif cy_fiscal:
            continue  # "for the fiscal year" with no fiscal year spoken of: not a calendar year
        if expr.period_end is not None and expr.kind == "period":
            last_year = expr.period_end.year
            if expr.period_start is not None:
                last_span = (expr.period_start, expr.period_end)
        if expr.note.startswith("fiscal year") and expr.period_start and expr.period_end:
            fiscal = (expr.period_start, expr.period_end)
            expr = _first_months_of(expr, sentence)
            part = _part_of_fiscal(found[-1], expr, sentence) if found else None
            if part is not None:
                found[-1] = part
                continue
        narrowed = _narrowed(found[-1], expr, sentence) if found else None
        if narrowed is None and found:
            narrowed = _holiday_dates(found[-1], expr, sentence)
        if narrowed is None and found:
            narrowed = _season_ended(found[-1], expr, sentence)
        if narrowed is None and found:
            narrowed = _split_year_ended(found[-1], expr, sentence)
        if narrowed is None and found:
            narrowed = _year_runs(found[-1], expr, sentence)
        if narrowed is None and found and expr.note.startswith("dates '"):
            narrowed = _period_ran(found[-1], expr, sentence)
        if narrowed is not None:
            found[-1] = narrowed
            if _split_twelve_months(narrowed):
                # "the first half of the 2025/26 fiscal year, which began in April": those
                # months of the split year, like a fiscal year's
                fiscal = (narrowed.period_start, narrowed.period_end)  # type: ignore[assignment]
                found[-1] = _first_months_of(narrowed, sentence)
                part = _part_of_fiscal(found[-2], found[-1], sentence) if len(found) > 1 else None
                if part is not None:
                    found[-2:] = [part]
            continue
        expr = _season_to(expr, sentence)
        expr = _season_from(expr, sentence, published_at)
        if lang == "en" and " with " in sentence:
            expr = _closed_with(expr, sentence)
        if lang == "es" and " meses " in sentence:
            expr = _months_up_to_es(expr, sentence, found)
        if expr.period_start is not None and expr.period_start == expr.period_end:
            expr = _lasted_until(expr, sentence)
        if (
            lang == "en"
            and expr.kind == "period"
            and _REPORT_PUBLISHED.search(sentence, max(0, expr.start - 60), expr.start)
        ):
            # "according to a World Bank study published in May": the time dates the study's
            # publication, as "said on Monday" dates a statement, not the figure it gives.
            expr = TimeExpr(
                expr.start, expr.end, expr.text, "said_at", expr.period_start, expr.period_end,
                expr.note,
            )  # fmt: skip
        if (
            lang == "es"
            and expr.kind == "period"
            and published_at is not None
            and expr.period_start is not None
            and expr.period_start > published_at
            and _OPENS_THEN_ES.search(sentence, max(0, expr.start - 40), expr.start) is not None
        ):
            # ("La obra tiene un costo de 37.500 millones de pesos y concluirá en 2024", "La
            # Línea 3 entrará en operación en 2025": when a work is to be finished or opened,
            # which dates neither its cost nor its size, nor what the text says next)
            expr = TimeExpr(
                expr.start, expr.end, expr.text, "block", None, None, f"opens {expr.note}"
            )
        found.append(expr)
    if lang == "es" and "anterior" in sentence:
        _add_previous_spans_es(sentence, found)
    if published_at is not None and len(found) > 1 and "meses" in sentence:
        _twelve_months_to_month_es(found, published_at)
    if found and (" the " in sentence or " el " in sentence):
        _add_elided_parts(sentence, found, published_at)
    if found and _STOCK_LEVEL.search(sentence) is not None:
        _part_ends(sentence, found)
    return found


# "at the end of the second quarter", "al cierre del primer semestre": the last day of a part of
# the year, for a level or a stock measured on it.
_PART_END_BEFORE: Final = compiled(
    r"(?:\b(?:at|by)\s+the\s+(?:end|close)\s+of\s+(?:the\s+)?|\b(?:al|hasta\s+el)\s+"
    r"(?:cierre|final)\s+del?\s+|\ba\s+(?:finales|fines)\s+del?\s+)$",
    re.IGNORECASE,
)
# What is measured at a point in time ("reserves stood at", "la cartera de créditos ascendía a").
_STOCK_LEVEL: Final = compiled(
    r"\b(?:debt|reserves|deposits|loan\s+(?:book|portfolio)|assets|backlogs?|inventor(?:y|ies)|"
    r"stood\s+at|deuda|reservas|saldos?|depósitos|cartera\s+de\s+créditos|activos|existencias|"
    r"inventarios?|mora\s+judicial|ascend[íi]a|se\s+(?:situó|situaba|ubicó|ubicaba)\s+en)\b"
    # ("al cierre del primer trimestre, había 1.200 procesos abiertos", "there were 1,200 open
    # cases": what existed then; not 'había registrado', a count up to then)
    r"|\b(?:hab[íi]an?|there\s+(?:were|was))\s+(?:(?:unos|unas|más\s+de|casi|cerca\s+de|"
    r"about|some|nearly|more\s+than|almost)\s+)?\d",
    re.IGNORECASE,
)


def _part_ends(sentence: str, found: list[TimeExpr]) -> None:
    """'Reserves stood at $23.4 billion at the end of the second quarter': a level on the
    quarter's (or half's) last day, as at the end of a month or a year, not over the quarter."""
    for at, expr in enumerate(found):
        if (
            expr.kind != "period"
            or expr.period_end is None
            or expr.period_start is None
            or expr.period_start == expr.period_end
            or _NAMED_PART.search(expr.text) is None
            or _PART_END_BEFORE.search(sentence, max(0, expr.start - 24), expr.start) is None
        ):
            continue
        day = expr.period_end
        found[at] = TimeExpr(
            expr.start, expr.end, expr.text, "period", day, day, f"end of part '{expr.text}'"
        )


# "from 6.8 percent in the third", "tras 2,4 % en el primero", "and 7 percent in the second":
# an ordinal whose noun, a quarter or a half named before it in the sentence, is left out.
_ELIDED_PART: Final = compiled(
    r"\b(?:(?i:in|during|for|over)\s+the|(?i:en|durante|para)\s+el)\s+"
    r"(?P<n>first|second|third|fourth|primero|segundo|tercero|cuarto)"
    r"(?=\s*(?:[.,;:)]|$|\s+(?:and|y|of\s+the\s+year|del\s+año)\b))"
)
_PART_NUMBER: Final = {
    "first": 1, "second": 2, "third": 3, "fourth": 4,
    "primero": 1, "segundo": 2, "tercero": 3, "cuarto": 4,
}  # fmt: skip


def _add_elided_parts(
    sentence: str, found: list[TimeExpr], published_at: datetime.date | None
) -> None:
    """'Unemployment fell to 6.1 percent in the fourth quarter, from 6.8 percent in the third':
    the other quarter (or half) of the same year as the one just named, in its place. (Not
    after a part still under way at publication, which the figure's tense may yet move to the
    year before.)"""
    for match in _ELIDED_PART.finditer(sentence):
        named = next(
            (
                t
                for t in reversed(found)
                if t.end <= match.start()
                and t.kind == "period"
                and t.period_start is not None
                and t.period_end is not None
                and _NAMED_PART.search(t.text) is not None
            ),
            None,
        )
        if named is None or named.period_start is None or named.period_end is None:
            continue
        if published_at is not None and named.period_end > published_at:
            continue
        if any(t.start < match.end() and match.start() < t.end for t in found):
            continue
        span_months = (
            (named.period_end.year - named.period_start.year) * 12
            + named.period_end.month
            - named.period_start.month
            + 1
        )
        if span_months not in (3, 6) or named.period_start.day != 1:
            continue
        number = _PART_NUMBER[match.group("n").lower()]
        if number > 12 // span_months:
            continue
        year = named.period_start.year
        first = datetime.date(year, 1 + span_months * (number - 1), 1)
        last = _month_end(year, first.month + span_months - 1)
        which = "quarter" if span_months == 3 else "half"
        at = match.start("n")
        found.append(
            TimeExpr(
                at,
                match.end(),
                match.group("n"),
                "period",
                first,
                last,
                f"{which} {number} of {year} ('{match.group(0)}', after '{named.text}')",
            )
        )
    found.sort(key=lambda t: t.start)


_NAMED_PART: Final = compiled(r"(?i:quarter|trimestre|half|semestre)")


def _last_year_long(
    spans: list[tuple[datetime.date, datetime.date]],
) -> tuple[datetime.date, datetime.date] | None:
    """The last of the spans that runs twelve whole months (a year, a fiscal year)."""
    for first, last in reversed(spans):
        if first.day == 1 and add_months(first, 12) - datetime.timedelta(days=1) == last:
            return first, last
    return None


def _twelve_months_to_month_es(
    found: list[TimeExpr], pub: datetime.date, before: list[TimeExpr] | None = None
) -> None:
    """'subió un 10,2 % en los últimos doce meses y alcanzó 13,1 euros en junio': the twelve
    months up to the month of the data the sentence gives, not up to publication. With
    `before` (the times of an earlier sentence), the month of the data that sentence gave."""
    year_back = add_months(pub, -12) + datetime.timedelta(days=1)
    months = [
        t
        for t in (found if before is None else before)
        if t.kind == "period"
        and t.period_start is not None
        and t.period_end is not None
        and t.period_start.day == 1
        and t.period_start.month == t.period_end.month
        and t.period_start.year == t.period_end.year
        and t.period_end == _month_end(t.period_end.year, t.period_end.month)
        and t.period_end < pub
        and (pub - t.period_end).days <= 62
    ]
    if len(months) != 1:
        return
    if before is not None and any(
        t.kind == "period" and (t.period_start != year_back or t.period_end != pub) for t in found
    ):
        return  # (the sentence's own month or year is the data's)
    month = months[0]
    for i, t in enumerate(found):
        if (
            t.kind == "period"
            and t.period_start == year_back
            and t.period_end == pub
            and _ROLLING.search(t.text) is not None
            and "meses" in t.text
        ):
            found[i] = TimeExpr(
                t.start, t.end, t.text, "period", add_months(month.period_start, -11),  # type: ignore[arg-type]
                month.period_end, f"'{t.text}' up to '{month.text}'",
            )  # fmt: skip


# A work's completion or opening right before a time: "concluirá en 2024", "entrará en operación
# en 2025", "estará lista a finales de 2026".
_OPENS_THEN_ES: Final = EndWord(
    compiled(
        r"\b(?:concluirá|concluirán|terminará|terminarán|finalizará|finalizarán|estará\s+lista|"
        r"estará\s+listo|estarán\s+listas|estarán\s+listos|se\s+inaugurará|se\s+inaugurarán|"
        r"entrará\s+en\s+(?:operación|funcionamiento|servicio)|entrarán\s+en\s+(?:operación|"
        r"funcionamiento|servicio)|(?:comenzará|empezará|iniciará)\s+(?:a\s+operar|operaciones))"
        r"\s+(?:(?:a\s+)?(?:finales|fines|mediados|principios|inicios)\s+de\s+|en\s+)?$",
        re.IGNORECASE,
    ),
    (
        "en",
        "de",
        "concluirá",
        "concluirán",
        "terminará",
        "terminarán",
        "finalizará",
        "finalizarán",
        "lista",
        "listo",
        "listas",
        "listos",
        "inaugurará",
        "inaugurarán",
        "operación",
        "funcionamiento",
        "servicio",
        "operar",
        "operaciones",
    ),
)


# A report and its publication right before a time: "a World Bank study published in May" (not
# a poll or a survey: "A poll published in August found that 71 percent": taken then).
_REPORT_PUBLISHED: Final = EndWord(
    compiled(
        r"\b(?:study|report|census|paper|analysis|assessment|bulletin|index|review)"
        r",?\s+(?:[\w-]+\s+){0,2}?(?:published|released|issued|made\s+public)\s+(?:in\s+|on\s+)?$",
        re.IGNORECASE,
    ),
    ("published", "released", "issued", "public", "in", "on"),
)
# 'los 12 meses hasta julio', '12 meses terminados en junio de': the months up to that month.
_MONTHS_UP_TO_LEAD_ES: Final = compiled(
    r"(?<![\d,.])(?P<n>\d{1,3}|doce|seis|tres|nueve|dieciocho|veinticuatro)\s+meses\s+"
    r"(?:hasta|a|al\s+cierre\s+de|terminados\s+en|que\s+terminaron\s+en|con\s+cierre\s+(?:a|en))"
    r"\s+(?:(?:el\s+)?mes\s+de\s+)?$",
    re.IGNORECASE,
)


def accumulated_months_to_month_before_es(
    found: list[TimeExpr], before: list[TimeExpr], pub: datetime.date
) -> None:
    """'La inflación se ubicó en 0,6 % en marzo. En los últimos doce meses, la inflación
    acumulada llegó a 2,9 %': what the monthly data accumulated over the last twelve months is
    read up to the month of the data given before, not up to publication (the caller checks
    the sentence speaks of an accumulation)."""
    _twelve_months_to_month_es(found, pub, before)


def _months_up_to_es(expr: TimeExpr, sentence: str, found: list[TimeExpr]) -> TimeExpr:
    """'en los 12 meses hasta julio': as many months up to the end of the month named (read
    where a month is found, not at every number)."""
    end = expr.period_end
    if expr.kind != "period" or end is None or end != _month_end(end.year, end.month):
        return expr
    lead = _MONTHS_UP_TO_LEAD_ES.search(sentence, max(0, expr.start - 50), expr.start)
    if lead is None or (found and found[-1].end > lead.start()):
        return expr
    count = small_number(lead.group("n").lower())
    if count is None or not 0 < count <= 120:
        return expr
    first = add_months(end.replace(day=1), 1 - count)
    text = sentence[lead.start() : expr.end]
    return TimeExpr(lead.start(), expr.end, text, "period", first, end, f"'{text}'")


# 'La cosecha anterior', 'en el periodo anterior': the span before the one the text speaks of,
# as long as it (found where 'anterior' is, not by a trigger at every such noun).
_PREVIOUS_SPAN_ES: Final = compiled(
    r"\b(?:cosecha|temporada|zafra|periodo|período|ciclo(?:\s+escolar)?|campaña)\s+"
    r"(?:anterior|previ[oa]|precedente)\b",
    re.IGNORECASE,
)


_PREVIOUS_MONTHS: Final = compiled(
    r"(?:the\s+)?(?:previous|preceding|prior)\s+\S+\s+(?P<unit>months|years)\Z", re.IGNORECASE
)


def _months_before(expr: TimeExpr, earlier: TimeExpr) -> TimeExpr:
    """'the previous three months' after 'the three months to September': the months before
    the period just named, not the months before publication; 'the previous four years' after
    'during her term (2018–2022)': the four years before the term began, not before its end."""
    previous = _PREVIOUS_MONTHS.match(expr.text)
    if (
        earlier.kind != "period"
        or earlier.period_start is None
        or earlier.period_end is None
        or previous is None
    ):
        return expr
    count = small_number(expr.text.split()[-2].lower())
    years = previous.group("unit").lower() == "years"
    if count is None or not 0 < count <= (50 if years else 24):
        return expr
    months = 12 * count if years else count
    first = add_months(earlier.period_start, -months)
    last = earlier.period_start - datetime.timedelta(days=1)
    unit = "years" if years else "months"
    return TimeExpr(
        expr.start, expr.end, expr.text, "period", first, last,
        f"the {count} {unit} before {earlier.period_start.isoformat()}",
    )  # fmt: skip


def _add_previous_spans_es(sentence: str, found: list[TimeExpr]) -> None:
    for match in _PREVIOUS_SPAN_ES.finditer(sentence):
        if any(t.start < match.end() and match.start() < t.end for t in found):
            continue
        yearly = not match.group(0).lower().startswith(("periodo", "período", "ciclo ", "campaña"))
        note = "-1 season" if yearly or "escolar" in match.group(0).lower() else "-1 span"
        expr = TimeExpr(match.start(), match.end(), match.group(0), "relative", None, None, note)
        at = next((i for i, t in enumerate(found) if t.start > match.start()), len(found))
        found.insert(at, expr)


# "in a two-week operation that ended on Sunday", "during a 10-day strike which ended Friday",
# "a week-long crackdown that ended on Saturday": what lasted that long, up to the day.
_LASTED_UNTIL: Final = compiled(
    r"\b(?:a|an|the|its|their)\s+(?:(?P<n>[a-z]+|\d{1,3})[-\s](?P<u>day|week|month)|"
    r"(?P<u1>week|month)-long)\s+(?:[a-z-]+\s+){1,3}(?:that|which)\s+(?:ended|concluded|"
    r"finished|wrapped\s+up)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


_LASTED_VERBS: Final = ("ended", "concluded", "finished", "wrapped")


def _lasted_until(expr: TimeExpr, sentence: str) -> TimeExpr:
    """The days of something that lasted N days, weeks or months and ended on the day given."""
    last = expr.period_end
    if last is None or not any(word in sentence for word in _LASTED_VERBS):
        return expr
    found = _LASTED_UNTIL.search(sentence, max(0, expr.start - 80), expr.start)
    if found is None:
        return expr
    unit = (found.group("u") or found.group("u1") or "").lower()
    count = small_number(found.group("n").lower()) if found.group("n") else 1
    if count is None or not 0 < count <= 60:
        return expr
    if unit == "month":
        first = add_months(last, -count) + datetime.timedelta(days=1)
    else:
        first = last - datetime.timedelta(days=count * (7 if unit == "week" else 1) - 1)
    note = f"{found.group(0).strip()} {expr.note}"
    return TimeExpr(
        found.start(), expr.end, sentence[found.start() : expr.end], "period", first, last, note
    )


_WHOLE_FISCAL: Final = compiled(r" (ending|starting) (\d{4})-(\d\d)-(\d\d)[,' (]")


def fiscal_whole(expr: TimeExpr) -> tuple[datetime.date, datetime.date] | None:
    """The whole fiscal (or split) year of a time expression that names one or a part of one
    ('the first half of fiscal 2025, which began in July'), from its note; None otherwise."""
    if not (expr.note.startswith(("fiscal year", "years ")) and ", its " in expr.note):
        return None
    found = _WHOLE_FISCAL.search(expr.note)
    if found is None:
        return None
    day = datetime.date(int(found.group(2)), int(found.group(3)), int(found.group(4)))
    if found.group(1) == "starting":
        return day, add_months(day, 12) - datetime.timedelta(days=1)
    return add_months(day, -12) + datetime.timedelta(days=1), day


def _split_twelve_months(expr: TimeExpr) -> bool:
    """'the 2025/26 fiscal year', 'the 2024-25 season': twelve months across two years, whose
    first months, quarters and halves count from its start like a fiscal year's."""
    first, last = expr.period_start, expr.period_end
    return (
        expr.note.startswith("years ")
        and first is not None
        and last is not None
        and first.month != 1
        and add_months(first, 12) - datetime.timedelta(days=1) == last
    )


_FIRST_MONTHS_OF: Final = compiled(
    rf"\b(?:the\s+)?first\s+(?P<n>{_N})\s+months\s+of\s+(?:the\s+)?$", re.IGNORECASE
)


def _first_months_of(expr: TimeExpr, sentence: str) -> TimeExpr:
    """'the first 11 months of fiscal year 2025, which began July 1': those months of it."""
    first, last = expr.period_start, expr.period_end
    lead = _FIRST_MONTHS_OF.search(sentence, max(0, expr.start - 40), expr.start)
    if lead is None or first is None or last is None:
        return expr
    count = small_number(lead.group("n"))
    if count is None or not 1 <= count < 12:
        return expr
    end = add_months(first, count) - datetime.timedelta(days=1)
    if end > last:
        return expr
    # (the note keeps saying which fiscal year, for the text's other fiscal years, and whether
    # its months are assumed)
    assumed = " (calendar year assumed)"
    note = f"{expr.note.removesuffix(assumed)}, its first {count} months"
    if expr.note.endswith(assumed):
        note += assumed
    return TimeExpr(
        lead.start(), expr.end, sentence[lead.start() : expr.end], "period", first, end, note
    )


_PART_NOTE: Final = compiled(r"(quarter|half) ([1-4]) of \d{4}")
_OF_GAP: Final = compiled(
    r"\s+of\s+(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?", re.IGNORECASE
)


def _part_of_fiscal(part: TimeExpr, fiscal: TimeExpr, sentence: str) -> TimeExpr | None:
    """'the second quarter of fiscal 2025', 'the first half of fiscal year 2024': those months
    of the fiscal year, not of the calendar year."""
    named = _PART_NOTE.match(part.note)
    first = fiscal.period_start
    if (
        named is None
        or first is None
        or fiscal.period_end is None
        or part.kind != "period"
        or not _OF_GAP.fullmatch(sentence, part.end, fiscal.start)
    ):
        return None
    size = 3 if named.group(1) == "quarter" else 6
    number = int(named.group(2))
    if number * size > 12:
        return None
    start = add_months(first, (number - 1) * size)
    end = add_months(first, number * size) - datetime.timedelta(days=1)
    assumed = " (calendar year assumed)"
    base = fiscal.note.removesuffix(assumed)
    if number == 1:
        note = f"{base}, its first {size} months"
    else:
        note = f"{base}, its months {(number - 1) * size + 1} to {number * size}"
    if fiscal.note.endswith(assumed):
        note += assumed
    text = sentence[part.start : fiscal.end]
    return TimeExpr(part.start, fiscal.end, text, "period", start, end, note)


def _context_end(
    match: re.Match[str], span: tuple[datetime.date, datetime.date] | None
) -> TimeExpr | None:
    """'at the end of the month' ('quarter', 'fiscal year', 'period'): the last day of the
    period spoken of last, or of its month or quarter; nothing when none was."""
    if span is None:
        return None
    unit = match.group("ce_u").lower()
    last = span[1]
    if unit == "month":
        last = _month_end(last.year, last.month)
    elif unit == "quarter":
        last = _month_end(last.year, (last.month + 2) // 3 * 3)
    return TimeExpr(
        match.start(), match.end(), match.group(0), "period", last, last,
        f"end of the {unit} spoken of, {last.isoformat()}",
    )  # fmt: skip


def _next_cycle(
    match: re.Match[str], span: tuple[datetime.date, datetime.date] | None
) -> TimeExpr | None:
    """'el nuevo ciclo', 'el próximo ciclo escolar': the school year after the one spoken of
    last, a year later ('2023-2024' -> '2024-2025'); nothing when the period spoken of last is
    not whole calendar years."""
    if span is None:
        return None
    first, last = span
    if (first.month, first.day) != (1, 1) or (last.month, last.day) != (12, 31):
        return None
    return TimeExpr(
        match.start(), match.end(), match.group(0), "period",
        datetime.date(first.year + 1, 1, 1), datetime.date(last.year + 1, 12, 31),
        "the school year after the one spoken of",
    )  # fmt: skip


def _context_part(
    match: re.Match[str],
    span: tuple[datetime.date, datetime.date] | None,
    before: list[tuple[datetime.date, datetime.date]] | None = None,
) -> TimeExpr | None:
    """'del semestre', 'en el trimestre', 'del mes' with no ordinal: the calendar half-year
    (quarter, month) that holds the period spoken of last; nothing when none was, or when that
    period is longer and none spoken of before it fits.

    A single day spoken of last (a stock's date: "Al cierre de 2023, el sector había vendido
    139.000 viviendas. ... las ventas del trimestre") or a longer period is not the period the
    part belongs to: the latest period of `before` (the periods spoken of earlier, oldest
    first) that is longer than a day and fits in one such part is, when there is one."""
    if span is None:
        return None
    unit = match.group("cp_u").lower()
    months = 6 if unit == "semestre" else 3 if unit == "trimestre" else 1
    first_month = (span[0].month - 1) // months * months + 1
    longer = span[1] > _month_end(span[0].year, first_month + months - 1)
    if (span[0] == span[1] or longer) and before:
        # ("En el primer semestre, la inflación acumulada llegó a 79,8 %, y el rubro vivienda
        # encabezó los aumentos del mes": the month spoken of before the half-year)
        for earlier in before[-1:-7:-1]:
            if earlier[0] == earlier[1]:
                continue
            first_month = (earlier[0].month - 1) // months * months + 1
            if earlier[1] <= _month_end(earlier[0].year, first_month + months - 1):
                span = earlier
                break
    first_month = (span[0].month - 1) // months * months + 1
    first = datetime.date(span[0].year, first_month, 1)
    last = _month_end(span[0].year, first_month + months - 1)
    if span[1] > last:
        return None
    return TimeExpr(
        match.start(), match.end(), match.group(0), "period", first, last,
        f"the {match.group('cp_u').lower()} of the period spoken of",
    )  # fmt: skip


def _fiscal_span(span: tuple[datetime.date, datetime.date], expr: TimeExpr) -> bool:
    """Whether `span` is twelve months that are not a calendar year, ending in the year `expr`
    (a 'for the year' read as the year spoken of last) stands for."""
    if expr.period_end is None or expr.period_start is None:
        return False
    first, last = span
    return (
        (first.month, first.day) != (1, 1)
        and add_months(first, 12) - datetime.timedelta(days=1) == last
        and expr.period_start.year == expr.period_end.year == last.year
    )


# A split year ("2022/23", "2022-2023") and the clause that says in which month it ended.
_SPLIT_YEAR: Final = compiled(r"\d{4}\s*[/–-]\s*\d{2}(?:\d{2})?")
_ENDED_IN: Final = compiled(
    r"[^.;]{0,40}?,?\s*(?:which|that|que)\s+(?:ended|closed|finished|terminó|concluyó|cerró|"
    r"finalizó)\s+(?:in|en)\s+(?:el\s+mes\s+de\s+)?",
    re.IGNORECASE,
)


_ENDED_ON: Final = compiled(
    r"[^.;]{0,40}?,?\s*(?:which|that|que)\s+(?:ended|closed|finished|terminó|concluyó|cerró|"
    # ("the 2022-23 fiscal year, which ended June 30": 'on' left out)
    r"finalizó)\s+(?:(?:on|el)\s+)?",
    re.IGNORECASE,
)
# ', which starts', ', que comenzó': a period's first day or month, said after it
_WHICH_STARTS: Final = (
    r"[^.;]{0,40}?,?\s*(?:which|that|que)\s+(?:starts|started|begins|began|will\s+start|"
    r"will\s+begin|comienza|comenzó|empieza|empezó|inicia|inició)"
)
# "the 2024/25 fiscal year, which starts on July 1": the twelve months from that day
_STARTS_ON: Final = compiled(rf"{_WHICH_STARTS}\s+(?:on|el)\s+", re.IGNORECASE)
_RAN_THROUGH: Final = compiled(
    r"[^.;]{0,40}?,?\s*(?:which|that)\s+(?:ran|runs|lasted)\s+(?:through|until|to)\s+",
    re.IGNORECASE,
)
# ("So far in the 2024-25 harvest, which began in October": the season up to now, read apart)
_SO_FAR_IN: Final = compiled(r"\bso\s+far\s+(?:in|this)\s+(?:the\s+)?$", re.IGNORECASE)
_STARTS_IN: Final = compiled(rf"{_WHICH_STARTS}\s+(?:in|en)\s+(?:el\s+mes\s+de\s+)?", re.IGNORECASE)


# A season named without its years, and the clause that says in which month it ended.
_SEASON_NOUN: Final = (
    r"\b(?:(?:coffee|fiscal|school|academic|crop|marketing|sugar)\s+year|season|cycle|harvest|"
    r"año\s+(?:cafetero|fiscal|escolar|lectivo|agrícola)|ciclo(?:\s+(?:cafetero|escolar|lectivo))?|"
    r"curso\s+escolar|zafra|temporada|cosecha)"
)
_SEASON_ENDED_BEFORE: Final = compiled(
    rf"{_SEASON_NOUN}\s*,?\s*(?:which|that|que)\s+(?:ended|closed|finished|terminó|concluyó|"
    r"cerró|finalizó|culminó)\s+(?:in|en)\s+(?:el\s+mes\s+de\s+)?$",
    re.IGNORECASE,
)


_SEASON_ENDED_LEAD: Final = EndWord(_SEASON_ENDED_BEFORE, ("in", "en", "de"), None)
# "el ciclo escolar que inicia en agosto", "the school year, which began in August": the twelve
# months from the first day of that month
_SEASON_STARTS_BEFORE: Final = compiled(
    rf"{_SEASON_NOUN}\s*,?\s*(?:which|that|que)\s+(?P<tense>(?:began|started|comenzó|inició|"
    r"empezó|arrancó)|(?:begins|starts|will\s+(?:begin|start)|comienza|inicia|empieza|arranca|"
    r"comenzará|iniciará|empezará|arrancará))\s+(?:in|en)\s+(?:el\s+mes\s+de\s+)?$",
    re.IGNORECASE,
)
_SEASON_STARTS_LEAD: Final = EndWord(_SEASON_STARTS_BEFORE, ("in", "en", "de"), None)
_DIGIT_BEFORE: Final = compiled(r"\d\s*$")
_PAST_START: Final = ("began", "started", "comenzó", "inició", "empezó", "arrancó")


# "The courts ended 2023 with a backlog of 312,400 cases": the year a level closed it with
_CLOSED_YEAR_BEFORE: Final = compiled(r"\b(?:ended|closed|finished)\s+\Z", re.IGNORECASE)
_CLOSED_YEAR_AFTER: Final = compiled(r"\s+with\b", re.IGNORECASE)


def _closed_with(year: TimeExpr, sentence: str) -> TimeExpr:
    """A year that something ended with a figure ("ended 2023 with a backlog of 312,400
    cases"): the year's last day, told like "at the end of 2023" (the extractor reads a flow
    counted by then as the whole year). Any other expression is returned as it is."""
    if (
        year.kind != "period"
        or year.period_start is None
        or year.period_end is None
        or not year.note.startswith("year ")
        or year.period_start != datetime.date(year.period_start.year, 1, 1)
        or year.period_end != datetime.date(year.period_start.year, 12, 31)
        or _CLOSED_YEAR_AFTER.match(sentence, year.end) is None
        or _CLOSED_YEAR_BEFORE.search(sentence, max(0, year.start - 12), year.start) is None
    ):
        return year
    day = year.period_end
    return TimeExpr(
        year.start, year.end, year.text, "period", day, day, f"end of year '{year.text}'"
    )


def _is_month(expr: TimeExpr) -> bool:
    """Whether an expression is one whole calendar month."""
    return (
        expr.kind == "period"
        and expr.period_start is not None
        and expr.period_end is not None
        and expr.period_start.day == 1
        and (expr.period_start.year, expr.period_start.month)
        == (expr.period_end.year, expr.period_end.month)
        and expr.period_end == _month_end(expr.period_end.year, expr.period_end.month)
    )


def _season_to(month: TimeExpr, sentence: str) -> TimeExpr:
    """A season whose clause says when it ended ("el año cafetero que terminó en septiembre",
    "the season, which ended in June"): the twelve months up to the end of that month. Any
    other expression is returned as it is."""
    if not _is_month(month) or month.period_end is None:
        return month
    lead = _SEASON_ENDED_LEAD.search(sentence, max(0, month.start - 70), month.start)
    if lead is None:
        return month
    last = month.period_end
    first = add_months(last.replace(day=1), -11)
    text = sentence[lead.start() : month.end]
    return TimeExpr(lead.start(), month.end, text, "period", first, last, f"12 months to {last}")


def _season_from(month: TimeExpr, sentence: str, published_at: datetime.date | None) -> TimeExpr:
    """A season named without its years whose clause says when it starts ("el ciclo que
    inicia en agosto", "the school year, which began in September"): the twelve months from
    the first day of that month; one still to come when the verb is not in the past. Any
    other expression is returned as it is."""
    if not _is_month(month) or month.period_start is None:
        return month
    lead = _SEASON_STARTS_LEAD.search(sentence, max(0, month.start - 70), month.start)
    if lead is None or _DIGIT_BEFORE.search(sentence, max(0, lead.start() - 4), lead.start()):
        # ("the 2024-25 harvest, which began in October": named by its years, read apart)
        return month
    first = month.period_start
    if (
        lead.group("tense").lower() not in _PAST_START
        and published_at is not None
        and first < published_at.replace(day=1)
    ):
        first = first.replace(year=first.year + 1)  # ('que inicia en septiembre', in March)
    last = add_months(first, 12) - datetime.timedelta(days=1)
    text = sentence[lead.start() : month.end]
    return TimeExpr(lead.start(), month.end, text, "period", first, last, f"12 months from {first}")


def _season_ended(period: TimeExpr, month: TimeExpr, sentence: str) -> TimeExpr | None:
    """A split year whose clause says when it ended ("the 2022/23 coffee year, which ended in
    September", "la cosecha 2022/2023, que terminó en septiembre"): the twelve months up to the
    end of that month, in the split's second year."""
    day = (
        month.kind == "period"
        and month.period_start is not None
        and month.period_start == month.period_end
    )
    if (
        period.kind == "period"
        and month.kind == "period"
        and month.period_start is None
        and month.period_end is not None
        and month.period_end == _month_end(month.period_end.year, month.period_end.month)
        and period.period_start is not None
        and period.period_end is not None
        and period.period_end.year == period.period_start.year + 1
        and _SPLIT_YEAR.fullmatch(period.text)
        and _RAN_THROUGH.fullmatch(sentence, period.end, month.start)
    ):
        # "the 2023-24 season, which ran through September": the twelve months up to the end of
        # that month, in the split's second year
        last = _month_end(period.period_end.year, month.period_end.month)
        first = add_months(last.replace(day=1), -11)
        text = sentence[period.start : month.end]
        note = f"{period.note} ending {last.isoformat()}"
        return TimeExpr(period.start, month.end, text, "period", first, last, note)
    if (
        period.kind != "period"
        or not (_is_month(month) or day)
        or period.period_start is None
        or period.period_end is None
        or month.period_end is None
        or period.period_end.year != period.period_start.year + 1
        or not _SPLIT_YEAR.fullmatch(period.text)
    ):
        return None
    if (_STARTS_ON if day else _STARTS_IN).fullmatch(
        sentence, period.end, month.start
    ) and not _SO_FAR_IN.search(sentence, max(0, period.start - 24), period.start):
        # "the 2024/25 fiscal year, which starts on July 1": twelve months from that day (or
        # from the first of that month), in the split's first year
        year, month_number = period.period_start.year, month.period_end.month
        first = datetime.date(
            year,
            month_number,
            min(month.period_end.day, _month_end(year, month_number).day) if day else 1,
        )
        last = add_months(first, 12) - datetime.timedelta(days=1)
        text = sentence[period.start : month.end]
        # (written as the ended ones are, so that the text's other fiscal years run alike)
        note = f"{period.note} ending {last.isoformat()}"
        return TimeExpr(period.start, month.end, text, "period", first, last, note)
    if not (_ENDED_ON if day else _ENDED_IN).fullmatch(sentence, period.end, month.start):
        return None
    if day:
        # "the 2023-24 harvest year, which ended on Sept. 30": the twelve months up to that day
        last = month.period_end.replace(year=period.period_end.year)
        first = add_months(last, -12) + datetime.timedelta(days=1)
    else:
        last = _month_end(period.period_end.year, month.period_end.month)
        first = add_months(last.replace(day=1), -11)
    text = sentence[period.start : month.end]
    note = f"{period.note} ending {last.isoformat()}"
    return TimeExpr(period.start, month.end, text, "period", first, last, note)


# "the 2023/24 fiscal year that ended in March": the season word between the split year and
# the twelve months it names
_SEASON_WORD: Final = compiled(
    r"\s+(?:fiscal|financial|school|academic|coffee|crop|marketing|sugar|budget)\s+", re.IGNORECASE
)


# "the 2024 school year, which runs from March to December": the clause between a year and the
# months it runs
_RUNS: Final = compiled(
    r"[^.;\d]{0,40}?,?\s*(?:which|that)\s+(?:runs|ran|run|lasts|lasted|goes|went|spans|spanned)\s+",
    re.IGNORECASE,
)


def _year_runs(year: TimeExpr, months: TimeExpr, sentence: str) -> TimeExpr | None:
    """A calendar year whose clause says which months it runs ("the 2024 school year, which
    runs from March to December"): those months of that year. A split year ("the 2023-24
    harvest, which ran from November to May") runs those months across its two years."""
    split = _split_year_runs(year, months, sentence)
    if split is not None:
        return split
    if (
        year.kind != "period"
        or months.kind != "period"
        or year.period_start is None
        or year.period_end is None
        or months.period_start is None
        or months.period_end is None
        or year.period_start != datetime.date(year.period_start.year, 1, 1)
        or year.period_end != datetime.date(year.period_start.year, 12, 31)
        or not months.note.startswith("months '")
        or months.period_start.year != months.period_end.year
        or not _RUNS.fullmatch(sentence, year.end, months.start)
    ):
        return None
    value = year.period_start.year
    first = months.period_start.replace(year=value)
    last = _month_end(value, months.period_end.month)
    text = sentence[year.start : months.end]
    return TimeExpr(
        year.start, months.end, text, "period", first, last, f"{months.note} of {value}"
    )


def _split_year_runs(split: TimeExpr, months: TimeExpr, sentence: str) -> TimeExpr | None:
    """A split year whose clause gives the months it ran, from a month of its first year to one
    of its second ("the 2023-24 harvest, which ran from November to May"): those months."""
    if (
        split.kind != "period"
        or months.kind != "period"
        or split.period_start is None
        or split.period_end is None
        or months.period_start is None
        or months.period_end is None
        or split.period_end.year != split.period_start.year + 1
        or not months.note.startswith("months '")
        or months.period_start.month <= months.period_end.month
        or not _SPLIT_YEAR.fullmatch(split.text)
        or not _RUNS.fullmatch(sentence, split.end, months.start)
    ):
        return None
    first = datetime.date(split.period_start.year, months.period_start.month, 1)
    last = _month_end(split.period_end.year, months.period_end.month)
    text = sentence[split.start : months.end]
    return TimeExpr(
        split.start, months.end, text, "period", first, last, f"{months.note} of {text}"
    )


# "the 2023-24 season, which ran from Aug. 11 to Sunday", "Euro 2024 in Germany, played from June
# 14 to Sunday": the clause between a period and the days it ran
_RAN_DAYS: Final = compiled(
    r"[^.;\d]{0,40}?,?\s*(?:(?:which|that)\s+(?:runs|ran|run|lasted|went|spanned)"
    r"|(?:played|held|staged|contested))\s+",
    re.IGNORECASE,
)


def _period_ran(period: TimeExpr, days: TimeExpr, sentence: str) -> TimeExpr | None:
    """A year or a split year whose clause gives the days it ran ("the 2023-24 season, which ran
    from Aug. 11 to Sunday"; "Euro 2024 in Germany, played from June 14 to Sunday"): those
    days, when they lie within it."""
    if (
        period.kind != "period"
        or days.kind != "period"
        or period.period_start is None
        or period.period_end is None
        or days.period_start is None
        or days.period_end is None
        or not days.note.startswith("dates '")
        or not period.period_start <= days.period_start <= days.period_end <= period.period_end
        or not (period.note.startswith("year ") or period.note.startswith("years "))
        or not _RAN_DAYS.fullmatch(sentence, period.end, days.start)
    ):
        return None
    text = sentence[period.start : days.end]
    return TimeExpr(
        period.start, days.end, text, "period", days.period_start, days.period_end, days.note
    )


def _split_year_ended(period: TimeExpr, months: TimeExpr, sentence: str) -> TimeExpr | None:
    """A split year followed by the twelve months it ran ("the 2023/24 fiscal year that ended in
    March", read as '2023/24' and 'year that ended in March'): those twelve months, ending in
    the split's second year."""
    if (
        period.kind != "period"
        or months.kind != "period"
        or period.period_start is None
        or period.period_end is None
        or months.period_end is None
        or period.period_end.year != period.period_start.year + 1
        or not months.note.startswith("'year ")
        or not _SPLIT_YEAR.fullmatch(period.text)
        or not _SEASON_WORD.fullmatch(sentence, period.end, months.start)
    ):
        return None
    end = months.period_end
    close = _month_end(period.period_end.year, end.month)
    last = close if end == _month_end(end.year, end.month) else close.replace(day=end.day)
    first = add_months(last, -12) + datetime.timedelta(days=1)
    text = sentence[period.start : months.end]
    note = f"{period.note} ending {last.isoformat()}"
    return TimeExpr(period.start, months.end, text, "period", first, last, note)


_BOUND_GAP: Final = compiled(
    # ("in 2024 through the end of October")
    r"[\s,]*(?:(?:through|until|till|up\s+to|by|hasta)\s+(?:el\s+|the\s+end\s+of\s+)?)?"
)


_AS_OF_GAP: Final = compiled(r",?\s+as\s+of\s+(?:the\s+end\s+of\s+)?", re.IGNORECASE)


def _is_month_end(day: datetime.date) -> bool:
    return day == _month_end(day.year, day.month)


def _narrowed(period: TimeExpr, bound: TimeExpr, sentence: str) -> TimeExpr | None:
    """'this year through Dec. 29', 'en 2024 hasta marzo': a bound written right after a period
    ends it there."""
    if (
        period.kind != "period"
        or bound.kind != "period"
        or period.period_start is None
        or bound.period_end is None
        or not period.period_start <= bound.period_end
    ):
        return None
    as_of = (
        # "94 deaths this year as of Sunday": the year up to that day.
        bound.period_start == bound.period_end
        and period.period_end is not None
        and bound.period_end <= period.period_end
        and _AS_OF_GAP.fullmatch(sentence, period.end, bound.start) is not None
    )
    if not as_of and (
        bound.period_start is not None
        or not _BOUND_GAP.fullmatch(sentence, period.end, bound.start)
    ):
        return None
    last = bound.period_end
    if (
        period.period_end is not None
        and period.period_start.year == period.period_end.year
        and last.year != period.period_end.year
        and _is_month_end(last)
        and not any("0" <= char <= "9" for char in bound.text)
    ):
        # "in 2023 through October": October of that year, whatever year the month alone
        # would be read in
        last = _month_end(period.period_end.year, last.month)
        if last < period.period_start:
            return None
    text = sentence[period.start : bound.end]
    note = f"{period.note} up to {last.isoformat()}"
    first = period.period_start
    if (
        period.period_end is not None
        and last < period.period_end
        and "relative to publication" in period.note
        and _ROLLING.search(period.text)
    ):
        # "the past 12 months through July", "los últimos 12 meses hasta julio": as many
        # months, up to the bound (not from a year before publication)
        first = last - (period.period_end - period.period_start)
    return TimeExpr(period.start, bound.end, text, "period", first, last, note)


def _holiday_dates(holiday: TimeExpr, dates: TimeExpr, sentence: str) -> TimeExpr | None:
    """'over the Easter holidays, from April 12 to 20': the dates set off after a holiday say
    which days the text counts as the holiday."""
    if (
        not holiday.note.startswith("holiday")
        or not dates.note.startswith("dates")
        or holiday.period_start is None
        or holiday.period_end is None
        or dates.period_start is None
        or dates.period_end is None
        or dates.period_start > holiday.period_end
        or holiday.period_start > dates.period_end
        or sentence[holiday.end : dates.start] not in (", ", " (")
    ):
        return None
    text = sentence[holiday.start : dates.end]
    note = f"{dates.note} (the {holiday.note})"
    return TimeExpr(
        holiday.start, dates.end, text, "period", dates.period_start, dates.period_end, note
    )


# A span counted back from publication ('the past 12 months', 'los últimos 12 meses').
_ROLLING: Final = compiled(
    r"\b(?:past|last|previous|últimos|últimas|pasados|pasadas)\b", re.IGNORECASE
)


# "proyectada para el año", "previstos para el año": a forecast for the year spoken of.
_PROJECTED_FOR_ES: Final = compiled(
    r"\b(?:proyectad|previst|esperad|estimad|pronosticad)[oa]s?\s+para\s+$", re.IGNORECASE
)


# "cerró el año con", "terminaron ese año con": what a whole year added up to.
_CLOSED_THE_YEAR_ES: Final = compiled(
    r"\b(?:cerr|termin|finaliz|conclu)(?:ó|aron|aba|aban|ía|ían|yó|yeron)\s+(?:el|ese|aquel)\s+año\b"
)


def _resolve(
    match: re.Match[str],
    kind: str,
    sentence: str,
    published_at: datetime.date | None,
    last_year: int | None,
    profile: _Profile,
    earlier_year: int | None = None,
) -> TimeExpr | None:
    """Turn one regex match into a TimeExpr."""

    names = match.re.groupindex

    def g(name: str) -> str:
        # Read one group at a time: groupdict() would build a dict of the pattern's hundreds of
        # groups for every expression. A name the language's pattern lacks reads as "" (looked
        # up first: a raised and caught IndexError costs many times more).
        if name not in names:
            return ""
        return match.group(name) or ""

    start, end, text = match.start(), match.end(), match.group(0)
    pub = published_at

    def make(
        first: datetime.date | None,
        last: datetime.date | None,
        note: str,
        expr_kind: TimeKind = "period",
    ) -> TimeExpr:
        if expr_kind == "period" and first is None and last is None:
            expr_kind = "block"
        return TimeExpr(start, end, text, expr_kind, first, last, note)

    def relative(note: str) -> str:
        return f"{note} relative to publication date {pub.isoformat()}" if pub else note

    if kind == "clock":
        return make(None, None, "", "block")
    if kind == "next_n":
        return make(None, None, f"open future '{text}'", "block")
    if kind == "ago":
        amount = g("ag") or g("ag2") or ""
        count = 1 if amount.lower() in ("a", "un", "una", "one") else small_number(amount)
        unit_name = _UNIT_NAMES.get((g("agu") or g("agu2") or "").lower(), "")
        how = (g("agw") or "ago").lower()
        if count is None or not 0 < count <= 100 or not unit_name:
            return make(None, None, "", "block")
        if unit_name == "decade":  # "a decade ago", "hace dos décadas"
            count, unit_name = 10 * count, "year"
        if unit_name == "lustro":  # "hace un lustro": five years
            count, unit_name = 5 * count, "year"
        if how in ("earlier", "before", "antes"):
            return TimeExpr(start, end, text, "relative", None, None, f"-{count} {unit_name}")
        if how in ("later", "después") or how.startswith("más"):
            # "A year later, the figure rose to 600": the period before it, moved on.
            return TimeExpr(start, end, text, "relative", None, None, f"+{count} {unit_name}")
        if how != "ago" or pub is None:
            return make(None, None, "", "block")
        if _FROM_AGO.search(sentence, max(0, start - 16), start) or (
            unit_name == "year"
            and last_year is not None
            and _FROM_FIGURE_AGO.search(sentence, max(0, start - 48), start) is not None
        ):
            # "core prices climbed 3.9% from a year ago", "fell to 48,200 this fall from 50,100 a
            # year ago": the period compared with, a step back from the sentence's (as "a year
            # earlier"), not a time before publication.
            return TimeExpr(start, end, text, "relative", None, None, f"-{count} {unit_name}")
        if (
            unit_name == "year"
            and last_year is not None
            and text[:4].lower() == "hace"
            # ("La meta para 2030 es del 20 %. Hace un año, era de 16,4": a year before
            # publication, not before a year still to come)
            and (pub is None or last_year <= pub.year)
            # ("Hace una década, el país cerró el año con 477 homicidios": the whole year then,
            # not the part of it the sentence before counted)
            and _CLOSED_THE_YEAR_ES.search(sentence, end) is None
        ):
            # "La inflación fue de 3,4 % en febrero. Hace un año, estaba en 9,9 %": after a
            # period, the same period that many years before.
            return TimeExpr(start, end, text, "relative", None, None, f"-{count} year")
        back = _shift(pub, unit_name, count)
        if unit_name in ("day", "week"):
            return make(back, back, relative(f"'{text}'"))
        if unit_name == "month":
            return make(
                back.replace(day=1), _month_end(back.year, back.month), relative(f"'{text}'")
            )
        first, last = _year_span(back.year)
        return make(first, last, relative(f"'{text}'"))
    if kind == "iso":
        day = datetime.date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
        return _open_ended(make(day, day, f"date {day.isoformat()}"), sentence, pub, profile)
    if kind == "year_range":
        first_year = int(g("yr_a") or g("yr_a2"))
        last_year_value = _two_digit_end(first_year, g("yr_b") or g("yr_b2"))
        if not first_year < last_year_value <= first_year + 50:
            return make(None, None, "", "block")
        if (
            last_year_value == first_year + 1
            and _CROP_YEAR_BEFORE.search(sentence, max(0, start - 30), start)
            and _COFFEE.search(sentence)
        ):
            # "el año cafetero 2022/2023", "la cosecha de café 2022-2023": the coffee year,
            # 1 October to 30 September.
            return make(
                datetime.date(first_year, 10, 1),
                datetime.date(last_year_value, 9, 30),
                f"coffee year {first_year}/{last_year_value}",
            )
        return make(
            datetime.date(first_year, 1, 1),
            datetime.date(last_year_value, 12, 31),
            f"years {first_year}–{last_year_value}",
        )
    if kind == "month_range":
        month_a, month_b = _month(g("mr_a")), _month(g("mr_b"))
        rel = g("mr_rel").lower()
        year_b: int | None
        if rel and pub is not None:
            # "between January and March this year", "entre enero y marzo del año pasado"
            year_b = pub.year - 1 if ("last" in rel or "pasado" in rel) else pub.year
        elif not g("mr_ya") and not g("mr_yb") and pub is not None and _runs_now(sentence, start):
            # "the season runs from June to November": the one under way
            year_b = (_infer_year(month_a, pub) or pub.year) + (month_b < month_a)
        else:
            year_b = _year_or_inferred(g("mr_yb"), month_b, pub)
        year_a = int(g("mr_ya")) if g("mr_ya") else year_b
        if year_a is None or year_b is None:
            return make(None, None, "")
        if not g("mr_ya") and month_a > month_b:
            year_a -= 1
        range_first, range_last = datetime.date(year_a, month_a, 1), _month_end(year_b, month_b)
        if g("mr_d"):
            range_last = datetime.date(year_b, month_b, int(g("mr_d")))
        if text[:5].lower() == "from " and " and " in text.lower():
            # "up 14 percent from January and February of last year": not a range 'from ... to',
            # but the months compared with, a start as 'from February' is (_open_ended).
            compared = text[5:]
            note = f"from months '{compared}'"
            return TimeExpr(start + 5, end, compared, "period", range_first, None, note)
        return make(range_first, range_last, f"months '{text}'")
    if kind == "months_to":
        count = 12 if g("mt_yr") else 3 if g("mt_q") else small_number(g("mt_n"))
        month = _month(g("mt_m"))
        year = _year_or_inferred(g("mt_y"), month, pub)
        if count is None or year is None or not 0 < count <= 120:
            return make(None, None, "")
        if (
            not g("mt_y")
            and not g("mt_d")
            and pub is not None
            and _month_end(pub.year, month) >= pub
            and _FORECAST.search(sentence) is not None
        ):
            # "For the year to March, the government expects growth of 1.3 percent", written in
            # February: the months still running to this year's March, not last year's
            year = pub.year
        last = _month_end(year, month)
        first = add_months(datetime.date(year, month, 1), 1 - count)
        if g("mt_d"):  # "the quarter ended March 31": the months up to that day
            last = datetime.date(year, month, _day(g("mt_d")))
            first = add_months(last, -count) + datetime.timedelta(days=1)
            if last == _month_end(year, month):
                # "the quarter ended June 30": April to June (not from March 31)
                first = add_months(datetime.date(year, month, 1), 1 - count)
        return make(first, last, f"'{text}'")
    if kind == "week_to" and g("wt_wd"):
        if pub is None:
            return make(None, None, "")
        # "in the week to Friday": the seven days ending on the latest Friday.
        last = pub - datetime.timedelta(
            days=(pub.weekday() - _WEEKDAY_INDEX[g("wt_wd").lower()]) % 7
        )
        return make(
            last - datetime.timedelta(days=6), last, relative(f"week to {last.isoformat()}")
        )
    if kind == "week_to":
        # "in the week to Sept. 10": the seven days ending that day.
        month = _month(g("wt_m"))
        year = _year_or_inferred(g("wt_y"), month, pub)
        if year is None:
            return make(None, None, "")
        last = datetime.date(year, month, _day(g("wt_d")))
        return make(last - datetime.timedelta(days=6), last, f"week to {last.isoformat()}")
    if kind == "full_date":
        month = _month(g("fd_m") or g("fd_m2"))
        day_value = _day(g("fd_d") or g("fd_d2"))
        year = int(g("fd_y") or g("fd_y2"))
        day = datetime.date(year, month, day_value)
        expr = _open_ended(make(day, day, f"date {day.isoformat()}"), sentence, pub, profile)
        return _as_of(expr, sentence, profile)
    if kind == "quarter" and (g("q_cur") or g("q_cur2") or g("q_past")):
        if pub is None:
            return make(None, None, "")
        # "this quarter", "este trimestre": the current one; "el trimestre pasado": the one before.
        first = datetime.date(pub.year, 3 * ((pub.month - 1) // 3) + 1, 1)
        if g("q_past"):
            first = add_months(first, -3)
        note = f"quarter {(first.month + 2) // 3} of {first.year}"
        return make(first, _month_end(first.year, first.month + 2), relative(note))
    if kind == "quarter":
        quarter = _ORDINALS.get((g("q_n") or "").lower()) or int(g("q_n2") or g("q_n3") or 0)
        if g("q_mo"):
            quarter = _month(g("q_mo")) // 3
        if not 1 <= quarter <= 4:
            return make(None, None, "", "block")
        year_text = g("q_y") or g("q_y2") or g("q_y3")
        if g("q_last") and pub is not None:
            year_text = str(pub.year - 1)
        elif g("q_this") and pub is not None:
            year_text = str(pub.year)
        latest = (g("q_n") or "").lower() in ("last", "último")
        if latest and not year_text and pub is not None and not _YEAR_WORD.search(text):
            # "in the last quarter", "en el último trimestre": the latest quarter that ended.
            first = datetime.date(pub.year, 3 * ((pub.month - 1) // 3) + 1, 1)
            first = add_months(first, -3)
            note = f"quarter {(first.month + 2) // 3} of {first.year}"
            return make(first, _month_end(first.year, first.month + 2), relative(note))
        if year_text:
            year = int(year_text)
        elif pub is not None:
            year = pub.year if datetime.date(pub.year, 3 * quarter - 2, 1) <= pub else pub.year - 1
        else:
            return make(None, None, "")
        first = datetime.date(year, 3 * quarter - 2, 1)
        return make(first, _month_end(year, 3 * quarter), f"quarter {quarter} of {year}")
    if kind == "half" and g("h_past"):
        if pub is None:
            return make(None, None, "")
        first = add_months(datetime.date(pub.year, 1 if pub.month <= 6 else 7, 1), -6)
        note = f"half {1 if first.month == 1 else 2} of {first.year}"
        return make(first, _month_end(first.year, first.month + 5), relative(note))
    if kind == "half":
        half = 1 if (g("h_n") or "").lower() in ("first", "primer") else 2
        if g("h_n2") or g("h_n3"):  # "H1 2024", "in H1"
            half = int(g("h_n2") or g("h_n3"))
        if g("h_last") and pub is not None:
            year = pub.year - 1
        elif g("h_y") or g("h_y2"):
            year = int(g("h_y") or g("h_y2"))
        elif g("h_this") and pub is not None:
            year = pub.year
        elif g("h_the") and last_year is not None and (pub is None or last_year <= pub.year):
            # "the second half of 2024, from 52.9% in the first half of the year": the year
            # the sentence speaks of
            year = last_year
        elif pub is not None:
            year = pub.year if datetime.date(pub.year, 6 * half - 5, 1) <= pub else pub.year - 1
        else:
            return make(None, None, "")
        return make(
            datetime.date(year, 6 * half - 5, 1),
            _month_end(year, 6 * half),
            f"half {half} of {year}",
        )
    if kind == "date_range" and g("dr_mw"):
        if pub is None:
            return make(None, None, "")
        last = pub - datetime.timedelta(
            days=(pub.weekday() - _WEEKDAY_INDEX[g("dr_wd").lower()]) % 7
        )
        month = _month(g("dr_mw"))
        year = last.year if month <= last.month else last.year - 1
        if _day(g("dr_dw")) > days_in_month(year, month):
            return make(None, None, "")
        first = datetime.date(year, month, _day(g("dr_dw")))
        return make(first, last, f"dates '{text}'") if first <= last else make(None, None, "")
    if kind == "date_range" and (g("dr_mb") or g("dr_mc")):
        month = _month(g("dr_mb") or g("dr_mc"))
        year = _year_or_inferred(g("dr_yb") or g("dr_yc"), month, pub)
        if year is None:
            return make(None, None, "")
        first = datetime.date(year, month, _day(g("dr_d1b") or g("dr_d1c")))
        last = datetime.date(year, month, _day(g("dr_d2b") or g("dr_d2c")))
        return make(first, last, f"dates '{text}'") if first <= last else make(None, None, "")
    if kind == "date_range":
        month_a, month_b = _month(g("dr_m1") or ""), _month(g("dr_m2") or "")
        year_b = int(g("dr_y2") or 0) or _infer_year(month_b, pub)
        if year_b is None:
            return make(None, None, "")
        if not g("dr_y1") and not g("dr_y2") and pub is not None and _runs_now(sentence, start):
            # "the school year, which runs from February 10 to December 12": the one under
            # way, from the latest such start
            year_b = (_infer_year(month_a, pub) or pub.year) + (month_b < month_a)
        elif (
            not g("dr_y1")
            and not g("dr_y2")
            and pub is not None
            and month_a <= month_b
            and year_b < pub.year
            and pub
            < datetime.date(pub.year, month_a, _day(g("dr_d1") or "1"))
            <= pub + datetime.timedelta(days=31)
        ):
            # "a cut in tariffs for the quarter from April 15 to July 14", written on April 12:
            # days about to begin, this year's (not the same days a year back)
            year_b = pub.year
        year_a = int(g("dr_y1") or 0) or (year_b - 1 if month_a > month_b else year_b)
        first = datetime.date(year_a, month_a, _day(g("dr_d1") or "1"))
        last = datetime.date(year_b, month_b, _day(g("dr_d2") or "1"))
        return make(first, last, f"dates '{text}'") if first <= last else make(None, None, "")
    if kind == "first_days" and g("fdw_n"):
        count = small_number(g("fdw_n"))
        year = int(g("fdw_y")) if g("fdw_y") else (pub.year if pub is not None else None)
        if year is None or count is None or not 1 <= count <= 52:
            return make(None, None, "")
        first = datetime.date(year, 1, 1)
        return make(first, first + datetime.timedelta(days=7 * count - 1), f"'{text}'")
    if kind == "first_days" and g("fdc_n"):
        count = small_number(g("fdc_n"))
        if pub is None or count is None or count < 1:
            return make(None, None, "")
        if g("fdc_u").lower() in ("year", "año"):
            first = datetime.date(pub.year, 1, 1)
        else:
            # the month of publication, or the one before if its first days had not passed
            first = pub.replace(day=1)
            if count > pub.day:
                first = add_months(first, -1)
            if count > _month_end(first.year, first.month).day:
                return make(None, None, "")
        last = first + datetime.timedelta(days=count - 1)
        return make(first, last, f"'{text}'") if last <= pub else make(None, None, "")
    if kind == "first_days":
        month = _month(g("fdy_m"))
        year = _year_or_inferred(g("fdy_y"), month, pub)
        count = small_number(g("fdy_n"))
        if year is None or count is None or not 1 <= count <= _month_end(year, month).day:
            return make(None, None, "")
        first = datetime.date(year, month, 1)
        return make(first, first + datetime.timedelta(days=count - 1), f"'{text}'")
    if kind == "first_months" and g("fm_n3"):
        count = small_number(g("fm_n3"))
        if count is None or not 1 <= count <= 11:
            return make(None, None, "")
        if last_year is not None:
            year = last_year
        elif pub is not None:
            # the latest year whose first months had ended by publication
            year = pub.year if _month_end(pub.year, count) <= pub else pub.year - 1
        else:
            return make(None, None, "")
        return make(
            datetime.date(year, 1, 1), _month_end(year, count), f"first {count} months of {year}"
        )
    if kind == "last_months":
        count = small_number(g("lm_n"))
        if g("lm_y"):
            year_value: int | None = int(g("lm_y"))
        elif pub is None:
            year_value = None
        elif g("lm_last"):
            year_value = pub.year - 1
        elif g("lm_this"):
            year_value = pub.year
        elif last_year is not None and last_year <= pub.year:
            year_value = last_year  # "the year" the sentence speaks of
        else:  # the latest year whose last months had begun by publication
            year_value = pub.year if pub.month > 12 - (count or 12) else pub.year - 1
        if count is None or year_value is None or not 1 <= count <= 11:
            return make(None, None, "")
        return make(
            datetime.date(year_value, 13 - count, 1),
            datetime.date(year_value, 12, 31),
            f"last {count} months of {year_value}",
        )
    if kind == "first_months":
        count = small_number(g("fm_n") or g("fm_n2"))
        if count is not None and g("fm_q"):
            count = 3 * count if count < 4 else None
        year = int(g("fm_y") or 0) or (pub.year - (1 if g("fm_last") else 0) if pub else None)
        if count is None or year is None or not 1 <= count <= 12:
            return make(None, None, "")
        return make(
            datetime.date(year, 1, 1), _month_end(year, count), f"first {count} months of {year}"
        )
    if kind == "fiscal_end" and g("fe_wd"):
        if pub is None:
            return make(None, None, "")
        last = pub - datetime.timedelta(
            days=(pub.weekday() - _WEEKDAY_INDEX[g("fe_wd").lower()]) % 7
        )
        first = add_months(last, -12) + datetime.timedelta(days=1)
        return make(first, last, f"fiscal year ending {last.isoformat()}")
    if kind == "fiscal_end" and g("fe_m3"):
        if pub is None:
            return make(None, None, "")
        month, day_value = _month(g("fe_m3")), _day(g("fe_d3") or "1")
        year = pub.year - (datetime.date(pub.year, month, day_value) > pub)
        first = datetime.date(year, month, day_value)
        if _SINCE_BEGAN.search(sentence, max(0, start - 12), start):
            # "since the fiscal year began on Oct. 1": from that start up to publication, not
            # the whole fiscal year
            return make(first, pub, f"since the fiscal year started {first.isoformat()}")
        last = add_months(first, 12) - datetime.timedelta(days=1)
        return make(first, last, f"fiscal year starting {first.isoformat()}")
    if kind == "fiscal_end" and g("fe_m2"):
        # "the fiscal year ended June 30, 2023": the twelve months up to that day; without the
        # year, the latest such day that had passed ('ended') or the next one ('ends').
        month, day_value = _month(g("fe_m2")), _day(g("fe_d2"))
        if g("fe_y2"):
            year = int(g("fe_y2"))
        elif pub is not None:
            year = pub.year
            if g("fe_how2").lower() == "ended":
                year -= datetime.date(year, month, day_value) > pub
            else:  # "ends", "ending": the next such day (or one just past: written on Oct 2)
                year -= 1
                while datetime.date(year, month, day_value) < pub - datetime.timedelta(days=31):
                    year += 1
        else:
            return make(None, None, "")
        last = datetime.date(year, month, day_value)
        first = add_months(last, -12) + datetime.timedelta(days=1)
        return make(first, last, f"fiscal year ending {last.isoformat()}")
    if kind == "fiscal_end":
        year = int(g("fy2") or g("fy3") or 0)
        if g("fys_a"):
            first_year = int(g("fys_a"))
            year = _two_digit_end(first_year, g("fys_b"))
            if year != first_year + 1:
                return make(None, None, "", "block")
        if g("fe_m") and g("fe_how").lower().startswith(("beg", "start", "com", "ini", "emp")):
            # A fiscal year is named after the calendar year it ends in: "fiscal year 2025,
            # which begins on July 1" runs from July 1, 2024 to June 30, 2025.
            month = _month(g("fe_m") or "")
            first = datetime.date(year if month == 1 else year - 1, month, _day(g("fe_d") or "1"))
            last = add_months(first, 12) - datetime.timedelta(days=1)
            return make(first, last, f"fiscal year {year} starting {first.isoformat()}")
        if g("fe_m"):
            month = _month(g("fe_m") or "")
            last = (
                datetime.date(year, month, _day(g("fe_d")))
                if g("fe_d")
                else _month_end(year, month)
            )
            first = add_months(last, -12) + datetime.timedelta(days=1)
            return make(first, last, f"fiscal year {year} ending {last.isoformat()}")
        return make(*_year_span(year), FISCAL_ASSUMED.format(year=year))
    if kind == "past_decade":
        if pub is None:
            return make(None, None, "")
        years = 5 if "lustro" in text.lower() else 10
        first = _shift(pub, "year", years) + datetime.timedelta(days=1)
        return make(first, pub, relative(f"'{text}'"))
    if kind == "month_dash":
        month_a, month_b = _month(g("md_a")), _month(g("md_b"))
        months_rel = g("md_rel").lower()
        if months_rel and pub is not None:
            # "January and February of last year", "enero y febrero del año pasado"
            last_or_this = "last" in months_rel or "pasado" in months_rel
            year_b = pub.year - 1 if last_or_this else pub.year
        else:
            year_b = _year_or_inferred(g("md_y"), month_b, pub)
        if g("md_and") and month_b != month_a + 1:
            return None  # "in January and March": two months, not the months between
        if year_b is None or (month_a > month_b and g("md_and")):
            return make(None, None, "")
        # ("the November-January period": a moving quarter across the new year)
        year_a = year_b - 1 if month_a > month_b else year_b
        return make(
            datetime.date(year_a, month_a, 1), _month_end(year_b, month_b), f"months '{text}'"
        )
    if kind == "month_end" and g("me_cur"):
        # "al cierre del año", "at the end of the year": the year the text speaks of, else
        # publication's (the extractor reads it a year back when the verb is in the past)
        if last_year is not None and (pub is None or last_year <= pub.year):
            day = datetime.date(last_year, 12, 31)
            return make(day, day, f"end of year '{text}'")
        if pub is None:
            return make(None, None, "")
        day = datetime.date(pub.year, 12, 31)
        return make(day, day, f"end of year '{text}' of publication")
    if kind == "month_end" and (g("me_yy") or g("me_last") or g("me_that")):
        if g("me_that"):  # "a finales de ese año": the year the text spoke of last
            if last_year is None:
                return make(None, None, "", "block")
            year_value = last_year
        elif g("me_yy"):
            year_value = int(g("me_yy"))
        elif pub is not None:
            year_value = pub.year - 1
        else:
            return make(None, None, "")
        day = datetime.date(year_value, 12, 31)
        return make(day, day, f"end of year '{text}'")
    if kind == "month_end":
        month = _month(g("me_m"))
        year = _year_or_inferred(g("me_y"), month, pub)
        if year is None:
            return make(None, None, "")
        day = _month_end(year, month)
        return make(day, day, f"end of month '{text}'")
    if kind == "month_half":
        month = _month(g("mh_m"))
        year = _year_or_inferred(g("mh_y"), month, pub)
        if year is None:
            return make(None, None, "")
        if (g("mh_n") or "").lower() in ("first", "primera"):
            first, last = datetime.date(year, month, 1), datetime.date(year, month, 15)
        else:
            first, last = datetime.date(year, month, 16), _month_end(year, month)
        return make(first, last, f"half of month '{text}'")
    if kind == "month_last":
        if pub is None:
            return make(None, None, "")
        month = _month(g("ml_m"))
        year = pub.year if g("ml_this") else pub.year - 1  # "in May this year"
        expr = make(
            datetime.date(year, month, 1), _month_end(year, month), relative(f"month '{text}'")
        )
        # ("since March last year", "through June of last year")
        return _bounded(_open_ended(expr, sentence, pub, profile), sentence, profile)
    if kind == "projected_year":
        if pub is None or _PROJECTED_FOR_ES.search(sentence, max(0, start - 30), start) is None:
            return None
        first, last = _year_span(pub.year)
        return make(first, last, f"'{text}' relative to publication, of a forecast")
    if kind == "same_period":
        # "over the same period": the period of the figure it follows, set by the extractor.
        return TimeExpr(start, end, text, "relative", None, None, "same period")
    if kind == "month_year":
        month = _month(g("my_m"))
        year = int(g("my_y"))
        first = datetime.date(year, month, 15 if g("my_mid") else 1)
        expr = make(first, _month_end(year, month), f"month '{text}'")
        return _bounded(_open_ended(expr, sentence, pub, profile), sentence, profile)
    if kind == "month_day":
        month = _month(g("md_m") or g("md_m2"))
        day_value = _day(g("md_d") or g("md_d2"))
        year = _infer_year(month, pub)
        if year is None:
            return make(None, None, "", "block")
        if (
            pub is not None
            and (
                profile.future.search(sentence)
                # ("cerró el padrón con 9,4 millones de inscritos para las elecciones del 25 de
                # junio": the election the roll is for, still to come)
                or _FOR_ELECTION.search(sentence, max(0, match.start() - 80), match.start())
            )
            # ("Since March 1, crews have removed 4,200 tons, 35% more than planned": a start
            # lies behind, whatever else the sentence plans)
            and not _SINCE_DAY.search(sentence, max(0, match.start() - 30), match.start())
        ):
            # Plans and schedules point forward: the next such date on or after publication.
            day = datetime.date(pub.year, month, day_value)
            if day < pub:
                day = datetime.date(pub.year + 1, month, day_value)
        else:
            day = datetime.date(year, month, day_value)
            if pub is not None and day > pub:
                day = datetime.date(year - 1, month, day_value)
        if g("md_e") or g("md_e2"):
            last_value = _day(g("md_e") or g("md_e2"))
            if last_value <= day_value:
                return make(None, None, "", "block")
            return make(day, day.replace(day=last_value), relative(f"dates '{text}'"))
        expr = make(day, day, relative(f"date '{text}'"))
        if _said_in_day(expr, sentence):
            # "said in a May 30 interview that ...": the day of the statement
            expr = TimeExpr(
                expr.start, expr.end, expr.text, "said_at", expr.period_start, expr.period_end,
                expr.note,
            )  # fmt: skip
        expr = _as_of(_open_ended(expr, sentence, pub, profile), sentence, profile)
        return _bounded(expr, sentence, profile)
    if kind == "week_of":
        month = _month(g("wk_m"))
        year = _year_or_inferred(g("wk_y"), month, pub)
        if year is None:
            return make(None, None, "")
        week_number = _WEEK_OF_MONTH.get(g("wk_n").lower(), 0)
        weeks_text = g("wk_c") or g("wk_c2")
        weeks = small_number(weeks_text) if weeks_text else None
        if weeks is not None and (g("wk_cw") or g("wk_cw2")).lower() in ("first", "primeras"):
            first = datetime.date(year, month, 1)
            last = datetime.date(year, month, 7 * weeks)
        elif weeks is not None:  # "the last two weeks of May": its last fourteen days
            last = _month_end(year, month)
            first = last - datetime.timedelta(days=7 * weeks - 1)
        elif week_number:
            first = datetime.date(year, month, 7 * week_number - 6)
            last = first + datetime.timedelta(days=6)
        else:  # "the last week of May": its last seven days
            last = _month_end(year, month)
            first = last - datetime.timedelta(days=6)
        return make(first, last, f"week '{text}'")
    if kind == "weekend":
        if pub is None:
            return make(None, None, "")
        # The latest Saturday and Sunday up to publication (a Saturday paper's is that day).
        if pub.weekday() == 5:
            first = last = pub
        else:
            last = pub - datetime.timedelta(days=(pub.weekday() - 6) % 7)
            first = last - datetime.timedelta(days=1)
        expr = make(first, last, relative(f"weekend '{text}'"))
        return _said_at(expr, sentence, profile)
    if kind == "epi_week":
        if g("ew_n2") and "epidemiol" not in sentence:
            return make(None, None, "")  # "in week 12" of something else
        number = int(g("ew_n") or g("ew_n2"))
        if not 1 <= number <= 53:
            return make(None, None, "", "block")
        year = int(g("ew_y")) if g("ew_y") else (pub.year if pub else None)
        if year is None:
            return make(None, None, "")
        first, last = _epi_week(year, number)
        if not g("ew_y") and pub is not None and last > pub:
            first, last = _epi_week(year - 1, number)
        if g("ew_to"):  # the year's count up to the end of that week
            return make(datetime.date(last.year, 1, 1), last, f"epidemiological weeks 1–{number}")
        return make(first, last, f"epidemiological week {number} of {year}")
    if kind == "month_to_date" and g("mtd_yy"):
        year = int(g("mtd_yy"))
        if pub is None or year > pub.year:
            return make(None, None, "")
        return make(datetime.date(year, 1, 1), pub, relative(f"'{text}'"))
    if kind == "month_to_date":
        if pub is None:
            return make(None, None, "")
        month = _month(g("mtd_m"))
        year = _year_or_inferred(g("mtd_y"), month, pub)
        if year is None or datetime.date(year, month, 1) > pub:
            return make(None, None, "")
        return make(datetime.date(year, month, 1), pub, relative(f"'{text}'"))
    if kind == "year_part":
        size = 4 if g("yp_u").lower() == "cuatrimestre" else 2
        parts = 12 // size
        word = g("yp_n").lower()
        number = parts if word == "último" else _PART_NUMBERS.get(word, 0)
        if not 1 <= number <= parts:
            return make(None, None, "", "block")
        if g("yp_y"):
            year = int(g("yp_y"))
        elif g("yp_last") and pub is not None:
            year = pub.year - 1
        elif g("yp_this") and pub is not None:
            year = pub.year
        elif pub is not None:
            ends = _month_end(pub.year, number * size)
            started = datetime.date(pub.year, number * size - size + 1, 1) <= pub
            # The latest such part that had begun ("el último": the latest that had ended).
            year = pub.year if (ends <= pub if word == "último" else started) else pub.year - 1
        else:
            return make(None, None, "")
        first = datetime.date(year, number * size - size + 1, 1)
        return make(first, _month_end(year, number * size), f"'{text}' of {year}")
    if kind == "decade" and (g("dec_es") or g("dec_es2")):
        written = int(g("dec_es") or g("dec_es2"))
        decade = (
            written if written >= 100 else (1900 + written if written >= 30 else 2000 + written)
        )
        return make(
            datetime.date(decade, 1, 1), datetime.date(decade + 9, 12, 31), f"decade {decade}s"
        )
    if kind == "decade":
        decade = int(g("dec"))
        return make(
            datetime.date(decade, 1, 1), datetime.date(decade + 9, 12, 31), f"decade {decade}s"
        )
    if kind == "era":
        return make(None, None, f"era '{text}'", "block")
    if kind == "storm_season":
        basin = (g("hs_b") or g("hs_b_es")).lower()
        pacific = "pacific" in basin or "pacífico" in basin
        season_year = g("hs_y") or g("hs_y2") or g("hs_y_es")
        opens = (5, 15) if pacific else (6, 1)
        if season_year:
            year = int(season_year)
        elif g("hs_rel_es") or g("hs_rel"):
            if pub is None:
                return make(None, None, "")
            year = pub.year - 1
        elif pub is not None:
            # (a season without its year: the latest one to have begun)
            year = pub.year - (pub < datetime.date(pub.year, *opens))
        else:
            return make(None, None, "")
        first = datetime.date(year, *opens)
        return make(first, datetime.date(year, 11, 30), f"hurricane season {year} ('{text}')")
    if kind == "season":
        if not g("ss"):
            return TimeExpr(start, end, text, "relative", None, None, "-1 year")
        if pub is None:
            return make(None, None, "")
        season = g("ss").lower()
        first_month = {"winter": 12, "spring": 3, "summer": 6, "fall": 9, "autumn": 9}[season]
        if g("ss_w").lower() in ("this", "next", "coming"):
            # ("this winter": the one under way or just ended until March, else the coming one)
            year = pub.year - (first_month == 12 and pub.month <= 3)
            if g("ss_w").lower() != "this" and datetime.date(year, first_month, 1) <= pub:
                year += 1  # ("next winter": the one that has not begun)
        else:
            # the latest such season that ended before publication
            year = pub.year - (first_month == 12)
            if add_months(datetime.date(year, first_month, 1), 3) > pub:
                year -= 1
        first = datetime.date(year, first_month, 1)
        last = add_months(first, 3) - datetime.timedelta(days=1)
        return make(first, last, relative(f"season '{text}'"))
    if kind == "class_of":
        year = int(g("co_y"))
        note = f"school year ending in {year} ('{text}')"
        return make(datetime.date(year - 1, 7, 1), datetime.date(year, 6, 30), note)
    if kind == "school_rel":
        if pub is None:
            return make(None, None, "")
        which = g("sr").lower()
        offset = (
            -1
            if which.endswith(("last", "past"))
            else 1
            if which.endswith(("next", "coming"))
            else 0
        )
        first = datetime.date(pub.year - (pub.month < 7) + offset, 7, 1)
        last = datetime.date(first.year + 1, 6, 30)
        return make(first, last, relative(f"school year '{text}'"))
    if kind == "fiscal_rel":
        if pub is None:
            return make(None, None, "")
        which = (g("fr") or g("fr2")).lower()
        offset = (
            -1
            if which.endswith(("last", "previous", "pasado", "anterior"))
            else 1
            if which.endswith(("next", "coming", "próximo", "siguiente"))
            else 0
        )
        if which.endswith(("the previous", "anterior")) and last_year is not None:
            # "In fiscal 2023, ... $1.1 billion. That was down from $1.4 billion the previous
            # fiscal year": the one before the year just given, as "the previous year" is.
            year = last_year - 1
            return make(*_year_span(year), FISCAL_ASSUMED.format(year=year))
        # The calendar year as a stand-in: the extractor knows how the text's fiscal years run.
        return make(*_year_span(pub.year + offset), FISCAL_RELATIVE.format(offset=offset))
    if kind in ("fiscal", "fy_code"):
        value = g("fy") or g("fyy")
        year = int(value) if len(value) == 4 else 2000 + int(value)  # "FY24"
        return make(*_year_span(year), FISCAL_ASSUMED.format(year=year))
    if kind == "year" and _names_a_text(sentence, start, end):
        return make(None, None, "", "block")
    if kind == "year":
        year = int(g("y"))
        first, last = _year_span(year)
        if (
            sentence[max(0, start - 14) : start].lower() == "by the end of "
            and pub is not None
            and year == pub.year
            and _AIM.search(sentence)
        ):
            # "UNICEF aims to treat 600,000 children by the end of 2024" (written in 2024): a
            # plan for the year, as 'by the end of this year' is.
            return make(first, last, f"year {year} (a plan by its end)")
        expr = make(first, last, f"year {year}")
        return _bounded(_open_ended(expr, sentence, pub, profile), sentence, profile)
    if kind == "past_n":
        count = small_number(g("pn"))
        if pub is None or count is None or not 0 < count <= 100:
            return make(None, None, "", "block")
        unit = _UNIT_NAMES.get((g("pu") or "").lower(), "year")
        if g("pu_h"):  # "the past 24 hours": publication day; "the last 72 hours": three days
            count, unit = -(-count // 24), "day"
        if unit == "decade":  # "the past two decades"
            count, unit = 10 * count, "year"
        if unit == "lustro":  # "los últimos dos lustros": ten years
            count, unit = 5 * count, "year"
        if (
            unit == "year"
            and last_year is not None
            and g("pw").lower() in ("previous", "preceding")
        ):
            # "It had risen 60 percent during the previous four years", after 2023: the years
            # before the one the text spoke of ("the past four years" runs up to publication).
            first, _ = _year_span(last_year - count)
            _, last = _year_span(last_year - 1)
            return make(first, last, f"the {count} years before {last_year}")
        first = _shift(pub, unit, count) + datetime.timedelta(days=1)
        return make(first, pub, relative(f"'{text}'"))
    if kind == "past_one":
        if pub is None:
            return make(None, None, "")
        unit = _UNIT_NAMES.get((g("po") or g("po_es")).lower(), "year")
        first = _shift(pub, unit, 1) + datetime.timedelta(days=1)
        return make(first, pub, relative(f"'{text}'"))
    if (
        kind == "baseline"
        and last_year is None
        and pub is not None
        and _YEAR_BEFORE_ES.fullmatch(text)
        and _OPENS_SENTENCE.fullmatch(sentence, 0, start)
    ):
        # "El año anterior se registraron 3.004", opening a text: last year ("un 5 % más que
        # el año anterior" compares with it and dates nothing).
        first, last = _year_span(pub.year - 1)
        return make(first, last, relative(f"'{text}'"))
    if (
        kind == "baseline"
        and pub is not None
        and _YEAR_BEFORE_ES.fullmatch(text)
        and (
            _WHOLE_YEAR_BEFORE_ES.search(sentence, max(0, start - 24), start)
            or (
                _OPENS_SENTENCE.fullmatch(sentence, 0, start)
                and _CLOSED_AFTER_ES.match(sentence, end) is not None
            )
        )
    ):
        # "En todo el año anterior, la cifra había sido de 782.176", "la tasa de homicidios
        # cerró el año anterior en 31,1": the whole year before the one the text spoke of (or
        # before publication), the figure's own time; not the sentence's period moved back.
        year = (last_year if last_year is not None else pub.year) - 1
        first, last = _year_span(year)
        return make(first, last, f"the year before {year + 1}")
    if kind == "baseline" and text.lower().endswith(("ejercicio anterior", "ejercicio previo")):
        return None  # (a comparison with the fiscal year before dates nothing: read as before)
    if kind == "baseline":
        # "a year earlier", "the same period of 2023", "el año anterior": no dates of its own, but
        # a figure right before it is dated by moving the sentence's period ('-1 year') or by
        # putting it in the year named ('year 2023').
        named = _YEAR_IN.search(text)
        note = f"year {named.group(0)}" if named and _SAME.search(text) else "-1 year"
        if pub is not None and _THIS_YEAR_WORDS.search(text):
            note = f"year {pub.year}"  # "el mismo lapso de este año"
        return TimeExpr(start, end, text, "relative", None, None, note)
    if kind == "years_to":
        count = 10 if g("yt_dec") else small_number(g("yt_n"))
        last_value = int(g("yt_y"))
        if count is None or not 1 <= count <= 50:
            return make(None, None, "")
        return make(
            datetime.date(last_value - count + 1, 1, 1),
            datetime.date(last_value, 12, 31),
            f"years {last_value - count + 1}–{last_value}",
        )
    if (
        kind == "previous_unit"
        and last_year is None
        and pub is not None
        and g("pv_u") in _ES_UNIT
        and _OPENS_SENTENCE.fullmatch(sentence, 0, start)
    ):
        # "La semana anterior se registraron 1.500 casos", with no period before it: the one
        # before publication's, as "la semana pasada".
        first, last = _this_last("last", _ES_UNIT[g("pv_u")], pub)
        return make(first, last, relative(f"'{text}'"))
    if kind == "previous_unit":
        if g("pv_y"):
            return TimeExpr(start, end, text, "relative", None, None, "-1 year")
        if g("pv_n"):
            months = small_number(g("pv_n").lower()) or 3
            return TimeExpr(start, end, text, "relative", None, None, f"-{months} month")
        if g("pv_we") or g("pv_we2") or g("pv_sd"):
            return TimeExpr(start, end, text, "relative", None, None, "-1 week")
        if g("pv_sp") or g("pv_sp2"):
            # (a harvest, a season or a school year comes once a year, even split over two:
            # '-1 season' moves back a year from a two-year '2022-23 season')
            yearly = (g("pv_sp") or g("pv_sp2")).lower() not in ("period", "cycle", "campaign")
            return TimeExpr(
                start, end, text, "relative", None, None, "-1 season" if yearly else "-1 span"
            )
        if g("pv_dec"):
            return TimeExpr(start, end, text, "relative", None, None, "-10 year")
        unit_word = (g("pv_u") or g("pv_u2") or g("pv_u3")).lower()
        step = {"month": "-1 month", "mes": "-1 month", "week": "-1 week", "semana": "-1 week"}
        return TimeExpr(start, end, text, "relative", None, None, step.get(unit_word, "-3 month"))
    if kind == "that_year":
        if last_year is None or (pub is not None and last_year > pub.year):
            return None
        return make(*_year_span(last_year), f"year {last_year} ('{text}')")
    if kind == "context_year":
        if text[:1] in "oO" and sentence.endswith(("percent ", "% ", "per cent "), 0, start):
            # "The price of bread rose 28 percent over the year": a change on a year earlier
            # (year-on-year), dated by the period the text speaks of, not a calendar year.
            return None
        context = last_year if last_year is not None else (pub.year if pub else None)
        if context is None:
            return make(None, None, "")
        first, last = _year_span(context)
        note = f"year {context} ('{text}')"
        return make(first, last, relative(note) if last_year is None else note)
    if kind == "following_year":
        lowered = " ".join(text.lower().split())
        # "next year" counts from publication, also after a year named as a label in the
        # sentence ("the 2026 budget assumes inflation of 10.1% next year"); "the following
        # year" steps on from the year the text speaks of
        if pub is not None and (
            lowered == "next year"
            or (
                (last_year is None or last_year == earlier_year)
                and ("próximo" in lowered or "entrante" in lowered or "que viene" in lowered)
            )
        ):
            first, last = _year_span(pub.year + 1)
            return make(first, last, relative(f"'{text}'"))
        if last_year is None:
            return None
        month_before = (
            _MONTH_OF_YEAR_ES.search(sentence, max(0, start - 160), start)
            if text[:1] in "ae" and "siguiente" in lowered
            else None
        )
        if month_before is not None and any(
            "0" <= ch <= "9" for ch in sentence[month_before.end() : start]
        ):
            # "En mayo de 2022 el paro era de 2,92 millones, y al año siguiente, de 2,74": after
            # a figure of a month, the same month a year on, as "un año después", not the whole
            # next year ("En mayo de 2022 se aprobó la ley, y al año siguiente ..." is the year).
            return TimeExpr(start, end, text, "relative", None, None, "+1 year")
        first, last = _year_span(last_year + 1)
        return make(first, last, f"'{text}' after {last_year}")
    if kind == "so_far":
        if pub is None:
            return make(None, None, "")
        if g("sf_month") or g("sf_month2"):  # "so far this month", "en lo que va del mes"
            return make(pub.replace(day=1), pub, relative(f"'{text}'"))
        if g("sf_week") or g("sf_week2"):  # "so far this week": its Monday up to now
            return make(pub - datetime.timedelta(days=pub.weekday()), pub, relative(f"'{text}'"))
        if g("sf_mo"):  # "en lo que va de enero", "so far in January": that month up to now
            month = _month(g("sf_mo"))
            year = _infer_year(month, pub) or pub.year
            last_day = min(_month_end(year, month), pub)
            return make(datetime.date(year, month, 1), last_day, relative(f"'{text}'"))
        if g("sf_to"):  # "acumulado a junio": the year up to the end of that month
            month = _month(g("sf_to"))
            year = _infer_year(month, pub) or pub.year
            return make(datetime.date(year, 1, 1), _month_end(year, month), relative(f"'{text}'"))
        year = int(g("sf_y") or g("sf_ye") or pub.year)  # "so far in 2024", "en lo que va de 2024"
        if year != pub.year:
            first, last = _year_span(year)
            return make(first, min(last, pub), relative(f"'{text}'"))
        return make(datetime.date(pub.year, 1, 1), pub, relative(f"'{text}'"))
    if kind == "this_last":
        if pub is None:
            return make(None, None, "")
        if g("tl"):
            which, unit_name = (g("tl") or "").lower(), (g("tlu") or "").lower()
        elif g("tl_next") or g("tlu_next2"):
            unit_word = (g("tlu_next") or g("tlu_next2") or "").lower()
            which, unit_name = "next", _UNIT_NAMES.get(unit_word, unit_word)
        elif g("tl_this"):
            which, unit_name = "this", _UNIT_NAMES.get((g("tlu_this") or "").lower(), "year")
        elif g("tl_this2"):  # "el presente año", "el año en curso"
            which, unit_name = "this", "year"
        else:
            unit_word = (g("tlu_last") or g("tlu_last2") or "").lower()
            which, unit_name = "last", _UNIT_NAMES.get(unit_word, "year")
        first, last = _this_last(which, unit_name, pub)
        expr = _said_at(make(first, last, relative(f"'{text}'")), sentence, profile)
        # "since last year", "desde el año pasado": from then up to publication.
        if which == "last":
            return _open_ended(expr, sentence, pub, profile)
        if (
            expr.start > 0
            and not text.endswith(("'s", "’s"))
            and not sentence.startswith(("'s", "’s"), expr.end)
            and profile.from_.search(sentence, max(0, expr.start - 16), expr.start)
        ):
            # "Starting this month, breakfast will be served in 65 schools", "a partir de este
            # año": from then on, an open-ended period, not the month itself.
            return _open_ended(expr, sentence, pub, profile)
        return expr
    if kind == "end_of_year":
        if pub is None:
            return make(None, None, "")
        first, last = _year_span(pub.year)
        if (
            ("total" in text.lower() or "acumulado" in text.lower())
            and not profile.future.search(sentence)
            and not (
                ("rá" in sentence or "estima" in sentence or "proyect" in sentence)
                and _FORECAST_ES.search(sentence)
            )
        ):
            # "con lo que el total (el acumulado) del año asciende a 98.000": the year so far.
            return make(first, pub, relative(f"'{text}' so far"))
        return make(first, last, relative(f"'{text}'"))
    if kind == "day_word":
        if pub is None:
            return make(None, None, "")
        if (g("dw") or "").lower() == "overnight":
            # the night that ends on the day of publication (or of the statement)
            night = _said_at(make(pub, pub, relative(f"'{text}'")), sentence, profile)
            morning = night.period_end or pub
            return make(morning - datetime.timedelta(days=1), morning, relative(f"'{text}'"))
        day = (
            pub if (g("dw") or "").lower() in ("today", "hoy") else pub - datetime.timedelta(days=1)
        )
        return _bounded(
            _said_at(make(day, day, relative(f"'{text}'")), sentence, profile), sentence, profile
        )
    if kind == "holiday":
        name = g("hol")
        if g("hol_y"):
            year = int(g("hol_y"))
        elif pub is None:
            return make(None, None, "")
        elif g("hol_rel") or g("hol_rel2"):
            relative_to = (g("hol_rel") or g("hol_rel2")).lower()
            year = pub.year - (relative_to == "last" or relative_to.startswith("año"))
        else:
            # the latest such holiday that has begun by publication, as with a month; one a few
            # weeks ahead in a forecast or a plan ("expects 3.4 million visitors during Holy
            # Week", "would travel over the Thanksgiving holiday")
            coming = holiday_span(name, pub.year)[0]
            year = pub.year
            if coming > pub and not (
                (coming - pub).days <= 45
                and (profile.future.search(sentence) or _FORECAST.search(sentence))
            ):
                year -= 1
        first, last = holiday_span(name, year)
        if g("hol_a"):
            first = holiday_span(g("hol_a"), year)[0]
            if first > last:
                first = holiday_span(g("hol_a"), year - 1)[0]
        expr = make(first, last, f"holiday '{text}' of {year}")
        return _open_ended(_said_at(expr, sentence, profile), sentence, pub, profile)
    if kind == "weekday_pair":
        if pub is None:
            return make(None, None, "")
        last = pub - datetime.timedelta(
            days=(pub.weekday() - _WEEKDAY_INDEX[(g("wp_b") or "").lower()]) % 7
        )
        first = last - datetime.timedelta(
            days=(last.weekday() - _WEEKDAY_INDEX[(g("wp_a") or "").lower()]) % 7
        )
        return make(first, last, relative(f"'{text}'"))
    if kind == "weekday":
        if pub is None:
            return make(None, None, "")
        if (
            sentence[max(0, match.start() - 7) : match.start()]
            .lower()
            .endswith(("next ", "coming "))
        ):
            # "about 60% turnout in next Sunday's runoff": a day ahead, no period yet.
            return make(None, None, "", "block")
        weekday = _WEEKDAY_INDEX[(g("wd") or "").lower()]
        if g("wd_d"):
            # "el jueves 12": the nearest such date, before publication or after it
            number = int(g("wd_d"))
            near = [
                pub + datetime.timedelta(days=shift)
                for shift in sorted(range(-40, 41), key=abs)
                if (pub + datetime.timedelta(days=shift)).day == number
                and (pub + datetime.timedelta(days=shift)).weekday() == weekday
            ]
            if not near or near[0] > pub:
                return make(None, None, "", "block")  # (a day ahead: no period yet)
            return make(near[0], near[0], relative(f"'{text}'"))
        days_back = (pub.weekday() - weekday) % 7
        day = pub - datetime.timedelta(days=days_back)
        said = _said_at(make(day, day, relative(f"'{text}'")), sentence, profile)
        return _open_ended(_bounded(said, sentence, profile), sentence, pub, profile)
    if kind in ("month_subject", "month_closed"):
        kind = "month"
    if kind == "month":
        group = next(name for name in ("mo_mid", "mo", "mo2", "mo3", "mo4", "mo5") if g(name))
        start = match.start(group)
        if g("mo_this") or sentence[match.start() : start].strip().lower() == "last":
            # ("hired 40 officers last December": the word is part of the time, not of what
            # was done)
            start = match.start()
        text = sentence[start:end]
        month = _month(g("mo") or g("mo2") or g("mo3") or g("mo4") or g("mo5"))
        year = _infer_year(month, pub)
        if year is None:
            return make(None, None, "")
        first_day = 15 if (g("mo_mid") or g("mo2")) else 1
        if (
            pub is not None
            and month != pub.month
            and _cued(make(pub, pub, ""), sentence, profile.from_, 16)
            and _WILL_BEFORE.search(sentence, max(0, start - 90), start)
        ):
            # "Fares will rise by 2.4 percent from September": when a planned change takes
            # effect, an open-ended future with no period yet.
            return make(None, None, "", "block")
        if g("mo_this") and pub is not None:
            year = pub.year
        elif pub is not None and match.group(0)[:4].lower() == "para" and "abía" not in sentence:
            # "un salario mínimo de 271.571 pesos para septiembre": what is set for a month is
            # for the current one or one to come; an earlier month is next year's only when the
            # sentence tells of what will be ("subirá a 300.000 pesos para enero"; "las cifras
            # para marzo", "para marzo ya se habían registrado": the latest one)
            year = pub.year
            if month < pub.month and (
                _FUTURE_ES.search(sentence) is not None
                or _SYNTHETIC_FUTURE_ES.search(sentence) is not None
            ):
                year += 1
        elif pub is not None and datetime.date(year, month, first_day) > pub:
            year -= 1
        expr = make(
            datetime.date(year, month, first_day), _month_end(year, month), relative(f"'{text}'")
        )
        return _bounded(_open_ended(expr, sentence, pub, profile), sentence, profile)
    return None


def _easter(year: int) -> datetime.date:
    """Easter Sunday of a year (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> datetime.date:
    """The nth given weekday of a month (nth -1: the last one)."""
    if nth < 0:
        last = _month_end(year, month)
        return last - datetime.timedelta(days=(last.weekday() - weekday) % 7)
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


# Each holiday: how its first day is found and how many days it lasts after it.
_HOLIDAY_DAYS: Final[dict[str, tuple[str, int]]] = {
    "thanksgiving": ("thanksgiving", 0), "thanksgiving day": ("thanksgiving", 0),
    "thanksgiving weekend": ("thanksgiving", 3), "thanksgiving holiday": ("thanksgiving", 3),
    "thanksgiving holiday weekend": ("thanksgiving", 3), "black friday": ("thanksgiving+1", 0),
    "cyber monday": ("thanksgiving+4", 0), "christmas day": ("12-25", 0), "christmas": ("12-25", 0),
    "christmas eve": ("12-24", 0), "boxing day": ("12-26", 0), "new year's day": ("01-01", 0),
    "new year's eve": ("12-31", 0), "good friday": ("easter-2", 0), "easter sunday": ("easter", 0),
    "palm sunday": ("easter-7", 0), "holy week": ("easter-7", 7), "easter week": ("easter-7", 7),
    "holy holiday week": ("easter-7", 7), "easter holiday week": ("easter-7", 7),
    "easter holiday": ("easter-7", 7), "easter holidays": ("easter-7", 7),
    "semana santa": ("easter-7", 7), "memorial day": ("memorial", 0),
    "memorial day weekend": ("memorial-2", 2), "labor day": ("labor", 0),
    "labor day weekend": ("labor-2", 2), "fourth of july": ("07-04", 0),
    "viernes santo": ("easter-2", 0), "jueves santo": ("easter-3", 0),
    "domingo de ramos": ("easter-7", 0), "domingo de resurrección": ("easter", 0),
    "domingo de pascua": ("easter", 0), "navidad": ("12-25", 0), "nochebuena": ("12-24", 0),
    "año nuevo": ("01-01", 0),
}  # fmt: skip


def holiday_span(name: str, year: int) -> tuple[datetime.date, datetime.date]:
    """The first and last day of a holiday named as _HOLIDAY reads it, in a year."""
    key = " ".join(name.lower().replace("’", "'").split())
    anchor, length = _HOLIDAY_DAYS[key]
    base, _sign, offset = anchor.partition("+" if "+" in anchor else "-")
    shift = int(offset) * (1 if "+" in anchor else -1) if base.isalpha() and offset else 0
    if base == "thanksgiving":
        day = _nth_weekday(year, 11, 3, 4)
    elif base == "easter":
        day = _easter(year)
    elif base == "memorial":
        day = _nth_weekday(year, 5, 0, -1)
    elif base == "labor":
        day = _nth_weekday(year, 9, 0, 1)
    else:
        day = datetime.date(year, int(anchor[:2]), int(anchor[3:]))
    first = day + datetime.timedelta(days=shift)
    return first, first + datetime.timedelta(days=length)


def holiday_years_back(
    start: datetime.date, end: datetime.date, years: int
) -> tuple[datetime.date, datetime.date] | None:
    """'up from 1,540 a year earlier' after 'over the Thanksgiving weekend': the same holiday
    `years` years before, when (start, end) are a holiday's days (its dates move)."""
    if (end - start).days > 8 or start.month not in (3, 4, 5, 9, 11, 12):
        return None
    for key in _HOLIDAY_DAYS:
        if holiday_span(key, start.year) == (start, end):
            return holiday_span(key, start.year - years)
    return None


def _epi_week(year: int, number: int) -> tuple[datetime.date, datetime.date]:
    """Sunday to Saturday of an epidemiological week: week 1 is the first with four days in the
    year (the one holding 4 January)."""
    fourth = datetime.date(year, 1, 4)
    first = fourth - datetime.timedelta(days=(fourth.weekday() + 1) % 7)
    first += datetime.timedelta(weeks=number - 1)
    return first, first + datetime.timedelta(days=6)


def _shift(day: datetime.date, unit: str, count: int) -> datetime.date:
    """Move a date back by a count of years, months, weeks or days."""
    if unit == "year":
        return add_months(day, -12 * count)
    if unit == "month":
        return add_months(day, -count)
    if unit == "week":
        return day - datetime.timedelta(weeks=count)
    return day - datetime.timedelta(days=count)


def _this_last(which: str, unit: str, pub: datetime.date) -> tuple[datetime.date, datetime.date]:
    """Resolve 'this/last year|month|week' and 'next month|week' against the publication date."""
    step = {"this": 0, "last": -1, "next": 1}[which]
    if unit == "year":
        return _year_span(pub.year + step)
    if unit == "month":
        anchor = add_months(pub.replace(day=1), step)
        return anchor.replace(day=1), _month_end(anchor.year, anchor.month)
    monday = pub - datetime.timedelta(days=pub.weekday()) + datetime.timedelta(weeks=step)
    return monday, monday + datetime.timedelta(days=6)


def _open_ended(
    expr: TimeExpr, sentence: str, pub: datetime.date | None, profile: _Profile
) -> TimeExpr:
    """Turn 'since X' into a period from X up to publication, and 'from X' into one from X."""
    if expr.kind != "period":
        return expr
    cue = profile.from_.search(sentence, max(0, expr.start - 16), expr.start)
    if cue is not None and expr.text.endswith(("'s", "’s")):
        # "The death toll from Monday's earthquake": the day names the event, "from" its cause.
        cue = None
    if (
        cue is not None
        and cue.group(0)[:1] in "fF"
        and _PERIOD_BEFORE_FROM.search(sentence, max(0, cue.start() - 24), cue.start())
    ):
        # "fell by 8,000 in September from August, to 30.3 million": the month compared
        # with, right after the period the change arrives at, not a start.
        return TimeExpr(
            expr.start, expr.end, expr.text, "baseline", expr.period_start, expr.period_end,
            expr.note,
        )  # fmt: skip
    if cue is not None and _WHEN_NEXT.match(sentence, expr.end):
        # "a 15% drop from 2023, when the homicide rate soared to 46": a baseline whose clause
        # is about that time, not a start.
        cue = None
    if cue is not None and not (
        cue.group(0).lower().startswith("as")
        and pub is not None
        and expr.period_end is not None
        and expr.period_end <= pub
    ):
        # ("as of December 31", before publication: the state on that day)
        return TimeExpr(
            expr.start, expr.end, expr.text, "period", expr.period_start, None, f"from {expr.note}"
        )
    window = max(0, expr.start - 96)
    if not may_contain(sentence[window : expr.start], (profile.since_word,)) or not (
        profile.since.search(sentence, window, expr.start)
    ):
        return _during_began(expr, sentence, pub, profile, window)
    if _SUPERLATIVE_SINCE.search(sentence, max(0, expr.start - 80), expr.start):
        # A baseline, which keeps its dates for a clause about it: "the largest seizure since
        # 2019, when 6 tons were found".
        return TimeExpr(
            expr.start,
            expr.end,
            expr.text,
            "baseline",
            expr.period_start,
            expr.period_end,
            expr.note,
        )
    note = f"since {expr.note}" + (f" up to publication date {pub.isoformat()}" if pub else "")
    return TimeExpr(expr.start, expr.end, expr.text, "period", expr.period_start, pub, note)


def _during_began(
    expr: TimeExpr, sentence: str, pub: datetime.date | None, profile: _Profile, window: int
) -> TimeExpr:
    """'during the state of emergency, which began in March 2022': from that start up to
    publication; 'during the first 100 days of her government, which began on Oct. 1': the
    100 days from it (English)."""
    english = profile.since_word == "since"
    if (
        pub is None
        or expr.period_start is None
        or expr.period_start > pub
        or not may_contain(
            sentence[window : expr.start], ("which", "that") if english else ("iniciad", "que")
        )
    ):
        return expr
    during = (_DURING_BEGAN if english else _DURING_BEGAN_ES).search(sentence, window, expr.start)
    if during is None:
        return expr
    first = expr.period_start
    end = pub
    count = during.group("count")
    if count is not None:
        unit = during.group("unit").lower()
        unit = _DURING_UNITS.get(unit, unit)
        if unit == "months":
            end = add_months(first, int(count)) - datetime.timedelta(days=1)
        else:
            end = first + datetime.timedelta(days=int(count) * (7 if unit == "weeks" else 1) - 1)
        end = min(end, pub)
    note = f"during what began {expr.note}, up to {end.isoformat()}"
    return TimeExpr(expr.start, expr.end, expr.text, "period", first, end, note)


def _cued(expr: TimeExpr, sentence: str, cue: re.Pattern[str], reach: int) -> bool:
    """Whether a cue ends right before a resolved period, within `reach` characters."""
    return expr.kind == "period" and bool(
        cue.search(sentence, max(0, expr.start - reach), expr.start)
    )


def _bounded(expr: TimeExpr, sentence: str, profile: _Profile) -> TimeExpr:
    """Turn 'by X' or 'until X' into a period that ends with X."""
    if expr.text.endswith(("'s", "’s")):
        return expr  # "killed by Sunday's eruption": whose eruption, not a deadline
    if not _cued(expr, sentence, profile.by, 22) and not (
        expr.kind == "period"
        and sentence.endswith(" in ", 0, expr.start)
        and _BY_TERM.search(sentence, max(0, expr.start - 48), expr.start)
    ):
        return expr
    return TimeExpr(
        expr.start, expr.end, expr.text, "period", None, expr.period_end, f"by {expr.note}"
    )


def _as_of(expr: TimeExpr, sentence: str, profile: _Profile) -> TimeExpr:
    """'al 15 de mayo': a day a figure stands at, like 'hasta el 15 de mayo' (the extractor
    reads a count as the year up to that day and a level as that day)."""
    if profile.as_of is None or not _cued(expr, sentence, profile.as_of, 16):
        return expr
    return TimeExpr(
        expr.start, expr.end, expr.text, "period", None, expr.period_end, f"as of {expr.note}"
    )


# "declaró el domingo estado de calamidad": the day of an act, not of a statement.
_DECLARED_ACT: Final = compiled(
    r"\s*(?:(?:un|una|el|la)\s+)?(?:estado\s+de|alerta|toque\s+de\s+queda)\b",
    re.IGNORECASE,
)


# "said in a May 30 interview that ...": the day of an interview, a speech or a statement.
_SAID_IN_DAY: Final = compiled(
    r"\b(?:said|says|told(?:\s+[\w.'’-]+){1,4}?|wrote|claimed|argued)\s+in\s+(?:a|an|his|her|its|their)\s+$"
)
_STATEMENT_NOUN: Final = compiled(
    r"\s+(?:interview|speech|statement|post|debate|address|briefing|hearing|op-ed|letter)\b"
)


def _said_in_day(expr: TimeExpr, sentence: str) -> bool:
    """Whether a day names the interview, speech or statement a figure was said in."""
    return (
        expr.kind == "period"
        and expr.period_start is not None
        and expr.period_start == expr.period_end
        and " in " in sentence[max(0, expr.start - 60) : expr.start]
        and _STATEMENT_NOUN.match(sentence, expr.end) is not None
        and _SAID_IN_DAY.search(sentence, max(0, expr.start - 60), expr.start) is not None
    )


def _said_at(expr: TimeExpr, sentence: str, profile: _Profile) -> TimeExpr:
    """Mark a time that dates the statement ('said on Monday') rather than the figure."""
    if not _cued(expr, sentence, profile.said_at, 60) and not _said_in_day(expr, sentence):
        return expr
    if sentence.startswith(("'s ", "’s "), expr.end):
        # "said this year's maize harvest could fall": the time owns what was said of, it
        # does not date the statement
        return expr
    if (
        _DECLARED_ACT.match(sentence, expr.end)
        and "declar" in sentence[max(0, expr.start - 60) : expr.start].lower()
    ):
        return expr
    return TimeExpr(
        expr.start, expr.end, expr.text, "said_at", expr.period_start, expr.period_end, expr.note
    )
