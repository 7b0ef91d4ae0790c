from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine, Russia swap 84 prisoners each, Azovstal defenders among those freed"
TEXT = """AIP
Agence Internationale de Presse
Français | English | Deutsch | Español | Português
World | Europe | Ukraine war | Economy | Sport | Culture
Ukraine, Russia swap 84 prisoners each, Azovstal defenders among those freed
Published on 22/08/2022 - 18:40 Modified on 22/08/2022 - 20:05
Reading: 3 min
Kyiv (AIP) - Ukraine and Russia exchanged 84 prisoners each on Monday, among them soldiers who defended the Azovstal steelworks in Mariupol for nearly three months, in the largest swap in weeks, the Ukrainian presidential office said.

Of the 84 Ukrainians who came home, 73 are servicemen and eleven are civilians, including two women medics, it said. Turkey helped to broker the exchange, which took place at an undisclosed location on the front line.

"In Olenivka we counted the days by the bread. Today I counted the kilometres to home," Serhiy Tkach, a marine freed in the exchange, said in a video released by the presidential office, his head shaved and his uniform hanging loose.

Russia's defence ministry confirmed the swap. "In accordance with the agreements reached, 84 Russian servicemen were returned from territory controlled by the Kyiv regime," it said, adding that they would be flown to Moscow for medical treatment.

The exchange came two days after the two sides handed over the bodies of fallen soldiers. On Saturday, Ukraine received the remains of 25 servicemen and returned the same number to Russia, the Ukrainian ministry for the reintegration of occupied territories said.

On Sunday, several hundred relatives of soldiers still held by Russia rallied on Independence Square in Kyiv, holding portraits of their sons and husbands.

"Every exchange we stand by the phone and read the lists. My son's name was not there again," said Nadiia Prykhodko, whose son, a border guard, was captured in Mariupol in May.

Hours after the swap, Russian artillery shelled Nikopol, across the Dnipro from the Russian-held Zaporizhzhia nuclear power plant, killing two people, the regional governor said.

Moscow and Kyiv again traded blame over shelling around the plant itself. Russian-installed officials in Enerhodar said Ukrainian forces had fired on the town on Sunday, wounding four civilians; Ukraine's military intelligence said Russian troops had shelled it themselves to discredit Kyiv.

The UN nuclear watchdog has been pressing for weeks for access to the site.
vk-jz/bc
© 2022 AIP
Follow AIP on X and Telegram
"""
DOC = {"id": "kt15", "date": "2022-08-22", "source": "AIP Agence Internationale de Presse (international news agency)",
       "url": "https://www.aip.example/en/ukraine-russia-swap-84-prisoners-each-azovstal-defenders-freed-20220822",
       "text": TEXT}

D, SAT, SUN = "2022-08-22", "2022-08-20", "2022-08-21"
EVENTS = [
    E("kt15-1", "agreement", D, C(None, "undisclosed location"), "UA", "RU",
      note="'Ukraine and Russia exchanged 84 prisoners each on Monday' at 'an undisclosed location on the front line': "
           "a prisoner exchange is an agreement without a place (blind41 kr06-1); the MoD's confirmation is the same "
           "exchange"),
    E("kt15-2", "agreement", SAT, C(None, "undisclosed"), "UA", "RU",
      note="'two days after … On Saturday' (20 Aug) the sides exchanged the remains of 25 servicemen each: a body "
           "exchange = agreement, no place"),
    E("kt15-3", "protest", SUN, L("Kyiv"), "UA", None,
      note="'On Sunday, several hundred relatives … rallied on Independence Square in Kyiv' (21 Aug): peaceful protest"),
    E("kt15-4", "missile_artillery_strike", D, L("Nikopol"), "RU", "UA", fat=N(2), weapons=[W("artillery")],
      note="'Hours after the swap, Russian artillery shelled Nikopol … killing two people' (Monday)"),
    E("kt15-5", "missile_artillery_strike", SUN, L("Enerhodar"), None, None, inj=N(4),
      claimant="Russian-installed officials; Ukrainian military intelligence",
      note="Russian-installed officials: Ukrainian fire on Enerhodar 'on Sunday' (21 Aug), four civilians wounded; Kyiv "
           "says Russian troops shelled it themselves -> mutual blame, actor1 null, actor2 null for the occupied town "
           "(blind37 call 4)"),
]
# Not events: 'defended the Azovstal steelworks … for nearly three months' and 'captured in Mariupol in May'
# (history), 'the largest swap in weeks' (comparison), 'would be flown to Moscow' (plan), 'traded blame over shelling
# around the plant' (general), the UN watchdog 'pressing for weeks' (habitual), 'counted the days' (recollection without an event).
STATEMENTS = [
    S("Serhiy Tkach", "UA", "Today I counted the kilometres to home", "marine freed in the exchange"),
    S("Russian Defence Ministry", "RU", "84 Russian servicemen were returned from territory controlled by the Kyiv regime",
      "Russian Defence Ministry"),
    S("Nadiia Prykhodko", "UA", "My son's name was not there again", "mother of a captive border guard"),
]
MUST_NOT = ["Agence Internationale de Presse", "Français | English | Deutsch | Español | Português",
            "World | Europe | Ukraine war | Economy | Sport | Culture",
            "Published on 22/08/2022 - 18:40 Modified on 22/08/2022 - 20:05", "Reading: 3 min", "vk-jz/bc",
            "© 2022 AIP", "Follow AIP on X and Telegram"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
