from common import E, L, R, C, N, W, S, gold

TITLE = "Derailed tank cars near Unecha, a car bomb in Melitopol and a week of new 'sabotage' arrests"
TEXT = """PEREVAL
Independent Russian media. Published from Riga and Berlin.
RU | EN
Politics | War | Society | Investigations | Opinion | Newsletter
Access Pereval without VPN: t.me/pereval_mirror_bot
Derailed tank cars near Unecha, a car bomb in Melitopol and a week of new 'sabotage' arrests
20 September 2024
By Pereval's news team
THIS MATERIAL (INFORMATION) WAS PRODUCED AND/OR DISTRIBUTED BY A FOREIGN MASS MEDIA OUTLET PERFORMING THE FUNCTIONS OF A FOREIGN AGENT
Eleven tank cars of a freight train carrying fuel left the rails near Unecha in the Bryansk region after an explosion under the track in the night between Wednesday and Thursday, Russian Railways said, citing "interference by unauthorised persons in the operation of rail transport". No one was hurt. Traffic on the line between Unecha and Bryansk was halted for nineteen hours.

Ukraine's military intelligence (HUR) said on Thursday that "resistance fighters" had blown up the track. It did not say whether they were Russian citizens or Ukrainian agents.

The same morning, the FSB reported that it had detained a man in Krasnodar on Wednesday who, it said, had been recruited by Ukrainian intelligence to blow up a gas distribution station. A video released by the agency shows him, his face blurred, reading a confession.

"Every week we see new 'sabotage' cases against teenagers and pensioners recruited through Telegram. Most of them never got anywhere near a rail or a pipe," said Stanislav Belkin, a lawyer with the legal aid group Perimeter, which counts at least 46 criminal cases over railway sabotage since January.

In occupied southern Ukraine, the partisan movement Lisovyk claimed responsibility for the blast that tore apart a car carrying two Russian officers in Melitopol on Tuesday morning. One of them was killed, the other was taken to hospital, the Russian-installed administration confirmed, calling the attack "a terrorist act by the Kyiv regime".

"Every officer who comes to our land should know that the car he gets into may be his last," the movement wrote on its Telegram channel.

In Berdiansk, also under Russian occupation since 2022, the occupation police detained two teenagers on Monday on suspicion of photographing military convoys and sending the pictures to a Ukrainian chatbot, according to the city's exiled Ukrainian administration.

In Moscow, meanwhile, the wives of mobilised men came out again. About thirty women laid carnations at the Tomb of the Unknown Soldier by the Kremlin wall on Saturday and unfolded a banner demanding their husbands be sent home. Police detained four of them and released them after several hours.

"They said a year. It has been two. We are not asking for anything except our husbands back," said Yelena Kovrigina, whose husband was mobilised in the autumn of 2022.

None of the authorities named in this article replied to Pereval's questions.
Support Pereval: one euro a day keeps independent journalism alive
Read more: Who burns relay cabinets and why: the economics of rail sabotage
Pereval is recognised as an "undesirable organisation" in Russia. Sharing our materials from inside Russia may be punishable.
"""
DOC = {"id": "kt07", "date": "2024-09-20", "source": "Pereval (independent Russian outlet in exile, English)",
       "url": "https://pereval.example/en/2024/09/20/unecha-melitopol-sabotage-arrests", "text": TEXT}

D, THU, WED, TUE, MON, SAT = "2024-09-20", "2024-09-19", "2024-09-18", "2024-09-17", "2024-09-16", "2024-09-14"
EVENTS = [
    E("kt07-1", "remote_explosive", THU, L("Unecha", 2, "near Unecha"), "UA", "RU", fat=N(0), inj=N(0),
      family=["looting_destruction"], claimant="HUR (Ukrainian military intelligence); Russian Railways",
      note="explosion under the track derailed eleven tank cars near Unecha 'in the night between Wednesday and "
           "Thursday' (the night ends Thursday 19 Sep); HUR claims 'resistance fighters' blew it up -> actor1 UA (blind38 call "
           "6: a railway blast claimed for the partisans); 'No one was hurt' = 0/0; near X = precision 2"),
    E("kt07-2", "infrastructure_disruption", THU, L("Unecha", 2, "Unecha-Bryansk line"), "UA", "RU",
      parent="kt07-1", note="'Traffic on the line between Unecha and Bryansk was halted for nineteen hours'"),
    E("kt07-3", "arrest", WED, L("Krasnodar"), "RU", None, claimant="FSB",
      note="the FSB 'had detained a man in Krasnodar on Wednesday' (18 Sep; reported 'The same morning' = Thursday): "
           "arrest dated the detention day the text gives"),
    E("kt07-4", "remote_explosive", TUE, L("Melitopol"), "UA", "RU", fat=N(1), inj=N(1),
      claimant="Lisovyk partisan movement",
      note="'the blast that tore apart a car carrying two Russian officers in Melitopol on Tuesday morning' (17 Sep): "
           "claimed by the Ukrainian partisan movement -> UA; one killed, the other hospitalised (= injured)"),
    E("kt07-5", "arrest", MON, L("Berdiansk"), "RU", "UA", family=["abduction"],
      note="occupation police 'detained two teenagers on Monday' (16 Sep) in occupied Berdiansk: arrest (abduction "
           "accepted, blind38 call 6)"),
    E("kt07-6", "protest", SAT, L("Moscow"), "RU", "RU", family=["arrest"],
      note="'About thirty women laid carnations at the Tomb of the Unknown Soldier … on Saturday' (14 Sep) with a "
           "banner, four detained: protest with intervention, the detentions are part of it (blind41 call 6)"),
]
# Not events: the confession video, 'at least 46 criminal cases over railway sabotage since January' (tally), 'under
# Russian occupation since 2022' (history), 'mobilised in the autumn of 2022' (background), 'came out again'
# (habitual), 'None of the authorities … replied', the 'Read more' headline (furniture).
STATEMENTS = [
    S("Stanislav Belkin", "RU", "Most of them never got anywhere near a rail or a pipe", "lawyer, Perimeter legal aid group"),
    S("Lisovyk", "UA", "the car he gets into may be his last", "Ukrainian partisan movement"),
    S("Yelena Kovrigina", "RU", "We are not asking for anything except our husbands back", "wife of a mobilised man"),
]
# Not gold: Russian Railways' 'interference by unauthorised persons …' (institutional formula), HUR's 'resistance
# fighters' and the administration's 'a terrorist act by the Kyiv regime' (fragments).
MUST_NOT = ["PEREVAL", "Independent Russian media. Published from Riga and Berlin.", "RU | EN",
            "Politics | War | Society | Investigations | Opinion | Newsletter",
            "Access Pereval without VPN: t.me/pereval_mirror_bot", "20 September 2024", "By Pereval's news team",
            "THIS MATERIAL (INFORMATION) WAS PRODUCED AND/OR DISTRIBUTED BY A FOREIGN MASS MEDIA OUTLET PERFORMING THE "
            "FUNCTIONS OF A FOREIGN AGENT",
            "Support Pereval: one euro a day keeps independent journalism alive",
            "Read more: Who burns relay cabinets and why: the economics of rail sabotage",
            'Pereval is recognised as an "undesirable organisation" in Russia. Sharing our materials from inside Russia '
            'may be punishable.']


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
