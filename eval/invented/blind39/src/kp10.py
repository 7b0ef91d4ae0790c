from common import E, L, R, C, N, W, S, gold

TITLE = "Morning Brief: Zaporizhzhia in the dark, a refinery fire in Tuapse, and floods in Portugal"
TEXT = """View this email in your browser
THE DAILY COMPASS
MORNING BRIEF
Wednesday 26 November 2025
Morning Brief: Zaporizhzhia in the dark, a refinery fire in Tuapse, and floods in Portugal
Good morning. It's Wednesday. Here's what you need to know to start your day, in six minutes or less.
Written by Mirela Constantin in London, with Anders Holm in Copenhagen
Forwarded this email? Sign up here.

UKRAINE
Another night of drones and missiles. Russia attacked Ukraine overnight with 104 drones and six Kalibr cruise missiles, Ukraine's Air Force said this morning. Air defences shot down 88 drones and five of the missiles. The main target was Zaporizhzhia, where a strike on an energy facility left about 60,000 households without electricity and heating, the regional governor said. In Kharkiv, a missile hit an industrial site in the city's east, injuring five workers.

Why it matters: this is the fourth large attack on Ukraine's energy system this month, and temperatures in the south-east are expected to fall below zero by the weekend. Ukraine's grid operator has already introduced scheduled power cuts in most regions since early November. If the attacks continue at this rate, analysts warn, eastern cities could face outages of 16 hours a day in December.

Ukraine strikes back. Ukrainian drones attacked the oil refinery in Tuapse, on Russia's Black Sea coast, late on Tuesday, setting a processing unit on fire, the Krasnodar region's emergency headquarters said. No one was hurt. Ukraine's General Staff confirmed the strike this morning and said it was part of a campaign against "the fuel that feeds Russia's war machine." Tuapse's refinery has been hit several times this year and has repeatedly halted exports.

On the front line. Ukraine's General Staff counted 187 combat clashes over the past day. The heaviest fighting was near Pokrovsk, where Russian forces have pushed into the town's northern districts in recent weeks, and near Huliaipole in the Zaporizhzhia region. "They come in groups of two or three, on motorcycles, in the rain. We stop most of them. Most is not all," Bohdan Kyrylenko, a Ukrainian battalion commander near Pokrovsk, told a Ukrainian television channel.

Diplomacy. Ukraine's foreign minister met his Turkish counterpart in Ankara on Tuesday to discuss Black Sea shipping and a possible new round of prisoner exchanges. The two ministers said Turkey was "ready to host" talks, but no date was set. Meanwhile, EU leaders will discuss on Thursday how to use frozen Russian assets to fund Ukraine next year; diplomats say a decision is unlikely before December.

THE BIG PICTURE
Winter, again. For the fourth winter running, Russia is trying to break Ukraine's energy system before the coldest months. The pattern is familiar by now: large combined attacks every week or ten days, aimed at power plants, substations and gas production, with smaller drone raids in between to exhaust air defence. What has changed is the scale. Russia now launches more drones in a single night than it did in a whole month in the winter of 2022, and Ukraine has far fewer Soviet-era power plants left to repair. Engineers have become adept at patching the grid within hours, but every repair uses up spare parts that are hard to replace.

Ukraine has tried to answer in kind. Its long-range drone campaign against Russian refineries and fuel depots has become more systematic this autumn, and Russian officials have acknowledged fuel shortages in several regions. Whether either side can force the other to change course by hitting its energy is doubtful; the history of strategic bombing suggests that populations adapt. But the cost for civilians is real, and it will grow as temperatures fall.

Quote of the day: "We will get through this winter the way we got through the others — with generators, with blankets and with each other." — the mayor of Zaporizhzhia, speaking to local television.

YOUR QUESTIONS
"Why does Russia fire so few missiles compared with drones?" asks a reader in Leeds. Missiles are expensive and Russia produces a limited number each month — Western estimates range from a few dozen to about a hundred long-range missiles. Drones are cheap and are now produced by the thousand. Russia therefore tends to save its missiles for large combined attacks, using drones first to draw out and exhaust Ukrainian air defence, and then firing missiles at the targets it most wants to destroy. Some nights, like last night, the missiles come in small numbers; on others, Russia fires dozens at once. Military analysts expect the number of missiles per attack to grow as the winter goes on, as it did last year.

AROUND THE WORLD
Portugal: Heavy rain caused flooding across northern Portugal on Tuesday, forcing about 3,000 people from their homes in the Braga and Porto districts. Two people died when their car was swept off a road, the civil protection agency said.
Sudan: A drone strike on a crowded market in the city of El Obeid killed at least 14 people on Monday, according to local activists. The paramilitary Rapid Support Forces and the army blamed each other.
Georgia: Police in Tbilisi detained 31 people overnight as thousands protested against the government for the 360th consecutive day, the interior ministry said.
Myanmar: An air strike by the military on a village in Sagaing region killed nine people, including four children, a local resistance group said. The military did not comment.
Peru: A magnitude 6.1 earthquake struck off the northern coast on Tuesday evening. There were no immediate reports of damage or casualties.
Chile: The two candidates in next month's presidential run-off held their only televised debate, trading accusations over crime and immigration.
Climate: Negotiators in Brazil closed the UN climate summit with a deal on adaptation finance, but without a commitment to phase out fossil fuels.

MARKETS
European stocks closed slightly higher on Tuesday; Brent crude rose 1.2 per cent to $64.10 a barrel after the Tuapse strike.

SPORT
Football: Bayern Munich beat Arsenal 3-1 in the Champions League.

ONE MORE THING
A zoo in Wrocław has named its newborn giraffe "Spokój" — Polish for "calm" — after a public vote.

That's all for today. See you tomorrow.
Sponsored: Learn a language in 10 minutes a day with Lingotrail. Try it free for 30 days.
You are receiving this email because you subscribed to The Daily Compass. Unsubscribe | Manage preferences
The Daily Compass Ltd, 14 Fenwick Street, London
"""
DOC = {"id": "kp10", "date": "2025-11-26", "source": "The Daily Compass (morning e-mail newsletter)",
       "url": "https://dailycompass.example/briefs/2025-11-26", "text": TEXT}

D, Y = "2025-11-26", "2025-11-25"
EVENTS = [
    E("kp10-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(104)), W("cruise_missile", "Kalibr", launched=N(6))],
      note="'overnight with 104 drones and six Kalibr cruise missiles' in a Wednesday-morning brief = publication day; "
           "combined wave typed by its heaviest weapon"),
    E("kp10-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kp10-1",
      weapons=[W("drone", intercepted=N(88)), W("cruise_missile", intercepted=N(5))],
      note="'shot down 88 drones and five of the missiles'"),
    E("kp10-3", "missile_artillery_strike", D, L("Zaporizhzhia"), "RU", "UA", parent="kp10-1",
      family=["air_drone_strike"],
      note="'a strike on an energy facility' in Zaporizhzhia: weapon not said -> both types (blind37 kn13)"),
    E("kp10-4", "infrastructure_disruption", D, L("Zaporizhzhia"), "RU", "UA", parent="kp10-3",
      note="'about 60,000 households without electricity and heating'"),
    E("kp10-5", "missile_artillery_strike", D, L("Kharkiv"), "RU", "UA", parent="kp10-1", inj=N(5),
      weapons=[W("missile")], note="'a missile hit an industrial site in the city's east, injuring five workers'"),
    E("kp10-6", "air_drone_strike", Y, L("Tuapse"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="Tuapse refinery 'late on Tuesday' (25 Nov): fire; 'No one was hurt' = 0/0; the General Staff's "
           "confirmation is the same event; the Markets line repeats it"),
    E("kp10-7", "armed_clash", Y, L("Pokrovsk", 2), "RU", "UA", end=D, prec="range",
      note="'The heaviest fighting was near Pokrovsk' 'over the past day': past-day range (ANNOTATION rule 6), "
           "precision 2; the push into the northern districts 'in recent weeks' is background"),
    E("kp10-8", "armed_clash", Y, L("Huliaipole", 2), "RU", "UA", end=D, prec="range",
      note="'… and near Huliaipole in the Zaporizhzhia region' over the past day"),
    E("kp10-9", "armed_clash", Y, C("UA", "Ukraine"), "RU", "UA", end=D, prec="range", agg=True, optional=True,
      note="'187 combat clashes over the past day': a country tally of the General Staff, optional (blind34 ki03)"),
    E("kp10-10", "diplomatic_contact", Y, L("Ankara"), "UA", "TR",
      note="Ukraine's foreign minister met his Turkish counterpart 'in Ankara on Tuesday': the named venue"),
]
# Not events (war): 'the fourth large attack … this month' (tally), temperatures, scheduled power cuts 'since early
# November' (ongoing, no day), 'If the attacks continue … could face' (forecast); Tuapse 'hit several times this year'
# and the halted exports; Pokrovsk 'in recent weeks'; Kyrylenko's quote (statement); Turkey 'ready to host', 'no date
# was set'; EU leaders 'will discuss on Thursday', 'a decision is unlikely before December' (plans); the oil price.
# Not events of this war (the brief's rule: only Russia-Ukraine war events are annotated; the items under 'AROUND THE
# WORLD', 'SPORT' and 'ONE MORE THING' are article text, not furniture, and give no gold events even when they describe
# violence or protest elsewhere): the floods in northern Portugal (2 dead), the drone strike on a market in El Obeid,
# Sudan (another war), the detentions of protesters in Tbilisi, Chile's debate, the climate summit deal, the football
# result, the giraffe; the air strike in Sagaing, Myanmar (another war); the earthquake off Peru. THE BIG PICTURE is
# analysis (weekly rhythm, scale compared with 2022, Ukraine's refinery campaign 'this autumn', fuel shortages, the
# history of strategic bombing); the mayor's quote of the day (title only, no gold statement); YOUR QUESTIONS
# (production estimates, habitual tactics, 'like last night' repeats the wave, 'expect … to grow' forecast).
STATEMENTS = [
    S("Bohdan Kyrylenko", "UA", "We stop most of them. Most is not all", "Ukrainian battalion commander near Pokrovsk"),
]
MUST_NOT = ["View this email in your browser", "THE DAILY COMPASS", "MORNING BRIEF", "Wednesday 26 November 2025",
            "Written by Mirela Constantin in London, with Anders Holm in Copenhagen",
            "Forwarded this email? Sign up here.",
            "Sponsored: Learn a language in 10 minutes a day with Lingotrail. Try it free for 30 days.",
            "You are receiving this email because you subscribed to The Daily Compass. Unsubscribe | Manage preferences",
            "The Daily Compass Ltd, 14 Fenwick Street, London"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
