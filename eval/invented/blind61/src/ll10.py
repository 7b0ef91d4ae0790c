from common import E, L, R, C, N, W, S, H, P, gold, MAS, ADS, INT, DIS, TER, DIP

TITLE = "Two Indian engineers among injured as Russian missile hits Kharkiv; MEA in touch with families"
TEXT = """BNS | BHARAT NEWS SERVICE
Home | National | World | Business | Sports | Videos | Photos
World News
Two Indian engineers among injured as Russian missile hits Kharkiv; MEA in touch with families
Updated: Nov 10, 2025 14:35 IST
Follow us on Google News
NEW DELHI/KYIV, Nov 10 (BNS) Two Indian engineers were among seven people injured when a Russian ballistic missile hit an industrial site in Kharkiv early on Monday, officials said, as Moscow launched nearly 200 drones and 11 missiles at Ukraine overnight.

The missile struck the premises at around 3:40 am local time (7:10 am IST), killing a security guard, Kharkiv's mayor said on Telegram. The two Indian nationals, employed by a Pune-based company that services compressors at the site, suffered shrapnel injuries and are out of danger, the Indian Embassy in Kyiv said.

"Our embassy officials visited both of them in hospital this morning. Their families have been informed," External Affairs Ministry spokesperson Arvind Menon told reporters in New Delhi.

"He called us at ten in the morning and kept saying he was fine, so we knew it was bad," Rohit Deshmukh, the brother of one of the engineers, told BNS in Pune.

The overnight barrage comprised 187 drones and 11 missiles, of which six were Iskander-M ballistic missiles and five were Kh-101 cruise missiles, the Ukrainian Air Force said. Air defence units brought down 164 drones, as well as four Kh-101s and two Iskanders. Over the Kyiv region alone, 23 drones were downed.

In Dnipro, a drone hit a nine-storey residential block, leaving three people injured, a girl of ten among them, the regional governor said. Falling debris started a fire at a warehouse in Bila Tserkva, south of Kyiv; nobody was hurt.

About 80,000 consumers in the Kharkiv region were left without power after the strikes, the regional energy company said.

On Saturday, Prime Minister spoke to the Ukrainian President over the phone and "reiterated India's consistent support for dialogue and diplomacy", according to an official readout.

Ukraine, for its part, said its drones hit the Saratov oil refinery on the Volga overnight. The Saratov region's governor said an industrial enterprise had been attacked, with no casualties. Russia's defence ministry said 44 Ukrainian drones were destroyed over Russian regions during the night.

On Sunday, the ministry said Russian forces had "liberated" the village of Malynivka in Ukraine's Zaporizhzhia region.

India has repeatedly asked Moscow to discharge Indian nationals recruited into the Russian army. At least 12 have been killed, according to the MEA. The embassy on Monday advised Indians to avoid all non-essential travel to Kharkiv.
(Only the headline of this report may have been reworked by BNS staff; the rest is published unedited from a syndicated feed.)
Also Read: India's Russian crude imports dip in October after US sanctions on oil majors
Disclaimer: No BNS journalist was involved in the creation of this content.
"""
DOC = {"id": "ll10", "date": "2025-11-10", "source": "BNS Bharat News Service (Indian wire)",
       "url": "https://www.bnsnews.example/world/two-indian-engineers-among-injured-as-russian-missile-hits-kharkiv-2025-11-10",
       "text": TEXT}

D, SUN, SAT = "2025-11-10", "2025-11-09", "2025-11-08"
W1 = "ll10-1"
EVENTS = [
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("drone", launched=N(187)), W("ballistic_missile", "Iskander-M", launched=N(6)),
               W("cruise_missile", "Kh-101", launched=N(5))],
      note="'The overnight barrage comprised 187 drones and 11 missiles, of which six were Iskander-M ballistic "
           "missiles and five were Kh-101 cruise missiles' (Monday report -> 10 Nov): the nationwide wave; the lede's 'nearly 200 drones and 11 "
           "missiles' is the same wave; the split by model is given, so two missile entries"),
    E("ll10-2", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian Air Force",
      weapons=[W("drone", intercepted=N(164)), W("cruise_missile", "Kh-101", intercepted=N(4)),
               W("ballistic_missile", "Iskander-M", intercepted=N(2))],
      note="'brought down 164 drones, as well as four Kh-101s and two Iskanders' (models named for categories)"),
    E("ll10-3", MAS, D, L("Kharkiv"), "RU", "UA", parent=W1, fat=N(1), inj=N(7),
      weapons=[W("ballistic_missile")], claimant="Kharkiv mayor",
      note="'at around 3:40 am local time (7:10 am IST)' -> Monday; 'Two Indian engineers were among seven people "
           "injured' -> 7 (the Indians inside the seven), 'killing a security guard' -> 1; the NEW DELHI/KYIV dateline "
           "is not the place"),
    E("ll10-4", INT, D, R("UA-32", "Kyiv region"), "UA", "RU", parent="ll10-2", weapons=[W("drone", intercepted=N(23))],
      note="'Over the Kyiv region alone, 23 drones were downed' (fronted adverbial): a regional count -> required"),
    E("ll10-5", ADS, D, L("Dnipro"), "RU", "UA", parent=W1, inj=N(3), weapons=[W("drone")],
      note="'In Dnipro, a drone hit a nine-storey residential block, leaving three people injured, a girl of ten among "
           "them' (the girl inside the three)"),
    E("ll10-6", MAS, D, L("Bila Tserkva"), "RU", "UA", parent=W1, fat=N(0), inj=N(0), family=[ADS],
      note="'Falling debris started a fire at a warehouse in Bila Tserkva, south of Kyiv; nobody was hurt': debris of "
           "what is not said (the wave had drones and missiles) -> both strike types, 0/0"),
    E("ll10-7", DIS, D, R("UA-63", "Kharkiv region"), "RU", "UA", parent=W1,
      note="'About 80,000 consumers in the Kharkiv region were left without power after the strikes': a regional "
           "outage (precision 3)"),
    E("ll10-8", DIP, SAT, P(), "IN", "UA",
      note="'On Saturday, Prime Minister spoke to the Ukrainian President over the phone' (Monday page -> 8 Nov): a phone "
           "call, no place; the readout's words are a fragment"),
    E("ll10-9", ADS, D, L("Saratov"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="Ukraine / Saratov governor",
      note="'its drones hit the Saratov oil refinery on the Volga overnight' + the governor's 'industrial enterprise "
           "had been attacked, with no casualties' -> one event told by both sides (blind53 ld11-8), 0/0"),
    E("ll10-10", INT, D, C("RU", "Russia"), "RU", "UA", claimant="Russian defence ministry",
      weapons=[W("drone", intercepted=N(44))],
      note="'44 Ukrainian drones were destroyed over Russian regions during the night': the defender RU at country "
           "precision"),
    E("ll10-11", TER, SUN, L("Malynivka"), "RU", "UA", claimant="Russian defence ministry",
      note="'On Sunday, the ministry said Russian forces had \"liberated\" the village of Malynivka in Ukraine's "
           "Zaporizhzhia region': a capture claim on its claim day (9 Nov); Malynivka 702103, the Zaporizhzhia-oblast "
           "village east of Huliaipole"),
]
# Not events: 'At least 12 have been killed' among Indians recruited by Russia (cumulative, no day), the requests to
# discharge them (habitual), the embassy's travel advisory (advice), the MEA keeping in touch, India's crude imports
# (economy, in the related line). "liberated" and the readout's "reiterated …" are fragments, not gold statements.
STATEMENTS = [
    S("Arvind Menon", "IN", "Our embassy officials visited both of them in hospital this morning",
      "External Affairs Ministry spokesperson"),
    S("Rohit Deshmukh", "IN", "kept saying he was fine, so we knew it was bad", "brother of an injured engineer"),
]
MUST_NOT = ["BNS | BHARAT NEWS SERVICE", "Home | National | World | Business | Sports | Videos | Photos", "World News",
            "Updated: Nov 10, 2025 14:35 IST", "Follow us on Google News",
            "(Only the headline of this report may have been reworked by BNS staff; the rest is published unedited from a syndicated feed.)",
            "Also Read: India's Russian crude imports dip in October after US sanctions on oil majors",
            "Disclaimer: No BNS journalist was involved in the creation of this content."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
