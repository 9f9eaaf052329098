// LaTeX array notation → the Julia array syntax the array parser reads, with a map from every
// output character back to its LaTeX offset (errors keep the user's column). Bold and vector
// letters are names, W^{(1)} is a layer index (W_1), X^\top / X^T a transpose, \odot the elementwise
// product, juxtaposition the (matrix) product, \operatorname{tr}, \det, \log\det, \|x\| the 2-norm.
import { inputError } from '../syntax/errors';
import { GREEK, IGNORED } from '../syntax/latex';

const FONTS = new Set(['mathbf', 'boldsymbol', 'bm', 'vec', 'mathrm', 'mathit', 'mathsf', 'mathbb', 'bar', 'hat', 'tilde', 'overline']);
/** Commands that are functions (applied to a parenthesised argument or to the next atom). */
const FUNCTIONS: Record<string, string> = {
  exp: 'exp',
  log: 'log',
  ln: 'log',
  tanh: 'tanh',
  sinh: 'sinh',
  cosh: 'cosh',
  sin: 'sin',
  cos: 'cos',
  tan: 'tan',
  det: 'det',
  tr: 'tr',
  Tr: 'tr',
  trace: 'tr',
  sigmoid: 'σ',
  softmax: 'softmax',
  logsumexp: 'logsumexp',
  diag: 'diag',
  sum: 'sum',
};
const BINARY: Record<string, string> = { odot: ' .* ', circ: ' .* ', oslash: ' ./ ', cdot: ' * ', times: ' * ' };

export interface Translated {
  text: string;
  /** map[i] = offset in the LaTeX of output character i */
  map: number[];
  /** names written bold or with an arrow (\mathbf{x}, \vec{\theta}): arrays */
  arrays: Set<string>;
}

export function latexToJulia(src: string): Translated {
  let out = '';
  const map: number[] = [];
  let i = 0;
  /** the last emitted piece ends an operand (a product follows if an operand starts) */
  let endsOperand = false;
  let normOpen = false;
  const arrays = new Set<string>();
  const emit = (s: string, at: number) => {
    out += s;
    for (let k = 0; k < s.length; k++) map.push(at);
  };
  const operand = (s: string, at: number) => {
    if (endsOperand) emit(' * ', at);
    emit(s, at);
    endsOperand = true;
  };
  const fail = (msg: string, at: number) => inputError(msg, src, at);
  const command = (): { name: string; at: number } => {
    const at = i;
    i++;
    const m = /^[A-Za-z]+|^./.exec(src.slice(i));
    const name = m ? m[0] : '';
    i += name.length;
    return { name, at };
  };
  const skipSpace = () => {
    while (i < src.length && /\s/.test(src[i])) i++;
  };
  /** `{…}` or one character/command: the raw text of a group */
  const group = (): { text: string; at: number } => {
    skipSpace();
    const at = i;
    if (src[i] === '{') {
      let depth = 0;
      for (let k = i; k < src.length; k++) {
        if (src[k] === '{') depth++;
        if (src[k] === '}' && --depth === 0) {
          i = k + 1;
          return { text: src.slice(at + 1, k), at: at + 1 };
        }
      }
      throw fail("unclosed '{'", at);
    }
    if (src[i] === '\\') {
      const c = command();
      return { text: '\\' + c.name, at };
    }
    i++;
    return { text: src[at] ?? '', at };
  };
  /** a name's subscript / layer index / transpose / inverse / power, after the name */
  const scripts = (name: string, at: number) => {
    let base = name;
    const post: [string, number][] = [];
    for (;;) {
      skipSpace();
      if (src[i] === '_') {
        i++;
        const g = group();
        const idx = g.text.replace(/[{}\s]/g, '');
        if (!/^[A-Za-z0-9]+$/.test(idx)) throw fail(`the subscript '${g.text}' is not read (a number or a name is)`, g.at);
        base += '_' + idx;
        continue;
      }
      if (src[i] === '^') {
        i++;
        const g = group();
        const t = g.text.trim();
        if (/^\(\s*[A-Za-z0-9]+\s*\)$/.test(t) || /^\[\s*[A-Za-z0-9]+\s*\]$/.test(t)) {
          base += '_' + t.slice(1, -1).trim(); // W^{(1)}: the first layer's W, not a power
          continue;
        }
        if (/^(\\top|T|\\intercal|\\mathsf\{T\}|\\mathrm\{T\}|\\prime)$/.test(t)) post.push(["'", g.at]);
        else if (t === '-1') post.push(['^(-1)', g.at]);
        else if (/^-?\d+(\.\d+)?$/.test(t)) post.push([`^${t}`, g.at]);
        else throw fail(`the superscript '${t}' is not read here (\\top, T, -1, a number or a layer index (k) are)`, g.at);
        continue;
      }
      break;
    }
    operand(base, at);
    for (const [p, a] of post) emit(p, a);
  };
  /** translate up to the end or a closing character */
  const run = (stop?: string) => {
    while (i < src.length) {
      const c = src[i];
      if (stop && c === stop) return;
      if (/\s/.test(c)) {
        i++;
        continue;
      }
      if (/[A-Za-z]/.test(c)) {
        const at = i;
        i++;
        scripts(c, at);
        continue;
      }
      if (/[0-9.]/.test(c)) {
        const m = /^\d*\.?\d+/.exec(src.slice(i))!;
        const at = i;
        i += m[0].length;
        operand(m[0], at);
        continue;
      }
      if (c === '(' || c === '[') {
        const at = i;
        i++;
        operand('(', at);
        endsOperand = false;
        run(c === '(' ? ')' : ']');
        if (i >= src.length) throw fail(`unclosed '${c}'`, at);
        i++;
        emit(')', i - 1);
        endsOperand = true;
        scriptsAfterGroup();
        continue;
      }
      if (c === ')' || c === ']') throw fail(`unexpected '${c}'`, i);
      if (c === '{') {
        const g = group();
        const saved = i;
        const inner = latexToJulia(g.text);
        operand('(', g.at - 1);
        out += inner.text;
        for (const m of inner.map) map.push(g.at + m);
        emit(')', saved - 1);
        endsOperand = true;
        scriptsAfterGroup();
        continue;
      }
      if (c === '+' || c === '-') {
        emit(` ${c} `, i);
        i++;
        endsOperand = false;
        continue;
      }
      if (c === '*' || c === '/') {
        emit(` ${c} `, i);
        i++;
        endsOperand = false;
        continue;
      }
      if (c === ',') {
        emit(', ', i);
        i++;
        endsOperand = false;
        continue;
      }
      if (
        c === '|' ||
        (c === '\\' && (src[i + 1] === '|' || src.startsWith('\\lVert', i) || src.startsWith('\\rVert', i) || src.startsWith('\\Vert', i)))
      ) {
        const at = i;
        if (c === '|') throw fail("'|x|' is not read on arrays; \\|x\\| is the 2-norm", at);
        command();
        if (!normOpen) {
          operand('norm(', at);
          endsOperand = false;
          normOpen = true;
        } else {
          emit(')', at);
          normOpen = false;
          endsOperand = true;
          scriptsAfterGroup();
        }
        continue;
      }
      if (c === '\\') {
        const { name, at } = command();
        if (IGNORED.has(name) || name === 'left' || name === 'right') continue;
        if (BINARY[name]) {
          emit(BINARY[name], at);
          endsOperand = false;
          continue;
        }
        if (FONTS.has(name)) {
          const g = group();
          const inner = g.text.trim().replace(/^\\/, '');
          if (!/^[A-Za-z]+[0-9]*$/.test(inner)) throw fail(`\\${name}{${g.text}} is not read as a name`, g.at);
          if (name !== 'mathrm' && name !== 'mathit') arrays.add(inner);
          scripts(inner, at);
          continue;
        }
        if (name === 'frac') {
          const a = group();
          const b = group();
          const ta = latexToJulia(a.text);
          const tb = latexToJulia(b.text);
          operand('((', at);
          out += ta.text;
          for (const m of ta.map) map.push(a.at + m);
          emit(') / (', b.at - 1);
          out += tb.text;
          for (const m of tb.map) map.push(b.at + m);
          emit('))', i - 1);
          endsOperand = true;
          continue;
        }
        if (name === 'operatorname' || name === 'text' || name === 'mathrm') {
          const g = group();
          applyFunction(g.text.trim(), at);
          continue;
        }
        if (name === 'log' && /^\s*\\det/.test(src.slice(i))) {
          skipSpace();
          command();
          applyFunction('logdet', at);
          continue;
        }
        if (FUNCTIONS[name] !== undefined || name === 'sigma') {
          skipSpace();
          if (name === 'sigma' && src[i] !== '(' && !src.startsWith('\\left(', i)) {
            scripts('sigma', at);
            continue;
          }
          applyFunction(name === 'sigma' ? 'sigmoid' : name, at);
          continue;
        }
        if (GREEK.has(name)) {
          scripts(name, at);
          continue;
        }
        if (name === 'sum') throw fail('\\sum with an index is not read on arrays; write \\mathbf{1}^\\top x or sum(x)', at);
        throw fail(`\\${name} is not read in array expressions`, at);
      }
      throw fail(`unexpected '${c}'`, i);
    }
  };
  /** f(x), f x (the next atom), with the Julia spelling of f */
  const applyFunction = (fname: string, at: number) => {
    const f = FUNCTIONS[fname] ?? (fname === 'logdet' ? 'logdet' : fname);
    operand(`${f}(`, at);
    endsOperand = false;
    skipSpace();
    while (src.startsWith('\\left', i) || src.startsWith('\\big', i) || src.startsWith('\\Big', i)) command();
    if (src[i] === '(') {
      i++;
      run(')');
      if (i >= src.length) throw fail(`unclosed '('`, at);
      i++;
    } else {
      // the next atom: a (bold) letter with its scripts
      const save = out.length;
      const before = endsOperand;
      if (src[i] === '\\') {
        const { name, at: a } = command();
        if (FONTS.has(name)) {
          const g = group();
          arrays.add(g.text.trim().replace(/^\\/, ''));
          scripts(g.text.trim().replace(/^\\/, ''), a);
        } else if (GREEK.has(name)) scripts(name, a);
        else throw fail(`the argument of ${fname} is not read; put it in parentheses`, a);
      } else if (/[A-Za-z]/.test(src[i] ?? '')) {
        const a = i;
        i++;
        scripts(src[a], a);
      } else throw fail(`the argument of ${fname} is not read; put it in parentheses`, i);
      void save;
      void before;
    }
    emit(')', i - 1);
    endsOperand = true;
  };
  /** transposes and powers after a closing parenthesis or a norm: (AB)^\top, \|x\|^2 */
  const scriptsAfterGroup = () => {
    skipSpace();
    while (src[i] === '^' || src[i] === '_') {
      const isSub = src[i] === '_';
      i++;
      const g = group();
      const t = g.text.trim();
      if (isSub) {
        if (t === '2') continue; // \|x\|_2
        throw fail(`the subscript '${t}' is not read here`, g.at);
      }
      if (/^(\\top|T|\\intercal)$/.test(t)) emit("'", g.at);
      else if (t === '-1') emit('^(-1)', g.at);
      else if (/^-?\d+(\.\d+)?$/.test(t)) emit(`^${t}`, g.at);
      else throw fail(`the superscript '${t}' is not read here`, g.at);
      skipSpace();
    }
  };
  run();
  if (normOpen) throw fail("unclosed '\\|'", src.length);
  return { text: out, map, arrays };
}
