// Fictional people and companies for sample data. Any resemblance to real ones is accidental.

export const FIRST_NAMES = [
  'Ada', 'Bruno', 'Chiara', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hiroshi', 'Ines', 'Jonas', 'Kaia', 'Lars',
  'Maren', 'Nikhil', 'Odile', 'Pavel', 'Quinn', 'Rosa', 'Sven', 'Tamsin', 'Umar', 'Vera', 'Wendell', 'Xiomara',
  'Yusuf', 'Zofia', 'Amara', 'Bastien', 'Céline', 'Dario', 'Esme', 'Florin', 'Gaia', 'Hugo', 'Ilse', 'Joaquín',
];

export const LAST_NAMES = [
  'Achterberg', 'Brightwater', 'Castellano', 'Drummond', 'Eriksdottir', 'Fairweather', 'Galloway', 'Halvorsen',
  'Ibarra', 'Jablonski', 'Kettering', 'Lindqvist', 'Marchetti', 'Nakamura', 'Okonkwo', 'Pellegrini', 'Quintero',
  'Rasmussen', 'Szabó', 'Thornbury', 'Underhill', 'Valcourt', 'Westergaard', 'Yilmaz', 'Zeller', 'Ashdown',
];

export const COMPANIES = [
  { name: 'Northwind Analytics', domain: 'northwind-analytics.example' },
  { name: 'Bluefin Logistics', domain: 'bluefin-logistics.example' },
  { name: 'Copperleaf Health', domain: 'copperleaf.example' },
  { name: 'Driftwood Studios', domain: 'driftwood.example' },
  { name: 'Evergreen Robotics', domain: 'evergreen-robotics.example' },
  { name: 'Foxglove Finance', domain: 'foxglove.example' },
  { name: 'Granite Peak Software', domain: 'granitepeak.example' },
  { name: 'Harborlight Media', domain: 'harborlight.example' },
  { name: 'Ironbark Energy', domain: 'ironbark.example' },
  { name: 'Juniper Labs', domain: 'juniperlabs.example' },
  { name: 'Kestrel Aerospace', domain: 'kestrel.example' },
  { name: 'Lumen Biotech', domain: 'lumenbio.example' },
];

export const TITLES = [
  'Head of Sales', 'VP Marketing', 'Chief Revenue Officer', 'Growth Manager', 'Procurement Lead',
  'Director of Operations', 'Founder & CEO', 'Product Manager', 'Demand Generation Manager', 'CTO',
];

export const LOCATIONS = [
  'Lisbon, Portugal', 'Austin, Texas', 'Berlin, Germany', 'Toronto, Ontario', 'Melbourne, Australia',
  'Nairobi, Kenya', 'Osaka, Japan', 'Lyon, France', 'Manchester, England', 'São Paulo, Brazil',
];
