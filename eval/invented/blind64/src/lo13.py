from common import E, L, R, C, N, W, S, H, gold, ARR, DIP, POL

TITLE = "Budapest summons Ukrainian ambassador after spy arrests in Transcarpathia"
TEXT = """PANNON FIGYELŐ
English edition
Belföld | Külföld | Gazdaság | Kárpátalja | Vélemény | English
2025. május 28. 11:04 · Frissítve: 14:20
Szerző: Réka Halász
Budapest summons Ukrainian ambassador after spy arrests in Transcarpathia
Relations between Budapest and Kyiv sank to a new low this week after Ukraine's SBU security service said it had uncovered a network working for Hungarian military intelligence in Transcarpathia, the region of western Ukraine that is home to about 100,000 ethnic Hungarians.

The SBU said on Tuesday that its officers had detained two suspects, a former Ukrainian serviceman and a woman, in Berehove on Monday. According to the service, they had collected information on air defence positions in the region and on the mood of the local population in case Hungarian troops ever entered it. The SBU published video of the arrests and of what it said was a list of questions from their handlers.

Hungary's foreign ministry answered the same evening. Ukraine's ambassador in Budapest was summoned on Tuesday and told that the accusations were "anti-Hungarian propaganda", the ministry's spokesman said.

The foreign minister, who had spent Monday in Minsk for talks with his Belarusian counterpart and a security conference, said Budapest would respond "in kind" if Kyiv expelled any Hungarian diplomats. Kyiv has not done so.

"People here are frightened in both directions. We are afraid of being called traitors in Kyiv and of being used as an argument in Budapest," said Zoltán Gergely, who chairs a Hungarian cultural association in Berehove.
Hirdetés
On Wednesday, the government decided to send 50 tonnes of food, hygiene products and generators to the Hungarian communities of Transcarpathia, the government spokesman said at his weekly press conference, adding that the aid was "for our own people" and had nothing to do with the dispute.

Hungary has refused since 2022 to let weapons for Ukraine cross its territory, and it has threatened to block the EU's next package of sanctions against Russia unless gas imports from Russia are exempted. EU ambassadors are to discuss the package again on Friday.

"Both capitals are campaigning. Budapest needs an enemy before next year's election, and Kyiv needs to show its partners who the obstacle is," said Balázs Szentesi, a researcher at the Danube Institute for Foreign Affairs. "The spies are almost a side story."

"The government is using the Hungarians of Transcarpathia as a shield and a sword at the same time," said Eszter Fodor, the foreign policy spokeswoman of the opposition.
Kapcsolódó cikkek: Záhony: long queues at the border as lorries wait for new rules
Kövessen minket a Facebookon és a Telegramon!
© Pannon Figyelő Kft. Minden jog fenntartva.
"""
DOC = {"id": "lo13", "date": "2025-05-28", "source": "Pannon Figyelő (Hungarian news site, English edition)",
       "url": "https://pannonfigyelo.example/english/2025/05/28/budapest-summons-ukrainian-ambassador-spy-arrests", "text": TEXT}

D, TUE, MON = "2025-05-28", "2025-05-27", "2025-05-26"
EVENTS = [
    E("lo13-1", ARR, MON, L("Berehove"), "UA", None, claimant="SBU",
      note="'The SBU said on Tuesday that its officers had detained two suspects … in Berehove on Monday': the detention "
           "day wins over the announcement day (26 May); Berehove 712423 of Zakarpattia (UA-21), not the Crimean or Lviv "
           "namesakes; arrest by the Ukrainian state, actor2 null"),
    E("lo13-2", DIP, TUE, L("Budapest"), "HU", "UA",
      note="'Ukraine's ambassador in Budapest was summoned on Tuesday': a summons in the named capital, the summoning "
           "state as actor1 (passive voice; 'answered the same evening')"),
    E("lo13-3", DIP, MON, L("Minsk"), "HU", "BY",
      note="'The foreign minister, who had spent Monday in Minsk for talks with his Belarusian counterpart': a meeting "
           "with a named place told in a relative clause, the visitor as actor1 (26 May)"),
    E("lo13-4", POL, D, C("HU", "Hungary"), "HU", "UA",
      note="'On Wednesday, the government decided to send 50 tonnes of food, hygiene products and generators to the "
           "Hungarian communities of Transcarpathia': a Hungarian aid decision (to Ukrainian soil) at the deciding "
           "country, on the publication day"),
]
# Not events: the network's information gathering and the handlers' questions (background of lo13-1), the SBU's
# video (evidence), Budapest 'would respond in kind if Kyiv expelled' and 'Kyiv has not done so' (conditional,
# negation), the refusal 'since 2022' to let weapons cross (habit), the threat to block the sanctions package 'unless'
# (threat, conditional), EU ambassadors 'to discuss the package again on Friday' (future), the analysts' readings
# (opinion). The masthead, edition line, menu, Hungarian date and author lines, 'Hirdetés', the related-article
# line, the follow line and © are furniture.
# Not gold statements: the ministry spokesman's "anti-Hungarian propaganda", the minister's "in kind" and the government
# spokesman's "for our own people" (title-only speakers, fragments).
STATEMENTS = [
    S("Zoltán Gergely", "UA", "We are afraid of being called traitors in Kyiv",
      "chair of a Hungarian cultural association, Berehove"),
    S("Balázs Szentesi", None, "The spies are almost a side story", "researcher, Danube Institute for Foreign Affairs"),
    S("Eszter Fodor", "HU", "as a shield and a sword at the same time", "opposition foreign policy spokeswoman"),
]
MUST_NOT = ["PANNON FIGYELŐ", "English edition", "Belföld | Külföld | Gazdaság | Kárpátalja | Vélemény | English",
            "2025. május 28. 11:04 · Frissítve: 14:20", "Szerző: Réka Halász", "Hirdetés",
            "Kapcsolódó cikkek: Záhony: long queues at the border as lorries wait for new rules",
            "Kövessen minket a Facebookon és a Telegramon!", "© Pannon Figyelő Kft. Minden jog fenntartva."]

# The span of the page that supports each event (fed by the self-check as the event's claim).
EVIDENCE = {
    'lo13-1': "The SBU said on Tuesday that its officers had detained two suspects, a former Ukrainian serviceman and a woman, in Berehove on Monday.",
    'lo13-2': "Ukraine's ambassador in Budapest was summoned on Tuesday",
    'lo13-3': "The foreign minister, who had spent Monday in Minsk for talks with his Belarusian counterpart",
    'lo13-4': "On Wednesday, the government decided to send 50 tonnes of food, hygiene products and generators to the Hungarian communities of Transcarpathia",
}


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE, EVIDENCE)
