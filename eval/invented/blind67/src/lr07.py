from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, DIS

TITLE = "Passenger notices, 26 February: Kupiansk-Vuzlovyi, the Lozova section, Kharkiv suburban trains"
TEXT = """SLOBIDSKA RAILWAY · PASSENGER SERVICE
Regional branch notices · schedules · changes
Passenger notices, 26 February: Kupiansk-Vuzlovyi, the Lozova section, Kharkiv suburban trains
Wednesday, 26.02.2025 · 12:40
🚆🚆🚆
Because the Kupiansk-Vuzlovyi station was shelled on the night of 25 to 26 February, train No. 127 from Kyiv will run only as far as Balakliia today. Passengers to Kupiansk-Vuzlovyi will be taken on by our evacuation buses from Balakliia station. The station building and a signal box were damaged; none of the staff was hurt.
On the Lozova section, at about 14:20 yesterday, a drone struck the locomotive of a freight train between stations. The driver, 49, and his assistant were injured; both were taken to hospital in Lozova. Traffic on the section was restored after three hours, and four passenger trains ran up to two hours late.
After the attack on Kharkiv this night, the overhead contact line at the Kharkiv-Levada junction was damaged. Suburban trains to Merefa are cancelled until the end of the day; tickets can be returned without commission.
Trains to Sumy run on the regular schedule. During an air raid alert, trains do not stop on the way; at stations, passengers may go down to the shelters.
"We brought the train into Lozova on the second locomotive. The driver kept talking to us all the way, so we knew he was conscious," said Andrii Kovtun, the section's duty dispatcher.
We thank our passengers for their patience. Follow the notices in the app.
📱 Slobidska Railway app · Tickets · Schedules · Lost and found
#railway #Kharkiv #Kupiansk
"""
DOC = {"id": "lr07", "date": "2025-02-26", "source": "Slobidska Railway, passenger service notices",
       "url": "https://slobidska-rail.example/notices/2025-02-26", "text": TEXT}

D, PREV = "2025-02-26", "2025-02-25"
RAIL = "Slobidska Railway"
EVENTS = [
    E("lr07-1", MAS, D, L("Kupiansk-Vuzlovyi"), "RU", "UA", fat=N(0), inj=N(0), weapons=[W("artillery")], claimant=RAIL,
      evidence="Because the Kupiansk-Vuzlovyi station was shelled on the night of 25 to 26 February",
      note="'on the night of 25 to 26 February' -> 26 Feb; a subordinate clause carries the event; Kupiansk-Vuzlovyi "
           "703652 (the junction town, not Kupiansk); 'none of the staff was hurt' -> 0/0"),
    E("lr07-2", DIS, D, L("Kupiansk-Vuzlovyi"), "RU", "UA", parent="lr07-1", claimant=RAIL,
      evidence="train No. 127 from Kyiv will run only as far as Balakliia today",
      note="a train cut short 'today' because of the shelling: a rail disruption caused by the war, placed at the "
           "station that lost its service (not at Balakliia, where the train turns)"),
    E("lr07-3", ADS, PREV, H("Lozova", "Lozova section"), "RU", "UA", inj=N(2), weapons=[W("drone")], claimant=RAIL,
      evidence="On the Lozova section, at about 14:20 yesterday, a drone struck the locomotive of a freight train between stations.",
      note="'at about 14:20 yesterday' -> 25 Feb; 'between stations' of the Lozova section -> precision 2; the driver "
           "and his assistant 'were injured; both were taken to hospital' -> 2 w"),
    E("lr07-4", DIS, PREV, H("Lozova", "Lozova section"), "RU", "UA", parent="lr07-3", claimant=RAIL,
      evidence="Traffic on the section was restored after three hours, and four passenger trains ran up to two hours late.",
      note="three hours without traffic and delays caused by the drone strike: still a disruption although restored"),
    E("lr07-5", MAS, D, L("Kharkiv"), "RU", "UA", family=[ADS], claimant=RAIL,
      evidence="After the attack on Kharkiv this night, the overhead contact line at the Kharkiv-Levada junction was damaged.",
      note="'this night' -> 26 Feb; 'the attack' names no weapon -> both strike types, no weapon entry; the junction is "
           "in the city"),
    E("lr07-6", DIS, D, L("Kharkiv"), "RU", "UA", parent="lr07-5", claimant=RAIL,
      evidence="Suburban trains to Merefa are cancelled until the end of the day",
      note="cancellations caused by the damaged contact line; placed at Kharkiv, where the line was hit"),
]
# Not events: evacuation buses from Balakliia (a service); ticket returns; trains to Sumy 'on the regular schedule'
# (negation of a disruption); the alert rules (habitual); the thanks and app advice. Branch name, notices line, date
# line, train emoji line, app line and hashtags are furniture.
STATEMENTS = [
    S("Andrii Kovtun", "UA", "The driver kept talking to us all the way, so we knew he was conscious",
      "duty dispatcher of the section"),
]
MUST_NOT = ["SLOBIDSKA RAILWAY · PASSENGER SERVICE", "Regional branch notices · schedules · changes",
            "Wednesday, 26.02.2025 · 12:40", "🚆🚆🚆", "📱 Slobidska Railway app · Tickets · Schedules · Lost and found",
            "#railway #Kharkiv #Kupiansk"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
