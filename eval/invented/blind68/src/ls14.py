from common import E, L, R, C, N, W, S, H, gold, with_evidence, MAS, ADS, INT, ARR, POL

TITLE = "Line-up under the Iskanders: how a medal ceremony in Mezhova became a target"
TEXT = """VIDKRYTO
Investigations · Anti-corruption · War crimes · Data
Home | Investigations | War | Power | Money | About us | Support
Investigations › War
Line-up under the Iskanders: how a medal ceremony in Mezhova became a target
Text: Daryna Levchuk, Oleksii Hordiienko · Data: Vidkryto data desk
16 April 2025 · 15 min read
Who gave the order to line up some two hundred soldiers in the open, ten kilometres from a town that Russian drones watch every day? For four days the command has avoided the question. Vidkryto spoke to nine servicemen of the brigade, two medics, a municipal official and a lawyer, and examined videos and photographs from the scene.

What happened on Saturday
At about 11:00 on Saturday, two Iskander-M ballistic missiles with cluster warheads struck the town stadium in Mezhova, in the east of the Dnipropetrovsk region, where a brigade had lined up its companies for an awards ceremony. The first official figure, released by the General Staff on Saturday evening, spoke of seven dead and 18 wounded. On Tuesday, after Vidkryto sent its questions, the command confirmed higher figures: 11 servicemen killed and 34 wounded, six of them in a serious condition.

"We had been standing for forty minutes. The general was late. I heard the whistle and the next thing I remember is the grass," said Sergeant Andrii Palamarchuk, who was wounded in the legs.

Forty minutes after the strike, an FPV drone hit one of the ambulances evacuating the wounded, on the road outside Pokrovske. The driver was injured; the three wounded men inside were moved to another vehicle.

The Russian Defence Ministry announced the strike on Saturday afternoon as a blow against "a gathering of the command staff" and claimed "up to 60" killed. The same statement said that Russian forces had destroyed a Ukrainian ammunition depot near Pokrovske that day. Vidkryto could not confirm any depot.

"Somebody on our side told them the time. Two Iskanders do not arrive at a stadium by accident at the exact minute," said Vladlen Tarasov, a Russian military blogger with 400,000 subscribers, in a post that was later deleted.

Who is responsible
On Sunday, by order of the commander-in-chief, the brigade commander was suspended from duty, and a commission was set up to investigate. Its conclusions have not been made public. On Monday the SBU detained a 43-year-old resident of Mezhova on suspicion of passing the time of the ceremony to Russian intelligence; the service published a photo of his phone.

"The law has been clear since 2023: no formations of more than a platoon within range of enemy missiles. If a colonel broke it, he answers for it — and so does whoever let him," said Yuliia Kostenko, a military lawyer who represents two families of the dead.

It has happened before. On 9 March this year, a missile hit a line-up at a training ground in the Dnipropetrovsk region, killing five soldiers; that case is still before a military investigator. Soldiers told Vidkryto about another ceremony struck in the Sumy region this winter, which was never officially acknowledged.

As this investigation was being prepared for publication, the war went on. Russia launched 74 drones at Ukraine overnight, and 51 were shot down, the air force said this morning. In Dnipro, debris and one direct hit damaged three high-rise buildings; five people were injured.
Support Vidkryto: our investigations are funded by readers
Found a mistake? Select the text and press Ctrl+Enter
Vidkryto, 2025. Republication only with an active link and the authors' names.
"""
DOC = {"id": "ls14", "date": "2025-04-16", "source": "Vidkryto (Ukrainian investigative site)",
       "url": "https://vidkryto.example/investigations/war/mezhova-ceremony-iskander", "text": TEXT}

D, SAT, SUN, MON = "2025-04-16", "2025-04-12", "2025-04-13", "2025-04-14"
WAVE = "ls14-7"
EVENTS = [
    E("ls14-1", MAS, SAT, L("Mezhova"), "RU", "UA", fat=N(11), inj=N(34),
      weapons=[W("ballistic_missile", "Iskander-M", launched=N(2))], claimant="General Staff; brigade command",
      note="'At about 11:00 on Saturday, two Iskander-M ballistic missiles with cluster warheads struck the town stadium "
           "in Mezhova' -> Sat 12 Apr, the town itself (Mezhova 701305, Dnipropetrovsk oblast); the first figure 'seven "
           "dead and 18 wounded' is superseded by the command's Tuesday confirmation '11 servicemen killed and 34 "
           "wounded' (the latest figure wins); the MoD's 'up to 60' killed is a loss claim of the other side, no field "
           "(blind62 call 2), the same event"),
    E("ls14-2", ADS, SAT, H("Pokrovske", "road outside Pokrovske"), "RU", "UA", inj=N(1), weapons=[W("drone")],
      note="'Forty minutes after the strike, an FPV drone hit one of the ambulances evacuating the wounded, on the road "
           "outside Pokrovske. The driver was injured' -> Sat 12 Apr, a road outside X = precision 2 (Pokrovske 696720, "
           "the Dnipropetrovsk-oblast town); 'Forty minutes after' chains to the Saturday strike"),
    E("ls14-3", MAS, SAT, H("Pokrovske", "near Pokrovske"), "RU", "UA", family=[ADS], claimant="Russian Ministry of Defence",
      note="'The same statement said that Russian forces had destroyed a Ukrainian ammunition depot near Pokrovske that "
           "day' -> a claimed strike on Sat 12 Apr (the statement of Saturday afternoon), weapon unsaid -> both types; "
           "'Vidkryto could not confirm any depot' does not remove a claim (blind63 call 5)"),
    E("ls14-4", POL, SUN, C("UA", "Ukraine"), "UA", None, optional=True, claimant="Ukrainian commander-in-chief",
      note="'On Sunday, by order of the commander-in-chief, the brigade commander was suspended from duty, and a "
           "commission was set up' -> an internal military personnel decision: optional policy_decision (country)"),
    E("ls14-5", ARR, MON, L("Mezhova"), "UA", None, claimant="SBU",
      note="'On Monday the SBU detained a 43-year-old resident of Mezhova on suspicion of passing the time of the "
           "ceremony to Russian intelligence' -> an arrest by the Ukrainian state, Mon 14 Apr, at Mezhova (the man's "
           "town; no other place given)"),
    E("ls14-6", MAS, "2025-03-09", R("UA-12", "Dnipropetrovsk region"), None, "UA", fat=N(5), weapons=[W("missile")],
      note="recap with its own date: 'On 9 March this year, a missile hit a line-up at a training ground in the "
           "Dnipropetrovsk region, killing five soldiers' -> required on 9 Mar 2025, region only (precision 3); agentless "
           "-> actor1 null"),
    E(WAVE, ADS, D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(74))], claimant="Ukrainian Air Force",
      note="'Russia launched 74 drones at Ukraine overnight … the air force said this morning' -> the drones-only wave of "
           "the night into Wed 16 Apr, country precision"),
    E("ls14-8", INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, weapons=[W("drone", intercepted=N(51))],
      claimant="Ukrainian Air Force", note="'and 51 were shot down' -> the wave's interception"),
    E("ls14-9", ADS, D, L("Dnipro"), "RU", "UA", parent=WAVE, inj=N(5), weapons=[W("drone")],
      note="'In Dnipro, debris and one direct hit damaged three high-rise buildings; five people were injured' -> a child "
           "of the night's drone wave, 5 w"),
    E("ls14-10", MAS, None, R("UA-59", "Sumy region"), "RU", "UA", prec="unknown", optional=True,
      note="'another ceremony struck in the Sumy region this winter, which was never officially acknowledged' -> a "
           "specific incident without a day: optional, date null (blind63); weapon unsaid"),
]
# Not events: the opening questions (the page's framing), the interviews and videos (method), the soldiers 'standing for
# forty minutes' and the late general (part of ls14-1), the three wounded moved to another vehicle (part of ls14-2), the
# MoD's 'gathering of the command staff' and 'up to 60' (its version of ls14-1), Tarasov's leak theory (opinion, a
# deleted post), the commission's conclusions 'have not been made public' (negation), the SBU's photo of the phone, the
# rule 'since 2023' (history), Kostenko's 'he answers for it' (opinion), the 9 March case 'still before a military
# investigator' (state). Not gold statements: the MoD's "a gathering of the command staff" and "up to 60" (institution).
STATEMENTS = [
    S("Andrii Palamarchuk", "UA", "the next thing I remember is the grass", "sergeant, wounded at Mezhova"),
    S("Vladlen Tarasov", "RU", "Two Iskanders do not arrive at a stadium by accident", "Russian military blogger"),
    S("Yuliia Kostenko", "UA", "he answers for it — and so does whoever let him", "military lawyer"),
]
MUST_NOT = ["VIDKRYTO", "Investigations · Anti-corruption · War crimes · Data",
            "Home | Investigations | War | Power | Money | About us | Support", "Investigations › War",
            "Text: Daryna Levchuk, Oleksii Hordiienko · Data: Vidkryto data desk", "16 April 2025 · 15 min read",
            "Support Vidkryto: our investigations are funded by readers",
            "Found a mistake? Select the text and press Ctrl+Enter",
            "Vidkryto, 2025. Republication only with an active link and the authors' names."]
EVIDENCE = {
    "ls14-1": "At about 11:00 on Saturday, two Iskander-M ballistic missiles with cluster warheads struck the town stadium in Mezhova",
    "ls14-2": "Forty minutes after the strike, an FPV drone hit one of the ambulances evacuating the wounded, on the road outside Pokrovske.",
    "ls14-3": "Russian forces had destroyed a Ukrainian ammunition depot near Pokrovske that day",
    "ls14-4": "On Sunday, by order of the commander-in-chief, the brigade commander was suspended from duty",
    "ls14-5": "On Monday the SBU detained a 43-year-old resident of Mezhova on suspicion of passing the time of the ceremony to Russian intelligence",
    "ls14-6": "On 9 March this year, a missile hit a line-up at a training ground in the Dnipropetrovsk region, killing five soldiers",
    "ls14-7": "Russia launched 74 drones at Ukraine overnight, and 51 were shot down, the air force said this morning.",
    "ls14-8": "Russia launched 74 drones at Ukraine overnight, and 51 were shot down, the air force said this morning.",
    "ls14-9": "In Dnipro, debris and one direct hit damaged three high-rise buildings; five people were injured.",
    "ls14-10": "another ceremony struck in the Sumy region this winter, which was never officially acknowledged",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
