from common import E, L, R, C, N, W, S, gold

TITLE = "Drone fragments found near Isaccea after Russian attack on Izmail and Reni ports"
TEXT = """Delta Gazette — English
Tulcea County's independent daily
Local | County | Danube | Romania | Across the river
Drone fragments found near Isaccea after Russian attack on Izmail and Reni ports
24.06.2025 | 13:02 | by Cristina Ionescu | 4 comments
Fragments of a drone were found on Tuesday morning in a field near Isaccea, across the Danube from the Ukrainian port of Reni, after a Russian overnight attack on Ukrainian ports on the river, the Romanian Defence Ministry said. No one was hurt and nothing was damaged.

Romania scrambled two F-16 fighter jets during the attack, and residents of Isaccea and Tulcea received RO-Alert warnings shortly after 2 a.m., the ministry said.

"We heard the drones over the water around two o'clock, then a flash over the field behind the church," said Ion Popa, 58, a fisherman from Isaccea.

On the Ukrainian side, Russia attacked the Izmail district with 25 drones, of which 19 were shot down, the Odesa regional military administration said. In the port of Izmail, three workers were injured and a warehouse burned down. In Reni, a grain terminal was hit and caught fire; there were no casualties.

Tulcea county prefect Mihai Dobre said the fragments would be examined by military experts. "There is no danger for the population, but we ask people not to touch any object they find," he said.

The foreign ministry said it would summon Russia's chargé d'affaires and called the incident "a new violation of Romania's sovereign airspace". Moscow has previously denied that its drones entered Romanian territory.

Drone fragments have been found several times in the county since 2023.

◆ Subscribe to the Delta Gazette morning newsletter
◆ Send us your photos: redactie@deltagazette.example
Delta Gazette SRL · Tulcea · All rights reserved
"""
DOC = {"id": "kc15", "date": "2025-06-24", "source": "Delta Gazette (Romanian regional daily, English edition)",
       "url": "https://deltagazette.example/en/local/2025/06/24/drone-fragments-isaccea", "text": TEXT}

D = "2025-06-24"
RMA = "Odesa regional military administration"
EVENTS = [
    E("kc15-1", "air_drone_strike", D, L("Izmail", 2, "Izmail district"), "RU", "UA",
      weapons=[W("drone", launched=N(25))], claimant=RMA,
      note="regional drone wave on 'the Izmail district' (district named after its town = precision 2); 25 launched"),
    E("kc15-2", "interception", D, L("Izmail", 2, "Izmail district"), "UA", "RU", weapons=[W("drone", intercepted=N(19))],
      parent="kc15-1", claimant=RMA, note="'of which 19 were shot down'"),
    E("kc15-3", "air_drone_strike", D, L("Izmail"), "RU", "UA", inj=N(3), weapons=[W("drone")], parent="kc15-1",
      note="port of Izmail = the town; three workers injured"),
    E("kc15-4", "air_drone_strike", D, L("Reni"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="kc15-1", note="grain terminal hit; 'there were no casualties' = 0/0"),
    E("kc15-5", "air_drone_strike", D, L("Isaccea", 2, "near Isaccea"), "RU", "RO", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Romanian Defence Ministry",
      note="drone fragments in a field 'near Isaccea' on Romanian soil (blind4 call 9: RU→RO, 0/0); fell overnight "
           "(after 2 a.m.) = the publication day"),
    E("kc15-6", "military_mobilization", D, C("RO", "Romania"), "RO", None,
      note="two F-16s scrambled; RO-Alert warnings are part of it; summoning 'would' = a plan, no event"),
]
STATEMENTS = [
    S("Ion Popa", "RO", "a flash over the field behind the church", "fisherman"),
    S("Mihai Dobre", "RO", "we ask people not to touch any object they find", "Tulcea county prefect"),
    S("Romanian Foreign Ministry", "RO", "a new violation of Romania's sovereign airspace"),
]
MUST_NOT = ["Delta Gazette — English", "Tulcea County's independent daily",
            "Local | County | Danube | Romania | Across the river",
            "24.06.2025 | 13:02 | by Cristina Ionescu | 4 comments",
            "◆ Subscribe to the Delta Gazette morning newsletter",
            "◆ Send us your photos: redactie@deltagazette.example", "Delta Gazette SRL · Tulcea · All rights reserved"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
