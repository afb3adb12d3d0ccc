import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n as I18n } from 'i18next';
import * as ts from 'typescript';
import { BENEFIT_CODES, TRANSPORT_SHARED_CODE, transportCode } from '../../../claims/src/domain/benefits/benefit.codes';
import type { TransportMode } from '../../../claims/src/domain/benefits/benefit.types';
import { benefitLabel, checklistLabel, type CodeList, codeLabel } from './code-labels';
import { en, id, type Messages } from './messages';

/**
 * The values of an enum property as the generated API types declare them
 * (`components['schemas'][schema][property]` in apps/console/src/api/generated/<service>.ts).
 */
function enumOf(service: 'claims' | 'enrolment' | 'billing', schema: string, property: string): string[] {
  const path = join(__dirname, '..', 'api', 'generated', `${service}.ts`);
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const member = (members: ts.NodeArray<ts.TypeElement>, name: string): ts.TypeNode => {
    const found = members.find(
      (candidate): candidate is ts.PropertySignature =>
        ts.isPropertySignature(candidate) &&
        (ts.isIdentifier(candidate.name) || ts.isStringLiteral(candidate.name)) &&
        candidate.name.text === name,
    );
    if (!found?.type) throw new Error(`${service}.ts has no ${name}`);
    return found.type;
  };
  const literalMembers = (type: ts.TypeNode) => {
    if (!ts.isTypeLiteralNode(type)) throw new Error(`${service}.ts: not an object type`);
    return type.members;
  };
  const components = file.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === 'components',
  );
  if (!components) throw new Error(`${service}.ts has no components`);
  const schemas = literalMembers(member(components.members, 'schemas'));
  const type = member(literalMembers(member(schemas, schema)), property);
  // A union of string literals, possibly in an array or with null: every string literal in it.
  const values: string[] = [];
  const collect = (node: ts.Node): void => {
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) values.push(node.literal.text);
    ts.forEachChild(node, collect);
  };
  collect(type);
  if (values.length === 0) throw new Error(`${service}.ts: ${schema}.${property} is not an enum`);
  return values;
}

/** Each code list the console shows, with the values the services send (their enums, or the claims domain's codes). */
const CODE_LISTS: [CodeList, string[]][] = [
  ['claimStatus', enumOf('claims', 'ClaimViewResponse', 'status')],
  ['claimStatus', enumOf('claims', 'ClaimListItemResponse', 'status')],
  ['claimStatus', enumOf('claims', 'StateCountResponse', 'status')],
  ['claimStatus', enumOf('claims', 'ClaimAuditRowResponse', 'fromStatus')],
  ['payoutStatus', enumOf('claims', 'PayoutResponse', 'status')],
  ['workerStatus', enumOf('enrolment', 'WorkerDetailsResponse', 'status')],
  ['workerStatus', enumOf('enrolment', 'WorkerSummaryResponse', 'status')],
  ['workerStatus', enumOf('enrolment', 'StatusHistoryResponse', 'to')],
  ['relationship', enumOf('enrolment', 'FamilyMemberResponse', 'relationship')],
  ['relationship', enumOf('claims', 'HeirCandidateResponse', 'relationship')],
  ['occupation', enumOf('enrolment', 'WorkerDetailsResponse', 'occupation')],
  ['importStatus', enumOf('enrolment', 'ImportJobResponse', 'status')],
  ['paymentStatus', enumOf('billing', 'InvoiceResponse', 'paymentStatus')],
  ['paymentSource', enumOf('billing', 'PaymentResponse', 'source')],
  ['paymentRecordStatus', enumOf('billing', 'PaymentResponse', 'status')],
  ['statementOutcome', enumOf('billing', 'StatementRowResponse', 'outcome')],
  ['accidentCategory', enumOf('claims', 'CircumstancesDto', 'category')],
  ['outcomeType', enumOf('claims', 'OutcomeDto', 'type')],
  ['document', enumOf('claims', 'ChecklistItemResponse', 'accepts')],
  ['document', enumOf('claims', 'DocumentScanResponse', 'code')],
  [
    'benefit',
    [
      ...Object.values(BENEFIT_CODES),
      TRANSPORT_SHARED_CODE,
      ...enumOf('claims', 'TransportDto', 'mode').map((mode) => transportCode(mode as TransportMode)),
    ],
  ],
];

const LANGUAGES: [string, Messages][] = [
  ['id', id],
  ['en', en],
];

async function i18nIn(language: 'id' | 'en'): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: language,
    fallbackLng: 'id',
    interpolation: { escapeValue: false },
  });
  return instance;
}

describe('API codes as words', () => {
  it.each(LANGUAGES)('every value of every code list the services send has words in %s', (_language, messages) => {
    for (const [list, values] of CODE_LISTS) {
      const words: Record<string, string | undefined> = messages.codes[list];
      const missing = values.filter((value) => !words[value]?.trim());
      expect({ list, missing }).toEqual({ list, missing: [] });
    }
  });

  it('every code list has the same codes in both languages (audit actions too, which the API does not enumerate)', () => {
    for (const list of Object.keys(id.codes) as CodeList[]) {
      expect({ list, codes: Object.keys(en.codes[list]).sort() }).toEqual({
        list,
        codes: Object.keys(id.codes[list]).sort(),
      });
      for (const words of [id.codes[list], en.codes[list]]) {
        expect(Object.values(words).filter((word: string) => !word.trim())).toEqual([]);
      }
    }
  });

  it('shows a code in the language chosen, and an unknown code as itself, never blank', async () => {
    const indonesian = await i18nIn('id');
    const english = await i18nIn('en');
    expect(codeLabel(indonesian, 'claimStatus', 'closed')).toBe('Ditutup');
    expect(codeLabel(english, 'claimStatus', 'closed')).toBe('Closed');
    expect(codeLabel(indonesian, 'auditAction', 'recordHeirs')).toBe('Ahli waris ditetapkan');
    expect(codeLabel(indonesian, 'workerStatus', 'frozen')).toBe('frozen');
    expect(codeLabel(english, 'auditAction', 'reviewed-by-robot')).toBe('reviewed-by-robot');
  });

  it('names benefit lines, scholarship lines by child and level, and an unknown line by its code', async () => {
    const indonesian = await i18nIn('id');
    expect(benefitLabel(indonesian, 'JKM_SHORT_MEMBERSHIP_LUMP_SUM')).toBe(
      'Santunan kematian JKM (masa kepesertaan singkat)',
    );
    expect(benefitLabel(indonesian, 'SCHOLARSHIP_CHILD_2_SMP')).toBe('Beasiswa pendidikan anak ke-2 (SMP)');
    expect(benefitLabel(await i18nIn('en'), 'SCHOLARSHIP_CHILD_1_SD')).toBe('Scholarship, child 1 (SD)');
    expect(benefitLabel(indonesian, 'JKK_NEW_LINE')).toBe('JKK_NEW_LINE');
  });

  it("names a checklist row by the documents it accepts; the API's description where one has no words", async () => {
    const indonesian = await i18nIn('id');
    expect(checklistLabel(indonesian, { accepts: ['KTP_DECEASED'], description: 'KTP of the deceased' })).toBe(
      'KTP almarhum/almarhumah',
    );
    expect(
      checklistLabel(indonesian, {
        accepts: ['POLICE_REPORT', 'VISUM_ET_REPERTUM'],
        description: 'Police report or visum et repertum of the violence',
      }),
    ).toBe('Laporan polisi atau visum et repertum');
    expect(
      checklistLabel(indonesian, {
        accepts: ['NEW_DOCUMENT' as 'KTP'],
        description: 'A document added by the claims service',
      }),
    ).toBe('A document added by the claims service');
  });
});
