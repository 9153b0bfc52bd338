/** Thrown when answers name a question the bank does not hold. */
export class UnknownQuestionError extends Error {
  override readonly name = 'UnknownQuestionError';
  constructor(readonly questionId: string) {
    super(`No question with id "${questionId}" is in the question bank.`);
  }
}

/** Thrown when an answer names an option its question does not offer. */
export class UnknownOptionError extends Error {
  override readonly name = 'UnknownOptionError';
  constructor(
    readonly questionId: string,
    readonly optionId: string,
  ) {
    super(`Question "${questionId}" has no option with id "${optionId}".`);
  }
}
