from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine war live: Kyiv left bank without heating after overnight missile and drone attack; talks resume in Geneva"
TEXT = """NORTHERN COURIER
≡ Sections   🔍 Search   Sign in
LIVE
Ukraine war live: Kyiv left bank without heating after overnight missile and drone attack; talks resume in Geneva
Latest updates by Hanne Vestergaard (now) and Callum Breen (earlier)
Tue 17 Feb 2026 · auto-refresh ON ⟳
Show key events only ☐

17.48 CET
That's all from us for today

We're closing this blog for the day. A summary of the main developments follows below; our live coverage continues tomorrow morning.

- Russia launched 146 drones and 12 missiles at Ukraine overnight; Kyiv's left bank is without heating after a ballistic missile strike on the Darnytskyi district killed one person.
- Delegations from Ukraine and Russia began a new round of talks in Geneva with US mediators.
- The Belgorod governor said a man was killed by shelling in Shebekino.

17.21 CET
Temperatures to drop further on Thursday

Forecasters say temperatures in Kyiv will fall to -18C on Thursday night. The city's heating utility said it hoped to reconnect most of the left-bank buildings "within 48 hours" but warned that another attack on the same network would push that back. Officials have asked residents of the affected districts to stay with relatives if they can.

16.40 CET
Moscow says Chasiv Yar taken; Kyiv says fighting continues

Russia's defence ministry said on Tuesday that its troops had taken "full control" of Chasiv Yar, the hilltop town west of Bakhmut that Russian forces have been trying to capture since the spring of 2024. A spokesman for Ukraine's eastern group of forces, Roman Zahorodnii, told us the claim was "fiction for domestic consumption" and said Ukrainian units were still fighting in the town's western micro-districts on Tuesday.

If Chasiv Yar does fall, the road to Kostiantynivka from the east would be largely open, though Ukrainian defensive lines there have been reinforced for more than a year.

15.55 CET
Geneva talks: delegations meet for first session

The Ukrainian and Russian delegations sat down in Geneva on Tuesday afternoon for the first round of talks since November, with US officials mediating, according to a Swiss foreign ministry spokeswoman. Neither delegation briefed reporters on arrival.

"We're not here for photographs. We're here for an exchange list and an energy truce, in that order," a member of the Ukrainian delegation, Taras Levchuk, said in a brief phone call before the session.

Key event
15.02 CET
Belgorod governor: man killed in Shebekino

The governor of Russia's Belgorod region says a man was killed when Ukrainian shells hit a private house in Shebekino on Tuesday afternoon. A second person was taken to hospital. We cannot independently verify the report.

14.18 CET
Drone hits Zaporizhzhia in daylight

A Russian drone hit a car repair workshop in Zaporizhzhia around midday, injuring three men, the regional administration said. Daylight attacks by drones with fibre-optic guidance have been rising in cities near the front throughout the winter, and officials have started fitting anti-drone nets over some main roads.

13.52 CET
What the Geneva agenda looks like

Diplomats in Geneva have given us a rough outline of what the two delegations are expected to discuss over the next three days. The first item is another large exchange of prisoners, possibly "all for all" for some categories such as the seriously wounded. The second is a proposal, floated by Washington before Christmas, for a mutual moratorium on strikes against energy infrastructure. Ukraine says it would accept such a moratorium if it were monitored; Russia has so far insisted on including Ukrainian strikes on its refineries, which Kyiv regards as legitimate military targets. Territorial questions are not on the agenda, one Western diplomat said, "because nobody wants the talks to collapse on day one."

Previous rounds have produced exchanges but no lasting truce. A 30-day energy moratorium agreed in principle last spring collapsed within weeks amid mutual accusations.

13.30 CET
Analysis: why the left bank keeps losing heat

Kyiv's left-bank districts depend on a small number of combined heat and power plants, and every winter since 2022 Russian planners have returned to them. The Darnytskyi plant was first hit in the autumn of 2022 and has been repaired half a dozen times since. Engineers have built smaller modular boilers across the city, but they can cover only a fraction of the load in a deep frost, and they need power themselves. The lesson of the past four winters is that decentralisation helps, but slowly, and that the pace of repairs is set by how many interceptors Ukraine has left for the next night.

12.44 CET
Shostka without power after drone strike

Russian drones struck an energy facility in Shostka in the Sumy region this morning, the regional military administration said. Most of the town is without electricity and water pumping stations are running on generators. No one was hurt.

Key event
11.20 CET
Kherson: woman injured by morning shelling

Russian artillery shelled Kherson's Dniprovskyi district on Tuesday morning, injuring a 67-year-old woman, the city military administration said. The district, on the bank of the Dnipro, is shelled almost daily from the occupied left bank.

10.05 CET
Recap: last Friday's strike on Odesa

Several readers have asked about the death toll from last Friday's missile strike on Odesa, which hit a shopping centre on the city's south side. Odesa's regional administration has now confirmed that six people were killed, up from five reported on Saturday, and that 31 were injured.

Key event
09.12 CET
One dead in Kyiv, heating cut to about 400 buildings

A ballistic missile hit a street in Kyiv's Darnytskyi district during the overnight attack, killing one man and injuring six people, the head of the city military administration said. Debris damaged a heating main that supplies the left bank, and about 400 apartment buildings in the Darnytskyi and Dniprovskyi districts were left without heating at temperatures of -12C.

"My children are sleeping in their coats, but we are alive. That is what matters this morning," said Kateryna Bilyk, who lives two streets from the impact site.

Key event
08.03 CET
146 drones and 12 missiles overnight, air force says

Good morning. Russia attacked Ukraine overnight with 146 drones and 12 missiles — eight Kalibr cruise missiles and four Iskander-M ballistic missiles — Ukraine's air force said. Air defences shot down 121 drones and seven missiles. Kyiv, the Sumy region and the Kharkiv region were the main targets, the air force said.

Load earlier updates
Most viewed on Northern Courier
Winter Olympics 2026: the medal table day by day
Ten hikes in the Dolomites to try before you die
Why the price of cocoa is still rising
© Northern Courier Group Ltd 2026 · Registered in England & Wales
"""
DOC = {"id": "l03", "date": "2026-02-17", "source": "Northern Courier (live blog)",
       "url": "https://northerncourier.example.co.uk/world/live/2026/feb/17/ukraine-war-live", "text": TEXT}

D = "2026-02-17"
EVENTS = [
    E("l03-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(146)), W("cruise_missile", "Kalibr", launched=N(8)),
               W("ballistic_missile", "Iskander-M", launched=N(4))],
      note="the 08.03 entry: wave 'overnight' in a morning entry = 17 Feb; combined wave typed by the missiles; the "
           "summary repeats it (one event)"),
    E("l03-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="l03-1",
      weapons=[W("drone", intercepted=N(121)), W("missile", intercepted=N(7))],
      note="seven missiles downed without kinds -> generic missile"),
    E("l03-3", "missile_artillery_strike", D, L("Kyiv", 1, "Kyiv, Darnytskyi district"), "RU", "UA", fat=N(1),
      inj=N(6), weapons=[W("ballistic_missile")], parent="l03-1",
      note="ballistic missile in the Darnytskyi district (09.12 entry and summary: one event)"),
    E("l03-4", "infrastructure_disruption", D, L("Kyiv", 1, "Kyiv left bank"), "RU", "UA",
      note="about 400 buildings without heating in two left-bank districts; the 17.21 reconnection hope and the "
           "13.30 analysis (history since 2022) are not events"),
    E("l03-5", "territory_change", D, L("Chasiv Yar"), "RU", "UA", optional=True, claimant="Russian defence ministry",
      note="MoD 'full control' claim called 'fiction' by Ukraine: optional; the fighting is the required event"),
    E("l03-6", "armed_clash", D, L("Chasiv Yar", 1, "western micro-districts of Chasiv Yar"), "RU", "UA",
      note="'still fighting in the town's western micro-districts on Tuesday' (Ukrainian account): actor1 = the "
           "attacker (RU), as in blind16 h12"),
    E("l03-7", "diplomatic_contact", D, L("Geneva"), "UA", "RU",
      note="delegations 'sat down in Geneva on Tuesday afternoon' with US mediators"),
    E("l03-8", "missile_artillery_strike", D, L("Shebekino"), "UA", "RU", fat=N(1), inj=N(1),
      note="governor: shells hit a house 'on Tuesday afternoon', one killed, 'a second person was taken to hospital' "
           "(hospitalised = injured)"),
    E("l03-9", "air_drone_strike", D, L("Zaporizhzhia"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      note="daylight drone 'around midday' on 17 Feb, a separate incident from the overnight wave"),
    E("l03-10", "air_drone_strike", D, L("Shostka"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="l03-1", note="'this morning' energy facility; 'No one was hurt' = 0/0"),
    E("l03-11", "infrastructure_disruption", D, L("Shostka"), "RU", "UA",
      note="most of the town without electricity, pumps on generators"),
    E("l03-12", "missile_artillery_strike", D, L("Kherson", 1, "Kherson, Dniprovskyi district"), "RU", "UA", inj=N(1),
      weapons=[W("artillery")], note="'on Tuesday morning', 67-year-old woman injured; 'shelled almost daily' is habitual"),
    E("l03-13", "missile_artillery_strike", "2026-02-13", L("Odesa"), "RU", "UA", fat=N(6), inj=N(31),
      weapons=[W("missile")],
      note="recalled 'last Friday's missile strike' in a Tuesday 17 Feb entry = Friday 13 Feb (resolvable day: "
           "required); the updated toll (six, up from five) is the one coded"),
]
STATEMENTS = [
    S("Roman Zahorodnii", "UA", "fiction for domestic consumption", "spokesman for Ukraine's eastern group of forces"),
    S("Taras Levchuk", "UA", "We're here for an exchange list and an energy truce", "member of the Ukrainian delegation"),
    S("Kateryna Bilyk", "UA", "My children are sleeping in their coats, but we are alive"),
]
MUST_NOT = ["NORTHERN COURIER", "≡ Sections   🔍 Search   Sign in", "LIVE",
            "Latest updates by Hanne Vestergaard (now) and Callum Breen (earlier)",
            "Tue 17 Feb 2026 · auto-refresh ON ⟳", "Show key events only ☐",
            "Load earlier updates", "Most viewed on Northern Courier",
            "Winter Olympics 2026: the medal table day by day", "Ten hikes in the Dolomites to try before you die",
            "Why the price of cocoa is still rising",
            "© Northern Courier Group Ltd 2026 · Registered in England & Wales"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
