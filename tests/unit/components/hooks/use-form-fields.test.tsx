// @vitest-environment happy-dom
import { act, type FormEvent } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFormFields } from '@/components/hooks/use-form-fields';
import { campaignFormFrom, parseCampaignForm, type CampaignFields } from '@/lib/campaigns';
import { mount } from '../../react-helpers';

type Fields = ReturnType<typeof useFormFields<ReturnType<typeof campaignFormFrom>, { fields: CampaignFields }>>;

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function campaignForm(): () => Fields {
  const seen: { value?: Fields } = {};
  function Probe() {
    seen.value = useFormFields(() => campaignFormFrom(undefined), parseCampaignForm);
    return null;
  }
  unmount = mount(<Probe />).unmount;
  return () => seen.value!;
}

const type = (form: () => Fields, key: 'name' | 'goalLeads' | 'cost', value: string) =>
  act(() => form().bind(key).onChange({ target: { value } }));
const submitted = () => ({ preventDefault: () => undefined }) as FormEvent;

describe('useFormFields (lead and campaign forms)', () => {
  it('marks refused fields on submit and hands over checked values once they pass', () => {
    const form = campaignForm();
    expect(form().dirty).toBe(false);
    const saved: Array<{ name: string; goalLeads: number | undefined; typed: string }> = [];
    const onValid = (result: { fields: CampaignFields }, input: { goalLeads: string }) =>
      saved.push({ name: result.fields.name, goalLeads: result.fields.goalLeads, typed: input.goalLeads });

    type(form, 'goalLeads', '-40');
    expect(form().dirty).toBe(true);
    act(() => form().submit(onValid)(submitted()));
    expect(saved).toEqual([]);
    expect(form().bind('name').error).toBe('Give the campaign a name');
    expect(form().bind('goalLeads').error).toBe('The goal cannot be negative');

    type(form, 'name', '  Lisbon trade fair  ');
    type(form, 'goalLeads', '1,200');
    act(() => form().submit(onValid)(submitted()));
    expect(saved).toEqual([{ name: 'Lisbon trade fair', goalLeads: 1200, typed: '1,200' }]);
    expect(form().bind('name').error).toBeUndefined();
    expect(form().bind('goalLeads').value).toBe('1,200');
  });

  it('is clean again when the typed text is put back as it opened', () => {
    const form = campaignForm();
    type(form, 'name', 'Autumn webinar');
    expect(form().dirty).toBe(true);
    type(form, 'name', '');
    expect(form().dirty).toBe(false);
  });
});
