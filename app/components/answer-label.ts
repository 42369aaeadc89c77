import { isJurisdictionCode } from '../../lib/jurisdictions';
import type { AnswerValue } from '../../lib/questionnaire';
import type { CheckContent } from '../../lib/check-content-types';

/** The words for an answer id: a place name for the state question, else the choice label. */
export function answerLabel(value: AnswerValue, content: Pick<CheckContent, 'choices' | 'states'>): string {
  return isJurisdictionCode(value) ? content.states[value] : content.choices[value];
}
