from common import E, L, R, C, N, W, S, gold

TITLE = "Civilian harm log, 14–18 March 2022"
TEXT = """HarmTrace · open civilian harm log (volunteer project)
Log | Map | Method | Join us | Contact
Civilian harm log, 14–18 March 2022
Filters: Region [All] · Type [All] · Dates 14.03.2022 – 18.03.2022
Export CSV · Export KML · Last sync 19.03.2022 09:12 (Kyiv time)
Showing 15 entries, oldest first
Attr.: RU = attributed to Russian forces by the source; ? = not established.
ID	Date	Place	What happened	Attr.
HT-0231	14.03	Kharkiv, Saltivskyi district	Nine-storey residential building hit by MLRS fire; 3 dead, 7 injured	RU
HT-0233	14.03	Lebedyn, Sumy region	Bomb dropped on a residential street from a plane; 2 dead	RU
HT-0234	15.03	Mykolaiv, Inhulskyi district	Cluster munitions on a residential quarter, 1 dead, 5 injured	RU
HT-0235	15.03	Izium	Hospital hit; two staff injured	RU
HT-0236	15.03	Kyiv, Obolonskyi district	Fragments of a downed missile fell on a 16-storey building; 1 dead, 3 injured	RU
HT-0237	16.03	Kolychivka, Chernihiv raion	Houses burning after shelling, casualties unknown (pending)	RU
HT-0238	16.03	Nova Kakhovka	unverified, removed	—
HT-0239	14.03	Kharkiv, Saltivka	Residential block hit by Grad, 3 killed 7 wounded – DUPLICATE of HT-0231, not counted	RU
HT-0240	17.03	Sumy	Strike on a residential building	?
HT-0241	17.03	Kramatorsk	Two rockets hit a residential area near the railway, 2 dead, 6 injured	RU
HT-0242	17.03	Bashtanka, Mykolaiv region	Tractor drove onto an anti-tank mine in a field, driver killed	?
HT-0243	18.03	Bila Tserkva	Strike on an industrial area, fire; no casualties reported	RU
HT-0244	18.03	Chernihiv	Pumping station hit by shelling, city water supply cut	RU
HT-0245	18.03	—	Correction: HT-0235 is in Chuhuiv, not Izium (source misread). Map point moved.	—
HT-0247	18.03	all regions	General alert: do not post positions of Ukrainian troops or air defence	—
Page 1 of 1 · Previous · Next
About the log: compiled by volunteers from open sources.
Data: CC BY 4.0 · HarmTrace volunteers 2022
"""
DOC = {"id": "k01", "date": "2022-03-19", "source": "HarmTrace (volunteer civilian harm log)",
       "url": "https://harmtrace.example/log?from=2022-03-14&to=2022-03-18", "text": TEXT}

FAM = ["air_drone_strike"]
EVENTS = [
    E("k01-1", "missile_artillery_strike", "2022-03-14", L("Kharkiv", 1, "Kharkiv, Saltivskyi district"), "RU", "UA",
      fat=N(3), inj=N(7), weapons=[W("mlrs")], note="city district coded to the city; HT-0239 is its duplicate"),
    E("k01-3", "air_drone_strike", "2022-03-14", L("Lebedyn"), "RU", "UA", fat=N(2), weapons=[W("aircraft")],
      note="bomb dropped from a plane; Lebedyn of Sumy region (613273), not the Cherkasy-region village"),
    E("k01-4", "missile_artillery_strike", "2022-03-15", L("Mykolaiv", 1, "Mykolaiv, Inhulskyi district"), "RU", "UA",
      fat=N(1), inj=N(5), family=FAM, note="cluster munitions, delivery not said: missile type with air accepted"),
    E("k01-5", "missile_artillery_strike", "2022-03-15", L("Chuhuiv"), "RU", "UA", inj=N(2), family=FAM,
      note="entry says Izium, but correction HT-0245 moves it to Chuhuiv: the corrected place is gold; 'hit' "
           "without weapon (rule 4)"),
    E("k01-6", "missile_artillery_strike", "2022-03-15", L("Kyiv", 1, "Kyiv, Obolonskyi district"), "RU", "UA",
      fat=N(1), inj=N(3), weapons=[W("missile")], note="debris of a downed missile: a strike typed by its weapon"),
    E("k01-7", "interception", "2022-03-15", L("Kyiv"), "UA", "RU", optional=True,
      weapons=[W("missile", intercepted=N(1))], note="'a downed missile' implies an interception over Kyiv: optional"),
    E("k01-8", "missile_artillery_strike", "2022-03-16", L("Kolychivka"), "RU", "UA", weapons=[W("artillery")],
      note="village with its raion after a comma; casualties unknown = absent"),
    E("k01-9", "missile_artillery_strike", "2022-03-17", L("Sumy"), None, "UA", family=FAM,
      note="'Strike on a residential building', Attr. '?' = actor1 null; weapon unstated (rule 4)"),
    E("k01-10", "missile_artillery_strike", "2022-03-17", L("Kramatorsk"), "RU", "UA", fat=N(2), inj=N(6),
      note="'Two rockets': missile/MLRS not distinguishable, no weapon listed"),
    E("k01-11", "remote_explosive", "2022-03-17", L("Bashtanka", 2, "field near Bashtanka"), None, "UA", fat=N(1),
      note="anti-tank mine, Attr. '?': actor1 null"),
    E("k01-12", "missile_artillery_strike", "2022-03-18", L("Bila Tserkva"), "RU", "UA", fat=N(0), inj=N(0),
      family=FAM, note="'Strike on an industrial area … no casualties reported' = 0/0; weapon unstated"),
    E("k01-13", "missile_artillery_strike", "2022-03-18", L("Chernihiv"), "RU", "UA", weapons=[W("artillery")],
      note="pumping station hit by shelling"),
    E("k01-14", "infrastructure_disruption", "2022-03-18", L("Chernihiv"), "RU", "UA",
      note="city water supply cut by the strike"),
]
STATEMENTS = []
MUST_NOT = [
    "HarmTrace · open civilian harm log (volunteer project)",
    "Log | Map | Method | Join us | Contact",
    "Filters: Region [All] · Type [All] · Dates 14.03.2022 – 18.03.2022",
    "Export CSV · Export KML · Last sync 19.03.2022 09:12 (Kyiv time)",
    "Showing 15 entries, oldest first",
    "ID\tDate\tPlace\tWhat happened\tAttr.",
    "Page 1 of 1 · Previous · Next",
    "About the log: compiled by volunteers from open sources.",
    "Data: CC BY 4.0 · HarmTrace volunteers 2022",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
