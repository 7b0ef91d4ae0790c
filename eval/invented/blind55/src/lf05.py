from common import E, L, R, C, N, W, S, H, P, gold, MAS, ADS, CLA, AGR, POL, PRO, ARR, MOB

TITLE = "Big swap frees Mariupol commanders as Putin orders call-up; more than 1,300 held at Russian protests"
TEXT = """HIGHVELD HERALD
News | Politics | Business | Sport | World | Opinion | Lifestyle | Podcasts
World › Europe
Big swap frees Mariupol commanders as Putin orders call-up; more than 1,300 held at Russian protests
Lerato Mahlangu | 22 September 2022 | 14:37
Listen to this article 06:12
Share: Facebook · Twitter · WhatsApp · Email
In the largest exchange of the war so far, Ukraine has brought home 215 prisoners – among them 108 fighters of the Azov regiment and five commanders of the Mariupol garrison – in return for 55 Russian soldiers and a pro-Kremlin Ukrainian politician, Ukraine's president said late on Wednesday.

The handover took place on Wednesday in the Chernihiv region, close to the border with Belarus, according to Ukraine's military intelligence. The five commanders were flown to Turkey, where they are to stay until the end of the war under an arrangement with Ankara. Saudi Arabia said its crown prince had mediated the release of ten foreign fighters, five Britons and two Americans among them, who were flown to Riyadh as part of the same deal.

"He phoned from a bus somewhere near Chernihiv. The first thing he wanted was a shower, then my aunt's borscht," said Yuliia Mazur, a dentist who has lived in Cape Town since 2014 and whose cousin was among the freed Azovstal defenders.

The exchange was announced hours after the Russian president, in a televised address on Wednesday morning, declared a "partial mobilisation". His defence minister said 300,000 reservists with military experience would be called up.

Across Russia, people took to the streets the same evening. By midnight, police had detained more than 1,300 people at anti-war protests in 38 cities, according to the independent monitoring group Zaderzhaniya.Info. In Moscow more than 500 were held on and around the Arbat, the pedestrian street in the city centre; in St Petersburg, riot police dragged some 480 protesters into buses near St Isaac's Cathedral.

"I do not want to kill anyone, and I do not want to be killed for this," said Artyom Belov, 24, a programmer who was detained for several hours in Moscow and released with a summons to the enlistment office.
READ | Rand slips as oil climbs on Russian mobilisation news
On the front line, the fighting in the east went on. Ukraine's General Staff said on Thursday that over the past day its troops had repelled Russian assaults near Bakhmut and near Soledar, in the Donetsk region.

In the Sumy region, near the border, a Russian drone dropped explosives on a farmyard in Velyka Pysarivka on Wednesday afternoon, wounding a tractor driver, the regional administration said.

Early on Thursday, Russian missiles hit a hotel in the centre of Zaporizhzhia, killing one person and wounding five, the regional governor said.

Russian-installed officials in four occupied regions of Ukraine say "referendums" on joining Russia will begin on Friday. Kyiv and its Western allies have already said they will not recognise the results.

South Africa's foreign minister, speaking in New York on the sidelines of the UN General Assembly on Wednesday, repeated Pretoria's call for a negotiated settlement and said the country would not "take sides".

"A partial mobilisation is an admission that the war Moscow planned is not the war it is fighting. For African capitals that counted on a short war, that is bad news about the price of bread," said Naledi Khumalo, a senior researcher at the Johannesburg Institute for Global Dialogue.
Our journalism is free for everyone. Support the Herald from R30 a month
Comments have been closed for this article.
© 2022 Highveld Media (Pty) Ltd. All rights reserved.
"""
DOC = {"id": "lf05", "date": "2022-09-22", "source": "Highveld Herald (South African news website)",
       "url": "https://www.highveldherald.example/world/europe/big-swap-frees-mariupol-commanders-20220922", "text": TEXT}

D, WED = "2022-09-22", "2022-09-21"
PAST = dict(end=D, prec="range", agg=True)
EVENTS = [
    E("lf05-1", AGR, WED, P("UA-74", "Chernihiv region, near the border with Belarus"), "UA", "RU",
      evidence="The handover took place on Wednesday in the Chernihiv region, close to the border with Belarus",
      note="a prisoner exchange is an agreement (blind49's conventions); unlike blind53 ld11-11 the page names where it "
           "happened: 'in the Chernihiv region, close to the border with Belarus' -> part of a region, precision 2 "
           "without a point; 'on Wednesday' (21 September); the Saudi-mediated release of ten foreigners is 'part of the "
           "same deal', not a second event"),
    E("lf05-2", POL, WED, C("RU", "Russia"), "RU", "UA", family=[MOB],
      evidence="in a televised address on Wednesday morning, declared a \"partial mobilisation\"",
      note="the president's 'partial mobilisation' declared on Wednesday morning: a government decision about the war "
           "at the deciding country; a troop call-up, so military_mobilization is accepted too"),
    E("lf05-3", PRO, WED, L("Moscow"), "RU", None, family=[ARR],
      evidence="In Moscow more than 500 were held on and around the Arbat, the pedestrian street in the city centre",
      note="anti-war protest in Moscow the same evening (21 September) with detentions: one protest (with intervention), "
           "arrests accepted (blind51 call 7); detentions are not casualties"),
    E("lf05-4", PRO, WED, L("Saint Petersburg"), "RU", None, family=[ARR],
      evidence="in St Petersburg, riot police dragged some 480 protesters into buses near St Isaac's Cathedral",
      note="the St Petersburg protest, same evening: its own event"),
    E("lf05-5", PRO, WED, C("RU", "Russia"), "RU", None, agg=True, optional=True, family=[ARR],
      evidence="police had detained more than 1,300 people at anti-war protests in 38 cities",
      note="the monitoring group's national tally (38 cities): a country aggregate of the same evening -> optional"),
    E("lf05-6", CLA, WED, H("Bakhmut", "near Bakhmut"), "RU", "UA", claimant="General Staff of Ukraine", **PAST,
      evidence="over the past day its troops had repelled Russian assaults near Bakhmut and near Soledar",
      note="'over the past day' said on Thursday -> range 21-22 September (ANNOTATION 6); one clash per named place "
           "(blind49 call 8); attacker RU"),
    E("lf05-7", CLA, WED, H("Soledar", "near Soledar"), "RU", "UA", claimant="General Staff of Ukraine", **PAST,
      evidence="over the past day its troops had repelled Russian assaults near Bakhmut and near Soledar",
      note="the second place of the same sentence"),
    E("lf05-8", MAS, D, L("Zaporizhzhia"), "RU", "UA", fat=N(1), inj=N(5), weapons=[W("missile")],
      evidence="Early on Thursday, Russian missiles hit a hotel in the centre of Zaporizhzhia, killing one person and wounding five",
      note="'Early on Thursday' = the publication day; 1 k 5 w"),
    E("lf05-9", ADS, WED, L("Velyka Pysarivka"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      evidence="a Russian drone dropped explosives on a farmyard in Velyka Pysarivka on Wednesday afternoon, wounding a tractor driver",
      note="a drone drop 'on Wednesday afternoon' (21 September) on a village of the Sumy region (Velyka Pysarivka 690230); "
           "one wounded; a drone -> air_drone_strike"),
]
# Not events: the commanders 'are to stay' in Turkey (arrangement, future), the 300,000 reservists who 'would be called
# up' (part of lf05-2), the 'referendums' that 'will begin on Friday' and the allies' refusal to recognise them (future,
# negation), the South African minister's call for a settlement and 'would not take sides' (opinion), Khumalo's
# analysis, the 'READ' headline (furniture). Quoted fragments that are not gold statements: "partial mobilisation" (the
# president, title only), "referendums", "take sides" (minister, title only). Masthead, menu, section line, byline/date
# line, listen line, share line, the READ line, the support line, the comments line and the copyright line are
# furniture.
STATEMENTS = [
    S("Yuliia Mazur", "UA", "The first thing he wanted was a shower", "dentist in Cape Town, cousin of a freed defender"),
    S("Artyom Belov", "RU", "I do not want to kill anyone, and I do not want to be killed for this",
      "programmer detained in Moscow"),
    S("Naledi Khumalo", None, "A partial mobilisation is an admission that the war Moscow planned is not the war it is fighting",
      "senior researcher, Johannesburg Institute for Global Dialogue"),
]
MUST_NOT = ["HIGHVELD HERALD", "News | Politics | Business | Sport | World | Opinion | Lifestyle | Podcasts", "World › Europe",
            "Lerato Mahlangu | 22 September 2022 | 14:37", "Listen to this article 06:12",
            "Share: Facebook · Twitter · WhatsApp · Email", "READ | Rand slips as oil climbs on Russian mobilisation news",
            "Our journalism is free for everyone. Support the Herald from R30 a month",
            "Comments have been closed for this article.", "© 2022 Highveld Media (Pty) Ltd. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
