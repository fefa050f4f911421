/**
 * Realistic news prose for the robustness tests and `scripts/size-curve.ts`:
 * paragraphs written for the purpose, with quotes (straight, curly, nested,
 * running over paragraphs), statistics of every kind and claims.
 */

/** Paragraphs in the style of a wire report, each separated by a blank line when joined. */
export const paragraphs: readonly string[] = [
  'The regional council on Tuesday approved a budget of 4.2 billion euros for the coming year, up about 6 percent from 2023, after a debate that lasted more than nine hours.',
  '“We have balanced the books without closing a single library,” said Maria Lindqvist, the council’s finance chair. “Nobody thought that was possible in March.”',
  'Opposition members argued that the plan relies on “optimistic” forecasts. Jonas Berg, who leads the largest opposition group, said the council had underestimated energy costs by at least 120 million euros.',
  'According to the national statistics office, unemployment in the region fell to 5.8 percent in the second quarter, compared with 7.1 percent a year earlier, while some 14,500 people found work in construction.',
  '"The numbers look good on paper," Berg told reporters outside the chamber. "But families don\'t live on paper, and the \'90s taught us what happens when a boom ends."',
  'The budget sets aside between 300 and 350 million euros for rail, including a new line of 48 km that would cut the journey to the capital by a third, to roughly 40 minutes.',
  '“The line will carry up to 22,000 passengers a day,” Lindqvist said. “It is the biggest investment since the bridge opened in 1998.',
  '“And it will be paid for within 15 years.”',
  'Critics also question the council’s claim that the plan will create 3,000 jobs. A report by the Institute for Fiscal Studies found that similar schemes created fewer than half the jobs promised.',
  'Should the region borrow more? Lindqvist said it should not, warning that interest payments already take one in every ten euros of revenue.',
  'Residents interviewed on Saturday were divided. Anna Kowalski, 34, a nurse, said the new line “can’t come soon enough”, while a shop owner said he feared “another white elephant”.',
  'The council will vote on the final text on 12 December. If approved, construction would begin in 2026 and last about four years, officials said.'
]

/** A Markdown article of at least `bytes` UTF-16 code units made of whole paragraphs. */
export function articleOfSize(bytes: number): string {
  const parts: string[] = []
  let length = 0
  for (let index = 0; length < bytes; index++) {
    const paragraph = paragraphs[index % paragraphs.length]!
    parts.push(paragraph)
    length += paragraph.length + 2
  }
  return parts.join('\n\n')
}
