from common import E, L, R, C, N, W, S, H, gold, with_evidence, MAS, ADS, INT, DIS, DIP, REX, LOOT

TITLE = "Blasts at an arms depot in southern Russia: sabotage, drones or carelessness?"
TEXT = """LA VOCE ADRIATICA
Quotidiano indipendente dal 1952 · English edition
Home | Italia | Mondo | Economia | Cultura | Sport
Mondo › Ucraina
Blasts at an arms depot in southern Russia: sabotage, drones or carelessness?
di Giulia Ferretti, nostra corrispondente
24 agosto 2023 — 07:58 · Tempo di lettura: 4 minuti
A chain of explosions ripped through a military ammunition depot near Tikhoretsk, in Russia's Krasnodar region, late on Tuesday evening, starting fires that burned until dawn and closing one of the main railway lines to the south.

The blasts began at about 22:40 local time, the regional governor said. Nobody was killed, according to him, but three residents of a nearby settlement were taken to hospital with cuts from shattered windows. What set off the munitions he did not say. The Russian Defence Ministry, in a terse statement issued on Wednesday, referred only to "a fire that led to the detonation of stored munitions" and announced an inquiry.

Kyiv, for its part, has neither claimed nor denied a role. Russian Telegram channels were divided: some published footage of what they said was a drone circling above the site minutes before the first explosion, others blamed a soldier's cigarette in the dry steppe grass. Neither version could be verified.

"In August, with forty degrees and grass up to the waist, a depot can burn by itself. But depots near railway junctions have a strange habit of burning this summer," said Lorenzo Bassi, a researcher at the Istituto per gli Studi Eurasiatici in Milan.

Traffic on the railway section between Tikhoretsk and Kropotkin was halted by Russian Railways until Wednesday afternoon, and fourteen long-distance trains to the Black Sea coast were held up for as long as nine hours.

"The windows went in with the first bang, and then it just did not stop, for hours," Svetlana Gorbunova, who lives about four kilometres from the depot, wrote on a local channel.

Separately, the Russian ministry said on Wednesday morning that nine Ukrainian drones had been destroyed over the Krasnodar region during the night, without naming any targets.

Overnight into Thursday, Ukraine's air force reported, Russia launched 22 Shahed drones from the south; 20 were shot down. In the Izmail district, on the Danube, two grain warehouses were damaged and a security guard was wounded, the Odesa regional administration said.

Meanwhile in Rome, Italy's foreign minister received his Ukrainian counterpart on Wednesday for talks on reconstruction and on air defence. The Ukrainian minister thanked Italy for its "steadfast support" and said he had come to ask for more.

Ukraine celebrates Independence Day today, the 32nd anniversary of its 1991 declaration, and officials have warned that Russia could use the date for a heavy strike. Public gatherings in Kyiv are banned.
LEGGI ANCHE: Il grano del Danubio e le assicurazioni navali
Riproduzione riservata © · P.IVA 01234560789
"""
DOC = {"id": "ls03", "date": "2023-08-24", "source": "La Voce Adriatica (Italian daily, English edition)",
       "url": "https://vocedriatica.example/mondo/ucraina/2023/08/24/tikhoretsk-deposito-esplosioni", "text": TEXT}

D, TUE, WED = "2023-08-24", "2023-08-22", "2023-08-23"
BLAST, WAVE = "ls03-1", "ls03-5"
EVENTS = [
    E(BLAST, REX, TUE, H("Tikhoretsk", "near Tikhoretsk"), None, "RU", fat=N(0), inj=N(3), family=[ADS, MAS, LOOT],
      claimant="Krasnodar governor",
      note="'A chain of explosions ripped through a military ammunition depot near Tikhoretsk … late on Tuesday evening' "
           "(22 Aug; 22:40): an explosion of unknown cause (a fire per the MoD, a drone or a cigarette per the channels, "
           "no claim) -> remote_explosive with both strike types and looting_destruction accepted, actor1 null (blind4 "
           "call 7); near X = precision 2 (RU-KDA); 'Nobody was killed … three residents … taken to hospital' -> 0 k 3 w"),
    E("ls03-2", DIS, TUE, H("Tikhoretsk", "Tikhoretsk–Kropotkin railway section"), None, "RU", parent=BLAST,
      claimant="Russian Railways",
      note="'Traffic on the railway section between Tikhoretsk and Kropotkin was halted … until Wednesday afternoon': a "
           "disruption caused by the blasts, from the Tuesday night (22 Aug), precision 2 at Tikhoretsk"),
    E("ls03-3", INT, WED, R("RU-KDA", "Krasnodar region"), "RU", "UA", weapons=[W("drone", intercepted=N(9))],
      claimant="Russian Ministry of Defence",
      note="'the Russian ministry said on Wednesday morning that nine Ukrainian drones had been destroyed over the "
           "Krasnodar region during the night' -> the night into Wednesday = 23 Aug, a region with its count (required)"),
    E("ls03-4", DIP, WED, L("Rome"), "UA", "IT",
      note="'in Rome, Italy's foreign minister received his Ukrainian counterpart on Wednesday for talks' -> the visitor "
           "who holds talks is actor1 (UA), at Rome, 23 Aug"),
    E(WAVE, ADS, D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", "Shahed-136", launched=N(22))],
      claimant="Ukrainian Air Force",
      note="'Overnight into Thursday … Russia launched 22 Shahed drones from the south' -> the drones-only wave, 24 Aug "
           "(publication morning), country precision"),
    E("ls03-6", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE,
      weapons=[W("drone", "Shahed-136", intercepted=N(20))], claimant="Ukrainian Air Force",
      note="'20 were shot down' -> the wave's interception"),
    E("ls03-7", ADS, D, H("Izmail", "Izmail district"), "RU", "UA", parent=WAVE, inj=N(1), weapons=[W("drone")],
      claimant="Odesa regional administration",
      note="'In the Izmail district, on the Danube, two grain warehouses were damaged and a security guard was wounded' "
           "-> a child of the Shahed wave; a raion named after its centre = precision 2"),
]
# Not events: Kyiv 'has neither claimed nor denied a role' (negation), the channels' drone footage and the cigarette
# version (unverified readings of ls03-1), Bassi's 'can burn by itself' and the 'strange habit … this summer' (opinion,
# habit), the trains 'held up for as long as nine hours' (part of ls03-2), Independence Day and the 1991 declaration
# (history, a holiday), officials' warning that Russia 'could use the date' (forecast), the ban on public gatherings in
# Kyiv (a standing rule, no war event on a day). Not gold statements: the MoD's "a fire that led to the detonation of
# stored munitions" (institution) and the Ukrainian minister's "steadfast support" (title only, fragment).
STATEMENTS = [
    S("Lorenzo Bassi", None, "depots near railway junctions have a strange habit of burning this summer",
      "researcher, Istituto per gli Studi Eurasiatici"),
    S("Svetlana Gorbunova", "RU", "The windows went in with the first bang", "resident near Tikhoretsk"),
]
MUST_NOT = ["LA VOCE ADRIATICA", "Quotidiano indipendente dal 1952 · English edition",
            "Home | Italia | Mondo | Economia | Cultura | Sport", "Mondo › Ucraina",
            "di Giulia Ferretti, nostra corrispondente", "24 agosto 2023 — 07:58 · Tempo di lettura: 4 minuti",
            "LEGGI ANCHE: Il grano del Danubio e le assicurazioni navali", "Riproduzione riservata © · P.IVA 01234560789"]
EVIDENCE = {
    "ls03-1": "A chain of explosions ripped through a military ammunition depot near Tikhoretsk, in Russia's Krasnodar region, late on Tuesday evening",
    "ls03-2": "Traffic on the railway section between Tikhoretsk and Kropotkin was halted by Russian Railways until Wednesday afternoon",
    "ls03-3": "nine Ukrainian drones had been destroyed over the Krasnodar region during the night",
    "ls03-4": "Meanwhile in Rome, Italy's foreign minister received his Ukrainian counterpart on Wednesday for talks on reconstruction and on air defence.",
    "ls03-5": "Overnight into Thursday, Ukraine's air force reported, Russia launched 22 Shahed drones from the south; 20 were shot down.",
    "ls03-6": "Overnight into Thursday, Ukraine's air force reported, Russia launched 22 Shahed drones from the south; 20 were shot down.",
    "ls03-7": "In the Izmail district, on the Danube, two grain warehouses were damaged and a security guard was wounded",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
