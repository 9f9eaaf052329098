# Julia: StatsFuns.jl's normal distribution (unicode names μ σ, `zval(μ, σ, x)` a file function of
# three arguments, the package constants invsqrt2π and log2π, abs2, branches on iszero(σ)), and two
# small activation files (`σ(v) = ...` one-line definitions, Flux's σ).
from corpus import Region
from sympy import exp, log, sqrt, pi

SF = ('JuliaStats/StatsFuns.jl', 'f8d7f5b9d754afd87f9286319d3606249c636ed7')
R = Region('jl_statsfuns_norm', 'julia', SF[0], 'src/distrs/norm.jl', SF[1], 1, 42, 'jl')
mu = R.root('μ', 0.3); s = R.root('σ', 1.4); z = R.root('z', 0.8)
R.formula(7, 'μ + σ', mu + s * z)
R.reset(); mu = R.root('μ', 0.3); s = R.root('σ', 1.4); x = R.root('x', 1.1)
R.formula(10, '(x - μ)', (x - mu) / s)
R.reset(); z = R.root('z', 0.8)
R.formula(13, 'exp', exp(-z**2 / 2) * (1 / sqrt(2 * pi)), note='invsqrt2π is 1/√(2π)')
R.formula(29, '-(abs2', -(z**2 + log(2 * pi)) / 2, note='log2π is log(2π)')
zval = lambda m, s, x: (x - m) / s
npdf = lambda z: exp(-z**2 / 2) / sqrt(2 * pi)
R.reset(); mu = R.root('μ', 0.3); s = R.root('σ', 1.4); x = R.root('x', 1.1)
R.formula(23, 'zval', zval(mu, s, x), note='zval is the file\'s own function of three arguments')
zz = R.define('z', zval(mu, s, x))
R.formula(25, 'normpdf(z)', npdf(zz) / s, note='the one-argument normpdf of line 13; z from line 23 (else branch)')
R.reset(); mu = R.root('μ', 0.3); s = R.root('σ', 1.4); x = R.root('x', 1.1)
R.formula(39, 'zval', zval(mu, s, x))
zz = R.define('z', zval(mu, s, x))
R.formula(41, 'normlogpdf(z)', -(zz**2 + log(2 * pi)) / 2 - log(s))
R.decline(1, 'functions', 'prose comment')
R.write()

RD = ('RandyRDavila/TalkNeuralNetworks', '07cfff29bc68c554503b4585e153f9185ebfd65d')
R = Region('jl_randy_activations', 'julia', RD[0], 'src/solvers/activation_functions.jl', RD[1], 1, 8, 'jl')
v = R.root('v', 0.4)
sig = 1 / (1 + exp(-v))
R.formula(4, '1.0/', sig)
R.formula(7, 'σ(v)*', sig * (1 - sig), note='σ is the file\'s own sigmoid')
R.write()

UL = ('ulriks9/mnist-nn', 'ddd5ab082f52b8a5fd38deeda9afb7bc5e5600cd')
R = Region('jl_ulriks9_activation', 'julia', UL[0], 'activation.jl', UL[1], 1, 11, 'jl')
x = R.root('x', 0.4)
R.formula(5, 'σ(x)', 1 / (1 + exp(-x)), note='Flux\'s σ')
R.formula(10, 'x *', x * (1 - x))
R.decline(1, 'using', 'an import')
R.write()
