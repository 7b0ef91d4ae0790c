from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, CLA, TER

TITLE = "Eastern Front Brief: metres, not miles, south of Orikhiv"
TEXT = """HALDEN INSTITUTE FOR STRATEGIC STUDIES
View this email in your browser
Eastern Front Brief · No. 214 · Wednesday, 30 August 2023
Eastern Front Brief: metres, not miles, south of Orikhiv
Compiled by the Halden Eastern Europe desk: Ingrid Solberg, Taras Mykhailiuk, Per Aasheim
Good morning. This brief covers the war in Ukraine up to 07:00 Kyiv time on Wednesday. Sources are named in each item; where we could not confirm a claim, we say so.

TOP LINE
Twelve weeks into Ukraine's counter-offensive, the southern front is still measured in tree lines rather than towns. Ukrainian assault units crept forward again near Verbove on Tuesday, while Russian troops spent part of Monday night trying to take back what they had lost. Further north the initiative belongs to Russia, which keeps attacking towards Kupiansk. And the night's most consequential news came from far behind the lines, from an air base more than 600 kilometres from Ukrainian territory.

ZAPORIZHZHIA DIRECTION
The spokesman of Ukraine's Tavria group of forces, Colonel Oleh Dmytrenko, said on Tuesday that assault units had advanced 500 metres on the approaches to Verbove, the village east of Robotyne around which Russia built its second line of defence. "Five hundred metres here is a minefield, two trench lines and an anti-tank ditch. Nobody should measure this with a ruler," Dmytrenko told journalists.
According to the same spokesman, Russian paratroopers backed by two tanks counter-attacked north-west of Verbove on Monday night and were pushed back after roughly three hours of fighting.
Orikhiv, the frontline town from which the southern push was launched, was hit twice by Russian glide bombs on Tuesday. A 71-year-old woman was killed in her yard and two men were wounded near the bakery, the governor of the Zaporizhzhia region said.
Behind the Russian line, Tokmak came under fire on Monday night. Russian-installed officials there claimed that Ukrainian missiles had struck a "purely civilian" administrative building and wounded four people; Ukrainian military bloggers described the building as a command post. We cannot verify either version.
Background: in June the first Ukrainian columns with Western armour stalled in the minefields in front of Mala Tokmachka, and it took until the middle of August to reach the first Russian trench system at Robotyne. Since then, progress has been counted in hundreds of metres per week.

SOUTH DONETSK
Ukrainian marines were consolidating their positions in Urozhaine, a village they took on 16 August, and clearing the cellars of its last houses. Russia's defence ministry, meanwhile, said on Tuesday that its troops had beaten back three Ukrainian attacks near Staromaiorske, the neighbouring village just to the west that Ukraine retook in July.

BAKHMUT DIRECTION
In its update on Wednesday morning, the General Staff said that Ukrainian defenders had repelled 12 Russian assaults near Ivanivske, west of Bakhmut, over the past day.
South of the city the picture is more mixed. Russian military bloggers claimed on Tuesday that Ukrainian units had been pushed back from a tree line west of Kurdiumivka; the General Staff did not comment, and we have seen no footage that would confirm it. Ukraine did gain ground near Opytne: footage geolocated on Tuesday shows Ukrainian infantry in a trench about 400 metres east of the village, a position that was Russian a week ago.
"We take a trench, they shell it for two days, then we take the next one. That is the whole method," said a Ukrainian company commander with the call sign Lis, quoted by a regional broadcaster.

KUPIANSK AND LYMAN DIRECTIONS
Here it is Russia that is on the offensive. According to the General Staff, Russian troops attacked Ukrainian positions near Petropavlivka and Novoiehorivka in the Kupiansk direction over the past day, and near Bilohorivka in the Lyman direction. All the attacks were repelled, the General Staff said. No ground attacks were reported near Torske.
"The enemy is throwing in small groups of five or six men, over and over, to find a soft spot," said Serhii Hlushko, a spokesman for Ukraine's Eastern group of forces.

NUMBERS
Combat clashes in the past 24 hours, by direction (General Staff, Wednesday morning): Kupiansk 9 · Lyman 6 · Bakhmut 14 · Avdiivka 4 · Marinka 7 · Zaporizhzhia 5. Total across the front: 45. The Kherson direction reported no clashes.

DEEP STRIKES
Overnight into Wednesday, drones attacked the Kresty military air base on the edge of Pskov, in north-western Russia. The regional governor published a video of a large fire and said no one had been hurt; Russian military bloggers wrote that two Il-76 transport aircraft had been destroyed and two more damaged. Ukraine has not commented.
Russia's defence ministry said that drones had been shot down over the Pskov, Bryansk and Oryol regions overnight, without giving a total.

WHAT WE ARE WATCHING
If Ukrainian units break through at Verbove, the road junctions north of Tokmak would come within reach of Ukrainian tube artillery. Russia is likely to move more reserves from the left bank of the Dnipro to hold the line, as it already did in early August. "The counter-offensive is being fought at the speed of a sapper, and the calendar is not on Kyiv's side," said Ingrid Solberg, who leads the Halden Eastern Europe desk. The autumn rains usually begin in the second half of October.
Forwarded this brief? Subscribe at halden-institute.example/brief
You are receiving this email because you signed up for the Eastern Front Brief.
Unsubscribe · Update your preferences · Privacy
© 2023 Halden Institute for Strategic Studies, Storgata 14, Oslo
"""
DOC = {"id": "lg01", "date": "2023-08-30", "source": "Halden Institute for Strategic Studies (think-tank e-mail newsletter)",
       "url": "https://halden-institute.example/brief/eastern-front-brief-214", "text": TEXT}

D, TUE, MON = "2023-08-30", "2023-08-29", "2023-08-28"
PAST = dict(end=D, prec="range")
GS = "Ukrainian General Staff"
EVENTS = [
    E("lg01-1", TER, TUE, H("Verbove", "approaches to Verbove"), "UA", "RU", claimant="Oleh Dmytrenko",
      evidence="said on Tuesday that assault units had advanced 500 metres on the approaches to Verbove",
      note="'advanced 500 metres on the approaches to Verbove', said on Tuesday (the page of Wednesday 30 Aug) -> a "
           "Ukrainian gain on 29 Aug; 'on the approaches to X' = precision 2 (Verbove 689965, Zaporizhzhia oblast); "
           "the TOP LINE's 'crept forward again near Verbove on Tuesday' is the same advance"),
    E("lg01-2", CLA, MON, H("Verbove", "north-west of Verbove"), "RU", "UA", claimant="Oleh Dmytrenko",
      evidence="Russian paratroopers backed by two tanks counter-attacked north-west of Verbove on Monday night and were pushed back",
      note="'counter-attacked north-west of Verbove on Monday night and were pushed back': a repelled Russian "
           "counter-attack = armed_clash with the attacker RU as actor1; 'on Monday night' = Monday 28 Aug (blind51 "
           "lb17's 'on Tuesday night' = Tuesday); 'north-west of X' = precision 2. 'pushed back' moves no line"),
    E("lg01-3", ADS, TUE, L("Orikhiv"), "RU", "UA", fat=N(1), inj=N(2), weapons=[W("guided_bomb")],
      claimant="governor of the Zaporizhzhia region",
      evidence="Orikhiv, the frontline town from which the southern push was launched, was hit twice by Russian glide bombs on Tuesday",
      note="two glide-bomb hits on Orikhiv on Tuesday told as one event with one toll: a woman of 71 killed, two men "
           "wounded; 'twice' is no launched count of bombs"),
    E("lg01-4", MAS, MON, L("Tokmak"), "UA", None, inj=N(4), weapons=[W("missile")],
      claimant="Russian-installed officials in Tokmak",
      evidence="Russian-installed officials there claimed that Ukrainian missiles had struck a \"purely civilian\" administrative building and wounded four people",
      note="'Tokmak came under fire on Monday night … Ukrainian missiles had struck … wounded four': one event, the "
           "target disputed (civilian building vs command post), so actor2 null as for the occupation side's claims "
           "(blind53 ld07); Monday 28 Aug; 'missiles' without a kind = missile"),
    E("lg01-5", TER, "2023-08-16", L("Urozhaine"), "UA", "RU",
      evidence="Ukrainian marines were consolidating their positions in Urozhaine, a village they took on 16 August",
      note="recalled capture with its own day ('a village they took on 16 August') -> required on 16 Aug (a recalled "
           "event with a resolvable day); the 'consolidating their positions' and clearing of cellars move no line "
           "and are no event of Tuesday"),
    E("lg01-6", CLA, TUE, H("Staromaiorske", "near Staromaiorske"), "UA", "RU", claimant="Russian defence ministry",
      evidence="said on Tuesday that its troops had beaten back three Ukrainian attacks near Staromaiorske",
      note="the MoD's 'beaten back three Ukrainian attacks near Staromaiorske' said on Tuesday -> a clash with the "
           "Ukrainian attacker as actor1, Tuesday 29 Aug, near X = precision 2; 'that Ukraine retook in July' is history "
           "without a day"),
    E("lg01-7", CLA, TUE, H("Ivanivske", "near Ivanivske, west of Bakhmut"), "RU", "UA", claimant=GS, **PAST,
      evidence="Ukrainian defenders had repelled 12 Russian assaults near Ivanivske, west of Bakhmut, over the past day",
      note="'repelled 12 Russian assaults near Ivanivske … over the past day' (Wednesday morning update) -> one clash, "
           "range 29-30 Aug (blind50 la09: one clash per named place); Ivanivske 704285 west of Bakhmut, not the "
           "Luhansk village; the 12 assaults are not 12 events"),
    E("lg01-8", TER, TUE, H("Kurdiumivka", "tree line west of Kurdiumivka"), "RU", "UA", optional=True,
      claimant="Russian military bloggers",
      evidence="Russian military bloggers claimed on Tuesday that Ukrainian units had been pushed back from a tree line west of Kurdiumivka",
      note="milbloggers' unconfirmed claim that the page doubts ('we have seen no footage that would confirm it') -> "
           "optional (blind50 call 3)"),
    E("lg01-9", TER, TUE, H("Opytne (Bakhmut)", "east of Opytne"), "UA", "RU",
      evidence="footage geolocated on Tuesday shows Ukrainian infantry in a trench about 400 metres east of the village",
      note="'Ukraine did gain ground near Opytne: footage geolocated on Tuesday shows …' -> Ukrainian territory_change "
           "dated by the footage (blind50 la04), 'east of X' = precision 2; Opytne 810695 just south of Bakhmut, not the "
           "Opytne near Avdiivka"),
    E("lg01-10", CLA, TUE, H("Petropavlivka", "near Petropavlivka"), "RU", "UA", claimant=GS, **PAST,
      evidence="Russian troops attacked Ukrainian positions near Petropavlivka and Novoiehorivka in the Kupiansk direction over the past day",
      note="'attacked … near Petropavlivka and Novoiehorivka … over the past day … All the attacks were repelled' -> "
           "one clash per named place, range 29-30 Aug; Petropavlivka 697421 east of Kupiansk (Kharkiv oblast)"),
    E("lg01-11", CLA, TUE, H("Novoiehorivka", "near Novoiehorivka"), "RU", "UA", claimant=GS, **PAST,
      evidence="Russian troops attacked Ukrainian positions near Petropavlivka and Novoiehorivka in the Kupiansk direction over the past day",
      note="the second named place of the same sentence: its own clash, range 29-30 Aug; Novoiehorivka 699013 "
           "(Kharkiv oblast)"),
    E("lg01-12", CLA, TUE, H("Bilohorivka", "near Bilohorivka"), "RU", "UA", claimant=GS, **PAST,
      evidence="and near Bilohorivka in the Lyman direction",
      note="'and near Bilohorivka in the Lyman direction' (same past-day sentence) -> a clash, range; Bilohorivka "
           "712588 (Luhansk oblast, UA-09). 'No ground attacks were reported near Torske' is a negation"),
    E("lg01-13", CLA, TUE, C("UA", "Ukraine (whole front)"), "RU", "UA", optional=True, agg=True, claimant=GS, **PAST,
      evidence="Total across the front: 45.",
      note="front-wide clash count of the past 24 hours -> optional country aggregate (blind50 call 5)"),
    E("lg01-14", CLA, TUE, R("UA-63", "Kupiansk direction"), "RU", "UA", optional=True, agg=True, claimant=GS, **PAST,
      evidence="Kupiansk 9", note="sector count (9 clashes) -> optional; the Kupiansk direction lies in Kharkiv oblast"),
    E("lg01-15", CLA, TUE, R("UA-14", "Lyman direction"), "RU", "UA", optional=True, agg=True, claimant=GS, **PAST,
      evidence="Lyman 6", note="sector count -> optional"),
    E("lg01-16", CLA, TUE, R("UA-14", "Bakhmut direction"), "RU", "UA", optional=True, agg=True, claimant=GS, **PAST,
      evidence="Bakhmut 14", note="sector count -> optional"),
    E("lg01-17", CLA, TUE, R("UA-14", "Avdiivka direction"), "RU", "UA", optional=True, agg=True, claimant=GS, **PAST,
      evidence="Avdiivka 4", note="sector count -> optional"),
    E("lg01-18", CLA, TUE, R("UA-14", "Marinka direction"), "RU", "UA", optional=True, agg=True, claimant=GS, **PAST,
      evidence="Marinka 7", note="sector count -> optional"),
    E("lg01-19", CLA, TUE, R("UA-23", "Zaporizhzhia direction"), "RU", "UA", optional=True, agg=True, claimant=GS,
      **PAST, evidence="Zaporizhzhia 5", note="sector count -> optional"),
    E("lg01-20", ADS, D, H("Pskov", "Kresty air base on the edge of Pskov"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Pskov regional governor",
      evidence="Overnight into Wednesday, drones attacked the Kresty military air base on the edge of Pskov, in north-western Russia.",
      note="'Overnight into Wednesday' -> 30 Aug (the publication day); an air base named with the town = precision 2 "
           "(RU-PSK); 'said no one had been hurt' -> 0/0; attacker UA although 'Ukraine has not commented' (the "
           "page's framing of the deep strike); the aircraft losses are bloggers' claims about the same event"),
    E("lg01-21", INT, D, R("RU-PSK", "Pskov region"), "RU", "UA", optional=True, weapons=[W("drone")],
      claimant="Russian defence ministry",
      evidence="drones had been shot down over the Pskov, Bryansk and Oryol regions overnight",
      note="regions listed without counts -> optional interceptions (ANNOTATION rule 3)"),
    E("lg01-22", INT, D, R("RU-BRY", "Bryansk region"), "RU", "UA", optional=True, weapons=[W("drone")],
      claimant="Russian defence ministry",
      evidence="drones had been shot down over the Pskov, Bryansk and Oryol regions overnight",
      note="listed region -> optional"),
    E("lg01-23", INT, D, R("RU-ORL", "Oryol region"), "RU", "UA", optional=True, weapons=[W("drone")],
      claimant="Russian defence ministry",
      evidence="drones had been shot down over the Pskov, Bryansk and Oryol regions overnight",
      note="listed region -> optional"),
    E("lg01-24", ADS, D, C("RU", "Russia"), "UA", "RU", optional=True, weapons=[W("drone")],
      evidence="drones had been shot down over the Pskov, Bryansk and Oryol regions overnight",
      note="the night's drone attack on Russia as a whole, implied by the MoD's regions: optional (blind49 kz09-8)"),
]
# Not events: the TOP LINE (a summary of lg01-1, -2 and -20: 'crept forward again near Verbove on Tuesday', 'trying to
# take back'); the June stall in front of Mala Tokmachka and 'until the middle of August' at Robotyne (background
# without days); 'progress has been counted in hundreds of metres per week' (trend); Ukrainian marines 'consolidating
# their positions in Urozhaine' and clearing cellars (no change of ground; the capture is lg01-5); Staromaiorske
# 'retook in July' (history, month only); Lis's 'We take a trench …' (method, habit); 'No ground attacks were reported
# near Torske' and 'The Kherson direction reported no clashes' (negations); the small-group tactics (habit); the
# Il-76 losses (bloggers' detail of lg01-20); the WHAT WE ARE WATCHING section ('If Ukrainian units break through …
# would', 'is likely to move more reserves', 'as it already did in early August' without a day, autumn rains).
# Not gold statements: "purely civilian" (fragment of the occupation officials' claim, title only).
STATEMENTS = [
    S("Oleh Dmytrenko", "UA", "Nobody should measure this with a ruler", "spokesman, Tavria group of forces"),
    S("Lis", "UA", "That is the whole method", "Ukrainian company commander (call sign)"),
    S("Serhii Hlushko", "UA", "throwing in small groups of five or six men", "spokesman, Eastern group of forces"),
    S("Ingrid Solberg", None, "the calendar is not on Kyiv's side", "head of the Halden Eastern Europe desk"),
]
MUST_NOT = ["HALDEN INSTITUTE FOR STRATEGIC STUDIES", "View this email in your browser",
            "Eastern Front Brief · No. 214 · Wednesday, 30 August 2023",
            "Compiled by the Halden Eastern Europe desk: Ingrid Solberg, Taras Mykhailiuk, Per Aasheim",
            "Forwarded this brief? Subscribe at halden-institute.example/brief",
            "You are receiving this email because you signed up for the Eastern Front Brief.",
            "Unsubscribe · Update your preferences · Privacy",
            "© 2023 Halden Institute for Strategic Studies, Storgata 14, Oslo"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
