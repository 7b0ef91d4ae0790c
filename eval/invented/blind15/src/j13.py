from common import E, L, R, C, N, W, S, gold

TITLE = "Russia claims village near Huliaipole as war enters fifth year"
TEXT = """ANS - Agence Nord-Sud
Europe
Russia claims village near Huliaipole as war enters fifth year
Published on: 24/02/2026 - 13:52 Modified: 24/02/2026 - 15:10
3 min
Zaporizhzhia (Ukraine) (ANS) - Russia said it had captured another village in Ukraine's southern Zaporizhzhia region, as the war entered its fifth year on Tuesday with Moscow's forces grinding forward around the town of Huliaipole.

The Russian defence ministry said on Monday that its troops had "liberated" Vozdvyzhivka, a village about 12 kilometres (seven miles) north-west of Huliaipole, which it called by its Russian name, Vozdvizhevka.

"Units of the Dnepr group of forces, as a result of decisive actions, have liberated the settlement of Vozdvizhevka in the Zaporozhye region," the ministry said.

Ukraine denied the claim. "Vozdvyzhivka is not under Russian control. Our units are holding the northern part of the village and the fighting continues today," Ivan Pryimak, a spokesman for the Ukrainian forces in the south, told ANS on Tuesday.

The Ukrainian army did, however, confirm on Monday that it had withdrawn from Zaliznychne, just west of Huliaipole, to avoid being encircled.

According to the independent Ukrainian monitoring project Kontur, Russian troops advanced up to 1.5 kilometres near Ternuvate, north of Huliaipole, over the weekend.

Ukrainian forces repelled 14 Russian assaults near Huliaipole over the past day, the general staff said on Tuesday, out of 183 combat clashes recorded along the whole front line.

Advertising
Behind the front, a Russian guided bomb hit a house in Komyshuvakha on Monday evening, killing a man and injuring his wife, the regional governor said. Overnight, drones struck a bus depot in the regional capital Zaporizhzhia, injuring three people.

Russia invaded Ukraine on February 24, 2022. It now occupies about a fifth of the country.

The Kremlin said on Tuesday that a ceasefire was "not yet on the table" as long as Ukraine did not withdraw from the parts of the Donetsk region it still controls, a demand Kyiv rejects.

European leaders were expected in Kyiv later on Tuesday to mark the anniversary.

"The Russians want to reach Orikhiv and the approaches to Zaporizhzhia before the summer. If Huliaipole falls, the whole southern front will have to be rebuilt," said Pierre Vautrin, a military analyst at the Paris-based Institut Vigie.

ANS/kt-ia/sbk
© 2026 ANS
Also read
Four years of war in Ukraine, in figures
Advertising
"""
DOC = {"id": "j13", "date": "2026-02-24", "source": "ANS (Agence Nord-Sud)",
       "url": "https://www.ans-info.example/en/europe/20260224-russia-claims-village-near-huliaipole", "text": TEXT}

D, MON = "2026-02-24", "2026-02-23"
EVENTS = [
    E("j13-1", "territory_change", MON, L("Vozdvyzhivka", 1, "Vozdvyzhivka (Vozdvizhevka)"), "RU", "UA",
      claimant="Russian defence ministry",
      note="capture claimed 'on Monday'; disputed (counter-claim j13-2); Russian spelling in the quote"),
    E("j13-2", "armed_clash", D, L("Vozdvyzhivka"), "RU", "UA", claimant="Ivan Pryimak",
      note="Ukrainian side: 'the fighting continues today' (Tuesday)"),
    E("j13-3", "territory_change", MON, L("Zaliznychne"), "RU", "UA", claimant="Ukrainian army",
      note="withdrawal confirmed 'on Monday': territory_change for Russia dated by the confirmation (blind13 call 6); "
           "Zaliznychne of the Zaporizhzhia region (687796)"),
    E("j13-4", "territory_change", "2026-02-21", L("Ternuvate", 2, "near Ternuvate"), "RU", "UA", prec="range",
      end="2026-02-22", claimant="Kontur monitoring project",
      note="'advanced up to 1.5 kilometres near Ternuvate ... over the weekend' (Sat-Sun)"),
    E("j13-5", "armed_clash", MON, L("Huliaipole", 2, "near Huliaipole"), "RU", "UA", prec="range", end=D,
      claimant="Ukrainian general staff",
      note="14 assaults repelled over the past day near a named town: range event, actor1 = attacker"),
    E("j13-6", "armed_clash", MON, C("UA", "Ukraine"), "RU", "UA", prec="range", end=D, agg=True,
      claimant="Ukrainian general staff", note="183 clashes along the whole front over the past day: aggregate"),
    E("j13-7", "air_drone_strike", MON, L("Komyshuvakha"), "RU", "UA", fat=N(1), inj=N(1),
      weapons=[W("guided_bomb")], claimant="Zaporizhzhia regional governor",
      note="'on Monday evening' guided bomb on a house; Komyshuvakha of the Zaporizhzhia region (706941)"),
    E("j13-8", "air_drone_strike", D, L("Zaporizhzhia"), "RU", "UA", inj=N(3), weapons=[W("drone")],
      claimant="Zaporizhzhia regional governor", note="'Overnight' drones on a bus depot: publication day"),
]
STATEMENTS = [
    S("Russian defence ministry", "RU", "have liberated the settlement of Vozdvizhevka"),
    S("Ivan Pryimak", "UA", "Vozdvyzhivka is not under Russian control", "spokesman, Ukrainian forces in the south"),
    S("Pierre Vautrin", None, "If Huliaipole falls, the whole southern front will have to be rebuilt", "military analyst"),
]
MUST_NOT = ["ANS - Agence Nord-Sud", "Published on: 24/02/2026 - 13:52 Modified: 24/02/2026 - 15:10", "Advertising",
            "ANS/kt-ia/sbk", "© 2026 ANS", "Also read", "Four years of war in Ukraine, in figures"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
