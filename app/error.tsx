'use client';

// Shown when the page cannot be rendered, most often because the database cannot be read.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main>
      <h1>The trade data cannot be shown right now</h1>
      <p role="alert">
        The dashboard could not read its database. Nothing is wrong with your link; please try again in a
        moment.
      </p>
      <button type="button" onClick={() => reset()}>
        Try again
      </button>
    </main>
  );
}
