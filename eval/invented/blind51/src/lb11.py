from common import E, L, R, C, N, W, S, gold

TITLE = "Middlesbrough volunteer hurt as Russian shells hit aid point in Kherson"
TEXT = """We and our partners use cookies to personalise ads and content. Manage preferences | Accept all
TEESSIDE ECHO
News > UK & World > Ukraine war
Middlesbrough volunteer hurt as Russian shells hit aid point in Kherson
By Gemma Holloway, Chief Reporter
16:40, 4 OCT 2024 Updated 17:12, 4 OCT 2024
A volunteer from Middlesbrough is recovering in hospital in southern Ukraine after Russian shells landed on Thursday afternoon at a point in Kherson where humanitarian aid was being handed out.

Daniel Foster, 29, who has spent the past year delivering food and medicine to front-line villages with a small charity, suffered shrapnel wounds to his shoulder and back. One local woman was killed and three other people were injured, the Kherson regional administration said.

His sister, Laura Foster, said the family had spoken to him by video call from his hospital bed. "He was joking with the nurses, which is Dan all over. But he knows how lucky he was," she told the Echo.

The aid point, in a school gym in the Dniprovskyi district, had been opened only on Monday.

Earlier the same day, a minibus in Bilozerka, a village west of Kherson, was struck by a bomblet from a Russian drone; the driver and a passenger were injured, regional officials said.

Mr Foster's charity, Tees to Kherson, said it would pause deliveries for a week but would not withdraw from the region.
Sign up to our free daily newsletter
Most Read
New children's ward opens at Middlesbrough hospital
Comments (37)
Teesside Echo, Northern Media Group, 12 Albert Road, Middlesbrough TS1 1QD
"""
DOC = {"id": "lb11", "date": "2024-10-04", "source": "Teesside Echo (British regional newspaper website)",
       "url": "https://teessideecho.example/news/uk-world-news/middlesbrough-volunteer-kherson-shelling-30811245",
       "text": TEXT}

THU = "2024-10-03"
EVENTS = [
    E("lb11-1", "missile_artillery_strike", THU, L("Kherson"), "RU", "UA", fat=N(1), inj=N(4),
      weapons=[W("artillery")],
      evidence="Russian shells landed on Thursday afternoon at a point in Kherson where humanitarian aid was being handed out",
      note="shelling of an aid point in Kherson 'on Thursday afternoon' (3 Oct; Dniprovskyi district = the city): one "
           "woman killed, 'three other people were injured' besides the British volunteer -> 4 injured"),
    E("lb11-2", "air_drone_strike", THU, L("Bilozerka"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      evidence="a minibus in Bilozerka, a village west of Kherson, was struck by a bomblet from a Russian drone",
      note="'Earlier the same day' = Thursday 3 Oct: drone on a minibus in Bilozerka, 'the driver and a passenger' "
           "injured = 2"),
]
# Not events: the aid point 'opened only on Monday' (not a war event), the video call, the charity 'would pause
# deliveries for a week' (plan), 'the past year delivering food' (background).
STATEMENTS = [
    S("Laura Foster", "GB", "But he knows how lucky he was", "sister of the injured volunteer"),
]
MUST_NOT = ["We and our partners use cookies to personalise ads and content. Manage preferences | Accept all",
            "TEESSIDE ECHO", "News > UK & World > Ukraine war", "By Gemma Holloway, Chief Reporter",
            "16:40, 4 OCT 2024 Updated 17:12, 4 OCT 2024", "Sign up to our free daily newsletter", "Most Read",
            "New children's ward opens at Middlesbrough hospital",
            "Comments (37)", "Teesside Echo, Northern Media Group, 12 Albert Road, Middlesbrough TS1 1QD"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
