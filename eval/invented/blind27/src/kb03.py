from common import E, L, R, C, N, W, S, gold

TITLE = "Russia-Ukraine war live: drones hit Zaporizhzhia and Dobropillia; 84 prisoners swapped"
TEXT = """DNIPRO BRIDGE MEDIA
News · Front · Economy · Opinion · Live
● LIVE
Russia-Ukraine war live: drones hit Zaporizhzhia and Dobropillia; 84 prisoners swapped
Thursday 14 August 2025 · Live coverage by Yaryna Kostenko and Mark Ellery
Auto-refresh is on. Tap to pause updates.
Jump to: Key events · Prisoner exchange · Dobropillia

07:02
Good morning and welcome to our live coverage of Russia's war against Ukraine. Here is what we know so far. Russia attacked Ukraine overnight with 92 attack drones and three Iskander-M ballistic missiles, the air force said. Air defence units and electronic warfare shot down or suppressed 71 drones; the air force did not say whether any of the missiles were intercepted. Drones and missiles hit targets in at least four regions.

07:15
In Zaporizhzhia, a drone hit the upper floors of a nine-storey apartment building shortly after 3am, the regional governor said. Five people were injured, including a teenage girl. Firefighters put out the fire by dawn.

07:31
A ballistic missile struck an industrial enterprise in Kryvyi Rih overnight, injuring two workers, the head of the city's military administration wrote on Telegram. He did not name the enterprise.

07:48
Odesa region: a drone hit a grain warehouse in the city of Odesa overnight, causing a large fire, the regional administration said. No one was hurt, according to preliminary information.

08:05
On the Russian side, the governor of Bryansk region said air defences shot down 14 Ukrainian drones over the region overnight. He reported no damage.

08:20
In Saratov, on the Volga, the regional governor said a Ukrainian drone attack damaged a residential building and injured one person. Residents posted videos of a fire in the area of the city's oil refinery. The governor did not mention the refinery. Saratov's refinery has been targeted several times this year.

08:42
Correction: in our 07:31 post we said two workers were injured in Kryvyi Rih. The city's military administration has since said three people were injured. We have updated the post.

08:55
What we know about the overnight attack so far: the air force said the drones were launched from Kursk, Oryol and Bryansk regions in Russia and from Cape Chauda in occupied Crimea, and the missiles from Rostov region. Monitoring channels tracked groups of drones over the centre of the country until about 6am. Most of the drones were shot down by mobile fire groups and interceptor drones, the air force spokesperson told national television. Russia has launched more than 6,000 drones at Ukraine since the beginning of July, according to air force data compiled by our newsroom.

09:10
The General Staff's morning report says there were 143 combat clashes along the front over the past day, 51 of them in the Pokrovsk direction. The Russian army also launched 3,900 kamikaze drones and carried out 5,100 shellings over the same period, it said.

09:35
Sumy region: Russian aircraft dropped two glide bombs on Bilopillia on Wednesday evening, killing one man and injuring four people, the regional military administration said this morning. Bilopillia, a few kilometres from the Russian border, has been shelled almost daily for months, and the authorities have ordered families with children to leave.

09:50
Unconfirmed: explosions reported in Lviv this morning, local media say. We are trying to confirm details.

10:02
Kharkiv region governor: Russian artillery shelled Kupiansk and Kupiansk-Vuzlovyi overnight. A 71-year-old man was injured in Kupiansk-Vuzlovyi. The governor also said the evacuation of families from Kupiansk district continues.

10:30
Ukraine's foreign minister met his EU counterparts in Brussels this morning, his ministry said. The meeting focused on a new sanctions package and on financing for air defence. "We need fewer declarations and more Patriots," the ministry quoted him as saying.

10:55
Russia's defence ministry claims its troops have "liberated" Rodynske, a small town north-east of Pokrovsk. The ministry did not publish evidence. We will bring you Ukraine's response when we have it.

11:05
Correction to our 07:48 post: the regional administration now says the warehouse hit overnight is in the Danube port of Izmail, not in the city of Odesa. We regret the error.

11:20
Breaking: a Russian drone struck a municipal bus in Dobropillia, in the Donetsk region, shortly before 11am, the regional governor said. Two people were killed and nine injured. Dobropillia is about 20 kilometres from the front line.

11:40
A spokesperson for the Ukrainian brigade defending Rodynske, Captain Serhii Korniichuk, denied the Russian claim. "Rodynske is under our control. The enemy is trying to enter the outskirts, and fighting is going on there right now," he told us by phone.

12:00
Prisoner exchange: Ukraine and Russia have swapped 84 prisoners of war each, Ukraine's coordination headquarters for the treatment of POWs said. Most of the Ukrainians had been in captivity since 2022. The exchange was mediated by the United Arab Emirates.

12:30
Analysis: the exchange comes a week before a planned visit by the US special envoy to Moscow, and officials in Kyiv hope it will be followed by a larger swap. Previous exchanges this summer have been announced in batches, and officials said more could follow "within weeks". It is too early to say whether the talks will lead anywhere; Russia's demands have not changed since June.

12:55
Air raid alert in Kyiv because of the threat of ballistic missiles. The all-clear sounded after 20 minutes.

12:40
Reader question: why are exchanges always mediated by the Emirates? Several states have helped over the years, including Turkey and Qatar, but the UAE has taken part in most of the swaps since the start of 2024. Officials on both sides say Abu Dhabi has good relations with Moscow and Kyiv and can move quickly. The exchanges themselves usually take place on the Belarusian border, although the authorities rarely confirm the location.

13:05
Update on Dobropillia: the death toll has risen to three, the regional governor said. One of the injured died in hospital.

13:30
Correction to our 09:50 post: the explosions heard near Lviv this morning were air defence at work, the regional governor said. A drone was shot down over the region, and its debris fell into a field near Sambir. Nobody was hurt and nothing was damaged.

14:10
Zaporizhzhia: the number of people injured in the overnight attack has risen to seven, the governor said. Two of them sought medical help later in the morning.

14:45
Kherson: a Russian drone dropped an explosive on a passenger minibus in the Dniprovskyi district of Kherson, injuring the driver, the city's military administration said. It is the fourth attack on public transport in the city this week.

15:20
Ukraine's General Staff has confirmed a strike on the Saratov oil refinery overnight. It says the refinery processes about 7 million tonnes of oil a year and supplies the Russian army. A fire broke out at a primary processing unit, the statement said. Russian officials have not commented on the refinery.

15:50
The British defence ministry announced today that it will fund the production of several thousand interceptor drones for Ukraine this year. "Interceptors are the cheapest way to stop a Shahed," the defence secretary said in London.

16:05
Several readers have asked whether the night's attack will lead to power cuts. The grid operator says no outage schedules are planned for Friday and that the energy system is balanced, although it has asked consumers to use appliances sparingly in the evening peak.

16:40
Dobropillia: the number of injured has risen to 11, according to the regional prosecutor's office, which has opened a war crimes investigation.

17:15
Sumy region: Russian artillery shelled the Krasnopillia community this afternoon, injuring one woman, the regional administration said.

17:50
Russia's defence ministry claims its air defences destroyed 44 Ukrainian drones over Russian regions between 8am and 3pm Moscow time. It did not give a breakdown by region.

18:00
Analysis from our military correspondent: the Russian claim on Rodynske fits a pattern. Russian forces have been trying since the spring to cut the roads that supply Pokrovsk from the north, and small infiltration groups have repeatedly reached the edge of villages along those roads. Planting a flag on the outskirts and announcing a capture costs Moscow nothing, and Ukrainian commanders say such claims are often made days or weeks before any real change on the ground. If Rodynske did fall, Pokrovsk would be supplied by only one road, and the Ukrainian command would face a hard choice about whether to keep defending the city. For now, though, the brigade's account suggests the town is contested, not lost.

18:30
Here is a summary of the day so far:
- A Russian drone attack on a bus in Dobropillia killed three people and injured 11.
- Seven people were injured in a drone strike on Zaporizhzhia overnight.
- Russia and Ukraine exchanged 84 prisoners of war each.
- Ukraine denies a Russian claim to have captured Rodynske.
- Ukraine's General Staff says Ukrainian drones struck the Saratov refinery.

19:05
We are closing this live blog for today. Thank you for following. Our coverage continues tomorrow from 7am.

Posts are in Kyiv time (GMT+3).
Have a tip? Write to live@dniprobridge.example
Dnipro Bridge Media is supported by its readers. Become a member
"""
DOC = {"id": "kb03", "date": "2025-08-14", "source": "Dnipro Bridge Media (live blog)",
       "url": "https://dniprobridge.example/live/2025/08/14/russia-ukraine-war", "text": TEXT}

D = "2025-08-14"
EVENTS = [
    E("kb03-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(92)), W("ballistic_missile", "Iskander-M", launched=N(3))],
      note="overnight wave in a morning post = the publication day; typed by the missiles; 'targets in at least four "
           "regions' gives no children by itself"),
    E("kb03-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(71))],
      note="'shot down or suppressed 71 drones' (EW counts as interception); missiles: not said -> no missile entry"),
    E("kb03-3", "air_drone_strike", D, L("Zaporizhzhia"), "RU", "UA", inj=N(7), parent="kb03-1",
      note="apartment building hit after 3am; injured 5 at 07:15, raised to 7 at 14:10: the latest figure wins"),
    E("kb03-4", "missile_artillery_strike", D, L("Kryvyi Rih"), "RU", "UA", inj=N(3),
      weapons=[W("ballistic_missile")], parent="kb03-1",
      note="ballistic missile on an enterprise; the 08:42 correction raises injured 2 -> 3"),
    E("kb03-5", "air_drone_strike", D, L("Izmail"), "RU", "UA", fat=N(0), inj=N(0), parent="kb03-1",
      note="warehouse hit 'overnight': the 11:05 correction moves it from Odesa city to Izmail; 'No one was hurt' = 0/0; "
           "no event at Odesa"),
    E("kb03-6", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", weapons=[W("drone", intercepted=N(14))],
      note="governor: 14 drones downed over Bryansk region overnight"),
    E("kb03-7", "air_drone_strike", D, L("Saratov"), "UA", "RU", inj=N(1),
      note="drone attack on Saratov overnight: residential building damaged, 1 injured; the General Staff's 15:20 "
           "confirmation of the refinery strike is the same night's attack on the same city (one event, two claims)"),
    E("kb03-8", "armed_clash", "2025-08-13", C("UA", "Ukraine"), "RU", "UA", prec="range", end=D, agg=True,
      optional=True, note="'143 combat clashes … over the past day' without places: optional country aggregate; the "
                          "Pokrovsk sub-tally, drone and shelling counts likewise (blind8 call 7)"),
    E("kb03-9", "air_drone_strike", "2025-08-13", L("Bilopillia"), "RU", "UA", fat=N(1), inj=N(4),
      weapons=[W("guided_bomb", launched=N(2))],
      note="glide bombs 'on Wednesday evening' told on Thursday = 13 Aug; 'shelled almost daily for months' is "
           "background"),
    E("kb03-10", "missile_artillery_strike", D, L("Kupiansk"), "RU", "UA", weapons=[W("artillery")],
      note="artillery on Kupiansk overnight (no casualties stated there)"),
    E("kb03-11", "missile_artillery_strike", D, L("Kupiansk-Vuzlovyi"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      note="same line, second town: the injured man"),
    E("kb03-12", "diplomatic_contact", D, L("Brussels"), "UA", None,
      note="foreign minister met EU counterparts in Brussels 'this morning'"),
    E("kb03-13", "territory_change", D, L("Rodynske"), "RU", "UA", claimant="Russian defence ministry",
      note="MoD 'liberated' claim = territory_change dated the claim's day (blind8 call 8)"),
    E("kb03-14", "armed_clash", D, L("Rodynske", 2, "outskirts of Rodynske"), "RU", "UA",
      note="brigade: 'fighting is going on there right now' on the outskirts = clash, precision 2"),
    E("kb03-15", "air_drone_strike", D, L("Dobropillia"), "RU", "UA", fat=N(3), inj=N(11),
      note="drone on a bus before 11am: 2 killed/9 injured at 11:20, toll 3 at 13:05, injured 11 at 16:40 — latest "
           "figures; not a child of the overnight wave (daytime)"),
    E("kb03-16", "agreement", D, C(None, "undisclosed location"), "UA", "RU",
      note="84-for-84 prisoner exchange = agreement; no place given"),
    E("kb03-17", "military_mobilization", D, L("Kyiv"), "UA", None, optional=True,
      note="air raid alert in Kyiv for 20 minutes: an alert, optional"),
    E("kb03-18", "interception", D, R("UA-46", "Lviv region"), "UA", "RU", optional=True,
      weapons=[W("drone", intercepted=N(1))],
      note="09:50 unconfirmed explosions corrected at 13:30: one drone shot down over Lviv region, debris in a field "
           "near Sambir with nothing damaged — a single drone, optional; no strike on Lviv"),
    E("kb03-19", "air_drone_strike", D, L("Kherson"), "RU", "UA", inj=N(1),
      note="drone-dropped explosive on a minibus in Kherson's Dniprovskyi district = the city; 'fourth attack … this "
           "week' is a background count"),
    E("kb03-20", "policy_decision", D, L("London"), "GB", "UA",
      note="British funding of interceptor drones announced 'today' in London"),
    E("kb03-21", "missile_artillery_strike", D, L("Krasnopillia-S", 2, "Krasnopillia community"), "RU", "UA",
      inj=N(1), weapons=[W("artillery")], note="community (hromada) = precision 2 at Krasnopillia, Sumy oblast"),
    E("kb03-22", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(44))],
      note="MoD: 44 drones over Russian regions between 8am and 3pm, no breakdown: country"),
]
STATEMENTS = [
    S("Serhii Korniichuk", "UA", "Rodynske is under our control", role="brigade spokesperson"),
]
MUST_NOT = ["DNIPRO BRIDGE MEDIA", "News · Front · Economy · Opinion · Live", "● LIVE",
            "Thursday 14 August 2025 · Live coverage by Yaryna Kostenko and Mark Ellery",
            "Auto-refresh is on. Tap to pause updates.", "Jump to: Key events · Prisoner exchange · Dobropillia",
            "Posts are in Kyiv time (GMT+3).", "Have a tip? Write to live@dniprobridge.example",
            "Dnipro Bridge Media is supported by its readers. Become a member"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
