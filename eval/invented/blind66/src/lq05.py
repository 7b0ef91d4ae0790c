from common import E, L, H, R, C, N, W, S, gold, with_evidence, MAS, ADS, INT, DIS, ARR

TITLE = "Eleven minutes to Chernihiv: how a ballistic missile found a sports hall full of people"
TEXT = """PROZORIST
independent investigations
Investigations | Data | Documents | Team | Support us | UA / EN
Investigations › War crimes
Eleven minutes to Chernihiv: how a ballistic missile found a sports hall full of people
Five weeks after the strike on the Olympic Reserve sports hall, we reconstructed the night from survivors' accounts, fragments, flight data and Russian channels.
By Zoriana Hnatyshyn, Petro Vakulenko and the Prozorist data desk
20 March 2025 · 18 min read
This investigation was supported by the Open Evidence Grant.

The hall
The sports hall of the Olympic Reserve school stands on a quiet street in the north of Chernihiv, between a pine park and a row of five-storey blocks built in the 1970s. Since the winter of 2022 it has served a second purpose. When the power goes out, the city opens it as a heating point: there are generators, tea urns, camp beds and sockets to charge telephones. Trainers kept their classes going in one half of the hall while the other half filled with people warming up.

In the early hours of 12 February, a Russian ballistic missile struck the hall. The roof over the training half collapsed, and a fire broke out in the changing rooms. Three people died at the scene: a night watchman, a trainer who had stayed late to repair a vaulting horse and a displaced man from Horodnia who slept in the hall because his flat had no heating. A 19-year-old gymnast, badly burned, died in hospital on 2 March, bringing the death toll to four. Fifteen other people were injured, according to the regional prosecutor's office.

"I heard the alarm on my phone and then, before I could sit up, the ceiling was on the floor. There were no eleven minutes for us. There was no minute at all," said Denys Kalenyk, 42, who was asleep on a camp bed near the entrance and was pulled out by firefighters.

What flew
Ukraine's air force raised the alarm for the Chernihiv region at 03:12 that night, warning of a ballistic threat from the north. Two missiles were detected. According to flight data shared with Prozorist by a Ukrainian military source, which we were able to compare with the timing of the explosion recorded by three security cameras, the missile that struck the hall took about eleven minutes from launch to impact. The second missile of the pair fell in a field near Kozelets, about 60 kilometres south of the city, without causing casualties.

The same night, Ukrainian air defence shot down seven Shahed-type drones over the Chernihiv region, the regional military administration reported in the morning. Drone debris fell on the edges of several villages, but nobody was hurt. The strike on the hall also damaged a power line: six northern districts of Chernihiv were left without electricity until about ten in the morning, the regional energy company said.

We examined 41 photographs of fragments collected at the site by police and by residents, as well as two fragments that a resident handed to our reporters. Three independent weapons experts who reviewed the images agreed that they belong to the 9M723 missile of the Iskander-M system: a section of the rocket motor casing, parts of the guidance compartment and a fragment with the remains of a serial number. None of them found signs of a cluster warhead.

"The casing fragments are unmistakable. This was an Iskander-M, and the way the roof came down is consistent with a unitary warhead of several hundred kilograms," said Lars Engqvist, a former munitions inspector who now works for the Nordic Arms Research Group.

Who fired
Russian forces fire Iskander-M missiles at northern Ukraine from launchers in the Kursk and Bryansk regions. To narrow down where this one came from, we compared the flight time with the distance to known launch areas and looked at what Russian channels posted that night.

Two Russian military channels published a short video at 03:24, showing a bright streak rising over a snowy field with a power line in the background. Using the shape of the power line, a church spire on the horizon and a row of poplars, we geolocated the video to a field north-west of Lgov, in Russia's Kursk region, about 190 kilometres from Chernihiv. The flight time we measured is consistent with that distance.

Which unit fired is harder to establish. Russia's Iskander brigades rotate their launchers between several firing areas, and the Kursk region hosts launchers of at least two of them. A Russian soldier's social media account, which posted a photograph of a launcher in a snowy field two days before the strike, belongs to a serviceman whose earlier posts place him in a missile brigade based in western Russia. We have asked the Russian defence ministry about the unit and the target and received no reply. Without access to Russian military records, any attribution to a specific crew remains a hypothesis, and we present it as one.

The Russian defence ministry said on the morning of 12 February that its forces had struck "a site where Ukrainian army units were temporarily based" in Chernihiv. It did not name the building. We found no evidence that soldiers were present in the hall that night. The list of people registered at the heating point, which the city administration shared with us, contains 23 names, all of them civilians. Two of the injured are police officers who arrived after the strike.

Three days after the strike, on 15 February, Ukraine's General Staff announced that HIMARS rockets had destroyed an Iskander-M launcher near Lgov. The General Staff did not link the launcher to the strike on Chernihiv, and we could not confirm that it was the one that fired at the hall.

"We know where it came from, we know what it was, and we know who was inside. The only thing we do not know yet is the name of the officer who pressed the button," said Iryna Savchuk, the head of the war crimes department of the Chernihiv regional prosecutor's office.

A street that had been hit before
It was not the first time the street was hit. On 23 October last year, a Shahed drone struck the school building next to the sports hall at night, when it was empty; nobody was hurt, but the blast destroyed the school's canteen. Residents say that after that strike they asked the city to move the heating point elsewhere. The city administration told us the hall was chosen because it has its own generator and a large space, and that no building in Chernihiv can be considered safe.

"After October I asked them twice. They said: where else would we put three hundred people?" said Halyna Mostova, who lives in the block opposite the hall and whose son was among the injured.

Chernihiv, about 60 kilometres from the Belarusian border and about 90 kilometres from Russia, was besieged in the first weeks of the full-scale invasion and has been hit by missiles and drones regularly since. The city had about 285,000 inhabitants before the war.

The spotter
On 20 February, the SBU security service detained a 51-year-old Chernihiv man on suspicion of helping Russian intelligence choose targets in the city. According to the SBU, the man had sent photographs of the sports hall and the neighbouring school to a contact in Russia in January. The SBU has not said whether his information was used for the strike on 12 February. The man, who denies the charges, is in pre-trial detention.

The SBU says that Russian intelligence recruits such informants through job advertisements on messaging apps, offering a few hundred dollars for photographs of "infrastructure". Prosecutors have opened a case under the article on treason.

What happens next
The Chernihiv regional prosecutor's office has opened a war crimes case into the strike and says it has sent its findings to the International Criminal Court. Prozorist is sharing its geolocation of the launch video and its analysis of the fragments with the prosecutors.

The sports hall will not be rebuilt this year. The city plans to open a new heating point in a basement car park in the same district, which is better protected against blast. The Olympic Reserve school's gymnasts now train in a hall in Kyiv, 140 kilometres away, where a club has lent them its equipment.

Kalenyk, the man who was pulled out from under the ceiling, has left the hospital. He says he now sleeps in his car when the power goes out, because he does not trust any building. "I know a car is not safer. But at least I can see the sky," he said.

Methodology: Prozorist verified all images with metadata analysis and reverse image search; flight-time analysis by the Prozorist data desk. Full sources are listed in the appendix.
Download the appendix (PDF, 2.3 MB)
Do you have information about this strike? Write to us securely: tips@prozorist.example
Republishing: this investigation may be republished under CC BY-NC 4.0 with a link to the original.
© Prozorist, 2025
"""
DOC = {"id": "lq05", "date": "2025-03-20", "source": "Prozorist (Ukrainian investigative outlet, English edition)",
       "url": "https://prozorist.example/en/investigations/chernihiv-sports-hall-iskander", "text": TEXT}

D0 = "2025-02-12"
EVENTS = [
    E("lq05-1", MAS, D0, L("Chernihiv"), "RU", "UA", fat=N(4), inj=N(15), weapons=[W("ballistic_missile", "Iskander-M")],
      claimant="Chernihiv regional prosecutor's office; Russian MoD",
      note="'In the early hours of 12 February, a Russian ballistic missile struck the hall': a strike five weeks "
           "before publication, with its own day -> required on 12 Feb; 'Three people died at the scene … died in "
           "hospital on 2 March, bringing the death toll to four. Fifteen other people were injured' -> 4 k 15 w (the "
           "later death is the toll's update, not an event); the fragments name the Iskander-M; the MoD's 'temporary base' "
           "claim is the same strike"),
    E("lq05-2", MAS, D0, H("Kozelets", "field near Kozelets"), "RU", "UA", fat=N(0), inj=N(0),
      weapons=[W("ballistic_missile")],
      note="'The second missile of the pair fell in a field near Kozelets … without causing casualties': its own place "
           "-> own event, 0/0; field near X = precision 2; of the same ballistic pair"),
    E("lq05-3", INT, D0, R("UA-74", "Chernihiv region"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(7))], claimant="Chernihiv regional military administration",
      note="'The same night, Ukrainian air defence shot down seven Shahed-type drones over the Chernihiv region': a "
           "region with its own count -> required; the debris on 'the edges of several villages' (unnamed, 'nobody was "
           "hurt') is part of it"),
    E("lq05-4", DIS, D0, L("Chernihiv"), "RU", "UA", parent="lq05-1",
      note="'The strike on the hall also damaged a power line: six northern districts of Chernihiv were left without "
           "electricity until about ten in the morning': an outage caused by the strike, same day"),
    E("lq05-5", MAS, "2025-02-15", H("Lgov", "near Lgov"), "UA", "RU", weapons=[W("mlrs", "HIMARS")],
      claimant="Ukrainian General Staff",
      note="'on 15 February, Ukraine's General Staff announced that HIMARS rockets had destroyed an Iskander-M launcher "
           "near Lgov': a claimed strike with its own day (UA -> RU), near X = precision 2; the link to the Chernihiv "
           "strike is unconfirmed, the strike itself is not doubted; Lgov 535347 (the town), not the Lgovsky district"),
    E("lq05-6", ADS, "2024-10-23", L("Chernihiv"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone", "Shahed-136")],
      note="'On 23 October last year, a Shahed drone struck the school building next to the sports hall at night … "
           "nobody was hurt' (last year = 2024): a recalled strike with its own day -> required, 0/0"),
    E("lq05-7", ARR, "2025-02-20", L("Chernihiv"), "UA", None, claimant="SBU",
      note="'On 20 February, the SBU security service detained a 51-year-old Chernihiv man on suspicion of helping "
           "Russian intelligence': arrest by Ukrainian authorities, at the city of the man (the page places the "
           "detention in no other place); the January photographs are the suspicion, not an event"),
]
# Not events: the hall's use as a heating point 'Since the winter of 2022' (history); the air force alarm 'at 03:12' and
# 'Two missiles were detected' (the warning of lq05-1/-2); the flight-time comparison, the 41 photographs, the experts'
# findings ('None of them found signs of a cluster warhead': negation); Russian forces fire from the Kursk and Bryansk
# regions (habit); the launch video at 03:24 and its geolocation to a field north-west of Lgov (the launch site of
# lq05-1, not a place hit); the MoD's claim (part of lq05-1); 'We found no evidence that soldiers were present'
# (negation); the brigade attribution (a hypothesis, no event); the unanswered question to the MoD; the residents' requests to move the heating point (no day); the siege 'in the first weeks' and strikes
# 'regularly since' (history, habit); the population before the war; the photographs sent 'in January' (no day, part of
# the suspicion); recruitment through job advertisements (habit); the treason case and the ICC referral (legal steps);
# the hall 'will not be rebuilt', the new heating point (plans); the gymnasts training in Kyiv (state); Kalenyk sleeping
# in his car (habit).
STATEMENTS = [
    S("Denys Kalenyk", "UA", "There were no eleven minutes for us", "survivor, Chernihiv"),
    S("Lars Engqvist", None, "This was an Iskander-M", "former munitions inspector, Nordic Arms Research Group"),
    S("Iryna Savchuk", "UA", "the name of the officer who pressed the button",
      "head of war crimes department, Chernihiv regional prosecutor's office"),
    S("Halyna Mostova", "UA", "where else would we put three hundred people", "resident, Chernihiv"),
]
# Not gold: the MoD's "a site where Ukrainian army units were temporarily based" (institution, no person); the SBU's
# "infrastructure" (fragment); Kalenyk's second quote ("at least I can see the sky") is covered by his statement.
MUST_NOT = ["PROZORIST", "independent investigations",
            "Investigations | Data | Documents | Team | Support us | UA / EN",
            "Investigations › War crimes",
            "By Zoriana Hnatyshyn, Petro Vakulenko and the Prozorist data desk",
            "20 March 2025 · 18 min read",
            "This investigation was supported by the Open Evidence Grant.",
            "Methodology: Prozorist verified all images with metadata analysis and reverse image search; flight-time "
            "analysis by the Prozorist data desk. Full sources are listed in the appendix.",
            "Download the appendix (PDF, 2.3 MB)",
            "Do you have information about this strike? Write to us securely: tips@prozorist.example",
            "Republishing: this investigation may be republished under CC BY-NC 4.0 with a link to the original.",
            "© Prozorist, 2025"]

EVIDENCE = {
    "lq05-1": "In the early hours of 12 February, a Russian ballistic missile struck the hall.",
    "lq05-2": "The second missile of the pair fell in a field near Kozelets, about 60 kilometres south of the city, without causing casualties.",
    "lq05-3": "The same night, Ukrainian air defence shot down seven Shahed-type drones over the Chernihiv region",
    "lq05-4": "six northern districts of Chernihiv were left without electricity until about ten in the morning",
    "lq05-5": "on 15 February, Ukraine's General Staff announced that HIMARS rockets had destroyed an Iskander-M launcher near Lgov.",
    "lq05-6": "On 23 October last year, a Shahed drone struck the school building next to the sports hall at night, when it was empty; nobody was hurt",
    "lq05-7": "On 20 February, the SBU security service detained a 51-year-old Chernihiv man on suspicion of helping Russian intelligence choose targets in the city.",
}


def build():
    return DOC, gold(DOC, with_evidence(DOC, EVENTS, EVIDENCE, MUST_NOT), STATEMENTS, MUST_NOT, TITLE)
