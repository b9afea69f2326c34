/** A generated actor or agreement, as the article generator and the file writer see it. */
import type { ActorKind, AgreementData, AgreementKind } from '../../src/lib/content/schema.ts';
import type { Gender } from './name-parts.ts';

interface EntityBase {
  id: string;
  name: string;
  nameEn: string | undefined;
  aliases: string[];
  /** Name and Arabic aliases: the forms Arabic text uses. */
  arabicForms: string[];
  /** English name and Latin aliases: the forms English text uses. */
  latinForms: string[];
  /** For the agreement of verbs in sentences about persons. */
  gender: Gender;
  /** Paragraphs of the description, filled once every entity has a name. */
  description: string;
}

/** A generated actor: what actors/<id>.md holds. */
export interface CorpusActor extends EntityBase {
  collection: 'actors';
  kind: ActorKind;
  affiliations: string[];
  born?: string;
  founded?: string;
  dissolved?: string;
}

/** A generated agreement: what agreements/<id>.md holds. */
export interface CorpusAgreement extends EntityBase {
  collection: 'agreements';
  kind: AgreementKind;
  signed: string;
  place: string | undefined;
  status: AgreementData['status'];
  parties: string[];
  witnesses: string[];
  related: string[];
  textUrl: string | undefined;
}

/** Either kind of generated entity. */
export type CorpusEntity = CorpusActor | CorpusAgreement;

const ARABIC = /[\u0600-\u06FF]/u;

/** Whether a surface form is written in Latin letters (for English text). */
export function isLatinForm(form: string): boolean {
  return !ARABIC.test(form);
}
