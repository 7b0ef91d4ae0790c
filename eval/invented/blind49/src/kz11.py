from common import E, L, R, C, N, W, S, gold

TITLE = "Rail partisans claim new sabotage near Asipovichy; three detained in Svetlahorsk"
TEXT = """PAHONIA
Independent Belarusian media · Беларуская версія · Русская версія
News | Politics | War | Society | Opinion | Podcasts
The site is blocked in Belarus. Use a VPN or our Telegram bot @pahonia_news_bot
5.03.2022, 12:18
Pahonia news desk
Rail partisans claim new sabotage near Asipovichy; three detained in Svetlahorsk
The group that calls itself the Chyhunka Resistance says its members set fire to relay equipment at a junction near Asipovichy on 3 March, halting trains on a line that Russian units use to move fuel and armour south, towards the Ukrainian border, for several hours. Belarusian Railways has not confirmed any disruption.

"Every hour the echelons stand still is an hour in which they do not kill Ukrainians," the group wrote in a message to Pahonia, attaching photographs of a burnt-out cabinet.

The authorities answer with arrests. On Friday, the Interior Ministry said police had detained three men aged 23 to 30 in Svetlahorsk, in the Homel region, accusing them of damaging signalling equipment "in the interests of a hostile state". They face terrorism charges, which can carry the death penalty. Two days earlier, on Wednesday, a railway dispatcher was detained in Zhlobin on suspicion of passing train schedules to the group, the KGB said on Friday.

"They are being charged as terrorists for burning a box of wires in which nobody was hurt," said Aliaksandr Kasheuski, a lawyer with the Belarusian human rights centre Pravaabaronca, who has advised the families.

The war is now visible from the south of the country. Residents of Mazyr filmed several missiles rising from fields near the town late on Friday. Less than half an hour later, Ukrainian officials reported missile strikes on the military airfield at Ozerne near Zhytomyr.

On Thursday, a column of about sixty Russian military lorries, fuel tankers and rocket launchers drove through Rechytsa towards the border, residents told Pahonia.

Inside the country, dissent has been pushed back underground. Last weekend, as Belarusians voted in a referendum on a new constitution that drops the country's non-nuclear status, hundreds of people came out against the war in Minsk, laying flowers and chanting "No to war"; police detained at least 800 people across the country.

The Belarusian ruler insists that his army will not enter Ukraine.
Pahonia has been declared an "extremist formation" in Belarus. Subscribing to us or sharing our materials is punishable under Belarusian law. Take care.
Support independent journalism: donate to Pahonia
Tags: rail war, KGB, Homel region, arrests, Mazyr
"""
DOC = {"id": "kz11", "date": "2022-03-05", "source": "Pahonia (independent Belarusian outlet in exile, English)",
       "url": "https://pahonia.example/en/news/2022/03/05/rail-partisans-asipovichy-svetlahorsk", "text": TEXT}

D, FRI, THU, WED = "2022-03-05", "2022-03-04", "2022-03-03", "2022-03-02"
EVENTS = [
    E("kz11-1", "looting_destruction", THU, L("Osipovichi", 2, "junction near Asipovichy"), None, None,
      family=["remote_explosive"], claimant="Chyhunka Resistance",
      note="'set fire to relay equipment at a junction near Asipovichy on 3 March' (a Saturday 5 March page; a "
           "Thursday): arson of railway property = looting_destruction; Belarusian partisans against their own "
           "regime and Russia's logistics belong to neither warring state -> sides null; near X = precision 2"),
    E("kz11-2", "infrastructure_disruption", THU, L("Osipovichi", 2, "line near Asipovichy"), None, None,
      parent="kz11-1", optional=True,
      note="'halting trains … for several hours' as the group claims; 'Belarusian Railways has not confirmed' -> "
           "optional (blind41 call 6)"),
    E("kz11-3", "arrest", FRI, L("Svetlogorsk"), "BY", "BY", claimant="Belarusian Interior Ministry",
      note="'On Friday, the Interior Ministry said police had detained three men … in Svetlahorsk': detention known only "
           "by the announcement day (a claim without its own time takes the claim day, blind43 call 4)"),
    E("kz11-4", "arrest", WED, L("Zhlobin"), "BY", "BY", claimant="KGB of Belarus",
      note="'Two days earlier, on Wednesday, a railway dispatcher was detained in Zhlobin' (2 Mar; said Friday): the "
           "detention day wins over the announcement day (blind43 call 4)"),
    E("kz11-5", "missile_artillery_strike", FRI, L("Ozerne"), "RU", "UA", weapons=[W("missile")],
      note="'missile strikes on the military airfield at Ozerne near Zhytomyr' late on Friday, after launches filmed "
           "near Mazyr: the event is at the target (Ozerne, Zhytomyr oblast), the attacker RU though fired from "
           "Belarusian soil; the airfield is at Ozerne = precision 1"),
    E("kz11-6", "military_mobilization", THU, L("Rechytsa"), "RU", None,
      note="'On Thursday, a column of about sixty Russian military lorries, fuel tankers and rocket launchers drove "
           "through Rechytsa towards the border': a Russian troop movement in Belarus"),
    E("kz11-7", "protest", "2022-02-26", L("Minsk"), "BY", "BY", end="2022-02-27", prec="range", family=["arrest"],
      note="'Last weekend' of a Saturday page = 26-27 Feb: anti-war protest in Minsk during the referendum, 'police "
           "detained at least 800 people across the country' -> protest with intervention (arrest accepted, blind41 "
           "call 6); the detentions are its part"),
]
# Not events: 'Belarusian Railways has not confirmed' (negation), 'They face terrorism charges' (procedure), the
# missile launches near Mazyr (the launch site of kz11-5, not a second event), the ruler's 'army will not enter
# Ukraine' (statement, negation), 'dissent has been pushed back underground' (framing), the constitution's dropped
# non-nuclear status (background).
STATEMENTS = [
    S("Chyhunka Resistance", None, "Every hour the echelons stand still is an hour in which they do not kill Ukrainians",
      "Belarusian rail partisan group"),
    S("Aliaksandr Kasheuski", "BY", "burning a box of wires in which nobody was hurt",
      "lawyer, human rights centre Pravaabaronca"),
]
# Not gold: the Interior Ministry's 'in the interests of a hostile state' (fragment), the chant 'No to war', the
# 'extremist formation' label (furniture).
MUST_NOT = ["PAHONIA", "Independent Belarusian media · Беларуская версія · Русская версія",
            "News | Politics | War | Society | Opinion | Podcasts",
            "The site is blocked in Belarus. Use a VPN or our Telegram bot @pahonia_news_bot", "5.03.2022, 12:18",
            "Pahonia news desk",
            'Pahonia has been declared an "extremist formation" in Belarus. Subscribing to us or sharing our materials '
            'is punishable under Belarusian law. Take care.',
            "Support independent journalism: donate to Pahonia", "Tags: rail war, KGB, Homel region, arrests, Mazyr"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
