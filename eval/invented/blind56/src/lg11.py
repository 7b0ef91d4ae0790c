from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, POL, DIP

TITLE = "Third night of strikes on Ukraine's grain ports; Ankara presses Moscow to revive the corridor"
TEXT = """KARADENİZ POSTASI
TR · EN · RU
Son Dakika · Türkiye · Dünya · Karadeniz · Ekonomi · Spor · Köşe Yazıları
Dünya / Ukrayna
20.07.2023 - 10:34 | Güncelleme: 13:02
Haber Merkezi
Third night of strikes on Ukraine's grain ports; Ankara presses Moscow to revive the corridor
For the third night running, Russian missiles and drones fell on the ports of southern Ukraine from which grain sailed to the world under the Black Sea Grain Initiative, the deal brokered by Türkiye and the United Nations that Moscow walked away from on Monday.

Overnight into Thursday, Russia launched 17 missiles of several types and 21 Shahed drones at Ukraine, the Ukrainian air force said. Six Kalibr cruise missiles and 15 drones were destroyed.

In Odesa, a strike on the city centre and the port damaged administrative buildings and a grain elevator; a security guard was killed and eight people were injured, the regional governor said. In Mykolaiv, a missile hit a three-storey residential building, killing two people and wounding 14.
Reklam
"The elevator was full of wheat from the spring. We had been waiting for a ship for two weeks, and now there is no ship and no elevator," said Vasyl Dobrovolskyi, a shift supervisor at the Odesa grain terminal.

The strikes followed two other nights of attacks. Overnight into Tuesday, drones set fire to grain storage in the port of Odesa. Overnight into Wednesday, missiles hit grain silos in Chornomorsk, south of Odesa, destroying about 25,000 tonnes of grain that had been waiting to be loaded, according to the Ukrainian agriculture ministry.

Russia's defence ministry described the attacks as "retaliatory strikes" on facilities where, it claimed, attacks on Russia were being prepared.

On Wednesday, the ministry also announced that from Thursday all ships heading for Ukrainian ports in the Black Sea would be regarded as potential carriers of military cargo, and their flag states as parties to the conflict.

The Turkish foreign minister spoke by telephone with his Russian counterpart on Wednesday, the ministry in Ankara said, and stressed the importance of "the uninterrupted flow of grain to world markets". The president said he believed his Russian counterpart could be persuaded to return to the deal, and that the two leaders would speak "in the coming days".

For Turkish shipowners, who carried a large share of the cargo under the initiative, the new rules change everything. "Nobody will send a ship into a sea where one navy calls you a target and nobody can promise you an escort," said Kemal Aydınoğlu, chairman of a Black Sea shipowners' association in Istanbul. Around a dozen Turkish-owned bulk carriers are still waiting at anchor off the Bosphorus.

Under the initiative, more than 32 million tonnes of grain and other food left Ukrainian ports in the year since it began last July.
İlgili haberler: Tahıl koridoru: Ankara üç başkentle temasta
Bizi Google Haberler'de takip edin
© 2023 Karadeniz Postası. Tüm hakları saklıdır.
"""
DOC = {"id": "lg11", "date": "2023-07-20", "source": "Karadeniz Postası (Turkish news site, English page)",
       "url": "https://karadenizpostasi.example/en/dunya/2023/07/20/third-night-strikes-grain-ports", "text": TEXT}

D, WED, TUE, MON = "2023-07-20", "2023-07-19", "2023-07-18", "2023-07-17"
WAVE = "lg11-2"
EVENTS = [
    E("lg11-1", POL, MON, C("RU", "Russia"), "RU", "UA",
      evidence="the deal brokered by Türkiye and the United Nations that Moscow walked away from on Monday",
      note="Russia leaving the grain deal 'on Monday' (Thursday page) -> 17 Jul: a government decision about the war, "
           "at the deciding country (precision 4)"),
    E(WAVE, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian air force",
      weapons=[W("missile", launched=N(17)), W("drone", "Shahed-136", launched=N(21))],
      evidence="Overnight into Thursday, Russia launched 17 missiles of several types and 21 Shahed drones at Ukraine",
      note="'Overnight into Thursday' = 20 Jul (publication day); '17 missiles of several types' without a split = one "
           "missile entry (blind49 call 1); typed by the missiles"),
    E("lg11-3", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Ukrainian air force",
      weapons=[W("cruise_missile", "Kalibr", intercepted=N(6)), W("drone", "Shahed-136", intercepted=N(15))],
      evidence="Six Kalibr cruise missiles and 15 drones were destroyed.",
      note="the wave's interception: six Kalibr, 15 drones"),
    E("lg11-4", MAS, D, L("Odesa"), "RU", "UA", parent=WAVE, fat=N(1), inj=N(8), family=[ADS],
      claimant="governor of the Odesa region",
      evidence="In Odesa, a strike on the city centre and the port damaged administrative buildings and a grain elevator",
      note="one strike on the city centre and the port (weapon not said -> both types); 1 killed, 8 injured"),
    E("lg11-5", MAS, D, L("Mykolaiv"), "RU", "UA", parent=WAVE, fat=N(2), inj=N(14), weapons=[W("missile")],
      evidence="In Mykolaiv, a missile hit a three-storey residential building, killing two people and wounding 14.",
      note="child of the night's wave; 2 killed, 14 wounded"),
    E("lg11-6", ADS, TUE, L("Odesa"), "RU", "UA", weapons=[W("drone")],
      evidence="Overnight into Tuesday, drones set fire to grain storage in the port of Odesa.",
      note="recap of the first night with its own day: 'Overnight into Tuesday' -> 18 Jul; the port = the city"),
    E("lg11-7", MAS, WED, L("Chornomorsk"), "RU", "UA", weapons=[W("missile")],
      evidence="Overnight into Wednesday, missiles hit grain silos in Chornomorsk, south of Odesa",
      note="recap of the second night: 'Overnight into Wednesday' -> 19 Jul; 25,000 tonnes of grain is damage"),
    E("lg11-8", POL, WED, C("RU", "Russia"), "RU", "UA", claimant="Russian defence ministry",
      evidence="On Wednesday, the ministry also announced that from Thursday all ships heading for Ukrainian ports in the Black Sea would be regarded as potential carriers of military cargo",
      note="the decision announced on Wednesday 19 Jul (effective from Thursday) -> policy_decision on the day it was "
           "taken, at the deciding country"),
    E("lg11-9", DIP, WED, C(None, "phone call"), "TR", "RU", claimant="Turkish foreign ministry",
      evidence="The Turkish foreign minister spoke by telephone with his Russian counterpart on Wednesday",
      note="a phone call -> no place; the caller TR as actor1 (blind51 lb07)"),
]
# Not events: the 'third night running' framing; the MoD's "retaliatory strikes" (its name for the same waves); the
# flag states 'as parties to the conflict' (content of lg11-8); the minister's "uninterrupted flow of grain" (statement);
# the president's belief and the leaders' call "in the coming days" (opinion, future); the dozen bulk carriers 'still
# waiting at anchor' (state); the 32 million tonnes 'since it began last July' (cumulative, history). Not gold
# statements: "retaliatory strikes", "the uninterrupted flow of grain to world markets", "in the coming days"
# (institutions and title-only speakers).
STATEMENTS = [
    S("Vasyl Dobrovolskyi", "UA", "now there is no ship and no elevator", "shift supervisor, Odesa grain terminal"),
    S("Kemal Aydınoğlu", "TR", "one navy calls you a target", "chairman, Black Sea shipowners' association, Istanbul"),
]
MUST_NOT = ["KARADENİZ POSTASI", "TR · EN · RU", "Son Dakika · Türkiye · Dünya · Karadeniz · Ekonomi · Spor · Köşe Yazıları",
            "Dünya / Ukrayna", "20.07.2023 - 10:34 | Güncelleme: 13:02", "Haber Merkezi", "Reklam",
            "İlgili haberler: Tahıl koridoru: Ankara üç başkentle temasta", "Bizi Google Haberler'de takip edin",
            "© 2023 Karadeniz Postası. Tüm hakları saklıdır."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
