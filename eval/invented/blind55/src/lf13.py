from common import E, L, R, C, N, W, S, H, gold, MAS, INT, AGR, POL

TITLE = "Grain deal tested within a day as missiles hit Odesa port; wheat slips on export hopes"
TEXT = """EURASIA TRADE DAILY
Markets | Commodities | Energy | Shipping | Companies | Policy | Data
Commodities › Grains
CBOT wheat (Sep) 7.62 $/bu ▼5.9% · Corn (Dec) 5.66 $/bu ▼4.1% · Brent 103.20 $/bbl ▲0.4%
Grain deal tested within a day as missiles hit Odesa port; wheat slips on export hopes
By Selin Aydemir in Istanbul and Oleh Demchuk in Kyiv
25 July 2022 · 07:30 BST · Updated 11:15 BST
This article is free to read for registered users
Traders spent the weekend trying to price a question nobody could answer on Friday: will grain actually leave Ukraine's Black Sea ports this summer?

On Friday, at Istanbul's Dolmabahçe Palace, Ukraine and Russia signed separate but identical agreements with Turkey and the United Nations to reopen three ports – Odesa, Chornomorsk and Pivdennyi – to grain exports, with a joint coordination centre in Istanbul to inspect ships. The deal runs for 120 days and can be extended.

Less than 24 hours later, on Saturday morning, two Kalibr cruise missiles hit the port of Odesa, according to Ukraine's southern military command, and two more were shot down by air defences. Several port workers were injured, regional officials said; a pumping station was damaged, but the grain storage areas were not hit, Ukraine's infrastructure ministry said.

"I was on the quay when the first one came in over the breakwater. We lay behind the containers until the second one hit, and then we ran," said Andrii Lytvyn, a crane operator at the port.

Moscow's account shifted over the weekend. On Saturday Turkey's defence minister said Russian officials had told him Russia had "nothing to do" with the attack. On Sunday Russia's defence ministry said its missiles had destroyed "a Ukrainian navy vessel and a warehouse of Harpoon missiles" in the port.

Ports not covered by the deal were also hit. Russian shelling struck the port area of Mykolaiv on Sunday, injuring two people, the city's mayor said.

Markets took the attack in their stride. Chicago wheat futures fell 5.9 per cent on Friday on hopes of Ukrainian supply and recovered only part of the loss on Monday morning.

"The contracts are priced for ships moving by mid-August. If the first convoy slips by a month, you will see the risk premium come straight back," said Henrik Aalders, head of grains at a Rotterdam trading house.

Sanctions and gas
The deal does not touch Western sanctions, which exempt food and fertiliser but have made banks and insurers wary of Russian cargoes. In London, the government on Thursday added a Moscow-based fertiliser trader and two Russian shipping insurers to its sanctions list.

Gazprom said on Monday it would cut flows through the Nord Stream 1 pipeline to about 20 per cent of capacity from Wednesday, citing turbine maintenance; European gas prices jumped 8 per cent in early trading.

"A deal signed on Friday and a port hit on Saturday is not a contradiction for Moscow. It is a way of telling everyone who holds the key to the corridor," said Ayşe Korkmaz of the Bosphorus Maritime Institute.

Ukraine's infrastructure minister said on Monday that preparations to restart shipments were continuing and that the first ships could sail within days.
Related: Fertiliser makers weigh Baltic rail routes as Black Sea stays shut
Copyright © Eurasia Trade Daily Ltd 2022. All rights reserved. Not for redistribution.
"""
DOC = {"id": "lf13", "date": "2022-07-25", "source": "Eurasia Trade Daily (business daily)",
       "url": "https://www.eurasiatradedaily.example/commodities/grains/grain-deal-tested-odesa-port-strike-20220725",
       "text": TEXT}

D, FRI, SAT, SUN, THU = "2022-07-25", "2022-07-22", "2022-07-23", "2022-07-24", "2022-07-21"
EVENTS = [
    E("lf13-1", AGR, FRI, L("Istanbul"), "UA", "RU",
      evidence="On Friday, at Istanbul's Dolmabahçe Palace, Ukraine and Russia signed separate but identical agreements with Turkey and the United Nations",
      note="the grain deal signed 'On Friday' (22 July) in Istanbul: an agreement between the warring parties (through "
           "Turkey and the UN); the named venue is its place (TR-34); actor1 UA, actor2 RU as for exchanges"),
    E("lf13-2", MAS, SAT, L("Odesa"), "RU", "UA", inj=N(None, "unspecified"),
      weapons=[W("cruise_missile", "Kalibr")], claimant="Ukrainian southern military command",
      evidence="on Saturday morning, two Kalibr cruise missiles hit the port of Odesa",
      note="'Less than 24 hours later, on Saturday morning' = 23 July; 'two Kalibr cruise missiles hit' the port "
           "(no launched count is stated: four from two hits and two downings is arithmetic, not text); 'Several "
           "port workers were injured' -> injured unspecified (best null); Moscow's shifting account "
           "(first 'nothing to do' with it, then a vessel and Harpoon warehouse) is about the same strike"),
    E("lf13-3", INT, SAT, L("Odesa"), "UA", "RU", parent="lf13-2",
      weapons=[W("cruise_missile", "Kalibr", intercepted=N(2))], claimant="Ukrainian southern military command",
      evidence="two more were shot down by air defences",
      note="two Kalibr missiles shot down over Odesa on Saturday: an interception at the named place"),
    E("lf13-4", MAS, SUN, L("Mykolaiv"), "RU", "UA", inj=N(2), weapons=[W("artillery")],
      evidence="Russian shelling struck the port area of Mykolaiv on Sunday, injuring two people, the city's mayor said",
      note="'on Sunday' = 24 July; two injured"),
    E("lf13-5", POL, THU, C("GB", "United Kingdom"), "GB", "RU",
      evidence="In London, the government on Thursday added a Moscow-based fertiliser trader and two Russian shipping insurers to its sanctions list",
      note="'on Thursday' of a Monday page = 21 July; a sanction at the deciding country although London is named"),
]
# Not events: the deal's 120 days and possible extension (terms), the infrastructure ministry's 'grain storage areas
# were not hit' (negation), the Turkish minister's report of what Russian officials told him and the Sunday claim of the
# ministry (claims about lf13-2), the futures moves on Friday and Monday (markets), the sanctions' exemptions (terms),
# Gazprom's cut 'from Wednesday' (announced for a day after the page: future), the gas price jump (market), Aalders's and
# Korkmaz's analysis, the minister's 'first ships could sail within days' (modal). Quoted fragments that are not gold
# statements: "nothing to do" (Turkish defence minister, title only), "a Ukrainian navy vessel and a warehouse of Harpoon
# missiles" (ministry). Masthead, menu, section line, the price ticker, byline, date line, the registration line, the
# 'Related' headline and the copyright line are furniture; the cross-head 'Sanctions and gas' stays as text.
STATEMENTS = [
    S("Andrii Lytvyn", "UA", "We lay behind the containers until the second one hit", "crane operator, Odesa port"),
    S("Henrik Aalders", "NL", "you will see the risk premium come straight back", "head of grains, Rotterdam trading house"),
    S("Ayşe Korkmaz", None, "It is a way of telling everyone who holds the key to the corridor",
      "Bosphorus Maritime Institute"),
]
MUST_NOT = ["EURASIA TRADE DAILY", "Markets | Commodities | Energy | Shipping | Companies | Policy | Data",
            "Commodities › Grains",
            "CBOT wheat (Sep) 7.62 $/bu ▼5.9% · Corn (Dec) 5.66 $/bu ▼4.1% · Brent 103.20 $/bbl ▲0.4%",
            "By Selin Aydemir in Istanbul and Oleh Demchuk in Kyiv", "25 July 2022 · 07:30 BST · Updated 11:15 BST",
            "This article is free to read for registered users",
            "Related: Fertiliser makers weigh Baltic rail routes as Black Sea stays shut",
            "Copyright © Eurasia Trade Daily Ltd 2022. All rights reserved. Not for redistribution."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
