from common import E, L, R, C, N, W, S, gold

TITLE = "Russian forces repel five attacks near Avdeyevka, improve positions in Kupyansk direction - MoD"
TEXT = """ROSVESTNIK — RUSSIAN NEWS AGENCY
Feed · Politics · Special operation · Economy · Society · Sport
Rating: 4.6 ★ (132 votes)
Russian forces repel five attacks near Avdeyevka, improve positions in Kupyansk direction - MoD
14.10.2023 13:05 (updated: 14.10.2023 15:41)
MOSCOW, October 14 — ROSVESTNIK. Units of the Southern group of forces repelled five attacks by Ukrainian assault groups near Avdeyevka over the past day, the Russian Defence Ministry said on Saturday.

According to the ministry, the enemy lost up to 140 servicemen, two tanks and four armoured vehicles in the Avdeyevka direction.

In the Kupyansk direction, units of the Western group "improved the position along the front line" near Petropavlovka and inflicted fire damage on manpower and equipment of three Ukrainian brigades, the ministry said.

Our newsletter: Русский | Deutsch | Español | English

Air defence systems over the past day shot down 27 Ukrainian unmanned aerial vehicles over the Belgorod, Kursk and Bryansk regions, 12 of them over the Belgorod region, the briefing said.

Belgorod region governor said that the Armed Forces of Ukraine shelled Shebekino with Grad multiple rocket launchers on Saturday morning. "One man was killed, two women were wounded, they were taken to the Shebekino central district hospital," the governor wrote on his channel. Several houses and a gas pipeline were damaged.

In Donetsk, Ukrainian forces fired 155-millimetre shells at the Kuibyshevsky district at 09:40 Moscow time on Saturday, injuring three civilians, the mayor's office said.

The Defence Ministry called "fake" reports by Ukrainian media that Russian troops had withdrawn from positions south of Avdeyevka. "No withdrawal took place," the ministry said.

Since the beginning of the special military operation, 540 aircraft, 262 helicopters and 9,480 unmanned aerial vehicles of the Ukrainian armed forces have been destroyed, according to the ministry.

All materials of the feed are available with an active subscription to the ROSVESTNIK terminal.
Subscribe to ROSVESTNIK on Max messenger
© ROSVESTNIK 2023. 18+. Registration certificate El No. FS77-00000.
"""
DOC = {"id": "u03", "date": "2023-10-14", "source": "ROSVESTNIK (Russian state news agency)",
       "url": "https://rosvestnik.example/en/20231014/avdeyevka-kupyansk-mod.html", "text": TEXT}
D = "2023-10-14"
Y = "2023-10-13"
MOD = "Russian Defence Ministry"
EVENTS = [
    E("u03-1", "armed_clash", Y, L("Avdiivka", 2, "near Avdeyevka"), "UA", "RU", end=D, prec="range", claimant=MOD,
      note="five repelled attacks 'over the past day' in a daily briefing: range; actor1 UA (the attackers); 'up to 140 "
           "servicemen' lost is a claim of losses, not fatalities (blind16 call 2)"),
    E("u03-2", "armed_clash", Y, L("Petropavlivka-Kh", 2, "near Petropavlovka"), "RU", "UA", end=D, prec="range",
      claimant=MOD, family=["missile_artillery_strike"],
      note="'improved the position' near Petropavlovka (Russian form of Petropavlivka, Kupiansk district): a clash, no "
           "capture; briefing item without a time marker: past-day range"),
    E("u03-3", "interception", Y, C("RU", "Russia"), "RU", "UA", end=D, prec="range", agg=True,
      weapons=[W("drone", intercepted=N(27))], claimant=MOD,
      note="27 UAVs over three regions 'over the past day': country-level tally"),
    E("u03-4", "interception", Y, R("RU-BEL", "Belgorod Oblast"), "RU", "UA", end=D, prec="range", parent="u03-3",
      weapons=[W("drone", intercepted=N(12))], claimant=MOD, note="region with a count: required"),
    E("u03-5", "interception", Y, R("RU-KRS", "Kursk Oblast"), "RU", "UA", end=D, prec="range", parent="u03-3",
      optional=True, note="region merely listed: optional"),
    E("u03-6", "interception", Y, R("RU-BRY", "Bryansk Oblast"), "RU", "UA", end=D, prec="range", parent="u03-3",
      optional=True, note="region merely listed: optional"),
    E("u03-7", "missile_artillery_strike", D, L("Shebekino"), "UA", "RU", fat=N(1), inj=N(2), weapons=[W("mlrs", "Grad")],
      claimant="Belgorod region governor", note="Grad MLRS 'on Saturday morning'"),
    E("u03-8", "missile_artillery_strike", D, L("Donetsk", 1, "Donetsk (Kuibyshevsky district)"), "UA", None, inj=N(3),
      weapons=[W("artillery")], claimant="Donetsk mayor's office",
      note="occupied city keeps UA-14; 155-mm shells at 09:40 Saturday; actor2 null (civilians in occupied territory, "
           "blind16 h03 convention)"),
]
STATEMENTS = [
    S("Belgorod region governor", "RU", "they were taken to the Shebekino central district hospital"),
    S("Russian Defence Ministry", "RU", "No withdrawal took place"),
    S("Russian Defence Ministry", "RU", "improved the position along the front line"),
]
MUST_NOT = ["ROSVESTNIK — RUSSIAN NEWS AGENCY", "Feed · Politics · Special operation · Economy · Society · Sport",
            "Rating: 4.6 ★ (132 votes)", "14.10.2023 13:05 (updated: 14.10.2023 15:41)",
            "Our newsletter: Русский | Deutsch | Español | English",
            "All materials of the feed are available with an active subscription to the ROSVESTNIK terminal.",
            "Subscribe to ROSVESTNIK on Max messenger",
            "© ROSVESTNIK 2023. 18+. Registration certificate El No. FS77-00000."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
