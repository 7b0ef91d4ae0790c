from common import E, L, R, C, N, W, S, gold

TITLE = "'The sky is the front now': a week with a drone crew on the Zaporizhzhia front"
TEXT = """FJORDPOSTEN INTERNATIONAL
Reportage
Words: Ingrid Helle · Photos: Magnus Rø
Print edition: 5 September 2023, pages 12–15
'The sky is the front now': a week with a drone crew on the Zaporizhzhia front
Serhii Tkachenko was a wedding photographer in Zaporizhzhia before the war. Now, from a basement a few kilometres behind the front line south of Orikhiv, he flies small drones over Russian trenches, looking for targets for his brigade's artillery — and sometimes dropping grenades himself.

"I still think in frames and light. Only now, if I get the picture wrong, someone dies," he says, adjusting the antenna on a battered laptop. He is 34 and goes by the call sign Bober.

His crew of four works in shifts of 48 hours. Every night they drive to a new position, hide the car under netting, and launch from a tree line. Russian electronic warfare jams their signal several times a day, and the crew builds many of its drones from parts bought by volunteers.

A drone operator of the 65th brigade prepares a quadcopter in a basement near Orikhiv on Friday. Photo: Magnus Rø/Fjordposten
The crew's proudest moment came last Thursday, when Tkachenko guided a drone that dropped two grenades on a Russian armoured vehicle near Verbove; the video, which he showed us, ends with the vehicle on fire. The brigade later posted it on its Telegram channel.

The work is not one-sided. Russian Lancet loitering munitions hunt for the same tree lines, and the crew lost a car to one in July. On Sunday night, Russian artillery shelled Orikhiv, where the crew sleeps between shifts, destroying the house next door. No one was hurt; the neighbours left the town last year.

Tkachenko's commander, Major Oleksandr Hrytsai, says drones have changed how both sides fight. "A year ago a platoon could hide in a forest for a week. Today, if you stand still for an hour, you are seen," he says. He worries about what happens if the Russians bring more jammers to this sector: "Then we go back to binoculars."

Tkachenko was wounded once, near Bakhmut in the winter, and spent two months in hospital in Dnipro. He does not like to talk about it. What would he do after the war? He laughs. "Weddings. Only weddings. With no drones over them."

The counteroffensive in the south has moved slowly since it began in June, and officers here speak in hundreds of metres, not kilometres.

This reportage was supported by the Fritt Ord foundation.
Read the Norwegian version ›
Share ✉ ⤴
"""
DOC = {"id": "kf10", "date": "2023-09-05", "source": "Fjordposten International (Norwegian newspaper, English edition)",
       "url": "https://fjordposten.example/international/reportage/drone-crew-zaporizhzhia-front", "text": TEXT}

EVENTS = [
    E("kf10-1", "air_drone_strike", "2023-08-31", L("Verbove", 2, "near Verbove"), "UA", "RU", weapons=[W("drone")],
      note="'last Thursday' in a Tuesday paper = 31 Aug; a drone dropping grenades on a vehicle = air_drone_strike "
           "(grenade drop by drone, not a grenade attack); 'near Verbove' = precision 2"),
    E("kf10-2", "missile_artillery_strike", "2023-09-03", L("Orikhiv"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("artillery")], note="'On Sunday night, Russian artillery shelled Orikhiv' = 3 Sep; 'No one was hurt' = 0/0"),
    E("kf10-3", "armed_clash", "2022-12-01", L("Bakhmut", 2, "near Bakhmut"), None, None, end="2023-02-28",
      prec="range", optional=True, note="the operator's wounding 'near Bakhmut in the winter': vague recalled "
      "event, optional"),
    E("kf10-4", "air_drone_strike", "2023-07-01", R("UA-23", "Zaporizhzhia region"), "RU", "UA", end="2023-07-31",
      prec="month", optional=True, weapons=[W("drone", "Lancet")],
      note="'the crew lost a car to one [a Lancet] in July': vague recalled event (month only, no place beyond the "
           "sector), optional"),
]
# Not events: the habitual nightly routine and jamming, the caption photo 'on Friday' (a photo, not an incident), 'if the Russians bring more
# jammers' (conditional), the counteroffensive 'since June' (history), the question.
STATEMENTS = [
    S("Serhii Tkachenko", "UA", "if I get the picture wrong, someone dies", "drone operator"),
    S("Oleksandr Hrytsai", "UA", "if you stand still for an hour, you are seen", "major, commander"),
]
MUST_NOT = ["FJORDPOSTEN INTERNATIONAL", "Reportage", "Words: Ingrid Helle · Photos: Magnus Rø",
            "Print edition: 5 September 2023, pages 12–15", "This reportage was supported by the Fritt Ord foundation.",
            "Read the Norwegian version ›", "Share ✉ ⤴"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
