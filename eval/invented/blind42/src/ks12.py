from common import E, L, R, C, N, W, S, gold

TITLE = "The Evening Wire: Four years on, Kinzhals over Kyiv and leaders on the night train"
TEXT = """Trouble reading this email? Open it in your browser
THE EVENING WIRE
Tuesday, 24 February 2026
The Evening Wire: Four years on, Kinzhals over Kyiv and leaders on the night train
Written by Jasper Quayle and Nneka Obi in London. Forwarded this email? Sign up here.

Good evening. Four years after Russia launched its full-scale invasion of Ukraine, the anniversary was marked the way most days in Ukraine are now marked: with an overnight attack, a morning of funerals and an afternoon of speeches. Below, what happened today, what it means, and the rest of the world's news. Around 9 minutes to read.

TODAY'S BIG STORY: FOUR YEARS OF WAR

The night before. Russia attacked Ukraine overnight with three Kinzhal hypersonic missiles and 160 drones, Ukraine's air force said this morning. Air defences shot down two of the missiles and 131 of the drones. In Kyiv, debris from a downed drone fell on a residential building in the Obolonskyi district, injuring three people. In Odesa, drones hit an energy facility, leaving about 40,000 households without power this morning; by the afternoon, the regional administration said, supplies had been restored to most of them.

The visitors. The Danish and Estonian prime ministers arrived in Kyiv by overnight train this morning and met the Ukrainian president at a wreath-laying ceremony at the wall of remembrance at St Michael's Monastery. The three leaders then held talks on air defence and on Ukraine's path to EU membership. Several other leaders joined by video link. Last year's anniversary brought a dozen leaders to Kyiv; this year's smaller turnout, one diplomat told us, "is about the travel risk, not the commitment."

The sanctions. EU foreign ministers, meeting in Brussels, adopted the bloc's 20th package of sanctions against Russia on Monday, after Hungary dropped its objection in exchange for an exemption for its nuclear power plant. The package targets 120 more tankers of Russia's shadow fleet and, for the first time, bans imports of Russian liquefied natural gas under long-term contracts from 2027.

The strike on Russia. Ukrainian naval and aerial drones attacked the oil terminal at Novorossiysk on Russia's Black Sea coast overnight, Ukraine's General Staff said. The authorities in Krasnodar region said a fire broke out at the port after a drone attack and that two workers were injured; loadings at the terminal were suspended for the day. Brent crude rose by 2 per cent in early trading (more in Markets, below).

The front. A Russian guided bomb hit the Industrialnyi district of Kharkiv this afternoon, injuring four people, the regional governor said. Ukraine's General Staff reported 187 clashes along the front over the past day, most of them in the Kostiantynivka and Huliaipole directions. Russia's defence ministry did not claim any new village today, which is unusual.

The numbers. After four years, the UN's human rights monitors say at least 15,000 civilians have been killed in Ukraine, a figure they consider a significant undercount. Around 3.7 million Ukrainians are displaced inside the country and almost 7 million live abroad as refugees. Neither side publishes its military losses; Western estimates put combined casualties, killed and wounded, well above a million.

What they said. The Ukrainian president said in an address at the monastery that "four years ago they gave us three days; we have given them four years, and we will give them as many as it takes." In Moscow, the Kremlin spokesman said the goals of the "special military operation" remained unchanged and that Russia was "open to any talks that take account of reality."

What it means. Analysts see little prospect of a ceasefire before the summer. "Both sides still believe time is on their side, and that is the definition of a war that does not end," said Tomasz Wrzesniewski of the Warsaw-based Centre for Eastern Security. Talks between US, Ukrainian and Russian officials, which have met three times since December, are due to resume in Abu Dhabi next month. A new prisoner exchange could take place "in the coming days," Ukraine's human rights commissioner said.

Also from the region. A Moscow court sentenced a theatre director to six years in prison on Monday for "discrediting the army" over a play about a soldier who deserts. In Georgia, police in Tbilisi detained more than 40 people during a protest against a new law on foreign funding on Monday night.

THE WAR IN NUMBERS
- 1,461: days since the full-scale invasion began.
- About 19 per cent: the share of Ukraine's internationally recognised territory that Russia occupies, including Crimea and the parts of Donbas it seized in 2014, almost unchanged from a year ago.
- 5,400 sq km: the area Russian forces have captured over the past twelve months, according to open-source mapping groups, roughly the size of a large English county.
- More than 48,000: the number of drones Russia launched at Ukraine in 2025, about four times as many as in 2024.

READER QUESTION
"Why is it still called a 'special military operation' in Russia?" asks Dilys from Swansea. The term was chosen by the Kremlin on the first day of the invasion and is still required in Russian official language; describing the conflict as a "war" in public can lead to prosecution under laws passed in March 2022. Officials have occasionally slipped, and the Kremlin spokesman himself once described the situation as a war in 2024, but the official term has not changed. Independent Russian media, most of which now work from abroad, call it a war.

AROUND THE WORLD

Sudan. A drone strike on a market in El Obeid, in North Kordofan state, killed at least 22 people on Monday, according to a local doctors' group. The army and the paramilitary Rapid Support Forces blamed each other. The war in Sudan, now in its third year, has displaced more than 12 million people.

Myanmar. The military government carried out an air strike on a village in the Sagaing region on Sunday, killing at least 11 people including children, according to a local resistance group. The military said it had targeted "terrorist" fighters.

Mozambique. Floods after a week of heavy rain have killed at least 37 people in the central provinces, the disaster management agency said on Tuesday. More than 80,000 people have been moved to temporary shelters.

Japan. A magnitude 6.2 earthquake struck off the coast of Hokkaido early on Tuesday. There were no reports of serious damage, and a tsunami advisory was lifted after two hours.

Colombia. Campaigning for the presidential election on 31 May formally began on Tuesday, with eleven candidates registered.

SPORT
Football. Shakhtar Donetsk, who have played their home matches in Lviv, Hamburg, Warsaw and Gelsenkirchen since 2014, beat Lech Poznan 2-1 in the Conference League play-off on Tuesday evening and will meet Fiorentina in the last 16. Their manager dedicated the win "to everyone who has not been able to go home for twelve years."

Tennis. Ukraine's Elina Kovalchuk reached the quarter-finals of the Dubai Championships, wearing a blue-and-yellow ribbon on her cap, and said afterwards that she had not slept much the night before because her parents in Odesa had spent it in a corridor.

MARKETS
Brent crude closed up 1.8 per cent at $74.20 a barrel after the attack on Novorossiysk. European gas prices fell on the EU's decision to phase out Russian LNG more slowly than some member states had wanted. The FTSE 100 closed flat; the euro was little changed against the dollar.

ONE MORE THING
In Lviv, the city's oldest café reopened today after a two-year renovation. Its owners said they had chosen the anniversary deliberately. "We wanted people to have a place to sit together today," one of them said.

That's all for tonight. The Morning Wire lands at 6am.
Sponsored: Learn a language in 15 minutes a day with Parla
You're receiving this because you subscribed to The Evening Wire. Unsubscribe | Manage preferences
The Evening Wire, 14 Farringdon Yard, London EC1M 3JQ
"""
DOC = {"id": "ks12", "date": "2026-02-24", "source": "The Evening Wire (daily e-mail newsletter)",
       "url": "https://eveningwire.example/newsletters/2026-02-24", "text": TEXT}

D, Y = "2026-02-24", "2026-02-23"
EVENTS = [
    E("ks12-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("ballistic_missile", "Kinzhal", launched=N(3)), W("drone", launched=N(160))],
      note="'overnight with three Kinzhal hypersonic missiles and 160 drones': the country wave (Kinzhal is an "
           "air-launched ballistic missile)"),
    E("ks12-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="ks12-1",
      weapons=[W("ballistic_missile", intercepted=N(2)), W("drone", intercepted=N(131))],
      note="'shot down two of the missiles and 131 of the drones'"),
    E("ks12-3", "air_drone_strike", D, L("Kyiv"), "RU", "UA", parent="ks12-1", inj=N(3), weapons=[W("drone")],
      note="drone debris in the Obolonskyi district (= the city), three injured"),
    E("ks12-4", "air_drone_strike", D, L("Odesa"), "RU", "UA", parent="ks12-1", weapons=[W("drone")],
      note="drones hit an energy facility in Odesa"),
    E("ks12-5", "infrastructure_disruption", D, L("Odesa"), "RU", "UA", parent="ks12-4",
      note="'about 40,000 households without power this morning' (restored to most by the afternoon: the same outage)"),
    E("ks12-6", "diplomatic_contact", D, L("Kyiv"), None, "UA",
      note="the Danish and Estonian prime ministers met the Ukrainian president in Kyiv and held talks: one meeting at "
           "the named venue; two foreign governments -> actor1 null"),
    E("ks12-7", "policy_decision", Y, L("Brussels"), None, "RU",
      note="EU foreign ministers 'meeting in Brussels, adopted the bloc's 20th package of sanctions … on Monday' (23 Feb): "
           "a decision of the EU, not of one country -> the named venue of the meeting; actor1 null (no state)"),
    E("ks12-8", "air_drone_strike", D, L("Novorossiysk"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      note="naval and aerial drones on the Novorossiysk oil terminal overnight; the Krasnodar authorities' fire at the "
           "port, two workers injured = the same event; the Markets line repeats it"),
    E("ks12-9", "infrastructure_disruption", D, L("Novorossiysk"), "UA", "RU", parent="ks12-8", optional=True,
      note="'loadings at the terminal were suspended for the day': an economic consequence, optional"),
    E("ks12-10", "air_drone_strike", D, L("Kharkiv"), "RU", "UA", inj=N(4), weapons=[W("guided_bomb")],
      note="guided bomb on the Industrialnyi district 'this afternoon', four injured"),
    E("ks12-11", "armed_clash", Y, C("UA", "Ukraine"), "RU", "UA", end=D, prec="range", agg=True, optional=True,
      note="'187 clashes along the front over the past day': front-wide count, optional"),
    E("ks12-12", "arrest", Y, L("Moscow"), "RU", "RU", optional=True,
      note="a Moscow court sentenced a theatre director 'on Monday' for 'discrediting the army': a sentence, not a "
           "detention, but tied to the war; optional"),
]
# Not events: the anniversary framing ('Four years after Russia launched its full-scale invasion', no day given);
# the funerals and speeches; supplies restored in Odesa (the same outage); 'Several other leaders joined by video
# link'; last year's anniversary with a dozen leaders (history), the diplomat's quote (unnamed); Hungary's dropped
# objection and the nuclear exemption, the LNG ban 'from 2027' (content of the decision, future); Brent crude
# rising (markets); 'Russia's defence ministry did not claim any new village today' (negation); the UN's 15,000
# civilians, displaced and refugees, Western casualty estimates (cumulative); the president's and the Kremlin
# spokesman's quotes (title-only statements); the analyst's 'little prospect of a ceasefire before the summer'
# (forecast); talks 'met three times since December' (tally), 'due to resume in Abu Dhabi next month' (future), a
# prisoner exchange 'could take place in the coming days' (future); the Tbilisi detentions of protesters (not this
# war); AROUND THE WORLD: the drone strike on a market in El Obeid (Sudan's war), the air strike in Sagaing
# (Myanmar's war), floods in Mozambique, the Hokkaido earthquake, Colombia's campaign (not events of this war, no
# gold, blind39 call 9); MARKETS (the oil price after Novorossiysk repeats the strike); ONE MORE THING (the café in
# Lviv reopening); THE WAR IN NUMBERS (1,461 days, occupied share, area captured over twelve months, drones in 2025:
# statistics); READER QUESTION (the term, laws 'passed in March 2022', a slip 'in 2024': history, no war event); SPORT
# (Shakhtar's exile since 2014, a football match and a tennis match; the player's parents 'spent it in a corridor'
# alludes to the night's wave, no new event).
STATEMENTS = [
    S("Tomasz Wrzesniewski", None, "that is the definition of a war that does not end",
      "analyst, Centre for Eastern Security, Warsaw"),
]
MUST_NOT = ["Trouble reading this email? Open it in your browser", "THE EVENING WIRE", "Tuesday, 24 February 2026",
            "Written by Jasper Quayle and Nneka Obi in London. Forwarded this email? Sign up here.",
            "That's all for tonight. The Morning Wire lands at 6am.",
            "Sponsored: Learn a language in 15 minutes a day with Parla",
            "You're receiving this because you subscribed to The Evening Wire. Unsubscribe | Manage preferences",
            "The Evening Wire, 14 Farringdon Yard, London EC1M 3JQ"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
