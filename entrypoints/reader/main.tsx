// Thin entrypoint of the extension's reader page: reads the query and the corpus store.
import { render } from 'preact';
import { ReaderPage } from '@/components/reader/ReaderPage';
import { CorpusStore } from '@/utils/storage/corpus-store';
import '@/components/reader/reader.css';

const params = new URLSearchParams(location.search);
const s = Number(params.get('s'));
let store: Promise<CorpusStore> | null = null;
const loadDoc = async (id: string) => (await (store ??= CorpusStore.open())).getDocument(id);

render(
  <ReaderPage docId={params.get('doc')} sentenceIndex={params.has('s') && Number.isSafeInteger(s) && s >= 0 ? s : null} loadDoc={loadDoc} />,
  document.getElementById('app')!,
);
