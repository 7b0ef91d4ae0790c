from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, INT, DIS, TER, AGR, DIP, ARR

TITLE = "February 2026 in review: the coldest month, an exchange of 150, and a front that moved by one village"
TEXT = """BORDERLAND REVIEW
Eastern Europe, explained
World | Ukraine | Russia | Belarus | Moldova | Baltics | Reviews | Newsletter
Reviews › Month in review › Ukraine
February 2026 in review: the coldest month, an exchange of 150, and a front that moved by one village
Monday, 2 March 2026 · By Lotte Brandvold and Serhiy Kravets
Listen to this article (14 min)
Table of contents
→ The month in one paragraph
→ The air war
→ The ground war
→ Talks about talks
→ Prisoners, visitors and arrests
→ The numbers
→ What to watch in March

The month in one paragraph
February was the fourth winter month of the war's fourth full year, and the coldest in Kyiv since 2012. Russia used the cold: its largest attack of the month fell on a night of minus 19 degrees, and for the rest of February it struck the grid and the gas system at a steady rhythm, while its infantry pushed slowly, and at great cost, in the Donetsk region. Ukraine answered with drones against Russian oil, and the two sides, for all the talk of talks, agreed on nothing except another exchange of prisoners.

The air war
The heaviest night came early. Overnight on 2 to 3 February, Russia launched 412 drones and 38 missiles, among them six Kinzhal aeroballistic missiles, according to Ukraine's air force, which reported that 366 drones and 29 missiles were shot down. In Kyiv, a cruise missile hit a sixteen-storey residential building in the Obolonskyi district in the early hours of 3 February. Five people were killed, among them a nine-year-old girl, and 23 were injured. The same attack damaged a combined heat and power plant on the left bank, and some 600 apartment blocks there were left without heating until the evening of 5 February, while outside the temperature did not rise above minus 12.

"We slept in our coats, the three of us in one bed, and in the morning the water in the kettle was ice," said Hanna Pylypchuk, a pensioner from the Darnytskyi district whose block was among those without heating.

After that night, Russia changed its method rather than its targets. Instead of one large attack a week, it sent 80 to 150 drones almost every night, a rhythm that kept the repair crews permanently behind. The largest of these smaller attacks, on 26 February, was aimed at Odesa: drones hit a high-voltage substation on the outskirts of the city, and about 160,000 households in Odesa lost power, some of them for more than thirty hours.

Ukraine's own strikes reached further than ever. On 21 February, Ukrainian drones set fire to the oil terminal and refinery in Tuapse on Russia's Black Sea coast; the Krasnodar region's governor said a worker at the terminal had been killed. It was the third attack on Tuapse since the autumn. Analysts at the Oslo Energy Observatory estimate that, taken together, Ukrainian drone strikes kept between 12 and 17 per cent of Russia's refining capacity offline throughout February.

"The refineries are where the Russian economy and the Russian army share a pipe," said Erlend Moe, who leads the observatory's Russia programme. "Each time the pipe is cut, both of them feel it."

The ground war
The front line moved less in February than in any month since the summer, for the simple reason that the ground was frozen solid and almost bare of cover. Russian units advanced where they had already been advancing, north and east of Dobropillia, and took heavy losses doing it. The only settlement that changed hands was Shakhove: on 17 February, the Ukrainian General Staff confirmed that its units had withdrawn from the village to positions further west "to preserve the lives of personnel."

"Shakhove was a street and a half of broken houses. We held it for eleven weeks, and in the last week there was nothing left to hold," said Captain Andrii Sytnyk, whose company was among the last to leave.

Elsewhere, the Russian Ministry of Defence continued to announce captures that the available footage did not show, among them Bilozerske, which it first claimed in January. Around Kupiansk and in the Zaporizhzhia region, fighting went on at the same intensity as in January without changing the map. Both sides continued to use glide bombs and drones against towns near the front, and Kostiantynivka, which has had no water supply since the autumn, was shelled on most days of the month.

Talks about talks
The diplomatic calendar was full and produced nothing. The idea of a partial ceasefire covering energy infrastructure, first floated by Washington in January, was discussed by envoys of both sides in the Gulf at least twice during the month, according to people familiar with the meetings; neither government would confirm when or where they took place. Moscow insists that any pause must also cover Russian refineries and ports, which Kyiv refuses as long as Russian strikes on Ukrainian gas fields continue. The European Union's loan for Ukraine's 2026 budget is still being negotiated, and its first tranche is expected in April, if no member state blocks it.

"An energy ceasefire is the one deal both sides could sign tomorrow, which is exactly why neither will sign it before the other has run out of things to hit," said Agnieszka Rudnicka, who follows the negotiations at the Kraków Institute of Eastern Affairs.

Prisoners, visitors and arrests
On 11 February, Ukraine and Russia exchanged 150 prisoners of war each in a swap mediated by the United Arab Emirates; it was the first exchange of the year. Kyiv says more than 8,000 Ukrainians remain in Russian captivity, a figure Moscow does not confirm.

The fourth anniversary of the full-scale invasion brought the usual procession of visitors to Kyiv. The Finnish prime minister arrived on the morning of 24 February and spent the afternoon in talks with the president about air defence and about rebuilding the power grid. Two other heads of government who had been expected cancelled their trips at the last minute, citing the security situation.

In Russia, the FSB said on 13 February that it had detained a 23-year-old man in Kursk who, according to the service, had been sending photographs of air-defence positions to Ukrainian intelligence via a messenger app. Human-rights lawyers say that most such cases rest on confessions obtained under pressure; the FSB has announced similar detentions in the border regions almost every week since 2024.

The numbers
• Drones launched by Russia in February, according to Ukraine's air force: about 5,100
• Missiles: 196
• Guided aerial bombs: about 4,300
• Civilians killed, according to the UN monitoring mission's preliminary figures: at least 171
• Civilians injured: at least 820

Two deaths from January were added to the month's toll. The Russian drone strike on a city bus in Kherson on 28 January, which had killed two passengers on the spot, has now killed four, after two of the wounded died in hospital in the first week of February.

What to watch in March
The spring thaw will turn the fields of the Donetsk region to mud in March, and both sides will likely shift even more of the fighting to drones. Ukraine expects the first of the additional Patriot batteries promised in January to arrive before the end of the month; if they do, Kyiv and Odesa are likely to be covered first. The next round of talks on a partial ceasefire for energy infrastructure is scheduled for mid-March in Istanbul, although neither side has said who will attend.
Map: Front line on 28 February 2026. Red: Russian-controlled; dark red: Russian gains in February; blue dots: places named in this review
Source: Borderland Review map desk, based on geolocated footage
Related reviews: January 2026 in review · December 2025 in review
Borderland Review is reader-funded. Subscribe for €5 a month
© 2026 Borderland Review
"""
DOC = {"id": "ln08", "date": "2026-03-02", "source": "Borderland Review (regional affairs site, month in review)",
       "url": "https://borderland-review.example/reviews/2026/02/ukraine-february-2026-in-review", "text": TEXT}


def d(dd):
    return f"2026-02-{dd:02d}"


WAVE = "ln08-1"
EVENTS = [
    E(WAVE, MAS, d(3), C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("drone", launched=N(412)), W("missile", launched=N(38))],
      note="'Overnight on 2 to 3 February, Russia launched 412 drones and 38 missiles, among them six Kinzhal' -> 3 Feb "
           "(the night's later day); one country event typed by the missiles; the six Kinzhals are inside the 38, not a "
           "separate count"),
    E("ln08-2", INT, d(3), C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Ukrainian Air Force",
      weapons=[W("drone", intercepted=N(366)), W("missile", intercepted=N(29))],
      note="'366 drones and 29 missiles were shot down'"),
    E("ln08-3", MAS, d(3), L("Kyiv"), "RU", "UA", parent=WAVE, fat=N(5), inj=N(23), weapons=[W("cruise_missile")],
      note="'In Kyiv, a cruise missile hit a sixteen-storey residential building in the Obolonskyi district in the early "
           "hours of 3 February. Five people were killed … and 23 were injured' (district = the city)"),
    E("ln08-4", MAS, d(3), L("Kyiv"), "RU", "UA", parent=WAVE, family=[ADS],
      note="'The same attack damaged a combined heat and power plant on the left bank' -> a second site hit in Kyiv, its "
           "own child of the wave (blind53 call 6: sites in one city are separate events); the weapon that hit it is not "
           "said -> both strike types"),
    E("ln08-5", DIS, d(3), L("Kyiv"), "RU", "UA", parent="ln08-4", prec="range", end=d(5),
      note="'The same attack damaged a combined heat and power plant on the left bank, and some 600 apartment blocks … "
           "were left without heating until the evening of 5 February' -> a heating cut 3–5 Feb (range)"),
    E("ln08-6", ADS, d(26), H("Odesa", "outskirts of Odesa"), "RU", "UA", weapons=[W("drone")],
      note="'The largest of these smaller attacks, on 26 February, was aimed at Odesa: drones hit a high-voltage "
           "substation on the outskirts of the city' -> outskirts = precision 2; the nightly '80 to 150 drones almost "
           "every night' is a habit, not a wave with a day"),
    E("ln08-7", DIS, d(26), L("Odesa"), "RU", "UA", parent="ln08-6",
      note="'about 160,000 households in Odesa lost power, some of them for more than thirty hours' -> an outage caused by "
           "the strike, dated by it (no end day given)"),
    E("ln08-8", ADS, d(21), L("Tuapse"), "UA", "RU", fat=N(1), weapons=[W("drone")], claimant="Krasnodar region governor",
      note="'On 21 February, Ukrainian drones set fire to the oil terminal and refinery in Tuapse … a worker at the "
           "terminal had been killed' -> UA -> RU, 1 killed; Tuapse 480716 (RU-KDA); 'the third attack on Tuapse since "
           "the autumn' is history"),
    E("ln08-9", TER, d(17), L("Shakhove"), "RU", "UA", claimant="Ukrainian General Staff",
      note="'on 17 February, the Ukrainian General Staff confirmed that its units had withdrawn from the village' -> a "
           "confirmed change of control on the day it was confirmed, the gaining side RU as actor1; Shakhove 698641 "
           "(Donetsk oblast)"),
    E("ln08-10", AGR, d(11), C(None, "undisclosed"), "UA", "RU",
      note="'On 11 February, Ukraine and Russia exchanged 150 prisoners of war each in a swap mediated by the United Arab "
           "Emirates' -> an agreement without a place"),
    E("ln08-11", DIP, d(24), L("Kyiv"), "FI", "UA",
      note="'The Finnish prime minister arrived on the morning of 24 February and spent the afternoon in talks with the "
           "president' -> the "
           "visitor who held talks as actor1, at Kyiv; the two cancelled trips are negations"),
    E("ln08-12", ARR, d(13), L("Kursk"), "RU", None, claimant="FSB",
      note="'the FSB said on 13 February that it had detained a 23-year-old man in Kursk' -> no other day given: the claim "
           "day; arrest by RU, actor2 null (blind51 call 7); 'almost every week since 2024' is habit"),
    E("ln08-13", ADS, "2026-01-28", L("Kherson"), "RU", "UA", fat=N(4), weapons=[W("drone")],
      note="recap with its own date: 'The Russian drone strike on a city bus in Kherson on 28 January, which had killed "
           "two passengers on the spot, has now killed four' -> the 28 January event with its latest toll; the deaths in "
           "hospital are no events of their own"),
    E("ln08-14", DIP, d(1), C(None, "the Gulf (place not named)"), "UA", "RU", prec="month", end=d(28), optional=True,
      note="'discussed by envoys of both sides in the Gulf at least twice during the month … neither government would "
           "confirm when or where they took place': real contacts without a day or a place -> optional, month precision"),
]
# Optional: the envoys' Gulf meetings (ln08-14; month, no place).
# Not events: the month in one paragraph (summary, 'the coldest in Kyiv since 2012'); the nightly rhythm of '80 to 150
# drones almost every night' (habit); the refining capacity 'kept … offline throughout February' (estimate); 'the third
# attack on Tuapse since the autumn' (history); the frozen front and the advances 'north and east of Dobropillia' without
# a day (trend); the MoD's Bilozerske claim 'first claimed in January' (no day here); fighting 'at the same intensity'
# around Kupiansk and in Zaporizhzhia, glide bombs and drones on towns, Kostiantynivka 'shelled on most days of the month'
# and without water 'since the autumn' (habit, state); 'more than 8,000 Ukrainians remain in Russian captivity' (state);
# 'the first exchange of the year' (comparison); the envoys' meetings 'in the Gulf at least twice', undated and
# unconfirmed (ln08-14, optional), Moscow's and Kyiv's conditions, the EU loan 'expected in April, if' (plan,
# conditional); the anniversary; 'Two other heads of government … cancelled their trips'
# (negation); the lawyers' view and the FSB's detentions 'almost every week since 2024' (opinion, habit); The numbers
# (month totals of drones, missiles, bombs, killed and injured: not events); the deaths in hospital 'in the first week of
# February' (the toll of ln08-13); What to watch in March (forecast, plans: the thaw, the Patriots 'expected … if', the
# talks 'scheduled for mid-March in Istanbul').
STATEMENTS = [
    S("Hanna Pylypchuk", "UA", "the water in the kettle was ice", "pensioner, Darnytskyi district of Kyiv"),
    S("Erlend Moe", None, "The refineries are where the Russian economy and the Russian army share a pipe",
      "head of the Russia programme, Oslo Energy Observatory"),
    S("Agnieszka Rudnicka", None, "the one deal both sides could sign tomorrow",
      "Kraków Institute of Eastern Affairs"),
    S("Andrii Sytnyk", "UA", "in the last week there was nothing left to hold", "company commander"),
]
# Not gold: the General Staff's fragment "to preserve the lives of personnel".
MUST_NOT = ["BORDERLAND REVIEW", "Eastern Europe, explained",
            "World | Ukraine | Russia | Belarus | Moldova | Baltics | Reviews | Newsletter",
            "Reviews › Month in review › Ukraine", "Monday, 2 March 2026 · By Lotte Brandvold and Serhiy Kravets",
            "Listen to this article (14 min)", "Table of contents", "→ The month in one paragraph", "→ The air war",
            "→ The ground war", "→ Talks about talks", "→ Prisoners, visitors and arrests", "→ The numbers", "→ What to watch in March",
            "Map: Front line on 28 February 2026. Red: Russian-controlled; dark red: Russian gains in February; blue dots: "
            "places named in this review",
            "Source: Borderland Review map desk, based on geolocated footage",
            "Related reviews: January 2026 in review · December 2025 in review",
            "Borderland Review is reader-funded. Subscribe for €5 a month", "© 2026 Borderland Review"]

EVIDENCE = {
    "ln08-1": "Overnight on 2 to 3 February, Russia launched 412 drones and 38 missiles, among them six Kinzhal aeroballistic missiles, according to Ukraine's air force",
    "ln08-2": "366 drones and 29 missiles were shot down",
    "ln08-3": "In Kyiv, a cruise missile hit a sixteen-storey residential building in the Obolonskyi district in the early hours of 3 February.",
    "ln08-5": "some 600 apartment blocks there were left without heating until the evening of 5 February",
    "ln08-4": "The same attack damaged a combined heat and power plant on the left bank",
    "ln08-6": "The largest of these smaller attacks, on 26 February, was aimed at Odesa: drones hit a high-voltage substation on the outskirts of the city",
    "ln08-7": "about 160,000 households in Odesa lost power, some of them for more than thirty hours",
    "ln08-8": "On 21 February, Ukrainian drones set fire to the oil terminal and refinery in Tuapse on Russia's Black Sea coast",
    "ln08-9": "on 17 February, the Ukrainian General Staff confirmed that its units had withdrawn from the village to positions further west",
    "ln08-10": "On 11 February, Ukraine and Russia exchanged 150 prisoners of war each in a swap mediated by the United Arab Emirates",
    "ln08-11": "The Finnish prime minister arrived on the morning of 24 February and spent the afternoon in talks with the president",
    "ln08-12": "the FSB said on 13 February that it had detained a 23-year-old man in Kursk",
    "ln08-14": "was discussed by envoys of both sides in the Gulf at least twice during the month",
    "ln08-13": "The Russian drone strike on a city bus in Kherson on 28 January, which had killed two passengers on the spot, has now killed four",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
