from common import E, L, R, C, N, W, S, gold

TITLE = "Burnt relay boxes, a treason case and a rare protest by soldiers' wives: the weekend in the regions"
TEXT = """DALNY KORDON — independent news about Russia
Dalny Kordon has been designated a "foreign agent" by the Russian Ministry of Justice. Sharing our materials may be prosecuted in Russia.
Regions
Burnt relay boxes, a treason case and a rare protest by soldiers' wives: the weekend in the regions
14 October 2024 · Text: Dalny Kordon editorial staff · Illustration: Dalny Kordon

Two teenagers in Perm set fire to a railway relay cabinet late on Saturday near the Perm-2 station, regional transport police said. Several suburban trains were delayed by up to 40 minutes. The suspects, aged 16 and 17, were detained on Sunday; according to the police, they told investigators that an unknown person had promised them 20,000 roubles on Telegram for the arson.

The case has been opened under the article on sabotage. If the charges are reclassified as terrorism, the teenagers could face up to 20 years in prison, their lawyer Pavel Gorin told Dalny Kordon. "They did not understand what they were doing. Somebody used them, and now two children will pay for it for the rest of their lives," Gorin said.

In Chelyabinsk, the FSB said on Monday it had detained a 34-year-old local resident on suspicion of high treason. According to the agency, he transferred 5,000 roubles to a fund that buys equipment for the Ukrainian army. He faces a sentence of 12 years to life.

On Sunday, about 30 women — wives and mothers of mobilised men — gathered outside the regional government building in Krasnoyarsk, demanding that their relatives be brought home after two years at the front. Police detained three of them after about half an hour; they were released late in the evening with reports of an administrative offence.

"We are not against the army. We want our husbands home, as was promised two years ago," said one of the participants, Yelena Murzina, whose husband was mobilised in October 2022. She said the women would come back next Sunday if officials refused to meet them.

In Yekaterinburg, police detained a 25-year-old man on Saturday who stood on Plotinka embankment holding a blank sheet of paper. He was taken to a police station and charged with "discrediting the army"; his hearing is scheduled for next week.

In Kirov, unknown people threw a Molotov cocktail at the door of a military enlistment office early on Monday. The fire was quickly put out and no one was hurt, the regional emergencies ministry said.

Since the start of the full-scale invasion, the human rights project Rights Map has counted more than 20,000 detentions for anti-war statements in Russia and at least 280 cases of railway sabotage. Lawyers say the FSB has increasingly been opening treason cases over small donations since the spring of 2023.

Support independent journalism — donate to Dalny Kordon
Read us without blocks: use a VPN or our mirror site
Comments (14)
"""
DOC = {"id": "s05", "date": "2024-10-14", "source": "Dalny Kordon (Russian exile outlet)",
       "url": "https://dalnykordon.example/en/regions/2024/10/14/weekend-in-the-regions", "text": TEXT}

EVENTS = [
    E("s05-1", "looting_destruction", "2024-10-12", L("Perm", 1, "Perm, near the Perm-2 station"), None, "RU",
      claimant="regional transport police", note="arson of a railway relay cabinet; perpetrators are Russian teenagers recruited by an unknown person: side left null"),
    E("s05-2", "arrest", "2024-10-13", L("Perm"), "RU", None, claimant="regional transport police"),
    E("s05-3", "arrest", "2024-10-14", L("Chelyabinsk"), "RU", None, claimant="FSB",
      note="detention announced on Monday; its own day is not given"),
    E("s05-4", "protest", "2024-10-13", L("Krasnoyarsk"), "RU", "RU", note="police detained three: protest with intervention"),
    E("s05-5", "arrest", "2024-10-13", L("Krasnoyarsk"), "RU", None, optional=True,
      note="detentions at the protest (carried by s05-4)"),
    E("s05-7", "protest", "2024-10-12", L("Yekaterinburg"), "RU", "RU",
      note="one-person picket (blank sheet) ended by police detention: protest with intervention"),
    E("s05-8", "arrest", "2024-10-12", L("Yekaterinburg"), "RU", None, optional=True,
      note="the detention of the picketer (carried by s05-7)"),
    E("s05-6", "looting_destruction", "2024-10-14", L("Kirov"), None, "RU", fat=N(0), inj=N(0),
      family=["grenade", "attack_on_civilians"], claimant="regional emergencies ministry",
      note="Molotov cocktail at an enlistment office"),
]
STATEMENTS = [
    S("Pavel Gorin", None, "Somebody used them", "lawyer"),
    S("Yelena Murzina", "RU", "We want our husbands home", "protest participant"),
]
MUST_NOT = ["DALNY KORDON — independent news about Russia",
            "Dalny Kordon has been designated a \"foreign agent\" by the Russian Ministry of Justice. Sharing our materials may be prosecuted in Russia.",
            "14 October 2024 · Text: Dalny Kordon editorial staff · Illustration: Dalny Kordon",
            "Support independent journalism — donate to Dalny Kordon",
            "Read us without blocks: use a VPN or our mirror site", "Comments (14)"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
