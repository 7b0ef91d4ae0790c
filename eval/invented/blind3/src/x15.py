from common import *

TITLE = "Missile hits cargo ship in Ukrainian port, four crew killed; drone strikes train in Sumy region"
TEXT = f"""Harbour & Freight Wire
{TITLE}
October 10, 2024 · 07:58 UTC
By Ines Carvalho
Share | Print | Email

ODESA, Oct 10 (HFW) - A Russian ballistic missile hit a civilian container ship at the port of Pivdennyi in the Odesa region on Wednesday evening, killing four crew members and injuring five, regional governor Taras Hordiienko said.

The Panama-flagged vessel was waiting to load grain for Egypt when it was struck, he said. The dead were Syrian nationals; the injured included a Ukrainian port worker.

It was the third attack on a civilian vessel in the Odesa ports this week. On Monday, a drone hit a bulk carrier loading grain in Chornomorsk, injuring one crew member, officials said at the time.

Russia's defence ministry said on Thursday it had struck "port infrastructure used by the Ukrainian armed forces" in the Odessa region, without mentioning the ship.

Hours before the port attack, on Wednesday afternoon, a Russian drone hit a passenger train at the station in Shostka in the Sumy region, injuring three people, Ukraine's state railway said. Train services on the Shostka line were suspended for the rest of the day while the tracks were checked.

Port officials said loading at Pivdennyi resumed on Thursday morning at the berths that were not damaged. The vessel's operator said it was assessing the damage and had not decided whether the ship could sail under its own power.

Since Ukraine launched its own shipping corridor in the Black Sea in August 2023, more than 2,000 vessels have used it, carrying grain, ore and steel. Shipping industry sources said insurance premiums for calls at Ukrainian ports could rise again after this week's attacks.

"Every ship that enters this corridor is a target now," said Captain Nikos Drakos, who heads a shipowners' association in Piraeus.

(Additional reporting by Oleksii Tkach in Kyiv; editing by Pauline Marsh)
Our email newsletter: get Harbour & Freight Wire's daily briefing
"""
MUST_NOT = ["October 10, 2024 · 07:58 UTC", "By Ines Carvalho", "Share | Print | Email",
            "(Additional reporting by Oleksii Tkach in Kyiv; editing by Pauline Marsh)",
            "Our email newsletter: get Harbour & Freight Wire's daily briefing"]
EVENTS = [
 E("x15-1", "missile_artillery_strike", "2024-10-09", "RU", "UA", at("Pivdenne", name="port of Pivdennyi"),
   weapons=[W("ballistic_missile", launched=n(1))], fat=4, inj=5, target="ship",
   claimant="Odesa governor Taras Hordiienko; Russian defence ministry (port infrastructure)"),
 E("x15-2", "air_drone_strike", "2024-10-07", "RU", "UA", at("Chornomorsk"), inj=1, target="ship"),
 E("x15-3", "air_drone_strike", "2024-10-09", "RU", "UA", at("Shostka"), inj=3, target="train", claimant="Ukrainian state railway"),
 E("x15-4", "infrastructure_disruption", "2024-10-09", "RU", "UA", at("Shostka"), note="train services suspended"),
]
STATEMENTS = [S("Russia's defence ministry", "RU", "port infrastructure used by the Ukrainian armed forces", "ministry statement"), S("Nikos Drakos", None, "Every ship that enters this corridor is a target now", "head of shipowners' association")]

def build():
    return article("x15", "2024-10-10", "Harbour & Freight Wire", "https://hfw.example/ports/2024/10/10/pivdennyi-ship-strike",
                   "short wire (port/grain ship, train)", "attack on a ship in port and on a passenger train; 'on Monday' earlier in the week; Russian spelling Odessa; four-digit count 2,000 vessels; history August 2023",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
