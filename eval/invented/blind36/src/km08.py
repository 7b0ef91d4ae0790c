from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine and Russia swap 205 prisoners each in UAE-brokered exchange"
TEXT = """CPA | CONTINENTAL PRESS AGENCY
World › Europe › Russia-Ukraine war
Ukraine and Russia swap 205 prisoners each in UAE-brokered exchange
By Lena Marchetti
Published Jun 3, 2026 · 16:05 CEST
Send this story: ✉ e-mail · 🔗 copy link · 𝕏 post
KYIV (CPA) — Ukraine and Russia exchanged 205 prisoners of war each on Wednesday in a swap mediated by the United Arab Emirates, officials from both countries said, the first exchange since talks on a ceasefire stalled in April.

Among the Ukrainians released were soldiers captured in 2022 in Mariupol and at the Azovstal steel works, as well as 14 civilians, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said. Russia's defence ministry said the 205 Russian servicemen had been taken to Belarus and would be flown to Moscow for medical checks.

"Some of them weighed 50 kilograms when we got them back. Some did not know their children had been born," said Oleh Kostiuk, a spokesman for the coordination headquarters.
Image 1 of 7 ◂ ▸
Freed Ukrainian prisoners of war wrap themselves in national flags after crossing into the Chernihiv region on Wednesday.
Photo: Andrii Lesko for CPA
On Tuesday, Ukraine received the bodies of 1,000 people it said were fallen soldiers, and returned the bodies of 31 Russian soldiers, the coordination headquarters said.

"I spent three years counting the days on the wall. Today I stopped counting," said Senior Sergeant Mykola Dudnyk, 41, speaking to reporters at a hospital in the Chernihiv region.

The UAE foreign ministry said it was the 17th exchange it had mediated since the start of the war. "We remain ready to facilitate further humanitarian steps between the two parties," the ministry said in a statement.

On Sunday, several hundred relatives of missing and captured soldiers rallied on Independence Square in Kyiv, demanding that the government push for an "all for all" exchange.

Russia's human rights commissioner said a further exchange could take place before the end of the summer if Kyiv agreed to Moscow's list. Ukrainian officials said any new list would have to include civilians held since 2014.

The exchange came a day after a Russian missile strike on Kryvyi Rih on Tuesday evening killed three people and injured 12, the city's military administration said.
Lena Marchetti is CPA's Kyiv correspondent. Previously she covered the Western Balkans from Belgrade.
© 2026 Continental Press Agency. Subscriber use only. Redistribution prohibited without written permission.
"""
DOC = {"id": "km08", "date": "2026-06-03", "source": "Continental Press Agency (international news agency)",
       "url": "https://cpa-news.example/world/europe/2026/06/03/ukraine-russia-prisoner-swap-205", "text": TEXT}

D, T = "2026-06-03", "2026-06-02"
EVENTS = [
    E("km08-1", "agreement", D, C(None, "undisclosed place"), "UA", "RU",
      claimant="Coordination Headquarters for the Treatment of Prisoners of War",
      note="205-for-205 exchange 'on Wednesday' (publication day): a prisoner exchange = agreement; no place is given "
           "for the swap itself (the caption's Chernihiv region is where the freed arrived, the same exchange; "
           "country null as in blind28 call 10 and blind31 kf04)"),
    E("km08-2", "agreement", T, C(None, "undisclosed place"), "UA", "RU",
      note="bodies of 1,000 received and 31 returned 'On Tuesday' (2 Jun): an exchange of bodies = agreement, no place"),
    E("km08-3", "protest", "2026-05-31", L("Kyiv"), "UA", None,
      note="relatives rallied on Independence Square in Kyiv 'On Sunday' (31 May): peaceful protest, protesters UA"),
    E("km08-4", "missile_artillery_strike", T, L("Kryvyi Rih"), "RU", "UA", fat=N(3), inj=N(12), weapons=[W("missile")],
      note="'a Russian missile strike on Kryvyi Rih on Tuesday evening': 3 killed, 12 injured"),
]
# Not events: captures in Mariupol/Azovstal in 2022 (history), 'would be flown to Moscow' (future), '17th exchange
# … since the start of the war' (cumulative), 'could take place before the end of the summer if' (conditional), the
# demand for civilians 'held since 2014', the stalled talks 'in April' (vague background, no event type).
STATEMENTS = [
    S("Oleh Kostiuk", "UA", "Some of them weighed 50 kilograms when we got them back",
      "spokesman, Coordination Headquarters for the Treatment of Prisoners of War"),
    S("Mykola Dudnyk", "UA", "Today I stopped counting", "freed Ukrainian soldier"),
    S("UAE Foreign Ministry", "AE", "We remain ready to facilitate further humanitarian steps", "UAE foreign ministry"),
]
# Not gold: the slogan "all for all" (a fragment inside reported speech).
MUST_NOT = ["CPA | CONTINENTAL PRESS AGENCY", "World › Europe › Russia-Ukraine war", "By Lena Marchetti",
            "Published Jun 3, 2026 · 16:05 CEST", "Send this story: ✉ e-mail · 🔗 copy link · 𝕏 post",
            "Image 1 of 7 ◂ ▸", "Photo: Andrii Lesko for CPA",
            "Lena Marchetti is CPA's Kyiv correspondent. Previously she covered the Western Balkans from Belgrade.",
            "© 2026 Continental Press Agency. Subscriber use only. Redistribution prohibited without written permission."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
