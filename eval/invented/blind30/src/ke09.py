from common import E, L, R, C, N, W, S, gold

TITLE = "Kherson region: two killed, 17 injured in a day as FPV drones hunt people on the streets"
TEXT = """RIGHT BANK NEWS
Kherson · Beryslav · Bilozerka · Kakhovka
Читати українською
📌 Pinned: shelter map of Kherson (updated weekly)
Kherson region: two killed, 17 injured in a day as FPV drones hunt people on the streets
15.07.2025 09:05 | 👁 2.4K
Over the past day, Russian troops attacked 38 settlements in the Kherson region, including the city of Kherson, with artillery, multiple rocket launchers, drones and four guided bombs, the regional military administration said on Tuesday morning. Two people were killed and 17 injured.

The administration listed the main incidents:

Around 10:15, an FPV drone dropped explosives on a man riding a bicycle in the Dniprovskyi district of Kherson. The 54-year-old was taken to hospital with blast injuries.

At 16:30, a drone attacked a municipal bus in Antonivka. The driver and two passengers were injured.

In the evening, Russian artillery shelled Bilozerka. A 67-year-old woman was killed in her yard.

Stanislav came under fire from multiple rocket launchers; a 45-year-old man was killed.

Russian aircraft dropped a guided bomb on Komyshany, damaging four houses.

In Zelenivka, a drone hit a car; two people were injured.

Residents of the city's riverside districts call the constant drone attacks a "human safari". Drones hover over streets, bus stops and markets within a few kilometres of the Dnipro, and operators on the occupied left bank choose their targets from the live video.

"I walk to the shop along the walls now, under the trees, and I listen to the sky more than to people," said Halyna Melnyk, 70, who lives near the river port.

The city has hung anti-drone nets over several roads since spring, and volunteers have installed detectors at bus stops. The Kherson city administration said on Tuesday that 146 people had been wounded by drones in the city since the start of July.

On the other bank of the Dnipro, Russian-installed officials claimed that Ukrainian shelling killed a resident of Oleshky on Monday. Their claim could not be verified.

🙏 Help Kherson buy anti-drone nets — monobank jar, link in our profile
Right Bank News is a member of the Independent Regional Press Association
Comments are closed for this article
"""
DOC = {"id": "ke09", "date": "2025-07-15", "source": "Right Bank News (Kherson news site)",
       "url": "https://rightbank.example/en/2025/07/15/kherson-region-day-summary-fpv", "text": TEXT}

D = "2025-07-15"
Y = "2025-07-14"
RMA = "Kherson regional military administration"
EVENTS = [
    E("ke09-1", "missile_artillery_strike", Y, R("UA-65", "Kherson region"), "RU", "UA", end=D, prec="range", agg=True,
      fat=N(2), inj=N(17), family=["air_drone_strike"], weapons=[W("guided_bomb", launched=N(4))], claimant=RMA,
      note="past-day regional tally with casualties: required aggregate range (blind16 call 1); mixed weapons typed by "
           "the heaviest (drone type accepted); parent of the listed incidents"),
    E("ke09-2", "air_drone_strike", Y, L("Kherson", 1, "Kherson (Dniprovskyi district)"), "RU", "UA", inj=N(1),
      weapons=[W("drone")], parent="ke09-1",
      note="'Around 10:15' inside the 24 hours ending Tuesday morning = Monday; city district = the city"),
    E("ke09-3", "air_drone_strike", Y, L("Antonivka-Kh"), "RU", "UA", inj=N(3), weapons=[W("drone")], parent="ke09-1",
      note="'At 16:30' = Monday; driver and two passengers injured; Antonivka of the Kherson hromada (713304)"),
    E("ke09-4", "missile_artillery_strike", Y, L("Bilozerka"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      parent="ke09-1", note="'In the evening' of the day summarised = Monday evening"),
    E("ke09-5", "missile_artillery_strike", Y, L("Stanislav"), "RU", "UA", end=D, prec="range", fat=N(1),
      weapons=[W("mlrs")], parent="ke09-1",
      note="no hour: a past-day range (not an aggregate); MLRS, one killed"),
    E("ke09-6", "air_drone_strike", Y, L("Komyshany"), "RU", "UA", end=D, prec="range", weapons=[W("guided_bomb")],
      parent="ke09-1", note="guided bomb, no hour: range; houses damaged, casualties not stated = absent"),
    E("ke09-7", "air_drone_strike", Y, L("Zelenivka-Kh"), "RU", "UA", end=D, prec="range", inj=N(2),
      weapons=[W("drone")], parent="ke09-1", note="drone hit a car, two injured; no hour: range"),
    E("ke09-8", "missile_artillery_strike", Y, L("Oleshky"), "UA", None, fat=N(1), weapons=[W("artillery")],
      claimant="Russian-installed officials",
      note="occupation officials' claim of Ukrainian shelling 'on Monday', unverified but dated: required; occupied "
           "town keeps its Ukrainian code; actor2 left null"),
    E("ke09-9", "air_drone_strike", "2025-07-01", L("Kherson"), "RU", "UA", end=D, prec="range", agg=True,
      inj=N(146), weapons=[W("drone")], optional=True, claimant="Kherson city administration",
      note="'146 people … wounded by drones in the city since the start of July': a month-to-date total, optional"),
]
STATEMENTS = [
    S("Halyna Melnyk", "UA", "I listen to the sky more than to people", "Kherson resident"),
]
MUST_NOT = ["RIGHT BANK NEWS", "Kherson · Beryslav · Bilozerka · Kakhovka", "Читати українською",
            "📌 Pinned: shelter map of Kherson (updated weekly)", "15.07.2025 09:05 | 👁 2.4K",
            "🙏 Help Kherson buy anti-drone nets — monobank jar, link in our profile",
            "Right Bank News is a member of the Independent Regional Press Association",
            "Comments are closed for this article"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
