// A labelled <select> over one of the model's vocabularies (relation types, statuses, modalities…).
export function ChoiceSelect<T extends string>(props: {
  label: string;
  name?: string;
  values: readonly T[];
  value: T;
  onChange: (value: T) => void;
  labelOf: (value: T) => string;
}) {
  const { label, name, values, value, onChange, labelOf } = props;
  return (
    <label>
      {label}{" "}
      <select name={name} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {values.map((v) => (
          <option key={v} value={v}>
            {labelOf(v)}
          </option>
        ))}
      </select>
    </label>
  );
}
