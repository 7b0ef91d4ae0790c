from common import *

TITLE = "Kyiv and Moscow swap 210 prisoners each as talks on energy truce stall"
TEXT = f"""Continental Review › Europe › Ukraine
{TITLE}
Exchange mediated by the United Arab Emirates; Moscow warns it "could" resume strikes on power grid
By Ewa Sandberg · 5 March 2026 · Updated 12:40
Reading time: 4 minutes

Ukraine and Russia exchanged 210 prisoners of war each on Wednesday, in a swap mediated by the United Arab Emirates, the Ukrainian coordination headquarters for prisoners of war said. The exchange took place in the Chernihiv region near the border with Belarus.

Among those returned to Ukraine were defenders of Mariupol who had spent almost four years in captivity, as well as several civilians. "Every face on that bus is a family that can breathe again," said Oksana Melnyk, secretary of the coordination headquarters.

The exchange was the only concrete result of a month of contacts. Talks on a partial truce covering energy infrastructure have stalled, and Moscow said on Wednesday that it could resume strikes on Ukraine's power grid "at any moment" if Ukrainian drone attacks on Russian refineries continued. Kyiv denied that it had struck any energy facility since the informal moratorium began, and Moscow in turn denied shelling the town of Kupiansk-Vuzlovyi during the exchange, as Ukrainian officials had alleged.

Is the moratorium still in force? Neither side would say. A senior Ukrainian official said Kyiv would respect it "as long as the other side does," but warned that Ukraine could launch long-range drones at Russian refineries again within hours if Russia struck first.

Norway's government approved on Tuesday a new aid package of 8 billion kroner for Ukraine, most of it to buy air defence systems and energy equipment. Washington has not approved new military aid this year, and officials there said no decision was expected before the summer. Kyiv has been allowed to buy US weapons with European money under an arrangement agreed last year.

Ukraine's foreign minister met his Turkish counterpart in Ankara on Wednesday to discuss a possible new round of direct talks in Istanbul. Turkey has offered to host a meeting "in the coming weeks," but no date has been set.

Russia's defence ministry, meanwhile, said it had deployed additional air defence units to the Belgorod region. It did not say when.

Analysts warned against reading too much into the swap. "Prisoner exchanges have continued through the worst phases of this war. They are a humanitarian channel, not a sign of peace," said Karin Lund of the Stockholm Institute for Eastern Europe.

More on this story
- Who are the prisoners still held in Russia?
- Energy truce: what was agreed and what was not
Sign up for our Europe newsletter
"""
MUST_NOT = ["Continental Review › Europe › Ukraine", "By Ewa Sandberg · 5 March 2026 · Updated 12:40", "Reading time: 4 minutes",
            "More on this story", "- Who are the prisoners still held in Russia?", "- Energy truce: what was agreed and what was not",
            "Sign up for our Europe newsletter"]
EVENTS = [
 E("x22-1", "agreement", "2026-03-04", "UA", "RU", region("UA-74", "Chernihiv region near the border with Belarus"),
   claimant="Coordination Headquarters for the Treatment of Prisoners of War", note="prisoner exchange, 210 for 210, UAE mediation"),
 E("x22-2", "policy_decision", "2026-03-03", "NO", "UA", country("NO"), note="aid package"),
 E("x22-3", "diplomatic_contact", "2026-03-04", "UA", "TR", at("Ankara")),
 E("x22-4", "missile_artillery_strike", "2026-03-04", "RU", "UA", at("Kupiansk-Vuzlovyi"), fam=["air_drone_strike"],
   optional=True, note="shelling alleged by Ukraine, denied by Moscow; mentioned only through the denial"),
 E("x22-5", "military_mobilization", None, "RU", None, region("RU-BEL"), precision="unknown", optional=True,
   note="air defence units deployed, 'did not say when'"),
]
STATEMENTS = [
 S("senior Ukrainian official", "UA", "as long as the other side does", "anonymous official"),
 S("Oksana Melnyk", "UA", "Every face on that bus is a family that can breathe again", "secretary of the coordination headquarters"),
 S("Karin Lund", None, "They are a humanitarian channel, not a sign of peace", "analyst"),
]

def build():
    return article("x22", "2026-03-05", "Continental Review", "https://continental-review.example/europe/ukraine/2026/03/05/prisoner-swap-210",
                   "politics/diplomacy", "prisoner exchange (agreement); threats ('could resume strikes'); denials; question; conditional 'could launch'; negation 'has not approved'; 'Kyiv has been allowed'; capitals as governments; undated deployment (optional)",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
