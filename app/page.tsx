import { getDatasets } from '@/lib/data/get-datasets';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const datasets = await getDatasets();
  return (
    <main>
      <h1>Kazakhstan’s trade partners: the loaded data</h1>
      <table>
        <thead>
          <tr><th scope="col">Dataset</th><th scope="col">Publisher</th><th scope="col">File</th><th scope="col">Rows</th><th scope="col">Loaded</th></tr>
        </thead>
        <tbody>
          {datasets.map((d) => (
            <tr key={d.id}><td>{d.id}</td><td>{d.publisher}</td><td>{d.file}</td><td>{d.rowCount}</td><td>{d.loadedAt}</td></tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
