from common import E, L, R, C, N, W, S, gold

TITLE = "Russian drones hit passenger train at Ukrainian station, killing at least five"
TEXT = """ABN WORLD
Edition: US | International
World / Europe
Russian drones hit passenger train at Ukrainian station, killing at least five
By Maya Collins, Olena Sydorenko and Paul Ferris, ABN
Updated 9:14 AM EST, Tue January 20, 2026
Video Ad Feedback
At least five people were killed and 14 wounded when Russian drones struck a passenger train as it pulled into the station in Barvinkove, in eastern Ukraine's Kharkiv region, on Tuesday morning, Ukrainian officials said.

The train, which was running from Kharkiv toward the Donbas, carried about 200 passengers, many of them soldiers returning from leave and elderly people on their way to hospital appointments, according to the national rail operator. Three children were among the wounded, the regional prosecutor's office said.

About 20 minutes after the first strike, as firefighters and medics reached the platform, a second drone hit the station building. Two rescuers were wounded, the State Emergency Service said, calling it a deliberate "double tap."

"The carriage I was in simply lifted. When I came to, there was glass in my hair and the woman next to me was not moving," passenger Serhii Ostapenko, 41, told ABN by phone from a hospital in Lozova.

Traffic between Lozova and Barvinkove was suspended for the rest of the day and six long-distance trains were rerouted, said Dmytro Lysenko, a spokesman for the rail operator. "Railway workers are the second front line. We have rebuilt stations before, and we will rebuild this one," he said.

Russia's Defense Ministry said its forces had struck "transport infrastructure used by the Ukrainian armed forces" in the Kharkiv region. It did not mention Barvinkove.

Railways have become a favored target of Russian drones since the autumn. Last Wednesday, a guided bomb damaged the station building in Kupiansk-Vuzlovyi, a rail junction close to the front line; no one was hurt then.

In the south, a drone dropped explosives on a municipal bus in Kherson on Monday evening, killing the driver and wounding five passengers, the city's military administration said. Kherson's riverside districts have been under near-constant drone attack since Russian forces retreated across the Dnipro River in November 2022.

Overnight, Russia launched 163 drones of various types at Ukraine, the air force said; 141 of them were shot down or suppressed by electronic warfare.

Ukraine's president called the attack on the train "pure terror" and urged allies to speed up deliveries of air defense systems. The strike came a day before Ukrainian and Russian delegations were due to meet in Abu Dhabi for US-brokered talks.

ABN's Tamar Hughes contributed to this report.
Sign up for ABN's Europe Today newsletter
"""
DOC = {"id": "kw07", "date": "2026-01-20", "source": "ABN (US broadcaster, website)",
       "url": "https://edition.abn.example/2026/01/20/europe/ukraine-barvinkove-train-drone-attack-intl", "text": TEXT}

D, Y = "2026-01-20", "2026-01-19"
EVENTS = [
    E("kw07-1", "air_drone_strike", D, L("Barvinkove"), "RU", "UA", fat=N(5, "at_least"), inj=N(14),
      weapons=[W("drone")],
      note="drones struck a passenger train at Barvinkove station 'on Tuesday morning' (publication day): 'At least "
           "five' killed = at_least 5, 14 wounded (the three children are among them); the MoD's 'transport "
           "infrastructure' claim is this event"),
    E("kw07-2", "air_drone_strike", D, L("Barvinkove"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="'About 20 minutes after the first strike … a second drone hit the station building. Two rescuers were "
           "wounded': a second strike with its own outcome and target (the rescuers) -> its own event"),
    E("kw07-3", "infrastructure_disruption", D, L("Barvinkove", 2, "Lozova–Barvinkove line"), "RU", "UA",
      parent="kw07-1",
      note="'Traffic between Lozova and Barvinkove was suspended for the rest of the day and six long-distance trains "
           "were rerouted': rail disruption from the strike, placed at the damaged station (near, precision 2)"),
    E("kw07-4", "air_drone_strike", "2026-01-14", L("Kupiansk-Vuzlovyi"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("guided_bomb")],
      note="recalled with a day: 'Last Wednesday, a guided bomb damaged the station building in Kupiansk-Vuzlovyi' (Tue "
           "20 Jan -> Wed 14 Jan); 'no one was hurt then' = 0/0; attacker from the context"),
    E("kw07-5", "air_drone_strike", Y, L("Kherson"), "RU", "UA", fat=N(1), inj=N(5), weapons=[W("drone")],
      note="'a drone dropped explosives on a municipal bus in Kherson on Monday evening' (19 Jan): drone-dropped "
           "explosives are air_drone_strike (blind40 call 2); driver killed, five passengers wounded"),
    E("kw07-6", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(163))],
      note="'Overnight, Russia launched 163 drones of various types at Ukraine': a drones-only wave -> air_drone_strike, "
           "country; not the parent of the morning train strike (the text does not tie them)"),
    E("kw07-7", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kw07-6",
      weapons=[W("drone", intercepted=N(141))],
      note="'141 of them were shot down or suppressed by electronic warfare': counted together by the text -> all "
           "intercepted (blind41 kr01)"),
]
# Not events: 'Railways have become a favored target … since the autumn' (habitual), 'under near-constant drone attack
# since Russian forces retreated … in November 2022' (history), the president's call to 'speed up deliveries'
# (appeal), delegations 'due to meet in Abu Dhabi' the next day (future), 'We have rebuilt stations before, and we will
# rebuild this one' (quote, future), the SES's 'double tap' (a characterisation of kw07-2).
STATEMENTS = [
    S("Serhii Ostapenko", "UA", "there was glass in my hair", "passenger"),
    S("Dmytro Lysenko", "UA", "Railway workers are the second front line", "spokesman, national rail operator"),
    S("Russian Defence Ministry", "RU", "transport infrastructure used by the Ukrainian armed forces",
      "Russian Defence Ministry"),
]
# Not gold: the president's 'pure terror' (title only), the SES's 'double tap' (a term in quotes).
MUST_NOT = ["ABN WORLD", "Edition: US | International", "World / Europe",
            "By Maya Collins, Olena Sydorenko and Paul Ferris, ABN", "Updated 9:14 AM EST, Tue January 20, 2026",
            "Video Ad Feedback", "ABN's Tamar Hughes contributed to this report.",
            "Sign up for ABN's Europe Today newsletter"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
