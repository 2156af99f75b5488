"""Floors on the development sets written to stretch the rules (not timing tests).

`dev_stress.jsonl` holds news texts written to vary what the other development sets say in few
ways: periods ("through September", "hasta septiembre", "the week to Sept. 10", fiscal years,
"the following year", "el último trimestre"), Spanish subjects and attributions (a speaker in
the sentence before or after a quotation, "informó la entidad").

`dev_periods.jsonl` holds news texts about Guatemala written to exercise how periods are said
(fiscal years, ranges, quarters, four-month periods, weeks of a month, weekends, "del año
pasado", "de enero a la fecha", a year that names a law) and how Spanish subjects are phrased
(a measure as a share of a base, a bare "la reducción", a reported clause after "estimó que").
It was written in batches, each before the extractor was run on it.

`dev_periods2.jsonl` holds news texts from across Latin America written, each batch before the
extractor was run on it, in period styles the sets above leave out: quarters and half-years
as adjectives and relative to now, slash years (2022/23), "the quarter ended March 31", "a
decade ago", "en lo que va del mes", "el pasado abril", "al cierre de 2023", a period written
in one sentence for the figures of the next, relative years with a year named ("Three years
earlier, in 2018"), headlines, quotations, and present states that take no period. Its
subjects were written for the periods; the subject rules read them at about 0.8 in English
(0.7 before the rules for actors, possessions and money named before were written).

`dev_es_subjects.jsonl` (Spanish only) holds Central and Latin American news paragraphs on
malnutrition, deportations, remittances, budgets, extortion, femicides, road deaths, dengue,
jobs, poverty, schools and rains, written to vary how Spanish subjects and places are said ("la
cifra de", "el número de", "los casos de", a change noun before or after the figure, a subject
in the sentence before, "se registraron", figures in parentheses or in a list, a department, a
municipality, "la capital", "a nivel nacional"). It was written in three batches, each annotated
before the extractor was run on it; the third after the rules it checks had been written.

`dev_paragraphs.jsonl` holds wire-style news texts written in paragraphs of a sentence or two,
separated by blank lines, some under a headline: the period, the figures a later paragraph
refers back to ("Of those") and present states ("The force has 45,000 officers") across
paragraph breaks. It was written before the extractor was run on it; its subjects are not held
to a floor either.

`dev_es_wire.jsonl` (Spanish only) holds 43 texts in the style of Guatemalan wire and
institutional press (MP, INACIF, PNC, OJ, Ministerio de Salud, Banguat, INE, PDH, Prensa Libre,
elPeriódico) on extortion, missing persons, deportations, malnutrition, dengue, budget
execution, remittances, inflation, enrolment, road deaths, femicides and seized drugs, with
periods said in many ways ("hasta el 30 de junio", "en lo que va del año", "el año pasado", "la
última década", "el año cafetero 2022/2023"). It was annotated before the extractor was run on
it. Its places are annotated as a reader would fill them in ("Guatemala" for a national figure
the text does not place), which the rules leave empty about half the time: the place floor
only keeps that from falling further.

`dev_es_news.jsonl` (Spanish only) holds 76 news texts in the style of Latin American press
and wires (Guatemala, Honduras, El Salvador, Mexico, Colombia, Panama) on homicides,
extortion, deportations, remittances, budgets, taxes, poverty, malnutrition, health,
education, elections and weather, written to vary the syntax that carries a subject: before
and after the verb, in a 'de' phrase, 'la cifra de', 'un total de', passives, shares of a
group, 'uno de cada tres', lists, appositions, a breakdown in the next sentence, an
equivalence ('lo que representa ...'), a contrasting clause ('mientras que en la zona rural
...'), ', con N'. It was written in four batches (the last of longer texts), each annotated before
the extractor was run on it; each after the rules the one before taught had been written.

`dev_es_periods.jsonl` (Spanish only) holds 58 texts in the style of Latin American wire and
press reports (MP, INACIF, PNC, INE, Banguat, MSPAS, SAT, Migración, CEPAL, BID) written to
vary how Spanish states periods: "en lo que va de 2024", "el mismo lapso de 2023", "al 15 de
mayo" (a count as of a day), "hasta el 15 de junio", "este año" with the present perfect (the
year so far), "hace un año" after a period, "al cierre de 2023" for a level and for a total, "a
finales de ese año", "la semana pasada", "el pasado martes", "ayer", "el fin de semana", "el
trimestre" carried, "el primer trimestre", a coffee harvest 2022/2023, "el ciclo escolar 2023",
"en los últimos 12 meses", "en la última década", "desde 2019", "el mes anterior", "el
acumulado del año", periods carried from the sentence before and figures with no period; a
second batch asks when a figure takes the period before it ("Del total, 9.400 son menores",
"Escuintla concentra 9.800 de los casos", "Esto equivale a un promedio de 10 muertes
diarias") and when none (present states, habits, capacities). Each batch was annotated before
the extractor was run on it. Its attributions and places are annotated as a reader would name
them and read about 0.6 and 0.7: those floors only keep them from falling.

`dev_es_subjects2.jsonl` (Spanish only) holds news texts in the style of Latin American media
and institutions (INACIF, PNC, MP, INE, Banguat, Conred; INEGI, SESNSP, INM; DANE, Medicina
Legal, Registraduría; Honduras and El Salvador) on violence, migration, poverty, prices, jobs,
budgets, remittances, elections and disasters, written to vary how Spanish names what was
measured: 'la tasa de X se ubicó en N % de la población', 'lo que supone una disminución del
N %', 'El dato se ubica dentro de la meta ... del N %', 'la cifra de', 'el número de', 'de
ellas', 'de los cuales', attributions at the end. It was written in batches, each annotated
before the extractor was run on it.

`dev_es_subjects3.jsonl` (Spanish only) holds 85 news texts in the style of the Latin American
press and of government and NGO releases (PNC, MP, INACIF, Banguat, INE, Conred, Cepal, OIM;
Honduras, El Salvador, Mexico, Nicaragua, Costa Rica, Panama) on violence, extortion, migration,
remittances, prices, budgets, health, hunger, schools, disasters, fires, elections, jobs,
farming and energy, written to vary where Spanish names what a figure measures: headlines with
a colon, 'la cifra', 'del total', 'de ellos', 'entre los detenidos hay', 'N de los M que',
coordinated counts ('N personas murieron y M resultaron heridas en ...'), the topic named by the
sentence before, passives, shares of a base, changes, rates, money that costs, is valued at or
is spent on something. It was written in six batches, each annotated before the extractor was
run on it; subject read 0.91, 0.74, 0.75, 0.88, 0.75 and 0.79 on the batches' first runs (0.81
on the first 75 texts before their rules).

`dev_es_subjects4.jsonl` (Spanish only) holds 45 news texts in the style of Latin American
wires, newspapers and government and NGO releases (Honduras, El Salvador, Guatemala, Mexico,
Colombia, Costa Rica, Panama, Peru, Bolivia) on security, migration, exports, dengue, schools,
rains, elections, drought, electricity, road deaths, housing, sentences and fines, inflation,
loans, budgets, coffee, earthquakes, trafficking and vaccination, written to vary the
constructions of ordinary news prose that carry a subject: nominalisations ('la captura de 45
pandilleros', 'la pérdida de 35.000 hectáreas'), figures inside quotations, parts pointing back
('de ellos', 'entre ellas', 'Del total de afectados', 'de esa cifra', 'de ese perjuicio'),
comparisons, breakdowns by place, sex and age, money of budgets, losses, loans and fines, rates
and indices, goals ('La meta es contar con'), 'cada familia recibirá'. It was written in three
batches of 15, each annotated before the extractor was run on it; subject read 0.76, 0.87 and
0.71 on the batches' first runs (0.78 on the whole file before its rules).

`dev_es_subjects5.jsonl` (Spanish only) holds 75 texts in the style of Guatemalan and Central
American institutional communiqués and the press that reports them (MP, INACIF, PNC, Ministerio
de Gobernación, MSPAS, SAT, Banguat, INE, Conred, IGSS, IGM, Sicoin, PDH; Honduras, El Salvador,
Costa Rica, Panama, Nicaragua): long sentences with the subject far from the figure, subjects
carried across sentences ('De estos, ...', 'La mayoría, 412, ...', 'Esa cifra equivale a un
promedio de', 'Esa proporción, del 22 %,', 'cuando se reportaron'), breakdowns by department
('seguido de Escuintla, con 156', 'Guatemala (2.415)', 'San Marcos, con el 8 %'), shares of a
whole named before ('De ese monto', 'Del total de inscritos'), money (budgets and their
execution, remittances, losses, 'su presupuesto vigente de'), rates per 100.000 by department
and 'el promedio nacional', comparisons ('frente al', 'en comparación con'), passives and
impersonal forms ('fueron presentadas', 'se reportaron'), 'lo que supone / representa',
headlines and quotations with their speakers. It was written in five batches of 15, each
annotated before the extractor was run on it; subject read 0.73, 0.88, 0.67, 0.72 and 0.83 on
the batches' first runs, each batch after the rules the ones before had taught; the whole file
read 0.76 before the rules written for it and 0.94 after them. Its periods
(0.79) and places (0.85) are annotated as a reader fills them in: those floors only keep them
from falling.

`dev_es_subjects6.jsonl` (Spanish only) holds 65 texts of genres the earlier Spanish files,
mostly Guatemalan crime communiqués, leave out: economy (remittances, inflation, exports, taxes,
GDP, fuel prices, tourism), health (dengue, acute malnutrition, measles, hospital beds),
education, migration (returns by air, CBP, migrant deaths), fires and disasters, elections,
justice, international comparisons (UNODC, Honduras, Mexico, Colombia, Argentina, Chile,
Spain, Brazil), interviews and opinion columns. It varies the syntax that carries a subject:
impersonal 'hubo' and 'se contabilizan', 'suman', 'ascienden a', 'representan el', rankings
('Le siguieron Belice, con 28,4, y Guatemala, con 16,7'), figures in brackets ('la mayoría
(22)'), parts ('38 de ellas menores de edad', 'De los 1.052 reos que ...'), pointers ('por esa
causa', 'esa cifra', 'lo que significa una tasa de'), relative clauses ('que consumieron',
'cuyas exportaciones crecieron'), forecasts ('prevé un crecimiento de entre') and words for
numbers. It was written in six batches, each annotated before the extractor was run on it;
subject read 0.70, 0.80, 0.86, 0.80, 0.63 and 0.74 on the batches' first runs (each after the
rules the batches before had taught); the whole file read 0.75 before its rules and 0.82 after.

`dev_en_subjects2.jsonl` (English) and `dev_es_subjects9.jsonl` (Spanish) hold short news texts
from across the Americas and Europe written to vary what a subject is (a possessive region, a
part 'of them', money made or brought in, a baseline pointed back to, a tax office's collection),
and `dev_paragraphs_en2.jsonl` / `dev_es_paragraphs2.jsonl` paragraphs of three or four
sentences whose later figures lean on the earlier ones (an announcement, 'Según el documento', a
bare 'El costo', deaths of the disease counted, where deportees came from, a place ranked by the
count). Each was annotated before the extractor was run on it; the annotations mended after a
second reading of the guideline say so in their commits.

`dev_periods8.jsonl` (English only) holds 26 paragraphs of three to five sentences from wire
stories with datelines, local papers, police and government releases, UN reports and business
news, written to vary how a period reaches a figure across sentences ('from Thursday evening
through Sunday', a comparison's month not carried on, 'said in a statement Wednesday',
'full-year', 'that year' after a school or fiscal year, a season 'which ran through
September', 'the first 11 months of fiscal year 2025, which began July 1', 'as of
Wednesday' in a fire's running total, '... alone'). It was annotated before the extractor was
run on it; period read 0.883 on the first run and 0.977 after the rules it taught.

`dev_periods9.jsonl` (English only) holds 26 fact-check and interview paragraphs (a claim,
then what the data show for another period; 'since taking office in 2021', 'during his first
term', 'the most recent figures, for 2023', 'over those years'). It was annotated before the
extractor was run on it; period read 0.915 on the first run and 0.928 after the rule it taught.

`dev_periods10.jsonl` (English only) holds 26 texts written around the period mistakes earlier
sessions had left open: holidays and their weekends (Thanksgiving, Holy Week, Christmas,
Memorial Day), seasons ('last winter', 'the previous summer'), split school and financial years
('the 2023-24 school year', an Australian or British financial year), fiscal years a text
states ('whose fiscal year begins July 1', 'so far in fiscal 2024'), 'the September quarter',
'for October', 'That is an increase of ...' after a dated figure, elections 'on Sunday' and
targets 'by 2026'. It was annotated before the extractor was run on it; period read 0.337 on
the first run and 0.976 after the rules it taught.

`dev_periods11.jsonl` (English only) holds 27 paragraphs on official data releases
(statistics offices, police and prosecutors, health ministries, migration agencies, central
banks): a monthly figure then 'over the 12 months', 'from the previous month', 'the first N
months', 'as of', fiscal years given by the month they begin, forecasts for 'next year' and
'the third quarter of this year', standing targets. It was annotated before the extractor was
run on it; period read 0.907 on the first run and 0.991 after the rules it taught.

`dev_periods12.jsonl` (English only) holds 23 paragraphs in the style of wire crime, disaster
and election stories: death tolls and running totals, 'the past 24 hours', weekends and
overnight counts, votes counted 'as of 11 p.m. Tuesday', a figure in a later sentence that
belongs to an earlier event, baselines and undated standing facts. It was annotated before the
extractor was run on it (one annotation, of a quake's toll, was later aligned with how two
earlier files annotate the same case); period read 0.926 on the first run and 0.972 after the
rules it taught.

`dev_periods13.jsonl` (English only) holds 24 paragraphs of three to five sentences in the
style of reports from U.N. agencies, NGOs, think tanks and academic studies as the press relays
them (UNODC, UNHCR, WFP, the World Bank, the IMF, ECLAC, PAHO, Amnesty, Human Rights Watch,
InSight Crime, a study 'published Tuesday in The Lancet'): 'between 2015 and 2022', 'over the
past decade', 'the year to June', 'in the first half', 'since 2019', 'the 12 months to March',
targets 'by the end of 2030', 'last year' and 'a year earlier', a report's year against the
year it covers ('the 2024 edition ..., which covers 2023'), decades ('in the 1990s'), 'over
that period', 'at the end of 2024' for a stock, and standing facts and estimates with no
period. It was annotated before the extractor was run on it; period read 0.850 on the first run
and 1.000 after the rules it taught (unit 0.894 -> 0.929, subject 0.735 -> 0.752).

`dev_periods15.jsonl` (English only) holds 24 paragraphs of three to five sentences in the
style of English-language coverage of Central America and Mexico (AP, Reuters, AFP, InSight
Crime, local English outlets) on budgets and fiscal years, statistics-office releases,
security, migration, elections, the economy, disasters and health: 'the first four months of
the year', 'the 12 months to March', 'year-on-year in the first quarter', 'Compared with the
first quarter of 2024', 'for the year as a whole', 'fiscal year 2024, which ended Sept. 30',
the 2024-25 harvest season, the 2024 school year, 'as of Wednesday morning', 'as of March 31',
'Through the end of March', 'from January through May', 'since January', 'since the state of
emergency began in March 2022', 'over the weekend', fact-checked claims by presidents, numbers
restated later ('That figure includes', 'the total'), a change 'from May', and a limit a law
sets. It was annotated before the extractor was run on it; period read 0.916 on the first run
and 0.963 after the rules it taught (unit 0.916, subject 0.785, attribution 0.916 unchanged).

`dev_periods16.jsonl` (English only) holds 24 paragraphs of three to five sentences in the
style of English-language coverage of Central America and Mexico (AP, Reuters, AFP, InSight
Crime, local English outlets) on dengue, cholera and measles, hurricanes and rainy seasons,
jobs and wages, prisons, tourist seasons, remittances, security, migration and the economy:
'epidemiological week 32', 'so far this year', 'by this time last year', 'since the rainy
season began in May', 'over the past week', 'over the Easter holidays, from April 12 to 20',
'than on the same weekend last year', 'from January to June', 'in the first half', 'the
quarter through May', 'during the state of emergency, which began in March 2022', 'since
taking office in January 2022', 'during the term ..., which ran from December 2018 to Sept.
30', 'who governed from 2012 to 2018', 'between 2019 and 2023', 'over the past decade',
'since 2018', 'As of Tuesday', fiscal years, a change after two dated figures ('3,540 killings
in 2021 and 2,467 in 2024, a drop of about 30%'), fact-checked claims by a president and a
minister, numbers restated later ('That figure', 'the total') and standing facts (a capacity, a
threshold 'needed to stop outbreaks'). It was annotated before the extractor was run on it
(two periods, of 'has confirmed ... this year', were then aligned with how dev_en, dev_periods3
and dev_stress annotate that case: the calendar year); period read 0.892 on the first run
(0.901 on the aligned annotations) and 0.982 after the rules it taught (attribution 0.964 ->
0.973, subject 0.820 -> 0.847, unit 0.973 -> 0.982 with one unit alternative added).

`dev_periods17.jsonl` (English only) holds 16 paragraphs of three to five sentences in the
style of English-language coverage of Central America and Mexico (AP, Reuters, AFP, InSight
Crime, local English outlets) on courts and mass trials, elections and vote counts, official
statistics of Honduras, El Salvador, Nicaragua and Costa Rica, wildfires and drought, fuel and
food prices, school years, public works contracts, security, migration and the economy: 'in the
year to June', 'the 12 months ending in May', 'from the previous month', 'in the past week',
'since the start of the year', 'during the first 100 days of her government, which began on
Oct. 1', 'during the state of emergency, which began in March 2022', 'through February',
'fiscal 2024', 'the 2023-24 school year', 'the 2025 school year', 'over the past five years',
'a decade ago', 'from 2019 to 2023', 'As of Aug. 31', 'over the weekend', 'since January',
fact-checked claims by presidents and numbers restated later ('That figure', 'The total ...
was up from'). It was annotated before the extractor was run on it; period read 0.918 on the
first run and 0.986 after the rules it taught (unit 0.918 -> 0.945 with one cheap rule:
'through' and 'worth' end a counted noun; place 0.904 -> 0.918 with another: 'Spanish
speakers' names no place; subject 0.767 and attribution 0.945 unchanged: not worked on).

`dev_g18en2.jsonl` (English only) holds 16 texts of three to six sentences (85 figures) in the
style of wire copy, business news, local English-language outlets and report summaries, most on
Central America, Mexico, the Caribbean and South America and two elsewhere (Morocco, Spain):
remittances, inflation, wages and jobs, fuel prices, budgets and debt, dengue, cholera and
vaccination, hurricanes, floods, drought, an earthquake and a volcano, schools, roads and
solar power; periods said as 'so far this year', 'between October 2, 2022, and February 10,
2023', 'the week of July 2 to 8', 'the school year that runs from February 10 to December 12',
'fiscal year 2019/20 ended on March 31', 'in fiscal 2012/13', 'the fiscal year that ends on
September 30', 'in the year to June', 'over the weekend', 'as of Sunday', 'Sunday's eruption',
and figures restated ('That figure', 'Of the 99 victims'), ranges, ratios, fractions and vague
quantities. It was annotated before the extractor was run on it (one period then mended to
the guideline: 'dozens of others are missing' is a present state); first run: period 0.783
(0.795 on the mended annotation), unit 0.892, attribution 0.988, qualifier 0.988; after the
rules it taught: period 0.964, unit 1.000, qualifier 1.000, attribution 0.988 (the one miss,
'The government said' after the Interior Ministry, is read as that ministry on purpose: see
the p16 test); subject 0.735 and place 0.819 were not worked on.

`dev_g19en2.jsonl` (English only) holds 16 texts of three to five sentences (84 figures) in
the style of wire copy, business news, a local English-language outlet and U.N./WHO report
summaries, on remittances, coffee and banana exports, the minimum wage, hunger, dengue and
measles, floods, hurricanes, a volcanic eruption, public debt, fuel and electricity prices, a
highway, poverty, school dropout, surgical waiting lists and drought in Central America, Mexico,
the Caribbean and the Andes: 'last year', 'the first half of the year', 'between January and
June', 'so far this year', 'since April', 'over the weekend', 'at the end of March', 'as of
Jan. 31', 'the school year that ended in July', 'That figure ...', ranges, ratios, fractions,
vague quantities. It was annotated before the extractor was run on it (one target 'by 2026'
was then set to null, as the guideline and the other sets annotate targets); on the first run
period read 0.819 (0.807 before that correction), unit 0.928, attribution 0.940, subject
0.687, place 0.819; after the rules it taught, period 0.880, unit 0.964, attribution 1.000,
place 0.831 (subject 0.687: not worked on beyond them; the floor keeps it from falling).

`dev_g20en2.jsonl` (English only) holds 16 texts of three to six sentences (84 figures) in the
style of wire copy, business news, a local English-language outlet and a U.N. report summary,
on remittances, coffee exports, dengue and measles, hunger, the minimum wage, tourism, floods,
a hurricane, a volcanic eruption, drought at the Panama Canal, fuel prices and subsidies, tax
collection, poverty, surgical waiting lists and schools in Central America, Mexico, the
Caribbean and the Andes (published 2013 to 2026): 'last year', 'in December', 'so far this
year', 'since January', 'the same period of 2018', 'the previous year', 'over the weekend',
'between January and October', 'the fiscal year that began on Oct. 1', 'in the year to May',
'the first quarter', 'as of June 30', 'the school year, which ended in June', 'last month',
'up 8 per cent on 2013', 'the central bank said', a speaker after an estimate, a quoted
official, ranges, ratios, fractions, vague quantities. It was annotated before the extractor
was run on it (two attributions then set to null as the guideline asks: 'The authority has
cut daily transits' is an act, not a statement); on the first run period read 0.805, unit
0.951, attribution 0.915 (0.939 on the corrected annotation), qualifier 1.000, subject 0.744,
place 0.841; after the rules it taught, period 0.928, unit 0.988, attribution 1.000, qualifier
1.000, place 0.867 (from a newspaper's dateline and 'Latin America and the Caribbean'); subject
0.723 was not worked on: its floor only keeps it from falling.

`dev_g20en4.jsonl` (English only) holds 16 texts of three to five sentences (85 figures) in
the style of wire copy, business news, a local English-language outlet, a development-bank and
a WFP report summary, a government press release, an InSight Crime-style piece and fact-checks
of a president's and a minister's claims, on water and sanitation, housing deficits, road deaths
and buses, drought and food aid, deforestation and protected areas, shrimp and tuna, gas and
mining exports, tourism arrivals, blackouts and power losses, old-age pensions, prisons and
school repairs in Guatemala, Honduras, El Salvador, Nicaragua, Mexico, the Dominican Republic,
Haiti, Peru, Bolivia, Ecuador and Kenya: 'last month', 'the first five months of the year',
'between January and August', 'so far this year', 'since 2015', 'as of Jan. 31', 'the fiscal
year that ended in September', 'in the 12 months to June', a holiday weekend, present states,
ratios, fractions, vague quantities, a part of a whole, 'That is about 26 percent.'. It was
annotated before the extractor was run on it; on the first run subject read 0.762, period
0.893, unit 0.940, attribution 0.976, qualifier 1.000, place 0.798; after the rules it taught
(money needed, a part of a whole a place owns, 'aged 65 and older', present states, a year's
stranded 'in', a source's acronym, a bare share restating a count, a habit told in a dated
statement, a comparison before a 'when' clause, a count after a preposition, the people a
programme reaches, 'as the' opening a clause, the 'in' of a removed time, what each one
receives, 'every two months') subject 0.929, period 0.952, unit 0.964 (place 0.798 was not
worked on; its floor keeps it from falling).

`dev_g21en1.jsonl` (English only) holds 16 texts of three to five sentences (79 figures) in
the style of AP, Reuters and AFP wire copy, a newspaper's explainer, InSight Crime and
fact-checks of a president's claims, on homicides and massacres, gang violence and states of
emergency, prison riots, migrant deaths and smuggling, deportation flights, a police purge, a
corruption case, an election count and its observers and femicides in Ecuador, Haiti,
Venezuela, Costa Rica, Honduras, Guatemala, El Salvador, Mexico, Colombia, the United States
and the Mediterranean. It was annotated before the extractor was run on it; on the first run
(after one annotation was corrected to guideline 9: 'the IOM said' is written as named)
subject read 0.766, period 0.844, unit 0.961, attribution 0.935, qualifier 0.987, place
0.805; after the rules it taught ('the agency' after a sentence opening with an acronym the
text spelled out before, 'the alliance' as a back-reference, places a figure is compared with,
'still well below' as a comparison rather than a present state, a share compared with before
is the same share) subject 0.792, period 0.857, attribution 0.987, place 0.818.

`dev_g21en2.jsonl` (English only) holds 16 texts of three to five sentences (75 figures) in
the style of wire copy, business news, a local English-language outlet and IMF, World Bank,
ECLAC, PAHO and WFP report summaries, on inflation and interest rates, growth forecasts,
remittances, coffee exports and trade deficits, a bond sale and public debt, fuel and
electricity prices, a mining royalty, unemployment and informal work, vaccination and
intensive care, malnutrition and drought, PISA results, landslides, a canal's drought and a
heat wave in Mexico, Guatemala, Honduras, Costa Rica, Peru, Chile, Colombia, Panama, Jamaica,
Haiti and the region: 'in the year to March', 'last month', 'between January and June', 'the
first three quarters of 2018', 'the same period a year earlier', 'so far this year', 'since
March', 'fiscal 2024, which began on Oct. 1', 'in the 12 months to June', 'over the weekend',
'last week', a range '2 to 4 percent', ratios, fractions, vague quantities and present states.
It was annotated before the extractor was run on it; on the first run qualifier read 0.973,
unit 0.960, subject 0.800, period 0.840, attribution 0.960, place 0.907; after the rules it
taught (a present share takes no time, nor 'the same period', from the next clause, a share
said to hold 'now', 'the government' is not the body a sentence opens with, 'percent full')
unit 0.973, period 0.880, attribution 0.973 (subject 0.800 and place 0.907 were not worked on;
their floors keep them from falling).

`dev_g22en1.jsonl` (English only) holds 16 texts of three to five sentences (72 figures) in the
style of the AP and Reuters health desks, a newspaper's summary of a Lancet study, public
health agency bulletins (CDC, PAHO, Statistics South Africa, the Australian Institute of Health
and Welfare, CIHI, the ONS) and a fact-check of a politician's claim about NHS waiting lists,
on measles, cholera, dengue and mpox outbreaks, obesity and diabetes surveys, opioid deaths,
suicides, alcohol deaths, smoking and vaping, maternal and infant mortality, life expectancy,
HIV and health spending in the United States, the United Kingdom, Canada, Australia, India,
South Africa, Mexico and the Americas (published 2013 to 2026): 'so far this year', 'since it
began in early May', 'over the weekend', 'in the first quarter of 2024', 'between January and
March', 'in 2018-20', 'in the year to June 30, 2023', 'last week', 'As of Oct. 14', 'the
highest number since records began in 2001', 'The total compares with', 'accounted for about
2,500 of them', ratios, fractions, vague quantities, rates per 100,000 live births and present
states. It was annotated before the extractor was run on it (one period was corrected after: a
change 'between 2005 and 2011' spans both years, as the project reads it); on the first run
subject read 0.794, period 0.897 (0.912 with the corrected period), unit 0.912; after the rules
it taught (the start of records a superlative counts from is no period, a place's part of the
count before, a ratio per a population is a rate, a rank names no rate, 'of those patients',
the total after a part and the parts a total included, life expectancy in years, a noun after
'and' with a figure of its own, 'can expect', a figure compared with for another group) subject
0.901, period 0.915, unit 0.944 (attribution 0.944 and place 0.930 were not worked on; their
floors keep them from falling).

`dev_g22en2.jsonl` (English only) holds 16 texts of three to five sentences (82 figures) in
the style of wire copy, business news, statistics office releases, an ILO and an ECLAC report
summary and a fact-check of a minister's claim, on labour and money: minimum wage rises, a
general strike and working days lost, pensions, tax collection and evasion, poverty and
extreme poverty, household income, food prices and inflation, rents and evictions, youth
unemployment, informal work, union membership and child labour in Guatemala, Mexico,
Argentina, Chile, Peru, Colombia, Brazil, Honduras, Spain and the United States (published
2012 to 2026): 'in the first quarter', 'in the year to May', 'so far this year', 'as of Feb.
29', 'since 2018', 'between January and June', 'the October-December quarter', 'a year
earlier', 'last month', 'over the weekend', 'fiscal 2022, which ended Sept. 30', ranges,
ratios, fractions, vague quantities, a figure restated ('Of the 3.5 million') and present
states. It was annotated before the extractor was run on it (three annotations were mended
after a second reading of the guideline: two implied shares of the base named before, and a
monthly reading of annual inflation dated by its month as the other sets date it); on the
first run subject read 0.841, period 0.950, unit 0.878, attribution 0.989, qualifier 1.000,
place 0.939 (0.841, 0.965, 0.902, 0.989 on the mended annotations); after the rules it taught
(a change noun names what changed after it, the object a verb raises to an amount, the change
of a share is of the whole share, where people work and what a share amounts to are present
states, a plural demonym, coordinated modifiers, a kind word and 'aged' in counted nouns, an
age range 'between 5 and 9 years old', a vague count of those who report is no source, a
verb joined after a count with its object is no part of what it counts) subject 0.890, period
0.978, unit 0.988, attribution 1.000 (place, 0.939, not worked on).

`dev_g22en3.jsonl` (English only) holds 16 texts of three to five sentences (70 figures) in
the style of AP, Reuters and AFP wire copy, UNHCR, Human Rights Watch and Global Witness report
summaries, a long-form magazine paragraph and court and commission findings, on human rights
and conflict: disappearances and clandestine graves, exhumations, killings of social leaders,
land defenders and journalists, political prisoners, detentions under states of exception and
deaths in custody, extrajudicial killings and 'false positives', torture complaints and
compensation, displacement and refugees, in Mexico, Colombia, Guatemala, Honduras, Nicaragua,
El Salvador, Venezuela and Haiti (published 2012 to 2026): 'last year', 'so far this year',
'since March 2022', 'over the same period', 'the previous year', 'in the first quarter',
'between January and May', 'the last three months of 2025', 'during that period', ratios,
fractions, vague quantities, a range of years, a sentence and figures with no period. It was
annotated before the extractor was run on it; on the first run qualifier read 0.986, unit
0.929, subject 0.829, period 0.843, attribution 0.871, place 0.929; after the rules it taught
('such' and adverbs in the counted noun, a time in a pluperfect relative clause, a share 'of
the deceased', money paid by 'it', ', adding that', 'N such visits', ', an increase of about 6
percent', 'X accounts for N of Y', 'was the most dangerous, with 43 killings', the dead of a
past war, 'the tribunal', 'the group' after a body's proper name, a verdict 'found ...
guilty' is no finding) unit 0.986, subject 0.871, period 0.886, attribution 0.957 (place 0.929
was not worked on; its floor keeps it from falling).

`dev_g23en2.jsonl` (English only) holds 16 texts of three to four sentences (71 figures) in
the style of Reuters and AP wire copy, an environment desk feature, think-tank report
summaries and government press releases, on environment and energy: forest fires and
deforestation in the Amazon and Central America, emissions (UNEP), renewable capacity in
megawatts and gigawatts (IEA, CFE), oil output in barrels per day, illegal gold mining,
reservoir levels and water cuts, drought, air pollution, coral bleaching, anchovy catches and
a blackout, in Brazil, Mexico, Colombia, Peru, Ecuador, Honduras, Guatemala and Chile
(published 2012 to 2026): 'so far this year', 'between January and Aug. 20', 'the same period
last year', 'as of Sept. 30', 'in the first seven months', 'since January', 'since October',
'a year earlier', 'on Saturday', 'in the first quarter', a range of degrees, ratios, fractions,
vague quantities, a rate per 100,000 and figures with no period. It was annotated before the
extractor was run on it; on the first run qualifier read 0.971, unit 0.926, subject 0.735,
period 0.838, attribution 0.971, place 0.809; after the rules it taught ('a year' after a
counted noun is a frequency, 'barrels of oil per day' and 'cubic meters per second' are one
unit, a flow per time measures the subject that averaged or reached it, 'between January and
Aug. 20' ends on that day, a capitals-and-digits code such as '(CR2)' in a source's name)
unit 0.971, subject 0.765, period 0.882, attribution 0.985 (place, 0.809, not worked on).

`dev_g23en3.jsonl` (English only) holds 16 texts of three to five sentences (83 figures) in
the style of AP, Reuters and AFP wire copy, a pollster's release, a newspaper's election-night
story and a fact-check of a candidate's claim, on elections and politics: vote shares and seat
counts, turnout, registered voters, opinion polls and approval ratings with their margins of
error, campaign money, referendums, a recall vote and lawmakers voting on a removal and a bill,
in Guatemala, Mexico, Colombia, Brazil, Argentina, Chile, Peru, Honduras, El Salvador, Ecuador,
the United States, Spain and the United Kingdom (published 2013 to 2025). It was annotated
before the extractor was run on it; on the first run subject read 0.487, period 0.762,
attribution 0.938 (qualifier 1.000, unit 0.938, place 0.887); after the rules it taught (the
noun 'house' and the infinitive 'to remain' are no present tense, a poll described in the
present and what its respondents said are of the poll's period, 'the filings show' and 'have
shown' name sources, a fraction of what was counted is no source, a bare turnout is of the
election named before, what a thing cost is its cost) subject 0.525, period 0.875, attribution
0.975 (unit and place were not worked on; their floors keep them from falling).

`dev_g24en1.jsonl` (English only) holds 16 texts of three to four sentences (74 figures) in
the style of AP, Reuters, AFP and EFE English wire copy, the Tico Times, Mexico News Daily and
government press releases, on homicides, kidnappings and extortion, troop deployments, prison
populations, drug seizures, migrants detected and deported, remittances, coffee and banana
exports, the tourism season and hurricane damage in Guatemala, Honduras, El Salvador, Mexico,
Colombia, Costa Rica, Panama, Nicaragua and the Dominican Republic (published 2012 to 2026). It
was annotated before the extractor was run on it; on the first run period read 0.986 and
subject 0.743 (qualifier 1.000, unit 0.986, attribution 1.000, place 0.838); after the rules it
taught (a national rate compared after a dated rate is of that time, an Inter-American body is
no place in the United States, the event a running total counts from is not its subject, a
count a measure is 'of' is that measure, 'That figure' is the figure named before, 'the state'
and troops 'sent to the region' point at the region named before) period 1.000 and subject
0.824 (place 0.892).

`dev_g19en1.jsonl` (English only) holds 16 paragraphs of three to six sentences in the style of
AP, Reuters and AFP wire copy, a newspaper's explainer, InSight Crime and a fact-check of a
president's and a minister's claims, on homicides and prisons in Honduras and El Salvador,
border arrests and the Darién Gap, kidnappings and coca in Colombia, the Odebrecht case in
Peru, embezzlement at Honduras's social security institute, cocaine seizures in Guatemala,
Spain and Belgium, fentanyl at U.S. borders, elections in Guatemala and Mexico, extortion in
Lima and the El Chapo trial (published 2012 to 2026): 'As of March 20 ... under the state of
exception, declared on March 27, 2022', 'since the crackdown began', 'over the weekend', 'last
week', 'in the first quarter of this year', 'in the 12 months to February', fiscal years,
a quoted minister, 'according to data released on Friday by', 'Mexico's statistics agency
INEGI counted', ratios, fractions, vague quantities and standing facts in the present. It was
annotated before the extractor was run on it; on the first run it read subject 0.700, period
0.863, unit 0.938, attribution 0.912, qualifier 0.975 and place 0.825, and after the rules it
taught subject 0.762, period 0.963, unit 0.988, attribution 1.000 and qualifier 1.000 (place,
0.825, not worked on).

`dev_g20en1.jsonl` (English only) holds 16 paragraphs of three to six sentences in the style of
AP, Reuters and AFP wire copy, a newspaper's explainer, InSight Crime and fact-checks of
presidents' claims, on courts and sentencing (Barrio 18 in Guatemala, a 'Ndrangheta trial in
Italy), extortion of bus drivers and shopkeepers in Honduras and Colombia, El Salvador's gang
truce, state of exception and prisons, Ecuador's prisons, disappearances and forensic
identification in Mexico, U.S. deportations, asylum in Spain, protests and police violence in
Colombia and the United States, a public-security budget in Costa Rica, press freedom in
Honduras and a Costa Rican runoff (published 2012 to 2026): prison terms, ranges, ratios and
fractions told in the present and the past, 'of the missing', counts joined by 'and', fiscal
years, 'as of Nov. 1', 'since February 2021', 'over the weekend', 'last month', 'the previous
year', 'the agency said' and 'the group said' pointing back, a quoted speaker. It was annotated
before the extractor was run on it (one figure, '28' after 'April 28', can never match: the
guideline matches a value_text to its first occurrence); on the first run it read subject
0.855, period 0.934, unit 0.961, attribution 0.947, qualifier 0.987, place 0.947 and figure F1
0.962, and after the rules it taught subject 0.900, period 0.963, unit 1.000, attribution
0.988, qualifier 1.000, place 0.975 and figure F1 0.988.

`dev_g20en3.jsonl` (English only) holds 16 texts of three to five sentences (80 figures) in the
style of AP, Reuters and AFP wire copy, a newspaper's report on a press conference, a
think-tank summary, InSight Crime and a fact-check of a minister's claim with the real figure,
on homicides, extortion, kidnappings, prisons, coca, dengue, migration through the Darién Gap,
remittances, inflation, tax revenue, public debt and elections in Guatemala, Honduras, El
Salvador, Mexico, Nicaragua, Costa Rica, Panama, Colombia and Ecuador (published 2013 to 2025):
sources in the sentence before, quoted speakers ('said X, a spokesman, adding that ...'), 'the
group', 'Its report', 'data from', an acronym in parentheses after 'according to', 'told
reporters on Monday that', changes set off by a dash or stated 'higher than' a dated count,
ranges, ratios, fractions, vague quantities and present states. It was annotated before the
extractor was run on it; on the first run it read attribution 0.949, period 0.848, subject
0.848, unit 0.937, place 0.886 and qualifier 1.000, and after the rules it taught attribution
1.000, period 0.937, subject 0.937 and unit 0.987 (place, 0.886, not worked on).

`dev_es_subjects10.jsonl` (Spanish only) holds 26 paragraphs of three to five sentences in the
style of fact-checkers (Chequeado, El Sabueso, ConfirmaGuate), newspapers and institutional
bulletins (MP, PNC, INACIF, Banguat, INE), on violence, migration, remittances, health,
education, the economy and elections: subjects named only in an earlier sentence, pointers
('esa cifra', 'el indicador', 'el mismo indicador'), parts ('de ellos, 40 eran mujeres'),
comparisons between places, gapped clauses ('y en Costa Rica, 8,1 %'). It was annotated before
the extractor was run on it; subject read 0.793 on the first run and 0.817 after the rules it
taught.

`dev_es_subjects11.jsonl` (Spanish only) holds 24 paragraphs of three or four sentences from
fact-checkers, newspapers, ministries, statistics institutes and the police of Latin America,
written around mistakes earlier sessions left open: places ranked in a list ('Escuintla encabezó
la lista con 512 casos'), pointers ('esa cifra', 'en ese departamento'), contrasting clauses
('mientras que en Lima Metropolitana se ubicó en 57,2 %'), budgets with their owner, a reference
value ('por debajo del 95 % que recomienda la OPS'), 'Otros 2.310', subgroups and officials
quoted in an earlier sentence. It was annotated before the extractor was run on it; subject read
0.871 on the first run and 0.988 after the rules it taught.

`dev_es_subjects12.jsonl` (Spanish only) holds 22 paragraphs in the style of wire agencies (EFE,
AFP, Europa Press datelines), economy desks and central banks, and public-service reports:
subjects after the figure ('sumaron 1.800 millones de dólares las exportaciones de café'), money
'destinados a' something, per-capita figures, changes of a measure named a sentence before,
compared places ('frente a 4,1 % en Honduras'). It was annotated before the extractor was run on
it; subject read 0.782 on the first run and 0.854 after the rules it taught.

`dev_es_subjects13.jsonl` (Spanish only) holds 24 paragraphs of three to five sentences in the
style of the Guatemalan and Central American press and agencies (Prensa Libre, AGN, Plaza
Pública, La Hora, EFE, El Faro, La Prensa Gráfica) on justice and prisons (MP, Organismo
Judicial, Sistema Penitenciario), migration (IGM, deportations, a rescue in Chiapas), forest
fires and deforestation (CONAP, INAB, ICF), tourism (INGUAT), road accidents (PMT, PROVIAL) and
food prices (MAGA, INE): newspapers' own datelines ('CIUDAD DE GUATEMALA, 14 may (AGN).-'),
passives ('Fueron detenidos 45 presuntos pandilleros'), 'la cifra de' and 'el número de' with a
relative clause or a source between the subject and the figure, subjects named a sentence
before, parts ('De ellos', 'La mayoría, 84'), comparisons with a previous year, capacities and
items ranked by a change. It was annotated before the extractor was run on it; subject read
0.673 on the first run (0.752 once the datelines were read) and 0.881 after the rules it
taught. Its places (0.67: 'El municipio', a country named only in the dateline) and periods
(0.84: Semana Santa, a 'cuando' clause's year) were not worked on beyond one rule.

`dev_es_subjects15.jsonl` (Spanish only) holds 24 paragraphs of three to five sentences in the
style of government press releases, fact-checks and newspapers of Guatemala (MP, INACIF, PNC,
Conred, Prensa Libre, Plaza Pública), Mexico (INEGI, SESNSP), Colombia (DANE, Medicina Legal),
Panama and the Dominican Republic on homicides and femicides (counts and rates), extortion,
remittances, exports, public debt, poverty, school enrolment, a hospital and emergencies:
subjects named a sentence before ('La PNC recibió 4.611' after a sentence on extortion
complaints, 'La proporción sube al 79 % entre ...'), shares of a total ('En el 61 % de los
casos, ...'), changes ('un 12 % más que', 'En comparación con 2025, ...'), rankings by
department (', con 812', 'mientras que Yucatán registró la menor cantidad, con 41', ', y
España, el 4 %'), quotes of officials and institutions named by acronym. It was annotated before
the extractor was run on it; subject read 0.842 on the first run and 0.974 after the rules it
taught. Its attributions (0.53: a source named once and not repeated for the figures of the
next sentences), periods (0.87) and places (0.88) were not worked on.

`dev_es_subjects16.jsonl` (Spanish only) holds 24 paragraphs of three to five sentences in the
style of government press releases, fact-checks and newspapers of Honduras (SESAL, SEPOL, the
UNAH's Observatorio de la Violencia, CONMIGHO), El Salvador (DGME, ONEC, Centros Penales),
Costa Rica (OIJ, INEC, Ministerio de Justicia), Guatemala (MSPAS, INE, Banguat, IGM, MEM,
Mineduc), Peru (INEI, MTC) and Ecuador (SNAI, Ministerio de Energía) on dengue and measles,
deportations and returned migrants, prison populations, road deaths, unemployment and informal
work, inflation and staple prices, school dropout, water and electricity and disappearances:
subjects named a sentence before, shares of a total, changes, rankings by department ('acumula
la mayor cantidad de casos sin resolver, con 97, seguida de Limón, con 58'), '41 de ellos en
Huehuetenango', 'fue mayor en el nivel básico, donde alcanzó el 7,2 %', 'su capacidad es de',
'fue el producto con mayor alza, un 18 %', 'fue la causa de 4 de cada 10', a target range, a
place pointed back at ('de ese departamento'), quotes of officials and institutions named by
acronym. It was annotated before the extractor was run on it; subject read 0.855 on the first
run and 0.982 after the rules it taught (places 0.773 -> 0.900, attributions 0.955 -> 0.982,
units 0.964 -> 1.000). Its periods (0.845 -> 0.855: a count carried from a sentence before into
a present-tense ranking, a target range, 'al cierre de mayo' of a stock) were worked on by one
rule only.

`dev_es_subjects17.jsonl` (Spanish only) holds 16 paragraphs of three to five sentences in the
style of government press releases, fact-checks and newspapers of Mexico (SESNSP, INEGI, INM,
Comar, Profeco, the IMSS, the presidency's morning press conference, Animal Político), Colombia
(DANE, Medicina Legal), Argentina (INDEC), Chile (INE, Carabineros, the Agencia de Calidad de la
Educación, Sermig) and Nicaragua (the budget) on homicides and disappearances, poverty and
income, unemployment, migration through Mexico and into Chile, fuel and food prices, hospital
capacity, test scores and ministries' budgets: ratios ('una de cada cuatro', '9 de cada 10'),
fractions ('la mitad', 'dos tercios'), shares of a total, changes of a measure pointed at ('El
indicador subió 0,7 puntos', 'El dato implica una baja de 7,3 puntos'), rankings by department,
city and nationality ('La Guajira fue el departamento con la incidencia más alta, 65,4 %,
seguido de Chocó, con 63,1 %', 'Los venezolanos fueron la nacionalidad más numerosa, con
31.200'), datelines with a state or no agency ('TAPACHULA, Chis., 9 jun (EFE).-', 'CIUDAD DE
MÉXICO, 3 mar.-'), quotes of officials and institutions named by acronym. It was annotated
before the extractor was run on it; subject read 0.667 on the first run and 0.833 after the
rules it taught (places 0.798 -> 0.929, attributions 0.869 -> 0.940). Its periods (0.82 -> 0.81,
one figure the dateline had hidden now scored: 'Hoy' in a quotation, a twelve-month
inflation) were not worked on.

`dev_g18es.jsonl` (Spanish only) holds 16 texts of three to five sentences (77 figures) in the
style of the Central American and Mexican press (Prensa Libre, La Prensa Gráfica, El Heraldo,
La Prensa, La Nación, Animal Político, EFE), published between 2012 and 2026: homicides and the
PNC, the régimen de excepción, extortion complaints at the Ministerio Público, deportations and
migrants in Mexico, remittances to Guatemala and Nicaragua, unemployment and inflation in Costa
Rica, the canasta básica, dengue, storms and rains (Eta, Conred's toll), an election's first
round, Panama's and Guatemala's education budgets and Mexico's growth. Periods are said in
many ways ('el año anterior', 'en lo que va del año', 'entre enero y junio', 'el mes pasado',
'el primer trimestre', 'el fin de semana', 'desde marzo de 2022', 'al cierre de julio', 'el
ciclo escolar 2026', 'del semestre', a toll 'informó el domingo' on a Monday, a change 'mayor
que la del primer semestre de 2021'), with hedges, ratios, fractions, vague quantities,
repeated figures, sources in the sentence, before it and in a quotation. It was annotated
before the extractor was run on it; period read 0.883 on the first run and 0.987 after the
rules it taught, subject 0.896 -> 0.961 (attributions 0.922 -> 0.987, places 0.948 -> 0.987,
units 0.974 -> 0.987).

`dev_g20es.jsonl` (Spanish only) holds 16 texts of three to five sentences (70 figures) in the
style of the Central American and Mexican press (Prensa Libre, La Prensa Gráfica, El Heraldo,
La Nación, Animal Político, EFE), published between 2012 and 2026: homicides and their rate,
the régimen de excepción, extortion complaints at the Ministerio Público, deportations and
migrants detected in Mexico, remittances to El Salvador, inflation, a central bank's rate and
the price of tortillas in Mexico, unemployment in Costa Rica, the canasta básica and the
minimum wage, dengue, storm Eta and the rainy season, enrolment and school repairs, Panama's
and Guatemala's budgets and Nicaragua's election. Datelines are a capital alone ('MANAGUA. ');
periods are said as 'el año anterior', 'entre enero y junio', 'desde el martes', 'en lo que
va del año', 'la semana pasada', 'el segundo trimestre', 'el fin de semana', 'desde marzo',
'el mes pasado', 'el próximo año', 'el ciclo escolar 2025', an election 'del domingo' and
its roll, habits and present states with no period, and figures that refer back ('El dinero
equivale a ...'). It was annotated before the extractor was run on it; period read 0.929 on
the first run and 0.986 after the rules it taught, subject 0.829 -> 0.929 (places 0.800 ->
0.914).

`dev_g21es.jsonl` (Spanish only) holds 16 texts of three to five sentences (77 figures) in the
style of the Central American and Mexican press (Prensa Libre, La Prensa Gráfica, El Faro, La
Nación, Animal Político, EFE, El Heraldo), published between 2012 and 2026: the INACIF's
autopsies and the homicide rate, extortion complaints at the Ministerio Público, air and land
deportations, remittances (Banguat, the Dominican central bank), the canasta básica and
inflation, dengue in Honduras, influenza in Panama and respiratory illness, storm Eta and the
Conred's counts, school enrolment, budget execution, the TSE's first-round count, El
Salvador's and Costa Rica's homicides and Mexico's ENVIPE. Periods are said as 'entre enero y
junio', 'el año pasado', 'en lo que va de 2024', 'desde el 5 de noviembre', 'al 30 de
septiembre', 'el último trimestre', 'la votación del domingo', 'el fin de semana', 'las dos
primeras semanas de enero', 'desde el inicio de 2014', 'la semana pasada', 'la próxima
semana', a comparison 'menos que las 6.271 de 2022' and a level 'por debajo del 5,1 %
registrado en junio'. It was annotated before the extractor was run on it; period read 0.779
on the first run and 0.883 after the rules it taught, subject 0.753 -> 0.792 (places 0.714 ->
0.766).

`dev_g22es.jsonl` (Spanish only) holds 16 texts of three to five sentences (72 figures) in the
style of the Central American and Mexican press (Prensa Libre, La Prensa Gráfica, El Faro, La
Nación, Animal Político, EFE, El Heraldo), published between 2013 and 2026: homicides counted
by the PNC, the INACIF and Honduras's Observatorio de la Violencia, Alerta Isabel-Claudina,
prisons and their capacity, the Ministerio Público's complaints, traffic accidents, forest
fires, the PNC's budget, the IGSS's contributors and unemployment, coffee and sugar exports,
returned migrants, the social electricity tariff, Mexico's intentional homicides and
Nicaragua's protests. Periods are said as 'en 2012', 'el año anterior', 'entre enero y junio',
'en el mismo periodo del año anterior', 'al cierre de 2016', 'el primer trimestre de este
año', 'este fin de semana', 'en lo que va del año', 'desde enero', 'el próximo año', 'al 30 de
junio', 'el mes pasado', 'desde marzo', 'hasta el 30 de septiembre', 'el domingo', 'desde el
inicio de las protestas ..., el 18 de abril', 'el ciclo escolar 2026', and standing facts,
habits and future tariffs with none. It was annotated before the extractor was run on it;
period read 0.861 on the first run and 0.972 after the rules it taught, subject 0.736 ->
0.806 (attribution 0.986 -> 1.000; places, 0.861, were not worked on).

`dev_g23es.jsonl` (Spanish only) holds 16 texts of three to five sentences (69 figures) in the
style of the Spanish-language press of Latin America and Spain (El Tiempo, El Comercio, Clarín,
La Tercera, El País, El Universal, Milenio, Prensa Libre, EFE, Europa Press), published between
2012 and 2026: unemployment (INEGI, the EPA), inflation and the basic basket (DANE, INDEC),
remittances to Guatemala, poverty (INEI, INDEC), tourist arrivals in Spain, traffic deaths in
Chile and Guatemala, homicides in Ecuador and Mexico, irregular migrants detected by the INM,
dengue in Colombia, covid-19 vaccination in Peru and school dropout in Guatemala. Periods are
said as 'en el tercer trimestre', 'en el mismo periodo del año anterior', 'entre julio y
septiembre', 'en lo que va del año', 'en los doce meses hasta julio', 'durante el primer
semestre', 'al cierre de 2024', 'el año anterior', 'interanual', 'este fin de semana', 'desde el
8 de enero', 'el ciclo escolar 2014', 'el mes pasado', 'desde marzo de 2021', and habits,
present situations, standing facts and a future deployment with none. It was annotated before
the extractor was run on it; period read 0.913 on the first run and 0.971 after the rules it
taught, subject 0.870 -> 0.884 (place 0.942 -> 0.957).

`dev_g24es.jsonl` (Spanish only) holds 16 texts of three to five sentences (67 figures) in the
style of the Central American and Mexican Spanish-language press (Prensa Libre, La Prensa
Gráfica, El Faro, La Nación, Animal Político, EFE, El Heraldo, La Prensa de Honduras, Diario
Libre), published between 2013 and 2026: homicides and extortion complaints, the prison
population and the régimen de excepción, cocaine seizures, deportations from Mexico,
remittances to Guatemala and the Dominican Republic, Panama's exports, tourism and deaths in
Holy Week, and damage from rains and storm Eta, in Guatemala, Honduras, El Salvador, Mexico,
Costa Rica, Panama and the Dominican Republic. Periods are said as 'durante los primeros cinco
meses', 'en el mismo periodo del año anterior', 'durante la Semana Santa', 'desde que inició el
régimen de excepción en marzo de 2022', 'en lo que va del año', 'al cierre de 2024', 'el mes
pasado', 'hasta septiembre', 'del 1 de enero al 15 de junio', a month named alone, periods
carried into the next sentence, and present states with none. It was annotated before the
extractor was run on it; period read 0.924 on the first run and 0.985 after the rules it
taught, subject 0.803 -> 0.803 (place, 0.803, was not worked on: several texts name their
country only through its institutions).

`dev_g23en1.jsonl` (English only) holds 16 texts of three to five sentences (66 figures) of
local and city news in the style of a metro desk, a local TV station's website, a council
meeting report, a city auditor's report summary and a local fact-check of a mayor's claim, in
cities of the United States, the United Kingdom, Canada, Australia and Ireland (published
2012 to 2026): city budgets and council tax, police staffing and response times, shootings and
car thefts, school enrolment and test scores, homelessness counts, rents and house prices,
transit ridership and fares, potholes and water bills. Periods are said as 'for 2019', 'the
previous year', 'the first half of 2023', 'between January and June', 'as of September 30',
'last year', 'this September', 'the 2018-19 school year', 'so far this year' ('since January
1'), 'in the year to June', 'last month', 'in March alone', 'over the weekend', 'since 2014',
'in the same period', 'the March quarter', and plans 'from September' or 'by next spring'
with none. It was annotated before the extractor was run on it; on the first run subject read
0.708, period 0.708, unit 0.954 (place 0.631); after the rules it taught ('has seen N things'
counts them, 'this September', 'will hire' -> hired, the large cities of English-speaking
countries, 'councillors heard at Monday's meeting', a plan 'from September', 'the median house
price', 'a $45 million contract' and what it is for, 'must save', 'in the same period' is no
single day) subject 0.846, period 0.800, place 0.908
(unit, 0.954, unchanged: two bare '$' of Australian stories annotated AUD).

`dev_es_subjects7.jsonl` (Spanish only) holds 50 texts in the style of the Central and Latin
American press (Prensa Libre, Soy502, La Hora, El Faro, La Prensa Gráfica, EFE, Milenio):
homicides, extortion, disappearances, violence against women, remittances, deportations,
exports (coffee, cardamom, banana), dengue and malnutrition, budgets and debt, elections,
earthquakes and rains. It varies where the subject is: after the verb ('se registraron'),
'un total de', 'la cifra de', 'de los cuales', 'de ellos', 'el resto', 'la mayoría', ratios,
shares a place bought ranked with 'seguido de', 'supera en N %', capacities, a quake 'de
magnitud', a setting that opens the sentence, quotes and headlines. It was written in three
batches, each annotated before the extractor was run on it; subject read 0.85, 0.88 and 0.81
on the batches' first runs, and the whole file 0.85 before its rules and 0.97 after. Its
periods (0.89) and places (0.90) were not worked on: those floors only keep them from falling.

`dev_periods7.jsonl` (English only, 40 reports and releases, 125 figures: quarters, "for the
year" after a fiscal year, "over the same period", "at the end of the quarter") and
`dev_es_subjects8.jsonl` (Spanish only, 35 communiqués and interviews of the MP, INACIF, PNC,
INE, Banguat, MSPAS, SAT, CONRED and TSE, 144 figures) were tuned on for sessions before they
had floors here; they got them on 6 December 2026, about 0.02 below the scores of that day
(periods7: period 0.992, subject 0.744; es_subjects8: period 0.873 after the rules for Spanish
data told in the present, subject 0.908, place 0.810).

`dev_en_subjects.jsonl` (English only) holds news texts from across Latin America written to
vary how English names what was measured: an actor that acts ("Mexican soldiers seized", "the
government closed"), what an organisation has or employs, "a total of", "Of them", "accounted
for N percent of", "up from", "the figure", money named before ("The country received"). It
was written in five batches, each annotated before the extractor was run on it; subject read
0.81, 0.93, 0.90, 0.90 and 0.81 on the batches' first runs.

`dev_baselines.jsonl` (English and Spanish) holds short reports that give a figure, then the
same measure for an earlier period in a sentence of its own ("In 2023 there were 61", "En 2023
se registraron 3.194"), then a part of it ("Nearly half of the victims"): the part belongs to
the news, not to its comparison; and texts where the earlier figure is another measure ("In
2023, remittances totaled ...") and the part is of it; and the comparison in the news's own
sentence ("fell to 2,905 in 2023 from 3,004 a year earlier", "averaged $203, compared with $245
a year before"). English period read 0.74 on the first six texts and 0.82 on all eight before
the rules they were written for, Spanish 0.78; "Extortion complaints, however, rose ... to
17,940" read the unit of the homicides before (a connective between commas, now left out).

`dev_clauses.jsonl` (English and Spanish) holds short reports whose second sentence says
something of the first's figure through another clause: a relative aside with a verb of its
own ("Mining output, which accounts for 10 percent of GDP, rose 3 percent"), a copula whose
subject is left out ("Son 8 % menos que en el mismo periodo del año pasado"), "the previous
four years" after a year, a season whose clause says when it ended ("the 2022/23 coffee year,
which ended in September", "el año cafetero que terminó en septiembre"), a budget's parts in
the future tense ("Security will get 7 billion quetzales" after "a 2024 budget" approved in
March 2024), "the same period of 2023" after a sentence that named the period but no figure,
"since it declared a state of emergency in March 2022" / "desde que declaró el régimen de
excepción en marzo de 2022", "The death toll from Sunday's landslide" (a day's possessive
names the event; "from" is no start), "since late April", a day a statement was made ("announced
50.9 billion reais in aid on Thursday") that starts no event, "the state's civil defense said",
"informó la Conred el lunes" (the day of the statement, not of the figures), a speaker named in a
sentence without figures whom "He said" or a silent "Explicó que" points back at, "60 percent of
last year's killings", a time in an aside about something else ("The new prison, to be completed
in 2025, will hold 2,000 inmates"), "Starting in July, ... will rise" (an open-ended future),
"Today, officers detained another 8" (today is the day, not a present; "another" counts the same
things as before), "In mid-2023", "From 2019 to 2023, the number of tourists doubled to 2.6
million" (the level reached is of the last year), "un crecimiento de entre 3 % y 4 % para este
año" (both ends of a range, one period), "in April" in a text of April 30 (a month that ends on
the day of publication still frames the next sentence), "Since then, about 3.8 million doses
have been administered" / "Desde entonces" (from the time before to publication), "the largest
seizure since 2019, when 6 tons were found" / "desde 2019, cuando llegaron 2,5 millones" (the
clause is about that year).
Period read 0.67 (English) and 0.78 (Spanish) on the first eight texts before the rules they
were written for, 0.90 and 0.92 on the first fifteen. Place: "Brazil's Amazon" and "Colombia's Chocó
province" are read as the country (0.80 in English).

`dev_periods3.jsonl` (English only) holds wire, press-release and interview news from across
Latin America and the world (crime, migration, remittances, GDP, inflation, budgets, disasters,
elections, harvests), written in seven batches (six of 15, one of 10), each annotated before
the extractor was run on it, to vary how periods are said: "so far this year", "the 12 months
through March", "over the past 12 months" after a change, fiscal years in a U.S. text and "the
previous fiscal year", seasons "which ended in September", a baseline after a comma ("down from
25.5 percent in December"), "A year earlier" after such a baseline, "since the July 28
election", a measure "declared in March 2022", a part after a quotation ("adding that 60 of
those killed"), plans, caps and present states that take no period. Period read 0.929 on its
100 texts before the rules written for it (0.975 after).

`dev_periods4.jsonl` (English only) holds 120 longer wire stories in the style of AP, Reuters
and AFP (a dateline, three or four paragraphs) from across Latin America — crime, migration,
economy, health, elections, disasters and budgets — written to vary how a period is said
indirectly: a dateline's weekday ("on Tuesday", "late Thursday", "on Thursday and Friday"), "so
far this year", "the first 10 months", "through October", "the 12 months to June", "the
November-January period", fiscal and harvest years that end on a given day, "last month" and
"last week" against the publication date, counts "as of" a day, running totals since an event
or an order, a toll in a participle ("killing at least 27 people"), "this year's budget",
tables under a heading, figures inside quotations, comparisons "with the same period last
year", and figures that take no period (a population, a capacity, a share that a relative
aside states, the seats of a chamber, a law's penalty, a plan that starts later). It was
written in eight batches of 15, each annotated before the extractor was run on it; period read
0.857, 0.729, 0.874, 0.774, 0.882, 0.871, 0.877 and 0.870 on the batches' first runs (the last
six after the rules the batches before them taught had been written); on the whole file, 0.818
with the rules as they were before it and 0.969 after the rules written for it. In the
eighteenth session five figures of registered or eligible voters (p4-05, p4-32, p4-68, p4-94,
p4-100), annotated with no period, were corrected to the guideline (section 7, rule 2: an
election's roll takes the election's day).

`dev_periods5.jsonl` (English only) holds 90 texts in genres the rounds before had not covered:
official statistics releases (jobs, inflation, quarterly GDP, a census, labour surveys "in the
three months to September"), health bulletins ("epidemiological week 13, which ended March
30", "the week to Jan. 5", "so far this year" tallies), NGO and U.N. annual reports ("the
2022/23 financial year, which ended in March", "between 2016 and 2021", "over the past
decade"), police and court years in review, migration ("last month", "In the past 12 months",
"Year-to-date", "through September"), school years ("which runs from March to December", "the
2023-24 school year, which ended in June" and a later "2019-20"), opinion pieces quoting old
figures ("In 1990", "By 2017 ... that year"), interviews with quoted speakers, corrections of an
earlier figure, and levels "from" an undated earlier reading ("slowed to 4.9% from 5.6%",
"revised up to 2.2% from 2.1%", "from 5.8% a month earlier"), with datelines and publication
dates that relative periods must be resolved against. It was written in six batches of 15,
each annotated before the extractor was run on it; period read 0.909, 0.852, 0.862, 0.852,
1.000 and 0.872 on the batches' first runs (the last five after the rules the batches before
them taught); on the whole file, 0.890 with the rules as they were before it and 0.963 after
the rules written for it.

`dev_periods6.jsonl` (English only) holds 94 wire and newspaper stories (AP, Reuters, AFP and
local papers) on crime statistics, migration, jobs, inflation, trade, remittances, health,
disasters, elections and budgets, written to vary how time reaches a figure in news copy: the
dateline's weekday and "last week"/"last month", "the same period of 2024" after a participle
("the 1,530 cases reported in ..."), "so far this year" and "this year as of Sunday", "through
June", "the 12 months to June", fiscal years that end or start on a given day, "since" an
event placed before its day ("since it made landfall in Florida on Thursday"), a month in the
possessive ("January's gain was revised"), "The year before, ..." opening a sentence, "Compared
with June 2023, ..." and what follows it, breakdowns ("Of those", "In June alone"), statement
dates that do not date the figure ("told the City Council on Tuesday", "said on Thursday
that"), states on a day ("were still without power on Monday"), and amounts of change ("up
$138 billion from fiscal 2023"). It was written in five batches (26, 22, 20, 14 and 12 texts),
each annotated before the extractor was run on it; period read 0.940, 0.891, 0.827, 0.909 and
1.000 on the batches' first runs (the last four after the rules the batches before them
taught); on the whole file, 0.905 with the rules as they were before it and 0.977 after
the rules written for it.

`dev_g18en1.jsonl` (English only) holds 16 texts of four or five sentences in the style of
AP, Reuters and AFP wire copy, The Guardian, InSight Crime and a fact-check of a minister's
claim, on crime, policing, prisons, courts, migration and deportations, elections and vote
counts, corruption, extortion and gangs in Guatemala, Honduras, El Salvador, Mexico, Colombia,
Ecuador and Costa Rica, with a few in the United States, England and Wales and Spain (80
figures: counts, money, rates, changes, totals next to parts, restated figures, numbers in
words, ratios, fractions, vague quantities, hedges, sources in the sentence, before it and in
quotations). It was annotated before the extractor was run on it. First run: unit 0.950,
subject 0.787, attribution 0.900 (period 0.850, place 0.838, qualifier 1.000); after the rules
it taught: unit 0.988, subject 0.938, attribution 1.000 (period and place not worked on).

`dev_g24en2.jsonl` (English only) holds 16 texts of three or four sentences (75 figures) of
Reuters- and Bloomberg-style business copy, central bank and statistics office releases, company
results and a fact-check of a minister's claim: quarterly earnings, monthly exports and the trade
balance, foreign direct investment, tax revenue against its target, the fiscal deficit as a share
of GDP, bank lending, car sales, airline passengers and container traffic in Mexico, Central
America, Colombia, Peru, Chile, Brazil and Argentina, with a few Spanish and US companies there.
It was annotated before the extractor was run on it (one value_text was then found to point at
the "12" of "12 months" and the text was changed to "twelve months"). First run: period 0.959,
subject 0.797 (unit 0.986, attribution 0.892, place 0.797, qualifier 1.000); after the rules it
taught: period 0.973, subject 0.827 (unit 0.987, attribution 0.893, place 0.800).

`dev_g25en1.jsonl` (English only) holds 16 texts of three or four sentences (67 figures) of
wire copy, UN agency (IOM, UNHCR) and government releases, a court-backlog report and a
fact-check on migration and borders: border encounters and apprehensions by fiscal year and
month, unaccompanied children, deportation and removal flights, returns to Guatemala,
remittances to Guatemala, Honduras and Mexico, Darién Gap crossings, migrant deaths, arrivals
in the Canary Islands, asylum grant rates and the immigration court backlog, visa backlogs and
Texas's busing of migrants, with 'so far this year', 'last week', 'since the fiscal year began'
and 'by the end of April'. It was annotated before the extractor was run on it. First run:
subject 0.866, period 0.896 (unit 0.910, attribution 0.985, place 0.657, qualifier 1.000);
after the rules it taught: subject 0.940, period 1.000 (unit 1.000, attribution 1.000, place
0.925).

`dev_g25en3.jsonl` (English only) holds 16 texts of three to five sentences (77 figures) of
wire copy, agency releases and a fact-check on disasters, weather and farming: hurricanes,
cyclones, storms and floods (deaths, the missing, the displaced, damage and insured losses),
droughts, wildfire hectares, rainfall against its average or normal, harvests, crop and food
prices, food inflation, fishing catches, farm numbers and wine output in the United States,
Kenya, Zambia, Canada, the United Kingdom, Peru, India, the Philippines, Ivory Coast, Spain,
Bangladesh, Japan, Nigeria and France, with dates such as 'on Tuesday', 'over the weekend',
'since March', 'during the 2023 season', 'between January and March' and 'between Oct. 1 and
April 14'. It was annotated before the extractor was run on it. First run: period 0.753,
subject 0.753, unit 0.974 (attribution 0.896, place 0.870, qualifier 1.000); after the rules it
taught: period 0.922, subject 0.961, unit 0.987 (attribution 0.948, place 0.948). Its storm
tolls given after the storm's day run to publication, as section 7.3 of the guideline reads;
two older sets date such tolls to the storm's day alone, so those five figures stay wrong.

`dev_g25en4.jsonl` (English only) holds 16 texts of three to five sentences (77 figures) of
PolitiFact-, Full Fact-, AFP Fact Check-, Chequeado- and Animal Político-style fact-checks and
explainers: a politician's claim about crime, jobs, inflation, public spending or poverty
quoted and checked against official statistics (the FBI, the ONS, the BLS, the Census Bureau,
INDEC, INEGI, Coneval, IBGE, the DWP, the Treasury) in the United States, the United Kingdom,
England and Wales, Argentina, Mexico and Brazil, with 'according to', 'data from', 'the latest
figures show' and periods such as 'in the 12 months to June', 'between 2019 and 2022', 'last
year', 'the three months to September' and fiscal and financial years. It was annotated before
the extractor was run on it. First run: subject 0.883, period 0.883, attribution 0.948 (unit
0.935, place 0.792, qualifier 1.000); after the rules it taught: subject 0.948, period 0.987,
attribution 1.000, place 0.870 (unit 0.935 not worked on).

`dev_g25es.jsonl` (Spanish only) holds 16 texts of three or four sentences (69 figures) of
crime and justice news in the style of the Mexican and Central American press and of agency
releases (datelines such as 'SAN SALVADOR.- ' and 'GUADALAJARA, Jal.- '), with a fact-check
of a governor's claim, published between 2023 and 2024: homicides (the SESNSP, the UNAH's
observatory, the INEGI), extortion complaints and captures, disappearances and the Alerta
Isabel-Claudina, the prison population and the régimen de excepción, deaths in custody, drug
and weapons seizures, robbery complaints and feminicides, and prison terms for corruption, in
Mexico, Honduras, El Salvador and Guatemala. Periods are said as 'entre enero y agosto', 'en lo
que va del año', 'el mes pasado', 'durante 2023', 'el fin de semana', 'en el primer semestre',
'en el primer trimestre', 'durante ese periodo', 'desde marzo de 2022', 'al cierre de
septiembre', 'para el año' of a forecast, 'el sábado', and standing facts, present states and
habits with none. It was annotated before the extractor was run on it. First run: period
0.853, subject 0.824, attribution 0.912 (place 0.809, unit 0.956, qualifier 1.000); after the
rules it taught: period 0.956, subject 0.985, attribution 1.000 (place 1.000, unit 0.956).

`dev_g25es2.jsonl` (Spanish only) holds 16 texts of three to five sentences (70 figures) of
economic and social news from Guatemala, Honduras, Colombia and Peru in the style of wire copy,
newspapers, central bank and statistics office releases and a fact-check, published in 2024:
remittances, year-on-year and cumulative inflation, the basic basket, poverty, unemployment and
informal work, coffee and banana exports, budgets, the fiscal deficit and public debt, with
sources such as Banguat, the BCH, the DANE, the INEI, the INE and finance ministries. Periods
are said as 'de enero a septiembre', 'en el trimestre febrero-abril', 'en el trimestre
abril-mayo-junio de 2024', 'al cierre de junio', 'el mes pasado', 'en 2023', 'el año pasado',
'entre octubre de 2023 y septiembre de 2024', 'que cierre el año', an interanual rate after a
year-to-date one, and standing facts with none. It was annotated before the extractor was run
on it. First run: period 0.771, subject 0.886, unit 0.929 (qualifier 0.986, attribution 0.943,
place 0.914); after the rules it taught: period 0.943, subject 0.943, unit 0.957 (qualifier
1.000, attribution 0.971, place 0.914, not worked on).

`dev_g25en2.jsonl` (English only) holds 16 texts of three to five sentences (80 figures) of
city and national news, agency releases and a fact-check on education, housing and transport:
school enrolment, test scores, uncertified teachers and vacancies, chronic absenteeism and
preschool, rents, house prices and mortgage rates, homeless counts, subway, bus and rail
ridership, fares and traffic deaths in US cities and states, England and Wales and Australia
(school years, fiscal years, quarters, months, 'last year', 'since 2019', 'in the decade to
2022', 'in the 12 months to February'). It was annotated before the extractor was run on it.
First run: period 0.900, subject 0.812 (unit 0.912, attribution 1.000, place 0.700, qualifier
1.000); after the rules it taught: period 1.000, subject 0.925, unit 1.000 (attribution 1.000,
place 0.750).

`dev_g26es2.jsonl` (Spanish only) holds 12 texts of three or four sentences (50 figures) of
agency releases and news from Mexico, Colombia, Peru, Chile and Argentina on employment,
prices, education, housing and transport, published in 2024: unemployment and informal work,
monthly, year-on-year and cumulative inflation, rents, school completion and dropout, education
budgets, the housing deficit and home sales, metro and bus ridership, with sources such as the
INEGI, the DANE, the INEI, the INE, the INDEC, the SEP and Camacol. Periods are said as 'en el
segundo trimestre', 'en el trimestre abril-mayo-junio', 'en el acumulado enero-mayo', 'en
términos interanuales', 'el mes anterior', 'respecto a igual mes de 2023', 'en el ciclo escolar
2023-2024', 'en ese ciclo', 'para el nuevo ciclo', 'en el año fiscal 2023', 'desde 2020', 'en
la última década', 'durante la pandemia, en 2020', 'al cierre de 2023' followed by 'las ventas
del trimestre', 'los aumentos del mes' after a half-year, periods carried to the next sentence,
and standing facts with none. It was annotated before the extractor was run on it. First run:
period 0.900, subject 0.820 (unit 0.960, qualifier 1.000, attribution 0.960, place 0.880);
after the rules it taught: period 0.980, subject 0.920, unit 0.980 (qualifier 1.000,
attribution 0.960 and place 0.880, not worked on).

`dev_g26es1.jsonl` (Spanish only) holds 12 texts of three to four sentences (49 figures) of
news from Guatemala, El Salvador, Honduras, Nicaragua, Costa Rica and Panamá in the style of
wire copy, newspapers, agency releases and a fact-check, published in 2024: homicides and
homicide rates, returned and deported migrants, crossings of the Darién, dengue, acute
malnutrition, public debt, remittances, inflation and the basic basket, and a social security
fund. Periods are said as 'en los primeros seis meses del año', 'de enero a la fecha', 'al 30
de junio', 'en el mismo periodo del año anterior', 'la semana pasada', 'el lunes', 'durante el
último lustro', 'entre 2019 y 2023', 'en lo que va de 2024', 'hace un año', 'a finales de
2023', 'para 2030' of a goal, periods carried to the next sentence, and standing facts and
present states with none. It was annotated before the extractor was run on it (two periods
were then corrected to the convention of the other sets: a change 'entre 2019 y 2023' spans
both years, 'el último lustro' counts back from publication). First run: period 0.918 (0.939
with the corrected annotations), subject 0.796, place 0.898 (unit 0.980, qualifier 1.000,
attribution 1.000); after the rules it taught: period 0.980, subject 0.837, place 0.980, unit
1.000 (qualifier 1.000, attribution 1.000).

`dev_g26en2.jsonl` (English only) holds 12 texts of three or four sentences (55 figures) of
health, security and society news from Haiti, Guatemala, Honduras, Colombia, Ecuador and Mexico
in the style of wire copy, agency releases and a fact-check: gang killings and displacement,
dengue, cholera and malnutrition, homicides and homicide rates, cocaine seizures, arrests under
states of emergency, migrants, road deaths, clandestine graves and measles vaccination. Periods
are said as 'since the start of the year', 'between January and June', 'in the first quarter',
'last month', 'the previous year', 'in 2022 and 2023', 'over the weekend', 'in the week to
Sunday', 'so far', 'to date', targets 'by 2030' and 'each year', and periods carried from one
sentence into the next. It was annotated before the extractor was run on it. First run: period
0.964, subject 0.891 (qualifier 1.000, unit 1.000, attribution 0.945, place 1.000); after the
rules it taught: period 0.982, subject 0.945 (the other fields unchanged).

`dev_g26en1.jsonl` (English only) holds 12 texts of three or four sentences (49 figures) of
wire and newspaper copy and a fact-check on public finances, prices and crime: public sector
borrowing and debt in Britain, the US federal deficit, Mexico's public finances, Argentina's
debt and inflation, Japan's household assets, US consumer prices, Canadian home prices, oil
prices, police-recorded crime in England and Wales, homicides in Baltimore and Chicago and
Texas prisons. Its time expressions are varied on purpose: 'in the year to March', 'the fiscal
year ending Sept. 30', 'during the first nine months', 'in the past 12 months', 'over the past
decade', 'from 2015 to 2020', 'as of June 30', 'at the end of last year', 'last week', 'on
Monday', 'so far in 2024', 'a year earlier', 'compared with the same period last year',
standing facts with no time, and periods carried from the sentence before. It was annotated
before the extractor was run on it. First run: period 0.878, subject 0.837, attribution 0.959
(place 0.980, unit 1.000, qualifier 1.000); after the rules it taught: period 1.000, subject
0.918, attribution 1.000 (place 0.980, not worked on).

`dev_g27en2.jsonl` (English only) holds 14 texts of three or four sentences (66 figures) of
English local news briefs and press releases from police, hospitals, city councils, health
departments, utilities and election boards: weekend shootings, dengue, flu and measles cases,
vaccinations, a city budget, a water outage, a power outage, voter turnout and vote counts, a
road closure, school meals and holiday DUI arrests. Its periods are said as 'over the weekend',
'overnight', 'since Friday', 'in the week to March 9', 'this week', 'year to date', 'so far in
2024', 'from 6 p.m. Friday to midnight Monday', 'as of Monday morning', 'in the 12 months to
June', 'a year earlier', 'the same period of 2023', a date given only in the first sentence,
datelines, weekdays relative to publication, and present states with no period. It was
annotated before the extractor was run on it. First run: period 0.846, subject 0.708, unit
0.923, attribution 0.938, place 0.692 (qualifier 1.000); after the rules it taught: period
1.000, subject 0.894, unit 1.000, attribution 1.000, place 1.000 (qualifier 1.000).
`dev_g27es.jsonl` (Spanish only) holds 14 texts of three to five sentences (66 figures) of
Guatemalan news in the style of wire copy, newspapers, agency releases and a fact-check,
published in 2023 and 2024: INACIF necropsies, extortion and violence-against-women complaints to
the Ministerio Público, PNC arrests and weekly homicides, TSE election turnout, MINEDUC
enrolment and dropout, MSPAS dengue and measles vaccination, remittances, road deaths over Holy
Week, prisons and the Isabel-Claudina alerts. Periods are said as 'en lo que va de 2024', 'del
total de este año', 'hasta el 30 de junio', 'del 1 de enero al 15 de marzo', 'la semana
pasada', 'el domingo', 'el miércoles', 'durante el último lustro', 'desde 2015', 'hace diez
años', 'el ciclo escolar 2023', 'en el mismo periodo del año anterior', 'el total del año' of a
forecast, a dateline, a day inside the span that frames the text, a population and a plan with
none, and periods carried to the next sentences. It was annotated before the extractor was run
on it. First run: period 0.815, subject 0.800, attribution 0.908 (qualifier 1.000, unit 0.969,
place 0.677); after the rules it taught: period 0.985, subject 0.938, attribution 1.000, unit
1.000, place 0.815 (qualifier 1.000).
`dev_g27en1.jsonl` (English only) holds 14 texts of three or four sentences (70 figures) in the
style of reports and explainers by NGOs, think tanks and multilaterals on Latin American
security and governance: homicide rates, prison populations, states of emergency, poverty
lines, coca and cocaine, the cost of corruption and of crime, extortion, killings of social
leaders and security spending, with a dateline, a fact-check and reported statements. Its
periods are said as 'a decade earlier', 'since the state of emergency began in March 2022',
'over the past five years', 'during the previous administration (2016-2020)', 'from 2015 to
2022', 'in the 2010s', 'as of Dec. 31, 2023', 'the first half of 2024' against 'the same period
last year', 'so far this year', 'last week', a weekday before publication, standing facts with
no time, and dates carried from the first sentence. It was annotated before the extractor was
run on it. First run: period 0.957, subject 0.857, attribution 0.900, unit 0.957, place 0.957,
figures F1 0.986 (qualifier 1.000); after the rules it taught: period 1.000, subject 0.971,
attribution 0.986, unit 0.971, place 0.986, figures F1 1.000 (qualifier 1.000).
`dev_g28en1.jsonl` (English only) holds 14 texts of three to five sentences (70 figures) of
wire copy on economic data releases in Latin America and Europe by statistics offices, central
banks and finance ministries: GDP, inflation, unemployment, industrial output, retail sales,
trade, remittances and budget deficits, with a fact-check. Its periods are said as 'the fourth
quarter from the previous three months', 'in the three months to November', 'the same month
last year', 'on the year', 'month-on-month', 'in the first four months of the year' beside an
annual rate, 'at the end of 2023', 'April-June', revisions of an earlier month or quarter
('revised to a rise of 2.9 percent from 2.6 percent'), forecasts for 'next year', a weekday of
the decision, a dateline, months carried from the first sentence, a ranking told in the present
and a standing share with no time. It was annotated before the extractor was run on it (one
annotation was corrected afterwards to the guideline: a sentence's source applies to all its
figures, also to 'the 1.0 percent drop expected by analysts'). First run: period 0.929, subject
0.786, attribution 0.871, place 0.829 (qualifier 1.000, unit 1.000, figures F1 1.000); after the
rules it taught: period 1.000, subject 0.943, attribution 0.986, place 1.000 (qualifier 1.000,
unit 1.000, figures F1 1.000).
`dev_g28es.jsonl` (Spanish only) holds 14 texts of three to five sentences (71 figures) of
bulletins, communiqués and news from institutions of Mexico, Colombia, Peru, Ecuador and El
Salvador (INEGI, SESNSP, Banxico, DANE, Medicina Legal, the Ministerio de Defensa, INEI, the
BCRP, Minsa, the Fiscalía General del Estado, INEC, the BCR), some with a headline line first
and a dateline on the line after it: unemployment, inflation, exports, remittances, homicides,
kidnappings and dengue, and a fact-check. Its periods are said as 'con corte al 30 de
septiembre', 'en el acumulado del año', 'en lo corrido del año hasta septiembre', 'durante el
primer bimestre', 'en la semana epidemiológica 30', 'en las últimas 24 horas', 'interanual',
'en términos anuales', 'frente al mismo mes de 2023', 'la semana pasada', a weekday before
publication, a date only in the headline or the first sentence, data told in the present
tense, and present states with no period. It was annotated before the extractor was run on
it. First run: period 0.915 (0.930 once 'las últimas 24 horas' was dated the publication day,
as the other sets date 'the past 24 hours'), subject 0.845, attribution 0.915, unit 0.972,
place 0.789, figures F1 0.993 (qualifier 1.000); after the rules it taught: period 0.986,
subject 0.944, attribution 1.000, unit 1.000, place 0.901, figures F1 1.000 (qualifier 1.000).
`dev_g28en2.jsonl` (English only) holds 14 texts of three or four sentences (61 figures) of
English releases and news from health and humanitarian agencies (WHO, PAHO, UNICEF, MSF, OCHA,
the ICRC, the Red Cross, Africa CDC) and a fact-check: cholera, dengue, measles, mpox and polio
cases and deaths, vaccination campaigns, malnutrition, hospital capacity, displaced people and
camps, aid convoys and funding. Its periods are said as 'since the outbreak began in July', 'in
the past 24 hours', 'epidemiological week 32, which ended Aug. 10', 'in the week to Feb. 12'
against 'the previous week', 'so far this year' against 'the whole of 2023', 'as of Aug. 18',
'since a campaign began on May 22', 'a week-long campaign that ended on Sunday', 'on Monday and
Tuesday', 'last week', 'between 2019 and 2023', 'the same period last year', a dateline, shares
and parts of an earlier count told in the present or the future, and present states with no
period. It was annotated before the extractor was run on it. First run: period 0.803, subject
0.803, attribution 0.836, unit 0.934, place 0.967 (qualifier 1.000, figures F1 1.000); after
the rules it taught: period 0.934, subject 0.869, attribution 0.951, unit 0.984, place 0.967
(qualifier 1.000, figures F1 1.000).
`dev_g29en1.jsonl` (English only) holds 16 texts of three to five sentences (79 figures) of
English news on schools, universities and sport: enrolment, dropouts, graduation rates, exam
results, school budgets and teacher shortages; attendance, tournament statistics, transfer
spending and club finances. Its periods are said as 'the 2023-24 school year', 'the 2022-23
academic year, which ended on July 31', 'the class of 2024', 'the 2023-24 season, which ran from
Aug. 11 to Sunday', 'the 2022 World Cup in Qatar, played from Nov. 20 to Dec. 18', 'the summer
transfer window, which ran from June 16 to Monday' against 'the same window last year', 'since
the start of the season on Aug. 15', 'as of Sept. 3, the first week of the fall term', 'over the
past decade', 'in the past five years', 'the 2022-23 fiscal year, which ended June 30', and each
text has figures with no time of their own: breakdowns of a dated figure, capacities, numbers of
schools and staff, habits ('each year'), present situations and open-ended pledges. It was
annotated before the extractor was run on it. First run: period 0.709, subject 0.595, place
0.709, unit 0.899, attribution 0.962 (qualifier 1.000, figures F1 1.000); after the rules it
taught: period 1.000, subject 0.684, place 0.848, unit 0.962, attribution 0.962 (qualifier
1.000, figures F1 1.000).

`dev_g29en2.jsonl` (English only) holds 16 texts of three to five sentences (80 figures) of
English news on courts, prisons and crime statistics in the UK, the US, Canada, Australia, El
Salvador, Brazil and Mexico: recorded crime, knife crime, prison populations and capacity,
remand, Crown Court backlogs, stayed cases, jail deaths, homicides, police killings, a fraud
sentence, executions and death row. Its periods are said as 'in the year ending March 2024',
'as of June 30', 'at the end of last year', 'over the past 12 months', 'in the first three
months of the year' against 'the previous quarter', 'year-on-year', 'since a state of emergency
took effect in March 2022', 'between 2015 and 2020', 'a decade ago', 'on Monday, up 15 percent
since the start of the year', and every text has figures with no time of their own: parts of an
earlier figure, running totals, standing facts (capacities, judges, officers), habits, present
situations and an open-ended future. It was annotated before the extractor was run on it. First
run: period 0.950, subject 0.875, unit 0.900, attribution 0.988, place 0.988 (qualifier 1.000,
figures F1 1.000); after the rules it taught: period 0.988, subject 0.912, unit 0.925,
attribution 0.988, place 0.988 (qualifier 1.000, figures F1 1.000).

`dev_g29es.jsonl` (Spanish only) holds 16 texts of three to five sentences (79 figures) of wire
copy, newspaper items and agency releases from Spain, Mexico, Colombia, Argentina, Guatemala,
Costa Rica and Panama on jobs, pensions, housing, transport and energy: registered
unemployment and social-security members, formal jobs, rents, mortgage loans, electricity
prices and tariffs, metro passengers and public works. Its periods are said as 'en el primer
trimestre', 'al cierre de 2023', 'al cierre de agosto', 'en el último lustro', 'entre 2018 y
2022', 'en los últimos doce meses', 'hace un año', 'en lo que va de año', 'el mes pasado', 'en
términos interanuales', 'respecto al mismo mes del año anterior', 'durante el pasado
ejercicio' and 'desde la derogación de la ley, en diciembre pasado'; each text also has
figures with no time of their own (breakdowns of a dated figure, standing facts such as
stations or capacity, habits such as 'cada día laborable', present states and open-ended
plans), and several name their country only through an institution or a currency. It was
annotated before the extractor was run on it. First run: period 0.756, subject 0.795, place
0.692, attribution 0.923, figures F1 0.981 (qualifier 1.000, unit 1.000); after the rules it
taught: period 0.949, subject 0.911, place 0.987, attribution 1.000, figures F1 1.000
(qualifier 1.000, unit 1.000).

`dev_g30es.jsonl` (Spanish only) holds 16 texts of three to five sentences (83 figures) in the
style of Latin American wires and newspapers (EFE, Prensa Libre, El Universal, La Prensa
Gráfica) from Guatemala, Honduras, El Salvador, Mexico and Colombia on earthquakes, storms,
rains and forest fires and their tolls, elections (results, turnout, seats, the voter roll),
security (homicides, extortion arrests, the prison population, a state of exception), migration
(deportees, remittances) and the economy (inflation, GDP, exports, a budget, debt). Its periods
are said as 'el sismo del lunes', 'hasta el miércoles', 'desde que tocó tierra el 9 de octubre',
'la semana pasada', 'en el primer semestre', 'en los últimos doce meses', 'el año pasado', 'un
año antes', 'en lo que va del año', 'en la última década', 'al cierre de 2023' and a date named
in one sentence and carried into the next; every text also has figures with no time of their
own (breakdowns of a dated figure, what an event was, running totals, standing facts, habits,
present situations, an open-ended plan), and two name their country only through their
institutions. It was annotated before the extractor was run on it ('la última década' was
then re-annotated as the ten years to publication, as the other files read it). First run:
period 0.916, subject 0.735, place 0.831, unit 0.976 (qualifier 1.000, attribution 1.000,
figures F1 1.000); after the rules it taught: period 0.976, subject 0.964, place 0.867, unit
1.000 (qualifier 1.000, attribution 1.000, figures F1 1.000).

`dev_g30en.jsonl` (English only) holds 16 texts of three to five sentences (80 figures) of
AP, Reuters and AFP style wire copy with datelines, and a fact-check, about Latin America and
the Caribbean: an earthquake, a hurricane, floods, a volcano and wildfires and their tolls
(dead, injured, missing, displaced, evacuated, damage, aid), elections (results, turnout,
abstention, seats, registered voters), crime and security (homicides, gang arrests, prison
capacity, gang violence in Haiti), migration (Darien Gap crossings, deportees, remittances)
and the economy (inflation, reserves, exports, budgets, deficits and debt). Its periods are
said as 'Sunday's magnitude 6.9 earthquake', 'since it made landfall on Oct. 28', 'as of
Monday', 'last week', 'in the first half of 2025', 'the same period a year earlier', 'in the 12
months to June', 'so far this year', 'over the past decade', 'by the end of 2024', 'at the end
of May', 'a 2026 budget' and a day named in one sentence and carried into the next; every text
also has figures with no time of their own (breakdowns of a dated figure, what an event was,
running totals with and without a start, standing facts, habits, present situations). It was
annotated before the extractor was run on it. First run: period 0.925, subject 0.725, place
0.825, unit 0.950, attribution 0.975 (qualifier 1.000, figures F1 1.000); after the rules it
taught: period 1.000, subject 0.963, place 0.938, unit 0.988, attribution 1.000 (qualifier
1.000, figures F1 1.000).

`dev_g31en.jsonl` (English only) holds 18 wire-desk briefs of exactly four sentences (85
figures), each on its own subject and place (Latin America mostly, and the United States,
Spain, Turkey, India, the Philippines and Nigeria): dengue, measles, cholera and heatstroke
counts, a university entrance exam's pass rates, deforestation, a drought's reservoirs,
unemployment and the minimum wage, a budget and what two ministries receive, remittances and
central bank reserves, a prison census, an election's vote, turnout and seats, border
apprehensions, Darién Gap crossings, and an earthquake's and wildfires' tolls. Its periods are
said as 'in the third quarter', 'in the 2023 fiscal year, which ended on Sept. 30', 'between
January and May', 'compared with ... in the same period of 2023', 'the following year', 'the
previous year', 'its lowest level since 2008', 'since declaring a state of emergency on March
27, 2022', 'last week', 'on Sunday', 'so far this year' and 'by 2030'; every text also has at
least two figures with no time of their own (breakdowns, what an event was, running totals,
standing facts, habits, present situations, open-ended plans) and numbers that are no figures
(a street, a clock time, an age, a year, a date, a rank). It was annotated before the
extractor was run on it (one unit was set right to the guideline afterwards: a coverage
'among infants' is 'percent of infants'). First run: period 0.928, subject 0.831, place 0.867,
unit 0.928, attribution 1.000, qualifier 1.000, figures F1 0.988; after the rules it taught:
period 0.988, subject 0.952, place 0.976, unit 0.976 (qualifier, attribution and figures
unchanged).

`dev_g31es.jsonl` (Spanish only) holds 18 briefs of exactly four sentences (86 figures) in the
style of an international agency desk (EFE, AFP in Spanish), each on another subject and place
in Guatemala, Honduras, El Salvador, Mexico, Colombia, Peru, Chile, Argentina and Spain: dengue
cases, a national test, deforestation and drought, unemployment and wages, a regional budget,
remittances and central-bank reserves, the prison population and a state of exception, an
election count with turnout and seats, a month of migrant crossings, a landslide and a
hurricane and their tolls. Its periods are said as 'en el tercer trimestre', 'en el ejercicio
fiscal 2023, que cerró el 30 de septiembre', 'entre enero y mayo', 'frente a ... en el mismo
periodo de 2023', 'al año siguiente', 'su nivel más bajo desde 2008', 'desde que se declaró el
régimen de excepción el 27 de marzo de 2022', 'la semana pasada', 'el domingo', 'en lo que va
del año', 'el año anterior', 'para 2030', 'para septiembre', 'cerraron noviembre en' and 'en
ese ejercicio'; every text also has at least two figures with no time of their own (breakdowns
of a dated figure, what an event was, running totals, standing facts, habits, present
situations, an open-ended plan), and numbers that are no figures (an address, a time, an age,
a year alone, a date, a rank). It was annotated before the extractor was run on it. First run:
period 0.919, subject 0.767, place 0.907, attribution 0.953, qualifier 0.977, unit 0.988,
figures F1 0.994; after the rules it taught: period 1.000, subject 0.965, place 0.953,
attribution 0.988, qualifier 1.000, unit 1.000, figures F1 1.000.

`dev_g32en2.jsonl` (English only) holds 18 politics and economy briefs of exactly four sentences
(85 figures) in the style of Reuters, AFP and Bloomberg, each on another subject and place
(Guatemala, Honduras, El Salvador, Mexico, Argentina, Venezuela, Ecuador, Canada, Germany,
Egypt, Indonesia, South Africa, Bangladesh): a poll with its margin of error, congressional and
Senate vote counts, protests with arrests and injuries, a company's quarterly results and job
cuts, fuel-price and minimum-income changes, an IMF loan and its conditions, tariffs, corruption
cases with amounts and defendants, asylum requests and shelter capacity, a polio campaign's
coverage and target, GDP and unemployment, remittances and reserves. Its periods are said as 'in
the quarter ended June 30', 'between Jan. 1 and July 31', 'year-on-year', 'in the same month
last year', 'its weakest reading since the pandemic', 'since the campaign began on July 23',
'over the weekend', 'on Wednesday', 'so far in 2024', 'a decade earlier', 'by the end of 2026',
'in fiscal 2024, which ended June 30' and 'as of Sept. 30'; every text also has at least two
figures with no time of their own (breakdowns of a dated figure, what a vote or a campaign was,
running totals, standing facts, habits, present situations, open-ended plans) and numbers that
are no figures (a decree's number, a clock time, an age, a year alone, a date, a rank, a flight
number). It was annotated before the extractor was run on it. First run: period 0.815, subject
0.654, unit 0.914, place 0.926, attribution 0.975, qualifier 1.000, figures F1 0.976; after the
rules it taught: period 0.964, subject 0.831, unit 0.976, place 0.952, attribution 1.000,
qualifier 1.000, figures F1 0.988.
`dev_g32es.jsonl` (Spanish only) holds 18 national and regional news briefs and institutional
releases of exactly four sentences (84 figures), each on another subject and place in
Guatemala, Honduras, El Salvador, Nicaragua, Costa Rica, Panama, Mexico, Colombia, Ecuador,
Bolivia and Spain: a police monthly crime report, a court backlog, hospital waiting lists and
bed occupancy, school dropout and enrolment, port and airport traffic, coffee, cardamom,
banana and sugar seasons, bus passengers and fares, the housing deficit, an electricity tariff,
a forest fire and a flood with their evacuees. Its periods are said as 'en el primer
semestre', 'durante el ciclo escolar 2023', 'en los 12 meses hasta junio', 'de marzo a mayo',
'frente a ... un año antes', 'la cifra más alta desde que hay registros, en 1990', 'desde que
comenzaron las lluvias el 3 de octubre', 'esta semana', 'el martes', 'a la fecha', 'en el
mismo periodo de hace dos años', 'en los próximos cinco años', 'hasta el viernes' and 'al
cierre de junio'; every text also has at least two figures with no time of their own
(breakdowns of a dated figure, running totals, capacities and other standing facts, habits,
present situations, an open-ended plan), and numbers that are no figures (a road number, a
time, an age, a year alone, a date, a rank, a case-file number, a consumption threshold that
defines a group). It was annotated before the extractor was run on it. First run: period
0.843, subject 0.651, place 0.783, unit 0.916, qualifier 0.988, attribution 1.000, figures F1
0.982; after the rules it taught: period 0.988, subject 0.881, place 0.929, unit 0.964,
qualifier 1.000, attribution 1.000, figures F1 1.000.
`dev_g32en.jsonl` (English only) holds 18 regional-desk and agency briefs of exactly four
sentences (85 figures), each on its own subject and place (Central America and Mexico mostly,
and Colombia, Brazil, the United States, England, Kenya and Pakistan): a police department's
half-year and monthly counts, a court backlog, an NHS waiting list and bed occupancy, a school
district's enrolment and dropout rate, a port's and an airport's traffic and capacity, coffee,
banana and sugar seasons, a metro's ridership and fare, a housing deficit, an electricity
tariff, floods, rains and a wildfire with their evacuees. Its periods are said as 'in the
first half', 'ended 2023 with', 'during the 2023-24 school year, which ran from August to May',
'in the 2023-24 harvest, which ran from November to May', 'in the 12 months to September',
'from January through April', 'in the fiscal year that ended on June 30', 'since the rains
began on March 14', 'since they began on Oct. 3', 'to date' after 'relaunched in January
2023', 'as of Friday', 'as of Thursday night', 'on Monday', 'two years earlier', 'for the
quarter from April 15 to July 14' and 'over the next five years'; every text also has at least
two figures with no time of their own (breakdowns 'Of those' and 'In X alone', what a storm
was, running totals, standing facts, habits, present situations, open-ended plans) and numbers
that are no figures (a highway, a line, a kilometre marker, clock times, ages, years, dates,
ranks, phone numbers, and numbers that only say who is counted). It was annotated before the
extractor was run on it. First run: period 0.800, subject 0.776, place 0.753, unit 0.941,
attribution 0.953, qualifier 1.000, figures F1 0.950 (precision 0.904); after the rules it
taught: period 1.000, subject 0.906, place 0.847, unit 1.000, attribution 0.976, qualifier
1.000, figures F1 1.000.

The rules are tuned on all of them like on any development set; these floors keep a change from
quietly undoing what they taught.
`dev_former_heldout_en.jsonl` (27 English texts, 120 figures) and `dev_former_heldout_es.jsonl`
(12 Spanish texts, 55 figures) were the held-out sets until 5 December 2026. Three sessions of
rules taught by new development sets had not moved their scores (English period 0.899, Spanish
subject 0.778), so a new held-out set was written from the annotation guideline alone by
writers who never saw the extractor (`heldout_en.jsonl`, `heldout_es.jsonl`, reviewed by a
second annotator), scored once with the code of that day, and only then were these two files
opened and their mistakes read, as development files like the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from claims.importing.extraction.evaluate import Report, evaluate_texts, format_report

EVAL = Path(__file__).parent / "eval"


LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class DevSet:
    path: Path
    min_texts: int  # per language
    min_gold: int  # annotated figures per language
    floors: dict[str, float]  # field -> least accuracy
    languages: tuple[str, ...] = LANGUAGES
    min_recall: float = 0.95  # figure recall


SETS = {
    "stress": DevSet(
        EVAL / "dev_stress.jsonl",
        45,
        95,
        {"qualifier": 0.95, "unit": 0.95, "attribution": 0.95, "period": 0.9, "subject": 0.88},
    ),
    "periods": DevSet(
        EVAL / "dev_periods.jsonl",
        40,
        85,
        {"qualifier": 0.95, "unit": 0.9, "attribution": 0.9, "period": 0.9, "subject": 0.88},
    ),
    "periods2": DevSet(
        EVAL / "dev_periods2.jsonl",
        30,
        70,
        {"qualifier": 0.95, "unit": 0.9, "attribution": 0.9, "period": 0.9, "subject": 0.83},
    ),
    "periods3": DevSet(
        EVAL / "dev_periods3.jsonl",
        100,
        240,
        {
            "qualifier": 0.99,
            "unit": 0.95,
            "attribution": 0.96,
            "period": 0.97,
            "subject": 0.79,
            "place": 0.91,
        },
        ("en",),
    ),
    "periods4": DevSet(
        EVAL / "dev_periods4.jsonl",
        120,
        650,
        # subject reads about 0.73 (the stories' long sentences name what was measured far
        # from the figure) and place about 0.84 (a place inside the dateline's country, a region
        # named as a description): those floors only keep them from falling.
        {
            "qualifier": 0.99,
            "unit": 0.93,
            "attribution": 0.93,
            "period": 0.96,
            "subject": 0.73,
            "place": 0.83,
        },
        ("en",),
    ),
    "periods5": DevSet(
        EVAL / "dev_periods5.jsonl",
        90,
        350,
        # subject reads about 0.69 and place about 0.83 (statistics releases name the measure
        # far from the figure; regions such as "euro zone" or "Africa"): floors only keep them.
        {
            "qualifier": 0.99,
            "unit": 0.9,
            "attribution": 0.9,
            "period": 0.96,
            "subject": 0.68,
            "place": 0.82,
        },
        ("en",),
    ),
    "periods6": DevSet(
        EVAL / "dev_periods6.jsonl",
        90,
        260,
        # subject reads about 0.78, place about 0.81 and unit about 0.87 (datelines read into
        # the counted noun, regions such as "euro zone"): those floors only keep them.
        {
            "qualifier": 0.99,
            "unit": 0.86,
            "attribution": 0.9,
            "period": 0.96,
            "subject": 0.76,
            "place": 0.79,
        },
        ("en",),
    ),
    "es_subjects": DevSet(
        EVAL / "dev_es_subjects.jsonl",
        45,
        95,
        {
            "qualifier": 0.95,
            "unit": 0.9,
            "attribution": 0.9,
            "period": 0.9,
            "subject": 0.85,
            "place": 0.85,
        },
        ("es",),
    ),
    "es_wire": DevSet(
        EVAL / "dev_es_wire.jsonl",
        40,
        50,
        {
            "qualifier": 0.95,
            "unit": 0.94,
            "attribution": 0.79,
            "period": 0.88,
            "subject": 0.94,
            "place": 0.5,
        },
        ("es",),
    ),
    "es_news": DevSet(
        EVAL / "dev_es_news.jsonl",
        75,
        145,
        {
            "qualifier": 0.95,
            "unit": 0.93,
            "attribution": 0.94,
            "period": 0.95,
            "subject": 0.97,
            "place": 0.85,
        },
        ("es",),
    ),
    "es_periods": DevSet(
        EVAL / "dev_es_periods.jsonl",
        55,
        100,
        {
            "qualifier": 0.97,
            "unit": 0.95,
            "attribution": 0.57,
            "period": 0.98,
            "subject": 0.92,
            "place": 0.69,
        },
        ("es",),
    ),
    "es_subjects2": DevSet(
        EVAL / "dev_es_subjects2.jsonl",
        15,
        40,
        {
            "qualifier": 0.95,
            "unit": 0.9,
            "attribution": 0.9,
            "period": 0.9,
            "subject": 0.92,
            "place": 0.9,
        },
        ("es",),
    ),
    "es_subjects3": DevSet(
        EVAL / "dev_es_subjects3.jsonl",
        85,
        170,
        {
            "qualifier": 0.99,
            "unit": 0.96,
            "attribution": 0.94,
            "period": 0.87,
            "subject": 0.93,
            "place": 0.82,
        },
        ("es",),
    ),
    "es_subjects4": DevSet(
        EVAL / "dev_es_subjects4.jsonl",
        45,
        155,
        # place reads 0.75 (a national figure the text does not place is left empty; several
        # places named together): the floor only keeps it from falling.
        {
            "qualifier": 0.99,
            "unit": 0.87,
            "attribution": 0.95,
            "period": 0.86,
            "subject": 0.87,
            "place": 0.75,
        },
        ("es",),
        # recall reads 0.949: 'multas por 18,5 millones de pesos' and three more sums after a
        # bare 'por' are read as the base of a rate, and the terms of a loan ('un plazo de 25
        # años') are not read as figures. Finding the sums lowers the subject and place
        # accuracy of this file (the new figures' subjects are wrong), so it waits for rules
        # that name them.
        min_recall=0.94,
    ),
    "es_subjects5": DevSet(
        EVAL / "dev_es_subjects5.jsonl",
        75,
        270,
        {
            "qualifier": 0.99,
            "unit": 0.97,
            "attribution": 0.92,
            "period": 0.78,
            "subject": 0.93,
            "place": 0.84,
        },
        ("es",),
    ),
    "es_subjects6": DevSet(
        EVAL / "dev_es_subjects6.jsonl",
        65,
        275,
        # periods (0.82), attributions (0.87) and places (0.66) are annotated as a reader fills
        # them in and were not worked on in its round: those floors only keep them from falling.
        {
            "qualifier": 0.97,
            "unit": 0.95,
            "attribution": 0.86,
            "period": 0.81,
            "subject": 0.81,
            "place": 0.65,
        },
        ("es",),
    ),
    "es_subjects7": DevSet(
        EVAL / "dev_es_subjects7.jsonl",
        50,
        133,
        {
            "qualifier": 0.97,
            "unit": 0.92,
            "attribution": 0.97,
            "period": 0.87,
            "subject": 0.96,
            "place": 0.88,
        },
        ("es",),
    ),
    "periods7": DevSet(
        EVAL / "dev_periods7.jsonl",
        40,
        125,
        {
            "qualifier": 0.98,
            "unit": 0.94,
            "attribution": 0.9,
            "period": 0.97,
            "subject": 0.72,
            "place": 0.94,
        },
        ("en",),
    ),
    "es_subjects8": DevSet(
        EVAL / "dev_es_subjects8.jsonl",
        35,
        144,
        {
            "qualifier": 0.97,
            "unit": 0.96,
            "attribution": 0.93,
            "period": 0.85,
            "subject": 0.89,
            "place": 0.79,
        },
        ("es",),
    ),
    "en_subjects2": DevSet(
        EVAL / "dev_en_subjects2.jsonl",
        22,
        40,
        {
            "qualifier": 0.97,
            "unit": 0.95,
            "attribution": 0.95,
            "period": 0.95,
            "subject": 0.9,
            "place": 0.9,
        },
        ("en",),
    ),
    "es_subjects9": DevSet(
        EVAL / "dev_es_subjects9.jsonl",
        20,
        33,
        {
            "qualifier": 0.97,
            "unit": 0.95,
            "attribution": 0.95,
            "period": 0.95,
            "subject": 0.95,
            "place": 0.95,
        },
        ("es",),
    ),
    # Paragraphs of three to five sentences from fact-checkers, newspapers and bulletins whose
    # later figures point back ('esa cifra', 'el indicador', 'de ellos'); ranking sentences
    # ('Iztapalapa encabezó la lista con 41 víctimas') keep subject and place low.
    "es_subjects10": DevSet(
        EVAL / "dev_es_subjects10.jsonl",
        26,
        82,
        {
            "qualifier": 0.97,
            "unit": 0.97,
            "attribution": 0.85,
            "period": 0.92,
            "subject": 0.8,
            "place": 0.87,
        },
        ("es",),
    ),
    # Paragraphs written around the open Spanish subject mistakes (rankings, pointers, contrast
    # clauses, budgets, reference values, 'Otros N'); place reads 0.85 (regions of Costa Rica,
    # the country of the people asking for asylum).
    "es_subjects11": DevSet(
        EVAL / "dev_es_subjects11.jsonl",
        24,
        85,
        {
            "qualifier": 0.97,
            "unit": 0.95,
            "attribution": 0.95,
            "period": 0.95,
            "subject": 0.95,
            "place": 0.82,
        },
        ("es",),
    ),
    # Spanish wire and economy paragraphs (eighth session): period reads 0.82, place 0.83.
    "es_subjects12": DevSet(
        EVAL / "dev_es_subjects12.jsonl",
        22,
        89,
        {
            "qualifier": 0.99,
            "unit": 0.93,
            "attribution": 0.9,
            "period": 0.79,
            "subject": 0.82,
            "place": 0.8,
        },
        ("es",),
    ),
    # Guatemalan press on justice, prisons, migration, fires, tourism and prices (ninth session):
    # place reads 0.67 and period 0.84; those floors only keep them from falling.
    "es_subjects13": DevSet(
        EVAL / "dev_es_subjects13.jsonl",
        24,
        102,
        {
            "qualifier": 0.97,
            "unit": 0.92,
            "attribution": 0.9,
            "period": 0.82,
            "subject": 0.86,
            "place": 0.65,
        },
        ("es",),
    ),
    # Releases, fact-checks and newspapers of Guatemala, Mexico, Colombia, Panama and the
    # Dominican Republic (fifteenth session): attribution reads 0.53 (a source named once, not
    # repeated for the next sentences' figures); that floor only keeps it from falling.
    "es_subjects15": DevSet(
        EVAL / "dev_es_subjects15.jsonl",
        24,
        77,
        {
            "qualifier": 0.97,
            "unit": 0.94,
            "attribution": 0.5,
            "period": 0.84,
            "subject": 0.95,
            "place": 0.85,
        },
        ("es",),
    ),
    # Releases, fact-checks and newspapers of Honduras, El Salvador, Costa Rica, Guatemala, Peru
    # and Ecuador (sixteenth session).
    "es_subjects16": DevSet(
        EVAL / "dev_es_subjects16.jsonl",
        24,
        111,
        {
            "qualifier": 0.97,
            "unit": 0.97,
            "attribution": 0.95,
            "period": 0.82,
            "subject": 0.95,
            "place": 0.87,
        },
        ("es",),
    ),
    # Releases, fact-checks and newspapers of Mexico, Colombia, Argentina, Chile and Nicaragua
    # (seventeenth session).
    # The held-out sets until 5 December 2026 (scores at that day's code, before any rule they
    # taught: English period 0.899, subject 0.824, attribution 0.975, place 0.857; Spanish
    # subject 0.778, place 0.741; after the lead's rules: English period 0.975, subject 0.840,
    # attribution 0.992, place 0.882; Spanish subject 0.815).
    "former_heldout_en": DevSet(
        EVAL / "dev_former_heldout_en.jsonl",
        27,
        120,
        {
            "qualifier": 0.99,
            "unit": 0.95,
            "attribution": 0.98,
            "period": 0.96,
            "subject": 0.83,
            "place": 0.87,
        },
        ("en",),
    ),
    "former_heldout_es": DevSet(
        EVAL / "dev_former_heldout_es.jsonl",
        12,
        54,
        {
            "qualifier": 0.97,
            "unit": 0.98,
            "attribution": 0.95,
            "period": 0.92,
            "subject": 0.8,
            "place": 0.73,
        },
        ("es",),
    ),
    "es_subjects17": DevSet(
        EVAL / "dev_es_subjects17.jsonl",
        16,
        86,
        {
            "qualifier": 0.94,
            "unit": 0.95,
            "attribution": 0.91,
            "period": 0.78,
            "subject": 0.8,
            "place": 0.9,
        },
        ("es",),
    ),
    "g18es": DevSet(
        EVAL / "dev_g18es.jsonl",
        16,
        77,
        {
            "qualifier": 0.97,
            "unit": 0.95,
            "attribution": 0.95,
            "period": 0.95,
            "subject": 0.92,
            "place": 0.95,
        },
        ("es",),
    ),
    "g20es": DevSet(
        EVAL / "dev_g20es.jsonl",
        16,
        70,
        {
            "qualifier": 0.97,
            "unit": 0.97,
            "attribution": 0.97,
            "period": 0.97,
            "subject": 0.91,
            "place": 0.9,
        },
        ("es",),
    ),
    # Paragraphs of three or four sentences whose later figures lean on earlier ones; periods of
    # storms and elections said of the future read below the other fields.
    "es_paragraphs2": DevSet(
        EVAL / "dev_es_paragraphs2.jsonl",
        8,
        27,
        {
            "qualifier": 0.97,
            "unit": 0.95,
            "attribution": 0.95,
            "period": 0.84,
            "subject": 0.9,
            "place": 0.95,
        },
        ("es",),
    ),
    # English paragraphs of three to five sentences on periods (sixth session): subject
    # reads 0.58 and place 0.61 (US datelines and institutions' places); those floors keep.
    "periods8": DevSet(
        EVAL / "dev_periods8.jsonl",
        25,
        120,
        {
            "qualifier": 0.99,
            "unit": 0.95,
            "attribution": 0.95,
            "period": 0.96,
            "subject": 0.56,
            "place": 0.59,
        },
        ("en",),
    ),
    # English fact-checks and interviews of three to five sentences (sixth session): unit
    # reads 0.84, subject 0.61, attribution 0.83; those floors only keep them.
    "periods9": DevSet(
        EVAL / "dev_periods9.jsonl",
        25,
        80,
        {
            "qualifier": 0.97,
            "unit": 0.82,
            "attribution": 0.81,
            "period": 0.91,
            "subject": 0.59,
            "place": 0.95,
        },
        ("en",),
    ),
    # English texts on holidays, seasons, split school and financial years and fiscal years
    # (seventh session): subject reads 0.55 and place 0.75; those floors only keep them.
    "periods10": DevSet(
        EVAL / "dev_periods10.jsonl",
        26,
        83,
        {
            "qualifier": 0.99,
            "unit": 0.9,
            "attribution": 0.88,
            "period": 0.96,
            "subject": 0.53,
            "place": 0.72,
        },
        ("en",),
    ),
    # English paragraphs on official data releases (seventh session): subject reads 0.82.
    "periods11": DevSet(
        EVAL / "dev_periods11.jsonl",
        27,
        107,
        {
            "qualifier": 0.99,
            "unit": 0.96,
            "attribution": 0.92,
            "period": 0.97,
            "subject": 0.8,
            "place": 0.85,
        },
        ("en",),
    ),
    # English crime, disaster and election paragraphs (eighth session): place reads 0.70
    # (places left out or widened to the country).
    "periods12": DevSet(
        EVAL / "dev_periods12.jsonl",
        23,
        108,
        {
            "qualifier": 0.99,
            "unit": 0.92,
            "attribution": 0.94,
            "period": 0.95,
            "subject": 0.8,
            "place": 0.68,
        },
        ("en",),
    ),
    "periods13": DevSet(
        EVAL / "dev_periods13.jsonl",
        24,
        115,
        # subject (0.75) and place (0.74) were not worked on: those floors only keep them from
        # falling.
        {
            "qualifier": 0.99,
            "unit": 0.9,
            "attribution": 0.85,
            "period": 0.97,
            "subject": 0.72,
            "place": 0.7,
        },
        ("en",),
    ),
    "periods15": DevSet(
        EVAL / "dev_periods15.jsonl",
        24,
        107,
        # subject (0.79), unit (0.92) and attribution (0.92) were not worked on: those floors
        # only keep them from falling.
        {
            "qualifier": 0.99,
            "unit": 0.89,
            "attribution": 0.89,
            "period": 0.95,
            "subject": 0.76,
            "place": 0.92,
        },
        ("en",),
    ),
    "periods16": DevSet(
        EVAL / "dev_periods16.jsonl",
        24,
        111,
        # subject (0.85) and place (0.81) were not worked on beyond two cheap rules: those
        # floors only keep them from falling.
        {
            "qualifier": 0.99,
            "unit": 0.96,
            "attribution": 0.95,
            "period": 0.96,
            "subject": 0.82,
            "place": 0.79,
        },
        ("en",),
    ),
    "g19en1": DevSet(
        EVAL / "dev_g19en1.jsonl",
        16,
        80,
        # place (0.825) was not worked on: its floor only keeps it from falling.
        {
            "qualifier": 0.98,
            "unit": 0.96,
            "attribution": 0.97,
            "period": 0.94,
            "subject": 0.74,
            "place": 0.8,
        },
        ("en",),
    ),
    "g20en1": DevSet(
        EVAL / "dev_g20en1.jsonl",
        16,
        81,
        {
            "qualifier": 0.98,
            "unit": 0.97,
            "attribution": 0.96,
            "period": 0.94,
            "subject": 0.87,
            "place": 0.95,
        },
        ("en",),
    ),
    "periods17": DevSet(
        EVAL / "dev_periods17.jsonl",
        16,
        76,
        # subject (0.77) and place (0.92) were not worked on beyond two cheap rules: those
        # floors only keep them from falling.
        {
            "qualifier": 0.99,
            "unit": 0.93,
            "attribution": 0.93,
            "period": 0.97,
            "subject": 0.75,
            "place": 0.9,
        },
        ("en",),
    ),
    "g18en2": DevSet(
        EVAL / "dev_g18en2.jsonl",
        16,
        85,
        # subject (0.735) and place (0.819) were not worked on: those floors only keep them
        # from falling.
        {
            "qualifier": 0.98,
            "unit": 0.97,
            "attribution": 0.96,
            "period": 0.94,
            "subject": 0.7,
            "place": 0.79,
        },
        ("en",),
    ),
    "g19en2": DevSet(
        EVAL / "dev_g19en2.jsonl",
        16,
        84,
        # subject (0.69) and place (0.83) were not worked on beyond a few cheap rules: those
        # floors only keep them from falling.
        {
            "qualifier": 0.97,
            "unit": 0.94,
            "attribution": 0.97,
            "period": 0.86,
            "subject": 0.67,
            "place": 0.81,
        },
        ("en",),
    ),
    "g20en3": DevSet(
        EVAL / "dev_g20en3.jsonl",
        16,
        80,
        # place (0.89) was not worked on: its floor only keeps it from falling.
        {
            "qualifier": 0.97,
            "unit": 0.96,
            "attribution": 0.97,
            "period": 0.91,
            "subject": 0.91,
            "place": 0.86,
        },
        ("en",),
    ),
    "g20en2": DevSet(
        EVAL / "dev_g20en2.jsonl",
        16,
        84,
        # subject (0.72) was not worked on and place (0.87) only a little: those floors only
        # keep them from falling.
        {
            "qualifier": 0.97,
            "unit": 0.96,
            "attribution": 0.97,
            "period": 0.9,
            "subject": 0.7,
            "place": 0.82,
        },
        ("en",),
    ),
    "g20en4": DevSet(
        EVAL / "dev_g20en4.jsonl",
        16,
        85,
        # place (0.798) was not worked on: its floor only keeps it from falling.
        {
            "qualifier": 0.98,
            "unit": 0.94,
            "attribution": 0.95,
            "period": 0.93,
            "subject": 0.9,
            "place": 0.77,
        },
        ("en",),
    ),
    "g21en1": DevSet(
        EVAL / "dev_g21en1.jsonl",
        16,
        79,
        {
            "qualifier": 0.97,
            "unit": 0.94,
            "attribution": 0.96,
            "period": 0.83,
            "subject": 0.77,
            "place": 0.79,
        },
        ("en",),
    ),
    "g22en1": DevSet(
        EVAL / "dev_g22en1.jsonl",
        16,
        72,
        # attribution (0.944) and place (0.930) were not worked on: those floors only keep them
        # from falling.
        {
            "qualifier": 0.98,
            "unit": 0.92,
            "attribution": 0.92,
            "period": 0.89,
            "subject": 0.88,
            "place": 0.9,
        },
        ("en",),
    ),
    "g21en2": DevSet(
        EVAL / "dev_g21en2.jsonl",
        16,
        75,
        # subject (0.80) and place (0.907) were not worked on: those floors only keep them from
        # falling.
        {
            "qualifier": 0.96,
            "unit": 0.95,
            "attribution": 0.95,
            "period": 0.85,
            "subject": 0.78,
            "place": 0.88,
        },
        ("en",),
    ),
    "g22en2": DevSet(
        EVAL / "dev_g22en2.jsonl",
        16,
        82,
        # place (0.939) was not worked on: its floor only keeps it from falling.
        {
            "qualifier": 0.97,
            "unit": 0.96,
            "attribution": 0.97,
            "period": 0.95,
            "subject": 0.85,
            "place": 0.9,
        },
        ("en",),
    ),
    "g22en3": DevSet(
        EVAL / "dev_g22en3.jsonl",
        16,
        70,
        # place (0.929) was not worked on: that floor only keeps it from falling.
        {
            "qualifier": 0.97,
            "unit": 0.97,
            "attribution": 0.94,
            "period": 0.86,
            "subject": 0.85,
            "place": 0.91,
        },
        ("en",),
    ),
    "g23en2": DevSet(
        EVAL / "dev_g23en2.jsonl",
        16,
        71,
        # place (0.809) was not worked on: that floor only keeps it from falling.
        {
            "qualifier": 0.95,
            "unit": 0.95,
            "attribution": 0.96,
            "period": 0.86,
            "subject": 0.74,
            "place": 0.79,
        },
        ("en",),
    ),
    "g23en3": DevSet(
        EVAL / "dev_g23en3.jsonl",
        16,
        83,
        # unit (0.938) and place (0.887) were not worked on: their floors only keep them from
        # falling; subject stays low because the annotations name the election or the poll.
        {
            "qualifier": 0.97,
            "unit": 0.91,
            "attribution": 0.95,
            "period": 0.85,
            "subject": 0.5,
            "place": 0.86,
        },
        ("en",),
    ),
    "g24en1": DevSet(
        EVAL / "dev_g24en1.jsonl",
        16,
        74,
        {
            "qualifier": 0.97,
            "unit": 0.95,
            "attribution": 0.97,
            "period": 0.97,
            "subject": 0.79,
            "place": 0.86,
        },
        ("en",),
    ),
    "paragraphs_en2": DevSet(
        EVAL / "dev_paragraphs_en2.jsonl",
        8,
        29,
        {
            "qualifier": 0.97,
            "unit": 0.95,
            "attribution": 0.95,
            "period": 0.9,
            "subject": 0.85,
            "place": 0.8,
        },
        ("en",),
    ),
    "paragraphs": DevSet(
        EVAL / "dev_paragraphs.jsonl",
        8,
        30,
        # unit: English reads 0.87 ("international visitors" for "visitors", "percent of
        # money sent home" for a bare "percent"); the floor keeps it from falling further.
        {"qualifier": 0.95, "unit": 0.85, "attribution": 0.9, "period": 0.9},
    ),
    "en_subjects": DevSet(
        EVAL / "dev_en_subjects.jsonl",
        45,
        90,
        {
            "qualifier": 0.95,
            "unit": 0.88,
            "attribution": 0.93,
            "period": 0.93,
            "subject": 0.91,
            "place": 0.85,
        },
        ("en",),
    ),
    "g18en1": DevSet(
        EVAL / "dev_g18en1.jsonl",
        16,
        80,
        # period (0.85) and place (0.84) were not worked on: those floors only keep them from
        # falling.
        {
            "qualifier": 0.97,
            "unit": 0.95,
            "attribution": 0.95,
            "period": 0.82,
            "subject": 0.9,
            "place": 0.8,
        },
        ("en",),
    ),
    "baselines": DevSet(
        EVAL / "dev_baselines.jsonl",
        3,
        9,
        {
            "qualifier": 0.95,
            "unit": 0.94,
            "attribution": 0.95,
            "period": 0.94,
            "subject": 0.85,
            "place": 0.88,
        },
    ),
    "clauses": DevSet(
        EVAL / "dev_clauses.jsonl",
        6,
        13,
        {
            "qualifier": 0.95,
            "unit": 0.95,
            "attribution": 0.95,
            "period": 0.95,
            "subject": 0.9,
            "place": 0.8,
        },
    ),
    "g21es": DevSet(
        EVAL / "dev_g21es.jsonl",
        16,
        77,
        # subject, place and attribution were worked on little: their floors keep them from
        # falling.
        {
            "qualifier": 0.97,
            "unit": 0.97,
            "attribution": 0.93,
            "period": 0.86,
            "subject": 0.77,
            "place": 0.74,
        },
        ("es",),
    ),
    "g22es": DevSet(
        EVAL / "dev_g22es.jsonl",
        16,
        72,
        # place and unit were not worked on: their floors keep them from falling.
        {
            "qualifier": 0.97,
            "unit": 0.91,
            "attribution": 0.97,
            "period": 0.95,
            "subject": 0.78,
            "place": 0.84,
        },
        ("es",),
    ),
    "g23es": DevSet(
        EVAL / "dev_g23es.jsonl",
        16,
        69,
        # qualifier, unit and attribution were not worked on: their floors keep them from
        # falling.
        {
            "qualifier": 0.97,
            "unit": 0.97,
            "attribution": 0.96,
            "period": 0.95,
            "subject": 0.86,
            "place": 0.93,
        },
        ("es",),
    ),
    "g24es": DevSet(
        EVAL / "dev_g24es.jsonl",
        16,
        67,
        # qualifier, unit, attribution and place were not worked on: their floors keep them
        # from falling.
        {
            "qualifier": 0.97,
            "unit": 0.97,
            "attribution": 0.97,
            "period": 0.96,
            "subject": 0.78,
            "place": 0.78,
        },
        ("es",),
    ),
    "g23en1": DevSet(
        EVAL / "dev_g23en1.jsonl",
        16,
        66,
        # attribution (0.892) was not worked on: its floor keeps it from falling.
        {
            "qualifier": 0.97,
            "unit": 0.93,
            "attribution": 0.87,
            "period": 0.78,
            "subject": 0.82,
            "place": 0.88,
        },
        ("en",),
    ),
    "g24en2": DevSet(
        EVAL / "dev_g24en2.jsonl",
        16,
        75,
        # unit, attribution and place were not worked on: their floors keep them from falling.
        {
            "qualifier": 0.97,
            "unit": 0.96,
            "attribution": 0.86,
            "period": 0.95,
            "subject": 0.79,
            "place": 0.77,
        },
        ("en",),
    ),
    "g25en1": DevSet(
        EVAL / "dev_g25en1.jsonl",
        16,
        67,
        # all fields were worked on except the qualifier (1.000 from the first run)
        {
            "qualifier": 0.98,
            "unit": 0.98,
            "attribution": 0.98,
            "period": 0.98,
            "subject": 0.92,
            "place": 0.90,
        },
        ("en",),
    ),
    "g25en2": DevSet(
        EVAL / "dev_g25en2.jsonl",
        16,
        80,
        # qualifier and attribution were right from the first run; place moved with general
        # rules (cities, counties, datelines) and keeps a floor below its final score.
        {
            "qualifier": 0.98,
            "unit": 0.98,
            "attribution": 0.98,
            "period": 0.98,
            "subject": 0.90,
            "place": 0.73,
        },
        ("en",),
    ),
    "g25en3": DevSet(
        EVAL / "dev_g25en3.jsonl",
        16,
        77,
        {
            "qualifier": 0.98,
            "unit": 0.96,
            "attribution": 0.92,
            "period": 0.90,
            "subject": 0.94,
            "place": 0.92,
        },
        ("en",),
    ),
    "g25en4": DevSet(
        EVAL / "dev_g25en4.jsonl",
        16,
        77,
        # unit (0.935) was not worked on: its floor keeps it from falling.
        {
            "qualifier": 0.98,
            "unit": 0.91,
            "attribution": 0.98,
            "period": 0.96,
            "subject": 0.92,
            "place": 0.85,
        },
        ("en",),
    ),
    "g25es": DevSet(
        EVAL / "dev_g25es.jsonl",
        16,
        69,
        # qualifier and unit were not worked on: their floors keep them from falling.
        {
            "qualifier": 0.98,
            "unit": 0.93,
            "attribution": 0.98,
            "period": 0.93,
            "subject": 0.96,
            "place": 0.98,
        },
        ("es",),
    ),
    "g25es2": DevSet(
        EVAL / "dev_g25es2.jsonl",
        16,
        70,
        # place (0.914) was not worked on: its floor keeps it from falling.
        {
            "qualifier": 0.98,
            "unit": 0.93,
            "attribution": 0.95,
            "period": 0.92,
            "subject": 0.92,
            "place": 0.89,
        },
        ("es",),
    ),
    "g26es2": DevSet(
        EVAL / "dev_g26es2.jsonl",
        12,
        50,
        # qualifier, attribution and place were not worked on: their floors keep them from
        # falling.
        {
            "qualifier": 0.98,
            "unit": 0.96,
            "attribution": 0.94,
            "period": 0.96,
            "subject": 0.90,
            "place": 0.86,
        },
        ("es",),
    ),
    "g26es1": DevSet(
        EVAL / "dev_g26es1.jsonl",
        12,
        49,
        {
            "qualifier": 0.98,
            "unit": 0.98,
            "attribution": 0.98,
            "period": 0.96,
            "subject": 0.81,
            "place": 0.96,
        },
        ("es",),
    ),
    "g26en2": DevSet(
        EVAL / "dev_g26en2.jsonl",
        12,
        55,
        # qualifier, unit and place were right from the first run, attribution was not worked
        # on: their floors keep them from falling.
        {
            "qualifier": 0.98,
            "unit": 0.98,
            "attribution": 0.92,
            "period": 0.96,
            "subject": 0.92,
            "place": 0.98,
        },
        ("en",),
    ),
    "g26en1": DevSet(
        EVAL / "dev_g26en1.jsonl",
        12,
        49,
        # place (0.980) was not worked on: its floor keeps it from falling.
        {
            "qualifier": 0.98,
            "unit": 0.98,
            "attribution": 0.98,
            "period": 0.98,
            "subject": 0.89,
            "place": 0.96,
        },
        ("en",),
    ),
    "g27en2": DevSet(
        EVAL / "dev_g27en2.jsonl",
        14,
        66,
        # qualifier was right from the first run: its floor keeps it from falling.
        {
            "qualifier": 0.98,
            "unit": 0.98,
            "attribution": 0.98,
            "period": 0.98,
            "subject": 0.87,
            "place": 0.98,
        },
        ("en",),
    ),
    "g27es": DevSet(
        EVAL / "dev_g27es.jsonl",
        14,
        66,
        # qualifier was right from the first run: its floor keeps it from falling.
        {
            "qualifier": 0.98,
            "unit": 0.98,
            "attribution": 0.98,
            "period": 0.96,
            "subject": 0.91,
            "place": 0.79,
        },
        ("es",),
    ),
    "g27en1": DevSet(
        EVAL / "dev_g27en1.jsonl",
        14,
        70,
        # qualifier was right from the first run: its floor keeps it from falling.
        {
            "qualifier": 0.98,
            "unit": 0.95,
            "attribution": 0.96,
            "period": 0.98,
            "subject": 0.95,
            "place": 0.96,
        },
        ("en",),
    ),
    "g28en1": DevSet(
        EVAL / "dev_g28en1.jsonl",
        14,
        70,
        # qualifier and unit were right from the first run: their floors keep them from falling.
        {
            "qualifier": 0.98,
            "unit": 0.98,
            "attribution": 0.96,
            "period": 0.98,
            "subject": 0.92,
            "place": 0.98,
        },
        ("en",),
    ),
    "g28es": DevSet(
        EVAL / "dev_g28es.jsonl",
        14,
        71,
        # qualifier was right from the first run: its floor keeps it from falling.
        {
            "qualifier": 0.98,
            "unit": 0.98,
            "attribution": 0.98,
            "period": 0.96,
            "subject": 0.92,
            "place": 0.88,
        },
        ("es",),
    ),
    "g28en2": DevSet(
        EVAL / "dev_g28en2.jsonl",
        14,
        61,
        # qualifier was right from the first run and place was not worked on: their floors
        # keep them from falling.
        {
            "qualifier": 0.98,
            "unit": 0.96,
            "attribution": 0.93,
            "period": 0.91,
            "subject": 0.85,
            "place": 0.95,
        },
        ("en",),
    ),
    "g29en1": DevSet(
        EVAL / "dev_g29en1.jsonl",
        16,
        79,
        # qualifier was right from the first run and attribution was not worked on: their
        # floors keep them from falling.
        {
            "qualifier": 0.98,
            "unit": 0.94,
            "attribution": 0.94,
            "period": 0.98,
            "subject": 0.66,
            "place": 0.82,
        },
        ("en",),
    ),
    "g29en2": DevSet(
        EVAL / "dev_g29en2.jsonl",
        16,
        80,
        # qualifier, attribution and place were not worked on: their floors keep them from
        # falling.
        {
            "qualifier": 0.98,
            "unit": 0.90,
            "attribution": 0.96,
            "period": 0.96,
            "subject": 0.89,
            "place": 0.96,
        },
        ("en",),
    ),
    "g29es": DevSet(
        EVAL / "dev_g29es.jsonl",
        16,
        79,
        # qualifier and unit were right from the first run: their floors keep them from falling.
        {
            "qualifier": 0.98,
            "unit": 0.98,
            "attribution": 0.98,
            "period": 0.93,
            "subject": 0.89,
            "place": 0.96,
        },
        ("es",),
    ),
    "g30es": DevSet(
        EVAL / "dev_g30es.jsonl",
        16,
        83,
        # qualifier and attribution were right from the first run: their floors keep them from
        # falling.
        {
            "qualifier": 0.98,
            "unit": 0.98,
            "attribution": 0.98,
            "period": 0.95,
            "subject": 0.94,
            "place": 0.84,
        },
        ("es",),
    ),
    "g30en": DevSet(
        EVAL / "dev_g30en.jsonl",
        16,
        80,
        # qualifier was right from the first run: its floor keeps it from falling.
        {
            "qualifier": 0.98,
            "unit": 0.96,
            "attribution": 0.98,
            "period": 0.98,
            "subject": 0.94,
            "place": 0.91,
        },
        ("en",),
    ),
    "g31en": DevSet(
        EVAL / "dev_g31en.jsonl",
        18,
        85,
        # qualifier and attribution were right from the first run: their floors keep them there.
        {
            "qualifier": 0.98,
            "unit": 0.95,
            "attribution": 0.98,
            "period": 0.97,
            "subject": 0.93,
            "place": 0.95,
        },
        ("en",),
    ),
    "g31es": DevSet(
        EVAL / "dev_g31es.jsonl",
        18,
        86,
        {
            "qualifier": 0.98,
            "unit": 0.98,
            "attribution": 0.96,
            "period": 0.98,
            "subject": 0.94,
            "place": 0.93,
        },
        ("es",),
    ),
    "g32en2": DevSet(
        EVAL / "dev_g32en2.jsonl",
        18,
        85,
        # qualifier was right from the first run: its floor keeps it there.
        {
            "qualifier": 0.98,
            "unit": 0.95,
            "attribution": 0.98,
            "period": 0.94,
            "subject": 0.81,
            "place": 0.93,
        },
        ("en",),
    ),
    "g32es": DevSet(
        EVAL / "dev_g32es.jsonl",
        18,
        84,
        # attribution was right from the first run: its floor keeps it there.
        {
            "qualifier": 0.98,
            "unit": 0.94,
            "attribution": 0.98,
            "period": 0.96,
            "subject": 0.86,
            "place": 0.90,
        },
        ("es",),
    ),
    "g32en": DevSet(
        EVAL / "dev_g32en.jsonl",
        18,
        85,
        # qualifier was right from the first run: its floor keeps it there.
        {
            "qualifier": 0.98,
            "unit": 0.98,
            "attribution": 0.95,
            "period": 0.98,
            "subject": 0.88,
            "place": 0.82,
        },
        ("en",),
    ),
}
SET_LANGUAGES = [(name, lang) for name in sorted(SETS) for lang in SETS[name].languages]


@pytest.fixture(scope="module")
def reports() -> dict[str, dict[tuple[str, str], Report]]:
    return {name: evaluate_texts([dev.path]) for name, dev in SETS.items()}


def _report(reports: dict[str, dict[tuple[str, str], Report]], name: str, lang: str) -> Report:
    return reports[name][("development", lang)]


def _summary(report: Report) -> str:
    return format_report(report) + "\n" + "\n".join(report.errors)


@pytest.mark.parametrize(("name", "language"), SET_LANGUAGES)
def test_set_is_large_enough(
    reports: dict[str, dict[tuple[str, str], Report]], name: str, language: str
) -> None:
    report = _report(reports, name, language)
    assert report.texts >= SETS[name].min_texts, format_report(report)
    assert report.gold >= SETS[name].min_gold, format_report(report)


@pytest.mark.parametrize(("name", "language"), SET_LANGUAGES)
def test_set_figures(
    reports: dict[str, dict[tuple[str, str], Report]], name: str, language: str
) -> None:
    report = _report(reports, name, language)
    assert report.recall >= SETS[name].min_recall, _summary(report)
    assert report.precision >= 0.95, _summary(report)


FIELD_CASES = [
    (name, field, lang) for name, lang in SET_LANGUAGES for field in sorted(SETS[name].floors)
]


@pytest.mark.parametrize(("name", "field", "language"), FIELD_CASES)
def test_set_fields(
    reports: dict[str, dict[tuple[str, str], Report]], name: str, field: str, language: str
) -> None:
    report = _report(reports, name, language)
    assert report.fields[field].accuracy >= SETS[name].floors[field], _summary(report)
