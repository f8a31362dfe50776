// A catalogue message with one <0>…</0> span shown as code ("run <0>npm run extract</0>"), without
// react-i18next's <Trans>: that component and its HTML parser cost ~3 KB gzipped of the first load
// for two messages.
export function CodeMarkup({ text }: { text: string }) {
  const m = /^([\s\S]*?)<0>([\s\S]*?)<\/0>([\s\S]*)$/.exec(text);
  if (!m) return <>{text}</>;
  return (
    <>
      {m[1]}
      <code>{m[2]}</code>
      {m[3]}
    </>
  );
}
