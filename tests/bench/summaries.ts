/**
 * The benchmark's requests: questions in readers' words, and newsroom summaries to check (one of
 * about 2,000 characters, and one built up to the route's 20,000-character limit).
 */

export const QUESTIONS = [
  'Who hosted the trilateral talks?',
  'What does Putin demand before ending the war?',
  'How many drones did Russia launch?',
  "What is Hungary's position?",
  'What security guarantees is the United States offering Ukraine?',
  'Would Zelensky withdraw troops from Donbas?',
  'How much of Donetsk does Russia control?',
  'What is the fortress belt?',
  'When is the next round of negotiations in Abu Dhabi?',
  'Do Ukrainians support giving up territory for peace?',
]

/** What-if questions, answered with grouped quotes of consequence (src/answer/scenario.ts). */
export const SCENARIO_QUESTIONS = [
  'What happens if Ukraine gives up Donbas?',
  'What if the talks fail?',
  'What does Russia gain if Ukraine withdraws from Donbas?',
]

/**
 * A newsroom summary of security-guarantees-donbas.txt, about 2,000 characters, one sentence per
 * entry: the number of sentences the route must return. Some restate the article, some change a
 * figure or a date, one states an allegation as fact and some go beyond it.
 */
export const CHECK_SENTENCES = [
  // Restate the article.
  'According to the Financial Times, citing eight sources familiar with the talks, the U.S. is pressing Kyiv to give up the Donbas region as a condition for any formal security guarantees.',
  'Russian forces launched 138 drones at Ukraine, of which 110 were intercepted or suppressed and 21 hit targets in 11 locations.',
  'The United Arab Emirates hosted the first trilateral talks between the U.S., Ukraine and Russia in Abu Dhabi on January 23.',
  'A poll by the Kyiv International Institute of Sociology found that over 54% of Ukrainians oppose ceding Donbas to Russia in exchange for security guarantees.',
  'The 50km fortress belt runs through the cities of Kramatorsk, Slovyansk, Druzhkivka and Kostyantynivka.',
  'Zelensky had said he was ready to sign documents on security guarantees and a postwar $800 billion prosperity plan with Washington.',
  'After the Abu Dhabi talks, Witkoff said the negotiators had got it down to one issue, which meant it was solvable.',
  // Change a figure.
  "Russia's Defense Ministry said its air defenses shot down 60 Ukrainian drones over the weekend, 34 of them over the Krasnodar region.",
  'Moscow now controls 75% of the Donbas region, including nearly all of Luhansk, yet Ukrainian forces bolstered by Western support still hold key positions there.',
  // Change a date.
  'Putin received Trump envoys Steve Witkoff and Jared Kushner at the Senate Palace of the Kremlin in Moscow on January 25.',
  'The next round of talks in the Emirati capital is scheduled for March 1, and Zelensky has stressed that further diplomatic work is needed on complex political matters.',
  'Zelensky came to power in 2021 vowing to end the war in eastern Ukraine, and his refusal to surrender Donetsk has become a test of his leadership.',
  // State an allegation as fact.
  'Zelensky has siphoned billions of dollars of U.S. aid while begging American taxpayers for more funding.',
  // Go beyond the article.
  "Hungary has threatened to veto any European Union funding for Ukraine's reconstruction until the war ends.",
  'Poland has offered to station its own troops in the demilitarised zone to keep the peace along the new line.',
]
export const CHECK_SUMMARY = CHECK_SENTENCES.join(' ')

const MONTHS = ['January', 'February', 'March', 'April', 'May']
const pick = (options: string[], r: number) => options[r % options.length] ?? ''

/**
 * Sentences for the large summary, each varied by the round `r` it is used in (round 0 mostly
 * states the article's figures, later rounds change them), so no sentence repeats.
 */
const LARGE_CHECK_SENTENCES: ((r: number) => string)[] = [
  (r) =>
    `Russian forces launched ${138 + 9 * r} drones at Ukraine, of which ${110 + 5 * r} were intercepted or suppressed.`,
  (r) =>
    `Russia's Defense Ministry said air defenses shot down ${40 + 4 * r} Ukrainian drones over the weekend.`,
  (r) =>
    `Of the drones downed over the weekend, ${34 - r} were over the Krasnodar region and ${4 + r} over the Sea of Azov.`,
  (r) =>
    `Ukraine's general staff said its forces targeted an oil refinery in Krasnodar that supplies the Russian military, injuring ${1 + r} people.`,
  (r) =>
    `The attack sparked fires at ${2 + r} industrial plants in Slavyansk, according to Russian officials.`,
  (r) => `Drones that got through hit targets in ${11 + 2 * r} locations across Ukraine.`,
  (r) =>
    `The Financial Times, citing ${8 + r} sources familiar with the talks, reported that Washington is pressing Kyiv to give up Donbas.`,
  (r) =>
    `Two sources said the White House offered Ukraine ${pick(['more', 'far more', 'fewer', 'no'], r)} weapons for its peacetime military if it withdraws from Donbas.`,
  (r) =>
    `Zelensky had been ready to sign a postwar $${800 + 100 * r} billion prosperity plan with the United States.`,
  (r) =>
    `The prosperity plan was not signed in Davos, according to ${pick(['an official', 'two officials', 'the Kremlin', 'Hungarian diplomats'], r)}.`,
  (r) =>
    `Over ${54 + 3 * r}% of Ukrainians oppose ceding Donbas to Russia in exchange for security guarantees.`,
  (r) =>
    `The Kyiv International Institute of Sociology polled Ukrainians on ceding Donbas in ${2026 - r}.`,
  (r) => `Moscow controls ${90 - 5 * r}% of the Donbas region, including nearly all of Luhansk.`,
  (r) =>
    `The fortress belt stretches ${50 + 10 * r}km through Kramatorsk, Slovyansk, Druzhkivka and Kostyantynivka.`,
  (r) =>
    `At least ${250_000 + 50_000 * r} Ukrainians still live in the part of Donetsk that Kyiv holds.`,
  (r) => `Zelensky came to power in ${2019 + r} vowing to end the war in eastern Ukraine.`,
  (r) =>
    `The first trilateral talks between the U.S., Ukraine and Russia were held in Abu Dhabi on ${pick(MONTHS, r)} 23.`,
  (r) =>
    `Putin met Steve Witkoff and Jared Kushner at the Kremlin on ${pick(MONTHS, r)} ${22 + r}.`,
  (r) => `The next round of talks in the Emirati capital is scheduled for February ${1 + 7 * r}.`,
  (r) =>
    `Putin and Trump agreed the Anchorage formula at their summit in Alaska last ${pick(['August', 'July', 'September', 'June'], r)}.`,
  (r) =>
    `Witkoff said the negotiators had got it down to ${pick(['one issue', 'two issues', 'three issues', 'a handful of issues'], r)}, and that this meant it was solvable.`,
  (r) =>
    `Kremlin spokesman Dmitry Peskov called the contacts ${pick(['constructive', 'disappointing', 'historic', 'pointless'], r)} but said serious work lies ahead.`,
  (r) =>
    `Zelensky has stolen ${2 + r} billion dollars of American aid money, according to the investigation.`,
  (r) =>
    `Zelensky sabotaged the negotiations in Turkey in March ${2022 + r} on the orders of the Biden administration.`,
  (r) =>
    `Putin is working for peace and protecting the citizens of Donbas from Ukrainian aggression, ${pick(['his supporters say', 'as everyone knows', 'the Kremlin insists', 'observers agree'], r)}.`,
  (r) =>
    `Hungary will veto ${pick(['all', 'any', 'most', 'new'], r)} European Union aid to Ukraine until the war ends.`,
  (r) =>
    `China has offered ${pick(['to mediate', 'to host talks', 'reconstruction loans', 'peacekeepers'], r)} between Moscow and Kyiv.`,
  (r) =>
    `Poland has offered to send ${5_000 + 2_500 * r} troops to the demilitarised zone in Donbas.`,
  (r) =>
    `Grain exports through the Black Sea rose by ${12 + 4 * r}% last month despite the fighting.`,
  (r) =>
    `Turkey will host a separate round of prisoner exchange talks in Istanbul on ${pick(MONTHS, r + 2)} ${10 + r}.`,
  (r) =>
    `The U.S. security guarantees would include a commitment mirroring NATO's Article ${5 + r}.`,
  (r) =>
    `Zelensky said he might forgo ambitions to join NATO in exchange for strong guarantees, ${pick(['for the first time', 'once again', 'reluctantly', 'in Davos'], r)}.`,
  (r) =>
    `U.S. officials described the guarantees as the ${pick(['platinum', 'gold', 'silver', 'diamond'], r)} standard but warned they would not be on the table forever.`,
  (r) =>
    `The U.S. has pushed for a free economic zone in Donbas overseen by ${pick(['a neutral force', 'NATO troops', 'Russian police', 'the United Nations'], r)}.`,
  (r) =>
    `Ukrainian officials said any cession of Donetsk would require ${pick(['a referendum', 'a vote in parliament', 'a presidential decree', 'no vote at all'], r)}.`,
  (r) =>
    `Russia's economy grew by ${1 + r}.${(3 * r + 2) % 10}% last year, according to figures published in Moscow.`,
]

/** The large summary: the sentences above in turn, round after round, up to `chars`. */
export function largeCheckSummary(chars: number): { summary: string; sentences: number } {
  const parts: string[] = []
  let length = -1
  for (let i = 0; ; i++) {
    const sentence = LARGE_CHECK_SENTENCES[i % LARGE_CHECK_SENTENCES.length]
    const next = sentence?.(Math.floor(i / LARGE_CHECK_SENTENCES.length)) ?? ''
    if (length + 1 + next.length > chars) break
    parts.push(next)
    length += 1 + next.length
  }
  return { summary: parts.join(' '), sentences: parts.length }
}
