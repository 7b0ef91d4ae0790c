from common import E, L, R, C, N, W, S, gold

TITLE = "Russian drone hits Odesa apartment block, missiles strike Kharkiv and Kryvyi Rih"
TEXT = """Northwire
World  ·  Europe  ·  Ukraine & Russia war
Russian drone hits Odesa apartment block, missiles strike Kharkiv and Kryvyi Rih
By Olena Hrytsenko and Mark Tennant
May 22, 2025 8:14 AM GMT+3 · Updated 2 hours ago
3 min read

KYIV, May 22 (Northwire) - Russia attacked Ukraine overnight with 112 drones and four Iskander-M ballistic missiles, killing three people in the southern port city of Odesa and one in Kharkiv, Ukrainian officials said on Thursday.

Ukraine's air force said the drones were launched from Russia's Kursk, Oryol and Bryansk regions and from Primorsko-Akhtarsk on the Sea of Azov, and the missiles from the Voronezh region. Air defences shot down 74 drones, while 29 more were "locationally lost", a term the military uses for drones brought down by electronic jamming. None of the four missiles was intercepted, the air force said.

In Odesa, a drone slammed into the upper floors of a nine-storey apartment building in the Prymorskyi district shortly after 2 a.m., killing three people, including a 15-year-old girl, and injuring eight, the regional governor said on Telegram. Firefighters rescued 14 people from the burning building.

"The Russians aimed at people sleeping in their homes. There is no military target within two kilometres of this building," said Viktoriia Danylenko, a spokesperson for the regional police.

In Kharkiv, an Iskander-M missile struck an industrial site in the Kholodnohirskyi district, killing a security guard and wounding four workers, the city's mayor said. A second ballistic missile hit an infrastructure facility in Kryvyi Rih, the head of the city's defence council said, without giving details of damage or casualties.

In the northern Sumy region, drones damaged a grain elevator near Bilopillia, the regional administration said. No one was hurt. An attack on an energy facility in the central Poltava region left about 9,000 households without power, the regional governor said, without specifying the weapon used.

Russia's defence ministry said its forces had carried out a "massive strike with long-range precision weapons" on Ukrainian military-industrial enterprises and airfields. "All designated targets have been hit," it said in a statement. It did not mention Odesa.

The ministry said separately that Russian air defences had destroyed 48 Ukrainian drones overnight, 22 of them over the Bryansk region and the rest over the Kursk, Belgorod and Oryol regions. In the Bryansk region, a drone hit a lorry on a highway near the town of Klintsy, injuring the driver, the regional governor said.

The overnight attack came two days after Ukrainian and Russian delegations held a round of technical talks on prisoner exchanges in Istanbul, which both sides described as "businesslike" but which produced no date for a new swap. Kyiv has repeatedly proposed an unconditional 30-day ceasefire, which Moscow has rejected, saying it would only be used by Ukraine to rearm.

"Every night like this one tells us more about Russia's intentions than any statement from Moscow," Ukraine's foreign minister wrote on X.

Reporting by Olena Hrytsenko in Kyiv and Mark Tennant in London; additional reporting by the Northwire Moscow newsroom; Editing by Ros Whitaker
Our Standards: The Northwire Trust Principles.
Suggested Topics: Europe · Ukraine · Russia · Conflicts
Purchase Licensing Rights
"""
DOC = {"id": "p08", "date": "2025-05-22", "source": "Northwire",
       "url": "https://www.northwire.example/world/europe/russian-drone-hits-odesa-apartment-block-2025-05-22/",
       "text": TEXT}

D = "2025-05-22"
AF = "Ukraine's air force"
EVENTS = [
    E("p08-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(112)), W("ballistic_missile", "Iskander-M", launched=N(4))], claimant=AF,
      note="wave typed by its heaviest weapon; Kursk/Oryol/Bryansk regions, Primorsko-Akhtarsk and Voronezh are "
           "launch areas, not targets; the MoD's 'all designated targets' is a claim on this wave, not an event"),
    E("p08-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="p08-1",
      weapons=[W("drone", intercepted=N(74))], claimant=AF,
      note="29 'locationally lost' not counted; 'None of the four missiles was intercepted' gives no missile count "
           "(blind8 call 1)"),
    E("p08-3", "air_drone_strike", D, L("Odesa", 1, "Odesa, Prymorskyi district"), "RU", "UA", fat=N(3), inj=N(8),
      weapons=[W("drone")], parent="p08-1", claimant="regional governor"),
    E("p08-4", "missile_artillery_strike", D, L("Kharkiv", 1, "Kharkiv, Kholodnohirskyi district"), "RU", "UA",
      fat=N(1), inj=N(4), weapons=[W("ballistic_missile", "Iskander-M")], parent="p08-1", claimant="the city's mayor"),
    E("p08-5", "missile_artillery_strike", D, L("Kryvyi Rih"), "RU", "UA", weapons=[W("ballistic_missile")],
      parent="p08-1", note="'without giving details of … casualties': counts unknown (absent), not 0"),
    E("p08-6", "air_drone_strike", D, L("Bilopillia", 2, "near Bilopillia"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("drone")], parent="p08-1", note="'No one was hurt' = 0/0"),
    E("p08-7", "missile_artillery_strike", D, R("UA-53", "Poltava region"), "RU", "UA", parent="p08-1",
      family=["air_drone_strike"], note="'without specifying the weapon used' (rule 4)"),
    E("p08-8", "infrastructure_disruption", D, R("UA-53", "Poltava region"), "RU", "UA", parent="p08-1",
      note="about 9,000 households without power"),
    E("p08-9", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(48))],
      claimant="Russia's defence ministry"),
    E("p08-10", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", weapons=[W("drone", intercepted=N(22))],
      claimant="Russia's defence ministry",
      note="region with a count: required; Bryansk is also named as a launch area of the Russian drones"),
    E("p08-11", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", optional=True, note="listed, no count"),
    E("p08-12", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", optional=True, note="listed, no count"),
    E("p08-13", "interception", D, R("RU-ORL", "Oryol region"), "RU", "UA", optional=True, note="listed, no count"),
    E("p08-16", "air_drone_strike", D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      note="the overnight Ukrainian drone attack on Russia as a whole, known through the MoD's interception count"),
    E("p08-14", "air_drone_strike", D, L("Klintsy", 2, "highway near Klintsy"), "UA", "RU", inj=N(1),
      weapons=[W("drone")], claimant="regional governor"),
    E("p08-15", "diplomatic_contact", "2025-05-20", L("Istanbul"), "UA", "RU",
      note="'two days after' a Thursday report = Tuesday 20 May"),
]
STATEMENTS = [
    S("Viktoriia Danylenko", "UA", "The Russians aimed at people sleeping in their homes", "regional police spokesperson"),
    S("Russian Defence Ministry", "RU", "All designated targets have been hit"),
]
MUST_NOT = [
    "World  ·  Europe  ·  Ukraine & Russia war",
    "By Olena Hrytsenko and Mark Tennant",
    "May 22, 2025 8:14 AM GMT+3 · Updated 2 hours ago",
    "3 min read",
    "Reporting by Olena Hrytsenko in Kyiv and Mark Tennant in London; additional reporting by the Northwire Moscow newsroom; Editing by Ros Whitaker",
    "Our Standards: The Northwire Trust Principles.",
    "Suggested Topics: Europe · Ukraine · Russia · Conflicts",
    "Purchase Licensing Rights",
]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
