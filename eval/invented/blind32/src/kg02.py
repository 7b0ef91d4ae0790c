from common import E, L, R, C, N, W, S, gold

TITLE = "Belgorod governor says Ukrainian shelling killed woman in Shebekino; Kyiv reports 97 attacks on Sumy region"
TEXT = """KHALEEJ EVENING POST
Prayer times Abu Dhabi: Fajr 4:05 | Dhuhr 12:16 | Asr 3:40 | Maghrib 7:03 | Isha 8:25
UAE | Gulf | World | Business | Sport | Lifestyle
WORLD › EUROPE
Belgorod governor says Ukrainian shelling killed woman in Shebekino; Kyiv reports 97 attacks on Sumy region
Published: Tue 20 May 2025, 1:15 PM · Last updated: Tue 20 May 2025, 3:02 PM
By Rashid Al Hammadi, with agencies
A woman was killed and three people were wounded when Ukrainian forces shelled the Russian border town of Shebekino on Monday evening, the governor of Russia's Belgorod region said, as both sides kept firing across the frontier despite new calls in Europe for a ceasefire.

The governor wrote on Telegram that multiple rocket launchers hit a residential street in the town, damaging six houses and a power line. The wounded, among them a teenager, were taken to the city hospital in Belgorod.

Early on Tuesday, a drone dropped explosives on a car near the village of Kozinka in the Graivoron district, wounding two men, he said. The village of Novaya Tavolzhanka was fired at with 38 shells and 14 drones over the past day; there were no casualties there, according to the governor.

Russia's defence ministry said its air defences destroyed 47 Ukrainian drones overnight, 25 of them over the Belgorod region and 12 over the Kursk region. The rest were downed over the Voronezh and Lipetsk regions, it said without giving numbers.

AED/USD 3.6725 · Brent $65.40 · Gold $3,231
Across the border, Ukraine's Sumy regional administration said Russian forces attacked nine communities 97 times over the past day with artillery, mortars, guided bombs and drones. On Monday afternoon an FPV drone hit a man riding a bicycle in the Velyka Pysarivka community; he was taken to hospital.

Moscow also said on Monday that its troops had captured the village of Basivka in the Sumy region. Kyiv rejected that. "The village is not taken, fighting continues there at this moment," Ukraine's border guard service spokesman Ihor Tkachuk said on Tuesday.

Kyiv did not comment on the Shebekino shelling. Ukrainian officials have in the past said their forces strike only military targets.

Regional analysts in the Gulf said the exchange of fire showed how little the diplomatic effort has changed on the ground. "Both capitals are telling the mediators they want a deal, and both are preparing for a long summer," said Salem Al Mansoori, a researcher at an Abu Dhabi policy institute.

📲 Download the KEP app for breaking news alerts
Share: WhatsApp · X · Facebook · Copy link
KEP is a licensed publication of the National Media Council.
"""
DOC = {"id": "kg02", "date": "2025-05-20", "source": "Khaleej Evening Post (UAE English daily)",
       "url": "https://khaleejeveningpost.example/world/europe/belgorod-shebekino-sumy-20250520", "text": TEXT}

D = "2025-05-20"
GOV = "Belgorod region governor"
EVENTS = [
    E("kg02-1", "missile_artillery_strike", "2025-05-19", L("Shebekino"), "UA", "RU", fat=N(1), inj=N(3),
      weapons=[W("mlrs")], claimant=GOV,
      note="'on Monday evening' in a Tuesday article = 19 May; multiple rocket launchers = mlrs; Kyiv's silence does "
           "not change the event"),
    E("kg02-2", "air_drone_strike", D, L("Kozinka", 2, "near Kozinka"), "UA", "RU", inj=N(2),
      weapons=[W("drone")], claimant=GOV,
      note="'Early on Tuesday' = 20 May; drone dropped explosives on a car 'near the village' = precision 2"),
    E("kg02-3", "missile_artillery_strike", "2025-05-19", L("Novaya Tavolzhanka"), "UA", "RU", end=D, prec="range",
      agg=True, fat=N(0), inj=N(0), family=["air_drone_strike"],
      weapons=[W("artillery", launched=N(38)), W("drone", launched=N(14))], claimant=GOV,
      note="'over the past day' in a daily report = 19-20 May range, a tally of fire on one village (aggregate); "
           "'no casualties there' = 0/0; shells + drones typed by the heavier (drone type accepted)"),
    E("kg02-4", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(47))],
      claimant="Russian Defence Ministry", note="MoD country total 'overnight' = 20 May"),
    E("kg02-5", "interception", D, R("RU-BEL", "Belgorod region"), "RU", "UA", weapons=[W("drone", intercepted=N(25))],
      parent="kg02-4", note="regional count: required"),
    E("kg02-6", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", weapons=[W("drone", intercepted=N(12))],
      parent="kg02-4", note="regional count: required"),
    E("kg02-7", "interception", D, R("RU-VOR", "Voronezh region"), "RU", "UA", optional=True, parent="kg02-4",
      note="'without giving numbers': listed only, optional"),
    E("kg02-8", "interception", D, R("RU-LIP", "Lipetsk region"), "RU", "UA", optional=True, parent="kg02-4",
      note="listed only, optional"),
    E("kg02-9", "missile_artillery_strike", "2025-05-19", R("UA-59", "Sumy region"), "RU", "UA", end=D, prec="range",
      agg=True, family=["air_drone_strike"],
      weapons=[W("artillery"), W("guided_bomb"), W("drone")],
      note="'attacked nine communities 97 times over the past day' = range 19-20 May, regional aggregate; 97 attacks "
           "are not munitions (no launched count); mixed weapons typed by the heaviest (artillery/mortars)"),
    E("kg02-10", "air_drone_strike", "2025-05-19", L("Velyka Pysarivka", 2, "Velyka Pysarivka community"), "RU", "UA",
      inj=N(1), weapons=[W("drone")], parent="kg02-9",
      note="'On Monday afternoon' = 19 May; FPV drone on a cyclist; community named after its town = precision 2; "
           "'taken to hospital' = injured"),
    E("kg02-11", "territory_change", "2025-05-19", L("Basivka"), "RU", "UA", claimant="Russian Defence Ministry",
      note="capture claim 'on Monday' = 19 May (dated by the claim); Kyiv rejects it (counter-claim kept as a clash)"),
    E("kg02-12", "armed_clash", D, L("Basivka"), "RU", "UA", claimant="State Border Guard Service of Ukraine",
      note="'fighting continues there at this moment' said 'on Tuesday' = 20 May: clash on the statement day "
           "(blind28 call 8); the Russian side attacks"),
]
# Not events: the ceasefire calls in Europe, 'Ukrainian officials have in the past said …' (history/habit), the
# analyst's 'preparing for a long summer' (opinion), Kyiv's silence; the housing and power-line damage belong to kg02-1.
STATEMENTS = [
    S("Ihor Tkachuk", "UA", "The village is not taken, fighting continues there at this moment",
      "Ukrainian border guard service spokesman"),
    S("Salem Al Mansoori", None, "Both capitals are telling the mediators they want a deal", "researcher"),
]
MUST_NOT = ["KHALEEJ EVENING POST",
            "Prayer times Abu Dhabi: Fajr 4:05 | Dhuhr 12:16 | Asr 3:40 | Maghrib 7:03 | Isha 8:25",
            "UAE | Gulf | World | Business | Sport | Lifestyle", "WORLD › EUROPE",
            "Published: Tue 20 May 2025, 1:15 PM · Last updated: Tue 20 May 2025, 3:02 PM",
            "By Rashid Al Hammadi, with agencies", "AED/USD 3.6725 · Brent $65.40 · Gold $3,231",
            "📲 Download the KEP app for breaking news alerts", "Share: WhatsApp · X · Facebook · Copy link",
            "KEP is a licensed publication of the National Media Council."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
