import fc from 'fast-check';
import { CHOICES, QUESTION_IDS, type Answers, type Choice } from './questions';

/** Any answers to the yes/no questions (some left out), for property tests. */
export const answersArb = fc.record(
  Object.fromEntries(QUESTION_IDS.filter((q) => q !== 'state').map((q) => [q, fc.constantFrom<Choice>(...CHOICES)])) as Record<
    string,
    fc.Arbitrary<Choice>
  >,
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;
