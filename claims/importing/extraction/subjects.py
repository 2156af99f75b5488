"""What a figure measures, as a noun phrase: "homicide rate in Guatemala", "people killed by floods
in Pakistan", "share of households that lost income", "tasa de homicidios en Honduras".

Built from the figure's clause with the source, the time expressions and the numbers left out,
so that the subject is never the publisher or a verb phrase standing alone. English and Spanish.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from claims.importing.extraction.gates import EndMark, EndWord, compiled, odd_case
from claims.importing.extraction.places import (
    SPANISH_NAMES,
    demonym_country_es,
    ends_with_place,
    is_demonym,
    is_place,
)
from claims.importing.extraction.text import CaseBlind, folded, lower
from claims.importing.extraction.words import CHANGED_OBJECT_ES, VERB_OBJECT_LEADS_EN, word_set

_NEXT_FIGURE: Final = (
    r"(?=(?:[\w-]+\s){0,2}?(?:\d|two|three|four|five|six|seven|eight|nine|ten|more\s|about\s|"
    r"some\s|nearly\s|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|mil\s|más\s|casi\s|"
    r"unos\s|unas\s))"
)
_DIGIT: Final = compiled(r"\d")
_Y_CLAUSE_ES: Final = compiled(
    r"(?:el|la|los|las)\s+(?:[\w-]+\s+){1,4}?(?:el\s+|la\s+|en\s+|al?\s+)?\d"
)
# (each alternative after its first character, so that a space or a comma is tried once)
_CLAUSE_BREAK: Final = {
    "en": folded(
        # ('The claim is false: the unemployment rate was 7.9 percent': a colon between
        # two clauses that each have a verb)
        r";|:\s(?=(?:according\s+to\s[^,]{3,90},\s+)?[a-z])"
        r"|,\s*(?:(?:and|but|while|whereas|though|although|or)\b|(?=up\s|down\s))"
        # ('a surplus of $2.4 billion in January, as copper exports climbed 19 percent': ', as'
        # before a noun phrase and a verb of change opens a clause with its own subject)
        r"|,\s*as\s(?=(?:[a-z][\w-]*\s){1,3}(?:rose|fell|climbed|jumped|grew|dropped|declined|"
        r"increased|decreased|slipped|slumped|surged|eased|gained|soared|plunged|tumbled|edged|"
        r"contracted|expanded|shrank|slowed|accelerated)\b)"
        # ('people aged 65 and older reached 96 percent': the end of an age group, no clause)
        rf"|\s(?:[—–]\s|and\s(?!(?:older|over|above|younger|under)\s){_NEXT_FIGURE}"
        # ('fell to 260,000 tonnes as the fleet of 115 purse-seiners faced a ban': 'as' before
        # 'the', 'its' or 'their' opens a clause of its own; not 'such as the', 'as many as the',
        # nor 'as a result of'. The looks back come after the space and the 'a', so that the
        # engine tries them only there, not at every character.)
        r"|a(?<!such\sa)(?<!\bas\s(?:much|many|well|long|high|soon)\sa)(?<!\bas\sfar\sa)"
        r"(?<!\bso\sa)s\s(?=(?:the|its|their)\s))",
    ),
    "es": folded(
        r";|:\s|,\s*(?:(?:y|pero|mientras|aunque|o|cuando|donde|(?:con|por)\s+lo\s+que)\b"
        r"|(?=lo\s+que\s)|(?=(?:un|una)\s+\d))"
        r"|\s(?:[—–]\s|(?=y\s+(?:el|los|las)\s+(?:resto|demás)\b)"
        rf"|y\s{_NEXT_FIGURE})",
    ),
}
_VERBS_EN: Final = word_set(
    """is are was were be been being am has have had will would could may might can shall
    should must do does did fell rose dropped declined increased decreased grew climbed jumped
    reached stood totaled totalled totals hit remained remains stayed accounted amounted killed left
    won took owe owes owed recorded registered reported deported detained arrested burned
    destroyed affected displaced received got lost gained topped exceeded surpassed doubled
    tripled marched died approved deployed set raised cut rank ranks ranked live lives lived
    say says said estimate estimates estimated expected projected aims aim plans plan house
    houses housed hold holds held attempt attempts crossed fled voted went came make makes made
    affected spent spend spends earn earns earned cost costs borrowed face faces faced drowned
    peaked lost loses shut gave employs employ lent lends paid bought sold built sent wired
    brought brings generated generates yielded yields fetched expect expects predict predicts
    predicted anticipate anticipates anticipated shrank shrunk stands led need needs needed
    require requires required receive receives bring allocates earmarks serves reaches averaged
    suffer suffers suffered lack lacks ran qualify qualifies qualified operates manages"""
)
_AUX_EN: Final = word_set(
    "is are was were be been being am has have had will would could may might can shall should "
    "must do does did also still now already"
)
_VERBS_ES: Final = word_set(
    """es son fue fueron era eran ser sido está están estaba estaban estuvo ha han había
    habían hubo será serán podría podrían podrá podrán puede pueden debería deberían
    beneficia benefician atiende atienden vacunan capacita capacitan alberga albergan
    acoge acogen protege protegen se tiene
    tienen tenía tenían hay suma suman sumaron sumó alcanzaron alcanzó
    bajaron bajó subieron subió cayó cayeron aumentó aumentaron disminuyó disminuyeron creció
    crecieron registró registraron murieron murió perdió perdieron dejaron dejó cerró cerrará
    llegaron llegó enfrentan enfrenta viven vive esperan espera pasaron pasó cruzaron cruzó
    deportaron deportó capturaron capturó detuvo detuvieron provienen proviene corresponden
    corresponde destinará destinó representa representan ubicó ubica afecta afectan
    atendidos atendidas fueron tendrá tendrán habrá habrán recibe reciben recibió recibieron
    recibirá recibirán contará contarán obtuvo obtendrá representó representaron
    crezca crezcan aumente aumenten disminuya disminuyan caiga caigan baje bajen suba suban
    alcance alcancen supere superen llegue lleguen cierre cierren sea sean llega alcanza
    supera asciende rebasa acumula totaliza registra reporta hemos he ascendía necesita
    necesitan requiere requieren provino provinieron vino vinieron tuvo tuvieron hizo hicieron
    puso pusieron dio dieron trajo trajeron produjo produjeron redujo redujeron equivale
    equivalen asigna asignan destina destinan superan superó superaron mantuvo mantiene
    recortó elevó fijó sigue siguen continúa continúan eleva elevan reduce reducen sitúa gasta
    emplea emplean empleó cuenta cuentan depende dependen carece carecen padece padecen sufre
    sufren trabaja trabajan estudia estudian utiliza utilizan consume consumen posee poseen
    aprueba aprueban desaprueba desaprueban considera consideran cree creen prefiere prefieren
    quiere quieren opina opinan percibe perciben
    ascienden ascendió ascendieron
    gastan correspondía correspondían pertenecía provenía procedía vivía padecía sufría
    residía ronda rondan rondó rondaron rondaba obtenía obtenían dispone disponen disponía
    disponían agrupa agrupan"""
)
# Verbs that report what follows 'que'/'that': the figure's subject is in the reported clause.
_REPORTING: Final = word_set(
    """informó informa dijo dice estimó estima estiman prevé prevén proyecta proyectan calcula
    calculan señaló indicó reportó explicó aseguró afirmó espera esperan anticipa anunció reveló
    confirmó detalló revela revelan muestra muestran mostró señala señalan indica indican
    advierte advirtió destaca destacó añadió agregó añade agrega precisó puntualizó subrayó
    recalcó sostuvo declaró said says estimated estimates expects expect forecast
    forecasts projected projects reported warned announced added noted adding noting saying
    warning"""
)
_AUX_ES: Final = word_set(
    "se he hemos ha han había habían fue fueron es son está están ya también aún resultaron "
    "resultó quedaron quedó sido"
    # ('permanecen recluidos 412 pandilleros', 'siguen desaparecidas 45 personas': a verb that
    # keeps a state is no participle of its own)
    " permanecen permanece permanecían permanecía siguen sigue continúan continúa"
)
_DETERMINERS: Final = word_set(
    "the a an this that these those its their his her our some all such el la los las un una "
    "unos unas este esta estos estas ese esa esos esas su sus dicho dicha"
)
_STRIP_WORDS: Final = word_set(
    """nationwide overall alone still only just officially also now already record a total
    total some about nearly roughly around almost approximately estimated an estimated
    further additional more less other new apenas solo sólo casi unos unas alrededor cerca
    aproximadamente récord total además también ya aún"""
)
_LEAD_PREPOSITIONS: Final = word_set(
    "in on at during over throughout en durante para since desde hasta until"
)
_TRAILING: Final = word_set(
    "of in to at on de en a al from by with for para con durante during desde since hasta until "
    "through throughout between amid entre tras"
)
_LEAD_EN: Final = compiled(
    r"^(?:(?:still|meanwhile|officially|however|moreover|separately|in\s+total|overall|"
    r"overnight|nationally|nationwide|elsewhere|altogether|together|statewide|locally|"
    r"in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+alone|of\s+(?:that|those|them|these))"
    r",?\s+)+",
    re.IGNORECASE,
)
_LEAD_ES: Final = compiled(
    r"^(?:(?:además|también|asimismo|por\s+su\s+parte|de\s+ese\s+total|del\s+total|"
    r"de\s+esa\s+cifra|(?:ese|aquel|el\s+mismo)\s+(?:día|mes|año)|"
    r"en\s+tanto|mientras\s+tanto|por\s+(?:mes|meses|departamento|departamentos|municipio|"
    r"municipios|región|regiones|país|países|sexo|edad|edades|tipo|género|causa|delito)|a\s+nivel\s+(?:nacional|mundial|regional|departamental)|"
    r"en\s+(?:la\s+región|el\s+país|la\s+capital|el\s+departamento|el\s+estado|total|"
    r"promedio|todo\s+el\s+país)),?\s+)+",
    re.IGNORECASE,
)
_INCREASE: Final = compiled(
    r"\b(?:rose|rise|risen|rises|grew|grow|grown|grows|increased|increase|jumped|climbed|gained|"
    r"surged|rebounded|"
    r"soared|up|more|higher|raise|raised|expanded|expands?|expansion|avanz(?:ó|aron|a|an)|aumento|aument(?:ó|aron|a|an|ará|arán)|"
    r"sub(?:ió|ieron|e|en|irá|irán)|subida|suba(?!\w)|repunte|crec(?:ió|ieron|e|en|erá|erán)|incremento|"
    r"increment(?:ó|aron|a|an|ará|arán)|repunt(?:ó|aron|a|an)|dispar(?:ó|aron)|más|alza|mayor|"
    r"encarec(?:ió|ieron|e|en)|super(?:a|an|ó|aron)(?=\s+en\b)|"
    r"superior)\b",
    re.IGNORECASE,
)
_CHANGE_WORDS: Final = {
    "grew": "growth of", "grow": "growth of", "growth": "growth of", "creció": "crecimiento de",
    "crecieron": "crecimiento de", "crecimiento": "crecimiento de", "caída": "caída de",
    "cayó": "caída de", "cayeron": "caída de", "disminución": "disminución de",
    "disminuyó": "disminución de", "disminuyeron": "disminución de", "descenso": "descenso de",
    "incremento": "incremento de", "alza": "alza de", "reducción": "reducción de",
    "aumento": "aumento de", "subida": "subida de", "suba": "suba de", "bajada": "bajada de",
    "repunte": "repunte de",
    "retroceso": "retroceso de",
    "crecerá": "crecimiento de", "crecerán": "crecimiento de", "crezca": "crecimiento de",
    "crezcan": "crecimiento de", "caerá": "caída de", "caerán": "caída de", "caiga": "caída de",
    "caigan": "caída de", "contracted": "contraction of", "contraction": "contraction of",
    "contract": "contraction of", "contracts": "contraction of", "expanded": "growth of",
    "expand": "growth of", "expands": "growth of", "expansion": "growth of",
    "contrajo": "contracción de", "contrajeron": "contracción de", "contracción": "contracción de",
}  # fmt: skip
# Changes still to come ('crecerán', 'que la economía crezca'): a percentage that is a change.
_COMING_CHANGE: Final = compiled(
    r"(?:crecer|aumentar|subir|caer|bajar|disminuir|reducir)(?:á|án)|crezcan?|aumenten?|suban?"
    r"|caigan?|bajen?|disminuyan?|reduzcan?",
    re.IGNORECASE,
)
_CHANGE_WORD: Final = CaseBlind(
    r"\b(?:" + "|".join(sorted(_CHANGE_WORDS, key=len, reverse=True)) + r")\b"
)
_PERCENT_BELOW_ABOVE: Final = compiled(
    r"[^,;%]{0,25}?(?:%|\bpercent|\bper\s+cent)\s+(below|above)\b", re.IGNORECASE
)
# ('un 5 % por encima del total de 2022', 'un 12 % por debajo de los niveles de 2019')
_PERCENT_BELOW_ABOVE_ES: Final = compiled(
    r"[^,;%]{0,25}?(?:%|\bpor\s+ciento)\s+por\s+(debajo|encima)\b"
)
_LESSER: Final = compiled(r"\b(?:menor|inferior|lower)\b", re.IGNORECASE)
_DECREASE: Final = CaseBlind(
    r"\b(?:fell|fall|fallen|dropped|drop|declined|decline|decreased|decrease|lost|lose|"
    r"shrank|shrunk|down|less|fewer|lower|cut|reduced|slid|plunged|tumbled|"
    r"slipped|slumped|dipped|plummeted|weaken|weakens|weakened|depreciated|devalued|"
    r"baj(?:ó|aron|a|an|ará|arán)|"
    r"cay(?:ó|eron)|cae|caen|caerá|caerán|disminuy(?:ó|eron|e|en)|disminuirá|disminuirán|descend(?:ió|ieron)|redu(?:jo|jeron)|"
    r"retroced(?:ió|ieron)|contra(?:jo|jeron)|merm(?:ó|aron)|abarat(?:ó|aron|a|an)|"
    r"reducción|disminución|menos|caída|baja|bajada|retroceso|descenso)\b"
)
_PARTICIPLE_OF: Final = {
    "holds": "held", "hold": "held", "won": "won", "took": "taken", "received": "received",
    "controls": "controlled", "house": "housed", "houses": "housed", "got": "got",
    "has": "held", "have": "held", "owns": "owned",
    "killed": "killed", "affected": "affected", "displaced": "displaced", "detained":
    "detained", "deported": "deported", "arrested": "arrested", "destroyed": "destroyed",
    "injured": "injured", "burned": "burned", "evacuated": "evacuated", "deployed": "deployed",
    "distributed": "distributed", "delivered": "delivered", "vaccinated": "vaccinated",
    "rescued": "rescued", "left": "left", "apprehended": "apprehended", "captured": "captured",
    "seized": "seized", "bought": "bought", "sold": "sold", "built": "built",
    "gave": "given", "caught": "caught", "found": "found", "sent": "sent", "shut": "shut",
    "need": "needed", "needs": "needed", "require": "required", "requires": "required",
    "receive": "received", "receives": "received",
    # ("The reservoirs supply about 6 million people": 'people supplied by reservoirs')
    "supply": "supplied", "serve": "served",
}  # fmt: skip
# The nouns that head a force or an authority, which acts and counts: "Border agents made
# 218,000 arrests" -> 'arrests made by border agents'.
_ACTOR_HEADS_EN: Final = word_set(
    """police officers agents troops soldiers government authorities ministry army navy guard
    guards patrol forces military officials prosecutors investigators inspectors rangers
    firefighters rescuers marines deputies workers"""
)
# The verbs by which they act, with their participles (and any verb in -ed).
_ACTING_EN: Final = {
    "made": "made", "make": "made", "makes": "made", "gave": "given", "gives": "given",
    "took": "taken", "shut": "shut", "carried": "carried", "seized": "seized",
    "caught": "caught", "found": "found", "held": "held", "brought": "brought",
    "sent": "sent", "issued": "issued",
}  # fmt: skip
_PARTICLES_EN: Final = word_set("down up off out")
# (an actor that counts is the source, never part of what was measured: 'killings in Honduras')
_NOT_ACTING_EN: Final = word_set(
    "said estimated expected projected aimed planned recorded registered reported counted"
)


# Who receives money, or a word for money that moves: the money named before is what they
# measure ("families received $1.6 billion", "inflows rose 1.4 percent, to $2.7 billion").
_RECIPIENTS_EN: Final = word_set(
    "families households recipients beneficiaries country nation familias hogares país nación "
    "beneficiarios"
)
_RECEIVING_EN: Final = word_set(
    "received receive receives got get recibió recibieron recibe reciben recibían captó captaron "
    "vendió vendieron exportó exportaron"
)
_FLOWS_EN: Final = word_set("inflows outflows flows transfers payments envíos flujos giros")
_SENDING_EN: Final = word_set("sent send sends wired")
_FLOW_POINTER_WORDS: Final = word_set(
    "the these those such their its those total monthly weekly daily average new los las sus "
    "estos estas esos esas"
)


# Spanish verbs by which money comes in, with no word of what it is ("ingresaron 836 millones").
_FLOWED_IN_ES: Final = frozenset(
    {"ingresaron", "ingresó", "entraron", "entró", "llegaron", "llegó", "se recibieron"}
)


def _flow_pointer(own_np: str, verb_words: list[str]) -> bool:
    """Whether a subject stands for the money named before rather than naming a measure."""
    words = own_np.split()
    if not words or len(words) > 3:
        return False
    head = words[-1].lower()
    if head in _FLOWS_EN:
        # ('Pension payments would cost the state $1.1 billion': a kind of payment names a
        # measure of its own; 'The transfers', 'Monthly payments' point back)
        return all(w.lower() in _FLOW_POINTER_WORDS for w in words[:-1])
    verbs = {w.lower() for w in verb_words[:3]}
    return head in _RECIPIENTS_EN and bool(verbs & _RECEIVING_EN)


# English verbs that name the money they bring ("exports earned $2.1 billion").
# Verbs of spending money on something, and the noun of that money.
_SPENT_EN: Final = {
    "spent": "spending", "spends": "spending", "spend": "spending", "invested": "investment",
    "invests": "investment", "invest": "investment",
}  # fmt: skip
# ", when U.S. markets were closed for Labor Day," an aside on the time of what follows
_WHEN_ASIDE_EN: Final = compiled(r", when [^,;:()\d]{3,80}?,(?= [A-Za-z])")
# English verbs by which money is borrowed or lent, and the noun of that money.
_MONEY_ACTS_EN: Final = {
    "borrowed": "borrowing", "borrows": "borrowing", "lent": "lending", "lends": "lending",
}  # fmt: skip
# Money bought or sold by who names it ('bought $285 million': its purchases).
_TRADED_MONEY_EN: Final = {
    "bought": "purchases", "buys": "purchases", "sold": "sales", "sells": "sales",
}  # fmt: skip
_MONEY_WORDS_EN: Final = word_set("pounds dollars euros pesos yen reais rupees francs")
# Words that open a clause or a comparison, never the thing an 'in' names.
_STRANDED_IN_NEXT_EN: Final = word_set(
    "and or but as while when after before because since with amid despite than from to up down"
)
# What a figure compared with the one before follows ('up from 250,000', 'compared with 12').
_COMPARED_FROM_EN: Final = compiled(
    r"\b(?:up|down|from|compared\s+(?:with|to)|against|versus)\s+(?:(?:about|some|nearly|almost"
    r"|roughly|around|just|only)\s+)?$",
    re.IGNORECASE,
)
# English verbs by which a programme or service reaches the people it serves, and those people.
_SERVING_EN: Final = word_set("reached reaches served serves covered covers benefited benefits")
_SERVED_UNITS_EN: Final = word_set(
    """beneficiaries families households students users members subscribers recipients
    pensioners"""
)
# Words that open the next clause after a figure's phrase ('... and fell to', '... as output').
_CLAUSE_OPENERS_EN: Final = word_set("and or but as while when after before because amid despite")
# English verbs by which money is needed ('needs $8.5 million', 'will require $40 million').
_NEEDING_EN: Final = word_set("need needs needed require requires required")
_MONEY_NOUNS_EN: Final = {
    "earned": "earnings", "earns": "earnings", "earn": "earnings", "lent": "loans",
    "lends": "loans", "donated": "donations", "pledged": "pledges", "paid": "payments",
    "save": "savings", "saves": "savings", "saved": "savings",
    # ("The vote cost about 1.6 billion pesos": the cost of the vote, not the vote)
    "cost": "cost", "costs": "cost",
}  # fmt: skip
# ('must save £108 million', 'will save'): the verb after a modal names the money as well.
_MODALS_EN: Final = word_set("will would must could should can may might")


# "a gallon", "per barrel" after money: a price by the unit (not "a year", a cost per time).
_PER_GOOD_EN: Final = compiled(
    r"\s+(?:a|an|per)\s+(?!(?:year|month|week|day|hour)\b)[a-z]", re.IGNORECASE
)
# Units that measure an amount rather than count things ('hectares', not 'arrests').
_MEASURE_UNITS_EN: Final = word_set(
    """hectares acres tonnes tons kilograms kilos pounds barrels bags megawatts gigawatts
    kilometers kilometres miles liters litres gallons millimetres millimeters meters metres"""
)
_TIME_UNITS_EN: Final = word_set("days weeks months years hours minutes")
_DURATION_HEADS_EN: Final = word_set("wait waits delay delays stay stays duration length")
_MEASURE_UNITS_ES: Final = word_set(
    """hectáreas manzanas toneladas quintales kilogramos kilos libras barriles sacos megavatios
    gigavatios kilómetros metros litros galones onzas"""
)
# ", pero el miércoles tenía": a verb of having with no subject of its own, after a clause's.
_BUT_HAD_ES: Final = compiled(
    r",\s+(?:pero|y|aunque|mientras\s+que)\s+(?:[^\s,]+\s+){0,3}?(?:tenía|tenían|tiene|tienen|"
    r"contaba\s+con|contaban\s+con|cuenta\s+con|cuentan\s+con|albergaba|albergaban)\s+"
    r"(?:(?:unos|unas|casi|más\s+de|cerca\s+de|alrededor\s+de)\s+)?$",
    re.IGNORECASE,
)
# "camas del Hospital Roosevelt": the named holder at the end of a subject.
_HELD_BY_ES: Final = compiled(
    r"\s(?:del|de\s+la)\s+[A-ZÁÉÍÓÚÑ][\w()-]*(?:\s+[A-ZÁÉÍÓÚÑ(][\w()-]*)*$"
)
_LIMIT_OF_ES: Final = compiled(
    r"\b(?:un|el|del|al|su)\s+(?:límite|tope)\s+(?:máximo\s+)?de\s+(?:hasta\s+)?$", re.IGNORECASE
)
_AREA_UNITS_ES: Final = frozenset(
    ("hectáreas", "kilómetros cuadrados", "manzanas", "metros cuadrados", "acres")
)
# "La reserva" before ', de N hectáreas,': the noun phrase the aside is set on, opening the
# sentence or its clause.
_AREA_HOLDER_ES: Final = compiled(
    r"(?:^|[,;]\s+)[\"“]?(?P<a>[Ee]l|[Ll]a|[Ll]os|[Ll]as)\s+(?P<n>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})$"
)
_SPAN_UNITS_ES: Final = word_set("días semanas meses años horas minutos")
# Units that hold or measure a substance, whose 'de' phrase says what ('toneladas de cocaína',
# 'cajetillas de cigarrillos', 'quintales de café'), and the words that end that phrase.
_CONTAINER_UNITS_ES: Final = _MEASURE_UNITS_ES | word_set(
    "cajetillas cajas bolsas paquetes botellas tambos cilindros dosis piezas unidades cargamentos"
)
_CUT_HELD_ES: Final = word_set(
    "en a al por para desde hasta durante con contra entre según que y e o sin sobre tras hacia"
)
_HOLIDAY_NAME_ES: Final = compiled(
    r"Semana\s+Santa|Navidad|Nochebuena|Año\s+Nuevo|(?:Viernes|Jueves)\s+Santo", re.IGNORECASE
)
# English verbs of intention before 'to' and a verb ('plans to hire 500 nurses').
_INTENT_EN: Final = word_set(
    "plans plan planned aims aim aimed intends intend intended wants want wanted hopes hope "
    "hoped seeks seek sought pledged promised vowed expects expect expected"
)
_ESTIMATED_ES: Final = word_set(
    "estima estiman estimó estimaron calcula calculan calculó cifra cifró"
)
# English verbs of a measure's movement, read by both level sets below.
_MOVED_EN: Final = word_set("fell rose dropped climbed grew declined increased decreased")
_LEVEL_VERBS_EN: Final = _MOVED_EN | word_set(
    "reached hit topped exceeded surpassed stood totaled totalled amounted covered slowed averaged"
)
# Verbs by which an English measure comes to a level ('narrowed to', 'rose to').
# The same verbs in their bare form ('would rise to', 'Exports rise 5 percent').
_BARE_MOVES_EN: Final = word_set("rise fall grow climb drop decline increase")
_TO_LEVEL_VERBS_EN: Final = (
    _MOVED_EN
    | _BARE_MOVES_EN
    | word_set(
        "risen fallen narrowed widened eased shrank edged slipped jumped surged narrow widen ease "
        "shrink"
    )
)
# Words that point back at the measure named before ('the pace', 'the figure').
_POINTERS_EN: Final = word_set("pace figure total number amount level tally count toll")


def _measured_by(own_np: str, main: str, unit: str, figure: SubjectInput) -> str:
    """The measure a subject names when the figure is its amount in a unit of measure."""
    if main not in _LEVEL_VERBS_EN:
        return ""
    words = own_np.split()
    unit_words = unit.lower().split()
    if len(unit_words) >= 3 and unit_words[-2] == "per":
        # "averaged 990,000 barrels per day": a flow, measured in its volume's unit
        unit_words = unit_words[:-2]
    last_unit = unit_words[-1]
    if last_unit not in _MEASURE_UNITS_EN and not (
        # ("The average wait for an operation reached 396 days": a span of time measures a
        # wait, a delay or a stay)
        last_unit in _TIME_UNITS_EN and any(w.lower() in _DURATION_HEADS_EN for w in words)
    ):
        return ""
    if not words or len(words) > 6 or is_place(own_np):
        return ""
    if words[-1].lower() in _POINTERS_EN and len(words) <= 2:
        return _no_place_tail(figure.earlier_subject or "")
    if words[-1].lower() in _ACTOR_HEADS_EN or own_np.lower() in _PRONOUN_SUBJECTS:
        return ""
    return _strip_place_words(own_np)


def _thing_measured(unit: str, rest: str) -> tuple[str, str]:
    """'2.3 tonnes of cocaine' -> ('cocaine', ...): what an amount in a unit of measure is of."""
    words = rest.split()
    if (
        len(words) > 1
        and words[0].lower() == "of"
        and unit
        and unit.split()[-1].lower() in _MEASURE_UNITS_EN
    ):
        noun = _cut_np(words[1:4], "en")
        if noun:
            return " ".join(noun), " ".join(words[1 + len(noun) :])
    if (
        len(words) > 1
        and words[0].lower() == "of"
        and unit
        and words[1].lower() not in _PRONOUN_SUBJECTS | _OF_POINTERS_EN
    ):
        # "opened 41,200 cases of violence against women": the kind of cases goes with them
        # ('cases of violence against women opened by ...', not 'cases opened of violence').
        noun = _cut_np(words[1:6], "en")
        if noun:
            return f"{unit} of {' '.join(noun)}", " ".join(words[1 + len(noun) :])
    return unit, rest


_OF_POINTERS_EN: Final = word_set("them those these which whom all")
# ('40 clinics of its own': whose they are, not what kind)
_OWN_WORDS_EN: Final = word_set("its their his her our my your whom which them those these")


def _own_rate(verb_words: list[str]) -> str:
    """'benchmark rate' in 'lowered its benchmark rate to': a rate the subject sets or has."""
    lowered = [w.lower() for w in verb_words]
    for at, word in enumerate(lowered):
        if word in ("its", "their"):
            for end in range(at + 1, min(at + 5, len(lowered))):
                if lowered[end] in ("rate", "rates"):
                    return " ".join(verb_words[at + 1 : end + 1])
    return ""


_TIME_NOUNS_EN: Final = word_set(
    "season year years quarter quarters month months week weeks half period decade days day "
    "harvest semester"
)


def _is_owner(phrase: str) -> bool:
    """Whether a phrase names an organisation or a place that 'its' can stand for."""
    words = phrase.split()
    if not words or len(words) > 6 or any(ch.isdigit() for ch in phrase):
        return False
    return (
        words[-1].lower() in _ACTOR_HEADS_EN
        or _SOURCE_HEAD.search(phrase) is not None
        or is_place(phrase)
    )


_HAVING_EN: Final = word_set("has have had")
_EMPLOYING_EN: Final = word_set("employs employ employed")
# What an organisation runs: "operates 122 facilities", "runs 40 shelters".
_OPERATING_EN: Final = {
    "operates": "operated",
    "operated": "operated",
    "manages": "managed",
    "managed": "managed",
}
_PEOPLE_UNITS_EN: Final = word_set("people persons workers")
# What no organisation is: a place named by a common noun, a person.
_NOT_OWNERS_EN: Final = word_set(
    """country nation city state region department province municipality capital island
    town village area it they he she we i you"""
)


def _possessed(own_np: str, main: str, unit: str) -> str:
    """'members of Mexico's National Guard' for "Mexico's National Guard has 130,000 members",
    'employees of the waterway' for "The waterway employs about 8,000 people"; '' otherwise."""
    words = own_np.split()
    if main in _OPERATING_EN and own_np.lower() in _PRONOUN_SUBJECTS:
        return unit  # ("It operates 122 facilities": the facilities, its owner named before)
    if (
        not words
        or len(words) > 6
        or words[-1].lower() in _NOT_OWNERS_EN
        or is_place(own_np)
        or _POPULATION_NOUN.search(own_np)
    ):
        return ""
    if main in _EMPLOYING_EN:
        noun = "employees" if unit.lower() in _PEOPLE_UNITS_EN else f"{unit} employed"
        return f"{noun} {'by' if noun.endswith('ed') else 'of'} {own_np}"
    if main in ("numbers", "numbered"):
        # "The country's labor force numbers about 3.1 million people": the labor force.
        if words[0].lower().rstrip("s").rstrip("'’") in _NOT_OWNERS_EN and len(words) > 1:
            words = words[1:]
        return _strip_place_words(" ".join(words))
    if main in _HAVING_EN and unit.split()[-1].lower() in _MEMBER_UNITS_EN:
        return f"{unit} of {own_np}"

    if main in _OPERATING_EN and words[0].lower() not in _POINTERS_EN:
        # "The federal Bureau of Prisons operates 122 facilities": the facilities it runs.
        return f"{unit} {_OPERATING_EN[main]} by {own_np}"
    if (
        main in _MOVED_EN
        and unit.split()[-1].lower() in _HELD_UNITS_EN
        and not any(w.lower() in _POINTERS_EN for w in words)
        and own_np.lower() not in _PRONOUN_SUBJECTS
    ):
        # "Far-right Vox fell to 33 seats", "The force grew to 12,000 officers": what the one
        # named holds came to that level ('seats of Far-right Vox', not 'Far-right Vox').
        return f"{unit} of {own_np}"
    return ""


_MEMBER_UNITS_EN: Final = word_set(
    """members employees staff workers officers agents troops soldiers personnel prosecutors
    judges teachers doctors nurses volunteers inmates prisoners students affiliates partners
    beds branches offices schools clinics hospitals"""
)
# What a party, a force or an institution holds, which can fall or rise to a level.
_HELD_UNITS_EN: Final = _MEMBER_UNITS_EN | word_set("seats deputies lawmakers legislators senators")


def _acted_by(own_np: str, agent: str, verb: list[str], main: str) -> str:
    """The participle of what a force or an authority did to the figure's things ('made',
    'shut down'), or '' when the subject is no such actor or the verb no such act."""
    words = agent.split()
    if not words or len(words) > 4 or words[-1].lower() not in _ACTOR_HEADS_EN:
        return ""
    if main in _NOT_ACTING_EN or main in _CHANGE_VERBS:
        return ""
    participle = _ACTING_EN.get(main) or (main if main.endswith("ed") and len(main) > 4 else "")
    if not participle:
        return ""
    particles = [w.lower() for w in verb[1:3] if w.lower() in _PARTICLES_EN]
    return " ".join([participle, *particles])


_OPENING_PHRASE: Final = compiled(
    r"\s*(?:desde|durante|tras|después\s+de|antes\s+de|a\s+partir\s+de|al\s+cierre\s+de|"
    r"con\s+(?:la|el)(?=\s+\w+(?:ción|sión)\s+de\s)|"
    # ('Con el 95 % de las actas escrutadas, ...', 'With 98 percent of precincts reporting, ...')
    r"(?:con|with)\s+(?:el\s+)?\d[\d.,]*\s*(?:%|por\s+ciento|percent)|"
    r"al(?=\s+\d)|hasta(?=\s+(?:el\s+)?\d)|"
    r"al\s+final\s+de|a\s+(?:finales|principios|inicios|mediados)\s+de|since|during|after|before|"
    # ('A year after Hurricane Otis devastated Acapulco, hotel occupancy ...': when, not what)
    r"(?:a|an|one|two|three|four|five|six|several|a\s+few|\d{1,2})\s+(?:days?|weeks?|months?|"
    r"years?|decades?)\s+(?:after|before|since)|"
    # ('En el conjunto del año, el desempleo se redujo ...': when, not what)
    r"en\s+el\s+(?:conjunto|transcurso|curso|balance|cómputo)(?=\s+del?\s)|"
    # ('En comparación con 2025, los incidentes aumentaron un 6 %', 'Compared with 2024, ...':
    # what it is compared with, not what changed)
    r"en\s+comparación\s+con|comparad[oa]s?\s+con|con\s+respecto\s+a|respecto\s+a|"
    r"a\s+diferencia\s+de|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|"
    r"following|throughout)\s[^,;:]{1,80},(?:\s*(?:(?:en|in|el|on)\s[^,;:]{1,30}|"
    r"que\s[^,;:]{1,50}),)?\s*",
    re.IGNORECASE,
)
_OVER_OPENING_EN: Final = compiled(
    r"(?:over|Over)\s+the\s+(?:past|last|previous|next|same|whole|entire|course|weekend|period|"
    r"years|decade|holiday)\b[^,;:]{0,60},\s*"
)
# What money was meant for, right after it: "Q14,6 millones destinados a obras de agua potable".
_EARMARKED_ES: Final = compiled(
    r"\s+(?:de\s+(?:dólares|quetzales|lempiras|pesos|colones|euros)\s+)?"
    r"(?P<p>(?:destinad|asignad|presupuestad|dirigid|reservad)[oa]s\s+(?:a|al|para)\s+"
    r"[^,;.()]{3,70}?)(?=\s*[,;.]|\s+(?:y|que|en\s+el|durante|entre)\s|$)",
    re.IGNORECASE,
)
_PLACE_TAIL_SUBJECT_ES: Final = compiled(r"\s+en\s+[A-ZÁÉÍÓÚÑ][\w\s]*$")
# Who asked for a prison term: "La Fiscalía contra la Corrupción había pedido 18 años".
_ASKED_TERM_ES: Final = compiled(
    r"(?P<np>(?:El|La|Los|Las|el|la|los|las)\s+[^\W\d_][\w-]*"
    r"(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w-]*|de|del|la|el|contra|para|y))*)\s+(?:ya\s+)?(?:había\s+|ha\s+)?"
    r"(?:pedido|pidió|pide|pedía|solicitado|solicitó|solicita|solicitaba)\s+"
    r"(?:(?:una\s+)?(?:pena|condena)\s+de\s+)?(?:hasta\s+)?$"
)
# Whom a term was imposed on, after it: "condenó a 12 años de prisión a un exalcalde por ...".
_SENTENCED_WHO_ES: Final = compiled(
    r"\s+a\s+(?P<np>(?:un|una|el|la|los|las|dos|tres|cuatro|cinco)\s+[^\W\d_][\w-]*"
    r"(?:\s+(?:de|del)\s+[^\W\d_][\w-]*)?)(?=\s+(?:por|tras|que|acusad|señalad|hallad|"
    r"declarad)|\s*[,.;]|$)"
)
_BARE_PERIOD_ES: Final = compiled(
    r"\s+en\s+(?:el\s+|la\s+)?(?:semestre|trimestre|cuatrimestre|bimestre|periodo|período|"
    r"acumulado\s+del\s+(?:año|periodo|período))"
    r"(?=\s+en\s|$)"
)
_TOTAL_VERBS: Final = word_set(
    """suma suman sumaron sumó asciende ascienden ascendió ascendieron totalizan totalizó
    supera superan superó superaron rebasa rebasan rebasó rebasaron ascendía ascendían sumaba
    sumaban alcanzaba alcanzaban llegaba llegaban superaba superaban
    llegó llegaron llega llegan alcanzó alcanzaron alcanza alcanzan
    ronda rondan rondó rondaron rondaba rondaban
    totaled totalled totals total amounted amount"""
)
_HAVE_VERBS: Final = word_set("tiene tienen tenía has have had counts")
# A place the subject points at ("Con ello, el país suma 36 asesinatos", "La entidad acumula"):
# where the count adds up, not what is counted.
# "the country", "The island": a place named before, pointed at.
_PLACE_POINTER_NP_EN: Final = compiled(
    r"(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+)?(?:[Cc]ountry|[Nn]ation|[Ii]sland|[Ss]tate|[Rr]egion|"
    r"[Pp]rovince|[Cc]ity|[Dd]epartment|[Tt]erritory|[Cc]apital)"
)
_POPULATION_END_EN: Final = compiled(r"\s*(?:[.,;]|$|\s(?:in\s+\d{4}|as\s+of|according)\b)")
_LENGTH_UNITS_EN: Final = frozenset(
    ("meters", "metres", "feet", "kilometers", "kilometres", "km", "miles", "m", "ft")
)
_INTO_THE_SKY_EN: Final = compiled(r"\s+(?:into|in)\s+the\s+(?:sky|air|atmosphere)\b")
_SENT_UP_EN: Final = compiled(
    r"\b(?:sending|spewing|shooting|hurling|sent|spewed|shot|hurled|produced|producing)\s+"
    r"(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)\s+(?:(?:up\s+to|about|some|nearly|almost|"
    r"more\s+than|over)\s+)?$"
)
_DIMENSION_AFTER_EN: Final = compiled(r"\s+(tall|high|deep|long|wide)\b", re.IGNORECASE)
# "2,700 of the country's ", "31 of the ", "12 of its ": a part, then the whole it is of.
WHOLE_OF_PART_BEFORE_EN: Final = compiled(
    r"\d[\d,.]*(?:\s+(?:million|billion))?\s+of\s+(?:its|their|the(?:\s+[a-z]+['’]s)?)\s+$"
)
# " in the Legislative Assembly": the named body or place the whole is in.
_WHOLE_WHERE_EN: Final = compiled(
    r"\s+(in|on)\s+(?:the\s+)?([A-Za-z][\w'’-]*(?:\s+(?!(?:in|on|by|of|for|at|and|after|"
    r"since|during|from|to|with)\b)[A-Za-z][\w'’-]*){0,3})"
)
_EQUIVALENT_BEFORE_EN: Final = compiled(r"\b(?:equivalent|equal)\s+to\s+(?:the\s+)?$")
# "Debt payments account for ": what a part of a whole is, opening the sentence.
_ACCOUNT_FOR_EN: Final = compiled(
    r"[\s\"“]*(?P<np>(?-i:[A-Z])[\w'’ -]{2,60}?)\s+(?:accounts?|accounted)\s+for\s+"
)
# " of the total", " of the budget": the whole, right after the part's unit.
_OF_WHOLE_AFTER_EN: Final = compiled(
    r"\s+of\s+(?:the|its|their)\s+([a-z][a-z -]{2,30}?)(?=[.,;]|$)"
)
# " as lava flows advanced", " as prices rose": a clause of what went on meanwhile.
_AS_CLAUSE_EN: Final = compiled(
    r"\s+as\s+(?:[a-z]+\s+){1,3}?(?:[a-z]{3,}ed|was|were|had|began|rose|fell|hit|struck|"
    r"spread|grew|swept|took|came|went)\b"
)
_ASIDE_EN: Final = compiled(r",[^,]*,")
_LEADING_THE: Final = compiled(r"^[Tt]he\s+")
_DIMENSION_NOUNS_EN: Final = {
    "tall": "height",
    "high": "height",
    "deep": "depth",
    "long": "length",
    "wide": "width",
}
_PLACE_POINTER_NP_ES: Final = compiled(
    r"(?:(?:con\s+ello|con\s+esto|así|de\s+esta\s+forma|de\s+este\s+modo)\s*,?\s*)?"
    r"(?:(?:el|la|este|esta|ese|esa|dicho|dicha)\s+)?(?:país|nación|región|entidad|estado|ciudad|"
    r"departamento|capital|municipio|provincia)",
    re.IGNORECASE,
)
_POPULATION_UNIT: Final = compiled(r"^(?:habitantes|inhabitants|residents|people|personas)$", re.I)
_SOURCE_HEAD: Final = compiled(
    r"\b(?:police|policía|ministry|ministerio|agency|instituto|institute|office|oficina|"
    r"authorities|autoridades|government|gobierno|dirección|secretaría|fiscalía|observatorio|superintendencia)\b",
    re.IGNORECASE,
)
_COUNTING_VERBS: Final = word_set(
    """recorded registered reported counted had has have saw seen reached totaled totalled stood
    hit registró registraron registra registran reportó reportaron reporta reportan contabilizó
    contabilizaron contabiliza contabilizan documentó documentaron detectó detectaron sumaron sumó
    alcanzó alcanzaron hubo hay tiene tienen cerró cerrará was were is are fue fueron es son
    era eran"""
)
# The verbs by which a subject records or has a measure ('registró', 'has').
_RECORDING_VERBS: Final = _COUNTING_VERBS | _HAVE_VERBS
# Spanish counting verbs in any tense ('se contabilizaban', 'han reportado', 'registrará').
_COUNTING_STEMS_ES: Final = ("registr", "report", "contabiliz", "document", "cuantific", "acumul")
# Verbs of having in any person: what is had is counted as it is ('Tenemos 1.200 escuelas').
_HAVING_ES: Final = word_set(
    """tengo tenemos tiene tienen tenía teníamos tenían tendrá tendremos tendrán hay había
    habrá contamos cuenta cuentan existen existían llevamos lleva llevan llevaba llevaban
    llevábamos suma suman sumamos contará contarán contaba contaban dispone disponen
    disponía disponían"""
)


def _is_counting(verb: str, lang: str) -> bool:
    """Whether a verb only counts or has what the figure is ('registró', 'se reportaban')."""
    return verb in _COUNTING_VERBS or (
        lang == "es" and (verb.startswith(_COUNTING_STEMS_ES) or verb in _HAVING_ES)
    )


# (An __init__ of its own: mypyc compiles it, while a dataclass's generated methods run in the
# interpreter, thousands of constructions per article. Not frozen, as frozen would make that
# __init__ fail as Python; its fields are still never reassigned.)
@dataclass(init=False, unsafe_hash=True, slots=True)
class SubjectInput:
    """What the subject builder needs to know about one figure."""

    value_start: int
    tail_end: int
    unit: str
    unit_kind: str
    share_of: str | None
    is_change: bool
    counted: str | None
    kind: str
    place: str | None
    earlier_unit: str | None  # the count unit of an earlier figure in the sentence or paragraph
    earlier_rate: str | None = None  # what an earlier rate of the text measured ('homicide rate')
    earlier_share: str | None = None  # the last share (no change) before, in the paragraph
    earlier_subject: str | None = None  # the subject of the figure before, in the paragraph
    event: str | None = None  # the event the text is about ('bushfires', 'floods')
    earlier_count: str | None = None  # the subject of the last count before, in the paragraph
    earlier_money: str | None = None  # the last measure of money named in the paragraph
    # the subject of the last whole count before, in the paragraph ('Del total, 88 ...' is none)
    earlier_whole: str | None = None
    # the subject of the sentence before, in the paragraph (read only for 'they' or 'it')
    prior_subject: Callable[[], str | None] | None = None

    def __init__(
        self,
        value_start: int,
        tail_end: int,
        unit: str,
        unit_kind: str,
        share_of: str | None,
        is_change: bool,
        counted: str | None,
        kind: str,
        place: str | None,
        earlier_unit: str | None,
        earlier_rate: str | None = None,
        earlier_subject: str | None = None,
        event: str | None = None,
        earlier_count: str | None = None,
        earlier_money: str | None = None,
        prior_subject: Callable[[], str | None] | None = None,
        earlier_whole: str | None = None,
        earlier_share: str | None = None,
    ) -> None:
        self.value_start = value_start
        self.tail_end = tail_end
        self.unit = unit
        self.unit_kind = unit_kind
        self.share_of = share_of
        self.is_change = is_change
        self.counted = counted
        self.kind = kind
        self.place = place
        self.earlier_unit = earlier_unit
        self.earlier_rate = earlier_rate
        self.earlier_subject = earlier_subject
        self.event = event
        self.earlier_count = earlier_count
        self.earlier_money = earlier_money
        self.prior_subject = prior_subject
        self.earlier_whole = earlier_whole
        self.earlier_share = earlier_share

    @property
    def earlier_subject_head(self) -> str:
        """The earlier subject without its place ('cocaine seized in Colombia' -> ...)."""
        return _head(self.earlier_subject) if self.earlier_subject else ""


# A word or a number, without the dots and commas that may end it ("U.S." -> "U.S", "1,300." ->
# "1,300"): what each word of a subject is compared as.
_WORD: Final = compiled(r"[^\W\d_](?:[\w'’.-]*[\w'’-])?|\d(?:[\d.,]*\d)?", re.UNICODE)


# Characters that never start or end a word of _WORD: punctuation, and the dot (which it takes
# only inside a word: "U.S." -> "U.S"); unlike "'", "’" and "-", which may end one.
_NEVER_AT_WORD_EDGE: Final = '.,;:!?()[]{}"“”«»'


@lru_cache(maxsize=256)
def _indexed(text: str) -> tuple[list[int], list[int], list[str]]:
    """A text's words: their starts, their ends and the words (cached: each figure reads its
    sentence)."""
    words: list[str] = []
    for chunk in text.split():
        core = chunk.strip(_NEVER_AT_WORD_EDGE)
        if core.isalpha():
            # Most words are letters between blanks, with punctuation before or after them:
            # the letters are the one word there, as _WORD would find it.
            words.append(core)
        else:
            # (No word crosses a blank, so the chunk's words are the ones _WORD finds there.)
            words += _WORD.findall(chunk)
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for word in words:
        # Every letter and digit starts a word, so none lies between one word and the next:
        # the first place the word's text appears after the previous word is where it starts
        # (a plain search costs less than a match object per word).
        start = text.find(word, position)
        position = start + len(word)
        starts.append(start)
        ends.append(position)
    return starts, ends, words


def _merged(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted, merged [start, end) spans as two lists, for binary search."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if starts and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


_WINDOW: Final = 240


def _clause(sentence: str, start: int, end: int, lang: str) -> tuple[int, int]:
    """The clause around [start, end): between the nearest clause breaks."""
    lo, hi = max(0, start - _WINDOW), min(len(sentence), end + _WINDOW)
    for break_start, break_end in _breaks(sentence, lang):
        if break_end <= start:
            lo = max(lo, break_end)
        elif break_start >= end:
            hi = min(hi, break_start)
            break
    return lo, hi


@lru_cache(maxsize=64)
def _breaks(sentence: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Where a sentence's clauses break (read once per sentence)."""
    pattern = _CLAUSE_BREAK.get(lang, _CLAUSE_BREAK["en"])
    low = lower(sentence)
    spans = [m.span() for m in pattern.finditer(low)]
    if lang == "es":
        # '900 camas y la ocupación supera el 110 %': after a figure, a 'y' before a noun with
        # its own verb and figure opens a clause of its own (not 'el café, el banano y el
        # cardamomo representaron el 28 %', with no figure before the 'y').
        at = low.find(" y ")
        found = False
        while at != -1:
            # ('se reforestaron 11.200 hectáreas y se protegen otras 160.000': an impersonal
            # 'se' after the 'y' opens a verb of its own)
            opens = low.startswith("se ", at + 3) or _Y_CLAUSE_ES.match(low, at + 3) is not None
            if (opens and _DIGIT.search(low, max(0, at - 30), at)) or low.startswith(
                "que ", at + 3
            ):
                # ('informó que Ortega obtuvo el 75,87 % de los votos en las elecciones del
                # domingo y que la participación fue del 65,23 %': a second reported clause, with
                # its own subject)
                spans.append((at, at + 3))
                found = True
            at = low.find(" y ", at + 3)
        if found:
            spans.sort()
    if lang == "es" and "entre " in low:
        # "jóvenes de entre 15 y 24 años", "obtuvo entre el 58,3 y el 60,7 por ciento de los
        # votos": the 'y' of a range joins its two ends, no clauses.
        spans = [
            (a, b)
            for a, b in spans
            if not (low.startswith(" y ", a) and _RANGE_BEFORE_ES.search(low, max(0, a - 24), a))
        ]
    if lang == "en" and spans and ("—" in low or "–" in low):
        # "2,311 complaints, compared with 2,870 in 2023 — a decline of 19 percent": a change
        # set off by a dash, like one set off by a comma, measures the clause before it.
        spans = [(a, b) for a, b in spans if not _CHANGE_AFTER_DASH_EN.match(low, b)]
    if lang == "en" and "between " in low:
        # "Exports between January and June reached $3 billion", "between 15 and 20 hostages":
        # the 'and' of a range joins its two ends, no clauses.
        spans = [
            (a, b)
            for a, b in spans
            if not (low.startswith(" and ", a) and _RANGE_BEFORE_EN.search(low, max(0, a - 30), a))
        ]
    return tuple(spans)


_RANGE_BEFORE_ES: Final = compiled(r"\bentre\s+(?:(?:los|las|el|la)\s+)?\d[\d.,]*$")
_CHANGE_AFTER_DASH_EN: Final = compiled(
    r"(?<=[—–]\s)an?\s+(?:drop|decline|fall|decrease|reduction|rise|increase|jump|gain)\s+of\s"
)
_RANGE_BEFORE_EN: Final = compiled(r"\bbetween\s+(?:\S+\s+){0,2}\S+$")


def _kept(sentence: str, lo: int, hi: int, removed: list[tuple[int, int]]) -> list[str]:
    """The words of sentence[lo:hi] outside the removed spans."""
    starts, ends, words = _kept_tokens(sentence, tuple(removed))
    # Words are in order and do not overlap, so their ends are increasing as well.
    first = bisect_left(starts, lo)
    return words[first : max(first, bisect_right(ends, hi))]


_STRANDED_DEMONSTRATIVES: Final = word_set("este esta estos estas")
# The words that bind a removed time to its figure, left behind before it: 'through', 'by',
# 'until', 'in', 'during', 'hasta', 'desde' before a time ('the families surveyed [in April]
# had sold'), and 'the end of', 'finales de' inside one.
_STRANDED_TIME_LEADS: Final = word_set(
    "through thru until till by since from in during hasta desde"
)
_STRANDED_TIME_EDGES: Final = word_set("late early mid")
# A removed time that is a day: a weekday, or a month and its day ('Wednesday', 'Oct. 3')
_ON_DAY_EN: Final = compiled(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:Jan|Feb|Mar|Apr|May|"
    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d"
)
_RELATIVE_LEADS_EN: Final = word_set("that which who")
# A season a removed year names, with its article and preposition: 'en la cosecha [2022/2023]',
# 'durante la zafra [2023-2024]', 'in the [2023/24] season' (the words after it are kept).
_STRANDED_SEASONS: Final = word_set("cosecha zafra temporada season harvest")
_STRANDED_SEASON_LEADS: Final = word_set("la el the en durante in during for de del of")
_STRANDED_EDGES: Final = word_set(
    "end start beginning close middle finales fines inicios principios mediados cierre"
)


@lru_cache(maxsize=64)
def _kept_tokens(
    sentence: str, removed: tuple[tuple[int, int], ...]
) -> tuple[list[int], list[int], list[str]]:
    """A sentence's words outside the removed spans (starts, ends, words), once per sentence
    and spans."""
    starts, ends, words = _indexed(sentence)
    if not removed:
        return starts, ends, words
    kept_starts: list[int] = []
    kept_ends: list[int] = []
    kept_words: list[str] = []
    position = 0
    # A word is left out when it starts inside a removed span: the words of each span are a
    # run of indices, found by binary search; the runs between them are kept whole.
    for cut_start, cut_end in zip(*_merged(list(removed)), strict=True):
        first = bisect_left(starts, cut_start, position)
        if first > position and words[first - 1].lower() in _STRANDED_DEMONSTRATIVES:
            # "la graduación de 2.500 agentes este viernes": the demonstrative of a removed
            # time ('este' before 'viernes') goes with it.
            first -= 1
        if (
            first - 2 >= position
            and words[first - 1].lower() in ("of", "de")
            and words[first - 2].lower() in _STRANDED_EDGES
        ):
            # "Through the end of September, the city", "Hasta finales de septiembre, la
            # alcaldía": 'the end of' too
            first -= 2
            if first > position and words[first - 1].lower() in ("the", "a", "al", "el"):
                first -= 1
        if first > position and words[first - 1].lower() in _STRANDED_TIME_EDGES:
            first -= 1  # "In late 2023, the agency employed": 'late' too
        if first > position and words[first - 1].lower() in _STRANDED_SEASONS:
            # "alcanzaron 1.100 millones en la cosecha 2022/2023": the season is the time
            first -= 1
            for _ in range(2):
                if first > position and words[first - 1].lower() in _STRANDED_SEASON_LEADS:
                    first -= 1
        if (
            first > position
            and words[first - 1].lower() in _STRANDED_TIME_LEADS
            and not sentence.endswith(("'s", "’s"), cut_start, cut_end)
        ):
            # "Through September, the city had issued 3,150 permits": the time's preposition
            # goes with it ('through' is no part of who issued them); not before a time that
            # names a thing's day ('Turnout in [Sunday's] election').
            first -= 1
        elif (
            first - 2 >= position
            and words[first - 1].lower() == "on"
            and words[first - 2].lower().endswith("ed")
            and (first - 3 < position or words[first - 3].lower() not in _RELATIVE_LEADS_EN)
        ):
            # "the deputies elected on [Sunday]": the day's 'on' goes with it (not "the quake
            # that struck on", whose relative clause is dropped whole)
            first -= 1
        elif (
            first > position
            and words[first - 1] in ("on", "every", "each")
            and _ON_DAY_EN.match(sentence, cut_start) is not None
            # (not "the quake that struck on", whose relative clause is dropped whole)
            and (first - 3 < position or words[first - 3].lower() not in _RELATIVE_LEADS_EN)
        ):
            # "charged 14 people on [Wednesday] over the theft", "draw about 5,000 people
            # every [Saturday]": the 'on' (or 'every') of a removed day
            first -= 1
        if (
            first - 2 >= position
            and words[first - 1].lower() == "of"
            and words[first - 2].lower() == "as"
        ):
            first -= 2  # "As of Feb. 10, 45 people had died": 'as of' goes with its day
        kept_starts += starts[position:first]
        kept_ends += ends[position:first]
        kept_words += words[position:first]
        position = bisect_left(starts, cut_end, first)
    kept_starts += starts[position:]
    kept_ends += ends[position:]
    kept_words += words[position:]
    return kept_starts, kept_ends, kept_words


# Change nouns spelled like a verb of _VERBS_ES ('la suba' of Argentina and Uruguay, 'que
# suba'), and the determiners that make them nouns.
_CHANGE_NOUN_HOMOGRAPHS_ES: Final = word_set("suba subas")
_FEMININE_DETERMINERS_ES: Final = word_set(
    "la las una unas esta estas esa esas dicha nueva otra su sus"
)


def _is_verb(word: str, lang: str, previous: str | None) -> bool:
    lower = word.lower()
    if lang == "es":
        if (
            previous is not None
            and len(previous) <= 5
            and previous.lower() in _NOUN_MARKERS_ES
            and lower not in _AUX_ES
            and not lower.endswith(_ES_PAST_ENDINGS)
        ):
            # 'al cierre de 2023', 'un alza': a noun ('desde el [1 de junio] han dejado', with
            # the date taken out, is still a verb)
            return False
        if (
            lower in _CHANGE_NOUN_HOMOGRAPHS_ES
            and previous is not None
            and previous.lower() in _FEMININE_DETERMINERS_ES
        ):
            return False  # ('la suba de los precios': the change, a noun, not 'que suba')
        if (
            lower == "espera"
            and previous is not None
            and previous.lower() in ("de", "en", "la", "una", "sin")
        ):
            return False  # ('El tiempo medio de espera fue de 142 días': the noun, the wait)
        if lower in _VERBS_ES:
            return True
        if word[:1].isupper() and previous is not None:
            return False
        if (
            previous is None
            and word[:1].islower()
            and lower.endswith(("an", "en"))
            and len(lower) > 5
            and lower not in _ES_NOT_VERBS
        ):
            return True  # 'Cada día desaparecen ...': a clause that opens with its verb
        if (
            lower.endswith(_ES_FIRST_PLURAL_ENDINGS)
            and len(lower) > 5
            # (not an adjective stressed before its ending: 'los próximos cinco años',
            # 'últimos', 'mínimos')
            and not (lower.endswith("imos") and any(v in lower[:-4] for v in "áéíóú"))
        ):
            return True
        if (
            previous is not None
            and previous.lower().endswith("s")
            and lower.endswith(("an", "en"))
            and len(lower) > 4
            and lower not in _ES_NOT_VERBS
        ):
            return True
        if lower.endswith(_ES_IMPERFECT_ENDINGS) and len(lower) > 5:
            return True  # 'vivían', 'se contabilizaban'
        if (
            lower.endswith("ría")  # (one suffix first: most words are not in -ría)
            and lower.endswith(_ES_CONDITIONAL_ENDINGS)
            and len(lower) > 5
            and previous is not None
            and previous.lower() not in _NOT_BEFORE_CONDITIONAL_ES
            and previous.lower() not in _VERBS_ES
            and not previous.lower().endswith(_ES_PAST_ENDINGS)
            and lower not in _RIA_NOUNS_ES
        ):
            return True  # the conditional: 'La producción de café caería a 5,8 millones'
        return lower.endswith(_ES_PAST_ENDINGS) and len(lower) > 3
    if (
        lower in ("supply", "serve")
        and previous is not None
        and previous.endswith("s")
        and previous.lower() not in _DETERMINERS
    ):
        return True  # ('The reservoirs supply', not 'the water supply', 'food supplies')
    if lower in _VERBS_EN:
        # ('the lower house', 'the plan': a noun after a determiner or the chamber's adjective)
        return not (
            lower in _NOUN_VERBS_EN
            and previous is not None
            and previous.lower() in _DETERMINERS | _CHAMBER_ADJECTIVES_EN | _NOUN_ADJECTIVES_EN
        )
    if (
        lower in _PRESENT_MOVES_EN
        and previous is not None
        and previous.lower() not in _DETERMINERS
        and previous.lower() not in _NOT_BEFORE_PRESENT_MOVE_EN
        and (previous.lower().endswith("s") != lower.endswith("s"))
    ):
        return True  # 'Exports rise 5 percent', 'The rate climbs to 12 percent'
    if lower == "numbers":
        return previous is not None and previous.lower() not in _DETERMINERS  # 'force numbers'
    if word[:1].isupper():
        return False
    # ('the number of unemployed': a participle after 'of' names people, it is no verb)
    return (
        lower.endswith("ed")
        and len(lower) > 4
        and (previous or "").lower() not in _DETERMINERS
        and (previous or "").lower() != "of"
    )


# Verbs of a change in the present, as headlines and live reports write them ('Exports rise 5
# percent'); nouns too ('the rise', 'a 5 percent rise'), so only after a noun that agrees.
_PRESENT_MOVES_EN: Final = _BARE_MOVES_EN | word_set(
    "rises falls grows climbs jump jumps drops increases decrease decreases declines"
    # ('Transport workers pay ...', 'the company pays': a verb that agrees; not 'average pay')
    " pay pays"
)
# Words of _VERBS_EN that are nouns as often ('the house', 'a plan', 'its cost').
_NOUN_VERBS_EN: Final = word_set(
    "house houses plan plans aim aims cost costs face faces hold holds need needs lack lacks"
)
_CHAMBER_ADJECTIVES_EN: Final = word_set("lower upper")
# Adjectives of a measure, after which such a word is a noun ('the median house price', 'the
# average cost', 'a typical house').
_NOUN_ADJECTIVES_EN: Final = word_set("median average typical mean new")
_NOT_BEFORE_PRESENT_MOVE_EN: Final = word_set("percent per cent points point price prices water")
_NOT_LAST: Final = _DETERMINERS | _STRIP_WORDS | _TRAILING
# Where the phrase after a figure ends: what follows a comma is an apposition or another clause.
_PHRASE_END: Final = compiled(r"[,;:]|\.(?!\d)|\s[—–]\s")
_TONE: Final = word_set("just only also still now nearly almost apenas solo sólo ya aún")
_HABIT_LEAD: Final = compiled(
    r"^(?:cada\s+(?:día|año|semana|mes)|each\s+(?:day|year)|every\s+day)\s+", re.I
)
_POPULATION_NOUN: Final = compiled(r"\b(?:population|población)\b", re.IGNORECASE)
# A stock of pending work named as one thing: "the Crown Court backlog", "the immigration
# court backlog".
_BACKLOG_NOUN_EN: Final = compiled(r"\bbacklogs?\b", re.IGNORECASE)
# ("India's maternal mortality ratio fell to 97 per 100,000 live births": a ratio per a
# population is a rate)
_RATE_WORD: Final = compiled(r"\b(?:rate|ratio|tasa|índice)\b", re.IGNORECASE)
# 'works out to rate', 'equivale a una tasa': a rate word after a verb's preposition or an
# article, with nothing that names it.
_BARE_RATE: Final = compiled(
    r"\b(?:a|an|un|una|to|at|in|of|a|en|de)\s+(?:rate|ratio|tasa|índice)\s*$", re.I
)
# "the highest rate", "the lowest ratio": a rate word after a rank alone.
_RANKED_RATE: Final = compiled(
    r"(?:the\s+)?(?:highest|lowest|largest|smallest|worst|best|top)\s+(?:rate|ratio)",
    re.IGNORECASE,
)
_BARE_RATES: Final = word_set("rate ratio tasa índice")
_OF_IN: Final = word_set("of in de en")
_OF_BEFORE: Final = compiled(r"(?P<np>(?:[\w'’-]+\s+){0,4}[\w'’-]+)\s+(?:of|de)\s+$")
# Money 'por' an amount or 'worth' it: "préstamos por más de US$3.000 millones".
_FOR_AMOUNT_BEFORE: Final = compiled(r"(?P<np>(?:[\w'’-]+\s+){0,4}[\w'’-]+)\s+(?:por|worth)\s+$")
_FOR_AMOUNT_TAIL: Final = compiled(r"\s(?:por|worth)\s+$")
# How every match of _OF_BEFORE ends. Tried at every word, _OF_BEFORE backtracks through up to
# five words each time; this check (which the engine runs from whitespace to whitespace) rules
# out most windows first.
_RATE_AT_BEFORE: Final = compiled(r"(?P<np>(?:[\w'’-]+\s+){0,4}rate),\s+at\s+$", re.IGNORECASE)
_OF_TAIL: Final = compiled(r"\s(?:of|de)\s+$")


def _of_before(sentence: str, start: int, end: int) -> re.Match[str] | None:
    """_OF_BEFORE in sentence[start:end]: the noun phrase right before a final 'of' or 'de'."""
    if _OF_TAIL.search(sentence, start, end) is None:
        return None
    return _OF_BEFORE.search(sentence, start, end)


def _for_amount_before(sentence: str, start: int, end: int) -> re.Match[str] | None:
    """The noun phrase right before a final 'por' or 'worth' (money named by its amount)."""
    if _FOR_AMOUNT_TAIL.search(sentence, start, end) is None:
        return None
    return _FOR_AMOUNT_BEFORE.search(sentence, start, end)


_ES_OF: Final = compiled(
    r"\s+(?:de\s+(?:tod[oa]s\s+)?(?:las?|los|esos|esas|estos|estas|dichos|dichas)\s+|del\s+|de\s+)"
    r"(?P<n>[^\W\d_][\w-]*)"
)
_TRAILING_PREP: Final = compiled(r"\s+(?:in|en|of|de|to|a|with|con)$")
_DIRECTIONS: Final = word_set("up down rose fell more less más menos")
_OF_WHICH: Final = compiled(
    r"\b(?:de\s+(?:los|las)\s+(?:cuales|que)|of\s+(?:which|whom))\s*,?\s*(?:(?:some|about|"
    r"nearly|almost|roughly|more\s+than|over|casi|unos|unas|alrededor|cerca|más|poco|de|del|el|"
    r"la)\s+)*$",
    re.IGNORECASE,
)
_TOTAL_LEAD: Final = compiled(
    r"^(?:De\s+(?:ese|este|dicho)\s+(?:total|monto)|Del\s+total"
    # ('Del total de este año, 412 correspondieron a mujeres': the total of a time, not of what)
    r"(?:\s+(?:de|del)\s+(?:(?:este|ese|dicho|aquel|presente)\s+)?(?:año|mes|periodo|período|lapso|"
    r"semestre|trimestre|\d{4})\b|\s+de\s+(?:los\s+|las\s+)?(?P<of>[^\W\d_][^,;:\d]{2,60}))?"
    r"|De\s+(?:esa|esta|dicha)\s+cifra|"
    r"De\s+(?:ellos|ellas|estos|estas|esos|esas)|"
    r"Of\s+(?:that|this|the)\s+total|Of\s+(?:those|them|these))\s*,",
    re.IGNORECASE,
)
_PLACE_TAIL: Final = compiled(r"\s+(?:en|in)\s+(?:el\s+|la\s+|the\s+)?[A-ZÁÉÍÓÚ][\w\s'’.-]*$")


_PER_DAY_SUBJECT_ES: Final = compiled(r"([^\W\d_]+s) al día\b")


def _named_fully_before_es(subject: str, earlier: str) -> str:
    """'precio medio en España' after 'aumento del precio medio de la electricidad en el
    mercado mayorista español': the measure as fully as the figure before named it."""
    bare = _no_place_tail(subject)
    words = bare.split()
    if not 2 <= len(words) <= 3 or (bare != subject and not subject.startswith(bare + " en ")):
        return subject
    full = _no_place_tail(earlier)
    at = lower(full).find(lower(bare) + " ")
    if at < 0 or (at > 0 and full[at - 1] != " "):
        return subject
    rest = full[at:]
    if any(word[:1].isupper() for word in rest[len(bare) :].split()):
        # ('tasa de homicidios de Honduras', then '16,7 en Belice': the measure named before
        # was of another place)
        return subject
    if len(rest.split()) > 12 or not rest.lower().startswith(
        (lower(bare) + " de ", lower(bare) + " del ")
    ):
        return subject
    return rest + subject[len(bare) :]


@lru_cache(maxsize=256)
def _no_place_tail(phrase: str) -> str:
    """The phrase without a final 'en/in <Place>' (_PLACE_TAIL); most phrases have none, and a
    plain substring test says so without running the pattern. (Kept for the last few hundred
    phrases: a paragraph's earlier subjects are asked for again at each of its figures, 8,700
    calls on 2,300 phrases in the Spanish bench article.)"""
    if " en " not in phrase and " in " not in phrase and not _ODD_SPACE.search(phrase):
        return phrase
    return _PLACE_TAIL.sub("", phrase)


_ODD_SPACE: Final = compiled(r"[^\S ]")
_OWNER_PLACE_TAIL_ES: Final = compiled(r"\s+(?:de|del)\s+(?P<p>[A-ZÁÉÍÓÚ][\w\s'’.-]*)$")


def _moved_measure_es(phrase: str) -> str:
    """'tasa de homicidios de Honduras' -> 'tasa de homicidios': a measure before without the
    place it was of, to be said of another place ('En Guatemala, la cifra fue de 16,7')."""
    bare = _no_place_tail(phrase)
    owner = _OWNER_PLACE_TAIL_ES.search(bare) if " de" in bare else None
    if owner is not None and is_place(owner.group("p")):
        return bare[: owner.start()]
    return bare


# 'El monto destinado a seguridad y defensa': an amount named by what it is for, no pointer.
_DESTINED_ES: Final = compiled(
    r"\b(?:destinad|asignad|previst|aprobad|reservad)[oa]s?\s+(?:a|al|para)\s|\bpara\s", re.I
)
# 'La ola de calor elevó la demanda de energía en Honduras a un máximo histórico de': what a
# verb brought to the level the figure gives.
_BROUGHT_TO_ES: Final = CaseBlind(
    r"\b(?:elev|llev|reduj|reduc|baj|sub|aument|disminu|situ|coloc|ubic|dispar|empuj)\w*\s+"
    r"(?:el|la|los|las)\s+(?P<np>[^,;:\d]{3,60}?)\s+(?:a|hasta|al)\s+(?:(?:un|una|el|la)\s+)?"
    r"(?:(?:nuevo\s+)?(?:máximo|mínimo|récord|nivel|total)(?:\s+histórico)?\s+de\s+)?$"
)
_OF_COUNT_LEAD: Final = compiled(r"^(?:De|Of)\s+(?:las|los|the)\s+\d[^;:]*?,", re.IGNORECASE)
_MOST_APPOSITION_ES: Final = compiled(
    r"\b[Ll]a\s+mayoría(?:\s+de\s+(?:ellos|ellas)|\s+de\s+(?:los|las)\s+(?P<n>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}))?"
    r"\s*,\s*(?:el\s+|un\s+)?$"
)
_APPOSITION_REST_ES: Final = compiled(r"\s*,\s*(?P<p>[a-záéíóúñ][^,.;:]{3,80})")
# 'en comparación con', 'en relación con', 'en promedio': after money, not what it is.
_NOT_WHAT_ES: Final = word_set("comparación relación promedio conjunto total")
_VERB_LIKE_ES: Final = compiled(r"[a-záéíóúñ]{3,}(?:a|an|e|en|ó|aron|ieron|ía|ían)")
_NOT_VERBS_ES: Final = word_set(
    "para contra entre sobre desde hasta durante mediante según cada misma mismo otra otras "
    "toda todas ante bajo tras cerca fuera dentro parte mitad mayoría"
)
_ESTIMATED_AT_ES: Final = EndWord(
    compiled(
        r"(?:^|,\s*)(?:El|La|Los|Las|el|la|los|las)\s+(?P<np>[^,;:\d]{3,80}?)\s+se\s+"
        r"(?:estima|estiman|estimó|estimaron|calcula|calculan|calculó|cifra|cifró)\s+en\s+"
        r"(?:(?:unos|unas|casi|más\s+de|alrededor\s+de|cerca\s+de)\s+)?$"
    ),
    ("en", "unos", "unas", "casi", "de"),
    None,
)
_WITH_SPENDING_ES: Final = compiled(
    r",\s+con\s+una?\s+(?P<n>(?:inversión|costo|gasto)(?:\s+(?:anual|total|mensual))?)\s+de\s+"
    r"(?:(?:unos|unas|casi|más\s+de|alrededor\s+de)\s+)?$",
    re.IGNORECASE,
)
_DEATHS_ES: Final = word_set("fallecimientos muertes muertos fallecidos decesos defunciones")
_CASES_OF_AND_ES: Final = compiled(
    r"\d[\d.,]*\s+casos\s+(?:(?:confirmados|sospechosos|nuevos)\s+)?de\s+"
    r"(?P<d>[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+)?)\s+y\s+$",
    re.IGNORECASE,
)
_OF_MAGNITUDE_ES: Final = compiled(
    r"\b(?P<a>el|un|la|una)\s+(?P<n>[a-záéíóúñ]+)\s+de\s+(?:una\s+)?magnitud\s+(?:de\s+)?$",
    re.IGNORECASE,
)
_DESTINED_TO_ES: Final = compiled(
    r"(?:\s+de\s+quetzales|\s+de\s+dólares|\s+de\s+lempiras)?\s+(?:se\s+)?"
    r"(?P<verb>destinar(?:á|án)|destinó|destinaron|destina|destinan|irán|irá)?\s*"
    r"(?P<to>al|a\s+la|a\s+los|a\s+las)\s+(?P<np>[A-ZÁÉÍÓÚÑa-záéíóúñ][^,;.]*?)"
    r"(?=\s+y\s+(?:Q|US\$|\d)|\s*[,;.]|$)"
)
_INFINITIVE_ES: Final = compiled(r"[a-záéíóúñ]+(?:ar|er|ir)")
_EACH_RECEIVES_ES: Final = compiled(
    r"\b[Cc]ada\s+(?P<n>[a-záéíóúñ]+)\s+(?:recib(?:ió|e|irá|ía)|percib(?:ió|e|irá)|obtuvo|obtiene|"
    r"obtendrá|cobr(?:ó|a|ará)|gan(?:ó|a|ará))\b"
)
_DOER_VERBS_ES: Final = word_set(
    "salieron salió emigraron emigró migraron migró votaron votó huyeron huyó viajaron viajó "
    "cruzaron cruzó"
)
_MOST_OF_COUNT_ES: Final = EndMark(
    compiled(
        r"\b[Ll]a\s+mayoría(?:\s+de\s+(?:los|las|estos|estas|esos|esas)\s+(?P<n>[a-záéíóúñ]{4,}s))?"
        r"\s*,\s*$"
    ),
    ",",
)
_IN_WHICH_ES: Final = compiled(
    r"\d[\d.,]*\s+(?P<np>(?!de\s)[a-záéíóúñ]{3,}(?:\s+de)?(?:\s+[a-záéíóúñ]+)?)[^,;.\d]{0,60},\s+en\s+"
    r"(?:los|las)\s+(?:que|cuales)\s+"
)
_BEING_ES: Final = word_set("eran son fueron estaban están era es fue resultaron quedaron")
_EVENT_AUX_ES: Final = word_set("resultaron resultó quedaron quedó fueron fue han ha sido")
_HOUSED_IN_ES: Final = compiled(
    # (at the sentence's start or of a reported clause: 'informó que las cárceles del país
    # albergan a'; 'concentra a 8.300 de ellos': the part of those it holds)
    # (or after an opening time or place phrase: 'Al 30 de abril, el Sistema Penitenciario')
    r"(?:^|\bque\s+|^[^,;:]{3,40},\s+)"
    r"(?P<np>(?:El|La|Los|Las|el|la|los|las)\s+(?:(?!\bque\s)[^,;:\d]){3,60}?)\s+"
    r"(?:alberga|albergan|albergaba|albergaban|acoge|acogen|aloja|alojan|concentra|concentran|"
    r"concentraba|concentraban)\s+a\s+(?:(?:unos|unas|más\s+de|casi|cerca\s+de|alrededor\s+de)\s+)?$"
)
_WHICH_MEANS_A_ES: Final = compiled(
    r"\blo\s+que\s+(?:supone|representa|significa|implica)\s+(?:un|una)\s+"
    r"(?P<n>[a-záéíóúñ]{5,})\s+(?:de|del)\s+$",
    re.IGNORECASE,
)
# 'lo que representa una tasa de letalidad de 0,16 %': a measure of several words named.
_WHICH_MEANS_NP_ES: Final = compiled(
    r"\blo\s+(?:que|cual)\s+(?:supone|representa|significa|implica|equivale\s+a)\s+"
    r"(?:un|una)\s+(?P<np>[a-záéíóúñ]{4,}\s+(?:de|del|de\s+la|de\s+los|de\s+las)\s+"
    r"[a-záéíóúñ]{4,}(?:\s+[a-záéíóúñ]{4,}){0,2})\s+(?:de|del)\s+$"
)
# The noun phrase a sentence opens with, up to its verb ('El sistema penitenciario | alberga a').
_OPENING_NP_ES: Final = compiled(
    r"^(?P<a>El|La|Los|Las)\s+(?P<np>[a-záéíóúñ]+(?:\s+(?:de\s+|del\s+)?[a-záéíóúñ]+){0,3}?)\s+"
    r"[a-záéíóúñ]+\s+(?:(?:a|al|el|la|los|las|un|una|unos|unas|más)\b|\d)"
)
_NATIONAL_AVERAGE_ES: Final = compiled(
    r"^(?:el\s+|la\s+)?(?:promedio|media|tasa)\s+nacional$", re.IGNORECASE
)
_GIVEN_TO_ES: Final = EndWord(
    compiled(
        r"\b(?:(?:entreg|otorg|asign|repart|don|brind|pag)(?:ó|aron|a|an|ará|arán)|"
        r"(?:distribu|transfir)(?:yó|yeron|ió|ieron))\s+(?P<np>(?:[a-záéíóúñ]+\s+){1,5}?)a\s+"
        r"(?:(?:unos|unas|más\s+de|casi|cerca\s+de|alrededor\s+de)\s+)?$",
        re.IGNORECASE,
    ),
    ("a", "unos", "unas", "casi", "de"),
    None,
)
_AVERAGE_OF_ES: Final = compiled(r"\b(?:un|el)\s+promedio\s+de\s+$", re.IGNORECASE)
_AVERAGE_PER_ES: Final = compiled(
    r"\d[\d.,]*\s+(?P<n>[a-záéíóúñ]+(?:\s+(?!diari|mensual)[a-záéíóúñ]+)?)\s+"
    r"(?P<per>diari[oa]s|mensuales|al\s+día|por\s+día|al\s+mes|por\s+mes)\b",
    re.IGNORECASE,
)
# ('un promedio de casi seis por día': the things counted before, per day)
_BARE_PER_ES: Final = compiled(
    r"\s+(?P<per>al\s+día|por\s+día|diari[oa]s|cada\s+día|al\s+mes|por\s+mes)\b", re.IGNORECASE
)
_EXPECTED_TO_ES: Final = compiled(
    r"\besper(?:a|an|amos|aba|aban|aría|arían)\s+(?P<v>recaudar|invertir|exportar|captar|"
    r"ejecutar|vender)\s+(?:(?:unos|unas|más\s+de|alrededor\s+de|cerca\s+de)\s+)?$",
    re.IGNORECASE,
)
_EXPECTED_NOUNS_ES: Final = {
    "recaudar": "recaudación", "invertir": "inversión", "exportar": "exportaciones",
    "captar": "captación", "ejecutar": "ejecución", "vender": "ventas",
}  # fmt: skip
_VALUED_AT_ES: Final = compiled(
    r"(?:^|[.;]\s+)(?:El|La|Los|Las|Dicho|Dicha|Dichos|Dichas|Ese|Esa|Esos|Esas|Este|Esta)\s+"
    r"(?P<n>[a-záéíóúñ]{4,}(?:\s+(?:de|del)\s+[a-záéíóúñ]{4,})?)\s+"
    r"(?:tendría|tendrían|tiene|tienen|tenía|tenían|tendrá|tendrán)\s+un\s+"
    r"(?P<v>valor|costo|precio)\s+(?:estimado\s+|aproximado\s+)?de\s+"
    r"(?:(?:unos|más\s+de|casi|alrededor\s+de|cerca\s+de)\s+)?$"
)
_APPOSED_AMOUNT_ES: Final = compiled(
    r"^(?:El|La|Los|Las)\s+(?P<np>[a-záéíóúñ][^,;:\d]{2,60}),\s+(?:de|con)\s+"
    r"(?:(?:unos|unas|casi|más\s+de|menos\s+de|alrededor\s+de)\s+)?$"
)
_OF_THEM_LEAD_ES: Final = compiled(r"De\s+(?:ellos|ellas|estos|estas|esos|esas)\s*,\s*")
_OF_LEAD: Final = compiled(
    r"^(?:Of\s+the|De\s+(?:las|los|la|el|esas|esos|estas|estos|dichas|dichos))\s+(?P<n>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,3})\s*,",
    re.I,
)
_DEMONSTRATIVE: Final = compiled(
    r"^(?:that|this|these|those|it|ello|esa?|este|esto|eso|(?:the|el|la)\s+(?:money|figure|total|"
    r"amount|sum|monto|cifra|total|suma|dato)|monto|cifra|dato|money|figure|amount)\b",
    re.I,
)
_FORECAST_BY_AFTER_EN: Final = compiled(
    r"[ \t\u00a0]+(?P<who>economists|analysts|forecasters|experts)(?:\s+polled\s+by\s+[\w.]+)?"
    r"\s+(?:had\s+|have\s+)?(?:expected|forecast|predicted|estimated|anticipated|projected)\b"
)
_KINDED_GROWTH_EN: Final = compiled(
    r"(?:quarterly|annual|annuali[sz]ed|monthly|yearly|year-on-year|economic|GDP|wage|job|"
    r"population|sales|export|credit|revenue)\s+growth",
    re.IGNORECASE,
)
_CHANGE_NOUN: Final = compiled(
    r"(?:(?:the|this|that|la|el|esta|este|esa|ese|dicha|dicho)\s+)?(?P<n>decline|increase|rise|"
    r"drop|fall|reduction|decrease|growth|disminución|aumento|caída|reducción|incremento|alza|"
    r"baja|descenso|crecimiento|subida|suba(?!\w)|bajada|repunte|retroceso)",
    re.IGNORECASE,
)
_CHANGE_POINTER: Final = compiled(
    # (after an opening time or place phrase: "En la última década, la reducción fue de ...")
    r"\s*(?:(?:en|in|durante|during|over|desde|since|entre|between)\s[^,;:]{1,60},\s*)?"
    r"[\"“'‘]?(?:the|this|that|la|el|esta|este|esa|ese|dicha|dicho)\s+(?:decline|increase|rise|"
    r"drop|fall|reduction|decrease|growth|disminución|aumento|caída|reducción|incremento|alza|"
    r"baja|descenso|crecimiento|subida|suba)\b",
    re.IGNORECASE,
)
_PRONOUN_SUBJECTS: Final = word_set("it they he she we i you él ella ellos ellas")
# "lo que equivale a 236 policías por cada 100.000 habitantes": a relative, not a measure.
_RELATIVE_NPS_ES: Final = frozenset(("lo que", "lo cual", "que", "la cual", "el cual", "cual"))
_CHANGE_VERBS: Final = word_set(
    "fell rose dropped declined increased decreased grew climbed jumped bajaron subieron "
    "cayeron aumentaron disminuyeron crecieron were was bajó subió cayó aumentó disminuyó creció "
    "descendió descendieron redujo redujeron"
)
_CHANGE_NOUN_AFTER: Final = compiled(
    r"\s+(?P<n>raise|increase|cut|rise|drop|decline|reduction|hike|pay\s+raise|wage\s+increase)\b",
    re.IGNORECASE,
)
_DIED: Final = word_set("died dead")
_AFFECTED: Final = word_set("affected displaced evacuated injured")
_STILL_MISSING: Final = word_set("remain remains remained are were still")
_DESTINATION_WORDS: Final = word_set("for to a al para contra")
# How a Spanish preterite or future ends ("registraron", "llegó", "aumentará"): tested on single
# words with str.endswith, which costs a fraction of a regex call on each word read.
_ES_PAST_ENDINGS: Final = (
    "aron",
    "ieron",
    "yeron",
    "ó",
    "ará",
    "arán",
    "erá",
    "erán",
    "irá",
    "irán",
    "drá",
    "drán",
)
# Words after which a Spanish word is a noun ('la', 'los', 'las' may be pronouns: 'la registró').
_NOUN_MARKERS_ES: Final = word_set(
    "el un una unos unas al del su sus este esta estos estas ese esa"
)
# The imperfect ('vivían', 'registraban'): 'ía' alone would also end nouns ('economía').
_ES_IMPERFECT_ENDINGS: Final = ("aba", "aban", "ían")
# The conditional singular ('caería', 'alcanzaría', 'subiría'), which nouns in -ería and -aría
# share ('la minería', 'la Secretaría'): not after an article or 'de', not those nouns.
_ES_CONDITIONAL_ENDINGS: Final = ("ería", "aría", "iría")
_NOT_BEFORE_CONDITIONAL_ES: Final = word_set("la una de esta esa su y o")
_RIA_NOUNS_ES: Final = word_set(
    "secretaría tesorería minería ganadería lotería galería batería cafetería panadería "
    "librería ingeniería pesquería gasolinería carpintería mensajería maquinaria porquería "
    "mercadería"
)
_IRREGULAR_CONDITIONALS_ES: Final = {
    "caería": "cayó", "sería": "fue", "habría": "hubo", "tendría": "tuvo", "estaría": "estuvo",
    "disminuiría": "disminuyó", "contribuiría": "contribuyó", "incluiría": "incluyó",
}  # fmt: skip


def _preterite_es(verb: str) -> str:
    """'subiría' -> 'subió', 'alcanzaría' -> 'alcanzó', 'caería' -> 'cayó' (other words as
    they are)."""
    lower = verb.lower()
    if lower in _IRREGULAR_CONDITIONALS_ES:
        return _IRREGULAR_CONDITIONALS_ES[lower]
    if len(lower) <= 5 or lower in _RIA_NOUNS_ES:
        return verb
    if lower.endswith("aría"):
        return f"{lower[:-4]}ó"
    if lower.endswith(("ería", "iría")):
        return f"{lower[:-4]}ió"
    return verb


_ES_FIRST_PLURAL_ENDINGS: Final = ("amos", "emos", "imos")  # (and so "aremos", "eremos", "iremos")
_ES_NOT_VERBS: Final = word_set(
    "imagen origen examen volumen crimen joven germen margen orden resumen régimen certamen "
    "dictamen abdomen"
)


def _common_case(words: list[str]) -> list[str]:
    """'Remittances to Guatemala' -> 'remittances to Guatemala': a capital that only starts the
    sentence is not part of the name; 'InSight Crime' and 'Guatemala's' keep theirs."""
    if not words:
        return words
    first = words[0]
    second = words[1] if len(words) > 1 else ""
    if (
        first[:1].isupper()
        and first[1:].islower()
        and not is_place(first.removesuffix("'s").removesuffix("’s"))
        and not is_demonym(first)
        and not first.endswith(("'s", "’s"))
        and (not second or not second[:1].isupper())
    ):
        return [first.lower(), *words[1:]]
    return words


def _el_place(words: list[str], index: int) -> bool:
    """Whether 'El' at words[index] starts a place name ("El Salvador's economy")."""
    following = words[index + 1] if index + 1 < len(words) else ""
    name = following.removesuffix("'s").removesuffix("’s")
    return following[:1].isupper() and is_place(f"El {name}")


_EQUATED_AFTER_COMMA_EN: Final = compiled(
    r",\s+(?:equal\s+to|equivalent\s+to|the\s+equivalent\s+of|or)\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around|more\s+than|over|just\s+over|"
    r"just\s+under|less\s+than)\s+)?$",
    re.IGNORECASE,
)
_APPOSED_HEDGE_EN: Final = compiled(
    r"\d[\w.]*(?:\s+(?:million|billion|trillion))?(?:\s+(?:this|last|next)\s+year)?,\s+$"
)


def _amount_put_as_share_en(sentence: str, figure: SubjectInput, base: str) -> bool:
    """Whether an English share puts the amount before as a share of its base: 'is equivalent
    to', ', equal to', ', or', or a plain apposition after an amount of money."""
    earlier = figure.earlier_subject or ""
    if (
        "equ" in sentence
        and not earlier.startswith(("share of", "rate of", "proportion of"))
        and " as a share of " not in earlier
        and _EQUIVALENT_BEFORE_EN.search(
            sentence, max(0, figure.value_start - 30), figure.value_start
        )
        is not None
    ):
        return True
    if earlier.startswith(("share of", "increase in", "fall in")):
        return False
    if _EQUATED_AFTER_COMMA_EN.search(
        sentence, max(0, figure.value_start - 40), figure.value_start
    ):
        return True
    # ("expects remittances to reach $10.5 billion this year, about a quarter of GDP")
    return (
        base.lower().split()[-1] in _AMOUNT_BASES
        and figure.earlier_money is not None
        and _APPOSED_HEDGE_EN.search(sentence, max(0, figure.value_start - 40), figure.value_start)
        is not None
    )


_FORECAST_VERBS_EN: Final = word_set(
    "reach hit top exceed surpass total rise grow fall drop decline climb increase decrease "
    "average end remain stay"
)


def _noun_phrase(words: list[str], lang: str) -> str:
    """Drop determiners, hedges and leading filler from a noun phrase."""
    kept: list[str] = []
    for index, word in enumerate(words):
        lower = word.lower()
        if (
            not kept
            and (lower in _DETERMINERS or lower in _STRIP_WORDS or lower in _LEAD_PREPOSITIONS)
            and not (word == "El" and _el_place(words, index))
        ):
            continue
        if not kept and lang == "es" and len(lower) > 7 and lower.endswith("mente"):
            continue  # "Semanalmente se suman …": an adverb leads, the counted thing follows
        if lower in ("the", "a", "an") and kept and kept[-1].lower() in ("of", "in", "to"):
            continue
        kept.append(word)
    while kept and kept[-1].lower() in _NOT_LAST:
        kept.pop()
    if len(kept) > 2 and kept[-2].lower() == "to" and kept[-1].lower() in _FORECAST_VERBS_EN:
        # ('expects remittances to reach $10.5 billion': what is expected, not 'remittances to
        # reach')
        del kept[-2:]
    if (
        len(kept) > 3
        and kept[-3].lower() in ("en", "by")
        and kept[-2].lower() in ("puntos", "basis", "percentage")
        and kept[-1].lower().rstrip(",.;") in ("básicos", "porcentuales", "points")
    ):
        # ('tasa de referencia en puntos básicos': the unit of a change whose figure was read
        # out of the phrase, 'recortó su tasa en 25 puntos básicos, a 10,75 %')
        del kept[-3:]
    return " ".join(_common_case(kept))


_PARTICIPLE_PREPOSITIONS_EN: Final = word_set("in at on for from by with across")


_WHERE_ADVERBS_EN: Final = word_set("worldwide nationwide abroad overseas globally internally")


def _verb_after_phrase_en(tokens: list[tuple[int, int, str]], start: int) -> bool:
    """Whether a verb follows the prepositional phrase from `start`, within five words and
    before any 'who', 'which' or 'that' (then the phrase ended a participle's clause)."""
    for index in range(start, min(len(tokens), start + 6)):
        word = tokens[index][2]
        if word.lower() in ("who", "which", "that", "and", "but") or word.endswith((",", ";")):
            return False
        if any(ch.isdigit() for ch in word):
            return False  # ('reached 1,179 in 2023, the examiner said': a figure between)
        if _is_verb(word, "en", tokens[index - 1][2]):
            if word.lower() in _REPORTING or word.lower() in ("told", "say"):
                return False  # ('reached [1,179 in 2023,] the examiner said': another clause)
            return not word.lower().endswith("ed") or index + 1 == len(tokens)
    return False


_POINTER_NOUNS_EN: Final = word_set("number figure total count tally")
_CHANGE_IN_POINTER_EN: Final = compiled(
    r"(fall|increase|change|decline|rise|drop|decrease) in (?:the )?(?:number|figure|total|count"
    r"|tally)(?: in [A-Z].*)?$"
)
_ANNUAL_RATE_BEFORE_EN: Final = compiled(
    r"\b((?:seasonally[\s-]+adjusted\s+)?annual(?:ized)?\s+(?:rate|pace))\s+of\s+"
    r"(?:(?:about|some|nearly|roughly|around|more\s+than)\s+)?\$?$",
    re.IGNORECASE,
)
_GREW_BEFORE_EN: Final = compiled(r"\b(?:grew|expanded|rose|increased|climbed|grow|expand)\b", re.I)
_RATE_OR_PACE_END: Final = compiled(r"\b(?:rate|pace)$")
_TOPIC_OPENING_EN: Final = compiled(r"In ([a-z][a-z-]{2,}(?: [a-z][a-z-]{2,})?), ")
_NOT_TOPICS_EN: Final = word_set(
    "the addition total contrast all turn particular comparison response general practice fact "
    "short sum other return recent part theory effect any both each this that these those its "
    "their his her our some most many which such"
)
_CHANGE_IN_WORD_EN: Final = compiled(
    r"(fall|increase|change|decline|rise|drop|decrease) in ([a-z]+)(?: in [A-Z].*)?$"
)
_CHANGE_IN_LEAD_EN: Final = compiled(
    r"^(?:fall|increase|change|decline|rise|drop|decrease|growth) (?:in|of) "
)
_AVERAGED_BEFORE_EN: Final = compiled(
    r"\baveraged\s+(?:(?:about|around|roughly|some|nearly|almost|just\s+over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_POINTER_VERBS_EN: Final = word_set(
    "was is were are represents represented equals equaled amounts amounted to"
)
_TIME_UNITS_SINGULAR_EN: Final = word_set("year month week day hour minute")
_BEFORE_ADJECTIVE_EN: Final = word_set("the a an its their average median typical")


def _adjective_before_noun_en(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Whether the '-ed' word at `index` is followed by a noun (a plain lowercase word) and,
    within three more words and before any comma, by a verb."""
    if index + 2 >= len(tokens):
        return False
    noun = tokens[index + 1][2]
    if not noun.isalpha() or not noun.islower() or noun in _PARTICIPLE_PREPOSITIONS_EN:
        return False
    if _is_verb(noun, "en", tokens[index][2]) or noun in _BEFORE_ADJECTIVE_EN:
        return False
    for later in range(index + 2, min(len(tokens), index + 5)):
        word = tokens[later][2]
        if not word.isalpha():
            return False
        if _is_verb(word, "en", tokens[later - 1][2]):
            return True
    return False


def _split(tokens: list[tuple[int, int, str]], lang: str) -> tuple[list[str], int | None]:
    """The words before the first verb (the subject) and the index of that verb."""
    subject: list[str] = []
    for index, (_s, _e, word) in enumerate(tokens):
        previous = tokens[index - 1][2] if index else None
        if _is_verb(word, lang, previous):
            if (
                lang == "es"
                and len(subject) >= 2
                and previous is not None
                and previous.lower() == "que"
                and subject[-2].lower() not in _REPORTING
                and any(_is_verb(w, lang, None) for _s2, _e2, w in tokens[index + 1 :])
            ):
                # "El número de turistas que visitaron Panamá creció": the relative clause is
                # part of the subject, whose verb comes later.
                subject.append(word)
                continue
            if (
                lang == "en"
                and subject
                and word.lower().endswith("ed")
                and index + 2 < len(tokens)
                and tokens[index + 1][2].lower() in _PARTICIPLE_PREPOSITIONS_EN
                and _verb_after_phrase_en(tokens, index + 2)
            ):
                # "the number of students enrolled in public universities grew": a participle
                # and its phrase name the subject, whose verb comes later.
                subject.append(word)
                continue
            if (
                lang == "en"
                and len(subject) >= 2
                and word.lower().endswith("ed")
                and index + 1 < len(tokens)
                and (
                    tokens[index + 1][2].lower() in _WHERE_ADVERBS_EN
                    or (
                        subject[-1].lower().endswith("ly")
                        and any(w.lower() == "of" for w in subject)
                        and index + 1 < len(tokens)
                    )
                )
            ):
                # "The number of people forcibly displaced (worldwide) reached 120 million",
                # "people internally displaced by conflict": a participle after an adverb, or
                # before where, names the subject.
                subject.append(word)
                continue
            if (
                lang == "en"
                and subject
                and previous is not None
                and word.lower().endswith("ed")
                and (
                    previous.lower() in _BEFORE_ADJECTIVE_EN
                    # (a hyphenated modifier, not a plural noun: not "15-year-olds scored")
                    or ("-" in previous and not previous.endswith("s"))
                    # ("30-year", split into '30' and 'year' before it gets here)
                    or (
                        index >= 2
                        and tokens[index - 2][2].isdigit()
                        and previous.lower() in _TIME_UNITS_SINGULAR_EN
                    )
                )
                and _adjective_before_noun_en(tokens, index)
            ):
                # "The average 30-year fixed mortgage rate stood at 6.78 percent": a participle
                # after an article or a modifier, before its noun, describes it; the verb comes
                # later.
                subject.append(word)
                continue
            return subject, index
        subject.append(word)
    return subject, None


# A country's capital named by the word alone ('en la capital', 'in the capital'): a place.
_CAPITAL_WORDS: Final = frozenset(("capital", "la capital", "the capital"))


def _strip_place_words(phrase: str) -> str:
    """'Guatemala's homicide rate' -> 'homicide rate'; 'road deaths in Lakeport' stays."""
    words = phrase.split()
    if is_place(phrase) or (len(words) > 1 and is_place(" ".join(words[1:]))):
        # ('The Dominican Republic deported 276,000 Haitians': the country acted; not
        # 'Republic' once its demonym is gone)
        return phrase
    if (
        len(words) > 2
        and words[1].endswith(("'s", "’s"))
        and words[0][:1].isupper()
        and is_place(f"{words[0]} {words[1][:-2]}")
    ):
        words = words[2:]  # "El Salvador's economy"
    while words and (
        (words[0].endswith(("'s", "’s")) and is_place(words[0][:-2]))
        # (a plural demonym is the people counted, a noun: 'Hondurans deported by Mexico')
        or (
            is_demonym(words[0])
            and words[0][0].isupper()
            and not (words[0].endswith("s") and not words[0].endswith("ss"))
        )
    ):
        words = words[1:]
    return " ".join(words)


# The verbs a plan is made with: "will hire 100 more officers" -> 'officers hired'.
_FUTURE_AUX_EN: Final = word_set("will would shall")
# Irregular participles of the base forms a plan is written with.
_BASE_PARTICIPLE_EN: Final = {
    "build": "built", "spend": "spent", "buy": "bought", "sell": "sold", "give": "given",
    "take": "taken", "make": "made", "pay": "paid", "cut": "cut", "hold": "held", "keep": "kept",
    "send": "sent", "bring": "brought", "put": "put", "set": "set", "lose": "lost",
}  # fmt: skip


def _future_base(verb_words: list[str], main: str) -> bool:
    """Whether the verb is a plain base form after 'will' or 'would' ('will hire', 'would
    spend'): what is planned is done to the things counted."""
    return (
        len(verb_words) >= 2
        and verb_words[-2].lower() in _FUTURE_AUX_EN
        and verb_words[-1].lower() == main
        and main.isalpha()
        and main not in _COUNTING_VERBS
        and main not in _AUX_EN
        and not main.endswith(("ed", "s"))
        and len(main) > 2
    )


def _regular_participle(verb: str) -> str:
    """'hire' -> 'hired', 'recruit' -> 'recruited', 'carry' -> 'carried'."""
    if verb in _BASE_PARTICIPLE_EN:
        return _BASE_PARTICIPLE_EN[verb]
    if verb.endswith("e"):
        return f"{verb}d"
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        return f"{verb[:-1]}ied"
    return f"{verb}ed"


_ARTICLE_BEFORE_EN: Final = compiled(r"\b(?:a|an)\s+$", re.IGNORECASE)
_MONEY_NOUN_END_EN: Final = word_set(
    "for to in on of with from by that which and at over as into after before than while "
    "was were is are will would has have had be"
)


def _money_named_after(sentence: str, figure: SubjectInput, after_words: list[str]) -> str:
    """'a $1.5 billion general fund budget for 2019' -> 'general fund budget': an amount
    written before the noun it is the size of (English; '' when it is not)."""
    if not _ARTICLE_BEFORE_EN.search(sentence, max(0, figure.value_start - 4), figure.value_start):
        return ""
    kept: list[str] = []
    for word in after_words[:5]:
        if word.lower() in _MONEY_NOUN_END_EN or not word.replace("-", "").isalpha():
            break
        if not word.islower():
            return ""
        kept.append(word)
    if not kept or len(kept) > 4 or kept[-1].endswith("ly"):
        return ""
    rest = after_words[len(kept) : len(kept) + 4]
    if rest[:1] in (["to"], ["for"]):
        # ('a Q3.5 billion loan to repair roads', 'a $2 million grant for housing repairs':
        # what the money is for)
        purpose = [rest[0]]
        for word in rest[1:]:
            if word.lower() in _MONEY_NOUN_END_EN or not (word.isalpha() and word.islower()):
                break
            purpose.append(word)
        if len(purpose) > 1:
            kept += purpose
    return " ".join(kept)


def _participle(words: list[str], lang: str) -> str:
    """A verb phrase without its auxiliaries: 'have been destroyed' -> 'destroyed'."""
    aux = _AUX_ES if lang == "es" else _AUX_EN
    kept = [w for w in words if w.lower() not in aux]
    return " ".join(kept)


def with_place(subject: str, place: str | None, lang: str) -> str:
    """Append 'in <place>' unless the subject already names it."""
    if not place:
        return subject
    lowered = subject.lower()
    first = place.split(",")[0].strip()
    if lang == "es":
        first = " y ".join(SPANISH_NAMES.get(p.strip(), p.strip()) for p in first.split(" and "))
    if first.lower() in lowered or any(
        w.lower() in lowered for w in first.split() if len(w) > 3 and w[0].isupper()
    ):
        return subject
    if (
        lang == "es"
        and any(w[:1].isupper() for w in subject.split()[1:])
        and any(
            # ('guatemaltecos deportados por Estados Unidos' is about Guatemala already: 'en
            # Guatemala' after the other country would read as where they were deported)
            demonym_country_es(w) == place
            for w in lowered.split()
            if len(w) > 4 and w.endswith(("os", "as", "es"))
        )
    ):
        return subject
    joiner = " en " if lang == "es" else " in "
    if lang == "en" and lowered.startswith(("country's ", "country’s ", "nation's ", "nation’s ")):
        # ("The country's prison population": the country is the place named)
        subject = subject.split(None, 1)[1]
    return f"{subject}{joiner}{first}" if subject else first


def feminine_es(noun: str) -> bool:
    """Whether a Spanish counted noun is feminine, by its first word ('mujeres', 'solicitudes
    de asilo', 'denuncias'), as '_agree' reads it."""
    return _agree("otro", noun).endswith(("a", "as"))


def _singular(noun: str) -> str:
    words = noun.split()
    if not words:
        return noun
    last = words[-1]
    for plural, singular in (("ies", "y"), ("ses", "s"), ("s", "")):
        if last.lower().endswith(plural) and len(last) > 3:
            last = last[: len(last) - len(plural)] + singular
            break
    return " ".join([*words[:-1], last])


# ' with an investment of $300 million', ' con una inversión de Q2.900 millones'
_NEXT_FIGURE_LEAD: Final = compiled(
    r"\s(?:with|con)\s+(?:an?|una?|the|el|la|its|su)\s+[^\W\d][^,;:\d]{0,40}?\s(?:of|de)\s+"
    r"(?:US\$|Q|\$|€|£)?\d"
)
# A preposition left in front of another one where a time was taken out: "destituidos en [2023]
# por faltas graves", "vigente al [30 de septiembre] en Guatemala".
_STRANDED_SOURCE: Final = (
    r"\b(?:en|al|durante|desde|hasta|in|during|since|until)\s+(?=(?:en|por|para|de|del|al|in|by|for|"
    r"of|on)\b)"
)
_STRANDED: Final = compiled(_STRANDED_SOURCE, re.IGNORECASE)
# The same on lower-cased text, where the engine can rule out most words by their first letter:
# whether there is anything to take out at all.
_STRANDED_FOLDED: Final = folded(_STRANDED_SOURCE)


_RISES_ES: Final = word_set(
    "aumento alza avance crecimiento incremento subida suba repunte expansión"
)
_FALLS_ES: Final = word_set(
    "caída reducción disminución descenso baja retroceso contracción bajada merma"
)


def _change_direction_es(word: str) -> str:
    """'up' for a Spanish noun of a rise ('avance'), 'down' for one of a fall, else ''."""
    lowered = word.lower()
    return "up" if lowered in _RISES_ES else "down" if lowered in _FALLS_ES else ""


_CHANGE_HEADS_ES: Final = word_set(
    "aumento reducción caída alza incremento disminución cambio variación crecimiento baja "
    "subida suba descenso"
)
_DEATH_NOUNS_ES: Final = word_set("fallecimientos muertes muertos fallecidos decesos defunciones")
# 'casos sospechosos de dengue en Guatemala' -> 'dengue'
_CASES_OF_ES: Final = compiled(
    r"casos(?:\s+[^\W\d_]+)?\s+de\s+(?P<d>[^\W\d_][^,;]*?)(?:\s+(?:en|que|entre)\s+.*)?$"
)
# How often, between a verb and its figure: "recibe cada día a unas 150 personas".
_HOW_OFTEN_BEFORE_ES: Final = compiled(
    r"\b(?P<f>cada\s+(?:día|semana|mes|año|hora)|al\s+día|a\s+diario|diariamente|por\s+día)"
    r"\s+(?:(?:a|en\s+promedio|un\s+promedio\s+de)\s+)?(?:(?:unos|unas|casi|más\s+de|"
    r"cerca\s+de|alrededor\s+de|hasta|al\s+menos)\s+)?$",
    re.IGNORECASE,
)
_PARTITIVE_LEADS_ES: Final = ("de ellos", "de ellas", "de los cuales", "de las cuales", "de estos",
                       "de estas", "de esos", "de esas")  # fmt: skip
_TIME_ADVERBS_ES: Final = word_set(
    "antes ahora hoy ayer actualmente entonces luego después todavía"
)


_LOAN_NOUNS_ES: Final = word_set(
    "préstamo préstamos crédito créditos donación donativo financiamiento"
)
_OF_ARTICLE_ES: Final = {"el": "del", "la": "de la", "los": "de los", "las": "de las"}


def _loan_parts_es(after: list[str]) -> list[str]:
    """The lender ('con el Banco Mundial' -> 'del Banco Mundial') and the purpose ('para el
    programa de agua potable') named after a loan's amount."""
    parts: list[str] = []
    index = 0
    if len(after) > 2 and after[0].lower() == "con" and after[1].lower() in _OF_ARTICLE_ES:
        name: list[str] = []
        for at in range(2, min(len(after), 10)):
            word = after[at]
            if word[:1].isupper():
                name.append(word)
            elif (
                name
                and word in ("de", "del", "y")
                and at + 1 < len(after)
                and after[at + 1][:1].isupper()
            ):
                name.append(word)  # ('Banco Interamericano de Desarrollo')
            else:
                break
        if name:
            parts.append(f"{_OF_ARTICLE_ES[after[1].lower()]} {' '.join(name)}")
            index = 2 + len(name)
    if index < len(after) - 1 and after[index].lower() == "para":
        purpose = _tidy(" ".join(_cut_np(after[index + 1 : index + 8], "es")))
        if purpose:
            parts.append(f"para {purpose}")
    return parts


_DAY_WORDS_ES: Final = word_set("lunes martes miércoles jueves viernes sábado domingo ayer hoy")
_TO_WHOM_STOPS_ES: Final = word_set(
    "en de del para por con desde que quien quienes y o durante tras"
)


def _to_whom_es(words: list[str]) -> str:
    """The one an amount goes to, after 'a'/'al' ('213 gasolineras que vendían' ->
    'gasolineras'; 'Estado peruano en 2023' -> 'Estado peruano'); '' when none."""
    kept: list[str] = []
    for word in words:
        bare = word.strip(",;:.")
        if not bare or bare.lower() in _TO_WHOM_STOPS_ES:
            break
        if not bare[0].isdigit():
            kept.append(bare)
        if bare != word:
            break
    return " ".join(kept) if kept and kept[-1].lower() not in _DETERMINERS else ""


_BRINGING_TO_EN: Final = compiled(
    r",\s*(?:bringing|taking|pushing|raising|lifting|putting|driving)\s+(?P<np>[^,;:]{2,60}?)\s+"
    r"to\s+$",
    re.IGNORECASE,
)
_BROUGHT_TOTALS_EN: Final = word_set("total tally toll count number figure death toll")
_DEMONSTRATIVES_ES: Final = word_set("ese esa esos esas este esta estos estas dicho dicha")
_EN_ELLOS_ES: Final = compiled(r" en ell[oa]s\b")


# ('y miles de familias recibieron ayuda', 'y miles de adolescentes abandonan los estudios':
# what follows the figure, up to its own verb)
_OWN_PRETERITE_AFTER_ES: Final = compiled(
    r"(?:\s+(?:de\s+)?[a-záéíóúñ]+){0,2}?\s+(?P<v>[a-záéíóúñ]{3,}(?:aron|ieron|an|en))\b"
)
_SHARE_BASE_ARTICLES: Final = (" the ", " its ", " their ", " los ", " las ", " sus ")
_SHARE_BASE_BEFORE: Final = compiled(
    r"(?:%|\bpercent|\bper\s+cent|\bpor\s+ciento)\s+(?:of|de)\s+(?:the|its|their|los|las|sus)\s+$",
    re.IGNORECASE,
)
_SPEED_UNITS: Final = frozenset(
    ("mph", "km/h", "kph", "miles per hour", "kilometers per hour", "kilometres per hour",
     "kilómetros por hora", "km por hora", "knots", "nudos")
)  # fmt: skip
# (Spanish adjectives after the noun: "vientos sostenidos de", "vientos máximos de", "ráfagas
# de viento de")
_WIND_BEFORE: Final = compiled(
    r"\b(?:winds?|gusts?|wind\s+speeds?|vientos?|ráfagas?)"
    r"(?:\s+(?:de\s+viento|sostenidos|máximos|fuertes|huracanados|constantes)){0,2}"
    r"\s+(?:of\s+|de\s+)?"
    r"(?:(?:up\s+to|hasta|more\s+than|más\s+de|about|around|nearly|unos|cerca\s+de)\s+)?$",
    re.IGNORECASE,
)


# "tax revenue fell short of its target by $1.5 billion", "collection beat its goal by 5
# percent": the gap between a measure and its target, read off the words just before the figure.
_TARGET_GAP_EN: Final = compiled(
    r"(?:^|[,;:]\s*|\b(?:that|and|but|as|while)\s+)"
    r"(?P<np>(?:(?!(?:that|said|says|and|but|as|while|which|it|they)\b)[\w'’-]+\s+){1,5}?)"
    r"(?:(?:had|has|have|was|were)\s+)?"
    r"(?P<v>f[ae]ll(?:en)?\s+short\s+of|missed|undershot|beat(?:en)?|exceeded|surpassed|"
    r"overshot|topped)\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}?(?:target|goal)\s+by\s+$",
    re.IGNORECASE,
)


_EVENT_KIND_WORDS_EN: Final = ("hurricane", "storm", "cyclone", "typhoon", "flood", "quake", "fire")
# "increase in price of bread", "fall in prices of rice": a change of a price, then a bare
# change of a thing sold ("increase in milk").
_PRICE_CHANGE_EN: Final = compiled(
    r"(?:increase|rise|fall|drop|decline|change)\s+in\s+(?:the\s+)?(?P<m>prices?|cost)\s+of\s+",
    re.IGNORECASE,
)
_BARE_CHANGE_EN: Final = compiled(
    r"(?P<c>increase|rise|fall|drop|decline)\s+in\s+(?P<n>[a-z]+(?:\s+[a-z]+)?)"
)
# What a storm costs: 'insured losses', 'damage to agriculture', 'the cost of repairs'.
_LOSS_HEAD_EN: Final = compiled(
    r"(?:insured\s+|economic\s+|total\s+|crop\s+|farm\s+)?(?:losses|damage|damages|cost)\b",
    re.IGNORECASE,
)
# Units in which rain is measured ('412 millimetres of rain', 'an average of 180 mm').
_RAIN_UNITS_EN: Final = word_set(
    "millimetres millimeters millimetre millimeter mm inches inch centimetres centimeters"
)
_RAIN_WORD_EN: Final = compiled(r"\b(?:rain|rainfall|rains)\b", re.IGNORECASE)
_AVERAGE_OF_EN: Final = compiled(
    r"\baverage\s+of\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE
)


def _rainfall_en(sentence: str, figure: SubjectInput) -> str:
    """'Nairobi recorded 412 millimetres of rain', 'Up to 491 millimetres of rain fell': the
    rainfall measured, not the millimetres or the place that recorded them."""
    unit = figure.unit.lower().split()
    if not unit or unit[0] not in _RAIN_UNITS_EN:
        return ""
    window = sentence[max(0, figure.value_start - 80) : figure.tail_end + 12]
    if _RAIN_WORD_EN.search(window) is None:
        return ""
    head = "rainfall"
    if _AVERAGE_OF_EN.search(sentence, max(0, figure.value_start - 30), figure.value_start):
        head = "average rainfall"
    return with_place(head, figure.place, "en")


# "6 percent below its long-term average", "36 percent above normal": how far a measure is
# from its usual level.
_AGAINST_NORMAL_EN: Final = compiled(
    r"(?:\s*%|\s+percent|\s+per\s+cent)\s+(?P<d>below|above|under|over)\s+"
    r"(?P<ref>normal|average|(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:average|normal|mean))\b",
    re.IGNORECASE,
)


# ", before the pandemic,", ", during the lockdown,": a time set off by commas.
_TIME_ASIDE_EN: Final = compiled(r",\s+(?:before|during)\s+the\s+[a-z]+(?:\s+[a-z]+)?(?=,)")


_OR_RESTATED_EN: Final = compiled(r"[\d%a-z],\s+or\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+)?$")
_CHANGE_SUBJECT_EN: Final = compiled(
    r"(?:increase|rise|fall|drop|decline|cut|reduction|decrease|jump|gain|growth)\s+(?:in|of)\s"
)
_IN_TERMS_EN: Final = compiled(
    r"\bin\s+(?:real|nominal|cash|absolute|relative|dollar|inflation-adjusted)\s+terms\b",
    re.IGNORECASE,
)


def _against_normal_en(sentence: str, figure: SubjectInput, subject: str | None) -> str:
    """The shortfall or excess of a measure against its average or its normal level."""
    if figure.unit_kind != "percent":
        return ""
    gap = _AGAINST_NORMAL_EN.match(
        sentence, figure.value_start + len(_lead_number(sentence, figure))
    )
    if gap is None:
        return ""
    base = _CHANGE_LEAD_EN.sub("", subject or "")
    if (
        (not base or is_place(_no_place_tail(base)))
        and sentence.endswith(", ", 0, figure.value_start)
        and figure.earlier_subject
    ):
        # "India received 820 millimetres of rain ..., 6 percent below its long-term average":
        # the measure of the figure before
        base = _CHANGE_LEAD_EN.sub("", figure.earlier_subject)
    if not base or is_place(base) or is_place(_no_place_tail(base)):
        return ""
    ref = gap.group("ref")
    if gap.group("d").lower() in ("below", "under"):
        return f"shortfall of {base} against {ref}"
    return f"excess of {base} over {ref}"


def _lead_number(sentence: str, figure: SubjectInput) -> str:
    """The digits (and hedge) of the figure's own value text, up to its unit."""
    run = _NUMBER_RUN.match(sentence, figure.value_start)
    return run.group(0) if run is not None else ""


_NUMBER_RUN: Final = compiled(r"(?:[A-Za-z]+\s+){0,2}?[\d.,]*\d")


# "prices, which rose 12 percent": the noun a relative 'which' hangs on, then its change.
_WHICH_CHANGED_EN: Final = compiled(
    r"(?P<np>(?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*),\s+which\s+(?:have\s+|has\s+)?"
    r"(?P<v>rose|risen|climbed|jumped|increased|grew|grown|surged|soared|fell|fallen|dropped|"
    r"declined|slid|plunged|decreased|shrank)\s+(?:by\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
_RISE_WORDS_EN: Final = word_set("rose risen climbed jumped increased grew grown surged soared")
_NP_BREAKS_EN: Final = word_set("to for of in on at with by from and or as than that")
# "up from a low of 14 percent in February": the level the measure came from.
_FROM_EXTREME_EN: Final = compiled(
    r"\b(?:up|down)\s+from\s+(?:a|an|the|its)\s+(?:(?:record|all-time|historic|seasonal)\s+)?"
    r"(?:low|high|peak|trough)\s+of\s+$",
    re.IGNORECASE,
)
# "A 5-kilogram bag sold for 2,800 yen": a thing sold by a measure written into its name.
_SOLD_COMPOUND_EN: Final = compiled(
    r"\b(?P<np>\d+(?:\.\d+)?-(?:kilogram|kilo|kg|pound|lb|litre|liter|gallon|ounce|tonne|ton)"
    r"\s+(?:bag|sack|bottle|can|pack|box|carton|jar|tin)(?:\s+of\s+[a-z]+)?)\s+"
    r"(?:costs?|sells\s+for|sold\s+for|sold\s+at)\s+"
    r"(?:(?:about|around|roughly|an\s+average\s+of|on\s+average)\s+)?$",
    re.IGNORECASE,
)
# "after a dry spell since January destroyed about 1 million hectares": a clause that opens
# after the main one, its doer, a time, then its verb right before the figure.
_OPENER_WORDS_EN: Final = (" after", " as", " when", " because")
_DONE_AFTER_OPENER_EN: Final = compiled(
    r"\b(?:after|as|when|because)\s+(?:the|a|an)\s+(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)"
    r"(?:\s+(?:since|in|on|during|over)\s+[^,;]{1,25}?)?\s+(?P<v>[a-z]{3,}ed)\s+"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|at\s+least|over|an\s+estimated)\s+)?$",
)
_OF_THING_EN: Final = compiled(r"\s*of\s+(?P<n>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\b")


def _tail_of(sentence: str, figure: SubjectInput) -> str:
    """The words of a figure's unit phrase after its unit word ('of maize' in '1 million
    hectares of maize'), or '' when the phrase ends with its unit."""
    phrase = sentence[figure.value_start : figure.tail_end]
    unit = figure.unit.split()[-1] if figure.unit else ""
    at = phrase.find(unit) if unit else -1
    return phrase[at + len(unit) :] if at >= 0 else ""


# "The drought has hit 84 districts", "the storm struck 300 villages": what an event hit.
_STRUCK_WORDS_EN: Final = ("hit", "struck", "ravaged")
_EVENT_STRUCK_EN: Final = compiled(
    # (or the sentence's opening: "Measles outbreaks hit 103 countries")
    r"(?:\b(?:the|a|an|this|last\s+\w+['’]s)\s+|^)(?P<e>(?:[a-z-]+\s+)?(?:drought|floods?|flooding|storms?|"
    r"hurricane|cyclone|typhoon|earthquake|quake|wildfires?|fires?|heatwave|heat\s+wave|frost|"
    r"hailstorm|landslides?|tsunami|blizzard|outbreaks?|epidemics?|dry\s+spell))\s+"
    r"(?:has\s+|have\s+|had\s+)?(?P<v>hit|struck|ravaged)\s+"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|at\s+least|over)\s+)?$",
    re.IGNORECASE,
)
# "fall by as much as 40 percent from the 3.3 million tonnes harvested last year": the level
# a change is measured from.
_FROM_BASE_EN: Final = compiled(r"\bfrom\s+(?:the|its|their|a)\s+$", re.IGNORECASE)


def _early_subject_en(sentence: str, figure: SubjectInput) -> str:
    """Subjects read from the words right before an English figure, before the clause is."""
    start = figure.value_start
    if figure.is_change and ", which " in sentence[max(0, start - 40) : start]:
        changed = _WHICH_CHANGED_EN.search(sentence, max(0, start - 90), start)
        if changed is not None:
            words = changed.group("np").split()
            for at in range(len(words) - 1, -1, -1):
                if words[at].lower() in _NP_BREAKS_EN:
                    # ("to cool domestic prices": an infinitive's verb goes with its 'to')
                    words = words[at + (2 if words[at].lower() == "to" else 1) :]
                    break
            np = _last_np(words, "en")
            if np and not is_place(" ".join(np)) and np[-1].lower() not in _PRONOUN_SUBJECTS:
                # "to cool domestic prices, which rose 12 percent": the prices rose
                lead = "increase" if changed.group("v").lower() in _RISE_WORDS_EN else "fall"
                return with_place(f"{lead} in {' '.join(np).lower()}", figure.place, "en")
    if figure.earlier_subject and "from " in sentence[max(0, start - 30) : start]:
        if _FROM_EXTREME_EN.search(sentence, max(0, start - 40), start):
            # "reservoirs were at 17 percent of capacity on Monday, up from a low of 14
            # percent in February": the same measure, at its low
            return figure.earlier_subject
        if (
            not figure.is_change
            and figure.unit_kind != "percent"
            and _FROM_BASE_EN.search(sentence, max(0, start - 12), start)
            and (changed_lead := _CHANGE_LEAD_EN.match(figure.earlier_subject)) is not None
        ):
            # "this year's harvest could fall by 40 percent from the 3.3 million tonnes
            # harvested last year": the measure whose change was given, at its base
            return figure.earlier_subject[changed_lead.end() :]
    if (
        figure.unit_kind == "count"
        and figure.unit
        and any(f" {v} " in sentence[max(0, start - 30) : start] for v in _STRUCK_WORDS_EN)
    ):
        struck = _EVENT_STRUCK_EN.search(sentence, max(0, start - 60), start)
        if struck is not None:
            # "The drought has hit 84 of the country's 116 districts": the districts hit by
            # the drought (an irregular participle the verb lists miss)
            event = struck.group("e").lower()
            verb = struck.group("v").lower()
            return with_place(f"{figure.unit.lower()} {verb} by {event}", figure.place, "en")
    if (
        figure.unit_kind in ("count", "measure")
        and figure.unit
        and any(f"{w} " in sentence[max(0, start - 90) : start] for w in _OPENER_WORDS_EN)
        and (done := _DONE_AFTER_OPENER_EN.search(sentence, max(0, start - 90), start)) is not None
        and done.group("v").lower() not in _RECKONING_EN
    ):
        # "declared a national disaster after a dry spell since January destroyed about 1
        # million hectares of maize": the clause the figure is in says what was done to it,
        # and by what (not the main clause's 'declared')
        of_what = _OF_THING_EN.match(sentence, figure.tail_end - len(_tail_of(sentence, figure)))
        thing = of_what.group("n").lower() if of_what is not None else figure.unit.lower()
        verb = done.group("v").lower()
        return with_place(f"{thing} {verb} by {done.group('np').lower()}", figure.place, "en")
    if figure.unit_kind == "currency" and "-" in sentence[max(0, start - 60) : start]:
        sold = _SOLD_COMPOUND_EN.search(sentence, max(0, start - 80), start)
        if sold is not None:
            return with_place(f"price of {sold.group('np')}", figure.place, "en")
    return ""


_OBJECT_ARTICLES_ES: Final = word_set("la el los las")
# ', lo que equivale a una tasa de': a rate that restates the count before it.
_RESTATED_RATE_ES: Final = compiled(
    r",\s+(?:lo\s+que\s+(?:equivale|representa|significa|supone)\s+a|equivalente\s+a|"
    r"es\s+decir,?)\s+una\s+tasa\s+(?:de|del)\s+$"
)
# 'Las mujeres registraron una tasa de 9,1 %': a group's rate, of the kind named in the object
# or before; ', y los hombres, de 7,7 %': the next group's, the verb and the rate left out.
_GROUP_RATE_ES: Final = compiled(
    r"\b(?P<a>[Ll]as|[Ll]os)\s+(?P<g>[a-záéíóúñ]{3,}(?:\s+[a-záéíóúñ]{3,}){0,2}?)\s+"
    r"(?:registraron|registran|tuvieron|tienen|presentaron|presentan|alcanzaron|anotaron|"
    r"mostraron|muestran)\s+una\s+tasa(?:\s+de\s+(?P<x>[a-záéíóúñ]{4,}))?\s+(?:de|del)\s+"
    r"(?:(?:casi|más\s+de|menos\s+de|alrededor\s+del?|cerca\s+del?)\s+)?$"
)
_GROUP_RATE_OPEN_ES: Final = compiled(_GROUP_RATE_ES.pattern[:-1])
_GROUP_RATE_GAPPED_ES: Final = compiled(
    r",\s+y\s+(?P<a>los|las)\s+(?P<g>[a-záéíóúñ]{3,}(?:\s+[a-záéíóúñ]{3,}){0,2}?),\s+"
    r"(?:de|del|con)\s+$"
)


def _group_rate_es(sentence: str, figure: SubjectInput) -> str | None:
    """'tasa de desocupación de las mujeres' for 'Las mujeres registraron una tasa de 9,1 %'
    after 'La tasa de desocupación se ubicó en 8,3 %', and 'tasa de desocupación de los hombres'
    for the gapped ', y los hombres, de 7,7 %' after it; None when the clause is neither."""
    start = figure.value_start
    own = _GROUP_RATE_ES.search(sentence, max(0, start - 120), start)
    gapped = None
    if own is None:
        gapped = _GROUP_RATE_GAPPED_ES.search(sentence, max(0, start - 60), start)
        if gapped is None:
            return None
        own = _GROUP_RATE_OPEN_ES.search(sentence, max(0, gapped.start() - 160), gapped.start())
        if own is None:
            return None
    measure = "tasa"
    if own.group("x"):
        measure = f"tasa de {own.group('x')}"
    elif figure.earlier_subject and figure.earlier_subject.lower().startswith("tasa de "):
        earlier = _moved_measure_es(figure.earlier_subject)
        if gapped is not None:
            group_of = f" de {own.group('a').lower()} {own.group('g')}"
            earlier = earlier[: -len(group_of)] if earlier.endswith(group_of) else earlier
        if 1 < len(earlier.split()) <= 5:
            measure = earlier
    who = gapped or own
    return with_place(f"{measure} de {who.group('a').lower()} {who.group('g')}", figure.place, "es")


# "(, de) alrededor de 800.000 habitantes,": a population set in an aside, closed by its comma
_POPULATION_ASIDE_ES: Final = compiled(
    r"(?:(?:unos|unas|casi|cerca\s+de|más\s+de|alrededor\s+de|aproximadamente)\s+)?"
    r"[\d.,]+(?:\s+(?:millones\s+de|mil))?\s+(?:habitantes|pobladores|residentes)\s*,",
    re.IGNORECASE,
)


_GDP_NAMES_EN: Final = frozenset(("gdp", "gross domestic product", "economic output"))
# The fiscal measure a share of GDP is of, named before it in its clause: "the fiscal deficit
# came in at", "aims to cut the primary deficit to", "public debt rose to".
_FISCAL_NOUN_BEFORE_EN: Final = compiled(
    r"\b(?P<np>(?:(?:fiscal|primary|public|sector|budget|government|federal|overall|"
    r"current[- ]account|external|total|gross)\s+){0,2}(?:deficit|debt|surplus))\b"
    r"(?:[^,;.%\d]|,\s(?=which|the|its)){0,45}$",
    re.IGNORECASE,
)
# A place's population set beside its name: "the state, home to about 6.2 million people", "a
# country of about 10 million people", "una ciudad de 3 millones de habitantes".
_POPULATION_APPOSED: Final = compiled(
    r"(?:\bhome\s+to|\b(?:a|an|una?)\s+(?:city|country|nation|state|region|town|department|"
    r"province|island|municipality|metropolis|capital|ciudad|país|nación|estado|región|"
    r"departamento|provincia|isla|municipio|capital)\s+(?:of|de))\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around|more\s+than|over|at\s+least|unos|unas|"
    r"cerca\s+de|casi|más\s+de|alrededor\s+de)\s+)?$",
    re.IGNORECASE,
)
_POPULATION_UNITS: Final = frozenset(
    ("", "people", "inhabitants", "residents", "habitantes", "personas")
)


_AGE_APPOSED: Final = compiled(
    r"(?:\b[A-ZÁÉÍÓÚ][a-záéíóúñ'’-]+|\b(?:mayor|president|minister|governor|senator|spokesman|"
    r"spokeswoman|director|victim|suspect|alcalde|presidente|presidenta|ministro|ministra))"
    r"(,[ \t\u00a0]+\d{1,3},)(?=[ \t\u00a0]+[a-záéíóú])"
)
# The age between its commas alone, which every match of _AGE_APPOSED holds: a pattern that
# opens with a literal comma, which the engine finds by a plain scan, where _AGE_APPOSED's
# opening boundary makes it start an attempt at every position of the sentence.
_AGE_COMMAS: Final = compiled(r",[ \t\u00a0]+\d{1,3},(?=[ \t\u00a0]+[a-záéíóú])")


# A central bank's inflation target, told with the figure: "above the central bank's 3 percent
# target", "within its target range of 3% to 5%", "the bank's 3% goal", "por encima de la meta
# del Banco Central de 3 %", "dentro del rango meta ..., de entre 3 % y 5 %".
_TARGET_AFTER_EN: Final = compiled(
    r"\s*(?:(?:percent|per\s+cent|%)\s*)?"
    # ("above the 4.5 percent ceiling of the target range": an end of the target)
    r"(?:(?:upper\s+|lower\s+)?(?:ceiling|floor|limit|cap|top|bottom|end)\s+of\s+(?:the|its|a)\s+"
    r"(?:[\w-]+\s+)?)?(?:inflation\s+)?(?:target|goal)\b",
    re.IGNORECASE,
)
_TARGET_BEFORE_EN: Final = compiled(
    r"\b(?:target|goal)(?:\s+range)?\s+of\s+(?:between\s+)?"
    r"(?:\d[\d.]*\s*(?:%|percent)?\s+(?:to|and)\s+)?$",
    re.IGNORECASE,
)
_TARGET_BEFORE_ES: Final = compiled(
    r"\b(?:meta|objetivo|rango\s+meta)(?:\s+de\s+inflación)?(?:\s+del?\s+[^,.;%\d]{2,40}?)?,?"
    r"\s+(?:de\s+)?(?:entre\s+)?(?:\d[\d,]*\s*%\s+y\s+)?$",
    re.IGNORECASE,
)
_TARGET_FOR_PERIOD: Final = compiled(
    r"[^,.;]{0,25}?\b(?:for|para)\s+(?:this|next|el|este|the|\d{4}\b)", re.IGNORECASE
)
_INFLATION_WORDS: Final = (
    "inflation",
    "consumer prices",
    "central bank",
    "inflación",
    "banco central",
)


def inflation_target(sentence: str, value_start: int, tail_end: int, lang: str) -> bool:
    """Whether a figure is the inflation target a central bank sets (a standing goal), named
    with it."""
    lowered = sentence.lower()
    if not any(word in lowered for word in _INFLATION_WORDS) or "deficit" in lowered:
        return False
    if _TARGET_FOR_PERIOD.match(sentence, tail_end) is not None:
        # ("tiene una meta de inflación de 4 % para este año": the target of a year)
        return False
    if lang == "es":
        return "meta" in lowered and (
            _TARGET_BEFORE_ES.search(sentence, max(0, value_start - 80), value_start) is not None
        )
    if "target" not in lowered and "goal" not in lowered:
        return False
    return (
        _TARGET_AFTER_EN.match(sentence, tail_end) is not None
        or _TARGET_BEFORE_EN.search(sentence, max(0, value_start - 40), value_start) is not None
    )


# The voter roll in Spanish: "de un padrón de 6,2 millones de electores", "9,3 millones de
# empadronados"; and a share of it that voted: "votaron 5,4 millones, el 60,6 % de los 9,3
# millones de empadronados".
_ROLL_UNITS_ES: Final = frozenset(
    ("empadronados", "electores empadronados", "ciudadanos empadronados", "votantes empadronados")
)
_ROLL_BEFORE_ES: Final = compiled(
    r"\bpadrón(?:\s+electoral)?\s+(?:de|con)\s+(?:(?:unos|más\s+de|casi|cerca\s+de)\s+)?$",
    re.IGNORECASE,
)
_SHARE_OF_ROLL_ES: Final = compiled(
    r"\s*(?:%|por\s+ciento)\s+(?:del\s+padrón|de\s+los\s+(?:[\d.,]+\s+(?:millones\s+de\s+)?)?"
    r"(?:electores\s+)?(?:empadronados|inscritos|habilitados))\b",
    re.IGNORECASE,
)
_VOTED_ES: Final = compiled(
    r"\b(?:votaron|sufragaron|acudieron\s+a\s+(?:las\s+urnas|votar))\b", re.I
)


# ' inscritos', ' habilitados': voters on an election's roll.
_ON_THE_ROLL_AFTER_ES: Final = compiled(
    r"\s+(?:inscritos|habilitados|registrados|empadronados)\b", re.IGNORECASE
)


def _voter_roll_es(sentence: str, figure: SubjectInput) -> str | None:
    """'padrón electoral' for a count of the voter roll, 'participación' for the share of it
    that voted ('votaron ..., el 60,6 % de los 9,3 millones de empadronados')."""
    if figure.unit_kind == "count" and (
        figure.unit.lower() in _ROLL_UNITS_ES
        or _ROLL_BEFORE_ES.search(sentence, max(0, figure.value_start - 40), figure.value_start)
        # ('de los 6,2 millones de electores inscritos': the voters on the roll)
        or (
            figure.unit.lower() in ("electores", "votantes")
            and _ON_THE_ROLL_AFTER_ES.match(sentence, figure.tail_end) is not None
        )
    ):
        return "padrón electoral"
    if (
        figure.unit_kind == "percent"
        and _VOTED_ES.search(sentence, 0, figure.value_start) is not None
        and (
            share := _SHARE_OF_ROLL_ES.search(sentence, figure.value_start, figure.value_start + 90)
        )
        is not None
        and share.start() - figure.value_start <= 12
    ):
        return "participación"
    return None


_OF_THE_TOTAL_ES: Final = compiled(r"\s*(?:%|por\s+ciento)?\s*del\s+total\b", re.IGNORECASE)
# Spanish verbs by which a part makes up a share of a total: "sumaron el 17,4 % del total".
_MAKE_UP_ES: Final = frozenset(
    ("sumaron", "sumó", "suman", "suma", "representaron", "representó", "representan",
     "representa", "constituyen", "constituyeron", "fueron", "equivalen", "equivalieron")
)  # fmt: skip


# 'como meta que la deforestación anual no supere las ': a goal for what the clause names.
_GOAL_THAT_ES: Final = compiled(
    r"\b(?:como\s+meta|la\s+meta\s+es)\s+que\s+(?:el|la|los|las)\s+(?P<np>[^,;\d]{3,60}?)\s+"
    r"(?:no\s+)?(?:supere|superen|baje|bajen|llegue|lleguen|alcance|alcancen|caiga|caigan|"
    r"quede|queden|sea|sean)\s+(?:(?:a|de|del|al|los|las|el|la|unos|unas|menos\s+de|más\s+de)"
    r"\s+)*$",
    re.IGNORECASE,
)
# 'tiene capacidad para ', 'su capacidad, de ': what a place or a facility can hold.
_CAPACITY_BEFORE_ES: Final = compiled(
    r"\bcapacidad(?:\s+(?:máxima|total|instalada))?\s+(?:para|de)\s+(?:(?:unos|unas|hasta|"
    r"más\s+de|casi|cerca\s+de)\s+)?$|\bsu\s+capacidad,\s+de\s+$",
    re.IGNORECASE,
)
# ' % de su capacidad': how full it is.
_SHARE_OF_CAPACITY_ES: Final = compiled(
    r"[\d.,]+\s*(?:%|por\s+ciento)\s+de\s+su\s+capacidad\b", re.IGNORECASE
)
# The noun phrase a sentence opens with, up to a comma.
_LEAD_NP_ES: Final = compiled(
    r"\W*(?P<a>el|la|los|las)\s+(?P<np>[^,;]{3,80}?)(?=\s*,)", re.IGNORECASE
)
# The verb of what a place or facility holds: 'tiene capacidad', 'está al 61 % de su capacidad'.
_HOLDS_VERB_ES: Final = compiled(r"\s(?:tiene|tienen|cuenta\s+con|cuentan\s+con|está|están)\s")
# The noun phrase right before that verb, in its clause: 'pues las cárceles'.
_NP_BEFORE_VERB_ES: Final = compiled(
    r"\b(?P<a>el|la|los|las)\s+(?P<np>[^,;]{3,60})$", re.IGNORECASE
)


def _capacity_subject_es(sentence: str, figure: SubjectInput) -> str:
    """'capacidad del Centro de Confinamiento del Terrorismo (Cecot)' for 'El Centro ... (Cecot),
    la mayor cárcel del país, tiene capacidad para 40.000 reos'; 'ocupación del embalse El Yeso'
    for 'El embalse El Yeso, ..., está al 61 % de su capacidad'; '' when neither is said."""
    if _CAPACITY_BEFORE_ES.search(sentence, max(0, figure.value_start - 40), figure.value_start):
        word = "capacidad"
    elif figure.unit_kind == "percent" and _SHARE_OF_CAPACITY_ES.match(
        sentence, figure.value_start
    ):
        word = "ocupación"
    else:
        return ""
    verbs = list(_HOLDS_VERB_ES.finditer(sentence, 0, figure.value_start))
    if not verbs:
        return ""
    verb = verbs[-1]  # (the last one before the figure)
    before = sentence[: verb.start()]
    clause = before[max(before.rfind(","), before.rfind(";")) + 1 :]
    holder = _NP_BEFORE_VERB_ES.search(clause)
    if holder is None and not clause.strip():
        # ('El Centro de Confinamiento del Terrorismo (Cecot), la mayor cárcel del país, tiene
        # capacidad': the noun the sentence opens with, before its apposition)
        holder = _LEAD_NP_ES.match(sentence)
    if holder is None or is_place(holder.group("np")):
        return ""
    of = {"el": "del", "la": "de la", "los": "de los", "las": "de las"}
    return f"{word} {of[holder.group('a').lower()]} {holder.group('np').strip()}"


# ", y al año siguiente, de ": a clause joined with its verb left out, after its own time.
_ELIDED_AFTER_TIME_ES: Final = compiled(
    r"[,;]\s+(?:y|e)\s+(?:en\s+|al\s+|el\s+|un\s+|para\s+)?[^,;.]{0,20}\b(?:año|años|mes|"
    r"meses|semana|trimestre|semestre|periodo|período|(?:19|20)\d\d|enero|febrero|marzo|abril|"
    r"mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b[^,;.]{0,20},"
    r"\s+de\s+$",
    re.IGNORECASE,
)


# "sentenced former minister Rodrigo Valle to 12 years": who was sentenced
_SENTENCED_WHOM_EN: Final = compiled(
    r"\bsentenced\s+(?!(?:on|in|at|last|this|by)\b)"
    r"(?P<who>(?:[a-z-]+\s+){0,3}[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"to\s+(?:(?:up\s+to|more\s+than|nearly|about|at\s+least)\s+)?$"
)
# "Investigators have recovered about 420 million rand.": a doer, its act, then the money
_MONEY_DONE_BY_EN: Final = compiled(
    r"\s*(?P<agent>(?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|The\s+[a-z]+)\s+"
    r"(?:(?:have|has|had)\s+(?:so\s+far\s+|also\s+)?)?(?P<v>recovered|seized|confiscated|froze|"
    r"frozen|returned|collected|embezzled|laundered|stole|stolen|diverted|misappropriated)\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around|more\s+than|over|at\s+least|an\s+estimated)"
    r"\s+)?$"
)
_MONEY_PARTICIPLES_EN: Final = {"froze": "frozen", "stole": "stolen"}
# (the money ends its clause: "... 420 million rand.", "... $3 million, the agency said")
# (not "... $2 million from the city": where it was taken from names it, by another rule)
_MONEY_END_EN: Final = compiled(r"\s*(?:[.;,]|$|\s+(?:since|so\s+far)\b)")
# "The poll of 1,200 adults": the survey a sample's count is of
_SURVEY_OF_EN: Final = compiled(
    r"\b(?P<np>(?:[Tt]he|[Ii]ts|[Aa])\s+(?:[A-Z][\w&'’-]*\s+){0,3}(?:survey|poll))\s+of\s+"
    r"(?:(?:about|some|more\s+than|nearly|almost|roughly|around)\s+)?$"
)
# "The poll of 1,200 adults has a margin of error of 2.8 points": the survey whose margin it is
_MARGIN_OF_SURVEY_EN: Final = compiled(
    r"\s*(?P<np>(?:The|Its|Their)\s+(?:[A-Z][\w&'’-]*\s+){0,3}(?:survey|poll|study))\b[^.;]{0,90}?"
    r"\s+(?:has|had|carries|carried)\s+a\s+margin\s+of\s+error\s+of\s+(?:(?:plus\s+or\s+minus|"
    r"about|no\s+more\s+than|up\s+to)\s+)?$"
)
# "The GDL union, which represents about 40,000 workers, ...": a name opening the sentence and
# what it has, in a relative clause set off after it (up to the figure)
_OPENING_WHICH_HAS_EN: Final = compiled(
    r"\s*(?P<np>(?:The\s+)?[A-Z][^,;:()\d]{1,60}),\s+(?:which|who)\s+(?P<v>represents|serves|"
    r"employs|operates|has|manages)\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|"
    r"over|at\s+least|an\s+estimated)\s+)?$"
)
# "against consumer inflation of 87 percent", "compared with an unemployment rate of 6
# percent": a measure named right before its figure, set against another
_COMPARED_MEASURE_EN: Final = compiled(
    r"\b(?:against|compared\s+(?:with|to)|versus|outpacing|outstripping|beating|trailing|"
    r"above|below)\s+(?:an?\s+|the\s+)?(?P<np>(?:[a-z-]+\s+){0,2}(?:inflation|growth|"
    r"unemployment|(?:[a-z-]+\s+)?rate))\s+of\s+(?:(?:about|around|roughly|nearly|almost|"
    r"just|only|some)\s+)?$"
)
# "a 25 percent tariff on Chinese steel and aluminum": the levy a rate is of, and on what
_LEVY_AFTER_EN: Final = compiled(
    r"(?:\s+(?:percent|per\s+cent|%))?\s+(?P<levy>(?:(?:import|export|windfall|sales|"
    r"additional|new|extra|retaliatory|anti-dumping)\s+)?(?:tariffs?|tax|taxes|surtax|duty|"
    # (a word may be an abbreviation: "on U.S. coal")
    r"duties|levy|surcharge|royalty))\s+on\s+(?P<what>(?:(?:[A-Z]\.){2,}|[a-zA-Z][\w'’-]*)"
    r"(?:\s+(?!(?:from|starting|beginning|effective|as|by|this|next|last|until|that|which|to|on)\b|"
    r"and\s+(?:will|would|is|was)\b|in\s+(?:\d|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b))(?:(?:[A-Z]\.){2,}|[\w'’-]+)){0,6})"
)
# "Trucks waiting to enter it lined up for", "Cars queued for about": what formed a line, then
# how long it was
_LINED_UP_EN: Final = compiled(
    r"[\s\"“]*(?P<np>[A-Z][^,;:()\"“”\d]{2,70}?)\s+(?:lined\s+up|queued(?:\s+up)?|backed\s+up)"
    r"\s+(?:for\s+)?(?:(?:about|some|nearly|almost|roughly|around|more\s+than|over|up\s+to)\s+)?"
)
_DISTANCE_UNITS_EN: Final = frozenset(
    (
        "kilometres",
        "kilometers",
        "km",
        "miles",
        "kilometre",
        "kilometer",
        "mile",
        "metres",
        "meters",
    )
)
# "Cane is grown on about", "Coffee is planted on some": a crop, then the area it takes
_GROWN_ON_EN: Final = compiled(
    r"(?:^|[,;]\s+|\b(?:and|but)\s+)[\"“]*(?P<np>[A-Za-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})\s+"
    r"(?:is|are|was|were)\s+(?:now\s+)?(?P<v>grown|planted|cultivated|farmed|sown)\s+on\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around|more\s+than|over|an\s+estimated)\s+)?$"
)
_AREA_UNITS_EN: Final = frozenset(("hectares", "acres", "square kilometres", "square kilometers"))
# "expects output to stay above", "forecasts exports to reach": what is expected, then its level
_EXPECTS_TO_EN: Final = compiled(
    r"\b(?:expects?|expected|forecasts?|projects?|predicts?|sees)\s+(?!it\b|them\b|this\b)"
    r"(?P<np>(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)\s+to\s+(?:stay|remain|hold|rise|fall|"
    r"climb|drop|reach|hit|grow|increase|decline|top|exceed|be|total|surpass)\s+"
    r"(?:(?:at|above|below|to|over|under|around|about|near|roughly|nearly|some|more\s+than|"
    r"less\s+than|between|steady\s+at|by)\s+)*$"
)
# "plans to spend", "intends to invest about": money set aside for what follows 'on'
_PLANS_TO_SPEND_EN: Final = compiled(
    r"\b(?:plans?|planned|planning|intends?|aims?|is\s+set|are\s+set)\s+to\s+"
    r"(?P<v>spend|invest)\s+(?:(?:about|some|nearly|almost|roughly|around|"
    r"up\s+to|more\s+than|over|an\s+estimated)\s+)?$"
    r"|\b(?:will|would)\s+(?P<v2>spend|invest)\s+(?:(?:about|some|nearly|almost|roughly|around|"
    r"up\s+to|more\s+than|over|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
# " on new trains and track repairs over the next five years": what the money goes to, up to a
# time, a clause or the sentence's end
_SPENT_ON_AFTER_EN: Final = compiled(
    r"\s+(?:on|in)\s+(?P<x>(?!the\s+next\b)[a-z][^,;.:()]{2,80}?)"
    r"(?=\s+(?:over|during|by|through|until|from|this|next|starting|beginning|"
    r"in\s+(?:19|20)\d\d)\b"
    r"|\s*[,;.:(]|\s*$)",
    re.IGNORECASE,
)


def build_subject(
    sentence: str,
    figure: SubjectInput,
    removed: list[tuple[int, int]],
    lang: str,
    sentence_subject: Callable[[], str | None] | None = None,
) -> str | None:
    """The subject of one figure, or None when nothing in the sentence says what it measures.

    `sentence_subject` gives the sentence's subject when the figure's clause names none (read
    only then: it costs a pass over the sentence)."""
    if (
        ", " in sentence
        and _AGE_COMMAS.search(sentence) is not None
        and (age := _AGE_APPOSED.search(sentence)) is not None
    ):
        # ("Claudia Sheinbaum, 61, won 58 percent of the vote": an age set off by commas is no
        # part of what a figure measures; blanked, so that offsets stay)
        start, end = age.span(1)
        if not start <= figure.value_start < end:
            sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    if (
        figure.unit_kind in ("count", "none")
        and figure.unit.lower() in _POPULATION_UNITS
        and figure.place
        and _POPULATION_APPOSED.search(
            sentence, max(0, figure.value_start - 40), figure.value_start
        )
        is not None
    ):
        # ("will spend 4.2 billion pesos on new barracks in the state, home to about 6.2
        # million people": the place's population, not what the sentence says was done)
        word = "población de" if lang == "es" else "population of"
        return f"{word} {figure.place}"
    if (
        lang == "en"
        and figure.unit_kind == "percent"
        and not figure.is_change
        and ("deficit" in sentence or "debt" in sentence or "surplus" in sentence)
        and (figure.share_of or "").lower().removeprefix("the ") in _GDP_NAMES_EN
        and (
            fiscal := _FISCAL_NOUN_BEFORE_EN.search(
                sentence, max(0, figure.value_start - 90), figure.value_start
            )
        )
        is not None
        and not inflation_target(sentence, figure.value_start, figure.tail_end, lang)
        # ("The government targets a deficit of 4.3% this year": the target is named by the
        # rules for targets)
        and "target" not in sentence[max(0, figure.value_start - 90) : figure.value_start]
    ):
        # ("The government aims to cut the fiscal deficit to 3.9% of GDP", "the fiscal deficit
        # came in at 5.6 percent of GDP": the deficit, as a share of GDP; not 'share of GDP
        # where government aims to cut the fiscal deficit')
        fiscal_np = " ".join(fiscal.group("np").split()).lower()
        return with_place(f"{fiscal_np} as a share of GDP", figure.place, lang)
    if (
        lang == "en"
        and figure.unit_kind == "currency"
        and _MONEY_END_EN.match(sentence, figure.tail_end) is not None
        and (done_to := _MONEY_DONE_BY_EN.match(sentence, 0, figure.value_start)) is not None
    ):
        # ("Investigators have recovered about 420 million rand.": the money the doer
        # recovered, not the doer)
        verb = done_to.group("v").lower()
        agent = done_to.group("agent")
        if (
            agent.startswith("The ")
            or agent in ("Police", "Customs")
            or (" " not in agent and agent.endswith("s") and agent[1:].islower())
        ):
            # ("The agency", "Investigators": a common noun, capitalised only as the first word)
            agent = agent[0].lower() + agent[1:]
        participle = _MONEY_PARTICIPLES_EN.get(verb, verb)
        return with_place(f"money {participle} by {agent}", figure.place, lang)
    if (
        lang == "en"
        and figure.unit_kind == "count"
        and figure.unit
        and (" poll of " in sentence or " survey of " in sentence)
        and (
            sample_found := _SURVEY_OF_EN.search(
                sentence, max(0, figure.value_start - 60), figure.value_start
            )
        )
        is not None
    ):
        # ("The poll of 1,200 adults has a margin of error ...": who the poll asked)
        words = sample_found.group("np").split()
        np = " ".join(["the", *words[1:]])
        return f"{figure.unit} interviewed in {np}"
    if (
        lang == "en"
        and "margin of error" in sentence
        and (margin_found := _MARGIN_OF_SURVEY_EN.match(sentence, 0, figure.value_start))
        is not None
    ):
        # ("The survey, conducted between July 5 and July 12, has a margin of error of 2.8
        # percentage points": the survey's margin, not one of the country)
        np = margin_found.group("np")
        np = np[0].lower() + np[1:] if np.split()[0] in ("The", "Its", "Their") else np
        return f"margin of error of {np}"
    if (
        lang == "en"
        and figure.unit_kind == "count"
        and figure.unit
        and (", which " in sentence or ", who " in sentence)
        and (held_aside := _OPENING_WHICH_HAS_EN.match(sentence, 0, figure.value_start)) is not None
    ):
        # ("The GDL union, which represents about 40,000 workers, wants ...": what the name the
        # sentence opens with has, in the relative clause set off after it)
        owner = held_aside.group("np")
        if owner.startswith("The "):
            owner = "the " + owner[4:]
        verb = held_aside.group("v").lower()
        if verb in ("represents", "serves"):
            held_verb = "represented" if verb == "represents" else "served"
            return with_place(f"{figure.unit} {held_verb} by {owner}", figure.place, lang)
        possessed = _possessed(owner, verb, figure.unit)
        if possessed:
            return with_place(possessed, figure.place, lang)
    if (
        lang == "en"
        and figure.unit_kind == "percent"
        and " of " in sentence[max(0, figure.value_start - 8) : figure.value_start]
        and (
            compared_measure := _COMPARED_MEASURE_EN.search(
                sentence, max(0, figure.value_start - 80), figure.value_start
            )
        )
        is not None
    ):
        # ("Pump prices rose 160 percent, against consumer inflation of 87 percent", "Wages
        # rose 5 percent, compared with inflation of 7 percent": the measure set against the
        # first, named before its own figure)
        np = " ".join(compared_measure.group("np").split()).lower()
        return with_place(np, figure.place, lang)
    if (
        lang == "en"
        and figure.unit_kind == "percent"
        and not figure.is_change
        and " on " in sentence[figure.tail_end : figure.tail_end + 60]
        and (levy_found := _LEVY_AFTER_EN.match(sentence, figure.tail_end)) is not None
    ):
        # ("will impose a 100 percent surtax on electric vehicles made in China from Oct. 1",
        # "a 25% tariff on Chinese steel": the levy on the goods, not the country that sets it)
        what = " ".join(levy_found.group("what").split())
        return with_place(f"{levy_found.group('levy').lower()} on {what}", figure.place, lang)
    if (
        figure.unit_kind == "percent"
        # (the ends of a Spanish 'rango meta' are named by the rules for ranges below)
        and not (
            lang == "es"
            and "rango" in sentence[max(0, figure.value_start - 80) : figure.value_start]
        )
        and inflation_target(sentence, figure.value_start, figure.tail_end, lang)
    ):
        # "above the central bank's 3 percent target": the goal, not the inflation it is set
        # against
        goal = "meta de inflación" if lang == "es" else "central bank's inflation target"
        return with_place(goal, figure.place, lang)
    if (
        lang == "en"
        and figure.earlier_subject
        and (forecast := _FORECAST_BY_AFTER_EN.match(sentence, figure.tail_end)) is not None
    ):
        # "added 254,000 jobs ..., far more than the 150,000 economists had expected": the
        # measure before, as its forecasters expected it.
        earlier = _no_place_tail(figure.earlier_subject)
        return with_place(f"{earlier} expected by {forecast.group('who')}", figure.place, lang)
    if (
        lang == "es"
        and figure.earlier_subject
        and sentence.endswith(", de ", 0, figure.value_start)
        and _ELIDED_AFTER_TIME_ES.search(
            sentence, max(0, figure.value_start - 60), figure.value_start
        )
        is not None
    ):
        # "En mayo de 2022 el paro registrado era de 2.922.991 personas, y al año siguiente,
        # de 2.739.110": the verb left out after a new time, the same measure then.
        return with_place(_no_place_tail(figure.earlier_subject), figure.place, lang)
    if (
        lang == "en"
        and not figure.is_change
        and " to " in sentence[max(0, figure.value_start - 30) : figure.value_start]
        and (
            expects := _EXPECTS_TO_EN.search(
                sentence, max(0, figure.value_start - 90), figure.value_start
            )
        )
        is not None
    ):
        # "The federation expects output to stay above 12 million bags a year": what is
        # expected, the output ("Forecasters expect inflation to reach 3.2 percent":
        # inflation), not 'bags a year over the next two seasons'
        return with_place(expects.group("np").lower(), figure.place, lang)
    if (
        lang == "en"
        and figure.unit.lower() in _DISTANCE_UNITS_EN
        and (queue := _LINED_UP_EN.fullmatch(sentence, 0, figure.value_start)) is not None
    ):
        # "Trucks waiting to enter it lined up for 14 kilometres": how long the line of trucks
        # was, not 'kilometres lined along Highway 200 by trucks'
        who = queue.group("np").strip()
        who = who[:1].lower() + who[1:] if who[1:2].islower() else who
        return with_place(f"length of the line of {who}", figure.place, lang)
    if (
        lang == "en"
        and " on " in sentence[max(0, figure.value_start - 30) : figure.value_start]
        and figure.unit.lower() in _AREA_UNITS_EN
        and (
            grown := _GROWN_ON_EN.search(
                sentence, max(0, figure.value_start - 70), figure.value_start
            )
        )
        is not None
    ):
        # "Cane is grown on about 260,000 hectares": the area of the crop grown, not 'hectares
        # grown'
        crop = grown.group("np").lower()
        return with_place(f"area of {crop} {grown.group('v').lower()}", figure.place, lang)
    if (
        lang == "en"
        and figure.unit_kind == "currency"
        and ("spend" in sentence or "invest" in sentence)
        and (
            plan := _PLANS_TO_SPEND_EN.search(
                sentence, max(0, figure.value_start - 60), figure.value_start
            )
        )
        is not None
        and (on := _SPENT_ON_AFTER_EN.match(sentence, figure.tail_end)) is not None
    ):
        # "The city plans to spend 9.4 billion pesos on new trains and track repairs over the
        # next five years": the spending planned, on what; not 'city'
        verb = (plan.group("v") or plan.group("v2") or "").lower()
        what = "spending on" if verb == "spend" else "investment in"
        return with_place(f"planned {what} {on.group('x').strip()}", figure.place, lang)
    if lang == "es" and "meta" in sentence and figure.unit_kind != "percent":
        aim = _GOAL_THAT_ES.search(sentence, max(0, figure.value_start - 120), figure.value_start)
        if aim is not None:
            # "El Gobierno se fijó como meta que la deforestación anual no supere las 50.000
            # hectáreas para 2030": the goal for what the clause names, not the hectares.
            return with_place(f"meta de {aim.group('np')}", figure.place, lang)
    if lang == "es" and "capacidad" in sentence:
        held = _capacity_subject_es(sentence, figure)
        if held:
            return with_place(held, figure.place, lang)
    if lang == "es" and (
        "padr" in sentence or "empadronad" in sentence or "electores " in sentence
    ):
        roll = _voter_roll_es(sentence, figure)
        if roll:
            return with_place(roll, figure.place, lang)
    if (
        lang == "en"
        and figure.unit_kind in ("currency", "count")
        and " for " in sentence[max(0, figure.value_start - 8) : figure.value_start]
        and (account := _ACCOUNT_FOR_EN.fullmatch(sentence, 0, figure.value_start)) is not None
        # (a thing, not a place or a time singled out: "Mexico accounted for 13", "August
        # alone accounted for 152")
        and not is_place(account.group("np"))
        and not ends_with_place(account.group("np"))
        and " alone" not in account.group("np")
        and (whole_after := _OF_WHOLE_AFTER_EN.match(sentence, figure.tail_end)) is not None
    ):
        # "Debt payments account for 112 trillion pesos of the total" after "a 2026 budget of
        # 511 trillion pesos": the part the clause names, in the whole it is of (the total
        # measured before), not 'debt payments account' nor 'budget that of the total'.
        what = _strip_place_words(account.group("np"))
        what = what[:1].lower() + what[1:] if what[1:2].islower() else what
        noun = whole_after.group(1)
        if noun.lower() == "total" and figure.earlier_subject:
            noun = _no_place_tail(figure.earlier_subject)
        if noun.lower() != "total":
            what = f"{what} in {noun}"
        return with_place(_tidy(what), figure.place, lang)
    if (
        lang == "en"
        and figure.unit_kind == "count"
        and figure.unit
        and " of " in sentence[max(0, figure.value_start - 24) : figure.value_start]
        and WHOLE_OF_PART_BEFORE_EN.search(
            sentence, max(0, figure.value_start - 40), figure.value_start
        )
        is not None
    ):
        # "won about 2,700 of the country's 5,569 mayoralties", "31 of the 57 seats in the
        # Legislative Assembly": the whole a part is counted against is all of the things
        # (where they are), not what was done to the part.
        whole_where = _WHOLE_WHERE_EN.match(sentence, figure.tail_end)
        all_of = figure.unit
        if whole_where is not None:
            all_of += f" {whole_where.group(1)} {whole_where.group(2)}"
        return with_place(all_of, figure.place, lang)
    if figure.unit_kind == "currency" and any(
        "budget" in said or "presupuesto" in said
        for said in (sentence, figure.earlier_money or "", figure.earlier_subject or "")
    ):
        allocated = _allocation(sentence, figure, lang)
        if allocated:
            return with_place(allocated, figure.place, lang)
    if (
        lang == "en"
        and figure.earlier_subject
        and sentence.startswith(("Among ", "For ", "In "))
        and (group := _AMONG_POINTER_EN.match(sentence, 0, figure.value_start)) is not None
        and not is_place(group.group("g"))
    ):
        # "The unemployment rate was 6.1 percent. Among women, it was 7.9 percent", "For women,
        # the rate was 7.9 percent", "In the 13 largest cities, the rate was 8.7 percent": the
        # measure before, among that group or in those places.
        measure = _no_place_tail(figure.earlier_subject)
        relation = "in" if group.group("p") == "In" else "among"
        return with_place(f"{measure} {relation} {group.group('g')}", figure.place, lang)
    if lang == "en" and (", before the " in sentence or ", during the " in sentence):
        # "Spending in fiscal 2019, before the pandemic, was $4.45 trillion": a time set off by
        # commas dates the figure; it is no part of what was measured.
        removed = removed + [m.span() for m in _TIME_ASIDE_EN.finditer(sentence)]
    if (
        lang == "en"
        and figure.unit_kind == "percent"
        and figure.earlier_subject
        and _OR_RESTATED_EN.search(sentence, max(0, figure.value_start - 16), figure.value_start)
        and _CHANGE_SUBJECT_EN.match(figure.earlier_subject)
    ):
        # "a rise of about £42 billion, or 30 percent", "fell by 120, or 8 percent": the same
        # change, restated as a percentage.
        return figure.earlier_subject
    if (
        lang == "en"
        and figure.earlier_subject
        and figure.unit_kind == "percent"
        and sentence.endswith("of ", 0, figure.value_start)
    ):
        turned_to = _A_CHANGE_OF_BEFORE_EN.search(
            sentence, max(0, figure.value_start - 24), figure.value_start
        )
        earlier_change = _CHANGE_SUBJECT_EN.match(figure.earlier_subject)
        if turned_to is not None and earlier_change is not None:
            # "Production fell 2.5 percent in September. August's figure was revised to a rise
            # of 2.9 percent": a change of the measure just named, in the direction it says.
            noun = "increase" if turned_to.group(1).lower() in _RISE_NOUNS_EN else "fall"
            return f"{noun} in {figure.earlier_subject[earlier_change.end() :]}"
    if (
        lang == "en"
        and figure.place
        and "est " in sentence
        and sentence.endswith(", at ", 0, figure.value_start)
    ):
        ranked_by = _RANKED_MEASURE_EN.search(
            sentence, max(0, figure.value_start - 120), figure.value_start
        )
        if ranked_by is not None and " " in ranked_by.group("m"):
            # "Spain still has the highest jobless rate, at 11.5 percent": the measure the
            # place is ranked by, in that place (a bare 'the highest rate' names no measure:
            # the one before it does).
            return with_place(ranked_by.group("m"), figure.place, lang)
    if lang == "en" and "whole" in sentence:
        # "For the whole of 2024, gross domestic product expanded 3.4 percent", "In the third
        # quarter as a whole, production was 1.7 percent lower": the words that stretch a time
        # over all of it are no part of what was measured.
        removed = removed + [m.span() for m in _WHOLE_TIME_EN.finditer(sentence)]
    if (
        lang == "en"
        and figure.earlier_subject
        and " by " in sentence
        and _CHANGE_SUBJECT_EN.match(figure.earlier_subject)
    ):
        expected_by = _EXPECTED_CHANGE_EN.match(sentence, figure.tail_end)
        if expected_by is not None:
            # "production fell 2.5 percent, far more than the 1.0 percent drop expected by
            # analysts", "prices rose 1.05 percent, above the 0.97 percent forecast by
            # analysts": the change someone expected in the measure the sentence reports.
            verb = expected_by.group("verb")
            said = "expected" if verb in ("expected", "anticipated") else "forecast"
            return f"{said} {figure.earlier_subject}"
    if lang == "en" and " terms" in sentence:
        # "had risen by £40 billion in real terms": how the amount is measured, not what.
        removed = removed + [m.span() for m in _IN_TERMS_EN.finditer(sentence)]
    if lang == "en" and (early := _early_subject_en(sentence, figure)):
        return early
    if (
        lang == "es"
        and figure.place
        and sentence.endswith((", de ", ", con "), 0, figure.value_start)
        and _POPULATION_ASIDE_ES.match(sentence, figure.value_start)
    ):
        # "El departamento, de alrededor de 800.000 habitantes, cerró 2023 con ...": the
        # population of the place the sentence is about, set in an aside.
        return f"población de {figure.place}"
    if (
        lang == "es"
        and figure.unit
        and ("límite" in sentence or "tope" in sentence)
        and _LIMIT_OF_ES.search(sentence, max(0, figure.value_start - 30), figure.value_start)
        is not None
    ):
        # "La terminal opera con un límite de 43 operaciones por hora", "un tope de 500
        # personas": the limit on what is counted, not the count.
        word = (
            "tope"
            if "tope" in sentence[max(0, figure.value_start - 30) : figure.value_start]
            else "límite"
        )
        return with_place(f"{word} de {figure.unit}", figure.place, lang)
    if (
        lang == "es"
        and figure.unit.lower() in _AREA_UNITS_ES
        and sentence.endswith(", de ", 0, figure.value_start)
        and sentence.startswith(",", figure.tail_end)
        and (holder := _AREA_HOLDER_ES.search(sentence, 0, figure.value_start - 5)) is not None
    ):
        # "La reserva, de unos 2 millones de hectáreas, es la mayor área protegida": the area
        # of what the aside is set on ('superficie de la reserva').
        article = holder.group("a").lower()
        owner = holder.group("n")
        lead = "del" if article == "el" else f"de {article}"
        return with_place(f"superficie {lead} {owner}", figure.place, lang)
    if (
        lang == "es"
        and figure.unit_kind == "percent"
        and " tasa" in sentence
        and (rate := _group_rate_es(sentence, figure))
    ):
        return rate
    if (
        lang == "es"
        and figure.unit_kind == "percent"
        and figure.earlier_subject
        and " tasa" in sentence
        and _RESTATED_RATE_ES.search(sentence, max(0, figure.value_start - 60), figure.value_start)
    ):
        # "abandonaron la secundaria 280.000 estudiantes, lo que equivale a una tasa de 4,1 %":
        # the rate of what the figure before counted.
        earlier = _no_place_tail(figure.earlier_subject)
        if earlier and not earlier.lower().startswith(("tasa ", "proporción ", "porcentaje ")):
            return with_place(f"tasa de {earlier}", figure.place, lang)
    if (
        lang == "en"
        and figure.unit_kind == "count"
        and figure.earlier_subject
        and figure.unit
        and " such " in sentence[figure.value_start : figure.tail_end]
        and figure.unit.split()[-1].lower()
        in _no_place_tail(figure.earlier_subject).lower().split(" in ")[0].split()
    ):
        # "Texas reported 1,240 heat-related emergency room visits last week ... the
        # department has logged 4,310 such visits": visits of the kind just counted.
        return with_place(_no_place_tail(figure.earlier_subject), figure.place, lang)
    if (
        lang == "en"
        and " by " in sentence
        and (" target" in sentence or " goal" in sentence)
        and (
            gap := _TARGET_GAP_EN.search(
                sentence, max(0, figure.value_start - 120), figure.value_start
            )
        )
        is not None
    ):
        measured = _tidy(gap.group("np"))
        if gap.start("np") == 0 and measured[1:2].islower():
            measured = measured[:1].lower() + measured[1:]  # a sentence's capital
        verb = gap.group("v").lower()
        if measured and not is_place(measured):
            if verb.startswith(("fell", "fall", "missed", "undershot")):
                return with_place(f"shortfall of {measured} against its target", figure.place, lang)
            return with_place(f"amount by which {measured} exceeded its target", figure.place, lang)
    if (
        lang == "en"
        and figure.unit_kind == "count"
        and figure.unit
        and " with " in sentence
        and _RANKED_WITH_EN.search(sentence, max(0, figure.value_start - 100), figure.value_start)
    ):
        # "Guanajuato was the most violent state, with 2,982 victims", "Cauca topped the list
        # with 43 killings": what the place ranks by is what it counted, in that place.
        return with_place(figure.unit.lower(), figure.place, lang)
    if figure.unit_kind == "currency" and (
        "cuest" in sentence or "cost" in sentence or "vend" in sentence or "sell" in sentence
    ):
        priced = _PRICED[lang].search(sentence, max(0, figure.value_start - 90), figure.value_start)
        np = _tidy(priced.group("np")) if priced is not None else ""
        if (
            priced is not None
            and (_SOLD_UNIT.match(np) is not None or "vend" in priced.group(0).lower())
            # ('el cilindro de gas propano de 25 libras cuesta': the noun after a number is
            # only part of the thing sold)
            and not any(
                ch.isdigit() for ch in sentence[max(0, priced.start() - 4) : priced.start()]
            )
            and not is_place(np)
        ):
            # "Un kilo de tortilla cuesta en promedio 21 pesos", "A gallon of diesel costs
            # $3.50", "El diésel se vende a Q29,80": the price of a thing sold by the unit (a
            # project's or a programme's cost is read as before).
            lead = "precio de" if lang == "es" else "price of"
            return with_place(f"{lead} {np}", figure.place, lang)
    if (
        lang == "en"
        and figure.unit_kind == "currency"
        and " from " in sentence
        and (taken := _MONEY_TAKEN_FROM_EN.match(sentence, figure.tail_end)) is not None
        and (
            took := _MONEY_VERB_BEFORE_EN.search(
                sentence, max(0, figure.value_start - 90), figure.value_start
            )
        )
        is not None
        and took.group("v").lower() not in _CHANGE_ED_EN
    ):
        # "officials diverted about 7 billion lempiras from the institute", "The mayor
        # embezzled $2 million from the city": the money taken from there, not its takers.
        verb = took.group("v").lower()
        verb = _TAKEN_EN.get(verb, verb)
        return with_place(f"money {verb} from {taken.group('np')}", figure.place, lang)
    if (
        lang == "en"
        and "capacity" in sentence
        and (over := _OVER_CAPACITY_EN.match(sentence, figure.tail_end)) is not None
        and figure.unit_kind in ("count", "percent", "none")
    ):
        # "prisons held 33,500 inmates, about 10% more than their official capacity", "some
        # 3,000 more than their official capacity": how far the count is over capacity.
        adjective = f"{over.group('adj').lower()} " if over.group("adj") else ""
        counted = figure.unit if figure.unit_kind == "count" and figure.unit else ""
        head = counted or ("overcrowding" if figure.unit_kind == "percent" else figure.earlier_unit)
        if head:
            return with_place(f"{head} above {adjective}capacity", figure.place, lang)
    if (
        lang == "en"
        and figure.unit_kind == "rate"
        and "rate, " in sentence
        and (
            rated := _RATE_AT_BEFORE_EN.search(
                sentence, max(0, figure.value_start - 40), figure.value_start
            )
        )
        is not None
        and rated.group("n").lower() not in _RATE_NOT_KIND_EN
        and not rated.group("n").lower().endswith("est")
    ):
        # "giving El Salvador the world's highest incarceration rate, at around 1,500 per
        # 100,000": the rate the aside gives the figure of, not the clause before it.
        return with_place(f"{rated.group('n').lower()} rate", figure.place, lang)
    if (
        lang == "en"
        and figure.unit_kind == "count"
        and figure.unit
        and "," in sentence
        and (done := _done_after_aside_en(sentence, figure)) is not None
    ):
        # "Four suspects, including two Mexicans, were arrested", "Twelve people, among them
        # three children, were killed": both counts are of those the passive verb after the
        # aside acted on ('suspects arrested', 'Mexicans arrested').
        return with_place(f"{figure.unit} {done}", figure.place, lang)
    if (
        figure.unit_kind == "count"
        and figure.unit
        # (the article first: a plain test spares most figures the search)
        and sentence.endswith(_SHARE_BASE_ARTICLES, 0, figure.value_start)
        and _SHARE_BASE_BEFORE.search(sentence, max(0, figure.value_start - 40), figure.value_start)
    ):
        # "Turnout fell to about 45 percent of the 9.4 million registered voters", "el 30 % de
        # los 2.000 reos": the whole a share is of is all of what it counts, not the share's
        # subject ('turnout') or what the share's clause says of a part ('awaiting trial').
        return with_place(figure.unit, figure.place, lang)
    if figure.unit.lower() in _SPEED_UNITS and _WIND_BEFORE.search(
        sentence, max(0, figure.value_start - 40), figure.value_start
    ):
        # "made landfall ... with winds of 120 mph", "vientos de 150 kilómetros por hora": the
        # wind speed of the storm the text is about, not the clause around it.
        if lang == "es":
            head = figure.event.split()[0] if figure.event else ""
            article = _event_article_es(head)
            of = "del" if article == "el" else f"de {article}"
            phrase = f"velocidad del viento {of} {figure.event}" if head else "velocidad del viento"
        else:
            phrase = f"wind speed of {figure.event}" if figure.event else "wind speed"
        return with_place(phrase, figure.place, lang)
    if (
        figure.unit_kind == "currency"
        and figure.earlier_subject
        and sentence.endswith("(", 0, figure.value_start)
        and _CONVERTED_BEFORE.search(sentence, max(0, figure.value_start - 50), figure.value_start)
    ):
        # "a budget of 148.5 billion quetzals ($19.2 billion)": the same amount in another
        # currency, of the same thing.
        return figure.earlier_subject
    if (
        lang == "en"
        and figure.unit_kind == "percent"
        and figure.earlier_count
        and not figure.is_change
        and " of them " in sentence
        and (them := _SHARE_OF_THEM_EN.match(sentence, figure.value_start)) is not None
    ):
        # "907 homicides, 36% of them linked to drug trafficking", "70 percent of them with
        # firearms", "half of them children": that part of what was counted before.
        base = figure.share_of or _without_generic_lead(_no_place_tail(figure.earlier_count))
        rest = them.group("rest").split()
        if base and rest and rest[0].lower() not in _AUX_EN and rest[0].lower() not in _VERBS_EN:
            if rest[0].lower().endswith("ed") or rest[0].lower() in _PART_LEADS_EN:
                phrase = f"share of {base} {' '.join(rest)}"
            else:
                phrase = f"share of {base} that were {' '.join(rest)}"
            return with_place(_tidy(phrase), figure.place, lang)
    if (
        figure.unit_kind == "percent"
        and figure.earlier_count
        and not figure.is_change
        and not figure.share_of
        and (part := _apposed_part(sentence, figure, lang))
    ):
        # "Guatemala registró 2.870 homicidios, el 80 % con arma de fuego", "17.6 million
        # inhabitants, 54 percent in urban areas": that part of what the clause counted.
        base = _without_generic_lead(_no_place_tail(figure.earlier_count))
        if base:
            share_word = "proporción de" if lang == "es" else "share of"
            return with_place(_tidy(f"{share_word} {base} {part}"), figure.place, lang)
    if (
        lang == "es"
        and sentence.endswith(" y ", 0, figure.value_start)
        and (own := _OWN_PRETERITE_AFTER_ES.match(sentence, figure.tail_end)) is not None
        and own.group("v").lower() not in _COPULAR_PAST_ES
        and (own.group("v").endswith("ron") or _is_verb(own.group("v"), lang, None))
    ):
        # "Cientos de escuelas suspendieron clases y miles de familias recibieron ayuda": the
        # second figure is the subject of a clause of its own, read as if the sentence began
        # with it (blanked before it, so that offsets stay).
        sentence = " " * figure.value_start + sentence[figure.value_start :]
    if (
        lang == "es"
        and figure.value_start > 12
        and sentence.find(" que ", max(0, figure.value_start - 40), figure.value_start) != -1
        and (
            doer := _RELATIVE_DOER_ES.search(
                sentence, max(0, figure.value_start - 90), figure.value_start
            )
        )
        is not None
    ):
        # "La caída se atribuye a la sequía que afectó a unas 3.500 hectáreas": the figure is
        # of the relative clause, whose doer is the noun before 'que' ('hectáreas afectadas por
        # la sequía'), read as if the sentence began with it (offsets stay).
        start, que, verb = doer.start("np"), doer.start("que"), doer.start("v")
        sentence = " " * start + sentence[start:que] + " " * (verb - que) + sentence[verb:]
    if lang == "en" and ", when " in sentence[: figure.value_start]:
        aside = _WHEN_ASIDE_EN.search(sentence, 0, figure.value_start)
        if aside is not None:
            # "On Monday, when U.S. markets were closed, Brent slipped 0.6 percent": the aside
            # that says what was going on then holds no subject of the figure (blanked, so that
            # offsets stay).
            start, end = aside.span()
            sentence = sentence[:start] + "," + " " * (end - start - 1) + sentence[end:]
    subject = _build_subject(sentence, figure, removed, lang, sentence_subject)
    if lang == "es" and subject and figure.earlier_subject and " " in subject:
        subject = _named_fully_before_es(subject, figure.earlier_subject)
    if lang == "es" and subject and " al día" in subject:
        daily = _PER_DAY_SUBJECT_ES.match(subject)
        if daily is not None:
            # "movía unos 800.000 pasajeros al día": the daily passengers
            noun = daily.group(1)
            adjective = "diarias" if feminine_es(noun) else "diarios"
            subject = f"{noun} {adjective}{subject[daily.end() :]}"
    pointer = (
        _CHANGE_IN_POINTER_EN.match(subject)
        if lang == "en" and subject and figure.earlier_subject and " in " in subject
        else None
    )
    if (
        lang == "en"
        and subject
        and not figure.is_change
        and figure.unit_kind != "points"
        and "annual" in sentence
        and "rate" not in lower(subject)
        and (
            annual := _ANNUAL_RATE_BEFORE_EN.search(
                sentence, max(0, figure.value_start - 50), figure.value_start
            )
        )
        is not None
    ):
        # "Sales fell 5.4 percent to a seasonally adjusted annual rate of 3.89 million units":
        # the figure is the annual rate of what the sentence measures
        rate = " ".join(annual.group(1).lower().split())
        if figure.unit_kind == "percent":
            # ("The economy grew at an annualized rate of 1.6 percent": annualized growth)
            grew = _GREW_BEFORE_EN.search(sentence, max(0, annual.start() - 40), annual.start())
            rate = _RATE_OR_PACE_END.sub("growth", rate) if grew is not None else rate
        subject = f"{rate} of {subject}"
    topic = (
        _TOPIC_OPENING_EN.match(sentence)
        if lang == "en" and subject and sentence.startswith("In ")
        else None
    )
    if (
        topic is not None
        and subject
        and topic.end() <= figure.value_start
        and topic.group(1).split()[0] not in _NOT_TOPICS_EN
        and topic.group(1) not in lower(subject)
    ):
        # "In physics, only 17 percent of the target was met": the field the sentence opens
        # with says which part the figure is of ('share of target that was met in physics')
        subject = with_place(f"{_no_place_tail(subject)} in {topic.group(1)}", figure.place, lang)
    bare_change = (
        _CHANGE_IN_WORD_EN.match(subject)
        if lang == "en" and subject and figure.is_change and figure.earlier_subject
        else None
    )
    if bare_change is not None and figure.earlier_subject:
        # "40,990 people died in motor vehicle crashes in 2023, a decrease of 3.6 percent":
        # the change of what the count before measured, not of its bare unit ('people')
        earlier = _no_place_tail(figure.earlier_subject)
        noun = bare_change.group(2)
        if (
            earlier.lower().startswith(noun.lower() + " ")
            and len(earlier.split()) > 2
            and _CHANGE_IN_LEAD_EN.match(earlier) is None
        ):
            subject = with_place(f"{bare_change.group(1)} in {earlier}", figure.place, lang)
    if pointer is not None and figure.earlier_subject:
        # "... 75,312 people experiencing homelessness in the county. In the city, the number
        # dropped 2.2 percent": the change of what was counted before, not of 'number'
        earlier = _CHANGE_IN_LEAD_EN.sub("", _no_place_tail(figure.earlier_subject))
        if earlier and earlier.split()[0].lower() not in _POINTER_NOUNS_EN:
            subject = with_place(f"{pointer.group(1)} in {earlier}", figure.place, lang)
    if (
        lang == "en"
        and subject
        and not figure.is_change
        # (money: a flow, a measurement or a rate that averaged so much keeps its name,
        # 'output', 'rainfall', 'hotel occupancy')
        and figure.unit_kind == "currency"
        and "averaged " in sentence
        and "average" not in lower(subject)
        # (the sentence's own measure, not one a pointer took from the sentence before:
        # "Monthly transfers averaged $1.6 billion" after remittances)
        and lower(subject).split()[0] in lower(sentence[: figure.value_start])
        and _AVERAGED_BEFORE_EN.search(
            sentence, max(0, figure.value_start - 30), figure.value_start
        )
    ):
        # "Starting salaries averaged $54,500": the average of what the sentence names
        subject = f"average {subject}"
    if (
        lang == "es"
        and subject
        and not figure.is_change
        and figure.unit_kind == "currency"
        and ("super" in sentence or "exced" in sentence or "rebas" in sentence)
        and _EXCEEDS_BY_ES.search(sentence, max(0, figure.value_start - 30), figure.value_start)
    ):
        # "La cifra supera en Q13.000 millones al presupuesto vigente": the amount by which it
        # exceeds, a rise over the same thing at another time, else a gap to the other thing
        # (as for a percentage, below).
        other = _EXCEEDED_ES.match(sentence, figure.tail_end)
        rest = other.group("np").strip() if other is not None else ""
        if not rest or _TIME_COMPARED_ES.search(rest):
            subject = f"aumento de {subject}"
        else:
            base = _strip_place_words(_no_place_tail(subject))
            cut = base.lower().find(f" {rest.lower()}")
            if cut > 0:
                # ('exportaciones a las importaciones': what is exceeded, read into the subject)
                base = _TO_TAIL_ES.sub("", base[:cut])
            pair = f"{base} y {rest}"
            subject = with_place(_tidy(f"diferencia entre {pair}"), figure.place, lang)
    if (
        lang == "es"
        and subject
        and figure.unit_kind == "rate"
        and figure.counted
        and not lower(subject).startswith(("tasa", "índice", "promedio", "media"))
        and lower(figure.counted.split()[0]) not in lower(subject)
        and sentence.endswith(("con ", "de ", "en ", ", "), 0, figure.value_start)
    ):
        # "Colima tuvo la tasa más alta del país, con 86,4 homicidios por cada 100.000
        # habitantes" after a sentence on disappearances: the rate of what it counts.
        subject = with_place(f"tasa de {figure.counted}", figure.place, lang)
    if (
        lang == "es"
        and figure.earlier_count
        and not figure.is_change
        and figure.unit_kind in ("count", "percent")
        and sentence.endswith(("con ", "con el "), 0, figure.value_start)
        and (ranked := _nationality_ranked_es(sentence, figure))
    ):
        # 'Los venezolanos fueron la nacionalidad más numerosa, con 31.200, seguidos de los
        # hondureños, con 22.800': the nationality's part of what was counted before.
        subject = ranked
    if (
        lang == "es"
        and subject
        and figure.earlier_subject
        and (bare_change := _POINTER_CHANGE_ES.match(_no_place_tail(subject))) is not None
    ):
        # 'El indicador subió 0,7 puntos', 'El dato implica una baja de 7,3 puntos': the change
        # of the measure named before ('aumento de tasa de desocupación'), not of the pointer.
        earlier = _no_place_tail(CHANGE_LEAD_ES.sub("", figure.earlier_subject))
        if earlier and not earlier[:1].isupper() and not _POINTER_CHANGE_ES.match(earlier):
            change = bare_change.group("c") or bare_change.group("d") or bare_change.group("e")
            subject = with_place(f"{change} de {earlier}", figure.place, lang)
    if (
        lang == "en"
        and subject
        and subject.split(" in ", 1)[0] in ("they", "it")
        and figure.prior_subject is not None
    ):
        # "Remittances to Guatemala hit a record last year. They totaled $21.5 billion": the
        # pronoun stands for what the sentence before measured.
        prior = _no_place_tail(figure.prior_subject() or "")
        if prior and prior.lower() not in _PRONOUN_SUBJECTS and not is_place(prior):
            subject = with_place(prior, figure.place, lang)
    if subject and lang == "en" and " to " in subject:
        # "The bank expects inflation to reach 4 percent": what is expected to reach it
        subject = _TO_REACH_TAIL.sub("", subject)
    if (
        figure.is_change
        and figure.earlier_subject
        and figure.unit_kind in ("percent", "points")
        and _GAPPED_AND.search(sentence, max(0, figure.value_start - 12), figure.value_start)
    ):
        # "Consumer prices rose 0.16% in January and 4.56% in the 12 months to January": the
        # second change gaps the first one's verb, and measures what it measured.
        return figure.earlier_subject
    if (
        lang == "en"
        and subject
        and figure.earlier_subject
        and " by " in figure.earlier_subject
        and " by " not in subject
        and " and " in sentence
        and _AND_PAST_VERB_BEFORE_EN.search(
            sentence, max(0, figure.value_start - 40), figure.value_start
        )
        is not None
    ):
        shared_doer = _no_place_tail(figure.earlier_subject.rsplit(" by ", 1)[1])
        if (
            shared_doer
            and not is_place(shared_doer)
            and shared_doer.lower() not in _PRONOUN_SUBJECTS
        ):
            # "The fires destroyed about 15,000 homes and burned more than 9,200 hectares": the
            # second verb shares the first one's doer ('hectares burned by fires').
            bare = _no_place_tail(subject)
            subject = with_place(f"{bare} by {shared_doer}", figure.place, lang)
    if (
        lang == "es"
        and subject
        and figure.unit_kind == "count"
        and figure.earlier_subject
        and " del " not in subject
        and " de la " not in subject
        and ", " in sentence[max(0, figure.value_start - 60) : figure.value_start]
        and _BUT_HAD_ES.search(sentence, max(0, figure.value_start - 60), figure.value_start)
        is not None
    ):
        holder = _HELD_BY_ES.search(_no_place_tail(figure.earlier_subject))
        if holder is not None:
            # "El hospital dispone de 900 camas, pero el miércoles tenía 1.062 pacientes
            # ingresados": the second verb of having shares the first one's holder
            # ('pacientes ingresados del Hospital Roosevelt').
            bare = _no_place_tail(subject)
            subject = with_place(f"{bare} {holder.group(0).strip()}", figure.place, lang)
    if (
        lang == "en"
        and figure.unit_kind == "measure"
        and (quoted := _EXCHANGE_UNIT_EN.fullmatch(figure.unit)) is not None
    ):
        # "The peso closed at 951 per dollar": the exchange rate of the currency quoted.
        money = _CURRENCY_SINGULARS_EN.get(quoted.group(1), quoted.group(1))
        return with_place(
            f"exchange rate of the {money} against the {quoted.group(2)}", figure.place, lang
        )
    if (
        lang == "en"
        and subject
        and figure.is_change
        and subject.startswith(("increase in ", "fall in ", "change in ", "growth of "))
        and (per := _PER_SPAN_AFTER_EN.match(sentence, figure.tail_end)) is not None
    ):
        # "where the bank lets it weaken by two percent a month": a change that recurs each
        # month is the monthly change, not one of the period the text reports.
        subject = f"{_SPAN_ADJECTIVE_EN[per.group(1).lower()]} {subject}"
    if (
        lang == "en"
        and subject
        and figure.earlier_subject
        and not figure.is_change
        and figure.unit_kind != "percent"
        and "ccount" in sentence
        # (a part of a whole it names is read elsewhere: 'accounted for 2,452 of the deaths')
        and " of " not in sentence[figure.value_start : figure.tail_end + 4]
        and (
            accounted := _ACCOUNTED_FOR_EN.search(
                sentence, max(0, figure.value_start - 80), figure.value_start
            )
        )
        is not None
    ):
        measure = _no_place_tail(figure.earlier_subject)
        part = accounted.group("np")
        if (
            measure
            and not is_place(measure)
            and measure.lower() not in _PRONOUN_SUBJECTS
            # (a place the part is of, not a month or a kind: 'May alone accounted for 301
            # killings', 'Cocaine accounted for 71 tons')
            and (is_place(part) or part.rsplit(None, 1)[-1] in _REGION_KINDS_EN)
            # (not the change the measure before was: 'fall in homicides')
            and _CHANGE_LEAD_EN.match(measure) is None
        ):
            # "Deforestation in Colombia ... 79,256 hectares. The Amazon region accounted for
            # 44,300 hectares": the part of the measure before that falls to what is named
            # (not 'hectares accounted by Amazon region').
            return f"{measure} in {part}"
    if (
        lang == "en"
        and subject
        and figure.earlier_subject
        and not figure.is_change
        and figure.unit_kind == "percent"
        and figure.share_of
        and _no_place_tail(subject) == f"share of {figure.share_of}"
        and f"share of {figure.share_of}" in figure.earlier_subject
        # (its share is the one before, not one of its own: 'and about 95 percent of it')
        and " of " not in sentence[figure.value_start : figure.tail_end + 4]
        and _GAPPED_AND.search(sentence, max(0, figure.value_start - 12), figure.value_start)
    ):
        # "projects the fiscal deficit at 3.4 percent of GDP in 2025 and 2.9 percent the
        # following year": the second share gaps the first one's words, and measures what it
        # measured (not a bare 'share of GDP').
        return figure.earlier_subject
    if (
        lang == "en"
        and subject
        and figure.earlier_subject
        and " and " in sentence
        and (
            gapped_name := _GAPPED_NAME_EN.search(
                sentence, max(0, figure.value_start - 60), figure.value_start
            )
        )
        is not None
    ):
        named = gapped_name.group("p")
        earlier_name = next(
            (
                m.group(0)
                for m in _CAPITALISED_RUN_EN.finditer(figure.earlier_subject)
                if not is_place(m.group(0))
                and m.group(0) != named
                and m.group(0) in sentence[: gapped_name.start()]
            ),
            None,
        )
        if earlier_name is not None and not is_place(named):
            # "The Education Ministry will receive 25.6 billion quetzales and the Health
            # Ministry 16.9 billion": the measure of the figure before, of the name that labels
            # this gapped figure.
            return figure.earlier_subject.replace(earlier_name, named, 1)
    if (
        lang == "es"
        and subject
        and figure.earlier_subject
        and (" en ellos" in subject or " en ellas" in subject)
    ):
        # "Los vuelos de deportación sumaron 312. En ellos retornaron 28.740 guatemaltecos":
        # 'ellos' are the things counted before ('guatemaltecos que retornaron en vuelos de
        # deportación').
        pointed = _no_place_tail(CHANGE_LEAD_ES.sub("", figure.earlier_subject))
        subject = _EN_ELLOS_ES.sub(f" en {pointed}", subject, count=1)
        last_en = subject.rfind(" en ")
        tail = subject[last_en + 4 :] if last_en != -1 else ""
        if tail[:1].isupper() and subject.count(tail) > 1:
            subject = subject[:last_en]  # (the place the pointed phrase already names)
    if (
        lang == "en"
        and figure.earlier_subject
        and not figure.is_change
        # (or a count whose unit is left out: "reached 123.2 million ... That was up from
        # 117.3 million a year earlier")
        and figure.unit_kind in ("count", "none")
        and _same_count_unit(figure)
        and _compared_noise_en(subject, figure.unit or "")
        and _COMPARED_WITH_EN.search(
            lower(sentence), max(0, figure.value_start - 30), figure.value_start
        )
    ):
        # "Officials registered 4,512 dengue cases so far this year. That is up from 1,530
        # cases in the same period of 2024": a baseline whose own subject is only its unit and
        # the words of the comparison ('cases up', 'cases triple the reported') counts what the
        # figure before counted ('dengue cases'); the last count's, where a rate came after it
        # ("2,942 homicides in 2023, a rate of 16.7 ... That was down from 3,004").
        subject = figure.earlier_count or figure.earlier_subject
    elif (
        lang == "en"
        and figure.earlier_subject
        and not figure.is_change
        and figure.unit_kind == "percent"
        and (figure.unit or "").startswith("percent of ")
        and figure.earlier_subject.startswith("share of ")
        and _COMPARED_WITH_EN.search(
            lower(sentence), max(0, figure.value_start - 30), figure.value_start
        )
    ):
        # "Six in 10 victims were killed with firearms, up from 40 percent in 2022": a share
        # the one before is compared with is the same share, at another time.
        subject = figure.earlier_subject
    if (
        lang == "es"
        and not subject
        and figure.earlier_subject
        and not figure.is_change
        and _SAME_SUBJECT_TOTAL_ES.search(
            sentence, max(0, figure.value_start - 40), figure.value_start
        )
    ):
        # "Los casos ... aumentaron 9 % en el primer semestre y llegaron a 58.200": a second
        # verb with the first one's subject; what it comes to is what that subject counts.
        subject = CHANGE_LEAD_ES.sub("", figure.earlier_subject)
    if (
        lang == "es"
        and subject
        and figure.earlier_subject
        and figure.earlier_subject.split(None, 1)[0].lower() in subject.lower()
    ):
        # "La canasta básica costó Q3.680 ... El costo subió un 4,2 %": a bare noun that
        # opens what the figure before measured stands for that measure ('aumento de costo de
        # canasta básica', not 'aumento de costo').
        words = _no_place_tail(subject).split()
        # (without the place it was of: 'Honduras registró una inflación de 4,1 %' after 'La
        # inflación de El Salvador ...' is Honduras' inflation)
        earlier_words = _moved_measure_es(figure.earlier_subject).split()
        if (
            1 <= len(words) <= 3
            and len(earlier_words) > 1
            and words[-1].lower() == earlier_words[0].lower()
            and (len(words) == 1 or words[-2].lower() in ("de", "del"))
            # (the noun alone, or its change: not 'capacidad de escuelas', which names its own)
            # (alone, a singular measure: 'El costo'; 'capturas' by place count their own)
            and (
                (len(words) == 1 and not words[0].lower().endswith("s"))
                or words[0].lower() in _CHANGE_HEADS_ES
            )
        ):
            subject = with_place(" ".join(words[:-1] + earlier_words), figure.place, lang)
    if (
        lang == "es"
        and subject
        and figure.earlier_subject
        and " " not in _no_place_tail(subject)
        and (direction_now := _change_direction_es(_no_place_tail(subject)))
        and direction_now == _change_direction_es(figure.earlier_subject.split(None, 1)[0])
    ):
        # "La producción creció 2,55 % en julio. Entre enero y julio, el avance fue de 2,61 %":
        # a bare change noun is the change named before, in another period.
        subject = with_place(_moved_measure_es(figure.earlier_subject), figure.place, lang)
    if (
        lang == "es"
        and subject
        and figure.earlier_count
        and (
            subject.split(None, 1)[0].lower() in _DEATH_NOUNS_ES
            # ('La cifra de fallecidos llega a 381': the deaths the count is of)
            or (
                subject.startswith(("cifra de ", "número de "))
                and _without_generic_lead(subject).split(None, 1)[0].lower() in _DEATH_NOUNS_ES
            )
        )
    ):
        # "412 casos de tos ferina ... y se han registrado 14 fallecimientos": deaths in a text
        # that counts cases of a disease are deaths from it.
        bare = _without_generic_lead(_no_place_tail(subject))
        disease = _CASES_OF_ES.match(_no_place_tail(figure.earlier_count))
        if bare.lower() in _DEATH_NOUNS_ES and disease is not None:
            subject = with_place(f"{bare} por {disease.group('d')}", figure.place, lang)
    if lang == "es" and ": " in sentence[: figure.value_start]:
        labelled = _headline_label(sentence, figure, subject)
        if labelled:
            subject = labelled
    if (
        lang == "es"
        and subject
        and figure.earlier_subject
        and not figure.is_change
        and subject.count(" ") < 4
        and (
            _no_place_tail(subject).lower() in _BARE_POINTERS_ES
            or (
                _no_place_tail(subject).lower().startswith(("mismo ", "misma "))
                and (
                    _no_place_tail(subject).lower()[6:] in _SAME_POINTERS_ES
                    # ('la misma inversión había llegado al 5,2 %', 'el mismo producto costaba
                    # Q190': one noun, the thing measured before)
                    or " " not in _no_place_tail(subject)[6:]
                )
            )
        )
    ):
        # ('En Honduras, la misma tasa alcanzó 25,3': 'the same' measure as before)
        # "Hace un año, el indicador estaba en 9,9 %": a bare pointer names the measure before.
        # ('en Alta Verapaz la proporción llega al 83 %': in this figure's place)
        subject = with_place(_moved_measure_es(figure.earlier_subject), figure.place, lang)
    if (
        lang == "es"
        and subject
        and figure.unit_kind == "count"
        and figure.unit.lower() == "casos"
        and (counted_before := _counted_before_es(figure))
        and _no_place_tail(subject).lower() == "casos"
        and "caso" not in counted_before.lower()
    ):
        # "se registraron 4.300 asesinatos vinculados al narcotráfico. Solo en 2013 se
        # documentaron 1.150 casos": bare 'casos' are cases of what was counted before; "Los
        # delitos bajaron un 9 %. En total se registraron 512.300 casos": of what changed.
        earlier = _without_generic_lead(_no_place_tail(counted_before))
        subject = with_place(f"casos de {earlier}", figure.place, lang)
    earlier_unit = figure.earlier_unit or ""
    if (
        lang == "es"
        and figure.unit_kind == "count"
        and figure.unit
        and earlier_unit
        and figure.unit.lower() != earlier_unit.lower()
        and (figure.earlier_subject or "").startswith(f"{earlier_unit} ")
        and sentence.endswith(" y ", 0, figure.value_start)
        and _COORDINATED_OBJECT_ES.search(
            sentence, max(0, figure.value_start - 60), figure.value_start
        )
    ):
        # "Las lluvias provocaron 150 deslizamientos y 80 inundaciones": a second object of the
        # same verb, said of as the first ('inundaciones por lluvias').
        done = (figure.earlier_subject or "")[len(earlier_unit) :]
        first = done.split()[0].lower() if done.split() else ""
        if first in _DONE_LEADS_ES or first.endswith(_PARTICIPLE_ENDINGS_ES):
            # (not an adjective of the first noun: '41 muertes violentas y 27 fallecidos')
            subject = f"{figure.unit}{done}"
    if (
        lang == "es"
        and subject
        and sentence.endswith("(", 0, figure.value_start)
        and subject.startswith(("mayoría", "mayor parte"))
    ):
        most = _most_in_brackets_es(sentence, figure)
        if most:
            subject = most
    if (
        lang == "es"
        and figure.unit_kind == "count"
        and figure.unit
        and figure.earlier_count
        and sentence.endswith(" ", 0, figure.value_start)
        and ", que " in sentence[max(0, figure.value_start - 24) : figure.value_start]
    ):
        done_by = _done_by_earlier_es(sentence, figure)
        if done_by:
            subject = done_by
    if (
        lang == "es"
        and figure.is_change
        and " cuy" in sentence[max(0, figure.value_start - 60) : figure.value_start]
    ):
        whose = _WHOSE_CHANGE_ES.search(
            sentence, max(0, figure.value_start - 60), figure.value_start
        )
        if whose is not None:
            # 'el café, cuyas exportaciones crecieron 21 %': the change of the owner's things
            # ('crecimiento de las exportaciones de café').
            np = whose.group("np")
            article = _article_es(np.split()[0])
            change = next(n for stem, n in _WHOSE_CHANGES_ES if whose.group("v").startswith(stem))
            subject = with_place(
                f"{change} de {article} {np} de {whose.group('owner')}", figure.place, lang
            )
    if (
        lang == "es"
        and figure.unit_kind == "count"
        and figure.earlier_unit
        and sentence.endswith(
            ("frente a ", "frente a los ", "frente a las "), 0, figure.value_start
        )
    ):
        whose = _OF_OWNER_ES.match(sentence, figure.tail_end)
        if whose is not None and figure.earlier_unit.lower() == (figure.unit or "").lower():
            # 'obtuvo 1.872.410 votos, frente a 1.510.222 de su rival': the same things, had
            # by another ('votos de su rival').
            subject = with_place(f"{figure.earlier_unit} de {whose.group('x')}", figure.place, lang)
    if lang == "es" and sentence.endswith(" a ", 0, figure.value_start):
        raised = _raised_to_es(sentence, figure)
        if raised:
            subject = raised
    if lang == "es" and figure.unit_kind == "percent":
        reached = _LEVEL_REACHED_ES.search(
            sentence, max(0, figure.value_start - 120), figure.value_start
        )
        if reached is not None and (
            reached.group("h").strip(" ,")
            or lower(sentence).startswith("hasta ", figure.value_start)
        ):
            # "El Banco de México elevó en 75 puntos base su tasa de interés el 29 de
            # septiembre, hasta 9,25 %": the level the rate was brought to, the rate's.
            subject = with_place(_tidy(reached.group("np")), figure.place, lang)
    if (
        lang == "es"
        and subject
        and figure.earlier_money
        and figure.place
        and figure.unit_kind in ("currency", "percent")
    ):
        subject = _money_of_place_es(subject, figure)
    if lang == "es" and subject and " de lo " in sentence[figure.tail_end : figure.tail_end + 30]:
        beyond = _BEYOND_PLAN_ES.match(sentence, figure.tail_end)
        if (
            beyond is not None
            and " de lo " not in subject
            and not subject.startswith(("aumento", "reducción", "diferencia"))
        ):
            # ('alcanzó Q26.400 millones, Q1.200 millones más de lo previsto': how far the
            # measure went past the plan, not the measure again)
            side = "por encima" if beyond.group("d").lower() == "más" else "por debajo"
            measure = _no_place_tail(subject)
            subject = with_place(
                f"{measure} {side} de lo {beyond.group('p').lower()}", figure.place, lang
            )
    if (
        lang == "es"
        and figure.place
        and figure.unit_kind in ("percent", "rate")
        and sentence.endswith("con ", 0, figure.value_start)
        and (
            (subject or "").split(" en ")[0].strip() in ("", figure.place, "tasa", "proporción")
            or is_place(_no_place_tail(subject or "") or "-")
            or (subject or "").startswith(f"{figure.place} ocup")
        )
    ):
        leads = _SUPERLATIVE_MEASURE_ES.search(
            sentence, max(0, figure.value_start - 120), figure.value_start
        )
        if leads is not None:
            # "Guatemala es el país con la mayor tasa de desnutrición crónica de la región, con
            # 46,5 %", "Escuintla registró la tasa de homicidios más alta, con 48,3": the
            # measure the place leads in, not the place alone.
            measure = leads.group("m1") or leads.group("m2") or leads.group("m3")
            subject = with_place(measure, figure.place, lang)
    if (
        lang == "es"
        and figure.place
        and not figure.is_change
        and sentence.endswith("con ", 0, figure.value_start)
        and (
            most_of := _MOST_OF_ES.search(
                sentence, max(0, figure.value_start - 90), figure.value_start
            )
        )
        is not None
    ):
        # "San José acumula la mayor cantidad de casos sin resolver, con 97": the things the
        # place counts most of, in that place.
        subject = with_place(most_of.group("m"), figure.place, lang)
    if (
        lang == "es"
        and not figure.is_change
        and ", donde " in sentence
        and (where_set := _WHERE_LEVEL_ES.search(sentence, 0, figure.value_start)) is not None
        and (opening := _OPENING_MEASURE_ES.match(sentence)) is not None
        and opening.end() <= where_set.start()
    ):
        # "La deserción fue mayor en el nivel básico, donde alcanzó el 7,2 %": the measure the
        # sentence opens with, in the setting the relative 'donde' points at.
        subject = _tidy(f"{opening.group('np')} {where_set.group('set')}")
    if (
        lang == "es"
        and " su " in sentence
        and (
            its_measure := _ITS_MEASURE_ES.search(
                sentence, max(0, figure.value_start - 40), figure.value_start
            )
        )
        is not None
    ):
        owner = _opening_owner_es(sentence, its_measure.start())
        if owner:
            # "La Reforma alberga a 3.980 reclusos, aunque su capacidad es de 3.050": the
            # capacity of what the sentence opens with.
            subject = f"{its_measure.group('m').lower()} {_of_es(owner)}"
    if (
        lang == "es"
        and (" mayor " in sentence or " menor " in sentence)
        and (
            top_change := _TOP_CHANGE_ES.search(
                sentence, max(0, figure.value_start - 120), figure.value_start
            )
        )
        is not None
    ):
        # "el frijol rojo fue el producto con mayor alza, un 18 %": that change, of that item.
        subject = f"{top_change.group('ch').lower()} {_of_es(top_change.group('np'))}"
    if (
        lang == "es"
        and figure.unit_kind == "percent"
        and "causa" in sentence
        and (
            cause := _CAUSE_OF_ES.search(
                sentence, max(0, figure.value_start - 120), figure.value_start
            )
        )
        is not None
        and (caused := _CAUSED_THINGS_ES.match(sentence, figure.value_start)) is not None
    ):
        # "El exceso de velocidad fue la causa de 4 de cada 10 accidentes fatales": the share
        # of those things that the cause caused.
        things = caused.group("y")
        subject = (
            f"proporción de {things} {_agree('causados', things)} por "
            f"{cause.group('x')[0].lower()}{cause.group('x')[1:]}"
        )
    if (
        lang == "es"
        and figure.unit_kind == "percent"
        and not figure.is_change
        and "entre " in sentence
        and _RANGE_NOUN_ES.search(sentence) is not None
        and (
            ranged := _RANGE_OF_ES.search(
                sentence, max(0, figure.value_start - 140), figure.value_start
            )
        )
        is not None
    ):
        # "dentro del rango meta del BCRP, de entre 1 % y 3 %": the bounds of that range.
        subject = _tidy(ranged.group("np"))
    if lang == "es" and _ranks_a_place_es(sentence, figure):
        ranked = _ranked_place_es(sentence, figure, subject)
        if ranked:
            subject = ranked
    if (
        lang == "es"
        and figure.unit_kind == "percent"
        and not figure.is_change
        and figure.earlier_share
        and figure.place
        and " y en " in sentence[max(0, figure.value_start - 70) : figure.value_start]
        and _GAPPED_IN_PLACE_ES.search(
            sentence, max(0, figure.value_start - 70), figure.value_start
        )
    ):
        # "La ocupación hospitalaria fue del 86 %, y en Baja California llegó al 104 %": the
        # second clause gaps the first one's measure, in its own place.
        gapped_share = _no_place_tail(figure.earlier_share).partition(" entre ")[0]
        if gapped_share and not gapped_share[:1].isupper():
            subject = with_place(gapped_share, figure.place, lang)
    if (
        lang == "es"
        and figure.unit_kind == "percent"
        and not figure.is_change
        and figure.earlier_share
        and sentence.endswith((", ", "con ", "con el ", "con un "), 0, figure.value_start)
        and (by_share := _ranked_by_share_es(sentence, figure, subject))
    ):
        subject = by_share
    if figure.unit_kind == "percent" and not figure.is_change and figure.earlier_subject:
        rival = _rival_share(sentence, figure, lang)
        if rival:
            subject = rival
    if (
        lang == "en"
        and figure.unit_kind == "percent"
        and not figure.is_change
        and figure.earlier_subject
        and sentence[max(0, figure.value_start - 6) : figure.value_start] == " from "
        and _BASELINE_FROM_EN.search(sentence, max(0, figure.value_start - 120), figure.value_start)
    ):
        # "The deficit narrowed to 1.8% of GDP last year, from 2.3% in 2024": where the share
        # came from is the same share, at another time.
        subject = figure.earlier_subject
    if (
        lang == "es"
        and figure.earlier_subject
        and " y " in sentence[max(0, figure.value_start - 60) : figure.value_start]
    ):
        gapped = _GAPPED_OF_ES.search(sentence, max(0, figure.value_start - 60), figure.value_start)
        if gapped is not None:
            # "El precio del frijol subió 12 % y el del maíz, 9 %": the verb and the measure
            # left out, the measure before of what 'el del maíz' names ('aumento de precio del
            # maíz', not 'precio del frijol').
            earlier = _no_place_tail(figure.earlier_subject)
            cut = max(earlier.rfind(" de "), earlier.rfind(" del "))
            if cut > 0:
                subject = f"{earlier[:cut]} {gapped.group('of')}"
        elif (
            figure.place
            and (
                named := _GAPPED_PLACE_ES.search(
                    sentence, max(0, figure.value_start - 60), figure.value_start
                )
            )
            is not None
            and is_place(named.group("p"))
        ):
            # "Estados Unidos originó el 84 % de las transferencias, y España, el 4 %": the verb
            # and the measure left out after another place, the measure before of this place.
            earlier = _moved_measure_es(_no_place_tail(figure.earlier_subject))
            subject = with_place(earlier, figure.place, lang)
    if lang == "en" and subject and subject.startswith("share of "):
        rest = subject[9:]
        verb = rest.split(" ", 1)[0]
        if verb in _VERBS_EN and verb not in _SHARE_VERBS:
            # "Remittances totaled $21.5 billion. About 97 percent came from the United
            # States": a share of what was named before, not 'share of came from ...'.
            whole = _CHANGE_LEAD_EN.sub("", _no_place_tail(figure.earlier_subject or ""))
            whole = "" if whole.startswith("share of ") else whole
            subject = f"share of {whole} that {rest}" if whole else f"share that {rest}"
    if lang == "en" and "followed by " in sentence and _ranks_a_place_en(sentence, figure):
        ranked = _ranked_place_en(figure)
        if ranked:
            subject = ranked
    if lang == "es" and subject and figure.earlier_subject and " de ell" in subject:
        # 'el departamento del Cauca acumuló 34 de ellos': some of what was counted before,
        # in this figure's place ('asesinatos de líderes sociales en Cauca').
        head, _, tail = _no_place_tail(subject).partition(" de ell")
        earlier = _no_place_tail(figure.earlier_count or figure.earlier_subject)
        if (
            earlier
            and tail in ("os", "as")  # (nothing said of them after: '3.000 de ellos fueron ...')
            and earlier.split()[0].lower() == head.split()[0].lower()
        ):
            subject = with_place(earlier, figure.place, lang)
    if lang == "es" and subject and figure.earlier_subject and subject.startswith("entre l"):
        among = _AMONG_GROUP_ES.match(subject)
        earlier = _no_place_tail(figure.earlier_subject).partition(" entre ")[0]
        if among is not None and earlier:
            # 'Entre las mujeres el indicador llegó a 9 %': the measure before, among these.
            subject = with_place(f"{earlier} {among.group('g')}", figure.place, lang)
    if lang == "es" and subject and subject.startswith("lo que ") and figure.earlier_count:
        means = _WHICH_MEANS_RATE_ES.match(subject)
        if means is not None:
            # 'Colombia registró 13.400 homicidios, lo que significa una tasa de 25,4': the
            # rate of what was counted before ('tasa de homicidios en Colombia').
            things = _without_generic_lead(_no_place_tail(figure.earlier_count))
            if things:
                subject = with_place(f"{means.group('n')} de {things}", figure.place, lang)
    if lang == "es" and subject and (" un " in subject or " una " in subject):
        forecast = _FORECAST_ES.match(subject)
        unit = figure.unit.lower()
        if (
            forecast is not None
            and unit
            and subject.lower().startswith((f"{unit} que esperan ", f"{unit} que espera "))
        ):
            # 'Unos 2.600 pacientes esperan una cirugía programada': the things counted wait
            # for something, no forecast ('pacientes que esperan una cirugía programada').
            forecast = None
        if forecast is not None:
            # 'la banca central prevé un crecimiento de entre 3,4 % y 4 %': the measure
            # forecast, not the forecaster and its verb ('crecimiento previsto').
            rest = _FORECAST_REST_ES.sub("", forecast.group("rest"))
            subject = f"{forecast.group('n')} {_agree('previsto', forecast.group('n'))}{rest}"
    if lang == "es" and subject and (" es" in subject or " dich" in subject or " mism" in subject):
        # 'Los bienes asegurados en ese periodo suman', 'murieron en el mismo asueto': a time
        # pointed back at says when, not what (not 'bienes asegurados en personas ...').
        subject = _TIME_POINTED_ES.sub("", subject) or subject
    if (
        lang == "es"
        and subject
        and figure.earlier_subject
        and (" es" in subject or " dich" in subject)
    ):
        subject = _pointed_back_es(
            subject, figure.earlier_count or figure.earlier_subject, figure.place
        )
    if (
        lang == "es"
        and figure.earlier_subject
        and not figure.is_change
        and sentence.endswith(", ", 0, figure.value_start)
        and " en " in figure.earlier_subject
    ):
        gap = _GAPPED_NAME_ES.search(sentence, max(0, figure.value_start - 60), figure.value_start)
        earlier = _moved_measure_es(figure.earlier_subject)
        if (
            gap is not None
            and earlier != figure.earlier_subject
            and not gap.group("p").isupper()
            and _SOURCE_HEAD.search(gap.group("p")) is None
        ):
            # "San José concentra 215 de esos casos y Limón, 148": the measure of the place
            # before, in the one that labels this gapped figure (a name the gazetteer may
            # not know).
            subject = f"{earlier} en {gap.group('p')}"
    if (
        lang == "es"
        and subject
        and figure.unit_kind == "percent"
        and figure.earlier_subject
        and subject.startswith("proporción de se ")
    ):
        # "De ese total, el 82 % se destina a salarios": a share of the measure before, what
        # the clause says of it ('proporción de presupuesto de la PNC que se destina a ...').
        rest = _no_place_tail(subject[len("proporción de ") :])
        subject = with_place(
            f"proporción de {_moved_measure_es(figure.earlier_subject)} que {rest}",
            figure.place,
            lang,
        )
    if lang == "es" and subject and figure.earlier_subject and " mism" in subject:
        same = _SAME_GROUP_ES.search(subject)
        earlier = _moved_measure_es(figure.earlier_subject)
        if (
            same is not None
            and earlier.split(None, 1)[0].lower() == subject.split(None, 1)[0].lower()
            and " mism" not in earlier
        ):
            # "1.100 (embarazos) en el mismo grupo de edad": the group the figure before was
            # said of ('embarazos en niñas de entre 10 y 14 años'), in this figure's place.
            subject = with_place(earlier, figure.place, lang)
    if (
        lang == "es"
        and subject
        and figure.unit_kind == "currency"
        and not figure.is_change
        and subject.split(None, 1)[0].lower() in _ORG_HEADS_ES
    ):
        subject = _money_of_organisation_es(sentence, figure, subject) or subject
    if (
        lang == "es"
        and subject
        and figure.unit_kind == "currency"
        and _no_place_tail(subject) == "presupuesto"
        and "para " in sentence
    ):
        subject = _budget_for_es(sentence, figure) or subject
    if (
        lang == "es"
        and subject
        and figure.unit_kind == "count"
        and sentence.startswith("En ")
        and (level := _LEVEL_OPENING_ES.match(sentence)) is not None
        and level.end() <= figure.value_start
        and level.group("s").lower() not in subject.lower()
        and not subject.startswith(("aumento ", "reducción ", "proporción "))
    ):
        # "En el nivel preprimario se inscribieron 498.000 niños": the level, sector or area
        # the sentence opens with says which of them were counted.
        bare = _no_place_tail(subject)
        subject = with_place(f"{bare} en {level.group('s')}", figure.place, lang)
    if lang == "es" and subject and figure.event:
        subject = _by_event_es(subject, figure)
    elif (
        lang == "es"
        and subject
        and figure.unit_kind == "count"
        and figure.earlier_count
        and " " in figure.earlier_count
    ):
        subject = _cause_of_earlier_es(subject, figure)
    if lang == "es" and subject and figure.unit_kind in ("count", "percent"):
        # ('La cifra de fallecidos ... se elevó a 155': the counted things, not the count)
        lead = "proporción de " if subject.startswith("proporción de ") else ""
        rest = _without_generic_lead(subject[len(lead) :])
        if rest and rest != subject[len(lead) :] and not rest.startswith(("de ", "en ")):
            subject = f"{lead}{rest}"
    if lang == "es" and subject and " por a" in subject:
        # ('allí el fuego arrasó 31.200 hectáreas': the doer, not the adverb before it)
        for adverb in (" por allí ", " por ahí ", " por aquí ", " por allá "):
            subject = subject.replace(adverb, " por ")
    if lang == "es" and subject and subject.startswith("de "):
        subject = subject[3:]  # ('El total de votos nulos fue de 350.000': 'total' left its 'de')
    if (
        lang == "es"
        and subject
        and " en " in subject
        and ("mestre" in subject or "odo" in subject or "acumulado del" in subject)
    ):
        # ('La SAT recaudó Q48.615 millones en el semestre': 'recaudación', not 'recaudación
        # en semestre'; the period is no part of what was measured)
        subject = _BARE_PERIOD_ES.sub("", subject)
    if (
        not subject
        and figure.earlier_subject
        and figure.unit_kind in ("percent", "points")
        and _GAPPED_AND.search(sentence, max(0, figure.value_start - 12), figure.value_start)
    ):
        # "Prices rose 2.1 percent in July from June and 7.4 percent from July 2024": a gapped
        # second figure of the same verb, of the same measure.
        subject = figure.earlier_subject
    if (
        lang == "en"
        and figure.unit_kind == "currency"
        and (per := _PER_MEASURE_EN.match(sentence, figure.tail_end)) is not None
    ):
        # "Gasoline costs $3.50 a gallon", "leaving premium gasoline at 290.10 pesos a gallon":
        # money per measure of a good is its price.
        measure = per.group(0).strip()
        head = _strip_place_words(subject or "")
        if head.endswith(measure):
            head = head[: -len(measure)].strip()
        if not head or head.startswith("amount that"):
            at = _GOOD_AT_EN.search(sentence, max(0, figure.value_start - 60), figure.value_start)
            head = at.group("np") if at is not None else ""
        if head and not head.lower().startswith(("price", "cost", "amount")):
            subject = with_place(f"price of {head}", figure.place, lang)
    if (
        lang == "es"
        and subject
        and figure.unit_kind == "currency"
        and (earmarked := _EARMARKED_ES.match(sentence, figure.tail_end)) is not None
    ):
        head = _PLACE_TAIL_SUBJECT_ES.sub("", subject)
        if " " not in head and sentence.endswith(f"{head} de ", 0, figure.value_start):
            # "por el desvío de Q14,6 millones destinados a obras de agua potable": what the
            # money was meant for says which funds were diverted.
            phrase = f"{head} de fondos {earmarked.group('p')}"
            subject = with_place(phrase, figure.place, lang)
    if lang == "es" and figure.unit == "años de prisión":
        # "condenó a 12 años de prisión a un exalcalde", "se castiga con hasta 10 años de
        # prisión": the prison sentence, not what the clause's verb did to the years.
        subject = with_place("pena de prisión", figure.place, lang)
        asked = (
            _ASKED_TERM_ES.search(sentence, max(0, figure.value_start - 120), figure.value_start)
            if any(
                word in sentence[max(0, figure.value_start - 40) : figure.value_start]
                for word in ("pedi", "pedí", "pidi", "pide", "solicit")
            )
            else None
        )
        given = _SENTENCED_WHO_ES.match(sentence, figure.tail_end)
        if asked is not None:
            # "La Fiscalía contra la Corrupción había pedido 18 años de cárcel": the sentence a
            # party asked for, not one imposed.
            who = asked.group("np")
            subject = f"pena pedida por {who[0].lower()}{who[1:]}"
        elif given is not None:
            # "condenó a 12 años de prisión a un exalcalde": the sentence of whom
            subject = with_place(
                f"pena de prisión impuesta a {given.group('np')}", figure.place, lang
            )
    if (
        lang == "en"
        and subject
        and subject.startswith(("years ", "year "))
        and figure.unit.lower() in ("years", "year")
        and (
            _PRISON_AFTER_EN.match(sentence, figure.tail_end)
            or _SENTENCE_WORD_EN.search(
                sentence, max(0, figure.value_start - 60), figure.value_start
            )
        )
    ):
        # "received between 50 and 150 years", "faces up to 50 years in prison": the years
        # of a prison sentence, not 'years' done by someone.
        rest = _IN_PRISON_EN.sub("", subject.split(" ", 1)[1])
        subject = f"prison sentence {rest}".strip()
        whom = (
            _SENTENCED_WHOM_EN.search(
                sentence, max(0, figure.value_start - 120), figure.value_start
            )
            if "sentenced " in sentence
            else None
        )
        if whom is not None and sentence[max(0, whom.start() - 6) : whom.start()].rstrip().endswith(
            (" was", " were", " been", " be")
        ):
            whom = None  # ('was sentenced on Wednesday to 12 years': no one named after it)
        if whom is not None:
            # "sentenced former communications minister Rodrigo Valle to 12 years in prison":
            # the sentence of whom (not what the court did, nor what for)
            subject = with_place(f"prison sentence of {whom.group('who')}", figure.place, lang)
    if (
        lang == "en"
        and figure.unit
        and figure.place
        and "rain" in sentence
        and (
            not subject
            or subject.split(" ", 1)[0].lower() in _RAIN_UNITS_EN
            or is_place(_no_place_tail(subject))
        )
    ):
        # (a subject that names the rain already is kept: 'rain dumped by Hurricane John')
        subject = _rainfall_en(sentence, figure) or subject
    if lang == "en" and ("average" in sentence or "normal" in sentence):
        subject = _against_normal_en(sentence, figure, subject) or subject
    if (
        lang == "en"
        and subject
        and figure.is_change
        and figure.earlier_subject
        and "price" in lower(sentence[: figure.value_start])
        and "price" not in subject
        and (price_lead := _PRICE_CHANGE_EN.match(figure.earlier_subject)) is not None
        and (price_less := _BARE_CHANGE_EN.fullmatch(_no_place_tail(subject))) is not None
    ):
        # "The price of white bread rose 28 percent, while milk was up 37 percent": the price
        # of milk, as the change before it measured a price
        measure = price_lead.group("m").lower()
        subject = with_place(
            f"{price_less.group('c')} in {measure} of {price_less.group('n')}", figure.place, "en"
        )
    if (
        lang == "en"
        and subject
        and figure.event
        and figure.unit_kind == "currency"
        and figure.event[:1].islower()
        and " " in figure.event
        and _LOSS_HEAD_EN.match(subject) is not None
        and figure.event.split()[-1].lower() not in subject.lower()
        # ("In 2020, hurricanes Eta and Iota caused about $2 billion in damage": the sentence's
        # own storm, not the one the text is about)
        and not any(w in lower(sentence) for w in _EVENT_KIND_WORDS_EN)
    ):
        # "Insured losses could reach as much as $50 billion" in a text on hurricane Milton:
        # the losses from the storm the text names
        subject = with_place(f"{_no_place_tail(subject)} from {figure.event}", figure.place, "en")
    if not subject or (_STRANDED_FOLDED.search(lower(subject)) is None and not odd_case(subject)):
        return subject
    return _STRANDED.sub("", subject)


_PER_MEASURE_EN: Final = compiled(
    r"\s+(?:a|per|each)\s+(?:gallon|liter|litre|kilo|kilogram|pound|barrel|ton|tonne|metric\s+ton|"
    r"bag|quintal|bushel|ounce|troy\s+ounce|megawatt-hour|kilowatt-hour|cubic\s+meter)\b",
    re.IGNORECASE,
)
# "leaving premium gasoline at 290.10 pesos": the good a price is of, before 'at'.
_GOOD_AT_EN: Final = compiled(
    r"(?:\b(?:the|leaving|left|keeping|kept)\s+)(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+at\s+$"
)
_OVER_CAPACITY_EN: Final = compiled(
    r"\s*(?:%|percent|per\s+cent)?\s*(?:more|higher|greater|above|over)\s+(?:than\s+)?"
    r"(?:its|their|the)\s+(?:(?P<adj>official|designed|planned|maximum|intended|rated)\s+)?"
    r"capacity\b",
    re.IGNORECASE,
)
_PRISON_AFTER_EN: Final = compiled(
    r"(?:\s+(?:to|and)\s+[\d,.]+)?(?:\s+years?)?\s+(?:in\s+(?:prison|jail)|behind\s+bars|of\s+"
    r"(?:prison|imprisonment|jail))\b",
    re.I,
)
_SENTENCE_WORD_EN: Final = compiled(
    r"\b(?:sentenc\w*|prison|jail|punishable|received|faces?|facing|sought|seeking|"
    r"serv(?:e|es|ed|ing))\b",
    re.I,
)
_IN_PRISON_EN: Final = compiled(r"\b(?:to\s+)?(?:in\s+(?:prison|jail)|behind\s+bars)\s*", re.I)


_DAYS_WITHOUT_ES: Final = word_set("días semanas meses años horas")
_TO_REACH_TAIL: Final = compiled(
    r"\s+to\s+(?:reach|hit|rise|fall|grow|top|exceed|end|average|remain|stay|be|climb|drop|"
    r"increase|decrease|total|surpass)$"
)
_GAPPED_AND: Final = compiled(r"\s(?:and|y)\s+(?:by\s+|en\s+|un\s+|una\s+|el\s+)?$")
# "The Amazon region accounted for 44,300 hectares": a part of a measure named before, and where.
_ACCOUNTED_FOR_EN: Final = compiled(
    r"(?:^|,\s+|;\s+)(?:[Tt]he\s+)?(?P<np>(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,3}?)\s+"
    r"(?:alone\s+)?(?:accounted|accounts|account)\s+for\s+(?:(?:about|some|nearly|almost|"
    r"roughly|around|more\s+than|over)\s+)?$"
)
# "... homes and burned more than 9,200": a second verb in the past, sharing the first's doer.
_AND_PAST_VERB_BEFORE_EN: Final = compiled(
    r"\w\s+and\s+(?:also\s+)?[a-z]{3,}ed\s+(?:(?:about|some|nearly|almost|roughly|around|"
    r"more\s+than|over|at\s+least)\s+)?$"
)
# Where money changes hands, after 'in the' ('in the foreign exchange market').
_MONEY_SETTINGS_EN: Final = word_set("market markets auction auctions exchange")
# "pesos per dollar": the unit of an exchange rate (figures.py names the currency quoted).
_EXCHANGE_UNIT_EN: Final = compiled(r"(\w+) per (dollar|euro)")
_CURRENCY_SINGULARS_EN: Final = {
    "pesos": "peso", "reais": "real", "rupees": "rupee", "liras": "lira", "soles": "sol",
    "quetzales": "quetzal", "roubles": "rouble", "rubles": "ruble", "bolivars": "bolivar",
    "lempiras": "lempira", "cedis": "cedi", "shillings": "shilling",
}  # fmt: skip
# "2 percent a month", "3 percent each year": a change told as a rate per span.
_PER_SPAN_AFTER_EN: Final = compiled(
    r"\s+(?:a|per|each|every)\s+(month|year|week)\b", re.IGNORECASE
)
_SPAN_ADJECTIVE_EN: Final = {"month": "monthly", "year": "annual", "week": "weekly"}
_REGION_KINDS_EN: Final = word_set("region province state department district county municipality")
# "... and the Health Ministry 16.9 billion": a name right before a figure whose verb is gapped.
_GAPPED_NAME_EN: Final = compiled(
    r"\sand\s+(?:the\s+)?(?P<p>(?-i:[A-Z])[\w'’.-]+(?:\s+(?:of\s+|for\s+)?(?-i:[A-Z])[\w'’.-]+)"
    r"{0,4})\s+(?:(?:about|some|nearly|almost|roughly|around|more\s+than|over)\s+)?$"
)
_CAPITALISED_RUN_EN: Final = compiled(r"[A-Z][\w'’.-]+(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’.-]+)*")


# "Guatemala recorded 3,000 homicides, followed by Honduras (2,800) and El Salvador with
# 1,141": a place ranked after the one before, by a figure of the same measure; read only
# within this many characters of 'followed by'.
_RANK_REACH_EN: Final = 80


# "Los alimentos aportaron 1,3 puntos porcentuales a la inflación": who contributed, before
# the figure, and to what, after it.
_CONTRIBUTED_BEFORE_ES: Final = compiled(
    r"(?:^|[,;:]\s+(?:y\s+|mientras\s+que\s+)?|\by\s+)(?:(?:el|la|los|las)\s+)?"
    r"(?P<who>[^,;:]{3,80}?)\s+"
    r"(?:aportó|aportaron|aporta|aportan|contribuyó|contribuyeron|contribuye|contribuyen)"
    r"(?:\s+(?:con|unos|alrededor\s+de|casi|más\s+de|menos\s+de))?\s+$",
    re.IGNORECASE,
)
_CONTRIBUTED_TO_ES: Final = compiled(r"\s+(?P<to>(?:a\s+la|a\s+los|a\s+las|al|a)\s+[^,;:.]{3,80})")
# A time at the end of what was contributed to ('a la inflación de julio'): the period's.
_TIME_TAIL_ES: Final = compiled(
    r"\s+(?:de|en|del|durante)\s+(?:(?:el\s+)?mes\s+de\s+)?(?:enero|febrero|marzo|abril|mayo|"
    r"junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|(?:19|20)\d\d)"
    r"(?:\s+(?:de|del)\s+(?:19|20)\d\d)?$",
    re.IGNORECASE,
)


def _contribution_es(sentence: str, figure: SubjectInput) -> str:
    """'Los alimentos aportaron 1,3 puntos porcentuales al índice interanual': the
    contribution of the ones to the other ('aporte de alimentos al índice interanual')."""
    before = _CONTRIBUTED_BEFORE_ES.search(
        sentence, max(0, figure.value_start - 120), figure.value_start
    )
    if before is None:
        return ""
    after = _CONTRIBUTED_TO_ES.match(sentence, figure.tail_end)
    if after is None:
        return ""
    to = _TIME_TAIL_ES.sub("", _before_clause(after.group("to").strip()))
    if not to:
        return ""
    return _tidy(f"aporte de {before.group('who').strip()} {to}")


def _ranks_a_place_en(sentence: str, figure: SubjectInput) -> bool:
    """Whether a figure only ranks its place after 'followed by' ('Honduras (2,800)',
    'El Salvador with 1,141')."""
    if (
        not figure.place
        or not figure.earlier_subject
        or figure.is_change
        or not (
            sentence.endswith("(", 0, figure.value_start)
            or sentence.endswith(" with ", 0, figure.value_start)
        )
    ):
        return False
    at = sentence.rfind("followed by ", 0, figure.value_start)
    return at >= 0 and figure.value_start - at <= _RANK_REACH_EN


def _ranked_place_en(figure: SubjectInput) -> str:
    """The earlier figure's measure in this figure's place ('homicides in Honduras'); '' when
    the earlier subject names a place of its own inside it (no measure to carry over)."""
    earlier = figure.earlier_subject or ""
    by = _BY_PLACE_TAIL_EN.search(earlier) if " by " in earlier else None
    if by is not None and is_place(by.group("p")):
        # ('share of shipments bought by United States, followed by Canada (6 percent)':
        # what the place before did, done by this one)
        return f"{earlier[: by.start('p')]}{figure.place}"
    measure = _strip_place_words(_no_place_tail(earlier))
    if not measure or any(w[:1].isupper() for w in measure.split()):
        return ""
    return with_place(measure, figure.place, "en")


_BY_PLACE_TAIL_EN: Final = compiled(
    r"\sby\s+(?:the\s+)?(?P<p>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)$"
)


# "Le siguieron Belice, con 28,4, y Guatemala, con 16,7", "seguido de Baja California
# (2.176)": a place ranked by a figure of the measure named before.
_RANK_LEADS_ES: Final = ("seguido de ", "seguida de ", "seguidos de ", "seguidas de ")
_RANK_PRONOUNS_ES: Final = word_set("le les")
_TRAILING_NAME_ES: Final = compiled(
    r"\s+(?:de|del)\s+(?:el\s+|la\s+)?[A-ZÁÉÍÓÚ][\w'’.-]*(?:\s+[A-ZÁÉÍÓÚ][\w'’.-]*)*$"
)


# What a count's own subject is made of when it only ranks a place in a list ("Le siguieron
# Honduras (120 toneladas) y Nicaragua (80 toneladas)" -> 'toneladas seguidas por le',
# 'toneladas y Nicaragua'): the verb of the ranking, its pronoun, the joiners and the names.
_RANK_NOISE_ES: Final = word_set("y e en por de del le les con")
# "toneladas de cardamomo exportadas por Guatemala", "remesas a Honduras": the doer or the
# destination named last, to be replaced by the place the ranked figure is about.
_BY_NAME_TAIL_ES: Final = compiled(
    r"\s+(?P<prep>por|a|hacia)\s+"
    r"(?P<name>(?:El\s+|La\s+)?[A-ZÁÉÍÓÚ][\w'’.-]*(?:\s+[A-ZÁÉÍÓÚ][\w'’.-]*)*)$"
)


def _rank_noise_es(said: str, unit: str) -> bool:
    """Whether a count's subject is only its unit and the words of a ranking ('toneladas
    seguidas por le', 'casos y Nuevo León'), nothing of its own."""
    words = said.split()
    head = unit.split()
    if not head or words[: len(head)] != head or len(words) == len(head):
        return False
    rest = words[len(head) :]
    if len(rest) > 2 and rest[0] == "de" and not rest[2].startswith(("seguid", "siguid")):
        return False
    if len(rest) > 2 and rest[0] == "de":
        rest = rest[2:]  # ('toneladas de cardamomo seguidas por le': what the unit holds)
    return all(
        w in _RANK_NOISE_ES or w.startswith(("seguid", "siguid")) or w[:1].isupper() for w in rest
    )


# The words that only rank a place in a list ('el departamento más violento fue', 'el primer
# lugar lo ocupó', 'la lista la encabeza'), besides the place's name and the figure's unit.
_MOST_NOUN_ES: Final = compiled(r"\b(?:más|menos)\s+(?P<n>[a-záéíóúñ]{3,}s)\b")
_RANKING_WORDS_ES: Final = word_set(
    "y e en por de del le les con el la lo los las al fue fueron es son era eran lugar puesto "
    "primer primero primera segundo segunda tercer tercero tercera cuarto cuarta quinto quinta "
    "último última lista listado ranking tabla clasificación encabeza encabezó encabezan "
    "encabezaron lidera lideró lideran lideraron ocupa ocupó ocupan ocuparon se ubica ubicó "
    "ubican ubicaron sitúa situó departamento departamentos estado estados municipio municipios "
    "país países ciudad ciudades provincia provincias región regiones entidad entidades más "
    "menos mayor menor cifra seguido seguida seguidos seguidas siguió siguen siguieron encima "
    "debajo detrás delante"
)


def _ranking_words_only_es(said: str, unit: str) -> bool:
    """Whether a subject is made only of a ranking's words, names and the unit ('departamento
    más violento fue Escuintla', 'víctimas de estado con más víctimas en Guanajuato')."""
    words = said.split()
    units = {w.lower() for w in unit.split()}
    ranked = False
    for index, word in enumerate(words):
        low = word.lower()
        if index and words[index - 1].lower() in ("más", "menos"):
            continue  # ('más violento', 'más víctimas')
        if low in units or word[:1].isupper():
            continue
        if low not in _RANKING_WORDS_ES:
            return False
        ranked = ranked or low not in _RANK_NOISE_ES
    return ranked


# 'más de lo previsto', 'menos de lo programado': a figure that measures a gap to a plan.
_BEYOND_PLAN_ES: Final = compiled(
    r"(?:\s+(?:de\s+)?[^\W\d_]+)?\s+(?P<d>más|menos)\s+de\s+lo\s+(?P<p>previsto|programado|"
    r"presupuestado|esperado|estimado|proyectado|planificado|planeado)\b",
    re.IGNORECASE,
)


def _money_of_place_es(subject: str, figure: SubjectInput) -> str:
    """'remesas en Guatemala' for 'Guatemala, por su parte, captó US$12.100 millones' after
    'México recibió 29.600 millones de dólares en remesas': a place alone is no measure, the
    money named before is, in this place ('aumento de remesas en Guatemala' for its change)."""
    lead = ""
    said = subject
    if figure.unit_kind == "percent":
        lead, _, said = subject.partition(" de ")
        if lead not in ("aumento", "reducción", "caída", "alza", "crecimiento", "cambio"):
            return subject
    earlier = figure.earlier_money or ""
    measure = _no_place_tail(earlier)
    bare = _no_place_tail(said)
    if measure != earlier and said.startswith(f"{earlier} en "):
        # ('remesas en Costa Rica en Panamá': the money before with its own place still on)
        bare = figure.place or ""
    if not (is_place(bare) or lower(bare) == lower(SPANISH_NAMES.get(figure.place or "", ""))):
        return subject
    if not measure or is_place(measure) or measure[:1].isupper():
        return subject
    measured = with_place(measure, figure.place, "es")
    return f"{lead} de {measured}" if lead else measured


def bought_by_next_place_es(earlier: str, place: str) -> str:
    """'proporción de café comprado por Japón' after '... comprado por Estados Unidos': a share a
    place took, taken by the place ranked after it; '' when the earlier share names no buyer."""
    if " por " not in earlier:
        return ""
    by = _BY_NAME_TAIL_ES.search(earlier)
    if by is None or by.group("prep") != "por" or not is_place(by.group("name")):
        return ""
    return f"{earlier[: by.start()]} por {SPANISH_NAMES.get(place, place)}"


def _ranks_a_place_es(sentence: str, figure: SubjectInput) -> bool:
    """Whether a figure may only rank its place after the measure before ('Belice, con 28,4',
    'Baja California (2.176)')."""
    return (
        (
            sentence.endswith("con ", 0, figure.value_start)
            or sentence.endswith("(", 0, figure.value_start)
        )
        and bool(figure.place)
        and bool(figure.earlier_subject)
        and not figure.is_change
    )


# The kind of crime or illness a count was of ('carpetas de investigación por homicidio doloso',
# 'hospitalizaciones por dengue'; not a doer, 'capturas por la PNC'), and the counted things
# that take it.
_KIND_TAIL_ES: Final = compiled(
    r"\spor\s+(?!(?:el|la|los|las|un|una|parte)\s)(?P<k>[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,2})$"
)
_KIND_TAKERS_ES: Final = frozenset(("víctimas", "casos", "muertes", "denuncias"))


def _ranked_place_es(sentence: str, figure: SubjectInput, subject: str | None) -> str:
    """The earlier figure's measure in this figure's place, when the figure only ranks a place
    ('Guatemala, con 16,7', read only after 'con ' or '('); '' otherwise."""
    said = subject or ""
    low = said.lower()
    for lead in _RANK_LEADS_ES:
        if low.startswith(lead):
            said = said[len(lead) :]
            break
    place = figure.place or ""
    if lower(said).split(" en ")[0].strip() in _RANK_PRONOUNS_ES:
        # "Le siguieron Honduras (5,2 %)": the pronoun of 'le siguieron' is no subject.
        said = ""
    named = lower(said) in (lower(place), lower(SPANISH_NAMES.get(place, place)))
    unit = figure.unit or ""
    if figure.unit_kind == "count" and said and _rank_noise_es(said, unit):
        said = ""  # (the words of the ranking, nothing the count says of its own)
    ranked_by = ""
    if said and not named and is_place(_no_place_tail(said)):
        said = ""  # ('..., seguido de Ecuador, con 23 %': the sentence's first place, no measure)
    if said and not named and _ranking_words_only_es(said, unit):
        # ('El departamento más violento fue Escuintla, con 410', 'La lista la encabeza
        # Escuintla, con 410', 'Guanajuato fue el estado con más víctimas, con 2.982': where the
        # place stands in the list, nothing the figure measures of its own)
        most = _MOST_NOUN_ES.search(said)
        ranked_by = most.group("n") if most is not None and most.group("n") not in unit else ""
        said = ""
    # another name ranks only a measure, never a count ('Guatemala, con 16,7')
    if (
        said
        and not named
        and (
            figure.unit_kind == "count"
            or not all(w[:1].isupper() or w in ("de", "del", "la", "el") for w in said.split())
        )
    ):
        return ""
    earlier = figure.earlier_subject or ""
    if (
        figure.unit_kind == "count"
        and figure.earlier_whole
        and figure.earlier_whole.split()[:1] == unit.split()[:1] == earlier.split()[:1]
    ):
        # ('La PNC reportó 640 capturas. Del total, 88 corresponden a pandilleros. Por
        # departamento, Escuintla (150)': the whole counted before, not a part of it)
        earlier = figure.earlier_whole
    if figure.unit_kind == "currency" and figure.earlier_money:
        # ('Las remesas a Honduras sumaron 9.700 millones ..., un 18 % más. Le siguieron El
        # Salvador (8.200 millones)': the money before, not the change said of it)
        earlier = figure.earlier_money
    measure = _no_place_tail(earlier)
    if ranked_by and ranked_by not in measure:
        # ('El departamento con menos registros fue El Progreso, con 3.050': what the list
        # ranks by, named in it)
        return with_place(ranked_by, place, "es")
    if figure.unit_kind == "count" and unit and measure.split()[:1] != unit.split()[:1]:
        # ('Le siguieron Veracruz con 980 casos' after '14 fueron mortales': the figure
        # before counted other things; its own unit in its place)
        kind = _KIND_TAIL_ES.search(measure) if unit in _KIND_TAKERS_ES else None
        if kind is not None:
            # ('Guerrero encabezó la lista con 1.712 víctimas' after '15.826 carpetas de
            # investigación por homicidio doloso': victims of the crime counted before)
            return with_place(f"{unit} de {kind.group('k')}", place, "es")
        return with_place(unit, place, "es")
    if measure == earlier and (" por " in earlier or " a " in earlier or " hacia " in earlier):
        by = _BY_NAME_TAIL_ES.search(earlier)
        if by is not None and is_place(by.group("name")):
            # "Guatemala exportó 300 toneladas. Le siguieron Honduras (120 toneladas)": what the
            # place before did (or received), done by this one ('toneladas exportadas por
            # Honduras', 'remesas a El Salvador').
            return f"{earlier[: by.start()]} {by.group('prep')} {SPANISH_NAMES.get(place, place)}"
    if measure == earlier:
        measure = _TRAILING_NAME_ES.sub("", earlier)
    if not measure or measure[:1].isupper():
        return ""
    return with_place(measure, place, "es")


# "lo que eleva a 24.110 la población carcelaria del país", "elevando a 45 el número de
# muertos": a verb that brings a measure to the figure, the measure named after the figure.
_RAISED_TO_ES: Final = compiled(
    r"\b(?:eleva|elevan|elevó|elevaron|elevando|lleva|llevan|llevó|llevaron|llevando|"
    r"reduce|reducen|redujo|redujeron|reduciendo)\s+a\s+$",
    re.IGNORECASE,
)
_RAISED_NP_ES: Final = compiled(
    r"\s+(?:el|la|los|las)\s+(?P<np>[^\W\d_][^,;:.()\d]{2,80}?)"
    r"(?=\s*(?:[,;:.]|$)|\s+(?:que|según|desde|tras|hasta|con|y)\s)",
    re.IGNORECASE,
)

# 'elevó su tasa de interés en 50 puntos, hasta el 7 %': a verb of change, what it changed
# (before a time of its own) and 'hasta' before the level it reached.
_LEVEL_REACHED_ES: Final = compiled(
    r"\b(?:elev|sub|aument|increment|baj|reduj|reduc|recort|disminu)\w*\s+"
    r"(?:en\s+[^,;:]{1,30}?\s+)?(?:su|sus|la|el|los|las)\s+(?P<np>[^\W\d_][^,;:\d]{2,60}?)"
    r"(?:\s+(?:el|en|durante|este|esta)\s+[^,;:]{0,30}?)?(?P<h>\s*,\s*hasta\s+(?:el\s+|un\s+)?|"
    r"\s+hasta\s+(?:el\s+|un\s+)?|\s*,?\s+)$",
    re.IGNORECASE,
)
# 'Un kilo de tortilla cuesta en promedio', 'The gallon sold for': a thing, then the verb that
# prices it right before the figure.
_PRICED: Final = {
    "es": compiled(
        r"(?:(?:el|la|los|las|un|una)\s+)?(?P<np>[^\W\d_][^,;:\d]{2,60}?)\s+"
        r"(?:cuesta|cuestan|costaba|costaban|costó|costaron|se\s+vende|se\s+venden|"
        r"se\s+vendía|se\s+vendían|se\s+vendió|se\s+vendieron"
        r"|costará|costarán|costaría|costarían)"
        r"(?:\s+(?:en\s+promedio|ahora|hoy|actualmente))?(?:\s+(?:a|en))?\s+$",
        re.IGNORECASE,
    ),
    "en": compiled(
        r"(?:(?:the|a|an)\s+)?(?P<np>[^\W\d_][^,;:\d]{2,60}?)\s+"
        r"(?:(?:will|would|could|may|might|is\s+expected\s+to|are\s+expected\s+to)\s+)?"
        r"(?:costs|cost|sells\s+for|sold\s+for)(?:\s+(?:about|around|an\s+average\s+of))?\s+$",
        re.IGNORECASE,
    ),
}
_SOLD_UNIT: Final = compiled(
    r"(?:kilo|kilogramo|libra|litro|galón|quintal|docena|onza|barril|tonelada|pasaje|boleto|"
    r"botella|bolsa|paquete|unidad|pound|gallon|liter|litre|barrel|ton|ticket|dozen|ounce|loaf|"
    r"bottle|bag|carton)s?\b",
    re.IGNORECASE,
)
_TIME_HEADS_ES: Final = word_set(
    "año años mes meses semana semanas día días trimestre semestre periodo período lunes martes "
    "miércoles jueves viernes sábado domingo fin"
)


def _raised_to_es(sentence: str, figure: SubjectInput) -> str:
    """'lo que eleva a 24.110 la población carcelaria del país' -> 'población carcelaria del
    país' (read only after ' a '); '' otherwise."""
    if _RAISED_TO_ES.search(sentence, max(0, figure.value_start - 16), figure.value_start) is None:
        return ""
    named = _RAISED_NP_ES.match(sentence, figure.tail_end)
    if named is None or named.group("np").split()[0].lower() in _TIME_HEADS_ES:
        return ""  # ('bajó a 5.936 el año pasado': a time, not a measure)
    return with_place(named.group("np"), figure.place, "es")


# "la mayoría (22) por ataques armados", "La mayor parte de las denuncias (2.380)": a count in
# brackets after 'la mayoría' is the greater part of what was counted before.
_MOST_BRACKET_ES: Final = compiled(
    r"\b(?:la\s+)?(?:mayoría|mayor\s+parte)(?:\s+de\s+(?:los|las)\s+(?P<n>[^\W\d_]+))?\s*\($",
    re.IGNORECASE,
)
_AFTER_BRACKET_ES: Final = compiled(r"\)\s*(?P<c>(?:por|en|de|con|sin)\s[^,;:.()\d]{3,60})")


def _most_in_brackets_es(sentence: str, figure: SubjectInput) -> str:
    """'Al menos 30 personas murieron ..., la mayoría (22) por ataques armados' -> 'personas
    muertas por ataques armados': the things counted before (with what was done to them) and
    what the words after the bracket say of these; '' when it is not that."""
    most = _MOST_BRACKET_ES.search(sentence, max(0, figure.value_start - 40), figure.value_start)
    if most is None:
        return ""
    earlier = _without_generic_lead(_no_place_tail(figure.earlier_count or ""))
    words = earlier.split()
    kept = words[:1]
    for word in words[1:]:
        if not word.lower().endswith(_PARTICIPLE_ENDINGS_ES):
            break
        kept.append(word)  # ('personas muertas', not 'en hechos violentos')
    base = most.group("n") or ""
    if not base or (kept and _singular(kept[0].lower()) == _singular(base.lower())):
        base = " ".join(kept)
    if not base:
        return ""
    after = _AFTER_BRACKET_ES.match(sentence, figure.tail_end)
    if after is not None:
        return _tidy(f"{base} {after.group('c')}")
    return with_place(base, figure.place, "es")


# What a budget gives a body or a purpose: 'The Health Ministry will receive ', 'Security will
# get ', '... 8.3 billion will go to the police', 'El Ministerio de Salud recibirá ', '... Q8.300
# millones irán al Ministerio de Gobernación', 'a la PNC se destinarán '.
_RECEIVER_BEFORE_EN: Final = compiled(
    r"(?:^|[,;]\s+(?:and|while)\s+|\.\s+|^\W*|\b(?:and|while)\s+)(?P<r>(?:the\s+|The\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'’.-]*){0,5}|(?:the|The)\s+(?:army|"
    r"police|military|navy|judiciary|armed\s+forces)|security|education|health|defen[cs]e|"
    r"infrastructure|justice)\s+(?:will\s+(?:receive|get)|"
    r"(?:is|are)\s+to\s+(?:receive|get)|receives|gets)\s+(?:(?:about|nearly|almost|some|roughly|"
    r"just\s+over|more\s+than)\s+)?$"
)
_RECEIVER_AFTER_EN: Final = compiled(
    r"(?:\s+[a-z]+)?\s+(?P<v>will\s+go|goes|go|went|(?:is|are|was|were|will\s+be)\s+"
    r"(?:earmarked|allocated|set\s+aside))\s+(?:to|for)\s+(?P<r>(?:the\s+)?[\w'’.-]+"
    r"(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[\w'’.-]+){0,5}?)(?=\s*(?:[,.;]|$|\s+(?:and|while|in|"
    r"from|up|down)\b))"
)
_RECEIVER_BEFORE_ES: Final = compiled(
    r"(?P<r>(?:(?:El|La|Los|Las|el|la|los|las)\s+)?[A-ZÁÉÍÓÚ][\wáéíóúñ.-]*(?:\s+(?:de\s+(?:la\s+|"
    r"los\s+|las\s+)?|del\s+|y\s+)?[A-ZÁÉÍÓÚ][\wáéíóúñ.-]*){0,6})\s+(?:recibirá|recibirán|"
    r"recibe|reciben|obtendrá|obtendrán|contará\s+con|tendrá)\s+(?:(?:unos|unas|casi|más\s+de|"
    r"alrededor\s+de)\s+)?$"
)
_RECEIVER_LEAD_ES: Final = compiled(
    r"\ba\s+(?P<r>(?:la|las|los)\s+[A-ZÁÉÍÓÚ][\wáéíóúñ.-]*(?:\s+(?:de\s+(?:la\s+)?|del\s+)?"
    r"[A-ZÁÉÍÓÚ][\wáéíóúñ.-]*){0,6}|al\s+[A-ZÁÉÍÓÚ][\wáéíóúñ.-]*(?:\s+(?:de\s+(?:la\s+)?|del\s+)?"
    r"[A-ZÁÉÍÓÚ][\wáéíóúñ.-]*){0,6})\s+se\s+(?:destinarán|destinará|asignarán|asignará|"
    r"destinan|destina|asignan|asigna)\s+(?:(?:unos|unas|casi|más\s+de)\s+)?$"
)
_RECEIVER_AFTER_ES: Final = compiled(
    r"(?:\s+[a-záéíóú]+)?\s+(?:irán|irá|van|va|se\s+destinarán|se\s+destinará|se\s+destinan|"
    r"se\s+destina|se\s+asignarán|se\s+asignará|serán\s+para|será\s+para)\s+"
    r"(?P<r>(?:a|al|para)\s+(?:(?:el|la|los|las)\s+)?[A-ZÁÉÍÓÚ][\wáéíóúñ.-]*(?:\s+(?:de\s+(?:la\s+)?|"
    r"del\s+|y\s+)?[A-ZÁÉÍÓÚ][\wáéíóúñ.-]*){0,6})"
)
# Sectors a budget names without a body: 'Security will get $580 million'.
_SECTORS_EN: Final = word_set("security education health defense defence infrastructure justice")


def _allocation(sentence: str, figure: SubjectInput, lang: str) -> str:
    """'budget of the Health Ministry', 'budget for security', 'presupuesto del Ministerio de
    Salud': the share of a budget a sentence gives to a body or a sector, or ''."""
    start = figure.value_start
    if lang == "en":
        before = _RECEIVER_BEFORE_EN.search(sentence, max(0, start - 90), start)
        if before is not None:
            name = before.group("r").rstrip(".")
            if name.lower() in _SECTORS_EN:
                return f"budget for {name.lower()}"
            if is_place(name) or name.lower() in ("it", "congress", "the government"):
                return ""
            return f"budget of {'the ' + name[4:] if name.startswith('The ') else name}"
        after = _RECEIVER_AFTER_EN.match(sentence, figure.tail_end)
        if after is not None and not is_place(after.group("r")):
            name = after.group("r").rstrip(".")
            if "earmarked" in after.group("v"):
                return f"budget earmarked for {name}"
            if name.startswith("the ") or name[:1].isupper():
                return f"budget of {name}"
            return f"budget for {name}"
        return ""
    if lang != "es":
        return ""
    # (the receiver before the verb, after 'a ... se destinarán', or after the verb)
    found = (
        _RECEIVER_BEFORE_ES.search(sentence, max(0, start - 90), start)
        or _RECEIVER_LEAD_ES.search(sentence, max(0, start - 90), start)
        or _RECEIVER_AFTER_ES.match(sentence, figure.tail_end)
    )
    if found is None:
        return ""
    name = found.group("r").rstrip(".")
    if name.split()[0] in ("El", "La", "Los", "Las"):
        name = name[0].lower() + name[1:]
    elif name.startswith("al "):
        name = "el " + name[3:]
    elif name.startswith(("a ", "para ")):
        name = name.split(" ", 1)[1]
    if is_place(name):
        return ""
    return f"presupuesto de {name}".replace(" de el ", " del ")


# 'Among women, it was ', 'For young people, the rate stood at ': a group a sentence opens with,
# then a pointer to the measure named before, right before the figure.
_AMONG_POINTER_EN: Final = compiled(
    r"(?P<p>Among|For|In)\s+(?P<g>(?:the\s+)?(?:\d+\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,3}),\s+"
    r"(?:it|the\s+(?:rate|figure|share|proportion|percentage)|that\s+(?:rate|figure|share))\s+"
    r"(?:was|is|stood\s+at|reached|rose\s+to|fell\s+to|climbed\s+to|dropped\s+to)\s+"
    r"(?:(?:about|around|nearly|almost|roughly|just|over|under|some)\s+)?$"
)
# 'entre las mujeres (el indicador)': a group the measure named before is read among.
# 'Entre los menores de seis años, el indicador ...': a group a sentence opens with.
_AMONG_OPENING_ES: Final = compiled(
    r"(?P<g>Entre\s+(?:las|los)\s+[^\W\d_]+(?:\s+\w+){0,5}?)\s*,?\s+"
    r"(?:el|la)\s+[^\W\d_]+\s"
)
# A setting that ends a measure ('pobreza en el interior del país'), not a place.
_SET_TAIL_ES: Final = compiled(r"\s+en\s+(?:el|la|los|las)\s+[a-záéíóúñ][\w\s]*$")
_AMONG_GROUP_ES: Final = compiled(
    r"^(?P<g>entre\s+(?:las|los)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)"
    r"(?:\s+(?:el|la)\s+(?:indicador|tasa|índice|proporción|cifra|porcentaje|nivel))?"
    r"(?:\s+en\s+[A-ZÁÉÍÓÚ][\w\s'’.-]*)?$"
)

# 'lo que significa una tasa (en Colombia)': a rate or an average of the count before.
_WHICH_MEANS_RATE_ES: Final = compiled(
    r"^lo\s+que\s+(?:significa|equivale\s+a|representa|supone|implica|da)\s+(?:un|una)\s+"
    r"(?P<n>tasa|promedio|media)(?:\s+en\s+[A-ZÁÉÍÓÚ][\w\s'’.-]*)?$"
)


# "Hubo 1.148 incendios forestales ..., que consumieron unas 48.600 hectáreas": a relative
# clause whose verb the things counted before did to the figure's things.
_WHICH_DID_ES: Final = compiled(r",\s+que\s+(?P<v>[a-záéíóúñ]{4,}(?:aron|ieron|ó))\s+$")


def _done_by_earlier_es(sentence: str, figure: SubjectInput) -> str:
    """'..., que consumieron unas 48.600 hectáreas de bosque' after '1.148 incendios forestales'
    -> 'hectáreas consumidas por incendios forestales'; '' when it is not that."""
    did = _WHICH_DID_ES.search(sentence, max(0, figure.value_start - 24), figure.value_start)
    if did is None or did.group("v") in _VERBS_ES:
        return ""
    doer = _without_generic_lead(_no_place_tail(figure.earlier_count or ""))
    participle = _es_participle(did.group("v"))
    if not doer or not participle.endswith(_PARTICIPLE_ENDINGS_ES):
        return ""
    unit = _unit_words(sentence, figure) or figure.unit
    return with_place(f"{unit} {_agree(participle, unit)} por {doer}", figure.place, "es")


# 'el café, cuyas exportaciones crecieron 21 %': a change of what belongs to a noun before.
_WHOSE_CHANGE_ES: Final = compiled(
    r"(?P<owner>[^\W\d_]+),\s+cuy[oa]s?\s+(?P<np>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+"
    r"(?P<v>crecieron|creció|aumentaron|aumentó|cayeron|cayó|bajaron|bajó|subieron|subió|"
    r"disminuyeron|disminuyó)\s+(?:un\s+|el\s+)?$",
    re.IGNORECASE,
)
_WHOSE_CHANGES_ES: Final = (
    ("crec", "crecimiento"), ("aument", "aumento"), ("ca", "caída"), ("baj", "baja"),
    ("sub", "alza"), ("dismin", "disminución"), ("", "cambio"),
)  # fmt: skip


# '... frente a 1.510.222 de su rival': whose the compared figure is.
_OF_OWNER_ES: Final = compiled(
    r"\s+de\s+(?P<x>(?:su|sus)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)(?=\s*[,;.]|$)"
)

# 'X prevé un crecimiento de ...': a forecast verb and the measure it forecasts.
_FORECAST_ES: Final = compiled(
    r"^(?:.*?\s)?(?:prevé|prevén|proyecta|proyectan|estima|estiman|espera|esperan|anticipa|"
    r"anticipan|pronostica|pronostican|calcula|calculan)\s+(?:un|una)\s+"
    r"(?P<n>[^\W\d_]{4,})(?P<rest>(?:\s.*)?)$",
    re.IGNORECASE,
)
_FORECAST_REST_ES: Final = compiled(r"^\s+(?:de|del)(?:\s+entre)?(?=\s+(?:en|para)\s|$)")

# 'Las muertes por esa causa', 'deportados por esa vía', 'denuncias por ese delito': a
# demonstrative that points at what the figure before was about.
_POINTED_ES: Final = compiled(
    r"\b(?P<prep>por|de|en|con)\s+(?:ese|esa|esos|esas|dicho|dicha|dichos|dichas)\s+"
    r"(?P<n>[^\W\d_]+)",
    re.IGNORECASE,
)
# Nouns for a place a demonstrative points back at ('de ese departamento').
_PLACE_NOUNS_ES: Final = word_set(
    "departamento departamentos municipio municipios país países provincia provincias región "
    "regiones ciudad ciudades estado estados localidad localidades territorio nación"
)
# A time pointed back at: 'en ese periodo', 'durante dicho lapso', 'en el mismo asueto'.
_TIME_POINTED_ES: Final = compiled(
    r"\s+(?:en|durante|a\s+lo\s+largo\s+de)\s+(?:ese|esa|dicho|dicha|el\s+mismo|la\s+misma)\s+"
    r"(?:periodo|período|lapso|tiempo|año|mes|semana|día|semestre|trimestre|cuatrimestre|"
    r"bimestre|ciclo|plazo|asueto|feriado|fin\s+de\s+semana|temporada|fecha)\b",
    re.IGNORECASE,
)
# Records of something: what they are of is what a demonstrative after them points at.
_RECORDS_ES: Final = word_set(
    "casos denuncias sentencias condenas víctimas muertes fallecidos pacientes expedientes "
    "procesos contagios"
)
_COMPLEMENT_ES: Final = compiled(r"\s(?:por|de|del)\s+(?:la\s+|el\s+|los\s+|las\s+)?")


def _pointed_back_es(subject: str, earlier: str, place: str | None = None) -> str:
    """'muertes por esa causa' after 'casos de desnutrición aguda' -> 'muertes por desnutrición
    aguda'; 'deportados por esa vía' after 'retornados por vía aérea' -> 'deportados por vía
    aérea': what the demonstrative points at, named as the earlier subject names it. A place
    pointed at is the figure's place ('familias de ese departamento' -> 'familias de Alta
    Verapaz'), never the measure before."""
    found = _POINTED_ES.search(subject)
    if found is None:
        return subject
    if found.group("n").lower() in _PLACE_NOUNS_ES:
        if not place:
            return subject
        name = SPANISH_NAMES.get(place, place)
        rest = (
            _no_place_tail(subject[found.end() :])
            if place in subject[found.end() :]
            else (subject[found.end() :])
        )
        return f"{subject[: found.start()]}{found.group('prep')} {name}{rest}"
    before = _no_place_tail(CHANGE_LEAD_ES.sub("", earlier))
    noun = found.group("n").lower()
    words = before.split()
    lowered = [w.lower() for w in words]
    if noun in lowered[1:]:
        named = " ".join(words[lowered.index(noun, 1) :])  # ('vía aérea desde Estados Unidos')
    elif lowered and lowered[0] in _RECORDS_ES:
        complement = _COMPLEMENT_ES.search(before)
        if complement is None:
            return subject
        named = before[complement.end() :]  # ('desnutrición aguda', 'violencia contra la mujer')
    elif lowered and lowered[0] in _CONTAINER_UNITS_ES:
        # ('63 personas detenidas en esas operaciones' after 'toneladas de cocaína incautadas':
        # a quantity of goods is not what the demonstrative points at)
        return subject
    else:
        named = before  # ('En esos hechos murieron 19 pilotos': the attacks counted before)
    if not named or named[:1].isupper():
        return subject
    return f"{subject[: found.start()]}{found.group('prep')} {named}{subject[found.end() :]}"


# What an event leaves: the dead, the hurt, the homeless, the losses.
_DAMAGE_ES: Final = word_set(
    """muertos muertas muertes fallecidos fallecidas heridos heridas desaparecidos desaparecidas
    damnificados damnificadas afectados afectadas evacuados evacuadas albergados albergadas
    pérdidas daños"""
)


def _bare_damage_es(subject: str, stops: tuple[str, ...]) -> str | None:
    """The subject without its place when it is a bare count of what an event leaves ('personas
    muertas', 'pérdidas'): at most three words, one of the first two a damage word, none of
    `stops` (a subject that already says by what or where); else None."""
    bare = _no_place_tail(subject)
    words = bare.lower().split()
    if (
        not words
        or len(words) > 3
        or not (_DAMAGE_ES & set(words[:2]))
        or any(w in stops for w in words)
    ):
        return None
    return bare


def _by_event_es(subject: str, figure: SubjectInput) -> str:
    """'pérdidas' -> 'pérdidas por la tormenta tropical Agatha', 'personas muertas' -> 'personas
    muertas por el sismo': what an event the text is about left, named with it."""
    event = figure.event or ""
    head = event.split()[0] if event else ""
    if head in _DISEASES_ES and (" por la enfermedad" in subject or " por el virus" in subject):
        # ('12 personas han muerto por la enfermedad' after 'casos sospechosos de dengue': the
        # disease the text is about, by its name)
        return subject.replace(" por la enfermedad", f" por {event}").replace(
            " por el virus", f" por {event}"
        )
    bare = _bare_damage_es(subject, ("por", "tras", "de", "del"))
    if bare is None or event.split()[0] in bare.lower():
        return subject
    head = event.split()[0]
    if head in ("tormenta", "huracán") and len(event.split()) > 1:
        event = f"{event.rsplit(' ', 1)[0]} {event.split()[-1].capitalize()}"  # (its name)
    by = f"por {event}" if head in _DISEASES_ES else f"por {_event_article_es(head)} {event}"
    return with_place(f"{bare} {by}", figure.place, "es")


# 'En el nivel preprimario ', 'En el sector oficial, ', 'En el área rural ': a level, sector or
# area a sentence opens with (not a place: a kind of the things counted).
_LEVEL_OPENING_ES: Final = compiled(
    r"En\s+(?P<s>(?:el|la)\s+(?:nivel|sector|área|ámbito|rama|modalidad|jornada|subsistema)"
    r"(?:\s+[a-záéíóúñ]{4,}){1,2})(?=,|\s+(?:se|hay|había|hubo|fueron|eran|son)\b)"
)
# The cause or setting a count of casualties names: ' en hechos de tránsito', ' por arma de
# fuego', ' en accidentes viales'.
_CASUALTY_CAUSE_ES: Final = compiled(
    r"\s(?P<c>(?:en|por)\s+(?:hechos|accidentes|percances|siniestros|incidentes|ataques|"
    r"enfrentamientos|arma|armas)\b[^,;:]*)$",
    re.IGNORECASE,
)


def _cause_of_earlier_es(subject: str, figure: SubjectInput) -> str:
    """'fallecidos' after 'personas muertas en hechos de tránsito' -> 'fallecidos en hechos de
    tránsito': a bare count of casualties is of the cause the count before named."""
    bare = _bare_damage_es(subject, ("por", "tras", "de", "del", "en", "que"))
    if bare is None:
        return subject
    earlier = _no_place_tail(figure.earlier_count or "")
    if not (_DAMAGE_ES & set(earlier.lower().split()[:2])):
        return subject
    cause = _CASUALTY_CAUSE_ES.search(earlier)
    if cause is None:
        return subject
    return with_place(f"{bare} {cause.group('c')}", figure.place, "es")


# Verbs by which an event adds up its toll: "La temporada de lluvias suma 96 muertos".
_TOLL_VERBS_ES: Final = word_set(
    "suma suman sumó sumaron deja dejan dejó dejaron acumula acumulan acumuló"
)
# An event named as a clause's subject, with its article: 'La temporada de lluvias', 'El sismo'.
_EVENT_NP_ES: Final = compiled(
    r"(?:(?:la|las|el|los)\s+)?(?P<e>(?:temporada\s+de\s+lluvias|lluvias|sismo|terremoto|"
    r"inundaciones|incendios(?:\s+forestales)?|deslizamientos?\s+de\s+tierra|deslaves?|"
    r"(?:huracán|tormenta(?:\s+tropical)?)\s+[A-Z][a-záéíóú]+|ola\s+de\s+calor|epidemia))",
    re.IGNORECASE,
)


def _event_article_es(head: str) -> str:
    """The article of an event the text is about, by its first word ('tormentas' -> 'las')."""
    feminine = head.endswith(("a", "as", "ción", "ciones", "ía", "ías")) or head == "inundaciones"
    if head.endswith("s"):
        return "las" if feminine else "los"
    return "la" if feminine else "el"


# ', el 40 % de ellos', ', la mitad de ellas': a part set off after the count it is of.
_APPOSED_PART_ES: Final = compiled(
    r",\s+(?:(?:casi|más\s+de|cerca\s+del?)\s+)?(?:(?:el|un|la)\s+)?$"
)
_DISEASES_ES: Final = word_set("dengue cholera measles cólera sarampión")
_DONE_LEADS_ES: Final = word_set("por en de del tras durante a al con sin entre")
_COORDINATED_OBJECT_ES: Final = compiled(r"\d[\d.,]*\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+y\s+$")
_SAME_SUBJECT_TOTAL_ES: Final = compiled(
    r"\s+y\s+(?:llegaron|llegó|sumaron|sumó|alcanzaron|alcanzó|ascendieron|ascendió|"
    r"totalizaron|totalizó|quedaron|quedó|se\s+ubicaron|se\s+ubicó|se\s+situaron|se\s+situó)\s+"
    r"(?:a|en)\s+(?:(?:los|las|unos|unas|casi|más\s+de)\s+)?$",
    re.IGNORECASE,
)
_BARE_POINTERS_ES: Final = word_set(
    "cifra dato indicador monto porcentaje total número índice proporción nivel"
)
_SAME_POINTERS_ES: Final = _BARE_POINTERS_ES | word_set("tasa")

# "Inflación interanual: 4,2 %", "Extorsiones: 18.000 denuncias en un año": a headline's label
# before its colon names what the figure after it measures.
_HEADLINE_LABEL_ES: Final = compiled(
    r"[\"“]?(?P<label>[A-ZÁÉÍÓÚÑ][^\W\d_]*(?:\s+[^\W\d_]+){0,4}):\s"
)
_HEADLINE_GAP_ES: Final = word_set(
    "casi unos unas más menos de al menos cerca alrededor del el la los las"
)


def _unit_words(sentence: str, figure: SubjectInput) -> str:
    """The counted words as the sentence writes them after the number ('privados de libertad')."""
    written = sentence[figure.value_start : figure.tail_end].split()[1:]
    return (
        " ".join(written)
        if written and written[0].lower() == figure.unit.split()[0].lower()
        else ""
    )


def _headline_label(sentence: str, figure: SubjectInput, subject: str | None) -> str:
    """The measure a headline's label names, when the figure follows the label's colon."""
    match = _HEADLINE_LABEL_ES.match(sentence)
    if match is None or match.end() > figure.value_start:
        return ""
    gap = sentence[match.end() : figure.value_start].split()
    if any(w.lower() not in _HEADLINE_GAP_ES for w in gap):
        return ""  # ("Dengue: suman 45.000 casos": a clause of its own after the colon)
    words = match.group("label").split()
    label = " ".join(_common_case(words))
    if (
        is_place(label)
        or _SOURCE_HEAD.search(label)
        or any(w.lower() in _VERBS_ES or w.lower() in _REPORTING for w in words)
        or (words[-1].isupper() and len(words[-1]) > 1)
    ):
        return ""  # ("Guatemala: 300 muertos", "PNC: 1.200 capturas", "Dijo: ...")
    if subject and any(w in lower(subject) for w in lower(label).split() if len(w) > 3):
        return ""  # (the subject names the label already)
    if figure.unit_kind == "count" and figure.unit:
        unit = figure.unit.lower()
        return with_place(
            f"{unit} de {label}" if unit != label.lower() else label, figure.place, "es"
        )
    if figure.unit_kind in ("percent", "rate", "currency", "points") and not figure.is_change:
        return with_place(label, figure.place, "es")
    return ""


_TEMPERATURE_UNIT: Final = compiled(
    r"(?:grados|degrees)\s+(?:centígrados|celsius|fahrenheit|centigrade)|°\s*[CF]?", re.I
)
_TEMPERATURE_WORDS: Final = compiled(
    r"\b(?:temperaturas?|termómetros?|calor|frío|temperatures?|thermometers?|heat)\b", re.I
)


def _is_temperature(unit: str, sentence: str) -> bool:
    """Whether a unit is degrees of temperature (bare 'grados' also measure earthquakes)."""
    if not unit or not unit.lower().startswith(("grados", "degrees", "°")):
        return False
    return bool(_TEMPERATURE_UNIT.fullmatch(unit) or _TEMPERATURE_WORDS.search(sentence))


# "5.900 millones de ese perjuicio": the measure a part points back at.
_OF_THAT_AFTER_ES: Final = compiled(
    r"\s+de\s+(?:ese|esa|este|esta|esos|esas|estos|estas)\s+(?P<n>[^\W\d_]{4,})", re.I
)
_GATHERING_STEMS_ES: Final = ("concentr", "acumul", "capt", "absorb", "recib", "se llev")


def _gathered_part(sentence: str, figure: SubjectInput, own_np: str, verb_words: list[str]) -> str:
    """ "los gobiernos regionales concentraron 5.900 millones de ese perjuicio" -> "perjuicio en
    los gobiernos regionales": the measure pointed back at, in what the subject names ('' when
    the figure is no such part)."""
    if not own_np or " de es" not in sentence[figure.tail_end : figure.tail_end + 8]:
        return ""
    of_that = _OF_THAT_AFTER_ES.match(sentence, figure.tail_end)
    if (
        of_that is None
        or of_that.group("n").lower() in _POINTER_WORDS_ES
        or not any(w.lower().startswith(_GATHERING_STEMS_ES) for w in verb_words)
        or _DEMONSTRATIVE.match(own_np)
        or own_np.lower() in _PRONOUN_SUBJECTS
    ):
        return ""
    where = own_np[0].lower() + own_np[1:] if own_np[1:2].islower() else own_np
    return _tidy(f"{of_that.group('n').lower()} en {where}")


_POINTER_WORDS_ES: Final = word_set("total cifra monto número dato suma cantidad")
_TERRITORIES_ES: Final = word_set(
    "departamentos municipios provincias estados países regiones comunidades localidades "
    "ciudades aldeas cantones distritos"
)
_GOAL_HEADS_ES: Final = word_set("meta metas objetivo objetivos propósito plan")
_OBTAINING_ES: Final = word_set(
    "obtuvo obtuvieron obtenía obtenían obtiene obtienen obtendría consiguió consiguieron "
    "ganó ganaron logró lograron"
)
# "la captura de 45 pandilleros", "la pérdida de 35.000 hectáreas": a noun naming an act,
# right before a count of what it was done to.
_NOMINAL_OF_ES: Final = compiled(
    r"\b(?:la|el|una|un)\s+(?P<n>\w+(?:ción|sión)|muerte|pérdida|captura|llegada|salida|"
    r"rescate|despido|entrega|compra|venta|desaparición)\s+de\s+$",
    re.IGNORECASE,
)
_NOT_NOMINAL_ES: Final = word_set(
    "población proporción extensión dimensión edición posición sesión dirección comisión "
    "misión región nación institución organización asociación federación fundación "
    "coordinación administración"
)
# The words that open what a change is compared with ('respecto del año anterior').
_COMPARED_ES: Final = word_set("respecto frente comparación comparado comparada")
# The change nouns _NOMINAL_OF_ES takes (its other change nouns are read elsewhere).
_CHANGE_NOMINALS_ES: Final = word_set("reducción disminución variación")


def _unit_written(sentence: str, figure: SubjectInput) -> bool:
    """Whether the figure's unit is written after it ('526 homicidios'), not carried over."""
    first = figure.unit.split()[0].lower() if figure.unit else ""
    return bool(first) and first in lower(sentence[figure.value_start : figure.tail_end])


_NUMBER_LEAD_ES: Final = word_set(
    "más menos de del casi unos unas alrededor cerca al lo por poco hasta aproximadamente "
    "un una uno dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte "
    "treinta cuarenta cincuenta cien ciento cientos mil millones"
)


# A forecast revised to the figure ("cut its 2025 global growth forecast to", "raised its
# forecast for economic growth in Latin America to 0.2 percent this year, from"): words before
# the forecast noun (group 'pre') and what it is for (group 'for').
_REVISED_FORECAST_EN: Final = compiled(
    r"\b(?:cut|cuts|raised|raises|lowered|lowers|trimmed|trims|revised|revises|lifted|lifts|"
    r"upgraded|upgrades|downgraded|downgrades|slashed|slashes|kept|keeps|maintained|maintains|"
    r"reduced|reduces|increased|increases)\s+(?:its|their|his|her|our|the)\s+"
    r"(?P<pre>(?:[\w'’-]+\s+){0,4}?)(?P<f>forecasts?|projections?|outlook|estimates?)"
    r"(?P<for>\s+(?:for|of)\s+[^,;:()]{1,70}?)?\s+(?:(?:down\s+|up\s+)?to|at)\s+"
    r"(?:[^;:()]{1,40}?\s+from\s+)?(?:(?:as\s+(?:much|little|high|low)\s+as|about|around|"
    r"nearly|almost|roughly|some|more\s+than|less\s+than|at\s+least|up\s+to|between|"
    r"just|only)\s+)?[$€£]?$",
    re.IGNORECASE,
)
_YEAR_DIGITS: Final = compiled(r"(?:19|20)\d\d")
# 'waited a median of 27.7 weeks' up to the end of the figure's unit, and what the wait was
# for after it, up to a time, a place or the end of the clause.
_WAITED_EN: Final = compiled(
    r"\bwait(?:ed|s)?\s+(?:(?:an?|the)\s+(?P<m>average|median|mean)\s+of\s+)?"
    r"(?:(?:about|nearly|almost|more\s+than|some|over)\s+)?[\d.,]+\s+"
    r"(?:days|weeks|months|years|hours|minutes)\b",
    re.IGNORECASE,
)
_WAITED_FOR_EN: Final = compiled(
    r"\s+(?P<rest>(?:for|between|to\s+(?:get|see|receive))\s+[^,;:.()]{1,80}?)"
    r"(?=\s+(?:in|during|last|this|since|as\s+of|at)\s+(?:\d|the|[A-Z])|\s*[,;:.()]|\s*$)"
)


def _build_subject(
    sentence: str,
    figure: SubjectInput,
    removed: list[tuple[int, int]],
    lang: str,
    sentence_subject: Callable[[], str | None] | None = None,
) -> str | None:
    """`build_subject` before words left stranded by the removed spans are tidied."""
    es = lang == "es"
    revised = (
        _REVISED_FORECAST_EN.search(sentence, max(0, figure.value_start - 200), figure.value_start)
        if not es and ("ecast" in sentence or "ojection" in sentence or "utlook" in sentence)
        else None
    )
    waited = (
        _WAITED_EN.search(sentence, max(0, figure.value_start - 40), figure.tail_end)
        if not es
        and figure.unit.lower() in _TIME_UNITS_EN
        and sentence.find("wait", max(0, figure.value_start - 40), figure.value_start) != -1
        else None
    )
    waited_for = (
        _WAITED_FOR_EN.match(sentence, figure.tail_end)
        if waited is not None and waited.end() == figure.tail_end
        else None
    )
    if waited is not None and waited_for is not None:
        # "Canadians waited a median of 27.7 weeks between a referral from a general
        # practitioner and treatment": the (median) wait for what it was for, not 'weeks
        # waited by Canadians'.
        average = waited.group("m")
        phrase = f"{average.lower() + ' ' if average else ''}wait {waited_for.group('rest')}"
        return with_place(_tidy(phrase), figure.place, lang)
    if revised is not None:
        # "The fund cut its 2025 global growth forecast to 2.8% from 3.3%", "raised its
        # full-year profit forecast to as much as $15 billion": the forecast (of what it names),
        # not the forecaster, who is its source.
        measure = " ".join(w for w in revised.group("pre").split() if not _YEAR_DIGITS.fullmatch(w))
        of = revised.group("for") or ""
        if _YEAR_DIGITS.fullmatch(of.split()[-1] if of else ""):
            of = ""  # ('its inflation forecast for 2024': the year is the period)
        noun = revised.group("f").lower().removesuffix("s")
        phrase = " ".join(part for part in (measure, noun, of.strip()) if part)
        return with_place(_tidy(phrase), figure.place, lang)
    if (
        es
        and figure.unit == "percentage points"
        and ("aport" in sentence or "contribu" in sentence)
    ):
        contributed = _contribution_es(sentence, figure)
        if contributed:
            return with_place(contributed, figure.place, lang)
    brought_to = (
        _BRINGING_TO_EN.search(sentence, max(0, figure.value_start - 80), figure.value_start)
        if not es and ", " in sentence
        else None
    )
    if brought_to is not None:
        # "The district lost 2,300 students, bringing enrollment to 48,700": what the change
        # brought to the figure; a bare total or toll is the thing counted before.
        np_words = brought_to.group("np").split()
        head = next((w.lower() for w in np_words if w.lower() not in _DETERMINERS), "")
        brought_en = _noun_phrase(np_words, lang)
        if head in _BROUGHT_TOTALS_EN or head in _TIME_NOUNS_EN:
            if figure.earlier_subject:
                return figure.earlier_subject
        elif brought_en and not any(ch.isdigit() for ch in brought_en):
            return with_place(brought_en, figure.place, lang)
    accounted = (
        _ACCOUNTED_COUNT_EN.search(sentence, 0, figure.value_start)
        if not es
        and figure.unit_kind == "count"
        and figure.kind not in ("ratio", "fraction")
        and (" account" in sentence or " made up " in sentence or " make" in sentence)
        else None
    )
    of_the = (
        _OF_THE_PLURAL_EN.search(sentence, figure.value_start, figure.tail_end + 40)
        if accounted is not None
        else None
    )
    if of_the is not None and (
        of_the.start() > figure.tail_end
        or any(mark in sentence[figure.value_start : of_the.start()] for mark in (", ", ";", ":"))
    ):
        of_the = None  # (the words right after the figure only)
    if accounted is not None and of_the is not None:
        # "The Mediterranean accounted for 2,452 of the deaths", "Asylum applications account
        # for about 2.2 million of the pending cases": the part of what was counted in the
        # place named, or the things named among them (not 'deaths accounted').
        part = accounted.group("np")
        part = part[4:] if part.lower().startswith("the ") else part
        counted_whole = of_the.group("base")
        if is_place(part):
            return with_place(_tidy(counted_whole), part, lang)
        if part.split()[-1].lower().endswith("s") and part.lower() not in _PRONOUN_SUBJECTS:
            return with_place(
                _tidy(f"{part[:1].lower()}{part[1:]} among {counted_whole}"), figure.place, lang
            )
    if (
        es
        and figure.earlier_subject
        and not figure.is_change
        and (
            (
                _mentions_comparison(sentence, figure.value_start)
                and _COMPARED_WITH_ES.search(
                    sentence, max(0, figure.value_start - 30), figure.value_start
                )
            )
            or (
                sentence.endswith(" y ", 0, figure.value_start)
                and sentence.find("frente a", max(0, figure.value_start - 90), figure.value_start)
                != -1
                and _COMPARED_LIST_ES.search(
                    sentence, max(0, figure.value_start - 90), figure.value_start
                )
            )
        )
    ):
        # "3.245 guatemaltecos fueron deportados ..., frente a 1.700 en agosto de 2015": the
        # same measure as the figure it is compared with ('frente a 16,7 a nivel nacional':
        # in the place named after it).
        own_place = _OWN_PLACE_ES.match(sentence, figure.tail_end)
        if own_place is not None and own_place.group("of") in ("de", "del"):
            # ('frente al 6,1 % de Perú': a place's own figure; not 'de Jorge Medina')
            own_place = own_place if is_place(own_place.group("p")) else None
        if own_place is not None:
            compared = _moved_measure_es(_WITHOUT_PLACE_ES.sub("", figure.earlier_subject))
            return f"{compared} {own_place.group(1)}"
        own_setting = _OWN_SETTING_ES.match(sentence, figure.tail_end)
        if own_setting is not None:
            # "la proporción alcanza el 67,3 % en el área rural, frente al 42,1 % en las zonas
            # urbanas": the same measure, in the setting named after it instead.
            compared = _NAMED_SETTING_ES.sub("", _no_place_tail(figure.earlier_subject))
            return with_place(f"{compared} en {own_setting.group('s')}", figure.place, lang)
        return figure.earlier_subject
    most_of = (
        _MOST_OF_COUNT_ES.search(sentence, max(0, figure.value_start - 60), figure.value_start)
        if es and figure.unit_kind == "count"
        else None
    )
    most_said = (
        _APPOSITION_REST_ES.match(sentence, figure.tail_end) if most_of is not None else None
    )
    if most_of is not None and most_said is not None:
        # "La mayoría de los percances, 211, involucró a motocicletas": those of them that the
        # clause after the figure says.
        phrase = f"{most_of.group('n') or figure.unit} que {most_said.group('p').strip()}"
        return with_place(_tidy(phrase), figure.place, lang)
    estimated = (
        _ESTIMATED_AT_ES.search(sentence, max(0, figure.value_start - 120), figure.value_start)
        if es
        else None
    )
    if estimated is not None and not is_place(estimated.group("np")):
        # "Aun así, el déficit de maestros en el nivel preprimario se estima en 7.200 plazas":
        # what is estimated is the measure, not what the estimate made.
        return with_place(_tidy(estimated.group("np")), figure.place, lang)
    spent_with = (
        _WITH_SPENDING_ES.search(sentence, max(0, figure.value_start - 40), figure.value_start)
        if es
        and figure.unit_kind == "currency"
        and figure.earlier_count
        and sentence.find(", con ", max(0, figure.value_start - 40), figure.value_start) != -1
        else None
    )
    if spent_with is not None:
        # "contrató 4.500 nuevos docentes ..., con una inversión anual de Q540 millones": the
        # money spent on the things counted.
        counted = _COUNT_KIND_END_ES.split(_no_place_tail(figure.earlier_count or ""))[0]
        phrase = f"{spent_with.group('n').lower()} en {counted}"
        return with_place(_tidy(phrase), figure.place, lang)
    disease = (
        _CASES_OF_AND_ES.search(sentence, max(0, figure.value_start - 60), figure.value_start)
        if es and figure.unit.lower() in _DEATHS_ES
        else None
    )
    if disease is not None:
        # "312 casos de tos ferina y 9 fallecimientos": deaths from the disease counted with them.
        return with_place(f"{figure.unit} por {disease.group('d')}", figure.place, lang)
    quake = (
        _OF_MAGNITUDE_ES.search(sentence, max(0, figure.value_start - 40), figure.value_start)
        if es and figure.unit.lower() in ("magnitud", "magnitude")
        else None
    )
    if quake is not None:
        # "tras el sismo de magnitud 5,7 del martes": the magnitude of the earthquake.
        of = "de la" if quake.group("a").lower() in ("la", "una") else "del"
        return with_place(f"magnitud {of} {quake.group('n').lower()}", figure.place, lang)
    destined = (
        _DESTINED_TO_ES.match(sentence, figure.tail_end)
        if es and figure.unit_kind == "currency" and "destin" in sentence
        else None
    )
    if (
        destined is not None
        and not _INFINITIVE_ES.fullmatch(destined.group("np").split()[0])
        # (the verb after the money, or a part listed after another: 'y Q15.200 millones al
        # Ministerio de Comunicaciones'; not 'La Municipalidad destinará Q250 millones a ...')
        and (destined.group("verb") or re.search(r"\s+y\s+$", sentence[: figure.value_start]))
    ):
        # "De ese monto, Q28.500 millones se destinarán al Ministerio de Educación y Q15.200
        # millones al Ministerio de Comunicaciones": each part is the budget of what it goes to.
        earlier = _no_place_tail(figure.earlier_subject or "")
        to = " ".join(destined.group("to").lower().split())
        np = destined.group("np")
        if not np[:1].isupper() and earlier:
            if re.search(r"\s+y\s+$", sentence[: figure.value_start]):
                # (a sibling part: of what the money before was part of)
                budget = earlier.startswith("presupuesto") or "presupuesto" in sentence
                earlier = "presupuesto" if budget else "fondos"
            # ('de los cuales Q2.100 millones se destinarán a la compra de medicamentos': the
            # money before, for that purpose)
            article = "el" if to == "al" else to.removeprefix("a ")
            return with_place(_tidy(f"{earlier} para {article} {np}"), figure.place, lang)
        head = (
            "presupuesto"
            if earlier.startswith("presupuesto") or "presupuesto" in sentence
            else "fondos"
        )
        of = {"al": "del", "a la": "de la", "a los": "de los", "a las": "de las"}.get(to, "de")
        return with_place(_tidy(f"{head} {of} {np}"), figure.place, lang)
    each = (
        _EACH_RECEIVES_ES.search(sentence, 0, figure.value_start)
        if es and figure.unit_kind == "currency" and "ada " in sentence[: figure.value_start]
        else None
    )
    if each is not None and len(sentence[each.end() : figure.value_start].split()) <= 5:
        # "Cada familia recibió en promedio Q3.000", "En promedio, cada familia recibe 300
        # dólares al mes": the (average) amount each one receives.
        average = "promedio" in sentence[: figure.value_start].lower()
        each_verb = each.group(0).split()[-1].lower()
        phrase = (
            f"monto que {each_verb} cada {each.group('n')}"  # ('cada familia recibirá': a plan)
            if each_verb.endswith("á")
            else f"monto {'promedio ' if average else ''}recibido por cada {each.group('n')}"
        )
        return with_place(_tidy(phrase), figure.place, lang)
    in_which = None
    if es and figure.unit_kind == "count" and figure.unit and ", en l" in sentence:
        for found in _IN_WHICH_ES.finditer(sentence, 0, figure.value_start):
            in_which = found
        if in_which is not None and (
            figure.value_start - in_which.end() > 60
            or any(ch in ".;:" for ch in sentence[in_which.end() : figure.value_start])
        ):
            in_which = None
    if in_which is not None:
        # "387 accidentes de tránsito, en los que 52 personas murieron y 413 resultaron
        # heridas": what happened to the things counted, in the things the clause is about.
        words = sentence[figure.tail_end :].split()[:4]
        words = [w.strip(",.;") for w in words]
        if words and words[0].lower() == figure.unit.split()[-1].lower():
            words = words[1:]
        while words and words[0].lower() in _EVENT_AUX_ES:
            words = words[1:]
        before = [
            w
            for w in sentence[in_which.end() : figure.value_start].split()
            if w.lower() not in _AUX_ES and w.lower() not in _STRIP_WORDS
        ]
        if before and _is_verb(before[-1], "es", None):
            # ('48 allanamientos, en los que decomisaron 12 armas de fuego': the verb before
            # the figure is what was done to its things)
            words = [before[-1]]
        elif words and words[0].lower() in _DONE_LEADS_ES:
            words = []  # ('... 12 armas de fuego': a complement of the things, no verb)
        if words and words[0][:1].islower():
            done = _agree(_es_participle(words[0]), figure.unit.split()[0])
            phrase = f"{figure.unit} {done} en {in_which.group('np')}"
            return with_place(_tidy(phrase), figure.place, lang)
    housed = (
        _HOUSED_IN_ES.search(sentence[: figure.value_start])
        if es
        and figure.unit_kind == "count"
        and figure.unit
        and (
            sentence.find("alberg", 0, figure.value_start) != -1
            or sentence.find("acog", 0, figure.value_start) != -1
            or sentence.find("aloja", 0, figure.value_start) != -1
            or sentence.find("concentra", 0, figure.value_start) != -1
        )
        else None
    )
    if housed is not None and not is_place(housed.group("np")):
        # "El sistema penitenciario alberga a 22.400 privados de libertad": those it holds.
        holder = housed.group("np")
        phrase = (
            f"{_unit_words(sentence, figure) or figure.unit} en {holder[0].lower()}{holder[1:]}"
        )
        return with_place(_tidy(phrase), figure.place, lang)
    given = (
        _GIVEN_TO_ES.search(sentence, max(0, figure.value_start - 90), figure.value_start)
        if es and figure.unit_kind == "count" and figure.unit
        else None
    )
    if given is not None and not any(ch.isdigit() for ch in given.group("np")):
        # "El Mides entregó transferencias monetarias a 215.000 familias": those who received
        # what was given, not 'familias entregadas'.
        phrase = f"{figure.unit} que recibieron {given.group('np').strip()}"
        return with_place(_tidy(phrase), figure.place, lang)
    per_average = (
        _AVERAGE_PER_ES.match(sentence, figure.value_start)
        if es
        and figure.unit_kind == "count"
        and _AVERAGE_OF_ES.search(sentence, max(0, figure.value_start - 20), figure.value_start)
        else None
    )
    if per_average is not None:
        # "Esa cifra equivale a un promedio de 14 muertes violentas diarias": a daily average
        # of the things counted.
        every = (
            "diario"
            if per_average.group("per").lower().startswith(("diari", "al d", "por d"))
            else "mensual"
        )
        averaged = per_average.group("n")
        if averaged.lower() in ("casos", "hechos", "eventos") and figure.earlier_count:
            # ('se contabilizan 112 muertes violentas de mujeres. La cifra equivale a un
            # promedio de 0,9 casos diarios': cases of what was counted before)
            averaged = _no_place_tail(figure.earlier_count)
        return with_place(_tidy(f"promedio {every} de {averaged}"), figure.place, lang)
    bare_per = (
        _BARE_PER_ES.match(sentence, figure.tail_end)
        if es
        and figure.unit_kind == "count"
        and figure.earlier_count
        and _AVERAGE_OF_ES.search(sentence, max(0, figure.value_start - 20), figure.value_start)
        else None
    )
    if bare_per is not None:
        # "Los accidentes dejaron 2.100 fallecidos, un promedio de casi seis por día": a daily
        # average of what was counted before.
        every = "mensual" if "mes" in bare_per.group("per").lower() else "diario"
        averaged = _no_place_tail(figure.earlier_count or "")
        return with_place(_tidy(f"promedio {every} de {averaged}"), figure.place, lang)
    expected = (
        _EXPECTED_TO_ES.search(sentence, max(0, figure.value_start - 50), figure.value_start)
        if es and figure.unit_kind == "currency" and "esper" in sentence[: figure.value_start]
        else None
    )
    if expected is not None:
        # "'Este año esperamos recaudar Q92.000 millones', afirmó el superintendente": what is
        # expected, not whoever expects it ('recaudación esperada').
        noun = _EXPECTED_NOUNS_ES[expected.group("v").lower()]
        return with_place(f"{noun} {_agree('esperado', noun)}", figure.place, lang)
    valued = (
        _VALUED_AT_ES.search(sentence, max(0, figure.value_start - 90), figure.value_start)
        if es and figure.unit_kind == "currency" and " un " in sentence[: figure.value_start]
        else None
    )
    if valued is not None:
        # "Dicho cargamento tendría un valor de US$31 millones", "La droga tiene un valor
        # estimado de US$20 millones": the value of what the sentence opens with.
        noun = valued.group("n")
        of = _OF_ARTICLE_ES[_article_es(noun.split()[0])]
        phrase = f"{valued.group('v').lower()} {of} {noun}"
        return with_place(_tidy(phrase), figure.place, lang)
    apposed = (
        _APPOSED_AMOUNT_ES.match(sentence[: figure.value_start])
        if es
        and figure.unit_kind in ("currency", "count")
        # (the pattern ends in ', de ' or ', con ' and a hedge: a comma close before)
        and sentence.rfind(",", 0, figure.value_start) >= figure.value_start - 40
        else None
    )
    if apposed is not None and not is_place(apposed.group("np")):
        # "El salario mínimo no agrícola, de Q3.973,24 mensuales, apenas supera ese monto": the
        # amount of what the sentence opens with.
        return with_place(_tidy(apposed.group("np")), figure.place, lang)
    nominal = (
        _NOMINAL_OF_ES.search(sentence, max(0, figure.value_start - 40), figure.value_start)
        if es
        and figure.unit_kind == "count"
        and figure.unit
        and sentence.endswith("de ", 0, figure.value_start)
        else None
    )
    if (
        nominal is not None
        and nominal.group("n").lower() in _CHANGE_NOMINALS_ES
        and not _unit_written(sentence, figure)
    ):
        # "5.155 homicidios en 2012, una reducción de 526 respecto del año anterior": a change
        # of the count before, whose unit the figure only carries over; the act of no count of
        # its own (it read 'reducción de respecto').
        nominal = None
    if nominal is not None and nominal.group("n").lower() not in _NOT_NOMINAL_ES:
        # "la graduación de 2.500 nuevos agentes", "la pérdida de 35.000 hectáreas de maíz":
        # the act a noun names, of the things counted ('pérdida de hectáreas de maíz').
        stop = _PHRASE_END.search(sentence, figure.tail_end)
        after = _kept(sentence, figure.tail_end, stop.start() if stop else len(sentence), removed)
        rest_words = _before_clause(" ".join(after[:8])).split()
        _, verb_at = _split([(0, 0, w) for w in rest_words], lang)
        rest_words = rest_words[:verb_at] if verb_at is not None else rest_words
        compared_at = next(
            (i for i, word in enumerate(rest_words) if word.lower() in _COMPARED_ES), None
        )
        # ('una reducción de 526 homicidios respecto del año anterior': what it is compared
        # with is no part of what was counted)
        rest = " ".join(rest_words[:compared_at])
        of_words = sentence[figure.value_start : figure.tail_end].split()
        while (
            of_words
            and of_words[0].lower() != figure.unit.split()[0].lower()
            and not (of_words[0][:1].isalpha() and of_words[0].lower() not in _NUMBER_LEAD_ES)
        ):
            of_words = of_words[1:]
        phrase = " ".join([nominal.group("n").lower(), "de", *of_words, *rest.split()])
        return with_place(_tidy(phrase), figure.place, lang)
    if (
        es
        and figure.unit_kind == "count"
        and figure.earlier_count
        and figure.unit.lower() in _TERRITORIES_ES
        and sentence.endswith(" en ", 0, figure.value_start)
        and any(
            ch.isdigit() for ch in sentence[max(0, figure.value_start - 60) : figure.value_start]
        )
    ):
        # "dejaron más de 4.500 personas afectadas en 11 departamentos": the places where the
        # things counted just before are ('departamentos con personas afectadas').
        earlier = _without_generic_lead(_no_place_tail(figure.earlier_count))
        if earlier and figure.unit.lower() not in earlier.lower():
            return with_place(_tidy(f"{figure.unit} con {earlier}"), figure.place, lang)
    if figure.unit[:1] in ("g", "d", "°") and _is_temperature(figure.unit, sentence):
        # "el termómetro marcó 41,5 grados centígrados": degrees measure a temperature.
        return with_place("temperatura" if es else "temperature", figure.place, lang)
    if es and figure.unit_kind in ("percent", "count"):
        listed = _listed(sentence, figure, removed, sentence_subject)
        if listed:
            return with_place(listed, figure.place, lang)
    if (
        es
        and figure.unit_kind == "percent"
        and figure.earlier_subject
        and sentence.endswith(", con ", 0, figure.value_start)
    ):
        item = _item_with(sentence, figure, removed)
        measure = _head(CHANGE_LEAD_ES.sub("", _no_place_tail(figure.earlier_subject)))
        by_change = (
            _RANKED_BY_CHANGE_ES.search(sentence, 0, figure.value_start)
            if " con m" in sentence
            else None
        )
        ranked_by = _CHANGE_SINGULAR_ES.get(by_change.group("c").lower(), "") if by_change else ""
        if ranked_by and (
            measure.lower() in _CATEGORY_HEADS_ES
            or figure.earlier_subject.startswith(f"{ranked_by} de ")
        ):
            # "La división de alimentos registró una variación de 7,1 %. Entre los productos
            # con mayores alzas figuran el tomate, con 41 %, y el güisquil, con 26 %": a
            # category is no measure; the change the items are ranked by is ('alza de tomate',
            # not 'división de tomate'; then 'alza de güisquil', not 'tomate de güisquil').
            measure = ranked_by
        if item and measure and not measure.startswith("proporción"):
            # "la inflación fue de 3,9 %. Los rubros con mayores alzas fueron alimentos y
            # bebidas, con 5,1 %": the measure named before, of that item.
            return with_place(_tidy(f"{measure} de {item}"), figure.place, lang)
    built_for = (
        _BUILT_FOR_ES.search(sentence, max(0, figure.value_start - 90), figure.value_start)
        if es and figure.unit_kind == "count" and " para " in sentence
        else None
    )
    if built_for is not None:
        # "En el centro, diseñado para 150 reos, ...": how many it was built for, its capacity.
        of = _OF_ARTICLE_ES[built_for.group("art").lower()]
        return with_place(f"capacidad {of} {built_for.group('np')}", figure.place, lang)
    if es and figure.unit_kind == "count" and sentence.endswith(", con ", 0, figure.value_start):
        if sentence_subject is not None and _item_with(sentence, figure, removed) in _TRENDS_ES:
            # "El número de hondureños deportados ... siguió en aumento ..., con 14.276
            # retornados": the count the sentence is about, not 'retornados de aumento'.
            trend_of = _without_generic_lead(sentence_subject() or "")
            if trend_of:
                return with_place(trend_of, figure.place, lang)
        counted_with = _counted_with(sentence, figure, removed)
        if counted_with:
            return with_place(counted_with, figure.place, lang)
        earlier = _no_place_tail(figure.earlier_count or "")
        if (
            figure.unit
            and earlier
            and figure.unit.lower() not in earlier.lower()
            and _FIGURE_BEFORE_WITH.search(
                sentence, max(0, figure.value_start - 40), figure.value_start
            )
        ):
            # "Los contagios de dengue ascienden a 100.000, con 150 fallecidos": other things,
            # of what was counted before ('fallecidos de contagios de dengue').
            return with_place(f"{figure.unit} de {earlier}", figure.place, lang)
    lo, hi = _clause(sentence, figure.value_start, figure.tail_end, lang)
    # A subject is read near its figure: bounded windows keep long run-on "sentences" linear.
    lo, hi = max(lo, figure.value_start - _WINDOW), min(hi, figure.tail_end + _WINDOW)
    stop = _PHRASE_END.search(sentence, figure.tail_end, hi)
    after_hi = stop.start() if stop else hi
    if after_hi - figure.tail_end > 12 and (" with " in sentence or " con " in sentence):
        next_lead = _NEXT_FIGURE_LEAD.search(sentence, figure.tail_end, after_hi)
        if next_lead is not None:
            # "served 2.5 million students in 2024 with an investment of $300 million": what
            # leads to the next figure is that figure's, not this one's
            after_hi = next_lead.start()
    if not es and sentence.find(" and ", figure.tail_end, after_hi) != -1:
        joined = _AND_VERB_PHRASE_EN.search(sentence, figure.tail_end, after_hi)
        if joined is not None:
            # "involved 113,000 workers and idled them for 1.02 million working days": a second
            # verb and its object say what else the doer did, not which workers.
            after_hi = joined.start()
    if not es and sentence.find(" as ", figure.tail_end, after_hi) != -1:
        meanwhile = _AS_CLAUSE_EN.search(sentence, figure.tail_end, after_hi)
        if meanwhile is not None:
            # "evacuated 3,200 people from nine communities as lava flows advanced": what went
            # on meanwhile, in a clause of its own, is not which people.
            after_hi = meanwhile.start()
    if es and sentence.endswith("(", 0, figure.value_start):
        close = sentence.find(")", figure.tail_end, after_hi)
        if close >= 0:
            # ('mayo (9.211) y junio (8.477)': what follows the bracket is the next item's)
            after_hi = close
    numbers = (
        _NUMBER_APPOSITION.match(sentence, stop.start())
        if es and stop is not None and figure.unit_kind == "percent"
        else None
    )
    if numbers is not None:
        # "Más de la mitad de los municipios de Guatemala, 186 de 340, no tienen ...": the
        # figures set off by commas restate the share; what is said of it follows them.
        beyond = _PHRASE_END.search(sentence, numbers.end(), hi)
        after_hi = beyond.start() if beyond else hi
        removed = [*removed, numbers.span()]
    opening = _OPENING_PHRASE.match(sentence, lo, figure.value_start)
    if opening is not None:
        # "Desde el inicio de la campaña, en febrero, se han aplicado ...", "In the state of
        # Jalisco, police found ...": a phrase that opens with a preposition is never the subject.
        lo = opening.end()
    set_in = _SETTING_ES.match(sentence, lo) if es and sentence.startswith("En ", lo) else None
    if set_in is not None and set_in.end() < figure.value_start:
        second = _OPENING_PHRASE.match(sentence, set_in.end(), figure.value_start)
        if second is not None and sentence.startswith(("con ", "Con "), set_in.end()):
            # ('En las elecciones del domingo, con el 92 % de las actas escrutadas, el candidato
            # obtenía ...': two openings before the subject)
            lo = second.end()
    if es and figure.unit_kind == "count" and sentence.startswith("En ", lo):
        opened = _WHERE_OPENING_ES.match(sentence, lo, figure.value_start)
        if opened is not None and _is_verb_after_np_es(sentence, opened.end(), figure.value_start):
            # "En la frontera con México, el Instituto … atendió a 1.870 retornados": where it
            # happened opens the sentence; the one who acted comes after it.
            lo = opened.end()
    if not es and sentence.startswith(("Over", "over"), lo):
        over = _OVER_OPENING_EN.match(sentence, lo, figure.value_start)
        if over is not None:
            lo = over.end()  # "Over the past five years, growth averaged 2.1 percent"
    setting, setting_end = (
        _setting(sentence, figure.value_start, removed)
        if es and figure.unit_kind in ("percent", "points", "rate")
        else ("", 0)
    )
    if setting and lo < setting_end:
        lo = setting_end  # (the setting is no part of the subject before the verb)
    if es and " que " in sentence[lo : figure.value_start]:
        lo = _after_reported_that(sentence, lo, figure.value_start, removed)
    appositions = (
        (
            _appositions(sentence, lo, figure.value_start)
            if es
            else _relative_asides_en(sentence, lo, figure.value_start, removed)
        )
        if sentence.count(",", lo, figure.value_start) > 1
        else []
    )
    if not es and " that " in sentence:
        told = _last_told_that_en(sentence, lo, figure.value_start)
        if told > lo:
            # ('"The camps are overflowing," said Goodstein, adding that the agency needed $45
            # million': the clause after the source's ', adding that' is the figure's own)
            lo = told
    before = _kept(sentence, lo, figure.value_start, [*removed, *appositions])
    after = _kept(sentence, figure.tail_end, after_hi, removed)
    lead = _LEAD_ES if es else _LEAD_EN
    before_text = lead.sub("", " ".join(before))
    before_words = _reported_clause(_without_lead_place(_HABIT_LEAD.sub("", before_text).split()))
    after_words = after
    relative = (
        _RELATIVE_ES.search(sentence, lo, figure.value_start)
        if es and sentence.find(", qu", lo, figure.value_start) != -1
        else None
    )
    if (
        not es
        and relative is None
        and figure.unit_kind == "currency"
        and sentence.find(", who ", lo, figure.value_start) != -1
    ):
        relative = _RELATIVE_WHO_EN.search(sentence, lo, figure.value_start)
    if relative is not None:
        # "impulsada por la construcción, que avanzó un 18 %": the relative clause's verb has
        # the noun before the comma as its subject ("1.4 million tourists, who spent $1.7
        # billion": the tourists' spending).
        antecedent = _last_np(_kept(sentence, lo, relative.start(), removed), lang)
        if antecedent and not is_place(" ".join(antecedent)):
            clause_words = _kept(sentence, relative.end(), figure.value_start, removed)
            before_words = [*antecedent, *clause_words]
    if not es and len(before_words) > 4:
        before_words = _without_restrictive_relative_en(before_words)
    subj_words, verb_at = _split([(0, 0, w) for w in before_words], lang)
    own_np = _noun_phrase(subj_words, lang)
    if (
        not es
        and figure.unit.lower() in _LENGTH_UNITS_EN
        and " the " in sentence[figure.tail_end : figure.tail_end + 16]
        and _INTO_THE_SKY_EN.match(sentence, figure.tail_end) is not None
        and (
            sent_up := _SENT_UP_EN.search(
                sentence, max(0, figure.value_start - 60), figure.value_start
            )
        )
        is not None
    ):
        # "sending ash columns up to 7 kilometers into the sky": the height of what was sent
        # up, not 'kilometers erupted into the sky'.
        return with_place(f"height of {sent_up.group('np')}", figure.place, lang)
    if (
        not es
        and own_np
        and figure.unit.lower() in _LENGTH_UNITS_EN
        and (dimension := _DIMENSION_AFTER_EN.match(sentence, figure.tail_end)) is not None
        and own_np.lower() not in _PRONOUN_SUBJECTS
    ):
        # "The volcano stands 3,763 meters tall", "The wall is 9 meters high": the height (the
        # depth, the length) of what the sentence is about.
        owner = own_np
        head = sentence[: figure.value_start]
        if head.count(",") >= 2:
            # ("The volcano, one of the most active in Central America, stands": without the
            # aside)
            bare = " ".join(_ASIDE_EN.sub(" ", head).split()[:-1])
            if 0 < len(bare.split()) <= 6:
                owner = _LEADING_THE.sub("", bare)
        noun = _DIMENSION_NOUNS_EN[dimension.group(1).lower()]
        return with_place(f"{noun} of {owner}", figure.place, lang)
    if (
        es
        and figure.unit_kind in ("none", "count")
        and len(after) > 2
        and after[1].lower() == "sin"
        and after[0].lower() in _DAYS_WITHOUT_ES
    ):
        # "el país suma 400 días sin homicidios": the days without them are what is counted
        return with_place(_tidy(_before_clause(" ".join(after))), figure.place, lang)
    if (
        not es
        and figure.unit_kind == "currency"
        and own_np in ("They", "they")
        and figure.earlier_unit
        and figure.earlier_unit.endswith("s")
        and " " not in figure.earlier_unit.strip()
    ):
        # "... received 1.4 million tourists. They spent an average of $1,200 each": the ones
        # counted before spent it ('spending of tourists').
        own_np = figure.earlier_unit
    if (
        not es
        and own_np
        and len(subj_words) <= 5
        and any(w.lower() in ("its", "their") for w in subj_words[:2])
        and figure.prior_subject is not None
    ):
        # "The Guatemalan Social Security Institute treated 1.8 million patients. Its hospitals
        # have 4,300 beds": whose they are, from the sentence before.
        prior = figure.prior_subject() or ""
        if _is_owner(prior):
            own_np = f"{own_np} of {prior}"
    if (
        es
        and own_np.lower() == "lo que"
        and figure.earlier_subject
        and figure.unit_kind in ("percent", "points")
    ):
        # "recaudó Q85.400 millones, lo que representa el 101,3 % de la meta": what was
        # measured before, as a share.
        own_np = _no_place_tail(figure.earlier_subject)
    if setting and own_np and verb_at is not None and setting.lower() not in own_np.lower():
        # "En la segunda vuelta, la participación fue del 45,2 % y el voto nulo alcanzó el
        # 5,8 %": the measure in the setting the sentence opens with.
        own_np = f"{own_np} en {setting}"

    def whole() -> str:
        return (sentence_subject() or "") if sentence_subject is not None else ""

    subject_np = own_np or whole()
    contrast = (
        _contrasted_setting(subj_words)
        if es and verb_at is not None and lo > 0 and subj_words and subj_words[0] in ("que", "en")
        else ""
    )
    if contrast and not _CONTRAST_BEFORE.search(sentence, max(0, lo - 12), lo):
        contrast = ""  # (only a clause after 'mientras', 'pero', 'aunque' or 'y' contrasts)
    # A clause after 'mientras', 'pero', 'aunque' or 'y' whose own words give no measure: the
    # two rules below read it from the figure before.
    contrasting = bool(
        es
        and verb_at is not None
        and lo > 0
        and not figure.is_change
        and figure.earlier_subject
        and subj_words
        and _CONTRAST_BEFORE.search(sentence, max(0, lo - 12), lo)
    )
    if (
        contrasting
        and subj_words[0] in ("que", "en")
        and figure.unit_kind in ("currency", "percent", "rate", "count", "none")
        and any(ch.isdigit() for ch in sentence[:lo])
    ):
        contrasted = _contrasted_earlier_es(subj_words, figure, contrast, whole())
        if contrasted:
            return contrasted
    if (
        contrasting
        and subj_words[0][:1].isupper()
        and figure.unit_kind in ("currency", "percent", "rate")
        and all(w.lower() in _BARE_GAP_ES for w in before_words[verb_at + 1 :])  # type: ignore[operator]
        and is_place(" ".join(subj_words))
    ):
        # "Honduras registró una inflación de 4,1 %, mientras que Guatemala reportó 2,3 %": a
        # place that only reports its figure has the measure of the figure before.
        measure = _moved_measure_es(figure.earlier_subject or "")
        if measure and not is_place(measure) and measure.lower() not in _SAME_POINTERS_ES:
            return f"{measure} en {' '.join(subj_words)}"
    if contrast and figure.unit_kind in ("currency", "percent", "rate", "count"):
        first_measure = whole()
        if (
            first_measure
            and not any(ch.isdigit() for ch in first_measure)
            and not is_place(first_measure)
            and contrast.lower() not in first_measure.lower()
        ):
            # "..., mientras que en la zona rural se ubicó en 185,20 dólares": the measure the
            # sentence named first, in the setting this clause contrasts.
            phrase = f"{_strip_place_words(first_measure)} en {contrast}"
            return with_place(_tidy(phrase), figure.place, lang)
    verb_words = [
        w for w in (before_words[verb_at:] if verb_at is not None else []) if w.lower() not in _TONE
    ]
    if es and verb_words and verb_words[0].lower().endswith(_ES_CONDITIONAL_ENDINGS):
        # 'caería a 5,8 millones', 'crecería 3,5 %': a forecast reads as the change or level
        # the preterite states ('cayó a', 'creció').
        verb_words = [_preterite_es(verb_words[0]), *verb_words[1:]]
    kind = figure.unit_kind
    if (
        es
        and kind in ("count", "none")
        and own_np
        and verb_words
        and verb_words[0].lower() in _TOLL_VERBS_ES
        and figure.unit.split(" ", 1)[0].lower() in _DAMAGE_ES
        and (event_np := _EVENT_NP_ES.fullmatch(own_np)) is not None
    ):
        # "La temporada de lluvias suma 96 muertos en todo el país": the dead of the event the
        # clause opens with, not the event itself.
        event = event_np.group("e")
        article = _event_article_es(event.split()[0].lower())
        phrase = f"{figure.unit.lower()} por {article} {event[:1].lower()}{event[1:]}"
        return with_place(_tidy(phrase), figure.place, lang)
    if (
        es
        and kind in ("currency", "percent")
        and subj_words
        and len(subj_words) > 1
        and (
            subj_words[0].lower() == "para"
            or (
                subj_words[0].lower() in ("las", "los", "la", "el")
                and subj_words[1] in ("de", "del")
            )
        )
        # ('Para [2023], ese indicador se redujo al 56 %': a time, and a pointer)
        and subj_words[1].lower() not in _DEMONSTRATIVES_ES
        and verb_at is not None
        and figure.earlier_subject_head
        and not is_place(own_np)
    ):
        # "el salario mínimo agrícola es de Q3.400, mientras que para las no agrícolas asciende
        # a Q3.500": the measure named before, for what the phrase says.
        # ('mientras que las de café llegaron a US$95 millones': the measure, of café)
        named = subj_words[1:] if subj_words[0].lower() != "para" else subj_words
        earlier_head = figure.earlier_subject_head
        earlier_subject = figure.earlier_subject or ""
        changed = CHANGE_LEAD_ES.match(earlier_subject)
        if changed is not None:
            # ('La producción de leche cayó un 8 %, mientras que la de huevos subió un 3 %': the
            # measure the change before was of, changed as this clause says)
            earlier_head = _head(earlier_subject[changed.end() :])
        elif named[0] != "para":
            earlier_head = _without_owner_es(_moved_measure_es(earlier_subject)) or earlier_head
        phrase = " ".join([earlier_head, named[0].lower(), *named[1:]])
        if changed is not None and figure.is_change:
            verbs = " ".join(verb_words)
            word = "reducción de" if _DECREASE.search(verbs) else "aumento de"
            phrase = f"{word} {phrase}" if _INCREASE.search(verbs) or word[0] == "r" else phrase
        return with_place(_tidy(phrase), figure.place, lang)

    placed = (
        _PLACE_GAP_ES.search(sentence, max(0, figure.value_start - 90), figure.value_start)
        if es
        and figure.earlier_subject
        and kind in ("count", "currency", "percent", "none")
        and sentence.find(" en ", max(0, figure.value_start - 90), figure.value_start) != -1
        else None
    )
    if placed is not None and is_place(placed.group("place")):
        # "En Petén se registraron 320 incendios, en Izabal 85 y en Alta Verapaz 60": the
        # measure before, in the place each figure follows.
        earlier = _no_place_tail(figure.earlier_subject or "")
        return f"{earlier} en {placed.group('place')}"
    named_measure = (
        _WHICH_MEANS_NP_ES.search(sentence, max(0, figure.value_start - 90), figure.value_start)
        if es and kind == "percent" and not figure.is_change and "lo " in sentence
        else None
    )
    if (
        named_measure is not None
        and named_measure.group("np").split()[0].lower() not in _CHANGE_MEASURES_ES
    ):
        # "Se han confirmado 14 fallecimientos, lo que representa una tasa de letalidad de
        # 0,16 %": the measure the words name, not the deaths it is worked out from.
        return with_place(_tidy(named_measure.group("np")), figure.place, lang)
    supposed = (
        _WHICH_MEANS_A_ES.search(sentence, max(0, figure.value_start - 60), figure.value_start)
        if es
        and kind == "percent"
        and not figure.is_change
        and sentence.find("o que", max(0, figure.value_start - 60), figure.value_start) != -1
        else None
    )
    if supposed is not None and supposed.group("n").lower() not in _CHANGE_MEASURES_ES:
        # "El sistema penitenciario alberga a 22.400 reos ..., lo que supone un hacinamiento de
        # 329 %": the measure the noun names, of what the sentence opens with.
        opening_np = _OPENING_NP_ES.match(sentence)
        if opening_np is not None:
            article = _OF_ARTICLE_ES[opening_np.group("a").lower()]
            phrase = f"{supposed.group('n').lower()} {article} {opening_np.group('np')}"
            return with_place(_tidy(phrase), figure.place, lang)
    if (
        kind == "rate"
        and es
        and figure.earlier_rate
        and _NATIONAL_AVERAGE_ES.match(own_np or "") is not None
    ):
        # "Escuintla registró una tasa de 48,3 ..., mientras que en Totonicapán fue de 2,1. El
        # promedio nacional se ubicó en 21,4": the rate before, for the whole country.
        return f"{_no_place_tail(figure.earlier_rate)} a nivel nacional"
    if kind == "rate":
        measure = ""
        near = _OF_BEFORE.search(sentence, max(0, figure.value_start - 50), figure.value_start)
        if near is None and not es and sentence.endswith(" at ", 0, figure.value_start):
            # "the world's highest incarceration rate, at about 1,700 per 100,000": the rate
            # named just before, set off by a comma.
            near = _RATE_AT_BEFORE.search(
                sentence, max(0, figure.value_start - 60), figure.value_start
            )
        if near is not None and _RATE_WORD.search(near.group("np")):
            # "registered a homicide rate of 15.9": the rate the words before the figure name.
            rate_np = _noun_phrase(_last_np(near.group("np").split(), lang), lang)
            if rate_np and _RATE_WORD.search(rate_np) and rate_np.lower() not in _BARE_RATES:
                measure = _strip_place_words(rate_np)
        for phrase in (subject_np, whole()) if not measure else ():
            if _RATE_WORD.search(phrase):
                measure = _strip_place_words(phrase)
                if _BARE_RATE.search(phrase) is not None:
                    # "That works out to a rate of 15.9": a rate the words before it do not
                    # name (what was counted does, below).
                    measure = "tasa" if es else "rate"
                break
        measure = _noun_phrase(measure.split(), lang)
        if not es and _RANKED_RATE.fullmatch(measure) is not None:
            # "Scotland had the highest rate, at 22.9 deaths per 100,000": a rank names no
            # measure; the rate is of what the figure or the rate before counts.
            measure = "rate"
        if (
            es
            and not measure
            and own_np
            and (_is_level_verb(verb_words) or verb_words[:1] in (["es"], ["fue"], ["era"]))
            and not is_place(own_np)
            and own_np.lower() not in _PRONOUN_SUBJECTS
            and own_np.lower() not in _RELATIVE_NPS_ES
            and not _SOURCE_HEAD.search(own_np)
        ):
            # "La mortalidad infantil se ubica en 22 muertes por cada 1.000 nacidos vivos":
            # the rate of what the subject names.
            measure = f"tasa de {_strip_place_words(own_np)}"
        if not measure or measure.lower() in ("rate", "ratio", "tasa", "índice"):
            if es and _ranks_a_place_es(sentence, figure):
                # "Le siguieron Belice, con 28,4", the rate's unit taken from the rate before:
                # that rate's measure, in this place (not the place named in the measure).
                ranked = _ranked_place_es(sentence, figure, None)
                if ranked:
                    return ranked
            counted = figure.counted or figure.earlier_unit
            if figure.earlier_rate and not figure.counted:
                measure = figure.earlier_rate
            elif counted:
                measure = f"tasa de {counted}" if es else f"{_singular(counted).lower()} rate"
            else:
                measure = measure or ("tasa" if es else "rate")
        return with_place(_noun_phrase(measure.split(), lang), figure.place, lang)

    if (kind in ("percent", "points") and figure.is_change) or (
        kind in ("count", "none") and figure.is_change
    ):
        return _change_subject(sentence, figure, lang, verb_words, own_np, whole, hi, after_words)

    coming_change = bool(verb_words) and _COMING_CHANGE.fullmatch(verb_words[0]) is not None
    if es and not coming_change and verb_words and kind == "percent":
        # "la construcción, que avanzó un 18 %": a verb of change before the percentage.
        # ('bajó a 8,1 %' gives the level it came to)
        verb = _participle(verb_words, lang).split()
        coming_change = (
            bool(verb)
            and all(w.lower() in ("un", "una", "en") for w in verb[1:])
            and bool(_INCREASE.fullmatch(verb[0]) or _DECREASE.fullmatch(verb[0]))
        )
    if (
        kind in ("percent", "points")
        and own_np
        and (coming_change or _CHANGE_NOUN.fullmatch(own_np))
    ) or (
        es
        and kind in ("percent", "points")
        and _CHANGED_BEFORE.search(sentence, max(0, figure.value_start - 100), figure.value_start)
    ):
        # ("un alza en los casos de dengue de 40 por ciento": a change, named before it)
        # "La reducción fue de casi 4 por ciento": the change of what was counted before.
        return _change_subject(sentence, figure, lang, verb_words, own_np, whole, hi, after_words)

    if (
        es
        and kind in ("percent", "currency", "count")
        and len(verb_words) >= 5
        and verb_words[1].lower().endswith(("ar", "er", "ir"))
        and verb_words[1].lower() in _SETTING_VERBS_ES
    ):
        # "La Junta Monetaria decidió mantener la tasa de interés líder en 3,75 %": the verb
        # that sets it is the infinitive after the one that decides.
        verb_words = verb_words[1:]
    if (
        es
        and kind in ("percent", "currency", "count")
        and len(verb_words) >= 4
        and verb_words[0].lower() in _SETTING_VERBS_ES
        and verb_words[1].lower() in ("la", "el", "las", "los", "su", "sus")
        and verb_words[-1].lower() in ("a", "al", "en")
    ):
        # "El Banguat redujo la tasa líder de política monetaria a 4,75 %", "mantuvo su tasa
        # de interés en 5 %", "lo que eleva la canasta ampliada a Q6.700": what a verb sets is
        # what the figure measures ('elevó el salario mínimo en 6 %': by how much it changed).
        object_words = verb_words[2:-1]
        leaving = next(
            (i for i, w in enumerate(object_words) if w.lower() == "para"),
            len(object_words),
        )
        if leaving < len(object_words):
            # "recortó su tasa de referencia en 25 puntos base para dejarla en 10,25 %": the
            # level the rate is left at ('la' stands for it).
            object_words = object_words[:leaving]
            while (
                object_words
                and object_words[-1].lower() not in ("de",)
                and any(c.isdigit() for c in " ".join(object_words))
            ):
                object_words = object_words[:-1]
            cut = next((i for i, w in enumerate(object_words) if w.lower() in ("en", "a")), None)
            object_words = object_words[:cut]
        set_rate = _noun_phrase(object_words, lang)
        setter = "mantuvo" if leaving < len(verb_words[2:-1]) else verb_words[0].lower()
        if (
            set_rate
            and figure.earlier_subject
            and all(w in _GENERIC_MEASURES or w == "indicador" for w in set_rate.lower().split())
        ):
            # "La encuesta sitúa el indicador en 46 %": the verb sets a measure named before
            # (a pointer, read below), not one of its own.
            set_rate = ""
        if set_rate and not is_place(set_rate) and not any(c.isdigit() for c in set_rate):
            set_rate = _strip_place_words(set_rate)
            if verb_words[-1].lower() == "en" and not setter.startswith(
                ("mant", "dej", "fij", "situ", "sitú")
            ):
                # ('sitúa la tasa de pobreza en 36 %' places it at a level: no change)
                change = (
                    "reducción" if _DECREASE.search(setter) or "recort" in setter else "aumento"
                )
                set_rate = f"{change} de {set_rate}"
            elif kind == "count":
                set_rate = _without_generic_lead(set_rate)  # ('elevó la cifra de muertos a 45')
            return with_place(set_rate, figure.place, lang)
    set_to = (
        _SET_TO_EN.search(sentence, max(0, figure.value_start - 120), figure.value_start)
        if not es
        and kind in ("currency", "count")
        and sentence.endswith("to ", 0, figure.value_start)
        else None
    )
    if set_to is not None:
        set_object = _tidy(_strip_place_words(set_to.group("o")))
        if set_object and not is_place(set_object) and set_object.lower() not in _PRONOUN_SUBJECTS:
            # "The government raised the minimum wage to 3,634 quetzales", "will raise its daily
            # minimum wage by 13 percent, to 315.04 pesos": the verb's object reaches the
            # figure, not whoever raised it.
            return with_place(set_object, figure.place, lang)
    own_rate = _own_rate(verb_words) if not es and kind == "percent" and own_np else ""
    if own_rate:
        # "Chile's central bank lowered its benchmark rate to 5.25 percent", "Peru's central
        # bank held its key rate at 5 percent": the rate of the subject.
        return with_place(f"{own_rate} of {own_np}", figure.place, lang)
    if (
        es
        and kind == "percent"
        and own_np
        and sentence.endswith((" meta de ", " meta del "), 0, figure.value_start)
        and not is_place(own_np)
        and own_np.lower() not in _PRONOUN_SUBJECTS
        and not _DEMONSTRATIVE.match(own_np)
    ):
        # "La inflación total se ubica en 1,9 %, por debajo de la meta de 4 %": the target set
        # for what the sentence measures ('meta de inflación total'), not the measure itself.
        return with_place(f"meta de {_strip_place_words(own_np)}", figure.place, lang)
    if kind in ("percent", "points"):
        main_verb = [w for w in verb_words[-7:] if w.lower() in _RECORDING_VERBS][:1]
        # "El Índice ... registró una inflación interanual de 3,52", "Guatemala has a poverty
        # rate of 59 percent": the subject records or has the measure, which is what the figure
        # is the value of. "Inflation ran at an annual pace of 3.2 percent": the subject is it.
        # ('El dato se ubica dentro de la meta de inflación del 4 %': a pointer records nothing)
        recorder = (
            not own_np
            or verb_at is None
            or bool(main_verb)
            or (es and _DEMONSTRATIVE.match(own_np) is not None)
        )
        measure = _measure_before(sentence, lo, figure.value_start, lang) if recorder else ""
        return _share_subject(sentence, figure, lang, after_words, verb_words, own_np, measure)

    gapped = (
        _GAPPED_ES.search(sentence, max(0, figure.value_start - 80), figure.value_start)
        if es and sentence.endswith(", ", 0, figure.value_start) and " y " in sentence[lo:]
        else None
    )
    if gapped is not None and not is_place(gapped.group("np")):
        # "Las exportaciones sumaron US$7.200 millones y las importaciones, US$14.900
        # millones": the verb left out after the comma; the noun phrase before it is measured.
        return with_place(_tidy(gapped.group("np")), figure.place, lang)
    if kind == "currency":
        if (
            not es
            and figure.earlier_subject
            and not after_words
            and _COMPARED_FROM_EN.search(
                sentence, max(0, figure.value_start - 20), figure.value_start
            )
        ):
            # "received Q6.1 billion in fiscal 2023, up from Q5.4 billion in fiscal 2022": the
            # amount compared is of what the one before measured.
            return figure.earlier_subject
        gathered = _gathered_part(sentence, figure, own_np, verb_words) if es else ""
        if gathered:
            return with_place(gathered, figure.place, lang)
        if (
            not es
            and own_np.lower().startswith("each ")
            and len(verb_words) == 1
            and len(own_np.split()) <= 4
        ):
            # "Each beneficiary receives 6,200 pesos every two months": the amount each one
            # gets ('amount each beneficiary receives').
            phrase = f"amount {own_np.lower()} {verb_words[0].lower()}"
            return with_place(_tidy(phrase), figure.place, lang)
        if es and own_np.lower().startswith("cada ") and verb_words and len(own_np.split()) <= 4:
            # "cada familia recibirá 1.000 quetzales por trimestre": the amount each one gets
            # ('monto que recibirá cada familia').
            phrase = f"monto que {' '.join(verb_words)} {own_np.lower()}"
            return with_place(_tidy(phrase), figure.place, lang)
        part = own_np.lower().removeprefix("la ").removeprefix("el ") if es else ""
        if (
            part in _PARTS_ES
            and figure.earlier_subject
            and not figure.earlier_subject.startswith(("proporción de", "tasa de"))
        ):
            # "aprobó una ampliación de Q13.200 millones. La mayor parte, Q5.000 millones, se
            # destinará al Ministerio de Comunicaciones": part of the money named before, and
            # where it goes.
            earlier = _no_place_tail(figure.earlier_subject)
            onward = _kept(sentence, figure.tail_end, hi, removed)  # (past the apposition)
            phrase = f"{earlier} {_destination(onward, lang)}"
            return with_place(_tidy(phrase), figure.place, lang)
        valued = (
            _VALUED_ES.search(sentence, max(0, figure.value_start - 100), figure.value_start)
            if es and "valorad" in sentence[max(0, figure.value_start - 30) : figure.value_start]
            else None
        )
        if valued is not None:
            # "incautó mercadería de contrabando valorada en Q45 millones": the value of what
            # the participle describes.
            goods = _noun_phrase(_last_np(valued.group("np").split(), lang), lang)
            if "," in valued.group(0) and figure.earlier_count:
                # ('decomisados 14.500 litros de combustible ... en la frontera con México,
                # valorados en Q420.000': set off by a comma, the participle is of the things
                # counted, not of the last noun)
                goods = _COUNT_KIND_END_ES.split(_no_place_tail(figure.earlier_count))[0]
            if goods and not is_place(goods):
                return with_place(_tidy(f"valor de {goods}"), figure.place, lang)
        if (
            es
            and own_np
            and len(verb_words) >= 2
            and verb_words[0].lower() == "se"
            and verb_words[1].lower() in _PRICED_ES
            and not is_place(own_np)
        ):
            # "El galón de diésel se cotiza en Q28,50", "Un galón se vende a Q32,40": what a
            # thing sells at is its price.
            return with_place(_tidy(f"precio de {_strip_place_words(own_np)}"), figure.place, lang)
        if (
            es
            and own_np.lower().startswith("lo que lo")
            and figure.earlier_subject
            and not figure.earlier_subject.startswith("proporción")
        ):
            # "El salario mínimo subirá 6 %, lo que lo situará en 13.200 lempiras": the measure
            # the change before was of, at its new level.
            level = CHANGE_LEAD_ES.sub("", _no_place_tail(figure.earlier_subject))
            return with_place(level, figure.place, lang)
        spent_en = (
            next((w.lower() for w in verb_words if w.lower() not in _AUX_EN), "")
            if not es and after_words[:1] == ["on"]
            else ""
        )
        if spent_en in _SPENT_EN:
            # "The government says it has spent 120 million lempiras on reception centers":
            # spending on what, by whom when the text names who.
            spent_on_en = _cut_np(after_words[1:7], lang)
            if spent_on_en and not is_place(" ".join(spent_on_en)):
                phrase = f"{_SPENT_EN[spent_en]} on {' '.join(spent_on_en)}"
                if own_np and own_np.lower() not in _PRONOUN_SUBJECTS:
                    owner = _short_name(_strip_place_words(own_np) or own_np, sentence, lang)
                    phrase = f"{phrase} by {owner}"
                return with_place(_tidy(phrase), figure.place, lang)
        if (
            not es
            and verb_words
            and next((w.lower() for w in verb_words if w.lower() not in _AUX_EN), "") in _NEEDING_EN
        ):
            # "The country needs to invest about $1.2 billion to close the gap", "The agency
            # said it needs $8.5 million to feed them": the money needed and what for, not who
            # needs it (nor what 'it' stood for before).
            needed = "investment needed" if verb_words[1:3] == ["to", "invest"] else "funds needed"
            destination = _destination(after_words, lang)
            phrase = f"{needed} {destination}" if destination else needed
            return with_place(_tidy(phrase), figure.place, lang)
        if (
            own_np
            and _DEMONSTRATIVE.match(own_np)
            and figure.earlier_subject
            and not _DESTINED_ES.search(own_np)
            # ("The government says it has paid 38 million pesos in compensation": 'it' acts;
            # what it paid is no amount named before)
            and not (
                not es
                and own_np.lower() in _PRONOUN_SUBJECTS
                and next((w.lower() for w in verb_words if w.lower() not in _AUX_EN), "")
                in _MONEY_NOUNS_EN
            )
        ):
            # "el monto acumulado llegó a 4.900 millones": the money named before.
            return with_place(_no_place_tail(figure.earlier_subject), figure.place, lang)
        earlier_money = _no_place_tail(figure.earlier_subject or "")
        more = _MORE_AFTER_ES.match(sentence, figure.tail_end) if es else None
        if more and earlier_money:
            # "Q3.640,50 en mayo, Q120 más que en abril": the change of the amount named before.
            word = "aumento de" if more.group(1).lower() == "más" else "reducción de"
            return with_place(f"{word} {earlier_money}", figure.place, lang)
        if (
            not es
            and len(after_words) > 3
            and after_words[0].lower() in ("a", "per", "each", "every")
            and after_words[1].lower() in ("year", "month", "week", "day")
            and after_words[2].lower() == "in"
        ):
            # "pay an estimated 737 million lempiras a year in extortion": how often is no part
            # of what the money is ('extortion').
            after_words = after_words[2:]
        head = after_words[0].lower() if after_words else ""
        if head == "worth" and len(after_words) > 2 and after_words[1].lower() == "of":
            # "$1.1 billion worth of coffee": what the money is worth of.
            after_words, head = after_words[1:], "of"
        if (
            es
            and head in ("por", "en")
            and [w.lower() for w in after_words[1:3]] == ["concepto", "de"]
        ):
            # "64.745 millones de dólares por concepto de remesas": what the money is.
            after_words, head = after_words[2:], "de"
        elif es and head == "por" and after_words[1:2] and after_words[1] in _EARNED_BY_ES:
            # "México recibió 5.363 millones de dólares por remesas": what the money is.
            after_words, head = ["de", *after_words[1:]], "de"
        if es and head == "en" and own_np and _is_level_verb(verb_words):
            # "El costo de la canasta básica subió a 254,50 dólares en el área urbana": the
            # measure, in that setting.
            setting_np = _tidy(" ".join(_cut_np(after_words[1:7], lang)))
            if setting_np and not is_place(setting_np):
                phrase = f"{_strip_place_words(own_np)} en {setting_np}"
                return with_place(_tidy(phrase), figure.place, lang)
        if es and head == "en" and after_words[1:2] and after_words[1].lower() in _NOT_WHAT_ES:
            head = ""  # "un aumento de Q112,60 en comparación con ...": no thing the money is
        if (
            es
            and head == "en"
            and sentence.endswith(("valor de ", "costo de ", "precio de "), 0, figure.value_start)
        ):
            # "Dicho cargamento tendría un valor de US$31 millones en el mercado internacional":
            # the value named before the money, not where it holds.
            head = ""
        if head in _OF_IN:
            phrase = _noun_phrase(_cut_np(after_words[1:7], lang), lang)
            if not es and phrase and phrase.split()[-1].lower() in _TIME_NOUNS_EN:
                phrase = ""  # "earned $1.2 billion in the 2023-24 season": when, not what
            if not es and phrase and phrase.split()[0].lower() in _STRANDED_IN_NEXT_EN:
                # "peaked at $6.1 billion in [2014] and fell to ...", "fell to $2.05 billion in
                # [2023] as output declined": the 'in' of a removed time, and the next clause
                phrase = ""
            spent_as = _MONEY_NOUNS.get(verb_words[0].lower(), "") if es and verb_words else ""
            if (
                phrase
                and not es
                and head == "in"
                and after_words[1:2] == ["the"]
                and phrase.split()[-1].lower() in _MONEY_SETTINGS_EN
            ):
                # "The central bank bought $285 million in the foreign exchange market": where
                # the money changed hands, not what it is ('$45 million in aid').
                phrase = ""
            if phrase and head in ("en", "in") and (is_place(phrase) or phrase in _CAPITAL_WORDS):
                # ('gastaron Q500 millones en Guatemala', 'ascienden a 150 millones de dólares en
                # Honduras', 'hasta Q33,40 en la capital': where, not what)
                phrase = ""
            if (
                phrase
                and head == "en"
                and spent_as == "recaudación"
                and own_np
                and not is_place(own_np)
                and own_np.lower() not in _PRONOUN_SUBJECTS
            ):
                # "La SAT recaudó Q92.000 millones en impuestos": what it collected, and who did
                # ('recaudación de impuestos de la SAT'), not 'recaudación en impuestos'.
                owner = _short_name(_strip_place_words(own_np) or own_np, sentence, lang)
                owner_article = re.search(
                    rf"\b(el|la|los|las)\s+{re.escape(owner)}", sentence, re.IGNORECASE
                )
                of = _OF_ARTICLE_ES.get(
                    owner_article.group(1).lower() if owner_article else "", "de"
                )
                return with_place(f"recaudación de {phrase} {of} {owner}", figure.place, lang)
            if phrase and head == "en" and spent_as and not spent_as.startswith("fondos"):
                # "La Municipalidad invertirá Q80 millones en la reparación de calles": the
                # money the verb names, in what it goes to ('inversión en reparación de calles').
                phrase = f"{spent_as} en {phrase}"
            if (
                phrase
                and not es
                and head == "in"
                and verb_words
                and verb_words[-1].lower() in ("pay", "pays", "paid", "paying")
                and own_np
                and not is_place(own_np)
                and own_np.lower() not in _PRONOUN_SUBJECTS
            ):
                # "Transport workers pay an estimated 737 million lempiras a year in
                # extortion": what the money is, and who pays it.
                payer = _strip_place_words(own_np) or own_np
                phrase = f"{phrase} paid by {payer[:1].lower()}{payer[1:]}"
            elif (
                phrase
                and not es
                and head == "in"
                and verb_words
                and verb_words[-1].lower() in ("paid", "awarded", "granted")
                and len(after_words) > len(phrase.split()) + 2
                and after_words[len(phrase.split()) + 1].lower() == "to"
            ):
                # "it has paid 38 million pesos in compensation to torture victims": the money
                # paid, and to whom (who pays is left to the source).
                to_words = after_words[len(phrase.split()) + 2 :][:5]
                paid_to = _noun_phrase(_cut_np(to_words, lang), lang)
                if paid_to and not is_place(paid_to):
                    phrase = f"{phrase} {verb_words[-1].lower()} to {paid_to}"
            if phrase:
                return with_place(phrase, figure.place, lang)
        of_before = _of_before(sentence, lo, figure.value_start) or _for_amount_before(
            sentence, lo, figure.value_start
        )
        if of_before:
            words = of_before.group("np").split()
            np_words = _last_np(words, lang)
            if es and len(np_words) > 1 and np_words[0].lower() in _DAY_WORDS_ES:
                # "impuso este viernes multas por 18,5 millones": 'multas', not 'viernes multas'
                np_words = np_words[1:]
            phrase = _noun_phrase(np_words, lang)
            owner = _owner(sentence, own_np, verb_words, lang)
            if (
                es
                and not owner
                and phrase
                and own_np
                and not is_place(own_np)
                and own_np.lower() not in _PRONOUN_SUBJECTS
                and re.search(
                    rf"\bsus?\s+{re.escape(phrase)}\s+(?:de|por)\s+\S*$",
                    sentence[: figure.value_start],
                    re.IGNORECASE,
                )
            ):
                # "El Ministerio de Gobernación ha ejecutado el 38,5 % de su presupuesto vigente
                # de Q7.842 millones": 'su' is the subject's.
                owner = _owner(sentence, own_np, ["tiene"], lang)
            if es and earlier_money and _CHANGE_NOUN.fullmatch(phrase):
                # "un incremento de Q450 millones": the change of the amount named before.
                return with_place(f"{phrase.lower()} de {earlier_money}", figure.place, lang)
            if (
                not es
                and earlier_money
                and _CHANGE_NOUN.fullmatch(phrase)
                and phrase.lower() not in earlier_money.lower()
            ):
                # "That is a rise of about £42 billion": the change of the amount named before.
                noun = phrase.lower()
                return with_place(f"{noun} in {_no_place_tail(earlier_money)}", figure.place, lang)
            if phrase and owner and len(phrase.split()) <= 3:
                # "El Ministerio de Gobernación tendrá un presupuesto de Q7.200 millones": its
                # budget.
                return with_place(f"{phrase} {owner}", figure.place, lang)
            if (
                es
                and phrase
                and len(after_words) > 1
                and after_words[0].lower() in ("a", "al")
                and of_before.group(0).endswith(("por ", "por\u00a0"))
            ):
                # "pérdidas por 24.268 millones de soles al Estado peruano", "multas por 18,5
                # millones de pesos a 213 gasolineras": to whom the amount goes.
                to = _to_whom_es(after_words[1:7])
                if to:
                    return with_place(f"{phrase} {after_words[0].lower()} {to}", figure.place, lang)
            if es and phrase.lower() in _LOAN_NOUNS_ES:
                # "un préstamo de 250 millones de dólares con el Banco Mundial para el programa
                # de agua potable": the loan of that lender, for that purpose.
                phrase = " ".join([phrase, *_loan_parts_es(after_words)])
            if (
                es
                and phrase.lower() == "valor"
                and own_np
                and verb_at is not None
                and _VALUED_VERB_ES.search(
                    sentence, max(0, figure.value_start - 50), figure.value_start
                )
                is not None
                and not is_place(own_np)
                and own_np.lower() not in _PRONOUN_SUBJECTS
            ):
                # "La producción de banano se exportó por un valor de 1.430 millones de
                # dólares": the value of what the clause's subject names.
                phrase = f"valor de {own_np}"
            if phrase:
                return with_place(phrase, figure.place, lang)
        if (
            not es
            and not figure.earlier_money
            and figure.unit_kind == "currency"
            and own_np
            and len(own_np.split()) <= 6
            and own_np.lower() not in _PRONOUN_SUBJECTS
            and len(verb_words) == 2
            and verb_words[0].lower() in _SENDING_EN
            and verb_words[1].lower() == "home"
        ):
            # "Guatemalans abroad sent home $12.6 billion": money sent home by migrants is
            # what the news calls remittances, sent by them.
            return f"remittances sent home by {own_np}"
        sent = (
            not es
            and figure.earlier_money
            and own_np
            and len(own_np.split()) <= 6
            and own_np.lower() not in _PRONOUN_SUBJECTS
            and bool(verb_words)
            and verb_words[0].lower() in _SENDING_EN
        )
        if sent:
            # "Remittances to El Salvador rose ... In June alone, Salvadorans abroad sent $720
            # million": the money named before, sent by them ('In 2023 as a whole,
            # Guatemalans abroad sent': by the last words before the verb).
            sender = " ".join(own_np.split()[-2:]) if own_np.count(" ") > 2 else own_np
            return f"{_head(figure.earlier_money)} sent by {sender}"
        if (
            es
            and not own_np
            and figure.earlier_money
            and verb_words
            and verb_words[0].lower() in _FLOWED_IN_ES
        ):
            # "Las remesas sumaron 7.420 millones de dólares ... Solo en septiembre ingresaron
            # 836 millones": what came in is the money named before, not the subject of the
            # figure just before (hondureños who live abroad).
            return with_place(_no_place_tail(figure.earlier_money), figure.place, lang)
        if figure.earlier_money and _flow_pointer(own_np, verb_words):
            # "Remittances to Guatemala reached $19.8 billion. In January, families received
            # $1.6 billion", "Solo en julio, el país recibió US$1.905,2 millones": the money
            # named before, not who received it.
            return (
                with_place(_no_place_tail(figure.earlier_money), figure.place, lang)
                if es
                else figure.earlier_money
            )
        money_thing = _money_named_after(sentence, figure, after_words) if not es else ""
        if money_thing:
            # "The council approved a $1.5 billion budget", "signed a $45 million contract":
            # the amount is of the thing it stands before.
            return with_place(money_thing, figure.place, lang)
        destination = _destination(after_words, lang)
        earlier = figure.earlier_subject or ""
        if es and earlier and not own_np:
            # "cayeron 12 % en 2024 y sumaron 1.100 millones de dólares": the amount of what
            # changed before, not its change.
            earlier = CHANGE_LEAD_ES.sub("", earlier)
        base = own_np or earlier or whole()
        money_noun = (
            (
                _MONEY_NOUNS.get(verb_words[0].lower())
                or _MONEY_NOUNS_EN.get(verb_words[0].lower(), "")
            )
            if verb_words
            else ""
        )
        if (
            not es
            and not money_noun
            and len(verb_words) > 1
            and (verb_words[0] in _HAVING_EN or verb_words[0].lower() in _MODALS_EN)
        ):
            # ('has spent', 'have invested', 'must save')
            money_noun = _MONEY_NOUNS.get(verb_words[1].lower()) or _MONEY_NOUNS_EN.get(
                verb_words[1].lower(), ""
            )
        if money_noun == "cost" and _PER_GOOD_EN.match(sentence, figure.tail_end) is not None:
            money_noun = ""  # ("Gasoline costs $3.50 a gallon": a price by the unit)
        if es and not money_noun and len(verb_words) > 1 and verb_words[0].lower() in _HABER_ES:
            # ('ha costado', 'han recaudado': the perfect names the money as the past does)
            money_noun = _MONEY_PARTICIPLES_ES.get(verb_words[1].lower(), "")
        if money_noun and own_np and own_np.lower() not in _PRONOUN_SUBJECTS:
            # "La SAT recaudó Q8.700 millones", "Guatemala exported $13.9 billion": the money
            # the verb names, of whoever it belongs to.
            of = "de" if es else "of"
            owner = _short_name(_strip_place_words(own_np) or own_np, sentence, lang)
            phrase = f"{money_noun} {of} {owner}"
            if money_noun.startswith("fondos") or money_noun in (
                "pagos",
                "funds",
                "loans",
                "donations",
                "pledges",
                "payments",
            ):
                phrase = f"{phrase} {destination}"  # what the funds are for
            elif money_noun in ("gasto", "inversión") and "en" in after_words[:4]:
                # "un guatemalteco gasta Q1.200 al mes en alimentos": spent on what
                spent_on = after_words[after_words.index("en") + 1 :]
                spent_on = _cut_np(
                    spent_on[1:]
                    if spent_on[:1] in (["el"], ["la"], ["los"], ["las"])
                    else spent_on,
                    lang,
                )
                if spent_on and not is_place(" ".join(spent_on)):
                    phrase = f"{money_noun} en {' '.join(spent_on)} {of} {owner}"
            source = after_words[1:6] if money_noun == "earnings" and after_words else []
            if source and after_words[0].lower() == "from":
                # "Honduras earned $1.4 billion from coffee exports": earnings from them.
                phrase = (
                    f"{money_noun} from {_noun_phrase(_cut_np(source, lang), lang)} {of} {owner}"
                )
            return with_place(_tidy(phrase.replace(" de el ", " del ")), figure.place, lang)
        if money_noun and not es and own_np.lower() in _PRONOUN_SUBJECTS:
            # "The government says it has paid 38 million pesos in compensation to torture
            # victims": the payments and what they are for, not what the figure before
            # measured (a pronoun that acts is no measure to take over).
            phrase = f"{money_noun} {destination}"
            return with_place(_tidy(phrase), figure.place, lang)
        if money_noun and not own_np and money_noun.startswith("fondos "):
            # "La organización calcula que necesita 12 millones de dólares para atenderlas":
            # the funds needed, for what.
            phrase = f"{money_noun} {_destination(after_words, lang)}"
            return with_place(_tidy(phrase), figure.place, lang)
        taken = (
            next((w for w in verb_words if _TAKING_MONEY_ES.fullmatch(w.lower())), None)
            if es and own_np and own_np.lower() not in _PRONOUN_SUBJECTS
            else None
        )
        if taken is not None:
            # "Los capturados habrían cobrado más de 3 millones de quetzales a transportistas":
            # the money they took and from whom, not 'capturados a transportistas'.
            done = _agree(_es_participle(taken), "dinero")
            phrase = f"dinero {done} por {_strip_place_words(own_np)} {destination}"
            return with_place(_tidy(phrase), figure.place, lang)
        if (
            verb_at is not None
            and own_np
            and not es
            and verb_words
            and verb_words[-1].lower() in _TRADED_MONEY_EN
            and not is_place(own_np)
            and own_np.lower() not in _PRONOUN_SUBJECTS
        ):
            # "Argentina's central bank bought $285 million in the foreign exchange market":
            # its purchases, not the bank itself.
            traded = _TRADED_MONEY_EN[verb_words[-1].lower()]
            return with_place(
                _tidy(f"{traded} by {_strip_place_words(own_np)} {destination}"), figure.place, lang
            )
        if verb_at is not None and own_np:
            return with_place(
                _tidy(f"{_strip_place_words(own_np)} {destination}"), figure.place, lang
            )
        predicate = _participle(after_words, lang)
        if predicate:
            earlier = figure.earlier_subject or ""
            if (es and earlier.startswith(("costo de ", "valor de ", "monto de "))) or (
                not es and earlier.startswith("cost of ")
            ):
                # ('La reparación costaría 950 millones, y de ese monto, apenas 310 millones
                # están incluidos', "the wall cost $15 billion ... $11 billion was spent on
                # construction": money for the repair or the wall, not a cost)
                earlier = earlier.split(" ", 2)[2]
            head_noun = _head(earlier) or ("monto" if es else "amount")
            joiner = " que " if es else " that "
            return with_place(_tidy(f"{head_noun}{joiner}{predicate}"), figure.place, lang)
        if base:
            return with_place(_strip_place_words(base), figure.place, lang)
        return None

    unit = figure.unit or figure.earlier_unit or ""
    brought = (
        _BROUGHT_TO_ES.search(sentence, max(0, figure.value_start - 120), figure.value_start)
        if es and kind in ("count", "measure") and verb_at is not None
        else None
    )
    # (read from the sentence by offsets: the match is on its lower-cased copy)
    brought_np = sentence[brought.start("np") : brought.end("np")] if brought is not None else ""
    if brought is not None and not is_place(brought_np):
        # "La ola de calor elevó la demanda de energía en Honduras a un máximo histórico de
        # 1.889 megavatios": the demand, not what the heat did.
        return with_place(_tidy(brought_np), figure.place, lang)
    if (
        es
        and kind == "count"
        and unit
        and sentence.endswith((", de ", ", con "), 0, figure.value_start)
    ):
        described = _DESCRIBED_BY_ES.search(
            sentence, max(0, figure.value_start - 80), figure.value_start
        )
        if described is not None:
            # "El padrón electoral, de 9,36 millones de ciudadanos, es ...": the figure
            # describes the noun phrase it is set off from ('ciudadanos del padrón electoral').
            owner = f"{_OF_ARTICLE_ES[described.group('art').lower()]} {described.group('np')}"
            return with_place(_tidy(f"{unit} {owner}"), figure.place, lang)
    inverted = (
        _INVERTED_RELATIVE_ES.search(sentence, max(0, figure.value_start - 100), figure.value_start)
        if es and kind == "count" and unit and ", que " in sentence[lo : figure.value_start]
        else None
    )
    if inverted is not None and not is_place(inverted.group("ante")):
        # "un alza en la tarifa social, que pagan unos 2,8 millones de usuarios": the figure is
        # the subject of the relative clause's verb, after it.
        phrase = f"{unit} que {inverted.group('verb')} {inverted.group('ante')}"
        return with_place(_tidy(phrase), figure.place, lang)
    measured_of = (
        _MEASURE_OF_ES.search(sentence, max(0, figure.value_start - 60), figure.value_start)
        if es and kind == "count" and unit and sentence.endswith("de ", 0, figure.value_start)
        else None
    )
    if measured_of is not None:
        # "Honduras registra un déficit de 800.000 viviendas", "un movimiento de 1,5 millones de
        # pasajeros": the figure is the size of the measure the noun before it names.
        phrase = f"{measured_of.group('n').lower()} de {unit}"
        return with_place(_tidy(phrase), figure.place, lang)
    capacity = (
        _CAPACITY_ES.search(sentence, max(0, figure.value_start - 90), figure.value_start)
        if es and kind in ("count", "measure") and "capacidad" in sentence[: figure.value_start]
        else None
    )
    if capacity is not None:
        # "una megacárcel con capacidad para 20.000 reos", "El albergue tiene capacidad para
        # 300 personas": how many it holds is the capacity of what has it.
        holder = _noun_phrase(_last_np(capacity.group("np").split(), lang), lang)
        antecedent_text = (
            sentence[max(0, capacity.start("np") - 60) : capacity.start("np")]
            if holder.lower() == "que"
            else ""
        )
        if antecedent_text.endswith(", ") and antecedent_text[-3:-2].isalpha():
            # "en sus 22 centros, que tienen capacidad para 6.800": the noun the relative
            # clause is about has the capacity.
            words = [w for w in antecedent_text.rstrip(" ,").split() if not w[:1].isdigit()]
            holder = _noun_phrase(_last_np(words, lang), lang)
        if holder.lower() in _CLAUSE_CONJUNCTIONS_ES and sentence_subject is not None:
            # "El sistema penitenciario alberga a 22.400 reos, aunque tiene capacidad para
            # 6.800": a clause whose subject is left out has the sentence's.
            opening_words = (sentence_subject() or "").split()
            verb_at = next(
                (
                    i
                    for i in range(1, len(opening_words) - 1)
                    if opening_words[i + 1].lower() in _OBJECT_LEADS_ES
                    or opening_words[i + 1][:1].isdigit()
                ),
                None,
            )
            holder = _noun_phrase(opening_words[:verb_at] if verb_at else [], lang)
        holder = _strip_place_words(holder)
        if holder and not is_place(holder):
            return with_place(_tidy(f"capacidad de {holder}"), figure.place, lang)
    whole_of = (
        _PART_OF_TOTAL_ES.search(sentence, max(0, figure.value_start - 60), figure.value_start)
        if es and kind == "count" and unit and sentence.endswith(" de ", 0, figure.value_start - 4)
        else None
    )
    if whole_of is not None:
        # "obtuvo 23 diputados de los 160 que integran el Congreso": the total the part is
        # taken from is what the clause after it says of its things.
        stop = _PHRASE_END.search(sentence, figure.tail_end, hi)
        said = _kept(sentence, figure.tail_end, stop.start() if stop else hi, removed)
        if said and said[0].lower() in ("que", "del", "de", "en"):
            return with_place(_tidy(" ".join([unit, *said])), figure.place, lang)
    among = (
        _AMONG_ES.search(sentence, max(0, figure.value_start - 90), figure.value_start)
        if es and kind == "count" and unit and "ntre " in sentence[: figure.value_start]
        else None
    )
    if (
        among is not None
        and unit.lower() == among.group("np").lower()
        and sentence.endswith(", ", 0, figure.value_start)
    ):
        stop = _PHRASE_END.search(sentence, figure.tail_end, hi)
        said = _kept(sentence, figure.tail_end, stop.start() if stop else hi, removed)
        if said and said[0].lower() in _BEING_ES:
            said = said[1:]
        elif said:
            said = ["que", *said]
        if said and said[-1].lower() != "que":
            # "Entre los detenidos, 45 eran requeridos por orden de juez": those of the group
            # the clause after the figure says ('detenidos requeridos por orden de juez').
            return with_place(_tidy(" ".join([unit, *said])), figure.place, lang)
    if among is not None and not is_place(among.group("np")):
        # "Entre los detenidos hay 12 mujeres", "Entre las víctimas figuran 9 menores": those
        # counted are some of the group the sentence opens with.
        phrase = f"{unit} entre {among.group('art').lower()} {among.group('np')}"
        return with_place(_tidy(phrase), figure.place, lang)
    if (
        es
        and kind == "count"
        and (figure.earlier_count or sentence.startswith(("Del total de ", "De los ", "De las ")))
    ):
        part = _part_of_earlier(sentence, figure, after_words)
        if part:
            return with_place(part, figure.place, lang)
    if not es and kind == "count" and figure.earlier_count:
        part = _part_of_earlier_en(sentence, figure, after_words)
        if part:
            return with_place(part, figure.place, lang)
    if own_np and _POPULATION_NOUN.search(own_np) and kind in ("count", "none"):
        return with_place(own_np, figure.place, lang)  # "Guatemala's population"
    if (
        not es
        and kind == "count"
        and verb_at is not None
        and "backlog" in own_np.lower()
        and _BACKLOG_NOUN_EN.search(own_np) is not None
    ):
        # "The Crown Court backlog in England and Wales reached 73,105 cases": the backlog is
        # what is measured, the cases its unit.
        return with_place(own_np, figure.place, lang)
    if kind == "measure":
        target = subject_np or " ".join(after_words[:4])
        target = _MAGNITUDE_TAIL.sub("", target)  # ('Un sismo de magnitud 6,2': of the sismo)
        if target.lower().split()[-1:] in (["magnitude"], ["magnitud"]):
            # ('A magnitude 7.8 earthquake struck': of what follows the figure)
            target = " ".join(_cut_np(after_words[:1], lang)) or target
        elif not es and (noun := _MAGNITUDE_OF_AFTER.match(sentence, figure.tail_end)):
            # ("Rescuers pulled 67 people alive, days after the 7.8 magnitude quake struck":
            # the quake's magnitude, not the rescuers')
            target = noun.group(1)
        word = "magnitud de" if es else "magnitude of"
        return with_place(f"{word} {target}".strip(), figure.place, lang) if target else None
    if (
        not es
        and kind == "count"
        and figure.earlier_count
        and verb_at is not None
        and own_np.lower() in _POINTERS_EN
    ):
        # "Since January, 1,345 people have drowned crossing the Rio Grande. In 2021 the toll
        # was 728": what was counted before.
        return figure.earlier_count
    if unit and own_np and verb_at is not None and unit.lower() in own_np.lower():
        # "Road deaths in Lakeport fell from 61 to 52": the subject names what is counted.
        if not es and own_np.lower() == unit.lower() and unit.lower() not in _PEOPLE_UNITS_EN:
            # ("Border agents made 218,000 arrests ... arrests are on track to exceed 2
            # million": the same arrests, as fully as the paragraph named them)
            return with_place(_fuller(unit, figure), figure.place, lang)
        return with_place(own_np, figure.place, lang)
    if not es and "since" in after_words:
        # ("has killed at least four people in Honduras since it made landfall on Thursday": a
        # clause that says when the count began, not what was counted)
        opener = after_words.index("since")
        if after_words[opener + 1 : opener + 2] in (["it"], ["they"]):
            after_words = after_words[:opener]
    rest_after = _participle(after_words, lang)
    if unit and rest_after and unit.lower() in rest_after.lower():
        rest_after = ""  # "6,000 were unaccompanied children": the unit came from there
    if (
        not es
        and after_words[:1] in (["when"], ["while"])
        and _COMPARED_FROM_EN.search(sentence, max(0, figure.value_start - 20), figure.value_start)
    ):
        # "carried 400,000 passengers a day, up from 250,000 when it opened in 2010": the
        # clause says when the figure compared with was; it counts what the first one did.
        rest_after = ""
    if (
        es
        and not unit
        and kind == "none"
        and own_np
        and verb_words
        and verb_words[0].lower() in _COPULAS_ES
        and not is_place(own_np)
        and own_np.lower() not in _PRONOUN_SUBJECTS
    ):
        # "El índice de desarrollo humano de Guatemala es de 0,629": a bare value is the
        # value of what the copula's subject names.
        return with_place(_strip_place_words(own_np), figure.place, lang)
    if verb_at is not None and verb_words:
        # The figure is the object: "Floods have killed 1,136 people" -> people killed by floods.
        verb = _participle(verb_words, lang).split()
        main = verb[0].lower() if verb else ""
        agent = "" if own_np.lower() in _PRONOUN_SUBJECTS else _strip_place_words(own_np)
        if not es and own_np.lower() in ("they", "it") and figure.prior_subject is not None:
            # "Guatemala's National Civil Police has about 45,000 officers. Last year they
            # arrested 31,200 people": the force or the institution named before acted.
            prior = figure.prior_subject() or ""
            if prior.split() and (
                prior.split()[-1].lower() in _ACTOR_HEADS_EN or _SOURCE_HEAD.search(prior)
            ):
                own_np = prior
                agent = _strip_place_words(prior)
        if es and own_np.lower() in ("lo que", "lo cual", "ello", "esto", "eso"):
            # "230 escuelas no tienen agua, lo que afecta a más de 35.000 estudiantes": what
            # the figure before says does it.
            agent = _no_place_tail(figure.earlier_subject or "")
        named = agent.split()
        if (
            len(named) > 2
            and named[-1].isalpha()
            and (named[-1].isupper() or f"({named[-1]})" in sentence)
        ):
            # "el Instituto ... (IGSS)" -> "IGSS", "(Inacif)" -> "Inacif": the name it goes by
            agent = named[-1]
        # (the noun that heads the phrase: 'el número de afiliados al Instituto ...' is no source)
        agent_is_source = _SOURCE_HEAD.search(_head(_without_generic_lead(own_np))) is not None
        # A phrase that opens with a preposition and runs up to the verb ('Por la selva del
        # Darién cruzaron', not 'En diciembre, el promedio diario fue') says where or how.
        fronted = (
            bool(subj_words)
            and subj_words[0].lower() in _FRONTED_PREPOSITIONS_ES
            and sentence.find(",", lo, figure.value_start) == -1
        )
        # ('llegaron 300 migrantes' is no total: 'llegaron a 300' is)
        total = main in _TOTAL_VERBS and not (
            main.startswith("lleg") and not {"a", "al"} & {w.lower() for w in verb_words}
        )
        if (
            not es
            and main in _LED_EN
            and own_np
            and own_np.lower() not in _PRONOUN_SUBJECTS
            and len(verb_words) > 1
            and sentence.endswith(" by ", 0, figure.value_start)
        ):
            # "Nasralla led President Juan Orlando Hernández by about 45,000 votes": the lead
            # of the one over the other, not 'votes led by Nasralla'.
            rival = " ".join(verb_words[1:])
            ahead, behind = (own_np, rival) if main in ("led", "leads") else (rival, own_np)
            return with_place(_tidy(f"lead of {ahead} over {behind}"), figure.place, lang)
        measured = (
            _measured_by(own_np, main or verb_words[-1].lower(), unit, figure)
            if not es and own_np and unit
            else ""
        )
        if measured:
            # "Colombia's coca cultivation reached 230,000 hectares", "the pace has slowed to
            # roughly 31,000 hectares": a quantity in a unit of measure is the amount of what
            # the subject names (or of what a pointer like 'the pace' points back at).
            return with_place(measured, figure.place, lang)
        possessed = (
            _possessed(own_np, main or verb_words[-1].lower(), unit)
            if not es and own_np and unit
            else ""
        )
        if possessed:
            # "Mexico's National Guard has 130,000 members", "The waterway employs about 8,000
            # people": the members or employees of what has them.
            return with_place(possessed, figure.place, lang)
        if (
            not es
            and unit
            and agent
            and main in _INTENT_EN
            and len(verb) >= 3
            and verb[1].lower() == "to"
            and own_np.lower() not in _PRONOUN_SUBJECTS
            # (what follows the things says more: 'to reach 1.1 million people with food aid';
            # an 'of' phrase only says what they are: 'to eradicate 20,000 hectares of coca')
            and (
                not (intended_rest := _before_clause(rest_after).strip())
                or (
                    intended_rest.lower().startswith("of ")
                    and intended_rest.split()[1].lower() not in _OWN_WORDS_EN
                    and not _thing_measured(unit, intended_rest)[1].strip()
                )
            )
        ):
            # "The ministry plans to hire 500 nurses": the things the subject intends to act
            # on, with who intends it ('nurses the ministry plans to hire'), not 'nurses plans
            # to hire'.
            doer = _strip_place_words(own_np)
            if doer.startswith("The "):
                doer = f"the {doer[4:]}"
            elif doer[:1].islower() and not doer.startswith(("the ", "a ", "an ")):
                doer = f"the {doer}"  # ('nurses the ministry plans to hire')
            things = _thing_measured(unit, intended_rest)[0] if intended_rest else unit
            if things != unit and not things.startswith(f"{unit} "):
                things = f"{unit} of {things}"  # ('hectares of coca the government aims ...')
            phrase = f"{things} {doer} {' '.join(verb[:3])}"
            return with_place(_tidy(phrase), figure.place, lang)
        acted = _acted_by(own_np, agent, verb, main) if not es and own_np else ""
        if acted:
            # "Border agents made 218,000 arrests", "Honduran police recorded 41 killings",
            # "Nicaragua's government shut down 3,200 nonprofit groups": what a force or an
            # authority did or counted, by it ('arrests made by border agents').
            thing, rest = _thing_measured(unit, _before_clause(rest_after))
            phrase = _tidy(f"{thing} {acted} {rest}")
            if main in _MONEY_ACTS_EN and (
                figure.unit_kind == "currency" or unit.lower() in _MONEY_WORDS_EN
            ):
                # "Britain's public sector borrowed 120.7 billion pounds": the borrowing by the
                # public sector, not the pounds borrowed by it.
                phrase = _tidy(f"{_MONEY_ACTS_EN[main]} {rest}")
            phrase = f"{phrase} by {' '.join(_common_case(agent.split()))}"
            return with_place(_tidy(phrase), figure.place, lang)
        if (
            es
            and total
            and main.startswith("alcanz")
            and verb_words[-1:] == ["a"]
            and figure.unit_kind == "count"
            and unit
            and own_np
            and not is_place(own_np)
            and not _GENERIC_LEAD.match(own_np)
            and not _DEMONSTRATIVE.match(own_np)
            and own_np.lower() not in _PRONOUN_SUBJECTS
            and _singular(unit.split()[0].lower()) not in own_np.lower()
        ):
            # "La campaña de vacunación alcanzó a 1,1 millones de niños": the people it reached
            # ('niños alcanzados por la campaña de vacunación'), not the campaign.
            reached = _agree("alcanzado", unit)
            phrase = f"{unit} {reached} por {own_np[0].lower()}{own_np[1:]}"
            return with_place(_tidy(phrase), figure.place, lang)
        if own_np and (
            main in _CHANGE_VERBS
            or (
                total
                and not agent_is_source
                and not is_place(own_np)
                and not (es and _PLACE_POINTER_NP_ES.fullmatch(own_np))
            )
        ):
            # ('Escuintla sumó 1.430 denuncias': a place that adds up a count is where it was
            # counted, read below like 'registró')
            # "Homicides fell to 2,897", "las incautaciones suman 14 toneladas", "El número de
            # afiliados ascendió a 1,4 millones": what fell or adds up is what is counted.
            counted_np = _without_generic_lead(_strip_place_words(own_np))
            return with_place(counted_np, figure.place, lang)
        if (
            es
            and main in _HAVING_ES
            and main not in ("hay", "había", "habrá")
            and own_np
            and unit
            and not is_place(own_np)
            and own_np.lower() not in _PRONOUN_SUBJECTS
            and not own_np.lower().startswith(("lo que", "lo cual"))
            and not _DEMONSTRATIVE.match(own_np)
            and not _POPULATION_UNIT.search(unit)
            and unit.lower() not in own_np.lower()
            and _strip_place_words(own_np).lower() not in ("país", "nación", "región")
            and not _PLACE_POINTER_NP_ES.fullmatch(own_np)
            # ('La Policía Nacional Civil (PNC) cuenta con': the name with its acronym)
            and own_np.lower()
            in sentence[lo : figure.value_start].lower().replace("(", "").replace(")", "")
            and main in (w.lower() for w in before_words)
        ):
            # "La bancada oficial cuenta con 23 diputados", "El hospital tiene 300 camas": what
            # the subject has ('diputados de bancada oficial').
            owner = _strip_place_words(own_np)
            return with_place(_tidy(f"{unit} de {owner}"), figure.place, lang)
        if (
            es
            and total
            and agent_is_source
            and figure.unit_kind == "count"
            and unit
            and not is_place(own_np)
            and unit.lower() not in own_np.lower()
        ):
            # "la Policía Nacional Civil llega a 45.300 elementos": what an institution adds up
            # to is its own ('elementos de la Policía Nacional Civil').
            owner = _strip_place_words(own_np)
            return with_place(_tidy(f"{unit} de {owner}"), figure.place, lang)
        if (
            es
            and own_np
            and 2 <= len(verb_words) <= 3
            and (
                (verb_words[0].lower() in _COPULAS_ES and verb_words[-1].lower() == "de")
                # ('La cosecha de café se estima en 3,2 millones de quintales')
                or (
                    len(verb_words) == 3
                    and verb_words[0].lower() == "se"
                    and verb_words[1].lower() in _ESTIMATED_ES
                    and verb_words[2].lower() == "en"
                )
            )
            # (an amount in a unit of measure or money; a count names its own things: 'el
            # saldo neto es de 118.000 puestos de trabajo')
            and (
                figure.unit_kind == "currency"
                or unit.split()[0].lower() in _MEASURE_UNITS_ES
                # ('El tiempo medio de espera fue de 142 días': a span measured in time)
                or unit.lower() in _SPAN_UNITS_ES
                # ('el paro registrado era de 2.922.991 personas': people, the plainest count,
                # are what the measure before the copula counts)
                or (figure.unit_kind == "count" and unit.lower() == "personas")
            )
            and not is_place(own_np)
            and own_np.lower() not in _PRONOUN_SUBJECTS
            and not _DEMONSTRATIVE.match(own_np)
        ):
            # "La producción de azúcar fue de 2,9 millones de toneladas", "La cantidad de droga
            # incautada fue de 12 toneladas": the measure the copula gives the amount of, not
            # 'toneladas por producción de azúcar'.
            measure = _without_generic_lead(_strip_place_words(own_np))
            return with_place(_tidy(measure), figure.place, lang)
        gathered = _gathered_part(sentence, figure, own_np, verb_words) if es else ""
        if gathered:
            return with_place(gathered, figure.place, lang)
        goal = own_np.split()
        if goal and goal[0].lower() in ("la", "el", "su", "una", "un"):
            goal = goal[1:]
        if (
            es
            and goal
            and goal[0].lower() in _GOAL_HEADS_ES
            and verb_words[:1]
            and verb_words[0].lower() in ("es", "será", "era", "fue", "sería")
            and figure.unit_kind == "count"
            and unit
        ):
            # "La meta del Gobierno es contar con 50.000 policías en 2027": the goal, of the
            # things counted ('meta de policías del Gobierno').
            phrase = " ".join([goal[0].lower(), "de", unit, *goal[1:]])
            return with_place(_tidy(phrase), figure.place, lang)
        if (
            es
            and main in _OBTAINING_ES
            and figure.unit_kind == "count"
            and unit
            and own_np
            and not is_place(own_np)
            and own_np.lower() not in _PRONOUN_SUBJECTS
            and not _DEMONSTRATIVE.match(own_np)
            and unit.lower() not in own_np.lower()
        ):
            # "el candidato oficialista obtenía 1.204.330 votos": what someone won is theirs
            # ('votos del candidato oficialista').
            owner = _strip_place_words(own_np)
            kind_after = _KIND_ADJECTIVE_ES.match(sentence, figure.tail_end)
            if kind_after is not None:
                # ('La fiscalía logró 187 sentencias condenatorias': the kind of the sentences)
                unit = f"{unit} {kind_after.group('a')}"
            return with_place(
                _tidy(f"{unit} de {owner}".replace(" de el ", " del ")), figure.place, lang
            )
        if (
            not es
            and main in _SERVING_EN
            and unit.lower() in _SERVED_UNITS_EN
            and own_np
            and len(own_np.split()) <= 8
            and not is_place(own_np)
            and own_np.lower() not in _PRONOUN_SUBJECTS
            and not _DEMONSTRATIVE.match(own_np)
            and unit.lower() not in own_np.lower()
        ):
            # "the Pension for the Wellbeing of Older Adults reached 12.5 million beneficiaries",
            # "The programme serves 2 million families": whose beneficiaries they are.
            owner = _strip_place_words(own_np)
            if owner.lower().startswith(("the ", "a ", "an ")):
                owner = owner.split(" ", 1)[1]
            return with_place(_tidy(f"{unit} of {owner}"), figure.place, lang)
        if main in _HAVE_VERBS and is_place(own_np) and _POPULATION_UNIT.search(unit):
            # "Guatemala tiene unos 17,6 millones de habitantes": its population.
            word = "población de" if es else "population of"
            return f"{word} {own_np}"
        if (
            not es
            and not main
            and len(verb_words) == 1
            and verb_words[0].lower() in ("has", "had")
            and _POPULATION_UNIT.search(unit)
            # (not "Mexico has more than 110,000 people registered as missing": who are counted)
            and _POPULATION_END_EN.match(sentence, figure.tail_end) is not None
            and (
                is_place(own_np)
                or (figure.place and _PLACE_POINTER_NP_EN.fullmatch(own_np) is not None)
            )
        ):
            # "Mexico has about 130 million inhabitants", "The country has about 10 million
            # inhabitants" (Honduras named before): its population ('has' alone is read as no
            # verb of its own).
            return f"population of {own_np if is_place(own_np) else figure.place}"
        if (
            not main
            or _is_counting(main, lang)
            or (total and not own_np)
            or (es and verb_words[-1].lower() == "con")  # 'Cerramos 2023 con 154 homicidios'
            # ('quien añadió que 300 migrantes salen cada día': a reporting verb is nothing done
            # to the things counted)
            or (es and main.lower() in _REPORTING)
        ):
            if es and rest_after.startswith("y "):
                rest_after = _before_clause(rest_after)  # ('900 camas y la ocupación supera')
            phrase = (
                " ".join(filter(None, [unit, rest_after])) if rest_after else _fuller(unit, figure)
            )
            if (
                not unit
                and rest_after
                and rest_after.split(None, 1)[0].lower() in _BARE_SETTING_LEADS
            ):
                phrase = ""  # ('245 million in the 2023 season': 'in the season' is no subject)
            if (
                not phrase
                and own_np
                and main.lower() in _REACH_VERBS
                and not agent_is_source
                and not is_place(own_np)
                and own_np.lower() not in _PRONOUN_SUBJECTS
                and not _DEMONSTRATIVE.match(own_np)
            ):
                # "Revenue reached 245 million in 2023", "Attendance topped 1.2 million": with
                # no unit to name, what reached the figure is what was measured.
                phrase = _without_generic_lead(_strip_place_words(own_np))
            during = _during(sentence, figure.value_start, removed) if es else ""
            if during and during.lower() not in phrase.lower():
                # "Durante la temporada de lluvias, Conred contabilizó 1.830 incidentes": the
                # things counted during that event.
                phrase = f"{_tidy(phrase)} durante {during}"
        elif not es and (
            main in _PARTICIPLE_OF or main.endswith("ed") or _future_base(verb_words, main)
        ):
            participle = _PARTICIPLE_OF.get(main) or _BASE_PARTICIPLE_EN.get(main, "")
            if not participle:
                participle = _regular_participle(main) if _future_base(verb_words, main) else main
            by = (
                f" by {agent}"
                if agent
                and not is_place(agent)
                # ('Of the 52 people killed, 31 were police officers': the whole, no doer)
                and not agent.lower().startswith("of ")
                else ""
            )
            # (tidied before the agent: "jobs added in [November]" leaves a bare "in")
            thing, rest = _thing_measured(unit, rest_after)
            phrase = _tidy(f"{thing} {participle} {rest}") + by
            if (
                by
                and main in _MONEY_ACTS_EN
                # ("pounds" is read as a count, until its currency is known)
                and (figure.unit_kind == "currency" or unit.lower() in _MONEY_WORDS_EN)
            ):
                # "Britain's public sector borrowed 120.7 billion pounds": the borrowing by the
                # public sector, not the pounds borrowed by it.
                phrase = _tidy(f"{_MONEY_ACTS_EN[main]} {rest}") + by
        elif es and main in _CAUSE_VERBS_ES:
            # "El sismo dejó 300 muertos": the dead of the earthquake, whatever the verb.
            cause = agent or (_with_article_es(figure.event) if figure.event else "")
            # ('Un sismo de magnitud 6,2 dejó 3 muertos': by the sismo, its measure left out)
            cause = _MAGNITUDE_TAIL.sub("", cause)
            if " que " in cause:
                # ('El huracán Otis, que tocó tierra ... con vientos de 270 kilómetros por hora,
                # ha dejado 45 muertos': by the hurricane, not by what it did first)
                cause = _RELATIVE_TAIL_ES.sub("", cause)
            # ('dejó 120 viviendas dañadas': the things as the verb left them)
            kind_words, _ = _leading_adjectives(_before_clause(rest_after).split())
            things = " ".join([unit, *kind_words]) if unit and kind_words else unit
            phrase = f"{things} por {cause}" if cause else things
        elif (
            es
            and (
                (fronted and len(verb) == 1)
                # ("En ese ciclo abandonaron la secundaria 280.000 estudiantes": the verb and
                # its object, then the figure that is their subject)
                or (
                    (fronted or not subj_words)
                    and 2 < len(verb) <= 4
                    and verb[1].lower() in _OBJECT_ARTICLES_ES
                )
            )
            and main.endswith("n")
            and "se" not in (w.lower() for w in verb_words)
        ):
            # "Por la selva del Darién cruzaron 520.085 migrantes": the figure is the subject
            # of the verb, after it; what comes before is where or how.
            where = [subj_words[0].lower(), *subj_words[1:]] if subj_words else []
            if len(where) == 1:
                where = []  # ('En [2023] abandonaron': the time taken out leaves a bare 'en')
            phrase = " ".join([unit, "que", *verb, *where, *_before_clause(rest_after).split()])
        elif es:
            participle = _agree(_es_participle(main), unit)
            # A police force or a ministry that did the counting is the source, not what was
            # measured: "toneladas de cocaína decomisadas" without "por la Policía Nacional Civil".
            # ('En el municipio de Villa Nueva fueron asesinadas 212 personas': where, no agent)
            by = (
                f" por {agent}"
                if agent
                and not agent_is_source
                and not fronted
                # ('Antes sacaban unas 40 libras por jornada': when, not who)
                and agent.lower() not in _TIME_ADVERBS_ES
                # ('y de ellas unas 18.000 siguen en 240 albergues': a part of those named
                # before, no doer)
                and not agent.lower().startswith(_PARTITIVE_LEADS_ES)
                else ""
            )
            if by and _HOLIDAY_NAME_ES.fullmatch(agent or ""):
                # ('Durante la Semana Santa murieron 42 personas': when, not who)
                by = f" durante la {agent}" if agent[:1].isupper() else f" durante {agent}"
            # ('atendió 6,2 millones de consultas médicas': 'consultas médicas atendidas', the
            # adjectives of the noun before the participle)
            modifiers, complement = _leading_adjectives(_before_clause(rest_after).split())
            if (
                modifiers
                and complement
                and modifiers[-1].endswith(_PARTICIPLE_ENDINGS_ES)
                and complement[0].lower() in ("a", "al", "en", "de", "del", "por", "con", "para")
            ):
                # ('desarticuló 45 estructuras criminales dedicadas a la extorsión': the
                # participle with its complement follows the verb's)
                complement = [modifiers[-1], *complement]
                modifiers = modifiers[:-1]
            # ('Las denuncias por violencia sexual ... llegaron a 6.800. En promedio, se
            # presentan 18 denuncias cada día': the same things, as fully as named before)
            counted = unit if modifiers else _fuller(unit, figure)
            if counted != unit and counted[len(unit) :].split()[0] not in ("de", "por", "contra"):
                counted = unit  # ('hondureños emigrados' is what happened to those, not a kind)
            elif counted != unit:
                # ('toneladas de cardamomo exportadas por Guatemala' before: the kind, not what
                # was done to those)
                kind_words = counted.split()
                done_at = next(
                    (
                        i
                        for i, w in enumerate(kind_words)
                        if i > len(unit.split()) and w.lower().endswith(_PARTICIPLE_ENDINGS_ES)
                    ),
                    len(kind_words),
                )
                counted = " ".join(kind_words[:done_at])
            if (
                not modifiers
                and counted == unit
                and len(complement) >= 2
                and complement[0].lower() == "de"
                and (
                    unit.split()[0].lower() in _CONTAINER_UNITS_ES
                    # ('decomisaron 96 armas de fuego': a noun and its one-word 'de' phrase)
                    or (
                        complement[1][:1].islower()
                        and (len(complement) == 2 or complement[2].lower() in _CUT_HELD_ES)
                    )
                )
                and complement[1].lower() not in _DETERMINERS
            ):
                # ('incautaron 4,2 toneladas de cocaína en Puerto Quetzal': what the measure
                # holds goes with it, before the participle: 'toneladas de cocaína incautadas')
                held = 2
                while held < len(complement) and complement[held].lower() not in _CUT_HELD_ES:
                    held += 1
                counted = " ".join([counted, *complement[:held]])
                complement = complement[held:]
            often = (
                _HOW_OFTEN_BEFORE_ES.search(
                    sentence, max(0, figure.value_start - 40), figure.value_start
                )
                if "cada " in sentence or "diari" in sentence or " al día" in sentence
                else None
            )
            # ('El centro recibe cada día a unas 150 personas': 'personas recibidas cada día', a
            # habit, not a count of its own)
            how_often = [often.group("f")] if often is not None else []
            phrase = (
                _tidy(" ".join([counted, *modifiers, participle, *how_often, *complement])) + by
            )
        else:
            phrase = f"{unit} {' '.join(verb)} {rest_after}".strip()
        return (
            with_place(_tidy(_event(phrase, figure, lang)), figure.place, lang) if phrase else None
        )
    if unit and rest_after:
        if es:
            # "Veinticinco personas murieron ...", "1.300 embarazadas se han contagiado desde
            # ..." -> "personas muertas ...", "embarazadas contagiadas".
            words = rest_after.split()
            reflexive = [w.lower() for w in after_words[:1]] == ["se"]
            perfect = after_words[int(reflexive) : int(reflexive) + 2]
            while len(words) > 1 and (words[0].lower() in _AUX_ES or words[0].lower() == "sido"):
                words = words[1:]  # ('han sido deportados': the participle after them)
            first, rest = words[0], " ".join(words[1:])
            following = words[1].lower() if len(words) > 1 else ""
            past = first.lower().endswith(_ES_PAST_ENDINGS)
            perfect_with_object = (
                len(perfect) == 2
                and perfect[0].lower() in _PERFECT_AUX_ES
                and perfect[1] == first
                and (
                    following in _DETERMINERS
                    or _BARE_OBJECT_ES.fullmatch(following) is not None
                    or (
                        following.isalpha()
                        and following not in _NOT_OBJECT_ES
                        and not following.endswith(_PARTICIPLE_ENDINGS_ES)
                    )
                )
            )
            if perfect_with_object:
                # "98 periodistas han denunciado agresiones", "7.000 migrantes han cruzado la
                # selva": a perfect with its object says what they did ('que han cruzado la
                # selva'), not what was done to them ('cruzados la selva').
                that = "que se " if reflexive else "que "
                rest_after = that + _before_clause(" ".join(after_words[int(reflexive) :]))
            elif (
                past
                and (
                    _BARE_OBJECT_ES.fullmatch(following) is not None
                    or (
                        _BARE_NOUN_ES.fullmatch(following) is not None
                        and following not in _NOT_OBJECT_ES
                    )
                )
                and first.lower() not in _COPULAR_PAST_ES
            ):
                # "98 periodistas denunciaron agresiones": a preterite with a bare plural object
                # ("300 escuelas suspendieron clases", "1.200 agentes recibieron capacitación":
                # a bare noun, not a participle or an adjective: 'que suspendieron clases')
                that = "que se " if reflexive else "que "
                rest_after = that + _before_clause(" ".join(words))
            elif (
                _is_verb(first, lang, unit.split()[-1])
                and first.lower() not in _AUX_ES
                and (
                    following in _DETERMINERS
                    or (not past and following != "de")
                    # ('hondureños emigraron', 'personas salieron de la pobreza': a verb whose
                    # participle says nothing of its doers stays a verb)
                    or first.lower() in _DOER_VERBS_ES
                )
            ):
                # "niños abandonaron la escuela", "guatemaltecos viven con menos de": a verb with
                # an object, or in the present, stays a verb ('que abandonaron la escuela').
                # ('15 personas se encuentran en aislamiento': the verb with its 'se')
                that = "que se " if reflexive else "que "
                rest_after = that + _before_clause(" ".join(words))
            elif (
                past
                or first.lower().endswith(_PARTICIPLE_ENDINGS_ES)
                or first.lower() in _ES_IRREGULAR_PARTICIPLES
            ) and len(first) > 4:
                rest_after = _before_clause(f"{_agree(_es_participle(first), unit)} {rest}".strip())
            else:
                rest_after = _up_to_main_verb(sentence, figure, words) or rest_after
            if " " not in rest_after.strip() and sentence.startswith(" y ", after_hi):
                shared = _SHARED_COMPLEMENT_ES.match(sentence, after_hi)
                if shared is not None:
                    # "Cinco personas fallecieron y 23 resultaron heridas en un accidente de
                    # tránsito": the event after the second verb is the first one's too.
                    rest_after = f"{rest_after} {shared.group('c')}"
        return with_place(_tidy(_event(f"{unit} {rest_after}", figure, lang)), figure.place, lang)
    if unit:
        phrase = _fuller(unit, figure)
        during = _during(sentence, figure.value_start, removed) if es else ""
        if during and during.lower() not in phrase.lower():
            phrase = f"{phrase} durante {during}"  # (as above)
        elif es and phrase == unit and sentence.startswith(" y ", after_hi):
            predicate = _shared_predicate(sentence, after_hi)
            if predicate:
                # "Más de 1.000 agentes y 300 soldados participaron en el operativo": two
                # subjects of one verb; what it says of both is said of each.
                phrase = f"{unit} que {predicate}"
        elif not es and phrase == unit and sentence.startswith(" and ", after_hi):
            shared_en = _SHARED_PASSIVE_EN.match(sentence, after_hi)
            if shared_en is not None:
                # "More than 1,100 civilians and about 1,200 police officers have been
                # injured": two subjects of one verb; the first was injured too.
                phrase = f"{unit} {shared_en.group('p').lower()}"
        return with_place(_tidy(phrase), figure.place, lang)
    if subject_np:
        return with_place(_strip_place_words(subject_np), figure.place, lang)
    return None


_PERFECT_AUX_ES: Final = word_set("ha han había habían habrá habrán")
# After a perfect's participle, words that start no object ('han muerto en', 'han llegado ya').
_NOT_OBJECT_ES: Final = word_set(
    "a al en de del por para con desde hasta entre sin sobre tras durante según ya más menos "
    "también solo sólo aún todavía hoy ayer luego que y e o u como cuando donde mientras"
)
# A bare plural noun as an object ('agresiones', 'denuncias', 'amenazas'), not a participle or
# an adjective after a verb ('heridas', 'ahogados', 'ilesos').
_BARE_OBJECT_ES: Final = compiled(r"[a-záéíóúñ]{3,}(?:ciones|siones|iones|encias|uncias|azas|ejas)")
# A bare noun after a preterite: a word that is no participle or adjective ('heridos', 'muertas',
# 'ilesos', 'graves') and no adverb ('anteriormente').
_BARE_NOUN_ES: Final = compiled(
    r"(?![a-záéíóúñ]*(?:ad[oa]s?|id[oa]s?|t[oa]s?|s[oa]s?|ch[oa]s?|mente|[ei]ble|[ei]bles|"
    r"ales|ares|es)$)[a-záéíóúñ]{4,}|[a-záéíóúñ]{2,}(?:ción|sión|encia|ancia|ases|eces)"
)
_COPULAR_PAST_ES: Final = word_set(
    "fueron fue resultaron resultó quedaron quedó murieron resultaron"
)
_INVERTED_RELATIVE_ES: Final = compiled(
    r"(?P<ante>(?:el|la|los|las)\s+[^\W\d_][^,;:\d]{2,60}),\s+que\s+"
    r"(?P<verb>[^\W\d_]{3,}(?:an|en|aron|ieron|ían|aban))\s+"
    r"(?:(?:unos|unas|más\s+de|casi|cerca\s+de|alrededor\s+de|al\s+menos)\s+)?$",
    re.IGNORECASE,
)
_MEASURE_OF_ES: Final = compiled(
    r"\b(?:un|una|el|la)\s+(?:(?:nuevo|nueva|máximo|mínimo|récord)\s+)?(?:histórico\s+)?"
    r"(?P<n>déficit|superávit|movimiento|flujo|saldo|consumo|demanda|oferta|afluencia|excedente|"
    r"faltante|rezago)\s+(?:(?:histórico|récord|total|anual|mensual|diario)\s+)?de\s+"
    r"(?:(?:unos|unas|más\s+de|casi|cerca\s+de|alrededor\s+de|al\s+menos)\s+)?$",
    re.IGNORECASE,
)
# The words an object starts with, after the verb ('alberga a 22.400', 'tiene un').
_OBJECT_LEADS_ES: Final = word_set("a al el la los las un una unos unas más")
_CLAUSE_CONJUNCTIONS_ES: Final = word_set("aunque pero mientras pues sino y e que ya")
_CAPACITY_ES: Final = compiled(
    r"(?P<np>(?:[^\W\d_]+\s+){0,4}?[^\W\d_]+)(?:\s+|\s*,\s+(?=con\s))(?:con|tienen?|tendrán?|tenían?|de)\s+"
    r"(?:una\s+)?"
    r"capacidad\s+(?:instalada\s+)?(?:para|de)\s+(?:(?:hasta|unos|unas|más\s+de|casi|"
    r"alrededor\s+de|al\s+menos|apenas|solo|sólo)\s+)?$",
    re.IGNORECASE,
)
# '... ascienden a 100.000, con ': the figure before the ', con' is the count it goes with (not
# a place in a list: 'Guatemala, con 9.870').
_FIGURE_BEFORE_WITH: Final = compiled(r"\d[\w\s.]{0,25},\s+con\s+$")
_SHARED_COMPLEMENT_ES: Final = compiled(
    r"\s+y\s+(?:(?:otr[oa]s|más\s+de|al\s+menos|unos|unas|casi|cerca\s+de)\s+)?"
    r"(?:\d[\d.,]*|(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|"
    r"treinta|cuarenta|cincuenta|cien|mil)\b)\s+"
    r"(?:[^\W\d_]+\s+){1,3}?"
    r"(?P<c>(?:en|tras|por|durante)\s+(?:un|una|el|la|los|las)\s+[^,;.]{3,80})"
)
_PART_OF_TOTAL_ES: Final = compiled(
    r"\d(?:[\d.,]*\d)?\s+(?:[^\W\d_]+\s+){0,3}?de\s+(?:los|las)\s+$"
)
_AMONG_ES: Final = compiled(
    r"(?:^|[.;]\s+|^[\"“])\s*Entre\s+(?P<art>los|las)\s+(?P<np>[^\W\d_][^\W\d_\s]*(?:\s+[^\W\d_]+){0,5}?)"
    r"(?:\s*,\s*|\s+(?:hay|había|habían|figuran|figuraban|se\s+encuentran|se\s+cuentan|están|"
    r"estaban)\s+)(?:(?:al\s+menos|por\s+lo\s+menos|unos|unas|casi|más\s+de|menos\s+de|"
    r"cerca\s+de|otros|otras)\s+)?$"
)
_PARTITIVE_ES: Final = compiled(r"\bde\s+(?:las|los)\s+$")


_COORDINATED_COUNT_ES: Final = compiled(
    r"\s+y\s+(?:(?:unos|unas|otros|otras|casi|más\s+de)\s+)?\d[\d.,]*\s+(?:mil\s+|millones\s+)?"
    r"(?P<rest>[^,;.]{3,120})"
)


# ' and about 1,200 police officers have been injured': the participle of a passive shared
# with the count before 'and'.
_SHARED_PASSIVE_EN: Final = compiled(
    r"\s+and\s+(?:(?:about|some|nearly|almost|more\s+than|at\s+least|around|roughly|over|"
    r"another)\s+)?(?:\d[\d,.]*(?:\s+(?:million|thousand))?|(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|a\s+hundred|dozens\s+of|hundreds\s+of|thousands\s+of)(?:-\w+)?)"
    r"(?:\s+[a-z][\w-]*){1,3}?\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?P<p>[a-z]{3,}ed|hurt|shot|slain|held|taken|beaten|wounded)\b",
    re.IGNORECASE,
)


def _shared_predicate(sentence: str, at: int) -> str:
    """'y 300 soldados participaron en el operativo' -> 'participaron en el operativo': the
    predicate of a count coordinated with the one before it ('' when it has none)."""
    match = _COORDINATED_COUNT_ES.match(sentence, at)
    if match is None:
        return ""
    words = match.group("rest").split()
    for index, word in enumerate(words[:4]):
        previous = words[index - 1] if index else None
        if index and _is_verb(word, "es", previous):
            return _before_clause(" ".join(words[index:]))
    return ""


def _up_to_main_verb(sentence: str, figure: SubjectInput, words: list[str]) -> str:
    """'de Petén perdieron sus cosechas' -> 'de Petén que perdieron sus cosechas': the words
    after a counted noun, with the sentence's finite verb, of which the figure is the subject,
    made a relative clause ('' when there is none). The total in '1.300 de las 2.100 denuncias
    ... correspondieron a transportistas' is not that verb's subject: only the words before it
    ('por extorsión presentadas en Honduras') say what it counts."""
    for index in range(1, len(words)):
        word = words[index]
        previous = words[index - 1].lower()
        present = (
            # ('de la Policía y del Ejército participan en el plan': a present plural after a
            # name or a noun, not after an article or a preposition)
            len(word) > 5
            and word.endswith(("an", "en"))
            and word not in _ES_NOT_VERBS
            and previous not in _DETERMINERS
            and previous not in _TRAILING
            and previous not in ("y", "o", "e", "u", "ni", "no", "se")
        )
        if (
            len(word) > 3
            and word.islower()
            and (word.endswith(_ES_PAST_ENDINGS) or (word in _VERBS_ES and word != "se") or present)
            and not word.endswith(_PARTICIPLE_ENDINGS_ES)
            and previous not in ("que", "quienes", "cual", "cuales")
        ):
            if words[index - 1].lower() == "no":
                index -= 1  # ('de Alta Verapaz no tienen acceso': 'que no tienen acceso')
            noun = _tidy(" ".join(words[:index]))
            if not noun:
                return f"que {_before_clause(' '.join(words))}"  # ('300 no tienen agua')
            if _PARTITIVE_ES.search(sentence, max(0, figure.value_start - 12), figure.value_start):
                return noun
            return f"{noun} que {_before_clause(' '.join(words[index:]))}"
    return ""


# 'El padrón electoral, de ...': a noun phrase, then the figure in an apposition opened by 'de'.
_DESCRIBED_BY_ES: Final = compiled(
    r"(?:^|(?<=[,;:(]\s)|(?<=^[\"“]))(?P<art>el|la|los|las)\s+(?P<np>[^\W\d][^,;:()\d]{1,60}?),"
    r"\s+(?:de|con)\s+$",
    re.IGNORECASE,
)
_PARTICIPLE_ENDINGS_ES: Final = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
_ESTAR_ES: Final = word_set("están estaban está estaba estuvieron permanecen permanecían")
_COPULAS_ES: Final = word_set("eran era fueron fue son es resultaron resultó serían")
_AMONG_THEM_BEFORE: Final = compiled(r"\bentre\s+(ellos|ellas|estos|estas)\s*,?\s+$", re.I)
# '..., y de ellos casi 9.000 son niños': a part of what was counted before, mid-sentence.
_OF_THEM_BEFORE: Final = compiled(r"\bde\s+(?:ellos|ellas|esos|esas|estos|estas)\s*,?\s+$", re.I)
_OF_THEM_AFTER: Final = compiled(r"\s+de\s+(?:ellos|ellas|esos|esas|estos|estas)\b", re.I)


# After a part's copula, a phrase that says where, how or against whom those were ('fueron en la
# capital', 'fueron por arma de fuego', 'fueron contra mujeres').
_PART_BY_ES: Final = word_set("en por con contra")


def _part_of_earlier(sentence: str, figure: SubjectInput, after_words: list[str]) -> str:
    """'De ellos, 6.145 eran menores de edad' -> 'menores de edad entre los deportados ...';
    '300 de ellas necesitan reconstrucción' -> 'escuelas ... que necesitan reconstrucción'.

    Some of what the paragraph counted before, named by what follows the figure ('' when the
    figure is not such a part)."""
    among = (
        _AMONG_THEM_BEFORE.search(sentence, max(0, figure.value_start - 20), figure.value_start)
        if figure.earlier_count and figure.unit
        else None
    )
    if among is not None:
        # 'rescataron a 14 víctimas, entre ellas nueve adolescentes': these are some of those.
        base = _without_generic_lead(_no_place_tail(figure.earlier_count or ""))
        if base and figure.unit.lower() not in base.lower():
            article = "las" if among.group(1).lower().endswith("as") else "los"
            return _tidy(f"{figure.unit} entre {article} {base}")
    lead = _TOTAL_LEAD.match(sentence)
    of_them = _OF_THEM_AFTER.match(sentence, figure.tail_end)
    of_the = _OF_LEAD.match(sentence) if lead is None and not of_them else None
    if of_the is not None and (
        of_the.end() > figure.value_start
        or is_place(of_the.group("n"))
        or any(ch.isdigit() for ch in sentence[of_the.end() : figure.value_start])
    ):
        of_the = None  # (only the first part after the lead: 'y de estos, 640 ...' is of those)
    count_lead = (
        _OF_COUNT_LEAD.match(sentence)
        if lead is None
        and not of_them
        and of_the is None
        and figure.earlier_count
        and sentence.startswith("De ")
        else None
    )
    if count_lead is not None and (
        count_lead.end() > figure.value_start
        or any(ch.isdigit() for ch in sentence[count_lead.end() : figure.value_start])
    ):
        count_lead = None  # (only the first part after 'De los 1.052 reos que ..., ')
    of_them_before = (
        _OF_THEM_BEFORE.search(sentence, max(0, figure.value_start - 20), figure.value_start)
        if lead is None and not of_them and not of_the and count_lead is None
        else None
    )
    if not (
        (lead and lead.end() <= figure.value_start)
        or of_them
        or of_the
        or count_lead
        or of_them_before
        or _OF_WHICH.search(sentence, max(0, figure.value_start - 30), figure.value_start)
    ):
        return ""
    base = _without_generic_lead(_no_place_tail(figure.earlier_count or ""))
    if lead is not None and lead.group("of"):
        base = lead.group("of")  # "Del total de deportados, 8.500 eran menores de edad"
    elif of_the is not None:
        base = of_the.group("n")  # "De los retornados, 1.100 eran menores de edad"
        earlier_words = _no_place_tail(figure.earlier_count or "").split()
        if (
            of_the.group(0).split()[1].lower() in _DEMONSTRATIVES_ES
            and len(earlier_words) > 1
            and base.lower() == earlier_words[0].lower()
        ):
            base = " ".join(earlier_words)  # "De esos casos": the cases of tos ferina before
    elif count_lead is not None:
        # "De los 1.052 reos que ingresaron ..., 640 fueron enviados a prisión preventiva": the
        # things the opening counted (without what its relative clause says of all of them).
        base = base.partition(" que ")[0]
    words = after_words[2:] if of_them else after_words
    if not base or not words:
        return ""
    first = words[0].lower()
    if first in _ESTAR_ES and len(words) > 1:
        return _tidy(f"{base} que {_before_clause(' '.join(words))}")  # 'están en fase de ...'
    if first in _COPULAS_ES and len(words) > 2 and words[1].lower() in _PART_BY_ES:
        # 'de los cuales 300 fueron en la capital': the same things, where they were; 'Del
        # total, 980 fueron por arma de fuego': how ('muertes violentas por arma de fuego')
        return _tidy(f"{base} {_before_clause(' '.join(words[1:]))}")
    if first in _COPULAS_ES and len(words) > 1:
        if words[1].lower().endswith(_PARTICIPLE_ENDINGS_ES):
            # 'de las cuales 4.930 fueron desactivadas tras ...': the things counted before
            # (without what was done to all of them), with what was done to these.
            things = base.split()
            while len(things) > 1 and things[-1].lower().endswith(_PARTICIPLE_ENDINGS_ES):
                things.pop()
            if len(things) < len(base.split()) and _OF_WHICH.search(
                sentence, max(0, figure.value_start - 30), figure.value_start
            ):
                done = _before_clause(" ".join(words[1:]))
                return _tidy(f"{' '.join(things)} {done}")
            if (
                (lead is not None and lead.group("of"))
                or of_the is not None
                or count_lead is not None
            ):
                # 'Del total de afectados, 860 fueron trasladados a albergues': the things the
                # lead names, with what was done to these.
                done = _before_clause(" ".join(words[1:]))
                return _tidy(f"{base} {done}")
            return ""  # 'De ellos, 3.000 fueron liberados': what happened to them, read as usual
        what = _noun_phrase(_before_clause(" ".join(words[1:])).split(), "es")
        if not what or what.lower() in base.lower():
            return ""
        article = "las" if base.split()[0].lower().endswith("as") else "los"
        return _tidy(f"{what} entre {article} {base}")
    if _is_verb(words[0], "es", None) and first not in _AUX_ES:
        return _tidy(f"{base} que {_before_clause(' '.join(words))}")
    if (
        first == "no"
        and len(words) > 1
        and _is_verb(words[1], "es", None)
        and words[1].lower() not in _AUX_ES
    ):
        # 'de las cuales 5,1 millones no cotizaban al seguro social': the same things, of which
        # these did not do it ('ocupados que no cotizaban al seguro social').
        return _tidy(f"{base} que {_before_clause(' '.join(words))}")
    if first == "se" and len(words) > 1 and _is_counting(words[1].lower(), "es"):
        # 'de las cuales 312 se registraron en Guanajuato': the same things, where they were
        # counted (the place follows).
        return _tidy(f"{base} {_before_clause(' '.join(words[2:]))}")
    if (
        of_them
        and of_them.group(0).lower().endswith(("ellos", "ellas"))
        and first not in _AUX_ES
        and not _is_verb(words[0], "es", None)
    ):
        # '215 personas, 38 de ellas menores de edad': these are some of those, and what was
        # done to those was done to these ('menores de edad aprehendidos').
        if first == "en" and len(words) > 1:
            # '63 casos, 41 de ellos en Huehuetenango': the same things, where these were.
            return _tidy(f"{base} {_before_clause(' '.join(words))}")
        what = _noun_phrase(_before_clause(" ".join(words)).split(), "es")
        if not what or what.lower() in base.lower():
            return ""
        things = base.split()
        acted: list[str] = []
        while len(things) > 1 and things[-1].lower().endswith(_PARTICIPLE_ENDINGS_ES):
            acted.insert(0, _agree(things.pop().lower(), what))
        if acted:
            return _tidy(f"{what} {' '.join(acted)}")
        article = "las" if things[0].lower().endswith("as") else "los"
        return _tidy(f"{what} entre {article} {base}")
    return ""


_OF_THEM_AFTER_EN: Final = compiled(r"\s+of\s+(?:them|those|these)\b", re.I)
_OF_THEM_LEAD_EN: Final = compiled(r"^(?:Of\s+(?:them|those|these|that\s+total|the\s+total)\s*,)")
_COPULAS_EN: Final = word_set("were was are is")
# 'those detained', 'those killed': a participle that makes 'those' people.
_DONE_TO_EN: Final = compiled(r"[a-z]+ed|held|taken|hurt|shot|caught|kept|seen")
_PERFECT_AUX_EN: Final = word_set("have has had been")
# People, for 'who' rather than 'that' ('cholera patients who died').
_PEOPLE_EN: Final = word_set(
    "people persons patients migrants victims workers children women men residents inmates "
    "prisoners students teachers deportees detainees journalists soldiers officers members "
    "passengers minors adults voters employees refugees"
)


# How badly the people counted before were hurt: "four of them fatally", "two of them critically".
_HOW_BADLY_EN: Final = word_set("fatally seriously critically severely gravely mortally slightly")


def _part_of_earlier_en(sentence: str, figure: SubjectInput, after_words: list[str]) -> str:
    """'Forty-one of them died' -> 'cholera patients ... who died'; 'Of those, 21 were minors'
    -> 'minors among people held by police'.

    Some of what the paragraph counted before, named by what follows the figure ('' when the
    figure is not such a part, or nothing is said of it)."""
    of_them = _OF_THEM_AFTER_EN.match(sentence, figure.tail_end)
    lead = None if of_them else _OF_THEM_LEAD_EN.match(sentence)
    if of_them is None and (lead is None or lead.end() > figure.value_start):
        return ""
    base = _without_generic_lead(_no_place_tail(figure.earlier_count or ""))
    words = after_words
    if of_them is not None and len(words) >= 2 and words[0].lower() == "of":
        words = words[2:]  # (the words after the figure start with 'of them')
    words = _before_clause(" ".join(words)).split()
    done_to = False
    if (
        of_them is not None
        and of_them.group(0).lower().endswith("those")
        and len(words) > 1
        and _DONE_TO_EN.fullmatch(words[0]) is not None
    ):
        # "7,000 of those detained have been released": people to whom it was done, whatever
        # was counted before.
        base, words, done_to = f"people {words[0].lower()}", words[1:], True
    if (
        of_them is not None
        and not done_to
        and not of_them.group(0).lower().endswith("them")
        and len(words) > 2
        and words[0].isalpha()
        and words[0].islower()
        and words[0].endswith("s")
        and (words[1].lower() in _PERFECT_AUX_EN or _is_verb(words[1], "en", None))
    ):
        # "About 389,000 of those patients had waited more than a year": 'those' is the
        # determiner of the noun counted; the part is those of them the verb says.
        relative = "who" if words[0] in _PEOPLE_EN else "that"
        return _tidy(f"{words[0]} {relative} {' '.join(words[1:])}")
    if not base or not words:
        return ""
    first = words[0].lower()
    if of_them is not None and len(words) == 1 and first in _HOW_BADLY_EN:
        # "At least 19 people were shot, four of them fatally": those shot, fatally.
        return _tidy(f"{base} {first}")
    if first in _COPULAS_EN and len(words) > 1:
        rest = words[1:]
        if rest[0].lower().endswith("ed") or rest[0].lower() in _VERBS_EN:
            return _tidy(f"{base} {' '.join(rest)}")  # 'were released': those, released
        what = _noun_phrase(rest, "en")
        if not what or what.lower() in base.lower():
            return ""
        return _tidy(f"{what} among {base}")  # 'were minors': minors among those
    verb_at = 0
    while done_to and verb_at < len(words) - 1 and words[verb_at].lower() in _PERFECT_AUX_EN:
        verb_at += 1  # ('of those detained have been released')
    if verb_at == 0 and first in _AUX_EN:
        return ""
    if first == "died" and base.lower().startswith("death toll"):
        # "The death toll from the quake rose to 38. Of those, 21 died in El Oro": deaths
        # from the quake, where, not a toll that died.
        return _tidy(f"deaths{base[len('death toll') :]} {' '.join(words[1:])}")
    if _is_verb(words[verb_at], "en", None):
        people = any(word.lower() in _PEOPLE_EN for word in base.split()[:3])
        relative = "who" if people else "that"
        return _tidy(f"{base} {relative} {' '.join(words)}")
    return ""


# ', 186 de 340, ': figures set off by commas (with no verb of their own).
_NUMBER_APPOSITION: Final = compiled(
    r",\s*(?:unos\s+|unas\s+|casi\s+)?\d[\d.,]*(?:\s+de\s+\d[\d.,]*)?\s*,"
)
# ', el departamento con más migrantes retornados, ': a noun phrase set off by commas.
_APPOSITION_ES: Final = compiled(
    r"(?<=[^\W\d_)]),\s+(?:el|la|los|las|una?)\s+[^,;:\d]{2,80}?,\s+(?=(?P<next>[^\W\d_]+))",
    re.IGNORECASE,
)


# 'Core inflation, which strips out volatile prices, eased to 4.37 percent': a relative clause
# set off between an English subject and its verb (left out of the subject).
_RELATIVE_ASIDE_EN: Final = compiled(r",\s+(?:which|who|whose)\s[^,;:()]{2,80},(?=\s)")
# 'San Pedro Sula, the country's second-largest city, accounted for': a name's apposition.
_NAME_APPOSITION_EN: Final = compiled(
    # ("Cementos Anáhuac, the country's third-largest cement producer, employs": a name with
    # accents too)
    r"(?<=[A-Z][^\W\d_])(?:[^\W\d_]*),\s+(?:the|a|an)\s+[^,;:()\d]{2,60},(?=\s)"
)
# ', opened in early 2023,': a participle set off by commas, with its time.
# (", conducted between July 5 and July 12,", ", carried out last week,": with its time)
_PARTICIPLE_ASIDE_EN: Final = compiled(
    r",\s+(?:[a-z]{3,}ed|carried\s+out)\s+(?:in|on|between|from|during|over|last|this)\s"
    r"[^,;:()]{2,60},(?=\s)"
)


def _relative_asides_en(
    sentence: str, lo: int, hi: int, removed: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """', which started Sept. 29,', ', opened in early 2023,' between a subject and its verb: the
    spans of relative and participle asides, left out of the subject. An aside's digits must all
    be in a time (a removed span): one with a figure of its own ('which killed 40 people') says
    more than an aside."""
    spans = []
    found = [*_RELATIVE_ASIDE_EN.finditer(sentence, lo, hi)]
    if "ed " in sentence:
        found += _PARTICIPLE_ASIDE_EN.finditer(sentence, lo, hi)
    found += (
        m
        for m in _NAME_APPOSITION_EN.finditer(sentence, lo, hi)
        if " and " not in m.group(0) and " or " not in m.group(0)
    )
    for m in found:
        start, end = m.span()
        if all(
            any(a <= i < b for a, b in removed) for i in range(start, end) if sentence[i].isdigit()
        ):
            spans.append((start, end))
    return spans


def _appositions(sentence: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """'Huehuetenango, el departamento con más migrantes retornados, recibió 9.870 deportados':
    the spans of appositions between a Spanish subject and its verb (left out of the subject)."""
    if sentence.count(",", lo, hi) < 2:
        return []
    return [
        found.span()
        for found in _APPOSITION_ES.finditer(sentence, lo, hi)
        if _is_verb(found.group("next"), "es", None)
    ]


# 'En la segunda vuelta del domingo, ...': a setting the sentence opens with (not a place, a
# time or a source: those are read elsewhere).
_SETTING_BEFORE_POINTER_ES: Final = compiled(
    r"\s*[\"“]?(?P<p>En)\s+(?P<s>(?:el|la|los|las)\s+[^,;:\d]{3,40}?),?\s+"
    r"(?=(?:la|el|ese|esa|este|esta)\s+"
    r"(?:misma\s+|mismo\s+)?(?:proporción|tasa|porcentaje|cifra|indicador|índice)\b)"
)
_SETTING_ES: Final = compiled(r"\s*[\"“]?En\s+(?=(?:el|la|los|las)\s)([^,;:]{3,80}),\s")
# 'En la frontera con México, ', 'En Tecún Umán, ': where a count's sentence says it happened.
_WHERE_OPENING_ES: Final = compiled(
    r"En\s+[^,;:\d]{3,60},\s+(?=(?:el|la|los|las)\s+[A-ZÁÉÍÓÚÑ])"
    # ("En el departamento de Petén, los incendios forestales consumieron ...")
    r"|En\s+(?:el|la)\s+(?:departamento|municipio|provincia|estado|región|ciudad)\s+de\s+"
    r"[A-ZÁÉÍÓÚÑ][^,;:\d]{1,40},\s+(?=(?:el|la|los|las)\s)"
)


def _is_verb_after_np_es(sentence: str, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` are a noun phrase and a verb ('el Instituto
    Guatemalteco de Migración atendió a'): some word of them is a Spanish verb."""
    words = sentence[start:end].split()
    return any(_is_verb(w, "es", words[i - 1] if i else None) for i, w in enumerate(words[1:], 1))


_SOURCE_NOUNS_ES: Final = compiled(
    r"\b(?:informe|reporte|estudio|encuesta|análisis|datos|comunicado|conferencia|boletín|"
    r"declaraciones|entrevista|caso|cuanto|comparación|relación)\b",
    re.IGNORECASE,
)


def _setting(sentence: str, value_start: int, removed: list[tuple[int, int]]) -> tuple[str, int]:
    """The setting a Spanish sentence opens with, before the figure, and where it ends (('', 0)
    when there is none)."""
    if not sentence.startswith(("En ", " En ", "“En ", '"En ')):
        return "", 0
    found = _SETTING_ES.match(sentence)
    if found is None or found.end() > value_start or _SOURCE_NOUNS_ES.search(found.group(1)):
        return "", 0
    phrase = _tidy(" ".join(_kept(sentence, found.start(1), found.end(1), removed)))
    bare = _noun_phrase(phrase.split(), "es")
    if not bare or is_place(bare) or _PLACE_TAIL.fullmatch(f" en {phrase}"):
        return "", 0
    return phrase, found.end()


_DURING_ES: Final = compiled(r"\s*[\"“]?Durante\s+(?=(?:el|la|los|las)\s)([^,;:]{3,80}),\s")


def _during(sentence: str, value_start: int, removed: list[tuple[int, int]]) -> str:
    """The event a Spanish sentence opens with ('Durante la temporada de lluvias, ...'), or ''
    when it opens otherwise or with a time ('Durante el primer semestre', taken out)."""
    if "Durante " not in sentence[: 3 + len("Durante ")]:
        return ""
    found = _DURING_ES.match(sentence)
    if found is None or found.end() > value_start:
        return ""
    phrase = _tidy(" ".join(_kept(sentence, found.start(1), found.end(1), removed)))
    bare = _noun_phrase(phrase.split(), "es")
    if not bare or is_place(bare) or any(ch.isdigit() for ch in phrase):
        return ""
    return phrase


def _mentions_comparison(sentence: str, at: int) -> bool:
    """Whether the 30 characters before `at` hold 'frente', 'compara' or 'contra' (cheaper than
    the pattern that reads them)."""
    lo = max(0, at - 30)
    return (
        sentence.find("frente", lo, at) != -1
        or sentence.find("compara", lo, at) != -1
        or sentence.find("contra", lo, at) != -1
    )


_COMPARED_WITH_ES: Final = compiled(
    r"(?:frente\s+a(?:l(?=\s))?|comparad[oa]s?\s+con|en\s+comparación\s+con|contra)\s+"
    r"(?:l[oa]s\s+|el\s+|una?\s+)?"
    r"(?:(?:unos|unas|casi|más\s+de|menos\s+de)\s+)?$",
    re.IGNORECASE,
)
# 'frente a 16,7 en Guatemala y ' before a figure: the next of a list of compared figures, each
# with its place.
_COMPARED_LIST_ES: Final = compiled(
    r"frente\s+a(?:l)?\s+(?:l[oa]s\s+|el\s+)?\d[\d.,]*\s*(?:%\s*)?(?:en\s+(?:el\s+|la\s+)?"
    r"[A-ZÁÉÍÓÚ][\w-]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚ][\w-]+)*|a\s+nivel\s+[a-z]+)\s+y\s+$"
)
# 'a nivel nacional', 'en Honduras' right after a compared figure: its own place.
_OWN_PLACE_ES: Final = compiled(
    r"\s+(a\s+nivel\s+(?:nacional|mundial|regional|departamental)|(?P<of>en|de|del)\s+"
    r"(?:el\s+|la\s+)?(?P<p>[A-ZÁÉÍÓÚ][\w-]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚ][\w-]+)*))"
)
# 'en las zonas urbanas' right after a compared figure: its own setting.
_SETTING_NOUNS_ES: Final = (
    r"(?:zonas?|áreas?|ámbito|sector|campo|ciudad(?:es)?|capital|interior|resto|región|"
    r"departamentos?|municipios?|costa|frontera)"
)
_OWN_SETTING_ES: Final = compiled(
    rf"\s+en\s+(?P<s>(?:el|la|los|las)\s+{_SETTING_NOUNS_ES}(?:\s+[a-záéíóúñ]+)?)(?=[\s.,;]|$)"
)
_NAMED_SETTING_ES: Final = compiled(
    rf"\s+en\s+(?:el|la|los|las)\s+{_SETTING_NOUNS_ES}(?:\s+[a-záéíóúñ]+)?\b"
)
# 'en zonas rurales', 'en las ciudades': a setting a measure was said of, with its article or not.
_ANY_SETTING_ES: Final = compiled(
    rf"\s+en\s+(?:(?:el|la|los|las)\s+)?{_SETTING_NOUNS_ES}(?:\s+[a-záéíóúñ]+)?\b.*$"
)
# A subject's place: ' en el municipio de Villa Nueva', ' en Honduras'.
_WITHOUT_PLACE_ES: Final = compiled(
    r"\s+en\s+(?:(?:el|la|los|las)\s+)?(?:[a-zñáéíóú]+\s+){0,3}[A-ZÁÉÍÓÚ].*$"
)
_LIST_ITEM_START: Final = compiled(r"[^,;:(]*$")
_SUPERLATIVE_ES: Final = compiled(
    r"^(?:(?:los|las|el|la|lo)\s+)?(?:más|menos|mayor|menor|principal)", re.I
)
_FOLLOWED_ES: Final = compiled(
    r"^(?:seguid[oa]s?|seguid[oa]s?\s+muy\s+de\s+cerca)\s+(?:de|por)\s+", re.I
)


_RANK_ES: Final = compiled(
    r"(?:la|el|los|las)\s+(?:primer[ao]?s?|segund[ao]s?|tercer[ao]?s?|cuart[ao]s?|quint[ao]s?|"
    r"principal(?:es)?|mayor(?:es)?)\b",
    re.IGNORECASE,
)
_RANKINGS_ES: Final = word_set("lista listado ranking clasificación tabla")
# 'el centro, diseñado para 150 reos': a place built for a number of people (its capacity).
_BUILT_FOR_ES: Final = compiled(
    r"\b(?P<art>el|la|los|las)\s+(?P<np>[^,;:\d]{3,40}?),?\s+(?:diseñad|construid|habilitad|"
    r"pensad)[oa]s?\s+para\s+(?:albergar\s+a\s+|recibir\s+a\s+)?(?:(?:unos|unas|más\s+de)\s+)?$",
    re.IGNORECASE,
)
# What groups items, not what measures them ('la división de alimentos', 'el rubro de ...').
_CATEGORY_HEADS_ES: Final = word_set(
    "división divisiones rubro rubros grupo grupos categoría sector"
)
# 'Entre los productos con mayores alzas figuran ...': the change items are ranked by.
_RANKED_BY_CHANGE_ES: Final = compiled(
    r"\bcon\s+(?:(?:los|las)\s+)?(?:mayores|menores|más\s+altas|más\s+altos)\s+"
    r"(?P<c>alzas|aumentos|incrementos|subidas|subas|caídas|bajas|descensos|reducciones|"
    r"variaciones)\b",
    re.IGNORECASE,
)
_CHANGE_SINGULAR_ES: Final = {
    "alzas": "alza", "aumentos": "aumento", "incrementos": "incremento", "subidas": "subida",
    "subas": "suba", "caídas": "caída", "bajas": "baja", "descensos": "descenso",
    "reducciones": "reducción", "variaciones": "variación",
}  # fmt: skip
# Where a measure went ('siguió en aumento', 'se mantuvo al alza'): no thing counted.
_TRENDS_ES: Final = word_set(
    "aumento alza ascenso descenso baja caída crecimiento disminución reducción incremento suba"
)


def _counted_with(sentence: str, figure: SubjectInput, removed: list[tuple[int, int]]) -> str:
    """'Los deslizamientos fueron los más frecuentes, con 640 casos, seguidos de las
    inundaciones, con 410' -> 'casos de deslizamientos', 'casos de inundaciones': what the
    clause before ', con N' names ('' when that is a place, read as a place list)."""
    unit = figure.unit or figure.earlier_unit or ""
    if not unit:
        return ""
    phrase = _item_with(sentence, figure, removed)
    if not phrase:
        return ""
    if phrase.split()[-1].lower() in _RANKINGS_ES:
        return unit  # ('Guanajuato encabezó la lista, con 2.982 víctimas': a list is no measure)
    if phrase.lower().startswith(unit.lower()):
        return phrase
    return f"{unit} de {phrase}"


# Conjunctions that open a list item or a contrasting clause before ', con N'.
_ITEM_LEADS_ES: Final = word_set("y e o u ni mientras que pero aunque")


def _item_with(sentence: str, figure: SubjectInput, removed: list[tuple[int, int]]) -> str:
    """The noun phrase of the clause before ', con N' ('' when there is none or it is a
    place)."""
    comma = figure.value_start - len(", con ")
    item = _LIST_ITEM_START.search(sentence, max(0, comma - 120), comma)
    if item is None:
        return ""
    words = _kept(sentence, item.start(), comma, removed)
    while words and words[0].lower() in _ITEM_LEADS_ES:
        # ('..., y Huehuetenango, con 1.980', '..., mientras que Yucatán registró la menor
        # cantidad, con 41': a contrast's conjunction is no part of what it names)
        words = words[1:]
    subject, verb_at = _split([(0, 0, w) for w in words], "es")
    rest = " ".join(words[verb_at + 1 :]) if verb_at is not None else ""
    if verb_at is None or not rest or _SUPERLATIVE_ES.match(rest) or _RANK_ES.match(rest):
        # 'los deslizamientos [fueron los más frecuentes]', 'Los accidentes viales [son la
        # segunda causa de muerte]'
        phrase = " ".join(subject)
    else:
        phrase = " ".join(_last_np(words[verb_at + 1 :], "es"))
    phrase = _noun_phrase(_FOLLOWED_ES.sub("", phrase).split(), "es")
    if not phrase or is_place(phrase) or phrase[:1].isupper() or len(phrase.split()) > 6:
        return ""
    return phrase


def _listed(
    sentence: str,
    figure: SubjectInput,
    removed: list[tuple[int, int]],
    sentence_subject: Callable[[], str | None] | None,
) -> str:
    """'las causas fueron el exceso de velocidad (42 %), ...': a figure in parentheses after a
    noun phrase is that phrase's figure ('' when the figure is not such an item)."""
    paren = sentence.rfind("(", max(0, figure.value_start - 3), figure.value_start)
    if paren == -1 or sentence[paren + 1 : figure.value_start].strip():
        return ""
    item = _LIST_ITEM_START.search(sentence, max(0, paren - 120), paren)
    if item is None:
        return ""
    words = _kept(sentence, item.start(), paren, removed)
    verbs = [i for i, w in enumerate(words) if _is_verb(w, "es", words[i - 1] if i else None)]
    if verbs:
        words = words[verbs[-1] + 1 :]  # 'las causas fueron [el exceso de velocidad]'
    if words and words[0].lower() in ("y", "e"):
        words = words[1:]  # ('Escuintla (150) e Izabal (72)')
    phrase = _noun_phrase(words, "es")
    if not phrase or is_place(phrase) or len(phrase.split()) > 8:
        return ""
    if phrase.lower() in _MONTH_NAMES_ES:
        return ""  # ('los retornados fueron: enero (7.840), febrero (8.115)': a month labels it)
    if figure.unit_kind != "percent":
        return phrase
    whole = (sentence_subject() or "") if sentence_subject is not None else ""
    return f"{phrase} entre {whole}" if whole else phrase


_RELATIVE_WORDS_EN: Final = word_set("which that who whom whose")
# "The Mediterranean accounted for 2,452 (of the deaths)": a part, then the figure.
_ACCOUNTED_COUNT_EN: Final = compiled(
    r"(?:^|[,;]\s+|\band\s+|\bwhile\s+)(?P<np>(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)"
    r"{0,3}|[A-Z]?[a-z-]+(?:\s+[a-z-]+){0,2}))\s+(?:accounted|accounts|account|made|makes|make)"
    r"\s+(?:for|up)\s+(?:(?:about|nearly|almost|some|roughly|around|more\s+than|over|at\s+least|"
    r"just|only|an\s+estimated)\s+)?$"
)
_OF_THE_PLURAL_EN: Final = compiled(r"\s+of\s+the\s+(?P<base>(?:[a-z-]+\s+){0,2}?[a-z]+s)\b")
_REPORTED_VERBS_EN: Final = word_set(
    "said reported named cited backed supported opposed favored favoured approved rejected "
    "received had lacked faced"
)
_IRREGULAR_PARTICIPLES_EN: Final = word_set(
    "held taken killed hurt sent seen given made found caught shot born kept left brought "
    "built sold bought paid"
)


def _past_participle_en(word: str) -> bool:
    """'referred', 'detained', 'held': a word that can open a reduced relative clause."""
    lower = word.lower()
    return (len(lower) > 4 and lower.endswith("ed")) or lower in _IRREGULAR_PARTICIPLES_EN


_RANKED_WITH_EN: Final = compiled(
    r"\b(?:was|were|is|are|remains|remained|topped|tops|led|leads|ranked|ranks)\s+"
    # ("Guanajuato was again the most violent state": an adverb between)
    r"(?:(?:again|once\s+again|still|also|by\s+far|easily)\s+)?"
    # ("September was the busiest month, with 8,695 arrivals": any superlative ranks)
    r"(?:the\s+(?:most|least|worst|best|[a-z]+iest|highest|largest|biggest|lowest|smallest|"
    r"greatest|longest|strongest|hottest|coldest|wettest)\b|the\s+list\b)[^,.;]{0,50},?\s+"
    r"with\s+$",
    re.IGNORECASE,
)
_ACCOUNTS_FOR_EN: Final = word_set(
    "accounts accounted account makes made make represents represented represent"
)
# ', an increase of about 6 percent', ', a drop of 30%': a change named before its figure, set
# beside what the clause before said.
_APPOSED_CHANGE_OF_EN: Final = compiled(
    r",\s+an?\s+(?P<n>increase|rise|jump|gain|decrease|decline|drop|fall|reduction)\s+of\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just\s+over|less\s+than|"
    r"an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
# ', a 7 percent increase': a change set beside what the clause before said.
# ' and idled them', ' and cost $3 million': a verb joined after a count, with its object.
_AND_VERB_PHRASE_EN: Final = compiled(
    r"\s+and\s+(?!(?:the|a|an|its|their|his|her|other|more|about|some|nearly|over|then|also)\b)"
    r"[a-z]+\s+(?:them|it|him|her|the|a|an|its|their|his|\$|\d)"
)
_APPOSED_BEFORE_EN: Final = compiled(r",\s+an?\s+$")
# "a 6.5 percent increase in the minimum wage for 2024": the noun phrase that changed, up to
# a preposition, a time word or a clause break.
_CHANGED_IN_EN: Final = compiled(
    r"\s+(?:in|of)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?P<np>(?!(?:the|a|an|this|that|which|who|\d)\b)[^\W\d][\w'-]*"
    r"(?:\s+(?!(?:for|in|to|from|since|by|on|at|of|last|this|over|during|that|which|as|and|"
    r"after|compared|than|with|was|were|is|are|will|would)\b)[^\W\d][\w'-]*){0,4})"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:for|in|to|from|since|by|on|at|last|this|over|during|that|which|"
    r"as|and|after|compared|than|with|was|were|is|are|will|would)\b)",
    re.IGNORECASE,
)
# (a change "in the first quarter", "in May" is dated, not named, by what follows it)
_TIME_NP_EN: Final = compiled(
    r"\b(?:quarter|half|year|years|month|months|week|weeks|day|days|period|decade|season|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"spring|summer|autumn|fall|winter|past|same|previous|last|next)\b",
    re.IGNORECASE,
)


def _change_subject(
    sentence: str,
    figure: SubjectInput,
    lang: str,
    verb_words: list[str],
    own_np: str,
    whole: Callable[[], str],
    hi: int,
    after_words: list[str] | None = None,
) -> str | None:
    """'increase in remittances to Guatemala', 'reducción de las muertes violentas'."""
    es = lang == "es"
    following = sentence[figure.value_start : hi]
    headline_verb = _PRESENT_CHANGE_ES.search(own_np) if es and own_np else None
    if headline_verb is not None:
        # "Aduanas: recaudación sube 6,5 %": a headline's present tense, read with its noun.
        own_np = own_np[: headline_verb.start()].strip()
        verb_words = [*verb_words, headline_verb.group(1)]
    direction_text = " ".join(verb_words[-3:]) + " " + following
    # ("still 20 percent below the level of 2019", "5% above 2019 levels": a gap to a level)
    below_above = (_PERCENT_BELOW_ABOVE_ES if es else _PERCENT_BELOW_ABOVE).match(following)
    below_above_word = below_above.group(1).lower() if below_above else ""
    below_above_word = {"debajo": "below", "encima": "above"}.get(
        below_above_word, below_above_word
    )
    if _DECREASE.search(direction_text) or _LESSER.search(following) or below_above_word == "below":
        word = "reducción de" if es else "fall in"
    elif _INCREASE.search(direction_text) or below_above_word == "above":
        word = "aumento de" if es else "increase in"
    else:
        word = "cambio de" if es else "change in"
    # The text's own word for the change, when it has one ("una caída del 37 %", "grew 3 %").
    near = (
        sentence[max(0, figure.value_start - 40) : figure.value_start] + " " + " ".join(verb_words)
    )
    named = _CHANGE_WORD.search(near)
    if named:
        word = _CHANGE_WORDS[named.group(0).lower()]
    elif not es and word == "change in":
        # ("$1.2 billion in the 2023-24 harvest, up 9 percent": the direction set before it)
        tail = sentence[max(0, figure.value_start - 8) : figure.value_start].lower()
        if tail.endswith((", up ", " up by ")):
            word = "increase in"
        elif tail.endswith((", down ", " down by ")):
            word = "fall in"
    forecast = None
    if es and named is not None:
        # (a forecast word is in the window: plain tests first)
        window = sentence[max(0, figure.value_start - 90) : figure.value_start]
        if any(stem in window for stem in _FORECAST_STEMS_ES):
            forecast = _FORECAST_CHANGE_ES.search(window)
    noun_after = _CHANGE_NOUN_AFTER.match(sentence, figure.tail_end)
    if (
        noun_after
        and not es
        and figure.earlier_subject
        and _APPOSED_BEFORE_EN.search(sentence, max(0, figure.value_start - 6), figure.value_start)
    ):
        # "Exports reached $12 billion in 2023, a 7 percent increase": a change set beside the
        # figure before is the change of what that figure measured.
        earlier = _no_place_tail(figure.earlier_subject)
        return with_place(_tidy(f"{noun_after.group('n')} in {earlier}"), figure.place, lang)
    apposed_of = (
        _APPOSED_CHANGE_OF_EN.search(sentence, max(0, figure.value_start - 50), figure.value_start)
        # (only when the words before named no direction the usual way: "compared with 86.9
        # in September 2024, a drop of 25.9%" reads as it did)
        if not es and figure.earlier_subject and not noun_after and word == "change in"
        else None
    )
    if apposed_of is not None and figure.earlier_subject:
        # "5,287 killings in 2018, up from 4,998 the previous year, an increase of about 6
        # percent": a change set beside the figures before is the change of what they measured.
        earlier = _no_place_tail(figure.earlier_subject)
        noun = apposed_of.group("n").lower()
        return with_place(_tidy(f"{noun} in {earlier}"), figure.place, lang)
    if noun_after and not es:
        changed_en = _CHANGED_IN_EN.match(sentence, noun_after.end())
        if changed_en and not _TIME_NP_EN.search(changed_en.group("np")):
            # "approved a 6.5 percent increase in the minimum wage": what changed is named
            # after the change noun, not by the verb that brought the change.
            phrase = f"{noun_after.group('n')} in {changed_en.group('np')}"
            return with_place(_tidy(phrase), figure.place, lang)
        # "a 20 percent raise": the change is named after the figure.
        verb = _participle(verb_words, lang)
        return with_place(_tidy(f"{noun_after.group('n')} {verb}"), figure.place, lang)
    changed, noun = _changed_np(sentence, figure, after_words or []) if es else ("", "")
    if changed:
        word = _CHANGE_WORDS.get(noun, f"{noun} de")
        # "una reducción de 4,6 % en los ingresos por remesas", "un aumento en las denuncias de
        # 23 %": the change noun names what changed, before or after the figure.
        return with_place(_tidy(f"{word} {changed}"), figure.place, lang)
    apposed = (
        _APPOSED_CHANGE_ES.search(sentence, max(0, figure.value_start - 60), figure.value_start)
        if es and figure.earlier_subject and ", " in sentence[: figure.value_start]
        else None
    )
    if apposed is not None and any(
        ch.isdigit() for ch in sentence[max(0, apposed.start() - 120) : apposed.start()]
    ):
        # "El Programa Nacional de VIH notificó 1.034 casos en 2025, una reducción de 4,8 %",
        # "La SAT recaudó Q48.615 millones, un incremento de 8,5 %": a change set after the
        # figure before is that figure's change, not one of whoever reported or did it.
        earlier = CHANGE_LEAD_ES.sub("", _no_place_tail(figure.earlier_subject or ""))
        if earlier and not earlier[:1].isupper():
            return with_place(_tidy(f"{word} {earlier}"), figure.place, lang)
    if (
        not es
        and figure.earlier_subject
        and _APPOSED_COMPARED_EN.search(
            sentence, max(0, figure.value_start - 16), figure.value_start
        )
        and _MORE_THAN_AFTER_EN.match(sentence, figure.tail_end)
        and any(
            ch.isdigit() for ch in sentence[max(0, figure.value_start - 120) : figure.value_start]
        )
    ):
        # "The port handled 3.1 million containers, 11 percent more than a year earlier": a
        # comparison set after the figure before is that figure's change, not the port's.
        earlier = _no_place_tail(figure.earlier_subject)
        if earlier and not earlier.startswith(
            ("increase in ", "fall in ", "change in ", "share of ")
        ):
            return with_place(_tidy(f"{word} {earlier}"), figure.place, lang)
    if (
        es
        and figure.earlier_subject
        and _APPOSED_COMPARED_ES.search(
            sentence, max(0, figure.value_start - 16), figure.value_start
        )
        and _MORE_AFTER_ES.match(sentence, figure.tail_end)
        and any(
            ch.isdigit() for ch in sentence[max(0, figure.value_start - 120) : figure.value_start]
        )
    ):
        # "la PNC incautó 1.250 armas de fuego, 230 más que en el mismo periodo": a comparison
        # set after the figure before is that figure's change, not the police's.
        earlier = _no_place_tail(figure.earlier_subject)
        if (
            earlier
            and not CHANGE_LEAD_ES.match(earlier)
            and not earlier.startswith(("proporción ", "tasa "))
        ):
            return with_place(_tidy(f"{word} {earlier}"), figure.place, lang)
    if es and own_np and figure.earlier_subject and is_place(own_np):
        lead = CHANGE_LEAD_ES.match(figure.earlier_subject)
        if lead is not None and is_place(figure.earlier_subject[lead.end() :]):
            # "Panamá creció 3,1 %, mientras que Costa Rica creció 4,2 %": the change of a place,
            # as the change before was of its place ('crecimiento de Costa Rica').
            return f"{word} {own_np}"
    # (a place that did something is not what changed: 'México deportó a 7.548 guatemaltecos,
    # 30 % más que ...' is a change of the deportations)
    target = (
        own_np
        if own_np and own_np.lower() not in _DIRECTIONS and not (es and is_place(own_np))
        else ""
    )
    changed_object = (
        (CHANGED_OBJECT_ES if es else _CHANGED_OBJECT_EN).search(
            sentence, max(0, figure.value_start - 90), figure.value_start
        )
        # (it ends in 'by' or 'en' before the figure: a plain test first)
        if ("en " if es else "by ")
        in sentence[max(0, figure.value_start - 30) : figure.value_start]
        else None
    )
    if changed_object is not None:
        # "The government has reduced homicides by 40%", "Hemos reducido los homicidios en un
        # 40 %": what the verb changed is its object, not whoever changed it; the verb says
        # which way, unless the text names the change ('a cut of').
        target = changed_object.group("o")
        if not named:
            down = changed_object.group("down") is not None
            word = (
                ("reducción de" if down else "aumento de")
                if es
                else ("fall in" if down else "increase in")
            )
        if es and target.lower().startswith("el "):
            target = target[3:]
            word = f"{word[:-3]} del" if word.endswith(" de") else word
    if (
        es
        and target
        and figure.earlier_count
        and sentence[: figure.value_start].rstrip().endswith(",")
        and figure.earlier_count.lower().startswith(f"{target.lower()} ")
    ):
        # ('Al menos 47 personas murieron en accidentes ..., 12 más que el año pasado': the
        # change of what the count before counted, as fully as it was named)
        target = _no_place_tail(figure.earlier_count)
    if not es and target and figure.earlier_money and _flow_pointer(target, verb_words):
        target = _no_place_tail(figure.earlier_money)  # "inflows rose 1.4 percent"
    # Only a change the sentence points back at ('The decline', 'La disminución'); a bare
    # 'Growth slowed to 2 percent' names its own measure.
    change_noun = _CHANGE_NOUN.fullmatch(target) if _CHANGE_POINTER.match(sentence) else None
    if change_noun:
        # "The decline, of 7.7 percent, ...", "La disminución, del 7,7 por ciento": the change
        # of what was counted before, named by the text's own noun.
        of = " de" if es else " in"
        word = change_noun.group("n").lower() + of
    if (
        not target
        or change_noun
        or _DEMONSTRATIVE.match(target)
        or (es and target.lower().startswith(("lo que ", "lo cual ")))
    ):
        # "That is up 10 percent": the change of what was counted before, as fully as named.
        counted = _no_place_tail(figure.earlier_count or "")
        earlier = _no_place_tail(figure.earlier_subject or "")
        if (
            earlier
            and not counted
            and len(earlier.split()) <= 5
            and not CHANGE_LEAD_ES.match(earlier)
            and not earlier.startswith(
                ("proporción ", "tasa ", "share of ", "increase in ", "fall in ", "change in ")
            )
            and (es or figure.earlier_money)
        ):
            # "Las exportaciones de cardamomo generaron US$620 millones, un 15 % menos": the
            # change of the measure named before, as fully as named ('exportaciones de
            # cardamomo', not its head alone).
            counted = earlier
        head = figure.earlier_subject_head
        if not counted and head.lower() in ("share", "proportion", "proporción", "porcentaje"):
            # "29 percent of the population in 2023, up 1.5 percentage points": a bare 'share'
            # says nothing; the change is of the whole share named before.
            whole_share = _no_place_tail(figure.earlier_subject or "")
            if len(whole_share.split()) <= 8:
                head = whole_share
        target = counted or head or figure.earlier_unit or whole()
    if not target:
        return None
    if forecast is not None:
        noun = forecast.group("n").lower()
        head = target.split(maxsplit=1)[0]
        if target.lower().startswith(f"{noun} "):
            # ('proyecta un crecimiento de 3,5 %' after 'la economía creció': not 'crecimiento de
            # crecimiento de economía')
            return with_place(_tidy(target), figure.place, lang)
        if (
            target.lower() == noun
            or head.lower() in _FORECASTERS_ES
            # (a name: 'Banguat', even where the phrase was lower-cased)
            or (
                len(target.split()) == 1
                and f" {target[:1].upper()}{target[1:]}" in sentence
                and not is_place(target)
            )
        ):
            # "El Banguat mantiene su proyección de crecimiento de 3,5 %": the change forecast is
            # of what changed before ('crecimiento de economía'), not of who forecasts it.
            foreseen = f"{noun} {'previsto' if noun in ('crecimiento', 'aumento') else 'prevista'}"
            earlier = _no_place_tail(figure.earlier_subject or "")
            if earlier.lower().startswith(f"{noun} "):
                return with_place(f"{foreseen} {earlier[len(noun) + 1 :]}", figure.place, lang)
            return with_place(foreseen, figure.place, lang)
    if (
        not es
        and not change_noun
        and (kinded := _KINDED_GROWTH_EN.fullmatch(target)) is not None
        and word.split()[0] in ("growth", "increase")
    ):
        # ("had expected quarterly growth of 0.8 percent": the growth named, not 'growth of
        # quarterly growth')
        return with_place(kinded.group(0), figure.place, lang)
    bare = _CHANGE_NOUN.fullmatch(target) if not es and not change_noun else None
    if bare is not None and not bare.group(0).lower().startswith(("the ", "this ", "that ")):
        # "Over the past five years, growth averaged 2.1 percent": the change is the measure
        # ('growth of growth' says nothing); the one named before, when it is of the same kind.
        earlier = figure.earlier_subject or ""
        if bare.group("n").lower() in earlier.lower():
            return earlier
        return with_place(target, figure.place, lang)
    exceeded = (
        _EXCEEDS_BY_ES.search(sentence, max(0, figure.value_start - 30), figure.value_start)
        if es and word in ("cambio de", "aumento de")
        else None
    )
    if exceeded is not None:
        other = _EXCEEDED_ES.match(sentence, figure.tail_end)
        rest = other.group("np").strip() if other is not None else ""
        if not rest or _TIME_COMPARED_ES.search(rest):
            # ('Las exportaciones superan en 15 % las del año pasado': a rise)
            word = "aumento de"
        else:
            # ('El banano supera en 15 % al café', '... en 40 % a la de Guatemala': how much
            # one exceeds the other, not a change of the first)
            pair = f"{_strip_place_words(target)} y {rest}"
            return with_place(_tidy(f"diferencia entre {pair}"), figure.place, lang)
    changed_target = _strip_place_words(target)
    if es and changed_target.startswith(("su ", "sus ")):
        # ('recortó su tasa de referencia en 25 puntos básicos': the rate, not 'su tasa')
        changed_target = changed_target.split(None, 1)[1]
    if (
        not es
        and figure.earlier_subject
        and ", " in sentence[: figure.value_start]
        and (
            not _tidy(changed_target)
            or is_place(_tidy(changed_target))
            # ("some 1.2 million people were infected in 2019, an increase of 488 percent":
            # the change of the people infected, as the count before named them, not of
            # 'people')
            or _no_place_tail(figure.earlier_subject)
            .lower()
            .startswith(f"{_tidy(changed_target).lower()} ")
        )
    ):
        # "Ohio recorded 40,102 violent crimes in 2022, compared with 35,408 in 2019, an
        # increase of about 13 percent": a change set after a place's count is the change of
        # what was counted, not of the place.
        earlier = _no_place_tail(figure.earlier_subject)
        if earlier and not earlier.startswith(
            ("increase in ", "fall in ", "change in ", "share of ")
        ):
            return with_place(_tidy(f"{word} {earlier}"), figure.place, lang)
    return with_place(_tidy(f"{word} {changed_target}"), figure.place, lang)


# A change someone forecasts ('su proyección de crecimiento de', 'prevé un crecimiento de
# entre 3,5 % y'): the figure is of what changes, not of who forecasts it.
_FORECAST_CHANGE_ES: Final = compiled(
    r"\b(?:proyecci[oó]n|previsi[oó]n|estimaci[oó]n|pron[oó]stico|proyecta|proyectan|prevé|"
    r"prevén|estima|estiman|pronostica|pronostican|espera|esperan|calcula|calculan)\s+"
    r"(?:(?:de|del|un|una|el|la|su)\s+)*(?P<n>crecimiento|caída|aumento|alza|reducción|"
    r"disminución|inflación|contracción)\s+(?:(?:de|del|entre|el|un)\s+)*"
    r"(?:[\d.,]+\s*(?:%|por\s+ciento)\s+y\s+(?:el\s+|un\s+)?)?$",
    re.IGNORECASE,
)
_FORECAST_STEMS_ES: Final = (
    "proyec",
    "previ",
    "prevé",
    "prevén",
    "estima",
    "pronóst",
    "pronostic",
    "esper",
    "calcul",
)
# Who forecasts a change ('el banco', 'el organismo'): not what changes.
_FORECASTERS_ES: Final = word_set(
    """banco banca organismo gobierno ministerio institución entidad fondo instituto comisión
    consejo junta secretaría cepal fmi bid"""
)
# A verb that brings its object to the figure: 'raised the minimum wage to', 'will raise its
# daily minimum wage by 13 percent in 2026, to' (the object: group 'o').
_SET_TO_EN: Final = compiled(
    r"\b(?:raised?|raises|raising|increased?|increases|increasing|lifted|lifts?|lowered|lowers?|"
    r"cut|cuts|reduced?|reduces|boosted|boosts?|hiked?|hikes)\s+"
    # ("the price of 92-octane gasoline": a number joined to a word is part of a name)
    r"(?:(?:its|their|his|her|our|the)\s+)?(?P<o>[^\W\d](?:[^,;:\d]|\d+(?=-[^\W\d])){1,50}?)"
    r"(?:\s+by\s+[^;:]{1,40}?)?,?\s+to\s+$",
    re.IGNORECASE,
)
# A verb that changes its object by the figure: 'reduced homicides by', 'cut its budget by',
# (Spanish: words.CHANGED_OBJECT_ES; the object: group 'o').
_CHANGED_OBJECT_EN: Final = compiled(
    r"\b(?:(?P<down>reduced?|reducing|cut(?:ting|s)?|lowered?|lowering|slashed|slashing|trimmed|"
    r"trimming|decreased?)|raised?|raising|increased?|increasing|boosted|boosting)\s+"
    r"(?:(?:its|their|his|her|our|the)\s+)?(?P<o>[^\W\d](?:[^,;:\d]|\d+(?=-[^\W\d])){1,50}?)"
    r"\s+by\s+"
    r"(?:(?:about|nearly|almost|roughly|some|around|more\s+than|over|at\s+least|up\s+to)\s+)?$",
    re.IGNORECASE,
)
# 'supera en 15 %', 'superan en un 20 %': the figure is how much one thing exceeds another.
_EXCEEDS_BY_ES: Final = compiled(
    r"\b(?:supera|superan|superó|superaron|superaba|superaban|rebasa|rebasan|rebasó|rebasaron|"
    r"excede|exceden|excedió|excedieron)\s+en\s+(?:un\s+|el\s+)?$",
    re.IGNORECASE,
)
# A figure in a relative clause of a thing that did something to it: "a la sequía que afectó
# a unas 3.500 hectáreas", "la tormenta que dejó 45 muertos".
_RELATIVE_DOER_ES: Final = compiled(
    r"\b(?P<np>(?:la|el|las|los)\s+[^\W\d]{3,}(?:\s+(?:de|del)\s+[^\W\d]{3,})?)\s+"
    r"(?P<que>que)\s+(?P<v>[^\W\d]{3,}(?:ó|aron|ió|ieron))\s+(?:a\s+)?"
    r"(?:(?:unas|unos|casi|más\s+de|cerca\s+de|al\s+menos|alrededor\s+de)\s+)?$",
    re.IGNORECASE,
)
# A dangling 'a' or 'al' left where what is exceeded was cut off the subject.
_TO_TAIL_ES: Final = compiled(r"\s+(?:a|al)$", re.IGNORECASE)
# What is exceeded, after the figure ('% al café como producto', '% a la de Guatemala').
_EXCEEDED_ES: Final = compiled(
    r"[\s%]*(?:por\s+ciento\s+)?(?:a\s+(?=(?:la|las|los|el)\s)|al\s+|a\s+|(?=(?:la|las|los|el)\s))"
    r"(?P<np>[^,;:.()]{2,60}?)(?=\s+(?:como|en|durante|según|de\s+acuerdo)\b|[,;:.()]|$)",
    re.IGNORECASE,
)
# ('las del año pasado', 'a la registrada la semana anterior', 'al presupuesto vigente': the
# same thing at another time)
_TIME_COMPARED_ES: Final = compiled(
    r"\b(?:año|mes|semana|período|periodo|semestre|trimestre|anterior|pasad[oa]s?|previo|"
    r"vigente|\d{4}|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre)\b",
    re.IGNORECASE,
)


# ', 11 percent more than a year earlier': a comparison set after the figure before.
_APPOSED_COMPARED_EN: Final = compiled(
    r",\s+(?:(?:about|nearly|almost|roughly|some|around|more\s+than|over|just)\s+)?$"
)
_MORE_THAN_AFTER_EN: Final = compiled(
    r"\s*(?:more|less|fewer|higher|lower|greater|smaller)\s+than\b", re.IGNORECASE
)
_APPOSED_COMPARED_ES: Final = compiled(
    r",\s+(?:(?:unos|unas|casi|alrededor\s+de|cerca\s+de|más\s+de|un|una)\s+)?$"
)
_MORE_AFTER_ES: Final = compiled(r"\s+(más|menos)\s+(?:que|de\s+lo\s+que|respecto|frente)\b", re.I)
# A relative clause that holds the figure: ', que avanzó un 18 %' (no comma after 'que').
_RELATIVE_ES: Final = compiled(r",\s+(?:que|quienes|quien)\s+(?=[^,;:]*$)", re.IGNORECASE)
_RELATIVE_WHO_EN: Final = compiled(r",\s+who\s+(?=[^,;:]*$)")
_PRESENT_CHANGE_ES: Final = compiled(
    r"\s+(aumenta|aumentan|crece|crecen|sube|suben|cae|caen|baja|bajan|disminuye|disminuyen)$",
    re.IGNORECASE,
)
_CHANGE_NOUNS_ES: Final = (
    r"(?P<n>aumento|incremento|reducción|disminución|caída|alza|baja|descenso|crecimiento|"
    r"variación|subida|suba(?!\w)|bajada|repunte|retroceso)"
)
# 'un aumento en las denuncias de 23 %': the change, what changed, then the figure.
_CHANGED_BEFORE: Final = compiled(
    rf"\b{_CHANGE_NOUNS_ES}\s+(?:en|de)\s+(?P<np>(?:l[oa]s?\s+|el\s+)?[^\W\d][^\d,;:()]{{2,60}}?)"
    r"\s+(?:de|del)\s+(?:un\s+|el\s+)?$",
    re.IGNORECASE,
)
# ', una reducción de 4,8 %', ', lo que representa un aumento del 9 %', ', un 12 % más': a
# change set after the figure before, in apposition to it.
_APPOSED_CHANGE_ES: Final = compiled(
    r",\s+(?:(?:lo\s+que|lo\s+cual)\s+(?:representa|significa|supone|implica|equivale\s+a)\s+)?"
    r"(?:un|una)\s+(?:(?:aumento|incremento|reducción|disminución|caída|alza|baja|descenso|"
    r"crecimiento|variación|subida|suba(?!\w)|bajada|repunte|retroceso)(?:\s+interanual)?\s+(?:de|del)\s+)?"
    # (', un aumento de apenas el 2,5 %': a tone word and an article before the figure)
    r"(?:(?:apenas|solo|sólo)\s+)?(?:un\s+|el\s+)?$"
)
# 'una reducción de 4,6 % en los ingresos ...': the change and the figure, then what changed.
_CHANGE_BEFORE: Final = compiled(
    rf"\b{_CHANGE_NOUNS_ES}\s+(?:de|del)\s+(?:(?:apenas|solo|sólo)\s+)?(?:un\s+|el\s+)?$", re.I
)
_CHANGED_STOP: Final = word_set(
    "respecto frente comparación relación con que hasta durante según desde entre para lo "
    "comparado sobre"
)


# What follows 'en' after a change to say how it is measured ('en términos anuales', 'en
# términos reales', 'en comparación con'), not what changed.
_HOW_MEASURED_ES: Final = word_set("términos comparación relación promedio")


def _changed_np(sentence: str, figure: SubjectInput, after_words: list[str]) -> tuple[str, str]:
    """What a Spanish change noun says changed, and the noun (('', '') when the text names it
    nowhere near)."""
    start = max(0, figure.value_start - 100)
    before = _CHANGED_BEFORE.search(sentence, start, figure.value_start)
    change = None
    if before:
        words = before.group("np").split()
        noun = before.group("n")
    elif len(after_words) > 1 and after_words[0].lower() in ("en", "de", "del", "al"):
        if after_words[1].lower() in _HOW_MEASURED_ES:
            return "", ""  # ('un alza de 3,4 % en términos anuales': how, not what, changed)
        change = _CHANGE_BEFORE.search(sentence, start, figure.value_start)
        if change is None:
            return "", ""
        words, noun = after_words[1:], change.group("n")
    else:
        return "", ""
    kept: list[str] = []
    for index, word in enumerate(words):
        if word.lower() in _CHANGED_STOP or _is_verb(
            word, "es", words[index - 1] if index else None
        ):
            break
        kept.append(word)
    phrase = _noun_phrase(kept, "es")
    if not phrase or is_place(phrase) or len(phrase.split()) > 8:
        return "", ""
    return phrase, noun.lower()


_OWNING_VERBS: Final = word_set(
    """tiene tienen tenía tenían tendrá tendrán recibió recibieron recibe reciben recibirá
    recibirán contará contarán cuenta cuentan obtuvo obtendrá has have had will receive receives
    received gets got made posted ran booked recorded reported logged incurred suffered"""
)


def _owner(sentence: str, own_np: str, verb_words: list[str], lang: str) -> str:
    """'del Ministerio de Gobernación' when that subject has or receives what follows, else ''."""
    if not own_np or not verb_words or is_place(own_np) or own_np.lower() in _PRONOUN_SUBJECTS:
        return ""
    verbs = [w.lower() for w in verb_words[:3]]
    if not any(v in _OWNING_VERBS for v in verbs):
        return ""
    if lang != "es":
        return (
            f"of the {own_np}"
            if re.search(rf"\bthe\s+{re.escape(own_np)}", sentence, re.I)
            else f"of {own_np}"
        )
    article = re.search(rf"\b(el|la|los|las)\s+{re.escape(own_np)}", sentence, re.IGNORECASE)
    word = article.group(1).lower() if article else ""
    return _OF_ARTICLE_ES.get(word, "de") + f" {own_np}"


def _short_name(name: str, sentence: str, lang: str) -> str:
    """'Superintendencia de Administración Tributaria SAT' -> 'la SAT': an organisation by the
    acronym the text gives it in parentheses, with the article it takes (else as it is)."""
    words = name.split()
    last = words[-1] if words else ""
    if len(words) < 3 or not (last.isalpha() and last.isupper()) or f"({last})" not in sentence:
        return name
    if lang != "es":
        return last
    article = re.search(rf"\b(el|la|los|las)\s+{re.escape(words[0])}", sentence, re.IGNORECASE)
    return f"{article.group(1).lower()} {last}" if article else last


# The conjunction a contrasting clause follows ('..., mientras que en la zona rural ...').
_CONTRAST_BEFORE: Final = compiled(r"(?:mientras|pero|aunque|\by)\s*$", re.IGNORECASE)


def _contrasted_setting(subj_words: list[str]) -> str:
    """'que en la zona rural' (before 'se ubicó en') -> 'la zona rural': a Spanish clause whose
    only words before the verb are a setting (not a place, which is read as the place)."""
    words = subj_words[1:] if subj_words and subj_words[0].lower() == "que" else subj_words
    if len(words) < 2 or words[0].lower() != "en":
        return ""
    if any(w.lower() in _DETERMINERS for w in words[2:]):
        return ""  # ('en Lectura la proporción': a noun of its own)
    phrase = _tidy(" ".join(words[1:]))
    bare = _noun_phrase(phrase.split(), "es")
    if not bare or is_place(bare) or bare[:1].isupper():
        return ""
    return phrase


# The words that may stand between a verb and its figure when the verb names no measure of its
# own ('reportó 2,3 %', 'registró un 4 %', 'se situó en el 7 %').
_BARE_GAP_ES: Final = word_set(
    "un una el la en de del a al unos unas casi cerca alrededor apenas solo"
)


def _contrasted_earlier_es(
    subj_words: list[str], figure: SubjectInput, contrast: str, first_measure: str
) -> str:
    """'..., mientras que en Lima Metropolitana se ubicó en 57,2 %', '..., mientras que en Petén
    la cifra llega a 2.870': a clause after a figure of the same sentence whose only words before
    the verb are where (a place, or a setting the sentence's opening cannot name the measure
    for) and at most a bare pointer ('la cifra'): the measure of the figure before, there."""
    words = subj_words[1:] if subj_words[0] == "que" else subj_words
    if len(words) < 2 or words[0] != "en":
        return ""
    cut = next(
        (i for i in range(2, len(words)) if words[i].lower() in ("el", "la", "los", "las")),
        len(words),
    )
    pointer = " ".join(words[cut + 1 :]).lower()
    if pointer and pointer not in _SAME_POINTERS_ES:
        return ""
    setting = _tidy(" ".join(words[1:cut]))
    bare = setting.split(None, 1)[-1] if setting.split()[0].lower() in _DETERMINERS else setting
    if not bare:
        return ""
    measure = _moved_measure_es(figure.earlier_subject or "")
    if is_place(bare):
        return f"{measure} en {bare}" if measure else ""
    shown = first_measure.split()
    if (
        not pointer
        and contrast
        and shown
        and _no_place_tail(first_measure).lower() not in _SAME_POINTERS_ES
        and not any(w.lower() in _DETERMINERS for w in shown[1:])
    ):
        return ""  # (the sentence's opening names the measure: the setting rule below)
    if not measure or measure.lower() in _SAME_POINTERS_ES:
        return ""
    return with_place(f"{measure} en {setting}", figure.place, "es")


# "muy por debajo del 95 % que recomienda la OPS": a value a source sets as a reference, right
# after the figure (its unit words may stand between); read at the figure's tail only.
REFERENCE_AFTER_ES: Final = compiled(
    r"\s*(?:%|por\s+ciento)?\s*,?\s*que\s+(?P<v>recomienda|fija|establece|exige|sugiere|"
    r"estipula|propone|plantea|marca|considera|señala)n?\s+(?P<x>(?:la|el|los|las)\s+"
    r"[^\W\d_][^,.;:]*?)\s*(?=[,.;:]|\s+(?:para|como|en|y)\s|$)"
)
_REFERENCE_PARTICIPLES_ES: Final = {
    "recomienda": "recomendado", "fija": "fijado", "establece": "establecido",
    "exige": "exigido", "sugiere": "sugerido", "estipula": "estipulado",
    "propone": "propuesto", "plantea": "planteado", "marca": "marcado",
    "considera": "considerado", "señala": "señalado",
}  # fmt: skip
_NAMED_BY_ACRONYM_ES: Final = compiled(r"^(?P<a>la|el|los|las)\s+.*\((?P<acr>[A-ZÁÉÍÓÚÑ]{2,10})\)$")
_OF_PLACE_TAIL_ES: Final = compiled(r"\s+(?:de|del)\s+(?P<p>[A-ZÁÉÍÓÚ][\w\s'’.-]*)$")


def reference_subject_es(subject: str, verb: str, source: str) -> str:
    """'cobertura de vacunación en Bolivia', 'recomienda', 'la Organización Panamericana de la
    Salud (OPS)' -> 'cobertura de vacunación recomendada por la OPS': the measure a value
    compared with is set for, by whom; not where or among whom the measured value was."""
    measure = _no_place_tail(subject).partition(" entre ")[0]
    of_place = _OF_PLACE_TAIL_ES.search(measure)
    if of_place is not None and is_place(of_place.group("p")):
        measure = measure[: of_place.start()]  # ('gasto en salud de El Salvador')
    named = _NAMED_BY_ACRONYM_ES.match(source)
    by = f"{named.group('a')} {named.group('acr')}" if named is not None else source
    participle = _agree(_REFERENCE_PARTICIPLES_ES[verb.lower()], measure)
    return f"{measure} {participle} por {by}".strip()


_OWNER_ES: Final = compiled(r"\s(?:de|del)\s+(?:(?:la|las|los|el)\s+)?(?P<w>[^\W\d_]+)")


def _without_owner_es(measure: str) -> str:
    """'tasa de desempleo de los jóvenes' -> 'tasa de desempleo', 'presupuesto del Ministerio de
    Salud' -> 'presupuesto': the measure without whose it is, which 'la de los adultos', 'el del
    Ministerio de la Defensa' replaces (a named owner from its first word; else the last 'de')."""
    owners = list(_OWNER_ES.finditer(measure))
    if not owners:
        return ""
    named = next((m for m in owners if m.group("w")[0].isupper()), None)
    cut = named if named is not None else owners[-1]
    return measure[: cut.start()] if len(owners) > 1 or named is not None else ""


# 'la mayor tasa de desnutrición crónica de la región, con ', 'la tasa de homicidios más alta
# del país, con ': the measure a place leads (or trails) in, right before its figure.
_SUPERLATIVE_MEASURE_ES: Final = compiled(
    r"\b(?:la|el)\s+(?:(?:mayor|menor|más\s+alt[ao]|más\s+baj[ao])\s+"
    r"(?P<m1>(?:tasa|proporción|índice|porcentaje|nivel|incidencia|prevalencia|cobertura)"
    r"(?:\s+de\s+[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+)?)?)|"
    r"(?P<m2>(?:tasa|proporción|índice|porcentaje|nivel|incidencia|prevalencia|cobertura)"
    r"(?:\s+de\s+[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+)?)?)\s+más\s+(?:alt[ao]|baj[ao]))"
    r"(?:\s+(?:de|del|en)\s+(?:la\s+)?[\w\s]{2,30}?)?\s*,\s*con\s+$"
    # ('ocupa el tercer lugar en la región en tasa de desnutrición crónica infantil, con')
    r"|\bocup\w+\s+el\s+\w+\s+(?:lugar|puesto)(?:\s+(?:de|en)\s+(?:la\s+|el\s+)?[\w\s]{2,30}?)?"
    r"\s+en\s+(?:la\s+|el\s+)?(?P<m3>(?:tasa|proporción|índice|porcentaje|nivel|incidencia|"
    r"prevalencia|cobertura)(?:\s+de\s+[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,2})?)\s*,\s*con\s+$"
)
# 'en el nivel básico, donde alcanzó el ' right before a figure: the level a measure reached
# in the setting named before 'donde' (the last 'en'/'entre' phrase of the clause).
_WHERE_LEVEL_ES: Final = compiled(
    r"\b(?P<set>(?:en|entre)\s+(?:(?!\b(?:en|entre)\s)[^,;:\d]){2,50}?),\s+donde\s+(?:se\s+)?"
    r"(?:alcanzó|alcanza|alcanzaba|llegó|llega|llegaba|ubicó|ubica|situó|sitúa|fue|es|era|"
    r"subió|sube|elevó|eleva|ascendió|asciende|rondó|ronda)"
    r"(?:\s+(?:a|al|de|del|en|hasta))?(?:\s+(?:el|la))?\s+$"
)
# 'La deserción fue', 'La tasa de pobreza es': the measure a Spanish sentence opens with.
_OPENING_MEASURE_ES: Final = compiled(
    r"(?:El|La|Los|Las)\s+(?P<np>[a-záéíóúñ]{4,}(?:\s+(?:(?:de|del)\s+(?:la\s+|los\s+|las\s+)?)?"
    r"[a-záéíóúñ]{3,}){0,3})\s+(?:fue|fueron|es|son|era|eran|resultó|resultaron|se\s+mantuvo|"
    r"se\s+concentra|se\s+concentró|sigue|siguió)\b"
)
# 'El exceso de velocidad fue la causa de ' right before a share: what caused the things after it.
_CAUSE_OF_ES: Final = compiled(
    r"(?:^|(?<=[,;:]\s))(?P<x>(?:El|La|Los|Las|el|la|los|las)\s+[^,;:\d]{3,60}?)\s+"
    r"(?:fue|es|fueron|son|era|eran)\s+(?:la\s+)?(?:principal\s+)?causa\s+(?:principal\s+)?"
    r"(?:de|del)\s+(?:(?:el|la|los|las)\s+)?$"
)
# '4 de cada 10 accidentes fatales', '30 % de las muertes': the things a share is of.
_CAUSED_THINGS_ES: Final = compiled(
    r"\S+(?:\s+de\s+cada\s+\S+|\s*%|\s+por\s+ciento)\s+(?:de\s+)?(?:los\s+|las\s+)?"
    r"(?P<y>[a-záéíóúñ]{3,}(?:\s+(?!en\b|de\b|que\b|durante\b|según\b)[a-záéíóúñ]{3,}){0,2})"
    r"(?=\s*[,;:.]|\s*$|\s+(?:en|de|que|durante|según)\b)"
)
_RANGE_NOUN_ES: Final = compiled(r"\b(?:rango|margen|intervalo|banda|horquilla)\b")
# 'del rango meta del BCRP, de entre ' (and '... 1 % y '): the range two bounds are of.
_RANGE_OF_ES: Final = compiled(
    r"\b(?:el|la|del|al)\s+(?P<np>(?:rango|margen|intervalo|banda|horquilla)\b[^,;:\d]{0,80}?)"
    r"\s*,\s+(?:de\s+)?entre\s+(?:el\s+)?(?:[\d.,]+\s*(?:%|por\s+ciento)\s+y\s+(?:el\s+)?)?$"
)
# 'su capacidad es de ' right before a figure: a measure of what the sentence opens with.
_ITS_MEASURE_ES: Final = compiled(
    r"\bsu\s+(?P<m>capacidad|población|presupuesto|deuda|superficie|extensión|plantilla)\s+"
    r"(?:es|era|fue|será|asciende|ascendía|alcanza|alcanzaba)\s+(?:de|a)\s+$",
    re.IGNORECASE,
)
# 'el frijol rojo fue el producto con mayor alza, un ': the item that changed most, and how.
_TOP_CHANGE_ES: Final = compiled(
    r"\b(?P<np>(?:el|la|los|las)\s+[^,;:\d]{2,50}?)\s+(?:fue|fueron|es|son)\s+(?:el|la|los|las)\s+"
    r"[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+)?\s+con\s+(?:la\s+|el\s+)?(?:mayor|menor)\s+"
    r"(?P<ch>alza|aumento|incremento|subida|suba(?!\w)|caída|baja|descenso|disminución|reducción|"
    r"crecimiento|variación)\s*,\s+(?:de\s+)?(?:un|una|del|el)?\s*$",
    re.IGNORECASE,
)


def _of_es(phrase: str) -> str:
    """'el centro La Reforma' -> 'del centro La Reforma'; 'la ciudad' -> 'de la ciudad'."""
    if phrase[:3].lower() == "el ":
        return f"del {phrase[3:]}"
    return f"de {phrase}"


def _opening_owner_es(sentence: str, end: int) -> str:
    """The noun phrase a Spanish sentence opens with, with its article, up to its first verb
    ('El centro penitenciario La Reforma alberga ...'); '' when it opens otherwise."""
    words = sentence[:end].split()
    if not words or words[0] not in ("El", "La", "Los", "Las"):
        return ""
    for index in range(1, min(len(words), 8)):
        word = words[index].strip(",;:")
        if word != words[index] or any(ch.isdigit() for ch in word):
            return ""
        previous = words[index - 1]
        if _is_verb(word, "es", previous) or (
            word[:1].islower() and previous[:1].isupper() and index > 1
        ):
            # (a verb, or a lower-case word after the name: 'La Reforma alberga')
            return " ".join([words[0].lower(), *words[1:index]]) if index > 1 else ""
        if word in ("a", "al", "el", "la", "los", "las", "unos", "unas") and index > 2:
            # ('El penal alberga a ...': the word before the object is the verb)
            return " ".join([words[0].lower(), *words[1 : index - 1]])
    return ""


# 'la mayor cantidad de casos sin resolver, con ': what a place counts most (or fewest) of.
_MOST_OF_ES: Final = compiled(
    r"\b(?:la|el)\s+(?:mayor|menor)\s+(?:cantidad|número)\s+de\s+"
    r"(?P<m>[^\W\d_][^,;:()\d]{1,60}?)\s*,\s*con\s+$",
    re.IGNORECASE,
)
# ' y Limón, ' right before a figure: the name that labels a gapped figure.
_GAPPED_NAME_ES: Final = compiled(
    r"\s(?:y|e)\s+(?P<p>[A-ZÁÉÍÓÚ][\w'’.-]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚ][\w'’.-]+){0,3}),\s+$"
)
# 'en el mismo grupo de edad', 'entre la misma población': a group named before, pointed at.
_SAME_GROUP_ES: Final = compiled(
    r"\s(?:en|entre|de|para)\s+(?:el|la|los|las)\s+mism[oa]s?\s+(?:grupo|rango|segmento|"
    r"población|franja|sector|tipo)\b"
)
# 'Estos representan el 15 %': verbs by which what was counted stands for a share.
_STANDS_FOR_ES: Final = word_set(
    "representan representa equivalen equivale suponen supone constituyen"
)
_THEY_ES: Final = frozenset(("", "ellos", "ellas", "estos", "estas", "esos", "esas", "esa cifra"))
# The heads of an organisation's name ('Ministerio de Salud', 'Secretaría de Educación').
_ORG_HEADS_ES: Final = word_set(
    "ministerio secretaría organismo instituto municipalidad alcaldía universidad policía "
    "fiscalía procuraduría superintendencia dirección comisión consejo tribunal corte congreso "
    "gobierno ejército hospital programa fondo registro servicio sistema"
)
# 'ejecutó', 'recibirá', 'contará con', 'solicitó un presupuesto de': what an organisation does
# with an amount of money right before it, and the measure that makes of it.
_ORG_MONEY_VERB_ES: Final = compiled(
    r"\b(?P<v>ejecut|recib|contar|cuent|contó|dispon|dispuso|dispondr|gast|invirti|invert|"
    r"solicit|pidi|ped|administr|maneja|manej)[a-záéíóúñ]*\s+(?:con\s+|de\s+)?"
    r"(?:(?:un|una|el|la)\s+(?:presupuesto|monto|total|asignación)\s+de\s+)?"
    r"(?:(?:unos|unas|casi|más\s+de|menos\s+de|alrededor\s+de)\s+)?$",
    re.IGNORECASE,
)
_ORG_MONEY_MEASURES_ES: Final = (
    ("ejecut", "presupuesto ejecutado por"),
    ("gast", "gasto de"),
    ("invirti", "inversión de"),
    ("invert", "inversión de"),
    ("solicit", "presupuesto solicitado por"),
    ("pidi", "presupuesto solicitado por"),
    ("ped", "presupuesto solicitado por"),
)


def _money_of_organisation_es(sentence: str, figure: SubjectInput, subject: str) -> str:
    """'La Secretaría de Educación ejecutó 18.500 millones' -> 'presupuesto ejecutado por la
    Secretaría de Educación'; 'el Ministerio de Salud contará con Q15.300 millones' ->
    'presupuesto del Ministerio de Salud': the money is the organisation's budget, what it did
    with it as the verb says; not the organisation itself ('ministerio de Salud')."""
    verb = _ORG_MONEY_VERB_ES.search(sentence, max(0, figure.value_start - 60), figure.value_start)
    if verb is None:
        return ""
    org = _no_place_tail(subject)
    at = lower(sentence).find(lower(org))
    if at == -1 or at + len(org) > verb.start():
        return ""  # (the organisation is named before the verb, as the one who acts)
    name = sentence[at : at + len(org)]
    name = name[:1].upper() + name[1:]
    stem = verb.group("v").lower()
    measure = next((m for lead, m in _ORG_MONEY_MEASURES_ES if stem.startswith(lead)), "")
    head = org.split(None, 1)[0].lower()
    article = _article_es(head)
    if measure.endswith(" por"):
        phrase = f"{measure} {article} {name}"
    else:
        measure = measure or "presupuesto de"
        of = "del" if article == "el" else f"de {article}"
        phrase = f"{measure[: -len(' de')]} {of} {name}"
    return with_place(phrase, figure.place, "es")


# The organisation a budget is for: 'aprobó para la Policía Nacional Civil (PNC) un
# presupuesto de Q6.120 millones', 'un presupuesto de Q6.120 millones para el Ministerio de
# Salud'.
_ORG_NAME_ES: Final = (
    r"(?P<a>el|la)\s+(?P<o>[A-ZÁÉÍÓÚ]\w+(?:\s+(?:(?:de|del|la|las|los|y)\s+)*[A-ZÁÉÍÓÚ]\w+)*)"
    r"(?:\s*\([A-ZÁÉÍÓÚ]{2,}\))?"
)
_BUDGET_FOR_BEFORE_ES: Final = compiled(
    rf"\bpara\s+{_ORG_NAME_ES}\s*,?\s+(?:un|el)\s+presupuesto\s+(?:de\s+)?"
    r"(?:(?:unos|unas|casi|más\s+de|alrededor\s+de|hasta)\s+)?$"
)
_BUDGET_FOR_AFTER_ES: Final = compiled(rf"\s+para\s+{_ORG_NAME_ES}(?=[\s,.;]|$)")
_BUDGET_OF_BEFORE_ES: Final = compiled(
    r"\bpresupuesto\s+(?:de\s+)?(?:(?:unos|unas|casi|más\s+de|alrededor\s+de|hasta)\s+)?$"
)


def _budget_for_es(sentence: str, figure: SubjectInput) -> str:
    """'presupuesto de la Policía Nacional Civil' for a budget the sentence says is for an
    organisation (before or after the amount); '' otherwise."""
    lo = max(0, figure.value_start - 120)
    found = _BUDGET_FOR_BEFORE_ES.search(sentence, lo, figure.value_start)
    if found is None and _BUDGET_OF_BEFORE_ES.search(
        sentence, max(0, figure.value_start - 30), figure.value_start
    ):
        found = _BUDGET_FOR_AFTER_ES.match(sentence, figure.tail_end)
    if found is None:
        return ""
    name = found.group("o")
    if name.split(None, 1)[0].lower() not in _ORG_HEADS_ES:
        return ""
    of = "del" if found.group("a") == "el" else "de la"
    return with_place(f"presupuesto {of} {name}", figure.place, "es")


# A place named by the kind of division it is ('el departamento de Escuintla').
_PLACE_UNIT_ES: Final = compiled(
    r"(?:(?:el|la)\s+)?(?P<n>departamento|municipio|provincia|estado|región|ciudad|capital|"
    r"cantón|distrito|país)\s+de\s+(?P<p>[A-ZÁÉÍÓÚ][\w\s]*)",
    re.IGNORECASE,
)
_FEMININE_PLACE_UNITS_ES: Final = frozenset({"provincia", "región", "ciudad", "capital"})


def _place_agent(own_np: str, verb_words: list[str], place: str | None) -> str:
    """The place that is the subject of a Spanish verb before a share ('Bogotá concentra el
    20 %'), or ''. A present-tense verb the verb lists miss is the one lower-case word after
    the place."""
    if not own_np:
        return ""
    words = own_np.split()
    if verb_words and (_places_named(own_np) or own_np.lower() == (place or "").lower()):
        return own_np
    if verb_words and (unit := _PLACE_UNIT_ES.fullmatch(own_np)) and is_place(unit.group("p")):
        # ('El departamento de Escuintla concentró casi la mitad de los casos')
        noun = unit.group("n").lower()
        return f"{'la' if noun in _FEMININE_PLACE_UNITS_ES else 'el'} {noun} de {unit.group('p')}"
    name = " ".join(words[:-1])
    if (
        len(words) > 1
        and words[-1].isalpha()
        and words[-1].islower()
        and (_places_named(name) or name.lower() == (place or "").lower())
    ):
        return name
    return ""


def _places_named(name: str) -> bool:
    """Whether a name is a place, or two joined by 'y' ('Mixco y Villa Nueva')."""
    if " y " in name:
        return all(is_place(part) for part in name.split(" y "))
    return is_place(name)


# Verbs by which a place takes a share of what is sold ('Estados Unidos compró el 39 %'), by
# their stem, with the participle of each.
_BOUGHT_STEMS_ES: Final = (
    ("compr", "comprado"),
    ("import", "importado"),
    ("adquir", "adquirido"),
    ("adquier", "adquirido"),
    ("absorb", "absorbido"),
)
_BOUGHT_ENDINGS_ES: Final = ("ó", "aron", "a", "an", "ieron", "e", "en", "ió")


def _bought_by_place_es(own_np: str, verb_words: list[str], base: str, place: str | None) -> str:
    """'café comprado por Estados Unidos' for 'Estados Unidos compró el 39 % del café'; '' unless
    the place before the share buys it with a single verb."""
    verbs = [w.lower() for w in verb_words if w.lower() not in _AUX_ES | _SHARE_VERB_FILLER]
    agent = _place_agent(own_np, verb_words, place)
    if not verbs and agent and agent != own_np:
        verbs = [own_np.split()[-1].lower()]  # ('China importa el 60 %': a verb the lists miss)
    if len(verbs) != 1 or not agent or not base:
        return ""
    for stem, participle in _BOUGHT_STEMS_ES:
        if verbs[0].startswith(stem) and verbs[0][len(stem) :] in _BOUGHT_ENDINGS_ES:
            return f"{base} {_agree(participle, base)} por {agent}"
    return ""


_PRONOUNS_ES: Final = word_set("ellos ellas estos estas esos esas")
_POINTER_NOUNS: Final = word_set(
    "cifra total número cantidad monto suma figure total number amount"
)
_SHARE_VERBS: Final = word_set(
    """reached reaches represented represents accounted account accounts made make makes
    equaled equalled equals amounted amounts alcanzó alcanza alcanzaron alcanzan representó
    representa representan representaron equivale equivalen equivalió constituye constituyen
    constituyó afecta afectan afectaba afectó ubicó ubica llegó llega aportó aporta aportan
    aportaron situó sitúa situará situaría equivalía equivalían representaba representaban
    constituía constituían cerró cerraron cierra cierran cerrará stood stands closed ended
    alcanzará alcanzarán alcanzaría
    alcanzarían alcanzar llegará llegarán llegaría llegarían llegar representará representarán
    representaría representarían representar equivaldrá equivaldrán equivaldría equivaldrían
    equivaler cerraría cerrar"""
)
# The same verbs after a modal ('will reach 30 percent of GDP'); only for a share: 'expect
# inflation to reach 3.2 percent' is no share.
_SHARE_BASES_EN: Final = word_set("reach represent account amount make stand close end")
# Words that carry the verb of a forecast ('will reach', 'is expected to reach', 'podría
# alcanzar'): the verb is the word they carry.
_MODAL_WORDS: Final = word_set(
    """will would could may might should can shall is are was were be been being expected
    projected forecast seen likely set estimated podría podrían podrá podrán debería deberían
    puede pueden prevé espera esperan"""
)
# Wholes of which an amount is a share ('1.8% of GDP', 'el 12 % del presupuesto').
_AMOUNT_BASES: Final = word_set(
    """gdp pib budget presupuesto revenue revenues ingresos spending gasto output producción
    production exports exportaciones imports importaciones"""
)
# ' of them linked to drug trafficking' after a share (its words up to the clause's end).
_SHARE_OF_THEM_EN: Final = compiled(
    # (a hedge first: "about 70 percent of them linked to drug trafficking")
    r"(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|at\s+least|"
    r"an\s+estimated)\s+)?"
    r"(?:(?:a|one|two|three)\s+)?[^\s,;]+(?:\s*(?:%|percent|per\s+cent))?\s+of\s+them\s+(?P<rest>[^\W\d][^,;:.()\d]{1,70}?)\s*(?=[,;:.()]|$)"
)
# "Honduras spent 2.1 percent of GDP on security": the verb right before the share ...
_SPENT_SHARE_EN: Final = compiled(
    r"\b(?:spent|spends|spend|has\s+spent|have\s+spent|devoted|devotes|allocated|allocates)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|an\s+estimated|more\s+than|over|less\s+than|"
    r"only|just)\s+)?$"
)
# ... and what it went to, right after the base: " on security", " on public health".
_SPENT_ON_EN: Final = compiled(
    r"\s+(?:of\s+(?:its\s+|their\s+|the\s+)?(?:[a-z]+\s+){0,3}?(?:GDP|gross\s+domestic\s+product|"
    r"budget|output|spending)\s+)?(?:on|for)\s+(?P<np>(?!the\s+first\b)[a-z][a-z-]*(?:\s+(?:and\s+)?"
    r"(?!in\b|last\b|this\b|during\b|since\b|over\b)[a-z][a-z-]*){0,3})(?=[\s,.;:]|$)"
)
# "Crime and violence cost Latin America 3.4 percent of GDP": what costs, opening its clause,
# the verb, and whom it cost, right before the share.
_COST_SHARE_EN: Final = compiled(
    r"(?:^|[,;]\s+)(?P<np>[A-Z][a-z][^,;\d]{0,60}?)\s+(?:cost|costs|has\s+cost|have\s+cost)\s+"
    r"(?:[^,;\d]{1,60}?\s+)?(?:(?:about|around|roughly|nearly|almost|some|an\s+estimated|"
    r"more\s+than|over|up\s+to)\s+)?$"
)
_PART_LEADS_EN: Final = word_set("with without in from by under over aged at on for among")
# A share set off by a comma after a count and said by a phrase with a preposition: ',
# el 80 % con arma de fuego', ', 54 percent in urban areas'.
_APPOSED_SHARE_BEFORE: Final = {
    "es": compiled(
        r"\d[^,;:]*,\s+(?:(?:casi|más\s+de|cerca\s+del?|alrededor\s+del?)\s+)?(?:el\s+)?$"
    ),
    "en": compiled(r"\d[^,;:]*,\s+(?:(?:about|nearly|almost|some|around|over|more\s+than)\s+)?$"),
}
_APPOSED_SHARE_AFTER: Final = {
    "es": compiled(
        r"\s+(?P<rest>(?:con|sin|en|entre|menores|mayores)\s+[^\W\d][^,;:.()\d]{1,60}?)"
        r"\s*(?=[,;:.()]|$)"
    ),
    "en": compiled(
        r"\s+(?P<rest>(?:with|without|in|among|under|aged|from)\s+"
        r"[^\W\d][^,;:.()\d]{1,60}?)\s*(?=[,;:.()]|$)"
    ),
}


def _apposed_part(sentence: str, figure: SubjectInput, lang: str) -> str:
    """'con arma de fuego' for ', el 80 % con arma de fuego' after a count in the same clause
    ('' when the share is not set off so)."""
    key = "es" if lang == "es" else "en"
    if (
        "," not in sentence[max(0, figure.value_start - 24) : figure.value_start]
        or _APPOSED_SHARE_BEFORE[key].search(
            sentence, max(0, figure.value_start - 120), figure.value_start
        )
        is None
    ):
        return ""
    after = _APPOSED_SHARE_AFTER[key].match(sentence, figure.tail_end)
    return after.group("rest") if after is not None else ""


# An amount with its currency right before an opening bracket ('148.5 billion quetzals (').
_CONVERTED_BEFORE: Final = compiled(
    r"\d(?:[\d.,]*\d)?\s*(?:million|billion|trillion|millones|mil\s+millones|millón)?"
    r"\s*[^\W\d_]{0,20}\s*\($"
)
# A share before, then ', from' or ', down from' and the figure: its earlier level.
# ("41 percent of tenth-graders passed the test in 2019, down from": a year between)
_BASELINE_FROM_EN: Final = compiled(
    r"\d\s*(?:%|percent)(?:[^.;:\d]|\b(?:19|20)\d\d\b)*?,?\s+(?:(?:up|down)\s+)?from\s+$"
)
_SHARE_VERB_FILLER: Final = word_set("se up for to at a al el la los las the of de del en")
# Verbs by which a measure comes to a level ('Revenue reached 245 million').
_REACH_VERBS: Final = word_set(
    """reached reaches hit hits topped tops exceeded exceeds surpassed surpasses alcanzó
    alcanza alcanzaron superó supera"""
)
_BARE_SETTING_LEADS: Final = word_set("in during for over at en durante")
# What a budget's receivers get a share of ('a quarter of the funds', 'el 12 % del gasto').
_SHARED_MONEY: Final = word_set(
    """budget budgets funds funding spending expenditure money revenue revenues aid total
    presupuesto presupuestos fondos gasto recursos ingresos ayuda"""
)
# Verbs by which a part of a budget or fund goes to the one named before them.
_RECEIVE_VERBS: Final = word_set(
    """receives receive received gets got recibe reciben recibió recibieron recibirá recibirán
    lleva llevan llevó"""
)
# Verbs by which a Spanish measure comes to a level ('se redujo a', 'bajó al').
_LEVEL_VERBS_ES: Final = _SHARE_VERBS | word_set(
    """redujo redujeron bajó bajaron subió subieron aumentó aumentaron cayó cayeron creció
    crecieron descendió descendieron disminuyó disminuyeron pasó pasaron situó sitúa fue es
    era ubicó ubica ubicaron ubican mantuvo mantiene ronda rondan rondó rondaron rondaba
    rondaban"""
)
_POPULATION_BASE_ES: Final = compiled(
    r"(?:la\s+)?(?:población|hogares|personas|habitantes|familias|niños|niñas|trabajadores|"
    r"ocupados|adultos|jóvenes|mujeres|hombres)\b",
    re.IGNORECASE,
)


def _verb_core(verb_words: list[str]) -> list[str]:
    """The verb's own words, lower-cased, without the words around a share ('se', 'al', 'to')."""
    core = [w.lower() for w in verb_words if w.lower() not in _SHARE_VERB_FILLER]
    if len(core) > 1:
        carried = [word for word in core if word not in _MODAL_WORDS]
        if len(carried) == 1:
            return carried  # 'will reach', 'is expected to reach', 'podría alcanzar'
    return core


# What money is received or earned for, as 'por' names it bare ('recibió 5.363 millones de
# dólares por remesas', 'ingresaron 120 millones por exportaciones').
_EARNED_BY_ES: Final = word_set(
    "remesas exportaciones importaciones ventas turismo impuestos aranceles regalías intereses "
    "multas donaciones subsidios"
)


def _is_level_verb(verb_words: list[str]) -> bool:
    """Whether a Spanish verb only brings its subject to the share ('se redujo a', 'afectó al')."""
    core = _verb_core(verb_words)
    return len(core) == 1 and core[0] in _LEVEL_VERBS_ES


def _is_share_verb(verb_words: list[str]) -> bool:
    """Whether the verb only equates its subject with the share ('alcanzó el', 'accounted for')."""
    core = _verb_core(verb_words)
    return len(core) == 1 and (core[0] in _SHARE_VERBS or core[0] in _SHARE_BASES_EN)


def _is_level_verb_en(verb_words: list[str]) -> bool:
    """Whether an English verb brings its subject to a share ('narrowed to', 'rose to')."""
    # ("has risen to", "has tripled to": the auxiliary of a perfect is no verb of its own)
    core = [w for w in _verb_core(verb_words) if w not in _AUX_EN]
    return (
        len(core) == 1
        and (core[0] in _TO_LEVEL_VERBS_EN or core[0] in _MULTIPLIED_EN)
        and verb_words[-1].lower() == "to"
    )


_MULTIPLIED_EN: Final = word_set("doubled tripled trebled quadrupled halved")


# Verbs whose object is an amount of money, and the noun for that money.
# Verbs by which someone takes or sends money that is not theirs to count: 'cobraron',
# 'habrían robado', 'desviaron', 'enviaron' (the money is what they took, not who they are).
_TAKING_MONEY_ES: Final = compiled(
    r"(?:cobr|rob|defraud|desvi|malvers|envi|extorsion)(?:ó|aron|a|an|ado|aría|arían|ará|arán)"
)
_MONEY_NOUNS: Final = {
    "recaudó": "recaudación", "recaudaron": "recaudación", "recauda": "recaudación",
    "exportó": "exportaciones", "exportaron": "exportaciones", "importó": "importaciones",
    "importaron": "importaciones", "invirtió": "inversión", "invirtieron": "inversión",
    "gastó": "gasto", "gastaron": "gasto", "gasta": "gasto", "gastan": "gasto",
    "destinó": "fondos", "destinará": "fondos",
    "invertirá": "inversión", "invertirán": "inversión", "invierte": "inversión",
    "invierten": "inversión", "gastará": "gasto", "gastarán": "gasto", "recaudará": "recaudación",
    "exportará": "exportaciones", "importará": "importaciones",
    "necesita": "fondos necesarios", "necesitan": "fondos necesarios",
    "necesitará": "fondos necesarios", "necesitarán": "fondos necesarios",
    "requiere": "fondos necesarios", "requieren": "fondos necesarios",
    "requerirá": "fondos necesarios", "requerirán": "fondos necesarios",
    "pidió": "fondos solicitados", "solicitó": "fondos solicitados",
    "destinarán": "fondos", "asignó": "fondos", "asignará": "fondos", "asigna": "fondos",
    "asignan": "fondos", "destina": "fondos", "destinan": "fondos",
    "pagan": "pagos", "paga": "pagos", "pagó": "pagos", "pagaron": "pagos", "pagará": "pagos",
    "cuesta": "costo", "cuestan": "costo", "costó": "costo", "costaron": "costo",
    "costará": "costo", "costarán": "costo", "costaría": "costo", "costarían": "costo",
    "collected": "revenue", "exported": "exports",
    "imported": "imports", "invested": "investment", "spent": "spending",
}  # fmt: skip


_HABER_ES: Final = word_set("ha han había habían habría habrían")
_MONEY_PARTICIPLES_ES: Final = {
    "costado": "costo", "gastado": "gasto", "invertido": "inversión",
    "recaudado": "recaudación", "exportado": "exportaciones", "importado": "importaciones",
    "pagado": "pagos",
}  # fmt: skip


# ('afirmó en una entrevista radial que', 'dijo durante su informe que': where it was said
# may stand between the verb and 'que')
_THAT_AFTER_ES: Final = compiled(
    r"(?:\s+(?:en|durante|ante|tras)\s+(?:(?:una?|el|la|los|las|su|sus)\s+)?"
    r"[a-záéíóúñ]+(?:\s+(?:de\s+)?[a-záéíóúñ]+){0,2})?\s*,?\s*que\s+",
    re.IGNORECASE,
)


def _after_reported_that(
    sentence: str, lo: int, value_start: int, removed: list[tuple[int, int]]
) -> int:
    """'La Comisión Económica para América Latina y el Caribe (Cepal) estimó que la economía
    crecerá 3,5 %': where the reported clause starts when the source taken out ends with its
    reporting verb right before 'que' (whatever of a long name it left behind is no subject)."""
    for start, end in removed:
        if not lo <= start < end <= value_start:
            continue
        said = sentence[start:end].split()
        if said and said[-1].lower() in _REPORTING:
            that = _THAT_AFTER_ES.match(sentence, end)
            if that is not None and that.end() <= value_start:
                lo = max(lo, that.end())
    return lo


_OPINION_VERBS_EN: Final = word_set(
    "felt feel think thought believe believed say said want wanted expect expected fear feared"
)
# Adverbs that stand before a verb ("70 percent of victims never go to the police").
_PRE_VERB_ADVERBS_EN: Final = word_set(
    "never often always usually rarely seldom sometimes still also"
)
# (no verb: 'of the kidnappings in that period', 'of deaths in the region')
_FUNCTION_WORDS_EN: Final = word_set(
    "in on at for from with by of to during across among under over and or but than as since "
    "while after before between into through within without about around against like near "
    "per up down out off so then when where who which that"
)
_FINDING_VERBS_EN: Final = word_set(
    "found finds showed shows revealed reveals suggested suggests estimated estimates indicated "
    "indicates"
)


def _reported_clause(words: list[str]) -> list[str]:
    """'El Banguat estimó que las remesas crecerán ...' -> 'las remesas crecerán ...'."""
    for index in range(len(words) - 1, 0, -1):
        if words[index].lower() in ("que", "that") and any(
            w.lower() in _REPORTING for w in words[max(0, index - 6) : index]
        ):
            return words[index + 1 :]
    if len(words) > 1 and words[0].lower() in ("el", "the") and words[1].lower() in ("que", "that"):
        # ('dijo [el lunes] que ...': the article of a day taken out with the source)
        words = words[1:]
    if words and words[0].lower() in ("que", "that"):
        return words[1:]  # (the reporting source was already taken out)
    if words and words[0].lower() in _STATEMENT_SETTING_LEADS:
        # ('[Arce said] in a speech [last week] that gas exports bring ...', '[dijo] en una
        # entrevista que ...': where it was said, with the source taken out, then the clause)
        for index in range(2, min(len(words) - 1, 6)):
            if words[index].lower() in ("que", "that"):
                if any(w.lower() in _STATEMENT_NOUNS for w in words[1:index]):
                    return words[index + 1 :]
                break
    return words


_TOLD_THAT_EN: Final = compiled(r",\s+(?:adding|noting|saying|warning|explaining)\s+that\s+")


def _last_told_that_en(sentence: str, lo: int, hi: int) -> int:
    """Where the clause after the last ', adding that' before `hi` starts (-1 if none)."""
    end = -1
    for match in _TOLD_THAT_EN.finditer(sentence, lo, hi):
        end = match.end()
    return end


_STATEMENT_SETTING_LEADS: Final = word_set("in during at en durante ante")
_STATEMENT_NOUNS: Final = word_set(
    """speech interview statement address letter post briefing hearing conference message
    discurso entrevista comunicado conferencia mensaje carta audiencia"""
)


# Places that hold a share of a whole, right before it: "Nariño, Putumayo y Norte de Santander
# concentran el 65 %".
_PLACES_HOLD_ES: Final = compiled(
    r"(?:^|[.;:]\s+|,\s+)(?P<np>[A-ZÁÉÍÓÚÑ][^.;:]{1,120}?)\s+(?:concentran?|concentraron|"
    r"concentró|acumulan?|acumularon|acumuló|aportan?|aportaron|aportó|reúnen?|reunieron|reunió)"
    r"\s+(?:(?:casi|más\s+de|alrededor\s+de|cerca\s+de|un|una|el|la)\s+)*$"
)


def _places_that_hold_es(sentence: str, value_start: int) -> str | None:
    """'Nariño, Putumayo y Norte de Santander' when those places, and nothing else, hold the
    share that follows; else None."""
    if not any(stem in sentence for stem in ("concentr", "acumul", "aport", "reún", "reuni")):
        return None
    match = _PLACES_HOLD_ES.search(sentence, max(0, value_start - 160), value_start)
    if match is None:
        return None
    names = match.group("np").strip()
    parts = [p.strip() for chunk in names.split(",") for p in chunk.split(" y ")]
    if not parts or not all(part and is_place(part) for part in parts):
        return None
    return names


def _receiver(own_np: str, verb_words: list[str]) -> str:
    """Who receives a share, when the clause before it is 'X receives / will get' (or the
    verb was read into the noun phrase: 'Health Ministry gets'); else ''."""
    words = [w.lower() for w in verb_words if w.lower() not in _SHARE_VERB_FILLER]
    if not words and " " in own_np:
        own_np, last = own_np.rsplit(None, 1)
        words = [last.lower()]
    if not (
        own_np
        and own_np.count(" ") < 5
        and words
        and (words[0] in _RECEIVE_VERBS or words[:2] in (["will", "get"], ["will", "receive"]))
        and not is_place(own_np)
        and own_np.lower() not in _PRONOUN_SUBJECTS
        and not _DEMONSTRATIVE.match(own_np)
    ):
        return ""
    receiver = _strip_place_words(own_np)
    return f"{receiver[0].lower()}{receiver[1:]}" if receiver[1:].islower() else receiver


def _share_subject(
    sentence: str,
    figure: SubjectInput,
    lang: str,
    after_words: list[str],
    verb_words: list[str],
    own_np: str,
    measure: str = "",
) -> str | None:
    """'share of households that lost income', 'proporción de víctimas que eran hombres'.

    `measure` is the noun phrase the figure is the value of ('una inflación interanual de
    3,52 por ciento'): without a base for the share, it says what was measured."""
    es = lang == "es"
    share_word = "proporción de" if es else "share of"
    base = figure.share_of
    if not es and base and base.lower() in ("total", "overall total") and figure.earlier_count:
        # "More than 212,000 migrants crossed ... Children accounted for about 21 percent of the
        # total": the total is what was counted before.
        base = _without_generic_lead(_no_place_tail(figure.earlier_count)) or base
    elif not es and base and base.lower() == "total" and figure.earlier_subject:
        # "household financial assets reached 2,141 trillion yen, up 5.1 percent ... Cash and
        # deposits accounted for 52.6 percent of the total": the total is the amount measured
        # before (or the one its change was of), not a bare 'total'.
        measured_before = _no_place_tail(figure.earlier_subject)
        _, as_share, of_base = measured_before.partition(" as a share of ")
        if as_share:
            base = of_base
        else:
            lead = _CHANGE_LEAD_EN.match(measured_before)
            measured_before = measured_before[lead.end() :] if lead is not None else measured_before
            if (
                measured_before
                and not measured_before.startswith(("share of ", "rate "))
                and "rate" not in measured_before
            ):
                base = measured_before
    if (
        es
        and sentence.endswith(("en el ", "En el "), 0, figure.value_start)
        and (in_cases := _IN_SHARE_OF_ES.match(sentence, figure.tail_end)) is not None
    ):
        # "En el 61 % de los casos, el agresor era la pareja de la víctima": the share of the
        # cases in which what the clause after says holds.
        holds = f"{share_word} {in_cases.group('b')} en que {in_cases.group('c')}"
        return with_place(_tidy(holds), figure.place, lang)
    if (
        not es
        and base
        and own_np
        and verb_words
        and sentence.endswith((" in ", " In "), 0, figure.value_start)
        # (not 'is a factor in 45 percent of homicides': what the share is linked to)
        and verb_words[0].lower() not in _COPULAS_EN
        and (not after_words or after_words[0].lower() in _PRONOUN_SUBJECTS)
        and own_np.lower() not in _PRONOUN_SUBJECTS
        and not is_place(own_np)
    ):
        # "Judges granted asylum in 35 percent of the cases (they decided)": the share of the
        # cases in which the clause before holds, not 'share of cases that decided'.
        clause = _TRAILING_PREP.sub("", " ".join([_strip_place_words(own_np), *verb_words]))
        holds = f"{share_word} {base} in which {clause.strip()}"
        return with_place(_tidy(holds), figure.place, lang)
    if (
        not es
        and own_np
        and verb_words
        and verb_words[0].lower() in _COPULAS_EN | _LEVEL_VERBS_EN
        and "turnout" in own_np.lower().split()
    ):
        # "Turnout reached 52 percent of the 6.1 million registered voters": the turnout of
        # those voters, not a share of them 'where turnout was'.
        turnout = _strip_place_words(own_np)
        if base:
            at = turnout.lower().find("turnout") + len("turnout")
            turnout = f"{turnout[:at]} of {base}{turnout[at:]}"
        return with_place(_tidy(turnout), figure.place, lang)
    if not es and base and " spen" in sentence:
        spent = _SPENT_SHARE_EN.search(
            sentence, max(0, figure.value_start - 60), figure.value_start
        )
        on = _SPENT_ON_EN.match(sentence, figure.tail_end) if spent is not None else None
        if spent is not None and (
            on is not None
            # ('had spent 82% of its allocation': how much of its own budget was executed)
            or base.lower() in ("gdp", "gross domestic product", "output", "economy")
        ):
            # "Honduras spent 2.1 percent of GDP on security": the spending on what it went to,
            # as a share of the base ('spending on security as a share of GDP'), not 'share
            # of GDP where Honduras spent'.
            what = f"spending on {on.group('np')}" if on is not None else "spending"
            return with_place(_tidy(f"{what} as a share of {base}"), figure.place, lang)
    if not es and base and " cost" in sentence:
        cost = _COST_SHARE_EN.search(sentence, max(0, figure.value_start - 160), figure.value_start)
        if cost is not None and cost.group("np").split()[0].lower() not in _PRONOUN_SUBJECTS:
            # "Crime and violence cost Latin America and the Caribbean 3.4 percent of its GDP":
            # the cost of what the clause names, as a share of the base ('cost of crime and
            # violence as a share of GDP'), not 'share of GDP where ...'.
            what = _strip_place_words(cost.group("np"))
            what = what[:1].lower() + what[1:] if what[1:2].islower() else what
            phrase = f"cost of {what} as a share of {base}"
            return with_place(_tidy(phrase), figure.place, lang)
    np_words = own_np.split() if own_np and not verb_words else []
    if len(np_words) >= 2 and np_words[-1].lower() in _SHARE_VERBS:
        # "Remittances account for 20% of GDP", "Tourism, which represents 9% of the economy":
        # the verb read as a noun of the subject ('remittances account').
        verb_words = [np_words.pop()]
        if len(np_words) >= 2 and np_words[-1].lower() in ("which", "that", "que"):
            np_words.pop()
        own_np = " ".join(np_words)
    if (
        not es
        and base
        and len(verb_words) == 1
        and verb_words[0].lower() in _FINDING_VERBS_EN
        and after_words
    ):
        # "The poll found 55 percent of adults support the ban": what was found, with no
        # 'that', is the share's own clause ('share of adults that support the ban'), not a
        # setting 'where poll found'.
        own_np, verb_words = "", []
    pointer = (
        _POINTER_MEASURE_ES.search(sentence, max(0, figure.value_start - 60), figure.value_start)
        if es
        and figure.earlier_subject
        and base is None
        and after_words[:1] not in (["de"], ["del"])
        else _POINTER_SHARE_EN.search(sentence, max(0, figure.value_start - 60), figure.value_start)
        if not es
        and figure.earlier_subject
        and figure.earlier_subject.startswith(("share of", "proportion of", "percentage of"))
        and after_words[:1] != ["of"]
        else None
    )
    if pointer is not None and figure.earlier_subject:
        # "el 59,3 % de los guatemaltecos vive en pobreza, y ese porcentaje sube al 76,1 % en
        # las áreas rurales": the measure named before, in the setting this figure is in.
        pointed = _no_place_tail(figure.earlier_subject)
        rate_word = _POINTED_RATE_ES.match(pointer.group(0)) if es else None
        noun = lower(rate_word.group("n")) if rate_word is not None else ""
        if (
            noun in ("tasa", "índice")
            and figure.earlier_share
            and not lower(pointed).startswith(noun)
            and lower(figure.earlier_share).startswith(noun)
        ):
            # "La población ocupada llegó a 23,5 millones. Entre los jóvenes, la tasa fue de
            # 15,9 %" after 'tasa de desempleo': the rate the pointer names, not the count.
            pointed = _no_place_tail(figure.earlier_share)
        if len(after_words) > 1 and after_words[0].lower() in ("en", "entre"):
            # ('La proporción sube al 79 % entre la población indígena': among that group)
            setting = _tidy(" ".join(_cut_np(after_words[1:7], lang)))
            if setting and not is_place(setting):
                pointed = f"{pointed} {after_words[0].lower()} {setting}"
        elif es:
            # ('En el área rural, la proporción sube al 29 %': the setting the sentence opens
            # with; 'En el área urbana la proporción baja al 24 %', with no comma)
            opening, _ = _setting(sentence, figure.value_start, [])
            preposition = "en"
            bare_setting = _SETTING_BEFORE_POINTER_ES.match(sentence) if not opening else None
            if bare_setting is not None and not is_place(
                _noun_phrase(bare_setting.group("s").split(), lang)
            ):
                # ('En el área urbana la proporción baja al 24 %', with no comma)
                opening = bare_setting.group("s")
                preposition = bare_setting.group("p").lower()
            among = (
                _AMONG_OPENING_ES.match(sentence, 0, figure.value_start)
                if not opening and sentence.startswith("Entre ")
                else None
            )
            if opening and opening.lower() not in pointed.lower():
                # (instead of the setting the measure before was said of: 'en zonas rurales')
                pointed = _ANY_SETTING_ES.sub("", _moved_measure_es(pointed))
                pointed = f"{pointed} {preposition} {opening}"
            elif among is not None:
                # ('Entre los menores de seis años, el indicador trepó a 20,1 %': among the
                # group, not in the setting the figure before was said of)
                pointed = f"{_SET_TAIL_ES.sub('', pointed)} {among.group('g').lower()}"
        elif (setting_en := _OPENING_SETTING_EN.match(sentence)) is not None:
            # ('In rural areas the proportion was 25 percent': in that setting)
            opening = setting_en.group("s")
            if (
                not _TIME_NOUNS_EN & set(opening.lower().split())
                and opening.lower() not in pointed.lower()
            ):
                pointed = f"{pointed} in {opening}"
        return with_place(_tidy(pointed), figure.place, lang)
    if es and base is None:
        of = _ES_OF.match(sentence, figure.tail_end)
        if of and of.group("n").lower() in _PRONOUNS_ES:
            # "El 38 % de ellos involucra a funcionarios municipales": of the things counted
            # before; what follows the pronoun is what is said of the share.
            earlier = _no_place_tail(figure.earlier_count or "") or figure.earlier_unit
            pronoun_at = next(
                (i for i, w in enumerate(after_words) if w.lower() == of.group("n").lower()), None
            )
            if earlier and pronoun_at is not None:
                base = _without_generic_lead(earlier)
                rest = after_words[pronoun_at + 1 :]
                if rest and rest[0].islower() and rest[0] not in _NOT_ADJECTIVES_ES:
                    return with_place(
                        _tidy(f"{share_word} {base} que {' '.join(rest)}"), figure.place, lang
                    )
                after_words = rest
        elif of and of.group("n").lower() in _MONTH_NAMES_ES:
            pass  # "por debajo del 3,8 % de agosto": the month the figure is of, no base
        elif of:
            base = of.group("n")
            after_words = after_words[1:] if after_words else after_words
            # "el 38 % de los hogares rurales no tiene": the words that name the base, up to
            # the verb (the base's own noun is already in it).
            start = next((i for i, w in enumerate(after_words) if w == base), None)
            if start is not None:
                named = [base]
                for index in range(start + 1, min(len(after_words), start + 8)):
                    word = after_words[index]
                    after = after_words[index + 1] if index + 1 < len(after_words) else ""
                    if (
                        word.lower() == "y"
                        and named[-1][:1].isdigit()
                        and "entre" in (w.lower() for w in named)
                    ):
                        named.append(word)  # "de entre 15 y 24 años": a range names the group
                        continue
                    ranging = "entre" in named and (named[-1][:1].isdigit() or named[-1] == "y")
                    if index >= start + 5 and not ranging:
                        break
                    if (
                        word.lower() in ("no", "que", "y", "se", "ya", "aún", "todavía")
                        or (word.lower() == "en" and not after[:1].islower())
                        or after.lower() == "ciento"
                        or word.lower() in _DETERMINERS
                        or _is_verb(word, lang, after_words[index - 1])
                    ):
                        break
                    named.append(word)
                base = _tidy(" ".join(named))
                if figure.kind == "ratio" and figure.counted and base:
                    # "Uno de cada tres jóvenes de entre 15 y 24 años": the 'de' phrase says
                    # which of the counted things the ratio is of.
                    base = f"{figure.counted} de {base}"
    if base is None and _OF_WHICH.search(
        sentence, max(0, figure.value_start - 30), figure.value_start
    ):
        # "2.700 asesinatos, de los cuales alrededor del 40 por ciento ...": of those counted
        # ('31.096 millones de dólares, de los cuales el 73 %': of the money named before).
        base = _no_place_tail(figure.earlier_count or "") or figure.earlier_unit
        if base and base.isupper() and len(base) == 3 and es and figure.earlier_subject:
            # ('recibirá unos 2.300 millones, de los cuales casi dos tercios se destinarán a
            # salarios': of the money, named by what it is, not by its currency code)
            base = ""
        if not base and es and figure.earlier_subject:
            base = _no_place_tail(figure.earlier_subject)
            own_np, verb_words = "", []  # (the clause before is the base, not a subject)
    most = (
        _MOST_APPOSITION_ES.search(sentence, max(0, figure.value_start - 80), figure.value_start)
        if es and base is None
        else None
    )
    if most is not None:
        # "La mayoría de las denuncias, el 63 %, corresponden a llamadas ...", "La mayoría, el
        # 58 %, labora en ...": the share is of what 'la mayoría' is a part of.
        base = most.group("n") or _without_generic_lead(
            _no_place_tail(figure.earlier_count or "") or (figure.earlier_unit or "")
        )
        base = base or None
        own_np, verb_words = "", []
        said = _APPOSITION_REST_ES.match(sentence, figure.tail_end)
        if base and said is not None:
            return with_place(
                _tidy(f"{share_word} {base} que {said.group('p').strip()}"), figure.place, lang
            )
    if base is None:
        lead = _OF_LEAD.match(sentence)
        if lead and lead.end() <= figure.value_start:
            base = lead.group("n")  # "De las víctimas, el 84 % eran hombres"
    if base is None and es and figure.earlier_count and sentence.startswith("De "):
        them = _OF_THEM_LEAD_ES.match(sentence)
        if them and them.end() <= figure.value_start:
            # "De ellos, el 62 % asiste a escuelas públicas": a share of the count before; the
            # lead is no subject of the verb.
            base = _without_generic_lead(_no_place_tail(figure.earlier_count))
            own_np, verb_words = "", []
    if base is None and es and figure.earlier_count:
        lead = _OF_COUNT_LEAD.match(sentence)
        if lead and lead.end() <= figure.value_start:
            # "De los 1,2 millones de turistas que llegaron a Guatemala en 2023, el 35 %
            # provino de El Salvador": a share of the figure the sentence opens with.
            base = _without_generic_lead(_no_place_tail(figure.earlier_count))
            own_np, verb_words = "", []  # (the opening is the base, not a subject)
    if es and base is not None and base.lower() in _PRONOUNS_ES:
        # "Bogotá concentra el 20 % de ellos": the things counted before.
        earlier = _no_place_tail(figure.earlier_count or "") or figure.earlier_unit
        base = _without_generic_lead(earlier) if earlier else None
    if es and base is not None and base.lower() == "total" and figure.earlier_subject:
        # "La hidroeléctrica aportó 45 % del total" after "La generación renovable representó
        # el 71 % de la electricidad producida": the total is the base measured before.
        earlier = _no_place_tail(figure.earlier_subject)
        _, as_share, of_base = earlier.partition(" como proporción de ")
        if as_share:
            base = of_base
        elif figure.earlier_count:
            base = _without_generic_lead(_no_place_tail(figure.earlier_count))
        elif not earlier.startswith(("proporción de ", "tasa ")):
            base = earlier  # (a rate is no total: 'representan el 26,3 % del total')
    reflexive = ""
    if base is None:
        total = _TOTAL_LEAD.match(sentence)
        total_end = total.end() if total else 0
        earlier = (
            # ("Del total de inscritos, el 61 % cursa el nivel primario": of what it names)
            (total.group("of") if total and total.group("of") and es else None)
            or figure.earlier_count
            or figure.earlier_unit
            or (total.group("of") if total else None)
            # ("De ese monto, el 38 % corresponde al IVA": of the money named before)
            or (figure.earlier_subject if es and total and "monto" in total.group(0) else None)
        )
        semi = sentence.rfind("; ", 0, figure.value_start) if es and total is None else -1
        if semi != -1:
            # "Las remesas ... sumaron US$9.800 millones en 2023; de ese total, el 85 % ...":
            # the same opening after a semicolon (of the money named before it).
            total = _TOTAL_LEAD.match(sentence[semi + 2 : figure.value_start])
            total_end = semi + 2 + total.end() if total else 0
            if total and not earlier and figure.earlier_subject:
                earlier = figure.earlier_subject
                own_np, verb_words = "", []
        if total and total_end <= figure.value_start and earlier:
            # "De ese total, el 12 % se presentó en Escuintla": a share of the earlier figure.
            base = _no_place_tail(earlier)
            if es and total.group("of") and earlier == total.group("of"):
                own_np, verb_words = "", []  # (the opening is the base, not a subject)
            if es and len(after_words) >= 2 and after_words[0].lower() == "se":
                participle = _agree(_es_participle(after_words[1]), base)
                reflexive = " ".join([participle, *after_words[2:]])
            elif es and verb_words[:1] == ["se"]:
                # "De ese monto, solo se ha ejecutado el 38 %": the part of it the verb says
                # was done ('fondos ... ejecutados').
                done_words = [
                    w
                    for w in verb_words[1:]
                    if w.lower() not in _AUX_ES and w.lower() not in _SHARE_VERB_FILLER
                ]
                if len(done_words) == 1:
                    reflexive = _agree(_es_participle(done_words[0]), base)
    if (
        base is None
        and es
        and not own_np
        and not verb_words
        and len(after_words) >= 2
        and after_words[0].lower() == "se"
        and (figure.earlier_money or figure.earlier_count)
        and figure.kind not in ("ratio", "fraction")
        # (a share that opens its sentence: not 'el 49 % de la población ... y el 43,8 % se
        # identifica como maya', whose base is the share's before it)
        and len(sentence[: figure.value_start].split()) <= 1
    ):
        # "El presupuesto ... asciende a Q7.900 millones. El 70 % se destina al pago de
        # salarios": the part of the money (or count) before that the verb says.
        base = _no_place_tail(figure.earlier_money or figure.earlier_count or "")
        participle = _agree(_es_participle(after_words[1]), base)
        reflexive = " ".join([participle, *after_words[2:]])
    if reflexive and base:
        return with_place(_tidy(f"{share_word} {base} {reflexive}"), figure.place, lang)
    if base is None and figure.kind == "ratio":
        base = figure.counted
    if base is None and figure.kind in ("fraction", "ratio") and es:
        base = figure.earlier_unit
    if (
        not es
        and base
        and len(after_words) > 1  # ('With 70 percent of ballots counted,': what is said)
        and after_words[0].lower() in _VOTE_PARTICIPLES_EN
        and _VOTE_BASE.search(base.lower()) is not None
    ):
        # "42.2 percent of the votes counted", "of the ballots cast": the participle says
        # which votes, it is no verb of the share.
        after_words = after_words[1:]
    verb_at = next(
        (
            i
            for i, w in enumerate(after_words)
            if _is_verb(w, lang, after_words[i - 1] if i else None)
        ),
        None,
    )
    if verb_at and after_words[verb_at - 1].lower() in ("no", "not"):
        verb_at -= 1  # "no tiene acceso": the negation is part of what is said
    if es and "no" in after_words[: verb_at if verb_at is not None else len(after_words)]:
        # "no estudia ni trabaja": Spanish 'no' stands before a verb, known to us or not
        verb_at = after_words.index("no")
    predicate = " ".join(after_words[verb_at:]) if verb_at is not None else ""
    if (
        not es
        and base
        and base.endswith("s")
        and len(after_words) > 1
        and after_words[0].isalpha()
        and after_words[0].islower()
        and (
            after_words[0] in _OPINION_VERBS_EN
            or (not predicate and after_words[0] in _PRE_VERB_ADVERBS_EN)
            or (
                not predicate
                and not after_words[0].endswith("s")
                and after_words[0] not in _FUNCTION_WORDS_EN
                and after_words[1].lower() in VERB_OBJECT_LEADS_EN
            )
        )
    ):
        # "55 percent of adults support the ban", "of nurses intend to quit", "of voters think
        # the country is ...": after a plural base, a word taking an object or an infinitive,
        # or a verb of opinion, is its verb (not a verb further on).
        predicate = " ".join(after_words)
    if es and not predicate and len(after_words) > 1 and after_words[0].lower() == "que":
        # "uno de cada tres niños que ingresan a primero primaria termina ...": the relative
        # clause says which of the base the share is.
        predicate = " ".join(after_words[1:])
    if (
        es
        and base
        and not predicate
        and not own_np
        and not verb_words
        and after_words
        and _VERB_LIKE_ES.fullmatch(after_words[0]) is not None
        and after_words[0].lower() not in _NOT_VERBS_ES
    ):
        # "Del total de inscritos, el 61 % cursa el nivel primario": with the opening as the
        # base, the words after the figure say what the share does.
        predicate = " ".join(after_words)
    if (
        es
        and base
        and not predicate
        and own_np
        and _RATE_HEAD_ES.match(own_np) is not None
        and _is_level_verb([w for w in verb_words if w.lower() != "en"])  # ('se ubicó en')
    ):
        # "La tasa de desocupación se ubicó en 2,5 % de la población económicamente activa":
        # the rate is already the share of its base.
        return with_place(_strip_place_words(own_np), figure.place, lang)
    if (
        not es
        and base
        and figure.earlier_subject
        and _amount_put_as_share_en(sentence, figure, base)
    ):
        # "Remittances rose to $22.1 billion. The money is equivalent to nearly a fifth of
        # GDP", "..., equal to about 19 percent of GDP", ", or about 19 percent of GDP": the
        # amount before, as a share of the base, not 'share of GDP where money is equivalent'.
        earlier = _no_place_tail(figure.earlier_subject)
        return with_place(_tidy(f"{earlier} as a share of {base}"), figure.place, lang)
    if (
        es
        and base
        and figure.earlier_subject
        and not figure.earlier_subject.startswith(("proporción de", "tasa de"))
        # ('capturó a 300 pandilleros, el 40 % de ellos en Mixco': a part of those, not the
        # amount before as a share of itself)
        and not _OF_THEM_AFTER.match(sentence, figure.tail_end)
        and (
            _EQUIVALENT_BEFORE_ES.search(
                sentence, max(0, figure.value_start - 30), figure.value_start
            )
            or _APPOSED_SHARE_ES.search(
                sentence, max(0, figure.value_start - 80), figure.value_start
            )
        )
    ):
        # "asciende a US$18.000 millones, equivalente al 17 % del PIB": the amount before, as a
        # share of the base.
        earlier = _no_place_tail(figure.earlier_subject)
        return with_place(_tidy(f"{earlier} como proporción de {base}"), figure.place, lang)
    if base:
        joiner = " que " if es else " that "
        words = predicate.split()
        copula_at = (
            next(
                (
                    i
                    for i, w in enumerate(words[:9])
                    if i > 0
                    and (
                        w.lower() in _COPULAS_EN
                        # ("40 percent of the cities surveyed reported shortages")
                        or (i == 1 and w.lower() in _REPORTED_VERBS_EN)
                    )
                ),
                None,
            )
            if not es and len(words) > 1 and _past_participle_en(words[0])
            else None
        )
        if copula_at is not None and not _RELATIVE_WORDS_EN.intersection(
            w.lower() for w in words[:copula_at]
        ):
            # "Roughly half of the children referred to the agency were from Guatemala": the
            # participle says which of the base; the copula and what follows say what the
            # share is ('share of children referred to the agency that were from Guatemala',
            # not 'share of children that referred to ...').
            which = " ".join(words[:copula_at])
            phrase = f"{share_word} {base} {which}{joiner}{' '.join(words[copula_at:])}"
        elif predicate:
            phrase = f"{share_word} {base}{joiner}{predicate}"
        elif (
            own_np
            and (
                _is_share_verb(verb_words)
                or _is_level_verb_en(verb_words)
                # ('The deficit was 1.8% of GDP': an amount as a share of another)
                or (
                    base.lower().split()[-1] in _AMOUNT_BASES
                    and _verb_core(verb_words) in (["was"], ["is"], ["fue"], ["es"], ["era"])
                )
            )
            and not is_place(own_np)
            and own_np.lower() not in _PRONOUN_SUBJECTS
            and not _DIRECTIONS.intersection(own_np.lower().split())
        ):
            # "La deuda pública alcanzó el 28 por ciento del PIB", "Women made up 54 percent of
            # voters": what the subject measures, as a share of the base. ('La cifra representa
            # el 58 %': the figure before is what is measured.)
            if (
                own_np.lower() in _POINTER_NOUNS
                and figure.earlier_subject
                and not figure.earlier_subject.startswith(("proporción de", "share of"))
            ):  # ('El monto equivale al 24 %' after a share: the share is no amount)
                own_np = _no_place_tail(figure.earlier_subject)
            joiner = " como proporción de " if es else " as a share of "
            phrase = f"{_strip_place_words(own_np)}{joiner}{base}"
        elif (
            es
            and own_np
            and _POPULATION_BASE_ES.match(base)
            and _is_level_verb(verb_words)
            and not is_place(own_np)
            and own_np.lower() not in _PRONOUN_SUBJECTS
        ):
            # "La pobreza en México se redujo a 36,3 % de la población": the share of the
            # population in that condition.
            phrase = f"{share_word} {base} en {_strip_place_words(own_np)}"
        elif es and (bought := _bought_by_place_es(own_np, verb_words, base, figure.place)):
            # "Estados Unidos compró el 39 % del café": the share the place took ('café comprado
            # por Estados Unidos', not 'café en Estados Unidos'), which the places ranked after
            # it ('seguido de Japón (12 %)') take over.
            phrase = f"{share_word} {bought}"
        elif es and _place_agent(own_np, verb_words, figure.place):
            # "Bogotá concentra el 20 % de los migrantes": the share of them in that place.
            phrase = f"{share_word} {base} en {_place_agent(own_np, verb_words, figure.place)}"
        elif (
            es
            and base.lower().startswith(("su ", "sus "))
            and own_np
            and not is_place(own_np)
            and own_np.lower() not in _PRONOUN_SUBJECTS
            and [w for w in verb_words if w.lower() not in _SHARE_VERB_FILLER | _AUX_ES][:1]
        ):
            # "El Ministerio de Salud solo ha ejecutado el 42 % de su presupuesto": the share of
            # the subject's own base that the verb says was done.
            acted = next(w for w in verb_words if w.lower() not in _SHARE_VERB_FILLER | _AUX_ES)
            owned = base.split(" ", 1)[1]
            done = _agree(_es_participle(acted), owned.split()[0])
            phrase = f"{share_word} {owned} de {_strip_place_words(own_np)} {done}"
        elif (
            es
            and (
                held := _MEASURE_OF_SHARE_ES.search(
                    sentence, max(0, figure.value_start - 40), figure.value_start
                )
            )
            is not None
            and held.group("n").lower() not in _CHANGE_MEASURES_ES | _NOT_SHARE_MEASURES_ES
        ):
            # "lo que significa un cumplimiento del 103,2 % de la meta", "una ocupación del
            # 85 % de las camas": the measure the noun before the figure names, of the base.
            phrase = f"{held.group('n').lower()} de {base}"
        elif (
            es
            and figure.earlier_count
            and (
                (
                    verb_words[:1]
                    and verb_words[0].lower() in _STANDS_FOR_ES
                    and own_np.lower() in _THEY_ES
                )
                or (not verb_words and own_np.lower() in _STANDS_FOR_ES)
            )
        ):
            # "Honduras deportó a 3.200 nicaragüenses. Estos representan el 15 % de todos los
            # deportados": what was counted before, as a share of the base.
            phrase = f"{_moved_measure_es(figure.earlier_count)} como {share_word} {base}"
        elif (
            own_np
            and base
            and [w.lower() for w in verb_words if w.lower() not in _SHARE_VERB_FILLER]
            in (["fueron"], ["son"], ["eran"], ["were"], ["are"])
            and not is_place(own_np)
            and own_np.lower() not in _PRONOUN_SUBJECTS
            and not _DEMONSTRATIVE.match(own_np)
        ):
            # "Los motoristas fueron el 58 % de las víctimas", "Women were 52 percent of the
            # voters": the share of the base that were those ('proporción de víctimas que fueron
            # motoristas'), not 'víctimas donde motoristas fueron'.
            copula = next(w for w in verb_words if w.lower() not in _SHARE_VERB_FILLER).lower()
            that = "que" if es else "that"
            phrase = f"{share_word} {base} {that} {copula} {_strip_place_words(own_np)}"
        elif caused := _caused_by(own_np, verb_words, base, lang):
            # "Organized crime is behind up to 45 percent of killings", "Las pandillas son
            # responsables del 60 % de las extorsiones": the share of the base put down to the
            # one named ('share of killings attributed to organized crime'), not 'share of
            # killings where organized crime is behind'.
            phrase = f"{share_word} {caused}"
        elif done := _done_by_en(own_np, verb_words, base, lang):
            # "The drought has destroyed 40% of the maize crop": the share the verb's doer did
            # something to ('share of maize crop destroyed by drought'), not 'share of maize
            # crop where drought has destroyed'.
            phrase = f"{share_word} {done}"
        elif won := _won_by(own_np, verb_words, base, lang):
            # "Ana Flores won 52.4 percent of the vote": the share won by the one named, not
            # 'share of vote where Ana Flores won' ('proporción de votos obtenidos por ...').
            phrase = f"{share_word} {won}"
        elif (
            not es
            and own_np
            and base
            and verb_words
            and verb_words[0].lower() in _ACCOUNTS_FOR_EN
            and own_np.lower() not in _PRONOUN_SUBJECTS
            and not _DEMONSTRATIVE.match(own_np)
        ):
            # "Veracruz accounts for roughly one in five of those deaths", "Coffee made up 12
            # percent of exports": the share of the base in the place named, or the part
            # named ('share of deaths in Veracruz', 'share of exports accounted for by coffee'),
            # not 'share of deaths where Veracruz accounts'.
            phrase = f"{share_word} {base}"
            if not is_place(own_np):
                phrase = f"{phrase} accounted for by {_strip_place_words(own_np)}"
        elif (
            es
            and base
            and (places := _places_that_hold_es(sentence, figure.value_start)) is not None
        ):
            # "Nariño, Putumayo y Norte de Santander concentran el 65 % del área sembrada": the
            # share of the base in those places, not 'proporción de área sembrada donde Nariño
            # Putumayo y Norte de Santander concentran'.
            phrase = f"{share_word} {base} en {places}"
        elif (
            base
            and (receiver := _receiver(own_np, verb_words))
            and (
                base.lower().rsplit(None, 1)[-1] in _SHARED_MONEY
                or receiver.lower() in base.lower()
            )
        ):
            # "Education receives about a quarter of the funds", "Salud recibe el 12 % del
            # presupuesto": the share of the base that goes to the one named ('share of funds
            # for education'), not 'share of funds where education receives'.
            phrase = f"{share_word} {base}"
            if receiver.lower() not in base.lower():
                phrase = f"{phrase} {'para' if es else 'for'} {receiver}"
        elif (
            es
            and own_np
            and verb_words
            and verb_words[0].lower() in _MAKE_UP_ES
            and (
                base.lower().split(" ", 1)[0] == "total"
                or _OF_THE_TOTAL_ES.match(sentence, figure.tail_end) is not None
            )
            and own_np.lower() not in _PRONOUN_SUBJECTS
        ):
            # "Los votos nulos sumaron el 17,4 % del total emitido": the share the clause's
            # subject makes of the whole, not 'proporción de total emitido donde votos nulos
            # sumaron'.
            phrase = f"{share_word} {_strip_place_words(own_np)}"
        elif own_np or verb_words:
            clause = " ".join([own_np, *verb_words]).strip()
            clause = _TRAILING_PREP.sub("", clause)
            where = " donde " if es else " where "
            if (
                not es
                and own_np.lower() in ("that", "this", "it", "")
                and verb_words
                and all(w.lower() in _POINTER_VERBS_EN for w in verb_words)
            ):
                # "That was 35 percent of 4-year-olds": the pronoun points at the figure before;
                # 'share of 4-year-olds where was' says nothing more than 'share of 4-year-olds'
                clause = ""
            if es and any(ch.isdigit() for ch in clause):
                # ('la corrupción causó pérdidas por 24.268 millones ..., equivalentes al 12,6 %
                # del presupuesto': a long clause with figures of its own is no setting)
                clause = ""
            if (
                es
                and figure.earlier_count
                and _APPOSED_PART_ES.search(
                    sentence, max(0, figure.value_start - 20), figure.value_start
                )
                and (them := _OF_THEM_AFTER.match(sentence, figure.tail_end))
            ):
                # ('12 personas han muerto por la enfermedad, la mitad de ellas en Managua': the
                # clause before says what the count before counted, no setting of the share;
                # what follows the pronoun says which part: ', el 70 % de ellos con arma de fuego')
                clause = ""
                part_end = _PHRASE_END.search(sentence, them.end())
                part = sentence[them.end() : part_end.start() if part_end else len(sentence)]
                part = part.strip()
                if (
                    part
                    and not _PLACE_TAIL.fullmatch(f" {part}")
                    and not any(ch.isdigit() for ch in part)
                ):
                    base = f"{base} {part}"
            phrase = f"{share_word} {base}{where}{clause}" if clause else f"{share_word} {base}"
        else:
            phrase = f"{share_word} {base}"
        return with_place(_tidy(phrase), figure.place, lang)
    if measure:
        owner = _strip_place_words(own_np) if es and own_np else ""
        if (
            owner
            and measure.split()[0].lower() in _CHANGE_MEASURES_ES
            and not is_place(owner)
            and owner.lower() not in _PRONOUN_SUBJECTS
            and owner.lower() not in _POINTER_NOUNS
            and not _DEMONSTRATIVE.match(owner)
            and owner.lower() not in measure.lower()
        ):
            # "El índice de precios al consumidor registró una variación interanual de 4,2 %":
            # a change the subject records is the change of what the subject names.
            owner = owner[0].lower() + owner[1:] if owner[1:2].islower() else owner
            phrase = f"{measure} de {owner}".replace(" de el ", " del ")
            return with_place(_tidy(phrase), figure.place, lang)
        return with_place(measure, figure.place, lang)
    if own_np and not _DIRECTIONS.intersection(own_np.lower().split()):
        return with_place(_strip_place_words(own_np), figure.place, lang)
    if predicate:
        earlier_share = (figure.earlier_subject or "") if es else ""
        if earlier_share.startswith("proporción de ") and " que " in earlier_share:
            # "El 65 % de los guatemaltecos desaprueba la gestión del Congreso. Solo el 22 % la
            # aprueba": a share of the base named before ('la' stands for what it was about).
            earlier_base = earlier_share.removeprefix("proporción de ").split(" que ")[0]
            if verb_at and after_words[verb_at - 1].lower() in ("la", "lo", "las", "los", "le"):
                predicate = f"{after_words[verb_at - 1].lower()} {predicate}"
            phrase = f"{share_word} {earlier_base} que {predicate}"
            return with_place(_tidy(phrase), figure.place, lang)
        counted = _without_generic_lead(_no_place_tail(figure.earlier_count or ""))
        if counted and verb_at == 0:
            # "… 3.412 denuncias por extorsión, y cerca del 60 % provienen de la capital",
            # "Prosecutors opened 41,200 cases ... Only 6 percent ended in a conviction": a
            # share with no 'de' / 'of' of its own, whose verb follows it, is a part of the
            # things counted before.
            phrase = f"{share_word} {counted} {'que' if es else 'that'} {predicate}"
            return with_place(_tidy(phrase), figure.place, lang)
        return with_place(_tidy(f"{share_word} {predicate}"), figure.place, lang)
    acting = [w for w in verb_words if w.lower() not in _SHARE_VERB_FILLER and w.lower() != "solo"]
    if es and not own_np and figure.earlier_count and len(acting) == 1:
        # "recibió 4.000 expedientes en 2024, pero solo resolvió el 20 %": the share of what
        # was counted before that the verb says was done.
        base = _without_generic_lead(_no_place_tail(figure.earlier_count))
        done = _agree(_es_participle(acting[0]), base.split()[0])
        if _is_verb(acting[0], lang, None) and base:
            return with_place(_tidy(f"{share_word} {base} {done}"), figure.place, lang)
    return None


_PLACE_GAP_ES: Final = compiled(
    r"\d[^,;:]{0,40}(?:,|\s+y)\s+en\s+(?P<place>[A-ZÁÉÍÓÚÑ][^\W\d_]*(?:\s+[A-ZÁÉÍÓÚÑ][^\W\d_]*){0,3})"
    r",?\s+(?:(?:al|el|a|con)\s+)?(?:(?:unos|unas|casi|más\s+de|otros|otras)\s+)?$"
)
_GAPPED_ES: Final = compiled(
    r"\d[^,;:]{0,40}\s+y\s+(?:el|la|los|las)\s+(?P<np>[^\W\d_][^,;:\d]{2,60}),\s+"
    r"(?:(?:unos|unas|casi|más\s+de|menos\s+de|alrededor\s+de|cerca\s+de)\s+)?$",
    re.IGNORECASE,
)
_MAGNITUDE_OF_AFTER: Final = compiled(
    r"(?:-|[ \t\u00a0]+)magnitude\s+(earthquake|quake|temblor|tremor|aftershock)s?\b", re.IGNORECASE
)
_MAGNITUDE_TAIL: Final = compiled(
    r"\s+(?:de|of)\s+(?:una\s+|a\s+)?magni(?:tud|tude)$", re.IGNORECASE
)
_PARTS_ES: Final = frozenset(("mayor parte", "resto", "mitad", "mayoría", "otra parte"))
_COUNT_KIND_END_ES: Final = compiled(r"\s+(?:en|por|que|durante|desde|hasta)\s")
_VALUED_ES: Final = compiled(
    r"(?P<np>(?:[^\W\d_]+\s+){0,5}?[^\W\d_]+),?\s+(?:valorad[oa]s?|avaluad[oa]s?)\s+en\s+"
    r"(?:(?:unos|unas|más\s+de|casi|alrededor\s+de|cerca\s+de)\s+)?$",
    re.IGNORECASE,
)
_PRICED_ES: Final = word_set(
    "cotiza cotizan cotizó cotizaba vende venden vendió vendía vendían ofrece ofrecen paga pagan"
)
_SETTING_VERBS_ES: Final = word_set(
    """redujo reduce reducirá recortó recorta recortará bajó baja bajará subió sube subirá elevó
    eleva elevará aumentó aumenta aumentará incrementó incrementa fijó fija fijará situó sitúa
    mantuvo mantiene mantendrá dejó deja dejará ajustó ajusta ajustará elevan elevaron redujeron
    reducen recortaron bajaron subieron aumentaron incrementaron fijaron situaron mantuvieron
    dejaron ajustaron reducir recortar bajar subir elevar aumentar incrementar fijar situar
    mantener dejar ajustar"""
)
# '12.000 hectáreas de café, el 5 % del área cultivada, ...': a share set off after a figure.
_APPOSED_SHARE_ES: Final = compiled(r"\d[^,;:()]{0,60},\s+(?:(?:casi|más\s+de)\s+)?(?:el|un)\s+$")
_EQUIVALENT_BEFORE_ES: Final = compiled(
    r",\s*(?:lo\s+que\s+)?(?:equivalente|equivalentes|equivale|equivalen|equivalía)\s+"
    r"(?:a\s+(?:un|una|el)\s+|al\s+|a\s+)(?:(?:casi|más\s+de|cerca\s+del?|alrededor\s+del?)\s+)?$",
    re.IGNORECASE,
)
_CHANGE_MEASURES_ES: Final = word_set(
    "variación aumento incremento crecimiento caída disminución reducción alza baja descenso suba"
)
# "un cumplimiento del 103,2 % de la meta": a noun that the percentage is the value of.
_MEASURE_OF_SHARE_ES: Final = compiled(
    r"\b(?:un|una|el|la)\s+(?P<n>[a-záéíóúñ]{4,})\s+(?:del|de)\s+$", re.IGNORECASE
)
_NOT_SHARE_MEASURES_ES: Final = word_set(
    "orden nivel rango total tope margen equivalente cifra monto"
)
_MONTH_NAMES_ES: Final = word_set(
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
    "diciembre"
)
# 'Quibdó registró la mayor desocupación entre las ciudades, con ', 'La Guajira fue el
# departamento con la incidencia más alta, ', 'seguido de Chocó, con ': a place ranked by the
# share before.
_RANKED_BY_SHARE_ES: Final = compiled(
    r"\b(?:mayor|menor|más\s+alt[oa]|más\s+baj[oa]|seguid[oa]s?\s+(?:de|por)|encabez[aó]\w*|"
    r"lider[aó]\w*)\b[^.;:()]{0,80}?,\s*(?:con\s+(?:el\s+|un\s+)?)?$",
    re.I,
)


_NAMED_MEASURE_ES: Final = compiled(
    r"\b(?:tasa|índice|proporción|porcentaje|nivel|incidencia)\s+de\s+[^\W\d_]", re.I
)


# ', y en Baja California llegó al ': a clause with a place and a verb of level, no measure.
_GAPPED_IN_PLACE_ES: Final = compiled(
    r",?\s+y\s+en\s+[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w.'’-]*){0,3}"
    r",?\s+(?:llegó|llega|alcanzó|alcanza|fue|es|era|se\s+ubicó|se\s+ubica|superó|supera|"
    r"rondó|ronda)\s+(?:a\s+un|al|a|del|de|en\s+el|en|el)\s+$"
)


def _ranked_by_share_es(sentence: str, figure: SubjectInput, subject: str | None) -> str:
    """'pobreza monetaria en La Guajira' for 'La Guajira fue el departamento con la incidencia
    más alta, 65,4 %' after 'La pobreza monetaria en Colombia bajó a 31,8 %': the share before,
    in the place the sentence ranks; '' otherwise."""
    place = figure.place or ""
    share = _no_place_tail(figure.earlier_share or "").partition(" entre ")[0]
    if not place or not share or share[:1].isupper() or share.startswith("proporción de "):
        return ""
    window = sentence[max(0, figure.value_start - 110) : figure.value_start]
    if SPANISH_NAMES.get(place, place) not in window or not _RANKED_BY_SHARE_ES.search(window):
        return ""
    if lower(share.split()[0]) in lower(window) or _NAMED_MEASURE_ES.search(window):
        return ""  # (the clause names the measure itself: 'la mayor tasa de desnutrición')
    return with_place(share, place, "es")


# 'Los venezolanos fueron la nacionalidad más numerosa, con ', ', seguidos de los peruanos, con
# el ': a nationality ranked in a list by the figure.
_NATIONALITY_RANKED_ES: Final = compiled(
    r"(?:\b(?:los|las)\s+(?P<a>[^\W\d_]+)\s+(?:fueron|son|eran|fue|es)\s+(?:la|el|los|las)\s+"
    r"[^,;.]{0,60},\s*|\bseguid[oa]s\s+(?:de|por)\s+(?:los|las)\s+(?P<b>[^\W\d_]+),?\s*)"
    r"con\s+(?:el\s+)?$",
    re.I,
)
# The words that end the head of a subject ('personas extranjeras | en situación irregular').
_HEAD_ENDS_ES: Final = word_set("en de del que por con a al entre sin para desde")


def _counted_before_es(figure: SubjectInput) -> str:
    """What was counted before in the paragraph, or what changed in the figure before when
    nothing was ('los delitos de mayor connotación social' after 'bajaron un 9 %')."""
    if figure.earlier_count:
        return figure.earlier_count
    earlier = figure.earlier_subject or ""
    changed = CHANGE_LEAD_ES.match(earlier)
    return earlier[changed.end() :] if changed is not None else ""


def _nationality_ranked_es(sentence: str, figure: SubjectInput) -> str:
    """'venezolanos en situación irregular detectadas' for '..., con 31.200' after 'personas
    extranjeras en situación irregular detectadas'; 'proporción de peruanos entre población
    extranjera residente' for a share; '' when no nationality is ranked."""
    found = _NATIONALITY_RANKED_ES.search(
        sentence, max(0, figure.value_start - 120), figure.value_start
    )
    if found is None:
        return ""
    name = found.group("a") or found.group("b")
    country = demonym_country_es(name)
    if country is None:
        return ""
    words = _no_place_tail(figure.earlier_count or "").split()
    at = 0
    while at < len(words) and lower(words[at]) not in _HEAD_ENDS_ES:
        if lower(words[at]).endswith(("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")):
            break
        at += 1
    if figure.unit_kind == "percent":
        base = " ".join(w for w in words if demonym_country_es(w) is None)
        if not base:
            return ""
        phrase = f"proporción de {lower(name)} entre {base}"
    else:
        phrase = " ".join([lower(name), *words[at:]])
    place = figure.place if figure.place != country else None
    return with_place(phrase, place, "es")


# 'aumento de indicador', 'dato implica una baja': the change of a bare pointer at a measure.
_POINTER_CHANGE_ES: Final = compiled(
    r"^(?:(?P<c>aumento|alza|subida|suba(?!\w)|baja|caída|disminución|reducción|descenso|incremento|"
    r"crecimiento)\s+(?:de|del)\s+(?:(?:el|la)\s+)?(?:indicador|dato|cifra|índice)"
    r"|(?:(?:el|la)\s+)?(?:indicador|dato|cifra|índice)\s+(?:implica|supone|representa|"
    r"significa|refleja)\s+(?:un|una)\s+(?P<d>aumento|alza|subida|suba(?!\w)|baja|caída|disminución|"
    r"reducción|descenso|incremento|crecimiento)"
    # ('Respecto a igual mes de 2023, la suba fue de 271,5 %': 'suba de suba', the change
    # noun alone standing for the change of the measure before)
    r"|(?P<e>aumento|alza|subida|suba|baja|caída|disminución|reducción|descenso|incremento|"
    r"crecimiento)\s+de\s+(?P=e))$",
    re.I,
)
CHANGE_LEAD_ES: Final = compiled(
    r"^(?:aumento|incremento|reducción|disminución|caída|alza|baja|descenso|crecimiento|"
    r"cambio|variación|subida|suba(?!\w)|bajada|repunte|retroceso)\s+(?:de\s+(?:la|las|los|el)\s+|del\s+|de\s+)",
    re.I,
)
# 'ese porcentaje sube al 76,1 %', 'el indicador llegó al 7,9 %': a measure named before,
# pointed at.
# 'la tasa fue de ': the measure noun of a pointer.
_POINTED_RATE_ES: Final = compiled(
    r"(?:la|el|es[ea]|est[ea]|dich[ao])\s+(?:misma\s+|mismo\s+)?(?P<n>tasa|índice)\b", re.I
)
_POINTER_MEASURE_ES: Final = compiled(
    r"\b(?:(?:es[ea]|est[ea]|dich[ao])\s+(?:porcentaje|proporción|tasa|índice|cifra|indicador)\b|"
    r"(?:la\s+(?:misma\s+)?(?:proporción|tasa|cifra)|el\s+(?:mismo\s+)?(?:porcentaje|indicador|índice))"
    r"(?!\s+de[l\s]))[^,;:]*$",
    re.I,
)
_OPENING_SETTING_EN: Final = compiled(
    r"\s*In\s+(?P<s>(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})(?=,|\s+(?:the|that|this)\s)"
)
# "By 2023 that share had risen to 71 percent": the share named before.
_POINTER_SHARE_EN: Final = compiled(
    r"\b(?:that|this|the|the\s+same)\s+(?:share|proportion|percentage)(?!\s+of\b)[^,;:]*$", re.I
)
_RATE_HEAD_ES: Final = compiled(r"(?:(?:la|el)\s+)?(?:tasa|índice|porcentaje)\s+de\s", re.I)


# Nouns that name no measure of their own: 'a share of 40 percent', 'una cifra de 3.000'.
_GENERIC_MEASURES: Final = word_set(
    "share proportion percentage portion level total figure number amount rate increase rise "
    "fall drop decline average majority minority maximum minimum peak high low record estimate "
    "value margin pace speed annual yearly monthly annualized proporción porcentaje parte nivel "
    "total cifra número monto tasa ritmo anual mensual aumento "
    "alza caída baja reducción disminución incremento promedio mayoría máximo mínimo récord"
)


_DEL_BEFORE: Final = compiled(r"(?P<np>(?:[\w'’-]+\s+){0,4}[\w'’-]+)\s+del\s+$")
# Words before 'del' that bound a figure or place it rather than name what it measures.
_BOUNDING_ES: Final = word_set("debajo encima arriba cerca alrededor través dentro más menos parte")


def _measure_before(sentence: str, lo: int, value_start: int, lang: str) -> str:
    """The noun phrase a figure is the value of: 'una inflación interanual de 3,52' ->
    'inflación interanual', 'a poverty rate of 59' -> 'poverty rate' ('' when generic)."""
    tail = sentence[max(lo, value_start - 5) : value_start].lower()
    if tail.endswith(" del ") and lang == "es":
        # "la meta de inflación del 4 %" ('por debajo del 3,8 %' bounds the figure)
        found = _DEL_BEFORE.search(sentence, max(lo, value_start - 80), value_start)
        if found is None or found.group("np").split()[-1].lower() in _BOUNDING_ES:
            return ""
    elif not tail.endswith((" of ", " de ")):
        return ""  # (most figures have no 'of' right before them: skip the search)
    else:
        found = _OF_BEFORE.search(sentence, max(lo, value_start - 80), value_start)
    if found is None:
        return ""
    words = _last_np(found.group("np").split(), lang)
    phrase = _noun_phrase(words, lang)
    content = [w for w in phrase.lower().split() if w not in _GENERIC_MEASURES]
    if not content or any(ch.isdigit() for ch in phrase) or len(phrase.split()) > 5:
        return ""
    return phrase


def _event(phrase: str, figure: SubjectInput, lang: str) -> str:
    """'people died' -> 'people killed by bushfires' when the text named the event."""
    if not figure.event or lang != "en":
        return phrase
    words = phrase.split()
    if len(words) >= 3 and words[1].lower() == "left" and words[2].lower() in _DIED:
        words = [words[0], *words[2:]]  # "left 52 people dead": people killed by the event
    if len(words) >= 2 and words[1].lower() in _DIED:
        rest = " ".join(words[2:])
        # "312 people had died of dengue", "died from the floods": the cause is the event
        cause = re.match(rf"(?:of|from)\s+(?:the\s+)?{re.escape(figure.event)}\b", rest, re.I)
        if cause is not None:
            rest = rest[cause.end() :].strip()
        return f"{words[0]} killed by {figure.event} {rest}".strip()
    if len(words) >= 2 and words[1].lower() in _AFFECTED and " by " not in phrase:
        return f"{phrase} by {figure.event}"
    if len(words) >= 3 and words[1].lower() in _STILL_MISSING and words[2].lower() == "missing":
        words = [words[0], *words[2:]]  # "200 people remain missing": people missing
    if len(words) >= 2 and words[1].lower() == "missing" and " after " not in phrase:
        # ("Nearly 200 people remain missing" after the eruption was named: since the event)
        return f"{' '.join(words)} after {figure.event}"
    return phrase


def _destination(words: list[str], lang: str) -> str:
    """'... a la sequía', '... for reconstruction': where money goes."""
    for index, word in enumerate(words):
        if lang == "en" and word.lower() in _CLAUSE_OPENERS_EN:
            # ('peaked at $6.1 billion in 2014 and fell to ...': a 'to' in the next clause)
            return ""
        if word.lower() in _DESTINATION_WORDS:
            end = index + 5
            for joint in range(index + 2, min(index + 6, len(words) - 1)):
                if words[joint].lower() in ("y", "e", "and") and not _is_verb(
                    words[joint + 1], lang, words[joint]
                ):
                    # ('a la compra de barcazas y nuevas centrales térmicas': both things the
                    # money is for, up to three words of the second)
                    end = joint + 4
                    break
            while end < len(words) and words[end - 1].lower() in _OPEN_COMPLEMENT_WORDS:
                # ('a la atención de la emergencia': the window ends inside a complement; its
                # noun goes with it)
                end += 1
            return " ".join(words[index:end])
    return ""


_OPEN_COMPLEMENT_WORDS: Final = frozenset(("de", "del", "la", "el", "los", "las", "of", "the"))


# Irregular pasts that open a relative clause about an event ('the quake that struck', 'the
# program that began'), read as verbs there only.
_RELATIVE_VERBS_EN: Final = word_set("struck began broke swept tore hit spread")


def _without_restrictive_relative_en(words: list[str]) -> list[str]:
    """'The storm that hit the coast damaged' -> 'The storm damaged': a relative clause between
    a subject and its verb, whose own verb would be taken for the main one."""
    for index in range(1, len(words) - 3):
        if words[index].lower() not in ("that", "who", "which"):
            continue
        verb = words[index + 1].lower()
        if verb in _AUX_EN or not (
            verb in _RELATIVE_VERBS_EN or _is_verb(words[index + 1], "en", words[index])
        ):
            return words
        for later in range(len(words) - 1, index + 1, -1):
            if _is_verb(words[later], "en", words[later - 1]):
                # (a place the clause ends with stays: 'the floods that began on [April 29] in
                # southern Brazil rose to 149' -> 'the floods in southern Brazil rose to')
                where = next(
                    (
                        i
                        for i in range(index + 2, later - 1)
                        if words[i] == "in"
                        and (
                            words[i + 1][:1].isupper()
                            or (i + 2 < later and words[i + 2][:1].isupper())
                        )
                    ),
                    later,
                )
                return [*words[:index], *words[where:later], *words[later:]]
        return words
    return words


def _last_np(words: list[str], lang: str) -> list[str]:
    """The noun phrase at the end of some words ('Congress approved a budget' -> 'budget')."""
    kept: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        previous = words[index - 1] if index else None
        if word.lower() in _DETERMINERS or _is_verb(word, lang, previous):
            break
        kept.insert(0, word)
    return kept


def _head(subject: str | None) -> str:
    """The first words of a subject, before its place or complement."""
    if not subject:
        return ""
    words: list[str] = []
    for word in subject.split():
        if (
            word.lower() in ("in", "of", "en", "de", "del", "to", "a", "for", "para", "por", "by")
            and words
        ):
            break
        words.append(word)
    return " ".join(words[:3])


# Prepositions that open a phrase put before the verb ('Por la frontera cruzaron ...').
_FRONTED_PREPOSITIONS_ES: Final = word_set(
    "por en a hacia desde hasta con entre sin tras ante bajo"
)
# ' que tocó tierra el cerca de Acapulco': a relative clause after the event that did it.
_RELATIVE_TAIL_ES: Final = compiled(r",?\s+(?:que|quien|la\s+cual|el\s+cual)\s.*$", re.IGNORECASE)
_CAUSE_VERBS_ES: Final = word_set(
    "dejó dejaron dejado deja dejan causó causaron causado provocó provocaron provocado cobró "
    "cobraron cobrado"
)
_CLAUSE_OPENERS: Final = word_set(
    "desde hasta durante mientras cuando tras después antes que since until during while when "
    "after before"
)


def _without_lead_place(words: list[str]) -> list[str]:
    """'En El Salvador, la policía ha capturado' -> 'la policía ha capturado' (a place of up
    to five words: 'In Latin America and the Caribbean, hunger affected')."""
    if len(words) < 3 or words[0].lower() not in ("en", "in"):
        return words
    for size in range(min(5, len(words) - 2), 0, -1):
        if is_place(" ".join(words[1 : 1 + size]).rstrip(",")):
            return words[1 + size :]
    if (
        len(words) > 5
        and words[1].lower() == "the"
        and words[2].lower() in _PLACE_KINDS_EN
        and words[3].lower() == "of"
    ):
        # "In the city of Los Angeles, the number dropped": the kind of place, then its name
        for size in range(min(4, len(words) - 5), 0, -1):
            named = words[4 : 4 + size]
            if is_place(" ".join(named).rstrip(",")):
                return words[4 + size :]
    if words[1].lower() == "the":
        # "In the Metropolitan Region, the pass rate was": a name that holds its kind
        for k in range(3, min(6, len(words) - 1)):
            if words[k].rstrip(",") in ("Region", "Province") and all(
                w[:1].isupper() for w in words[2:k]
            ):
                return words[k + 1 :]
    return words


_PLACE_KINDS_EN: Final = word_set("city state county town province region district municipality")


_NOT_ADJECTIVES_ES: Final = (
    _DETERMINERS
    | _TRAILING
    | _CLAUSE_OPENERS
    | word_set(
        "por entre sobre contra sin tras ante bajo hacia y o e u ni que como cual cuales donde no "
        "cada"
    )
)


def _leading_adjectives(words: list[str]) -> tuple[list[str], list[str]]:
    """'médicas en 2023' -> (['médicas'], ['en', '2023']): the lower-case words that follow a
    Spanish noun up to the first function word, verb or number (its adjectives)."""
    count = 0
    for index, word in enumerate(words):
        if (
            not word.isalpha()
            or not word.islower()
            or word in _NOT_ADJECTIVES_ES
            or _is_verb(word, "es", words[index - 1] if index else None)
        ):
            break
        count += 1
    return words[:count], words[count:]


def _finite_after_y_es(word: str) -> bool:
    """Whether a word after 'y' opens a clause: a listed finite verb, not a participle."""
    lowered = word.lower()
    return lowered in _VERBS_ES and not lowered.endswith(_PARTICIPLE_ENDINGS_ES)


def _before_clause(phrase: str) -> str:
    """The words of a phrase before a time or subordinate clause starts ('desde que ...')."""
    words = phrase.split()
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if word.lower() in ("desde", "hasta") and following[:1].isupper():
            continue  # a place, not a time: 'deportados desde Estados Unidos'
        if word.lower() in _CLAUSE_OPENERS:
            return " ".join(words[:index])
        if word == "y" and len(following) > 3 and following.endswith(_ES_PAST_ENDINGS):
            return " ".join(words[:index])  # ('destruyó 300 locales y dejó pérdidas': a clause)
        if word == "y" and (following.lower() == "se" or _finite_after_y_es(following)):
            # ('exportó 45.000 toneladas de cardamomo y se mantuvo como ...', '... y fue el
            # primer productor': a clause of its own)
            return " ".join(words[:index])
        if (
            word == "y"
            and following.isalpha()
            and following.islower()
            and following not in _DETERMINERS
            and any(
                len(later) > 3 and later.lower().endswith(_ES_PAST_ENDINGS)
                for later in words[index + 2 : index + 4]
            )
        ):
            # ('suspendieron clases y [miles de] familias recibieron ayuda': the next figure's
            # clause, its noun and its verb)
            return " ".join(words[:index])
        if word == "y" and following.lower() in ("el", "la", "los", "las"):
            # ('900 camas y la ocupación supera el ...': a noun with a verb of its own after
            # 'y' opens a clause; 'camas y la ocupación hospitalaria' does not)
            for later in words[index + 2 : index + 6]:
                if later.lower() in ("que", "de", "del"):
                    continue
                if _finite_after_y_es(later) or (
                    len(later) > 3 and later.lower().endswith(_ES_PAST_ENDINGS)
                ):
                    return " ".join(words[:index])
    return phrase


# (feminine nouns in -e and -es the endings do not tell: 'muertes violentas', 'redes')
_FEMININE_ES: Final = word_set(
    "mujeres madres muerte muertes redes calles leyes sedes fuentes clases torres reses"
)
# 'investigaciones abiertas', 'comunidades afectadas': nouns in -ción, -sión, -dad, -tud are
# feminine.
_FEMININE_ENDINGS_ES: Final = ("ción", "ciones", "sión", "siones", "dad", "dades", "tud", "tudes")


_GENERIC_LEAD: Final = compiled(
    r"^(?:(?:el|la|the)\s+)?(?:número|cifra|cantidad|total|number|tally)\s+(?:de|of)\s+"
    r"(?:(?:los|las|the)\s+)?(?=\S)",
    re.IGNORECASE,
)


def _without_generic_lead(phrase: str) -> str:
    """'número de muertos en carretera' -> 'muertos en carretera': the counted things."""
    return _GENERIC_LEAD.sub("", phrase)


def _fuller(unit: str, figure: SubjectInput) -> str:
    """'denuncias' after 'denuncias por violencia contra la mujer en Guatemala' earlier in the
    paragraph: the same things, as fully as the text named them."""
    # (the last whole count first: 'Del total, 88 corresponden a pandilleros' is a part)
    for counted in (figure.earlier_whole, figure.earlier_count):
        earlier = _without_generic_lead(_no_place_tail(counted or ""))
        if unit and earlier.lower().startswith(unit.lower() + " ") and len(earlier.split()) <= 12:
            return earlier
        if unit and earlier.lower() == unit.lower():
            break  # (the whole was named by its unit alone)
    return unit


# The verbs by which someone wins a share of votes or seats, with the participle a subject
# says it with ('won 52.4 percent of the vote' -> 'vote won by ...').
_WON_EN: Final = {
    "won": "won", "wins": "won", "received": "received", "receives": "received",
    "got": "received", "gets": "received", "obtained": "obtained", "took": "taken",
    "secured": "secured", "garnered": "garnered", "captured": "captured",
    "had": "received", "has": "received",
}  # fmt: skip
_BOUGHT_EN: Final = word_set("bought imported purchased received absorbed")
_WON_ES: Final = word_set(
    "obtuvo obtiene obtuvieron obtienen obtenía obtenían logró lograron consiguió recibió ganó"
)
# What such a share is of: votes or seats ('vote', 'valid votes', 'los votos', 'escaños').
_VOTE_PARTICIPLES_EN: Final = word_set("counted cast tallied reported")
_LED_EN: Final = word_set("led leads trailed trails")
_VOTE_BASE: Final = compiled(r"\b(?:votes?|ballots|seats|votos|sufragios|escaños|curules)\b")


# "up from 1,530", "compared with the 1,530", "nearly triple the 1,530": a baseline the
# figure before is compared with (read on lower-cased text, the words right before the figure).
_COMPARED_WITH_EN: Final = compiled(
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|(?:double|triple|twice|quadruple)\s+"
    r"the|(?:two|three|four)\s+times\s+the)\s+(?:(?:a|the)\s+record\s+)?$"
)


# "increase in remittances to Guatemala": the change said of a measure, before the measure.
_CHANGE_LEAD_EN: Final = compiled(
    r"^(?:increase|decrease|rise|fall|drop|decline|change|growth|jump)\s+(?:in|of)\s+"
)
_COMPARISON_WORDS_EN: Final = word_set(
    "up down from compared with to the nearly almost about double triple twice quadruple times "
    "two three four reported recorded registered a record"
)


def _compared_noise_en(subject: str | None, unit: str) -> bool:
    """Whether a baseline's subject is only its unit and the words of the comparison ('cases
    up', 'cases triple the reported'), or nothing."""
    # ('people up in Ohio': the place the figure is in is no word of the subject's own)
    words = _no_place_tail(subject or "").lower().split()
    head = unit.lower().split()
    if head and words[: len(head)] == head:
        words = words[len(head) :]
    return all(w in _COMPARISON_WORDS_EN for w in words)


def _same_count_unit(figure: SubjectInput) -> bool:
    """Whether a count counts what the earlier count did ('cases' after 'dengue cases'), or
    leaves its unit implied."""
    unit, earlier = (figure.unit or "").lower(), (figure.earlier_unit or "").lower()
    if not unit or (bool(earlier) and earlier.split()[-1] == unit.split()[-1]):
        return True
    # ("Troopers arrested 212 drivers ... That was up from 187 arrests": the noun of the act the
    # count before counted)
    noun = unit.split()[-1]
    return (
        len(noun) > 4
        and noun.endswith("s")
        and f" {noun[:-1]}ed " in f" {(figure.earlier_subject or '').lower()} "
    )


# "y el del maíz, 9 %", "y la de Honduras, 5 %", "y las de banano, de 3 %": a second item
# whose verb and measure are left out (the article stands for the measure before).
# An adjective of kind right after a counted noun ('sentencias [condenatorias]', 'becas
# [universitarias]', 'plazas [docentes]' is no such ending): part of what was counted.
_KIND_ADJECTIVE_ES: Final = compiled(
    r"\s+(?P<a>[a-záéíóúñ]{3,}(?:orias|orios|ivas|ivos|arias|arios|icas|icos|ales))\b"
)
# The verb of a value with no object between ('se exportó por un valor de', 'alcanzaron un
# valor de'): the value is the subject's, not an object's ('exportó café por un valor de').
_VALUED_VERB_ES: Final = compiled(
    r"\b(?:se\s+[a-záéíóúñ]+|alcanz[a-zóé]+|sum[a-zóé]+|registr[a-zóé]+|tuvo|tuvieron)\s+"
    r"(?:por\s+)?un\s+valor\s+de\s+(?:(?:US)?\$|Q|L)?\s*$"
)
# 'En el 61 % [de los casos, el agresor era la pareja de la víctima]': the cases and the clause
# said of them.
_IN_SHARE_OF_ES: Final = compiled(
    r"\s*de\s+(?:los|las)\s+(?P<b>[a-záéíóúñ]{3,}s)\s*,\s*"
    r"(?P<c>(?:el|la|los|las)\s+[^,;:.()\d]{3,100}?)\s*(?=[,;:.]|$)"
)
# ', y España, el 4 %': a place whose verb and measure are those of the clause before.
_GAPPED_PLACE_ES: Final = compiled(
    r",\s+(?:y|e)\s+(?P<p>[A-ZÁÉÍÓÚ][\w.'’]*(?:\s+[A-ZÁÉÍÓÚ][\w.'’]*){0,3})\s*,\s*"
    r"(?:el\s+|un\s+|una\s+|de\s+|con\s+(?:el\s+)?)?$"
)
_GAPPED_OF_ES: Final = compiled(
    r"\sy\s+(?:el|la|los|las)\s+(?P<of>(?:de|del)\s+[^,;:()\d]{2,40}?)\s*,\s*"
    r"(?:de\s+|en\s+|el\s+|un\s+|una\s+)?$"
)


def _article_es(head: str) -> str:
    """The definite article a Spanish noun takes, by its ending ('exportaciones' -> 'las')."""
    head = head.lower()
    if head.endswith(("as", "ones", "des")):
        return "las"
    if head.endswith("s"):
        return "los"
    return "la" if head.endswith(("a", "ón", "dad")) else "el"


# A share won by someone ('share of vote won by Ana Flores', 'proporción de votos obtenidos por
# Ana Flores'): who won it, last, to be replaced by a rival the next figure is of.
_WON_BY_TAIL: Final = compiled(
    r"\s(?:(?:won|received|obtained|taken|secured|garnered|captured)\s+by|"
    r"(?:obtenid|conseguid|recibid|ganad|logrados)[oa]?s?\s+por)\s+(?P<who>.+)$"
)
# "ahead of Jorge Medina with 31.7 percent", "followed by Medina (31.7 percent)", "seguida de
# Jorge Medina, con 39,5 %": the rival named right before the figure.
_RIVAL_BEFORE: Final = compiled(
    r"\b(?:ahead\s+of|followed\s+by|trailed\s+by|seguid[oa]\s+(?:de|por)|por\s+delante\s+de)\s+"
    r"(?P<who>[^,;:()\d]{2,60}?)\s*(?:,\s*)?(?:with|con|\()\s*(?:el\s+|the\s+)?$"
)
# "frente al 39,5 % de Jorge Medina", "frente a 39,5 % de su rival", "compared with 31.7 percent
# for Jorge Medina": the rival named right after it.
# "Nasralla had 42.2 percent to Hernández's 40.5 percent": the rival's share, after 'to'.
_RIVAL_POSSESSIVE_EN: Final = compiled(
    r"\bto\s+(?P<who>[A-ZÁÉÍÓÚ][\w.-]*(?:\s+[A-ZÁÉÍÓÚ][\w.-]*){0,3})['’]s\s+$"
)
_RIVAL_AFTER_LEAD: Final = compiled(r"\b(?:frente\s+al?|compared\s+(?:with|to)|versus|against)\s+$")
_RIVAL_AFTER: Final = compiled(
    r"\s+(?:de|del|for|by)\s+(?P<who>(?:su|sus|his|her|their|the|el|la)\s+[^\W\d_]+|"
    r"[A-ZÁÉÍÓÚ][\w'’.-]*(?:\s+[A-ZÁÉÍÓÚ][\w'’.-]*){0,3})(?=\s*[,;.]|$)"
)


def _rival_share(sentence: str, figure: SubjectInput, lang: str) -> str:
    """'share of vote won by Jorge Medina' for '..., ahead of Jorge Medina with 31.7 percent'
    after 'share of vote won by Ana Flores': the same share, of the rival; '' otherwise."""
    won = _WON_BY_TAIL.search(_no_place_tail(figure.earlier_subject or ""))
    if won is None:
        return ""
    lead = sentence[max(0, figure.value_start - 90) : figure.value_start]
    before = _RIVAL_BEFORE.search(lead) or (
        _RIVAL_POSSESSIVE_EN.search(lead, max(0, len(lead) - 60)) if lang == "en" else None
    )
    who = before.group("who") if before is not None else ""
    if not who and _RIVAL_AFTER_LEAD.search(lead, max(0, len(lead) - 20)) is not None:
        after = _RIVAL_AFTER.match(sentence, figure.tail_end)
        who = after.group("who").rstrip(".") if after is not None else ""
    if not who or is_place(who) or who.lower() in _PRONOUN_SUBJECTS:
        return ""
    earlier = _no_place_tail(figure.earlier_subject or "")
    return with_place(f"{earlier[: won.start('who')]}{who}", figure.place, lang)


# Verbs that put a part of what was counted down to someone ('is behind', 'drives', 'son
# responsables de', 'estaría detrás de', 'cometen').
_CAUSED_BY_EN: Final = compiled(
    r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|would\s+be|may\s+be|could\s+be|"
    r"might\s+be)\s+(?:behind|responsible(?:\s+for)?|to\s+blame(?:\s+for)?)|drives?|drove|"
    r"causes?|caused|commits?|committed|fuels?|fuell?ed)"
)
_CAUSED_BY_ES: Final = compiled(
    r"(?:(?:está|están|estaría|estarían|estuvo|estuvieron|estaba|estaban|estarían)\s+detrás"
    r"(?:\s+del?)?|(?:es|son|fue|fueron|sería|serían|era|eran)\s+(?:responsables?|culpables?)"
    r"(?:\s+del?)?|cometen?|cometió|cometieron|causan?|causó|causaron|provocan?|provocó|"
    r"provocaron)"
)


# Verbs that link a part of what was counted to someone ('is linked to', 'is a factor in',
# 'está vinculado con', 'están relacionados con').
_LINKED_EN: Final = compiled(
    r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|would\s+be|may\s+be|could\s+be|"
    r"might\s+be)\s+(?:(?:linked|tied|connected|related)(?:\s+to)?|(?:an?\s+)?factor(?:\s+in)?|"
    r"involved(?:\s+in)?)"
)
_LINKED_ES: Final = compiled(
    r"(?:está|están|estaría|estarían|estuvo|estuvieron|estaba|estaban|es|son|sería|serían|fue|"
    r"fueron)\s+(?P<p>vinculad|relacionad|ligad|asociad)[oa]s?\s+(?P<to>con|al?)(?:\s+el)?"
)


def _caused_by(own_np: str, verb_words: list[str], base: str, lang: str) -> str:
    """'killings attributed to organized crime' for 'Organized crime is behind 45 percent of
    killings', 'extorsiones atribuidas a las pandillas' in Spanish; '' unless someone named (no
    pronoun, no place) is said to cause the part."""
    words = [w for w in verb_words if w.lower() not in _DETERMINERS]
    if not words and len(own_np.split()) > 1:
        # ('Organized crime drives': a verb the verb lists miss, last in the noun phrase)
        own_np, _, verb = own_np.rpartition(" ")
        words = [verb]
    if (
        not own_np
        or not base
        or is_place(own_np)
        or own_np.lower() in _PRONOUN_SUBJECTS
        or _DEMONSTRATIVE.match(own_np)
    ):
        return ""
    verbs = " ".join(words).lower()
    linked = (_LINKED_ES if lang == "es" else _LINKED_EN).fullmatch(verbs)
    if linked is None and not (_CAUSED_BY_ES if lang == "es" else _CAUSED_BY_EN).fullmatch(verbs):
        return ""
    if lang != "es":
        return f"{base} {'linked' if linked else 'attributed'} to {own_np}"
    owned = _without_article_es(base)
    by = _with_article_es(own_np)
    if linked is not None:
        # ('está vinculado con', 'están relacionadas con', 'ligado a'): the text's own words
        to = "a" if linked.group("to") == "al" else linked.group("to")
        done = f"{_agree(linked.group('p') + 'o', owned)} {to}"
    else:
        done = f"{_agree('atribuido', owned)} a"
    return f"{owned} {done} {by}".replace(" a el ", " al ")


# Verbs in -ed that report or reckon a share rather than do something to it.
_RECKONING_EN: Final = word_set(
    """estimated reported recorded calculated projected expected counted registered noted
    stated claimed announced confirmed indicated suggested showed revealed found listed tallied
    documented measured surveyed polled asked interviewed"""
)


def _done_by_en(own_np: str, verb_words: list[str], base: str, lang: str) -> str:
    """'maize crop destroyed by drought' for 'The drought has destroyed 40% of the maize crop';
    '' unless an English doer (no pronoun) does a regular past-tense verb to the base."""
    if lang == "es" or not own_np or not base or own_np.lower() in _PRONOUN_SUBJECTS:
        return ""
    verbs = [w.lower() for w in verb_words if w.lower() not in _AUX_EN]
    if (
        len(verbs) != 1
        or not verbs[0].endswith("ed")
        or len(verbs[0]) < 5
        or verbs[0] in _RECKONING_EN
        or verbs[0] in _SHARE_VERBS
        or _DEMONSTRATIVE.match(own_np)
    ):
        return ""
    return f"{base} {verbs[0]} by {own_np}"


def _without_article_es(base: str) -> str:
    """'los votos' -> 'votos': a plural base without its article."""
    return base.split(" ", 1)[1] if base.lower().startswith(("los ", "las ")) else base


def _with_article_es(name: str) -> str:
    """'crimen organizado' -> 'el crimen organizado'; a capitalised name stays as it is."""
    return name if name[:1].isupper() else f"{_article_es(name.split()[0])} {name}"


def _won_by(own_np: str, verb_words: list[str], base: str, lang: str) -> str:
    """'vote won by Ana Flores' for 'Ana Flores won 52.4 percent of the vote', 'votos obtenidos
    por Ana Flores' in Spanish; '' unless a named one (no pronoun, no place) wins votes or seats
    with a single verb."""
    aux = _AUX_ES if lang == "es" else _AUX_EN
    verbs = [w for w in verb_words if w.lower() not in aux and w.lower() not in _DETERMINERS]
    if not verbs and lang == "en" and [w.lower() for w in verb_words] in (["had"], ["has"]):
        verbs = verb_words  # "Nasralla had 42.2 percent of the votes counted": what one holds
    if len(verbs) == 1 and lang == "en" and verbs[0].lower() in _BOUGHT_EN and is_place(own_np):
        # "The United States bought 80 percent of the shipments": the share a place took
        # ('shipments bought by United States'), which the places ranked after it replace.
        return f"{base} {verbs[0].lower()} by {own_np}"
    if (
        len(verbs) != 1
        or not own_np
        or is_place(own_np)
        or own_np.lower() in _PRONOUN_SUBJECTS
        or _VOTE_BASE.search(base.lower()) is None
    ):
        return ""
    verb = verbs[0].lower()
    if lang == "es":
        if verb not in _WON_ES:
            return ""
        owned = _without_article_es(base)
        # ('El candidato oficialista obtuvo': 'por el candidato oficialista', its article back)
        return f"{owned} {_agree(_es_participle(verb), owned)} por {_with_article_es(own_np)}"
    won = _WON_EN.get(verb)
    return f"{base} {won} by {own_np}" if won else ""


def _agree(participle: str, unit: str) -> str:
    """'capturado' with 'presuntos pandilleros' -> 'capturados': gender and number of the noun."""
    head = unit.split()[0].lower() if unit else ""
    if not head or not participle.endswith(("o", "a", "os", "as")):
        return participle
    stem = participle.removesuffix("s")[:-1]
    gender = (
        "a"
        if (
            head.endswith(("a", "as", *_FEMININE_ENDINGS_ES, "sis"))
            and not head.endswith(("ista", "istas"))
        )
        or head in _FEMININE_ES
        else "o"
    )  # ('extorsionistas capturados', 'periodistas asesinados', 'dosis aplicadas')
    return stem + gender + ("s" if head.endswith("s") else "")


_ES_IRREGULAR: Final = {
    "atiende": "atendido", "atienden": "atendidos",
    "murieron": "muertos", "murió": "muerto", "mueren": "muertos", "muere": "muerto",
    "hicieron": "hechos", "hizo": "hecho", "pusieron": "puestos", "puso": "puesto",
    "abrieron": "abiertos", "abrió": "abierto", "vieron": "vistos", "vio": "visto",
    "dijeron": "dichos", "dijo": "dicho", "cubrieron": "cubiertos", "cubrió": "cubierto",
    "resolvieron": "resueltos", "resolvió": "resuelto", "volvieron": "vueltos",
    "volvió": "vuelto", "escribieron": "escritos", "escribió": "escrito",
    "inscribieron": "inscritos", "inscribió": "inscrito", "describieron": "descritos",
    "rompieron": "rotos", "rompió": "roto", "devolvieron": "devueltos", "devolvió": "devuelto",
    # (stem-changing presents: 'se pierden 38.000 hectáreas' -> 'perdidas', not 'pierdidas')
    "pierden": "perdidos", "pierde": "perdido", "cierran": "cerrados", "cierra": "cerrado",
    "cuentan": "contados", "cuenta": "contado", "encuentran": "encontrados",
    "encuentra": "encontrado", "muestran": "mostrados", "muestra": "mostrado",
    "invierten": "invertidos", "invierte": "invertido", "requieren": "requeridos",
    "requiere": "requerido", "prueban": "probados", "prueba": "probado",
}  # fmt: skip


# Irregular participles ('han muerto', 'fueron abiertas'), to agree with the counted noun.
_ES_IRREGULAR_PARTICIPLES: Final = frozenset(
    form
    for participle in _ES_IRREGULAR.values()
    for stem in (participle.removesuffix("s")[:-1],)
    for form in (stem + "o", stem + "a", stem + "os", stem + "as")
)
# Families of irregular past tenses, by their ending: '-dujo' of the verbs in '-ducir'
# ('redujo' -> 'reducido'), '-tuvo' of the compounds of 'tener' ('detuvo' -> 'detenido'), '-puso'
# of those of 'poner' ('impuso' -> 'impuesto'), '-trajo' of those of 'traer', '-uyó' of the
# verbs in '-uir' ('construyó' -> 'construido').
_ES_IRREGULAR_ENDINGS: Final = (
    ("dujeron", "ducidos"), ("dujo", "ducido"), ("tuvieron", "tenidos"), ("tuvo", "tenido"),
    ("pusieron", "puestos"), ("puso", "puesto"), ("trajeron", "traídos"), ("trajo", "traído"),
    ("uyeron", "uidos"), ("uyó", "uido"),
    # the compounds of 'escribir' in any tense ('se inscribirán 3,2 millones' -> 'inscritos')
    ("scribieron", "scritos"), ("scribió", "scrito"), ("scribirán", "scritos"),
    ("scribirá", "scrito"), ("scriben", "scritos"), ("scribe", "scrito"),
    # The '-ir' verbs whose 'e' turns 'i' in the past ('siguieron' -> 'seguidos', not
    # 'siguidos'), with their compounds ('consiguió', 'impidieron', 'invirtieron'); 'durmió'.
    ("siguieron", "seguidos"), ("siguió", "seguido"), ("pidieron", "pedidos"),
    ("pidió", "pedido"), ("midieron", "medidos"), ("midió", "medido"),
    ("virtieron", "vertidos"), ("virtió", "vertido"), ("firieron", "feridos"),
    ("firió", "ferido"), ("sintieron", "sentidos"), ("sintió", "sentido"),
    ("sirvieron", "servidos"), ("sirvió", "servido"), ("pitieron", "petidos"),
    ("pitió", "petido"), ("eligieron", "elegidos"), ("eligió", "elegido"),
    ("rrigieron", "rregidos"), ("rrigió", "rregido"), ("hirieron", "heridos"),
    ("hirió", "herido"), ("rindieron", "rendidos"), ("rindió", "rendido"),
    ("durmieron", "dormidos"), ("durmió", "dormido"),
)  # fmt: skip


# Verbs in -iar, whose preterite ends in '-ió' as those in -er and -ir do ('benefició' as
# 'recibió'), by their stems.
_IAR_STEMS: Final = word_set(
    """benefici financi denunci inici reinici envi reenvi cambi intercambi copi anunci renunci
    vari ampli estudi negoci diferenci evidenci auxili premi limpi confi desafi acopi concili
    propici potenci auspici presenci licenci sentenci vaci enfri expropi apropi remedi asoci
    agravi averi contagi desvi distanci enunci fotografi gui incendi lidi malici
    pronunci repudi sustanci agenci"""
)


# Verbs of where or how people live, which make no participle of those who do it ('viven',
# 'residen': 'personas que viven', not 'personas vividas').
_LIVING_VERBS_ES: Final = word_set(
    "vive viven vivía vivían residen reside residían residía habitan habita habitaban trabajan "
    "trabaja trabajaban estudian estudia estudiaban "
    # (and the present of coming and going, told of a habit: 'Cada día llegan unas 1.500
    # personas al centro': 'personas que llegan', not 'personas llegadas')
    "llegan llega cruzan cruza ingresan ingresa entran entra salen sale "
    # (and of ships and aircraft: 'Cada día atracan en Balboa unos 40 buques', 'aterrizan
    # unos 300 vuelos': 'buques que atracan', not 'buques atracados')
    "atracan atraca zarpan zarpa aterrizan aterriza despegan despega"
)


def _es_participle(verb: str) -> str:
    """'deportaron' -> 'deportados': a Spanish past tense as a participle."""
    lowered = verb.lower()
    if lowered in _LIVING_VERBS_ES:
        return f"que {lowered}"  # ('en Guatemala viven 17,6 millones de personas': no participle)
    irregular = _ES_IRREGULAR.get(lowered)
    if irregular:
        return irregular
    if not lowered.startswith(("estuv", "anduv")):  # ('estuvo' is no compound of 'tener')
        for ending, participle in _ES_IRREGULAR_ENDINGS:
            if lowered.endswith(ending):
                return lowered[: -len(ending)] + participle
    if lowered.endswith("ió") and lowered[:-1] in _IAR_STEMS:
        return f"{lowered[:-1]}ado"  # ('benefició' is 'beneficiar': 'beneficiado')
    for ending, participle in (
        ("aremos", "ados"),
        ("eremos", "idos"),
        ("iremos", "idos"),
        ("arán", "ados"),
        ("erán", "idos"),
        ("irán", "idos"),
        ("ará", "ado"),
        ("erá", "ido"),
        ("irá", "ido"),
        ("aban", "ados"),
        ("aba", "ado"),
        ("rían", "rían"),  # (a conditional, 'necesitarían', has no participle of this form)
        ("ría", "ría"),
        ("ían", "idos"),  # ('obtenían' -> 'obtenidos')
        ("ía", "ido"),
        ("aron", "ados"),
        ("ieron", "idos"),
        ("ió", "ido"),
        ("ó", "ado"),
        ("amos", "ados"),
        ("emos", "idos"),
        ("imos", "idos"),
        ("an", "ados"),
        ("en", "idos"),
        ("a", "ado"),  # ('lo que afecta a' -> 'afectado')
        ("e", "ido"),  # ('Fiscalía recibe 38.450 denuncias' -> 'recibido')
    ):
        if lowered.endswith(ending) and len(lowered) > len(ending) + 2:
            return lowered[: -len(ending)] + participle
    return lowered


def _cut_np(words: list[str], lang: str) -> list[str]:
    stops = {
        "in",
        "on",
        "at",
        "for",
        "from",
        "to",
        "by",
        "with",
        "since",
        "en",
        "para",
        "por",
        "con",
        "desde",
        "a",
    }
    kept: list[str] = []
    for word in words:
        if word.lower() in stops or (lang == "en" and word.lower() in _VERBS_EN):
            break
        kept.append(word)
    return kept


_TIDY_TAIL: Final = word_set(
    "in on at of to by from and en de a y que with con for para until till hasta since desde "
    "the el la los las an un una which who durante during throughout solo sólo al del por partir"
)


_THAT_LEAD_ES: Final = compiled(r"^(?:se\s+[a-záéíóúñ]+\s+)?que\s+", re.IGNORECASE)


def _tidy(phrase: str) -> str:
    # (and the quotation marks a quoted figure leaves: "'... 1.100 expedientes al año', dijo")
    words = [w.strip(".,;:\"“”«»'‘’") for w in phrase.split()]
    words = [w for w in words if w]
    while words and words[-1].lower() in _TIDY_TAIL:
        words.pop()
    if len(words) > 3 and words[-1].lower() == "total" and words[-2].lower() in ("en", "in"):
        del words[-2:]  # ('empleados públicos en total', 'public employees in total')
    return " ".join(words)


# A relative clause or a source set off by commas: ', que en 2025 ya había marcado un récord,',
# ', según el informe anual del Organismo Judicial (OJ),'.
_ASIDE_ES: Final = compiled(r",\s+(?:que|quienes?|según)\s[^,;:]{3,120},")


_EXPECTED_CHANGE_EN: Final = compiled(
    r"(?:\s*%|\s+percent)?\s+(?:(?:drop|fall|decline|decrease|rise|increase|gain|contraction|"
    r"expansion|growth)\s+)?(?P<verb>expected|forecast|predicted|projected|anticipated)\s+by\s"
)
_A_CHANGE_OF_BEFORE_EN: Final = compiled(
    r"\b[Aa]n?\s+(rise|increase|gain|jump|fall|drop|decline|decrease)\s+of\s+$"
)
_RISE_NOUNS_EN: Final = frozenset(("rise", "increase", "gain", "jump"))
_RANKED_MEASURE_EN: Final = compiled(
    r"\b(?:has|have|had|is|are|was|were|remains?|remained|(?:giving|gives|gave|making|makes|"
    r"made)\s+it)\s+(?:still\s+)?the\s+"
    r"(?:highest|lowest|largest|smallest|biggest|steepest|fastest|slowest)\s+"
    r"(?P<m>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)"
    r"(?:\s+(?:in|of|among|across)\s+[^,]{1,40})?,\s+at\s+$"
)
_WHOLE_TIME_EN: Final = compiled(
    r"\b(?:(?:[Ff]or|[Oo]ver|[Ii]n|[Dd]uring|[Tt]hroughout)\s+the\s+whole\s+of|as\s+a\s+whole)\b"
)
_FRAME_LEAD_EN: Final = compiled(
    # ("In El Salvador, homicides fell to 114": a place the clause opens with, too)
    r"(?:During|Under|Throughout|In(?=\s+[A-Z]))\s+[^,;:\d]{1,50}?(?:\s*\([^()]{1,20}\))?,"
)


def sentence_subject(sentence: str, lang: str, removed: list[tuple[int, int]]) -> str | None:
    """The noun phrase before the sentence's first verb, without the source and the times."""
    if lang == "es" and (", que " in sentence or ", según " in sentence):
        # "El número de hondureños deportados, que en 2025 ya había marcado un récord, siguió
        # en aumento": an aside between commas is no part of the subject.
        removed = removed + [m.span() for m in _ASIDE_ES.finditer(sentence, 0, 240)]
    if lang == "en" and sentence[:1] in "DUTI":
        frame = _FRAME_LEAD_EN.match(sentence)
        if frame is not None:
            # "During the previous administration (2016-2020), homicides averaged 3,500 a
            # year": the frame the sentence opens with, set off by its comma, is no part of
            # the subject.
            removed = [*removed, (0, frame.end())]
    words = _kept(sentence, 0, len(sentence), removed)
    lead = _LEAD_ES if lang == "es" else _LEAD_EN
    words = lead.sub("", " ".join(words)).split()
    if lang == "es" and "que" in words[:3]:
        # "La Fiscalía dijo que los detenidos eran 120" (the source taken out), "Se informó
        # que los detenidos eran 120": the subject is the reported clause's ('detenidos'), not
        # 'que detenidos' nor the impersonal 'se'.
        words = _THAT_LEAD_ES.sub("", " ".join(words)).split()
    subject, verb_at = _split([(0, 0, w) for w in words], lang)
    if verb_at is None or not subject or len(subject) > 10:
        return None
    phrase = _noun_phrase(subject, lang)
    return phrase or None


# An aside that names a part of a count before its verb: "Four suspects, including two
# Mexicans, were arrested".
_PART_ASIDE_BEFORE_EN: Final = compiled(
    r",\s+(?:including|among\s+them|among\s+whom|of\s+whom)\s+$"
)
_PART_ASIDE_AFTER_EN: Final = compiled(
    r",\s+(?:including|among\s+them|among\s+whom|of\s+whom)\s+[^,.;:]{1,60}?,"
)
_PASSIVE_AFTER_EN: Final = compiled(
    r",?\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
    r"(?P<p>[a-z]{3,}ed|shot|held|taken|hurt|found|beaten|stolen|driven|caught|freed)\b"
)


def _done_after_aside_en(sentence: str, figure: SubjectInput) -> str | None:
    """'arrested' for 'two Mexicans' in 'Four suspects, including two Mexicans, were
    arrested', and for 'Four suspects' itself; None unless the count and its part are set off
    so and a passive verb follows the aside."""
    tail = figure.tail_end
    if _PART_ASIDE_BEFORE_EN.search(sentence, max(0, figure.value_start - 24), figure.value_start):
        after = tail  # (the part, inside the aside)
    else:
        aside = _PART_ASIDE_AFTER_EN.match(sentence, tail)
        if aside is None:
            return None
        after = aside.end() - 1  # (the whole, before the aside)
    done = _PASSIVE_AFTER_EN.match(sentence, after)
    return done.group("p") if done is not None else None


# "the world's highest incarceration rate, at around 1,500": the kind of rate, then the figure.
_RATE_AT_BEFORE_EN: Final = compiled(
    r"\b(?P<n>[a-z-]{4,})\s+rate,\s+(?:at|of)\s+(?:[a-z]+\s+){0,2}$"
)
_RATE_NOT_KIND_EN: Final = word_set(
    "highest lowest world's country's nation's average overall same"
)


# "diverted about 7 billion lempiras, roughly $330 million, from the institute": a verb in the
# past right before the money, then where the money came from (an amount restated in another
# currency between them).
_MONEY_VERB_BEFORE_EN: Final = compiled(
    r"\b(?P<v>[a-z]{3,}ed|stole|took)\s+(?:[^,;:()]{1,40}\d[^,;:()]{0,30},\s+)?$"
)
_MONEY_TAKEN_FROM_EN: Final = compiled(
    r"(?:,\s+(?:roughly|about|some|nearly|or)?\s*[$€£]?\d[^,;:()]{0,30},)?,?\s+(?:from|out\s+of)\s+"
    r"(?P<np>(?:the\s+)?[a-zA-Z][^,.;:()\d]{1,60}?)"
    r"(?=\s*[,.;:]|\s+(?:between|in|during|since|over|last|this|through|from|and)\b|\s*$)"
)
_TAKEN_EN: Final = {"stole": "stolen", "took": "taken"}
_CHANGE_ED_EN: Final = word_set(
    """increased decreased declined dropped jumped climbed slipped edged rebounded plunged
    soared surged tumbled slumped recovered advanced gained widened narrowed shrank expanded
    contracted totaled totalled amounted reached topped exceeded"""
)
