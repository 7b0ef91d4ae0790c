from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine: The Week — missiles, mud and a trip to London"
TEXT = """THE LANTERN REVIEW
Weekend Edition · World · Europe · Ukraine
Ukraine: The Week — missiles, mud and a trip to London
This article is part of our series "Ukraine: The Week", published every Saturday morning.
Audio version available · 14 min 🎧
By Corinne Aldous-Marsh
11 February 2023
Gift this article

Every week brings its own mix of the brutal and the bureaucratic. This one had both in unusual measure: the largest Russian missile barrage of the year so far, a grinding fight for the villages north of Bakhmut, and a president who spent more time in Western capitals than at home. Here is how the week unfolded, day by day.

Over the past week, according to Ukraine's air force, Russia launched 66 missiles and 71 attack drones at Ukrainian territory. The General Staff in Kyiv reported more than 400 Russian ground attacks along the front over the same period, most of them around Bakhmut, Vuhledar and Kreminna. Those are the headline numbers; the days themselves tell a more uneven story.

Sunday, February 5

The week began with a prisoner exchange. Ukraine and Russia swapped prisoners of war on Sunday, with 116 Ukrainians returning home in exchange for 63 Russian servicemen, according to the head of the Ukrainian presidential office. Among the returning Ukrainians were defenders of Mariupol and soldiers captured near Bakhmut. "Every one of them was waited for, every one of them is home," said Oksana Yurchenko, who coordinates support for the families of prisoners in the western city of Rivne and who met one of the buses. The exchange was mediated by the United Arab Emirates, officials said, but neither side disclosed where it took place.

In Kherson, which Ukraine recaptured in November, the day ended the way most days there now end. Russian artillery shelled the city from across the Dnipro on Sunday afternoon, killing two people and injuring four, the regional military administration said. A shell hit a bus stop near the central market.

Monday, February 6

On Monday, attention shifted to Vuhledar, a mining town on a hill in southern Donetsk region that Russian forces have been trying to take since the autumn. Ukrainian units repelled a Russian assault near Vuhledar on Monday, a spokesman for the eastern group of forces said, and drone footage released by a Ukrainian marine brigade showed several Russian armoured vehicles burning in a field south of the town. Russian military bloggers, usually quick to celebrate, were notably quiet. One of them wrote that the attack had been "prepared by people who have never seen a map."

Later that night, Russian forces fired S-300 missiles at Kharkiv. The regional governor said two missiles hit an industrial site in the city shortly before midnight, causing a fire but no casualties.

Tuesday, February 7

Tuesday belonged to Bakhmut and the villages around it. The Wagner Group's founder claimed that his fighters had taken Krasna Hora, a village on the northern edge of Bakhmut. Ukraine's General Staff did not confirm the loss and said on Tuesday evening that fighting for the village was continuing. Independent analysts said the claim was plausible but unproven.

Krasna Hora matters because the road from Bakhmut to Siversk runs past it. If Russian forces hold the village, the Ukrainian garrison in Bakhmut will depend on a single paved road to the west, and that road is already within range of Russian artillery. Ukrainian commanders have said for weeks that they will hold the town as long as it costs the attackers more than the defenders, a calculation that outsiders cannot check.

In the north, Russian mortar fire on the Vorozhba community in Sumy region injured two residents on Tuesday, the regional administration said. Shelling across the border has become a daily feature of life in Sumy's frontier villages since Russian troops withdrew from the region last April, and the authorities have urged residents to leave.

Wednesday, February 8

On Wednesday, Ukraine's president flew to London on his second trip abroad since the full-scale invasion. He met the British prime minister and addressed both houses of parliament in Westminster Hall, asking for "wings for freedom" — combat aircraft. The British government announced on Wednesday that it would begin training Ukrainian pilots on NATO-standard jets, though it stopped short of promising any aircraft. A British minister later told the BBC that sending jets was "not off the table." Whether the training announcement becomes a delivery is another question; in 2022, Western governments took months to move from training Ukrainian crews to sending the equipment itself.

Thursday, February 9

From London the president went to Paris for a late-night dinner and on Thursday to Brussels, where he met the leaders of the European Union at a summit and addressed the European Parliament. The summit produced warm words and a promise to speed up a tenth sanctions package but no decisions; the package is expected to be agreed around the anniversary of the invasion.

Across the border, the governor of Russia's Belgorod region said that Ukrainian shelling of the town of Shebekino on Thursday injured one woman and damaged several houses. Ukraine did not comment.

The Russian Defence Ministry claimed on Thursday that its forces had destroyed a HIMARS launcher near Kramatorsk. The claim could not be verified, and the ministry has announced the destruction of more HIMARS launchers than the United States has sent.

Friday, February 10

Then, on Friday morning, came the barrage. Russia fired 61 cruise and other missiles and 24 Shahed drones at Ukraine in several waves between early morning and midday, the air force said, and air defences shot down 38 of the missiles and 19 of the drones. Missiles of the Kh-101 and Kalibr types made up most of the attack. Air raid sirens sounded across the whole country for more than five hours.

The southern city of Zaporizhzhia was hit by S-300 missiles in the early morning; the city council said energy infrastructure was damaged but nobody was hurt. In the Khmelnytskyi region in the west, missiles hit an energy facility, causing a fire, the regional governor said. In Kharkiv, a missile hit an electricity substation and injured one worker. In Kryvyi Rih, a missile struck a private house and killed a 65-year-old woman, the head of the city's military administration said.

The grid operator Ukrenergo introduced emergency power cuts in Kyiv, Kharkiv, Odesa, Dnipropetrovsk, Zaporizhzhia and Khmelnytskyi regions on Friday afternoon. Engineers restored most supplies by evening, but scheduled outages will continue over the weekend.

One of the Kalibr missiles crossed the airspace of neighbouring Moldova on its way to western Ukraine. Moldova's foreign ministry summoned the Russian ambassador in Chișinău on Friday to protest. "This is an unacceptable violation of our sovereignty," said the Moldovan deputy foreign minister, Teodor Vrabie, after the meeting.

Saturday, February 11

Overnight, Russian artillery shelled the town of Beryslav on the right bank of the Dnipro, injuring a 58-year-old man, the regional administration said on Saturday morning.

What it means

It would be easy to read the week as a stalemate: Russia lobbing missiles at power stations, Ukraine lobbying for jets, the front line around Bakhmut moving by a few hundred metres. But stalemates rarely stay still. Western officials expect a Russian offensive in the coming weeks, with the first anniversary of the invasion on February 24 as an obvious date for the Kremlin to show success. Ukraine, for its part, is preparing brigades for a counter-offensive in the spring, and Western tanks are due to begin arriving by the end of March.

The missile barrages have a logic of their own. Russia began striking Ukraine's power grid in October, and it has repeated the exercise roughly every two weeks since. Each barrage is smaller than the ones in the autumn, suggesting that Moscow is running short of modern missiles; each also costs Ukraine interceptors it cannot easily replace. If Russia continues at this pace, Ukraine could exhaust its stock of some air defence missiles by the summer, warned a Western official. That is one reason the president asked for jets in London: aircraft can shoot down cruise missiles over areas that ground-based air defences cannot cover.

The fight for Bakhmut, meanwhile, has become the longest battle of the war. Russian forces have attacked the town since last summer, and the Wagner Group has spent thousands of convicts recruited from Russian prisons on it. Its military value is debated; its symbolic value to both sides is not.

The diplomatic half of the week may prove more consequential than the military one. A year ago, Western capitals were debating whether to send Ukraine helmets and anti-tank missiles; this week they debated fighter jets, and nobody in London or Brussels ruled them out. Each taboo that falls makes the next one easier to break, and Ukraine's diplomats have learned to push on all of them at once.

Next week: the Munich Security Conference, NATO defence ministers in Brussels and, possibly, a decision on a new Western aid package. We will be back on Saturday.

Corrections policy · Contact the editor · Republishing rules
Edited by Fergus Hale. Additional reporting by Nadiia Shevchuk in Kyiv.
© The Lantern Review Ltd 2023
"""
DOC = {"id": "kb02", "date": "2023-02-11", "source": "The Lantern Review (weekly magazine)",
       "url": "https://lanternreview.example.com/world/ukraine-the-week-2023-02-11", "text": TEXT}

WK = ("2023-02-05", "2023-02-11")
EVENTS = [
    E("kb02-1", "missile_artillery_strike", WK[0], C("UA", "Ukraine"), "RU", "UA", prec="week", end=WK[1], agg=True,
      weapons=[W("missile", launched=N(66)), W("drone", launched=N(71))],
      note="'Over the past week … 66 missiles and 71 attack drones' in a Saturday round-up: week 5-11 Feb, aggregate "
           "with counts (required)"),
    E("kb02-2", "armed_clash", WK[0], C("UA", "Ukraine"), "RU", "UA", prec="week", end=WK[1], agg=True, optional=True,
      note="'more than 400 Russian ground attacks … over the same period': a front-wide tally without place, optional"),
    E("kb02-3", "agreement", "2023-02-05", C(None, "undisclosed location"), "UA", "RU",
      note="prisoner exchange on Sunday (116 for 63) = agreement; place not disclosed (country null); UAE mediation is "
           "not a place of the event"),
    E("kb02-4", "missile_artillery_strike", "2023-02-05", L("Kherson"), "RU", "UA", fat=N(2), inj=N(4),
      weapons=[W("artillery")], note="Sunday afternoon shelling of Kherson: 2 killed, 4 injured; 'recaptured in "
                                     "November' is history without a day"),
    E("kb02-5", "armed_clash", "2023-02-06", L("Vuhledar", 2, "near Vuhledar"), "RU", "UA",
      note="Russian assault repelled near Vuhledar on Monday; burning vehicles 'south of the town' are the same fight"),
    E("kb02-6", "missile_artillery_strike", "2023-02-06", L("Kharkiv"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("missile", "S-300", launched=N(2))],
      note="'Later that night' under Monday, 'shortly before midnight': Monday 6 Feb; S-300 against a ground target = "
           "missile strike; 'no casualties' = 0/0"),
    E("kb02-7", "territory_change", "2023-02-07", L("Krasna Hora"), "RU", "UA", claimant="Wagner Group founder",
      note="Wagner capture claim (Tuesday heading) = territory_change dated the claim's day (blind8 call 8)"),
    E("kb02-8", "armed_clash", "2023-02-07", L("Krasna Hora"), "RU", "UA",
      note="General Staff: 'fighting for the village was continuing' on Tuesday evening = a clash"),
    E("kb02-9", "missile_artillery_strike", "2023-02-07", L("Vorozhba", 2, "Vorozhba community"), "RU", "UA", inj=N(2),
      weapons=[W("artillery")], note="mortar fire on the Vorozhba community: a hromada = precision 2 at the town"),
    E("kb02-10", "diplomatic_contact", "2023-02-08", L("London"), "UA", "GB",
      note="president's visit to London, meeting with the prime minister, address to parliament: one contact"),
    E("kb02-11", "policy_decision", "2023-02-08", L("London"), "GB", "UA",
      note="British announcement of pilot training on Wednesday (a decision taken); 'not off the table' is not one"),
    E("kb02-12", "diplomatic_contact", "2023-02-08", C("FR", "France"), "UA", "FR", optional=True,
      note="the late-night dinner in Paris: undated between Wednesday and Thursday, no counterpart named — optional"),
    E("kb02-13", "diplomatic_contact", "2023-02-09", L("Brussels"), "UA", None,
      note="EU summit meeting in Brussels on Thursday; 'no decisions', the package 'expected' later is no event"),
    E("kb02-14", "missile_artillery_strike", "2023-02-09", L("Shebekino"), "UA", "RU", inj=N(1),
      weapons=[W("artillery")], note="Belgorod governor: Ukrainian shelling of Shebekino on Thursday, one woman injured"),
    E("kb02-15", "missile_artillery_strike", "2023-02-09", L("Kramatorsk", 2, "near Kramatorsk"), "RU", "UA",
      family=["air_drone_strike"], claimant="Russian Defence Ministry",
      note="MoD claim of a destroyed HIMARS near Kramatorsk: weapon not said (rule 4: both strike types); the sceptical "
           "aside does not remove the claimed event"),
    E("kb02-16", "missile_artillery_strike", "2023-02-10", C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("cruise_missile", launched=N(61)), W("drone", "Shahed-136", launched=N(24))],
      note="Friday barrage: one wave at country level; '61 cruise and other missiles' typed cruise_missile (Kh-101 and "
           "Kalibr named)"),
    E("kb02-17", "interception", "2023-02-10", C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("cruise_missile", intercepted=N(38)), W("drone", "Shahed-136", intercepted=N(19))],
      note="air defences shot down 38 missiles and 19 drones"),
    E("kb02-18", "missile_artillery_strike", "2023-02-10", L("Zaporizhzhia"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("missile", "S-300")], parent="kb02-16", note="S-300s on Zaporizhzhia, 'nobody was hurt'"),
    E("kb02-19", "missile_artillery_strike", "2023-02-10", R("UA-68", "Khmelnytskyi region"), "RU", "UA",
      weapons=[W("missile")], parent="kb02-16", note="energy facility in the region (no town named): precision 3"),
    E("kb02-20", "missile_artillery_strike", "2023-02-10", L("Kharkiv"), "RU", "UA", inj=N(1), weapons=[W("missile")],
      parent="kb02-16", note="substation hit, one worker injured"),
    E("kb02-21", "missile_artillery_strike", "2023-02-10", L("Kryvyi Rih"), "RU", "UA", fat=N(1),
      weapons=[W("missile")], parent="kb02-16", note="private house hit, one woman killed"),
    E("kb02-22", "infrastructure_disruption", "2023-02-10", C("UA", "Ukraine"), "RU", "UA", parent="kb02-16",
      note="emergency cuts in six listed regions = one country-level disruption (blind16 call 5); scheduled outages "
           "'over the weekend' are part of it"),
    E("kb02-23", "diplomatic_contact", "2023-02-10", L("Chisinau"), "MD", "RU",
      note="Moldova summoned the Russian ambassador on Friday over the airspace crossing; the crossing itself has no "
           "place or effect in Moldova named (not coded)"),
    E("kb02-24", "missile_artillery_strike", "2023-02-11", L("Beryslav"), "RU", "UA", inj=N(1),
      weapons=[W("artillery")], note="'Overnight' in a Saturday-morning piece = 11 Feb"),
]
STATEMENTS = [
    S("Oksana Yurchenko", "UA", "Every one of them was waited for, every one of them is home"),
    S("Teodor Vrabie", "MD", "This is an unacceptable violation of our sovereignty", role="deputy foreign minister"),
]
MUST_NOT = ["THE LANTERN REVIEW", "Weekend Edition · World · Europe · Ukraine",
            "This article is part of our series \"Ukraine: The Week\", published every Saturday morning.",
            "Audio version available · 14 min 🎧", "By Corinne Aldous-Marsh", "11 February 2023", "Gift this article",
            "Corrections policy · Contact the editor · Republishing rules",
            "Edited by Fergus Hale. Additional reporting by Nadiia Shevchuk in Kyiv.",
            "© The Lantern Review Ltd 2023"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
