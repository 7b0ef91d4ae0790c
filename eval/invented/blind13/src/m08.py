from common import E, L, R, C, N, W, S, gold

TITLE = "Ukraine: Crowd storms recruitment office after man detained on street"
TEXT = """Skip to content
BBN
Home News Sport Business Innovation Culture Travel Earth Video Live
Ukraine: Crowd storms recruitment office after man detained on street
3 hours ago
Share
Save
Kateryna Honchar
BBN Ukrainian
Image source, Getty Images
Recruitment officers have become a frequent target of public anger as Ukraine struggles to replace losses at the front

A crowd of about 100 people tried to force their way into a military recruitment office in the western Ukrainian city of Kamianets-Podilskyi on Saturday evening, smashing windows and throwing stones at officers, after a man was detained on the street and driven away in a minibus.

Two recruitment officers were injured and police detained four people, the regional police said. Video shared on social media showed a man kicking the door of the building while others chanted "Let him go!"

The detained man, a 35-year-old builder, was released later that night after it emerged that he had a valid deferral as the father of three children, his wife told local media.

"Our officers acted within the law. Violence against servicemen is unacceptable, and those responsible will be held accountable," Oleh Symonenko, a spokesman for the Khmelnytskyi regional recruitment centre, said on Sunday.

Ukraine's parliamentary human rights commissioner said his office had opened an inquiry and would check whether the officers had used force.

On Sunday, several hundred people rallied peacefully in the southern city of Odesa, demanding an end to what protesters call "busification" - the practice of detaining men on the street and taking them to recruitment offices in minibuses. Police watched but did not intervene.

"We are not against mobilisation. We are against men being grabbed like stray dogs," said Iryna Bondar, one of the organisers, whose brother has been serving since 2022.

Image source, Reuters
Protesters in Odesa held placards reading "Mobilisation by law, not by force"

Ukraine lowered the minimum mobilisation age from 27 to 25 last year and has struggled to fill its ranks since.

In March, a similar confrontation in the Odesa region town of Reni ended with a recruitment officer being beaten.

MPs are considering a bill that would oblige recruitment officers to wear body cameras, but it has not yet been put to a vote. Commentators say that if trust in the system is not restored, more incidents are likely.

More on this story
Why Ukraine is struggling to find new soldiers
President signs law on demobilisation of released POWs

Related topics
Ukraine
Russia-Ukraine war
"""
DOC = {"id": "m08", "date": "2025-06-16", "source": "BBN News",
       "url": "https://www.bbn.example/news/articles/c4g7w2k1n9vo", "text": TEXT}

D = "2025-06-16"
EVENTS = [
    E("m08-1", "riot", "2025-06-14", L("Kamyanets-Podilskyi", name="Kamianets-Podilskyi"), "UA", "UA", inj=N(2),
      family=["protest"], claimant="regional police",
      note="crowd smashing windows and throwing stones = violent demonstration (riot); 'on Saturday evening' = 14 Jun; "
           "actor2 the state's officers; protest with intervention accepted"),
    E("m08-2", "arrest", "2025-06-14", L("Kamyanets-Podilskyi", name="Kamianets-Podilskyi"), "UA", None, optional=True,
      claimant="regional police", note="detentions at the riot: optional (blind4 call 1)"),
    E("m08-3", "arrest", "2025-06-14", L("Kamyanets-Podilskyi", name="Kamianets-Podilskyi"), "UA", None, optional=True,
      family=["military_mobilization"],
      note="the street detention of the builder by recruitment officers that set off the riot: context, optional"),
    E("m08-4", "protest", "2025-06-15", L("Odesa"), "UA", None, claimant="Iryna Bondar",
      note="peaceful rally 'On Sunday' (15 Jun); police did not intervene: actor2 null (blind4 call 2)"),
    E("m08-5", "riot", None, L("Reni"), "UA", "UA", prec="month", optional=True,
      note="'In March' (2025) confrontation in Reni: recalled with a month only, optional; date left null"),
]
STATEMENTS = [
    S("Oleh Symonenko", "UA", "Violence against servicemen is unacceptable", "spokesman, Khmelnytskyi regional recruitment centre"),
    S("Iryna Bondar", "UA", "We are against men being grabbed like stray dogs", "organiser"),
]
MUST_NOT = ["Skip to content", "BBN", "Home News Sport Business Innovation Culture Travel Earth Video Live",
            "3 hours ago", "Share", "Save", "Kateryna Honchar", "BBN Ukrainian", "Image source, Getty Images",
            "Image source, Reuters", "More on this story", "Why Ukraine is struggling to find new soldiers",
            "President signs law on demobilisation of released POWs", "Related topics", "Russia-Ukraine war"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
