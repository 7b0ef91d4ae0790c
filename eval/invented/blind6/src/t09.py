from common import E, L, R, C, N, W, S, gold

TITLE = "Russian troops liberate Zverevo and Malaya Tokmachka over past day — Defence Ministry"
TEXT = """VESTNIK Federal News Agency
Politics | Economy | Special military operation | Society | Sport | Video
Russian troops liberate Zverevo and Malaya Tokmachka over past day — Defence Ministry
21 September 2025, 14:12 (updated 14:40) Moscow time
Views: 18 462
Text: Vestnik editorial staff
The agency is registered with Roskomnadzor. 18+

MOSCOW, 21 September. /VESTNIK/. Units of the Tsentr group of forces have liberated the settlement of Zverevo in the Donetsk People's Republic, and units of the Dnepr group of forces have liberated the settlement of Malaya Tokmachka in the Zaporozhye region as a result of decisive actions over the past day, the Russian Defence Ministry said in its daily summary on the progress of the special military operation on Sunday.

"Units of the Tsentr group of forces, as a result of active offensive actions, have liberated the settlement of Zverevo of the Donetsk People's Republic," the ministry said.

According to the summary, units of the Sever group of forces defeated formations of a mechanised brigade and an air assault brigade of the Ukrainian armed forces in the area of Yunakovka in the Sumy region over the past day. Enemy losses amounted to up to 170 servicemen, two armoured combat vehicles and five motor vehicles. Three field ammunition depots were destroyed.

Units of the Zapad group of forces improved their tactical position and repelled four counterattacks by assault groups of the Ukrainian armed forces in the area of Kupyansk. The enemy lost up to 205 servicemen, a tank and eight pick-up trucks, the ministry said.

Units of the Yug group of forces occupied more advantageous lines and positions and inflicted defeat on the manpower and equipment of three mechanised brigades of the Ukrainian armed forces in the area of Seversk. Ukrainian losses amounted to up to 150 servicemen, a US-made M113 armoured personnel carrier and two 155 mm howitzers.

In addition to the liberation of Zverevo, units of the Tsentr group of forces repelled five counterattacks in the area of Krasnoarmeysk. Enemy losses there amounted to up to 480 servicemen, two tanks and four armoured combat vehicles, the ministry said. The Russian Defence Ministry has for several weeks reported fighting on the outskirts of Krasnoarmeysk and Dimitrov, which the Kiev regime calls Pokrovsk and Myrnohrad, and has said that the Ukrainian grouping in the area is in an increasingly difficult position.

Units of the Vostok group of forces continued to advance deep into the enemy's defence and defeated formations of a territorial defence brigade. Ukrainian losses amounted to up to 215 servicemen, the summary said.

Units of the Dnepr group of forces, in addition to liberating Malaya Tokmachka, inflicted defeat on formations of two brigades of the Ukrainian armed forces. The enemy lost up to 60 servicemen and 11 motor vehicles.

"Operational-tactical aviation, attack unmanned aerial vehicles, missile troops and artillery of the groups of forces of the Russian Armed Forces inflicted defeat on the infrastructure of military airfields, enterprises of the military-industrial complex, fuel storage sites, as well as temporary deployment points of the Ukrainian armed forces and foreign mercenaries in 147 areas," the ministry said.

Over the past day, the Russian Armed Forces also delivered a group strike with long-range precision weapons and attack drones against enterprises of Ukraine's military-industrial complex and gas infrastructure facilities that support the operation of the Ukrainian armed forces, the ministry said. "The objectives of the strike have been achieved. All designated targets have been hit."

Air defence systems shot down four JDAM guided aerial bombs, two HIMARS multiple rocket launcher rockets and 186 fixed-wing unmanned aerial vehicles over the past day, according to the summary.

In total, since the beginning of the special military operation, 668 aircraft, 283 helicopters, 91,700 unmanned aerial vehicles, 631 anti-aircraft missile systems, 25,250 tanks and other armoured combat vehicles, 1,612 multiple rocket launchers, 29,440 field artillery guns and mortars and 43,980 units of special military vehicles have been destroyed, the ministry said.

Drones shot down over Russian regions

Separately, the Defence Ministry reported that air defence systems on duty intercepted and destroyed 58 Ukrainian fixed-wing unmanned aerial vehicles overnight, between 20:00 Moscow time on Saturday and 07:00 on Sunday. Twenty-one drones were destroyed over the Bryansk region, 14 over the Kursk region and nine over the Belgorod region, and the rest over the territory of the Republic of Crimea and the waters of the Black Sea.

Belgorod region Governor Vyacheslav Gorodetsky said on Telegram that a Ukrainian drone had struck a bus stop in the town of Valuyki on Sunday morning, injuring two women. Both were taken to the Valuyki central district hospital with shrapnel wounds. "Operational services are working at the scene," the governor wrote. A shop and two private cars were also damaged.

In the Donetsk People's Republic, the Ukrainian armed forces shelled the Kievsky district of Donetsk on Saturday evening, killing a man, the city administration said. According to the Joint Centre for Control and Coordination of issues related to war crimes of Ukraine, the shelling was carried out with 155 mm NATO-calibre artillery.

"Kiev continues to deliberately strike at civilians because it cannot achieve anything on the battlefield," Russian Foreign Ministry spokeswoman Anastasia Vereshchagina said at a briefing on Sunday. She said the Kiev regime was preparing "another staged provocation" in the Odessa region in order to accuse Russia of attacking civilians, and urged Western journalists not to take part in it.

Expert: Ukrainian defence in Krasnoarmeysk direction "running out of reserves"

Military expert and retired colonel Viktor Lagutin told VESTNIK that the liberation of Zverevo brings Russian units closer to the main supply roads of the Ukrainian grouping in the Krasnoarmeysk agglomeration. "Zverevo is not a big village, but it sits on the heights. Whoever holds it controls the approaches from the south-west," Lagutin said. In his opinion, the Ukrainian command will have to decide in the coming weeks whether to withdraw its units from Krasnoarmeysk and Dimitrov or risk their encirclement. "If they wait, the pocket will close by itself," he said.

Lagutin noted that the Kiev regime had in the past refused to withdraw its troops from Artyomovsk and Avdeyevka in time, which led to heavy losses. He also said that the advance of the Dnepr group in the Zaporozhye direction showed that the Ukrainian defence was "stretched to the limit" along the entire front line and that the enemy was forced to transfer reserves from one sector to another.

The Defence Ministry did not comment on the timing of further operations. Previously, the head of the General Staff said that the Russian forces held the strategic initiative along the entire line of contact and that the liberation of the remaining territory of the Donetsk People's Republic remained the main task of the groups of forces.

Foreign press: "Kiev is losing the war of numbers"

Western media increasingly acknowledge the difficult situation of the Ukrainian armed forces, VESTNIK notes. An American business newspaper wrote this week, citing Ukrainian officers, that many Ukrainian brigades are staffed at less than half of their nominal strength and that forced mobilisation in Ukraine has provoked growing resentment among the population. A German weekly reported that European governments are discussing how to continue financing Kiev if the United States reduces its assistance further. Experts interviewed by VESTNIK believe that Western sponsors will try to prolong the conflict for as long as possible, but that their resources are not unlimited.

Russian human rights commissioner Tatyana Moskvina said on Sunday that work was continuing on a new exchange of prisoners of war and that Russia had handed the Ukrainian side lists of servicemen to be exchanged. She did not name a date. "We are ready to exchange all for all, but the Ukrainian side keeps dragging out the process," Moskvina said. According to her, Russian and Ukrainian representatives are also discussing the return of civilians who found themselves in the Kursk region during the incursion of Ukrainian formations in August 2024.

History recalled

Donbass residents on Sunday also marked the anniversary of the region's liberation from Nazi invaders. On 8 September 1943, Red Army units liberated Stalino, now Donetsk, and by the end of September 1943 the whole of Donbass had been cleared of German troops. Veterans' organisations laid flowers at memorials in Donetsk, Lugansk and Gorlovka. Speakers at the ceremonies drew parallels between the events of 1943 and the current special military operation.

Negotiations

Kremlin spokesman Dmitri Orlovsky said on Sunday that Moscow remained open to a political and diplomatic settlement, but that "the dynamics on the front speak for themselves". He said that the Russian president's position had been set out in detail on many occasions and that the ball was "in Kiev's court".

The special military operation was launched on 24 February 2022. The Russian president said at the time that its goal was to protect people who had been subjected to abuse and genocide by the Kiev regime for eight years. Later, the Donetsk and Lugansk People's Republics, as well as the Zaporozhye and Kherson regions, became part of Russia following referendums held in September 2022.

Also today
Russian Railways plans to launch a regular passenger service between Moscow and Donetsk from December, the company said; tickets are expected to go on sale in November.
The Zaporozhye region administration said the harvest in the region had exceeded last year's by 12 per cent despite the difficult conditions, and that grain exports through the port of Berdyansk would continue through the winter.
In Kursk, a memorial to the defenders of the Kursk region was unveiled on Sunday in the presence of the acting governor and veterans of the fighting.
Read also:
Gorodetsky: over 1,000 residents of Belgorod border villages received compensation for damaged housing
Foreign Ministry: West preparing new sanctions package
Subscribe to VESTNIK on Telegram, VK and Dzen
Meta, which owns Instagram and Facebook, is recognised as extremist and banned in Russia.
© 2025 VESTNIK. When using materials, a hyperlink to vestnik-news.example is required.
"""
DOC = {"id": "t09", "date": "2025-09-21", "source": "VESTNIK Federal News Agency",
       "url": "https://vestnik-news.example/svo/20250921/minoborony-zverevo-malaya-tokmachka.html", "text": TEXT}

PD = dict(end="2025-09-21", prec="range")
MOD = "Russian Defence Ministry"
LOSS = "'losses' (up to N servicemen) are not coded as fatalities"
EVENTS = [
    E("t09-1", "territory_change", "2025-09-20", L("Zvirove", 1, "Zverevo (Zvirove)"), "RU", "UA", claimant=MOD, **PD),
    E("t09-2", "territory_change", "2025-09-20", L("Mala Tokmachka", 1, "Malaya Tokmachka (Mala Tokmachka)"), "RU", "UA",
      claimant=MOD, **PD),
    E("t09-3", "armed_clash", "2025-09-20", L("Yunakivka", 2, "area of Yunakovka (Yunakivka)"), "RU", "UA", claimant=MOD,
      family=["missile_artillery_strike", "air_drone_strike"], note="'defeated formations in the area of'; " + LOSS, **PD),
    E("t09-4", "armed_clash", "2025-09-20", L("Kupiansk", 2, "area of Kupyansk"), "UA", "RU", claimant=MOD,
      note="four Ukrainian counterattacks repelled; actor1 = attacker; " + LOSS, **PD),
    E("t09-5", "armed_clash", "2025-09-20", L("Siversk", 2, "area of Seversk (Siversk)"), "RU", "UA", claimant=MOD,
      family=["missile_artillery_strike", "air_drone_strike"], note=LOSS, **PD),
    E("t09-6", "armed_clash", "2025-09-20", L("Pokrovsk", 2, "area of Krasnoarmeysk (Pokrovsk)"), "UA", "RU",
      claimant=MOD, note="five counterattacks repelled; " + LOSS, **PD),
    E("t09-7", "armed_clash", "2025-09-20", C("UA", "Vostok group's area (not named)"), "RU", "UA",
      claimant=MOD, family=["missile_artillery_strike", "air_drone_strike"], optional=True,
      note="Vostok group 'defeated formations', no place named; " + LOSS, **PD),
    E("t09-8", "missile_artillery_strike", "2025-09-20", C("UA", "Ukraine"), "RU", "UA", claimant=MOD,
      weapons=[W("missile"), W("drone")], family=["air_drone_strike"],
      note="'group strike with long-range precision weapons and attack drones' over the past day, no place", **PD),
    E("t09-9", "missile_artillery_strike", "2025-09-20", C("UA", "Ukraine"), "RU", "UA", claimant=MOD, agg=True,
      optional=True, family=["air_drone_strike"], note="'inflicted defeat ... in 147 areas': aggregate", **PD),
    E("t09-10", "interception", "2025-09-20", C(None, "unspecified"), "RU", "UA", claimant=MOD, agg=True,
      weapons=[W("guided_bomb", "JDAM", intercepted=N(4)), W("mlrs", "HIMARS", intercepted=N(2)),
               W("drone", intercepted=N(186))], note="past-day tally, no place", **PD),
    E("t09-11", "interception", "2025-09-21", C("RU", "Russia"), "RU", "UA", claimant=MOD,
      weapons=[W("drone", intercepted=N(58))], note="20:00 Saturday to 07:00 Sunday Moscow time"),
    E("t09-12", "interception", "2025-09-21", R("RU-BRY", "Bryansk region"), "RU", "UA", claimant=MOD,
      weapons=[W("drone", intercepted=N(21))], parent="t09-11"),
    E("t09-13", "interception", "2025-09-21", R("RU-KRS", "Kursk region"), "RU", "UA", claimant=MOD,
      weapons=[W("drone", intercepted=N(14))], parent="t09-11"),
    E("t09-14", "interception", "2025-09-21", R("RU-BEL", "Belgorod region"), "RU", "UA", claimant=MOD,
      weapons=[W("drone", intercepted=N(9))], parent="t09-11"),
    E("t09-15", "interception", "2025-09-21", R("UA-43", "Republic of Crimea"), "RU", "UA", claimant=MOD,
      weapons=[W("drone")], optional=True, parent="t09-11", note="'the rest' over Crimea and the Black Sea: no count"),
    E("t09-16", "air_drone_strike", "2025-09-21", L("Valuyki"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      claimant="Vyacheslav Gorodetsky"),
    E("t09-17", "missile_artillery_strike", "2025-09-20", L("Donetsk", 1, "Kievsky district, Donetsk"), "UA", "RU",
      fat=N(1), weapons=[W("artillery")], claimant="Donetsk city administration",
      note="'Saturday evening'; actor2 = the side controlling the city"),
]
STATEMENTS = [
    S("Russian Defence Ministry", "RU", "have liberated the settlement of Zverevo of the Donetsk People's Republic"),
    S("Russian Defence Ministry", "RU", "All designated targets have been hit"),
    S("Vyacheslav Gorodetsky", "RU", "Operational services are working at the scene", "Belgorod region governor"),
    S("Anastasia Vereshchagina", "RU", "Kiev continues to deliberately strike at civilians", "Russian Foreign Ministry spokeswoman"),
    S("Dmitri Orlovsky", "RU", "the dynamics on the front speak for themselves", "Kremlin spokesman"),
    S("Viktor Lagutin", "RU", "Whoever holds it controls the approaches from the south-west", "retired colonel, military expert"),
    S("Tatyana Moskvina", "RU", "We are ready to exchange all for all", "Russian human rights commissioner"),
]
MUST_NOT = ["Politics | Economy | Special military operation | Society | Sport | Video",
            "21 September 2025, 14:12 (updated 14:40) Moscow time", "Views: 18 462", "Text: Vestnik editorial staff",
            "The agency is registered with Roskomnadzor. 18+", "Read also:",
            "Gorodetsky: over 1,000 residents of Belgorod border villages received compensation for damaged housing",
            "Foreign Ministry: West preparing new sanctions package",
            "Subscribe to VESTNIK on Telegram, VK and Dzen",
            "Meta, which owns Instagram and Facebook, is recognised as extremist and banned in Russia.",
            "© 2025 VESTNIK. When using materials, a hyperlink to vestnik-news.example is required."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
