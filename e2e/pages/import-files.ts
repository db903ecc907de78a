/**
 * Reading lists from other tools, built here in their export shapes (fflate writes the ZIPs): a
 * Pocket export (CSV parts, tags separated by `|`, one line that cannot be imported, one highlight)
 * and an Omnivore export (metadata JSON with labels, a saved page whose HTML fights back).
 */
import { strToU8, zipSync } from 'fflate';

/** The Pocket export: three articles (one archived), tags "waterfront", "transport", "food", one refused line, one highlight. */
export function pocketZip(): Uint8Array {
  const csv =
    'title,url,time_added,tags,status\n' +
    'Harbour bridge closes for repairs,https://harbour.example/bridge?utm_source=pocket,1700000000,waterfront|transport,unread\n' +
    'Winter ferry timetable,https://harbour.example/ferries,1700000100,transport,archive\n' +
    'A link that is not one,javascript:alert(1),1700000200,,unread\n' +
    'Night market reopens,https://town.example/market,1700000300,food,unread\n';
  const annotations = JSON.stringify([
    { url: 'https://harbour.example/ferries', title: 'Winter ferry timetable', highlights: [{ quote: 'boats at dawn', created_at: 1700000400 }] },
  ]);
  return zipSync({ 'part_000000.csv': strToU8(csv), 'annotations/part_000000.json': strToU8(annotations) });
}

/** A marker the hostile page sets if any of its script ran in our pages. */
export const PWNED = '__broadsheetImportPwned';

/** The Omnivore export: two articles with labels, one with its saved page (text, and an <img onerror>). */
export function omnivoreZip(): Uint8Array {
  const metadata = [
    {
      id: '1',
      slug: 'lighthouse',
      title: 'The lighthouse keeper’s last winter',
      url: 'https://coast.example/lighthouse',
      state: 'Archived',
      labels: [{ name: 'longform' }, { name: 'waterfront' }],
      savedAt: '2024-02-01T09:00:00.000Z',
    },
    { id: '2', slug: 'tides', title: 'Tide tables explained', url: 'https://coast.example/tides', state: 'Active', labels: [{ name: 'science' }] },
  ];
  const page =
    '<html><head><script>window.' +
    PWNED +
    '=1</script></head><body><h1>The lighthouse keeper’s last winter</h1>' +
    '<p>Agathe climbed the one hundred and twelve steps every evening.</p>' +
    `<img src="data:," onerror="window.${PWNED}=2"><p>The lens turned until dawn.</p></body></html>`;
  return zipSync({
    'metadata_0_to_2.json': strToU8(JSON.stringify(metadata)),
    'content/lighthouse.html': strToU8(page),
    'highlights/lighthouse.md': strToU8('> one hundred and twelve steps\n'),
  });
}
