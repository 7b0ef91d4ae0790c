from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS

TITLE = "Power supply in the region after the night attack: outage schedules from today"
TEXT = """DESNA POWER NETWORKS
Distribution system operator of Chernihiv region
Outage map | Schedules | Report an outage | Personal account | Contacts
News › Notices to consumers
Power supply in the region after the night attack: outage schedules from today
03.11.2022 · 08:05
Dear consumers!

On the night of 2 to 3 November, Shahed-136 attack drones struck a 110 kV substation in the Novhorod-Siverskyi district. As a result, 22,400 consumers in the town of Novhorod-Siverskyi and in 31 villages of the district have been disconnected. The substation's transformer is badly damaged; our crews will begin work as soon as the pyrotechnicians allow access.

Yesterday, 2 November, at about 17:30, shelling from the territory of the Russian Federation damaged a 10 kV overhead line near Semenivka. Fourteen villages of the Semenivka hromada lost power; nine of them were reconnected by this morning.

Yesterday afternoon, our repair crew came under mortar fire near Hremiach while it was restoring a damaged line. An electrician was wounded and taken to the Novhorod-Siverskyi hospital; the crew's vehicle was damaged.

"The lads had the wire up and were tightening the clamps when the first mine landed about fifty metres away," said Volodymyr Hordiienko, technical director of Desna Power Networks. "Work in the border villages will continue only with the military's permission."

In accordance with the instruction of NEC Ukrenergo, from today, 3 November, hourly outage schedules apply throughout Chernihiv region. Consumers are disconnected by queues 1 to 6; check your queue in the personal account or on the outage map.

From tomorrow the schedules may change depending on the situation in the power system; we will publish the new version in the evening. We ask consumers to limit the use of powerful appliances between 17:00 and 23:00.
Call centre: 0 800 00 00 00 · Telegram bot: @desna_power_bot
Licence of the NEURC for electricity distribution No. 000
© 2022 Desna Power Networks
"""
DOC = {"id": "ld13", "date": "2022-11-03", "source": "Desna Power Networks (regional electricity distribution operator, notice)",
       "url": "https://desna-power.example/news/2022-11-03-outage-schedules", "text": TEXT}

D, Y = "2022-11-03", "2022-11-02"
OP = "Desna Power Networks"
EVENTS = [
    E("ld13-1", ADS, D, H("Novhorod-Siverskyi", "Novhorod-Siverskyi district"), "RU", "UA", claimant=OP,
      weapons=[W("drone", "Shahed-136")],
      note="'On the night of 2 to 3 November, Shahed-136 attack drones struck a 110 kV substation in the "
           "Novhorod-Siverskyi district': the night is dated by its later day (3 Nov); a substation somewhere in the "
           "district = precision 2; casualties not stated"),
    E("ld13-2", DIS, D, H("Novhorod-Siverskyi", "Novhorod-Siverskyi and 31 villages"), "RU", "UA", parent="ld13-1",
      claimant=OP,
      note="'22,400 consumers in the town of Novhorod-Siverskyi and in 31 villages of the district have been "
           "disconnected': the town and the district -> precision 2 at the town (a precision-1 answer at the town is "
           "within 10 km)"),
    E("ld13-3", MAS, Y, H("Semenivka", "near Semenivka"), "RU", "UA", claimant=OP, weapons=[W("artillery")],
      note="'Yesterday, 2 November, at about 17:30, shelling from the territory of the Russian Federation damaged a "
           "10 kV overhead line near Semenivka': near X = precision 2 (Semenivka 694590, Chernihiv oblast); the firing "
           "position in Russia is not the place hit"),
    E("ld13-4", DIS, Y, H("Semenivka", "Semenivka hromada"), "RU", "UA", parent="ld13-3", claimant=OP,
      note="'Fourteen villages of the Semenivka hromada lost power; nine of them were reconnected by this morning': "
           "a partial reconnection does not undo the outage; dated by the strike (2 November)"),
    E("ld13-5", MAS, Y, H("Hremiach", "near Hremiach"), "RU", "UA", inj=N(1), claimant=OP, weapons=[W("artillery")],
      note="'Yesterday afternoon, our repair crew came under mortar fire near Hremiach … An electrician was wounded' -> "
           "2 November, precision 2, 1 injured"),
    E("ld13-6", DIS, D, R("UA-74", "Chernihiv region"), None, None, claimant=OP,
      note="'from today, 3 November, hourly outage schedules apply throughout Chernihiv region': a regional "
           "consumption restriction in force on the publication day, sides null (blind44 ku09); policy accepted",
      family=["policy_decision"]),
]
# Not events: the crews' repair work 'as soon as the pyrotechnicians allow access' (plan), 'Work in the border villages
# will continue only with the military's permission' (conditional), schedules that 'may change' from tomorrow and the
# new version 'in the evening' (future), the request to limit appliances (appeal), the electrician taken to hospital
# (part of ld13-5). Masthead, operator line, menu, breadcrumb, date line, call-centre line, licence line and © are
# furniture; 'Dear consumers!' stays as text.
STATEMENTS = [
    S("Volodymyr Hordiienko", "UA", "were tightening the clamps when the first mine landed",
      "technical director, Desna Power Networks"),
]
MUST_NOT = ["DESNA POWER NETWORKS", "Distribution system operator of Chernihiv region",
            "Outage map | Schedules | Report an outage | Personal account | Contacts", "News › Notices to consumers",
            "03.11.2022 · 08:05", "Call centre: 0 800 00 00 00 · Telegram bot: @desna_power_bot",
            "Licence of the NEURC for electricity distribution No. 000", "© 2022 Desna Power Networks"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
