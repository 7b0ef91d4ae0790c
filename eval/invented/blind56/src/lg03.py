from common import E, L, R, C, N, W, S, H, gold, ADS, INT, DIS, POL

TITLE = "Sea drones hit a landing ship and a tanker within a day; war-risk cover for Novorossiysk calls repriced"
TEXT = """BLACK SEA SHIPPING GAZETTE
Tankers | Dry bulk | Ports | Insurance | Sanctions | Markets
Security › Eastern Black Sea
Sea drones hit a landing ship and a tanker within a day; war-risk cover for Novorossiysk calls repriced
Kristina Vallo, Istanbul | 07 Aug 2023 09:15 GMT
This article is available to subscribers and registered users.
Ukrainian uncrewed surface vessels struck two Russian-linked ships in less than 24 hours at the end of last week, carrying the naval war to the eastern half of the Black Sea, where most of Russia's oil and grain exports are loaded.

The first attack came early on Friday, when a sea drone packed with explosives hit a large landing ship of the Black Sea Fleet at the naval base in Novorossiysk. Footage published later that day showed the vessel listing heavily to port as tugs nudged it towards the pier. Russia's defence ministry said ships' guns had destroyed two sea drones on the approaches to the base; it made no mention of damage.

Loading at the Sheskharis oil terminal, next to the naval base, was suspended for about five hours on Friday morning, according to two shipping agents in the port. "Nobody here thought the war would come past the breakwater," said Dmitri Sarkisyan, one of the agents, by telephone.

Some eighteen hours later, at 23:20 local time on Friday, a Russian-flagged product tanker was hit in the engine room about eight nautical miles south of the Crimean bridge, in the Kerch Strait. The tanker, which has been under US sanctions since 2019 for carrying jet fuel to Russian forces in Syria, was towed to an anchorage off Kerch. Russia's federal agency for sea and river transport said two of its eleven crew had been treated for cuts. Road traffic on the Crimean bridge was stopped for about three hours on Saturday morning.

Ukraine's security service, which controls the sea drone programme, confirmed both operations in a statement to Ukrainian media on Saturday, calling Russian waters "a legitimate zone of response".

On Sunday, Ukraine's naval command declared the waters around six Russian Black Sea ports, among them Novorossiysk, Tuapse and Taman, a war-risk area "until further notice". Ships calling there, it said, could be treated as carrying military cargo.

Earlier in the week the war had hit the other end of the sea. In the early hours of Wednesday, 2 August, Russian drones damaged grain warehouses and an elevator in the Danube port of Izmail, destroying about 40,000 tonnes of grain bound for Africa, China and Israel, according to the Ukrainian authorities.

For underwriters the two attacks changed the map. Additional war-risk premiums for calls at Novorossiysk, which were around 0.1% of hull value before the weekend, were being quoted at 0.5% to 1% on Monday morning, brokers said. "A sea drone does not ask what flag you fly or who your charterer is," said Helen Ashby, head of marine war risks at a London broker.

The Joint War Committee, which advises the London market on listed areas, is expected to discuss the eastern Black Sea at its next meeting. Since Russia left the grain deal last month, its navy has threatened to treat ships bound for Ukrainian ports as military targets; so far no ship has been stopped.
Related: Danube ports divert grain to road and rail
Black Sea Shipping Gazette is published by Pontus Maritime Media Ltd, London
"""
DOC = {"id": "lg03", "date": "2023-08-07", "source": "Black Sea Shipping Gazette (maritime trade paper)",
       "url": "https://bsshippinggazette.example/security/2023/08/07/sea-drones-landing-ship-tanker-novorossiysk-kerch",
       "text": TEXT}

D, FRI, SAT, SUN, WED = "2023-08-07", "2023-08-04", "2023-08-05", "2023-08-06", "2023-08-02"
EVENTS = [
    E("lg03-1", ADS, FRI, L("Novorossiysk"), "UA", "RU", weapons=[W("drone")],
      evidence="a sea drone packed with explosives hit a large landing ship of the Black Sea Fleet at the naval base in Novorossiysk",
      note="'early on Friday' on a Monday page -> 4 Aug; a sea drone is a drone strike (blind50 la11); the naval base "
           "inside the city = Novorossiysk (RU-KDA), precision 1; damage only, no casualties stated (absent)"),
    E("lg03-2", INT, FRI, H("Novorossiysk", "approaches to the Novorossiysk naval base"), "RU", "UA",
      weapons=[W("drone", intercepted=N(2))], claimant="Russian defence ministry",
      evidence="Russia's defence ministry said ships' guns had destroyed two sea drones on the approaches to the base",
      note="the MoD's 'destroyed two sea drones on the approaches to the base' -> a separate interception claim with a "
           "count (blind50 la11-7), precision 2; Friday"),
    E("lg03-3", DIS, FRI, L("Novorossiysk", name="Sheskharis oil terminal, Novorossiysk"), None, None,
      evidence="Loading at the Sheskharis oil terminal, next to the naval base, was suspended for about five hours on Friday morning",
      note="a port terminal's loading suspended after the attack -> disruption with sides null (as closures); the "
           "terminal is in Novorossiysk (precision 1)"),
    E("lg03-4", ADS, FRI, H("Kerch", "Kerch Strait south of the Crimean bridge"), "UA", "RU", inj=N(2),
      weapons=[W("drone")],
      evidence="at 23:20 local time on Friday, a Russian-flagged product tanker was hit in the engine room about eight nautical miles south of the Crimean bridge, in the Kerch Strait",
      note="'Some eighteen hours later, at 23:20 local time on Friday' -> 4 Aug (not Saturday); at sea near Kerch = "
           "precision 2 with Kerch's point (UA-43); 'two of its eleven crew had been treated for cuts' -> 2 injured "
           "(eleven is the crew, not a toll); attacker UA by the page ('Ukrainian uncrewed surface vessels struck two "
           "Russian-linked ships'), the SBU's confirmation repeats it"),
    E("lg03-5", DIS, SAT, H("Kerch", "Crimean bridge near Kerch"), None, None,
      evidence="Road traffic on the Crimean bridge was stopped for about three hours on Saturday morning.",
      note="bridge closure -> infrastructure_disruption, sides null, the bridge named with Kerch = precision 2 "
           "(blind49 kz14-4); Saturday 5 Aug"),
    E("lg03-6", POL, SUN, C("UA", "Ukraine"), "UA", "RU", claimant="Ukrainian naval command",
      evidence="On Sunday, Ukraine's naval command declared the waters around six Russian Black Sea ports, among them Novorossiysk, Tuapse and Taman, a war-risk area",
      note="a government (military command) decision about the war on Sunday 6 Aug -> policy_decision at the deciding "
           "country (precision 4), aimed at RU"),
    E("lg03-7", ADS, WED, L("Izmail"), "RU", "UA", weapons=[W("drone")],
      evidence="In the early hours of Wednesday, 2 August, Russian drones damaged grain warehouses and an elevator in the Danube port of Izmail",
      note="recalled strike with its date (2 Aug) -> required; the port of Izmail = the town (Odesa oblast, 707308); "
           "40,000 tonnes of grain is damage, not a casualty count"),
]
# Not events: the SBU's confirmation on Saturday (claim of lg03-1 and lg03-4) and its "a legitimate zone of response"
# (fragment); 'Ships calling there … could be treated as carrying military cargo' (the content of lg03-6); the
# premiums quoted on Monday (market data); the Joint War Committee 'is expected to discuss' (plan); Russia leaving the
# grain deal 'last month' (history without a day); the navy's threats and 'so far no ship has been stopped' (habit,
# negation); the tanker's sanctions 'since 2019' (background). Not gold statements: the SBU's fragment and the naval
# command's "until further notice" (institutions, fragments).
STATEMENTS = [
    S("Dmitri Sarkisyan", "RU", "Nobody here thought the war would come past the breakwater",
      "shipping agent, Novorossiysk"),
    S("Helen Ashby", None, "A sea drone does not ask what flag you fly", "head of marine war risks, London broker"),
]
MUST_NOT = ["BLACK SEA SHIPPING GAZETTE", "Tankers | Dry bulk | Ports | Insurance | Sanctions | Markets", "Security › Eastern Black Sea",
            "Kristina Vallo, Istanbul | 07 Aug 2023 09:15 GMT",
            "This article is available to subscribers and registered users.",
            "Related: Danube ports divert grain to road and rail",
            "Black Sea Shipping Gazette is published by Pontus Maritime Media Ltd, London"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
