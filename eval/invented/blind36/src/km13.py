from common import E, L, R, C, N, W, S, gold

TITLE = "150,000 customers without power after night attack on Odesa region substations"
TEXT = """PRYMORSKA HVYLIA
the Odesa region's news site · Odesa · Izmail · Chornomorsk · Bilhorod-Dnistrovskyi
Text size A A A · Dyslexia-friendly font · Read aloud
Home / Energy / Odesa
150,000 customers without power after night attack on Odesa region substations
19 December 2025 · 08:36 · Comments (7)
Editor's note: this article was updated at 11:40 with the energy company's figures and the air force's totals.
More than 150,000 customers in the Odesa region were without electricity on Friday morning after Russian drones and ballistic missiles hit energy facilities overnight, the regional distribution company said.

In Odesa, drones struck an energy facility in the Peresyp district, causing a large fire, and injured one worker, the head of the city military administration said. About 120,000 customers in the city lost power, and water pumping stations switched to backup generators, so residents on upper floors had little or no water.

"The lifts stopped, the water stopped, the heating is lukewarm. I filled every bottle in the flat at six in the morning," said Larysa Melnyk, 71, who lives on the ninth floor of a building in the Kyivskyi district.

Two ballistic missiles hit a substation in the Izmail district, leaving about 30,000 customers without electricity, the regional governor said. No one was injured there.

Drone debris fell on the territory of the port of Chornomorsk without causing damage, the port administration said.

Air defence shot down 23 drones over the Odesa region, according to the Southern Defence Forces.
Morning Odesa in your inbox at 7:00 — subscribe free
Nationwide, Russia launched 137 attack drones and five Iskander-M ballistic missiles, the Ukrainian Air Force said. Air defence downed 108 drones; none of the ballistic missiles was intercepted.

Stabilisation outage schedules apply across the Odesa region from 14:00 on Friday, the distribution company said. "The repair teams started work as soon as the alert ended. The substations are old Soviet equipment, and each replacement transformer takes weeks to find," company spokesman Kostiantyn Pylypchuk said.

The city has opened 42 heating points in schools and administrative buildings. Officials said more would open if the outages lasted into the weekend, and the city council plans to buy 30 more generators for boiler houses.
About the author: Svitlana Rudenko writes about Odesa's energy, port and city economy. She joined Prymorska Hvylia in 2019.
Prymorska Hvylia · Odesa · editorial e-mail news@prymorska.example · registered online media, ID R40-03355
"""
DOC = {"id": "km13", "date": "2025-12-19", "source": "Prymorska Hvylia (Odesa regional news site)",
       "url": "https://prymorska.example/energy/odesa/2025/12/19/substations-night-attack", "text": TEXT}

D = "2025-12-19"
EVENTS = [
    E("km13-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(137)), W("ballistic_missile", "Iskander-M", launched=N(5))],
      claimant="Ukrainian Air Force",
      note="nationwide wave 'overnight' in a Friday report = 19 Dec; combined, typed by the missiles; the Odesa "
           "incidents are its children"),
    E("km13-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="km13-1",
      weapons=[W("drone", intercepted=N(108)), W("ballistic_missile", intercepted=N(0))],
      note="'downed 108 drones; none of the ballistic missiles was intercepted' = ballistic intercepted exact 0"),
    E("km13-3", "interception", D, R("UA-51", "Odesa region"), "UA", "RU", parent="km13-1",
      weapons=[W("drone", intercepted=N(23))], note="'shot down 23 drones over the Odesa region': required (rule 3)"),
    E("km13-4", "air_drone_strike", D, L("Odesa"), "RU", "UA", inj=N(1), parent="km13-1", weapons=[W("drone")],
      note="drones on an energy facility in Odesa's Peresyp district (= the city): 1 worker injured"),
    E("km13-5", "infrastructure_disruption", D, L("Odesa"), "RU", "UA", parent="km13-4",
      note="about 120,000 customers in the city without power, water pumps on generators: one disruption per city "
           "(blind26 call 9)"),
    E("km13-6", "missile_artillery_strike", D, L("Izmail", 2, "Izmail district"), "RU", "UA", fat=N(0), inj=N(0),
      parent="km13-1", weapons=[W("ballistic_missile", launched=N(2))],
      note="'Two ballistic missiles hit a substation in the Izmail district': district named after the town = "
           "precision 2; 'No one was injured there' = 0/0 (rule 7)"),
    E("km13-7", "infrastructure_disruption", D, L("Izmail", 2, "Izmail district"), "RU", "UA", parent="km13-6",
      note="about 30,000 customers in the Izmail district without electricity"),
    E("km13-8", "air_drone_strike", D, L("Chornomorsk"), "RU", "UA", fat=N(0), inj=N(0), optional=True, parent="km13-1",
      note="drone debris fell on the port of Chornomorsk 'without causing damage': fragments without consequences are "
           "optional (blind26 call 7)"),
    E("km13-9", "infrastructure_disruption", D, R("UA-51", "Odesa region"), "RU", "UA", parent="km13-1",
      family=["policy_decision"],
      note="stabilisation outage schedules 'across the Odesa region from 14:00 on Friday' (publication day): required "
           "regional disruption (blind16 call 4; policy_decision accepted); the 150,000 total is the sum of the city "
           "and district outages, not another event"),
]
# Not events: 42 heating points opened (a response, no event type), 'more would open if' (conditional), the council
# 'plans to buy' generators (plan), 'each replacement transformer takes weeks' (general), the editor's update note.
STATEMENTS = [
    S("Larysa Melnyk", "UA", "I filled every bottle in the flat at six in the morning", "Odesa resident"),
    S("Kostiantyn Pylypchuk", "UA", "each replacement transformer takes weeks to find",
      "spokesman of the regional distribution company"),
]
MUST_NOT = ["PRYMORSKA HVYLIA",
            "the Odesa region's news site · Odesa · Izmail · Chornomorsk · Bilhorod-Dnistrovskyi",
            "Text size A A A · Dyslexia-friendly font · Read aloud", "Home / Energy / Odesa",
            "19 December 2025 · 08:36 · Comments (7)",
            "Editor's note: this article was updated at 11:40 with the energy company's figures and the air force's "
            "totals.",
            "Morning Odesa in your inbox at 7:00 — subscribe free",
            "About the author: Svitlana Rudenko writes about Odesa's energy, port and city economy. She joined "
            "Prymorska Hvylia in 2019.",
            "Prymorska Hvylia · Odesa · editorial e-mail news@prymorska.example · registered online media, ID R40-03355"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
