from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian drones hit to Novokuibyshevsk refinery and Tuapse port, Russia says 121 drones downed"
TEXT = """BHA — BOĞAZİÇİ HABER AJANSI · ENGLISH SERVICE
Türkçe | English | العربية | Русский
Gündem · Dünya · Ekonomi · Enerji · Savunma
Ukrainian drones hit to Novokuibyshevsk refinery and Tuapse port, Russia says 121 drones downed
Istanbul – BHA Haber Merkezi
Güncelleme: 27.09.2025 12:48
Ukraine attacked with drones to oil refinery in Samara region of Russia and to port of Tuapse on Black Sea coast in the night connecting Friday to Saturday, according to statements of the both sides.

Ukraine Armed Forces General Staff made statement that the Novokuibyshevsk oil refinery was hit, and a fire was registered in area of the primary processing unit. The refinery processes about 8 million tons of oil in one year, the statement said.

Samara regional governor gave different version. According to governor, the attack was repelled, the debris of one drone fell on territory of an industrial enterprise in Novokuibyshevsk and a small fire was quickly extinguished. "There are no victims, the enterprise works in normal regime," governor wrote on Telegram.

In Tuapse, operational headquarters of Krasnodar Krai said the fire started at marine terminal after drone attack and two employees of port were injured. Loading of tankers at terminal was stopped until the fire is extinguished, headquarters added.

Bu haber 1.204 kez okundu
Russian Defence Ministry announced that air defence systems intercepted and destroyed 121 Ukrainian drones in the night. Of them 34 over Bryansk region, 22 over Kursk region and 14 over Samara region were destroyed, the ministry said. Drones were also downed over Volgograd and Rostov regions and over the Black Sea, the ministry added without numbers.

In its turn, Russia hit gas production facilities in Kharkiv and Poltava regions of Ukraine with missiles and drones in the same night, Ukraine's state energy company said. "This was already the fifth massive attack to our gas infrastructure since beginning of September," said company spokesperson Iryna Levchenko. She did not give information about victims.

Türkiye follows the developments with concern, the Foreign Ministry said in a short written statement on Saturday. A senior Turkish diplomat who spoke on condition of anonymity told BHA that Ankara is ready to host technical talks on safety of navigation and energy facilities "whenever the both sides are ready".

Energy expert Dr. Selin Aydoğan from Ankara commented for BHA: "Every refinery outage in southern Russia is felt in the diesel price in the Mediterranean after two or three weeks. Turkish importers must watch this closely."

Bunlar da ilginizi çekebilir / You may also like
Karadeniz'de fırtına uyarısı: Ferry services suspended in Samsun
Yorum yapma kuralları: comments with insults are deleted without warning.
"""
DOC = {"id": "kg04", "date": "2025-09-27", "source": "Boğaziçi Haber Ajansı English Service (Turkish news agency)",
       "url": "https://bha.example/en/dunya/2025/09/27/novokuibyshevsk-tuapse-drones", "text": TEXT}

D = "2025-09-27"
EVENTS = [
    E("kg04-1", "air_drone_strike", D, L("Novokuibyshevsk"), "UA", "RU", fat=N(0), inj=N(0), weapons=[W("drone")],
      claimant="General Staff of the Armed Forces of Ukraine / Samara region governor",
      note="'in the night connecting Friday to Saturday' in a Saturday report = 27 Sep; the General Staff's hit and the "
           "governor's debris fire are one event (counter-claims), the governor's 'There are no victims' = 0/0"),
    E("kg04-2", "air_drone_strike", D, L("Tuapse"), "UA", "RU", inj=N(2), weapons=[W("drone")],
      claimant="Krasnodar Krai operational headquarters",
      note="fire at the marine terminal of Tuapse port after a drone attack, two employees injured; port = its town"),
    E("kg04-3", "infrastructure_disruption", D, L("Tuapse"), "UA", "RU", parent="kg04-2",
      note="'Loading of tankers at terminal was stopped' = port suspension caused by the strike"),
    E("kg04-4", "interception", D, C("RU", "Russia"), "RU", "UA", weapons=[W("drone", intercepted=N(121))],
      claimant="Russian Defence Ministry", note="MoD country total 'in the night' = 27 Sep"),
    E("kg04-5", "interception", D, R("RU-BRY", "Bryansk region"), "RU", "UA", weapons=[W("drone", intercepted=N(34))],
      parent="kg04-4", note="regional count: required"),
    E("kg04-6", "interception", D, R("RU-KRS", "Kursk region"), "RU", "UA", weapons=[W("drone", intercepted=N(22))],
      parent="kg04-4", note="regional count: required"),
    E("kg04-7", "interception", D, R("RU-SAM", "Samara region"), "RU", "UA", weapons=[W("drone", intercepted=N(14))],
      parent="kg04-4", note="regional count: required (the refinery hit is a separate event)"),
    E("kg04-8", "interception", D, R("RU-VGG", "Volgograd region"), "RU", "UA", optional=True, parent="kg04-4",
      note="'without numbers': listed only, optional"),
    E("kg04-9", "interception", D, R("RU-ROS", "Rostov region"), "RU", "UA", optional=True, parent="kg04-4",
      note="listed only, optional"),
    E("kg04-10", "missile_artillery_strike", D, R("UA-63", "Kharkiv region"), "RU", "UA", family=["air_drone_strike"],
      weapons=[W("missile"), W("drone")], claimant="Naftogaz",
      note="'hit gas production facilities in Kharkiv and Poltava regions … with missiles and drones in the same night': "
           "one event per region, typed by the heavier weapon (drone type accepted: which weapon hit where is not "
           "said); 'did not give information about victims' = counts absent; the Black Sea interceptions have no "
           "place (not annotated)"),
    E("kg04-11", "missile_artillery_strike", D, R("UA-53", "Poltava region"), "RU", "UA", family=["air_drone_strike"],
      weapons=[W("missile"), W("drone")], claimant="Naftogaz", note="as kg04-10"),
]
# Not events: 'fifth massive attack … since beginning of September' (cumulative history), refinery capacity,
# Ankara 'ready to host technical talks … whenever' (offer/conditional), the expert's forecast, the missing briefing,
# the sidebar's ferry suspension (furniture), the Foreign Ministry's 'concern'.
# Not gold statements: the Samara governor's quote (title-only speaker), the anonymous diplomat's 'whenever …'.
STATEMENTS = [
    S("Iryna Levchenko", "UA", "This was already the fifth massive attack to our gas infrastructure",
      "spokesperson of Ukraine's state energy company"),
    S("Selin Aydoğan", None, "Every refinery outage in southern Russia is felt in the diesel price", "energy expert"),
]
MUST_NOT = ["BHA — BOĞAZİÇİ HABER AJANSI · ENGLISH SERVICE", "Türkçe | English | العربية | Русский",
            "Gündem · Dünya · Ekonomi · Enerji · Savunma", "Istanbul – BHA Haber Merkezi", "Güncelleme: 27.09.2025 12:48",
            "Bu haber 1.204 kez okundu", "Bunlar da ilginizi çekebilir / You may also like",
            "Karadeniz'de fırtına uyarısı: Ferry services suspended in Samsun",
            "Yorum yapma kuralları: comments with insults are deleted without warning."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
