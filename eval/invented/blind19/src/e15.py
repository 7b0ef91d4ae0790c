from common import E, L, R, C, N, W, S, gold

TITLE = "Senate panel advances Russia sanctions bill as Ukraine's top diplomat lobbies on the Hill"
TEXT = """THE CAPITOL LEDGER
Congress · White House · Policy · Campaigns · Newsletters · Podcasts
FOREIGN POLICY
Senate panel advances Russia sanctions bill as Ukraine's top diplomat lobbies on the Hill
The 18-3 committee vote sends the measure to a floor that leadership has not yet scheduled.
By Miriam Kessler and Tom Ashworth
06/12/2025 07:30 AM EDT
🎁 Gift this article
Comments 1,204
The Senate Foreign Relations Committee voted 18-3 on Wednesday to advance a bill that would impose secondary tariffs on countries buying Russian oil, the strongest signal yet that Congress is willing to act on its own if the White House does not.

The bill still faces an uncertain path. Senate leaders have not said when, or whether, it will come to the floor, and the president has told allies he wants "flexibility" on sanctions while talks with Moscow continue.

"We've waited long enough. This committee just told the Kremlin that the cost of this war is going up," said the committee's chairman, Sen. Ron Whitfield (R-Idaho), after the vote.

His Democratic counterpart was more cautious. Sen. Alicia Marquez (D-N.M.) said she backed the bill but warned it could be "a message without a messenger" unless the administration enforces it.

Ukraine's foreign minister, who was in Washington for two days of meetings, met Secretary of State on Wednesday afternoon at the State Department and later spent an hour with senators from both parties.

"We are not asking America to fight for us. We are asking for the tools," the minister told reporters outside the Russell Senate Office Building. "Air defense, sanctions that bite, and time."

🎧 On "The Whip" podcast: Why the sanctions bill keeps stalling — listen now
The meetings came hours after a Russian drone attack on Kharkiv overnight into Wednesday killed two people and damaged a hospital, according to Ukrainian officials — an attack the minister cited repeatedly.

Russia's embassy in Washington said in a statement that the bill was "an attempt to blackmail the whole world" and warned of "consequences for American business."

A White House spokesperson declined to say whether the president would sign the measure if it passed. Another round of talks between U.S. and Russian envoys could take place in Istanbul later this month, two officials familiar with the planning said.

Editor's note: This story has been updated with the final committee vote tally.
Get the Morning Whip newsletter — the day's Congress news before 7 a.m.
Filed under: Senate · Russia · Ukraine · Sanctions
© 2025 Capitol Ledger LLC
"""
DOC = {"id": "e15", "date": "2025-06-12", "source": "The Capitol Ledger (US politics site)",
       "url": "https://www.capitolledger.example/news/2025/06/12/senate-russia-sanctions-bill-committee-00412345",
       "text": TEXT}

EVENTS = [
    E("e15-1", "policy_decision", "2025-06-11", L("Washington"), "US", "RU",
      note="committee vote 'on Wednesday' in a Thursday piece: a decision actually taken (advancing the bill); floor "
           "vote, signature and enforcement are not events"),
    E("e15-2", "diplomatic_contact", "2025-06-11", L("Washington"), "UA", "US",
      note="Ukraine's foreign minister met the Secretary of State (title only) at the State Department on Wednesday "
           "afternoon; the hour with senators is part of the same visit (not separate)"),
    E("e15-3", "air_drone_strike", "2025-06-11", L("Kharkiv"), "RU", "UA", fat=N(2), weapons=[W("drone")],
      claimant="Ukrainian officials",
      note="'overnight into Wednesday' = Wednesday 11 June (the piece is dated Thursday)"),
]
STATEMENTS = [
    S("Ron Whitfield", "US", "the cost of this war is going up", "chairman, Senate Foreign Relations Committee"),
    S("Alicia Marquez", "US", "a message without a messenger", "senator"),
    S("Ukrainian foreign minister", "UA", "We are not asking America to fight for us", "title only"),
    S("Ukrainian foreign minister", "UA", "Air defense, sanctions that bite, and time", "title only"),
    S("Russian embassy in Washington", "RU", "an attempt to blackmail the whole world"),
]
MUST_NOT = ["THE CAPITOL LEDGER", "Congress · White House · Policy · Campaigns · Newsletters · Podcasts",
            "FOREIGN POLICY", "By Miriam Kessler and Tom Ashworth", "06/12/2025 07:30 AM EDT", "🎁 Gift this article",
            "Comments 1,204", "🎧 On \"The Whip\" podcast: Why the sanctions bill keeps stalling — listen now",
            "Editor's note: This story has been updated with the final committee vote tally.",
            "Get the Morning Whip newsletter — the day's Congress news before 7 a.m.",
            "Filed under: Senate · Russia · Ukraine · Sanctions", "© 2025 Capitol Ledger LLC"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
