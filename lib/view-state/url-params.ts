import { z } from 'zod';
import { FLOWS } from './trade-terms';

// The one parameter loop behind every URL state (the dashboard's and the analysis views'): a table
// of parameter definitions, one generic parse and one generic serialise over it. Each parameter is
// missing (→ default), valid, or invalid (→ default, and an issue that names the parameter).
// Serialising leaves defaults out, so a view's default address has no query string at all.

// What the data allows, read from the database by the caller: the parser itself stays pure.
// Without dataVersions, no `v` or `asOf` is valid.
export type StateContext = {
  economyCodes: ReadonlySet<string>;
  years: { min: number; max: number };
  dataVersions?: DataVersions;
};

// The data versions a link may name: every recorded load that changed anything, and the latest.
export type DataVersions = { current: number; ids: ReadonlySet<number> };

export type StateIssue = { param: string; message: string };
export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

// One parameter: the state field it sets, its name in the address when that differs, how its text
// parses (given what the data allows) and how the field is written back.
export type ParamDefinition<S> = {
  [K in keyof S]: {
    key: K;
    param?: string;
    schema: (context: StateContext) => z.ZodType<S[K], string>;
    text: (value: S[K]) => string;
  };
}[keyof S];

const nameOf = <S>(definition: ParamDefinition<S>) => definition.param ?? String(definition.key);

export function parseParams<S extends object>(
  definitions: readonly ParamDefinition<S>[],
  input: QueryInput,
  context: StateContext,
  defaults: S,
): { state: S; issues: StateIssue[] } {
  const state = structuredClone(defaults);
  const issues: StateIssue[] = [];
  for (const definition of definitions) {
    const param = nameOf(definition);
    const raw = readParam(input, param);
    if (raw === undefined) continue;
    const result = schemaFor(definition, context).safeParse(raw);
    if (result.success) (state as Record<PropertyKey, unknown>)[definition.key] = result.data;
    else issues.push({ param, message: `${param}: expected ${result.error.issues[0].message}` });
  }
  return { state, issues };
}

export function serializeParams<S>(
  definitions: readonly ParamDefinition<S>[],
  state: S,
  defaults: S,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const definition of definitions) {
    const text = definition.text as (value: unknown) => string;
    const written = text(state[definition.key]);
    if (written !== text(defaults[definition.key])) params.set(nameOf(definition), written);
  }
  return params;
}

// "?…" for a state's parameters, "" when there is nothing to say.
export function queryString(params: URLSearchParams): string {
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

// A year range the wrong way round: blame the year the link set; when it set both, the range as a
// whole falls back.
export function withYearRangeChecked<S extends { from: number; to: number }>(
  parsed: { state: S; issues: StateIssue[] },
  input: QueryInput,
  defaults: S,
): { state: S; issues: StateIssue[] } {
  const { state, issues } = parsed;
  if (state.from <= state.to) return parsed;
  const toGiven = readParam(input, 'to') !== undefined;
  const issue = toGiven
    ? { param: 'to', message: `to: expected a year not before from (${state.from})` }
    : { param: 'from', message: `from: expected a year not after to (${state.to})` };
  const to = toGiven ? defaults.to : state.to;
  return { state: { ...state, from: defaults.from, to }, issues: [...issues, issue] };
}

// Building the schemas costs more than using them, and every request parses its address (the proxy,
// the page's metadata, the page, the client components): built once per parameter and context
// object, which the server keeps per data version and the browser per page.
const schemasByContext = new WeakMap<StateContext, Map<object, z.ZodType>>();

function schemaFor<S>(definition: ParamDefinition<S>, context: StateContext): z.ZodType {
  let schemas = schemasByContext.get(context);
  if (!schemas) schemasByContext.set(context, (schemas = new Map()));
  let schema = schemas.get(definition);
  if (!schema) schemas.set(definition, (schema = definition.schema(context)));
  return schema;
}

function readParam(input: QueryInput, name: string): string | undefined {
  const value = input instanceof URLSearchParams ? input.get(name) : input[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === null || first === undefined ? undefined : first;
}

// ——— The parameter kinds the states share ———

export const codeListSchema = (context: StateContext, max: number) =>
  z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string())
        .min(1, { message: 'at least one economy code' })
        .max(max, { message: `at most ${max} economy codes` })
        .refine((codes) => new Set(codes).size === codes.length, { message: 'each code only once' })
        .superRefine((codes, ctx) => {
          const unknown = codes.filter((code) => !context.economyCodes.has(code));
          if (unknown.length > 0)
            ctx.addIssue({
              code: 'custom',
              message: `codes of economies in the data (unknown: ${unknown.map(shorten).join(', ')})`,
            });
        }),
    );

// One economy code, or empty for none.
export const optionalCodeSchema = (context: StateContext) =>
  z
    .string()
    .transform((text) => text.trim().toUpperCase())
    .refine((code) => code === '' || context.economyCodes.has(code), {
      message: 'the code of an economy in the data, or nothing',
    });

export const yearSchema = (context: StateContext) =>
  z
    .string()
    .regex(/^\d{4}$/, { message: 'a four-digit year' })
    .transform(Number)
    .refine((y) => y >= context.years.min && y <= context.years.max, {
      message: `a year from ${context.years.min} to ${context.years.max}`,
    });

export const flowListSchema = z
  .string()
  .transform((text) => text.split(',').map((flow) => flow.trim().toLowerCase()))
  .pipe(z.array(z.enum(FLOWS, { message: 'import and/or export' })).min(1))
  .transform((flows) => FLOWS.filter((flow) => flows.includes(flow)));

export const dataVersionSchema = (context: StateContext) => {
  const range = context.dataVersions ? ` (1 to ${context.dataVersions.current})` : '';
  return z
    .string()
    .regex(/^\d{1,9}$/, { message: 'a data version number' })
    .transform(Number)
    .refine((id) => context.dataVersions?.ids.has(id) ?? false, {
      message: `a data version of this database${range}`,
    });
};

// One of a closed set (trade-terms.ts), its message listing them.
export const oneOfSchema =
  <T extends string>(values: readonly [T, ...T[]]) =>
  () =>
    z.enum(values, { message: values.join(' or ') });

export const onOffSchema = z
  .enum(['on', 'off'], { message: 'on or off' })
  .transform((value) => value === 'on');

export const flowListText = (flows: readonly string[]) =>
  FLOWS.filter((flow) => flows.includes(flow)).join(',');
export const onOffText = (on: boolean) => (on ? 'on' : 'off');

// What the notice repeats of a bad value is kept short: a link cannot flood the page.
function shorten(text: string): string {
  return text.length > 12 ? `${text.slice(0, 12)}…` : text;
}
