from common import E, L, R, C, N, W, S, gold

TITLE = "A ceasefire on Moscow's terms would not end this war. It would pause it"
TEXT = """The Continental Review
OPINION | EUROPE
A ceasefire on Moscow's terms would not end this war. It would pause it
Europe keeps asking what Russia would accept. The better question is what Russia would do next
Marek Wisniewski-Hale
2 September 2025
Marek Wisniewski-Hale is a senior fellow at the Vistula Institute for Security Policy and a former Polish diplomat.
This article is more than 3 months old

There is a particular kind of silence that follows a large Russian strike on Kyiv. It is not the silence of the night, which is full of sirens and the distant thud of air defence, but the silence of the morning after, when the rescuers are still working and the numbers have not yet settled. Last Thursday's attack on the Ukrainian capital, in which Russian missiles and drones killed 19 people, four of them children, produced that silence again. It came two weeks after a summit that was supposed to open a path to peace.

It is worth dwelling on that sequence, because it tells us something that Western capitals keep forgetting. The Kremlin does not see talks and strikes as alternatives. It sees them as instruments of the same policy. Talks buy time and legitimacy; strikes apply pressure; and the combination is meant to persuade Ukraine's partners that the only way to stop the killing is to give Moscow what it wants.

What it wants has not changed. Since at least December 2021, when the Russian foreign ministry published its draft treaties demanding that Nato withdraw to its 1997 borders, the Kremlin has been remarkably consistent. It wants a neutral Ukraine, without Western troops or security guarantees worth the name; a Ukrainian army small enough to be irrelevant; recognition of its annexations; and, implicitly, a government in Kyiv that understands where its limits lie. The phrase Russian officials use — "eliminating the root causes of the conflict" — is not diplomatic fog. It is a programme.

The lessons of Minsk

Europeans should know this better than anyone, because we have been here before. On 5 September 2014, after Ukrainian forces were routed at Ilovaisk, Kyiv signed the first Minsk protocol. It did not hold. On 12 February 2015, after the battle for Debaltseve, came Minsk II, negotiated through the night by the leaders of France, Germany, Russia and Ukraine. It froze the front line for a while, but it never brought peace: fighting continued at a lower intensity for seven years, killing thousands, and Russia used the time to prepare its army for what came next.

The Minsk agreements failed not because their wording was flawed — though it was — but because one party regarded them as a stage in a longer campaign. The same is true of the Istanbul talks of March 2022, which critics of Western policy now describe as a lost opportunity for peace. The draft documents from those talks show that Moscow was demanding limits on Ukraine's armed forces that would have left the country defenceless. That was not a compromise that Kyiv rejected under Western pressure. It was a capitulation that it refused.

If Russia were to obtain a ceasefire along the current front line today, without binding security guarantees for Ukraine, what would it do with it? History suggests an answer. It would rebuild its forces, which have suffered enormous losses; it would continue to pressure Ukraine through sabotage, disinformation and occasional strikes; and it would wait for Western attention to drift. It would also try to use the ceasefire to lift sanctions, arguing that peace had been achieved. In three or four years, it could be ready to try again.

Some in Western capitals argue that Russia has been so weakened by the war that it would not be able to attack again for a generation. I would like to believe them. But the Russian economy, though strained, has been put on a war footing that is not easily reversed; its defence industry is producing more artillery shells, drones and missiles than all of Europe combined; and its army, for all its losses, has learned to fight a modern war in ways that most Nato armies have not. A Russia that keeps that machine running after a ceasefire would not need a generation. It might need three years.

Nor should we assume that the next war would be in Ukraine. If the Kremlin concluded that the West had lost its nerve, it might test Nato itself, somewhere on the alliance's eastern flank, with a limited operation designed to show that Article 5 is a bluff. That is not a prediction. It is a scenario that Baltic governments take seriously, and so should everyone else.

What a durable ceasefire would require

None of this means that a ceasefire is impossible, or that Ukraine should not seek one. Ukrainians are exhausted, and their society is paying a terrible price in lives, in emigration and in the slow destruction of its cities. A ceasefire that held would save thousands of lives a month. The question is not whether to stop the fighting but how to make sure it stays stopped.

A durable ceasefire would need three things that Moscow has so far refused. The first is a credible security guarantee, backed by forces on the ground or at least by a commitment that Russia believes. The coalition of European states that has been discussing a "reassurance force" for Ukraine has made progress this year, but it has not yet answered the hardest question: what would its soldiers do if Russia attacked? A force that would leave at the first shot is not a deterrent. A force that would fight is one that many European governments are not sure their voters would accept.

The second is a ceasefire that can be monitored and enforced. The OSCE mission that monitored the Minsk agreements had neither the mandate nor the means to stop violations; it could only count them. A future mission would need satellites, drones and the political backing to name the violator when the guns start again.

The third is a sanctions regime that stays in place until a real settlement is reached. If sanctions are lifted the moment the guns fall silent, Russia will have every reason to treat the ceasefire as a free pause.

The questions Europe avoids

Would the United States back such an arrangement? The honest answer is that nobody knows. The current administration in Washington has alternated between pressure on Moscow and pressure on Kyiv, and its priority appears to be the end of the fighting rather than the terms on which it ends. Europeans cannot build their security on the hope that this will change.

Could Europe do it alone? In principle, yes. Europe's combined economy is roughly ten times the size of Russia's, and European defence spending is rising faster than at any time since the end of the cold war. In practice, Europe lacks the air defence, the long-range strike capabilities and, above all, the political unity to replace the United States as Ukraine's main backer in the short term. Building those things will take years. The war will not wait.

And what of Ukraine itself? Kyiv has said repeatedly that it is ready for an unconditional ceasefire, and it has accepted proposals that Moscow has rejected. It has also said that it will never recognise the loss of its territory, and that it will not accept limits on its army. Both positions are reasonable. Both will be tested in any negotiation. Europe's job is not to decide for Ukraine but to make sure that whatever Ukraine decides is backed by enough strength to last.

A lesson from Finland

There is another historical comparison that Europeans should consider, one closer to home. In March 1940, after a winter of fighting in which its army inflicted enormous losses on the invading Soviet forces, Finland signed a peace treaty in Moscow that cost it a tenth of its territory. The treaty was a defeat, but Finland survived as an independent democracy. What made that possible in the longer term was not the treaty itself but what came after it: the Finns armed themselves, and after the Second World War they built a state so resilient that Moscow never again thought an invasion worth the cost.

Ukraine could follow a similar path. It would be painful; many Ukrainians would regard any loss of territory as a betrayal of those who died defending it. But a Ukraine that is armed, economically viable and anchored in Europe would be a victory of sorts, even if the map does not show it. The precondition is that Europe is willing to pay for that resilience for decades, not months. Is it? The evidence of the past three years is mixed at best.

A lesson from Korea

Advocates of a quick ceasefire sometimes cite the Korean armistice of July 1953 as a model: a line drawn where the armies stood, no peace treaty, and seventy years of uneasy but largely successful deterrence. The comparison is instructive, but not for the reasons usually given. The Korean armistice held because the United States stationed tens of thousands of troops on the peninsula and made clear that it would fight. Without that commitment, the line would not have lasted a decade. If Europe wants a Korean outcome in Ukraine, it must be prepared to play the American role. So far, it is not.

The argument from exhaustion

There is one more argument for a quick ceasefire that deserves a serious answer: that Ukraine simply cannot go on. Its army is short of soldiers, its mobilisation system is unpopular, and its economy depends on foreign money. All of this is true. But exhaustion is not a strategy, and a ceasefire agreed out of exhaustion, without guarantees, would not relieve Ukraine of the need to keep a large army. It would merely remove the foreign support that pays for it. A Ukraine that demobilised after such a ceasefire would be inviting the next invasion; a Ukraine that stayed mobilised would be paying for a war it was no longer fighting. Neither is a path to peace.

The honest answer to Ukrainian exhaustion is to make the burden lighter: more air defence, so that cities are not bombed; more money, so that soldiers can be paid and rotated; more weapons produced in Europe, so that Ukraine's supply does not depend on the political weather in Washington. These are expensive. They are far cheaper than the alternative.

What now?

European leaders are due to meet again this week to discuss the reassurance force and the use of frozen Russian assets to fund Ukraine's defence. They should resist the temptation to measure success by whether a ceasefire is announced. The measure is whether Russia, looking at the West's commitments, concludes that another war would cost more than it could gain.

The 19 people killed in Kyiv last week did not die because diplomacy failed. They died because the Kremlin believes that diplomacy and bombardment can be made to serve the same end. Until that belief is broken, every ceasefire will be a pause, and every pause will end the same way.

Comments (214)
Most popular in Opinion
Why the euro is stronger than you think
The quiet revolution in European rail
Support independent journalism: subscribe to The Continental Review from €1
"""
DOC = {"id": "t06", "date": "2025-09-02", "source": "The Continental Review (opinion)",
       "url": "https://continentalreview.example/opinion/2025/sep/02/ceasefire-moscow-terms-pause-not-peace", "text": TEXT}

EVENTS = [
    E("t06-1", "missile_artillery_strike", "2025-08-28", L("Kyiv"), "RU", "UA", fat=N(19),
      weapons=[W("missile"), W("drone")], family=["air_drone_strike"],
      note="'Last Thursday's attack' in a Tuesday 2 September column = 28 August; missiles and drones"),
    E("t06-2", "diplomatic_contact", "2025-08-14", C(None, "unspecified"), None, None, end="2025-08-19", prec="range",
      optional=True, note="'a summit' two weeks before last Thursday, place and parties not named"),
]
STATEMENTS = []
MUST_NOT = ["OPINION | EUROPE", "Marek Wisniewski-Hale is a senior fellow at the Vistula Institute for Security Policy and a former Polish diplomat.",
            "This article is more than 3 months old", "Comments (214)", "Most popular in Opinion",
            "Why the euro is stronger than you think", "The quiet revolution in European rail",
            "Support independent journalism: subscribe to The Continental Review from €1"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
