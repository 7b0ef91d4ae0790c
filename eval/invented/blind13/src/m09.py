from common import E, L, R, C, N, W, S, gold

TITLE = "Night attack on Poltava region: drone hits Kremenchuk enterprise, two workers injured"
TEXT = """POLTAVA PULSE — news of Poltava and the region
Home » News » Region
Night attack on Poltava region: drone hits Kremenchuk enterprise, two workers injured
Anastasiia Rybak
14 October 2023, 11:05
Views: 1 348

Russian troops attacked the Poltava region with Shahed attack drones overnight. Of the 11 drones that entered the region, air defence forces shot down nine, the head of the Poltava Regional Military Administration reported on Saturday morning.

In Kremenchuk, one of the drones hit an industrial enterprise. A fire broke out on an area of about 200 square metres and was extinguished by rescuers by 6 a.m. Two employees of the night shift were injured and taken to hospital; their condition is assessed as moderate.

"The workers were in the shop when the drone arrived. Both are conscious, doctors are doing everything necessary," Kremenchuk deputy mayor Serhii Hudz said.

Due to the attack, about 6,500 consumers in the Kremenchuk district were left without electricity. Power engineers expect to restore supply by the evening.

Fragments of a downed drone fell in the Lubny district, damaging the roofs and windows of three private houses in the village of Tarandyntsi. No one was hurt.

Read also:
Heating season in Poltava to start on 15 October if the weather gets colder
Poltava region: 12 new shelters to open in schools before winter

Yesterday evening, Russian troops struck the outskirts of Karlivka with a ballistic missile. A 58-year-old security guard of an agricultural enterprise was killed, and a grain warehouse was destroyed, according to the Karlivka community head.

Earlier this week, the SBU reported the detention in the Poltava region of an informant who allegedly passed data on energy facilities to the Russians.

The regional administration reminds residents not to photograph or film the work of air defence and the consequences of strikes and not to publish such content online. Since February 2022, the Poltava region has been attacked more than 70 times by missiles and drones, according to the administration.

Photo: Poltava RMA

Found a mistake? Select it and press Ctrl+Enter.
Comments (0)
Add comment
"""
DOC = {"id": "m09", "date": "2023-10-14", "source": "Poltava Pulse", "url": "https://poltavapulse.example/news/region/84512-night-attack",
       "text": TEXT}

D = "2023-10-14"
EVENTS = [
    E("m09-1", "interception", D, R("UA-53", "Poltava region"), "UA", "RU",
      weapons=[W("drone", "Shahed", launched=N(11), intercepted=N(9))], claimant="Poltava RMA head",
      note="regional report: 11 drones entered, nine downed (launched + intercepted on the interception, as blind8 r05)"),
    E("m09-2", "air_drone_strike", D, L("Kremenchuk"), "RU", "UA", inj=N(2), weapons=[W("drone", "Shahed")],
      claimant="Poltava RMA head", note="drone hit on an industrial enterprise; 'taken to hospital' = injured"),
    E("m09-3", "infrastructure_disruption", D, L("Kremenchuk", 2, "Kremenchuk district"), "RU", "UA",
      claimant="Poltava RMA head", note="6,500 consumers without power in the Kremenchuk district (precision 2)"),
    E("m09-4", "air_drone_strike", D, L("Tarandyntsi"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Poltava RMA head",
      note="fragments of a downed drone (debris convention); the village Tarandyntsi in the Lubny district is the "
           "most precise place; 'No one was hurt' = 0/0"),
    E("m09-5", "missile_artillery_strike", "2023-10-13", L("Karlivka", 2, "outskirts of Karlivka"), "RU", "UA",
      fat=N(1), weapons=[W("ballistic_missile")], claimant="Karlivka community head",
      note="'Yesterday evening' in a Saturday report = Friday 13 Oct; 'the outskirts of' = precision 2"),
    E("m09-6", "arrest", "2023-10-09", R("UA-53", "Poltava region"), "UA", None, end="2023-10-14", prec="week",
      optional=True, claimant="SBU",
      note="'Earlier this week' detention, undated: optional (vague date, week of 9-14 Oct)"),
]
STATEMENTS = [
    S("Serhii Hudz", "UA", "Both are conscious, doctors are doing everything necessary", "Kremenchuk deputy mayor"),
]
MUST_NOT = ["POLTAVA PULSE — news of Poltava and the region", "Home » News » Region", "Anastasiia Rybak",
            "14 October 2023, 11:05", "Views: 1 348", "Read also:",
            "Heating season in Poltava to start on 15 October if the weather gets colder",
            "Poltava region: 12 new shelters to open in schools before winter", "Photo: Poltava RMA",
            "Found a mistake? Select it and press Ctrl+Enter.", "Comments (0)", "Add comment"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
