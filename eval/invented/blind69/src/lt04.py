from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, AGR, ABD, DIS

TITLE = "Ukraine: Flash Update No. 9 - Mariupol, Chernihiv and the eastern oblasts"
TEXT = """RELIEF COORDINATION NETWORK
Humanitarian situation reports | Ukraine | Regional refugee response
Ukraine: Flash Update No. 9 - Mariupol, Chernihiv and the eastern oblasts
As of 18 March 2022, 12:00 (Kyiv time)
Reporting period: 15-17 March 2022

HIGHLIGHTS
- Air strike on the Drama Theatre in Mariupol, where civilians had been sheltering for days.
- A partial local ceasefire allowed some private cars to leave Mariupol towards Zaporizhzhia on Thursday.
- Reports of residents of Mariupol being moved through "filtration" points to the Russian Federation.

SITUATION OVERVIEW
Mariupol remains encircled. On the afternoon of 16 March, an air strike hit the Drama Theatre in the city centre, where, according to local authorities, several hundred civilians - many of them women and children - had been sheltering in the basement. The word "CHILDREN" had been painted in large letters on the ground on both sides of the building. The number of casualties could not be established by the reporting date; rescue work is hampered by continuous shelling.

The same day, the last mobile network that still worked in parts of the city went down, cutting off most residents from any contact with relatives outside. Partners estimate that more than 200,000 people remain in the city without electricity, heating or running water.

On 17 March, shelling hit the grounds of a maternity and children's hospital in the Livoberezhnyi district. Four medical staff were injured, the regional health department told partners.

In Chernihiv, at least five civilians were killed on the morning of 17 March when shells landed near a water distribution point where people were queuing, according to the regional military administration. The city has been without a centralized water supply for a week.

In Kramatorsk, Donetsk oblast, a missile struck a residential area on the evening of 16 March, killing two people and injuring six.

HUMANITARIAN ACCESS
Following negotiations, the Russian and Ukrainian sides agreed on a local ceasefire along a route from Mariupol through Berdiansk to Zaporizhzhia for 17 March. It held for parts of the day. An estimated 4,000 private cars left the city; the humanitarian convoy of 12 buses and three trucks of food and medicine that was meant to enter Mariupol was stopped at Berdiansk and did not reach the city.

On 15 March, a column of evacuees' cars was shelled near Vasylivka, on the road into Zaporizhzhia; three people were injured, local authorities said.

"People arrive with nothing but what they wore in the basement. Some have not seen daylight for two weeks," said Ingrid Solberg, the RCN humanitarian coordinator for the south-east, at the registration point in Zaporizhzhia.

PROTECTION
RCN partners have received consistent accounts that on 15 and 16 March residents of Mariupol's Livoberezhnyi district and of Manhush were taken by Russian forces to Bezimenne, where they were questioned, photographed and fingerprinted in what is described as "filtration", and that around 400 of them were then transported into the Russian Federation. RCN has not been able to verify these accounts or the people's whereabouts. "They took our phones and read every message. My sister was put on a bus to Taganrog and we have had no call since," a woman from Manhush, Tetiana Horbenko, told protection monitors in Zaporizhzhia.

RESPONSE
Since 24 February, partners have reached some 890,000 people with food, water and hygiene items in the eastern oblasts. Two more humanitarian convoys are planned to reach Mariupol early next week if safe passage is guaranteed.

For further information, please contact: reports@rcn-relief.example
The boundaries and names shown and the designations used in this report do not imply official endorsement or acceptance.
RCN | Coordinating relief where it is needed most
"""
DOC = {"id": "lt04", "date": "2022-03-18", "source": "Relief Coordination Network (humanitarian agency), flash update",
       "url": "https://rcn-relief.example/ukraine/flash-update-9", "text": TEXT}

D, THU, WED, TUE = "2022-03-18", "2022-03-17", "2022-03-16", "2022-03-15"
EVENTS = [
    E("lt04-1", ADS, WED, L("Mariupol"), "RU", "UA", weapons=[W("aircraft")], claimant="Mariupol local authorities",
      evidence="On the afternoon of 16 March, an air strike hit the Drama Theatre in the city centre",
      note="an air strike -> air_drone_strike (aircraft); 16 Mar; 'The number of casualties could not be established' -> "
           "absent (ANNOTATION 7); the attacker is not named but the city is encircled by Russian forces -> RU; the "
           "highlight line repeats it"),
    E("lt04-2", DIS, WED, L("Mariupol"), "RU", "UA",
      evidence="The same day, the last mobile network that still worked in parts of the city went down",
      note="'The same day' = 16 Mar: a communications outage caused by the siege -> infrastructure_disruption; the "
           "'without electricity, heating or running water' estimate is a standing state (no event)"),
    E("lt04-3", MAS, THU, L("Mariupol"), "RU", "UA", inj=N(4), weapons=[W("artillery")],
      claimant="Donetsk regional health department",
      evidence="On 17 March, shelling hit the grounds of a maternity and children's hospital in the Livoberezhnyi district",
      note="shelling -> artillery; the Livoberezhnyi district = the city; 17 Mar, 4 w; a second site of the city on "
           "another day -> its own event"),
    E("lt04-4", MAS, THU, L("Chernihiv"), "RU", "UA", fat=N(5, "at_least"), weapons=[W("artillery")],
      claimant="Chernihiv regional military administration",
      evidence="In Chernihiv, at least five civilians were killed on the morning of 17 March when shells landed near a water distribution point",
      note="shells -> artillery; at_least 5; the water supply cut 'for a week' is a state with no start day (no event)"),
    E("lt04-5", MAS, WED, L("Kramatorsk"), "RU", "UA", fat=N(2), inj=N(6), weapons=[W("missile")],
      evidence="In Kramatorsk, Donetsk oblast, a missile struck a residential area on the evening of 16 March, killing two people and injuring six.",
      note="'a missile' -> missile (kind unsaid); 16 Mar, 2 k 6 w"),
    E("lt04-6", AGR, THU, H("Mariupol", "route from Mariupol to Zaporizhzhia"), "RU", "UA",
      evidence="the Russian and Ukrainian sides agreed on a local ceasefire along a route from Mariupol through Berdiansk to Zaporizhzhia for 17 March",
      note="a local ceasefire for a corridor -> agreement placed at the corridor's town, precision 2 (blind61 call 2), "
           "first-named party RU as actor1; dated by the day it held (17 Mar); the cars leaving and the stopped convoy "
           "are no taxonomy events"),
    E("lt04-7", MAS, TUE, H("Vasylivka", "near Vasylivka"), "RU", "UA", inj=N(3), weapons=[W("artillery")],
      claimant="Zaporizhzhia local authorities",
      evidence="On 15 March, a column of evacuees' cars was shelled near Vasylivka, on the road into Zaporizhzhia",
      note="shelled -> artillery; 'near X' -> precision 2 (Vasylivka 686729 in Zaporizhzhia oblast, not the Odesa or "
           "Chernivtsi namesakes); 3 w; attacker not named, the road runs along the Russian-held line -> RU"),
    E("lt04-8", ABD, TUE, L("Bezimenne"), "RU", "UA", end=WED, prec="range", agg=True,
      evidence="on 15 and 16 March residents of Mariupol's Livoberezhnyi district and of Manhush were taken by Russian forces to Bezimenne",
      note="'filtration' and transfer of civilians into Russia -> abduction (deportation) RU -> UA; two named days -> "
           "range 15-16 Mar; placed where the filtration happened (Bezimenne); 'around 400' are those transported on, "
           "not a casualty count (no field); unverified but reported with days -> required"),
]
# Not events: the 'CHILDREN' sign (description), 'more than 200,000 people remain' (estimate), the encirclement (a state),
# 'An estimated 4,000 private cars left' and the convoy 'stopped at Berdiansk' (evacuation movements, no taxonomy
# event), the sister 'put on a bus to Taganrog' (part of lt04-8), the response figures 'Since 24 February' (cumulative),
# two convoys 'planned … if safe passage is guaranteed' (plan, conditional). Not gold statements: "filtration" and
# "CHILDREN" (fragments). Masthead, menu line, the as-of and reporting-period lines, contact line, boundary disclaimer
# and slogan are furniture; the section headings and highlights stay as text.
STATEMENTS = [
    S("Ingrid Solberg", None, "Some have not seen daylight for two weeks", "RCN humanitarian coordinator"),
    S("Tetiana Horbenko", "UA", "They took our phones and read every message", "resident of Manhush"),
]
MUST_NOT = ["RELIEF COORDINATION NETWORK", "Humanitarian situation reports | Ukraine | Regional refugee response",
            "As of 18 March 2022, 12:00 (Kyiv time)", "Reporting period: 15-17 March 2022",
            "For further information, please contact: reports@rcn-relief.example",
            "The boundaries and names shown and the designations used in this report do not imply official endorsement or acceptance.",
            "RCN | Coordinating relief where it is needed most"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
