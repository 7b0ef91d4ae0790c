from common import E, L, R, C, N, W, S, gold

TITLE = "Russia claims capture of Sumy border village, Kyiv says fighting on; Bryansk governor reports cross-border raid"
TEXT = """THE DECCAN DISPATCH
Trending: IPL 2026 | Sensex Today | Gold Rate in Hyderabad | Summer Travel Deals
Home > World News > Europe
Russia claims capture of Sumy border village, Kyiv says fighting on; Bryansk governor reports cross-border raid
3 min read · First Published: 5 Apr 2026, 02:47 PM IST
Russia's defence ministry on Saturday claimed its forces have taken control of Myropillia, a village in Ukraine's northern Sumy region just a few kilometres from the Russian border, while Kyiv insisted the battle for the village was still going on.

According to the ministry, units of the "North" group of forces "liberated" the settlement after several days of fighting. Ukraine's border guard service said a Russian assault group of around 60 soldiers had crossed the state border near Myropillia in the early hours of Friday and had been partly destroyed.

"They came across the border in small groups, under the cover of fog and drones. Our units are fighting in the village right now," said Serhii Nazarenko, a spokesperson for the Ukrainian border guard service, on Saturday evening.

Also Watch: ▶ Sumy's border villages empty out as Russian troops press (2:41)
In a separate incident, the governor of Russia's Bryansk region said a Ukrainian "sabotage and reconnaissance group" tried to cross the border near the town of Klimovo on Friday night. Two Russian border guards were killed in the firefight before the attackers were pushed back, the governor said. Kyiv did not comment on the claim.

Meanwhile, Russian glide bombs struck the town of Bilopillia on Saturday afternoon, killing one person and injuring four, according to the Sumy regional administration. The administration on Saturday also ordered the mandatory evacuation of families with children from 11 more villages along the border.

Military experts are watching whether Moscow is preparing a bigger push towards Sumy city, about 30 km from the frontier. A full-scale offensive there would need far larger forces than Russia has massed so far, they said.

India, which has maintained a neutral stance on the conflict, raised the issue of its nationals serving in the Russian army at talks between Foreign Secretary-level officials in New Delhi on Friday. "We have sought the early discharge and return of all remaining Indian nationals," Ministry of External Affairs spokesperson Rohan Mehta told reporters. He said 12 Indians had returned home so far this year.

(With inputs from agencies)
Disclaimer: This story has been edited from a syndicated wire feed; headline and summary may have been changed by Deccan Dispatch staff.
Catch all the World News and Updates on Live Deccan Dispatch. Download The Deccan Dispatch App to get Daily Market Updates.
"""
DOC = {"id": "kg08", "date": "2026-04-05", "source": "The Deccan Dispatch (Indian English daily)",
       "url": "https://deccandispatch.example/world/europe/russia-claims-sumy-border-village-myropillia-11743821", "text": TEXT}

EVENTS = [
    E("kg08-1", "territory_change", "2026-04-04", L("Myropillia"), "RU", "UA", claimant="Russian Defence Ministry",
      note="capture claim made 'on Saturday' = 4 Apr (publication Sun 5 Apr), dated the claim day; Kyiv's denial "
           "does not remove it"),
    E("kg08-2", "armed_clash", "2026-04-03", L("Myropillia", 2, "near Myropillia"), "RU", "UA",
      claimant="State Border Guard Service of Ukraine",
      note="the border crossing of ~60 soldiers 'near Myropillia in the early hours of Friday' (3 Apr), 'partly "
           "destroyed': an incursion fought at the border = armed_clash RU→UA, precision 2"),
    E("kg08-3", "armed_clash", "2026-04-04", L("Myropillia"), "RU", "UA",
      claimant="State Border Guard Service of Ukraine",
      note="'Our units are fighting in the village right now', said 'on Saturday evening' = 4 Apr, in the village "
           "(precision 1): the counter-claim to kg08-1 (blind28 call 8); 'several days of fighting' is background"),
    E("kg08-4", "armed_clash", "2026-04-03", L("Klimovo", 2, "near Klimovo"), "UA", "RU", fat=N(2),
      claimant="Bryansk region governor",
      note="raid 'near the town of Klimovo on Friday night' = 3 Apr; attempted crossing fought off = armed_clash "
           "UA→RU; two Russian border guards killed"),
    E("kg08-5", "air_drone_strike", "2026-04-04", L("Bilopillia"), "RU", "UA", fat=N(1), inj=N(4),
      weapons=[W("guided_bomb")], note="'glide bombs struck the town of Bilopillia on Saturday afternoon' = 4 Apr"),
    E("kg08-6", "policy_decision", "2026-04-04", R("UA-59", "Sumy region"), "UA", None, optional=True,
      note="mandatory evacuation of families with children from 11 border villages ordered 'on Saturday': an "
           "evacuation order is optional (blind28 kc01)"),
    E("kg08-7", "diplomatic_contact", "2026-04-03", L("New Delhi"), "IN", "RU",
      note="talks 'in New Delhi on Friday' (3 Apr) between Indian and (implied) Russian officials on nationals in the "
           "Russian army; the host state IN as actor1"),
]
# Not gold statements: "North", "liberated", "sabotage and reconnaissance group" (institution/title-only fragments).
# Not events: 'preparing a bigger push' and 'would need far larger forces' (speculation, conditional), 'has massed so
# far' (no day, no place), '12 Indians had returned … so far this year' (tally without day), India's neutral stance.
STATEMENTS = [
    S("Serhii Nazarenko", "UA", "Our units are fighting in the village right now",
      "spokesperson of the Ukrainian border guard service"),
    S("Rohan Mehta", "IN", "We have sought the early discharge and return of all remaining Indian nationals",
      "Ministry of External Affairs spokesperson"),
]
MUST_NOT = ["THE DECCAN DISPATCH", "Trending: IPL 2026 | Sensex Today | Gold Rate in Hyderabad | Summer Travel Deals",
            "Home > World News > Europe", "3 min read · First Published: 5 Apr 2026, 02:47 PM IST",
            "Also Watch: ▶ Sumy's border villages empty out as Russian troops press (2:41)",
            "(With inputs from agencies)",
            "Disclaimer: This story has been edited from a syndicated wire feed; headline and summary may have been changed by Deccan Dispatch staff.",
            "Catch all the World News and Updates on Live Deccan Dispatch. Download The Deccan Dispatch App to get Daily Market Updates."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
