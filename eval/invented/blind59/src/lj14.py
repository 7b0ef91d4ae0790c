from common import E, L, R, C, N, W, S, H, gold, ADS, INT, MOB, DIP

TITLE = "Ankara warns Kyiv and Moscow after tanker is hit off Şile; Russia threatens to \"cut Ukraine off from the sea\""
TEXT = """MARMARA GAZETTE
Türkiye's news in English
Türkiye | World | Economy | Defence | Energy | Sport | Türkçe
Çerez Politikası: Sitemizde size daha iyi hizmet sunmak için çerezler kullanılmaktadır. Kabul Et
World › Black Sea
Ankara warns Kyiv and Moscow after tanker is hit off Şile; Russia threatens to "cut Ukraine off from the sea"
Selin Aydoğan / İstanbul
03.12.2025 - 09:44 | Son güncelleme: 14:10
A tanker flying the flag of Sierra Leone was struck by an uncrewed surface vessel about 30 nautical miles off Şile, on Istanbul's Black Sea coast, in the early hours of Tuesday, the Directorate General of Maritime Affairs said. A fire broke out in the engine room but was put out by the crew; none of the 22 sailors was hurt. The ship, which had loaded crude oil at Novorossiysk, was towed towards the Bosphorus.

Ukrainian media, citing sources in the Security Service of Ukraine, reported that the SBU's naval drones had carried out the attack. Kyiv did not comment officially.
Photo: Coastal Safety Directorate
The Turkish navy sent a frigate and two coast guard boats to the area on Tuesday morning, the Defence Ministry said.

Hours later, the Foreign Ministry called in the Ukrainian chargé d'affaires in Ankara and, in a separate meeting, the Russian ambassador, and told both that attacks on merchant ships in Türkiye's exclusive economic zone were "unacceptable".

"Our captain told us the explosion lifted the stern out of the water. For a tanker of that size, that is a very heavy blow," said Kerem Yıldırım, a director of the Istanbul-based company that manages the vessel.

Moscow answered with threats of its own. Speaking on Tuesday evening, the Russian president said Russia could "cut Ukraine off from the sea" and would strike ships calling at Ukrainian ports "in a mirror response".
Reklam
Overnight into Wednesday, Russian drones hit a Turkish-owned bulk carrier that was loading grain in Chornomorsk, a port a short way south of Odesa. Two sailors were hurt, the regional governor said.

Russia's Black Sea Fleet said on Wednesday morning that it had destroyed three Ukrainian uncrewed boats in the north-western part of the sea during the night.

The president of Türkiye spoke by phone with the Russian president on Wednesday and urged "restraint by all sides", his office said.

"The Black Sea is becoming a place where no insurer wants to go. If this goes on, everybody will pay the premiums, not only Russia and Ukraine," said Deniz Çakır, a maritime security researcher at the Bosphorus Maritime Research Centre.

War-risk insurance premiums for Black Sea voyages have more than doubled since the beginning of November, brokers said.
Paylaş: Facebook · X · WhatsApp · E-posta
Follow Marmara Gazette on Google News
Download the Marmara Gazette app: App Store | Google Play
Related news
Istanbul Strait: tanker traffic back to normal after fog
Keywords: Black Sea, tanker, Şile, Russia, Ukraine, navigation safety
© 2025 Marmara Gazette. All rights reserved. Quotation is permitted only with attribution.
"""
DOC = {"id": "lj14", "date": "2025-12-03", "source": "Marmara Gazette (Turkish news site in English)",
       "url": "https://marmaragazette.example/world/black-sea/tanker-hit-off-sile-ankara-warns-2025-12-03", "text": TEXT}

D, TUE = "2025-12-03", "2025-12-02"
EVENTS = [
    E("lj14-1", ADS, TUE, H("Sile", "Black Sea, about 30 nautical miles off Şile"), "UA", None, fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Ukrainian media citing SBU sources",
      evidence="A tanker flying the flag of Sierra Leone was struck by an uncrewed surface vessel about 30 nautical miles "
               "off Şile",
      note="'in the early hours of Tuesday' -> 2 Dec; sea drones are drone strikes (blind50 la11-6); the SBU's role is "
           "told by Ukrainian media -> claimed actor1 UA, the tanker's side unstated (actor2 null); 'none of the 22 "
           "sailors was hurt' -> 0/0; off X -> precision 2 (TR-34)"),
    E("lj14-2", MOB, TUE, H("Sile", "sea area off Şile"), "TR", None,
      evidence="The Turkish navy sent a frigate and two coast guard boats to the area on Tuesday morning",
      note="a naval deployment to the area -> military_mobilization of TR, placed at the incident area (precision 2)"),
    E("lj14-3", DIP, TUE, L("Ankara"), "TR", "UA",
      evidence="the Foreign Ministry called in the Ukrainian chargé d'affaires in Ankara",
      note="a summons takes the named capital, the summoning state as actor1 (blind49 call 9); Tuesday"),
    E("lj14-4", DIP, TUE, L("Ankara"), "TR", "RU",
      evidence="in a separate meeting, the Russian ambassador",
      note="the second summons, 'in a separate meeting': a second event (one per counterpart)"),
    E("lj14-5", ADS, D, L("Chornomorsk"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      claimant="head of the Odesa regional military administration",
      evidence="Overnight into Wednesday, Russian drones hit a Turkish-owned bulk carrier that was loading grain in "
               "Chornomorsk",
      note="'Overnight into Wednesday' -> 3 Dec; 2 sailors hurt = injured; Chornomorsk 707688 (Odesa oblast port), not "
           "Chornomorske in Crimea"),
    E("lj14-6", INT, D, C(None, "north-western Black Sea"), "RU", "UA", claimant="Russian Black Sea Fleet",
      weapons=[W("drone", intercepted=N(3))],
      evidence="it had destroyed three Ukrainian uncrewed boats in the north-western part of the sea during the night",
      note="uncrewed boats destroyed at sea 'during the night' (told Wednesday morning -> 3 Dec): interception with "
           "country null (blind50 la11-7); boats are drones"),
    E("lj14-7", DIP, D, C(None, "phone call"), "TR", "RU",
      evidence="The president of Türkiye spoke by phone with the Russian president on Wednesday",
      note="a phone call has no place (blind51 lb07-5); the caller's state as actor1"),
]
# Not events: the tow towards the Bosphorus (aftermath), 'Kyiv did not comment officially' (negation), the Russian
# president's threats 'could cut Ukraine off from the sea' and 'would strike ships … in a mirror response' (threat,
# conditional), the premiums that 'have more than doubled since the beginning of November' (market background). The
# own-line photo credit, 'Reklam', the Google News line, 'Related news' with its headline, keywords and © are
# furniture; 'Selin Aydoğan / İstanbul' is the byline (furniture).
STATEMENTS = [
    S("Kerem Yıldırım", "TR", "the explosion lifted the stern out of the water", "director, ship management company"),
    S("Deniz Çakır", None, "The Black Sea is becoming a place where no insurer wants to go",
      "maritime security researcher, Bosphorus Maritime Research Centre"),
]
# Not gold: the Foreign Ministry's "unacceptable", the Russian president's "cut Ukraine off from the sea" and "in a
# mirror response" and the Turkish president's office's "restraint by all sides" (institutional or title-only).
MUST_NOT = ["Download the Marmara Gazette app: App Store | Google Play",
            "Paylaş: Facebook · X · WhatsApp · E-posta",
            "MARMARA GAZETTE",
            "Türkiye's news in English", "Türkiye | World | Economy | Defence | Energy | Sport | Türkçe",
            "Çerez Politikası: Sitemizde size daha iyi hizmet sunmak için çerezler kullanılmaktadır. Kabul Et",
            "World › Black Sea", "Selin Aydoğan / İstanbul", "03.12.2025 - 09:44 | Son güncelleme: 14:10",
            "Photo: Coastal Safety Directorate", "Reklam", "Follow Marmara Gazette on Google News", "Related news",
            "Istanbul Strait: tanker traffic back to normal after fog",
            "Keywords: Black Sea, tanker, Şile, Russia, Ukraine, navigation safety",
            "© 2025 Marmara Gazette. All rights reserved. Quotation is permitted only with attribution."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
