from common import E, L, R, C, N, W, S, gold

TITLE = "Missiles on Zaporizhzhia, claims and counter-claims near Bakhmut: the weekend in Ukraine's war"
TEXT = """The Halloran Observer
World | Europe | US | Americas | Asia | Australia | Middle East | Africa | Ukraine | Environment | Science
Ukraine
Missiles on Zaporizhzhia, claims and counter-claims near Bakhmut: the weekend in Ukraine's war
A week after Russia's biggest missile barrage of the war, strikes on cities and power plants continued while the fighting in Donetsk province ground on
Helen Carrow in Kyiv and Tom Ellery
Sun 16 Oct 2022 18.40 BST
Last modified on Sun 16 Oct 2022 20.02 BST
Share

A firefighter works at the site of a Russian missile strike in Zaporizhzhia on Saturday. Photograph: Serhii Vovk/APN

For a second weekend in a row, Ukrainians spent much of Saturday and Sunday listening to air-raid sirens. The missiles came in smaller numbers than the barrage of the previous Monday, but they kept coming, and officials in Kyiv said the pattern was now clear: Russia was trying to take down the country's power grid before winter.

Strikes on cities and the grid

On Saturday morning, Russian missiles struck an energy facility in the Kyiv region, the regional governor said, adding that no one had been hurt. Power and water supplies were cut in parts of the region for several hours while engineers rerouted electricity.

Later that day, Russian forces fired S-300 anti-aircraft missiles at Zaporizhzhia, hitting an infrastructure facility and a row of private houses. One man was killed and five people were injured, among them a 14-year-old girl, according to the city council.

"We ran into the corridor and then the windows came in. My neighbour was still in her garden," said Halyna Moroz, 67, who lives two streets from where one of the missiles hit. "We have stopped counting the explosions."

Late on Friday, a Shahed drone hit a two-storey building in Mykolaiv, injuring one person. On Sunday morning, Ukraine's southern command said six Iranian-made Shahed-136 drones had been shot down over the Mykolaiv region.

Over the past week, Russia has fired more than 150 missiles and over 90 Shahed drones at Ukraine, according to the Ukrainian General Staff, and about 30% of the country's power stations have been damaged since last Monday, according to the energy minister. Russia's president said on Friday that there was no need for further massive strikes "for now".

Across the Dnipro river from the Russian-occupied nuclear power plant, the town of Nikopol was shelled again on Sunday afternoon. A 52-year-old woman was killed in her yard and a gas pipeline was damaged, the regional governor said. Russian forces have used the plant's grounds as cover for artillery, according to Ukrainian officials, and residents of Nikopol have lived under almost nightly fire since July.

Residents clear debris from a damaged house in Zaporizhzhia on Sunday.
Photograph: Anatolii Stepanov/APN

The front line

In the east, the fighting around Bakhmut remained the fiercest on the front line. Russia's defence ministry said on Saturday that its forces had captured the villages of Opytne, south of Bakhmut, and Zaitseve, east of the city. Ukraine's General Staff said on Sunday that its troops had repelled Russian attacks near both villages, and a local commander told the Observer that Opytne was "grey zone" - contested by both sides.

"They come in waves, mostly the Wagner people, and they do not care how many they lose," said Maj Andriy Pylypenko, a battalion commander in the area. "We hold our positions."

Further south, Ukraine's counteroffensive in the Kherson region has slowed after rapid gains at the start of the month. Kyiv says it has retaken about 75 settlements in the province since 1 October. The Moscow-installed authorities in Kherson said on Saturday they were ready to move some residents to Russia and asked for Moscow's help, a step Ukrainian officials called an attempt to scare people into leaving.

Across the border

In Russia, the governor of the Belgorod region said Ukrainian shelling had damaged an electricity substation in the city of Belgorod on Saturday evening, cutting power to several districts. There were no reports of casualties. Kyiv does not usually comment on such claims.

Russian officials also said that repairs of the Crimean bridge, damaged by a blast earlier this month, were ahead of schedule. Moscow has blamed Ukraine's intelligence services for the blast, which Kyiv has neither confirmed nor denied.

What comes next

Nato defence ministers are due to discuss air defence for Ukraine in the coming days, and the EU is expected to approve a military training mission for Ukrainian soldiers on Monday. Germany has sent the first of four IRIS-T air defence systems it promised, and Kyiv says it needs many more.

Western officials believe Russia is running short of precision missiles, but that if it can buy more drones from Iran, it could keep up the attacks on the grid through the winter. Ukrainian officials have urged people to save electricity between 5pm and 11pm. Whether the grid survives the winter, one engineer said, depends less on the engineers than on the air defence.

For now, the routine of the past week is likely to continue: sirens at dawn, a few hours without power, repair crews at work by noon. "We fix it, they break it, we fix it again," said Oleksandr Hrytsenko, a foreman at a power company in the Kyiv region. "The difference is that every time there are fewer spare parts in the warehouse."

Sign up to First Look, our free daily newsletter – every weekday morning at 7am BST

Explore more on these topics
Ukraine
Russia
Europe
news
Reuse this content
"""
DOC = {"id": "m11", "date": "2022-10-16", "source": "The Halloran Observer",
       "url": "https://www.halloranobserver.example/world/2022/oct/16/ukraine-war-weekend-zaporizhzhia-bakhmut", "text": TEXT}

D = "2022-10-16"
SAT = "2022-10-15"
EVENTS = [
    E("m11-1", "missile_artillery_strike", SAT, R("UA-32", "Kyiv region"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("missile")], claimant="Kyiv regional governor",
      note="'On Saturday morning' = 15 Oct; energy facility in the Kyiv region (oblast, UA-32, not the city); 'no "
           "one had been hurt' = 0/0"),
    E("m11-2", "infrastructure_disruption", SAT, R("UA-32", "Kyiv region"), "RU", "UA", claimant="Kyiv regional governor",
      note="power and water cut in parts of the region for several hours"),
    E("m11-3", "missile_artillery_strike", SAT, L("Zaporizhzhia"), "RU", "UA", fat=N(1), inj=N(5),
      weapons=[W("missile", "S-300")], claimant="Zaporizhzhia city council",
      note="S-300 used against ground targets = missile strike (ANNOTATION rule 4); the photo caption repeats it"),
    E("m11-4", "air_drone_strike", "2022-10-14", L("Mykolaiv"), "RU", "UA", inj=N(1), weapons=[W("drone", "Shahed")],
      note="'Late on Friday' = 14 Oct"),
    E("m11-5", "interception", D, R("UA-48", "Mykolaiv region"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(6))], claimant="Ukrainian southern command",
      note="'On Sunday morning' = publication day; region with a count"),
    E("m11-6", "missile_artillery_strike", "2022-10-10", C("UA", "Ukraine"), "RU", "UA", end=D, prec="week", agg=True,
      weapons=[W("missile", launched=N(150, "at_least")), W("drone", "Shahed", launched=N(90, "at_least"))],
      claimant="Ukrainian General Staff",
      note="'Over the past week' = the seven days ending on the publication day (10-16 Oct): weekly aggregate"),
    E("m11-7", "territory_change", SAT, L("Opytne-B"), "RU", "UA", claimant="Russian Defence Ministry",
      note="capture claimed 'on Saturday'; Opytne south of Bakhmut (geonames 810695, not the Donetsk-airport one)"),
    E("m11-8", "territory_change", SAT, L("Zaitseve-B"), "RU", "UA", claimant="Russian Defence Ministry",
      note="capture claimed 'on Saturday'; Zaitseve east of Bakhmut (687468, not the one near Horlivka)"),
    E("m11-9", "armed_clash", D, L("Opytne-B", 2, "near Opytne"), "RU", "UA", claimant="Ukrainian General Staff",
      note="'repelled Russian attacks near both villages' said on Sunday: one clash per village (claim + clash)"),
    E("m11-10", "armed_clash", D, L("Zaitseve-B", 2, "near Zaitseve"), "RU", "UA", claimant="Ukrainian General Staff",
      note="as m11-9"),
    E("m11-11", "territory_change", "2022-10-01", R("UA-65", "Kherson region"), "UA", "RU", end=D, prec="range",
      agg=True, optional=True, claimant="Kyiv",
      note="'about 75 settlements … since 1 October': a since-the-start-of-the-month total, optional aggregate"),
    E("m11-12", "missile_artillery_strike", SAT, L("Belgorod"), "UA", "RU", weapons=[W("artillery")],
      claimant="Belgorod regional governor",
      note="'on Saturday evening'; 'no reports of casualties' is not a stated 0, so counts are absent"),
    E("m11-13", "infrastructure_disruption", SAT, L("Belgorod"), "UA", "RU", claimant="Belgorod regional governor",
      note="power cut to several districts of Belgorod"),
    E("m11-14", "remote_explosive", None, L("Kerch", 2, "Crimean bridge"), None, "RU", prec="month", optional=True,
      family=["air_drone_strike", "missile_artillery_strike"],
      note="the bridge 'damaged by a blast earlier this month': recalled, vague (month) -> optional; the blame is "
           "Moscow's and unconfirmed, so actor1 null"),
    E("m11-15", "policy_decision", None, C("DE", "Germany"), "DE", None, optional=True,
      note="'Germany has sent the first of four IRIS-T systems': undated delivery, optional"),
    E("m11-17", "missile_artillery_strike", D, L("Nikopol"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      claimant="Dnipropetrovsk regional governor",
      note="'shelled again on Sunday afternoon' (publication day): shelling = artillery; one woman killed"),
    E("m11-16", "missile_artillery_strike", "2022-10-10", C("UA", "Ukraine"), "RU", "UA", weapons=[W("missile")],
      note="'the barrage of the previous Monday' (10 Oct; also the standfirst's 'biggest missile barrage of the war'): "
           "a recalled event with a weekday, annotated as its own event"),
]
STATEMENTS = [
    S("Halyna Moroz", "UA", "We have stopped counting the explosions", "resident"),
    S("Andriy Pylypenko", "UA", "they do not care how many they lose", "battalion commander"),
    S("Oleksandr Hrytsenko", "UA", "every time there are fewer spare parts in the warehouse", "power company foreman"),
]
MUST_NOT = ["The Halloran Observer",
            "World | Europe | US | Americas | Asia | Australia | Middle East | Africa | Ukraine | Environment | Science",
            "Helen Carrow in Kyiv and Tom Ellery", "Sun 16 Oct 2022 18.40 BST", "Last modified on Sun 16 Oct 2022 20.02 BST",
            "Share", "Photograph: Anatolii Stepanov/APN",
            "Sign up to First Look, our free daily newsletter – every weekday morning at 7am BST",
            "Explore more on these topics", "Reuse this content"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
