from common import E, L, R, C, N, W, S, gold

TITLE = "Explained: Storm Shadow, the Anglo-French missile Ukraine uses against targets deep behind the lines"
TEXT = """Atlas News
Menu  Search  Sign in
EXPLAINER
Explained: Storm Shadow, the Anglo-French missile Ukraine uses against targets deep behind the lines
Ukraine says it hit a Russian command post in the Kursk region with the missiles on Thursday, a day after Britain promised a new batch. Here is what the weapon is, how it has been used, and why it matters
By Ravi Chandran, Defence Correspondent
Published 5 December 2025, 09:30 GMT | Updated 5 December 2025, 11:05 GMT
Share on Facebook  Share on X  Copy link

Ukraine's armed forces said on Thursday that they had struck a Russian command post near the town of Rylsk in Russia's Kursk region with Storm Shadow cruise missiles, in what appeared to be the first confirmed use of the weapon against a target inside Russia for several months. Ukraine's general staff said the strike caused "significant losses" among Russian officers, but gave no figures. Russia's defence ministry said its air defences had shot down four Storm Shadow missiles on Thursday, without saying where, and did not mention any damage.

The strike came a day after Britain's defence secretary, Alan Whitcombe, announced on Wednesday in London that the UK would supply Ukraine with an additional batch of Storm Shadow missiles before the end of the year. He did not say how many. "Ukraine must be able to strike the bases from which its cities are attacked," Whitcombe told MPs.

Here is what you need to know about the missile.

What is Storm Shadow?

Storm Shadow is an air-launched cruise missile developed jointly by Britain and France in the late 1990s. The French version is called SCALP-EG. It is built by the European consortium MBDA and entered service with the Royal Air Force and the French air force in the early 2000s.

The missile is about five metres long, weighs about 1,300kg, and carries a penetrating warhead designed to destroy hardened targets such as bunkers, command posts and ammunition stores. It flies low, following the terrain to avoid radar, and uses a combination of satellite navigation, terrain mapping and an infrared seeker to find its target. Its full range is believed to exceed 500km, though the export version supplied to Ukraine is thought to be limited to about 250km.

Where has it been used before?

Storm Shadow was first used in combat by the RAF during the invasion of Iraq in 2003, when it was fired at Iraqi command bunkers. British and French aircraft used it again over Libya in 2011 and in strikes on Syrian chemical weapons facilities in April 2018. In every case it was fired by the air forces of the countries that built it.

How did Ukraine get it?

Britain became the first country to supply Ukraine with long-range missiles when the then defence secretary confirmed on 11 May 2023 that Storm Shadow missiles were being sent. France followed in July 2023, announcing at the Nato summit in Vilnius that it would supply SCALP missiles. Italy is also believed to have provided a small number.

Ukraine's Soviet-designed Su-24 bombers were modified to carry the missiles — an engineering feat that Western officials have described as remarkable, given that the aircraft were never designed to work with Western weapons.

How has Ukraine used it?

For the first year and a half, Ukraine was allowed to use Storm Shadow only against targets inside Ukrainian territory, including occupied Crimea. It used the missiles to devastating effect. On 13 September 2023, Storm Shadow missiles struck a shipyard in Sevastopol, badly damaging a landing ship and a submarine that were in dry dock. Nine days later, on 22 September 2023, missiles hit the headquarters of Russia's Black Sea fleet in the same city. Those strikes, combined with attacks by sea drones, forced the Russian navy to move much of its fleet from Crimea to Novorossiysk.

Ukraine also used the missiles against Russian ammunition depots, air defence systems and command posts in the occupied south, and against bridges connecting Crimea to the mainland.

When was it first used inside Russia?

For months, Kyiv lobbied Britain and France for permission to fire the missiles at targets on Russian soil. London was reluctant to act without Washington's agreement. In November 2024, after the United States allowed Ukraine to use its ATACMS missiles against targets inside Russia, Britain followed suit, and Ukraine fired Storm Shadow missiles at targets in the Kursk region on 20 November 2024. Russia's defence ministry later said it had shot down two of them.

Moscow had warned repeatedly that it would regard the use of Western long-range weapons against Russian territory as direct Western involvement in the war. In the event, its response was largely rhetorical, though it did fire a new intermediate-range ballistic missile at the Ukrainian city of Dnipro the following day, an escalation widely seen as a warning to the West.

How does it compare with other Western missiles?

Storm Shadow is often compared with two other Western long-range weapons: the American ATACMS and the German Taurus. ATACMS is a ballistic missile fired from ground launchers such as HIMARS; it is faster and harder to intercept, but carries a smaller, fragmentation or cluster warhead better suited to airfields and air defence sites than to bunkers. The United States supplied the first ATACMS to Ukraine in October 2023 and longer-range versions in the spring of 2024.

Taurus KEPD 350 is, like Storm Shadow, an air-launched cruise missile, but with a longer range of about 500km and a warhead specifically designed to destroy hardened and deeply buried targets, including bridges. Germany has so far declined to supply it, despite repeated requests from Kyiv and pressure from some of its allies. Successive German governments have argued that the missile's range and the need for German technical support in programming its targets could draw Germany into the war. Supporters of sending Taurus reply that Britain and France have supplied a similar weapon for more than two years without any such consequence.

How does Russia defend against it?

Russian air defence systems such as the S-400 and Pantsir are capable of intercepting cruise missiles, and Russia's defence ministry regularly claims to have shot down Storm Shadows. Such claims are difficult to verify and are often exaggerated. But military analysts say Russia has learned to protect high-value targets with layered air defences, decoys and hardened shelters, and to move headquarters frequently. Ukraine, in turn, combines missile attacks with drone swarms and electronic warfare to overwhelm those defences, and times its strikes carefully to catch targets before they move.

Why does it matter now?

Military analysts say Storm Shadow is one of the few Western weapons that allows Ukraine to strike high-value targets far behind the front line with a reasonable chance of getting through Russian air defences. Ukraine has developed its own long-range drones and missiles, which have hit oil refineries and airfields hundreds of kilometres inside Russia, but most of them carry smaller warheads and are easier to intercept.

The main constraint is supply. Britain and France produce the missiles in small numbers, and both have needed to preserve stocks for their own forces. Each missile is estimated to cost about £800,000 to £1m. "Storm Shadow is not a weapon you use every day," said Helena Marsh-Okafor, a senior research fellow at the London Centre for Air Power Studies. "Ukraine saves it for the targets that really matter — headquarters, airfields, air defence. The fact that they used four at once tells you how much they wanted this one."

Could it change the course of the war?

Not on its own. No single weapon has done that in this conflict, and the numbers involved are too small. But analysts say long-range missiles can make Russia's war more expensive by forcing it to move headquarters, ammunition stores and aircraft further from the front, which slows its operations. "What it does is push the Russians back and make their logistics harder," Marsh-Okafor said. "That is worth a great deal."

Russia may respond by moving more air defence systems to protect command posts near the border, which would leave other areas less protected, analysts say. It could also step up its own strikes on Ukrainian airfields, where the Su-24s that carry the missiles are based.

What does Russia say?

Russian officials have repeatedly accused Britain of direct involvement in the war, arguing that Ukrainian crews could not use Storm Shadow without British targeting data and technical support. London denies this. "Every strike with these missiles is a strike by London, and London should understand what that means," the Russian foreign ministry spokeswoman, Anastasia Vereshchagina, said after Thursday's attack. She did not say what Russia might do in response. Russian officials have made similar warnings before, and the Kremlin has so far not acted on them against Britain directly.

What happens next?

The British defence ministry said the new missiles would be delivered "in the coming weeks". France has not said whether it will send more SCALPs. Ukraine's president has asked both countries to lift the remaining restrictions on how far into Russia the missiles can be used, a request that neither London nor Paris has publicly answered.

Timeline: Storm Shadow in Ukraine
- 11 May 2023: Britain confirms it is supplying Storm Shadow missiles to Ukraine.
- 11 July 2023: France announces at the Nato summit in Vilnius that it will send SCALP missiles.
- 13 September 2023: missiles hit the Sevmorzavod shipyard in Sevastopol, damaging a landing ship and a submarine.
- 22 September 2023: strike on the Black Sea fleet headquarters in Sevastopol.
- 20 November 2024: first reported use against targets on Russian territory, in the Kursk region.
- 3 December 2025: Britain announces an additional batch.
- 4 December 2025: Ukraine says it struck a command post near Rylsk.

Related topics: Ukraine, Russia, Defence, United Kingdom
More explainers
Explained: what is a glide bomb?
Explained: how Patriot air defence works
Atlas News is not responsible for the content of external sites.
"""
DOC = {"id": "t07", "date": "2025-12-05", "source": "Atlas News",
       "url": "https://www.atlasnews.example/news/world-europe-storm-shadow-explained", "text": TEXT}

EVENTS = [
    E("t07-1", "missile_artillery_strike", "2025-12-04", L("Rylsk", 2, "command post near Rylsk"), "UA", "RU",
      weapons=[W("cruise_missile", "Storm Shadow")], claimant="Ukrainian general staff",
      note="'on Thursday'; the number launched is not stated by Ukraine (only the analyst's 'four at once')"),
    E("t07-2", "interception", "2025-12-04", C(None, "unspecified"), "RU", "UA",
      weapons=[W("cruise_missile", "Storm Shadow", intercepted=N(4))], claimant="Russian defence ministry",
      note="'without saying where'"),
    E("t07-3", "policy_decision", "2025-12-03", L("London"), "GB", None, claimant="Alan Whitcombe",
      note="additional batch of Storm Shadow announced on Wednesday"),
]
STATEMENTS = [
    S("Alan Whitcombe", "GB", "Ukraine must be able to strike the bases from which its cities are attacked", "British defence secretary"),
    S("Helena Marsh-Okafor", "GB", "Storm Shadow is not a weapon you use every day", "London Centre for Air Power Studies"),
    S("Helena Marsh-Okafor", "GB", "What it does is push the Russians back and make their logistics harder", "London Centre for Air Power Studies"),
    S("Anastasia Vereshchagina", "RU", "Every strike with these missiles is a strike by London", "Russian foreign ministry spokeswoman"),
]
MUST_NOT = ["Menu  Search  Sign in", "By Ravi Chandran, Defence Correspondent",
            "Published 5 December 2025, 09:30 GMT | Updated 5 December 2025, 11:05 GMT",
            "Share on Facebook  Share on X  Copy link", "Related topics: Ukraine, Russia, Defence, United Kingdom",
            "More explainers", "Explained: what is a glide bomb?", "Explained: how Patriot air defence works",
            "Atlas News is not responsible for the content of external sites."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
