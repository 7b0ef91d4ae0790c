from common import E, L, R, C, N, W, S, gold

TITLE = "Can a Black Sea ceasefire hold? What three decades of history tell us"
TEXT = """UBC NEWS
EXPLAINER
Can a Black Sea ceasefire hold? What three decades of history tell us
Negotiators are once again talking about a truce at sea. Here is why the Black Sea matters so much to both sides, what has been tried before and what could happen next.
By Rachel Donnelly, UBC News
March 19, 2026, 6:00 AM EDT
Sign up for the UBC News Morning Rundown

WASHINGTON — Delegations from Ukraine and Russia met separately with American and Turkish mediators in Geneva on Tuesday to discuss a possible ceasefire at sea, the latest attempt to carve out a limited truce in a war that has now lasted more than four years.

Hours later, on Tuesday night, a Russian drone struck a Turkish-owned cargo ship off the coast near Odesa, injuring one crew member, according to Ukraine's navy. Russia did not comment on the attack.

The two events, on the same day, capture the problem. The Black Sea is one of the few places in this war where both sides have something concrete to gain from a deal, and also one of the places where neither trusts the other to keep it.

Why the Black Sea matters

For Ukraine, the sea is an economic lifeline. Before the full-scale invasion, about 70% of its exports left through its Black Sea ports, most of them grain, sunflower oil and iron ore. For Russia, the sea is both a trade route and a military theatre: the Black Sea Fleet has been based in Sevastopol since the 18th century, and Russian oil exports from Novorossiysk depend on safe passage through the Turkish straits.

After the Soviet Union collapsed, the fleet's status became one of the first disputes between the two new states. On May 28, 1997, Kyiv and Moscow signed a set of agreements dividing the fleet and leasing Sevastopol's naval bases to Russia. The deal held, uneasily, for 17 years.

Crimea and the Kerch Strait

That arrangement ended when Russia annexed Crimea on March 18, 2014, after troops without insignia seized the peninsula's parliament and airports. Overnight, Ukraine lost most of its navy, which was trapped in Crimean ports, and Russia gained control of both shores of the Kerch Strait, the narrow passage between the Black Sea and the Sea of Azov.

Four years later, the strait became the scene of the first open clash between the two navies. On Nov. 25, 2018, Russian coast guard ships rammed a Ukrainian tugboat, fired on two Ukrainian gunboats and seized all three vessels along with 24 sailors as they tried to pass under the new Crimean bridge. The sailors were released in a prisoner exchange in September 2019.

The war at sea since 2022

When Russia launched its full-scale invasion on Feb. 24, 2022, its navy blockaded Ukraine's ports, and the world price of wheat jumped. But Ukraine, with almost no warships of its own, turned the sea into a costly place for Russia. On April 14, 2022, the cruiser Moskva, the flagship of the Black Sea Fleet, sank after what Ukraine said were two hits by Neptune anti-ship missiles. Russia said a fire had caused ammunition to explode.

The first attempt at a deal at sea came soon after. On July 22, 2022, Russia and Ukraine signed separate agreements with Turkey and the United Nations in Istanbul, creating a corridor for grain ships from three Ukrainian ports. Over the next year, the Black Sea Grain Initiative carried almost 33 million metric tons of food out of Ukraine. Russia pulled out of it on July 17, 2023, complaining that its own exports of grain and fertilizer were still being hindered.

Ukraine responded by opening its own corridor along its western coast in August 2023 and by hitting the Russian fleet with sea drones and missiles until most of the fleet's ships moved from Sevastopol to Novorossiysk. By the end of 2024, Ukraine's ports were handling almost as much cargo as before the invasion.

The second attempt came in March 2025. After separate talks with both delegations in Riyadh, the White House announced on March 25, 2025, that Russia and Ukraine had agreed to "ensure safe navigation" in the Black Sea. The arrangement never took effect: Moscow said it would apply only after Western restrictions on its state agricultural bank were lifted, and Kyiv refused to link the two. Attacks on ports and ships continued through 2025, with Russia striking Odesa's port infrastructure dozens of times and Ukraine hitting tankers of Russia's so-called shadow fleet.

What a ceasefire at sea could look like

The idea now on the table is simpler than the 2022 grain deal. In its basic form, both sides would agree not to attack commercial ships or port infrastructure, and possibly energy facilities along the coast. Turkey, which controls the straits under a 1936 treaty, would play a monitoring role.

Diplomats familiar with the Geneva talks say the main sticking points have not changed. Moscow is expected to demand that Western restrictions on its agricultural bank and on insurance for Russian ships be lifted as part of any deal. Kyiv is likely to insist that Russian warships stay east of an agreed line and that any truce not be tied to sanctions.

"A ceasefire at sea is the easiest ceasefire to agree and the hardest to verify," said Olena Hrytsai, a maritime security researcher at the Black Sea Institute in Odesa. "There is no front line on water. One drone at night and the whole thing collapses."

What could happen next

If a deal is reached, shipping insurers could cut war-risk premiums for voyages to Ukrainian ports, which would make Ukrainian grain cheaper on world markets. Analysts at several commodity consultancies expect Ukrainian grain exports to rise by as much as 10% in the first year of a working truce.

But there are at least three ways it could fail. Russia could use a pause to reposition its fleet; Ukraine could decide that attacks on Russian oil terminals are too valuable to give up; and either side could accuse the other of violations that neither can prove.

"Both sides have learned that they can hurt each other at sea," said retired U.S. Navy Rear Adm. Thomas Greer. "The question is whether they have learned that they both lose more than they gain."

A second round of talks could take place in Istanbul in April, according to a Turkish official, although no date has been set. The Kremlin has said it would consider a maritime truce only as part of a broader settlement, and Ukraine's president has said Kyiv will not accept any deal that leaves Russian warships free to threaten its ports.

The history of the past 30 years suggests caution. Every previous arrangement at sea, from the 1997 fleet agreements to the 2022 grain deal, was signed by two sides who did not trust each other and lasted only as long as both found it useful. Whether this one will be different may depend less on what is signed in Geneva or Istanbul than on what happens on the water on the first night after.

Related video: How sea drones changed the war in the Black Sea
Copyright © 2026 UBC News
"""
DOC = {"id": "w18", "date": "2026-03-19", "source": "UBC News",
       "url": "https://www.ubcnews.example/world/russia-ukraine/black-sea-ceasefire-explainer-history-rcna88213", "text": TEXT}

EVENTS = [
    E("w18-1", "diplomatic_contact", "2026-03-17", L("Geneva"), "UA", "RU", claimant="UBC News"),
    E("w18-2", "air_drone_strike", "2026-03-17", L("Odesa", 2, "off the coast near Odesa"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], claimant="Ukrainian navy"),
]
STATEMENTS = [
    S("Olena Hrytsai", "UA", "the easiest ceasefire to agree and the hardest to verify", "maritime security researcher"),
    S("Thomas Greer", "US", "whether they have learned that they both lose more than they gain", "retired U.S. Navy rear admiral"),
]
MUST_NOT = ["UBC NEWS", "EXPLAINER", "By Rachel Donnelly, UBC News", "March 19, 2026, 6:00 AM EDT",
            "Sign up for the UBC News Morning Rundown", "Related video: How sea drones changed the war in the Black Sea",
            "Copyright © 2026 UBC News"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
