from common import E, L, R, C, N, W, S, gold

TITLE = "Europe keeps pricing Ukraine's power grid in the wrong currency"
TEXT = """THE ATLANTIC COURANT
News | Opinion | Europe | Markets | Ideas | Books
OPINION | GUEST ESSAY
Europe keeps pricing Ukraine's power grid in the wrong currency
Transformers cost money. Blackouts cost lives, factories and, eventually, the front line.
By Henrik Vasstveit
Henrik Vasstveit is a former grid operator and a senior fellow at the Nordkapp Energy Forum in Oslo.
December 3, 2025
Follow Opinion on our newsletter
Views expressed in guest essays are the author's own.

Late on Sunday evening, a little before eleven o'clock, a swarm of Russian drones reached the thermal power plant at Ladyzhyn in Vinnytsia region. Within an hour the plant's turbine hall was on fire and some 30,000 homes in the town had no heating; the regional authorities said no one had been killed. Engineers I have known for a decade spent Monday wrapping pipes in the cold and counting which spare parts they could still cannibalise. "We have been repairing the same unit since 2022," one of them, shift supervisor Mykola Derevianko, told me by phone. "Every time we finish, they come back."

On Monday, the German cabinet approved another €500 million for Ukraine's energy sector, most of it for mobile gas turbines and transformers. It is a welcome decision, and it is not enough, because the way Europe thinks about the grid is still wrong.

Three winters of the same lesson
Russia's campaign against Ukraine's electricity system is now in its fourth winter. In the autumn of 2022, Moscow discovered that missiles aimed at substations could do what its tanks had failed to do around Kyiv: make ordinary life in Ukraine almost unbearable. That first winter, blackouts of twelve hours a day were common in the capital. Ukraine survived it through improvisation, Western generators and a mild January.

In the spring of 2024, Russia changed tactics and went after generation rather than transmission. Within weeks, thermal and hydroelectric plants that had produced about half of Ukraine's electricity were damaged or destroyed. By the summer, scheduled outages had returned to every region. Last winter, the attacks turned to gas production, which Ukraine needs both for heating and for the small power plants it has been building to replace the large ones.

What the engineers know
The engineers who keep Ukraine's grid running have learned more about the physics of survival than any European utility will ever need to. They know which transformers can be moved by road and which need a special train. They know that a substation buried under two metres of earth and concrete will usually survive a Shahed, and that one protected by sandbags will not. They know that a turbine hall which burns in December cannot be rebuilt before April, whatever any donor conference promises, and they know that every repair they make is recorded, somewhere in Russia, by someone who will decide whether it is worth destroying again.

They also know what has worked. Small gas-fired units scattered across a region, each too small to be worth a missile, have kept hospitals and water pumps running through nights when the large plants were dark. Rooftop solar panels and batteries installed in schools and clinics since 2023 have turned some of them into islands of light during blackouts. None of this was planned at the scale the country needed, because nobody in 2022 believed the war would last long enough to need it.

Each time, Europe responded as if the attack were a natural disaster: with emergency equipment, pledging conferences and photographs of transformers being unloaded. Each time, Russia adapted faster than the aid arrived.

The wrong currency
The problem is one of accounting. European governments count their support for Ukraine's grid in euros and in units delivered: so many transformers, so many generators, so many megawatts of emergency imports. Russia counts its campaign in a different currency: the number of hours Ukrainians spend without power, the number of factories that stop work, the number of families who decide to spend the winter in Poland or Germany instead of at home.

Measured in Russia's currency, the campaign has been cheap for Moscow. A Shahed-type drone costs perhaps a few tens of thousands of dollars. The transformer it destroys costs millions and takes months to build. Last month alone Russia launched more than 5,000 drones at Ukraine, according to Ukraine's air force, and a growing share of them were aimed at energy facilities. No amount of replacement equipment can keep pace with that arithmetic.

Had Europe spent in 2023 what it is now spending on emergency repairs to disperse and protect Ukraine's generation, the country might have entered this winter with dozens of small plants hidden across the country instead of a few large ones that every Russian targeteer knows by heart. Had the air-defence deliveries promised in 2024 arrived on time, the plant at Ladyzhyn might still be running. These are counterfactuals, and nobody can prove them. But Ukrainian engineers have been saying exactly this for three years.

What should change
First, protection must come before repair. Concrete and steel shelters around substations, of the kind Ukraine began building in 2023, are unglamorous and slow, but they work: substations that were protected in time have mostly survived direct hits by drones. European money should pay for hundreds of such structures, not for one-off deliveries of equipment that will be destroyed again.

Second, generation must be dispersed. The future of Ukraine's grid is not one large thermal plant in each region but thousands of small gas engines, batteries and solar fields. A distributed grid is harder to target, quicker to repair and, incidentally, closer to what Europe itself will need in twenty years. If Brussels is serious about a European energy union that includes Ukraine, this is where it should start.

Third, Europe must treat air defence of the grid as part of the energy budget. A Patriot battery is not an energy project in any ministry's spreadsheet, yet it saves more megawatts than any transformer. Germany, the Netherlands and the Nordic countries could jointly fund interceptors earmarked for energy sites, and they could do it this winter.

None of this is cheap. But the alternative is worse. If the grid fails this winter, millions of Ukrainians will leave for the European Union, factories that produce drones and shells will stop, and Russia will have won through darkness what it could not win on the battlefield. It would be a grim irony if Europe, having spent billions to keep Ukraine standing, let it fall for want of concrete.

What the Balkans taught us
Europe has been here before. In the Yugoslav wars of the 1990s, besieged cities went without power and water for months, and European governments learned, too late, that humanitarian aid cannot substitute for protection. In Sarajevo, people burned their furniture and books to stay warm. We should not need to learn that lesson twice.

The Ukrainian engineers I spoke to this week do not ask for sympathy. They ask for time: the few weeks or months that protection and air defence would buy them to keep the lights on. "Give us one quiet month and we will give you a grid that can take a hit," Derevianko said.

Europe should take the offer.

The author was the head of dispatch at a Nordic transmission operator until 2021 and has advised Ukrainian grid companies since 2022.
Letters to the editor: letters@atlanticcourant.example
More from Opinion: The sanctions nobody enforces
© 2025 The Atlantic Courant. All rights reserved.
"""
DOC = {"id": "ks05", "date": "2025-12-03", "source": "The Atlantic Courant (newspaper site, opinion guest essay)",
       "url": "https://atlanticcourant.example/opinion/2025/12/03/ukraine-power-grid-wrong-currency", "text": TEXT}

EVENTS = [
    E("ks05-1", "air_drone_strike", "2025-11-30", L("Ladyzhyn"), "RU", "UA", fat=N(0), weapons=[W("drone")],
      note="'Late on Sunday evening, a little before eleven o'clock' in a Wednesday 3 Dec column = Sun 30 Nov; drones "
           "on the Ladyzhyn thermal plant; 'no one had been killed' -> fatalities 0 (injuries not said)"),
    E("ks05-2", "infrastructure_disruption", "2025-11-30", L("Ladyzhyn"), "RU", "UA", parent="ks05-1",
      note="'Within an hour … some 30,000 homes in the town had no heating'"),
    E("ks05-3", "policy_decision", "2025-12-01", C("DE", "Germany"), "DE", "UA",
      note="'On Monday, the German cabinet approved another €500 million for Ukraine's energy sector' -> the deciding "
           "country, precision 4"),
    E("ks05-4", "air_drone_strike", "2025-11-01", C("UA", "Ukraine"), "RU", "UA", end="2025-11-30", prec="month",
      agg=True, optional=True, weapons=[W("drone", launched=N(5000, "at_least"))],
      note="'Last month alone Russia launched more than 5,000 drones at Ukraine' told as an argument in an op-ed: "
           "month aggregate, optional (blind39 call 4)"),
]
# Not events: the engineers wrapping pipes on Monday (repairs); 'repairing the same unit since 2022' (habitual);
# 'not enough' (opinion); the campaign 'in its fourth winter'; the autumn of 2022 strikes on substations, the failure
# around Kyiv, blackouts of twelve hours 'that first winter', the mild January (history without days); the spring of
# 2024 attacks on generation, outages 'by the summer', last winter's attacks on gas production (history without
# days); pledging conferences and transformer photographs (habitual); the cost of drones and transformers
# (arithmetic); 'Had Europe spent in 2023 … might have', 'Had the air-defence deliveries … might still be running'
# (counterfactuals); shelters 'Ukraine began building in 2023', 'substations that were protected … have mostly
# survived' (generic); the recommendations ('must', 'should', 'could jointly fund'); 'If the grid fails this winter,
# millions … will leave' (conditional forecast); the Yugoslav wars and Sarajevo (another war, history); the author's
# career line (bio in the text); 'What the engineers know' (how transformers move, buried substations, a turbine
# hall 'cannot be rebuilt before April', small gas units, rooftop solar 'since 2023', 'nobody in 2022 believed':
# generic knowledge, habit and history).
STATEMENTS = [
    S("Mykola Derevianko", "UA", "We have been repairing the same unit since 2022", "shift supervisor, Ladyzhyn plant"),
]
MUST_NOT = ["THE ATLANTIC COURANT", "News | Opinion | Europe | Markets | Ideas | Books", "OPINION | GUEST ESSAY",
            "By Henrik Vasstveit",
            "Henrik Vasstveit is a former grid operator and a senior fellow at the Nordkapp Energy Forum in Oslo.",
            "December 3, 2025", "Follow Opinion on our newsletter", "Views expressed in guest essays are the author's own.",
            "Letters to the editor: letters@atlanticcourant.example", "More from Opinion: The sanctions nobody enforces",
            "© 2025 The Atlantic Courant. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
