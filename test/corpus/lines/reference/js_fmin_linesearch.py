# benfred/fmin src/linesearch.js: parameters given a default with `||` (`a = a || 1;`). A demanding
# reader takes `a || 1` as `a` when a is given (a nonzero number), the default only when a is 0 or
# missing: the derivative at a given a is d(a)/d(a) = 1. The input before the line is `a_0`.
from corpus import Region

R = Region('js_fmin_linesearch', 'javascript', 'benfred/fmin', 'src/linesearch.js',
           '6b155c9f4a6ecf73ea5d71666da8e5dcd418b18b', 18, 20, 'js', context_from=10)
for line, name, at in [(18, 'a', 0.5), (19, 'c1', 1e-4), (20, 'c2', 0.3)]:
    R.reset()
    x0 = R.root(f'{name}_0', at)
    R.formula(line, f'{name} ||', x0, target=name, note='`x || d` is x when x is a nonzero number')
R.write()
