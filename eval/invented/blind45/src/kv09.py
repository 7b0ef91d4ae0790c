from common import E, L, R, C, N, W, S, gold

TITLE = "Daybreak: Missiles on Dnipro's rail depot, a swap agreed in Geneva, and the rest of your world"
TEXT = """Is this email not displaying correctly? Open it in your browser
THE DAYBREAK DISPATCH
Wednesday, 27 May 2026
Daybreak: Missiles on Dnipro's rail depot, a swap agreed in Geneva, and the rest of your world
Written this morning by Cosmo Ferreira-Lund and Anneke Vos. Forwarded this by a friend? Sign up here

Good morning. Ukraine first today, then a long look at the rest of the world, where the news this week has not been kind either.

THE WAR OVERNIGHT
Russia attacked Ukraine overnight with four Iskander-M ballistic missiles and 187 drones, the Ukrainian air force said at 8am. Air defence brought down three of the missiles and 154 of the drones. In Dnipro, a ballistic missile hit a railway depot on the city's left bank, injuring three workers, the regional governor said; trains through the city were running up to three hours late this morning. In Kyiv, debris from a downed drone set fire to parked cars in the Holosiivskyi district. There were no casualties, the city administration said.

Yesterday afternoon a guided bomb struck a residential block in Kharkiv's Kholodnohirskyi district, killing one woman and injuring seven people. It was the third guided bomb on the city centre in a week. The mayor of Kharkiv, who has asked for more air defence for months, said the city would not "get used to this."

Ukrainian drones struck the oil refinery at Kstovo, outside Nizhny Novgorod, overnight. The regional governor said a fire had broken out in "an industrial zone" and that no one had been injured. Russia's defence ministry said its air defences destroyed 89 Ukrainian drones over Russian regions during the night, 30 of them over the Nizhny Novgorod region. Kstovo, about 800 kilometres from the border, is one of the largest refineries in central Russia; it was last hit in the winter.

THE TALKS
Ukrainian and Russian delegations met in Geneva on Tuesday for a fourth round of technical talks under Swiss and Turkish mediation. The talks produced no movement on a ceasefire, but the two sides agreed to exchange 500 prisoners of war each and to return the bodies of fallen soldiers, the Swiss foreign ministry said in the evening. No date for the exchange was announced; previous swaps have taken place within two to three weeks of such agreements.

A Ukrainian negotiator, Olha Datsiuk, told reporters after the session: "We came for a ceasefire and we are leaving with a prisoner list. That is not nothing, but it is not what we came for." Russia's delegation did not speak to the press.

The European Union is expected to decide next month whether to extend its sanctions on Russia for another six months. Hungary has again threatened to block the extension unless some of its citizens are removed from the list, as it did in January and in July of last year.

ALSO FROM UKRAINE
Ukraine's parliament is due to vote on Thursday on a bill that would lower the age at which men can volunteer for short-term contracts. The government says the change could bring in tens of thousands of recruits; critics say it will do little to fix the army's shortage of infantry. Separately, the state energy company said it did not expect scheduled power cuts this summer unless Russia resumed large-scale attacks on generating capacity.

THE WAR IN FIGURES
4: Iskander-M missiles fired overnight. 187: drones. 1,553: days since the full-scale invasion. 19 per cent: the share of Ukraine's territory under Russian occupation, according to Ukrainian estimates, almost unchanged since the end of 2022.

READER QUESTION
Several of you asked why Ukraine keeps attacking refineries so far from the front rather than the airfields closer to it. The short answer, according to the Ukrainian officials we spoke to, is that refineries are large, fixed and hard to protect, while airfields are dispersed and defended by Russia's best air defence systems. Fuel made at refineries like Kstovo also earns Russia export revenue. Ukraine began striking Russian refineries with long-range drones in early 2024, and the campaign has grown every year since. Whether it has changed anything on the battlefield is disputed: Russian fuel exports have fallen, but Russia's army has never been short of diesel.

WHAT WE ARE READING
A long essay in a Ukrainian weekly argues that the front will not move much before the autumn, and that both armies are now built for a war of drones rather than of manoeuvre. If that is right, the essay says, the next year of the war will look much like the last one: slow, costly and fought mostly by machines.

ELSEWHERE IN THE WORLD
Sudan. A drone strike on a livestock market in the North Darfur town of Mellit killed at least 30 people on Monday, local activists said. The Rapid Support Forces and the Sudanese army blamed each other. The war in Sudan, which began in April 2023, has displaced more than twelve million people.

Myanmar. The military government announced on Tuesday that it would extend a state of emergency in several regions for another six months, days after resistance forces claimed to have captured a border crossing with Thailand.

Haiti. Gangs attacked a police station in the commune of Mirebalais on Monday night, killing two officers, according to Haiti's police union. The Kenyan-led security mission said it had sent reinforcements.

The Sahel. Gunmen killed at least 14 soldiers in an attack on an army post in northern Burkina Faso on Sunday, the army said.

Philippines. Typhoon Bising made landfall on the island of Luzon on Tuesday evening, forcing more than 200,000 people from their homes. Four people have died so far.

Colombia. Voters go to the polls on Sunday in the first round of a presidential election that polls show as too close to call.

Democratic Republic of Congo. Rebels of the M23 movement said on Monday that they had taken control of a mining town in South Kivu province after two days of fighting with the army. The government in Kinshasa denied the claim.

Yemen. The Houthi movement said it had fired a missile at a commercial ship in the Red Sea on Tuesday. The ship's operator said the vessel was undamaged and continued its voyage.

Europe. Dutch and Belgian police said on Tuesday that they had arrested four people suspected of planning arson attacks on warehouses on behalf of a foreign intelligence service. Prosecutors did not name the country, and no link to the war in Ukraine has been confirmed.

Science. Astronomers in Chile have published the first full-colour images from a new survey telescope, showing a galaxy cluster some four billion light years away.

MARKETS
Oil prices rose about 2 per cent in Asian trading after the strike on Kstovo, before falling back. European shares opened flat. The euro is little changed against the dollar.

SPORT
Shakhtar Donetsk, who have played their home games away from Donetsk since 2014, won the Ukrainian cup final on Tuesday night. In tennis, the French Open enters its fourth day.

ON THIS DAY
On 27 May 1703, Peter the Great founded the city of St Petersburg on the marshes of the Neva delta.

QUOTE OF THE DAY
"We came for a ceasefire and we are leaving with a prisoner list."

That's it for this morning. We'll be back tomorrow.
Sponsored: Learn a language in 15 minutes a day. Try Parlando free for 30 days
You are receiving this email because you subscribed to The Daybreak Dispatch. Manage your preferences or unsubscribe.
The Daybreak Dispatch, 14 Old Quay Street, Bristol BS1 4DB, United Kingdom
"""
DOC = {"id": "kv09", "date": "2026-05-27", "source": "The Daybreak Dispatch (morning e-mail newsletter)",
       "url": "https://daybreakdispatch.example/newsletter/2026-05-27", "text": TEXT}

D, Y = "2026-05-27", "2026-05-26"
EVENTS = [
    E("kv09-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(4)), W("drone", launched=N(187))],
      note="'overnight with four Iskander-M ballistic missiles and 187 drones' (the newsletter's morning = 27 May): "
           "the country wave; THE WAR IN FIGURES repeats the counts"),
    E("kv09-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kv09-1",
      weapons=[W("ballistic_missile", intercepted=N(3)), W("drone", intercepted=N(154))],
      note="'brought down three of the missiles and 154 of the drones'"),
    E("kv09-3", "missile_artillery_strike", D, L("Dnipro"), "RU", "UA", parent="kv09-1", inj=N(3),
      weapons=[W("ballistic_missile")],
      note="'a ballistic missile hit a railway depot on the city's left bank, injuring three workers'"),
    E("kv09-4", "infrastructure_disruption", D, L("Dnipro"), "RU", "UA", parent="kv09-3", optional=True,
      note="'trains through the city were running up to three hours late': a minor consequence, optional (blind42 "
           "ks03's delays)"),
    E("kv09-5", "air_drone_strike", D, L("Kyiv"), "RU", "UA", parent="kv09-1", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="drone debris set fire to cars in the Holosiivskyi district (= the city); 'There were no casualties' = 0/0"),
    E("kv09-6", "air_drone_strike", Y, L("Kharkiv"), "RU", "UA", fat=N(1), inj=N(7), weapons=[W("guided_bomb")],
      note="'Yesterday afternoon' (26 May) guided bomb on a residential block in the Kholodnohirskyi district (= the "
           "city), 1 k 7 w; 'the third guided bomb on the city centre in a week' is a tally"),
    E("kv09-7", "air_drone_strike", D, L("Kstovo"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="drones on the Kstovo refinery 'overnight'; the governor's fire in 'an industrial zone' with 'no one had been "
           "injured' is the same event, 0/0; MARKETS repeats it; 'last hit in the winter' is history"),
    E("kv09-8", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(89))],
      claimant="Russian MoD", note="'destroyed 89 Ukrainian drones over Russian regions during the night'"),
    E("kv09-9", "interception", D, R("RU-NIZ", "Nizhny Novgorod Oblast"), "RU", "UA", parent="kv09-8",
      weapons=[W("drone", intercepted=N(30))], claimant="Russian MoD",
      note="'30 of them over the Nizhny Novgorod region'"),
    E("kv09-10", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the Ukrainian drone attack on Russia as a whole that night: optional"),
    E("kv09-11", "diplomatic_contact", Y, L("Geneva"), None, None,
      note="'Ukrainian and Russian delegations met in Geneva on Tuesday for a fourth round of technical talks under "
           "Swiss and Turkish mediation': a meeting at the named venue, sides null (blind41 kr12)"),
    E("kv09-12", "agreement", Y, L("Geneva"), "UA", "RU", family=["diplomatic_contact"],
      note="'the two sides agreed to exchange 500 prisoners of war each and to return the bodies': the deal reached at "
           "the meeting is an agreement at Geneva (blind41 kr12); the exchange itself is future, no date"),
]
# Not events: the greeting; the third guided bomb 'in a week' (tally); the mayor asking for air defence 'for months'
# and his quote (title-only); Kstovo 'last hit in the winter' (history without a day), its distance; 'no movement on a
# ceasefire' (negation); 'No date for the exchange was announced', previous swaps 'within two to three weeks'
# (habitual); the negotiator's quote (and QUOTE OF THE DAY repeating it); 'Russia's delegation did not speak';
# ALSO FROM UKRAINE (the vote 'due … on Thursday', 'could bring in', power cuts 'unless Russia resumed': future,
# conditional); the EU 'expected to decide next month' (future), Hungary's threat and its blocking 'in January and in July of last
# year' (conditional, history without days); THE WAR IN FIGURES (repeats, 1,553 days, occupied share since 2022);
# READER QUESTION (refineries vs airfields, the campaign 'in early 2024' and 'every year since': history, habitual,
# negation); WHAT WE ARE READING (forecast, 'If that is right … will look'); ELSEWHERE IN THE WORLD (the drone strike on a
# market in Mellit on Monday (Sudan's war), Myanmar's state of emergency and the border crossing claim, the gang
# attack in Mirebalais on Monday night (Haiti), the attack in northern Burkina Faso on Sunday, the typhoon on Luzon,
# Colombia's election 'on Sunday' (future), the M23 claim in South Kivu on Monday (Congo's war), the Houthi
# missile on Tuesday (the Red Sea), the Dutch and Belgian arrests on Tuesday (no link to this war confirmed, no
# country named), the telescope images: not events of this war, no gold even with days,
# blind39 call 9); MARKETS; SPORT (Shakhtar 'away from Donetsk since 2014', the cup final, the French Open); ON THIS
# DAY (1703); the sponsored line.
STATEMENTS = [
    S("Olha Datsiuk", "UA", "We came for a ceasefire and we are leaving with a prisoner list", "Ukrainian negotiator"),
]
MUST_NOT = ["Is this email not displaying correctly? Open it in your browser",
            "THE DAYBREAK DISPATCH",
            "Wednesday, 27 May 2026",
            "Written this morning by Cosmo Ferreira-Lund and Anneke Vos. Forwarded this by a friend? Sign up here",
            "That's it for this morning. We'll be back tomorrow.",
            "Sponsored: Learn a language in 15 minutes a day. Try Parlando free for 30 days",
            "You are receiving this email because you subscribed to The Daybreak Dispatch. Manage your preferences or unsubscribe.",
            "The Daybreak Dispatch, 14 Old Quay Street, Bristol BS1 4DB, United Kingdom"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
