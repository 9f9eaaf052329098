# wch/r-source src/library/stats/R/family.R (poisson): statements inside `expression({...})`. The
# inner assignment is the statement (`mustart <- y + 0.1` has the target mustart, not initialize);
# `n <- rep.int(1, nobs)` and the `if` condition are no formulas.
from corpus import Region

R = Region('r_rsource_family', 'r', 'wch/r-source', 'src/library/stats/R/family.R',
           '0c26529e807a9b1dd65f7324958c17bf72e1de1a', 166, 171, 'R')
R.decline(167, 'any(y', 'a condition (any of a comparison)')
R.decline(169, 'rep.int', 'a vector of ones')
y = R.root('y', 0.5)
R.formula(170, 'y + 0.1', y + 0.1, target='mustart', note='inside expression({...}): the inner assignment is the statement')
R.write()
