from common import E, L, R, C, N, W, S, H, gold, with_evidence, MAS, POL, DIP, PRO

TITLE = "Cabinet sends more money to shell initiative as Ukraine's defence minister visits Prague"
TEXT = """RADIO VLTAVA INTERNATIONAL
Czech public radio · English | Deutsch | Français | Español | Русский
News | Politics | Economy | Culture | Podcasts | Archive
Cabinet sends more money to shell initiative as Ukraine's defence minister visits Prague
Listen · 03:41
Author: Tomáš Kratochvíl
Published: 07/03/2024 16:20
The Czech government on Wednesday approved a further 2.5 billion crowns for the initiative it leads to buy artillery ammunition for Ukraine on markets outside the European Union, the prime minister told a press conference after the cabinet meeting.

The money is the state's own share; most of the shells are being paid for by other countries. Among them is Denmark, whose parliamentary finance committee on Tuesday signed off on a contribution of roughly 1.4 billion Danish kroner, according to the Danish defence ministry.

Ukraine's defence minister, who flew into Prague on Thursday morning, held talks with his Czech counterpart at the defence ministry in Dejvice and thanked the Czechs for what he called an initiative that "changes the mathematics at the front". Neither side would say how many shells have already been bought. According to earlier statements by Czech officials, the first deliveries could reach Ukraine in June.

"For two years we have been told the shells do not exist. It turns out they exist, they just cost money and somebody has to go and find them," said Petra Vondráčková, who follows the defence industry at the Prague Association for International Affairs.

Not everyone in the country agrees. On Sunday afternoon, several thousand people gathered on Wenceslas Square in Prague, waving Czech flags and banners against "financing someone else's war"; police put the crowd at about 4,000 and reported no incidents.

"Our pensions are going up by a few hundred crowns and the government finds billions for Kyiv," said Jiří Hanák, a 61-year-old retired bus driver from Kladno who had come to the rally.

The minister's visit followed a week of heavy strikes. A ballistic missile hit a nine-storey residential building in Kryvyi Rih on 28 February, killing five people, among them two children, regional officials said at the time.

"Every shell that reaches our gunners is a shell that is not fired at a school in Kryvyi Rih," Taras Hnatiuk, a spokesman for the Ukrainian embassy in Prague, told Radio Vltava International.

The opposition has said it would review the initiative if it wins next year's election. The defence committee of the lower house is to discuss the initiative's accounts at a closed session later this month.
Tags: Ukraine, ammunition initiative, Czech government, Denmark
Radio Vltava International © 2024 · Terms of use · Privacy
"""
DOC = {"id": "ls05", "date": "2024-03-07", "source": "Radio Vltava International (Czech public radio, English page)",
       "url": "https://rvi.example/en/news/cabinet-more-money-shell-initiative-2024-03-07", "text": TEXT}

D, SUN, TUE, WED = "2024-03-07", "2024-03-03", "2024-03-05", "2024-03-06"
EVENTS = [
    E("ls05-1", POL, WED, C("CZ", "Czech Republic"), "CZ", "UA", claimant="Czech prime minister",
      note="'The Czech government on Wednesday approved a further 2.5 billion crowns for the initiative … to buy "
           "artillery ammunition for Ukraine' -> an aid decision at the deciding country (precision 4), Wed 6 Mar"),
    E("ls05-2", POL, TUE, C("DK", "Denmark"), "DK", "UA", claimant="Danish defence ministry",
      note="'Denmark, whose parliamentary finance committee on Tuesday signed off on a contribution of roughly 1.4 "
           "billion Danish kroner' (a relative clause) -> a Danish decision, Tue 5 Mar, country precision"),
    E("ls05-3", DIP, D, L("Prague"), "UA", "CZ",
      note="'Ukraine's defence minister, who flew into Prague on Thursday morning, held talks with his Czech "
           "counterpart' -> the visitor holding talks is actor1, at Prague (Dejvice is a Prague district), Thu 7 Mar"),
    E("ls05-4", PRO, SUN, L("Prague"), "CZ", None, claimant="Prague police",
      note="'On Sunday afternoon, several thousand people gathered on Wenceslas Square in Prague … against \"financing "
           "someone else's war\"' -> a peaceful protest about the war (no incidents), Sun 3 Mar, Czech protesters as "
           "actor1; 'about 4,000' is a crowd size, no field"),
    E("ls05-5", MAS, "2024-02-28", L("Kryvyi Rih"), None, "UA", fat=N(5), weapons=[W("ballistic_missile", launched=N(1))],
      claimant="Dnipropetrovsk regional officials",
      note="recap with its own date: 'A ballistic missile hit a nine-storey residential building in Kryvyi Rih on 28 "
           "February, killing five people' -> required on 28 Feb (blind53: a recalled event with a day); agentless "
           "sentence -> actor1 null (blind22 call 1); injured not stated"),
]
# Not events: 'most of the shells are being paid for by other countries' (general), 'Neither side would say how many
# shells have already been bought' (negation), 'the first deliveries could reach Ukraine in June' (forecast), 'For two
# years we have been told …' (history, opinion), the pension rise (not a war event), 'a week of heavy strikes' (vague),
# the opposition 'would review the initiative if it wins' (conditional), the committee 'is to discuss … later this month'
# (plan). Not gold statements: the Ukrainian minister's "changes the mathematics at the front" (title only), the
# banners' "financing someone else's war" (a slogan).
STATEMENTS = [
    S("Petra Vondráčková", None, "they just cost money and somebody has to go and find them",
      "defence industry analyst, Prague Association for International Affairs"),
    S("Jiří Hanák", "CZ", "the government finds billions for Kyiv", "retired bus driver, protester"),
    S("Taras Hnatiuk", "UA", "a shell that is not fired at a school in Kryvyi Rih", "spokesman, Ukrainian embassy in Prague"),
]
MUST_NOT = ["RADIO VLTAVA INTERNATIONAL", "Czech public radio · English | Deutsch | Français | Español | Русский",
            "News | Politics | Economy | Culture | Podcasts | Archive", "Listen · 03:41", "Author: Tomáš Kratochvíl",
            "Published: 07/03/2024 16:20", "Tags: Ukraine, ammunition initiative, Czech government, Denmark",
            "Radio Vltava International © 2024 · Terms of use · Privacy"]
EVIDENCE = {
    "ls05-1": "The Czech government on Wednesday approved a further 2.5 billion crowns for the initiative it leads to buy artillery ammunition for Ukraine",
    "ls05-2": "Denmark, whose parliamentary finance committee on Tuesday signed off on a contribution of roughly 1.4 billion Danish kroner",
    "ls05-3": "Ukraine's defence minister, who flew into Prague on Thursday morning, held talks with his Czech counterpart",
    "ls05-4": "On Sunday afternoon, several thousand people gathered on Wenceslas Square in Prague",
    "ls05-5": "A ballistic missile hit a nine-storey residential building in Kryvyi Rih on 28 February, killing five people",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
