from common import E, L, R, C, N, W, S, gold

TITLE = "Event report: Holding the sky - air defence for Ukraine's third war spring"
TEXT = """NORRLAND INSTITUTE OF INTERNATIONAL AFFAIRS
Research | Events | Publications | Experts | Press | Svenska
Events > Past events > Event reports
Event report: Holding the sky - air defence for Ukraine's third war spring
Roundtable held at the Norrland Institute, Stockholm, on Wednesday 17 April 2024
Report published 18 April 2024 | Rapporteur: Linnea Åkerfeldt
Tags: Ukraine, air defence, Nordic security

The roundtable brought together around sixty participants from government, the armed forces, industry and research institutions in the Nordic and Baltic states, Ukraine and the United States. It was held under a modified Chatham House rule: speakers named below agreed to be quoted; other contributions are reported without attribution. The chair was Professor Henrik Oldberg of the Norrland Institute.

Opening remarks
Opening the roundtable, Sweden's minister for defence recalled that the government had approved on Tuesday a new military aid package for Ukraine worth 6.1 billion kronor, the largest so far, with air defence systems and ammunition at its core. The minister said that the deliveries would be made "as fast as industry allows" and that Sweden would consider further packages later in the year if its own air defence needs allowed.

A deputy defence minister of Ukraine said that Russia had fired more missiles and drones at Ukraine's energy system in the past four weeks than in the whole of the previous winter, and that Ukraine's stocks of interceptors were "not sufficient for more than a few weeks of this." He reminded participants that Ukraine had asked its partners for seven additional Patriot batteries and that none had yet been promised in April.

Session one: What the spring strikes have shown
Colonel Vadym Lutsenko of the Ukrainian Air Force's command described the most recent attacks in detail. On Saturday, he said, a Kh-101 cruise missile fired from a Tu-95 bomber over the Caspian Sea had struck an electrical substation near Korosten, in Zhytomyr region, after flying for more than two hours along the Belarusian border. The strike cut power to about 50,000 homes in the north of Zhytomyr region, he said. Nobody was injured.

Lutsenko said that the strike on Korosten was typical of Russia's new method: a small number of cruise missiles, routed along unpredictable paths, aimed at nodes that took months to repair. "They are not trying to hit everything any more," he said. "They are trying to hit the one thing we cannot replace this year." In the winter of 2022-23, he recalled, Russia had aimed its missiles at the grid as a whole and caused widespread but short blackouts; its planners have since learned from that campaign.

Participants compared the Ukrainian experience with Israel's defence against the Iranian drone and missile attack on the night of 13 to 14 April, when Israel and its partners intercepted almost all of more than 300 projectiles. Several speakers argued that the comparison showed what could be done with enough interceptors and enough partners willing to fly; others pointed out that Iran had announced its attack in advance and that Russia never does.

Iryna Bondarchuk, who coordinates a volunteer shelter network in Kharkiv, described the situation in her city. On Monday night, she said, a Russian missile hit a bakery in the Shevchenkivskyi district, injuring six workers on the night shift. Kharkiv, which has had no air defence cover against ballistic missiles for several months, is struck "several times a week", Bondarchuk said, and residents now sleep in corridors as a matter of course. "Kharkiv does not need sympathy. It needs two Patriot launchers," she said.

Session two: NATO's eastern flank
The second session turned to the risks for NATO member states. A Romanian defence official described the Russian drone that crashed in a field near Tulcea on 11 April, a few kilometres from the Danube and the Ukrainian border. Nobody was hurt, and the Romanian armed forces recovered the debris the same day. The official said the drone had probably strayed during an attack on the Ukrainian port of Izmail on the other side of the river. Romania has recorded more than a dozen such incidents since September 2023, he said, and has since passed a law that allows its forces to shoot down drones that violate its airspace.

Speakers from the Baltic states said that their own airspace had not been violated this year, but that Russian jamming of satellite navigation signals over the Baltic Sea had disrupted civil flights almost every day since December. A Finnish participant said that Finland had kept its border with Russia closed since December and would keep it closed for as long as necessary.

Participants discussed whether European states should shoot down Russian missiles over western Ukraine from their own territory. Most thought this unlikely in the near future. If it happened, one participant argued, Russia would probably respond with threats rather than with force, as it had when Poland closed its airspace to Russian aircraft in 2022.

Questions from the floor
Asked about the F-16 fighter jets promised by Denmark, the Netherlands and Norway, a Danish participant said that the first aircraft were expected to reach Ukraine "in the summer", although he would not give a date. Denmark decided to give its F-16s to Ukraine in August 2023, and the pilots' training, he said, had taken longer than anyone had hoped. Even with the jets, several speakers warned, Ukraine would not be able to stop glide bombs unless its aircraft could operate close to the front, which would require long-range air-to-air missiles that no partner has yet promised.

A participant from the defence industry said that European manufacturers could double their output of short-range interceptors by the end of 2025 if governments signed multi-year contracts now. Without such contracts, she said, factories would not hire the workers they need. Another participant asked whether Ukraine could make its own interceptors. Lutsenko replied that Ukrainian engineers had adapted Soviet-era missiles to Western launchers, but that the stock of those missiles was finite. Nobody suggested that the question would be solved this year.

Ministers' meeting
On the sidelines of the roundtable, Ukraine's defence minister and his Swedish counterpart met in Stockholm on Wednesday afternoon to discuss the delivery schedule of the new package and joint production of ammunition. A joint statement said the two ministers had agreed to meet again in Kyiv in the summer.

Closing remarks
Closing the roundtable, Professor Oldberg said that air defence had become "the single measure of whether Ukraine's partners are serious." He recalled that the Norrland Institute's first roundtable on Ukraine, in the spring of 2014, had discussed the annexation of Crimea and whether sanctions would deter further Russian action. "Ten years later, we are discussing how many interceptors a city needs to survive a winter," he said. "That is the distance we have travelled, and not in a good direction." He added that the institute would publish a longer paper on European interceptor production before the NATO summit in Washington in July.

Key conclusions
Participants broadly agreed that:
- the coming months will test Ukraine's air defence more severely than any period since the winter of 2022-23;
- interceptors, not launchers, are the main bottleneck, and European production will not close the gap before 2025;
- Nordic and Baltic states should coordinate their procurement to avoid competing with each other and with Ukraine for the same systems;
- the risk of incidents on NATO territory, such as the Tulcea crash, will grow as long as Russia strikes Ukraine's Danube ports.

Next event: The Norrland Institute's annual Baltic Sea Security Conference will take place on 12-13 June 2024.
The views summarised in this report are those of the participants and do not necessarily reflect those of the Norrland Institute.
Norrland Institute of International Affairs, Box 27035, 102 51 Stockholm
"""
DOC = {"id": "kv08", "date": "2024-04-18", "source": "Norrland Institute of International Affairs (think tank, event report)",
       "url": "https://norrland-institute.example/events/reports/2024-04-17-holding-the-sky", "text": TEXT}

EVENTS = [
    E("kv08-1", "policy_decision", "2024-04-16", C("SE", "Sweden"), "SE", "UA",
      note="'the government had approved on Tuesday a new military aid package … worth 6.1 billion kronor' (the "
           "roundtable on Wed 17 Apr, the report on Thu 18 Apr: Tuesday = 16 Apr) -> the deciding country, precision 4; "
           "'would consider further packages … if' is conditional"),
    E("kv08-2", "missile_artillery_strike", "2024-04-13", L("Korosten", 2), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("cruise_missile", "Kh-101")],
      note="'On Saturday … a Kh-101 cruise missile … had struck an electrical substation near Korosten' (Sat 13 Apr); "
           "'Nobody was injured' = 0/0; the Caspian Sea and the route along the Belarusian border are no places hit; "
           "'the strike on Korosten' repeats it"),
    E("kv08-3", "infrastructure_disruption", "2024-04-13", R("UA-18", "Zhytomyr Oblast"), "RU", "UA",
      parent="kv08-2", note="'cut power to about 50,000 homes in the north of Zhytomyr region' -> part of a region, "
                           "region precision (admin1 UA-18)"),
    E("kv08-4", "missile_artillery_strike", "2024-04-15", L("Kharkiv"), "RU", "UA", inj=N(6), weapons=[W("missile")],
      note="'On Monday night, she said, a Russian missile hit a bakery in the Shevchenkivskyi district, injuring six' "
           "(Mon 15 Apr; the district = the city)"),
    E("kv08-5", "air_drone_strike", "2024-04-11", L("Tulcea", 2), "RU", "RO", fat=N(0), inj=N(0),
      weapons=[W("drone")],
      note="'the Russian drone that crashed in a field near Tulcea on 11 April … Nobody was hurt' -> RU -> RO 0/0 at "
           "precision 2 (blind41 kr10's drone in a Polish field); 'probably strayed during an attack on … Izmail' "
           "names no attack of its own; the key conclusions repeat it"),
    E("kv08-6", "diplomatic_contact", "2024-04-17", L("Stockholm"), "UA", "SE",
      note="'Ukraine's defence minister and his Swedish counterpart met in Stockholm on Wednesday afternoon' -> the "
           "named venue; 'agreed to meet again in Kyiv in the summer' is a plan"),
]
# Not events: the roundtable itself (a think-tank meeting, not a war event) and its participants; deliveries 'as
# fast as industry allows' (future); the deputy minister's 'more missiles and drones … in the past four weeks than
# in the whole of the previous winter' (comparison, tally) and his interceptor quote (title-only speaker); the
# request for seven Patriot batteries, 'none had yet been promised' (negation); the Tu-95 over the Caspian Sea and
# the route along the Belarusian border (parts of the Korosten strike); 'Russia's new method' and the colonel's
# quotes; the winter of 2022-23 campaign (history without a day); Iran's attack on Israel 'on the night of 13 to 14
# April' and its interception (another war, no gold even with a day), 'Russia never does' (habitual); Kharkiv
# struck 'several times a week', no air defence 'for several months', sleeping in corridors (habitual); the
# volunteer's 'two Patriot launchers' quote (gold statement, no event); the drone recovered 'the same day' (part of
# the Tulcea crash), the Izmail attack 'on the other side of the river' (no day of its own, inferred), 'more than a
# dozen such incidents since September 2023' (tally) and the law (undated); Baltic airspace 'not … violated this
# year' (negation), GPS jamming 'almost every day since December' (habitual); Finland's border 'closed since
# December' (a state of affairs); shooting down missiles from European territory 'unlikely', 'If it happened …
# would probably respond', Poland closing its airspace 'in 2022' (conditional, history); the next meeting in Kyiv
# 'in the summer' (plan); the key conclusions (forecasts, recommendations; the Tulcea crash repeated); the June
# conference (future); the closing remarks (the 2014 roundtable on Crimea's annexation: history without a day; the
# paper 'before the NATO summit in Washington in July': future); the F-16s 'expected … in the summer' (future), Denmark's decision 'in August 2023' (month
# only), 'would not be able to stop glide bombs unless' (conditional); output that 'could double … if' (conditional),
# Soviet-era missiles adapted to Western launchers (undated, habitual), 'Nobody suggested …' (negation).
STATEMENTS = [
    S("Vadym Lutsenko", "UA", "They are trying to hit the one thing we cannot replace this year",
      "Ukrainian Air Force command officer"),
    S("Henrik Oldberg", None, "the single measure of whether Ukraine's partners are serious", "chair, Norrland Institute"),
    S("Iryna Bondarchuk", "UA", "Kharkiv does not need sympathy", "coordinator of a volunteer shelter network, Kharkiv"),
]
MUST_NOT = ["NORRLAND INSTITUTE OF INTERNATIONAL AFFAIRS",
            "Research | Events | Publications | Experts | Press | Svenska",
            "Events > Past events > Event reports",
            "Report published 18 April 2024 | Rapporteur: Linnea Åkerfeldt",
            "Tags: Ukraine, air defence, Nordic security",
            "Next event: The Norrland Institute's annual Baltic Sea Security Conference will take place on 12-13 June 2024.",
            "The views summarised in this report are those of the participants and do not necessarily reflect those of the Norrland Institute.",
            "Norrland Institute of International Affairs, Box 27035, 102 51 Stockholm"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
