from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIS

TITLE = "Number of injured in the night attack on Odesa rises to four; 14 drones downed over the region"
TEXT = """BLACK SEA COURIER
News of Odesa and the region since 1998
Main | Odesa | Region | Economy | Port | Opinions | Photo
Version for the visually impaired
Number of injured in the night attack on Odesa rises to four; 14 drones downed over the region
Tuesday, 16.12.2025 — 12:10
Text: Black Sea Courier editorial desk
The number of people injured in the night drone attack on Odesa has risen to four, the regional military administration said at noon. Two of them are in hospital; the others were treated on the spot.

In total, air defence destroyed 14 Shahed-type drones over Odesa region during the night, the administration said, revising its morning figure.

In Odesa's Peresyp district, the drone attack damaged a warehouse of a port company: a hangar with grain burned down and two trucks were destroyed. Part of the neighbouring Kyivskyi district was left without electricity until 09:00.

In Pivdenne, a drone hit a port facility at about 03:40; a fire broke out on an area of 400 square metres. No one was hurt.

Debris of downed drones also fell in Chornomorsk, damaging the roof of a nine-storey building.

"The enemy keeps trying to cut the ports off. Each night we lose warehouses, and each morning the ships are still loading," said Oleksandr Perepelytsia, spokesman of the Southern Defence Forces.

The Odesa port operated as usual on Tuesday morning.

Photo: Black Sea Courier / Dmytro Ivanenko
Read us on Telegram and Viber
Share: Facebook · Telegram · Viber · Copy link
Related: Odesa: how to get compensation for damaged windows
The editorial office may not share the views of the authors. © 1998–2025 Black Sea Courier
"""
DOC = {"id": "kq11", "date": "2025-12-16", "source": "Black Sea Courier (Odesa regional news site, midday update)",
       "url": "https://bscourier.example/odesa/2025/12/16/injured-rise-to-four", "text": TEXT}

D = "2025-12-16"
EVENTS = [
    E("kq11-1", ADS, D, L("Odesa"), "RU", "UA", inj=N(4), weapons=[W("drone")],
      note="'The number of people injured in the night drone attack on Odesa has risen to four': this page's figure "
           "(the earlier kq10 page says two; each gold follows its own text); the port warehouse, grain hangar and "
           "trucks in the Peresyp district are this strike; attacker implied (Shahed-type, regional military "
           "administration) -> RU"),
    E("kq11-2", INT, D, R("UA-51", "Odesa region"), "UA", "RU",
      weapons=[W("drone", "Shahed-136", intercepted=N(14))],
      note="'destroyed 14 Shahed-type drones over Odesa region', 'revising its morning figure' (9 on kq10): 14"),
    E("kq11-3", DIS, D, L("Odesa"), "RU", "UA", parent="kq11-1",
      note="'Part of the neighbouring Kyivskyi district was left without electricity until 09:00'"),
    E("kq11-4", ADS, D, L("Pivdenne"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("drone")],
      note="'In Pivdenne, a drone hit a port facility at about 03:40 … No one was hurt' -> 0/0; Pivdenne 687997 "
           "(the Odesa-oblast port town, not the Kharkiv or Donetsk namesakes)"),
    E("kq11-5", ADS, D, L("Chornomorsk"), "RU", "UA", weapons=[W("drone")],
      note="debris of downed drones damaged a nine-storey building's roof in Chornomorsk; casualties not stated on this "
           "page -> absent (kq10 says none)"),
]
# Not events: 'treated on the spot', the port 'operated as usual' (no disruption), the spokesman's 'Each night we lose
# warehouses' (habitual). The national wave is not on this page.
STATEMENTS = [
    S("Oleksandr Perepelytsia", "UA", "The enemy keeps trying to cut the ports off",
      "spokesman of the Southern Defence Forces"),
]
MUST_NOT = ["BLACK SEA COURIER", "News of Odesa and the region since 1998",
            "Main | Odesa | Region | Economy | Port | Opinions | Photo", "Version for the visually impaired",
            "Tuesday, 16.12.2025 — 12:10", "Text: Black Sea Courier editorial desk",
            "Photo: Black Sea Courier / Dmytro Ivanenko", "Read us on Telegram and Viber",
            "Share: Facebook · Telegram · Viber · Copy link",
            "Related: Odesa: how to get compensation for damaged windows",
            "The editorial office may not share the views of the authors. © 1998–2025 Black Sea Courier"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
