from common import E, L, R, C, N, W, S, gold

TITLE = "Interceptors, not speeches: what Kryvyi Rih tells us about Europe's choices"
TEXT = """THE BALTIC STANDARD
Opinion ▸ Columnists ▸ Security
Interceptors, not speeches: what Kryvyi Rih tells us about Europe's choices
While European capitals debate the shape of a peace that is not on the table, Ukraine's cities are running out of the one thing that keeps people alive at night.
Column by Marta Hellqvist
3 March 2025
🎁 Gift this article   🔖 Save   💬 212 comments

On Friday evening a Russian ballistic missile hit a four-storey hotel in the centre of Kryvyi Rih, a city of steelworks and mines in central Ukraine. Four people were killed and 31 were injured, among them volunteers from a humanitarian organisation who had arrived that afternoon. The hotel had no military purpose; it was a place where aid workers and engineers slept. A day later the regional governor said the missile had been an Iskander-M, launched from a range at which Ukraine's patchy air defence had little chance of stopping it.

I have been to Kryvyi Rih twice, and what strikes a visitor is how ordinary the city still tries to be. Trams run. Cafés open. A city this size cannot be evacuated and should not have to be. What it needs is an umbrella, and that umbrella is made of a small number of very expensive systems that Europe produces too slowly and distributes too reluctantly.

The arithmetic is not complicated. Russia now launches between 100 and 200 drones at Ukraine on an ordinary night and, once or twice a week, a salvo of missiles. A single Patriot interceptor costs several million euros. Europe's factories produce a few hundred a year. Ukraine's air force has repeatedly said that it is forced to choose which city to protect on a given night. That choice, made in a command post near Kyiv, is the real frontline of this war, and it is one we in Europe are making for them every time we delay a delivery.

Consider what happened on Saturday night in Poltava. Russian drones struck a five-storey apartment block on the city's eastern side, killing two residents and injuring eleven, the regional administration said. Poltava had been protected by a mobile air-defence group until last month, when the unit was moved to cover the approaches to Kharkiv. Nobody in Poltava blames the soldiers. They blame the fact that there were not enough of them.

History offers cautionary tales. During the Blitz in 1940 and 1941, London's anti-aircraft guns shot down relatively few German bombers, but they forced the Luftwaffe higher and into the night, where its aim was worse. In 1944 and 1945, nobody could stop the V-2 at all. Iron Dome and the Patriot batteries of the 1991 Gulf War showed the opposite: with enough interceptors and a good early-warning network, a country can blunt a missile campaign, if not end it. Ukraine today sits somewhere between these examples, and where exactly it sits depends on decisions made in Berlin, Paris, The Hague and Stockholm more than in Kyiv.

It would be unfair to say Europe has done nothing. Germany has delivered more IRIS-T batteries than it promised a year ago, and the Nordic countries have financed production lines inside Ukraine. But each of these steps was announced with a press conference and delivered months later, and the gap between the announcement and the arrival is measured in funerals.

There is a second argument I hear in Stockholm and Brussels, and it is more dangerous. It goes like this: a ceasefire may be close, so why commit scarce interceptors to a war that might end in weeks? I do not know whether a ceasefire is close. Neither, I suspect, do those who make the argument. But I do know that if there is a ceasefire, it will hold only if Russia believes that breaking it will be costly, and an air defence network that can stop most of what Russia fires is precisely such a cost. Interceptors are not an alternative to diplomacy. They are what makes diplomacy credible.

"We ask for air defence every single day, and every single day someone explains to us why it has to be next quarter," the mayor of Kryvyi Rih, Oleksandr Danylenko, told a visiting delegation of European parliamentarians on Saturday. He is not a diplomat, and he does not have to be.

There is also the matter of who pays. The European Union has spent much of the past year arguing about whether to use the immobilised assets of Russia's central bank to finance Ukraine's defence, and much less time arguing about what that money should buy. An interceptor bought this spring protects a city this summer; a reconstruction fund agreed next year protects nobody in the meantime. The sequence matters, and at present we have it backwards.

I am often told that such arguments are emotional, that defence planning must be about capabilities and timelines rather than about hotels in Kryvyi Rih. But capabilities and timelines are precisely the problem. A Patriot battery in a German depot has a capability and no timeline at all.

What should Europe do? First, buy what exists: every Patriot, SAMP/T and NASAMS battery sitting in a European depot that is not needed to defend a NATO airbase tomorrow should be sent to Ukraine this year, with replacements ordered immediately. Second, pay Ukrainian manufacturers to produce interceptor drones, which cost a few thousand euros and have already proven they can bring down a Shahed. Third, stop attaching conditions to where Ukraine may use what it receives; a missile stopped over Poltava is a missile stopped.

None of this will end the war. It will not return a single occupied village. It will, however, mean that fewer hotels, apartment blocks and hospitals are hit on an ordinary Friday night, and that the next columnist who writes about Kryvyi Rih will be able to write about trams and cafés instead of coffins.

If the European Union's leaders meet next week and agree on another financing package without a single new battery attached to it, they should at least be honest about the choice they have made.

Marta Hellqvist is a former state secretary at Sweden's Ministry of Defence and a senior fellow at the Nordic Security Forum.
The views expressed in this column are the author's own.
Comments are closed on this article after 72 hours. Read our community guidelines.
© The Baltic Standard AB 2025
"""
DOC = {"id": "l04", "date": "2025-03-03", "source": "The Baltic Standard (opinion column)",
       "url": "https://balticstandard.example.se/opinion/2025/03/03/interceptors-not-speeches", "text": TEXT}

EVENTS = [
    E("l04-1", "missile_artillery_strike", "2025-02-28", L("Kryvyi Rih"), "RU", "UA", fat=N(4), inj=N(31),
      weapons=[W("ballistic_missile", "Iskander-M")],
      note="'On Friday evening' in a Monday 3 March column = Friday 28 February; the governor's 'A day later' names "
           "the missile (same event)"),
    E("l04-2", "air_drone_strike", "2025-03-01", L("Poltava"), "RU", "UA", fat=N(2), inj=N(11), weapons=[W("drone")],
      note="'on Saturday night' = Saturday 1 March; the air-defence unit moved 'last month' toward Kharkiv is a vague "
           "redeployment (no event)"),
    E("l04-3", "diplomatic_contact", "2025-03-01", L("Kryvyi Rih"), "UA", None, optional=True,
      note="the mayor 'told a visiting delegation of European parliamentarians on Saturday': a meeting with foreign "
           "legislators, place implied (Kryvyi Rih) rather than stated; optional"),
]
STATEMENTS = [
    S("Oleksandr Danylenko", "UA", "every single day someone explains to us why it has to be next quarter",
      "mayor of Kryvyi Rih"),
]
MUST_NOT = ["THE BALTIC STANDARD", "Opinion ▸ Columnists ▸ Security", "Column by Marta Hellqvist", "3 March 2025",
            "🎁 Gift this article   🔖 Save   💬 212 comments",
            "Marta Hellqvist is a former state secretary at Sweden's Ministry of Defence and a senior fellow at the Nordic Security Forum.",
            "The views expressed in this column are the author's own.",
            "Comments are closed on this article after 72 hours. Read our community guidelines.",
            "© The Baltic Standard AB 2025"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
