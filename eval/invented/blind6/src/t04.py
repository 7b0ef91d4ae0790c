from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine war live: energy sites hit in Chernihiv and Lviv regions; Berlin approves two more Patriot systems"
TEXT = """THE MORNING LEDGER
LIVE
Ukraine war live: energy sites hit in Chernihiv and Lviv regions; Berlin approves two more Patriot systems
Thursday's developments as they happen, with the latest from Kyiv, Moscow and Brussels
Live coverage by Priya Ramaswamy in London and Daniel Korobko in Kyiv
Last updated: Thu 9 Oct 2025 18.42 BST
Auto-refresh on
Newest first | Oldest first

18.42 BST
We are closing this live blog for today

Thank you for following our coverage. A quick summary of the day:
Russia launched eight missiles and 112 drones at Ukraine overnight, hitting energy facilities in the Chernihiv and Lviv regions; more than 30,000 households in the Chernihiv region were left without power.
A guided bomb struck Kharkiv's Kholodnohirskyi district, injuring two people.
Germany approved the delivery of two more Patriot air defence systems.
Russia's defence ministry claimed its forces had captured the village of Malomikhailovka in the Dnipropetrovsk region.
Ukraine received the bodies of 1,000 fallen soldiers in a repatriation.
We will be back tomorrow morning.

18.15 BST
Kremlin: no date for next round of talks

Asked about the prospects for a new round of direct talks with Ukraine, the Kremlin spokesman said there was "nothing to announce" and that Russia's delegation remained ready to meet "when Kyiv is ready to discuss the substance". Ukrainian officials have said they are prepared to meet at any level, including at the level of presidents, but that they will not accept preconditions.

There have been no direct talks between the two delegations since the summer. A senior European diplomat told us this afternoon that he did not expect any before the end of the year. "Both sides are waiting for the other to blink, and neither is going to," he said.

Share

17.55 BST
Russia claims capture of village in Dnipropetrovsk region

Russia's defence ministry says its troops have "liberated" the village of Malomikhailovka — Malomykhailivka in Ukrainian — in the Dnipropetrovsk region. There has been no comment from Kyiv so far, and we have not been able to verify the claim.

Russian forces first crossed into the Dnipropetrovsk region, which Moscow does not claim as its own, in the summer, and Ukrainian officials have repeatedly described their presence there as a handful of infiltration groups. If confirmed, the capture would be one of the deepest Russian advances into the region so far. Military analysts caution that the Russian ministry has in the past announced the capture of villages that were later shown to remain contested.

Share

16.30 BST
Belgorod governor says driver killed in drone attack

A Ukrainian drone struck a lorry on a road near Shebekino in Russia's Belgorod region on Thursday afternoon, killing the driver, the regional governor, Vyacheslav Gorodetsky, has said on Telegram. We could not independently verify the report. Ukraine does not usually comment on individual strikes on Russian territory.

Share

15.40 BST
Analysis: why Russia keeps hitting the gas network

Our energy correspondent, Tomasz Wrobel, writes:
Overnight attacks like this one are part of a campaign that began in earnest last month and has increasingly focused on Ukraine's gas production and storage, not only on its power stations. The logic is simple. Ukraine produces most of the gas it uses for heating, and if production falls sharply it will need to import large volumes during the winter, at a cost of billions of euros that it does not have. Ukrainian officials say the country may need to buy as much as 4.5bn cubic metres of gas before the spring.

The campaign echoes the strikes on the power grid in the winter of 2022-23, when Ukraine suffered weeks of rolling blackouts, and in the spring of 2024, when Russia destroyed much of the country's thermal and hydroelectric generating capacity. Each time, Ukraine repaired what it could and adapted. Whether it can do so again depends on the weather, on air defences, and on how quickly its partners can deliver equipment and money.

Share

15.10 BST
Poland scrambled jets during overnight attack

Poland's Operational Command says it scrambled fighter jets and put ground-based air defence on the highest state of readiness early on Thursday as Russia attacked targets in western Ukraine. Polish airspace was not violated, the command said in a post on X, and the aircraft returned to base shortly after 6am.

Polish and allied aircraft have been scrambled dozens of times since the start of the full-scale invasion, and the procedure has become routine whenever Russian strikes come close to the border. It became considerably less routine last month, after several Russian drones entered Polish airspace and were shot down.

Share

14.20 BST
Hungary repeats opposition to reparations loan

Hungary's foreign minister, Péter Szabados, has said Budapest "will not put a single forint of European money at risk" for a proposed EU loan to Ukraine financed by frozen Russian assets. EU leaders are due to discuss the plan at a summit in Brussels later this month, and diplomats say Belgium, where most of the assets are held, also wants firmer legal guarantees before it agrees.

"We are being asked to sign a blank cheque for a war that cannot be won on the battlefield," Szabados told a news conference.

Analysis from our Brussels correspondent, Marie-Claire Dufour:
The loan would be the EU's most ambitious financial commitment to Ukraine so far, and it faces obstacles well beyond Hungary. Unanimity is not strictly required for every element of the plan, but without Belgian support it is hard to see how it could go ahead. A decision before the end of the year remains possible; a decision this month looks unlikely.

Share

13.05 BST
Kremlin says air defence deliveries "prolong the conflict"

The Kremlin's spokesman, Dmitri Orlovsky, said on Thursday that the delivery of further Western air defence systems to Ukraine would "only prolong the conflict and the suffering of the Ukrainian people". He did not comment directly on the German announcement.

Asked whether the Russian president was prepared to meet his Ukrainian counterpart, Orlovsky repeated Moscow's position that such a meeting could take place only "at the final stage" of a settlement.

Share

12.25 BST
What we know about the Patriot package

A few details on the German announcement from our defence team:
Each Patriot system typically consists of a radar, a control station and several launchers, and needs about 90 trained personnel to operate. Ukraine received its first Patriot system in the spring of 2023 and has since used it to shoot down Russian ballistic missiles, including the hypersonic Kinzhal. The systems are expensive — about $1bn each including missiles — and in short supply, which is why donor countries have been negotiating with Washington over who gets the next units off the production line.
Germany has not said where the two systems will come from. Defence analysts expect them to be taken from Bundeswehr stocks, with replacements ordered from the manufacturer.

Share

12.00 BST
Germany to send two more Patriot systems

Germany's defence ministry has announced that the government has approved the delivery of two more Patriot air defence systems to Ukraine, to be handed over by the end of the year. The cost will be shared with the United States under an agreement reached in the summer, a ministry spokesperson said in Berlin.

"Ukraine's cities need these systems this winter, not next spring," the defence minister, Jana Koeppen, said in a statement.

Germany has already supplied several Patriot systems to Ukraine since 2023, making it one of Kyiv's largest suppliers of air defence. Ukraine's president has said the country needs at least 25 systems to protect its main cities and energy infrastructure.

Share

11.40 BST
Slovakia will not block EU sanctions, says PM's office

Slovakia will not veto the next package of EU sanctions against Russia, the Slovak prime minister's office has said, after weeks of hints that Bratislava might hold up the package over energy concerns. The package, the EU's 20th, is expected to be put to member states later this month. It is not yet clear what it will contain; diplomats say proposals include further restrictions on Russian liquefied natural gas and on the "shadow fleet" of tankers that carries Russian oil.

Share

11.15 BST
Guided bomb hits Kharkiv district

A Russian guided aerial bomb struck the Kholodnohirskyi district of Kharkiv late on Thursday morning, injuring two people and damaging a warehouse and several cars, the mayor, Ihor Tereshchuk, said. Kharkiv, Ukraine's second-largest city, lies about 30km from the Russian border and is hit by drones or bombs almost every day.

Share

10.30 BST
30,000 households without power in Chernihiv region

More than 30,000 households in the Chernihiv region remain without electricity after the overnight attack, the regional energy company says. Repair crews began work as soon as the air-raid alert ended, but the company warned that full restoration could take until the weekend.

In Chernihiv itself, schools have switched to remote learning for the rest of the week.

Share

09.45 BST
Overnight attack: eight missiles, 112 drones

Ukraine's air force says Russia launched eight missiles — five Kh-101 cruise missiles and three Iskander-M ballistic missiles — and 112 Shahed-type drones at Ukraine overnight. Air defences shot down three cruise missiles and 90 drones.

In Chernihiv, drones hit an energy facility, the regional governor, Viacheslav Chumak, said. No one was hurt.

In the Lviv region, a missile hit an energy infrastructure facility, the regional governor said, adding that there were no casualties. Residents of Lviv reported hearing several explosions at around 4am.

Share

09.10 BST
Ukraine receives bodies of 1,000 fallen soldiers

Ukraine has received the bodies of 1,000 people who, according to the Russian side, are Ukrainian soldiers, the government's coordination headquarters for the treatment of prisoners of war says. Russia received the bodies of 31 of its soldiers, according to Russian officials. The repatriation took place on Thursday; no location was given.

"Every one of them will be identified and returned to their families," the coordination headquarters said.

Share

08.45 BST
Foreign minister to visit Tokyo next week

Ukraine's foreign minister, Andrii Sydorenko, will travel to Japan next week to discuss reconstruction funding and Japanese support for Ukraine's energy sector, his ministry says. Japan has been one of the largest non-European donors to Ukraine, although its constitution limits its ability to supply weapons.

Share

08.30 BST
Front line: 176 clashes in the past day

Ukraine's general staff says there have been 176 combat clashes along the front line over the past day, with the heaviest fighting in the Pokrovsk and Kostiantynivka directions. The figures, which are published every morning, are not independently verifiable, but they give a sense of where the pressure is greatest.

Share

08.00 BST
Welcome

Good morning and welcome to our live coverage of the war in Ukraine. Russia launched another large attack on Ukraine's energy infrastructure overnight. We will bring you the latest throughout the day.

Share

Most viewed
Markets slide as oil prices jump
The best autumn reads of 2025
Sign up to The Morning Ledger Briefing
Report an error | Comment policy
© 2025 The Morning Ledger
"""
DOC = {"id": "t04", "date": "2025-10-09", "source": "The Morning Ledger (live blog)",
       "url": "https://www.morningledger.example/world/live/2025/oct/09/ukraine-war-live", "text": TEXT}

D = "2025-10-09"
EVENTS = [
    E("t04-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("cruise_missile", "Kh-101", launched=N(5)), W("ballistic_missile", "Iskander-M", launched=N(3)),
               W("drone", "Shahed-136", launched=N(112))], claimant="Ukrainian air force"),
    E("t04-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("cruise_missile", intercepted=N(3)), W("drone", intercepted=N(90))], claimant="Ukrainian air force"),
    E("t04-3", "air_drone_strike", D, L("Chernihiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="t04-1", claimant="Viacheslav Chumak"),
    E("t04-4", "missile_artillery_strike", D, R("UA-46", "Lviv region"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("missile")], parent="t04-1", claimant="Lviv regional governor"),
    E("t04-5", "infrastructure_disruption", D, R("UA-74", "Chernihiv region"), "RU", "UA",
      claimant="regional energy company", note="30,000+ households without power"),
    E("t04-6", "air_drone_strike", D, L("Kharkiv", 1, "Kharkiv, Kholodnohirskyi district"), "RU", "UA", inj=N(2),
      weapons=[W("guided_bomb")], claimant="Ihor Tereshchuk"),
    E("t04-7", "policy_decision", D, L("Berlin"), "DE", None, claimant="German defence ministry",
      note="approval of two more Patriot systems"),
    E("t04-8", "military_mobilization", D, C("PL", "Poland"), "PL", None, claimant="Polish Operational Command",
      note="jets scrambled, air defence on highest readiness"),
    E("t04-9", "air_drone_strike", D, L("Shebekino", 2, "road near Shebekino"), "UA", "RU", fat=N(1),
      weapons=[W("drone")], claimant="Vyacheslav Gorodetsky"),
    E("t04-10", "territory_change", D, L("Malomykhailivka", 1, "Malomikhailovka (Malomykhailivka)"), "RU", "UA",
      claimant="Russian defence ministry", note="unverified 'liberated' claim"),
    E("t04-11", "agreement", D, C(None, "unspecified"), "UA", "RU", claimant="Coordination headquarters",
      note="repatriation of bodies (1,000 / 31); no location given"),
    E("t04-12", "armed_clash", "2025-10-08", C("UA", "Ukraine"), "RU", "UA", end=D, prec="range", agg=True,
      optional=True, claimant="Ukrainian general staff", note="176 clashes over the past day, front-wide tally"),
    E("t04-13", "infrastructure_disruption", D, L("Chernihiv"), "RU", "UA", optional=True,
      note="schools switched to remote learning; consequence of the outage"),
    E("t04-14", "interception", "2025-09-01", C("PL", "Poland"), "PL", "RU", end="2025-09-30", prec="month",
      optional=True, note="'last month, after several Russian drones entered Polish airspace and were shot down'"),
]
STATEMENTS = [
    S("Péter Szabados", "HU", "will not put a single forint of European money at risk", "Hungarian foreign minister"),
    S("Péter Szabados", "HU", "a blank cheque for a war that cannot be won on the battlefield", "Hungarian foreign minister"),
    S("Dmitri Orlovsky", "RU", "only prolong the conflict and the suffering of the Ukrainian people", "Kremlin spokesman"),
    S("Jana Koeppen", "DE", "Ukraine's cities need these systems this winter, not next spring", "German defence minister"),
    S("Coordination Headquarters", "UA",
      "Every one of them will be identified and returned to their families"),
]
MUST_NOT = ["THE MORNING LEDGER", "Thursday's developments as they happen, with the latest from Kyiv, Moscow and Brussels",
            "Live coverage by Priya Ramaswamy in London and Daniel Korobko in Kyiv",
            "Last updated: Thu 9 Oct 2025 18.42 BST", "Auto-refresh on", "Newest first | Oldest first",
            "Most viewed", "Markets slide as oil prices jump", "The best autumn reads of 2025",
            "Sign up to The Morning Ledger Briefing", "Report an error | Comment policy", "© 2025 The Morning Ledger"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
