from common import E, L, R, C, N, W, S, gold

TITLE = "Brigade clears infiltrators from Oleksiievo-Druzhkivka as Russia claims Shcherbynivka"
TEXT = """BASTION TV
Ukraine's defence channel · English
☰ Front | Units | Veterans | Video | Live TV
▶ Watch the report · 3:12 · subtitles EN/UA
Brigade clears infiltrators from Oleksiievo-Druzhkivka as Russia claims Shcherbynivka
12.05.2026 · 13:26 · Front
Soldiers of the 14th Separate Assault Brigade "Bereh" have cleared the village of Oleksiievo-Druzhkivka of a Russian group that infiltrated it on Sunday, the brigade said on Tuesday.

About a dozen Russian soldiers slipped into the village, on the southern approach to Druzhkivka, in small groups on motorcycles and hid in the cellars of destroyed houses, brigade spokesman Captain Yevhen Sokur said. Seven were killed and two captured in a two-day operation, according to the brigade. The figures could not be independently verified.

"They come in twos and threes, they wait for darkness and they try to look like they are already holding the village. Our job is to find every cellar," Sokur told Bastion TV.

The brigade said on Monday that it had repelled seven Russian assaults near Shcherbynivka and Ivanopillia over the weekend and had pushed Russian troops out of positions on the southern edge of Raiske.
📺 Bastion TV is on air 24/7 on satellite, cable and the free app · channel 41 on the national multiplex
Russia's defence ministry said on Monday that its forces had "liberated the settlement of Shcherbinovka of the Donetsk People's Republic", using the Russian name of the village.

Sokur denied the claim. "Shcherbynivka is not Russian. Fighting continues on its northern outskirts, and our positions there are holding," he said on Tuesday.

A Russian guided bomb hit a residential area of Druzhkivka on Monday afternoon, injuring four people, the regional military administration said.

Over the past day there were 187 combat clashes along the front line, 41 of them in the Kostiantynivka direction, the General Staff said on Tuesday morning.

Military analysts say that if Russian forces took Kostiantynivka, they would be able to shell Druzhkivka and Kramatorsk with lighter artillery. The brigade says it has enough drones but not enough infantry to rotate troops, and the command plans to send reinforcements from a newly formed battalion, Sokur said, without saying when.
About the author: Taras Melnychuk has been Bastion TV's correspondent in the Donetsk region since 2023; he previously served as a combat medic.
Topics: Donetsk region · Kostiantynivka direction · infiltration · brigades
Bastion TV · a channel of the Defence Media Centre · © 2026 · Quoting allowed with a hyperlink
"""
DOC = {"id": "km07", "date": "2026-05-12", "source": "Bastion TV (Ukrainian defence broadcaster, English site)",
       "url": "https://bastion-tv.example/en/front/2026/05/12/oleksiievo-druzhkivka-cleared", "text": TEXT}

D, M = "2026-05-12", "2026-05-11"
EVENTS = [
    E("km07-1", "armed_clash", "2026-05-10", L("Oleksiievo-Druzhkivka"), "UA", "RU", end=D, prec="range", fat=N(7),
      family=["territory_change"],
      note="Russian group 'infiltrated it on Sunday' (10 May), cleared by the brigade 'in a two-day operation' "
           "reported Tuesday: one clash, range 10-12 May, actor1 the clearing brigade; 7 killed (the brigade's count, "
           "unverified); a clearing is accepted as territory_change"),
    E("km07-2", "armed_clash", "2026-05-09", L("Shcherbynivka", 2, "near Shcherbynivka"), "RU", "UA", end="2026-05-10",
      prec="range", note="'repelled seven Russian assaults near Shcherbynivka and Ivanopillia over the weekend' said "
      "on Monday = Sat 9 - Sun 10 May; one clash per named place, attacker RU (blind28 call 7)"),
    E("km07-3", "armed_clash", "2026-05-09", L("Ivanopillia", 2, "near Ivanopillia"), "RU", "UA", end="2026-05-10",
      prec="range", note="second place of the weekend's repelled assaults"),
    E("km07-4", "armed_clash", "2026-05-09", L("Raiske", 2, "southern edge of Raiske"), "UA", "RU", end="2026-05-10",
      prec="range", family=["territory_change"],
      note="'pushed Russian troops out of positions on the southern edge of Raiske' (weekend, said Monday): a clash at "
           "the edge of the village, territory_change accepted (blind28 call 7)"),
    E("km07-5", "territory_change", M, L("Shcherbynivka"), "RU", "UA", claimant="Russian Defence Ministry",
      note="MoD capture claim 'on Monday' (11 May), 'Shcherbinovka' = Shcherbynivka; dated the day of the claim "
           "(blind16 call 6); denied by the brigade"),
    E("km07-6", "armed_clash", D, L("Shcherbynivka", 2, "northern outskirts of Shcherbynivka"), "RU", "UA",
      note="'Fighting continues on its northern outskirts' said on Tuesday against the capture claim = a clash dated "
           "the statement day (blind28 call 8)"),
    E("km07-7", "air_drone_strike", M, L("Druzhkivka"), "RU", "UA", inj=N(4), weapons=[W("guided_bomb")],
      note="guided bomb on a residential area of Druzhkivka 'on Monday afternoon', 4 injured"),
    E("km07-8", "armed_clash", M, C("UA", "Ukraine"), "RU", "UA", end=D, prec="range", agg=True, optional=True,
      note="General Staff's national count of 187 clashes 'over the past day' (41 in one direction): national clash "
           "totals and sector sub-tallies are optional (blind16 calls 3 and 6)"),
]
# Not events: 'if Russian forces took Kostiantynivka, they would …' (conditional), 'plans to send reinforcements …
# without saying when' (plan), 'not enough infantry' (assessment), the two captured soldiers (part of km07-1, no
# separate arrest), the 'Watch the report' player line.
STATEMENTS = [
    S("Yevhen Sokur", "UA", "Our job is to find every cellar", "brigade spokesman"),
    S("Yevhen Sokur", "UA", "Shcherbynivka is not Russian", "brigade spokesman"),
    S("Russian Defence Ministry", "RU", "liberated the settlement of Shcherbinovka", "Russian Defence Ministry"),
]
MUST_NOT = ["BASTION TV", "Ukraine's defence channel · English", "☰ Front | Units | Veterans | Video | Live TV",
            "▶ Watch the report · 3:12 · subtitles EN/UA", "12.05.2026 · 13:26 · Front",
            "📺 Bastion TV is on air 24/7 on satellite, cable and the free app · channel 41 on the national multiplex",
            "About the author: Taras Melnychuk has been Bastion TV's correspondent in the Donetsk region since 2023; he "
            "previously served as a combat medic.",
            "Topics: Donetsk region · Kostiantynivka direction · infiltration · brigades",
            "Bastion TV · a channel of the Defence Media Centre · © 2026 · Quoting allowed with a hyperlink"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
