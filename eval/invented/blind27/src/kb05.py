from common import E, L, R, C, N, W, S, gold

TITLE = "Explained: the glide bomb, Russia's cheapest and deadliest weapon in Ukraine"
TEXT = """ARSENAL NOTES
Explainers · Weapons · Doctrine · Podcasts · Glossary
You are reading: Explainers / Air warfare
Explained: the glide bomb, Russia's cheapest and deadliest weapon in Ukraine
Words: Piotr Zawada · Graphics: Aino Lehtinen
20.11.2024 | updated 20.11.2024, 14:05 CET
Reading level: general · 11 min
Save for later ☆

They are old, heavy and dumb. Fitted with a pair of folding wings and a satellite receiver, they become the weapon that Ukrainian soldiers fear most. Russia's guided aerial bombs — known in Ukraine by their Russian acronym KAB — have levelled front-line towns from Vovchansk to Vuhledar and, increasingly, reach cities far behind the front. This explainer sets out what they are, how they work, why they are so hard to stop and what Ukraine is doing about them.

What is a glide bomb?

At its simplest, a glide bomb is an ordinary free-fall bomb with a kit attached. Russia has hundreds of thousands of Soviet-era bombs in storage, most of them in the FAB family — the letters stand for "high-explosive aviation bomb" — ranging from 250 kilograms to three tonnes. On their own, these bombs have to be dropped from almost directly above the target, which over Ukraine would mean flying into the range of air defences.

The kit, called UMPK in Russian, changes that. It consists of a pair of wings that unfold after release, tail fins that steer the bomb, and a cheap navigation unit that uses the Russian GLONASS satellite system. Released from a Su-34 or Su-35 flying high and fast, a bomb fitted with the kit can glide 40 to 70 kilometres before it hits its target. The aircraft never has to cross the front line.

The kits are cheap. Western estimates put the cost of one UMPK at around $20,000 to $30,000, a fraction of the price of a cruise missile. Russia produces them in large numbers at plants in the Urals and near Moscow, and it has been steadily improving their accuracy.

How big are they?

The most common types are the FAB-250 and FAB-500, but Russia has increasingly used the FAB-1500, a 1.5-tonne bomb that leaves a crater the size of a house, and, in a handful of cases, the three-tonne FAB-3000. A FAB-1500 can destroy a multi-storey building or a bunker in one strike. Ukrainian soldiers describe the blast as an earthquake.

Russia also has purpose-built guided bombs, such as the KAB-500 family, but these are far more expensive and less numerous. When Ukrainians talk about "KABs", they usually mean the converted free-fall bombs.

Does Ukraine have glide bombs of its own?

It does, but far fewer. Ukraine's air force uses American JDAM-ER kits and French AASM Hammer bombs, both delivered by its partners, as well as a small number of bombs converted by Ukrainian engineers. They are more accurate than the Russian kits but much more expensive, and Ukraine has few aircraft that can carry them. They are used against high-value targets such as command posts and bridges, not for the mass bombardment of front-line positions.

How often are they used?

Very often. The Ukrainian president said that Russian aircraft dropped about 3,300 guided bombs on Ukraine in October alone, a figure that has roughly tripled since the start of the year. Ukraine's air force says the daily total sometimes exceeds 120. Front-line towns such as Kupiansk and Kostiantynivka are hit almost every day.

The bombs were first used in significant numbers in the spring of 2023, during the battle for Bakhmut, and their use grew through the winter of 2023-24. The capture of Avdiivka in February 2024 was preceded by weeks of bombing with FAB-1500s that flattened Ukrainian defensive positions, and Russian commanders have used the same method since in front of every major assault.

Why can't Ukraine shoot them down?

It sometimes can, but it is difficult. A glide bomb is small, falls fast and gives off little heat, and the window to intercept it is short. Air defence systems that can do it, such as Patriot, are too scarce and too valuable to be placed close to the front line, where they would themselves be at risk.

"Shooting down the bomb is the hardest part of the problem. Shooting down the aircraft before it releases it is the only real answer," said Lieutenant Colonel Andriy Movchan, a spokesperson for Ukraine's air command East, in an interview with Arsenal Notes. The Ukrainian air force said on Tuesday that it had shot down a Su-34 bomber over Donetsk region, the first such loss Russia has suffered in more than a month. Russia did not comment.

Ukraine has also tried electronic warfare. Because the bombs rely on satellite navigation, jamming can throw them off course, and Ukrainian units have reported that some bombs now miss by hundreds of metres. Russia has responded by fitting the kits with anti-jamming antennas.

Front-line units have their own, cruder methods. Because a bomb takes a minute or more to glide to its target, soldiers who hear a warning over the radio can sometimes move out of a building before it hits. Spotters along the front watch for the bombers' contrails and pass the warning down the line. This does not save buildings, but it saves lives, and Ukrainian commanders now design their positions on the assumption that any building will eventually be bombed: dugouts are spread out, and troops avoid the basements of tall buildings, which have become death traps.

Hitting the aircraft on the ground

The other answer is to destroy the aircraft before they take off. Ukraine has used long-range drones against the airfields from which Russian bombers operate, among them Morozovsk, Millerovo and Marinovka in southern Russia. Ukrainian drones attacked Morozovsk airfield overnight on November 12, the Ukrainian General Staff said, hitting an ammunition store. The Rostov region governor said only that drones had been shot down over the region and that there were no casualties.

Western governments long refused to let Ukraine use their missiles against airfields inside Russia. The United States gave Ukraine permission to use ATACMS missiles against targets in Kursk region earlier this week, according to American officials, but the permission does not cover the airfields from which most glide bomb sorties are flown. Ukrainian officials say that is precisely where the missiles would make the greatest difference.

Where are the bombs reaching now?

For most of 2023, the bombs hit towns within 20 to 30 kilometres of the front. Over the past year, improved kits have stretched their reach. Kharkiv was first hit by a glide bomb fitted with an UMPK kit on March 21 this year, when a bomb struck a warehouse in the city's north, injuring three people, according to the regional governor. Since then the city has been bombed dozens of times, and the authorities have built schools underground.

Zaporizhzhia, 30 kilometres from the front, has also been hit repeatedly. On Sunday, two guided bombs struck a residential area of the city, injuring 14 people and damaging a high-rise building, the regional governor said. Sumy, in the north-east, has been hit several times since the summer.

Does Russia hit its own territory?

Yes, by accident. The bombs occasionally malfunction after release, and because the bombers release them over or close to Russian territory, the failures sometimes land there. On October 2, a bomb fell on a residential street in Belgorod, damaging several houses and injuring one woman, according to the Belgorod region governor, who blamed "an abnormal release of aviation ammunition". Russian officials have reported dozens of such incidents since 2023, mostly in Belgorod region.

What would make a difference?

Analysts point to three things. The first is more long-range air defence, which would push Russian bombers back from the front line and reduce the reach of the bombs. The second is fighter aircraft: the F-16s that Ukraine began receiving this summer could, in principle, threaten Russian bombers, but there are too few of them and they have to stay out of range of Russian air defences. The third is long-range strikes on the bombers' bases, which depend both on Ukraine's own drone production and on the permissions of its partners.

"There is no single weapon that will solve the glide bomb problem," said Helena Varga, an air power analyst at the Vienna-based Institute for Conflict Technology. "It's a combination of pushing the aircraft back, hitting them at home and making the bombs less accurate. None of these is cheap, and all of them take time."

Until then, Russia will keep using the cheapest precision weapon in its arsenal. If it manages to fit engines to its kits and extend their range beyond 100 kilometres, as Ukrainian intelligence says it is trying to do, cities such as Dnipro and Kharkiv will be exposed to the same daily bombardment that has already destroyed Vovchansk and Vuhledar.

Glossary
FAB: Russian acronym for high-explosive aviation bomb.
UMPK: the unified gliding and correction module that turns a FAB into a guided bomb.
KAB: Russian acronym for guided aviation bomb, used loosely in Ukraine for all glide bombs.

Did this explainer help you? Yes · No
Next in this series: How Shahed drones find their targets
Arsenal Notes is an independent publication. We do not accept defence-industry advertising.
"""
DOC = {"id": "kb05", "date": "2024-11-20", "source": "Arsenal Notes (defence explainer site)",
       "url": "https://arsenalnotes.example.eu/explainers/glide-bombs-kab-umpk", "text": TEXT}

EVENTS = [
    E("kb05-1", "air_drone_strike", "2024-10-01", C("UA", "Ukraine"), "RU", "UA", prec="month", end="2024-10-31",
      agg=True, optional=True, weapons=[W("guided_bomb", launched=N(3300, "about"))],
      note="'about 3,300 guided bombs … in October alone': a monthly total, optional; daily 'sometimes exceeds 120' "
           "and 'hit almost every day' are general"),
    E("kb05-2", "interception", "2024-11-19", R("UA-14", "Donetsk region"), "UA", "RU",
      weapons=[W("aircraft", "Su-34", intercepted=N(1))],
      note="air force said 'on Tuesday' (publication Wednesday 20 Nov) it had shot down a Su-34 over Donetsk region: an "
           "aircraft stopped by air defence = interception; the Tuesday is the statement's day (the shoot-down is not "
           "dated otherwise)"),
    E("kb05-3", "air_drone_strike", "2024-11-12", L("Morozovsk", 2, "Morozovsk airfield"), "UA", "RU",
      note="drones attacked Morozovsk airfield 'overnight on November 12' (General Staff); the airfield is outside the "
           "town: precision 2; the governor's 'no casualties' is about the region's shoot-downs, so casualties are "
           "left unscored"),
    E("kb05-4", "interception", "2024-11-12", R("RU-ROS", "Rostov region"), "RU", "UA", optional=True,
      note="governor: drones 'shot down over the region', no count: the Russian version of the same attack, optional"),
    E("kb05-5", "policy_decision", "2024-11-18", C("US", "United States"), "US", "UA", prec="week",
      end="2024-11-20", optional=True,
      note="permission for ATACMS on Kursk region 'earlier this week' (per unnamed officials): a week-range decision "
           "with no day, optional"),
    E("kb05-6", "air_drone_strike", "2024-03-21", L("Kharkiv"), "RU", "UA", inj=N(3), weapons=[W("guided_bomb")],
      note="recalled with a day: 'first hit … on March 21 this year', warehouse in the north of the city, 3 injured — "
           "required (history with a resolvable day); 'bombed dozens of times since' is not an event"),
    E("kb05-7", "air_drone_strike", "2024-11-17", L("Zaporizhzhia"), "RU", "UA", inj=N(14),
      weapons=[W("guided_bomb", launched=N(2))], note="'On Sunday' (publication Wed 20 Nov) = 17 Nov; 14 injured"),
    E("kb05-8", "air_drone_strike", "2024-10-02", L("Belgorod"), "RU", "RU", inj=N(1), weapons=[W("guided_bomb")],
      note="recalled with a day: a Russian bomb's 'abnormal release' on Belgorod on October 2 — perpetrator RU, the "
           "damage on Russian territory (actor2 RU); 'dozens of such incidents since 2023' is not an event"),
]
STATEMENTS = [
    S("Andriy Movchan", "UA", "Shooting down the aircraft before it releases it is the only real answer",
      role="spokesperson, air command East"),
    S("Helena Varga", None, "There is no single weapon that will solve the glide bomb problem", role="air power analyst"),
]
MUST_NOT = ["ARSENAL NOTES", "Explainers · Weapons · Doctrine · Podcasts · Glossary",
            "You are reading: Explainers / Air warfare", "Words: Piotr Zawada · Graphics: Aino Lehtinen",
            "20.11.2024 | updated 20.11.2024, 14:05 CET", "Reading level: general · 11 min", "Save for later ☆",
            "Did this explainer help you? Yes · No", "Next in this series: How Shahed drones find their targets",
            "Arsenal Notes is an independent publication. We do not accept defence-industry advertising."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
