from common import E, L, R, C, N, W, S, gold

TITLE = "Defence committee hears of Storm Shadow strike in Bryansk and Russia's 'testing' of NATO airspace"
TEXT = """THE PARLIAMENTARY GAZETTE
Commons | Lords | Committees | Bills | Scotland & Wales | Podcasts
Committees › Defence
Defence committee hears of Storm Shadow strike in Bryansk and Russia's 'testing' of NATO airspace
Ministers and officials set out Britain's support for Ukraine for the year ahead. MPs pressed them on stocks, training and the risk of escalation.
By Theo Marchbank, Political Correspondent
Wednesday 11 February 2026
Filed under: Defence committee, Ukraine, Armed forces
Britain's support for Ukraine will focus this year on air defence, long-range weapons and drones made in Ukraine, the armed forces minister told the Commons defence committee on Tuesday, in a two-and-a-half-hour session that ranged from the fate of Britain's own ammunition stocks to Russia's probing of NATO's eastern flank.

The minister, appearing alongside the Chief of Defence Intelligence and the officer who runs the UK's training programme for Ukrainian recruits, confirmed for the first time that British-supplied Storm Shadow cruise missiles had been used in a Ukrainian strike on a Russian ammunition depot in Bryansk region on 20 January. Ukraine's General Staff reported the strike at the time but did not say which weapons were used.

"I can confirm that Storm Shadow was used, and that the target was a legitimate military one: an ammunition depot supplying Russian forces attacking Sumy region," the minister said. He declined to say how many missiles were fired or whether the UK had approved the target in advance, telling MPs that "decisions on targeting are Ukraine's decisions, within the rules we have agreed."

It was the committee's first session on Ukraine since the autumn, when members heard from the previous chief of the defence staff that the war had entered "a phase of attrition that favours the side with more people." Since then, Russia has taken several more towns in Donetsk region, Ukraine has lowered the age at which men can volunteer for short contracts, and the United States has resumed the sale of some weapons to European countries for transfer to Ukraine after a pause last year.

A new package
The minister said the government had approved on Monday a £1.1 billion package of air-defence missiles and radars for Ukraine, the largest single British package since the start of the full-scale invasion. The money will come from the profits of frozen Russian assets and will be spent mostly with British manufacturers. Deliveries are due to start in the summer and to continue until 2028.

Asked by the committee's chair, Eleanor Pryce-Whitley, whether British industry could actually produce the missiles in time, the minister conceded that "some of these lines are not yet running at the rate we need," but said production of Starstreak and of the new lightweight multirole missile would double by the end of the year. "We have learned the hard way that you cannot switch a factory on like a kettle," Pryce-Whitley said. "The question for this committee is whether the government has learned it too."

Intelligence picture
The Chief of Defence Intelligence gave MPs an assessment of the war that was, by his own description, "sober rather than pessimistic." Russia, he said, is advancing in Donetsk region at a rate of roughly fifteen to twenty square kilometres a day, at a cost of around 1,000 casualties a day. It launched more than 6,000 drones at Ukraine in January, more than in any previous month, and has increased production of the Shahed-type drones at its plant in Tatarstan.

He described a missile strike on Sunday on an energy facility near Lviv as an example of Russia's adaptation. The Kh-101 cruise missile used in that strike, he said, had flown a route along the Belarusian border at very low altitude in order to avoid Ukrainian radar. "They study our patterns as carefully as we study theirs," he told MPs. Ukraine's air force reported at the time that the strike caused power cuts in parts of Lviv region and did not injure anyone.

On NATO's eastern flank, the intelligence chief said that Russia was "testing" the alliance's air defences with drones. He told MPs that a Russian Gerbera drone that entered Polish airspace in the early hours of 3 February had been shot down by Polish F-16s near Lublin, about 100 kilometres from the Ukrainian border, and that British analysts believed the flight was deliberate. Russia has denied sending drones into Polish airspace. Asked whether Russia was preparing an attack on a NATO member, he said there was "no indication of an intention to attack, but clear evidence of an intention to intimidate."

Several MPs raised the case of the Russian submarine that sailed through the English Channel last week, shadowed by a Royal Navy frigate. The minister said such transits were "routine but watched," and that the Navy had escorted Russian vessels through British waters more than forty times in 2025.

Stocks and the Black Sea
MPs returned several times to Britain's own stocks. The committee's report last year warned that the army would run out of some types of artillery ammunition within weeks in a high-intensity war, and members wanted to know what had changed. The minister said that a new factory for 155mm shells had started production in the autumn and that the stockpile of air-defence missiles was "larger than a year ago, but not yet where it needs to be." He would not give figures, citing security.

On the Black Sea, the intelligence chief told MPs that Ukraine's drone campaign had forced most of Russia's Black Sea Fleet to move from Sevastopol to Novorossiysk, and that the fleet now rarely ventured far from port. Ukrainian naval drones have struck Russian ships and port facilities many times since 2023, he said, and Russia had not been able to stop grain shipments from Odesa since the corridor opened. Asked whether Britain had helped plan any of those operations, he said only that Britain "shares intelligence with Ukraine on a wide range of subjects."

Training and people
The officer in charge of the training programme, Brigadier Helen Ashdown, told the committee that more than 61,000 Ukrainian recruits had been trained in Britain since 2022. The programme has changed, she said, from teaching basic infantry skills to teaching small units how to survive under constant drone observation. "The first thing we teach now is how to hide from the sky," she said. "Everything else comes second."

She said the programme would move part of its training into Ukraine itself in the spring if security conditions allowed, and that a first group of British instructors was preparing for that role. Opposition MPs asked whether this would expose British personnel to Russian strikes. The minister replied that no decision had yet been taken, and that any deployment would be announced to Parliament first.

Escalation and the ceasefire talks
Much of the second hour was taken up with the talks on a ceasefire. The minister said Britain remained ready to lead a multinational force to help secure a ceasefire once one was agreed, and that planning for such a force "is detailed and well advanced," but he would not say how many British troops might be involved. "We will not put British soldiers between two armies that are still fighting," he said. "When there is a ceasefire, we will be there to help it hold."

One Conservative member, Rupert Alnwick, asked whether Russia's sabotage campaign in Europe, including the arson attack on a warehouse in east London in March 2024, could be treated as an attack on Britain. The intelligence chief said that the campaign had "grown and become more reckless" since 2024 and that the security services were investigating several suspected plots, but he would not discuss individual cases. "Let me put it this way: we are busy," he said.

The Liberal Democrat member, Morag Findlay, asked about Ukrainian civilians: what Britain was doing about the attack on the children's hospital in Kyiv in July 2024 and other strikes on civilians. The minister said the UK was funding the work of investigators collecting evidence for future prosecutions, and that "nobody who gave those orders should sleep easily."

What happens next
The committee will publish a report on Britain's support for Ukraine before the summer recess. It intends to take evidence from defence manufacturers next month and from the Ukrainian ambassador in March.

Pryce-Whitley said after the session that the committee had heard "a great deal of ambition and rather less detail." She added: "Ukraine does not need more promises from us. It needs the missiles to arrive on the day we said they would."

Read more: What Britain has given Ukraine since 2022, in charts
Follow The Parliamentary Gazette on Bluesky and Threads
The Parliamentary Gazette is an independent publication. It is not affiliated with Parliament.
© 2026 Gazette Media Ltd
"""
DOC = {"id": "ks10", "date": "2026-02-11", "source": "The Parliamentary Gazette (political news site, committee report)",
       "url": "https://parliamentarygazette.example/committees/defence/2026/02/11/storm-shadow-bryansk-nato-airspace",
       "text": TEXT}

EVENTS = [
    E("ks10-1", "missile_artillery_strike", "2026-01-20", R("RU-BRY", "Bryansk Oblast"), "UA", "RU",
      weapons=[W("cruise_missile", "Storm Shadow")],
      note="the minister confirmed Storm Shadow 'used in a Ukrainian strike on a Russian ammunition depot in Bryansk "
           "region on 20 January': a past operation with a day (required), region only"),
    E("ks10-2", "policy_decision", "2026-02-09", C("GB", "United Kingdom"), "GB", "UA",
      note="'the government had approved on Monday a £1.1 billion package' (Mon 9 Feb) -> the deciding country, "
           "precision 4; deliveries from the summer to 2028 are future"),
    E("ks10-3", "missile_artillery_strike", "2026-02-08", L("Lviv", 2), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("cruise_missile", "Kh-101")],
      note="'a missile strike on Sunday on an energy facility near Lviv' (Sun 8 Feb), Kh-101; 'did not injure anyone' "
           "= 0/0 (injured 0; fatalities 0 as no one was hurt); precision 2"),
    E("ks10-4", "infrastructure_disruption", "2026-02-08", R("UA-46", "Lviv Oblast"), "RU", "UA", parent="ks10-3",
      note="'the strike caused power cuts in parts of Lviv region'"),
    E("ks10-5", "interception", "2026-02-03", L("Lublin", 2), "PL", "RU", weapons=[W("drone", intercepted=N(1))],
      note="'a Russian Gerbera drone that entered Polish airspace in the early hours of 3 February had been shot down "
           "by Polish F-16s near Lublin': interception by Poland, precision 2; Russia's denial is a counter-statement"),
    E("ks10-7", "air_drone_strike", "2026-02-03", L("Lublin", 2), "RU", "PL", optional=True, weapons=[W("drone")],
      note="the Gerbera drone's flight into Polish airspace itself (RU -> PL): another reading of the incident beside "
           "the interception, optional"),
    E("ks10-6", "military_mobilization", None, C("GB", "United Kingdom"), "GB", "RU", prec="unknown", optional=True,
      note="the Russian submarine's Channel transit 'last week', shadowed by a Royal Navy frigate: no day, not an act "
           "of the war in Ukraine; optional"),
]
# Not events: the hearing itself on Tuesday (a parliamentary session, not a war event); 'the year ahead' focus
# (plans); Ukraine's General Staff reporting the Bryansk strike 'at the time' (the same event); the unstated number
# of missiles and target approval; 'decisions on targeting are Ukraine's decisions' (statement); 'the largest single
# British package since the start of the full-scale invasion' (comparison), frozen-asset profits, deliveries 'due to
# start in the summer … until 2028' (future); production lines 'not yet running', production 'would double by the
# end of the year' (forecast); the chair's kettle quote (statement); the intelligence chief's assessment (advance
# rate, 1,000 casualties a day, 'more than 6,000 drones … in January' as a comparison, Shahed production in
# Tatarstan: statistics and trends); the Kh-101 route along the Belarusian border (description of the Lviv strike);
# Russia's denial of drones in Polish airspace; 'no indication of an intention to attack'; escorts 'more than forty
# times in 2025' (tally); 61,000 recruits trained 'since 2022' (cumulative), the programme's change, training moving
# into Ukraine 'in the spring if security conditions allowed' (conditional plan), instructors preparing, 'no
# decision had yet been taken'; the multinational force 'once one was agreed' (conditional), planning 'well
# advanced', 'We will not put British soldiers' (statement); the sabotage campaign, the east London warehouse arson
# 'in March 2024' (month only, outside the theatre), 'several suspected plots' (undated); the children's hospital in
# Kyiv 'in July 2024' (month only), funding investigators; the committee's future report and evidence sessions;
# the committee's autumn session and 'a phase of attrition' (history, statement); 'Russia has taken several more
# towns', the lowered volunteering age, US sales resumed 'after a pause last year' (undated summaries); 'Stocks and the Black Sea' (last year's warning, the shell factory 'in the autumn', stockpiles; the Black Sea Fleet
# moved from Sevastopol (undated), naval-drone strikes 'many times since 2023' (habitual), the grain corridor).
STATEMENTS = [
    S("Eleanor Pryce-Whitley", "GB", "you cannot switch a factory on like a kettle", "chair, Commons defence committee"),
    S("Helen Ashdown", "GB", "The first thing we teach now is how to hide from the sky",
      "brigadier, head of the UK training programme for Ukrainian recruits"),
]
MUST_NOT = ["THE PARLIAMENTARY GAZETTE", "Commons | Lords | Committees | Bills | Scotland & Wales | Podcasts",
            "Committees › Defence", "By Theo Marchbank, Political Correspondent", "Wednesday 11 February 2026",
            "Filed under: Defence committee, Ukraine, Armed forces",
            "Read more: What Britain has given Ukraine since 2022, in charts",
            "Follow The Parliamentary Gazette on Bluesky and Threads",
            "The Parliamentary Gazette is an independent publication. It is not affiliated with Parliament.",
            "© 2026 Gazette Media Ltd"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
