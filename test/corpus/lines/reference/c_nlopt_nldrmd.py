# stevengj/nlopt src/algs/neldermead/nldrmd.c: a one-line loop body `for (i = 0; i < n; ++i) diam +=
# fabs(xl[i] - xh[i]);`. The loop is a barrier for what it assigns (diam, i): diam before the pass
# is an input; xl[i], xh[i] are the names xl_i, xh_i.
from corpus import Region
from sympy import Abs

R = Region('c_nlopt_nldrmd', 'c', 'stevengj/nlopt', 'src/algs/neldermead/nldrmd.c',
           '6e6593f131ba3a38bc9edbed0a357bc01526e54b', 218, 219, 'c')
d0 = R.root('diam_0', 0.5); xl = R.root('xl_i', 1.1); xh = R.root('xh_i', 0.8)
R.formula(219, 'fabs', d0 + Abs(xl - xh), target='diam', note='the loop body on the header line')
R.write()
