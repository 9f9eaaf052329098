# RayTracing/raytracing.github.io src/TheRestOfYourLife/estimate_halfway.cc: a Monte Carlo estimate
# printed with std::cout (`std::cout << "Average = " << sum / N << '\n';`: the operand under the
# cursor is the math), sums in a loop (a barrier for what it assigns: x, sin_x, p_x, sum are inputs
# after it), `pi` from rtweekend.h (the constant), `int N = 10000;` a constant.
from corpus import Region
from sympy import sin, exp, pi

R = Region('cpp_raytracing_estimate', 'cpp', 'RayTracing/raytracing.github.io',
           'src/TheRestOfYourLife/estimate_halfway.cc', '94b510c2201e58464964b828328de0f5c52896c6', 29, 65, 'cc')
N = 10000
R.decline(37, 'random_double', 'a random sample: a call of a function defined elsewhere, no formula')
x = R.root('x', 0.5)
R.formula(38, 'sin(x)', sin(x), target='sin_x')
sin_x = R.define('sin_x', sin(x))
R.formula(39, 'exp(', exp(-x / (2 * pi)) * sin_x * sin_x, target='p_x')
p_x = R.define('p_x', exp(-x / (2 * pi)) * sin_x * sin_x)
sum0 = R.root('sum_0', 0.8)
R.formula(40, 'sum +=', sum0 + p_x, target='sum', note='sum changes in the loop: its value before this pass is an input')
R.reset()
s = R.root('sum', 0.5)
R.formula(50, 'sum / 2.0', s / 2.0, target='half_sum', note='sum is assigned in the loop above: an input after it')
R.reset()
acc0 = R.root('accum_0', 0.5); el = R.root('samples_i_p_x', 0.3)
R.formula(54, 'accum +=', acc0 + el, target='accum', note='an element field read as a name (samples[i].p_x)')
R.reset()
s = R.root('sum', 0.5)
R.formula(62, 'sum / N', s / N, note='the operand of the stream insertion under the cursor')
R.formula(63, '2 * pi', 2 * pi * s / N)
R.write()
