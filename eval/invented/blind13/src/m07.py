from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine says it hit Russian air defence radar in Crimea, Russia claims sea drones destroyed"
TEXT = """APN - Agence Presse Nouvelle
Europe
Ukraine says it hit Russian air defence radar in Crimea, Russia claims sea drones destroyed
Published on: 26/09/2024 - 13:18 Modified: 26/09/2024 - 15:02
2 min Reading time
Share on Facebook | Share on X | Share on WhatsApp | Email

Kyiv (APN) – Ukraine's navy said Thursday it had destroyed a radar station of a Russian S-400 air defence system near Yevpatoria in occupied Crimea with Neptune missiles, while Moscow said it had shot down four missiles over the peninsula and destroyed five sea drones.

The strike took place on Wednesday evening, navy spokesman Oleksii Haidai said, adding that a "secondary detonation" was recorded at the site.

"Every radar we take out in Crimea makes the sky over Odesa a little safer," Haidai told APN.

Russia's defence ministry said air defence systems had shot down four Ukrainian Neptune missiles over Crimea overnight and that Black Sea Fleet helicopters had destroyed five unmanned boats heading for the peninsula in the northwestern part of the Black Sea. It did not mention the radar.

The Moscow-installed governor of Sevastopol said air defence units had repelled a drone attack on the city early Thursday and that debris had damaged a power line in the Balaklava district. Nobody was injured, he said on Telegram.

Ferry traffic across the Kerch Strait was suspended for about four hours on Thursday morning, Russian authorities said, without giving a reason.

Advertising

In the Odesa region, a Russian Iskander-M ballistic missile hit port infrastructure in the town of Pivdenne late on Wednesday, injuring three port workers, regional officials said. A grain silo was damaged.

Ukraine has used sea drones and Western-supplied missiles to push much of Russia's Black Sea Fleet out of western Crimea since 2023, allowing it to reopen a shipping corridor for grain exports from Odesa-area ports.

Kyiv has repeatedly asked for permission to use Western long-range missiles against targets deep inside Russia, a request allies have so far not granted.

ole-jm/gd

© 2024 APN

Read more on the same topic:
Black Sea: Ukraine's grain corridor defies the Russian fleet
Crimea: explosions heard near Russian air base, Kyiv silent
"""
DOC = {"id": "m07", "date": "2024-09-26", "source": "APN (Agence Presse Nouvelle)",
       "url": "https://www.apn-news.example/en/europe/20240926-ukraine-says-it-hit-russian-air-defence-radar-in-crimea",
       "text": TEXT}

D = "2024-09-26"
EVENTS = [
    E("m07-1", "missile_artillery_strike", "2024-09-25", L("Yevpatoria", 2, "near Yevpatoria"), "UA", "RU",
      weapons=[W("cruise_missile", "Neptune")], claimant="Ukrainian navy",
      note="'on Wednesday evening' = 25 Sep; 'near Yevpatoria' = precision 2; Neptune is a cruise missile"),
    E("m07-2", "interception", D, R("UA-43", "Crimea"), "RU", "UA", weapons=[W("cruise_missile", "Neptune", intercepted=N(4))],
      claimant="Russian Defence Ministry",
      note="'overnight' over Crimea: dated Thursday (±1 day covers the Wednesday-evening strike); Crimea = UA-43"),
    E("m07-3", "interception", D, C(None, "northwestern Black Sea"), "RU", "UA",
      weapons=[W("drone", intercepted=N(5))], claimant="Russian Defence Ministry",
      note="five unmanned boats destroyed at sea: open sea, no country (blind4 call 10); sea drones = drone"),
    E("m07-4", "interception", D, L("Sevastopol"), "RU", "UA", weapons=[W("drone")], claimant="Sevastopol governor",
      note="drone attack 'repelled' over the city (no count)"),
    E("m07-5", "air_drone_strike", D, L("Balaklava", 2, "Balaklava district"), "UA", "RU", fat=N(0), inj=N(0),
      weapons=[W("drone")], claimant="Sevastopol governor",
      note="debris damaged a power line; the Balaklava district of Sevastopol (UA-40) at Balaklava's point, "
           "precision 2; 'Nobody was injured' = 0/0"),
    E("m07-6", "infrastructure_disruption", D, L("Kerch", 2, "Kerch Strait ferry crossing"), None, None,
      claimant="Russian authorities",
      note="ferry traffic suspended 'without giving a reason': sides null; coded near Kerch (UA-43)"),
    E("m07-7", "missile_artillery_strike", "2024-09-25", L("Pivdenne"), "RU", "UA", inj=N(3),
      weapons=[W("ballistic_missile", "Iskander-M")], claimant="Odesa regional officials",
      note="'late on Wednesday' = 25 Sep; Pivdenne (formerly Yuzhne) in the Odesa region"),
]
STATEMENTS = [
    S("Oleksii Haidai", "UA", "makes the sky over Odesa a little safer", "navy spokesman"),
]
MUST_NOT = ["APN - Agence Presse Nouvelle", "Europe", "Published on: 26/09/2024 - 13:18 Modified: 26/09/2024 - 15:02",
            "2 min Reading time", "Share on Facebook | Share on X | Share on WhatsApp | Email", "Advertising",
            "ole-jm/gd", "© 2024 APN", "Read more on the same topic:",
            "Black Sea: Ukraine's grain corridor defies the Russian fleet",
            "Crimea: explosions heard near Russian air base, Kyiv silent"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
