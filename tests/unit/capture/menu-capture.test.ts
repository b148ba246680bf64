import { describe, expect, it } from 'vitest';
import { draftFromMenuCapture, invokedOn, menuCaptureFrom, readMenuCapture, MENU_CAPTURE_TTL_MS } from '@/lib/capture/menu-capture';

describe('menu capture', () => {
  it('keeps a selection and a mailto link, but not other links', () => {
    expect(
      menuCaptureFrom({ selectionText: 'Lea Kowalczyk', pageUrl: 'https://a.example/', linkUrl: 'https://b.example/' }, 4, 100),
    ).toEqual({
      tabId: 4,
      at: 100,
      pageUrl: 'https://a.example/',
      selection: 'Lea Kowalczyk',
    });
    expect(menuCaptureFrom({ linkUrl: 'MAILTO:lea@kestrel.example' }, 4, 100)).toEqual({
      tabId: 4,
      at: 100,
      linkUrl: 'MAILTO:lea@kestrel.example',
    });
    expect(menuCaptureFrom({}, undefined, 100)).toBeUndefined();
  });

  it('reads back only a fresh, well-formed capture for the same tab', () => {
    const stored = { tabId: 4, at: 1000, selection: 'x' };
    expect(readMenuCapture(stored, 4, 2000)).toEqual(stored);
    expect(readMenuCapture(stored, 5, 2000)).toBeUndefined();
    expect(readMenuCapture(stored, 4, 1000 + MENU_CAPTURE_TTL_MS + 1)).toBeUndefined();
    expect(readMenuCapture({ tabId: '4', at: 1000 }, 4, 2000)).toBeUndefined();
    expect(readMenuCapture({ tabId: 4, at: 1000, selection: 'x'.repeat(5001) }, 4, 2000)).toBeUndefined();
  });

  it('hands over the toolbar button or the keyboard shortcut on a tab as "invoked", and nothing without a tab', () => {
    expect(readMenuCapture(invokedOn(4, 1000), 4, 2000)).toEqual({ tabId: 4, at: 1000, invoked: true });
    expect(invokedOn(undefined, 1000)).toBeUndefined();
    // Only `true` means invoked: anything else stored under the key is not a capture.
    expect(readMenuCapture({ tabId: 4, at: 1000, invoked: 'yes' }, 4, 2000)).toBeUndefined();
  });

  it('turns a capture into a draft, or says why it cannot', () => {
    expect(
      draftFromMenuCapture({ tabId: 1, at: 1, linkUrl: 'mailto:lea@kestrel.example' }, 'https://kestrel.example/team').draft,
    ).toMatchObject({
      email: 'lea@kestrel.example',
      source: 'web',
    });
    expect(draftFromMenuCapture({ tabId: 1, at: 1, selection: 'hello there' }, 'https://kestrel.example/').problem).toMatch(
      /no name or email/,
    );
    expect(draftFromMenuCapture({ tabId: 1, at: 1 }, 'https://kestrel.example/')).toEqual({});
  });
});
