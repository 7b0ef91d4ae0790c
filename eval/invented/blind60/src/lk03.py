from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, CLA, TER

TITLE = "Brigade near Lyman reports assault beaten back at Torske and a depot hit near Kreminna"
TEXT = """SKHIDNYI RUBIZH
Front-line news from Donbas and Slobozhanshchyna
Front | Cities | Volunteers | Interviews | Video
Front › Lyman direction
Brigade near Lyman reports assault beaten back at Torske and a depot hit near Kreminna
24 June 2024, 11:05 · Editorial team · Source: brigade press service
We retell the release that the Chornyi Lis mechanised brigade published on Monday morning, with additions from the police of the Donetsk region.

The weekend began with an assault. At dawn on Saturday, Russian infantry backed by two tanks and four infantry fighting vehicles moved on the brigade's positions near Torske. According to the release, the attack was beaten back after about three hours: one tank was hit by an anti-tank missile, and the rest of the column turned round.

That same morning, an Orlan-10 reconnaissance drone was brought down near Terny by the brigade's air-defence platoon.

"They came in the fog, the way they always do on this stretch, and they left the same way," said the brigade's spokesman, Captain Andrii Movchan.

On Sunday the brigade went after the Russian rear. An artillery ammunition depot near Kreminna, in the occupied part of the Luhansk region, was struck by a heavy bomber drone before noon; secondary detonations went on for about forty minutes, the release says.

By Sunday evening, the brigade says, its assault groups had cleared a tree line west of Terny that Russian troops had held since the spring, moving forward by roughly 600 metres. Skhidnyi Rubizh could not verify the claim independently.

Lyman itself came under guided-bomb attack on Sunday afternoon. Four KAB-500 bombs were dropped on the town by Su-34 jets flying from the direction of the Belgorod region, police said; two civilians were injured, one of whom is a volunteer who delivers drinking water to the residents who remain.

"I had just unloaded the last canisters. The bomb fell two streets away, and the glass came in on us," the volunteer, Serhii Kravets, told us from the hospital in Kramatorsk.

Overnight into Monday, an artillery shell hit a house in Drobysheve, a village north-west of Lyman, killing a 74-year-old woman, according to the police.

The release ends with the brigade's count for the week: 73 Russian soldiers killed, two tanks, five armoured vehicles and eleven drones destroyed. Russian attacks near Torske come almost every day, the brigade adds.
Share: Facebook | Telegram | X
Support independent front-line journalism: monobank jar
Skhidnyi Rubizh, 2024. Quotation permitted; link to the source required.
"""
DOC = {"id": "lk03", "date": "2024-06-24", "source": "Skhidnyi Rubizh (Ukrainian front-line news site retelling a "
       "brigade's press release)", "url": "https://rubizh.example/front/lyman/2024-06-24-brigade-release", "text": TEXT}

D, SAT, SUN = "2024-06-24", "2024-06-22", "2024-06-23"
BR = "Chornyi Lis mechanised brigade"
EVENTS = [
    E("lk03-1", CLA, SAT, H("Torske", "near Torske"), "RU", "UA", claimant=BR,
      evidence="At dawn on Saturday, Russian infantry backed by two tanks and four infantry fighting vehicles moved on the brigade's positions near Torske.",
      note="'At dawn on Saturday' in a Monday page -> 22 Jun; an assault beaten back = armed_clash, attacker RU as "
           "actor1; 'near Torske' = precision 2; the tank hit is part of the clash"),
    E("lk03-2", INT, SAT, H("Terny", "near Terny"), "UA", "RU", claimant=BR,
      weapons=[W("drone", "Orlan-10", intercepted=N(1))],
      evidence="That same morning, an Orlan-10 reconnaissance drone was brought down near Terny by the brigade's air-defence platoon.",
      note="'That same morning' = Saturday 22 Jun; a passive with the agent last: UA air defence downs one Orlan-10 near "
           "Terny (691608, the village north-east of Lyman, not the Dnipropetrovsk or Sumy Terny)"),
    E("lk03-3", ADS, SUN, H("Kreminna", "near Kreminna"), "UA", "RU", claimant=BR, weapons=[W("drone")],
      evidence="An artillery ammunition depot near Kreminna, in the occupied part of the Luhansk region, was struck by a heavy bomber drone before noon",
      note="'On Sunday … before noon' -> 23 Jun; agentless passive, the brigade's drone (UA -> RU); near X = precision "
           "2, Luhansk oblast UA-09"),
    E("lk03-4", TER, SUN, H("Terny", "west of Terny"), "UA", "RU", claimant=BR,
      evidence="By Sunday evening, the brigade says, its assault groups had cleared a tree line west of Terny",
      note="'By Sunday evening … cleared a tree line west of Terny … moving forward by roughly 600 metres' -> a "
           "Ukrainian gain claimed on 23 Jun (unverified, still the brigade's claim, as blind50 call 3's footage-less "
           "claims of a side); 'west of X' = precision 2"),
    E("lk03-5", ADS, SUN, L("Lyman"), "RU", "UA", inj=N(2), claimant="police of the Donetsk region",
      weapons=[W("guided_bomb", "KAB-500", launched=N(4))],
      evidence="Four KAB-500 bombs were dropped on the town by Su-34 jets flying from the direction of the Belgorod region",
      note="'Lyman itself came under guided-bomb attack on Sunday afternoon' (23 Jun): four KAB-500 (launched 4), two "
           "civilians injured 'one of whom is a volunteer' (inside the two); the Belgorod region is where the jets came "
           "from and Kramatorsk where the volunteer is treated: neither is the place"),
    E("lk03-6", MAS, D, L("Drobysheve"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      claimant="police of the Donetsk region",
      evidence="Overnight into Monday, an artillery shell hit a house in Drobysheve, a village north-west of Lyman, killing a 74-year-old woman",
      note="'Overnight into Monday' in a Monday page -> 24 Jun; Drobysheve (709614) north-west of Lyman (checked "
           "against the coordinates); 1 k"),
]
# Not events: the brigade's week count of Russian losses (73 killed, tanks, vehicles, drones: a tally of losses, no
# incident), 'Russian attacks near Torske come almost every day' (habit), 'held since the spring' (background without
# a day), the volunteer's treatment in Kramatorsk, the Su-34s' direction (launch area). Masthead, tagline, menu,
# breadcrumb, date/source line, share row, support line and the quoting rule are furniture; the opening note on the
# retelling stays as text.
STATEMENTS = [
    S("Andrii Movchan", "UA", "They came in the fog, the way they always do on this stretch",
      "spokesman, Chornyi Lis mechanised brigade"),
    S("Serhii Kravets", "UA", "The bomb fell two streets away, and the glass came in on us", "volunteer, Lyman"),
]
MUST_NOT = ["SKHIDNYI RUBIZH", "Front-line news from Donbas and Slobozhanshchyna",
            "Front | Cities | Volunteers | Interviews | Video", "Front › Lyman direction",
            "24 June 2024, 11:05 · Editorial team · Source: brigade press service", "Share: Facebook | Telegram | X",
            "Support independent front-line journalism: monobank jar",
            "Skhidnyi Rubizh, 2024. Quotation permitted; link to the source required."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
