/** The list of a refused form's problems above the form, each linking to its field (`#field-<name>`). */
export function ErrorSummary({ heading, errors }: { heading: string; errors: Record<string, string> }) {
  const names = Object.keys(errors);
  if (names.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <h2>{heading}</h2>
      <ul>
        {names.map((name) => (
          <li>
            <a href={`#field-${name}`}>{errors[name]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
