import { describe, expect, it } from 'vitest';
import { TeamConfigSchema, isAllowedServerUrl, serverOriginPattern } from '@/lib/sync/config';
import { storedMemberName } from '@/lib/sync/team-key';

describe('team server address', () => {
  it('takes https anywhere and http only on this machine', () => {
    expect(isAllowedServerUrl('https://couch.example.com')).toBe(true);
    expect(isAllowedServerUrl('http://127.0.0.1:5984')).toBe(true);
    expect(isAllowedServerUrl('http://localhost:5984/')).toBe(true);
    expect(isAllowedServerUrl('http://couch.example.com')).toBe(false);
    expect(isAllowedServerUrl('https://dana:secret@couch.example.com')).toBe(false);
    expect(isAllowedServerUrl('javascript:alert(1)')).toBe(false);
  });

  it('drops a trailing slash, keeps a path prefix and asks for the origin only', () => {
    const config = TeamConfigSchema.parse({
      serverUrl: 'https://db.example.com/couch/',
      database: 'acme-leads',
      username: 'dana',
      password: 'pw',
    });
    expect(config.serverUrl).toBe('https://db.example.com/couch');
    expect(serverOriginPattern(config)).toBe('https://db.example.com/*');
    expect(config.enabled).toBe(true);
  });

  it('refuses a database name CouchDB would refuse', () => {
    const result = TeamConfigSchema.safeParse({
      serverUrl: 'https://db.example.com',
      database: 'Acme Leads',
      username: 'dana',
      password: '',
    });
    expect(result.success).toBe(false);
  });
});

describe('the member name the popup’s early read guesses from storage', () => {
  it('is the stored user name as the checked config would trim it, or none', () => {
    const stored = { serverUrl: 'https://db.example.com', database: 'sales', username: '  ines ', password: 'pw' };
    expect(storedMemberName(stored)).toBe(TeamConfigSchema.parse(stored).username);
    expect(storedMemberName(undefined)).toBeUndefined();
    expect(storedMemberName({ username: '   ' })).toBeUndefined();
    expect(storedMemberName({ username: 42 })).toBeUndefined();
    expect(storedMemberName('ines')).toBeUndefined();
  });
});
