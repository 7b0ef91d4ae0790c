from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, CLA, TER, DIP

TITLE = "Roundup: Russia says troops take Ukrainsk in Donbas as Kyiv reports continued fighting"
TEXT = """CHINA HORIZON NETWORK
CHN English | China | World | Business | Opinion | Culture | Video
Home > World > Europe
Roundup: Russia says troops take Ukrainsk in Donbas as Kyiv reports continued fighting
Source: CHN | 2024-10-03 21:18:06 | Editor: Zhou Lan
[Font size: A A A]
MOSCOW/KYIV, Oct. 3 (CHN) -- Russia's Defense Ministry announced on Thursday that Russian units had seized the town of Ukrainsk in the Donetsk region, while Ukraine's military said fighting was continuing in the area.

Ukrainsk, a mining town of about 10,000 people before the conflict, lies about 25 km south-east of Pokrovsk, a logistics hub on the road to Dnipro.

"Every metre costs them dearly, and still they keep coming. Our units are holding their lines around the town," said Serhii Voitenko, a spokesman for Ukraine's Khortytsia group of forces.

Over the past 24 hours, Russian forces also struck "concentrations of manpower and equipment of the Ukrainian army and foreign mercenaries" in 137 areas, the ministry said.

Russian air defense systems intercepted and destroyed 105 Ukrainian fixed-wing drones overnight, according to the ministry. Thirty-seven were downed over the Belgorod region, 22 over the Kursk region and 19 over the Voronezh region; the remainder fell over the Bryansk, Oryol and Lipetsk regions.

Falling fragments of a drone damaged four private houses in the Ostrogozhsk district of the Voronezh region, with no casualties, the regional governor said. On Wednesday evening, Ukrainian shelling killed a woman in Shebekino, a border town of the Belgorod region, its governor wrote on Telegram.

Kyiv's Air Force reported on Thursday that Russia had launched 78 attack drones and four guided missiles at Ukraine overnight, 67 of the drones being shot down.

A five-storey apartment block in Kharkiv was hit by a guided aerial bomb on Wednesday afternoon and nine people were injured, local authorities said.

"The loss of Ukrainsk leaves the garrison in Kurakhove with essentially one road. That road is now within range of artillery," Igor Zubkov, a military expert at the Moscow-based Center for Strategic Assessments, told CHN.

In Beijing, Chinese Foreign Ministry spokesperson Liang Wenqian said on Wednesday that the Friends of Peace group launched by China, Brazil and other Global South countries during the UN General Assembly's high-level week was open to all parties.

The group held its first ministerial meeting last Friday in New York, with 17 countries attending.

"China's position on the Ukraine crisis is objective and consistent. We will continue to play a constructive role in promoting peace talks," Liang told a regular press briefing.
[Editor: CHN]
Related: Chinese envoy holds talks with European officials on Ukraine crisis
Copyright © China Horizon Network. All Rights Reserved.
"""
DOC = {"id": "ll08", "date": "2024-10-03", "source": "China Horizon Network (English site of a Chinese state outlet)",
       "url": "https://english.chinahorizon.example/world/2024-10/03/c_1130214577.htm", "text": TEXT}

D, WED, FRI = "2024-10-03", "2024-10-02", "2024-09-27"
RI = "ll08-4"
W1 = "ll08-13"
EVENTS = [
    E("ll08-1", TER, D, L("Ukrainsk"), "RU", "UA", claimant="Russian Defense Ministry",
      note="'Russia's Defense Ministry announced on Thursday that Russian units had seized the town of Ukrainsk' (MOSCOW/KYIV dateline, neither the event's place): a capture claim, required on its claim day"),
    E("ll08-2", CLA, D, H("Ukrainsk", "area of Ukrainsk"), "RU", "UA", claimant="Ukrainian military",
      note="'Ukraine's military said fighting was continuing in the area' + 'holding their lines around the town': the "
           "other side's version of the same day is a clash (blind53 call 5), around X = precision 2, the attacker RU"),
    E("ll08-3", MAS, WED, C("UA", "Ukraine"), "RU", "UA", prec="range", end=D, agg=True, optional=True,
      family=[ADS], claimant="Russian Defense Ministry",
      note="'Over the past 24 hours … struck \"concentrations of manpower and equipment …\" in 137 areas': the MoD's front-wide tally in "
           "areas -> optional (blind50 call 4)"),
    E(RI, INT, D, C("RU", "Russia"), "RU", "UA", claimant="Russian Defense Ministry",
      weapons=[W("drone", intercepted=N(105))],
      note="'Russian air defense systems intercepted and destroyed 105 Ukrainian fixed-wing drones overnight': the "
           "defender RU at country precision"),
    E("ll08-5", INT, D, R("RU-BEL", "Belgorod region"), "RU", "UA", parent=RI, weapons=[W("drone", intercepted=N(37))],
      note="'Thirty-seven were downed over the Belgorod region' (number in words at the head of the sentence): a "
           "regional count -> required"),
    E("ll08-6", INT, D, R("RU-KRS", "Kursk region"), "RU", "UA", parent=RI, weapons=[W("drone", intercepted=N(22))],
      note="'22 over the Kursk region' (elliptic): a regional count -> required"),
    E("ll08-7", INT, D, R("RU-VOR", "Voronezh region"), "RU", "UA", parent=RI, weapons=[W("drone", intercepted=N(19))],
      note="'19 over the Voronezh region' (elliptic): a regional count -> required"),
    E("ll08-8", INT, D, R("RU-BRY", "Bryansk region"), "RU", "UA", parent=RI, optional=True,
      note="'the remainder fell over the Bryansk, Oryol and Lipetsk regions': regions merely listed -> optional "
           "(ANNOTATION 3)"),
    E("ll08-9", INT, D, R("RU-ORL", "Oryol region"), "RU", "UA", parent=RI, optional=True,
      note="listed region without a count -> optional"),
    E("ll08-10", INT, D, R("RU-LIP", "Lipetsk region"), "RU", "UA", parent=RI, optional=True,
      note="listed region without a count -> optional"),
    E("ll08-11", ADS, D, H("Ostrogozhsk", "Ostrogozhsk district"), "UA", "RU", parent=RI, fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Voronezh governor",
      note="'Falling fragments of a drone damaged four private houses in the Ostrogozhsk district of the Voronezh region, with no casualties' "
           "(overnight -> Thursday): UA -> RU, district = precision 2, 0/0"),
    E("ll08-12", MAS, WED, L("Shebekino"), "UA", "RU", fat=N(1), weapons=[W("artillery")], claimant="Belgorod governor",
      note="'On Wednesday evening, Ukrainian shelling killed a woman in Shebekino, a border town of the Belgorod region' -> 2 Oct"),
    E(W1, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("drone", launched=N(78)), W("missile", launched=N(4))],
      note="'Russia had launched 78 attack drones and four guided missiles at Ukraine overnight' (said Thursday): the "
           "nationwide wave typed by the missiles"),
    E("ll08-14", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=W1, claimant="Ukrainian Air Force",
      weapons=[W("drone", intercepted=N(67))],
      note="'67 of the drones being shot down' (absolute construction); the missiles' fate is not said"),
    E("ll08-15", ADS, WED, L("Kharkiv"), "RU", "UA", inj=N(9), weapons=[W("guided_bomb")],
      note="'A five-storey apartment block in Kharkiv was hit by a guided aerial bomb on Wednesday afternoon and nine "
           "people were injured' -> 2 Oct, not part of the overnight wave"),
    E("ll08-16", DIP, FRI, L("New York"), None, None,
      note="'The group held its first ministerial meeting last Friday in New York, with 17 countries attending' "
           "(Thursday page -> Friday 27 Sep): a multilateral meeting on the war, sides null (blind49 kz03-3); the "
           "spokesperson's Wednesday briefing in Beijing is no event"),
]
# Not events: Ukrainsk's size and distance from Pokrovsk (background), the spokesperson's Wednesday briefing in Beijing
# and the group being 'open to all parties' (statements), the group's launch 'during the UN General Assembly's
# high-level week' (its first meeting is ll08-16), the expert's view on the Kurakhove road. The MoD's quoted "concentrations
# of manpower and equipment …" is a fragment, not a gold statement. "[Editor: CHN]", the font-size row, the source/editor
# line and the related headline are furniture.
STATEMENTS = [
    S("Serhii Voitenko", "UA", "Every metre costs them dearly, and still they keep coming",
      "spokesman, Khortytsia group of forces"),
    S("Igor Zubkov", "RU", "That road is now within range of artillery",
      "military expert, Center for Strategic Assessments (Moscow)"),
    S("Liang Wenqian", "CN", "We will continue to play a constructive role in promoting peace talks",
      "Chinese Foreign Ministry spokesperson"),
]
MUST_NOT = ["CHINA HORIZON NETWORK", "CHN English | China | World | Business | Opinion | Culture | Video",
            "Home > World > Europe", "Source: CHN | 2024-10-03 21:18:06 | Editor: Zhou Lan", "[Font size: A A A]",
            "[Editor: CHN]", "Related: Chinese envoy holds talks with European officials on Ukraine crisis",
            "Copyright © China Horizon Network. All Rights Reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
