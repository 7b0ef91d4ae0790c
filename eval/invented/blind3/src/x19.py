from common import *

TITLE = "Russian Offensive Campaign Assessment, August 19, 2025"
TEXT = f"""Center for Operational Studies
{TITLE}
Authors: Noor Haddad, Piotr Zielinski, Ada Brennan, and the COS Russia team
August 20, 2025 — 4:45 AM ET
Click here to see COS's interactive map of the Russian invasion of Ukraine.

Key Takeaways:
- European leaders and the Ukrainian president met the US president in Washington on August 18 to discuss security guarantees for Ukraine in the event of a ceasefire.
- Russian officials continued to reject any deployment of European forces to Ukraine after a ceasefire, indicating that the Kremlin's maximalist objectives remain unchanged.
- Russian forces conducted a combined missile and drone strike against Ukraine on the night of August 18 to 19.
- Ukrainian forces recently advanced in the Dobropillia direction, and Russian forces recently advanced in the Pokrovsk and Zaporizhia directions.

The White House meeting on August 18 followed the US-Russia summit in Anchorage, Alaska, on August 15, which produced no agreement on a ceasefire. European leaders and the Ukrainian president discussed with the US president a framework of security guarantees that would apply after a ceasefire or peace agreement. The details remain unclear, and COS will not speculate on the content of guarantees that the participants themselves have not defined.

Russian officials continued to reject the idea that European forces could be deployed to Ukraine as part of any settlement. Russian Foreign Ministry spokesperson Irina Vakhrusheva stated on August 19 that Russia "categorically rejects any scenario involving NATO troops in Ukraine." The Kremlin's statements are consistent with Russia's longstanding demand that Ukraine be neutral, disarmed, and without Western partners. COS continues to assess that the Kremlin is not interested in a settlement that falls short of its original war aims and is using negotiations to delay new sanctions while Russian forces continue offensive operations.

History suggests caution about ceasefires that freeze a front line without enforceable guarantees. The Minsk II agreement, signed on February 12, 2015, did not stop the Russian-led offensive on Debaltseve, which Russian and proxy forces seized on February 18, 2015 - six days after the agreement was signed. The 1953 Korean armistice held because it was backed by a large US military presence; no comparable guarantee is yet on offer for Ukraine. These precedents are not predictions, but they indicate the conditions under which a ceasefire is more or less likely to hold.

Russian forces conducted a combined missile and drone strike against Ukraine on the night of August 18 to 19. The Ukrainian Air Force reported that Russian forces launched four Iskander-M ballistic missiles from Belgorod Oblast and 88 Shahed-type and decoy drones from the directions of Kursk, Millerovo, Primorsko-Akhtarsk, and Oryol cities. Ukrainian forces downed 63 drones, and 24 drones reached their targets in eight locations. Ukrainian officials reported that a Russian drone struck a residential building in the Saltivskyi district of Kharkiv, killing seven people, including a child, and injuring 17. Russian drones also struck energy infrastructure in Kremenchuk, Poltava Oblast, causing a partial power outage in the city.

The strike package is consistent with recent Russian efforts to saturate Ukrainian air defenses with large numbers of decoy drones. Russian forces will likely continue to conduct such strikes throughout the negotiations, and will likely intensify strikes against Ukraine's energy infrastructure ahead of the autumn heating season, as they did in 2022, 2023, and 2024.

Ukrainian forces recently advanced in the Dobropillia direction. Ukrainian forces counterattacked east of Dobropillia on August 19 and regained positions that Russian infiltration groups had occupied the week before, according to the Ukrainian General Staff. Geolocated footage published on August 18 indicates that Russian forces recently advanced north of Rodynske, in the Pokrovsk direction. COS has not observed confirmation of Russian claims of further advances in the area.

Russian forces continued offensive operations in the Kostiantynivka direction on August 19, attacking near Chasiv Yar, but did not advance. A Russian milblogger claimed that Russian forces seized several positions in the west of Chasiv Yar; COS has not observed evidence to confirm this claim.

The Russian Ministry of Defense claimed on August 19 that Russian forces seized Kamianske in Zaporizhia Oblast. The Ukrainian General Staff did not comment, and COS cannot confirm the claim. Russian forces have attacked in the Kamianske area since the spring; the settlement has been largely destroyed.

Russian forces continued limited offensive operations in the Kupiansk, Siversk, and Kherson directions on August 19 but did not make confirmed advances.

The Russian force-generation picture has not changed materially over the summer. Russian authorities continue to recruit volunteers with large one-time bonuses, which several regions raised again in July and August, and the Kremlin has so far avoided another round of involuntary mobilization. COS continues to assess that this recruitment model is sufficient to sustain the current tempo of infantry-heavy assaults in the near term but is increasingly costly for regional budgets. Russian milbloggers continue to complain about the quality of the replacements and about commanders who sacrifice them in small-group infiltration tactics.

Ukrainian forces, for their part, continue to rely heavily on drones to compensate for shortages of infantry. Ukrainian unmanned systems units now hold a significant share of the front line in several directions, and Ukrainian officials have described a "drone wall" concept intended to make any movement within 10 to 15 kilometers of the line of contact prohibitively costly. The concept has slowed but not stopped Russian infiltration, as the situation near Dobropillia shows.

The interaction between the battlefield and the negotiations deserves careful attention. Russian officials have an incentive to present battlefield gains as inevitable in order to persuade Western interlocutors that Ukraine should cede the remainder of Donetsk Oblast. The actual pace of the Russian advance, measured in a few hundred square kilometers per month at high cost, does not support the claim that Ukrainian defenses are collapsing.

COS assesses that Russian forces will likely continue offensive operations in the Pokrovsk and Kostiantynivka directions in the coming weeks, regardless of the progress of negotiations. The Russian command appears to be trying to seize as much of Donetsk Oblast as possible before any ceasefire takes effect.

Note: COS will not publish an assessment on August 24, Ukraine's Independence Day. Coverage will resume on August 25.
Download the PDF | Subscribe to COS updates
"""
MUST_NOT = ["Center for Operational Studies", "Authors: Noor Haddad, Piotr Zielinski, Ada Brennan, and the COS Russia team",
            "Click here to see COS's interactive map of the Russian invasion of Ukraine.",
            "Note: COS will not publish an assessment on August 24, Ukraine's Independence Day. Coverage will resume on August 25.",
            "Download the PDF | Subscribe to COS updates"]
EVENTS = [
 E("x19-1", "diplomatic_contact", "2025-08-18", "UA", "US", at("Washington"), note="White House meeting"),
 E("x19-2", "diplomatic_contact", "2025-08-15", "US", "RU", at("Anchorage"), optional=True, note="summit three days before the report period, in passing"),
 E("x19-3", "missile_artillery_strike", "2025-08-19", "RU", "UA", country("UA"),
   weapons=[W("ballistic_missile", "Iskander-M", launched=n(4)), W("drone", "Shahed-136", launched=n(88))],
   claimant="Ukrainian Air Force", note="night of Aug 18-19; launch directions (Kursk, Millerovo, Primorsko-Akhtarsk, Oryol, Belgorod Oblast) are not targets; '24 reached their targets' is not a separate event"),
 E("x19-4", "interception", "2025-08-19", "UA", "RU", country("UA"), weapons=[W("drone", intercepted=n(63))], claimant="Ukrainian Air Force"),
 E("x19-5", "air_drone_strike", "2025-08-19", "RU", "UA", at("Kharkiv", name="Kharkiv (Saltivskyi district)"), fat=7, inj=17,
   target="residential", parent="x19-3", claimant="Ukrainian officials"),
 E("x19-6", "air_drone_strike", "2025-08-19", "RU", "UA", at("Kremenchuk"), target="energy", parent="x19-3"),
 E("x19-7", "infrastructure_disruption", "2025-08-19", "RU", "UA", at("Kremenchuk"), parent="x19-3"),
 E("x19-8", "territory_change", "2025-08-19", "UA", "RU", near("Dobropillia", "east of Dobropillia"), claimant="Ukrainian General Staff"),
 E("x19-9", "territory_change", None, "RU", "UA", near("Rodynske", "north of Rodynske"), precision="unknown", optional=True,
   note="'recently advanced', footage published Aug 18"),
 E("x19-10", "armed_clash", "2025-08-19", "RU", "UA", near("Chasiv Yar", "near Chasiv Yar")),
 E("x19-11", "territory_change", "2025-08-19", "RU", "UA", at("Kamianske (Zaporizhzhia)"), claimant="Russian Ministry of Defense (unconfirmed)",
   note="date of the claim; Kamianske, Vasylivka district, Zaporizhzhia Oblast"),
 E("x19-12", "armed_clash", "2025-08-19", "RU", "UA", near("Kupiansk", "Kupiansk direction"), optional=True,
   note="directions merely listed (Kupiansk, Siversk, Kherson)"),
]
STATEMENTS = [S("Irina Vakhrusheva", "RU", "categorically rejects any scenario involving NATO troops", "Russian Foreign Ministry spokesperson")]

def build():
    return article("x19", "2025-08-20", "Center for Operational Studies", "https://operational-studies.example/research/russian-offensive-campaign-assessment-august-19-2025",
                   "long analytical (think-tank daily assessment)", "analysis and forecasts; history with explicit old dates (Feb 12/18 2015, 1953 Korea); launch directions (Kursk, Millerovo, Primorsko-Akhtarsk, Oryol) not targets; '24 drones reached their targets'; city district; 'recently advanced' undated (optional); claims not confirmed; listed directions optional",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
