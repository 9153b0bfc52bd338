import { questionBank } from '../engine/index.ts';

export function App() {
  return (
    <main>
      <h1>Which TPM?</h1>
      <p>
        Technical Product Manager or Technical Project Manager: {questionBank.questions.length} questions to
        find the better fit for you.
      </p>
    </main>
  );
}
