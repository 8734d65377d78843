/**
 * `file` and `templatefile` read only files that are part of the input (never the disk or the network); a path
 * outside it makes the value unknown. Paths are relative to the root module, as Terraform resolves them.
 */
import { evaluate } from '../eval/expressions.ts';
import type { EvalContext } from '../eval/context.ts';
import { failed, respan, scalar, unknown, type Value } from '../values.ts';
import { deep, FunctionError, mapArg, shallow, textArg, type FunctionCall, type FunctionDefinition } from './call.ts';

function read(path: string, call: FunctionCall): string | Value {
  const text = call.context.resolver.readFile(path);
  return text ?? unknown(`${path} is not among the files given`, call.at);
}

const baseName = (path: string) => path.replace(/\/+$/, '').split('/').pop() ?? '';

export const fileFunctions: Record<string, FunctionDefinition> = {
  file: deep((args, call) => {
    const text = read(textArg(args, 0), call);
    return typeof text === 'string' ? scalar(text, call.at) : text;
  }),
  fileexists: deep((args, call) => {
    const path = textArg(args, 0);
    // Absent from the input does not mean absent from the user's disk.
    return call.context.resolver.readFile(path) === undefined ? unknown(`${path} is not among the files given`, call.at) : scalar(true, call.at);
  }),
  templatefile: shallow((args, call) => {
    const text = read(textArg(args, 0), call);
    if (typeof text !== 'string') return text;
    const template = call.context.resolver.parseTemplate(text);
    if (!template) throw new FunctionError(`${textArg(args, 0)} is not a valid template`);
    const variables = args.length > 1 ? mapArg(args, 1) : undefined;
    const resolver = call.context.resolver;
    // A template sees only the variables passed to it (and functions), not the module's names.
    const context: EvalContext = {
      bindings: new Map([...(variables?.entries ?? [])].map(([name, entry]) => [name, entry.value])),
      resolver: {
        resolve: (name, _steps, at) => ({ value: failed(`templatefile() templates cannot use "${name}"`, at), used: 0 }),
        readFile: (path) => resolver.readFile(path),
        parseTemplate: (source) => resolver.parseTemplate(source),
      },
      depth: call.context.depth + 1,
    };
    return respan(evaluate(template, context), call.at);
  }),
  basename: deep((args, call) => scalar(baseName(textArg(args, 0)), call.at)),
  dirname: deep((args, call) => {
    const path = textArg(args, 0);
    const cut = path.replace(/\/+$/, '').lastIndexOf('/');
    return scalar(cut <= 0 ? (cut === 0 ? '/' : '.') : path.slice(0, cut), call.at);
  }),
};
