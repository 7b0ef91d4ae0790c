from common import E, L, R, C, N, W, S, gold

TITLE = "Turkish-owned cargo ship damaged in drone attack on Ukraine's Chornomorsk port"
TEXT = """BOĞAZ HABER
Türkçe | English | Русский
Gündem | Dünya | Ekonomi | Spor | Video
Güncelleme: 14.11.2025 10:41
Okuma süresi: 2 dk
Turkish-owned cargo ship damaged in drone attack on Ukraine's Chornomorsk port
A bulk carrier owned by an Istanbul-based company was damaged late on Thursday when Russian drones attacked the Ukrainian port of Chornomorsk, south of Odesa, the ship's operator said. One Turkish crew member, the second engineer, suffered a broken arm and cuts to the face and was taken to a local hospital.

The Panama-flagged Deniz Yıldızı, which had been loading sunflower meal bound for Derince, was hit on its upper deck near the stern. A fire in the accommodation block was put out by the crew within an hour.
Reklam

"We heard the engine of the drone, a sound like a motorbike, then the explosion. The boys acted quickly," the ship's master, Captain Levent Aksoy, told our newspaper by phone from the port.

Russia sent 92 attack drones against Ukraine during the night, the air force said; 71 of them were shot down, 24 over the Odesa region alone, according to the Southern Defence Forces. In the city of Odesa, which was also targeted, no damage was reported.

Turkey's foreign minister discussed the incident in a phone call with his Ukrainian counterpart on Friday morning, diplomatic sources said. Ankara has repeatedly urged both sides to keep merchant shipping out of the war and has offered to host talks on the safety of navigation in the Black Sea.
İlgili Haberler
Black Sea grain exports hit two-year high in October
Bizi Google Haberler'den takip edin
Haberi paylaş: WhatsApp · X · Facebook · Telegram
"""
DOC = {"id": "lb07", "date": "2025-11-14", "source": "Boğaz Haber (Turkish news site, English edition)",
       "url": "https://bogazhaber.example/en/dunya/turkish-owned-ship-damaged-chornomorsk-14112025", "text": TEXT}

D = "2025-11-14"
THU = "2025-11-13"
EVENTS = [
    E("lb07-1", "air_drone_strike", THU, L("Chornomorsk"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      evidence="was damaged late on Thursday when Russian drones attacked the Ukrainian port of Chornomorsk",
      note="'late on Thursday' (13 Nov) Russian drones attacked Chornomorsk port (Odesa oblast 707688, not "
           "Chornomorske in Crimea): the Turkish-owned ship hit, the second engineer hospitalised = 1 injured; the "
           "attack is on a Ukrainian port -> actor2 UA (blind41 kr12)"),
    E("lb07-2", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(92))],
      evidence="Russia sent 92 attack drones against Ukraine during the night",
      note="the night's wave 'during the night' (Friday page -> Friday): 92 attack drones, drones only -> "
           "air_drone_strike at country level. The Chornomorsk hit 'late on Thursday' is not said to be part of it "
           "and keeps its own day without a parent"),
    E("lb07-3", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="lb07-2",
      weapons=[W("drone", intercepted=N(71))],
      evidence="71 of them were shot down",
      note="'71 of them were shot down' (the air force's night total)"),
    E("lb07-4", "interception", D, R("UA-51", "Odesa region"), "UA", "RU", parent="lb07-3",
      weapons=[W("drone", intercepted=N(24))],
      evidence="24 over the Odesa region alone",
      note="'24 over the Odesa region alone' (an elliptic clause: the verb is the previous clause's): a regional "
           "count -> required"),
    E("lb07-5", "diplomatic_contact", D, C(None, "phone call"), "TR", "UA",
      evidence="Turkey's foreign minister discussed the incident in a phone call with his Ukrainian counterpart on "
               "Friday morning",
      note="phone call 'on Friday morning' (publication day): no place (blind41 kr02, kr13)"),
]
# Not events: Odesa 'also targeted, no damage was reported' (no damage), the fire put out (part of lb07-1),
# 'has repeatedly urged' and 'has offered to host talks' (habit, offer).
STATEMENTS = [
    S("Levent Aksoy", "TR", "a sound like a motorbike, then the explosion", "master of the Deniz Yıldızı"),
]
MUST_NOT = ["BOĞAZ HABER", "Türkçe | English | Русский", "Gündem | Dünya | Ekonomi | Spor | Video",
            "Güncelleme: 14.11.2025 10:41", "Okuma süresi: 2 dk", "Reklam", "İlgili Haberler",
            "Black Sea grain exports hit two-year high in October", "Bizi Google Haberler'den takip edin",
            "Haberi paylaş: WhatsApp · X · Facebook · Telegram"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
