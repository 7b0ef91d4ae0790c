from common import E, L, R, C, N, W, S, gold

TITLE = "Ukrainian flag over Kupiansk city council as Russia announces 'regrouping' from Balakleya and Izyum"
TEXT = """NOVA DOBA | ENGLISH
Ukraine's news in English, every day since 2014
📌 Pinned: live map of the Kharkiv counteroffensive →
Sections: Front | Politics | Society | Economy | Culture
Ukrainian flag over Kupiansk city council as Russia announces 'regrouping' from Balakleya and Izyum
11 September 2022 — 10:05 | author: Levko Hnatiuk | 6 min
Ukrainian troops entered Kupiansk, a key railway hub in the east of the Kharkiv region, on Saturday and raised the Ukrainian flag over the city council building, the Ukrainian military said. Soldiers of the special forces posted a video from the city centre on Saturday afternoon.

Fighting continued on Sunday morning on the eastern bank of the Oskil river, which divides the city, a military source told Nova Doba.

Balakliia, which Russian troops had held since March, was liberated on Thursday, the Defence Ministry confirmed, and police units entered the town on Friday to search for collaborators.

On Saturday, the Russian Defence Ministry said it had decided to "regroup" its troops from the Balakleya and Izyum areas to "strengthen efforts in the Donetsk direction". Russian state television showed columns of vehicles leaving Izyum. Ukrainian troops were seen in Izium on Saturday evening, according to videos posted by soldiers, but the General Staff has not confirmed that the city is under Ukrainian control.

Did you find this article useful?  👍 231   👎 4

Russian forces struck Kharkiv with missiles on Sunday morning, hitting an energy facility in the city's north-east. One person was injured, and several districts were left without electricity and water, the mayor said. "The occupiers are taking revenge for their defeat on the battlefield by leaving civilians without light," he wrote on Telegram.

The Russian Defence Ministry also claimed "massive strikes" on Ukrainian reserves near Kupyansk and Izyum, without giving details.

Russia's president did not comment on the retreat. The head of the Russian-installed administration in the Kharkiv region urged residents to evacuate to Russia, saying Ukrainian troops could reach other towns "within days".

Ukraine's commander-in-chief said his troops had regained more than 3,000 square kilometres since the beginning of September.

We also recommend: Balakliia after six months of occupation — what our correspondent saw
Nova Doba English is supported by readers. Become a patron from $2 a month.
Reprints: only with a hyperlink to novadoba.example in the first paragraph.
"""
DOC = {"id": "u09", "date": "2022-09-11", "source": "Nova Doba English (Ukrainian national site)",
       "url": "https://novadoba.example/en/front/2022/09/11/kupiansk-flag", "text": TEXT}
D = "2022-09-11"
SAT = "2022-09-10"
THU = "2022-09-08"
EVENTS = [
    E("u09-1", "territory_change", SAT, L("Kupiansk"), "UA", "RU", claimant="Ukrainian military",
      note="troops entered Kupiansk and raised the flag on Saturday: Ukrainian recapture"),
    E("u09-2", "armed_clash", D, L("Kupiansk", 2, "eastern bank of the Oskil in Kupiansk"), "UA", "RU",
      note="fighting continued on Sunday morning on the eastern bank of the river within the city; precision 2 (part of "
           "the city); actor1 UA (attacking side of the counter-offensive)"),
    E("u09-3", "territory_change", THU, L("Balakliia", 1, "Balakliia (Balakleya)"), "UA", "RU",
      claimant="Ukrainian Defence Ministry",
      note="recalled liberation 'on Thursday' = 8 Sept: own event (resolvable day); police entering on Friday is part "
           "of it"),
    E("u09-4", "territory_change", SAT, L("Izium", 1, "Izium (Izyum)"), "UA", "RU", claimant="Russian Defence Ministry",
      note="Russian announcement of a 'regrouping' from the Balakleya and Izyum areas on Saturday = withdrawal; columns "
           "leaving Izyum and soldiers' videos in Izium the same day; General Staff has not confirmed: still the "
           "Russian side concedes it, so required"),
    E("u09-5", "missile_artillery_strike", D, L("Kharkiv"), "RU", "UA", inj=N(1), weapons=[W("missile")],
      claimant="Kharkiv mayor", note="missiles on an energy facility on Sunday morning"),
    E("u09-6", "infrastructure_disruption", D, L("Kharkiv"), "RU", "UA", parent="u09-5",
      note="several districts without electricity and water"),
    E("u09-7", "missile_artillery_strike", SAT, L("Kupiansk", 2, "near Kupyansk"), "RU", "UA", optional=True,
      family=["air_drone_strike"], claimant="Russian Defence Ministry",
      note="claimed 'massive strikes' on reserves near Kupyansk and Izyum 'without giving details': vague, optional; "
           "weapon not said; date assumed the Saturday briefing"),
    E("u09-8", "missile_artillery_strike", SAT, L("Izium", 2, "near Izyum"), "RU", "UA", optional=True,
      family=["air_drone_strike"], claimant="Russian Defence Ministry", note="as u09-7"),
]
STATEMENTS = [
    S("Kharkiv mayor", "UA", "taking revenge for their defeat on the battlefield", "mayor of Kharkiv"),
    S("Russian Defence Ministry", "RU", "strengthen efforts in the Donetsk direction"),
]
MUST_NOT = ["NOVA DOBA | ENGLISH", "Ukraine's news in English, every day since 2014",
            "📌 Pinned: live map of the Kharkiv counteroffensive →", "Sections: Front | Politics | Society | Economy | Culture",
            "11 September 2022 — 10:05 | author: Levko Hnatiuk | 6 min", "Did you find this article useful?  👍 231   👎 4",
            "We also recommend: Balakliia after six months of occupation — what our correspondent saw",
            "Nova Doba English is supported by readers. Become a patron from $2 a month.",
            "Reprints: only with a hyperlink to novadoba.example in the first paragraph."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
