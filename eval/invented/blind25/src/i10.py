from common import E, L, R, C, N, W, S, gold

TITLE = "Allies edge towards lifting limits on long-range strikes, but no decision yet"
TEXT = """THE MERIDIAN REVIEW
World | Europe | Ukraine war | Opinion | Podcasts | Subscribe
UKRAINE WAR · ANALYSIS
Allies edge towards lifting limits on long-range strikes, but no decision yet
In Kyiv, two top diplomats listened to Ukraine's request. In Moscow, the warnings grew louder.
Dana Whitcombe, diplomatic editor
Thu 12 Sep 2024 06.30 BST
🎧 Listen to this story · 7 min
KYIV — The US Secretary of State and the British Foreign Secretary arrived in Kyiv on Wednesday on a joint visit and met Ukraine's president, who pressed them to let his forces fire Western-supplied long-range missiles at airfields deep inside Russia.

The two diplomats announced new aid during the visit: Washington pledged a $717 million package, including funds for energy repairs and demining, and London confirmed £600 million for the year. Neither said whether the restrictions would be lifted.

"We hear the request, and we will take it back to our capitals," the Secretary of State told reporters at a joint news conference. Asked whether a decision could come this week, he said only that "adjustments are possible if the situation changes".

Britain could allow Ukraine to use its Storm Shadow missiles on Russian territory only if Washington agrees, officials in London have said, because the missiles rely on American targeting data. A decision may come after the prime minister's talks at the White House on Friday, but aides cautioned against expecting a public announcement.

Moscow has threatened a response. The Kremlin spokesman said that if Western missiles were used against targets inside Russia, it would mean "the direct participation of NATO countries" in the war and that Russia would "make the appropriate decisions". He denied that Russia had received Iranian ballistic missiles, a claim Western governments have made for weeks.

Ukraine says it has already been allowed to strike across the border in the Kharkiv region since May, and it has used domestically built drones to hit Russian air bases. Would deeper strikes change the course of the war? Analysts are divided. "Restrictions have cost Ukraine time, but lifting them now is not a silver bullet," said Anselm Krug, a fellow at the Vienna-based Centre for Strategic Futures.

Hours after the diplomats left the capital, a Russian ballistic missile struck an industrial site in Dnipro on Wednesday evening, injuring five people, the regional governor said.

Ukraine's presidential adviser Taras Pylypenko said Kyiv would not wait for permission to build its own capabilities. "If our partners cannot decide, our engineers will decide for them," he wrote on X.

More on this story
› Kremlin warns of 'direct participation' as allies mull missile rules
› The long road to Storm Shadow: a timeline
Most viewed
© 2024 The Meridian Review Ltd · Registered in England No. 08917733
"""
DOC = {"id": "i10", "date": "2024-09-12", "source": "The Meridian Review (news and analysis site)",
       "url": "https://meridianreview.example/world/2024/sep/12/ukraine-long-range-strikes-allies-kyiv-visit",
       "text": TEXT}

W1 = "2024-09-11"
EVENTS = [
    E("i10-1", "diplomatic_contact", W1, L("Kyiv"), None, "UA",
      note="US and UK top diplomats met Ukraine's president in Kyiv 'on Wednesday'; a joint visit of two states: "
           "actor1 null (as blind16's group of states)"),
    E("i10-2", "policy_decision", W1, L("Kyiv"), "US", "UA",
      note="$717 million package pledged during the visit (announced in Kyiv); a decision taken"),
    E("i10-3", "policy_decision", W1, L("Kyiv"), "GB", "UA",
      note="London 'confirmed £600 million for the year' during the visit; separate state, separate decision"),
    E("i10-4", "missile_artillery_strike", W1, L("Dnipro"), "RU", "UA", inj=N(5), weapons=[W("ballistic_missile")],
      note="'on Wednesday evening', industrial site, 5 injured. Non-events: 'could allow … only if', 'may come after "
           "… Friday' (plan), 'if Western missiles were used … would mean' (conditional threat), the Kremlin's "
           "denial of Iranian missiles, 'allowed … since May' (permission history), the question"),
]
STATEMENTS = [
    S("US Secretary of State", "US", "We hear the request, and we will take it back to our capitals", "Secretary of State"),
    S("US Secretary of State", "US", "adjustments are possible if the situation changes", "Secretary of State"),
    S("Kremlin spokesman", "RU", "the direct participation of NATO countries", "Kremlin spokesman"),
    S("Kremlin spokesman", "RU", "make the appropriate decisions", "Kremlin spokesman"),
    S("Anselm Krug", None, "Restrictions have cost Ukraine time, but lifting them now is not a silver bullet",
      "fellow, Centre for Strategic Futures"),
    S("Taras Pylypenko", "UA", "If our partners cannot decide, our engineers will decide for them",
      "presidential adviser"),
]
MUST_NOT = ["THE MERIDIAN REVIEW", "World | Europe | Ukraine war | Opinion | Podcasts | Subscribe",
            "UKRAINE WAR · ANALYSIS", "Dana Whitcombe, diplomatic editor", "Thu 12 Sep 2024 06.30 BST",
            "🎧 Listen to this story · 7 min", "More on this story",
            "› Kremlin warns of 'direct participation' as allies mull missile rules",
            "› The long road to Storm Shadow: a timeline", "Most viewed",
            "© 2024 The Meridian Review Ltd · Registered in England No. 08917733"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
