from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, DIS, REX

TITLE = "Ukraine: Humanitarian Situation Report No. 14 (April 2023)"
TEXT = """JOINT RELIEF PLATFORM FOR UKRAINE
About | Partners | Situation reports | Maps | Funding | Contact
Reports › Situation reports › Ukraine
Ukraine: Humanitarian Situation Report No. 14 (April 2023)
Published: 12 May 2023
Download PDF (1.4 MB) | Download infographic
Reporting period: 1–30 April 2023. Figures are those available to the platform on 10 May and may be revised.

HIGHLIGHTS
- Hostilities along the front line in Donetsk, Kharkiv, Zaporizhzhia and Kherson oblasts continued to kill and injure civilians throughout April.
- Partners verified 27 attacks on health care, including a drone strike on an ambulance crew near Orikhiv.
- Some 40,000 people in Kherson went without piped water for three days after shelling damaged the main pipeline.
- 1,420 people were evacuated from frontline communities of Donetsk oblast with the support of partners.

SITUATION OVERVIEW
April brought no let-up for people living near the front line. Shelling, air strikes and drone attacks were reported every day in the four frontline oblasts, and missile and drone attacks reached cities far from the front. The heaviest fighting remained in and around Bakhmut, where partners have had no access since February.

Civilian casualties
The civilian harm monitoring mission that the platform relies on recorded 152 civilians killed and 641 injured in Ukraine in April. The actual numbers are likely higher, as reports from some areas, in particular from places under Russian occupation, are still being verified. Heavy explosive weapons used in and around towns and villages accounted for most of them.

By oblast, the highest figures were recorded in Donetsk oblast (61 killed, 203 injured) and Kherson oblast (29 killed, 118 injured), followed by Kharkiv and Zaporizhzhia oblasts.

Attacks on health care
In April, partners verified 27 attacks affecting health care, in which four health workers were killed and 11 injured. Among them:
- On 4 April, shelling damaged the maternity ward of the hospital in Beryslav. Staff and patients were in the shelter, and no one was hurt; the ward has been closed.
- On 12 April, a drone struck an ambulance crew on a call near Orikhiv. A paramedic was killed and the driver was injured.
- On 19 April, S-300 missiles struck the central district hospital in Kupiansk, injuring two staff members and damaging the surgical unit.

"We have moved the operating room twice this year. Each time we hoped it was the last time," said Dr Nataliia Kyrychenko, the deputy chief physician of the Kupiansk hospital. "Now we operate in the basement, and the generators are older than some of our nurses."

Since February 2022, the health authorities have recorded more than 1,000 attacks on health facilities across the country.

Mine contamination
On 9 April, a farmer died in a field near Balakliia when the tractor he was driving set off an anti-tank mine left there by Russian forces. Farmers in the de-occupied parts of Kharkiv oblast continue to work fields that have not been surveyed, because they cannot afford to leave them fallow for another year.

Water, energy and other utilities
On 18 April, shelling damaged the main water pipeline in Kherson. About 40,000 residents of the Korabelnyi and Dniprovskyi districts had no piped water until repairs were completed on 21 April. Partners delivered drinking water by truck to 18 distribution points during the outage.

Humanitarian access
On 21 April, an inter-agency convoy carrying drinking water to Kostiantynivka came under artillery fire on the approach to the town. One truck was damaged; no one was injured, and the convoy reached the town later the same day.

On 26 April, a drone hit a warehouse of a partner organisation in Odesa, destroying around 40 tonnes of food parcels. A security guard was injured.

"Every warehouse we lose costs us a month of deliveries to the front line. We can replace the food; what we cannot replace is the time," said Ingrid Solheim, head of the platform's office in Dnipro.

Displacement and evacuations
Between 3 and 28 April, 1,420 people, including 212 children and 96 people with limited mobility, were evacuated from frontline communities of Donetsk oblast with the support of partners, most of them to Dnipro and Pavlohrad. The number of internally displaced people in Ukraine is estimated at 5.1 million.

"They took our cat, our papers and one bag each. The rest stayed in the flat," said Mykola Savenko, 68, who left Kostiantynivka with his wife on an evacuation train.

Response
In April, partners reached 2.3 million people with at least one form of assistance, including food, water, shelter materials, cash and health care. Mobile health teams carried out 18,400 consultations in frontline communities.

Outlook
Partners expect displacement from Donetsk and Zaporizhzhia oblasts to increase if hostilities intensify in the coming weeks, as many observers anticipate. Preparations are under way to pre-position supplies in Dnipro and Zaporizhzhia.

Funding
As of 10 May, the 2023 humanitarian response plan for Ukraine was 23 per cent funded.

Correction
Situation Report No. 13 gave the toll of the 30 March strike on a bakery in Kostiantynivka as two killed. The final figures are three killed and five injured.
For further information: Ingrid Solheim, Head of Office (Dnipro) | Media: press@jrpu.example
This report was produced by the Joint Relief Platform for Ukraine with contributions from its partners. It is published under a CC BY 4.0 licence.
"""
DOC = {"id": "la08", "date": "2023-05-12", "source": "Joint Relief Platform for Ukraine (humanitarian situation report)",
       "url": "https://jrpu.example/reports/ukraine-situation-report-14-april-2023",
       "text": TEXT}

M0, M1 = "2023-04-01", "2023-04-30"
MONTH = dict(end=M1, prec="month", agg=True, optional=True)
EVENTS = [
    E("la08-1", MAS, "2023-04-04", L("Beryslav"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      note="'On 4 April, shelling damaged the maternity ward of the hospital in Beryslav … no one was hurt' -> 0/0"),
    E("la08-2", ADS, "2023-04-12", H("Orikhiv", "near Orikhiv"), "RU", "UA", fat=N(1), inj=N(1), weapons=[W("drone")],
      note="'On 12 April, a drone struck an ambulance crew on a call near Orikhiv. A paramedic was killed and the driver "
           "was injured'; the highlight repeats it; near X = precision 2"),
    E("la08-3", MAS, "2023-04-19", L("Kupiansk"), "RU", "UA", inj=N(2), weapons=[W("missile", "S-300")],
      note="'On 19 April, S-300 missiles struck the central district hospital in Kupiansk, injuring two staff'; "
           "S-300 on a ground target = missile_artillery_strike (ANNOTATION 4)"),
    E("la08-4", REX, "2023-04-09", H("Balakliia", "field near Balakliia"), "RU", "UA", fat=N(1),
      note="'On 9 April, a farmer died in a field near Balakliia when the tractor he was driving set off an "
           "anti-tank mine left there by Russian forces': remote_explosive, actor1 RU as the text says who laid it (blind45 kv06)"),
    E("la08-5", MAS, "2023-04-18", L("Kherson"), "RU", "UA", weapons=[W("artillery")],
      note="'On 18 April, shelling damaged the main water pipeline in Kherson'; casualties not stated"),
    E("la08-6", DIS, "2023-04-18", L("Kherson"), "RU", "UA", parent="la08-5", end="2023-04-21", prec="range",
      note="'About 40,000 residents … had no piped water until repairs were completed on 21 April': the outage with its "
           "length as a range (blind45 kv05 call); the highlight repeats it"),
    E("la08-7", MAS, "2023-04-21", H("Kostiantynivka", "approach to Kostiantynivka"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("artillery")],
      note="'On 21 April, an inter-agency convoy … came under artillery fire on the approach to the town … no one was "
           "injured': 'on the approach to X' = precision 2 (blind44 call)"),
    E("la08-8", ADS, "2023-04-26", L("Odesa"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'On 26 April, a drone hit a warehouse of a partner organisation in Odesa … A security guard was injured'"),
    E("la08-9", MAS, "2023-03-30", L("Kostiantynivka"), "RU", "UA", fat=N(3), inj=N(5), family=[ADS],
      note="Correction section: 'the 30 March strike on a bakery in Kostiantynivka … The final figures are three "
           "killed and five injured': a dated strike with its corrected toll -> required (blind42 ks08); weapon not "
           "said -> both strike types"),
    E("la08-10", MAS, M0, C("UA", "Ukraine"), "RU", "UA", fat=N(152), inj=N(641), family=[ADS], **MONTH,
      note="'recorded 152 civilians killed and 641 injured in Ukraine in April': a national month figure -> optional "
           "aggregate (blind42 call 7)"),
    E("la08-11", MAS, M0, R("UA-14", "Donetsk oblast"), "RU", "UA", fat=N(61), inj=N(203), family=[ADS], **MONTH,
      note="oblast row 'Donetsk oblast (61 killed, 203 injured)' -> optional month aggregate"),
    E("la08-12", MAS, M0, R("UA-65", "Kherson oblast"), "RU", "UA", fat=N(29), inj=N(118), family=[ADS], **MONTH,
      note="oblast row 'Kherson oblast (29 killed, 118 injured)' -> optional month aggregate"),
    E("la08-13", MAS, M0, C("UA", "Ukraine"), "RU", "UA", fat=N(4), inj=N(11), family=[ADS], **MONTH,
      note="'27 attacks affecting health care, in which four health workers were killed and 11 injured': the month's "
           "health-care tally -> optional aggregate"),
]
# Not events: the highlights (repeats of la08-2, -5/-6 and the evacuation figure); 'reported every day in the four
# frontline oblasts' (habit); no access to Bakhmut 'since February' (situation); 'likely higher' (assessment); the
# Kharkiv and Zaporizhzhia rows without figures; the ward 'has been closed' and the surgical unit damage (parts of
# la08-1/-3); the hospital moved twice 'this year' (no days); 'more than 1,000 attacks' since February 2022
# (cumulative); farmers working unsurveyed fields (habit); the water trucks (response); the convoy reaching the town
# later (part of la08-7); the evacuation 'Between 3 and 28 April' of 1,420 people (an evacuation is no taxonomy event)
# and 5.1 million IDPs (stock figure); the response figures; the Outlook ('expect … to increase if hostilities
# intensify', pre-positioning: forecast, plan); funding; the Situation Report No. 13 figure of two (superseded).
STATEMENTS = [
    S("Nataliia Kyrychenko", "UA", "the generators are older than some of our nurses", "deputy chief physician, Kupiansk"),
    S("Ingrid Solheim", None, "We can replace the food; what we cannot replace is the time", "head of office, Dnipro"),
    S("Mykola Savenko", "UA", "They took our cat, our papers and one bag each", "evacuee from Kostiantynivka"),
]
MUST_NOT = ["JOINT RELIEF PLATFORM FOR UKRAINE", "About | Partners | Situation reports | Maps | Funding | Contact",
            "Reports › Situation reports › Ukraine", "Published: 12 May 2023",
            "Download PDF (1.4 MB) | Download infographic",
            "For further information: Ingrid Solheim, Head of Office (Dnipro) | Media: press@jrpu.example",
            "This report was produced by the Joint Relief Platform for Ukraine with contributions from its partners. It "
            "is published under a CC BY 4.0 licence."]


# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    "la08-1": "On 4 April, shelling damaged the maternity ward of the hospital in Beryslav.",
    "la08-2": "On 12 April, a drone struck an ambulance crew on a call near Orikhiv. A paramedic was killed and the driver was injured.",
    "la08-3": "On 19 April, S-300 missiles struck the central district hospital in Kupiansk, injuring two staff members",
    "la08-4": "On 9 April, a farmer died in a field near Balakliia when the tractor he was driving set off an anti-tank mine left there by Russian forces.",
    "la08-5": "On 18 April, shelling damaged the main water pipeline in Kherson.",
    "la08-6": "About 40,000 residents of the Korabelnyi and Dniprovskyi districts had no piped water until repairs were completed on 21 April.",
    "la08-7": "On 21 April, an inter-agency convoy carrying drinking water to Kostiantynivka came under artillery fire on the approach to the town.",
    "la08-8": "On 26 April, a drone hit a warehouse of a partner organisation in Odesa",
    "la08-9": "Situation Report No. 13 gave the toll of the 30 March strike on a bakery in Kostiantynivka as two killed. The final figures are three killed and five injured.",
    "la08-10": "recorded 152 civilians killed and 641 injured in Ukraine in April",
    "la08-11": "Donetsk oblast (61 killed, 203 injured)",
    "la08-12": "Kherson oblast (29 killed, 118 injured)",
    "la08-13": "In April, partners verified 27 attacks affecting health care, in which four health workers were killed and 11 injured.",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
