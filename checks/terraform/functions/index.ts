/**
 * Terraform's built-in functions, evaluated where their arguments are known. A function not listed here (or a
 * provider-defined one) gives an unknown value, never a guess; functions whose result changes per run
 * (`timestamp`, `uuid`) are unknown by nature.
 */
import { firstUnknown, failed, unknown, unknownBecause, type Value } from '../values.ts';
import { FunctionError, type FunctionCall, type FunctionDefinition } from './call.ts';
import { collectionFunctions } from './collections.ts';
import { encodingFunctions } from './encoding.ts';
import { fileFunctions } from './files.ts';
import { networkFunctions } from './network.ts';
import { stringFunctions } from './strings.ts';

const functions = new Map<string, FunctionDefinition>(Object.entries({ ...collectionFunctions, ...stringFunctions, ...encodingFunctions, ...networkFunctions, ...fileFunctions }));

export function callFunction(name: string, args: Value[], call: FunctionCall): Value {
  const definition = functions.get(name);
  if (!definition) return unknown(`${name}() is not evaluated`, call.at);
  const blocking = definition.known === 'deep' ? firstUnknown(args) : firstUnknown(args.filter((value) => value.kind === 'unknown' || value.kind === 'ref'));
  if (blocking) return unknownBecause(blocking, call.at);
  try {
    return definition.run(args, call);
  } catch (error) {
    if (error instanceof FunctionError) return failed(`${name}(): ${error.message}`, call.at);
    throw error;
  }
}

export function isKnownFunction(name: string): boolean {
  return functions.has(name);
}
