/** Arabic labels for the values contributors write in Latin. */
import type { ActorKind, AgreementKind } from './schema.ts';
import type { AGREEMENT_STATUSES } from './schema.ts';

export const ACTOR_KIND_LABEL: Record<ActorKind, { one: string; many: string }> = {
  person: { one: 'شخصية', many: 'شخصيات' },
  'armed-group': { one: 'تشكيل مسلح', many: 'تشكيلات مسلحة' },
  government: { one: 'حكومة أو مؤسسة حكم', many: 'حكومات ومؤسسات حكم' },
  state: { one: 'دولة', many: 'دول' },
  'political-party': { one: 'حزب سياسي', many: 'أحزاب سياسية' },
  intergovernmental: { one: 'منظمة دولية', many: 'منظمات دولية' },
  media: { one: 'وسيلة إعلام', many: 'وسائل إعلام' },
  other: { one: 'جهة أخرى', many: 'جهات أخرى' },
};

export const AGREEMENT_KIND_LABEL: Record<AgreementKind, string> = {
  ceasefire: 'اتفاق وقف إطلاق نار',
  mou: 'مذكرة تفاهم',
  'political-agreement': 'اتفاق سياسي',
  conference: 'مؤتمر',
  resolution: 'قرار',
  other: 'وثيقة أخرى',
};

export const AGREEMENT_STATUS_LABEL: Record<(typeof AGREEMENT_STATUSES)[number], string> = {
  signed: 'موقَّع',
  'in-force': 'ساري المفعول',
  suspended: 'معلَّق',
  expired: 'منتهي المفعول',
  disputed: 'متنازع عليه',
  superseded: 'حلّ محلّه اتفاق آخر',
};
