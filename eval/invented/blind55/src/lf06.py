from common import E, L, R, C, N, W, S, H, P, gold, MAS, INT, DIS, MOB, DIP, POL

TITLE = "Two killed in Przewodów: first findings point to a Ukrainian air-defence missile, Warsaw says"
TEXT = """DZIENNIK POWIŚLA
English edition
Kraj | Świat | Gospodarka | Opinie | Sport | English
Ta strona używa plików cookie. Korzystając z niej, zgadzasz się na ich użycie. [Akceptuję]
Świat › Wojna w Ukrainie
Two killed in Przewodów: first findings point to a Ukrainian air-defence missile, Warsaw says
Paweł Nowacki, Katarzyna Wróbel
Opublikowano: 16 listopada 2022, 08:10 | Aktualizacja: 16 listopada 2022, 14:45
Two men were killed on Tuesday afternoon when a missile came down in the yard of a grain-drying plant in Przewodów, a village of some 500 people in Hrubieszów county, about six kilometres from the Ukrainian border. It is the first time since the Russian invasion of Ukraine began that people have been killed on Polish soil by a weapon from the war next door.

The explosion, at 15:40, came at the height of the heaviest Russian bombardment of Ukraine's power system so far. Fragments found at the site are consistent with a Soviet-made S-300, a surface-to-air missile used by both armies, according to investigators.

Whose missile it was has not been officially established. On Wednesday the Polish president said there was no sign of an intentional attack on Poland and that it was "highly probable" the missile had been fired by Ukrainian air defence against Russian missiles. Ukraine's president said he had no doubt the missile was not Ukrainian and asked for access to the site for Ukrainian experts. Russia's defence ministry called the first reports "a deliberate provocation" and said none of its strikes on Tuesday had been closer than 35 kilometres to the border.

"I heard a whistle and then a bang like a tractor tyre bursting, only a hundred times louder. The dryer is always full at this time of year, people come with their maize," said Zbigniew Sokołowski, who farms a few hundred metres from the plant.
Reklama
What happened across the border
Ukraine's air force said Russia had launched 96 missiles at the country on Tuesday afternoon, most of them Kh-101 and Kalibr cruise missiles, as well as ten Shahed drones. Air defences shot down 77 of the missiles and all ten drones.

In Kyiv, two five-storey residential buildings in the Pecherskyi district were hit; a woman was killed there. In Lviv, about 80 per cent of the city was left without electricity after the strikes on energy facilities, the mayor said. By the evening Ukrenergo, the national grid operator, had introduced emergency power cuts in most regions, and more than ten million people were without power.

"We charge our phones at work now and do homework with the children by torchlight," said Oksana Pidhirna, a teacher in Lviv.

Moldova, whose grid is linked to Ukraine's, suffered widespread blackouts on Tuesday evening after a key power line was disconnected automatically; its deputy prime minister blamed the Russian strikes.

How Poland and its allies responded
After an emergency meeting of the national security committee late on Tuesday, the government spokesman said the readiness of some combat units, above all those monitoring the airspace, had been raised.

Warsaw considered requesting consultations under Article 4 of the Nato treaty, but by Wednesday officials said this might not be necessary. Nato ambassadors met in Brussels on Wednesday morning at Poland's request.

In Bali, where they were attending the G20 summit, leaders of the G7 and Nato countries held an emergency meeting at dawn on Wednesday, local time. The US president told reporters afterwards that the trajectory made it "unlikely" that the missile had been fired from Russia.

"An S-300 that lands six kilometres inside Poland during a mass Russian raid has a boring explanation more often than a dramatic one. But the raid itself is the cause, whoever pressed the button," said Agnieszka Wolska of the Lublin Institute of Eastern Studies.

In Przewodów on Wednesday, police still cordoned off the road to the dryer. The village school was open as usual.
Czytaj także: Rolnicy z Lubelszczyzny po wybuchu: nikt nie śpi spokojnie
Polub nas na Facebooku i obserwuj na Twitterze
© Dziennik Powiśla sp. z o.o. Wszelkie prawa zastrzeżone.
"""
DOC = {"id": "lf06", "date": "2022-11-16", "source": "Dziennik Powiśla (Polish daily, English edition)",
       "url": "https://dziennikpowisla.example/en/swiat/przewodow-dwie-ofiary-rakieta-2022-11-16", "text": TEXT}

D, TUE = "2022-11-16", "2022-11-15"
WAVE = "lf06-2"
EVENTS = [
    E("lf06-1", MAS, TUE, P("PL-06", "Przewodów, Hrubieszów county"), None, "PL", fat=N(2),
      weapons=[W("missile", "S-300")],
      evidence="Two men were killed on Tuesday afternoon when a missile came down in the yard of a grain-drying plant in Przewodów",
      note="'on Tuesday afternoon … at 15:40' (15 November); two killed; the village has no GeoNames cities500 point -> "
           "Lublin province (PL-06) at precision 2 without a point; whose missile 'has not been officially established' "
           "and three sides give three versions (Poland: 'highly probable' Ukrainian air defence; Kyiv: not Ukrainian; "
           "Moscow: 'provocation') -> actor1 null, the target PL; fragments 'consistent with' an S-300 -> missile, model "
           "S-300; not a child of the Russian wave (its link is what is disputed)"),
    E(WAVE, MAS, TUE, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("missile", launched=N(96)), W("drone", "Shahed-136", launched=N(10))],
      evidence="Ukraine's air force said Russia had launched 96 missiles at the country on Tuesday afternoon",
      note="the nationwide wave, country precision, typed by the missiles; 'most of them' Kh-101 and Kalibr -> no split, "
           "one 'missile' entry with 96 (blind49 call 1); ten Shahed drones"),
    E("lf06-3", INT, TUE, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Ukrainian Air Force",
      weapons=[W("missile", intercepted=N(77)), W("drone", "Shahed-136", intercepted=N(10))],
      evidence="Air defences shot down 77 of the missiles and all ten drones",
      note="'77 of the missiles and all ten drones' -> 77 and 10"),
    E("lf06-4", MAS, TUE, L("Kyiv"), "RU", "UA", parent=WAVE, fat=N(1), weapons=[W("missile")],
      evidence="In Kyiv, two five-storey residential buildings in the Pecherskyi district were hit; a woman was killed there",
      note="two buildings in one district of Kyiv, one sentence: one child event of the wave; 1 killed; the weapon is the "
           "wave's (missiles)"),
    E("lf06-5", MAS, TUE, L("Lviv"), "RU", "UA", parent=WAVE, weapons=[W("missile")],
      evidence="In Lviv, about 80 per cent of the city was left without electricity after the strikes on energy facilities, the mayor said",
      note="'the strikes on energy facilities' in Lviv: a child event of the wave, casualties not given"),
    E("lf06-6", DIS, TUE, L("Lviv"), "RU", "UA", parent="lf06-5",
      evidence="In Lviv, about 80 per cent of the city was left without electricity after the strikes on energy facilities, the mayor said",
      note="'about 80 per cent of the city was left without electricity': the outage, its own event"),
    E("lf06-7", DIS, TUE, C("UA", "Ukraine"), "RU", "UA", parent=WAVE, family=[POL],
      evidence="By the evening Ukrenergo, the national grid operator, had introduced emergency power cuts in most regions",
      note="emergency cuts 'in most regions' on Tuesday evening because of the strikes: a country-wide disruption "
           "(blind50 la10-1), policy accepted"),
    E("lf06-8", DIS, TUE, C("MD", "Moldova"), "RU", "MD",
      evidence="Moldova, whose grid is linked to Ukraine's, suffered widespread blackouts on Tuesday evening after a key power line was disconnected automatically",
      note="blackouts in Moldova on Tuesday evening; the deputy prime minister 'blamed the Russian strikes' -> RU, the "
           "affected state MD; country precision"),
    E("lf06-9", MOB, TUE, C("PL", "Poland"), "PL", None,
      evidence="the readiness of some combat units, above all those monitoring the airspace, had been raised",
      note="raised readiness after the committee's meeting 'late on Tuesday': a military alert of Poland (ANNOTATION "
           "taxonomy: alerts); country precision"),
    E("lf06-10", DIP, D, L("Brussels"), None, None,
      evidence="Nato ambassadors met in Brussels on Wednesday morning at Poland's request",
      note="a multilateral meeting at a named place on Wednesday (16 November): sides null (blind49 kz03-3)"),
    E("lf06-11", DIP, D, R("ID-BA", "Bali"), None, None,
      evidence="In Bali, where they were attending the G20 summit, leaders of the G7 and Nato countries held an emergency meeting at dawn on Wednesday, local time",
      note="the leaders' emergency meeting 'at dawn on Wednesday, local time' (16 November); only the island is named -> "
           "Bali province (ID-BA), precision 3; multilateral, sides null; the G20 summit itself is background"),
]
# Not events: 'the first time since the Russian invasion … began' (record), the investigators' fragments (evidence about
# lf06-1), the three sides' statements about the missile (claims about lf06-1), 'Kyiv asked for access' (a request), the
# Article 4 consultations Warsaw 'considered' and that 'might not be necessary' (negated plan), the US president's
# 'unlikely' (a claim), 'the raid itself is the cause' (analysis), the police cordon and the open school on Wednesday
# (states). Quoted fragments that are not gold statements: "highly probable" (Polish president, title only), "a
# deliberate provocation" (ministry), "unlikely" (US president, title only). Masthead, 'English edition', menu, cookie
# banner, section line, byline, date line, 'Reklama', 'Czytaj także' and its headline, the follow line and the
# copyright line are furniture; the two cross-heads stay as text.
STATEMENTS = [
    S("Zbigniew Sokołowski", "PL", "I heard a whistle and then a bang like a tractor tyre bursting",
      "farmer in Przewodów"),
    S("Oksana Pidhirna", "UA", "do homework with the children by torchlight", "teacher in Lviv"),
    S("Agnieszka Wolska", None, "But the raid itself is the cause, whoever pressed the button",
      "Lublin Institute of Eastern Studies"),
]
MUST_NOT = ["DZIENNIK POWIŚLA", "English edition", "Kraj | Świat | Gospodarka | Opinie | Sport | English",
            "Ta strona używa plików cookie. Korzystając z niej, zgadzasz się na ich użycie. [Akceptuję]",
            "Świat › Wojna w Ukrainie", "Paweł Nowacki, Katarzyna Wróbel",
            "Opublikowano: 16 listopada 2022, 08:10 | Aktualizacja: 16 listopada 2022, 14:45", "Reklama",
            "Czytaj także: Rolnicy z Lubelszczyzny po wybuchu: nikt nie śpi spokojnie",
            "Polub nas na Facebooku i obserwuj na Twitterze",
            "© Dziennik Powiśla sp. z o.o. Wszelkie prawa zastrzeżone."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
