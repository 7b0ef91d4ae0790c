from common import E, L, R, C, N, W, S, gold

TITLE = "(LEAD) N. Korean troops take first heavy casualties in Kursk fighting: NIS"
TEXT = """HANBIT NEWS AGENCY
Korean | English | 中文 | 日本語 | العربية
NATIONAL | NORTH KOREA | ECONOMY | WORLD | SPORTS | PEOPLE
All News
(LEAD) N. Korean troops take first heavy casualties in Kursk fighting: NIS
12:14 December 19, 2024
By Kim Min-seo
SEOUL, Dec. 19 (Hanbit) -- North Korean soldiers deployed to Russia's Kursk region have suffered their first heavy casualties in combat with Ukrainian forces, with at least 100 killed and about 1,000 wounded since early December, the National Intelligence Service (NIS) told lawmakers Thursday.

The figures were given at a closed-door briefing of the National Assembly's intelligence committee, according to lawmakers who attended.

"The North Korean soldiers are being used as assault infantry, and they are paying the price for their lack of experience with drones," Rep. Yoon Tae-jin, a member of the committee, told reporters after the briefing.

On the battlefield, Ukraine's Special Operations Forces said Wednesday that they had repelled an assault near Korenevo on Tuesday by Russian paratroopers supported by North Korean infantry, killing or wounding about 30 North Korean soldiers. The figure could not be independently verified.

"The enemy advanced in dense groups across an open field, without armour, and came under fire from our drones," the Special Operations Forces said in a statement.

In Seoul, the government decided Thursday to begin sharing intelligence on North Korean troop movements with Ukraine in real time, a senior defense ministry official said, in a step Seoul had resisted for months. The official said weapons deliveries remained off the table.

A day earlier, Ukraine's deputy defense minister met South Korea's first vice defense minister in Seoul, the ministry said, in the first visit by a Ukrainian defense official since the North Korean deployment became known.

Ukrainian prosecutors said Wednesday that fragments of a North Korean-made KN-23 ballistic missile had been identified after a strike on Kyiv on Monday that injured three people.

"Every week in Kursk gives Pyongyang combat experience that no other army in Asia has," said Choi Jung-woo, a senior fellow at the Hangang Policy Institute. "That should worry Seoul more than the casualty figures."

Separately, North Korea fired two short-range ballistic missiles into the East Sea on Wednesday morning, the Joint Chiefs of Staff said.

(END)
Keywords #North Korea #Russia #Ukraine #NIS
Most Viewed
Samsung to expand chip plant in Pyeongtaek
(C) Hanbit News Agency. All rights reserved.
"""
DOC = {"id": "kt14", "date": "2024-12-19", "source": "Hanbit News Agency (South Korean news agency, English)",
       "url": "https://en.hanbit.example/view/AEN20241219004351315", "text": TEXT}

D, WED, TUE, MON = "2024-12-19", "2024-12-18", "2024-12-17", "2024-12-16"
EVENTS = [
    E("kt14-1", "armed_clash", TUE, L("Korenevo", 2, "near Korenevo"), "RU", "UA",
      claimant="Ukrainian Special Operations Forces",
      note="SSO 'said Wednesday that they had repelled an assault near Korenevo on Tuesday' (17 Dec) by Russian "
           "paratroopers supported by North Korean infantry: a clash dated the fighting day, the Russian-led assault "
           "-> actor1 RU; 'killing or wounding about 30' is no fatality count (left out); near X = precision 2"),
    E("kt14-2", "policy_decision", D, C("KR", "South Korea"), "KR", "UA",
      note="'the government decided Thursday to begin sharing intelligence … with Ukraine in real time': a government "
           "decision at the deciding country (precision 4)"),
    E("kt14-3", "diplomatic_contact", WED, L("Seoul"), "UA", "KR",
      note="'A day earlier' (Wednesday 18 Dec) 'Ukraine's deputy defense minister met South Korea's first vice defense "
           "minister in Seoul': meeting at a named place, the visitor as actor1"),
    E("kt14-4", "missile_artillery_strike", MON, L("Kyiv"), "RU", "UA", inj=N(3),
      weapons=[W("ballistic_missile", "KN-23")],
      note="'a strike on Kyiv on Monday (16 Dec) that injured three people', a North Korean-made KN-23 identified: fired "
           "by Russia -> RU; recalled with its day -> required"),
    E("kt14-5", "armed_clash", None, R("RU-KRS", "Kursk region"), "UA", "KP", prec="unknown", agg=True, optional=True,
      claimant="NIS",
      note="'at least 100 killed and about 1,000 wounded since early December' among the North Korean troops in the "
           "Kursk region: a cumulative casualty tally without a day -> optional, date null (the troops' side KP as "
           "the counted party)"),
]
# Not events: the NIS briefing (a briefing, not a contact between parties), 'weapons deliveries remained off the table'
# (negation), 'since the North Korean deployment became known' (background), North Korea's missile launch into the
# East Sea (not this war), the 'Most Viewed' headline (furniture).
STATEMENTS = [
    S("Yoon Tae-jin", "KR", "they are paying the price for their lack of experience with drones",
      "lawmaker, National Assembly intelligence committee"),
    S("Ukrainian Special Operations Forces", "UA", "advanced in dense groups across an open field, without armour",
      "Ukrainian Special Operations Forces"),
    S("Choi Jung-woo", None, "combat experience that no other army in Asia has", "senior fellow, Hangang Policy Institute"),
]
MUST_NOT = ["HANBIT NEWS AGENCY", "Korean | English | 中文 | 日本語 | العربية",
            "NATIONAL | NORTH KOREA | ECONOMY | WORLD | SPORTS | PEOPLE", "All News", "12:14 December 19, 2024",
            "By Kim Min-seo", "(END)", "Keywords #North Korea #Russia #Ukraine #NIS", "Most Viewed",
            "Samsung to expand chip plant in Pyeongtaek", "(C) Hanbit News Agency. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
