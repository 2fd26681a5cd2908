// How often followed sources are fetched and how long fetched articles are kept. A number out of
// bounds is refused with the bounds in words; a valid one is saved at once, like the other settings.
import { useState } from 'preact/hooks';
import type { FollowSettings } from '../../utils/follow/types';
import type { FollowSettingsLimits } from '../../utils/follow/follow-api';

type Field = 'intervalMinutes' | 'keepDays';

const LABELS: Record<Field, { label: string; unit: string; testid: string }> = {
  intervalMinutes: { label: 'Fetch every', unit: 'minutes', testid: 'follow-interval' },
  keepDays: { label: 'Keep fetched articles for', unit: 'days (pinned articles are kept)', testid: 'follow-keep-days' },
};

export function FollowSettingsForm({ settings, limits, save }: { settings: FollowSettings; limits: FollowSettingsLimits; save(next: FollowSettings): Promise<void> }) {
  const [invalid, setInvalid] = useState<{ field: Field; text: string } | null>(null);
  const field = (name: Field) => {
    const [lo, hi] = limits[name];
    const { label, unit, testid } = LABELS[name];
    const error = invalid?.field === name ? invalid.text : null;
    return (
      <label class="cp-check">
        <span>{label}</span>
        <input
          type="number"
          min={lo}
          max={hi}
          step={1}
          value={settings[name]}
          data-testid={testid}
          aria-invalid={error ? 'true' : 'false'}
          onChange={(e) => {
            const raw = (e.currentTarget as HTMLInputElement).value.trim();
            const v = Number(raw);
            if (!raw || !Number.isInteger(v) || v < lo || v > hi) {
              setInvalid({ field: name, text: `${label}: a whole number from ${lo.toLocaleString()} to ${hi.toLocaleString()} ${unit.split(' ')[0]}. Not saved.` });
              return;
            }
            setInvalid(null);
            void save({ ...settings, [name]: v });
          }}
        />
        <span>{unit}</span>
      </label>
    );
  };
  return (
    <fieldset class="cp-fieldset">
      <legend>Schedule</legend>
      {field('intervalMinutes')}
      {field('keepDays')}
      {invalid && (
        <p role="alert" class="cp-note cp-error" data-testid="follow-settings-error">
          {invalid.text}
        </p>
      )}
    </fieldset>
  );
}
