from common import E, L, R, C, N, W, S, gold

TITLE = "Special Update: Kursk Oblast and the Northern Border, September 5, 2024"
TEXT = """NORDIC CENTRE FOR STRATEGIC ANALYSIS
Home › Analysis › Russia–Ukraine › Special updates
Special Update: Kursk Oblast and the Northern Border, September 5, 2024
Prepared by the NCSA Eastern Europe Desk (Linnea Vestergaard, Pavlo Hrynchak, Torvald Eide)
Published 5 September 2024 · 16:40 CEST · Data cut-off 12:00 CEST
📎 Attachments: 2 maps (PNG) · sources list (XLSX)
Scope note: this update covers the Ukrainian operation in Kursk Oblast, the Russian response, and the border areas of Sumy and Kharkiv oblasts. Our regular weekly overview will appear on Monday.

Bottom line up front
The Russian command has begun to counterattack on the western flank of the Ukrainian salient in Kursk Oblast, but has not yet committed forces large enough to threaten the Ukrainian grouping as a whole. Ukrainian forces opened a new, small axis of attack on the border west of the salient. Russia continues to prioritise its offensive in Donetsk Oblast over the defence of its own territory, a choice we expect it to maintain through the autumn.

1. Western flank of the salient
Russian forces counterattacked near Korenevo and west of it near Glushkovo on September 3 and 4, according to Russian milbloggers and the Ukrainian General Staff. Geolocated footage published on September 4 shows a Russian armoured column of at least eight vehicles struck by Ukrainian drones on a road south of Korenevo. We have not observed confirmed Russian advances.

The Russian-installed acting governor of Kursk Oblast ordered on September 4 the evacuation of the remaining residents of the Glushkovo district, where about 20,000 people lived before August. Evacuations from the district have been under way since mid-August. "The district is being shelled day and night; there is no reason for anyone to stay," said Yegor Kalmykov, a Russian military correspondent embedded with units in the area.

2. New Ukrainian attack near Tetkino
Ukrainian forces attacked across the international border near Tetkino on September 4, Russian sources reported, in what appears to be a limited cross-border raid. Russian milbloggers claimed that Russian border guards and conscripts repelled the attack and destroyed several vehicles. Ukrainian officials have not commented. We assess that the attack was likely intended to pin Russian reserves in place rather than to seize ground, but this may change if Ukraine reinforces the area.

3. Sudzha and the centre of the salient
Ukrainian forces continue to hold Sudzha, the salient's main town, where a Ukrainian military commandant's office has operated since mid-August. We observed no significant fighting in the centre of the salient on September 3 or 4. The Ukrainian commander-in-chief said last week that his forces control roughly 1,300 square kilometres of Russian territory; that figure has barely changed since the end of August. Ukraine says it has no intention of annexing the territory and will hold it only as long as is militarily useful.

Maps and sources for this section are attached as PNG files.

4. Strikes across the border
Russian aviation struck Shostka with glide bombs on September 4, injuring three people, according to the Sumy Oblast Military Administration. Russian artillery shelled Bilopillia on September 3, killing one civilian. Border communities in Sumy Oblast have been shelled almost every day since the spring of 2024, and the intensity has grown since the Ukrainian operation began.

On the Russian side, the Russian Ministry of Defense claimed that its air defences shot down 11 Ukrainian drones over Kursk Oblast on September 4. A Ukrainian drone damaged a residential building in Engels in Saratov Oblast on September 4, injuring one person, according to the regional governor. Engels hosts a strategic bomber base that Ukraine has targeted repeatedly; Russian authorities did not say whether the base was the target this time.

5. Kharkiv Oblast
Russian forces attacked within Vovchansk and north of Kharkiv City near Lyptsi on September 4 but did not advance. Fighting in northern Vovchansk has continued since May with no major change in positions. Russian forces struck Chuhuiv with a guided bomb on September 4, damaging a school building. No casualties were reported.

6. Belarus
The Belarusian Ministry of Defence announced on September 4 that it had deployed additional air-defence units and special forces to the border with Ukraine in the Gomel region, citing "provocations". We have not observed any sign of Belarusian preparations for offensive operations, and we assess that the deployment is defensive and political in nature.

7. Outlook
We expect the Russian command to keep counterattacking on the western flank with units redeployed from Kaliningrad and from the Zaporizhzhia front, rather than from Donetsk. If Russia manages to push Ukrainian forces back towards Sudzha, Kyiv may have to choose between reinforcing the salient and defending Pokrovsk. A decision by Ukraine's partners to allow Western long-range missiles against airfields deep in Russia would change Moscow's calculations, but no such decision has been taken. "Every week we hold this ground, Moscow has to explain to its own people why it cannot take it back," said Ukrainian brigade commander Colonel Ihor Savchak.

Corrections: none for this update.
NCSA Special Updates are released under CC BY-NC 4.0. Quotation is permitted with a link to the original.
Questions on this analysis: eastdesk@ncsa.example
"""
DOC = {"id": "ki09", "date": "2024-09-05", "source": "Nordic Centre for Strategic Analysis (think tank)",
       "url": "https://ncsa.example/analysis/special-update-kursk-2024-09-05", "text": TEXT}

D3, D4 = "2024-09-03", "2024-09-04"
EVENTS = [
    E("ki09-1", "armed_clash", D3, L("Korenevo", 2), "RU", "UA", end=D4, prec="range",
      note="'counterattacked near Korenevo … on September 3 and 4' = range from the first day; Russian forces attack "
           "the Ukrainian-held ground (actor1 RU)"),
    E("ki09-2", "armed_clash", D3, L("Glushkovo", 2), "RU", "UA", end=D4, prec="range",
      note="'and west of it near Glushkovo' on September 3 and 4, precision 2"),
    E("ki09-3", "air_drone_strike", D4, L("Korenevo", 2), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the column struck by Ukrainian drones 'south of Korenevo' shown in footage published Sept 4: the strike's "
           "day is not stated (optional; part of the counterattack fighting)"),
    E("ki09-4", "policy_decision", D4, L("Glushkovo", 2), "RU", None,
      note="evacuation of the Glushkovo district ordered 'on September 4': a Russian adjectival district named after "
           "the town = precision 2 (blind16 call 1); the evacuations 'since mid-August' are background"),
    E("ki09-5", "armed_clash", D4, L("Tetkino", 2), "UA", "RU",
      note="'attacked across the international border near Tetkino on September 4' (Russian sources), repelled per "
           "milbloggers: a clash with the attacker as actor1"),
    E("ki09-6", "air_drone_strike", D4, L("Shostka"), "RU", "UA", inj=N(3), weapons=[W("guided_bomb")],
      note="glide bombs on Shostka Sept 4, three injured"),
    E("ki09-7", "missile_artillery_strike", D3, L("Bilopillia"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="artillery shelled Bilopillia Sept 3, one killed; 'almost every day since the spring' is habitual"),
    E("ki09-8", "interception", D4, R("RU-KRS", "Kursk Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(11))],
      claimant="Russian MoD", note="MoD: 11 drones shot down 'over Kursk Oblast on September 4'"),
    E("ki09-9", "air_drone_strike", D4, L("Engels"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      note="drone damaged a residential building in Engels Sept 4, one injured (the page names it Ukrainian; "
           "the base 'targeted repeatedly' is history)"),
    E("ki09-10", "armed_clash", D4, L("Vovchansk"), "RU", "UA",
      note="'attacked within Vovchansk' Sept 4; fighting 'since May' is background"),
    E("ki09-11", "armed_clash", D4, L("Lyptsi", 2), "RU", "UA", note="'north of Kharkiv City near Lyptsi' Sept 4; not at Kharkiv"),
    E("ki09-12", "air_drone_strike", D4, L("Chuhuiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("guided_bomb")],
      note="guided bomb on Chuhuiv Sept 4, school damaged; 'No casualties were reported' = 0/0"),
    E("ki09-13", "military_mobilization", D4, R("BY-HO", "Gomel region"), "BY", None,
      note="Belarusian MoD 'announced on September 4 that it had deployed' air-defence units and special forces to the "
           "border in the Gomel region (deploying state BY, region precision)"),
]
# Not events: the bottom line (assessments, 'we expect it to maintain'); the evacuations 'since mid-August' and the
# population 'before August'; 'not observed confirmed Russian advances'; the Tetkino raid's intent ('likely
# intended', 'may change if'); Ukraine holding Sudzha and the commandant's office 'since mid-August' (ongoing);
# 'no significant fighting' (negation); the 1,300 km² claim 'last week' (state, not an event); 'no intention of
# annexing'; shelling of Sumy border communities 'since the spring of 2024'; Engels as a base 'targeted repeatedly';
# northern Vovchansk 'since May'; 'no sign of Belarusian preparations'; the Outlook ('We expect', 'If Russia manages',
# 'would change … but no such decision has been taken').
STATEMENTS = [
    S("Yegor Kalmykov", "RU", "there is no reason for anyone to stay", "Russian military correspondent"),
    S("Ihor Savchak", "UA", "Every week we hold this ground", "Ukrainian brigade commander"),
]
MUST_NOT = ["NORDIC CENTRE FOR STRATEGIC ANALYSIS", "Home › Analysis › Russia–Ukraine › Special updates",
            "Prepared by the NCSA Eastern Europe Desk (Linnea Vestergaard, Pavlo Hrynchak, Torvald Eide)",
            "Published 5 September 2024 · 16:40 CEST · Data cut-off 12:00 CEST",
            "📎 Attachments: 2 maps (PNG) · sources list (XLSX)",
            "Maps and sources for this section are attached as PNG files.",
            "Corrections: none for this update.",
            "NCSA Special Updates are released under CC BY-NC 4.0. Quotation is permitted with a link to the original.",
            "Questions on this analysis: eastdesk@ncsa.example"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
