/**
 * Word lists the synthetic corpus draws from: people, organisations, places,
 * topics, units and the qualifiers news writing puts in front of figures.
 */

export const firstNames = [
  'Amara', 'Liu', 'Sofia', 'James', 'Priya', 'Kwame', 'Elena', 'Tomás', 'Hannah', 'Yusuf', 'Mei', 'Olivier',
  'Grace', 'Rahul', 'Ingrid', 'Daniel', 'Fatima', 'Kenji', 'Laura', 'Mateo', 'Chloe', 'Ibrahim', 'Nadia', 'Peter'
]

export const lastNames = [
  'Okafor', 'Wen', 'Moreau', 'Hartley', 'Nair', 'Mensah', 'Petrova', 'García', 'Schmidt', 'Demir', 'Zhang',
  'Laurent', 'Whitfield', 'Kapoor', 'Lindqvist', 'Cohen', 'Haddad', 'Sato', 'Bianchi', 'Fernández', 'Dubois',
  'Abubakar', 'Rahman', 'McAllister'
]

/** Roles as `[description, short form used on later mentions]`. */
export const roles: ReadonlyArray<readonly [string, string]> = [
  ['the chief executive of', 'the chief executive'],
  ['a spokesperson for', 'the spokesperson'],
  ['the finance minister of', 'the minister'],
  ['the head of research at', 'the researcher'],
  ['a senior economist at', 'the economist'],
  ['the mayor of', 'the mayor'],
  ['the ambassador of', 'the ambassador'],
  ['the chair of', 'the chair'],
  ['a union official at', 'the official'],
  ['the director of', 'the director']
]

export const organisations = [
  'Northgate Rail', 'the Harbour Authority', 'Meridian Energy', 'the National Statistics Office', 'Crestline Bank',
  'the Ministry of Health', 'Vantage Telecom', 'the Regional Water Board', 'Alder University', 'the Port of Kestrel',
  'Blue Fjord Airlines', 'the Council of Ministers', 'Helix Pharmaceuticals', 'the Farmers’ Union', 'Orbis Mining'
]

export const places = [
  'Lagos', 'Manchester', 'Lyon', 'Pune', 'Accra', 'Rotterdam', 'Valencia', 'Gdańsk', 'Osaka', 'Nairobi',
  'the north-east', 'the capital', 'the coastal provinces', 'Kestrel', 'the river valley'
]

export const topics = [
  'the new rail link', 'the housing plan', 'the trade agreement', 'the vaccine programme', 'the wind farm',
  'the budget', 'the port expansion', 'the broadband roll-out', 'the pension reform', 'the flood defences',
  'the mine', 'the merger', 'the water tariff', 'the airport runway', 'the school building programme'
]

export const countNouns = [
  'jobs', 'households', 'people', 'workers', 'patients', 'homes', 'schools', 'passengers', 'students',
  'companies', 'farms', 'flights', 'complaints', 'vehicles', 'residents'
]

export const groups = [
  'the workforce', 'households in the region', 'the country’s exports', 'all new homes', 'the world’s population',
  'small businesses', 'first-time buyers', 'the city’s budget', 'rural schools', 'commuters'
]

/** Currencies as `[symbol, name]`. */
export const currencies: ReadonlyArray<readonly [string, string]> = [
  ['£', 'pounds'],
  ['$', 'U.S. dollars'],
  ['€', 'euros'],
  ['¥', 'yuan']
]

export const scales = ['thousand', 'million', 'billion']

export const measureUnits = ['km', 'kilometres', 'miles', 'tonnes', 'megawatts', 'hectares', 'square metres', 'litres', 'metres']

export const durationUnits = ['years', 'months', 'weeks', 'days', 'hours']

export const qualifiers = ['more than', 'less than', 'about', 'around', 'nearly', 'almost', 'up to', 'at least', 'over', 'roughly']

export const smallNumbers = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a dozen']

export const fractions = ['one third', 'two-thirds', 'half', 'a quarter', 'three quarters', 'one in five', 'a fifth']

export const ordinals = ['second', 'third', 'fourth', 'fifth', 'tenth']

export const speechVerbs = ['said', 'added', 'noted', 'told reporters', 'argued', 'warned', 'explained', 'said in a statement']

export const thatVerbs = ['said', 'noted', 'argued', 'warned', 'insisted', 'acknowledged', 'told the committee']

export const days = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'last week', 'on Sunday', 'this month']

export const months = ['January', 'March', 'April', 'June', 'September', 'November']

/** Names with digits, dates and times: never statistics, present to tempt the annotator. */
export const digitNames = ['5G', 'COVID-19', 'the G20', 'a Boeing 737', 'Route 66', 'Section 12', 'the A380']

export const outlets = ['Harbour Herald', 'Daily Ledger', 'Northern Courier', 'Metro Wire', 'Global Dispatch', 'Evening Standard Review']

export const terms = ['green growth', 'experts', 'red tape', 'managed decline', 'levelling up', 'reform']
