from common import E, L, R, C, N, W, S, gold

TITLE = "Blackouts across northern Ukraine after drones hit Chernihiv power plant and Shostka substation"
TEXT = """RRI — Rheinland Rundfunk International
Deutsch | English | Русский | Українська
Top stories | Ukraine war | Germany | Business | Science
Blackouts across northern Ukraine after drones hit Chernihiv power plant and Shostka substation
Hundreds of thousands of people in northern Ukraine spent the night without heat or light after Russian attacks on the region's power plants. Berlin has promised more generators.
Date 03.11.2026
Author Lena Hoffmann (with agencies)
Russian drones struck a combined heat and power plant in the northern Ukrainian city of Chernihiv overnight, injuring two workers and cutting electricity and heating to most of the city, regional officials said on Tuesday.

The plant was hit by at least six attack drones shortly after 2 a.m., the head of the Chernihiv regional military administration said. A fire in the turbine hall was extinguished by morning. "The station has been hit so many times that the workers know every crack in the walls by name. They will rebuild it again," he said in a video address.

According to the regional energy company, about 110,000 households in Chernihiv remained without power by midday. Water pumping stations were switched to backup generators.

"We have a gas stove, so we can cook, but the flat is already 14 degrees," said Volodymyr Siryk, 71, who lives in the city's northern district with his wife. "The winter has not even started."

In the Sumy region, a drone attack on a substation left the town of Shostka without electricity and water supply early on Tuesday. "Right now 40,000 people have no light and no water. Our crews are working, but the drones are still in the air," said Iryna Kovtun, the secretary of the city council.

Novhorod-Siverskyi, a town about 20 kilometres from the Russian border, has been without power since Monday evening, when Russian artillery hit its only substation, the regional administration said.

The national grid operator Ukrenergo announced scheduled outages of up to 16 hours on Tuesday for household customers in the Chernihiv, Sumy, Kharkiv and Poltava regions. "The deficit in the north is severe, and imports from the EU cannot cover it," Ukrenergo spokeswoman Maryna Dzhuma told RRI.

Russia's Defense Ministry said it had struck "energy facilities used in the interests of the Ukrainian armed forces" with long-range drones.

In Berlin, the federal government on Monday approved an additional €170 million for Ukraine's energy sector, including 35 mobile gas turbines and several hundred large generators. "Russia wants to freeze Ukraine into submission. We will not let that happen," Germany's development minister said.

Russia has targeted Ukraine's power system every autumn since 2022. Ukrainian officials say more than half of the country's generating capacity has been damaged or destroyed since the start of the full-scale invasion.

Send us your feedback
Permalink https://rri.example/en/a-71203311
Audios and videos on the topic
"""
DOC = {"id": "b16", "date": "2026-11-03",
       "source": "Rheinland Rundfunk International (German broadcaster, English service)",
       "url": "https://rri.example/en/blackouts-northern-ukraine-chernihiv-shostka/a-71203311", "text": TEXT}

D, Y = "2026-11-03", "2026-11-02"
EVENTS = [
    E("b16-1", "air_drone_strike", D, L("Chernihiv"), "RU", "UA", inj=N(2),
      weapons=[W("drone", launched=N(6, "at_least"))], claimant="Chernihiv regional military administration head",
      note="CHP hit 'overnight' (Tuesday report) 'shortly after 2 a.m.' by 'at least six attack drones' (launched, "
           "at_least); two workers injured; plant coded to the city"),
    E("b16-2", "infrastructure_disruption", D, L("Chernihiv"), "RU", "UA", claimant="regional energy company",
      note="electricity and heating cut to most of the city; 110,000 households without power by midday"),
    E("b16-3", "air_drone_strike", D, L("Shostka"), "RU", "UA", weapons=[W("drone")], claimant="Iryna Kovtun",
      note="drone attack on a substation 'early on Tuesday'"),
    E("b16-4", "infrastructure_disruption", D, L("Shostka"), "RU", "UA", claimant="Iryna Kovtun",
      note="Shostka without electricity and water; 40,000 people"),
    E("b16-5", "missile_artillery_strike", Y, L("Novhorod-Siverskyi"), "RU", "UA", weapons=[W("artillery")],
      claimant="Chernihiv regional administration", note="artillery 'on Monday evening' = 2 November hit the substation"),
    E("b16-6", "infrastructure_disruption", Y, L("Novhorod-Siverskyi"), "RU", "UA",
      claimant="Chernihiv regional administration", note="without power 'since Monday evening': dated its start"),
    E("b16-7", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", family=["policy_decision"],
      claimant="Ukrenergo",
      note="scheduled outages 'on Tuesday' in four listed regions: one country-level disruption (blind16 call 5); "
           "actor1 RU as the attacks cause the deficit"),
    E("b16-8", "policy_decision", Y, L("Berlin"), "DE", "UA", claimant="German federal government",
      note="€170 million approved 'on Monday' in Berlin"),
]
STATEMENTS = [
    S("Chernihiv regional military administration head", "UA", "They will rebuild it again"),
    S("Volodymyr Siryk", "UA", "the flat is already 14 degrees", "resident"),
    S("Iryna Kovtun", "UA", "Right now 40,000 people have no light and no water", "secretary of Shostka city council"),
    S("Maryna Dzhuma", "UA", "The deficit in the north is severe, and imports from the EU cannot cover it",
      "Ukrenergo spokeswoman"),
    S("Russian Defence Ministry", "RU", "energy facilities used in the interests of the Ukrainian armed forces"),
    S("Germany's development minister", "DE", "Russia wants to freeze Ukraine into submission"),
]
MUST_NOT = ["RRI — Rheinland Rundfunk International", "Deutsch | English | Русский | Українська",
            "Top stories | Ukraine war | Germany | Business | Science", "Date 03.11.2026",
            "Author Lena Hoffmann (with agencies)", "Send us your feedback",
            "Permalink https://rri.example/en/a-71203311", "Audios and videos on the topic"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
