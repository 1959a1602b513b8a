/**
 * Profiles (issue 8 §1): hirer pay profiles (inlenersbeloning: scale wage, surcharge windows,
 * overtime, allowances, who signed it and when) created and edited here and kept in the workbook's
 * custom XML part, so the workbook stays the agency's own file and nothing leaves the machine.
 * Core's zod schema (parseHirerPayProfile) validates as the clerk types; its message for a field
 * stands under that field. Profiles kept here count in the control list next to the HirerPay sheet.
 */
import {
  Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { InputError, formatOvertime, formatSurcharge, parseRuleText, type Texts } from '@backofficer/core';
import { useCallback, useMemo, useState } from 'react';
import {
  checkProfile, emptyProfile, nextProfileId, problemAt, type ProfileInput,
} from '../engine/profiles.js';
import { useI18n } from '../i18n/language.js';
import type { Lang, MessageKey } from '../i18n/messages.js';
import { useWorkbookSettings } from '../settings.js';
import { useAction } from '../workbook.js';
import { Panel, usePanelStyles } from './layout.js';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  cardHead: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  rules: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalXS, alignItems: 'start' },
  row3: { display: 'grid', gridTemplateColumns: 'minmax(0, 1.1fr) minmax(0, 0.9fr) minmax(0, 0.8fr) auto', gap: tokens.spacingHorizontalXS, alignItems: 'start' },
  line: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: tokens.spacingHorizontalXS, alignItems: 'start' },
  /** Fluent inputs keep a minimum width of their own; in the narrow pane they share a row. */
  input: { minWidth: 0, width: '100%' },
  remove: { marginTop: '22px', minWidth: '24px' },
  rowMessages: { gridColumn: '1 / -1', color: tokens.colorPaletteRedForeground1 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  fieldset: { border: 0, margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
});

const PER: readonly { value: string; label: MessageKey }[] = [
  { value: 'hour', label: 'profiles.per.hour' }, { value: 'week', label: 'profiles.per.week' },
  { value: 'four-weeks', label: 'profiles.per.fourWeeks' }, { value: 'month', label: 'profiles.per.month' },
];
const UNITS: readonly { value: string; label: MessageKey }[] = [
  { value: 'hour', label: 'profiles.unit.hour' }, { value: 'day', label: 'profiles.unit.day' },
  { value: 'week', label: 'profiles.unit.week' }, { value: 'km', label: 'profiles.unit.km' },
];

/** A rule line read back in the clerk's language ("Mon-Fri 20:00-06:00 +25%"), or undefined when not readable yet. */
function ruleEcho(text: string, lang: Lang): string | undefined {
  if (text.trim() === '') return undefined;
  try {
    const r = parseRuleText(text);
    if (r.kind === 'surcharge') return formatSurcharge({ ...r.rule, from: r.rule.from ?? '00:00', to: r.rule.to ?? '24:00' }, lang);
    return formatOvertime({ ...r.rule, stacking: r.rule.stacking ?? 'highest' }, lang);
  } catch (e) {
    if (e instanceof InputError) return undefined;
    throw e;
  }
}

function ProfileForm(props: { initial: ProfileInput; others: ProfileInput[]; onSave: (p: ProfileInput) => Promise<void>; onCancel: () => void }) {
  const { t, lang } = useI18n();
  const panel = usePanelStyles();
  const styles = useStyles();
  const [p, setP] = useState<ProfileInput>(props.initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const check = useMemo(() => checkProfile(p, props.others), [p, props.others]);
  const save = useAction(props.onSave);

  const touch = (key: string) => setTouched((s) => (s.has(key) ? s : new Set(s).add(key)));
  /** The message under a field: once the clerk has been in it, or after "save". */
  const problem = (key: string): Texts | undefined =>
    submitted || touched.has(key) || [...touched].some((k) => k.startsWith(`${key}.`)) ? problemAt(check.problems, key) : undefined;
  const fieldProps = (key: string) => {
    const pr = problem(key);
    return { validationState: pr ? ('error' as const) : ('none' as const), validationMessage: pr?.[lang] };
  };
  /** A field in a row of a list: only marked red; its message goes under the whole row (the cells are narrow). */
  const cellProps = (key: string) => ({ validationState: problem(key) ? ('error' as const) : ('none' as const) });
  const rowMessages = (id: string, keys: string[]) => {
    const list = keys.map((k) => problem(k)).filter((x): x is Texts => x !== undefined);
    return list.length === 0 ? null : (
      <div id={id} className={styles.rowMessages} data-testid="row-problem">
        {list.map((m, i) => <Text key={i} size={200} block>{m[lang]}</Text>)}
      </div>
    );
  };
  const set = (patch: Partial<ProfileInput>) => setP((x) => ({ ...x, ...patch }));
  const submit = () => {
    setSubmitted(true);
    if (check.profile) void save.run(p);
  };

  return (
    <form
      className={panel.panel}
      style={{ padding: 0 }}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      aria-label={t('profiles.form')}
      data-testid="profile-form"
      noValidate
    >
      <Field label={t('profiles.id')} required {...fieldProps('id')}>
        <Input value={p.id} onChange={(_, d) => set({ id: d.value })} onBlur={() => touch('id')} data-testid="profile-id" />
      </Field>
      <Field label={t('profiles.hirerId')} required {...fieldProps('hirerId')}>
        <Input value={p.hirerId} onChange={(_, d) => set({ hirerId: d.value })} onBlur={() => touch('hirerId')} data-testid="profile-hirer" />
      </Field>
      <Field label={t('profiles.job')} required {...fieldProps('job')}>
        <Input value={p.job} onChange={(_, d) => set({ job: d.value })} onBlur={() => touch('job')} data-testid="profile-job" />
      </Field>
      <Field label={t('profiles.validFrom')} {...fieldProps('validFrom')}>
        <Input value={p.validFrom} placeholder={t('profiles.date.placeholder')} onChange={(_, d) => set({ validFrom: d.value })} onBlur={() => touch('validFrom')} />
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('profiles.scaleWages')}</legend>
        {p.scaleWages.map((w, i) => (
          <div key={i} className={styles.row3}>
            <Field label={t('profiles.scale.from')} size="small" {...cellProps(`scaleWages.${i}.from`)}>
              <Input size="small" className={styles.input} value={w.from} placeholder={t('profiles.date.placeholder')} onBlur={() => touch(`scaleWages.${i}.from`)}
                aria-describedby={problem(`scaleWages.${i}.from`) ? `scale-${i}-problems` : undefined}
                onChange={(_, d) => set({ scaleWages: p.scaleWages.map((x, j) => (j === i ? { ...x, from: d.value } : x)) })} />
            </Field>
            <Field label={t('profiles.scale.amount')} size="small" {...cellProps(`scaleWages.${i}.amount`)}>
              <Input size="small" className={styles.input} inputMode="decimal" value={w.amount} placeholder="16,25" onBlur={() => touch(`scaleWages.${i}.amount`)}
                aria-describedby={problem(`scaleWages.${i}.amount`) ? `scale-${i}-problems` : undefined}
                onChange={(_, d) => set({ scaleWages: p.scaleWages.map((x, j) => (j === i ? { ...x, amount: d.value } : x)) })}
                data-testid={`profile-scale-amount-${i}`} />
            </Field>
            <Field label={t('profiles.scale.per')} size="small">
              <Select size="small" className={styles.input} value={w.per} onChange={(_, d) => set({ scaleWages: p.scaleWages.map((x, j) => (j === i ? { ...x, per: d.value } : x)) })}>
                {PER.map((o) => <option key={o.value} value={o.value}>{t(o.label)}</option>)}
              </Select>
            </Field>
            <Button size="small" appearance="subtle" aria-label={t('profiles.remove.scale', { n: i + 1 })} className={styles.remove}
              onClick={() => set({ scaleWages: p.scaleWages.filter((_, j) => j !== i) })}>×</Button>
            {rowMessages(`scale-${i}-problems`, [`scaleWages.${i}.from`, `scaleWages.${i}.amount`, `scaleWages.${i}.per`])}
          </div>
        ))}
        <Button size="small" onClick={() => set({ scaleWages: [...p.scaleWages, { from: '', amount: '', per: 'hour' }] })}>{t('profiles.add.scale')}</Button>
      </fieldset>

      {(['surcharges', 'overtime'] as const).map((kind) => (
        <fieldset key={kind} className={styles.fieldset}>
          <legend className={styles.legend}>{t(kind === 'surcharges' ? 'profiles.surcharges' : 'profiles.overtime')}</legend>
          <Text size={200} className={panel.muted}>{t(kind === 'surcharges' ? 'profiles.surcharges.hint' : 'profiles.overtime.hint')}</Text>
          {p[kind].map((line, i) => {
            const key = `${kind}.${i}`;
            const pr = problem(key);
            const echo = pr ? undefined : ruleEcho(line, lang);
            return (
              <div key={i} className={styles.line}>
                <Field
                  label={t(kind === 'surcharges' ? 'profiles.surcharge.n' : 'profiles.overtime.n', { n: i + 1 })}
                  size="small"
                  validationState={pr ? 'error' : echo ? 'success' : 'none'}
                  validationMessage={pr ? pr[lang] : echo}
                >
                  <Input size="small" className={styles.input} value={line} onBlur={() => touch(key)}
                    placeholder={kind === 'surcharges' ? t('profiles.surcharge.placeholder') : t('profiles.overtime.placeholder')}
                    onChange={(_, d) => set({ [kind]: p[kind].map((x, j) => (j === i ? d.value : x)) })}
                    data-testid={`profile-${kind}-${i}`} />
                </Field>
                <Button size="small" appearance="subtle" aria-label={t('profiles.remove.rule', { n: i + 1 })} className={styles.remove}
                  onClick={() => set({ [kind]: p[kind].filter((_, j) => j !== i) })}>×</Button>
              </div>
            );
          })}
          <Button size="small" onClick={() => set({ [kind]: [...p[kind], ''] })} data-testid={`profile-add-${kind}`}>
            {t(kind === 'surcharges' ? 'profiles.add.surcharge' : 'profiles.add.overtime')}
          </Button>
        </fieldset>
      ))}

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('profiles.allowances')}</legend>
        {p.allowances.map((a, i) => (
          <div key={i} className={styles.row3}>
            <Field label={t('profiles.allowance.name')} size="small" {...cellProps(`allowances.${i}.name`)}>
              <Input size="small" className={styles.input} value={a.name} onBlur={() => touch(`allowances.${i}.name`)}
                aria-describedby={problem(`allowances.${i}.name`) ? `allowance-${i}-problems` : undefined}
                onChange={(_, d) => set({ allowances: p.allowances.map((x, j) => (j === i ? { ...x, name: d.value } : x)) })} />
            </Field>
            <Field label={t('profiles.allowance.amount')} size="small" {...cellProps(`allowances.${i}.amount`)}>
              <Input size="small" className={styles.input} inputMode="decimal" value={a.amount} placeholder="0,23" onBlur={() => touch(`allowances.${i}.amount`)}
                aria-describedby={problem(`allowances.${i}.amount`) ? `allowance-${i}-problems` : undefined}
                onChange={(_, d) => set({ allowances: p.allowances.map((x, j) => (j === i ? { ...x, amount: d.value } : x)) })} />
            </Field>
            <Field label={t('profiles.allowance.unit')} size="small" {...cellProps(`allowances.${i}.unit`)}>
              <Select size="small" className={styles.input} value={a.unit} onChange={(_, d) => set({ allowances: p.allowances.map((x, j) => (j === i ? { ...x, unit: d.value } : x)) })}>
                {UNITS.map((o) => <option key={o.value} value={o.value}>{t(o.label)}</option>)}
              </Select>
            </Field>
            <Button size="small" appearance="subtle" aria-label={t('profiles.remove.allowance', { n: i + 1 })} className={styles.remove}
              onClick={() => set({ allowances: p.allowances.filter((_, j) => j !== i) })}>×</Button>
            {rowMessages(`allowance-${i}-problems`, [`allowances.${i}.name`, `allowances.${i}.amount`, `allowances.${i}.unit`])}
          </div>
        ))}
        <Button size="small" onClick={() => set({ allowances: [...p.allowances, { name: '', amount: '', unit: 'km' }] })}>{t('profiles.add.allowance')}</Button>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('profiles.signature')}</legend>
        <Checkbox checked={p.status.complete} label={t('profiles.complete')}
          onChange={(_, d) => set({ status: { ...p.status, complete: d.checked === true } })} />
        <div className={styles.row}>
          <Field label={t('profiles.signedBy')} size="small" {...fieldProps('status.signedBy')}>
            <Input size="small" className={styles.input} value={p.status.signedBy} onBlur={() => touch('status.signedBy')}
              onChange={(_, d) => set({ status: { ...p.status, signedBy: d.value } })} />
          </Field>
          <Field label={t('profiles.signedAt')} size="small" {...fieldProps('status.signedAt')}>
            <Input size="small" className={styles.input} value={p.status.signedAt} placeholder={t('profiles.datetime.placeholder')} onBlur={() => touch('status.signedAt')}
              onChange={(_, d) => set({ status: { ...p.status, signedAt: d.value } })} />
          </Field>
        </div>
      </fieldset>

      {submitted && !check.profile ? (
        <MessageBar intent="error" data-testid="profile-invalid">
          <MessageBarBody>{t('profiles.invalid', { count: Object.keys(check.problems).length })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {save.error ? <MessageBar intent="error"><MessageBarBody>{save.error}</MessageBarBody></MessageBar> : null}
      <div className={panel.actions}>
        <Button appearance="primary" type="submit" disabled={save.busy} data-testid="profile-save">{t('profiles.save')}</Button>
        <Button onClick={props.onCancel} disabled={save.busy}>{t('profiles.cancel')}</Button>
      </div>
    </form>
  );
}

export function ProfilesPanel() {
  const { t, lang } = useI18n();
  const settings = useWorkbookSettings();
  const panel = usePanelStyles();
  const styles = useStyles();
  /** The profile being edited: its position, or "new". */
  const [editing, setEditing] = useState<{ index: number | 'new'; profile: ProfileInput } | undefined>();
  const [note, setNote] = useState<string | undefined>();
  const profiles = settings.profiles;

  const save = useCallback(async (p: ProfileInput) => {
    if (!editing) return;
    const next = editing.index === 'new' ? [...profiles, p] : profiles.map((x, i) => (i === editing.index ? p : x));
    await settings.saveProfiles(next);
    setEditing(undefined);
    setNote(t('profiles.saved', { id: p.id }));
  }, [editing, profiles, settings, t]);

  const remove = useAction(useCallback(async (index: number) => {
    const p = profiles[index]!;
    await settings.saveProfiles(profiles.filter((_, i) => i !== index));
    setNote(t('profiles.removed', { id: p.id }));
  }, [profiles, settings, t]));

  if (editing) {
    return (
      <Panel>
        <Subtitle2 as="h2" className={panel.heading}>
          {editing.index === 'new' ? t('profiles.new') : t('profiles.edit', { id: editing.profile.id })}
        </Subtitle2>
        <ProfileForm
          initial={editing.profile}
          others={profiles.filter((_, i) => i !== editing.index)}
          onSave={save}
          onCancel={() => setEditing(undefined)}
        />
      </Panel>
    );
  }

  return (
    <Panel intro={t('profiles.intro')}>
      <div role="status" aria-live="polite" data-testid="profiles-status">
        {settings.loaded ? (
          <Text>{profiles.length === 0 ? t('profiles.none') : t('profiles.count', { count: profiles.length })}</Text>
        ) : null}
        {note ? <Text block size={200}>{note}</Text> : null}
      </div>
      {profiles.length > 0 ? (
        <ul className={styles.list} aria-label={t('tab.profiles')}>
          {profiles.map((p, i) => {
            const c = checkProfile(p, profiles.filter((_, j) => j !== i));
            const signed = p.status.signedBy.trim() !== '' && p.status.signedAt.trim() !== '';
            return (
              <li key={`${p.id}-${i}`} className={styles.card} data-testid="profile-card">
                <div className={styles.cardHead}>
                  <Text weight="semibold">{p.id} · {p.job || '—'}</Text>
                  <Text size={200} className={panel.muted}>{t('profiles.hirer', { id: p.hirerId || '—' })}</Text>
                </div>
                <Text size={200}>
                  {[
                    p.validFrom ? t('profiles.from', { date: p.validFrom }) : undefined,
                    signed ? t('profiles.signedOn', { by: p.status.signedBy, at: p.status.signedAt.replace('T', ' ') }) : t('profiles.unsigned'),
                  ].filter(Boolean).join(' · ')}
                </Text>
                {c.profile && (c.profile.surcharges.length > 0 || c.profile.overtime.length > 0) ? (
                  <ul className={styles.rules}>
                    {c.profile.surcharges.map((s, j) => <li key={`s${j}`}>{s.text[lang]}</li>)}
                    {c.profile.overtime.map((o, j) => <li key={`o${j}`}>{o.text[lang]}</li>)}
                  </ul>
                ) : null}
                {!c.profile ? <Text size={200} style={{ color: tokens.colorPaletteRedForeground1 }}>{t('profiles.needsAttention')}</Text> : null}
                <div className={panel.actions}>
                  <Button size="small" onClick={() => { setNote(undefined); setEditing({ index: i, profile: p }); }} data-testid="profile-edit">
                    {t('profiles.editButton')}
                  </Button>
                  <Button size="small" appearance="subtle" onClick={() => void remove.run(i)} disabled={remove.busy}>{t('profiles.delete')}</Button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      {settings.error ?? remove.error ? <MessageBar intent="error"><MessageBarBody>{settings.error ?? remove.error}</MessageBarBody></MessageBar> : null}
      <div className={panel.actions}>
        <Button appearance="primary" disabled={!settings.loaded} onClick={() => { setNote(undefined); setEditing({ index: 'new', profile: emptyProfile(nextProfileId(profiles)) }); }} data-testid="profile-new">
          {t('profiles.new')}
        </Button>
      </div>
      <Text size={200} className={panel.muted}>{t('profiles.sheetNote')}</Text>
    </Panel>
  );
}
