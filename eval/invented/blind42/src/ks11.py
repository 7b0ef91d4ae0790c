from common import E, L, R, C, N, W, S, gold

TITLE = "What is a 'double-tap' strike, and why are Ukraine's rescuers dying in them?"
TEXT = """CLEARWATER NEWS
Home | World | Ukraine | Explained | Data | Video | Newsletters
Explained › Ukraine
What is a 'double-tap' strike, and why are Ukraine's rescuers dying in them?
Three firefighters were injured in Pavlohrad on Monday night when a second drone hit their fire engine. We explain the tactic, where it comes from, and what the law says.
By Sofia Marangoni, Explainers desk
21 May 2025 | 8 min read
Save for later
Correction: An earlier version of this explainer gave the wrong region for Pavlohrad. It is in Dnipropetrovsk region.

On Monday night, a Russian drone struck a warehouse in Pavlohrad, in Ukraine's Dnipropetrovsk region. Firefighters arrived about twenty minutes later. As they unrolled their hoses, a second drone hit their fire engine, injuring three of them, one seriously, the regional emergency service said. Nobody had been hurt by the first drone.

Ukrainian officials call this a "double tap": a second strike on the same place, timed to hit the people who come to help. The State Emergency Service says that more than 100 of its rescuers have been killed on duty since February 2022, many of them in repeated strikes. Here is what we know about the tactic.

What exactly is a double tap?
A double tap is an attack in which a target is struck once and then struck again after an interval, usually between ten minutes and an hour. The first strike causes casualties and damage; the second hits rescuers, medics, police, journalists and neighbours who have gathered at the scene. Some attacks involve a third strike.

The term comes from firearms training, where it describes two shots fired in quick succession at the same target. In the context of air and missile strikes, it has been used for at least two decades, and is most closely associated with the wars in Syria and Yemen.

Where has it been used before?
In Syria, where Russian aircraft supported the forces of Bashar al-Assad from 2015, rights groups documented dozens of attacks in which hospitals, markets and rescue teams were struck twice. On 15 February 2016, for example, a hospital supported by an international medical charity in Idlib province was hit by several strikes within minutes, killing at least 25 people, according to the charity. Syria's civil defence volunteers, the "White Helmets", adopted the rule of waiting before approaching a bombed site, a rule that Ukrainian rescuers have since copied.

Has Russia used it in Ukraine?
Ukrainian officials and independent monitors say it has, repeatedly, and that the practice has become more common since 2023. Russia denies targeting civilians or rescuers and says its strikes hit only military targets.

Three recent cases show how the tactic works.

On 21 January 2025, two Iskander-M ballistic missiles struck a residential area of Lozova, in Kharkiv region, about 35 minutes apart. The first destroyed two houses; the second landed as ambulances and fire engines arrived, killing a paramedic. In total, three people were killed and 12 injured in the attack, among them four rescuers, the regional governor said.

On 2 April 2025, drones hit a five-storey residential building in Kryvyi Rih at about 20:10. A second wave of drones hit the same street at about 20:40, as firefighters were working on the roof. Two firefighters were injured. The city's military administration said it was the fifth time that year that rescuers in the city had been targeted in a repeated attack.

And on Monday night, the Pavlohrad attack followed the same pattern, with a roughly twenty-minute gap between the two drones.

Other examples are harder to date. Firefighters in Kherson describe a strike in the summer of 2023 in which a shell hit a fire engine that had just arrived at a burning shop, killing its driver, but the emergency service's records of that summer were partly destroyed, and it has not published the date.

How do officials know a strike was a double tap?
Often they do not, at least not at first. Emergency services record the time of each explosion and whether their crews were on site when the next one came. Prosecutors then compare those records with data from radar, air-raid alerts and witnesses, and sometimes with fragments of the weapons. A second strike that comes hours after the first, or that hits a different building in the same street, may not be counted. Ukrainian officials acknowledge that their figures for double taps are estimates, and independent monitors usually report only the cases they can verify in detail.

Is it only Russia?
Double-tap strikes have been attributed to many armed forces and groups in many conflicts. In Ukraine, Russian officials have accused Ukrainian forces of similar attacks on towns in Russia's border regions and in occupied areas, and Russia's Investigative Committee says it has opened criminal cases. Independent monitors have not been able to verify most of these claims, because they have no access to the sites.

Why would an army do this?
There is no single explanation. Military analysts suggest several motives. The second strike can kill or wound trained specialists who are hard to replace, such as firefighters, sappers and paramedics. It can slow down the response to the first strike, so that fires burn longer and wounded people die before they reach hospital. And it can spread fear: rescuers who know they may be targeted may hesitate before approaching a site.

"The purpose is to make help itself dangerous," said Marguerite Olsen, a professor of international humanitarian law at the University of Bergen. "If every rescuer has to ask whether the sky will fall on him a second time, the whole system of protection around civilians starts to break down."

Some analysts also point to a more prosaic explanation. Drones and missiles are sometimes launched in waves against the same target because the first strike did not destroy it, and the second strike would have happened whether or not rescuers were present. In practice, it is often impossible to tell from the outside which explanation applies.

Is it a war crime?
International humanitarian law protects civilians, medical personnel and civil defence workers, including firefighters, as long as they do not take part in hostilities. Deliberately attacking them is a war crime under the Geneva Conventions and the Rome Statute of the International Criminal Court.

To prove a war crime, however, prosecutors must show intent, or at least that the attacker knew that civilians would be the main victims of the second strike. That is difficult without access to the attacker's orders. Ukrainian prosecutors say they are investigating several hundred cases of repeated strikes, and the UN's human rights monitors have said some of them may amount to war crimes.

How do rescuers protect themselves?
Since 2023, Ukraine's emergency service has required crews in many regions to wait at a safe distance after a missile or drone strike before approaching the site, unless lives are immediately at stake. The length of the wait depends on the region and on whether drones are still in the air. Crews increasingly use drones of their own to assess a site before they enter it, and in front-line towns fire engines are fitted with electronic jammers and protective nets.

The rules are a compromise. Waiting saves rescuers' lives, but it can cost the lives of people trapped under rubble. "We stand there with the engine running and listen to someone calling for help, and we count the minutes," said Andrii Koval, who commands a fire and rescue unit in Pavlohrad. "It is the worst part of this job. Worse than the fires."

What would change it?
Not much, in the short term. If Ukraine had enough air defence to protect its cities, fewer drones and missiles would reach their targets in the first place, and double taps would become rarer. But Ukraine's air defence is stretched across a front more than 1,000 kilometres long and a country of almost 40 million people. In the longer term, war crimes prosecutions could deter commanders, but only if they result in convictions.

Until then, rescuers like Koval will go on listening for the second drone.

Have a question about the war that you would like us to explain? Write to explained@clearwater.example
More explainers: How does Ukraine's air-raid alert system work?
© Clearwater News 2025. All rights reserved.
"""
DOC = {"id": "ks11", "date": "2025-05-21", "source": "Clearwater News (news site, explainer)",
       "url": "https://clearwater.example/explained/ukraine/2025/05/21/what-is-a-double-tap-strike", "text": TEXT}

EVENTS = [
    E("ks11-1", "air_drone_strike", "2025-05-19", L("Pavlohrad"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      note="'On Monday night' in a Wednesday 21 May explainer = Mon 19 May: drone on a warehouse, then a second drone on "
           "the fire engine, three firefighters injured; 'Nobody had been hurt by the first drone': one double-tap "
           "attack, one event (the subtitle and 'the Pavlohrad attack followed the same pattern' repeat it)"),
    E("ks11-2", "missile_artillery_strike", "2025-01-21", L("Lozova"), "RU", "UA", fat=N(3), inj=N(12),
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(2))],
      note="dated example: 'On 21 January 2025, two Iskander-M ballistic missiles struck a residential area of Lozova … "
           "about 35 minutes apart', 3 k 12 w in total: a recalled event with a day (required), one attack"),
    E("ks11-3", "air_drone_strike", "2025-04-02", L("Kryvyi Rih"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      note="dated example: 'On 2 April 2025, drones hit a five-storey residential building in Kryvyi Rih' and a second "
           "wave 30 minutes later, two firefighters injured: one event"),
    E("ks11-4", "missile_artillery_strike", None, L("Kherson"), "RU", "UA", prec="unknown", optional=True, fat=N(1),
      weapons=[W("artillery")],
      note="'a strike in the summer of 2023 in which a shell hit a fire engine … killing its driver', the date not "
           "published: specific but undatable -> optional"),
]
# Not events: 'more than 100 of its rescuers have been killed … since February 2022' (cumulative); the definition
# and the firearms origin (generic); the Syrian examples, including the dated hospital strike in Idlib on 15 February
# 2016 (another war: no gold, as blind39 call 9); the White Helmets' rule; Russia's use 'more common since 2023'
# (trend) and its denial; 'the fifth time that year' in Kryvyi Rih (tally); motives (analysis); the professor's
# quote; waves 'would have happened whether or not rescuers were present' (hypothetical); the law (generic);
# 'several hundred cases' under investigation (tally), UN monitors' 'may amount' (assessment); the waiting rule
# 'Since 2023', drones, jammers and nets (habitual); the commander's quote; 'If Ukraine had enough air defence …
# would become rarer' (counterfactual), prosecutions 'could deter' (conditional); how officials count double taps
# (method); 'Is it only Russia?' (other conflicts, undated Russian accusations and criminal cases: no event).
STATEMENTS = [
    S("Marguerite Olsen", None, "The purpose is to make help itself dangerous",
      "professor of international humanitarian law, University of Bergen"),
    S("Andrii Koval", "UA", "we count the minutes", "commander of a fire and rescue unit in Pavlohrad"),
]
MUST_NOT = ["CLEARWATER NEWS", "Home | World | Ukraine | Explained | Data | Video | Newsletters", "Explained › Ukraine",
            "By Sofia Marangoni, Explainers desk", "21 May 2025 | 8 min read", "Save for later",
            "Correction: An earlier version of this explainer gave the wrong region for Pavlohrad. It is in "
            "Dnipropetrovsk region.",
            "Have a question about the war that you would like us to explain? Write to explained@clearwater.example",
            "More explainers: How does Ukraine's air-raid alert system work?",
            "© Clearwater News 2025. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
