from common import E, L, R, C, N, W, S, gold

TITLE = "Night drone raid on Odesa port and Pivdenne: two injured, terminal on fire"
TEXT = """BLACK SEA COURIER
Odesa · Region · Port & Shipping · War · Opinion
Wednesday, 11 February 2026
Night drone raid on Odesa port and Pivdenne: two injured, terminal on fire
Port & Shipping | 11.02.2026 08:05 | 💬 23
Russian forces attacked the Odesa region overnight with Shahed-type drones launched from the direction of Cape Chauda in occupied Crimea, the regional military administration said on Wednesday. Air defence units shot down 28 drones over the region.

In Odesa, drones hit port infrastructure, injuring two port workers and damaging a grain conveyor. In Pivdenne, a fuel terminal caught fire after a strike; firefighters put out the blaze by 6 a.m. No one was injured there, the administration said.

Falling debris also damaged a power line, and part of Odesa's Kyivskyi district was left without electricity for several hours.

"Every night they go for the ports, because they know the grain corridor is what keeps our region alive," said Viktor Salnyk, deputy head of the regional administration.

Read also:
- Insurers raise war-risk premiums for Danube ports again
- Ferry to Romania resumes after storm

On Monday, a drone struck a grain warehouse in Izmail, injuring a security guard, the Izmail district administration said.

Moscow says it hits only military targets in ports and accuses Kyiv of using civilian ships to carry weapons; Kyiv denies this. Russia's Defence Ministry claimed on Wednesday that its drones had destroyed "a storage site for naval drones" near Odesa. The regional administration said no military facility had been hit.

The corridor has been working since August 2023 despite regular attacks.

23 comments · Add yours
Follow the Courier on Telegram and Viber
© Black Sea Courier, 2026. Reprinting requires an active link.
"""
DOC = {"id": "kc07", "date": "2026-02-11", "source": "Black Sea Courier (Ukrainian regional paper)",
       "url": "https://blackseacourier.example/port/2026/02/11/night-drone-raid-odesa-pivdenne", "text": TEXT}

D = "2026-02-11"
RMA = "Odesa regional military administration"
EVENTS = [
    E("kc07-1", "air_drone_strike", D, R("UA-51", "Odesa region"), "RU", "UA", weapons=[W("drone", "Shahed-136")],
      claimant=RMA, note="regional wave without a launch count; 'launched from the direction of Cape Chauda' is a launch "
      "area in Crimea, not a target (no event there)"),
    E("kc07-2", "interception", D, R("UA-51", "Odesa region"), "UA", "RU", weapons=[W("drone", intercepted=N(28))],
      parent="kc07-1", claimant=RMA, note="28 drones shot down over the region"),
    E("kc07-3", "air_drone_strike", D, L("Odesa"), "RU", "UA", inj=N(2), weapons=[W("drone")], parent="kc07-1",
      note="port infrastructure in Odesa; the MoD's 'storage site for naval drones near Odesa' claim is the same "
           "attack's counter-claim, not another event"),
    E("kc07-4", "air_drone_strike", D, L("Pivdenne-Od"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="kc07-1", note="fuel terminal fire 'after a strike' in a drone raid; 'No one was injured there' = 0/0"),
    E("kc07-5", "infrastructure_disruption", D, L("Odesa", 1, "Odesa (Kyivskyi district)"), "RU", "UA",
      parent="kc07-1", note="part of a city district without electricity: the city"),
    E("kc07-6", "air_drone_strike", "2026-02-09", L("Izmail"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="recalled 'On Monday' (9 Feb) with a resolvable day: its own event"),
]
STATEMENTS = [
    S("Viktor Salnyk", "UA", "the grain corridor is what keeps our region alive", "deputy head of the regional administration"),
]
MUST_NOT = ["BLACK SEA COURIER", "Odesa · Region · Port & Shipping · War · Opinion", "Wednesday, 11 February 2026",
            "Port & Shipping | 11.02.2026 08:05 | 💬 23", "Read also:",
            "- Insurers raise war-risk premiums for Danube ports again", "- Ferry to Romania resumes after storm",
            "23 comments · Add yours", "Follow the Courier on Telegram and Viber",
            "© Black Sea Courier, 2026. Reprinting requires an active link."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
