from common import E, L, R, C, N, W, S, H, gold, MAS, DIS, REX, LOO

TITLE = "Floodwaters from breached dam swamp Kherson as shells land near evacuees"
TEXT = """CPA Continental Press Agency
Top News | World | Business | Energy | Climate | Pictures
UPDATE 4-Floodwaters from breached dam swamp Kherson as shells land near evacuees
Adds shelling of Beryslav pumping station in paragraph 12, quote from aid official in paragraph 15
Floodwaters from breached dam swamp Kherson as shells land near evacuees
By Olena Shvets and Mark Lindqvist
June 7, 2023 6:55 PM GMT+3 · Updated an hour ago
KHERSON, Ukraine, June 7 (CPA) - Water from the breached dam on the Dnipro poured into towns and villages downstream on Wednesday, driving thousands of people from their homes, while Russian shells landed near an evacuation point in the city of Kherson, Ukrainian officials said.

The Kakhovka dam, a Soviet-era structure that held back one of Ukraine's largest reservoirs, gave way before dawn on Tuesday. Kyiv said Russian troops, who have held the dam since the first days of the invasion, had blown it up from inside; Moscow accused Ukraine of destroying it with rocket fire. Neither account could be independently verified.

By Wednesday evening the water in parts of Kherson had risen by more than five metres. The low-lying Korabelnyi district in the south of the city was flooded up to the roofs of single-storey houses, and about 12,000 homes there were cut off from electricity as a precaution, the regional power company said.

Shortly before noon, Russian artillery fired on the area around an evacuation point near the city's river station as police and rescuers were helping people from boats onto buses. A police officer and two rescuers were wounded; no one was killed, the regional governor said.

"We carried out the cat and the documents. Everything else is under water now," said Maryna Tkachuk, 58, who was waiting for a bus with two plastic bags.

On Tuesday evening, some fifteen hours after the dam burst, a shell killed a 53-year-old man in the Dniprovskyi district of Kherson as he helped neighbours carry furniture to an upper floor, the city's military administration said.

Officials said more than 1,900 people had been evacuated from the right bank by Wednesday evening. On the Russian-occupied left bank, the town of Oleshky was almost entirely under water, according to residents who posted videos from rooftops.

The Russian-installed mayor of Nova Kakhovka, whose town sits next to the dam, said seven people were missing there. He accused Ukrainian forces of shelling the outskirts of the town on Wednesday morning while residents were being taken away by bus, but did not say whether anyone had been hurt.

Upstream, the reservoir was emptying fast. Nikopol, a town of 100,000 on the reservoir's northern shore, lost its water supply on Wednesday morning when the level fell below the intake pipes, according to the Dnipropetrovsk regional governor. Marhanets, some 20 kilometres to the east, was cut off as well; water is being brought in by lorries.

The International Atomic Energy Agency said there was no immediate risk to the Zaporizhzhia nuclear power plant, which draws cooling water from the reservoir.

Russian forces also shelled Beryslav, north-east of Kherson, in the afternoon, damaging the town's water-pumping station, local officials said. Nobody was hurt.

Ukraine's prosecutor general opened a war crimes investigation into the destruction of the dam, and the president called an emergency meeting of the national security council on Tuesday.

The European Union said it was sending boats, water pumps and generators. "The damage to farmland and drinking water will be counted in years, not weeks," said Lars Ekström, who coordinates a Nordic aid group's operations in southern Ukraine.

Background: The dam, finished in 1956, was the last on the Dnipro before the Black Sea. The Nova Kakhovka hydroelectric plant at its foot was destroyed with it.
(Olena Shvets reported from Kherson and Mark Lindqvist from Kyiv; Tomasz Wrona contributed from Warsaw; edited by Rachel Oduya)
How CPA checks videos posted from war zones: cpa-wire.example/verification
"""
DOC = {"id": "lg04", "date": "2023-06-07", "source": "CPA Continental Press Agency (international wire)",
       "url": "https://cpa-wire.example/world/europe/floodwaters-breached-dam-kherson-shelling-2023-06-07", "text": TEXT}

D, TUE = "2023-06-07", "2023-06-06"
DAM = "lg04-1"
EVENTS = [
    E(DAM, REX, TUE, H("Nova Kakhovka", "Kakhovka dam at Nova Kakhovka"), None, None, family=[LOO, MAS],
      evidence="The Kakhovka dam, a Soviet-era structure that held back one of Ukraine's largest reservoirs, gave way before dawn on Tuesday.",
      note="'gave way before dawn on Tuesday' (the page of Wednesday 7 Jun) -> 6 Jun; Kyiv: Russian troops 'had blown "
           "it up from inside', Moscow: Ukraine destroyed it 'with rocket fire' -> each side blames the other, so both "
           "sides null (blind51 call 5, the nuclear plant); an explosion from inside = remote_explosive, with "
           "looting_destruction (demolition) and the rocket-fire version (missile_artillery_strike) accepted; the dam "
           "named with the town next to it = precision 2 (Nova Kakhovka 699839)"),
    E("lg04-2", DIS, D, L("Kherson"), None, None, parent=DAM,
      evidence="about 12,000 homes there were cut off from electricity as a precaution, the regional power company said",
      note="flooding from the breached dam: 'about 12,000 homes … cut off from electricity' in the Korabelnyi district "
           "(= the city) on Wednesday; caused by the dam event, whose sides are null -> sides null"),
    E("lg04-3", MAS, D, L("Kherson"), "RU", "UA", fat=N(0), inj=N(3), weapons=[W("artillery")],
      claimant="governor of the Kherson region",
      evidence="Shortly before noon, Russian artillery fired on the area around an evacuation point near the city's river station",
      note="Wednesday 'Shortly before noon'; 'A police officer and two rescuers were wounded; no one was killed' -> "
           "0 killed, 3 injured (people listed are counted)"),
    E("lg04-4", MAS, TUE, L("Kherson"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      claimant="Kherson city military administration",
      evidence="On Tuesday evening, some fifteen hours after the dam burst, a shell killed a 53-year-old man in the Dniprovskyi district of Kherson",
      note="'On Tuesday evening, some fifteen hours after the dam burst' -> 6 Jun, a second Kherson event on another day (Dniprovskyi district = the "
           "city); 'a shell' = artillery; the attacker is not named in the sentence but the page is about Russian fire "
           "on the right bank -> RU"),
    E("lg04-5", MAS, D, H("Nova Kakhovka", "outskirts of Nova Kakhovka"), "UA", None, weapons=[W("artillery")],
      claimant="Russian-installed mayor of Nova Kakhovka",
      evidence="He accused Ukrainian forces of shelling the outskirts of the town on Wednesday morning while residents were being taken away by bus",
      note="the occupation official's claim: 'shelling the outskirts of the town on Wednesday morning' -> the claimed "
           "attacker UA, actor2 null (blind53 ld07); outskirts = precision 2; 'did not say whether anyone had been "
           "hurt' -> casualties absent; the seven missing are flood victims, not a toll"),
    E("lg04-6", DIS, D, L("Nikopol"), None, None, parent=DAM, claimant="governor of the Dnipropetrovsk region",
      evidence="Nikopol, a town of 100,000 on the reservoir's northern shore, lost its water supply on Wednesday morning",
      note="water cut caused by the emptying reservoir -> infrastructure_disruption, sides null as the dam; Nikopol "
           "700051 (Dnipropetrovsk, not the Donetsk village)"),
    E("lg04-7", DIS, D, L("Marhanets"), None, None, parent=DAM, claimant="governor of the Dnipropetrovsk region",
      evidence="Marhanets, some 20 kilometres to the east, was cut off as well",
      note="'Marhanets … was cut off as well' (water, Wednesday) -> its own disruption (each place its own event)"),
    E("lg04-8", MAS, D, L("Beryslav"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")],
      claimant="Beryslav local officials",
      evidence="Russian forces also shelled Beryslav, north-east of Kherson, in the afternoon, damaging the town's water-pumping station",
      note="Wednesday afternoon; 'Nobody was hurt' -> 0/0; the update note in the furniture announces this paragraph"),
]
# Not events: the thousands driven from their homes and 'more than 1,900 people had been evacuated' (an evacuation is
# no taxonomy event, blind50 call 7); the water level 'more than five metres' (part of the flood); Oleshky 'almost
# entirely under water' and the seven missing in Nova Kakhovka (flood consequences of lg04-1, no violence, no
# outage named); 'no immediate risk to the Zaporizhzhia nuclear power plant' (negation); the war crimes investigation
# (legal step) and the emergency meeting on Tuesday (an internal meeting, no taxonomy event); the EU 'was sending
# boats, water pumps and generators' (no decision day; aid in kind in progress); the Background paragraph (1956; the
# hydroelectric plant destroyed with the dam = part of lg04-1); 'since the first days of the invasion' (history).
STATEMENTS = [
    S("Maryna Tkachuk", "UA", "Everything else is under water now", "resident, Kherson"),
    S("Lars Ekström", None, "will be counted in years, not weeks", "Nordic aid group coordinator, southern Ukraine"),
]
MUST_NOT = ["CPA Continental Press Agency", "Top News | World | Business | Energy | Climate | Pictures",
            "UPDATE 4-Floodwaters from breached dam swamp Kherson as shells land near evacuees",
            "Adds shelling of Beryslav pumping station in paragraph 12, quote from aid official in paragraph 15",
            "By Olena Shvets and Mark Lindqvist", "June 7, 2023 6:55 PM GMT+3 · Updated an hour ago",
            "(Olena Shvets reported from Kherson and Mark Lindqvist from Kyiv; Tomasz Wrona contributed from Warsaw; edited by Rachel Oduya)",
            "How CPA checks videos posted from war zones: cpa-wire.example/verification"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
