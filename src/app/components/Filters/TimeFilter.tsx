// The time range: a histogram of passages per year (undated ones in a bar of their own) and two
// year pickers; narrowing them keeps the relations with a passage in the range.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useHistogram } from "../../derived";
import { useExplorer } from "../../store/explorer";

export function TimeFilter() {
  const { t } = useTranslation();
  const id = useId();
  const hist = useHistogram();
  const time = useExplorer((s) => s.time);
  const setTime = useExplorer((s) => s.setTime);
  if (hist.years.length === 0) return null;
  const first = hist.years[0]!.year;
  const last = hist.years[hist.years.length - 1]!.year;
  const range = time ?? { from: first, to: last, undated: true };
  const max = Math.max(1, hist.undated, ...hist.years.map((y) => y.count));
  const update = (next: Partial<typeof range>) => {
    const r = { ...range, ...next };
    if (r.from > r.to) [r.from, r.to] = [r.to, r.from];
    setTime(r.from <= first && r.to >= last && r.undated ? null : r);
  };
  const bar = (count: number, on: boolean) => <span className={on ? "bar on" : "bar"} style={{ height: `${Math.max(2, Math.round((count / max) * 36))}px` }} />;
  return (
    <fieldset className="facet time-filter" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`}>{t("time.title")}</legend>
      <div className="histogram" aria-hidden="true">
        {hist.years.map((y) => (
          <span key={y.year} className="column" title={`${y.year}: ${t("time.passages", { count: y.count })}`}>
            {bar(y.count, y.year >= range.from && y.year <= range.to)}
            <small>{String(y.year).slice(2)}</small>
          </span>
        ))}
        <span className="column undated" title={`${t("time.undated")}: ${t("time.passages", { count: hist.undated })}`}>
          {bar(hist.undated, range.undated)}
          <small>?</small>
        </span>
      </div>
      <div className="time-range">
        <label>
          {t("time.from")}{" "}
          <select value={range.from} onChange={(e) => update({ from: Number(e.target.value) })}>
            {hist.years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.year}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("time.to")}{" "}
          <select value={range.to} onChange={(e) => update({ to: Number(e.target.value) })}>
            {hist.years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.year}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="facet-option">
        <input type="checkbox" checked={range.undated} onChange={(e) => update({ undated: e.target.checked })} />
        <span className="facet-label">{t("time.undatedToggle")}</span>
        <span className="count">{hist.undated}</span>
      </label>
    </fieldset>
  );
}
