// The English measure moved to readability/en.ts beside the other languages'; this keeps old imports working.
export { gradeOf, sentencesOf, syllablesOf, wordsOf } from './readability/en.ts';
