from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine pulls back near Avdiivka, disputes Russian claim to southern Donetsk village"
TEXT = """ATLAS PRESS AGENCY
Slug: UKRAINE-WAR-FRONT (ROUNDUP 1)
Filed: 28/02/2024 15:08 UTC · Desk: Europe
Ukraine pulls back near Avdiivka, disputes Russian claim to southern Donetsk village
Kyiv, Feb 28 (APA) — Ukrainian troops have withdrawn from the village of Novobakhmutivka north-west of Avdiivka, Ukraine's commander-in-chief said, the latest in a string of small retreats since the fall of the town itself, while Kyiv rejected a Russian claim to have captured Staromaiorske further south.

The withdrawal was carried out on Monday "in order to preserve the lives of our soldiers", the commander-in-chief wrote on Telegram, adding that his units had taken up prepared positions along a line of villages to the west. He did not say how many troops had been pulled back.

Russia's defence ministry announced on Tuesday that its forces had "liberated" Staromaiorske, a village on the border between the Donetsk and Zaporizhzhia regions that Ukraine retook during its summer counteroffensive. A video released by the ministry showed soldiers raising a flag over a ruined building.

Colonel Andrii Voloshyn, a spokesman for Ukraine's southern grouping of forces, dismissed the claim. "The flag was raised for the camera and the men who raised it are no longer alive," he said on national television on Wednesday. Ukrainian units had repelled nine assaults near Staromaiorske and neighbouring Urozhaine over the past 24 hours, he said.

North of there, Ukraine's General Staff said in its Wednesday morning update that 17 Russian attacks had been beaten back in the Avdiivka sector during the previous day, most of them near Ocheretyne and Krasnohorivka. The figures could not be independently verified.

Russian aircraft dropped guided bombs on Kostiantynivka on Tuesday, killing a 71-year-old man and damaging a kindergarten, regional prosecutors said.

On the Zaporizhzhia front, Russia's defence ministry said its troops had repelled four attacks by Ukrainian assault groups near Verbove over the past day. Russian artillery shelled Orikhiv and Mala Tokmachka on Tuesday, wounding two civilians in Orikhiv, the regional governor said.

Ukraine's air force said it had shot down two Russian Su-34 fighter-bombers near Pokrovsk on Tuesday afternoon, the third such claim in ten days. Russia did not comment. "Pilots who drop glide bombs on our towns must know that the sky above the front is not safe for them," an air force spokesman, Lt. Col. Roman Hrytsak, told APA.

Further north, in the Toretsk sector, Russian troops attacked Ukrainian positions near Niu-York four times on Tuesday, the General Staff said, without giving details of the outcome.

In the Kupiansk sector in the Kharkiv region, the picture was similar. Russian infantry, backed by armoured vehicles, tried to advance near Petropavlivka, but the attack was stopped with artillery and drones, a Ukrainian brigade commander said in a video posted on Wednesday morning. He said the assault had begun at dawn the previous day and lasted for six hours.

"They come in groups of five or six, on foot, sometimes on motorbikes. We stop one group and in an hour there is another," the commander, who identified himself only by his call sign "Bars", said in the video.

Avdiivka, which Ukrainian forces had held since 2014, fell to Russia on Feb. 17 after a months-long siege. Since then Russian units have pushed several kilometres to the west, exploiting Ukraine's shortage of artillery ammunition while a $60 billion US aid package remains stalled in Congress.

"The Russians are not breaking through, they are grinding forward, a tree line at a time," said Mikko Salonen, a senior analyst at the Nordic Defence Analysis Group in Helsinki. "Without shells, Ukraine can only slow them down."

Ukraine's commander-in-chief said on Tuesday that the situation on the front "remains difficult but under control", and that new defensive lines were being built behind the most threatened sectors.

Atlas Press Agency content is licensed for subscriber use only.
APA ab/jk/rt
"""
DOC = {"id": "b07", "date": "2024-02-28", "source": "Atlas Press Agency (news agency)",
       "url": "https://newsroom.atlaspress.example/feed/2024/02/28/ukraine-war-front-roundup-1", "text": TEXT}

D, Y = "2024-02-28", "2024-02-27"
EVENTS = [
    E("b07-1", "territory_change", "2024-02-26", L("Novobakhmutivka"), "RU", "UA",
      claimant="Ukrainian commander-in-chief",
      note="Ukrainian withdrawal 'on Monday' = 26 February: the ground passes to Russia -> territory_change, actor1 RU "
           "(the side that gains)"),
    E("b07-2", "territory_change", Y, L("Staromaiorske"), "RU", "UA", claimant="Russian Defence Ministry",
      note="Russian capture claim announced 'on Tuesday': dated the claim day (blind4 call 4, blind8 call 8); disputed "
           "by Ukraine"),
    E("b07-3", "armed_clash", Y, L("Staromaiorske", 2, "near Staromaiorske"), "RU", "UA", prec="range", end=D,
      claimant="Andrii Voloshyn",
      note="nine assaults repelled 'near Staromaiorske and neighbouring Urozhaine over the past 24 hours' (said on "
           "Wednesday): past-24-hours range; one clash per named village (blind16 call 3); actor1 = attacker"),
    E("b07-4", "armed_clash", Y, L("Urozhaine", 2, "near Urozhaine"), "RU", "UA", prec="range", end=D,
      claimant="Andrii Voloshyn", note="second village of the same sentence, same range"),
    E("b07-5", "armed_clash", Y, R("UA-14", "Avdiivka sector"), "RU", "UA", agg=True, optional=True,
      claimant="Ukrainian General Staff",
      note="sector tally '17 … in the Avdiivka sector during the previous day': a sector sub-tally is optional (blind8 "
           "call 7); 'the previous day' in a Wednesday update = Tuesday"),
    E("b07-6", "armed_clash", Y, L("Ocheretyne", 2, "near Ocheretyne"), "RU", "UA", claimant="Ukrainian General Staff",
      note="'most of them near Ocheretyne and Krasnohorivka' in the update for 'the previous day' = Tuesday 27"),
    E("b07-7", "armed_clash", Y, L("Krasnohorivka", 2, "near Krasnohorivka"), "RU", "UA",
      claimant="Ukrainian General Staff", note="as b07-6"),
    E("b07-8", "air_drone_strike", Y, L("Kostiantynivka"), "RU", "UA", fat=N(1), weapons=[W("guided_bomb")],
      claimant="Donetsk regional prosecutors", note="guided bombs from aircraft 'on Tuesday', one killed"),
    E("b07-9", "armed_clash", Y, L("Verbove", 2, "near Verbove"), "UA", "RU", prec="range", end=D,
      claimant="Russian Defence Ministry",
      note="Russian MoD: four Ukrainian assaults repelled 'over the past day': range ending on the publication day; "
           "actor1 UA = attacker"),
    E("b07-11", "missile_artillery_strike", Y, L("Orikhiv"), "RU", "UA", inj=N(2), weapons=[W("artillery")],
      claimant="Zaporizhzhia regional governor", note="shelling 'on Tuesday', two civilians wounded in Orikhiv"),
    E("b07-12", "missile_artillery_strike", Y, L("Mala Tokmachka"), "RU", "UA", weapons=[W("artillery")],
      claimant="Zaporizhzhia regional governor", note="same sentence, second village shelled; no casualties stated"),
    E("b07-13", "interception", Y, L("Pokrovsk", 2, "near Pokrovsk"), "UA", "RU",
      weapons=[W("aircraft", "Su-34", intercepted=N(2))], claimant="Ukrainian Air Force",
      note="two Su-34s shot down 'near Pokrovsk on Tuesday afternoon': aircraft downed = interception; 'the third such "
           "claim in ten days' is vague (no event)"),
    E("b07-14", "armed_clash", Y, L("Niu-York", 2, "near Niu-York"), "RU", "UA", claimant="Ukrainian General Staff",
      note="four attacks near Niu-York 'on Tuesday'"),
    E("b07-15", "armed_clash", Y, L("Petropavlivka-Kh", 2, "near Petropavlivka"), "RU", "UA",
      claimant="Ukrainian brigade commander 'Bars'",
      note="assault near Petropavlivka (Kupiansk sector, Kharkiv oblast: 697421) that 'had begun at dawn the previous "
           "day' (video posted Wednesday) = 27 February"),
    E("b07-10", "territory_change", "2024-02-17", L("Avdiivka"), "RU", "UA",
      note="recalled 'fell to Russia on Feb. 17': a resolvable day -> its own event (real-gold convention); 'held since "
           "2014' and 'pushed several kilometres' are background"),
]
STATEMENTS = [
    S("Ukrainian commander-in-chief", "UA", "in order to preserve the lives of our soldiers"),
    S("Andrii Voloshyn", "UA", "The flag was raised for the camera", "spokesman, southern grouping of forces"),
    S("Roman Hrytsak", "UA", "the sky above the front is not safe for them", "Ukrainian air force spokesman"),
    S("Bars", "UA", "We stop one group and in an hour there is another", "Ukrainian brigade commander (call sign)"),
    S("Mikko Salonen", None, "they are grinding forward, a tree line at a time",
      "senior analyst, Nordic Defence Analysis Group"),
    S("Mikko Salonen", None, "Without shells, Ukraine can only slow them down",
      "senior analyst, Nordic Defence Analysis Group"),
    S("Ukrainian commander-in-chief", "UA", "remains difficult but under control"),
]
MUST_NOT = ["ATLAS PRESS AGENCY", "Slug: UKRAINE-WAR-FRONT (ROUNDUP 1)", "Filed: 28/02/2024 15:08 UTC · Desk: Europe",
            "Atlas Press Agency content is licensed for subscriber use only.", "APA ab/jk/rt"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
