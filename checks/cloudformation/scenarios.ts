/**
 * Conditions make one template many possible stacks. We enumerate the distinct combinations of the
 * conditions that resources actually use, so a setting that is insecure only in some combinations is
 * reported with those conditions named, and a setting safe in every branch is never reported.
 *
 * Condition inputs are free unless the user pinned them with `--param`: a parameter default is one
 * possible deployment, not the only one. Each free input ranges over the values the template compares
 * it with, its default and allowed values, and "something else".
 */
import { scalarText, type Node } from '../parse/tree.ts';
import { anotherValue as somethingElse, evaluateCondition, type EvalContext } from './evaluate.ts';
import type { CfnTemplate } from './template.ts';

export interface Scenario {
  conditions: ReadonlyMap<string, boolean | undefined>;
  /** The parameter values the scenario was built from (see `EvalContext.inputs`). */
  inputs: ReadonlyMap<string, string>;
  /** The deployment with every parameter at its default (and the pinned values). */
  isDefault: boolean;
}
const maxAssignments = 256;
const maxScenarios = 64;

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  if (node.kind === 'map') for (const entry of node.entries) walk(entry.value, visit);
  else if (node.kind === 'seq') for (const item of node.items) walk(item, visit);
}

/** Conditions named by resources: their `Condition` attribute and every `Fn::If` inside them. */
export function usedConditions(template: CfnTemplate): Set<string> {
  const used = new Set<string>();
  if (template.conditions.size === 0) return used;
  for (const resource of template.resources.values()) {
    if (resource.condition) used.add(resource.condition);
    walk(resource.entry.value, (node) => {
      if (node.kind === 'map' && node.entries.length === 1 && node.entries[0]!.key === 'Fn::If') {
        const argument = node.entries[0]!.value;
        const name = argument.kind === 'seq' ? scalarText(argument.items[0]) : undefined;
        if (name) used.add(name);
      }
    });
  }
  return used;
}

/** Free inputs of the given conditions (parameters and pseudo parameters) with the values worth trying. */
function freeInputs(template: CfnTemplate, names: Iterable<string>, pinned: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const inputs = new Map<string, Set<string>>();
  const seen = new Set<string>();
  const addInput = (name: string) => {
    if (pinned.has(name)) return undefined;
    if (!template.parameters.has(name) && !name.startsWith('AWS::')) return undefined;
    if (name === 'AWS::NoValue') return undefined;
    let domain = inputs.get(name);
    if (!domain) {
      domain = new Set<string>();
      const parameter = template.parameters.get(name);
      const defaultText = parameter?.default ? scalarText(parameter.default) : undefined;
      if (defaultText !== undefined) domain.add(defaultText);
      if (parameter && parameter.allowedValues.length <= 6) for (const value of parameter.allowedValues) domain.add(value);
      inputs.set(name, domain);
    }
    return domain;
  };
  const visitCondition = (conditionName: string) => {
    if (seen.has(conditionName)) return;
    seen.add(conditionName);
    const definition = template.conditions.get(conditionName);
    if (!definition) return;
    walk(definition.value, (node) => {
      if (node.kind !== 'map' || node.entries.length !== 1) return;
      const { key, value } = node.entries[0]!;
      if (key === 'Condition') {
        const nested = scalarText(value);
        if (nested) visitCondition(nested);
      } else if (key === 'Ref') {
        const name = scalarText(value);
        if (name) addInput(name);
      } else if (key === 'Fn::Equals' && value.kind === 'seq' && value.items.length === 2) {
        const [left, right] = value.items as [Node, Node];
        for (const [reference, literal] of [
          [left, right],
          [right, left],
        ] as const) {
          const referenced = reference.kind === 'map' && reference.entries.length === 1 && reference.entries[0]!.key === 'Ref' ? scalarText(reference.entries[0]!.value) : undefined;
          const literalText = literal.kind === 'scalar' ? literal.text : undefined;
          if (referenced && literalText !== undefined) addInput(referenced)?.add(literalText);
        }
      }
    });
  };
  for (const name of names) visitCondition(name);
  for (const domain of inputs.values()) domain.add(somethingElse);
  return inputs;
}

function* assignments(inputs: Map<string, Set<string>>): Generator<Map<string, string>> {
  const names = [...inputs.keys()];
  const domains = names.map((name) => [...inputs.get(name)!]);
  const total = domains.reduce((product, domain) => product * domain.length, 1);
  const base = new Map(names.map((name, index) => [name, domains[index]![0]!]));
  if (total <= maxAssignments) {
    for (let combination = 0; combination < total; combination++) {
      const assignment = new Map<string, string>();
      let rest = combination;
      names.forEach((name, index) => {
        const domain = domains[index]!;
        assignment.set(name, domain[rest % domain.length]!);
        rest = Math.floor(rest / domain.length);
      });
      yield assignment;
    }
    return;
  }
  // Too many combinations: vary one input at a time around the defaults.
  yield base;
  for (const [index, name] of names.entries()) for (const value of domains[index]!.slice(1)) yield new Map(base).set(name, value);
}

export function scenariosOf(template: CfnTemplate, pinned: ReadonlyMap<string, string>): Scenario[] {
  const used = usedConditions(template);
  const evaluateAll = (params: ReadonlyMap<string, string>, overrides: ReadonlyMap<string, boolean>) => {
    const values = new Map<string, boolean | undefined>(overrides);
    const ctx: EvalContext = { template, params, conditions: values };
    // Conditions may refer to each other in any order; resolve until nothing changes.
    for (let pass = 0; pass <= template.conditions.size; pass++) {
      let changed = false;
      for (const [name, entry] of template.conditions) {
        if (overrides.has(name)) continue;
        const value = evaluateCondition(entry.value, ctx);
        if (values.get(name) !== value) {
          values.set(name, value);
          changed = true;
        }
      }
      if (!changed) break;
    }
    return values;
  };
  if (used.size === 0) return [{ conditions: evaluateAll(pinned, new Map()), inputs: new Map(), isDefault: true }];

  const inputs = freeInputs(template, used, pinned);
  const seen = new Map<string, Scenario>();
  const defaultOf = (name: string) => {
    const parameter = template.parameters.get(name);
    return parameter?.default ? scalarText(parameter.default) : undefined;
  };
  for (const assignment of assignments(inputs)) {
    const params = new Map([...pinned, ...assignment]);
    const allDefaults = [...assignment].every(([name, value]) => defaultOf(name) === value);
    let pending: Map<string, boolean>[] = [new Map()];
    // A used condition still undecided (it compares deploy-time values) is itself a free yes/no.
    for (let round = 0; round < 4 && pending.length > 0; round++) {
      const next: Map<string, boolean>[] = [];
      for (const overrides of pending) {
        const values = evaluateAll(params, overrides);
        const undecided = [...used].find((name) => values.get(name) === undefined && template.conditions.has(name));
        if (undecided && round < 3) {
          next.push(new Map(overrides).set(undecided, true), new Map(overrides).set(undecided, false));
          continue;
        }
        const key = [...used].map((name) => `${name}=${values.get(name)}`).join(',');
        // The first assignment reaching these condition values stays: the defaults come first in every domain.
        if (!seen.has(key)) seen.set(key, { conditions: values, inputs: assignment, isDefault: allDefaults && overrides.size === 0 });
      }
      pending = next;
      if (seen.size >= maxScenarios) break;
    }
    if (seen.size >= maxScenarios) break;
  }
  return [...seen.values()];
}
