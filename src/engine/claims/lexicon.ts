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


/** Modals of conjecture: a head verb with one guesses or predicts ("can", ability, is left out). */
export const predictionModals: ReadonlySet<string> = new Set([
  'would', 'could', 'may', 'might', "wouldn't", "couldn't"
])

/** Verbs that, after a modal, frame what follows rather than predict it ("I would say that …", "I might add …"). */
export const framingVerbs: ReadonlySet<string> = new Set([
  'say', 'like', 'point', 'argue', 'suggest', 'note', 'remind', 'mention', 'tell', 'love'
])

/**
 * Modals of the plain future: a reporter's own "the final will be shown live"
 * states a scheduled fact, but in a reported clause (she said prices will
 * fall) it is the speaker's prediction.
 */
export const futureModals: ReadonlySet<string> = new Set([
  'will', 'shall', "'ll", "won't", "it'll", "he'll", "she'll", "they'll", "we'll", "i'll", "you'll", "that'll"
])

/** Verbs of expectation and intent in the present that head a prediction or plan ("expects to sell"). */
export const predictionVerbs: ReadonlySet<string> = new Set([
  'expects', 'expect', 'expected', 'predicts', 'anticipates'
])

/**
 * Verbs of intent and commitment that, before "to", head a plan or a promise
 * ("plans to open", "pledged to cut", "vowed to fight"): what follows has not
 * happened. Past forms of mere intent ("planned to") are left out, since they
 * often report a plan that fell through, a fact.
 */
export const commitmentVerbs: ReadonlySet<string> = new Set([
  'plans', 'plan', 'intends', 'intend', 'aims', 'aim', 'hopes', 'hope', 'promises', 'promise', 'promised',
  'pledges', 'pledge', 'pledged', 'vows', 'vow', 'vowed', 'threatens', 'threatened'
])

/** Words that, before a commitment verb, make it a noun ("the plans to …", "his promise to …"). */
export const determiners: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those', 'this', 'that', 'new', 'any', 'such', 'whose'
])

/** Verbs that charge someone with a fault ("accused her of wasting …"): the speaker's charge, not a fact. */
export const accusationVerbs: ReadonlySet<string> = new Set(['accused', 'accuses', 'accuse'])

/** Nouns that name a law or binding rule ("Under the Care Act, …", "under EU rules"). */
export const legalInstruments: ReadonlySet<string> = new Set([
  'act', 'law', 'laws', 'rule', 'rules', 'regulation', 'regulations', 'code', 'constitution', 'treaty', 'directive',
  'statute', 'legislation', 'contract', 'licence', 'license', 'charter', 'convention', 'ordinance', 'bylaws'
])

/** Word pairs that say a rule binds ("by law", "required to"): first word → second. */
export const bindingPairs: ReadonlyMap<string, string> = new Map([
  ['by', 'law'],
  ['required', 'to'],
  ['obliged', 'to'],
  ['legally', 'required']
])

/** Participles that, after a form of "be" and before "to", make a future frame ("is expected to", "is set to"). */
export const futureFrames: ReadonlySet<string> = new Set([
  'expected', 'set', 'likely', 'unlikely', 'due', 'poised', 'scheduled', 'projected', 'forecast', 'going', 'slated', 'predicted'
])

/** Verbs that report speech, writing or belief; what follows is the reported clause (forms that are also plural nouns, such as "claims", left out). */
export const reportingVerbs: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'warned', 'warns', 'estimated', 'added', 'adds',
  'noted', 'announced', 'announces', 'stated', 'argued', 'argues', 'believes',
  'believed', 'thinks', 'thought', 'insisted', 'insists', 'claimed', 'predicted',
  'reported', 'wrote', 'suggested', 'suggests', 'acknowledged', 'admitted',
  'confirmed', 'explained', 'promised', 'pledged', 'vowed', 'indicated', 'signalled', 'signaled'
])

/** Auxiliary and copular forms that head a verb group: `be` ones can open a future frame. */
export const verbForms: ReadonlyMap<string, 'be' | 'verb'> = new Map([
  ...['has', 'have', 'had', 'does', 'do', 'did', "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't", 'can', 'cannot', "can't",
    ...irregularPast].map((word): [string, 'verb'] => [word, 'verb']),
  ...['is', 'are', 'am', 'was', 'were', 'be', 'been', "isn't", "aren't", "wasn't", "weren't"].map((word): [string, 'be'] => [word, 'be'])
])

/** Prepositions after which an `-ed` word is a participle inside a noun phrase ("cars exported to"), not a verb. */
export const participlePrepositions: ReadonlySet<string> = new Set([
  'by', 'in', 'to', 'from', 'on', 'at', 'for', 'with', 'into', 'under', 'over', 'across', 'through', 'during'
])

/** Superlatives of judgement (ranks such as "largest" or "highest" are checkable and left out). */
export const judgementSuperlatives: ReadonlySet<string> = new Set([
  'best', 'worst', 'greatest', 'finest', 'nicest', 'proudest', 'saddest', 'toughest', 'hardest'
])

/** Adjectives that praise or blame whatever noun follows ("real resilience", "remarkable progress"). */
export const intensifyingAdjectives: ReadonlySet<string> = new Set([
  'real', 'genuine', 'remarkable', 'tremendous', 'incredible', 'extraordinary', 'fantastic', 'amazing',
  'outstanding', 'impressive', 'terrific', 'wonderful', 'terrible', 'awful', 'dreadful', 'disgraceful', 'shameful'
])

/** Adjectives of judgement, evaluative when they are what a copula says of the subject ("we were poor"). */
export const evaluativeAdjectives: ReadonlySet<string> = new Set([
  'good', 'bad', 'great', 'poor', 'excellent', 'brilliant', 'superb', 'fantastic', 'terrible', 'awful',
  'wonderful', 'strong', 'weak', 'stable', 'solid', 'resilient', 'robust', 'healthy', 'fragile', 'cruel',
  'unacceptable', 'disappointing', 'encouraging', 'impressive', 'outstanding', 'magnificent', 'dreadful',
  'shocking', 'appalling', 'ridiculous', 'absurd', 'unfair', 'fair', 'right', 'wrong', 'proud', 'happy',
  'delighted', 'pleased', 'sad', 'frustrating', 'frustrated', 'difficult', 'tough', 'special', 'perfect',
  'sloppy', 'naive', 'reckless', 'irresponsible', 'dangerous', 'important', 'vital', 'crucial',
  'mild', 'expensive', 'costly', 'cheap'
])

/** Forms of "be" and linking verbs that put an adjective or a quoted evaluation on their subject. */
export const copulas: ReadonlySet<string> = new Set([
  'is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', "'s", "'re", "i'm", "we're", "it's", "they're",
  "that's", "he's", "she's", "you're", 'remains', 'remained', 'seems', 'seemed', 'looks', 'looked',
  'became', 'becomes', 'feel', 'feels', 'felt', 'as'
])

/** Adverbs of degree that may stand between a copula and its adjective ("was very good"). */
export const degreeAdverbs: ReadonlySet<string> = new Set([
  'very', 'so', 'really', 'too', 'quite', 'extremely', 'pretty', 'just', 'truly', 'absolutely', 'incredibly', 'not', 'never', 'always'
])

/** Verbs that put a name or label on something ("called the plan a …", "described it as …"). */
export const namingVerbs: ReadonlySet<string> = new Set([
  'called', 'calls', 'described', 'describes', 'branded', 'brands', 'labelled', 'labeled', 'dubbed', 'termed', 'hailed', 'condemned', 'denounced'
])

/** Articles that open a noun phrase of judgement after a naming verb or copula ("a "tax raid""). */
export const complementOpeners: ReadonlySet<string> = new Set(['a', 'an'])

/** Relative words that open an aside about someone or something ("…, who has scored 17 goals"). */
export const relativeOpeners: ReadonlySet<string> = new Set(['who', 'which', 'whose'])

/** Number words that are numbers (a cardinal, a fraction, a multiple), unlike "per" or "majority". */
export const cardinals: ReadonlySet<string> = new Set([...numberWords].filter((word) => !['per', 'majority', 'double', 'doubled', 'tripled'].includes(word)))
