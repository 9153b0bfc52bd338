import type { Option } from '../engine/index.ts';
import { translate } from '../lib/translate.ts';
import './option-list.css';

interface OptionListProps {
  /** Shared radio name: the question id. */
  name: string;
  options: readonly Option[];
  selected: string | undefined;
  onSelect: (optionId: string) => void;
}

/** A question's options as native radios, each labelled, with its digit shortcut shown where there is a keyboard. */
export function OptionList({ name, options, selected, onSelect }: OptionListProps) {
  return (
    <ol className="options">
      {options.map((option, index) => {
        const id = `${name}--${option.id}`;
        return (
          <li key={option.id}>
            <input
              type="radio"
              id={id}
              name={name}
              value={option.id}
              checked={selected === option.id}
              onChange={() => onSelect(option.id)}
            />
            <label htmlFor={id}>
              {index < 9 ? (
                <span className="shortcut" aria-hidden="true">
                  {index + 1}
                </span>
              ) : null}
              <span>{translate(option.label)}</span>
            </label>
          </li>
        );
      })}
    </ol>
  );
}
