from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, INT, MOB, POL, DIP, PRO

TITLE = "House backs €1.1bn for Ukraine's air defence after a debate fought over last week's strikes"
TEXT = """THE LOWLANDS LEDGER
Dutch news in English
News | Politics | Economy | Europe | Opinion | Newsletter
Politics › Parliament
House backs €1.1bn for Ukraine's air defence after a debate fought over last week's strikes
By Femke Oudendijk, political correspondent · Thursday 27 November 2025, 19:40
Reading time: 9 minutes
In this article: The vote · The case for · The case against · The minister · Outside
Part of our series: The Netherlands and the war

The vote
The lower house of the Dutch parliament on Thursday adopted a motion that commits the government to spend an extra €1.1 billion on air defence for Ukraine next year, after a debate of almost seven hours in which MPs argued less about money than about the events of the past week. The motion, tabled by three coalition parties and one opposition party, passed by 98 votes to 52. An amendment that would have tied the money to the purchase of Dutch-made radar systems was rejected, as was a second amendment that would have required a new vote in the spring.

The money will be spent through the existing coalition of countries that buys air defence systems and interceptor missiles for Ukraine; the motion does not say which systems. The Netherlands has been among the largest donors of military aid to Ukraine since 2022, including the F-16 fighter jets that it began handing over in 2024.

The case for
Supporters of the motion opened the debate with the war's recent toll. Anouk Verbeek, the foreign affairs spokeswoman of the largest coalition party, read out the numbers of the attack on Ukraine in the night to Tuesday: according to the Ukrainian air force, Russia launched 19 missiles and about 310 drones, and Ukrainian air defence shot down 12 of the missiles and 276 of the drones.

"Twelve of nineteen is not a success. It means seven missiles got through, and in Kyiv alone that meant four funerals," Verbeek said. In Kyiv, a cruise missile struck an office building in the Solomianskyi district that night, killing four people, according to the city authorities.

Verbeek also cited a glide bomb that struck a covered market in Zaporizhzhia last Sunday, killing three people. "They did not die because Ukraine lacks courage. They died because it lacks interceptors," she said.

Several speakers returned to the same images. Daan Hoekstra, a Labour MP, held up a photograph of the maternity ward in Sumy that Russian drones hit on 9 November, injuring five people, among them two newborns' mothers. "Ask yourselves what a radar in Zwolle would have done for these women," he said, in a dig at the amendment's authors.

Several MPs noted that the Netherlands itself had been reminded of the risks this week. On Wednesday, two Dutch F-35 fighter jets stationed in Poland were scrambled after Russian drones approached Polish airspace during an attack on western Ukraine, the Dutch defence ministry said. The jets returned to base without firing. The Polish airspace was not violated, the ministry added.

For the coalition, the debate was also a test of its own unity. Two of the four governing parties had argued in the summer for shifting some of the aid budget to Dutch defence, and the motion's wording, which speaks of "additional" money, was a compromise reached late on Wednesday night after several hours of talks between the parliamentary leaders. Coalition MPs were at pains to stress that the money would not come out of the budget for the Dutch armed forces, a point the opposition disputed throughout the afternoon.

Sanne Kuipers, a Green MP who visited Kharkiv in the summer, described the city at night. "I spent three nights in Kharkiv in August. Every night the hotel shook, and every morning the waiters set the tables as if nothing had happened," she said. She did not vote for the amendment on Dutch radars, which she called "industrial policy in a humanitarian coat".

The case against
The motion's opponents did not dispute the casualties but questioned the strategy. Ruud Bakkenes, the defence spokesman of the largest opposition party, argued that the money would be better spent on the Dutch armed forces, whose own air defence stocks he called "embarrassingly thin". He asked the government to report on how many interceptors the Netherlands itself had left, a question the minister declined to answer in public.

Bakkenes also pointed to Ukraine's strikes on Russian territory. In the early hours of Monday, Ukrainian drones hit the oil terminal in the Russian Black Sea port of Novorossiysk, injuring three workers, according to the Russian regional authorities. "We are not financing a shield. We are financing a war that is moving east, and no one in this house can tell me where it stops," Bakkenes said.

His party's amendment would have made the aid conditional on a new vote in the spring, after the Dutch government's review of its defence spending. Supporters of the motion argued that a delay of several months would leave Ukraine without the interceptors in the worst part of the winter. The amendment failed by 57 votes to 93.

A smaller opposition party argued that the Netherlands should push for talks instead. "If the weapons were enough, the war would have ended two years ago. Nobody here is asking what happens if the Americans stop paying," said Joris Tielemans, its leader in the house. His party voted against the motion.

Debate over the debate
Not all of the afternoon was about Ukraine. At several points the chair had to remind MPs that the motion concerned air defence, not the government's broader migration or budget policies. A procedural dispute over speaking time delayed the vote by about forty minutes. One MP asked for a separate debate on the sanctions against Russian liquefied natural gas, which the chair refused.

The minister
Before the minister spoke, the house heard a short statement from the chair of the defence committee, who reminded members that the committee had received a confidential briefing on Ukraine's air defence needs earlier in the month. Members who attended that briefing were not allowed to quote from it, and several of them said so with visible frustration.

The defence minister, who met the Ukrainian president in Kyiv on Monday and flew back the same evening, told MPs that Ukraine's most urgent need was interceptor missiles for the systems it already has. He said the government would follow the motion and would present the details of the purchases in January. Asked whether the Netherlands would deliver a complete Patriot system, he said that the government "does not exclude anything" but that no decision had been taken.

The minister said the meeting in Kyiv had focused on the winter. "The Ukrainian president gave me a list. It was short, and every item on it was an interceptor," the minister said, according to a transcript of the debate.

Whether the money will arrive in time is another question. Interceptor missiles are scarce, and most of those ordered this year will not be delivered before 2027, according to industry figures cited during the debate. If the United States reduced its own deliveries, European buyers would compete for the same production lines.

"We are voting money for missiles that do not yet exist. That is not a reason to vote against it. It is a reason to vote for it faster," said Mirjam de Graaf, an MP for a small centrist party who supported the motion.

Outside
While the debate went on, about 300 people rallied on the Plein, the square outside the parliament building in The Hague, on Thursday afternoon, waving Ukrainian flags and holding photographs of destroyed buildings. The rally was organised by the Ukrainian community in the Netherlands and was peaceful, the police said.

"My mother lives in Kyiv, on the eighth floor. Every night I call her and ask which corridor she is sleeping in," said Oksana Vermeulen-Shevchuk, one of the organisers, who has lived in Utrecht for 15 years.

Public opinion
Polls suggest that support for military aid to Ukraine remains high in the Netherlands, although it has fallen since 2022. In a survey published this month by a research institute in Amsterdam, 58 per cent of respondents said the Netherlands should continue to supply weapons to Ukraine, compared with 71 per cent two years ago. Support was strongest among older voters and weakest among voters of the opposition party that led the case against the motion. The same survey found that a majority of respondents expect the war to last at least another two years.

What comes next
The government will present the list of purchases in January, and the Senate is not required to vote on the motion. The next debate on Ukraine is scheduled for February, when MPs will discuss the government's long-term security agreement with Kyiv.

Related: How the Netherlands became one of Ukraine's biggest donors · The F-16 handover, explained
Get our Politics briefing every Friday — subscribe
Comments (212)
© 2025 The Lowlands Ledger B.V.
"""
DOC = {"id": "lq07", "date": "2025-11-27", "source": "The Lowlands Ledger (Dutch English-language news site, parliament report)",
       "url": "https://lowlandsledger.example/politics/2025/11/27/house-backs-air-defence-ukraine", "text": TEXT}


def d(n):
    return f"2025-11-{n:02d}"


WAVE = "lq07-2"
EVENTS = [
    E("lq07-1", POL, d(27), C("NL", "Netherlands"), "NL", None, claimant="Dutch House of Representatives",
      note="'The lower house of the Dutch parliament on Thursday adopted a motion that commits the government to spend an "
           "extra €1.1 billion on air defence for Ukraine' (Thursday = publication day): a decision at the deciding "
           "country (blind63 call 6); the rejected amendments are no decisions; the details 'in January' are a plan"),
    E(WAVE, MAS, d(25), C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force (cited by an MP)",
      weapons=[W("missile", launched=N(19)), W("drone", launched=N(310, "about"))],
      note="'the attack on Ukraine in the night to Tuesday: … Russia launched 19 missiles and about 310 drones' (Thursday "
           "27 Nov: the night to Tuesday = 25 Nov): a nationwide wave cited in a speech, at country precision; kind of "
           "missile unsaid -> 'missile'"),
    E("lq07-3", INT, d(25), C("UA", "Ukraine"), "UA", "RU", parent=WAVE,
      weapons=[W("missile", intercepted=N(12)), W("drone", intercepted=N(276))],
      note="'Ukrainian air defence shot down 12 of the missiles and 276 of the drones'; the MP's 'seven missiles got "
           "through' is arithmetic, not another event"),
    E("lq07-4", MAS, d(25), L("Kyiv"), "RU", "UA", parent=WAVE, fat=N(4), weapons=[W("cruise_missile")],
      claimant="Kyiv city authorities",
      note="'In Kyiv, a cruise missile struck an office building in the Solomianskyi district that night, killing four "
           "people': the wave's child in Kyiv (district = the city), 25 Nov"),
    E("lq07-5", ADS, d(23), L("Zaporizhzhia"), "RU", "UA", fat=N(3), weapons=[W("guided_bomb")],
      note="'a glide bomb that struck a covered market in Zaporizhzhia last Sunday, killing three people' (Thursday 27 "
           "Nov: last Sunday = 23 Nov): an incident cited as an argument is still an event"),
    E("lq07-6", ADS, d(9), L("Sumy"), "RU", "UA", inj=N(5), weapons=[W("drone")],
      note="'the maternity ward in Sumy that Russian drones hit on 9 November, injuring five people': recalled with its "
           "own day -> required; 'drones' without a number gives no launched count"),
    E("lq07-7", MOB, d(26), C("PL", "Poland"), "NL", "RU", claimant="Dutch defence ministry",
      note="'On Wednesday, two Dutch F-35 fighter jets stationed in Poland were scrambled after Russian drones approached "
           "Polish airspace' = 26 Nov: a scramble is the scrambling state's mobilization (blind63 call 6), placed in "
           "the country where the jets flew; 'The Polish airspace was not violated' -> no incursion event"),
    E("lq07-8", ADS, d(24), L("Novorossiysk"), "UA", "RU", inj=N(3), weapons=[W("drone")],
      claimant="Russian regional authorities (cited by an MP)",
      note="'In the early hours of Monday, Ukrainian drones hit the oil terminal in the Russian Black Sea port of "
           "Novorossiysk, injuring three workers' = 24 Nov; UA -> RU; Krasnodar krai = RU-KDA"),
    E("lq07-9", DIP, d(24), L("Kyiv"), "NL", "UA", claimant="Dutch defence minister",
      note="'The defence minister, who met the Ukrainian president in Kyiv on Monday and flew back the same evening' "
           "(Thursday 27 Nov -> Monday 24 Nov): a meeting in Kyiv; the visitor is actor1 (NL), both by title only"),
    E("lq07-10", PRO, d(27), L("The Hague"), "NL", None, claimant="Dutch police",
      note="'about 300 people rallied on the Plein, the square outside the parliament building in The Hague, on Thursday "
           "afternoon … was peaceful, the police said': a peaceful protest where the people stood (actor1 the country "
           "of the rally, blind63 ln07-7)"),
]
# Not events: the amendments that were 'rejected' and 'failed by 57 votes to 93' (no decision); Dutch aid 'since 2022'
# and the F-16s handed over 'in 2024' (history); 'seven missiles got through' (arithmetic of lq07-3); the jets that
# 'returned to base without firing' and 'The Polish airspace was not violated' (negations); the Dutch air defence stocks
# and the question the minister 'declined to answer' (no event); 'a war that is moving east' (opinion); the amendment's
# 'new vote in the spring' and 'a delay of several months would leave' (conditional, forecast); Tielemans's 'If the
# weapons were enough' (counterfactual); the chair's reminders and the forty-minute delay (procedure, no war event); the
# minister's plan to present purchases 'in January', 'does not exclude anything', 'no decision had been taken' (plan,
# negation); deliveries 'before 2027' and 'If the United States reduced its own deliveries' (forecast, conditional); the
# Senate and the February debate (plans); the coalition's compromise 'late on Wednesday night' (party talks, no war
# event); Kuipers's nights in Kharkiv 'in August' (habit, no incident); the polls (statistics).
STATEMENTS = [
    S("Anouk Verbeek", "NL", "in Kyiv alone that meant four funerals", "MP, foreign affairs spokeswoman"),
    S("Daan Hoekstra", "NL", "what a radar in Zwolle would have done for these women", "Labour MP"),
    S("Ruud Bakkenes", "NL", "We are financing a war that is moving east", "MP, opposition defence spokesman"),
    S("Joris Tielemans", "NL", "Nobody here is asking what happens if the Americans stop paying",
      "leader of a small opposition party in the house"),
    S("Sanne Kuipers", "NL", "every morning the waiters set the tables as if nothing had happened", "Green MP"),
    S("Mirjam de Graaf", "NL", "It is a reason to vote for it faster", "MP, centrist party"),
    S("Oksana Vermeulen-Shevchuk", "UA", "ask which corridor she is sleeping in", "rally organiser, Ukrainian community"),
]
# Not gold: Verbeek's second quote ("They died because it lacks interceptors", covered by her statement); Bakkenes's
# fragment "embarrassingly thin" (covered); Kuipers's "industrial policy in a humanitarian coat" (covered); the
# motion's word "additional" (fragment); the defence minister (title only): "does not exclude anything" and "The
# Ukrainian president gave me a list …".
MUST_NOT = ["THE LOWLANDS LEDGER", "Dutch news in English",
            "News | Politics | Economy | Europe | Opinion | Newsletter",
            "Politics › Parliament",
            "By Femke Oudendijk, political correspondent · Thursday 27 November 2025, 19:40",
            "Reading time: 9 minutes",
            "In this article: The vote · The case for · The case against · The minister · Outside",
            "Part of our series: The Netherlands and the war",
            "Related: How the Netherlands became one of Ukraine's biggest donors · The F-16 handover, explained",
            "Get our Politics briefing every Friday — subscribe",
            "Comments (212)",
            "© 2025 The Lowlands Ledger B.V."]

EVIDENCE = {
    "lq07-1": "The lower house of the Dutch parliament on Thursday adopted a motion that commits the government to spend an extra €1.1 billion on air defence for Ukraine next year",
    "lq07-2": "according to the Ukrainian air force, Russia launched 19 missiles and about 310 drones",
    "lq07-3": "Ukrainian air defence shot down 12 of the missiles and 276 of the drones",
    "lq07-4": "In Kyiv, a cruise missile struck an office building in the Solomianskyi district that night, killing four people",
    "lq07-5": "Verbeek also cited a glide bomb that struck a covered market in Zaporizhzhia last Sunday, killing three people.",
    "lq07-6": "the maternity ward in Sumy that Russian drones hit on 9 November, injuring five people",
    "lq07-7": "On Wednesday, two Dutch F-35 fighter jets stationed in Poland were scrambled after Russian drones approached Polish airspace during an attack on western Ukraine",
    "lq07-8": "In the early hours of Monday, Ukrainian drones hit the oil terminal in the Russian Black Sea port of Novorossiysk, injuring three workers",
    "lq07-9": "The defence minister, who met the Ukrainian president in Kyiv on Monday and flew back the same evening",
    "lq07-10": "about 300 people rallied on the Plein, the square outside the parliament building in The Hague, on Thursday afternoon",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
