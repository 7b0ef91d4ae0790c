from common import E, L, R, C, N, W, S, gold

TITLE = "Glide bombs: what they are, where they came from, and why Ukraine struggles to stop them"
TEXT = """LANTERN NEWS
Top stories | Ukraine war | World | Science | Explainers | Newsletters
Explainers > Ukraine war
Glide bombs: what they are, where they came from, and why Ukraine struggles to stop them
Analysis by Corentin Abiola-Shaw, defence correspondent
Published 25 September 2024 · 9 min read
Save | Share | Gift this article
A Soviet-era bomb, a cheap wing kit and a pilot who never has to come close: the weapon that has done more than any other to empty Ukraine's front-line towns.

Nobody in Zaporizhzhia heard the aircraft. On Sunday afternoon, a little after four, a guided bomb fell on a five-storey apartment block in the city's Komunarskyi district, tearing away the corner of the building from the roof to the second floor. One woman was killed and 14 people were injured, the regional military administration said. The aircraft that dropped it was almost certainly flying over Russian-held territory, more than 40 kilometres to the south, when it released the bomb.

Strikes like Sunday's have become part of daily life in much of eastern and southern Ukraine. Here is what you need to know about the weapon behind them.

What is a glide bomb?
It is an ordinary free-fall aerial bomb fitted with folding wings and a satellite-guided tail unit. Russia calls the kit UMPK, a Russian acronym for a unified planning and correction module. Dropped from a fighter-bomber at high altitude, a bomb fitted with the kit can glide for 40 to 70 kilometres before it hits its target. Without the kit, the same bomb would have to be dropped almost directly overhead, within range of Ukrainian air defences.

The bombs themselves are not new. The Soviet Union built enormous stocks of FAB-series bombs, from the 250-kilogram FAB-250 to the three-tonne FAB-3000, during the Cold War, and most of them still sit in Russian depots. What is new is the cheap kit that turns a dumb bomb into a guided one. Western officials estimate that a single UMPK costs Russia a few tens of thousands of dollars, a fraction of the price of a cruise missile.

Where did the idea come from?
Wing kits are an old idea. The United States fitted its JDAM guidance kits to ordinary bombs before the invasion of Iraq in 2003, and a glide version followed later. Russia experimented with its own in Syria, where its air force bombed rebel-held towns from 2015 onwards, but the UMPK did not appear in large numbers until early 2023 in Ukraine. By the summer of that year, Ukrainian officials were counting dozens of glide bombs a day.

When did they start hitting cities?
For most of 2023 the bombs fell on front-line positions and on towns within a few kilometres of the front. That changed in 2024. On 17 February 2024, a FAB-1500 fitted with a wing kit destroyed a five-storey building in Selydove, killing two residents, in one of the first recorded uses of the heaviest bombs against a town far behind the front line at that time. Since then, heavier bombs and longer-range versions have reached Kharkiv, Zaporizhzhia and Sumy.

On 6 August 2024, a glide bomb hit the central square of Kupiansk, killing one man who was queuing for water. The head of the Kupiansk city military administration said afterwards that nine out of ten residents had already left. Other towns have a story like this one: in the spring of 2023, a bomb destroyed the town hall of Vovchansk, although local officials have never given the exact date.

How many are there?
Ukraine's air force says Russia drops more than 100 glide bombs on an ordinary day and that the number has at times exceeded 200. Over the past week alone, the president said on Monday, Russia used about 800 of them. Those figures cannot be independently verified, but no one disputes the scale.

Why can't Ukraine shoot them down?
A gliding bomb is a small, fast target with little radar signature, and the time between release and impact is often under two minutes. Ukraine's air defence systems are spread thinly and have to protect cities against cruise missiles and drones as well. The only reliable way to stop glide bombs is to stop the aircraft that carry them, either in the air or on the ground, and that is where the argument about Western weapons begins.

The Su-34s and Su-35s that carry the bombs fly from airfields in southern Russia, well beyond the reach of most weapons that Ukraine's partners have supplied. Ukraine has asked for permission to use Western long-range missiles against those airfields. If Washington and London agreed, officials in Kyiv argue, Russia would have to move its aircraft further back, which would shorten the range at which the bombs could be released. The United States has not given that permission. Britain has said it will not act alone.

Can Ukraine hit the airfields itself?
It can, with its own drones, and it does. Overnight into Thursday, Ukraine's General Staff said, long-range drones struck the Millerovo air base in Russia's Rostov region, which it described as a home of Su-34 fighter-bombers. The Rostov regional governor said a fire had broken out "on the territory of a military facility" and that there were no casualties. Satellite images published on Friday showed scorch marks near a hangar, but no destroyed aircraft.

The problem is scale. A drone carries a warhead of a few dozen kilograms; a Su-34 parked in a hardened shelter is a hard target for such a weapon. Analysts believe that Ukraine's drone attacks have damaged several aircraft over the past year but have not reduced the number of bombs dropped.

Why not intercept the planes?
The arrival of Western F-16 fighter jets in August raised hopes in Ukraine that it could finally push the Su-34s back. It has not happened yet. Ukraine has only a small number of the jets, and they are needed to intercept cruise missiles. Without long-range air-to-air missiles and good radar coverage, the F-16s cannot safely approach the front line.

"The glide bomb is a weapon of the lazy pilot," said Hanna Klymenko-Ward, an aerospace researcher at the Kyiv Institute of Air Power. "He never sees what he hits, and he never has to come within reach of anyone who might shoot back. That is exactly why it works."

How do people protect themselves?
With difficulty. Because a glide bomb gives so little warning, air raid sirens in front-line towns often sound after the bomb has already hit. Some cities, including Kharkiv, have begun building schools and clinics underground, and Zaporizhzhia has put up concrete shelters at bus stops. Local authorities publish maps of the streets most often hit, though residents say the maps change too quickly to be useful. In towns closest to the front, such as Kupiansk and Orikhiv, the answer for most families has simply been to leave.

What happens next?
Russia is developing a version of the kit with a small rocket motor that would extend the range to well over 100 kilometres. If that version enters service in large numbers, cities such as Dnipro and Kramatorsk, which have so far been struck mostly by missiles, could face glide bombs too. Some Russian military bloggers have claimed the motorised version was already used on Kharkiv in June, but there is no confirmed evidence of that.

Ukraine, for its part, is fitting Western glide kits to its own bombs. The weapon, in other words, is no longer only Russian. But Russia has far more aircraft and far more bombs, and for as long as its pilots can release them from safety, Ukraine's front-line towns will keep emptying.

Have a question about the war in Ukraine? Send it to explainers@lanternnews.example
Related: How Ukraine's air defence decides what to shoot down
Lantern News is funded by its readers. © Lantern Media 2024
"""
DOC = {"id": "kv04", "date": "2024-09-25", "source": "Lantern News (news site, explainer)",
       "url": "https://lanternnews.example/explainers/2024/09/25/glide-bombs-ukraine-umpk-explained", "text": TEXT}

SUN, THU = "2024-09-22", "2024-09-19"
EVENTS = [
    E("kv04-1", "air_drone_strike", SUN, L("Zaporizhzhia"), "RU", "UA", fat=N(1), inj=N(14),
      weapons=[W("guided_bomb")],
      note="'On Sunday afternoon, a little after four' (Sun 22 Sep, publication Wed 25 Sep): guided bomb on an "
           "apartment block in the Komunarskyi district (= the city), 1 k 14 w; 'Strikes like Sunday's' repeats it; "
           "the aircraft over Russian-held territory is no place hit"),
    E("kv04-2", "air_drone_strike", "2024-02-17", L("Selydove"), "RU", "UA", fat=N(2),
      weapons=[W("guided_bomb", "FAB-1500")],
      note="dated history example: 'On 17 February 2024, a FAB-1500 fitted with a wing kit destroyed a five-storey "
           "building in Selydove, killing two residents': recalled with a day -> required (blind42 call 4)"),
    E("kv04-3", "air_drone_strike", "2024-08-06", L("Kupiansk"), "RU", "UA", fat=N(1), weapons=[W("guided_bomb")],
      note="'On 6 August 2024, a glide bomb hit the central square of Kupiansk, killing one man': recalled with a day"),
    E("kv04-4", "air_drone_strike", None, L("Vovchansk"), "RU", "UA", prec="unknown", optional=True,
      weapons=[W("guided_bomb")],
      note="'in the spring of 2023, a bomb destroyed the town hall of Vovchansk, although local officials have never "
           "given the exact date': a specific harmful incident without a day -> optional, date null (blind42 call 4)"),
    E("kv04-5", "air_drone_strike", "2024-09-16", C("UA", "Ukraine"), "RU", "UA", end="2024-09-22", prec="week",
      agg=True, optional=True, weapons=[W("guided_bomb", launched=N(800, "about"))],
      note="'Over the past week alone, the president said on Monday, Russia used about 800 of them': a week tally in an "
           "explainer, said on Mon 23 Sep about the week before -> optional aggregate"),
    E("kv04-6", "air_drone_strike", THU, L("Millerovo"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Ukrainian General Staff",
      note="'Overnight into Thursday' (Thu 19 Sep) drones on the Millerovo air base (Rostov region); the governor's "
           "fire 'on the territory of a military facility' with 'no casualties' is the same event, 0/0; the satellite "
           "images of Friday repeat it"),
]
# Not events: the definition and the kit (UMPK), the Soviet stocks, the price estimate; the JDAM kits before the
# invasion of Iraq in 2003 and Russia's bombing in Syria 'from 2015 onwards' (other wars, history); the UMPK 'in
# early 2023', 'By the summer of that year … dozens of glide bombs a day' (history, rate); 'For most of 2023' and
# 'That changed in 2024' (periods); 'Since then … have reached Kharkiv, Zaporizhzhia and Sumy' (undated summary); the
# nine out of ten residents gone; 'more than 100 glide bombs on an ordinary day', 'at times exceeded 200' (rates);
# why interception fails (generic); Ukraine's request, 'If Washington and London agreed … would have to move'
# (conditional), 'The United States has not given that permission', 'Britain has said it will not act alone'
# (negations); 'it does' (habitual drone attacks), drone attacks that 'have damaged several aircraft over the past
# year' (undated tally); the F-16s' arrival 'in August' (a month, a delivery), 'It has not happened yet'
# (negation); the researcher's quote; the motorised version 'would extend', 'If that version enters service … could
# face' (forecast, conditional), the milbloggers' claim of its use on Kharkiv 'in June' (unconfirmed, month only);
# sirens that sound after the bomb (habitual), underground schools, bus-stop shelters, maps of streets 'most often
# hit', families leaving (no incidents); Ukraine fitting Western kits to its own bombs (habitual, undated).
STATEMENTS = [
    S("Hanna Klymenko-Ward", None, "The glide bomb is a weapon of the lazy pilot", "aerospace researcher, Kyiv"),
]
MUST_NOT = ["LANTERN NEWS",
            "Top stories | Ukraine war | World | Science | Explainers | Newsletters",
            "Explainers > Ukraine war",
            "Analysis by Corentin Abiola-Shaw, defence correspondent",
            "Published 25 September 2024 · 9 min read",
            "Save | Share | Gift this article",
            "Have a question about the war in Ukraine? Send it to explainers@lanternnews.example",
            "Related: How Ukraine's air defence decides what to shoot down",
            "Lantern News is funded by its readers. © Lantern Media 2024"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
