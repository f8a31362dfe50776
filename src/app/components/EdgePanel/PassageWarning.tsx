// Said wherever a passage's offsets do not point at its quote: the data no longer matches its articles.
export function PassageWarning({ problem }: { problem: string }) {
  return (
    <p role="alert" className="passage-warning">
      <strong>This passage cannot be located in its article:</strong> {problem}. The data may be out of date or damaged; regenerate it with{" "}
      <code>npm run extract</code>.
    </p>
  );
}
