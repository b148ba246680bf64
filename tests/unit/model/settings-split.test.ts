import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  PERSONAL_SETTINGS,
  SettingsSchema,
  WORKSPACE_SETTINGS,
  withWorkspaceSettings,
  workspaceSettings,
} from '@/lib/model';

describe('personal and workspace settings', () => {
  it('splits every setting into exactly one of the two', () => {
    const all = Object.keys(SettingsSchema.shape).sort();
    const personal: readonly string[] = PERSONAL_SETTINGS;
    const workspace: readonly string[] = WORKSPACE_SETTINGS;
    expect([...personal, ...workspace].sort()).toEqual(all);
    expect(personal.filter((key) => workspace.includes(key))).toEqual([]);
  });

  it('keeps own addresses, the active campaign and notifications personal; currency, holidays and rules shared', () => {
    expect(PERSONAL_SETTINGS).toEqual(
      expect.arrayContaining(['ownEmails', 'learnedOwnEmails', 'notOwnEmails', 'activeCampaignId', 'notifications']),
    );
    expect(WORKSPACE_SETTINGS).toEqual(expect.arrayContaining(['currency', 'holidays', 'taggingRules', 'assignmentRules']));
  });

  it('lays the team’s workspace settings over this browser’s without touching personal ones', () => {
    const mine = {
      ...defaultSettings(),
      ownEmails: ['sam@fernhollow.example'],
      notifications: true,
      currency: 'USD',
      activeCampaignId: 'camp-1',
    };
    const theirs = workspaceSettings({
      ...defaultSettings(),
      ownEmails: ['dana@fernhollow.example'],
      currency: 'EUR',
      holidays: ['2026-12-25'],
    });
    expect(Object.keys(theirs)).not.toContain('ownEmails');
    const merged = withWorkspaceSettings(mine, theirs);
    expect([merged.currency, merged.holidays, merged.ownEmails, merged.notifications, merged.activeCampaignId]).toEqual([
      'EUR',
      ['2026-12-25'],
      ['sam@fernhollow.example'],
      true,
      'camp-1',
    ]);
  });
});
