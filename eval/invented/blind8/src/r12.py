from common import E, L, R, C, N, W, S, gold

TITLE = "Drone falls on house in Otaci; Chișinău summons Russian ambassador"
TEXT = """NISTRU TODAY
Moldova · Region · World · Economy · English
Drone falls on house in Otaci; Chișinău summons Russian ambassador
18.11.2025, 15:48
Reporter: Elena Ceban
🔊 Listen to this article

A Russian attack drone fell on the roof of a private house in Otaci, in the Ocnița district, overnight into Tuesday, the General Police Inspectorate said. The drone did not explode. The family of four who live in the house were not injured, although the roof and an outbuilding were damaged.

The town of Otaci lies on the Dniester, directly opposite the Ukrainian city of Mohyliv-Podilskyi, which Russian drones targeted during the night. Explosives experts removed the wreckage, which police identified as a Geran-2, the Russian version of the Iranian Shahed.

"At about three o'clock we heard a loud buzzing and then a bang on the roof. I thought the house was coming down," said Vasile Munteanu, the owner of the house.

The Civil Aviation Authority closed the airspace over the north of the country from 01:30 to 05:00 during the attack. At Chișinău International Airport, six morning flights were delayed and two were diverted to Iași in Romania.

The Ministry of Foreign Affairs summoned the Russian ambassador on Tuesday and handed him a note of protest. "This is a gross violation of our sovereignty and a direct threat to the lives of Moldovan citizens," ministry spokesman Mihai Rusu said.

The Russian embassy rejected the accusation. "There is no evidence that the object belongs to the Russian Federation. We consider such statements a provocation," embassy spokesman Oleg Vasnetsov told Nistru Today.

On Tuesday afternoon, about 50 people gathered in front of the Russian embassy in Chișinău with Moldovan and Ukrainian flags, demanding that the ambassador be expelled. The protest passed without incident.

Border police also found fragments of what they believe was a second drone in a field near Briceni on Tuesday morning. It is not known when it fell.

In Ukraine, the air force said Russia had launched 87 attack drones overnight, of which 64 were shot down. Ukrainian officials said an energy facility in the Vinnytsia region had been hit.

Since the start of Russia's full-scale invasion of Ukraine, Moldovan airspace has been violated by drones or missile fragments more than 20 times, according to the Ministry of Defence. The government is considering the purchase of short-range air defence systems, but Moldova, a neutral country, has no fighter jets capable of intercepting drones. The president said Moldova could ask its partners for radar support if the incursions continue.

Read also:
Moldova extends state of emergency in energy sector
How Moldova's neutrality is changing
© Nistru Today. All rights reserved.
"""
DOC = {"id": "r12", "date": "2025-11-18", "source": "Nistru Today (Moldovan outlet)",
       "url": "https://nistru-today.example/en/2025/11/18/drone-otaci-ambassador-summoned", "text": TEXT}

D = "2025-11-18"
EVENTS = [
    E("r12-1", "air_drone_strike", D, L("Otaci"), "RU", "MD", fat=N(0), inj=N(0),
      weapons=[W("drone", "Geran-2")], claimant="General Police Inspectorate",
      note="drone wreck on a house in a neighbouring country (did not explode)"),
    E("r12-2", "infrastructure_disruption", D, C("MD", "northern Moldova"), None, None, family=["policy_decision"],
      claimant="Civil Aviation Authority", note="airspace over the north closed 01:30-05:00"),
    E("r12-3", "infrastructure_disruption", D, L("Chisinau", 1, "Chișinău International Airport"), None, None,
      claimant="Nistru Today", note="six flights delayed, two diverted"),
    E("r12-4", "diplomatic_contact", D, L("Chisinau"), "MD", "RU", claimant="Ministry of Foreign Affairs",
      note="Russian ambassador summoned"),
    E("r12-5", "protest", D, L("Chisinau"), "MD", None, note="peaceful rally outside the Russian embassy"),
    E("r12-6", "air_drone_strike", None, L("Briceni", 2, "near Briceni"), "RU", "MD", optional=True,
      prec="unknown", note="fragments found on Tuesday morning; fall date unknown"),
    E("r12-7", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(87))],
      claimant="Ukrainian air force"),
    E("r12-8", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(64))],
      claimant="Ukrainian air force"),
    E("r12-9", "air_drone_strike", D, R("UA-05", "Vinnytsia region"), "RU", "UA", parent="r12-7",
      family=["missile_artillery_strike"], claimant="Ukrainian officials",
      note="energy facility hit; the wave was drones only, but the text does not say what hit it"),
    E("r12-10", "air_drone_strike", D, L("Mohyliv-Podilskyi", 1), "RU", "UA", optional=True, parent="r12-7",
      note="'which Russian drones targeted during the night': targeting without reported result"),
]
STATEMENTS = [
    S("Vasile Munteanu", "MD", "I thought the house was coming down", "house owner in Otaci"),
    S("Mihai Rusu", "MD", "a gross violation of our sovereignty", "Moldovan foreign ministry spokesman"),
    S("Oleg Vasnetsov", "RU", "We consider such statements a provocation", "Russian embassy spokesman"),
]
MUST_NOT = ["NISTRU TODAY", "Moldova · Region · World · Economy · English", "18.11.2025, 15:48", "Reporter: Elena Ceban",
            "🔊 Listen to this article", "Read also:", "Moldova extends state of emergency in energy sector",
            "How Moldova's neutrality is changing", "© Nistru Today. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
