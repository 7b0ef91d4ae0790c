from common import E, L, R, C, N, W, S, gold

TITLE = "Canada sanctions 40 more shadow-fleet tankers, pledges $200M for Ukrainian-made drones"
TEXT = """MPB
Maple Public Broadcasting
Sign In
News · Sports · Radio · Music · Listen Live · TV · Watch
World
Canada sanctions 40 more shadow-fleet tankers, pledges $200M for Ukrainian-made drones
Ottawa also adds 11 people linked to the deportation of Ukrainian children to its sanctions list
Kateryna Lytvyn · MPB News · Posted: Nov 19, 2025 4:00 AM EST | Last Updated: 7 hours ago
Social Sharing
The federal government has slapped sanctions on 40 more tankers it says belong to Russia's "shadow fleet," the ageing vessels that carry Russian oil past Western price caps, and on 11 people it accuses of organizing the deportation of Ukrainian children.

The measures, imposed on Tuesday, were announced in Ottawa by the foreign affairs minister, who said Canada had now listed more than 200 vessels.

Earlier the same day, the defence minister said Canada would spend $200 million to buy long-range drones produced in Ukraine for the Ukrainian armed forces, money drawn from the military aid already budgeted for this year.

The foreign affairs minister had discussed both measures on Monday in a phone call with her Ukrainian counterpart, her office said.

"Forty tankers is a meaningful number, but the fleet adds hulls faster than Western governments add names to their lists," said Daniel Mercer, who teaches international security at the University of Ottawa. "The drones are the more consequential half of this announcement."

For Ukrainian Canadians, the two decisions came after a weekend of pressure. On Sunday, several hundred people rallied outside the Manitoba Legislative Building in Winnipeg, calling on Ottawa to send more weapons and to seize frozen Russian assets.

"Sanctions on ships are good. Drones that reach the refineries those ships load from are better," said Lesia Maksymiuk, who heads the Manitoba branch of the Ukrainian Canadian Council and helped organize the rally.

The war touched Canadians directly this week. A volunteer from Saskatoon was among four people injured when a Russian drone hit a humanitarian convoy near Kherson on Monday, according to the aid group he works with.

"We had the emblem painted on the roof. The drone came down anyway," Graham Tessier told MPB News by phone from a hospital in Mykolaiv, where he is being treated for shrapnel wounds.

The Russian Embassy in Ottawa called the sanctions "illegitimate" and said Moscow would take "appropriate measures." The House of Commons defence committee is expected to hear from the defence minister on the drone purchase next week.
With files from Lodestar
ABOUT THE AUTHOR
Kateryna Lytvyn is a reporter with MPB News based in Ottawa. She covers foreign affairs and defence.
CORRECTIONS AND CLARIFICATIONS | SUBMIT A NEWS TIP | REPORT ERROR
"""
DOC = {"id": "kt13", "date": "2025-11-19", "source": "Maple Public Broadcasting (Canadian public broadcaster)",
       "url": "https://www.mpb.example/news/world/canada-sanctions-shadow-fleet-drones-ukraine-1.7381544", "text": TEXT}

D, TUE, MON, SUN = "2025-11-19", "2025-11-18", "2025-11-17", "2025-11-16"
EVENTS = [
    E("kt13-1", "policy_decision", TUE, C("CA", "Canada"), "CA", "RU",
      note="sanctions on 40 tankers and 11 people 'imposed on Tuesday' (18 Nov), announced in Ottawa: a sanction at "
           "the deciding country (precision 4, the capital where it was announced is no venue of its own)"),
    E("kt13-2", "policy_decision", TUE, C("CA", "Canada"), "CA", "UA",
      note="'Earlier the same day' (Tuesday) the defence minister said Canada 'would spend $200 million to buy "
           "long-range drones produced in Ukraine': an aid decision (the purchase itself is future) at the deciding "
           "country (blind41 kr13-2)"),
    E("kt13-3", "diplomatic_contact", MON, C(None, "phone call"), "CA", "UA",
      note="'on Monday in a phone call with her Ukrainian counterpart': a phone call, no place (blind41 kr02-2)"),
    E("kt13-4", "protest", SUN, L("Winnipeg"), "CA", None,
      note="'On Sunday, several hundred people rallied outside the Manitoba Legislative Building in Winnipeg' (16 Nov): "
           "peaceful protest of Ukrainian Canadians"),
    E("kt13-5", "air_drone_strike", MON, L("Kherson", 2, "near Kherson"), "RU", "UA", inj=N(4), weapons=[W("drone")],
      note="'a Russian drone hit a humanitarian convoy near Kherson on Monday' (17 Nov): four injured incl. the "
           "Canadian volunteer; near X = precision 2 (Mykolaiv is only where he is treated)"),
]
# Not events: 'now listed more than 200 vessels' (cumulative), 'already budgeted for this year', the dek (repeats
# kt13-1), 'a weekend of pressure' (framing), the embassy's 'appropriate measures' (threat), the committee hearing
# 'next week' (plan).
STATEMENTS = [
    S("Daniel Mercer", None, "the fleet adds hulls faster than Western governments add names to their lists",
      "teaches international security, University of Ottawa"),
    S("Lesia Maksymiuk", "CA", "Drones that reach the refineries those ships load from are better",
      "head of the Manitoba branch, Ukrainian Canadian Council"),
    S("Graham Tessier", "CA", "The drone came down anyway", "volunteer from Saskatoon"),
]
# Not gold: the embassy's 'illegitimate' and 'appropriate measures' (fragments), "shadow fleet" (a term).
MUST_NOT = ["Maple Public Broadcasting", "Sign In", "News · Sports · Radio · Music · Listen Live · TV · Watch",
            "Kateryna Lytvyn · MPB News · Posted: Nov 19, 2025 4:00 AM EST | Last Updated: 7 hours ago",
            "Social Sharing", "With files from Lodestar", "ABOUT THE AUTHOR",
            "Kateryna Lytvyn is a reporter with MPB News based in Ottawa. She covers foreign affairs and defence.",
            "CORRECTIONS AND CLARIFICATIONS | SUBMIT A NEWS TIP | REPORT ERROR"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
