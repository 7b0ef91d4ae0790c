from common import E, L, R, C, N, W, S, gold

TITLE = "Odesa's ports hit for second night as grain corridor closes"
TEXT = """MARMARA TIMES | ENGLISH
Turkey | Politics | Economy | World | Sports | Life
Istanbul 20.07.2023 — 12:32 TSİ
Print | E-mail | Comment (3)
Odesa's ports hit for second night as grain corridor closes
Russia struck Ukraine's Black Sea ports for a second night in a row, hitting port facilities in Odesa and a grain terminal in Chornomorsk, Ukrainian officials said on Thursday, days after Moscow pulled out of the deal that had let Ukraine export grain by sea.

Russia launched 19 missiles and 19 Shahed drones at the Odesa and Mykolaiv regions overnight, the Ukrainian air force said. Air defences shot down five of the missiles and 13 of the drones.

In Odesa, a security guard was killed and six people were injured when missiles hit the port area and nearby buildings in the city centre, the regional governor said on Telegram. In Chornomorsk, south of the city, a fire broke out at a grain terminal and two workers were injured.

In Mykolaiv, debris from a downed drone fell on a garage cooperative. No one was hurt, the city's mayor said.

The previous night's attack on Odesa had already damaged grain terminals and port infrastructure, officials said.
Related: What the end of the grain deal means for Türkiye's flour mills
Russia's defence ministry announced on Wednesday that from Thursday it would regard all ships sailing to Ukrainian ports in the Black Sea as potential carriers of military cargo. On Thursday, Ukraine's defence ministry answered that from Friday it would treat ships heading for Russian ports, and for Ukrainian ports under Russian occupation, in the same way.

Moscow refused on Monday to extend the Black Sea Grain Initiative, which Türkiye and the United Nations brokered in Istanbul in July 2022. Under the deal, almost 33 million tonnes of grain and other food left Ukrainian ports.

Türkiye's foreign minister spoke by phone with his Russian counterpart on Wednesday, a ministry source said, without giving details. The Turkish president said in Ankara he believed that Moscow wanted the deal to continue, and that he would raise the matter with the Russian president when they next met.

"The corridor can be revived, but not while missiles are falling on the terminals. Every strike on Odesa raises the price of bread in Cairo and Istanbul," said Deniz Arıkan, a grain-market analyst at an Istanbul brokerage.

The inspection teams of the Joint Coordination Centre in Istanbul have been idle since Monday.

"We will keep the ports working as long as there is something to load," said Oleh Kravets, a deputy director of the Odesa sea port.

Keywords: Odesa, grain corridor, Black Sea, Russia, Ukraine
All rights reserved Marmara Times 2023
"""
DOC = {"id": "kd07", "date": "2023-07-20", "source": "Marmara Times (Turkish daily, English edition)",
       "url": "https://marmaratimes.example/en/world/odesa-ports-hit-second-night-2023-07-20", "text": TEXT}

D = "2023-07-20"
AF = "Ukrainian Air Force"
EVENTS = [
    E("kd07-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("missile", launched=N(19)), W("drone", "Shahed-136", launched=N(19))], claimant=AF,
      note="wave on two regions 'overnight' in a Thursday report (20 Jul); two regions -> country-level parent "
           "(blind convention), typed by the missiles"),
    E("kd07-2", "interception", D, C("UA", "Ukraine"), "UA", "RU",
      weapons=[W("missile", intercepted=N(5)), W("drone", "Shahed-136", intercepted=N(13))], parent="kd07-1",
      claimant=AF, note="'shot down five of the missiles and 13 of the drones'"),
    E("kd07-3", "missile_artillery_strike", D, L("Odesa", 1, "Odesa (port area, city centre)"), "RU", "UA", fat=N(1),
      inj=N(6), weapons=[W("missile")], parent="kd07-1", claimant="governor of the Odesa region",
      note="guard killed, six injured when 'missiles hit the port area'"),
    E("kd07-4", "missile_artillery_strike", D, L("Chornomorsk", 1, "Chornomorsk (grain terminal)"), "RU", "UA",
      inj=N(2), family=["air_drone_strike"], parent="kd07-1",
      note="fire at a grain terminal, two workers injured; weapon not said -> drone type accepted"),
    E("kd07-5", "air_drone_strike", D, L("Mykolaiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="kd07-1", note="debris of a downed drone on a garage cooperative, 'No one was hurt' -> 0/0"),
    E("kd07-6", "missile_artillery_strike", "2023-07-19", L("Odesa"), "RU", "UA", family=["air_drone_strike"],
      note="'The previous night's attack on Odesa' = the night into Wednesday 19 Jul ('second night in a row'); "
           "weapon not said"),
    E("kd07-7", "policy_decision", "2023-07-19", C("RU", "Russia"), "RU", "UA",
      claimant="Ministry of Defence of the Russian Federation",
      note="MoD announced 'on Wednesday' that from Thursday all ships to Ukrainian ports count as potential military "
           "cargo carriers: a decision dated its announcement (in force the publication day); no city -> country"),
    E("kd07-8", "policy_decision", D, C("UA", "Ukraine"), "UA", "RU",
      note="Ukraine's answer 'On Thursday … from Friday': a decision announced on the publication day (its entry into "
           "force is after the reference date)"),
    E("kd07-9", "policy_decision", "2023-07-17", C("RU", "Russia"), "RU", None,
      note="recalled 'Moscow refused on Monday to extend' the grain deal (17 Jul): a decision with a resolvable day, "
           "required; the deal's brokering in July 2022 and the 33 million tonnes are history"),
    E("kd07-10", "diplomatic_contact", "2023-07-19", C("TR", "Türkiye"), "TR", "RU",
      note="foreign ministers' phone call 'on Wednesday': no place -> the country of the source ministry; the "
           "president's 'would raise the matter' is a plan"),
]
STATEMENTS = [
    S("Deniz Arıkan", None, "Every strike on Odesa raises the price of bread in Cairo and Istanbul", "grain-market analyst"),
    S("Oleh Kravets", "UA", "We will keep the ports working as long as there is something to load",
      "deputy director of the Odesa sea port"),
]
MUST_NOT = ["MARMARA TIMES | ENGLISH", "Turkey | Politics | Economy | World | Sports | Life",
            "Istanbul 20.07.2023 — 12:32 TSİ", "Print | E-mail | Comment (3)",
            "Related: What the end of the grain deal means for Türkiye's flour mills",
            "Keywords: Odesa, grain corridor, Black Sea, Russia, Ukraine", "All rights reserved Marmara Times 2023"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
