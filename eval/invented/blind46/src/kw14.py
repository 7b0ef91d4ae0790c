from common import E, L, R, C, N, W, S, gold

TITLE = "Kremlin warns Berlin after Germany approves Taurus missiles for Ukraine"
TEXT = """PRESSLINK
Sign up | My News
World | Business | Markets | Sustainability | Legal | Breakingviews | Technology
Europe
Kremlin warns Berlin after Germany approves Taurus missiles for Ukraine
By Jonas Kettler and Irina Volkova
March 5, 2026 2:18 PM UTC Updated 44 min ago
BERLIN/MOSCOW, March 5 (Presslink) - Russia's president warned Germany on Thursday that any strike on Russian territory with Taurus cruise missiles would be treated as Berlin's direct participation in the war, a day after the German government approved their delivery to Ukraine.

The cabinet decided on Wednesday to send an undisclosed number of the long-range missiles, reversing a position it had held for more than two years, a government spokeswoman said. The first could reach Ukraine within weeks, according to two sources familiar with the matter.

"Ukraine has the right to defend itself, and that includes hitting the places from which it is attacked," the spokeswoman, Anja Reiter, told a regular news conference in Berlin.

Speaking at a meeting with defence industry executives in Moscow, the Russian president said the missiles could not be used without German personnel. "If German officers programme the targets, then Germany is striking us, and we will respond accordingly — not necessarily symmetrically," he said.

Russia's foreign ministry summoned Germany's ambassador in Moscow on Thursday to hand him a protest. Also on Thursday, the Russian defence ministry said that Iskander-M missile crews in the Kaliningrad exclave had been put on high alert during a snap combat readiness check.

Ukraine's president thanked the German chancellor in a phone call on Wednesday evening, his office said.

"Taurus will not end the war, but it will make the war more expensive for the aggressor," Ukrainian foreign ministry spokesman Yevhen Kolos said.

The fighting went on in the meantime. A Russian ballistic missile struck an industrial site in Dnipro late on Wednesday, killing two people and injuring 12, the regional governor said. Ukrainian drones attacked a chemical plant in Novomoskovsk, in Russia's Tula region, overnight; the Tula governor said falling debris had started a fire but caused no casualties.

Moscow has repeatedly threatened Western capitals over long-range weapons since 2024 without following through.

Reporting by Jonas Kettler in Berlin and Irina Volkova in Moscow; Editing by Hugh Lawson
Presslink's editorial principles apply to this story.
Read Next
Oil steadies as traders weigh OPEC+ supply plans
"""
DOC = {"id": "kw14", "date": "2026-03-05", "source": "Presslink (international news agency)",
       "url": "https://www.presslink.example/world/europe/kremlin-warns-berlin-taurus-ukraine-2026-03-05/", "text": TEXT}

D, Y = "2026-03-05", "2026-03-04"
EVENTS = [
    E("kw14-1", "policy_decision", Y, C("DE", "Germany"), "DE", "UA",
      note="'The cabinet decided on Wednesday to send … the long-range missiles' (4 Mar): a weapons decision at the "
           "deciding country, precision 4 even under the 'BERLIN/MOSCOW' dateline (brief convention)"),
    E("kw14-2", "diplomatic_contact", D, L("Moscow"), "RU", "DE",
      note="'Russia's foreign ministry summoned Germany's ambassador in Moscow on Thursday': summons in the named "
           "capital"),
    E("kw14-3", "military_mobilization", D, R("RU-KGD", "Kaliningrad region"), "RU", None,
      claimant="Russian Defence Ministry",
      note="'Iskander-M missile crews in the Kaliningrad exclave had been put on high alert during a snap combat "
           "readiness check' (Thursday): an alert = military_mobilization; the exclave = the region, precision 3"),
    E("kw14-4", "diplomatic_contact", Y, C(None, "phone call"), "UA", "DE",
      note="'Ukraine's president thanked the German chancellor in a phone call on Wednesday evening': phone call, no "
           "place"),
    E("kw14-5", "missile_artillery_strike", Y, L("Dnipro"), "RU", "UA", fat=N(2), inj=N(12),
      weapons=[W("ballistic_missile")],
      note="'A Russian ballistic missile struck an industrial site in Dnipro late on Wednesday, killing two people and "
           "injuring 12'"),
    E("kw14-6", "air_drone_strike", D, L("Novomoskovsk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="drones on a chemical plant 'in Novomoskovsk, in Russia's Tula region, overnight' (Thursday page): debris "
           "fire, 'caused no casualties' = 0/0; the Tula-region town (518557), not the Dnipropetrovsk-region "
           "Novomoskovsk"),
]
# Not events: the president's warning that a Taurus strike 'would be treated as … direct participation' and 'we will
# respond accordingly' (conditional threats), the meeting with defence industry executives (domestic, no contact between
# parties), 'reversing a position it had held for more than two years' (history), the first missiles that 'could reach
# Ukraine within weeks' (future), 'Moscow has repeatedly threatened … since 2024' (habitual), 'the fighting went on'.
STATEMENTS = [
    S("Anja Reiter", "DE", "that includes hitting the places from which it is attacked",
      "German government spokeswoman"),
    S("Yevhen Kolos", "UA", "it will make the war more expensive for the aggressor",
      "spokesman, Ukrainian foreign ministry"),
]
# Not gold: the Russian president's 'not necessarily symmetrically' (title only), the unnamed sources.
MUST_NOT = ["PRESSLINK", "Sign up | My News",
            "World | Business | Markets | Sustainability | Legal | Breakingviews | Technology", "Europe",
            "By Jonas Kettler and Irina Volkova", "March 5, 2026 2:18 PM UTC Updated 44 min ago",
            "Reporting by Jonas Kettler in Berlin and Irina Volkova in Moscow; Editing by Hugh Lawson",
            "Presslink's editorial principles apply to this story.", "Read Next",
            "Oil steadies as traders weigh OPEC+ supply plans"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
