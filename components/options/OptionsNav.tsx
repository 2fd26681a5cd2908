// The options page's table of contents: each section one click away, however long the library
// list is (with ~300 articles the settings sat 14,400 px down, below the whole list). Settings
// come first because they are what a reader opens the page for; the library is last because it
// grows. "Sources you follow" comes first: it is the one setting that makes requests.
export const OPTIONS_SECTIONS: readonly { id: string; label: string }[] = [
  { id: 'follow', label: 'Sources you follow' },
  { id: 'remember', label: 'Remember what you read' },
  { id: 'where-it-runs', label: 'Where it runs' },
  { id: 'library', label: 'Your library' },
];

export function OptionsNav() {
  return (
    <nav class="cp-toc" aria-label="Sections of this page" data-testid="options-nav">
      <ul>
        {OPTIONS_SECTIONS.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`} data-testid={`nav-${s.id}`}>
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
