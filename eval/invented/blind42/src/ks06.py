from common import E, L, R, C, N, W, S, gold

TITLE = "War in Ukraine, day 1,436: missile hits Chuhuiv, drones set Izmail port on fire, 1,000 bodies returned"
TEXT = """RADIO DANUBE INTERNATIONAL
English | Română | Українська | Русский
Home / World / War in Ukraine / Live
War in Ukraine, day 1,436: missile hits Chuhuiv, drones set Izmail port on fire, 1,000 bodies returned
Live updates · Thursday, 29 January 2026
Editors on duty: Corina Vlase, Mark Dunleavy
Refresh this page for the latest posts. All times are Kyiv time (EET).

06:30
Good morning. Russia attacked Ukraine overnight with 96 drones of the Shahed and Gerbera types, Ukraine's air force says. Air defence shot down or suppressed 71 of them; 18 were "locationally lost", which usually means they were jammed. Hits were recorded in the Kharkiv, Dnipropetrovsk and Odesa regions. In the Odesa region, drones hit port infrastructure in Izmail on the Danube, starting a fire at a warehouse. Nobody was hurt, the regional governor said.

06:55
In the Kharkiv region, a Russian missile struck Balakliia early this morning, injuring two people, according to early reports from local officials. We will update this post as more information comes in.
UPDATE 09:45: Regional officials have since said that the missile hit Chuhuiv, not Balakliia, and that three people were injured, one of them a teenager. We have corrected this post.

07:20
Two more reports from the Dnipropetrovsk region: Russian artillery shelled Nikopol this morning, killing a 58-year-old man in his yard, and a drone hit a private house in Marhanets, injuring a woman, the regional governor says. Nikopol, across the reservoir from the occupied Zaporizhzhia nuclear plant, is shelled almost daily.

08:10
Russia's defence ministry says its air defences destroyed 44 Ukrainian drones over Russian regions overnight, 20 of them over the Rostov region. The Rostov region's governor says falling drone debris damaged three private houses in Taganrog and injured two residents.

09:00
The Kremlin spokesman says there is no date yet for a new round of talks with Ukraine and the United States. "Contacts continue at the level of experts," he told reporters. Asked whether Russia would agree to an energy ceasefire, he said the question "should be addressed to Kyiv". There is nothing new in this: the same formula has been used for weeks.

09:45
Correction: as noted in the 06:55 post, the missile in the Kharkiv region hit Chuhuiv, not Balakliia. Three people were injured there.

10:30
Britain has announced sanctions on 30 more tankers of Russia's so-called shadow fleet and on two companies in the United Arab Emirates that it says help to ship Russian oil. The decision, published by the Foreign Office in London on Thursday morning, brings the number of shadow-fleet ships under UK sanctions to more than 500. The foreign secretary said Britain would "keep squeezing the Kremlin's war chest until Russia is serious about peace."

11:15
Ukraine's General Staff says there were 168 combat clashes along the front over the past day. The most intense fighting was in the Kostiantynivka direction, where Russian forces attacked 39 times near Kostiantynivka and Ivanopillia. Ukrainian forces also repelled assaults near Huliaipole. The General Staff publishes these figures every morning; they cannot be independently verified.

12:00
Our readers ask: is it safe to travel to Odesa by train? Ukrainian Railways runs daily services from the Romanian and Moldovan borders to Odesa, and most of them run on time. But the railway has been a target throughout the war, and the Odesa region was attacked last night. Our advice remains the same as our government's: do not travel to Ukraine unless it is essential.

12:40
Here is a picture from Chuhuiv, sent to us by the regional emergency service: firefighters outside a damaged three-storey building where the missile fell this morning. "The windows came in on us while we were making tea," said Larysa Bondar, 71, who lives across the street. "My grandson cut his hand on the glass."

12:55
Ukraine's grid operator says there will be no scheduled power outages for households on Friday, for the first time this week, because repairs after last week's attacks on the grid have been completed faster than expected. The operator warns that this could change at short notice if there is another large attack.

13:20
Russian guided bombs hit Orikhiv in the Zaporizhzhia region shortly after midday, killing two people, the regional governor says. Orikhiv, about seven kilometres from the front line, has lost more than four fifths of its pre-war population.

14:05
Ukraine has received the bodies of 1,000 people who Russia says are Ukrainian soldiers, the coordination headquarters for prisoners of war said. Russia received the bodies of 38 of its soldiers. Such repatriations have taken place several times a year since 2023; the last one was in December.

14:35
What do body repatriations involve? Our Kyiv correspondent explains: the bodies are handed over at the border in refrigerated trucks, usually in the Sumy or Chernihiv region, and then taken to morgues in Kyiv and other cities for identification, which can take months. Relatives provide DNA samples. Ukraine's coordination headquarters says that about a third of the bodies returned since 2023 have so far been identified by name. Russia, for its part, has received far fewer bodies, which Ukrainian officials say reflects the fact that Russian forces rarely collect their dead from the battlefield.

15:10
Why do so many drones now get "lost"? Our defence correspondent explains: Russia has increasingly mixed Gerbera decoys, which carry no warhead, into its attacks since last spring, to exhaust Ukraine's air defences. Ukraine's electronic warfare units can often confuse the navigation of both types, and a "lost" drone may crash in a field or simply run out of fuel. If Russia fields drones that navigate without satellite signals on a large scale, this advantage could disappear.

16:00
Russia's defence ministry says its forces have captured Ivanopillia, a village southeast of Kostiantynivka. Ukraine's General Staff says fighting for the village continues. We cannot verify either claim.

16:45
Romania's defence ministry says fragments of a drone were found this morning in a field near Isaccea, on the Romanian bank of the Danube upstream from Izmail, after last night's attack on the Ukrainian port. "There was no danger to the population, and the area has been secured," ministry spokesman Colonel Andrei Mateescu said. Romanian F-16s were not scrambled, he added, because the drone never showed up on radar inside Romanian airspace. Similar fragments have been found in Tulcea county at least a dozen times since 2023.

17:05
Russian drones attacked Kherson's Korabelnyi district this afternoon, injuring a 45-year-old woman who was walking to a bus stop, the regional military administration says. Kherson has been under near-constant drone attack since Russian forces withdrew to the left bank of the Dnipro in November 2022, and residents now walk close to walls and under trees that hide them from the cameras of the drones.

17:20
A reader writes to ask whether this year's winter has been worse for Ukraine's power system than the last. Broadly, yes: the number of large attacks on the grid since October has been higher than in the same period a year earlier, and several thermal plants that were repaired in the summer have been hit again. But Ukraine has also imported more electricity from the EU and has added hundreds of small generating units, so the outages, while long, have been shorter than many engineers feared in the autumn.

17:30
Recap of the day so far:
- Russia attacked Ukraine overnight with 96 drones; 71 were shot down or suppressed.
- A missile hit Chuhuiv in the Kharkiv region, injuring three people. (We initially reported that it hit Balakliia.)
- Drones set a warehouse on fire at the port of Izmail; drone fragments were found near Isaccea in Romania.
- Shelling killed a man in Nikopol; guided bombs killed two people in Orikhiv.
- A drone injured a woman in Kherson.
- Ukraine received the bodies of 1,000 people from Russia.
- Britain sanctioned 30 more shadow-fleet tankers.

18:00
That's all from us today. Our live coverage continues tomorrow morning.
Radio Danube International is funded by listeners and by the Danube Media Foundation.
Share this page: Facebook · X · Telegram · WhatsApp · Email
© Radio Danube International 2026
"""
DOC = {"id": "ks06", "date": "2026-01-29", "source": "Radio Danube International (international broadcaster site, live updates)",
       "url": "https://radiodanube.example/en/world/war-in-ukraine/live/day-1436", "text": TEXT}

D, Y = "2026-01-29", "2026-01-28"
EVENTS = [
    E("ks06-1", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(96))],
      note="06:30: 96 drones overnight (country, drone-only); the 17:30 recap repeats it"),
    E("ks06-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="ks06-1", weapons=[W("drone", intercepted=N(71))],
      note="'shot down or suppressed 71'; the 18 'locationally lost' are not counted"),
    E("ks06-3", "air_drone_strike", D, L("Izmail"), "RU", "UA", parent="ks06-1", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="drones on port infrastructure in Izmail, warehouse fire, 'Nobody was hurt' = 0/0"),
    E("ks06-4", "missile_artillery_strike", D, L("Chuhuiv"), "RU", "UA", inj=N(3), weapons=[W("missile")],
      note="06:55 post as corrected at 09:45: the missile hit Chuhuiv, not Balakliia, three injured (the first report's "
           "Balakliia and two injured are superseded; the 09:45 correction, the 12:40 picture and the recap repeat it)"),
    E("ks06-5", "missile_artillery_strike", D, L("Nikopol"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="07:20: artillery on Nikopol this morning, 1 k; 'shelled almost daily' is habitual"),
    E("ks06-6", "air_drone_strike", D, L("Marhanets"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="07:20: drone on a private house in Marhanets, a woman injured"),
    E("ks06-7", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(44))],
      claimant="Russian MoD", note="08:10: 44 Ukrainian drones destroyed over Russian regions overnight"),
    E("ks06-8", "interception", D, R("RU-ROS", "Rostov Oblast"), "RU", "UA", parent="ks06-7",
      weapons=[W("drone", intercepted=N(20))], note="'20 of them over the Rostov region'"),
    E("ks06-9", "air_drone_strike", D, L("Taganrog"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      note="the Rostov governor: drone debris damaged houses in Taganrog, two residents injured"),
    E("ks06-10", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole: optional"),
    E("ks06-11", "policy_decision", D, C("GB", "United Kingdom"), "GB", "RU",
      note="10:30: Britain's sanctions on 30 tankers and two UAE companies, published 'on Thursday morning' -> the "
           "deciding country, precision 4 (the Foreign Office 'in London' is the publisher, not a venue)"),
    E("ks06-12", "armed_clash", Y, C("UA", "Ukraine"), "RU", "UA", end=D, optional=True, prec="range", agg=True,
      note="11:15: '168 combat clashes along the front over the past day': front-wide count, optional (past-day range)"),
    E("ks06-13", "armed_clash", Y, L("Kostiantynivka", 2), "RU", "UA", end=D, prec="range",
      note="'attacked 39 times near Kostiantynivka and Ivanopillia' over the past day: range, precision 2"),
    E("ks06-14", "armed_clash", Y, L("Ivanopillia", 2), "RU", "UA", end=D, prec="range", note="'… and Ivanopillia'"),
    E("ks06-15", "armed_clash", Y, L("Huliaipole", 2), "RU", "UA", end=D, prec="range",
      note="'repelled assaults near Huliaipole' over the past day"),
    E("ks06-16", "air_drone_strike", D, L("Orikhiv"), "RU", "UA", fat=N(2), weapons=[W("guided_bomb")],
      note="13:20: guided bombs on Orikhiv shortly after midday, 2 k; depopulation is background"),
    E("ks06-20", "air_drone_strike", D, L("Kherson"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="17:05: drones on the Korabelnyi district (= the city) 'this afternoon', a woman injured; the recap repeats it; "
           "'near-constant drone attack since … November 2022' is habitual"),
    E("ks06-17", "agreement", D, C(None, "undisclosed"), "UA", "RU",
      note="14:05: repatriation of 1,000 bodies to Ukraine and 38 to Russia: an agreement without a place; 'several "
           "times a year since 2023' and 'the last one was in December' are history"),
    E("ks06-18", "territory_change", D, L("Ivanopillia"), "RU", "UA", optional=True, claimant="Russian MoD",
      note="16:00: MoD capture claim of Ivanopillia, Ukraine says fighting continues, unverified: optional"),
    E("ks06-19", "air_drone_strike", D, L("Isaccea", 2), "RU", "RO", optional=True, weapons=[W("drone")],
      note="16:45: drone fragments found in a field near Isaccea after the Izmail attack, no danger and no radar track "
           "in Romanian airspace: optional (a debris find, not a strike on Romania)"),
]
# Not events: 'usually means they were jammed' (explanation); 'Hits were recorded in the Kharkiv, Dnipropetrovsk and
# Odesa regions' (the listed regions are the children above); the first Balakliia report (superseded by the
# correction); Nikopol 'shelled almost daily' (habitual); the Kremlin spokesman's 'no date yet', 'Contacts continue
# at the level of experts' and the energy-ceasefire question (statements, no event; title-only speaker); 'the
# same formula has been used for weeks'; 'more than 500' ships under UK sanctions (cumulative) and the foreign
# secretary's 'keep squeezing' (title-only statement, future); the General Staff's daily routine; the reader
# question on trains to Odesa ('attacked last night' repeats the wave); the 12:40 picture entry (repeats Chuhuiv);
# Orikhiv's lost population; repatriations 'since 2023' and 'the last one was in December' (history); the 15:10
# explainer (decoys 'since last spring', 'If Russia fields … could disappear'); the 12:55 grid entry (no scheduled
# outages on Friday: a negation about the future; 'last week's attacks' undated; 'could change'); the 17:20 reader
# answer (comparison of winters, imports, small units); the 14:35 explainer on repatriations (procedure, 'since 2023'); the Russian withdrawal to the left bank in November 2022; Ukraine's 'fighting … continues' at
# Ivanopillia (the claim is optional above); Romanian F-16s 'were not scrambled' (negation), fragments found 'at
# least a dozen times since 2023' (tally); the 17:30 recap (repeats); the sign-off.
STATEMENTS = [
    S("Larysa Bondar", "UA", "The windows came in on us while we were making tea", "Chuhuiv resident"),
    S("Andrei Mateescu", "RO", "There was no danger to the population", "Romanian defence ministry spokesman"),
]
MUST_NOT = ["RADIO DANUBE INTERNATIONAL", "English | Română | Українська | Русский",
            "Home / World / War in Ukraine / Live", "Live updates · Thursday, 29 January 2026",
            "Editors on duty: Corina Vlase, Mark Dunleavy",
            "Refresh this page for the latest posts. All times are Kyiv time (EET).",
            "Radio Danube International is funded by listeners and by the Danube Media Foundation.",
            "Share this page: Facebook · X · Telegram · WhatsApp · Email", "© Radio Danube International 2026"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
