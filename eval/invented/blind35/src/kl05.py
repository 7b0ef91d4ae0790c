from common import E, L, R, C, N, W, S, gold

TITLE = "Occupiers seize Vasylivka council deputy; plant cut from grid as shells fall around Enerhodar"
TEXT = """SOUTHERN COURIER · English page
Reporting from the south since 2009 | Zaporizhzhia · Melitopol · Berdiansk
Security tip: readers in occupied areas should delete this page from their browser history
Occupiers seize Vasylivka council deputy; plant cut from grid as shells fall around Enerhodar
26.08.2022 · 11:05 · Occupation
Russian troops detained Serhii Tkach, the deputy head of the Vasylivka city council, at his home early on Wednesday and took him to an unknown location, his family told Southern Courier. Neighbours said four armed men in balaclavas arrived in two cars without number plates and searched the house for an hour before leaving with Tkach and his laptop.

"They did not say where they were taking him or why. Since Wednesday nobody answers at the commandant's office," said his wife, Olena Tkach. She said her husband had refused to work for the Russian-installed administration since the town was occupied in late February.

He is at least the ninth local official detained in the Vasylivka district since the spring, according to the regional administration in Zaporizhzhia. Some were released after several days. Others have not been heard from.

One of them, a 47-year-old electrician from Melitopol, was released on Tuesday after 19 days in a makeshift filtration facility. He told Southern Courier he had been pulled out of a car at a checkpoint near Vasylivka on 5 August, held in a garage with eleven other men and questioned about relatives in the Ukrainian army. He asked not to be named.
Tell us what is happening in your town: anonymous form →
In Melitopol, a car belonging to a Russian-appointed deputy head of the city's "administration" exploded on Thursday evening outside his apartment block, the city's exiled mayor said. The official was taken to hospital with leg wounds. Nobody claimed responsibility, and Ukraine's military intelligence declined to comment.

In Enerhodar, the Zaporizhzhia nuclear power plant was disconnected from the Ukrainian grid on Thursday for the first time in its history after fires in nearby ash pits damaged the last working transmission line, the state operator Energoatom said. Two reactors were reconnected later in the day.

Shells hit the area around the plant's training centre and a dormitory in Enerhodar on Wednesday night, and each side blamed the other. Energoatom said Russian forces had fired on the town themselves to discredit Ukraine. "The occupiers have turned the plant into a fortress and now shell the town around it," the company said. Artyom Sheludko, a member of the Russian-installed administration, said the shells came from the Ukrainian side of the reservoir. "Kyiv is shelling the plant to frighten Europe," he said.

Across the river, Russian forces shelled Nikopol overnight with Grad rockets, damaging about 20 houses and a gas pipeline, the district military administration said. No one was injured.

Ukraine's SBU security service said on Thursday it had detained a resident of Zaporizhzhia who had allegedly passed the coordinates of checkpoints and a fuel depot to a Russian handler through a messaging app.

The occupation authorities have started preparing a vote on joining Russia. Posters with the slogan "Together with Russia" appeared on Melitopol's main street this week, and an official said the vote would take place "as soon as security allows".
Materials marked ▲ are based on sources we cannot name for their safety.
Subscribe: Telegram · Viber · WhatsApp channel
© Southern Courier, 2009–2022. Quoting is permitted with an active hyperlink.
"""
DOC = {"id": "kl05", "date": "2022-08-26", "source": "Southern Courier (Ukrainian regional news site, English page)",
       "url": "https://southerncourier.example/en/news/2022/08/26/occupiers-seize-vasylivka-council-deputy", "text": TEXT}

EVENTS = [
    E("kl05-1", "abduction", "2022-08-24", L("Vasylivka"), "RU", "UA",
      note="'detained … at his home early on Wednesday and took him to an unknown location' (24 Aug): forced "
           "disappearance by occupying troops = abduction, not arrest"),
    E("kl05-2", "abduction", "2022-08-05", L("Vasylivka", 2, "checkpoint near Vasylivka"), "RU", "UA",
      note="recalled with its day: 'pulled out of a car at a checkpoint near Vasylivka on 5 August', held 19 days "
           "(filtration); the release on Tuesday is no event"),
    E("kl05-3", "abduction", "2022-03-01", R("UA-23", "Vasylivka district"), "RU", "UA", end="2022-08-26",
      prec="range", agg=True, optional=True,
      note="'at least the ninth local official detained in the Vasylivka district since the spring': a tally without "
           "days, optional aggregate"),
    E("kl05-4", "remote_explosive", "2022-08-25", L("Melitopol"), None, "RU", inj=N(1),
      note="car of a Russian-appointed official 'exploded on Thursday evening' (25 Aug), official hospitalised = 1 "
           "injured; 'Nobody claimed responsibility' → actor1 null; the target is the occupying side"),
    E("kl05-5", "infrastructure_disruption", "2022-08-25", L("Enerhodar"), None, None,
      note="plant 'disconnected from the Ukrainian grid on Thursday' after ash-pit fires damaged the line; no actor "
           "named for the fires; the reconnection is no event"),
    E("kl05-6", "missile_artillery_strike", "2022-08-24", L("Enerhodar"), None, "UA", weapons=[W("artillery")],
      note="'Shells hit the area around the plant's training centre and a dormitory in Enerhodar on Wednesday night, "
           "and each side blamed the other': one event, actor1 null (mutual blame); the plant's town, precision 1"),
    E("kl05-7", "missile_artillery_strike", "2022-08-26", L("Nikopol"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("mlrs", "Grad")],
      note="'shelled Nikopol overnight with Grad rockets' in a Friday article = 26 Aug; 'No one was injured' = 0/0 "
           "(no deaths stated either, read as no casualties)"),
    E("kl05-8", "arrest", "2022-08-25", L("Zaporizhzhia"), "UA", None,
      note="SBU 'said on Thursday it had detained a resident of Zaporizhzhia' (the detention dated by the "
           "statement)"),
]
# Not events: occupation 'in late February' (history), the preparation of a vote and the vote 'as soon as security
# allows' (plan), posters 'this week' (no type), the release after 19 days, the reconnection of two reactors.
STATEMENTS = [
    S("Olena Tkach", "UA", "They did not say where they were taking him or why", "wife of the detained official"),
    S("Energoatom", "UA", "The occupiers have turned the plant into a fortress", "Ukrainian state nuclear operator"),
    S("Artyom Sheludko", "RU", "Kyiv is shelling the plant to frighten Europe",
      "member of the Russian-installed administration"),
]
MUST_NOT = ["SOUTHERN COURIER · English page", "Reporting from the south since 2009 | Zaporizhzhia · Melitopol · Berdiansk",
            "Security tip: readers in occupied areas should delete this page from their browser history",
            "26.08.2022 · 11:05 · Occupation", "Tell us what is happening in your town: anonymous form →",
            "Materials marked ▲ are based on sources we cannot name for their safety.",
            "Subscribe: Telegram · Viber · WhatsApp channel",
            "© Southern Courier, 2009–2022. Quoting is permitted with an active hyperlink."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
