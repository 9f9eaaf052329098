import { expect, test } from 'vitest';

import * as fmin from '..';

const SMALL = 1e-5;

function nearlyEqual(left, right, tolerance = SMALL, message = 'assertNearlyEqual') {
    expect(Math.abs(left - right)).toBeLessThan(tolerance, `${message}: ${left} ~== ${right}`);
}

const optimizers = [fmin.nelderMead, fmin.gradientDescent, fmin.gradientDescentLineSearch, fmin.conjugateGradient];

const optimizerNames = ['Nelder Mead', 'Gradient Descent', 'Gradient Descent w/ Line Search', 'Conjugate Gradient'];

test('himmelblau', () => {
    // due to a bug, this used to not converge to the minimum
    const x = 4.9515014216303825;
    const y = 0.07301421370357275;

    const params = { learnRate: 0.1 };

    const himmelblau = (X, fxprime = [0, 0]) => {
        const [x, y] = X;
        fxprime[0] = 2 * (x + 2 * y - 7) + 4 * (2 * x + y - 5);
        fxprime[1] = 4 * (x + 2 * y - 7) + 2 * (2 * x - y - 5);
        return Math.pow(x + 2 * y - 7, 2) + Math.pow(2 * x + y - 5, 2);
    };

    optimizers.forEach((optimizer, index) => {
        const solution = optimizer(himmelblau, [x, y], params);
        nearlyEqual(solution.fx, 0, SMALL, `himmelblau:${optimizerNames[index]}`);
    });
});
