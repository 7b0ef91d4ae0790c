from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, ARR

TITLE = "Kerch bridge struck again: a couple killed on the road span, searches in Bakhchysarai within hours"
TEXT = """QIRIM SESI
The Crimean voice — news in Qırımtatar, Ukrainian and English
Qırımtatarca | Українська | English
Crimea | Human rights | Culture | Diaspora | War
18.07.2023 · 12:05
Our correspondents in occupied Crimea work without bylines for their own safety.
Kerch bridge struck again: a couple killed on the road span, searches in Bakhchysarai within hours
For the second time in nine months, the bridge that Russia built across the Kerch Strait after seizing the peninsula has been damaged by an attack.

Two blasts hit the road section of the bridge at about 03:05 on Monday, a few hundred metres from the Crimean shore. A car from the Belgorod region that was crossing at that moment was caught in the explosion. A married couple travelling in it were killed and their 14-year-old daughter was taken to hospital in Kerch with injuries, the Russian-installed head of Crimea said. One span of the roadway sagged and another shifted.

Russia's National Anti-Terrorism Committee blamed two Ukrainian uncrewed surface vessels. Kyiv made no official statement, but a source in the Security Service of Ukraine told Ukrainian media that the attack was the service's operation, carried out with naval drones.

Road traffic across the bridge was halted for the whole of Monday; passenger trains were moving again by the evening. The occupation authorities told drivers to use the ferry crossing or the land route through the occupied south of the Kherson and Zaporizhzhia regions. "I have been in the queue for the ferry since six in the morning. People are sleeping in their cars with children," Rustem Seitablaiev, a driver from Kerch, told our correspondent by phone on Monday evening.

Within hours of the blast, the occupation's security service went after the usual suspects. On Monday morning, FSB officers searched the homes of five Crimean Tatar men in Bakhchysarai and took three of them away; by Tuesday noon their families had no information on where they were being held. "They come every time something explodes. The men are the same, only the excuse changes," said Lutfiye Abdullaieva of the rights group Qırım Birligi.

A day earlier, on Sunday, a music teacher in Simferopol was detained over a comment on social media in which she wished the bridge "a speedy swim"; a court fined her on Monday for "discrediting" the Russian army.

Overnight into Tuesday, Russia launched eight Kalibr cruise missiles and 28 Shahed drones at the Odesa and Mykolaiv regions, Ukraine's air force said. Five of the missiles and 24 of the drones were shot down. In Odesa, port infrastructure was damaged and a 74-year-old man was injured, the regional governor said. The Kremlin called the bridge attack a "terrorist act" and promised a response, and Russian military bloggers openly linked the night's strikes to it.

Background: The bridge, opened in 2018, is the main supply route for Russian forces in the south of Ukraine. In October last year a truck bomb brought down part of its road section.
Share: Facebook · Telegram · X
Tags: Crimean bridge, Kerch, FSB, Bakhchysarai, human rights
© Qırım Sesi, Kyiv – Istanbul, 2023
"""
DOC = {"id": "lg06", "date": "2023-07-18", "source": "Qırım Sesi (Crimean Tatar news site, English page)",
       "url": "https://qirimsesi.example/en/2023/07/18/kerch-bridge-struck-again", "text": TEXT}

D, MON, SUN = "2023-07-18", "2023-07-17", "2023-07-16"
WAVE = "lg06-5"
EVENTS = [
    E("lg06-1", ADS, MON, H("Kerch", "Crimean bridge near Kerch"), "UA", "RU", fat=N(2), inj=N(1),
      weapons=[W("drone")], claimant="Russian National Anti-Terrorism Committee; SBU source",
      evidence="Two blasts hit the road section of the bridge at about 03:05 on Monday, a few hundred metres from the Crimean shore.",
      note="'at about 03:05 on Monday' (Tuesday page) -> 17 Jul; two uncrewed surface vessels (naval drones) = drone "
           "strike; the bridge named with Kerch, near its Crimean end = precision 2 (UA-43); 'A married couple … were "
           "killed and their 14-year-old daughter was taken to hospital' -> 2 killed, 1 injured (hospitalised); both "
           "sides' versions name UA as attacker; the bridge is a Russian military supply route -> actor2 RU"),
    E("lg06-2", DIS, MON, H("Kerch", "Crimean bridge near Kerch"), None, None, parent="lg06-1",
      evidence="Road traffic across the bridge was halted for the whole of Monday",
      note="the bridge closed to road traffic all of Monday -> infrastructure_disruption, sides null (blind49 kz14-4); "
           "trains running again by the evening does not undo the closure"),
    E("lg06-3", ARR, MON, L("Bakhchysarai"), "RU", None, claimant="Lutfiye Abdullaieva / Qırım Birligi",
      evidence="On Monday morning, FSB officers searched the homes of five Crimean Tatar men in Bakhchysarai and took three of them away",
      note="searches with three men taken away on Monday morning -> arrest by the occupying state (RU), actor2 null "
           "(blind51 call 7); Bakhchysarai in Crimea (UA-43)"),
    E("lg06-4", ARR, SUN, L("Simferopol"), "RU", None,
      evidence="A day earlier, on Sunday, a music teacher in Simferopol was detained over a comment on social media",
      note="'A day earlier, on Sunday' -> 16 Jul (the day before Monday's searches); the court's fine on Monday is a "
           "legal step, not a second event"),
    E(WAVE, MAS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("cruise_missile", "Kalibr", launched=N(8)), W("drone", "Shahed-136", launched=N(28))],
      evidence="Overnight into Tuesday, Russia launched eight Kalibr cruise missiles and 28 Shahed drones at the Odesa and Mykolaiv regions",
      note="'Overnight into Tuesday' = 18 Jul (publication day); a missile-and-drone wave = one country event typed by "
           "the missiles (EVENTS.md), although aimed at two regions"),
    E("lg06-6", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Ukrainian Air Force",
      weapons=[W("cruise_missile", "Kalibr", intercepted=N(5)), W("drone", "Shahed-136", intercepted=N(24))],
      evidence="Five of the missiles and 24 of the drones were shot down.",
      note="the wave's interception: 5 Kalibr, 24 drones (numbers in words and figures)"),
    E("lg06-7", MAS, D, L("Odesa"), "RU", "UA", parent=WAVE, inj=N(1), family=[ADS],
      claimant="governor of the Odesa region",
      evidence="In Odesa, port infrastructure was damaged and a 74-year-old man was injured",
      note="a place hit by the wave, weapon not said -> missile type with the drone type accepted (ANNOTATION rule 4); "
           "1 injured"),
]
# Not events: the October truck bomb 'last year' and the 2018 opening (background without a day); the sagging spans
# (damage of lg06-1); the SBU source's claim (the same event); trains 'moving again by the evening' (part of lg06-2);
# the ferry and land-route advice and the ferry queue (consequences, no separate closure); the families' lack of
# information; the court fine on Monday (legal step); the Kremlin's "terrorist act" and promised response (statement,
# threat) and the bloggers' link (comment). Not gold statements: "a speedy swim" (a quoted social-media comment without a
# named speaker), "discrediting", "terrorist act" (fragments, title-only speakers).
STATEMENTS = [
    S("Rustem Seitablaiev", "UA", "People are sleeping in their cars with children", "driver, Kerch"),
    S("Lutfiye Abdullaieva", "UA", "The men are the same, only the excuse changes", "rights group Qırım Birligi"),
]
MUST_NOT = ["QIRIM SESI", "The Crimean voice — news in Qırımtatar, Ukrainian and English",
            "Qırımtatarca | Українська | English", "Crimea | Human rights | Culture | Diaspora | War",
            "18.07.2023 · 12:05",
            "Our correspondents in occupied Crimea work without bylines for their own safety.",
            "Share: Facebook · Telegram · X", "Tags: Crimean bridge, Kerch, FSB, Bakhchysarai, human rights",
            "© Qırım Sesi, Kyiv – Istanbul, 2023"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
