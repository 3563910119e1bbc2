/**
 * The reading questions of the packs in force: where the source can be read
 * two ways, which reading the check takes, why, and a switch. Loaded when
 * "读法" is opened.
 */
import { setReading } from '../../lib/plan-editing/edit.ts';
import { $check, edit } from '../../stores/planner.ts';
import { useStore } from '@nanostores/preact';
import { routes } from '../../lib/routes.ts';

export function Readings() {
  // Before the engine's check is in place (a return visit's first moments), the list waits for it.
  const readings = useStore($check)?.live?.compiled.readings ?? [];
  return (
    <div class="pl-readings-body">
      {readings.map(({ question, option }) => (
        <div class="pl-field" key={question.id}>
          <label for={`rd-${question.id}`}>{question.question}</label>
          <select
            id={`rd-${question.id}`}
            value={option.id}
            onChange={(e) => {
              const id = e.currentTarget.value;
              edit((doc) => setReading(doc, question.id, id, id === question.default));
            }}
          >
            {question.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
                {o.id === question.default ? '（默认）' : ''}
              </option>
            ))}
          </select>
          <small class="pl-hint">{option.why}</small>
        </div>
      ))}
      <p class="pl-hint">
        每种读法的理由见 <a href={routes.rulePacks()}>规则包</a> 页。
      </p>
    </div>
  );
}
