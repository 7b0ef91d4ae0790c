from common import E, L, R, C, N, W, S, gold

TITLE = "Border guards: Belarus moves more troops to Gomel region as Russians shell Semenivka hromada"
TEXT = """СІВЕРЩИНА.TODAY
Новини | Війна | Кордон | Громади | Економіка | English
25.06.2024 | 09:47 | 👁 1 284
Border guards: Belarus moves more troops to Gomel region as Russians shell Semenivka hromada
Belarus has moved additional units to the Gomel region close to the Ukrainian border over the past week, including a special operations battalion and air-defence crews, a spokesman for the State Border Guard Service said on Tuesday. He put the total at up to 2,000 troops.

"We see no strike groups being formed, but we see every movement, and the border is ready," spokesman Vadym Kotsiuba told Sivershchyna.Today.

The Belarusian Defence Ministry said the units were taking part in a planned readiness check and posed "no threat to neighbouring states".

Meanwhile, the Russian shelling of the northern border continues. On Monday afternoon, Russian troops fired mortars at the Semenivka hromada from the territory of the Bryansk region. A 52-year-old man was injured by shrapnel in his garden, the regional military administration said. Two houses and a farm building were damaged.

Overnight, air defence shot down a Shahed-type attack drone over the Ripky hromada. According to the Air Force, the drone had entered Ukrainian airspace from the direction of Belarus. There were no casualties.

On Sunday, a border guard was injured by an anti-personnel mine while patrolling a section of the border near Dobrianka, where the Ukrainian, Belarusian and Russian borders meet. He was taken to hospital in Chernihiv in a stable condition. It is not known who laid the mine.

Фото: ДПСУ
On Friday, the SBU detained a 37-year-old resident of Chernihiv who, according to the investigation, passed the coordinates of border guard positions to Russian handlers via a messenger app. He faces life imprisonment for high treason.

Читайте також: Як будують фортифікації на кордоні з Білоруссю: репортаж

Construction of fortifications along the border with Belarus and Russia continues, the regional administration said; more than 70% of the planned lines in the Chernihiv region are complete. Residents of the border villages are reminded not to approach the border strip, which is mined along much of its length.
Якщо ви знайшли помилку, виділіть її та натисніть Ctrl+Enter
Підписуйтесь на наш Telegram: t.me/sivershchyna_today
© 2024 Sivershchyna.Today. Використання матеріалів — лише з гіперпосиланням.
"""
DOC = {"id": "f07", "date": "2024-06-25", "source": "Sivershchyna.Today (regional Ukrainian news site, Chernihiv)",
       "url": "https://sivershchyna.today.example/en/news/2024/06/25/bilorus-gomel", "text": TEXT}

EVENTS = [
    E("f07-1", "military_mobilization", "2024-06-19", R("BY-HO", "Gomel region"), "BY", None, end="2024-06-25",
      prec="week", claimant="State Border Guard Service",
      note="'over the past week' = reference-6 … reference; Belarusian deployment close to the border (up to 2,000 "
           "troops); the Belarusian MoD's 'planned readiness check' is the same event told by the other side"),
    E("f07-2", "missile_artillery_strike", "2024-06-24", L("Semenivka-Ch", 2, "Semenivka hromada"), "RU", "UA",
      inj=N(1), weapons=[W("artillery")], claimant="Chernihiv regional military administration",
      note="'On Monday afternoon' mortars from the Bryansk region; hromada named after its town = precision 2; mortar "
           "= artillery"),
    E("f07-3", "interception", "2024-06-25", L("Ripky", 2, "Ripky hromada"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(1))], claimant="Ukrainian Air Force",
      note="'Overnight' in a morning report = publication day; one Shahed-type drone shot down over the hromada "
           "(entered from Belarus: the drone is Russian, actor2 RU); 'no casualties' belongs to the interception"),
    E("f07-4", "remote_explosive", "2024-06-23", L("Dobrianka", 2, "border near Dobrianka"), None, "UA", inj=N(1),
      claimant="Sivershchyna.Today",
      note="'On Sunday' anti-personnel mine injures a border guard; 'It is not known who laid the mine': actor1 null"),
    E("f07-5", "arrest", "2024-06-21", L("Chernihiv"), "UA", "UA", claimant="SBU",
      note="'On Friday' the SBU detained a resident suspected of passing coordinates to Russia (arrest by Ukrainian "
           "authorities)"),
]
STATEMENTS = [
    S("Vadym Kotsiuba", "UA", "We see no strike groups being formed, but we see every movement",
      "State Border Guard Service spokesman"),
]
MUST_NOT = ["СІВЕРЩИНА.TODAY", "Новини | Війна | Кордон | Громади | Економіка | English", "25.06.2024 | 09:47 | 👁 1 284",
            "Фото: ДПСУ", "Читайте також: Як будують фортифікації на кордоні з Білоруссю: репортаж",
            "Якщо ви знайшли помилку, виділіть її та натисніть Ctrl+Enter",
            "Підписуйтесь на наш Telegram: t.me/sivershchyna_today",
            "© 2024 Sivershchyna.Today. Використання матеріалів — лише з гіперпосиланням."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
