from common import E, L, R, C, N, W, S, gold

TITLE = "Kupyansk and Izyum fall as Russia \"regroups\"; Kharkov plunged into darkness"
TEXT = """THE FREE NEVA — English edition
ПЕРЕЙТИ НА РУССКУЮ ВЕРСИЮ
This outlet has been declared a "foreign agent" by the Russian Ministry of Justice. We disagree.
War | Politics | Society | Economy | Investigations
Kupyansk and Izyum fall as Russia "regroups"; Kharkov plunged into darkness
11 September 2022, 23:40 (Tbilisi)
By our military correspondent
Russia's Defence Ministry announced on Saturday that its troops in the Balakleya and Izyum areas of the Kharkov region would be "regrouped" to the Donetsk direction, the first official admission of a retreat that pro-war bloggers had been describing for three days as a collapse.

By then the retreat was a fact on the ground. Ukrainian troops entered Kupyansk, the railway hub that supplied the whole Russian grouping south of it, on Saturday and raised a flag over the city council building; a video of the soldiers was verified by our team. Izyum, which Russia had taken in April after weeks of fighting, was abandoned the same evening, according to Russian military bloggers, and Ukrainian officials confirmed on Sunday that their units were in the town. Balakleya had already been recaptured on Thursday.

"The front in the Kharkov region no longer exists. There is no one to hold it, and the command is silent," wrote Andrei Maltsev, a pro-war blogger with 400,000 subscribers, on Saturday.

Ukrainian officials said their forces had retaken some 3,000 square kilometres since the start of the month. The figure could not be verified. Russia's Defence Ministry said on Sunday that its aircraft, missile troops and artillery had struck Ukrainian units in the Kharkov region over the past day, without naming places. It gave a figure of more than 4,000 Ukrainian servicemen killed since Tuesday that no one else has confirmed.
Daily chart ▸ How far the front moved in one week
On Sunday evening, Russian missiles struck the TPP-5 thermal power plant on the outskirts of Kharkov, setting it on fire, the city's mayor said. Within minutes, the Kharkov and Donetsk regions lost power completely, and the Poltava, Sumy and Dnipropetrovsk regions partly, Ukrainian officials said. Trolleybuses stopped in the streets of Kharkov and the water supply failed in several districts.

"They could not hold the ground, so they hit the lights," said Ivan Vasylenko, a Ukrainian soldier who reached Kupyansk on Saturday, speaking by phone.

The Russian-installed administration of the region announced on Saturday that it was taking residents of Izyum, Kupyansk and Velikiy Burluk to Russia "for their own safety". Long queues of cars formed at the border crossing near Belgorod.

In Moscow, meanwhile, the city celebrated its annual City Day on Saturday with concerts and a fireworks display. The head of the Chechen Republic said on Sunday that mistakes had been made and that he would go to the leadership of the country if the strategy did not change.

"An army that retreats while the capital sets off fireworks has a morale problem, not just a manpower problem," said Dmitry Sorokin, a former Russian army officer who now works as an independent analyst in Riga.
Donate in any currency — crypto accepted. Every rouble goes to reporting.
Russian version: Кураев С. / English: Hall M.
"""
DOC = {"id": "kl07", "date": "2022-09-11", "source": "The Free Neva (Russian exile outlet, English edition)",
       "url": "https://freeneva.example/en/2022/09/11/kupyansk-izyum-fall-russia-regroups", "text": TEXT}

EVENTS = [
    E("kl07-1", "territory_change", "2022-09-10", L("Kupiansk", name="Kupyansk"), "UA", "RU",
      note="'Ukrainian troops entered Kupyansk … on Saturday and raised a flag' (10 Sep); Russian form Kupyansk"),
    E("kl07-2", "territory_change", "2022-09-10", L("Izium", name="Izyum"), "UA", "RU",
      note="Izyum 'abandoned the same evening' (Saturday 10 Sep) per bloggers, Ukrainian units confirmed there on "
           "Sunday: one capture, dated by the withdrawal (±1 day covers both); the MoD's 'regrouped' is the same "
           "change, not a separate event; 'taken in April' is history"),
    E("kl07-3", "territory_change", "2022-09-08", L("Balakliia", name="Balakleya"), "UA", "RU",
      note="'Balakleya had already been recaptured on Thursday' (8 Sep); Russian form"),
    E("kl07-4", "territory_change", "2022-09-01", R("UA-63", "Kharkov region"), "UA", "RU", end="2022-09-11",
      prec="range", agg=True, optional=True,
      note="'retaken some 3,000 square kilometres since the start of the month' (unverified tally): optional"),
    E("kl07-5", "missile_artillery_strike", "2022-09-10", R("UA-63", "Kharkov region"), "RU", "UA", end="2022-09-11",
      prec="range", agg=True, optional=True,
      note="MoD: aircraft, missiles and artillery 'struck Ukrainian units in the Kharkov region over the past day' "
           "without places; its '4,000 killed since Tuesday' is an unconfirmed tally, not coded; optional"),
    E("kl07-6", "missile_artillery_strike", "2022-09-11", L("Kharkiv", 2, "outskirts of Kharkov (TPP-5)"), "RU", "UA",
      weapons=[W("missile")],
      note="'On Sunday evening, Russian missiles struck the TPP-5 thermal power plant on the outskirts of Kharkov' "
           "(publication day); outskirts = precision 2"),
    E("kl07-7", "infrastructure_disruption", "2022-09-11", C("UA", "Kharkiv, Donetsk, Poltava, Sumy and Dnipropetrovsk regions"),
      "RU", "UA", parent="kl07-6",
      note="blackout in five listed regions, trolleybuses and water in Kharkov: one country-level disruption "
           "(a listed set of regions = one event), child of the strike"),
]
# Not events: the MoD's 'regrouped' announcement (the same changes), the evacuation of residents to Russia 'for their
# own safety' (no type), queues at the border, Moscow's City Day fireworks (not war), the Chechen leader's 'would
# go … if' (conditional), the '4,000 killed since Tuesday' claim (unconfirmed tally, part of kl07-5's note).
STATEMENTS = [
    S("Andrei Maltsev", "RU", "The front in the Kharkov region no longer exists", "pro-war blogger"),
    S("Ivan Vasylenko", "UA", "They could not hold the ground, so they hit the lights", "Ukrainian soldier"),
    S("Dmitry Sorokin", None, "An army that retreats while the capital sets off fireworks",
      "former Russian army officer, independent analyst"),
]
MUST_NOT = ["THE FREE NEVA — English edition", "ПЕРЕЙТИ НА РУССКУЮ ВЕРСИЮ",
            "This outlet has been declared a \"foreign agent\" by the Russian Ministry of Justice. We disagree.",
            "War | Politics | Society | Economy | Investigations", "11 September 2022, 23:40 (Tbilisi)",
            "By our military correspondent", "Daily chart ▸ How far the front moved in one week",
            "Donate in any currency — crypto accepted. Every rouble goes to reporting.",
            "Russian version: Кураев С. / English: Hall M."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
