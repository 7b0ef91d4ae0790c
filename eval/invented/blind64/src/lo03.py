from common import E, L, R, C, N, W, S, H, gold, MAS, DIS, POL

TITLE = "Irish aid worker among injured as rockets hit evacuation train in Lozova"
TEXT = """ÉBC | Éireann Broadcasting Corporation
News | Sport | Entertainment | Business | Lifestyle | Player | Weather
News › World
Irish aid worker among injured as rockets hit evacuation train in Lozova
Updated / Saturday, 3 Sep 2022 14:07
Aoife Brennan, Europe Correspondent
An Irish aid worker was among 14 people injured when Russian rockets struck a passenger train standing at the station in Lozova, in Ukraine's Kharkiv region, on Friday evening. Three people were killed.

The train, carrying mostly women and children from frontline towns in the Donetsk region to the west of the country, had stopped to take on more passengers shortly before 7pm when the rockets landed on the platform and the tracks beside it. Two carriages caught fire.

Ukraine's state railway company, Ukrzaliznytsia, said the rockets had been fired from an Uragan multiple-launch system. A conductor and two passengers died. The police initially spoke of one dead and six injured; the figures were revised overnight as more of the wounded were brought to hospitals in Lozova and Dnipro.

Ciara Doyle, 29, from Ennis in Co Clare, who works for a Dublin-based children's charity, suffered cuts to her face and hands.

"There was a flash through the window and then glass everywhere. A woman in our carriage kept shouting her son's name, and I couldn't see him," she told ÉBC News by phone from hospital in Dnipro. "They tell me he's alive. That's the only thing I want to know today."
Listen: Morning Ireland – Europe Correspondent reports from Dnipro (4 min)
The Department of Foreign Affairs said it was providing consular assistance to the woman and her family.

Traffic through Lozova was halted for the night and two other evacuation trains were diverted via Krasnohrad, adding five hours to their journey, according to Ukrzaliznytsia. Services through the junction resumed at 6am.

"We had moved the departure of this train three times in a week to keep it away from the front line. Lozova was supposed to be the safe part," said Andrii Pashchenko, a regional director of the company.

Later on Friday night, shortly before 11pm, Russian missiles hit an industrial site on the outskirts of Barvinkove, about 50km to the east. No one was hurt there, the regional governor said.

In Kharkiv, the regional capital, a man was killed by shelling in the Saltivskyi district early on Saturday, the city's mayor said.

Ukraine's southern command, for its part, said its forces had struck a Russian ammunition depot in Nova Kakhovka, on the Russian-held left bank of the Kherson region, with HIMARS rockets overnight.

The Government approved a further €10 million in humanitarian funding for Ukraine on Tuesday, bringing Ireland's humanitarian contribution since February to €40 million. The Tánaiste said on Saturday that he was "appalled" by the attack on a train "full of families fleeing the war".

A vigil organised by the Ukrainian community is planned outside the Russian embassy on Orwell Road in Dublin this evening.
© ÉBC 2022 · Accessibility · Privacy · Cookies · Terms of use
Download the ÉBC News app for the latest from Ireland and the world
"""
DOC = {"id": "lo03", "date": "2022-09-03", "source": "ÉBC (Irish public broadcaster, news website)",
       "url": "https://ebc.example/news/world/2022/0903/irish-aid-worker-injured-train-lozova", "text": TEXT}

D, FRI, TUE = "2022-09-03", "2022-09-02", "2022-08-30"
EVENTS = [
    E("lo03-1", MAS, FRI, L("Lozova"), "RU", "UA", fat=N(3), inj=N(14), weapons=[W("mlrs", "Uragan")],
      claimant="Ukrzaliznytsia",
      note="'Russian rockets struck a passenger train standing at the station in Lozova … on Friday evening' (a "
           "Saturday page -> 2 Sep): 'Three people were killed', '14 people injured' (the Irish worker among them); the "
           "police's first 'one dead and six injured' was revised -> the latest figures win; 'fired from an Uragan "
           "multiple-launch system' -> mlrs"),
    E("lo03-2", DIS, FRI, L("Lozova"), "RU", "UA", parent="lo03-1",
      note="'Traffic through Lozova was halted for the night and two other evacuation trains were diverted via "
           "Krasnohrad': one rail disruption at the damaged junction, dated by the strike (Friday night); resumed at 6am "
           "is still a disruption; Krasnohrad is only the detour"),
    E("lo03-3", MAS, FRI, H("Barvinkove", "outskirts of Barvinkove"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("missile")],
      note="'Later on Friday night, shortly before 11pm, Russian missiles hit an industrial site on the outskirts of "
           "Barvinkove … No one was hurt' -> 2 Sep, precision 2, 0/0; kind of missile not said -> `missile`"),
    E("lo03-4", MAS, D, L("Kharkiv"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="'a man was killed by shelling in the Saltivskyi district early on Saturday' (a Kharkiv district = the city; "
           "shelling = artillery)"),
    E("lo03-5", MAS, D, L("Nova Kakhovka"), "UA", "RU", weapons=[W("mlrs", "HIMARS")],
      claimant="Ukrainian southern command",
      note="'its forces had struck a Russian ammunition depot in Nova Kakhovka … with HIMARS rockets overnight' "
           "(overnight in a Saturday page = 3 Sep): UA -> RU in occupied Kherson oblast (UA-65)"),
    E("lo03-6", POL, TUE, C("IE", "Ireland"), "IE", "UA",
      note="'The Government approved a further €10 million in humanitarian funding for Ukraine on Tuesday' (30 Aug): "
           "aid decision at the deciding country (precision 4)"),
]
# Not events: the police's first figures (stages of lo03-1's toll), the consular assistance (response), services
# resumed at 6am (end of lo03-2), the moved departures 'three times in a week' (habit), '€40 million since February'
# (cumulative), the Tánaiste's 'appalled' (statement of a title-only speaker), the vigil 'planned … this evening'
# (future). The 'Listen:' line, the footer and the app line are furniture.
# Not gold statements: the Tánaiste's "appalled" and "full of families fleeing the war" (title-only speaker).
STATEMENTS = [
    S("Ciara Doyle", "IE", "A woman in our carriage kept shouting her son's name", "Irish aid worker, from Ennis"),
    S("Andrii Pashchenko", "UA", "Lozova was supposed to be the safe part", "regional director, Ukrzaliznytsia"),
]
MUST_NOT = ["ÉBC | Éireann Broadcasting Corporation", "News | Sport | Entertainment | Business | Lifestyle | Player | Weather", "News › World",
            "Updated / Saturday, 3 Sep 2022 14:07", "Aoife Brennan, Europe Correspondent",
            "Listen: Morning Ireland – Europe Correspondent reports from Dnipro (4 min)",
            "© ÉBC 2022 · Accessibility · Privacy · Cookies · Terms of use",
            "Download the ÉBC News app for the latest from Ireland and the world"]

# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    'lo03-1': "An Irish aid worker was among 14 people injured when Russian rockets struck a passenger train standing at the station in Lozova, in Ukraine's Kharkiv region, on Friday evening.",
    'lo03-2': "Traffic through Lozova was halted for the night and two other evacuation trains were diverted via Krasnohrad",
    'lo03-3': "Later on Friday night, shortly before 11pm, Russian missiles hit an industrial site on the outskirts of Barvinkove",
    'lo03-4': "a man was killed by shelling in the Saltivskyi district early on Saturday",
    'lo03-5': "said its forces had struck a Russian ammunition depot in Nova Kakhovka",
    'lo03-6': "The Government approved a further €10 million in humanitarian funding for Ukraine on Tuesday",
}


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE, EVIDENCE)
