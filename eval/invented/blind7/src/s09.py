from common import E, L, R, C, N, W, S, gold

TITLE = "Russian decoy drone crashes in Rēzekne, Latvia closes eastern airspace"
TEXT = """DAUGAVA HERALD
We use cookies to improve your experience. By continuing to browse, you agree to our cookie policy. Accept
News / Latvia / Security
Russian decoy drone crashes in Rēzekne, Latvia closes eastern airspace
Reading time: 4 min · Listen to this article
Published: 15.04.2026 16:20 | Author: Līga Ozoliņa

A military drone that entered Latvian airspace from Belarus crashed in the eastern city of Rēzekne early on Wednesday, damaging the roof of a warehouse in an industrial area. No one was injured, the State Police said.

Defence Minister Andris Kalniņš said experts had identified the aircraft as a Russian Gerbera drone, a cheap decoy that Russia launches in large numbers alongside Shahed-type attack drones to overwhelm Ukrainian air defences. It carried no explosives, he said.

"This was not an accident of navigation. Russia is testing how quickly we react, and we will not let that go unanswered," Kalniņš told reporters in Riga.

Photo: Latvian State Police

According to the National Armed Forces, the drone was detected by radar at 03:12 and was in Latvian airspace for about 25 minutes. Two NATO fighter jets on air-policing duty were scrambled from Lielvārde air base but did not reach the drone before it came down.

The government decided at an extraordinary meeting on Wednesday morning to close the airspace along the eastern border to all civilian flights below 6,000 metres until Friday evening.

The Foreign Ministry summoned Russia's chargé d'affaires in Riga and handed him a note of protest. The Russian embassy said in a statement that the accusations were "groundless and aimed at escalating tensions in the region".

Separately, police in Daugavpils detained a 52-year-old man on Tuesday on suspicion of photographing military convoys for Russian intelligence, the State Security Service said on Wednesday. He faces up to eight years in prison if convicted.

The incident is the third this year in which drones used in the war in Ukraine have entered Latvian territory. Opposition parties have called for Latvia to request consultations under Article 4 of the NATO treaty; the prime minister said such a step was "not ruled out" if incidents continued. Officials expect that a new counter-drone system, to be bought with EU funds, could be deployed along the border next year.

Follow the Daugava Herald on X and Facebook
Most read
1. Rail Baltica: new delay for Riga central station
2. Why fuel prices rose again in April
© Daugava Herald, 2026. Reproduction without permission is prohibited.
"""
DOC = {"id": "s09", "date": "2026-04-15", "source": "Daugava Herald (Latvian outlet)",
       "url": "https://daugavaherald.example/news/latvia/security/2026/04/15/drone-rezekne", "text": TEXT}

D = "2026-04-15"
EVENTS = [
    E("s09-1", "air_drone_strike", D, L("Rezekne"), "RU", "LV", fat=N(0), inj=N(0), weapons=[W("drone", "Gerbera")],
      claimant="State Police / Andris Kalniņš", note="decoy drone crash, no explosives; coded like drone debris on NATO soil"),
    E("s09-2", "military_mobilization", D, C("LV", "Latvia (Lielvārde air base)"), None, "RU", optional=True,
      note="NATO air-policing jets scrambled from Lielvārde; the jets' nation is not said and Ogre municipality's ISO code "
           "(LV-067) cannot be expressed in the referee's admin1 shape: optional at country precision"),
    E("s09-3", "policy_decision", D, C("LV", "Latvia (eastern border airspace)"), "LV", None,
      family=["infrastructure_disruption"], note="airspace closed along the eastern border until Friday evening"),
    E("s09-4", "diplomatic_contact", D, L("Riga"), "LV", "RU", claimant="Foreign Ministry"),
    E("s09-5", "arrest", "2026-04-14", L("Daugavpils"), "LV", None, claimant="State Security Service"),
]
STATEMENTS = [
    S("Andris Kalniņš", "LV", "Russia is testing how quickly we react", "defence minister"),
    S("Russian embassy", "RU", "groundless and aimed at escalating tensions in the region"),
]
MUST_NOT = ["DAUGAVA HERALD",
            "We use cookies to improve your experience. By continuing to browse, you agree to our cookie policy. Accept",
            "News / Latvia / Security", "Reading time: 4 min · Listen to this article",
            "Published: 15.04.2026 16:20 | Author: Līga Ozoliņa", "Photo: Latvian State Police",
            "Follow the Daugava Herald on X and Facebook", "Most read",
            "1. Rail Baltica: new delay for Riga central station", "2. Why fuel prices rose again in April",
            "© Daugava Herald, 2026. Reproduction without permission is prohibited."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
