from common import E, L, R, C, N, W, S, gold

TITLE = "Netherlands lifts limits on F-16 use as Ukraine hits Russian airfield"
TEXT = """Eurovista News
Home | World | Europe | Business | Climate
Netherlands lifts limits on F-16 use as Ukraine hits Russian airfield
3 hours ago
Share
Save
Hanna Brightwell
Europe correspondent, The Hague
Image source, Getty Images
Image caption, Dutch-supplied F-16s have been flying in Ukraine since the summer

The Netherlands has told Ukraine it may use the F-16 fighter jets supplied by the Dutch air force to strike military targets inside Russia, removing a restriction that had been in place since the first jets were delivered.

Defence Minister Ruben de Wit announced the decision in The Hague on Monday, saying the government had informed Kyiv in writing.

"International law allows Ukraine to defend itself, and that right does not stop at the border," he told reporters. He declined to say whether Ukraine had already been given a list of approved targets.

Moscow reacted angrily. Kremlin spokesman Gennady Lipatov said the decision "will not go unpunished" and warned that airfields in Europe used to service the jets could be seen as legitimate targets. There is no sign so far that Russia intends to act on the threat.

Will others follow? Washington has not changed its position on the use of long-range ATACMS missiles inside Russia, and Berlin once again ruled out sending Taurus cruise missiles. Several diplomats in Brussels said privately that pressure on both capitals was growing.

Hours after the Dutch announcement, Ukraine's General Staff said its drones had struck the Khalino military airfield near Kursk overnight, hitting a fuel depot and causing secondary explosions.

The governor of Russia's Kursk region, Aleksei Smirnov, said air defences had shot down three drones over the region overnight and that debris had fallen on a house in the city of Kursk, injuring a woman. He did not mention the airfield.

In Ukraine itself, Russian glide bombs struck Kharkiv on Monday evening, injuring 12 people, including two children, according to the regional governor, Oleh Syniavskyi. "They are bombing the city because they know our air defence cannot reach the planes that drop these bombs," he said.

Analysts say the Dutch decision is more symbolic than practical. Ukraine has only a few dozen F-16s, and most are used to intercept drones and cruise missiles rather than to attack targets on the ground. Ukraine's allies have been debating the limits on Western weapons since 2022, and Kyiv has long argued that they let Russia mass troops and aircraft just across the border in safety.

Watch: Inside the workshop where Ukraine builds its long-range drones
More on this story
Ukraine's F-16s: what difference can they make?
Kremlin warns Europe over weapons for Kyiv
Related topics
Russia-Ukraine war
Netherlands
Copyright 2024 Eurovista. Eurovista is not responsible for the content of external sites. Read about our approach to external linking.
"""
DOC = {"id": "v07", "date": "2024-10-08", "source": "Eurovista News",
       "url": "https://www.eurovista.example/news/world-europe-71234567", "text": TEXT}

MON, D = "2024-10-07", "2024-10-08"
EVENTS = [
    E("v07-1", "policy_decision", MON, L("The Hague"), "NL", "UA", claimant="Ruben de Wit",
      note="weapons permission; the strikes it allows are not events"),
    E("v07-2", "air_drone_strike", D, L("Kursk", 2, "Khalino military airfield near Kursk"), "UA", "RU",
      weapons=[W("drone")], claimant="Ukrainian General Staff", note="'overnight' in a Tuesday report"),
    E("v07-3", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", weapons=[W("drone", intercepted=N(3))],
      claimant="Aleksei Smirnov"),
    E("v07-4", "air_drone_strike", D, L("Kursk"), "UA", "RU", inj=N(1), weapons=[W("drone")], claimant="Aleksei Smirnov",
      note="debris on a house in the city"),
    E("v07-5", "air_drone_strike", MON, L("Kharkiv"), "RU", "UA", inj=N(12), weapons=[W("guided_bomb")],
      claimant="Oleh Syniavskyi", note="'on Monday evening'"),
]
STATEMENTS = [
    S("Ruben de Wit", "NL", "that right does not stop at the border", "Dutch defence minister"),
    S("Gennady Lipatov", "RU", "will not go unpunished", "Kremlin spokesman"),
    S("Oleh Syniavskyi", "UA", "our air defence cannot reach the planes that drop these bombs", "Kharkiv regional governor"),
]
MUST_NOT = ["Home | World | Europe | Business | Climate", "3 hours ago", "Hanna Brightwell",
            "Europe correspondent, The Hague", "Image source, Getty Images",
            "Image caption, Dutch-supplied F-16s have been flying in Ukraine since the summer",
            "Watch: Inside the workshop where Ukraine builds its long-range drones", "More on this story",
            "Ukraine's F-16s: what difference can they make?", "Kremlin warns Europe over weapons for Kyiv",
            "Related topics",
            "Copyright 2024 Eurovista. Eurovista is not responsible for the content of external sites. Read about our approach to external linking."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
