/**
 * Word lists behind the hand-made features of the check-worthiness model.
 * Rules as data: add a word here, retrain, and the model learns its weight.
 */

/** Modal verbs: recommendation, obligation, prediction, possibility. */
export const modals: ReadonlySet<string> = new Set([
  'should', 'must', 'could', 'would', 'will', 'may', 'might', 'can', 'shall', 'ought',
  "should've", "would've", "could've", "might've", "won't", "wouldn't", "shouldn't",
  "can't", "couldn't", 'cannot', "mustn't", "'ll", "'d"
])

/** Modals of recommendation and obligation, the most typical of non-claims. */
export const deontic: ReadonlySet<string> = new Set([
  'should', 'must', 'ought', "shouldn't", "mustn't", 'need', 'needs', 'let', "let's"
])

/** Pronouns of the first person. */
export const firstPerson: ReadonlySet<string> = new Set([
  'i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', "i'm", "i've", "i'd", "i'll",
  "we're", "we've", "we'd", "we'll", "let's"
])

/** Pronouns of the second person. */
export const secondPerson: ReadonlySet<string> = new Set([
  'you', 'your', 'yours', "you're", "you've", "you'd", "you'll"
])

/** Verbs of belief, hope and intent that turn what follows into an opinion. */
export const stance: ReadonlySet<string> = new Set([
  'think', 'believe', 'hope', 'feel', 'guess', 'suppose', 'expect', 'want', 'wish',
  'doubt', 'seems', 'seem', 'imagine', 'fear', 'trust', 'urge', 'urged', 'propose'
])

/** Evaluative words: judgement rather than fact. */
export const evaluative: ReadonlySet<string> = new Set([
  'good', 'bad', 'great', 'best', 'worst', 'better', 'worse', 'terrible', 'wonderful',
  'wrong', 'right', 'fair', 'unfair', 'important', 'only', 'real', 'true', 'clear',
  'serious', 'seriously', 'dangerous', 'safe', 'strong', 'weak', 'tragic', 'success',
  'failure', 'mistake', 'disaster', 'crisis', 'emergency', 'proud', 'sorry', 'ready',
  'lousy', 'moral', 'duty', 'responsibility', 'opportunity', 'future', 'dream', 'way',
  'sympathies', 'condolences', 'greatest', 'deserve', 'deserves', 'ridiculous', 'outrageous',
  'absolutely', 'certainly', 'surely', 'obviously', 'literally', 'simply', 'really'
])

/** Irregular past-tense forms (regular ones end in -ed). */
export const irregularPast: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'said', 'made', 'went', 'came', 'took', 'gave', 'got',
  'left', 'met', 'sold', 'bought', 'built', 'grew', 'began', 'won', 'lost', 'paid',
  'told', 'knew', 'found', 'held', 'led', 'ran', 'rose', 'fell', 'spent', 'sent',
  'brought', 'thought', 'wrote', 'cut', 'put', 'set', 'struck', 'became', 'saw', 'spoke',
  'kept', 'hit', 'drove', 'fought', 'stood', 'shut', 'broke', 'chose', 'taught', 'caught'
])

/** Auxiliaries of the perfect ("has signed", "have risen"). */
export const perfectAuxiliaries: ReadonlySet<string> = new Set([
  'has', 'have', 'had', "'ve", "hasn't", "haven't", "hadn't"
])

/** Irregular past participles that follow a perfect auxiliary. */
export const irregularParticiples: ReadonlySet<string> = new Set([
  'been', 'done', 'gone', 'made', 'had', 'taken', 'given', 'seen', 'grown', 'built',
  'won', 'lost', 'sold', 'paid', 'spent', 'risen', 'fallen', 'become', 'left', 'held',
  'brought', 'written', 'cut', 'put', 'set', 'known', 'shown', 'met', 'led', 'kept'
])

/** Words that stand for a quantity even without digits. */
export const numberWords: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion',
  'billions', 'trillion', 'percent', 'per', 'half', 'third', 'quarter', 'dozen', 'twice',
  'double', 'doubled', 'tripled', 'majority'
])

/** Conditional and hypothetical markers. */
export const conditionals: ReadonlySet<string> = new Set([
  'if', 'unless', 'provided', 'whether', 'imagine', 'suppose'
])

