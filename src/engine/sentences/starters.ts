/**
 * Words that open sentences and hardly ever follow a title, an initial or an
 * acronym inside a name (“in the U.S. The”, “you and I. Did”), after
 * pragmatic_segmenter's sentence starters, widened with the function words
 * that open news sentences.
 */
export const sentenceStarters: ReadonlySet<string> = new Set([
  'A', 'According', 'After', 'Also', 'Although', 'An', 'And', 'Another', 'As', 'At', 'Because',
  'Before', 'Being', 'Both', 'But', 'By', 'Despite', 'Did', 'During', 'Each', 'Earlier', 'Every',
  'For', 'From', 'He', 'Her', 'His', 'How', 'However', 'I', 'If', 'In', 'It', 'Its', 'Last', 'Later',
  'Many', 'Meanwhile', 'Millions', 'More', 'Most', 'Next', 'Now', 'On', 'Our', 'She', 'Since', 'So',
  'Some', 'Still', 'That', 'The', 'Their', 'Then', 'There', 'These', 'They', 'This', 'Those',
  'Though', 'Thus', 'Under', 'We', 'What', 'When', 'Where', 'While', 'Who', 'Why', 'With', 'Yet',
  'You'
])
