import { withDerivedKeys } from '../db';
import {
  type Activity,
  type Campaign,
  type Channel,
  type Enrollment,
  type Lead,
  type Sequence,
  type Source,
  type Stage,
  STEP_TYPE_LABELS,
  type Task,
  type Template,
} from '../model';
import { COMPANIES, FIRST_NAMES, LAST_NAMES, LOCATIONS, TITLES } from './names';
import { picker, seededRandom } from './random';

/** Everything "Load sample data" writes; every record carries `sample: true`. */
export interface DemoData {
  leads: Lead[];
  campaigns: Campaign[];
  sequences: Sequence[];
  enrollments: Enrollment[];
  tasks: Task[];
  activities: Activity[];
  templates: Template[];
}

const DAY = 86_400_000;

// Weighted so the pipeline looks like a real one: most leads new, few closed.
const STAGE_WEIGHTS: ReadonlyArray<[Stage, number]> = [
  ['new', 40],
  ['contacted', 25],
  ['qualified', 12],
  ['presentation', 8],
  ['negotiation', 5],
  ['won', 6],
  ['lost', 4],
];
const SOURCE_WEIGHTS: ReadonlyArray<[Source, number]> = [
  ['linkedin', 45],
  ['sales-navigator', 10],
  ['gmail', 15],
  ['outlook', 5],
  ['web', 10],
  ['manual', 10],
  ['import', 5],
];
const CAMPAIGN_SEEDS: ReadonlyArray<[string, Channel, number]> = [
  ['Q4 LinkedIn outreach', 'linkedin', 1200],
  ['Autumn webinar', 'webinar', 800],
  ['SaaStock booth', 'events', 5000],
  ['Newsletter launch', 'email', 150],
  ['Search: CRM keywords', 'paid-search', 2500],
  ['Partner referrals', 'referral', 0],
];

function weighted<T>(random: () => number, table: ReadonlyArray<[T, number]>): T {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of table) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return table[table.length - 1]![0];
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Realistic sample data for `leadCount` leads, with activities (about 4 per lead), open tasks and
 * enrollments (one lead in ten) and campaigns in proportion. Deterministic for a given seed and now.
 */
export function generateDemoData(options: { leads: number; seed?: number; now?: number }): DemoData {
  const random = seededRandom(options.seed ?? 42);
  const pick = picker(random);
  const now = options.now ?? Date.now();

  const campaignCount = CAMPAIGN_SEEDS.length + Math.floor(options.leads / 5000);
  const campaigns: Campaign[] = Array.from({ length: campaignCount }, (_, i) => {
    const [name, channel, cost] = CAMPAIGN_SEEDS[i % CAMPAIGN_SEEDS.length]!;
    const round = Math.floor(i / CAMPAIGN_SEEDS.length);
    const start = now - pick.int(30, 330) * DAY;
    return {
      id: pick.id(),
      name: round ? `${name} ${round + 1}` : name,
      channel,
      utmCampaign: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}${round ? `-${round + 1}` : ''}`,
      startDate: isoDate(start),
      endDate: isoDate(start + 60 * DAY),
      cost,
      goalLeads: pick.int(5, 40) * 10,
      notes: '',
      status: 'active',
      createdAt: start,
      updatedAt: start,
      sample: true,
    };
  });

  const templates: Template[] = [
    {
      id: pick.id(),
      name: 'First touch',
      channel: 'email',
      subject: 'Quick question, {{firstName}}',
      body: 'Hi {{firstName}},\n\nI saw what {{company}} is doing and wondered whether a shared pipeline view would help your team.\n\nBest,\n{{senderName}}',
      createdAt: now - 200 * DAY,
      updatedAt: now - 200 * DAY,
      sample: true,
    },
    {
      id: pick.id(),
      name: 'Connection note',
      channel: 'linkedin',
      subject: '',
      body: 'Hi {{firstName}}, we work with teams like {{company}} on outbound. Happy to connect.',
      createdAt: now - 200 * DAY,
      updatedAt: now - 200 * DAY,
      sample: true,
    },
  ];

  const sequences: Sequence[] = [
    {
      id: pick.id(),
      name: 'New inbound lead',
      archived: false,
      createdAt: now - 200 * DAY,
      updatedAt: now - 200 * DAY,
      sample: true,
      rules: { onReply: 'finish', finishOnClosed: true, skipWeekends: true, holidays: [] },
      steps: [
        { id: pick.id(), type: 'email', delayDays: 0, businessDays: true, templateId: templates[0]!.id, instructions: '' },
        { id: pick.id(), type: 'linkedin-connect', delayDays: 2, businessDays: true, templateId: templates[1]!.id, instructions: '' },
        { id: pick.id(), type: 'call', delayDays: 3, businessDays: true, timeOfDay: '10:00', instructions: 'Ask about their current CRM.' },
      ],
    },
    {
      id: pick.id(),
      name: 'Event follow-up',
      archived: false,
      createdAt: now - 150 * DAY,
      updatedAt: now - 150 * DAY,
      sample: true,
      rules: { onReply: 'pause', finishOnClosed: true, skipWeekends: true, holidays: [] },
      steps: [
        { id: pick.id(), type: 'email', delayDays: 1, businessDays: true, templateId: templates[0]!.id, instructions: '' },
        { id: pick.id(), type: 'task', delayDays: 5, businessDays: true, instructions: 'Send the event recording.' },
      ],
    },
  ];

  const leads: Lead[] = [];
  const activities: Activity[] = [];
  const enrollments: Enrollment[] = [];
  const tasks: Task[] = [];
  const seen = new Map<string, number>();

  for (let i = 0; i < options.leads; i++) {
    const firstName = pick.one(FIRST_NAMES);
    const lastName = pick.one(LAST_NAMES);
    const company = pick.one(COMPANIES);
    const base = `${firstName}.${lastName}`.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    const count = (seen.get(`${base}@${company.domain}`) ?? 0) + 1;
    seen.set(`${base}@${company.domain}`, count);
    const local = count > 1 ? `${base}${count}` : base;
    const createdAt = now - pick.int(1, 365) * DAY - pick.int(0, DAY - 1);
    const stage = weighted(random, STAGE_WEIGHTS);
    const source = weighted(random, SOURCE_WEIGHTS);
    const updatedAt = Math.min(now, createdAt + pick.int(0, 60) * DAY);
    const campaign = pick.chance(0.6) ? pick.one(campaigns) : undefined;
    const advanced = stage !== 'new' && stage !== 'contacted';
    const lead = withDerivedKeys({
      id: pick.id(),
      fullName: `${firstName} ${lastName}`,
      firstName,
      lastName,
      emails: [`${local}@${company.domain}`],
      phones: pick.chance(0.4) ? [`+1 555 01${String(pick.int(0, 99)).padStart(2, '0')}`] : [],
      phoneE164: [],
      title: pick.one(TITLES),
      company: company.name,
      companyDomain: company.domain,
      location: pick.one(LOCATIONS),
      linkedinUrl: `https://www.linkedin.com/in/${local.replace(/\./g, '-')}-${i.toString(36)}/`,
      socialProfiles: [],
      stage,
      dealValue: advanced ? pick.int(10, 500) * 100 : undefined,
      notes: '',
      customFields: {},
      campaignIds: campaign ? [campaign.id] : [],
      firstTouchCampaignId: campaign?.id,
      lastTouchCampaignId: campaign?.id,
      sourceTags: campaign ? { utm_campaign: campaign.utmCampaign } : {},
      capturedFrom: source,
      provenance: {},
      editedFields: [],
      createdAt,
      updatedAt,
      stageChangedAt: updatedAt,
      closedAt: stage === 'won' || stage === 'lost' ? updatedAt : undefined,
      lostReason: stage === 'lost' ? 'Chose another vendor' : undefined,
      sample: true,
      identity: [],
      search: [],
      recent: [],
      emailGuesses: [],
      emailDomains: [],
    });
    leads.push(lead);

    // About four timeline entries a lead: the capture, then outreach and replies.
    activities.push({
      id: pick.id(),
      leadId: lead.id,
      type: 'captured',
      at: createdAt,
      summary: 'Captured (sample data)',
      details: { source },
      sample: true,
    });
    const extra = pick.int(2, 4);
    for (let a = 0; a < extra; a++) {
      const at = createdAt + Math.floor(((updatedAt - createdAt) * (a + 1)) / (extra + 1));
      const type = a === 0 ? 'email-logged' : pick.chance(0.35) ? 'replied' : 'step-done';
      activities.push({
        id: pick.id(),
        leadId: lead.id,
        type,
        at,
        summary: type === 'replied' ? 'Replied' : type === 'email-logged' ? 'Email sent' : 'Follow-up done',
        details: {},
        sample: true,
      });
    }

    if (i % 10 === 0 && stage !== 'won' && stage !== 'lost') {
      const sequence = pick.one(sequences);
      const step = sequence.steps[0]!;
      const enrollment: Enrollment = {
        id: pick.id(),
        leadId: lead.id,
        sequenceId: sequence.id,
        status: 'active',
        stepIndex: 0,
        timeZone: 'UTC',
        startedAt: updatedAt,
        updatedAt,
        sample: true,
      };
      enrollments.push(enrollment);
      const dueAt = now + pick.int(-3 * 24, 7 * 24) * 3_600_000;
      tasks.push({
        id: pick.id(),
        leadId: lead.id,
        enrollmentId: enrollment.id,
        sequenceId: sequence.id,
        stepId: step.id,
        type: step.type,
        title: `${STEP_TYPE_LABELS[step.type]} · step 1 of ${sequence.steps.length} · ${sequence.name}`,
        instructions: step.instructions,
        status: 'open',
        dueAt,
        scheduledAt: dueAt,
        anchorAt: updatedAt,
        snoozeCount: 0,
        createdAt: updatedAt,
        updatedAt,
        sample: true,
      });
    }
  }

  return { leads, campaigns, sequences, enrollments, tasks, activities, templates };
}
