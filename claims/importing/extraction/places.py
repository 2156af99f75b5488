"""A small gazetteer of countries, regions, states and large cities, plus 'in <Place>' cues."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from claims.importing.extraction.gates import compiled
from claims.importing.extraction.text import folded, lower
from claims.importing.extraction.words import alternation, word_set

_COUNTRIES: Final = """
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|
Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|
Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|
Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|
Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Democratic Republic of Congo|Denmark|Djibouti|
Dominica|Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|
Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|
Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|
Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|
Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|
Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|
Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|
New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|
Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Puerto Rico|Qatar|
Republic of Congo|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|
Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|
South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|
Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|
Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|
Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Gaza|West Bank|Hong Kong|Greenland
"""
_REGIONS: Final = """
Africa|Sub-Saharan Africa|sub-Saharan Africa|North Africa|West Africa|East Africa|
Southern Africa|Central Africa|Horn of Africa|Sahel|Europe|Western Europe|Eastern Europe|
European Union|Asia|South Asia|Southeast Asia|East Asia|Central Asia|Middle East|
Latin America|Central America|South America|North America|Caribbean|Mediterranean|Balkans|
Scandinavia|Amazon|Arctic|Antarctica|Oceania|Pacific|Gulf|Persian Gulf|Northern Ireland|
England|Scotland|Wales|Kurdistan|Darfur|Crimea|Donbas|Kashmir|Tigray|Patagonia|
Latin America and the Caribbean|América Latina y el Caribe|Americas|Américas|
eurozone|Eurozone|euro zone|euro area|eurozona|zona euro
"""
_US_STATES: Final = """
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|
Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|
Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|
New York State|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|
Wyoming|Ontario|Quebec|British Columbia|Alberta|New South Wales|Victoria|Queensland|
Chiapas|Guerrero|Guanajuato|Jalisco|Michoacán|Sinaloa|Tamaulipas|Chihuahua|Sonora|
São Paulo|Minas Gerais|Bahia|Buenos Aires|Rio Grande do Sul|Amazonas|Pará|
Alta Verapaz|Baja Verapaz|Petén|Izabal|Quiché|El Quiché|Huehuetenango|San Marcos|
Quetzaltenango|Totonicapán|Sololá|Chimaltenango|Sacatepéquez|Escuintla|Suchitepéquez|
Retalhuleu|Jutiapa|Jalapa|Santa Rosa|Chiquimula|Zacapa|El Progreso|Cortés|Francisco Morazán|
Atlántida|Olancho|Yoro|Choluteca|Gracias a Dios|La Libertad|Santa Ana|San Miguel|
Usulután|Ahuachapán|Sonsonate|Chalatenango|La Paz|Tabasco|Oaxaca|Veracruz|Nuevo León|
Baja California|Michoacán|Zacatecas|Colima|Quintana Roo|Yucatán|Puebla|Morelos|Sinaloa|
Estado de México|Cataluña|Catalonia|Andalucía|Andalusia|Valencia|Galicia|Darién|Chocó|
Antioquia|Corredor Seco|Dry Corridor|Darién Gap|Centroamérica|Triángulo Norte|
Northern Triangle|Brazilian Amazon|Amazonía|Mesoamérica|Latinoamérica|América Latina|
Norteamérica|Sudamérica|Caribe colombiano|Caribe mexicano|Pacífico colombiano|
Caribe|Alajuela|Heredia|Cartago|Puntarenas|Guanacaste|Limón|
Esmeraldas|Manabí|Guayas|Pichincha|La Guajira|Cundinamarca|Valle del Cauca|
Cauca|Nariño|Arauca|Putumayo|Caquetá|Huila|Tolima|Boyacá|Norte de Santander|Risaralda|
Quindío|Casanare|Guaviare|Vichada|Vaupés|Guainía|Piura|Loreto|Cusco|Cuzco|Puno|Ucayali|
Junín|Áncash|Ayacucho|Huánuco|Cajamarca|Lambayeque|Tumbes|Madre de Dios|Apurímac|
Huancavelica|Moquegua|Tacna|Los Ríos|Sucumbíos|Orellana|Azuay|Imbabura|Cotopaxi|Tungurahua|
Chimborazo|Santa Cruz|Beni|Pando|Oruro|Potosí|Chuquisaca|Tarija|Valle de Sula|
Colón|Chiriquí|Veraguas|Coclé|Bocas del Toro|
Región Metropolitana|Gran Buenos Aires|Mendoza|Tucumán|
Lima Metropolitana|Canary Islands|Canarias|Islas Canarias|Balearic Islands|Baleares|Ceuta|
Melilla|Sicily|Sicilia|Sardinia|Calabria|Lombardy|Campania|Apulia|Basque Country|
País Vasco|
Coahuila|Durango|Nayarit|Hidalgo|Querétaro|San Luis Potosí|Aguascalientes|Tlaxcala|Campeche|
Baja California Sur|
Punjab|Sindh|Khyber Pakhtunkhwa|Balochistan|Maharashtra|Uttar Pradesh|Bihar|West Bengal|
Tamil Nadu|Karnataka|Kerala|Gujarat|Rajasthan|Assam|Odisha
"""
_CITIES: Final = """
New York City|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|
San Francisco|Seattle|Boston|Miami|Atlanta|Detroit|Baltimore|Washington, D.C.|New Orleans|
Mexico City|Guatemala City|San Salvador|Tegucigalpa|San Pedro Sula|Managua|San José|
Panama City|Havana|Port-au-Prince|Santo Domingo|Bogotá|Bogota|Medellín|Caracas|Quito|Lima|
La Paz|Santiago|Buenos Aires|Montevideo|Rio de Janeiro|Brasília|Toronto|Montreal|Vancouver|
London|Paris|Berlin|Madrid|Rome|Lisbon|Brussels|Amsterdam|Vienna|Athens|Warsaw|Kyiv|Kiev|
Moscow|Istanbul|Ankara|Gaziantep|Cairo|Lagos|Nairobi|Johannesburg|Cape Town|Addis Ababa|
Khartoum|Kinshasa|Beirut|Damascus|Baghdad|Tehran|Kabul|Karachi|Lahore|Islamabad|Delhi|
New Delhi|Mumbai|Dhaka|Cox's Bazar|Cox’s Bazar|Bangkok|Jakarta|Manila|Beijing|Shanghai|
Wuhan|Tokyo|Seoul|Sydney|Melbourne|Jerusalem|Tel Aviv|Riyadh|Dubai|Aleppo|Mosul|Bali|
Ciudad de Guatemala|Mixco|Villa Nueva|Cobán|Puerto Barrios|Antigua Guatemala|Mazatenango|
Soyapango|Ciudad de México|Ciudad Juárez|Tijuana|Monterrey|Guadalajara|Tapachula|
Acapulco|Culiacán|Cancún|Ciudad de Panamá|Barcelona|Sevilla|Lakeport|
Cali|Barranquilla|Cartagena|Cúcuta|Bucaramanga|Guayaquil|Machala|La Ceiba|Choloma|
Comayagua|Santa Tecla|Rosario|Valparaíso|Arequipa|Cochabamba|Maracaibo|Barquisimeto|
Zapopan|Toluca|Hermosillo|Celaya|Irapuato|Reynosa|Nuevo Laredo|Mazatlán|Chilpancingo|
Quibdó|Riohacha|Antofagasta|Temuco|Milan|Naples|Palermo|Turin|Málaga|Bilbao|Zaragoza|
Denver|Pittsburgh|Minneapolis|St. Louis|Cleveland|Cincinnati|Milwaukee|Kansas City|Las Vegas|
Nashville|Memphis|Sacramento|Oakland|Tampa|Indianapolis|Jacksonville|Louisville|
Oklahoma City|Albuquerque|Tucson|Honolulu|Salt Lake City|Omaha|Fort Worth|El Paso|
Manchester|Birmingham|Liverpool|Leeds|Glasgow|Edinburgh|Bristol|Sheffield|Cardiff|Belfast|
Newcastle|Nottingham|Leicester|Coventry|Calgary|Edmonton|Winnipeg|Halifax|
Quebec City|Mississauga|Saskatoon|Brisbane|Perth|Hobart|Gold Coast|Cork|
Galway|Waterford|Austin|Raleigh|Orlando|Fresno|Long Beach|Virginia Beach|
Colorado Springs|Tulsa|Bakersfield|Anaheim|Corpus Christi|Greensboro|Jersey City|Boise|
Spokane|Scottsdale|Baton Rouge|Des Moines|Hartford|Adelaide|Canberra|Auckland|Ottawa
"""
_ALIASES: Final = {
    "U.S.": "United States",
    "US": "United States",
    "U.S.A.": "United States",
    "USA": "United States",
    "United States of America": "United States",
    "America": "United States",
    "U.K.": "United Kingdom",
    "UK": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "New York": "New York City",
    "Washington": "United States",
    "DRC": "Democratic Republic of Congo",
    "DR Congo": "Democratic Republic of Congo",
    "Democratic Republic of the Congo": "Democratic Republic of Congo",
    "Congo": "Democratic Republic of Congo",
    "Burma": "Myanmar",
    "Czechia": "Czech Republic",
    "Côte d'Ivoire": "Ivory Coast",
    "Swaziland": "Eswatini",
    "Türkiye": "Turkey",
    "Holland": "Netherlands",
    "the EU": "European Union",
    "EU": "European Union",
    "sub-Saharan Africa": "Sub-Saharan Africa",
    "Bogota": "Bogotá",
    "Kiev": "Kyiv",
    "Cox’s Bazar": "Cox's Bazar",
    "Washington, D.C.": "Washington, D.C.",
    "México": "Mexico",
    "Estados Unidos": "United States",
    "EE.UU.": "United States",
    "EE. UU.": "United States",
    "EEUU": "United States",
    "Panamá": "Panama",
    "España": "Spain",
    "Brasil": "Brazil",
    "Belice": "Belize",
    "Haití": "Haiti",
    "Perú": "Peru",
    "República Dominicana": "Dominican Republic",
    "Alemania": "Germany",
    "Francia": "France",
    "Italia": "Italy",
    "Reino Unido": "United Kingdom",
    "Canadá": "Canada",
    "Japón": "Japan",
    "Turquía": "Turkey",
    "Siria": "Syria",
    "Rusia": "Russia",
    "Ucrania": "Ukraine",
    "Pakistán": "Pakistan",
    "Irán": "Iran",
    "Irak": "Iraq",
    "Afganistán": "Afghanistan",
    "Bangladés": "Bangladesh",
    "Birmania": "Myanmar",
    "Filipinas": "Philippines",
    "Tailandia": "Thailand",
    "Sudán": "Sudan",
    "Etiopía": "Ethiopia",
    "Egipto": "Egypt",
    "Marruecos": "Morocco",
    "Argelia": "Algeria",
    "Kenia": "Kenya",
    "Sudáfrica": "South Africa",
    "Bélgica": "Belgium",
    "Países Bajos": "Netherlands",
    "Suiza": "Switzerland",
    "Suecia": "Sweden",
    "Noruega": "Norway",
    "Dinamarca": "Denmark",
    "Finlandia": "Finland",
    "Polonia": "Poland",
    "Grecia": "Greece",
    "Hungría": "Hungary",
    "Rumania": "Romania",
    "Líbano": "Lebanon",
    "Jordania": "Jordan",
    "Corea del Sur": "South Korea",
    "Corea del Norte": "North Korea",
    "Arabia Saudita": "Saudi Arabia",
    "Emiratos Árabes Unidos": "United Arab Emirates",
    "Taiwán": "Taiwan",
    "Nueva Zelanda": "New Zealand",
    "Guatemala City": "Guatemala City",
    "Puerto Príncipe": "Port-au-Prince",
}
# Countries as Spanish texts write them (subjects of Spanish candidates stay in Spanish).
SPANISH_NAMES: Final = {
    "United States": "Estados Unidos", "Mexico": "México", "Spain": "España", "Panama": "Panamá",
    "Brazil": "Brasil", "Haiti": "Haití", "Peru": "Perú", "Belize": "Belice",
    "Dominican Republic": "República Dominicana", "Pakistan": "Pakistán", "Canada": "Canadá",
    "United Kingdom": "Reino Unido", "Germany": "Alemania", "France": "Francia",
    "Italy": "Italia", "Japan": "Japón", "Turkey": "Turquía", "Syria": "Siria",
    "Russia": "Rusia", "Ukraine": "Ucrania", "Central America": "Centroamérica",
}  # fmt: skip
# The country of a large city, for figures said to be national ('nationwide', 'el país').
CITY_COUNTRY: Final = {
    "Guatemala City": "Guatemala", "Ciudad de Guatemala": "Guatemala", "Mixco": "Guatemala",
    "Villa Nueva": "Guatemala", "Mexico City": "Mexico", "Ciudad de México": "Mexico",
    "San Salvador": "El Salvador", "Tegucigalpa": "Honduras", "San Pedro Sula": "Honduras",
    "Managua": "Nicaragua", "San José": "Costa Rica", "Panama City": "Panama",
    "Ciudad de Panamá": "Panama", "Bogotá": "Colombia", "Caracas": "Venezuela",
    "Lima": "Peru", "Quito": "Ecuador", "Santiago": "Chile", "Buenos Aires": "Argentina",
    "Havana": "Cuba", "Santo Domingo": "Dominican Republic", "Port-au-Prince": "Haiti",
    "Medellín": "Colombia", "Cali": "Colombia", "Barranquilla": "Colombia",
    "Cartagena": "Colombia", "Cúcuta": "Colombia", "Bucaramanga": "Colombia",
    "Guayaquil": "Ecuador", "Machala": "Ecuador", "La Ceiba": "Honduras", "Choloma": "Honduras",
    "Comayagua": "Honduras", "Santa Tecla": "El Salvador", "Rosario": "Argentina",
    "Valparaíso": "Chile", "Arequipa": "Peru", "Cochabamba": "Bolivia", "Maracaibo": "Venezuela",
    "Barquisimeto": "Venezuela", "Zapopan": "Mexico", "Toluca": "Mexico", "Hermosillo": "Mexico",
    "Celaya": "Mexico", "Irapuato": "Mexico", "Reynosa": "Mexico", "Nuevo Laredo": "Mexico",
    "Mazatlán": "Mexico", "Chilpancingo": "Mexico", "Quibdó": "Colombia",
    "Riohacha": "Colombia", "Antofagasta": "Chile", "Temuco": "Chile", "Milan": "Italy",
    "Naples": "Italy", "Palermo": "Italy", "Turin": "Italy", "Málaga": "Spain",
    "Bilbao": "Spain", "Zaragoza": "Spain",
}  # fmt: skip
# The capital of a country as Spanish texts name it ('la capital hondureña' -> Tegucigalpa).
CAPITALS: Final = {
    "Guatemala": "Ciudad de Guatemala", "Honduras": "Tegucigalpa", "El Salvador": "San Salvador",
    "Nicaragua": "Managua", "Costa Rica": "San José", "Panama": "Ciudad de Panamá",
    "Mexico": "Ciudad de México", "Colombia": "Bogotá", "Venezuela": "Caracas", "Peru": "Lima",
    "Ecuador": "Quito", "Chile": "Santiago", "Argentina": "Buenos Aires",
    "Dominican Republic": "Santo Domingo", "Spain": "Madrid",
}  # fmt: skip
# Institutions that place a figure in their country when the text names no place.
INSTITUTION_PLACES: Final = {
    "inacif": "Guatemala", "banguat": "Guatemala", "banco de guatemala": "Guatemala",
    "conred": "Guatemala", "igss": "Guatemala", "mingob": "Guatemala", "quetzales": "Guatemala",
    "gtq": "Guatemala", "instituto guatemalteco de migración": "Guatemala",
    "policía nacional civil": "Guatemala", "national civil police": "Guatemala",
    "pnc": "Guatemala", "inguat": "Guatemala", "provial": "Guatemala", "digecam": "Guatemala",
    "mspas": "Guatemala",
    "conap": "Guatemala", "sicoin": "Guatemala", "renap": "Guatemala", "mineduc": "Guatemala",
    "insivumeh": "Guatemala", "superintendencia de administración tributaria": "Guatemala",
    "instituto guatemalteco de turismo": "Guatemala", "grupo de apoyo mutuo": "Guatemala",
    "maga": "Guatemala", "sipecif": "Guatemala", "grupo guatemalteco de mujeres": "Guatemala",
    # (the missing-women and missing-children alerts of Guatemalan law, Guatemala's health
    # ministry and human-rights ombudsman by their full names, which no other country uses)
    "isabel-claudina": "Guatemala", "alba-keneth": "Guatemala",
    "ministerio de salud pública y asistencia social": "Guatemala",
    "procuraduría de los derechos humanos": "Guatemala",
    "enee": "Honduras", "banco central de honduras": "Honduras", "copeco": "Honduras",
    "organismo de investigación judicial": "Costa Rica",
    "autoridad del canal de panamá": "Panama",
    "lempiras": "Honduras", "bharatiya janata": "India", "narendra modi": "India",
    "fuego volcano": "Guatemala", "volcán de fuego": "Guatemala", "conaie": "Ecuador",
    "instituto nacional de migración": "Mexico", "inegi": "Mexico", "pemex": "Mexico",
    "sedena": "Mexico", "bukele": "El Salvador", "argentine": "Argentina",
    # ('peso', no country of its own: the extractor takes the peso country the text names)
    "peso": "",
    "obama administration": "United States", "department of homeland security": "United States",
    "federal reserve": "United States", "fbi": "United States", "fema": "United States",
    "white house": "United States", "pentagon": "United States", "u.s. census": "United States",
    # (the federal immigration agencies: their figures are the United States')
    "immigration and customs enforcement": "United States",
    "customs and border protection": "United States", "border patrol": "United States",
    "patrulla fronteriza": "United States", "state department": "United States",
    "citizenship and immigration services": "United States",
    # National statistics offices, central banks and agencies known by one country's acronym.
    # (Not a national office whose figures a text may give for a state or a nation within the
    # country: the Census Bureau, the NHS.)
    "indec": "Argentina", "bcra": "Argentina", "inei": "Peru", "bcrp": "Peru", "sunat": "Peru",
    "national electoral institute": "Mexico", "instituto nacional electoral": "Mexico",
    "sheinbaum": "Mexico", "lópez obrador": "Mexico",
    "banxico": "Mexico", "coneval": "Mexico", "imss": "Mexico", "ibge": "Brazil",
    "ccss": "Costa Rica", "inide": "Nicaragua",
    # (Mexico's public-security statistics office, by its acronym and by its full name)
    "sesnsp": "Mexico",
    "secretariado ejecutivo del sistema nacional de seguridad pública": "Mexico",
    # (housing funds, ministries, registers and associations of one country, and the name
    # Spain gives its count of jobseekers)
    "infonavit": "Mexico", "fovissste": "Mexico",
    "ministerio de trabajo y economía social": "Spain", "paro registrado": "Spain",
    "sepe": "Spain", "seopan": "Spain", "adif": "Spain", "renfe": "Spain", "omie": "Spain",
    "departamento administrativo nacional de estadística": "Colombia",
}  # fmt: skip
_DEMONYMS: Final = {
    "Afghan": "Afghanistan", "Algerian": "Algeria", "American": "United States",
    "Argentine": "Argentina", "Argentinian": "Argentina", "Australian": "Australia",
    "Bangladeshi": "Bangladesh", "Belgian": "Belgium", "Bolivian": "Bolivia",
    "Brazilian": "Brazil", "British": "United Kingdom", "Canadian": "Canada",
    "Chilean": "Chile", "Chinese": "China", "Colombian": "Colombia", "Congolese":
    "Democratic Republic of Congo", "Costa Rican": "Costa Rica", "Cuban": "Cuba",
    "Dominican": "Dominican Republic", "Dutch": "Netherlands", "Ecuadorian": "Ecuador",
    "Egyptian": "Egypt", "Ethiopian": "Ethiopia", "French": "France", "German": "Germany",
    "Ghanaian": "Ghana", "Greek": "Greece", "Guatemalan": "Guatemala", "Haitian": "Haiti",
    "Honduran": "Honduras", "Hungarian": "Hungary", "Indian": "India", "Indonesian":
    "Indonesia", "Iranian": "Iran", "Iraqi": "Iraq", "Irish": "Ireland", "Israeli": "Israel",
    "Italian": "Italy", "Jamaican": "Jamaica", "Japanese": "Japan", "Kenyan": "Kenya",
    "Lebanese": "Lebanon", "Libyan": "Libya", "Malaysian": "Malaysia", "Mexican": "Mexico",
    "Moroccan": "Morocco", "Nicaraguan": "Nicaragua", "Nigerian": "Nigeria", "Pakistani":
    "Pakistan", "Palestinian": "Palestine", "Panamanian": "Panama", "Paraguayan": "Paraguay",
    "Peruvian": "Peru", "Filipino": "Philippines", "Polish": "Poland", "Portuguese":
    "Portugal", "Puerto Rican": "Puerto Rico", "Russian": "Russia", "Salvadoran":
    "El Salvador", "Salvadorean": "El Salvador", "Saudi": "Saudi Arabia", "Somali": "Somalia",
    "South African": "South Africa", "South Korean": "South Korea", "North Korean":
    "North Korea", "Spanish": "Spain", "Sudanese": "Sudan", "Swedish": "Sweden", "Syrian":
    "Syria", "Thai": "Thailand", "Turkish": "Turkey", "Ugandan": "Uganda", "Ukrainian":
    "Ukraine", "Uruguayan": "Uruguay", "Venezuelan": "Venezuela", "Vietnamese": "Vietnam",
    "Yemeni": "Yemen", "Zimbabwean": "Zimbabwe", "European": "Europe",
    "Latin American": "Latin America", "Central American": "Central America",
    "African": "Africa", "Asian": "Asia",
    # (the countries of farm, weather and disaster news: droughts, harvests, cyclones)
    "Zambian": "Zambia", "Malawian": "Malawi", "Mozambican": "Mozambique", "Tanzanian":
    "Tanzania", "Rwandan": "Rwanda", "Senegalese": "Senegal", "Ivorian": "Ivory Coast",
    "Cameroonian": "Cameroon", "Namibian": "Namibia", "Angolan": "Angola", "Malian": "Mali",
    "Sri Lankan": "Sri Lanka", "Nepalese": "Nepal", "Nepali": "Nepal", "Cambodian": "Cambodia",
    "Burmese": "Myanmar", "Tunisian": "Tunisia", "Jordanian": "Jordan", "Emirati":
    "United Arab Emirates", "Qatari": "Qatar", "Kuwaiti": "Kuwait", "Taiwanese": "Taiwan",
    "Singaporean": "Singapore", "Austrian": "Austria", "Swiss": "Switzerland", "Norwegian":
    "Norway", "Danish": "Denmark", "Finnish": "Finland", "Czech": "Czech Republic",
    "Romanian": "Romania", "Bulgarian": "Bulgaria", "Serbian": "Serbia", "Croatian": "Croatia",
    "Eritrean": "Eritrea", "Somalian": "Somalia", "Botswanan": "Botswana", "Liberian":
    "Liberia", "Guinean": "Guinea", "Burkinabe": "Burkina Faso", "Chadian": "Chad",
    # (the nations of the United Kingdom, more specific than it: "English universities",
    # "Scottish schools"; not the languages, see _LANGUAGE_AFTER)
    "English": "England", "Scottish": "Scotland", "Welsh": "Wales",
}  # fmt: skip


def _names(block: str) -> list[str]:
    """Split a '|'-separated block into names."""
    return [name.strip() for name in block.replace("\n", "").split("|") if name.strip()]


CANONICAL: Final[dict[str, str]] = {}
# How large a place is: a figure with no place of its own is about the largest place the text
# names most (a country before its regions, a state before its cities).
SIZE: Final[dict[str, int]] = {}
for _block, _size in ((_COUNTRIES, 3), (_REGIONS, 2), (_US_STATES, 2), (_CITIES, 1)):
    for _name in _names(_block):
        CANONICAL.setdefault(_name, _name)
        SIZE.setdefault(_name, _size)
CANONICAL["New York State"] = "New York State"
CANONICAL.update(_ALIASES)
# Wire copy drops accents: "Sao Paulo", "Darien Gap", "Valparaiso" are the gazetteer's names.
# (Not a short single word, which may be a word of its own: "Pará", "Cortés", "Limón"; nor a
# landscape crossed on the way, "Darien Gap", which the development files read as the country's.)
for _name in list(CANONICAL):
    _plain = "".join(
        c for c in unicodedata.normalize("NFD", _name) if unicodedata.category(c) != "Mn"
    )
    if (
        _plain != _name
        and (" " in _plain or len(_plain) >= 7)
        and not _plain.endswith((" Gap", " Corridor"))
        # (nor a spelling that is another place's own name: San Jose, California)
        and _plain not in ("San Jose",)
    ):
        CANONICAL.setdefault(_plain, CANONICAL[_name])
_LOWER_CANONICAL: Final = {name.lower(): target for name, target in CANONICAL.items()}
for _demonym, _country in _DEMONYMS.items():
    _LOWER_CANONICAL.setdefault(_demonym.lower(), _country)

_NAME_ALTS: Final = alternation(CANONICAL)
_DEMONYM_ALTS: Final = alternation(_DEMONYMS)
# A name or a demonym, not inside a word or after a dot. The class of first letters is checked
# before the look back: it rules out most positions at the cost of one character.
_GAZETTEER: Final = compiled(
    rf"(?=[A-Zts])(?<![\w.])(?:(?:the\s+)?(?P<name>{_NAME_ALTS})(?![\w$€£]|\.\w)"
    # ("the Inter-American Commission", "the Pan-American Highway": of the Americas)
    rf"|(?=[A-Z])(?<!Inter-)(?<!Pan-)(?P<demonym>{_DEMONYM_ALTS})(?:s|es)?(?![\w]))"
)
_COUNTY_AFTER: Final = compiled(r"\s+County\b")
_NAMED_COUNTY: Final = compiled(r"\b(?:[A-Z][a-z]+\s+){1,2}County\b")
_CAP: Final = r"[A-Z][\w'’.-]*"
_IN_PLACE: Final = compiled(
    rf"\b(?:[Ii]n|across|throughout|near|outside|(?:town|city|village|municipality|province|"
    # ("died in the hillside neighborhood of Villa Independencia")
    rf"department|state|region|neighbou?rhood|district|parish|island)\s+of)\s+"
    rf"(?P<place>{_CAP}(?:\s+(?:de|del|da|do|of|la|el)?"
    rf"\s*{_CAP}){{0,3}})"
)
_IN_PLACE_ES: Final = compiled(
    rf"\b(?:en|desde|hacia|(?:municipio|ciudad|aldea|comunidad|departamento|provincia|estado|"
    # ("El puerto de Balboa manejó 3,1 millones de TEU": the port town)
    rf"cantón|caserío|región|selva|puerto)\s+(?:de|del))\s+(?P<place>{_CAP}(?:\s+(?:de|del|la|el|las|"
    rf"los)?\s*{_CAP}){{0,3}})"
)
# A named area whose kind is part of its name: 'valle de Sula', 'Reserva Bosawás'.
_AREA_KINDS: Final = ("valle", "Valle", "reserva", "Reserva", "parque", "Parque", "lago", "Lago")
_NAMED_AREA_ES: Final = compiled(
    r"\b(?:en|por|de|del|desde)\s+(?:el\s+|la\s+)?"
    rf"(?P<place>(?:[Vv]alle|[Rr]eserva(?:\s+(?:[Nn]atural|de\s+(?:la\s+)?[Bb]iosfera))?|"
    rf"[Pp]arque\s+[Nn]acional|[Ll]ago)\s+(?:(?:de|del)\s+(?:la\s+)?)?"
    rf"(?!Federal\b|Internacional\b)[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+(?:de|del)?\s*{_CAP}){{0,2}})"
)


_MOSTLY_IN_ES: Final = compiled(
    r"\b(?:sobre\s+todo|principalmente|mayoría|mayor\s+parte|dentro)\b[^,.;]{0,12}$",
    re.IGNORECASE,
)


def may_contain_area(sentence: str) -> bool:
    """Whether a sentence can name an area by its kind (a plain test before the pattern)."""
    return any(kind in sentence for kind in _AREA_KINDS)


# Where people, goods or money come from, or the neighbour a border is with ('en la frontera
# con México', 'provino de Estados Unidos'): not the place a figure is about.
# "Ohio's Franklin County", "Brazil's Mato Grosso state", "Pakistan's Sindh province": a region
# named after the country or state it lies in, known by the word that says what it is.
_POSSESSED_REGION: Final = compiled(
    rf"['’]s\s+(?P<place>{_CAP}(?:\s+(?:de|del|da|do)?\s*{_CAP}){{0,2}}?)"
    rf"(?:\s+(?P<kind>state|province|region|department|district|county|municipality)\b"
    rf"|(?<=County)|(?<=Province)|(?<=District))"
)
# "in the Metropolitan Region", "across the Central Province": a name that holds its kind.
_IN_THE_NAMED_REGION: Final = compiled(
    r"\b(?:[Ii]n|across|throughout)\s+the\s+(?P<place>(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"(?:Region|Province))\b"
)
# "struck Malatya province", "in Sindh province", "Malatya, a province of 740,000 people": a
# region the gazetteer does not list, named by the word after it that says what it is ('the
# Ixil region' keeps its word: the region is not read here).
_NAME_OF_KIND: Final = compiled(
    rf"(?P<place>{_CAP}(?:\s+(?:de|del|da|do)?\s*{_CAP}){{0,2}}?)(?:\s+|,\s+an?\s+)"
    r"(?:province|department|district|state(?!\s+(?:of|de)\b))\b"
)
# A name ranked as a place of a kind, opening its clause: "Cauca was the deadliest department",
# "Colima remained the most violent state".
_RANKED_PLACE: Final = compiled(
    rf"(?:^|[,;]\s+)(?P<place>{_CAP}(?:\s+(?:de|del|da|do)?\s*{_CAP}){{0,2}}?)\s+"
    r"(?:was|is|remains|remained)\s+(?:(?:again|still|also|by\s+far)\s+)?the\s+"
    r"(?:most\s+[a-z]+|[a-z]+est|worst|hardest[-\s]hit)\s+"
    r"(?:state|province|region|department|district|county|municipality|city)\b"
)
# A place said to be where things come from, after its name ('fue el origen del 92 %', 'was the
# source of 80% of the shipments', 'es el principal proveedor').
_ORIGIN_AFTER: Final = compiled(
    r"\s+(?:fue|es|era|sigue\s+siendo|was|is|remains|remained)\s+(?:el|the)\s+"
    r"(?:(?:principal|mayor|main|largest|biggest|top)\s+)?(?:origen|fuente|proveedor|origin|"
    r"source|supplier)\b"
    # ('Estados Unidos y México deportaron a 32.450 guatemaltecos': the countries that sent
    # people back are where they came from)
    r"|(?:\s*(?:,|y|e)\s+[A-ZÁÉÍÓÚ]\w*(?:\s+[A-ZÁÉÍÓÚ]\w*)?)*\s+(?:(?:ha|han|había|habían)\s+)?"
    r"(?:deport|expuls)(?:ó|aron|a|an|ado|ando)\s+a\s",
    re.IGNORECASE,
)
_ORIGIN_BEFORE: Final = compiled(
    # ('an $18 billion currency swap line with China's central bank': the partner of a deal,
    # not the place its money is of)
    r"\b(?:desde|from|frontera\s+con|border\s+with|provin\w+\s+de|proceden\w*\s+de|"
    r"(?:swap(?:\s+line)?|deal|agreement|accord|treaty)\s+with|"
    r"provenien\w*\s+de|originari[oa]s?\s+de|oriund[oa]s?\s+de)\s+(?:el\s+|la\s+|the\s+)?$",
    re.IGNORECASE,
)
_DESTINATION_BEFORE: Final = compiled(
    r"\b(?:(?:como|con|de)\s+destino(?:\s+a)?|destinad[oa]s?\s+a|destined\s+for)\s+"
    r"(?:el\s+|la\s+|los\s+|the\s+)?$",
    re.IGNORECASE,
)


def names_destination(sentence: str, mention: PlaceMention) -> bool:
    """Whether a place is named as where goods are sent ('tuvieron como destino Estados
    Unidos')."""
    return (
        "destin" in sentence
        and _DESTINATION_BEFORE.search(sentence, max(0, mention.start - 25), mention.start)
        is not None
    )


# "was exported, mostly to", "most of them flying to the", "went to": where things went
_DESTINATION_BEFORE_EN: Final = compiled(
    r"\b(?:went|go|goes|going|flying|flew|fly|flies|shipped|exported|sent|bound|headed|"
    r"destined|sold)(?:,?\s+(?:mostly|mainly|largely|chiefly|primarily))?\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ", and the", " or ", ", ": a place joined to the one before it
_JOINED_BEFORE_EN: Final = compiled(r",?\s+(?:and|or)\s+(?:the\s+)?|,\s+(?:the\s+)?")


def named_as_destinations(sentence: str, mentions: list[PlaceMention], lang: str) -> bool:
    """Whether the places of a sentence are named only as where goods or travellers went, so
    none is where the figure is: in Spanish each one after a word of destination ('tuvieron
    como destino Estados Unidos'); in English the first after a verb of going ('exported,
    mostly to South Korea and China', 'flying to the Gulf') and each other one after such a
    verb or joined to the one before it."""
    if not mentions:
        return False
    if lang == "es":
        return "destin" in sentence and all(names_destination(sentence, m) for m in mentions)
    if lang != "en" or " to " not in sentence:
        return False
    first = mentions[0]
    if _DESTINATION_BEFORE_EN.search(sentence, max(0, first.start - 40), first.start) is None:
        return False
    return all(
        _DESTINATION_BEFORE_EN.search(sentence, max(0, mentions[i].start - 40), mentions[i].start)
        is not None
        or _JOINED_BEFORE_EN.fullmatch(sentence, mentions[i - 1].end, mentions[i].start) is not None
        for i in range(1, len(mentions))
    )


_AND_BETWEEN: Final = compiled(r"\s*(?:,|y|e|and|o|or)\s*|\s*,\s*(?:y|and)\s*")
_NOT_PLACES: Final = word_set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday congress parliament english "
    "spanish french court senate house the a an its their his her this that these those "
    "christmas easter ramadan covid-19 covid twitter facebook el la los las un una su sus "
    "navidad semana"
)
_PLACE_ARTICLES: Final = word_set("el la los las")
_ORG_WORDS: Final = word_set(
    "ministry department agency court party commission council institute university bank "
    "fund organization organisation report journal times post news company corporation group "
    "association office committee union forces army police program programme index survey "
    "study census prison hospital school ministerio instituto secretaría congreso policía "
    "banco comisión universidad hospital tribunal corte fiscalía organización servicio "
    "sistema consejo oficina gobierno"
)


# (An __init__ of its own: mypyc compiles it, while a dataclass's generated methods run in the
# interpreter, thousands of constructions per article. Not frozen, as frozen would make that
# __init__ fail as Python; its fields are still never reassigned.)
@dataclass(init=False, unsafe_hash=True, slots=True)
class PlaceMention:
    """A place named in a sentence (local offsets) and its canonical name."""

    start: int
    end: int
    text: str
    canonical: str
    how: str
    weak: bool = False

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        canonical: str,
        how: str,
        weak: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.canonical = canonical
        self.how = how
        self.weak = weak


def canonical(name: str | None) -> str | None:
    """Return the gazetteer's canonical name for a place name, or the name tidied up."""
    if name is None:
        return None
    tidy = " ".join(name.split()).strip(" ,")
    if tidy.lower().startswith("the "):
        tidy = tidy[4:]
    found = _LOWER_CANONICAL.get(tidy.lower()) or _LOWER_CANONICAL.get(tidy.rstrip(".").lower())
    return found or tidy.rstrip(".") or None


_CAP_WORD_BEFORE: Final = compiled(r"(?:^|\s)(?P<w>[A-Z][\w'’.&-]*)\s+$")
_CAP_WORD_AFTER: Final = compiled(r"\s+(?P<w>[A-Z][\w'’&-]*)")
# 'China Harbour Engineering Company', 'Mexico Airport Group': a firm named after a country
# (its name ends in a word for a firm within four capitalised words) is no place.
_FIRM_NAME_AFTER: Final = compiled(
    r"(?:\s+[A-Z][\w'’&-]*){0,3}\s+(?:Company|Corporation|Corp\.?|Group|Holdings|Inc\.?|Ltd\.?)\b"
)
# 'The New York Times' names a newspaper, not a place the figure is about.
_MASTHEAD_WORDS: Final = word_set(
    "Times Post Journal Herald Tribune Guardian Globe News Daily Chronicle Telegraph"
)
_SENTENCE_OPENERS: Final = word_set(
    "the in on at a an of for by from and but as since en el la los las de del desde para por "
    "según con y a al un una hacia"
)


_ES_DEMONYMS: Final = {
    "guatemalte": "Guatemala", "hondureñ": "Honduras", "salvadoreñ": "El Salvador",
    "mexican": "Mexico", "venezolan": "Venezuela", "estadounidense": "United States",
    "nicaragüense": "Nicaragua", "costarricense": "Costa Rica", "panameñ": "Panama",
    "colombian": "Colombia", "cuban": "Cuba", "haitian": "Haiti", "brasileñ": "Brazil",
    "ecuatorian": "Ecuador", "peruan": "Peru", "chilen": "Chile", "argentin": "Argentina",
}  # fmt: skip
# The countries a demonym names, as a set: size_of asks for every figure's place.
_DEMONYM_COUNTRIES: Final = frozenset(_DEMONYMS.values()) | frozenset(_ES_DEMONYMS.values())
# Run on lower(sentence): a case-blind alternation costs an attempt at every position.
_ES_DEMONYM: Final = folded(
    r"(?<![\w])("  # (the stem: group 1)
    + alternation(_ES_DEMONYMS)
    + r")(?:os|as|o|a|es|e|ca|co|cas|cos)?(?![\w])"
)


_STATE_NOUN_BEFORE_ES: Final = compiled(
    r"\b(?:autoridades|gobierno|policía|ejército|fuerzas\s+armadas|fuerzas\s+de\s+seguridad|"
    r"ministerio\s+público|fiscalía|congreso|marina|armada|cancillería|aduanas|estado|"
    r"banco\s+central)\s+$",
    re.IGNORECASE,
)
# What makes a demonym a language's name: 'Spanish speakers', 'English-language', 'French-speaking'.
_LANDSCAPE_AFTER: Final = compiled(
    r"\s+(?:jungle|forest|rainforest|region|area|basin|coast|mountains|highlands|lowlands)\b"
)
# ("English learners", "English proficiency", "the English Channel", "taught in English")
_LANGUAGE_AFTER: Final = compiled(
    r"(?:\s+|-)(?:speakers?|speaking|language|learners?|proficiency|lessons?|classes|"
    r"courses?|teachers?|translations?|versions?|subtitles|Channel)\b"
    r"|(?=\s*(?:[.,;:)]|$|\s+(?:and|or|as|at|in|on)\b))",
    re.IGNORECASE,
)


# "said at a rally in Florida", "told a campaign event in Iowa": where a statement was made.
_VENUE_BEFORE: Final = compiled(
    r"\b(?:said|says|told|claimed|argued|spoke|speaking)\s+(?:(?:at|during|to)\s+)?"
    r"(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}(?:rally|speech|event|conference|"
    r"town\s+hall|campaign\s+stop|fundraiser|forum|debate|gathering|meeting)\s+in\s+$"
)


def find_places(sentence: str, lang: str = "en") -> list[PlaceMention]:
    """Return place mentions in a sentence, left to right, without overlaps.

    A place inside a longer name ('New England Journal') is dropped; one that only qualifies a
    name ('U.S. Customs', 'Brazilian President') is kept as weak evidence.
    """
    found: list[PlaceMention] = []
    for match in _GAZETTEER.finditer(sentence):
        name = match.group("name")
        start, end = (match.start("name"), match.end("name")) if name else match.span()
        if (
            start >= 2
            and sentence[start - 1] == "-"
            and sentence[start - 2] in "RDI"
            and (start == 2 or not sentence[start - 3].isalnum())
        ):
            continue  # ("Rep. Lauren Briggs, R-Texas,": a lawmaker's party and state, no place)
        if (
            lang == "en"
            and sentence.endswith(" in ", 0, start)
            and _VENUE_BEFORE.search(sentence, max(0, start - 60), start) is not None
        ):
            continue  # ("said at a rally in Florida that ...": where a speaker spoke)
        before = _CAP_WORD_BEFORE.search(sentence, max(0, start - 40), start)
        if (
            before
            and before.group("w").lower() not in _SENTENCE_OPENERS
            and not is_place(before.group("w"))
            and not is_demonym(before.group("w"))
            # ("Spain's Canary Islands", "Mexico's Chiapas": a place its country owns; not a
            # name that only describes a landscape, "Panama's Darién jungle")
            and not (
                found
                and sentence[found[-1].end : start] in ("'s ", "’s ")
                and found[-1].how == "named"
                and size_of(found[-1].canonical) == 3
                and _LANDSCAPE_AFTER.match(sentence, end) is None
            )
        ):
            continue
        after = _CAP_WORD_AFTER.match(sentence, end)
        if after and after.group("w") in _MASTHEAD_WORDS:
            continue
        if after and _FIRM_NAME_AFTER.match(sentence, end) is not None:
            continue
        weak = bool(after) and not is_place(after.group("w")) if after else False
        # Where people or goods come from ('deportados desde Estados Unidos') is weak evidence.
        origin = (
            _ORIGIN_BEFORE.search(sentence, max(0, start - 20), start) is not None
            or (
                bool(found)
                and found[-1].how == "origin"
                and _AND_BETWEEN.fullmatch(sentence, found[-1].end, start) is not None
            )
            # ('Estados Unidos fue el origen del 92 % de los envíos')
            or _ORIGIN_AFTER.match(sentence, end) is not None
        )
        county = (
            _COUNTY_AFTER.match(sentence, end)
            if name is not None and after is not None and after.group("w") == "County"
            else None
        )
        if name is not None and county is not None:
            # "Los Angeles County", "Dallas County": the county named after the city, a place
            # of its own (not the city, and no weak mention of it)
            end = county.end()
            found.append(
                PlaceMention(start, end, f"{name} County", f"{name} County", "named", origin)
            )
        elif name is not None:
            how = "origin" if origin else "named"
            # Where goods are sent ('tuvieron como destino Estados Unidos', 'con destino a
            # Europa') is weak evidence too: the figure is of the place that sends them.
            destination = (
                "destin" in sentence
                and _DESTINATION_BEFORE.search(sentence, max(0, start - 25), start) is not None
            )
            found.append(
                PlaceMention(start, end, name, CANONICAL[name], how, weak or origin or destination)
            )
        else:
            demonym = match.group("demonym")
            if _LANGUAGE_AFTER.match(sentence, end) is not None:
                continue  # ('Spanish speakers', 'Spanish-language media': a language, no place)
            plural = len(match.group(0)) > len(demonym)
            found.append(
                PlaceMention(
                    start, end, match.group(0), _DEMONYMS[demonym], "demonym", weak or plural
                )
            )
    if lang == "en":
        for mention in list(found):
            if mention.how != "named":
                continue
            region = _POSSESSED_REGION.match(sentence, mention.end)
            if region is None:
                continue
            words = region.group("place").split()
            if words[-1].lower() in _ORG_WORDS or words[0].lower() in _NOT_PLACES:
                continue
            start = region.start("place")
            found.append(
                PlaceMention(
                    start,
                    region.end("place"),
                    region.group("place"),
                    region.group("place"),
                    "in-phrase",
                )
            )
    if lang == "en" and ("Region" in sentence or "Province" in sentence):
        for named in _IN_THE_NAMED_REGION.finditer(sentence):
            start, end = named.start("place"), named.end("place")
            if any(p.start < end and start < p.end for p in found):
                continue
            # ("In the Metropolitan Region, the pass rate was 44 percent": a region whose
            # name holds its kind)
            found.append(
                PlaceMention(start, end, named.group("place"), named.group("place"), "in-phrase")
            )
        found.sort(key=lambda p: p.start)
    if lang == "en" and (
        "province" in sentence
        or "department" in sentence
        or "state" in sentence
        or "district" in sentence
    ):
        for kind in _NAME_OF_KIND.finditer(sentence):
            start, end = kind.start("place"), kind.end("place")
            words = kind.group("place").split()
            if (
                any(p.start < end and start < p.end for p in found)
                or words[0].lower() in _NOT_PLACES
                or words[0].lower() in _SENTENCE_OPENERS
                or words[-1].lower() in _ORG_WORDS
                or sentence.endswith(("'s ", "’s "), 0, start)
                # ("Total state debt stands at": a word opening the sentence before a kind
                # word used as an adjective; "Malatya, a province of" is set off)
                or (not sentence[:start].strip() and sentence[kind.end("place")] != ",")
            ):
                continue
            found.append(
                PlaceMention(start, end, kind.group("place"), kind.group("place"), "in-phrase")
            )
        found.sort(key=lambda p: p.start)
    if (
        lang == "en"
        and not found
        and " the " in sentence
        and (" was " in sentence or " is " in sentence or " remain" in sentence)
    ):
        ranked = _RANKED_PLACE.search(sentence)
        if ranked is not None and ranked.group("place").split()[0].lower() not in _NOT_PLACES:
            # ("Cauca was the deadliest department, with 44 killings": a region the gazetteer
            # does not list, named by the kind it is ranked as)
            found.append(
                PlaceMention(
                    ranked.start("place"),
                    ranked.end("place"),
                    ranked.group("place"),
                    ranked.group("place"),
                    "in-phrase",
                )
            )
    taken = [(p.start, p.end) for p in found]
    for match in (_IN_PLACE_ES if lang == "es" else _IN_PLACE).finditer(sentence):
        start, end = match.start("place"), match.end("place")
        if any(s < end and start < e for s, e in taken):
            continue
        if lang == "en" and _VENUE_BEFORE.search(sentence, max(0, start - 60), start) is not None:
            continue  # ("said at a rally in Florida that ...": where a speaker spoke)
        text = match.group("place").rstrip(".,")
        words = [w.removesuffix("'s").removesuffix("’s") for w in text.split()]
        article_name = len(words) >= 2 and words[0].lower() in _PLACE_ARTICLES  # 'Las Tejerías'
        if (words[0].lower() in _NOT_PLACES and not article_name) or words[
            -1
        ].lower() in _ORG_WORDS:
            continue
        if "-" in words[0] and words[0].lower().split("-", 1)[0] in _NOT_PLACES:
            continue  # ('grew 3.6 percent in April-June': a span of months, no place)
        if any(ch.isdigit() for ch in text) or len(words) > 4:
            continue
        if len(text) < 2:
            continue  # ("afirmó en X que ...": a single letter names a network, no place)
        found.append(PlaceMention(start, start + len(text), text, text, "in-phrase"))
    if lang == "es" and may_contain_area(sentence):
        # "en el valle de Sula", "en la Reserva Bosawás", "la Reserva de la Biosfera Maya": a
        # named area whose kind is part of its name (not the 'Reserva Federal', a bank)
        taken = [(p.start, p.end) for p in found]
        for match in _NAMED_AREA_ES.finditer(sentence):
            start = match.start("place")
            text = match.group("place").rstrip(".,")
            end = start + len(text)
            if any(s < end and start < e for s, e in taken):
                continue
            if _MOSTLY_IN_ES.search(sentence, max(0, match.start() - 30), match.start()):
                # ("Petén concentra el 71 %, sobre todo en la Reserva de la Biosfera Maya", "la
                # mayoría dentro de la Reserva": where most of it was, no place of its own)
                continue
            found.append(PlaceMention(start, end, text, text, "in-phrase"))
        found.sort(key=lambda p: p.start)
    if lang == "en" and "County" in sentence:
        # "Harris County Public Health said", "The Clark County health district": a county
        # named anywhere, also in the name of its own body, is a place
        taken = [(p.start, p.end) for p in found]
        for match in _NAMED_COUNTY.finditer(sentence):
            start, end = match.span()
            words = match.group(0).split()
            while len(words) > 2 and (
                words[0].lower() in _NOT_PLACES or words[0].lower() in _SENTENCE_OPENERS
            ):
                start += len(words[0]) + 1
                words = words[1:]
            if words[0].lower() in _NOT_PLACES or words[0].lower() in _SENTENCE_OPENERS:
                continue
            if any(s < end and start < e for s, e in taken):
                continue
            text = " ".join(words)
            found.append(PlaceMention(start, end, text, text, "in-phrase"))
        found.sort(key=lambda p: p.start)
    if lang == "es":
        taken = [(p.start, p.end) for p in found]
        for match in _ES_DEMONYM.finditer(lower(sentence)):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            country = _ES_DEMONYMS[match.group(1)]
            # ('las autoridades guatemaltecas', 'el gobierno mexicano': a country's institution,
            # named by its adjective, places what it did as 'Guatemalan authorities' does)
            how = (
                "named"
                if _STATE_NOUN_BEFORE_ES.search(sentence, max(0, start - 24), start)
                else "demonym"
            )
            found.append(PlaceMention(start, end, sentence[start:end], country, how, True))
    found.sort(key=lambda p: p.start)
    return found


# Regions larger than a country: never "more specific" than a country named with them.
_SUPRANATIONAL: Final = frozenset(
    [
        *_names(_REGIONS)[:35],
        "Centroamérica", "Triángulo Norte", "Northern Triangle", "Mesoamérica", "Latinoamérica",
        "América Latina", "Caribe", "Europa", "Sudamérica", "Norteamérica", "Unión Europea",
        # (the region U.N. agencies report on as one: "In Latin America and the Caribbean")
        "Latin America and the Caribbean", "América Latina y el Caribe", "Americas",
        "Américas",
    ]
)  # fmt: skip


# National capitals with their countries, as wire datelines write them: a story filed from a
# capital that names no place of its own is about the country ('MEXICO CITY (AP) — ', 'MADRID,
# 9 ene (EUROPA PRESS) - '). Not Brussels (the European Union's seat) nor Geneva or New York
# (the United Nations').
_DATELINE_CAPITALS: Final = {
    **{city: country for country, city in CAPITALS.items()},
    "Mexico City": "Mexico", "Guatemala City": "Guatemala", "Panama City": "Panama",
    "Ciudad de Panamá": "Panama", "Bogota": "Colombia", "Havana": "Cuba", "La Habana": "Cuba",
    "Port-au-Prince": "Haiti", "La Paz": "Bolivia", "Montevideo": "Uruguay",
    "Asunción": "Paraguay", "Asuncion": "Paraguay", "Brasília": "Brazil", "Brasilia": "Brazil",
    "Santiago de Chile": "Chile", "Washington": "United States", "Ottawa": "Canada",
    "London": "United Kingdom", "Londres": "United Kingdom", "Paris": "France",
    "París": "France", "Berlin": "Germany", "Berlín": "Germany", "Rome": "Italy",
    "Roma": "Italy", "Lisbon": "Portugal", "Lisboa": "Portugal", "Amsterdam": "Netherlands",
    "Vienna": "Austria", "Viena": "Austria", "Athens": "Greece", "Atenas": "Greece",
    "Warsaw": "Poland", "Varsovia": "Poland", "Kyiv": "Ukraine", "Kiev": "Ukraine",
    "Moscow": "Russia", "Moscú": "Russia", "Ankara": "Turkey", "Cairo": "Egypt",
    "El Cairo": "Egypt", "Nairobi": "Kenya", "Addis Ababa": "Ethiopia", "Khartoum": "Sudan",
    "Kinshasa": "Democratic Republic of Congo", "Beirut": "Lebanon", "Damascus": "Syria",
    "Baghdad": "Iraq", "Tehran": "Iran", "Kabul": "Afghanistan", "Islamabad": "Pakistan",
    "New Delhi": "India", "Nueva Delhi": "India", "Dhaka": "Bangladesh", "Bangkok": "Thailand",
    "Jakarta": "Indonesia", "Manila": "Philippines", "Beijing": "China", "Pekín": "China",
    "Tokyo": "Japan", "Tokio": "Japan", "Seoul": "South Korea", "Seúl": "South Korea",
    "Riyadh": "Saudi Arabia", "Canberra": "Australia", "Wellington": "New Zealand",
    "Kathmandu": "Nepal", "Abuja": "Nigeria", "Pretoria": "South Africa", "Dublin": "Ireland",
    "Stockholm": "Sweden", "Oslo": "Norway", "Copenhagen": "Denmark", "Helsinki": "Finland",
}  # fmt: skip
# The states the Associated Press abbreviates after a city ('SALEM, Ore. (AP) — ').
_AP_STATES: Final = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York State",
    "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon",
    "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina",
    "S.D.": "South Dakota", "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia",
    "Wash.": "Washington State", "W.Va.": "West Virginia", "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}  # fmt: skip
# The Mexican states the press abbreviates after a city ('GUADALAJARA, Jal.- ', 'CULIACÁN,
# Sin. (Agencia) - '); not 'Mich.', which the AP writes for Michigan.
_MX_STATES: Final = {
    "Ags.": "Aguascalientes", "Camp.": "Campeche", "Chis.": "Chiapas", "Chih.": "Chihuahua",
    "Coah.": "Coahuila", "Dgo.": "Durango", "Gto.": "Guanajuato", "Gro.": "Guerrero",
    "Hgo.": "Hidalgo", "Jal.": "Jalisco", "Mor.": "Morelos", "Nay.": "Nayarit",
    "Oax.": "Oaxaca", "Pue.": "Puebla", "Qro.": "Querétaro", "Sin.": "Sinaloa",
    "Son.": "Sonora", "Tab.": "Tabasco", "Tamps.": "Tamaulipas", "Tlax.": "Tlaxcala",
    "Ver.": "Veracruz", "Yuc.": "Yucatán", "Zac.": "Zacatecas",
}  # fmt: skip
_DATELINE_PARTS: Final = compiled(
    r"\s*(?P<city>[^,(]+?)\s*(?:,\s*(?P<region>[^,(]+?)\s*)?(?:\(|,\s*\d)"
)
# ('MANAGUA. ': a place alone, closed by a full stop)
_DATELINE_STOP_PARTS: Final = compiled(
    r"\s*(?P<city>[^,(.]+?)\s*(?:,\s*(?P<region>[A-Z][a-záéíóú]{1,4}\.)|\.)\s*[—–-]{0,2}\s*$"
)
_LOWER_NAME_WORDS: Final = word_set("de del la las los el y")


def capital_country(name: str) -> str | None:
    """The country whose capital a city is ('Ottawa' -> 'Canada'), or None."""
    return _DATELINE_CAPITALS.get(name)


def dateline_place(dateline: str) -> str | None:
    """The place a wire dateline tells a story from, for figures the text gives no place:
    the state or country after the city ('SALEM, Ore. (AP) — ' -> Oregon, 'SAN SALVADOR, El
    Salvador (AP) — ' -> El Salvador), else the country of a national capital ('MEXICO CITY
    (AP) — ' -> Mexico, 'MADRID, 9 ene (EUROPA PRESS) - ' -> Spain); None for another city,
    whose story may be the city's, its state's or its country's."""
    parts = _DATELINE_PARTS.match(dateline) or _DATELINE_STOP_PARTS.match(dateline)
    if parts is None:
        return None
    region = parts.group("region")
    if region and not any(ch.isdigit() for ch in region):
        if region in _AP_STATES:
            return _AP_STATES[region]
        if region in _MX_STATES:
            return _MX_STATES[region]
        return canonical(region) if region in CANONICAL else None
    words = parts.group("city").split()
    city = " ".join(
        w.lower() if i and w.lower() in _LOWER_NAME_WORDS else w.capitalize()
        for i, w in enumerate(words)
    )
    if city in _DATELINE_CAPITALS:
        return _DATELINE_CAPITALS[city]
    # ('Guatemala, 15 ene (EFE).- ', 'Panamá, 3 ene (EFE).- ': a capital by its country's name)
    country = CANONICAL.get(city)
    return country if country is not None and size_of(country) == 3 else None


_US_STATE_NAMES: Final = frozenset(_names(_US_STATES))


def country_of(name: str | None) -> str | None:
    """The country a large city or a U.S. state lies in, when it is known."""
    if not name:
        return None
    if name in _US_STATE_NAMES:
        return "United States"
    return CITY_COUNTRY.get(name)


def is_within_country(place: PlaceMention) -> bool:
    """A region, state, city or an unlisted place named in the text ('the town of X')."""
    size = size_of(place.canonical)
    if size == 0:
        return place.how == "in-phrase"
    return size < 3 and place.canonical not in _SUPRANATIONAL


def is_supranational(name: str | None) -> bool:
    """A region of several countries ('Latin America', 'Central America', 'Americas')."""
    return name in _SUPRANATIONAL


def size_of(name: str) -> int:
    """3 for a country, 2 for a region or state, 1 for a city, 0 for a place not listed."""
    return SIZE.get(name, 3 if name in _DEMONYM_COUNTRIES else 0)


def is_place(word: str) -> bool:
    """Tell whether a word is a gazetteer place name or alias."""
    return word in CANONICAL or word.rstrip(".") in CANONICAL


def names_a_place(text: str) -> bool:
    """Tell whether a text, in any case, is a gazetteer place name or alias ('united states')."""
    return text.lower() in _LOWER_CANONICAL


def ends_with_place(text: str) -> bool:
    """Tell whether a text ends with a gazetteer place name of two to four words ('llegaron a
    Costa Rica', 'in New York State'); one word is what is_place tells."""
    words = text.split()[-4:]
    return any(" ".join(words[-n:]).rstrip(".") in CANONICAL for n in range(2, len(words) + 1))


def demonym_country_es(word: str) -> str | None:
    """The country a Spanish demonym names ('venezolanos' -> Venezuela), else None."""
    found = _ES_DEMONYM.fullmatch(lower(word))
    return _ES_DEMONYMS.get(found.group(1)) if found is not None else None


def is_demonym(word: str) -> bool:
    """Tell whether a word is a demonym, singular or plural ('Mexican', 'Mexicans')."""
    return (
        word in _DEMONYMS
        or word.removesuffix("s") in _DEMONYMS
        or word.removesuffix("es") in _DEMONYMS
    )
