from common import E, L, R, C, N, W, S, gold

TITLE = "Budapest summons Ukrainian envoy after drone strike halts Druzhba oil flow"
TEXT = """PANNON TIMES
Hungary's news in English
Politics | Economy | World | Culture | Sport | Opinion
Budapest summons Ukrainian envoy after drone strike halts Druzhba oil flow
2025. 08. 26. – 12:40
Author: Bence Horváth
Featured image: Pannon Times illustration
Hungary's foreign minister summoned Ukraine's ambassador in Budapest on Monday after a Ukrainian drone attack on a Russian pumping station stopped crude deliveries through the Druzhba pipeline for the second time this month.

The pumping station near Unecha, in Russia's Bryansk region, was hit late on Sunday, according to the commander of Ukraine's Unmanned Systems Forces, Oleh Brovko, who posted a video of a fire at the site. The regional governor said drone debris had set fire to "a fuel and energy facility" but that no one had been hurt.

Russia's defence ministry said 23 Ukrainian drones had been shot down over the Bryansk region overnight into Monday, without mentioning the pipeline.

Deliveries to Hungary and Slovakia were halted from Monday morning, the Hungarian oil company MOL said, adding that its refineries had enough reserves to keep running for several weeks.

On the same day, the government barred the Ukrainian commander from entering Hungary, calling the strike an attack on the country's energy security.

"Ukraine is not at war with Hungary, yet Hungary is paying for a war it did not start," government spokesman Gábor Lendvai told Pannon Times.

Slovakia's foreign ministry also summoned Ukraine's chargé d'affaires in Bratislava on Monday afternoon.

Kyiv was unmoved. "The Druzhba pipeline carries Russian oil that pays for Russian missiles. Hungary can choose other suppliers," Ukrainian foreign ministry spokesman Andrii Marchuk wrote on social media.

The prime minister warned on Monday evening that Budapest could block the opening of the first negotiating cluster in Ukraine's accession talks with the European Union if the attacks continued. The European Commission said it was in contact with both capitals.

Russia, for its part, struck western Ukraine over the weekend. In the early hours of Saturday, a drone hit a warehouse on the outskirts of Uzhhorod, a city with a sizeable Hungarian community, injuring four people, the regional governor said. Budapest did not comment on that attack.

Newsletter: get the day's Hungarian news in your inbox every morning
Related articles
MOL: fuel prices at Hungarian petrol stations unchanged for now
Tags: Druzhba, Ukraine, energy security
"""
DOC = {"id": "kw13", "date": "2025-08-26", "source": "Pannon Times (Hungarian news site in English)",
       "url": "https://pannontimes.example/politics/2025/08/26/budapest-summons-ukrainian-envoy-druzhba", "text": TEXT}

D, MON, SUN, SAT = "2025-08-26", "2025-08-25", "2025-08-24", "2025-08-23"
EVENTS = [
    E("kw13-1", "air_drone_strike", SUN, L("Unecha", 2, "pumping station near Unecha"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Oleh Brovko",
      note="'The pumping station near Unecha … was hit late on Sunday' (24 Aug); the governor's 'drone debris … no one "
           "had been hurt' is the same event told down (blind38 call 4) -> 0/0; near X = precision 2"),
    E("kw13-7", "interception", MON, R("RU-BRY", "Bryansk region"), "RU", "UA", weapons=[W("drone", intercepted=N(23))],
      claimant="Russian Defence Ministry",
      note="'23 Ukrainian drones had been shot down over the Bryansk region overnight into Monday' (25 Aug): a region "
           "with a count; a later night than the 'late on Sunday' hit, so not its interception"),
    E("kw13-2", "infrastructure_disruption", MON, L("Unecha", 2, "Druzhba pipeline near Unecha"), "UA", "RU",
      parent="kw13-1", optional=True,
      note="'Deliveries to Hungary and Slovakia were halted from Monday morning': real and dated, but the text names no "
           "place for the halt (the damaged station or the receiving countries) -> optional"),
    E("kw13-3", "diplomatic_contact", MON, L("Budapest"), "HU", "UA",
      note="'Hungary's foreign minister summoned Ukraine's ambassador in Budapest on Monday': a summons in the named "
           "capital"),
    E("kw13-4", "policy_decision", MON, C("HU", "Hungary"), "HU", "UA",
      note="'On the same day, the government barred the Ukrainian commander from entering Hungary': a government "
           "decision about the war at the deciding country (precision 4)"),
    E("kw13-5", "diplomatic_contact", MON, L("Bratislava"), "SK", "UA",
      note="'Slovakia's foreign ministry also summoned Ukraine's chargé d'affaires in Bratislava on Monday afternoon'"),
    E("kw13-6", "air_drone_strike", SAT, L("Uzhhorod", 2, "outskirts of Uzhhorod"), "RU", "UA", inj=N(4),
      weapons=[W("drone")],
      note="'In the early hours of Saturday, a drone hit a warehouse on the outskirts of Uzhhorod, injuring four' (23 "
           "Aug); outskirts = precision 2"),
]
# Not events: 'for the second time this month' (tally), MOL's reserves 'for several weeks' (state), the prime minister's
# warning that Budapest 'could block … if the attacks continued' (conditional threat), 'the European Commission said it
# was in contact' (statement), 'Budapest did not comment' (negation), 'Hungary can choose other suppliers' (opinion).
STATEMENTS = [
    S("Gábor Lendvai", "HU", "Hungary is paying for a war it did not start", "Hungarian government spokesman"),
    S("Andrii Marchuk", "UA", "Hungary can choose other suppliers", "spokesman, Ukrainian foreign ministry"),
]
# Not gold: the governor's 'a fuel and energy facility' (title only, fragment), the prime minister (title only).
MUST_NOT = ["PANNON TIMES", "Hungary's news in English", "Politics | Economy | World | Culture | Sport | Opinion",
            "2025. 08. 26. – 12:40", "Author: Bence Horváth", "Featured image: Pannon Times illustration",
            "Newsletter: get the day's Hungarian news in your inbox every morning", "Related articles",
            "MOL: fuel prices at Hungarian petrol stations unchanged for now", "Tags: Druzhba, Ukraine, energy security"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
