from common import E, L, R, C, N, W, S, gold

TITLE = "Moscow says 337 Ukrainian drones downed overnight, one killed in Ramenskoye; eight children returned under Qatari mediation"
TEXT = """DOHA MIRROR
Saturday, 14 March 2026 | 25 Ramadan 1447
Iftar time Doha: 5:48 PM
Qatar | Region | International | Business | Sports | Opinion
INTERNATIONAL NEWS
Moscow says 337 Ukrainian drones downed overnight, one killed in Ramenskoye; eight children returned under Qatari mediation
Doha Mirror / Agencies — 14 Mar 2026 - 1:32 pm
Moscow: Russia said on Saturday that its air defence systems had destroyed 337 Ukrainian drones overnight over 14 regions, in what appeared to be one of the largest drone attacks on Russian territory in recent months.

The Russian defence ministry said 91 of the drones were downed over the Moscow region, 60 over the Bryansk region and 47 over the Kursk region. It said others were destroyed over the Oryol, Tula and Kaluga regions, but gave no figures for them.

The governor of the Moscow region said a drone struck a nine-storey apartment building in the town of Ramenskoye, south-east of the capital, killing one woman and injuring three people. Several flats caught fire.

Moscow's mayor said debris fell on an industrial zone in the south-east of the city after air defence units shot down drones approaching the capital. "There is no serious damage and no casualties," he wrote on Telegram. Ukraine's General Staff, however, said its drones hit the Moscow oil refinery in the Kapotnya district and caused a fire at a processing unit.

Russia's aviation authority imposed temporary restrictions on flights at Vnukovo and Sheremetyevo airports for more than five hours, delaying dozens of flights, including two to Doha.

Kyiv has described such strikes as a response to Russia's continued attacks on Ukraine's power grid. The Russian foreign ministry called the attack "terrorism" and said it showed Kyiv was not interested in peace.

ADVERTISEMENT
In a separate development, eight Ukrainian children were returned to their families on Friday after mediation by the State of Qatar, the Qatari Ministry of Foreign Affairs said in a statement. The children, aged between four and 16, were handed over by the Russian side and travelled to Ukraine, it said.

"Qatar will continue to keep its channels open with both parties for humanitarian cases, because every child reunited is a victory for diplomacy," said Hamad Al Kuwari, an adviser at the foreign ministry.

Since 2023, Qatar's mediation has helped reunite more than 100 Ukrainian and Russian children with their families, according to the ministry. Ukraine's human rights commissioner thanked Doha and said a new list of 40 children had been submitted.

Share this story: f | X | in | ✉
Doha Mirror is published by Al Sidra Media Group. All rights reserved.
"""
DOC = {"id": "kg10", "date": "2026-03-14", "source": "Doha Mirror (Qatari English daily)",
       "url": "https://dohamirror.example/international/2026/03/14/moscow-drones-ramenskoye-children", "text": TEXT}

D = "2026-03-14"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("kg10-1", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(337))],
      claimant=MOD, note="'on Saturday … destroyed 337 Ukrainian drones overnight over 14 regions' = 14 Mar, country total"),
    E("kg10-2", "interception", D, R("RU-MOS", "Moscow region"), "RU", "UA", weapons=[W("drone", intercepted=N(91))],
      parent="kg10-1", note="regional count: required"),
    E("kg10-3", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", weapons=[W("drone", intercepted=N(60))],
      parent="kg10-1", note="regional count: required"),
    E("kg10-4", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", weapons=[W("drone", intercepted=N(47))],
      parent="kg10-1", note="regional count: required"),
    E("kg10-5", "interception", D, R("RU-ORL", "Oryol region"), "RU", "UA", optional=True, parent="kg10-1",
      note="'gave no figures': listed only, optional"),
    E("kg10-6", "interception", D, R("RU-TUL", "Tula region"), "RU", "UA", optional=True, parent="kg10-1",
      note="listed only, optional"),
    E("kg10-7", "interception", D, R("RU-KLU", "Kaluga region"), "RU", "UA", optional=True, parent="kg10-1",
      note="listed only, optional"),
    E("kg10-8", "air_drone_strike", D, L("Ramenskoye"), "UA", "RU", fat=N(1), inj=N(3), weapons=[W("drone")],
      claimant="Moscow region governor", note="drone on an apartment building in Ramenskoye overnight: 1 k 3 w"),
    E("kg10-9", "air_drone_strike", D, L("Moscow"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Moscow mayor / General Staff of the Armed Forces of Ukraine",
      note="the mayor's debris on an industrial zone in the south-east and the General Staff's hit on the refinery in "
           "Kapotnya (a district of the city) are one event (counter-claims); 'no casualties' = 0/0"),
    E("kg10-10", "infrastructure_disruption", D, L("Moscow"), None, None,
      note="flight restrictions at Vnukovo and Sheremetyevo (both Moscow airports) for more than five hours: one "
           "disruption at Moscow, sides null (blind28 call 11)"),
    E("kg10-11", "agreement", "2026-03-13", C(None, "undisclosed"), None, None,
      note="eight children 'returned to their families on Friday' (13 Mar) after Qatari mediation, handed over by the "
           "Russian side: a humanitarian handover between the parties = agreement without a place (like an exchange "
           "at an undisclosed point, blind28 call 10); sides null (parties + mediator)"),
]
# Not events: 'Kyiv has described such strikes as a response' (habitual framing), the foreign ministry's 'terrorism'
# (claim), 'Since 2023 … more than 100' (cumulative), the new list of 40 children 'submitted' (no day; a request), the
# delayed flights to Doha (part of kg10-10).
# Not gold statements: the Moscow mayor's quote (title-only speaker), the foreign ministry's one-word 'terrorism'.
STATEMENTS = [
    S("Hamad Al Kuwari", "QA", "every child reunited is a victory for diplomacy", "adviser at the Qatari foreign ministry"),
]
MUST_NOT = ["DOHA MIRROR", "Saturday, 14 March 2026 | 25 Ramadan 1447", "Iftar time Doha: 5:48 PM",
            "Qatar | Region | International | Business | Sports | Opinion", "INTERNATIONAL NEWS",
            "Doha Mirror / Agencies — 14 Mar 2026 - 1:32 pm", "ADVERTISEMENT", "Share this story: f | X | in | ✉",
            "Doha Mirror is published by Al Sidra Media Group. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
