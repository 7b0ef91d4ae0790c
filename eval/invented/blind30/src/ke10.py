from common import E, L, R, C, N, W, S, gold

TITLE = "Morning Briefing: drones over western Ukraine, Polish jets scrambled, 146-for-146 swap"
TEXT = """BALTIC MORNING WIRE
☕ The 6:30 Briefing
Tuesday, 9 September 2025 · 06:30 EEST
Morning Briefing: drones over western Ukraine, Polish jets scrambled, 146-for-146 swap
Good morning. Here is what you need to know today.
1. Night attack. Russia launched 84 drones and two Iskander-M ballistic missiles at Ukraine overnight, the Ukrainian air force said. Air defences downed 61 of the drones; another 15 were "locationally lost". The governor of the Lviv region said nine drones were shot down over the region. In Chernihiv, a drone hit an energy facility, cutting power to about 30,000 consumers, the regional administration said. No casualties were reported.

2. Poland scrambles jets. Polish and allied aircraft were scrambled overnight as Russian drones flew toward western Ukraine, Poland's Operational Command said. Airports in Rzeszow and Lublin were closed for about two hours and reopened at 04:00.

3. Zaporizhzhia. Russian aircraft dropped guided bombs on an industrial site in Zaporizhzhia on Monday evening, injuring three workers, the regional governor said.

4. Kupiansk. Ukraine's General Staff said 12 Russian assaults near Kupiansk had been repelled over the past day. Russia's Defence Ministry claimed on Monday that Ukrainian units in the town were "encircled", which Kyiv denied.

5. Prisoner swap. Ukraine and Russia exchanged 146 prisoners of war each on Monday, at the Belarusian-Ukrainian border, with mediation by the United Arab Emirates. Among those returned were defenders of Mariupol held since 2022.

6. Washington. The US Senate is due to vote on Thursday on a bill that would impose secondary tariffs on buyers of Russian oil. Its passage is uncertain.

7. Markets. Wheat futures rose 2% in Chicago overnight on worries about Black Sea shipping.

8. And finally: Kyiv's Book Arsenal festival opens on Friday after a two-year break, with 300 publishers from 20 countries.

"We are bringing the people home one bus at a time," said Oksana Lytvyn of Ukraine's Coordination Headquarters for the Treatment of Prisoners of War.

That's all for this morning. See you tomorrow at 6:30.
You are receiving this because you subscribed to Baltic Morning Wire. Unsubscribe · Preferences
Baltic Morning Wire, Tallinn / Riga / Vilnius
"""
DOC = {"id": "ke10", "date": "2025-09-09", "source": "Baltic Morning Wire (morning newsletter)",
       "url": "https://balticmorningwire.example/briefing/2025-09-09", "text": TEXT}

D = "2025-09-09"
Y = "2025-09-08"
AF = "Ukrainian Air Force"
EVENTS = [
    E("ke10-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA",
      weapons=[W("drone", launched=N(84)), W("ballistic_missile", "Iskander-M", launched=N(2))], claimant=AF,
      note="overnight wave typed by its heaviest weapon"),
    E("ke10-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", weapons=[W("drone", intercepted=N(61))],
      parent="ke10-1", claimant=AF, note="61 downed; 15 'locationally lost' not counted; no missile interception stated"),
    E("ke10-3", "interception", D, R("UA-46", "Lviv region"), "UA", "RU", weapons=[W("drone", intercepted=N(9))],
      parent="ke10-1", claimant="Lviv region governor", note="regional count: required"),
    E("ke10-4", "air_drone_strike", D, L("Chernihiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      parent="ke10-1", note="energy facility hit; 'No casualties were reported' = 0/0"),
    E("ke10-5", "infrastructure_disruption", D, L("Chernihiv"), "RU", "UA", parent="ke10-1",
      note="'cutting power to about 30,000 consumers'"),
    E("ke10-6", "military_mobilization", D, C("PL", "Poland"), "PL", None,
      note="Polish and allied aircraft 'scrambled overnight': the scramble is an event of the scrambling state, at "
           "country precision (no place)"),
    E("ke10-7", "infrastructure_disruption", D, L("Rzeszow"), None, None, family=["policy_decision"],
      note="airport closed for two hours (airport = its city); no actor named for the closure: sides null"),
    E("ke10-8", "infrastructure_disruption", D, L("Lublin"), None, None, family=["policy_decision"],
      note="airport closed for two hours: sides null"),
    E("ke10-9", "air_drone_strike", Y, L("Zaporizhzhia"), "RU", "UA", inj=N(3), weapons=[W("guided_bomb")],
      note="guided bombs on an industrial site 'on Monday evening' (Tuesday briefing)"),
    E("ke10-10", "armed_clash", Y, L("Kupiansk", 2, "near Kupiansk"), "RU", "UA", end=D, prec="range",
      claimant="Ukrainian General Staff",
      note="12 assaults repelled 'over the past day'; the MoD's 'encircled' claim (denied) is a claim about the same "
           "fighting, not a capture"),
    E("ke10-11", "agreement", Y, C(None, "Belarusian-Ukrainian border"), "UA", "RU",
      note="prisoner exchange 'on Monday' = agreement (brief's convention); at the border, no country: country null "
           "(blind28 kc08); the Senate vote 'due … on Thursday', markets and the festival are not events"),
]
STATEMENTS = [
    S("Oksana Lytvyn", "UA", "We are bringing the people home one bus at a time",
      "Coordination Headquarters for the Treatment of Prisoners of War"),
]
MUST_NOT = ["BALTIC MORNING WIRE", "☕ The 6:30 Briefing", "Tuesday, 9 September 2025 · 06:30 EEST",
            "Good morning. Here is what you need to know today.", "That's all for this morning. See you tomorrow at 6:30.",
            "You are receiving this because you subscribed to Baltic Morning Wire. Unsubscribe · Preferences",
            "Baltic Morning Wire, Tallinn / Riga / Vilnius"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
