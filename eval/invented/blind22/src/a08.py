from common import E, L, R, C, N, W, S, gold

TITLE = "Situation in the border districts over the past day"
TEXT = """Kursk Region Governor | official channel
🔁 Reposted from: Government of the Kursk Region
Situation in the border districts over the past day

Friends, here is how the day went in our border areas.

Over the past 24 hours, the Armed Forces of Ukraine shelled 9 settlements of the Glushkovsky, Korenevsky, Sudzhansky, Rylsky, Belovsky and Khomutovsky districts. About 60 munitions were fired at our territory. One civilian was wounded.

Glushkovsky district. At 14:10 yesterday, a Ukrainian drone dropped an explosive device on a car near Tetkino. The driver, a 45-year-old local resident, received shrapnel wounds to his arm and was taken to the Rylsk hospital. His condition is stable. In Glushkovo itself, mortar shelling damaged a gas pipeline; 140 households were left without gas. Gas workers are already on site.

Sudzhansky district. Artillery fire on the outskirts of Sudzha. There were no casualties.

Belovsky district. The enemy fired on the village of Belaya. A power line was damaged and part of the village was left without electricity for several hours. Power was restored by the evening.

Khomutovsky district. In the morning, border guards, together with units of the Ministry of Defence, pushed back an enemy sabotage and reconnaissance group that tried to cross the border near Khomutovka. There are no losses among our servicemen.

Overnight, air defence forces shot down 3 UAVs over the Korenevsky district.

This morning at 06:05, a drone attacked an electrical substation in Kurchatov. A small fire was quickly put out, no one was hurt. Power supply to consumers was not interrupted.

I ask residents not to approach or pick up fragments of ammunition. Call 112.

#KurskRegion #border #operational_information
👁 58,3K · 🕊 share
"""
DOC = {"id": "a08", "date": "2023-09-19", "source": "Kursk Region Governor (Telegram)",
       "url": "https://t.me/kursk_governor_example/4410", "text": TEXT}

D, Y = "2023-09-19", "2023-09-18"
PAST = dict(prec="range", end=D)
EVENTS = [
    E("a08-1", "missile_artillery_strike", Y, R("RU-KRS", "Kursk region"), "UA", "RU", agg=True, inj=N(1),
      weapons=[W("artillery", launched=N(60, "about"))], family=["air_drone_strike"],
      note="past-day tally (9 settlements, about 60 munitions, 1 w): aggregate range; 'munitions' coded as artillery "
           "with 'about 60'", **PAST),
    E("a08-2", "air_drone_strike", Y, L("Tetkino", 2, "near Tetkino"), "UA", "RU", inj=N(1), weapons=[W("drone")],
      parent="a08-1", note="'At 14:10 yesterday' = 18 September; drone drop on a car near the village (precision 2); "
                           "taken to hospital in Rylsk = injured (Rylsk is not the event place)"),
    E("a08-3", "missile_artillery_strike", Y, L("Glushkovo"), "UA", "RU", weapons=[W("artillery")], parent="a08-1",
      note="mortar shelling 'In Glushkovo itself', no hour: past-day range", **PAST),
    E("a08-4", "infrastructure_disruption", Y, L("Glushkovo"), "UA", "RU",
      note="140 households without gas after the pipeline was hit", **PAST),
    E("a08-5", "missile_artillery_strike", Y, L("Sudzha", 2, "outskirts of Sudzha"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("artillery")], parent="a08-1", note="outskirts = precision 2; 'no casualties' = 0/0", **PAST),
    E("a08-6", "missile_artillery_strike", Y, L("Belaya"), "UA", "RU", parent="a08-1", family=["air_drone_strike"],
      note="'fired on the village of Belaya' (Belaya 578230, Kursk oblast), weapon not named: both strike types", **PAST),
    E("a08-7", "infrastructure_disruption", Y, L("Belaya"), "UA", "RU",
      note="part of the village without electricity for several hours, restored by the evening", **PAST),
    E("a08-8", "armed_clash", Y, L("Khomutovka", 2, "near Khomutovka"), "UA", "RU", prec="range", end=D,
      note="sabotage group pushed back at the border 'In the morning' (which morning is unclear in a past-day post: "
           "range); actor1 UA (the group that tried to cross); 'no losses' is about servicemen only, not coded"),
    E("a08-9", "interception", D, L("Korenevo", 2, "Korenevsky district"), "RU", "UA", weapons=[W("drone", intercepted=N(3))],
      note="'Overnight' 3 UAVs over the Korenevsky district: adjectival district named after its town = precision 2"),
    E("a08-10", "air_drone_strike", D, L("Kurchatov"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'This morning at 06:05' = publication day; 'no one was hurt' = 0/0; power 'not interrupted' gives no "
           "disruption; not attached to the tally (after its cut-off is unclear; the tally names no Kurchatovsky "
           "district)"),
]
STATEMENTS = []
MUST_NOT = ["Kursk Region Governor | official channel", "🔁 Reposted from: Government of the Kursk Region",
            "#KurskRegion #border #operational_information", "👁 58,3K · 🕊 share"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
