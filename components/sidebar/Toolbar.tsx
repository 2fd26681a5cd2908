import type { Preferences } from '../../utils/page/preferences';
import type { SidebarActions } from './actions';

/** Display switches: highlights in the page, every comparison open. */
export function Toolbar({ prefs, actions }: { prefs: Preferences; actions: SidebarActions }) {
  const item = (testid: string, key: 'highlights' | 'allDiffs', label: string, hint: string) => (
    <button
      type="button"
      class="sc-toggle"
      data-testid={testid}
      aria-pressed={prefs[key] ? 'true' : 'false'}
      title={hint}
      onClick={() => actions.setPrefs({ [key]: !prefs[key] })}
    >
      <span class="sc-toggle-box" aria-hidden="true" />
      {label}
    </button>
  );
  return (
    <div class="sc-toolbar" role="group" aria-label="Display">
      {item('highlights-toggle', 'highlights', 'Highlights in the page', 'Mark the claims other outlets report in the page')}
      {item('all-diffs-toggle', 'allDiffs', 'All comparisons open', 'Open the comparison of the wording on every match')}
    </div>
  );
}
