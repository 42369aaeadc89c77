import { isJurisdictionCode } from '@/questionnaire/jurisdictions';
import { countyName, isCountyCode, type PlaceFile } from '@/questionnaire/counties';
import type { AnswerValue } from '@/questionnaire/questions';
import type { CheckContent } from '@/content/check-content-types';

/**
 * The words for an answer id: a place name for the state question, a county's name (from the
 * place's file) for the county question, else the choice label.
 */
export function answerLabel(value: AnswerValue, content: Pick<CheckContent, 'choices' | 'states'>, file?: PlaceFile): string {
  if (isJurisdictionCode(value)) return content.states[value];
  if (isCountyCode(value)) return countyName(file, value) ?? value;
  return content.choices[value as keyof CheckContent['choices']];
}
