"""Who a sentence attributes its figures to, in English and Spanish.

`find_attribution` reads one sentence: "according to X", "según X", "X said", "said X",
"informó X", an organisation that counts ("INACIF registró"). The source may be a
back-reference ("the agency", "he", "la institución", a Spanish verb without a subject): the
extractor resolves those against the sources named earlier in the text (`resolve_reference`).
`find_quotes` finds quotations and their speakers, and `announcement` recognises a sentence that
only announces a release ("The police released its annual report on Monday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

from claims.importing.extraction.gates import compiled, may_contain, odd_case
from claims.importing.extraction.places import is_place
from claims.importing.extraction.text import CaseBlind, folded, lower
from claims.importing.extraction.words import DIGIT, NUMBER_WORDS, alternation, word_set

_VERB_WORDS_EN: Final = (
    "said|says|say|stated|states|reported|reports|report|estimated|estimates|estimate|"
    "found|finds|find|announced|announces|announce|told|tells|claimed|claims|claim|noted|notes|"
    "added|adds|warned|warns|warn|wrote|writes|showed|shows|show|indicated|indicates|indicate|"
    "revealed|reveals|reveal|confirmed|confirms|confirm|believe|believes|calculated|calculates|"
    "calculate|concluded|concludes|acknowledged|acknowledges|admitted|admits|insisted|insists|"
    "explained|predicted|predicts|predict|projected|projects|forecast|forecasts|suggested|"
    "expect|expects|expected|"
    "suggests|suggest|recorded|records|counted|counts|registered|registers|tallied|documented|"
    "documents|lists|listed"
)
# As a trie ('said|says|say' -> 'sa(?:id|ys?)'): every word is followed by a word boundary, so
# the order of the alternatives does not change what matches, only how fast.
_VERBS_EN: Final = (
    alternation(_VERB_WORDS_EN.split("|"))
    # ("Polls have shown that ...": the participle after its auxiliary; not "as shown in")
    # (the look-behinds after the word: before it, they would run at every space)
    + "|shown(?:(?<=\\bhave\\sshown)|(?<=\\bhas\\sshown)|(?<=\\bhad\\sshown))"
    + "|puts?(?=\\s+(?:the|its|their|[A-Z][\\w.'’-]*)\\s+[\\w\\s'’-]{0,40}?\\s*at\\s)"
    # ("ECB staff see inflation averaging 2.5 percent in 2024", "It sees growth at 2%": a
    # forecaster's 'see', a measure and then how it will run)
    + "|sees?(?=\\s+(?:[\\w'’-]+\\s+){1,3}?(?:averaging|at|of|growing|rising|falling|"
    + "slowing|expanding|contracting|reaching|peaking|easing)\\s)"
)
# ("The fund cut its growth forecast to 2.8%": who revises a forecast is its source.) Only in
# sentences that name a forecast: the alternative doubles the scan's cost.
_REVISED_EN: Final = (
    "|(?:cut|raised|lowered|trimmed|revised|lifted|upgraded|downgraded|slashed|kept|"
    "maintained)(?=\\s+(?:its|their)\\s+(?:[\\w'’-]+\\s+){0,4}?(?:forecast|projection|"
    "outlook|estimate)s?\\b)"
)
_FORECAST_WORDS: Final = ("ecast", "ojection", "utlook", "stimate")
# ("The U.N. revised Guatemala's 2012 homicide rate to 35.9", "Officials raised the death toll
# to 56": who revises a figure is its source. Not who raises or lowers a rate or a number it
# sets: "Chile's central bank lowered its benchmark rate to 5.25 percent" is an act.) Only in
# sentences with one of the verbs.
_REVISED_OWNER: Final = (
    "\\s+(?:its|their|the|(?-i:[A-Z])[\\w.'’-]*(?:\\s+(?-i:[A-Z])[\\w.'’-]*){0,3}['’]s)\\s+"
    "(?:[\\w'’-]+\\s+){0,4}?"
)
_REVISED_FIGURE_EN: Final = (
    f"|(?:revised|updated|corrected)(?={_REVISED_OWNER}(?:rate|toll|figure|count|tally|number|"
    "estimate|total)s?\\s+(?:up\\s+|down\\s+)?to\\s)"
    f"|(?:raised|lowered)(?={_REVISED_OWNER}(?:toll|count|tally|estimate)s?\\s+to\\s)"
)
# (one tuple for both: the test runs for every sentence with figures)
_REVISABLE_WORDS: Final = (*_FORECAST_WORDS, "revised", "raised", "lowered", "updated", "corrected")
_COUNT_VERBS: Final = word_set(
    """recorded records counted counts registered registers tallied reported reports documented
    documents lists listed confirmed confirms registró
    registraron contabilizó contabilizaron detectó detectaron documentó documentaron reportó
    reportaron registra registran contabiliza detecta reporta recibió recibieron registrado
    contabilizado reportado notificó notificaron"""
)
_VERB_WORDS_ES: Final = (
    "dijo|dijeron|informó|informaron|informa|anunció|anunciaron|reportó|reportaron|reporta|"
    "estimó|estimaron|estima|estiman|confirmó|confirmaron|señaló|señalaron|añadió|agregó|explicó|"
    "explicaron|reveló|revelaron|denunció|denunciaron|aseguró|aseguraron|indicó|indicaron|"
    "afirmó|afirmaron|detalló|precisó|declaró|advirtió|advirtieron|destacó|sostuvo|calculó|"
    "reconoció|admitió|registró|registraron|contabilizó|contabilizaron|detectó|detectaron|"
    "documentó|documentaron|registra|registran|contabiliza|contabilizan|estableció|refirió|apuntó|subrayó|comunicó|"
    "prevé|prevén|proyecta|proyectan|pronostica|pronosticó|calcula|calculan|recibió|recibieron|"
    "registrado|contabilizado|reportado|respondió|respondieron|contestó|aclaró|comentó|"
    "puntualizó|manifestó|expresó|mencionó|insistió|recordó|enfatizó|notificó|notificaron"
)
_VERBS_ES: Final = alternation(_VERB_WORDS_ES.split("|"))
_AUX_EN: Final = (
    r"(?:\s+(?:have|has|had|also|previously|recently|earlier|separately|already|now|later|"
    r"last\s+\w+|on\s+\w+day|would|will|may|might|could))*"
)
_AUX_ES: Final = r"(?:\s+(?:también|además|ya|ha|han|había|habían|este\s+\w+|el\s+\w+))*"
# The verb alone (a regex that could start at every space would cost a scan per space); the
# auxiliaries before it ("have also said") are trimmed from the subject afterwards.
_VERB_RE: Final[dict[str, re.Pattern[str] | CaseBlind]] = {
    "en": compiled(rf"(?<=\s)(?P<verb>{_VERBS_EN})\b"),
    # (also first in the sentence: "Explicó que ...", whose subject is someone named before)
    "es": CaseBlind(rf"(?<![^\s\"“«])(?P<verb>{_VERBS_ES})(?![\w])"),
}
_VERB_RE_REVISED_EN: Final = compiled(
    rf"(?<=\s)(?P<verb>{_VERBS_EN}{_REVISED_EN}{_REVISED_FIGURE_EN})\b"
)
_DECLARED_ACT_ES: Final = compiled(
    r"\s+(?:(?:el|este)\s+\w+\s+)?(?:(?:un|una|el|la)\s+)?(?:estado\s+de|alerta|"
    r"toque\s+de\s+queda)\b",
    re.IGNORECASE,
)
# What follows 'aseguró' when it seizes rather than asserts: an amount, or the thing seized
# ("aseguraron 1,2 toneladas", "aseguró un cargamento", "aseguraron armas").
# (Not an article alone: ", aseguró el ministro" names who asserted.)
# What follows 'prevé', 'proyecta' when they plan an act rather than forecast a value.
_PLANNED_ACT_ES: Final = compiled(
    r"\s+(?:invertir|colocar|construir|contratar|entregar|otorgar|abrir|comprar|adquirir|"
    r"destinar|gastar|ejecutar|licitar|instalar|edificar|habilitar|inaugurar|incorporar|"
    r"sumar|plantar|rehabilitar|renovar|ampliar)\b",
    re.IGNORECASE,
)
_SEIZED_ES: Final = compiled(
    r"\s+(?:(?:el|este)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)\s+)?"
    r"(?:\d|(?:más\s+de|casi|alrededor\s+de|cerca\s+de|al\s+menos|por\s+lo\s+menos|dos|tres|"
    r"cuatro|cinco|seis|siete|ocho|nueve|diez|cientos|miles|decenas)\b|"
    r"(?:(?:un|una|unos|unas|el|la|los|las)\s+)?(?:armas?|drogas?|cocaína|marihuana|"
    r"metanfetamina|fentanilo|vehículos?|dinero|cargamentos?|municiones|cartuchos|inmuebles|"
    r"bienes|paquetes|kilos|toneladas)\b)",
    re.IGNORECASE,
)
# 'that' or 'de que' opening a clause that a noun or verb frames ('the ruling that fines will
# reach', 'el fallo de que'); Spanish 'que' alone is too often a relative pronoun to tell.
_FRAMED_THAT: Final = compiled(r"\bthat\b|\bde\s+que\b", re.IGNORECASE)


def frames_clause(text: str, start: int, end: int) -> bool:
    """Whether a reporting verb ('said', 'informó') or a framing 'that' ('the ruling that')
    lies between `start` and `end`: a time before it dates the statement or the act that
    frames a later clause ('This week, the agency said ...', 'appealed on Wednesday against
    the ruling that ...'), not that clause's figure."""
    return bool(
        _VERB_RE["en"].search(text, start, end)
        or _VERB_RE["es"].search(text, start, end)
        or _FRAMED_THAT.search(text, start, end)
    )


_AUX_TAIL: Final = {
    "en": compiled(rf"(?:{_AUX_EN})\s*$"),
    "es": compiled(rf"(?:{_AUX_ES})\s*$", re.IGNORECASE),
}
# The last words of _AUX_TAIL's single-word auxiliaries ("have said", "ya informó").
_AUX_LAST_EN: Final = word_set(
    "have has had also previously recently earlier separately already now later would will may "
    "might could"
)
_AUX_LAST_ES: Final = word_set("también además ya ha han había habían")


def _may_end_in_aux(left: str, lang: str) -> bool:
    """Whether _AUX_TAIL can take anything off the end of `left` (right-stripped): its last
    word must be one of the single-word auxiliaries, or end in 'day' ('on Tuesday'), or follow
    'last' ('last week') or 'este'/'el' ('este lunes'). Most verbs' left sides end in a name
    ('the ministry said'), and this look spares the scan of 120 characters."""
    words = left.rsplit(None, 2)
    if not words:
        return False
    last = words[-1]
    before = words[-2] if len(words) > 1 else ""
    if lang == "en":
        return last in _AUX_LAST_EN or last.endswith("day") or before == "last"
    if odd_case(last + before):
        return True  # (a character the case-blind engine equates with an ASCII letter)
    return last.lower() in _AUX_LAST_ES or before.lower() in ("este", "el")


_DETERMINER_END: Final = {
    "en": compiled(
        r"\b(?:an|the|a|its|their|his|her|our|is|are|was|were|be|been|being|of|in|for|with|"
        r"from|by|to|on|at|among|between)\s*$",
        re.IGNORECASE,
    ),
    "es": compiled(r"\b(?:un|una|el|la|los|las|su|sus|se|lo|le|les|que)\s*$", re.IGNORECASE),
}
_VERB_NEXT: Final = {
    "en": compiled(rf"\s+(?:{_VERBS_EN}|is|are|was|were|has|have|had)\b"),
    "es": compiled(r"\s+(?:es|son|fue|fueron|ha|han)\b"),
}
# "informó el miércoles el Instituto ...": the day of the statement between verb and source.
_WHEN_ES: Final = (
    r"(?:(?:el|este|esta)\s+(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|"
    r"domingo|mes|año|fin\s+de\s+semana)\s+|(?:ayer|hoy)\s+)?"
)
_ACCORDING: Final = {
    # (and the acronym in parentheses that ends the name: 'according to the national public
    # security system (SESNSP)')
    "en": compiled(
        r"\b(?:according\s+to|citing)\s+(?P<src>[^,;:()]{1,200}(?:\((?-i:[A-Z][\w.&-]{1,11})\))?)",
        re.IGNORECASE,
    ),
    "es": compiled(
        r"\b(?:según|de\s+acuerdo\s+(?:con|a))\s+(?P<src>[^,;:()]{1,200}(?:\([^()]{1,30}\)"
        # ('la Encuesta Nacional de Condiciones de Vida (Encovi) del Instituto Nacional de
        # Estadística (INE)': a document's acronym, then its owner's; '(ENEI) de 2023 del INE':
        # its year, then its owner's acronym)
        r"(?:\s+del?\s+[^,;:()]{1,120}\([^()]{1,30}\)"
        r"|\s+(?:de\s+(?:19|20)\d\d\s+)?(?:del|de\s+la)\s+(?-i:[A-ZÁÉÍÓÚ]{2,10})\b)?)?)",
        re.IGNORECASE,
    ),
}
# "datos del INEGI muestran", "cifras de la Fiscalía revelan": the owner of the data that show.
_DATA_SHOW_ES: Final = compiled(
    r"\b(?:datos|cifras|estadísticas|registros)(?:\s+(?:oficiales|preliminares|recientes))?"
    r"\s+(?:del?|de\s+la|de\s+los|de\s+las)\s+(?P<src>[^,;:()]{2,160}?(?:\s*\([^()]{1,30}\))?)"
    r"\s+(?:muestran|mostraron|indican|revelan|revelaron|reflejan|confirman|señalan)\b",
    re.IGNORECASE,
)
_DATA_SHOW_WORDS: Final = (
    "muestran",
    "mostraron",
    "indican",
    "revela",
    "reflejan",
    "confirman",
    "señalan",
)
# A word every match of _ACCORDING holds (lower-cased): most sentences have none.
_CITES: Final = {"en": ("according", "citing"), "es": ("según", "acuerdo")}
# "dijo a EFE el ministro", "explicó a este medio un funcionario": the outlet told is no
# part of the source that follows.
_TO_MEDIA_ES: Final = (
    r"(?:a\s+(?:est[ea]\s+(?:medio|diario|periódico|rotativo|agencia|redacción|publicación)|"
    r"(?-i:(?:la\s+agencia\s+)?[A-ZÁÉÍÓÚ][\w.]+(?:\s+[A-ZÁÉÍÓÚ][\w.]+){0,2}))\s+"
    r"(?=(?:el|la|los|las|un|una|unos|unas)\s))?"
)
_SAID_AFTER: Final = {
    "en": compiled(
        r"(?:^|[,\"”’]\s*)(?:said|says|added|reported|wrote|estimated|told\s+\w+)\s+"
        # (not a time: ', which manages it, said on Wednesday')
        r"(?!(?:on|in|at|last|this|late|early|earlier|later|yesterday|today)\b)"
        r"(?P<src>[^;:()\"“”]{1,160}?)\s*(?:[.!?]?[\"”’]?\s*$|\s+(?:on|in|at|last)\s"
        # ('said Laurent Duvillier, a UNICEF spokesman, adding that ...': the speaker's clause)
        r"|,\s+(?:adding|noting|saying|explaining|warning)\b)"
    ),
    "es": compiled(
        # (a dialogue's dash closes the quotation too: '—Contamos con 44.500 —respondió el
        # ministro.')
        rf"(?:^|[,\"”’—]\s*)(?:{_VERBS_ES})\s+{_WHEN_ES}{_TO_MEDIA_ES}"
        # ('…”, dijo a periodistas.': the press told, no source)
        r"(?:a\s+(?:los\s+)?(?:periodistas|reporteros|medios)|a\s+la\s+prensa)?\s*"
        rf"(?P<src>[^;:\"“”—]{{0,200}}?)\s*"
        r"(?:[.!?]?[\"”’]?\s*$|\s+(?:el|este|en\s+(?:un|una|su)|a\s+través|durante|tras|que)\s)",
        re.IGNORECASE,
    ),
}
_SRC_PREFIX: Final = CaseBlind(
    r"^(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:report|study|survey|count|tally|analysis|data|"
    r"figures|estimates?|statistics|census|review|poll|assessment|tabulation|investigation|"
    # ("preliminary results from the Supreme Electoral Tribunal": the tribunal's count)
    r"results|records)\s+"
    # ("a report released on Monday by five UN agencies": the day it came out, between)
    r"(?:by|from|of|(?:compiled|released|published|issued)(?:\s+(?:on|last|this)\s+\w+)?\s+by)\s+"
    r"|^(?:(?:el|la|los|las|un|una)\s+)?(?:[\w-]+\s+){0,3}?(?:informe|reporte|estudio|encuesta|"
    r"recuento|conteo|análisis|datos|cifras|estadísticas|censo|registros?|balance|boletín|"
    r"monitoreo|sondeo)(?:\s+[\w-]+){0,6}?\s+(?:de|del|de\s+la|de\s+los|elaborad[oa]\s+por|"
    # (a letter of either case next, as the case-blind pattern always read it)
    r"publicad[oa]\s+por)\s+(?=[a-záéíóú]|la\s+[a-záéíóú]|el\s+[a-záéíóú]|los\s+[a-záéíóú])"
)
# "an AFP tally of ", "a Reuters analysis of ": the owner before a document of something.
_OWNER_DOC_OF: Final = compiled(
    r"(?:an?|the)\s+(?P<owner>(?:[A-Z][\w.&'’-]*)(?:\s+[A-Z][\w.&'’-]*){0,3})\s+"
    r"(?:tally|count|analysis|review|survey|study|report|estimate)\s+of\s+"
)
# "a World Bank survey": the owner before the document noun.
_OWNER_DOC: Final = compiled(
    r"^(?:(?i:a|an|the|its|their)\s+)?(?!(?i:the|its|their)\s)(?P<owner>(?:[A-Z][\w.&'’-]*\s+){1,5}?(?:\([A-Z][\w.&]{1,11}\)\s+)?)(?:report|study|survey|count|"
    r"tally|analysis|data|figures|estimates?|statistics|census|review|poll|assessment)$"
)
# "for" and "in" end a source only before a lower-case word: keep "Organization for Migration".
_SRC_CUT: Final = compiled(
    r"\s(?:(?:in|on|at|for|and|en|sobre|para)\s+(?=[a-záéíóú])|(?:published|released|issued|last|"
    r"this|since|during|which|who|that|based|when|while|as|que|quien|cuando|mientras|publicad[oa]|"
    r"divulgad[oa])\s)",
)
_POSSESSIVE_DOC: Final = compiled(
    r"^(?P<owner>.+?)['’]s\s+(?:(?:latest|new|annual|recent|own|monthly|quarterly|weekly|"
    r"preliminary|final|official|most\s+recent)\s+)*"
    # (any other words that say which document: "the Electoral Institute's quick count")
    r"(?-i:[a-z][a-z-]*\s+){0,2}?(?:report|data|figures|statistics|study|"
    r"survey|estimates?|analysis|count|tally|census|records|"
    # ("InSight Crime's annual homicide round-up found": a yearly digest is a document too)
    r"round-?up|yearbook|briefing|audit)\b"
    # ('Mexico's statistics agency INEGI': a word of a document that names the kind of an
    # office is no document, and the office is the source)
    r"(?!\s+(?:agency|agencies|office|bureau|institute|service|department|division|authority|"
    r"unit|cent(?:er|re)|commission|board|council|ministry|team|body)\b).*$",
    re.IGNORECASE,
)
# "Employers added 155,000 jobs": the verb adds an amount, it does not report one.
_ADDED_AMOUNT: Final = compiled(
    r"add(?:ed|s)?\s+(?:(?:some|about|nearly|another|more\s+than)\s+)?[$€£Q]?\d"
)
# "..., aid workers said", "dijeron los trabajadores humanitarios": people named by what they are.
_DESCRIBED_PEOPLE: Final = compiled(
    r"(?:(?:the|los|las)\s+)?[a-záéíóúñ]{3,}(?:\s+[a-záéíóúñ]{3,}){0,2}(?<=s)", re.IGNORECASE
)
_SAY_VERBS: Final = word_set(
    "said says told estimated estimate estimates dijo dijeron afirmaron aseguraron explicaron "
    "señalaron estimaron"
)
_LEFT_BOUNDARY: Final[dict[str, re.Pattern[str] | CaseBlind]] = {
    "en": compiled(
        r"(?:[,;:\"“”(]|\s—|\s–|\b(?:that|but|while|which|who|whom|because|when|where|although|"
        r"though|whereas|if|after|before|since|and(?=\s+[a-z])))\s*(?=[^,;:\"“”(]*$)"
    ),
    "es": CaseBlind(
        r"(?:[;:\"“”]|,(?![^,]*\)[^,]*$)|\s—|\s–|\b(?:que|pero|mientras|porque|cuando|donde|"
        # (whole words: not the 'Si' of 'Sistema', the 'Tras' of 'Trastornos')
        r"aunque|si|tras|y(?=\s+[a-z]))\b)\s*(?=[^;:\"“”]*$)"
    ),
}
_CONTRAST: Final = compiled(r"\b(?:though|although|but|while|whereas|aunque|pero|mientras)\s*$")
_LEADING_JUNK: Final = compiled(
    r"^(?:(?:in|on|at|last|this|since|during|for|by|after|before|meanwhile|still|officially|"
    r"the\s+(?:following|next|previous|same)|following|next|previous|"
    r"nationwide|overall|separately|also|now|year|month|week|\w+day|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|\d{4}|además|también|"
    r"asimismo|por\s+su\s+parte|en|este|esta|el|la)\s+)+",
    re.IGNORECASE,
)
_PRONOUNS: Final = word_set(
    "it they he she we i you this that these those there which who some others many most "
    "one all both each él ella ellos ellas esto eso"
)
_CAP_STOP: Final = word_set(
    "the a an this that these those there it its in on at last still officially but and "
    "however meanwhile el la los las un una en este esta"
)
_SOURCE_NOUNS: Final = word_set(
    "official officials police authorities authority experts expert researchers researcher "
    "analysts analyst scientists scientist economists economist ministry ministries government "
    "governments spokesman spokeswoman spokesperson agency agencies department office data "
    "report reports study studies survey surveys figures statistics results census groups group "
    "organisations organizations organisation organization residents witnesses doctors activists "
    "media sources investigators prosecutors lawmakers officers court bank commission institute "
    "council union observers monitors ngo ngos army military minister president mayor governor "
    "secretary director chief spokespeople estimates records count tally poll polls "
    # ("the filings show", "court documents showed": papers a source filed or released)
    "filings documents disclosures "
    # ("The think tank estimated ...")
    "tank "
    "administration regulator regulators watchdog charity charities network "
    "funcionario funcionarios funcionaria autoridades autoridad ministerio ministro ministra "
    "gobierno secretaría secretario secretaria policía instituto institución dependencia "
    "entidad organismo organización director directora presidente presidenta portavoz vocero "
    "vocera informe datos cifras estadísticas encuesta estudio expertos analistas banco "
    "comisión consejo fiscalía procuraduría viceministro viceministra alcalde alcaldesa "
    "diputado diputada congreso oficina servicio sistema observatorio registro registry "
    "tribunal tribunals registrar board bureau service center centre observatory coalition "
    "association federation chamber committee embassy ombudsman prosecutor coroner inspector "
    "company firm party campaign hospital university foundation fund programme program "
    "mission delegation panel forum cámara junta comité defensoría fundación asociación "
    "federación partido universidad embajada defense defence protección documento documentos "
    "reporte boletín comunicado análisis balance document bulletin statement "
    "coordinator coordinador coordinadora gerenta jefe jefa fiscal comisionado comisionada "
    "subdirector subdirectora representante procurador procuradora magistrado magistrada "
    "superintendente superintendent commissioner manager "
    # ("Según operadores, el banco compra cada día unos 120 millones de dólares")
    "operadores economistas consultoras consultores especialistas investigadores fuentes "
    "testigos"
)
_PERSON_REFS: Final = word_set(
    "he she él ella official funcionario funcionaria minister ministro ministra director gerente "
    "directora president presidente presidenta spokesman spokeswoman spokesperson portavoz "
    "vocero vocera viceministro viceministra secretario secretaria governor mayor alcalde "
    "alcaldesa chief jefe jefa coordinator coordinador coordinadora gerenta fiscal "
    "comisionado comisionada subdirector subdirectora representante procurador procuradora "
    "magistrado magistrada superintendente superintendent commissioner manager"
)
# ('informó la empresa', 'según la compañía': the company named before)
_COMPANY_REFS: Final = word_set("empresa compañía")
_ORG_REFS: Final = _COMPANY_REFS | word_set(
    "it agency ministry institute bank lender registry department commission office organization "
    "organisation "
    "group report survey study census data figures police government authority court council "
    "institución dependencia entidad organismo ministerio instituto banco comisión informe agencia "
    "encuesta estudio datos cifras policía gobierno secretaría oficina organización autoridad "
    "servicio sistema observatorio registro consejo fiscalía reporte balance boletín bulletin "
    "documento document comunicado statement cartera alliance coalition alianza coalición "
    "tribunal panel gremial gremio district hospital utility registros estadísticas force tank"
)
_REF_NOUN: Final = {
    "agency": ("agency", "organization", "organisation", "agencia", "administration", "authority"),
    "agencia": ("agencia", "agency", "organización"),
    "ministry": ("ministry", "ministerio", "department", "secretaría"),
    "ministerio": ("ministerio", "ministry", "secretaría"),
    # ('la cartera': a ministry, as Spanish news calls one named before)
    "cartera": ("ministerio", "secretaría"),
    # ('la dependencia': a body of the government named before, not the government itself)
    "dependencia": (
        "secretaría",
        "ministerio",
        "instituto",
        "comisión",
        "dirección",
        "consejo",
        "servicio",
        "coordinadora",
        "superintendencia",
        "procuraduría",
        "fiscalía",
        "oficina",
        "dependencia",
    ),
    # ('la organización' after 'la Asociación para una Sociedad más Justa (ASJ)': a civil
    # body by any of the names such bodies go by, not a ministry named earlier)
    "organización": (
        "organización",
        "asociación",
        "fundación",
        "observatorio",
        "colectivo",
        "coalición",
        "alianza",
        "organization",
    ),
    # ('la gremial', 'el gremio': a trade body named before, as Central American news calls one)
    "gremial": ("asociación", "cámara", "federación", "gremial", "consejo", "unión"),
    "gremio": ("asociación", "cámara", "federación", "gremial", "gremio", "consejo", "unión"),
    "institute": ("institute", "instituto"),
    "instituto": ("instituto", "institute"),
    "bank": ("bank", "banco", "reserve", "fund"),
    # ('the lender': the bank or the fund that lends, as wires call the IMF or the World Bank)
    "lender": ("bank", "fund", "imf", "idb"),
    "banco": ("banco", "bank"),
    "department": ("department", "ministry"),
    "commission": ("commission", "comisión"),
    "comisión": ("comisión", "commission"),
    # ('the group' after 'Mapping Police Violence, a research group': see the extractor)
    # (and what else a group is: a think tank, an organisation, a watchdog ...)
    "group": (
        "group",
        "think tank",
        "organization",
        "organisation",
        "foundation",
        "coalition",
        "network",
        "watchdog",
        "charity",
        "observatory",
    ),
    # ('the alliance said' after 'the Ecuadorian Alliance for the Mapping of Femicides')
    "alliance": ("alliance", "coalition", "alianza"),
    "coalition": ("coalition", "alliance", "coalición"),
    "alianza": ("alianza", "alliance", "coalición"),
    "coalición": ("coalición", "coalition", "alianza"),
    # ('the tribunal said' after "Colombia's Special Jurisdiction for Peace (JEP) found":
    # a court by any of the names courts go by)
    "tribunal": ("tribunal", "court", "jurisdiction", "chamber", "judge"),
    "court": ("court", "tribunal", "jurisdiction", "chamber", "judge"),
    "panel": ("panel", "tribunal", "court", "commission", "committee"),
    "police": ("police", "policía"),
    # ('the force has recorded' after 'the National Civil Police said': the police named before)
    "force": ("police", "policía", "force"),
    # ('the think tank said' after 'México Evalúa, a Mexico City think tank': see the extractor)
    "tank": ("think tank", "institute", "center", "centre", "foundation"),
    "policía": ("policía", "police"),
    # (local bodies: 'the district said' after 'Fresno Unified School District', 'the hospital
    # said' after 'St. Luke's Hospital', 'the utility' after a water or power company)
    "district": ("district",),
    "hospital": ("hospital",),
    "utility": ("utility", "water", "power", "electric", "energy"),
    "council": ("council",),
    "government": ("government", "gobierno", "ministry", "ministerio", "administration"),
    "gobierno": ("gobierno", "government", "ministerio", "ministry", "secretaría"),
}
# Back-references that name who speaks: with no earlier source of their kind they stand as
# written ('The government says' after a rights group is the government, not the group; 'the
# ministry' after an agency or after a minister, a person, is a ministry the text has not named).
STANDING_REF_NOUNS: Final = frozenset(
    ("government", "gobierno", "ministry", "ministerio", "cartera", "group")
)
_ANNOUNCE: Final = {
    "en": compiled(
        r"\b(?:released|published|presented|issued|unveiled|made\s+public|put\s+out|"
        r"delivered)\b",
        re.IGNORECASE,
    ),
    "es": compiled(
        r"\b(?:presentó|presentaron|publicó|publicaron|divulgó|difundió|dio\s+a\s+conocer|"
        r"dieron\s+a\s+conocer|entregó|lanzó|hizo\s+público)\b",
        re.IGNORECASE,
    ),
}
_ANNOUNCED_THING: Final = compiled(
    r"\b(?:report|survey|study|data|figures|statistics|census|bulletin|review|balance|"
    r"informe|encuesta|estudio|datos|cifras|estadísticas|censo|boletín|balance|reporte|"
    # ('presentó el lunes su anuario estadístico', 'released its statistical yearbook')
    r"anuario|yearbook|compendio|compendium|memoria\s+de\s+labores|sondeo|poll|auditoría|audit)\b",
    re.IGNORECASE,
)


# (An __init__ of its own: mypyc compiles it, while a dataclass's generated methods run in the
# interpreter, thousands of constructions per article. Not frozen, as frozen would make that
# __init__ fail as Python; its fields are still never reassigned.)
@dataclass(init=False, unsafe_hash=True, slots=True)
class Attribution:
    """A source named in a sentence (local offsets of the evidence) and the figures it covers.

    `reference` is set when the source only points at an earlier one ("the agency", "he", a
    Spanish verb without a subject): the extractor resolves it against the text so far.
    """

    source: str
    evidence: str
    start: int
    end: int
    scope_start: int
    reference: bool = False
    # Where an organisation that counts was named, when someone else reports its count: not the
    # source, but not what the figure measures either.
    counter_span: tuple[int, int] | None = None

    def __init__(
        self,
        source: str,
        evidence: str,
        start: int,
        end: int,
        scope_start: int,
        reference: bool = False,
        counter_span: tuple[int, int] | None = None,
    ) -> None:
        self.source = source
        self.evidence = evidence
        self.start = start
        self.end = end
        self.scope_start = scope_start
        self.reference = reference
        self.counter_span = counter_span


def _clean_source(raw: str, *, cut_tail: bool) -> str | None:
    """Trim a raw source phrase down to the source's name as written."""
    source = " ".join(raw.split()).strip()
    if source[:1] in "PEDHFIpedhfi":
        opening = _TIME_OPENING.match(source)
        if opening is not None:
            source = source[opening.end() :]  # ('Para este año la entidad prevé ...')
    prefix = _SRC_PREFIX.match(source)  # (anchored: it can only take off the start)
    owned = _OWNER_DOC_OF.match(source) if prefix is not None else None
    if owned is not None:
        # ("according to an AFP tally of INEGI figures": the one who counted, not what was
        # counted)
        source = owned.group("owner")
    elif prefix is not None and _NAME_PAIR.search(source, 0, prefix.end()) is None:
        # (not 'el Registro Nacional de las Personas': a name, not records of someone)
        titled = _TITLED_DOC.match(source)
        source = source[prefix.end() :]
        if titled is not None and " de" in source:
            # ('la Encuesta Nacional de Empleo e Ingresos (ENEI) de 2023 del INE': a document
            # with a title of its own, whose owner closes the phrase)
            closing = _CLOSING_OWNER.search(source)
            if closing is not None:
                source = closing.group("owner")
    cut = _SRC_CUT.search(source) if cut_tail else None
    if cut:
        source = source[: cut.start()]
    owner = _POSSESSIVE_DOC.match(source)
    if owner:
        source = owner.group("owner")
    owner_doc = _OWNER_DOC.match(source)
    if owner_doc:
        source = owner_doc.group("owner").strip()
    elif source.endswith(_DOC_NOUN_ENDS):
        body_doc = _BODY_DOC.match(source)
        if body_doc is not None and body_doc.group("body") in _ORG_REFS:
            # "department figures show": the figures of the department named before, a
            # back-reference to it ('the department').
            source = f"the {body_doc.group('body')}"
    source = source.strip(" \"'“”‘’,")
    if source.endswith(".") and not _INITIALS_END.search(source):
        source = source[:-1].rstrip()
    return source or None


_INITIALS_END: Final = compiled(r"(?:\b[A-Za-z]\.){2,}$")
# "department figures", "the ministry's data" without its 's: a body's document, lower case.
_DOC_NOUN_ENDS: Final = ("figures", "data", "statistics", "records", "estimates")
_BODY_DOC: Final = compiled(
    r"^(?:the\s+)?(?P<body>[a-z]+)\s+(?:figures|data|statistics|records|estimates)$"
)
# A Spanish document named by a title ('la Encuesta Nacional de ...', 'el Informe Anual de ...').
_TITLED_DOC: Final = compiled(
    r"(?:(?:el|la|los|las)\s+)?(?:Encuesta|Informe|Estudio|Censo|Reporte|Boletín|Balance)\s+"
    r"(?-i:[A-ZÁÉÍÓÚ])",
    re.IGNORECASE,
)
# The owner that closes a document's title: an acronym, or a name with its acronym.
_CLOSING_OWNER: Final = compiled(
    r"\b(?:del|de\s+la|de\s+los)\s+(?P<owner>[A-ZÁÉÍÓÚ]{2,10}|[A-ZÁÉÍÓÚ][^,;:()]*"
    r"\([A-ZÁÉÍÓÚ][\w.&-]{1,11}\))\.?$"
)
# A time a sentence opens with, without a comma, before the source: 'Para este año la entidad
# prevé', 'En 2024 la entidad estima', 'For this year the agency expects'.
_TIME_OPENING: Final = compiled(
    r"(?:para|en|durante|hasta|desde|for|in|during|through)\s+(?:(?:este|esta|el|la|this|the)\s+)?"
    r"(?:(?:próximo|próxima|next)\s+)?(?:año|mes|semana|trimestre|semestre|(?:19|20)\d\d|year|"
    r"month|week|quarter)\s+(?=(?:el|la|los|las|the)\s)",
    re.IGNORECASE,
)
# A registry's name ('Registro Nacional de las Personas', 'Registro de la Propiedad').
_NAME_PAIR: Final = compiled(r"\bRegistro\s+(?:(?:de|del|de\s+la)\s+)?[A-ZÁÉÍÓÚÑ]")


def _words(source: str) -> list[str]:
    return [w.strip(".,'’\"()").lower() for w in source.split()]


# Endings of the Spanish adjectives that may follow a description's noun ('el jefe policial',
# 'la funcionaria municipal', 'el ministro salvadoreño').
_ADJECTIVE_ENDINGS_ES: Final = (
    "al",
    "ar",
    "ico",
    "ica",
    "ano",
    "ana",
    "eño",
    "eña",
    "ense",
    "ivo",
    "iva",
)


def _core_words(source: str) -> list[str]:
    """The words of a description without an adjective after its noun ('el jefe policial' ->
    'el jefe'), so that it points back as the bare noun does."""
    words = _words(source)
    if (
        len(words) == 3
        and words[2].endswith(_ADJECTIVE_ENDINGS_ES)
        and source.split()[-1][:1].islower()
        and (
            (words[1] in _PERSON_REFS and words[2] not in _PERSON_REFS)
            # ('según la empresa estatal': the company named before, as 'la empresa')
            or words[1] in _COMPANY_REFS
            # ('según su boletín estadístico', 'sus registros oficiales': a document of the
            # body named before, as 'su boletín')
            or (words[0] in _REF_POSSESSIVES and words[1] in _ORG_REFS)
        )
    ):
        return words[:2]
    return words


_REF_DETERMINERS: Final = word_set("the this that el la esta este dicha dicho")
# 'Its report found', 'their survey shows': a document of a source named before.
# ('según sus registros', 'según sus datos': the records of the body the sentence is about)
_REF_POSSESSIVES: Final = word_set("its their su sus")
# ('..., they said' after 'Migration authorities said': the source named before)
_REF_PRONOUNS: Final = word_set("it he she they él ella")


_REF_KIND_ADJECTIVES: Final = frozenset(("central", "national", "federal"))


def is_reference(source: str) -> bool:
    """Whether a source only points back ('the agency', 'he', 'la institución')."""
    words = _core_words(source)
    if not words:
        return False
    if len(words) == 1 and words[0] in _REF_PRONOUNS:
        return True
    if source in ("study", "report", "survey"):
        # ("The same study found": what is left once 'the same' is read as a lead, the
        # document named before)
        return True
    if len(words) == 2 and words[0] in _REF_POSSESSIVES and words[1] in _ORG_REFS:
        return True
    if len(words) <= 3 and words[0] in _REF_DETERMINERS:
        rest = [w for w in words[1:] if w not in ("same", "misma", "mismo")]
        if rest == ["think", "tank"]:
            rest = ["tank"]  # ('the think tank': one noun)
        if len(rest) == 2 and rest[0] in _REF_KIND_ADJECTIVES and rest[1] in _REF_NOUN:
            # ("the central bank", "the national institute": a kind of body named before)
            rest = rest[1:]
        if len(rest) != 1:
            return False
        if (
            rest
            and rest[-1] in _PERSON_REFS | _ORG_REFS
            and not any(w[:1].isupper() for w in source.split()[1:])
        ):
            return True
    return False


def is_person_reference(source: str) -> bool:
    """Whether a back-reference points at a person ('he', 'the minister', 'la funcionaria')."""
    words = _core_words(source)
    return bool(words) and words[-1] in _PERSON_REFS


def reference_noun(source: str) -> str | None:
    """The noun of a description ('the ministry' -> 'ministry'), if any."""
    words = _words(source)
    return words[-1] if words and words[-1] in _REF_NOUN else None


def looks_like_person(source: str) -> bool:
    """Whether a named source is a person: a title, or two capitalised name words."""
    words = source.split()
    caps = [w for w in words if w[:1].isupper() and w.strip(".,").isalpha() and w.upper() != w]
    lowered = {w.strip(".,").lower() for w in words}
    titled = bool(lowered & _PERSON_REFS - {"he", "she", "él", "ella"})
    return titled or (len(caps) >= 2 and not (lowered & (_ORG_REFS - {"it"})))


# (run on the lower-cased source: a case-blind alternation cannot use the literal prefilters)
_SHARE_SOURCE: Final = folded(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of|of\s+every)\s+"
    r"(?:\w+)\b|\b(?:percent|per\s+cent|por\s+ciento|uno\s+de\s+cada)\b|%"
    # ("Dozens of supermarkets in the capital reported shortages", "Cientos de vecinos
    # denunciaron cortes": a vague count of who reported, the figure itself, is no source)
    r"|^(?:(?:tens\s+of\s+|hundreds\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions)\s+of|"
    r"(?:decenas|cientos|centenares|miles|millones)\s+de)\s"
    # ("Nearly half of voters said", "That is less than a quarter of the amount Harlan
    # claimed": a fraction of the people or the amount counted is the figure, no source)
    r"|\b(?:half|(?:a|one|two|three)[\s-]+(?:thirds?|quarters?|fifths?))\s+of\s"
)


_ACRONYM_INSIDE: Final = compiled(r"\((?-i:[A-ZÁÉÍÓÚ][\w-]{1,11})\)")


def _acceptable(source: str) -> bool:
    """Reject bare function words and phrases too long to be a name."""
    words = source.split()
    # (a long institution's name with its acronym: 'el Centro Nacional de Epidemiología,
    # Prevención y Control de Enfermedades (CDC) del Ministerio de Salud')
    longest = 18 if "(" in source and _ACRONYM_INSIDE.search(source) is not None else 14
    if not words or len(words) > longest:
        return False
    if _SHARE_SOURCE.search(lower(source)) is not None:
        # "One in three victims reported the crime", "40 percent of residents say": a share of
        # the people counted, the figure itself, is no source.
        return False
    if is_reference(source):
        return True
    if all(part in NUMBER_WORDS for word in words for part in word.strip(".,").lower().split("-")):
        # "Seventeen confirmed cases have been linked to the outbreak": a count, before the
        # adjective 'confirmed', is no source.
        return False
    if source.lower() in _PRONOUNS or words[-1].lower() in _PRONOUNS:
        return False
    for index, word in enumerate(words):
        bare = word.strip(".,'’\"()").lower()
        if bare in _SOURCE_NOUNS or bare.rstrip("s") in _SOURCE_NOUNS:
            return True
        # (a capital inside parentheses too: an acronym, '(SESNSP)')
        if (
            word.lstrip("(")[:1].isupper()
            and not (index == 0 and bare in _CAP_STOP)
            and bare not in _CAP_STOP
        ):
            return True
    return False


def _described_people(source: str, verb: str, left: str) -> bool:
    """'..., aid workers said.': a plural description right after a comma, saying something."""
    return (
        verb.split()[0].lower() in _SAY_VERBS
        and _DESCRIBED_PEOPLE.fullmatch(source) is not None
        and source.lower() not in _PRONOUNS
        and left.rstrip().endswith(("," + source, ", " + source))
    )


_PLACE_ARTICLE: Final = compiled(r"^(?:the|el|la)\s+", re.IGNORECASE)
_PLACE_EMPHASIS: Final = compiled(r"(?:\s+(?:alone|itself|too|also|sola|solo))+$")
_PLACE_KIND: Final = compiled(
    r"^(?:the\s+)?(?:state|city|province|department|region|county|municipality|estado|"
    r"ciudad|provincia|departamento|región|municipio)\s+(?:of|de|del)\s+",
    re.IGNORECASE,
)


def _is_place_name(source: str) -> bool:
    """'Mexico', 'New York City', 'Cataluña': a place, which counts but is not a source."""
    named = _PLACE_EMPHASIS.sub("", source.strip())
    if is_place(named):
        return True  # (an article that is part of the name: 'La Paz', 'La Ceiba', 'El Progreso')
    bare = _PLACE_ARTICLE.sub("", named)
    bare = _PLACE_KIND.sub("", bare)
    if is_place(bare):
        return True
    words = bare.split()
    return len(words) <= 3 and all(w[:1].isupper() for w in words) and is_place(words[-1])


# The characters after which a boundary no longer counts (those _LEFT_BOUNDARY's lookahead
# excludes): only the last of them, or what follows it, can be the last boundary.
_BOUNDARY_STOPS: Final = {"en": ',;:"“”(', "es": ';:"“”'}


def _last_boundary(left: str, lang: str) -> re.Match[str] | None:
    """The last _LEFT_BOUNDARY match in the last 160 characters of `left`."""
    window = max(0, len(left) - 160)
    # A match before the last stop character would have that character after it, so the scan
    # may start there instead of at the start of the window.
    start = max(window, max(left.rfind(ch, window) for ch in _BOUNDARY_STOPS[lang]))
    boundaries = list(_LEFT_BOUNDARY[lang].finditer(left, start))
    return boundaries[-1] if boundaries else None


# What follows a name's opening parenthesis before the verb: "(PNC) ", "(INE) ".
_CAPITAL_END: Final = compiled(r"\b[A-Z][\w'’]*\s*$")
_ACRONYM_CLOSE: Final = compiled(r"\s*[A-ZÁÉÍÓÚÑ][\w.&-]{0,11}\)\s*")


def _acronym_before_comma(left: str, start: int, end: int) -> bool:
    """Whether an acronym's close, "INACIF) ", runs from `start` to a comma at or before `end`."""
    close = _ACRONYM_CLOSE.match(left, start, end)
    return close is not None and (close.end() == end or left[close.end()] == ",")


def _attribution(source: str, evidence: str, start: int, end: int, scope: int) -> Attribution:
    return Attribution(source, evidence, start, end, scope, is_reference(source))


# What may stand before a Spanish reporting verb whose subject is left out, at the start of a
# sentence ("Explicó que", "Además, señaló que", "Según dijo,"), and what follows it.
_SILENT_LEAD_ES: Final = compiled(
    r"[\s\"“«]*(?:(?:además|asimismo|también|luego|después|por\s+otra\s+parte)\s*,?\s*)?"
    r"(?:según\s+)?(?:también\s+)?\s*",
    re.IGNORECASE,
)
_THAT_ES: Final = compiled(r"\s*(?:que\b|,)", re.IGNORECASE)


# (Compiled once: a call of re.match or re.sub with a pattern string goes through the re
# module's Python-level cache each time, hundreds of times per article.)
_RELATIVE_LEAD: Final = compiled(r"\s*(?:which|who)\s")
_MADE_LEAD: Final = compiled(
    r"\s*(?:conducted|carried\s+out|published|released|commissioned|compiled|realizad[oa]|"
    r"publicad[oa]|elaborad[oa])\s"
)
# An acronym in parentheses, closed, and the words after it up to the verb ("(OIJ) data ").
_CLOSED_ACRONYM: Final = compiled(r"[A-Z][A-Za-z&.]{1,11}\)[\w\s'’-]{0,40}$")
_FIND_VERBS: Final = frozenset(("found", "find", "finds"))
_LIST_VERBS: Final = frozenset(("lists", "listed"))
_ADMIT_VERBS: Final = frozenset(("admitted", "admits"))
_LISTED_COUNT: Final = compiled(
    r"\s+(?:(?:more\s+than|about|some|nearly|almost|at\s+least|over|an\s+estimated)\s+)?\d"
)
# A count of things right after 'found' (not a share: 'found 40 percent of').
_FOUND_THINGS: Final = compiled(
    r"\s+(?:(?:at\s+least|more\s+than|nearly|almost|about|some|another|over)\s+)?"
    r"(?:(?:\d[\d,.]*(?:\s+(?:million|billion))?|a\s+dozen|two|three|four|five|six|seven|eight|"
    r"nine|ten|twelve)\s+(?!percent\b|per\s+cent\b|of\b)|(?:hundreds|dozens|thousands)\s+of\s+)"
    r"[a-z]"
)
# A verdict after 'found': "found former dictator Efrain Rios Montt guilty", "found him not
# guilty", "found the company liable".
_FOUND_VERDICT: Final = compiled(
    r"\s+(?!that\b)(?:[A-Za-z'’.-]+\s+){1,6}?(?:not\s+)?(?:guilty|innocent|liable|responsible)\b"
    r"(?!\s+(?:for|of)\s+(?:about|more|nearly|some|at\s+least|\d))",
    re.IGNORECASE,
)
# Finders whose finding is a report: documents, studies and those who make them.
_FINDER_STUDIES: Final = compiled(
    r"\b(?:survey|study|report|poll|analysis|review|audit|census|investigation|data|research|"
    r"researchers?|scientists?|experts?|analysts?|auditors?|inspectors?|economists?|"
    r"investigators?|report|group|organi[sz]ation|institute|agency|office|ministry|commission)\b",
    re.IGNORECASE,
)
_SOURCE_BREAKS: Final = compiled(r"[,;:\"“”(]")
# A document by a named maker, closing the text before a comma: "a 2022 study by the
# Association for a More Just Society (ASJ)".
_DOC_BY_END: Final = compiled(
    r"\b(?:report|study|survey|analysis|poll|review|audit|census)\s+(?:by|from)\s+"
    r"(?P<src>(?:the\s+)?[A-Z][^,;:()]{1,100}?(?:\s+\([A-Z][\w&.]{1,11}\))?)$"
)
_ACRONYM_AT_END: Final = compiled(r"\s\([A-Z][\w.&-]{0,11}\)$")
_AGE_AFTER: Final = compiled(r",\s*\d{1,3}$")
# A capitalised code with digits in a name ('(CR2)', 'C40', 'G20'): no figure.
_CODE_WITH_DIGITS: Final = compiled(r"\(?[A-Z]+\d+[A-Z\d]*\)?[,.]?")


def _code_digits_only(source: str) -> bool:
    """Whether every digit of a source sits in a code of capitals ('the Center (CR2)')."""
    return all(
        _CODE_WITH_DIGITS.fullmatch(token) is not None
        for token in source.split()
        if any(ch.isdigit() for ch in token)
    )


_THAT_LEAD: Final = compiled(r"(?:que|that)\b", re.IGNORECASE)


# "Cali registró 1.021 homicidios, seguida de Bogotá (988)", "X recorded 3,000, followed by
# Honduras (2,800)": what counts first in a ranking of places is a place too, even one the
# gazetteer does not know; the place ranked after it, right after its count.
_RANKED_BEFORE_PLACE: Final = compiled(
    r"[^;]{0,80}?,\s+(?:seguid[oa]s?\s+(?:de|por)|followed\s+by)\s+(?:el\s+|la\s+|the\s+)?"
    r"(?P<p>[A-ZÁÉÍÓÚ][\w'’.-]*(?:\s+[A-ZÁÉÍÓÚ][\w'’.-]*){0,2})"
)


def _ranked_before_a_place(sentence: str, verb_end: int) -> bool:
    """Whether the count after a counting verb is ranked before a place ('..., seguida de
    Bogotá'), so that the verb's subject is a place, not a source."""
    if "seguid" not in sentence and "followed by" not in sentence:
        return False
    ranked = _RANKED_BEFORE_PLACE.match(sentence, verb_end)
    return ranked is not None and is_place(ranked.group("p"))


# What a document is and who made it, after "according to": 'data released on Friday by X'.
_DOC_MADE_BY: Final = compiled(
    # ('a preliminary estimate published Wednesday by national statistics agency INEGI')
    r"(?:(?:the|an?|new|official|latest|preliminary|provisional|flash|advance|initial|first)\s+)*"
    r"(?:data|figures?|statistics|numbers|estimates?|reports?|survey|study|records|readings?|"
    r"bulletin)\s+(?:released|published|compiled|"
    r"provided|issued|gathered|collected|made\s+public)\b[^,;:()]{0,40}?\s+by\s+"
    r"(?P<by>[^,;:()]+)",
    re.IGNORECASE,
)


def find_attribution(sentence: str, lang: str = "en") -> Attribution | None:
    """Return the first attribution in a sentence, preferring 'according to' / 'según'; in
    English, a speaker named at the end wins over the subject of an estimate at the start."""
    found = _first_attribution(sentence, lang)
    if (
        found is not None
        and lang == "en"
        and found.evidence[-9:].lower().startswith(("estimate", "stimates", "stimated"))
        and found.start < 80
    ):
        speaker = _SPEAKER_AT_END_EN.search(sentence, found.end)
        if speaker is not None:
            # "The government estimates damage at $3.1 billion, Finance Minister Alfredo
            # Thorne said": the minister says what the government estimates.
            source = speaker.group("src").strip()
            return _attribution(source, speaker.group(0).strip(" ,."), speaker.start("src"),
                                speaker.end(), 0)  # fmt: skip
    return found


# ", Finance Minister Alfredo Thorne said." closing a sentence.
_SPEAKER_AT_END_EN: Final = compiled(
    r",\s+(?P<src>(?:[A-Z][\w.'’-]*\s+){1,6})(?:said|told\s+(?:reporters|[A-Z][\w\s]{0,30}))"
    r"(?:\s+on\s+[A-Z]\w+)?[.\s\"”]*$"
)


def _first_attribution(sentence: str, lang: str = "en") -> Attribution | None:
    """The first attribution in a sentence, preferring 'according to' / 'según'."""
    lang = lang if lang in _VERB_RE else "en"
    # A place that speaks ('China said') is a source only when nobody else is named.
    place_source: Attribution | None = None
    counter: Attribution | None = None
    match = _ACCORDING[lang].search(sentence) if may_contain(sentence, _CITES[lang]) else None
    if match:
        raw = match.group("src")
        made_by = _DOC_MADE_BY.match(raw) if lang == "en" else None
        if made_by is not None:
            # "according to data released on Friday by U.S. Customs and Border Protection": who
            # released the data, not the data.
            raw = made_by.group("by")
        source = _clean_source(raw, cut_tail=True)
        if source and _acceptable(source):
            return _attribution(source, match.group(0).strip(), match.start(), match.end(), 0)
    shown = (
        _DATA_SHOW_ES.search(sentence)
        if lang == "es" and may_contain(sentence, _DATA_SHOW_WORDS)
        else None
    )
    if shown is not None:
        # "datos del Instituto Nacional de Estadística y Geografía (INEGI) muestran que ...":
        # whose data show it is the source, as in "según datos del INEGI".
        source = _clean_source(shown.group("src"), cut_tail=True)
        if source and _acceptable(source):
            return _attribution(source, shown.group(0).strip(), shown.start(), shown.end(), 0)
    verbs = (
        _VERB_RE_REVISED_EN
        if lang == "en" and any(word in sentence for word in _REVISABLE_WORDS)
        else _VERB_RE[lang]
    )
    for verb in verbs.finditer(sentence):
        verb_text = sentence[verb.start() : verb.end()]
        if verb_text[:5].lower() == "decla" and _DECLARED_ACT_ES.match(sentence, verb.end()):
            # "El presidente declaró el domingo estado de calamidad en 12 departamentos": an
            # act, not a statement of the figures.
            continue
        if verb_text[:6].lower() == "asegur" and _SEIZED_ES.match(sentence, verb.end()):
            # "Elementos de la SSPC aseguraron 1,2 toneladas de metanfetamina": 'asegurar'
            # with a thing or an amount after it is a seizure, not a statement.
            continue
        if verb_text[:3].lower() in ("pre", "pro") and _PLANNED_ACT_ES.match(sentence, verb.end()):
            # "La empresa prevé invertir 1,2 billones de pesos", "El organismo prevé colocar
            # 320.000 créditos": a plan to act, not a forecast of someone cited.
            continue
        window = max(0, verb.start() - 200)
        left = sentence[window : verb.start()].rstrip()
        # Both patterns end at the end of `left`: searching its tail is enough, and cheaper.
        if _may_end_in_aux(left, lang):
            aux = _AUX_TAIL[lang].search(left, max(0, len(left) - 120))
            if aux is not None and aux.start() < len(left):
                left = left[: aux.start()]
        left += " "
        if (
            _DETERMINER_END[lang].search(left, max(0, len(left) - 16))
            or _VERB_NEXT[lang].match(sentence, verb.end())
            or _ADDED_AMOUNT.match(sentence, verb.start())
        ):
            # "an estimated 300", "the report said": here the word is a noun or an adjective.
            continue
        if lang == "en" and left.endswith((" can ", " cannot ")) and verb_text[:6] == "expect":
            # "Women can expect to live to 67.7 years": what one may count on, not a forecast
            # anyone made.
            continue
        if lang == "en" and left.endswith((" can ", " may ")):
            # "residents can report crimes at 713-884-3131": what one is able or allowed to do,
            # not a statement anyone made.
            continue
        boundary = _last_boundary(left, lang)
        if boundary is not None and (
            (boundary.group(0) == "(" and _CLOSED_ACRONYM.match(left, boundary.end()) is not None)
            or _ACRONYM_CLOSE.fullmatch(left, boundary.end()) is not None
        ):
            # "Judicial Investigation Agency (OIJ) data show", "Guatemala's National Civil
            # Police (PNC) said": the acronym in parentheses is part of the name, whose start
            # lies before it ...
            boundary = _last_boundary(left[: boundary.start()], lang)
            while (
                boundary is not None
                and boundary.group(0).strip() == "and"
                and _CAPITAL_END.search(left, 0, boundary.start()) is not None
            ):
                # ... and so is an 'and' inside the name ("The Economic Commission for Latin
                # America and the Caribbean (ECLAC)")
                boundary = _last_boundary(left[: boundary.start()], lang)
        np_start = boundary.end() if boundary else max(0, len(left) - 160)
        phrase = left[np_start:]
        if (
            lang == "es"
            and not phrase.strip()
            and _NAMED_AFTER_ES.match(sentence, verb.end()) is not None
        ):
            # "..., detalló el Servicio Nacional de Migración.": the source follows the verb.
            continue
        if not phrase.strip() and boundary is not None and boundary.group(0).strip() == ",":
            # "The finance minister, Edwin Martínez, said": a name in apposition.
            commas = [
                m.start()
                for m in _SOURCE_BREAKS.finditer(left, 0, boundary.start())
                # ("Juan Pérez, a researcher at the Latin American Faculty of Social Sciences
                # (FLACSO), estimated": the acronym that ends the apposition breaks nothing;
                # nor does one that ends the name before a relative clause, "The National
                # Institute of Forensic Sciences (INACIF), which performs the autopsies, put")
                if not (
                    lang == "en"
                    and left[m.start()] == "("
                    and _acronym_before_comma(left, m.start() + 1, boundary.start())
                )
            ]
            if commas and left[commas[-1]] == ",":
                first = commas[-2] + 1 if len(commas) >= 2 else max(0, len(left) - 160)
                candidate = left[first : boundary.start()]
                relative = _RELATIVE_LEAD.match(left, commas[-1] + 1)
                if (
                    relative is not None
                    and DIGIT.search(left, commas[-1], boundary.start()) is None
                ) or _MADE_LEAD.match(left, commas[-1] + 1):
                    # ("The survey, conducted in October 2024, found": how the survey was made,
                    # its date included, is no part of its name)
                    # "the central bank, which manages it, said": the source before the clause.
                    before = commas[-2] + 1 if len(commas) >= 2 else max(0, len(left) - 160)
                    if len(left[before : commas[-1]].split()) <= 8:
                        np_start, phrase = before, left[before : commas[-1]]
                elif (
                    candidate.count(",") == 1
                    and len(_ACRONYM_AT_END.sub("", candidate).split()) <= 12
                    and (
                        DIGIT.search(candidate) is None
                        or candidate.rpartition(",")[2].strip().isdigit()  # ('Sheinbaum, 61,')
                    )
                ):
                    # (not 'Además, las extorsiones cayeron a 15.300, agregó': a clause with
                    # its figure, before the verb's silent subject)
                    np_start, phrase = first, candidate
        if (
            lang == "es"
            and _SILENT_LEAD_ES.fullmatch(left)
            and _THAT_ES.match(sentence, verb.end())
        ):
            # "Explicó que el 60 % ...", "Según explicó, ...": the verb's silent subject, someone
            # named before.
            return Attribution(verb_text, verb_text, verb.start(), verb.end(), 0, True)
        if (
            lang == "en"
            and boundary is not None
            and not phrase.strip()
            and boundary.group(0).strip() == "which"
            and left.endswith(", ", 0, boundary.start())
        ):
            # "The figure comes from a 2022 study by the Association for a More Just Society
            # (ASJ), which estimated that ...": the document the relative clause hangs on, by
            # whoever made it.
            comma = boundary.start() - 2
            made = _DOC_BY_END.search(left, max(0, comma - 160), comma)
            if made is not None:
                np_start, phrase = made.start("src"), made.group("src")
        stripped = _LEADING_JUNK.sub("", phrase) if lang == "en" else _strip_es_lead(phrase)
        np_start += len(phrase) - len(stripped)
        source = _clean_source(stripped, cut_tail=False)
        if not stripped.strip() and lang == "es" and boundary is not None:
            # "..., explicó." with nothing after: the silent subject of the verb.
            after = sentence[verb.end() :].strip(' ."”’')
            if not after or (after.startswith(",") and boundary.group(0).strip() == ","):
                # ('Las extorsiones, agregó, cayeron a 15.300': the verb between commas)
                return Attribution(verb_text, verb_text, verb.start(), verb.end(), 0, True)
        source = _AGE_AFTER.sub("", source) if source else source  # "Sheinbaum, 59"
        if not source or (any(ch.isdigit() for ch in source) and not _code_digits_only(source)):
            continue
        if not _acceptable(source) and not _described_people(source, verb_text, left):
            continue
        if verb_text in _LIST_VERBS and _LISTED_COUNT.match(sentence, verb.end()) is None:
            continue  # ('Waiting lists grew': a noun; 'The commission lists 127,000 people')
        if verb_text in _ADMIT_VERBS and _LISTED_COUNT.match(sentence, verb.end()) is not None:
            # "Cholera treatment centres admitted 2,300 patients": taken in, not a confession.
            continue
        if (
            verb_text in _FIND_VERBS
            and _FOUND_THINGS.match(sentence, verb.end()) is not None
            and _FINDER_STUDIES.search(source) is None
            # ('A report by Human Rights Watch found 320 cases': the finder is a report, by them)
            and _FINDER_STUDIES.search(stripped) is None
        ):
            # "Families have found hundreds of clandestine graves": the doer found things, it
            # reports nothing ('A survey found 40 percent', 'Researchers found 12 cases' do).
            continue
        if verb_text in _FIND_VERBS and _FOUND_VERDICT.match(sentence, verb.end()) is not None:
            # "A court found the former dictator guilty of genocide and sentenced him to 80
            # years": a verdict, an act of the court, reports no figure.
            continue
        counting = verb_text.lower() in _COUNT_VERBS
        if _is_place_name(source) or (counting and _ranked_before_a_place(sentence, verb.end())):
            if counting:
                continue
            if place_source is None:
                np_start += window
                place_source = _attribution(
                    source, sentence[np_start : verb.end()], np_start, verb.end(), 0
                )
            continue
        np_start += window
        scope = 0
        if boundary is not None and _CONTRAST.search(left[: boundary.end()]):
            scope = np_start
        evidence = sentence[np_start : verb.end()]
        found = _attribution(source, evidence, np_start, verb.end(), scope)
        if not counting:
            if counter is not None:
                return replace(found, counter_span=(counter.start, counter.end))
            return found
        # "La PNC contabilizó 2.700 asesinatos, dijo el portavoz": whoever reports the count is
        # the source; the organisation that counts is one only when nobody reports it.
        if counter is None:
            counter = found
    match = _SAID_AFTER[lang].search(sentence)
    if match and (_THAT_LEAD.match(match.group("src")) or DIGIT.search(match.group("src"))):
        match = None
    if match:
        raw = match.group("src")
        source = _clean_source(raw, cut_tail=lang == "en")
        if source and lang == "es":
            source = _cut_es_tail(source)
        if not source and lang == "es":
            return Attribution(match.group(0).strip(' ,"”’.'), match.group(0).strip(' ,"”’.'),
                               match.start(), match.end(), 0, True)  # fmt: skip
        said = match.group(0).strip(' ,"”’').split()[0].lower()
        people = said in _SAY_VERBS and _DESCRIBED_PEOPLE.fullmatch(source or "") is not None
        if source and (_acceptable(source) or people):
            end = match.end()
            if (
                lang == "es"
                and (at := raw.find(source)) >= 0
                and raw[at + len(source) :].strip(' ,"”’.')
            ):
                # ('estimó UNICEF, y miles de adolescentes ...': the source ends where the
                # next clause starts, and so does what the attribution takes from the sentence)
                end = match.start("src") + at + len(source)
            found = _attribution(
                source, sentence[match.start() : end].strip(' ,"”’'), match.start(), end, 0
            )
            if counter is not None:
                return replace(found, counter_span=(counter.start, counter.end))
            return found
    return counter or place_source


_NAMED_AFTER_ES: Final = compiled(
    rf"\s+{_WHEN_ES}(?:(?:el|la|los|las)\s+)?[A-ZÁÉÍÓÚ][^,;:\"“”]{{0,150}}?[.!?]?[\"”’]?\s*$"
)
_ES_LEAD: Final = compiled(
    r"^(?:(?:además|también|asimismo|por\s+su\s+parte|en\s+tanto|mientras\s+tanto|este|esta|"
    r"el|la)\s+(?=\w))*?(?=[\wÁÉÍÓÚ])",
    re.IGNORECASE,
)


def _strip_es_lead(phrase: str) -> str:
    """Drop discourse words before a Spanish subject ('Además, el ministerio ...')."""
    text = phrase.lstrip(" ,")
    return _DISCOURSE_LEAD_ES.sub("", text)


_DISCOURSE_LEAD_ES: Final = compiled(
    r"^(?:además|también|asimismo|por\s+su\s+parte|mientras\s+tanto|en\s+tanto)\s*,?\s*",
    re.IGNORECASE,
)


# (and a clause joined after a comma: 'estimó UNICEF, y miles de adolescentes abandonan ...')
_ES_CLAUSE_START: Final = compiled(
    r"\s(?:que|quien|quienes|durante|tras|luego|mediante)\s|,\s+(?:y|e|pero|aunque|mientras)\s"
)


def _cut_es_tail(source: str) -> str | None:
    """End an inverted Spanish source before a following clause ('..., quien ...')."""
    cut = _ES_CLAUSE_START.search(source)
    if cut:
        source = source[: cut.start()]
    return source.strip(" ,.") or None


_OPENING_NAME: Final = compiled(
    r"(?:(?:El|La|Los|Las|The)\s+)?[A-ZÁÉÍÓÚ][\w'’.-]*(?:\s+(?:(?:de|del|de\s+la|de\s+los|para|"
    r"la|y|of|for|and|on|the)\s+)?[A-ZÁÉÍÓÚ][\w'’.-]*)*(?:\s+\([A-ZÁÉÍÓÚ][\w-]{1,12}\))?"
    r"(?=\s+[a-záéíóúñ])"
)


# "(GUATEMALA CITY - )Guatemala's tax authority, the SAT, collected": a body described, then
# its name in apposition, opening the sentence.
_OPENING_DESCRIBED_EN: Final = compiled(
    r"\s*(?:[A-Z][A-Za-z .,'’()]{2,60}?\s+[-—–]\s+)?(?P<name>(?:[A-Z][\w.'’-]*['’]s\s+|[Tt]he\s+)"
    r"(?:[a-z]+\s+){0,2}(?:agency|authority|institute|ministry|office|bureau|service|commission|"
    r"bank|department),\s+(?:the\s+)?[A-Z][\w-]{1,12}),\s+[a-z]"
)
_NAMED_ORG_IN: Final = compiled(
    r"\b(?:el|la|del|al)\s+(?P<name>[A-ZÁÉÍÓÚ][\w'’.-]*(?:\s+(?:(?:de|del|de\s+la|de\s+los|para|"
    r"la|y)\s+)?[A-ZÁÉÍÓÚ][\w'’.-]*)*\s+\([A-ZÁÉÍÓÚ][\w-]{1,12}\))"
)


def opening_organisation(sentence: str, attribution: Attribution) -> str | None:
    """The organisation a sentence opens with, when its source only points back at it:
    'La SAT recaudó Q8.900 millones en febrero, informó la entidad' -> 'La SAT'."""
    if not attribution.reference or is_person_reference(attribution.source):
        return None
    described = _OPENING_DESCRIBED_EN.match(sentence) if "," in sentence else None
    if described is not None and described.end("name") < attribution.start:
        noun = reference_noun(attribution.source)
        name = described.group("name")
        if noun is not None and any(w in name.lower() for w in _REF_NOUN[noun]):
            # "Guatemala's tax authority, the SAT, collected Q11.9 billion ..., the agency
            # said": the body the sentence opens with, named by its apposition.
            return name
    found = _OPENING_NAME.match(sentence)
    if found is None or found.end() > attribution.start:
        return _organisation_inside(sentence, attribution)
    name = found.group(0)
    lowered = {w.strip("().").lower() for w in name.split()}
    named_as_organisation = "(" in name or bool(lowered & (_ORG_REFS | _SOURCE_NOUNS))
    if is_place(name) or _is_place_name(name) or not named_as_organisation:
        return _organisation_inside(sentence, attribution)
    if _other_kind(name, attribution):
        return None
    return name


# An opening time or place phrase set off by a comma: 'Desde 2015, ', 'In 2023, '.
_OPENING_PHRASE: Final = compiled(r"\s*(?:[^,;:.\d]|\d{4}){1,40}?,\s+")
_OPENING_ARTICLE: Final = compiled(r"(?:el|la|los|las|the)\s+(?=[A-ZÁÉÍÓÚ])", re.IGNORECASE)


def possessive_owner(sentence: str, attribution: Attribution) -> str | None:
    """'Desde 2015, el MP ha abierto más de 110.000 expedientes, según sus registros': whose
    records a possessive source ('sus registros', 'its data') are — the body the sentence's
    clause opens with ('el MP'), or None."""
    words = attribution.source.split()
    if not attribution.reference or not words or words[0].lower() not in _REF_POSSESSIVES:
        return None
    at = len(sentence) - len(sentence.lstrip(" "))
    phrase = _OPENING_PHRASE.match(sentence, at)
    for start in (at, phrase.end() if phrase is not None else -1):
        if start < 0:
            break
        article = _OPENING_ARTICLE.match(sentence, start)
        found = _OPENING_NAME.match(sentence, article.end() if article else start)
        if found is None or found.end() > attribution.start:
            continue
        name = found.group(0)
        capitalised = [w for w in name.split() if w[:1].isupper()]
        acronym = len(name.split()) == 1 and name.isupper() and len(name) >= 2
        lowered = {w.strip("().").lower() for w in name.split()}
        if is_place(name) or _is_place_name(name):
            continue
        if acronym or "(" in name or (lowered & _ORG_REFS) or len(capitalised) >= 2:
            return (article.group(0) if article else "") + name
    return None


# "Mexican cement maker Cementos Anáhuac posted ...": a company described by its trade, then
# named, opening the sentence (as wires introduce one)
_DESCRIBED_COMPANY_EN: Final = compiled(
    r"\s*(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){0,3}(?:maker|producer|company|firm|retailer|lender|"
    r"carrier|airline|miner|conglomerate|giant|operator|manufacturer|exporter|developer|chain|"
    r"group|bank|insurer|brewer|automaker|carmaker|supplier)\s+(?P<name>[A-Z][\w&'’.-]*"
    r"(?:\s+(?:de\s+|del\s+|y\s+|&\s+)?[A-Z][\w&'’.-]*){0,3})(?=\s+[a-z])"
)


def described_company(sentence: str, attribution: Attribution) -> str | None:
    """'Mexican cement maker Cementos Anáhuac posted a net profit of $312 million ..., the
    company said': the company the sentence opens with, described by its trade and named."""
    if attribution.source.lower() not in ("the company", "the firm"):
        return None
    at = len(sentence) - len(sentence.lstrip(" "))
    found = _DESCRIBED_COMPANY_EN.match(sentence, at)
    if found is None or found.end() > attribution.start:
        return None
    name = found.group("name")
    if is_place(name) or _is_place_name(name):
        return None
    return sentence[found.start() : found.end()].strip()


def _other_kind(name: str, attribution: Attribution) -> bool:
    """Whether 'the government' points at a body of another kind than `name`: in "Chile's
    Senate approved a royalty that the government expects to raise $1.35 billion" the
    government is not the Senate (a group or an agency may go by any name; a government is
    named as one, or by a ministry or an administration)."""
    noun = reference_noun(attribution.source)
    if noun not in ("government", "gobierno"):
        return False
    return not any(w in name.lower() for w in _REF_NOUN[noun])


def opening_name(sentence: str, attribution: Attribution) -> str | None:
    """'U.S. Immigration and Customs Enforcement deported 267,258 people ..., the agency said':
    the name the sentence opens with, when a back-reference to a body ('the agency', not 'he')
    at its end finds no earlier source to point at."""
    if not attribution.reference or is_person_reference(attribution.source):
        return None
    # (after a wire dateline, blanked to spaces in the first sentence)
    found = _OPENING_NAME.match(sentence, len(sentence) - len(sentence.lstrip(" ")))
    if found is None or found.end() > attribution.start:
        return None
    name = found.group(0)
    words = name.split()
    capitalised = [w for w in words if w[:1].isupper()]
    acronym = len(words) == 1 and name.isupper() and len(name) >= 2
    if not acronym and len(capitalised) < 2:
        return None
    if name.endswith(("'s", "’s")) or is_place(name) or _is_place_name(name):
        return None
    if {w.strip(".,").lower() for w in words} & (_PERSON_REFS - {"it"}):
        return None  # ('President Bukele', 'Minister Ana López': a person)
    if _other_kind(name, attribution):
        return None
    return name


def _organisation_inside(sentence: str, attribution: Attribution) -> str | None:
    """'Las denuncias recibidas por el Ministerio Público (MP) cayeron un 12 %, según datos de
    la institución': the organisation the sentence names with its acronym before its source,
    when the source points back at it."""
    if "(" not in sentence[: attribution.start]:
        return None
    inside = None
    for match in _NAMED_ORG_IN.finditer(sentence, 0, attribution.start):
        inside = match  # (the last one named before the source)
    if inside is None or is_place(inside.group("name")):
        return None
    noun = reference_noun(attribution.source)
    if noun is not None and not any(w in inside.group("name").lower() for w in _REF_NOUN[noun]):
        return None  # ('el ministerio' is no police force named in the sentence)
    return inside.group("name")


# "Data from the Office for National Statistics (ONS) do not support that.", "Official figures
# from INEGI tell a different story.": a fact-check's verdict that names the data it was
# checked against; the figures that follow present those data.
_DATA_VERDICT_EN: Final = compiled(
    r"(?:(?:the\s+)?(?:latest|official|new|government)\s+)?(?:data|figures|statistics|numbers)\s+"
    r"(?:from|by|of|published\s+by|released\s+by)\s+(?P<src>[^,;:.]{3,120}?)\s+"
    r"(?:(?:do|does|did)\s+not\s+(?:support|back|bear\s+out|match)|don't\s+(?:support|back|match)|"
    r"contradicts?|tell\s+a\s+different\s+story|shows?\s+otherwise|(?:partly\s+)?(?:support|back)s?)"
    r"\b[^.;]{0,40}[.]?\s*$",
    re.IGNORECASE,
)


def announcement(sentence: str, lang: str = "en") -> str | None:
    """The source of a sentence that only announces a release, if it is one."""
    if lang == "en" and ("ata " in sentence or "igures " in sentence or "tatistics " in sentence):
        verdict = _DATA_VERDICT_EN.match(sentence.strip())
        if verdict is not None:
            source = _clean_source(verdict.group("src"), cut_tail=False)
            if source and _acceptable(source) and not is_reference(source):
                return source
    lang = lang if lang in _ANNOUNCE else "en"
    verb = _ANNOUNCE[lang].search(sentence)
    if verb is None or not _ANNOUNCED_THING.search(sentence, verb.end()):
        return None
    subject = sentence[: verb.start()]
    subject = _LEADING_JUNK.sub("", subject.strip()) if lang == "en" else subject.strip()
    subject = re.sub(r"\s+(?:on|el|this|este)\s+\w+$", "", subject)
    source = _clean_source(subject, cut_tail=False)
    if not source or not _acceptable(source) or is_reference(source) or len(source.split()) > 12:
        return None
    return source


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation (offsets in the paragraph's text) and its speaker as written, if named."""

    start: int
    end: int
    speaker: str | None
    tag_end: int = 0


_OPEN_CLOSE: Final = {"“": "”", "«": "»", '"': '"'}
_QUOTE_VERBS: Final = (
    r"said|says|added|explained|told\s+\w+|dijo|afirmó|explicó|señaló|agregó|añadió|aseguró|"
    r"indicó|declaró|sostuvo|comentó"
)
# Titles whose full stop ends no speaker's name ('said Dr. María Pérez').
_NOT_AFTER_TITLE: Final = "".join(
    rf"(?<!\b{t}\.)"
    for t in (
        "Dr",
        "Mr",
        "Ms",
        "Sr",
        "St",
        "Lt",
        "Mrs",
        "Gen",
        "Col",
        "Sgt",
        "Gov",
        "Sen",
        "Rep",
        "Rev",
        "Sra",
        "Dra",
        "Lic",
        "Ing",
        "Prof",
        "Capt",
    )
)
_SPEAKER_AFTER: Final = compiled(
    rf"^\s*,?\s*(?:(?:{_QUOTE_VERBS})\s+(?P<src>[^“”\"«»]{{2,200}}?)"
    # "..., the minister, Ana López, told reporters": a name in apposition.
    rf"|(?P<src2>[^,“”\"«»]{{2,100}}?(?:,\s+[^,“”\"«»]{{2,60}},)?)\s+(?:{_QUOTE_VERBS}))"
    # (the full stop first: the titles are only looked at behind one)
    rf"\s*(?:\.{_NOT_AFTER_TITLE}|[!?]|$)",
    re.IGNORECASE,
)
# "«...». Así lo afirmó la fiscal general, Consuelo Porras, durante ...": the next sentence
# names who said it.
_SPEAKER_NEXT: Final = compiled(
    rf"^\s*[.!?]?\s*(?:Así\s+lo|So|That\s+is\s+what|Eso\s+(?:lo\s+)?)\s*(?:{_QUOTE_VERBS})\s+"
    r"(?P<src>[^“”\"«».]{2,200}?)\s*(?:[.!?]|$)",
    re.IGNORECASE,
)
_SPEAKER_BEFORE: Final = compiled(
    r"(?P<src>[^.“”\"«»]{2,120}?)\s+(?:said|says|added|told\s+\w+|dijo|afirmó|explicó|"
    r"señaló|agregó|añadió|aseguró|indicó|declaró)(?:\s+that|\s+que)?\s*[:,]?\s*$",
    re.IGNORECASE,
)
# How every match of _SPEAKER_BEFORE ends: a cheap test (the engine jumps from whitespace to
# whitespace) before the search that tries a lazy 120-character name at each position.
_SPEAKER_TAIL: Final = compiled(
    r"\s(?:said|says|added|told\s+\w+|dijo|afirmó|explicó|"
    r"señaló|agregó|añadió|aseguró|indicó|declaró)(?:\s+that|\s+que)?\s*[:,]?\s*$",
    re.IGNORECASE,
)


def find_quotes(text: str) -> list[Quote]:
    """Quotations in a text and their speakers; an untagged quotation right after a tagged one
    (nobody else named between them) continues it."""
    quotes: list[Quote] = []
    position = 0
    length = len(text)
    while position < length:
        opening = min(
            (i for i in (text.find(ch, position) for ch in _OPEN_CLOSE) if i >= 0), default=-1
        )
        if opening < 0:
            break
        closer = _OPEN_CLOSE[text[opening]]
        closing = text.find(closer, opening + 1)
        if closing < 0 or closing - opening > 3000:
            break
        after = text[closing + 1 : closing + 260]
        before = text[max(0, opening - 160) : opening]
        speaker = None
        tag_end = closing + 1
        tag = _SPEAKER_AFTER.match(after)
        if tag:
            speaker = (tag.group("src") or tag.group("src2") or "").strip(" ,.")
            tag_end = closing + 1 + tag.end()
        elif (following := _SPEAKER_NEXT.match(after)) is not None:
            speaker = _cut_es_tail(following.group("src")) or ""
            cut = _SRC_CUT.search(speaker)
            speaker = speaker[: cut.start()] if cut else speaker
        else:
            lead = _SPEAKER_BEFORE.search(before) if _SPEAKER_TAIL.search(before) else None
            if lead:
                speaker = lead.group("src").strip(" ,.")
        if speaker is not None:
            speaker = _clean_source(speaker, cut_tail=False)
            if speaker is not None and not _acceptable(speaker):
                speaker = None
        if speaker is None and quotes and quotes[-1].speaker:
            between = text[quotes[-1].tag_end : opening]
            if not re.search(r"\b(?:said|says|according|dijo|según|informó)\b", between):
                speaker = quotes[-1].speaker
        quotes.append(Quote(opening, closing + 1, speaker, tag_end))
        position = closing + 1
    return quotes


# A bare acronym as a source ('the IOM said', 'ICE'): 2 to 6 capitals, with or without 'the'.
_ACRONYM_SOURCE: Final = compiled(r"(?:[Tt]he\s+)?(?P<acronym>[A-Z]{2,6})")
# The small words a name may hold between the words its acronym takes its letters from
# ('International Organization for Migration', 'Immigration and Customs Enforcement').
_ACRONYM_GLUE: Final = r"\s+(?:(?:of|for|and|on|the|de|del|la|las|los|y|para)\s+)*"


@lru_cache(maxsize=256)
def _acronym_pattern(acronym: str) -> re.Pattern[str]:
    """The words an acronym's letters start, with the small words a name holds between them."""
    return compiled(r"\b" + _ACRONYM_GLUE.join(rf"{letter}[\w'’-]+" for letter in acronym) + r"\b")


def expand_acronym(source: str, text: str, end: int) -> str | None:
    """The name an acronym stands for, as the text spelled it out before `end` ('ICE' after
    'Immigration and Customs Enforcement operated ...'); None when the text never spelled it
    out. (Only for a back-reference's target: a source named by its acronym, 'the IOM said',
    is written as the text names it.)"""
    found = _ACRONYM_SOURCE.fullmatch(source.strip())
    if found is None:
        return None
    acronym = found.group("acronym")
    # (the last 20,000 characters before it: a name spelled out earlier in a long article)
    first = max(0, end - 20000)
    name = None
    for match in _acronym_pattern(acronym).finditer(text, first, end):
        name = match
    if name is None:
        return None
    before = text[max(first, name.start() - 4) : name.start()]
    return ("the " if before.lower().endswith("the ") else "") + name.group(0)
