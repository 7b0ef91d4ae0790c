from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, CLA, TER

TITLE = "Donetsk front: what the channels on both sides said on Monday night and Tuesday morning"
TEXT = """KANAL MONITOR
Telegram, read for you · both sides of the front line
Today | Archive | Channels we read | About
Donetsk front: what the channels on both sides said on Monday night and Tuesday morning
04.07.2023, 13:10 · Donetsk front · 6 min read
We read the channels so that you do not have to. Below are the posts of the morning, retold with the names the channels themselves use. Claims by either side are given as claims; what we could check is marked.

The Russian-installed mayor of Donetsk posted at 07:40 that the city's Kievsky district had been shelled overnight with 155-mm artillery. A woman born in 1957 was killed and two men were injured, he wrote. Photos in his post show a burnt-out kiosk and a five-storey building with broken windows.

In Gorlovka (Horlivka to Ukrainians), the occupation administration's channel said that on Monday evening a drone had released an explosive charge over a minibus stop in the Nikitovsky district. Two people were injured, according to the post.

Late on Monday, several Russian channels posted videos of a large fire in Makeyevka (Makiivka). Russian war correspondents wrote that HIMARS rockets had struck a "temporary accommodation point"; Ukrainian channels said an ammunition depot had been hit. Neither side gave casualty figures, and we could not confirm what stood on the site.

The DPR's office in the so-called Joint Centre for Control and Coordination reported that 14 shells had been fired at Yasinovataya on Tuesday morning. A substation was damaged, and some 3,000 residents lost electricity.

Further north, on the southern flank of Bakhmut, the two sides told the same day in two different ways. The war correspondent Yegor Kalinin wrote that Russian units had beaten off an attack by two Ukrainian companies near Kurdyumovka on Monday. "They came at Kurdyumovka in the morning and again at dusk, and both times went back to the canal," Kalinin wrote. The Ukrainian side, for its part, said it had moved forward there. "On Monday our units advanced up to 300 metres south of Bakhmut, near Kurdiumivka, and are holding the new positions," said Ruslan Tymchenko, a spokesman for the Eastern group of forces.

On the other side of the line, the head of the Donetsk Regional Military Administration wrote that Russian forces had shelled Kostiantynivka overnight, wounding a 15-year-old boy.

The Russian Ministry of Defence, in its daily briefing, said air defence had shot down two HIMARS rockets near Dokuchayevsk over the past day.

We do not repost videos that show the dead or the wounded.
Channels quoted: 11 · Posts read this morning: 246
Tip us off: @kanal_monitor_bot
© 2023 Kanal Monitor. Retelling with a link.
"""
DOC = {"id": "ld07", "date": "2023-07-04", "source": "Kanal Monitor (aggregator retelling Telegram posts)",
       "url": "https://kanalmonitor.example/donetsk/2023-07-04-morning", "text": TEXT}

D, MON = "2023-07-04", "2023-07-03"
EVENTS = [
    E("ld07-1", MAS, D, L("Donetsk"), "UA", None, fat=N(1), inj=N(2), weapons=[W("artillery")],
      claimant="Russian-installed mayor of Donetsk",
      note="retold post: 'the city's Kievsky district had been shelled overnight with 155-mm artillery' (posted at "
           "07:40 Tuesday -> the night into 4 July); an occupation-side claim keeps the claimed attacker (UA) with "
           "actor2 null for the occupied city (blind37 call 4, blind44 ku14); 1 killed, 2 injured"),
    E("ld07-2", ADS, MON, L("Horlivka"), "UA", None, inj=N(2), weapons=[W("drone")],
      claimant="occupation administration of Horlivka",
      note="Russian form 'Gorlovka (Horlivka to Ukrainians)'; 'on Monday evening a drone had released an explosive "
           "charge over a minibus stop in the Nikitovsky district' -> 3 July; 2 injured; occupation claim (UA, null)"),
    E("ld07-3", MAS, MON, L("Makiivka"), "UA", None, weapons=[W("mlrs", "HIMARS")],
      note="'Late on Monday … a large fire in Makeyevka (Makiivka)': both sides say it was a Ukrainian HIMARS strike "
           "and disagree only about the target ('temporary accommodation point' vs 'ammunition depot') -> one event, "
           "attacker UA, target side null; 'Neither side gave casualty figures' -> counts absent"),
    E("ld07-4", MAS, D, L("Yasynuvata"), "UA", None, weapons=[W("artillery", launched=N(14))],
      claimant="DPR office in the JCCC",
      note="Russian form 'Yasinovataya'; '14 shells had been fired at Yasinovataya on Tuesday morning' -> launched 14; "
           "casualties not stated"),
    E("ld07-5", DIS, D, L("Yasynuvata"), "UA", None, parent="ld07-4", claimant="DPR office in the JCCC",
      note="'A substation was damaged, and some 3,000 residents lost electricity'"),
    E("ld07-6", CLA, MON, H("Kurdiumivka", "near Kurdiumivka"), "UA", "RU", claimant="Yegor Kalinin",
      note="'Russian units had beaten off an attack by two Ukrainian companies near Kurdyumovka on Monday': a clash "
           "with the attacker UA (blind41 call 4); Russian form Kurdyumovka = Kurdiumivka 703633; near X = precision 2"),
    E("ld07-7", TER, MON, H("Kurdiumivka", "south of Bakhmut, near Kurdiumivka"), "UA", "RU",
      claimant="Ruslan Tymchenko",
      note="'On Monday our units advanced up to 300 metres south of Bakhmut, near Kurdiumivka, and are holding the new "
           "positions': the Ukrainian claim of ground gained is a territory_change of UA on Monday, placed at the "
           "village named (precision 2), kept apart from the Russian version (ld07-6; claims are never averaged)"),
    E("ld07-8", MAS, D, L("Kostiantynivka"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      claimant="head of the Donetsk Regional Military Administration",
      note="'Russian forces had shelled Kostiantynivka overnight, wounding a 15-year-old boy' -> 4 July, 1 injured"),
    E("ld07-9", INT, MON, H("Dokuchaievsk", "near Dokuchaievsk"), "RU", "UA", end=D, prec="range",
      weapons=[W("mlrs", "HIMARS", intercepted=N(2))], claimant="Russian Ministry of Defence",
      note="'air defence had shot down two HIMARS rockets near Dokuchayevsk over the past day' -> past-day range 3–4 "
           "July, near X = precision 2; interception by RU"),
]
# Not events: the photos described in the mayor's post (part of ld07-1), 'we could not confirm what stood on the site',
# the policy of not reposting videos, 'Kalinin wrote … went back to the canal' (the same clash, ld07-6), the counts of
# channels and posts read. Not a gold statement: "temporary accommodation point" (a fragment). Masthead, tagline, menu, date line, the counts line, the bot line and © are furniture.
STATEMENTS = [
    S("Yegor Kalinin", "RU", "both times went back to the canal", "Russian war correspondent"),
    S("Ruslan Tymchenko", "UA", "advanced up to 300 metres south of Bakhmut", "spokesman, Eastern group of forces"),
]
MUST_NOT = ["KANAL MONITOR", "Telegram, read for you · both sides of the front line", "Today | Archive | Channels we read | About",
            "04.07.2023, 13:10 · Donetsk front · 6 min read", "Channels quoted: 11 · Posts read this morning: 246",
            "Tip us off: @kanal_monitor_bot", "© 2023 Kanal Monitor. Retelling with a link."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
