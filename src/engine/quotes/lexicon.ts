/**
 * Word lists the quote rules read: speech verbs, titles, role nouns,
 * pronouns, and the small function words that shape a clause. Data only.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/))

/**
 * Speech verbs in every inflection that introduces reported words
 * ("said", "tells", "according" of "according to" is handled apart).
 */
export const SPEECH_VERBS = words(`
  say says said saying tell tells told telling add adds added adding
  note notes noted noting argue argues argued arguing warn warns warned warning
  claim claims claimed claiming state states stated stating announce announces announced announcing
  explain explains explained explaining insist insists insisted insisting
  declare declares declared declaring report reports reported reveal reveals revealed
  confirm confirms confirmed confirming deny denies denied denying
  admit admits admitted admitting acknowledge acknowledges acknowledged
  suggest suggests suggested suggesting predict predicts predicted
  urge urges urged urging continue continues continued continuing
  tweet tweets tweeted write writes wrote writing
  assert asserts asserted maintain maintains maintained
  stress stresses stressed emphasise emphasised emphasize emphasized
  promise promises promised pledge pledged vow vowed vowing
  inform informs informed remark remarks remarked comment comments commented
  reply replies replied respond responds responded answer answered
  ask asks asked told recall recalls recalled conclude concludes concluded
  describe describes described call calls called indicate indicates indicated
  complain complains complained concede concedes conceded
  estimate estimates estimated believe believes believed
  mention mentions mentioned observe observes observed
  caution cautions cautioned
`)

/** Speech verbs whose reported clause follows an addressee ("told the BBC that …"). */
export const ADDRESSEE_VERBS = words(`tell tells told telling inform informs informed warn warns warned urge urges urged ask asks asked`)

/** Verbs that take a clause only rarely; they may carry a quote but not an indirect one. */
export const WEAK_VERBS = words(`call calls called describe describes described continue continues continued
  tweet tweets tweeted write writes wrote writing ask asks asked believe believes believed`)

/** Title words: before a name they make it a person ("President", "commissioner"). */
export const TITLES = words(`
  president presidents minister ministers chancellor secretary director ambassador
  commissioner chairman chairwoman chairperson chair mayor governor senator
  representative congressman congresswoman judge justice general colonel captain
  king queen prince princess pope premier ceo cfo coo chief executive officer
  spokesman spokeswoman spokesperson professor prof leader mp mep councillor
  sheriff constable commander inspector superintendent detective sergeant
  bishop archbishop rabbi imam reverend coach manager founder editor economist
  analyst correspondent envoy diplomat deputy head chairmen lawyer attorney
  prosecutor counsel adviser advisor aide official founder owner author
  president-elect vice-president
`)

/** Honorifics before a name, with the gender they tell (`''` when none). */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | ''> = new Map([
  ['mr', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['sir', 'm'], ['dame', 'f'],
  ['lord', 'm'], ['lady', 'f'], ['dr', ''], ['mx', ''], ['rev', ''], ['sen', ''],
  ['gov', ''], ['gen', ''], ['col', ''], ['capt', ''], ['rep', '']
])

/** Nouns that name a person by role ("the ambassador", "one interviewee"). */
export const PERSON_NOUNS = words(`
  ambassador commissioner president minister chancellor secretary director mayor
  governor senator spokesman spokeswoman spokesperson official officials chief
  executive leader mp mps mother father wife husband son daughter sister brother
  widow widower woman man girl boy officer interviewee interviewees protester protesters
  resident residents witness witnesses source sources expert experts analyst analysts
  critic critics member members campaigner campaigners activist activists lawyer
  judge economist professor researcher researchers scientist scientists doctor
  victim driver motorcyclist teacher student students worker workers people
  manager founder owner chairman chairwoman chairperson envoy diplomat premier
  commander constable inspector detective prosecutor adviser advisor aide
  parties party voter voters candidate candidates nurse nurses doctors teachers
  farmer farmers soldier soldiers officers firefighter firefighters parent parents
  neighbour neighbours neighbor neighbors friend friends colleague colleagues employee
  employees staff shopper shoppers customer customers passenger passengers fan fans
  supporter supporters citizen citizens local locals villager villagers survivor
  survivors relative relatives person persons individual insider insiders observer
  observers organiser organisers organizer organizers negotiator negotiators
  economists executives investor investors trader traders banker bankers
  diplomats envoys ministers lawyers judges prosecutors forecaster forecasters
`)

/** Role nouns of someone who speaks for an organisation ("a spokesperson for Tesco"). */
export const SPOKES = words(`spokesperson spokesman spokeswoman representative official officials source sources`)

/** Nouns that name an organisation by kind ("the company said"). */
export const ORG_NOUNS = words(`
  company firm group chain retailer bank agency government ministry department
  embassy police council party union organisation organization institute fund
  commission committee court parliament newspaper paper broadcaster network
  authority regulator board bureau office service foundation university hospital
  association federation club team league giant carrier operator airline insurer
  supermarket manufacturer maker producer publisher website charity army navy
  administration cabinet state country nation bloc alliance corporation utility
  lender automaker carmaker
`)

/** Organisation nouns general enough to stand for the latest organisation ("the company said"). */
export const GENERIC_ORG_NOUNS = words(`company firm group organisation organization business corporation giant conglomerate agency body institution
  utility carrier airline operator retailer insurer lender bank manufacturer maker carmaker automaker chain supermarket`)

/** Organisation nouns of a business: "the company" prefers an organisation introduced as one of these. */
export const BUSINESS_NOUNS = words(`company firm business corporation giant conglomerate utility carrier airline operator
  retailer insurer lender bank manufacturer maker carmaker automaker chain supermarket group`)

/** Letters after a name that are not part of it ("Naomi Fitch KC", "John Smith Jr"). */
export const POST_NOMINALS = words(`kc qc mp mep msp jr sr obe cbe mbe phd md`)

/** Speech verbs that also take a plain object ("adds a levy", "reported a 6% fall", "pledged €25 million"). */
export const OBJECT_VERBS = words(`add adds added report reports reported announce announces announced
  reveal reveals revealed pledge pledges pledged promise promises promised vow vowed post posts posted`)

/** Words that bound a figure and so may open a reported clause ("said at least 140 …", "said about 1,800 …"). */
export const NUMBER_QUALIFIERS = words(`about around over under nearly almost roughly some at up more less fewer`)

/** Words that make a capitalised name an organisation ("… Bank", "… Institute"). */
export const ORG_NAME_WORDS = words(`
  bank fund institute group department union agency police embassy ministry council
  party company corporation corp inc ltd plc llc university college school hospital
  times post news telegraph mail guardian herald journal tribune gazette bureau
  commission committee organisation organization association federation court
  parliament congress senate government office service authority board foundation
  network research centre center club league area summit accord forces army navy
  airlines airways motors holdings partners capital media press television radio
  trust society council institution academy agency exchange
`)

/** Pronouns that can be the subject of a speech verb, with their gender. */
export const PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'n' | 'p'> = new Map([
  ['he', 'm'], ['she', 'f'], ['it', 'n'], ['they', 'p']
])

/** Role nouns that tell a gender. */
export const GENDERED_NOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['wife', 'f'], ['mother', 'f'], ['daughter', 'f'], ['sister', 'f'], ['widow', 'f'],
  ['woman', 'f'], ['girl', 'f'], ['chairwoman', 'f'], ['spokeswoman', 'f'], ['queen', 'f'],
  ['princess', 'f'], ['congresswoman', 'f'], ['husband', 'm'], ['father', 'm'], ['son', 'm'],
  ['brother', 'm'], ['widower', 'm'], ['man', 'm'], ['boy', 'm'], ['chairman', 'm'],
  ['spokesman', 'm'], ['king', 'm'], ['prince', 'm'], ['congressman', 'm'], ['pope', 'm']
])

/** Common given names with their usual gender (a small sample, extend freely). */
export const GIVEN_NAMES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...[...words(`
    john james robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george edward
    ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis jerry
    tyler aaron henry adam peter nathan zachary harry boris tom tony dave matt mike jim bob
    emmanuel jair vladimir sadiq keir rishi nigel jeremy dominic ben sam nick
    okey albert abdel muhammadu patrice mahamadou hassan mohammed muhammad ahmed ali omar
    pierre francois olaf angelo luis carlos jose juan pedro antonio giuseppe marco
    hans klaus wolfgang igor sergei dmitri narendra rahul shinzo fumio yoshihide justin joe
    barack bill gordon ed ian alan neil simon martin graham
  `)].map((name): [string, 'm'] => [name, 'm']),
  ...[...words(`
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa
    deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna
    brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
    janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
    lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria
    ann anne annie kathryn alice jean judy sophia grace denise amber doris marilyn danielle
    beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori
    nicola angela ursula christine jacinda liz priti kamala nancy hillary ane ana sofia
    giorgia marine ségolène angelina mette sanna jacinta yulia svetlana tsai indira benazir
  `)].map((name): [string, 'f'] => [name, 'f'])
])

/** Prepositions: a name right after one is not a subject (`after`, `before` open clauses too, so they are left out). */
export const PREPOSITIONS = words(`
  in on at to from with by for of about over into onto via near across through throughout
  under during against among between within without toward towards upon
  despite including like than behind beside beyond outside inside around
`)

/** Small words inside an organisation's name ("Bank of England", "Notes from Poland"). */
export const NAME_CONNECTORS = words(`of for from`)

/** Lower-case particles inside a person's name ("Ludwig van Beethoven"). */
export const NAME_PARTICLES = words(`de del della der den van von da di du dos das bin ibn al el le la ben`)

/** Capitalised words that start a sentence but never a name. */
export const NOT_NAMES = words(`
  the a an in on at to from with by for of about over when while after before during
  but and or so yet if as since because although though despite however meanwhile
  this that these those there here it its he she they we i you his her their our my
  your one some many most several all both each every no not nor what which who whom
  whose where why how then than also still even only just more less other another
  according speaking asked later earlier today yesterday tomorrow last next first

  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
`)

/** Determiners that open a description of a known referent ("the ambassador"). */
export const DEFINITE = words(`the this that`)

/** Words that open an unnamed source ("One MP", "some of the protesters", "several"). */
export const INDEFINITE = words(`one a an some several many few two three four another others most`)

/** Words skipped between a subject and its speech verb ("Liu also said"). */
export const VERB_ADVERBS = words(`
  has have had was were is are will would also later previously publicly then further
  again repeatedly reportedly recently once earlier today yesterday separately privately
  quickly simply finally only had already even openly
`)

/** Words that quote a term instead of someone's words when right before the mark. */
export const NAMING_WORDS = words(`so-called dubbed called named titled entitled nicknamed termed term word phrase slogan motto label hashtag branded`)

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = words(`mr mrs ms dr st jr sr prof gen col capt sen rep gov lt sgt no vs etc inc ltd co corp u.s u.k a.m p.m`)

/** Words after ", and" / ", but" that open a new clause rather than continue a verb phrase. */
export const CLAUSE_OPENERS = words(`his her their its the a an this these those he she they it we i some many our`)

/** Words before a speech verb that make it a noun ("the report", "her claims"). */
export const NOUN_MARKERS = words(`the a an this that these those his her its their our my your his no any every each such`)
