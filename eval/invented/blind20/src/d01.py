from common import E, L, R, C, N, W, S, gold

TITLE = "Russian missiles pound Kyiv and cities across Ukraine two days after Crimea bridge blast"
TEXT = """Skip to main content
MERIDIAN NEWSWIRE
World ▸ Europe ▸ Russia-Ukraine war
Russian missiles pound Kyiv and cities across Ukraine two days after Crimea bridge blast
By Oksana Dale and Peter Marsh
October 10, 2022 4:52 PM GMT+3 · Updated an hour ago
4-minute read
KYIV, Oct 10 (Meridian) - Russia fired 84 cruise missiles and 24 attack drones at cities across Ukraine on Monday, killing at least 14 people and knocking out electricity in several regions, in what Moscow called retaliation for Saturday's explosion on the bridge linking Russia to annexed Crimea.

Ukraine's air force said its units had shot down 43 of the missiles and 13 of the drones, most of them Iranian-made Shahed-136s.

In Kyiv, missiles struck the central Shevchenkivskyi district during the morning rush hour, hitting a crossroads near the main university building and a children's playground in a park. Five people were killed and 51 wounded in the capital, police said.

"People were on their way to work, children were on their way to school. There was nothing military here," said Ihor Savchuk, a spokesman for the Kyiv city military administration, standing beside a burnt-out car.

Advertisement · Scroll to continue

In the western city of Lviv, far from the front line, two missiles hit energy facilities, and about 30% of the city was left without power and hot water by the afternoon, the regional governor said. No casualties were reported there.

Missiles also hit the central city of Dnipro, killing four people and wounding 19, according to the regional administration. One of them landed near a bus stop in the city's Shevchenkivskyi district, next to a row of shops.

In Zaporizhzhya, a missile slammed into a nine-storey apartment block shortly after 9 a.m., killing one man, the city council said.

Power was also cut in parts of the Ternopil, Khmelnytskyi and Zhytomyr regions, and the national grid operator asked consumers to limit electricity use between 5 p.m. and 10 p.m.

Russia's president said the strikes had targeted energy, military and communications facilities and warned that any further "terrorist" attacks on Russian territory would be met with "harsh" responses.

Saturday's explosion on the Kerch Strait bridge, which Moscow blamed on Ukrainian special services, killed three people and brought down two spans of the road section. Kyiv has not claimed responsibility.

In Minsk, Belarus's president said on Monday he had ordered his troops to deploy together with Russian forces in a "regional grouping" near the Ukrainian border, accusing Kyiv of planning an attack on Belarus, an accusation Ukraine called absurd.

Leaders of the Group of Seven will hold an emergency video call on Tuesday, and Germany said it would deliver the first of four IRIS-T air defence systems "in the coming days".

"Air defence is now the number one priority, and we expect our partners to act quickly," said Marta Hrynchuk, an adviser to Ukraine's defence minister.

Reporting by Oksana Dale in Kyiv and Pavel Romanov in Lviv; additional reporting by Meridian bureaus; Editing by Peter Marsh and Alison Grey
Our Standards: The Meridian Editorial Code
Purchase Licensing Rights, opens new tab
"""
DOC = {"id": "d01", "date": "2022-10-10", "source": "Meridian Newswire",
       "url": "https://www.meridian-newswire.example/world/europe/russian-missiles-pound-kyiv-2022-10-10/",
       "text": TEXT}

D = "2022-10-10"
AF = "Ukraine's air force"
EVENTS = [
    E("d01-1", "missile_artillery_strike", D, C("UA", "Ukraine"), "RU", "UA", fat=N(14, "at_least"),
      weapons=[W("cruise_missile", launched=N(84)), W("drone", "Shahed-136", launched=N(24))],
      note="nationwide wave, country precision, typed by the heaviest weapon; 'killing at least 14' carried by the wave; "
           "'most of them Shahed-136' names the model of the drones"),
    E("d01-2", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="d01-1", claimant=AF,
      weapons=[W("cruise_missile", intercepted=N(43)), W("drone", "Shahed-136", intercepted=N(13))],
      note="air force shoot-down of the wave: separate interception at country precision"),
    E("d01-3", "missile_artillery_strike", D, L("Kyiv", 1, "Kyiv (Shevchenkivskyi district)"), "RU", "UA",
      fat=N(5), inj=N(51), weapons=[W("cruise_missile")], parent="d01-1", claimant="Kyiv police",
      note="city district = the city (precision 1); the quote about 'nothing military' is a statement, not an event"),
    E("d01-4", "missile_artillery_strike", D, L("Lviv"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("cruise_missile", launched=N(2))], parent="d01-1",
      note="two missiles on energy facilities; 'No casualties were reported there' = 0/0"),
    E("d01-5", "infrastructure_disruption", D, L("Lviv"), "RU", "UA", parent="d01-1",
      note="about 30% of the city without power and hot water"),
    E("d01-6", "missile_artillery_strike", D, L("Dnipro", 1, "Dnipro (Shevchenkivskyi district)"), "RU", "UA",
      fat=N(4), inj=N(19), weapons=[W("cruise_missile")], parent="d01-1",
      note="Dnipro's own Shevchenkivskyi district (same district name as Kyiv's): the city Dnipro, not Kyiv"),
    E("d01-7", "missile_artillery_strike", D, L("Zaporizhzhia", 1, "Zaporizhzhya"), "RU", "UA", fat=N(1),
      weapons=[W("cruise_missile")], parent="d01-1", note="variant spelling; apartment block, one man killed"),
    E("d01-8", "infrastructure_disruption", D, C("UA", "Ukraine"), "RU", "UA", parent="d01-1",
      note="power cuts in three listed regions plus the grid operator's request to limit use: one country-level "
           "disruption (blind16 call 5)"),
    E("d01-9", "military_mobilization", D, L("Minsk"), "BY", None,
      note="Belarus's president ordered troops to deploy with Russian forces, announced in Minsk on Monday; a "
           "decision carried out, not a plan (armed_group_change would be arguable, not listed)"),
    E("d01-10", "remote_explosive", "2022-10-08", L("Kerch", 2, "Kerch Strait bridge"), None, "RU", fat=N(3),
      note="recalled blast 'Saturday' = 8 October, resolvable day: required; Moscow blamed Ukraine, Kyiv did not claim "
           "it: actor1 null; the bridge near Kerch = precision 2; actor2 RU (the Russian-held crossing)"),
]
STATEMENTS = [
    S("Ihor Savchuk", "UA", "There was nothing military here", "spokesman, Kyiv city military administration"),
    S("Marta Hrynchuk", "UA", "Air defence is now the number one priority", "adviser to Ukraine's defence minister"),
]
MUST_NOT = ["Skip to main content", "MERIDIAN NEWSWIRE", "World ▸ Europe ▸ Russia-Ukraine war",
            "By Oksana Dale and Peter Marsh", "October 10, 2022 4:52 PM GMT+3 · Updated an hour ago", "4-minute read",
            "Advertisement · Scroll to continue",
            "Reporting by Oksana Dale in Kyiv and Pavel Romanov in Lviv; additional reporting by Meridian bureaus; Editing by Peter Marsh and Alison Grey",
            "Our Standards: The Meridian Editorial Code", "Purchase Licensing Rights, opens new tab"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
