from common import E, L, R, C, N, W, S, gold

TITLE = "Explainer: what Taurus could — and could not — do for Ukraine"
TEXT = """KESTREL DEFENCE REVIEW
Land | Air | Naval | Missiles & Strike | Procurement | Analysis
EXPLAINER
Explainer: what Taurus could — and could not — do for Ukraine
6 March 2024 | 10 min read
Sponsored: Meet our editors at the Berlin air show, Hall 4, stand 112
Germany's refusal to send Taurus KEPD 350 cruise missiles to Ukraine has become the most argued-about weapons decision of the war. Here is what the missile is, what it might change, and why Berlin keeps saying no.

What is it?
Taurus is a German-Swedish air-launched cruise missile with a range of more than 500 kilometres and a 480-kilogram two-stage warhead designed to penetrate hardened bunkers and bridges before exploding. It flies low, following the terrain, and navigates using several independent systems, which makes it hard to jam.

How is it different from Storm Shadow?
Britain and France have supplied Storm Shadow and SCALP missiles since May 2023. Their range, as exported, is about 250 kilometres; Taurus would roughly double that. Ukrainian pilots have fired Storm Shadows from Su-24 bombers, and the same aircraft could in theory be adapted to carry Taurus.

Russia says it has learned to shoot the British missiles down. The Russian Defence Ministry said on Tuesday its air defences had shot down two Storm Shadow cruise missiles over Crimea; Ukraine did not comment. Such claims cannot be verified.

What targets could it hit?
Analysts most often mention the Crimean bridge, command posts, airfields and ammunition depots deep behind the front. "If you want to take down a bridge with a few missiles, Taurus is one of the very few tools in Western arsenals that can do it," said Felix Brandauer, a missile specialist at the Danube Security Forum in Vienna.

Why does Germany hesitate?
The chancellor has argued that targeting data for Taurus would require German personnel, which, in his view, would draw Germany into the war. A spokesman for the defence ministry, Arne Collin, said the government's position "has not changed" and that Germany was "the second-largest supporter of Ukraine in the world."

What would Russia do?
Moscow has warned that a delivery would make Germany "a party to the conflict". A senior Russian lawmaker said Russia could strike "decision-making centres" if the missiles hit Russian territory.

Would it change the war?
Probably not on its own. A few hundred missiles could destroy important targets, but they would not replace the artillery shells that Ukrainian units lack along the whole front.

Image: Taurus KEPD 350 under a Tornado wing / Bundeswehr archive, CC BY-SA 4.0
Sign up to the Kestrel Brief, our free Thursday newsletter
Kestrel Defence Review is an independent publication. Manage cookie settings
"""
DOC = {"id": "kf07", "date": "2024-03-06", "source": "Kestrel Defence Review (defence magazine site)",
       "url": "https://kestreldefence.example/missiles/explainer-taurus-ukraine", "text": TEXT}

EVENTS = [
    E("kf07-1", "interception", "2024-03-05", R("UA-43", "Crimea"), "RU", "UA",
      weapons=[W("cruise_missile", "Storm Shadow", intercepted=N(2))], claimant="Russian Defence Ministry",
      note="the only incident: MoD 'said on Tuesday … had shot down two Storm Shadow cruise missiles over Crimea' "
           "(dated by the report, no other day given); Crimea = region (UA-43); unverified claim is still gold"),
]
# Not events: specifications and capabilities, deliveries 'since May 2023' (history), Su-24s 'have fired' (habitual,
# no day), 'could in theory', the chancellor's refusal (a stance without a day), Moscow's warnings and the lawmaker's
# threat, the forecast.
STATEMENTS = [
    S("Felix Brandauer", None, "Taurus is one of the very few tools in Western arsenals", "missile specialist, Danube Security Forum"),
    S("Arne Collin", "DE", "the second-largest supporter of Ukraine in the world", "German defence ministry spokesman"),
]
MUST_NOT = ["KESTREL DEFENCE REVIEW", "Land | Air | Naval | Missiles & Strike | Procurement | Analysis", "EXPLAINER",
            "6 March 2024 | 10 min read", "Sponsored: Meet our editors at the Berlin air show, Hall 4, stand 112",
            "Image: Taurus KEPD 350 under a Tornado wing / Bundeswehr archive, CC BY-SA 4.0",
            "Sign up to the Kestrel Brief, our free Thursday newsletter",
            "Kestrel Defence Review is an independent publication. Manage cookie settings"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
