from common import E, L, R, C, N, W, S, H, gold, ADS, INT, MAS

TITLE = "Refineries under the drones: petrol climbs to a record after the Volgograd fire"
TEXT = """ДЕЛОВОЙ ВЕСТНИК · DELOVOY VESTNIK
Brent $77.3 ▼0.8% | USD/RUB 90.65 | AI-95 (exchange) ₽60,140/t ▲3.1%
Politics | Economy | Business | Finance | Markets | Regions | Opinion
Business / Energy
Refineries under the drones: petrol climbs to a record after the Volgograd fire
Issue No. 21 of 05.02.2024, p. 7
Vadim Korsunsky
The wholesale price of AI-95 petrol on the exchange rose by 3.1% on Friday and by another 1.4% on the first trading hour of Monday, setting a new record. Traders attribute the jump not so much to seasonal demand as to a series of drone attacks on refineries in the south and north-west of the country, the latest of them over the weekend.

On Saturday morning a drone attack set fire to the primary processing unit at the Volgograd refinery, the largest in southern Russia. The fire covered about 200 square metres and was put out within two hours; nobody was hurt, the Volgograd governor said. The Defence Ministry reported that one drone had been destroyed over the Volgograd region. Volgograd airport did not accept flights for several hours that morning.

According to two sources in the industry, the unit that caught fire accounts for roughly a third of the plant's primary capacity, and repairs may take up to a month. The company that owns the refinery declined to comment.

A day later it was the Kuban's turn. On Sunday, debris of a drone brought down near the Ilsky refinery fell on the plant's grounds and caused a small fire, which was quickly put out, the Krasnodar region's emergency headquarters said. No casualties were reported.

The weekend attacks follow two in January that the market remembers well. On 21 January drones hit the gas condensate terminal at the port of Ust-Luga on the Gulf of Finland, where a fire broke out at a pumping station and shipments were suspended; there were no injuries, the Leningrad regional governor said at the time. Four days later, on 25 January, the Tuapse refinery on the Black Sea coast was attacked, and a fire damaged its vacuum distillation unit.

"Each attack on its own takes out a percent or two of national capacity for a few weeks. The problem is that they now come faster than the repairs," said Kirill Avdeyev, head of research at the consultancy Neftegaz Analytics.

The market is already feeling it. Independent filling stations in the Volgograd and Rostov regions have raised retail prices by 2–3 roubles per litre since the middle of January, according to the regional associations.

"Big chains hold their prices because they have their own refineries. We buy on the exchange, and the exchange has gone mad," said Ruslan Tagirov, owner of a network of eleven filling stations in the Rostov region.

The Energy Ministry said on Friday that the government was considering a six-month ban on petrol exports from 1 March and that stocks were "sufficient". A similar ban was in force from September to November last year.

Ukrainian officials rarely comment on such attacks. A source in Ukraine's security service told Ukrainian media on Saturday that the Volgograd refinery was "a legitimate target" because it supplies fuel to the army.

"The refineries are not strategic targets in themselves. The strategy is to make the war cost something in roubles, in the places where the Russian budget earns them," said Tomas Rinkevics, an energy analyst at the Vilnius Institute for Policy Analysis.
Read more: Diesel exports fall to a five-month low in January
Subscribe to the Delovoy Vestnik morning newsletter
© Delovoy Vestnik, 2024. All rights reserved. 18+
"""
DOC = {"id": "lm04", "date": "2024-02-05", "source": "Delovoy Vestnik (Russian business daily, English edition)",
       "url": "https://delovoy-vestnik.example/business/energy/2024/02/05/refineries-petrol-record", "text": TEXT}

D, SUN, SAT, JAN25, JAN21 = "2024-02-05", "2024-02-04", "2024-02-03", "2024-01-25", "2024-01-21"
EVENTS = [
    E("lm04-1", ADS, SAT, L("Volgograd"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Volgograd governor",
      evidence="On Saturday morning a drone attack set fire to the primary processing unit at the Volgograd refinery, the "
               "largest in southern Russia.",
      note="'On Saturday morning' in a Monday page = 3 Feb; the refinery is in the city (precision 1, RU-VGG); 'nobody was "
           "hurt' -> 0/0; the attacker is not named (drones on Russia = UA); the Ukrainian source's 'a legitimate target' "
           "is the other side's comment on the same incident"),
    E("lm04-2", INT, SAT, R("RU-VGG", "Volgograd region"), "RU", "UA", claimant="Russian Ministry of Defence",
      weapons=[W("drone", intercepted=N(1))],
      evidence="The Defence Ministry reported that one drone had been destroyed over the Volgograd region.",
      note="a region with a count (one) -> required interception, Saturday"),
    E("lm04-3", ADS, SUN, H("Ilsky", "near the Ilsky refinery"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Krasnodar region emergency headquarters",
      evidence="On Sunday, debris of a drone brought down near the Ilsky refinery fell on the plant's grounds and caused a "
               "small fire",
      note="'A day later … On Sunday' = 4 Feb; debris of a downed drone that starts a fire is placed as a strike; 'brought "
           "down near the Ilsky refinery' -> near X = precision 2 (the refinery at Ilsky, RU-KDA); 'No casualties were "
           "reported' -> 0/0; the shoot-down without a count is no separate interception"),
    E("lm04-4", ADS, JAN21, L("Ust-Luga"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Leningrad regional governor",
      evidence="On 21 January drones hit the gas condensate terminal at the port of Ust-Luga on the Gulf of Finland",
      note="recalled with its day (21 Jan) -> required; 'there were no injuries' -> 0/0 (the governor 'at the time'); the "
           "suspended shipments are port operations, not a consumer outage"),
    E("lm04-5", ADS, JAN25, L("Tuapse"), "UA", "RU", family=[MAS],
      evidence="Four days later, on 25 January, the Tuapse refinery on the Black Sea coast was attacked, and a fire damaged "
               "its vacuum distillation unit.",
      note="recalled: 'Four days later, on 25 January' (checked: 21 + 4) -> required; agentless 'was attacked' names no "
           "weapon (only Ust-Luga's sentence says drones) -> both strike types, no weapon entry; casualties not stated"),
]
# Not events: the exchange price rises on Friday and Monday (market), the airport that 'did not accept flights' (airport
# closure: not an event in this set), 'repairs may take up to a month' (forecast), the company that 'declined to
# comment', retail prices raised 'since the middle of January' (market), the government 'considering' an export ban 'from
# 1 March' (plan), the ban 'from September to November last year' (history), shipments suspended at Ust-Luga (part of
# lm04-4), 'Ukrainian officials rarely comment' (habit). Furniture: masthead, ticker, menu, rubric, issue line, author
# line, 'Read more' line, newsletter line, ©.
STATEMENTS = [
    S("Kirill Avdeyev", None, "they now come faster than the repairs", "head of research, Neftegaz Analytics"),
    S("Ruslan Tagirov", "RU", "the exchange has gone mad", "owner of filling stations, Rostov region"),
    S("Tomas Rinkevics", None, "make the war cost something in roubles", "energy analyst, Vilnius Institute for Policy Analysis"),
]
# Not gold: "sufficient" (the Energy Ministry, fragment), "a legitimate target" (an unnamed source).
MUST_NOT = ["ДЕЛОВОЙ ВЕСТНИК · DELOVOY VESTNIK", "Brent $77.3 ▼0.8% | USD/RUB 90.65 | AI-95 (exchange) ₽60,140/t ▲3.1%",
            "Politics | Economy | Business | Finance | Markets | Regions | Opinion", "Business / Energy",
            "Issue No. 21 of 05.02.2024, p. 7", "Vadim Korsunsky",
            "Read more: Diesel exports fall to a five-month low in January",
            "Subscribe to the Delovoy Vestnik morning newsletter", "© Delovoy Vestnik, 2024. All rights reserved. 18+"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
