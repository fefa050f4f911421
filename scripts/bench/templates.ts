/**
 * Sentence templates of the synthetic corpus, by kind. `{slot}` is filled by
 * `corpus.ts`; a slot written with a capital (`{Who}`) is capitalised.
 * `{o}`/`{c}` are the article's quote marks, `{so}`/`{sc}` the nested ones.
 */

/** Factual clauses (no final stop), used as claims, reported speech and quoted words. */
export const clauses = [
  '{org} has created {qcount} in {place} since {year}',
  'the cost of {topic} rose to {money} {day}',
  'unemployment in {place} fell to {percent} in {year}',
  '{org} invested {conv} in {topic} over {duration}',
  '{fraction} of {group} now depend on {topic}',
  'the line carries {rate}',
  '{org} is the {rank} employer in {place}',
  'between {range} were affected when {topic} was delayed',
  'the new pipeline runs for {measure} under {place}',
  '{org} cut its prices by {percent} after {digitName} arrived',
  'the scheme has been in place for {duration}',
  '{org} reported a profit of {money} for the year to {month}',
  'more than {count} signed the petition against {topic}',
  'the regulator fined {org} {money} in {year}',
  'waiting times grew by {percent} between {year} and {year2}',
  'the plant will need {measure} of new land',
  '{org} lost {qcount} to its rivals last year',
  'prices in {place} have doubled in {duration}'
]

/** Sentences of plain narration: context, scene, what happened next. */
export const narration = [
  'The announcement came {day}, a week after talks with {org} broke down.',
  '{Org} did not respond to a request for comment.',
  'The meeting in {place} lasted most of the afternoon.',
  'Dozens of residents gathered outside the town hall {day}.',
  'The report was published {day} and runs to more than a hundred pages.',
  '{Topic} has been debated in {place} for years.',
  'Reporters were shown around the site {day}.',
  'The vote is expected on {month} {dayOfMonth} at {clock}.',
  'It was the first time {org} had spoken publicly about {topic} since {year}.',
  'The story first appeared in the *{outlet}*.',
  'Details of the plan were [published online](https://example.org/{year}/{slugWord}) by {org}.'
]

/**
 * Phrases that lengthen a sentence the way wire copy does (background, time,
 * circumstance) without adding a figure, a quote or a new fact of their own:
 * real news sentences run to twice the length of the bare templates.
 */
export const extensions = [
  'a week after talks with {org} broke down',
  'as pressure grew on the government to step in',
  'in a move that surprised many observers in {place}',
  'while opposition groups continued to call for an inquiry',
  'despite warnings from local businesses and residents',
  'at the end of a long and often bitter dispute over {topic}',
  'amid growing concern about the future of {topic}',
  'after months of negotiations behind closed doors',
  'in the latest sign of tension between {org} and its critics',
  'as the debate over {topic} moved into its second year'
]

/** Opinion, prediction, recommendation: not claims. */
export const opinions = [
  'That is a risk nobody should ignore.',
  '{Topic} could transform {place} if it is handled well.',
  'The government must act before it is too late.',
  'Whether the plan survives the next election is another matter.',
  'It would be a mistake to rush {topic}.',
  'Critics say the so-called {o}{term}{c} agenda has been oversold.',
  'Few people here will miss the old arrangements.'
]

export const questions = [
  'Will the money arrive in time?',
  'Who will pay for {topic}?',
  'Can {org} keep its promises?'
]

/** Quoted words: opinions and facts a speaker might say, with a final stop. */
export const spoken = [
  'We {apos}ve created {qcount} in the past {duration}.',
  'This is the only way forward.',
  'Our budget is {money} short and everybody knows it.',
  'We cannot afford to wait another {duration}.',
  '{Clause}.',
  '{Clause}, and that is just the start.',
  'Nobody here wants a repeat of {year}.',
  'I don{apos}t think people understand how serious this is.',
  'These risks should be taken seriously, but they must not be allowed to stop us.',
  'The numbers speak for themselves: {percent} of our customers stayed.'
]

/** Verb-phrase fragments for partial quotes: urged X to “…”. */
export const actions = ['resist pressure', 'avoid interruptions', 'act without delay', 'work together', 'think again']

/** Noun-phrase fragments for partial quotes: described X as “…”. */
export const fragments = [
  'a historic opportunity', 'deeply flawed', 'a betrayal of trust', 'the best deal on the table', 'reckless and unfunded',
  'a turning point'
]

/** Sentences that carry quotes: direct, partial, indirect, nested and continued. */
export const quoted = [
  '{o}{spoken,}{c} {who} {verb}.',
  '{o}{spoken,}{c} said {whoName}.',
  '{Who} {verb}: {o}{spoken}{c}',
  '{o}{spoken,}{c} {who} said. {o}{spoken}{c}',
  '{Who} urged {org} to {o}{action}{c} and {o}{action}{c}.',
  '{Who} described {topic} as {o}{fragment}{c}.',
  '{Clause}, {who} {verb}.',
  '{Who} {thatVerb} that {clause}.',
  'According to {org}, {clause}.',
  '{o}When they say {so}{fragment}{sc}, they mean cuts,{c} {who} said.',
  'In a statement, {who} said {org}{apos}s position was {o}{fragment}{c}.'
]

/** A quote that runs over two paragraphs: the first does not close. */
export const continued = ['{o}{spoken} {spoken}', '{o}{spoken,}{c} {who} said.']

/** Sentences that introduce a speaker in full. */
export const introductions = [
  '{Name}, {role}, said {day} that {clause}.',
  '{Name}, {role}, spoke to reporters in {place} {day}.',
  '{o}{spoken,}{c} said {name}, {role}.'
]

/** Sub-headings some articles carry between sections. */
export const subheads = ['What happens next', 'The cost', 'Reaction', 'Background', 'A long dispute', 'The numbers']
