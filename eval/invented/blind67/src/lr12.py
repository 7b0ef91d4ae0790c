from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS, REX

TITLE = "The week in posts, 9–15 February: what the official channels reported"
TEXT = """FEEDWATCH WEEKLY
We read the official channels so you don't have to · issue 212
The week in posts, 9–15 February: what the official channels reported
Sunday, 15 February 2026 · compiled by the Feedwatch team
Every Sunday we collect the week's posts of regional administrations, mayors, emergency services, grid companies and the railway, and retell them in one page, day by day. Links to the original posts are in the web version.

MONDAY, 9 FEBRUARY
The Zaporizhzhia regional administration: in the afternoon a guided bomb came down among private houses in Zaporizhzhia, and four people were injured.
Across the border, the Belgorod governor posted that mortar fire on Shebekino had wounded a man.

TUESDAY, 10 FEBRUARY
Odesa's mayor, at 03:12: "Explosions in the city. Stay in shelters." By morning it was known that drones had hit the port area; a worker of a ship-repair yard was killed.
The Sumy grid company: a drone struck a substation in Konotop, and 18,000 customers were left without electricity until evening.

WEDNESDAY, 11 FEBRUARY
The Kherson regional administration counted fifteen drone attacks on Bilozerka during the day; two residents were injured.

THURSDAY, 12 FEBRUARY
The Air Force's night tally: three Iskander-M missiles and 140 attack drones were launched against Ukraine; air defence brought down 110 drones but none of the missiles.
Over Kyiv's Darnytskyi district a drone was shot down, and its falling pieces hurt three people, the city's military administration said.

FRIDAY, 13 FEBRUARY
The regional de-mining service: a tractor driver was injured when his tractor ran over a mine in a field near Balakliia.

SATURDAY, 14 FEBRUARY
Kharkiv's mayor: a guided aerial bomb struck the Industrialnyi district at noon; six people were injured, one gravely.
"There was a whistle, I dropped flat into the snow, and when I got up there was no garage any more," Mykola Rudenko, a resident of the district, told the district administration's channel.

SUNDAY, 15 FEBRUARY
The railway: at dawn two drones hit the locomotive depot at Lozova station. Two railway workers were injured, and trains through Lozova ran up to 90 minutes late.
The week in numbers, as the president's office summed it up tonight: about 1,100 attack drones, 38 missiles and more than 900 guided aerial bombs were launched at Ukraine over the week.
The General Staff counted 23 Russian assaults in the Kupiansk direction on Saturday alone.

Most-read post of the week: the Odesa mayor's "Explosions in the city" (1.2 million views).
Next week: the grid company expects to lift the schedules in the Sumy region if there are no new strikes.
☕ Feedwatch runs on reader donations · Become a supporter
Web version · Archive · Unsubscribe
"""
DOC = {"id": "lr12", "date": "2026-02-15", "source": "Feedwatch Weekly (digest of official channels' posts)",
       "url": "https://feedwatch.example/weekly/212", "text": TEXT}


def d(day):
    return f"2026-02-{day:02d}"


W0 = "lr12-8"
EVENTS = [
    E("lr12-1", ADS, d(9), L("Zaporizhzhia"), "RU", "UA", inj=N(4), weapons=[W("guided_bomb", launched=N(1))],
      claimant="Zaporizhzhia regional administration",
      evidence="in the afternoon a guided bomb came down among private houses in Zaporizhzhia, and four people were injured.",
      note="under the MONDAY, 9 FEBRUARY heading -> 9 Feb; 4 w"),
    E("lr12-2", MAS, d(9), L("Shebekino"), "UA", "RU", inj=N(1), weapons=[W("artillery")], claimant="Belgorod governor",
      evidence="the Belgorod governor posted that mortar fire on Shebekino had wounded a man.",
      note="reported speech carries the event; a Russian border town shelled -> UA -> RU; 1 w"),
    E("lr12-3", ADS, d(10), L("Odesa"), "RU", "UA", fat=N(1), weapons=[W("drone")], claimant="Odesa mayor",
      evidence="By morning it was known that drones had hit the port area; a worker of a ship-repair yard was killed.",
      note="Tuesday 10 Feb (the mayor's post at 03:12 that night); the quoted alert is no event and no statement (title "
           "only); 1 k"),
    E("lr12-4", ADS, d(10), L("Konotop"), "RU", "UA", weapons=[W("drone")], claimant="Sumy grid company",
      evidence="The Sumy grid company: a drone struck a substation in Konotop",
      note="Tuesday 10 Feb; casualties not stated"),
    E("lr12-5", DIS, d(10), L("Konotop"), "RU", "UA", parent="lr12-4", claimant="Sumy grid company",
      evidence="18,000 customers were left without electricity until evening",
      note="an outage caused by the substation strike, restored the same evening (still an outage)"),
    E("lr12-6", ADS, d(11), L("Bilozerka"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      claimant="Kherson regional administration",
      evidence="The Kherson regional administration counted fifteen drone attacks on Bilozerka during the day; two residents were injured.",
      note="fifteen attacks on one place in one day = one event (blind53 ld05 'eleven times'); attacks are no launched "
           "count; 2 w"),
    E(W0, MAS, d(12), C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(3)), W("drone", launched=N(140))],
      evidence="three Iskander-M missiles and 140 attack drones were launched against Ukraine",
      note="Thursday's night tally -> 12 Feb, the nationwide wave, typed by the missiles"),
    E("lr12-9", INT, d(12), C("UA", "Ukraine"), "UA", "RU", parent=W0, claimant="Ukrainian Air Force",
      weapons=[W("ballistic_missile", "Iskander-M", intercepted=N(0)), W("drone", intercepted=N(110))],
      evidence="air defence brought down 110 drones but none of the missiles.",
      note="the wave's interception; 'none of the missiles' -> exact 0 for the Iskanders"),
    E("lr12-10", ADS, d(12), L("Kyiv"), "RU", "UA", inj=N(3), weapons=[W("drone")], parent=W0,
      claimant="Kyiv city military administration",
      evidence="Over Kyiv's Darnytskyi district a drone was shot down, and its falling pieces hurt three people",
      note="a place hit during the wave -> child; fragments of a downed drone; the Darnytskyi district = the city (UA-30); 3 w"),
    E("lr12-11", REX, d(13), H("Balakliia", "field near Balakliia"), None, "UA", inj=N(1),
      claimant="regional de-mining service",
      evidence="a tractor driver was injured when his tractor ran over a mine in a field near Balakliia.",
      note="a mine -> remote_explosive, actor1 null (who laid it is not said); 'a field near' -> precision 2; 1 w"),
    E("lr12-12", ADS, d(14), L("Kharkiv"), "RU", "UA", inj=N(6), weapons=[W("guided_bomb", launched=N(1))],
      claimant="Kharkiv mayor",
      evidence="Kharkiv's mayor: a guided aerial bomb struck the Industrialnyi district at noon; six people were injured, one gravely.",
      note="Saturday 14 Feb; the Industrialnyi district = the city; 6 w"),
    E("lr12-13", ADS, d(15), L("Lozova"), "RU", "UA", inj=N(2), weapons=[W("drone", launched=N(2))], claimant="railway",
      evidence="The railway: at dawn two drones hit the locomotive depot at Lozova station.",
      note="Sunday 15 Feb (the publication day); two drones -> launched 2; 2 w"),
    E("lr12-14", DIS, d(15), L("Lozova"), "RU", "UA", parent="lr12-13", claimant="railway",
      evidence="trains through Lozova ran up to 90 minutes late",
      note="train delays caused by the depot strike"),
    E("lr12-15", MAS, d(9), C("UA", "Ukraine"), "RU", "UA", end=d(15), prec="week", agg=True, family=[ADS],
      claimant="Ukrainian president's office",
      weapons=[W("drone", launched=N(1100, "about")), W("missile", launched=N(38)),
               W("guided_bomb", launched=N(900, "at_least"))],
      evidence="about 1,100 attack drones, 38 missiles and more than 900 guided aerial bombs were launched at Ukraine over the week.",
      note="a week tally said on the publication Sunday -> required week aggregate 9-15 Feb (blind53 call 3), typed by "
           "the missiles; 'about 1,100' about, '38' exact, 'more than 900' at_least"),
    E("lr12-16", "armed_clash", d(14), H("Kupiansk", "Kupiansk direction"), "RU", "UA", agg=True, optional=True,
      claimant="General Staff",
      evidence="The General Staff counted 23 Russian assaults in the Kupiansk direction on Saturday alone.",
      note="a sector assault count -> optional (blind53 call 3); Saturday 14 Feb; 'X direction' -> precision 2"),
]
# Not events: the mayor's quoted alert 'Explosions in the city. Stay in shelters.' (an alert; title-only speaker, no
# gold statement); the most-read post and its view count; next week's schedules 'if there are no new strikes'
# (conditional future). Masthead, tagline with issue number, date/compiled line, donation line and web/unsubscribe line
# are furniture; the day headings are text.
STATEMENTS = [
    S("Mykola Rudenko", "UA", "I dropped flat into the snow, and when I got up there was no garage any more", "resident of the Industrialnyi district"),
]
# Not gold: the Odesa mayor's "Explosions in the city. Stay in shelters." (title only) and its repeat as a post name.
MUST_NOT = ["FEEDWATCH WEEKLY", "We read the official channels so you don't have to · issue 212",
            "Sunday, 15 February 2026 · compiled by the Feedwatch team",
            "☕ Feedwatch runs on reader donations · Become a supporter", "Web version · Archive · Unsubscribe"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
