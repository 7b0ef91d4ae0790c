from common import E, L, R, C, N, W, S, gold

TITLE = "Drones set Syzran refinery ablaze again; police detain nine at flower vigil in St Petersburg"
TEXT = """OKNO
independent media · Berlin · since 2022
Okno is blocked in Russia. Send /start to our bot @okno_letters_bot and receive every article by e-mail
Main › Russia › War at home
Drones set Syzran refinery ablaze again; police detain nine at flower vigil in St Petersburg
17 February 2025, 09:31 (Berlin) · Okno newsroom
Drones attacked the Syzran oil refinery in the Samara region overnight into Sunday, setting fire to a primary processing unit, the regional governor said. He said there were no casualties and that the fire had been put out by morning. It was at least the third drone attack on the refinery in a year.

Local residents posted videos on Sunday night showing a glow over the industrial zone and reported hearing six or seven explosions. A Ukrainian security service source told Okno that the agency's long-range drones had hit the refinery's distillation column.

The Russian Defence Ministry said on Monday that air defences had destroyed 90 Ukrainian drones overnight, including 20 over the Ryazan region and 14 over the Saratov region. The Ryazan governor said debris fell on the territory of an industrial enterprise in Ryazan and caused a small fire; no one was injured.

Residents of Engels, home to a strategic bomber base, also reported explosions. The authorities did not comment.

🟢 Political prisoners in Russia today: 1,442 (OVD-style counter, updated daily)

In St Petersburg, police detained nine people who came on Sunday to lay flowers at the monument to the victims of political repression, in memory of a dissident who died in prison a year earlier, according to human rights lawyers. Three of them were released by the evening.

On Saturday about 30 wives and mothers of mobilised soldiers held a silent picket near the Defence Ministry building in Moscow, demanding that their men be brought home. Police watched but did not intervene. "We have been writing letters for two years. Nobody answers, so we came here," one of the organisers, Natalya Orekhova, told Okno.

Last week a Moscow court sentenced a 24-year-old programmer to 12 years in prison for donating 1,500 roubles to a Ukrainian foundation.

Donate to Okno: we do not take money from governments — okno.example/support
Okno is recognised as an "undesirable organisation" in Russia. Sharing our materials from Russia can be prosecuted; take care.
Listen to this article in Russian (synthetic voice, 4:12)
"""
DOC = {"id": "u05", "date": "2025-02-17", "source": "Okno (Russian exile outlet)",
       "url": "https://okno.example/en/russia/2025/02/17/syzran-refinery-vigil", "text": TEXT}
D = "2025-02-17"
SUN = "2025-02-16"
SAT = "2025-02-15"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("u05-1", "air_drone_strike", SUN, L("Syzran", 1, "Syzran oil refinery"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Samara region governor",
      note="'overnight into Sunday' in a Monday report = Sunday; perpetrator: a Ukrainian security-service source "
           "claims it; 'no casualties' = 0/0; the residents' Sunday-night videos are the same event; 'third attack in "
           "a year' is vague history"),
    E("u05-2", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(90))], claimant=MOD,
      note="'overnight' in the Monday briefing = Monday"),
    E("u05-3", "interception", D, R("RU-RYA", "Ryazan Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(20))],
      parent="u05-2", note="region with a count"),
    E("u05-4", "interception", D, R("RU-SAR", "Saratov Oblast"), "RU", "UA", weapons=[W("drone", intercepted=N(14))],
      parent="u05-2", note="region with a count"),
    E("u05-5", "air_drone_strike", D, L("Ryazan"), "UA", "RU", inj=N(0), weapons=[W("drone")], parent="u05-2",
      claimant="Ryazan governor",
      note="debris on an industrial enterprise and a small fire: a drone-type child at the city; 'no one was injured' "
           "(fatalities not stated separately: only injured 0)"),
    E("u05-6", "air_drone_strike", D, L("Engels"), "UA", "RU", optional=True,
      note="residents 'reported explosions', no official word: unconfirmed, optional; day follows the overnight wave"),
    E("u05-7", "arrest", SUN, L("Saint Petersburg"), "RU", None, family=["protest"],
      note="police detained nine people laying flowers on Sunday: arrest (protest accepted); the dissident's death 'a "
           "year earlier' is background"),
    E("u05-8", "protest", SAT, L("Moscow"), "RU", None,
      note="silent picket of about 30 soldiers' wives and mothers on Saturday; police 'did not intervene' = peaceful; "
           "actor1 RU (Russian civilians), actor2 null"),
]
STATEMENTS = [
    S("Natalya Orekhova", "RU", "Nobody answers, so we came here", "organiser"),
]
MUST_NOT = ["OKNO", "independent media · Berlin · since 2022",
            "Okno is blocked in Russia. Send /start to our bot @okno_letters_bot and receive every article by e-mail",
            "Main › Russia › War at home", "17 February 2025, 09:31 (Berlin) · Okno newsroom",
            "🟢 Political prisoners in Russia today: 1,442 (OVD-style counter, updated daily)",
            "Donate to Okno: we do not take money from governments — okno.example/support",
            "Okno is recognised as an \"undesirable organisation\" in Russia. Sharing our materials from Russia can be prosecuted; take care.",
            "Listen to this article in Russian (synthetic voice, 4:12)"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
