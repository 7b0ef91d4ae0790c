from common import E, L, R, C, N, W, S, H, gold, MAS, DIS, DIP, POL

TITLE = "Fact check: Did Ukraine fire the missile that hit Kramatorsk station? What the serial number does and does not show"
TEXT = """VERIFACT EAST
Independent fact-checking for Eastern Europe
Fact checks | Explainers | Methodology | Corrections | About | Donate
Fact check › War in Ukraine
Fact check: Did Ukraine fire the missile that hit Kramatorsk station? What the serial number does and does not show
12 April 2022 · by the Verifact East team
Reading time: 7 minutes
CLAIM: The Tochka-U missile that killed civilians at Kramatorsk railway station on 8 April was fired by the Ukrainian army, as its serial number shows.

VERDICT: False. The serial number does not show who fired the missile. The available evidence points to a launch from territory held by Russian forces.

What happened
At about 10:30 on Friday, 8 April, a missile with a cluster warhead exploded over the forecourt of Kramatorsk railway station, where about 4,000 people, most of them women, children and elderly people, were waiting for evacuation trains to the west. On Friday evening officials reported 50 dead and 98 wounded. On Monday the Donetsk regional prosecutor's office put the toll at 59 dead, seven of them children, and 109 wounded.

"We had tickets for the eleven o'clock train to Lviv. My granddaughter was holding the bag with our documents, and the doctor says that bag saved her hand," said Liudmyla Sydorenko, 71, who was standing near the ticket hall.

After the strike, Ukrainian Railways stopped sending evacuation trains to Kramatorsk; departures resumed from Sloviansk the following day.

What Moscow said
Russia's defence ministry denied the attack on the same day. It said the missile had been a Tochka-U, a type it says its forces no longer use, and that it had been launched by Ukrainian troops from the direction of Dobropillia, about 45 kilometres south-west of Kramatorsk. The ministry published the missile's serial number, Sh91579, and said missiles from the same batch were in the Ukrainian army's stock.

The same morning, the ministry had also said that its "high-precision sea-based missiles" had destroyed weapons and equipment arriving for Ukrainian forces at the railway stations of Pokrovsk, Sloviansk and Barvinkove. We found no photos, videos or local reports of strikes at any of the three stations on 8 April, and Ukrainian Railways said all three were working normally that day.

Several pro-Russian Telegram channels reported a strike on Kramatorsk station shortly after 10:30, describing it as a hit on "a train with Ukrainian troops". They deleted the posts once reports of civilian deaths appeared. We have archived copies.

The serial number
A serial number identifies a production batch. Tochka-U missiles were built in the Soviet Union until the late 1980s and divided between successor states, so a Soviet batch number cannot tell us which army owned this missile in 2022, let alone who launched it.

"A serial number tells you when and where a missile was made. It does not tell you who launched it forty years later," said Dmytro Yatsenko, Verifact East's open-source researcher.

The direction of flight
The missile's tail section landed in a field north of the station, and photos of the forecourt show the pattern of the submunitions' impacts. Together they indicate a flight path from the south-east, from the direction of territory held by Russian forces, not from Dobropillia in the south-west.

"The tail section lies where the rocket motor separated. Its position and the crater pattern together give you a direction, and that direction points away from Dobropillia," said Pieter van Dam, who lectures on missile systems at the Delta Institute for Security Studies.

Who has the Tochka-U
Both armies had Tochka-U missiles in February 2022. Russian units were filmed with the system in Belarus before the invasion, and reporters have documented its use by Russian forces since. Ukraine has used it as well. Possession alone settles nothing either way.

Russian outlets have pointed to 14 March, when a Tochka-U exploded over central Donetsk and, according to the Russian-backed authorities there, killed 20 people. Ukraine's military denied firing it and said the missile was Russian. We have not investigated that case.

How we checked
We compared 31 photos and nine videos of the forecourt and the field published between 10:40 and 18:00 on 8 April, geolocated each of them, and matched the positions of the tail section and of the submunition craters against satellite images taken on 7 and 9 April. We also asked Russia's defence ministry for the data behind its statement about Dobropillia; it had not answered by the time of publication.

We found no evidence that any Ukrainian missile unit was deployed near Dobropillia that morning, and residents we reached there said they had heard no launch. That does not prove a negative, and we say so: a launch from the south-west cannot be ruled out by what residents did or did not hear. It is the direction of flight that weighs against it.

Context
The day after the strike, on Saturday, 9 April, the British prime minister walked through central Kyiv with Ukraine's president and promised 120 armoured vehicles and anti-ship missiles.

Our verdict stands: the serial number proves nothing about the launcher, and the evidence we could check points to Russian-held territory as the launch area.
Verifact East is a signatory of the European Fact-Checking Charter.
Spotted a claim we should check? Write to tips@verifact-east.example
Share: Facebook · Twitter · Telegram
Related fact checks: No, this video does not show a Ukrainian Grad launcher in Kramatorsk
Content licensed under CC BY-ND 4.0
"""
DOC = {"id": "lf12", "date": "2022-04-12", "source": "Verifact East (fact-checking site)",
       "url": "https://verifact-east.example/fact-checks/kramatorsk-station-tochka-u-serial-number", "text": TEXT}

D, FRI, SAT = "2022-04-12", "2022-04-08", "2022-04-09"
MOD = "Russian Ministry of Defence"
EVENTS = [
    E("lf12-1", MAS, FRI, L("Kramatorsk"), "RU", "UA", fat=N(59), inj=N(109),
      weapons=[W("ballistic_missile", "Tochka-U")],
      evidence="At about 10:30 on Friday, 8 April, a missile with a cluster warhead exploded over the forecourt of Kramatorsk railway station",
      note="8 April at Kramatorsk station; the Friday evening 50/98 is superseded by Monday's '59 dead … and 109 wounded' "
           "(the latest figure wins); Tochka-U = ballistic_missile; Moscow blames Ukraine, but the page weighs the "
           "versions and concludes that the evidence 'points to a launch from territory held by Russian forces' -> the "
           "page's verdict decides actor1 RU (this set's call 3); the deleted Telegram posts and the ministry's "
           "version are claims about this event"),
    E("lf12-2", DIS, FRI, L("Kramatorsk"), "RU", "UA", parent="lf12-1",
      evidence="After the strike, Ukrainian Railways stopped sending evacuation trains to Kramatorsk",
      note="rail service to Kramatorsk stopped after the strike (8 April); its resumption from Sloviansk 'the following "
           "day' is the end of the disruption, not an event"),
    E("lf12-3", MAS, FRI, L("Pokrovsk"), "RU", "UA", optional=True, claimant=MOD, weapons=[W("cruise_missile")],
      evidence="had destroyed weapons and equipment arriving for Ukrainian forces at the railway stations of Pokrovsk, Sloviansk and Barvinkove",
      note="the ministry's claimed strike at Pokrovsk station 'The same morning' (8 April), which the page could not "
           "confirm and the railway contradicts ('working normally') -> optional (blind50: a claim the page doubts); "
           "sea-based missiles = cruise_missile"),
    E("lf12-4", MAS, FRI, L("Sloviansk"), "RU", "UA", optional=True, claimant=MOD, weapons=[W("cruise_missile")],
      evidence="had destroyed weapons and equipment arriving for Ukrainian forces at the railway stations of Pokrovsk, Sloviansk and Barvinkove",
      note="the same doubted claim at Sloviansk station -> optional"),
    E("lf12-5", MAS, FRI, L("Barvinkove"), "RU", "UA", optional=True, claimant=MOD, weapons=[W("cruise_missile")],
      evidence="had destroyed weapons and equipment arriving for Ukrainian forces at the railway stations of Pokrovsk, Sloviansk and Barvinkove",
      note="the same doubted claim at Barvinkove station (Kharkiv oblast) -> optional"),
    E("lf12-6", MAS, "2022-03-14", L("Donetsk"), None, None, fat=N(20), weapons=[W("ballistic_missile", "Tochka-U")],
      claimant="Russian-backed authorities of Donetsk",
      evidence="Russian outlets have pointed to 14 March, when a Tochka-U exploded over central Donetsk and, according to the Russian-backed authorities there, killed 20 people",
      note="a recalled strike with its day (14 March) -> required; the Russian-backed authorities blame Ukraine, "
           "Ukraine's military says the missile was Russian, and the page does not investigate -> mutual blame, sides "
           "null (unlike lf12-1, where the page concludes); 20 killed by the authorities' count"),
    E("lf12-7", DIP, SAT, L("Kyiv"), "GB", "UA",
      evidence="on Saturday, 9 April, the British prime minister walked through central Kyiv with Ukraine's president",
      note="a visit with a named place: the visitor is actor1 (blind51 call 8), 9 April"),
    E("lf12-8", POL, SAT, C("GB", "United Kingdom"), "GB", "UA",
      evidence="promised 120 armoured vehicles and anti-ship missiles",
      note="the aid announced during the visit: a decision of the United Kingdom, placed at the deciding country "
           "(precision 4) although it was announced in Kyiv"),
]
# Not events: the claim and the verdict lines themselves, the 4,000 people waiting (state), the resumption of trains from
# Sloviansk 'the following day' (end of lf12-2), the ministry's denial and serial number (claims about lf12-1), the
# deleted Telegram posts (claims about lf12-1), Soviet production 'until the late 1980s', Russian units 'filmed … in
# Belarus before the invasion' and use 'since' (no days), 'Ukraine has used it as well' (habitual), 'We have not
# investigated that case', the analysts' explanations, the photo comparison and the unanswered request (method), 'no
# evidence that any Ukrainian missile unit was deployed near Dobropillia' and the residents who 'heard no launch'
# (negations). Quoted fragments that are not gold statements: "high-precision
# sea-based missiles" (ministry), "a train with Ukrainian troops" (Telegram channels). Masthead, tagline, menu, section
# line, date/team line, reading time, the charter line, the tips line with its e-mail address, the share line, the
# related fact check and the licence line are furniture; CLAIM, VERDICT and the headings stay as text.
STATEMENTS = [
    S("Liudmyla Sydorenko", "UA", "the doctor says that bag saved her hand", "evacuee at Kramatorsk station"),
    S("Dmytro Yatsenko", None, "It does not tell you who launched it forty years later",
      "open-source researcher, Verifact East"),
    S("Pieter van Dam", None, "that direction points away from Dobropillia",
      "lecturer on missile systems, Delta Institute for Security Studies"),
]
MUST_NOT = ["VERIFACT EAST", "Independent fact-checking for Eastern Europe",
            "Fact checks | Explainers | Methodology | Corrections | About | Donate", "Fact check › War in Ukraine",
            "12 April 2022 · by the Verifact East team", "Reading time: 7 minutes",
            "Verifact East is a signatory of the European Fact-Checking Charter.",
            "Spotted a claim we should check? Write to tips@verifact-east.example",
            "Share: Facebook · Twitter · Telegram",
            "Related fact checks: No, this video does not show a Ukrainian Grad launcher in Kramatorsk",
            "Content licensed under CC BY-ND 4.0"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
